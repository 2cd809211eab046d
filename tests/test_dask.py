"""The Dask engine gives the same tables as the local engine (small LocalCluster, marked slow)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pandas as pd
import pytest

pytest.importorskip("distributed", reason="the Dask engine is the optional extra dateline[dask]")

from helpers.pipeline import Analysis, analyze, dask_partitions

pytestmark = pytest.mark.slow

RECORDS = [
    {"title": "Summit in Hanoi", "text": "Kim Jong Un met Donald Trump in Hanoi, Vietnam."},
    {"title": "Floods in France", "text": "Heavy rain flooded streets in Paris on Monday."},
    {"title": "Trade talks", "text": "Negotiators from Japan met in Geneva and Washington."},
    {"title": "Election day", "text": "Voters in Kenya queued for hours in Nairobi."},
    {"title": "Storm", "text": "A storm hit Manila and Cebu overnight."},
]
TABLE_NAMES = ("articles", "readability", "places", "mentions", "errors")


def write_shards(folder: Path, records: list[dict], per_shard: int = 2) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(0, len(records), per_shard):
        lines = [json.dumps(r) for r in records[i : i + per_shard]]
        (folder / f"part-{i // per_shard:03d}.jsonl").write_text("\n".join(lines) + "\n")
    return folder


@pytest.fixture(scope="module")
def client():
    from distributed import Client, LocalCluster

    # threads, not processes: the engine ships the same functions either way, and this is fast
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None
        ) as cluster,
        Client(cluster) as dask_client,
    ):
        yield dask_client


def assert_same_tables(left: Analysis, right: Analysis) -> None:
    for name in TABLE_NAMES:
        pd.testing.assert_frame_equal(left.table(name), right.table(name), obj=name)


def test_partitions_follow_the_local_reading_order(tmp_path: Path) -> None:
    folder = write_shards(tmp_path / "in", RECORDS)
    (folder / "loose.txt").write_text("Loose article\n\nRain in Oslo.")
    parts = dask_partitions(folder)
    assert [Path(p[0]).name for p in parts] == [
        "loose.txt",
        "part-000.jsonl",
        "part-001.jsonl",
        "part-002.jsonl",
    ]


def test_dask_engine_equals_local_engine_and_is_incremental(tmp_path: Path, client) -> None:
    folder = write_shards(tmp_path / "in", RECORDS)
    (folder / "bad.jsonl").write_text("{not json\n")
    local = analyze(folder, out=tmp_path / "local", workers=1, progress=False)
    on_dask = analyze(folder, out=tmp_path / "dask", engine="dask", client=client, progress=False)
    # the local engine's layout: a run folder of part files, published by the current link
    assert (tmp_path / "dask" / "places.parquet").is_dir()
    assert len(list((tmp_path / "dask" / "places.parquet").glob("part-*.parquet"))) >= 2
    assert os.readlink(tmp_path / "dask" / "current") == f"runs/{on_dask.manifest['run_id']}"
    assert on_dask.stats["partitions"] == 4
    assert_same_tables(local, on_dask)
    assert len(on_dask.errors) == 1  # the malformed line

    # a rerun with one new shard analyses only that shard's articles
    write_shards(tmp_path / "more", [{"title": "Quake", "text": "A quake shook Lima, Peru."}])
    (tmp_path / "more" / "part-000.jsonl").rename(folder / "part-003.jsonl")
    rerun = analyze(folder, out=tmp_path / "dask", engine="dask", client=client, progress=False)
    assert (rerun.stats["new"], rerun.stats["unchanged"]) == (1, 5)
    assert rerun.stats["analysed"] == 1
    full = analyze(folder, out=tmp_path / "local2", workers=1, progress=False)
    assert_same_tables(full, rerun)


def test_a_local_run_after_a_dask_run_skips_the_unchanged_files(tmp_path: Path, client) -> None:
    import os
    import time

    # the last shard repeats the first article: a Dask run lists it once per shard
    folder = write_shards(tmp_path / "in", [*RECORDS, RECORDS[0]])
    then = time.time() - 3600  # not modified just before the run (those are read again)
    for path in folder.iterdir():
        os.utime(path, (then, then))
    out = tmp_path / "out"
    analyze(folder, out=out, engine="dask", client=client, progress=False)
    index = json.loads((out / "_inputs.json").read_text())
    assert [Path(e["path"]).name for e in index["files"]] == [
        "part-000.jsonl",
        "part-001.jsonl",
        "part-002.jsonl",
    ]
    assert all(e.get("digest") for e in index["files"])  # JSON Lines: appends read alone later
    local = analyze(folder, out=out, workers=1, progress=False)
    assert (local.stats["inputs_read"], local.stats["inputs_skipped"]) == (0, 3)
    assert (local.stats["analysed"], local.stats["duplicates"]) == (0, 1)
    assert_same_tables(local, analyze(folder, out=tmp_path / "full", workers=1, progress=False))


def test_dask_tables_keep_their_documented_dtypes(tmp_path: Path, client) -> None:
    from test_pipeline import ARTICLES, check_documented_dtypes, write_articles

    folder = write_articles(tmp_path / "in", {**ARTICLES, "empty.txt": ""})
    out = tmp_path / "out"
    result = analyze(folder, out=out, engine="dask", client=client, progress=False)
    assert result.places["place_id"].notna().any() and len(result.errors) == 1
    check_documented_dtypes(out, result)


def test_dask_engine_keeps_every_copy_and_gives_the_local_story_ids(tmp_path: Path, client) -> None:
    from test_syndication import outlet_copies

    wire = outlet_copies()
    # copies spread over shards (a text's first copy in one shard, its twin in another),
    # between distinct stories
    records = [RECORDS[0], wire[1], wire[0], RECORDS[1], RECORDS[2], wire[3], wire[2], RECORDS[3]]
    folder = write_shards(tmp_path / "in", records, per_shard=3)
    local = analyze(folder, out=tmp_path / "local", workers=1, progress=False)
    on_dask = analyze(folder, out=tmp_path / "dask", engine="dask", client=client, progress=False)
    for result in (local, on_dask):
        assert len(result.articles) == len(records)
        assert result.articles["story_id"].nunique() == 5  # four distinct stories + the wire
    by_source = [r.articles.set_index("source")["story_id"].sort_index() for r in (local, on_dask)]
    pd.testing.assert_series_equal(*by_source)
    # a local rerun after the Dask run reuses its story index: nothing regrouped, same ids
    rerun = analyze(folder, out=tmp_path / "dask", workers=1, progress=False)
    assert rerun.stats["analysed"] == 0
    pd.testing.assert_series_equal(
        rerun.articles.set_index("source")["story_id"].sort_index(), by_source[0]
    )
