"""The place filter: which of a text's gazetteer names are places where they stand.

Part of :mod:`helpers.recognise`. :func:`_filter` keeps the candidates
:mod:`helpers.recognise.place_scan` found that pass the false-positive rules: calendar words
("March"), common words and first names or surnames that are also small towns ("Police",
"Reading", "Jones") unless the context says place ("in Reading", "Reading, Pa."), names inside a
longer proper name ("Kim Jong Un") or an organisation's ("Washington Post"). What a surface
form's gazetteer senses say, wherever it stands, is worked out once per surface
(:func:`_surface_facts`); the place vocabulary and the predicates other modules share stay in
:mod:`helpers.recognise.places`.
"""

from __future__ import annotations

import re

from helpers.gazetteer import (
    Gazetteer,
)
from helpers.gazetteer.index import (
    fold_accents,
)
from helpers.recognise.acronyms import (
    defined_acronym,
)
from helpers.recognise.chunks import _ARABIC_SURNAME
from helpers.recognise.cues import FEATURE_HALVES
from helpers.recognise.name_tails import (
    _ARTICLE_AND_CAPITAL,
    _FEATURE_CONNECTORS,
    _ROMANCE_ARTICLES,
    _feature_of,
    _party_of,
    _prev_word,
    _romance_name_of,
    _water_of,
)
from helpers.recognise.place_scan import (
    _forget_older_half,
    _memo,
    _Mention,
)
from helpers.recognise.place_words import (
    ALT_POP,
    KIN_NOUNS,
    KIND_OF,
    LOCATIVE,
    MODIFIERS,
    NAME_AREA_POP,
    ORG_SUFFIXES,
    PERSON_VERBS,
    PLACE_NOUNS,
    STREET_WORDS,
    STRICT_LOCATIVE,
    _Lexicon,
    _lexicon,
    after_model_code,
    described_as_ship,
)
from helpers.recognise.places import (
    _BARE_OCEANS,
    _BODY_HEADS,
    _CAMP_HEADS,
    _CLAUSE_END,
    _COMMA_NEXT,
    _COMMA_PREV,
    _CRAFT_WORDS,
    _DATELINE,
    _DATELINE_AFTER,
    _ERAS,
    _FOREIGN_COMPASS,
    _GENERIC_AREA_WORDS,
    _IN,
    _KIND_TAILS,
    _LIST_GAP,
    _LOCATIVE,
    _MODEL_NUMBER_AFTER,
    _NOUN,
    _NUMBERED_STREET,
    _OPERATION_HEADS,
    _PLACE_CONTEXT,
    _POSSESSIVE_MARKS,
    _REGISTRATION_TAIL,
    _RIVER_PAIR,
    _S_POSSESSIVE_MARKS,
    _SENTENCE_END,
    _STREET_HEADS,
    _STRICT_CONTEXT,
    _SURE_KINDS,
    _WORD_PREFIXES,
    AIRCRAFT_AFTER,
    _apposition,
    _big,
    _compound_head,
    _headline,
    _is_major,
    _language,
    _small_area,
)

# capitalised words before a place's other name that make another place's name ("Great Salt Lake")
_NAME_MODIFIERS = frozenset({"Great", "Little", "Upper", "Lower", "Greater", "Old", "New"})
# Spanish, Portuguese and Italian words that start a firm's name ("Banco Base", "Grupo Bimbo"),
# and some town's other name
_ORG_HEADS = frozenset({"Banco", "Banca", "Grupo", "Caja", "Compañía", "Companhia"})
# words after a town's name that make a site's name, no mention of the town ("Union Station",
# "Victoria Station", "Union Square"; "the Hilton Hotel" was Hilton, New York; "as he sat in
# Butler Cabin" at Augusta was Butler, Georgia)
_SITE_WORDS = frozenset({"station", "square", "hotel", "resort", "cabin", "lodge"})
# the size under which a town named by a common word needs a state or country beside it to be
# read as the town ("Congress, Arizona"); "in Reading", "in Mobile" stay places
_COMMON_HAMLET_POP = 10_000
_POSSESSIVE_TAIL = re.compile(r"['’]s(?![^\W_])")
_COMMA = re.compile(r",\s*")
# a river's name written with the word in lower case (news writes "the Manas river" as often as
# "the Manas River"): no gazetteer town of that name is meant
_WATERWAYS = frozenset(
    # (and a river's mouth: "across the Jacuí delta from the capital" was a town in Minas Gerais)
    {"river", "rivers", "stream", "creek", "tributary", "inlet", "delta", "estuary"}
)
# (a town before them is none: "Lee Creek", "Sulphur Run")
_WATERWAYS_NAMED = frozenset({"Creek", "Inlet", "Run"})
# diseases named after the place they were first found: "Marburg virus", "Lyme disease", "West
# Nile fever" are no mention of the place
_DISEASE_WORDS = frozenset(
    {"virus", "fever", "disease", "syndrome", "flu", "encephalitis", "strain", "variant"}
)
# ... and after a possessive: "Parkinson's disease", "Hodgkin's lymphoma"
_POSSESSIVE_DISEASE = re.compile(r"['’]s (?:disease|syndrome|lymphoma)\b")
# the last words of parks' and reserves' names ("Jasper National Park", "Ocala National Forest")
_PARK_WORDS = frozenset({"park", "forest", "reserve", "refuge", "preserve", "monument"})
# up to four capitalised words in a row (the name a town's name opens: "Franklin Community Schools")
_CAPITAL_RUN = re.compile(r"[A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*){0,3}")
# the words before a language's name ("in English", "spoke French", "translated from Arabic")
_LANGUAGE_BEFORE = frozenset(
    {"in", "into", "from", "speak", "speaks", "spoke", "speaking", "spoken", "fluent", "learn"}
)


