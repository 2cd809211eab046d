"""Maps of the places found in the articles: static (matplotlib, offline) and interactive (folium).

Input is the pipeline's ``places`` table (one row per place mention: ``article_id``, ``start``,
``end``, ``surface``, ``place_id``, ``name``, ``kind``, ``country_code``, ``lat``, ``lon``, ``score``,
``why``) and, optionally, the ``articles`` table for titles in popups::

    >>> import pandas as pd
    >>> from helpers import maps
    >>> places = pd.DataFrame({"article_id": ["a", "a"], "name": ["Hanoi", "Hanoi"],
    ...     "place_id": pd.array([1581130, 1581130], dtype="Int64"), "kind": "city",
    ...     "country_code": "VN", "lat": 21.0245, "lon": 105.84117})
    >>> maps.place_counts(places)[["name", "mentions", "n_articles"]].to_dict("records")
    [{'name': 'Hanoi', 'mentions': 2, 'n_articles': 1}]

Nothing here touches the network. Country outlines come from the ``countryinfo`` package (a
Natural Earth–derived outline per country, installed with the project). The interactive map's
HTML inlines Leaflet and Leaflet.markercluster from the ``XStatic-Leaflet`` packages when
``offline=True`` (the default), so the page and its markers work without a connection; only the
background tiles (OpenStreetMap by default) need the network when the page is *viewed*. Use
``tiles=None`` for a map that relies on the bundled country outlines alone.
"""

from __future__ import annotations

import base64
import functools
import html
import json
import math
import re
import warnings
from collections.abc import Sequence
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from helpers.plots import FIGURES_DIR, PALETTE, _finish, _label, dateline_style

if TYPE_CHECKING:
    import folium
    import geopandas as gpd
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = [
    "KIND_COLOURS",
    "country_outlines",
    "interactive_map",
    "map_extent",
    "place_counts",
    "save_map",
    "static_map",
    "to_geodataframe",
    "to_geojson",
    "wrap_longitudes",
]

# Colour per place kind (same colour-blind-safe palette as the charts); unknown kinds are grey.
KIND_COLOURS: dict[str, str] = {
    "country": PALETTE[0],
    "admin area": PALETTE[1],
    "city": PALETTE[2],
    "region": PALETTE[4],
    "continent": PALETTE[9],
    "landmark": PALETTE[6],
    "demonym": PALETTE[5],  # "Vietnamese" → Vietnam: drawn where the country is
}
_OTHER_COLOUR = PALETTE[8]
WORLD = (-180.0, 180.0, -58.0, 84.0)  # west, east, south, north: Antarctica left out


# --------------------------------------------------------------------------- tables


def _colour(kind: object) -> str:
    return KIND_COLOURS.get(str(kind).lower(), _OTHER_COLOUR) if pd.notna(kind) else _OTHER_COLOUR


