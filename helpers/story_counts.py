"""Counting per unit of publication (story, text, copy) and how far stories travelled.

Works on tables that carry a ``story_id`` (grouped by :mod:`helpers.stories`): :func:`count_by_unit`
counts per-text rows (mentions, places …) per story, unique text or published copy, and
:func:`syndication` summarises which stories ran in how many outlets.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, NamedTuple

import pandas as pd

__all__ = ["Syndication", "Unit", "count_by_unit", "syndication"]


Unit = Literal["story", "text", "copy"]
_UNIT_COLUMN = {"story": "story_id", "text": "article_id", "copy": "source"}


def count_by_unit(
    rows: pd.DataFrame,
    articles: pd.DataFrame,
    unit: Unit = "story",
    *,
    by: str | Sequence[str] = "entity",
) -> pd.DataFrame:
    """Count per-text ``rows`` (mentions, places …, keyed by ``article_id``) per unit of
    publication: one row per (unit, ``by`` value) with a ``count``.

    - ``unit="text"``: per unique text (``article_id``); identical copies count once.
    - ``unit="copy"``: per published copy (the articles table's ``source``): a text run by three
      outlets counts three times, once under each copy.
    - ``unit="story"``: per story (``story_id``): a story counts what its fullest version has
      (the largest count among its texts), so copies neither multiply it nor lose a mention
      that only one edited copy carries.

    ``articles`` needs ``article_id`` and, for those units, ``story_id`` or ``source`` (one row
    per copy). Rows whose ``article_id`` is not in ``articles`` are not counted.

        >>> articles = pd.DataFrame({"article_id": ["t1", "t1", "t2", "t3"],
        ...                          "source": ["a.txt", "b.txt", "c.txt", "d.txt"],
        ...                          "story_id": ["t1", "t1", "t1", "t3"]})
        >>> mentions = pd.DataFrame({"article_id": ["t1", "t1", "t2", "t3"],
        ...                          "entity": ["Ada", "Ada", "Ada", "Ada"]})
        >>> count_by_unit(mentions, articles, "story")
          story_id entity  count
        0       t1    Ada      2
        1       t3    Ada      1
        >>> count_by_unit(mentions, articles, "copy").groupby("entity")["count"].sum()
        entity
        Ada    6
        Name: count, dtype: int64
    """
    if unit not in _UNIT_COLUMN:
        raise ValueError(f"unit must be one of {sorted(_UNIT_COLUMN)}, got {unit!r}")
    keys = [by] if isinstance(by, str) else list(by)
    per_text = rows.groupby(["article_id", *keys], dropna=False, observed=True).size()
    per_text = per_text.rename("count").reset_index()
    column = _UNIT_COLUMN[unit]
    if column != "article_id" and column not in articles.columns:
        raise ValueError(f"unit={unit!r} needs a {column!r} column in articles")
    known = articles["article_id"].drop_duplicates()
    per_text = per_text[per_text["article_id"].isin(known)]
    if unit == "text":
        counted = per_text
    else:
        units = articles[["article_id", column]].drop_duplicates()
        joined = units.merge(per_text, on="article_id")
        if unit == "copy":
            counted = joined
        else:
            counted = joined.groupby([column, *keys], dropna=False, observed=True)["count"].max()
            counted = counted.reset_index()
    counted = counted[[column, *keys, "count"]].sort_values([column, *keys], kind="stable")
    return counted.reset_index(drop=True).astype({"count": "int64"})


class Syndication(NamedTuple):
    """How far the stories travelled (see :func:`syndication`)."""

    summary: str
    """One sentence: stories, copies, outlets, and how many stories ran in more than one."""
    reach: pd.DataFrame
    """Per number of outlets (index ``outlets``): ``stories`` that ran in that many, their
    ``copies``."""
    top: pd.DataFrame
    """The most copied stories, most outlets first: ``story_id``, ``title`` (of its earliest
    copy), ``copies``, ``texts`` (distinct versions), ``outlets`` (count), ``outlet_names``
    (``"; "``-joined, in order of publication), ``first_published``, ``last_published``."""


def syndication(articles: pd.DataFrame, *, top_n: int = 10) -> Syndication:
    """Which stories ran in how many outlets, from an articles table with ``story_id`` (one row
    per copy, as :func:`helpers.analyze` writes it).

    A copy's outlet is its ``outlet`` when known, otherwise its ``source`` (so copies from files
    without outlet metadata each count as their own outlet).

        >>> articles = pd.DataFrame({
        ...     "article_id": ["t1", "t1", "t2", "t3"], "story_id": ["t1", "t1", "t1", "t3"],
        ...     "source": ["a", "b", "c", "d"], "outlet": ["Herald", "Post", "Courier", "Herald"],
        ...     "title": ["Floods", "Floods", "River bursts", "Budget"],
        ...     "published": pd.to_datetime(["2024-05-01"] * 4, utc=True)})
        >>> result = syndication(articles)
        >>> result.summary
        '2 stories in 4 copies from 3 outlets; 1 story ran in more than one outlet.'
        >>> result.top[["story_id", "copies", "outlets", "outlet_names"]].values.tolist()[0]
        ['t1', 3, 3, 'Herald; Post; Courier']
    """
    if "story_id" not in articles.columns:
        raise ValueError("articles needs a story_id column: use the table helpers.analyze writes")
    outlet = (
        articles["outlet"] if "outlet" in articles.columns else pd.Series(pd.NA, articles.index)
    )
    frame = pd.DataFrame(
        {
            "story_id": articles["story_id"].astype("string"),
            "article_id": articles["article_id"].astype("string"),
            "outlet": outlet.astype("string").fillna(articles["source"].astype("string")),
            "title": articles["title"] if "title" in articles.columns else pd.NA,
            "published": pd.to_datetime(
                articles["published"] if "published" in articles.columns else pd.NaT,
                errors="coerce",
                utc=True,
            ),
        }
    )
    grouped = frame.groupby("story_id", sort=False)
    top = pd.DataFrame(
        {
            "title": grouped["title"].first(),
            "copies": grouped.size().astype("int64"),
            "texts": grouped["article_id"].nunique().astype("int64"),
            "outlets": grouped["outlet"].nunique().astype("int64"),
            "outlet_names": grouped["outlet"].agg(lambda s: "; ".join(dict.fromkeys(s.dropna()))),
            "first_published": grouped["published"].min(),
            "last_published": grouped["published"].max(),
        }
    ).reset_index()
    top = top.sort_values(["outlets", "copies"], ascending=False, kind="stable")
    reach = (
        top.groupby("outlets")
        .agg(stories=("story_id", "size"), copies=("copies", "sum"))
        .astype("int64")
        .sort_index()
    )
    n_stories, n_outlets = len(top), frame["outlet"].nunique()
    spread = int((top["outlets"] > 1).sum())
    summary = (
        f"{n_stories:,} stor{'y' if n_stories == 1 else 'ies'} in {len(frame):,} "
        f"cop{'y' if len(frame) == 1 else 'ies'} from {n_outlets:,} "
        f"outlet{'' if n_outlets == 1 else 's'}; {spread:,} "
        f"stor{'y' if spread == 1 else 'ies'} ran in more than one outlet."
    )
    return Syndication(summary, reach, top.head(top_n).reset_index(drop=True))
