"""What the span model reads of a candidate span: its features, and the memo keys that stand
for them.

Part of stage 2 (recognise), beside :mod:`helpers.recognise.model` (the classifier that weighs
these features). :func:`features` lists a span's hashed features by name — its words in lower
case, shape, prefixes and suffixes, the words before and after it in its sentence, given-name,
title and common-word membership, how the rest of the article writes it (:class:`Usage`) and the
rules' own reading; :func:`_key` is everything those features read, so that equal keys have
equal features whatever article they came from; :func:`_say` puts one feature in words for a
span's ``why``.

    >>> _say("next=said")
    "followed by 'said'"
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import compress
from typing import NamedTuple

from helpers.recognise.names import _cues, _Words
from helpers.recognise.places import dale_chall_words

_MEMO_MAX = 50_000  # names, shapes and keys remembered before a memo is cleared


def clear_memos() -> None:
    """Forget the shapes and per-name features remembered so far (outputs never depend on them)."""
    _SHAPES.clear()
    _OWN.clear()


_PRONOUNS = frozenset(["he", "she", "his", "her", "him", "it", "its", "they", "their", "them"])


_REACH = 6  # words after a span read as its context


class Candidate(NamedTuple):
    """A span the model is asked about: token range ``[i, j)`` of the article's words, the rules'
    reading (``"none"`` if untyped) and, for a retyped span, its index in the rules' list."""

    i: int
    j: int
    rule: str
    index: int  # position in people_orgs, -1 for an untyped run


def _say(feat: str) -> str:
    """One feature in words, for a span's ``why``.

    >>> _say("next=said")
    "followed by 'said'"
    """
    name, _, value = feat.partition("=")
    say = _SAYINGS.get(name)
    return say.format(value=value) if say is not None else feat


# each feature's name in words ({} is its value)
_SAYINGS = {
    "w": "the word '{value}'",
    "surf": "the name '{value}'",
    "first": "starts with '{value}'",
    "last": "ends with '{value}'",
    "suf": "ends in '-{value}'",
    "pre": "begins '{value}-'",
    "shape": "shape {value}",
    "prev": "after '{value}'",
    "next": "followed by '{value}'",
    "prev2": "two words after '{value}'",
    "next2": "two words before '{value}'",
    "gapn": "followed by '{value}'",
    "gapp": "after '{value}'",
    "rule": "the rules read it as {value}",
    "given": "starts with a given name",
    "title": "a title precedes it",
    "common": "an everyday word",
    "orgword": "ends in an organisation word",
    "initial": "starts a sentence",
    "len": "{value} words long",
    "pron": "'{value}' follows",
    "after": "'{value}' soon after",
    "unknown": "no everyday word nor given name",
    "lowhere": "written in lower case elsewhere in the text",
    "capmid": "capitalised mid-sentence elsewhere in the text",
    "nshape": "a word shaped {value} follows",
    "pshape": "after a word shaped {value}",
    "orgin": "an organisation word inside",
}


def _shape(word: str) -> str:
    shape = _SHAPES.get(word)
    if shape is None:
        if len(_SHAPES) > _MEMO_MAX:
            _SHAPES.clear()
        shape = _SHAPES[word] = _word_shape(word)
    return shape


_SHAPES: dict[str, str] = {}


def _word_shape(word: str) -> str:
    out = []
    for ch in word[:6]:
        k = "X" if ch.isupper() else "x" if ch.islower() else "d" if ch.isdigit() else ch
        if not out or out[-1] != k:
            out.append(k)
    return "".join(out)


_SURFACE = 1  # the surface's place in a memo key


def _key(text: str, words: _Words, cand: Candidate, here: Usage) -> tuple:
    """Everything :func:`features` reads of one candidate, so that equal keys have equal features
    (and hence equal probabilities and ``why``) whatever article or order they came from.

    The span's words and surface, the rules' reading, whether it starts a sentence, the word,
    gap and word before it (when in its sentence), the words after it that :func:`features`
    reads (up to ``_REACH`` in its sentence, which holds the next and next-but-one words), the
    character after it, and the two facts of the article's :class:`Usage` it uses. The model's
    vocabulary is the same for every key of one model's memo."""
    return _keys(text, words, [cand], here)[0]


