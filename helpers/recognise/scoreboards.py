"""Players named in wire sport tables' own notations: cricket scoreboards, football scorers and
team sheets.

Part of stage 2 (recognise), after the speakers' rules. A football result names its scorers with
their minutes in brackets after the score ("Newcastle 2 (Shearer 23, Ferdinand 56)") or on a
"Scorers:" line or a team's line under a "Scorers" heading. A cricket scoreboard names a batsman
at the start of his line ("Inzamam-ul-Haq not out 45") and his dismissal's fielder and bowler by
surname alone ("Saeed Anwar c Jayasuriya b Vaas 84"), and the bowlers by surname before their
figures ("Vaas 10-1-30-1"): names with no evidence around them, which the name rules leave
untyped. The notation is the evidence (a batsman's line counts only where a dismissal or figures
were found). A results list names each athlete before his nation's code and his team after it
("Tadej Pogacar (SLO) UAE Team Emirates"): the codes are no organisations, the teams are, and
the athlete's bare surname elsewhere is his.

    >>> from helpers.recognise import recognise
    >>> text = "Scoreboard:\\nSaeed Anwar c Jayasuriya b Vaas 84\\nBowling: Vaas 10-1-30-1"
    >>> [(s.surface, s.type) for s in recognise(text)]  # doctest: +SKIP
    [('Saeed Anwar', 'person'), ('Jayasuriya', 'person'), ('Vaas', 'person'), ('Vaas', 'person')]
"""

from __future__ import annotations

import re

from helpers.recognise.acronyms import FILLERS, initials_fit
from helpers.recognise.anchored import add_capitals_before, matches_at
from helpers.recognise.names import _cues, _everyday_word, _Intervals, _Span
from helpers.recognise.org_evidence import _evidence
from helpers.recognise.places import _Mention, _unplaced_town
from helpers.recognise.tables import flat

__all__ = [
    "TEAM_WHY",
    "baseball_box",
    "listed_surnames",
    "listed_teams",
    "results_codes",
    "scoreboard_players",
    "scoring_teams",
    "weakly_inside",
]

