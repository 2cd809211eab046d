"""Which candidate senses a name keeps before the evidence rounds, and which are dwarfed.

Part of :mod:`helpers.geoparse.resolve`, run by :func:`~helpers.geoparse.resolve.rounds._resolve`
on each name key's senses before they are weighed: a demonym that is also a small town's name,
an abbreviation in capitals, a country's own province of the same name and a state named after
its own big town drop the senses they rule out (:func:`_prune_senses`,
:func:`_towns_for_their_states`); a name the world knows marks its namesakes three hundred times
smaller, which lose :data:`~helpers.geoparse.resolve.weights.WORLD_PENALTY` in the rounds
(:func:`_dwarfed_senses`).
"""

from __future__ import annotations

from helpers.gazetteer import TOWN_KINDS
from helpers.gazetteer.build import AREA_TOWN_MIN_POP, AREA_TOWN_SHARE
from helpers.geoparse.resolve.senses import (
    _CC,
    _CC_A1,
    _ENTRY,
    _NAME,
    _PRIOR,
    _ROW,
    _SENSE,
    _Info,
)
from helpers.geoparse.resolve.weights import WORLD_MIN_POP, WORLD_RATIO
from helpers.recognise.places import _STRICT_CONTEXT, _Mention

# a first-order area whose namesake town holds this share of its people is the town's
# municipality (Slovenia's "Celje", "Kamnik"): the name is the town whatever its size
MUNICIPAL_SHARE = 0.5


def _towns_for_their_states(c: tuple[_Info, ...]) -> tuple[_Info, ...]:
    """A name's senses without each first-order area (outside the US) whose town of the same
    name, under its own name, has :data:`AREA_TOWN_MIN_POP` people and :data:`AREA_TOWN_SHARE`
    of the area's, or :data:`MUNICIPAL_SHARE` of them; the town takes the area's standing (its
    prior, when higher), so a world-known city keeps what its canton had ("Geneva" in a story
    naming American places was the canton; without the canton's prior the city lost to Geneva,
    Illinois)."""
    # (the states of the name's towns under their own names: "St. Petersburg" is Florida's)
    towns = [i[_CC_A1] for i in c if i[_ENTRY].kind == "city" and not i[_SENSE][2]]
    if not towns:
        return c
    out = list(c)
    dropped = False
    for a in c:
        if a[_ENTRY].feature_code != "ADM1" or a[_CC] == "US" or a[_CC_A1] not in towns:
            continue
        area_pop = a[_ENTRY].population
        for x, t in enumerate(out):
            if (
                t[_CC_A1] == a[_CC_A1]
                and t[_ENTRY].kind == "city"
                and not t[_SENSE][2]
                and t[_ENTRY].population >= AREA_TOWN_SHARE * area_pop
                # (a big town, or the most of a small area: Slovenia's first-order areas are
                # its municipalities, "Celje", "Kamnik", each mostly its town)
                and (
                    t[_ENTRY].population >= AREA_TOWN_MIN_POP
                    or t[_ENTRY].population >= MUNICIPAL_SHARE * area_pop
                )
            ):
                if a[_PRIOR] > t[_PRIOR]:
                    out[x] = (*t[:_PRIOR], a[_PRIOR], *t[_PRIOR + 1 :])
                out = [i for i in out if i is not a]
                dropped = True
                break
    if not dropped:
        return c
    out.sort(key=lambda i: -i[_PRIOR])  # (senses come best prior first; the sort is stable)
    return tuple(out)


