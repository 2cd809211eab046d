"""Clubs and teams: organisations named after towns, read from the words around them.

Part of :mod:`helpers.recognise`, asked by :func:`helpers.recognise.orgs.organisations`: a club
named after a town ("Manchester United", "Real Madrid"), a club's prefix before its name ("Real
Betis"), and in an article about sport a town written as a team ("Arsenal striker", "beat
Chelsea"), or a city and a plural nickname ("Pittsburgh Pirates"). The cue words are plain data
in ``helpers/data/org_evidence.toml``. Each rule returns (start, end, rule) finds for the
organisation rules' merge.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from itertools import compress, pairwise, repeat
from typing import Any

from helpers.gazetteer import TOWN_KINDS
from helpers.recognise.anchored import add_capitals_before, matches_at
from helpers.recognise.names import _cues, _everyday_word, _Span, _surnames, _Words
from helpers.recognise.org_evidence import _ARTICLES_CAPS, _Evidence, _run_end
from helpers.recognise.places import _IN, MODIFIERS, _Mention
from helpers.recognise.scoreboards import baseball_box
from helpers.recognise.tables import flat

__all__: list[str] = []  # (the organisation rules import the private rules)

# place kinds never read as a club: news writes a national team as its country
_NOT_CLUB_KINDS = frozenset({"country", "continent", "demonym"})
# a city has a professional team from this size up (fewer false teams: "Sligo Feis")
_TEAM_MIN_POP = 100_000


# a score right after a name: " 2-1", or " 2" before a comma, a full stop or the end, or before
# another name and its score ("Leeds 2 Everton 1"); not " 13 days", "Channel 4 News"
# (text split into tokens writes " 2 ," and " 2 .": a space may stand before the punctuation)
_SCORE = re.compile(
    r" (?:\d{1,2}-\d{1,2}(?=[ ,.;)]|$)"
    r"|\d{1,2}(?= ?[,;)]|$| ?\.(?:\s|$)| [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)? \d{1,2}(?:[,.;)\s]|$)"
    # (and before its scorers: "Newcastle 2 (Shearer 23, Ferdinand 56)")
    r"| \([A-Z][\w'’-]* \d{1,3}[,)' ]))"
)
# a cricket side's total ("Somerset 345 and 187-5; Essex 276", "Kent 201-7 dec", "Surrey 98 all
# out"), read only where the article talks of innings or wickets
_CRICKET_SCORE = re.compile(
    r" \d{1,3}(?:-\d{1,2}(?: dec)?| all out)?(?: and \d{1,3}(?:-\d{1,2}(?: dec)?| all out)?)?"
    r"(?=[;,.)]|\s|$)"
)
_CRICKET_WORDS = ("innings", "wickets")
# a line of results: two names of one to three capitalised words, each before its score
# ("Arsenal 3 Chelsea 0", "Aston Villa 1 Southampton 1"), then punctuation or the line's end
_RESULT_NAME = r"[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,2}"
# (a name's first capital, then the look-behind: the engine skips to the next capital in C)
_LEAD_NAME = r"[A-Z](?<![\w.'’&-].)[\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,2}"
# ... and their words taken whole ("*+") where a score's space follows the name: giving letters
# back never made a match, and the engine tried it at every capital
_WHOLE_LEAD_NAME = r"[A-Z](?<![\w.'’&-].)[\w.'’&-]*+(?: [A-Z][\w.'’&-]*+){0,2}"
_WHOLE_RESULT_NAME = r"[A-Z][\w.'’&-]*+(?: [A-Z][\w.'’&-]*+){0,2}"
_RESULT = re.compile(
    rf"({_WHOLE_LEAD_NAME}) \d{{1,2}} ({_WHOLE_RESULT_NAME}) \d{{1,2}}(?= ?[,;.)\n]|$| [A-Z])"
)
# ... or the score between the two names, as headlines write it ("Brisbane Roar 2-1 Newcastle
# Jets: Riquelme double …")
_RESULT_BETWEEN = re.compile(
    rf"({_WHOLE_LEAD_NAME}) \d{{1,2}}-\d{{1,2}} ({_RESULT_NAME})(?= ?[:,;.)\n]|$| [-\u2013\u2014] )"
)
# what each needs somewhere in the text: a score between two names, five numbers in a row
# (each starts with a literal space: the engine tries only spaces, ~15 µs an article)
_RESULT_HINT = re.compile(r" \d{1,2}(?:-\d{1,2})? [A-Z]")
# a box score's totals' line is no team's ("Totals 36 5 9 4 3 9")
_BOX_NAMES = frozenset({"Totals", "TOTALS"})
_STANDING_HINT = re.compile(r" \d{1,3} \d{1,3} (?:\d{1,3} \d{1,3} \d|0?\.\d{3}\b)")
# a line of a league table: a name, then five numbers or more (played, won, drawn, lost … points)
# (cleaning joins a paragraph's lines: the next line's name may follow on the same line)
_STANDING = re.compile(
    rf"({_LEAD_NAME})(?:(?: \d{{1,3}}){{5,}}(?= ?\n| [A-Z]| ?$)"
    # ... or won, lost and the winning percentage ("NEW YORK 74 54 .578 -", "Chicago 40 22 0.645")
    r"| \d{1,3} \d{1,3} 0?\.\d{3}\b)"
)


def _sporty(text: str, ev: _Evidence) -> bool:
    """Whether the article is about sport: one of its gate words occurs outside the names that
    hold one and say no sport ("the EuroLeague leaders"; not "the Awami League")."""
    if not any(word in text for word in ev.sport_gate):
        return False
    # (those names are looked for only in the few articles a gate word opens: this runs once a
    # rule's cue is seen, several times an article)
    if not any(name in text for name in ev.sport_gate_not):
        return True
    for name in ev.sport_gate_not:
        text = text.replace(name, " ")
    return any(word in text for word in ev.sport_gate)


def _clubs(
    text: str, w: _Words, capitals: Any, after_words: set[str], cands: list[_Mention], ev: _Evidence
) -> list[tuple[int, int, str]]:
    """Clubs named after towns: "Manchester United", "Real Madrid"; and in an article about sport,
    a town written as a team ("Arsenal striker", "beat Chelsea", "Leeds 2 Everton 1") is the club
    at each of its mentions that no "in" places. ``after_words``: the words after capitalised tokens."""
    texts, ends, caps, joined = w.texts, w.ends, w.caps, w.joined
    # C-level passes over the capitalised tokens find the few cues; the candidates are looked at
    # only when there is one
    after = (
        []
        if after_words.isdisjoint(ev.club_after)
        else list(compress(capitals.before, map(ev.club_after.__contains__, capitals.after)))
    )
    # the candidates after a cue word ("beat Chelsea", "Real Madrid"): a town is one of ~10
    # candidates, fewer than the capitalised tokens
    club_before = ev.club_before
    before = [
        m
        for m in cands
        if m.prev and text[m.prev[0] : m.prev[1]] in club_before and text[m.prev[1]] == " "
    ]
    # a gazetteer name that holds the club word only as another name of the town: "Bristol
    # City" is an alternate name of a Bristol, whose own name has no "City"
    whole = [
        m
        for m in cands
        if m.ntok >= 2
        and (last := m.surface.rsplit(" ", 1)[-1]) in ev.club_after
        and (last in ev.club_words or last in ev.club_words_sport)
        and not m.senses[0][1].name.endswith(last)
        and m.senses[0][1].kind not in _NOT_CLUB_KINDS
        # "Mexico City", "Panama City": capitals and big cities are called so as places
        and m.senses[0][1].feature_code != "PPLC"
        and m.senses[0][1].population < 1_000_000
        and not m.context & _IN
        # (a state's or a province's name with its "County" is the area: Kenya's counties,
        # "in Bondo, Siaya County", were clubs in a story that named a stadium)
        and not (last == "County" and _a_states_name(m))
        # (nor a longer name's head: "Donegal County Council said" was a club "Donegal County"
        # in a story that postponed a match)
        and not (text[m.end : m.end + 1] == " " and text[m.end + 1 : m.end + 2].isupper())
    ]
    if whole:
        # (one reading per article: a name the text also writes after "in" is the town at
        # every mention: "in Bogo City … northeast of Bogo City", a Philippine city's own name)
        placed = {m.surface for m in cands if m.context & _IN}
        whole = [m for m in whole if m.surface not in placed]
    # a town before a score ("Leeds 2 Everton 1", "Leeds 2-1"): not a year ("Paris 2024")
    scored = [
        m
        for m in cands
        if text[m.end + 1 : m.end + 2].isdigit()
        and _SCORE.match(text, m.end)
        and m.senses[0][1].kind not in _NOT_CLUB_KINDS
        and m.senses[0][1].kind != "admin area"  # "S.C. 5", "Texas 19": state highways
    ]
    # ... and a county before its side's total in a cricket report ("Somerset 345 and 187-5";
    # not a state's highway: a state is no county)
    if any(word in text for word in _CRICKET_WORDS):
        scored += [
            m
            for m in cands
            if m.senses[0][1].feature_code == "ADM2"
            and text[m.end + 1 : m.end + 2].isdigit()
            and _CRICKET_SCORE.match(text, m.end)
        ]
    # a city and a people's plural right after it: "Mumbai Indians", "Houston Texans", a team
    # where the article is about sport (not "Quiche Indians", a people of a province)
    demonymed = [
        (m.start, d.end)
        for m, d in pairwise(cands)
        if d.start == m.end + 1
        and d.senses[0][1].kind == "demonym"
        and d.surface.endswith("s")
        and m.senses[0][1].kind == "city"
        and m.senses[0][1].population >= _TEAM_MIN_POP
        and not m.context & _IN
        and text[m.end] == " "
    ]
    # a famous club's bare name that is a small town's too ("a signing from Ajax"), and the town
    # a player was signed from ("Osimhen, signed from Lille in 2020")
    known = [
        m
        for m in cands
        if not m.context & _IN
        and (
            m.surface in ev.club_towns
            or (
                m.prev
                and text[m.prev[0] : m.prev[1]] == "from"
                and _TRANSFER_BEFORE.search(text, max(0, m.prev[0] - 12), m.prev[0])
                and m.senses[0][1].kind not in _NOT_CLUB_KINDS
            )
            # a player's career's club and a fixture's host ("started his career at Rennes",
            # "a match away to Marseille"), and a side before its win's score ("where Marseille
            # won 1-0")
            or (
                m.senses[0][1].kind not in _NOT_CLUB_KINDS
                and (
                    _CLUB_PHRASE_BEFORE.search(text, max(0, m.start - 12), m.start) is not None
                    or _WON_SCORE.match(text, m.end) is not None
                )
            )
        )
    ]
    if not after and not before and not whole and not scored and not demonymed and not known:
        return []
    n = len(texts)
    by_end = {m.tok_end: m for m in cands}
    out: list[tuple[int, int, str]] = []
    sport: bool | None = None  # the article's sport words, looked for only once a cue is seen
    for m in whole:
        if m.surface.rsplit(" ", 1)[-1] in ev.club_words or (
            sport := _sporty(text, ev) if sport is None else sport
        ):
            out.append((m.start, m.end, "club"))
    if demonymed and (sport := _sporty(text, ev) if sport is None else sport):
        out += [(s, e, "team") for s, e in demonymed]
    teams: set[str] = set()
    cued: dict[str, int] = {}  # the towns a cue word writes as a team, and how many times
    if known and (sport := _sporty(text, ev) if sport is None else sport):
        teams.update(m.surface for m in known)
    if scored and (sport := _sporty(text, ev) if sport is None else sport):
        teams.update(m.surface for m in scored)
    for k in after:
        m = by_end.get(ends[k])
        if m is None or m.senses[0][1].kind in _NOT_CLUB_KINDS or not joined[k + 1]:
            continue
        word = texts[k + 1]
        if word == "County" and _a_states_name(m):
            continue
        if word in ev.club_words or word in ev.club_words_sport:
            # "Manchester United", "Stoke City" (not "Fargo City Commission": a longer name)
            if (k + 2 >= n or not (caps[k + 2] and joined[k + 2])) and (
                word in ev.club_words or (sport := _sporty(text, ev) if sport is None else sport)
            ):
                out.append((m.start, ends[k + 1], "club"))
        elif not m.context & _IN and (sport := _sporty(text, ev) if sport is None else sport):
            cued[m.surface] = cued.get(m.surface, 0) + 1
    for m in before:
        if m.senses[0][1].kind in _NOT_CLUB_KINDS or m.prev[1] + 1 != m.start:
            continue
        prefix = text[m.prev[0] : m.prev[1]]
        if prefix in ev.club_prefixes:
            if (
                m.surface.isupper()
                and prefix.lower() in _cues().function_words
                and (word := _WORD_BEFORE.search(text, max(0, m.prev[0] - 40), m.prev[0]))
                is not None
                and _everyday_word(word.group(1).lower())
            ):
                continue  # a shouted headline's word: "NAMED AS NEW ENGLAND CAPTAIN" (not
                # "SOCCER - AS MONACO BEAT LENS")
            out.append((m.prev[0], m.end, "club"))
        elif not m.context & _IN and (sport := _sporty(text, ev) if sport is None else sport):
            cued[m.surface] = cued.get(m.surface, 0) + 1
    if cued:
        # a town one cue word alone writes as a team, and "in" places elsewhere, is the town
        # ("a Wichita coach" in a figure-skating story made every "Wichita" a team, beside "held
        # in Wichita"); two cues make it the team ("Leeds striker … beat Leeds … in Leeds")
        placed = {m.surface for m in cands if m.context & _IN}
        teams.update(name for name, n in cued.items() if n >= 2 or name not in placed)
    if teams:
        taken = {s for s, _e, _w in out}
        out += [
            (m.start, _nickname_end(w, m), "sport")
            for m in cands
            if m.surface in teams and not m.context & _IN and m.start not in taken
        ]
    return out


def _a_states_name(m: _Mention) -> bool:
    """Whether a candidate names a state or a province (one of its senses), whose name with
    "County" after it is the area, no club: Kenya's counties ("in Bondo, Siaya County") were
    clubs in a story that named a stadium (England's "Derby County" names no state)."""
    return any(sense[1].feature_code == "ADM1" for sense in m.senses)


_WORD_BEFORE = re.compile(r"([A-Za-z]+) \Z")
# a player's club and a fixture's host, as the words before them say
_CLUB_PHRASE_BEFORE = re.compile(r"\b(?:career at|spell at|loan at|away to|away at) \Z")
# a side's win or loss and its score after its name
_WON_SCORE = re.compile(r" (?:won|lost|drew) \d{1,2}-\d{1,2}\b")
# a transfer's words before "from" and a club ("signed from Lille", "on loan from Everton")
_TRANSFER_BEFORE = re.compile(
    r"\b(?:signed|signing|bought|loan|transfer|transferred|recruited|joined) \Z"
)


def _nickname_end(w: _Words, m: _Mention) -> int:
    """Where a town written as a team ends its name: after the capitalised words that follow it
    when the last of them is a plural nickname ("Gujarat Titans", "Chennai Super Kings" where
    "Gujarat" and "Chennai" stand alone as the teams too), else at the town's end."""
    texts, caps, joined = w.texts, w.caps, w.joined
    n = len(texts)
    k = bisect_left(w.ends, m.tok_end) + 1  # the token after the town's last word
    if k > n or w.ends[k - 1] != m.tok_end:
        return m.end
    j = k
    while j < n and caps[j] and joined[j] and j - k < 3:
        j += 1
    if j == k or (j < n and caps[j] and joined[j]) or not _nickname(texts[j - 1]):
        return m.end
    cues = _cues()
    if any(t in cues.title_words or t in cues.given_names for t in texts[k:j]):
        return m.end
    return w.ends[j - 1]


def _nicknamed_clubs(
    text: str, w: _Words, capitals: Any, ev: _Evidence
) -> list[tuple[int, int, str]]:
    """In an article about sport, a club's word standing alone as its name is the club where a
    sport's word says so: "Rovers striker Tommy Morrison", "United manager Alex Ferguson",
    "Celtic beat Rangers". Not inside a longer name ("Manchester United", "Rangers Stadium" are
    _clubs's and the names rules'), and not a given name ("Alexandra")."""
    texts, caps, joined = w.texts, w.caps, w.joined
    n = len(texts)
    nicknames = _club_nicknames(ev)
    out: list[tuple[int, int, str]] = []
    for k in compress(capitals.index, map(nicknames.__contains__, capitals.words)):
        if (k > 0 and joined[k] and caps[k - 1]) or (k + 1 < n and joined[k + 1] and caps[k + 1]):
            continue
        if (k + 1 < n and joined[k + 1] and texts[k + 1] in ev.sport_after) or (
            k > 0 and joined[k] and texts[k - 1] in ev.sport_before
        ):
            if not out and not _sporty(text, ev):
                return []
            out.append((w.starts[k], w.ends[k], "nickname"))
    return out


@functools.cache
def _club_nicknames(ev: _Evidence) -> frozenset[str]:
    """The club words that name a club alone ("Rovers", "United", "Celtic"): no acronym ("FC")
    and no given name ("Alexandra")."""
    return frozenset(
        word for word in ev.club_words if not word.isupper() and word not in _cues().given_names
    )


def _prefixed_clubs(
    text: str, w: _Words, capitals: Any, ev: _Evidence
) -> list[tuple[int, int, str]]:
    """In an article about sport, a club's prefix and the capitalised name after it: "Real
    Betis", "Sporting Gijon" (not only a town after it, as _clubs reads "Real Madrid")."""
    texts, caps, joined = w.texts, w.caps, w.joined
    n = len(texts)
    out: list[tuple[int, int, str]] = []
    for k in compress(capitals.index, map(ev.club_prefixes.__contains__, capitals.words)):
        if (
            k + 1 < n
            and caps[k + 1]
            and joined[k + 1]
            and texts[k + 1] not in ev.club_prefixes
            and not texts[k + 1].isupper()  # "Real GDP"
            and not _everyday_word(texts[k + 1].lower())  # "Real Estate"
        ):
            if not out and not _sporty(text, ev):
                return []  # ("Real Estate Investment Trust" outside sport)
            out.append((w.starts[k], w.ends[_run_end(w, k) - 1], "prefix"))
    return out


# a player's club in brackets after the name, as line-ups and scorers' lists write it
# ("15-Damian Willemse (Stormers), 14-Kurt-Lee Arendse (Bulls)"; "(captain, Sharks)"), not a
# substitute and his minute ("Hall (Livramento 84)": a number ends no club's name)
# (the bracket first, then the look-behind at the word before: the engine tries only the
# brackets, where a look-behind first was tried at every character)
_ROSTERED = re.compile(
    r" \((?<=[a-zß-ÿ] \()(?:captain, |capt\.?, )?"
    r"([A-Z][\w'’.&-]*(?: (?:[A-Z][\w'’.&-]*|\d+(?![\d)])|de|del|di))*)\)"
)
_ROSTER_MIN = 3  # players with a bracketed name from which the article holds a line-up


def _rostered(
    text: str, people_orgs: list[_Span], cands: list[_Mention], ev: _Evidence
) -> list[tuple[int, int, str]]:
    """In an article about sport that lists three players or more, each with a name in brackets
    right after theirs, the bracketed names are their clubs ("Cheslin Kolbe (Toulon)", "Franco
    Mostert (Mie Honda Heat)"): not where the bracket holds a country or a people, the player's
    nationality as results lists write it ("Miguel Angel Jimenez (Spain)", "Novak Djokovic
    (SRB)"), nor after a name
    that is no person's (a horse's trainer: "Musir (Mike de Kock)"; an acronym: "Department of
    Education (DepEd)"), nor where the bracket holds a person's name."""
    if text.count(" (") < _ROSTER_MIN:
        return []
    people = {sp.end for sp in people_orgs if sp.kind == "person"}
    found = [(m.start(1), m.end(1)) for m in _ROSTERED.finditer(text) if m.start() in people]
    if len(found) < _ROSTER_MIN or not _sporty(text, ev):
        return []
    starts = [m.start for m in cands]
    # (where the name rules read half the brackets or more as people's names, the list pairs
    # people: a ticket's running mates, "Lai Ching-te (Hsiao Bi-khim)", "Ko Wen-je (Cynthia Wu)";
    # a line-up's one club read so stays a club, "Franco Mostert (Mie Honda Heat)")
    named = {(sp.start, sp.end) for sp in people_orgs if sp.kind == "person"}.intersection(found)
    if 2 * len(named) < len(found):
        named = set()
    out: list[tuple[int, int, str]] = []
    for s, e in found:
        if (s, e) in named:
            continue
        if text[s:e] in ev.sport_nation_codes or (e - s == 3 and text[s:e].istitle()):
            continue  # an Olympic results line's country: "Novak Djokovic (SRB) def. …"; a
            # British paper's, in title case ("C Alcaraz (Spa) bt N Djokovic (Ser)")
        i = bisect_left(starts, s)
        if (
            i < len(cands)
            and cands[i].start == s
            and (cands[i].senses[0][1].kind in _NOT_CLUB_KINDS or cands[i].surface in _HOME_NATIONS)
        ):
            continue
        out.append((s, e, "roster"))
    return out


# the United Kingdom's home nations field their own national teams: a player's nation, no club
_HOME_NATIONS = frozenset({"England", "Scotland", "Wales", "Northern Ireland"})


def _teams(
    text: str, w: _Words, capitals: Any, cands: list[_Mention], gaz: Any, ev: _Evidence
) -> list[tuple[int, int, str]]:
    """In an article about sport, a city of 100,000 people or more (or a state) and one
    capitalised plural that ends the run are a team: "Pittsburgh Pirates", "Chicago Cubs". Only
    where the rules kept no place inside (they read the pair as a person's name, or the town as
    no place): a place the rules kept stays a place, as the geoparsing corpora mark a team's town
    ("Dallas" of "Dallas Mavericks"). No given name starts a team's name, no title is in it, and
    its plural is no surname after a state ("Georgia Lewis"; "Barbara Lewis", "Ms. Sears" are
    people by their given name and title)."""
    texts, starts, ends, caps, joined = w.texts, w.starts, w.ends, w.caps, w.joined
    n = len(texts)
    # a C-level pass over the words after capitalised tokens: a nickname ends in "s", so only
    # those words (an eighth) pay the cached test, whose lookups cost more than the rest of the rule
    after = capitals.after
    plurals = compress(range(len(after)), map(str.endswith, after, repeat("s")))
    at = [capitals.before[x] for x in plurals if _nickname(after[x])]
    if not at:
        return []
    sport: bool | None = None  # the article's sport words, looked for once a pair passes the rest
    cues = _cues()
    surnames = _surnames()
    out: list[tuple[int, int, str]] = []
    for k in at:
        if not joined[k + 1] or (k + 2 < n and ((caps[k + 2] and joined[k + 2]) or w.glued[k + 2])):
            continue  # the plural must follow the town and end the name ("Boston Red Sox" aside;
            # not "Paris Champs-Elysees")
        a = k  # the run's start, keeping a town's own first word ("New Orleans Saints")
        while a > 0 and joined[a] and caps[a - 1] and texts[a - 1] not in cues.calendar:
            a -= 1
        while a < k and texts[a] in _ARTICLES_CAPS:
            a += 1
        s, e = starts[a], ends[k + 1]
        words = texts[a : k + 1]
        plural = texts[k + 1]
        if (
            # (a city named like a person before a plural that is no name is the team:
            # "Denver Nuggets", "Phoenix Suns"; "Austin Butler", "Madison Keys" stay people)
            (
                words[0] in cues.given_names
                and not (
                    len(words) == 1
                    and plural not in surnames
                    and plural not in cues.given_names
                    and plural[:-1] not in surnames
                )
            )
            or any(t in cues.title_words for t in words)
            # one word that is a function or compass word: "On Saturdays", "West Virginians"
            or (
                len(words) == 1
                and (words[0].lower() in cues.function_words or words[0].lower() in MODIFIERS)
            )
            or any(s < m.end and m.start < e for m in cands)
            or gaz.lookup(text[s:e])  # "Des Moines": a place's own name
        ):
            continue
        senses = gaz.lookup(text[s : ends[k]])
        if (
            senses
            and (
                senses[0].kind == "admin area"
                or (senses[0].kind == "city" and senses[0].population >= _TEAM_MIN_POP)
            )
            # a plural that is also a surname ("Lewis", "Hawks") needs a city's name, no state's
            # ("Georgia Lewis"): "Glasgow Hawks" is the club
            and (texts[k + 1] not in surnames or senses[0].kind == "city")
            and (sport := _sporty(text, ev) if sport is None else sport)
        ):
            out.append((s, e, "team"))
    return out


def _named_then_city(
    text: str, people_orgs: list[Any], gaz: Any, ev: _Evidence
) -> list[tuple[int, int, str]]:
    """In an article about sport, a club's own word and then its city, read as a person's name,
    is the club: "host Zalgiris Kaunas", "Lokomotiv Moscow", "Hapoel Jerusalem" (the place rules
    let a city beside a capitalised word go, as a name's word); and so is a city and an everyday
    word, a team's singular nickname ("Brisbane Roar": :func:`_city_and_everyday_word`). The first word is no given name
    ("Jonas Kaunas" stays a person), no everyday word and no title; the city has 100,000 people
    or more."""
    cues = _cues()
    found = []
    for sp in people_orgs:
        if sp.kind != "person" or sp.how != "name" or len(sp.tokens) != 2:
            continue
        first, city = sp.tokens
        if text[sp.end : sp.end + 1] == "-":
            continue  # a name cut at its hyphen: "Paris Champs-Elysees", the avenue
        if _city_and_everyday_word(first, city, gaz, cues):
            found.append((sp.start, sp.end, "team"))  # "Brisbane Roar", "Perth Glory"
            continue
        if (
            first in cues.given_names
            or first in cues.family_first
            or first in cues.title_words
            or _everyday_word(first.lower())
            # (a city named like a person is a surname after an unknown given name: "Sifan
            # Hassan", Hassan also a town in India)
            or city in cues.given_names
            or city in _surnames()
        ):
            continue
        senses = gaz.lookup(city)
        if senses and senses[0].kind == "city" and senses[0].population >= _TEAM_MIN_POP:
            found.append((sp.start, sp.end, "city_club"))
    if found and _sporty(text, ev):
        return found
    return []


# the last words of a town's events, not its teams
_EVENT_WORDS = frozenset(
    {
        "International", "Open", "Classic", "Masters", "Marathon", "Derby", "Invitational",
        "Championship", "Championships", "Challenge", "Trophy", "Cup", "Games", "Series",
        "Festival", "Show", "Fair", "Week", "Summit", "Agreement", "Accord", "Declaration",
        "Revolution", "Spring", "Uprising", "Protocol", "Process", "Talks",
    }
)  # fmt: skip


def _city_and_everyday_word(city: str, word: str, gaz: Any, cues: Any) -> bool:
    """Whether a two-word name read as a person's is a city of 100,000 people or more and an
    everyday word that is no given name or surname: a team's singular nickname ("Brisbane Roar",
    "Melbourne Victory", "Perth Glory"; not "Sydney Brown", "Austin Butler")."""
    if (
        not word[:1].isupper()  # (an Arabic family name after its article: "Hassan al-Tayeb")
        or word in cues.given_names
        or word in _surnames()
        or not _everyday_word(word.lower())
        or word.lower() in cues.function_words
        or word in _EVENT_WORDS  # a tournament's name: "Sydney International"
        or _everyday_word(city.lower())  # "Orange Revolution"
    ):
        return False
    senses = gaz.lookup(city)
    return bool(senses) and senses[0].kind == "city" and senses[0].population >= _TEAM_MIN_POP


@functools.lru_cache(maxsize=20_000)  # the words after capitalised tokens recur
def _nickname(word: str) -> bool:
    """Whether a word may be a team's plural nickname ("Pirates", "Cubs"): capitalised, a plural
    in shape, and no word that ends an event's, a place's or an organisation's name ("Olympics",
    "Heights", "Airlines", "Industries")."""
    if not (
        len(word) >= 4
        and word[0].isupper()
        and word.endswith("s")
        and not word.endswith("ss")
        and word.isalpha()
        and not word.isupper()
    ):
        return False
    cues = _cues()
    return (
        word not in cues.non_person_endings
        and word not in cues.org_words
        and word not in cues.title_words
        and word not in cues.calendar
    )


def _results(text: str, ev: _Evidence) -> list[tuple[int, int, str]]:
    """In an article about sport, the two names of a result, each before its score (or either
    side of it: "Brisbane Roar 2-1 Newcastle Jets"), are teams whether or not they are towns:
    "Arsenal 3 Chelsea 0", "Aston Villa 1 Southampton 1" (a
    town alone before a score is _clubs's); so is the name of a league table's line ("Newcastle
    3 2 0 1 4 3 6", "NEW YORK 74 54 .578 -") unless a given name starts it (a golfer's: "Ernie
    Els 66 68 70 71 275").
    Not a date ("May 3 June 4"), nor a name that starts with a function word ("In 2 Of 3")."""
    # (a league table's line reads across its cells' tabs; a result's pair not: "Haas\t0\t
    # Collision\t0" is a retirement's row)
    tabbed, flat_text = text, flat(text)
    # (two cheap patterns first: the full ones cost ~130 µs an article each, on every capital)
    paired = _RESULT_HINT.search(text) is not None
    tabled = _STANDING_HINT.search(flat_text) is not None
    if not (paired or tabled) or not _sporty(text, ev):
        return []
    cues = _cues()

    def plain(ws: list[str]) -> bool:
        return not (
            ws[0] in cues.calendar
            # ("new" starts sentences' capitals, and teams' names: "NEW YORK 74 54 .578")
            or (ws[0].lower() in cues.function_words and (len(ws) == 1 or ws[0].lower() != "new"))
            or any(x in cues.title_words for x in ws)
        )

    out: list[tuple[int, int, str]] = []
    results = [*_RESULT.finditer(text), *_RESULT_BETWEEN.finditer(text)] if paired else []
    for mt in results:
        # (a sentence's full stop after the second name is no part of it: "HT — Chelsea 3-0
        # PSG." was a team "PSG."; a name's own stops stay, "F.C.")
        pair = [
            (s, e - 1) if text[e - 1] == "." and "." not in text[s : e - 1] else (s, e)
            for s, e in (mt.span(1), mt.span(2))
        ]
        if all(plain(text[s:e].split()) for s, e in pair):
            out += [(s, e, "result") for s, e in pair]
    # a league table's line; a golf or athletics table lists people: no given name starts it
    # (nor a baseball box score's pitcher's line, "Chapman 1 0 0 0 0 1", nor its totals')
    boxed = _BOX_NAMES | {text[s:e] for s, e in baseball_box(text)} if tabled else _BOX_NAMES
    for mt in _STANDING.finditer(flat_text) if tabled else ():
        if mt.group(1) in boxed:
            continue
        ws = mt.group(1).split()
        # (a lone given name is a team's: people's tables list their full names, "Chelsea 3 2
        # 1 0 5 2 7")
        if plain(ws) and (ws[0] not in cues.given_names or len(ws) == 1):
            out.append((*mt.span(1), "result"))
    if tabbed is not flat_text:  # (no name runs across a table's cells)
        out = [(s, e, rule) for s, e, rule in out if "\t" not in tabbed[s:e]]
    return out


def _result_namesakes(
    text: str, w: _Words, results: list[tuple[int, int, str]], cands: list[_Mention]
) -> list[tuple[int, int, str]]:
    """A town a result or a league table lists as a team is the team at its other mentions that
    no "in" places, as a town before its score is (_clubs): "held by Southampton … leaders
    Liverpool" beside "Arsenal 1 Southampton 1" and the table's "Liverpool 10 8 1 1 22 7 25".
    Not a country, nor a state (news writes a national team as its country)."""
    names = {text[s:e] for s, e, _rule in results}
    taken = {s for s, _e, _rule in results}
    return [
        (m.start, _nickname_end(w, m), "sport")
        for m in cands
        if m.surface in names
        and m.start not in taken
        and not m.context & _IN
        and m.senses[0][1].kind not in _NOT_CLUB_KINDS
        and m.senses[0][1].kind != "admin area"
    ]


# a result's verb between two teams: "Essex beat Kent", "Arsenal drew 1-1 with Chelsea", "Leeds
# lost 2-0 to Everton" (the score is optional; "beat" also takes one after the loser)
# (the first capital, then the look-behind, as _LEAD_NAME: a look-behind first was tried at
# every character, ~0.08 ms an article with a result's verb)
_RESULT_VERBS = re.compile(
    r"([A-Z](?<![\w'’-].)[\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,2})"
    r" (?:beat|defeated|thrashed|edged|routed|drew|lost)"
    rf"(?: (\d{{1,2}}-\d{{1,2}}))?(?: (?:with|to|against))? ({_RESULT_NAME})\b"
)
# (tried only at the capitals of the three words before each verb, read backwards in the
# reversed text: from the text's start it was tried at every capital, ~0.09 ms an article)
_RESULT_VERB = re.compile(r" (?:beat|defeated|thrashed|edged|routed|drew|lost)(?= )")
_WORDS_BEFORE_VERB = re.compile(r"[\w.'’&-]*+(?: [\w.'’&-]*+){0,2}")


def _result_matches(text: str) -> list[re.Match[str]]:
    """``_RESULT_VERBS``'s matches, tried at the capitals of the words before each verb."""
    rev = text[::-1]
    starts: set[int] = set()
    for verb in _RESULT_VERB.finditer(text):
        add_capitals_before(text, rev, verb.start(), _WORDS_BEFORE_VERB, starts)
    return matches_at(_RESULT_VERBS, text, starts)


def _teams_beside_results(
    text: str,
    people_orgs: list[_Span],
    found: list[tuple[int, int, str]],
    gaz: Any,
    ev: _Evidence,
) -> list[tuple[int, int, str]]:
    """In an article about sport, the two names a result's verb joins ("Essex beat Kent by five
    wickets", "Arsenal drew 1-1 with Chelsea") are teams, though the place rules left them (a
    county's name needs a place's context; "Kent" is a given name too): where one is a team the
    rules found or a county or a city of 100,000 people or more, and the other a place of any size
    too. Not a name a full name makes a person ("Jeff Kent … Kent beat the tag"), and not a
    country: news writes a national team as its country; "Federer beat Nadal" names no place."""
    if _VERB_HINT.search(text) is None:
        return []
    people = {sp.entity for sp in people_orgs if sp.kind == "person" and len(sp.tokens) > 1}
    people.update(t for e in list(people) for t in e.split())
    teams = {text[s:e] for s, e, rule in found if rule in _TEAM_FINDS}
    teams.update(sp.entity for sp in people_orgs if sp.kind == "organisation")
    out: list[tuple[int, int, str]] = []
    sport: bool | None = None
    for m in _result_matches(text):
        if " lost" in m.group(0) and not m.group(2):
            continue  # "lost to" without a score may be an election's
        sides = [_team_reading(m.group(g), people, teams, gaz) for g in (1, 3)]
        if None in sides or "strong" not in sides:
            continue
        if sport is None:
            sport = _sporty(text, ev)
        if not sport:
            return []
        out += [(*m.span(g), "sport") for g in (1, 3) if m.group(g) not in teams]
    return out


# (one pattern that starts with a literal space, which the engine scans for in C)
_VERB_HINT = re.compile(r" (?:beat|drew|defeated|lost|thrashed|edged|routed) ")
# the organisation rules' finds that are teams (orgs.merge._TEAM_RULES is the narrower set a
# country written as its national team stays a place against)
_TEAM_FINDS = frozenset({"sport", "result", "team", "club", "nickname", "prefix", "city_club"})


def _team_reading(name: str, people: set[str], teams: set[str], gaz: Any) -> str | None:
    """ "strong" for a team the rules found, a county or a city of 100,000 or more; "weak" for a
    smaller town; None for a person's name, a country or no place."""
    if name in teams:
        return "strong"
    if name in people:
        return None
    senses = gaz.lookup(name)
    if not senses or senses[0].kind not in TOWN_KINDS:
        return None
    top = senses[0]
    return "strong" if top.kind == "admin area" or top.population >= _TEAM_MIN_POP else "weak"
