"""The HTML report: execute the notebooks with papermill, render them with nbconvert, add an index.

``dateline report`` and ``make report`` call :func:`build_report`::

    >>> from helpers.report import build_report
    >>> pages = build_report(articles="data/articles", reports="reports")    # doctest: +SKIP
    >>> pages[0].name                                                         # doctest: +SKIP
    'index.html'

What lands in ``reports/``:

- ``NN-name.ipynb`` — each notebook as executed, with its outputs (open it in JupyterLab to see
  the code next to the results); signed with your Jupyter notary key, so JupyterLab trusts what
  the report itself executed and shows the interactive map at once;
- ``NN-name.html`` — the same notebook for readers: narrative, tables and figures, code hidden,
  figures embedded in the page (no side files needed);
- ``index.html`` — one page linking them all, with the run's numbers, every problem (source, stage,
  reason) and the figure gallery;
- whatever the notebooks write: ``figures/*.png|svg``, ``map.html``, ``places.geojson``.

Notebooks run in a kernel of *this* Python interpreter (the project's virtualenv), not whichever
"python3" kernelspec happens to be installed for the user, so ``import helpers`` always works.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from jupyter_client.kernelspec import KernelSpec
from jupyter_client.manager import AsyncKernelManager

from helpers.errors import DatelineWarning

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "CleaningExample",
    "NotebookFailed",
    "TablePreview",
    "UnsignedNotebookWarning",
    "build_report",
    "cleaning_example",
    "first_rows",
    "notebook_paths",
    "render_html",
    "render_markdown",
    "report_problems",
    "sign_notebook",
]

_NBCONVERT_PLACEHOLDER_ALT = "No description has been provided for this image"
# folium's notebook display puts this notice behind the map's iframe for notebook viewers that
# refuse to run untrusted output; a rendered HTML page always runs it, so there it only misleads.
_TRUST_NOTICE = "Make this Notebook Trusted"
# the index lists at most this many problems; the errors table holds them all
MAX_LISTED_PROBLEMS = 200
PROBLEM_COLUMNS = ("source", "stage", "error")
_NBCONVERT_LOG = logging.getLogger(f"{__name__}.nbconvert")
_NBCONVERT_LOG.setLevel(logging.ERROR)

NOTEBOOKS_DIR = Path(__file__).resolve().parents[1] / "notebooks"
# frozen modules off: silences debugpy's warning that would otherwise land in the report
_KERNEL_PYTHON = (sys.executable, "-Xfrozen_modules=off")
# kernel-side log noise ("running over TCP without encryption") stays out of the console
_KERNEL_OPTIONS = ("--IPKernelApp.log_level=ERROR",)


class NotebookFailed(RuntimeError):
    """A notebook raised while the report was built; the message names it and its HTML page."""


class ThisPythonKernelManager(AsyncKernelManager):
    """Kernel manager that always starts ipykernel on the running interpreter.

    A user-level "python3" kernelspec (``~/.local/share/jupyter/kernels``) takes precedence over
    the virtualenv's own, and may point at another Python without Dateline installed; this
    manager sidesteps the lookup.
    """

    @property
    def kernel_spec(self) -> KernelSpec:
        if self._kernel_spec is None:
            self._kernel_spec = KernelSpec(
                argv=[
                    *_KERNEL_PYTHON,
                    *("-m", "ipykernel_launcher", "-f", "{connection_file}"),
                    *_KERNEL_OPTIONS,
                ],
                display_name=f"Python {sys.version_info.major}.{sys.version_info.minor} (Dateline)",
                language="python",
                metadata={"debugger": False},
            )
        return self._kernel_spec


def notebook_paths(notebooks: str | Path = NOTEBOOKS_DIR) -> list[Path]:
    """The report's notebooks in reading order (file names start with their number).

    >>> [p.name for p in notebook_paths()][:1]                                 # doctest: +SKIP
    ['01-load-and-clean.ipynb']
    """
    folder = Path(notebooks)
    found = sorted(p for p in folder.glob("[0-9]*.ipynb") if not p.name.startswith("."))
    if not found:
        raise FileNotFoundError(f"no numbered notebooks (01-….ipynb) in {folder}")
    return found


def render_html(executed: str | Path, html_path: str | Path, *, hide_code: bool = True) -> Path:
    """Render an executed notebook as one self-contained HTML page (figures embedded as data).

    ``hide_code=True`` gives readers narrative, tables and figures only; the executed notebook
    beside the page keeps the code.
    """
    import nbformat
    from nbconvert import HTMLExporter

    nb = nbformat.read(str(executed), as_version=4)
    exporter = HTMLExporter(template_name="lab")
    exporter.embed_images = True
    exporter.exclude_input = hide_code
    exporter.exclude_input_prompt = True
    exporter.exclude_output_prompt = True
    exporter.log = _NBCONVERT_LOG  # its missing-alt warning is fixed just below
    body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": _title(nb)}})
    html_path = Path(html_path)
    html_path.write_text(_describe_images(body), encoding="utf-8")
    return html_path


def _describe_images(page: str) -> str:
    """Give each figure an alt text naming the section it illustrates (nbconvert leaves a
    placeholder): screen readers then say which chart this is. Drops folium's "Make this Notebook
    Trusted" notice: a web page has no notion of trust and always shows the map."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(page, features="html.parser")
    for notice in soup.find_all(string=lambda text: text and _TRUST_NOTICE in text):
        if notice.parent is not None and notice.parent.name == "span":
            notice.parent.decompose()
    for img in soup.select("img"):
        alt = img.get("alt")
        if alt and alt != _NBCONVERT_PLACEHOLDER_ALT:
            continue
        heading = img.find_previous(["h1", "h2", "h3"])
        section = heading.get_text(" ", strip=True).rstrip("¶").strip() if heading else ""
        img["alt"] = f"Chart: {section}" if section else "Chart"
    return str(soup)


