"""Institutions named by a possessive: a saint's or a people's before a hospital's or a party's.

Part of :mod:`helpers.recognise`, asked by :func:`helpers.recognise.orgs.organisations`: "St.
Mary's Hospital", "St Thomas' Hospital", "Boston Children's Hospital", "King's College", "Taiwan
People's Party". Without this rule the possessive split the name: "Seoul St. Mary" was a person,
"Hospital and Severance Hospital" one organisation, "Boston" a place in England, and "Taiwan
People's Party" a person. A church or a cathedral ("St Paul's Cathedral") is a building and
stays out. Each find is a (start, end, rule) for the organisation rules' merge.

    >>> from helpers.recognise import recognise
    >>> [(s.surface, s.type) for s in recognise("She was taken to St. Mary's Hospital.")]
    [("St. Mary's Hospital", 'organisation')]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING

from helpers.recognise.anchored import add_capitals_before, matches_at
from helpers.recognise.cues import _cues

if TYPE_CHECKING:
    from helpers.recognise.places import _Mention

__all__: list[str] = []  # (the organisation rules import the private rule)

# up to two capitalised words (a city's or a founder's name), then a saint's name, a people's
# noun or a monarch's title with its possessive, then the institution's word
_POSSESSIVE_INSTITUTION = re.compile(
    r"(?<![\w.'’-])((?:[A-Z][\w-]+ ){0,2})"
    r"(?:(?:St\.?|Saint|Sainte|Santa) [A-Z][\w-]*|Children|Women|Sick Children|King|Queen)"
    r"(?:['’]s|(?<=s)['’]) "
    r"(?:Hospital|Infirmary|College|School|University|Academy|Medical Cent(?:er|re)|Clinic)\b"
    # ... or a people's or workers' party, front or union ("Taiwan People's Party", "Workers'
    # Party", "People's Action Party"), or China's people's bodies ("Central People's
    # Government", "People's Liberation Army", "Supreme People's Court"): the word alone after
    # the possessive is no name the names rules read
    r"|(?<![\w.'’-])((?:[A-Z][\w-]+ ){0,3})(?:People|Workers|Farmers|Peasants|Citizens)"
    r"(?:['’]s|(?<=s)['’]) (?:[A-Z][a-z]+ )?"
    # (and an organisation: "South West Africa People's Organisation (Swapo)" was West Africa; and
    # Vietnam's committees: "the city People's Committee said" was an organisation "Committee")
    r"(?:Party|Front|Alliance|Congress|Movement|Union|Government|Liberation Army|Daily"
    r"|Organi[sz]ation|Committee"
    r"|Assembly|Court|Procuratorate|Bank(?: of [A-Z][a-z]+)?)\b"
    # (and its "for" name: "People's Alliance for Democracy"; not "of": "… Congress of Sri
    # Lankan President")
    r"(?: for (?:the )?[A-Z][\w-]+(?: [A-Z][\w-]+){0,2}\b)?"
)
# (tried only at the capitals before each possessive's apostrophe, back to its fourth space,
# read backwards in the reversed text: a match holds no apostrophe before its possessive's, and
# up to three spaces before it, two after the city's words and one in "St. Mary" or "Sick
# Children"; from the text's start the look-behind was tried at every character, ~0.2 ms an
# article with the hints)
_POSSESSIVE_MARK = re.compile(r"['’]s? ")
_WORDS_BEFORE_MARK = re.compile(r"[\w.-]*+(?: [\w.-]*+){0,3}")


# an office's name before a people's body, whose name it ends with ("the Liaison Office of the
# Central People's Government" was cut to "… of the Central People")
_OFFICE_OF = re.compile(
    r"(?<![\w.'’-])((?:[A-Z][\w-]+ ){0,3}(?:Office|Committee|Commission|Bureau|Council"
    r"|Department|Ministry|Mission|Delegation|Embassy) (?:of|for|to) (?:the )?)\Z"
)


# what each needs somewhere in the text (one scan of the text's possessives)
_HINT = re.compile(
    r"['’]s? (?:Hospital|Infirmary|College|School|University|Academy|Medical|Clinic|[A-Z][a-z]+ "
    r"(?:Party|Front|Alliance|Congress|Movement|Union)|Party|Front|Alliance|Congress|Movement|Union"
    r"|Government|Liberation Army|Bank|Daily|Assembly|Court|Procuratorate|Organi[sz]ation|Committee)"
)


# ... or a monarch's or a prince's name before it, without the possessive ("Queen Elizabeth
# Central Hospital" was a place "Queen Elizabeth" and an organisation "Central Hospital")
_ROYAL_INSTITUTION = re.compile(
    r"(?<![\w.'’-])(?:King|Queen|Prince|Princess) [A-Z][a-z]+ (?:[A-Z][a-z]+ ){0,2}"
    r"(?:Hospital|Infirmary|College|School|University|Academy|Medical Cent(?:er|re)|Clinic)\b"
)
_ROYAL_HINT = ("King ", "Queen ", "Prince")
# ... and a public officer's office by its possessive, without the town or county before it,
# which stays the place as the geoparsing corpora mark it ("the Greenville County Sheriff's
# Office said" found no organisation at all; "the Manhattan District Attorney's Office")
# (and a special or supreme prosecutor's, an officer general's: "the Special State Prosecutor's
# Office", "the Attorney General's Office" found nothing); and a head of government's or of
# state's ("a senior minister in the Prime Minister's Office", folder 215)
_OFFICE = (
    r"(?:(?:Special|Supreme|Federal|Regional) )?(?:District |State |Chief |Deputy )?"
    r"(?:Sheriff|Attorney|Coroner|Prosecutor|Medical Examiner|Fire Marshal|Public Defender"
    r"|Auditor|Comptroller|Treasurer|Attorney General|Prosecutor General|Solicitor General"
    r"|Inspector General|Auditor General"
    r"|Prime Minister|First Minister|Minister|President|Vice President|Premier|Chancellor"
    r"|Governor|Mayor)['’]s (?:Office|Department)"
)
_OFFICERS_OFFICE = re.compile(rf"(?<![\w.'’-]){_OFFICE}\b")


# a body named by a list of its fields, commas and "and" between them ("the Environment, Food and
# Rural Affairs Committee" was cut to "Rural Affairs Committee", "the Culture, Media and Sport
# Committee" to "Sport Committee"); no council, whose towns are listed so ("Leeds, Bradford and
# Kirklees Council areas")
_LISTED_BODY = re.compile(
    r"(?<![\w.'’-])(?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+,(?: (?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+,){0,3}"
    r" (?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+ and (?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+"
    r" (?:Select )?(?:Committee|Sub-?[Cc]ommittee|Commission|Department)\b"
)
# (found from each " and " the body's last words follow, then the list before it, ending there:
# the pattern over the whole text tried every character of every article with a comma and an
# "and", ~0.1 ms an article)
_BODY_AFTER_AND = re.compile(
    r" and (?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+ (?:Select )?(?:Committee|Sub-?[Cc]ommittee|Commission"
    r"|Department)\b"
)
_LISTED_BODY_ENDING = re.compile(_LISTED_BODY.pattern + r"\Z")
_LIST_REACH = 400  # characters before the "and": longer than the longest list the pattern takes


def _listed_bodies(text: str) -> list[tuple[int, int, str]]:
    """Each committee, commission or department named by a list of its fields, without a sentence's
    first function word ("The Culture, Media and Sport Committee met" → "Culture, Media and
    Sport Committee").

        >>> _listed_bodies("MPs on the Science, Innovation and Technology Committee asked.")
        [(11, 55, 'listed')]
    """
    if " and " not in text or ", " not in text:
        return []
    out: list[tuple[int, int, str]] = []
    function_words = _cues().function_words
    at = text.find(" and ")
    while at != -1:
        tail = _BODY_AFTER_AND.match(text, at)
        m = (
            _LISTED_BODY_ENDING.search(text, max(0, at - _LIST_REACH), tail.end())
            if tail is not None
            else None
        )
        if m is not None:
            start = m.start()
            word = text[start : text.index(" ", start)].rstrip(",")
            if word.lower() in function_words:
                start += len(word) + 1
            out.append((start, m.end(), "listed"))
        at = text.find(" and ", at + 1)
    return out


# what follows a town in its own people's body or officer's office: the town stays the place
# the map shows, the body whole among the spans ("Hanoi People's Committee", "Thua Thien Hue
# Province People's Committee", "Greenville County Sheriff's Office")
_TOWNS_BODY = re.compile(
    r" (?:(?:Province |Provincial |Municipal |City |District |Prefecture |Prefectural )?"
    r"People['’]s (?:Committee|Council|Court|Procuracy|Procuratorate|Government|Congress)"
    rf"|{_OFFICE})\Z"
)


def owning_town(
    text: str, start: int, end: int, cands: Sequence[_Mention], starts: Sequence[int]
) -> _Mention | None:
    """The place whose own body the possessive institution ``text[start:end]`` is: the place
    candidate that opens the name (or ends right before it, for an officer's office, which
    the rule finds without its town) and is followed by nothing but the body's words. ``cands``
    are the article's place candidates in text order, ``starts`` their starts.

        >>> from helpers.recognise import recognise
        >>> [(s.surface, s.type) for s in recognise("The Hanoi People's Committee met.")]
        [("Hanoi People's Committee", 'organisation')]
    """
    i = bisect_right(starts, start) - 1
    if i < 0:
        return None
    m = cands[i]
    if (
        m.end < end
        and (m.end > start or (m.end == start - 1 and text[m.end] == " "))
        and _TOWNS_BODY.match(text, m.end, end) is not None
    ):
        return m
    return None


def _possessive_matches(text: str) -> list[re.Match[str]]:
    """``_POSSESSIVE_INSTITUTION``'s matches, tried at the capitals of the words before each
    possessive ("'s " or "’s ", or an apostrophe after an "s": "Workers' Party")."""
    rev = text[::-1]
    starts: set[int] = set()
    for mark in _POSSESSIVE_MARK.finditer(text):
        pos = mark.start()
        if mark.end() - pos == 2 and text[pos - 1 : pos] != "s":
            continue  # an apostrophe and a space, not after an "s"
        add_capitals_before(text, rev, pos, _WORDS_BEFORE_MARK, starts)
    return matches_at(_POSSESSIVE_INSTITUTION, text, starts)


def _possessive_institutions(text: str) -> list[tuple[int, int, str]]:
    """Each institution a saint's, a people's or a monarch's possessive names, with the city's,
    the country's or the founder's capitalised words before it (not a sentence's first function
    word: "At St. Mary's Hospital"), each a monarch's name without it names ("Queen
    Elizabeth Hospital"), and a public officer's office ("Sheriff's Office")."""
    out: list[tuple[int, int, str]] = []
    if any(hint in text for hint in _ROYAL_HINT):
        out += [(m.start(), m.end(), "possessive") for m in _ROYAL_INSTITUTION.finditer(text)]
    # (most articles hold no possessive's "'s " at all: no scan then)
    if "'s " not in text and "’s " not in text:
        return out
    if "s Office" in text or "s Department" in text:
        out += [(m.start(), m.end(), "possessive") for m in _OFFICERS_OFFICE.finditer(text)]
    if not _HINT.search(text):
        return out
    function_words = _cues().function_words
    for m in _possessive_matches(text):
        start = m.start()
        for word in (m.group(1) or m.group(2) or "").split():
            if word.lower() not in function_words:
                break
            start += len(word) + 1  # a sentence's "At" or "The" is no part of the name
        if m.group(2) is not None and (
            office := _OFFICE_OF.search(text, max(0, start - 80), start)
        ):
            start = office.start(1)
        out.append((start, m.end(), "possessive"))
    return out


# a numbered military unit ("Germany's 45th Armored Brigade" was "Armored Brigade", "the 82nd
# Airborne Division" "Airborne Division", "the U.S. Seventh Fleet" nothing, South Africa's "32
# Battalion" a lone "Battalion") and a named fleet
# ("the Baltic Fleet" was the Baltic Sea): its number or its sea is the unit's name
_UNIT_WORDS = ("Brigade", "Division", "Regiment", "Battalion", "Corps", "Fleet", "Squadron")
_ORDINAL = (
    r"(?:\d{1,3}(?:st|nd|rd|th)?|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth"
    r"|Tenth|Eleventh|Twelfth)"
)
_MILITARY_UNIT = re.compile(
    rf"(?<![\w.'’-])(?:{_ORDINAL} (?:[A-Z][a-z]+ ){{0,3}}(?:{'|'.join(_UNIT_WORDS)})"
    r"|(?!(?:The|A|An) )(?:[A-Z][a-z]+ ){1,2}Fleet)\b(?![’'-])"
)


def _military_units(text: str) -> list[tuple[int, int, str]]:
    """Numbered military units and named fleets, each one organisation.

    >>> _military_units("Troops of the 82nd Airborne Division and the Black Sea Fleet.")
    [(14, 36, 'unit'), (45, 60, 'unit')]
    """
    if not any(word in text for word in _UNIT_WORDS):
        return []  # (most articles name no unit)
    return [(m.start(), m.end(), "unit") for m in _MILITARY_UNIT.finditer(text)]
