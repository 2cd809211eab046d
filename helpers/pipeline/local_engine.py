"""The local engine: one machine, a process pool, a run from reading to publishing.

Owns the course of a run (:func:`analyze_local`, called by :func:`helpers.pipeline.analyze` with
the output folder's lock held and what killed runs left cleaned): decide per input file what to read (the input index, :mod:`.inputs`), analyse what the
cache lacks in a pool of worker processes (:mod:`.stages`), write the five tables into the run's
own folder and publish it (:mod:`.store`).

    >>> from helpers.pipeline import analyze
    >>> print(analyze("data/articles", out="data/processed").summary())      # doctest: +SKIP

Why it is built this way:

- **Parallelism.** A process pool receives *batches* of articles (IPC amortised; each stage runs
  over the whole batch before the next; results come back as Arrow tables) through a bounded
  window, so reading, analysing and writing overlap while memory stays flat. On Linux the parent
  loads the gazetteer and dictionaries once and forks the workers, which share those pages
  copy-on-write. Workers watch their parent and end with it. With ``workers=1`` or a handful of
  articles the same batch function runs in-process. When the cache holds results (a rerun, where
  reading is most of the work) a second small pool reads and cleans the changed files.
- **Memory stays flat.** New results leave the parent as checkpoint shards every
  ``SHARD_ARTICLES`` articles, the articles rows as scratch parts; the tables are written chunk
  by chunk from them. A crash, kill or Ctrl-C keeps the shards: the next run resumes from them.
- **Progress bar**: ``progress=None`` shows one only when stderr is a terminal, so notebooks,
  papermill reports and logs stay clean; tqdm is imported only for a bar that is shown, never via
  ``tqdm.auto`` (it warns into every report page in a kernel without ipywidgets).
"""

from __future__ import annotations

import contextlib
import gc
import importlib.util
import os
import shutil
import sys
import time
import uuid
from collections import deque
from collections.abc import Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from helpers.pipeline import stages, store
from helpers.pipeline.analysis import Analysis
from helpers.pipeline.inputs import (
    SHARD_SUFFIXES,
    InputIndex,
    LoadProblem,
    SkippedFile,
    as_problem,
    batched,
    file_groups,
    fingerprint_entry,
    input_files,
    is_article,
    iter_records,
    jsonl_fingerprints,
    plan_reads,
    read_files,
    start_method,
)
from helpers.pipeline.stages import RESULT_TABLES, WORKER_FIELDS, table_schema
from helpers.pipeline.store import (
    ArticleParts,
    Cache,
    Previous,
    RunShards,
    articles_schema,
    errors_table,
    read_table,
    shared_prefix,
    table_path,
)
from helpers.pipeline.stories import (
    SIGNATURES,
    CopyRows,
    analyze_batch_signed,
    assign_stories,
    batch_signatures,
    finish_rows,
    load_story_index,
    texts_from_tables,
)
from helpers.stories import DEFAULT_THRESHOLD


