"""The Dask engine: the same stages and the same store on a ``dask.distributed`` cluster.

Owns :func:`analyze_dask` and :func:`dask_partitions`. One task per input shard (a JSONL/Parquet/CSV
file, or 256 loose files): each task reads its files, analyses what the cache lacks and writes its
own part of every table straight into the run's folder (``out/runs/<run_id>/<table>.parquet/
part-NNNNN.parquet``), so ``out`` must be storage every worker sees (it is, on one machine). The
parent takes the same writer lock, writes the same manifest and input index, and publishes with the
same atomic switch as the local engine: readers cannot tell which engine wrote a run, and a local
run after a Dask run skips the files that did not change.

    >>> from helpers.pipeline import analyze
    >>> analyze("data/articles", out="data/processed", engine="dask")          # doctest: +SKIP

Trade-off: identical cleaned texts in *different* shards are analysed (and their results listed)
once per shard; the local engine and :class:`~helpers.pipeline.analysis.Analysis` keep the first.
Every input record has its row in ``articles`` (copies grouped by text within a shard); stories
are grouped by the parent after the tasks, in articles order, so ``story_id`` s are the local
engine's.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from helpers.pipeline import stages, store
from helpers.pipeline.analysis import Analysis
from helpers.pipeline.inputs import (
    FILES_PER_PARTITION,
    InputIndex,
    LoadProblem,
    batched,
    file_groups,
    fingerprint_entry,
    input_files,
    iter_records,
    jsonl_fingerprints,
)
from helpers.pipeline.local_engine import _progress, _RunState, _stats, default_workers, manifest
from helpers.pipeline.stages import RESULT_TABLES, TABLES, table_schema
from helpers.pipeline.store import (
    Cache,
    Previous,
    articles_schema,
    conform,
    errors_table,
    frame_table,
    order_results,
    table_path,
)
from helpers.pipeline.stories import (
    assign_stories,
    batch_signatures,
    load_story_index,
    texts_from_tables,
)
from helpers.stories import DEFAULT_THRESHOLD


def dask_partitions(source: Any, files_per_partition: int = FILES_PER_PARTITION) -> list[list[str]]:
    """Split ``source`` into partitions of input paths: one per shard file (JSONL, Parquet, CSV),
    loose article files (``.txt``, ``.html``) grouped ``files_per_partition`` at a time.

    ``source`` is a folder, a file, a glob pattern or a list of those, in the order the local
    engine reads them, so both engines produce tables in the same order.

    >>> dask_partitions("data/articles")                                        # doctest: +SKIP
    [['data/articles/000_a51ff8e45658a71a.txt']]
    """
    files = input_files(source)
    if files is None:
        raise FileNotFoundError(
            f"the Dask engine reads files, folders and globs; nothing to read in {source!r}"
        )
    return file_groups(files, files_per_partition)


def _read_partition(
    paths: list[str],
) -> tuple[list[dict[str, Any]], list[LoadProblem], list[dict[str, Any]]]:
    """Read a partition file by file: its records, its load errors, and its entries of the input
    index (see :class:`InputIndex`), so the next local run can skip the files a Dask run read."""
    records: list[dict[str, Any]] = []
    load_errors: list[LoadProblem] = []
    entries: list[dict[str, Any]] = []
    for path in paths:
        checked = time.time_ns()
        try:
            stat = os.stat(path)
        except OSError:
            stat = None
        entry: dict[str, Any] = {
            "path": path,
            "size": stat.st_size if stat else -1,
            "mtime_ns": stat.st_mtime_ns if stat else -1,
            "checked_ns": checked,
            "records": [],
            "errors": [],
            "read": "whole",
        }
        for item in iter_records([Path(path)]):
            if isinstance(item, LoadProblem):
                load_errors.append(item)
                entry["errors"].append([item.source, item.stage, item.error])
            else:
                records.append(item)
                entry["records"].append([str(item.get("source", "")), str(item["article_id"])])
        # so a local rerun reads only what is appended to it later
        fingerprint_entry(entry, jsonl_fingerprints(Path(path), [entry["size"]])[0])
        entries.append(entry)
    return records, load_errors, entries


def _dask_partition(
    index: int,
    paths: list[str],
    *,
    cached_ids: frozenset[str],
    cached_in: str | None,
    staging: str,
    geocoder: Any,
    lang: str,
    batch_size: int,
    backend: Any = "dateline",
) -> dict[str, Any]:
    """One Dask task: load a partition, analyse what the cache lacks, write one part per table."""
    records, load_errors, entries = _read_partition(paths)
    order: list[str] = []
    seen: set[str] = set()
    todo: list[dict[str, Any]] = []
    reuse: set[str] = set()
    unique: list[dict[str, Any]] = []
    for record in records:
        article_id = str(record["article_id"])
        if article_id in seen:
            continue
        seen.add(article_id)
        unique.append(record)
        order.append(article_id)
        if article_id in cached_ids:
            reuse.add(article_id)
        else:
            todo.append(record)
    parts: dict[str, list[pa.Table | None]] = {name: [] for name in RESULT_TABLES}
    for batch in batched(todo, batch_size):
        tables = stages.analyze_batch(batch, geocoder=geocoder, lang=lang, backend=backend)
        for name, table in tables.items():
            parts[name].append(table)
    cache = Cache(Path(staging), "", ids=set(cached_ids))
    if cached_in:
        cache.sources.append(Path(cached_in))
    reused = cache.fetch(reuse)
    name_part = f"part-{index:05d}.parquet"
    rows: dict[str, int] = {}
    # every record its row (copies too), grouped by text as the local engine groups them
    every = order_results([frame_table(records)], pa.array(order, pa.string())) if records else None
    outputs: dict[str, pa.Table | None] = {"articles": every}
    for name in RESULT_TABLES:
        table = order_results(reused[name] + parts[name], pa.array(order, type=pa.string()))
        if name == "errors":
            table = errors_table(load_errors, table)
        outputs[name] = table
    for name, table in outputs.items():
        rows[name] = 0 if table is None else table.num_rows
        if table is not None and table.num_rows:
            schema = articles_schema([table.schema]) if name == "articles" else table_schema(name)
            folder = table_path(staging, name)
            folder.mkdir(parents=True, exist_ok=True)
            pq.write_table(conform(table, schema), folder / name_part, compression="zstd")
    words = 0
    for record in unique:
        with contextlib.suppress(TypeError, ValueError):
            words += int(record.get("n_words") or 0)
    return {
        "index": index,
        "sources": [(str(r.get("source", "")), str(r["article_id"])) for r in records],
        "inputs": entries,
        "rows": rows,
        "analysed": len(todo),
        "cached": len(reuse),
        "words": words,
        "signatures": batch_signatures(todo),  # story signatures, hashed where the texts are
    }


def _set_stories(folder: Path, story_of: dict[str, str]) -> None:
    """Give every articles part in ``folder`` its ``story_id`` column (rewritten in place: the
    run is not published yet)."""
    if not folder.is_dir():
        return
    for part in sorted(folder.glob("*.parquet")):
        table = pq.read_table(part)
        stories = pa.array(
            [story_of.get(i) for i in table["article_id"].to_pylist()], type=pa.string()
        )
        if "story_id" in table.column_names:
            table = table.set_column(table.column_names.index("story_id"), "story_id", stories)
        else:
            table = table.append_column("story_id", stories)
        schema = articles_schema([table.schema])
        pq.write_table(conform(table, schema), part, compression="zstd")


def _one_file_at_least(folder: Path, schema: pa.Schema) -> None:
    """Readers need one file to know a table's columns, also when it has no rows."""
    folder.mkdir(parents=True, exist_ok=True)
    if not any(folder.glob("*.parquet")):
        pq.write_table(schema.empty_table(), folder / "part-00000.parquet", compression="zstd")


