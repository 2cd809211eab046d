"""A real browser opens the report: headless Chromium, served from 127.0.0.1, no network.

Skipped (with the reason) when no Chromium binary is on PATH — failed instead under
``DATELINE_REQUIRE_ALL=1``, which ``.ci/run`` sets after installing Debian's ``chromium``. The
checks: the index page shows every figure, renders the notebooks' Markdown and lists the problems;
no page shows raw Markdown markers or a "Trusted" notice; the folium map draws its country outlines,
one marker per place and a legend — with Leaflet inlined, nothing is fetched from a CDN — and no
screenshot is blank.
"""

from __future__ import annotations

import functools
import http.server
import json
import re
import subprocess
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from bs4 import BeautifulSoup

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
    # a fresh profile for every run: nothing cached or remembered from an earlier page
    profile.mkdir(parents=True, exist_ok=True)
    profile = Path(tempfile.mkdtemp(prefix="chromium-", dir=profile))
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


PAGES = ("index", "01-load-and-clean", "02-readability", "03-places-and-mentions", "04-maps")
# **bold**, *emphasis*, `code` left as typed: Markdown that was not rendered
RAW_MARKDOWN = re.compile(r"\*\*\S|\S\*\*|(?<![\w*])\*[A-Za-z][^*\n]*[A-Za-z]\*(?![\w*])|`")


def _prose(dom: str) -> str:
    """The text a reader sees as prose: the index page, or a notebook page's Markdown cells
    (program output, such as an article's own text, may hold any character)."""
    soup = BeautifulSoup(dom, features="html.parser")
    for hidden in soup(["script", "style", "iframe", "code"]):
        hidden.decompose()
    cells = soup.select(".jp-MarkdownCell")
    return "\n".join(c.get_text(" ") for c in cells) if cells else soup.get_text(" ")


@pytest.mark.parametrize("page", PAGES)
def test_pages_show_no_raw_markdown_and_no_trust_notice(chromium, server, page, tmp_path):
    dom = _dom(chromium, tmp_path / "profile", f"{server}/{page}.html")
    assert "Make this Notebook Trusted" not in dom and "Trust Notebook" not in dom
    prose = _prose(dom)
    assert len(prose) > 200
    assert not RAW_MARKDOWN.search(prose), RAW_MARKDOWN.search(prose)


def test_index_lists_the_problems(chromium, server, tmp_path):
    dom = _dom(chromium, tmp_path / "profile", f"{server}/index.html")
    soup = BeautifulSoup(dom, features="html.parser")
    heading = soup.find(id="problems")
    assert heading is not None and heading.get_text(strip=True) == "Problems"
    assert "every input was read and analysed" in heading.find_next("p").get_text()
    assert soup.select_one("a[href='#problems']") is not None


def test_interactive_map_has_a_legend(chromium, server, tmp_path):
    dom = _dom(chromium, tmp_path / "profile", f"{server}/map.html")
    legend = BeautifulSoup(dom, features="html.parser").select_one(".dateline-legend")
    assert legend is not None, "no legend on map.html"
    text = legend.get_text(" ")
    assert "Kind" in text and "city" in text and "country" in text and "Mentions" in text
    assert len(legend.select("svg circle")) >= 2  # reference circles for sizes
    # the copy embedded in the notebook page carries it too
    maps_page = _dom(chromium, tmp_path / "profile", f"{server}/04-maps.html")
    assert "dateline-legend" in maps_page
