"""Dateline: read news articles at scale — where stories happen, how readable they are, who they mention.

The public API is re-exported here and imported lazily, so ``import helpers`` is instant and a
notebook only pays for the stages it uses::

    >>> import helpers
    >>> articles = helpers.load_articles("data/articles")          # doctest: +SKIP
    >>> places = helpers.find_places(articles.text.iloc[0])        # doctest: +SKIP

Stages, in the order data flows through them (later modules import earlier ones, never the reverse):
``load`` → ``clean`` → ``stories`` / ``readability`` / ``gazetteer`` → ``recognise`` → ``geocode`` →
``geoparse`` → ``mentions`` → ``pipeline`` → ``plots`` / ``maps`` → ``report`` → ``cli``.
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

# public name -> module that defines it
_EXPORTS: dict[str, str] = {
    # load → clean
    "load_articles": "load",
    "iter_articles": "load",
    "LoadError": "load",
    "clean_text": "clean",
    "clean_article": "clean",
    "CleanedArticle": "clean",
    "article_id_for": "clean",
    "body_text": "clean",
    "prose_text": "clean",
    # measure
    "readability": "readability",
    "readability_table": "readability",
    "measured_text": "readability",
    # syndicated copies → stories
    "story_signature": "stories",
    "group_stories": "stories",
    "StoryIndex": "stories",
    "count_by_unit": "story_counts",
    "syndication": "story_counts",
    # places
    "Gazetteer": "gazetteer",
    "load_gazetteer": "gazetteer",
    "OfflineGeocoder": "geocode",
    "get_geocoder": "geocode",
    "resolve_geocoder": "geocode",
    "recognise": "recognise",
    "find_places": "geoparse",
    "find_places_rows": "geoparse",
    "evaluate_corpus": "evaluate",
    # mentions
    "find_mentions": "mentions",
    "find_mentions_rows": "mentions",
    "count_mentions": "mentions",
    "mention_counts": "mentions",
    "load_entities": "mentions",
    # pipeline
    "analyze": "pipeline",
    "Analysis": "pipeline",
    "analyze_article": "pipeline",
}

__all__ = sorted([*_EXPORTS, "__version__"])


def __getattr__(name: str) -> Any:
    module_name = _EXPORTS.get(name)
    if module_name is None:
        # submodules (helpers.plots, helpers.maps, …) are importable as attributes too
        try:
            return importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"{__name__}.{name}":
                raise
            raise AttributeError(f"module 'helpers' has no attribute {name!r}") from None
    value = getattr(importlib.import_module(f"{__name__}.{module_name}"), name)
    globals()[name] = value  # later look-ups skip __getattr__
    return value


def __dir__() -> list[str]:
    return __all__