def default_workers() -> int:
    """Cores this process may use (respects CPU affinity / container limits)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS, Windows
        return max(1, os.cpu_count() or 1)


def _pool(workers: int, geocoder: Any, lang: str, backend: Any = "dateline") -> Any:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    method = start_method()
    if method == "fork":
        # Linux: load the gazetteer and dictionaries (~450 MB, ~3 s) once in the parent and fork:
        # workers start instantly and share those pages copy-on-write. gc.freeze() keeps the
        # collector from touching (hence copying) the shared objects in every worker; done
        # before the collector resumes after the warm-up, or its first young collection would
        # scan all ~350,000 objects the warm-up loaded (~45 ms). Python's documentation gives
        # this order for a pool (collector off, load, freeze, fork).
        with stages.collector_paused():
            stages.warm_up(geocoder, lang, backend)
            gc.freeze()
    context = multiprocessing.get_context(method)
    return ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=stages.worker_init,
        initargs=(geocoder, lang, os.getpid(), method != "fork", backend),
    )


def _map_batches(
    batches: Iterator[list[dict[str, Any]]],
    *,
    workers: int,
    geocoder: Any,
    lang: str,
    backend: Any = "dateline",
) -> Iterator[tuple[list[dict[str, Any]], dict[str, pa.Table | None]]]:
    """Yield (batch, results) in input order; a bounded window of batches is in flight."""
    if workers <= 1:
        # no warm-up: the first batch loads what it needs, and a fully cached rerun loads nothing.
        # The analysis collects garbage as a pool worker's does (stages.WORKER_GC_THRESHOLDS),
        # for the run only: at Python's default thresholds the first batch's loading (~350,000
        # long-lived containers) and the memos that grow after it were scanned over and over,
        # 7.5% of a 1,000-article run's CPU and 13% of a 6-article one's.
        thresholds = gc.get_threshold()
        gc.set_threshold(*stages.WORKER_GC_THRESHOLDS)
        try:
            for batch in batches:
                yield (
                    batch,
                    analyze_batch_signed(batch, geocoder=geocoder, lang=lang, backend=backend),
                )
        finally:
            gc.set_threshold(*thresholds)
        return
    first = next(batches, None)
    if first is None:  # nothing to analyse (the workers read and analysed it all): no pool
        return
    pool = _pool(workers, geocoder, lang, backend)
    window: deque[tuple[list[dict[str, Any]], Any]] = deque()
    try:
        for batch in _chain([first], batches):
            slim = [{k: r.get(k) for k in WORKER_FIELDS} for r in batch]
            window.append(
                (
                    batch,
                    pool.submit(
                        analyze_batch_signed, slim, geocoder=geocoder, lang=lang, backend=backend
                    ),
                )
            )
            # Enough in flight to keep every worker busy, few enough that memory stays flat.
            while len(window) > 3 * workers:
                done_batch, future = window.popleft()
                yield done_batch, future.result()
        while window:
            done_batch, future = window.popleft()
            yield done_batch, future.result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


class _NoBar:
    """The progress bar when none is shown (tqdm is not even imported)."""

    def update(self, n: int = 1) -> None:
        pass

    def close(self) -> None:
        pass


def _in_notebook() -> bool:
    """True inside a Jupyter kernel (its stderr is a stream of the notebook, never a terminal)."""
    shell = sys.modules.get("IPython")
    get_ipython = getattr(shell, "get_ipython", None)
    return "ipykernel" in sys.modules and get_ipython is not None and get_ipython() is not None


def _progress(total: int | None, enabled: bool | None, desc: str, unit: str = "art") -> Any:
    """A progress bar, or a no-op one.

    ``enabled=None`` (the default) shows a bar only when stderr is a terminal: a notebook cell, a
    papermill report, CI logs and pipes stay clean. ``True`` forces one: a widget in a notebook
    with ipywidgets, a text bar on stderr everywhere else. tqdm is imported only when a bar is
    shown, and never through ``tqdm.auto``, which warns (TqdmWarning, once per kernel, into every
    rendered report page) in a notebook without ipywidgets.
    """
    if enabled is None:
        isatty = getattr(sys.stderr, "isatty", None)
        enabled = bool(isatty and isatty()) and not _in_notebook()
    if not enabled:
        return _NoBar()
    bar: Any = None
    if _in_notebook() and importlib.util.find_spec("ipywidgets") is not None:
        from tqdm.notebook import tqdm as bar
    else:
        from tqdm import tqdm as bar
    return bar(total=total, desc=desc, unit=unit)


def _guess_total(source: Any) -> int | None:
    """The number of articles when it is cheap to know (a DataFrame, a folder of article files)."""
    if isinstance(source, pd.DataFrame):
        return len(source)
    with contextlib.suppress(TypeError, OSError):
        path = Path(source)
        if path.is_dir():
            files = [p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")]
            if any(p.name.lower().endswith(SHARD_SUFFIXES) for p in files):
                return None  # shards hold many articles each: the bar just counts
            return len(files)
    return None


@dataclass
class _RunState:
    """Book-keeping of one run: which sources and ids were seen, what is new or changed."""

    previous: dict[str, str]
    cached_ids: set[str]
    order: list[str] = field(default_factory=list)  # distinct article ids, first-seen order
    seen_ids: set[str] = field(default_factory=set)
    seen_sources: set[str] = field(default_factory=set)
    reuse: set[str] = field(default_factory=set)
    load_errors: list[LoadProblem] = field(default_factory=list)
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    words: int = 0
    articles: int = 0
    duplicates: int = 0
    # every input record (copies too): its source's place in input order, rows per text, and
    # what skipped input files hold (their rows come back from the published articles table)
    position: dict[str, int] = field(default_factory=dict)
    copies: dict[str, int] = field(default_factory=dict)
    skipped_sources: set[str] = field(default_factory=set)
    skipped_ids: set[str] = field(default_factory=set)

    def _record(self, source: str, article_id: str) -> None:
        self.position.setdefault(source, len(self.position))
        self.copies[article_id] = self.copies.get(article_id, 0) + 1

    def admit(self, record: Mapping[str, Any]) -> str:
        """Classify one loaded article: ``"analyse"``, ``"reuse"`` (cached) or ``"duplicate"``
        (same cleaned text as an earlier input: a copy, with a row of its own in the articles
        table, analysed once)."""
        n_words = 0
        with contextlib.suppress(TypeError, ValueError):
            n_words = int(record.get("n_words") or 0)
        return self.admit_id(str(record.get("source", "")), str(record["article_id"]), n_words)

    def admit_skipped(self, records: list[list[str]], words: Mapping[str, int]) -> list[str]:
        """:meth:`admit_id` over the ``[source, article_id]`` records of a skipped input file
        (~100k of them on a rerun of 100k: one loop, no call per record); the ids that are not
        duplicates, all cached."""
        seen_ids, seen_sources, previous = self.seen_ids, self.seen_sources, self.previous
        admitted: list[str] = []
        for source, article_id in records:
            self._record(source, article_id)
            self.skipped_sources.add(source)
            self.skipped_ids.add(article_id)
            if article_id in seen_ids:
                self.duplicates += 1
                seen_sources.add(source)
                continue
            before = previous.get(source)
            if source in seen_sources or before is None:
                self.new += 1
            elif before == article_id:
                self.unchanged += 1
            else:
                self.changed += 1
            seen_sources.add(source)
            seen_ids.add(article_id)
            admitted.append(article_id)
        self.articles += len(admitted)
        self.words += sum(words.get(article_id) or 0 for article_id in admitted)
        self.order.extend(admitted)
        self.reuse.update(admitted)  # a file is skipped only when its results are cached
        return admitted

    def admit_id(self, source: str, article_id: str, n_words: int) -> str:
        """:meth:`admit` for an article known by its source, id and word count."""
        self._record(source, article_id)
        if article_id in self.seen_ids:
            self.duplicates += 1
            self.seen_sources.add(source)
            return "duplicate"
        self.articles += 1
        self.words += n_words
        before = self.previous.get(source)
        if source in self.seen_sources or before is None:
            self.new += 1
        elif before == article_id:
            self.unchanged += 1
        else:
            self.changed += 1
        self.seen_sources.add(source)
        self.seen_ids.add(article_id)
        self.order.append(article_id)
        if article_id in self.cached_ids:
            self.reuse.add(article_id)
            return "reuse"
        return "analyse"

    @property
    def removed(self) -> int:
        return len(set(self.previous) - self.seen_sources)


def _stats(state: _RunState, tables: dict[str, int], **extra: Any) -> dict[str, Any]:
    return {
        "articles": sum(state.copies.values()),  # rows of the articles table: every copy
        "texts": state.articles,  # distinct texts (article_ids): what is analysed
        "words": state.words,
        "places": tables.get("places", 0),
        "mentions": tables.get("mentions", 0),
        "problems": tables.get("errors", 0),
        "new": state.new,
        "changed": state.changed,
        "unchanged": state.unchanged,
        "removed": state.removed,
        "cached": len(state.reuse),
        "duplicates": state.duplicates,
        **extra,
    }


def manifest(
    run_id: str,
    key: str,
    stats: dict[str, Any],
    rows: dict[str, int],
    parts: Mapping[str, list[dict[str, Any]]] | None = None,
    previous_run: str | None = None,
) -> dict[str, Any]:
    """What ``_manifest.json`` of a run says: who wrote it, with which code (``version_key``),
    its tables' rows and parts, its statistics, and the run it replaced."""
    import helpers

    return {
        "run_id": run_id,
        "version_key": key,
        "helpers_version": helpers.__version__,
        "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "previous_run": previous_run,
        "tables": rows,
        "parts": dict(parts or {}),
        "stats": stats,
    }


