"""Where the text itself says a place lies: "Belgrade in central Minnesota", "Cambridge's
Chesterton", "Santiago de Cuba … Santiago"; and the one sequence that settles an article's places.

Part of stage 3 (geoparse), run after :func:`helpers.geoparse.resolve._resolve` has chosen one
sense per name. The text's own "X in Y" and "Y's X" say where X lies, as a "Town, State" pair
does: at that mention X is its sense inside Y (Y's country or state, or within :data:`CITY_KM` of
Y's town) — and where none of X's senses lies there, X is a local place the gazetteer lacks (a
park, a suburb, a street, a business's name), no mention of a namesake abroad: it is dropped, from
the map and from :func:`helpers.recognise.recognise` alike
(:func:`stray_place_spans`). A town's bare first word is the town the
article names in full with its Romance qualifier (:func:`short_senses`).

Measured with ``benchmarks/geoparse_eval.py`` (2026-12): the rules drop five LGL names: "North
Monticello in Chicago" (a street) and "Pictured Rocks National Lakeshore in Michigan" (no
toponyms in the annotation), "Hampton Park in Charleston" (a park there, which had been put in
Australia), "Cambridge's Chesterton" (a district, which had been put in Indiana) and "Belgrade in
central Minnesota" with its dateline (the annotation's Belgrade, Minnesota is too small for the
gazetteer: it had been Serbia three times). LGL recall .850 → .849, acc@161 .886 → .887, mean
error 378 → 367 km; GeoWebNews unchanged.

    >>> from helpers.geoparse import find_places
    >>> rows = find_places("He spoke at Albert Park in central Suva.")
    >>> list(rows.surface)
    ['Suva']
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Sequence

from helpers.gazetteer import TOWN_KINDS, Gazetteer, GazetteerEntry
from helpers.geoparse.frames import _framed_senses, capital_senses, framed_text
from helpers.geoparse.resolve import (
    _LIST_GAP,
    MAX_CANDIDATES,
    NEAR_KM,
    _container_senses,
    _firm_base_keys,
    _Resolution,
    _resolve,
)
from helpers.geoparse.strays import (
    STRAY_TOWN_POP,
    _building_keys,
    _placed_keys,
    _stray_towns,
    _unknown_area_keys,
)
from helpers.recognise.places import _COMMA_NEXT, _DATELINE, _STRICT_CONTEXT, _Mention

__all__ = [
    "CITY_KM",
    "compass_pairs",
    "demonym_senses",
    "in_pairs",
    "in_senses",
    "local_abroad",
    "settle",
    "short_senses",
    "stray_place_spans",
]

# between a town and the place it lies in: " in ", maybe a compass or a part of town, maybe a
# building's noun before it
_IN_PLACE = re.compile(
    # (a building named after the town or person before it lies in the place too: "Notre-Dame
    # Cathedral in Paris" was Notre Dame, Indiana; "LaGuardia Airport in New York", Spain's)
    r"(?: (?:International )?(?:Airport|Cathedral|Basilica|Church|Mosque|Temple|Abbey|Palace"
    r"|Castle|Stadium|Arena|Museum|Hospital|University|Station)"
    # (and a part of a town's noun: "the Karari district in northern Omdurman" was Karari, India)
    r"| (?:district|neighbou?rhood|suburb|quarter|township)"
    # (and an apposition that says what the town is: "Washington, a city in southern Utah" was
    # the US capital; "Kasba Bonli, a market town in Rajasthan")
    r"|, an? (?:[a-z-]+ ){0,3}(?:city|town|village|hamlet|suburb|community|municipality"
    r"|settlement|port|county|district|province)(?: of [\d,.]+ (?:people|residents))?)?"
    r" in (?:(?:(?:north|south)(?:-?east|-?west)?(?:ern)?|(?:east|west)(?:ern)?|central|downtown"
    r"|rural|suburban|outer|inner|greater|the centre of|the center of"
    # (and today's name of an ancient city's land: "the ancient city of Antioch in present-day
    # Turkey" was Antioch, California)
    r"|present-day|modern-day|today's|what is now) )?"
    # (and an area's noun: "the village of Bondo in the canton of Graubünden" was Bondo, Kenya)
    r"(?:the (?:canton|province|state|region|district|county|prefecture|department"
    r"|governorate|oblast) of )?"
)
# a town "in" a town lies within this distance of it (suburbs, parks, districts)
CITY_KM = 60.0
# a city this big written "in" a place it lies outside is no stray namesake ("Washington in
# Gyeongju": the US government's envoy there)
_BIG_CITY_POP = 500_000


def settle(
    mentions: Sequence[_Mention], gaz: Gazetteer, text: str, *, again: bool = True
) -> tuple[list[_Mention], dict[int, _Resolution], dict[int, _Resolution]]:
    """An article's place mentions resolved: those kept (no stray alternate names, no town
    written "in" a place it lies outside), each name's sense, and the mentions' own senses
    where their context overrides their name's (by start offset). One sequence for the map
    (:func:`helpers.geoparse.find_places_rows`) and for the recogniser's spans
    (:func:`stray_place_spans`), so both keep the same places.

        >>> from helpers.gazetteer import load_gazetteer
        >>> settle([], load_gazetteer(), "")
        ([], {}, {})
    """
    kept = list(mentions)
    if not kept:
        return kept, {}, {}
    bases = _firm_base_keys(kept, text)
    resolved, own = _resolve(kept, gaz, text, bases)
    stray = _stray_towns(
        resolved,
        # (a firm's base is a town's own context: "the New York-based fund manager", the city)
        _placed_keys(kept) | bases,
        _building_keys(kept, text),
        _unknown_area_keys(kept, text),
        bases,
    )
    if stray:
        kept = [m for m in kept if m.key not in stray or m.start in own]
    if any(m.context & _COMMA_NEXT for m in kept):
        own = _container_senses(kept, text, gaz, resolved, own)
    if framed_text(text):
        own = _framed_senses(kept, text, resolved, own)
    if " capital" in text:
        own = capital_senses(kept, text, resolved, own)
    if len(kept) > 1:
        own = short_senses(kept, resolved, own)
        own, dropped = in_senses(kept, text, resolved, own)
        own, dropped_too = demonym_senses(kept, text, resolved, own)
        dropped |= dropped_too
        dropped |= local_abroad(kept, text, resolved, own)
        dropped |= listed_abroad(kept, text, resolved, own)
        dropped |= lone_abroad(kept, resolved, own)
        if dropped:
            # the name's other bare mentions are that local place too (one sense per name),
            # unless their own context reads them otherwise
            kept = [m for m in kept if m.key not in dropped or m.start in own]
            if again:
                # and the names kept are read again without it: a dropped town gave them
                # support and a "near" in their why (Mexico City "near Emiliano Zapata", the
                # neighbourhood of Acapulco read as the town in Morelos)
                return settle(kept, gaz, text, again=False)
    return kept, resolved, own


# the last word of a feature's or a region's two-word name whose first word news writes alone
# for it ("the Noto Peninsula … the Noto coastline"), and the population from which a town of
# that first word keeps it ("Vancouver Island … Vancouver", "the Gaza Strip … Gaza City")
_FEATURE_TAILS = frozenset({"Peninsula", "Strip", "Valley", "Island", "Islands"})
_FEATURE_OVER_TOWN_POP = 100_000
# the Romance qualifier after a town's first word: "Santiago de Cuba", "Santiago del Estero"; and
# the river's or the sea's before a hyphened one's last: "Rostov-on-Don", "Boulogne-sur-Mer"
_QUALIFIERS = frozenset(
    {"de", "del", "da", "do", "dos", "das", "di", "on", "upon", "sur", "am", "an", "en"}
)


def short_senses(
    mentions: Sequence[_Mention],
    resolved: dict[int, _Resolution],
    own: dict[int, _Resolution],
) -> dict[int, _Resolution]:
    """``own`` with each bare first word of a town the article names in full with its Romance
    qualifier read as that town: "Santiago de Cuba … Santiago" in a Cuban story was the Chilean
    capital, "Rostov-on-Don … Wagner leaves Rostov" the province. (A town's everyday short name where the gazetteer has it, "Frankfurt" for
    Frankfurt am Main, needs no help.)

        >>> short_senses([], {}, {})
        {}
    """
    full: dict[str, _Resolution] = {}
    features: dict[str, _Resolution] = {}
    for m in mentions:
        words = m.surface.split(" ")
        if len(words) == 1 and "-" in m.surface:
            words = m.surface.split("-")  # "Rostov-on-Don … Wagner leaves Rostov"
        if len(words) == 2 and words[1] in _FEATURE_TAILS:
            sense = (own.get(m.start) or resolved[m.key])[0]
            if sense[1].kind not in TOWN_KINDS:
                features.setdefault(words[0], (sense, sense[3], (("short", m.surface),)))
        elif len(words) >= 3 and words[1] in _QUALIFIERS:
            sense = (own.get(m.start) or resolved[m.key])[0]
            if sense[1].kind != "city":
                # the town rather than its province ("Santiago de Cuba" names both)
                cc = sense[1].country_code
                sense = next(
                    (s for s in m.senses if s[1].kind == "city" and s[1].country_code == cc),
                    sense,
                )
            if sense[1].kind in TOWN_KINDS:
                full.setdefault(words[0], (sense, sense[3], (("short", m.surface),)))
    if not full and not features:
        return own
    out = dict(own)
    for m in mentions:
        res = full.get(m.surface)
        if (
            res is None
            and m.surface in features
            and (town := resolved[m.key][0][1]).kind == "city"
            and town.population < _FEATURE_OVER_TOWN_POP
        ):
            # a bare feature's first word that reads as a small town is the feature the article
            # names in full: "the Noto Peninsula … the Noto region" was Noto town (Ushitsu);
            # a city keeps its name ("Vancouver Island … Vancouver")
            res = features[m.surface]
        if res is not None and m.start not in out and resolved[m.key][0][1] is not res[0][1]:
            out[m.start] = res
    return out


def in_pairs(mentions: Sequence[_Mention], text: str) -> list[tuple[int, int]]:
    """The indices ``(x, y)`` of consecutive mentions written "X in Y" or "Y's X" (a town's
    possessive before a place: "Cambridge's Chesterton", "Tokyo's Shibuya").

    >>> in_pairs([], "")
    []
    """
    out = []
    for i in range(len(mentions) - 1):
        gap = text[mentions[i].end : mentions[i + 1].start]
        if gap in _POSSESSIVE_GAPS:
            out.append((i + 1, i))
        elif _IN_PLACE.fullmatch(gap):
            out.append((i, i + 1))
    return out


_POSSESSIVE_GAPS = frozenset({"'s ", "’s "})


def part_pairs(mentions: Sequence[_Mention], text: str) -> list[tuple[int, int]]:
    """The indices ``(i, i + 1)`` of consecutive mentions written "the X district of Y" — a part
    of a town, written either way round: "the Brussels district of Haren", "the Kreuzberg
    district of Berlin" (:func:`in_senses` takes the larger place for the town).

    >>> part_pairs([], "")
    []
    """
    return [
        (i, i + 1)
        for i in range(len(mentions) - 1)
        if _PART_OF.fullmatch(text, mentions[i].end, mentions[i + 1].start)
    ]


_PART_OF = re.compile(r" (?:district|suburb|neighbou?rhood|borough|quarter) of ")
# ... and a part's noun after a town's possessive and the part's name: "Abidjan's Plateau
# business district", "Tokyo's Shibuya neighbourhood"
_PART_AFTER = re.compile(
    r" (?:(?:business|financial|commercial|residential|central|old|historic) )?"
    r"(?:district|suburb|neighbou?rhood|borough|quarter|township)\b"
)


# a town's old centre, named bare after "the": it lies in the town named right after it ("of
# Dubrovnik") or, else, in the one the story names last before it
_OLD_PARTS = frozenset({"Old City", "Old Town", "Old Quarter", "Medina"})


def old_town_pairs(
    mentions: Sequence[_Mention],
    text: str,
    resolved: dict[int, _Resolution],
    own: dict[int, _Resolution],
) -> set[tuple[int, int]]:
    """The indices ``(i, j)`` of "the Old City" (or "the Old Town", "the Medina") and the town
    named right after it ("of Dubrovnik"), or else last before it: a part of that town
    (:func:`in_senses`), not the gazetteer's one "Old City" (in the West Bank) or "Old Town" (in
    Maine) — "In Mosul … voters lined up outside schools in the Old City" put Mosul's old city in
    the United States.

    >>> old_town_pairs([], "", {}, {})
    set()
    """
    out: set[tuple[int, int]] = set()
    for i, x in enumerate(mentions):
        if x.surface not in _OLD_PARTS or not text.endswith("the ", 0, x.start):
            continue
        if (
            i + 1 < len(mentions)
            and mentions[i + 1].start == x.end + 4
            and text.startswith(" of ", x.end)
        ):
            out.add((i, i + 1))  # "the Old City of Dubrovnik"
            continue
        for j in range(i - 1, -1, -1):
            y = mentions[j]
            if (own.get(y.start) or resolved[y.key])[0][1].kind == "city":
                out.add((i, j))
                break
    return out


def compass_pairs(mentions: Sequence[_Mention], text: str) -> list[tuple[int, int]]:
    """The indices ``(i, i + 1)`` of consecutive mentions written "X north of Y", maybe with a
    distance ("Kavalappara, 40 km north of Nilambur", "his seat of Rankin south of Brisbane"):
    X lies near Y, so a small town abroad with no namesake in Y's country is a local place the
    gazetteer lacks (:func:`in_senses` drops it).

    >>> compass_pairs([], "")
    []
    """
    return [
        (i, i + 1)
        for i in range(len(mentions) - 1)
        if _COMPASS_OF.fullmatch(text, mentions[i].end, mentions[i + 1].start)
    ]


_COMPASS_OF = re.compile(
    r",? (?:(?:about |some |around |roughly |nearly |just |only )?\d[\d,.]* ?"
    r"(?:km|kilometres|kilometers|miles|mi)(?: \([^)]{1,20}\))? )?"
    r"(?:(?:north|south)(?:-?(?:east|west))?|east|west) of (?:the (?:city|town|capital) of )?"
)


# geopy.distance.EARTH_RADIUS: the mean great-circle radius, in km
_EARTH_RADIUS_KM = 6371.009


def _km(a: GazetteerEntry, b: GazetteerEntry) -> float:
    """``geopy.distance.great_circle((a.lat, a.lon), (b.lat, b.lon)).km``: geopy 2's arithmetic,
    step for step, so the same float (tests/test_geoparse.py compares them). Not imported: the
    import of geopy.distance runs geopy's package, every geocoder module with it (~50 ms before
    a pool's workers fork, and in every process that finds places), which the offline pipeline
    never uses. (The gazetteer's coordinates are finite and in range: geopy's checks and its
    longitude wrap never apply.)"""
    lat1, lng1 = math.radians(float(a.lat)), math.radians(float(a.lon))
    lat2, lng2 = math.radians(float(b.lat)), math.radians(float(b.lon))
    sin_lat1, cos_lat1 = math.sin(lat1), math.cos(lat1)
    sin_lat2, cos_lat2 = math.sin(lat2), math.cos(lat2)
    delta_lng = lng2 - lng1
    cos_delta_lng, sin_delta_lng = math.cos(delta_lng), math.sin(delta_lng)
    d = math.atan2(
        math.sqrt(
            (cos_lat2 * sin_delta_lng) ** 2
            + (cos_lat1 * sin_lat2 - sin_lat1 * cos_lat2 * cos_delta_lng) ** 2
        ),
        sin_lat1 * sin_lat2 + cos_lat1 * cos_lat2 * cos_delta_lng,
    )
    return _EARTH_RADIUS_KM * d


def _inside(town: GazetteerEntry, area: GazetteerEntry) -> bool | None:
    """Whether ``town`` lies in ``area``; None where the area's kind says nothing (a region)."""
    if area.kind == "country":
        return town.country_code == area.country_code
    if area.kind == "admin area":
        if area.feature_code == "ADM1":
            return town.country_code == area.country_code and town.admin1 == area.admin1
        return town.country_code == area.country_code and _km(town, area) <= 2 * CITY_KM
    if area.kind == "city":
        return _km(town, area) <= CITY_KM
    return None