_NAME = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?"
# ... its words taken whole ("*+"), where a space or a digit's space follows the name:
# giving letters back never made a match there, and the engine tried it at every capital
_WHOLE_NAME = r"[A-Z][\w'’-]*+(?: [A-Z][\w'’-]*+)?"
# a dismissal: "c Jayasuriya b Vaas", "c & b Vaas", "st Kaluwitharana b Muralitharan",
# "lbw b Vaas", "b Vaas", "run out (Jayasuriya)" — on a batsman's line, before his runs
# (its first letter, then the look-behind for a line's start or a space before it, and each form
# by that letter: the same matches as "(?:^|(?<= ))(?:c … b|st … b|c & b|lbw b|b)", where the
# look-behind first was tried at every character, at half the cost)
_DISMISSAL = re.compile(
    rf"[bcls](?<![^ \n].)(?:(?<=c) (?P<catcher>{_NAME}) b|(?<=s)t (?P<keeper>{_NAME}) b"
    rf"|(?<=c) & b|(?<=l)bw b|(?<=b)) (?P<bowler>{_NAME})(?= \d)"
    rf"|run out \((?P<fielder>{_NAME})\)",
)
# a batsman at the start of his line, before his dismissal ("Inzamam-ul-Haq not out 45"), or
# after the runs of the batsman before him or the innings' overs where a page's scorecard is one
# paragraph ("(32.5 overs) Crawley c Khawaja b Starc 0 Duckett lbw b Starc 21")
# (the name's first capital, then the look-behinds: the engine skips to the next capital in C,
# where a line's start or a look-behind first was tried at every character)
_BATSMAN = re.compile(
    r"(?P<batsman>[A-Z](?:(?<=^.)|(?<=\d .)|(?<=overs\) .))[\w'’-]*+(?: [A-Z][\w'’-]*+)?"
    rf"(?: {_WHOLE_NAME})?) (?:not out|run out|c |st |lbw |b )",
    re.MULTILINE,
)
# a bowler's figures: overs, maidens, runs, wickets ("Vaas 10-1-30-1", "Ahmed 9.4-0-41-2")
_FIGURES = re.compile(
    rf"(?P<bowler>{_WHOLE_NAME}) \d{{1,2}}(?:\.\d)?-\d{{1,2}}-\d{{1,3}}-\d{{1,2}}\b"
)
# a football result's scorers, in brackets after a team's score or on a "Scorers:" line:
# "Newcastle 2 (Shearer 23, Ferdinand 56)", "Scorers: Shearer 23 pen, 90+2"
# (the bracket's pattern starts with its literal " (", which the engine finds with a fast scan
# before it looks behind for the digit: ~6 µs an article, against ~90 for a lookbehind first)
_SCORER_BRACKET = re.compile(r" \((?<=\d \()([^()\n]{3,300})\)")
_SCORERS_LINE = re.compile(r"^Scorers?: ([^\n]{3,300})$", re.M)
# ... or under a "Scorers" heading, a line for each team ("Scorers\n\nManchester City: Foden 8,
# 44, 73; Haaland 34\n\nManchester United: Antony 56"; "Antony 56" had been a town's team)
_SCORERS_HEADING = re.compile(r"^Scorers?:?[ \t]*\n", re.M)
_TEAM_SCORERS = re.compile(r"\n*[A-Z][^\n:]{1,40}: ([^\n]{3,300})(?:\n|$)")
_SCORER = re.compile(rf"({_NAME})(?: \d{{1,3}}(?:\+\d{{1,2}})?(?: ?(?:pen|og))?,?)+")
# a football team sheet: "Newcastle United: Pope; Trippier, Schär, Burn, Hall (Livramento 84);
# Tonali …" — the team and a colon, then the players by surname, separated by commas and
# semicolons, a substitute and his minute in brackets (found from its ": ", which the engine
# scans for fast; the cleaned text may join a wire's lines, so a sheet ends at a full stop)
# (a captain's "(capt.)" keeps its full stop: "Marquinhos (capt.), Pacho")
# (and an initial's: "E. Martínez 8; Molina 6, …", a match report's ratings)
_SHEET_CHAR = r"(?:[^\n.;:]|(?<=\(capt)\.|(?<=[ ;,:][A-Z])\.)"
_LINEUP = re.compile(rf": ((?:{_SHEET_CHAR}{{2,80}}; ){{2,}}{_SHEET_CHAR}{{2,200}})")
# (a rugby sheet's initial and particles before a surname: "D de Allende", "P-S du Toit")
# (a capital with an accent or a cedilla too: "Çalhanoğlu", "Ødegaard", "Šeško")
_CAPITAL = "[A-ZÀ-ÖØ-ÞŁŚŹŻĆŃĘĄŠŽČŘĎŤŇĚŮŐŰĞŞİ]"
# (or an initial with its full stop: "E. Martínez"; and particles before the family name after a
# given name: "Damian de Allende", "Willie le Roux")
_PLAYER = (
    rf"(?:[A-Z](?:-[A-Z])? (?=[a-z])|[A-Z]\. )?(?:[a-z]{{1,3}} ){{0,2}}{_CAPITAL}[\w'’-]*"
    rf"(?: (?:[a-z]{{1,3}} ){{0,2}}{_CAPITAL}[\w'’-]*)?"
)
# (a captain's "(c)" or "(capt)" after his name: "Agyeman (c)", "S Kolisi (capt)")
# (and a match report's rating after it: "Molina 6", "Messi 5.5"; or a rugby sheet's shirt
# number before it: "15 Damian Willemse; 14 Kurt-Lee Arendse")
# (a report may write the rating before the substitute, and the substitute's own rating after
# his minute: "Jones 9 (Endo 90)", "Mac Allister 6 (Szoboszlai 70, 6)")
_RATING = r"(?:10|\d)(?:\.5)?"
_LINEUP_ITEM = re.compile(
    rf"(?:\d{{1,2}} )?({_PLAYER})(?: \((?:[cC]|capt\.?|vc)\))?(?: {_RATING}(?= \())?"
    rf"(?: \(({_PLAYER}) \d{{1,3}}(?:\+\d{{1,2}})?(?:, {_RATING})?\))?"
    rf"(?: {_RATING})?"
)
# a results list's athlete and his country's code ("1. Sifan Hassan (NED) 2:13:44", "6. Seifu
# Tura (ETH)"); from the third such entry on, the list is one (the code is read as no
# organisation: helpers.recognise.acronym_orgs)
# (a family name's particles are the name's: "Wout van Aert (BEL)", "Mathieu van der Poel (NED)")
_PARTICLES = r"(?:(?:van|von|de|der|den|da|di|du|del|della|dos|das|le|la|ter|ten) ){0,2}"
# (cycling's results write the codes in title case: "Kaden Groves (Aus)" was Groves, Texas)
# (the name's first capital, then the look-behind: the engine skips to the next capital in C,
# where a look-behind first was tried at every character, ~0.2 ms an article)
# (not a tied position's code before it: "T3 Tommy Fleetwood (ENG)" was one name)
_LEAD_NAME = r"[A-Z](?<![\w'’-].)(?!\d)[\w'’-]*(?: [A-Z][\w'’-]*)?"
_ATHLETE = re.compile(
    rf"({_LEAD_NAME}(?: {_PARTICLES}{_NAME})?) \([A-Z](?:[A-Z]{{2}}|[a-z]{{2}})\)"
)
_ATHLETES_MIN = 3
_CODE = re.compile(r" \(([A-Z]{3})\)")  # (the code alone: results_codes reads it)
_ANY_CODE = re.compile(r" \([A-Z](?:[A-Z]{2}|[a-z]{2})\)")  # (either case)
# a scoreboard's own words: nothing is read without one
_SCOREBOARD = ("lbw", "Bowling", "wickets", "not out", "run out")
# a basketball box score's line: a player, his shots and his free throws made and attempted, his
# points ("Irving 5-16 3-3 15" was an organisation, Irving, Texas as a team)
_BOX_LINE = re.compile(
    rf"(?P<player>{_WHOLE_NAME}) \d{{1,2}}-\d{{1,2}} \d{{1,2}}-\d{{1,2}} \d{{1,2}}(?=[,.;\n]|$)"
)
_BOX_TOTALS = frozenset({"Totals", "TOTALS", "Team", "TEAM"})
# a box score's other lists' items: a name and one figure, or made-attempted, in a bracketed list
_BOX_ITEM = re.compile(rf"(?:(?<=\()|(?<=, ))({_NAME}) \d{{1,2}}(?:-\d{{1,2}})?(?=[,)])")
# a baseball box score's lines under its columns' heading ("TEXAS AB R H BI BB SO"): a batter,
# his position (or two: "ph-dh") and his figures ("Moreno c 3 0 1 0 1 0" was Moreno, Argentina,
# "Marte 2b 4 0 2 0 0 2" an organisation); a pitcher, his decision and his figures ("Eovaldi
# W,2-0 6 6 0 0 3 5", "Sewald 1 4 4 3 0 1", "Gallen 6.1 3 1 1 2 7")
_BATTING_HEADING = " AB R H "
_PITCHING_HEADING = " IP H R ER "
_BATTING_LINE = re.compile(
    rf"^(?P<player>{_NAME}(?: Jr\.)?) (?:(?:c|1b|2b|3b|ss|lf|cf|rf|dh|p|ph|pr)-?){{1,3}}"
    r"(?: \d{1,3}){5,8}[ \t]*$",
    re.M,
)
_PITCHING_LINE = re.compile(
    rf"^(?P<player>{_NAME}(?: Jr\.)?)(?: (?:W|L|S|H|BS),\d{{1,2}}(?:-\d{{1,2}})?)?"
    r" \d{1,2}(?:\.[12]| [12]/3)?(?: \d{1,3}){5,6}[ \t]*$",
    re.M,
)
# ... and its notes' players, by surname and a season's count ("2B--Carter (3), Marte (2).
# HR--Semien (2), off Sewald.")
_BOX_NOTE = re.compile(rf"(?:--|, |off )({_NAME}) ?(?:\(\d{{1,3}}\))?(?=[,.;]|$)", re.M)


