"""Load articles from files, folders, globs, JSON/JSONL/CSV/Parquet/HTML, or Python objects.

Stage 1 of the data flow (**load** → clean → …). Every article becomes one row of the *articles* table,
cleaned by :mod:`helpers.clean` and keyed by ``article_id`` (a hash of the cleaned text).

Bad input never sinks a batch: an empty, binary, undecodable, unreadable or missing file, a malformed
JSON line, an HTML page with no article text — each becomes one row of an *errors* table, and every other
article is still loaded. Large JSONL, CSV and Parquet files are streamed record by record.

Example:
    >>> df = load_articles(["Hanoi is ready.\\n\\nVietnam will host the summit."])
    >>> print(df.loc[0, "title"], df.loc[0, "n_words"])
    Hanoi is ready. 8
"""

from __future__ import annotations

import codecs
import csv
import glob
import json
import os
import warnings
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import pandas as pd

from .clean import article_id_for, clean_article, count_words

__all__ = [
    "ARTICLE_COLUMNS",
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
    "title",  # first non-empty line of a text file, or the record's/page's title
    "published",  # publication time, parsed to UTC
    "outlet",  # site or publisher name, when known
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

#: Field names recognised in JSON/CSV/Parquet records and dicts, per column, in order of preference.
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "text": ("text", "content", "body", "article", "full_text", "maintext", "story"),
    "title": ("title", "headline", "heading", "name"),
    "url": ("url", "link", "href", "canonical_url"),
    "published": (
        "published",
        "date",
        "publish_date",
        "published_at",
        "pubdate",
        "date_publish",
        "datetime",
        "timestamp",
    ),
    "outlet": ("outlet", "source", "site", "sitename", "site_name", "publisher", "domain"),
}

_SNIFF_BYTES = 1 << 16
_CSV_CHUNK_ROWS = 2_000
_MIN_HTML_WORDS = 5


class LoadError(Exception):
    """An input could not be loaded (raised with ``errors="raise"``, or when nothing loads at all)."""


@dataclass(frozen=True)
class LoadFailure:
    """One input that could not be loaded: where, at which stage, and why."""

    source: str
    stage: str
    error: str

    def as_row(self) -> dict[str, str]:
        return {"source": self.source, "stage": self.stage, "error": self.error}


