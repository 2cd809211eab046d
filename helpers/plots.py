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
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, Literal

import matplotlib as mpl
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure

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

FIGURES_DIR = Path("reports/figures")

# Petroff (2021) 10-colour cycle, designed for colour-vision deficiencies and shipped with
# matplotlib >= 3.10 as the "petroff10" style; spelled out so older matplotlib gets it too.
PALETTE: tuple[str, ...] = (
    "#3f90da",
    "#ffa90e",
    "#bd1f01",
    "#94a4a2",
    "#832db6",
    "#a96b59",
    "#e76300",
    "#b9ac70",
    "#717581",
    "#92dadd",
)
KIND_COLOURS: dict[str, str] = {
    "person": PALETTE[0],
    "organisation": PALETTE[1],
    "place": PALETTE[2],
}
KIND_PLURALS: dict[str, str] = {
    "person": "people",
    "organisation": "organisations",
    "place": "places",
}

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

STYLE: dict[str, Any] = {
    "axes.prop_cycle": mpl.cycler(color=list(PALETTE)),
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "axes.axisbelow": True,
    "axes.titlesize": 12,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.labelsize": 10,
    "axes.edgecolor": "#555555",
    "grid.color": "#dddddd",
    "grid.linewidth": 0.6,
    "xtick.labelsize": 9,
    "ytick.labelsize": 9,
    "legend.frameon": False,
    "legend.fontsize": 9,
    "figure.dpi": 100,
    "figure.facecolor": "white",
    "figure.constrained_layout.use": True,
    "savefig.dpi": 150,
    "savefig.facecolor": "white",
    "svg.fonttype": "none",  # keep text as text in SVG: smaller files, editable labels
    "image.cmap": "cividis",  # perceptually uniform and colour-blind safe
}

Count = Literal["mentions", "articles"]
Unit = Literal["story", "text", "copy"]
UNIT_NOUNS = {"story": "stories", "text": "texts", "copy": "copies"}
UNIT_NOUN_SINGULAR = {"stories": "story", "texts": "text", "copies": "copy"}


def _per_unit(
    rows: pd.DataFrame, articles: pd.DataFrame | None, unit: Unit, by: list[str]
) -> tuple[pd.DataFrame, str, str]:
    """``rows`` (keyed by ``article_id``) counted per ``unit`` (see
    :func:`helpers.stories.count_by_unit`): (unit column, ``by`` …, count), the unit column's
    name and the unit actually used — each text is its own story without ``articles`` or
    without their ``story_id`` (a table from ``load_articles``)."""
    from helpers.stories import count_by_unit

    if unit not in UNIT_NOUNS:
        raise ValueError(f"unit must be 'story', 'text' or 'copy', not {unit!r}")
    if unit == "copy" and articles is None:
        raise ValueError("unit='copy' needs the articles table (one row per copy): articles=")
    if articles is None or (unit == "story" and "story_id" not in articles.columns):
        unit = "text"
        articles = pd.DataFrame({"article_id": rows["article_id"].drop_duplicates()})
    counted = count_by_unit(rows, articles, unit, by=by)
    return counted, str(counted.columns[0]), unit


@contextlib.contextmanager
def dateline_style() -> Iterator[None]:
    """Apply Dateline's chart style inside a ``with`` block (all plot functions use it).

    >>> with dateline_style():
    ...     fig, ax = plt.subplots()
    >>> plt.close(fig)
    """
    # Only our own keys are saved and restored. mpl.rc_context would restore *every* setting,
    # including `interactive`, which IPython switches on when the first figure is created; putting
    # it back to False would stop Jupyter from showing any later figure.
    saved = {key: mpl.rcParams[key] for key in STYLE}
    mpl.rcParams.update(STYLE)
    try:
        yield
    finally:
        mpl.rcParams.update(saved)


