"""Tables: a plain-text table's rows, whose cells cleaning parts with one tab each.

Part of :mod:`helpers.recognise`. Cleaning (:mod:`helpers.clean`) writes a table's column gap as one
tab, so the words of two cells never read as one name ("1  Max Verstappen   Red Bull" is no person
"Max Verstappen Red Bull"): the tokenizer joins names across one space only. The rules written for a
row's notation (a box score's "Heim c 4 1 1 1 0 1", a results row's "1 44 Lewis Hamilton Mercedes")
read it with its tabs as spaces: the same offsets, one character for one.

    >>> flat("Heim c\\t4\\t1")
    'Heim c 4 1'

A column holds one kind of thing (:func:`typed_columns`). Where its heading says bodies ("Party",
"Alliance", "Team") or most of its names are organisations the recogniser knows, its other names
are organisations too, and so are their bare mentions in the prose ("Alpine" and "Haas" below
"Ferrari", "McLaren" and "Mercedes"; "Alpine's Esteban Ocon"); a body's name with its qualifier in
brackets is one ("Janata Dal (United)"). Where its heading says people ("Leader", "Driver",
"Jockey") or most of its names are people named in full, a cell shaped as a person's name is a
person whatever a weaker rule read ("Nigel Dawkes" among councillors, a team's name to a sport
rule; "Santiago Abascal" under "Leader", a Chilean city). A results code is no part of the name
after it (:func:`row_codes`: "Ret Kevin Magnussen"), and a headings' row holds no acronyms of
bodies (:func:`heading_words`: "AB R H BI BB SO").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from itertools import pairwise
from typing import NamedTuple

from helpers.recognise.names import _cues, _Intervals, _Span
from helpers.recognise.places import _Mention
from helpers.recognise.span_records import renamed_entities

__all__: list[str] = []  # (the recogniser's modules import the private names)

ORG_COLUMN_WHY = "in a table's column of organisations"
PERSON_COLUMN_WHY = "in a table's column of people"
# a column is one of organisations when this many of its names are read so, whole, and they are
# at least this share of its names
_COLUMN_MIN = 3
_COLUMN_SHARE = 0.5
# a cell that is a name: capitalised words, no digits, no brackets ("Aston Martin", "RB")
_NAME_CELL = re.compile(r"[A-Z][\w'’.&-]*(?: (?:[A-Z&][\w'’.&-]*|of|and|the|de|du|la|le)){0,4}")
# a column's words that name no body although they stand among bodies ("Independent" among
# parties, "Others" in a seats table)
_NO_BODY = frozenset({"Independent", "Independents", "Ind", "Other", "Others", "None", "Total",
                      "Totals", "Vacant", "Speaker", "Spoilt", "Turnout", "Electorate"})  # fmt: skip


# a column's heading that says its names are bodies, or people
_BODY_HEADINGS = frozenset({"Party", "Parties", "Team", "Club", "Constructor", "Entrant",
                            "Affiliation", "Franchise", "Alliance", "Bloc", "Coalition"})  # fmt: skip
_PERSON_HEADINGS = frozenset({"Leader", "Driver", "Rider", "Player", "Jockey", "Candidate",
                              "Councillor", "Athlete", "Name", "Captain", "Coach", "Manager",
                              "Winner", "Runner-up", "Skipper", "Nominee"})  # fmt: skip


# the headings of a table's columns that name no body nor people (a first row holding one, or
# one of theirs, is the headings' row)
_HEADINGS = frozenset({"Pos", "Pos.", "No", "No.", "Rank", "Ward", "Division", "Constituency",
                       "Seat", "Seats", "Vote", "Votes", "Result", "Time", "Pts", "Points",
                       "Total", "Change", "Horse", "Trainer", "Country", "Nation", "State",
                       "Region", "Round", "Score"})  # fmt: skip
_HEADINGS |= _BODY_HEADINGS | _PERSON_HEADINGS
# a figure's first character: a cell that starts so is a row's, no heading
_FIGURE_START = frozenset("0123456789+-−–.")


class _Cell(NamedTuple):
    """One cell of a table's row: where it is and what it says."""

    start: int
    end: int
    text: str


def flat(text: str) -> str:
    """``text`` with its tabs as spaces (same length, same offsets)."""
    return text.replace("\t", " ") if "\t" in text else text


