"""The pipeline as a user sees it: the per-article function, incremental runs, one writer per
output folder, runs published at once, failures retried, serial == pool."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pandas as pd
import pytest

from helpers.pipeline import Analysis, analyze, analyze_article, analyze_batch, version_key
from helpers.pipeline import stages as pipeline_stages

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


def same_stories(articles: pd.DataFrame) -> pd.DataFrame:
    """The articles table with ``story_id`` replaced by which story a row is in (numbered in
    order of appearance): an incremental run names a story after its earliest text *added*,
    a fresh run after its earliest text *read*, but both must group the same rows together."""
    if "story_id" not in articles.columns:
        return articles
    return articles.assign(story_id=pd.factorize(articles["story_id"])[0])


def assert_same_tables(left: Analysis, right: Analysis) -> None:
    for name in TABLE_NAMES:
        a, b = left.table(name), right.table(name)
        if name == "articles":
            a, b = same_stories(a), same_stories(b)
        pd.testing.assert_frame_equal(a, b, obj=name)


def how_read(out: Path) -> dict[str, str]:
    """File name → how the last run got its records ("whole", "skipped", "appended"), from the
    run's input index (``out/_inputs.json``)."""
    index = json.loads((out / "_inputs.json").read_text(encoding="utf-8"))
    return {Path(e["path"]).name: e["read"] for e in index["files"]}


def read_names(out: Path) -> list[str]:
    """The input files the last run read (wholly or from where the previous run stopped)."""
    return sorted(name for name, how in how_read(out).items() if how != "skipped")


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


