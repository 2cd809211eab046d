"""A small trained classifier for the names the rules leave uncertain (person or organisation).

Part of stage 2 (recognise). The rules of :mod:`helpers.recognise.names` type a capitalised run
strongly when a cue says what it is (a title, an organisation word, a given name, the entity table,
an acronym). Some readings are only for want of a better one — a run of capitalised words read as a
person (``how == "name"``), a lone word before "said" read as a person (``how == "verb"``) — and
some capitalised words stay untyped ("Newcrest said on Monday its shares rose" has no cue for a
company). :func:`decide` asks a multinomial logistic regression over hashed features of each such
span (its words, lower case, shape, prefixes and suffixes, the words before and after, given-name,
title and common-word membership, the rules' own reading) for person / organisation / place /
other, and

* retypes a weak person reading as an organisation when the model is sure of it, and
* adds an untyped capitalised run as a person or organisation when the model is sure of it.

Strong rule evidence always wins: spans typed by a cue are never asked. The model's ``why`` names
its strongest evidence ("model: the word 'newcrest', followed by 'said'").

The features are :mod:`helpers.recognise.model_features`'s. The weights
(``helpers/data/span_model.npz``, ~2 MB) are trained by ``scripts/train_span_model.py`` from the
train splits of GMB 2.2.0 and wikigold (see that script for provenance and licences); the model
loads once per process and runs with numpy and the standard library. Decisions are memoised by
everything the features read (:func:`helpers.recognise.model_features._key`: the span, the words
around it in its sentence, how the article writes it), so a decision never depends on the articles
read before; the features a span's own words give are remembered per name, and a ``why`` is worked
out only for the spans the model decides. :meth:`SpanModel.clear_memos` forgets all of it.

    >>> from helpers.recognise import recognise
    >>> [(s.surface, s.type) for s in recognise("Newcrest said on Monday its shares rose.")]
    ... # doctest: +SKIP
    [('Newcrest', 'organisation')]
"""

from __future__ import annotations

import functools
import re
import zlib
from bisect import bisect_left
from collections.abc import Container, Iterable
from importlib import resources
from itertools import accumulate, chain, compress
from operator import attrgetter
from typing import NamedTuple

import numpy as np

from helpers.recognise.acronyms import CLOCK_WORDS, after_clock
from helpers.recognise.chunks import PARTY_MEMBERS
from helpers.recognise.cues import _WATER_HEADS
from helpers.recognise.misread import CREDITS
from helpers.recognise.model_features import (
    _MEMO_MAX,
    _SURFACE,
    Candidate,
    Usage,
    _keys,
    _say,
    features,
    usage,
)
from helpers.recognise.model_features import clear_memos as clear_feature_memos
from helpers.recognise.names import (
    _DESK_WORDS,
    _cues,
    _everyday_word,
    _known_surname,
    _Span,
    _Words,
    nobodys_name,
    street_like,
)
from helpers.recognise.overlaps import _after_person_role
from helpers.recognise.place_words import OPEN_SPACE_ENDINGS, STREET_WORDS, weekday_before_date
from helpers.recognise.places import (
    _headline,
    _Mention,
    _subheading_word_only,
    dale_chall_words,
)

__all__ = [
    "CLASSES",
    "Candidate",
    "SpanModel",
    "Thresholds",
    "Usage",
    "candidates",
    "decide",
    "features",
    "load_model",
    "usage",
]

CLASSES = ("PER", "ORG", "LOC", "O")
_KIND = {"PER": "person", "ORG": "organisation"}
# rule readings the model may overrule: a capitalised run read as a person for want of a better
# reading, a lone word read as a speaker
WEAK_HOWS = frozenset({"name", "verb"})
# rule readings that make a name a person all article: a title before it, the entity table
_SURE_PERSON = frozenset({"title", "table"})
_MAX_RUN = 6


class Thresholds(NamedTuple):
    """How sure the model must be before it overrules or adds (probability of the winning class).
    Chosen by cross-validation on the training files and stored with the weights."""

    retype: float = 0.6  # a weak person reading becomes an organisation
    drop: float = 0.6  # a weak person reading is no person (and no organisation): dropped
    add_org: float = 0.7  # an untyped run becomes an organisation
    add_per: float = 0.85  # an untyped run becomes a person


_DEFAULT_THRESHOLDS = Thresholds()


def bucket_of(feat: str, buckets: int) -> int:
    """The weight row of a feature name among ``buckets`` rows (shared by training and running)."""
    return zlib.crc32(feat.encode()) % buckets


