"""A fake geocoding service on 127.0.0.1 speaking Nominatim's JSON and Photon's GeoJSON.

Tests of online geocoding point geopy at it (``domain=server.nominatim_domain, scheme="http"``), so
nothing ever reaches the internet. The server records every request, in order, and can be told to
fail the next requests with an HTTP status (503, 429 with ``Retry-After``, ...) or with a fault
(:meth:`FakeGeocoderServer.fault_next`): an answer trickled a byte at a time, a delay before any
answer, malformed JSON. Every fault is bounded in time, so the server always stops.

    with FakeGeocoderServer({"Hanoi": [HANOI]}) as server:
        Nominatim(domain=server.nominatim_domain, scheme="http", user_agent="t").geocode("Hanoi")
        assert server.queries() == ["Hanoi"]
"""

from __future__ import annotations

import json
import math
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit


@dataclass(frozen=True)
class FakePlace:
    name: str
    lat: float
    lon: float
    country: str
    country_code: str
    state: str | None = None
    osm_id: int = 0
    kind: str = "city"


@dataclass
class RecordedRequest:
    path: str
    params: dict[str, str]
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def query(self) -> str | None:
        return self.params.get("q")


def _key(name: str) -> str:
    return " ".join(name.casefold().split())


class FakeGeocoderServer:
    """Serves ``/nominatim/search``, ``/nominatim/reverse``, ``/photon/api`` and ``/photon/reverse``.

    ``places`` maps a name to its places, best first. ``events``, when given, receives
    ``("request", path, q)`` tuples as requests arrive, so a test can interleave them with other
    events it records (such as the sleeps of a rate limiter) and check their order.
    """

    def __init__(
        self,
        places: dict[str, list[FakePlace]] | None = None,
        *,
        events: list[tuple[Any, ...]] | None = None,
    ) -> None:
        self.places = {_key(k): v for k, v in (places or {}).items()}
        self.events = events if events is not None else []
        self.requests: list[RecordedRequest] = []
        self._failures: list[tuple[int, dict[str, str]]] = []
        self._faults: list[tuple[str, float]] = []
        self._closing = threading.Event()  # ends trickles and delays when the server stops
        self._lock = threading.Lock()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- control ---------------------------------------------------------------------------------
    def fail_next(self, status: int, times: int = 1, headers: dict[str, str] | None = None) -> None:
        """Answer the next ``times`` requests with ``status`` (and these headers)."""
        with self._lock:
            self._failures.extend([(status, dict(headers or {}))] * times)

    def fault_next(self, kind: str, times: int = 1, *, seconds: float = 0.05) -> None:
        """Misbehave on the next ``times`` requests (after any ``fail_next`` statuses):

        * ``"trickle"`` — a correct answer, one byte every ``seconds`` (headers at once);
        * ``"delay"`` — wait ``seconds`` before answering at all;
        * ``"malformed"`` — status 200 with a body that is not JSON.

        A trickle or delay stops when the client hangs up or the server stops, after 30 s at most.
        """
        if kind not in ("trickle", "delay", "malformed"):
            raise ValueError(f"unknown fault {kind!r}")
        with self._lock:
            self._faults.extend([(kind, seconds)] * times)

    def queries(self) -> list[str | None]:
        return [r.query for r in self.requests]

    @property
    def port(self) -> int:
        assert self._httpd is not None, "server not started"
        return self._httpd.server_address[1]

    @property
    def nominatim_domain(self) -> str:
        return f"127.0.0.1:{self.port}/nominatim"

    @property
    def photon_domain(self) -> str:
        return f"127.0.0.1:{self.port}/photon"

    def __enter__(self) -> FakeGeocoderServer:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                server._handle(self)

            def log_message(self, format: str, *args: Any) -> None:  # keep pytest output clean
                pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.05,), daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._httpd is not None
        self._closing.set()
        self._httpd.shutdown()
        self._httpd.server_close()

    # -- answers ---------------------------------------------------------------------------------
    def _handle(self, h: BaseHTTPRequestHandler) -> None:
        url = urlsplit(h.path)
        params = {k: v[-1] for k, v in parse_qs(url.query).items()}
        with self._lock:
            self.requests.append(RecordedRequest(url.path, params, dict(h.headers.items())))
            self.events.append(("request", url.path, params.get("q")))
            failure = self._failures.pop(0) if self._failures else None
            fault = self._faults.pop(0) if self._faults and failure is None else None
        if failure is not None:
            status, headers = failure
            self._send(h, status, {"error": f"fake failure {status}"}, headers)
            return
        if fault is not None and fault[0] == "malformed":
            self._send_raw(h, 200, b'[{"lat": "21.0", "lon": ')
            return
        if fault is not None and fault[0] == "delay":
            self._closing.wait(min(fault[1], 30.0))
        routes = {
            "/nominatim/search": self._nominatim_search,
            "/nominatim/reverse": self._nominatim_reverse,
            "/photon/api": self._photon_search,
            "/photon/reverse": self._photon_reverse,
        }
        route = routes.get(url.path)
        if route is None:
            self._send(h, 404, {"error": "not found"})
            return
        if fault is not None and fault[0] == "trickle":
            self._trickle(h, json.dumps(route(params)).encode(), fault[1])
            return
        self._send(h, 200, route(params))

    @staticmethod
    def _send_raw(h: BaseHTTPRequestHandler, status: int, data: bytes) -> None:
        h.send_response(status)
        h.send_header("Content-Type", "application/json")
        h.send_header("Content-Length", str(len(data)))
        h.end_headers()
        h.wfile.write(data)

    def _trickle(self, h: BaseHTTPRequestHandler, data: bytes, every: float) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "application/json")
        h.send_header("Content-Length", str(len(data)))
        h.end_headers()
        h.wfile.flush()
        stop = time.monotonic() + 30.0
        for i in range(len(data)):
            if time.monotonic() > stop:
                break
            try:
                h.wfile.write(data[i : i + 1])
                h.wfile.flush()
            except OSError:  # the client hung up: the fault did its job
                return
            if self._closing.wait(every):
                return

    @staticmethod
    def _send(
        h: BaseHTTPRequestHandler, status: int, body: Any, headers: dict[str, str] | None = None
    ) -> None:
        data = json.dumps(body).encode()
        h.send_response(status)
        h.send_header("Content-Type", "application/json")
        h.send_header("Content-Length", str(len(data)))
        for k, v in (headers or {}).items():
            h.send_header(k, v)
        h.end_headers()
        h.wfile.write(data)

    def _matches(self, params: dict[str, str]) -> list[FakePlace]:
        found = self.places.get(_key(params.get("q", "")), [])
        codes = params.get("countrycodes")
        if codes:
            allowed = {c.strip().upper() for c in codes.split(",")}
            found = [p for p in found if p.country_code in allowed]
        limit = int(params.get("limit", 0) or 0)
        return found[:limit] if limit else found

    def _nearest(self, params: dict[str, str]) -> FakePlace | None:
        lat, lon = float(params["lat"]), float(params["lon"])
        everything = [p for ps in self.places.values() for p in ps]
        if not everything:
            return None
        return min(everything, key=lambda p: math.hypot(p.lat - lat, p.lon - lon))

    @staticmethod
    def _nominatim(p: FakePlace) -> dict[str, Any]:
        display = ", ".join(x for x in (p.name, p.state, p.country) if x)
        return {
            "place_id": p.osm_id + 100,
            "licence": "Data © OpenStreetMap contributors, ODbL 1.0.",
            "osm_type": "relation",
            "osm_id": p.osm_id,
            "lat": str(p.lat),  # Nominatim sends coordinates as strings
            "lon": str(p.lon),
            "class": "place",
            "type": p.kind,
            "importance": 0.7,
            "display_name": display,
            "boundingbox": [str(p.lat - 0.1), str(p.lat + 0.1), str(p.lon - 0.1), str(p.lon + 0.1)],
        }

    def _nominatim_search(self, params: dict[str, str]) -> Any:
        return [self._nominatim(p) for p in self._matches(params)]

    def _nominatim_reverse(self, params: dict[str, str]) -> Any:
        p = self._nearest(params)
        return {"error": "Unable to geocode"} if p is None else self._nominatim(p)

    @staticmethod
    def _photon(p: FakePlace) -> dict[str, Any]:
        props = {
            "osm_id": p.osm_id,
            "osm_type": "R",
            "name": p.name,
            "country": p.country,
            "countrycode": p.country_code,
            "type": p.kind,
        }
        if p.state:
            props["state"] = p.state
        return {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [p.lon, p.lat]},
            "properties": props,
        }

    def _photon_search(self, params: dict[str, str]) -> Any:
        return {
            "type": "FeatureCollection",
            "features": [self._photon(p) for p in self._matches(params)],
        }

    def _photon_reverse(self, params: dict[str, str]) -> Any:
        p = self._nearest(params)
        return {"type": "FeatureCollection", "features": [] if p is None else [self._photon(p)]}


def closed_port() -> int:
    """A local port nothing listens on (bound, then released)."""
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
