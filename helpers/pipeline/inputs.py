"""The inputs: what a source expands to, reading it, and the input index that lets a rerun skip
what did not change.

Owns *where a rerun decides what to read*: :func:`plan_reads`, from :class:`InputIndex`
(``_inputs.json`` of the published run), which says per input file its size, mtime, the records
it gave and, for UTF-8 JSON Lines, a digest of its bytes, so an unchanged file is skipped unread
and a grown one is read from where the last run stopped. Also :func:`input_files` (the files of
a source, each under one canonical name) and :func:`read_files` (reading them in order, in a
small pool when there are several).

    >>> from helpers.pipeline.inputs import input_files
    >>> [p.name for p in input_files("data/articles")]                         # doctest: +SKIP
    ['000_a51ff8e45658a71a.txt']

Why one canonical name: a source's identity across runs is its path, so ``data/articles``,
``./data/articles/``, its absolute path, ``~/…`` and a symlink to it must all name each file the
same way, or every switch between them would re-read everything and report it new. The name is
the resolved absolute path (the ``source`` column shows it).

Trade-off of skipping by size and mtime: a file changed with its size and mtime forced back
(``touch -r``) is not noticed; delete ``_inputs.json`` (or use another ``out``) to re-read. A file
modified within ``RACY_NS`` of the moment it was checked is read anyway (git's "racy" files).
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

INPUTS = "_inputs.json"  # per input file: size, mtime and the records it gave (see InputIndex)
# A file modified this close to the moment it was checked may change again within the same
# mtime tick: it is not trusted as unchanged on the next run ("racy" files, as git calls them).
RACY_NS = 2_000_000_000
# Files holding many articles each: one task per file; loose article files go in groups.
SHARD_SUFFIXES = (".jsonl", ".ndjson", ".json", ".parquet", ".csv")
FILES_PER_PARTITION = 256


def start_method() -> str:
    """How worker processes start: ``$DATELINE_START_METHOD``, else fork on Linux, else spawn.

    With fork, a run works from a plain script without an ``if __name__ == "__main__"`` guard
    ("forkserver"/"spawn" re-import the caller's ``__main__``), and workers share the gazetteer
    the parent loaded."""
    return os.environ.get("DATELINE_START_METHOD") or (
        "fork" if sys.platform == "linux" else "spawn"
    )


def canonical_path(path: str | os.PathLike[str]) -> Path:
    """The one name of an input file however it was reached (relative, absolute, ``~``, through
    a symlinked folder, a trailing slash): its resolved absolute path.

    >>> canonical_path("~") == canonical_path(Path.home().resolve())
    True
    """
    return Path(os.path.realpath(os.path.expanduser(os.fspath(path))))


@dataclass(frozen=True)
class LoadProblem:
    """An input that gave no article (an errors row without ``article_id``)."""

    source: str
    stage: str
    error: str


def as_problem(item: Any) -> LoadProblem:
    get = item.get if isinstance(item, Mapping) else lambda k, d=None: getattr(item, k, d)
    return LoadProblem(
        str(get("source", "") or ""), str(get("stage", "load") or "load"), str(get("error", ""))
    )


def is_article(item: Any) -> bool:
    return isinstance(item, Mapping) and "article_id" in item and "text" in item


def _frame_records(frame: pd.DataFrame) -> Iterator[dict[str, Any] | LoadProblem]:
    for record in frame.to_dict("records"):
        yield record
    errors = frame.attrs.get("errors")
    if isinstance(errors, pd.DataFrame):
        for record in errors.to_dict("records"):
            yield as_problem(record)


def iter_records(source: Any) -> Iterator[dict[str, Any] | LoadProblem]:
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
        yield item if is_article(item) else as_problem(item)


def input_files(source: Any) -> list[Path] | None:
    """The files ``source`` expands to, in the loader's own order, each by its
    :func:`canonical_path`, or None when it is not only files (texts, dicts, a DataFrame, a
    missing path): those are read in one stream."""
    if isinstance(source, pd.DataFrame):
        return None
    from helpers.load import expand_sources  # the loader's expansion, so the order is its order

    files: list[Path] = []
    try:
        for kind, item in expand_sources(source):
            if kind != "path":
                return None
            files.append(canonical_path(item))
    except (TypeError, OSError):
        return None
    return files


def read_group(paths: list[str]) -> list[tuple[str, list[dict[str, Any] | LoadProblem]]]:
    """Pool task: read and clean a group of files; (path, its records) per file, in order."""
    return [(path, list(iter_records([Path(path)]))) for path in paths]


def watch_parent(parent: int, every: float = 0.5) -> None:
    """End this worker process when its parent is gone (killed with -9, say): a worker must not
    outlive its run, nor keep the output folder's lock (an inherited descriptor) held."""

    def watch() -> None:
        while True:
            time.sleep(every)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="dateline-parent-watch", daemon=True).start()


