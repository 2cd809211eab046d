"""Title-case headlines' runs of capitalised words: where a capital says nothing of a name.

Part of :mod:`helpers.recognise.names`, whose discovery asks here whether a run of capitalised
words lies on a headline in title case ("Egypt Press Fresh Gaza Proposal as US Envoy Shuttles
Between Doha"), and reads its pieces between the headline's everyday words on their own.

    >>> from helpers.recognise.cues import _cues
    >>> _headline_verb("Raid", None, _cues())
    True
"""

from __future__ import annotations

from helpers.recognise.cues import _Cues, _everyday_word
from helpers.recognise.places import _headline
from helpers.recognise.tokens import _Words

__all__: list[str] = []


def _headline_pieces(w: _Words, i: int, j: int, place_tok: list[str | None]) -> list[list[int]]:
    """The runs of a headline's chunk between its capitalised everyday words, without connectors
    at their edges."""
    texts, caps = w.texts, w.caps
    pieces: list[list[int]] = [[]]
    for x in range(i, j):
        t = texts[x]
        if caps[x] and _everyday_word(t.lower()) and place_tok[x] is None:
            pieces.append([])  # (an organisation's or a title's word too: "Egypt Press Fresh")
        else:
            pieces[-1].append(x)
    out = []
    for piece in pieces:
        while piece and not caps[piece[-1]]:
            piece.pop()
        while piece and not caps[piece[0]]:
            piece.pop(0)
        if piece:
            out.append(piece)
    return out


def _headline_verb(word: str, place: str | None, cues: _Cues) -> bool:
    """Whether a headline's capitalised word before one other is an everyday word that names
    nothing ("to Raid Louvre's …": no person "Raid Louvre"), not a name's own first word ("Apollo
    Gallery", "Foreign Office", "Prime Minister")."""
    return (
        place is None
        and _everyday_word(word.lower())
        and word not in cues.org_words
        and word not in cues.title_words
        and word not in cues.given_names
    )


def _headline_chunk(
    text: str, w: _Words, i: int, j: int, place_tok: list[str | None], cues: _Cues
) -> bool:
    """Whether tokens ``i`` to ``j`` - 1 are a run of a title-case headline (the strict reading of
    :func:`helpers.recognise.places._headline`)
    that holds a capitalised everyday word that is no organisation's, title's or place's word
    ("Fresh", "Shuttles"), or that the text does not repeat ("Sabalenka Outlasts Gauff"). A
    short line of names alone ("Reporting by Jane Smith") is read as usual."""
    if not _headline(text, w.starts[i], strict=True):  # (first: most runs are in a paragraph)
        return False
    texts = w.texts
    return any(
        _everyday_word(t.lower())
        and t not in cues.org_words
        and t not in cues.title_words
        and place_tok[x] is None
        for x, t in zip(range(i, j), texts[i:j], strict=True)
        if w.caps[x]
    ) or (
        not _repeated(text, w, i, j)
        # a byline's reporters are named once ("By Palesa Mokoena in Maseru and Johan van Wyk in
        # Johannesburg" lost "Johan van Wyk"); its desk words still break it ("Football Writer")
        and not text.startswith("By ", text.rfind("\n", 0, w.starts[i]) + 1)
    )


def _repeated(text: str, w: _Words, i: int, j: int) -> bool:
    """Whether the text writes tokens ``i`` to ``j`` - 1 again elsewhere."""
    run = text[w.starts[i] : w.ends[j - 1]]
    return text.find(run, w.ends[j - 1]) >= 0 or text.rfind(run, 0, w.starts[i]) >= 0
