"""The notebooks: thin, parameterised, stored without outputs, and they run top to bottom.

The execution tests build the whole report with :func:`helpers.report.build_report` (papermill in
a fresh kernel for every notebook, then nbconvert) — once on the bundled article and once on a
folder of a couple of hundred synthetic articles, without editing a notebook.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import nbformat
import pandas as pd
import pytest
from bs4 import BeautifulSoup

from helpers.report import build_report, notebook_paths

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9]*.ipynb"))
PARAMETERS = {"articles", "processed", "reports", "figures", "geocoder", "top_n"}
EXPECTED_FIGURES = {
    "article_lengths",
    "readability_grade",
    "readability_ease",
    "readability_metrics",
    "readability_distribution",
    "top_mentions",
    "co_mentions",
    "mentions_over_time",
    "places_map",
}


def _parameter_names(source: str) -> set[str]:
    return set(re.findall(r"^(\w+)\s*=", source, flags=re.MULTILINE))


# --------------------------------------------------------------------------- static checks


def test_the_four_notebooks_are_there_in_reading_order():
    names = [p.stem for p in notebook_paths(ROOT / "notebooks")]
    assert names == ["01-load-and-clean", "02-readability", "03-places-and-mentions", "04-maps"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_is_thin_parameterised_and_stripped(path):
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    intro = nb.cells[0]
    assert intro.cell_type == "markdown" and intro.source.startswith("# ")
    assert "own articles" in intro.source and "dateline report" in intro.source
    code = [c for c in nb.cells if c.cell_type == "code"]
    first = code[0]
    assert first.metadata.get("tags") == ["parameters"]
    assert _parameter_names(first.source) == PARAMETERS
    assert 'articles = "../data/articles"' in first.source
    for cell in code:
        # stored without outputs, so diffs show only what a person changed
        assert cell.outputs == [] and cell.execution_count is None
        # logic lives in helpers: no function or class definitions, no long cells
        assert not re.search(r"^\s*(def|class) ", cell.source, flags=re.MULTILINE)
        assert len(cell.source.splitlines()) <= 10
    assert sum(c.cell_type == "markdown" for c in nb.cells) >= 3  # narrative between pictures
    assert nb.metadata["kernelspec"]["name"] == "python3"


def test_parameters_promise_only_what_the_loader_does():
    """The loader reads local files and never fetches a URL: no notebook may say otherwise."""
    for path in NOTEBOOKS:
        params = nbformat.read(path, as_version=4).cells[1].source
        assert "URL" not in params.upper().replace("URLS", "URL") or "nothing is fetched" in params
        assert "nothing is fetched from the web" in params


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_tables_say_when_they_show_only_the_first_rows(path):
    """A preview never passes for the whole table: every table shown goes through first_rows."""
    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert ".head(" not in cell.source, cell.source


def test_first_rows_says_how_many_there_are():
    from helpers.report import first_rows

    table = pd.DataFrame({"title": [f"Story {i}" for i in range(22)]})
    preview = first_rows(table, 15, noun="articles")
    assert len(preview.rows) == 15 and preview.note == "The first 15 of 22 articles."
    assert "The first 15 of 22 articles." in preview._repr_html_()
    assert "Story 14" in preview._repr_html_() and "Story 15" not in preview._repr_html_()
    assert first_rows(table, 50).note == "All 22 rows."
    assert first_rows(table.head(1), 5, noun="articles").note == "The only article."


def test_cleaning_example_picks_an_article_cleaning_changed():
    from helpers.clean import clean_text
    from helpers.report import cleaning_example

    untouched = "Summit in Hanoi\n\nKim met Trump in Hanoi on Wednesday."
    noisy = untouched + "\n\nCOMMENTS\n\nLeave a Reply\n\nSubscribe to our weekly newsletter."
    articles = pd.DataFrame(
        {
            "article_id": ["clean1", "noisy", "clean2"],
            "title": ["Clean", "Noisy", "Clean too"],
            "text_raw": [untouched, noisy, untouched],
            "text": [clean_text(untouched), clean_text(noisy), clean_text(untouched)],
        }
    )
    example = cleaning_example(articles)
    assert example.article_id == "noisy"  # not the first article, from which nothing was removed
    assert "Leave a Reply" in example.removed_lines and "COMMENTS" in example.removed_lines
    assert str(example).startswith("Noisy (article noisy): cleaning removed")
    # lines cleaning only joined to the line before are no removed lines
    # (hard-wrapped prose; a list of labelled lines stays one line each, clean.py's _LABELLED)
    sheet = untouched + "\nNewcastle beat Villa at\nSt James' Park on Sunday.\nAdvertisement"
    joined = cleaning_example(
        pd.DataFrame(
            {"article_id": ["s"], "title": ["S"], "text_raw": [sheet], "text": [clean_text(sheet)]}
        )
    )
    assert "St James' Park on Sunday." not in clean_text(sheet).splitlines()  # (joined)
    assert joined.removed_lines == ("Advertisement",)
    nothing = cleaning_example(articles.iloc[[0, 2]])
    assert nothing.article_id is None
    assert str(nothing) == (
        "Cleaning removed nothing from any of the 2 articles: the text is analysed as it arrived."
    )


# --------------------------------------------------------------------------- execution


def _signature_verifies(executed: Path, data_dir: Path | None = None) -> bool:
    """What JupyterLab asks when it opens the notebook: is it signed by this user's notary?"""
    from jupyter_core.paths import jupyter_data_dir
    from nbformat.sign import NotebookNotary

    nb = nbformat.read(executed, as_version=4)
    folder = Path(data_dir or jupyter_data_dir())
    folder.mkdir(parents=True, exist_ok=True)
    with NotebookNotary(data_dir=str(folder)) as notary:
        return bool(notary.check_signature(nb))


