"""Find place names in text and resolve each one to a gazetteer entry (geoparsing).

:func:`find_places` is a pure per-article function: text in, one row per place mention out
(a DataFrame); :func:`find_places_rows` returns the same rows as tuples, and :func:`places_frame`
turns the rows of many articles into one table — for pipelines, where building a DataFrame per
article would cost as much as finding the places.

Recognition is :mod:`helpers.recognise`'s: one pass per article types every name, so the place
spans resolved here are never part of a person's or organisation's name, and the mentions table
reuses the same pass (:func:`helpers.recognise.recognise`).

Resolution gives every candidate its prior — log10(population) plus a bonus by kind (country >
capital > admin area > city) — and adds evidence from the article, iterating to a stable choice:
"City, State" and "City, Country" patterns; the share of the article's other places in the same
country; the share of its other towns, counties and states in the same state (a local paper's
towns pull "Mansfield" to Louisiana); a state the article names; closeness to another chosen
town; and other names that *could* be towns nearby ("Paris" beside "Henry County": both in
Tennessee) — that last never overturns a country or state. One name keeps one sense per article,
unless a mention has evidence of its own: a name written in a "City, State/Country" pattern is,
at that mention and at its bare mentions after it in the same paragraph, the place the pattern
names ("Paris, France and Paris, Texas" are two places), while its other mentions keep the name's
sense — or, when the rest of the article places the name in another country ("PARIS (Reuters) -"
… Lyon … "Paris, Texas"), the sense that evidence gives.

The sense choice lives in :mod:`helpers.geoparse.resolve` (re-exported here); this module turns
its choices into rows, "why" texts and tables.

Speed: see ``benchmarks/bench_geoparse.py`` (the recogniser's pass is most of the cost; the
README's Performance section has the figures). Work that depends only on a name — the gazetteer matches of a run of
capitalised words, the filter rules' answers for a surface form, the facts about each sense, the
"why" texts — is memoised per gazetteer in bounded dicts (~25 MB per process), so a process that
reads many articles does it once per name.

    >>> rows = find_places("Talks in Hanoi, Vietnam, ended.")            # doctest: +SKIP
    >>> rows[["surface", "name", "kind", "country_code"]].values.tolist()  # doctest: +SKIP
    [['Hanoi', 'Hanoi', 'city', 'VN'], ['Vietnam', 'Vietnam', 'country', 'VN']]
"""

from __future__ import annotations

import functools
import re
import warnings
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from helpers.errors import IncompleteResult
from helpers.gazetteer import Gazetteer, GazetteerEntry, load_gazetteer
from helpers.geoparse.containers import settle, stray_place_spans  # noqa: F401 - re-exported
from helpers.geoparse.frames import (  # noqa: F401 - re-exported: the frames' names
    _KIND_FRAME_WORDS,
    _framed_senses,
    framed_text,
)
from helpers.geoparse.resolve import (  # noqa: F401 - re-exported: the resolution's names
    _AROUND,
    _CELL,
    _INFO_MEMO_MAX,
    _NOT_LOCAL,
    _ROW_STEP,
    _X_FAR,
    _X_NEAR,
    ALT_PENALTY,
    COLOC_BONUS,
    COLOC_HITS,
    MAX_CANDIDATES,
    NEAR_BONUS,
    NEAR_KM,
    PAIR_BONUS,
    REGION_BONUS,
    STATE_BONUS,
    SUPPORT_BONUS,
    _bare_sense,
    _beside,
    _cell,
    _container_senses,
    _demonym_senses,
    _holds,
    _Info,
    _near,
    _neighbours,
    _own_senses,
    _pair_fits,
    _paired_best,
    _Resolution,
    _resolve,
    _Round,
    _Scored,
    _Sense,
    _sense_infos,
)
from helpers.geoparse.strays import (  # noqa: F401 - re-exported: the strays' names
    _OWN_PLACE,
    BUILDING_STRAY_POP,
    STRAY_TOWN_POP,
    _building_keys,
    _placed_keys,
    _stray_towns,
    _unknown_area_keys,
)
from helpers.recognise import _analyse
from helpers.recognise.entities import EntityTable, load_entities
from helpers.recognise.places import (
    _forget_older_half,
    _lexicon,
    _memo,
    _Mention,
)

_WHY_MEMO_MAX = 20_000  # "why" texts by (row, alternate name?, evidence)

PLACE_COLUMNS: list[str] = [
    "start",
    "end",
    "surface",
    "place_id",
    "name",
    "kind",
    "country_code",
    "lat",
    "lon",
    "score",
    "why",
]


