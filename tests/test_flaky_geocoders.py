"""Flaky geocoders (issue 12, points 7-10): nothing hangs, every failed look-up is reported as an
IncompleteResult and retried next time, a broken cache costs nothing, and a provider name works in
``find_places`` as in ``analyze``. Every request goes to a fault-injecting server on 127.0.0.1."""

from __future__ import annotations

import re
import warnings

import pytest
from fake_geocoder_server import FakeGeocoderServer, FakePlace, closed_port
from geopy.exc import (
    GeocoderNotFound,
    GeocoderRateLimited,
    GeocoderServiceError,
    GeocoderTimedOut,
)

import helpers.geocode as geocode_module
from helpers.errors import DatelineWarning, IncompleteResult
from helpers.gazetteer import Gazetteer, GazetteerEntry
from helpers.geocode import (
    CachedGeocoder,
    GeocodeCache,
    GeocodeCacheRebuilt,
    OfflineGeocoder,
    get_geocoder,
    resolve_geocoder,
)
from helpers.geoparse import find_places

UA = "dateline-tests/1.0 (tests@example.org)"
HANOI_OSM = FakePlace("Hà Nội", 21.0283, 105.8542, "Việt Nam", "VN", None, 1903516)
ZYX_OSM = FakePlace("Zyxville", 10.0, 20.0, "Nowhere", "NW", None, 5)
TEXT = "Envoys from Zyxville met officials in Hanoi on Tuesday."


