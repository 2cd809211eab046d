"""The counts of one text's words, each as textstat 0.7.13 takes it, for the one-pass path.

Owns syllables per word (CMU dictionary, else Pyphen: ``_word_syllables``) and per text
(``_text_syllables``), sentences of more than two words (``_text_sentences``), and each whitespace
token's counts packed into one int (``_Vocabulary``: words, letters, syllables, polysyllables,
Dale–Chall and Gunning Fog hard words, Linsear Write easy words, characters; read back with
``_field``), so that a text's totals are one ``sum``. Every per-word fact is memoised per process
in dicts bounded by ``_WORD_CACHE_SIZE`` (``_memo_lookup``, ``_WordMemo``, ``_VOCABULARIES``).
:mod:`helpers.readability.formulas` evaluates textstat's formulas over these counts.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from operator import itemgetter
from typing import Any

from textstat.backend.counts import _count_syllables as _textstat_syllables
from textstat.backend.utils._get_lang_cfg import get_lang_cfg
from textstat.backend.utils.constants import RE_NONCONTRACTION_APOSTROPHE

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
    if token.isalnum():
        return token  # (letters and digits only: \w characters both removals keep; most words)
    kept = _NONCONTRACTION_APOSTROPHE_RE.sub("", token)
    return _PUNCTUATION_BUT_APOSTROPHE_RE.sub("", kept)


_VOCABULARIES: dict[str, _Vocabulary] = {}


def _vocabulary(lang: str) -> _Vocabulary:
    vocabulary = _VOCABULARIES.get(lang)
    if vocabulary is None:
        vocabulary = _VOCABULARIES.setdefault(lang, _Vocabulary(lang))
    return vocabulary
