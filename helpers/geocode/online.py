"""Online geocoders, never called bare: each provider's request policy
(:data:`PROVIDER_POLICIES`), :class:`CachedGeocoder` — a geopy provider behind the persistent
cache (:mod:`helpers.geocode_cache`), a rate limit shared across processes, timeouts and
retries within a deadline — and :func:`get_geocoder`, which builds a ready geocoder by name
(``"offline"`` or a provider wrapped so) and rebuilds one in a worker process.
"""

from __future__ import annotations

import logging
import os
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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

from helpers.geocode.adapters import (
    _default_user_agent,
    _NoNetworkAdapter,
    _single_shot_adapter,
)
from helpers.geocode.offline import OfflineGeocoder, _parse_point
from helpers.geocode_cache import GeocodeCache

# (the package's logger, as before the split: log records keep the name they had)
logger = logging.getLogger("helpers.geocode")

DEFAULT_TIMEOUT = 10.0  # seconds; geopy's default (1 s) is shorter than a busy public server needs
# seconds one look-up may take with its retries and their waits: a flaky server, or one that asks
# us to come back (Retry-After) much later, costs a look-up this long at most, then it fails
DEFAULT_DEADLINE = 60.0
USER_AGENT_ENV = "DATELINE_USER_AGENT"


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


def _rebuild(spec: dict[str, Any]) -> Geocoder:
    spec = dict(spec)
    return get_geocoder(spec.pop("name"), **spec)