def _rows_of(feats: Iterable[str], count: int, buckets: int) -> np.ndarray:
    """:func:`bucket_of` of each of ``count`` feature names, as an array: the CRC-32s in C
    iterators, the remainders in one numpy call. (Faster than remembering each name's row in a
    dictionary of a few hundred thousand names: a miss ran Python code, and a hit mostly waited
    on memory.)

        >>> _rows_of(["bias"], 1, 7).tolist() == [bucket_of("bias", 7)]
        True
    """
    idx = np.fromiter(map(zlib.crc32, map(str.encode, feats)), np.int64, count)
    idx %= buckets
    return idx


class SpanModel:
    """Hashed-feature softmax weights: ``weights[bucket, class]`` (float32), ``bias[class]``,
    and the lower-case vocabulary of the training news."""

    def __init__(
        self,
        weights: np.ndarray,
        bias: np.ndarray,
        vocab: frozenset[str] = frozenset(),
        thresholds: Thresholds = _DEFAULT_THRESHOLDS,
    ) -> None:
        self.vocab = vocab
        self.thresholds = thresholds
        self.weights = weights.astype(np.float32, copy=False)
        self.bias = bias.astype(np.float32, copy=False)
        self.buckets = int(weights.shape[0])
        # features' key (:func:`model_features._key`) -> [probabilities, the likelier of person (0)
        # and organisation (1), its why or None until a decision needs it, its decision (kind, why)
        # or None until an article that writes its name once decides it]
        self._memo: dict[tuple, list] = {}
        self._push: np.ndarray | None = None  # see _push_table

    def __bool__(self) -> bool:
        return True

    def clear_memos(self) -> None:
        """Forget every remembered decision and feature row (the next articles start cold).

        Outputs never depend on the memos, only the time they take:

            >>> model = load_model()  # doctest: +SKIP
            >>> model.clear_memos()  # doctest: +SKIP
        """
        self._memo.clear()
        clear_feature_memos()

    def probabilities(self, feats: list[list[str]]) -> np.ndarray:
        """P(class) for each span's features, one row per span in :data:`CLASSES` order."""
        return self._scores(feats)[0]

    def _scores(self, feats: list[list[str]]) -> tuple[np.ndarray, np.ndarray, list[int]]:
        """Probabilities, each feature's weight row index, and each span's first feature's
        place among them."""
        offsets = [0, *accumulate(map(len, feats))]
        total = offsets.pop()
        idx = _rows_of(chain.from_iterable(feats), total, self.buckets)
        # take, not self.weights[idx]: the same rows, without fancy indexing's overhead
        scores = np.add.reduceat(self.weights.take(idx, axis=0), offsets, axis=0) + self.bias
        scores -= scores.max(axis=1, keepdims=True)
        p = np.exp(scores)
        p /= p.sum(axis=1, keepdims=True)
        return p, idx, offsets

    def _push_table(self) -> np.ndarray:
        """How hard each weight row pushes toward person (row 0) and organisation (row 1) over
        the mean of the classes: ``weights[:, c] - weights.mean(axis=1)``, the same float32
        values :meth:`_why` would compute row by row, computed once per model (2 MB). One
        contiguous row per class, so that :meth:`_why` gathers with ``take`` (fancy indexing of
        a column costs several times more)."""
        push = self._push
        if push is None:
            w = self.weights
            push = self._push = np.ascontiguousarray((w - w.mean(axis=1, keepdims=True))[:, :2].T)
        return push

    def _why(self, feats: list[str], idx: np.ndarray, c: int) -> str:
        """The strongest evidence for class ``c`` (0 or 1) of a span with features ``feats``
        (weight rows ``idx``): the features pushing hardest toward it over the other classes,
        in words.

            >>> load_model()._why(["bias", "w=newcrest"], np.array([7, 9]), 1)  # doctest: +SKIP
            "model: the word 'newcrest'"
        """
        push = self._push_table()[c].take(idx)
        top = [feats[x] for x in np.argsort(-push, kind="stable")[:3] if push[x] > 0.1]
        return "model: " + ", ".join(map(_say, top)) if top else "model"

    def _rows(
        self, text: str, words: _Words, cand: Candidate, here: Usage
    ) -> tuple[list[str], np.ndarray]:
        """One candidate's features and their weight rows (for a ``why`` a memo hit lacks)."""
        f = features(text, words, cand, self.vocab, here)
        return f, _rows_of(f, len(f), self.buckets)

    def decide(
        self, text: str, words: _Words, people_orgs: list[_Span], cands: list[_Mention]
    ) -> list[_Span]:
        """The rules' people and organisations with the model's decisions applied (see module)."""
        here = usage(words)  # how the article writes its words
        found = candidates(text, words, people_orgs, cands, self.vocab, here)
        if not found:
            return people_orgs
        memo = self._memo
        keys = _keys(text, words, found, here)
        # a key met twice in the article is scored once: each candidate's slot among the
        # article's distinct keys. The keys are long tuples, whose hashes Python does not keep,
        # so each is hashed once to find its entry; a remembered key is then told apart by its
        # entry (one per key), and only the few new keys are hashed again.
        slot_of: dict[object, int] = {}
        slots: list[int] = []
        reps: list[int] = []  # each slot's first candidate
        # this call's entries (another thread may clear the shared memo meanwhile)
        entries: list = []
        missing: list[int] = []  # the slots of keys not remembered
        for k, entry in enumerate(map(memo.get, keys)):
            tag = keys[k] if entry is None else id(entry)
            x = slot_of.get(tag)
            if x is None:
                x = slot_of[tag] = len(reps)
                reps.append(k)
                if entry is None:
                    missing.append(x)
                entries.append(entry)
            slots.append(x)
        # slot -> features scored here and the place of its first weight row in ``idx``
        feats: dict[int, tuple[list[str], int]] = {}
        idx: np.ndarray | None = None
        if missing:
            if len(memo) + len(missing) > _MEMO_MAX:
                memo.clear()
            vocab = self.vocab
            new = [features(text, words, found[reps[x]], vocab, here) for x in missing]
            p, idx, offsets = self._scores(new)
            rows = p.tolist()  # one call for all rows (float32 -> the same Python floats)
            for y, x in enumerate(missing):
                probs = tuple(rows[y])
                # probabilities, its likelier reading, its why once a decision needs it, and its
                # decision when the article writes its name once (see below)
                entry = entries[x] = [probs, 0 if probs[0] >= probs[1] else 1, None, None]
                feats[x] = (new[y], offsets[y])
                memo[keys[reps[x]]] = entry
        # one reading per name: a name's probabilities are pooled over its occurrences in the
        # article, so the clearest context decides for all ("Konami" … "games by Konami , such as").
        # Most names are written once: their probabilities are their entry's own.
        surfaces = [key[_SURFACE] for key in keys]
        pooled: dict[str, tuple[float, ...]] = {}
        if len(set(surfaces)) < len(surfaces):
            by_name: dict[str, list[tuple[float, ...]]] = {}
            for name, x in zip(surfaces, slots, strict=True):
                by_name.setdefault(name, []).append(entries[x][0])
            pooled = {
                name: tuple(sum(col) / len(ps) for col in zip(*ps, strict=True))
                for name, ps in by_name.items()
                if len(ps) > 1
            }
        # each slot's decision: the same key, surface and rule give the same decision; a name
        # written once is decided by its key alone (which holds its words and rule), so the
        # decision is remembered in its entry
        decided: list[tuple[str | None, str]] = [_NOTHING] * len(reps)
        changes = False
        for x, k in enumerate(reps):
            entry = entries[x]
            name = surfaces[k]
            alone = name not in pooled
            if alone and entry[3] is not None:
                kind, why = decided[x] = entry[3]
                changes = changes or kind is not None
                continue
            cand = found[k]
            kind = _decision(
                cand.rule,
                list(pooled[name] if not alone else entry[0]),
                words.texts[cand.i : cand.j],
                self.thresholds,
            )
            why = ""
            if kind in _CLASS_OF:
                if entry[1] != _CLASS_OF[kind]:
                    why = "model: its other mentions in the article"
                else:
                    # explained only when it decides (most candidates are left as they were)
                    why = entry[2]
                    if why is None:
                        if x in feats:
                            f, at = feats[x]
                            rows_of = idx[at : at + len(f)]  # type: ignore[index]
                        else:
                            f, rows_of = self._rows(text, words, cand, here)
                        why = entry[2] = self._why(f, rows_of, entry[1])
            decided[x] = (kind, why)
            if alone:
                entry[3] = decided[x]
            changes = changes or kind is not None
        if not changes:
            return people_orgs  # nothing retyped, dropped or added
        out: list[_Span | None] = list(people_orgs)
        added: list[_Span] = []
        kin: frozenset[str] | None = None  # the article's people's family names, at a drop
        for cand, x in zip(found, slots, strict=True):
            kind, why = decided[x]
            if kind is None:
                continue
            if cand.index >= 0:
                old = people_orgs[cand.index]
                if kind == "drop":
                    if _after_role(text, old) or _over_desk(text, old):
                        continue  # a role names a person ("Union minister Jitan Ram Manjhi's"),
                        # and so does a desk ("Resty Woro Yuniar, Jakarta correspondent")
                    if kin is None:
                        kin = _family_names(people_orgs)
                    if (
                        len(old.tokens) == 2
                        and old.tokens[1] in kin
                        and not _everyday_word(old.tokens[0].lower())
                        and old.tokens[0] not in PARTY_MEMBERS  # ("Democrat Slater")
                    ):
                        continue  # a relative's name ("Kim Kardashian, Khloé Kardashian")
                    out[cand.index] = None  # "Democratic Republic", "Authorities": no person
                else:
                    s, e = old.start, old.end
                    out[cand.index] = _Span(
                        s, e, text[s:e], kind, "model", surface=why, tokens=old.tokens
                    )
            else:
                s, e = words.starts[cand.i], words.ends[cand.j - 1]
                toks = tuple(words.texts[cand.i : cand.j])
                if kind == "person" and len(toks) == 1 and _after_a_town(text, s, cands):
                    continue  # an airport's or a station's: "bound for London Gatwick"
                if _CREDIT.match(text, s) is not None:
                    continue  # a wire's credit: "staff; Editing by Martin Howell)"
                added.append(_Span(s, e, text[s:e], kind, "model", surface=why, tokens=toks))
        # one reading per name: a name the model retyped is that organisation all article (its
        # other speakers and its surname links: "the Hizb Tahrir … the Tahrir"), and
        # a name it dropped takes its surname links with it ("Grand Hyatt … Hyatt")
        retyped: dict[str, str] = {}
        dropped: set[str] = set()
        for sp, was in zip(out, people_orgs, strict=True):
            if was.how in WEAK_HOWS and was.kind == "person":
                if sp is None:
                    dropped.add(was.entity)
                elif sp.how == "model" and sp.kind == "organisation":
                    retyped.setdefault(was.entity, sp.surface)
        if retyped or dropped:
            for x, was in enumerate(people_orgs):
                if out[x] is not was or was.how not in ("verb", "surname"):
                    continue
                if was.entity in retyped:
                    why = retyped[was.entity]
                    out[x] = _Span(
                        was.start, was.end, was.entity, "organisation", "model", surface=why,
                        tokens=was.tokens,
                    )  # fmt: skip
                elif was.entity in dropped and was.how == "surname":
                    out[x] = None
        kept = [sp for sp in out if sp is not None]
        if added:
            kept = sorted([*kept, *added], key=lambda sp: (sp.start, -sp.end))
        return kept


