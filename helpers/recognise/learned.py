"""Names known before reading: those the training news typed, and hand-kept organisations.

Part of stage 2 (recognise), run once per article after the capitalised runs are read
(:mod:`helpers.recognise.names`). Two lists, matched by one Aho–Corasick automaton (a single
C-level pass over the text):

* ``helpers/data/learned_names.tsv`` (``scripts/train_recogniser.py``): names the train splits of
  GMB and wikigold typed as a person or an organisation ("Taleban", "General Electric"). They fill
  in what the rules left untyped or read as a town; silver noise included ("Goldman Sachs" as a
  person), so they never override a reading of the rules.
* ``helpers/data/known_organisations.txt``: well-known organisations whose names read like people or
  places, kept by hand. They win over the learned names and over the rules' weak readings ("a run
  of capitalised name words"), but not over a title, the entity table or a place the text writes as
  a place. The market indices of ``name_cues.toml`` are matched with them, only so that no
  organisation is read inside "Dow Jones Industrial Average".

    >>> from helpers.recognise import recognise
    >>> [(s.surface, s.type) for s in recognise("Goldman Sachs raised its forecast.")]
    ... # doctest: +SKIP
    [('Goldman Sachs', 'organisation')]
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from dataclasses import replace
from importlib import resources
from typing import Any, NamedTuple

from helpers.recognise.cues import feature_ending_after, known_organisations
from helpers.recognise.names import _cues, _Intervals, _Span, nobodys_name
from helpers.recognise.place_words import after_model_code
from helpers.recognise.places import (
    _DATELINE,
    _IN,
    _LOCATIVE,
    _NOUN,
    _STRICT_CONTEXT,
    _big,
    _Mention,
)
from helpers.recognise.span_records import renamed_entities

__all__ = ["learned_names"]


class _Learned(NamedTuple):
    kind: str  # "organisation" | "person" | "other" (a market index: no span)
    count: int  # times annotated so in the training news (0 for the hand-kept names)
    share: float  # share of the name's occurrences there that carry the type
    known: bool = False  # hand-kept (known_organisations.txt, market indices): beats weak readings
    # the name as the list writes it, for another form of it ("Paris St-Germain")
    canonical: str = ""
    # a hand-kept company: a run of name words its name opens is its product's ("Toyota Corolla")
    company: bool = False


@functools.cache
def _learned() -> tuple[dict[str, _Learned], int]:
    """helpers/data/learned_names.tsv (scripts/train_recogniser.py): name → type, and the most
    words a name has; then the hand-kept names, which win over the learned ones (those hold the
    training news's silver noise: "Goldman Sachs" as a person): known_organisations.txt, and the
    market indices of name_cues.toml, matched only so that no organisation is read inside them
    ("Dow Jones" of "Dow Jones Industrial Average")."""
    data = resources.files("helpers") / "data"
    table: dict[str, _Learned] = {}
    for line in (data / "learned_names.tsv").read_text("utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        surface, kind, count, share = line.split("\t")
        if nobodys_name(surface.split()):
            continue  # silver noise: a storm or a feature read as an organisation
            # ("Cyclone Nargis")
        if surface.startswith("The "):
            # a sentence's "The" is no part of the name ("The Ministry of Agriculture said",
            # as the training news split it), as news NER marks it
            surface = surface[4:]
            if surface in table:
                continue
        table[surface] = _Learned(
            "organisation" if kind == "ORG" else "person", int(count), float(share)
        )
    for name, company in known_organisations().items():
        # (with a saint's short forms: "Paris St-Germain", "Paris St Germain" was a person)
        for form in _saint_forms(name):
            table[form] = _Learned(
                "organisation", 0, 1.0, True, "" if form == name else name, company
            )
    for name in _cues().market_indices | _cues().competitions:
        table[name] = _Learned("other", 0, 1.0, known=True)
        if name.endswith(("Cup", "Bowl")):
            # (and their plurals: "four Rugby World Cups" was the town Rugby)
            table[name + "s"] = _Learned("other", 0, 1.0, known=True)
    return table, max((len(k.split(" ")) for k in table), default=1)


def _saint_forms(name: str) -> list[str]:
    """The name and, where it holds "Saint", the forms news writes it in ("St", "St.").

    >>> _saint_forms("Paris Saint-Germain")
    ['Paris Saint-Germain', 'Paris St-Germain', 'Paris St Germain', 'Paris St. Germain']
    """
    if "Saint-" in name:
        short = name.replace("Saint-", "St-")
        return [name, short, short.replace("St-", "St "), short.replace("St-", "St. ")]
    if "Saint " in name:
        return [name, name.replace("Saint ", "St "), name.replace("Saint ", "St. ")]
    return [name]


@functools.cache
def _learned_automaton() -> Any:
    """One Aho–Corasick automaton over the learned and the hand-kept names: a single C-level pass
    finds them."""
    import ahocorasick

    auto = ahocorasick.Automaton()
    for name in _learned()[0]:
        auto.add_word(name, name)
    auto.make_automaton()
    return auto


def _org_tail(words: list[str]) -> bool:
    """Whether the words after a known name hold an organisation word, singular or plural."""
    org_words = _cues().org_words
    return any(
        w in org_words
        or w.removesuffix("s") in org_words  # "Associations"
        or (w.endswith("ies") and w[:-3] + "y" in org_words)  # "Societies"
        # a firm's words ("Samsung Electronics", "Goldman Sachs Asset Management", "McLaren
        # Racing" were products, and so no name at all)
        or w in _FIRM_TAILS
        for w in words
    )


_FIRM_TAILS = frozenset(
    {
        "Electronics", "Racing", "Management", "Asset", "Motors", "Motor", "Technologies",
        "Technology", "Systems", "Entertainment", "Securities", "Capital", "Markets",
        "Investments", "Financial", "Insurance", "Energy", "Airlines", "Airways",
        "Pharmaceuticals", "Foods", "Studios", "Records", "Media", "Semiconductor", "Telecom",
        "Communications", "Industries", "Holdings", "Partners", "Logistics", "Chemicals",
        # family firms ("Tata Sons")
        "Sons", "Bros", "Bros.",
        # steelmakers and utilities ("Tata Steel" was a car, the maker Tata's model "Steel")
        "Steel", "Water", "Power",
    }
)  # fmt: skip


def _weak_tail(text: str, sp: _Span, s: int, e: int) -> bool:
    """Whether ``sp`` is a person read for want of a better reading that starts inside a known
    name at ``[s, e)`` and ends one word after it (the known name beats it; the word is lost)."""
    return (
        sp.kind == "person"
        and sp.how == "name"
        and s < sp.start < e
        and text[e : e + 1] == " "
        and " " not in text[e + 1 : sp.end]
    )


def _legal_tail(tail: str) -> bool:
    """Whether the text after a known name is only legal forms: " Corp", " Inc.", ", Inc."."""
    words = tail.replace(",", " ").split()
    forms = _cues().legal_forms
    return bool(words) and tail[:1] in (" ", ",") and all(w in forms for w in words)


_SURE_PLACE_OR_IN = _STRICT_CONTEXT | _NOUN
# the last characters before a name's tail ("… de Santander", "… of Santander")
_NAME_OF = frozenset({" de ", " of ", "del ", " do ", " da "})

# the readings a hand-kept organisation's name replaces when they lie inside it: a run of name
# words read as a person for want of a better reading ("Goldman Sachs"), or because it starts with
# a given name ("Morgan Stanley"), a speaker's word ("Hamas said"), an organisation found by its
# word (the known name is the whole of it). Never a title's person, a table entry, a surname link.
_KNOWN_BEATS = frozenset({"name", "given", "verb", "organisation"})


def _listed_with_orgs(text: str, m: _Mention, table: dict[str, _Learned]) -> bool:
    """Whether a place candidate's only place context is a comma beside a known organisation's
    name: a list of companies ("companies including Google, Meta, Pfizer": Google is Topeka's
    other name and Meta a Colombian department, so "Google, Meta" read as "City, State")."""
    if m.context & (_IN | _DATELINE):
        return False
    before = _WORDS_BEFORE_COMMA.search(text, max(0, m.start - 40), m.start)
    after = _WORDS_AFTER_COMMA.match(text, m.end)
    return any(
        g is not None and ((h := table.get(g)) is not None and h.known)
        for x in (before, after)
        if x is not None
        for g in x.groups()
    )


def _written_as_place(text: str, m: _Mention, table: dict[str, _Learned], context: int) -> bool:
    """Whether a place candidate's ``context`` writes it as a place: not only as one of a list
    of companies (:func:`_listed_with_orgs`), and, beside a comma, by the place's own name ("on
    Hamas, Germany's spending" is no "Hamm, Germany", "Hamas" being one of Hamm's other names;
    "in Hamas" is)."""
    return bool(
        m.context & context
        and not _listed_with_orgs(text, m, table)
        and (m.context & _IN or m.senses[0][1].name == m.surface)
    )


# a Romance feature's first word and its connectors right before a name ("Col de la ")
_FEATURE_BEFORE = re.compile(
    r"([A-Z][\w’']*) (?:(?:de|du|des|del|di|della|da|do|la|le|los|las|d’|d') ?){1,2}\Z"
)
# the one or two words before a comma right before a name, and after one right after it
_WORDS_BEFORE_COMMA = re.compile(r"((?:\w[\w&.'’-]* )?(\w[\w&.'’-]*)), \Z")
_WORDS_AFTER_COMMA = re.compile(r", ((\w[\w&.'’-]*)(?: \w[\w&.'’-]*)?)")


_CITY_OF_ITS_OWN = 400_000


def _city_of_its_own(m: _Mention) -> bool:
    """Whether a place candidate is a capital or a city of :data:`_CITY_OF_ITS_OWN` people that
    the text writes by its own name: no training news's reading of the name makes it a person or
    a body ("downstream of Phnom Penh" was an organisation, GMB typing its five mentions so;
    Zanzibar a person), where a town's may ("Hamas" is also a name of Hamm)."""
    sense = m.senses[0][1]
    return (
        sense.feature_code == "PPLC" or sense.population >= _CITY_OF_ITS_OWN
    ) and sense.name == m.surface


