"""Wire datelines: the town in capitals that opens a wire story's line ("LIMA (Reuters) -").

Part of :mod:`helpers.recognise`, run on the place candidates of :mod:`.places` before its rules
filter them: the case rules refuse a short name in capitals ("LIMA" could be an acronym), but at
the head of a dateline capitals are how the wires write the town.
"""

from __future__ import annotations

import re
from typing import Any

from helpers.gazetteer import Gazetteer
from helpers.recognise.place_scan import _Mention, _next_word, _scan
from helpers.recognise.places import _DATELINE

__all__ = ["with_datelines"]


# A wire dateline: a line that opens with a town's name in capitals, then ", Country", "(Agency)",
# a dash or the date as the wire's archive writes it — "LIMA (Reuters) -", "BAKU, Azerbaijan (AP)
# —", "NEW DELHI —", "LONDON 1996-08-30". The town is group 1.
# (capitals with accents too: "UMEÅ", "SÃO PAULO", "ŁÓDŹ")
_UPPER = "A-ZÀ-ÖØ-ÞŁŚŹŻĆŃĘĄŠŽČŘĎŤŇĚŮŐŰĞŞİ"
_TOWN_CAPS = rf"[{_UPPER}][{_UPPER}.'\-]*(?: [{_UPPER}][{_UPPER}.'\-]*){{0,3}}"
_DATELINE_TOWN = (
    rf"[ \t]*({_TOWN_CAPS})"  # the town
    # (the wire's other towns after a slash: "NEW YORK/LONDON, Aug 5 (Reuters)")
    rf"(?=(?:/{_TOWN_CAPS}){{0,3}}"
    rf"(?:,[ \t](?=[{_UPPER}\d][^\n]*[a-z])|[ \t]*\(|[ \t]+[-\u2013\u2014][ \t]"
    r"|[ \t]+\d{4}-\d\d-\d\d\b))"
)  # (", " only before a country, a state or a date, on a line that goes on in lower case:
# "BANKS, HOSPITALS, BROADCASTERS" is a section's heading, no dateline of Banks, Oregon; "ALMA, a
# movement launched by" a party's name, no dateline of Alma, Quebec)
# the text's first line, and every line after a "\n": the same lines as a multi-line "^", but the
# engine finds a literal "\n" with a fast scan instead of trying "^" at every character (4x faster)
_DATELINE_FIRST = re.compile(_DATELINE_TOWN)
_DATELINE_AFTER = re.compile("\n" + _DATELINE_TOWN)


def _dateline_towns(text: str) -> list[tuple[int, int]]:
    """The spans of the capitalised names that open a wire dateline, in text order.

    >>> _dateline_towns("LIMA (Reuters) - it rained.\\nNEW DELHI — and here.")
    [(0, 4), (28, 37)]
    >>> _dateline_towns("NEW YORK/LONDON, Aug 5 (Reuters) -")
    [(0, 8), (9, 15)]
    """
    first = _DATELINE_FIRST.match(text)
    spans = [first.span(1)] if first is not None else []
    spans.extend(m.span(1) for m in _DATELINE_AFTER.finditer(text))
    if spans and "/" in text:
        for _s, e in list(spans):
            while (other := _OTHER_TOWN.match(text, e)) is not None:  # "NEW YORK/LONDON"
                spans.append(other.span(1))
                e = other.end()
        spans.sort()
    return spans


_OTHER_TOWN = re.compile(rf"/({_TOWN_CAPS})")


def with_datelines(
    text: str, found: list[_Mention], gaz: Gazetteer, known: Any = frozenset()
) -> list[_Mention]:
    """``found`` plus the town of each wire dateline that the case rules let pass.

    The scan refuses short names in capitals ("LIMA" could be an acronym; the gazetteer allows
    only "Lima"), but at the head of a dateline capitals are how the wires write the town. The
    whole capitalised run must be one gazetteer name, and not a name of the entity table
    (``known``: the surface forms of people and organisations, as written or title-cased).
    Dateline towns carry the ``_DATELINE`` context, which is enough for a weak name.

    >>> from helpers.gazetteer import load_gazetteer
    >>> text = "LIMA (Reuters) - it rained."
    >>> [m.surface for m in with_datelines(text, _scan(text, load_gazetteer()), load_gazetteer())]
    ['LIMA']
    """
    extra: list[_Mention] = []
    for s, e in _dateline_towns(text):
        if _sport_slug(text, s, e):
            found = [m for m in found if not (m.start < e and s < m.end)]
            continue
        if any(m.start < e and s < m.end for m in found):
            for m in found:
                if m.start == s and m.end == e:
                    m.context |= _DATELINE  # "TBILISI, Georgia": found, and it is the dateline
            continue
        caps = text[s:e]
        titled = " ".join(w[:1] + w[1:].lower() for w in caps.split(" "))
        if len(caps) < 3 or caps in known or titled in known:
            continue
        inner = _scan(titled, gaz)
        if len(inner) != 1 or inner[0].start != 0 or inner[0].end != len(titled):
            continue
        kind = inner[0].senses[0][1].kind
        if kind in ("demonym", "continent", "region", "landmark"):
            continue
        m = inner[0]
        nxt = _next_word(text, e)
        dl = _Mention(s, e, e, m.ntok, m.key, caps, m.senses, None, nxt)
        dl.context = _DATELINE
        extra.append(dl)
    if not extra:
        return found
    return sorted([*found, *extra], key=lambda m: m.start)


def _sport_slug(text: str, s: int, e: int) -> bool:
    """Whether a dateline's capitals before a dash are a sports wire's slug, not a town:
    "CRICKET - PAKISTAN WIN" (Cricket, North Carolina), "RUGBY - ENGLAND NAME SQUAD" (Rugby,
    Warwickshire); not "RUGBY, England (Reuters) -"."""
    from helpers.recognise.shouted import _sport_words  # (it imports this module)

    return _SLUG_DASH.match(text, e) is not None and text[s:e].lower() in _sport_words()


_SLUG_DASH = re.compile(r"[ \t]+[-\u2013\u2014]")
