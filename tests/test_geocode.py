"""Geocoding: the offline geocoder on a tiny gazetteer, online providers against a fake local server.

No test touches the internet: online paths talk to ``FakeGeocoderServer`` on 127.0.0.1. Rate limits
and backoff run on a fake clock whose ``sleep`` only records, so nothing waits and nothing is
asserted about wall-clock time.
"""

from __future__ import annotations

import pickle
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from fake_geocoder_server import FakeGeocoderServer, FakePlace, closed_port
from geopy.exc import (
    ConfigurationError,
    GeocoderNotFound,
    GeocoderRateLimited,
    GeocoderTimedOut,
    GeocoderUnavailable,
)
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from helpers.gazetteer import Gazetteer, GazetteerEntry
from helpers.geocode import (
    PROVIDER_POLICIES,
    USER_AGENT_ENV,
    CachedGeocoder,
    GeocodeCache,
    OfflineGeocoder,
    geocode_query,
    get_geocoder,
    location_to_dict,
)

# --- a tiny gazetteer -----------------------------------------------------------------------------
PARIS_FR = GazetteerEntry(
    2988507, "Paris", "city", "FR", "Île-de-France", 48.85341, 2.3488, 2138551, "PPLC"
)
PARIS_TX = GazetteerEntry(
    4717560, "Paris", "city", "US", "Texas", 33.66094, -95.55551, 24782, "PPL"
)
PARIS_TN = GazetteerEntry(
    4646571, "Paris", "city", "US", "Tennessee", 36.302, -88.32671, 10156, "PPL"
)
TEXAS = GazetteerEntry(4736286, "Texas", "admin area", "US", "Texas", 31.25, -99.25, 0, "ADM1")
USA = GazetteerEntry(6252001, "United States", "country", "US", None, 39.76, -98.5, 327e6, "PCLI")
FRANCE = GazetteerEntry(3017382, "France", "country", "FR", None, 46.0, 2.0, 66987244, "PCLI")
VIETNAM = GazetteerEntry(1562822, "Vietnam", "country", "VN", None, 16.17, 107.83, 95540800, "PCLI")
VIETNAMESE = GazetteerEntry(
    1562822, "Vietnam", "demonym", "VN", None, 16.17, 107.83, 95540800, "PCLI"
)
DA_NANG = GazetteerEntry(
    1583992, "Da Nang", "city", "VN", "Da Nang", 16.06778, 108.22083, 752493, "PPLA"
)
DANANG_TOWN = GazetteerEntry(9999001, "Da Nang", "city", "LA", None, 17.0, 105.0, 500, "PPL")
HANOI = GazetteerEntry(
    1581130, "Hanoi", "city", "VN", "Ha Noi", 21.0245, 105.84117, 8053663, "PPLC"
)
WASHINGTON = GazetteerEntry(
    4140963, "Washington", "city", "US", "District of Columbia", 38.89511, -77.03637, 689545, "PPLC"
)


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.from_entries(
        [
            PARIS_FR,
            PARIS_TX,
            PARIS_TN,
            TEXAS,
            ("TX", TEXAS),
            USA,
            ("USA", USA),
            FRANCE,
            VIETNAM,
            ("Viet Nam", VIETNAM),
            ("Vietnamese", VIETNAMESE),
            DA_NANG,
            ("Danang", DA_NANG),
            DANANG_TOWN,
            HANOI,
            WASHINGTON,
            ("Washington, D.C.", WASHINGTON),
        ]
    )


@pytest.fixture
def offline(gazetteer: Gazetteer) -> OfflineGeocoder:
    return OfflineGeocoder(gazetteer)


# --- offline: geocode -----------------------------------------------------------------------------
def test_offline_is_a_geopy_geocoder_returning_locations(offline: OfflineGeocoder) -> None:
    assert isinstance(offline, Geocoder)
    loc = offline.geocode("Hanoi")
    assert isinstance(loc, Location)
    assert (loc.latitude, loc.longitude) == (21.0245, 105.84117)
    assert loc.address == "Hanoi, Ha Noi, Vietnam"
    assert loc.raw["place_id"] == 1581130
    assert loc.raw["country_code"] == "VN" and loc.raw["country"] == "Vietnam"
    assert loc.raw["kind"] == "city" and loc.raw["population"] == 8053663
    assert loc.raw["source"] == "offline"


