"""Charts for the Dateline tables: readability and who/what is mentioned.

Every function takes the tidy tables the pipeline writes (``readability``, ``mentions``,
``articles``), draws with one consistent style (labelled axes with units, a title, a source note and
a colour-blind-safe palette) and returns the matplotlib :class:`~matplotlib.figure.Figure`. Pass
``save="name"`` to also write ``name.png`` and ``name.svg`` to ``folder`` (``reports/figures`` by
default)::

    >>> import pandas as pd
    >>> from helpers import plots
    >>> mentions = pd.DataFrame({"article_id": ["a", "a", "b"], "entity": ["Trump", "Kim", "Trump"],
    ...                          "kind": ["person"] * 3, "surface": ["Trump", "Kim", "Trump"],
    ...                          "start": [0, 10, 0], "end": [5, 13, 5]})
    >>> fig = plots.top_mentions(mentions, kind="person", top_n=5)
    >>> fig.axes[0].get_title(loc="left")
    'Most-mentioned people'

Article titles and entity names are untrusted text: they are truncated and their ``$`` signs escaped
so matplotlib never interprets them as mathtext.

One module per concern, all re-exported here (``helpers.plots.X`` as before the split):

* :mod:`helpers.plots.style` — the palette, :func:`dateline_style`, :func:`save_figure` and the
  parts every chart shares (new figure, safe labels, source note), which :mod:`helpers.maps` uses
  too;
* :mod:`helpers.plots.lengths` — :func:`article_lengths`;
* :mod:`helpers.plots.readability_charts` — :func:`readability_scores`,
  :func:`readability_metrics`, :func:`readability_distribution` and their grade bands;
* :mod:`helpers.plots.mention_charts` — :func:`top_mentions`, :func:`co_mention_matrix`,
  :func:`co_mention_heatmap`, :func:`mentions_over_time` and the kinds' colours.
"""

from __future__ import annotations

from helpers.plots.lengths import (  # noqa: F401 - re-exported: the article-length chart
    _round_integers,
    _word_bins,
    article_lengths,
)
from helpers.plots.mention_charts import (  # noqa: F401 - re-exported: the mention charts' names
    _COARSER,
    _MARKERS,
    _SPARSE_PERIODS,
    KIND_COLOURS,
    KIND_PLURALS,
    UNIT_NOUN_SINGULAR,
    UNIT_NOUNS,
    Count,
    Unit,
    _auto_freq,
    _bars,
    _entity_counts,
    _per_unit,
    co_mention_heatmap,
    co_mention_matrix,
    mentions_over_time,
    top_mentions,
)
from helpers.plots.readability_charts import (  # noqa: F401 - re-exported: the readability charts' names
    _BAND_LABEL_GAP,
    _BAND_LABEL_SIZE,
    _BAND_LABEL_STEP,
    _BAND_SHADES,
    _BANDED_TITLE_PAD,
    GRADE_BANDS,
    GRADE_METRICS,
    READING_EASE_BANDS,
    _numeric,
    _pick_evenly,
    _readability_note,
    _shade_bands,
    _titles,
    readability_distribution,
    readability_metrics,
    readability_scores,
)
from helpers.plots.style import (  # noqa: F401 - re-exported: the shared style's names (helpers.maps imports _finish, _label)
    FIGURES_DIR,
    PALETTE,
    STYLE,
    _articles,
    _empty,
    _finish,
    _label,
    _new_figure,
    _source_note,
    dateline_style,
    save_figure,
)

__all__ = [
    "FIGURES_DIR",
    "GRADE_BANDS",
    "GRADE_METRICS",
    "KIND_COLOURS",
    "PALETTE",
    "READING_EASE_BANDS",
    "article_lengths",
    "co_mention_heatmap",
    "co_mention_matrix",
    "dateline_style",
    "mentions_over_time",
    "readability_distribution",
    "readability_metrics",
    "readability_scores",
    "save_figure",
    "top_mentions",
]