_APOSTROPHES = ("'", "’")
_THE_BEFORE = frozenset({"the ", "The "})


def learned_names(
    text: str, people_orgs: list[_Span], cands: list[_Mention], named: _Intervals | None = None
) -> tuple[list[_Span], set[int]]:
    """Names the training news typed ("Taleban", "Hezbollah", "General Electric") that the rules
    left untyped or read as a town; never over another place (a country, state, region or landmark
    such as the "White House") nor over a person or organisation the rules found. Hand-kept
    organisations (known_organisations.txt) also replace the weak readings inside them
    (:data:`_KNOWN_BEATS`), and yield only to a place the text writes as that very name ("in
    X"). ``named``: the spans of ``people_orgs`` as :class:`_Intervals` when the caller has them.
    Returns the new spans and the indices in ``people_orgs`` of the spans they replace."""
    table = _learned()[0]
    # one reading per article: a known organisation's name the text writes somewhere as a place
    # ("in Santander", "the department of Santander") is that place at its bare mentions too
    # ("Santander voted for management"), not the bank
    placed: set[str] | None = None  # (built at the first known organisation's hit)
    cand_starts: list[int] = []
    span_starts: list[int] = []
    out: list[_Span] = []
    replaced: set[int] = set()
    # a results table's driver-and-team reading → the driver's name and the team's
    teams: dict[str, tuple[str, str]] = {}
    for last, name in _learned_automaton().iter_long(text):
        e = last + 1
        s = e - len(name)
        # whole words only ("Hamas" not in "Hamasi")
        if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
            continue
        if (
            text[e : e + 1] in _APOSTROPHES
            and text[e + 1 : e + 2].isalpha()
            and not (text[e + 1] == "s" and not text[e + 2 : e + 3].isalpha())
        ):
            continue  # (nor a word's start before its apostrophe: "Chang" of "China's Chang'e-7")
        if "." in name and text.startswith(".", e):
            continue  # (nor a dotted name's last stop cut off: "the U.N. Development Programme")
        if (
            s > 3
            and (head := _FEATURE_BEFORE.search(text, max(0, s - 24), s)) is not None
            and head.group(1) in _cues().romance_feature_heads
        ):
            continue  # a feature's name: "the Col de la Madeleine" is no person
        if s > 3 and text[s - 2].isdigit() and after_model_code(text, s):
            continue  # an aircraft's name after its model: "a C-130 Hercules" is no person
        if not cand_starts and cands:
            cand_starts = [m.start for m in cands]
        if named is None:
            named = _Intervals([(sp.start, sp.end) for sp in people_orgs])
        hit = table[name]
        if not hit.known and feature_ending_after(text, e):
            continue  # a natural feature's first word: "near the Philippine Trench" was the
            # organisation the training news's "Philippine" had been
        over: list[int] = []
        entity, kind = hit.canonical or name, hit.kind
        if named.overlaps(s, e):
            if not hit.known:
                continue
            if not span_starts:
                span_starts = [sp.start for sp in people_orgs]
            # (the spans do not overlap one another: those overlapping [s, e) are a slice)
            over = list(range(max(bisect_left(span_starts, s) - 1, 0), bisect_left(span_starts, e)))
            over = [x for x in over if people_orgs[x].end > s]
            if hit.known and over and hit.kind == "organisation":
                # a company's legal form after its known name is the name's: "General Motors
                # Corp" (the rules read "Motors Corp" by its "Corp")
                last_sp = people_orgs[over[-1]]
                if s < last_sp.start < e < last_sp.end and _legal_tail(text[e : last_sp.end]):
                    e = last_sp.end
                # ... and so is an organisation's reading that starts inside it and ends in an
                # organisation word: a venue or body named after it ("Canadian Tire Centre" was
                # the demonym and "Tire Centre")
                elif (
                    s < last_sp.start < e < last_sp.end
                    and last_sp.kind == "organisation"
                    and last_sp.how == "organisation"
                    and _org_tail(text[e : last_sp.end].split())
                ):
                    e = last_sp.end
                    entity = text[s:e]
                # ... and a run of name words it starts is its product's, no person read for
                # want of a better reading: "Toyota Corolla", "Sony PlayStation", "Microsoft
                # Azure" (typed "other", as news NER marks products: neither person nor company)
                # (a body's name opening a person's is the person's: "opposition leader Duma
                # Boko", Botswana's president, was the Duma and a product "Duma Boko")
                elif (
                    hit.company
                    and last_sp.start == s
                    and last_sp.end > e
                    and last_sp.how == "name"
                    and last_sp.kind == "person"
                ):
                    e, tail = last_sp.end, text[e : last_sp.end].split()
                    # (unless an organisation word says it is an organisation: "Red Crescent
                    # Societies")
                    entity, kind = text[s:e], "organisation" if _org_tail(tail) else "other"
            if (
                hit.known
                and kind == "organisation"
                and len(over) == 1
                and (sp := people_orgs[over[0]]).end == e
                and _driver_and_team(text, sp, s)
            ):
                # a results table's driver and team: "1 44 Lewis Hamilton Mercedes 1:22:30"
                driver = text[sp.start : s - 1]
                out.append(replace(sp, end=s - 1, entity=driver, tokens=tuple(driver.split(" "))))
                teams[sp.entity] = (driver, name)
                replaced.add(over[0])
                over = []
            if any(
                people_orgs[x].start < s
                # (an initial's full stop read into the name is the sentence's: "in Serie A.")
                or (
                    people_orgs[x].end > e + (text[e : e + 1] == ".")
                    # (but not a run read as a person for want of a better reading that starts
                    # inside the name and takes one more word: "Catholic Charities Eastern
                    # Washington" was a person "Charities Eastern")
                    and not _weak_tail(text, people_orgs[x], s, e)
                )
                or not (
                    people_orgs[x].how in _KNOWN_BEATS
                    # a title inside the name is the name's word ("General Dynamics"); one
                    # before it names a person ("Chairman Charles Schwab")
                    or (people_orgs[x].how == "title" and people_orgs[x].start > s)
                )
                for x in over
            ):
                continue  # part of a longer name, or a reading stronger than a weak one
        i = bisect_left(cand_starts, s)
        # (candidates are in text order: the ones starting before e are a slice)
        inside = [m for m in cands[max(i - 1, 0) : bisect_left(cand_starts, e)] if s < m.end]
        if hit.known and hit.kind == "organisation":
            if placed is None:
                placed = {
                    m.surface for m in cands if _written_as_place(text, m, table, _SURE_PLACE_OR_IN)
                }
            # (not the tail of a longer name: "Universidad Industrial de Santander")
            if name in placed and text[max(0, s - 4) : s] not in _NAME_OF:
                continue
        if hit.known:
            # a place the text writes as this very name stays the place: after "in", beside a
            # comma ("Santander, Spain"), or after any locative word for a big place called so
            # ("flew to Santander"; but "between Hamas militants": Hamas is another name of
            # Hamm); a place inside a longer name is the name's ("Rio Tinto", "Bayern Munich")
            if any(
                (m.start < s or m.end > e)
                or (
                    # (only a place that is the whole name: "from Paris Saint-Germain" is the club)
                    m.end - m.start == e - s
                    and (
                        _written_as_place(text, m, table, _STRICT_CONTEXT)
                        or (
                            m.context & _LOCATIVE
                            and _big(m.senses[0][1])
                            and m.senses[0][1].name == m.surface
                        )
                        # a country's short name after "the" is the country ("between the
                        # Emirates and Qatar"; bare "Emirates said" is the airline)
                        or (
                            m.senses[0][1].kind == "country"
                            and text[max(0, s - 4) : s] in _THE_BEFORE
                        )
                    )
                )
                for m in inside
            ):
                continue
            replaced.update(over)
            # (a market index is kept as an "other" span until the end of the pass, so that no
            # later rule nor the span model reads an organisation or a person in it)
            out.append(
                _Span(s, e, entity, kind, "known", tokens=tuple(text[s:e].split(" ")),
                      surface="a known organisation")
            )  # fmt: skip
            continue
        if hit.kind == "person" and inside:
            continue
        if any(
            (
                m.senses[0][1].kind != "city"
                or m.context & _STRICT_CONTEXT
                # (the whole name: "Warsaw Pact", "Turin Olympics" stay the learned names)
                or (m.start == s and m.end == e and _city_of_its_own(m))
            )
            # (a demonym opening an organisation's name is the name's: "The American Red Cross
            # (ARC)" was "American" alone, the learned name hiding the known "Red Cross")
            and not (
                m.start == s
                and m.end < e  # (a learned name that is the demonym alone stays the demonym)
                and hit.kind == "organisation"
                and m.senses[0][1].kind == "demonym"
            )
            for m in inside
        ):
            # only a town's name yields ("Hamas" is also a town), and not where the text writes
            # it as a place ("in Hamas"); a landmark stays
            continue
        why = f"seen as {'an organisation' if hit.kind == 'organisation' else 'a person'}"
        out.append(
            _Span(s, e, name, hit.kind, "learned", tokens=tuple(name.split(" ")),
                  surface=f"{why} {hit.count} times in training news")
        )  # fmt: skip
    # a results row's driver the article names elsewhere, and a team no list knows ("9 Alexander
    # Albon Williams 77 +1 lap": "with Alexander Albon ninth for Williams")
    for x, sp in enumerate(people_orgs):
        if (
            x not in replaced
            and sp.entity not in teams
            and sp.entity.count(" ") >= 2
            and (cut := _written_driver(text, sp)) is not None
        ):
            out.append(replace(sp, end=sp.start + len(cut), entity=cut, tokens=tuple(cut.split())))
            team = text[sp.start + len(cut) + 1 : sp.end]
            out.append(
                _Span(sp.end - len(team), sp.end, team, "organisation", "team",
                      tokens=tuple(team.split()))
            )  # fmt: skip
            teams[sp.entity] = (cut, team)
            replaced.add(x)
    if teams:
        # the team's bare name was the driver-and-team's surname: the team's ("his Mercedes");
        # and the driver's other mentions are the driver's, not the driver-and-team's
        drivers = {entity: driver for entity, (driver, _) in teams.items()}
        for x, sp in enumerate(people_orgs):
            if x in replaced or sp.kind != "person":
                continue
            team = next(
                (
                    t
                    for c in (sp.entity, *sp.candidates)
                    if (t := teams.get(c, ("", ""))[1])
                    # (the team's name, or its last word after the rest: "Red Bull's advantage")
                    and text.startswith(t, sp.end - len(t))
                    and sp.end - len(t) <= sp.start
                ),
                None,
            )
            if team is not None:
                replaced.add(x)
                out.append(
                    _Span(sp.end - len(team), sp.end, team, "organisation", "known",
                          tokens=tuple(team.split()), surface="a known organisation")
                )  # fmt: skip
            elif sp.entity in drivers or any(c in drivers for c in sp.candidates):
                replaced.add(x)
                out += renamed_entities([sp], drivers)
    return out, replaced