def save_figure(
    fig: Figure,
    name: str,
    folder: str | Path = FIGURES_DIR,
    formats: Sequence[str] = ("png", "svg"),
) -> list[Path]:
    """Write ``fig`` as ``folder/name.png`` and ``folder/name.svg``; return the paths written.

    >>> fig, ax = plt.subplots()
    >>> [p.suffix for p in save_figure(fig, "demo", folder=tmp)]         # doctest: +SKIP
    ['.png', '.svg']
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    stem = Path(name).stem if Path(name).suffix in {f".{f}" for f in formats} else name
    paths = []
    with dateline_style():
        for fmt in formats:
            path = folder / f"{stem}.{fmt}"
            fig.savefig(path, format=fmt, bbox_inches="tight")
            paths.append(path)
    return paths


# --------------------------------------------------------------------------- helpers


def _label(text: object, width: int = 48) -> str:
    """Untrusted text made safe for a matplotlib label: one line, truncated, no mathtext."""
    s = " ".join(str(text).split())
    if len(s) > width:
        s = s[: width - 1].rstrip() + "…"
    return s.replace("$", r"\$")


def _new_figure(ax: Axes | None, figsize: tuple[float, float]) -> tuple[Figure, Axes, bool]:
    if ax is not None:
        return ax.figure, ax, False  # type: ignore[return-value]
    fig, new_ax = plt.subplots(figsize=figsize)
    return fig, new_ax, True


def _finish(
    fig: Figure,
    *,
    note: str | None,
    owns_figure: bool,
    save: str | None,
    folder: str | Path,
) -> Figure:
    """Add the source note (only on figures we created) and save when asked."""
    if owns_figure and note:
        height_pt = fig.get_figheight() * 72
        engine = fig.get_layout_engine()
        if engine is not None and hasattr(engine, "set"):
            # leave room under the axes so the note never overlaps a tick label
            engine.set(rect=(0, 16 / height_pt, 1, 1 - 16 / height_pt))
        fig.text(0.005, 0.004, _label(note, 160), fontsize=7.5, color="#666666", va="bottom")
    if save:
        save_figure(fig, save, folder)
    return fig


def _readability_note(n_shown: int, n_total: int) -> str:
    """Source note of the per-article readability charts, saying when only a sample is drawn."""
    sample = f"{n_shown:,} of {n_total:,} articles shown, spread from easiest to hardest. "
    return _source_note(n_total, (sample if n_shown < n_total else "") + "Metrics: textstat")


def _articles(n: int) -> str:
    """``"1 article"``, ``"1,000 articles"``."""
    return f"{n:,} article{'s' if n != 1 else ''}"


def _source_note(n_articles: int, extra: str | None = None) -> str:
    note = f"Source: Dateline analysis of {_articles(n_articles)}"
    return f"{note}. {extra[:1].upper()}{extra[1:]}" if extra else note


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


def _numeric(df: pd.DataFrame, columns: Iterable[str]) -> pd.DataFrame:
    return df[list(columns)].apply(pd.to_numeric, errors="coerce").astype(float)


def _empty(ax: Axes, message: str) -> None:
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color="#555555")
    ax.set_xticks([])
    ax.set_yticks([])
    ax.grid(False)


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


# --------------------------------------------------------------------------- mentions


def _entity_counts(
    mentions: pd.DataFrame,
    count: Count,
    articles: pd.DataFrame | None = None,
    unit: Unit = "story",
) -> pd.DataFrame:
    """entity, kind, mentions, articles — one row per (entity, kind), most mentioned first;
    ``articles`` counts the units (stories, texts or copies) that mention the entity and
    ``mentions`` sums their mentions."""
    if mentions.empty:
        return pd.DataFrame({"entity": pd.Series(dtype=str), "kind": pd.Series(dtype=str)}).assign(
            mentions=pd.Series(dtype="int64"), articles=pd.Series(dtype="int64")
        )
    from helpers.mentions import place_labels

    mentions = mentions.assign(entity=place_labels(mentions))  # Georgia (GE) ≠ Georgia (US)
    per_unit, _, _ = _per_unit(mentions, articles, unit, ["entity", "kind"])
    grouped = per_unit.groupby(["entity", "kind"], observed=True)["count"]
    out = pd.DataFrame(
        {"mentions": grouped.sum().astype("int64"), "articles": grouped.size().astype("int64")}
    ).reset_index()
    other = "articles" if count == "mentions" else "mentions"
    return out.sort_values([count, other, "entity"], ascending=[False, False, True])


def _bars(
    ax: Axes, counts: pd.DataFrame, kind: str, top_n: int, count: Count, noun: str = "art."
) -> None:
    top = counts[counts["kind"] == kind].head(top_n)
    if top.empty:
        _empty(ax, f"No {KIND_PLURALS.get(kind, kind)} found")
    else:
        y = np.arange(len(top))[::-1]
        values = top[count].to_numpy()
        ax.barh(y, values, color=KIND_COLOURS.get(kind, PALETTE[3]), height=0.7, zorder=2)
        for yi, v, other in zip(
            y, values, top["articles" if count == "mentions" else "mentions"], strict=True
        ):
            one = other == 1
            if count == "mentions":
                extra = f" ({other} {UNIT_NOUN_SINGULAR.get(noun, noun) if one else noun})"
            else:
                extra = f" ({other} mention{'' if one else 's'})"
            ax.text(v, yi, f" {v}{extra}", va="center", fontsize=7.5, zorder=3)
        ax.set_yticks(y, [_label(e, 32) for e in top["entity"]])
        ax.set_xlim(0, values.max() * 1.35)
        ax.xaxis.set_major_locator(mpl.ticker.MaxNLocator(integer=True))
        ax.grid(axis="y", visible=False)
    ax.set_xlabel(f"Number of {count if count == 'mentions' else noun}")
    ax.set_title(f"Most-mentioned {KIND_PLURALS.get(kind, kind)}")


def top_mentions(
    mentions: pd.DataFrame,
    *,
    kind: str | Sequence[str] | None = None,
    top_n: int = 15,
    count: Count = "mentions",
    title: str | None = None,
    ax: Axes | None = None,
    save: str | None = None,
    folder: str | Path = FIGURES_DIR,
    articles: pd.DataFrame | None = None,
    unit: Unit = "story",
) -> Figure:
    """Horizontal bars of the ``top_n`` most-mentioned entities.

    ``kind="person"`` (or ``"organisation"``, ``"place"``) draws one panel; ``kind=None`` draws one
    panel per kind side by side. ``count="articles"`` ranks by the number of units (see ``unit``)
    that mention an entity instead of the number of mentions; the other count is printed beside
    each bar.

    ``unit`` is what is counted, given the ``articles`` table (one row per copy, with
    ``story_id``): ``"story"`` (default; a story counts its fullest version's mentions, however
    many outlets ran it), ``"text"`` (each unique text once) or ``"copy"`` (every published copy).
    Without ``articles`` each text counts as its own story. The note under the chart says which.

    >>> m = pd.DataFrame({"article_id": ["a", "b"], "entity": ["Hanoi", "Hanoi"], "kind": "place"})
    >>> [a.get_title(loc="left") for a in top_mentions(m).axes]
    ['Most-mentioned people', 'Most-mentioned organisations', 'Most-mentioned places']
    """
    if count not in ("mentions", "articles"):
        raise ValueError("count must be 'mentions' or 'articles'")
    kinds = [kind] if isinstance(kind, str) else list(kind or KIND_PLURALS)
    counts = _entity_counts(mentions, count, articles, unit)
    used = unit if articles is not None else "text"
    if used == "story" and articles is not None and "story_id" not in articles.columns:
        used = "text"
    noun = UNIT_NOUNS[used]
    # the articles analysed, not only those that mention someone
    n_articles = int(articles["article_id"].nunique()) if articles is not None else 0
    if not n_articles:
        n_articles = int(mentions["article_id"].nunique()) if len(mentions) else 0
    rows = max(1, min(top_n, int(counts["kind"].value_counts().max()) if len(counts) else 1))
    with dateline_style():
        if len(kinds) == 1:
            fig, ax, owns = _new_figure(ax, (6.5, 1.5 + 0.3 * rows))
            axes = [ax]
        else:
            if ax is not None:
                raise ValueError("pass a single kind when drawing into an existing Axes")
            fig, axes_arr = plt.subplots(1, len(kinds), figsize=(5 * len(kinds), 1.6 + 0.3 * rows))
            axes, owns = list(np.atleast_1d(axes_arr)), True
        for a, k in zip(axes, kinds, strict=True):
            _bars(a, counts, k, top_n, count, noun)
        if title:
            if len(axes) == 1:
                axes[0].set_title(title)
            else:
                fig.suptitle(title, fontweight="bold", x=0.01, ha="left")
        note = _source_note(n_articles, f"counted per {used}" if articles is not None else None)
        return _finish(fig, note=note, owns_figure=owns, save=save, folder=folder)


def co_mention_matrix(
    mentions: pd.DataFrame,
    *,
    top_n: int = 15,
    kinds: Sequence[str] | None = None,
) -> pd.DataFrame:
    """Square table: for the ``top_n`` entities mentioned in most articles, how many articles
    mention both. The diagonal is the number of articles mentioning each entity.

    >>> m = pd.DataFrame({"article_id": ["a", "a", "b"], "entity": ["Kim", "Trump", "Trump"],
    ...                   "kind": "person"})
    >>> co_mention_matrix(m).loc["Trump", "Kim"]
    np.int64(1)
    """
    data = mentions if kinds is None else mentions[mentions["kind"].isin(list(kinds))]
    if data.empty:
        return pd.DataFrame(dtype="int64")
    from helpers.mentions import place_labels

    data = data.assign(entity=place_labels(data))  # Georgia (GE) ≠ Georgia (US)
    per_entity = data.groupby("entity", observed=True)["article_id"].nunique()
    order = (
        pd.DataFrame({"entity": per_entity.index, "n": per_entity.to_numpy()})
        .sort_values(["n", "entity"], ascending=[False, True])
        .head(top_n)["entity"]
        .tolist()
    )
    pairs = data[data["entity"].isin(order)][["article_id", "entity"]].drop_duplicates()
    onehot = pd.crosstab(pairs["article_id"], pairs["entity"]).clip(upper=1)
    onehot = onehot.reindex(columns=order, fill_value=0)
    matrix = onehot.T @ onehot
    matrix.index.name = matrix.columns.name = "entity"
    return matrix.astype("int64")


def co_mention_heatmap(
    mentions: pd.DataFrame,
    *,
    top_n: int = 15,
    kinds: Sequence[str] | None = None,
    annotate: bool | None = None,
    title: str | None = None,
    ax: Axes | None = None,
    save: str | None = None,
    folder: str | Path = FIGURES_DIR,
) -> Figure:
    """Heatmap of :func:`co_mention_matrix`: which entities appear in the same articles.

    The diagonal (an entity with itself) is left blank; each label carries the entity's own
    article count. Cells show numbers when the matrix is small enough to read (``annotate``).

    >>> m = pd.DataFrame({"article_id": ["a", "a"], "entity": ["Kim", "Trump"], "kind": "person"})
    >>> co_mention_heatmap(m).axes[0].get_title(loc="left")
    'Who appears with whom'
    """
    matrix = co_mention_matrix(mentions, top_n=top_n, kinds=kinds)
    n_articles = int(mentions["article_id"].nunique()) if len(mentions) else 0
    n = len(matrix)
    with dateline_style():
        side = 2.5 + 0.38 * max(n, 4)
        fig, ax, owns = _new_figure(ax, (side + 1.5, side))
        if n < 2:
            _empty(ax, "Fewer than two entities: nothing appears together")
        else:
            values = matrix.to_numpy().astype(float)
            np.fill_diagonal(values, np.nan)
            cmap = mpl.colormaps["cividis"].with_extremes(bad="white")
            vmax = max(1.0, float(np.nanmax(values)))
            image = ax.imshow(values, cmap=cmap, vmin=0, vmax=vmax)
            labels = [f"{_label(e, 28)} ({matrix.loc[e, e]})" for e in matrix.index]
            ax.set_xticks(range(n), labels, rotation=60, ha="right", rotation_mode="anchor")
            ax.set_yticks(range(n), labels)
            ax.grid(False)
            ax.spines[:].set_visible(False)
            if annotate if annotate is not None else n <= 20:
                for i in range(n):
                    for j in range(n):
                        if i == j:
                            continue
                        v = values[i, j]
                        colour = "white" if v < vmax * 0.55 else "black"  # legible on cividis
                        ax.text(
                            j, i, f"{int(v)}", ha="center", va="center", fontsize=7, color=colour
                        )
            bar = fig.colorbar(image, ax=ax, shrink=0.7)
            bar.set_label("Articles mentioning both")
            bar.locator = mpl.ticker.MaxNLocator(integer=True)
            bar.update_ticks()
        ax.set_xlabel("Entity (articles mentioning it)")
        ax.set_ylabel("Entity (articles mentioning it)")
        ax.set_title(title or "Who appears with whom")
        return _finish(
            fig, note=_source_note(n_articles), owns_figure=owns, save=save, folder=folder
        )


# a timeline's points at most, or four per dated story when there are more of them: past this a
# few stories are lost among empty periods (six stories over 15 months made 65 weekly points,
# nearly all zero; six over 28 months, 29 monthly ones)
_SPARSE_PERIODS = 12
_COARSER = {"D": ("W", "week"), "W": ("M", "month"), "M": ("Q", "quarter"), "Q": ("Y", "year")}


def _auto_freq(dates: pd.Series, units: int | None = None) -> tuple[str, str]:
    """Days up to two months, weeks up to two years, then months; a coarser period while the
    timeline would have more than 12 points or four per dated unit (``units``), whichever is
    more.

    >>> dates = pd.Series(pd.to_datetime(["2022-07-01", "2023-02-01", "2023-10-01"]))
    >>> _auto_freq(dates), _auto_freq(dates, units=6), _auto_freq(dates, units=3)
    (('W', 'week'), ('M', 'month'), ('Q', 'quarter'))
    """
    span = dates.max() - dates.min()
    if span <= pd.Timedelta(days=60):
        freq, unit = "D", "day"
    elif span <= pd.Timedelta(days=730):
        freq, unit = "W", "week"
    else:
        freq, unit = "M", "month"
    if units is None:
        return freq, unit
    limit = max(_SPARSE_PERIODS, 4 * units)
    while freq in _COARSER and len(pd.period_range(dates.min(), dates.max(), freq=freq)) > limit:
        freq, unit = _COARSER[freq]
    return freq, unit


_MARKERS = ("o", "s", "^", "D", "v", "P", "X", "*")


def mentions_over_time(
    mentions: pd.DataFrame,
    articles: pd.DataFrame,
    *,
    top_n: int = 5,
    kind: str | None = None,
    freq: str | None = None,
    title: str | None = None,
    ax: Axes | None = None,
    save: str | None = None,
    folder: str | Path = FIGURES_DIR,
    unit: Unit = "story",
) -> Figure:
    """Mentions per day, week, month, quarter or year (chosen from the date span and the number
    of dated articles unless ``freq`` is given) for the ``top_n`` most-mentioned entities, using each article's ``published`` date.

    ``unit`` is what is counted: ``"story"`` (default: a story once, with its fullest version's
    mentions, at its earliest date), ``"text"`` (each unique text once, at its first copy's
    date) or ``"copy"`` (every published copy at its own date). An articles table without
    ``story_id`` (from ``load_articles``) counts each text as its own story.

    Articles without a date are left out (the note says how many); with no dates at all the chart
    says so instead of failing, so notebooks run on any folder.

    >>> a = pd.DataFrame({"article_id": ["a", "b"],
    ...                   "published": pd.to_datetime(["2019-01-17", "2019-01-18"])})
    >>> m = pd.DataFrame({"article_id": ["a", "b"], "entity": "Trump", "kind": "person"})
    >>> mentions_over_time(m, a).axes[0].get_ylabel()
    'Mentions per day'
    """
    data = mentions if kind is None else mentions[mentions["kind"] == kind]
    per_unit, column, used = _per_unit(data, articles, unit, ["entity"])
    dates = articles.assign(
        published=pd.to_datetime(articles["published"], errors="coerce", utc=True)
    )
    dates = dates.assign(published=dates["published"].dt.tz_localize(None))
    # one date per unit: a copy's own, a text's first copy's, a story's earliest
    if used == "story":
        dates = dates.groupby(column, observed=True)["published"].min().reset_index()
    else:
        dates = dates[[column, "published"]].drop_duplicates(column)
    data = per_unit.merge(dates, on=column, how="left")
    dated = data.dropna(subset=["published"])
    n_articles = int(dates[column].nunique())
    n_undated = int(dates["published"].isna().sum())
    with dateline_style():
        fig, ax, owns = _new_figure(ax, (8, 4))
        unit = "period"
        if dated.empty:
            _empty(ax, "No publication dates in these articles, so no timeline")
            ax.set_ylabel("Mentions")
        else:
            if freq is None:
                freq, unit = _auto_freq(dated["published"], dated[column].nunique())
            else:
                unit = {"D": "day", "W": "week", "M": "month", "Q": "quarter", "Y": "year"}.get(
                    freq, freq
                )
            top = dated.groupby("entity", observed=True)["count"].sum().sort_values(ascending=False)
            top_entities = top.index[:top_n].tolist()
            period = dated["published"].dt.to_period(freq).dt.start_time
            table = (
                dated.assign(period=period)[dated["entity"].isin(top_entities)]
                .groupby(["period", "entity"], observed=True)["count"]
                .sum()
                .unstack("entity", fill_value=0)
            )
            full = pd.period_range(period.min(), period.max(), freq=freq).start_time
            table = table.reindex(full, fill_value=0)[top_entities]
            for i, entity in enumerate(top_entities):
                # a shape of its own, and the first lines' markers larger, so that entities with
                # the same count in the same period stay visible (few dated articles often have)
                ax.plot(
                    table.index,
                    table[entity],
                    marker=_MARKERS[i % len(_MARKERS)],
                    ms=max(3.5, 8.0 - 1.1 * i),
                    lw=1.6,
                    color=PALETTE[i % len(PALETTE)],
                    label=_label(entity, 32),
                )
            ax.set_ylim(bottom=0)
            ax.yaxis.set_major_locator(mpl.ticker.MaxNLocator(integer=True))
            locator = mpl.dates.AutoDateLocator()
            ax.xaxis.set_major_locator(locator)
            ax.xaxis.set_major_formatter(mpl.dates.ConciseDateFormatter(locator))
            ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), title="Entity")
            ax.set_ylabel(f"Mentions per {unit}")
        ax.set_xlabel("Publication date")
        ax.set_title(title or "Mentions over time")
        one, many = {"story": ("story", "stories"), "copy": ("copy", "copies")}.get(
            used, ("article", "articles")
        )
        extra = (
            f"{n_undated:,} undated {one if n_undated == 1 else many} left out; " * bool(n_undated)
            + f"counted per {used}"
        )
        return _finish(
            fig, note=_source_note(n_articles, extra), owns_figure=owns, save=save, folder=folder
        )