def place_counts(places: pd.DataFrame, articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per resolved place, most mentioned first.

    Columns: ``place_id`` (Int64), ``name``, ``kind``, ``country_code``, ``lat``, ``lon`` (float64),
    ``mentions`` (int64: rows in ``places``), ``n_articles`` (int64), ``article_ids`` and
    ``titles`` (tuples, in article order; titles are the article ids when ``articles`` is not
    given). Rows without coordinates (unresolved mentions) are left out.

    >>> p = pd.DataFrame({"article_id": ["a", "b"], "name": "Danang", "kind": "city",
    ...                   "country_code": "VN", "lat": 16.07, "lon": 108.22})
    >>> place_counts(p)["n_articles"].tolist()
    [2]
    """
    columns = ["place_id", "name", "kind", "country_code", "lat", "lon"]
    data = places.copy()
    for col in columns:
        if col not in data.columns:
            data[col] = pd.NA
    data["lat"] = pd.to_numeric(data["lat"], errors="coerce").astype(float)
    data["lon"] = pd.to_numeric(data["lon"], errors="coerce").astype(float)
    data = data.dropna(subset=["lat", "lon"])
    empty = pd.DataFrame(
        {
            "place_id": pd.Series(dtype="Int64"),
            "name": pd.Series(dtype=str),
            "kind": pd.Series(dtype=str),
            "country_code": pd.Series(dtype=str),
            "lat": pd.Series(dtype=float),
            "lon": pd.Series(dtype=float),
            "mentions": pd.Series(dtype="int64"),
            "n_articles": pd.Series(dtype="int64"),
            "article_ids": pd.Series(dtype=object),
            "titles": pd.Series(dtype=object),
        }
    )
    if data.empty:
        return empty
    # a place is what it was resolved to: gazetteer id, name and point together (a landmark may
    # carry the id of its city but has its own name and coordinates; a network geocoder's places
    # have no id)
    data["_key"] = [
        f"{'' if pd.isna(pid) else int(pid)}|{name}|{lat:.4f}|{lon:.4f}"
        for pid, name, lat, lon in zip(
            pd.array(data["place_id"], dtype="Int64"),
            data["name"],
            data["lat"],
            data["lon"],
            strict=True,
        )
    ]

    titles: dict[str, str] = {}
    if articles is not None and {"article_id", "title"} <= set(articles.columns):
        for aid, title in zip(articles["article_id"], articles["title"], strict=True):
            if pd.notna(title) and str(title).strip():
                titles.setdefault(str(aid), " ".join(str(title).split()))  # first copy's

    rows = []
    for _, group in data.groupby("_key", sort=False):
        first = group.iloc[0]
        ids = tuple(dict.fromkeys(group["article_id"].astype(str)))
        rows.append(
            {
                "place_id": first["place_id"],
                "name": first["name"],
                "kind": _place_kind(group["kind"]),
                "country_code": first["country_code"],
                "lat": float(first["lat"]),
                "lon": float(first["lon"]),
                "mentions": len(group),
                "n_articles": len(ids),
                "article_ids": ids,
                "titles": tuple(titles.get(i, i) for i in ids),
            }
        )
    out = pd.DataFrame(rows)
    out["place_id"] = pd.array(out["place_id"], dtype="Int64")
    out["mentions"] = out["mentions"].astype("int64")
    out["n_articles"] = out["n_articles"].astype("int64")
    out = out.sort_values(["mentions", "n_articles", "name"], ascending=[False, False, True])
    return out.reset_index(drop=True)[list(empty.columns)]


def _place_kind(kinds: pd.Series) -> str:
    """The kind of a place mentioned under several kinds: the place's own, not "demonym" (a
    country named by its demonym first is still a country: "Georgian … Georgia")."""
    own = kinds[kinds != "demonym"]
    return own.iloc[0] if len(own) else kinds.iloc[0]


def to_geodataframe(
    places: pd.DataFrame,
    articles: pd.DataFrame | None = None,
    *,
    aggregate: bool = False,
) -> gpd.GeoDataFrame:
    """The places table as a GeoDataFrame of points (EPSG:4326), for geopandas and GIS tools.

    ``aggregate=False`` keeps one point per mention with every column of ``places``;
    ``aggregate=True`` gives one point per place with the columns of :func:`place_counts`
    (article ids and titles joined with `` | `` so every GIS format can store them).

    >>> p = pd.DataFrame({"article_id": ["a"], "name": ["Hanoi"], "lat": [21.02], "lon": [105.84]})
    >>> to_geodataframe(p).geometry.iloc[0].wkt
    'POINT (105.84 21.02)'
    """
    import geopandas as gpd

    if aggregate:
        table = place_counts(places, articles)
        table["article_ids"] = table["article_ids"].map(" | ".join).astype(str)
        table["titles"] = table["titles"].map(" | ".join).astype(str)
    else:
        table = places.copy()
        table["lat"] = pd.to_numeric(table["lat"], errors="coerce").astype(float)
        table["lon"] = pd.to_numeric(table["lon"], errors="coerce").astype(float)
        table = table.dropna(subset=["lat", "lon"]).reset_index(drop=True)
    geometry = gpd.points_from_xy(table["lon"], table["lat"], crs="EPSG:4326")
    return gpd.GeoDataFrame(table, geometry=geometry, crs="EPSG:4326")


def to_geojson(
    places: pd.DataFrame,
    path: str | Path,
    articles: pd.DataFrame | None = None,
    *,
    aggregate: bool = True,
) -> Path:
    """Write the places as GeoJSON (one feature per place by default) for QGIS and other GIS tools.

    >>> to_geojson(places, "reports/places.geojson", articles)          # doctest: +SKIP
    PosixPath('reports/places.geojson')
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    gdf = to_geodataframe(places, articles, aggregate=aggregate)
    # nullable integers and pandas "str" columns are written as plain JSON numbers and strings
    for col in gdf.columns:
        if col == "geometry":
            continue
        if isinstance(gdf[col].dtype, pd.Int64Dtype):
            values = [None if pd.isna(v) else int(v) for v in gdf[col]]
            gdf[col] = pd.Series(values, index=gdf.index, dtype=object)
        elif gdf[col].dtype == object or pd.api.types.is_string_dtype(gdf[col]):
            gdf[col] = gdf[col].map(lambda v: None if pd.isna(v) else str(v)).astype(object)
    path.write_text(gdf.to_json(drop_id=True, ensure_ascii=False), encoding="utf-8")
    return path


