"""Titles at a run of capitalised words: how many words a title spans, and a portfolio after it.

Part of :mod:`helpers.recognise.chunks`, whose reading of a chunk splits it at titles ("U.S.
Secretary of State Mike Pompeo" → [U.S.] title [Mike Pompeo]), lets a minister's portfolio
follow the title ("Minister for Housing Darragh O'Brien") and reads a headline word after a
title as a given name ("Chairman Than Soe").

    >>> from helpers.recognise.cues import _cues
    >>> _match_title(["Prime", "Minister", "Carney"], [False, True, True], 0, _cues())
    2
"""

from __future__ import annotations

from helpers.recognise.cues import _Cues, _everyday_word
from helpers.recognise.tokens import _Words

__all__: list[str] = []

# the lower-case words that join a name's capitalised words ("Bank of England", "Minister for
# the Environment")
_CONNECTOR_WORDS = frozenset({"of", "the", "for"})


# headline words that are also given names: Burmese "Than", Arabic "Said" right after a title
# and before a capitalised word are a name's first word, not headline case ("UEC Chairman Than
# Soe said" read no one, and "Soe said" became an organisation; "Interior Minister Said Nouh
# Hassan read out" only "Hassan"); "Faster Than Expected" has no title before
_GIVEN_HEADLINE_WORDS = frozenset({"Than", "Said"})


def _given_after_title(x: int, chunk: list[int], w: _Words, cues: _Cues) -> bool:
    """Whether headline word ``x`` is a given name: one of :data:`_GIVEN_HEADLINE_WORDS` after a
    title's last word and before a capitalised word of the same chunk."""
    texts = w.texts
    return (
        texts[x] in _GIVEN_HEADLINE_WORDS
        and x - 1 >= chunk[0]
        and texts[x - 1] in cues.title_words
        and x + 1 <= chunk[-1]
        and w.caps[x + 1]
        and texts[x + 1] not in cues.headline_words
    )


def _match_title(texts: list[str], joined: list[bool], i: int, cues: _Cues) -> int:
    for title in cues.titles_by_first.get(texts[i], ()):
        n = len(title)
        if tuple(texts[i : i + n]) == title and all(joined[i + 1 : i + n]):
            return n
    return 0


def _portfolio(chunk: list[int], k: int, w: _Words, cues: _Cues) -> int:
    """How many tokens of a minister's portfolio follow the title at chunk position ``k``: "for"
    or "of" and the capitalised words (and connectors) before a given name that opens a name of
    two words or more ("Minister for Housing Darragh O'Brien", "Minister for Foreign Affairs
    Simon Coveney"); 0 where no given name follows ("Minister for Health said")."""
    texts, caps = w.texts, w.caps
    if k >= len(chunk) or texts[chunk[k]] not in ("for", "of"):
        return 0
    for q in range(k + 2, min(len(chunk), k + 8)):
        word = texts[chunk[q]]
        if word in cues.given_names and (
            caps[chunk[q + 1]]
            if q + 1 < len(chunk)
            # (a hyphened given name ends the chunk: "Minister for Transport Jean-Pierre Bemba"
            # was a person "Transport Jean-Pierre Bemba")
            else chunk[q] + 1 < len(texts) and w.glued[chunk[q] + 1] and caps[chunk[q] + 1]
        ):
            return q - k
        if not caps[chunk[q]] and word not in _PORTFOLIO_LINKS:
            return 0
    # no given name we know: a portfolio of everyday words, then a name of two words that are
    # none ("Director of Public Prosecutions Renson Ingonga" was a body of that name)
    end = len(chunk)
    if (
        end - k >= 4
        and all(
            texts[x] in _PORTFOLIO_LINKS or (caps[x] and _everyday_word(texts[x].lower()))
            for x in chunk[k + 1 : end - 2]
        )
        and all(caps[x] and not _everyday_word(texts[x].lower()) for x in chunk[end - 2 :])
    ):
        return end - 2 - k
    return 0


# titles a portfolio may follow ("Minister for Housing", "Secretary for Justice"), and the words
# in lower case a portfolio may hold ("Minister for the Environment, Climate and Communications")
_PORTFOLIO_TITLES = frozenset({"Minister", "Secretary", "Commissioner", "Spokesperson"})
_OFFICER_TITLES = frozenset({"Officer", "Director"})
_TITLES_WITH_PORTFOLIO = _PORTFOLIO_TITLES | _OFFICER_TITLES
_PORTFOLIO_LINKS = _CONNECTOR_WORDS | {"and"}