def _assemble(
    run: Path,
    state: _RunState,
    cache: Cache,
    shards: RunShards,
    previous: Previous,
    parts: dict[str, list[dict[str, Any]]],
) -> dict[str, int]:
    """Write the four results tables, each in articles-table order: cached rows and this run's
    new rows merged, grouped by article (memory: one chunk); the leading parts that a rerun
    leaves unchanged are linked from the published run (see :func:`store.write_table`)."""
    rows = dict.fromkeys(RESULT_TABLES, 0)
    reused_tables = previous.folder is not None and previous.folder in cache.sources
    prefix = 0
    if reused_tables:
        prefix = shared_prefix(state.order, previous.order, state.reuse.__contains__)
    for name in RESULT_TABLES:

        def rows_for(chunk: list[str], name: str = name) -> list[pa.Table]:
            reuse = {i for i in chunk if i in state.reuse}
            return cache.fetch(reuse, (name,))[name] + shards.take(name, set(chunk) - reuse)

        rows[name], parts[name] = store.write_table(
            run,
            name,
            table_schema(name),
            state.order,
            rows_for,
            previous=previous if reused_tables else None,
            prefix=prefix,
            # load errors lead the errors table (it is small: always written anew)
            head=errors_table(state.load_errors, None) if name == "errors" else None,
            chunk_size=store.ASSEMBLE_CHUNK,
        )
    return rows


