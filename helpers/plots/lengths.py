"""The article-length chart: :func:`article_lengths`, a histogram of words per article whose bins
and ticks fall on round word counts (``_word_bins``, ``_round_integers``).
"""

from __future__ import annotations

from pathlib import Path

import matplotlib as mpl
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from helpers.plots.style import (
    FIGURES_DIR,
    PALETTE,
    _empty,
    _finish,
    _new_figure,
    _source_note,
    dateline_style,
)


def _round_integers(nbins: int | str = "auto") -> mpl.ticker.MaxNLocator:
    """Ticks (and bin edges) at whole numbers in steps of 1, 2, 5 or 10 times a power of ten."""
    return mpl.ticker.MaxNLocator(nbins=nbins, integer=True, steps=[1, 2, 5, 10])


def _word_bins(words: pd.Series, n_bins: int) -> np.ndarray:
    """About ``n_bins`` histogram edges at round whole numbers covering ``words`` (one value, or a
    narrow range, gets a sensible window around it rather than a bin a word wide)."""
    lo, hi = float(words.min()), float(words.max())
    if hi - lo < n_bins:  # one length, or a few close ones: ten bins over a window of ±10% (≥ ±5)
        pad = max(5.0, 0.1 * hi)
        return _round_integers(nbins=10).tick_values(lo - pad, hi + pad)
    locator = _round_integers(nbins=n_bins)
    edges = locator.tick_values(lo, hi)
    # drop edges wholly outside the data (the locator may add one beyond each end)
    first = max(int(np.searchsorted(edges, lo, side="right")) - 1, 0)
    last = int(np.searchsorted(edges, hi, side="left"))
    return edges[first : last + 1]


# --------------------------------------------------------------------------- articles


def article_lengths(
    articles: pd.DataFrame,
    *,
    bins: int | None = None,
    title: str | None = None,
    ax: Axes | None = None,
    save: str | None = None,
    folder: str | Path = FIGURES_DIR,
) -> Figure:
    """Histogram of article length in words (``n_words``, counted after cleaning).

    >>> a = pd.DataFrame({"article_id": ["a", "b"], "n_words": [420, 910]})
    >>> article_lengths(a).axes[0].get_ylabel()
    'Articles'
    """
    words = pd.to_numeric(articles["n_words"], errors="coerce").dropna().astype(float)
    with dateline_style():
        fig, ax, owns = _new_figure(ax, (8, 3.5))
        if words.empty:
            _empty(ax, "No articles")
        else:
            # about sqrt(n) bins, between 1 and 40: detail for thousands; edges on round word
            # counts, so the axis never reads 324.6 … 325.4 for one article of 325 words
            n_bins = bins or int(np.clip(np.sqrt(len(words)), min(len(words), 5), 40))
            ax.hist(words, bins=_word_bins(words, n_bins), color=PALETTE[0], edgecolor="white",
                    zorder=2)  # fmt: skip
            ax.xaxis.set_major_locator(_round_integers())
            ax.axvline(words.median(), color="#333333", ls="--", lw=1, zorder=3)
            ax.text(words.median(), 1.0, f" median {words.median():,.0f}", fontsize=8,
                    transform=ax.get_xaxis_transform(), va="top")  # fmt: skip
            ax.yaxis.set_major_locator(mpl.ticker.MaxNLocator(integer=True))
        ax.set_xlabel("Words per article (after cleaning)")
        ax.set_ylabel("Articles")
        ax.set_title(title or "Article length")
        return _finish(
            fig, note=_source_note(len(words)), owns_figure=owns, save=save, folder=folder
        )
