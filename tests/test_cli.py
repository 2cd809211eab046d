"""The ``dateline`` command: help everywhere, exit codes, one-line errors, lazy imports."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import cli

ARTICLE = "Summit in Hanoi\n\nKim Jong Un met Donald Trump in Hanoi, Vietnam, on Wednesday."
LGL_SNIPPET = """<?xml version="1.0" encoding="utf-8"?>
<articles><article docid="1"><title>t</title><text>Rain fell on Paris overnight.</text>
<toponyms><toponym><start>13</start><end>18</end><phrase>Paris</phrase>
<gaztag geonameid="2988507"><name>Paris</name><fclass>P</fclass><fcode>PPLC</fcode>
<lat>48.85341</lat><lon>2.3488</lon><country>FR</country><admin1>11</admin1></gaztag>
</toponym></toponyms></article></articles>
"""


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """The installed console entry point, as a user runs it."""
    return subprocess.run(
        [sys.executable, "-m", "helpers.cli", *args], capture_output=True, text=True, check=False
    )


@pytest.mark.parametrize("command", [[], ["analyze"], ["report"], ["evaluate"], ["geocode"]])
def test_help_everywhere(command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main([*command, "--help"])
    assert exit_info.value.code == 0
    assert "usage: dateline" in capsys.readouterr().out


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["frobnicate"],
        ["analyze"],
        ["analyze", "data", "--workers", "0"],
        ["analyze", "data", "--engine", "spark"],
        ["evaluate", "x.xml", "--limit", "many"],
    ],
)
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(argv)
    assert exit_info.value.code == 2
    assert "error:" in capsys.readouterr().err


def test_missing_source_is_a_usage_error_in_one_line(tmp_path: Path) -> None:
    done = run("analyze", str(tmp_path / "nowhere"))
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        f"dateline analyze: error: SOURCE not found: {tmp_path / 'nowhere'}"
    ]
    assert "Traceback" not in done.stderr


def test_analyze_prints_a_summary_and_exits_0(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    done = run("analyze", str(folder), "--out", str(tmp_path / "out"), "--workers", "1")
    assert done.returncode == 0, done.stderr
    assert "1 articles" in done.stdout
    assert "1 new, 0 changed, 0 unchanged, 0 removed" in done.stdout
    assert (tmp_path / "out" / "places.parquet").is_dir()  # a table: a directory of parts
    again = run("analyze", str(folder), "--out", str(tmp_path / "out"), "--workers", "1")
    assert "0 new, 0 changed, 1 unchanged, 0 removed" in again.stdout


def test_failed_inputs_are_listed_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    code = cli.main(
        ["analyze", str(folder), "--out", str(tmp_path / "out"), "--workers", "1", "--no-progress"]
    )
    assert code == 1
    captured = capsys.readouterr()
    assert "1 articles" in captured.out
    assert "1 problem(s):" in captured.err
    assert f"{folder / 'empty.txt'}: [read]" in captured.err


def test_report_exits_1_like_analyze_when_inputs_failed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import helpers.report

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    out = ["--processed", str(tmp_path / "out"), "--reports", str(tmp_path / "reports")]
    # the notebooks' own analysis is what report runs; here it is run once, beforehand
    monkeypatch.setattr(helpers.report, "build_report", lambda **kw: [tmp_path / "index.html"])
    argv = ["analyze", str(folder), "--out", str(tmp_path / "out"), "--workers", "1"]
    assert cli.main([*argv, "--no-progress"]) == 0
    assert cli.main(["report", "--articles", str(folder), *out]) == 0
    (folder / "empty.txt").write_text("", encoding="utf-8")
    assert cli.main([*argv, "--no-progress"]) == 1
    capsys.readouterr()
    assert cli.main(["report", "--articles", str(folder), *out]) == 1
    err = capsys.readouterr().err
    assert "1 problem(s):" in err and f"{folder / 'empty.txt'}: [read]" in err


def test_errors_are_one_line_unless_debug(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import helpers.pipeline

    def explode(*args: object, **kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(helpers.pipeline, "analyze", explode)
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    assert cli.main(["analyze", str(tmp_path / "a.txt")]) == 1
    err = capsys.readouterr().err
    assert err.splitlines()[0] == "dateline analyze: error: OSError: disk full"
    assert "Traceback" not in err
    assert cli.main(["--debug", "analyze", str(tmp_path / "a.txt")]) == 1
    assert "Traceback (most recent call last)" in capsys.readouterr().err


def test_report_maps_options_onto_build_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import helpers.report

    seen: dict[str, object] = {}

    def fake_build_report(**kwargs: object) -> list[Path]:
        seen.update(kwargs)
        return [tmp_path / "reports" / "index.html"]

    monkeypatch.setattr(helpers.report, "build_report", fake_build_report)
    (tmp_path / "articles").mkdir()
    code = cli.main(
        [
            "report",
            "--articles", str(tmp_path / "articles"),
            "--processed", str(tmp_path / "processed"),
            "--reports", str(tmp_path / "reports"),
        ]
    )  # fmt: skip
    assert code == 0
    assert seen == {
        "articles": str(tmp_path / "articles"),
        "processed": str(tmp_path / "processed"),
        "reports": str(tmp_path / "reports"),
        "geocoder": "offline",
    }
    assert "index.html" in capsys.readouterr().out
    # no processed tables yet is fine (the notebooks analyse); no articles is a usage error
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["report", "--articles", str(tmp_path / "none")])
    assert exit_info.value.code == 2
    assert "no articles at" in capsys.readouterr().err


def test_evaluate_scores_a_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "mini.xml"
    corpus.write_text(LGL_SNIPPET, encoding="utf-8")
    assert cli.main(["evaluate", str(corpus), "--limit", "1"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("mini")
    assert "F1 1.000" in out  # "Paris" found at the annotated span


def test_evaluate_scores_entity_recognition_on_annotated_json_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "Senator Warren met Newmont executives in Boston ."
    ents = [
        {"start": 8, "end": 14, "type": "PER"},
        {"start": 19, "end": 26, "type": "ORG"},
        {"start": 41, "end": 47, "type": "LOC"},
    ]
    mine = tmp_path / "mine.jsonl"
    mine.write_text(json.dumps({"id": "a", "text": text, "entities": ents}) + "\n", "utf-8")
    assert cli.main(["evaluate", str(mine)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("mine")
    assert "micro      1.000 1.000 1.000" in out
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", "utf-8")
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["evaluate", str(bad)])
    assert exit_info.value.code == 2


def test_geocode_prints_coordinates(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["geocode", "Hanoi", "--limit", "1"]) == 0
    lat, lon, address = capsys.readouterr().out.strip().split("\t")
    assert abs(float(lat) - 21.0) < 0.5 and abs(float(lon) - 105.8) < 0.5
    assert "Hanoi" in address


def test_geocode_without_a_match_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["geocode", "Qwxzzyv Nowhereville"]) == 1
    assert "no match" in capsys.readouterr().err


def test_the_cli_imports_no_heavy_module() -> None:
    code = (
        "import sys, helpers.cli; heavy = {'pandas', 'pyarrow', 'geopy', 'textstat', 'dask'};"
        "print(sorted(heavy & set(sys.modules)))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
