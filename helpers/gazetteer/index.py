"""The gazetteer's in-memory index: :class:`GazetteerEntry` (one place), :class:`Gazetteer`
(numpy columns, the name list, a word-prefix dict; lookups by name, id, country and nearest
point) and the name normalisation lookups use. Built by :mod:`helpers.gazetteer.build`, cached
by :mod:`helpers.gazetteer.store`.

    >>> name_key("Washington, D.C.")
    'washington d c'
"""

from __future__ import annotations

import hashlib
import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, overload

import numpy as np

KINDS = ("country", "admin area", "city", "region", "landmark", "continent", "demonym")
# the kinds of a settlement's name: a town or a state, county or district (the rules that read a
# name as a local place, a town inside a longer name or a namesake abroad all ask this)
TOWN_KINDS = frozenset({"city", "admin area"})
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


# GeoNames ids are far below this; a place the shipped GeoNames data give no id (first-order areas
# outside the US, counties, our own regions) gets one of Dateline's own above it
OWN_ID_BASE = 1 << 40


def own_place_id(entry: GazetteerEntry) -> int:
    """Dateline's own id for a place without a GeoNames id: the same in every build, from the
    place's country, first-order area, name and feature code (so a region's demonym shares the
    region's id, and Punjab of Pakistan and Punjab of India stay two places in the counts).

        >>> e = GazetteerEntry(None, "Punjab", "admin area", "PK", "Punjab", 31.0, 72.0, 1, "ADM1")
        >>> india = GazetteerEntry(None, "Punjab", "admin area", "IN", "Punjab", 31.0, 75.0, 1, "ADM1")
        >>> own_place_id(e) > OWN_ID_BASE, own_place_id(e) != own_place_id(india)
        (True, True)
    """
    key = "|".join(
        (entry.country_code or "", entry.admin1 or "", entry.name, entry.feature_code or "")
    )
    digest = hashlib.blake2b(key.encode("utf-8"), digest_size=5).digest()
    return OWN_ID_BASE + int.from_bytes(digest, "big")


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
        self.place_id: np.ndarray = state["place_id"]  # int64: GeoNames id or own_place_id
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
        self.dotted_only: dict[int, frozenset[int]] = state["dotted_only"]
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
        undotted: dict[str, set[int]] = defaultdict(set)  # senses named without a final dot
        for name, idx, alt in names:
            for variant in {name, fold_accents(name)}:
                key = name_key(variant)
                if not key or (variant != name and len(key) <= 3):
                    # a name of three letters or fewer is found with its accents only: "Po" is
                    # no Pô (Burkina Faso), "God" no Göd (Hungary)
                    continue
                seen = by_key[key]
                seen[idx] = seen.get(idx, True) and alt  # a primary name wins over an alternate
                if not variant.endswith("."):
                    undotted[key].add(idx)
                if len(key.replace(" ", "")) <= 4 or variant.endswith("."):
                    forms[key].add(variant.strip())
        # an accented spelling also finds the places whose own name is written without accents:
        # GeoNames writes many provinces plain ("San Martin", Peru), news with the accent ("San
        # Martín region" was a Mexican town, the only "San Martín" written so); not in a country
        # where a town is written with the accents ("São Paulo" stays the city, not the state)
        accented = [k for k in by_key if len(k) > 3 and not k.isascii()]
        for key in accented:
            plain = by_key.get(name_key(fold_accents(key)))
            if plain is not None:
                seen = by_key[key]
                # (a town's: GeoNames's unpopulated "San Martín" of Peru says nothing)
                countries = {entries[i].country_code for i in seen if entries[i].population > 0}
                for idx, alt in plain.items():
                    e = entries[idx]
                    if (
                        idx not in seen
                        # (a country always: "México" is Mexico, not only its capital's other
                        # name)
                        and (e.country_code not in countries or e.kind == "country")
                        and fold_accents(e.name) == e.name
                    ):
                        seen[idx] = alt
                        undotted[key].add(idx)
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
                [own_place_id(e) if e.place_id is None else e.place_id for e in entries],
                dtype=np.int64,
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
            # a sense named only by an abbreviation's dotted form ("Alta." for Alberta) is no
            # sense of the same letters written without the dot, where the key has one that is
            # ("Alta" in Norway): a Norwegian story's Alta was Alberta
            "dotted_only": {
                i: frozenset(set(by_key[k]) - undotted[k])
                for i, k in enumerate(keys)
                if undotted[k] and len(undotted[k]) < len(by_key[k])
            },
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

    def senses_of_surface(
        self, key: int, surface: str
    ) -> tuple[tuple[int, GazetteerEntry, bool, float], ...]:
        """:meth:`senses` of key ``key`` as the text writes it: without a final dot, not the
        senses named only by a dotted abbreviation (``dotted_only``).

        >>> ab = GazetteerEntry(1, "Alberta", "admin area", "CA", None, 55.0, -115.0, 4_000_000, "ADM1")
        >>> no = GazetteerEntry(2, "Alta", "city", "NO", None, 70.0, 23.3, 15_000, "PPL")
        >>> g = Gazetteer.from_entries([("Alta.", ab), ("Alberta", ab), ("Alta", no)])
        >>> k = g.key_of("Alta")
        >>> [s[1].name for s in g.senses_of_surface(k, "Alta")]
        ['Alta']
        >>> [s[1].name for s in g.senses_of_surface(k, "Alta.")]
        ['Alberta', 'Alta']
        """
        senses = self.senses(key)
        drop = self.dotted_only.get(key)
        if drop is None or surface.endswith("."):
            return senses
        return tuple(s for s in senses if s[0] not in drop)

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
        """The entry with this id, GeoNames' or :func:`own_place_id` (the feature itself, not a demonym
        or landmark of it)."""
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
            return (_cached_gazetteer, ())
        return (_from_state, (self._state(), dict(self._entries)))

    def _state(self) -> dict[str, Any]:
        return {
            name: getattr(self, name)
            for name in (
                "names", "codes", "admin1s", "fcodes", *self._ARRAYS, "keys", "index",
                "cand_start", "cand_entry", "cand_alt", "forms", "dotted_only",
            )
        }  # fmt: skip


_SENSE_CACHE_MAX = 100_000
_KIND_CODE = {k: i for i, k in enumerate(KINDS)}


def _cached_gazetteer() -> Gazetteer:
    """The process's cached gazetteer (what a cached one unpickles to in a worker)."""
    from helpers.gazetteer.store import load_gazetteer  # (the store imports this module)

    return load_gazetteer()


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