MARKDOWN_MARKERS = re.compile(r"\*\*\w|\w\*\*|(?<![\w*])\*\w[^*<>]*\w\*(?![\w*])|`")


def _check_report(reports: Path, *, n_articles: int) -> None:
    pages = {p.stem for p in reports.glob("*.html")}
    assert {p.stem for p in NOTEBOOKS} | {"index", "map"} <= pages
    for notebook in NOTEBOOKS:
        executed = nbformat.read(reports / notebook.name, as_version=4)
        errors = [
            o for c in executed.cells if c.cell_type == "code" for o in c.get("outputs", [])
            if o.get("output_type") == "error"
        ]  # fmt: skip
        assert errors == [], f"{notebook.name}: {errors[:1]}"
        assert all(c.execution_count for c in executed.cells if c.cell_type == "code")
        warned = [
            o.get("text", "") for c in executed.cells if c.cell_type == "code"
            for o in c.get("outputs", []) if o.get("name") == "stderr"
        ]  # fmt: skip
        assert not any("Warning" in w for w in warned), f"{notebook.name}: {warned}"
        page = (reports / f"{notebook.stem}.html").read_text(encoding="utf-8")
        assert "Traceback" not in page
        assert "import helpers" not in page  # code hidden for readers
        assert "Make this Notebook Trusted" not in page  # a web page has no trust to ask for
        # JupyterLab opens what the report executed as trusted: the map shows at once
        assert _signature_verifies(reports / notebook.name), notebook.name
    figures = reports / "figures"
    assert {p.stem for p in figures.glob("*.png")} >= EXPECTED_FIGURES
    assert {p.stem for p in figures.glob("*.svg")} >= EXPECTED_FIGURES
    # figures are embedded in the pages, not linked
    readability = (reports / "02-readability.html").read_text(encoding="utf-8")
    assert readability.count("data:image/png;base64,") >= 4
    geojson = json.loads((reports / "places.geojson").read_text(encoding="utf-8"))
    assert geojson["type"] == "FeatureCollection" and geojson["features"]
    index = (reports / "index.html").read_text(encoding="utf-8")
    for notebook in NOTEBOOKS:
        assert f"href='{notebook.stem}.html'" in index
    assert f"<b>{n_articles:,}</b> article{'s' if n_articles != 1 else ''} ·" in index
    text = BeautifulSoup(index, features="html.parser").get_text()
    assert not MARKDOWN_MARKERS.search(text), MARKDOWN_MARKERS.search(text)  # rendered, not raw
    assert "<strong>US school grades</strong>" in index


