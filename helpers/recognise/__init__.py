"""One pass over an article's names: people, organisations and places, typed once.

Stage 2 of the data flow (clean → **recognise** → geoparse, mentions). :func:`recognise` turns a
cleaned text into non-overlapping typed spans — ``person``, ``organisation``, ``place``,
``demonym`` — each with a short ``why``. :func:`helpers.geoparse.find_places` resolves the place
and demonym spans to gazetteer entries; :func:`helpers.mentions.find_mentions` links and counts all
of them, so a span has one type everywhere: no place row overlaps a person or organisation
mention, and every place row is also a place mention with the same offsets.

The pass has these main parts, each in its own module:

* :mod:`helpers.recognise.place_scan` — every gazetteer name in the text under the case rules,
  longest match first (memoised per run of capitals);
* :mod:`helpers.recognise.places` — the scan's names that pass the false-positive rules
  (candidates, not yet resolved);
* :mod:`helpers.recognise.names` — the entity table, then capitalised runs read with cues (titles,
  organisation words, given names, acronyms defined in the text), then surname links;
* :mod:`helpers.recognise.learned` — names the training news typed, and hand-kept well-known
  organisations ("Goldman Sachs"), which beat the rules' weak person readings;
* :mod:`helpers.recognise.overlaps` — which reading wins where a name and a place overlap: a
  person or organisation beats a place candidate it overlaps ("Joaquin Phoenix", "Thomson
  Reuters", "Air Force One") unless the name is a run read for want of a better reading ("Hanoi
  Flights"), and a town's own institution keeps the town ("Vancouver Police Department");
* :mod:`helpers.recognise.acronym_orgs` — organisations no capitalised run revealed: acronyms
  ("WTO"; a defined one linked to its long name) and words cued by "shares", "spokesman" …;
* this module — one reading per span, wiring the parts: a bare surname link yields to a country
  or state written as a place ("in Jordan", "Jordan's capital"), and the evidence rules (verbs
  only people do, organisation words after a name, acronyms) run after the overlaps are settled.

Each article is recognised once per process: the spans of the last texts are remembered per
gazetteer (a bounded memo), so ``find_places`` and then ``find_mentions`` on the same text — the
pipeline's order — share one pass.

    >>> spans = recognise("Joaquin Phoenix flew to Phoenix, Arizona.")   # doctest: +SKIP
    >>> [(s.surface, s.type) for s in spans]                             # doctest: +SKIP
    [('Joaquin Phoenix', 'person'), ('Phoenix', 'place'), ('Arizona', 'place')]
"""

from __future__ import annotations

import functools
import itertools
import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from itertools import compress, pairwise
from typing import Any, NamedTuple

from helpers.gazetteer import Gazetteer, GazetteerEntry, load_gazetteer
from helpers.recognise import appositions as _appositions
from helpers.recognise import detokenise as _detokenise
from helpers.recognise import features as _features
from helpers.recognise import hyphen_names as _hyphen_names
from helpers.recognise import learned as _learned
from helpers.recognise import misread as _misread
from helpers.recognise import model as _span_model
from helpers.recognise import orgs as _orgs
from helpers.recognise import quoted as _quoted
from helpers.recognise import scoreboards as _scoreboards
from helpers.recognise import short_forms as _short_forms
from helpers.recognise import shouted as _shouted
from helpers.recognise import vessels as _vessels
from helpers.recognise import works as _works
from helpers.recognise.acronym_orgs import defined_bodies, orgs_by_evidence
from helpers.recognise.acronyms import (
    DEFINITION,
    hyphened_acronym_names,
    initials_fit,
    long_name_start,
    table_acronyms,
)
from helpers.recognise.datelines import _dateline_towns, with_datelines
from helpers.recognise.entities import EntityTable, load_entities
from helpers.recognise.given_links import _given_name_links
from helpers.recognise.names import (
    _POST_NOMINALS,
    _SAINTS,
    _cues,
    _everyday_word,
    _Intervals,
    _is_common_word,
    _Span,
    _Words,
    people_and_organisations,
)
from helpers.recognise.overlaps import (
    _MAJOR_KINDS,
    _given_place_before_surname,
    _names_or_places,
    _trim_civic,
    _without_overlaps,
    _without_replaced,
    _without_titled_places,
)
from helpers.recognise.place_scan import defined_place_acronyms
from helpers.recognise.places import (
    _CRAFT_WORDS,
    _DATELINE,
    _IN,
    _LOCATIVE,
    _STRICT_CONTEXT,
    PERSON_VERBS,
    _big,
    _filter,
    _memo,
    _Mention,
    _scan,
)
from helpers.recognise.quoted import _speakers_by_name
from helpers.recognise.speakers import (
    _HUMAN_VERBS,
    _people_by_verbs,
    _signed_off_people,
    _surnames_by_verbs,
)

__all__ = ["TYPES", "Span", "recognise"]

TYPES = ("person", "organisation", "place", "demonym", "other")

# texts whose spans a process remembers per gazetteer: more than a pipeline batch, so the places
# stage and then the mentions stage of one batch recognise each article once
_SPANS_MEMO_MAX = 256


class Span(NamedTuple):
    """One recognised name: offsets into the text (end exclusive), its type and why.

    ``entity`` is the name it links to (a person's full name for a bare surname, the table's
    canonical name, the long form of a defined acronym; the surface for places). ``how`` is the
    rule's short code (``table``, ``title``, ``name``, ``organisation``, ``surname``, ``acronym``,
    ``place``); ``why`` says it in words.
    """

    start: int
    end: int
    surface: str
    type: str
    entity: str
    how: str
    why: str
    ambiguous: bool = False
    candidates: tuple[str, ...] = ()


class _Article(NamedTuple):
    places: tuple[_Mention, ...]  # the place and demonym candidates that kept their reading
    people_orgs: tuple[_Span, ...]


