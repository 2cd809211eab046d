"""textstat's metrics of one text: which (:data:`METRICS`, :data:`READABILITY_COLUMNS`), in what
language (:func:`resolve_lang`; one private textstat instance per language, ``_instance``) and how.

Two ways, the same numbers: ``_one_pass`` evaluates textstat's formulas over counts taken once
(:mod:`helpers.readability.word_counts`), for the textstat release those counts mirror;
``_textstat_metrics`` asks textstat's own methods metric by metric, for any other release and
for texts too long for the packed counts.
"""

from __future__ import annotations

import math
import threading
from collections import Counter
from typing import Any

import pyphen
from textstat.backend.utils._get_grade_suffix import get_grade_suffix
from textstat.backend.utils._get_lang_cfg import get_lang_cfg
from textstat.backend.utils._get_lang_root import get_lang_root as _get_lang_root
from textstat.textstat import textstatistics

from helpers.readability.word_counts import (
    _DIFFICULT_WORD,
    _FACT,
    _FIELD_CHARS,
    _FIELD_DALE_CHALL,
    _FIELD_FOG,
    _FIELD_LETTERS,
    _FIELD_LINSEAR_EASY,
    _FIELD_POLY,
    _FIELD_SYLLABLES,
    _FIELD_WORD,
    _field,
    _text_sentences,
    _vocabulary,
)

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
