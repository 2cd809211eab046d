"""The place filter's rules on the word right after a mention: a longer name it starts.

Part of :mod:`helpers.recognise.place_filter`, asked by
:func:`~helpers.recognise.place_filter.walk._filter` for each mention a word follows one space
away: a name is no place where that word makes it the head of another name: a feature's ("Niger
Delta", "Cerro Huanca", "Bab al-Hawa"), a river's ("the Manas river"), a disease's, a scale's, a
title's, a day's, a craft's, a street's, a firm's or a site's ("Lyme disease", "Vice President",
"Columbus Day", "Oxford Road", "Banco Base", "Washington Post", "Union Station"), or a person's
("Jordan Smith", "Kim Jong Un", whose bare "Kim" elsewhere is the person too).
"""

from __future__ import annotations

import re

from helpers.gazetteer import TOWN_KINDS
from helpers.recognise.chunks import _ARABIC_SURNAME
from helpers.recognise.name_tails import (
    _ARTICLE_AND_CAPITAL,
    _FEATURE_CONNECTORS,
)
from helpers.recognise.place_scan import (
    _Mention,
)
from helpers.recognise.place_words import (
    MODIFIERS,
    ORG_SUFFIXES,
    PERSON_VERBS,
    STREET_WORDS,
    _Lexicon,
)
from helpers.recognise.places import (
    _BARE_OCEANS,
    _BODY_HEADS,
    _CRAFT_WORDS,
    _GENERIC_AREA_WORDS,
    _IN,
    _NUMBERED_STREET,
    _STREET_HEADS,
    _headline,
)

# a town's name (TOWN_KINDS) may name a thing of another place ("the Freeport of Monrovia"),
# and the words that make a name a part of the place after it ("the North West of England", "the
# Old City of Dubrovnik")
_PART_WORDS = frozenset(
    {"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
     "Upper", "Lower", "Mid", "Old", "Inner", "Outer"}
)  # fmt: skip
# Spanish, Portuguese and Italian words that start a firm's name ("Banco Base", "Grupo Bimbo"),
# and some town's other name
_ORG_HEADS = frozenset({"Banco", "Banca", "Grupo", "Caja", "Compañía", "Companhia"})
# words after a town's name that make a site's name, no mention of the town ("Union Station",
# "Victoria Station", "Union Square"; "the Hilton Hotel" was Hilton, New York; "as he sat in
# Butler Cabin" at Augusta was Butler, Georgia; "near College Green" College, Alaska; "Bute
# House", the Scottish First Minister's residence, Bute, Kenya; "the Wrightsville Dam" Camden)
_SITE_WORDS = frozenset(
    {"station", "square", "hotel", "resort", "cabin", "lodge", "green", "walk", "mews", "quay", "wharf",
     "house", "dam",
     # (a gate's: "at Ashton Gate in Bristol" was Ashton, the town)
     "gate"}
)  # fmt: skip
# sites news numbers, whose word is a town's name somewhere ("Mine 7" of Svalbard was Mine, Japan)
_NUMBERED_SITES = frozenset(
    {"mine", "pit", "shaft", "block", "gate", "pier", "berth", "well", "platform", "terminal",
     "sector", "zone", "hangar"}
)  # fmt: skip
# a document's parts, which news labels by a letter or a number ("Annex C" of the Itaipu treaty
# was Annex, a town in Ontario, three times)
_DOCUMENT_PARTS = frozenset({"Annex", "Appendix", "Schedule", "Chapter", "Article", "Exhibit"})
_PART_LABEL = re.compile(r"[A-Z]|[IVX]{1,4}|\d{1,3}")
# ... and the sites a state's or a country's name heads (a town's are _SITE_WORDS, in lower case)
# ("crowds at India Gate", "the Brandenburg Gate")
_MAJOR_SITE_HEADS = frozenset({"Square", "Station", "Gate"})
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
# up to four capitalised words in a row (the name a town's name opens: "Franklin Community Schools")
_CAPITAL_RUN = re.compile(r"[A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*){0,3}")

