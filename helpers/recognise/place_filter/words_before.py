"""The place filter's rules on the words before a mention: a longer name it ends, or a person.

Part of :mod:`helpers.recognise.place_filter`, asked by
:func:`~helpers.recognise.place_filter.walk._filter` for each mention after
:mod:`~helpers.recognise.place_filter.written_form`'s rules: a name is no place where the words
before it make it the tail of another name (a feature's, "Menindee Lakes", "the River South Esk";
a park's, a region's, an operation's, a camp's, a party's, a water's, a street's, a Romance
name's: "Workers Party of Korea", "Gulf of Guinea", "Calle Florida", "Defensoría del Pueblo"),
or a ship's, a family member's or a titled person's name ("the container ship Dali", "her son,
Lincoln", "Mr. Reading"). The rules that read what follows the name along with it stand here
too, in their order: a Romance compass word ("Horta Sud"), a second river ("the Kabul and Swat
rivers"), an age ("Amparo, a 67-year-old"), a possessive's disease ("Parkinson's disease"), a
name's modifier ("the Great Salt Lake", "the Old Vic") and a court's district ("the Southern
District of New York").
"""

from __future__ import annotations

import re

from helpers.recognise.cues import FEATURE_HALVES
from helpers.recognise.name_tails import (
    _FEATURE_CONNECTORS,
    _ROMANCE_ARTICLES,
    _feature_of,
    _party_of,
    _prev_word,
    _romance_name_of,
    _water_of,
)
from helpers.recognise.place_scan import (
    _Mention,
)
from helpers.recognise.place_words import (
    KIN_NOUNS,
    MODIFIERS,
    _Lexicon,
    described_as_ship,
)
from helpers.recognise.places import (
    _CAMP_HEADS,
    _FOREIGN_COMPASS,
    _OPERATION_HEADS,
    _RIVER_PAIR,
    _SENTENCE_END,
    _small_area,
)

# capitalised words before a place's other name that make another place's name ("Great Salt Lake")
_NAME_MODIFIERS = frozenset({"Great", "Little", "Upper", "Lower", "Greater", "Old", "New"})
# a disease's name after a possessive: "Parkinson's disease", "Hodgkin's lymphoma" (and after a
# place's own name: word_after._DISEASE_WORDS)
_POSSESSIVE_DISEASE = re.compile(r"['’]s (?:disease|syndrome|lymphoma)\b")
# the last words of parks' and reserves' names ("Jasper National Park", "Ocala National Forest")
_PARK_WORDS = frozenset({"park", "forest", "reserve", "refuge", "preserve", "monument"})
# an age in apposition after a name: a person's ("Amparo, a 67-year-old", "Amparo, 67,")
_AGED_AFTER = re.compile(r", (?:an? \d{1,3}-year-old\b|\d{1,3},)")
_AT_IN = frozenset({"at", "in"})
# dishes named after a town, the town after a lower-case food word ("beef Wellington", "chicken
# Kiev" are on a menu, not in New Zealand or Ukraine; a food word after the town:
# word_after._NAMED_THINGS)
_DISHES = frozenset({"beef Wellington", "chicken Kiev", "chicken Kyiv", "lobster Newburg"})