# a council's or a parliament's roll call: how each member voted, by surname ("HOW THEY VOTED For
# (17): Mayor Chow, Bradford, … Morley, … Ainslie. Against (7): Burnside, …": Morley, England,
# Ainslie, Australia and Burnside were on a Toronto council story's map)
_ROLL_CALL = re.compile(
    r"\b(?:For|Against|Yes|No|Yeas|Nays|Ayes|Noes|Abstained|Absent) \(\d{1,3}\): "
    r"((?:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?, )*(?:and )?[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?)"
    r"(?=[.;\n]|$)"
)
_ROLL_ITEM = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?")


def _roll_call(text: str) -> list[tuple[int, int]]:
    """The members a roll call lists by name (a title before one is not part of it: "Mayor
    Chow").

        >>> t = "For (3): Mayor Chow, Bradford, Morley. Against (1): Burnside."
        >>> [t[s:e] for s, e in _roll_call(t)]
        ['Chow', 'Bradford', 'Morley', 'Burnside']
    """
    titles = _cues().title_words
    out: list[tuple[int, int]] = []
    for mt in _ROLL_CALL.finditer(text):
        for item in _ROLL_ITEM.finditer(text, mt.start(1), mt.end(1)):
            s, e = item.span()
            if text[e - 1] == "." and e == mt.end(1):
                e -= 1  # (the list's full stop at the text's end)
            first, _, rest = item[0].partition(" ")
            if rest and first in titles:
                s += len(first) + 1
            out.append((s, e))
    return out