_CREDIT = re.compile(CREDITS)  # a wire's credit's word and "by"


def _after_a_town(text: str, start: int, cands: list[_Mention]) -> bool:
    """Whether a place candidate that is no given name ends one space before ``start``: a word
    the model would add as a person there names the town's airport, station or district
    ("London Gatwick", "Tokyo Haneda"), not someone whose given name is a town ("Paris Hilton")."""
    if start < 2 or text[start - 1] != " ":
        return False
    i = bisect_left(cands, start - 1, key=_END)
    return (
        i < len(cands)
        and cands[i].end == start - 1
        and cands[i].surface not in _cues().given_names
        and cands[i].senses[0][1].kind in ("city", "admin area", "country")
    )


_END = attrgetter("end")
_CLASS_OF = {"person": 0, "organisation": 1}
_NOTHING: tuple[None, str] = (None, "")


def _decision(rule: str, p: list[float], tokens: list[str], th: Thresholds) -> str | None:
    """What the model does with one span: ``"organisation"``, ``"person"``, ``"drop"`` or
    nothing (``None``), from its probabilities ``p`` (PER, ORG, LOC, O) and the rules' reading."""
    per, org, loc, other = p
    if rule == "none":  # an untyped run: added when the model is sure
        if org >= th.add_org:
            return "organisation"
        # (five capitalised words or more are no one's name the rules missed: "Then Alpha
        # Beta Gamma Delta Epsilon spoke")
        if per >= th.add_per and len(tokens) <= _LONGEST_ADDED_NAME and not street_like(tokens):
            return "person"
        return None
    if rule == "person:verb":
        # the rules know it is a name (a speaker); the model says which kind. It stays a person
        # unless the model finds an organisation clearly likelier ("Newcrest said … its shares")
        return "organisation" if org >= th.retype * (org + per) and org > 0.2 else None
    # a run of capitalised words read as a person for want of a better reading; an Arabic
    # personal name stays one (the model learned "Abu …" from "Abu Sayyaf", "Abu Ghraib")
    if rule == "person:name" and _arabic_name(tokens):
        return None
    if org >= th.retype and not (
        rule == "person:name"
        and (_full_name(tokens) or _given_and_names(tokens) or _initial_and_names(tokens))
        and org < _SURE
    ):
        return "organisation"
    # no person, no organisation ("Grand Hyatt"; storms never get here: names.nobodys_name);
    # but a given or family name in it is evidence the model does not overrule
    if max(loc, other) >= th.drop and not _named(tokens):
        return "drop"
    return None