def _title(nb: Any) -> str:
    """The first markdown heading of a notebook, or ''."""
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("#"):
                    return line.lstrip("#").strip()
    return ""


def _summary(nb: Any) -> str:
    """The first paragraph after the heading of the first markdown cell."""
    for cell in nb.cells:
        if cell.cell_type != "markdown":
            continue
        paragraphs = [p.strip() for p in cell.source.split("\n\n") if p.strip()]
        for p in paragraphs:
            if not p.startswith("#"):
                return " ".join(p.split())
        return ""
    return ""


# ------------------------------------------------------------------ what the notebooks display


class TablePreview(NamedTuple):
    """The first ``shown`` rows of a table of ``total`` rows, displayed with a line saying so."""

    rows: pd.DataFrame
    total: int
    noun: str = "rows"

    @property
    def note(self) -> str:
        shown, total, noun = len(self.rows), self.total, self.noun
        if shown >= total:
            if total == 1:
                singular = noun[:-3] + "y" if noun.endswith("ies") else noun.removesuffix("s")
                return f"The only {singular}."
            return f"All {total:,} {noun}."
        return f"The first {shown:,} of {total:,} {noun}."

    def _repr_html_(self) -> str:
        table = self.rows._repr_html_() or html.escape(self.rows.to_string())
        return f"<p class='dateline-preview'><em>{html.escape(self.note)}</em></p>{table}"

    def __repr__(self) -> str:
        return f"{self.note}\n{self.rows!r}"


def first_rows(table: pd.DataFrame, n: int, *, noun: str = "rows") -> TablePreview:
    """Show the first ``n`` rows of ``table`` in a notebook, saying how many there are in all
    ("The first 15 of 22 articles"), so a reader never takes a preview for the whole table.

    >>> import pandas as pd
    >>> first_rows(pd.DataFrame({"x": range(22)}), 15, noun="articles").note
    'The first 15 of 22 articles.'
    >>> first_rows(pd.DataFrame({"x": range(3)}), 15).note
    'All 3 rows.'
    """
    return TablePreview(table.head(n), len(table), noun)