@pytest.mark.slow
def test_report_on_the_bundled_article(tmp_path):
    pages = build_report(
        articles=ROOT / "data" / "articles",
        processed=tmp_path / "processed",
        reports=tmp_path / "reports",
    )
    assert pages[0].name == "index.html" and len(pages) == 1 + len(NOTEBOOKS)
    _check_report(tmp_path / "reports", n_articles=1)
    maps_page = (tmp_path / "reports" / "04-maps.html").read_text(encoding="utf-8")
    assert "Hanoi" in maps_page and "Washington" in maps_page


CITIES = [
    "Paris",
    "Nairobi",
    "Lima",
    "Jakarta",
    "Toronto",
    "Cairo",
    "Sydney",
    "Berlin",
    "Mumbai",
    "Seoul",
    "Lagos",
    "Madrid",
]


def _synthetic_corpus(path: Path, seed_text: str, n: int) -> Path:
    """n distinct articles as JSONL: the seed's paragraphs shuffled, a dateline city, a date."""
    paragraphs = [p for p in seed_text.split("\n\n") if len(p.split()) > 8]
    rng = random.Random(7)
    with path.open("w", encoding="utf-8") as handle:
        for i in range(n):
            city = rng.choice(CITIES)
            body = rng.sample(paragraphs, k=min(len(paragraphs), rng.randint(3, 6)))
            body.insert(1, f"Officials in {city} said on day {i} that they followed the talks.")
            record = {
                "title": f"Summit diplomacy, report {i} from {city}",
                "text": "\n\n".join(body),
                "outlet": rng.choice(["Wire", "Daily", "Herald"]),
                "published": f"2019-{rng.randint(1, 6):02d}-{rng.randint(1, 28):02d}",
            }
            handle.write(json.dumps(record) + "\n")
    return path


@pytest.mark.slow
def test_report_on_hundreds_of_articles_needs_no_edits(tmp_path, seed_raw):
    from helpers.clean import clean_text

    corpus = _synthetic_corpus(tmp_path / "articles.jsonl", clean_text(seed_raw), 200)
    build_report(
        articles=corpus,
        processed=tmp_path / "processed",
        reports=tmp_path / "reports",
        top_n=10,
    )
    _check_report(tmp_path / "reports", n_articles=200)
    mentions = (tmp_path / "reports" / "03-places-and-mentions.html").read_text(encoding="utf-8")
    assert "Trump" in mentions
    places = json.loads((tmp_path / "reports" / "places.geojson").read_text(encoding="utf-8"))
    names = {f["properties"]["name"] for f in places["features"]}
    assert len(names & set(CITIES)) >= 6


