"""Names a lower-case noun after them makes a feature's or a facility's: no person, no firm.

Part of :mod:`helpers.recognise`. News writes the names of reservoirs, volcanoes, rivers, dams
and camps with their noun in lower case ("the Paso Severino reservoir", "the Lagaip and Lai
rivers", "the Hunga Ha'apai volcano"): the name before the noun is the feature's, which the
weak person and organisation rules (a run of name words, the span model, a country's name after
an everyday word) or a surname's link had read as a person or a firm. :func:`without_feature_names`
drops such a reading, and the name's other weak readings in the article (one reading per name).
So does a place's noun before the name ("a new state called “Guayana Esequiba”", "a village
known as Mogo") or in an apposition after it ("Bhasan Char, a flood-prone island"). The names a list of rivers gives ("Rivers including the Savinja, Meža and
Sava rose") are no person, firm or town either (:func:`listed_features`), a list of
neighbourhoods' or villages' names no person's or firm's (:func:`listed_places`), nor a plan's or
an operation's name ("Plan Fénix", "Operation Sovereign Borders").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from helpers.recognise.cues import PRESS_TITLES, _Cues
from helpers.recognise.name_tails import _FEATURE_CONNECTORS
from helpers.recognise.names import _cues, _Span
from helpers.recognise.places import (
    A_THING_BEFORE,
    AIRCRAFT_AFTER,
    THING_AFTER,
    _Mention,
    island_names,
)

__all__ = ["listed_features", "listed_places", "without_feature_names"]

# the nouns, right after the name ("reservoir", "rivers", "volcano", "refugee camp")
_FEATURE_AFTER = re.compile(
    r" (?:reservoirs?|volcano(?:es)?|dams?|rivers?|glaciers?|lagoons?|locks|canal|oilfields?"
    r"|oil field|gas field|refinery|power (?:plant|station)|refugee camp|displacement camp"
    r"|monument|memorial|statue|obelisk|bridge|tunnel"
    # (a border crossing's: "the Israeli-controlled Kerem Shalom crossing" was a person)
    r"|(?:border )?crossings?"
    # (a mine's: "the Tavan Tolgoi mine" was an organisation)
    r"|(?:coal |copper |gold |iron ore |lithium |diamond )?mines?|coalfields?|coal field"
    # (a numbered street's: "on Kamphaeng Phet 2 Road" was the province, then an organisation)
    r"|\d{1,3} (?:Road|Rd|Street|St|Avenue|Ave|Soi|Lane))\b"
)
# ... or a town's part or a local area's noun, after the name or after a list ending with it
# ("Dubai's Al Barsha and Al Quoz districts" were two people); the weak readings only
_AREA_AFTER = re.compile(
    r"(?:(?:, [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3})*,? (?:and|or) [A-Z][\w'’-]*"
    r"(?: [A-Z][\w'’-]*){0,3})? (?:districts?|neighbou?rhoods?|suburbs?|governorates?"
    r"|sub-districts?|municipalit(?:y|ies)|communes"
    # ... or a list's first-order or county areas ("Burnet, Williamson and Tom Green counties"
    # were two people, "the Kano and Kaduna states")
    r"|counties|provinces|states|regions|parishes|oblasts|prefectures"
    # ... or a list's streets ("along Le Loi and Quang Trung streets" were two people), or its
    # airports ("Noi Bai, Cat Bi, Van Don and Tho Xuan airports closed")
    r"|streets|roads|avenues|airports)\b"
)
# ... or a square's, an avenue's or a bridge's last word, in the name (not "Road": GMB's "the
# Georgian business group Silk Road")
_STREET_ENDINGS = frozenset({"Square", "Plaza", "Avenue", "Boulevard", "Lane", "Bridge"})
# ... or a region's last word ("across the Hill Country" of Texas and "the Black Country" were
# organisations; not a feature ending, which would cut "Alexandria Country Day School")
_REGION_ENDINGS = frozenset({"Country"})
# ... or a distance from somewhere, right after it ("landslides at Puthumala, only a few
# kilometres from Mundakkai" was an organisation; "Kavalappara, 40 km north of Nilambur"), or
# the town it lies near
_DISTANCE_AFTER = re.compile(
    r",? (?:(?:only|just|about|some|around|roughly|nearly|almost|barely) )?(?:a few|several"
    r"|a couple of|\d[\d,.]*|a|one|two|three|four|five|ten|twenty)"
    r" ?(?:kilometres|kilometers|km|miles|mi)\b"
    r"(?: \(\d[\d,.]* ?(?:miles|mi|km|kilometres|kilometers)\))?"
    r" (?:from|away|outside|north|south|east|west|northeast|northwest|southeast|southwest)\b"
    # ... or a town it lies near ("Khatm Al Shakla, near the eastern city of Al Ain")
    r"|, (?:near|outside) the (?:[a-z]+ )?(?:city|town|village|capital|port) of [A-Z]"
    # ... or a town it lies a compass point from ("silver at Keno Hill, north of Mayo" was a
    # person; folder 233)
    r"|, (?:just |due |far )?(?:north|south|east|west|northeast|northwest|southeast|southwest)"
    r"(?:-(?:north|south)?(?:east|west))? of [A-Z]"
)
# ... or a minister's title and a name: the words are the portfolio ("Social Welfare Secretary
# Rex Gatchalian" was an organisation "Social Welfare"); the span model's reading only
_TITLE_AFTER = re.compile(r" (?:Secretary|Minister|Undersecretary|Commissioner) [A-Z]")
_PRESS_TITLE_AFTER = re.compile(rf" (?:{'|'.join(sorted(PRESS_TITLES))}) [A-Z]")
# ... or a hospital's or an airport's noun, after a name not shaped as a person's ("Alder Hey
# children's hospital" was a person; GMB's "Charles De Gaulle airport" is a work, not a person)
_FACILITY_AFTER = re.compile(
    r" (?:children['’]s )?(?:hospital|airport"
    # ... or a building's ("the Sky Villa condominium" in Mandalay was an organisation)
    r"|condominiums?|condos?|apartments|apartment (?:block|building|complex)|tower block"
    r"|shopping (?:mall|centre|center)|mall|hotel"
    # ... or a shrine's ("near the ancient Ta Muen Thom temple" was a person)
    r"|temple|shrine|pagoda|monastery|mosque)\b"
)
# ... or a venue's capitalised noun right after a person's name: the venue is named after him
# ("the Narendra Modi Stadium", "Rajiv Gandhi International Airport")
_VENUE_NAMED_AFTER = re.compile(
    r" (?:International )?(?:Stadium|Airport|Arena|Cricket Ground|Sports Complex)\b"
)
# ... or a people's noun ("the Indigenous Balik people in Sepaku" was a person)
_GROUP_AFTER = re.compile(r" (?:peoples?|tribes?|clans?|communit(?:y|ies)|ethnic group)\b")
# ... or a place's noun and "called", right before the name (and its opening quote)
_PLACE_CALLED = re.compile(
    r"\b(?:state|province|region|territory|village|town|city|district|island|county"
    r"|neighbou?rhood|settlement|camp|enclave) (?:called|named|known as) [\"“‘']?\Z"
)
# ... what every match of it ends with, read first (str.endswith, one C call: the pattern's search
# tried its nouns at each of the 40 characters before every weak reading, ~1 µs each)
_PLACE_CALLED_ENDS = tuple(
    f" {verb} {quote}" for verb in ("called", "named", "known as") for quote in ("", *"\"“‘'")
)
# a highway's word after a name ("the BP Highway", "the Prithvi Highway")
_HIGHWAY_AFTER = re.compile(r" (?:Highway|Expressway|Motorway|Freeway)\b")
# a capitalised preposition right before a name, after a lower-case word ("for Up Helly Aa")
# (after a word in lower case: a headline in title case capitalises its prepositions too, and
# "… Suspension Over Charlie Kirk Comments" dropped every Charlie Kirk of the article)
_TITLE_PREPOSITION_BEFORE = re.compile(r"[^A-Za-z][a-z]+,? (?:Up|Down|Over|Under|Into|Upon|Out) $")
# ... or the parts of a town the name is ("parts of Coleham Head and Smithfield Road")
_PARTS_OF = (" parts of ", " areas of ", " streets of ", " suburbs of ", " districts of ")
# ... or a village the gazetteer lacks, whatever its words ("the Indigenous community of Bajo
# Chiquito": Bajo is a given name too)
_VILLAGE_OF = (" community of ", " village of ", " hamlet of ", " settlement of ")
# ... or the place "near" which something is, set in a bigger one ("near Bajo Chiquito, in
# Panama's Darién province")
_NEAR_BEFORE = re.compile(r"\bnear \Z")
_SET_IN_AFTER = re.compile(r", in [A-Z]")
# ... or an apposition that says what place it is ("Bhasan Char, a flood-prone island in the Bay
# of Bengal" was a person); the noun ends the description ("Smith, a town councillor" is his)
# (or one of several: "Old Naledi, one of Gaborone's oldest low-income neighbourhoods" was a
# person)
_PLACE_APPOSITION = re.compile(
    # (a people's or a region's word among the description's: "Long Pasia, a Lundayeh village in
    # the uplands" was a person; folder 236)
    r", (?:an? |one of (?:the |[A-Z][\w'’-]*['’]s )?)(?:[a-z][\w'’-]* |[A-Z][a-z][\w'’-]* ){0,3}"
    r"(?:island|islet|atoll|peninsula|village|town|township|city|cities|district|province"
    r"|region|suburb|neighbou?rhood|settlement|municipality|hamlet)(?:(?<!cities)s)?"
    r"(?=[,.;)]| (?:in|of|on|off|near|north|south|east|west|about|some|just|that|where|with)\b)"
)
# ... or "in" or "at" before it and a town's or an area's name after it, with its noun ("at Bai
# Chay, Ha Long city" in Vietnam was a person)
_IN_AT_BEFORE = re.compile(r"\b(?:in|at) \Z")
_PLACE_NOUNED_AFTER = re.compile(
    r", [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2} (?:city|town|province|district|county|prefecture)"
    # (the noun ends the description: "at John Smith, Wake County district attorney" is his)
    r"(?=[,.;:)]| (?:in|of|on|and|where|which)\b)"
)
# the first word of a plan's, a campaign's or an exercise's name ("Noboa's so-called Plan Fénix"
# was a person)
_SCHEME_HEADS = frozenset({"Plan", "Operation", "Project", "Programme", "Program", "Exercise"})
_SCHEME_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(_SCHEME_HEADS)) + r") \Z")
_SCHEME_BEFORE_ENDS = tuple(f"{head} " for head in sorted(_SCHEME_HEADS))  # (read first, likewise)
# the readings that yield: what only the weak rules found (never a title's person, a table's
# entry, an acronym, an organisation word's name)
_WEAK = frozenset({"name", "model", "given", "evidence"})
# ... and a bare word's link to a person named in full elsewhere, at that mention only ("the Lai
# rivers" in a story that names Lai Ching-te)
_YIELD = _WEAK | {"surname", "first"}
# numbers spelled out and Roman numerals, which end a rule's, a plan's or a king's name
_NUMBER_WORDS = frozenset(
    {"One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"}
)
_ROMAN_NUMERAL = re.compile(r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})")


# a plural feature's noun and a list's opening: "Rivers including the", "lakes such as"
_LIST_OPENING = re.compile(
    r"\b[Rr]ivers(?: and (?:streams|lakes))?,? (?:including|such as|like|among them) (?:the )?"
)
# one listed name (capitalised words) and what follows it: a comma, "and", or the list's end
_LISTED_NAME = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}(, and |, | and )?")


def listed_features(text: str) -> list[tuple[int, int]]:
    """The spans of the names a list of rivers gives: "Rivers including the Savinja, Meža,
    Kamniška Bistrica and Sava rose" (Sava was Madagascar's region, Kamniška Bistrica a person).

    >>> t = "Rivers including the Savinja, Kamniška Bistrica and Sava rose."
    >>> [t[s:e] for s, e in listed_features(t)]
    ['Savinja', 'Kamniška Bistrica', 'Sava']
    """
    return _listed_after(_LIST_OPENING, text)


# a plural area's noun and "of", opening a list of their names
AREAS_OF_PLURALS = (
    "governorates", "provinces", "districts", "municipalities", "prefectures", "counties"
)  # fmt: skip
AREAS_OF = rf"(?:{'|'.join(AREAS_OF_PLURALS)}) of "
# a plural place's noun and a list's opening: "neighbourhoods including", "villages such as"
_PLACE_LIST_NOUNS = (
    "neighbourhoods", "neighborhoods", "districts", "suburbs", "villages", "towns", "communes",
    "settlements", "slums", "townships", "camps", "islands",
)  # fmt: skip
_PLACE_LIST_OPENERS = ("including", "such as", "like", "among them")
_PLACE_LIST_OPENING = re.compile(
    rf"\b(?:{'|'.join(_PLACE_LIST_NOUNS)}),? (?:{'|'.join(_PLACE_LIST_OPENERS)}) (?:the )?"
    # ... or a plural area's noun and "of" ("the governorates of North Al Sharqiyah, Al
    # Dakhiliyah and Al Dhahirah" were people)
    rf"|\b{AREAS_OF}(?:the )?"
)
# what _PLACE_LIST_OPENING's matches hold (may_list_places): an opener between spaces after a
# noun (and its comma), or an area's plural and "of"
_SPACED_OPENERS = tuple(f" {opener} " for opener in _PLACE_LIST_OPENERS)
_BEFORE_OPENERS = (*_PLACE_LIST_NOUNS, *(f"{noun}," for noun in _PLACE_LIST_NOUNS))
_AREAS_OF_WORDS = tuple(f"{plural} of " for plural in AREAS_OF_PLURALS)


def may_list_places(text: str) -> bool:
    """Whether :func:`listed_places` may find names in ``text`` (False: it finds none) — a
    test of what every list's opening holds, cheaper than the scan: the few openers found in
    C, each with a look at the words before it.

    >>> may_list_places("Talks in Paris, like those in Rome."), may_list_places("towns like X")
    (False, True)
    """
    if any(words in text for words in _AREAS_OF_WORDS):
        return True
    for opener in _SPACED_OPENERS:
        at = text.find(opener)
        while at != -1:
            if text.endswith(_BEFORE_OPENERS, 0, at):
                return True
            at = text.find(opener, at + 1)
    return False


def listed_places(text: str) -> list[tuple[int, int]]:
    """The spans of the names a list of neighbourhoods, villages, camps … gives: places (which
    the gazetteer may lack), no person's or firm's names ("neighbourhoods including Martissant,
    Cité Soleil, Delmas and Bel Air": Cité Soleil was an organisation).

    >>> t = "fighting in neighbourhoods including Martissant, Cité Soleil and Bel Air."
    >>> [t[s:e] for s, e in listed_places(t)]
    ['Martissant', 'Cité Soleil', 'Bel Air']
    """
    return _listed_after(_PLACE_LIST_OPENING, text)


def _listed_after(opening: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """The spans of the capitalised names listed after each match of ``opening``."""
    out: list[tuple[int, int]] = []
    for mt in opening.finditer(text):
        pos = mt.end()
        while (name := _LISTED_NAME.match(text, pos)) is not None:
            end = name.start(1) if name.group(1) else name.end()
            out.append((pos, end))
            if not name.group(1):
                break
            pos = name.end()
    return out


def without_feature_names(
    text: str,
    people_orgs: list[_Span],
    listed: Sequence[tuple[int, int]] = (),
) -> list[_Span]:
    """``people_orgs`` without the weak readings of names written before a feature's noun (or
    in a list of features: ``listed``, from :func:`listed_features`).

    >>> t = "Rain filled the Paso Severino reservoir. Paso Severino was full."
    >>> sp = [_Span(16, 29, "Paso Severino", "person", "name"),
    ...       _Span(41, 54, "Paso Severino", "person", "name")]
    >>> without_feature_names(t, sp)
    []
    """
    cues = _cues()
    # (an island's name, written bare elsewhere: "on Santa Cruz Island … the family businesses on
    # Santa Cruz cannot" made the model's person once the Bolivian department yielded)
    islands = island_names(text)
    at = [
        sp
        for sp in people_orgs
        if _nobodys_reading(sp, text, listed, cues) or (sp.how in _WEAK and sp.entity in islands)
    ]
    if not at:
        return people_orgs
    features = {sp.entity for sp in at if sp.how in _WEAK}
    here = {id(sp) for sp in at}
    return [
        sp
        for sp in people_orgs
        # (and the links to a name dropped: "… Balik people … Balik" linked to that "person")
        if not ((sp.how in _YIELD and sp.entity in features) or id(sp) in here)
    ]


def _nobodys_reading(
    sp: _Span,
    text: str,
    listed: Sequence[tuple[int, int]],
    cues: _Cues,
) -> bool:
    """Whether ``sp`` is a reading :func:`without_feature_names` drops: a weak reading (or a
    surname link) of a feature's, a place's or a thing's name, or a learned name before an
    aircraft's noun."""
    how, start, end = sp.how, sp.start, sp.end
    if sp.kind == "person" and _VENUE_NAMED_AFTER.match(text, end) is not None:
        return True  # a venue named after a person ("at the Narendra Modi Stadium"), whatever
        # read him: no mention of the man (his other mentions stay his)
    if how == "learned":
        # (an aircraft's name: "a Hercules aircraft" was a person, as training news has one;
        # so was "sent a Hercules with a team": no one is "a" name)
        # (nor is a road's: "the BP Highway" of a Nepal flood story was the oil company)
        return (
            _aircraft_after(text, end)
            or _HIGHWAY_AFTER.match(text, end) is not None
            or (
                len(sp.tokens) == 1
                and A_THING_BEFORE.search(text, max(start - 4, 0), start) is not None
                and THING_AFTER.match(text, end) is not None
            )
        )
    if how not in _YIELD:
        return False
    if (
        _FEATURE_AFTER.match(text, end) is not None
        or (
            text.endswith(_PLACE_CALLED_ENDS, max(0, start - 40), start)
            and _PLACE_CALLED.search(text, max(0, start - 40), start) is not None
        )
        or _PLACE_APPOSITION.match(text, end) is not None
        or any(s < end and start < e for s, e in listed)
    ):
        return True
    if how not in _WEAK:
        return False  # (a surname link yields only to the above)
    tokens = sp.tokens
    given = cues.given_names
    # (a given name and a family name is a person's: "Jay Lane said", "Alice Smith hospital staff")
    person_shaped = len(tokens) == 2 and tokens[0] in given
    return (
        _GROUP_AFTER.match(text, end) is not None
        or _AREA_AFTER.match(text, end) is not None
        # (a title's words after its capitalised preposition, mid-sentence: "marched for Up
        # Helly Aa" was a person "Helly Aa")
        or _TITLE_PREPOSITION_BEFORE.search(text, max(0, start - 24), start) is not None
        # (a town's parts: "including parts of Coton Hill and Sydney Avenue" was a person; not
        # "parts of John Smith's estate")
        or (text.endswith(_PARTS_OF, max(0, start - 16), start) and not person_shaped)
        or text.endswith(_VILLAGE_OF, max(0, start - 16), start)
        or (
            _SET_IN_AFTER.match(text, end) is not None
            and _NEAR_BEFORE.search(text, max(0, start - 6), start) is not None
        )
        or _romance_head_right_before(text, start)
        # ... or such a head itself, opening the reading ("Calçada da Glória", a Lisbon street,
        # and "Avenida" of "the top of Avenida da Liberdade" were organisations), unless a given
        # name ("Sierra Boggess")
        or (bool(tokens) and tokens[0] in cues.romance_feature_heads and tokens[0] not in given)
        or _DISTANCE_AFTER.match(text, end) is not None
        or (
            _PLACE_NOUNED_AFTER.match(text, end) is not None
            and _IN_AT_BEFORE.search(text, max(0, start - 3), start) is not None
        )
        or (_FACILITY_AFTER.match(text, end) is not None and not person_shaped)
        or (how == "model" and _TITLE_AFTER.match(text, end) is not None)
        # (or a press officer's: "Palace Press Officer Claire Castro" was an organisation
        # "Palace Press", the words of her title; cues.PRESS_TITLES)
        or (
            how == "model"
            and bool(tokens)
            and tokens[-1] == "Press"
            and _PRESS_TITLE_AFTER.match(text, end) is not None
        )
        # (or a chief's title "of" its staff: "Army Chief of Staff General Park An-su" was an
        # organisation "Army Chief")
        or (
            how == "model"
            and bool(tokens)
            and tokens[-1] == "Chief"
            and text.startswith(" of ", end)
        )
        or _aircraft_after(text, end)
        # (a square's or an avenue's name: "the Old Town Square" was an organisation)
        or (bool(tokens) and tokens[-1] in _STREET_ENDINGS and not person_shaped)
        or (
            bool(tokens)
            and tokens[-1] in _REGION_ENDINGS
            and not (text[end : end + 1] == " " and text[end + 1 : end + 2].isupper())
        )
        or (
            sp.kind == "person"
            and (
                # a role's noun capitalised at a sentence's start ("Businesswoman and investor
                # Halla Tómasdóttir" gave a person "Businesswoman")
                (len(tokens) == 1 and tokens[0].lower() in cues.person_roles)
                # a plan is no person (an organisation's reading stays: GMB marks "Operation
                # Steel Curtain" an organisation)
                or (bool(tokens) and tokens[0] in _SCHEME_HEADS)
                # ... nor a rule's or a directive's number ("the so-called Pillar Two rules",
                # "its own Solvency II rules" were people; held folder 237): no one's name ends
                # in a number spelled out, nor in a numeral after one word but a given name
                # ("Henry VIII")
                or (
                    len(tokens) >= 2
                    and (
                        tokens[-1] in _NUMBER_WORDS
                        or (
                            len(tokens) == 2  # ("Clayborn Shelby III" stays)
                            and _ROMAN_NUMERAL.fullmatch(tokens[-1]) is not None
                            and tokens[0] not in given
                        )
                    )
                )
                or (
                    text.endswith(_SCHEME_BEFORE_ENDS, max(0, start - 12), start)
                    and _SCHEME_BEFORE.search(text, max(0, start - 12), start) is not None
                )
            )
        )
    )