def _box_lines(text: str) -> list[re.Match[str]]:
    """A basketball box score's players' lines (not its totals' line)."""
    return [m for m in _BOX_LINE.finditer(text) if m["player"] not in _BOX_TOTALS]


def scoreboard_players(
    text: str, people_orgs: list[_Span], places: frozenset[str] = frozenset()
) -> list[_Span]:
    """The players a cricket scoreboard or a football result's scorers name by the notation
    alone, as person spans not overlapping ``people_orgs`` (the recogniser links each later to
    the one player of the article whose full name ends with it, "Jayasuriya" → "Sanath
    Jayasuriya": :func:`helpers.recognise.short_forms.late_surname_links`), and a results
    list's athletes before their countries' codes, over a weak reading of the same words
    (``places``: the countries among the names, a medal table's "Kenya (KEN)", which are none)."""
    tabbed, text = text, flat(text)  # (a row's notation reads across its cells' tabs)
    scorers = _scorers(text)
    found = list(scorers)
    sheets = (
        _lineups(text)
        if ": " in text and ("; " in text or "Subs" in text or "Replacements" in text)
        else []
    )
    found += sheets
    athletes = _athletes(text, places) + _athletes_by_country(text, places) if ") " in text else []
    found += athletes
    if "): " in text:
        found += _roll_call(text)
    plays = [scorer for _, scorer in _scoring_plays(text)]
    found += plays
    boxed = baseball_box(text)
    found += boxed
    if not found and not any(word in text for word in _SCOREBOARD) and " Totals " not in text:
        return []
    for m in _DISMISSAL.finditer(text):
        for group in ("catcher", "keeper", "bowler", "fielder"):
            if m.group(group) is not None:
                found.append(m.span(group))
    found += [m.span("bowler") for m in _FIGURES.finditer(text)]
    if "-" in text and (box := _box_lines(text)):
        found += [m.span("player") for m in box]
        # ... and the same players in its other lists ("3-Point Goals — Dallas 10-34 (Doncic
        # 2-8, Washington 2-6": Washington was a town)
        names = {m["player"] for m in box}
        found += [m.span(1) for m in _BOX_ITEM.finditer(text) if m[1] in names]
    if found:
        found += [m.span("batsman") for m in _BATSMAN.finditer(text)]
    if not found:
        return []
    # (an athlete's, a team sheet's or a scorer's name read weakly, or in part, is his: the
    # list's notation outweighs it, and the span model is not asked again: "4 Eben Etzebeth",
    # "Napoli 1 (Romelu Lukaku 63)" were organisations)
    listed = _Intervals(athletes + sheets + scorers + plays + boxed)
    taken = _Intervals([(sp.start, sp.end) for sp in people_orgs if not weakly_inside(sp, listed)])
    out: list[_Span] = []
    seen: set[tuple[int, int]] = set()
    for s, e in sorted(found):
        if "\t" in tabbed[s:e]:
            # (no name runs across a table's cells: the cell of the notation after it holds it,
            # "Kerrin McEvoy\tWillie Mullins (IRE)" is the trainer Willie Mullins)
            s = tabbed.rfind("\t", s, e) + 1
        if (s, e) in seen or taken.overlaps(s, e):
            continue
        seen.add((s, e))
        name = text[s:e]
        out.append(
            _Span(s, e, name, "person", "evidence", surface=_WHY, tokens=tuple(name.split()))
        )
    return out