def _keys(text: str, words: _Words, found: list[Candidate], here: Usage) -> list[tuple]:
    """:func:`_key` of each candidate of one article (its sentence starts looked up once)."""
    texts, initial, starts, ends = words.texts, words.initial, words.starts, words.ends
    n = len(texts)
    sentences = list(compress(range(n), initial))  # the tokens that start a sentence
    # past the last sentence: a window may run past the last word (a slice stops there)
    sentences.append(n + _REACH)
    tokens, mid_caps = here.tokens, here.mid_caps
    out = []
    for i, j, rule, _ in found:
        end = ends[j - 1]
        start = i
        gap = None
        if not initial[i] and i > 0:
            # "prev", "title", "pshape" and "gapp"; "prev2" when both are in its sentence
            start = i - 2 if i > 1 and not initial[i - 1] else i - 1
            gap = text[ends[i - 1] : starts[i]]
        # "after" reads texts[j:k], up to _REACH words before the next sentence; "next",
        # "nshape" and "next2" read texts[j] and texts[j + 1] when they are in its sentence
        # (then both are in that window)
        k = sentences[bisect_right(sentences, j)]
        if k > j + _REACH:
            k = j + _REACH
        own = texts[i:j]
        lowhere = False  # _lower_here, inline: a call and a generator cost more than the test
        for t in own:
            low = t.lower()
            if low != t and low in tokens:
                lowhere = True
                break
        # one flat tuple: the words read before, in and after the span (and where it starts
        # and ends among them), its surface, reading, sentence starts and gaps
        out.append(
            (
                tuple(texts[start:k]),
                text[starts[i] : end],
                i - start,
                j - i,
                rule,
                initial[i],
                j < n and initial[j],
                gap,
                text[end : end + 1],
                lowhere,
                initial[i] and own[0] in mid_caps,
            )
        )
    return out


class Usage(NamedTuple):
    """How one article writes its words: every token as written, the capitalised tokens that do
    not start a sentence (a name's capital is its own there, not the sentence's), and the
    positions of its capitalised tokens (in order)."""

    tokens: set[str]
    mid_caps: set[str]
    capitals: list[int]


def usage(words: _Words) -> Usage:
    """The :class:`Usage` of an article's tokens."""
    texts, initial = words.texts, words.initial
    # (a fifth of the tokens are capitalised: a loop over them costs less than a C-level pass
    # over all tokens that compares two flags per token)
    capitals = list(compress(range(len(texts)), words.caps))
    return Usage(set(texts), {texts[k] for k in capitals if not initial[k]}, capitals)


def _lower_here(toks: list[str], here: set[str]) -> bool:
    """Whether the article also writes one of the span's words in lower case ("Authorities" at a
    sentence start, "authorities" later): then it is an everyday word here."""
    return any((low := t.lower()) != t and low in here for t in toks)


