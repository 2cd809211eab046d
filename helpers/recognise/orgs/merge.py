"""The organisations found put in the article's spans: :func:`_merge`.

Part of :mod:`helpers.recognise.orgs`, run by :func:`~helpers.recognise.orgs.find.organisations`
on the rules' finds: each replaces the spans inside it, never cuts a span that reaches outside
it nor a person a title names, and a country written as its national team stays the country.
"""

from __future__ import annotations

from bisect import bisect_left

from helpers.gazetteer import TOWN_KINDS
from helpers.recognise.clubs import _HOME_NATIONS
from helpers.recognise.institutions import owning_town
from helpers.recognise.names import _Span
from helpers.recognise.orgs.why import WHY
from helpers.recognise.places import _Mention


def _merge(
    text: str,
    found: list[tuple[int, int, str]],
    named: dict[tuple[int, int], str],
    people_orgs: list[_Span],
    cands: list[_Mention],
) -> tuple[list[_Span], list[_Mention]]:
    """Add each found organisation in place of the spans inside it; skip one that would cut a
    span reaching outside it or a person a title names. Longer and earlier finds win."""
    found.sort(key=lambda f: (f[0], -f[1]))
    if len(found) > 1:
        found = _chained(found)
    po_starts = [sp.start for sp in people_orgs]
    c_starts = [m.start for m in cands]
    drop_po: set[int] = set()
    drop_c: set[int] = set()
    added: list[_Span] = []
    last_end = -1
    for s, e, rule in found:
        if s < last_end:
            continue  # overlaps an earlier find
        # spans starting before e, from the last one that could reach into [s, e)
        i0 = max(bisect_left(po_starts, s) - 1, 0)
        hits_po = [x for x in range(i0, bisect_left(po_starts, e)) if people_orgs[x].end > s]
        c0 = max(bisect_left(c_starts, s) - 1, 0)
        hits_c = [x for x in range(c0, bisect_left(c_starts, e)) if cands[x].end > s]
        entity_start = s
        if rule == "possessive" and (town := owning_town(text, s, e, cands, c_starts)):
            if town.senses[0][1].kind in TOWN_KINDS:
                # a town's own people's body or officer's office: the town stays a place
                # candidate (the map shows Hanoi), the body is found after it and named whole,
                # and whole_civic_names gives the spans the whole name, as for "Florida
                # Department of Law Enforcement"
                hits_c = [x for x in hits_c if cands[x] is not town]
                entity_start, s = town.start, town.end + 1
            elif town.start < s:
                # a country's is one national organisation ("U.S. Attorney's Office")
                s = entity_start = town.start
                hits_c.append(c_starts.index(town.start))
        if any(
            people_orgs[x].start < s
            or people_orgs[x].end > e
            or (people_orgs[x].kind == "person" and people_orgs[x].how == "title")
            for x in hits_po
        ) or any(
            (cands[x].start < s or cands[x].end > e) and cands[x].senses[0][1].kind != "city"
            for x in hits_c
        ):
            continue
        if any(
            (people_orgs[x].start, people_orgs[x].end) == (s, e)
            and people_orgs[x].kind == "organisation"
            for x in hits_po
        ):
            continue  # already this organisation
        if rule in _TEAM_RULES and any(
            (cands[x].start, cands[x].end) == (s, e) and _nation(cands[x]) for x in hits_c
        ):
            # a country written as its national team stays the country, as news NER and the
            # geoparsing corpora mark it ("Sweden 7 Kazakhstan 2", "Italy beat England 2-1");
            # a club named after a town is the club
            continue
        whole = text[entity_start:e]  # (the town's too, for its own body)
        drop_po.update(hits_po)
        drop_c.update(hits_c)
        added.append(
            _Span(s, e, named.get((s, e), whole), "organisation", "evidence", surface=WHY[rule],
                  tokens=tuple(whole.split()))
        )  # fmt: skip
        last_end = e
    if not added:
        return people_orgs, cands
    kept = [sp for x, sp in enumerate(people_orgs) if x not in drop_po]
    people_orgs = sorted([*kept, *added], key=lambda sp: (sp.start, -sp.end))
    if drop_c:
        cands = [m for x, m in enumerate(cands) if x not in drop_c]
    return people_orgs, cands


def _chained(found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``found`` (sorted) with a possessive's name and the "of" name that starts inside it and
    goes on past it made one: "People's Movement for the Liberation" and "Movement for the
    Liberation of Angola" are "People's Movement for the Liberation of Angola"."""
    out: list[tuple[int, int, str]] = []
    for f in found:
        if (
            out
            and out[-1][2] == "possessive"
            and f[2] == "of"
            and out[-1][0] < f[0] < out[-1][1] < f[1]
        ):
            out[-1] = (out[-1][0], f[1], "of")
        else:
            out.append(f)
    return out


# the rules that read a town's name as a team (the home nations they leave as places: clubs')
_TEAM_RULES = frozenset({"sport", "result", "team", "nickname"})


def _nation(m: _Mention) -> bool:
    """Whether a place candidate is a country (or one of the United Kingdom's home nations,
    which field their own national teams)."""
    return m.senses[0][1].kind == "country" or m.surface in _HOME_NATIONS