# the words before a town that make it a meeting's or a story's topic ("talks on Gaza in Cairo")
_TOPIC_BEFORE = (" on ", " about ", " over ")


def in_senses(
    mentions: Sequence[_Mention],
    text: str,
    resolved: dict[int, _Resolution],
    own: dict[int, _Resolution],
) -> tuple[dict[int, _Resolution], set[int]]:
    """``own`` with each town written "in" a place read as its sense inside that place, and the
    name keys of the towns none of whose senses lies there (dropped). A town written in a wire's
    dateline keeps its reading; a country, state or region before "in" is left alone ("Florida
    in English")."""
    out = dict(own)
    dropped: set[int] = set()
    pairs = in_pairs(mentions, text)
    either_way = set(part_pairs(mentions, text))
    old = old_town_pairs(mentions, text, resolved, own)
    for i, j in itertools.chain(pairs, either_way, old):
        x, y = mentions[i], mentions[j]
        if x.context & _DATELINE:
            continue
        town = (out.get(x.start) or resolved[x.key])[0][1]
        area = (out.get(y.start) or resolved[y.key])[0][1]
        if (i, j) in either_way and town.population > area.population:
            # the town is the larger: "the Brussels district of Haren" (Haren, Lower Saxony)
            x, y, town, area = y, x, area, town
        if town.kind == "landmark" and area.kind == "city" and _km(town, area) > CITY_KM:
            # a town's possessive before a landmark is the landmark's town ("Amsterdam's
            # Schiphol" was Amsterdam, New York in a story whose other places are American), and
            # so is the town a landmark stands "in" ("the Stade de France in Saint-Denis" was
            # Réunion's capital)
            near = next(
                (s for s in y.senses if s[1].kind == "city" and _km(s[1], town) <= CITY_KM), None
            )
            if near is not None:
                out[y.start] = (near, near[3], (("holds", x.surface),))
            continue
        # what may lie "in" a place: towns, and states, counties and districts ("Rincon in
        # Argentina" was a Puerto Rican municipality; "Punjab in India")
        if town.kind not in TOWN_KINDS or area is town:
            continue
        if text.endswith(_TOPIC_BEFORE, 0, x.start) and text[x.end : y.start] == " in ":
            continue  # a meeting's topic, not where it lies: "the summit on Gaza in Sharm
            # el-Sheikh" took every Gaza of the story off the map
        if j < i and area.kind not in TOWN_KINDS:
            continue  # a country's possessive holds its own ("China's Hong Kong"); a state's
            # holds its towns ("Florida's Big Bend" was Big Bend, Wisconsin)
        # a part of a town, as the frame says: "the Plateau district of Abidjan", "Abidjan's
        # Plateau business district"
        part = (
            (i, j) in either_way
            or (j < i and area.kind == "city" and _PART_AFTER.match(text, x.end) is not None)
            or (i, j) in old
        )
        if town.feature_code == "ADM1" and area.kind != "country" and not part:
            continue  # a state lies in no town nor state ("BC in Nelson", "DC in Virginia")
        fits = _inside(town, area)
        if fits is None or fits:
            continue
        sense = next((s for s in x.senses if s[1].kind in TOWN_KINDS and _inside(s[1], area)), None)
        if sense is None and part and town.country_code != area.country_code:
            # a part of a town the gazetteer lacks, read as a namesake abroad ("Abidjan's
            # Plateau business district" was Nigeria's Plateau state): the town stands for it
            held = (out.get(y.start) or resolved[y.key])[0]
            out[x.start] = (held, held[3], (("part", y.surface),))
            continue
        if sense is None:
            if (i, j) in either_way and town.country_code == area.country_code:
                # the gazetteer holds no parts of towns: the nearest namesake in the country
                # stands for it ("the Crown Heights neighborhood of Brooklyn")
                continue
            if town.population >= _BIG_CITY_POP and text[x.end : y.start] == " in ":
                # a big city is no stray town: its people or its government are in the place
                # ("leaving Bessent to represent Washington in Gyeongju" took every Washington
                # of the story off the map)
                continue
            dropped.add(x.key)
            out.pop(x.start, None)
        else:
            out[x.start] = (sense, sense[3], (("in", y.surface),))
    for i, j in compass_pairs(mentions, text) if " of " in text else ():
        x, y = mentions[i], mentions[j]
        town = (out.get(x.start) or resolved[x.key])[0][1]
        area = (out.get(y.start) or resolved[y.key])[0][1]
        if (
            x.key in dropped
            or x.context & _DATELINE
            or town.kind not in TOWN_KINDS
            or area.country_code is None
            or town.country_code == area.country_code
        ):
            continue
        # a town "north of" a place lies in that place's country: a small town abroad whose name
        # has no sense there is a local place the gazetteer lacks ("Rankin south of Brisbane",
        # an electorate, was Rankin, Pennsylvania); a big one is a town across a border
        # ("Tijuana, south of San Diego"), and a namesake there is the resolver's to weigh
        if town.population < LISTED_STRAY_POP and not any(
            s[1].country_code == area.country_code for s in x.senses[:MAX_CANDIDATES]
        ):
            dropped.add(x.key)
            out.pop(x.start, None)
    return out, dropped