def baseball_box(text: str) -> list[tuple[int, int]]:
    """A baseball box score's players: its batting and pitching lines, and the same names in its
    notes.

        >>> t = "TEXAS AB R H BI BB SO\\n\\nHeim c 4 1 1 1 0 1\\n\\nE--Heim (1)."
        >>> [t[s:e] for s, e in baseball_box(t)]
        ['Heim', 'Heim']
    """
    text = flat(text)  # (a row's notation reads across its cells' tabs)
    # (only under its columns' heading: a league table's line reads like a pitcher's)
    lines = [
        *(_BATTING_LINE.finditer(text) if _BATTING_HEADING in text else ()),
        *(_PITCHING_LINE.finditer(text) if _PITCHING_HEADING in text else ()),
    ]
    names = {m["player"] for m in lines} - _BOX_TOTALS
    if not names:
        return []
    out = [m.span("player") for m in lines if m["player"] in names]
    if "--" in text:
        out += [m.span(1) for m in _BOX_NOTE.finditer(text) if m[1] in names]
    return sorted(set(out))


# a results list's team after its athlete's nation code, up to a gap's dash, a comma, a figure or
# the line's end ("Tadej Pogacar (SLO) UAE Team Emirates", "Remco Evenepoel (BEL) Soudal
# Quick-Step — +0:35")
# (an en dash inside the name too: "Israel–Premier Tech", "Visma–Lease a Bike")
_LISTED_TEAM = re.compile(
    r"\) ([A-Z][\w.&'’–-]*(?: [\w.&'’–-]+){0,5}?)(?= [—–-] | ?[,;+(]| \d|[ \t]*$)", re.M
)


# an American football scoring summary's play: the team's code, a dash, the scorer and the
# yards ("Bal — Henry 5 run (Tucker kick), 10:12.", "KC — FG Butker 33, 11:05."), each play after
# the one before or its quarter's heading, which the cleaner joins to it ("First Quarter Bal —":
# "Quarter Bal" was a person)
# (found from each " — ", then the code before it and the play after it: one pattern over the
# whole text with its look-behinds first tried every character, ~0.2 ms an article with a dash)
_CODE_BEFORE = re.compile(
    r"(?:^|(?<=[.\n] )|(?<=Quarter )|(?<=Period )|(?<=Overtime ))([A-Z][A-Za-z]{1,3})\Z", re.M
)
_PLAY_AFTER = re.compile(
    r" — (?:FG |TD |Safety )?((?:[A-Z]\. )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) \d{1,3}"
    r"(?= (?:run|pass|yd|punt|kickoff|interception|fumble|blocked)\b|,)"
)
_SCORING_MIN = 2
SCORING_WHY = "a team's code before a play in a scoring summary ('Bal — Henry 5 run')"