def test_offline_ranks_senses_and_returns_lists(offline: OfflineGeocoder) -> None:
    assert offline.geocode("paris").raw["place_id"] == PARIS_FR.place_id
    many = offline.geocode("Paris", exactly_one=False)
    assert [loc.raw["place_id"] for loc in many] == [2988507, 4717560, 4646571]
    assert len(offline.geocode("Paris", exactly_one=False, limit=2)) == 2


@pytest.mark.parametrize(
    ("query", "place_id"),
    [
        ("Paris, Texas", PARIS_TX.place_id),
        ("Paris, TX", PARIS_TX.place_id),
        ("Paris, Tennessee", PARIS_TN.place_id),  # no entry for the state: matched on admin1
        ("Paris, France", PARIS_FR.place_id),
        ("Paris, FR", PARIS_FR.place_id),
        ("Paris, Texas, USA", PARIS_TX.place_id),
        ("Da Nang, Vietnam", DA_NANG.place_id),
        ("Da Nang, Viet Nam", DA_NANG.place_id),
        ("Washington, D.C.", WASHINGTON.place_id),  # a comma inside a name
        ("Washington, D.C., USA", WASHINGTON.place_id),
    ],
)
def test_offline_city_qualifier_queries(
    offline: OfflineGeocoder, query: str, place_id: int
) -> None:
    assert offline.geocode(query).raw["place_id"] == place_id


def test_offline_qualifier_that_excludes_every_sense_finds_nothing(
    offline: OfflineGeocoder,
) -> None:
    assert offline.geocode("Paris, Vietnam") is None
    assert offline.geocode("Paris, Atlantis") is None


def test_offline_country_codes_filter(offline: OfflineGeocoder) -> None:
    assert offline.geocode("Paris", country_codes="us").raw["place_id"] == PARIS_TX.place_id
    assert offline.geocode("Paris", country_codes=["fr", "US"]).raw["country_code"] == "FR"
    assert offline.geocode("Da Nang", country_codes="la").raw["place_id"] == DANANG_TOWN.place_id
    assert offline.geocode("Hanoi", country_codes="fr") is None


def test_offline_unknown_names_and_demonyms_find_nothing(offline: OfflineGeocoder) -> None:
    assert offline.geocode("Atlantis") is None
    assert offline.geocode("Atlantis", exactly_one=False) is None
    assert offline.geocode("  ,  ") is None
    assert offline.geocode("Vietnamese") is None  # a clue in text, not an answer to "where is"


def test_offline_country_address_is_its_name(offline: OfflineGeocoder) -> None:
    assert offline.geocode("France").address == "France"
    assert offline.geocode("Texas").address == "Texas, United States"


# --- offline: reverse -----------------------------------------------------------------------------
def test_offline_reverse_returns_nearest_place(offline: OfflineGeocoder) -> None:
    loc = offline.reverse((16.05, 108.2))
    assert loc.raw["place_id"] == DA_NANG.place_id
    assert 0 < loc.raw["distance_km"] < 5
    assert offline.reverse("48.9, 2.4").raw["name"] == "Paris"
    assert [x.raw["name"] for x in offline.reverse((21.0, 105.8), exactly_one=False)] == ["Hanoi"]


def test_offline_reverse_rejects_non_points(offline: OfflineGeocoder) -> None:
    with pytest.raises(ValueError, match="latitude"):
        offline.reverse("somewhere nice")


# --- offline: works like any geopy geocoder -------------------------------------------------------
def test_offline_works_with_geopy_rate_limiter(offline: OfflineGeocoder) -> None:
    geocode = RateLimiter(offline.geocode, min_delay_seconds=0)
    found = [geocode(q) for q in ["Hanoi", "Da Nang, Vietnam", "Atlantis"]]
    assert [f.raw["place_id"] if f else None for f in found] == [1581130, 1583992, None]
    reverse = RateLimiter(offline.reverse, min_delay_seconds=0)
    assert reverse((38.9, -77.0)).raw["name"] == "Washington"