# --------------------------------------------------------------------------- outlines


@functools.cache
def _outlines() -> gpd.GeoDataFrame:
    import geopandas as gpd
    from countryinfo import CountryInfo

    features = []
    for info in CountryInfo.all().values():
        collection = info.get("geoJSON") or {}
        iso = info.get("ISO") or {}
        for feature in collection.get("features", []):
            if not feature.get("geometry"):
                continue
            features.append(
                {
                    "type": "Feature",
                    "properties": {
                        "name": info.get("name"),
                        "iso_a2": iso.get("alpha2"),
                        "iso_a3": iso.get("alpha3") or feature.get("id"),
                    },
                    "geometry": feature["geometry"],
                }
            )
    gdf = gpd.GeoDataFrame.from_features(features, crs="EPSG:4326")
    return gdf.drop_duplicates(subset=["iso_a3", "name"]).reset_index(drop=True)


def country_outlines() -> gpd.GeoDataFrame:
    """Country outlines (columns ``name``, ``iso_a2``, ``iso_a3``, ``geometry``; EPSG:4326).

    Read from the ``countryinfo`` package once per process — no download. About 175 countries
    have an outline; very small states and territories have none and simply are not drawn.

    >>> country_outlines().crs.to_epsg()
    4326
    """
    return _outlines().copy()


# --------------------------------------------------------------------------- extent


def map_extent(
    lons: Sequence[float],
    lats: Sequence[float],
    *,
    pad: float = 0.15,
    min_span: tuple[float, float] = (24.0, 14.0),
    aspect: float | None = None,
) -> tuple[float, float, float, float]:
    """(west, east, south, north) framing the points: padded, never smaller than ``min_span``
    degrees (so one city still shows its region), and the whole world only when the points span
    more than half of it. ``aspect`` (width / height on the map, allowing for the shrinking of
    longitude degrees away from the equator) widens the short side so a figure needs no
    awkward shape.

    >>> map_extent([105.8, 108.2], [21.0, 16.1])
    (95.0, 119.0, 11.55, 25.55)
    >>> map_extent([-77.0, 105.8], [38.9, 21.0])
    (-180.0, 180.0, -58.0, 84.0)

    A window across the antimeridian has its east edge beyond 180 (draw the points with
    :func:`wrap_longitudes`):

    >>> map_extent([178.4, -171.8], [-18.1, -13.8])
    (171.3, 195.3, -22.95, -8.95)
    """
    x = np.asarray(lons, dtype=float)
    y = np.asarray(lats, dtype=float)
    ok = np.isfinite(x) & np.isfinite(y)
    x, y = x[ok], y[ok]
    if x.size == 0:
        return WORLD
    start = _window_start(x)
    crosses = start is not None
    if crosses:
        x = wrap_longitudes(x, start)
    west, east, south, north = x.min(), x.max(), y.min(), y.max()
    if east - west > 180 or north - south > 100:
        return WORLD
    dx = max((east - west) * (1 + 2 * pad), min_span[0])
    dy = max((north - south) * (1 + 2 * pad), min_span[1])
    cx, cy = (east + west) / 2, (north + south) / 2
    if aspect:
        shrink = math.cos(math.radians(min(abs(cy), 80.0)))
        if dx * shrink < aspect * dy:
            dx = aspect * dy / shrink
        else:
            dy = dx * shrink / aspect
        dx, dy = min(dx, 360.0), min(dy, 170.0)
    if not crosses:  # slide the window back inside the world rather than cutting it
        cx = min(max(cx, -180.0 + dx / 2), 180.0 - dx / 2)
    cy = min(max(cy, -85.0 + dy / 2), 85.0 - dy / 2)
    return tuple(round(float(v), 4) for v in (cx - dx / 2, cx + dx / 2, cy - dy / 2, cy + dy / 2))


