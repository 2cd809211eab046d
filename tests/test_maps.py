"""Maps: aggregation, GIS export, the offline static map and the self-contained folium page."""

from __future__ import annotations

import json
import re

import matplotlib

matplotlib.use("Agg")

import geopandas as gpd
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from shapely.geometry import Point

from helpers import maps


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


def _places(rows: list[tuple]) -> pd.DataFrame:
    """rows: (article_id, name, place_id, kind, country_code, lat, lon)."""
    return pd.DataFrame(
        {
            "article_id": [r[0] for r in rows],
            "start": range(len(rows)),
            "end": range(1, len(rows) + 1),
            "surface": [r[1] for r in rows],
            "place_id": pd.array([r[2] for r in rows], dtype="Int64"),
            "name": [r[1] for r in rows],
            "kind": [r[3] for r in rows],
            "country_code": [r[4] for r in rows],
            "lat": [r[5] for r in rows],
            "lon": [r[6] for r in rows],
            "score": 1.0,
            "why": "test",
        }
    )


HANOI = ("Hanoi", 1581130, "city", "VN", 21.0245, 105.84117)
DANANG = ("Danang", 1583992, "city", "VN", 16.06778, 108.22083)
VIETNAM = ("Vietnam", 1562822, "country", "VN", 16.16667, 107.83333)
WASHINGTON = ("Washington", 4140963, "city", "US", 38.89511, -77.03637)
PLACES = _places(
    [
        ("a", *HANOI),
        ("a", *HANOI),
        ("a", *DANANG),
        ("a", *VIETNAM),
        ("b", *HANOI),
        ("b", *WASHINGTON),
        ("b", "Nowhere", None, None, None, None, None),  # unresolved mention
    ]
)
ARTICLES = pd.DataFrame(
    {
        "article_id": ["a", "b"],
        "title": ["Envoy in Washington", "<img src=x onerror=alert(1)> `${x}` </script>"],
    }
)


# --------------------------------------------------------------------------- tables


def test_place_counts_aggregates_mentions_and_articles():
    counts = maps.place_counts(PLACES, ARTICLES)
    assert counts["name"].tolist()[0] == "Hanoi"  # most mentioned first
    hanoi = counts.set_index("name").loc["Hanoi"]
    assert (hanoi["mentions"], hanoi["n_articles"]) == (3, 2)
    assert hanoi["article_ids"] == ("a", "b")
    assert hanoi["titles"][0] == "Envoy in Washington"
    assert "Nowhere" not in set(counts["name"])  # no coordinates, nothing to map
    assert counts["place_id"].dtype == "Int64"
    assert counts["mentions"].sum() == 6


def test_a_place_named_first_by_its_demonym_keeps_its_own_kind():
    rows = _places(
        [
            ("a", "Georgia", 614540, "demonym", "GE", 42.0, 43.5),  # "Georgian"
            ("a", "Georgia", 614540, "country", "GE", 42.0, 43.5),
        ]
    )
    assert maps.place_counts(rows)["kind"].tolist() == ["country"]


def test_place_counts_without_ids_groups_by_name_and_position():
    rows = _places([("a", "Camp X", None, "landmark", "VN", 10.0, 106.0)] * 2)
    counts = maps.place_counts(rows)
    assert len(counts) == 1 and counts["mentions"].iloc[0] == 2
    assert counts["titles"].iloc[0] == ("a",)  # no articles table: ids stand in for titles
    assert maps.place_counts(PLACES.iloc[:0]).empty


def test_to_geodataframe_per_mention_and_per_place():
    per_mention = maps.to_geodataframe(PLACES)
    assert isinstance(per_mention, gpd.GeoDataFrame)
    assert per_mention.crs.to_epsg() == 4326
    assert len(per_mention) == 6
    assert {"surface", "start", "why"} <= set(per_mention.columns)
    first = per_mention.geometry.iloc[0]
    assert (first.x, first.y) == (HANOI[5], HANOI[4])  # x is longitude
    per_place = maps.to_geodataframe(PLACES, ARTICLES, aggregate=True)
    assert len(per_place) == 4
    assert per_place.set_index("name").loc["Hanoi", "article_ids"] == "a | b"