def test_offline_pickles_for_worker_processes(offline: OfflineGeocoder) -> None:
    clone = pickle.loads(pickle.dumps(offline))
    assert clone.geocode("Paris, Texas").raw["place_id"] == PARIS_TX.place_id
    lazy = pickle.loads(pickle.dumps(OfflineGeocoder()))  # default gazetteer not loaded to pickle
    assert lazy._gazetteer is None


def test_get_geocoder_offline(gazetteer: Gazetteer) -> None:
    g = get_geocoder("offline", gazetteer=gazetteer)
    assert isinstance(g, OfflineGeocoder)
    assert g.geocode("Hanoi").raw["place_id"] == 1581130
    assert isinstance(get_geocoder("OFFLINE"), OfflineGeocoder)


# --- the online path, against a fake server -------------------------------------------------------
HANOI_OSM = FakePlace("Hà Nội", 21.0283, 105.8542, "Việt Nam", "VN", None, 1903516)
DANANG_OSM = FakePlace("Đà Nẵng", 16.068, 108.212, "Việt Nam", "VN", None, 1904089)
PYONGYANG_OSM = FakePlace("평양", 39.0392, 125.7625, "조선민주주의인민공화국", "KP", None, 22)
PARIS_OSM = FakePlace("Paris", 48.8589, 2.32, "France", "FR", "Île-de-France", 7444)
PARIS_TX_OSM = FakePlace("Paris", 33.66, -95.55, "United States", "US", "Texas", 115357)
FAKE_PLACES = {
    "Hanoi": [HANOI_OSM],
    "Danang": [DANANG_OSM],
    "Pyongyang": [PYONGYANG_OSM],
    "Paris": [PARIS_OSM, PARIS_TX_OSM],
}
UA = "dateline-tests/1.0 (tests@example.org)"


class FakeClock:
    """A clock that only moves when something sleeps; every sleep is logged to ``events``."""

    def __init__(self, events: list) -> None:
        self.now = 1000.0
        self.events = events
        self.sleeps: list[float] = []
        self._lock = threading.Lock()

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        with self._lock:
            self.sleeps.append(seconds)
            self.events.append(("sleep", round(seconds, 6)))
            self.now += seconds


@pytest.fixture
def events() -> list:
    return []


@pytest.fixture
def server(events: list):
    with FakeGeocoderServer(FAKE_PLACES, events=events) as srv:
        yield srv


@pytest.fixture
def fake_clock(events: list) -> FakeClock:
    return FakeClock(events)


@pytest.fixture
def cache(tmp_path) -> GeocodeCache:
    return GeocodeCache(tmp_path / "geocode.sqlite")


def nominatim(server: FakeGeocoderServer, clock: FakeClock, cache, **kw) -> CachedGeocoder:
    opts = dict(
        user_agent=UA,
        domain=server.nominatim_domain,
        scheme="http",
        cache=cache,
        min_delay_seconds=0.0,
        backoff_seconds=0.5,
        clock=clock.clock,
        sleep=clock.sleep,
    )
    opts.update(kw)
    g = get_geocoder("nominatim", **opts)
    assert isinstance(g, CachedGeocoder)
    return g


def test_nominatim_through_fake_server(server, fake_clock, cache) -> None:
    g = nominatim(server, fake_clock, cache)
    assert isinstance(g, Geocoder)
    loc = g.geocode("Hanoi")
    assert loc.address == "Hà Nội, Việt Nam"
    assert (loc.latitude, loc.longitude) == (21.0283, 105.8542)
    assert loc.raw["osm_id"] == 1903516
    assert server.requests[0].path == "/nominatim/search"
    assert server.requests[0].headers["User-Agent"] == UA
    paris = g.geocode("Paris", exactly_one=False, country_codes="us")
    assert [p.raw["osm_id"] for p in paris] == [115357]
    assert server.requests[1].params["countrycodes"] == "us"


