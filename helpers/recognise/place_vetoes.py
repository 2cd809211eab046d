"""Gazetteer names that name something else: the place candidates a text's own words veto.

Part of :mod:`helpers.recognise`, run on the candidates :mod:`helpers.recognise.places` kept,
before any name is read: a town's or a country's name that the words around it make a storm's
("Hurricane Katrina", "Cyclone Nargis"), a craft's ("the Orion capsule"), a law's ("the Kyoto
Protocol"), a saint's ("St Chad's"), a title's ("the Oba of Benin"), an era ("44 B.C."), a
photo agency's ("/Keystone via AP"), a palace's, a hotel's, an airport's, a river's ("the French
Broad River"), a building named after a person ("Norman Manley International Airport"), an
edition's ("English Edition") or a quoted work's ("Sean Baker's “Anora”") — unless a place's own
context writes it (a comma, "in", a dateline).

    >>> from helpers.recognise import recognise
    >>> [s.surface for s in recognise("Hurricane Katrina hit New Orleans.") if s.type == "place"]
    ... # doctest: +SKIP
    ['New Orleans']
"""

from __future__ import annotations

import functools
import re

from helpers.gazetteer import TOWN_KINDS, GazetteerEntry
from helpers.recognise.chunks import _PRESS_SURNAMES
from helpers.recognise.cues import LANGUAGE_TAIL, names_a_wind
from helpers.recognise.names import _SAINTS, _cues, _everyday_word, _Intervals
from helpers.recognise.overlaps import _MAJOR_KINDS
from helpers.recognise.places import (
    _CRAFT_WORDS,
    _ERAS,
    _STREET_HEADS,
    _STRICT_CONTEXT,
    A_THING_BEFORE,
    THING_AFTER,
    _big,
    _lexicon,
    _Mention,
    _most_named_country,
    island_names,
)

__all__ = ["without_other_names"]


