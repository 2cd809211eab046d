"""The place filter's rules on a mention's written form: codes, models, hyphens, apostrophes.

Part of :mod:`helpers.recognise.place_filter`, asked by
:func:`~helpers.recognise.place_filter.walk._filter` for each mention: a name is no place where its
letters, and the marks glued to it, make it part of something else: a country's letters in title
case ("About Us"), a prefix ("Pan-American"), an aircraft's or a machine's name ("C-130 Hercules",
"Victor 6000"), an era ("300 BC"), a model or a registration ("AK-47", "VT-ANB"), a name's short
form in brackets ("Athletics Kenya (AK)"), the head or the tail of a hyphenated name, everyday
words in a subheading's capitals, a word with an inner apostrophe ("Mo'unga"), a possessive name
("Cox's Bazar"); and a name after initials is a person's ("C.C. Wei").
"""

from __future__ import annotations

import re

from helpers.gazetteer import TOWN_KINDS
from helpers.recognise.acronyms import (
    defined_acronym,
)
from helpers.recognise.cues import _cues
from helpers.recognise.place_scan import (
    _Mention,
)
from helpers.recognise.place_words import (
    _Lexicon,
    after_model_code,
)
from helpers.recognise.places import (
    _DATELINE_AFTER,
    _ERAS,
    _KIND_TAILS,
    _MODEL_NUMBER_AFTER,
    _REGISTRATION_TAIL,
    _WORD_PREFIXES,
    AIRCRAFT_AFTER,
    _compound_head,
)

_POSSESSIVE_TAIL = re.compile(r"['’]s(?![^\W_])")
# a possessive followed by a capitalised word: "'s Bazar", "’s Vineyard", "' Park"
_POSSESSIVE_NAME = re.compile(r"(?:['’]s|s['’]|['’]) [A-Z]")

# the letters of US parties before a state's ("Sen. Alex Padilla (D-CA)", "R-TX", "I-VT")
_US_PARTY_LETTERS = frozenset("DRI")


# "of" in the Romance languages, between a name's head and the place it belongs to
_ROMANCE_OF = re.compile(r" (?:de|del|de la|de los|de las|di|da|do|dos|das) ")

# a Spanish or Italian nickname's opening after a name's comma or bracket, and the closing quotes
_NICKNAME_BEFORE = re.compile(r"[,(] [“\"](?:El|La|Los|Las|Il|Lo) \Z")
_CLOSING_QUOTES = frozenset({"”", '"'})

# the compass words of French, Spanish and Portuguese names, which also name regions (Haiti's
# Ouest, France's Nord): in a hyphenated name they are its part
_COMPASS_PARTS = frozenset(
    {"Nord", "Sud", "Est", "Ouest", "Norte", "Sur", "Este", "Oeste", "Leste"}
)


def _same_place(a: _Mention, b: _Mention) -> bool:
    """Whether two mentions' best senses are one place."""
    ea, eb = a.senses[0][1], b.senses[0][1]
    return (ea.name, ea.country_code) == (eb.name, eb.country_code)