class GeocodingSkipped(IncompleteResult):
    """A name :func:`find_places` could not geocode because the geocoding service failed
    (stage ``"geocode"``, reason ``"<name>: <why>"``): the pipeline lists it and retries later."""


def _country_name(gaz: Gazetteer, cc: str | None) -> str:
    if not cc:
        return ""
    e = gaz.country(cc)
    return e.name if e is not None else cc


def _evidence_text(gaz: Gazetteer, evidence: tuple[tuple[str, str], ...]) -> str:
    out = []
    for kind, what in evidence:
        if kind == "with":
            out.append(f"written with {what}")
        elif kind == "frame":
            out.append(f"written as {'an' if what[:1].lower() in 'aeiou' else 'a'} {what}")
        elif not what:
            continue  # nothing to name (a region has no country): say nothing rather than half
        elif kind == "country":
            # the support is the article's other places in that country, named or not
            out.append(f"article's other places are in {_country_name(gaz, what)}")
        elif kind == "state":
            out.append(f"article also mentions {what}")
        elif kind == "holds":
            out.append(f"holds {what}, written before it")
        elif kind == "in":
            out.append(f"written as in {what}")
        elif kind == "part":
            out.append(f"written as a part of {what}, which the gazetteer lacks by name")
        elif kind == "short":
            out.append(f"short for {what}, named in full in this article")
        elif kind == "beside":
            out.append(f"another name could be {what}, nearby")
        elif kind == "region":
            out.append(f"article's other places are in {what}")
        elif kind == "list":
            out.append(f"listed with places in {_country_name(gaz, what)}")
        elif kind == "people":
            out.append(f"article names the people of {_country_name(gaz, what)}")
        else:
            out.append(f"near {what}")
    return "; ".join(out)


_AREA_CODE = re.compile(r"[0-9A-Z]{1,3}|[0-9]+")


@functools.lru_cache(maxsize=65536)
def _head(e: GazetteerEntry, country: str, alt: bool) -> str:
    if e.kind == "country":
        head = "country"
    elif e.kind == "landmark":
        # (a landmark standing for a capital has the capital's codes: "Stade de France")
        head = f"landmark in {country}" if country else "landmark"
    elif e.feature_code == "PPLC":
        head = f"capital of {country}"
    elif e.kind == "admin area":
        head = f"{'county' if e.feature_code == 'ADM2' else 'state/province'} in {country}"
    elif e.kind == "demonym":
        # a state's demonym names its country too: "Georgians" of the US state, not the country
        state = e.feature_code == "ADM1" and e.name != country
        head = f"demonym of {e.name}{', ' + country if state else ''}"
    elif e.kind in ("region", "continent"):
        head = e.kind
    else:
        # an area code where the area's name is unknown ("34" in Kenya) says nothing to a reader
        area = e.admin1 if e.admin1 and not _AREA_CODE.fullmatch(e.admin1) else ""
        head = f"town in {area + ', ' if area else ''}{country}"
    parts = [head]
    # (a region's or a landmark's figure is a ranking weight — the oceans' 50,000,000, a canal's
    # country's people — no population a reader should see)
    if e.population and e.kind not in ("region", "landmark"):
        parts.append(f"population {e.population:,}")
    if alt:
        parts.append("alternate name")
    return "; ".join(parts)


def _describe(e: GazetteerEntry, gaz: Gazetteer, evidence: str, alt: bool) -> str:
    head = _head(e, _country_name(gaz, e.country_code), alt)
    return f"{head}; {evidence}" if evidence else head