def test_cache_hit_avoids_second_request_and_survives_a_new_geocoder(
    server, fake_clock, cache
) -> None:
    g = nominatim(server, fake_clock, cache)
    first = g.geocode("Hanoi")
    again = g.geocode("  HANOI ")  # normalised query: same key
    assert again == first and again.raw == first.raw
    assert server.queries() == ["Hanoi"]
    # a fresh geocoder (a new notebook session) finds the answer on disk
    fresh = nominatim(server, fake_clock, GeocodeCache(cache.path))
    assert fresh.geocode("hanoi").address == first.address
    assert server.queries() == ["Hanoi"]
    assert fresh.requests_made == 0


def test_cache_keys_on_options_and_provider(server, fake_clock, cache) -> None:
    g = nominatim(server, fake_clock, cache)
    g.geocode("Paris")
    g.geocode("Paris", exactly_one=False)
    g.geocode("Paris", language="fr")
    assert server.queries() == ["Paris", "Paris", "Paris"]
    p = get_geocoder(
        "photon", domain=server.photon_domain, scheme="http", cache=cache, min_delay_seconds=0
    )
    p.geocode("Paris")  # same query, other provider: not answered from Nominatim's entry
    assert len(server.requests) == 4 and server.requests[-1].path == "/photon/api"
    assert len(cache) == 4


def test_negative_results_are_cached(server, fake_clock, cache) -> None:
    g = nominatim(server, fake_clock, cache)
    assert g.geocode("Atlantis") is None
    assert g.geocode("atlantis") is None
    assert server.queries() == ["Atlantis"]


def test_reverse_through_fake_server_and_cache(server, fake_clock, cache) -> None:
    g = nominatim(server, fake_clock, cache)
    loc = g.reverse((16.05, 108.2))
    assert loc.raw["osm_id"] == DANANG_OSM.osm_id
    assert g.reverse("16.05, 108.2").address == loc.address
    assert [r.path for r in server.requests] == ["/nominatim/reverse"]


def test_photon_through_fake_server(server, fake_clock, cache) -> None:
    g = get_geocoder(
        "photon",
        domain=server.photon_domain,
        scheme="http",
        cache=cache,
        min_delay_seconds=0,
        clock=fake_clock.clock,
        sleep=fake_clock.sleep,
    )
    loc = g.geocode("Danang")
    assert loc.address == "Đà Nẵng, Việt Nam"
    assert (loc.latitude, loc.longitude) == (16.068, 108.212)
    assert g.geocode("danang") == loc
    assert g.reverse((39.0, 125.7)).raw["properties"]["countrycode"] == "KP"
    assert [r.path for r in server.requests] == ["/photon/api", "/photon/reverse"]


def test_rate_limit_spaces_requests_but_not_cache_hits(server, fake_clock, cache, events) -> None:
    g = nominatim(server, fake_clock, cache, min_delay_seconds=1.0)
    for q in ["Hanoi", "Danang", "hanoi", "Pyongyang"]:
        g.geocode(q)
    kinds = [e[0] if e[0] == "sleep" else e[2] for e in events]
    # the limiter sleeps before the 2nd and 3rd requests; the cache hit in between costs nothing
    assert kinds == ["Hanoi", "sleep", "Danang", "sleep", "Pyongyang"]
    assert fake_clock.sleeps == [1.0, 1.0]


def test_rate_limit_with_zero_delay_never_sleeps(server, fake_clock, cache) -> None:
    g = nominatim(server, fake_clock, cache, min_delay_seconds=0.0)
    for q in ["Hanoi", "Danang", "Pyongyang"]:
        g.geocode(q)
    assert fake_clock.sleeps == [] and len(server.requests) == 3


def test_cached_geocoder_itself_works_with_geopy_rate_limiter(server, fake_clock, cache) -> None:
    g = nominatim(server, fake_clock, cache)
    geocode = RateLimiter(g.geocode, min_delay_seconds=0)
    assert [loc.raw["osm_id"] for loc in map(geocode, ["Hanoi", "Danang"])] == [1903516, 1904089]


def test_retries_after_503_with_exponential_backoff(server, fake_clock, cache) -> None:
    server.fail_next(503, times=2)
    g = nominatim(server, fake_clock, cache, max_retries=3, backoff_seconds=0.5)
    assert g.geocode("Hanoi").raw["osm_id"] == HANOI_OSM.osm_id
    assert server.queries() == ["Hanoi"] * 3
    assert fake_clock.sleeps == [0.5, 1.0]
    assert g.requests_made == 3


