"""A country's name or a demonym that starts an organisation's own name.

Part of :mod:`helpers.recognise.orgs`, asked by :func:`~helpers.recognise.orgs.find.organisations`:
"New Zealand League of Rights", "Australian Football League", "European Space Agency"; a
state's bodies keep the country or the demonym apart ("Kenya Ministry of Health", "Chinese
Foreign Ministry").
"""

from __future__ import annotations

from helpers.recognise.names import _Span
from helpers.recognise.org_evidence import _Evidence
from helpers.recognise.places import _Mention


def _country_starts(
    text: str, cands: list[_Mention], s: int, head_start: int, head_end: int, ev: _Evidence
) -> bool:
    """Whether the words of an "of" name before its organisation word are a country's name and
    a body's own words ("New Zealand League of Rights"), not a state body's ("Kenya Ministry of
    Health": a Kenyan ministry) nor a town's or a state's institution ("Indiana Department of …",
    "Georgia Association of …": Georgia is also a US state; kept apart as the geoparsing corpora
    mark such places), nor the tail of a hyphenated name ("U.S.-Russia Council of …")."""
    inside = [m for m in cands if s <= m.start and m.end <= head_start]
    if (
        not inside
        or inside[0].start != s
        or text[s - 1 : s] in ("-", "/")
        or any(e.kind != "country" for m in inside for e in (x[1] for x in m.senses))
    ):
        return False
    return text[head_start:head_end] in ev.demonym_heads and not any(
        t in ev.state_bodies for t in text[s:head_end].split()
    )


def _demonym_orgs(
    text: str, people_orgs: list[_Span], cands: list[_Mention], ev: _Evidence
) -> list[tuple[int, int, str]]:
    """A demonym just before a national body's name is part of it ("Australian Football League",
    "British Medical Association", "European Space Agency"), but not before a state's own bodies
    ("Chinese Foreign Ministry") nor other names ("Russian Higher School of Economics")."""
    heads = ev.demonym_heads
    # (the head of an "of" name is its first word after the demonym, which the names rules may
    # have read with it: "Korean Confederation of Trade Unions" was cut to its "Confederation")
    named = [
        sp
        for sp in people_orgs
        if sp.tokens
        and (sp.tokens[-1] in heads or (sp.tokens[2:3] == ("of",) and sp.tokens[1] in heads))
    ]
    if not named:
        return []
    demonyms = [m for m in cands if m.senses[0][1].kind == "demonym"]
    ends = {m.end + 1: m for m in demonyms}
    # ... and a country's name, every sense of it a country ("the Comoros Red Crescent", as
    # "Kenya Red Cross"; "Kenya Ministry of Health" stays the country's: state_bodies)
    # (written in full, and no hyphened tail: "U.S. Securities and Exchange Commission" keeps
    # its country as the geoparsing corpora mark it, "NATO-Russia Council" its Russia)
    for m in cands:
        if (
            all(x[1].kind == "country" for x in m.senses)
            and not m.surface.isupper()
            and "." not in m.surface
            and text[m.start - 1 : m.start] not in ("-", "/")
        ):
            ends.setdefault(m.end + 1, m)
    starts = {m.start: m for m in demonyms}
    out: list[tuple[int, int, str]] = []
    for sp in named:
        m = ends.get(sp.start)
        if m is None and sp.tokens[2:3] == ("of",) and sp.start in starts:
            m = starts[sp.start]  # (the demonym read inside the name)
            if m.end != sp.start + len(sp.tokens[0]):
                m = None
        if m is None and text.endswith(" General ", 0, sp.start):
            # (across "General", which the names rules read as a title: "Tunisian General
            # Labour Union" was "Labour Union")
            m = ends.get(sp.start - len("General "))
        if (
            m is not None
            and sp.kind == "organisation"
            and text[m.end] == " "
            # (a continent's people have no state: "European Space Agency" is one body)
            and (
                m.senses[0][1].country_code is None
                or not any(t in ev.state_bodies for t in sp.tokens)
            )
        ):
            out.append((m.start, sp.end, m.senses[0][1].kind))  # ("demonym" or "country")
    return out