def find_places_rows(
    text: str,
    *,
    gazetteer: Gazetteer | None = None,
    geocoder: Any | None = None,
    entities: EntityTable | None = None,
    backend: Any = "dateline",
) -> list[tuple[Any, ...]]:
    """:func:`find_places` without the DataFrame: one tuple per mention, in text order.

    Each tuple holds the values of :data:`PLACE_COLUMNS` in that order (``place_id`` and
    ``country_code`` may be None). Building a DataFrame costs about as much as finding the places,
    so a pipeline that gathers many articles should collect rows and call :func:`places_frame`
    once per batch.

        >>> find_places_rows("Talks in Hanoi.")[0][:3]                     # doctest: +SKIP
        (9, 14, 'Hanoi')
    """
    gaz = gazetteer if gazetteer is not None else load_gazetteer()
    if not text:
        return []
    # the recogniser's place spans: names it read as people or organisations are not places
    table = entities if entities is not None else load_entities()
    if backend == "dateline":
        art = _analyse(text, gaz, table)
    else:  # a spaCy pipeline's spans (helpers.recognise.spacy_backend)
        from helpers.recognise.spacy_backend import article

        art = article(text, gaz, table, backend)
    # (recognise() drops the same mentions: see stray_place_spans)
    mentions, resolved, own = settle(art.places, gaz, text)
    rows: list[tuple[Any, ...]] = []
    described: dict[int, str] = {}
    whys = _memo(gaz).whys
    for m in mentions:
        own_res = own.get(m.start) if own else None
        sense, score, evidence = own_res or resolved[m.key]
        e = sense[1]
        why = described.get(m.key) if own_res is None else None
        if why is None:
            # the same place with the same evidence reads the same in every article
            memo_key = (sense[0], sense[2], evidence)
            why = whys.get(memo_key)
            if why is None:
                if len(whys) >= _WHY_MEMO_MAX:
                    _forget_older_half(whys)
                why = whys[memo_key] = _describe(e, gaz, _evidence_text(gaz, evidence), sense[2])
            if own_res is None:
                described[m.key] = why
        rows.append(
            (m.start, m.end, m.surface, e.place_id, e.name, e.kind, e.country_code, e.lat, e.lon,
             round(score, 3), why)
        )  # fmt: skip
    if geocoder is not None:
        from helpers.geocode import resolve_geocoder

        geocoder = resolve_geocoder(geocoder)  # "nominatim" works here as in analyze
        if geocoder is not None:
            rows.extend(_geocode_unknown(text, mentions, geocoder, art.people_orgs))
            rows.sort(key=lambda r: r[0])
    return rows


def find_places(
    text: str,
    *,
    gazetteer: Gazetteer | None = None,
    geocoder: Any | None = None,
    entities: EntityTable | None = None,
    backend: Any = "dateline",
) -> pd.DataFrame:
    """Find the places an article names, with offsets and coordinates.

    Returns one row per mention, in text order, with columns (dtypes):

    ``start``, ``end`` (int64) — character offsets into ``text``, end exclusive;
    ``surface`` (str) — the text as written; ``place_id`` (Int64, nullable) — GeoNames id where
    known; ``name`` (str) — canonical name ("Washington", "North Korea"); ``kind`` (str) —
    country, admin area, city, region, landmark, continent or demonym (missing for a place only
    an online geocoder knew, when it does not say); ``country_code`` (str, ISO 3166-1 alpha-2,
    missing for regions); ``lat``, ``lon`` (float64); ``score`` (float64) — the winning
    candidate's prior plus evidence (higher is surer); ``why`` (str) — a short reason.

    ``gazetteer`` defaults to :func:`helpers.gazetteer.load_gazetteer` (loaded once per process).
    ``geocoder`` (any geopy-style object with ``geocode(name)``) is asked about capitalised names
    written after "in"/"near"/… that the gazetteer lacks; if it fails (no network, quota), those
    names are skipped with a warning and the article keeps its other places.
    ``entities`` (an :class:`helpers.recognise.entities.EntityTable`, default the project's
    ``data/entities.csv``) is the recogniser's table of known people and organisations: a name it
    lists is never a place. ``backend`` (``"dateline"``, ``"spacy"``, ``"spacy:MODEL"`` or a
    spaCy ``Language``) says whose place spans are resolved (see
    :mod:`helpers.recognise.spacy_backend`: the same resolution; a spaCy place the gazetteer
    lacks has no row). :func:`find_places_rows` returns the same rows as tuples, without
    building a DataFrame.

        >>> df = find_places("A close aide arrived in Washington from Hanoi.")  # doctest: +SKIP
        >>> df[["surface", "name", "country_code"]].values.tolist()           # doctest: +SKIP
        [['Washington', 'Washington', 'US'], ['Hanoi', 'Hanoi', 'VN']]
    """
    return places_frame(
        find_places_rows(
            text, gazetteer=gazetteer, geocoder=geocoder, entities=entities, backend=backend
        )
    )


