"""Words that make a place's name the tail of a longer name: the word before an "of" or a "de"
("Workers Party of Korea", "Gulf of Guinea", "Salar de Piedra Blanca", "Defensoría del Pueblo").

Pure functions of the text around a place candidate, for the places filter
(:mod:`helpers.recognise.places`).
"""

from __future__ import annotations

import re

from helpers.recognise.place_words import CONNECTORS, PARTY_WORDS, WATER_OF


def _prev_word(text: str, pos: int) -> tuple[int, int] | None:
    """The span of the word ending before ``pos`` (skipping punctuation), or None."""
    i = pos
    while i > 0 and not text[i - 1].isalnum():
        i -= 1
    if i == 0:
        return None
    j = i
    while j > 0 and text[j - 1].isalnum():
        j -= 1
    return j, i


def _party_of(text: str, of_span: tuple[int, int]) -> bool:
    """Whether the "of" at ``of_span`` follows a capitalised party-type word ("Workers Party of",
    "Central Committee of the"), making the place after it part of the organisation's name."""
    w = _prev_word(text, of_span[0])
    if w is not None and text[w[0] : w[1]] == "the":
        w = _prev_word(text, w[0])
    if w is None:
        return False
    word = text[w[0] : w[1]]
    return word[:1].isupper() and word.lower() in PARTY_WORDS


# the words between a Spanish, Portuguese or French feature's first word and its name ("Salar
# de", "Serra do Gandarela", "Rio das Velhas", "Gare du Nord", "Jardin des Plantes")
# (and Italian's: "near Piazza della Libertà" was Piazza, a town in Lombardy; held folder 220)
_FEATURE_CONNECTORS = frozenset(
    {"de", "del", "do", "da", "dos", "das", "du", "des",
     "di", "della", "delle", "dello", "dei", "degli"}
)  # fmt: skip
# what follows a feature's "de": a capital, or an article and a capital ("Palau de la Generalitat")
_ARTICLE_AND_CAPITAL = re.compile(r"(?:(?:la|las|los|les|l') ?)?[A-ZÀ-Þ]")


def _feature_of(text: str, de_span: tuple[int, int], heads: frozenset[str]) -> bool:
    """Whether the "de" at ``de_span`` follows a Spanish or Portuguese feature's first word
    (``heads``: "Salar de", "Cerro de"), making the place after it part of the feature's name."""
    w = _prev_word(text, de_span[0])
    return w is not None and text[w[0] : w[1]] in heads


def _water_of(text: str, of_span: tuple[int, int]) -> bool:
    """Whether the "of" at ``of_span`` follows a capitalised water word ("Gulf of", "Strait of"),
    making the place after it part of the water's name."""
    w = _prev_word(text, of_span[0])
    return w is not None and text[w[0]].isupper() and text[w[0] : w[1]].lower() in WATER_OF


# "del", "de la", "de los" …: in a Spanish, Italian or Portuguese name, a common noun follows
_CONTRACTED = frozenset(["del", "della", "dello", "dei", "degli", "do", "da", "dos", "das"])
_ROMANCE_ARTICLES = _CONTRACTED | {"la", "las", "los"}


def _romance_name_of(text: str, art_span: tuple[int, int]) -> bool:
    """Whether the article at ``art_span`` ("del", or "la"/"los" … after "de") follows a
    capitalised word that is no connector: the capitalised word after it is the tail of that
    name ("Defensoría del Pueblo", "Banco de la Nación"), not a place.

        >>> t = "Defensoria del Pueblo"
        >>> _romance_name_of(t, (11, 14))
        True
    """
    art = text[art_span[0] : art_span[1]].lower()
    w = _prev_word(text, art_span[0])
    if w is not None and art not in _CONTRACTED:
        if text[w[0] : w[1]].lower() != "de":
            return False  # "la", "los", "do" … only after "de"
        w = _prev_word(text, w[0])
    return w is not None and text[w[0]].isupper() and text[w[0] : w[1]].lower() not in CONNECTORS
