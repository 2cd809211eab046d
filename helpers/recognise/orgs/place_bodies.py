"""A place's name that stands for a body: a seat of government that speaks or acts, and a US
state's or town's name before "State" (its university or the university's team).

Part of :mod:`helpers.recognise.orgs`, asked by :func:`~helpers.recognise.orgs.find.organisations`
("the White House said", "Ohio State beat Michigan").
"""

from __future__ import annotations

import re

from helpers.gazetteer import TOWN_KINDS
from helpers.recognise.org_evidence import _Evidence
from helpers.recognise.places import _IN, _Mention

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
            and sense.kind in TOWN_KINDS
        ):
            out.append((m.start, e, "school"))
    return out