# between a demonym and a town it names the country of: "the northern Mozambican town of Palma",
# "the Ukrainian port of Odesa", "a Kyrgyz village of Kara-Bulak"
_DEMONYM_FRAME = re.compile(
    r" (?:(?:border|port|market|mining|coastal|fishing|garrison|frontline|front-line) )?"
    r"(?:town|city|village|port|district|province|region|state|island|capital|municipality"
    r"|commune|county|settlement|enclave|hamlet) of "
)


def demonym_senses(
    mentions: Sequence[_Mention],
    text: str,
    resolved: dict[int, _Resolution],
    own: dict[int, _Resolution],
) -> tuple[dict[int, _Resolution], set[int]]:
    """``own`` with each town a demonym names the country of ("the Mozambican town of Palma")
    read as its sense in that country, and the name keys of the towns with no sense there: a
    town the gazetteer lacks (Mozambique's Palma), no namesake abroad (Palma de Mallorca).

        >>> demonym_senses([], "", {}, {})
        ({}, set())
    """
    out, dropped = own, set()
    for d, x in itertools.pairwise(mentions):
        if not _DEMONYM_FRAME.fullmatch(text, d.end, x.start) or x.context & _DATELINE:
            continue
        demonym = (own.get(d.start) or resolved[d.key])[0][1]
        cc = demonym.country_code
        if demonym.kind != "demonym" or cc is None:
            continue
        town = (out.get(x.start) or resolved[x.key])[0][1]
        if town.country_code == cc or town.kind not in TOWN_KINDS or town.feature_code == "ADM1":
            continue  # (a country or a state keeps its name: "the Indonesian province of East
            # Timor", as it was)
        sense = next((s for s in x.senses if s[1].country_code == cc), None)
        if out is own:
            out = dict(own)
        if sense is None:
            dropped.add(x.key)
            out.pop(x.start, None)
        else:
            out[x.start] = (sense, sense[3], (("in", d.surface),))
    return out, dropped