def test_to_geojson_round_trips_through_a_gis_reader(tmp_path):
    path = maps.to_geojson(PLACES, tmp_path / "out" / "places.geojson", ARTICLES)
    raw = json.loads(path.read_text(encoding="utf-8"))
    props = raw["features"][0]["properties"]
    assert props["place_id"] == 1581130 and isinstance(props["place_id"], int)
    back = gpd.read_file(path)
    assert len(back) == 4 and back.crs.to_epsg() == 4326
    assert back.set_index("name").loc["Washington", "mentions"] == 1


# --------------------------------------------------------------------------- outlines and extent


def test_country_outlines_ship_with_the_package_and_contain_their_cities():
    outlines = maps.country_outlines()
    assert len(outlines) > 150
    assert {"name", "iso_a2", "iso_a3", "geometry"} <= set(outlines.columns)
    vietnam = outlines[outlines["iso_a2"] == "VN"].geometry.iloc[0]
    assert vietnam.contains(Point(HANOI[5], HANOI[4]))
    usa = outlines[outlines["iso_a3"] == "USA"].geometry.iloc[0]
    assert usa.contains(Point(-100, 40)) and not usa.contains(Point(HANOI[5], HANOI[4]))
    outlines.loc[0, "name"] = "changed"  # callers get a copy, never the cached table
    assert maps.country_outlines().loc[0, "name"] != "changed"


def test_map_extent_zooms_to_the_places_and_goes_world_only_when_they_span_it():
    west, east, south, north = maps.map_extent([105.8, 108.2], [21.0, 16.1])
    assert west < 105.8 and east > 108.2 and south < 16.1 and north > 21.0
    assert east - west >= 24 and north - south >= 14  # one region, not a pin on a blank page
    assert maps.map_extent([-77.0, 105.8], [38.9, 21.0]) == maps.WORLD
    assert maps.map_extent([], []) == maps.WORLD
    w, e, s, n = maps.map_extent([179.0], [-17.0])  # Fiji: the window slides, never spills
    assert e <= 180 and w >= -180 and e - w == pytest.approx(24)
    w, e, s, n = maps.map_extent([105.8, 125.7], [21.0, 39.0], aspect=1.6)
    ratio = (e - w) * np.cos(np.radians((s + n) / 2)) / (n - s)
    assert ratio == pytest.approx(1.6, rel=1e-3)


FIJI = ("Suva", 2198148, "city", "FJ", -18.14161, 178.44149)
SAMOA = ("Apia", 4035413, "city", "WS", -13.83333, -171.76666)
TONGA = ("Nuku'alofa", 4032402, "city", "TO", -21.13938, -175.2018)


def test_map_extent_crosses_the_antimeridian_instead_of_showing_the_world():
    w, e, s, n = maps.map_extent([FIJI[5], SAMOA[5], TONGA[5]], [FIJI[4], SAMOA[4], TONGA[4]])
    assert (w, e, s, n) != maps.WORLD
    assert w < FIJI[5] < 180 < e < 200  # east edge past 180: the window spans the antimeridian
    assert all(w < x < e for x in maps.wrap_longitudes([FIJI[5], SAMOA[5], TONGA[5]], w))
    # points either side of Greenwich: the plain window
    assert maps.map_extent([-1.0, 2.0], [51.0, 48.0])[1] < 180
    assert maps.map_extent([-120.0, 0.0, 120.0], [0.0, 0.0, 0.0]) == maps.WORLD  # no way round


def test_static_map_across_the_antimeridian_draws_points_in_one_window():
    fig = maps.static_map(_places([("a", *FIJI), ("a", *SAMOA), ("a", *TONGA)]))
    ax = fig.axes[0]
    (x0, x1) = ax.get_xlim()
    assert x1 - x0 < 60 and x1 > 180
    symbols = max(ax.collections, key=lambda c: len(c.get_offsets()) if c.get_offsets().size else 0)
    assert all(x0 < x < x1 for x, _ in symbols.get_offsets())
    fig.canvas.draw()
    labels = [t.get_text() for t in ax.get_xticklabels() if t.get_text()]
    assert all(-180 <= float(t.replace("−", "-")) <= 180 for t in labels)
    # Samoa's outline is drawn east of the antimeridian, where its point is
    drawn = [p for c in ax.collections for p in c.get_paths()]
    assert any(p.vertices[:, 0].min() > 180 for p in drawn if len(p.vertices))


