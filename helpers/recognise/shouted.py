"""Names written in capitals: one reading with the same name written in ordinary case.

Part of stage 2 (recognise), run once per article at the end of the pass. Wire copy and scraped
pages shout their headlines ("SOCCER - LEEDS BEAT EVERTON", "CLINTON SAYS NATO MUST EXPAND"): the
capitals there say nothing about what a word is, so the rules before read such a word as a town
("LEEDS", "RUGBY") or as nothing ("CLINTON"). The body of the article writes the same names in
ordinary case and types them; a shouted name takes that type, as any other mention of the name
does (one reading per name per article):

* a word or a run of words in capitals that the article writes elsewhere in ordinary case as one
  person or organisation, and never as a place, is that name ("LEEDS" of "Leeds United … beat
  Leeds 2-1", "CLINTON" of "Bill Clinton"); a bare surname counts only when it is no everyday word
  ("YOUNG PEOPLE" stays apart from Neil Young) or the article also uses it bare;
* a shouted everyday word of a headline is no town unless the article places it ("RUGBY UNION -"
  is no Rugby, Warwickshire); countries, states and datelines keep their reading;
* a shouted name the article writes in ordinary case as a place is that place, where the rules
  read nothing there or an acronym of their own ("MAIA 2026-11-27 … in Maia, Portugal").

Acronyms keep their reading (the article writes them in capitals too, so no ordinary-case name
matches), but for a word of a headline of three shouted words or more that the rules read as an
acronym and the article never writes again ("BASQUE DERBY TO GO TOP"): that is no acronym.

    >>> from helpers.recognise import recognise
    >>> text = "CLINTON VISITS OHIO .\\nPresident Bill Clinton flew to Ohio ."
    >>> [(s.surface, s.type) for s in recognise(text)][:2]                  # doctest: +SKIP
    [('CLINTON', 'person'), ('OHIO', 'place')]
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections.abc import Callable, KeysView

from helpers.recognise.names import _bare_forms, _cues, _everyday_word, _Intervals, _Span
from helpers.recognise.org_evidence import _evidence
from helpers.recognise.places import _DATELINE, _STRICT_CONTEXT, _Mention

__all__ = ["BYLINE_WHY", "WHY", "shouted_byline", "shouted_names"]

WHY = "written in capitals; the article names it so in ordinary case"
BYLINE_WHY = "a reporter of a byline written in capitals ('By ANA RUIZ and …')"

# a word in capitals: two capitals or more, with inner apostrophes, hyphens, dots or "&"
# ("O'NEILL", "AL-AIN", "AT&T"); a possessive "'S" is cut off after the match
# (the first capital, then a look-ahead for a second, before the look-behind: the engine skips to
# the next capital in C, and rejects "Xxxx" at once; 3× faster than the look-behind first)
_SHOUTED = re.compile(r"[A-Z](?=[A-Z'’&.-])(?<![\w'’&.-].)[A-Z'’&.-]*[A-Z](?![\w&])")
# words in the longest shouted name looked up ("MARINE ENERGY WALES ANNUAL CONFERENCE")
_LONGEST = 6
# a dateline's town after it: a dash, an agency in brackets or a comma ("HOUSTON (AP) -",
# "CLINTON —", "FALLS VILLAGE—", "LONDON, March 3", "LONDON 1996-08-30")
# (not a team's formation: "PARIS SAINT-GERMAIN (4-3-3): Donnarumma; …")
_DATELINE_AFTER = re.compile(r" ?[—–-]| \((?!\d)|,| \d{4}-\d\d-\d\d\b")
# place kinds a shouted word keeps: a headline names countries and states as it does in the body
_KEPT_KINDS = frozenset({"country", "admin area", "continent", "region", "demonym"})


def _shouted_runs(text: str) -> list[list[tuple[int, int]]]:
    """The runs of words in capitals, each word as (start, end); one space joins a run."""
    runs: list[list[tuple[int, int]]] = []
    for mt in _SHOUTED.finditer(text):
        s, e = mt.span()
        if text[e - 2 : e] in ("'S", "’S"):
            e -= 2
        if e - s < 2:
            continue
        if runs and runs[-1][-1][1] + 1 == s and text[s - 1] == " ":
            runs[-1].append((s, e))
        else:
            runs.append([(s, e)])
    return runs


def shouted_names(
    text: str, people_orgs: list[_Span], cands: list[_Mention]
) -> tuple[list[_Span], list[_Mention]]:
    """The article's spans and place candidates with its shouted names read as the article reads
    them in ordinary case (see the module's doc).

        >>> from helpers.recognise.names import _Span
        >>> text = "CLINTON WINS\\nBill Clinton won."
        >>> po = [_Span(13, 25, "Bill Clinton", "person", "name", tokens=("Bill", "Clinton"))]
        >>> [(sp.start, sp.end, sp.entity) for sp in shouted_names(text, po, [])[0]]
        [(0, 7, 'Bill Clinton'), (13, 25, 'Bill Clinton')]
    """
    runs = _shouted_runs(text)
    if runs and people_orgs:
        # most shouted words are acronyms the rules read: a lone one keeps a reading that is not
        # an acronym of the rules' own (no rule below changes it), so it is looked at no further
        how_at = {(sp.start, sp.end): sp.how for sp in people_orgs}
        runs = [r for r in runs if len(r) > 1 or how_at.get(r[0], "acronym") == "acronym"]
    if not runs:
        return people_orgs, cands
    # the names the article writes in ordinary case, by their lower-case form
    written: dict[str, set[tuple[str, str]]] = {}
    bare: dict[str, set[str]] = {}
    cues = _cues()
    for sp in people_orgs:
        surface = text[sp.start : sp.end]
        if surface.isupper() or sp.ambiguous or sp.kind not in ("person", "organisation"):
            continue
        written.setdefault(surface.lower(), set()).add((sp.kind, sp.entity))
        if sp.kind == "person" and len(sp.tokens) >= 2:
            for form in _bare_forms(sp.entity, cues):
                bare.setdefault(form.lower(), set()).add(sp.entity)
    # the places the article writes in ordinary case, by lower-case name (first mention)
    places_of: dict[str, _Mention] = {}
    for m in cands:
        if not m.surface.isupper():
            places_of.setdefault(m.surface.lower(), m)
    placed = places_of.keys()
    read = _Intervals([(sp.start, sp.end) for sp in people_orgs])
    # (a shouted word the rules read keeps its reading: "Thabo MBEKI", "Benedict XVI", an
    # acronym "ISIS"; so does a dateline's town; but not an acronym's reading of one word of a
    # longer name the body writes: "INTER MILAN (3-5-2)" over a team sheet was "INTER" and Milan)
    acronyms = {
        (sp.start, sp.end) for sp in people_orgs if sp.how == "acronym" and len(sp.tokens) == 1
    }
    found = [
        sp
        for run in runs
        for sp in _read_run(text, run, written, bare, placed)
        if not _DATELINE_AFTER.match(text, sp.end)
        and (
            not read.overlaps(sp.start, sp.end)
            or (len(sp.tokens) > 1 and _only_acronyms_in(acronyms, people_orgs, sp))
        )
    ]
    headlines = [(run[0][0], run[-1][1]) for run in runs if len(run) >= 2]
    # places the article writes in ordinary case, and the rules read in capitals as nothing or as
    # an acronym it never defines ("MAIA 2026-11-27 … in Maia, Portugal")
    if places_of:
        people_orgs, cands = _shouted_places(text, runs, places_of, people_orgs, cands)
    if not found and not headlines:
        return people_orgs, cands
    # a headline's shouted word is no acronym the article uses nowhere else ("BASQUE DERBY TO
    # GO TOP"): a headline of three words or more is no place to define one
    long_headlines = [(run[0][0], run[-1][1]) for run in runs if len(run) >= 3]
    if long_headlines:
        people_orgs = _without_headline_acronyms(text, people_orgs, long_headlines)

    covered = _Intervals([(sp.start, sp.end) for sp in found]).overlaps
    inside = _Within(headlines).holds

    kept = [
        m for m in cands if not covered(m.start, m.end) and not _headline_word(m, placed, inside)
    ]
    if found:
        people_orgs = sorted(
            [sp for sp in people_orgs if not covered(sp.start, sp.end)] + found,
            key=lambda sp: (sp.start, -sp.end),
        )
    return people_orgs, kept


def _only_acronyms_in(acronyms: set[tuple[int, int]], people_orgs: list[_Span], sp: _Span) -> bool:
    """Whether every reading ``sp`` overlaps is a one-word acronym's (``acronyms``) that lies
    inside it."""
    return bool(acronyms) and all(
        (o.start, o.end) in acronyms and sp.start <= o.start and o.end <= sp.end
        for o in people_orgs
        if o.start < sp.end and sp.start < o.end
    )


def _shouted_places(
    text: str,
    runs: list[list[tuple[int, int]]],
    places_of: dict[str, _Mention],
    people_orgs: list[_Span],
    cands: list[_Mention],
) -> tuple[list[_Span], list[_Mention]]:
    """The place candidates with each shouted name the article writes in ordinary case as a
    place, where the rules read nothing there or only an acronym of their own (not one the
    entity table or the training news knows): the same place, with the same senses."""
    added: list[_Mention] = []
    dropped: set[int] = set()
    taken = _Intervals([(m.start, m.end) for m in cands])
    starts = [sp.start for sp in people_orgs]
    for run in runs:
        # a dateline's town before its state ("RIDGE FARM, Ill."): the whole run or nothing
        whole = text[run[-1][1] : run[-1][1] + 1] == ","
        i = 0
        while i < len(run):
            step = 1
            for j in range(min(len(run), i + _LONGEST), i, -1):
                s, e = run[i][0], run[j - 1][1]
                body = places_of.get(text[s:e].lower())
                if body is None or (whole and (i > 0 or j < len(run))):
                    continue
                if taken.overlaps(s, e):
                    break  # read as a place already
                over = _overlapping(starts, people_orgs, s, e)
                if any(
                    people_orgs[x].how != "acronym"
                    or people_orgs[x].start < s
                    or people_orgs[x].end > e
                    for x in over
                ):
                    break  # a name the rules have reasons for
                # (no token position: the rules that read one have run)
                added.append(
                    _Mention(s, e, -1, j - i, body.key, text[s:e], body.senses, None, None)
                )
                dropped.update(over)
                step = j - i
                break
            i += step
    if not added:
        return people_orgs, cands
    return (
        [sp for x, sp in enumerate(people_orgs) if x not in dropped],
        sorted([*cands, *added], key=lambda m: (m.start, -m.end)),
    )


def _read_run(
    text: str,
    run: list[tuple[int, int]],
    written: dict[str, set[tuple[str, str]]],
    bare: dict[str, set[str]],
    placed: KeysView[str],
) -> list[_Span]:
    """The names in one run of shouted words, longest first from each word."""
    out: list[_Span] = []
    i = 0
    while i < len(run):
        step = 1
        for j in range(min(len(run), i + _LONGEST), i, -1):
            s, e = run[i][0], run[j - 1][1]
            key = text[s:e].lower()
            if key in placed:
                break  # the article writes it as a place too: the rules' reading stands
            readings = written.get(key)
            if readings is None and j == i + 1 and key in bare and not _everyday_word(key):
                people = bare[key]
                readings = {("person", next(iter(people)))} if len(people) == 1 else None
            if readings is not None and len(readings) == 1:
                kind, entity = next(iter(readings))
                out.append(_Span(s, e, entity, kind, "shouted", tokens=tuple(text[s:e].split())))
                step = j - i
                break
        i += step
    return out


def _without_headline_acronyms(
    text: str, people_orgs: list[_Span], headlines: list[tuple[int, int]]
) -> list[_Span]:
    within = _Within(headlines).holds
    inside: dict[str, int] = {}
    for sp in people_orgs:
        if sp.how == "acronym" and within(sp.start, sp.end):
            word = text[sp.start : sp.end]
            inside[word] = inside.get(word, 0) + 1
    if not inside:
        return people_orgs
    alone = {word for word, n in inside.items() if text.count(word) <= n}
    return [
        sp
        for sp in people_orgs
        if not (
            sp.how == "acronym" and text[sp.start : sp.end] in alone and within(sp.start, sp.end)
        )
    ]


class _Within:
    """Disjoint, sorted spans (the headlines' runs); does one of them hold [s, e)?"""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans
        self.starts = [a for a, _ in spans]

    def holds(self, s: int, e: int) -> bool:
        i = bisect_right(self.starts, s) - 1
        return i >= 0 and e <= self.spans[i][1]


def _overlapping(starts: list[int], spans: list[_Span], s: int, e: int) -> list[int]:
    """The positions of the disjoint, sorted spans that reach into [s, e)."""
    i = max(bisect_right(starts, s) - 1, 0)
    out = []
    while i < len(spans) and spans[i].start < e:
        if spans[i].end > s:
            out.append(i)
        i += 1
    return out


def _headline_word(m: _Mention, placed: KeysView[str], inside: Callable[[int, int], bool]) -> bool:
    """Whether a place candidate is a shouted everyday word of a headline ("RUGBY UNION -") that
    the article writes nowhere else as a place, and no country, state or dateline."""
    return (
        m.ntok == 1
        and len(m.surface) >= 3
        and m.surface.isupper()
        and not m.context & (_DATELINE | _STRICT_CONTEXT)
        and m.senses[0][1].kind not in _KEPT_KINDS
        and m.surface.lower() not in placed
        and (_everyday_word(m.surface.lower()) or m.surface.lower() in _sport_words())
        and inside(m.start, m.end)
    )


@functools.cache
def _sport_words() -> frozenset[str]:
    """The sport words (lower case) of org_evidence.toml: a wire headline's slug ("RUGBY UNION -")."""
    return frozenset(w.lower() for w in _evidence().sport_gate)


# a wire byline in capitals at a line's start: "By ELENA MARQUINA and DAVID ROURKE" (AP style)
# (Central European capitals too: "RASA JUODKAITĖ Associated Press" was an acronym "RASA")
_CAPITALS_EXTENDED = "".join(c for c in map(chr, range(0x100, 0x180)) if c.isupper())
_NAME_CAPS = rf"[A-Z][A-ZÀ-ÖØ-Þ{_CAPITALS_EXTENDED}'’.-]+(?: [A-Z][A-ZÀ-ÖØ-Þ{_CAPITALS_EXTENDED}'’.-]+){{1,3}}"
# (the "B" first, then the look-behind for the line's start: the engine skips to the next "B" in
# C, where a line's start first was tried at every character; the match no longer holds the
# line's break, and only its groups are read)
_BYLINE = re.compile(rf"B(?:(?<=^B)|(?<=\nB))y ({_NAME_CAPS})(?:,? and ({_NAME_CAPS}))?(?![\w'’-])")
# ... and without "By", before the wire's name on the line ("HAYDER AL-RUBAIE Associated Press":
# "HAYDER" was an acronym, the rest nothing); read near the top only
_BYLINE_WIRE = re.compile(
    rf"^({_NAME_CAPS})(?:,? and ({_NAME_CAPS}))?,? (?:The )?(?:Associated Press|Reuters|Bloomberg)"
    r"[ \t]*$",
    re.M,
)
_BYLINE_WIRE_REACH = 600  # characters: a page's top


def shouted_byline(
    text: str, people_orgs: list[_Span], cands: list[_Mention]
) -> tuple[list[_Span], list[_Mention]]:
    """The reporters of a byline written in capitals are people ("By ELENA MARQUINA and DAVID
    ROURKE" gave Elena, a town in Bulgaria, and two acronyms; "HAYDER AL-RUBAIE Associated
    Press" an acronym "HAYDER"), named in ordinary case.

        >>> spans, _ = shouted_byline("By ANA RUIZ\\nText.", [], [])
        >>> [(s.entity, s.kind) for s in spans]
        [('Ana Ruiz', 'person')]
    """
    top = min(len(text), _BYLINE_WIRE_REACH)
    bylines = [*_BYLINE.finditer(text)] if "By " in text else []
    wire = [*_BYLINE_WIRE.finditer(text, 0, top)] if " Press" in text else []
    if not bylines and not wire:  # (most articles have no such line)
        return people_orgs, cands
    found: list[_Span] = []
    for m in (*bylines, *wire):
        for g in (1, 2):
            if m.group(g) is None:
                continue
            s, e = m.span(g)
            words = text[s:e].split(" ")
            # (each hyphened part capitalised: "AL-RUBAIE" is "Al-Rubaie")
            name = " ".join("-".join(p[:1] + p[1:].lower() for p in w.split("-")) for w in words)
            found.append(_Span(s, e, name, "person", "byline", tokens=tuple(words)))
    if not found:
        return people_orgs, cands
    taken = _Intervals([(sp.start, sp.end) for sp in found])
    people_orgs = [sp for sp in people_orgs if not taken.overlaps(sp.start, sp.end)]
    cands = [m for m in cands if not taken.overlaps(m.start, m.end)]
    return sorted([*people_orgs, *found], key=lambda sp: (sp.start, -sp.end)), cands