def _tables(text: str) -> list[list[list[_Cell]]]:
    """The tables of ``text``: runs of three or more rows (lines with tabs) with nothing but blank
    lines between them, each row as its cells.

        >>> t = "Team\\tPts\\n\\nFerrari\\t25\\n\\nHaas\\t0\\n\\nAfter the race"
        >>> [[c.text for c in row] for row in _tables(t)[0]]
        [['Team', 'Pts'], ['Ferrari', '25'], ['Haas', '0']]
    """
    tables: list[list[list[_Cell]]] = []
    rows: list[list[_Cell]] = []
    at = 0
    for line in text.split("\n"):
        if "\t" in line:
            cells, pos = [], at
            for part in line.split("\t"):
                cells.append(_Cell(pos, pos + len(part), part))
                pos += len(part) + 1
            rows.append(cells)
        elif line.strip():
            if len(rows) >= 3:
                tables.append(rows)
            rows = []
        at += len(line) + 1
    if len(rows) >= 3:
        tables.append(rows)
    return tables


def _headings_row(rows: list[list[_Cell]]) -> bool:
    """Whether a table's first row holds its columns' headings: no cell of it starts with a
    figure, and a later row's cell does or one of its cells is a column's usual heading (a vote
    table's rows hold no figures: its first councillor was read as a heading)."""
    if any(cell.text.lstrip()[:1] in _FIGURE_START for cell in rows[0]):
        return False
    return any(cell.text.strip() in _HEADINGS for cell in rows[0]) or any(
        cell.text.lstrip()[:1] in _FIGURE_START for row in rows[1:] for cell in row
    )


def _columns(rows: list[list[_Cell]]) -> list[tuple[str, list[_Cell]]]:
    """A table's columns, each with its heading ("" without one): its rows' cells aligned from the
    right (a row's first cells run together where its writer left a gap of fewer spaces: "Ret
    Esteban Ocon" under "Pos" and "Driver"). A first row with no figures is the headings' row
    ("Change from 2019" is a heading) above rows with figures, or holding a column's usual heading
    ("Councillor", "Party", "Ward", "Vote"), read only where it is as wide as the widest row.

        >>> t = "Name\\tParty\\n\\nAnn Lee\\tLabour\\n\\nBo Li\\tGreen\\n\\nCy Doe\\tLabour"
        >>> [(heading, [c.text for c in cells]) for heading, cells in _columns(_tables(t)[0])]
        [('Party', ['Labour', 'Green', 'Labour']), ('Name', ['Ann Lee', 'Bo Li', 'Cy Doe'])]
    """
    header: list[_Cell] = []
    if _headings_row(rows):
        header, rows = rows[0], rows[1:]
    width = max(map(len, rows))
    if len(header) != width:
        header = []
    return [
        (header[-k].text.strip() if header else "", [row[-k] for row in rows if len(row) >= k])
        for k in range(1, width + 1)
    ]


# a name written whole elsewhere in the text: not inside a word, nor a word's start before an
# apostrophe other than a possessive's
_WHOLE = r"(?<![\w'’&-]){}(?![\w&-]|['’][a-rt-z])"


