"""Turning article bytes into text without garbling it, and saying when the bytes were not clean.

Part of stage 1 (**load**): :mod:`helpers.load` reads files, this module decides what their bytes
say. In order:

1. a byte-order mark (UTF-8, UTF-16, UTF-32) decides;
2. UTF-16/UTF-32 *without* a mark is recognised by its NUL pattern (ASCII text in UTF-16LE is
   ``a\\0b\\0…``), which no real text file has;
3. other data with NUL bytes is binary;
4. UTF-8 — also when a few bytes are invalid: if the valid multi-byte UTF-8 characters outnumber
   the invalid bytes, the text *is* UTF-8 with some damage; the bad bytes become U+FFFD and their
   byte offsets are reported (:attr:`Decoded.bad_bytes`). Reading such a file as cp1252 instead
   would turn every "São" into "SÃ£o" silently;
5. cp1252 when the result reads like Latin-script prose, else charset-normalizer's guess.

:func:`repair_mojibake` then repairs mojibake already in the text ("SÃ£o Paulo" → "São Paulo") with
``ftfy.fix_encoding``, which changes text only where its own heuristics find the encoding mix-up
unambiguous; it is asked only when the text holds a character pair typical of UTF-8 read as
cp1252/Latin-1, so clean text costs a regular-expression search.

    >>> decode_article("São Paulo ".encode() + b"\\xff")
    Decoded(text='São Paulo �', encoding='utf-8', bad_bytes=(11,))
    >>> repair_mojibake("SÃ£o Paulo")
    ('São Paulo', "mojibake repaired by ftfy: 'SÃ£o' → 'São'")
"""

from __future__ import annotations

import codecs
import re
from typing import NamedTuple

__all__ = [
    "WIDE_BOMS",
    "Decoded",
    "decode_article",
    "decode_bytes",
    "describe_bad_bytes",
    "repair_mojibake",
    "wide_encoding",
]

# UTF-32 first: its little-endian mark begins with UTF-16's. The codecs consume the mark.
WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SNIFF_BYTES = 1 << 16
_SURROGATE_RE = re.compile("[\udc80-\udcff]")
_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
_GOOD_NON_ASCII_RE = re.compile("[^\x00-\x7f\udc80-\udcff]")
# A UTF-8 lead byte read as cp1252/Latin-1 (Â..ô) followed by a continuation byte read the same
# way (\x80-\xbf, or what cp1252 maps 0x80-0x9f to): the shape of every UTF-8 mojibake pair.
_MOJIBAKE_RE = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160"
    "\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153"
    "\u017e\u0178]"
)


class Decoded(NamedTuple):
    """Decoded article bytes: the text, the codec that read them, and where bytes were invalid.

    ``bad_bytes`` holds the byte offsets of invalid UTF-8 bytes replaced with U+FFFD (empty when
    the bytes were clean).
    """

    text: str
    encoding: str
    bad_bytes: tuple[int, ...] = ()