# lower-case nouns after a name that make it a part of a town, an island or a work ("the Gerona
# neighborhood", "the Balboa district of Panama City", "Mango island", "the Agua Clara locks",
# "the offshore Stabroek block" of Guyana's oil: Stabroek, Belgium)
# (not "the Doda district" alone: a district is often named after its seat, a town of a
# neighbouring country in a border story)
_LOCAL_NOUN = re.compile(
    r" (?:neighbou?rhoods?|quarter|suburb|island|islands|atoll|district of|locks|reservoir|dam"
    r"|block|oilfield|(?:oil |gas )?field|National (?:Park|Forest)"
    # (a mountain pass: "the San Bernardino pass" of a Swiss story was the Californian city)
    r"|pass)\b"
)
# ... or a hamlet or a village introduced as one ("the hamlet of Fontana in the Val Bavona" was
# Fontana, California)
_LOCAL_BEFORE = re.compile(r"\b(?:hamlet|village) of \Z")
VILLAGE_MAX_POP = 100_000  # (no village is this big: its namesake city is not it)
_LOCAL_NAMED = re.compile(r"\b(?:hamlet|village) of [A-Z]")  # (anywhere: the spans' gate)


def _names_a_village(text: str) -> bool:
    """Whether ``text`` introduces a hamlet or a village by name anywhere (``_LOCAL_NAMED``):
    the substring test first, which every match holds and most articles fail, ~10x cheaper
    than the pattern's scan of the whole text (a ``\b`` before an alternation has no literal
    prefix for the regex engine to skip to)."""
    return ("hamlet of " in text or "village of " in text) and _LOCAL_NAMED.search(text) is not None