def _written_driver(text: str, sp: _Span) -> str | None:
    """The driver's name that opens a results row's person reading ("Alexander Albon" of "9
    Alexander Albon Williams 77 +1 lap") where the article writes that name elsewhere; else
    None."""
    if not (sp.kind == "person" and sp.how == "name"):
        return None
    line_start = text.rfind("\n", 0, sp.start) + 1
    if _results_row(text, sp, line_start) != (True, True):
        return None
    words = sp.entity.split(" ")
    for n in range(len(words) - 1, 1, -1):
        driver = " ".join(words[:n])
        if text.find(driver) < line_start or text.find(driver, sp.end) >= 0:
            return driver if text.count(driver) >= 2 else None
    return None


# a results table's row before a driver's name: a position, or a retirement, and a car number
_TABLE_LEAD = re.compile(r"(?:[1-9]\d?|Ret|DNF|DSQ|DNS|NC)\.?(?: \d{1,3})? \Z")


def _driver_and_team(text: str, sp: _Span, s: int) -> bool:
    """Whether a person's reading ending in a known organisation's name at ``s`` is a results
    table's driver (a full name) and team: its row opens with a position ("1 44 Lewis Hamilton
    Mercedes") or a time follows it ("… Mercedes +1.2s"). Not a name whose last word a company
    shares written in prose ("Michael J. Fox", "Gerald R. Ford")."""
    if not (sp.kind == "person" and sp.how == "name" and sp.start < s and text[s - 1] == " "):
        return False
    driver = text[sp.start : s - 1]
    if " " not in driver or "." in driver:
        return False
    return any(_results_row(text, sp, text.rfind("\n", 0, sp.start) + 1))


def _results_row(text: str, sp: _Span, line_start: int) -> tuple[bool, bool]:
    """Whether the row holding ``sp`` (from ``line_start``) opens with a results table's position
    or retirement and car number before it, and whether a time or a number follows it."""
    return (
        _TABLE_LEAD.match(text, line_start, sp.start) is not None,
        text[sp.end : sp.end + 2] in _TIME_AFTER,
    )


_TIME_AFTER = frozenset({" +", *(f" {d}" for d in "0123456789")})