def _window_start(lons: np.ndarray) -> float | None:
    """Where the narrowest longitude window holding ``lons`` starts, when it crosses the
    antimeridian (Fiji and Samoa: 178°E … 172°W); None when the plain min…max window is it."""
    xs = np.unique(((lons + 180.0) % 360.0) - 180.0)
    if xs.size < 2:
        return None
    gaps = np.diff(xs)
    widest = int(np.argmax(gaps))
    # the window is the circle minus its widest empty gap; the plain window leaves out the gap
    # across ±180°, so it is the narrowest unless an inner gap is wider
    if gaps[widest] <= xs[0] + 360.0 - xs[-1]:
        return None
    return float(xs[widest + 1])


def wrap_longitudes(lons: Sequence[float] | np.ndarray, west: float) -> np.ndarray:
    """Longitudes moved by 360° where needed to lie in ``[west, west + 360)``: how points are
    drawn on a map whose window crosses the antimeridian (``map_extent`` then returns an east
    edge beyond 180).

    >>> wrap_longitudes([178.4, -171.8], 170.0).tolist()
    [178.4, 188.2]
    """
    x = np.asarray(lons, dtype=float)
    return (x - west) % 360.0 + west


# --------------------------------------------------------------------------- static map


def _sizes(
    counts: np.ndarray, *, top: float | None = None, smin: float = 14.0, smax: float = 900.0
) -> np.ndarray:
    """Marker areas (points²) proportional to the counts: the eye reads area, not radius."""
    if top is None:
        top = float(counts.max()) if counts.size else 1.0
    return np.maximum(smin, smax * counts / max(top, 1.0))


