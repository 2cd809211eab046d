"""A round's scores: a candidate sense's prior plus the article's evidence for it.

Part of :mod:`helpers.geoparse.resolve`: :class:`_Round` holds what one round of
:func:`~helpers.geoparse.resolve.rounds._resolve` knows about the article's current choices
and scores a name's candidates against them — a "Town, State" pair, a list's country, the share
of the article's other places per country and state, a state the article names, a chosen town
nearby, co-located names — and :func:`_dwarf_penalty` weighs a sense a place the world knows
dwarfs. The weights are :mod:`~helpers.geoparse.resolve.weights`'.
"""

from __future__ import annotations

from typing import Any

from helpers.geoparse.resolve.lists import _NO_LIST, LIST_BONUS
from helpers.geoparse.resolve.pairs import _pair_fits, _pair_partner
from helpers.geoparse.resolve.senses import (
    _A1,
    _BAND,
    _CC,
    _CC_A1,
    _ENTRY,
    _LAT,
    _NAME,
    _STATE,
    _TOWN_OR_AREA,
    _TOWN_OR_COUNTY,
    _Info,
    _near,
    _Scored,
)
from helpers.geoparse.resolve.weights import (
    _CELL,
    _LONE_STATE_MIN_OTHERS,
    COLOC_BONUS,
    LONE_STATE_PENALTY,
    NEAR_BONUS,
    NEAR_MAX_POP,
    PAIR_BONUS,
    REGION_BONUS,
    STATE_BONUS,
    SUPPORT_BONUS,
    WORLD_LOCAL_SHARE,
    WORLD_PENALTY,
)


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
                partner = _pair_partner(info, self.keys.get(pk, ()))
                if partner is not None:
                    s += PAIR_BONUS
                    # (the partner's sense that holds this one: "Seattle, WA" is written with
                    # Washington whichever sense of "WA" the article's other places favour)
                    why += (("with", partner.name),)
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


def _dwarf_penalty(rnd: _Round, own: _Info, cc_a1: Any) -> float:
    """WORLD_PENALTY for a dwarfed sense in state ``cc_a1``, unless the article is local to it."""
    own_w = 1 if own[_TOWN_OR_AREA] else 0
    others = rnd.local_w - own_w
    rw = rnd.region_w.get(cc_a1, 0) - (own_w if own[_CC_A1] == cc_a1 else 0)
    return 0.0 if others > 0 and rw >= WORLD_LOCAL_SHARE * others else WORLD_PENALTY
