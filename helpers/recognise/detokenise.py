"""Tokenised text read as written: "Rafferty 's brother , Jim , said ." as "Rafferty's brother,
Jim, said."

Part of stage 2 (recognise). Annotated corpora (CoNLL-style NER files, GMB, Universal NER) and
some exports write every token apart, punctuation included. The recogniser's rules read news as
it is written — "said Vo Thi Hoa, 46," frames a person, "X's brother" names one — so a tokenised
text is first given back its ordinary spacing, recognised, and every offset mapped back into the
text as it came (the spans still point into the caller's text). Ordinary text is recognised as it
is: the test costs two substring searches.

    >>> detokenise('He said " we lost , " to Rafferty \\'s brother ( Jim ) .')[0]
    'He said "we lost," to Rafferty\\'s brother (Jim).'
"""

from __future__ import annotations

import re

__all__ = ["detokenise", "tokenised"]

# a space before closing punctuation or a clitic that tokenisers split off ("said ,", "it 's")
# (each pattern opens with its space, bracket or quote, the look-behinds after it, and the
# space's next character is tested first: a look-behind first was tried at every character of
# the text, ~0.1 ms a tokenised text for the three)
_SPACE_BEFORE = re.compile(
    r" (?=[,.;:!?%)\]}'’n])(?:(?=[,.;:!?%)\]}](?:\s|$))"
    r"|(?=(?:'s|'re|'ve|'ll|'d|'m|n't|’s|’re|’ve|’ll|’d|’m|n’t)(?:\s|$))"
    # a plural possessive's apostrophe ("Workers ' Party")
    r"|(?<=s )(?=['’] ))"
)
# a space after opening brackets ("( Jim )")
_SPACE_AFTER = re.compile(r"[(\[{]( )")
# a straight double quote standing apart, as its own token (at a line's start or after a space)
_QUOTE = re.compile(r'"(?<![^ \n]")(?= |$)', re.MULTILINE)
# punctuation a tokeniser writes apart, and as ordinary text writes it
_APART = re.compile(r" [,.;:](?=\s|$)")
# ... and written joined to the word before (counted only: the mark first, then the letter
# behind it, where a letter first was tried at every letter of the text, ~2.5x the time)
_JOINED_COMMA = re.compile(r"[,;:](?<=\w.)(?=\s)")


def tokenised(text: str) -> bool:
    """Whether ``text`` writes its punctuation apart, as tokenised corpora do: commas and full
    stops with a space before them, at least as often as commas written the ordinary way.

        >>> tokenised("Rain fell , and Jim left ."), tokenised("Rain fell, and Jim left.")
        (True, False)
    """
    if " , " not in text and " ." not in text:
        return False
    apart = len(_APART.findall(text))
    return apart >= 1 and apart >= len(_JOINED_COMMA.findall(text))


def detokenise(text: str) -> tuple[str, list[int]]:
    """``text`` with the spaces a tokeniser added removed, and for each character of the result
    its offset in ``text`` (one more entry at the end: ``len(text)``), so a span ``[s, e)`` of the
    result is ``[where[s], where[e - 1] + 1)`` of the original."""
    drop: set[int] = set()
    drop.update(m.start() for m in _SPACE_BEFORE.finditer(text))
    drop.update(m.start(1) for m in _SPACE_AFTER.finditer(text))
    # double quotes standing apart open and close in turn, line by line
    opened = False
    line_start = 0
    for m in _QUOTE.finditer(text):
        if text.rfind("\n", 0, m.start()) >= line_start:
            opened = False  # (a new paragraph opens afresh)
            line_start = m.start()
        q = m.start()
        if not opened and q + 1 < len(text) and text[q + 1] == " ":
            drop.add(q + 1)
        elif opened and q > 0 and text[q - 1] == " ":
            drop.add(q - 1)
        opened = not opened
    if not drop:
        return text, list(range(len(text) + 1))
    # (the kept runs between the dropped spaces, sliced and joined: character by character it
    # was ~0.1 ms a tokenised text)
    kept: list[str] = []
    where: list[int] = []
    at = 0
    for cut in sorted(drop):
        kept.append(text[at:cut])
        where += range(at, cut)
        at = cut + 1
    kept.append(text[at:])
    where += range(at, len(text) + 1)
    return "".join(kept), where