def places_frame(
    rows: Sequence[tuple[Any, ...]], *, article_id: Sequence[str] | None = None
) -> pd.DataFrame:
    """The places table (columns :data:`PLACE_COLUMNS`, dtypes as in :func:`find_places`) from
    rows of :func:`find_places_rows`, optionally with a leading ``article_id`` column (one id per
    row) — for a pipeline that builds one table per batch of articles.

        >>> places_frame([(0, 5, "Hanoi", 1581130, "Hanoi", "city", "VN", 21.0, 105.8, 9.6, "")]
        ...              ).loc[0, "name"]
        'Hanoi'
    """
    cols = list(zip(*rows, strict=True)) if rows else [()] * len(PLACE_COLUMNS)
    arrays: list[Any] = []
    names = list(PLACE_COLUMNS)
    if article_id is not None:
        if len(article_id) != len(rows):
            raise ValueError(f"{len(article_id)} article ids for {len(rows)} rows")
        arrays.append(pd.array(np.asarray(article_id, dtype=object), dtype=_STR))
        names.insert(0, "article_id")
    for name, values in zip(PLACE_COLUMNS, cols, strict=True):
        if name in ("start", "end"):
            arrays.append(np.array(values, dtype=np.int64))
        elif name == "place_id":
            mask = np.array([v is None for v in values], dtype=bool)
            ids = np.array([0 if v is None else v for v in values], dtype=np.int64)
            arrays.append(pd.arrays.IntegerArray(ids, mask))
        elif name in ("lat", "lon", "score"):
            arrays.append(np.array(values, dtype=np.float64))
        else:
            arrays.append(pd.array(np.array(values, dtype=object), dtype=_STR))
    # dict → DataFrame checks and consolidates every column and costs ~0.3 ms per article; the
    # columns are already built with the right dtypes and lengths, so skip that where possible
    try:
        return pd.DataFrame._from_arrays(  # type: ignore[attr-defined]
            arrays, columns=pd.Index(names), index=pd.RangeIndex(len(rows)), verify_integrity=False
        )
    except (AttributeError, TypeError):  # a future pandas without the private constructor
        return pd.DataFrame(dict(zip(names, arrays, strict=True)))


_STR = pd.StringDtype(na_value=np.nan)  # pandas' default "str" dtype

_UNKNOWN_RE = re.compile(
    r"\b(?:in|near|at|from|outside)\s+((?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+){0,3})"
)


def _geocode_unknown(
    text: str, mentions: list[_Mention], geocoder: Any, names: Sequence[Any] = ()
) -> list[tuple[Any, ...]]:
    """Ask a geocoder about capitalised names after a locative word that nothing matched.

    Kind, country and GeoNames id come from the geocoder's answer where it gives them
    (:func:`helpers.geocode.location_to_dict`). A geocoding service error (no network, quota,
    timeout) skips the name with a warning, and after an unavailable or timed-out service the
    article asks no more; programming errors propagate.
    """
    from geopy.exc import GeocoderServiceError, GeocoderTimedOut, GeocoderUnavailable
    from geopy.location import Location

    from helpers.geocode import location_to_dict

    lex = _lexicon()
    # neither a place already found nor a person's or organisation's name ("in Senator X")
    covered = [(m.start, m.end) for m in mentions] + [(n.start, n.end) for n in names]
    rows = []
    asked: dict[str, Any] = {}
    who = type(geocoder).__name__
    for mt in _UNKNOWN_RE.finditer(text):
        s, e = mt.span(1)
        name = mt.group(1)
        if any(a < e and s < b for a, b in covered):
            continue
        if name.lower() in lex.common or name.lower() in lex.calendar:
            continue
        if name not in asked:
            try:
                asked[name] = geocoder.geocode(name)
            except GeocoderServiceError as exc:
                # one IncompleteResult per failed look-up: the pipeline lists it, does not cache
                # the article, and so asks again on the next run
                why = " ".join(f"{who}: {type(exc).__name__}: {exc}".split())
                warnings.warn(GeocodingSkipped("geocode", f"{name}: {why}"), stacklevel=3)
                asked[name] = None
                if isinstance(exc, GeocoderUnavailable | GeocoderTimedOut):
                    break  # the service is down: do not make every name wait for it
        loc = asked[name]
        if loc is None:
            continue
        if isinstance(loc, list | tuple):  # exactly_one=False answers
            if not loc:
                continue
            loc = loc[0]
        if isinstance(loc, Location):
            d = location_to_dict(loc)
        else:  # a duck-typed answer with coordinates only
            d = {"lat": loc.latitude, "lon": loc.longitude, "place_id": None, "kind": None,
                 "country_code": None}  # fmt: skip
        rows.append(
            (s, e, name, d["place_id"], name, d["kind"], d["country_code"], float(d["lat"]),
             float(d["lon"]), 0.0, f"not in the gazetteer; geocoded by {who}")
        )  # fmt: skip
    return rows