def _written_lower(text: str, surface: str) -> bool:
    """Whether the text also writes ``surface`` as a lower-case word ("the tornado")."""
    low = surface.lower()
    if low == surface or low not in text:  # (a substring test rules out nearly every name)
        return False
    return re.search(rf"(?<!\w){re.escape(low)}(?!\w)", text) is not None


def _starts_sentence(text: str, span: tuple[int, int]) -> bool:
    """Whether the word at ``span`` starts a sentence (so its capital letter says nothing)."""
    if _prev_word(text, span[0]) is None:
        return True
    before = text[max(0, span[0] - 3) : span[0]]
    return bool(_SENTENCE_END.search(before)) or before.strip() == ""


def _same_place(a: _Mention, b: _Mention) -> bool:
    """Whether two mentions' best senses are one place."""
    ea, eb = a.senses[0][1], b.senses[0][1]
    return (ea.name, ea.country_code) == (eb.name, eb.country_code)


def _name_like(word: str, lex: _Lexicon) -> bool:
    """Whether a capitalised word reads as part of a proper name rather than a place's suffix."""
    low = word.lower()
    return (
        word.isalpha()
        and not word.isupper()
        and low not in lex.common
        and low not in lex.titles
        and low not in lex.calendar
        and low not in lex.institutions
        and low not in MODIFIERS
        and low not in ORG_SUFFIXES
        and low not in PERSON_VERBS
    )


# a possessive followed by a capitalised word: "'s Bazar", "’s Vineyard", "' Park"
_POSSESSIVE_NAME = re.compile(r"(?:['’]s|s['’]|['’]) [A-Z]")
# between two names of a list ("in Eastern Ghouta and Douma", "in Homs, Hama or Idlib")
_LIST_JOINS = frozenset(["and", "or"])
# what places a name for the whole article: "VALENCIA, Spain", "the Valencia region"
_SURE_PLACE = _COMMA_NEXT | _COMMA_PREV | _DATELINE | _NOUN


# _Facts fields, by position: what the filter rules ask about a surface form (and its gazetteer
# senses) that does not depend on where it stands
(
    _F_MAJOR, _F_COUNTRY_OR_AREA, _F_CALENDAR, _F_MODIFIER, _F_WEAK, _F_ALT_SMALL, _F_NAME,
    _F_FIRST, _F_COMMON_MINOR, _F_TOWN_LIKE, _F_NEVER, _F_BIG, _F_GIVEN, _F_EVERYDAY,
) = range(14)  # fmt: skip
_Facts = tuple[bool, ...]
_FACTS_MEMO_MAX = 20_000


# what follows a town's everyday name in its full one (see _surface_facts); the gazetteer
# already makes the name before "am", "an der", "im", "ob der", "upon" or a bracket the town's
# own (helpers.gazetteer.name_forms._unqualified), so those are no alternate names here
_QUALIFIERS = (" on ", " City", " de ", " del ")


_AREA_OR_COUNTRY = ("country", "admin area")


def _second_area(m: _Mention) -> bool:
    """Whether the name's second sense is a big state or country that its best-known sense lies
    outside: "Everett, Washington" is Everett in the state, whose name's best-known sense is the
    capital (not "New York" or "D.C.", whose city lies in the state: the pair would say nothing
    and take the state's name from the city)."""
    if len(m.senses) < 2:
        return False
    second = m.senses[1][1]
    return (
        second.kind in _AREA_OR_COUNTRY
        and _big(second)
        and m.senses[0][1].admin1 != second.name
        and m.senses[0][1].country_code == second.country_code
    )


