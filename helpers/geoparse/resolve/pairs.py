"""Pairs of names: "Town, State" ("Alexandria, La.", "Danang, Vietnam") and "Country's Place"
("India's Punjab").

Part of :mod:`helpers.geoparse.resolve`: whether a sense fits the name written after it
(:func:`_pair_fits`, :func:`_holds`), which the rounds reward with
:data:`~helpers.geoparse.resolve.weights.PAIR_BONUS`; and, once the name has its one sense, the
mentions whose own pair overrides it (:func:`_own_senses`, with :func:`_paired_best` and
:func:`_bare_sense`) and the pairs' second names read as the state or country that holds the
town (:func:`_container_senses`).
"""

from __future__ import annotations

import re

from helpers.gazetteer import Gazetteer, GazetteerEntry
from helpers.geoparse.resolve.senses import (
    _CC,
    _ENTRY,
    _PRIOR,
    _ROW,
    _SENSE,
    _Info,
    _Resolution,
    _Scored,
    _sense_infos,
)
from helpers.geoparse.resolve.weights import PAIR_BONUS
from helpers.recognise.places import _memo, _Mention, _paired

# between a place and the place it holds: a possessive and up to two words in lower case
# ("India's Punjab", "Pakistan's southern Sindh province", "China's far-western Xinjiang")
_APOSTROPHES = ("'", "’")
_POSSESSOR_GAP = re.compile(r"['’]s (?:[a-z]+(?:-[a-z]+)? ){0,2}")


def _pair_partner(sense: _Info, cands: tuple[_Info, ...]) -> GazetteerEntry | None:
    """The following name's sense that is a country or state containing ``sense``, if any."""
    row, e = sense[_ROW], sense[_ENTRY]
    for pc in cands:
        pe = pc[_ENTRY]
        if pc[_ROW] == row:
            continue
        # a demonym entry stands for its country: it holds the same places
        if _holds(pe, e) or (pe.kind == "demonym" and pe.country_code == e.country_code):
            return pe
    return None


def _pair_fits(sense: _Info, cands: tuple[_Info, ...]) -> bool:
    """Whether one of the following name's senses is a country or state that contains ``sense``."""
    return _pair_partner(sense, cands) is not None


def _holds(area: GazetteerEntry, e: GazetteerEntry) -> bool:
    """Whether ``area`` is the country or first-level state that contains the place ``e``."""
    if area.country_code != e.country_code or area is e:
        return False
    return area.kind == "country" or (
        area.kind == "admin area" and area.feature_code == "ADM1" and area.admin1 == e.admin1
    )


def _paired_best(
    free: list[tuple[_Info, float, tuple[tuple[str, str], ...]]],
    partner: tuple[_Info, ...],
) -> _Resolution:
    """The best sense of a name written before ``partner`` with a comma: the pair's bonus
    where the partner contains the sense, the rest of the article's evidence as scored."""
    best: _Resolution | None = None
    for info, s, why in free:
        holder = _pair_partner(info, partner)
        if holder is not None:
            s, why = s + PAIR_BONUS, (("with", holder.name), *why)
        if best is None or s > best[1]:
            best = (info[_SENSE], s, why)
    assert best is not None  # a name has at least one sense
    return best


