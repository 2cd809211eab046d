"""The organisation rules run over one article: :func:`organisations`.

Part of :mod:`helpers.recognise.orgs`. Each rule (its own module in this package, or a module
of :mod:`helpers.recognise` it builds on: clubs, groups, institutions, company nouns) runs where
the article holds its cue; their finds are merged into the article's spans by
:func:`~helpers.recognise.orgs.merge._merge`.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

from helpers.recognise.clubs import (
    _clubs,
    _named_then_city,
    _nicknamed_clubs,
    _prefixed_clubs,
    _result_namesakes,
    _results,
    _rostered,
    _teams,
    _teams_beside_results,
)
from helpers.recognise.company_nouns import _after_nouns, _employers
from helpers.recognise.groups import _group_names, _named_parties, _parties
from helpers.recognise.institutions import (
    _listed_bodies,
    _military_units,
    _possessive_institutions,
)
from helpers.recognise.name_reach import _OF_FOR, _goes_on, _longer, _portfolio_list
from helpers.recognise.names import _Span, _Words
from helpers.recognise.org_evidence import _evidence
from helpers.recognise.orgs.ampersand import _ampersand
from helpers.recognise.orgs.demonyms import _country_starts, _demonym_orgs
from helpers.recognise.orgs.described import _described
from helpers.recognise.orgs.merge import _merge
from helpers.recognise.orgs.of_names import _DE, _of_names, _place_inside
from helpers.recognise.orgs.place_bodies import _seats, _state_schools
from helpers.recognise.orgs.reach import _heads_alone, _reaches_back
from helpers.recognise.orgs.why import RULES, WHY
from helpers.recognise.places import _Mention


def organisations(
    text: str,
    w: _Words,
    capitals: Any,
    people_orgs: list[_Span],
    cands: list[_Mention],
    gaz: Any = None,
) -> tuple[list[_Span], list[_Mention]]:
    """The article's people and organisations with the organisations this evidence finds, and its
    place candidates without those the organisations cover. ``capitals`` is the article's
    capitalised tokens (``helpers.recognise._capitals``); ``gaz`` the gazetteer, which tells a
    team's town (no team is read without it).

        >>> from helpers.recognise import recognise
        >>> [s.surface for s in recognise("He joined the Bank of England.")]  # doctest: +SKIP
        ['Bank of England']
    """
    ev = _evidence()
    found: list[tuple[int, int, str]] = []
    named: dict[tuple[int, int], str] = {}  # entity names of organisations cut short
    # Most articles hold none of the cues: a set of the words after capitalised tokens, and
    # small-set tests against it, rule out each rule before it looks at a token.
    after = set(capitals.after)
    if not after.isdisjoint(_OF_FOR) or "on" in after or not after.isdisjoint(_DE):
        for s, e, head_start, head_end in _of_names(text, w, capitals, ev):
            if cands and _place_inside(cands, s, e):
                if s != head_start:
                    if _country_starts(text, cands, s, head_start, head_end, ev):
                        found.append((s, e, "country"))  # "New Zealand League of Rights"
                    continue  # "Indiana Department of …": the names rules have it already
                # an institution named "of" its country, state or town is one organisation, as
                # news NER marks it ("Bank of England", "University of Texas", "Bank of Sweden"
                # in GMB): the place is the name's. (The geoparsing corpora mark the place too;
                # one span has one type, and LGL loses .002 of F1 by it, GWN nothing.) A town
                # before its institution stays the place: helpers.recognise.overlaps._trim_civic.
            else:
                b = bisect_left(w.starts, e)
                b = _goes_on(w, bisect_left(w.starts, s), b, cands, ev)
                if text[w.ends[b - 1] : w.ends[b - 1] + 2] == ", ":
                    b = _portfolio_list(text, w, b, ev)  # "Ministry of Land, Infrastructure …"
                e = w.ends[b - 1]
                if any(m.end == e and m.senses[0][1].kind == "demonym" for m in cands):
                    continue  # an adjective ends it: "Congress of Sri Lankan President …"
            found.append((s, e, "of"))
    found += _longer(w, people_orgs, cands, ev)
    found += _reaches_back(text, w, people_orgs, cands)
    found += _heads_alone(w, capitals, people_orgs, ev, named)
    if "&" in text:
        found += _ampersand(text, w, cands)
    # the word before each capitalised token (the first token's "before" is the last token's:
    # no rule takes a cue from it)
    if cands:
        found += _clubs(text, w, capitals, after, cands, ev)
        found += _rostered(text, people_orgs, cands, ev)
        if people_orgs and not ev.demonym_heads.isdisjoint(capitals.words):
            found += _demonym_orgs(text, people_orgs, cands, ev)
    if cands:
        found += _seats(text, cands, ev)  # (a set lookup per candidate)
        if " State" in text:
            found += _state_schools(text, cands)
    if not ev.club_prefixes.isdisjoint(capitals.words):
        found += _prefixed_clubs(text, w, capitals, ev)
    if not ev.club_words.isdisjoint(capitals.words):
        found += _nicknamed_clubs(text, w, capitals, ev)
    if gaz is not None:
        found += _teams(text, w, capitals, cands, gaz, ev)
        found += _teams_beside_results(text, people_orgs, found, gaz, ev)
        found += _named_then_city(text, people_orgs, gaz, ev)
    if results := _results(text, ev):
        found += results
        found += _result_namesakes(text, w, results, cands)
    if not ev.party_words.isdisjoint(capitals.words):
        found += _parties(text, cands, ev)
    if " party" in text:
        found += _named_parties(text, w, cands)
    found += _group_names(text, cands, ev)
    found += _possessive_institutions(text)  # (it tests its own cheap hints first)
    found += _military_units(text)  # (so does this)
    found += _listed_bodies(text)
    found += _described(text, w, capitals, cands, ev, people_orgs)
    found += _employers(text, cands)
    found += _after_nouns(
        text, w, capitals, people_orgs, cands, gaz, ev
    )  # (after: the rules above name it)
    if len(RULES) < len(WHY):
        found = [f for f in found if f[2] in RULES]
    if not found:
        return people_orgs, cands
    return _merge(text, found, named, people_orgs, cands)