def test_an_incomplete_result_warning_becomes_an_error_row(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import warnings

    import helpers.geoparse
    from helpers.errors import IncompleteResult

    real = helpers.geoparse.find_places_rows

    def lossy(text: str, **kwargs: object) -> list:
        warnings.warn(IncompleteResult("geocode", "'Hanoi': GeocoderTimedOut"), stacklevel=1)
        return real(text, **kwargs)

    monkeypatch.setattr(helpers.geoparse, "find_places_rows", lossy)
    rows = analyze_article({"article_id": "x", "source": "s.txt", "text": ARTICLES["a.txt"]})
    assert not rows["places"].empty  # the stage finished …
    assert rows["errors"][["stage", "error", "article_id"]].values.tolist() == [
        ["geocode", "'Hanoi': GeocoderTimedOut", "x"]  # … and said what it lost
    ]


# --- the five tables -------------------------------------------------------------------------

# The documented columns and dtypes of every table (README, "The tables").
DOCUMENTED = {
    "articles": {
        "article_id": "string",
        "source": "string",
        "title": "string",
        "published": "datetime64[ns, UTC]",
        "outlet": "string",
        "author": "string",
        "url": "string",
        "text_raw": "string",
        "text": "string",
        "n_words": "int64",
        "encoding": "string",
        "photo_credit": "string",
        "reference": "string",
    },
    "readability": {
        "article_id": "str",
        "flesch_reading_ease": "float64",
        "flesch_kincaid_grade": "float64",
        "difficult_words": "Int64",
        "text_standard_label": "str",
        "sentence_count": "Int64",
        "lexicon_count": "Int64",
        "syllable_count": "Int64",
        "lang": "str",
    },
    "places": {
        "article_id": "str",
        "start": "int64",
        "end": "int64",
        "surface": "str",
        "place_id": "Int64",
        "name": "str",
        "kind": "str",
        "country_code": "str",
        "lat": "float64",
        "lon": "float64",
        "score": "float64",
        "why": "str",
    },
    "mentions": {
        "article_id": "str",
        "entity": "str",
        "kind": "str",
        "surface": "str",
        "start": "int64",
        "end": "int64",
        "place_id": "Int64",  # contract 3: helpers.mentions adds it; the schema follows its frame
    },
    "errors": {"source": "str", "stage": "str", "error": "str", "article_id": "str"},
}


def check_documented_dtypes(out: Path, result: Analysis) -> None:
    from helpers.mentions import mentions_frame

    for name, columns in DOCUMENTED.items():
        for frame, how in ((result.table(name), "Analysis"), (read_parquet(out, name), "pandas")):
            for column, dtype in columns.items():
                if name == "mentions" and column not in mentions_frame([]).columns:
                    continue  # not on this branch yet (contract 3)
                assert column in frame.columns, (how, name, column)
                assert str(frame[column].dtype) == dtype, (how, name, column)


def read_parquet(out: Path, name: str) -> pd.DataFrame:
    return pd.read_parquet(out / f"{name}.parquet")


def test_every_table_keeps_its_documented_dtypes(tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "in", {**ARTICLES, "empty.txt": ""})
    out = tmp_path / "out"
    result = analyze(folder, out=out, workers=1, progress=False)
    assert result.places["place_id"].notna().any()  # 4207098, not 4207098.0
    assert len(result.errors) == 1
    check_documented_dtypes(out, result)
    # a rerun (parts kept from the previous run) and an empty table keep them too
    empty = analyze(folder, out=tmp_path / "none", workers=1, progress=False)
    check_documented_dtypes(tmp_path / "none", empty)
    again = analyze(folder, out=out, workers=1, progress=False)
    check_documented_dtypes(out, again)
    assert pd.isna(again.articles["author"]).all()  # not given by these files


def test_full_run_writes_five_tables_and_a_manifest(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = analyze(corpus, out=out, workers=1, progress=False)
    manifest = json.loads((out / "_manifest.json").read_text())
    assert manifest["version_key"] == version_key()
    assert manifest["tables"]["articles"] == 4
    for name in TABLE_NAMES:  # what the README says to read
        assert len(read_parquet(out, name)) == manifest["tables"][name]
    assert result.stats["new"] == 4 and result.stats["analysed"] == 4
    assert result.stats["places"] == len(result.places) > 0
    assert len(result.readability) == 4
    # results are grouped by article in the articles-table order
    order = {aid: i for i, aid in enumerate(result.articles["article_id"])}
    positions = result.places["article_id"].map(order)
    assert positions.is_monotonic_increasing
    assert_same_tables(result, Analysis.load(out))
    assert "4 new, 0 changed, 0 unchanged, 0 removed" in result.summary()


def test_readability_measures_the_body_without_the_title(tmp_path: Path) -> None:
    import textstat

    title = "Floods across Kenya leave thousands without homes"  # no full stop
    body = "Heavy rain fell for a week. Rivers burst their banks near Nairobi."
    folder = write_articles(tmp_path / "in", {"k.txt": f"{title}\n\n{body}"})
    result = analyze(folder, out=tmp_path / "out", workers=1, progress=False)
    grade = result.readability["flesch_kincaid_grade"].iloc[0]
    assert grade == pytest.approx(textstat.flesch_kincaid_grade(body))
    assert grade != pytest.approx(textstat.flesch_kincaid_grade(f"{title}\n\n{body}"))
    assert result.readability["sentence_count"].iloc[0] == 2


def test_readability_measures_the_body_without_a_tables_rows(tmp_path: Path) -> None:
    # a results table's rows were measured as sentences ("9.79" ended one): the grade and the
    # counts of an article with a table were its table's
    from helpers.readability import readability

    title = "Lyles wins the 100m final by five thousandths"
    first = "Noah Lyles won the Olympic 100 metres final in Paris on Sunday night."
    last = "Lyles said he had never doubted himself. Thompson was gracious in defeat."
    table = (
        "1   Noah Lyles         USA   9.79\n"
        "2   Kishane Thompson   JAM   9.79\n"
        "3   Fred Kerley        USA   9.81"
    )
    folder = write_articles(tmp_path / "in", {"s.txt": f"{title}\n\n{first}\n\n{table}\n\n{last}"})
    result = analyze(folder, out=tmp_path / "out", workers=1, progress=False)
    assert "1\tNoah Lyles\tUSA\t9.79" in result.articles["text"].iloc[0]  # the rows are kept
    row = result.readability.iloc[0].to_dict()
    prose = readability(f"{first}\n\n{last}")
    assert {k: row[k] for k in prose} == prose
    assert row["sentence_count"] == 3
    # one article alone, as a worker analyses it
    alone = analyze_article(result.articles[["article_id", "title", "text"]].iloc[0].to_dict())
    assert alone["readability"].iloc[0].to_dict() == row


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
    monkeypatch.setattr(pipeline_stages, "version_key", lambda **kw: "another-version")
    again = analyze(corpus, out=out, workers=1, progress=False)
    assert again.stats["analysed"] == 4 and again.stats["unchanged"] == 4


def test_version_key_follows_code_and_options() -> None:
    key = version_key()
    assert key == version_key()
    assert key != version_key(lang="de")
    assert key != version_key(geocoder="nominatim")


@pytest.mark.parametrize(
    ("key_name", "module"),
    [
        ("version_key", "recognise/__init__.py"),
        ("version_key", "recognise/names.py"),
        ("version_key", "recognise/places.py"),
        ("version_key", "recognise/place_filter/__init__.py"),
        ("version_key", "recognise/place_filter/facts.py"),
        ("version_key", "recognise/place_filter/walk.py"),
        ("version_key", "recognise/place_filter/written_form.py"),
        ("version_key", "recognise/place_filter/words_before.py"),
        ("version_key", "recognise/place_filter/word_after.py"),
        ("version_key", "recognise/orgs/__init__.py"),
        ("version_key", "recognise/orgs/why.py"),
        ("version_key", "recognise/orgs/find.py"),
        ("version_key", "recognise/orgs/of_names.py"),
        ("version_key", "recognise/orgs/demonyms.py"),
        ("version_key", "recognise/orgs/reach.py"),
        ("version_key", "recognise/orgs/ampersand.py"),
        ("version_key", "recognise/orgs/place_bodies.py"),
        ("version_key", "recognise/orgs/described.py"),
        ("version_key", "recognise/orgs/merge.py"),
        ("version_key", "recognise/orgs/legal_forms.py"),
        ("version_key", "recognise/model.py"),
        ("version_key", "recognise/model_features.py"),
        ("version_key", "recognise/entities.py"),
        ("version_key", "recognise/overlaps.py"),
        ("version_key", "recognise/chunks.py"),
        ("version_key", "recognise/place_words.py"),
        ("version_key", "geoparse/__init__.py"),
        ("version_key", "geoparse/resolve/__init__.py"),
        ("version_key", "geoparse/resolve/weights.py"),
        ("version_key", "geoparse/resolve/senses.py"),
        ("version_key", "geoparse/resolve/candidates.py"),
        ("version_key", "geoparse/resolve/lists.py"),
        ("version_key", "geoparse/resolve/pairs.py"),
        ("version_key", "geoparse/resolve/colocation.py"),
        ("version_key", "geoparse/resolve/scoring.py"),
        ("version_key", "geoparse/resolve/rounds.py"),
        ("version_key", "geoparse/frames.py"),
        ("version_key", "geoparse/strays.py"),
        ("version_key", "mentions.py"),
        ("version_key", "readability/__init__.py"),
        ("version_key", "readability/cmu_dictionary.py"),
        ("version_key", "readability/word_counts.py"),
        ("version_key", "readability/formulas.py"),
        ("loader_key", "load.py"),
        ("loader_key", "article_rows.py"),
        ("loader_key", "readers.py"),
        ("loader_key", "decode.py"),
        ("loader_key", "inputs.py"),
    ],
)
def test_editing_any_module_behind_a_cache_key_changes_it(
    key_name: str, module: str, tmp_path: Path
) -> None:
    """Cached results (version_key) and skipped input files (loader_key) are reused only while
    the code that made them is unchanged."""
    import shutil
    import subprocess
    import sys

    import helpers

    copy = tmp_path / "tree"
    shutil.copytree(Path(helpers.__file__).parent, copy / "helpers")
    probe = f"from helpers.pipeline import stages; print(stages.{key_name}())"

    def key() -> str:
        env = {**os.environ, "PYTHONPATH": str(copy)}
        env.pop("DATELINE_VERSION_KEY", None)
        done = subprocess.run(
            [sys.executable, "-c", probe], cwd=copy, env=env, capture_output=True, text=True
        )
        assert done.returncode == 0, done.stderr
        return done.stdout.strip()

    before = key()
    with (copy / "helpers" / module).open("a", encoding="utf-8") as edited:
        edited.write("\n# a changed rule\n")
    assert key() != before


def test_a_full_disk_while_writing_keeps_the_previous_results(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    import pyarrow.parquet as pq

    out = tmp_path / "out"
    before = tables(analyze(corpus, out=out, workers=1, progress=False))
    write_articles(corpus, {"e.txt": "Storm warning\n\nA storm hit Manila overnight."})
    real_write = pq.write_table
    calls: list[int] = []

    def disk_fills_up(table, where, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) == 4:  # part-way through writing the tables
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(table, where, **kwargs)

    monkeypatch.setattr(pq, "write_table", disk_fills_up)
    with pytest.raises(OSError, match="No space"):
        analyze(corpus, out=out, workers=1, progress=False)
    monkeypatch.undo()

    after = Analysis.load(out)
    for name, frame in before.items():
        pd.testing.assert_frame_equal(after.table(name), frame, obj=name)
        pd.testing.assert_frame_equal(read_parquet(out, name), frame, obj=name)
    # the work done before the failure was checkpointed: the next run does not redo it
    resumed = analyze(corpus, out=out, workers=1, progress=False)
    assert resumed.stats["new"] == 1 and resumed.stats["analysed"] == 0
    assert sorted(p.name for p in out.iterdir() if p.name.startswith(".tmp")) == []
    assert not (out / ".partial").exists()


def test_an_interrupted_analysis_resumes_from_its_checkpoint(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    before = tables(analyze(corpus, out=out, workers=1, progress=False))
    write_articles(
        corpus, {f"new{i}.txt": f"Report {i}\n\nRain in Oslo on day {i}." for i in range(3)}
    )
    real_batch = pipeline_stages.analyze_batch
    done: list[int] = []

    def interrupted_after_two_batches(records, **kwargs):  # type: ignore[no-untyped-def]
        if len(done) == 2:
            raise KeyboardInterrupt
        done.append(len(records))
        return real_batch(records, **kwargs)

    monkeypatch.setattr(pipeline_stages, "analyze_batch", interrupted_after_two_batches)
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


def test_bad_inputs_are_listed_and_the_rest_analysed(corpus: Path, tmp_path: Path) -> None:
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    (corpus / "copy.txt").write_text(ARTICLES["a.txt"], encoding="utf-8")  # same text as a.txt
    result = analyze(corpus, out=tmp_path / "out", workers=1, progress=False)
    assert len(result.articles) == 5  # the copy keeps its row, with a.txt's article_id
    assert result.articles["article_id"].nunique() == 4
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
    assert version_key() == "frozen-offline-en"
    assert version_key(lang="fr") == "frozen-offline-fr"


def test_shards_read_in_parallel_give_the_same_tables(tmp_path: Path) -> None:
    folder = tmp_path / "shards"
    folder.mkdir()
    texts = list(ARTICLES.values())
    for i in range(3):  # three JSONL shards: the pool reads them side by side
        lines = [json.dumps({"text": t, "title": f"shard {i} #{j}"}) for j, t in enumerate(texts)]
        (folder / f"part-{i}.jsonl").write_text("\n".join(lines) + "\n{broken\n", encoding="utf-8")
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


def test_progress_true_in_a_notebook_without_widgets_is_a_text_bar(tmp_path: Path) -> None:
    import subprocess
    import sys

    folder = write_articles(tmp_path / "in", {"a.txt": ARTICLES["a.txt"]})
    code = NOTEBOOK_RUN.replace("PROGRESS", "True")
    done = subprocess.run(
        [sys.executable, "-c", code, str(folder), str(tmp_path / "out")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert "Warning" not in done.stderr  # no TqdmWarning about missing widgets
    assert "analysing" in done.stderr and "1/1" in done.stderr  # a text bar on stderr


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


def test_unchanged_files_are_not_read_again(
    mixed: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    first = analyze(mixed, out=out, workers=1, progress=False)
    assert first.stats["inputs_read"] == 6 and len(first.errors) == 1
    before = tables(first)
    again = analyze(mixed, out=out, workers=1, progress=False)
    # z.txt was a duplicate of a.txt, which is skipped too: z.txt stays a duplicate, unread
    assert read_names(out) == []
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

    rerun = analyze(mixed, out=out, workers=1, progress=False)
    # z.txt (the old a.txt text) now gives the first row of that article: it had its own row
    # already (every copy has one), so it is not read again
    assert read_names(out) == ["a.txt", "b.txt", "f.txt", "shard.jsonl"]
    assert rerun.stats["inputs_skipped"] == 2  # d.txt, z.txt
    s = rerun.stats
    # new: f.txt and the Patras line; z.txt is unchanged (its row was there already)
    assert (s["new"], s["changed"], s["removed"]) == (1, 2, 1)
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
    monkeypatch.setattr(pipeline_stages, "loader_key", lambda: "another-loader")
    assert analyze(corpus, out=out, workers=1, progress=False).stats["inputs_skipped"] == 0
    # new analysis code: the files are read, since their texts must be analysed again
    monkeypatch.setattr(pipeline_stages, "version_key", lambda **kw: "another-version")
    again = analyze(corpus, out=out, workers=1, progress=False)
    assert again.stats["inputs_skipped"] == 0 and again.stats["analysed"] == 4
    # an input index of another run than the tables is ignored
    index = json.loads((out / "_inputs.json").read_text())
    index["run_id"] = "someone-else"
    (out / "_inputs.json").write_text(json.dumps(index))  # (through the link, into the run)
    assert analyze(corpus, out=out, workers=1, progress=False).stats["inputs_skipped"] == 0


def sharded(folder: Path, shards: int, per_shard: int = 3) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    texts = list(ARTICLES.values())
    for i in range(shards):
        body = [f"{texts[(i + j) % len(texts)]} Report {i}.{j}." for j in range(per_shard)]
        (folder / f"shard-{i:02d}.jsonl").write_text(shard_lines(body), encoding="utf-8")
    age(*folder.iterdir())
    return folder


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
    before = tables(first)
    for _ in range(2):
        again = analyze(folder, out=out, workers=1, progress=False)
        s = again.stats
        assert (s["new"], s["changed"], s["unchanged"], s["removed"]) == (0, 0, 3, 0)
        assert (s["duplicates"], s["analysed"], s["inputs_read"]) == (3, 0, 0)
        for name, table in tables(again).items():
            pd.testing.assert_frame_equal(table, before[name], obj=name)
        assert read_names(out) == []
    # the first copy changes: its copy in z.txt had a row of its own already, so it is not read
    (folder / "a.txt").write_text(ARTICLES["d.txt"], encoding="utf-8")
    age(folder / "a.txt", seconds=60)
    edited = analyze(folder, out=out, workers=1, progress=False)
    assert read_names(out) == ["a.txt"]
    assert (edited.stats["new"], edited.stats["changed"], edited.stats["duplicates"]) == (0, 1, 2)
    monkeypatch.undo()
    assert_same_tables(edited, analyze(folder, out=tmp_path / "fresh", workers=1, progress=False))


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


def read_from(out: Path) -> list[list[int]]:
    """[byte, line] where the last run started reading each appended file."""
    index = json.loads((out / "_inputs.json").read_text(encoding="utf-8"))
    return [e["read_from"] for e in index["files"] if e["read"] == "appended"]


def test_an_appended_jsonl_file_is_read_from_where_the_last_run_stopped(
    grown_jsonl: Path, tmp_path: Path
) -> None:
    old_size = grown_jsonl.stat().st_size
    with grown_jsonl.open("a", encoding="utf-8") as fh:
        fh.write(_jsonl_lines([ARTICLES["d.txt"]]) + "{broken\n")
    _date_back(grown_jsonl, 60)  # not "modified just before it was read": the next run trusts it
    rerun = analyze(grown_jsonl.parent, out=tmp_path / "out", workers=1, progress=False)
    assert read_from(tmp_path / "out") == [[old_size, 6]]  # lines 1-5 were read last time
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
    third = analyze(grown_jsonl.parent, out=tmp_path / "out", workers=1, progress=False)
    start = size - len(_jsonl_lines([ARTICLES["d.txt"] + " Update."]))
    assert read_from(tmp_path / "out") == [[start, 8]]
    assert third.stats["new"] == 1


@pytest.mark.parametrize("edit", ["changed old line", "old part without a final newline"])
def test_a_grown_jsonl_file_whose_old_part_changed_is_read_whole(
    edit: str, grown_jsonl: Path, tmp_path: Path
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
    target = tmp_path / ("out" if edit == "changed old line" else "out2")
    rerun = analyze(grown_jsonl.parent, out=target, workers=1, progress=False)
    assert read_from(target) == [] and rerun.stats["inputs_read"] == 1
    full = analyze(grown_jsonl.parent, out=tmp_path / "fresh", workers=1, progress=False)
    assert_same_tables(rerun, full)


# --- a rerun keeps the unchanged parts of the published tables --------------------------------


def part_inodes(out: Path, name: str) -> list[int]:
    folder = out / f"{name}.parquet"
    return [p.stat().st_ino for p in sorted(folder.glob("*.parquet"))]


@pytest.mark.parametrize("edit", ["append", "middle"])
def test_a_rerun_keeps_unchanged_parts_and_equals_a_full_run(
    edit: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from helpers.pipeline import store

    # two articles per part: several parts per table, so some can be kept
    monkeypatch.setattr(store, "ASSEMBLE_CHUNK", 2)
    monkeypatch.setattr(store, "ARTICLES_CHUNK", 2)
    folder = sharded(tmp_path / "in", 4)
    out = tmp_path / "out"
    analyze(folder, out=out, workers=1, progress=False)
    before = {name: part_inodes(out, name) for name in ("articles", "readability", "places")}
    if edit == "append":  # a new shard after the others: every previous part is kept
        extra = ["Quake\n\nA quake shook Lima, Peru.", "Rain\n\nRain fell on Quito."]
        changed = folder / "shard-99.jsonl"
        changed.write_text(shard_lines(extra), encoding="utf-8")
    else:  # the second shard changes: parts before it are kept, the rest written anew
        changed = folder / "shard-01.jsonl"
        changed.write_text(shard_lines(["Drought\n\nFarmers near Nairobi waited."]), "utf-8")
    age(changed, seconds=60)
    rerun = analyze(folder, out=out, workers=1, progress=False)
    for name, inodes in before.items():
        now = part_inodes(out, name)
        kept = [i for i in now if i in inodes]  # the very same files (hard links)
        if edit == "append":
            assert kept == inodes and len(now) > len(inodes), name
        else:
            assert 0 < len(kept) < len(inodes) and kept == inodes[: len(kept)], name
    monkeypatch.undo()
    fresh = analyze(folder, out=tmp_path / "fresh", workers=1, progress=False)
    assert_same_tables(rerun, fresh)
    for name in TABLE_NAMES:
        pd.testing.assert_frame_equal(read_parquet(out, name), fresh.table(name), obj=name)


def test_small_parts_are_compacted_after_a_few_reruns(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from helpers.pipeline import store

    monkeypatch.setattr(store, "ASSEMBLE_CHUNK", 8)  # full parts: 8 articles
    monkeypatch.setattr(store, "SMALL_PARTS", 2)  # small: 2 articles or fewer
    folder = sharded(tmp_path / "in", 4)  # 12 articles: parts of 8 and 4
    out = tmp_path / "out"
    analyze(folder, out=out, workers=1, progress=False)
    parts = []
    for i in range(4):  # every rerun adds one article: one small part more
        new = folder / f"shard-9{i}.jsonl"
        new.write_text(shard_lines([f"Update {i}\n\nTalks resumed in Oslo, day {i}."]), "utf-8")
        age(new, seconds=60)
        rerun = analyze(folder, out=out, workers=1, progress=False)
        assert rerun.stats["inputs_read"] == 1
        parts.append(len(part_inodes(out, "readability")))
    # the fourth rerun finds three small ones (more than 2): they are written again as one
    assert parts == [3, 4, 5, 3]
    assert_same_tables(rerun, analyze(folder, out=tmp_path / "fresh", workers=1, progress=False))


def test_a_rerun_with_few_new_articles_starts_no_pool(mixed: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    analyze(mixed, out=out, workers=1, progress=False)
    nothing_new = analyze(mixed, out=out, workers=2, progress=False)
    assert (nothing_new.stats["analysed"], nothing_new.stats["workers"]) == (0, 1)
    write_articles(mixed, {"f.txt": "Drought\n\nFarmers near Nairobi waited for rain."})
    one_new = analyze(mixed, out=out, workers=2, progress=False)
    assert (one_new.stats["analysed"], one_new.stats["workers"]) == (1, 1)


def test_an_unchanged_file_keeps_its_digest_so_a_later_append_reads_only_the_new_part(
    grown_jsonl: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    unchanged = analyze(grown_jsonl.parent, out=out, workers=1, progress=False)
    assert how_read(out) == {"feed.jsonl": "skipped"}  # nothing read …
    assert unchanged.stats["inputs_skipped"] == 1
    size = grown_jsonl.stat().st_size
    with grown_jsonl.open("a", encoding="utf-8") as fh:
        fh.write(_jsonl_lines([ARTICLES["d.txt"]]))
    _date_back(grown_jsonl, 60)
    appended = analyze(grown_jsonl.parent, out=out, workers=1, progress=False)
    # … and the run after it still knows the file's digest: it reads only the appended line
    assert read_from(out) == [[size, 6]]
    assert (appended.stats["inputs_appended"], appended.stats["analysed"]) == (1, 1)


def test_batch_tables_are_the_documented_frames(seed_raw: str) -> None:
    """analyze_batch builds Arrow tables straight from rows; as DataFrames they equal what the
    stages' own frame builders give (columns, dtypes, values, nulls)."""
    from helpers.clean import article_id_for, clean_text
    from helpers.geoparse import find_places_rows, places_frame
    from helpers.mentions import find_mentions_rows, mentions_frame
    from helpers.readability import readability_table

    texts = [
        clean_text(seed_raw),
        "Talks went on near Zzyzxville and in Hanoi, where Kim met Trump.",  # unknown place
        "No names here at all.",
    ]
    records = [{"article_id": article_id_for(t), "source": "x", "text": t} for t in texts]
    batch = analyze_batch(records)
    place_rows, place_ids, mention_rows = [], [], []
    for r in records:
        rows = find_places_rows(r["text"])
        place_rows += rows
        place_ids += [r["article_id"]] * len(rows)
        mention_rows += find_mentions_rows(r["text"], article_id=r["article_id"], place_rows=rows)
    expected = {
        "places": places_frame(place_rows, article_id=place_ids),
        "mentions": mentions_frame(mention_rows),
        "readability": readability_table({r["article_id"]: r["text"] for r in records}),
    }
    # (every gazetteer place has an id; a person's mention has a null one)
    assert any(row[-1] is None for row in mention_rows)
    for name, frame in expected.items():
        got = pipeline_stages.to_frame(batch[name], name)
        pd.testing.assert_frame_equal(got, frame.reset_index(drop=True), obj=name)


# --- one writer per output folder ------------------------------------------------------------

RUN_ANALYSIS = """
import sys
from helpers.pipeline import analyze
result = analyze(sys.argv[1], out=sys.argv[2], workers=int(sys.argv[3]), progress=False)
print(result.summary())
"""


def many_articles(folder: Path, n: int, per_file: int = 20) -> Path:
    """``n`` distinct articles in JSONL shards of ``per_file``."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = list(ARTICLES.values())
    for start in range(0, n, per_file):
        lines = [
            json.dumps({"text": f"{texts[i % len(texts)]} Report number {i}.", "title": f"#{i}"})
            for i in range(start, min(n, start + per_file))
        ]
        (folder / f"part-{start:05d}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    age(*folder.iterdir())
    return folder


def start_run(folder: Path, out: Path, workers: int = 1):  # type: ignore[no-untyped-def]
    import subprocess
    import sys

    return subprocess.Popen(
        [sys.executable, "-c", RUN_ANALYSIS, str(folder), str(out), str(workers)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def assert_one_complete_run(out: Path) -> None:
    """What a reader following the README sees is one whole run: every table's rows belong to
    the articles of the manifest's run, every article has its readability row (or an error)."""
    manifest = json.loads((out / "_manifest.json").read_text(encoding="utf-8"))
    frames = {name: read_parquet(out, name) for name in TABLE_NAMES}
    for name, frame in frames.items():
        assert len(frame) == manifest["tables"][name], name
    ids = set(frames["articles"]["article_id"])
    failed = set(frames["errors"]["article_id"].dropna())
    assert set(frames["readability"]["article_id"]) | failed == ids
    for name in ("places", "mentions"):
        assert set(frames[name]["article_id"]) <= ids, name
    result = Analysis.load(out)
    assert result.manifest["run_id"] == manifest["run_id"]
    for name in TABLE_NAMES:
        pd.testing.assert_frame_equal(result.table(name), frames[name], obj=name)


def test_two_concurrent_runs_on_one_folder_lose_nothing(tmp_path: Path) -> None:
    import time

    # enough articles for checkpoints (2,000 a shard): the second run starts once the first has
    # written one, the moment at which two writers used to delete each other's checkpoints
    folder = many_articles(tmp_path / "in", 4500, per_file=500)
    out = tmp_path / "out"
    first = start_run(folder, out)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and first.poll() is None:
        if any(p.name[0] != "." for p in out.glob(".partial/*/*")):
            break
        time.sleep(0.1)
    second = start_run(folder, out)
    for run in (first, second):
        _stdout, stderr = run.communicate(timeout=600)
        assert run.returncode == 0, stderr[-3000:]
    assert_one_complete_run(out)
    result = Analysis.load(out)
    assert len(result.articles) == 4500 and len(result.readability) == 4500
    assert len(result.errors) == 0
    # and the run that waited used the other's results
    rerun = analyze(folder, out=out, workers=1, progress=False)
    assert rerun.stats["analysed"] == 0


def test_a_second_writer_is_told_who_holds_the_folder(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from filelock import FileLock

    from helpers.pipeline import OutputBusy

    out = tmp_path / "out"
    out.mkdir()
    (out / ".lock.json").write_text(json.dumps({"pid": 4242, "host": "lab", "since": 0}))
    with FileLock(str(out / ".lock")), pytest.raises(OutputBusy, match="pid 4242 on lab"):
        analyze(corpus, out=out, workers=1, progress=False, lock_timeout=0.2)
    said = capsys.readouterr().err
    assert f"another analysis is writing to {out}" in said and "another --out" in said
    # released by its holder, the folder is free again
    assert analyze(corpus, out=out, workers=1, progress=False).stats["analysed"] == 4


# --- failures are retried, never cached -------------------------------------------------------


def test_a_failed_stage_is_not_cached_and_the_next_run_retries_it(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import helpers.geoparse

    real = helpers.geoparse.find_places_rows

    def geocoder_down(text: str, **kwargs: object) -> list:
        if "Nairobi" in text:
            raise ConnectionError("geocoder unavailable")
        return real(text, **kwargs)

    age(*corpus.iterdir())  # files that could be skipped unread, were it not for the failure
    out = tmp_path / "out"
    monkeypatch.setattr(helpers.geoparse, "find_places_rows", geocoder_down)
    failed = analyze(corpus, out=out, workers=1, progress=False)
    assert failed.errors["stage"].tolist() == ["places", "mentions"]
    assert not failed.places["surface"].isin(["Nairobi"]).any()
    monkeypatch.undo()  # the geocoder is back

    retried = analyze(corpus, out=out, workers=1, progress=False)
    assert (retried.stats["analysed"], retried.stats["retried"]) == (1, 1)
    assert "1 retried" in retried.summary()
    assert read_names(out) == ["d.txt"]
    assert retried.errors.empty and "Nairobi" in set(retried.places["surface"])
    assert_same_tables(retried, analyze(corpus, out=tmp_path / "fresh", workers=1, progress=False))
    assert analyze(corpus, out=out, workers=1, progress=False).stats["analysed"] == 0


# --- kills -----------------------------------------------------------------------------------


def test_a_kill_at_any_point_leaves_one_complete_run(tmp_path: Path) -> None:
    import random
    import signal
    import time

    folder = many_articles(tmp_path / "in", 60)
    out = tmp_path / "out"
    start_run(folder, out).communicate(timeout=600)
    texts = list(ARTICLES.values())
    rng = random.Random(13)
    for attempt in range(6):  # bounded: each attempt kills one run at a random moment
        extra = folder / f"zz-{attempt}.jsonl"
        lines = [json.dumps({"text": f"{texts[i % 4]} Late news {attempt}.{i}."}) for i in range(9)]
        extra.write_text("\n".join(lines) + "\n", encoding="utf-8")
        run = start_run(folder, out)
        time.sleep(rng.uniform(0.3, 4.0))
        run.send_signal(signal.SIGKILL)
        run.communicate(timeout=60)
        assert_one_complete_run(out)
    done = start_run(folder, out)
    _stdout, stderr = done.communicate(timeout=600)
    assert done.returncode == 0, stderr[-3000:]
    assert_one_complete_run(out)
    assert len(Analysis.load(out).articles) == 60 + 6 * 9
    # what the killed runs left is gone: the published run and the one before it remain
    assert len(list((out / "runs").iterdir())) <= 2
    assert not [p for p in out.iterdir() if p.name.startswith((".tmp", ".trash"))]


def test_leftovers_of_killed_runs_are_cleaned_by_the_next_run(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    analyze(corpus, out=out, workers=1, progress=False)
    published = os.readlink(out / "current")
    (out / "runs" / "killed-run" / "places.parquet").mkdir(parents=True)
    (out / ".tmp-0123456789abcdef" / ".parts-articles").mkdir(parents=True)
    analyze(corpus, out=out, workers=1, progress=False)
    runs = sorted(p.name for p in (out / "runs").iterdir())
    assert "killed-run" not in runs and Path(published).name in runs  # the one before stays
    assert not (out / ".tmp-0123456789abcdef").exists()


def test_killing_the_parent_ends_its_workers(tmp_path: Path) -> None:
    import signal
    import time

    psutil = pytest.importorskip("psutil")
    folder = many_articles(tmp_path / "in", 3000, per_file=500)
    run = start_run(folder, tmp_path / "out", workers=2)
    parent = psutil.Process(run.pid)
    deadline = time.monotonic() + 120
    workers: list = []
    while time.monotonic() < deadline and len(workers) < 2 and run.poll() is None:
        time.sleep(0.2)
        workers = parent.children(recursive=True)
    assert len(workers) >= 2, "the pool never started"
    run.send_signal(signal.SIGKILL)
    run.communicate(timeout=60)
    _gone, alive = psutil.wait_procs(workers, timeout=5)  # they watch their parent: 0.5 s
    assert not alive, f"workers outlived their parent: {alive}"


# --- one identity per source -----------------------------------------------------------------


def test_a_folder_keeps_its_identity_however_it_is_named(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    age(*corpus.iterdir())
    out = tmp_path / "out"
    monkeypatch.chdir(tmp_path)
    first = analyze("in", out=out, workers=1, progress=False)  # relative
    sources = first.articles["source"].tolist()
    link = tmp_path / "link"
    link.symlink_to(corpus, target_is_directory=True)
    monkeypatch.setenv("HOME", str(tmp_path))
    for name in (str(corpus), f"{corpus}/", str(link), "~/in", "./in/"):
        again = analyze(name, out=out, workers=1, progress=False)
        s = again.stats
        assert (s["new"], s["removed"], s["unchanged"], s["analysed"]) == (0, 0, 4, 0), name
        assert read_names(out) == [], name  # nothing re-read
        assert again.articles["source"].tolist() == sources, name


# --- the readability table measures the body (contract 4) -------------------------------------


def test_body_text_drops_only_a_matching_leading_title() -> None:
    from helpers.clean import body_text

    text = "Floods in Kenya\n\nRain fell. Roads closed."
    assert body_text(text, "Floods in Kenya") == "Rain fell. Roads closed."
    assert body_text(text, "  Floods   in Kenya ") == "Rain fell. Roads closed."
    assert body_text(text, "Another title") == text  # the first paragraph is not the title
    assert body_text(text, None) == text
    assert body_text("Floods in Kenya", "Floods in Kenya") == "Floods in Kenya"  # nothing else


def test_readability_table_of_articles_measures_the_body() -> None:
    import textstat

    from helpers.load import load_articles
    from helpers.readability import readability, readability_table

    title = "Floods across Kenya leave thousands without homes"
    body = "Heavy rain fell for a week. Rivers burst their banks near Nairobi."
    articles = load_articles([f"{title}\n\n{body}"])
    assert articles["title"].iloc[0] == title
    table = readability_table(articles)
    assert table["flesch_kincaid_grade"].iloc[0] == pytest.approx(
        textstat.flesch_kincaid_grade(body)
    )
    # helpers.readability itself measures the text it is given, title and all
    whole = readability(articles["text"].iloc[0])["flesch_kincaid_grade"]
    assert whole == pytest.approx(textstat.flesch_kincaid_grade(articles["text"].iloc[0]))


def test_a_cold_run_over_many_files_loads_the_stages_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The parent warms up (gazetteer, dictionaries, story hashing: seconds) once and forks its
    workers; a run whose workers read and analysed everything starts no second pool."""
    from helpers.pipeline.inputs import start_method

    if start_method() != "fork":
        pytest.skip("only a forking parent warms up for its workers")
    warmed: list[str] = []
    real = pipeline_stages.warm_up
    monkeypatch.setattr(
        pipeline_stages, "warm_up", lambda *args: (warmed.append("warm-up"), real(*args))[1]
    )
    run = analyze(sharded(tmp_path / "in", 6), out=tmp_path / "out", workers=2, progress=False)
    assert run.stats["workers"] == 2 and run.stats["analysed"] == 18
    assert warmed == ["warm-up"]


def test_workers_that_read_their_own_files_give_the_same_tables(tmp_path: Path) -> None:
    """A cold run over many files: the pool reads, cleans and analyses; the tables, duplicates
    across files included, are those of one process doing it all."""
    folder = sharded(tmp_path / "in", 6)  # shards repeat each other's texts: duplicates
    (folder / "shard-03.jsonl").write_text(
        (folder / "shard-00.jsonl").read_text(encoding="utf-8"), encoding="utf-8"
    )
    age(folder / "shard-03.jsonl")
    serial = analyze(folder, out=tmp_path / "serial", workers=1, progress=False)
    pooled = analyze(folder, out=tmp_path / "pool", workers=2, batch_size=1, progress=False)
    assert pooled.stats["workers"] == 2 and pooled.stats["duplicates"] == 3
    assert_same_tables(serial, pooled)
    for key in ("new", "duplicates", "analysed", "problems", "words"):
        assert pooled.stats[key] == serial.stats[key], key
    # its input index lets the next run skip every file
    again = analyze(folder, out=tmp_path / "pool", workers=2, progress=False)
    assert (again.stats["inputs_skipped"], again.stats["analysed"]) == (6, 0)
