"""People found by what they do: a lone capitalised word before a speaker's verb, and a small
town's name before what only people do.

Part of :mod:`helpers.recognise`, after the names rules and the evidence for organisations: a
lone word the text writes as a speaker ("Rafferty said") is a person all article; a one-word
small town before a verb only people do ("Dole attacked", "Lula said") is that person wherever it
is not written as a place; two towns' names before such a verb are one person's name ("Basel
Adra said"). :func:`helpers.recognise.quoted._speakers_by_name` later makes an unknown speaker's
word an organisation ("Telstra said").

    >>> from helpers.recognise import recognise
    >>> [(s.surface, s.type) for s in recognise("Dole attacked the plan.")]  # doctest: +SKIP
    [('Dole', 'person')]
"""

from __future__ import annotations

import functools
import re
from itertools import compress
from typing import Any

from helpers.recognise.cues import PROFESSION_PLURAL
from helpers.recognise.names import _cues, _Intervals, _Span, _surnames, _Words
from helpers.recognise.place_words import PLACE_BOARDS
from helpers.recognise.places import (
    _IN,
    _LOCATIVE,
    _STRICT_CONTEXT,
    PERSON_VERBS,
    _big,
    _Mention,
    dale_chall_words,
)

__all__: list[str] = []  # (the recogniser imports the private rules)


def _surnames_by_verbs(
    text: str,
    speakers: list[int],
    w: _Words,
    capitals: Any,  # (helpers.recognise._Capitals)
    people_orgs: list[_Span],
    cands: list[_Mention],
) -> list[_Span]:
    """A lone capitalised word the text writes as a speaker ("Rafferty said") is a person all
    article, unless it is an everyday word ("Police said"), a word the text also writes in lower
    case, part of a capitalised run ("Town Homes asked"), or already typed."""
    texts, caps, joined = w.texts, w.caps, w.joined
    particles = _cues().particles
    said = {
        texts[k]
        for k in speakers
        if joined[k + 1]
        and not (k and joined[k] and caps[k - 1] and not _opens_sentence(w, k - 1))
        # nor the end of a longer name after its particle ("Santa María de Punilla told")
        and not (k > 1 and joined[k] and texts[k - 1] in particles and caps[k - 2])
        # nor a place's after its preposition, the speaker an earlier noun ("A residents'
        # committee in Derna said" made every other Derna a speaker)
        and not (k and texts[k - 1] in _SPEAKER_PLACED)
    }
    if not said:
        return []
    said = {
        word for word in said if (low := _speaker_word(word)) is not None and f" {low} " not in text
    }
    if not said:
        return []
    starts, ends = w.starts, w.ends
    covered = _Intervals(
        [(sp.start, sp.end) for sp in people_orgs] + [(m.start, m.end) for m in cands]
    )
    out: list[_Span] = []
    # the speakers' words are capitalised
    for k in compress(capitals.index, map(said.__contains__, capitals.words)):
        if not covered.overlaps(starts[k], ends[k]):
            out.append(_Span(starts[k], ends[k], texts[k], "person", "verb", tokens=(texts[k],)))
    return out


def _opens_sentence(w: _Words, k: int) -> bool:
    """Whether token ``k`` is a sentence's first word that is a function word other than an
    article, capitalised only for its place ("But Rafferty said", "Then O'Brien said")."""
    word = w.texts[k]
    return w.initial[k] and word.lower() in _cues().function_words and word not in _ARTICLES


_ARTICLES = frozenset({"The", "A", "An"})


# the prepositions after which a word before a speaker's verb is where the speaker is from
_SPEAKER_PLACED = frozenset({"in", "at", "from", "of", "near", "outside"})


# the nouns for a group of people that speak as one, beyond the everyday words ("Staff said",
# "Crew said" were people; not surnames as "Rice said" or "Brown said", which are everyday too)
_COLLECTIVES = frozenset(
    {"staff", "staffers", "crew", "crews", "personnel", "management", "rescuers", "paramedics",
     "medics", "firefighters", "organisers", "organizers", "aides", "investigators",
     "prosecutors", "lawmakers", "legislators", "activists", "campaigners", "demonstrators",
     "protesters", "protestors", "witnesses", "survivors", "evacuees", "villagers", "locals"}
)  # fmt: skip


# news repeats its speakers, and the cues and word lists never change: each word tested once
@functools.lru_cache(maxsize=20_000)
def _speaker_word(word: str) -> str | None:
    """The lower case of a speaker's word that may be a name: no everyday word ("Police"), no
    function, calendar or title word, not in capitals; None for the others."""
    common = dale_chall_words()
    cues = _cues()
    low = word.lower()
    ok = (
        low not in common
        and low.removesuffix("s") not in common
        and low not in _COLLECTIVES
        and low not in cues.function_words
        and word not in cues.calendar
        and word not in cues.title_words
        and not word.isupper()
        and PROFESSION_PLURAL.fullmatch(word) is None
    )
    return low if ok else None


# what people do and neither towns nor organisations named after them (clubs, firms: "Chelsea
# announced", "Boeing denied") do, in news: the speakers' verbs and these
_HUMAN_VERBS = PERSON_VERBS | frozenset(
    [
        "admitted", "insisted", "vowed", "resigned", "apologised", "apologized", "replied",
        "recalled", "stressed", "attacked", "met", "visited", "flew", "died", "smiled", "laughed",
    ]
)  # fmt: skip