class CleaningExample(NamedTuple):
    """One article before and after cleaning, chosen by :func:`cleaning_example`."""

    n_articles: int
    article_id: str | None = None
    title: str | None = None
    raw: str = ""
    text: str = ""
    removed_lines: tuple[str, ...] = ()

    def __str__(self) -> str:
        if self.article_id is None:
            n = self.n_articles
            return (
                "Cleaning removed nothing from "
                + ("the one article" if n == 1 else f"any of the {n:,} articles")
                + ": the text is analysed as it arrived."
            )
        lines = "\n".join(f"  - {line}" for line in self.removed_lines[:12])
        more = len(self.removed_lines) - 12
        if more > 0:
            lines += f"\n  … and {more} more lines"
        return (
            f"{self.title or self.article_id} (article {self.article_id}): cleaning removed "
            f"{len(self.removed_lines)} line{'s' if len(self.removed_lines) != 1 else ''}:\n"
            f"{lines}\n\nRAW ({len(self.raw):,} characters), its end:\n\n{self.raw.strip()[-900:]}"
            f"\n\nCLEANED ({len(self.text):,} characters), its end:\n\n{self.text.strip()[-900:]}"
        )


def _removed_lines(raw: str, text: str) -> tuple[str, ...]:
    """The raw text's lines that cleaning dropped (not merely re-spaced, re-encoded or joined to
    the line before: a wire's team sheet or table rows run on in one paragraph)."""
    import difflib
    import unicodedata

    def lines(value: str) -> list[str]:
        norm = unicodedata.normalize("NFKC", value)
        return [" ".join(line.split()) for line in norm.splitlines() if line.strip()]

    before, after = lines(raw), lines(text)
    matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
    removed: list[str] = []
    kept = "\n".join(after)
    for op, i1, i2, _j1, _j2 in matcher.get_opcodes():
        if op in {"delete", "replace"}:
            removed.extend(line for line in before[i1:i2] if line not in kept)
    return tuple(removed)


def cleaning_example(articles: pd.DataFrame) -> CleaningExample:
    """The article from which cleaning removed the most lines (comment prompts, newsletter lines,
    credits…), to show before and after; or, when cleaning removed nothing from any article, a
    :class:`CleaningExample` whose text says so. Needs the ``text_raw`` and ``text`` columns.

    >>> import pandas as pd
    >>> a = pd.DataFrame({"article_id": ["a", "b"], "title": ["A", "B"],
    ...                   "text_raw": ["Rain.", "Rain.\\nSign up for our newsletter!"],
    ...                   "text": ["Rain.", "Rain."]})
    >>> cleaning_example(a).removed_lines
    ('Sign up for our newsletter!',)
    >>> print(cleaning_example(a.iloc[:1]))
    Cleaning removed nothing from the one article: the text is analysed as it arrived.
    """
    best: CleaningExample | None = None
    for row in articles.itertuples(index=False):
        raw = row.text_raw if isinstance(row.text_raw, str) else ""
        text = row.text if isinstance(row.text, str) else ""
        removed = _removed_lines(raw, text)
        if removed and (best is None or len(removed) > len(best.removed_lines)):
            title = getattr(row, "title", None)
            best = CleaningExample(
                len(articles),
                str(row.article_id),
                title if isinstance(title, str) else None,
                raw,
                text,
                removed,
            )
    return best or CleaningExample(len(articles))


# ------------------------------------------------------------------ the index page