def test_retry_after_429_honours_retry_after_header(server, fake_clock, cache) -> None:
    server.fail_next(429, headers={"Retry-After": "7"})
    g = nominatim(server, fake_clock, cache, backoff_seconds=0.5)
    assert g.geocode("Danang").raw["osm_id"] == DANANG_OSM.osm_id
    assert fake_clock.sleeps == [7.0]
    assert len(server.requests) == 2


def test_retries_exhausted_raise_geopy_errors_and_nothing_is_cached(
    server, fake_clock, cache
) -> None:
    server.fail_next(504, times=3)
    g = nominatim(server, fake_clock, cache, max_retries=2, backoff_seconds=0.5)
    with pytest.raises(GeocoderTimedOut, match=r"nominatim geocoder .* after 3 attempts.*offline"):
        g.geocode("Hanoi")
    assert fake_clock.sleeps == [0.5, 1.0]
    assert g.geocode("Hanoi") is not None  # the failure was not cached as "nothing found"
    assert len(server.requests) == 4

    server.fail_next(429, times=1, headers={"Retry-After": "3"})
    g0 = nominatim(server, fake_clock, cache, max_retries=0)
    with pytest.raises(GeocoderRateLimited) as info:
        g0.geocode("Pyongyang")
    assert info.value.retry_after == 3


def test_backoff_is_capped(server, fake_clock, cache) -> None:
    server.fail_next(503, times=4)
    g = nominatim(server, fake_clock, cache, max_retries=4, backoff_seconds=1.0)
    g.max_backoff_seconds = 3.0
    g.geocode("Hanoi")
    assert fake_clock.sleeps == [1.0, 2.0, 3.0, 3.0]


def test_no_network_gives_one_clear_line(tmp_path, fake_clock) -> None:
    g = get_geocoder(
        "nominatim",
        user_agent=UA,
        domain=f"127.0.0.1:{closed_port()}",
        scheme="http",
        cache=tmp_path / "c.sqlite",
        min_delay_seconds=0,
        max_retries=1,
        backoff_seconds=0.01,
        clock=fake_clock.clock,
        sleep=fake_clock.sleep,
    )
    with pytest.raises(GeocoderUnavailable) as info:
        g.geocode("Hanoi")
    message = str(info.value)
    assert "\n" not in message
    assert "nominatim" in message and "127.0.0.1" in message
    assert "geocoder='offline'" in message
    assert fake_clock.sleeps == [0.01]  # retried once, with backoff
    # RateLimiter users who swallow errors get None, as with any geopy geocoder
    assert RateLimiter(g.geocode, max_retries=0, swallow_exceptions=True)("Hanoi") is None


def test_unreachable_provider_fails_fast_until_the_cooldown_ends(server, fake_clock, cache) -> None:
    g = nominatim(server, fake_clock, cache, max_retries=2, backoff_seconds=0.5)
    g.geocode("Hanoi")  # cached before the network goes away
    live_domain = g.inner.api
    g.inner.api = f"http://127.0.0.1:{closed_port()}/nominatim/search"
    with pytest.raises(GeocoderUnavailable, match="geocoder='offline'"):
        g.geocode("Danang")
    assert fake_clock.sleeps == [0.5, 1.0] and g.requests_made == 4
    with pytest.raises(GeocoderUnavailable, match="unreachable"):
        g.geocode("Pyongyang")  # no new attempts, no new waits
    assert fake_clock.sleeps == [0.5, 1.0] and g.requests_made == 4
    assert g.geocode("hanoi") is not None  # the cache still answers
    g.inner.api = live_domain
    fake_clock.now += g.unreachable_cooldown_seconds  # later: the provider is tried again
    assert g.geocode("Pyongyang").raw["osm_id"] == PYONGYANG_OSM.osm_id