# the most words of a person's name the model adds to the rules' (none of the dev sets' has more)
_LONGEST_ADDED_NAME = 4
# how sure the model must be to read a given name and a family name as an organisation's name
_SURE = 0.9


def _after_role(text: str, sp: _Span) -> bool:
    """Whether a run of two name words or more follows a person's role in lower case ("Union
    minister Jitan Ram Manjhi's party"): a person's name, which the model may not drop."""
    return len(sp.tokens) >= 2 and _after_person_role(text, sp.start)


# a reporter's desk after the name that opens a byline's line: ", Jakarta correspondent" (the
# desks' words are the names rules' own, names._DESK_WORDS, in either case)
_DESK_AFTER = re.compile(
    r", (?:[A-Z][\w'’-]+ ){0,3}(?:[a-z]+ )?(?:"
    + "|".join(f"[{w[0]}{w[0].lower()}]{w[1:]}" for w in sorted(_DESK_WORDS))
    + r")s?$",
    re.M,
)


def _over_desk(text: str, sp: _Span) -> bool:
    """Whether a run of two name words or more opens its line before a reporter's desk."""
    return (
        len(sp.tokens) >= 2
        and (sp.start == 0 or text[sp.start - 1] == "\n")
        and _DESK_AFTER.match(text, sp.end) is not None
    )


