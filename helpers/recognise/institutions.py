"""Institutions named by a possessive: a saint's or a people's before a hospital's or a school's word.

Part of :mod:`helpers.recognise`, asked by :func:`helpers.recognise.orgs.organisations`: "St.
Mary's Hospital", "Seoul St. Mary's Hospital", "St Thomas' Hospital", "Boston Children's Hospital", "King's College". Without this rule the possessive split the name: "Seoul St. Mary" was a
person, "Hospital and Severance Hospital" one organisation, and "Boston" a place in England. A
church or a cathedral ("St Paul's Cathedral") is a building and stays out. Each find is a (start,
end, rule) for the organisation rules' merge.

    >>> from helpers.recognise import recognise
    >>> [(s.surface, s.type) for s in recognise("She was taken to St. Mary's Hospital.")]
    [("St. Mary's Hospital", 'organisation')]
"""

from __future__ import annotations

import re

from helpers.recognise.cues import _cues

__all__: list[str] = []  # (the organisation rules import the private rule)

# up to two capitalised words (a city's or a founder's name), then a saint's name, a people's
# noun or a monarch's title with its possessive, then the institution's word
_POSSESSIVE_INSTITUTION = re.compile(
    r"(?<![\w.'’-])((?:[A-Z][\w-]+ ){0,2})"
    r"(?:(?:St\.?|Saint|Sainte|Santa) [A-Z][\w-]*|Children|Women|Sick Children|King|Queen)"
    r"(?:['’]s|(?<=s)['’]) "
    r"(?:Hospital|Infirmary|College|School|University|Academy|Medical Cent(?:er|re)|Clinic)\b"
)


def _possessive_institutions(text: str) -> list[tuple[int, int, str]]:
    """Each institution a saint's or a people's possessive names, with the city's or founder's
    capitalised words before it (not a sentence's first function word: "At St. Mary's
    Hospital")."""
    if (
        "s Hospital" not in text
        and "s College" not in text
        and "s School" not in text
        and ("s University" not in text and "s Medical" not in text and "s Clinic" not in text)
        and "s Infirmary" not in text
        and "s Academy" not in text
    ):
        return []
    function_words = _cues().function_words
    out: list[tuple[int, int, str]] = []
    for m in _POSSESSIVE_INSTITUTION.finditer(text):
        start = m.start()
        for word in m.group(1).split():
            if word.lower() not in function_words:
                break
            start += len(word) + 1  # a sentence's "At" or "The" is no part of the name
        out.append((start, m.end(), "possessive"))
    return out
