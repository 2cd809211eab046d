"""A company's bracketed legal form after its name: "Khanyisa Water Solutions (Pty) Ltd".

Part of :mod:`helpers.recognise.orgs`; run by :func:`helpers.recognise.recognise` after the
organisation rules (:func:`bracketed_legal_forms`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from helpers.recognise.names import _Span

# a legal form written with its bracketed kind after a company's name: "Khanyisa Water
# Solutions (Pty) Ltd" (South Africa, Australia), "Acme (Pvt) Ltd" (India, Pakistan)
_BRACKETED_FORM = re.compile(r" \((?:Pty|Pvt|Pte|Private|Proprietary)\.?\) (?:Ltd\b\.?|Limited\b)")


def bracketed_legal_forms(text: str, people_orgs: list[_Span]) -> list[_Span]:
    """Organisations reaching over a bracketed legal form after their name ("Khanyisa Water
    Solutions (Pty) Ltd" was the company and a second organisation "Ltd"); the spans inside the
    form go.

        >>> sp = _Span(0, 8, "Acme Oil", "organisation", "organisation", tokens=("Acme", "Oil"))
        >>> [(s.start, s.end) for s in bracketed_legal_forms("Acme Oil (Pty) Ltd said", [sp])]
        [(0, 18)]
    """
    if " (P" not in text:
        return people_orgs
    grown: dict[int, int] = {}  # index → new end
    for i, sp in enumerate(people_orgs):
        if sp.kind == "organisation" and (m := _BRACKETED_FORM.match(text, sp.end)) is not None:
            grown[i] = m.end()
    if not grown:
        return people_orgs
    out: list[_Span] = []
    for i, sp in enumerate(people_orgs):
        if i in grown:
            out.append(replace(sp, end=grown[i]))
        elif not any(people_orgs[g].end <= sp.start and sp.end <= e for g, e in grown.items()):
            out.append(sp)
    return out
