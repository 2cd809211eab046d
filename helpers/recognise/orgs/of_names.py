"""An organisation word alone before its "of", "on" or Romance "de" name.

Part of :mod:`helpers.recognise.orgs`, asked by :func:`~helpers.recognise.orgs.find.organisations`:
"Bank of England", "Ministry of Defence", "Australian League of Rights", "Intergovernmental
Panel on Climate Change", "Cámara de Industria, Comercio y Servicios"; and whether a place
lies inside such a name (a town from :data:`_TOWN_MIN_POP` people, a country, state or region).
"""

from __future__ import annotations

import re
from itertools import compress
from typing import Any

from helpers.recognise.name_reach import _MAJOR_KINDS, _OF_FOR, _everyday_cap
from helpers.recognise.names import _cues, _Words
from helpers.recognise.org_evidence import _Evidence, _run_end, _run_start
from helpers.recognise.places import _Mention

# a town from this size up stays a place inside an institution's name (also overlaps._trim_civic's)
_TOWN_MIN_POP = 10_000


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


def _place_inside(cands: list[_Mention], s: int, e: int) -> bool:
    """Whether a country, state or region, or a town of 10,000 people or more lies in [s, e)."""
    return any(
        s <= m.start
        and m.end <= e
        and m.senses[0][1].kind != "demonym"
        and (m.senses[0][1].kind in _MAJOR_KINDS or m.senses[0][1].population >= _TOWN_MIN_POP)
        for m in cands
    )
