"""Names a list ending in "counties" makes counties: "in Hillsborough, Pinellas and Manatee counties".

Part of :mod:`helpers.recognise`, run on the place candidates the filter rules kept. US local news
names counties without their noun in lists ("the hardest-hit areas in Hillsborough, Pinellas,
Sarasota and Manatee counties"; LGL's "in Eastland and Callahan counties"): each listed name is
its county, not a town of that name (Hillsborough was a town in New Jersey, Sarasota the city),
and a county no town shares a name with (Pinellas) is found at all.

    >>> from helpers.geoparse import find_places
    >>> rows = find_places("Power was out in Hillsborough and Pinellas counties, Florida.")
    >>> list(rows["name"])  # doctest: +SKIP
    ['Hillsborough County', 'Pinellas County', 'Florida']
"""

from __future__ import annotations

import re

from helpers.gazetteer import Gazetteer, GazetteerEntry
from helpers.recognise.name_tails import _prev_word
from helpers.recognise.place_scan import _Mention, _next_word
from helpers.recognise.places import _NOUN

__all__ = ["with_listed_counties"]

# one listed name: one to three capitalised words
_NAME = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}"
# a list of names right before "counties" (searched back from the noun: a scan of the whole text
# for lists cost 0.15 ms an article), or one name right before "county" in lower case
_LIST_BEFORE = re.compile(rf"(?<![\w'’-])((?:{_NAME}, )*{_NAME},? (?:and|or) {_NAME})\Z")
_ONE_BEFORE = re.compile(rf"(?<![\w'’-])({_NAME})\Z")
_NOUNS = ((" counties", _LIST_BEFORE), (" county", _ONE_BEFORE))
_ITEM = re.compile(_NAME)


def with_listed_counties(text: str, cands: list[_Mention], gaz: Gazetteer) -> list[_Mention]:
    """``cands`` with each name a county list gives read as that county: a candidate of the
    name takes the county's senses ("<name> County" in the gazetteer), and a name no candidate
    covers becomes one. The county's noun is the place's context, as "the Valencia region" is.

        >>> with_listed_counties("No list here.", [], None)
        []
    """
    if " count" not in text:  # (most articles list no counties: one scan for both nouns)
        return cands
    spans: list[tuple[int, int]] = []
    for noun, before in _NOUNS:
        at = text.find(noun)
        while at != -1:
            if not text[at + len(noun) : at + len(noun) + 1].isalpha():
                mt = before.search(text, max(0, at - 200), at)
                if mt is not None:
                    base = mt.start(1)
                    spans += [(base + i.start(), base + i.end()) for i in _ITEM.finditer(mt[1])]
            at = text.find(noun, at + 1)
    if not spans:
        return cands
    by_span = {(m.start, m.end): m for m in cands}
    more: list[_Mention] = []
    for s, e in spans:
        senses: tuple[tuple[int, GazetteerEntry, bool, float], ...] = ()
        while not senses:
            name = text[s:e]
            key = gaz.key_of(f"{name} County")
            if key is not None:
                senses = tuple(x for x in gaz.senses(key) if x[1].feature_code == "ADM2")
            if not senses:
                # (a sentence's first word before the name: "In Polk county", "In Hillsborough,
                # Pinellas and Manatee counties")
                if " " not in name:
                    break
                s += name.index(" ") + 1
        if not senses:
            continue
        m = by_span.get((s, e))
        if m is not None:
            m.senses, m.key = senses, key
            m.context |= _NOUN
        elif not any(c.start < e and s < c.end for c in cands):
            new = _Mention(
                s, e, e, name.count(" ") + 1, key, name, senses,
                _prev_word(text, s), _next_word(text, e),
            )  # fmt: skip
            new.context = _NOUN
            more.append(new)
    return sorted([*cands, *more], key=lambda m: m.start) if more else cands
