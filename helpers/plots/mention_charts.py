"""The charts of who and what the articles mention, drawn from the ``mentions`` table: the
most-mentioned entities (:func:`top_mentions`), who appears with whom (:func:`co_mention_matrix`,
:func:`co_mention_heatmap`) and mentions over time (:func:`mentions_over_time`).

Owns each kind's colour and plural (:data:`KIND_COLOURS`, ``KIND_PLURALS``), what is counted —
per story, text or copy (``Unit``, ``_per_unit``) — and the timeline's choice of period
(``_auto_freq``).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Literal

import matplotlib as mpl
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from helpers.plots.style import (
    FIGURES_DIR,
    PALETTE,
    _empty,
    _finish,
    _label,
    _new_figure,
    _source_note,
    dateline_style,
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