def static_map(
    places: pd.DataFrame,
    articles: pd.DataFrame | None = None,
    *,
    top_labels: int = 15,
    title: str | None = None,
    ax: Axes | None = None,
    save: str | None = None,
    folder: str | Path = FIGURES_DIR,
) -> Figure:
    """Proportional-symbol map of the places (circle area = mentions) over country outlines.

    Works offline. The view is zoomed to the places found (the whole world only when they span
    it); the ``top_labels`` most-mentioned places are labelled, nudged apart by ``adjustText`` so
    labels do not overlap. Countries that contain a mentioned place are shaded a little darker.

    >>> p = pd.DataFrame({"article_id": ["a"], "name": ["Hanoi"], "kind": ["city"],
    ...                   "country_code": ["VN"], "lat": [21.02], "lon": [105.84]})
    >>> static_map(p).axes[0].get_xlabel()
    'Longitude (°E)'
    """
    import matplotlib.pyplot as plt
    from adjustText import adjust_text
    from matplotlib import patheffects
    from matplotlib.lines import Line2D

    counts = place_counts(places, articles)
    n_articles = int(places["article_id"].nunique()) if len(places) else 0
    west, east, south, north = map_extent(counts["lon"], counts["lat"], aspect=1.6)
    outlines = _outlines()
    if east > 180.0:  # the window crosses the antimeridian: points and outlines east of it +360°
        counts = counts.assign(lon=wrap_longitudes(counts["lon"], west))
        shifted = outlines.copy()
        shifted["geometry"] = shifted.geometry.translate(xoff=360.0)
        outlines = pd.concat([outlines, shifted], ignore_index=True)

    with dateline_style():
        if ax is None:
            # figure shaped like the map (plus room for title, labels and note): no blank bands
            mid = math.cos(math.radians(min(abs(south + north) / 2, 80.0)))
            ratio = (east - west) * mid / (north - south)
            # 9 in of map width, plus a column for the legends beside it
            fig, ax = plt.subplots(figsize=(10.6, float(np.clip(9 / ratio, 3, 9)) + 1.4))
            owns = True
        else:
            fig, owns = ax.figure, False
        mentioned = set(counts["country_code"].dropna().astype(str).str.upper())
        shaded = outlines["iso_a2"].fillna("").str.upper().isin(mentioned)
        outlines[~shaded].plot(ax=ax, facecolor="#f0f0f0", edgecolor="#b5b5b5", linewidth=0.4)
        if shaded.any():
            outlines[shaded].plot(ax=ax, facecolor="#dde3ea", edgecolor="#8a9099", linewidth=0.5)
        ax.set_xlim(west, east)
        ax.set_ylim(south, north)
        # plate carrée stretched by 1/cos(latitude): shapes look right at the map's centre
        ax.set_aspect(1 / math.cos(math.radians(min(abs(south + north) / 2, 80.0))))
        ax.set_facecolor("#fbfdff")
        ax.grid(True, color="#e6e6e6", lw=0.4)
        ax.set_xlabel("Longitude (°E)")
        # degrees past 180 (a window across the antimeridian) read as the longitudes they are
        ax.xaxis.set_major_formatter(lambda v, _pos: f"{v - 360.0 if v > 180.0 else v:g}")
        ax.set_ylabel("Latitude (°N)")

        if counts.empty:
            ax.text(0.5, 0.5, "No located places to map", ha="center", transform=ax.transAxes)
        else:
            draw = counts.sort_values("mentions", ascending=False)  # small circles on top
            sizes = _sizes(draw["mentions"].to_numpy(dtype=float))
            ax.scatter(
                draw["lon"],
                draw["lat"],
                s=sizes,
                c=[_colour(k) for k in draw["kind"]],
                alpha=0.65,
                edgecolor="white",
                linewidth=0.8,
                zorder=3,
            )
            # legends: circle sizes and place kinds
            top = int(counts["mentions"].max())
            refs = sorted({1, max(1, round(top / 2)), top})
            size_handles = [
                # scatter's s is the marker area in points², Line2D's markersize its diameter
                Line2D(
                    [],
                    [],
                    ls="",
                    marker="o",
                    color="#999999",
                    alpha=0.65,
                    markersize=math.sqrt(area),
                    label=f"{r}",
                )
                for r, area in zip(refs, _sizes(np.array(refs, float), top=top), strict=True)
            ]
            # both legends outside the map, to its right: inside they would hide places (a
            # "Kind" box in the lower right covered Sydney and New South Wales)
            beside: dict[str, Any] = {"borderaxespad": 0.0, "frameon": False}
            legend = ax.legend(
                handles=size_handles,
                title="Mentions",
                loc="lower left",
                bbox_to_anchor=(1.02, 0.0),
                labelspacing=1.2,
                borderpad=0.8,
                **beside,
            )
            ax.add_artist(legend)
            kinds = [k for k in dict.fromkeys(counts["kind"].dropna().astype(str))]
            kind_handles = [
                Line2D(
                    [], [], ls="", marker="o", color=_colour(k), alpha=0.65, markersize=8, label=k
                )
                for k in kinds
            ]
            if kind_handles:
                ax.legend(
                    handles=kind_handles,
                    title="Kind",
                    loc="upper left",
                    bbox_to_anchor=(1.02, 1.0),
                    **beside,
                )
            halo = [patheffects.withStroke(linewidth=2.5, foreground="white")]
            texts = [
                ax.text(
                    row.lon, row.lat, _label(row.name, 28), fontsize=8, zorder=4, path_effects=halo
                )
                for row in counts.head(top_labels).itertuples()
            ]
            if len(texts) > 1:
                # the layout (legends beside the map) first, so labels are spread at final size
                fig.draw_without_rendering()
                adjust_text(
                    texts,
                    x=draw["lon"].to_numpy(),
                    y=draw["lat"].to_numpy(),
                    ax=ax,
                    arrowprops={"arrowstyle": "-", "color": "#666666", "lw": 0.5},
                    time_lim=3,  # bounded: a crowded map must not stall a notebook
                )
        n_places, n_mentions = len(counts), int(counts["mentions"].sum()) if len(counts) else 0
        ax.set_title(
            title
            or f"Places mentioned: {n_places:,} place{'s' if n_places != 1 else ''}, "
            f"{n_mentions:,} mention{'s' if n_mentions != 1 else ''}"
        )
        note = (
            f"Source: Dateline analysis of {n_articles:,} article{'s' if n_articles != 1 else ''}."
            " Circle area = mentions. Outlines: countryinfo (Natural Earth)."
        )
        return _finish(fig, note=note, owns_figure=owns, save=save, folder=folder)