def _full_name(tokens: list[str]) -> bool:
    """Whether a run is a common given name and a Census family name that is no everyday word
    ("Will Ashcroft", "Dayne Zorko" are not: no Census name), which the model read as an
    organisation's only by its context.

        >>> _full_name(["Will", "Ashcroft"]), _full_name(["Grand", "Hyatt"])
        (True, False)
    """
    cues = _cues()
    if len(tokens) >= 3 and len(tokens[0]) == 2 and tokens[0][1] == ".":
        tokens = tokens[1:]  # an initial before the given name ("J. Robert Oppenheimer")
    return (
        2 <= len(tokens) <= 4
        and tokens[0] in cues.common_given_names
        and _known_surname(tokens[-1])
        and not _everyday_word(tokens[-1].lower())
    )


def _given_and_names(tokens: list[str]) -> bool:
    """Whether a run of two to four capitalised words opens with a given name and holds no
    everyday word: a person's given name and family names ("Ali Bongo Ondimba", which the model
    read as an organisation's by its first letters; a scorecard's "Radha Yadav not out"), not a
    body's ("Ali Baba Holdings" holds an everyday word). A family name's particle may come between
    ("Éric de Moulins-Beaufort", which the model read as an organisation's beside "the Bishops'
    Conference of France").

        >>> _given_and_names(["Ali", "Bongo", "Ondimba"]), _given_and_names(["Grand", "Hyatt"])
        (True, False)
    """
    cues = _cues()
    return (
        2 <= len(tokens) <= 4
        and tokens[0] in cues.given_names
        and tokens[-1][:1].isupper()
        and all(
            (t[:1].isupper() and not _everyday_word(t.lower())) or t in cues.particles
            for t in tokens[1:]
        )
    )


def _initial_and_names(tokens: list[str]) -> bool:
    """Whether a run is one initial and two or three capitalised words, none an everyday word: a
    person's initial and names ("S. Davidson Devasirvatham told reporters", which the model read
    as an organisation's after a title's bracket), not a firm's of several initials ("J.P.
    Morgan", "H. J. Heinz") nor one with an everyday word ("T. Rowe Price").

        >>> _initial_and_names(["S.", "Davidson", "Devasirvatham"]), _initial_and_names(["J.P.", "Morgan"])
        (True, False)
    """
    return (
        3 <= len(tokens) <= 4
        and len(tokens[0]) == 2
        and tokens[0][0].isupper()
        and tokens[0][1] == "."
        and all(
            t[:1].isupper() and t[1:2].islower() and not _everyday_word(t.lower())
            for t in tokens[1:]
        )
    )


