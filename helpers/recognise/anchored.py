"""Regular expressions tried only where a match can start, found from a cheap anchor.

A pattern that ``finditer`` runs from a text's start is tried at every position its first
character allows (every capital after a space, for a name's run). Where every match holds a
rarer piece (a comma or " said" after the name, an age, a quote, a country's bracket), the rules
find that piece first, read the words before it backwards (a pattern over the reversed text), and
try the pattern only at those words: :func:`matches_at` gives the same matches as ``finditer``
as long as the starts given hold every position a match starts at.
"""

from __future__ import annotations

import re

__all__ = ["add_capitals", "add_capitals_before", "add_word_starts", "matches_at"]

_CAPITAL = re.compile(r"[A-Z]")


def add_word_starts(text: str, start: int, end: int, starts: set[int]) -> None:
    """Add to ``starts`` where each word of ``text[start:end]`` (words one space apart) starts."""
    starts.add(start)
    pos = text.find(" ", start, end)
    while pos != -1:
        starts.add(pos + 1)
        pos = text.find(" ", pos + 1, end)


def add_capitals(text: str, start: int, end: int, starts: set[int]) -> None:
    """Add to ``starts`` where each capital (A to Z) of ``text[start:end]`` stands (a name may
    start inside a word's run: "3-Coco Gauff")."""
    starts.update(m.start() for m in _CAPITAL.finditer(text, start, end))


def add_capitals_before(
    text: str, rev: str, end: int, words: re.Pattern[str], starts: set[int]
) -> None:
    """Add to ``starts`` the capitals of the words before ``end`` that ``words`` reads backwards:
    a pattern over ``rev`` (``text`` reversed) that always matches, tried where ``end`` stands
    in it (two words back from a possessive's apostrophe: "St Ann").

        >>> starts, text = set(), "to St Ann's Hospital"
        >>> two_words = re.compile(r"[\\w.-]*+(?: [\\w.-]*+){0,1}")
        >>> add_capitals_before(text, text[::-1], text.index("'"), two_words, starts)
        >>> sorted(starts)
        [3, 6]
    """
    n = len(text)
    add_capitals(text, n - words.match(rev, n - end).end(), end, starts)


def matches_at(pattern: re.Pattern[str], text: str, starts: set[int]) -> list[re.Match[str]]:
    """``list(pattern.finditer(text))`` where every match starts at one of ``starts``: tried at
    them in order, each after the last match's end, as ``finditer`` goes (the positions between
    give no match, so skipping them changes nothing).

        >>> p = re.compile(r"[A-Z]\\w+ [A-Z]\\w+(?=,)")
        >>> [m[0] for m in matches_at(p, "Ann Lee, Bo Ek, so", {0, 4, 9, 12})]
        ['Ann Lee', 'Bo Ek']
    """
    found = []
    pos = 0
    for start in sorted(starts):
        if start >= pos and (m := pattern.match(text, start)) is not None:
            found.append(m)
            pos = m.end()
    return found
