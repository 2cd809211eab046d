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
* :mod:`helpers.recognise.county_lists` — names a list ending in "counties" gives are the
  counties ("in Hillsborough, Pinellas and Manatee counties");
* :mod:`helpers.recognise.place_vetoes` — candidates the words around them give to something
  else: a storm ("Hurricane Katrina"), a craft, a law ("the Kyoto Protocol"), a palace, a hotel;
* :mod:`helpers.recognise.names` — the entity table, then capitalised runs read with cues (titles,
  organisation words, given names, acronyms defined in the text), then surname links;
* :mod:`helpers.recognise.learned` — names the training news typed, and hand-kept well-known
  organisations ("Goldman Sachs"), which beat the rules' weak person readings;
* :mod:`helpers.recognise.overlaps` — which reading wins where a name and a place overlap: a
  person or organisation beats a place candidate it overlaps ("Joaquin Phoenix", "Thomson
  Reuters", "Air Force One") unless the name is a run read for want of a better reading ("Hanoi
  Flights"), and a town's own institution keeps the town on the map, the institution whole
  among the spans ("Vancouver Police Department");
* :mod:`helpers.recognise.acronym_orgs` — organisations no capitalised run revealed: acronyms
  ("WTO"; a defined one linked to its long name) and words cued by "shares", "spokesman" …;
* :mod:`helpers.recognise.bare_links` — a bare surname link yields to a country or state
  written as a place ("in Jordan", "Jordan's capital");
* this module — one reading per span, wiring the parts: the evidence rules (verbs only people
  do, organisation words after a name, acronyms) run after the overlaps are settled.

Each article is recognised once per process: the spans of the last texts are remembered per
gazetteer (a bounded memo), so ``find_places`` and then ``find_mentions`` on the same text — the
pipeline's order — share one pass.

    >>> spans = recognise("Joaquin Phoenix flew to Phoenix, Arizona.")   # doctest: +SKIP
    >>> [(s.surface, s.type) for s in spans]                             # doctest: +SKIP
    [('Joaquin Phoenix', 'person'), ('Phoenix', 'place'), ('Arizona', 'place')]
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import compress, pairwise
from typing import Any, NamedTuple

from helpers.gazetteer import Gazetteer, load_gazetteer
from helpers.recognise import appositions as _appositions
from helpers.recognise import bare_links as _bare_links
from helpers.recognise import detokenise as _detokenise
from helpers.recognise import features as _features
from helpers.recognise import groups as _groups
from helpers.recognise import hyphen_names as _hyphen_names
from helpers.recognise import learned as _learned
from helpers.recognise import misread as _misread
from helpers.recognise import model as _span_model
from helpers.recognise import orgs as _orgs
from helpers.recognise import quoted as _quoted
from helpers.recognise import scoreboards as _scoreboards
from helpers.recognise import short_forms as _short_forms
from helpers.recognise import shouted as _shouted
from helpers.recognise import tables as _tables
from helpers.recognise import vessels as _vessels
from helpers.recognise import works as _works
from helpers.recognise.acronym_orgs import (
    defined_bodies,
    orgs_by_evidence,
    text_defined_over_table,
    whole_long_names,
)
from helpers.recognise.acronyms import (
    hyphened_acronym_names,
    joined_acronym_names,
    table_acronyms,
    without_term_acronyms,
)
from helpers.recognise.county_lists import with_listed_counties
from helpers.recognise.datelines import _dateline_towns, with_datelines
from helpers.recognise.entities import EntityTable, load_entities
from helpers.recognise.given_links import _given_name_links
from helpers.recognise.model_checks import model_misreads, placed_words
from helpers.recognise.names import (
    _POST_NOMINALS,
    _Intervals,
    _Span,
    _Words,
    people_and_organisations,
)
from helpers.recognise.org_evidence import _evidence as _org_evidence
from helpers.recognise.overlaps import (
    _MAJOR_KINDS,
    _given_place_before_surname,
    _names_or_places,
    _trim_civic,
    _without_overlaps,
    _without_replaced,
    _without_titled_places,
    whole_civic_names,
)
from helpers.recognise.place_filter import _filter
from helpers.recognise.place_scan import defined_place_acronyms
from helpers.recognise.place_vetoes import _shouted_storm_words, without_other_names
from helpers.recognise.places import (
    _DATELINE,
    _IN,
    PERSON_VERBS,
    _memo,
    _Mention,
    _scan,
)
from helpers.recognise.quoted import _speakers_by_name
from helpers.recognise.span_records import renamed_entities
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
    "described": "named beside an organisation's description ('the weather institute, X,'; 'X, the association founded …')",
    "team": "a results table's team beside a driver the article names elsewhere",
}
_WEAK_KINDS = frozenset({"city"})
# readings a work's quoted title replaces: the ones made for want of a better reading
_WORK_YIELDS = frozenset({"name", "given", "verb", "learned", "organisation"})


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
        with_listed_counties(
            text,
            defined_place_acronyms(
                text,
                _filter(text, with_datelines(text, _scan(text, gaz), gaz, table.by_alias), gaz),
            ),
            gaz,
        )
        if text
        else []
    )
    cands = without_other_names(text, cands, titled, titles)
    found_places = cands  # (a misread name gives its places back: misread.misread_names)
    # town names, and short title-case abbreviations ("Al" for Alabama), may be a name's words;
    # a demonym is no name's word even after a title ("Chief Palestinian negotiator")
    # (a country's or state's name that is also a given name is a name's word before a surname
    # that is no everyday word: "Virginia Woolf", "Chad Johnson", "Jordan Henderson")
    place_starts = {m.start for m in cands}
    place_list = [
        (m.start, m.end, m.surface, m.surface,
         "weak" if m.senses[0][1].kind == "city" or (len(m.surface) == 2 and not m.surface.isupper())
         or _given_place_before_surname(text, m, place_starts)
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
        kept_people = _bare_links.bare_links_or_places(text, people_orgs, cands)
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
                        and not _bare_links.speaks(text, sp.start, sp.end)
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
        if (" (" in text or ", or " in text) and people_orgs:
            people_orgs, cands = whole_long_names(text, people_orgs, cands)
            people_orgs = defined_bodies(text, people_orgs)
            if len(table):
                people_orgs = text_defined_over_table(text, people_orgs)
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
        # a wire's sign-off ("Mercer reported from Bogotá", "Samar Kassaif in Benghazi contributed")
        if " reported from " in text or " contributed" in text:
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
            teams += _scoreboards.scoring_teams(text)  # "Bal — Henry 5 run"
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
        people_orgs = model_misreads(text, people_orgs)  # "said ROVs would", "Airlines added"
        # a table's column of teams or parties, or of people: each of its names one of them
        people_orgs, cands = _tables.typed_columns(text, people_orgs, cands)
        people_orgs = _tables.row_codes(text, people_orgs)  # "Ret Kevin Magnussen\tHaas"
        people_orgs = _orgs.bracketed_legal_forms(text, people_orgs)  # "… (Pty) Ltd"
        people_orgs = _groups.armed_groups(text, people_orgs, _org_evidence())  # "Wagner fighters"
        people_orgs = _groups.firm_shaped(text, _words, people_orgs, cands)  # "SmithKline"
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
            people_orgs = _speakers_by_name(text, people_orgs, _words)
        # "Scottie Scheffler Justin Rose lost to …": two people named elsewhere, not one
        people_orgs = _misread.joined_people(text, people_orgs)
        # "the Benno Bokk Yakaar (BBY) coalition": a body's name, not a person's
        people_orgs = _misread.acronymed_bodies(text, people_orgs)
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
        # "near Larissa … Larissa Mayor Apostolos Kalogiannis": one sense of a placed word
        people_orgs, cands = placed_words(text, people_orgs, cands)
        people_orgs = _misread.one_person_reading(_misread.one_reading(people_orgs))
        people_orgs, cands = _misread.one_team_reading(text, people_orgs, cands)
        # "Bono, Nick Cave and Johnny Depp": a town's name among people's is one more person
        people_orgs, cands = _misread.listed_people(text, people_orgs, cands)
        # "Siesta Key, Lido Key and Longboat Key": a name between places alike is one more
        people_orgs = _features.listed_like_places(text, people_orgs, cands)
        # "Cllr Mark Dunleavy (Conservative, Boughton and Courtenay)": a ward holds no one
        people_orgs, cands = _misread.councillors_wards(text, people_orgs, cands)
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
            # (and the links to a name the craft held: "Bombardier Dash 8 … Bombardier said"
            # was the given name of a person "Bombardier Dash")
            crafted = {sp.entity for sp in people_orgs if held.overlaps(sp.start, sp.end)}
            people_orgs = [
                sp
                for sp in people_orgs
                if not held.overlaps(sp.start, sp.end)
                and not (sp.how in ("first", "surname") and sp.entity in crafted)
            ]
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
        local = _features.listed_places(text) if _features.may_list_places(text) else []
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
            if " (" in text:
                people_orgs = without_term_acronyms(text, people_orgs)  # "DANA (depresión …)"
        if len(table):
            people_orgs = table_acronyms(people_orgs, table.by_alias)
        if any(sp.how == "acronym" for sp in people_orgs):
            people_orgs = joined_acronym_names(text, people_orgs)  # "ABN AMRO"
        # "the national meteorological institute, Inumet,": the name is the institute
        if ", " in text:
            described = _appositions.described_organisations(text, people_orgs)
            if described is not people_orgs:
                # its short name bare is the organisation too ("its parent company, Wingtech
                # Technology, … Wingtech said"): the short forms were read before it was one
                people_orgs, cands = _short_forms.org_short_forms(text, described, cands)
        if cands and people_orgs:
            # a barrister's or an honour's letters after a name are no place ("Rajesh Pillay SC":
            # not South Carolina)
            ends = {sp.end for sp in people_orgs if sp.kind == "person"}
            cands = [m for m in cands if not (m.surface in _POST_NOMINALS and m.start - 1 in ends)]
    if people_orgs and any(a.end > b.start for a, b in pairwise(people_orgs)):
        people_orgs = _without_overlaps(people_orgs)
    if people_orgs:
        if "-" in text:
            people_orgs = _without_compound_tails(text, people_orgs)
        people_orgs = _orphaned_entities(text, people_orgs)
        # the last step: the rules above read the towns inside institutions' names as places
        people_orgs = whole_civic_names(text, people_orgs, cands)
    return _Article(tuple(cands), tuple(people_orgs))


# a compound's tail after a name ("a Taylor Swift-themed club", "a Hamas-led attack"): no part of
# the name
_COMPOUND_TAIL = re.compile(
    r"-(?:themed|style|styled|led|backed|based|born|era|inspired|owned|funded|linked|aligned"
    r"|allied|made|like|esque|related|friendly|controlled|run|bound|registered|flagged)$"
)


def _without_compound_tails(text: str, people_orgs: list[_Span]) -> list[_Span]:
    """``people_orgs`` with a compound's tail cut from the names that end in one ("Taylor
    Swift-themed" is Taylor Swift), and their entities alike."""
    out = []
    for sp in people_orgs:
        tail = _COMPOUND_TAIL.search(text, sp.start, sp.end)
        if tail is not None and tail.start() > sp.start:
            cut = tail.end() - tail.start()
            entity = sp.entity[:-cut] if sp.entity.endswith(tail.group()) else sp.entity
            tokens = sp.tokens
            if tokens and tokens[-1].endswith(tail.group()):
                tokens = (*tokens[:-1], tokens[-1][:-cut])
            sp = replace(sp, end=tail.start(), entity=entity, tokens=tokens)
        out.append(sp)
    return out


def _orphaned_entities(text: str, people_orgs: list[_Span]) -> list[_Span]:
    """``people_orgs`` with each person's entity that no person span is written as, and that
    extends a longer name of two words or more the article writes as a person, renamed to that
    name: "Tina Turner" was "Tina Turner Revue" (the run inside "Ike & Tina Turner Revue", which a
    later rule made the organisation), and every "Tina" with her.

        >>> sp = [_Span(0, 11, "Tina Turner Revue", "person", "name")]
        >>> _orphaned_entities("Tina Turner sang.", sp)[0].entity
        'Tina Turner'
    """
    written = {text[sp.start : sp.end] for sp in people_orgs if sp.kind == "person"}
    orphans = {
        sp.entity
        for sp in people_orgs
        if sp.kind == "person"
        and not sp.ambiguous
        and sp.how != "table"  # (the entity table's names are its own: "A. L. Park")
        and sp.entity not in written
        and sp.entity.count(" ") >= 2
    }
    rename = {}
    for entity in orphans:
        best = max(
            (w for w in written if " " in w and entity.startswith(w + " ")), key=len, default=""
        )
        if best:
            rename[entity] = best
    return renamed_entities(people_orgs, rename, "person") if rename else people_orgs


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
        and not _bare_links.speaks(text, sp.start, sp.end)
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


class _Capitals(NamedTuple):
    """An article's capitalised tokens, and the word after each (C-level lists: a fifth of the
    tokens, all the rules after discovery look at)."""

    index: list[int]  # token numbers
    words: list[str]  # their texts
    before: list[int]  # the token numbers that have a next token
    after: list[str]  # the text of the token after each of those


_NEXT = (1).__add__


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
    # (a town inside an institution's name is the map's, not a span: see whole_civic_names)
    named = _Intervals([(sp.start, sp.end) for sp in art.people_orgs])
    for m in art.places:
        if named.overlaps(m.start, m.end):
            continue
        kind = "demonym" if m.senses[0][1].kind == "demonym" else "place"
        spans.append(Span(m.start, m.end, m.surface, kind, m.surface, "place", _place_why(m)))
    spans.sort(key=lambda s: (s.start, -s.end))
    return spans


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
