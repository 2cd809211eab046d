"""The readability charts, drawn from the ``readability`` table: one bar per article for one
metric (:func:`readability_scores`), the grade-level metrics compared article by article
(:func:`readability_metrics`) and each metric's distribution over all articles
(:func:`readability_distribution`).

Owns which metrics share a US-grade axis (:data:`GRADE_METRICS`), the grade and reading-ease bands
shaded behind the bars (:data:`GRADE_BANDS`, :data:`READING_EASE_BANDS`, ``_shade_bands``), article
labels from their titles (``_titles``) and the even sample drawn of a large table
(``_pick_evenly``, said in the note by ``_readability_note``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from helpers.plots.style import (
    FIGURES_DIR,
    PALETTE,
    _articles,
    _empty,
    _finish,
    _label,
    _new_figure,
    _source_note,
    dateline_style,
)

# textstat metrics whose unit is a US school grade, so they share one axis.
# Dale–Chall (its own 0–10 scale) and Flesch reading ease (0–100, higher = easier) are not grades.
GRADE_METRICS: dict[str, str] = {
    "flesch_kincaid_grade": "Flesch–Kincaid",
    "gunning_fog": "Gunning fog",
    "smog_index": "SMOG",
    "coleman_liau_index": "Coleman–Liau",
    "automated_readability_index": "ARI",
    "linsear_write_formula": "Linsear Write",
    "text_standard": "Consensus (text_standard)",
}
# (low, high, label): US grade levels grouped the way newsrooms talk about them.
GRADE_BANDS: tuple[tuple[float, float, str], ...] = (
    (-np.inf, 6, "easy (≤ 6)"),
    (6, 9, "plain (7–9)"),
    (9, 12, "high school"),
    (12, 16, "college"),
    (16, np.inf, "graduate"),
)
# Flesch (1948) reading-ease bands; higher is easier.
READING_EASE_BANDS: tuple[tuple[float, float, str], ...] = (
    (90, np.inf, "very easy"),
    (80, 90, "easy"),
    (70, 80, "fairly easy"),
    (60, 70, "standard"),
    (50, 60, "fairly difficult"),
    (30, 50, "difficult"),
    (-np.inf, 30, "very confusing"),
)
_BAND_SHADES = ("#f7f7f7", "#ececec")
# Band names above the axes (points): two rows, then the title above both.
_BAND_LABEL_SIZE = 7.5
_BAND_LABEL_GAP = 2.0
_BAND_LABEL_STEP = 11.0
_BANDED_TITLE_PAD = _BAND_LABEL_GAP + _BAND_LABEL_STEP + _BAND_LABEL_SIZE * 1.4 + 6


def _readability_note(n_shown: int, n_total: int) -> str:
    """Source note of the per-article readability charts, saying when only a sample is drawn."""
    sample = f"{n_shown:,} of {n_total:,} articles shown, spread from easiest to hardest. "
    return _source_note(n_total, (sample if n_shown < n_total else "") + "Metrics: textstat")


def _shade_bands(
    ax: Axes,
    bands: Iterable[tuple[float, float, str]],
    lo: float,
    hi: float,
    *,
    vertical: bool = True,
) -> None:
    """Alternate light grey bands with their names along the top of the axes.

    The names sit in two staggered rows (so narrow bands' names never collide) at fixed offsets in
    points above the axes, whatever the axes' height: titles drawn with ``pad=_BANDED_TITLE_PAD``
    clear them on a chart of one article as on a chart of thirty.
    """
    for i, (b_lo, b_hi, name) in enumerate(sorted(bands, key=lambda b: b[0])):
        a, b = max(b_lo, lo), min(b_hi, hi)
        if a >= b:
            continue
        if vertical:
            ax.axvspan(a, b, color=_BAND_SHADES[i % 2], zorder=0, lw=0)
            ax.annotate(
                name,
                xy=((a + b) / 2, 1.0),
                xycoords=ax.get_xaxis_transform(),
                xytext=(0, _BAND_LABEL_GAP + _BAND_LABEL_STEP * (i % 2)),
                textcoords="offset points",
                ha="center",
                va="bottom",
                fontsize=_BAND_LABEL_SIZE,
                color="#555555",
                annotation_clip=False,
            )


def _titles(readability: pd.DataFrame, articles: pd.DataFrame | None) -> pd.Series:
    """A readable label per article_id: its title when known, else a short id."""
    ids = readability["article_id"].astype(str)
    labels = ids.str.slice(0, 10)
    if articles is not None and {"article_id", "title"} <= set(articles.columns):
        titles = articles.drop_duplicates("article_id").set_index(
            articles.drop_duplicates("article_id")["article_id"].astype(str)
        )["title"]
        found = ids.map(titles)
        ok = found.notna() & (found.astype(str).str.strip() != "")
        labels = labels.where(~ok, found.astype(str))
    # two articles can share a title: keep bars distinct
    dup = labels.duplicated(keep=False)
    labels = labels.where(~dup, labels + " (" + ids.str.slice(0, 6) + ")")
    return pd.Series([_label(x) for x in labels], index=readability.index)


def _pick_evenly(order: pd.Index, k: int) -> pd.Index:
    """k items evenly spread along an ordering (keeps the extremes), so a sample stays representative."""
    if len(order) <= k:
        return order
    positions = np.unique(np.linspace(0, len(order) - 1, k).round().astype(int))
    return order[positions]


def _numeric(df: pd.DataFrame, columns: Iterable[str]) -> pd.DataFrame:
    return df[list(columns)].apply(pd.to_numeric, errors="coerce").astype(float)


# --------------------------------------------------------------------------- readability


def readability_scores(
    readability: pd.DataFrame,
    articles: pd.DataFrame | None = None,
    *,
    metric: str = "flesch_kincaid_grade",
    max_articles: int = 30,
    title: str | None = None,
    ax: Axes | None = None,
    save: str | None = None,
    folder: str | Path = FIGURES_DIR,
) -> Figure:
    """One bar per article for ``metric``, over shaded grade (or reading-ease) bands.

    With more than ``max_articles`` articles, a sample evenly spread from easiest to hardest is
    shown (the subtitle says so); use :func:`readability_distribution` for the whole picture.

    >>> r = pd.DataFrame({"article_id": ["a", "b"], "flesch_kincaid_grade": [8.2, 13.5]})
    >>> readability_scores(r).axes[0].get_xlabel()
    'Flesch–Kincaid grade (US school grade)'
    """
    if metric not in readability.columns:
        raise KeyError(f"readability table has no column {metric!r}")
    ease = metric == "flesch_reading_ease"
    data = readability.assign(_score=_numeric(readability, [metric])[metric])
    data = data.dropna(subset=["_score"])
    n_total = len(data)
    data = data.assign(_label=_titles(data, articles)).sort_values("_score")
    shown = data.loc[_pick_evenly(data.index, max_articles)]

    with dateline_style():
        fig, ax, owns = _new_figure(ax, (8, 1.6 + 0.28 * max(len(shown), 1)))
        if shown.empty:
            _empty(ax, "No readability scores to show")
        else:
            scores = shown["_score"].to_numpy()
            lo = min(0.0, float(scores.min()) - 1)
            hi = (max(100.0, float(scores.max()) + 2)) if ease else max(18.0, scores.max() + 1)
            bands = READING_EASE_BANDS if ease else GRADE_BANDS
            _shade_bands(ax, bands, lo, hi)
            y = np.arange(len(shown))
            ax.barh(y, scores, color=PALETTE[0], height=0.65, zorder=2)
            for yi, s in zip(y, scores, strict=True):
                ax.text(s, yi, f" {s:.1f}", va="center", fontsize=8, zorder=3)
            ax.set_yticks(y, shown["_label"].tolist())
            ax.set_xlim(lo, hi)
            ax.set_ylim(-0.6, len(shown) - 0.4)
            ax.grid(axis="y", visible=False)
            if n_total > 1:
                median = float(data["_score"].median())
                ax.axvline(median, color="#333333", ls="--", lw=1, zorder=3)
                ax.text(median, -0.55, " median", fontsize=7.5, color="#333333", va="bottom")
        name = GRADE_METRICS.get(metric, metric.replace("_", " ").capitalize())
        if ease:
            ax.set_xlabel("Flesch reading ease (0–100 scale, higher = easier)")
        else:
            ax.set_xlabel(f"{name} grade (US school grade)")
        ax.set_ylabel("Article")
        default = f"Readability per article: {name if not ease else 'Flesch reading ease'}"
        ax.set_title(title or default, pad=_BANDED_TITLE_PAD)
        return _finish(
            fig,
            note=_readability_note(len(shown), n_total),
            owns_figure=owns,
            save=save,
            folder=folder,
        )


def readability_metrics(
    readability: pd.DataFrame,
    articles: pd.DataFrame | None = None,
    *,
    metrics: Sequence[str] | None = None,
    max_articles: int = 25,
    title: str | None = None,
    ax: Axes | None = None,
    save: str | None = None,
    folder: str | Path = FIGURES_DIR,
) -> Figure:
    """Compare grade-level metrics article by article: one row per article, one marker per metric.

    The grey line spans the metrics' range: a long line means the formulas disagree about that
    article. Only metrics measured in US school grades share the axis (see ``GRADE_METRICS``).

    >>> r = pd.DataFrame({"article_id": ["a"], "flesch_kincaid_grade": [8.0], "gunning_fog": [10.0]})
    >>> len(readability_metrics(r).axes[0].get_legend().get_texts())
    2
    """
    metrics = [m for m in (metrics or GRADE_METRICS) if m in readability.columns]
    if not metrics:
        raise KeyError("readability table has none of the grade-level metric columns")
    values = _numeric(readability, metrics)
    data = readability[["article_id"]].join(values).dropna(subset=metrics, how="all")
    n_total = len(data)
    data = data.assign(
        _label=_titles(data, articles), _median=values.loc[data.index].median(axis=1)
    )
    data = data.sort_values("_median")
    shown = data.loc[_pick_evenly(data.index, max_articles)]

    markers = ("o", "s", "D", "^", "v", "P", "X")
    with dateline_style():
        # tall enough for the rows and for the legend beside them (one line per metric + title)
        height = max(2.0 + 0.3 * max(len(shown), 1), 1.5 + 0.24 * (len(metrics) + 1))
        fig, ax, owns = _new_figure(ax, (10, height))
        if shown.empty:
            _empty(ax, "No readability scores to show")
        else:
            y = np.arange(len(shown))
            vals = shown[metrics].to_numpy()
            lo = min(0.0, float(np.nanmin(vals)) - 1)
            hi = max(18.0, float(np.nanmax(vals)) + 1)
            _shade_bands(ax, GRADE_BANDS, lo, hi)
            ax.hlines(y, np.nanmin(vals, axis=1), np.nanmax(vals, axis=1), color="#999999", lw=1.2)
            for i, m in enumerate(metrics):
                ax.scatter(
                    shown[m],
                    y,
                    marker=markers[i % len(markers)],
                    color=PALETTE[i % len(PALETTE)],
                    s=30,
                    zorder=3,
                    label=GRADE_METRICS.get(m, m),
                )
            ax.set_yticks(y, shown["_label"].tolist())
            ax.set_xlim(lo, hi)
            ax.set_ylim(-0.6, len(shown) - 0.4)
            ax.grid(axis="y", visible=False)
            ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), title="Metric")
        ax.set_xlabel("Reading level (US school grade)")
        ax.set_ylabel("Article")
        ax.set_title(
            title or "Readability metrics compared, article by article", pad=_BANDED_TITLE_PAD
        )
        return _finish(
            fig,
            note=_readability_note(len(shown), n_total),
            owns_figure=owns,
            save=save,
            folder=folder,
        )


def readability_distribution(
    readability: pd.DataFrame,
    *,
    metrics: Sequence[str] | None = None,
    title: str | None = None,
    ax: Axes | None = None,
    seed: int = 0,
    save: str | None = None,
    folder: str | Path = FIGURES_DIR,
) -> Figure:
    """Distribution of each grade-level metric over all articles: box plot plus every article as a dot.

    Meant for many articles (hundreds or thousands); it still draws something sensible for one.

    >>> r = pd.DataFrame({"article_id": list("abc"), "smog_index": [9.0, 11.0, 12.5]})
    >>> readability_distribution(r).axes[0].get_yticklabels()[0].get_text()
    'SMOG'
    """
    metrics = [m for m in (metrics or GRADE_METRICS) if m in readability.columns]
    if not metrics:
        raise KeyError("readability table has none of the grade-level metric columns")
    values = _numeric(readability, metrics)
    n_total = int(values.notna().any(axis=1).sum())
    rng = np.random.default_rng(seed)  # jitter is reproducible: same data, same picture
    with dateline_style():
        fig, ax, owns = _new_figure(ax, (8, 1.6 + 0.55 * len(metrics)))
        columns = [values[m].dropna().to_numpy() for m in metrics]
        if n_total == 0:
            _empty(ax, "No readability scores to show")
        else:
            allv = np.concatenate([c for c in columns if len(c)])
            lo = min(0.0, float(allv.min()) - 1)
            hi = max(18.0, float(allv.max()) + 1)
            _shade_bands(ax, GRADE_BANDS, lo, hi)
            positions = np.arange(len(metrics))
            alpha = float(np.clip(8 / np.sqrt(max(n_total, 1)), 0.08, 0.8))
            for i, col in enumerate(columns):
                if not len(col):
                    continue
                jitter = rng.uniform(-0.18, 0.18, len(col))
                ax.scatter(
                    col,
                    positions[i] + jitter,
                    s=8,
                    color=PALETTE[i % len(PALETTE)],
                    alpha=alpha,
                    lw=0,
                    zorder=2,
                )
            kept = [(p, c) for p, c in zip(positions, columns, strict=True) if len(c)]
            ax.boxplot(
                [c for _, c in kept],
                positions=[p for p, _ in kept],
                orientation="horizontal",
                widths=0.5,
                showfliers=False,
                patch_artist=True,
                boxprops={"facecolor": "none", "edgecolor": "#222222"},
                medianprops={"color": "#222222", "lw": 1.8},
                whiskerprops={"color": "#222222"},
                capprops={"color": "#222222"},
                zorder=3,
            )
            ax.set_xlim(lo, hi)
            ax.set_yticks(positions, [GRADE_METRICS.get(m, m) for m in metrics])
            ax.set_ylim(len(metrics) - 0.5, -0.5)  # first metric on top
            ax.grid(axis="y", visible=False)
        ax.set_xlabel("Reading level (US school grade)")
        ax.set_ylabel("Metric")
        ax.set_title(title or f"Readability across {_articles(n_total)}", pad=_BANDED_TITLE_PAD)
        return _finish(
            fig,
            note=_source_note(n_total, "Boxes: median and quartiles; dots: articles"),
            owns_figure=owns,
            save=save,
            folder=folder,
        )