# --------------------------------------------------------------------------- interactive map


def _xstatic_dir(package: str) -> Path | None:
    try:
        return Path(import_module(f"xstatic.pkg.{package}").BASE_DIR)
    except ImportError:
        return None


def _inline_css(css: str, base: Path) -> str:
    """Inline ``url(images/…)`` references as data URIs so the CSS needs no other file."""

    def data_uri(match: re.Match[str]) -> str:
        target = base / match.group(1)
        if not target.is_file():
            return match.group(0)
        mime = "image/svg+xml" if target.suffix == ".svg" else f"image/{target.suffix[1:]}"
        return f"url(data:{mime};base64,{base64.b64encode(target.read_bytes()).decode()})"

    return re.sub(r"url\((images/[^)\s'\"]+)\)", data_uri, css)


def _script(js: str) -> str:
    # "</script" inside inlined code would end the element early; "<\/" means the same to JS
    return "<script>" + re.sub(r"</(script)", r"<\\/\1", js, flags=re.IGNORECASE) + "</script>"


@functools.cache
def _offline_assets() -> dict[str, str] | None:
    """HTML snippets with Leaflet and markercluster inlined, or None when XStatic is missing."""
    leaflet = _xstatic_dir("leaflet")
    cluster = _xstatic_dir("leaflet_markercluster")
    if leaflet is None or cluster is None:
        return None
    return {
        "leaflet_css": "<style>"
        + _inline_css((leaflet / "leaflet.css").read_text(encoding="utf-8"), leaflet)
        + "</style>",
        "leaflet_js": _script((leaflet / "leaflet.js").read_text(encoding="utf-8")),
        "cluster_css": "<style>"
        + (cluster / "MarkerCluster.css").read_text(encoding="utf-8")
        + (cluster / "MarkerCluster.Default.css").read_text(encoding="utf-8")
        + "</style>",
        "cluster_js": _script((cluster / "leaflet.markercluster.js").read_text(encoding="utf-8")),
    }