# the article's country: the one holding at least this share of its place mentions, and this
# many times the next country's (a Tongan story names New Zealand, Australia, Fiji, Peru …)
MAIN_COUNTRY_SHARE = 0.25
MAIN_COUNTRY_LEAD = 2.0


def _countries(
    mentions: Sequence[_Mention], resolved: dict[int, _Resolution], own: dict[int, _Resolution]
) -> Counter[str | None]:
    """The article's place mentions by the country of the sense each was resolved to."""
    return Counter((own.get(m.start) or resolved[m.key])[0][1].country_code for m in mentions)


def _main_country(countries: Counter[str | None], n_mentions: int) -> str | None:
    """The country most of the article's place mentions lie in (MAIN_COUNTRY_SHARE of them,
    MAIN_COUNTRY_LEAD times the next country's), or None."""
    ranked = countries.most_common(2)
    main, n = ranked[0]
    if (
        main is None
        or n < MAIN_COUNTRY_SHARE * n_mentions
        or (len(ranked) > 1 and n < MAIN_COUNTRY_LEAD * ranked[1][1])
    ):
        return None
    return main


def listed_abroad(
    mentions: Sequence[_Mention],
    text: str,
    resolved: dict[int, _Resolution],
    own: dict[int, _Resolution],
) -> set[int]:
    """The name keys of small towns abroad written in a list with towns of the country most of
    the article's places lie in and nothing else ("farmers in Junction, Santa Cruz and
    Southfield" of a Jamaican story: Junction, Texas; "Mandeville, Christiana and Spur Tree":
    Christiana, Pennsylvania), whose name has no sense in that country: a local place the
    gazetteer lacks."""
    runs: list[list[_Mention]] = []
    for a, b in itertools.pairwise(mentions):
        if _LIST_GAP.fullmatch(text, a.end, b.start) is None:
            continue
        if runs and runs[-1][-1] is a:
            runs[-1].append(b)
        else:
            runs.append([a, b])
    if not runs:
        return set()
    # (the country most of the article's places lie in, by a plurality: the list's own towns say
    # the rest)
    ranked = _countries(mentions, resolved, own).most_common(2)
    main = ranked[0][0] if len(ranked) == 1 or ranked[0][1] > ranked[1][1] else None
    if main is None:
        return set()
    out: set[int] = set()
    for run in runs:
        senses = [(own.get(m.start) or resolved[m.key])[0][1] for m in run]
        abroad = [x for x, e in enumerate(senses) if e.country_code != main]
        if len(abroad) != 1:
            continue
        m, e = run[abroad[0]], senses[abroad[0]]
        if (
            e.kind == "city"
            and e.population < LISTED_STRAY_POP
            and m.start not in own
            and not any(s[1].country_code == main for s in m.senses[:MAX_CANDIDATES])
        ):
            out.add(m.key)
    return out


