"""The project keeps its promises: the README's commands work, CI runs exactly the README's test
command, conda and pip install the same things, notebooks are committed without outputs."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from conftest import REQUIRE_ALL_VAR, unavailable

ROOT = Path(__file__).resolve().parents[1]


def readme_blocks(language: str = "sh") -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return [b.strip() for b in re.findall(rf"```{language}\n(.*?)```", text, flags=re.S)]


def quick_start_commands() -> tuple[str, str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    blocks = [b.strip() for b in re.findall(r"```sh\n(.*?)```", section, flags=re.S)]
    assert len(blocks) == 2, "the Quick start holds exactly two commands: analysis, then tests"
    return blocks[0], blocks[1]


def test_ci_runs_exactly_the_readme_test_command():
    _, test_command = quick_start_commands()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    commands = [
        line.strip()
        for line in ci.splitlines()
        if line.strip() and not line.lstrip().startswith("#") and not line.startswith((" ", "\t"))
    ]
    assert commands[-1] == test_command


def test_ci_asks_for_everything():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(rf"^export {REQUIRE_ALL_VAR}=1$", ci, flags=re.M)
    assert "apt-get update" in ci and "apt-get install -y -qq chromium" in ci


@pytest.mark.parametrize(
    ("required", "outcome", "code"), [(None, "1 skipped", 0), ("1", "1 error", 1)]
)
def test_missing_browser_skips_here_and_fails_in_ci(tmp_path, required, outcome, code):
    """Without Chromium the browser tests skip cleanly, unless the run requires everything."""
    env = {k: v for k, v in os.environ.items() if k != REQUIRE_ALL_VAR}
    env["PATH"] = str(tmp_path)  # no chromium anywhere on it
    if required:
        env[REQUIRE_ALL_VAR] = required
    test = "tests/test_report_browser.py::test_notebook_page_has_its_figures_embedded"
    result = subprocess.run(
        [sys.executable, "-m", "pytest", test, "-q", "-p", "no:cacheprovider", "-p", "no:randomly"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert result.returncode == code, result.stdout[-2000:]
    assert outcome in result.stdout
    if required:
        assert "no Chromium on PATH" in result.stdout and REQUIRE_ALL_VAR in result.stdout


def test_every_make_command_in_the_readme_is_a_target():
    targets = set(
        re.findall(r"^([a-z][a-z-]*):", (ROOT / "Makefile").read_text("utf-8"), flags=re.M)
    )
    for block in readme_blocks():
        for line in block.splitlines():
            match = re.match(r"make ([a-z-]+)", line.strip())
            if match:
                assert match.group(1) in targets, line


def test_make_help_lists_the_entry_points():
    out = subprocess.run(
        ["make", "-s", "help"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    for target in ("analysis", "test", "lab", "report", "benchmark", "evaluate"):
        assert f"make {target}" in out


def test_environment_yml_has_every_dependency():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    wanted = list(project["dependencies"]) + list(project["optional-dependencies"]["dev"])
    env = (ROOT / "environment.yml").read_text("utf-8").lower()
    for requirement in wanted:
        name = re.split(r"[<>=\[ ;]", requirement, maxsplit=1)[0].lower()
        if name == "dateline":
            continue
        assert re.search(rf"-\s+{re.escape(name)}\b", env), f"{name} missing from environment.yml"
    assert '-e ".[dev]"' in env


def test_notebooks_are_committed_without_outputs():
    for path in sorted((ROOT / "notebooks").glob("*.ipynb")):
        nb = json.loads(path.read_text("utf-8"))
        for cell in nb["cells"]:
            if cell["cell_type"] == "code":
                assert not cell.get("outputs"), f"{path.name} has outputs: strip them"
                assert cell.get("execution_count") is None, f"{path.name} has execution counts"


def test_bundled_article_is_the_seed_byte_for_byte():
    seed = ROOT.parent / "shared" / "seed" / "000_a51ff8e45658a71a.txt"
    bundled = ROOT / "data" / "articles" / "000_a51ff8e45658a71a.txt"
    assert bundled.exists()
    if not seed.exists():
        unavailable(f"no seed article at {seed}")
    assert bundled.read_bytes() == seed.read_bytes()


def test_import_helpers_is_light():
    # `import helpers` must not drag in pandas, matplotlib or the gazetteer: notebooks and the CLI
    # pay only for the stages they use.
    code = "import sys, helpers; print(sorted(m for m in ('pandas','matplotlib','geopy') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.slow
def test_readme_main_command_runs_on_the_bundled_data(tmp_path):
    """Run the README's first command for real (the environment already exists under test)."""
    analysis_command, _ = quick_start_commands()
    assert analysis_command.startswith("make ")
    if not (ROOT / ".venv" / "bin" / "dateline").exists():
        pytest.skip("no .venv here: the README's commands create it (run `make test`)")
    out_dir = tmp_path / "processed"
    reports = tmp_path / "reports"
    env = {**os.environ, "MAKEFLAGS": ""}
    result = subprocess.run(
        [*analysis_command.split(), f"OUT={out_dir}", f"REPORTS={reports}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=900,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "articles" in result.stdout.lower()
    assert (out_dir / "articles.parquet").exists()


def test_article_ids_are_pinned():
    """``article_id`` keys every table and every cache on disk: a change of how it is computed would
    silently orphan every stored analysis, so its value for known texts is written down here."""
    from helpers.clean import article_id_for
    from helpers.load import load_articles

    assert article_id_for("Hanoi hosts talks.") == "00f4cd25c04adeee"  # sha256, first 16 hex digits
    assert article_id_for("") == "e3b0c44298fc1c14"
    seed = load_articles(ROOT / "data" / "articles" / "000_a51ff8e45658a71a.txt")
    assert seed["article_id"].tolist() == ["0486da7b8c1a998d"]


def test_license_is_an_spdx_string_with_its_file():
    """setuptools deprecates ``license = {text = ...}`` (unsupported after 2027-02-18): the SPDX
    form needs setuptools >= 77, so ``pip install -e .`` stays quiet."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    project = config["project"]
    assert project["license"] == "MIT"
    assert project["license-files"] and all((ROOT / f).is_file() for f in project["license-files"])
    (floor,) = [r for r in config["build-system"]["requires"] if r.startswith("setuptools")]
    assert tuple(map(int, floor.split(">=")[1].split("."))) >= (77,)


@pytest.mark.slow
def test_make_analysis_writes_the_report_even_when_inputs_fail(tmp_path):
    """One unreadable file must not cost the whole report: it is listed there, and make fails."""
    if not (ROOT / ".venv" / "bin" / "dateline").exists():
        unavailable("no .venv here: the README's commands create it (run `make test`)")
    articles = tmp_path / "articles"
    articles.mkdir()
    seed = ROOT / "data" / "articles" / "000_a51ff8e45658a71a.txt"
    (articles / seed.name).write_bytes(seed.read_bytes())
    (articles / "empty.txt").write_text("")
    result = subprocess.run(
        ["make", "analysis", f"ARTICLES={articles}", f"OUT={tmp_path / 'out'}",
         f"REPORTS={tmp_path / 'reports'}"],
        cwd=ROOT, capture_output=True, text=True, env={**os.environ, "MAKEFLAGS": ""}, timeout=900,
    )  # fmt: skip
    assert result.returncode != 0  # the failed input is not hidden
    index = (tmp_path / "reports" / "index.html").read_text(encoding="utf-8")
    assert "empty.txt" in index and "<b>1</b> problem" in index
    assert "empty.txt: [read]" in result.stderr


def test_the_ab_benchmark_runs_against_a_checkout(corpora_dir: Path) -> None:
    # benchmarks/ab_inprocess.py once loaded module files by path and broke when the modules
    # moved; it now runs each checkout's helpers in its own process. Against this same checkout
    # both sides must find the same rows for every article (the synthetic articles are built
    # from the corpora's sentences: without ../shared this skips, as the corpus tests do).
    result = subprocess.run(
        [
            sys.executable,
            "benchmarks/ab_inprocess.py",
            str(ROOT),
            "--articles",
            "20",
            "--rounds",
            "2",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    assert "differ between the two: 0 of 20" in result.stdout, result.stdout
    ratios = re.findall(r"this/other (\d+\.\d+)", result.stdout)
    assert len(ratios) == 2 and all(float(r) > 0 for r in ratios), result.stdout
