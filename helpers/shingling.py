"""Words and shingles of a text: what the story signer (:mod:`helpers.stories`) hashes.

A text is folded to lower-case words without punctuation (:func:`normalise_words`; the signer
takes an ASCII fast path to the same words), every run of ``shingle_words`` consecutive words is
a *shingle* (:func:`shingles`), and ``_shingle_sets`` hashes many texts' shingle sets at once to
sorted 32-bit values. Pure functions of the text: no MinHash and no index here.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
import zlib
from collections.abc import Sequence

import numpy as np

__all__ = ["DEFAULT_SHINGLE_WORDS", "normalise_words", "shingles"]


DEFAULT_SHINGLE_WORDS = 4
"""Words per shingle. Each edited word changes this many shingles, so shorter shingles forgive
edits (recall at threshold 0.4: 0.992 with 3 words, 0.990 with 4, 0.968 with 5, 0.958 with 6, at
equal precision); 3-word shingles are common phrases ("according to the") shared by unrelated
texts, so 4."""

_WORD = re.compile(r"\w+")
# Apostrophes inside words are dropped, not split on: "Sheriff's" and "Sheriff’s" → "sheriffs".
# (str.replace per mark, not str.translate: translate looks every character up in a dict, 10x
# the cost of the rest of the folding.)
_APOSTROPHES = "'’‘ʼ`´"


def normalise_words(text: str) -> list[str]:
    """The words of ``text``, folded so that page furniture and typography do not matter.

    Unicode compatibility forms are folded (NFKC), case is folded, apostrophes inside words are
    dropped and every other punctuation mark separates words.

        >>> normalise_words("The Sheriff’s Office said: “No comment.” — 12,000 FANS")
        ['the', 'sheriffs', 'office', 'said', 'no', 'comment', '12', '000', 'fans']
    """
    folded = unicodedata.normalize("NFKC", text).casefold()
    for mark in _APOSTROPHES:
        if mark in folded:
            folded = folded.replace(mark, "")
    return _WORD.findall(folded)


# The signer's fast path for :func:`normalise_words` (the regex findall is four fifths of its
# cost): once the typographic marks news text is full of are turned into what the regex makes of
# them (curly apostrophes dropped; quotes and dashes, non-word characters, into spaces), most
# texts are ASCII, and for ASCII text ``\w`` is [A-Za-z0-9_], NFKC changes nothing and casefold is
# lower: one bytes.translate (a 256-byte table, straight apostrophes deleted) and a split give the
# same words, UTF-8 encoded as the hashing wants them. Other texts take normalise_words.
_WORD_BYTES = frozenset(b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_")
_NON_WORD_TO_SPACE = bytes(b if b in _WORD_BYTES else 0x20 for b in range(256))
# Only marks NFKC leaves as they are (or, the no-break space, makes a space) and casefold keeps:
# "´" is not one (NFKC makes it a space and a combining accent), so a text with it takes the regex.
_CURLY_APOSTROPHES = ("\u2019", "\u2018", "\u02bc")  # ’ ‘ ʼ, dropped like normalise_words does
_SEPARATORS = ("\u201c", "\u201d", "\u2014", "\u2013", "\u00a0")  # “ ” — – no-break space


def _hash_words(text: str) -> list[bytes]:
    """``[w.encode() for w in normalise_words(text)]``, mostly without the regex.

    >>> _hash_words("The Sheriff’s “Office” — 12,000 FANS")
    [b'the', b'sheriffs', b'office', b'12', b'000', b'fans']
    """
    if not text.isascii():
        for mark in _CURLY_APOSTROPHES:
            if mark in text:
                text = text.replace(mark, "")
        for mark in _SEPARATORS:
            if mark in text:
                text = text.replace(mark, " ")
        if not text.isascii():
            return [word.encode() for word in normalise_words(text)]
    return text.lower().encode().translate(_NON_WORD_TO_SPACE, b"'`").split()


def shingles(text: str, *, shingle_words: int = DEFAULT_SHINGLE_WORDS) -> set[str]:
    """The set of runs of ``shingle_words`` consecutive normalised words of ``text``.

    A text shorter than that is one shingle; an empty text has none.

        >>> sorted(shingles("Rain, rain: go away!", shingle_words=3))
        ['rain go away', 'rain rain go']
        >>> shingles("Hello world", shingle_words=5)
        {'hello world'}
    """
    words = normalise_words(text)
    if not words:
        return set()
    last = max(1, len(words) - shingle_words + 1)
    return {" ".join(words[i : i + shingle_words]) for i in range(last)}


# One odd 64-bit multiplier per word slot of a shingle (splitmix64 outputs): a shingle's hash is
# the high half of Σ crc32(word_j) × M_j mod 2^64, so each word is hashed once, not once per
# shingle it is in, and no shingle string is built (a third of the signature's cost).
_SLOT_MULTIPLIERS = np.array(
    [
        0xE220A8397B1DCDAF,
        0x6E789E6AA1B965F5,
        0x06C45D188009454F,
        0xF88BB8A8724C81ED,
        0x1B39896A51A8749B,
        0x53CB9F0C747EA2EB,
        0x6A3B1F5A9C4D2E8B,
        0x9E3779B97F4A7C15,
    ],
    dtype=np.uint64,
)


def _shingle_sets(
    words: Sequence[list[bytes]], shingle_words: int
) -> tuple[np.ndarray, np.ndarray]:
    """Each text's sorted distinct 32-bit shingle hashes (of the shingles :func:`shingles` would
    return), for many texts at once: (hashes of all texts one after the other, count per text).

    Every word is hashed once (CRC-32), and a shingle's hash is the high half of
    Σ crc32(word_j) × M_j mod 2^64 over its words, computed for all texts' words in one NumPy
    pass (the windows that straddle two texts are computed and dropped); one sort of
    (text, hash) keys then gives every text's distinct hashes in order.
    """
    if shingle_words > len(_SLOT_MULTIPLIERS):
        raise ValueError(f"shingle_words must be at most {len(_SLOT_MULTIPLIERS)}")
    lengths = np.fromiter(map(len, words), np.int64, len(words))
    total_words = int(lengths.sum())
    flat = itertools.chain.from_iterable(words)
    hashed = np.fromiter(map(zlib.crc32, flat), np.uint64, total_words)  # UTF-8 words
    starts = np.cumsum(lengths) - lengths
    # per text: its shingles start at words start .. start + length - k (a text shorter than k
    # words is one shingle of all its words, computed on its own below)
    full = lengths >= shingle_words
    count = np.where(full, lengths - shingle_words + 1, (lengths > 0).astype(np.int64))
    windows = max(0, total_words - shingle_words + 1)
    sums = np.zeros(windows, dtype=np.uint64)
    for j in range(shingle_words if windows else 0):  # uint64 arrays wrap: mod 2^64
        sums += hashed[j : j + windows] * _SLOT_MULTIPLIERS[j]
    text_of = np.repeat(np.arange(len(words), dtype=np.uint64), count)
    shingle_starts = np.cumsum(count) - count
    first = np.repeat(starts - shingle_starts, count)  # word index - shingle index
    at = np.arange(len(text_of), dtype=np.int64) + first
    values = np.zeros(len(text_of), dtype=np.uint64)
    values[np.repeat(full, count)] = sums[at[np.repeat(full, count)]]
    for i in np.flatnonzero(~full & (lengths > 0)).tolist():  # short texts: one shingle each
        lo = int(starts[i])
        one = hashed[lo : lo + int(lengths[i])] * _SLOT_MULTIPLIERS[: int(lengths[i])]
        values[int(shingle_starts[i])] = one.sum(dtype=np.uint64)
    keys = np.sort((text_of << np.uint64(32)) | (values >> np.uint64(32)))
    if len(keys) > 1:  # distinct keys (np.unique's hash table costs 4x this sort and compare)
        keys = keys[np.r_[True, keys[1:] != keys[:-1]]]
    counts = np.bincount((keys >> np.uint64(32)).astype(np.int64), minlength=len(words))
    return keys.astype(np.uint32), counts
