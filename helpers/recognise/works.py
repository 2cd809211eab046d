"""Titles of works the text quotes: films, books, songs, shows ("Sean Baker's “Anora”", "“The
Florida Project,” set in motels near Disney World").

Part of stage 2 (recognise), before the place candidates are typed. A title in double quotes is
written in title case, one to eight words, and is not speech: no "said" follows it. The places its
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
_TITLE_MAX_WORDS = 8
# speech: a verb of saying within a few words after the quote ("Kyiv," he said)
# (not a relative clause: "the author of “The Star-Spangled Banner,” who wrote the lyrics")
_SPEECH_AFTER = re.compile(r"\W{0,3}(?!who\b)(?:\w+ ){0,2}(?:said|says|told|asked|added|wrote)\b")
# what says a quote is a work's title, right before it: a possessive ("Sean Baker's “Anora”"),
# a work's noun within its last four words ("the Broadway smash “Hamilton”", "his book, “The Yoga
# of Jesus”"), "such as" or "titled"; a slogan or a nickname has none ("chanted “Death to
# America”")
_CUE_WORDS = frozenset(
    {
        "film", "films", "movie", "movies", "documentary", "documentaries", "book", "books",
        "novel", "novels", "memoir", "song", "songs", "single", "singles", "album", "albums",
        "series", "show", "shows", "play", "plays", "musical", "musicals", "opera", "operas",
        "painting", "paintings", "exhibition", "exhibitions", "poem", "poems", "titled",
        "entitled", "dubbed", "smash", "hit",
        # a song's or a book's author and the songs a nation sings ("named after the author of
        # “The Star-Spangled Banner,”" was a person)
        "author", "anthem", "anthems", "hymn", "ballad", "track",
        # a film-maker's or an actor's verbs, and a film's release ("directed “Sibyl”", "the
        # premiere of “Indiana Jones and the Dial of Destiny”": no Indiana, no Victoria)
        "directed", "starred", "starring", "premiere", "premiered", "sequel", "episode",
        # a band's or an author's ("released “Red Roses for Me” in 1984": no Roses, Oregon)
        "released", "recorded", "published", "duet", "debut",
        # an author's ("the lawyer who wrote “The Star-Spangled Banner”" was a person; "three
        # volumes of memoirs, “White House Years,” …" an organisation "Years")
        "wrote", "penned", "composed", "memoirs", "volumes", "essay",
    }
)  # fmt: skip


def _cued(text: str, start: int) -> bool:
    """Whether the words right before a quote at ``start`` say it quotes a work's title."""
    before = text[max(0, start - 50) : start]
    if before.endswith(("'s ", "’s ")):
        return True
    words = before.replace(",", " ").split()[-4:]
    return any(w in _CUE_WORDS for w in words) or words[-2:] == ["such", "as"]


# between two titles of a list: a comma, "and", or both, and a few words of description
_LIST_GAP = re.compile(r"[,.]?[”\"]?[^“\"\n]{0,60}?(?:,|\band\b|\bor\b)[^“\"\n]{0,60}? ")


_LIST_REST = re.compile(r" (?:and |or )?")


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
        if (
            not _cued(text, m.start())
            and not (
                spans
                and (
                    _LIST_GAP.fullmatch(text, _closing(text, spans[-1][1]), m.start())
                    # (the list's comma inside the last title's quotes: "“Age of Panic,” “In Bed
                    # With Victoria” and “Sibyl”")
                    or (
                        text[spans[-1][1] : spans[-1][1] + 1] == ","
                        and _LIST_REST.fullmatch(text, _closing(text, spans[-1][1]), m.start())
                    )
                )
            )
        ):
            continue
        spans.append(m.span(1))
        if len(words) == 1 and title.isalpha():
            single.add(title)
    return spans, frozenset(single)
