"""Load articles from files, folders, globs, JSON/JSONL/CSV/Parquet/HTML, or Python objects.

Stage 1 of the data flow (**load** → clean → …). Every article becomes one row of the *articles* table,
cleaned by :mod:`helpers.clean` and keyed by ``article_id`` (a hash of the cleaned text).

Bad input never sinks a batch: an empty, binary, undecodable, unreadable or missing file, a FIFO, socket,
device, broken symlink or symlink loop (listed, never opened), a malformed JSON line or CSV row, a record
nested too deeply, an article above the size cap (``max_bytes``), an HTML page with too little text —
each becomes one row of an *errors* table, and every other article is still loaded. Large JSONL, CSV
and Parquet files are streamed record by record. An article that loads but whose bytes were damaged
(invalid UTF-8 bytes replaced, mojibake repaired) is loaded *and* listed, with stage ``decode``.

Example:
    >>> df = load_articles(["Hanoi is ready.\\n\\nVietnam will host the summit."])
    >>> print(df.loc[0, "title"], df.loc[0, "n_words"])
    Hanoi is ready. 8
"""

from __future__ import annotations

import codecs
import csv
import json
import os
import re
import warnings
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, NamedTuple

import pandas as pd

from .clean import article_id_for, clean_article, count_words
from .decode import WIDE_BOMS as _WIDE_BOMS  # noqa: F401  (the pipeline reads it)
from .decode import decode_article, decode_bytes, describe_bad_bytes, repair_mojibake, wide_encoding
from .errors import DatelineError
from .inputs import SUPPORTED_EXTENSIONS, expand_sources, not_readable, os_reason
from .inputs import expand as _expand
from .markup import markdown_text

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
    "title",  # first non-empty line of a text file, or the record's/page's title
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
    "author": ("author", "byline", "authors"),
}

#: Default cap on one article, in bytes of a file read whole (``.txt``, ``.md``, ``.html``, ``.json``),
#: of one JSON line, or in characters of one record's text: 5 MiB is a hundred times the longest news
#: story, and far below the gigabytes that cleaning and analysing a 50 MB "article" would take.
DEFAULT_MAX_BYTES = 5 * 2**20

