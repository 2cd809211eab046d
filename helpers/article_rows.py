"""One article row from a text or a record: field names, cleaning, the size cap, failures.

Part of stage 1 (**load**): :mod:`helpers.load` (texts and dicts passed in) and the per-format
readers of :mod:`helpers.readers` (files) turn every article they find into a row here
(``_build``: cleaned by :mod:`helpers.clean`, keyed by ``article_id``); an input that yields no
article becomes a :class:`LoadFailure` instead.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple

from .clean import article_id_for, clean_article, count_words, headline_of
from .decode import repair_mojibake

__all__ = ["DEFAULT_MAX_BYTES", "FIELD_ALIASES", "LoadFailure"]


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
        title = headline_of(body)  # (not a masthead or a section line above it)
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


def _with_notes(
    items: Iterable[dict[str, Any] | LoadFailure],
) -> Iterator[dict[str, Any] | LoadFailure]:
    """Rows as they go out: the notes a row carries become LoadFailures just before it."""
    for item in items:
        if isinstance(item, dict):
            for stage, reason in item.pop(_NOTES, ()):
                yield LoadFailure(item["source"], stage, reason)
        yield item
