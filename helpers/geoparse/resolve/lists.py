"""Lists of places: a list's places lie together ("homes in Dublin, Galway and Limerick").

Part of :mod:`helpers.geoparse.resolve`: :func:`_listed_countries` gives the country of each name
written in a list of :data:`LIST_MIN` or more places whose best-known senses lie mostly in one
country, and each such name's senses in that country get :data:`LIST_BONUS` in the rounds
(:class:`~helpers.geoparse.resolve.scoring._Round`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from helpers.geoparse.resolve.senses import _CC, _ENTRY, _MAJOR, _ROW, _Info
from helpers.geoparse.resolve.weights import WORLD_MIN_POP
from helpers.recognise.places import _Mention

# between two places of a list: a comma, "and" or "or", or both ("Dublin, Galway and Limerick")
_LIST_GAP = re.compile(r",? (?:and |or )?|, ")
LIST_MIN = 3
LIST_BONUS = 5.0
_NO_LIST = "-"  # no country code: a name written in no list


def _lists(
    mentions: list[_Mention],
    text: str,
    keys: dict[int, tuple[_Info, ...]],
    partner_of: dict[int, int],
) -> Iterator[set[int]]:
    """The name keys of each list of :data:`LIST_MIN` or more places written in ``text``."""
    run: list[_Mention] = []
    for m in [*mentions, None]:
        if (
            m is not None
            and run
            and _LIST_GAP.fullmatch(text, run[-1].end, m.start)
            # (a "Town, State" pair ends a list, unless the "town" is best known as a country or
            # a state itself: "ports in Virginia, New Jersey and Georgia" is a list)
            and not any(x.start in partner_of and not keys[x.key][0][_MAJOR] for x in (run[-1], m))
        ):
            run.append(m)
            continue
        if len(run) >= LIST_MIN and "," in text[run[0].end : run[-1].start]:
            yield {x.key for x in run}
        run = [m] if m is not None else []


def _listed_countries(
    mentions: list[_Mention],
    text: str,
    keys: dict[int, tuple[_Info, ...]],
    partner_of: dict[int, int],
) -> tuple[dict[int, str | None], set[int]]:
    """The country of each name written in a list of three or more places ("homes in Dublin,
    Galway and Limerick") whose names' best-known senses lie mostly in one country: a list's
    places lie together. No country where none has a majority ("Paris, London and New York");
    a "Town, State" pair is no list ("Paris, France and Paris, Texas").

    Also the keys of the lists of the world's cities: no country has a majority and every name's
    best-known sense has :data:`WORLD_MIN_POP` people or more ("shuttle diplomacy between Cairo,
    Jerusalem and Damascus"): each is the city the world knows, whatever the article's other
    places (:func:`~helpers.geoparse.resolve.candidates._dwarfed_senses`)."""
    out: dict[int, str | None] = {}
    world: set[int] = set()
    for names in _lists(mentions, text, keys, partner_of):
        count: dict[str | None, int] = {}
        for k in names:
            cc = keys[k][0][_CC]
            count[cc] = count.get(cc, 0) + 1
        cc, n = max(count.items(), key=lambda kv: kv[1])
        if 2 * n > len(names) and n >= 2 and cc is not None and not _elsewhere(names, keys, cc):
            out.update(dict.fromkeys(names, cc))
        elif all(keys[k][0][_ENTRY].population >= WORLD_MIN_POP for k in names):
            world.update(names)
    return out, world


def _elsewhere(names: set[int], keys: dict[int, tuple[_Info, ...]], cc: str) -> bool:
    """Whether a list whose best-known senses lie mostly in ``cc`` may as well lie in another
    country: one of its names has no sense in ``cc``, and another country holds a sense of as
    many of its names ("Hay River, Fort Smith, Enterprise": Fort Smith, Arkansas and Enterprise,
    Nevada are the best known, but Hay River lies only in Canada, as Fort Smith does too)."""
    held: dict[str | None, int] = {}
    for k in names:
        for country in {info[_CC] for info in keys[k]}:
            held[country] = held.get(country, 0) + 1
    return held.get(cc, 0) < len(names) and any(
        n >= held.get(cc, 0) for country, n in held.items() if country not in (cc, None)
    )


def _state_listed(
    mentions: list[_Mention],
    text: str,
    keys: dict[int, tuple[_Info, ...]],
    partner_of: dict[int, int],
) -> dict[int, frozenset[int]]:
    """Name key → the rows of its senses that are no area, for a name written in a list whose
    names (all but one at most) are best known as states or counties of one country, and which
    names an area of that country too: "an advisory for Oregon, Washington and Alaska" named the
    state, not the capital; "across England, Scotland and Wales" not the village of Wales. The
    rounds drop these senses (rounds._resolve)."""
    out: dict[int, frozenset[int]] = {}
    for names in _lists(mentions, text, keys, partner_of):
        areas = {k for k in names if _area(keys[k][0])}
        if len(areas) < max(2, len(names) - 1):
            continue
        countries = {keys[k][0][_CC] for k in areas}
        if len(countries) != 1:
            continue
        for k in names:
            if any(_area(i) and i[_CC] in countries for i in keys[k]):
                rows = frozenset(i[_ROW] for i in keys[k] if not _area(i))
                if rows:
                    out[k] = rows
    return out


def _area(info: _Info) -> bool:
    return info[_ENTRY].kind == "admin area"