def _tiny_notebook(folder: Path, name: str, body: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    params = nbformat.v4.new_code_cell('articles = "x"\nreports = "r"')
    params.metadata["tags"] = ["parameters"]
    nb = nbformat.v4.new_notebook(
        cells=[
            nbformat.v4.new_markdown_cell("# A <b>tiny</b> notebook\n\nIt says hello."),
            params,
            nbformat.v4.new_code_cell(body),
        ]
    )
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    path = folder / name
    nbformat.write(nb, path)
    return path


@pytest.mark.slow
def test_build_report_passes_parameters_and_escapes_the_index(tmp_path):
    from helpers.report import NotebookFailed

    notebooks = tmp_path / "notebooks"
    _tiny_notebook(
        notebooks,
        "01-tiny.ipynb",
        "import sys, helpers\nprint('ARTICLES=' + articles)\nprint('PYTHON=' + sys.executable)",
    )
    odd = tmp_path / "<img src=x onerror=alert(1)>"
    odd.mkdir()
    pages = build_report(
        articles=odd, processed=tmp_path / "none", reports=tmp_path / "out", notebooks=notebooks
    )
    assert [p.name for p in pages] == ["index.html", "01-tiny.html"]
    executed = nbformat.read(tmp_path / "out" / "01-tiny.ipynb", as_version=4)
    printed = executed.cells[-1].outputs[0]["text"]
    assert f"ARTICLES={odd}" in printed  # parameters injected, paths made absolute
    import sys

    assert f"PYTHON={sys.executable}" in printed  # the kernel is this interpreter
    index = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert "<img src=x" not in index and "&lt;img src=x onerror=alert(1)&gt;" in index
    assert "A <b>tiny</b> notebook" not in index  # notebook titles are escaped too

    _tiny_notebook(notebooks, "02-broken.ipynb", "raise ValueError('no such column')")
    with pytest.raises(NotebookFailed, match=r"02-broken\.ipynb failed.*no such column"):
        build_report(articles=odd, processed=tmp_path / "none", reports=tmp_path / "out",
                     notebooks=notebooks)  # fmt: skip
    broken = (tmp_path / "out" / "02-broken.html").read_text(encoding="utf-8")
    assert "no such column" in broken and "jp-InputArea-editor" in broken  # code is shown


@pytest.mark.slow
def test_index_renders_markdown_lists_every_problem_and_signs(tmp_path):
    """The index shows the notebooks' prose as formatted text and each problem with its source,
    stage and reason (escaped: names come from the inputs); executed notebooks are signed."""
    from helpers.pipeline import analyze

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Summit in Hanoi\n\nKim met Trump in Hanoi, Vietnam.\n")
    (folder / "empty.txt").write_text("")
    (folder / "<img src=x onerror=alert(1)>.txt").write_text("   ")
    analyze(folder, out=tmp_path / "processed", workers=1, progress=False)
    notebooks = tmp_path / "notebooks"
    nb = _tiny_notebook(notebooks, "01-tiny.ipynb", "print(articles)")
    book = nbformat.read(nb, as_version=4)
    book.cells[0].source = "# Tiny\n\nIn **US school grades**; *Flesch ease* from `textstat`."
    nbformat.write(book, nb)
    build_report(
        articles=folder, processed=tmp_path / "processed", reports=tmp_path / "out",
        notebooks=notebooks,
    )  # fmt: skip
    index = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert "<strong>US school grades</strong>" in index and "<em>Flesch ease</em>" in index
    assert "<code>textstat</code>" in index
    assert not MARKDOWN_MARKERS.search(BeautifulSoup(index, features="html.parser").get_text())
    soup = BeautifulSoup(index, features="html.parser")
    rows = [
        [td.get_text() for td in tr.find_all("td")] for tr in soup.select("#problems ~ table tr")
    ]
    rows = [r for r in rows if r]
    assert sorted(Path(source).name for source, _stage, _reason in rows) == [
        "<img src=x onerror=alert(1)>.txt",
        "empty.txt",
    ]
    assert all(stage and reason for _source, stage, reason in rows)
    assert "<img src=x" not in index and "&lt;img src=x onerror=alert(1)&gt;.txt" in index
    assert "<b>2</b> problems" in index
    assert _signature_verifies(tmp_path / "out" / "01-tiny.ipynb")
    assert not _signature_verifies(tmp_path / "out" / "01-tiny.ipynb", tmp_path / "other-user")


@pytest.mark.slow
def test_report_still_written_when_notebooks_cannot_be_signed(tmp_path, monkeypatch):
    """No usable Jupyter data directory (here: its parent is a file): the report is complete and a
    warning says the executed notebooks were not signed."""
    from helpers.report import UnsignedNotebookWarning

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("JUPYTER_DATA_DIR", str(blocker / "jupyter"))
    notebooks = tmp_path / "notebooks"
    _tiny_notebook(notebooks, "01-tiny.ipynb", "print(articles)")
    with pytest.warns(UnsignedNotebookWarning, match=r"01-tiny\.ipynb not signed"):
        pages = build_report(
            articles=tmp_path, processed=tmp_path / "none", reports=tmp_path / "out",
            notebooks=notebooks,
        )  # fmt: skip
    assert all(page.exists() for page in pages)