def _own_senses(
    mentions: list[_Mention],
    text: str,
    keys: dict[int, tuple[_Info, ...]],
    choice: dict[int, _Info],
    result: dict[int, _Resolution],
    scored: dict[int, list[_Scored]],
    partner_of: dict[int, int],
) -> dict[int, _Resolution]:
    """The mentions whose own evidence overrides their name's one sense, by start offset.

    A name written in a pair ("Paris, Texas") is, at that mention, the sense its own partner
    fits ("Paris, France and Paris, Texas" are two places), and so are the name's bare mentions
    after it in the same paragraph (they share its context). The name's other bare mentions keep
    the name's sense — one sense per article, the pair its evidence ("Alexandria, La. …
    Alexandria police") — unless the rest of the article places them in another country: the
    sense the name would have without its pairs lies in a country where more of the article's
    other names lie than in the pair's ("PARIS (Reuters) - … Lyon … Paris, Texas …").
    """
    own: dict[int, _Resolution] = {}
    others_cc: dict[str | None, int] | None = None
    by_key: dict[int, list[_Mention]] = {}
    for m in mentions:
        if m.key in scored:
            by_key.setdefault(m.key, []).append(m)
    for k, cand_scores in scored.items():
        k_mentions = by_key[k]
        key_res = result[k]
        # each candidate's score without the pair's bonus, and the best of them
        free: list[tuple[_Info, float, tuple[tuple[str, str], ...]]] = []
        for info, s, why in cand_scores:
            if why and why[0][0] == "with":
                s, why = s - PAIR_BONUS, why[1:]
            free.append((info, s, why))
        by_partner: dict[int, _Resolution] = {}
        last_pair: _Resolution | None = None  # the sense of the latest pair in this paragraph
        pos = 0  # the end of the name's previous mention
        bare_res: _Resolution | None = None
        for m in k_mentions:
            pk = partner_of.get(m.start)
            if pk is not None:
                got = by_partner.get(pk)
                if got is None:
                    got = by_partner[pk] = _paired_best(free, keys.get(pk, ()))
                if got[0][0] == key_res[0][0]:
                    got = key_res  # the name's own sense: the same row
                last_pair = got
            elif last_pair is not None and text.find("\n", pos, m.start) < 0:
                got = last_pair  # after the pair in its paragraph
            else:
                last_pair = None  # (a new paragraph, or no pair yet)
                if bare_res is None:
                    if others_cc is None:
                        others_cc = {}
                        for c in choice.values():
                            others_cc[c[_CC]] = others_cc.get(c[_CC], 0) + 1
                    bare_res = _bare_sense(free, key_res, choice[k], others_cc)
                got = bare_res
            if got is not key_res:
                own[m.start] = got
            pos = m.end
    return own


def _bare_sense(
    free: list[tuple[_Info, float, tuple[tuple[str, str], ...]]],
    key_res: _Resolution,
    own_choice: _Info,
    cc_count: dict[str | None, int],
) -> _Resolution:
    """A paired name's bare mentions away from its pairs: the name's sense, or the sense the
    rest of the evidence gives it when that lies in another country that more of the article's
    other names are in."""
    info, s, why = max(free, key=lambda f: f[1])
    cc, own_cc = info[_CC], own_choice[_CC]
    if cc == own_cc:
        return key_res  # "Springfield, Ohio … Springfield": the pair picks among one country's
    # (the name's own chosen sense counts for its country: leave it out)
    if cc_count.get(cc, 0) > cc_count.get(own_cc, 0) - 1:
        return (info[_SENSE], s, why)
    return key_res


def _container_senses(
    mentions: list[_Mention],
    text: str,
    gaz: Gazetteer,
    resolved: dict[int, _Resolution],
    own: dict[int, _Resolution],
) -> dict[int, _Resolution]:
    """``own`` with the second name of each "Town, State" pair read as the state or country
    that holds the town, where one of its senses does.

    The pair's first name is resolved with the second's help (:func:`_own_senses`); this is the
    other direction: in "Tbilisi, Georgia" the town has one sense, so "Georgia" is the country,
    even where the article's one sense for "Georgia" is the US state ("Atlanta, Georgia …
    Tbilisi, Georgia"). The name's bare mentions after the pair in the same paragraph share the
    pair's reading, as :func:`_own_senses` does for towns.

        >>> from helpers.geoparse import find_places_rows
        >>> rows = find_places_rows("From Atlanta, Georgia to Tbilisi, Georgia.")
        >>> [r[6] for r in rows]
        ['US', 'US', 'GE', 'GE']
    """
    infos = _memo(gaz).infos
    out = dict(own)
    holder: dict[int, tuple[int, _Resolution]] = {}  # key → (paragraph end, the pair's sense)
    for i, b in enumerate(mentions):
        got = holder.get(b.key)
        if got is not None and b.start < got[0]:
            out[b.start] = got[1]  # a bare mention after the pair, in its paragraph
        if i == 0:
            continue
        a = mentions[i - 1]
        if not _paired(text, a, b):
            continue
        town = (out.get(a.start) or resolved[a.key])[0][1]
        current = (out.get(b.start) or resolved[b.key])[0][1]
        if _holds(current, town):
            holder.pop(b.key, None)
            continue
        for info in _sense_infos(infos, b):
            if _holds(info[_ENTRY], town):
                res = (info[_SENSE], info[_PRIOR] + PAIR_BONUS, (("holds", a.surface),))
                out[b.start] = res
                end = text.find("\n", b.end)
                holder[b.key] = (end if end >= 0 else len(text), res)
                break
    return out
