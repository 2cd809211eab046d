"""Place-name candidates: the vocabulary and the tests the place rules share.

Part of :mod:`helpers.recognise` (the one pass that types an article's names).
:mod:`helpers.recognise.place_scan` finds the gazetteer names in the runs of capitalised words
under the case rules, longest match first; :mod:`helpers.recognise.place_filter` keeps those
that pass the false-positive rules. This module holds what those rules and the other
recognisers share: the context bits a mention carries (:data:`_DATELINE`, :data:`_IN` …), what
makes a gazetteer entry big or major, headline and apposition tests, and the word lists for
waters, streets, crafts and bodies. Which candidates survive against people and organisations
is decided in :func:`helpers.recognise.recognise`; resolving them to gazetteer entries is
:mod:`helpers.geoparse`'s job.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Container, Iterable

from helpers.gazetteer import TOWN_KINDS, GazetteerEntry
from helpers.recognise.cues import _WORD_PREFIXES as _GIVEN_NAME_PREFIXES
from helpers.recognise.place_scan import (  # noqa: F401 - re-exported
    _CHUNK_RE,
    _chunk_matches,
    _forget_older_half,
    _Memo,
    _memo,
    _Mention,
    _scan,
)
from helpers.recognise.place_words import (  # noqa: F401 - re-exported
    _TOKEN_RE,
    ALT_POP,
    CONNECTORS,
    KIN_NOUNS,
    KIND_OF,
    LOCATIVE,
    MODIFIERS,
    NAME_AREA_POP,
    ORG_SUFFIXES,
    PARTY_WORDS,
    PERSON_VERBS,
    PLACE_NOUNS,
    STREET_WORDS,
    STRICT_LOCATIVE,
    WATER_OF,
    _Lexicon,
    _lexicon,
    after_model_code,
    dale_chall_words,
    described_as_ship,
)

# (a list's item opens one after its bullet: "\n- Fishers and scientists say")
_SENTENCE_END = re.compile(r"(?:[.!?\"“\n:]|\n[-–•*▪·])\s*$")
# what follows a dateline's town: its state or country, the wire, the dash
_DATELINE_AFTER = re.compile(r",| \(| [-–—]")
# English prefixes written capitalised before a hyphen ("Semi-finals", "Mid-season", "Co-founder"):
# a town's name only by chance (Semi, Benin; Mid, Oman; Co, Vietnam). The given-name list's own
# prefixes ("Anti-Corruption") and more
_WORD_PREFIXES = frozenset(p.lower() for p in _GIVEN_NAME_PREFIXES) | frozenset(
    [
        "semi", "quarter", "mid", "sub", "super", "co", "ex", "counter", "over", "under",
        "cross", "self", "vice",
    ]
)  # fmt: skip
_CLAUSE_END = re.compile(r"[.!?;:\n\"”]")  # (a quote's end too: "pushed around," Ford said)
_POSSESSIVE_MARKS = frozenset({"'s", "’s"})
_S_POSSESSIVE_MARKS = frozenset({"' ", "’ "})
# the last words of a court's, a council's or an office's name, after which a place named by
# everyday words only ("Central District", "Northern Region") is the body's
_BODY_HEADS = frozenset(
    {"Court", "Courts", "Council", "Office", "Prosecutors", "Police", "Command", "Hospital"}
)
_GENERIC_AREA_WORDS = frozenset(
    {"Central", "Northern", "Southern", "Eastern", "Western", "North", "South", "East", "West",
     "District", "Region", "Regional", "Metropolitan", "Capital", "Provincial", "Municipal"}
)  # fmt: skip
# a numbered street's last word after its number ("Kamphaeng Phet 2 Road")
_NUMBERED_STREET = re.compile(r" (?:Road|Rd|Street|St|Avenue|Ave|Soi|Lane)\b")
# the street's word after a state's or a country's name, as written ("Victoria Parade" in Suva
# was Australia's state; "Texas Street", "Lebanon Road"; "a taxi on Park Place" in Cardiff was
# Monroe, Georgia, by another name; "Canada Place" is Vancouver's pier)
_STREET_HEADS = frozenset(
    {"Street", "Road", "Avenue", "Boulevard", "Lane", "Drive", "Parade", "Crescent", "Terrace",
     "Place", "Way"}
)  # fmt: skip
# craft named like a place: "the Perseverance rover", "the Voyager probe" (and software: "the
# Rosetta software suite")
_CRAFT_WORDS = frozenset(
    {"rover", "spacecraft", "capsule", "lander", "orbiter", "probe", "telescope", "software",
     # ... and a weapon's ("Tomahawk cruise missiles hit Isfahan" put Tomahawk, Wisconsin on
     # the map)
     "cruise", "missile", "missiles", "rocket", "rockets", "howitzer", "howitzers", "drones",
     # ... and a military aircraft's ("an Army UH-60 Black Hawk helicopter … The Black Hawk" was
     # Black Hawk, Wisconsin)
     "helicopter", "helicopters", "bomber", "bombers",
     # ... and a drone's ("one of its Akıncı unmanned aerial vehicles": Akıncı, Turkey)
     "drone", "unmanned", "UAV", "UAVs",
     # ... and an armoured vehicle's ("Stryker vehicles": Stryker, Ohio; "Abrams tanks")
     "tank", "tanks", "armoured", "armored", "vehicle", "vehicles",
     # ... and a named train's ("the Shalimar-Chennai Central Coromandel Express … Several
     # coaches of the Coromandel derailed" was Coromandel, Brazil)
     "Express",
     # ... and a car maker's ("an open-top Hongqi limousine" was Hongqi, a Chinese town)
     "limousine", "limousines", "sedan", "sedans"}
)  # fmt: skip
# "Victoria, the Seychelles capital", "Apia, the capital of Samoa": an apposition that names the
# country (or its demonym: "Juba, the South Sudanese capital") as a comma would
_APPOSITION_BEFORE = re.compile(r", (?:the )?(?:capital|largest city|main port) of (?:the )?")
_APPOSITION_THE = re.compile(r", the ")
_APPOSITION_AFTER = re.compile(r"(?:'s?|’s?)? (?:capital|city|port|town|village)\b")
_APPOSITION_GAP = 30  # the longest apposition before the country, in characters


_SURE_KINDS = frozenset({"country", "continent", "region", "landmark", "demonym"})
_MAJOR_KINDS = _SURE_KINDS


def _is_major(e: GazetteerEntry) -> bool:
    return e.kind in _MAJOR_KINDS or (e.kind == "admin area" and e.feature_code == "ADM1")


def _big(e: GazetteerEntry) -> bool:
    return _is_major(e) or e.feature_code == "PPLC" or e.population >= 100_000


# compass words in French, Spanish, Portuguese, Catalan and Italian that end a region's name
# ("Horta Sud", "Ribera Nord", "Zona Sur"; "Sud" and "Nord" are Haitian departments too)
_FOREIGN_COMPASS = frozenset({"Sud", "Nord", "Sur", "Norte", "Sul", "Ouest", "Oeste"})
# a second name and a plural waterway after a town's name ("the Kabul and Swat rivers")
_RIVER_PAIR = re.compile(
    r" and (?:the )?[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)? (?:rivers|streams|creeks)\b"
)
# the words before a military or rescue operation's name
_OPERATION_HEADS = frozenset({"Operation", "Exercise"})
# the words before a camp's, a fort's or a mountain's name ("Mount Hotham", a Victorian ski
# resort, was Hotham, the old name of North Melbourne)
_CAMP_HEADS = frozenset({"Camp", "Fort", "Mount", "Mt"})


# a first-order area under this size is a small country's municipality (Slovenia's, Latvia's,
# Azerbaijan's, Malta's are GeoNames' first-order areas)
_SMALL_AREA_POP = 20_000


def _small_area(e: GazetteerEntry) -> bool:
    """Whether a first-order area is a small country's municipality, no more a region than a
    village is ("Kanal", Slovenia, 2,548 people: "the Holmens Kanal" is a Copenhagen street).
    The place rules treat it as a town inside a longer name, and the resolution as a stray
    abroad (``helpers.geoparse.strays._stray_towns``)."""
    return e.kind == "admin area" and e.feature_code == "ADM1" and e.population < _SMALL_AREA_POP


def island_names(text: str) -> frozenset[str]:
    """The names the text writes before "Island" or "Islands" (two capitalised words at most).

    >>> sorted(island_names("ferries to Santa Cruz Island and the Cook Islands"))
    ['Cook', 'Santa Cruz']
    """
    if " Island" not in text:  # (most texts: skip the scan)
        return frozenset()
    return frozenset(mt.group(1) for mt in _BEFORE_ISLAND.finditer(text))


# a name's capitalised words (two at most, and a connector) right before "Island(s)"
_BEFORE_ISLAND = re.compile(
    r"(?<![\w'’-])([A-Z][\w'’-]+(?: (?:de |da |do |del )?[A-Z][\w'’-]+)?) Islands?\b"
)


def _most_named_country(places: Iterable[_Mention], leaving_out: Container[str] = ()) -> str | None:
    """The country most of the article's place candidates lie in by their best sense: the
    article's home, for rules that treat a name abroad as less likely a place there. Candidates
    written as one of ``leaving_out`` (words a rule is deciding about) and those with no country
    (seas, continents) are not counted.

    >>> _most_named_country([])
    """
    counts = Counter(
        m.senses[0][1].country_code
        for m in places
        if m.surface not in leaving_out and m.senses[0][1].country_code
    )
    return counts.most_common(1)[0][0] if counts else None


def _opens_name_abroad(full_name: str, m: _Mention, places: list[_Mention]) -> bool:
    """Whether place candidate ``m`` is the first word(s) of ``full_name`` (an organisation's)
    and a town or a state, not written as a place, of a country none of the article's other
    place candidates lies in: then it is the organisation's short name ("Delta Air Lines … Delta
    cancelled" in an American story, not Delta State, Nigeria; "Audit Scotland … Scotland" stays
    the place)."""
    e = m.senses[0][1]
    return (
        full_name.startswith(f"{m.surface} ")
        and e.kind in TOWN_KINDS
        and not m.context & _STRICT_CONTEXT
        and all(
            o.senses[0][1].country_code != e.country_code for o in places if o.surface != m.surface
        )
    )


def _compound_head(m: _Mention, nxt: _Mention | None) -> bool:
    """Whether a big town or area before a hyphen and a capital is only the head of another name:
    a town or area, no capital, under 250,000 people, whose hyphen joins no place of its own
    country ("the village of Kara-Bulak" was Kara, Togo; "Fargo-Moorhead" and "the Dawei-Ye
    highway" stay places, and so do bigger towns: "Miami-Dade")."""
    e = m.senses[0][1]
    return (
        e.kind in TOWN_KINDS
        and e.feature_code != "PPLC"
        and e.population < 250_000
        and (
            nxt is None
            or nxt.start != m.end + 1
            or {s[1].country_code for s in m.senses}.isdisjoint(
                s[1].country_code for s in nxt.senses
            )
        )
    )


# what may follow a language's name: the sentence's punctuation, a list of languages, or a
# word that starts no noun phrase the demonym could qualify ("in English through a megaphone";
# not "in French waters")
_LANGUAGE_END = (
    r"(?:[,.;:)!?\"”]|$| (?:through|to|with|at|on|by|for|as|when|while|before|after|during|that"
    r"|because|so|but|if|until|about)\b)"
)
_AFTER_LANGUAGE = re.compile(rf"(?:{_LANGUAGE_END}| (?:and|or) [A-Z][\w-]*{_LANGUAGE_END})")


def _language(text: str, m: _Mention) -> bool:
    """Whether a demonym after a language's word is the language: nothing after it that it
    could qualify ("in English.", "in Spanish and English", "in English through a megaphone")."""
    return (
        m.senses[0][1].kind == "demonym"
        and m.surface[-1] != "s"  # (a people, not a language: "contributions from Ethiopians.")
        and _AFTER_LANGUAGE.match(text, m.end) is not None
    )


def _unplaced_town(m: _Mention) -> bool:
    """Whether a candidate is a town under 100,000 that no context writes as a place: the word
    may be a person's name the article gives elsewhere ("Hugo Segovia … Hugo", "Kaden Groves
    (AUS) … Groves")."""
    e = m.senses[0][1]
    return not m.context & _STRICT_CONTEXT and e.kind not in _MAJOR_KINDS and not _big(e)


def _apposition(text: str, m: _Mention, nxt: _Mention) -> bool:
    """Whether ``nxt`` is the country of an apposition after ``m`` ("Victoria, the Seychelles
    capital", "Apia, the capital of Samoa")."""
    if text[m.end : m.end + 2] != ", " or nxt.start - m.end > _APPOSITION_GAP:
        return False
    if nxt.senses[0][1].kind not in ("country", "demonym"):
        return False
    if _APPOSITION_BEFORE.fullmatch(text, m.end, nxt.start):
        return True
    return bool(
        _APPOSITION_THE.fullmatch(text, m.end, nxt.start) and _APPOSITION_AFTER.match(text, nxt.end)
    )


def _paired(text: str, a: _Mention, b: _Mention) -> bool:
    """Whether ``b`` is the country or state written after ``a`` ("Danang, Vietnam", "Victoria,
    the Seychelles capital"): what the filter marked, checked against the mention that now
    follows (a later rule may have dropped the one the filter saw). Two countries are a list,
    never a pair ("Cuba, Colombia, Brazil and Honduras": not Colômbia, a town in Brazil)."""
    return (
        bool(a.context & _COMMA_NEXT)
        and (b.start - a.end <= 3 or _apposition(text, a, b))
        and not (a.senses[0][1].kind == "country" and b.senses[0][1].kind == "country")
    )


# eras, written after a year or a century ("300 BC", "44 B.C.", "the 6th century BC")
_ERAS = frozenset({"B.C.", "B.C", "BC", "BCE", "A.D.", "AD", "CE"})
_LIST_GAP = re.compile(r",? (?:and|or) ")
# the nouns after an aircraft's name (helicopters and planes are named like towns: Black Hawk,
# Chinook, Apache, Kiowa, Comanche)
_REGISTRATION_TAIL = re.compile(r"-[A-Z]{3,}(?![\w-])")
# what follows a code naming a design, not a state ("AR-style rifle", "AK-type")
_KIND_TAILS = ("-style", "-type")
_MODEL_NUMBER_AFTER = re.compile(r" (?!1\d{3}\b|20\d{2}\b)\d{3,}\b")
AIRCRAFT_AFTER = re.compile(
    r"(?:helicopters?|choppers?|gunships?|aircraft|airliners?|jets?|planes?|drones?)\b"
)
# a lone indefinite article before a name, and what follows a thing's name rather than a noun
# the name qualifies ("sent a Hercules with a team" is an aircraft; "a Boston man" a Bostonian):
# such a name is neither a town (.place_vetoes) nor a person (.features)
A_THING_BEFORE = re.compile(r"(?:^|[\s(])an? $")
THING_AFTER = re.compile(r"[.,;:!?)]|\s(?:with|to|from|carrying|and|that|which|was|is|for)\b")
# the marks that open a list's items
_BULLETS = ("- ", "• ", "* ", "– ", "· ")
# the oceans news names by their bare adjective (data/place_aliases.csv)
_BARE_OCEANS = frozenset(["Atlantic", "Pacific"])


# a table's line: two scores side by side ("68 67", "74 54"; not a date's or a clock's numbers,
# "27 July 2025, 19:42"), or a cricket dismissal's letters before a name ("c Moin Khan")
_TABLE_LINE = re.compile(r"(?<![\d:.,])\d{1,3} \d{1,3}(?![\d:.,])| (?:c|b|st|lbw) [A-Z]")


def _headline(text: str, pos: int, *, strict: bool = False) -> bool:
    """Whether ``pos`` lies on a short line (under 200 characters) in title case ("Windsor Joins
    Tax Credit Program"), where a capital letter says nothing about a proper name: 70% of its
    words of four letters or more capitalised. ``strict`` (the names rules, which would otherwise
    lose a sentence's names): four or more such words, all capitalised, and no full stop at the
    line's end ("… by Spanish Foreign Minister Miguel Angel Moratinos." is a sentence).

        >>> _headline("Windsor Joins Tax Credit Program", 0), _headline("Rain fell on Monday.", 0)
        (True, False)
    """
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    if b < 0:
        b = len(text)
    if b - a > 200:
        return False
    if text.startswith(_BULLETS, a):
        return False  # a list's item ("- Air Force: General Gerardo Zabala"), no headline
    if "\t" in text[a:b]:
        return False  # a table's row (cleaning parts its cells with tabs: helpers.clean)
    if strict and text[a:b].rstrip(" )\"”’'").endswith((".", "!")):
        return False  # a sentence
    if strict:  # (numbers are neither case: "Profit Rises 2026")
        words = [w for w in _TOKEN_RE.findall(text, a, b) if len(w) > 3 and w[0].isalpha()]
        # (a table's line is no headline: its names' scores side by side, "135 Colin Montgomerie
        # 68 67, Miguel Angel Jimenez (Spain) 70 65", or a scoreboard's dismissals, "A. Stewart
        # c Moin Khan b Mushtaq Ahmed 44", lost their players)
        return (
            len(words) >= 4
            and all(w[0].isupper() for w in words)
            and _TABLE_LINE.search(text, a, b) is None
        )
    words = [w for w in _TOKEN_RE.findall(text, a, b) if len(w) > 3]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


_SUBHEADING_MAX = 60  # characters: a subheading is a few words
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w'’-]* \Z")
_CAPITALISED_AFTER = re.compile(r" [A-Z]")


def _subheading_word_only(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start``–``end`` opens a short line below the title, without a full
    stop, whose other words are all lower case ("Rugby and rent"), and the text writes it
    nowhere else but inside a longer capitalised name ("the National Rugby League"): its capital
    is the line's, not a name's.

        >>> t = "Title\\n\\nRugby and rent\\n\\nA team joins the National Rugby League."
        >>> _subheading_word_only(t, 7, 12), _subheading_word_only(t + " Rugby won.", 7, 12)
        (True, False)
    """
    b = text.find("\n", start)
    if b < 0:
        b = len(text)
    if start == 0 or text[start - 1] != "\n" or b - start > _SUBHEADING_MAX:
        return False  # (the article's first line is its title, which may be about the place)
    rest = text[end:b].split()
    if not (
        len(rest) >= 2
        and not text[start:b].rstrip().endswith((".", "!", "?", ":", '"', "”"))
        and all(w.isalpha() and w.islower() for w in rest)
    ):
        return False
    word = text[start:end]
    for m in re.finditer(rf"\b{re.escape(word)}\b", text):
        if m.start() != start and not (
            _CAPITALISED_BEFORE.search(text, max(0, m.start() - 30), m.start())
            or _CAPITALISED_AFTER.match(text, m.end())
        ):
            return False  # written alone elsewhere: the name's own capital
    return True


# what the text around a mention says (bits of _Mention.context)
_COMMA_NEXT, _COMMA_PREV, _LOCATIVE, _IN, _DATELINE, _NOUN = 1, 2, 4, 8, 16, 32
# enough for a weak name
_PLACE_CONTEXT = _LOCATIVE | _COMMA_NEXT | _COMMA_PREV | _DATELINE
# enough for a name also read as a person
_STRICT_CONTEXT = _IN | _COMMA_NEXT | _COMMA_PREV | _DATELINE