def analyze_local(
    source: Any,
    *,
    out: Path,
    geocoder: Any,
    workers: int,
    lang: str,
    batch_size: int,
    progress: bool | None,
    started: float,
    story_threshold: float = DEFAULT_THRESHOLD,
    backend: Any = "dateline",
) -> Analysis:
    """The local engine's run (see :func:`helpers.pipeline.analyze` for the arguments), called
    with ``out``'s writer lock held from the first read of the cache to the publish."""
    from helpers.recognise.spacy_backend import backend_key

    key = stages.version_key(
        geocoder=stages.geocoder_name(geocoder), lang=lang, backend=backend_key(backend)
    )
    loader = stages.loader_key()
    run_id = uuid.uuid4().hex[:16]
    previous = Previous.read(out)
    cache = Cache.open(out, key, previous)
    state = _RunState(previous=previous.sources, cached_ids=cache.ids)
    staging = store.new_run(out, run_id)
    articles = ArticleParts(staging)
    copies = CopyRows()  # later copies of a text: rows of their own, analysed once
    signatures: dict[str, Any] = {}  # story signatures the workers computed, by article_id
    copy_buffer: list[dict[str, Any]] = []
    shards = RunShards(out, key, run_id)
    buffer: list[dict[str, Any]] = []
    bar = _progress(_guess_total(source), progress, "analysing")

    # Input files whose size and mtime are those of the last run are not read: their records
    # come back from the input index, their rows from the previous tables.
    files = input_files(source)
    entries: list[dict[str, Any]] = []  # this run's input index
    plan: list[dict[str, Any] | None] = []  # per file: the previous entry to reuse, or None
    tails: dict[int, dict[str, Any]] = {}  # files that only grew: position → fingerprint now
    if files is not None:
        index = InputIndex.read(previous.folder or out, previous.manifest.get("run_id"), loader)
        entries, plan, tails = plan_reads(files, index, state.previous, cache.ids)
    words = previous.words
    reused_rows: set[str] = set()

    def records() -> Iterator[
        tuple[dict[str, Any] | None, dict[str, Any] | LoadProblem | SkippedFile]
    ]:
        if files is None:
            for item in iter_records(source):
                yield None, item
            return
        # A reader pool pays when reading is the work (a rerun whose articles are mostly cached).
        # On a cold run analysis is ~15x the reading: readers would take cores from the analysis
        # pool, and every text would cross process boundaries twice (reader -> parent -> worker),
        # so the parent reads in-process (~0.2 ms/article), well ahead of the workers.
        from helpers.load import iter_jsonl_tail

        readers = workers if cache.ids else 1
        reader = read_files([f for f, e in zip(files, plan, strict=True) if e is None], readers)
        for position, (entry, reuse) in enumerate(zip(entries, plan, strict=True)):
            if reuse is not None:
                yield entry, SkippedFile(reuse)  # its records are admitted in one loop
                if position in tails:  # then the lines appended since the last run
                    for item in iter_jsonl_tail(entry["path"], reuse["size"], reuse["lines"] + 1):
                        yield entry, item if is_article(item) else as_problem(item)
                    fingerprint_entry(entry, tails[position])
                continue
            path, items = next(reader)
            if path != entry["path"]:  # the reader must follow the plan, or rows would mix up
                raise RuntimeError(f"input reader out of step: {path} != {entry['path']}")
            for item in items:
                yield entry, item
            fingerprint_entry(entry, jsonl_fingerprints(Path(path), [entry["size"]])[0])

    def to_analyse() -> Iterator[dict[str, Any]]:
        for entry, item in records():
            if isinstance(item, SkippedFile):
                # ~100k records on a rerun of 100k: no dict, generator step or bar update each
                assert entry is not None
                entry["errors"] = item.entry["errors"]
                entry["records"] = item.entry["records"]
                # an unchanged file keeps its digest: a later append is read from its end
                for kept in ("digest", "lines"):
                    if kept in item.entry:
                        entry[kept] = item.entry[kept]
                state.load_errors.extend(LoadProblem(*error) for error in entry["errors"])
                reused_rows.update(state.admit_skipped(entry["records"], words))
                bar.update(len(entry["records"]))
                continue
            if isinstance(item, LoadProblem):
                state.load_errors.append(item)
                if entry is not None:
                    entry["errors"].append([item.source, item.stage, item.error])
                continue
            if entry is not None:
                entry["records"].append([str(item.get("source", "")), str(item["article_id"])])
            verdict = state.admit(item)
            if verdict == "duplicate":
                copy_buffer.append(item)
                if len(copy_buffer) >= 1_000:
                    copies.add_records(copy_buffer)
                    copy_buffer.clear()
                continue
            buffer.append(item)
            if len(buffer) >= 1_000:
                articles.write_records(buffer)
                buffer.clear()
            if verdict == "analyse":
                yield item
            else:
                bar.update(1)

    analysed = 0
    try:
        # A cold run over many input files: the workers read and clean their files too, so the
        # parent (admitting, writing, keeping the order) takes no core from them.
        groups = file_groups(files) if files is not None and workers > 1 else []
        in_workers = all(e is None for e in plan) and len(groups) >= 2 * workers
        if in_workers:
            by_path = {entry["path"]: entry for entry in entries}
            analysed = _analyse_in_workers(
                groups,
                by_path,
                state,
                articles,
                shards,
                bar,
                workers,
                geocoder,
                lang,
                batch_size,
                copies,
                signatures,
                backend,
            )
        batches = batched(iter(()) if in_workers else to_analyse(), batch_size)
        used_workers = workers
        if workers > 1 and not in_workers:
            # Starting a pool costs a few seconds (the gazetteer and dictionaries load first); a
            # rerun with a couple of batches of new articles is faster in-process.
            head = [b for _, b in zip(range(3), batches, strict=False)]
            if len(head) < 3:
                used_workers = 1
            batches = _chain(head, batches)
        for batch, results in _map_batches(
            batches, workers=used_workers, geocoder=geocoder, lang=lang, backend=backend
        ):
            analysed += len(batch)
            bar.update(len(batch))
            signatures.update(results.pop(SIGNATURES, None) or {})
            shards.add(results, [str(r["article_id"]) for r in batch])
        shards.flush()
        if buffer:
            articles.write_records(buffer)
            buffer.clear()
        copies.add_records(copy_buffer)
        copy_buffer.clear()
        bar.close()

        # The run's one serial phase, on two threads: the results tables (which need no story)
        # are written while the stories are grouped, then the articles table (which does).
        # Parquet encoding and compression, Arrow's filters and the stories' NumPy work release
        # the GIL, so the other core no longer idles (the phase was ~12% of a cold 10k run).
        parts: dict[str, list[dict[str, Any]]] = {}
        with ThreadPoolExecutor(max_workers=1) as writer:
            results_written = writer.submit(
                _assemble, staging, state, cache, shards, previous, parts
            )
            # Stories: this run's new texts hashed and matched against the published run's
            # index, which is saved into this run's folder (published with the tables, or not
            # at all). thread_time: the writer thread's CPU is not the stories'.
            stories_started = time.thread_time()
            index, stories_before = load_story_index(previous.folder, story_threshold)
            previous_articles = [table_path(previous.folder, "articles")] if previous.folder else []
            story_of = assign_stories(
                index,
                state.order,
                lambda ids: texts_from_tables(
                    [path for path, _ in articles.parts] + previous_articles, ids
                ),
                save_to=staging,
                known=signatures,
            )
            del index
            signatures.clear()
            stories_cpu = time.thread_time() - stories_started  # the run's cost of stories
            _write_articles(
                staging,
                state,
                articles,
                reused_rows,
                previous,
                parts,
                copies,
                story_of,
                stories_before,
            )
            results = results_written.result()
        InputIndex.write(staging, run_id, loader, entries)
        rows = {"articles": sum(state.copies.values()), **results}
        seconds = time.perf_counter() - started
        stats = _stats(
            state,
            rows,
            analysed=analysed,
            seconds=round(seconds, 3),
            engine="local",
            workers=used_workers,
            inputs_read=sum(e is None for e in plan),
            inputs_skipped=sum(e is not None for e in plan) - len(tails),
            inputs_appended=len(tails),
            retried=len(cache.failed.intersection(state.order)),
            stories=len(set(story_of.values())),
            stories_cpu=round(stories_cpu, 3),
        )
        previous_run = previous.manifest.get("run_id")
        store.publish(out, staging, manifest(run_id, key, stats, rows, parts, previous_run))
    except BaseException:
        bar.close()
        # Keep what was analysed: the next run resumes from the checkpoint shards.
        with contextlib.suppress(Exception):
            shards.flush()
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return Analysis(out, stats)