def without_other_names(
    text: str, cands: list[_Mention], titled: list[tuple[int, int]], titles: frozenset[str]
) -> list[_Mention]:
    """The place candidates without the names the words around them give to something else
    (see the module's docstring); ``titled`` and ``titles`` are the text's quoted works'
    spans and names (:func:`helpers.recognise.works.quoted_titles`).

        >>> from helpers.recognise import recognise
        >>> [s.surface for s in recognise("The Kyoto Protocol was signed.") if s.type == "place"]
        ... # doctest: +SKIP
        []
    """
    if not cands:
        return cands
    # a storm's name is no place: neither its given name ("Cyclone Nargis": Nargis is also a
    # French village) nor its storm word ("Hurricane Katrina": Hurricane, Utah). One set
    # lookup per candidate, on the word before it, and one on its own name.
    # Its name stays the storm's where it stands bare, and so does a local name given to
    # it ("Typhoon Vamco, known locally as Ulysses … We learned from Ulysses").
    heads, words = _storm_words()
    named = _storm_names(text)
    crafts = _craft_names(text)  # (a town's name only: "a Russian spacecraft" stays Russian)
    if any(m.surface in _PLANETS for m in cands) and _SPACE_WORDS.search(text):
        # the planets and programmes of a story about space ("a 1.8-billion-mile journey to
        # Jupiter" was Jupiter, Florida, seven times)
        crafts = crafts | _PLANETS
    title_words, law_endings = _cues().title_words, _cues().law_endings
    in_title = _Intervals(titled) if titled else None
    islands = _islands_abroad(text, cands) if " Island" in text else frozenset()
    parts = _parts_abroad(text, cands) if ", " in text else frozenset()
    # one pass over the candidates (and a saint's name is no place either: "St Chad's
    # Catholic school", "St. Mary's Hospital")
    return [
        m for m in cands
        if not (
            (m.prev is not None and m.prev[1] + 1 == m.start
             and text[m.prev[0] : m.prev[1]] in heads)
            or (m.prev is not None and m.prev[1] + 2 >= m.start
                and text[m.prev[0] : m.start].rstrip(". ") in _SAINTS)
            or (m.surface in words and m.next is not None and m.next[0] == m.end + 1
                and text[m.next[0] : m.next[0] + 1].isupper())
            # nor a town or area naming a law or a treaty ("the Kyoto Protocol", "the Minsk
            # Agreements" put Kyoto and Minsk on a story's map; not "the D.C. Charter School
            # Board", and countries stay: "the Lebanon-Syria Treaty" names its parties)
            or (m.next is not None and m.next[0] == m.end + 1
                and text[m.next[0] : m.next[1]] in law_endings
                and m.senses[0][1].kind not in ("country", "demonym")
                and not text[m.next[1] : m.next[1] + 2].lstrip(" ")[:1].isupper())
            or (m.surface in named and not m.context & _STRICT_CONTEXT)
            or (
                m.surface in crafts
                and m.senses[0][1].kind == "city"
                and not m.context & _STRICT_CONTEXT
            )
            # nor a title's word ("the Oba of Benin" is the Edo king, not Oba, a town in
            # Turkey), unless a place's own context writes it
            or (m.surface in title_words and m.ntok == 1
                and m.senses[0][1].kind not in _MAJOR_KINDS
                and not m.context & _STRICT_CONTEXT)
            # nor an era after its year ("in 44 B.C.", "the first century BC" is no British
            # Columbia)
            or (m.surface in _ERAS and m.prev is not None
                and _ERA_BEFORE.fullmatch(text, m.prev[0], m.prev[1]) is not None)
            # nor a mother's or a wife's maiden name ("his Scottish wife, Margaret (née
            # Hutton)" put Hutton, Essex on an obituary's map)
            or text[m.start - 4 : m.start] in ("née ", "nee ", "Née ")
            # nor a photo agency's name in a picture's credit ("(Jean-Christophe Bott/Keystone
            # via AP)" was Keystone, Florida)
            or (text[m.start - 1 : m.start] == "/" and text.startswith(" via ", m.end))
            # nor a town's name that names a palace ("toward the Miraflores presidential
            # palace" in Caracas was Miraflores, Peru)
            or (m.next is not None and m.senses[0][1].kind == "city"
                and _PALACE_AFTER.match(text, m.end) is not None)
            # nor a small town's name that names a hotel or a residence ("The Hilton hotel in
            # Kathmandu" was Hilton, New York, "outside the Matignon residence" a Breton village;
            # "a Kathmandu hotel" stays the city), a shopping centre or a base ("the Hindon air
            # base near New Delhi" was a Wiltshire village; "the Bonaire shopping centre in
            # Aldaia" the Caribbean island, a first-order area of fewer than 100,000 people)
            or (_small_town_or_area(m.senses[0][1])
                and text[m.start - 4 : m.start] in ("the ", "The ")
                and _HOTEL_AFTER.match(text, m.end) is not None)
            # nor a landmark's name that names an airport ("Roland-Garros airport" is
            # Réunion's, not the Paris tennis grounds), unless the landmark is the airport
            # ("at Heathrow airport")
            or (m.senses[0][1].kind == "landmark" and text.startswith(" airport", m.end)
                and "Airport" not in m.senses[0][1].name)
            # nor a demonym opening a river's or a mountain's name ("the French Broad River"),
            # here or written whole elsewhere ("the French Broad and Swannanoa rivers")
            or (m.senses[0][1].kind == "demonym" and m.next is not None
                and (_feature_after(text, m.end) or _feature_named_elsewhere(text, m)))
            # nor a given name opening a building named after a person ("Norman Manley
            # International Airport" put Norman, Oklahoma on a Jamaican story's map)
            or (m.senses[0][1].kind == "city" and m.ntok == 1
                and _person_named_building(text, m.surface, m.end))
            # nor a small town named like a street, in a street's place ("City Hall on Fifth
            # Street North" was Fifth Street, Texas, a town of 2,500)
            or (m.senses[0][1].kind == "city" and m.ntok >= 2 and not _big(m.senses[0][1])
                and m.surface.rsplit(" ", 1)[-1] in _STREET_HEADS)
            # nor a small town's name opening a brand's venue ("Hard Rock Stadium" in Miami
            # Gardens was Hard, Austria; "Salt Lake Stadium" in Kolkata)
            or (m.senses[0][1].kind == "city" and m.ntok == 1 and not _big(m.senses[0][1])
                and _brand_venue_after(text, m.end))
            # nor a town's name (no capital) opening the name of grounds that the text
            # places in another town ("Hayward Field in Eugene" was Hayward, California; "Phelps
            # Cemetery near Lyons" the town of Phelps; "Wembley Stadium in London" stays)
            or (m.senses[0][1].kind == "city" and m.ntok == 1
                and m.senses[0][1].feature_code != "PPLC"
                and _grounds_elsewhere(text, m.surface, m.end))
            # nor a language naming an edition ("EL OBSERVADOR NACIONAL — English Edition"
            # put England on a Mexican story's map)
            or (m.senses[0][1].kind == "demonym"
                and _EDITION_AFTER.match(text, m.end) is not None)
            # nor a language before "-speaking" ("the English-speaking Northwest and Southwest
            # regions" put England on a Cameroonian story's map; "French-language media")
            or (m.senses[0][1].kind == "demonym"
                and LANGUAGE_TAIL.match(text, m.end) is not None)
            # nor a small town's name a lone "a" makes a thing ("New Zealand sent a Hercules
            # with a team": an aircraft, not Hercules, California; "a Boston man" stays)
            or (m.ntok == 1 and m.senses[0][1].kind == "city" and not _big(m.senses[0][1])
                and A_THING_BEFORE.search(text, max(m.start - 4, 0), m.start) is not None
                and THING_AFTER.match(text, m.end) is not None
                and not m.context & _STRICT_CONTEXT)
            # nor a small town's name that names a news agency in a photo credit ("Photo:
            # Keystone/Ti-Press/Samuel Golay" put Keystone, Colorado on a Swiss story's map;
            # "Keystone-SDA" is one word to the place scan)
            or (m.ntok == 1 and m.senses[0][1].kind == "city" and not _big(m.senses[0][1])
                and _SLASH_NAME.match(text, m.end) is not None
                and _CREDIT_BEFORE.search(text, max(0, m.start - 60), m.start) is not None)
            # nor a town's name that names a bridge ("the Craigavon Bridge" of a Derry story was
            # Craigavon, 60 km away; LGL marks none of its five "<Town> Bridge" towns)
            or (m.senses[0][1].kind == "city" and text.startswith(" Bridge", m.end)
                and not m.context & _STRICT_CONTEXT)
            # nor a named wind ("a destructive Santa Ana wind event" of a Los Angeles fire
            # story was Santa Ana, the Orange County city; "Chinook winds": Chinook, Montana)
            or names_a_wind(text, m.surface, m.end)
            # nor a small town's name that is a French word before French ("Par notre
            # correspondant à Yaoundé", a byline, was Par, Cornwall; "the line at Par" stays)
            or (m.ntok == 1 and m.senses[0][1].kind == "city" and not _big(m.senses[0][1])
                and _FRENCH_AFTER.match(text, m.end) is not None)
            # nor a newspaper's word after "the" ("told the Herald", "the Tribune's journalism":
            # Herald, California and Tribune, Kansas)
            or (m.ntok == 1 and m.surface in _PRESS_WORDS and m.senses[0][1].kind == "city"
                and not _big(m.senses[0][1])
                and text[max(0, m.start - 4) : m.start] in ("the ", "The "))
            # nor a saint's name a church is dedicated to ("outside the Cathedral of Santa
            # María" in Chiclayo was Santa Maria, Italy)
            or (m.surface.split(" ", 1)[0] in _SAINT_WORDS
                and _DEDICATION_BEFORE.search(text, max(0, m.start - 24), m.start) is not None)
            # nor an island's name written bare (_islands_abroad)
            or m.start in islands
            # nor a town's part named like a town abroad (_parts_abroad)
            or m.start in parts
            # nor a work's quoted title ("Sean Baker's “Anora”": Añora, a village in Spain)
            or (in_title is not None
                and (m.surface in titles or in_title.overlaps(m.start, m.end))
                and not m.context & _STRICT_CONTEXT)
        )
    ]  # fmt: skip