@functools.cache
def _romance_head_before() -> re.Pattern[str]:
    """A Romance feature's or street's first word and its connector, right before a name: the
    name is the feature's ("the Jardin des Plantes" gave a person "Plantes")."""
    heads = "|".join(sorted(map(re.escape, _cues().romance_feature_heads)))
    connectors = "|".join(sorted(_FEATURE_CONNECTORS))  # (the place rules' own: "Gare du Nord")
    return re.compile(rf"\b(?:{heads}) (?:{connectors})(?: la| las| los| les)? \Z")


# the last word of a match of _romance_head_before (a space before it and after it): a connector
# or the article after one
_ROMANCE_LAST_WORDS = frozenset(
    {c.rsplit(" ", 1)[-1] for c in _FEATURE_CONNECTORS} | {"la", "las", "los", "les"}
)


def _romance_head_right_before(text: str, start: int) -> bool:
    """Whether a Romance feature's head and its connector stand right before ``start``
    (:func:`_romance_head_before`).

    (The word before the name is read first: the pattern's search of the 24 letters before every
    reading tried its ~100 heads at each, ~10 µs an article, and one word in hundreds is a
    connector.)

        >>> _romance_head_right_before("the Jardin des Plantes", 15)
        True
        >>> _romance_head_right_before("in Paris", 3)
        False
    """
    if text[start - 1 : start] != " ":
        return False
    word = text[text.rfind(" ", 0, start - 1) + 1 : start - 1]
    return (
        word in _ROMANCE_LAST_WORDS
        and _romance_head_before().search(text, max(0, start - 24), start) is not None
    )