def _arabic_name(tokens: list[str]) -> bool:
    """Whether two or more capitalised names hold a particle of an Arabic personal name ("Abu
    Musab al-Zarqawi", "Abdul Rashid Dostum", "Osama bin Laden"; name_cues.toml).

        >>> _arabic_name(["Abu", "Musab", "al-Zarqawi"]), _arabic_name(["Social", "Democrats"])
        (True, False)
    """
    particles = _cues().arabic_particles
    return len(tokens) >= 2 and any(
        t in particles or (t[:3] in ("al-", "el-", "Al-", "El-") and t[3:4].isupper())
        for t in tokens
    )


def _named(tokens: tuple[str, ...]) -> bool:
    """Whether a given or family name is among ``tokens``, or a family name's particle in lower
    case stands between two of its capitalised words ("Henrik van der Linde", "Marta dos Santos").

        >>> _named(("Okonkwo", "de", "Souza")), _named(("Okonkwo", "Souza")), _named(("Grand", "Hyatt"))
        (True, False, False)
    """
    cues = _cues()
    return any(t in cues.given_names or t in cues.family_first for t in tokens) or (
        len(tokens) >= 3
        and tokens[0][:1].isupper()
        and tokens[-1][:1].isupper()
        and any(t in cues.particles and t.islower() for t in tokens[1:-1])
    )


def _family_names(people_orgs: list[_Span]) -> frozenset[str]:
    """The last words of the people named by a given name and more ("Kim Kardashian"): a run
    ending in one names a relative, which the model may not drop.

        >>> kim = _Span(0, 14, "Kim Kardashian", "person", "name", tokens=("Kim", "Kardashian"))
        >>> sorted(_family_names([kim]))
        ['Kardashian']
    """
    given = _cues().given_names
    return frozenset(
        sp.tokens[-1]
        for sp in people_orgs
        if sp.kind == "person" and len(sp.tokens) >= 2 and sp.tokens[0] in given
    )


# the labels of a rugby or football report's scorers and team lines, before their colon
_SCORE_LABELS = frozenset(
    {"Tries", "Try", "Cons", "Con", "Pens", "Pen", "Conversions", "Penalties", "Replacements",
     "Substitutes", "Subs", "Scorers", "Scorer", "Referee", "Attendance", "Crowd"}
)  # fmt: skip


# what joins a list's item to the next one: ", ", " and ", ", or "; and to its last one
_LIST_NEXT = re.compile(r", (?:and |or )?| (?:and|or) ")
_AND = (" and ", ", and ")


def _listed_after_place(
    text: str,
    words: _Words,
    k: int,
    place_starts: set[int],
    place_ends: set[int],
    listed: set[int],
) -> bool:
    """Whether the capitalised word ``k`` is an item of a list that a place opens: after a
    place's name or such an item and a comma ("Gampola, Nawalapitiya"), or "and" after one
    ("… and Udapalatha"); before a place or another capitalised item unless it ends the list.
    ``listed`` collects the items' ends, in text order."""
    if not k:
        return False
    starts, ends = words.starts, words.ends
    before = ends[k - 1]
    if text.startswith(", ", before) and before + 2 == starts[k]:
        last = False
    elif words.texts[k - 1] == "and" and k >= 2 and text[ends[k - 2] : starts[k]] in _AND:
        before, last = ends[k - 2], True
    else:
        return False
    if before not in place_ends and before not in listed:
        return False
    word = words.texts[k]
    if word in _cues().given_names or _known_surname(word):
        return False  # (a person's name may follow a place: "In Kandy, Perera and Silva spoke")
    if not last:
        after = _LIST_NEXT.match(text, ends[k])
        if after is None or not (
            after.end() in place_starts or text[after.end() : after.end() + 1].isupper()
        ):
            return False
    listed.add(ends[k])
    return True