def typed_columns(
    text: str, people_orgs: list[_Span], cands: list[_Mention]
) -> tuple[list[_Span], list[_Mention]]:
    """``people_orgs`` and ``cands`` with a table's columns read as one kind each (see the module
    docstring): every name of a column of organisations an organisation, and the same names
    written elsewhere; every name of a column of people a person. The same spans and candidates
    without a table.

        >>> t = "Ferrari\\t25\\n\\nMcLaren\\t18\\n\\nMercedes\\t10\\n\\nHaas\\t0\\n\\nHaas's driver"
        >>> known = [_Span(t.find(n), t.find(n) + len(n), n, "organisation", "known")
        ...          for n in ("Ferrari", "McLaren", "Mercedes")]
        >>> [(sp.entity, sp.start) for sp in typed_columns(t, known, [])[0]][3:]
        [('Haas', 37), ('Haas', 45)]
    """
    if "\t" not in text:
        return people_orgs, cands
    whole = {(sp.start, sp.end): sp for sp in people_orgs}
    found: list[_Cell] = []
    people: list[_Span] = []
    for rows in _tables(text):
        for heading, column in _columns(rows):
            names = [c for c in map(_stripped, column) if _NAME_CELL.fullmatch(c.text)]
            read = [whole.get((c.start, c.end)) for c in names]
            if heading in _PERSON_HEADINGS or (
                heading not in _BODY_HEADINGS and _mostly(read, _named_in_full, len(names))
            ):
                people += _people_in_column(names, read)
            elif heading in _BODY_HEADINGS or _mostly(read, _body, len(names)):
                found += [
                    c for c, sp in zip(names, read, strict=True)
                    if c.text not in _NO_BODY
                    # (a person named in full stays one: a trainer among training partnerships)
                    and (sp is None or (sp.kind == "person" and len(sp.tokens) == 1))
                ]  # fmt: skip
                found += _qualified_bodies(column)
    if people:
        held = _Intervals([(sp.start, sp.end) for sp in people])
        people_orgs = [sp for sp in people_orgs if not held.overlaps(sp.start, sp.end)]
        people_orgs = sorted([*people_orgs, *people], key=lambda sp: (sp.start, -sp.end))
        cands = [m for m in cands if not held.overlaps(m.start, m.end)]
    if not found:
        return people_orgs, cands
    bodies = {c.text for c in found}
    named = _Intervals([(sp.start, sp.end) for sp in people_orgs])
    # ... and the same name written elsewhere is the body's too, where nothing else reads it or
    # only a weak reading of that word alone: "Alpine's Esteban Ocon", "for Williams"
    pattern = re.compile(
        _WHOLE.format("(?:" + "|".join(map(re.escape, sorted(bodies, key=len, reverse=True))) + ")")
    )
    whole = {(sp.start, sp.end): sp for sp in people_orgs}
    at = {(c.start, c.end) for c in found}
    for m in pattern.finditer(text):
        if (m.start(), m.end()) in at:
            continue
        sp = whole.get((m.start(), m.end()))
        if (sp is None and not named.overlaps(m.start(), m.end())) or (
            sp is not None and sp.kind == "person" and sp.how == "name" and len(sp.tokens) == 1
        ):
            found.append(_Cell(m.start(), m.end(), m[0]))
            at.add((m.start(), m.end()))
    taken = _Intervals(sorted(at))
    kept = [sp for sp in people_orgs if not taken.overlaps(sp.start, sp.end)]
    new = [
        _Span(c.start, c.end, c.text, "organisation", "evidence", surface=ORG_COLUMN_WHY,
              tokens=tuple(c.text.split()))
        for c in found
    ]  # fmt: skip
    cands = [m for m in cands if not taken.overlaps(m.start, m.end)]
    return sorted([*kept, *new], key=lambda sp: (sp.start, -sp.end)), cands


# a body's name and its qualifier in brackets, one name: "Janata Dal (United)", "Shiv Sena (UBT)",
# "NCP (Sharadchandra Pawar)"
_QUALIFIED_CELL = re.compile(
    rf"(?P<name>{_NAME_CELL.pattern}) \((?P<qualifier>[A-Z][^()]{{0,40}})\)"
)


def _qualified_bodies(column: list[_Cell]) -> list[_Cell]:
    """The cells of a column of bodies that are a name and its qualifier in brackets, each one
    body's name; not a name and its capitals: an acronym ("Popular Party (PP)": the text defines
    "PP") or a country's code ("Willie Mullins (IRE)", a trainer among training partnerships).

        >>> cells = [_Cell(0, 19, "Janata Dal (United)"), _Cell(20, 38, "Popular Party (PP)")]
        >>> [c.text for c in _qualified_bodies(cells)]
        ['Janata Dal (United)']
    """
    out: list[_Cell] = []
    for cell in map(_stripped, column):
        m = _QUALIFIED_CELL.fullmatch(cell.text)
        if m is not None and not m["qualifier"].isupper():
            out.append(cell)
    return out


def _mostly(read: list[_Span | None], kind: Callable[[_Span], bool], names: int) -> bool:
    """Whether enough of a column's names are read whole as ``kind``: three or more, and half or
    more of its names."""
    n = sum(sp is not None and kind(sp) for sp in read)
    return n >= _COLUMN_MIN and n >= _COLUMN_SHARE * names


def _body(sp: _Span) -> bool:
    return sp.kind == "organisation"


def _named_in_full(sp: _Span) -> bool:
    return sp.kind == "person" and len(sp.tokens) >= 2