# --------------------------------------------------------------------------------------- decoding


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode article bytes: BOM first, then UTF-8, then a detected legacy encoding.

    Returns ``(text, encoding)``. Raises ``ValueError`` for binary or undecodable data.

    Western legacy text is by far the most common non-UTF-8 news input, and statistical detectors
    misjudge short Latin-1/cp1252 snippets (charset-normalizer calls ``b"caf\\xe9"`` UTF-16), so
    cp1252 is tried first and accepted when the result reads like Latin-script prose (accented letters
    are a minority of letters); otherwise charset-normalizer decides.

    >>> decode_bytes("café".encode("cp1252"))
    ('café', 'cp1252')
    """
    for bom, name in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError as exc:
                raise ValueError(
                    f"undecodable bytes: has a {name} byte-order mark but {exc}"
                ) from None
    if b"\x00" in data[:_SNIFF_BYTES]:
        raise ValueError("binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None and _reads_like_latin_prose(text):
        return text, "cp1252"

    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise ValueError("undecodable bytes: not UTF-8 and no plausible legacy encoding")
    return str(best), best.encoding


def _reads_like_latin_prose(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return False
    if any(ord(ch) < 32 and ch not in "\n\r\t\f" for ch in text):
        return False
    accented = sum(1 for ch in letters if ord(ch) > 127)
    # Cyrillic or Greek bytes read as cp1252 give words made only of accented letters ("Ïðèâåò").
    return accented / len(letters) <= 0.3


def _read_path(path: Path) -> bytes:
    with path.open("rb") as fh:
        return fh.read()


# --------------------------------------------------------------------------------------- records


def _pick(record: Mapping[str, Any], column: str, explicit: Mapping[str, str]) -> Any:
    if column in explicit:
        return record.get(explicit[column])
    lowered = {str(k).lower(): k for k in record}
    for alias in FIELD_ALIASES[column]:
        key = lowered.get(alias)
        if key is not None:
            value = record[key]
            if value is not None and not (isinstance(value, float) and value != value):
                return value
    return None


def _as_str(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value != value:  # NaN from CSV/Parquet
        return None
    text = str(value).strip()
    return text or None


def _build(
    *,
    source: str,
    text_raw: str,
    title: str | None,
    encoding: str | None,
    published: Any = None,
    outlet: Any = None,
    url: Any = None,
) -> dict[str, Any]:
    """Clean one article and assemble its row. Raises ValueError when no text is left."""
    cleaned = clean_article(text_raw)
    body = cleaned.text
    title = _as_str(title)
    if title:
        title = clean_article(title).text.replace("\n\n", " ") or None
    if not body.strip():
        raise ValueError("no article text left after cleaning (empty or only boilerplate)")
    # The title leads the cleaned text in every format, so place and entity finding see it too.
    if title and not body.startswith(title):
        body = f"{title}\n\n{body}"
    elif not title:
        title = body.split("\n\n", 1)[0]
    return {
        "article_id": article_id_for(body),
        "source": source,
        "title": title,
        "published": _as_str(published),
        "outlet": _as_str(outlet),
        "url": _as_str(url),
        "text_raw": text_raw,
        "text": body,
        "n_words": count_words(body),
        "encoding": encoding,
        **{k: cleaned.metadata.get(k) for k in ("photo_credit", "reference")},
    }


def _from_record(
    record: Mapping[str, Any], source: str, columns: Mapping[str, str], encoding: str | None
) -> dict[str, Any]:
    text = _as_str(_pick(record, "text", columns))
    if not text:
        found = ", ".join(map(str, list(record)[:8])) or "none"
        raise ValueError(
            f"no text field (looked for {', '.join(FIELD_ALIASES['text'])}; fields: {found}); "
            "name it with columns={'text': ...}"
        )
    return _build(
        source=source,
        text_raw=text,
        title=_pick(record, "title", columns),
        encoding=encoding,
        published=_pick(record, "published", columns),
        outlet=_pick(record, "outlet", columns),
        url=_pick(record, "url", columns),
    )


def _from_text_file(text: str, source: str, encoding: str, markdown: bool) -> dict[str, Any]:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        raise ValueError("empty file (only whitespace)")
    title = lines[first].strip()
    if markdown:
        title = title.lstrip("#").strip()
    # The title line is its own paragraph even when the body follows it without a blank line.
    body = "\n".join(lines[first + 1 :])
    row = _build(source=source, text_raw=f"{title}\n\n{body}", title=title, encoding=encoding)
    row["text_raw"] = text
    return row


def _from_html(html: str, source: str, encoding: str) -> dict[str, Any]:
    import trafilatura

    extracted = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False
    )
    doc = extracted.as_dict() if extracted is not None else {}
    text = _as_str(doc.get("text"))
    # A menu or a cookie banner is all some pages have left: that is not an article.
    if not text or count_words(text) < _MIN_HTML_WORDS:
        found = f" (only {text!r})" if text else ""
        raise ValueError(f"HTML page with no article text{found}")
    return _build(
        source=source,
        text_raw=text,
        title=doc.get("title"),
        encoding=encoding,
        published=doc.get("date"),
        outlet=doc.get("sitename") or doc.get("hostname"),
        url=doc.get("url"),
    )


# ------------------------------------------------------------------------------------- iteration


def expand_sources(source: Any) -> Iterator[tuple[str, Any]]:
    """What ``source`` stands for, item by item, in the order :func:`iter_articles` reads it.

    Yields ``("path", Path)`` for each file (folders searched recursively, hidden parts skipped,
    globs expanded, sorted), ``("missing", (source, reason))`` for a path or pattern that names
    nothing, ``("text", str)`` for an article text, ``("record", dict)`` for a dict or DataFrame
    row, and ``("invalid", item)`` for anything else. Nothing is read: a caller can decide per
    file (say, skip one unchanged since its last run) before loading it with
    :func:`iter_articles`.

    >>> [kind for kind, _ in expand_sources(["Hanoi is ready.", {"text": "x"}, "/no/such.txt"])]
    ['text', 'record', 'missing']
    """
    yield from _expand(source)


def _expand(source: Any) -> Iterator[tuple[str, Any]]:
    """Yield ("path", Path) / ("missing", (source, reason)) / ("text", str) / ("record", dict)."""
    if isinstance(source, (str, os.PathLike)):
        yield from _expand_path(os.fspath(source), top_level=True)
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
                yield from _expand_path(os.fspath(item), top_level=False)
            elif isinstance(item, str):
                yield "text", item
            else:
                yield "invalid", item
        return
    raise TypeError(
        f"source must be a path, glob, list of these, or iterable of str/dict; got {type(source)!r}"
    )


def _looks_like_path(item: str) -> bool:
    if "\n" in item or len(item) > 1024:
        return False
    if glob.has_magic(item) or os.path.exists(item):
        return True
    return Path(item).suffix.lower() in SUPPORTED_EXTENSIONS and " " not in Path(item).name


def _expand_path(path: str, *, top_level: bool) -> Iterator[tuple[str, Any]]:
    p = Path(path).expanduser()
    if p.is_dir():
        found = sorted(
            f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUPPORTED_EXTENSIONS
        )
        for f in found:
            if not any(part.startswith(".") for part in f.relative_to(p).parts):
                yield "path", f
        return
    if p.exists() or p.is_symlink():
        yield "path", p
        return
    if glob.has_magic(path):
        matches = sorted(glob.glob(os.path.expanduser(path), recursive=True))
        for m in matches:
            yield from _expand_path(m, top_level=False)
        if not matches:
            yield "missing", (path, "no file matches this pattern")
        return
    yield "missing", (path, "no such file or directory")


def iter_articles(
    source: Any,
    *,
    columns: Mapping[str, str] | None = None,
) -> Iterator[dict[str, Any] | LoadFailure]:
    """Stream articles from ``source`` one at a time: article rows (dicts) and ``LoadFailure``s.

    This is the streaming core of :func:`load_articles`; the pipeline uses it to process inputs larger
    than memory in batches. Each dict has exactly the keys of :data:`ARTICLE_COLUMNS` (``published``
    still a string). Duplicates are *not* removed here.

    >>> [type(x).__name__ for x in iter_articles(["Hanoi is ready.", "/no/such/file.txt"])]
    ['dict', 'LoadFailure']
    """
    columns = dict(columns or {})
    n_text = n_record = 0
    for kind, item in _expand(source):
        if kind == "path":
            yield from _iter_file(item, columns)
        elif kind == "missing":
            yield LoadFailure(item[0], "read", item[1])
        elif kind == "text":
            n_text += 1
            src = f"<text #{n_text}>"
            try:
                yield _build(source=src, text_raw=item, title=None, encoding=None)
            except ValueError as exc:
                yield LoadFailure(src, "clean", str(exc))
        elif kind == "record":
            n_record += 1
            src = _as_str(item.get("source_path")) or f"<record #{n_record}>"
            try:
                yield _from_record(item, src, columns, None)
            except ValueError as exc:
                yield LoadFailure(src, "parse", str(exc))
        else:
            yield LoadFailure(
                repr(item)[:80], "read", f"unsupported item type {type(item).__name__}"
            )


def _iter_file(path: Path, columns: Mapping[str, str]) -> Iterator[dict[str, Any] | LoadFailure]:
    src = str(path)
    fmt = SUPPORTED_EXTENSIONS.get(path.suffix.lower())
    if fmt is None:
        yield LoadFailure(src, "read", f"unsupported file type {path.suffix or '(none)'!r}")
        return
    try:
        if fmt in ("jsonl", "csv", "parquet"):
            yield from {"jsonl": _iter_jsonl, "csv": _iter_csv, "parquet": _iter_parquet}[fmt](
                path, columns
            )
            return
        data = _read_path(path)
    except (OSError, UnicodeError) as exc:
        yield LoadFailure(src, "read", _os_reason(exc))
        return
    except Exception as exc:  # a corrupt Parquet or CSV file must not sink the batch
        yield LoadFailure(src, "parse", f"{type(exc).__name__}: {exc}")
        return
    if not data.strip():
        yield LoadFailure(src, "read", "empty file")
        return
    try:
        text, encoding = decode_bytes(data)
    except ValueError as exc:
        yield LoadFailure(src, "decode", str(exc))
        return
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
            yield from _iter_json_payload(payload, src, columns, encoding)
    except ValueError as exc:
        yield LoadFailure(src, "clean" if "cleaning" in str(exc) else "parse", str(exc))


def _os_reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    return f"{type(exc).__name__}: {exc}"


def _iter_json_payload(
    payload: Any, src: str, columns: Mapping[str, str], encoding: str
) -> Iterator[dict[str, Any] | LoadFailure]:
    if isinstance(payload, Mapping):
        listed = next(
            (payload[k] for k in ("articles", "items", "data", "records") if k in payload), None
        )
        records = listed if isinstance(listed, list) else [payload]
    elif isinstance(payload, list):
        records = payload
    else:
        yield LoadFailure(src, "parse", f"JSON holds a {type(payload).__name__}, not articles")
        return
    for i, record in enumerate(records):
        where = src if len(records) == 1 else f"{src}:item {i}"
        yield _record_or_failure(record, where, columns, encoding)


def _record_or_failure(
    record: Any, where: str, columns: Mapping[str, str], encoding: str | None
) -> dict[str, Any] | LoadFailure:
    """One parsed JSON value or table row: its article row, or why it is none."""
    if not isinstance(record, Mapping):
        return LoadFailure(where, "parse", f"holds a {type(record).__name__}, not an object")
    try:
        return _from_record(record, where, columns, encoding)
    except ValueError as exc:
        return LoadFailure(where, "parse", str(exc))


def _iter_jsonl(path: Path, columns: Mapping[str, str]) -> Iterator[dict[str, Any] | LoadFailure]:
    src = str(path)
    with path.open("rb") as fh:
        head = fh.read(_SNIFF_BYTES)
        if not head.strip():
            yield LoadFailure(src, "read", "empty file")
            return
        wide = next((name for bom, name in _WIDE_BOMS if head.startswith(bom)), None)
        if wide is not None:
            # UTF-16/32 lines cannot be split as bytes (b"\n" is half of a character): decode
            yield from _iter_jsonl_text(path, wide, columns)
            return
        if b"\x00" in head:
            yield LoadFailure(src, "decode", "binary file (contains NUL bytes), not text")
            return
        fh.seek(0)
        yield from _jsonl_lines(fh, src, columns, first_lineno=1)


def _jsonl_lines(
    lines: Iterable[bytes] | Iterable[str],
    src: str,
    columns: Mapping[str, str],
    *,
    first_lineno: int,
    encoding: str = "utf-8",
) -> Iterator[dict[str, Any] | LoadFailure]:
    """Records of JSON lines: UTF-8 bytes from a binary file, or text already decoded."""
    for lineno, raw in enumerate(lines, start=first_lineno):
        if lineno == 1 and isinstance(raw, bytes) and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]
        if not raw.strip():
            continue
        where = f"{src}:line {lineno}"
        try:
            record = json.loads(raw)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            yield LoadFailure(where, "parse", f"malformed JSON line: {exc}")
            continue
        yield _record_or_failure(record, where, columns, encoding)


def iter_jsonl_tail(
    path: str | os.PathLike[str],
    start: int,
    first_lineno: int,
    *,
    columns: Mapping[str, str] | None = None,
) -> Iterator[dict[str, Any] | LoadFailure]:
    """The articles of a UTF-8 JSON Lines file from byte ``start`` on, where line
    ``first_lineno`` begins: what :func:`iter_articles` yields for those lines (the same sources,
    ``path:line N``). For reading only what was appended to a file read before.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "a.jsonl"
    >>> _ = p.write_text('{"text": "Rain in Oslo."}\\n{"text": "Sun in Rome."}\\n')
    >>> [r["text"] for r in iter_jsonl_tail(p, 26, 2)]
    ['Sun in Rome.']
    """
    path = Path(path)
    with path.open("rb") as fh:
        fh.seek(start)
        yield from _jsonl_lines(fh, str(path), dict(columns or {}), first_lineno=first_lineno)


# UTF-32 first: its little-endian mark begins with UTF-16's. The codecs consume the mark.
_WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _iter_jsonl_text(
    path: Path, encoding: str, columns: Mapping[str, str]
) -> Iterator[dict[str, Any] | LoadFailure]:
    """JSON Lines in a UTF-16/32 file with a byte-order mark, decoded line by line as text."""
    src = str(path)
    decoded = 0  # lines decoded so far: where a decoding error is

    def lines(fh: Iterable[str]) -> Iterator[str]:
        nonlocal decoded
        for line in fh:
            decoded += 1
            yield line

    try:
        with path.open(encoding=encoding, newline="") as fh:
            yield from _jsonl_lines(lines(fh), src, columns, first_lineno=1, encoding=encoding)
    except UnicodeDecodeError as exc:
        yield LoadFailure(
            f"{src}:line {decoded + 1}", "decode", f"undecodable bytes: {encoding} file but {exc}"
        )


def _iter_csv(path: Path, columns: Mapping[str, str]) -> Iterator[dict[str, Any] | LoadFailure]:
    src = str(path)
    with path.open("rb") as fh:
        head = fh.read(_SNIFF_BYTES)
    if not head.strip():
        yield LoadFailure(src, "read", "empty file")
        return
    try:
        _, encoding = decode_bytes(head)
    except ValueError as exc:
        # a multi-byte character cut at the sniff boundary is not a decoding failure
        try:
            decode_bytes(head[: head.rfind(b"\n") + 1] or head)
            encoding = "utf-8"
        except ValueError:
            yield LoadFailure(src, "decode", str(exc))
            return
    encoding = "utf-8-sig" if encoding in ("utf-8", "utf-8-sig") else encoding
    csv.field_size_limit(1 << 30)  # article bodies are long fields
    reader = pd.read_csv(
        path,
        dtype=str,
        keep_default_na=False,
        chunksize=_CSV_CHUNK_ROWS,
        encoding=encoding,
        engine="python" if encoding not in ("utf-8-sig", "utf-16") else "c",
        on_bad_lines="warn",
    )
    row_number = 1  # the header is line 1 of the file; row N is the N-th record
    for chunk in reader:
        for record in chunk.to_dict("records"):
            yield _record_or_failure(record, f"{src}:row {row_number}", columns, encoding)
            row_number += 1


def _iter_parquet(path: Path, columns: Mapping[str, str]) -> Iterator[dict[str, Any] | LoadFailure]:
    import pyarrow.parquet as pq

    src = str(path)
    row_number = 0
    for batch in pq.ParquetFile(path).iter_batches(batch_size=_CSV_CHUNK_ROWS):
        for record in batch.to_pylist():
            row_number += 1
            yield _record_or_failure(record, f"{src}:row {row_number}", columns, None)


# ------------------------------------------------------------------------------------ collecting


def errors_frame(failures: Iterable[LoadFailure | Mapping[str, str]] = ()) -> pd.DataFrame:
    """An errors table (``source``, ``stage``, ``error``; all ``string``) from failures."""
    rows = [f.as_row() if isinstance(f, LoadFailure) else dict(f) for f in failures]
    return pd.DataFrame(rows, columns=ERROR_COLUMNS).astype("string")


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
) -> pd.DataFrame:
    """Load and clean articles into a DataFrame, one row per unique article.

    Args:
        source: a file, a folder (searched recursively, hidden folders skipped), a glob
            (``"news/**/*.jsonl"``), a list of these, or an iterable of article texts or dicts.
            File types by extension: ``.txt``/``.md`` (title = first non-empty line), ``.html``/``.htm``
            (main text and metadata by trafilatura), ``.json``/``.jsonl``/``.csv``/``.parquet``
            (fields found by the names in :data:`FIELD_ALIASES`).
        errors: ``"report"`` (default) collects every failure into ``df.attrs["errors"]`` and warns
            once with the count; ``"raise"`` raises :class:`LoadError` on the first, naming the input.
        columns: explicit field names, e.g. ``{"text": "story_body", "published": "pub_ts"}``.

    Returns:
        The articles table (columns :data:`ARTICLE_COLUMNS`). ``df.attrs["errors"]`` is the errors
        table (``source``, ``stage``, ``error``); ``df.attrs["duplicates"]`` lists inputs dropped
        because an earlier input had the same cleaned text (``source``, ``duplicate_of``,
        ``article_id``).

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
    for item in iter_articles(source, columns=columns):
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
            continue
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
        warnings.warn(
            f"{len(failures)} input(s) could not be loaded (first: {failures[0].source}: "
            f"{failures[0].error}); see df.attrs['errors']",
            stacklevel=2,
        )
    if duplicates:
        warnings.warn(
            f"{len(duplicates)} duplicate article(s) skipped; see df.attrs['duplicates']",
            stacklevel=2,
        )
    return df


def _describe(source: Any) -> str:
    if isinstance(source, (str, os.PathLike)):
        return repr(os.fspath(source))
    return f"the given {type(source).__name__}"