def wide_encoding(head: bytes) -> str | None:
    """The UTF-16/32 codec of bytes starting with ``head``, by byte-order mark or NUL pattern.

    Returns ``"utf-32"``/``"utf-16"`` for a mark (the codec consumes it), ``"utf-16-le"`` …
    ``"utf-32-be"`` for text without one, None for anything else.

    >>> wide_encoding("Hanoi".encode("utf-16-le")), wide_encoding(b"Hanoi")
    ('utf-16-le', None)
    """
    for bom, name in WIDE_BOMS:
        if head.startswith(bom):
            return name
    sample = head[:_SNIFF_BYTES]
    guess = None
    n4 = len(sample) // 4
    if n4 >= 2:
        zeros = [sample[i : 4 * n4 : 4].count(0) for i in range(4)]
        if zeros[1] == zeros[2] == zeros[3] == n4 and zeros[0] < n4:
            guess = "utf-32-le"
        elif zeros[0] == zeros[1] == zeros[2] == n4 and zeros[3] < n4:
            guess = "utf-32-be"
    n2 = len(sample) // 2
    if guess is None and n2 >= 4:
        even, odd = sample[0 : 2 * n2 : 2].count(0), sample[1 : 2 * n2 : 2].count(0)
        # ASCII-range text leaves one byte of each pair zero; binary data has zeros anywhere
        if odd >= 0.3 * n2 and even <= 0.02 * n2:
            guess = "utf-16-le"
        elif even >= 0.3 * n2 and odd <= 0.02 * n2:
            guess = "utf-16-be"
    if guess is None:
        return None
    # and what it decodes to must read as text: no control characters but whitespace
    width = 4 if guess.startswith("utf-32") else 2
    try:
        text = sample[: len(sample) // width * width].decode(guess)
    except UnicodeDecodeError:
        text = sample[: len(sample) // width * width - width].decode(guess, "ignore")
    return None if _CONTROL_RE.search(text) else guess


def decode_article(data: bytes) -> Decoded:
    """Decode article bytes (see the module docstring for the order of the rules).

    Raises ``ValueError`` for binary or undecodable data.

    >>> decode_article("café".encode("cp1252"))
    Decoded(text='café', encoding='cp1252', bad_bytes=())
    >>> decode_article("Hanoi".encode("utf-16-be")).encoding
    'utf-16-be'
    """
    if data.startswith(codecs.BOM_UTF8):
        try:
            return Decoded(data.decode("utf-8-sig"), "utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ValueError(f"undecodable bytes: has a utf-8 byte-order mark but {exc}") from None
    wide = wide_encoding(data[:_SNIFF_BYTES])
    if wide is not None:
        try:
            text = data.decode(wide)
        except UnicodeDecodeError as exc:
            if wide in ("utf-16", "utf-32"):
                raise ValueError(
                    f"undecodable bytes: has a {wide} byte-order mark but {exc}"
                ) from None
            raise ValueError("binary file (contains NUL bytes), not text") from None
        if "\x00" in text:
            raise ValueError("binary file (contains NUL bytes), not text")
        return Decoded(text, wide)
    if b"\x00" in data[:_SNIFF_BYTES]:
        raise ValueError("binary file (contains NUL bytes), not text")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    escaped = data.decode("utf-8", "surrogateescape")
    bad = [m.start() for m in _SURROGATE_RE.finditer(escaped)]
    if len(_GOOD_NON_ASCII_RE.findall(escaped)) >= len(bad):
        return Decoded(_SURROGATE_RE.sub("\ufffd", escaped), "utf-8", _byte_offsets(escaped, bad))
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None and _reads_like_latin_prose(text):
        return Decoded(text, "cp1252")

    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise ValueError("undecodable bytes: not UTF-8 and no plausible legacy encoding")
    return Decoded(str(best), best.encoding)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """``(text, encoding)`` of :func:`decode_article` (invalid UTF-8 bytes become U+FFFD).

    >>> decode_bytes("café".encode("cp1252"))
    ('café', 'cp1252')
    """
    text, encoding, _ = decode_article(data)
    return text, encoding


def _byte_offsets(escaped: str, positions: list[int]) -> tuple[int, ...]:
    """Byte offsets of the characters at ``positions`` of surrogate-escaped UTF-8 text."""
    offsets, done, byte = [], 0, 0
    for pos in positions:
        byte += len(escaped[done:pos].encode("utf-8", "surrogateescape"))
        done = pos
        offsets.append(byte)
    return tuple(offsets)


def describe_bad_bytes(offsets: tuple[int, ...] | list[int], *, shown: int = 10) -> str:
    """One line for an errors row: how many invalid bytes were replaced, and where.

    >>> describe_bad_bytes([3, 17])
    '2 invalid UTF-8 byte(s) replaced with U+FFFD at byte offset(s) 3, 17'
    """
    where = ", ".join(map(str, offsets[:shown])) + (" …" if len(offsets) > shown else "")
    return f"{len(offsets)} invalid UTF-8 byte(s) replaced with U+FFFD at byte offset(s) {where}"


def _reads_like_latin_prose(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return False
    if any(ord(ch) < 32 and ch not in "\n\r\t\f" for ch in text):
        return False
    accented = sum(1 for ch in letters if ord(ch) > 127)
    # Cyrillic or Greek bytes read as cp1252 give words made only of accented letters ("Ïðèâåò").
    return accented / len(letters) <= 0.3


_SPACES = re.compile(r"(\s+)")


def _fix_lines(text: str) -> str:
    """``ftfy.fix_encoding`` line by line, then word by word where a line still holds mojibake.

    ftfy decides per stretch of text which mix-up it undoes; on a whole page with several
    encodings' debris it undid some and left others ("İlkay GündoÄŸan", "ÄŒeferin" in a
    scraped Champions League report), which a line or a word alone resolves.

    >>> _fix_lines("Barella, BrozoviÄ‡, Ã‡alhanoÄŸlu, Dimarco\\nÄ°lkay GÃ¼ndoÄŸan")
    'Barella, Brozović, Çalhanoğlu, Dimarco\\nİlkay Gündoğan'
    """
    import ftfy

    out = []
    for line in text.split("\n"):
        if _MOJIBAKE_RE.search(line):
            line = ftfy.fix_encoding(line)
            if _MOJIBAKE_RE.search(line):
                line = "".join(
                    ftfy.fix_encoding(w) if _MOJIBAKE_RE.search(w) else w
                    for w in _SPACES.split(line)
                )
        out.append(line)
    return "\n".join(out)


def repair_mojibake(text: str) -> tuple[str, str | None]:
    """``(text, note)``: mojibake repaired by ``ftfy.fix_encoding``, and a one-line note of the
    first change (None when nothing changed).

    >>> repair_mojibake("naïve café")
    ('naïve café', None)
    """
    if text.isascii() or not _MOJIBAKE_RE.search(text):
        return text, None
    fixed = _fix_lines(text)
    if fixed == text:
        return text, None
    start = 0
    while start < min(len(text), len(fixed)) and text[start] == fixed[start]:
        start += 1
    end_old, end_new = len(text), len(fixed)
    while end_old > start and end_new > start and text[end_old - 1] == fixed[end_new - 1]:
        end_old, end_new = end_old - 1, end_new - 1
    # widen to whole words so the note reads "SÃ£o" → "São", not "Ã£" → "ã"
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end_old < len(text) and not text[end_old].isspace():
        end_old, end_new = end_old + 1, end_new + 1
    before, after = text[start:end_old], fixed[start:end_new]
    if len(before) > 60:
        before, after = before[:60] + "…", after[:60] + "…"
    return fixed, f"mojibake repaired by ftfy: {before!r} → {after!r}"