# --- configuration --------------------------------------------------------------------------------
def test_nominatim_public_server_requires_an_identifying_user_agent(monkeypatch) -> None:
    monkeypatch.delenv(USER_AGENT_ENV, raising=False)
    with pytest.raises(ValueError, match=r"user_agent.*DATELINE_USER_AGENT"):
        get_geocoder("nominatim", cache=False)
    with pytest.raises(ConfigurationError):
        get_geocoder("nominatim", cache=False)
    monkeypatch.setenv(USER_AGENT_ENV, UA)
    g = get_geocoder("nominatim", cache=False)
    assert g.inner.headers["User-Agent"] == UA
    assert g.min_delay_seconds == PROVIDER_POLICIES["nominatim"].min_delay_seconds == 1.0


def test_public_endpoint_policy_cannot_be_undercut(monkeypatch) -> None:
    with pytest.warns(UserWarning, match="one request every 1.0 s"):
        g = get_geocoder("nominatim", user_agent=UA, cache=False, min_delay_seconds=0.1)
    assert g.min_delay_seconds == 1.0
    # your own server, your own rules
    own = get_geocoder("nominatim", domain="127.0.0.1:1", cache=False, min_delay_seconds=0.0)
    assert own.min_delay_seconds == 0.0
    assert own.inner.headers["User-Agent"].startswith("dateline/")


def test_unknown_provider_is_geopys_error() -> None:
    with pytest.raises(GeocoderNotFound):
        get_geocoder("no-such-geocoder")
    with pytest.raises(TypeError, match="CachedGeocoder"):
        get_geocoder(OfflineGeocoder())


def test_default_timeout_and_any_geopy_provider(monkeypatch) -> None:
    g = get_geocoder("arcgis", cache=False)
    assert isinstance(g, CachedGeocoder) and g.provider == "arcgis"
    assert g.inner.timeout == 10.0
    assert get_geocoder("photon", cache=False, timeout=3).inner.timeout == 3


