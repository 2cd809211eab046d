"""A name's whole reach back, and its organisation word alone later in the article.

Part of :mod:`helpers.recognise.orgs`, asked by :func:`~helpers.recognise.orgs.find.organisations`:
an organisation the names rules read whose name starts earlier, past a hyphen, a possessive or
an everyday word and "and" ("World Anti-Communist League", "People's Liberation Army", "Justice
and Equality Movement"), and "the League", "the Commission" after the article names the
organisation with that word. (The reach forwards, past "and", "for", "in", is
:mod:`helpers.recognise.name_reach`'s.)
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import compress
from typing import Any

from helpers.recognise.company_nouns import _WEAK_PERSON
from helpers.recognise.name_reach import _OF_FOR, _everyday_cap
from helpers.recognise.names import _cues, _Intervals, _Span, _Words
from helpers.recognise.org_evidence import _ARTICLES_CAPS, _Evidence, _run_start
from helpers.recognise.places import _Mention

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
            # (not a person's the article reads, whatever else the word is: "Lungu's Patriotic
            # Front (PF)" of a story of Edgar Lungu was one body)
            and not any(o.kind == "person" and o.start == starts[k - 1] for o in people_orgs)
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
