"""A name in apposition after an organisation's description is that organisation.

Part of :mod:`helpers.recognise`. News introduces a body by what it is, then its name: "the
national meteorological institute, Inumet,", "the state oil company, Petroperú,". The weak rules
(a run of name words, the span model, a given name) read such a one-word or two-word name as a
person when nothing else types it; :func:`described_organisations` types it, and the name's other
weak readings in the article, as the organisation.
"""

from __future__ import annotations

import re
from dataclasses import replace

from helpers.recognise.names import _cues, _Span

__all__ = ["described_organisations"]

# an organisation's nouns
_ORG_NOUNS = (
    r"(?:institute|agency|company|firm|utility|regulator|ministry"
    r"|party|union|commission|authority|broadcaster|airline|bank|newspaper|operator|association"
    r"|council|office|service|department|watchdog|bureau|insurer|carrier|producer|miner|lender"
    r"|group|movement|coalition|alliance|foundation|charity|network|channel)"
)
# "the <up to four lower-case words> <an organisation's noun>, " right before the name
_DESCRIPTION_BEFORE = re.compile(
    # (not the object of a preposition: "a spokeswoman for the group, Nita Zelenak," is hers)
    r"(?<!for )(?<!of )(?<!from )(?<!at )(?<!with )(?<!by )(?<!in )(?<!on )"
    rf"\bthe (?:[a-z][\w'’-]* ){{0,4}}{_ORG_NOUNS}s?, \Z"
)
# ... or ", the <up to three lower-case words> <an organisation's noun>" right after it, the noun
# ending the description ("Alburnus Maior, the local association founded by farmer Eugen David,"
# was a person; not "a union organiser", "the party's leader", "a member of the party")
_DESCRIPTION_AFTER = re.compile(
    r", (?:the|a|an) (?:(?!of |for |in |at |with |the )[a-z][\w'’-]* ){0,3}"
    # (or what it is registered, listed or owned as: "Hoch Standard, a company registered in
    # Singapore" was a person; folder 236)
    rf"{_ORG_NOUNS}(?:[,;.]| (?:founded|formed|set up|created|that|which|based|behind"
    r"|registered|listed|owned|headquartered|controlled|incorporated)\b)"
)
# the readings that yield
_WEAK = frozenset({"name", "model", "given"})


def described_organisations(text: str, people_orgs: list[_Span]) -> list[_Span]:
    """``people_orgs`` with each weak reading of a name written right after an organisation's
    description, and that name's other weak readings, typed as the organisation.

        >>> t = "according to the national meteorological institute, Inumet, rain fell"
        >>> [sp.kind for sp in described_organisations(t, [_Span(52, 58, "Inumet", "person", "name")])]
        ['organisation']
    """
    given = _cues().given_names
    named = {
        sp.entity
        for sp in people_orgs
        if sp.how in _WEAK
        and sp.kind == "person"
        and len(sp.entity.split()) <= 2
        and sp.entity.split()[0] not in given  # (a person's own name: "the party, Maria Lopez,")
        and (
            (
                text[sp.end : sp.end + 1] in (",", ")", ".")
                and _DESCRIPTION_BEFORE.search(text, max(0, sp.start - 90), sp.start) is not None
            )
            or _DESCRIPTION_AFTER.match(text, sp.end) is not None
        )
    }
    if not named:
        return people_orgs
    return [
        replace(sp, kind="organisation", how="described")
        if sp.how in _WEAK and sp.kind == "person" and sp.entity in named
        else sp
        for sp in people_orgs
    ]
