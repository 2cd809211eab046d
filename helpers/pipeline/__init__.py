"""Run every per-article stage over a corpus: incremental, parallel, one writer, published at once.

``analyze(source)`` reads articles, runs readability (on the body's prose), place finding and
mention finding on each cleaned text, and publishes five tidy tables as Parquet under ``out``::

    >>> import helpers
    >>> result = helpers.analyze("data/articles", out="data/processed")     # doctest: +SKIP
    >>> result.places.head()                                                  # doctest: +SKIP
    >>> print(result.summary())                                               # doctest: +SKIP

The package, one module per concern (later ones import earlier ones):

- :mod:`.inputs` — what a source expands to, reading it, and the input index: *where a rerun
  decides what to read*.
- :mod:`.stages` — the per-article function, the tables' schemas, the cache keys.
- :mod:`.store` — the output folder: one writer (a lock), the cache, the tables as part files,
  and *where a run commits* (one atomic switch publishes all five tables).
- :mod:`.analysis` — :class:`Analysis`, the tables of one published run.
- :mod:`.local_engine` — a run on one machine with a process pool.
- :mod:`.dask_engine` — the same run on a ``dask.distributed`` cluster.

Tables: ``articles`` (one row per input article, every copy, the columns of
:func:`helpers.load.load_articles` plus ``author`` and ``story_id``: see :mod:`.stories`), ``readability`` (of the body's prose, the columns of
:func:`helpers.readability.readability_table`), ``places`` (``article_id`` + the columns of
:func:`helpers.geoparse.find_places`), ``mentions`` (the columns of
:func:`helpers.mentions.find_mentions`) and ``errors`` (``source``, ``stage``, ``error``,
``article_id``). Results tables are ordered like the ``articles`` table whatever the engine, the
worker count or the cache did, so an incremental run's tables equal a full run's.

Identity across runs comes from ``source``: ``article_id`` is a hash of the cleaned text, so a
changed file gets a new id. Same source + same id = unchanged, same source + other id = changed,
unseen source = new, vanished source = removed. The cache key is article_id × :func:`version_key`.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Any

from helpers.pipeline.analysis import Analysis
from helpers.pipeline.stages import (
    RESULT_TABLES,
    TABLES,
    analyze_article,
    analyze_batch,
    loader_key,
    table_schema,
    version_key,
)
from helpers.pipeline.store import (
    OutputBusy,
    clean_leftovers,
    read_manifest,
    table_path,
    writer_lock,
)
from helpers.stories import DEFAULT_THRESHOLD as DEFAULT_STORY_THRESHOLD

DEFAULT_BATCH_SIZE = 64

__all__ = [
    "RESULT_TABLES",
    "TABLES",
    "Analysis",
    "OutputBusy",
    "analyze",
    "analyze_article",
    "analyze_batch",
    "dask_partitions",
    "default_workers",
    "loader_key",
    "read_manifest",
    "table_path",
    "table_schema",
    "version_key",
]


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def analyze(
    source: Any,
    *,
    out: str | os.PathLike[str] = "data/processed",
    geocoder: Any = "offline",
    workers: int | None = None,
    engine: str = "local",
    lang: str = "en",
    batch_size: int = DEFAULT_BATCH_SIZE,
    progress: bool | None = None,
    client: Any = None,
    lock_timeout: float | None = None,
    story_threshold: float = DEFAULT_STORY_THRESHOLD,
    backend: Any = "dateline",
) -> Analysis:
    """Analyse every article of ``source`` and publish the five tables under ``out``.

    Only articles whose ``article_id`` has no results from this version of the helpers are
    analysed (an article whose analysis failed last time is retried); the rest come from the
    published run. ``workers`` defaults to the cores available; ``engine="dask"`` runs the same
    stages on a ``dask.distributed`` cluster (``client``: a Client, a scheduler address, or None
    for a local cluster). One analysis writes to ``out`` at a time: when another holds it, this
    says so on stderr and waits, up to ``lock_timeout`` seconds if given (then
    :class:`OutputBusy`).

    Every input record keeps its row in ``articles``; identical copies share an ``article_id``
    and are analysed once. Near-duplicate texts (another headline, a paragraph added or dropped,
    a few words edited) share a ``story_id``: ``story_threshold`` is the Jaccard similarity of
    their 4-word shingles from which two texts are one story (raise it to split more, lower it to
    group more; see :mod:`helpers.stories`). Changing it regroups every text once.

    ``backend`` is the recogniser: ``"dateline"`` (default), or ``"spacy"``, ``"spacy:MODEL"`` or
    a spaCy ``Language`` for an installed spaCy pipeline (:mod:`helpers.recognise.spacy_backend`;
    loaded once per worker, never downloaded). Results are cached per backend.

    >>> result = analyze("data/articles", out="data/processed")             # doctest: +SKIP
    >>> print(result.summary())                                               # doctest: +SKIP
    1 articles (548 words) → 9 places, 31 mentions, 0 problems in 1.2 s
    1 new, 0 changed, 0 unchanged, 0 removed; 1 analysed, 0 from cache (local, 2 workers)
    tables in data/processed
    """
    if engine not in ("local", "dask"):
        raise ValueError(f"engine must be 'local' or 'dask', not {engine!r}")
    if workers is not None and workers < 1:
        raise ValueError(f"workers must be at least 1, not {workers}")
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, not {batch_size}")
    if not 0.0 < story_threshold <= 1.0:
        raise ValueError(f"story_threshold must be in (0, 1], not {story_threshold}")
    from helpers.recognise.spacy_backend import resolve_backend

    # once, here: a missing pipeline fails now, not once per article
    backend = resolve_backend(backend) or "dateline"
    if engine == "dask":
        import pandas as pd

        if isinstance(source, pd.DataFrame):
            raise TypeError(
                "the Dask engine reads files (folders, JSONL/Parquet/CSV shards), not a DataFrame"
            )
    out = Path(out)
    started = time.perf_counter()
    # one writer at a time, holding out's lock from the first read of the cache to the publish
    with writer_lock(out, timeout=lock_timeout, notify=_say):
        clean_leftovers(out)
        if engine == "dask":
            from helpers.pipeline.dask_engine import analyze_dask

            return analyze_dask(
                source,
                out=out,
                geocoder=geocoder,
                workers=workers,
                lang=lang,
                batch_size=batch_size,
                progress=progress,
                client=client,
                started=started,
                story_threshold=story_threshold,
                backend=backend,
            )
        from helpers.pipeline.local_engine import analyze_local

        return analyze_local(
            source,
            out=out,
            geocoder=geocoder,
            workers=workers or default_workers(),
            lang=lang,
            batch_size=batch_size,
            progress=progress,
            started=started,
            story_threshold=story_threshold,
            backend=backend,
        )


def default_workers() -> int:
    """Cores this process may use (respects CPU affinity / container limits)."""
    from helpers.pipeline.local_engine import default_workers as cores

    return cores()


def dask_partitions(source: Any, files_per_partition: int = 256) -> list[list[str]]:
    """Input paths of ``source`` in partitions, as the Dask engine splits them (see
    :func:`helpers.pipeline.dask_engine.dask_partitions`)."""
    from helpers.pipeline.dask_engine import dask_partitions as split

    return split(source, files_per_partition)