_SNIFF_BYTES = 1 << 16
_CSV_CHUNK_ROWS = 2_000
_MIN_HTML_WORDS = 20  # fewer words than this from a page is a caption or a menu, not an article
_JSONLD_RE = re.compile(
    r"<script[^>]*type\s*=\s*[\"']?application/ld\+json[^>]*>(.*?)</script>", re.I | re.S
)
_LINE_BREAKS = re.compile(r"\s*\n\s*")  # one or more line breaks in extracted page text
_ARTICLE_TYPES = frozenset(
    {"article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "blogposting"}
)


class LoadError(DatelineError, ValueError):
    """An input could not be loaded (raised with ``errors="raise"``, or when nothing loads at all)."""


class _Rejected(ValueError):
    """An input that yields no article, with the stage that rejected it."""

    def __init__(self, stage: str, reason: str) -> None:
        super().__init__(reason)
        self.stage = stage


class _Options(NamedTuple):
    """The caller's settings, passed down to every reader."""

    columns: Mapping[str, str]
    max_bytes: int


@dataclass(frozen=True)
class LoadFailure:
    """One input that could not be loaded — or an article loaded from damaged bytes (stage
    ``decode``, yielded just before its row) — where, at which stage, and why."""

    source: str
    stage: str
    error: str

    def as_row(self) -> dict[str, str]:
        return {"source": self.source, "stage": self.stage, "error": self.error}


# --------------------------------------------------------------------------------------- records

# a note attached to an article row: (stage, reason), yielded as a LoadFailure before the row
_NOTES = "_notes"


def _pick(
    record: Mapping[str, Any],
    column: str,
    explicit: Mapping[str, str],
    lowered: Mapping[str, Any] | None = None,
) -> Any:
    """The record's value for ``column``: the explicit field, else the first alias with a value.
    ``lowered`` (lower-cased key → key) may be passed in, built once per record."""
    if column in explicit:
        return record.get(explicit[column])
    if lowered is None:
        lowered = {str(k).lower(): k for k in record}
    for alias in FIELD_ALIASES[column]:
        key = lowered.get(alias)
        if key is not None:
            value = record[key]
            if not _is_blank(value):
                return value
    return None


def _is_blank(value: Any) -> bool:
    """None, NaN or an empty string: no value, so the next alias is tried (an empty CSV cell
    "author" beside a filled "byline")."""
    if value is None or (isinstance(value, float) and value != value):
        return True
    return isinstance(value, str) and not value.strip()


def _as_str(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value != value:  # NaN from CSV/Parquet
        return None
    text = str(value).strip()
    return text or None


def _names(value: Any) -> str | None:
    """An author field as one string: a name, a list of names (or of ``{"name": ...}`` objects, as
    JSON-LD has them) joined with "; "."""
    if isinstance(value, Mapping):
        return _as_str(value.get("name"))
    if isinstance(value, (list, tuple)) or (
        hasattr(value, "tolist") and not isinstance(value, str)
    ):
        items = value.tolist() if hasattr(value, "tolist") else value
        names = [n for n in (_names(v) for v in items) if n]
        return "; ".join(dict.fromkeys(names)) or None
    return _as_str(value)


def _build(
    *,
    source: str,
    text_raw: str,
    title: str | None,
    encoding: str | None,
    published: Any = None,
    outlet: Any = None,
    url: Any = None,
    author: Any = None,
) -> dict[str, Any]:
    """Clean one article and assemble its row. Raises _Rejected when no text is left.

    Mojibake in the text or title is repaired first (:func:`helpers.decode.repair_mojibake`); the
    row then carries a ``decode`` note saying what changed."""
    notes: list[tuple[str, str]] = []
    text_raw, note = repair_mojibake(text_raw)
    if note:
        notes.append(("decode", note))
    title = _as_str(title)
    if title and not title.isascii():
        title, note = repair_mojibake(title)
        if note and not notes:
            notes.append(("decode", note))
    cleaned = clean_article(text_raw)
    body = cleaned.text
    if title:
        title = clean_article(title).text.replace("\n\n", " ") or None
    if not body.strip():
        raise _Rejected("clean", "no article text left after cleaning (empty or only boilerplate)")
    # The title leads the cleaned text in every format, so place and entity finding see it too.
    if title and not body.startswith(title):
        body = f"{title}\n\n{body}"
    elif not title:
        title = body.split("\n\n", 1)[0]
    row = {
        "article_id": article_id_for(body),
        "source": source,
        "title": title,
        "published": _as_str(published),
        "outlet": _as_str(outlet),
        "author": _names(author),
        "url": _as_str(url),
        "text_raw": text_raw,
        "text": body,
        "n_words": count_words(body),
        "encoding": encoding,
        **{k: cleaned.metadata.get(k) for k in ("photo_credit", "reference")},
    }
    if notes:
        row[_NOTES] = notes
    return row


def _too_large(size: int, max_bytes: int, unit: str = "bytes") -> str:
    return (
        f"too large: {size:,} {unit}, above the cap of {max_bytes:,} for one article "
        "(max_bytes=); not read further"
    )


def _too_large_field(opts: _Options) -> str:
    return (
        f"too large: a field of more than {opts.max_bytes:,} characters, above the cap for one "
        "article (max_bytes=); not read"
    )


def _from_record(
    record: Mapping[str, Any], source: str, opts: _Options, encoding: str | None
) -> dict[str, Any]:
    lowered = {str(k).lower(): k for k in record}
    text = _pick(record, "text", opts.columns, lowered)
    if isinstance(text, str) and len(text) > opts.max_bytes:
        raise _Rejected("read", _too_large(len(text), opts.max_bytes, "characters"))
    text = _as_str(text)
    if not text:
        found = ", ".join(map(str, list(record)[:8])) or "none"
        raise _Rejected(
            "parse",
            f"no text field (looked for {', '.join(FIELD_ALIASES['text'])}; fields: {found}); "
            "name it with columns={'text': ...}",
        )
    if len(text) > opts.max_bytes:
        raise _Rejected("read", _too_large(len(text), opts.max_bytes, "characters"))
    return _build(
        source=source,
        text_raw=text,
        title=_pick(record, "title", opts.columns, lowered),
        encoding=encoding,
        published=_pick(record, "published", opts.columns, lowered),
        outlet=_pick(record, "outlet", opts.columns, lowered),
        url=_pick(record, "url", opts.columns, lowered),
        author=_pick(record, "author", opts.columns, lowered),
    )


def _from_text_file(text: str, source: str, encoding: str, markdown: bool) -> dict[str, Any]:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        raise _Rejected("read", "empty file (only whitespace)")
    title = lines[first].strip()
    # The title line is its own paragraph even when the body follows it without a blank line.
    body = "\n".join(lines[first + 1 :])
    if markdown:  # the text a reader sees: no stars, link addresses or images (helpers.markup)
        # the title is the first top-level heading where there is one (a page saved as Markdown
        # may open with a breadcrumb line: "[Inicio](/) / [Mundo](/mundo)")
        at = next((i for i in range(first, len(lines)) if lines[i].startswith("# ")), first)
        title = markdown_text(lines[at].lstrip("#").strip()) or lines[at].lstrip("#").strip()
        body = markdown_text("\n".join(lines[first:at] + lines[at + 1 :]))
    row = _build(source=source, text_raw=f"{title}\n\n{body}", title=title, encoding=encoding)
    # as it arrived; for Markdown, as a reader sees it (as for HTML: markup is no text to clean)
    raw = repair_mojibake(text)[0]
    row["text_raw"] = markdown_text(raw) if markdown else raw
    return row


def _jsonld_article(html: str) -> dict[str, Any] | None:
    """The schema.org ``Article``/``NewsArticle`` object with the longest ``articleBody`` among the
    page's JSON-LD blocks (``@graph`` lists included), or None."""
    best: dict[str, Any] | None = None

    def visit(node: Any, depth: int = 0) -> None:
        nonlocal best
        if depth > 8:
            return
        if isinstance(node, list):
            for item in node:
                visit(item, depth + 1)
            return
        if not isinstance(node, Mapping):
            return
        kinds = node.get("@type")
        kinds = kinds if isinstance(kinds, list) else [kinds]
        body = node.get("articleBody")
        if (
            any(isinstance(k, str) and k.lower() in _ARTICLE_TYPES for k in kinds)
            and isinstance(body, str)
            and (best is None or len(body) > len(best["articleBody"]))
        ):
            best = dict(node)
        for key in ("@graph", "mainEntity", "mainEntityOfPage"):
            visit(node.get(key), depth + 1)

    for block in _JSONLD_RE.findall(html):
        try:
            visit(json.loads(block.strip()))
        except (ValueError, RecursionError):  # a broken or hostile block costs only itself
            continue
    return best


def _from_html(html: str, source: str, encoding: str) -> dict[str, Any]:
    import trafilatura

    extracted = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False
    )
    doc = extracted.as_dict() if extracted is not None else {}
    text = _as_str(doc.get("text"))
    n_words = count_words(text) if text else 0
    fields = {
        "title": doc.get("title"),
        "published": doc.get("date"),
        "author": doc.get("author"),
    }
    # Some pages keep the story in schema.org JSON-LD and show trafilatura only a photo caption:
    # take the articleBody when it is much longer than what trafilatura found.
    ld = _jsonld_article(html) if "ld+json" in html.lower() else None
    ld_body = _as_str(ld.get("articleBody")) if ld else None
    ld_words = count_words(ld_body) if ld_body else 0
    if ld and ld_body and ld_words >= _MIN_HTML_WORDS and ld_words > 2 * n_words:
        text, n_words = ld_body, ld_words
        fields = {
            "title": ld.get("headline") or fields["title"],
            "published": ld.get("datePublished") or fields["published"],
            "author": ld.get("author") or fields["author"],
        }
    elif ld and not fields["author"]:
        fields["author"] = ld.get("author")
    # A menu, a cookie banner or a caption is all some pages have: that is not an article.
    if not text or n_words < _MIN_HTML_WORDS:
        found = f": {text[:80]!r}" if text else ""
        raise _Rejected(
            "parse",
            f"too little text: the HTML page yields {n_words} word(s) of article text "
            f"(fewer than {_MIN_HTML_WORDS}){found}",
        )
    # Each line of extracted page text is a block of its own (heading, paragraph): keep it a
    # paragraph, or cleaning would read the line breaks as wrapping and run the title and the
    # paragraphs together (the title then merged with the first sentence of the body).
    text = _LINE_BREAKS.sub("\n\n", text.strip())
    return _build(
        source=source,
        text_raw=text,
        title=fields["title"],
        encoding=encoding,
        published=fields["published"],
        outlet=doc.get("sitename") or doc.get("hostname"),
        url=doc.get("url"),
        author=fields["author"],
    )


# ------------------------------------------------------------------------------------- iteration


def _with_notes(
    items: Iterable[dict[str, Any] | LoadFailure],
) -> Iterator[dict[str, Any] | LoadFailure]:
    """Rows as they go out: the notes a row carries become LoadFailures just before it."""
    for item in items:
        if isinstance(item, dict):
            for stage, reason in item.pop(_NOTES, ()):
                yield LoadFailure(item["source"], stage, reason)
        yield item


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


def _iter_json_payload(
    payload: Any, src: str, opts: _Options, encoding: str
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
        yield _record_or_failure(record, where, opts, encoding)


def _record_or_failure(
    record: Any, where: str, opts: _Options, encoding: str | None
) -> dict[str, Any] | LoadFailure:
    """One parsed JSON value or table row: its article row, or why it is none."""
    if not isinstance(record, Mapping):
        return LoadFailure(where, "parse", f"holds a {type(record).__name__}, not an object")
    try:
        return _from_record(record, where, opts, encoding)
    except _Rejected as exc:
        return LoadFailure(where, exc.stage, str(exc))
    except RecursionError:  # a field nested thousands deep costs this record only
        return LoadFailure(where, "parse", "a field is nested too deeply to read")


def _bounded_lines(fh: Any, limit: int) -> Iterator[bytes | str | int]:
    """The lines of ``fh``, each read whole only if at most ``limit`` long: a longer line is
    skipped in 1 MiB pieces and yields its length instead (memory stays bounded)."""
    while True:
        line = fh.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and line[-1:] not in (b"\n", "\n"):
            size = len(line)
            while True:
                piece = fh.readline(1 << 20)
                size += len(piece)
                if not piece or piece[-1:] in (b"\n", "\n"):
                    break
            yield size
        else:
            yield line


def _iter_jsonl(path: Path, opts: _Options) -> Iterator[dict[str, Any] | LoadFailure]:
    src = str(path)
    with path.open("rb") as fh:
        head = fh.read(_SNIFF_BYTES)
        if not head.strip():
            yield LoadFailure(src, "read", "empty file")
            return
        wide = wide_encoding(head)
        if wide is not None:
            # UTF-16/32 lines cannot be split as bytes (b"\n" is half of a character): decode
            yield from _iter_jsonl_text(path, wide, opts)
            return
        if b"\x00" in head and not _has_json_object_line(head):
            yield LoadFailure(src, "decode", "binary file (contains NUL bytes), not text")
            return
        fh.seek(0)
        yield from _jsonl_lines(_bounded_lines(fh, opts.max_bytes), src, opts, first_lineno=1)


def _has_json_object_line(head: bytes) -> bool:
    """Whether a line of ``head`` is a JSON object: then a NUL byte elsewhere is a bad line of a
    JSON Lines file (it costs that line), not the mark of a binary file."""
    for line in head.split(b"\n"):
        try:
            if isinstance(json.loads(line), Mapping):
                return True
        except (ValueError, RecursionError):
            continue
    return False


def _jsonl_lines(
    lines: Iterable[bytes | str | int],
    src: str,
    opts: _Options,
    *,
    first_lineno: int,
    encoding: str = "utf-8",
) -> Iterator[dict[str, Any] | LoadFailure]:
    """Records of JSON lines: UTF-8 bytes from a binary file, or text already decoded (an int is
    the length of a line too long to read)."""
    for lineno, raw in enumerate(lines, start=first_lineno):
        where = f"{src}:line {lineno}"
        if isinstance(raw, int):
            yield LoadFailure(where, "read", _too_large(raw, opts.max_bytes))
            continue
        if lineno == 1 and isinstance(raw, bytes) and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]
        if not raw.strip():
            continue
        damaged = None
        if isinstance(raw, bytes):
            try:
                raw = raw.decode("utf-8")
            except UnicodeDecodeError:
                # a few stray bytes in a UTF-8 line: keep the line, replace them, say where
                try:
                    raw, _, bad = decode_article(raw)
                except ValueError as exc:
                    yield LoadFailure(where, "decode", str(exc))
                    continue
                damaged = describe_bad_bytes(bad) if bad else None
        try:
            record = json.loads(raw)
        except json.JSONDecodeError as exc:
            yield LoadFailure(where, "parse", f"malformed JSON line: {exc}")
            continue
        except RecursionError:
            yield LoadFailure(where, "parse", "malformed JSON line: nested too deeply to parse")
            continue
        if damaged:
            yield LoadFailure(where, "decode", damaged + " (offsets within the line)")
        yield _record_or_failure(record, where, opts, encoding)


def iter_jsonl_tail(
    path: str | os.PathLike[str],
    start: int,
    first_lineno: int,
    *,
    columns: Mapping[str, str] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[dict[str, Any] | LoadFailure]:
    """The articles of a JSON Lines file from byte ``start`` on, where line ``first_lineno``
    begins: what :func:`iter_articles` yields for those lines (the same sources,
    ``path:line N``). For reading only what was appended to a file read before.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "a.jsonl"
    >>> _ = p.write_text('{"text": "Rain in Oslo."}\\n{"text": "Sun in Rome."}\\n')
    >>> [r["text"] for r in iter_jsonl_tail(p, 26, 2)]
    ['Sun in Rome.']
    """
    path = Path(path)
    opts = _Options(dict(columns or {}), int(max_bytes))
    with path.open("rb") as fh:
        head = fh.read(_SNIFF_BYTES)
        wide = wide_encoding(head)
        fh.seek(start)
        if wide is not None:  # a UTF-16/32 file read from a character boundary, as text
            # mid-file there is no byte-order mark to say which end comes first: name it
            wide = next((name for bom, name in _ENDIANS if head.startswith(bom)), wide)
            reader = codecs.getreader(wide)(fh)
            lines: Iterable[bytes | str | int] = _bounded_lines(reader, opts.max_bytes)
        else:
            lines = _bounded_lines(fh, opts.max_bytes)
        yield from _with_notes(_jsonl_lines(lines, str(path), opts, first_lineno=first_lineno))


def _iter_jsonl_text(
    path: Path, encoding: str, opts: _Options
) -> Iterator[dict[str, Any] | LoadFailure]:
    """JSON Lines in a UTF-16/32 file, decoded line by line as text."""
    src = str(path)
    decoded = 0  # lines decoded so far: where a decoding error is

    def lines(fh: Any) -> Iterator[str | int]:
        nonlocal decoded
        for line in _bounded_lines(fh, opts.max_bytes):
            decoded += 1
            yield line

    try:
        with path.open(encoding=encoding, newline="") as fh:
            yield from _jsonl_lines(lines(fh), src, opts, first_lineno=1, encoding=encoding)
    except UnicodeDecodeError as exc:
        yield LoadFailure(
            f"{src}:line {decoded + 1}", "decode", f"undecodable bytes: {encoding} file but {exc}"
        )


_SURROGATES = re.compile("[\udc80-\udcff]")
_ENDIANS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _iter_csv(path: Path, opts: _Options) -> Iterator[dict[str, Any] | LoadFailure]:
    """CSV records with their true row numbers: a malformed row (more fields than the header) is
    an errors row naming its line, and the rows after it keep their numbers."""
    src = str(path)
    with path.open("rb") as fh:
        head = fh.read(_SNIFF_BYTES)
    if not head.strip():
        yield LoadFailure(src, "read", "empty file")
        return
    encoding = wide_encoding(head)
    if encoding is None:
        # A NUL in the header line means a binary file; one in a later row costs that row only.
        # Cut at the last line end: a multi-byte character split by the sniff is no error.
        cut = head[: head.rfind(b"\n") + 1] or head
        if b"\x00" not in cut.split(b"\n", 1)[0]:
            cut = cut.replace(b"\x00", b"")
        try:
            encoding = decode_article(cut).encoding
        except ValueError as exc:
            yield LoadFailure(src, "decode", str(exc))
            return
    utf8 = encoding in ("utf-8", "utf-8-sig")
    encoding = "utf-8-sig" if utf8 else encoding
    # article bodies are long fields; the cap keeps one from taking all memory
    csv.field_size_limit(max(opts.max_bytes + 1, 1 << 17))
    errors = "surrogateescape" if utf8 else "replace"
    with path.open(encoding=encoding, errors=errors, newline="") as fh:
        reader = csv.reader(fh)
        header: list[str] | None = None
        row_number = 0  # row N is the N-th record after the header, malformed ones included
        # the last record's items, held back: a quoted field that never closes runs to the end of
        # the file, so only the last record can be one, and only the end tells
        held: list[Any] = []
        held_at = (src, 0)  # the held record's source and first line
        while True:
            line = reader.line_num + 1
            try:
                fields = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                yield from held
                held = []
                if header is None:
                    yield LoadFailure(src, "parse", f"malformed CSV header (line {line}): {exc}")
                    return
                row_number += 1
                where = f"{src}:row {row_number}"
                if "field larger than field limit" in str(exc):
                    yield LoadFailure(where, "read", f"{_too_large_field(opts)} (line {line})")
                else:
                    yield LoadFailure(where, "parse", f"malformed CSV row at line {line}: {exc}")
                if reader.line_num < line:  # no progress: stop rather than loop
                    return
                continue
            yield from held
            held = []
            if header is None:
                header = fields
                continue
            if not fields:  # a blank line is no record
                continue
            row_number += 1
            where = f"{src}:row {row_number}"
            if len(fields) > len(header):
                yield LoadFailure(
                    where,
                    "parse",
                    f"malformed CSV row at line {line}: {len(fields)} fields, the header has "
                    f"{len(header)}; row skipped",
                )
                continue
            record = dict(zip(header, fields, strict=False))
            damaged = sum(len(_SURROGATES.findall(v)) for v in fields)
            if damaged:
                record = {k: _SURROGATES.sub("\ufffd", v) for k, v in record.items()}
                held.append(
                    LoadFailure(
                        where,
                        "decode",
                        f"{damaged} invalid UTF-8 byte(s) replaced with U+FFFD in this row "
                        f"(line {line})",
                    )
                )
            held.append(_record_or_failure(record, where, opts, encoding))
            held_at = (where, line)
        where, line = held_at
        if held and _unclosed_quote(path, encoding, errors, line):
            yield LoadFailure(
                where,
                "parse",
                f"malformed CSV row at line {line}: a quoted field opens and never closes, so "
                f"the rest of the file (it ends at line {reader.line_num}) would be this one row; "
                "row skipped",
            )
            return
        yield from held


def _unclosed_quote(path: Path, encoding: str, errors: str, start: int) -> bool:
    """Whether the CSV record starting at line ``start`` (the file's last) opens a quoted field
    that never closes. Python's lenient CSV reader takes the rest of the file as that field."""
    with path.open("rb") as fh:
        fh.seek(max(0, path.stat().st_size - 8))
        if fh.read().rstrip().endswith(b'"'):
            return False  # (a closing quote ends the file: the usual case, checked cheaply)
    with path.open(encoding=encoding, errors=errors, newline="") as fh:
        tail = [text for number, text in enumerate(fh, 1) if number >= start]
    try:
        for _ in csv.reader(tail, strict=True):
            pass
    except csv.Error as exc:
        return "unexpected end of data" in str(exc)
    return False


def _iter_parquet(path: Path, opts: _Options) -> Iterator[dict[str, Any] | LoadFailure]:
    import pyarrow.parquet as pq

    src = str(path)
    row_number = 0
    for batch in pq.ParquetFile(path).iter_batches(batch_size=_CSV_CHUNK_ROWS):
        for record in batch.to_pylist():
            row_number += 1
            yield _record_or_failure(record, f"{src}:row {row_number}", opts, None)


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
            File types by extension: ``.txt``/``.md`` (title = first non-empty line), ``.html``/``.htm``
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
        warnings.warn(
            f"{len(failures)} input(s) could not be loaded (first: {failures[0].source}: "
            f"{failures[0].error}); see df.attrs['errors']",
            stacklevel=2,
        )
    return df


def _describe(source: Any) -> str:
    if isinstance(source, (str, os.PathLike)):
        return repr(os.fspath(source))
    return f"the given {type(source).__name__}"
