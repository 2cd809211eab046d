"""Organisations found by evidence around a name, not only by an organisation word inside it.

Part of stage 2 (recognise), run once per article after the capitalised runs are read
(:mod:`helpers.recognise.names`) and before the span model (:mod:`helpers.recognise.model`).
The names rules make a run an organisation when it holds two or more words and one of them is an
organisation word ("Foreign Ministry"). News names many organisations otherwise:

* an organisation word alone before its "of"/"for" name: "Bank of England", "Ministry of Defence",
  "League of Rights" (with the capitalised words before it: "Australian League of Rights");
* two names joined by "&": "Johnson & Johnson", "Procter & Gamble", "AT&T";
* a club named after a town: "Manchester United", "Real Madrid", and in an article about sport a
  town written as a team ("Arsenal striker", "beat Chelsea", "Leeds 2-1"), once per article, or a
  town and a plural nickname ("Pittsburgh Pirates", "Chicago Cubs");
* a demonym that starts an organisation's own name: "Australian League of Rights" (but "Chinese
  Foreign Ministry" is a Chinese ministry: a state's bodies keep the demonym apart), and a
  country that starts a body's formal "of" name: "New Zealand League of Rights" (a town's or a
  state's institutions keep the town or state, "Vancouver Police Department", as the geoparsing
  corpora mark them; and so, for them, do "Jamaica Cancer Society" and its like);
* what the text says about a name: "Vale, a Brazilian company", "shares of Newmont", "Toronto-based
  miner Kinross", "a unit of Barrick", "chocolate maker Barry Callebaut", "Barry Callebaut shares
  rose", "Audit Scotland said", "the White House said" (not "visit the White House");
* a name's whole reach: past "and", "for", "in" or a hyphen ("Organization for Security and
  Co-operation in Europe"), back past a hyphen or a possessive ("World Anti-Communist League",
  "People's Liberation Army"), and its organisation word alone later ("… The League said").

Each rule's words are plain data in ``helpers/data/org_evidence.toml``. An organisation found here
replaces the spans it contains (a place candidate "Manchester", a bare word "Johnson") but never
cuts a span that reaches outside it, nor a person a title names. Its ``why`` names the evidence.

    >>> from helpers.recognise import recognise
    >>> [(s.surface, s.type) for s in recognise("Shares of Newmont rose.")]  # doctest: +SKIP
    [('Newmont', 'organisation')]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from itertools import compress
from typing import Any

from helpers.recognise.clubs import (
    _HOME_NATIONS,
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
from helpers.recognise.company_nouns import _WEAK_PERSON, _after_nouns, _employers
from helpers.recognise.groups import _group_names, _parties
from helpers.recognise.institutions import _listed_bodies, _possessive_institutions
from helpers.recognise.name_reach import (
    _MAJOR_KINDS,
    _OF_FOR,
    _everyday_cap,
    _goes_on,
    _longer,
    _portfolio_list,
)
from helpers.recognise.names import (
    _cues,
    _everyday_word,
    _Intervals,
    _Span,
    _surnames,
    _Words,
)
from helpers.recognise.org_evidence import (
    _ARTICLES_CAPS,
    _Evidence,
    _evidence,
    _run_end,
    _run_start,
)
from helpers.recognise.places import _IN, _Mention, dale_chall_words

__all__ = ["WHY", "organisations"]

# the ``why`` of each rule (the span's ``how`` is "evidence"; its spare ``surface`` field keeps this)
WHY = {
    "of": "an organisation word and its 'of' (or 'on') name",
    "amp": "names joined by '&'",
    "club": "a club named after a town",
    "nickname": "a club's word alone as its name before or after a sport's word ('Rovers striker')",
    "prefix": "a club's prefix before its name ('Real Betis') in an article about sport",
    "sport": "a town written as a team in an article about sport",
    "team": "a town and a plural nickname in an article about sport",
    "roster": "a player's club in brackets after the name in a line-up ('Kolbe (Toulon)')",
    "city_club": "a club's own word and its city in an article about sport ('Zalgiris Kaunas')",
    "result": "a name before its score in a result ('Arsenal 3 Chelsea 0') in an article about sport",
    "demonym": "a demonym that starts an organisation's own name",
    "country": "a country that starts an organisation's own name",
    "described": "described as a company or organisation ('X, a … company')",
    "owned": "named as a company ('shares of X', 'shares in X', 'a unit of X')",
    "based": "a company after 'X-based'",
    "longer": "an organisation's name that goes on past 'and', 'for', 'in', 'on', a hyphen or a possessive",
    "noun": "an organisation's noun before it ('chocolate maker X', 'regulator X', 'the band X')",
    "band": "a band: a member's role after it ('X guitarist', 'X singer')",
    "body": "an everyday word and a place's name ('Audit Scotland', 'Tourism Jasper')",
    "seat": "a seat of government that speaks or acts ('the White House said')",
    "school": "a US state's or town's name before 'State': a university or its team ('Ohio State')",
    "head": "an organisation word alone after 'the', in an article that names the organisation",
    "group": "a band's or a paper's name that starts with 'The' ('an album by The Triffids')",
    "party": "a party's name before a word of politics ('a Labor MP', 'the Liberal caucus')",
    "employer": "the firm the text's analysts or economists work at ('analysts at Jefferies')",
    "listed": "a body named by a list of its fields ('the Culture, Media and Sport Committee')",
    "possessive": "a saint's, a people's, a monarch's or an officer's possessive (or a monarch's name) before an institution's word ('St Mary's Hospital', 'Sheriff's Office')",
}

# the rules in force (tests switch one off to see that a test pins it)
RULES = set(WHY)

# a town from this size up stays a place inside an institution's name (also overlaps._trim_civic's)
_TOWN_MIN_POP = 10_000
# "shares of X", "a unit of X": the capitalised name after these is a company
# ("[Ss]hares of ", "a unit of ", "[Ss]hares in "): one text scan each
_OWNED = ("hares of ", "unit of ", "hares in ")
_DESCRIBED = re.compile(r", (?:an?|the) ")
# "X, Canada's financial intelligence agency": a name, a place's possessive, up to four
# lower-case words and the description's noun, then its end
_NAME_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][\w&’'-]*(?: [A-Z][\w&’'-]*){0,3})\Z")
_DESCRIPTION_TAIL = re.compile(
    r"(?:[a-z-]+ ){0,4}?([a-z-]+)(?=[,.;]| (?:said|says|which|that|and)\b)"
)
# description nouns that may head a person's description too ("Kenya's top investor")
_PERSONS_NOUNS = frozenset({"investor", "developer", "operator", "broker", "giant", "provider"})
# a town's name before "group" bigger than this is the town's ("the Cambridge group of …")
_GROUP_TOWN_MAX_POP = 50_000
# (and a union's: "the Verdi union", "the Unite union"; Verdi, Nevada was on a strike's map)
# (the "\b" as a look-behind after the first letter: the same matches, found faster)
_GROUP_AFTER = re.compile(
    r"[Tt](?<!\w.)he ([A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2}) (?:group|union)\b"
)
# words that may follow the noun of "X, a … company" (so the noun is the description's head, not
# "X, a company spokesman")
_AFTER_HEAD = frozenset(
    ["that", "which", "who", "whose", "with", "in", "of", "based", "headquartered", "founded",
     "listed", "known", "owned", "run", "and", "said", "says", "on", "at", "for", "from", "to",
     "by"]
)  # fmt: skip
_ARTICLES = frozenset({"a", "an", "the"})


# the words before a seat that make it the place ("at the White House", "to the Kremlin")
_SEAT_VISITED = re.compile(r"\b(?:at|in|to|from|into|inside|outside|near|visit|visited) the $")


def _seats(text: str, cands: list[_Mention], ev: _Evidence) -> list[tuple[int, int, str]]:
    """A seat of government the text makes speak or act is the government: "the White House
    said", "Kremlin spokesman", "a White House report", "the Pentagon eliminated", "the
    Kremlin's opposition"; "visit the White House", "aides at the White House said" stay a
    place."""
    out: list[tuple[int, int, str]] = []
    for m in cands:
        if (
            m.surface in ev.seats
            and not m.context & _IN
            and not _SEAT_VISITED.search(text, max(m.start - 12, 0), m.start)
            and (
                text[m.end : m.end + 3].lstrip().startswith(("'s", "’s"))
                or (
                    m.next is not None
                    and m.next[0] == m.end + 1
                    and (
                        (word := text[m.next[0] : m.next[1]]) in ev.seat_after
                        # a verb in the past ("the Pentagon eliminated 97 bases")
                        or (len(word) > 4 and word.endswith("ed") and word.islower())
                    )
                )
            )
        ):
            out.append((m.start, m.end, "seat"))
    return out


# "New York State", "Washington State" name the states themselves as often as a university
_STATES_NAMED_STATE = frozenset({"New York", "Washington"})


def _state_schools(text: str, cands: list[_Mention]) -> list[tuple[int, int, str]]:
    """A US state's or town's name right before "State" and no other capitalised word is a
    university or its team: "Ohio State beat Michigan", "played at Fairmont State" (not "Rakhine
    State" or "Lagos State", states of Myanmar and Nigeria; not "Ohio State University", whose
    organisation word names it)."""
    out: list[tuple[int, int, str]] = []
    for m in cands:
        e = m.end + 6
        if (
            text.startswith(" State", m.end)
            and not text[e : e + 1].isalnum()
            and not text[e + 1 : e + 2].isupper()
            and m.surface not in _STATES_NAMED_STATE
            and (sense := m.senses[0][1]).country_code == "US"
            and sense.kind in ("city", "admin area")
        ):
            out.append((m.start, e, "school"))
    return out


# a legislature's or a government's one-word name: a body of its own before "and", never the
# first word of the name after it
_BODIES_OF_THEIR_OWN = frozenset(
    {"Parliament", "Senate", "Congress", "Cabinet", "Government", "Presidency", "Knesset", "Duma"}
)


def _reaches_back(
    text: str, w: _Words, people_orgs: list[_Span], cands: list[_Mention]
) -> list[tuple[int, int, str]]:
    """The organisations the names rules read whose names start earlier: past a hyphen ("World
    Anti-Communist League", "Anti-Corruption Commission") and past an everyday word's possessive
    ("Lord's Resistance Army", "People's Liberation Army"; not a place's, "Kenya's Anti-Corruption
    Commission", nor a name's the article reads otherwise, "Bush's Republican Party")."""
    starts, ends, texts, caps, glued = w.starts, w.ends, w.texts, w.caps, w.glued
    out: list[tuple[int, int, str]] = []
    taken: _Intervals | None = None
    for sp in people_orgs:
        if sp.kind != "organisation" or sp.how != "organisation":
            continue
        k = bisect_left(starts, sp.start)
        if not 0 < k < len(texts) or starts[k] != sp.start:
            continue
        if (
            k >= 2
            and texts[k - 1] == "and"
            and w.joined[k]
            and w.joined[k - 1]
            and caps[k - 2]
            and _everyday_cap(texts[k - 2])
            and not (
                k >= 3
                and w.joined[k - 2]
                and caps[k - 3]
                and not (texts[k - 3] == "The" and w.initial[k - 3])  # (a sentence's)
            )
            # (not the last two of a list: "General Motors, Ford and Hyundai Motor"; nor a
            # possessive's head: "St. Mary's Hospital and Severance Hospital")
            and not (k >= 3 and text[ends[k - 3] : starts[k - 2]] == ", ")
            and text[starts[k - 2] - 3 : starts[k - 2]] not in ("'s ", "’s ")
            # (nor a body of its own: "approaching Parliament and State House")
            and texts[k - 2] not in _BODIES_OF_THEIR_OWN
        ):
            # an everyday word and "and" open the name: "the Justice and Development Party",
            # "Justice and Equality Movement" (were "Development Party", "Equality Movement")
            a = k - 2
            # (not a name of its own before "and": "Congress and Supreme Court")
            if not any(m.start < ends[a] and starts[a] < m.end for m in cands) and not any(
                o.start < ends[a]
                and starts[a] < o.end
                and (o.kind != "person" or o.how not in _WEAK_PERSON)
                for o in people_orgs
            ):
                out.append((starts[a], sp.end, "longer"))
            continue
        if not caps[k - 1]:
            continue
        gap = text[ends[k - 1] : starts[k]]
        if glued[k] or (
            gap in ("'s ", "’s ")
            # ("King's College", "Lord's Resistance Army": a title's word too)
            and (_everyday_cap(texts[k - 1]) or texts[k - 1] in _cues().title_words)
        ):
            a = k - 1
        else:
            continue
        if taken is None:  # (a weak person's reading may give way: "World Anti" of "… League")
            taken = _Intervals(
                [
                    (o.start, o.end)
                    for o in people_orgs
                    if o.kind != "person" or o.how not in _WEAK_PERSON
                ]
                + [(m.start, m.end) for m in cands]
            )
        if taken.overlaps(starts[a], ends[a]) or texts[a] in _cues().given_names:
            continue
        if glued[k]:
            a = _run_start(w, a)  # "World Anti-Communist League"
            if taken.overlaps(starts[a], ends[k - 1]):
                continue
        out.append((starts[a], sp.end, "longer"))
    return out


def _heads_alone(
    w: _Words,
    capitals: Any,
    people_orgs: list[_Span],
    ev: _Evidence,
    named: dict[tuple[int, int], str],
) -> list[tuple[int, int, str]]:
    """An organisation word alone after "the", in an article that names an organisation with
    it, is that organisation ("the Australian League of Rights … The League was formed in
    1960", "the European Commission … the Commission said")."""
    heads: dict[str, str] = {}  # the word -> the first organisation named with it
    for sp in people_orgs:
        if sp.kind == "organisation":
            for t in sp.tokens:
                if t in ev.of_heads and t not in heads:
                    heads[t] = sp.entity
    if not heads:
        return []
    texts, starts, ends, caps, joined = w.texts, w.starts, w.ends, w.caps, w.joined
    n = len(texts)
    out: list[tuple[int, int, str]] = []
    for k in compress(capitals.index, map(heads.__contains__, capitals.words)):
        if (
            k
            and texts[k - 1] in _THE_ANY_CASE
            and (k + 1 >= n or not (caps[k + 1] and joined[k + 1]))
            and (k + 1 >= n or texts[k + 1] not in _OF_FOR)
            and not (k > 1 and texts[k - 1] == "the" and caps[k - 2] and joined[k - 1])
        ):
            out.append((starts[k], ends[k], "head"))
            named[starts[k], ends[k]] = heads[texts[k]]  # its entity: the organisation's name
    return out


_THE_ANY_CASE = _ARTICLES_CAPS | {"the"}  # (one set, not a union per capitalised head)


def _of_names(
    text: str, w: _Words, capitals: Any, ev: _Evidence
) -> list[tuple[int, int, int, int]]:
    """ "Bank of England", "Ministry of Defence", "Australian League of Rights": (start, end,
    start and end of the organisation word) of each."""
    texts, caps, joined = w.texts, w.caps, w.joined
    n = len(texts)
    out: list[tuple[int, int, int, int]] = []
    heads = ev.of_heads
    for k in compress(capitals.before, map(_OF_FOR.__contains__, capitals.after)):
        if texts[k] not in heads or not joined[k + 1]:
            continue
        j = k + 2
        if j < n and texts[j] == "the" and joined[j]:
            j += 1
        if j >= n or not caps[j] or not joined[j]:
            continue
        out.append((w.starts[_run_start(w, k)], w.ends[_run_end(w, j) - 1], w.starts[k], w.ends[k]))
    if "on" in capitals.after:
        out += _on_names(w, capitals)
    # ... and a Romance body's "de" name ("Cámara de Industria", "Defensoría del Pueblo")
    romance = ev.de_heads
    for k in compress(capitals.before, map(_DE.__contains__, capitals.after)):
        if texts[k] not in romance or not joined[k + 1]:
            continue
        j = k + 2
        if j < n and texts[j] in _ROMANCE_ARTICLES and joined[j]:
            j += 1
        if j >= n or not caps[j] or not joined[j]:
            continue
        e = w.ends[_run_end(w, j) - 1]
        listed = _ROMANCE_LIST.match(text, e)
        if listed is not None:
            e = listed.end()  # "Cámara de Industria, Comercio y Servicios"
        out.append((w.starts[_run_start(w, k)], e, w.starts[k], w.ends[k]))
    return out


# the rest of a Romance body's list of subjects: ", Comercio y Servicios", " e Tecnologia"
_ROMANCE_LIST = re.compile(r"(?:, [A-ZÀ-Ý][\w'’-]+)*,? (?:y|e|i) [A-ZÀ-Ý][\w'’-]+")
_DE = frozenset({"de", "del", "da", "do", "dos", "das", "di", "della", "des", "du"})
_ROMANCE_ARTICLES = frozenset({"la", "las", "los", "el", "le", "les", "a", "o", "os", "as"})


# bodies named "on" their subject ("Intergovernmental Panel on Climate Change", "Council on
# Foreign Relations", "Conference on Disarmament")
_ON_HEADS = frozenset(
    {
        "Commission",
        "Committee",
        "Subcommittee",
        "Council",
        "Panel",
        "Conference",
        "Forum",
        "Institute",
        "Center",
        "Centre",
    }
)  # (not "Convention": a treaty, "European Convention on Human Rights")


def _on_names(w: _Words, capitals: Any) -> list[tuple[int, int, int, int]]:
    """A body's name with its "on" subject, whole, where the subject is everyday words written
    with capitals ("Commission on Human Rights"), not a place, a person or a day ("the Council
    on Iran", "the Committee on Tuesday")."""
    texts, caps, joined = w.texts, w.caps, w.joined
    n = len(texts)
    calendar = _cues().calendar
    out: list[tuple[int, int, int, int]] = []
    for k in compress(capitals.before, map("on".__eq__, capitals.after)):
        j = k + 2
        if texts[k] not in _ON_HEADS or not joined[k + 1] or j >= n or not joined[j]:
            continue
        e = _run_end(w, j) if caps[j] else j
        subject = texts[j:e]
        if not subject or any(t in calendar or not _everyday_cap(t) for t in subject):
            continue
        out.append((w.starts[_hyphened_start(w, k)], w.ends[e - 1], w.starts[k], w.ends[k]))
    return out


def _hyphened_start(w: _Words, k: int) -> int:
    """:func:`_run_start`, going on back past hyphens ("Inter-American Commission")."""
    a = _run_start(w, k)
    while a > 0 and w.glued[a] and w.caps[a - 1]:
        a = _run_start(w, a - 1)
    return a


# terms written with "&" that name no firm ("Q&A: Sri Lanka after Rajapaksa" was one; "AT&T",
# "S&P", "H&M", "P&O" are firms)
_AMP_TERMS = frozenset({"Q&A", "R&D", "M&A", "B&B", "R&B", "F&B", "Q & A", "R & D", "M & A"})


def _initialled_pair(texts: list[str], a: int, k: int, b: int) -> bool:
    """Whether the run ``a``..``b`` around the "&" after token ``k`` is two people, each an
    initial and a surname, as a doubles pair is written ("M Purcell & J Thompson (Aus)" was an
    organisation; "H&M" and "S&P Global" are no pair)."""
    return k - a == 1 and b - k == 3 and len(texts[a]) == 1 and len(texts[k + 1]) == 1


def _ampersand(text: str, w: _Words, cands: list[_Mention]) -> list[tuple[int, int, str]]:
    """ "Johnson & Johnson", "Procter & Gamble", "AT&T" (not two everyday words, "Food & Drink",
    nor countries or states, "Trinidad & Tobago")."""
    starts, ends, texts, caps = w.starts, w.ends, w.texts, w.caps
    common = dale_chall_words()
    out: list[tuple[int, int, str]] = []
    pos = text.find("&")
    while pos != -1:
        k = bisect_right(starts, pos) - 1  # the token before the "&"
        if 0 <= k < len(texts) - 1 and caps[k] and caps[k + 1] and texts[k + 1] not in _OTHERS:
            gap = text[ends[k] : starts[k + 1]]
            if gap in (" & ", "&"):
                a, b = _run_start(w, k), _run_end(w, k + 1)
                # a byline's "By" in the run: "Shipping & Logistics By Elena Ríos" is a
                # section's label and a reporter, no firm
                if any(texts[x] == "By" for x in range(k + 2, b)):
                    pos = text.find("&", pos + 1)
                    continue
                if _initialled_pair(texts, a, k, b):
                    pos = text.find("&", pos + 1)
                    continue
                words = texts[a:b]
                everyday = all(
                    (low := t.lower()) in common or low.removesuffix("s") in common for t in words
                )
                if (
                    not everyday
                    and not _major_inside(cands, starts[a], ends[b - 1])
                    and text[starts[a] : ends[b - 1]] not in _AMP_TERMS
                ):
                    out.append((starts[a], ends[b - 1], "amp"))
        pos = text.find("&", pos + 1)
    return out


# a case title's "and others" ("Delhi Development Authority & Ors.", "Association & Anr."), as
# Indian and Pakistani court reports write it: no part of a name
_OTHERS = frozenset({"Ors", "Anr", "Others", "Another"})


def _major_inside(cands: list[_Mention], s: int, e: int) -> bool:
    """Whether a country, state or region's name lies in [s, e)."""
    return any(s <= m.start and m.end <= e and m.senses[0][1].kind in _MAJOR_KINDS for m in cands)


def _place_inside(cands: list[_Mention], s: int, e: int) -> bool:
    """Whether a country, state or region, or a town of 10,000 people or more lies in [s, e)."""
    return any(
        s <= m.start
        and m.end <= e
        and m.senses[0][1].kind != "demonym"
        and (m.senses[0][1].kind in _MAJOR_KINDS or m.senses[0][1].population >= _TOWN_MIN_POP)
        for m in cands
    )


def _country_starts(
    text: str, cands: list[_Mention], s: int, head_start: int, head_end: int, ev: _Evidence
) -> bool:
    """Whether the words of an "of" name before its organisation word are a country's name and
    a body's own words ("New Zealand League of Rights"), not a state body's ("Kenya Ministry of
    Health": a Kenyan ministry) nor a town's or a state's institution ("Indiana Department of …",
    "Georgia Association of …": Georgia is also a US state; kept apart as the geoparsing corpora
    mark such places), nor the tail of a hyphenated name ("U.S.-Russia Council of …")."""
    inside = [m for m in cands if s <= m.start and m.end <= head_start]
    if (
        not inside
        or inside[0].start != s
        or text[s - 1 : s] in ("-", "/")
        or any(e.kind != "country" for m in inside for e in (x[1] for x in m.senses))
    ):
        return False
    return text[head_start:head_end] in ev.demonym_heads and not any(
        t in ev.state_bodies for t in text[s:head_end].split()
    )


def _demonym_orgs(
    text: str, people_orgs: list[_Span], cands: list[_Mention], ev: _Evidence
) -> list[tuple[int, int, str]]:
    """A demonym just before a national body's name is part of it ("Australian Football League",
    "British Medical Association", "European Space Agency"), but not before a state's own bodies
    ("Chinese Foreign Ministry") nor other names ("Russian Higher School of Economics")."""
    heads = ev.demonym_heads
    # (the head of an "of" name is its first word after the demonym, which the names rules may
    # have read with it: "Korean Confederation of Trade Unions" was cut to its "Confederation")
    named = [
        sp
        for sp in people_orgs
        if sp.tokens
        and (sp.tokens[-1] in heads or (sp.tokens[2:3] == ("of",) and sp.tokens[1] in heads))
    ]
    if not named:
        return []
    demonyms = [m for m in cands if m.senses[0][1].kind == "demonym"]
    ends = {m.end + 1: m for m in demonyms}
    starts = {m.start: m for m in demonyms}
    out: list[tuple[int, int, str]] = []
    for sp in named:
        m = ends.get(sp.start)
        if m is None and sp.tokens[2:3] == ("of",) and sp.start in starts:
            m = starts[sp.start]  # (the demonym read inside the name)
            if m.end != sp.start + len(sp.tokens[0]):
                m = None
        if m is None and text.endswith(" General ", 0, sp.start):
            # (across "General", which the names rules read as a title: "Tunisian General
            # Labour Union" was "Labour Union")
            m = ends.get(sp.start - len("General "))
        if (
            m is not None
            and sp.kind == "organisation"
            and text[m.end] == " "
            # (a continent's people have no state: "European Space Agency" is one body)
            and (
                m.senses[0][1].country_code is None
                or not any(t in ev.state_bodies for t in sp.tokens)
            )
        ):
            out.append((m.start, sp.end, "demonym"))
    return out


# the words after which a description's head has come ("a member of", "an analyst at")
_HEAD_ENDS = frozenset({"of", "by", "at", "with", "for"})


# an age in a description: a person's ("Kasun Wijeratne, a 29-year-old software developer")
_AGED = re.compile(r"\d-year-old\b")


def _a_persons(people_orgs: list[_Span], start: int) -> bool:
    """Whether a person's name or surname link starts at ``start``."""
    return any(sp.start == start and sp.kind == "person" for sp in people_orgs)


def _described(
    text: str,
    w: _Words,
    capitals: Any,
    cands: list[_Mention],
    ev: _Evidence,
    people_orgs: list[_Span],
) -> list[tuple[int, int, str]]:
    """ "Vale, a Brazilian company", "shares of Newmont", "shares in Glaxo Wellcome",
    "Toronto-based miner Kinross"; not a person's surname before a noun that is a person's
    trade too ("Uribe, a New Jersey insurance broker", after "Jose Uribe")."""
    places_at = {m.start: m for m in cands}
    texts, starts, ends, caps, joined = w.texts, w.starts, w.ends, w.caps, w.joined
    n = len(texts)
    out: list[tuple[int, int, str]] = []
    nouns = ev.company_nouns
    cues = _cues()
    given, calendar = cues.given_names, cues.calendar
    # "X, a … company": the noun within five words, as the description's head
    described = _DESCRIBED.search(text) is not None  # one scan for ", a ", ", an ", ", the "
    for k in (
        compress(capitals.before, map(_ARTICLES.__contains__, capitals.after)) if described else ()
    ):
        if text[ends[k] : starts[k + 1]] != ", ":
            continue
        for j in range(k + 2, min(k + 8, n)):
            if not joined[j] and text[ends[j - 1] : starts[j]] != "'s ":
                break  # the description ends ("the world's biggest miner" goes on)
            if texts[j] in _HEAD_ENDS:
                # its head came before ("Hamadi, a member of the Hezbollah group", "Nueva
                # Fuerabamba, the town built by the miner", "Whitlock, a mining analyst at a
                # Sydney brokerage")
                break
            if texts[j] in nouns:
                # the noun heads the description ("a company spokesman", "the company's
                # president" describe a person)
                if j + 1 >= n or (
                    text[ends[j] : ends[j] + 1] not in ("'", "’")  # (either apostrophe)
                    and (not joined[j + 1] or texts[j + 1] in _AFTER_HEAD)
                ):
                    a = _run_start(w, k)
                    while a > 0 and w.glued[a]:  # a hyphenated name whole ("Mercedes-Benz, a …")
                        a = _run_start(w, a - 1)
                    place = places_at.get(starts[a])
                    # (not "worked in Kansas, the company says": a place the text writes as one)
                    if (
                        texts[a] not in given
                        and not (texts[j] in _PERSONS_NOUNS and _a_persons(people_orgs, starts[a]))
                        # (nor a day's or a month's: "By 06:00 on Tuesday, the company said")
                        and texts[a] not in calendar
                        and _AGED.search(text, ends[k], starts[j]) is None
                        and not (
                            place is not None
                            and place.end == ends[k]
                            # (a place the text writes as one, or a country: "Iran, a major oil
                            # producer")
                            and (place.context & _IN or place.senses[0][1].kind in _MAJOR_KINDS)
                        )
                    ):
                        out.append((starts[a], ends[k], "described"))
                break
    # "FINTRAC, Canada's financial intelligence agency": a name described as a country's or a
    # state's body (not a person's: "Ruto, Kenya's president")
    # (read from each major place followed by a possessive: a scan of the whole text cost 0.07
    # ms per article)
    for m in cands:
        if (
            text.startswith(("'s ", "’s "), m.end)
            and m.start >= 2
            and text.startswith(", ", m.start - 2)
            and m.senses[0][1].kind in _MAJOR_KINDS
        ):
            tail = _DESCRIPTION_TAIL.match(text, m.end + 3)
            head = _NAME_BEFORE.search(text, max(0, m.start - 62), m.start - 2)
            if (
                tail is not None
                and head is not None
                and tail.group(1) in nouns
                and tail.group(1) not in _PERSONS_NOUNS
                and head.group(1).split(" ", 1)[0] not in given
                and head.start(1) not in places_at
            ):
                out.append((head.start(1), head.end(1), "described"))
    # "the Wagner group", "the Adani group", "the Verdi union": a name before a lower-case "group"
    # or "union" (not a
    # people's or a place's: "the Syrian group", "the Houthi group")
    # (nor a town's of its own: "the Cambridge group of the Macular Disease Society"; nor
    # everyday words: "The Rights group, B'Tselem")
    if " group" in text or " union" in text:
        groups = _cues().group_words
        for mt in _GROUP_AFTER.finditer(text):
            a, e = mt.span(1)
            inside = [m for m in cands if a <= m.start < e]
            if all(
                m.start == a
                and m.senses[0][1].kind == "city"
                and m.senses[0][1].population < _GROUP_TOWN_MAX_POP
                and not m.context & _IN
                for m in inside
            ) and not any(
                word in groups or _everyday_word(word.lower()) for word in mt.group(1).split()
            ):
                out.append((a, e, "described"))
    # "shares of X", "a unit of X"
    for needle in _OWNED:
        pos = text.find(needle)
        while pos != -1:
            k = bisect_left(starts, pos + len(needle))
            if (
                k < n
                and starts[k] == pos + len(needle)
                and caps[k]
                and joined[k]
                # (not "shares in Tokyo fell": a market's place)
                and not (needle == "hares in " and starts[k] in places_at)
            ):
                out.append((starts[k], ends[_run_end(w, k) - 1], "owned"))
            pos = text.find(needle, pos + 1)
    # "Toronto-based miner Kinross", "Houston-based Halliburton" (not "London-based John Smith":
    # a given name and a known surname)
    pos = text.find("-based ")
    surnames = _surnames() if pos != -1 else frozenset()
    while pos != -1:
        k = bisect_left(starts, pos + 7)
        if k < n and starts[k] == pos + 7:
            if texts[k] in nouns and k + 1 < n and joined[k + 1]:
                k += 1
            elif texts[k] in given and not (
                k + 1 < n and caps[k + 1] and joined[k + 1] and texts[k + 1] not in surnames
            ):
                k = n  # "London-based John Smith"; not "Zurich-based Barry Callebaut"
            if k < n and caps[k] and joined[k]:
                out.append((starts[k], ends[_run_end(w, k) - 1], "based"))
        pos = text.find("-based ", pos + 1)
    return out


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
    found += _group_names(text, cands, ev)
    found += _possessive_institutions(text)  # (it tests its own cheap hints first)
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


def _merge(
    text: str,
    found: list[tuple[int, int, str]],
    named: dict[tuple[int, int], str],
    people_orgs: list[_Span],
    cands: list[_Mention],
) -> tuple[list[_Span], list[_Mention]]:
    """Add each found organisation in place of the spans inside it; skip one that would cut a
    span reaching outside it or a person a title names. Longer and earlier finds win."""
    found.sort(key=lambda f: (f[0], -f[1]))
    po_starts = [sp.start for sp in people_orgs]
    c_starts = [m.start for m in cands]
    drop_po: set[int] = set()
    drop_c: set[int] = set()
    added: list[_Span] = []
    last_end = -1
    for s, e, rule in found:
        if s < last_end:
            continue  # overlaps an earlier find
        # spans starting before e, from the last one that could reach into [s, e)
        i0 = max(bisect_left(po_starts, s) - 1, 0)
        hits_po = [x for x in range(i0, bisect_left(po_starts, e)) if people_orgs[x].end > s]
        c0 = max(bisect_left(c_starts, s) - 1, 0)
        hits_c = [x for x in range(c0, bisect_left(c_starts, e)) if cands[x].end > s]
        if any(
            people_orgs[x].start < s
            or people_orgs[x].end > e
            or (people_orgs[x].kind == "person" and people_orgs[x].how == "title")
            for x in hits_po
        ) or any(
            (cands[x].start < s or cands[x].end > e) and cands[x].senses[0][1].kind != "city"
            for x in hits_c
        ):
            continue
        if any(
            (people_orgs[x].start, people_orgs[x].end) == (s, e)
            and people_orgs[x].kind == "organisation"
            for x in hits_po
        ):
            continue  # already this organisation
        if rule in _TEAM_RULES and any(
            (cands[x].start, cands[x].end) == (s, e) and _nation(cands[x]) for x in hits_c
        ):
            # a country written as its national team stays the country, as news NER and the
            # geoparsing corpora mark it ("Sweden 7 Kazakhstan 2", "Italy beat England 2-1");
            # a club named after a town is the club
            continue
        surface = text[s:e]
        drop_po.update(hits_po)
        drop_c.update(hits_c)
        added.append(
            _Span(s, e, named.get((s, e), surface), "organisation", "evidence", surface=WHY[rule],
                  tokens=tuple(surface.split()))
        )  # fmt: skip
        last_end = e
    if not added:
        return people_orgs, cands
    kept = [sp for x, sp in enumerate(people_orgs) if x not in drop_po]
    people_orgs = sorted([*kept, *added], key=lambda sp: (sp.start, -sp.end))
    if drop_c:
        cands = [m for x, m in enumerate(cands) if x not in drop_c]
    return people_orgs, cands


# a legal form written with its bracketed kind after a company's name: "Khanyisa Water
# Solutions (Pty) Ltd" (South Africa, Australia), "Acme (Pvt) Ltd" (India, Pakistan)
_BRACKETED_FORM = re.compile(r" \((?:Pty|Pvt|Pte|Private|Proprietary)\.?\) (?:Ltd\b\.?|Limited\b)")


def bracketed_legal_forms(text: str, people_orgs: list[_Span]) -> list[_Span]:
    """Organisations reaching over a bracketed legal form after their name ("Khanyisa Water
    Solutions (Pty) Ltd" was the company and a second organisation "Ltd"); the spans inside the
    form go.

        >>> sp = _Span(0, 8, "Acme Oil", "organisation", "organisation", tokens=("Acme", "Oil"))
        >>> [(s.start, s.end) for s in bracketed_legal_forms("Acme Oil (Pty) Ltd said", [sp])]
        [(0, 18)]
    """
    if " (P" not in text:
        return people_orgs
    grown: dict[int, int] = {}  # index → new end
    for i, sp in enumerate(people_orgs):
        if sp.kind == "organisation" and (m := _BRACKETED_FORM.match(text, sp.end)) is not None:
            grown[i] = m.end()
    if not grown:
        return people_orgs
    out: list[_Span] = []
    for i, sp in enumerate(people_orgs):
        if i in grown:
            out.append(replace(sp, end=grown[i]))
        elif not any(people_orgs[g].end <= sp.start and sp.end <= e for g, e in grown.items()):
            out.append(sp)
    return out


# the rules that read a town's name as a team (the home nations they leave as places: clubs')
_TEAM_RULES = frozenset({"sport", "result", "team", "nickname"})


def _nation(m: _Mention) -> bool:
    """Whether a place candidate is a country (or one of the United Kingdom's home nations,
    which field their own national teams)."""
    return m.senses[0][1].kind == "country" or m.surface in _HOME_NATIONS