# a road's last word after a region's, a state's or a country's name of any length ("the New
# England Highway", "the Great Western Highway" are roads; "Texas Highway 6" the state's road)
# things named after a place, a country's name among them ("Cases of Guinea worm disease fell"
# put Guinea on an obituary's map)
_NAMED_THINGS = frozenset(
    {"Guinea worm", "Guinea worms", "Guinea pig", "Guinea pigs", "Guinea fowl", "Brussels sprouts",
     "Brazil nut", "Brazil nuts", "Panama hat", "Panama hats", "Bermuda shorts", "Jerusalem artichoke",
     "Jerusalem artichokes", "China clay", "Turkey vulture", "Turkey vultures",
     # (British news writes the police's SWAT as "Swat": "a Swat team stormed the flat" is no
     # Pakistani district)
     "Swat team", "Swat teams", "Swat officer", "Swat officers", "Swat unit", "Swat units",
     "Swat squad",
     # (a fair's wheel is Ferris's, no Texan town's)
     "Ferris wheel", "Ferris wheels",
     # (a trade's name: "the British Pest Control Association" put Hungary's Pest on the map)
     "Pest Control", "Pest control",
     # (a food named after a town: "Dijon mustard" is on a plate, not in Burgundy)
     "Dijon mustard", "Buffalo wings", "Parma ham", "Peking duck", "Worcestershire sauce",
     "Tabasco sauce", "Cheddar cheese", "Bologna sausage"}
)  # fmt: skip
_ROAD_HEADS = frozenset({"Highway", "Freeway", "Motorway", "Expressway", "Turnpike", "Parkway"})


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


