"""Sense choice for the place names of one article: the evidence rounds of geoparsing.

Part of :mod:`helpers.geoparse` (which re-exports every name here). Each name key gets its
candidate senses' facts (memoised per gazetteer), then :func:`_resolve` iterates to one stable
sense per name from the article's evidence — "City, State" pairs, the share of the article's
other places per country and state, nearby towns, co-located names — and lets mentions with
evidence of their own ("Paris, Texas", "the country of Georgia") override it. Strays (a foreign
town only an alternate name or a village's name supports) are found after, in
:mod:`helpers.geoparse.strays`.
"""

from __future__ import annotations

import itertools
import math
import re
from math import asin as _asin
from math import radians as _radians
from math import sin as _sin
from math import sqrt as _sqrt
from typing import Any

from helpers.gazetteer import ALT_NAME_PENALTY, Gazetteer, GazetteerEntry
from helpers.gazetteer.build import AREA_TOWN_MIN_POP, AREA_TOWN_SHARE
from helpers.recognise.places import (
    _DATELINE,
    _STRICT_CONTEXT,
    _big,
    _forget_older_half,
    _is_major,
    _memo,
    _Mention,
    _paired,
)

MAX_CANDIDATES = 15
# Evidence weights, added to the prior (log10 population + kind bonus). Chosen by looking at the
# classes of geocoding errors on the corpora (same-name towns, town-vs-country, town-vs-state).
PAIR_BONUS = 8.0  # "Alexandria, La." / "Danang, Vietnam"
STATE_BONUS = 2.5  # the article names the town's state
SUPPORT_BONUS = 3.0  # × share of the article's other places in the same country
# a state or province of a country none of the article's other places (this many or more) lie in
# loses what its kind adds to its prior: "later in Trujillo" in a story of Lima, Piura and
# Chiclayo was Venezuela's Trujillo state (578,000 people, +1 as a state) over Peru's city of a
# million
LONE_STATE_PENALTY = 1.0
_LONE_STATE_MIN_OTHERS = 3
NEAR_BONUS = 1.5  # within NEAR_KM of another place the article names
NEAR_KM = 150.0
# a city this big says nothing by its neighbourhood: a story naming Seoul and "the southwestern
# city of Gwangju" (1.4 million people) was the Gyeonggi town of 80,000 near Seoul
NEAR_MAX_POP = 5_000_000
# × share of the article's other towns, counties and states that lie in the same state (measured
# 1 → 5 on LGL/GWN: acc@161 0.851/0.912 → 0.859/0.913, flat from 3; weighting names by their
# mention count or by how sure their own best sense is did not help)
REGION_BONUS = 3.0
# × (up to COLOC_HITS) other names that have a town or county within NEAR_KM of this sense, whether
# or not that sense is the other name's current choice: two ambiguous names rarely both have
# senses side by side by chance (measured 0.5 / 1.0 / 1.5: LGL acc@161 0.868 / 0.874 / 0.875, GWN
# 0.913 / 0.913 / 0.912; counting 1 / 2 / 3 neighbours: LGL 0.871 / 0.873 / 0.874)
COLOC_BONUS = 1.0
COLOC_HITS = 3
_CELL = 1.5  # degrees: a NEAR_KM neighbour lies in the same or an adjacent cell
ALT_PENALTY = ALT_NAME_PENALTY  # an alternate name is a weaker claim than a place's own name

# a city or a state this big outweighs its namesakes under a thousandth its size by
# WORLD_PENALTY, unless WORLD_LOCAL_SHARE of the article's other towns lie in their state
WORLD_MIN_POP = 200_000
WORLD_RATIO = 1000
WORLD_PENALTY = 3.0
WORLD_LOCAL_SHARE = 0.67

_Sense = tuple[int, GazetteerEntry, bool, float]
_NOT_LOCAL = frozenset({"country", "continent", "demonym"})

# What the resolution loop reads about one sense, again and again: worked out once per name key
# and memoised (news repeats the same few thousand names). Fields, by position:
_SENSE, _ROW, _ENTRY, _PRIOR, _CC, _A1, _CC_A1, _LAT, _LON, _RAD, _COS = range(11)
_LOCAL_OK, _TOWN_OR_AREA, _TOWN_OR_COUNTY, _STATE, _NAME, _CELL_OF, _MAJOR, _BAND = range(11, 19)
_Info = tuple[Any, ...]
_INFO_MEMO_MAX = 20_000  # name keys (~1.4 KB each with 4 senses)


# Cells are numbered row * _ROW_STEP + column, so the 3 × 3 block around a cell is a cell number
# plus each of _AROUND (int keys hash faster than (row, column) tuples); columns run from -120 to
# 120, so rows never overlap.
_ROW_STEP = 1024
_AROUND = tuple(dy * _ROW_STEP + dx for dy in (-1, 0, 1) for dx in (-1, 0, 1))