def features(
    text: str,
    words: _Words,
    cand: Candidate,
    vocab: frozenset[str] = frozenset(),
    here: Usage | None = None,
) -> list[str]:
    """The hashed features' names of one candidate span (shared by training and running).

    ``vocab`` holds the words the training news writes in lower case: a capitalised word among
    them is an everyday word ("Authorities"), one outside them a coined name ("Newcrest").
    ``here`` is the article's :class:`Usage` (computed when not given)."""
    texts, initial = words.texts, words.initial
    if here is None:
        here = usage(words)
    n = len(texts)
    i, j = cand.i, cand.j
    toks = texts[i:j]
    # what the span's own words say (most of the features) is the same wherever it is written
    if type(vocab) is not frozenset:
        vocab = frozenset(vocab)  # (a key's part)
    key = (cand.rule, vocab, *toks)
    own = _OWN.get(key)
    if own is None:
        if len(_OWN) >= _MEMO_MAX:
            _OWN.clear()
        own = _OWN[key] = _own_features(toks, cand.rule, vocab)
    head, middle, tail = own
    f = head.copy()
    if initial[i]:
        f.append("initial")
    else:
        if i > 0:
            f.append(f"prev={texts[i - 1].lower()}")
            if i > 1 and not initial[i - 1]:
                f.append(f"prev2={texts[i - 2].lower()}")
            if texts[i - 1] in _cues().title_words:
                f.append("title")
        gap = text[words.ends[i - 1] : words.starts[i]].strip() if i > 0 else ""
        if gap:
            f.append(f"gapp={gap[-1]}")
    if j < n and not initial[j]:
        f.append(f"next={texts[j].lower()}")
        if j + 1 < n and not initial[j + 1]:
            f.append(f"next2={texts[j + 1].lower()}")
    end = words.ends[j - 1]
    after = text[end : end + 1]
    if after and not after.isspace():
        f.append(f"gapn={after}")
    # the words shortly after it in its sentence, in any order ("Newcrest said on Monday its
    # shares"), and the first pronoun among them ("Smith said he")
    pron = ""
    for k in range(j, min(j + _REACH, n)):
        if initial[k] and k > j:
            break
        word = texts[k].lower()
        f.append(f"after={word}")
        if not pron and word in _PRONOUNS:
            pron = word
    if pron:
        f.append(f"pron={pron}")
    f += middle
    if _lower_here(toks, here.tokens):
        f.append("lowhere")
    if initial[i] and toks[0] in here.mid_caps:
        f.append("capmid")  # a sentence's first word the article also capitalises mid-sentence
    # the shapes around it: a score or a number after a club ("Leeds 2"), a bracket, a dash
    if j < n and not initial[j]:
        f.append(f"nshape={_shape(texts[j])}")
    if i > 0 and not initial[i]:
        f.append(f"pshape={_shape(texts[i - 1])}")
    f += tail
    return f


# a span's own features by (rule, vocabulary, its words): see _own_features
_OWN: dict[tuple, tuple[list[str], list[str], list[str]]] = {}


def _own_features(
    toks: list[str], rule: str, vocab: frozenset[str]
) -> tuple[list[str], list[str], list[str]]:
    """The features of :func:`features` that read only the span's words, its rules' reading and
    the vocabulary, in three runs (they go before, among and after its context's features, in
    the order training saw them).

        >>> _own_features(["Newcrest"], "none", frozenset())[0][:4]
        ['bias', 'rule=none', 'len=1', 'w=newcrest']
    """
    cues = _cues()
    common = dale_chall_words()
    low = [t.lower() for t in toks]
    head = ["bias", f"rule={rule}", f"len={min(len(toks), 4)}"]
    head += [f"w={t}" for t in low]
    head += [f"first={low[0]}", f"last={low[-1]}", f"surf={' '.join(low)}"]
    head.append("shape=" + " ".join(_shape(t) for t in toks[:3]))
    last = low[-1].rstrip(".")
    head += [f"suf={last[-3:]}", f"suf={last[-2:]}", f"pre={low[0][:3]}"]
    middle = []
    if toks[0] in cues.given_names:
        middle.append("given")
    if toks[-1] in cues.org_words or low[-1] in cues.org_words:
        middle.append("orgword")
    everyday = [t.rstrip(".") in vocab or t in common for t in low]
    if all(everyday):
        middle.append("common")
    elif not any(everyday):
        if toks[0] not in cues.given_names:
            middle.append("unknown")  # no everyday word, no given name: a coined name?
    else:
        middle.append("common=" + "".join("c" if c else "n" for c in everyday[:3]))
    if toks[0].isupper() and len(toks[0]) > 1:
        middle.append("caps")
    tail = ["orgin"] if any(t in cues.org_words for t in toks[:-1]) else []
    return head, middle, tail
