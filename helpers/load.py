"""Load articles from files, folders, globs, JSON/JSONL/CSV/Parquet/HTML, or Python objects.

Stage 1 of the data flow (**load** → clean → …). Every article becomes one row of the *articles* table,
cleaned by :mod:`helpers.clean` and keyed by ``article_id`` (a hash of the cleaned text).

Bad input never sinks a batch: an empty, binary, undecodable, unreadable or missing file, a FIFO, socket,
device, broken symlink or symlink loop (listed, never opened), a malformed JSON line or CSV row, a record
nested too deeply, an article above the size cap (``max_bytes``), an HTML page with too little text —
each becomes one row of an *errors* table, and every other article is still loaded. Large JSONL, CSV
and Parquet files are streamed record by record. An article that loads but whose bytes were damaged
(invalid UTF-8 bytes replaced, mojibake repaired) is loaded *and* listed, with stage ``decode``.

The readers of each file format are :mod:`helpers.readers`; how one article becomes a row (field
names, cleaning, the size cap) is :mod:`helpers.article_rows`; their names are importable from here.

Example:
    >>> df = load_articles(["Hanoi is ready.\\n\\nVietnam will host the summit."])
    >>> print(df.loc[0, "title"], df.loc[0, "n_words"])
    Hanoi is ready. 8
"""

from __future__ import annotations

import json
import os
import warnings
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, Literal

import pandas as pd

from .article_rows import (
    DEFAULT_MAX_BYTES,
    FIELD_ALIASES,
    LoadFailure,
    _as_str,
    _build,
    _Options,
    _record_or_failure,
    _Rejected,
    _too_large,
    _with_notes,
)
from .decode import WIDE_BOMS as _WIDE_BOMS  # noqa: F401  (the pipeline reads it)
from .decode import decode_article, decode_bytes, describe_bad_bytes
from .errors import DatelineError
from .inputs import SUPPORTED_EXTENSIONS, expand_sources, not_readable, os_reason
from .inputs import expand as _expand
from .readers import (
    _from_html,
    _from_text_file,
    _iter_csv,
    _iter_json_payload,
    _iter_jsonl,
    _iter_parquet,
    iter_jsonl_tail,
)

__all__ = [
    "ARTICLE_COLUMNS",
    "DEFAULT_MAX_BYTES",
    "ERROR_COLUMNS",
    "FIELD_ALIASES",
    "SUPPORTED_EXTENSIONS",
    "LoadError",
    "LoadFailure",
    "articles_frame",
    "decode_bytes",
    "errors_frame",
    "expand_sources",
    "iter_articles",
    "iter_jsonl_tail",
    "load_articles",
]

#: Columns of the articles table, in order. Text columns are pandas ``string``; ``published`` is
#: ``datetime64[ns, UTC]`` (NaT when unknown); ``n_words`` is ``int64``.
ARTICLE_COLUMNS = [
    "article_id",  # 16 hex digits of SHA-256 of `text`: the same article always gets the same id
    "source",  # path (with ":line N" / ":row N" for records inside a file), URL or "<text #i>"
    "title",  # first line of a text file (below a masthead or section line), or the record's/page's
    "published",  # publication time, parsed to UTC
    "outlet",  # site or publisher name, when known
    "author",  # byline: the author(s), several joined with "; ", when known
    "url",  # canonical URL, when known
    "text_raw",  # the text as read (decoded; for HTML, the extracted main text before cleaning)
    "text",  # the cleaned text: title first, then the body paragraphs separated by blank lines
    "n_words",  # words in `text`
    "encoding",  # the encoding the bytes were decoded with (None for Python strings)
    "photo_credit",  # photo credit lines moved out of the text by cleaning
    "reference",  # "Reference:" lines moved out of the text by cleaning
]
#: Columns of the errors table: which input, at which stage, and why.
ERROR_COLUMNS = ["source", "stage", "error"]


class LoadError(DatelineError, ValueError):
    """An input could not be loaded (raised with ``errors="raise"``, or when nothing loads at all)."""


# ------------------------------------------------------------------------------------- iteration