def _prune_senses(keys: dict[int, tuple[_Info, ...]], mentions: list[_Mention]) -> None:
    """Drop from ``keys`` (name key → its senses, best prior first), in place, the senses that
    the name's own form or the article's mentions of it rule out."""
    # a nation's demonym that is also a small town's name ("Welsh": Wales, or Welsh, Louisiana)
    # is the demonym unless a mention writes the town as a place ("Welsh, La.", "in Welsh")
    for k, c in keys.items():
        if (
            len(c) > 1
            and c[0][_ENTRY].kind == "demonym"
            and c[1][_ENTRY].kind != "demonym"
            and not any(m.key == k and m.context & _STRICT_CONTEXT for m in mentions)
        ):
            floor = c[0][_ENTRY].population / 100
            keys[k] = tuple(
                i for i in c if i[_ENTRY].kind == "demonym" or i[_ENTRY].population >= floor
            )
    # an abbreviation in capitals is no town whose own name it spells in another case ("the US"
    # is no Us, a village near Paris, which gave Paris "another name could be Us, nearby")
    shouted = {m.key: m.surface for m in mentions if len(m.surface) <= 3 and m.surface.isupper()}
    for k, surface in shouted.items():
        c = keys.get(k)
        if c is not None and len(c) > 1:
            low = surface.lower()
            kept = tuple(i for i in c if not (i[_NAME] != surface and i[_NAME].lower() == low))
            if kept and len(kept) < len(c):
                keys[k] = kept
    # a country's name is the country, not its own province of the same name ("officials in
    # Panama" beside Panama City was Panama province; "Guatemala", "Taiwan"): the province is
    # read only where the text frames it ("the province of Panama": _framed_senses)
    for k, c in keys.items():
        if len(c) > 1:
            cc = next((i[_CC] for i in c if i[_ENTRY].kind == "country"), None)
            if cc is not None:
                kept = tuple(i for i in c if i[_ENTRY].kind != "admin area" or i[_CC] != cc)
                if len(kept) < len(c):
                    keys[k] = kept
                continue
            # ... and a state named after its own big town is the town ("Auckland", "São
            # Paulo", "Sao Paulo": the cities; "the state of São Paulo" is framed). Not in the
            # US, whose states keep their names as measured ("New York", "Washington").
            keys[k] = _towns_for_their_states(c)


def _dwarfed_senses(
    keys: dict[int, tuple[_Info, ...]], world_listed: set[int] | frozenset[int] = frozenset()
) -> dict[int, frozenset[int]]:
    """Name key → the rows of its senses a place the world knows by that name dwarfs.
    ``world_listed``: the keys written in a list of the world's cities (lists.py)."""
    # a place the world knows keeps its name against a village or town 300 times smaller
    # that only a few of the article's other places pull towards it ("streets of Delhi, Kolkata
    # and Bengaluru" was Delhi, New York, in a cricket story that also names New York and
    # Florida): such a town loses WORLD_PENALTY unless most of the article's towns lie in its
    # state (a local story: LGL's "Berlin" beside Middletown, Connecticut) or its own "Town,
    # State" pair names it (PAIR_BONUS)
    dwarfed: dict[int, frozenset[int]] = {}  # key → the rows of its dwarfed senses
    named_in: dict[str | None, int] = {}  # country → how many names' best-known senses lie in it
    for c in keys.values():
        named_in[c[0][_CC]] = named_in.get(c[0][_CC], 0) + 1
    for k, c in keys.items():
        if (
            len(c) > 1
            and c[0][_ENTRY].population >= WORLD_MIN_POP
            # (and the article names another place in its country: "London" in a Kentucky
            # story that names no British place is London, Kentucky; or lists it among the
            # world's cities: "between Cairo, Jerusalem and Damascus" in an obituary of many
            # American places was Cairo, New York, 1,402 people)
            and (named_in[c[0][_CC]] >= 2 or k in world_listed)
            and c[0][_ENTRY].kind in TOWN_KINDS  # (a country's namesake towns are
            # the local news's own: "Palestine", "Lebanon", "Jordan" of LGL's Texas and Ohio)
        ):
            floor = c[0][_ENTRY].population / WORLD_RATIO
            small = frozenset(i[_ROW] for i in c if i[_ENTRY].population < floor)
            if small:
                dwarfed[k] = small
    return dwarfed
