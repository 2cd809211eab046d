"""What the resolution reads about a candidate sense, and where senses lie.

Part of :mod:`helpers.geoparse.resolve`: the ``_Info`` tuple of one sense's facts, worked out
once per name key and memoised per gazetteer (:func:`_sense_infos`, the first
:data:`MAX_CANDIDATES` senses), the index constants that read it, the latitude-longitude cells
senses are bucketed in, and :func:`_near` (within :data:`NEAR_KM`). Also the types a resolution
returns (``_Resolution``, ``_Scored``).
"""

from __future__ import annotations

import math
from math import asin as _asin
from math import radians as _radians
from math import sin as _sin
from math import sqrt as _sqrt
from typing import Any

from helpers.gazetteer import GazetteerEntry
from helpers.geoparse.resolve.weights import _CELL, NEAR_KM
from helpers.recognise.places import _forget_older_half, _is_major, _Mention

MAX_CANDIDATES = 15

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
    # (a dotted surface has its own: "Alta." is Alberta's too, "Alta" only the towns'; see
    # Gazetteer.senses_of_surface)
    memo_key = m.key if m.surface[-1:] != "." else -1 - m.key
    got = infos.get(memo_key)
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
        got = infos[memo_key] = tuple(out)
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