def _safe_json(value: Any) -> str:
    """JSON that is also safe inside a <script> element (no "</script>", "<!--" or "&" breakouts)."""
    text = json.dumps(value, ensure_ascii=True, allow_nan=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _popup_html(row: Any, max_titles: int) -> str:
    """Popup for one place. Article titles are untrusted text: everything is HTML-escaped."""
    name = html.escape(str(row.name))
    parts = [
        f"<b>{name}</b>",
        f"<br><small>{html.escape(str(row.kind))}"
        + (f", {html.escape(str(row.country_code))}" if pd.notna(row.country_code) else "")
        + "</small>",
        f"<br>{row.mentions} mention{'s' if row.mentions != 1 else ''} in "
        f"{row.n_articles} article{'s' if row.n_articles != 1 else ''}",
        "<ul style='margin:4px 0 0 0;padding-left:18px'>",
    ]
    for title in row.titles[:max_titles]:
        parts.append(f"<li>{html.escape(_shorten(title, 120))}</li>")
    if len(row.titles) > max_titles:
        parts.append(f"<li><i>and {len(row.titles) - max_titles} more</i></li>")
    parts.append("</ul>")
    return "".join(parts)


def _shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _place_layer_class() -> type:
    """folium element drawing all places from one JSON blob (built lazily: folium is optional
    until a map is drawn). One loop in JS instead of one folium object per marker keeps pages for
    thousands of places small, and needs neither jQuery nor Bootstrap."""
    from branca.element import MacroElement
    from jinja2 import Template

    class PlaceMarkers(MacroElement):
        _template = Template(
            """
            {% macro script(this, kwargs) %}
            (function () {
                var places = {{ this.data }};
                var layer = {{ this._parent.get_name() }};
                for (var i = 0; i < places.length; i++) {
                    var p = places[i];
                    var marker = L.circleMarker([p.lat, p.lon], {
                        radius: p.radius, color: "#ffffff", weight: 1,
                        fillColor: p.colour, fillOpacity: 0.7,
                        className: "dateline-place"
                    });
                    marker.bindPopup(p.popup, {maxWidth: 340});
                    marker.bindTooltip(p.tooltip);
                    layer.addLayer(marker);
                }
            })();
            {% endmacro %}
            """
        )

        def __init__(self, data: list[dict[str, Any]]) -> None:
            super().__init__()
            self._name = "PlaceMarkers"
            self.data = _safe_json(data)

    return PlaceMarkers


def interactive_map(
    places: pd.DataFrame,
    articles: pd.DataFrame | None = None,
    *,
    tiles: str | None = "OpenStreetMap",
    outlines: bool = True,
    cluster: bool | None = None,
    offline: bool = True,
    max_titles: int = 10,
    height: str = "100%",
) -> folium.Map:
    """A folium map: one circle per place (area = mentions), popups listing the articles.

    - ``tiles``: any folium tile name, or ``None`` for no background tiles (tiles are the only
      part that needs the network, and only when the map is viewed).
    - ``outlines``: add the offline country outlines as a layer (toggle it in the layer control).
    - ``cluster``: group nearby markers with Leaflet.markercluster; by default when there are
      more than 60 places.
    - ``offline``: inline Leaflet's JavaScript and CSS in the page instead of linking CDNs
      (falls back to the CDN, with a warning, if the XStatic packages are missing).

    Titles and names are HTML-escaped in popups and tooltips; article text is untrusted input.

    >>> p = pd.DataFrame({"article_id": ["a"], "name": ["Hanoi"], "kind": ["city"],
    ...                   "country_code": ["VN"], "lat": [21.02], "lon": [105.84]})
    >>> m = interactive_map(p, tiles=None)
    >>> "dateline-place" in m.get_root().render()
    True
    """
    import folium
    from folium.plugins import MarkerCluster

    counts = place_counts(places, articles)
    west, east, south, north = map_extent(counts["lon"], counts["lat"])
    crosses = east > 180.0
    if crosses:  # Leaflet draws longitudes past 180 on the world copy east of the antimeridian
        counts = counts.assign(lon=wrap_longitudes(counts["lon"], west))
    m = folium.Map(
        location=[(south + north) / 2, (west + east) / 2],
        tiles=tiles,
        zoom_start=2,
        height=height,
        control_scale=True,
        prefer_canvas=False,  # SVG markers: each place is a DOM node a test or a reader can find
    )
    if offline and _offline_assets() is None:
        # a map that needs the network to show is better than no map: say why, carry on
        warnings.warn(
            "Leaflet cannot be inlined: install XStatic-Leaflet and XStatic-Leaflet-MarkerCluster "
            "(they come with Dateline); this map loads Leaflet from its CDN when viewed",
            stacklevel=2,
        )
        offline = False
    if offline:
        assets = _offline_assets() or {}
        # our markers need only Leaflet: drop folium's CDN links (jQuery, Bootstrap, icons)
        m.default_js, m.default_css = [], []
        header = m.get_root().header
        header.add_child(folium.Element(assets["leaflet_css"]), name="dateline_leaflet_css")
        header.add_child(folium.Element(assets["leaflet_js"]), name="dateline_leaflet_js")

    if outlines:
        geo = _outlines()[["name", "geometry"]].copy()
        geo["geometry"] = geo.geometry.simplify(0.05)  # ~5 km: plenty for context, smaller page
        if crosses:  # vector layers are not repeated on world copies: add the eastern copy
            east_copy = geo.copy()
            east_copy["geometry"] = east_copy.geometry.translate(xoff=360.0)
            geo = pd.concat([geo, east_copy], ignore_index=True)
        folium.GeoJson(
            json.loads(geo.to_json()),
            name="Country outlines (offline)",
            style_function=lambda _: {
                "color": "#8a9099",
                "weight": 0.6,
                "fillColor": "#e8ecf0",
                "fillOpacity": 0.35 if tiles else 0.8,
            },
            control=True,
            smooth_factor=1.0,
        ).add_to(m)

    use_cluster = len(counts) > 60 if cluster is None else cluster
    if use_cluster:
        layer = MarkerCluster(name="Places", options={"maxClusterRadius": 40})
        if offline:
            assets = _offline_assets() or {}
            layer.default_js, layer.default_css = [], []
            header = m.get_root().header
            header.add_child(folium.Element(assets["cluster_css"]), name="dateline_cluster_css")
            header.add_child(folium.Element(assets["cluster_js"]), name="dateline_cluster_js")
    else:
        layer = folium.FeatureGroup(name="Places")
    layer.add_to(m)

    top = float(counts["mentions"].max()) if len(counts) else 1.0
    data = [
        {
            "lat": round(float(row.lat), 5),
            "lon": round(float(row.lon), 5),
            # radius ∝ sqrt(mentions) so the circle's *area* is proportional to mentions
            "radius": _radius(row.mentions, top),
            "colour": _colour(row.kind),
            "popup": _popup_html(row, max_titles),
            "tooltip": f"{html.escape(str(row.name))} ({row.mentions})",
        }
        for row in counts.itertuples()
    ]
    layer.add_child(_place_layer_class()(data))

    m.get_root().html.add_child(folium.Element(_legend_html(counts, top)))
    if len(counts):
        m.fit_bounds([[south, west], [north, east]])
    folium.LayerControl(collapsed=True).add_to(m)
    return m


def _radius(mentions: float, top: float) -> float:
    """Circle radius in pixels on the interactive map: area ∝ mentions."""
    return round(4 + 18 * math.sqrt(mentions / max(top, 1.0)), 2)


def _legend_html(counts: pd.DataFrame, top: float) -> str:
    """The interactive map's legend: one swatch per place kind on the map, and reference circles
    for mentions (drawn with the markers' own radius formula), with the map's totals."""
    n_mentions = int(counts["mentions"].sum()) if len(counts) else 0
    summary = (
        f"<div class='dateline-caption'>{len(counts):,} place{'s' if len(counts) != 1 else ''}, "
        f"{n_mentions:,} mention{'s' if n_mentions != 1 else ''}</div>"
    )
    kinds = list(dict.fromkeys(counts["kind"].dropna().astype(str))) if len(counts) else []
    swatches = "".join(
        "<div><span style='display:inline-block;width:11px;height:11px;border-radius:50%;"
        f"background:{_colour(k)};opacity:.8;margin-right:5px;vertical-align:-1px'></span>"
        f"{html.escape(k)}</div>"
        for k in kinds
    )
    sizes = ""
    if len(counts):
        refs = sorted({1, max(1, round(top / 2)), int(top)})
        radii = [_radius(r, top) for r in refs]
        width, height = 2 * max(radii) + 2, 2 * max(radii) + 2
        circles = "".join(
            f"<svg width='{width:.0f}' height='{height:.0f}' style='vertical-align:middle'>"
            f"<circle cx='{width / 2:.1f}' cy='{height / 2:.1f}' r='{r:.1f}' fill='#999' "
            "fill-opacity='.55' stroke='#fff'/></svg>"
            f"<span style='margin:0 8px 0 3px'>{ref:,}</span>"
            for ref, r in zip(refs, radii, strict=True)
        )
        sizes = (
            f"<div style='margin-top:4px'><b>Mentions</b> (circle area)</div><div>{circles}</div>"
        )
    kind_block = f"<div><b>Kind</b></div>{swatches}" if swatches else ""
    return (
        "<div class='dateline-legend' style='position:absolute;bottom:22px;right:10px;"
        "z-index:1000;background:rgba(255,255,255,.92);padding:6px 9px;border-radius:4px;"
        "font:12px/1.45 sans-serif;box-shadow:0 1px 4px rgba(0,0,0,.25)'>"
        f"{kind_block}{sizes}{summary}</div>"
    )


def save_map(m: folium.Map, path: str | Path) -> Path:
    """Save a folium map as a standalone HTML page, creating the folder.

    >>> save_map(interactive_map(places), "reports/map.html")          # doctest: +SKIP
    PosixPath('reports/map.html')
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    m.save(str(path))
    return path