def _dask_client(client: Any, workers: int | None) -> tuple[Any, Callable[[], None]]:
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError(
            "the Dask engine needs the optional extra: pip install 'dateline[dask]'"
        ) from exc
    if client is None:
        cluster = LocalCluster(
            n_workers=workers or default_workers(),
            threads_per_worker=1,  # the stages are pure Python: threads would fight over the GIL
            processes=True,
            dashboard_address=None,
        )
        own = Client(cluster)

        def close() -> None:
            own.close()
            cluster.close()

        return own, close
    if isinstance(client, str):
        own = Client(client)
        return own, own.close
    return client, lambda: None


def analyze_dask(
    source: Any,
    *,
    out: Path,
    geocoder: Any,
    workers: int | None,
    lang: str,
    batch_size: int,
    progress: bool | None,
    client: Any,
    started: float,
    story_threshold: float = DEFAULT_THRESHOLD,
    backend: Any = "dateline",
) -> Analysis:
    """The Dask engine's run, called with ``out``'s writer lock held. Workers read their partition
    and write their parts straight into ``out/runs/<run_id>/``, so ``out`` must be on storage
    every worker sees (it is, on one machine)."""
    from helpers.recognise.spacy_backend import backend_key

    key = stages.version_key(
        geocoder=stages.geocoder_name(geocoder), lang=lang, backend=backend_key(backend)
    )
    run_id = uuid.uuid4().hex[:16]
    # The Dask engine reuses the published tables; checkpoint shards belong to the local engine.
    previous = Previous.read(out)
    cache = Cache.open(out, key, previous)
    cached: frozenset[str] = frozenset(cache.ids if previous.folder in cache.sources else ())
    cached_in = str(previous.folder) if cached else None
    partitions = dask_partitions(source)
    staging = store.new_run(out, run_id)
    dask_client, close = _dask_client(client, workers)
    try:
        from distributed import as_completed

        # a list of one: scatter() would ship each element of a bare set as its own future
        cached_future = dask_client.scatter([cached], broadcast=True)[0] if cached else cached
        futures = [
            dask_client.submit(
                _dask_partition,
                index,
                paths,
                cached_ids=cached_future,
                cached_in=cached_in,
                staging=str(staging),
                geocoder=geocoder,
                lang=lang,
                batch_size=batch_size,
                backend=backend,
                pure=False,
            )
            for index, paths in enumerate(partitions)
        ]
        results: list[dict[str, Any]] = []
        bar = _progress(len(futures), progress, "partitions", unit="part")
        for future in as_completed(futures):
            results.append(future.result())
            bar.update(1)
        bar.close()
        results.sort(key=lambda r: r["index"])
        n_workers = len(dask_client.scheduler_info().get("workers", {})) or 1
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    finally:
        close()
    try:
        state = _RunState(previous=previous.sources, cached_ids=set(cached))
        for result in results:
            for src, article_id in result["sources"]:
                state.admit({"source": src, "article_id": article_id})
            state.words += result["words"]
        rows = {name: sum(r["rows"].get(name, 0) for r in results) for name in TABLES}
        # Stories: grouped here, in the one writer, in articles order as the local engine does
        # (so both give the same story_ids), then written into the workers' articles parts.
        stories_started = time.process_time()
        index, _ = load_story_index(previous.folder, story_threshold)
        articles_dir = table_path(staging, "articles")
        story_of = assign_stories(
            index,
            state.order,
            lambda ids: texts_from_tables([articles_dir], ids),
            save_to=staging,
            known={i: sig for r in results for i, sig in r.pop("signatures", {}).items()},
        )
        del index
        _set_stories(articles_dir, story_of)
        stories_cpu = time.process_time() - stories_started
        for name in TABLES:
            _one_file_at_least(table_path(staging, name), table_schema(name))
        stats = _stats(
            state,
            rows,
            analysed=sum(r["analysed"] for r in results),
            seconds=round(time.perf_counter() - started, 3),
            engine="dask",
            workers=n_workers,
            partitions=len(partitions),
            retried=len(cache.failed.intersection(state.order)),
            stories=len(set(story_of.values())),
            stories_cpu=round(stories_cpu, 3),
        )
        stats["cached"] = sum(r["cached"] for r in results)
        # the input index, as the local engine writes it: a local run after this one skips the
        # files that have not changed since (a Dask run itself reads every file)
        entries = [e for r in results for e in r["inputs"]]
        InputIndex.write(staging, run_id, stages.loader_key(), entries)
        previous_run = previous.manifest.get("run_id")
        # parts in input-shard order, not articles order: none is reused by a later run's link
        store.publish(out, staging, manifest(run_id, key, stats, rows, None, previous_run))
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return Analysis(out, stats)