def render_markdown(text: str) -> str:
    """Markdown (the notebooks' own prose) as HTML, as JupyterLab shows it; any raw HTML in the text
    is escaped rather than passed through.

    >>> render_markdown("Most in **US school grades**; *Flesch* via `textstat` <b>")
    '<p>Most in <strong>US school grades</strong>; <em>Flesch</em> via <code>textstat</code> &lt;b&gt;</p>\\n'
    """
    import mistune

    return str(mistune.create_markdown(escape=True)(text))


def report_problems(processed: str | Path) -> pd.DataFrame:
    """The problems of the analysis stored in ``processed``: one row per input or article that could
    not be (fully) analysed, columns ``source``, ``stage``, ``error`` (all str), in the errors
    table's order. Empty when there were none or nothing is stored there yet.

    >>> report_problems("/nonexistent").columns.tolist()
    ['source', 'stage', 'error']
    """
    import pandas as pd

    from helpers.pipeline import Analysis

    empty = pd.DataFrame({name: pd.Series(dtype="str") for name in PROBLEM_COLUMNS})
    try:
        errors = Analysis.load(processed).errors
    except (FileNotFoundError, OSError, ValueError, KeyError):
        return empty
    if errors is None or not len(errors):
        return empty
    return errors[list(PROBLEM_COLUMNS)].astype("str").reset_index(drop=True)


def sign_notebook(path: str | Path, *, data_dir: str | Path | None = None) -> bool:
    """Sign an executed notebook so JupyterLab trusts its outputs (maps and widgets show at once,
    with no "Make this Notebook Trusted"); returns whether the signature now verifies.

    Signing is what ``jupyter trust`` does: the notebook's digest, keyed with this user's notary
    secret, is stored in the notary database. ``data_dir`` is where both live, by default the
    user's Jupyter data directory (``jupyter --data-dir``), created when missing so it works on a
    fresh, headless machine. Only notebooks this report executed are signed: their outputs came
    from our own code, not from a file someone sent.
    """
    import nbformat
    from jupyter_core.paths import jupyter_data_dir
    from nbformat.sign import NotebookNotary

    folder = Path(data_dir) if data_dir is not None else Path(jupyter_data_dir())
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    nb = nbformat.read(str(path), as_version=4)
    with NotebookNotary(data_dir=str(folder)) as notary:
        notary.sign(nb)
        return bool(notary.check_signature(nb))


class UnsignedNotebookWarning(DatelineWarning):
    """An executed notebook could not be signed: JupyterLab will ask to trust it before showing its
    maps (the HTML pages are unaffected)."""


def _sign_or_warn(executed: Path) -> None:
    import sqlite3

    try:
        verified = sign_notebook(executed)
    except (OSError, sqlite3.Error) as exc:  # e.g. a read-only home: the report is still good
        verified, reason = False, f"{type(exc).__name__}: {exc}"
    else:
        reason = "its signature does not verify"
    if not verified:
        warnings.warn(
            UnsignedNotebookWarning(f"{executed.name} not signed ({reason}); `jupyter trust` it"),
            stacklevel=3,
        )