def _no_place_by_word_after(
    text: str,
    mentions: list[_Mention],
    idx: int,
    next_w: str,
    major: bool,
    is_name: bool,
    first: bool,
    town_like: bool,
    big: bool,
    given: bool,
    lex: _Lexicon,
    person_keys: set[int],
    name_run_keys: set[int],
) -> bool:
    """Whether ``next_w``, the word one space after ``mentions[idx]``, makes the mention no
    place where it stands (the start of a person's name goes to ``person_keys``, or to
    ``name_run_keys`` when the article's other bare mentions of the name are the person too).
    ``major`` to ``given`` are facts of its surface
    (:data:`~helpers.recognise.place_filter.facts._Facts`)."""
    m = mentions[idx]
    single, start, nxt_w, last = m.ntok == 1, m.start, m.next, len(mentions) - 1
    features, surnames, common = lex.features, lex.surnames, lex.common
    no_person = lex.no_person_endings
    if next_w[:1].isupper() and next_w.lower() in features:
        return True  # "Niger Delta", "Jordan River": the feature, not the country or town
    if (
        next_w == "of"
        and text[start - 4 : start] in ("the ", "The ")
        and idx < last
        and mentions[idx + 1].start == nxt_w[1] + 1  # type: ignore[index]
        and m.senses[0][1].kind in TOWN_KINDS
        and m.surface.split(" ", 1)[0] not in _PART_WORDS
    ):
        return True  # a town's name that names a thing of another place: "the Freeport of
        # Monrovia" (Liberia's port) was Freeport, New York; "the Paris of Africa" (not a part
        # of it: "the North West of England", "the Old City of Dubrovnik")
    if next_w in _BODY_HEADS and _GENERIC_AREA_WORDS.issuperset(m.surface.split(" ")):
        return True  # "Seoul Central District Court": a body's words, not Israel's district
    if next_w.isdigit() and len(next_w) <= 3 and _NUMBERED_STREET.match(text, nxt_w[1]):  # type: ignore[index]
        return True  # "on Kamphaeng Phet 2 Road", "Rama 4 Road": a street's name
    if single and next_w.isdigit() and len(next_w) <= 3 and m.surface.lower() in _NUMBERED_SITES:
        return True  # "gone into Mine 7", "oil Block 58": a numbered site (Mine, Japan)
    if single and m.surface in _DOCUMENT_PARTS and _PART_LABEL.fullmatch(next_w):
        return True  # "the treaty's Annex C": a document's part (Annex, Ontario)
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
        return True  # "Cerro Huanca", "Salar de …": a mountain's or a salt flat's name
    if (
        single
        and _ARABIC_SURNAME.match(text, nxt_w[0]) is not None  # type: ignore[index]
        and m.surface in lex.feature_beginnings
    ):
        return True  # "Bab al-Hawa", "Wadi al-Dawasir": a crossing's, a valley's first word
        # (Al-Bab, Syria; Wadi, India)
    if single and m.surface in _BARE_OCEANS and next_w[:1].isupper():
        return True  # "Pacific Decadal Oscillation", "Continental Atlantic Publications":
        # a longer name's word, no ocean ("Pacific Coast", "the Pacific Northwest" are
        # features and regions of their own: the features' test above, the gazetteer)
    if single and m.surface in _ORG_HEADS and next_w[:1].isupper():
        return True  # "Banco Base", "Grupo Bimbo": a firm's first word (El Banco, Colombia)
    if (
        single
        and (next_w in _WATERWAYS or (next_w in _WATERWAYS_NAMED and not major))
        # (unless the name's best sense is the river: the hand-made rivers' entries,
        # "joins the Yamuna river", "the Bhagirathi river")
        and not (m.senses[0][1].kind == "region" and m.senses[0][1].feature_code is None)
    ):
        return True  # "the Manas river", "Lee Creek": a river, not the town (Manas, Kyrgyzstan)
    if single and f"{m.surface} {next_w}" in _NAMED_THINGS:
        return True  # "Guinea worm disease", "a guinea pig": a thing named after the place
    if single and next_w in _DISEASE_WORDS and not major:
        return True  # "the Marburg virus", "Lyme disease": the disease's name
    if single and next_w == "scale" and not major:
        return True  # "level 14 on the Beaufort scale" (Beaufort, South Carolina): its deviser's
    if single and not major and f"{m.surface} {next_w}" in lex.title_pairs:
        return True  # "swore in Vice President Dina Boluarte": a title (Vice, Peru)
    if next_w == "Line":
        return True  # a railway's line named after it: "the Far North Line" (the Far North of
        # Cameroon), "the West Highland Line", London's "Victoria Line"
    if single and next_w == "Day" and not major:
        return True  # "a Lincoln Day dinner", "Columbus Day": a day's name
    if single and next_w in _CRAFT_WORDS and not major:
        return True  # "NASA's Perseverance rover": a craft's name
    if single and major and (next_w in _STREET_HEADS or next_w in _MAJOR_SITE_HEADS):
        return True  # a state's or a country's name heads a street's too ("Victoria Parade"), a
        # square's or a station's ("Victoria Square, Birmingham" was the Australian state)
    if (
        major
        and next_w in _ROAD_HEADS
        # (the road's name ends there: "the Florida Highway Patrol" is a body, the organisation
        # rules' to read)
        and not text[nxt_w[1] + 1 : nxt_w[1] + 2].isupper()  # type: ignore[index]
    ):
        return True  # ... and a highway's ("the New England Highway" was the US region)
    if not major and next_w[:1].isupper():
        nl = next_w.lower()
        if nl in ORG_SUFFIXES or nl.rstrip(".") in STREET_WORDS or nl in _SITE_WORDS:
            return True  # "Washington Post", "Dallas Cowboys", "Oxford Road", "Union Station"
        if (first or nl in surnames) and nl not in common and nl not in no_person:
            # (not before a word that ends no one's name: "Western Sydney International
            # Airport" made every Sydney of a budget story a person)
            # "Jordan Smith", "Kim Jong Un"; not a town's institution ("Franklin Community
            # Schools": the organisation rules decide, and the town's bare mentions stay)
            run = _CAPITAL_RUN.match(text, nxt_w[0])  # type: ignore[index]
            if (
                (run is None or lex.org_words.isdisjoint(run.group().split(" ")))
                and not (
                    # a big city before a plural that is no surname is a team's town, no
                    # person's given name: "the Sydney Swans … travelled from Sydney"
                    big and nl.endswith("s") and nl not in surnames and nl[:-1] not in surnames
                )
                # (nor a big city no one is named, before its airport's namesake: "landing at
                # Toronto Pearson" took every Toronto of the story off the map)
                and (first or not big)
            ):
                person_keys.add(m.key)
            return True
        if given and nl not in common:
            # "Bruno Guimarães": a person here; a bare "Bruno" needs place context
            name_run_keys.add(m.key)
            return True
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
            return True
    return False