def candidates(
    text: str,
    words: _Words,
    people_orgs: list[_Span],
    cands: list[_Mention],
    vocab: frozenset[str] = frozenset(),
    here: Usage | None = None,
) -> list[Candidate]:
    """The spans the model is asked about: the rules' weak person readings, and capitalised runs
    no rule typed (not a sentence's first everyday word, not inside a place or a typed name).
    ``here`` is the article's :class:`Usage` (computed when needed if not given).

        >>> words = _tokens("Newcrest said on Monday its shares rose.", _cues())  # doctest: +SKIP
        >>> candidates("Newcrest said on Monday its shares rose.", words, [], [])  # doctest: +SKIP
        [Candidate(i=0, j=1, rule='none', index=-1)]
    """
    starts, ends, texts, caps, initial, joined = (
        words.starts, words.ends, words.texts, words.caps, words.initial, words.joined
    )  # fmt: skip
    n = len(texts)
    out: list[Candidate] = []
    # one reading per name: a name a title or the entity table makes a person elsewhere in the
    # article is not asked about where it stands alone ("General Agim Ceku … a former commander,
    # Agim Ceku"), nor is its surname written as a speaker ("Ceku said")
    sure = {sp.entity for sp in people_orgs if sp.kind == "person" and sp.how in _SURE_PERSON}
    if sure:
        sure |= {name.rsplit(" ", 1)[-1] for name in sure}
    for idx, sp in enumerate(people_orgs):
        if sp.how in WEAK_HOWS and not sp.ambiguous and sp.entity not in sure:
            if sp.kind == "person" and (
                (_INITIALLED.fullmatch(sp.entity) and not _everyday_word(sp.entity[3:].lower()))
                or _IRISH_SURNAME.search(sp.entity)
            ):
                continue  # a given name's initial and a surname: "B. Stewart", "M. Atherton";
                # an Irish surname ("O'Brien said" was the model's organisation)
            i = bisect_left(starts, sp.start)
            j = bisect_left(ends, sp.end)
            if i < n and j < n and starts[i] == sp.start and ends[j] == sp.end:
                out.append(Candidate(i, j + 1, f"{sp.kind}:{sp.how}", idx))
    # capitalised tokens outside every typed span and place candidate: one walk over both, in
    # text order (the spans do not overlap one another). (Marking each span's tokens by
    # bisection instead measured slower: an article has more spans than free capitals.)
    spans = sorted([(sp.start, sp.end) for sp in people_orgs] + [(m.start, m.end) for m in cands])
    particles = _cues().particles
    free: list[int] = []
    p, n_spans = 0, len(spans)
    for k in compress(range(n), caps) if here is None else here.capitals:
        s = starts[k]
        while p < n_spans and spans[p][1] <= s:
            p += 1
        if p < n_spans and spans[p][0] < ends[k]:
            continue
        if texts[k] in CLOCK_WORDS and k and (texts[k - 1][-1:].isdigit() or after_clock(texts, k)):
            continue  # a clock's time zone ("14:18 BST Drivers on the M56", "8:10 a.m. EDT From")
        if weekday_before_date(texts, k):
            continue  # a weekday before a date: "Thu 16 Mar 2023 09.57 GMT" was a person
        if texts[k] in _SCORE_LABELS and text.startswith(":", ends[k]):
            continue  # a rugby scorers' line's label ("Cons: Bolitho 3. Pens: Bolitho 2.")
        if k > 1 and joined[k] and texts[k - 1] in particles and caps[k - 2] and joined[k - 1]:
            continue  # the tail of a longer name the rules declined ("Santa María de Punilla")
        free.append(k)
    if not free:
        return out
    cues = _cues()
    common = dale_chall_words()
    written = set(texts) if here is None else here.tokens
    function_words, title_words, calendar = cues.function_words, cues.title_words, cues.calendar
    groups = cues.group_words
    x, n_free = 0, len(free)
    free_set = set(free)
    place_starts = {m.start for m in cands}
    place_ends = {m.end for m in cands}
    listed: set[int] = set()  # the ends of the list items read as places' (see below)
    while x < n_free:
        k = free[x]
        j = k + 1
        x += 1
        # a run: the next free capitalised token, joined to this one by a space
        # (up to a title's word before a person the rules found: "PHIVOLCS Director Teresito
        # Bacolcol said" was an organisation "PHIVOLCS Director")
        while (
            x < n_free
            and free[x] == j
            and not initial[j]
            and joined[j]
            and not (
                texts[j] in title_words
                and j + 1 < n
                and caps[j + 1]
                and joined[j + 1]
                and j + 1 not in free_set
            )
        ):
            j += 1
            x += 1
        word = texts[k]
        first = word.lower()
        if first in function_words:
            if j - k == 1:
                continue
            # the words after a sentence's opening function word are a run of their own
            # ("The World Economic Forum opened …" asked about nothing)
            k += 1
            word = texts[k]
            first = word.lower()
        if j - k == 1:  # most runs: the tests below for one word, without a slice or generator
            if (
                not (initial[k] and (first in vocab or first in common))
                # a lone word the article also writes in lower case is an everyday word here
                # ("If Nobody came, Negotiations stalled. negotiations resumed.")
                and not (first != word and first in written)
                and word not in title_words  # "President", "Mr."
                and word not in calendar
                and word not in groups  # a faith's or a people's word ("Igbo and Yoruba")
                and not word.isupper()  # acronyms are the rules' (and headlines')
                # an everyday word's compound ("Search-and-rescue teams from Britain" was a
                # person); not a name's ("Wongcha-um", "Rostov-on-Don")
                and not ("-" in word and _everyday_compound(word, common))
                # a list's item after a place, before another place or another item, is one
                # more place the gazetteer lacks, nobody ("Alfafar, Massanassa and Catarroja",
                # "Gampola, Nawalapitiya and Udapalatha" made people)
                and not _listed_after_place(text, words, k, place_starts, place_ends, listed)
                # a subheading's first word, named nowhere else alone ("Rugby and rent")
                and not (initial[k] and _subheading_word_only(text, starts[k], ends[k]))
            ):
                out.append(Candidate(k, j, "none", -1))
        elif j - k <= _MAX_RUN:
            toks = texts[k:j]
            if (
                toks[-1] not in calendar
                # a street's name: the rules left it untyped ("the bus rolled down Connaught
                # Drive" was the model's organisation); not a given name and a family name
                # that is a street's word too ("Jay Lane said")
                and not (
                    (toks[-1].lower() in STREET_WORDS or toks[-1] in OPEN_SPACE_ENDINGS)
                    and not (toks[0] in cues.given_names and _known_surname(toks[-1]))
                )
                and not (word.isupper() and all(t.isupper() for t in toks))
                # an everyday word and a bare letter: a class or a plan ("a Band D property"
                # was an organisation; "Plan B", "Category A")
                and not (j - k == 2 and len(toks[1]) == 1 and first in common)
                # a newspaper desk's title after a byline ("By Luc Armand, Cycling
                # Correspondent" was an organisation)
                and toks[-1] not in _DESK_TITLES
                # a title of several words is nobody's name ("the Dowager Countess")
                and " ".join(toks) not in cues.title_phrases
                # a feature, a storm, an index: the rules left it untyped on purpose
                and not nobodys_name(toks, cues)
                # ... and a river's or a lake's word after "the" ("the River Tisza that flows
                # through the east" was an organisation; "River Phoenix" is a person)
                and not (toks[0] in _WATER_HEADS and text.endswith(("the ", "The "), 0, starts[k]))
                # a title-case headline's words ("Orders State to Set Up Monitoring Panel")
                and not (
                    any(t.lower() in vocab for t in toks)
                    and _headline(text, starts[k], strict=True)
                )
            ):
                out.append(Candidate(k, j, "none", -1))
    return out