# a list of given names after a family's noun: "his sons, Jack and Austin", "their children,
# Stefan and Tara", "daughters Ann, Beth and Clare" (a singular noun's one name is KIN_NOUNS'
# rule)
_KIN_PLURALS = frozenset((
    "children", "sons", "daughters", "grandchildren", "grandsons", "granddaughters", "brothers",
    "sisters", "siblings", "twins", "kids", "stepchildren", "parents",
))  # fmt: skip
# the districts a US state's federal courts are named by, before "of" and the state
_COURT_DISTRICTS = frozenset(
    f"{side} District"
    for side in ("Northern", "Southern", "Eastern", "Western", "Central", "Middle")
)
_OF_CAPITAL = re.compile(r" of [A-Z]")
_LIST_TAILS = (" and ", ", ", " or ")
_KIN_LIST_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(_KIN_PLURALS))}),? (?:[A-Z][\w'’-]+(?:, | and | or |, and ))+\Z"
)
_KIN_LIST_REACH = 80  # characters: the noun and up to about five names before this one


def _starts_sentence(text: str, span: tuple[int, int]) -> bool:
    """Whether the word at ``span`` starts a sentence (so its capital letter says nothing)."""
    if _prev_word(text, span[0]) is None:
        return True
    before = text[max(0, span[0] - 3) : span[0]]
    return bool(_SENTENCE_END.search(before)) or before.strip() == ""


_WORD_BEFORE = re.compile(r"([A-Z][a-z]+) \Z")


def _feature_before(text: str, at: int, features: frozenset[str]) -> bool:
    """Whether a capitalised feature's word ("River", "Lake") ends right before ``at``."""
    word = _WORD_BEFORE.search(text, max(0, at - 16), at)
    return word is not None and word.group(1).lower() in features


def _no_place_by_words_before(
    text: str,
    m: _Mention,
    prev_w: str,
    prev_adj: bool,
    pl: str,
    major: bool,
    lex: _Lexicon,
    person_keys: set[int],
) -> bool:
    """Whether the words before ``m`` make it no place where it stands (a ship's, a family
    member's or a titled person's name goes to ``person_keys`` too). ``prev_w`` is the word
    before it (``pl`` in lower case), ``prev_adj`` whether it is one space before it; ``major``
    is a fact of its surface (:data:`~helpers.recognise.place_filter.facts._Facts`)."""
    single, start, prev = m.ntok == 1, m.start, m.prev
    features, common, titles, first_names = lex.features, lex.common, lex.titles, lex.first_names
    if single and prev_adj and f"{prev_w} {m.surface}" in _DISHES:
        return True  # a dish: "beef Wellington", "chicken Kiev"
    if single and prev_adj and prev_w[:1].isupper() and m.surface.lower() in features:
        return True  # a feature name's tail: "Menindee Lakes", "Central Highlands"
    if (
        not single
        and prev_adj
        and prev_w[:1].isupper()
        and pl not in common
        and all(t in MODIFIERS for t in m.surface.lower().split(" "))
        and not _starts_sentence(text, prev)  # type: ignore[arg-type]
    ):
        return True  # a compass pair ending a longer name: a ward ("Cllr Sian Morgan (Fishguard
        # North West)") or a body's branch ("Counter Terrorism Policing North West") was South
        # Africa's North West province
    if (
        single
        and prev_adj
        and prev_w in ("New", "Old")
        and m.senses[0][1].kind == "demonym"
        and (m.senses[0][1].feature_code or "").startswith("PPL")
    ):
        return True  # the people of a "New" town of their own: "New Londoners" (New London,
        # Connecticut) are no Londoners (a country's people stay: "New Cuban President")
    if (
        single
        and prev_adj
        and prev_w in FEATURE_HALVES
        and _feature_before(text, prev[0], features)  # type: ignore[index]
    ):
        return True  # a river's half: "the River South Esk" (Esk, Queensland)
    if (
        not single
        and prev_adj
        and prev_w[:1].isupper()
        and not major
        and m.surface.lower().rsplit(" ", 1)[-1] in _PARK_WORDS
        and all(w in common for w in m.surface.lower().split())
    ):
        return True  # a park's name's everyday tail: "Jasper National Park" (National Park, NJ)
    if (
        single
        and prev_adj
        and m.surface in _FOREIGN_COMPASS
        and prev_w[:1].isupper()
        and pl not in common
        and not _starts_sentence(text, prev)  # type: ignore[arg-type]
    ):
        return True  # a Romance compass word ending a region's name: "the Horta Sud district"
        # (a Valencian comarca) is no Haitian department
    if (
        not major
        and m.next is not None
        and m.next[0] == m.tok_end + 1
        and text[m.next[0] : m.next[1]] in _FOREIGN_COMPASS
        and text[m.tok_end] == " "
    ):
        return True  # ... nor is its head the Catalan town Horta
    if (
        single
        and not major
        and m.senses[0][1].kind == "city"
        and text[m.tok_end : m.tok_end + 5] == " and "
        and _RIVER_PAIR.match(text, m.tok_end)
    ):
        return True  # the first of two rivers: "the Kabul and Swat rivers" is no Kabul city
    if prev_adj and prev_w in _OPERATION_HEADS:
        return True  # an operation's name: "Operation Kaveri" (India's evacuation from Sudan)
        # is no river, "Operation Iraqi Freedom" no Iraq
    if single and not major and prev_adj and prev_w in _CAMP_HEADS:
        return True  # a camp's, a fort's or a mountain's name: "Camp Mystic" (a Texas summer
        # camp) is no Mystic, Connecticut (a town so named is matched whole: "Fort Worth")
    if prev_w == "of" and _party_of(text, prev):  # type: ignore[arg-type]
        return True  # "Workers Party of Korea": the party's name, not the country
    if prev_w == "of" and _water_of(text, prev):  # type: ignore[arg-type]
        return True  # "Gulf of Guinea", "Bay of Bengal": the water's name, not the place
    if pl in _FEATURE_CONNECTORS and _feature_of(text, prev, lex.feature_heads):  # type: ignore[arg-type]
        return True  # "Salar de Piedra Blanca": the salt flat's name, not the Dominican town
    if (
        prev_adj
        and prev_w in lex.street_heads
        # (an English verb at a sentence's start: "Place Paris first")
        and not (prev_w == "Place" and _starts_sentence(text, prev))  # type: ignore[arg-type]
    ):
        return True  # "Calle Florida", "Avenida Corrientes": the street's name, not the state's
    if pl in _ROMANCE_ARTICLES and _romance_name_of(text, prev):  # type: ignore[arg-type]
        return True  # "Defensoría del Pueblo", "Universidad de los Andes": a name's tail
    if (
        single
        # (a state's or a province's name too: "the aircraft carrier Atlântico" was the
        # Colombian department)
        and (not major or m.senses[0][1].kind == "admin area")
        and ((prev_adj and pl in lex.vessel_nouns) or described_as_ship(text, m.end))
    ):
        person_keys.add(m.key)  # "the container ship Dali", "Dali, a … vessel": a ship's name
        return True
    if single and not major and pl in KIN_NOUNS and text[prev[1] : start] in (" ", ", "):  # type: ignore[index]
        person_keys.add(m.key)  # "her 9-year-old son, Lincoln,": a family member's name
        return True
    if (
        single
        and not major
        and (
            (pl in _KIN_PLURALS and text[prev[1] : start] in (" ", ", "))  # type: ignore[index]
            or (
                text.endswith(_LIST_TAILS, 0, start)
                and _KIN_LIST_BEFORE.search(text, max(0, start - _KIN_LIST_REACH), start)
            )
        )
    ):
        person_keys.add(m.key)  # a family's names: "their children, Stefan and Tara" (Tara,
        return True  # Ireland)
    if single and not major and _AGED_AFTER.match(text, m.end) and pl not in _AT_IN:
        # "Amparo, a 67-year-old retired seamstress": a resident's name (here only: "Jorge
        # Quiroga … Quiroga, 65, … In Quiroga, Spain" keeps the village); not after "at" or
        # "in", where the age is an earlier noun's ("The station master at Larissa, a
        # 59-year-old man")
        return True
    if prev_adj:
        if not major and pl.strip(".") in titles:
            person_keys.add(m.key)
            return True
        if single and prev_w[:1].isupper():
            if pl in first_names or pl in titles:  # "George Washington", "Mr. Reading"
                if not major or pl in first_names:
                    person_keys.add(m.key)
                    return True
            elif (
                (not major or _small_area(m.senses[0][1]))
                and pl not in MODIFIERS
                and pl not in common
                and not _starts_sentence(text, prev)  # type: ignore[arg-type]
                # (not a town after an acronym, a body's campus: "airlifted to AIIMS Rishikesh"
                # was a person Rishikesh; "IIT Bombay"; not in capitals, a name's: "MORRIS
                # LAMONT/Sun Media", nor before a longer name's word: "NASCAR Winston Cup")
                and not (
                    prev_w.isupper()
                    and len(prev_w) > 2
                    and m.senses[0][1].kind == "city"
                    and not m.surface.isupper()
                    and not text[m.end + 1 : m.end + 2].isupper()
                )
            ):
                return True  # inside a longer proper name: "Kim Jong Un", "Notre Dame"
    if (
        single
        and not major
        and text[m.end : m.end + 1] in ("'", "’")
        and _POSSESSIVE_DISEASE.match(text, m.end)
    ):
        return True  # "Parkinson's disease": the disease's name
    if prev_adj and prev_w in _NAME_MODIFIERS:
        if m.senses[0][2]:
            return True  # "the Great Salt Lake": a lake's name, not Salt Lake City's other name
        if single and not major and text.endswith("the ", 0, prev[0]):  # type: ignore[index]
            return True  # "at the Old Vic": a theatre's name, not Vic in Catalonia
    if m.surface in _COURT_DISTRICTS and _OF_CAPITAL.match(text, m.end):  # noqa: SIM103
        return True  # "the Southern District of New York": a federal court's district, no
        # district of Israel's or Botswana's (the state after "of" is the place)
    return False