def _islands_abroad(text: str, cands: list[_Mention]) -> frozenset[int]:
    """The starts of the bare candidates of names the text writes before "Island" or "Islands"
    where no place candidate holds that island (the gazetteer lacks it), lying outside the
    country the article's places lie in: written bare, they are the island ("near Puerto Ayora
    on Santa Cruz Island … the family businesses on Santa Cruz cannot" put Bolivia's Santa Cruz
    on a Galápagos story's map). A mention with a place's own context stays."""
    before = island_names(text)
    before = {
        name for name in before if not any(m.surface.startswith(name + " Island") for m in cands)
    }
    if not before:
        return frozenset()
    home = _most_named_country(cands)
    return frozenset(
        m.start
        for m in cands
        if m.surface in before
        and m.senses[0][1].kind != "country"
        and m.senses[0][1].country_code not in (home, None)  # (not "Pacific Islands Forum")
        and not m.context & _STRICT_CONTEXT
    )


def _parts_abroad(text: str, cands: list[_Mention]) -> frozenset[int]:
    """The starts of the candidates the text calls a part of a city ("Apex, on the eastern edge
    of Iqaluit", "Saint-Louis, on the southern edge of the city", "X, a suburb of Y") whose
    sense lies in another country than that city's (or, for "the city", than the article's):
    a quarter the gazetteer lacks, not its namesake abroad (Apex, North Carolina; Saint-Louis,
    Senegal, in a Nouméa story). "Bucha, a suburb of Kyiv" stays, in Kyiv's country."""
    by_start = {m.start: m for m in cands}
    out: set[int] = set()
    home: str | None = None
    for m in cands:
        part = _PART_OF.match(text, m.end)
        if part is None or m.senses[0][1].kind not in TOWN_KINDS:
            continue
        if part.group(1):  # "of the city": the article's own
            home = home or _most_named_country(cands)
            country = home
        else:
            whole = by_start.get(part.end())
            if whole is None:
                continue
            country = whole.senses[0][1].country_code
        if country is not None and m.senses[0][1].country_code != country:
            out.add(m.start)
    return frozenset(out)