def iter_articles(
    source: Any,
    *,
    columns: Mapping[str, str] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[dict[str, Any] | LoadFailure]:
    """Stream articles from ``source`` one at a time: article rows (dicts) and ``LoadFailure``s.

    This is the streaming core of :func:`load_articles`; the pipeline uses it to process inputs larger
    than memory in batches. Each dict has exactly the keys of :data:`ARTICLE_COLUMNS` (``published``
    still a string). Duplicates are *not* removed here. Every input yields at least one of the two;
    an article whose bytes were damaged but which still loads (stage ``decode``) yields its
    ``LoadFailure`` just before its row. ``max_bytes``: see :func:`load_articles`.

    >>> [type(x).__name__ for x in iter_articles(["Hanoi is ready.", "/no/such/file.txt"])]
    ['dict', 'LoadFailure']
    """
    yield from _with_notes(_iter_articles(source, _Options(dict(columns or {}), int(max_bytes))))


def _iter_articles(source: Any, opts: _Options) -> Iterator[dict[str, Any] | LoadFailure]:
    n_text = n_record = 0
    for kind, item in _expand(source):
        if kind == "path":
            yield from _iter_file(item, opts)
        elif kind == "missing":
            yield LoadFailure(item[0], "read", item[1])
        elif kind == "text":
            n_text += 1
            src = f"<text #{n_text}>"
            if len(item) > opts.max_bytes:
                yield LoadFailure(src, "read", _too_large(len(item), opts.max_bytes, "characters"))
                continue
            try:
                yield _build(source=src, text_raw=item, title=None, encoding=None)
            except _Rejected as exc:
                yield LoadFailure(src, exc.stage, str(exc))
        elif kind == "record":
            n_record += 1
            src = _as_str(item.get("source_path")) or f"<record #{n_record}>"
            yield _record_or_failure(item, src, opts, None)
        else:
            yield LoadFailure(
                repr(item)[:80], "read", f"unsupported item type {type(item).__name__}"
            )


def _iter_file(path: Path, opts: _Options) -> Iterator[dict[str, Any] | LoadFailure]:
    """Everything one file yields; at least one item (a file that holds no article says so)."""
    yielded = False
    for item in _iter_file_items(path, opts):
        yielded = True
        yield item
    if not yielded:
        yield LoadFailure(str(path), "parse", "no articles in this file (no records)")


def _iter_file_items(path: Path, opts: _Options) -> Iterator[dict[str, Any] | LoadFailure]:
    src = str(path)
    fmt = SUPPORTED_EXTENSIONS.get(path.suffix.lower())
    if fmt is None:
        yield LoadFailure(src, "read", f"unsupported file type {path.suffix or '(none)'!r}")
        return
    reason = not_readable(path)  # the pipeline may hand us paths it expanded itself
    if reason is not None:
        yield LoadFailure(src, "read", reason)
        return
    try:
        if fmt in ("jsonl", "csv", "parquet"):
            yield from {"jsonl": _iter_jsonl, "csv": _iter_csv, "parquet": _iter_parquet}[fmt](
                path, opts
            )
            return
        size = path.stat().st_size  # before reading: a 50 GB "article" is never read
        if size > opts.max_bytes:
            yield LoadFailure(src, "read", _too_large(size, opts.max_bytes))
            return
        data = _read_path(path, opts.max_bytes)
    except (OSError, UnicodeError) as exc:
        yield LoadFailure(src, "read", os_reason(exc))
        return
    except Exception as exc:  # a corrupt Parquet or CSV file must not sink the batch
        yield LoadFailure(src, "parse", f"{type(exc).__name__}: {exc}")
        return
    if data is None:
        yield LoadFailure(src, "read", _too_large(opts.max_bytes + 1, opts.max_bytes))
        return
    if not data.strip():
        yield LoadFailure(src, "read", "empty file")
        return
    try:
        text, encoding, bad = decode_article(data)
    except ValueError as exc:
        yield LoadFailure(src, "decode", str(exc))
        return
    if bad:
        yield LoadFailure(src, "decode", describe_bad_bytes(bad))
    try:
        if fmt == "text":
            yield _from_text_file(text, src, encoding, markdown=path.suffix.lower() == ".md")
        elif fmt == "html":
            yield _from_html(text, src, encoding)
        else:  # json: one record, a list of records, or {"articles": [...]}
            try:
                payload = json.loads(text)
            except json.JSONDecodeError as exc:
                yield LoadFailure(src, "parse", f"malformed JSON: {exc}")
                return
            except RecursionError:
                yield LoadFailure(src, "parse", "malformed JSON: nested too deeply to parse")
                return
            yield from _iter_json_payload(payload, src, opts, encoding)
    except _Rejected as exc:
        yield LoadFailure(src, exc.stage, str(exc))
    except RecursionError:
        yield LoadFailure(src, "parse", "nested too deeply to read")


def _read_path(path: Path, max_bytes: int) -> bytes | None:
    """The file's bytes, or None if it holds more than ``max_bytes`` (it may have grown since it
    was stat'ed): never more than ``max_bytes + 1`` bytes are read."""
    with path.open("rb") as fh:
        data = fh.read(max_bytes + 1)
    return None if len(data) > max_bytes else data


# ------------------------------------------------------------------------------------ collecting


def errors_frame(failures: Iterable[LoadFailure | Mapping[str, str]] = ()) -> pd.DataFrame:
    """An errors table (``source``, ``stage``, ``error``; all ``string``) from failures."""
    rows = [f.as_row() if isinstance(f, LoadFailure) else dict(f) for f in failures]
    # a reason may quote undecodable bytes kept as lone surrogates, which Arrow-backed strings
    # cannot hold: they are written as escapes ("\udc80" → "\\udc80")
    rows = [{k: _printable(v) for k, v in row.items()} for row in rows]
    return pd.DataFrame(rows, columns=ERROR_COLUMNS).astype("string")


def _printable(value: Any) -> Any:
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return value.encode("utf-8", "backslashreplace").decode("utf-8")
    return value


def articles_frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """Assemble article rows (dicts as yielded by :func:`iter_articles`) into the typed table."""
    df = pd.DataFrame(rows, columns=ARTICLE_COLUMNS)
    string_columns = [c for c in ARTICLE_COLUMNS if c not in ("published", "n_words")]
    df[string_columns] = df[string_columns].astype("string")
    df["n_words"] = df["n_words"].astype("int64")
    df["published"] = pd.to_datetime(
        df["published"], errors="coerce", utc=True, format="mixed"
    ).astype("datetime64[ns, UTC]")
    return df


def load_articles(
    source: Any,
    *,
    errors: Literal["report", "raise"] = "report",
    columns: Mapping[str, str] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> pd.DataFrame:
    """Load and clean articles into a DataFrame, one row per input article (every copy).

    Args:
        source: a file, a folder (searched recursively, hidden folders skipped), a glob
            (``"news/**/*.jsonl"``), a list of these, or an iterable of article texts or dicts.
            File types by extension: ``.txt``/``.md`` (title = first non-empty line, or the first below a masthead), ``.html``/``.htm``
            (main text and metadata by trafilatura), ``.json``/``.jsonl``/``.csv``/``.parquet``
            (fields found by the names in :data:`FIELD_ALIASES`).
        errors: ``"report"`` (default) collects every failure into ``df.attrs["errors"]`` and warns
            once with the count; ``"raise"`` raises :class:`LoadError` on the first, naming the input.
        columns: explicit field names, e.g. ``{"text": "story_body", "published": "pub_ts"}``.
        max_bytes: the size cap of one article (default :data:`DEFAULT_MAX_BYTES`, 5 MiB): a
            ``.txt``/``.md``/``.html``/``.json`` file larger than this (checked before reading),
            a JSON line longer than this, or a record's text of more characters is not loaded
            but listed in the errors as "too large".

    Returns:
        The articles table (columns :data:`ARTICLE_COLUMNS`). ``df.attrs["errors"]`` is the errors
        table (``source``, ``stage``, ``error``), one row for every input that yields no article
        and one (stage ``decode``) for every article loaded from damaged bytes. Identical copies
        (the same cleaned text in several inputs, e.g. one wire story in several outlets) each
        keep their row with their own ``source``, ``outlet``, ``title``, ``published`` and
        ``author``, and share one ``article_id``; ``df.attrs["duplicates"]`` lists the later
        copies (``source``, ``duplicate_of``: the first copy's source, ``article_id``).

    Raises:
        LoadError: when nothing at all could be loaded from ``source`` (or, with
            ``errors="raise"``, on the first failure).

    >>> df = load_articles([{"headline": "Talks in Hanoi", "body": "Leaders meet."}])
    >>> df.loc[0, "text"]
    'Talks in Hanoi\\n\\nLeaders meet.'
    """
    if errors not in ("report", "raise"):
        raise ValueError(f"errors must be 'report' or 'raise', not {errors!r}")
    rows: list[dict[str, Any]] = []
    failures: list[LoadFailure] = []
    duplicates: list[dict[str, str]] = []
    seen: dict[str, str] = {}
    for item in iter_articles(source, columns=columns, max_bytes=max_bytes):
        if isinstance(item, LoadFailure):
            if errors == "raise":
                raise LoadError(f"{item.source}: {item.error}")
            failures.append(item)
            continue
        first_source = seen.get(item["article_id"])
        if first_source is not None:
            duplicates.append(
                {
                    "source": item["source"],
                    "duplicate_of": first_source,
                    "article_id": item["article_id"],
                }
            )
        else:
            seen[item["article_id"]] = item["source"]
        rows.append(item)
    if not rows:
        if failures:
            first = failures[0]
            raise LoadError(
                f"no article could be loaded from {_describe(source)}: {len(failures)} input(s) "
                f"failed; first: {first.source}: {first.error}"
            )
        raise LoadError(f"no articles found in {_describe(source)}")
    df = articles_frame(rows)
    df.attrs["errors"] = errors_frame(failures)
    df.attrs["duplicates"] = pd.DataFrame(
        duplicates, columns=["source", "duplicate_of", "article_id"]
    ).astype("string")
    if failures:
        # (an article loaded from damaged bytes is loaded: the warning says which happened)
        lost = [f for f in failures if f.stage != "decode"]
        repaired = len(failures) - len(lost)
        first = (lost or failures)[0]
        said = [f"{len(lost)} input(s) could not be loaded"] * bool(lost) + [
            f"{repaired} article(s) were loaded from damaged bytes"
        ] * bool(repaired)
        warnings.warn(
            f"{' and '.join(said)} (first: {first.source}: {first.error}); see df.attrs['errors']",
            stacklevel=2,
        )
    return df


def _describe(source: Any) -> str:
    if isinstance(source, (str, os.PathLike)):
        return repr(os.fspath(source))
    return f"the given {type(source).__name__}"