# a town abroad under this size, listed with the article's own country's towns only, is a local
# place the gazetteer lacks (see listed_abroad)
LISTED_STRAY_POP = 20_000


def lone_abroad(
    mentions: Sequence[_Mention],
    resolved: dict[int, _Resolution],
    own: dict[int, _Resolution],
) -> set[int]:
    """The name keys of small towns abroad (under :data:`LISTED_STRAY_POP`, or an alternate name
    under :data:`LONE_ALT_POP`) that an article of one country names bare, never beside a comma,
    after "in" or in a dateline, in a country the article names no other way (no country, state,
    people or town of :data:`LONE_ANCHOR_POP`), and whose name has no sense in the article's
    country: a local place the
    gazetteer lacks ("the Kenwick roundabout" of a Lincolnshire story was Kenwick, Western
    Australia; "the council's offices at The Hub" Hattiesburg, Mississippi, whose other name it
    is). The article's country holds at least :data:`LONE_MAIN_SHARE` of its place mentions and
    :data:`LONE_MAIN_MIN` of them."""
    countries = _countries(mentions, resolved, own)
    main, n_main = countries.most_common(1)[0]
    if main is None or n_main < LONE_MAIN_MIN or n_main < LONE_MAIN_SHARE * len(mentions):
        return set()
    placed = {m.key for m in mentions if m.context & _STRICT_CONTEXT or m.start in own}
    # (a country the article names, by its name, a state, a people or a big town, holds its small
    # towns: "Zandvoort" beside "the Dutch", "Erenhot" in a story that names China)
    anchored = set()
    for m in mentions:
        e = (own.get(m.start) or resolved[m.key])[0][1]
        if e.kind != "city" or e.population >= LONE_ANCHOR_POP:
            anchored.add(e.country_code)
    out: set[int] = set()
    for m in mentions:
        if m.key in placed or m.key in out:
            continue
        sense = resolved[m.key][0]
        e, alt = sense[1], sense[2]
        if (
            e.kind == "city"
            and e.country_code not in anchored
            and (e.population < LISTED_STRAY_POP or (alt and e.population < LONE_ALT_POP))
            and not any(s[1].country_code == main for s in m.senses[:MAX_CANDIDATES])
        ):
            out.add(m.key)
    return out