def test_default_cache_lives_in_the_cache_dir(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("DATELINE_CACHE_DIR", str(tmp_path))
    g = get_geocoder("photon")
    assert g.cache.path == tmp_path / "geocode" / "geocode.sqlite"
    assert g.cache.path.exists()


# --- the cache itself -----------------------------------------------------------------------------
def test_cache_round_trips_locations_lists_and_nothing(cache: GeocodeCache) -> None:
    one = Location("Hà Nội", (21.0, 105.8), {"osm_id": 1, "nested": {"a": [1, 2]}})
    cache.put("p@x", "geocode", "Hanoi", {"exactly_one": True}, one)
    cache.put("p@x", "geocode", "Hanoi", {"exactly_one": False}, [one, one])
    cache.put("p@x", "geocode", "Nowhere", {"exactly_one": False}, None)
    assert cache.get("p@x", "geocode", "hanoi", {"exactly_one": True}) == (True, one)
    found, many = cache.get("p@x", "geocode", "hanoi", {"exactly_one": False})
    assert found and many == [one, one] and many[0].raw["nested"] == {"a": [1, 2]}
    assert cache.get("p@x", "geocode", "nowhere", {"exactly_one": False}) == (True, None)
    assert cache.get("p@x", "reverse", "hanoi", {"exactly_one": True}) == (False, None)
    assert cache.clear("p") == 3 and len(cache) == 0


def test_cache_is_safe_across_threads_and_pickles(cache: GeocodeCache) -> None:
    def work(i: int) -> None:
        for j in range(15):
            loc = Location(f"place {i}-{j}", (i, j), {"i": i})
            cache.put("p@x", "geocode", f"q{i}-{j}", {}, loc)
            assert cache.get("p@x", "geocode", f"q{i}-{j}", {})[1] == loc

    with ThreadPoolExecutor(6) as pool:
        list(pool.map(work, range(6)))
    assert len(cache) == 90
    assert len(pickle.loads(pickle.dumps(cache))) == 90


# --- geocode_query (what the CLI calls) -----------------------------------------------------------
def test_geocode_query_offline(gazetteer: Gazetteer) -> None:
    found = geocode_query("Paris", gazetteer=gazetteer)
    assert [loc.raw["place_id"] for loc in found] == [2988507, 4717560, 4646571]
    assert len(geocode_query("Paris", limit=1, gazetteer=gazetteer)) == 1
    assert (
        geocode_query("Paris", country_codes="us", limit=None, gazetteer=gazetteer)[0].raw["admin1"]
        == "Texas"
    )
    assert geocode_query("Atlantis", gazetteer=gazetteer) == []
    (near,) = geocode_query("16.05, 108.2", gazetteer=gazetteer)  # coordinates: reverse
    assert near.raw["name"] == "Da Nang"
    rec = location_to_dict(near)
    assert rec["place_id"] == 1583992 and rec["kind"] == "city" and rec["country_code"] == "VN"


def test_geocode_query_online_passes_limit(server, tmp_path) -> None:
    found = geocode_query(
        "Paris",
        "nominatim",
        limit=1,
        user_agent=UA,
        domain=server.nominatim_domain,
        scheme="http",
        cache=tmp_path / "c.sqlite",
        min_delay_seconds=0,
    )
    assert [loc.raw["osm_id"] for loc in found] == [PARIS_OSM.osm_id]
    assert server.requests[0].params["limit"] == "1"
    assert location_to_dict(found[0])["place_id"] is None  # an OSM id is not a GeoNames id


# --- the real gazetteer ---------------------------------------------------------------------------
@pytest.mark.slow
@pytest.mark.parametrize(
    ("query", "country", "admin1"),
    [
        ("Paris, Texas", "US", "Texas"),
        ("Da Nang, Vietnam", "VN", None),
        ("Springfield, IL, USA", "US", "Illinois"),
        ("London, Ontario", "CA", "Ontario"),
        ("Hanoi", "VN", None),
    ],
)
def test_real_gazetteer_qualified_queries(query: str, country: str, admin1: str | None) -> None:
    loc = get_geocoder("offline").geocode(query)
    assert loc is not None and loc.raw["country_code"] == country
    if admin1:
        assert loc.raw["admin1"] == admin1


# --- across processes -----------------------------------------------------------------------------
def test_request_clock_is_shared_by_geocoders_using_one_cache_file(
    server, fake_clock, cache, events
) -> None:
    # two geocoders = two worker processes: each has its own RateLimiter, but one cache file
    a = nominatim(server, fake_clock, cache, min_delay_seconds=1.0)
    b = nominatim(server, fake_clock, GeocodeCache(cache.path), min_delay_seconds=1.0)
    a.geocode("Hanoi")
    b.geocode("Danang")  # b's own limiter has never run; the shared slot still makes it wait
    a.geocode("Pyongyang")
    kinds = [e[0] if e[0] == "sleep" else e[2] for e in events]
    assert kinds == ["Hanoi", "sleep", "Danang", "sleep", "Pyongyang"]
    assert fake_clock.sleeps == [1.0, 1.0]


def test_reserve_slot_is_atomic_across_connections(cache: GeocodeCache) -> None:
    def claim(_: int) -> list[float]:
        return [cache.reserve_slot("nominatim@x", 1.0, now=5000.0) for _ in range(5)]

    with ThreadPoolExecutor(4) as pool:
        waits = [w for ws in pool.map(claim, range(4)) for w in ws]
    assert sorted(waits) == [float(i) for i in range(20)]  # no two callers got the same slot
    # a slot far in the future is a wall clock that jumped: do not wait for it
    assert cache.reserve_slot("nominatim@x", 1.0, now=5000.0 - 10_000) == 0.0


def test_online_geocoder_pickles_for_worker_processes(server, tmp_path) -> None:
    g = get_geocoder(
        "nominatim",
        user_agent=UA,
        domain=server.nominatim_domain,
        scheme="http",
        cache=tmp_path / "c.sqlite",
        min_delay_seconds=0,
    )
    g.geocode("Hanoi")
    clone = pickle.loads(pickle.dumps(g))
    assert isinstance(clone, CachedGeocoder) and clone is not g
    assert clone.geocode("hanoi") == g.geocode("Hanoi")  # answered from the shared cache file
    assert clone.geocode("Danang").raw["osm_id"] == DANANG_OSM.osm_id
    assert server.queries() == ["Hanoi", "Danang"]
    assert clone.inner.headers["User-Agent"] == UA
    bare = CachedGeocoder(OfflineGeocoder(), provider="x")
    with pytest.raises(TypeError, match="get_geocoder"):
        pickle.dumps(bare)
