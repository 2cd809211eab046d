"""Who and what an article mentions: people, organisations and places, with offsets, counted.

Stage 3 of the data flow (… → geoparse → **mentions**). :func:`find_mentions` is a pure per-article
function (cleaned text in, one row per mention out); :func:`count_mentions` runs it over an articles
table and :func:`mention_counts` pivots the rows to counts per entity × article. Batch callers use
:func:`find_mentions_rows` (plain tuples) and build one table per batch with :func:`mentions_frame`:
a DataFrame per article costs about a third as much as finding its mentions.

Where mentions come from: one pass of :func:`helpers.recognise.recognise` (shared with
:func:`helpers.geoparse.find_places`, so place counts and the map agree), in order of trust:

1. **The entity table** ``data/entities.csv`` (``entity,kind,aliases``; aliases separated by ``|``),
   matched case-sensitively on word boundaries with one Aho–Corasick pass. A table match always wins.
2. **Discovery of proper names** for people and organisations absent from the table, read with cues
   from ``helpers/data/name_cues.toml`` (titles, organisation words, given names), acronyms, and names
   learned from annotated news (``helpers/data/learned_names.tsv``).
3. **Places**: the recogniser's place spans as :func:`helpers.geoparse.find_places` resolved them
   (kind ``place``, entity = the resolved place's name, ``place_id`` its id, same offsets).

Rules between them:

* **Surnames.** News names a person in full, then by surname: a bare "Pompeo" counts for "Mike Pompeo"
  when Mike Pompeo is named in full anywhere in the article (or the table lists "Pompeo" as an alias).
  The bare form is the last name, except for family-name-first names listed in ``name_cues.toml``
  ("Kim" for "Kim Jong Un", "Xi" for "Xi Jinping"). Possessives ("Trump's") and compounds
  ("Trump-Kim summit": one Trump, one Kim) count.
* **Ambiguity is never guessed.** When two people named in the article share the bare form (Kim Jong
  Un and Kim Yong Chol), the bare "Kim" becomes entity ``"Kim (ambiguous)"`` with ``ambiguous=True``
  and both names in ``candidates``.
* **Organisations and people beat places they contain**: "the Washington Post" and "Workers Party of
  Korea" are organisations, and the places inside them (Washington, Korea) are no places; a bare
  surname of a person named in the article beats a gazetteer hit on the same word unless the text
  writes it as a place ("in Jordan"). A town's own institution keeps the town ("Vancouver Police
  Department": place Vancouver, organisation "Police Department" with the full name as entity). A
  discovered sequence that *is exactly* a place the gazetteer knows ("White House", a landmark)
  stays a place.

Columns of the mentions table: ``article_id`` (str), ``entity`` (str, canonical name), ``kind``
(``person`` | ``organisation`` | ``place``), ``surface`` (str, the text as written, possessive ``'s``
excluded), ``start``/``end`` (int64 offsets into the cleaned text), ``ambiguous`` (bool),
``candidates`` (str, ``|``-separated names when ambiguous, else ""), ``how`` (why it counted:
``table``, ``title``, ``name``, ``organisation``, ``acronym``, ``learned``, ``verb``, ``surname``,
``place``, and the later rules' ``evidence``, ``known``, ``model``, ``short``, ``first``,
``initials``, ``quoted``, ``shouted``, ``byline``, ``signoff``, ``team``; ``spacy`` for a spaCy backend's name as written), ``place_id`` (Int64: a place mention's id — GeoNames', or Dateline's own above 2**40 where the
shipped GeoNames data give none, :func:`helpers.gazetteer.own_place_id` — ``<NA>`` otherwise).

    >>> import pandas as pd
    >>> no_places = pd.DataFrame(columns=["start", "end", "surface", "name"])
    >>> m = find_mentions("Senator Jane Roe met Acme Agency staff. Roe said yes.", places=no_places,
    ...                   entities=EntityTable.from_records([]))
    >>> m[["entity", "kind", "surface", "how"]].values.tolist()
    [['Jane Roe', 'person', 'Jane Roe', 'title'], ['Acme Agency', 'organisation', 'Acme Agency', 'organisation'], ['Jane Roe', 'person', 'Roe', 'surname']]
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from operator import itemgetter
from typing import Any, Literal

import numpy as np
import pandas as pd

from helpers.gazetteer import Gazetteer, load_gazetteer
from helpers.recognise import _analyse
from helpers.recognise.entities import (
    EntityTable,
    default_entities_path,
    load_entities,
)
from helpers.recognise.names import _Intervals

__all__ = [
    "KINDS",
    "MENTION_COLUMNS",
    "EntityTable",
    "count_mentions",
    "default_entities_path",
    "find_mentions",
    "find_mentions_rows",
    "load_entities",
    "mention_counts",
    "mentions_frame",
]

KINDS = ("person", "organisation", "place")
MENTION_COLUMNS: list[str] = [
    "article_id",
    "entity",
    "kind",
    "surface",
    "start",
    "end",
    "ambiguous",
    "candidates",
    "how",
    "place_id",
]


def _empty_mentions() -> pd.DataFrame:
    return mentions_frame([])


def _places_for(
    text: str,
    places: pd.DataFrame | None,
    table: EntityTable,
    gaz: Gazetteer | None,
    backend: Any = "dateline",
) -> list[tuple[Any, ...]]:
    if places is None:
        from helpers.geoparse import find_places_rows

        return _place_rows_list(
            find_places_rows(text, gazetteer=gaz, entities=table, backend=backend)
        )
    return _place_list(places)


def find_mentions(
    text: str,
    *,
    article_id: str | None = None,
    entities: EntityTable | None = None,
    places: pd.DataFrame | None = None,
    gazetteer: Gazetteer | None = None,
    backend: Any = "dateline",
) -> pd.DataFrame:
    """Every person, organisation and place mention in one cleaned text, in text order.

    ``entities`` defaults to :func:`load_entities` (the project's ``data/entities.csv``). ``places`` are
    this text's rows from :func:`helpers.geoparse.find_places` (columns ``start``, ``end``, ``surface``,
    ``name``); ``None`` runs ``find_places`` here, an empty frame means "no places". ``backend``
    (``"dateline"``, ``"spacy"``, ``"spacy:MODEL"`` or a spaCy ``Language``) says whose spans are
    linked and counted (:mod:`helpers.recognise.spacy_backend`). Columns: see
    :data:`MENTION_COLUMNS` and the module docstring.

    >>> import pandas as pd
    >>> places = pd.DataFrame({"start": [7], "end": [17], "surface": ["Washington"],
    ...                        "name": ["Washington"]})
    >>> m = find_mentions("Per the Washington Post, Trump and Kim met.", places=places)
    >>> m[["entity", "kind", "surface"]].values.tolist()
    [['The Washington Post', 'organisation', 'Washington Post'], ['Donald Trump', 'person', 'Trump'], ['Kim', 'person', 'Kim']]
    """
    text = "" if text is None else str(text)
    table = load_entities() if entities is None else entities
    return mentions_frame(
        _mention_rows(
            text,
            table,
            _places_for(text, places, table, gazetteer, backend),
            article_id,
            gazetteer,
            backend,
        )
    )


def find_mentions_rows(
    text: str,
    *,
    article_id: str | None = None,
    entities: EntityTable | None = None,
    places: pd.DataFrame | None = None,
    place_rows: Sequence[Sequence[Any]] | None = None,
    gazetteer: Gazetteer | None = None,
    backend: Any = "dateline",
) -> list[tuple[Any, ...]]:
    """The rows of :func:`find_mentions` as plain tuples in :data:`MENTION_COLUMNS` order.

    For callers that gather many articles into one table: collect the rows of a whole batch and call
    :func:`mentions_frame` once — building a DataFrame costs more than finding a short article's
    mentions. ``mentions_frame(find_mentions_rows(text, ...))`` equals ``find_mentions(text, ...)``.
    The places come as ``places`` (a :func:`helpers.geoparse.find_places` frame, as for
    :func:`find_mentions`) or as ``place_rows``, this text's tuples from
    :func:`helpers.geoparse.find_places_rows` (:data:`helpers.geoparse.PLACE_COLUMNS` order), which
    spares a batch caller a frame per article; neither runs ``find_places`` here.

    >>> import pandas as pd
    >>> no_places = pd.DataFrame(columns=["start", "end", "surface", "name"])
    >>> rows = find_mentions_rows("Trump spoke.", article_id="a", places=no_places)
    >>> rows
    [('a', 'Donald Trump', 'person', 'Trump', 0, 5, False, '', 'table', None)]
    >>> rows += find_mentions_rows("Xi Jinping agreed.", article_id="b", places=no_places)
    >>> mentions_frame(rows)[["article_id", "entity", "start"]].values.tolist()
    [['a', 'Donald Trump', 0], ['b', 'Xi Jinping', 0]]
    """
    text = "" if text is None else str(text)
    table = load_entities() if entities is None else entities
    if place_rows is None:
        place_list = _places_for(text, places, table, gazetteer, backend)
    elif places is not None:
        raise ValueError("give places or place_rows, not both")
    else:
        place_list = _place_rows_list(place_rows)
    return _mention_rows(text, table, place_list, article_id, gazetteer, backend)


@lru_cache(maxsize=1)
def _place_row_fields() -> Any:
    """(start, end, surface, name, place_id) of a find_places_rows tuple, in one C call."""
    from helpers.geoparse import PLACE_COLUMNS

    return itemgetter(
        *(PLACE_COLUMNS.index(c) for c in ("start", "end", "surface", "name", "place_id"))
    )


def _place_rows_list(rows: Sequence[Sequence[Any]]) -> list[tuple[Any, ...]]:
    """find_places_rows tuples as (start, end, surface, name, place_id), as _place_list."""
    return [
        (int(s), int(e), str(surface), str(name), _place_id(pid))
        for s, e, surface, name, pid in map(_place_row_fields(), rows)
    ]


def _place_id(value: Any) -> int | None:
    """A GeoNames id as int, or None (missing, NaN, <NA>)."""
    if value is None or value is pd.NA:
        return None
    try:
        return int(value)
    except (TypeError, ValueError):  # NaN and other non-ids
        return None


def mentions_frame(rows: Iterable[Sequence[Any]]) -> pd.DataFrame:
    """The mentions table (columns and dtypes of :func:`find_mentions`) from rows of
    :func:`find_mentions_rows`, of any number of articles; no rows gives the empty table.

    >>> mentions_frame([]).dtypes["start"], len(mentions_frame([]))
    (dtype('int64'), 0)
    """
    rows = rows if isinstance(rows, list) else list(rows)
    if rows:
        cols: list[Sequence[Any]] = list(zip(*rows, strict=True))
        if len(cols) != len(MENTION_COLUMNS):
            raise ValueError(f"mention rows have {len(MENTION_COLUMNS)} fields, not {len(cols)}")
    else:
        cols = [()] * len(MENTION_COLUMNS)
    return _columns_frame(cols)


def _place_list(place_rows: pd.DataFrame) -> list[tuple[Any, ...]]:
    """find_places rows as (start, end, surface, name, place_id) tuples."""
    if not len(place_rows):
        return []
    ids = (
        place_rows["place_id"].tolist()
        if "place_id" in place_rows.columns
        else [None] * len(place_rows)
    )
    return [
        (int(s), int(e), str(surf), str(name), _place_id(pid))
        for s, e, surf, name, pid in zip(
            place_rows["start"].tolist(),
            place_rows["end"].tolist(),
            place_rows["surface"].tolist(),
            place_rows["name"].tolist(),
            ids,
            strict=True,
        )
    ]


def _columns_frame(cols: Sequence[Sequence[Any]]) -> pd.DataFrame:
    # One array per column, then one DataFrame: a pd.Series per column (with its dtype inference)
    # cost more than finding the mentions.
    data = {
        name: _column(values, _DTYPES[name])
        for name, values in zip(MENTION_COLUMNS, cols, strict=True)
    }
    return pd.DataFrame(data, copy=False)


def _column(values: Sequence[Any], dtype: str) -> Any:
    """One column as an array of ``dtype`` — the same values and dtype as ``pd.Series(values,
    dtype=dtype)``, built without its per-call inference."""
    if dtype == "int64":
        return np.array(values, dtype=np.int64)
    if dtype == "bool":
        return np.array(values, dtype=np.bool_)
    if dtype == "Int64":  # GeoNames ids, None where there is none
        mask = np.array([v is None for v in values], dtype=bool)
        ids = np.array([0 if v is None else v for v in values], dtype=np.int64)
        return pd.arrays.IntegerArray(ids, mask)
    fast = _arrow_strings()
    # Only plain str (or None) goes straight to Arrow; anything else (ints, NaN) is converted the
    # way pandas converts it.
    if fast is not None and all(type(v) is str or v is None for v in values):
        pa, make, str_type = fast
        return make(pa.array(values, type=str_type))
    return pd.array(list(values), dtype=dtype)


@lru_cache(maxsize=1)
def _arrow_strings() -> tuple[Any, Any, Any] | None:
    """(pyarrow, array builder, Arrow type) when pandas' ``"str"`` dtype is Arrow-backed (pandas 3),
    else None (then columns are built with ``pd.array``). The builder is checked once against
    pandas' own conversion, so a pandas that stores strings otherwise falls back rather than
    producing a different table."""
    try:
        import pyarrow as pa
        from pandas.arrays import ArrowStringArray

        probe_values = ["a", None, "b"]
        expected = pd.Series(probe_values, dtype="str")
        dtype = expected.dtype
        str_type = pa.array(expected).type

        def make(arr: Any) -> Any:
            return ArrowStringArray(pa.chunked_array([arr], type=str_type), dtype=dtype)

        got = pd.Series(make(pa.array(probe_values, type=str_type)))
        if not (
            type(got.array) is type(expected.array)
            and got.dtype == dtype
            and got.equals(expected)
            and pa.array(got).type == str_type
        ):
            return None
        return pa, make, str_type
    except Exception:  # any mismatch in an older pandas or pyarrow: use pd.array
        return None


_DTYPES = {
    "article_id": "str",
    "entity": "str",
    "kind": "str",
    "surface": "str",
    "start": "int64",
    "end": "int64",
    "ambiguous": "bool",
    "candidates": "str",
    "how": "str",
    "place_id": "Int64",
}


def _mention_rows(
    text: str,
    table: EntityTable,
    place_list: list[tuple[Any, ...]],
    article_id: str | None,
    gazetteer: Gazetteer | None = None,
    backend: Any = "dateline",
) -> list[tuple[Any, ...]]:
    """The rows of :func:`find_mentions` in :data:`MENTION_COLUMNS` order, in text order.

    People and organisations come from the recogniser (:func:`helpers.recognise.recognise`, the
    same pass :func:`helpers.geoparse.find_places` used); places from ``place_list`` — this text's
    place rows as (start, end, surface, name, place_id) — minus any that overlap a person or
    organisation: the towns inside institutions' names ("Florida" of "Florida Department of
    Health", on the map but named by the organisation's mention), and rows built by hand.
    """
    if not text:
        return []
    gaz = gazetteer if gazetteer is not None else load_gazetteer()
    if backend == "dateline":
        art = _analyse(text, gaz, table)
    else:  # a spaCy pipeline's spans (helpers.recognise.spacy_backend)
        from helpers.recognise.spacy_backend import article

        art = article(text, gaz, table, backend)
    rows: list[tuple[Any, ...]] = [
        (article_id, sp.entity, sp.kind, text[sp.start : sp.end], sp.start, sp.end,
         sp.ambiguous, "|".join(sp.candidates), sp.how, None)
        for sp in art.people_orgs
    ]  # fmt: skip
    if place_list:
        covered = _Intervals([(r[4], r[5]) for r in rows])
        for s, e, _surf, name, place_id in place_list:
            if covered.overlaps(s, e):
                continue
            rows.append((article_id, name, "place", text[s:e], s, e, False, "", "place", place_id))
        rows.sort(key=_ROW_END, reverse=True)
        rows.sort(key=_ROW_START)
    return rows


_ROW_START, _ROW_END = itemgetter(4), itemgetter(5)  # MENTION_COLUMNS "start", "end"

# ---------------------------------------------------------------------------------------------
# Many articles
# ---------------------------------------------------------------------------------------------


def count_mentions(
    articles: pd.DataFrame | Mapping[str, str] | Iterable[tuple[str, str]],
    *,
    text_column: str = "text",
    entities: EntityTable | None = None,
    places: pd.DataFrame | None = None,
    gazetteer: Gazetteer | None = None,
    backend: Any = "dateline",
) -> pd.DataFrame:
    """The mentions table for many articles: :func:`find_mentions` on each, rows concatenated.

    ``articles`` is the articles DataFrame (``article_id`` + ``text_column``), a mapping
    ``article_id → text`` or ``(article_id, text)`` pairs. ``places`` is a places table with an
    ``article_id`` column (as the pipeline writes it) — each article gets its own rows, and an article
    absent from it has no places; ``None`` runs :func:`helpers.geoparse.find_places` per article.
    The entity table is loaded once for all articles.

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a", "b"], "text": ["Trump spoke.", "Xi Jinping and Trump met."]})
    >>> no_places = pd.DataFrame(columns=["article_id", "start", "end", "surface", "name"])
    >>> count_mentions(arts, places=no_places)[["article_id", "entity"]].values.tolist()
    [['a', 'Donald Trump'], ['b', 'Xi Jinping'], ['b', 'Donald Trump']]
    """
    table = load_entities() if entities is None else entities
    if isinstance(articles, pd.DataFrame):
        if text_column not in articles.columns:
            raise KeyError(
                f"articles has no {text_column!r} column (columns: {list(articles.columns)})"
            )
        pairs: Iterable[tuple[Any, Any]] = zip(
            articles["article_id"].tolist(), articles[text_column].tolist(), strict=True
        )
    elif isinstance(articles, Mapping):
        pairs = articles.items()
    else:
        pairs = articles
    by_article: dict[str, list[tuple[Any, ...]]] = {}
    if places is not None and len(places):
        for aid, group in places.groupby(places["article_id"].astype("str"), sort=False):
            by_article[str(aid)] = _place_list(group)
    rows: list[tuple[Any, ...]] = []
    for aid, text in pairs:
        aid = str(aid)
        text = text if isinstance(text, str) else ""
        if places is None:
            place_list = _places_for(text, None, table, gazetteer, backend)
        else:
            place_list = by_article.get(aid, [])
        rows += _mention_rows(text, table, place_list, aid, gazetteer, backend)
    return mentions_frame(rows)


def place_labels(mentions: pd.DataFrame) -> pd.Series:
    """The ``entity`` column, with places that share a name told apart by their ``place_id``:
    "Georgia (GE)" and "Georgia (US)" when both occur, "Portland (US, Oregon)" and "Portland (US,
    Maine)" within one country. Every table or chart that counts entities labels them with this.

    >>> m = pd.DataFrame({"entity": ["Georgia", "Georgia", "Kim"], "kind": ["place", "place", "person"],
    ...                   "place_id": pd.array([614540, 4197000, None], dtype="Int64")})
    >>> place_labels(m).tolist()                                          # doctest: +SKIP
    ['Georgia (GE)', 'Georgia (US)', 'Kim']
    """
    if "place_id" not in mentions.columns or mentions.empty:
        return mentions["entity"].astype("str")
    entity = mentions["entity"].astype("str")
    ids = pd.array(mentions["place_id"], dtype="Int64")
    is_place = (mentions["kind"].astype("str") == "place").to_numpy() & ~pd.isna(ids)
    if not is_place.any():
        return entity
    places = pd.DataFrame({"entity": entity[is_place], "place_id": ids[is_place]})
    shared = places.groupby("entity")["place_id"].nunique()
    shared = shared[shared > 1]
    if shared.empty:
        return entity
    from helpers.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    labels: dict[tuple[str, int], str] = {}
    for name, group in places[places["entity"].isin(shared.index)].groupby("entity"):
        found = {int(pid): gaz.get(int(pid)) for pid in group["place_id"].unique()}
        codes = [e.country_code if e is not None else None for e in found.values()]
        for pid, e in found.items():
            if e is None:
                tag = f"id {pid}"
            elif codes.count(e.country_code) > 1 and e.admin1:
                tag = f"{e.country_code}, {e.admin1}"
            else:
                tag = e.country_code or e.name
            labels[(str(name), pid)] = f"{name} ({tag})"
    out = entity.to_numpy(dtype=object, copy=True)
    for i in np.flatnonzero(is_place):
        key = (out[i], int(ids[i]))
        out[i] = labels.get(key, out[i])
    return pd.Series(out, index=mentions.index, dtype="str")


def mention_counts(
    mentions: pd.DataFrame,
    *,
    kind: str | Sequence[str] | None = None,
    articles: pd.DataFrame | None = None,
    unit: Literal["story", "text", "copy"] = "story",
) -> pd.DataFrame:
    """Counts per entity × unit: one row per (entity, kind), one column per unit, and ``total``.

    Places that share a name stay apart when the mentions carry ``place_id``: their entity reads
    "Georgia (GE)" and "Georgia (US)" (country code; also the state or province within one country).

    ``unit`` says what one column is (see :func:`helpers.stories.count_by_unit`), given the
    ``articles`` table (one row per copy, with ``story_id`` from the pipeline):

    - ``"story"`` (default): one column per story (``story_id``); a story counts what its
      fullest version has, so a wire story run by fifty outlets counts once, not fifty times.
    - ``"text"``: one column per unique text (``article_id``); identical copies count once.
    - ``"copy"``: one column per published copy (``source``): what readers saw, copies included.

    Without ``articles`` (or with one that has no ``story_id``, e.g. from
    :func:`helpers.load.load_articles`) each text is its own story and nothing is known about
    copies: the columns are the texts (``"copy"`` needs ``articles``).

    Rows are sorted by ``total`` (largest first, then by name); columns keep their first
    appearance order; counts are ``int64`` (0 where a unit does not mention the entity). ``kind``
    keeps only some kinds (``"person"``, ``["person", "organisation"]``).

    >>> m = pd.DataFrame({"article_id": ["a", "a", "b"], "entity": ["Trump", "Xi", "Trump"],
    ...                   "kind": ["person"] * 3})
    >>> mention_counts(m).reset_index().values.tolist()
    [['Trump', 'person', 1, 1, 2], ['Xi', 'person', 1, 0, 1]]
    >>> copies = pd.DataFrame({"article_id": ["a", "a", "b"], "source": ["x", "y", "z"],
    ...                        "story_id": ["a", "a", "a"]})
    >>> mention_counts(m, articles=copies)["total"].tolist()      # one story
    [1, 1]
    >>> mention_counts(m, articles=copies, unit="copy")["total"].tolist()
    [3, 2]
    """
    if unit not in ("story", "text", "copy"):
        raise ValueError(f"unit must be 'story', 'text' or 'copy', not {unit!r}")
    if kind is not None:
        kinds = [kind] if isinstance(kind, str) else list(kind)
        mentions = mentions[mentions["kind"].isin(kinds)]
    mentions = mentions.assign(entity=place_labels(mentions))
    if mentions.empty:
        counts = pd.DataFrame(
            {"total": pd.Series([], dtype="int64")},
            index=pd.MultiIndex.from_arrays([[], []], names=["entity", "kind"]),
        )
        return counts
    mentions = mentions.assign(article_id=mentions["article_id"].astype("str"))
    if unit == "copy" and articles is None:
        raise ValueError("unit='copy' needs the articles table (one row per copy): articles=")
    if articles is None or (unit == "story" and "story_id" not in articles.columns):
        unit = "text"  # nothing known about stories: each text is its own
        articles = pd.DataFrame({"article_id": mentions["article_id"].drop_duplicates()})
    from helpers.stories import count_by_unit

    articles = articles.assign(article_id=articles["article_id"].astype("str"))
    per_unit = count_by_unit(mentions, articles, unit, by=["entity", "kind"])
    column = per_unit.columns[0]
    per_unit[column] = per_unit[column].astype("str")
    # columns in first-appearance order: of the mentions for texts, of the articles otherwise
    if unit == "text":
        units = list(dict.fromkeys(mentions["article_id"].tolist()))
    else:
        units = list(dict.fromkeys(articles[column].astype("str").tolist()))
    units = [u for u in units if u in set(per_unit[column])]
    counts = (
        per_unit.set_index(["entity", "kind", column])["count"]
        .unstack(column, fill_value=0)
        .reindex(columns=units, fill_value=0)
        .astype("int64")
    )
    counts.columns.name = None
    counts["total"] = counts.sum(axis=1).astype("int64")
    order = sorted(range(len(counts)), key=lambda i: (-counts["total"].iat[i], counts.index[i]))
    return counts.iloc[order]
