"""What a source names: the files of a folder or glob, texts, records — and the paths not to open.

Part of stage 1 (**load**): :mod:`helpers.load` reads what :func:`expand_sources` lists. Nothing here
reads a file. A FIFO, socket or device is never opened (opening a FIFO for reading blocks until
someone writes to it), a broken symlink or a symlink loop is listed rather than followed, and a
folder walk or a ``**`` glob follows symlinked folders but never round a loop.

    >>> [kind for kind, _ in expand_sources(["Hanoi is ready.", {"text": "x"}, "/no/such.txt"])]
    ['text', 'record', 'missing']
"""

from __future__ import annotations

import errno
import fnmatch
import glob
import os
import stat
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pandas as pd

__all__ = ["SUPPORTED_EXTENSIONS", "expand", "expand_sources", "not_readable", "os_reason"]

SUPPORTED_EXTENSIONS = {
    ".txt": "text",
    ".md": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".parquet": "parquet",
}


def expand_sources(source: Any) -> Iterator[tuple[str, Any]]:
    """What ``source`` stands for, item by item, in the order :func:`iter_articles` reads it.

    Yields ``("path", Path)`` for each regular file (folders searched recursively, hidden parts
    skipped, symlinked folders followed but never round a loop, globs expanded, sorted),
    ``("missing", (source, reason))`` for a path or pattern that names nothing readable — nothing
    at all, a FIFO, socket or device, a broken symlink, a symlink loop (none of these is opened) —
    ``("text", str)`` for an article text, ``("record", dict)`` for a dict or DataFrame row, and
    ``("invalid", item)`` for anything else. Nothing is read: a caller can decide per file (say,
    skip one unchanged since its last run) before loading it with :func:`iter_articles`.

    >>> [kind for kind, _ in expand_sources(["Hanoi is ready.", {"text": "x"}, "/no/such.txt"])]
    ['text', 'record', 'missing']
    """
    yield from expand(source)


def expand(source: Any) -> Iterator[tuple[str, Any]]:
    """Yield ("path", Path) / ("missing", (source, reason)) / ("text", str) / ("record", dict)."""
    if isinstance(source, (str, os.PathLike)):
        yield from _expand_path(os.fspath(source))
        return
    if isinstance(source, Mapping):
        yield "record", source
        return
    if isinstance(source, pd.DataFrame):
        for record in source.to_dict("records"):
            yield "record", record
        return
    if isinstance(source, Iterable):
        for item in source:
            if isinstance(item, Mapping):
                yield "record", item
            elif isinstance(item, os.PathLike) or (
                isinstance(item, str) and _looks_like_path(item)
            ):
                yield from _expand_path(os.fspath(item))
            elif isinstance(item, str):
                yield "text", item
            else:
                yield "invalid", item
        return
    raise TypeError(
        f"source must be a path, glob, list of these, or iterable of str/dict; got {type(source)!r}"
    )


def _looks_like_path(item: str) -> bool:
    if "\n" in item or len(item) > 1024 or "\x00" in item:
        return False
    if glob.has_magic(item) or os.path.lexists(item):
        return True
    return Path(item).suffix.lower() in SUPPORTED_EXTENSIONS and " " not in Path(item).name


def not_readable(path: Path) -> str | None:
    """Why ``path`` is not to be opened (None for a regular file or a folder). Uses ``stat`` only:
    opening a FIFO for reading blocks until someone writes to it."""
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symlink loop (the link resolves to itself); not read"
        if os.path.islink(path):
            try:
                target = os.readlink(path)
            except OSError:
                target = "?"
            return f"broken symlink (points to {target!r}, which does not exist); not read"
        return os_reason(exc)
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    if stat.S_ISFIFO(mode):
        kind = "a FIFO (named pipe)"
    elif stat.S_ISSOCK(mode):
        kind = "a socket"
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        kind = "a device"
    else:
        kind = "a special file"
    return f"not a regular file but {kind}; skipped unread"


def _walk(
    root: Path, ancestors: frozenset[tuple[int, int]] = frozenset()
) -> Iterator[tuple[str, Any]]:
    """Files under ``root`` (a folder), depth first and sorted by name, hidden names skipped.

    Symlinked folders are followed, except one leading back to a folder above it: that is a loop,
    reported as ``("missing", ...)`` instead of walked 40 levels deep."""
    try:
        info = os.stat(root)
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError as exc:
        yield "missing", (str(root), os_reason(exc))
        return
    here = ancestors | {(info.st_dev, info.st_ino)}
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            try:
                sub = os.stat(path)
            except OSError as exc:
                yield "missing", (str(path), os_reason(exc))
                continue
            if (sub.st_dev, sub.st_ino) in here:
                yield "missing", (str(path), "symlink loop (links back to a folder above it); "
                                  "not followed")  # fmt: skip
                continue
            yield from _walk(path, here)
        elif path.suffix.lower() in SUPPORTED_EXTENSIONS:
            reason = not_readable(path)
            yield ("path", path) if reason is None else ("missing", (str(path), reason))


def _match_parts(pattern: list[str], parts: list[str]) -> bool:
    """Whether path ``parts`` match glob ``pattern`` segments, ``**`` spanning any number."""
    if not pattern:
        return not parts
    if pattern[0] == "**":
        return any(_match_parts(pattern[1:], parts[i:]) for i in range(len(parts) + 1))
    return (
        bool(parts)
        and fnmatch.fnmatchcase(parts[0], pattern[0])
        and _match_parts(pattern[1:], parts[1:])
    )


def _glob(pattern: str) -> Iterator[tuple[str, Any]]:
    """What ``glob.glob(pattern, recursive=True)`` matches, expanded; but ``**`` never walks
    round a symlink loop (each loop it meets is listed as ``("missing", ...)``)."""
    if "**" not in pattern:
        for match in sorted(glob.glob(pattern, recursive=True)):
            yield from _expand_path(match)
        return
    segments = Path(pattern).parts
    fixed = next(i for i, seg in enumerate(segments) if glob.has_magic(seg))
    root = Path(*segments[:fixed]) if fixed else Path(".")
    if not root.is_dir():
        return
    for kind, item in _walk(root):
        path = item if kind == "path" else Path(item[0])
        shown = path if fixed else path.relative_to(root)
        if kind == "missing" and "symlink loop" in item[1]:
            yield kind, (str(shown), item[1])
        elif _match_parts(list(segments[fixed:]), list(path.relative_to(root).parts)):
            yield (kind, shown) if kind == "path" else (kind, (str(shown), item[1]))


def _expand_path(path: str) -> Iterator[tuple[str, Any]]:
    p = Path(path).expanduser()
    if os.path.lexists(p):
        reason = not_readable(p)
        if reason is not None:
            yield "missing", (str(p), reason)
        elif p.is_dir():
            yield from _walk(p)
        else:
            yield "path", p
        return
    if glob.has_magic(path):
        matched = False
        for found in _glob(os.path.expanduser(path)):
            matched = True
            yield found
        if not matched:
            yield "missing", (path, "no file matches this pattern")
        return
    yield "missing", (path, "no such file or directory")


def os_reason(exc: BaseException) -> str:
    """A one-line reason for an OS error ("permission denied")."""
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    return f"{type(exc).__name__}: {exc}"