def _scoring_plays(text: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """The (team code's, scorer's) spans of a scoring summary's plays, if it has two or more.

    >>> t = "First Quarter Bal — Henry 5 run. KC — FG Butker 33, 5:36."
    >>> [t[a:b] for (a, b), _ in _scoring_plays(t)]
    ['Bal', 'KC']
    """
    plays = []
    at = text.find(" — ")
    while at != -1:
        code = _CODE_BEFORE.search(text, max(0, at - 4), at)
        if code is not None and (play := _PLAY_AFTER.match(text, at)) is not None:
            plays.append((code.span(1), play.span(1)))
        at = text.find(" — ", at + 3)
    return plays if len(plays) >= _SCORING_MIN else []


def scoring_teams(text: str) -> list[_Span]:
    """The teams' codes of a scoring summary's plays, as organisation spans.

    >>> [sp.entity for sp in scoring_teams("Bal — Henry 5 run. KC — FG Butker 33, 5:36.")]
    ['Bal', 'KC']
    """
    text = flat(text)  # (a row's notation reads across its cells' tabs)
    return [
        _Span(a, b, text[a:b], "organisation", "evidence", surface=SCORING_WHY,
              tokens=(text[a:b],))
        for (a, b), _ in _scoring_plays(text)
    ]  # fmt: skip


def listed_teams(text: str, players: list[_Span]) -> list[_Span]:
    """The teams a results list names after its athletes' nation codes, as organisation spans
    (the list's athletes ``players`` found it: :func:`scoreboard_players`).

        >>> listed_teams("", [])
        []
    """
    text = flat(text)  # (a row's notation reads across its cells' tabs)
    ends = {sp.end for sp in players}
    starts = {sp.start for sp in players}
    out: list[_Span] = []
    for end in ends:
        if text[end : end + 2] != " (" or (m := _LISTED_TEAM.match(text, end + 5)) is None:
            continue  # (the match starts at the code's bracket: " (SLO) UAE …")
        if m.start(1) in starts:
            continue  # the next athlete, a joined line's ("A de Minaur (Aus) L Musetti (Ita)")
        name = m.group(1)
        out.append(_Span(m.start(1), m.end(1), name, "organisation", "evidence", surface=TEAM_WHY,
                         tokens=tuple(name.split())))  # fmt: skip
    return sorted(out, key=lambda sp: sp.start)


def listed_surnames(
    players: list[_Span], cands: list[_Mention]
) -> tuple[list[_Span], list[_Mention]]:
    """The bare surnames of ``players`` found by the notation alone, taken from the place
    candidates (a town's name, not a country's, a state's or a city's of 100,000 or more, and
    not written as a place: "in Groves, Texas"), and the candidates left. The list names the
    athlete in full once; the report names him by surname ("1. Kaden Groves (AUS) … Groves won
    the sprint": not Groves, Texas), or by the one name the scorers' line gives him ("Antony
    56" … "Antony, the £86 million signing": not Antony, France).

        >>> listed_surnames([], [])
        ([], [])
    """
    owners: dict[str, set[str]] = {}
    for sp in players:  # (a scorer named by his one word is that word: "Antony 56")
        owners.setdefault(sp.tokens[-1], set()).add(sp.entity)
    if not owners:
        return [], cands
    links: list[_Span] = []
    kept: list[_Mention] = []
    for m in cands:
        who = owners.get(m.surface)
        if who is not None and len(who) == 1 and m.ntok == 1 and _unplaced_town(m):
            entity = next(iter(who))
            if entity == m.surface:  # (one word: no surname of a full name)
                links.append(_Span(m.start, m.end, entity, "person", "evidence", _ONE_NAME_WHY,
                                   (m.surface,)))  # fmt: skip
            else:
                links.append(
                    _Span(m.start, m.end, entity, "person", "surname", tokens=(m.surface,))
                )
        else:
            kept.append(m)
    return links, kept


def results_codes(text: str, acronyms: set[str]) -> set[str]:
    """The ``acronyms`` a results list writes as its athletes' countries: three capitals written
    only in brackets after a word, twice or more ("Kelvin Kiptum (KEN)", "Ruth Chepngetich
    (KEN)"), or once where the list gives three or more nations' codes ("Kaden Groves (AUS)",
    "Tadej Pogacar (SLO)", "Wout van Aert (BEL)").

        >>> sorted(results_codes("1. Ann Lee (KEN) 2. Bo Li (CHN) 3. Cy Doe (USA)", {"KEN", "CHN", "USA"}))
        ['CHN', 'KEN', 'USA']
    """
    text = flat(text)  # (a row's notation reads across its cells' tabs)
    nations = _evidence().sport_nation_codes
    listed = nations.intersection(_CODE.findall(text))
    return {
        t
        for t in acronyms
        if len(t) == 3
        and ((c := text.count(f"({t})")) >= 2 or (c and len(listed) >= 3 and t in listed))
        and c == text.count(t)
        and re.search(rf"\w \({t}\)", text) is not None
    }


def weakly_inside(sp: _Span, listed: _Intervals) -> bool:
    """Whether a person span read by its shape or as a bare surname lies in a listed name."""
    return sp.how in ("name", "surname") and listed.overlaps(sp.start, sp.end)


def _athletes(text: str, places: frozenset[str]) -> list[tuple[int, int]]:
    """The athletes of a results list, each before a country's code in brackets (a country
    itself, as a medal table writes it, is no athlete: ``places``)."""
    if len(_ANY_CODE.findall(text)) < _ATHLETES_MIN:  # (a fast scan: most texts have none)
        return []
    # (nor a name whose initials are its bracket's letters: a wire's or a body's short form,
    # "Agence France-Presse (AFP)", "National Electoral Council (CNE)" — with the dateline
    # "CARACAS (AFP)" they made a list whose first athlete was Caracas)
    entries = [
        m
        for m in _ATHLETE.finditer(text)
        if m.group(1) not in places
        and not _initials_before(text, m.end(1), m.group()[-4:-1].upper())
    ]
    if len(entries) < _ATHLETES_MIN:
        return []
    # (a country has several athletes in a list, or the codes are all nations' codes of the
    # Olympic movement: a market report's tickers are one a firm, "Exxon Mobil (XOM), Chevron
    # (CVX), Pfizer (PFE)"; a stage's top three may come from three nations, "Kaden Groves (AUS)")
    codes = [text[m.end(1) + 2 : m.end(1) + 5].upper() for m in entries]
    if len(set(codes)) == len(codes) and not _evidence().sport_nation_codes.issuperset(codes):
        return []
    # (a round's heading that a joined line puts before the first entry is none of the name:
    # "Semi-finals C Alcaraz (Spa) bt D Medvedev (Rus)" made a person "Semi-finals C Alcaraz")
    return [
        (head.end() if (head := _ROUND_HEADING.match(text, m.start(1))) else m.start(1), m.end(1))
        for m in entries
    ]


_ROUND_HEADING = re.compile(
    r"(?:(?:Semi|Quarter)-?[Ff]inals?|Finals?|(?:First|Second|Third|Fourth) [Rr]ound|Round"
    r"|Heats?|Qualifying) (?=[A-Z])"
)


# a results list's athlete of two names or more before the country's name in brackets, as wire
# results write them ("1-Jannik Sinner (Italy) beat 8-Alex de Minaur (Australia)"), a seeding's
# number and hyphen before ("Paula Badosa (Spain) beat 3-Coco Gauff (U.S.)": Coco was a town)
# (the first capital, then the look-behinds, as _LEAD_NAME)
_ATHLETE_BY_COUNTRY = re.compile(
    r"([A-Z](?:(?<=\d-.)|(?<![\w'’-].))[\w'’-]*(?: [A-Z][\w'’-]*)?"
    rf" {_PARTICLES}[A-Z][\w'’-]*) \(([A-Z][\w.]*(?: [A-Z][\w.]*){{0,2}})\)"
)
# (tried only at the capitals of the five words before each " (" and a capital, read backwards in
# the reversed text: from the text's start it was tried at every capital, ~0.1 ms an article)
_WORDS_BEFORE_BRACKET = re.compile(r"[\w'’-]*+(?: [\w'’-]*+){0,4}")


def _athletes_with_countries(text: str) -> list[re.Match[str]]:
    """``_ATHLETE_BY_COUNTRY``'s matches, tried at the capitals of the words before each bracket."""
    rev = text[::-1]
    starts: set[int] = set()
    pos = text.find(" (")
    while pos != -1:
        if "A" <= text[pos + 2 : pos + 3] <= "Z":
            add_capitals_before(text, rev, pos, _WORDS_BEFORE_BRACKET, starts)
        pos = text.find(" (", pos + 1)
    return matches_at(_ATHLETE_BY_COUNTRY, text, starts)


def _athletes_by_country(text: str, places: frozenset[str]) -> list[tuple[int, int]]:
    """The athletes of a results list that writes each one's country in full (three of them at
    least, each of two names or more, no country itself: ``places`` holds the article's
    countries as written)."""
    if not places or text.count(" (") < _ATHLETES_MIN:
        return []
    entries = [
        m.span(1)
        for m in _athletes_with_countries(text)
        if m.group(2) in places and m.group(1) not in places
    ]
    return entries if len(entries) >= _ATHLETES_MIN else []


def _initials_before(text: str, end: int, code: str) -> bool:
    """Whether the words before ``end`` have the initials of ``code`` (as
    :func:`helpers.recognise.acronyms.initials_fit` reads them).

    >>> _initials_before("Source: Agence France-Presse", 28, "AFP")
    True
    """
    words = [w for w in _WORD.findall(text, max(0, end - 80), end) if w not in FILLERS]
    return len(words) >= len(code) and initials_fit(code, " ".join(words[-len(code) :]))


_WORD = re.compile(r"[^\W_][\w'’]*")


def _scorers(text: str) -> list[tuple[int, int]]:
    """The scorers' names of a football result: every item of the bracket or line is a name
    and its minutes ("Shearer 23, Ferdinand 56"), or none is read ("(AFP)", "(2-1 at half)")."""
    if " (" not in text and "Scorer" not in text:
        return []
    groups = [(m, False) for m in _SCORER_BRACKET.finditer(text)]
    if "Scorer" in text:
        groups += [(m, True) for m in _SCORERS_LINE.finditer(text)]
        for heading in _SCORERS_HEADING.finditer(text):
            pos = heading.end()
            for _ in range(2):  # (one line a team)
                team = _TEAM_SCORERS.match(text, pos)
                if team is None:
                    break
                groups.append((team, True))
                pos = team.end()
    out: list[tuple[int, int]] = []
    for m, headed in groups:
        start, body = m.start(1), m.group(1)
        items = [(i.start(), i.end(), i.span(1)) for i in _SCORER.finditer(body)]
        covered = sum(e - s for s, e, _ in items)
        # (the items and their separators are the whole bracket)
        if (
            items
            and covered + 2 * (len(items) - 1) >= len(body.rstrip(". ")) - 1
            # no everyday word in a bracket: "in 2010 (Table 3)", "(Article 5)" (a scorers'
            # line says what it holds: "Martial 84, 90+1 pen")
            and (headed or not any(_everyday_word(body[a:b].lower()) for _, _, (a, b) in items))
        ):
            if headed and "(" in body:
                # a heading's results with their scorers in brackets ("Scorers: Inter Milan 2
                # (Lautaro Martinez 32) Empoli 0"): the names outside the brackets are the teams
                inside = [(b.start(), b.end()) for b in _BRACKETED.finditer(body)]
                items = [it for it in items if any(s <= it[2][0] < e for s, e in inside)]
            out += [(start + a, start + b) for _, _, (a, b) in items]
    return out


_BRACKETED = re.compile(r"\([^()]*\)")


def _lineups(text: str) -> list[tuple[int, int]]:
    """The players of a football team sheet: at least eleven items, every one a name (and its
    substitute with his minute), fewer than half of them everyday words, separated by commas
    and semicolons; and a line of its substitutes ("Subs used: Delap, Nkunku, George, Tosin"),
    three names or more."""
    out: list[tuple[int, int]] = []
    for m in _LINEUP.finditer(text):
        out += _sheet_names(text, m.start(1), m.group(1), 11)
    # (the line's word first: the pattern's start, a look-behind or a line's start, was tried at
    # every character, ~0.08 ms an article)
    if "Subs" in text or "Replacements" in text:
        for m in _SUBS_LINE.finditer(text):
            out += _sheet_names(text, m.start(1), m.group(1), 3)
    return out


# a team sheet's line of substitutes, its names separated by commas ("Subs used: Delap, Nkunku,
# George, Tosin, Essugo." put George, South Africa, on a final's map)
# (or after a team's ratings, on their line: "… Di María 7. Subs: N. González 7, Lo Celso 7.")
_SUBS_LINE = re.compile(
    r"(?:^|(?<=\d\. ))(?:Subs|Substitutes|Replacements)(?: (?:used|not used|unused))?: "
    r"((?:[^\n.:;]|(?<=[ ,:][A-Z])\.){3,300})\.?$",
    re.M,
)


# a team sheet's separator, outside a substitute's brackets ("(Szoboszlai 70, 6)")
_SHEET_SEPARATOR = re.compile(r"([;,] )(?![^(]*\))")


def _sheet_names(text: str, start: int, body: str, least: int) -> list[tuple[int, int]]:
    """The players' names of a team sheet's ``body`` (at ``start``), if every item is a name
    and there are at least ``least`` of them."""
    names: list[tuple[int, int]] = []
    pos = 0
    for piece in _SHEET_SEPARATOR.split(body):
        if piece in ("; ", ", "):
            pos += 2
            continue
        item = _LINEUP_ITEM.fullmatch(piece)
        if item is None:
            return []
        names += [
            (start + pos + a, start + pos + b) for a, b in (item.span(1), item.span(2)) if a >= 0
        ]
        pos += len(piece)
    # (surnames may be everyday words, "Pope", "Burn", "Cash": not most of them)
    if len(names) >= least and 2 * sum(_everyday_word(text[a:b].lower()) for a, b in names) < len(
        names
    ):
        return names
    return []


_ONE_NAME_WHY = "the one name a scorers' line or a scoreboard gives a player in this article"
TEAM_WHY = "a team after its athlete's nation code in a results list ('Tadej Pogacar (SLO) UAE Team Emirates')"
_WHY = (
    "a player in a scoreboard's or a results list's notation ('c Jayasuriya b Vaas', "
    "'Vaas 10-1-30-1', 'Shearer 23', 'Sifan Hassan (NED)')"
)
