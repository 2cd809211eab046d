"""The pipeline: per-article function, incremental runs, atomic writes, serial == pool."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from helpers import pipeline
from helpers.pipeline import Analysis, analyze, analyze_article, analyze_batch

ARTICLES = {
    "a.txt": "Summit in Hanoi\n\nKim Jong Un met Donald Trump in Hanoi, Vietnam, on Wednesday. "
    "Officials in Washington said the talks would continue.",
    "b.txt": "Floods in France\n\nHeavy rain flooded streets in Paris on Monday. "
    "The mayor of Paris said the river would peak on Tuesday.",
    "c.txt": "Trade talks\n\nNegotiators from Japan and Canada met in Geneva. "
    "They agreed to meet again in Tokyo next month.",
    "d.txt": "Election day\n\nVoters in Kenya queued for hours in Nairobi and Mombasa. "
    "Results are expected on Friday.",
}
TABLE_NAMES = ("articles", "readability", "places", "mentions", "errors")


def write_articles(folder: Path, articles: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def tables(result: Analysis) -> dict[str, pd.DataFrame]:
    return {name: result.table(name) for name in TABLE_NAMES}


def assert_same_tables(left: Analysis, right: Analysis) -> None:
    for name in TABLE_NAMES:
        pd.testing.assert_frame_equal(left.table(name), right.table(name), obj=name)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_articles(tmp_path / "in", ARTICLES)


def test_analyze_article_rows_point_into_the_text() -> None:
    text = "Talks in Hanoi\n\nKim Jong Un met Donald Trump in Hanoi, Vietnam."
    rows = analyze_article({"article_id": "abc", "source": "x.txt", "text": text})
    assert set(rows) == {"readability", "places", "mentions", "errors"}
    assert rows["readability"]["article_id"].tolist() == ["abc"]
    places = rows["places"]
    assert {"Hanoi", "Vietnam"} <= set(places["surface"])
    assert (places["article_id"] == "abc").all()
    for row in places.itertuples():
        assert text[row.start : row.end] == row.surface
    for row in rows["mentions"].itertuples():
        assert text[row.start : row.end] == row.surface
    assert rows["errors"].empty


def test_analyze_batch_equals_article_by_article() -> None:
    records = [
        {"article_id": f"id{i}", "source": name, "text": text}
        for i, (name, text) in enumerate(ARTICLES.items())
    ]
    batch = analyze_batch(records)
    for name in ("readability", "places", "mentions"):
        one_by_one = pd.concat(
            [analyze_article(r)[name] for r in records], ignore_index=True
        ).reset_index(drop=True)
        batched = batch[name].to_pandas()
        pd.testing.assert_frame_equal(batched, one_by_one, check_dtype=False, obj=name)


def test_a_failing_stage_becomes_an_error_row(monkeypatch: pytest.MonkeyPatch) -> None:
    import helpers.readability

    def broken(text: str, *, lang: str = "en") -> dict:
        raise ValueError("no metrics\nfor this one")

    monkeypatch.setattr(helpers.readability, "readability", broken)
    rows = analyze_article({"article_id": "x", "source": "s.txt", "text": ARTICLES["b.txt"]})
    assert rows["readability"].empty
    assert not rows["places"].empty  # the other stages still ran
    assert rows["errors"].to_dict("records") == [
        {
            "source": "s.txt",
            "stage": "readability",
            "error": "ValueError: no metrics for this one",
            "article_id": "x",
        }
    ]


def test_a_batch_keeps_each_articles_errors_and_rows_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    """Stages run stage by stage over a batch: a failure stays with its article, errors come
    article by article in stage order, and every other article keeps all its rows."""
    import helpers.geoparse
    import helpers.readability

    real_readability, real_places = (
        helpers.readability.readability,
        helpers.geoparse.find_places_rows,
    )

    def readability(text: str, *, lang: str = "en") -> dict:
        if "Hanoi" in text:
            raise ValueError("no metrics")
        return real_readability(text, lang=lang)

    def find_places_rows(text: str, **kwargs: object) -> list:
        if "Hanoi" in text or "Lima" in text:
            raise RuntimeError("no places")
        return real_places(text, **kwargs)

    monkeypatch.setattr(helpers.readability, "readability", readability)
    monkeypatch.setattr(helpers.geoparse, "find_places_rows", find_places_rows)
    records = [
        {"article_id": "a", "source": "a.txt", "text": "Rain fell in Oslo, Norway."},
        {"article_id": "b", "source": "b.txt", "text": "Kim met Trump in Hanoi."},
        {"article_id": "c", "source": "c.txt", "text": "Protests in Lima, Peru."},
        {"article_id": "d", "source": "d.txt", "text": "Talks in Paris, France."},
    ]
    tables = analyze_batch(records)
    errors = tables["errors"].to_pandas()
    # (mentions look for places themselves where that stage failed, and meet the same failure)
    assert errors[["article_id", "stage"]].values.tolist() == [
        ["b", "readability"],
        ["b", "places"],
        ["b", "mentions"],
        ["c", "places"],
        ["c", "mentions"],
    ]
    assert tables["readability"].column("article_id").to_pylist() == ["a", "c", "d"]
    assert set(tables["places"].column("article_id").to_pylist()) == {"a", "d"}
    assert set(tables["mentions"].column("article_id").to_pylist()) == {"a", "d"}


def test_full_run_writes_five_tables_and_a_manifest(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = analyze(corpus, out=out, workers=1, progress=False)
    for name in TABLE_NAMES:
        assert (out / f"{name}.parquet").is_file()
    manifest = json.loads((out / "_manifest.json").read_text())
    assert manifest["version_key"] == pipeline.version_key()
    assert manifest["tables"]["articles"] == 4
    # every table carries the run id of the manifest: a mixed set would be detected
    for name in TABLE_NAMES:
        meta = pq.read_schema(out / f"{name}.parquet").metadata
        assert meta[b"dateline.run_id"].decode() == manifest["run_id"]
    assert result.stats["new"] == 4 and result.stats["analysed"] == 4
    assert result.stats["places"] == len(result.places) > 0
    assert len(result.readability) == 4
    # results are grouped by article in the articles-table order
    order = {aid: i for i, aid in enumerate(result.articles["article_id"])}
    positions = result.places["article_id"].map(order)
    assert positions.is_monotonic_increasing
    assert_same_tables(result, Analysis.load(out))
    assert "4 new, 0 changed, 0 unchanged, 0 removed" in result.summary()


def test_rerun_analyses_only_new_and_changed_and_equals_a_full_run(
    corpus: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    analyze(corpus, out=out, workers=1, progress=False)
    (corpus / "b.txt").write_text(ARTICLES["b.txt"] + " Schools stayed closed.", encoding="utf-8")
    (corpus / "d.txt").unlink()
    write_articles(corpus, {"e.txt": "Storm warning\n\nA storm hit Manila and Cebu overnight."})

    rerun = analyze(corpus, out=out, workers=1, progress=False)
    s = rerun.stats
    assert (s["new"], s["changed"], s["unchanged"], s["removed"]) == (1, 1, 2, 1)
    assert s["analysed"] == 2 and s["cached"] == 2

    fresh = analyze(corpus, out=tmp_path / "fresh", workers=1, progress=False)
    assert fresh.stats["analysed"] == 4
    assert_same_tables(rerun, fresh)
    assert "Manila" in set(rerun.places["surface"])
    assert not rerun.articles["source"].str.endswith("d.txt").any()


def test_a_new_helpers_version_reanalyses_everything(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    analyze(corpus, out=out, workers=1, progress=False)
    assert analyze(corpus, out=out, workers=1, progress=False).stats["analysed"] == 0
    monkeypatch.setattr(pipeline, "version_key", lambda **kw: "another-version")
    again = analyze(corpus, out=out, workers=1, progress=False)
    assert again.stats["analysed"] == 4 and again.stats["unchanged"] == 4


def test_version_key_follows_code_and_options() -> None:
    key = pipeline.version_key()
    assert key == pipeline.version_key()
    assert key != pipeline.version_key(lang="de")
    assert key != pipeline.version_key(geocoder="nominatim")


def test_a_crash_while_writing_keeps_the_previous_results(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    before = analyze(corpus, out=out, workers=1, progress=False)
    snapshot = tables(before)
    write_articles(corpus, {"e.txt": "Storm warning\n\nA storm hit Manila overnight."})

    real_order = pipeline._order_results
    calls: list[int] = []

    def interrupted_while_writing(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt  # Ctrl-C half-way through writing the tables
        return real_order(*args, **kwargs)

    monkeypatch.setattr(pipeline, "_order_results", interrupted_while_writing)
    with pytest.raises(KeyboardInterrupt):
        analyze(corpus, out=out, workers=1, progress=False)
    monkeypatch.undo()

    after = Analysis.load(out)
    for name, frame in snapshot.items():
        pd.testing.assert_frame_equal(after.table(name), frame, obj=name)
    assert not list(out.glob(".tmp-*")), "staging folder left behind"
    # the work done before the crash was checkpointed: the next run does not redo it
    resumed = analyze(corpus, out=out, workers=1, progress=False)
    assert resumed.stats["new"] == 1 and resumed.stats["analysed"] == 0
    assert not (out / ".partial").exists()


def test_an_interrupted_analysis_resumes_from_its_checkpoint(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    before = tables(analyze(corpus, out=out, workers=1, progress=False))
    write_articles(
        corpus, {f"new{i}.txt": f"Report {i}\n\nRain in Oslo on day {i}." for i in range(3)}
    )
    real_batch = pipeline.analyze_batch
    done: list[int] = []

    def interrupted_after_two_batches(records, **kwargs):  # type: ignore[no-untyped-def]
        if len(done) == 2:
            raise KeyboardInterrupt
        done.append(len(records))
        return real_batch(records, **kwargs)

    monkeypatch.setattr(pipeline, "analyze_batch", interrupted_after_two_batches)
    monkeypatch.setattr(pipeline, "SHARD_ARTICLES", 1)  # a checkpoint after every batch
    with pytest.raises(KeyboardInterrupt):
        analyze(corpus, out=out, workers=1, batch_size=1, progress=False)
    monkeypatch.undo()
    after = Analysis.load(out)
    for name, frame in before.items():
        pd.testing.assert_frame_equal(after.table(name), frame, obj=name)
    resumed = analyze(corpus, out=out, workers=1, progress=False)
    assert resumed.stats["new"] == 3
    assert resumed.stats["analysed"] == 1  # two of the three were checkpointed
    assert_same_tables(resumed, analyze(corpus, out=tmp_path / "full", workers=1, progress=False))


def test_analysis_load_detects_tables_from_different_runs(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    analyze(corpus, out=out, workers=1, progress=False)
    stale = (out / "places.parquet").read_bytes()
    write_articles(corpus, {"e.txt": "Storm warning\n\nA storm hit Manila overnight."})
    analyze(corpus, out=out, workers=1, progress=False)
    (out / "places.parquet").write_bytes(stale)  # as if the commit had been cut short
    with pytest.raises(RuntimeError, match="another run"):
        Analysis.load(out).places  # noqa: B018


def test_bad_inputs_are_listed_and_the_rest_analysed(corpus: Path, tmp_path: Path) -> None:
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    (corpus / "copy.txt").write_text(ARTICLES["a.txt"], encoding="utf-8")  # same text as a.txt
    result = analyze(corpus, out=tmp_path / "out", workers=1, progress=False)
    assert len(result.articles) == 4
    assert result.stats["duplicates"] == 1
    errors = result.errors
    assert errors["source"].str.endswith("empty.txt").tolist() == [True]
    assert errors["article_id"].isna().all()
    assert result.stats["problems"] == 1


def test_a_dataframe_of_articles_is_a_source(tmp_path: Path) -> None:
    from helpers.load import load_articles

    frame = load_articles(list(ARTICLES.values()))
    result = analyze(frame, out=tmp_path / "out", workers=1, progress=False)
    assert result.articles["article_id"].tolist() == frame["article_id"].tolist()


def test_process_pool_gives_the_same_tables_as_serial(corpus: Path, tmp_path: Path) -> None:
    serial = analyze(corpus, out=tmp_path / "serial", workers=1, progress=False)
    pooled = analyze(corpus, out=tmp_path / "pool", workers=2, batch_size=1, progress=False)
    assert pooled.stats["workers"] == 2  # enough batches to start the pool
    assert_same_tables(serial, pooled)


def test_invalid_arguments_are_refused(corpus: Path, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="engine"):
        analyze(corpus, out=tmp_path, engine="spark")
    with pytest.raises(ValueError, match="workers"):
        analyze(corpus, out=tmp_path, workers=0)


def test_the_version_key_can_be_pinned(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATELINE_VERSION_KEY", "frozen")
    assert pipeline.version_key() == "frozen-offline-en"
    assert pipeline.version_key(lang="fr") == "frozen-offline-fr"


def test_shards_read_in_parallel_give_the_same_tables(tmp_path: Path) -> None:
    folder = tmp_path / "shards"
    folder.mkdir()
    texts = list(ARTICLES.values())
    for i in range(3):  # three JSONL shards: the pool reads them side by side
        lines = [json.dumps({"text": t, "title": f"shard {i} #{j}"}) for j, t in enumerate(texts)]
        (folder / f"part-{i}.jsonl").write_text("\n".join(lines) + "\n{broken\n", encoding="utf-8")
    assert len(pipeline._file_groups(pipeline.input_files(folder))) == 3
    serial = analyze(folder, out=tmp_path / "serial", workers=1, progress=False)
    pooled = analyze(folder, out=tmp_path / "pool", workers=2, batch_size=2, progress=False)
    assert len(serial.articles) == 12 and len(serial.errors) == 3
    assert_same_tables(serial, pooled)


# A Jupyter kernel without ipywidgets, as far as tqdm can tell: tqdm.auto would warn here.
NOTEBOOK_RUN = """
import sys, types, warnings
kernel = types.ModuleType("ipykernel.zmqshell")
sys.modules["ipykernel"] = types.ModuleType("ipykernel")
sys.modules["ipykernel.zmqshell"] = kernel
import IPython
class ZMQInteractiveShell: pass
IPython.get_ipython = lambda: ZMQInteractiveShell()
sys.modules["ipywidgets"] = None  # not installed
warnings.simplefilter("always")
from helpers.pipeline import analyze
analyze(sys.argv[1], out=sys.argv[2], workers=1, progress=PROGRESS)
print("tqdm loaded:", any(m.startswith("tqdm") for m in sys.modules))
"""


@pytest.mark.parametrize("progress", [False, None])
def test_no_progress_bar_means_no_tqdm_warning_in_a_notebook(
    progress: bool | None, tmp_path: Path
) -> None:
    import subprocess
    import sys

    folder = write_articles(tmp_path / "in", {"a.txt": ARTICLES["a.txt"]})
    code = NOTEBOOK_RUN.replace("PROGRESS", repr(progress))
    done = subprocess.run(
        [sys.executable, "-c", code, str(folder), str(tmp_path / "out")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert "Warning" not in done.stderr
    assert "tqdm loaded: False" in done.stdout


def test_progress_true_in_a_notebook_without_widgets_is_a_text_bar(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import io
    import sys
    import warnings

    monkeypatch.setattr(pipeline, "_in_notebook", lambda: True)
    monkeypatch.setitem(sys.modules, "ipywidgets", None)
    stream = io.StringIO()
    monkeypatch.setattr(sys, "stderr", stream)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        bar = pipeline._progress(3, True, "analysing")
        bar.update(3)
        bar.close()
    assert "3/3" in stream.getvalue()
    assert isinstance(pipeline._progress(3, False, "x"), pipeline._NoBar)


# --- skipping unchanged input files ----------------------------------------------------------


def age(*paths: Path, seconds: float = 3600) -> None:
    """Date files back: a file modified just before a run is re-read on the next one (racy)."""
    import os
    import time

    for path in paths:
        then = time.time() - seconds
        os.utime(path, (then, then))


def shard_lines(texts: list[str]) -> str:
    lines = [json.dumps({"text": t, "title": f"item {i}"}) for i, t in enumerate(texts)]
    return "\n".join(lines) + "\n{broken\n"


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    """Loose files, a JSONL shard with a malformed line, and a duplicate of a.txt in z.txt."""
    folder = write_articles(tmp_path / "mixed", {**ARTICLES, "z.txt": ARTICLES["a.txt"]})
    extra = [
        "Port strike\n\nDock workers in Rotterdam walked out on Monday.",
        "Wildfire\n\nFirefighters near Athens fought flames overnight.",
        "Snow\n\nHeavy snow closed roads around Denver and Boulder.",
    ]
    (folder / "shard.jsonl").write_text(shard_lines(extra), encoding="utf-8")
    age(*folder.iterdir())
    return folder


def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The input files the (in-process) reader opens."""
    seen: list[str] = []
    original = pipeline.iter_records

    def spy(source):  # type: ignore[no-untyped-def]
        if isinstance(source, list):
            seen.extend(Path(p).name for p in source)
        return original(source)

    monkeypatch.setattr(pipeline, "iter_records", spy)
    return seen


