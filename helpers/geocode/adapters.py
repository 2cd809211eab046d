"""The HTTP adapters Dateline's geocoders send through, and the User-Agent they send.

geopy builds every geocoder around an adapter. :class:`_NoNetworkAdapter` is the one of the
geocoders that answer themselves (:class:`~helpers.geocode.OfflineGeocoder`, and
:class:`~helpers.geocode.CachedGeocoder`, whose wrapped provider makes the requests): it holds
nothing, so they pickle. :func:`_single_shot_adapter` is the one of the wrapped online
providers: one HTTP attempt per request (every retry is ``CachedGeocoder``'s) within a
wall-clock deadline.
"""

from __future__ import annotations

import json
import threading
from functools import cache
from typing import Any

from geopy.adapters import BaseSyncAdapter
from geopy.exc import GeocoderServiceError, GeocoderTimedOut, GeocoderUnavailable


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
