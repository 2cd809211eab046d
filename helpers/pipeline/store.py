"""The analysis store: the output folder's layout, its one writer, the cache, and how a run commits.

Owns *where a run commits*: :func:`publish`. Layout of ``out`` (``data/processed`` by default)::

    out/
      runs/<run_id>/                  one complete run, never changed once published
        articles.parquet/part-00000.parquet …   each table a directory of Parquet part files
        readability.parquet/ places.parquet/ mentions.parquet/ errors.parquet/
        _manifest.json  _inputs.json
      current -> runs/<run_id>        the published run: ONE symlink, replaced atomically
      articles.parquet -> current/articles.parquet     (and the other tables, _manifest.json,
      …                                                   _inputs.json: fixed links, made once)
      .partial/<version>/             checkpoints of a run that has not published yet
      .lock  .lock.json               the writer's lock (filelock) and who holds it since when

Why this layout:

- **One atomic switch publishes all five tables.** A run writes everything into its own
  ``runs/<run_id>/`` and then replaces the ``current`` symlink (``os.replace`` of a new link):
  a kill before that leaves the previous run published, after it the new one. There is no moment
  at which ``out/places.parquet`` and ``out/articles.parquet`` belong to different runs, so
  ``pd.read_parquet("data/processed/places.parquet")``, DuckDB's ``read_parquet('…/*.parquet')``,
  ``dask.dataframe.read_parquet`` and :class:`~helpers.pipeline.analysis.Analysis` all read one
  complete run. The run before stays on disk until the next run, so a reader that resolved
  ``current`` just before a switch finishes reading it.
- **A rerun costs what is new.** Parts hold consecutive articles of the articles order (chunks
  of ``chunk_size``); a part whose articles are unchanged and in the same place is *hard-linked*
  from the previous run (free, no bytes copied), only parts with new or changed articles are
  written. Reruns that each add a few articles leave small trailing parts; once more than
  ``SMALL_PARTS`` of them pile up they are written again as full ones (compaction). No
  hand-written binary format: pyarrow writes every part.
- **One writer per folder.** :func:`writer_lock` takes ``out/.lock`` with ``filelock`` (an OS
  lock, released when its process dies, even by kill -9); a second run waits, saying who holds it
  since when, or gives up after its timeout (:class:`OutputBusy`).
- **Failures are never cached.** The cache is the published tables (read back filtered by
  ``article_id``) plus checkpoints; an article with an ``errors`` row of its own (a stage that
  raised or reported :class:`~helpers.errors.IncompleteResult`) is not in it, so the next run
  retries it.

    >>> from helpers.pipeline.store import read_manifest
    >>> read_manifest("data/processed")["run_id"]                             # doctest: +SKIP
    '3f1c0a9e2b7d4c55'
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from helpers.errors import DatelineError
from helpers.pipeline.inputs import INPUTS, LoadProblem
from helpers.pipeline.stages import RESULT_TABLES, TABLES, table_schema

MANIFEST = "_manifest.json"
RUNS = "runs"
CURRENT = "current"
LOCK = ".lock"
LOCK_INFO = ".lock.json"
PARTIAL = ".partial"
ASSEMBLE_CHUNK = 20_000  # articles per part of a results table
# The articles table carries the texts (~4 KB per article): smaller parts keep memory flat.
ARTICLES_CHUNK = 2_000
SMALL_PARTS = 16  # small trailing parts a table may collect before they are written again
SHARD_ARTICLES = 2_000  # new articles per checkpoint shard (flushed from the parent's memory)
# Scratch files are written once and read once within a run (or a resumed one): lz4 writes+reads
# them ~3x faster than zstd for ~1.6x the bytes; the published tables are zstd.
SCRATCH_COMPRESSION = "lz4"


class OutputBusy(DatelineError, TimeoutError):
    """Another analysis holds the output folder and did not finish within the timeout."""


# ---------------------------------------------------------------------------------------------
# one writer per output folder
# ---------------------------------------------------------------------------------------------


def lock_holder(out: str | os.PathLike[str]) -> str:
    """Who holds ``out``'s lock, in words ("pid 1234 on host, since 10:42:07"), from the note
    the holder leaves beside the lock."""
    try:
        info = json.loads((Path(out) / LOCK_INFO).read_text(encoding="utf-8"))
        since = time.strftime("%H:%M:%S", time.localtime(info["since"]))
        return f"pid {info['pid']} on {info['host']}, since {since}"
    except (OSError, ValueError, KeyError, TypeError):
        return "another process"


@contextlib.contextmanager
def writer_lock(
    out: Path, *, timeout: float | None = None, notify: Callable[[str], None] | None = None
) -> Iterator[None]:
    """Hold ``out``'s writer lock for the block: one analysis writes to a folder at a time.

    The lock is ``filelock``'s (``fcntl``/``msvcrt``), so the OS releases it when its process
    dies however it dies. When another run holds it, ``notify`` (if given) gets one message
    saying who and since when, then this waits up to ``timeout`` seconds (None: as long as it
    takes) and raises :class:`OutputBusy` if the folder is still taken.

    >>> with writer_lock(Path("/tmp/dateline-doctest")):                       # doctest: +SKIP
    ...     pass
    """
    from filelock import FileLock, Timeout

    out.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(out / LOCK))
    try:
        lock.acquire(timeout=0)
    except Timeout:
        holder = lock_holder(out)
        if notify is not None:
            wait = "waiting" if timeout is None else f"waiting up to {timeout:g} s"
            notify(
                f"another analysis is writing to {out} ({holder}): {wait} "
                "(or use another --out / out=)"
            )
        try:
            lock.acquire(timeout=-1 if timeout is None else timeout)
        except Timeout:
            raise OutputBusy(
                f"another analysis is writing to {out} ({holder}); gave up after "
                f"{timeout:g} s: wait for it to finish or use another --out / out="
            ) from None
    try:
        note = {"pid": os.getpid(), "host": socket.gethostname(), "since": time.time()}
        (out / LOCK_INFO).write_text(json.dumps(note), encoding="utf-8")
        yield
    finally:
        lock.release()


# ---------------------------------------------------------------------------------------------
# reading the published run
# ---------------------------------------------------------------------------------------------


def table_path(out: str | os.PathLike[str], name: str) -> Path:
    """Where users read table ``name``: ``out/<name>.parquet`` (a directory of parts).

    >>> table_path("data/processed", "places").as_posix()
    'data/processed/places.parquet'
    """
    return Path(out) / f"{name}.parquet"


def published_run(out: str | os.PathLike[str]) -> Path:
    """The folder of the run published in ``out``, resolved once (so everything read from it
    belongs to that run even if another run publishes meanwhile); ``out`` itself for a folder
    written before runs had folders of their own."""
    out = Path(out)
    current = out / CURRENT
    if current.is_symlink() or current.is_dir():
        return Path(os.path.realpath(current))
    return out


def read_manifest(out: str | os.PathLike[str]) -> dict[str, Any] | None:
    """The manifest of the run published in ``out`` (None when there is none)."""
    return _manifest_in(published_run(out))


def _manifest_in(folder: Path) -> dict[str, Any] | None:
    try:
        return json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (FileNotFoundError, NotADirectoryError, json.JSONDecodeError):
        return None


def read_table(path: Path, *, columns: list[str] | None = None, filters: Any = None) -> pa.Table:
    """A table (a directory of parts, or a single file of an older layout), optionally only some
    columns and the rows of some ``article_id``s."""
    if path.is_dir():
        import pyarrow.dataset as ds

        dataset = ds.dataset(path, format="parquet")
        expr = pc.field("article_id").isin(filters) if filters is not None else None
        return dataset.to_table(columns=columns, filter=expr)
    kwargs: dict[str, Any] = {"columns": columns}
    if filters is not None:
        kwargs["filters"] = [("article_id", "in", filters)]
    return pq.read_table(path, **kwargs)


@dataclass
class Previous:
    """What the published run says: its folder, manifest, article order, source → article_id,
    article_id → n_words (one read of three columns), and the ids whose analysis failed."""

    folder: Path | None = None
    manifest: dict[str, Any] = field(default_factory=dict)
    order: list[str] = field(default_factory=list)
    sources: dict[str, str] = field(default_factory=dict)
    words: dict[str, int] = field(default_factory=dict)
    failed: set[str] = field(default_factory=set)
    copies: dict[str, int] = field(default_factory=dict)  # article_id → rows (copies) it had

    @classmethod
    def read(cls, out: Path) -> Previous:
        folder = published_run(out)
        manifest = _manifest_in(folder)
        path = table_path(folder, "articles")
        if manifest is None or not path.exists():
            return cls()
        try:
            table = read_table(path, columns=["source", "article_id", "n_words"])
            errors = read_table(table_path(folder, "errors"), columns=["article_id"])
        except (pa.ArrowInvalid, OSError, KeyError):
            return cls()
        # every copy has its row (source → article_id); the order is of distinct texts
        ids = table["article_id"].to_pylist()
        copies: dict[str, int] = {}
        for article_id in ids:
            copies[article_id] = copies.get(article_id, 0) + 1
        failed = {i for i in errors["article_id"].to_pylist() if i}
        return cls(
            folder,
            manifest,
            list(copies),
            dict(zip(table["source"].to_pylist(), ids, strict=True)),
            dict(zip(ids, table["n_words"].to_pylist(), strict=True)),
            failed,
            copies,
        )

    def parts(self, name: str) -> list[dict[str, Any]]:
        """The published table's parts, each with the number of consecutive articles of the
        order it holds (absent for a run whose parts are not in articles order, e.g. Dask's)."""
        return list((self.manifest.get("parts") or {}).get(name) or [])


@dataclass
class Cache:
    """Results already computed by this version of the helpers, failures excluded: the published
    tables plus checkpoint shards of runs that did not publish."""

    out: Path
    key: str
    ids: set[str] = field(default_factory=set)
    failed: set[str] = field(default_factory=set)  # analysed, but with errors: retried
    sources: list[Path] = field(default_factory=list)  # folders holding results tables

    @classmethod
    def open(cls, out: Path, key: str, previous: Previous) -> Cache:
        cache = cls(out, key)
        if previous.folder is not None and previous.manifest.get("version_key") == key:
            # every article of a published articles table has results (a readability row, or an
            # errors row when that failed), so its ids are the analysed ids: one column of one
            # table instead of the article_id column of every results table (~3M rows at 100k)
            cache.failed = set(previous.failed)
            ids = set(previous.order) - cache.failed
            if ids:
                cache.ids |= ids
                cache.sources.append(previous.folder)
        partial = out / PARTIAL / key
        if partial.is_dir():
            for shard in sorted(partial.iterdir()):
                if shard.is_dir() and not shard.name.startswith("."):
                    cache._add_shard(shard)
        return cache

    def _add_shard(self, folder: Path) -> None:
        done = folder / "ids.json"
        if not done.exists():  # an incomplete shard (crash while writing it)
            return
        ids = set(json.loads(done.read_text(encoding="utf-8")))
        errors = table_path(folder, "errors")
        if errors.exists():
            failed = {i for i in pq.read_table(errors)["article_id"].to_pylist() if i}
            self.failed |= failed & ids
            ids -= failed
        if ids:
            self.ids |= ids
            self.sources.append(folder)

    def fetch(
        self, wanted: set[str], names: Iterable[str] = RESULT_TABLES
    ) -> dict[str, list[pa.Table]]:
        """Results rows of the ``wanted`` article ids, per table."""
        found: dict[str, list[pa.Table]] = {name: [] for name in names}
        if not wanted:
            return found
        values = pa.array(sorted(wanted), type=pa.string())
        for folder in self.sources:
            for name in found:
                path = table_path(folder, name)
                if path.is_dir():
                    found[name].extend(first_parts(path, values))
                elif path.exists():
                    table = read_table(path, filters=values)
                    if table.num_rows:
                        found[name].append(table)
        return found


def first_parts(folder: Path, values: pa.Array) -> list[pa.Table]:
    """Rows of ``values`` from a table of parts, each article's from the first part that has it
    (a Dask run lists an article found in two input shards once per shard)."""
    found: list[pa.Table] = []
    seen: set[str] = set()
    for part in sorted(folder.glob("*.parquet")):
        table = pq.read_table(part, filters=[("article_id", "in", values)])
        if not table.num_rows:
            continue
        if seen:
            old = pa.array(sorted(seen), type=pa.string())
            table = table.filter(pc.invert(pc.is_in(table["article_id"], value_set=old)))
        seen.update(pc.unique(table["article_id"]).to_pylist())
        if table.num_rows:
            found.append(table)
    return found


def first_rows(table: pa.Table) -> pa.Table:
    """One row per article_id (the first): a Dask articles table lists an article once per input
    shard that holds it; the local engine keeps the first."""
    ids = table["article_id"].to_pylist()
    if len(set(ids)) == len(ids):
        return table
    seen: set[str] = set()
    keep = [not (i in seen or seen.add(i)) for i in ids]  # type: ignore[func-returns-value]
    return table.filter(pa.array(keep))


# ---------------------------------------------------------------------------------------------
# tables in the making
# ---------------------------------------------------------------------------------------------


def concat(parts: list[pa.Table | None]) -> pa.Table | None:
    tables = [t for t in parts if t is not None]
    if not tables:
        return None
    return pa.concat_tables(tables, promote_options="permissive")


def conform(table: pa.Table, schema: pa.Schema) -> pa.Table:
    """Give ``table`` exactly ``schema``'s columns, types and metadata (missing columns: nulls)."""
    columns = []
    for fld in schema:
        if fld.name in table.column_names:
            columns.append(table[fld.name].cast(fld.type))
        else:
            columns.append(pa.nulls(table.num_rows, type=fld.type))
    return pa.Table.from_arrays(columns, schema=schema)


def order_results(parts: list[pa.Table | None], order: pa.Array) -> pa.Table | None:
    """Rows grouped by article in articles-table order, stable within an article."""
    table = concat(parts)
    if table is None:
        return None
    if not table.num_rows or "article_id" not in table.column_names:
        return table
    position = pc.index_in(table["article_id"], value_set=order)
    if not position.null_count and len(position) > 1:
        steps = position.to_numpy()
        if (steps[1:] >= steps[:-1]).all():
            return table  # already in order (new rows usually are): no copy of the text columns
    table = table.append_column("__pos", position).append_column(
        "__row", pa.array(range(table.num_rows), type=pa.int64())
    )
    table = table.filter(pc.is_valid(table["__pos"]))  # rows of articles no longer present
    table = table.sort_by([("__pos", "ascending"), ("__row", "ascending")])
    return table.drop_columns(["__pos", "__row"])


def frame_table(records: list[dict[str, Any]]) -> pa.Table:
    """Articles rows as Arrow with exactly the dtypes ``load_articles`` gives them (plus
    ``author``, <NA> where the loader does not give one)."""
    from helpers.load import ARTICLE_COLUMNS, articles_frame

    frame = articles_frame(records)
    extra = [c for c in records[0] if c not in ARTICLE_COLUMNS] if records else []
    for column in extra:  # rows from a DataFrame may carry more columns: keep them
        frame[column] = [r.get(column) for r in records]
    table = pa.Table.from_pandas(frame, preserve_index=False)
    return table.replace_schema_metadata(None)


def articles_schema(tables: Iterable[pa.Schema]) -> pa.Schema:
    """The articles table's schema: the documented one, plus any extra column that rows from a
    DataFrame carried."""
    schema = table_schema("articles")
    for other in tables:
        for fld in other:
            if fld.name not in schema.names:
                schema = schema.append(fld)
    return schema


def errors_table(problems: list[LoadProblem], analysis_errors: pa.Table | None) -> pa.Table:
    """Load problems first (no ``article_id``), then the stages' errors rows."""
    schema = table_schema("errors")
    first = pa.Table.from_pylist(
        [
            {"source": e.source, "stage": e.stage, "error": e.error, "article_id": None}
            for e in problems
        ],
        schema=schema,
    )
    if analysis_errors is None or not analysis_errors.num_rows:
        return first
    return pa.concat_tables([first, conform(analysis_errors, schema)])


def write_scratch(table: pa.Table, path: Path) -> None:
    pq.write_table(table, path, compression=SCRATCH_COMPRESSION)


class ArticleParts:
    """The articles rows read this run, streamed to scratch files in the run's folder (memory
    stays one batch) and taken back in articles order when the table is written."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder / ".parts-articles"
        self.folder.mkdir(parents=True, exist_ok=True)
        self.parts: deque[tuple[Path, list[str]]] = deque()
        self.schemas: list[pa.Schema] = []
        self._loaded: pa.Table | None = None

    def write_records(self, records: list[dict[str, Any]]) -> None:
        if records:
            self.write_table(frame_table(records), [str(r["article_id"]) for r in records])

    def write_table(self, table: pa.Table, ids: list[str]) -> None:
        """Rows of the articles ``ids``, in that order (one row each)."""
        path = self.folder / f"{len(self.schemas):06d}.parquet"
        write_scratch(table, path)
        self.schemas.append(table.schema)
        self.parts.append((path, ids))

    def take(self, wanted: set[str]) -> list[pa.Table]:
        """Rows of the next read articles (they arrive in articles order, so parts are consumed
        front first)."""
        found: list[pa.Table] = []
        if not wanted:
            return found
        values = pa.array(sorted(wanted), type=pa.string())
        while self.parts:
            path, ids = self.parts[0]
            if self._loaded is None:
                self._loaded = pq.read_table(path)
            rows = self._loaded.filter(pc.is_in(self._loaded["article_id"], value_set=values))
            if rows.num_rows:
                found.append(rows)
            if ids[-1] not in wanted:
                break
            self.parts.popleft()
            self._loaded = None
        return found

    def close(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def write_checkpoint(
    out: Path, key: str, tables: Mapping[str, list[pa.Table | None]], ids: list[str], name: str
) -> Path:
    """Write one shard of results atomically (a folder renamed into place, ids.json inside)."""
    folder = out / PARTIAL / key
    staging = folder / f".tmp-{name}"
    staging.mkdir(parents=True, exist_ok=True)
    for table_name, parts in tables.items():
        merged = concat(parts)
        if merged is not None and merged.num_rows:
            write_scratch(merged, table_path(staging, table_name))
    (staging / "ids.json").write_text(json.dumps(ids), encoding="utf-8")
    os.replace(staging, folder / name)
    return folder / name


class RunShards:
    """This run's new results, flushed every ``SHARD_ARTICLES`` articles as a checkpoint shard
    under ``out/.partial/<version>/`` and read back in order when the tables are written.

    The shards keep memory flat (results never pile up in the parent) and are what a rerun after
    a crash, a kill or Ctrl-C finds in the cache.
    """

    def __init__(self, out: Path, key: str, run_id: str, per_shard: int = SHARD_ARTICLES) -> None:
        self.out, self.key, self.run_id, self.per_shard = out, key, run_id, per_shard
        self.pending: dict[str, list[pa.Table | None]] = {name: [] for name in RESULT_TABLES}
        self.pending_ids: list[str] = []
        self.shards: list[tuple[Path, list[str]]] = []
        # each table is written on its own, so each has its own place in the shard list
        self.cursor = dict.fromkeys(RESULT_TABLES, 0)
        self._loaded: dict[str, pa.Table | None] = dict.fromkeys(RESULT_TABLES)
        self.written = 0

    def add(self, results: Mapping[str, pa.Table | None], ids: list[str]) -> None:
        for name, table in results.items():
            self.pending[name].append(table)
        self.pending_ids.extend(ids)
        if len(self.pending_ids) >= self.per_shard:
            self.flush()

    def flush(self) -> None:
        if not self.pending_ids:
            return
        name = f"{self.run_id}-{self.written:06d}"
        path = write_checkpoint(self.out, self.key, self.pending, self.pending_ids, name)
        self.shards.append((path, self.pending_ids))
        self.pending = {name: [] for name in RESULT_TABLES}
        self.pending_ids = []
        self.written += 1

    def take(self, name: str, wanted: set[str]) -> list[pa.Table]:
        """Rows of table ``name`` of the next new articles, ``wanted`` being the new ids of one
        output chunk (new ids arrive in the order the shards hold them, so each table consumes
        the shards front first)."""
        found: list[pa.Table] = []
        if not wanted:
            return found
        values = pa.array(sorted(wanted), type=pa.string())
        while self.cursor[name] < len(self.shards):
            path, ids = self.shards[self.cursor[name]]
            table = self._loaded[name]
            if table is None:
                file = table_path(path, name)
                table = pq.read_table(file) if file.exists() else table_schema(name).empty_table()
                self._loaded[name] = table
            if table.num_rows:
                rows = table.filter(pc.is_in(table["article_id"], value_set=values))
                if rows.num_rows:
                    found.append(rows)
            if ids[-1] not in wanted:
                break  # the rest of this shard belongs to the next chunk
            self.cursor[name] += 1
            self._loaded[name] = None
        return found


def shared_prefix(order: list[str], previous: list[str], same: Callable[[str], bool]) -> int:
    """How many leading articles of ``order`` are the previous table's, in its order, with rows
    that ``same`` says are unchanged."""
    count = 0
    for now, before in zip(order, previous, strict=False):
        if now != before or not same(now):
            break
        count += 1
    return count


def _part_name(index: int) -> str:
    return f"part-{index:05d}.parquet"


def _link(src: Path, dst: Path) -> None:
    """A hard link (free: no bytes copied); a copy where the file system has none."""
    try:
        os.link(src, dst)
    except OSError:
        shutil.copyfile(src, dst)


def _reusable_parts(
    parts: list[dict[str, Any]], folder: Path, schema: pa.Schema, prefix: int, chunk: int
) -> list[dict[str, Any]]:
    """The leading parts of a published table that a rerun keeps as they are: all their articles
    lie in the first ``prefix`` articles of the new order (unchanged rows, unchanged place) and
    the table keeps its schema. More than ``SMALL_PARTS`` small parts (a quarter of ``chunk``
    articles or less, left by reruns that each added a few) stop the reuse at the first of them,
    so they are written again as full parts: the compaction."""
    keep: list[dict[str, Any]] = []
    covered = 0
    for part in parts:
        if "articles" not in part or covered + part["articles"] > prefix:
            break
        keep.append(part)
        covered += part["articles"]
    files = [p["file"] for p in keep if p.get("file")]
    if files:
        try:
            if not pq.read_schema(folder / files[0]).equals(schema, check_metadata=True):
                return []
        except (OSError, pa.ArrowInvalid):
            return []
    small = [i for i, p in enumerate(keep) if p["articles"] <= chunk // 4]
    if len(small) > SMALL_PARTS:
        keep = keep[: small[0]]
    return keep


def write_table(
    run: Path,
    name: str,
    schema: pa.Schema,
    order: list[str],
    rows_for: Callable[[list[str]], list[pa.Table]],
    *,
    previous: Previous | None = None,
    prefix: int = 0,
    head: pa.Table | None = None,
    chunk_size: int = ASSEMBLE_CHUNK,
) -> tuple[int, list[dict[str, Any]]]:
    """Write table ``name`` into the run folder ``run`` as parts: ``head`` rows, then the rows of
    the ``order`` articles grouped by article in that order, ``chunk_size`` articles per part
    (``rows_for`` gives a chunk's rows, in any order; memory: one chunk).

    The leading parts of the ``previous`` run's table that hold only its first ``prefix``
    articles (unchanged rows in the unchanged order) are hard-linked instead of written.
    Returns (rows, the parts: file, articles, rows — what the next run's reuse reads).
    """
    folder = table_path(run, name)
    folder.mkdir(parents=True, exist_ok=True)
    parts: list[dict[str, Any]] = []
    rows = covered = 0
    if previous is not None and previous.folder is not None and head is None and prefix:
        before = table_path(previous.folder, name)
        for part in _reusable_parts(previous.parts(name), before, schema, prefix, chunk_size):
            entry = {"articles": part["articles"], "rows": part["rows"], "file": None}
            if part.get("file"):
                entry["file"] = _part_name(len(parts))
                _link(before / part["file"], folder / entry["file"])
            parts.append(entry)
            covered += part["articles"]
            rows += part["rows"]

    def put(table: pa.Table, articles: int) -> None:
        nonlocal rows
        entry: dict[str, Any] = {"articles": articles, "rows": table.num_rows, "file": None}
        if table.num_rows:
            entry["file"] = _part_name(len(parts))
            pq.write_table(conform(table, schema), folder / entry["file"], compression="zstd")
        parts.append(entry)
        rows += table.num_rows

    if head is not None and head.num_rows:
        put(head, 0)
    for start in range(covered, len(order), chunk_size):
        chunk = order[start : start + chunk_size]
        table = order_results(rows_for(chunk), pa.array(chunk, type=pa.string()))
        put(table if table is not None else schema.empty_table(), len(chunk))
    if not any(p["file"] for p in parts):  # readers need one file to know the columns
        pq.write_table(schema.empty_table(), folder / _part_name(len(parts)), compression="zstd")
    return rows, parts


# ---------------------------------------------------------------------------------------------
# publishing a run
# ---------------------------------------------------------------------------------------------


def new_run(out: Path, run_id: str) -> Path:
    """The folder a new run writes into (unpublished until :func:`publish`)."""
    folder = out / RUNS / run_id
    folder.mkdir(parents=True)
    return folder


@contextlib.contextmanager
def _defer_sigint() -> Iterator[None]:
    """Hold Ctrl-C while a run publishes, then deliver it (main thread only)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    received: list[Any] = []
    previous = signal.signal(signal.SIGINT, lambda *args: received.append(args))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        if received:
            raise KeyboardInterrupt


def _symlink(target: str, link: Path) -> None:
    """Point ``link`` at ``target`` atomically (a new link renamed over the old name)."""
    temporary = link.with_name(f".{link.name}.{os.getpid()}.new")
    with contextlib.suppress(FileNotFoundError):
        os.remove(temporary)
    os.symlink(target, temporary)
    if link.is_dir() and not link.is_symlink():  # a table of the layout before run folders
        shutil.rmtree(link)
    os.replace(temporary, link)


def publish(out: Path, run: Path, manifest: dict[str, Any]) -> None:
    """Publish the complete run folder ``run``: its manifest, then ONE atomic switch of
    ``out/current``; afterwards the checkpoints and the runs older than the one replaced go
    (the caller holds the lock)."""
    (run / MANIFEST).write_text(json.dumps(manifest, indent=2, default=str), encoding="utf-8")
    names = [table_path(Path(), name).name for name in TABLES] + [MANIFEST, INPUTS]
    with _defer_sigint():
        # Fixed links into current/, made once: dangling until the first switch, so a reader of
        # a new folder sees no table rather than half of one.
        for name in names:
            if not (out / name).exists() and not (out / name).is_symlink():
                _symlink(f"{CURRENT}/{name}", out / name)
        _symlink(f"{RUNS}/{run.name}", out / CURRENT)  # the switch
        # A folder of the older layout (tables as plain files) is converted now; its readers
        # may see a mix only this once.
        for name in names:
            link = out / name
            if not (link.is_symlink() and os.readlink(link) == f"{CURRENT}/{name}"):
                _symlink(f"{CURRENT}/{name}", link)
    shutil.rmtree(out / PARTIAL, ignore_errors=True)
    clean_leftovers(out)  # runs older than the one just replaced


def clean_leftovers(out: Path) -> list[str]:
    """Remove what killed runs left (their run folders, scratch and trash of older layouts),
    keeping the published run and the one before it (a reader may still be reading it). Only
    the lock holder calls this. Returns the names removed."""
    removed: list[str] = []
    published = published_run(out)
    keep = {published.name, str((_manifest_in(published) or {}).get("previous_run"))}
    runs = out / RUNS
    if runs.is_dir():
        for folder in sorted(runs.iterdir()):
            if folder.name not in keep:
                shutil.rmtree(folder, ignore_errors=True)
                removed.append(f"{RUNS}/{folder.name}")
    for pattern in (".tmp-*", ".trash-*", ".current.*.new", ".*.parquet.*.new"):
        for leftover in out.glob(pattern):
            if leftover.is_dir() and not leftover.is_symlink():
                shutil.rmtree(leftover, ignore_errors=True)
            else:
                leftover.unlink(missing_ok=True)
            removed.append(leftover.name)
    return removed