def reader_init(parent: int) -> None:
    """Initializer of a pool process: the parent handles Ctrl-C (and shuts the pool down), so an
    interrupt does not print one traceback per worker; and the worker ends with its parent."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    watch_parent(parent)


def _parallel_records(
    groups: list[list[str]], workers: int
) -> Iterator[tuple[str, list[dict[str, Any] | LoadProblem]]]:
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
        mp_context=multiprocessing.get_context(start_method()),
        initializer=reader_init,
        initargs=(os.getpid(),),
    )
    pending = iter(groups)
    window: deque[Any] = deque()
    try:
        for group in pending:
            window.append(pool.submit(read_group, group))
            if len(window) > workers:
                break
        while window:
            items = window.popleft().result()
            following = next(pending, None)
            if following is not None:
                window.append(pool.submit(read_group, following))
            yield from items
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def read_files(
    files: list[Path], workers: int
) -> Iterator[tuple[str, Iterable[dict[str, Any] | LoadProblem]]]:
    """(path, records) per file in order: several file groups go to a reader pool, else each file
    streams record by record in this process (a huge shard is never held whole)."""
    groups = file_groups(files) if workers > 1 else []
    if len(groups) > 1:
        yield from _parallel_records(groups, workers)
        return
    for path in files:
        yield str(path), iter_records([path])


def jsonl_fingerprints(path: Path, sizes: list[int]) -> list[dict[str, Any] | None]:
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


def fingerprint_entry(entry: dict[str, Any], fingerprint: dict[str, Any] | None) -> None:
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
class SkippedFile:
    """An input file skipped unread: its entry of the previous input index (see InputIndex),
    whose records have their rows in the previous articles table and their results cached."""

    entry: dict[str, Any]


@dataclass
class InputIndex:
    """What each input file gave the last run, so a rerun skips unchanged files unread.

    Stored as ``out/_inputs.json``: ``run_id`` and ``loader_key`` of the run that wrote it, and per
    file ``path``, ``size``, ``mtime_ns``, ``checked_ns`` (when it was stat'ed, before reading),
    ``records`` (``[source, article_id]`` of every article it held, duplicates included) and
    ``errors`` (``[source, stage, error]`` of its load errors); for a UTF-8 JSON Lines file also
    ``digest`` and ``lines`` of its first ``size`` bytes (see :func:`jsonl_fingerprints`), so a
    file that was only appended to is read from where the last run stopped.
    """

    files: dict[str, dict[str, Any]] = field(default_factory=dict)
    _owner_of: dict[str, str] | None = None

    @classmethod
    def read(cls, out: Path, run_id: str | None, key: str) -> InputIndex:
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
        prefix, now = jsonl_fingerprints(path, [entry["size"], stat.st_size])
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


def plan_reads(
    files: list[Path],
    index: InputIndex,
    previous: Mapping[str, str],
    cached: set[str],
) -> tuple[list[dict[str, Any]], list[dict[str, Any] | None], dict[int, dict[str, Any]]]:
    """Decide, file by file, what a run reads: (this run's input-index entries, per file the
    previous entry whose records are reused or None when the file is read whole, and for JSON
    Lines files that only grew: position → the file's fingerprint now — only the lines after the
    previous entry are read).

    A file is skipped when :meth:`InputIndex.reusable` says so; ``previous`` is the published
    run's source → article_id, ``cached`` the ids with results. Each entry's ``read`` says what
    the run did ("whole", "skipped", "appended"; for "appended", ``read_from`` = [byte, line]).
    """
    entries: list[dict[str, Any]] = []
    plan: list[dict[str, Any] | None] = []
    tails: dict[int, dict[str, Any]] = {}
    skipped: set[str] = set()  # paths of the files skipped so far (in input order)
    for path in files:
        checked = time.time_ns()
        try:
            stat: os.stat_result | None = path.stat()
        except OSError:
            stat = None
        reuse = None
        if stat is not None and index.files:
            reuse = index.reusable(path, stat, previous, cached, skipped)
            if reuse is None:
                grown = index.appended(path, stat, previous, cached, skipped)
                if grown is not None:
                    reuse, tails[len(plan)] = grown
        how = "whole" if reuse is None else "appended" if len(plan) in tails else "skipped"
        if reuse is not None:
            skipped.add(str(path))  # its old records come back unchanged (and unread)
        plan.append(reuse)
        entry: dict[str, Any] = {
            "path": str(path),
            "size": stat.st_size if stat else -1,
            "mtime_ns": stat.st_mtime_ns if stat else -1,
            "checked_ns": checked,
            "records": [],
            "errors": [],
            "read": how,
        }
        if how == "appended" and reuse is not None:
            entry["read_from"] = [reuse["size"], reuse["lines"] + 1]  # byte, line
        entries.append(entry)
    return entries, plan, tails


def file_groups(files: list[Path], per_group: int = FILES_PER_PARTITION) -> list[list[str]]:
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


def batched(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