def build_report(
    *,
    articles: str | Path = "data/articles",
    processed: str | Path = "data/processed",
    reports: str | Path = "reports",
    notebooks: str | Path = NOTEBOOKS_DIR,
    geocoder: str = "offline",
    top_n: int = 15,
    kernel_name: str | None = None,
    hide_code: bool = True,
    timeout: int | None = 1800,
    log_output: bool = False,
) -> list[Path]:
    """Execute every numbered notebook into ``reports/`` and render each as HTML, plus an index.

    Parameters map one-to-one onto the notebooks' ``parameters`` cell (paths are made absolute so
    the notebooks run from their own folder). ``kernel_name=None`` runs them on this interpreter;
    name a kernelspec (e.g. ``"python3"``) to use that instead. ``timeout`` is per cell, seconds.

    Returns the pages written: ``index.html`` first, then one page per notebook. A notebook
    that fails still gets its page (showing the error) and :class:`NotebookFailed` is raised.
    Each executed notebook is signed (:func:`sign_notebook`) so JupyterLab opens it trusted.
    Problems of the analysis do not raise: the index lists them, and :func:`report_problems` gives
    them to callers (``dateline report`` exits 1 when there are any, as ``dateline analyze`` does).
    """
    import nbformat
    import papermill

    reports = Path(reports).resolve()
    figures = reports / "figures"
    figures.mkdir(parents=True, exist_ok=True)
    parameters = {
        "articles": _absolute(articles),
        "processed": str(Path(processed).resolve()),
        "reports": str(reports),
        "figures": str(figures),
        "geocoder": geocoder,
        "top_n": int(top_n),
    }
    engine_kwargs: dict[str, Any] = {}
    if kernel_name is None:
        engine_kwargs["kernel_manager_class"] = ThisPythonKernelManager
    pages: list[Path] = []
    entries: list[tuple[Path, str, str]] = []
    for notebook in notebook_paths(notebooks):
        executed = reports / notebook.name
        page = executed.with_suffix(".html")
        try:
            papermill.execute_notebook(
                str(notebook),
                str(executed),
                parameters=parameters,
                kernel_name=kernel_name or "python3",
                cwd=str(notebook.parent),
                progress_bar=False,
                log_output=log_output,
                execution_timeout=timeout,
                **engine_kwargs,
            )
        except papermill.PapermillExecutionError as exc:
            if executed.exists():
                render_html(executed, page, hide_code=False)  # show the failing code
            raise NotebookFailed(
                f"{notebook.name} failed ({exc.ename}: {exc.evalue}); see {page}"
            ) from exc
        render_html(executed, page, hide_code=hide_code)
        _sign_or_warn(executed)
        nb = nbformat.read(str(executed), as_version=4)
        pages.append(page)
        entries.append((page, _title(nb) or notebook.stem, _summary(nb)))
    index = _write_index(reports, entries, parameters)
    return [index, *pages]


def _absolute(source: str | Path) -> str:
    """Paths become absolute (the notebooks run from their own folder); URLs stay as they are."""
    text = str(source)
    if "://" in text:
        return text
    return str(Path(text).expanduser().resolve())


def _stats(processed: str) -> dict[str, Any]:
    try:
        from helpers.pipeline import Analysis

        return dict(Analysis.load(processed).stats)
    except Exception:  # the index is still useful without the numbers
        return {}


def _plural(n: int, noun: str) -> str:
    return noun if n == 1 else f"{noun}s"


def _problems_html(processed: str) -> str:
    """Every problem as a table row (source, stage, reason), escaped: sources and reasons come from
    the inputs, and a file name or message may hold anything."""
    esc = html.escape
    problems = report_problems(processed)
    if not len(problems):
        return "<p>None: every input was read and analysed.</p>"
    shown = problems.head(MAX_LISTED_PROBLEMS)
    rows = "\n".join(
        f"<tr><td>{esc(row.source)}</td><td>{esc(row.stage)}</td><td>{esc(row.error)}</td></tr>"
        for row in shown.itertuples(index=False)
    )
    more = ""
    if len(problems) > len(shown):
        more = (
            f"<p>… and {len(problems) - len(shown):,} more in "
            f"<code>{esc(str(Path(processed) / 'errors.parquet'))}</code>.</p>"
        )
    noun = "input or article" if len(problems) == 1 else "inputs or articles"
    return (
        f"<p>{len(problems):,} {noun} could not be (fully) analysed; each is listed with the "
        "stage that failed and why.</p>\n"
        "<table class='problems'><thead><tr><th>source</th><th>stage</th><th>reason</th></tr>"
        f"</thead>\n<tbody>\n{rows}\n</tbody></table>\n{more}"
    )