# the last words of a newspaper desk's titles
_DESK_TITLES = frozenset(
    {"Correspondent", "Correspondents", "Editor", "Reporter", "Columnist", "Writer", "Critic"}
)
# a person's name as scoreboards and wires write it: one dotted initial, a surname
_INITIALLED = re.compile(r"[A-Z]\. [A-Z][a-z'’-]+")
_IRISH_SURNAME = re.compile(r"(?:^| )O['’][A-Z][a-z]+$")


def _everyday_compound(word: str, common: Container[str]) -> bool:
    """Whether a capitalised word with hyphens is an everyday word's compound: its head an
    everyday word, the rest in lower case ("Search-and-rescue", "Long-term").

        >>> _everyday_compound("Search-and-rescue", {"search"}), _everyday_compound("Rostov-on-Don", {"search"})
        (True, False)
    """
    head, _, tail = word.partition("-")
    return head.lower() in common and tail.islower()


@functools.cache
def load_model() -> SpanModel | None:
    """The shipped model (``helpers/data/span_model.npz``), loaded once; ``None`` if absent."""
    path = resources.files("helpers") / "data" / "span_model.npz"
    if not path.is_file():
        return None
    with path.open("rb") as fh, np.load(fh) as data:
        th = Thresholds(*data["thresholds"].tolist()) if "thresholds" in data else Thresholds()
        return SpanModel(data["weights"], data["bias"], frozenset(data["vocab"].tolist()), th)


def decide(
    text: str,
    words: _Words,
    people_orgs: list[_Span],
    cands: list[_Mention],
    model: SpanModel | None = None,
) -> list[_Span]:
    """:meth:`SpanModel.decide` with ``model`` (default: the shipped one); the rules' spans
    unchanged when no model is shipped."""
    model = model if model is not None else load_model()
    return people_orgs if model is None else model.decide(text, words, people_orgs, cands)
