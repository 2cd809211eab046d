"""A real browser opens the report: headless Chromium, served from 127.0.0.1, no network.

Skipped (with the reason) when no Chromium binary is on PATH; ``.ci/run`` installs Debian's
``chromium`` so CI always runs it. The checks: the index page shows every figure and the folium
map draws its country outlines and one marker per place — with Leaflet inlined, nothing is fetched
from a CDN — and neither screenshot is blank.
"""

from __future__ import annotations

import functools
import http.server
import json
import re
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def report(chromium, tmp_path_factory) -> Path:
    from helpers.report import build_report

    base = tmp_path_factory.mktemp("browser-report")
    build_report(
        articles=ROOT / "data" / "articles",
        processed=base / "processed",
        reports=base / "reports",
    )
    return base / "reports"


@pytest.fixture(scope="module")
def server(report) -> Iterator[str]:
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args, **kwargs) -> None:  # keep pytest output clean
            pass

    handler = functools.partial(Quiet, directory=str(report))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def _run(chromium: str, profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [
        chromium,
        "--headless",
        "--no-sandbox",  # CI runs as root, where Chromium refuses its sandbox
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        f"--user-data-dir={profile}",
        "--virtual-time-budget=5000",  # let scripts finish before the DOM dump / screenshot
        *args,
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)


def _dom(chromium: str, profile: Path, url: str) -> str:
    result = _run(chromium, profile, "--dump-dom", url)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def _screenshot(chromium: str, profile: Path, url: str, png: Path) -> np.ndarray:
    import matplotlib.image as mpimg

    result = _run(chromium, profile, f"--screenshot={png}", "--window-size=1280,2000", url)
    assert png.exists(), f"no screenshot written: {result.stderr[-2000:]}"
    return mpimg.imread(png)[..., :3]


def _assert_not_blank(pixels: np.ndarray) -> None:
    grey = pixels.mean(axis=2)
    assert grey.std() > 0.02, "screenshot is a flat colour"
    # more than a sliver of the page is drawn (not white)
    assert (grey < 0.9).mean() > 0.01


def test_index_page_shows_every_figure(chromium, server, report, tmp_path):
    dom = _dom(chromium, tmp_path / "profile", f"{server}/index.html")
    images = re.findall(r'<img src="figures/([^"]+\.png)"', dom)
    on_disk = sorted(p.name for p in (report / "figures").glob("*.png"))
    assert sorted(images) == on_disk and len(images) >= 9
    for page in ("01-load-and-clean", "02-readability", "03-places-and-mentions", "04-maps"):
        assert f'href="{page}.html"' in dom
    pixels = _screenshot(chromium, tmp_path / "profile", f"{server}/index.html", tmp_path / "i.png")
    _assert_not_blank(pixels)


def test_notebook_page_has_its_figures_embedded(chromium, server, tmp_path):
    dom = _dom(chromium, tmp_path / "profile", f"{server}/02-readability.html")
    assert len(re.findall(r'<img[^>]+src="data:image/png;base64,', dom)) >= 4
    assert "How readable are the articles?" in dom


def test_folium_map_draws_markers_without_network(chromium, server, report, tmp_path):
    dom = _dom(chromium, tmp_path / "profile", f"{server}/map.html")
    assert "leaflet-container" in dom, "Leaflet did not start (is it inlined?)"
    markers = re.findall(r'<path[^>]*class="[^"]*dateline-place[^"]*"', dom)
    places = json.loads((report / "places.geojson").read_text(encoding="utf-8"))["features"]
    assert len(markers) == len(places) > 0
    assert "Country outlines (offline)" in dom  # the layer control lists the offline layer
    pixels = _screenshot(chromium, tmp_path / "profile", f"{server}/map.html", tmp_path / "m.png")
    _assert_not_blank(pixels)