# The ids a worker need not analyse (the cache's): set before the pool forks, so every worker
# shares it without a copy.
_CACHED: frozenset[str] = frozenset()


class GroupResult(NamedTuple):
    """What a worker returns for a group of input files it read and analysed: per file
    (path, its records as (source, article_id, n_words), its load problems, its JSON Lines
    fingerprint), the articles rows of the group's distinct articles, the ids it analysed and
    their results."""

    files: list[tuple[str, list[tuple[str, str, int]], list[LoadProblem], dict[str, Any] | None]]
    articles: pa.Table | None
    analysed: list[str]
    results: dict[str, pa.Table | None]
    signatures: dict[str, Any] | None = None  # story signatures of the analysed texts


def read_and_analyse(
    paths: list[str],
    sizes: list[int],
    geocoder: Any,
    lang: str,
    batch_size: int,
    backend: Any = "dateline",
) -> GroupResult:
    """Pool task: read and clean a group of files, analyse its articles the cache lacks."""
    files: list[
        tuple[str, list[tuple[str, str, int]], list[LoadProblem], dict[str, Any] | None]
    ] = []
    rows: list[dict[str, Any]] = []
    todo: list[dict[str, Any]] = []
    seen: set[str] = set()
    for path, size in zip(paths, sizes, strict=True):
        records: list[tuple[str, str, int]] = []
        problems: list[LoadProblem] = []
        for item in iter_records([Path(path)]):
            if isinstance(item, LoadProblem):
                problems.append(item)
                continue
            article_id = str(item["article_id"])
            n_words = 0
            with contextlib.suppress(TypeError, ValueError):
                n_words = int(item.get("n_words") or 0)
            records.append((str(item.get("source", "")), article_id, n_words))
            rows.append(item)  # every copy: the parent decides which is an article's first
            if article_id in seen:
                continue
            seen.add(article_id)
            if article_id not in _CACHED:
                todo.append(item)
        files.append((path, records, problems, jsonl_fingerprints(Path(path), [size])[0]))
    found: dict[str, list[pa.Table | None]] = {name: [] for name in RESULT_TABLES}
    for batch in batched(todo, batch_size):
        slim = [{k: r.get(k) for k in WORKER_FIELDS} for r in batch]
        tables = stages.analyze_batch(slim, geocoder=geocoder, lang=lang, backend=backend)
        for name, table in tables.items():
            found[name].append(table)
    return GroupResult(
        files,
        store.frame_table(rows) if rows else None,
        [str(r["article_id"]) for r in todo],
        {name: store.concat(tables) for name, tables in found.items()},
        batch_signatures(todo),  # here, where the texts are: the parent only groups
    )