def _surface_facts(m: _Mention, lex: _Lexicon) -> _Facts:
    """The position-independent answers of the filter rules for a mention's surface form."""
    best = m.senses[0][1]
    alt = m.senses[0][2]
    surface_low = m.surface.lower()
    low = surface_low.strip(".")
    major, big = _is_major(best), _big(best)
    is_name = low in lex.first_names or low in lex.surnames
    if not is_name and not low.isascii():
        # the name lists are written plain: "Martínez" is the surname Martinez
        plain = fold_accents(low)
        is_name = plain in lex.first_names or plain in lex.surnames
    # the town's own name without its qualifier, as everyone writes it: "Frankfurt" (am Main),
    # "Halle" (Saale), "Makati" (City), "Acapulco" (de Juárez); not the first word of a longer
    # name ("Gold" Coast: no qualifier; "Vasco" da Gama: a given name). ("Cabo" de Santo
    # Agostinho, a Brazilian town of 200,000, passes: a cape's word, but no feature head here)
    short_form = (
        alt
        and best.name.startswith(m.surface)
        and best.name[len(m.surface) :].startswith(_QUALIFIERS)
        and m.surface not in lex.given
        and low not in lex.feature_heads
    )
    weak = (  # as a one-word mention, whatever the context
        (best.kind not in _SURE_KINDS and low in lex.common)  # "Central", "Mobile", "Reading"
        or (is_name and not big)  # "Lincoln", "Mary", "Nelson": a person far more often
        # a one-word alternate name
        or (alt and not major and best.population < ALT_POP and not (short_form and big))
        # "Mary" (a Turkmen province), "Nelson": a person more often
        or (is_name and best.kind == "admin area" and best.population < NAME_AREA_POP)
        or (not big and alt)  # a small place's alternate name ("Pompeo")
        # a county or province abroad named like a person ("Angus", "Kerry", "Devon", "Clare")
        or (
            best.feature_code == "ADM2"
            and best.country_code != "US"
            and (m.surface in lex.given or m.surface in lex.family)
        )
    )
    # ... and a small town named by a word news writes in lower case ("Cricket", "Reserve"),
    # unless a club's words stand beside it (_filter: "Arsenal striker")
    everyday = not weak and best.kind == "city" and not big and low in lex.everyday
    weak = weak or everyday
    return (
        major,
        best.kind in _AREA_OR_COUNTRY or _second_area(m),
        low in lex.calendar and best.kind != "country",
        low in MODIFIERS and best.kind != "country",
        weak,
        not big and alt,
        is_name,
        low in lex.first_names,
        # a common word is weak at a sentence start, and so is an everyday noun's plural
        # ("Ballots were counted"; "Arsenal striker …" stays for the club rules)
        (
            low in lex.common
            or (low[-1:] == "s" and low in lex.everyday and low[:-1] in lex.everyday)
        )
        and not major,
        best.feature_code != "PPLC" and best.kind != "admin area",
        surface_low in lex.calendar or surface_low in lex.not_places,
        big,
        # a small town named like a person ("Bruno Guimarães"): the recogniser's given names
        not big and m.surface in lex.given,
        everyday,
    )


# a clock's time right before a name ("9:12 a.m. ", "4 PM ", "21:05 ")
_CLOCK_BEFORE = re.compile(
    r"\d(?::\d\d(?: ?(?:[ap]\.m\.|[ap]m|[AP]M))?| ?(?:[ap]\.m\.|[ap]m|[AP]M)) $"
)
# a player's seed after his nationality's code in a draw's results ("C Alcaraz (Spa, 2)")
_SEED_AFTER = re.compile(r", \d{1,2}\)")
# an age in apposition after a name: a person's ("Amparo, a 67-year-old", "Amparo, 67,")
_AGED_AFTER = re.compile(r", (?:an? \d{1,3}-year-old\b|\d{1,3},)")
_AT_IN = frozenset({"at", "in"})
# US states' postal codes that English also writes in capitals for something else ("OK", "MD",
# "ID", "CO"): a state only after a town and a comma ("Tulsa, OK") or in a dateline
_POSTAL_WORDS = frozenset(
    {"OK", "HI", "ME", "IN", "OR", "OH", "MD", "MS", "ID", "DE", "CO", "PA", "MA", "MO"}
)


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