def _cell(lat: float, lon: float) -> int:
    return int(lat // _CELL) * _ROW_STEP + int(lon // _CELL)


def _sense_infos(infos: dict[int, tuple[_Info, ...]], m: _Mention) -> tuple[_Info, ...]:
    """The first :data:`MAX_CANDIDATES` senses of the mention's name key as ``_Info`` tuples."""
    got = infos.get(m.key)
    if got is None:
        if len(infos) >= _INFO_MEMO_MAX:
            _forget_older_half(infos)
        out = []
        senses = m.senses[:MAX_CANDIDATES]
        if any(not alt and e.kind == "country" for _, e, alt, _ in senses):
            # a country's own name is never its capital's alternate name ("Mexico" beside
            # "Mexico City" took the city's support from the article's other places)
            senses = [sn for sn in senses if not (sn[2] and sn[1].kind == "city")]
        for sense in senses:
            e = sense[1]
            kind, fc = e.kind, e.feature_code
            rad = math.radians(e.lat)
            out.append(
                (sense, sense[0], e, sense[3], e.country_code, e.admin1,
                 (e.country_code, e.admin1), e.lat, e.lon, rad, math.cos(rad),
                 kind not in _NOT_LOCAL, kind == "city" or kind == "admin area",
                 kind == "city" or fc == "ADM2", kind == "admin area" and fc == "ADM1", e.name,
                 _cell(e.lat, e.lon), _is_major(e), int(e.lat // _CELL))
            )  # fmt: skip
        got = infos[m.key] = tuple(out)
    return got


def _near(a: _Info, b: _Info) -> bool:
    """Whether two senses lie within NEAR_KM: the haversine distance, from latitudes' radians and
    cosines worked out once per sense (the same arithmetic, so the same answers at the edge)."""
    x = (
        _sin((b[_RAD] - a[_RAD]) / 2) ** 2
        + a[_COS] * b[_COS] * _sin(_radians(b[_LON] - a[_LON]) / 2) ** 2
    )
    if x < _X_NEAR:
        return True
    if x > _X_FAR:
        return False
    r = _sqrt(x)
    return 12742.0 * _asin(r if r < 1.0 else 1.0) < NEAR_KM


# haversine terms this far below or above NEAR_KM's decide without the square root and arc sine
# (a 1e-4 relative margin, far wider than rounding error)
_X_NEAR = math.sin(0.9999 * NEAR_KM / 12742.0) ** 2
_X_FAR = math.sin(1.0001 * NEAR_KM / 12742.0) ** 2


_Resolution = tuple[_Sense, float, tuple[tuple[str, str], ...]]
_Scored = tuple[_Info, float, tuple[tuple[str, str], ...]]


class _Round:
    """What one round of :func:`_resolve` knows about the article's current choices, and the
    score and evidence of a candidate sense given them.

    Scoring is split in two for speed, with the same arithmetic in the same order, so the same
    floats: :meth:`choose` only scores a name's candidates to pick the best (most candidates
    lose, and their evidence would be built for nothing), and :meth:`evidence` gives a
    candidate's score with its evidence — asked for the winners once the choices are stable.
    A rule added to one must be added to the other (benchmarks/golden_outputs.py checks it).

        >>> r = _Round({}, {}, {}, {})  # an article with no names
        >>> r.n_other
        -1
    """

    __slots__ = (
        "bands", "beside", "cc_count", "choice", "dwarfed", "keys", "listed", "local_w", "n_other",
        "pairs", "peoples", "reach",
        "region_w", "states",
    )  # fmt: skip

    def __init__(
        self,
        choice: dict[int, _Info],
        keys: dict[int, tuple[_Info, ...]],
        pairs: dict[int, set[int]],
        beside: dict[int, dict[int, tuple[int, str]]],
        dwarfed: dict[int, frozenset[int]] | None = None,
        listed: dict[int, str | None] | None = None,
        peoples: frozenset[int] = frozenset(),  # keys ``listed`` by their country's demonym
    ) -> None:
        self.choice, self.keys, self.pairs, self.beside = choice, keys, pairs, beside
        self.dwarfed, self.listed, self.peoples = dwarfed or {}, listed or {}, peoples
        cc_count: dict[str | None, int] = {}
        states: dict[tuple[str | None, str | None], int] = {}
        # the towns and counties chosen so far, by _CELL-degree band of latitude, in key order:
        # (position, key, lat, sense); a town within NEAR_KM (< 1.36° of latitude) lies in the same
        # or an adjacent band
        bands: dict[int, list[tuple[int, int, float, _Info]]] = {}
        # which states the article's towns, counties and states lie in: a state's towns pull
        # its same-name towns ("Mansfield" beside Shreveport is in Louisiana, not Texas)
        region_w: dict[tuple[str | None, str | None], int] = {}
        local_w = 0
        for pos, (k, c) in enumerate(choice.items()):
            cc_count[c[_CC]] = cc_count.get(c[_CC], 0) + 1
            if c[_STATE]:
                states[c[_CC_A1]] = k
            if c[_TOWN_OR_COUNTY] and c[_ENTRY].population < NEAR_MAX_POP:
                bands.setdefault(c[_BAND], []).append((pos, k, c[_LAT], c))
            if c[_TOWN_OR_AREA]:
                region_w[c[_CC_A1]] = region_w.get(c[_CC_A1], 0) + 1
                local_w += 1
        self.cc_count, self.states, self.bands = cc_count, states, bands
        self.region_w, self.local_w = region_w, local_w
        self.reach: dict[int, list[tuple[int, int, float, _Info]]] = {}  # band → bands around it
        self.n_other = len(choice) - 1

    def _near_band(self, band: int) -> list[tuple[int, int, float, _Info]]:
        """The chosen towns and counties in ``band`` and the bands beside it, in key order."""
        got = self.reach.get(band)
        if got is None:
            bands = self.bands
            got = self.reach[band] = sorted(
                [*bands.get(band - 1, ()), *bands.get(band, ()), *bands.get(band + 1, ())]
            )
        return got

    def choose(self, k: int, cands: tuple[_Info, ...]) -> _Info:
        """The best-scoring candidate of name ``k`` (the first of equals), evidence unbuilt."""
        own = self.choice[k]
        own_cc, own_a1, own_local = own[_CC], own[_A1], own[_TOWN_OR_AREA]
        own_w = 1 if own_local else 0
        other_local_w = self.local_w - own_w
        n_other, cc_count, region_w, states = (
            self.n_other,
            self.cc_count,
            self.region_w,
            self.states,
        )
        bands, reach = self.bands, self.reach
        paired = self.pairs.get(k)
        near_names = self.beside.get(k)
        dwarfed = self.dwarfed.get(k)
        list_cc = self.listed.get(k, _NO_LIST)
        best, best_s = cands[0], -1e9
        for info in cands:
            (_, row, _, s, cc, a1, cc_a1, lat, _, _, _, local_ok, town_or_area, _, _, _, _, _,
             band) = info  # fmt: skip
            if paired:
                for pk in paired:
                    if _pair_fits(info, self.keys.get(pk, ())):
                        s += PAIR_BONUS
                        break
            if dwarfed is not None and row in dwarfed:
                s -= _dwarf_penalty(self, own, cc_a1)
            if cc == list_cc:
                s += LIST_BONUS
            if n_other > 0 and local_ok:
                same = cc_count.get(cc, 0) - (cc == own_cc)
                if same > 0:
                    s += SUPPORT_BONUS * same / n_other
                elif info[_STATE] and n_other >= _LONE_STATE_MIN_OTHERS:
                    s -= LONE_STATE_PENALTY
                if other_local_w > 0 and town_or_area:
                    rw = region_w.get(cc_a1, 0)
                    if own_local and own_cc == cc and own_a1 == a1:
                        rw -= own_w
                    if rw > 0:
                        s += REGION_BONUS * rw / other_local_w
                sk = states.get(cc_a1)
                if sk is not None and sk != k:
                    s += STATE_BONUS
                if town_or_area and bands:
                    # the costliest test, skipped where even its bonus could not make this the
                    # best: ``bound`` is the very sum the candidate would reach with it (so the
                    # skip is exact), and without it the sum is no larger
                    nn = near_names.get(row) if near_names is not None else None
                    bound = s + NEAR_BONUS
                    if nn is not None:
                        bound += COLOC_BONUS * nn[0]
                    if bound > best_s:
                        chosen_near = reach.get(band)
                        if chosen_near is None:
                            chosen_near = self._near_band(band)
                        for _, ok, la, other in chosen_near:
                            if (
                                ok != k
                                and -_CELL < la - lat < _CELL
                                and other[_CC] == cc
                                and _near(info, other)
                            ):
                                s += NEAR_BONUS
                                break
            if near_names is not None:
                nn = near_names.get(row)
                if nn is not None:
                    s += COLOC_BONUS * nn[0]
            if s > best_s:
                best, best_s = info, s
        return best

    def evidence(self, k: int, info: _Info) -> _Scored:
        """A candidate of name ``k``: its score and its evidence, ``(kind, what)`` pairs."""
        own = self.choice[k]
        own_cc, own_a1, own_local = own[_CC], own[_A1], own[_TOWN_OR_AREA]
        own_w = 1 if own_local else 0
        other_local_w = self.local_w - own_w
        paired = self.pairs.get(k)
        near_names = self.beside.get(k)
        choice = self.choice
        (_, row, _, s, cc, a1, cc_a1, lat, _, _, _, local_ok, town_or_area, _, _, _, _, _,
         band) = info  # fmt: skip
        why: tuple[tuple[str, str], ...] = ()
        dwarfed = self.dwarfed.get(k)
        if dwarfed is not None and row in dwarfed:
            s -= _dwarf_penalty(self, own, cc_a1)
        if cc == self.listed.get(k, _NO_LIST):
            s += LIST_BONUS
            why += (("people" if k in self.peoples else "list", cc),)  # type: ignore[assignment]
        if paired:
            for pk in paired:  # "Alexandria, Louisiana"
                if _pair_fits(info, self.keys.get(pk, ())):
                    s += PAIR_BONUS
                    why += (("with", choice[pk][_NAME]),)
                    break
        if self.n_other > 0 and local_ok:
            same = self.cc_count.get(cc, 0) - (cc == own_cc)
            if same > 0:
                s += SUPPORT_BONUS * same / self.n_other
                why += (("country", cc),)  # type: ignore[assignment]
            elif info[_STATE] and self.n_other >= _LONE_STATE_MIN_OTHERS:
                s -= LONE_STATE_PENALTY
            if other_local_w > 0 and town_or_area:
                rw = self.region_w.get(cc_a1, 0)
                if own_local and own_cc == cc and own_a1 == a1:
                    rw -= own_w
                if rw > 0:
                    s += REGION_BONUS * rw / other_local_w
                    if a1:
                        why += (("region", a1),)
            sk = self.states.get(cc_a1)
            if sk is not None and sk != k:
                s += STATE_BONUS
                # the state as the article names it, not its code
                why += (("state", choice[sk][_NAME] if sk in choice else a1),)  # type: ignore[assignment]
            if town_or_area and self.bands:
                # the first other name's chosen town or county (in key order) within NEAR_KM,
                # among those in reach of this band
                for _, ok, la, other in self._near_band(band):
                    if (
                        ok != k
                        and -_CELL < la - lat < _CELL
                        and other[_CC] == cc
                        and _near(info, other)
                    ):
                        s += NEAR_BONUS
                        why += (("near", other[_NAME]),)
                        break
        if near_names is not None:
            nn = near_names.get(row)
            if nn is not None:
                s += COLOC_BONUS * nn[0]
                why += (("beside", nn[1]),)
        return info, s, why


def _listed_countries(
    mentions: list[_Mention],
    text: str,
    keys: dict[int, tuple[_Info, ...]],
    partner_of: dict[int, int],
) -> dict[int, str | None]:
    """The country of each name written in a list of three or more places ("homes in Dublin,
    Galway and Limerick") whose names' best-known senses lie mostly in one country: a list's
    places lie together. No country where none has a majority ("Paris, London and New York");
    a "Town, State" pair is no list ("Paris, France and Paris, Texas")."""
    out: dict[int, str | None] = {}
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
            names = {x.key for x in run}
            count: dict[str | None, int] = {}
            for k in names:
                cc = keys[k][0][_CC]
                count[cc] = count.get(cc, 0) + 1
            cc, n = max(count.items(), key=lambda kv: kv[1])
            if 2 * n > len(names) and n >= 2 and cc is not None:
                out.update(dict.fromkeys(names, cc))
        run = [m] if m is not None else []
    return out


# between a place and the place it holds: a possessive and up to two words in lower case
# ("India's Punjab", "Pakistan's southern Sindh province", "China's far-western Xinjiang")
_APOSTROPHES = ("'", "’")
_POSSESSOR_GAP = re.compile(r"['’]s (?:[a-z]+(?:-[a-z]+)? ){0,2}")
# between two places of a list: a comma, "and" or "or", or both ("Dublin, Galway and Limerick")
_LIST_GAP = re.compile(r",? (?:and |or )?|, ")
LIST_MIN = 3
LIST_BONUS = 5.0
_NO_LIST = "-"  # no country code: a name written in no list


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


def _dwarf_penalty(rnd: _Round, own: _Info, cc_a1: Any) -> float:
    """WORLD_PENALTY for a dwarfed sense in state ``cc_a1``, unless the article is local to it."""
    own_w = 1 if own[_TOWN_OR_AREA] else 0
    others = rnd.local_w - own_w
    rw = rnd.region_w.get(cc_a1, 0) - (own_w if own[_CC_A1] == cc_a1 else 0)
    return 0.0 if others > 0 and rw >= WORLD_LOCAL_SHARE * others else WORLD_PENALTY


def _resolve(
    mentions: list[_Mention], gaz: Gazetteer, text: str = ""
) -> tuple[dict[int, _Resolution], dict[int, _Resolution]]:
    """Choose one sense per name key (one sense per name per article), then let a mention with
    its own "City, State/Country" pattern override it (:func:`_own_senses`).

    Returns ``(key → (sense, score, evidence), mention start → (sense, score, evidence))``: the
    second dict holds only the mentions whose sense differs from their name's; evidence is
    ``(kind, what)`` pairs that :func:`_evidence_text` turns into the ``why`` column. ``text``
    (the article) tells which mentions share a paragraph.
    """
    infos = _memo(gaz).infos
    keys: dict[int, tuple[_Info, ...]] = {}
    for m in mentions:
        if m.key not in keys:
            keys[m.key] = _sense_infos(infos, m)
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
    # a place the world knows keeps its name against a village or town a thousand times smaller
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
            # story that names no British place is London, Kentucky)
            and named_in[c[0][_CC]] >= 2
            and c[0][_ENTRY].kind in ("city", "admin area")  # (a country's namesake towns are
            # the local news's own: "Palestine", "Lebanon", "Jordan" of LGL's Texas and Ohio)
        ):
            floor = c[0][_ENTRY].population / WORLD_RATIO
            small = frozenset(i[_ROW] for i in c if i[_ENTRY].population < floor)
            if small:
                dwarfed[k] = small
    # "City, State": the pair of keys that follow each other with a comma
    pairs: dict[int, set[int]] = {}
    partner_of: dict[int, int] = {}  # mention start → the key written after it with a comma
    for a, b in itertools.pairwise(mentions):
        if _paired(text, a, b):
            pairs.setdefault(a.key, set()).add(b.key)
            partner_of[a.start] = b.key

    listed = _listed_countries(mentions, text, keys, partner_of)
    # "Country's Place" is a pair too, written the other way round ("Pakistan's Punjab province
    # … India's Punjab state": two Punjabs, not the article's one); added after the lists, which
    # a possessive does not end
    for a, b in itertools.pairwise(mentions):
        if text[a.end : a.end + 1] in _APOSTROPHES and _POSSESSOR_GAP.fullmatch(
            text, a.end, b.start
        ):
            pairs.setdefault(b.key, set()).add(a.key)
            partner_of[b.start] = a.key
    # a country's name in an article that writes its demonym lies in that country, as a list's
    # names do ("relatives in Jamaica" beside "a Jamaican-born mother" in a Harlem story: not
    # Jamaica, Queens)
    demonym_cc = {c[0][_CC] for c in keys.values() if c[0][_ENTRY].kind == "demonym"}
    peoples: set[int] = set()
    if demonym_cc:
        for k, c in keys.items():
            if k not in listed and len(c) > 1:
                cc = next((i[_CC] for i in c if i[_ENTRY].kind == "country"), None)
                if cc in demonym_cc:
                    listed[k] = cc
                    peoples.add(k)
    choice = {k: c[0] for k, c in keys.items()}  # senses come best prior first
    # a name with one sense keeps it whatever the evidence: only the others can change
    # a wire dateline without its state or country ("FRANKFURT (Reuters)") names the town the
    # wire's readers know: the name's best-known sense, whatever the article's other places
    # (a name also written in a "City, State" pair keeps the evidence rounds: "Paris, Texas")
    # (a town under 100,000 people is a local paper's dateline as often as a wire's: "WOODSTOCK
    # - After more than four hours of public comment" above a Virginia school board's budget was
    # Woodstock, Ontario; the article's other places decide it)
    dateline_keys = {
        m.key
        for m in mentions
        if m.context & _DATELINE and m.key not in pairs and _big(keys[m.key][0][_ENTRY])
    }
    open_keys = [(k, c) for k, c in keys.items() if len(c) > 1 and k not in dateline_keys]
    for k in dateline_keys:
        # ... and a dateline names a town, not the state or province of the same name ("NEW
        # YORK, Aug 5 (Reuters)" was the state's middle, 250 km upstate): the state's own town
        c = keys[k]
        if c[0][_ENTRY].kind == "admin area":
            town = next(
                (
                    i
                    for i in c
                    if i[_ENTRY].kind == "city"
                    and i[_CC_A1] == c[0][_CC_A1]
                    and i[_ENTRY].population >= AREA_TOWN_MIN_POP
                ),
                None,
            )
            if town is not None:
                choice[k] = town
    beside = _beside(keys)
    frozen_peoples = frozenset(peoples)
    priors = choice
    for _ in range(3):
        rnd = _Round(choice, keys, pairs, beside, dwarfed, listed, frozen_peoples)
        new_choice = dict(choice)  # (the same key order: the bands' order depends on it)
        for k, cands in open_keys:
            new_choice[k] = rnd.choose(k, cands)
        stable = new_choice == choice
        choice = new_choice
        if stable:
            break
    else:
        # Names that all choose at once can swap for ever: "They met in Westminster and
        # Liverpool" went Westminster, Colorado and Liverpool, England, then each took the
        # other's country, and ended as England's Westminster and Liverpool, New York. Where the
        # rounds do not settle (2% of LGL's articles), the names choose again from their priors
        # one at a time, each seeing the others' latest choice.
        choice = _settle_one_at_a_time(
            dict(priors), open_keys, keys, pairs, beside, dwarfed, listed, frozen_peoples
        )
        rnd = _Round(choice, keys, pairs, beside, dwarfed, listed, frozen_peoples)
    choice = _demonym_senses(keys, choice)
    # scores and evidence as the last round saw them; every candidate's for the names written
    # in a pair (their mentions may take another sense, see _own_senses)
    result: dict[int, _Resolution] = {}
    scored: dict[int, list[_Scored]] = {}
    for k, cands in keys.items():
        if k in pairs:
            scored[k] = [rnd.evidence(k, info) for info in cands]
            best, best_s, best_why = max(scored[k], key=lambda sc: sc[1])  # the first of equals
        else:
            best, best_s, best_why = rnd.evidence(k, choice[k])
        result[k] = (best[_SENSE], best_s, best_why)
    if not partner_of:
        return result, {}
    return result, _own_senses(mentions, text, keys, choice, result, scored, partner_of)


def _settle_one_at_a_time(
    choice: dict[int, _Info],
    open_keys: list[tuple[int, tuple[_Info, ...]]],
    keys: dict[int, tuple[_Info, ...]],
    pairs: dict[int, set[int]],
    beside: dict[int, dict[int, tuple[int, str]]],
    dwarfed: dict[int, frozenset[int]],
    listed: dict[int, str | None],
    peoples: frozenset[int],
    passes: int = 3,
) -> dict[int, _Info]:
    """The open names' senses chosen in turn (in the article's order), each name seeing the
    choices made before it in the same pass, until a pass changes nothing (or ``passes`` end).

        >>> _settle_one_at_a_time({}, [], {}, {}, {}, {}, {}, frozenset())
        {}
    """
    for _ in range(passes):
        changed = False
        for k, cands in open_keys:
            best = _Round(choice, keys, pairs, beside, dwarfed, listed, peoples).choose(k, cands)
            if best is not choice[k]:
                choice[k] = best  # (in place: the key order stays)
                changed = True
        if not changed:
            break
    return choice


def _own_senses(
    mentions: list[_Mention],
    text: str,
    keys: dict[int, tuple[_Info, ...]],
    choice: dict[int, _Info],
    result: dict[int, _Resolution],
    scored: dict[int, list[_Scored]],
    partner_of: dict[int, int],
) -> dict[int, _Resolution]:
    """The mentions whose own evidence overrides their name's one sense, by start offset.

    A name written in a pair ("Paris, Texas") is, at that mention, the sense its own partner
    fits ("Paris, France and Paris, Texas" are two places), and so are the name's bare mentions
    after it in the same paragraph (they share its context). The name's other bare mentions keep
    the name's sense — one sense per article, the pair its evidence ("Alexandria, La. …
    Alexandria police") — unless the rest of the article places them in another country: the
    sense the name would have without its pairs lies in a country where more of the article's
    other names lie than in the pair's ("PARIS (Reuters) - … Lyon … Paris, Texas …").
    """
    own: dict[int, _Resolution] = {}
    others_cc: dict[str | None, int] | None = None
    by_key: dict[int, list[_Mention]] = {}
    for m in mentions:
        if m.key in scored:
            by_key.setdefault(m.key, []).append(m)
    for k, cand_scores in scored.items():
        k_mentions = by_key[k]
        key_res = result[k]
        # each candidate's score without the pair's bonus, and the best of them
        free: list[tuple[_Info, float, tuple[tuple[str, str], ...]]] = []
        for info, s, why in cand_scores:
            if why and why[0][0] == "with":
                s, why = s - PAIR_BONUS, why[1:]
            free.append((info, s, why))
        by_partner: dict[int, _Resolution] = {}
        last_pair: _Resolution | None = None  # the sense of the latest pair in this paragraph
        pos = 0  # the end of the name's previous mention
        bare_res: _Resolution | None = None
        for m in k_mentions:
            pk = partner_of.get(m.start)
            if pk is not None:
                got = by_partner.get(pk)
                if got is None:
                    got = by_partner[pk] = _paired_best(free, keys.get(pk, ()), choice[pk][_NAME])
                if got[0][0] == key_res[0][0]:
                    got = key_res  # the name's own sense: the same row
                last_pair = got
            elif last_pair is not None and text.find("\n", pos, m.start) < 0:
                got = last_pair  # after the pair in its paragraph
            else:
                last_pair = None  # (a new paragraph, or no pair yet)
                if bare_res is None:
                    if others_cc is None:
                        others_cc = {}
                        for c in choice.values():
                            others_cc[c[_CC]] = others_cc.get(c[_CC], 0) + 1
                    bare_res = _bare_sense(free, key_res, choice[k], others_cc)
                got = bare_res
            if got is not key_res:
                own[m.start] = got
            pos = m.end
    return own


def _container_senses(
    mentions: list[_Mention],
    text: str,
    gaz: Gazetteer,
    resolved: dict[int, _Resolution],
    own: dict[int, _Resolution],
) -> dict[int, _Resolution]:
    """``own`` with the second name of each "Town, State" pair read as the state or country
    that holds the town, where one of its senses does.

    The pair's first name is resolved with the second's help (:func:`_own_senses`); this is the
    other direction: in "Tbilisi, Georgia" the town has one sense, so "Georgia" is the country,
    even where the article's one sense for "Georgia" is the US state ("Atlanta, Georgia …
    Tbilisi, Georgia"). The name's bare mentions after the pair in the same paragraph share the
    pair's reading, as :func:`_own_senses` does for towns.

        >>> from helpers.geoparse import find_places_rows
        >>> rows = find_places_rows("From Atlanta, Georgia to Tbilisi, Georgia.")
        >>> [r[6] for r in rows]
        ['US', 'US', 'GE', 'GE']
    """
    infos = _memo(gaz).infos
    out = dict(own)
    holder: dict[int, tuple[int, _Resolution]] = {}  # key → (paragraph end, the pair's sense)
    for i, b in enumerate(mentions):
        got = holder.get(b.key)
        if got is not None and b.start < got[0]:
            out[b.start] = got[1]  # a bare mention after the pair, in its paragraph
        if i == 0:
            continue
        a = mentions[i - 1]
        if not _paired(text, a, b):
            continue
        town = (out.get(a.start) or resolved[a.key])[0][1]
        current = (out.get(b.start) or resolved[b.key])[0][1]
        if _holds(current, town):
            holder.pop(b.key, None)
            continue
        for info in _sense_infos(infos, b):
            if _holds(info[_ENTRY], town):
                res = (info[_SENSE], info[_PRIOR] + PAIR_BONUS, (("holds", a.surface),))
                out[b.start] = res
                end = text.find("\n", b.end)
                holder[b.key] = (end if end >= 0 else len(text), res)
                break
    return out


def _holds(area: GazetteerEntry, e: GazetteerEntry) -> bool:
    """Whether ``area`` is the country or first-level state that contains the place ``e``."""
    if area.country_code != e.country_code or area is e:
        return False
    return area.kind == "country" or (
        area.kind == "admin area" and area.feature_code == "ADM1" and area.admin1 == e.admin1
    )


def _paired_best(
    free: list[tuple[_Info, float, tuple[tuple[str, str], ...]]],
    partner: tuple[_Info, ...],
    partner_name: str,
) -> _Resolution:
    """The best sense of a name written before ``partner`` with a comma: the pair's bonus
    where the partner contains the sense, the rest of the article's evidence as scored."""
    best: _Resolution | None = None
    for info, s, why in free:
        if _pair_fits(info, partner):
            s, why = s + PAIR_BONUS, (("with", partner_name), *why)
        if best is None or s > best[1]:
            best = (info[_SENSE], s, why)
    assert best is not None  # a name has at least one sense
    return best


def _demonym_senses(
    keys: dict[int, tuple[_Info, ...]], choice: dict[int, _Info]
) -> dict[int, _Info]:
    """``choice`` with each demonym of several places read as the one the article is about.

    A demonym has no place of its own to weigh by distance, so the round's scores cannot tell
    "Georgians" of the country from those of the US state. The article's other names can: the
    demonym of a place the article names ("Atlanta, Georgia" read as the state), else of a
    place in the country most of its other names lie in ("Tbilisi"), else a country's demonym
    rather than a state's ("Georgian wine").

        >>> _demonym_senses({}, {})
        {}
    """
    open_keys = [
        k
        for k, c in keys.items()
        # (the first sense's kind first: it rules out nearly every name without a generator)
        if len(c) > 1
        and c[0][_ENTRY].kind == "demonym"
        and all(i[_ENTRY].kind == "demonym" for i in c)
    ]
    if not open_keys:
        return choice
    others = [c for k, c in choice.items() if c[_ENTRY].kind != "demonym"]
    places = {c[_ENTRY].place_id for c in others}
    in_country: dict[str | None, int] = {}
    in_state: dict[tuple[str | None, str | None], int] = {}
    for c in others:
        in_country[c[_CC]] = in_country.get(c[_CC], 0) + 1
        in_state[c[_CC_A1]] = in_state.get(c[_CC_A1], 0) + 1

    def fit(i: _Info) -> tuple[bool, bool, int, bool]:
        country = i[_ENTRY].feature_code.startswith("PCL")
        # a state's demonym needs places in that state ("Savannah"), a country's in the country
        around = in_country.get(i[_CC], 0) if country else in_state.get(i[_CC_A1], 0)
        # a country two or more of whose places the article names is the demonym's, even where
        # the state of the same name is named too ("Georgian wine … Tbilisi … Atlanta, Georgia")
        return country and around >= 2, i[_ENTRY].place_id in places, around, country

    out = dict(choice)
    for k in open_keys:
        out[k] = max(keys[k], key=fit)  # (max keeps the first of equals: the best prior)
    return out


def _bare_sense(
    free: list[tuple[_Info, float, tuple[tuple[str, str], ...]]],
    key_res: _Resolution,
    own_choice: _Info,
    cc_count: dict[str | None, int],
) -> _Resolution:
    """A paired name's bare mentions away from its pairs: the name's sense, or the sense the
    rest of the evidence gives it when that lies in another country that more of the article's
    other names are in."""
    info, s, why = max(free, key=lambda f: f[1])
    cc, own_cc = info[_CC], own_choice[_CC]
    if cc == own_cc:
        return key_res  # "Springfield, Ohio … Springfield": the pair picks among one country's
    # (the name's own chosen sense counts for its country: leave it out)
    if cc_count.get(cc, 0) > cc_count.get(own_cc, 0) - 1:
        return (info[_SENSE], s, why)
    return key_res


def _beside(keys: dict[int, tuple[_Info, ...]]) -> dict[int, dict[int, tuple[int, str]]]:
    """For each name that is no country or state: its town and county senses that have other
    names' towns or counties within NEAR_KM, whether or not those are the other names' current
    choice ("Paris" and "Henry County" could both be in Tennessee), as key → sense row →
    (number of such names up to COLOC_HITS, the first one's place name). Independent of the
    choices, so found once per article. A name the world knows is no such neighbour of another
    one's namesake: the namesakes of Europe's cities cluster in the American Midwest (Frankfort,
    Geneva and Milan, Indiana: "Frankfurt … Geneva … U.S. rates" made both Indiana towns)."""
    # every town and county sense of every name, bucketed by _CELL-degree cells: a NEAR_KM
    # neighbour lies in the same or an adjacent cell; and the same without the namesakes abroad
    # of the names the world knows, for those names' own senses
    grid: dict[int, list[tuple[int, _Info]]] = {}
    plain: dict[int, list[tuple[int, _Info]]] = {}
    world: set[int] = set()
    for k, cands in keys.items():
        best = cands[0][_ENTRY]
        known = best.population >= WORLD_MIN_POP
        if known:
            world.add(k)
        for info in cands:
            if info[_TOWN_OR_COUNTY]:
                grid.setdefault(info[_CELL_OF], []).append((k, info))
                if not known or info[_CC] == best.country_code:
                    plain.setdefault(info[_CELL_OF], []).append((k, info))
    beside: dict[int, dict[int, tuple[int, str]]] = {}
    for k, cands in keys.items():
        if cands[0][_MAJOR]:
            continue  # never enough to overturn a country or state
        near = plain if k in world else grid
        for info in cands:
            if info[_TOWN_OR_COUNTY]:
                found = _neighbours(near, k, info)
                if found is not None:
                    beside.setdefault(k, {})[info[_ROW]] = found
    return beside


def _neighbours(
    grid: dict[int, list[tuple[int, _Info]]], key: int, info: _Info
) -> tuple[int, str] | None:
    """How many other names (up to COLOC_HITS) have a town or county within NEAR_KM of the sense
    ``info``, and the place name of the first one found (cells in row order), or None."""
    hits: list[int] = []
    first = ""
    cell, lat = info[_CELL_OF], info[_LAT]
    for step in _AROUND:
        for k2, other in grid.get(cell + step, ()):
            if (
                k2 != key
                and k2 not in hits
                and -_CELL < other[_LAT] - lat < _CELL
                and other[_CC] == info[_CC]
                and _near(info, other)
            ):
                if not hits:
                    first = other[_NAME]
                hits.append(k2)
                if len(hits) == COLOC_HITS:
                    return COLOC_HITS, first  # the count is capped and the first name known
    return (len(hits), first) if hits else None


def _pair_fits(sense: _Info, cands: tuple[_Info, ...]) -> bool:
    """Whether one of the following name's senses is a country or state that contains ``sense``."""
    row, e = sense[_ROW], sense[_ENTRY]
    for pc in cands:
        pe = pc[_ENTRY]
        if pc[_ROW] == row:
            continue
        # a demonym entry stands for its country: it holds the same places
        if _holds(pe, e) or (pe.kind == "demonym" and pe.country_code == e.country_code):
            return True
    return False