def test_interactive_map_across_the_antimeridian_keeps_markers_together():
    page = maps.interactive_map(_places([("a", *FIJI), ("a", *SAMOA)])).get_root().render()
    lons = sorted(d["lon"] for d in _marker_data(page))
    assert lons[1] - lons[0] < 20 and lons[1] > 180


# --------------------------------------------------------------------------- static map


def test_static_map_draws_proportional_symbols_inside_the_zoomed_extent():
    fig = maps.static_map(PLACES[PLACES["country_code"] == "VN"], ARTICLES)
    ax = fig.axes[0]
    symbols = max(ax.collections, key=lambda c: len(c.get_offsets()) if c.get_offsets().size else 0)
    offsets = symbols.get_offsets()
    sizes = dict(zip(map(tuple, np.round(offsets, 4)), symbols.get_sizes(), strict=True))
    hanoi = sizes[(round(HANOI[5], 4), round(HANOI[4], 4))]
    danang = sizes[(round(DANANG[5], 4), round(DANANG[4], 4))]
    assert hanoi == pytest.approx(3 * danang)  # area proportional to mentions (3 vs 1)
    (x0, x1), (y0, y1) = ax.get_xlim(), ax.get_ylim()
    assert x1 - x0 < 60  # zoomed to Vietnam, not the world
    assert all(x0 < x < x1 and y0 < y < y1 for x, y in offsets)
    assert ax.get_xlabel() == "Longitude (°E)" and ax.get_ylabel() == "Latitude (°N)"
    assert {t.get_text() for t in ax.texts} >= {"Hanoi", "Danang", "Vietnam"}
    assert "countryinfo" in fig.texts[0].get_text()


def test_static_map_labels_do_not_overlap():
    # ten places crowded into a small box: their labels start on top of each other
    rows = [
        ("a", f"Place number {i}", 1000 + i, "city", "VN", 16.0 + (i % 3) * 0.2, 106.0 + i * 0.15)
        for i in range(10)
    ]
    fig = maps.static_map(_places(rows), top_labels=10)
    ax = fig.axes[0]
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    boxes = [t.get_window_extent(renderer) for t in ax.texts if t.get_text().startswith("Place")]
    assert len(boxes) == 10
    overlaps = [(i, j) for i in range(10) for j in range(i + 1, 10) if boxes[i].overlaps(boxes[j])]
    assert overlaps == []


def test_static_map_world_view_and_empty_input(tmp_path):
    fig = maps.static_map(PLACES, ARTICLES, save="world", folder=tmp_path)
    x0, x1 = fig.axes[0].get_xlim()
    assert x1 - x0 == pytest.approx(360)
    assert (tmp_path / "world.png").stat().st_size > 10_000
    assert (tmp_path / "world.svg").exists()
    empty = maps.static_map(PLACES.iloc[:0])
    assert "No located places" in " ".join(t.get_text() for t in empty.axes[0].texts)


# --------------------------------------------------------------------------- interactive map


def _marker_data(page: str) -> list[dict]:
    match = re.search(r"var places = (\[.*?\]);\n", page)
    assert match, "marker data not found in the page"
    return json.loads(match.group(1))


def test_interactive_map_is_self_contained_and_escapes_titles():
    page = maps.interactive_map(PLACES, ARTICLES).get_root().render()
    # Leaflet is inlined: no script or stylesheet comes from the network
    assert not re.search(r"<script[^>]+src=[\"']https?:", page)
    assert not re.search(r"<link[^>]+href=[\"']https?:", page)
    assert "L.circleMarker" in page and "L.map(" in page
    # untrusted titles: no raw tag, no script break-out, no template-literal interpolation
    assert "<img src=x" not in page and "onerror=alert(1)>" not in page
    assert page.count("</script>") == page.count("<script")
    data = _marker_data(page)
    # titles only ever appear inside the JSON data (a string to JS, not a template literal)
    blob = re.search(r"var places = (\[.*?\]);\n", page).group(1)
    assert "${x}" in blob and "${x}" not in page.replace(blob, "")
    hanoi = next(d for d in data if d["tooltip"].startswith("Hanoi"))
    assert "3 mentions in 2 articles" in hanoi["popup"]
    assert "&lt;img src=x onerror=alert(1)&gt;" in hanoi["popup"]
    radii = {d["tooltip"].split(" (")[0]: d["radius"] for d in data}
    # area ∝ mentions: (r - 4)² grows linearly with the count
    assert (radii["Hanoi"] - 4) ** 2 == pytest.approx(3 * (radii["Danang"] - 4) ** 2, rel=1e-2)