def _no_place_by_form(
    text: str,
    mentions: list[_Mention],
    idx: int,
    prev_w: str,
    prev_adj: bool,
    major: bool,
    big: bool,
    lex: _Lexicon,
    person_keys: set[int],
) -> bool:
    """Whether the written form of ``mentions[idx]`` makes it no place where it stands (a name
    after initials goes to ``person_keys`` too). ``prev_w`` is the word before it, ``prev_adj``
    whether that word is one space before it; ``major`` and ``big`` are its surface's facts
    (:data:`~helpers.recognise.place_filter.facts._Facts`)."""
    m = mentions[idx]
    single, start, prev, last = m.ntok == 1, m.start, m.prev, len(mentions) - 1
    if (
        single
        and len(m.surface) == 2
        and m.surface[1].islower()
        and m.senses[0][1].kind == "country"
    ):
        return True  # a country's two letters are written in capitals: "About Us" is no US
    # (a word right before it, one space away, leaves no room for "pan-")
    if not prev_adj and text[max(0, start - 6) : start].lower().endswith(("pan-", "trans-")):
        return True  # "Pan-American Highway", "Pan-African Parliament", "Trans-Pacific
        # Partnership": no country or ocean meant
    if single and prev_adj and after_model_code(text, start):
        return True  # an aircraft's name after its model ("C-130 Hercules"), not the town
    if (
        not big
        and m.senses[0][1].kind == "city"
        and text.startswith(" ", m.end)
        and AIRCRAFT_AFTER.match(text, m.end + 1)
    ):
        return True  # an aircraft's name before its noun ("a Black Hawk helicopter" was Black
        # Hawk, South Dakota; "the Twin Otter plane"), not a town
    if not big and m.senses[0][1].kind == "city" and _MODEL_NUMBER_AFTER.match(text, m.end):
        return True  # a machine's name before its model number ("the Victor 6000" robot was
        # Victor, New York), not a town; not a year ("Victor 1999")
    if single and prev_adj and m.surface in _ERAS and prev_w.isdigit():
        return True  # an era after a number ("300 BC"), not British Columbia
    if single and text[m.end : m.end + 1] == "-" and m.surface in ("Al", "El"):
        return True  # the Arabic article of a name ("Yasir Al-Rumayyan"), not Alabama
    if single and text[m.end : m.end + 1] in ("-", ".") and text[m.end + 1 : m.end + 2].isdigit():
        return True  # a model's name ("AK-47", "SU-57", "ID.4"), not Alaska or Idaho
    if (
        single
        and len(m.surface) == 2
        and m.surface.isupper()
        and m.senses[0][1].kind != "country"
        and _REGISTRATION_TAIL.match(text, m.end)
    ):
        return True  # an aircraft's registration ("VT-ANB" of Air India 171 was Vermont)
    if (
        single
        and len(m.surface) == 2
        and m.surface.isupper()
        and m.senses[0][1].kind != "country"  # ("US-style", "UK-type" stay the countries)
        and text.startswith(_KIND_TAILS, m.end)
    ):
        return True  # a design's code: "an AR-style rifle" was Arkansas
    if (
        single
        and text[start - 1 : start] == "("
        and defined_acronym(text, start, m.end)
        and m.senses[0][1].kind != "country"  # "Democratic People's Republic … (DPRK)"
        and not (idx and _same_place(mentions[idx - 1], m))  # "Alaska (AK)"
    ):
        return True  # "Athletics Kenya (AK)": the name's short form, not Alaska
    if (
        single
        and text[m.end : m.end + 1] == "-"
        and text[m.end + 1 : m.end + 2].isupper()
        and (
            not big
            or _compound_head(m, mentions[idx + 1] if idx < last else None)
            # (a compass word heads a name whose other part is no place, however big the
            # region it also names: "Nord-Fosen siida" was France's Nord)
            or (
                m.surface in _COMPASS_PARTS
                and (idx == last or mentions[idx + 1].start != m.end + 1)
            )
        )
    ):
        return True  # the head of a hyphenated name ("Shin-Aomori", "Mercedes-Benz")
    if (
        text[m.end : m.end + 1] in _CLOSING_QUOTES
        and _NICKNAME_BEFORE.search(text, max(0, start - 8), start) is not None
    ):
        return True  # a nickname in quotes after a name ("Ismael Zambada García, “El Mayo”"
        # was County Mayo, Ireland; held folder 238)
    if (
        single
        and idx < last
        and (of := _ROMANCE_OF.match(text, m.end)) is not None
        and mentions[idx + 1].start == of.end()
        and m.senses[0][1].kind in TOWN_KINDS
        and m.senses[0][1].country_code not in {s[1].country_code for s in mentions[idx + 1].senses}
    ):
        return True  # the head of a longer Romance name whose tail is a place of another
        # country, which the gazetteer lacks whole ("the Campo de Gibraltar" was Campo,
        # Portugal; "the Condado de Huelva" Condado, Cuba)
    if (
        prev_w
        and text[start - 1 : start] == "-"
        and prev[1] == start - 1  # type: ignore[index]
        and prev_w[0].isupper()
        and not prev_w.isupper()  # a party's letters before a home town: "D-Charleston"
        and not (
            idx
            and mentions[idx - 1].end == start - 1
            # (a lake's or a mountain's word is no place's head: "Lac" is also Chad's region)
            and mentions[idx - 1].surface not in _cues().feature_beginnings
        )
        # (a compass word of any size: "the commune of Taiarapu-Ouest" was Haiti's Ouest)
        and (_compound_head(m, None) or m.surface in _COMPASS_PARTS)
    ):
        return True  # the tail of a hyphenated name whose head is no place ("the
        # Lac-Saint-Jean region" was St. John's, Newfoundland; "Hong Kong-Macau" stays)
    if (
        single
        and m.surface.isupper()
        and len(m.surface) == 2
        and text[start - 1 : start] == "-"
        and (
            text[start - 3 : start - 1].isalpha()
            # (or after one capital that is no US party's: "the N-VA" was Virginia)
            or (text[start - 2 : start - 1].isupper() and text[start - 2] not in _US_PARTY_LETTERS)
        )
        and m.senses[0][1].kind != "country"
    ):
        return True  # a name's tail after a word ("Smer-SD" was South Dakota; "D-CA" and
        # "Egypt-US relations" stay)
    if (
        not single
        and not big
        and m.surface.isupper()
        and not _DATELINE_AFTER.match(text, m.end)
        and m.senses[0][1].kind == "city"
        and all(w in lex.everyday for w in m.surface.lower().replace("-", " ").split())
    ):
        return True  # everyday words in a subheading's capitals ("OUTER ISLANDS CUT OFF",
        # "A CUT-OFF CITY" were Cut Off, Louisiana; "SALT LAKE CITY (AP) —" is a dateline)
    if (
        single
        and text[m.end : m.end + 1] == "-"
        and m.surface.lower() in _WORD_PREFIXES
        and text[m.end + 1 : m.end + 2].islower()
    ):
        return True  # a word's prefix: "Semi-finals" (Semi, Benin), "Mid-season"
    if (
        text[m.end : m.end + 1] in ("'", "’")
        and text[m.end + 1 : m.end + 2].isalpha()
        and not _POSSESSIVE_TAIL.match(text, m.end)
    ):
        return True  # the head of a word with an inner apostrophe: "Mo’unga" (not Missouri)
    if text[start - 1 : start] in ("'", "’") and text[start - 2 : start - 1].isalpha():
        return True  # ... and its tail: "Imi N'Tala" (Berber villages; not Tala, Mexico)
    if not big and not major and _POSSESSIVE_NAME.match(text, m.end):
        return True  # the head of a possessive name ("Cox's Bazar", "St James' Park")
    if single and prev is not None and prev[1] - prev[0] == 1:
        gap = text[prev[1] : m.start]
        if gap == ". " and prev_w.isupper() and not major:
            person_keys.add(m.key)  # after initials: "C.C. Wei", "J. Smith"
            return True
    return False