def _people_by_verbs(
    text: str, speakers: list[int], w: _Words, cands: list[_Mention]
) -> tuple[list[_Span], list[_Mention]]:
    """One reading per name per article: a one-word small place the text writes as a person
    ("Lula said") is that person everywhere it is not written as a place ("in Lula, Georgia")."""
    heads = {w.texts[k] for k in speakers}
    said = {
        m.surface
        for m in cands
        if m.surface in heads
        and " " not in m.surface  # (one word: "O'Neill" is two of the scan's tokens)
        and m.next is not None
        and m.senses[0][1].kind == "city"
        and not _big(m.senses[0][1])
        and text[m.next[0] : m.next[1]] in _HUMAN_VERBS
        # (right before the verb: "a Republican from Valdosta, said" ends an aside)
        and text[m.end : m.next[0]] == " "
        and not m.context & _STRICT_CONTEXT
        # (a town's tourist board speaks: "Tourism Jasper said")
        and not (
            m.prev is not None
            and m.prev[1] + 1 == m.start
            and text[m.prev[0] : m.prev[1]] in PLACE_BOARDS
        )
    }
    if said:
        # (not a town the article places with "in" whose name is no one's: "Nenagh says
        # farewell", a headline's, beside "the church in Nenagh", was a person, then a body)
        cues, surnames = _cues(), _surnames()
        said -= {
            m.surface
            for m in cands
            if m.context & _IN and m.surface not in cues.given_names and m.surface not in surnames
        }
    if not said:
        return [], cands
    out = [
        _Span(m.start, m.end, m.surface, "person", "verb", tokens=(m.surface,))
        for m in cands
        if m.surface in said and not m.context & _STRICT_CONTEXT
    ]
    return _two_town_names(text, out, cands)  # ("Basel Adra said": one person)


def _two_town_names(
    text: str, speakers: list[_Span], cands: list[_Mention]
) -> tuple[list[_Span], list[_Mention]]:
    """``speakers`` (a small town's name the text writes as a person: "Adra said") with the one
    right after another town's name read as that person's full name, and its other bare
    mentions as the surname, and the place candidates left ("Basel Adra said the film was made
    there … Adra, 28," had been Basel, Switzerland, and an organisation "Adra"): two towns'
    names, one space apart, neither written as a place, before a person's verb are one person's
    given name and surname.

        >>> _two_town_names("", [], [])
        ([], [])
    """
    if not speakers:
        return speakers, cands
    by_end = {m.end: m for m in cands}
    said = {(sp.start, sp.end) for sp in speakers}
    full: dict[str, _Span] = {}
    for m in cands:
        first = by_end.get(m.start - 1)
        if (
            (m.start, m.end) in said
            and first is not None
            and text[first.end] == " "
            and first.ntok == 1
            and first.senses[0][1].kind == "city"
            and not first.context & (_STRICT_CONTEXT | _LOCATIVE)
            and m.surface not in full
        ):
            toks = (first.surface, m.surface)
            full[m.surface] = _Span(
                first.start, m.end, " ".join(toks), "person", "name", tokens=toks
            )
    if not full:
        return speakers, cands
    named = _Intervals([(sp.start, sp.end) for sp in full.values()])
    out = list(full.values())
    for sp in speakers:
        if named.overlaps(sp.start, sp.end):
            continue
        if sp.entity in full:
            sp = _Span(sp.start, sp.end, full[sp.entity].entity, "person", "surname",
                       tokens=sp.tokens)  # fmt: skip
        out.append(sp)
    cands = [m for m in cands if not named.overlaps(m.start, m.end)]
    return sorted(out, key=lambda sp: (sp.start, -sp.end)), cands


# a wire's sign-off at a paragraph's start: "Mercer reported from Bogotá, Colombia." (AP), "Smith
# and Jones reported from Kyiv."
_SIGN_OFF = re.compile(r"(?:^|\n)([A-Z][\w'’-]+)(?: and ([A-Z][\w'’-]+))? reported from ")
# a contributor's full name, the town she wrote from, "contributed" (a sentence of its own)
_CONTRIBUTED = re.compile(
    r"(?:^|\n|\. )([A-Z][\w'’-]+ [A-Z][\w'’-]+) in [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? contributed\b"
)


def _signed_off_people(
    text: str, people_orgs: list[_Span], cands: list[_Mention]
) -> tuple[list[_Span], list[_Mention]]:
    """The reporters a wire's sign-off names by their surnames ("Mercer reported from Bogotá"
    was Mercer, Pennsylvania) or in full before the town they wrote from ("Samar Kassaif in
    Benghazi contributed"), where no rule typed the words; the place candidates there go.

        >>> spans, _ = _signed_off_people("Text.\\nMercer reported from Bogota.", [], [])
        >>> [(sp.entity, sp.kind) for sp in spans]
        [('Mercer', 'person')]
    """
    typed = _Intervals([(sp.start, sp.end) for sp in people_orgs])
    found = [
        _Span(s, e, text[s:e], "person", "signoff", tokens=(text[s:e],))
        for m in _SIGN_OFF.finditer(text)
        for s, e in (m.span(1), m.span(2))
        if s >= 0 and not typed.overlaps(s, e)
    ]
    # ... and a contributor named in full with the town she wrote from ("Samar Kassaif in
    # Benghazi contributed" was Samar, a Philippine province)
    found += [
        _Span(*m.span(1), m[1], "person", "signoff", tokens=tuple(m[1].split()))
        for m in _CONTRIBUTED.finditer(text)
        if not typed.overlaps(*m.span(1))
    ]
    if not found:
        return [], cands
    taken = _Intervals([(sp.start, sp.end) for sp in found])
    return found, [m for m in cands if not taken.overlaps(m.start, m.end)]