def _write_index(
    reports: Path, entries: Sequence[tuple[Path, str, str]], parameters: dict[str, Any]
) -> Path:
    """index.html: what was analysed, links to every page and export, and the figure gallery."""
    esc = html.escape
    stats = _stats(parameters["processed"])
    numbers = ""
    if stats:
        numbers = (
            "<p class='numbers'>"
            + " · ".join(
                f"<b>{int(stats.get(key, 0)):,}</b> {_plural(int(stats.get(key, 0)), label)}"
                for key, label in (
                    ("articles", "article"),
                    ("words", "word"),
                    ("places", "place mention"),
                    ("mentions", "entity mention"),
                )
            )
            + f" · <a href='#problems'><b>{int(stats.get('problems', 0)):,}</b> "
            + f"{_plural(int(stats.get('problems', 0)), 'problem')}</a>"
            + "</p>"
        )
    items = "\n".join(
        f"<li><a href='{esc(page.name)}'>{esc(title)}</a>"
        f"<div class='summary'>{render_markdown(summary)}</div></li>"
        for page, title, summary in entries
    )
    problems = _problems_html(parameters["processed"])
    extras = []
    if (reports / "map.html").exists():
        extras.append(
            "<li><a href='map.html'>Interactive map</a> — one circle per place, popups list the "
            "articles (background tiles need the network; everything else works offline)</li>"
        )
    if (reports / "places.geojson").exists():
        extras.append(
            "<li><a href='places.geojson'>places.geojson</a> — the places as GeoJSON for QGIS "
            "and other GIS tools</li>"
        )
    figures = sorted((reports / "figures").glob("*.png"))
    gallery = "\n".join(
        f"<figure><a href='figures/{esc(p.name)}'><img src='figures/{esc(p.name)}' "
        f"alt='{esc(p.stem)}'></a><figcaption>{esc(p.stem.replace('_', ' '))} "
        f"(<a href='figures/{esc(p.with_suffix('.svg').name)}'>SVG</a>)</figcaption></figure>"
        for p in figures
    )
    generated = dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Dateline report</title>
<style>
 body {{ font: 16px/1.5 system-ui, sans-serif; max-width: 1100px; margin: 2em auto;
        padding: 0 1em; color: #222; }}
 h1 {{ margin-bottom: .2em; }} .meta, li span, figcaption {{ color: #555; font-size: .9em; }}
 .numbers {{ font-size: 1.1em; }} li {{ margin: .6em 0; }} .summary p {{ margin: .2em 0; }}
 .summary {{ color: #555; font-size: .9em; }}
 table.problems {{ border-collapse: collapse; font-size: .9em; }}
 table.problems th, table.problems td {{ border: 1px solid #ddd; padding: .3em .6em;
            text-align: left; vertical-align: top; }}
 table.problems td:first-child {{ word-break: break-all; }}
 .gallery {{ display: grid; grid-template-columns: repeat(auto-fill, minmax(320px, 1fr));
            gap: 1em; }}
 figure {{ margin: 0; border: 1px solid #ddd; padding: .5em; background: #fff; }}
 figure img {{ width: 100%; height: auto; }}
</style></head>
<body>
<h1>Dateline report</h1>
<p class="meta">Articles: <code>{esc(parameters["articles"])}</code> · geocoder:
<code>{esc(str(parameters["geocoder"]))}</code> · generated {esc(generated)}</p>
{numbers}
<h2>Notebooks</h2>
<ol>
{items}
</ol>
<h2 id="problems">Problems</h2>
{problems}
<h2>Maps and data</h2>
<ul>
{chr(10).join(extras) or "<li>No map was produced.</li>"}
</ul>
<h2>Figures</h2>
<div class="gallery">
{gallery or "<p>No figures were produced.</p>"}
</div>
<p class="meta">Rebuild with <code>dateline report --articles PATH</code> (or
<code>make report ARTICLES=PATH</code>). The executed notebooks (<code>.ipynb</code>) beside
these pages show the code.</p>
</body></html>
"""
    index = reports / "index.html"
    index.write_text(page, encoding="utf-8")
    return index
