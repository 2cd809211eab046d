"""A bare surname link against a place candidate on the same word: one reading per span.

Part of :mod:`helpers.recognise`, run where the people and organisations the names rules read
meet the place candidates: a one-word link to a person ("Jordan" after "Michael Jordan") yields
to a country, a state or a big city the text writes as a place ("to Jordan", "Jordan's
capital", "in Kim, India"), unless the word itself says person ("Jordan said").

    >>> from helpers.recognise import recognise
    >>> text = "Bill Jordan, general secretary of the union, flew to Jordan. Jordan said so."
    >>> [(s.surface, s.type) for s in recognise(text)][-2:]  # doctest: +SKIP
    [('Jordan', 'place'), ('Jordan', 'person')]
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict

from helpers.gazetteer import GazetteerEntry
from helpers.recognise.names import _cues, _is_common_word, _Span
from helpers.recognise.overlaps import _MAJOR_KINDS
from helpers.recognise.places import (
    _IN,
    _LOCATIVE,
    _STRICT_CONTEXT,
    PERSON_VERBS,
    _big,
    _Mention,
)

__all__ = ["bare_links_or_places", "speaks"]

# the links by one bare word (a surname, or the entity table's alias)
_BARE_HOWS = frozenset({"surname", "table"})
_WRITTEN_CONTEXT = _STRICT_CONTEXT | _LOCATIVE
_BESIDE_OR_DATELINE = _STRICT_CONTEXT & ~_IN  # a comma beside it, or a dateline


def bare_links_or_places(text: str, people_orgs: list[_Span], cands: list[_Mention]) -> list[_Span]:
    """``people_orgs`` without the bare one-word links the text writes as a place candidate on
    the same word (see the module's docstring); the candidates stay as they are.

        >>> from helpers.recognise import recognise
        >>> [s.type for s in recognise("Michael Jordan won. In Jordan, rain fell.")]  # doctest: +SKIP
        ['person', 'place']
    """
    # (most articles link no bare word that a place candidate could take back)
    if not any(sp.how in _BARE_HOWS and len(sp.tokens) <= 1 for sp in people_orgs):
        return people_orgs
    by_span = {(m.start, m.end): m for m in cands}
    # countries, states and big cities the text writes as places somewhere ("to
    # Jordan", "In Ostrava, the country's third-largest city"): their other bare mentions
    # are the place too, unless the word itself says person ("Jordan said"); a city's
    # only where the "person" is an everyday word and the city ("the Liberty Ostrava
    # steelworks" made a person whose surname "Ostrava got the attention" was; not
    # "Melton Lewis Paris … to Paris' residence")
    written = {
        m.surface for m in cands if m.context & _WRITTEN_CONTEXT and _major_or_big(m.senses[0][1])
    }
    starts = [m.start for m in cands]
    given_names = _cues().given_names
    # the people whose bare surname the text writes speaking somewhere ("said Hassan"):
    # their other bare mentions are theirs too (a headline's "Hassan wins"), one reading
    spoken = {
        sp.entity
        for sp in people_orgs
        if sp.how == "surname" and len(sp.tokens) <= 1 and speaks(text, sp.start, sp.end)
    }
    kept_people = []
    # the candidates' names by the country of their first sense
    by_country: defaultdict[str | None, set[str]] = defaultdict(set)
    for m in cands:
        by_country[m.senses[0][1].country_code].add(m.surface)
    for sp in people_orgs:
        if sp.how in _BARE_HOWS and len(sp.tokens) <= 1:
            # a link to a word inside a longer place's name is no mention of the person
            # ("Warm Atlantic … the North Atlantic", "Sam Jersey … New Jersey")
            i = bisect_left(starts, sp.start + 1) - 1
            if (
                i >= 0
                and cands[i].end >= sp.end
                and cands[i].end - cands[i].start > (sp.end - sp.start)
            ):
                continue
        if (
            sp.how in _BARE_HOWS
            and len(sp.tokens) <= 1
            and (m := by_span.get((sp.start, sp.end))) is not None
            and (
                (
                    m.context & _STRICT_CONTEXT  # "in Kim, India"
                    # (but "in" alone before a town of a country no other place of
                    # the article is in is no evidence against the person: "a vote
                    # of confidence in Sandu" put Sandu, Hainan on a Moldovan story)
                    and (
                        m.context & _BESIDE_OR_DATELINE
                        or m.senses[0][1].kind != "city"
                        or by_country[m.senses[0][1].country_code] - {m.surface}
                    )
                )
                or (
                    _major_or_big(m.senses[0][1])
                    and (m.context & _LOCATIVE or m.surface in written)
                    and not (m.next and text[m.next[0] : m.next[1]] in PERSON_VERBS)
                    and (
                        m.senses[0][1].kind in _MAJOR_KINDS
                        or (sp.entity not in spoken and _is_common_word(sp.entity.split(" ", 1)[0]))
                    )
                )
                # a city's name linked to a "name" with no given name ("Rowerowy
                # Lublin", a cycling group: "Lublin's city council" is the city), unless
                # the text writes the word as a person somewhere ("Chandler, who police
                # said …")
                or (
                    sp.how == "surname"
                    and m.senses[0][1].kind == "city"
                    and _big(m.senses[0][1])
                    and not any(t in given_names for t in sp.entity.split(" ")[:-1])
                    and sp.entity not in spoken
                )
            )
        ):
            continue
        kept_people.append(sp)
    return kept_people


def _major_or_big(e: GazetteerEntry) -> bool:
    """A country, a state or a city of 100,000 people or a capital (:func:`places._big`)."""
    return e.kind in _MAJOR_KINDS or (e.kind == "city" and _big(e))


def speaks(text: str, start: int, end: int) -> bool:
    """Whether the text writes the word at ``start:end`` as a person who speaks: a speech verb
    after it (:data:`PERSON_VERBS`: "Little said", "Chandler testified"), ", who" ("Chandler,
    who …"), or "said" before it ("said Million")."""
    after = _WORD_AFTER.match(text, end)
    return (
        after is not None and (after.group(1) is None or after.group(1) in PERSON_VERBS)
    ) or text[max(0, start - 5) : start] in ("said ", "says ")


# the word after a name, or ", who"
_WORD_AFTER = re.compile(r", who\b| ([a-z]+)\b")