def _only(table: pa.Table | None, ids: list[str]) -> pa.Table | None:
    """The rows of ``table`` whose article_id is one of ``ids``."""
    if table is None:
        return None
    return table.filter(pc.is_in(table["article_id"], value_set=pa.array(ids, pa.string())))


def _analyse_in_workers(
    groups: list[list[str]],
    by_path: dict[str, dict[str, Any]],
    state: _RunState,
    articles: ArticleParts,
    shards: RunShards,
    bar: Any,
    workers: int,
    geocoder: Any,
    lang: str,
    batch_size: int,
    copies: CopyRows | None = None,
    signatures: dict[str, Any] | None = None,
    backend: Any = "dateline",
) -> int:
    """Have the pool read, clean and analyse every group of files; admit their records in input
    order here (duplicates across groups, new/changed/unchanged), keep the rows of the first copy
    of each article, checkpoint the results. Returns how many articles were analysed."""
    global _CACHED
    _CACHED = frozenset(state.cached_ids)
    pool = _pool(workers, geocoder, lang, backend)
    pending = iter(groups)
    window: deque[Any] = deque()

    def submit() -> None:
        group = next(pending, None)
        if group is not None:
            sizes = [by_path[path]["size"] for path in group]
            window.append(
                pool.submit(read_and_analyse, group, sizes, geocoder, lang, batch_size, backend)
            )

    analysed = 0
    try:
        for _ in range(workers + 1):  # every worker busy, one group ready behind them
            submit()
        while window:
            done: GroupResult = window.popleft().result()
            submit()
            keep: list[str] = []
            first: list[bool] = []  # per row of done.articles: an article's first copy
            new: list[str] = []
            for path, records, problems, fingerprint in done.files:
                entry = by_path[path]
                for problem in problems:
                    state.load_errors.append(problem)
                    entry["errors"].append([problem.source, problem.stage, problem.error])
                for source, article_id, n_words in records:
                    entry["records"].append([source, article_id])
                    verdict = state.admit_id(source, article_id, n_words)
                    first.append(verdict != "duplicate")
                    if verdict != "duplicate":
                        keep.append(article_id)
                    if verdict == "analyse":
                        new.append(article_id)
                fingerprint_entry(entry, fingerprint)
                bar.update(len(records))
            if done.articles is not None and not all(first):
                mask = pa.array(first)
                if copies is not None:
                    copies.add_table(done.articles.filter(pc.invert(mask)))
                done = done._replace(articles=done.articles.filter(mask))
            if keep:
                articles.write_table(done.articles, keep)
            if signatures is not None and done.signatures:
                signatures.update(done.signatures)
            if new:
                same = len(new) == len(done.analysed)
                shards.add({n: t if same else _only(t, new) for n, t in done.results.items()}, new)
            analysed += len(new)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        _CACHED = frozenset()
    return analysed