class FakeClock:
    """Moves only when something sleeps."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


@pytest.fixture
def server():
    with FakeGeocoderServer({"Hanoi": [HANOI_OSM], "Zyxville": [ZYX_OSM]}) as srv:
        yield srv


@pytest.fixture
def gaz() -> Gazetteer:
    hanoi = GazetteerEntry(1581130, "Hanoi", "city", "VN", "Hanoi", 21.02, 105.84, 1431270, "PPLC")
    return Gazetteer.from_entries([hanoi])


def online(server: FakeGeocoderServer, tmp_path, **kw) -> CachedGeocoder:
    opts = dict(
        user_agent=UA,
        domain=server.nominatim_domain,
        scheme="http",
        cache=tmp_path / "geocode.sqlite",
        min_delay_seconds=0.0,
        backoff_seconds=0.0,
        max_retries=0,
    )
    opts.update(kw)
    g = get_geocoder("nominatim", **opts)
    assert isinstance(g, CachedGeocoder)
    return g


# ------------------------------------------------------------------ 7. deadlines


def test_a_trickled_answer_cannot_stretch_the_timeout(server, tmp_path) -> None:
    server.fault_next("trickle", seconds=0.1)  # the whole answer would take ~40 s
    g = online(server, tmp_path, timeout=1)
    with pytest.raises(GeocoderTimedOut, match="deadline"):
        g.geocode("Hanoi")
    assert g.geocode("Hanoi").latitude == pytest.approx(21.0283)  # the next answer is used


def test_a_server_that_does_not_answer_times_out(server, tmp_path) -> None:
    server.fault_next("delay", seconds=3)
    g = online(server, tmp_path, timeout=0.5)
    with pytest.raises(GeocoderTimedOut):
        g.geocode("Hanoi")


def test_retry_after_past_the_look_ups_deadline_fails_at_once(server, tmp_path) -> None:
    clock = FakeClock()
    server.fail_next(429, headers={"Retry-After": "3600"})
    g = online(
        server, tmp_path, max_retries=3, deadline_seconds=60, clock=clock.clock, sleep=clock.sleep
    )
    with pytest.raises(GeocoderRateLimited, match="deadline"):
        g.geocode("Hanoi")
    assert clock.sleeps == [] and len(server.requests) == 1


def test_retry_after_within_the_deadline_is_honoured(server, tmp_path) -> None:
    clock = FakeClock()
    server.fail_next(429, headers={"Retry-After": "2"})
    g = online(server, tmp_path, max_retries=3, clock=clock.clock, sleep=clock.sleep)
    assert g.geocode("Hanoi") is not None
    assert clock.sleeps == [2.0] and len(server.requests) == 2


def test_malformed_json_is_a_geopy_error_and_not_cached(server, tmp_path) -> None:
    server.fault_next("malformed")
    g = online(server, tmp_path)
    with pytest.raises(GeocoderServiceError):
        g.geocode("Hanoi")
    assert g.geocode("Hanoi") is not None and len(server.requests) == 2


# ------------------------------------------------------------------ 8. failed look-ups reported


def _break(server: FakeGeocoderServer, how: str) -> None:
    if how == "malformed":
        server.fault_next("malformed")
    elif how == "trickle":
        server.fault_next("trickle", seconds=0.1)
    else:
        server.fail_next(int(how))


@pytest.mark.parametrize("how", ["500", "503", "429", "malformed", "trickle"])
def test_each_failed_look_up_is_an_incomplete_result_and_the_rerun_asks_again(
    server, tmp_path, gaz, how
) -> None:
    g = online(server, tmp_path, timeout=1)
    _break(server, how)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        df = find_places(TEXT, gazetteer=gaz, geocoder=g)
    assert df.surface.tolist() == ["Hanoi"]  # the gazetteer's places survive
    incomplete = [w.message for w in caught if isinstance(w.message, IncompleteResult)]
    assert [(w.stage, w.reason.split(":")[0]) for w in incomplete] == [("geocode", "Zyxville")]
    # nothing was cached: once the server is well, the same call finds the place
    assert find_places(TEXT, gazetteer=gaz, geocoder=g).surface.tolist() == ["Zyxville", "Hanoi"]


def test_an_unreachable_geocoder_is_an_incomplete_result(tmp_path, gaz) -> None:
    g = get_geocoder(
        "nominatim",
        user_agent=UA,
        domain=f"127.0.0.1:{closed_port()}",
        scheme="http",
        cache=tmp_path / "g.sqlite",
        max_retries=0,
    )
    with pytest.warns(IncompleteResult, match="Zyxville: CachedGeocoder: GeocoderUnavailable"):
        assert find_places(TEXT, gazetteer=gaz, geocoder=g).surface.tolist() == ["Hanoi"]


# ------------------------------------------------------------------ 9. a broken cache file


def test_a_garbage_cache_file_is_moved_aside_and_rebuilt(server, tmp_path, gaz) -> None:
    path = tmp_path / "geocode.sqlite"
    path.write_bytes(b"this is not a database, " * 200)
    with pytest.warns(GeocodeCacheRebuilt, match=re.escape(str(path))) as caught:
        g = online(server, tmp_path, cache=path)
    (aside,) = tmp_path.glob("geocode.sqlite.broken-*")
    assert aside.read_bytes().startswith(b"this is not a database")
    assert str(aside) in str(caught[0].message)
    assert issubclass(GeocodeCacheRebuilt, DatelineWarning)
    assert find_places(TEXT, gazetteer=gaz, geocoder=g).surface.tolist() == ["Zyxville", "Hanoi"]
    assert len(GeocodeCache(path)) == 1  # the rebuilt cache works


def test_a_cache_broken_while_in_use_costs_no_place(server, tmp_path, gaz) -> None:
    path = tmp_path / "geocode.sqlite"
    g = online(server, tmp_path, cache=path)
    for suffix in ("", "-wal", "-shm"):  # clobbered under a running process
        p = tmp_path / f"geocode.sqlite{suffix}"
        if p.exists():
            p.write_bytes(b"\x00garbage" * 1000)
    with pytest.warns(GeocodeCacheRebuilt):
        df = find_places(TEXT, gazetteer=gaz, geocoder=g)
    assert df.surface.tolist() == ["Zyxville", "Hanoi"]


# ------------------------------------------------------------------ 10. one resolve_geocoder


def test_find_places_accepts_a_provider_name_as_analyze_does(
    server, tmp_path, gaz, monkeypatch
) -> None:
    real = geocode_module.get_geocoder

    def pointed_at_the_fake_server(name, **kw):
        return real(
            name,
            user_agent=UA,
            domain=server.nominatim_domain,
            scheme="http",
            cache=tmp_path / "g.sqlite",
            min_delay_seconds=0.0,
        )

    monkeypatch.setattr(geocode_module, "get_geocoder", pointed_at_the_fake_server)
    monkeypatch.setattr(geocode_module, "_RESOLVED", {}, raising=False)
    df = find_places(TEXT, gazetteer=gaz, geocoder="nominatim")
    assert df.surface.tolist() == ["Zyxville", "Hanoi"]
    assert server.queries() == ["Zyxville"]
    assert resolve_geocoder("Nominatim") is resolve_geocoder("nominatim")  # built once


def test_resolve_geocoder_specs(server, tmp_path) -> None:
    assert resolve_geocoder(None) is None and resolve_geocoder("offline") is None
    g = online(server, tmp_path)
    assert resolve_geocoder(g) is g
    offline = OfflineGeocoder()
    assert resolve_geocoder(offline) is offline
    with pytest.raises(GeocoderNotFound):
        resolve_geocoder("no-such-provider")
    with pytest.raises(TypeError):
        resolve_geocoder(42)


# ------------------------------------------------------------------ issue 11: names as users write


@pytest.mark.parametrize(
    ("query", "kind", "country", "admin1"),
    [
        ("Washington State", "admin area", "US", "Washington"),
        ("Washington state", "admin area", "US", "Washington"),
        ("State of Washington", "admin area", "US", "Washington"),
        ("New York State", "admin area", "US", "New York"),
        ("Mexico City", "city", "MX", None),
    ],
)
def test_offline_geocoder_answers_names_as_users_write_them(query, kind, country, admin1) -> None:
    loc = OfflineGeocoder().geocode(query)
    assert loc is not None, query
    assert (loc.raw["kind"], loc.raw["country_code"]) == (kind, country)
    if admin1:
        assert loc.raw["admin1"] == admin1


# ------------------------------------------------------------------ 8. through the pipeline


def test_an_outage_during_analyze_is_an_errors_row_and_the_rerun_after_recovery_finds_the_place(
    server, tmp_path
) -> None:
    """The whole path a user sees: a look-up lost to an outage is an ``errors`` row of stage
    ``geocode`` naming the query, the article is not cached, and the run after the server recovers
    asks again and gets the place."""
    from helpers import analyze

    corpus = tmp_path / "articles"
    corpus.mkdir()
    (corpus / "envoys.txt").write_text("Envoys meet\n\n" + TEXT + "\n", encoding="utf-8")
    g = online(server, tmp_path, timeout=1)
    out = tmp_path / "out"

    server.fail_next(503)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", IncompleteResult)
        failed = analyze(corpus, out=out, geocoder=g, workers=1, progress=False)
    rows = failed.errors[["stage", "error"]].to_numpy().tolist()
    assert [stage for stage, _ in rows] == ["geocode"]
    assert rows[0][1].startswith("Zyxville:")
    assert "Zyxville" not in set(failed.places["surface"])

    recovered = analyze(corpus, out=out, geocoder=g, workers=1, progress=False)
    assert recovered.stats["retried"] == 1
    assert recovered.errors.empty
    assert "Zyxville" in set(recovered.places["surface"])