def _filter(text: str, mentions: list[_Mention], gaz: Gazetteer) -> list[_Mention]:
    lex = _lexicon()
    memo = _memo(gaz).facts
    facts: list[_Facts] = []
    for m in mentions:
        f = memo.get(m.surface)
        if f is None:
            if len(memo) >= _FACTS_MEMO_MAX:
                _forget_older_half(memo)
            f = memo[m.surface] = _surface_facts(m, lex)
        facts.append(f)
    titles, first_names, surnames, common = lex.titles, lex.first_names, lex.surnames, lex.common
    no_person = lex.no_person_endings
    features = lex.features
    person_keys: set[int] = set()
    name_run_keys: set[int] = set()  # names seen as the start of a person's name
    # the mentions the rules that look at one mention have passed; the person and name-run keys
    # of the whole article decide the rest
    kept: list[tuple[_Mention, bool, _Facts]] = []  # (mention, weak context, facts)
    pending: list[tuple[_Mention, bool, _Facts]] = []  # names kept if placed elsewhere
    last = len(mentions) - 1
    language_end = -1  # where the last language read ends
    for idx, m in enumerate(mentions):
        (
            major, country_or_area, calendar, modifier, weak, alt_small, is_name, first,
            common_minor, town_like, never, big, given, everyday,
        ) = f = facts[idx]  # fmt: skip
        single = m.ntok == 1
        prev, nxt_w = m.prev, m.next
        start = m.start
        if prev is not None:
            prev_w = text[prev[0] : prev[1]]
            prev_adj = prev[1] + 1 == start and text[prev[1]] == " "
        else:
            prev_w, prev_adj = "", False
        # "City, State" / "City, Country" in either direction
        if (
            idx < last
            and facts[idx + 1][_F_COUNTRY_OR_AREA]
            and _COMMA.fullmatch(text, m.end, mentions[idx + 1].start)
        ) or (idx < last and _apposition(text, m, mentions[idx + 1])):
            m.context |= _COMMA_NEXT
        if idx > 0 and country_or_area and _COMMA.fullmatch(text, mentions[idx - 1].end, start):
            m.context |= _COMMA_PREV
        elif m.surface in _POSTAL_WORDS and not m.context & _DATELINE:
            continue  # "the plan was OK", "[ OK ]", "Minister Mahfud MD": no state but "Tulsa, OK"
        if (
            len(m.surface) == 2
            and m.surface.isupper()
            and _CLOCK_BEFORE.search(text, max(0, start - 12), start)
        ):
            continue  # a clock's zone: "Updated June 3, 9:12 a.m. CT" (Connecticut's code)
        if (
            len(m.surface) == 3
            and text[start - 2 : start] == " ("
            and (text[m.end : m.end + 1] == ")" or _SEED_AFTER.match(text, m.end) is not None)
            and text[start - 3 : start - 2].isalpha()
            and m.surface.isalpha()
            and m.surface[1:].islower()
        ):
            continue  # a results table's nationality: "Florian Lipowitz (Ger)" (Ger, France),
            # and with the player's seed: "C Alcaraz (Spa, 2)" (Spa, Belgium)
        pl = prev_w.lower()
        if (
            single
            and m.surface.lower() in titles
            and text.startswith(". ", m.end)
            and text[m.end + 2 : m.end + 3].isupper()
            and pl not in LOCATIVE
        ):
            continue  # a title's abbreviation before a name: "Sens. Bob Casey" (Sens, France)
        # ("" when there is no word before; not across a sentence's end: "need to. As …")
        if (
            pl in LOCATIVE
            and (prev_adj or not _CLAUSE_END.search(text, prev[1], start))  # type: ignore[index]
            # (not a possessive: "in Ford's favour" is in the favour, "in Gaza's hospitals" in
            # the hospitals, and the name stays free to be a person's)
            and text[m.end : m.end + 2] not in _POSSESSIVE_MARKS
            # (nor a name's in s with its apostrophe alone: "near Crooks’ body")
            and not (m.surface[-1:] == "s" and text[m.end : m.end + 2] in _S_POSSESSIVE_MARKS)
        ):
            m.context |= _LOCATIVE
            if pl in STRICT_LOCATIVE:
                m.context |= _IN
        elif (
            pl in _LIST_JOINS
            and idx
            and mentions[idx - 1].context & _IN
            and _LIST_GAP.fullmatch(text, mentions[idx - 1].end, start)
            # (not a name's first word: "in Derna and Nadia Haddad in Benghazi")
            and not text[m.end + 1 : m.end + 2].isupper()
        ):
            # the next name of a list after "in" is in it too ("in Eastern Ghouta and Douma",
            # LGL's "in Eastland and Callahan counties"; not after "between": "talks between
            # Iran and EU negotiators")
            m.context |= _LOCATIVE

        if single and calendar:
            continue
        if (
            single
            and (pl in _LANGUAGE_BEFORE or (pl in _LIST_JOINS and prev[0] - 1 == language_end))  # type: ignore[index]
            and _language(text, m)
        ):
            # a language: "shouting in English through a megaphone" is no England (and the
            # next of a list of them: "in Spanish and English")
            language_end = m.end
            continue
        if (
            single
            and len(m.surface) == 2
            and m.surface[1].islower()
            and m.senses[0][1].kind == "country"
        ):
            continue  # a country's two letters are written in capitals: "About Us" is no US
        # (a word right before it, one space away, leaves no room for "pan-")
        if not prev_adj and text[max(0, start - 6) : start].lower().endswith(("pan-", "trans-")):
            continue  # "Pan-American Highway", "Pan-African Parliament", "Trans-Pacific
            # Partnership": no country or ocean meant
        if single and prev_adj and after_model_code(text, start):
            continue  # an aircraft's name after its model ("C-130 Hercules"), not the town
        if (
            not big
            and m.senses[0][1].kind == "city"
            and text.startswith(" ", m.end)
            and AIRCRAFT_AFTER.match(text, m.end + 1)
        ):
            continue  # an aircraft's name before its noun ("a Black Hawk helicopter" was Black
            # Hawk, South Dakota; "the Twin Otter plane"), not a town
        if not big and m.senses[0][1].kind == "city" and _MODEL_NUMBER_AFTER.match(text, m.end):
            continue  # a machine's name before its model number ("the Victor 6000" robot was
            # Victor, New York), not a town; not a year ("Victor 1999")
        if single and prev_adj and m.surface in _ERAS and prev_w.isdigit():
            continue  # an era after a number ("300 BC"), not British Columbia
        if single and text[m.end : m.end + 1] == "-" and m.surface in ("Al", "El"):
            continue  # the Arabic article of a name ("Yasir Al-Rumayyan"), not Alabama
        if (
            single
            and text[m.end : m.end + 1] in ("-", ".")
            and text[m.end + 1 : m.end + 2].isdigit()
        ):
            continue  # a model's name ("AK-47", "SU-57", "ID.4"), not Alaska or Idaho
        if (
            single
            and len(m.surface) == 2
            and m.surface.isupper()
            and m.senses[0][1].kind != "country"
            and _REGISTRATION_TAIL.match(text, m.end)
        ):
            continue  # an aircraft's registration ("VT-ANB" of Air India 171 was Vermont)
        if (
            single
            and len(m.surface) == 2
            and m.surface.isupper()
            and m.senses[0][1].kind != "country"  # ("US-style", "UK-type" stay the countries)
            and text.startswith(_KIND_TAILS, m.end)
        ):
            continue  # a design's code: "an AR-style rifle" was Arkansas
        if (
            single
            and text[start - 1 : start] == "("
            and defined_acronym(text, start, m.end)
            and m.senses[0][1].kind != "country"  # "Democratic People's Republic … (DPRK)"
            and not (idx and _same_place(mentions[idx - 1], m))  # "Alaska (AK)"
        ):
            continue  # "Athletics Kenya (AK)": the name's short form, not Alaska
        if (
            single
            and text[m.end : m.end + 1] == "-"
            and text[m.end + 1 : m.end + 2].isupper()
            and (not big or _compound_head(m, mentions[idx + 1] if idx < last else None))
        ):
            continue  # the head of a hyphenated name ("Shin-Aomori", "Mercedes-Benz")
        if (
            prev_w
            and text[start - 1 : start] == "-"
            and prev[1] == start - 1  # type: ignore[index]
            and prev_w[0].isupper()
            and not prev_w.isupper()  # a party's letters before a home town: "D-Charleston"
            and not (idx and mentions[idx - 1].end == start - 1)
            and _compound_head(m, None)
        ):
            continue  # the tail of a hyphenated name whose head is no place ("the
            # Lac-Saint-Jean region" was St. John's, Newfoundland; "Hong Kong-Macau" stays)
        if (
            single
            and m.surface.isupper()
            and len(m.surface) == 2
            and text[start - 1 : start] == "-"
            and text[start - 3 : start - 1].isalpha()
            and m.senses[0][1].kind != "country"
        ):
            continue  # a name's tail after a word ("Smer-SD" was South Dakota; "D-CA" and
            # "Egypt-US relations" stay)
        if (
            not single
            and not big
            and m.surface.isupper()
            and not _DATELINE_AFTER.match(text, m.end)
            and m.senses[0][1].kind == "city"
            and all(w in lex.everyday for w in m.surface.lower().replace("-", " ").split())
        ):
            continue  # everyday words in a subheading's capitals ("OUTER ISLANDS CUT OFF",
            # "A CUT-OFF CITY" were Cut Off, Louisiana; "SALT LAKE CITY (AP) —" is a dateline)
        if (
            single
            and text[m.end : m.end + 1] == "-"
            and m.surface.lower() in _WORD_PREFIXES
            and text[m.end + 1 : m.end + 2].islower()
        ):
            continue  # a word's prefix: "Semi-finals" (Semi, Benin), "Mid-season"
        if (
            text[m.end : m.end + 1] in ("'", "’")
            and text[m.end + 1 : m.end + 2].isalpha()
            and not _POSSESSIVE_TAIL.match(text, m.end)
        ):
            continue  # the head of a word with an inner apostrophe: "Mo’unga" (not Missouri)
        if text[start - 1 : start] in ("'", "’") and text[start - 2 : start - 1].isalpha():
            continue  # ... and its tail: "Imi N'Tala" (Berber villages; not Tala, Mexico)
        if not big and not major and _POSSESSIVE_NAME.match(text, m.end):
            continue  # the head of a possessive name ("Cox's Bazar", "St James' Park")
        if single and prev is not None and prev[1] - prev[0] == 1:
            gap = text[prev[1] : m.start]
            if gap == ". " and prev_w.isupper() and not major:
                person_keys.add(m.key)  # after initials: "C.C. Wei", "J. Smith"
                continue
        if single and prev_adj and prev_w[:1].isupper() and m.surface.lower() in features:
            continue  # a feature name's tail: "Menindee Lakes", "Central Highlands"
        if (
            single
            and prev_adj
            and prev_w in FEATURE_HALVES
            and _feature_before(text, prev[0], features)  # type: ignore[index]
        ):
            continue  # a river's half: "the River South Esk" (Esk, Queensland)
        if (
            not single
            and prev_adj
            and prev_w[:1].isupper()
            and not major
            and m.surface.lower().rsplit(" ", 1)[-1] in _PARK_WORDS
            and all(w in common for w in m.surface.lower().split())
        ):
            continue  # a park's name's everyday tail: "Jasper National Park" (National Park, NJ)
        if (
            single
            and prev_adj
            and m.surface in _FOREIGN_COMPASS
            and prev_w[:1].isupper()
            and pl not in common
            and not _starts_sentence(text, prev)  # type: ignore[arg-type]
        ):
            continue  # a Romance compass word ending a region's name: "the Horta Sud district"
            # (a Valencian comarca) is no Haitian department
        if (
            not major
            and m.next is not None
            and m.next[0] == m.tok_end + 1
            and text[m.next[0] : m.next[1]] in _FOREIGN_COMPASS
            and text[m.tok_end] == " "
        ):
            continue  # ... nor is its head the Catalan town Horta
        if (
            single
            and not major
            and m.senses[0][1].kind == "city"
            and text[m.tok_end : m.tok_end + 5] == " and "
            and _RIVER_PAIR.match(text, m.tok_end)
        ):
            continue  # the first of two rivers: "the Kabul and Swat rivers" is no Kabul city
        if prev_adj and prev_w in _OPERATION_HEADS:
            continue  # an operation's name: "Operation Kaveri" (India's evacuation from Sudan)
            # is no river, "Operation Iraqi Freedom" no Iraq
        if single and not major and prev_adj and prev_w in _CAMP_HEADS:
            continue  # a camp's or a fort's name: "Camp Mystic" (a Texas summer camp) is no
            # Mystic, Connecticut (a town so named is matched whole: "Fort Worth")
        if prev_w == "of" and _party_of(text, prev):  # type: ignore[arg-type]
            continue  # "Workers Party of Korea": the party's name, not the country
        if prev_w == "of" and _water_of(text, prev):  # type: ignore[arg-type]
            continue  # "Gulf of Guinea", "Bay of Bengal": the water's name, not the place
        if pl in _FEATURE_CONNECTORS and _feature_of(text, prev, lex.feature_heads):  # type: ignore[arg-type]
            continue  # "Salar de Piedra Blanca": the salt flat's name, not the Dominican town
        if (
            prev_adj
            and prev_w in lex.street_heads
            # (an English verb at a sentence's start: "Place Paris first")
            and not (prev_w == "Place" and _starts_sentence(text, prev))  # type: ignore[arg-type]
        ):
            continue  # "Calle Florida", "Avenida Corrientes": the street's name, not the state's
        if pl in _ROMANCE_ARTICLES and _romance_name_of(text, prev):  # type: ignore[arg-type]
            continue  # "Defensoría del Pueblo", "Universidad de los Andes": a name's tail
        if (
            single
            # (a state's or a province's name too: "the aircraft carrier Atlântico" was the
            # Colombian department)
            and (not major or m.senses[0][1].kind == "admin area")
            and ((prev_adj and pl in lex.vessel_nouns) or described_as_ship(text, m.end))
        ):
            person_keys.add(m.key)  # "the container ship Dali", "Dali, a … vessel": a ship's name
            continue
        if single and not major and pl in KIN_NOUNS and text[prev[1] : start] in (" ", ", "):  # type: ignore[index]
            person_keys.add(m.key)  # "her 9-year-old son, Lincoln,": a family member's name
            continue
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
            continue  # Ireland)
        if single and not major and _AGED_AFTER.match(text, m.end) and pl not in _AT_IN:
            # "Amparo, a 67-year-old retired seamstress": a resident's name (here only: "Jorge
            # Quiroga … Quiroga, 65, … In Quiroga, Spain" keeps the village); not after "at" or
            # "in", where the age is an earlier noun's ("The station master at Larissa, a
            # 59-year-old man")
            continue
        if prev_adj:
            if not major and pl.strip(".") in titles:
                person_keys.add(m.key)
                continue
            if single and prev_w[:1].isupper():
                if pl in first_names or pl in titles:  # "George Washington", "Mr. Reading"
                    if not major or pl in first_names:
                        person_keys.add(m.key)
                        continue
                elif (
                    (not major or _small_area(m.senses[0][1]))
                    and pl not in MODIFIERS
                    and pl not in common
                    and not _starts_sentence(text, prev)  # type: ignore[arg-type]
                ):
                    continue  # inside a longer proper name: "Kim Jong Un", "Notre Dame"
        if (
            single
            and not major
            and text[m.end : m.end + 1] in ("'", "’")
            and _POSSESSIVE_DISEASE.match(text, m.end)
        ):
            continue  # "Parkinson's disease": the disease's name
        if prev_adj and prev_w in _NAME_MODIFIERS:
            if m.senses[0][2]:
                continue  # "the Great Salt Lake": a lake's name, not Salt Lake City's other name
            if single and not major and text.endswith("the ", 0, prev[0]):  # type: ignore[index]
                continue  # "at the Old Vic": a theatre's name, not Vic in Catalonia
        if m.surface in _COURT_DISTRICTS and _OF_CAPITAL.match(text, m.end):
            continue  # "the Southern District of New York": a federal court's district, no
            # district of Israel's or Botswana's (the state after "of" is the place)
        next_adj = nxt_w is not None and nxt_w[0] == m.tok_end + 1 and text[m.tok_end] == " "
        if next_adj:
            next_w = text[nxt_w[0] : nxt_w[1]]  # type: ignore[index]
            if next_w[:1].isupper() and next_w.lower() in features:
                continue  # "Niger Delta", "Jordan River": the feature, not the country or town
            if next_w in _BODY_HEADS and _GENERIC_AREA_WORDS.issuperset(m.surface.split(" ")):
                continue  # "Seoul Central District Court": a body's words, not Israel's district
            if next_w.isdigit() and len(next_w) <= 3 and _NUMBERED_STREET.match(text, nxt_w[1]):  # type: ignore[index]
                continue  # "on Kamphaeng Phet 2 Road", "Rama 4 Road": a street's name
            if (
                single
                and m.surface in lex.feature_heads
                and (
                    _name_like(next_w, lex)
                    if next_w[:1].isupper()
                    else next_w in _FEATURE_CONNECTORS
                    and _ARTICLE_AND_CAPITAL.match(text, nxt_w[1] + 1)  # type: ignore[index]
                    is not None
                )
            ):
                continue  # "Cerro Huanca", "Salar de …": a mountain's or a salt flat's name
            if (
                single
                and _ARABIC_SURNAME.match(text, nxt_w[0]) is not None  # type: ignore[index]
                and m.surface in lex.feature_beginnings
            ):
                continue  # "Bab al-Hawa", "Wadi al-Dawasir": a crossing's, a valley's first word
                # (Al-Bab, Syria; Wadi, India)
            if single and m.surface in _BARE_OCEANS and next_w[:1].isupper():
                continue  # "Pacific Decadal Oscillation", "Continental Atlantic Publications":
                # a longer name's word, no ocean ("Pacific Coast", "the Pacific Northwest" are
                # features and regions of their own: the features' test above, the gazetteer)
            if single and m.surface in _ORG_HEADS and next_w[:1].isupper():
                continue  # "Banco Base", "Grupo Bimbo": a firm's first word (El Banco, Colombia)
            if (
                single
                and (next_w in _WATERWAYS or (next_w in _WATERWAYS_NAMED and not major))
                # (unless the name's best sense is the river: the hand-made rivers' entries,
                # "joins the Yamuna river", "the Bhagirathi river")
                and not (m.senses[0][1].kind == "region" and m.senses[0][1].feature_code is None)
            ):
                continue  # "the Manas river", "Lee Creek": a river, not the town (Manas, Kyrgyzstan)
            if single and next_w in _DISEASE_WORDS and not major:
                continue  # "the Marburg virus", "Lyme disease": the disease's name
            if single and next_w == "scale" and not major:
                continue  # "level 14 on the Beaufort scale" (Beaufort, South Carolina): its deviser's
            if single and not major and f"{m.surface} {next_w}" in lex.title_pairs:
                continue  # "swore in Vice President Dina Boluarte": a title (Vice, Peru)
            if single and next_w == "Day" and not major:
                continue  # "a Lincoln Day dinner", "Columbus Day": a day's name
            if single and next_w in _CRAFT_WORDS and not major:
                continue  # "NASA's Perseverance rover": a craft's name
            if single and major and next_w in _STREET_HEADS:
                continue  # a state's or a country's name heads a street's too ("Victoria Parade")
            if not major and next_w[:1].isupper():
                nl = next_w.lower()
                if nl in ORG_SUFFIXES or nl.rstrip(".") in STREET_WORDS or nl in _SITE_WORDS:
                    continue  # "Washington Post", "Dallas Cowboys", "Oxford Road", "Union Station"
                if (first or nl in surnames) and nl not in common and nl not in no_person:
                    # (not before a word that ends no one's name: "Western Sydney International
                    # Airport" made every Sydney of a budget story a person)
                    # "Jordan Smith", "Kim Jong Un"; not a town's institution ("Franklin Community
                    # Schools": the organisation rules decide, and the town's bare mentions stay)
                    run = _CAPITAL_RUN.match(text, nxt_w[0])  # type: ignore[index]
                    if (run is None or lex.org_words.isdisjoint(run.group().split(" "))) and not (
                        # a big city before a plural that is no surname is a team's town, no
                        # person's given name: "the Sydney Swans … travelled from Sydney"
                        big and nl.endswith("s") and nl not in surnames and nl[:-1] not in surnames
                    ):
                        person_keys.add(m.key)
                    continue
                if given and nl not in common:
                    # "Bruno Guimarães": a person here; a bare "Bruno" needs place context
                    name_run_keys.add(m.key)
                    continue
                if (
                    town_like
                    and _name_like(next_w, lex)
                    and not (idx < last and mentions[idx + 1].start == nxt_w[0])  # type: ignore[index]
                    and not _headline(text, start)
                    # (a town after "in", then a given name: "in Barranquilla Alejandro Char
                    # secured a third term" is the town and the mayor)
                    and not (m.context & _IN and next_w in lex.given and not given)
                ):
                    # the first word(s) of a longer proper name that is no place: "Kim Jong Un",
                    # "Cambridge Analytica". When the name itself is a first name or surname the
                    # article's other bare "Kim"s are the same person.
                    if is_name:
                        name_run_keys.add(m.key)
                    continue
        else:
            next_w = ""
        if single:
            if modifier:
                continue  # a bare compass word ("East", "Northeast") is a direction, not a region
            if alt_small and is_name and next_adj and next_w.lower() in PERSON_VERBS:
                person_keys.add(m.key)  # "Pompeo said"
                continue
            if (
                not weak
                and (common_minor or not big)
                and (prev is None or _SENTENCE_END.search(text[max(0, start - 3) : start]))
                and (common_minor or _written_lower(text, m.surface))
            ):
                # a common word at the start of a sentence, and so is a word the article
                # itself writes in lower case ("Tornado kills 4 … the tornado struck")
                weak = True
        else:
            weak = False
        if everyday and (next_w in lex.club_cues or prev_w in lex.club_cues):
            weak = False  # "Arsenal striker", "beat Arsenal": the club rules decide (orgs.py)
        # "the city of Valencia", "the state of Washington": a place's own noun before it
        if prev_w == "of" and KIND_OF.search(text, max(0, start - 20), start):
            m.context |= _LOCATIVE | _NOUN
        # "the Valencia region", "Kursk province": a place's own noun after it
        if (
            next_adj
            and text[m.tok_end + 1 : nxt_w[1]] in PLACE_NOUNS  # type: ignore[index]
            and text[start - 1 : start] != "-"  # not "the Asia-Pacific region"
        ):
            m.context |= _LOCATIVE | _NOUN
        # (the mention's context is complete: later mentions set only their own)
        if never:  # calendar, [not_places]
            continue
        if common_minor and single and not m.context & _SURE_PLACE and _headline(text, start):
            continue  # a common word in a title-case headline ("Orders State to Set Up Panel")
        if (
            single
            and m.surface in lex.groups
            and (
                not m.context & _STRICT_CONTEXT
                # an adjective before its noun, after "in" too ("meddling in Arab countries")
                or (next_adj and text[nxt_w[0] : nxt_w[0] + 1].islower())  # type: ignore[index]
            )
        ):
            continue  # "Arab neighbours": a people's word, not Arab, Alabama
        if (
            common_minor
            and single
            and not m.context & _SURE_PLACE
            and m.senses[0][1].kind == "city"
            and m.senses[0][1].population < _COMMON_HAMLET_POP
        ):
            continue  # "a supermajority in Congress": not Congress, Arizona (1,975 people)
        if (
            alt_small
            and not single
            and m.surface.partition(" ")[0] in lex.given
            and not m.context & _STRICT_CONTEXT
        ):
            continue  # "By Claire Fontaine in Paris": a person's name, not a small town's other
            # name (Saint-Leu-la-Forêt's)
        if weak and not m.context & _PLACE_CONTEXT:
            if (
                is_name
                and not common_minor
                and not everyday
                # standing alone: beside another capitalised word it may be a person's name
                # ("Campbell Davis")
                and not (prev_adj and prev_w[:1].isupper())
                and not (next_adj and text[nxt_w[0] : nxt_w[0] + 1].isupper())  # type: ignore[index]
            ):
                pending.append((m, weak, f))  # a person's name, unless the article places it
            continue
        kept.append((m, weak, f))
    if pending:
        # one sense per article: a name the article writes as a place somewhere ("VALENCIA,
        # Spain", "in Valencia") is that place where it stands bare ("Floods hit Valencia as …")
        # (not "planted in Flores' honor": a possessive after "in" is a person's)
        placed = {
            m.key
            for m, _, _ in kept
            if m.context & _SURE_PLACE
            or (m.context & _IN and text[m.end : m.end + 1] not in ("'", "’"))
        }
        back = [p for p in pending if p[0].key in placed]
        if back:
            kept = sorted([*kept, *back], key=lambda k: k[0].start)
    if not person_keys and not name_run_keys:
        return [m for m, _weak, _f in kept]
    out = []
    for m, weak, f in kept:
        if m.key in person_keys and not f[_F_MAJOR] and not m.context & _STRICT_CONTEXT:
            continue
        if weak and m.key in name_run_keys and not m.context & _STRICT_CONTEXT:
            continue  # "a letter from Kim" after "Kim Jong Un": one sense per article
        out.append(m)
    return out


_WORD_BEFORE = re.compile(r"([A-Z][a-z]+) \Z")


def _feature_before(text: str, at: int, features: frozenset[str]) -> bool:
    """Whether a capitalised feature's word ("River", "Lake") ends right before ``at``."""
    word = _WORD_BEFORE.search(text, max(0, at - 16), at)
    return word is not None and word.group(1).lower() in features