# what calls the name before it a part of a city: "…, on the eastern edge of", "…, a suburb of"
_PART_OF = re.compile(
    r", (?:(?:on|at) the (?:[a-z]+ )?(?:edge|outskirts|fringes?)"
    r"|(?:a|an) (?:[a-z]+ )?(?:suburb|district|neighbou?rhood|quarter|township|barangay))"
    r" (?:of|in|outside) (the (?:city|capital|town)\b)?"
)


# a church's noun and "of" before a saint's name, and the words that open a saint's name
_DEDICATION_BEFORE = re.compile(
    r"\b(?:Cathedral|Church|Basilica|Chapel|Shrine|Sanctuary|Parish|Convent|Monastery|Abbey)"
    r" of (?:the )?\Z"
)
_SAINT_WORDS = _SAINTS | {"Santos", "Sao", "Sankt", "Our", "Nuestra", "Notre", "Nossa"}
# French function words after a word, then a word in lower case
_FRENCH_AFTER = re.compile(
    r" (?:(?:notre|nos|votre|vos|le|la|les|des|du|une?|sa|son|ses) [a-zà-ÿ]|l['’][a-zà-ÿ])"
)
# the words a newspaper's short name is ("the Herald"), the names of small towns too: the
# newspapers' words the name rules know, and these
_PRESS_WORDS = _PRESS_SURNAMES | {
    "Guardian", "Globe", "Examiner", "Bulletin", "Register", "Mirror", "Advertiser", "Argus",
    "Clarion",
}  # fmt: skip


@functools.cache
def _storm_words() -> tuple[frozenset[str], frozenset[str]]:
    """The last words of the words before a storm's given name ("Hurricane", "Storm" of
    "Tropical Storm"): a place candidate right after one is the storm's name; and all their
    words, none of them a place before a capitalised name."""
    storms = [w.split() for w in _cues().storm_words]
    return frozenset(w[-1] for w in storms), frozenset(x for w in storms for x in w)


@functools.cache
def _shouted_storm_words() -> frozenset[str]:
    """The storm words before a storm's name, as written and in capitals ("HURRICANE")."""
    heads = _storm_words()[0]
    return heads | {h.upper() for h in heads}


def _storm_names(text: str) -> frozenset[str]:
    """The given names of the text's storms, and the local names it gives them ("Typhoon
    Vamco, known locally as Ulysses" → Vamco, Ulysses)."""
    heads, pattern = _storm_pattern()
    if not any(h in text for h in heads):  # (most articles name no storm)
        return frozenset()
    return frozenset(n for m in pattern.finditer(text) for n in m.groups() if n)


