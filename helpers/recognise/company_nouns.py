"""Organisations named by the nouns around them: a company's noun before a name, a company's
words after it, and the people who work there.

Part of :mod:`helpers.recognise`, asked by :func:`helpers.recognise.orgs.organisations`: the names
the text writes after a company's noun ("chocolate maker Barry Callebaut", "financial regulator
BaFin"), runs of an everyday word and a country's or a state's name read as a person ("Audit
Scotland"), runs whose shares move or whose staff are named ("Barry Callebaut shares rose"), a
band's members' roles ("Fleetwood Mac singer"), and the firms analysts and economists work at
("analysts at Jefferies and Bernstein"). Each find is a (start, end, rule) for the organisation
rules' merge.

    >>> from helpers.recognise import recognise
    >>> [(s.surface, s.type) for s in recognise("Analysts at Jefferies upgraded it.")]
    ... # doctest: +SKIP
    [('Jefferies', 'organisation')]
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from itertools import compress
from typing import Any

from helpers.recognise.name_reach import _OF_FOR, _everyday_cap
from helpers.recognise.names import _cues, _Span, _surnames, _Words
from helpers.recognise.org_evidence import _Evidence, _run_end
from helpers.recognise.place_words import PLACE_BOARDS
from helpers.recognise.places import MODIFIERS, _big, _Mention

__all__: list[str] = []  # (the organisation rules import the private rules)

# the readings a company's noun, or a country's name, overrides: a run of name words, a given
# name's run, a surname link, a speaker's word
_WEAK_PERSON = frozenset({"name", "given", "surname", "verb"})
# the nouns before a name that are a person's trade too: a given name after them is a person's
_PERSON_TRADES = frozenset({"broadcaster", "operator", "pollster"})
# the nouns of a company's owners and parents, before "of" and its name
_OWNING_NOUNS = frozenset({"owner", "owners", "co-owner", "shareholder", "shareholders", "parent"})


def _after_nouns(
    text: str,
    w: _Words,
    capitals: Any,
    people_orgs: list[_Span],
    cands: list[_Mention],
    gaz: Any,
    ev: _Evidence,
) -> list[tuple[int, int, str]]:
    """Names the text writes after a company's noun ("chocolate maker Barry Callebaut",
    "financial regulator BaFin"), and runs of an everyday word and a country's or a state's name
    read as a person ("Audit Scotland", "Transport Scotland"), are organisations at each of
    their mentions the rules read weakly."""
    texts, starts, ends, joined, caps = w.texts, w.starts, w.ends, w.joined, w.caps
    cues = _cues()
    given, titles = cues.given_names, cues.title_words
    names: dict[str, str] = {}
    found: list[tuple[int, int, str]] = []  # (the spans found beside a place candidate)
    index = capitals.index
    nouns = _nouns_any_case(ev.company_before)
    # the capitals right after a company's noun, found once for both passes below (a noun written
    # with a capital opens a sentence: "Regulator Ofwat said")
    after_noun = [
        k
        for k in compress(index, map(nouns.__contains__, map(texts.__getitem__, map(_PREV, index))))
        if k and joined[k] and not (texts[k - 1][0].isupper() and not w.initial[k - 1])
    ]
    # ... or after a company's owner's or parent's noun and "of" ("Statkraft, the largest owner
    # of Fosen Vind," made a person "Fosen Vind"; folder 234)
    after_noun += [
        k
        for k in index
        if k > 1
        and texts[k - 1] == "of"
        and texts[k - 2] in _OWNING_NOUNS
        and joined[k]
        and joined[k - 1]
    ]
    for k in after_noun:
        if (
            texts[k] in titles
            or texts[k] in cues.calendar  # "the newspaper Tuesday said"
            or texts[k].lower() in cues.function_words
        ):
            continue
        e = _run_end(w, k)
        if e < len(texts) and (
            w.glued[e] or (texts[e] in _OF_FOR and e + 1 < len(texts) and caps[e + 1])
        ):
            continue  # the name goes on ("group Lashkar-e-Islam", "group U.S. Campaign for Burma")
        words = texts[k:e]
        if len(words) >= 2 and words[0] in given and words[-1] in _surnames():
            continue  # a person ("the company John Smith founded")
        if texts[k - 1] in _PERSON_TRADES and 2 <= len(words) <= 3 and words[0] in given:
            continue  # a person of that trade ("broadcaster Erwin Tulfo" was an organisation)
        if texts[k - 1] == "party" and (len(words) < 2 or words[0] in cues.common_given_names):
            continue  # the party a person leads ("the party Jeremy Corbyn led", "party Modi")
        names[" ".join(words)] = "noun"
    if gaz is not None:
        for sp in people_orgs:
            if (
                sp.kind == "person"
                and sp.how == "name"
                # (two everyday words too: "Historic Environment Scotland" was a person, whose
                # "surname" made the headline's Scotland one)
                and 2 <= len(sp.tokens) <= 3
                and all(
                    word not in given
                    and _everyday_cap(word)
                    # (not a family name's particle: "De Paul 7" in a team's ratings was a body)
                    and word.lower() not in cues.particles
                    for word in sp.tokens[:-1]
                )
                # (not a compass word, which opens a region: "Catholic Charities Eastern
                # Washington" was a body "Charities Eastern")
                and sp.tokens[-1].lower() not in MODIFIERS
                and (senses := gaz.lookup(sp.tokens[-1]))
                and senses[0].kind in ("country", "admin area")
            ):
                names[" ".join(sp.tokens)] = "body"
    # the same before a country or a state that speaks ("Audit Scotland said", where a sentence's
    # first word is no name's for the names rules); not a compass word ("Northern Scotland")
    for m in cands:
        if (
            m.prev is not None
            and m.prev[1] + 1 == m.start
            and m.next is not None
            and (
                m.senses[0][1].kind in ("country", "admin area")
                or text[m.prev[0] : m.prev[1]] in PLACE_BOARDS
            )
            and text[m.next[0] : m.next[1]] in ev.seat_after
            and text[m.prev[0]].isupper()
            and not (word := text[m.prev[0] : m.prev[1]]).isupper()  # "AP Saudi Arabia"
            and word not in given
            and word.lower() not in MODIFIERS
            and word.lower() not in cues.function_words
            and _everyday_cap(word)
        ):
            names[f"{word} {m.surface}"] = "body"
            found.append((m.prev[0], m.end, "body"))
    # a run the rules read as a person, whose shares move or whose staff are named ("Barry
    # Callebaut shares rose", "Tony Lama employees"); not "spokesman": people have them too;
    # or a band's members ("Fleetwood Mac singer")
    n = len(texts)
    for sp in people_orgs:
        if sp.kind == "person" and sp.how in ("name", "given") and len(sp.tokens) >= 2:
            k = bisect_left(starts, sp.end)
            if k < n and joined[k]:
                if texts[k] in _COMPANY_AFTER and (
                    texts[k] != "shares" or (k + 1 < n and texts[k + 1] in _SHARES_MOVE)
                ):
                    names[" ".join(sp.tokens)] = "owned"
                elif texts[k] in ev.band_roles:
                    names[" ".join(sp.tokens)] = "band"
    if not names:
        return []
    out: list[tuple[int, int, str]] = found
    for sp in people_orgs:
        # (a surname link to the name follows it later: short_forms.orphan_surnames)
        if sp.kind == "person" and sp.how in _WEAK_PERSON:
            rule = names.get(" ".join(sp.tokens))
            if rule is not None:
                out.append((sp.start, sp.end, rule))
    # the mentions after the nouns the rules left untyped ("regulator BaFin")
    for k in after_noun:
        if caps[k]:
            e = _run_end(w, k)
            rule = names.get(" ".join(texts[k:e]))
            if rule is not None:
                out.append((starts[k], ends[e - 1], rule))
    return out


_PREV = (-1).__add__


# the company nouns that open a sentence before a company's one-word name ("Regulator Ofwat said",
# "Watchdog Ofcom fined" were people); not those that open companies' own names ("Union Carbide",
# "Giant Eagle", "Group Lotus", "Charity Commission", "Band Aid")
SENTENCE_NOUNS = frozenset(
    {"regulator", "watchdog", "carmaker", "automaker", "chipmaker", "drugmaker", "steelmaker",
     "broadcaster", "lender", "insurer", "retailer", "refiner", "conglomerate"}
)  # fmt: skip


@functools.cache
def _nouns_any_case(nouns: frozenset[str]) -> frozenset[str]:
    """The company nouns, and those that open sentences capitalised ("Regulator Ofwat")."""
    return nouns | frozenset(n.capitalize() for n in nouns & SENTENCE_NOUNS)


# words after a run that make it a company's name (with "shares", a move: "shares rose")
_COMPANY_AFTER = frozenset(
    {"shares", "stock", "shareholders", "employees", "executives", "subsidiary", "subsidiaries"}
)
_SHARES_MOVE = frozenset(
    [
        "rose",
        "fell",
        "jumped",
        "gained",
        "slid",
        "dropped",
        "climbed",
        "surged",
        "tumbled",
        "plunged",
        "soared",
        "sank",
        "slumped",
        "closed",
        "traded",
        "ended",
        "edged",
        "were",
        "are",
        "have",
        "had",
    ]
)


# the people a firm, a bank or a research house employs, before "at" and its name ("analysts at
# Jefferies and Bernstein": Bernstein was a town in Austria), and the names: one to four
# capitalised words (an "&" inside: "Morgan Stanley", "Wood & Co"), and a second after "and"
_EMPLOYER_WORD = r"[A-Z](?:[\w&-]|\.(?=\w)|['’](?=[A-Za-z]{2}))*"
_EMPLOYER = rf"{_EMPLOYER_WORD}(?: (?:&|{_EMPLOYER_WORD})){{0,3}}"
_EMPLOYED_AT = re.compile(
    r"\b(?:[Aa]nalysts?|[Ee]conomists?|[Ss]trategists?|[Tt]raders?|[Bb]ankers?) at "
    rf"({_EMPLOYER})(?:,? and ({_EMPLOYER}))?"
)
# the words' tails before " at " and a capital: what every such phrase holds (_employed_hint)
_EMPLOYED_TAILS = (
    "lyst", "lysts", "omist", "omists", "egist", "egists", "ader", "aders", "nker", "nkers",
)  # fmt: skip


# a firm's town before its name ("an analyst at London-based Capital Economics")
_BASED_BEFORE = re.compile(r"[A-Z][\w.'’-]*-based (?=[A-Z])")


def _employed_hint(text: str) -> bool:
    """Whether the text holds one of the nouns' tails, " at " and a capital ("lysts at J"): the
    few " at " found in C, each tested, where a regex scan of every letter cost ten times more."""
    at = text.find(" at ")
    while at != -1:
        if "A" <= text[at + 4 : at + 5] <= "Z" and text.endswith(_EMPLOYED_TAILS, 0, at):
            return True
        at = text.find(" at ", at + 1)
    return False


def _employers(text: str, cands: list[_Mention]) -> list[tuple[int, int, str]]:
    """The firms a text's analysts, economists, strategists, traders and bankers work at
    ("analysts at Jefferies and Bernstein", "said an economist at ING"): not a country's, a
    state's or a big city's name ("traders at Chicago's exchange"; "bankers at London" would be
    the city), nor a possessive's ("analysts at Britain's biggest bank")."""
    if not _employed_hint(text):
        return []
    places = {m.start: m for m in cands}
    out: list[tuple[int, int, str]] = []
    for m in _EMPLOYED_AT.finditer(text):
        for g in (1, 2):
            s, e = m.span(g)
            if s < 0 or text.startswith(("'s", "’s"), e):
                continue
            based = _BASED_BEFORE.match(text, s, e)
            if based is not None:
                s = based.end()  # "at Johannesburg-based Motswedi Capital": the town is no part
            place = places.get(s)
            if place is not None and place.end >= e and _big(place.senses[0][1]):
                continue
            out.append((s, e, "employer"))
    return out