def _write_articles(
    run: Path,
    state: _RunState,
    parts: ArticleParts,
    reused: set[str],
    previous: Previous,
    catalog: dict[str, list[dict[str, Any]]],
    copies: CopyRows | None = None,
    story_of: Mapping[str, str] | None = None,
    stories_before: Mapping[str, str] | None = None,
) -> None:
    """The articles table: rows read this run (``parts``: first copies; ``copies``: later ones)
    and rows of skipped input files (the published articles table's), every copy its row, grouped
    by text in articles order, copies in input order; ``story_id`` from ``story_of``. Its
    unchanged leading parts (same rows, same stories) are linked."""
    skipped = state.skipped_ids
    before = table_path(previous.folder, "articles") if previous.folder and skipped else None
    schema = articles_schema(parts.schemas)
    copies = copies if copies is not None else CopyRows()
    story_of = story_of or {}
    stories_before = stories_before or {}
    skipped_sources = pa.array(sorted(state.skipped_sources), type=pa.string())

    def rows_for(chunk: list[str]) -> list[pa.Table]:
        old = {i for i in chunk if i in reused}
        found = parts.take(set(chunk) - old)
        from_skipped = [i for i in chunk if i in skipped]
        if from_skipped and before is not None:
            rows = read_table(before, filters=pa.array(sorted(from_skipped), type=pa.string()))
            found.append(rows.filter(pc.is_in(rows["source"], value_set=skipped_sources)))
        found.extend(copies.take(chunk))
        return finish_rows(found, position=state.position, story_of=story_of)

    def same(article_id: str) -> bool:
        # the part holding it can be linked: rows from unchanged files only, as many as before,
        # in the same story
        return (
            article_id in reused
            and article_id not in copies.ids
            and state.copies.get(article_id) == previous.copies.get(article_id)
            and story_of.get(article_id) == stories_before.get(article_id)
        )

    prefix = shared_prefix(state.order, previous.order, same) if reused else 0
    _, catalog["articles"] = store.write_table(
        run,
        "articles",
        schema,
        state.order,
        rows_for,
        previous=previous if before is not None else None,
        prefix=prefix,
        chunk_size=min(store.ARTICLES_CHUNK, store.ASSEMBLE_CHUNK),
    )
    parts.close()


def _chain(head: list[Any], rest: Iterator[Any]) -> Iterator[Any]:
    yield from head
    yield from rest