def _feature_after(text: str, end: int) -> bool:
    """Whether the capitalised words right after ``end`` end in a natural feature's word."""
    run = _RUN_AFTER.match(text, end)
    return run is not None and run.group(1).rsplit(" ", 1)[-1] in _cues().feature_endings


def _feature_named_elsewhere(text: str, m: _Mention) -> bool:
    """Whether a one-word mention and the capitalised word right after it stand before a natural
    feature's word somewhere in the text ("French Broad" of "the French Broad River")."""
    nxt = m.next
    if m.ntok != 1 or nxt is None or nxt[0] != m.end + 1 or not text[nxt[0]].isupper():
        return False
    name = f"{m.surface} {text[nxt[0] : nxt[1]]}"
    features = _lexicon().features
    return any(w.lower() in features for w in _words_after(text, name))


_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def _words_after(text: str, name: str) -> list[str]:
    r"""``re.findall(rf"(?<!\w){re.escape(name)} ([A-Za-z]+)", text)``: the ASCII word after each
    whole-word mention of ``name`` and a space, in text order, mentions not overlapping — found
    with str.find (the name's own regex was compiled anew for nearly every call)."""
    out: list[str] = []
    head = name + " "
    n = len(text)
    pos = text.find(head)
    while pos != -1:
        after = pos + 1
        prev = text[pos - 1] if pos else ""
        if not (prev.isalnum() or prev == "_"):  # (re's \w: str.isalnum, or "_")
            k = j = pos + len(head)
            while k < n and text[k] in _ASCII_LETTERS:
                k += 1
            if k > j:
                out.append(text[j:k])
                after = k  # (findall goes on after the match)
        pos = text.find(head, after)
    return out


def _person_named_building(text: str, given: str, end: int) -> bool:
    """Whether a given name at ``end`` opens a building's name after a person: a surname that is
    no everyday word, then up to two words, the last a building's ("Manley International
    Airport", "Kenyatta Stadium")."""
    cues = _cues()
    if given not in cues.given_names:  # (a set lookup first: most towns are no given name)
        return False
    run = _RUN_AFTER.match(text, end)
    if run is None:
        return False
    words = run.group(1).split()
    return (
        len(words) >= 2
        and words[-1] in cues.non_person_endings
        and not _everyday_word(words[0].lower())
    )


def _brand_venue_after(text: str, end: int) -> bool:
    """Whether an everyday word and a venue's word follow ``end`` (" Rock Stadium"): the name
    before them opens a brand's or a landmark's venue, not the town's."""
    venue = _VENUE_AFTER.match(text, end)
    return venue is not None and _everyday_word(venue.group(1).lower())


# an everyday word and a venue's word ("Hard Rock Stadium", "Red Bull Arena")
_VENUE_AFTER = re.compile(r" ([A-Z][a-z]+) (?:Stadium|Arena|Field)\b")
# grounds' nouns, then the town or area the grounds lie in ("Hayward Field in Eugene", "Glebe
# Park, Brechin")
_GROUNDS_ELSEWHERE = re.compile(
    r" (?:Field|Cemetery|Park|Stadium|Arena|Oval|Ground|Showground|Speedway|Raceway)"
    r"(?:,| in| near| outside) (?:the )?[A-Z]"
)


def _grounds_elsewhere(text: str, town: str, end: int) -> bool:
    """Whether grounds' noun follows ``end`` and then another town or area the grounds lie in
    ("Hayward Field in Eugene"; not "Manchester Arena in Manchester")."""
    grounds = _GROUNDS_ELSEWHERE.match(text, end)
    return grounds is not None and not text.startswith(town, grounds.end() - 1)


