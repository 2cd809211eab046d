"""Titles of works the text quotes: films, books, songs, shows ("Sean Baker's “Anora”", "“The
Florida Project,” set in motels near Disney World").

Part of stage 2 (recognise), before the place candidates are typed. A title in double quotes is
written in title case, one to six words, and is not speech: no "said" follows it. The places its
words name are no places of the story ("Anora" is also Añora, a village in Spain; "The Florida
Project" holds Florida), and a one-word title is the work at its other mentions too, quoted or
not (one reading per article).

    >>> spans, words = quoted_titles('Sean Baker’s “Anora” won. The film "Anora" opens in May.')
    >>> sorted(words)
    ['Anora']
    >>> quoted_titles('"Kyiv is burning," he said. They chanted "Death to America."')
    ([], frozenset())
"""

from __future__ import annotations

import re

__all__ = ["quoted_titles"]

# a stretch in double quotes (straight or curly), up to 80 characters on one line, its closing
# comma or full stop inside the quotes as American style writes it
_QUOTED = re.compile(r"[“\"]([A-Z][^“”\"\n]{0,80}?)[,.]?[”\"]")
# the words a title may write in lower case ("The Seed of the Sacred Fig", "Gone with the Wind")
_MINOR = frozenset(
    {
        "a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "from", "by",
        "as", "but", "nor", "de", "la", "le", "el",
    }
)  # fmt: skip
_TITLE_MAX_WORDS = 6
# speech: a verb of saying within a few words after the quote ("Kyiv," he said)
_SPEECH_AFTER = re.compile(r"\W{0,3}(?:\w+ ){0,2}(?:said|says|told|asked|added|wrote)\b")
# what says a quote is a work's title, right before it: a possessive ("Sean Baker's “Anora”"),
# a work's noun within three words ("the Broadway smash “Hamilton”", "his book, “The Yoga of
# Jesus”"), "such as" or "titled"; a slogan or a nickname has none ("chanted “Death to America”")
_CUE_BEFORE = re.compile(
    r"(?:['’]s|\b(?:films?|movies?|documentar(?:y|ies)|books?|novels?|memoir|songs?|singles?|"
    r"albums?|series|shows?|plays?|musicals?|operas?|paintings?|exhibitions?|poems?|titled|"
    r"entitled|dubbed|smash|hit|such as)\b(?: [^\s“\"]+){0,3},?) \Z"
)


# between two titles of a list: a comma, "and", or both, and a few words of description
_LIST_GAP = re.compile(r"[,.]?[”\"]?[^“\"\n]{0,60}?(?:,|\band\b|\bor\b)[^“\"\n]{0,60}? ")


def _closing(text: str, end: int) -> int:
    """The position after a quoted title's closing quote (and its comma)."""
    while end < len(text) and text[end] in ',.”"':
        end += 1
    return end


def quoted_titles(text: str) -> tuple[list[tuple[int, int]], frozenset[str]]:
    """The spans of the quoted titles in ``text``, and the one-word titles among them."""
    if '"' not in text and "“" not in text:  # (most texts quote nothing in double quotes)
        return [], frozenset()
    spans: list[tuple[int, int]] = []
    single: set[str] = set()
    for m in _QUOTED.finditer(text):
        title = m.group(1)
        words = title.split()
        if not 1 <= len(words) <= _TITLE_MAX_WORDS or not all(
            w[:1].isupper() or w in _MINOR for w in words
        ):
            continue
        if _SPEECH_AFTER.match(text, m.end()):
            continue
        # a cue right before it, or a title just before it in a list ("“Tangerine,” … and
        # “The Florida Project”")
        before = text[max(0, m.start() - 60) : m.start()]
        if not _CUE_BEFORE.search(before) and not (
            spans and _LIST_GAP.fullmatch(text, _closing(text, spans[-1][1]), m.start())
        ):
            continue
        spans.append(m.span(1))
        if len(words) == 1 and title.isalpha():
            single.add(title)
    return spans, frozenset(single)
