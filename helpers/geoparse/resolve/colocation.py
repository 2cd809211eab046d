"""Co-located names: two ambiguous names rarely both have senses side by side by chance.

Part of :mod:`helpers.geoparse.resolve`: for each name, its town and county senses that other
names' towns or counties lie within :data:`~helpers.geoparse.resolve.weights.NEAR_KM` of, whether
or not those are the other names' current choice ("Paris" and "Henry County" could both be in
Tennessee): found once per article (:func:`_beside`, :func:`_neighbours`), worth
:data:`~helpers.geoparse.resolve.weights.COLOC_BONUS` each in the rounds.
"""

from __future__ import annotations

from helpers.geoparse.resolve.senses import (
    _AROUND,
    _CC,
    _CELL_OF,
    _ENTRY,
    _LAT,
    _MAJOR,
    _NAME,
    _ROW,
    _TOWN_OR_COUNTY,
    _Info,
    _near,
)
from helpers.geoparse.resolve.weights import _CELL, COLOC_HITS, WORLD_MIN_POP


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