def test_interactive_map_tiles_outlines_and_clustering():
    no_tiles = maps.interactive_map(PLACES, tiles=None).get_root().render()
    assert "tile.openstreetmap.org" not in no_tiles
    assert "Country outlines (offline)" in no_tiles
    assert "markerClusterGroup" not in no_tiles  # few places: no clustering
    with_tiles = maps.interactive_map(PLACES, outlines=False).get_root().render()
    assert "tile.openstreetmap.org" in with_tiles
    assert "Country outlines" not in with_tiles
    many = _places(
        [("a", f"P{i}", i + 1, "city", "VN", 10 + i * 0.1, 100 + i * 0.1) for i in range(80)]
    )
    clustered = maps.interactive_map(many, tiles=None, outlines=False).get_root().render()
    assert "L.markerClusterGroup(" in clustered
    assert not re.search(r"(src|href)=[\"']https?://[^\"']*markercluster", clustered)
    assert len(_marker_data(clustered)) == 80


def test_interactive_map_online_mode_links_the_cdn(tmp_path):
    m = maps.interactive_map(PLACES, offline=False, outlines=False)
    path = maps.save_map(m, tmp_path / "sub" / "map.html")
    page = path.read_text(encoding="utf-8")
    assert re.search(r"<script[^>]+src=\"https://[^\"]+leaflet\.js\"", page)


def test_interactive_map_falls_back_to_the_cdn_when_leaflet_is_not_installed(monkeypatch):
    monkeypatch.setattr(maps, "_offline_assets", lambda: None)
    with pytest.warns(UserWarning, match="XStatic-Leaflet"):
        page = maps.interactive_map(PLACES, outlines=False).get_root().render()
    assert re.search(r"<script[^>]+src=\"https://[^\"]+leaflet\.js\"", page)
    assert "dateline-place" in page  # the markers are there all the same


def _sydney_and_friends() -> pd.DataFrame:
    rows = [("a", *HANOI), ("a", *WASHINGTON), ("a", *VIETNAM)]
    rows += [("b", "Sydney", 2147714, "city", "AU", -33.86785, 151.20732)] * 3
    rows += [("b", "New South Wales", 2155400, "admin area", "AU", -33.0, 146.0)]
    rows += [("c", "Cape Town", 3369157, "city", "ZA", -33.92584, 18.42322)]
    return _places(rows)


def test_static_map_legends_sit_outside_the_map():
    """No legend hides a place: both sit beside the map, not on it (Sydney was under "Kind")."""
    fig = maps.static_map(_sydney_and_friends())
    fig.canvas.draw()
    ax = fig.axes[0]
    renderer = fig.canvas.get_renderer()
    legends = [a for a in ax.get_children() if isinstance(a, matplotlib.legend.Legend)]
    assert {lg.get_title().get_text() for lg in legends} == {"Kind", "Mentions"}
    frame = ax.get_window_extent(renderer)
    for legend in legends:
        box = legend.get_window_extent(renderer)
        assert box.x0 >= frame.x1, legend.get_title().get_text()  # wholly to the right
        assert box.y0 >= fig.bbox.y0 - 1 and box.y1 <= fig.bbox.y1 + 1  # and on the figure


def test_interactive_map_has_a_legend_for_colours_and_sizes():
    places = _sydney_and_friends()
    page = maps.interactive_map(places, tiles=None).get_root().render()
    legend = re.search(r"<div class='dateline-legend'.*?</div></div>", page, flags=re.S)
    assert legend, "no legend on the interactive map"
    text = legend.group(0)
    for kind in ("city", "country", "admin area"):
        assert f"{maps._colour(kind)}" in text and kind in text
    assert "Mentions" in text and "circle area" in text
    # reference circles for 1 and the largest count (Sydney, 3), the same size as such markers
    assert "r='22.0'" in text and '"radius": 22.0' in page  # Sydney's marker
    small = re.search(r"r='([\d.]+)'[^<]*</svg><span[^>]*>1</span>", text)
    assert small and float(small.group(1)) < 22.0
    assert "6 places, 8 mentions" in text


def test_every_place_kind_has_its_own_colour():
    # round 24 (folder 63's map): "region" and "continent" shared one purple in the legend
    colours = list(maps.KIND_COLOURS.values())
    assert len(set(colours)) == len(colours)