# the words after a language's name that make it a publication's edition, not a people's
_EDITION_AFTER = re.compile(r" (?:[Ee]dition|[Vv]ersion|[Tt]ranslation|[Ss]ubtitles)\b")
_RUN_AFTER = re.compile(r" ((?:[A-Z][\w'’-]* ){0,2}[A-Z][\w'’-]*)")
# the words right before an era ("44 B.C.", "the 6th century BC")
_ERA_BEFORE = re.compile(r"\d+(?:st|nd|rd|th|s)?|century|centuries|millennium|millennia")
# the planets, and the programmes and probes named after gods and heroes that share towns'
# names ("the Saturn V that carried the Apollo crews": Apollo, Pennsylvania)
_PLANETS = frozenset(
    {
        "Mercury", "Venus", "Jupiter", "Saturn", "Uranus", "Neptune", "Pluto",
        "Apollo", "Gemini", "Artemis", "Soyuz", "Vostok", "Skylab", "Voyager",
        "Cassini", "Juno", "Hubble", "Kepler",
    }
)  # fmt: skip
_SPACE_WORDS = re.compile(r"\b(?:NASA|ESA|spacecraft|orbit|orbiter|astronomers?|planets?)\b")


# the craft words by the shortest craft word inside each ("tank": "tank", "tanks"): a text without
# that one holds none of them, so 22 substring tests rule out an article where 31 did
_CRAFT_ROOTS = {
    root: tuple(sorted(w for w in _CRAFT_WORDS if root in w))
    for root in sorted(_CRAFT_WORDS)
    if not any(other != root and other in root for other in _CRAFT_WORDS)
}


def _craft_names(text: str) -> frozenset[str]:
    """The names the text gives its spacecraft ("the Orion capsule", "Perseverance rover"): one
    reading per article, so "sending Orion on its way" is no Orion, a town in the Philippines."""
    # (most articles name no craft)
    present = [
        w for root, words in _CRAFT_ROOTS.items() if root in text for w in words if w in text
    ]
    if not present:
        return frozenset()
    names: list[str] = []
    # each craft word's occurrences, and the names right before it (a scan of the text for the
    # names and a craft word after them cost more than all the rest of the rule)
    for word in present:
        at = text.find(word)
        while at != -1:
            end = at + len(word)
            if text[at - 1 : at] == " " and not (
                text[end : end + 1].isalnum() or text[end : end + 1] == "_"
            ):
                before = at - 1
                if word.startswith("vehicle") and text.endswith(" fighting", 0, before):
                    before -= len(" fighting")  # "Marder fighting vehicles"
                found = _CRAFT_NAMES_BEFORE.search(text, max(0, before - 120), before)
                if found is not None:
                    names += [name for name in found.groups() if name]
            at = text.find(word, at + 1)
    # (a two-word name and its last word: "Black Hawk helicopter", "Russian Soyuz capsule")
    return frozenset(names + [name.rsplit(" ", 1)[-1] for name in names if " " in name])


# the one or two capitalised words right before a craft's noun, and the first of two such names
# ("Western-supplied Stryker and Marder fighting vehicles")
_CRAFT_NAMES_BEFORE = re.compile(
    r"(?<![\w'’-])(?:([A-Z][\w'’-]+) and )?((?:[A-Z][\w'’-]+ )?[A-Z][\w'’-]+)\Z"
)


@functools.cache
def _storm_pattern() -> tuple[tuple[str, ...], re.Pattern[str]]:
    heads = tuple(sorted(_storm_words()[0]))
    name = r"([A-Z][\w'’-]+)"
    alias = rf"(?:,? (?:known|called|named)(?: locally| in [A-Z]\w+)? as {name})?"
    return heads, re.compile(rf"\b(?:{'|'.join(heads)}) {name}{alias}")


def _small_town_or_area(e: GazetteerEntry) -> bool:
    """A town that is no capital, or a first-order area, of fewer than 100,000 people."""
    return e.kind in TOWN_KINDS and e.population < 100_000 and e.feature_code != "PPLC"


# the next name of a credit, and a credit's opening
_SLASH_NAME = re.compile(r"/[A-Z]")
_CREDIT_BEFORE = re.compile(r"(?:Photo|Photograph|Picture|Image|Credit)s?: [^\n]*\Z")
_PALACE_AFTER = re.compile(r" (?:presidential |royal |imperial |official )?palace\b")
_HOTEL_AFTER = re.compile(
    r" (?:hotels?|resorts?|casino|residence|shopping (?:centre|center|mall)|mall"
    r"|(?:air|naval|military|army) base|airbase)\b"
)