_WHY = {
    "table": "in the entity table",
    "title": "a title precedes it",
    "name": "a run of capitalised name words",
    "organisation": "an organisation word in the name",
    "acronym": "an acronym written in capitals",
    "surname": "the surname of",
    "given": "a given name starts it",
    "verb": "written as a person elsewhere in the article",
    "initials": "initials before a person's name",
    "place": "a gazetteer name",
    "quoted": _quoted.WHY,
    "shouted": _shouted.WHY,
    "byline": _shouted.BYLINE_WHY,
    "signoff": "a reporter of a wire's sign-off ('Mercer reported from Bogotá')",
    "ship": "a ship's name after its prefix ('HMNZS', 'USS', 'MV')",
    "described": "named right after an organisation's description ('the weather institute, X,')",
}
_WEAK_KINDS = frozenset({"city"})
# readings a work's quoted title replaces: the ones made for want of a better reading
_WORK_YIELDS = frozenset({"name", "given", "verb", "learned"})


def _quoted_works(
    text: str, titled: list[tuple[int, int]], people_orgs: list[_Span]
) -> tuple[list[_Span], bool]:
    """``people_orgs`` with each quoted title (:func:`helpers.recognise.works.quoted_titles`) as
    an "other" span in place of the weak readings inside it; whether any was added. A title
    holding a stronger reading (a title's person, a known organisation) is left as it is.

        >>> t = 'He wrote the poem “Star-Spangled Banner” then.'
        >>> person = _Span(19, 39, "Star-Spangled Banner", "person", "name")
        >>> [(sp.entity, sp.kind) for sp in _quoted_works(t, [(19, 39)], [person])[0]]
        [('Star-Spangled Banner', 'other')]
    """
    gone: set[int] = set()  # positions in ``people_orgs`` of the readings a title replaces
    works: list[_Span] = []
    for s, e in titled:
        held = _quoted._weaker_inside(people_orgs, s, e, _WORK_YIELDS)
        if held is None:
            continue
        gone.update(held)
        works.append(_Span(s, e, text[s:e], "other", "work", tokens=tuple(text[s:e].split())))
    if not works:
        return people_orgs, False
    kept = [sp for x, sp in enumerate(people_orgs) if x not in gone]
    return sorted([*kept, *works], key=lambda sp: (sp.start, -sp.end)), True


# spans that yield to a place candidate the text writes as a place, and the context that says so
_BARE_HOWS = frozenset({"surname", "table"})
_WRITTEN_CONTEXT = _STRICT_CONTEXT | _LOCATIVE
_BESIDE_OR_DATELINE = _STRICT_CONTEXT & ~_IN  # a comma beside it, or a dateline


def _why(sp: _Span, surface: str) -> str:
    if sp.ambiguous:
        return f"could be any of {', '.join(sp.candidates)}"
    if sp.how == "surname":
        return f"the surname of {sp.entity}, named in full in this article"
    if sp.how == "first":
        return f"the given name of {sp.entity}, named in full in this article"
    if sp.how == "short":
        return _short_forms.why(sp)
    if sp.how == "verb" and sp.kind == "organisation":
        return "written as a speaker ('… said'), and no known given name or surname"
    if sp.how in ("learned", "model", "evidence", "known"):
        return sp.surface  # the evidence, kept in the working span's spare field
    if sp.how == "acronym" and sp.entity != surface:  # (not the working span's spare field)
        return f"acronym defined in the text as {sp.entity}"
    return _WHY.get(sp.how, sp.how)


def _place_why(m: _Mention) -> str:
    e = m.senses[0][1]
    if e.kind == "demonym":
        return f"demonym of {e.name}"
    if m.context & _DATELINE:
        return "a gazetteer name in the dateline"
    if m.context & _IN:
        return "a gazetteer name after a locative word"
    return "a gazetteer name"


