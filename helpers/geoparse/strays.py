"""Strays: the place names of an article that read as a town abroad but name something else.

Part of :mod:`helpers.geoparse` (which re-exports every name here), asked by
:func:`helpers.geoparse.containers.settle` once the names' senses are chosen
(:mod:`helpers.geoparse.resolve`): a foreign town only an alternate name supports, or a village
alone in its country ("Holyrood" in a Scottish story), or a name that only ever comes before a
church's noun ("Notre-Dame Cathedral") or an area's the gazetteer lacks ("Koshi Province"), is a
local place or a word the gazetteer lacks far more often than a town named without its country.

    >>> _stray_towns({})
    set()
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from helpers.geoparse.resolve import _Resolution
from helpers.recognise.places import _COMMA_NEXT, _COMMA_PREV, _DATELINE, _Mention, _small_area


def _stray_towns(
    resolved: dict[int, _Resolution],
    placed: set[int] | frozenset[int] = frozenset(),
    before_buildings: set[int] | frozenset[int] = frozenset(),
    unknown_areas: set[int] | frozenset[int] = frozenset(),
    firm_bases: set[int] | frozenset[int] = frozenset(),
) -> set[int]:
    """Name keys read as a town in a country where none of the article's other places lies, when
    it names at least two others, and the town is read only through an alternate name ("Kurla" as
    Korla, China, in a Mumbai story, "Adena" as Aden, "Judah" as Jeddah) or is a village or small
    town (under STRAY_TOWN_POP) that no mention writes with a place's own context (``placed``:
    a dateline, "City, State"): "Holyrood" (Newfoundland) in a Scottish story, "Chila" (Mexico)
    in a Peruvian one, "Titan" (Afghanistan) in Texas. Such a name is a local place or word the
    gazetteer lacks far more often than a foreign village named without its country. A name
    that only ever comes before a place of worship's noun (``before_buildings``) is so suspect up
    to BUILDING_STRAY_POP: "Notre-Dame Cathedral" in a Paris story is no town in Indiana; one
    only ever written as an area the gazetteer lacks (``unknown_areas``), at any size. A name
    only ever written as a firm's base (``firm_bases``: "the New York-based fund manager", read
    as the city through its alternate name) is a town, as one ``placed`` is.

    Measured with ``benchmarks/geoparse_eval.py`` (2026-12): the rule drops 18 LGL and 7
    GeoWebNews mentions, about one right in each (GWN's "Clacton" for Clacton-on-Sea); precision
    .804 → .807 and .872 → .874, recall and acc@161 unchanged. With fewer than two other places
    the article's countries say little, and such names were right more often (kept).

        >>> _stray_towns({})
        set()
    """
    if len(resolved) < 3:
        return set()
    # the suspects, and the countries of the article's other places (suspects in one foreign
    # country do not vouch for each other: "Chila" and "Pueblo" both in Mexico, in Peru)
    suspects = {
        k
        for k, (sense, _, _) in resolved.items()
        if (
            (
                (sense[2] and k not in firm_bases)
                or (sense[1].population < STRAY_TOWN_POP and k not in placed)
                or (sense[1].population < BUILDING_STRAY_POP and k in before_buildings)
                or k in unknown_areas
            )
            and sense[1].kind == "city"
        )
        # ... or a small country's municipality, a first-order area of a village's size ("the
        # towns of Susa, Shahat, Al Marj" in a Libyan story: Susa, an Azerbaijani district)
        or (_small_area(sense[1]) and k not in placed)
        # ... or a quarter many cities have, which GeoNames files under one ("the capital's
        # Chinatown" of a Honiara story was San Francisco's)
        or (sense[1].name in _CITY_QUARTERS and k not in placed)
    }
    if not suspects:
        return suspects
    # (a small town does not vouch for another in its country: "Penrose" and "Western Springs",
    # Auckland suburbs, were two towns of the United States in a story of Auckland's floods)
    countries = {
        sense[1].country_code
        for k, (sense, _, _) in resolved.items()
        if k not in suspects
        and not (sense[1].kind == "city" and sense[1].population < VOUCH_MIN_POP)
    }
    return {k for k in suspects if resolved[k][0][1].country_code not in countries}


# quarters that many cities have and GeoNames files as towns of one (see _stray_towns)
_CITY_QUARTERS = frozenset(
    {"Chinatown", "Koreatown", "Greektown", "Little Havana", "Downtown", "Uptown", "Midtown",
     "Old Town", "Central Business District", "HarbourFront"}
)  # fmt: skip


# a village or town under this size, alone in its country among an article's places and never
# written with a place's own context, is a stray (see _stray_towns). Measured with
# benchmarks/geoparse_eval.py and ner_eval.py (2026-12), against no such rule / 1,000 / 5,000 /
# 20,000 / 100,000: LGL precision .824 / .826 / .833 / .843 / .847 (recall .851 → .848), GWN
# .887 / .889 / .895 / .900 / .903 (recall .744 → .739). The larger limits also drop real towns
# that international news names without their country (GMB's "Srebrenica", ~15,000 people).
STRAY_TOWN_POP = 5_000
# ... and another place vouches for a suspect's country only from this size, if it is a town
VOUCH_MIN_POP = 20_000
# ... and one whose name only comes before a place of worship's or a works' noun, under this
# size (a building named after a big city stays the city: "Cologne Cathedral")
BUILDING_STRAY_POP = 50_000
_BEFORE_BUILDING = re.compile(
    r" (?:Cathedral|Basilica|Abbey|Mosque|Synagogue|Temple|Church|Chapel|Shrine|Monastery"
    r"|Priory|Minster"
    # (a port's and a plant's: "the Mega Pier terminal" in Willemstad was Mēga, Ethiopia, "the
    # Isla refinery" a Mexican town)
    r"|Pier|Wharf|Quay|Terminal|[Rr]efinery|[Ss]melter)\b"
)
_BEFORE_AREA_NOUN = re.compile(
    r" (?:[Pp]rovince|[Pp]refecture|[Oo]blast|[Gg]overnorate|[Rr]egency|[Dd]epartment"
    # (and a city's quarter: "from the Tres Rios business district to the banks of the Humaya"
    # in Culiacán was Três Rios, Brazil; held folder 238)
    r"|(?:business|financial|shopping|historic|entertainment) district)\b"
)


def _placed_keys(mentions: Sequence[_Mention]) -> set[int]:
    """The name keys written somewhere with a place's own context: a wire dateline, "City,
    State" or "City, Country" (their towns are never strays)."""
    return {m.key for m in mentions if m.context & _OWN_PLACE}


_OWN_PLACE = _COMMA_NEXT | _COMMA_PREV | _DATELINE


def _building_keys(mentions: Sequence[_Mention], text: str) -> set[int]:
    """The name keys every mention of which comes right before a place of worship's or a works'
    noun ("Notre-Dame Cathedral", "the Isla refinery"; "Oxford Central Mosque" is not: a word
    comes between).

        >>> _building_keys([], "")
        set()
    """
    return _always_before(mentions, text, _BEFORE_BUILDING)


def _unknown_area_keys(mentions: Sequence[_Mention], text: str) -> set[int]:
    """The name keys every mention of which comes right before an area's noun ("Koshi
    Province", "the Aurora province") though no sense of the name is an area: an area the
    gazetteer lacks, whose namesake towns abroad are strays whatever their size (Nepal's Koshi
    Province was Kōshi, a Japanese town of 62,000).

        >>> _unknown_area_keys([], "")
        set()
    """
    keys = _always_before(mentions, text, _BEFORE_AREA_NOUN)
    if keys:
        keys -= {m.key for m in mentions if any(s[1].kind == "admin area" for s in m.senses)}
    return keys


def _always_before(mentions: Sequence[_Mention], text: str, after: re.Pattern[str]) -> set[int]:
    """The name keys every mention of which ``after`` matches right after."""
    before = {m.key for m in mentions if after.match(text, m.end)}
    if before:
        before -= {m.key for m in mentions if not after.match(text, m.end)}
    return before
