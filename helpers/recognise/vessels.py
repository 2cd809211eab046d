"""Ships' and aircraft's names: no person of the story, nor the town they spell.

Part of :mod:`helpers.recognise`. A navy's ship prefix before capitalised words ("HMNZS
Wellington", "HMAS Adelaide", "USS Gerald R. Ford") names a ship, and an aircraft's model code
before one ("a P-3K2 Orion", "a C-130 Hercules") names the aircraft: the words after it are no
person ("HMNZS Wellington" was one) and no town (Orion, the Philippines). :func:`craft_spans`
finds them among the article's capitalised tokens. The recogniser replaces every reading that
overlaps one: a ship is one organisation, as news NER marks it (GMB: "the MV Nipayia", "the USS
Kitty Hawk"), an aircraft no name it counts.
"""

from __future__ import annotations

import re

from helpers.recognise.place_words import MODEL_CODE
from helpers.recognise.tokens import _Words

__all__ = ["SHIP_PREFIXES", "craft_spans"]

# navies' and services' prefixes of ship names (Commonwealth, US, and others news writes), and
# merchant ships'; not those that are also other names' letters ("INS", the US immigration
# service; "SAS", the airline and the regiment; "JS Bach"; "SS" officers)
SHIP_PREFIXES = frozenset(
    ["HMS", "HMAS", "HMNZS", "HMCS", "HMY", "RFA", "USS", "USNS", "USCGC", "PNS", "KRI", "BRP",
     "ROKS", "HNLMS", "HDMS", "HSwMS", "NRP", "ESPS", "TCG", "MV", "RMS"]
)  # fmt: skip
# an aircraft's model code as one token ("C-130", "P-8", "P-3K2", "MiG-29" is no model's)
_MODEL = re.compile(rf"{MODEL_CODE}\d?")


def craft_spans(w: _Words, index: list[int], words: list[str]) -> list[tuple[int, int, bool]]:
    """The (start, end, is a ship) of each ship's or aircraft's name, its prefix or model code
    included: the capitalised tokens joined to the prefix by single spaces. ``index`` and
    ``words`` are the article's capitalised tokens' numbers and texts.

        >>> from helpers.recognise.names import _cues
        >>> from helpers.recognise.tokens import _tokens
        >>> t = "Ships HMNZS Wellington and HMAS Adelaide left; a P-3K2 Orion flew."
        >>> w = _tokens(t, _cues())
        >>> caps = [k for k, c in enumerate(w.caps) if c]
        >>> [(t[s:e], ship) for s, e, ship in craft_spans(w, caps, [w.texts[k] for k in caps])]
        [('HMNZS Wellington', True), ('HMAS Adelaide', True), ('P-3K2 Orion', False)]
    """
    if SHIP_PREFIXES.isdisjoint(words) and "-" not in "".join(words):
        return []  # (most articles: two C-level passes)
    out: list[tuple[int, int, bool]] = []
    texts, caps, joined, n = w.texts, w.caps, w.joined, len(w.texts)
    for k, word in zip(index, words, strict=True):
        ship = word in SHIP_PREFIXES
        if ship or ("-" in word and _MODEL.fullmatch(word)):
            j = k + 1
            while j < n and caps[j] and joined[j]:
                j += 1
            if j > k + 1 and texts[k + 1][:1].isupper():
                out.append((w.starts[k], w.ends[j - 1], ship))
    return out
