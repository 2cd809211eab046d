"""Two names joined by "&": "Johnson & Johnson", "Procter & Gamble", "AT&T".

Part of :mod:`helpers.recognise.orgs`, asked by :func:`~helpers.recognise.orgs.find.organisations`;
not two everyday words, a country's or a state's name, a term ("Q&A"), a doubles pair or a
case title's "and others".
"""

from __future__ import annotations

from bisect import bisect_right

from helpers.recognise.name_reach import _MAJOR_KINDS
from helpers.recognise.names import _cues, _Words
from helpers.recognise.org_evidence import _run_end, _run_start
from helpers.recognise.places import _Mention, dale_chall_words

# terms written with "&" that name no firm ("Q&A: Sri Lanka after Rajapaksa" was one; "AT&T",
# "S&P", "H&M", "P&O" are firms)
_AMP_TERMS = frozenset({"Q&A", "R&D", "M&A", "B&B", "R&B", "F&B", "Q & A", "R & D", "M & A"})


def _initialled_pair(texts: list[str], a: int, k: int, b: int) -> bool:
    """Whether the run ``a``..``b`` around the "&" after token ``k`` is two people, each an
    initial and a surname, as a doubles pair is written ("M Purcell & J Thompson (Aus)" was an
    organisation; "H&M" and "S&P Global" are no pair)."""
    return k - a == 1 and b - k == 3 and len(texts[a]) == 1 and len(texts[k + 1]) == 1


def _named_pair(texts: list[str], a: int, k: int, b: int) -> bool:
    """Whether the run ``a``..``b`` around the "&" after token ``k`` is two people, each a
    given name and a surname, as a byline's reporters are written without "By" ("Simon
    Browning & Tom Espiner" was an organisation; "Marks & Spencer" is a firm)."""
    cues = _cues()
    return (
        k - a == 1
        and b - k == 3
        and texts[a] in cues.given_names
        and texts[k + 1] in cues.given_names
        and texts[k] not in cues.org_words
        and texts[b - 1] not in cues.org_words
    )


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
                # ... and a byline's two reporters: "By Tamsin Polglase & Rob Le Brocq"
                if any(texts[x] == "By" for x in range(k + 2, b)) or (a and texts[a - 1] == "By"):
                    pos = text.find("&", pos + 1)
                    continue
                if _initialled_pair(texts, a, k, b) or _named_pair(texts, a, k, b):
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