def _aircraft_after(text: str, end: int) -> bool:
    """Whether an aircraft's noun follows a name ending at ``end`` ("a Hercules aircraft")."""
    return text.startswith(" ", end) and AIRCRAFT_AFTER.match(text, end + 1) is not None


# a list's separator right before a name, and right after one
_SEP_BEFORE = re.compile(r"(?:, and |, | and )$")
_SEP_AFTER = re.compile(r", and |, | and ")


def listed_like_places(
    text: str, people_orgs: list[_Span], cands: Sequence[_Mention]
) -> list[_Span]:
    """``people_orgs`` without the weak person readings of a name listed between places that end
    in its last word: "roads to Siesta Key, Lido Key and Longboat Key" name three keys (the
    gazetteer lacks Lido Key; it was a person).

        >>> listed_like_places("no list", [], [])
        []
    """
    # (most articles list no weak reading of two words or more: no lookups to build)
    if not cands or not any(
        sp.kind == "person" and sp.how in _WEAK and len(sp.tokens) >= 2 for sp in people_orgs
    ):
        return people_orgs
    ends = {m.end: m.surface for m in cands}
    starts = {m.start: m.surface for m in cands}

    def alike(surface: str | None, last: str) -> bool:
        return surface is not None and surface.endswith(" " + last)

    out = []
    for sp in people_orgs:
        if sp.kind == "person" and sp.how in _WEAK and len(sp.tokens) >= 2:
            last = sp.tokens[-1]
            sep = _SEP_BEFORE.search(text, max(sp.start - 6, 0), sp.start)
            before = ends.get(sep.start()) if sep is not None else None
            nxt = _SEP_AFTER.match(text, sp.end)
            after = starts.get(nxt.end()) if nxt is not None else None
            if alike(before, last) and alike(after, last):
                continue
        out.append(sp)
    return out if len(out) < len(people_orgs) else people_orgs