def test_unchanged_files_are_not_read_again(
    mixed: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    first = analyze(mixed, out=out, workers=1, progress=False)
    assert first.stats["inputs_read"] == 6 and len(first.errors) == 1
    before = tables(first)  # read now: the rerun replaces the files
    seen = reads(monkeypatch)
    again = analyze(mixed, out=out, workers=1, progress=False)
    # z.txt was a duplicate of a.txt, which is skipped too: z.txt stays a duplicate, unread
    assert seen == []
    assert again.stats["inputs_skipped"] == 6 and again.stats["analysed"] == 0
    assert (again.stats["unchanged"], again.stats["duplicates"]) == (7, 1)
    for name, table in tables(again).items():
        pd.testing.assert_frame_equal(table, before[name], obj=name)


def test_a_rerun_after_edits_equals_a_full_run(
    mixed: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    analyze(mixed, out=out, workers=1, progress=False)
    (mixed / "b.txt").touch()  # touched, not changed: read again, same article
    lines = (mixed / "shard.jsonl").read_text(encoding="utf-8").splitlines()
    lines[1] = lines[1].replace("Athens", "Patras")  # one record of the shard changes
    (mixed / "shard.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (mixed / "a.txt").write_text(ARTICLES["a.txt"] + " Talks resume.", encoding="utf-8")
    (mixed / "c.txt").unlink()
    write_articles(mixed, {"f.txt": "Drought\n\nFarmers near Nairobi waited for rain."})
    age(mixed / "a.txt", mixed / "shard.jsonl", mixed / "f.txt", seconds=60)

    seen = reads(monkeypatch)
    rerun = analyze(mixed, out=out, workers=1, progress=False)
    # z.txt (the old a.txt text) now gives the first row of that article: it must be read
    assert sorted(seen) == ["a.txt", "b.txt", "f.txt", "shard.jsonl", "z.txt"]
    assert rerun.stats["inputs_skipped"] == 1  # d.txt
    s = rerun.stats
    assert (s["new"], s["changed"], s["removed"]) == (2, 2, 1)
    fresh = analyze(mixed, out=tmp_path / "fresh", workers=1, progress=False)
    assert_same_tables(rerun, fresh)
    assert "Patras" in set(rerun.places["surface"])
    assert rerun.errors["source"].str.endswith("shard.jsonl:line 4").any()


def test_skipped_files_with_a_reader_pool_give_the_same_tables(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "shards"
    folder.mkdir()
    texts = list(ARTICLES.values())
    for i in range(3):
        (folder / f"part-{i}.jsonl").write_text(
            shard_lines([f"{t} Item {i}." for t in texts]), encoding="utf-8"
        )
    age(*folder.iterdir())
    out = tmp_path / "out"
    analyze(folder, out=out, workers=2, batch_size=2, progress=False)
    (folder / "part-1.jsonl").write_text(shard_lines(texts[:2]), encoding="utf-8")
    age(folder / "part-1.jsonl", seconds=60)
    rerun = analyze(folder, out=out, workers=2, batch_size=2, progress=False)
    assert (rerun.stats["inputs_read"], rerun.stats["inputs_skipped"]) == (1, 2)
    fresh = analyze(folder, out=tmp_path / "fresh", workers=1, progress=False)
    assert_same_tables(rerun, fresh)


def test_files_are_read_again_when_they_cannot_be_trusted(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    analyze(corpus, out=out, workers=1, progress=False)
    # written a moment ago: the same mtime tick could hide a change, so nothing is skipped
    assert analyze(corpus, out=out, workers=1, progress=False).stats["inputs_skipped"] == 0
    age(*corpus.iterdir())
    analyze(corpus, out=out, workers=1, progress=False)
    assert analyze(corpus, out=out, workers=1, progress=False).stats["inputs_skipped"] == 4
    # a new loader or cleaner may turn the same bytes into other articles
    monkeypatch.setattr(pipeline, "loader_key", lambda: "another-loader")
    assert analyze(corpus, out=out, workers=1, progress=False).stats["inputs_skipped"] == 0
    # new analysis code: the files are read, since their texts must be analysed again
    monkeypatch.setattr(pipeline, "version_key", lambda **kw: "another-version")
    again = analyze(corpus, out=out, workers=1, progress=False)
    assert again.stats["inputs_skipped"] == 0 and again.stats["analysed"] == 4
    # an input index of another run than the tables is ignored
    index = json.loads((out / "_inputs.json").read_text())
    index["run_id"] = "someone-else"
    (out / "_inputs.json").write_text(json.dumps(index))
    assert analyze(corpus, out=out, workers=1, progress=False).stats["inputs_skipped"] == 0


# --- reruns append to the previous tables instead of rewriting them ---------------------------


def parquet_footer(path: Path) -> bytes:
    data = path.read_bytes()
    length = int.from_bytes(data[-8:-4], "little")
    return data[-8 - length : -8]


def test_the_thrift_footer_codec_round_trips_byte_for_byte(tmp_path: Path) -> None:
    frame = pd.DataFrame(
        {"article_id": ["a", "b", None], "lat": [1.5, None, -2.0], "ok": [True, False, None]}
    )
    frame.to_parquet(tmp_path / "t.parquet", row_group_size=2)
    raw = parquet_footer(tmp_path / "t.parquet")
    fields, end = pipeline._thrift_struct(raw, 0)
    assert end == len(raw)
    again = bytearray()
    pipeline._put_thrift_struct(again, fields)
    assert bytes(again) == raw


def sharded(folder: Path, shards: int, per_shard: int = 3) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    texts = list(ARTICLES.values())
    for i in range(shards):
        body = [f"{texts[(i + j) % len(texts)]} Report {i}.{j}." for j in range(per_shard)]
        (folder / f"shard-{i:02d}.jsonl").write_text(shard_lines(body), encoding="utf-8")
    age(*folder.iterdir())
    return folder


@pytest.mark.parametrize("edit", ["append", "middle"])
def test_a_rerun_copies_unchanged_row_groups_and_equals_a_full_run(
    edit: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # two articles per chunk: several row groups per table, so a prefix of them can be kept
    monkeypatch.setattr(pipeline, "ASSEMBLE_CHUNK", 2)
    folder = sharded(tmp_path / "in", 4)
    out = tmp_path / "out"
    analyze(folder, out=out, workers=1, progress=False)
    before = {name: (out / f"{name}.parquet").read_bytes() for name in TABLE_NAMES}
    if edit == "append":  # a new shard after the others: every previous row group is kept
        extra = ["Quake\n\nA quake shook Lima, Peru.", "Rain\n\nRain fell on Quito."]
        changed = folder / "shard-99.jsonl"
        changed.write_text(shard_lines(extra), encoding="utf-8")
    else:  # the second shard changes: row groups before it are kept, the rest written anew
        changed = folder / "shard-01.jsonl"
        changed.write_text(shard_lines(["Drought\n\nFarmers near Nairobi waited."]), "utf-8")
    age(changed, seconds=60)
    spliced: list[tuple[str, int]] = []
    real_splice = pipeline._splice

    def spy(previous: Path, keep: int, tail: Path, path: Path) -> None:
        spliced.append((path.name, keep))
        real_splice(previous, keep, tail, path)

    monkeypatch.setattr(pipeline, "_splice", spy)
    rerun = analyze(folder, out=out, workers=1, progress=False)
    names = {name for name, _ in spliced}
    assert {"articles.parquet", "readability.parquet", "places.parquet"} <= names
    for name, keep in spliced:
        metadata = pq.read_metadata(out / name)
        previous_groups = pq.ParquetFile(pa_buffer(before[name.removesuffix(".parquet")]))
        if edit == "append":
            assert keep == previous_groups.num_row_groups
        else:
            assert 0 < keep < previous_groups.num_row_groups
        # the kept row groups are the previous file's bytes, unchanged
        end = max(
            (c.dictionary_page_offset or c.data_page_offset) + c.total_compressed_size
            for i in range(keep)
            for c in (metadata.row_group(i).column(j) for j in range(metadata.num_columns))
        )
        assert (out / name).read_bytes()[:end] == before[name.removesuffix(".parquet")][:end]
    monkeypatch.undo()
    fresh = analyze(folder, out=tmp_path / "fresh", workers=1, progress=False)
    assert_same_tables(rerun, fresh)
    for name in TABLE_NAMES:  # and the run id of this run, like a fully written table
        meta = pq.read_schema(out / f"{name}.parquet").metadata
        assert meta[b"dateline.run_id"].decode() == rerun.manifest["run_id"]


def pa_buffer(data: bytes):  # type: ignore[no-untyped-def]
    import pyarrow as pa

    return pa.BufferReader(data)


def test_duplicates_are_skipped_and_stay_duplicates_on_every_rerun(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = write_articles(
        tmp_path / "in", {"a.txt": ARTICLES["a.txt"], "z.txt": ARTICLES["a.txt"]}
    )
    texts = [ARTICLES["b.txt"], ARTICLES["c.txt"], ARTICLES["b.txt"]]  # a duplicate line
    lines = "\n".join(json.dumps({"text": t}) for t in texts) + "\n"
    (folder / "s.jsonl").write_text(lines, encoding="utf-8")
    # all a duplicate of s.jsonl's second line
    (folder / "t.jsonl").write_text(json.dumps({"text": texts[1]}) + "\n", encoding="utf-8")
    age(*folder.iterdir())
    out = tmp_path / "out"
    first = analyze(folder, out=out, workers=1, progress=False)
    assert (first.stats["new"], first.stats["duplicates"]) == (3, 3)
    before = tables(first)  # read now: each rerun replaces the files
    seen = reads(monkeypatch)
    for _ in range(2):
        again = analyze(folder, out=out, workers=1, progress=False)
        s = again.stats
        assert (s["new"], s["changed"], s["unchanged"], s["removed"]) == (0, 0, 3, 0)
        assert (s["duplicates"], s["analysed"], s["inputs_read"]) == (3, 0, 0)
        for name, table in tables(again).items():
            pd.testing.assert_frame_equal(table, before[name], obj=name)
    assert seen == []
    # the first copy changes: its duplicate in z.txt must be read, and now has a row of its own
    (folder / "a.txt").write_text(ARTICLES["d.txt"], encoding="utf-8")
    age(folder / "a.txt", seconds=60)
    edited = analyze(folder, out=out, workers=1, progress=False)
    assert sorted(seen) == ["a.txt", "z.txt"]
    assert (edited.stats["new"], edited.stats["changed"], edited.stats["duplicates"]) == (1, 1, 2)
    monkeypatch.undo()
    assert_same_tables(edited, analyze(folder, out=tmp_path / "fresh", workers=1, progress=False))


def test_small_appended_row_groups_are_merged_again_after_a_few_reruns(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "ASSEMBLE_CHUNK", 8)  # full row groups: 8 articles
    monkeypatch.setattr(pipeline, "SMALL_ROW_GROUPS", 2)  # small: under 2 articles
    folder = sharded(tmp_path / "in", 4)  # 12 articles: row groups of 8 and 4
    out = tmp_path / "out"
    analyze(folder, out=out, workers=1, progress=False)
    groups = []
    for i in range(4):  # every rerun adds one article: one small row group more
        new = folder / f"shard-9{i}.jsonl"
        new.write_text(shard_lines([f"Update {i}\n\nTalks resumed in Oslo, day {i}."]), "utf-8")
        age(new, seconds=60)
        rerun = analyze(folder, out=out, workers=1, progress=False)
        assert rerun.stats["inputs_read"] == 1
        groups.append(pq.read_metadata(out / "readability.parquet").num_row_groups)
    # the fourth rerun finds three small ones (more than 2): they are written again as one
    assert groups == [3, 4, 5, 3]
    assert_same_tables(rerun, analyze(folder, out=tmp_path / "fresh", workers=1, progress=False))


def test_a_rerun_with_few_new_articles_starts_no_pool(
    mixed: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    analyze(mixed, out=out, workers=1, progress=False)

    def no_pool(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("a pool (and the parent's warm-up) for a handful of articles")

    monkeypatch.setattr(pipeline, "_pool", no_pool)
    monkeypatch.setattr(pipeline, "_warm_up", no_pool)
    nothing_new = analyze(mixed, out=out, workers=2, progress=False)
    assert (nothing_new.stats["analysed"], nothing_new.stats["workers"]) == (0, 1)
    write_articles(mixed, {"f.txt": "Drought\n\nFarmers near Nairobi waited for rain."})
    one_new = analyze(mixed, out=out, workers=2, progress=False)
    assert (one_new.stats["analysed"], one_new.stats["workers"]) == (1, 1)


def test_splice_refuses_a_table_whose_page_index_follows_the_row_groups(tmp_path: Path) -> None:
    import pyarrow as pa

    table = pa.table({"article_id": ["a", "b", "c", "d"], "n": [1, 2, 3, 4]})
    pq.write_table(table, tmp_path / "old.parquet", row_group_size=2, write_page_index=True)
    pq.write_table(table.slice(0, 1), tmp_path / "tail.parquet")
    with pytest.raises(ValueError, match="page indexes"):
        pipeline._splice(tmp_path / "old.parquet", 1, tmp_path / "tail.parquet", tmp_path / "x")
    pq.write_table(table, tmp_path / "plain.parquet", row_group_size=2)
    pipeline._splice(tmp_path / "plain.parquet", 1, tmp_path / "tail.parquet", tmp_path / "y")
    assert pq.read_table(tmp_path / "y")["article_id"].to_pylist() == ["a", "b", "a"]


UNGUARDED_SCRIPT = """\
import sys
from helpers.pipeline import analyze

# no `if __name__ == "__main__":` guard, as researchers' scripts often are
result = analyze(sys.argv[1], out=sys.argv[2], workers=2, progress=False)
print(result.summary())
"""


def test_a_rerun_works_from_a_script_without_a_main_guard(tmp_path: Path) -> None:
    """The reader pool of a rerun starts its processes like the analysis pool (fork on Linux):
    a start method that re-imports ``__main__`` would run the script again in every reader."""
    import subprocess
    import sys

    folder = tmp_path / "in"
    folder.mkdir()
    texts = list(ARTICLES.values())

    def shard(name: str, start: int) -> None:
        lines = [json.dumps({"text": f"{texts[(start + i) % len(texts)]} Item {start + i}."})
                 for i in range(3)]  # fmt: skip
        (folder / name).write_text("\n".join(lines) + "\n", encoding="utf-8")

    script = tmp_path / "run_analysis.py"
    script.write_text(UNGUARDED_SCRIPT, encoding="utf-8")

    def run() -> str:
        done = subprocess.run(
            [sys.executable, str(script), str(folder), str(tmp_path / "out")],
            capture_output=True,
            text=True,
            timeout=300,
            cwd=tmp_path,
        )
        assert done.returncode == 0, done.stderr[-3000:]
        return done.stdout

    shard("a.jsonl", 0)
    run()
    shard("b.jsonl", 10)
    shard("c.jsonl", 20)  # two changed shards: read side by side by the reader pool
    assert "6 new, 0 changed, 3 unchanged" in run()


def test_batch_tables_equal_the_documented_frames_converted(seed_raw: str) -> None:
    """analyze_batch builds Arrow tables straight from rows; they must equal what converting
    places_frame / mentions_frame / a readability DataFrame gives (schema, values, nulls)."""
    from helpers.clean import article_id_for, clean_text
    from helpers.geoparse import find_places_rows, places_frame
    from helpers.mentions import find_mentions_rows, mentions_frame
    from helpers.readability import readability

    texts = [
        clean_text(seed_raw),
        "Talks went on near Zzyzxville and in Hanoi, where Kim met Trump.",  # unknown place
        "No names here at all.",
    ]
    records = [{"article_id": article_id_for(t), "source": "x", "text": t} for t in texts]
    tables = analyze_batch(records)
    place_rows, place_ids, mention_rows, metrics = [], [], [], []
    for r in records:
        rows = find_places_rows(r["text"], geocoder=pipeline._resolve_geocoder("offline"))
        place_rows += rows
        place_ids += [r["article_id"]] * len(rows)
        mention_rows += find_mentions_rows(r["text"], article_id=r["article_id"], place_rows=rows)
        metrics.append({"article_id": r["article_id"], **readability(r["text"])})
    expected = {
        "places": pipeline._arrow(places_frame(place_rows, article_id=place_ids)),
        "mentions": pipeline._arrow(mentions_frame(mention_rows)),
        "readability": pipeline._arrow(pd.DataFrame(metrics)),
    }
    assert any(row[3] is None for row in place_rows)  # a place the gazetteer lacks: null id
    for name, table in expected.items():
        assert tables[name].schema == table.schema, name
        assert tables[name].equals(table), name


def _jsonl_lines(texts: list[str]) -> str:
    return "".join(json.dumps({"text": t}) + "\n" for t in texts)


def _date_back(path: Path, seconds: float) -> None:
    import os
    import time

    then = time.time() - seconds
    os.utime(path, (then, then))


@pytest.fixture
def grown_jsonl(tmp_path: Path) -> Path:
    """A JSON Lines file analysed once (with a blank and a malformed line), then appended to."""
    folder = tmp_path / "in"
    folder.mkdir()
    path = folder / "feed.jsonl"
    texts = list(ARTICLES.values())
    path.write_text(_jsonl_lines(texts[:2]) + "\n{not json\n" + _jsonl_lines(texts[2:3]))
    _date_back(path, 3600)  # written well before the run (else the rerun re-reads it anyway)
    analyze(folder, out=tmp_path / "out", workers=1, progress=False)
    return path


def _spy_tail(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    import helpers.load

    calls: list[tuple[int, int]] = []
    original = helpers.load.iter_jsonl_tail

    def spy(path, start, first_lineno, **kwargs):  # type: ignore[no-untyped-def]
        calls.append((start, first_lineno))
        return original(path, start, first_lineno, **kwargs)

    monkeypatch.setattr(helpers.load, "iter_jsonl_tail", spy)
    return calls


def test_an_appended_jsonl_file_is_read_from_where_the_last_run_stopped(
    grown_jsonl: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old_size = grown_jsonl.stat().st_size
    with grown_jsonl.open("a", encoding="utf-8") as fh:
        fh.write(_jsonl_lines([ARTICLES["d.txt"]]) + "{broken\n")
    _date_back(grown_jsonl, 60)  # not "modified just before it was read": the next run trusts it
    calls = _spy_tail(monkeypatch)
    rerun = analyze(grown_jsonl.parent, out=tmp_path / "out", workers=1, progress=False)
    assert calls == [(old_size, 6)]  # lines 1-5 were read last time
    stats = rerun.stats
    assert (stats["inputs_appended"], stats["inputs_read"], stats["analysed"]) == (1, 0, 1)
    assert rerun.errors["source"].str.endswith((":line 4", ":line 7")).all()
    # the same tables as reading everything afresh
    full = analyze(grown_jsonl.parent, out=tmp_path / "fresh", workers=1, progress=False)
    assert_same_tables(rerun, full)
    # and the next rerun continues from the new end
    with grown_jsonl.open("a", encoding="utf-8") as fh:
        fh.write(_jsonl_lines([ARTICLES["d.txt"] + " Update."]))
    size = grown_jsonl.stat().st_size
    calls.clear()
    third = analyze(grown_jsonl.parent, out=tmp_path / "out", workers=1, progress=False)
    assert calls == [(size - len(_jsonl_lines([ARTICLES["d.txt"] + " Update."])), 8)]
    assert third.stats["new"] == 1


@pytest.mark.parametrize("edit", ["changed old line", "old part without a final newline"])
def test_a_grown_jsonl_file_whose_old_part_changed_is_read_whole(
    edit: str, grown_jsonl: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = grown_jsonl.read_text(encoding="utf-8")
    if edit == "changed old line":
        data = data.replace("Hanoi", "Hue", 1)  # same place in the file, different text
    else:
        out = tmp_path / "out2"  # a file analysed while its last line had no newline yet
        grown_jsonl.write_text(data.rstrip("\n"))
        _date_back(grown_jsonl, 3600)
        analyze(grown_jsonl.parent, out=out, workers=1, progress=False)
        data = data.rstrip("\n")
    grown_jsonl.write_text(data + " " + "\n" + _jsonl_lines([ARTICLES["d.txt"]]))
    calls = _spy_tail(monkeypatch)
    target = tmp_path / ("out" if edit == "changed old line" else "out2")
    rerun = analyze(grown_jsonl.parent, out=target, workers=1, progress=False)
    assert calls == [] and rerun.stats["inputs_read"] == 1
    full = analyze(grown_jsonl.parent, out=tmp_path / "fresh", workers=1, progress=False)
    assert_same_tables(rerun, full)


def test_jsonl_fingerprints_only_where_a_line_ends(tmp_path: Path) -> None:
    import codecs

    plain = tmp_path / "a.jsonl"
    plain.write_text('{"text": "x"}\n{"text": "y"}\n', encoding="utf-8")
    size = plain.stat().st_size
    whole, middle, beyond = pipeline._jsonl_fingerprints(plain, [14, size - 3, size + 5])
    assert whole is not None and whole["lines"] == 1  # the first line, newline included
    assert middle is None and beyond is None  # inside a line / past the end
    again = pipeline._jsonl_fingerprints(plain, [size])[0]
    assert again == pipeline._jsonl_fingerprints(plain, [14, size])[1]  # one pass, same digest
    wide = tmp_path / "b.jsonl"
    wide.write_bytes(codecs.BOM_UTF16_LE + '{"text": "x"}\n'.encode("utf-16-le"))
    assert pipeline._jsonl_fingerprints(wide, [wide.stat().st_size]) == [None]
    other = tmp_path / "c.csv"
    other.write_text("text\nx\n", encoding="utf-8")
    assert pipeline._jsonl_fingerprints(other, [other.stat().st_size]) == [None]