# a person's name as a cell writes it: two to four capitalised words or initials ("M.K. Stalin",
# "Mertxe Aizpurua", "Alberto Núñez Feijóo"), a particle between them ("Faf de Klerk")
_PERSON_CELL = re.compile(
    r"[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|de|da|do|dos|du|van|von|der|den|del|la|le|al|bin|ibn)){1,3}"
)
# the readings a column of people outweighs: the sport rules' and the model's (not a known
# organisation, nor one the text defines)
_WEAK_BODY = frozenset({"evidence", "model"})


def _people_in_column(names: list[_Cell], read: list[_Span | None]) -> list[_Span]:
    """The person spans of a column of people: its cells that are a person's name in shape and
    that no rule read whole as a person, nor as an organisation it knows ("Nigel Dawkes" among
    councillors, which a sport rule read as Nigel's team; "Santiago Abascal" under "Leader", whose
    first name was a town)."""
    org_words = _cues().org_words
    out: list[_Span] = []
    for cell, sp in zip(names, read, strict=True):
        if sp is not None and (sp.kind == "person" or sp.how not in _WEAK_BODY):
            continue
        words = cell.text.split(" ")
        if not _PERSON_CELL.fullmatch(cell.text) or any(w in org_words for w in words):
            continue
        out.append(
            _Span(cell.start, cell.end, cell.text, "person", "evidence",
                  surface=PERSON_COLUMN_WHY, tokens=tuple(words))
        )  # fmt: skip
    return out


def heading_words(text: str) -> set[str]:
    """The words of a table's headings' rows: a row of one-word cells and no digits above a row
    with digits ("TEXAS\\tAB\\tR\\tH\\tBI\\tBB\\tSO" over a batter's figures), whose capitals
    are its columns' names, no acronyms of bodies ("BB" is bases on balls).

        >>> sorted(heading_words("TEXAS\\tAB\\tBB\\nHeim c\\t4\\t1"))
        ['AB', 'BB', 'TEXAS']
    """
    words: set[str] = set()
    lines = [line for line in text.split("\n") if line]
    for line, below in pairwise(lines):
        cells = line.split("\t")
        if (
            len(cells) >= 3
            and "\t" in below
            and all(cell and " " not in cell for cell in cells)
            and not any(ch.isdigit() for ch in line)
            and any(ch.isdigit() for ch in below)
        ):
            words.update(cells)
    return words


# a results row's code for a finish it lacks, before the name in the row's first cell ("Ret
# Kevin Magnussen\tHaas\t0\tCollision")
_NO_FINISH = frozenset({"Ret", "DNF", "DNS", "DSQ", "DNQ", "NC", "DQ", "WD"})


def row_codes(text: str, people_orgs: list[_Span]) -> list[_Span]:
    """``people_orgs`` with a person's name that opens a table's row after a results code
    (:data:`_NO_FINISH`) read without the code, and the spans linked to it renamed too.

        >>> t = "Ret Kevin Magnussen\\tHaas\\t0\\n\\nMagnussen"
        >>> sp = [_Span(0, 19, "Ret Kevin Magnussen", "person", "name",
        ...             tokens=("Ret", "Kevin", "Magnussen")),
        ...       _Span(30, 39, "Ret Kevin Magnussen", "person", "surname", tokens=("Magnussen",))]
        >>> [(s.start, s.entity) for s in row_codes(t, sp)]
        [(4, 'Kevin Magnussen'), (30, 'Kevin Magnussen')]
    """
    if "\t" not in text:
        return people_orgs
    renamed: dict[str, str] = {}
    out: list[_Span] = []
    for sp in people_orgs:
        if (
            sp.kind == "person"
            and len(sp.tokens) >= 3
            and sp.tokens[0] in _NO_FINISH
            and text.startswith(sp.tokens[0] + " ", sp.start)
            and (sp.start == 0 or text[sp.start - 1] == "\n")
            and "\t" in text[sp.end : text.find("\n", sp.end) % (len(text) + 1)]
        ):
            start = sp.start + len(sp.tokens[0]) + 1
            name = text[start : sp.end]
            renamed[sp.entity] = name
            sp = replace(sp, start=start, entity=name, tokens=sp.tokens[1:])
        out.append(sp)
    return renamed_entities(out, renamed) if renamed else people_orgs


def _stripped(cell: _Cell) -> _Cell:
    """The cell without the spaces around its words."""
    text = cell.text.strip()
    start = cell.start + cell.text.find(text[:1]) if text else cell.start
    return _Cell(start, start + len(text), text)