# an article of one country: the share and number of its place mentions that country holds
LONE_MAIN_SHARE = 0.5
LONE_MAIN_MIN = 5
# a town's alternate name abroad under this size is read as a local place too (see lone_abroad)
LONE_ALT_POP = 50_000
# a town of this size or more names its country for the article (see lone_abroad)
LONE_ANCHOR_POP = 100_000


def local_abroad(
    mentions: Sequence[_Mention],
    text: str,
    resolved: dict[int, _Resolution],
    own: dict[int, _Resolution],
) -> set[int]:
    """The name keys of towns the text calls a neighbourhood, a district or an island ("the
    Gerona neighborhood", "Mango island") whose sense lies outside the country most of the
    article's places lie in (or, where no country holds most, in a country no other place of the
    article lies in): a part of a town or an island the gazetteer lacks, which a namesake
    town abroad (the Philippines' Gerona in a Guatemalan story, India's Mango in a Tongan one)
    does not stand for."""

    def sense(m: _Mention) -> GazetteerEntry:
        return (own.get(m.start) or resolved[m.key])[0][1]

    # (a hamlet or a village only where its sense is a city no village is: the gazetteer has many
    # villages abroad, "the small village of Flumeri in southern Italy")
    villages = _names_a_village(text)
    framed = [
        m
        for m in mentions
        if _LOCAL_NOUN.match(text, m.end)
        or (
            villages
            and _LOCAL_BEFORE.search(text, max(0, m.start - 11), m.start) is not None
            and sense(m).population >= VILLAGE_MAX_POP
        )
    ]
    airports = (
        [m for m in mentions if _AIRPORT_AFTER.match(text, m.end)] if "Airport" in text else []
    )
    if not framed and not airports:
        return set()
    countries = _countries(mentions, resolved, own)
    main = _main_country(countries, len(mentions))
    if main is None and framed:
        # (the story's country read without the framed names, which are in question: "the hamlet
        # of Fontana … between Fontana and Cevio … the San Bernardino pass" made the US a second
        # country of a Swiss story)
        framed_keys = {m.key for m in framed}
        rest = [m for m in mentions if m.key not in framed_keys]
        if rest:
            main = _main_country(_countries(rest, resolved, own), len(rest))
    # (without a main country, a town alone in its country among the article's places: "the
    # offshore Stabroek block" of a story about Venezuela and Guyana was Stabroek, Belgium)
    lone = countries if main is None else None
    out: set[int] = set()
    places: list[GazetteerEntry] = []  # the article's places, most named first (read once)

    def article_places() -> list[GazetteerEntry]:
        if not places:
            places.extend(e for e, _ in Counter(map(sense, mentions)).most_common())
        return places

    for m in framed:
        e = sense(m)
        if e.kind != "city":
            continue
        if lone is not None:
            if lone[e.country_code] == sum(x.key == m.key for x in mentions):
                out.add(m.key)
        elif e.country_code != main:
            out.add(m.key)
        elif _TOWN_PART.match(text, m.end):
            # a neighbourhood of the story's town is no town far from it ("the Renacimiento and
            # Emiliano Zapata neighborhoods" of Acapulco were Emiliano Zapata, Morelos)
            home = next(
                (
                    t
                    for t in article_places()
                    if t.kind == "city" and t.country_code == main and t is not e
                ),
                None,
            )
            if home is not None and _km(e, home) > NEAR_KM:
                out.add(m.key)
    for m in airports:
        # a hamlet's name before an airport, far from every other town and area the story
        # names in its country, names the airport after someone, not the hamlet ("Salgado Filho
        # International Airport" of a Porto Alegre story was Salgado Filho, a Paraná town 400 km
        # away; "Tokyo's Haneda Airport" in a Noto story stays Haneda)
        e = sense(m)
        if e.kind != "city" or e.population >= AIRPORT_TOWN_POP:
            continue
        others = [
            t
            for t in article_places()
            if t is not e and t.country_code == e.country_code and t.kind not in _NO_POINT_KINDS
        ]
        if others and all(_km(e, t) > NEAR_KM for t in others):
            out.add(m.key)
    return out