def _analyse(text: str, gaz: Gazetteer, table: EntityTable) -> _Article:
    memo = _memo(gaz).spans
    hit = memo.get(text)
    if hit is not None and hit[0] is table:
        return hit[1]
    if _detokenise.tokenised(text):
        # a tokenised corpus's text ("said Vo Thi Hoa , 46 ,"): recognised as written, its
        # offsets mapped back
        plain, where = _detokenise.detokenise(text)
        art = _remapped(_recognise(plain, gaz, table), where)
    else:
        art = _recognise(text, gaz, table)
    if len(memo) >= _SPANS_MEMO_MAX:
        # forget the older half (dicts keep insertion order): the batch in flight stays
        for old in list(itertools.islice(memo, _SPANS_MEMO_MAX // 2)):
            memo.pop(old, None)  # (another thread may have dropped it already)
    memo[text] = (table, art)
    return art


def _remapped(art: _Article, where: list[int]) -> _Article:
    """``art`` with its offsets mapped through ``where`` (:func:`detokenise.detokenise`)."""

    def span(s: int, e: int) -> tuple[int, int]:
        return where[s], where[e - 1] + 1

    people_orgs = []
    for sp in art.people_orgs:
        s, e = span(sp.start, sp.end)
        people_orgs.append(replace(sp, start=s, end=e))
    places = []
    for m in art.places:
        s, e = span(m.start, m.end)
        c = _Mention(
            s, e, span(m.start, m.tok_end)[1], m.ntok, m.key, m.surface, m.senses,
            span(*m.prev) if m.prev is not None else None,
            span(*m.next) if m.next is not None else None,
        )  # fmt: skip
        c.context = m.context
        places.append(c)
    return _Article(tuple(places), tuple(people_orgs))


def _recognise(text: str, gaz: Gazetteer, table: EntityTable, span_model: Any = None) -> _Article:
    titled, titles = _works.quoted_titles(text)  # works' quoted titles: "“The Florida Project”"
    cands = (
        defined_place_acronyms(
            text,
            _filter(text, with_datelines(text, _scan(text, gaz), gaz, table.by_alias), gaz),
        )
        if text
        else []
    )
    if cands:
        # a storm's name is no place: neither its given name ("Cyclone Nargis": Nargis is also a
        # French village) nor its storm word ("Hurricane Katrina": Hurricane, Utah). One set
        # lookup per candidate, on the word before it, and one on its own name.
        # Its name stays the storm's where it stands bare, and so does a local name given to
        # it ("Typhoon Vamco, known locally as Ulysses … We learned from Ulysses").
        heads, words = _storm_words()
        named = _storm_names(text)
        crafts = _craft_names(text)  # (a town's name only: "a Russian spacecraft" stays Russian)
        if any(m.surface in _PLANETS for m in cands) and _SPACE_WORDS.search(text):
            # the planets and programmes of a story about space ("a 1.8-billion-mile journey to
            # Jupiter" was Jupiter, Florida, seven times)
            crafts = crafts | _PLANETS
        title_words, law_endings = _cues().title_words, _cues().law_endings
        in_title = _Intervals(titled) if titled else None
        # one pass over the candidates (and a saint's name is no place either: "St Chad's
        # Catholic school", "St. Mary's Hospital")
        cands = [
            m for m in cands
            if not (
                (m.prev is not None and m.prev[1] + 1 == m.start
                 and text[m.prev[0] : m.prev[1]] in heads)
                or (m.prev is not None and m.prev[1] + 2 >= m.start
                    and text[m.prev[0] : m.start].rstrip(". ") in _SAINTS)
                or (m.surface in words and m.next is not None and m.next[0] == m.end + 1
                    and text[m.next[0] : m.next[0] + 1].isupper())
                # nor a town or area naming a law or a treaty ("the Kyoto Protocol", "the Minsk
                # Agreements" put Kyoto and Minsk on a story's map; not "the D.C. Charter School
                # Board", and countries stay: "the Lebanon-Syria Treaty" names its parties)
                or (m.next is not None and m.next[0] == m.end + 1
                    and text[m.next[0] : m.next[1]] in law_endings
                    and m.senses[0][1].kind not in ("country", "demonym")
                    and not text[m.next[1] : m.next[1] + 2].lstrip(" ")[:1].isupper())
                or (m.surface in named and not m.context & _STRICT_CONTEXT)
                or (
                    m.surface in crafts
                    and m.senses[0][1].kind == "city"
                    and not m.context & _STRICT_CONTEXT
                )
                # nor a title's word ("the Oba of Benin" is the Edo king, not Oba, a town in
                # Turkey), unless a place's own context writes it
                or (m.surface in title_words and m.ntok == 1
                    and m.senses[0][1].kind not in _MAJOR_KINDS
                    and not m.context & _STRICT_CONTEXT)
                # nor an era after its year ("in 44 B.C.", "the first century BC" is no British
                # Columbia)
                or (m.surface in _ERAS and m.prev is not None
                    and _ERA_BEFORE.fullmatch(text, m.prev[0], m.prev[1]) is not None)
                # nor a photo agency's name in a picture's credit ("(Jean-Christophe Bott/Keystone
                # via AP)" was Keystone, Florida)
                or (text[m.start - 1 : m.start] == "/" and text.startswith(" via ", m.end))
                # nor a town's name that names a palace ("toward the Miraflores presidential
                # palace" in Caracas was Miraflores, Peru)
                or (m.next is not None and m.senses[0][1].kind == "city"
                    and _PALACE_AFTER.match(text, m.end) is not None)
                # nor a small town's name that names a hotel ("The Hilton hotel in Kathmandu"
                # was Hilton, New York; "a Kathmandu hotel" stays the city)
                or (m.senses[0][1].kind == "city" and not _big(m.senses[0][1])
                    and text[m.start - 4 : m.start] in ("the ", "The ")
                    and _HOTEL_AFTER.match(text, m.end) is not None)
                # nor a landmark's name that names an airport ("Roland-Garros airport" is
                # Réunion's, not the Paris tennis grounds)
                or (m.senses[0][1].kind == "landmark" and text.startswith(" airport", m.end))
                # nor a demonym opening a river's or a mountain's name ("the French Broad River")
                or (m.senses[0][1].kind == "demonym" and m.next is not None
                    and _feature_after(text, m.end))
                # nor a given name opening a building named after a person ("Norman Manley
                # International Airport" put Norman, Oklahoma on a Jamaican story's map)
                or (m.senses[0][1].kind == "city" and m.ntok == 1
                    and _person_named_building(text, m.surface, m.end))
                # nor a language naming an edition ("EL OBSERVADOR NACIONAL — English Edition"
                # put England on a Mexican story's map)
                or (m.senses[0][1].kind == "demonym"
                    and _EDITION_AFTER.match(text, m.end) is not None)
                # nor a work's quoted title ("Sean Baker's “Anora”": Añora, a village in Spain)
                or (in_title is not None
                    and (m.surface in titles or in_title.overlaps(m.start, m.end))
                    and not m.context & _STRICT_CONTEXT)
            )
        ]  # fmt: skip
    found_places = cands  # (a misread name gives its places back: misread.misread_names)
    # town names, and short title-case abbreviations ("Al" for Alabama), may be a name's words;
    # a demonym is no name's word even after a title ("Chief Palestinian negotiator")
    # (a country's or state's name that is also a given name is a name's word before a surname
    # that is no everyday word: "Virginia Woolf", "Chad Johnson", "Jordan Henderson")
    place_list = [
        (m.start, m.end, m.surface, m.surface,
         "weak" if m.senses[0][1].kind == "city" or (len(m.surface) == 2 and not m.surface.isupper())
         or _given_place_before_surname(text, m)
         else "demonym" if m.senses[0][1].kind == "demonym" else "strong")
        for m in cands
    ]  # fmt: skip
    people_orgs, _words = people_and_organisations(text, table, place_list)
    # One reading per span. A person or organisation beats a place candidate it overlaps, except a
    # bare surname link where the text writes the word as a place ("in Kim, India", "to Jordan"
    # for a country or state): then the place stands and the link goes.
    covered: _Intervals | None = None  # the people and organisations' spans, once built
    placed: set[str] = set()  # full names read as people that yielded to a place inside
    if cands and people_orgs:
        if any(sp.how == "title" for sp in people_orgs):
            people_orgs = _without_titled_places(text, people_orgs, cands)
        kept_people = people_orgs
        # (most articles link no bare word that a place candidate could take back)
        if any(sp.how in _BARE_HOWS and len(sp.tokens) <= 1 for sp in people_orgs):
            by_span = {(m.start, m.end): m for m in cands}
            # countries, states and big cities the text writes as places somewhere ("to
            # Jordan", "In Ostrava, the country's third-largest city"): their other bare mentions
            # are the place too, unless the word itself says person ("Jordan said"); a city's
            # only where the "person" is an everyday word and the city ("the Liberty Ostrava
            # steelworks" made a person whose surname "Ostrava got the attention" was; not
            # "Melton Lewis Paris … to Paris' residence")
            written = {
                m.surface
                for m in cands
                if m.context & _WRITTEN_CONTEXT and _major_or_big(m.senses[0][1])
            }
            starts = [m.start for m in cands]
            given_names = _cues().given_names
            # the people whose bare surname the text writes speaking somewhere ("said Hassan"):
            # their other bare mentions are theirs too (a headline's "Hassan wins"), one reading
            spoken = {
                sp.entity
                for sp in people_orgs
                if sp.how == "surname" and len(sp.tokens) <= 1 and _speaks(text, sp.start, sp.end)
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
                                or (
                                    sp.entity not in spoken
                                    and _is_common_word(sp.entity.split(" ", 1)[0])
                                )
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
        named = _names_or_places(text, kept_people, cands)
        if len(named) < len(kept_people):  # the full names that yielded to a place inside
            placed = {sp.entity for sp in kept_people if sp.how == "name"}
            placed -= {sp.entity for sp in named if sp.how == "name"}
            if placed:
                # their surname links on a place's own name give it back ("Paris
                # Champs-Elysees" yielded to the avenue: "on the Champs-Elysees" is the avenue)
                spans = {(m.start, m.end) for m in cands}
                named = [
                    sp
                    for sp in named
                    if not (
                        sp.how == "surname"
                        and sp.entity in placed
                        and (sp.start, sp.end) in spans
                        and not _speaks(text, sp.start, sp.end)
                    )
                ]
        people_orgs = _trim_civic(text, named, cands)
        covered = _Intervals([(sp.start, sp.end) for sp in people_orgs])
        cands = [m for m in cands if not covered.overlaps(m.start, m.end)]
    if text:
        extra, replaced = _learned.learned_names(text, people_orgs, cands, covered)
        extra_other = any(sp.kind == "other" for sp in extra)
        if extra:
            taken = _Intervals([(sp.start, sp.end) for sp in extra])
            cands = [m for m in cands if not taken.overlaps(m.start, m.end)]
            if replaced:  # weak readings inside a known organisation's name
                people_orgs = _without_replaced(people_orgs, replaced, extra)
            people_orgs = sorted([*people_orgs, *extra], key=lambda sp: (sp.start, -sp.end))
        if titled:
            # a work's quoted title is no one's name ("the poem that became “The Star-Spangled
            # Banner”" was a person): kept as an "other" span until the end of the pass
            people_orgs, works = _quoted_works(text, titled, people_orgs)
            extra_other = extra_other or works
        if " (" in text and people_orgs:
            people_orgs, cands = _whole_long_names(text, people_orgs, cands)
            people_orgs = defined_bodies(text, people_orgs)
        # the capitalised tokens, once: every rule below looks only at them or the word after
        # them, and they are a fifth of an article's tokens (a token's capital is a function of
        # its text, so a word typed by these rules is found at these positions only)
        capitals = _capitals(_words)
        extra = orgs_by_evidence(text, _words, capitals, people_orgs, cands)
        # capitalised words right before the verbs only people do, which a small town's name
        # before them makes a person ("Dole attacked", "Villeneuve smiled"; _people_by_verbs),
        # and among them the speakers, right before "said", "told" … (one pass over the words)
        doers = list(compress(capitals.before, map(_HUMAN_VERBS.__contains__, capitals.after)))
        speakers = [k for k in doers if _words.texts[k + 1] in PERSON_VERBS]
        if doers and cands:
            found, cands = _people_by_verbs(text, doers, _words, cands)
            extra += found
        if speakers:
            extra += _surnames_by_verbs(
                text, speakers, _words, capitals, [*people_orgs, *extra], cands
            )
        if " reported from " in text:  # a wire's sign-off ("Mercer reported from Bogotá")
            found, cands = _signed_off_people(text, [*people_orgs, *extra], cands)
            extra += found
        # a cricket scoreboard's players ("c Jayasuriya b Vaas 84", "Vaas 10-1-30-1")
        players = _scoreboards.scoreboard_players(
            text, [*people_orgs, *extra], _countries(cands) if ") " in text else frozenset()
        )
        if players:
            extra += players
            # (a results list's "Seifu Tura (ETH)": the town Tura inside yields, and so does a
            # weak reading of the same name)
            taken = _Intervals([(sp.start, sp.end) for sp in players])
            cands = [m for m in cands if not taken.overlaps(m.start, m.end)]
            people_orgs = [sp for sp in people_orgs if not _scoreboards.weakly_inside(sp, taken)]
            links, cands = _scoreboards.listed_surnames(players, cands)  # "… Groves won"
            teams = _scoreboards.listed_teams(text, players)  # "(SLO) UAE Team Emirates"
            extra += links + teams
            if teams:
                taken = _Intervals([(sp.start, sp.end) for sp in teams])
                cands = [m for m in cands if not taken.overlaps(m.start, m.end)]
                people_orgs = [sp for sp in people_orgs if not taken.overlaps(sp.start, sp.end)]
        if extra:
            taken_spans = {(sp.start, sp.end) for sp in extra}
            cands = [m for m in cands if (m.start, m.end) not in taken_spans]
            people_orgs = sorted([*people_orgs, *extra], key=lambda sp: (sp.start, -sp.end))
        # organisations the words around a name reveal ("Bank of England", "Arsenal striker")
        people_orgs, cands = _orgs.organisations(text, _words, capitals, people_orgs, cands, gaz)
        # names cut at a hyphen made whole first, so the model is asked about whole names; then
        # the trained model decides what the rules left untyped or read only weakly (model.py)
        people_orgs, cands = _hyphen_names.mend_names(text, _words, people_orgs, cands)
        people_orgs = _span_model.decide(text, _words, people_orgs, cands, span_model)
        people_orgs = _orgs.bracketed_legal_forms(text, people_orgs)  # "… (Pty) Ltd"
        # names the text frames as people ("said Vo Thi Hoa, 46,") whatever the model read
        people_orgs = _quoted.quoted_people(text, people_orgs)
        people_orgs, cands = _quoted.framed_people(text, people_orgs, cands)
        if '"' in text or "“" in text or "‘" in text or "'" in text:
            # 'Emiliano "Dibu" Martínez': one person around a nickname
            people_orgs, cands = _quoted.nicknamed_people(text, people_orgs, cands)
        if " as " in text or "nicknamed" in text or "dubbed" in text:
            # "Balendra Shah, popularly known as Balen,": the person's, wherever written
            people_orgs, cands = _quoted.known_as_people(text, people_orgs, cands)
        # "Arsenal striker Saka", "commander Megabazus": a role of people only names one word
        people_orgs, cands = _quoted.role_named_people(text, _words, capitals, people_orgs, cands)
        if speakers:
            people_orgs = _speakers_by_name(people_orgs, _words)
        # "Barrick Gold Corp … Barrick said": a company's short name is the company
        people_orgs, cands = _short_forms.org_short_forms(text, people_orgs, cands)
        people_orgs, cands = _short_forms.late_acronym_links(text, people_orgs, cands)
        people_orgs = _short_forms.party_short_links(people_orgs)  # "… Party … Move Forward"
        people_orgs = _short_forms.orphan_surnames(text, people_orgs)
        # "KL Rahul": capitals standing for given names are the person's; "K Wijeratne" is
        # "Kasun Wijeratne"
        people_orgs, cands = _short_forms.initialled_names(text, people_orgs, cands)
        people_orgs = _short_forms.initial_links(people_orgs)
        # "Hall" (a team sheet's) → "Lewis Hall", whom only the model found
        people_orgs = _short_forms.late_surname_links(people_orgs)
        # "Henrik van der Linde … Van der Linde said": a family name with particles is the person's
        people_orgs, cands = _short_forms.particle_surnames(text, people_orgs, cands)
        people_orgs, cands = _misread.misread_names(text, _words, people_orgs, cands, found_places)
        people_orgs = _misread.one_person_reading(_misread.one_reading(people_orgs))
        people_orgs, cands = _misread.one_team_reading(text, people_orgs, cands)
        # "Hugo Segovia scored … 'Hugo has no fear'": a bare given name is the person's
        people_orgs, cands = _given_name_links(text, people_orgs, cands, _words)
        # "SOCCER - LEEDS BEAT EVERTON … Leeds United": a shouted name is read as the body reads it
        people_orgs, cands = _shouted.shouted_names(text, people_orgs, cands)
        people_orgs, cands = _shouted.shouted_byline(text, people_orgs, cands)
        if extra_other:  # market indices held the place of their names: no span of their own
            people_orgs = [sp for sp in people_orgs if sp.kind != "other"]
        # "HMNZS Wellington", "a P-3K2 Orion": a ship's or an aircraft's name holds no name
        crafts = _vessels.craft_spans(_words, capitals.index, capitals.words)
        if crafts:
            held = _Intervals([(s, e) for s, e, _ in crafts])
            people_orgs = [sp for sp in people_orgs if not held.overlaps(sp.start, sp.end)]
            cands = [m for m in cands if not held.overlaps(m.start, m.end)]
            ships = [
                _Span(s, e, text[s:e], "organisation", "ship", tokens=tuple(text[s:e].split()))
                for s, e, ship in crafts
                if ship
            ]
            if ships:
                people_orgs = sorted([*people_orgs, *ships], key=lambda sp: (sp.start, -sp.end))
        # one reading per name: a storm's given name ("Typhoon Talim") is the storm's bare too
        # (and in a subheading's capitals: "HURRICANE BERYL" was an organisation "BERYL")
        storm_heads = _shouted_storm_words()
        storms = set(compress(capitals.after, map(storm_heads.__contains__, capitals.words)))
        if storms and people_orgs:
            people_orgs = [sp for sp in people_orgs if sp.entity not in storms]
        if placed:
            people_orgs = _without_stray_surnames(text, people_orgs, placed)
        # "the Paso Severino reservoir", "the Lai rivers": a feature's name, nobody's (nor a
        # town's: "Rivers including the Savinja … and Sava")
        listed = _features.listed_features(text) if "ivers " in text else []
        # ... and a list of neighbourhoods' or villages' names names places ("neighbourhoods
        # including Martissant, Cité Soleil …"), which the gazetteer may lack
        local = _features.listed_places(text) if _LIST_WORDS.search(text) else []
        named = people_orgs
        people_orgs = _features.without_feature_names(text, people_orgs, [*listed, *local])
        if len(people_orgs) < len(named) and any(sp.how == "shouted" for sp in people_orgs):
            # a headline's capitals read as the body reads the name go with the body's reading
            # ("HILL COUNTRY" over a story whose "across the Hill Country" is nobody's)
            kept = {sp.entity for sp in people_orgs if sp.how != "shouted"}
            gone = {sp.entity for sp in named if sp.how != "shouted"} - kept
            people_orgs = [sp for sp in people_orgs if sp.how != "shouted" or sp.entity not in gone]
        if listed:
            cands = [m for m in cands if not any(s < m.end and m.start < e for s, e in listed)]
        # "Smer-SD" is one party, not "SD"; "UN" is the table's United Nations wherever read
        if "-" in text:
            people_orgs = hyphened_acronym_names(text, people_orgs, cands)
        if any(sp.how == "acronym" for sp in people_orgs):
            people_orgs = _without_dateline_acronyms(text, people_orgs)
        if len(table):
            people_orgs = table_acronyms(people_orgs, table.by_alias)
        # "the national meteorological institute, Inumet,": the name is the institute
        if ", " in text:
            people_orgs = _appositions.described_organisations(text, people_orgs)
        if cands and people_orgs:
            # a barrister's or an honour's letters after a name are no place ("Rajesh Pillay SC":
            # not South Carolina)
            ends = {sp.end for sp in people_orgs if sp.kind == "person"}
            cands = [m for m in cands if not (m.surface in _POST_NOMINALS and m.start - 1 in ends)]
    if people_orgs and any(a.end > b.start for a, b in pairwise(people_orgs)):
        people_orgs = _without_overlaps(people_orgs)
    return _Article(tuple(cands), tuple(people_orgs))


def _without_stray_surnames(text: str, people_orgs: list[_Span], placed: set[str]) -> list[_Span]:
    """The spans without the surname links of the full names in ``placed`` (names read as people
    that yielded to a place inside) that no later rule gave a span again: "The Dublin Singers"
    is Dublin the place, so "Singers" is nobody's surname (while "Leeds United … United" became
    the club's). Not where the text writes the word as a speaker ("Little said")."""
    full = {sp.entity for sp in people_orgs if sp.how != "surname"}
    stray = {
        id(sp)
        for sp in people_orgs
        if sp.how == "surname"
        and sp.entity in placed
        and sp.entity not in full
        and not _speaks(text, sp.start, sp.end)
    }
    return [sp for sp in people_orgs if id(sp) not in stray] if stray else people_orgs


def _without_dateline_acronyms(text: str, people_orgs: list[_Span]) -> list[_Span]:
    """The spans without an acronym read where a wire dateline names its town, when the text
    writes the word nowhere else: a town the gazetteer lacks ("MONGLA — On the morning after
    Cyclone Remal" was an organisation), not an acronym the text defines or uses again."""
    towns = set(_dateline_towns(text))
    if not towns:
        return people_orgs
    return [
        sp
        for sp in people_orgs
        if not (
            sp.how == "acronym"
            and (sp.start, sp.end) in towns
            and text.count(text[sp.start : sp.end]) == 1
        )
    ]


def _major_or_big(e: GazetteerEntry) -> bool:
    """A country, a state or a city of 100,000 people or a capital (:func:`places._big`)."""
    return e.kind in _MAJOR_KINDS or (e.kind == "city" and _big(e))


def _speaks(text: str, start: int, end: int) -> bool:
    """Whether the text writes the word at ``start:end`` as a person who speaks: a speech verb
    after it (:data:`PERSON_VERBS`: "Little said", "Chandler testified"), ", who" ("Chandler,
    who …"), or "said" before it ("said Million")."""
    after = _WORD_AFTER.match(text, end)
    return (
        after is not None and (after.group(1) is None or after.group(1) in PERSON_VERBS)
    ) or text[max(0, start - 5) : start] in ("said ", "says ")


# the word after a name, or ", who"
_WORD_AFTER = re.compile(r", who\b| ([a-z]+)\b")


@functools.cache
def _storm_words() -> tuple[frozenset[str], frozenset[str]]:
    """The last words of the words before a storm's given name ("Hurricane", "Storm" of
    "Tropical Storm"): a place candidate right after one is the storm's name; and all their
    words, none of them a place before a capitalised name."""
    storms = [w.split() for w in _cues().storm_words]
    return frozenset(w[-1] for w in storms), frozenset(x for w in storms for x in w)


@functools.cache
def _shouted_storm_words() -> frozenset[str]:
    """The storm words before a storm's name, as written and in capitals ("HURRICANE")."""
    heads = _storm_words()[0]
    return heads | {h.upper() for h in heads}


def _storm_names(text: str) -> frozenset[str]:
    """The given names of the text's storms, and the local names it gives them ("Typhoon
    Vamco, known locally as Ulysses" → Vamco, Ulysses)."""
    heads, pattern = _storm_pattern()
    if not any(h in text for h in heads):  # (most articles name no storm)
        return frozenset()
    return frozenset(n for m in pattern.finditer(text) for n in m.groups() if n)


def _feature_after(text: str, end: int) -> bool:
    """Whether the capitalised words right after ``end`` end in a natural feature's word."""
    run = _RUN_AFTER.match(text, end)
    return run is not None and run.group(1).rsplit(" ", 1)[-1] in _cues().feature_endings


def _person_named_building(text: str, given: str, end: int) -> bool:
    """Whether a given name at ``end`` opens a building's name after a person: a surname that is
    no everyday word, then up to two words, the last a building's ("Manley International
    Airport", "Kenyatta Stadium")."""
    cues = _cues()
    if given not in cues.given_names:  # (a set lookup first: most towns are no given name)
        return False
    run = _RUN_AFTER.match(text, end)
    if run is None:
        return False
    words = run.group(1).split()
    return (
        len(words) >= 2
        and words[-1] in cues.non_person_endings
        and not _everyday_word(words[0].lower())
    )


# the words after a language's name that make it a publication's edition, not a people's
_EDITION_AFTER = re.compile(r" (?:[Ee]dition|[Vv]ersion|[Tt]ranslation|[Ss]ubtitles)\b")
_RUN_AFTER = re.compile(r" ((?:[A-Z][\w'’-]* ){0,2}[A-Z][\w'’-]*)")
# eras, and the words right before one ("44 B.C.", "the 6th century BC")
_ERAS = frozenset({"B.C.", "B.C", "BC", "BCE", "A.D.", "AD", "CE"})
_ERA_BEFORE = re.compile(r"\d+(?:st|nd|rd|th|s)?|century|centuries|millennium|millennia")
# the planets, and the programmes and probes named after gods and heroes that share towns'
# names ("the Saturn V that carried the Apollo crews": Apollo, Pennsylvania)
_PLANETS = frozenset(
    {
        "Mercury", "Venus", "Jupiter", "Saturn", "Uranus", "Neptune", "Pluto",
        "Apollo", "Gemini", "Artemis", "Soyuz", "Vostok", "Skylab", "Voyager",
        "Cassini", "Juno", "Hubble", "Kepler",
    }
)  # fmt: skip
_SPACE_WORDS = re.compile(r"\b(?:NASA|ESA|spacecraft|orbit|orbiter|astronomers?|planets?)\b")


def _craft_names(text: str) -> frozenset[str]:
    """The names the text gives its spacecraft ("the Orion capsule", "Perseverance rover"): one
    reading per article, so "sending Orion on its way" is no Orion, a town in the Philippines."""
    present = [w for w in _CRAFT_WORDS if w in text]  # (most articles name no craft)
    if not present:
        return frozenset()
    names: list[str] = []
    # each craft word's occurrences, and the names right before it (a scan of the text for the
    # names and a craft word after them cost more than all the rest of the rule)
    for word in present:
        at = text.find(word)
        while at != -1:
            end = at + len(word)
            if text[at - 1 : at] == " " and not (
                text[end : end + 1].isalnum() or text[end : end + 1] == "_"
            ):
                before = at - 1
                if word.startswith("vehicle") and text.endswith(" fighting", 0, before):
                    before -= len(" fighting")  # "Marder fighting vehicles"
                found = _CRAFT_NAMES_BEFORE.search(text, max(0, before - 120), before)
                if found is not None:
                    names += [name for name in found.groups() if name]
            at = text.find(word, at + 1)
    # (a two-word name and its last word: "Black Hawk helicopter", "Russian Soyuz capsule")
    return frozenset(names + [name.rsplit(" ", 1)[-1] for name in names if " " in name])


# the one or two capitalised words right before a craft's noun, and the first of two such names
# ("Western-supplied Stryker and Marder fighting vehicles")
_CRAFT_NAMES_BEFORE = re.compile(
    r"(?<![\w'’-])(?:([A-Z][\w'’-]+) and )?((?:[A-Z][\w'’-]+ )?[A-Z][\w'’-]+)\Z"
)


@functools.cache
def _storm_pattern() -> tuple[tuple[str, ...], re.Pattern[str]]:
    heads = tuple(sorted(_storm_words()[0]))
    name = r"([A-Z][\w'’-]+)"
    alias = rf"(?:,? (?:known|called|named)(?: locally| in [A-Z]\w+)? as {name})?"
    return heads, re.compile(rf"\b(?:{'|'.join(heads)}) {name}{alias}")


class _Capitals(NamedTuple):
    """An article's capitalised tokens, and the word after each (C-level lists: a fifth of the
    tokens, all the rules after discovery look at)."""

    index: list[int]  # token numbers
    words: list[str]  # their texts
    before: list[int]  # the token numbers that have a next token
    after: list[str]  # the text of the token after each of those


_NEXT = (1).__add__
# the words that open a list (a cheap test before features.listed_places)
_PALACE_AFTER = re.compile(r" (?:presidential |royal |imperial |official )?palace\b")
_HOTEL_AFTER = re.compile(r" (?:hotels?|resorts?|casino)\b")
_LIST_WORDS = re.compile(rf" (?:including|such as|like|among them) |{_features.AREAS_OF}")


def _capitals(w: _Words) -> _Capitals:
    texts = w.texts
    index = list(compress(range(len(texts)), w.caps))
    before = index[:-1] if index and index[-1] == len(texts) - 1 else index
    return _Capitals(
        index,
        list(map(texts.__getitem__, index)),
        before,
        list(map(texts.__getitem__, map(_NEXT, before))),
    )


def _spans(text: str, art: _Article) -> list[Span]:
    """The public records of an analysed text (built only when asked: the pipeline's stages
    read the working spans directly)."""
    spans = [
        Span(sp.start, sp.end, text[sp.start : sp.end], sp.kind, sp.entity, sp.how,
             _why(sp, text[sp.start : sp.end]),
             sp.ambiguous, sp.candidates)
        for sp in art.people_orgs
    ]  # fmt: skip
    for m in art.places:
        kind = "demonym" if m.senses[0][1].kind == "demonym" else "place"
        spans.append(Span(m.start, m.end, m.surface, kind, m.surface, "place", _place_why(m)))
    spans.sort(key=lambda s: (s.start, -s.end))
    return spans


# the words a bloc of states is named by, beside the organisation words ("Economic Community of
# West African States", "Caribbean Community")
_BLOCS = frozenset({"Community", "States", "Nations"})


@functools.lru_cache(maxsize=1)
def _body_words() -> frozenset[str]:
    """The organisation words and the blocs' words, once."""
    return _cues().org_words | _BLOCS


def _whole_long_names(
    text: str, people_orgs: list[_Span], cands: list[_Mention]
) -> tuple[list[_Span], list[_Mention]]:
    """The article's spans with each organisation's long name that the text defines an acronym
    for made one organisation, in place of the pieces its words were read as: "the National
    Disaster Risk Reduction and Management Council (NDRRMC)" was only "Management Council". The
    long name ends in an organisation (so "Democratic Republic of Congo (DRC)" stays a place),
    and its words' initials spell the acronym exactly (acronyms.long_name_start)."""
    # (or a run the names rules read as a person for want of a better reading: "Ministry of
    # Environment, Forest and Climate Change (MoEFCC)" ended in the person "Climate Change")
    by_end = {
        sp.end: sp
        for sp in people_orgs
        if sp.kind == "organisation" or (sp.kind == "person" and sp.how == "name")
    }
    wanted: list[tuple[int, int]] = []
    for mt in DEFINITION.finditer(text):
        last = by_end.get(mt.start())
        if last is None:
            # no name read at its end ("Economic Community of West African States (ECOWAS)":
            # "States" ends no reading): a long name that holds an organisation's word
            start = long_name_start(text, mt.start(), mt.group(1), _cues().legal_forms)
            if (
                start is not None
                and not _body_words().isdisjoint(text[start : mt.start()].split())
                # (no law: "the Digital Services Act (DSA)")
                and text[start : mt.start()].rsplit(" ", 1)[-1] not in _cues().law_endings
                # (no place in it but a demonym: "the United States (US)" is the place, and
                # "Titus County Sheriff's Office (TCSO)" and "Federal University of Technology,
                # Owerri (FUTO)" keep their places, as the geoparsing corpora mark them)
                and not any(
                    m.end > start and m.start < mt.start() and m.senses[0][1].kind != "demonym"
                    for m in cands
                )
            ):
                wanted.append((start, mt.start()))
            continue
        if initials_fit(mt.group(1), last.entity):
            continue  # already the long name ("Virginia State Board of Elections (VSBE)" keeps
            # its state a place, as _trim_civic does)
        start = long_name_start(text, mt.start(), mt.group(1), _cues().legal_forms)
        if start is not None and start < last.start and text[start : mt.start()] != last.entity:
            # (not a name the rules read whole and trimmed: "North Carolina Department of
            # Transportation (NCDOT)" keeps its state a place, as _trim_civic does)
            wanted.append((start, mt.start()))
    if not wanted:
        return people_orgs, cands
    for s, e in wanted:
        inside = [sp for sp in people_orgs if sp.start < e and s < sp.end]
        # an organisation's name that opens before the spelt-out words is the name's start
        # ("Union Ministry of Environment, Forest and Climate Change (MoEFCC)")
        s = min([s] + [sp.start for sp in inside if sp.kind == "organisation" and sp.end < e])
        if any(sp.start < s or sp.end > e for sp in inside) or any(
            m.start < s < m.end or m.start < e < m.end for m in cands
        ):
            continue  # a name reaching out of it: no reading of ours to replace
        surface = text[s:e]
        words = tuple(surface.replace(",", " ").split())
        whole = _Span(s, e, surface, "organisation", "organisation", tokens=words)
        gone = {id(sp) for sp in inside}
        people_orgs = sorted(
            [sp for sp in people_orgs if id(sp) not in gone] + [whole],
            key=lambda sp: (sp.start, -sp.end),
        )
        cands = [m for m in cands if not (s <= m.start and m.end <= e)]
    return people_orgs, cands


def _countries(cands: list[_Mention]) -> frozenset[str]:
    """The names of countries and states among the place candidates, as written."""
    return frozenset(m.surface for m in cands if m.senses[0][1].kind in _MAJOR_KINDS)


def recognise(
    text: str,
    *,
    gazetteer: Gazetteer | None = None,
    entities: EntityTable | None = None,
    backend: Any = "dateline",
) -> list[Span]:
    """The names in one cleaned text as non-overlapping typed :class:`Span` records, in order.

    ``gazetteer`` defaults to :func:`helpers.gazetteer.load_gazetteer`, ``entities`` to
    :func:`helpers.recognise.entities.load_entities` (the project's ``data/entities.csv``).
    ``backend`` is ``"dateline"`` (these rules), or ``"spacy"``, ``"spacy:MODEL"`` or a spaCy
    ``Language`` for an installed spaCy pipeline's entities, linked and resolved the same way
    (:mod:`helpers.recognise.spacy_backend`; it may also return ``other`` names).
    Empty or non-text input gives ``[]``.

        >>> [(s.surface, s.type) for s in recognise("Senator Warren spoke in Boston.")]
        ... # doctest: +SKIP
        [('Warren', 'person'), ('Boston', 'place')]
    """
    if not isinstance(text, str) or not text:
        return []
    gaz = gazetteer if gazetteer is not None else load_gazetteer()
    table = entities if entities is not None else load_entities()
    if backend != "dateline":
        from helpers.recognise import spacy_backend

        found = spacy_backend.article(text, gaz, table, backend)
        return _without_strays(list(found.spans), found.places, gaz, text)
    art = _analyse(text, gaz, table)
    return _without_strays(_spans(text, art), art.places, gaz, text)


def _without_strays(
    spans: list[Span], places: Sequence[_Mention], gaz: Gazetteer, text: str
) -> list[Span]:
    """``spans`` without the place candidates find_places drops after resolving the article
    (alternate names of towns in a country the article never names otherwise)."""
    from helpers.geoparse import stray_place_spans  # (geoparse imports this package)

    stray = stray_place_spans(places, gaz, text)
    if not stray:
        return spans
    return [s for s in spans if s.type not in ("place", "demonym") or (s.start, s.end) not in stray]