# an airport's name after a place's ("Salgado Filho International Airport"), and the size under
# which a town far from the story's town does not name it (see local_abroad)
_AIRPORT_AFTER = re.compile(r" (?:International )?Airport\b")
AIRPORT_TOWN_POP = 20_000
_NO_POINT_KINDS = frozenset({"country", "demonym", "region"})
# a part of a town, not an island: its namesake town in the story's country must lie near one of
# the article's towns (resolve's NEAR_KM: "the Crown Heights neighborhood of Brooklyn" keeps
# the hamlet of Crown Heights, New York, 110 km up the Hudson: the gazetteer holds no parts of
# towns, and the hamlet is the nearest it has)
# (and a national park the gazetteer lacks, named after a far namesake: "Lamington National Park"
# of a Gold Coast story was Lamington, Western Australia)
_TOWN_PART = re.compile(r" (?:neighbou?rhoods?|quarter|suburb|National (?:Park|Forest))\b")


def stray_place_spans(
    mentions: Sequence[_Mention], gaz: Gazetteer, text: str
) -> set[tuple[int, int]]:
    """The (start, end) of the place candidates :func:`settle` drops (stray alternate names,
    towns written "in" a place they lie outside), so that :func:`helpers.recognise.recognise`
    gives exactly the places the map shows. Resolves the article only when one of its names
    has a town among its senses under an alternate name, or it writes "X in Y", "Y's X" or "X
    north of Y".

        >>> stray_place_spans([], load_gazetteer(), "")  # doctest: +SKIP
        set()
    """
    if (
        len({m.key for m in mentions}) < 3
        or not any(
            (alt or e.population < STRAY_TOWN_POP) and e.kind == "city"
            for m in mentions
            for _, e, alt, _ in m.senses[:MAX_CANDIDATES]
        )
    ) and not (
        in_pairs(mentions, text)
        or compass_pairs(mentions, text)
        or _LOCAL_NOUN.search(text)
        or _names_a_village(text)
        or _AIRPORT_AFTER.search(text)
    ):
        return set()
    kept = {m.start for m in settle(mentions, gaz, text)[0]}
    return {(m.start, m.end) for m in mentions if m.start not in kept}
