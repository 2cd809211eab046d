"""Readings the recogniser takes back at the end of its pass, and words in capitals that name no
organisation.

Part of stage 2 (recognise), run once per article after the span model has decided
(:mod:`helpers.recognise.model`): a headline's capitals are no evidence of a name ("Talks Stall",
"Idalou Man Arrested"), a ship's name is no person's ("MV Glen Sannox", "the Glen Rosa"), and a
country's name alone is the place, not a short form of a body named with it ("Audit Scotland …
Scotland"). The place candidates a dropped reading had covered are places again. Looks only at
the spans it may drop and the lines that hold them: no pass over the text.

    >>> from helpers.recognise import recognise
    >>> [(s.surface, s.type) for s in recognise("The MV Glen Sannox sailed.")]  # doctest: +SKIP
    []
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from dataclasses import replace

from helpers.recognise import clubs as _clubs
from helpers.recognise import scoreboards as _scoreboards
from helpers.recognise.cues import _everyday
from helpers.recognise.names import (
    _DESK_WORDS,
    _LOCATIVES,
    _cues,
    _everyday_word,
    _Span,
    _surnames,
    _Words,
)
from helpers.recognise.org_evidence import _evidence
from helpers.recognise.orgs import _WEAK_PERSON
from helpers.recognise.orgs import WHY as _ORG_WHY
from helpers.recognise.place_words import described_as_ship
from helpers.recognise.places import (
    _DATELINE,
    _PLACE_CONTEXT,
    _big,
    _Mention,
    _most_named_country,
    _opens_name_abroad,
)
from helpers.recognise.span_records import retyped_people

__all__ = ["acronymed_bodies", "joined_people", "misread_names", "one_reading", "plain_capitals"]


@functools.lru_cache(maxsize=20_000)  # the words in capitals recur across articles
def plain_capitals(word: str) -> bool:
    """Whether a word in capitals is no organisation's acronym: an everyday word shouted
    ("TRUE", "LION", "MAN"; three letters or more: "AU" is the African Union), a function word
    ("AS", "AN"), a ship's prefix ("MV", "USS"), a role written after a name ("MSP"), a company's
    legal form ("AS", "ASA"), a unit ("MG") or a Roman numeral ("XIII"). An acronym the text
    defines is read regardless."""
    low = word.lower()
    return (
        word in _evidence().not_acronyms
        or word in _evidence().vessel_prefixes
        or word in _cues().suffixes  # a regnal number: "Apollo XIII", "Louis XIV"
        or low in _cues().function_words
        # (the word itself, or a plural's singular: "ANO" and "ETH" are no plurals of "an" and
        # "et", which _everyday_word's any-last-letter singular took them for)
        or (len(word) >= 3 and (low in _everyday() or (low[-1] == "s" and low[:-1] in _everyday())))
        # (a Roman numeral with tens or fives: "Super Bowl LIX", "WrestleMania XL"; not "MCC")
        or (_ROMAN.fullmatch(word) is not None and any(c in word for c in "XLV"))
    )


# a Roman numeral, written canonically
_ROMAN = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")


# readings a headline's capitals may have misled: a run of capitalised words, a surname link, a
# speaker's word, a given name's run, the span model's guess
_HEADLINE_WEAK = frozenset({"name", "surname", "verb", "given", "model"})
_HEADLINE_MAX = 160  # a headline is one short line
# a natural feature's lower-case nouns, after its name ("the High Atlas mountains")
_FEATURE_NOUNS = frozenset(
    {
        "mountains", "mountain", "range", "river", "valley", "desert", "peninsula", "plateau",
        "glacier", "volcano", "island", "islands", "archipelago", "lake", "gulf", "strait",
        "canyon", "basin", "delta", "highlands", "steppe",
        # and a built place's ("Marrakesh's Jemaa el-Fnaa square" was a person)
        "square", "street", "district", "neighbourhood", "neighborhood", "quarter", "village",
        "province",
        # (and the plurals after two names, and a Vietnamese city's wards: "Residents of Phu Xuan
        # and Thuan Hoa wards" were two people)
        "ward", "wards", "districts", "villages", "commune", "communes", "suburb", "suburbs",
        "townships", "provinces", "streets", "rivers",
    }
)  # fmt: skip
_NEXT_WORD = re.compile(r" ([a-z]+)\b")
# the second of two names and the lower-case noun after both ("Phu Xuan and Thuan Hoa wards")
_AND_NAME_NOUN = re.compile(r" and (?:[A-Z][\w’'-]* ){1,3}([a-z]+)\b")
_MODEL_OR_WEAK = _WEAK_PERSON | {"model"}


def _after_ship_word(text: str, start: int, ships: frozenset[str]) -> bool:
    """Whether a ship's prefix or noun ("MV", "tanker"), or its flag ("the Canadian-flagged
    Polar Prince" was a person), is the word right before ``start``, or a ship's noun in
    apposition ("its support vessel, the Polar Prince")."""
    word = text[max(start - 24, 0) : start - 1].rpartition(" ")[2]
    return (
        word in ships
        or word.endswith("-flagged")
        # ... or a ship's noun and "the" in apposition ("its support vessel, the Polar Prince")
        or (word == "the" and _SHIP_NOUN_THE.search(text, max(start - 40, 0), start) is not None)
    )


# the rest of a constituency's name and its member's office after a name ("Angus North and Mearns
# MSP", "Dumfries and Galloway MP")
_SEAT_AFTER = re.compile(r" and (?:[A-Z][\w'’-]* ){1,3}(?:MSP|MP|MEP|MLA|MS|TD)\b")
# ... and a seat after its member's office and "for" ("the Labour MP for Aberafan Maesteg" made a
# person)
_SEAT_BEFORE = re.compile(r"\b(?:MSP|MP|MEP|MLA|MS|TD|[Mm]ember) for \Z")
# an airport named after a person, before its lower-case noun ("Acapulco's Juan N Álvarez
# international airport" was a person)
_AIRPORT_AFTER = re.compile(r" (?:international )?airport\b")
# given names that head a Scottish or Irish upland's name after a locative ("in Glen Esk", "up Ben
# Nevis", "at Strath Halladale"): the feature, no person
_UPLAND_HEADS = frozenset({"Glen", "Ben", "Strath"})
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|into|at|near|up|through|across|above|below) \Z")
_SHIP_NOUN_THE = re.compile(r"\b(?:vessel|ship|tanker|freighter|ferry|trawler|tug), the \Z")


# an area's or a settlement's noun and "of" before a name, or before a list of other names
# ("the villages of Sarbuland, Kashkak, Koshkak and Siah Aab")
_AREA_NOUNS = (
    "regency", "regencies", "province", "provinces", "district", "districts", "county",
    "counties", "municipality", "municipalities", "prefecture", "prefectures", "village",
    "villages", "town", "towns", "city", "cities", "island", "islands", "region", "regions",
    "port", "ports", "commune", "communes", "suburb", "suburbs", "township", "townships",
    "hamlet", "hamlets", "neighbourhood", "neighbourhoods", "neighborhood", "neighborhoods",
)  # fmt: skip
_AREA_OF = re.compile(
    rf"\b(?:{'|'.join(_AREA_NOUNS)}) of "
    r"(?:[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,3}(?:,| and| or|, and) ){0,8}\Z"
)
# (a match's " of " is the last in the text it is searched in: none stands in the list after it)
_AREA_NOUN_MAX = max(map(len, _AREA_NOUNS))
# a person's age after the name: ", 29,"
_AGE_AFTER = re.compile(r", \d{1,3}(?:,|\)| years)")


# (and a list's or a journey's: "Reform UK took five, including Clacton, where Nigel Farage won"
# was a person Clacton; "moved to Clacton, where")
_PLACE_PREPOSITIONS = tuple(f" {word} " for word in (*_LOCATIVES, "including", "to"))


def misread_names(
    text: str,
    w: _Words,
    people_orgs: list[_Span],
    cands: list[_Mention],
    found_places: list[_Mention],
) -> tuple[list[_Span], list[_Mention]]:
    """Readings the last rules take back; the place candidates a reading had covered
    (``found_places``: all the article's candidates) are places again.

    * A headline writes every word with a capital ("Talks Stall", "Ferguson Ferry Delay Pushes
      Launch", "Idalou Man Arrested"), so a run of its capitalised words is no evidence of a
      name: a weak reading (:data:`_HEADLINE_WEAK`) inside a title-case line goes, unless the
      text names the same words the same way outside such a line. Looks only at the lines that
      hold a weak reading.
    * A run of name words after "the", a ship's prefix or a ship's noun is no person ("the Glen
      Rosa", "MV Glen Sannox", "the destroyer Caio Duilio": on the dev corpora such a reading
      after "the" was right 5 times in 55), nor are the same words elsewhere in the article.
    * A country's or a state's name alone is the place, not a short form of an organisation
      named with it ("Audit Scotland … Scotland").
    * A weak reading before a natural feature's noun is the feature's name ("the High Atlas
      mountains"), wherever the article writes it.
    * A word the model read as a person that the text names as a ship ("the container ship
      Dali") is no one, wherever the article writes it.
    * A person's reading after "in", "at", "near", "to" or "including" and before ", where", or
      after a sentence's "In" and before a comma, is a place the gazetteer lacks ("in Talat
      N'Yaaqoub, where …", "In Imi N'Tala, rescuers dug"), wherever the article writes it.
    """
    drop: list[int] = []
    headline: set[int] = set()  # (a headline's reading gives back the places inside it)
    inner: list[_Span] = []
    if any(sp.how == "name" for sp in people_orgs):
        ships = _evidence().vessel_prefixes
        named_things: set[str] = set()  # (ships, glens, seats: no one, wherever named)
        after_the: set[str] = set()
        people: set[str] = set()  # names also written without "the"
        for sp in people_orgs:
            if sp.how in _WEAK_PERSON and sp.kind == "person":
                if _after_ship_word(text, sp.start, ships):
                    # "MV Glen Sannox", "the tanker Marlin Luanda": a ship wherever it is named
                    named_things.add(sp.entity)
                elif (
                    sp.how == "name"
                    and len(sp.tokens) == 2
                    and sp.tokens[0] in _UPLAND_HEADS
                    and _LOCATIVE_BEFORE.search(text, max(0, sp.start - 8), sp.start) is not None
                    and not text.startswith(("'s", "’s"), sp.end)
                ):
                    # "swept into the Water of Lee in Glen Esk": a glen, a ben, wherever named
                    named_things.add(sp.entity)
                elif sp.how == "name" and (
                    _SEAT_AFTER.match(text, sp.end) is not None
                    or _SEAT_BEFORE.search(text, max(0, sp.start - 11), sp.start) is not None
                    or _AIRPORT_AFTER.match(text, sp.end) is not None
                ):
                    # a constituency's first half before its member's office ("Angus North and
                    # Mearns MSP Mairi Gougeon" made a person "Angus North"), a seat after it, an
                    # airport named after someone: the seat's, the airport's name
                    named_things.add(sp.entity)
                elif sp.how == "name" and text[sp.start - 4 : sp.start] == "the ":
                    after_the.add(sp.entity)
                else:
                    people.add(sp.entity)
        # ("the Andrew Speaker incident … Andrew Speaker, who lives in Atlanta": a person)
        things = named_things | (after_the - people)
        if things:
            drop += [
                x
                for x, sp in enumerate(people_orgs)
                if sp.kind == "person" and sp.how in _WEAK_PERSON and sp.entity in things
            ]
    # a word the model read as a person that the text names as a ship, after a ship's noun or
    # before its description ("the container ship Dali", "The 984-foot Dali, a Singapore-flagged
    # vessel"; the places filter took Dali, China away), wherever the article writes it
    ships = _evidence().vessel_prefixes
    ship_words = {
        sp.entity
        for sp in people_orgs
        if sp.how == "model"
        and sp.kind == "person"
        and (_after_ship_word(text, sp.start, ships) or described_as_ship(text, sp.end))
    }
    if ship_words:
        drop += [
            x
            for x, sp in enumerate(people_orgs)
            if sp.kind == "person" and sp.how in _MODEL_OR_WEAK and sp.entity in ship_words
        ]
    # a weak reading after "in", "at", "near", "to" or "including" and before ", where", or after
    # a sentence's "In" and before a comma, is a place the gazetteer lacks ("said Lahcen Ait
    # Brahim, 58, in Talat N'Yaaqoub, where almost every house was damaged", "In Imi N'Tala,
    # rescuers dug"), wherever the article writes it
    if ", " in text:
        places = {
            sp.entity
            for sp in people_orgs
            if sp.kind == "person"
            and sp.how in _MODEL_OR_WEAK
            and text.startswith(", ", sp.end)
            and (
                (
                    text.startswith("where ", sp.end + 2)
                    and text[max(0, sp.start - 11) : sp.start].endswith(_PLACE_PREPOSITIONS)
                )
                or text[max(0, sp.start - 3) : sp.start] == "In "
            )
        }
        if places:
            drop += [
                x
                for x, sp in enumerate(people_orgs)
                if sp.kind == "person" and sp.how in _MODEL_OR_WEAK and sp.entity in places
            ]
    # a weak reading before a natural feature's lower-case noun names the feature ("the High
    # Atlas mountains", "the Nile Delta region" is the names rules'), and so do the same words
    # elsewhere in the article ("the High Atlas quake")
    features = {
        sp.entity
        for sp in people_orgs
        if sp.how in _HEADLINE_WEAK
        and (
            ((nxt := _NEXT_WORD.match(text, sp.end)) is not None and nxt.group(1) in _FEATURE_NOUNS)
            or (
                (nxt := _AND_NAME_NOUN.match(text, sp.end)) is not None
                and nxt.group(1) in _FEATURE_NOUNS
                and nxt.group(1)[-1] == "s"
            )
            # ... or after one and "of" ("straddling the regencies of Penajam Paser Utara and
            # Kutai Kartanegara", "the village of Talat N'Yacoub" were people)
            # (its " of " is the window's last, its noun at most _AREA_NOUN_MAX letters before;
            # the letters before the " of " are read first, one C call: the pattern's search
            # tried its 36 nouns at each of the window's characters, ~10 µs an article)
            # (not a surname's link, whose full name the article writes: "the province of
            # Chimborazo, Villavicencio worked" lost every "Fernando Villavicencio")
            # (nor a person's age after it: "In the province of Imbabura, Jorge Andrango, 29,
            # said" lost him)
            or (sp.how != "surname"
                and _AGE_AFTER.match(text, sp.end) is None
                and (of := text.rfind(" of ", max(sp.start - 160, 0), sp.start)) >= 0
                and text.endswith(_AREA_NOUNS, lo := max(sp.start - 160, 0, of - _AREA_NOUN_MAX), of)
                and _AREA_OF.search(text, lo, sp.start) is not None)
        )
    }  # fmt: skip
    if features:
        drop += [
            x
            for x, sp in enumerate(people_orgs)
            if sp.how in _HEADLINE_WEAK and sp.entity in features
        ]
    if any(sp.how == "short" for sp in people_orgs):
        # a country's or a state's name alone is the place, not a short form of an organisation
        # named with it ("Audit Scotland … Scotland", "Air India … India")
        # (not a state of a country the article names nowhere else, that opens the full name:
        # "Delta Air Lines … Delta"; "Audit Scotland … Scotland" stays the place)
        major = {
            (m.start, m.end): m
            for m in found_places
            if m.ntok == 1 and m.senses[0][1].kind in ("country", "admin area")
        }
        drop += [
            x
            for x, sp in enumerate(people_orgs)
            if sp.how == "short"
            and (m := major.get((sp.start, sp.end))) is not None
            and not _opens_name_abroad(sp.entity, m, found_places)
        ]
    weak = [x for x, sp in enumerate(people_orgs) if sp.how in _HEADLINE_WEAK]
    if not weak or "\n" not in text:
        weak = []
    lines: dict[int, int] = {}  # a line's start -> its end if it is in title case, else -1
    for x in weak:
        sp = people_orgs[x]
        ls = text.rfind("\n", 0, sp.start) + 1
        le = lines.get(ls)
        if le is None:
            le = lines[ls] = _title_case_line(text, w, ls)
        if le < 0:
            if not _reporters_role(text, ls, sp):
                continue
            le = sp.end  # (the byline's own names before it stay: they are no body's)
        surface = text[sp.start : sp.end]
        body = [o for o in people_orgs if not ls <= o.start < le]
        if any(
            o.kind == sp.kind
            and o.end - o.start == len(surface)
            and text[o.start : o.end] == surface
            for o in body
        ):
            continue  # the body names it so too
        drop.append(x)
        headline.add(x)
        # a name the body writes, inside the headline's run ("Barry Callebaut Profit Rises")
        for o in sorted(body, key=lambda o: o.start - o.end):
            name = text[o.start : o.end]
            at = f" {surface} ".find(f" {name} ")
            if len(name) < len(surface) and at != -1:
                inner.append(
                    _Span(sp.start + at, sp.start + at + len(name), o.entity, o.kind, o.how,
                          surface=o.surface, tokens=o.tokens)
                )  # fmt: skip
                break
    if not drop:
        return people_orgs, cands
    gone = set(drop)
    kept = [sp for x, sp in enumerate(people_orgs) if x not in gone]
    if inner:
        kept = sorted([*kept, *inner], key=lambda sp: (sp.start, -sp.end))
    taken = {(m.start, m.end) for m in cands}
    back = []
    # (each place once, though two rules dropped the reading that held it: "the Jordan Paris" is
    # both after "the" and in a title-case line)
    for x in sorted(gone):
        for m in found_places:
            if (
                people_orgs[x].start <= m.start
                and m.end <= people_orgs[x].end
                and (
                    x in headline or (m.start, m.end) == (people_orgs[x].start, people_orgs[x].end)
                )
                and (m.start, m.end) not in taken
                and not any(sp.start < m.end and m.start < sp.end for sp in kept)
            ):
                back.append(m)
                taken.add((m.start, m.end))
    if back:
        cands = sorted([*cands, *back], key=lambda m: (m.start, -m.end))
    return kept, cands


# the verbs of a wire's credits before "by" ("Reporting by …; Writing by …; Editing by …"), and
# a picture's credit ("(Pic by Kushan Fernando)" was an organisation)
CREDIT_WORDS = (
    "Reporting", "Writing", "Editing", "Compiled", "Produced", "Reported", "Written",
    "Pic", "Pics", "Photo", "Photos", "Picture", "Pictures",
)  # fmt: skip
CREDITS = (
    r"\b(?:"
    + "|".join(
        f"[{w[0]}{w[0].lower()}]{w[1:]}" for w in sorted(CREDIT_WORDS, key=len, reverse=True)
    )
    + ") by "
)
# a byline, alone or after a section's label ("By Tom Ridley, Chief Football Writer", "Politics
# By Juan Pérez"), or a wire's credits ("Reporting by Laila Mansour in Beirut; Writing by Ghaida
# Farhat")
_BYLINE_AFTER_LABEL = re.compile(rf"(?:^|(?<= ))By [A-Z]|{CREDITS}[A-Z]", re.M)


def _reporters_role(text: str, ls: int, sp: _Span) -> bool:
    """Whether a weak reading is the reporter's role after a byline's comma, all everyday words,
    or a desk's word after the paper's name: "By Pat Leahy, Political Editor", "By Andrea Whyte,
    Staff Reporter", "By Andre Lowe, Gleaner Writer" (the byline is no title-case headline, so
    its names stand; its role is no one's name)."""
    words = text[sp.start : sp.end].split()
    return (
        text.startswith("By ", ls)
        and text.find(", ", ls, sp.start) != -1
        and "\n" not in text[ls : sp.start]
        and (
            all(_everyday_word(t.lower()) for t in words)
            # ... or the paper's name and a desk's word ("By Andre Lowe, Gleaner Writer")
            or (words[-1] in _DESK_WORDS and text[sp.start - 2 : sp.start] == ", ")
        )
    )


# a byline without its "By": a name, a comma and the reporter's desk ("Conor Mulholland, Golf
# Correspondent Royal Portrush Sunday July 20 2025" was a title-case headline, and its name went)
# a byline's reporters, each with the town they write from (the first word's a given name)
_NAME_IN_TOWN = r"[\w'’.-]+(?: [A-Z][\w'’.-]+){1,2} (?:in|at) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}"
_NAMES_IN_TOWNS = re.compile(
    rf"(?=([A-Z][\w'’.-]+) ){_NAME_IN_TOWN}(?:(?:, | and | & )[A-Z]{_NAME_IN_TOWN})*"
)
# a byline's name before a dot and its outlet ("Megan Thibodeau · CBC News")
_NAME_DOT = re.compile(r"([A-ZÀ-Þ][\w'’-]*)(?: [A-ZÀ-Þ][\w.'’-]*){1,3} [•·] [A-Z]")
# a byline's names on a line of their own before a comma and the wire: "Hery Rakotondrabe and
# Claire Fontaine, AFP" (a title-case headline's words, the line lost both; Hery, a French
# village, went on the map); group 1 holds the names (quoted.py reads them as people)
_BYLINE_NAME = r"[A-ZÀ-Þ][\w'’-]*(?: [A-ZÀ-Þ][\w.'’-]*){1,3}"
NAMES_BEFORE_WIRE = re.compile(
    rf"^({_BYLINE_NAME}(?:(?:, (?:and )?| and | & ){_BYLINE_NAME})*), "
    r"(?:AFP|Reuters|REUTERS|AP|Associated Press|Bloomberg|EFE|dpa|Xinhua|Kyodo|Yonhap|PTI"
    r"|ANSA|Anadolu)[ \t]*$",
    re.M,
)
_DESK_LINE = re.compile(r", (?:[A-Z][a-z]+ ){0,3}(?:" + "|".join(sorted(_DESK_WORDS)) + r")\b")


def _names_in_towns_end(text: str, ls: int, le: int) -> bool:
    """Whether the line ``text[ls:le]`` ends with reporters and their towns, the first opened by
    a given name: the whole line, or after its date and time ("20 November 2025 · Updated 14:05
    CET Olena Kravets in Kyiv and Martin Haller in Brussels" lost both as a headline's words)."""
    given = _cues().given_names
    pos = ls
    while (towns := _NAMES_IN_TOWNS.search(text, pos, le)) is not None:
        if towns.end() == le and towns.group(1) in given:
            return True
        pos = towns.start() + 1
    return False


def _title_case_line(text: str, w: _Words, ls: int) -> int:
    """The end of the line that starts at ``ls`` if it is a headline in title case (short, its
    words of four letters or more all capitalised, one of them an everyday word that is no given
    name nor surname, no full stop at its end), else -1."""
    le = text.find("\n", ls)
    if le == -1:
        le = len(text)
    if le - ls > _HEADLINE_MAX or text[ls:le].rstrip().endswith(".") or "\t" in text[ls:le]:
        return -1  # (nor a table's row: cleaning parts its cells with tabs)
    if (
        _BYLINE_AFTER_LABEL.search(text, ls, le)
        or _DESK_LINE.search(text, ls, le)
        or ((dot := _NAME_DOT.match(text, ls, le)) and dot[1] in _cues().given_names)
        or NAMES_BEFORE_WIRE.match(text, ls, le)
    ):
        return -1  # a byline or a wire's credits ("Megan Thibodeau · CBC News")
    if _names_in_towns_end(text, ls, le):
        return -1  # reporters and their towns: "Maria Colón in Panama City and Kelvin Ho in
        # Hong Kong" (its "City" read as a headline's everyday word lost both)
    starts, texts, caps = w.starts, w.texts, w.caps
    words = [
        k for k in range(bisect_left(starts, ls), bisect_left(starts, le))
        if len(texts[k]) >= 4 and texts[k].isalpha()
    ]  # fmt: skip
    if len(words) < 2 or not all(caps[k] for k in words):
        return -1
    cues = _cues()
    given, surnames, particles = cues.given_names, _surnames(), cues.particles
    if not any(
        _everyday_word(low := texts[k].lower())
        and texts[k] not in given
        and texts[k] not in surnames
        # (a name's particle is no everyday word of a headline: "Jasmine Dela Cruz")
        and low not in particles
        for k in words
    ):
        return -1  # a byline ("By John Smith") or a name alone ("George W. Bush")
    return le


# a match's result between two players' names in a results list ("Rory McIlroy beat Sam Burns,
# 3&1", "Jon Rahm halved with Scottie Scheffler")
_RESULT_AFTER = re.compile(r" (?:beat|lost to|halved with|def\.|defeated|drew with)\b")
_RESULT_BEFORE = (" beat ", " to ", " with ", " def. ", " defeated ")


def joined_people(text: str, people_orgs: list[_Span]) -> list[_Span]:
    """Two people's names written one after the other, read as one name of four words, are two
    people where the text names either of them elsewhere: a given name and a surname twice
    ("Jon Rahm halved with Scottie Scheffler Justin Rose lost to Patrick Cantlay", a results
    list joined into a paragraph, was one person "Scottie Scheffler Justin Rose").

        >>> t = "Scottie Scheffler won. Scottie Scheffler Justin Rose lost."
        >>> sp = [_Span(0, 17, "Scottie Scheffler", "person", "name", tokens=("Scottie", "Scheffler")),
        ...       _Span(23, 52, t[23:52], "person", "name", tokens=tuple(t[23:52].split()))]
        >>> [s.entity for s in joined_people(t, sp)]
        ['Scottie Scheffler', 'Scottie Scheffler', 'Justin Rose']
    """
    cues = _cues()
    given, particles, suffixes = cues.given_names, cues.particles, cues.suffixes
    out: list[_Span] = []
    for sp in people_orgs:
        toks = sp.tokens
        if (
            len(toks) == 4
            and sp.kind == "person"
            and sp.how == "name"
            and toks[0] in given
            and toks[2] in given
            and toks[1] not in given  # (a surname ends the first: "Mary Ann Lee Smith" is one)
            and not any(t.lower() in particles or t in suffixes or t.endswith(".") for t in toks)
            and text[sp.start : sp.end] == " ".join(toks)
            # (evidence elsewhere, or a match's result either side: "Mary Ann Lee Smith" may be
            # one woman; "halved with Jordan Spieth Ludvig Aberg lost to" are two)
            and (
                text.count(" ".join(toks[:2])) > 1
                or text.count(" ".join(toks[2:])) > 1
                or (
                    _RESULT_AFTER.match(text, sp.end) is not None
                    and text[max(0, sp.start - 6) : sp.start].endswith(_RESULT_BEFORE)
                )
            )
        ):
            cut = sp.start + len(toks[0]) + 1 + len(toks[1])
            out.append(replace(sp, end=cut, entity=text[sp.start : cut], tokens=toks[:2]))
            out.append(replace(sp, start=cut + 1, entity=text[cut + 1 : sp.end], tokens=toks[2:]))
        else:
            out.append(sp)
    return out if len(out) > len(people_orgs) else people_orgs


# a body's acronym in brackets after its name, then the body's noun ("the ruling Benno Bokk Yakaar
# (BBY) coalition" was a person, BBY an organisation)
_ACRONYM_THEN_BODY = re.compile(
    r" \(([A-Z]{2,6})\) (?:coalition|alliance|party|movement|front|bloc|group|union|network)\b"
)


def acronymed_bodies(text: str, people_orgs: list[_Span]) -> list[_Span]:
    """A name read as a person's for its shape, followed by an acronym of its initials in
    brackets and a body's noun, is that body's, at every mention.

        >>> t = "Amadou Ba of the Benno Bokk Yakaar (BBY) coalition. Benno Bokk Yakaar lost."
        >>> sp = [_Span(17, 34, t[17:34], "person", "name", tokens=tuple(t[17:34].split())),
        ...       _Span(52, 69, t[52:69], "person", "name", tokens=tuple(t[52:69].split()))]
        >>> [s.kind for s in acronymed_bodies(t, sp)]
        ['organisation', 'organisation']
    """
    if ") " not in text:
        return people_orgs
    bodies = set()
    for sp in people_orgs:
        if (
            sp.kind == "person"
            and sp.how in _ACRONYMED_WEAK
            and len(sp.tokens) >= 2
            and (mt := _ACRONYM_THEN_BODY.match(text, sp.end)) is not None
            and mt.group(1) == "".join(t[0] for t in sp.tokens if t[:1].isupper())
        ):
            bodies.add(sp.entity)
    if not bodies:
        return people_orgs
    return retyped_people(people_orgs, bodies, _ACRONYMED_WEAK, _ACRONYMED_WHY)


_ACRONYMED_WEAK = frozenset({"name", "model", "surname", "verb"})
_ACRONYMED_WHY = (
    "named with its acronym and a body's noun ('the Benno Bokk Yakaar (BBY) coalition')"
)


def one_reading(people_orgs: list[_Span]) -> list[_Span]:
    """One reading per name: a name of two words or more that the club and team rules typed
    somewhere in the article ("Athletic Bilbao 1", a result) is that team where the weak person
    rules read the same words elsewhere ("beat Athletic Bilbao 2-1", a run of name words).

        >>> from helpers.recognise.orgs import WHY
        >>> name, words = "Athletic Bilbao", ("Athletic", "Bilbao")
        >>> weak = _Span(0, 15, name, "person", "name", tokens=words)
        >>> team = _Span(40, 55, name, "organisation", "evidence", WHY["result"], words)
        >>> [sp.kind for sp in one_reading([weak, team])]
        ['organisation', 'organisation']
    """
    evidenced = {
        sp.entity
        for sp in people_orgs
        if sp.kind == "organisation"
        and sp.how == "evidence"
        and sp.surface in _team_evidence()
        and len(sp.tokens) >= 2
    }
    if not evidenced:
        return people_orgs
    return retyped_people(people_orgs, evidenced, _WEAK_PERSON, _ONE_READING)


_ONE_READING = "the organisation the evidence at another mention of the name shows"
_ONE_PERSON = "the person the evidence at another mention of the name shows"
# the readings of a person that rest on the words around the name (a frame, a title, a role)
_PERSON_EVIDENCE = frozenset({"quoted", "evidence", "title"})


def one_person_reading(people_orgs: list[_Span]) -> list[_Span]:
    """One reading per name, the other way: a name of two words or more that the model read as
    an organisation where evidence typed it a person elsewhere in the article (with an age, a
    title or a role: "Jalen Hurts named MVP" and ", Jalen Hurts accounted for" were the model's
    organisations beside "Eagles quarterback Jalen Hurts celebrates") is that person.

        >>> name, words = "Jalen Hurts", ("Jalen", "Hurts")
        >>> guess = _Span(0, 11, name, "organisation", "model", tokens=words)
        >>> framed = _Span(40, 51, name, "person", "quoted", name, words)
        >>> [sp.kind for sp in one_person_reading([guess, framed])]
        ['person', 'person']
    """
    if not any(sp.how == "model" and sp.kind == "organisation" for sp in people_orgs):
        return people_orgs
    evidenced = {
        sp.entity
        for sp in people_orgs
        if sp.kind == "person" and sp.how in _PERSON_EVIDENCE and len(sp.tokens) >= 2
    }
    if not evidenced:
        return people_orgs
    return [
        replace(sp, kind="person", how="evidence", surface=_ONE_PERSON)
        if sp.how == "model" and sp.kind == "organisation" and sp.entity in evidenced
        else sp
        for sp in people_orgs
    ]


def one_team_reading(
    text: str, people_orgs: list[_Span], cands: list[_Mention]
) -> tuple[list[_Span], list[_Mention]]:
    """One reading per name, for the places inside a team's name too: where the club and team
    rules typed a name of two words or more ("Brisbane Roar 2-1 Newcastle Jets", a result), its
    other mentions that the rules left as a place and a word ("Brisbane" of "as Brisbane Roar
    came from behind") are the team, and so is its town alone where nothing writes it as a
    place ("Ealing, who led at half-time" beside "Ealing Trailfinders"; not "in Penzance").

        >>> one_team_reading("no teams", [], [])
        ([], [])
    """
    people_orgs = _nicknamed_town_teams(people_orgs)
    teams = {
        sp.entity: sp
        for sp in people_orgs
        if sp.kind == "organisation"
        and sp.how == "evidence"
        and sp.surface in _team_evidence()
        and len(sp.tokens) >= 2
    }
    # (a line-up's one-word clubs, for their bare mentions below: "20-RG Snyman (Munster)"
    # beside "19-Jean Kleyn (Munster)", the first after no name the rules read as a person's)
    rostered = {
        sp.entity
        for sp in people_orgs
        if sp.kind == "organisation" and sp.surface == _ORG_WHY["roster"] and len(sp.tokens) == 1
    }
    if not (teams or rostered) or not cands:
        return people_orgs, cands
    found: list[_Span] = []
    gone: set[int] = set()  # the place candidates inside the found mentions
    for name, team in teams.items():
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            if not (text[at - 1 : at].isalnum() or text[end : end + 1].isalnum()):
                inside = [i for i, m in enumerate(cands) if m.start < end and at < m.end]
                if (
                    inside
                    and all(at <= cands[i].start and cands[i].end <= end for i in inside)
                    # (a wire's dateline is the town: "NEW YORK 2024-06-02" beside "NEW YORK
                    # 40 20 .667", a league table's team)
                    and not any(cands[i].context & _DATELINE for i in inside)
                    and not any(sp.start < end and at < sp.end for sp in people_orgs)
                ):
                    gone.update(inside)
                    found.append(
                        _Span(at, end, name, "organisation", "evidence", _ONE_READING, team.tokens)
                    )
            at = text.find(name, end)
    # ... and its town alone, where nothing writes it as a place, is the team's short name
    # ("Ealing, who led 19-13 at half-time", beside "Ealing Trailfinders"; not "in Penzance")
    towns: dict[str, list[str]] = {}
    for name, team in teams.items():
        towns.setdefault(team.tokens[0], []).append(name)
    for name in rostered:
        towns.setdefault(name, []).append(name)
    sporty: bool | None = None  # (asked once a state's or a country's name is met)
    # (a big city the text writes as a place anywhere stays the city: "at her campaign
    # headquarters in Santiago" … "a working-class district of Santiago" was the Santiago
    # Wanderers, whose fan an election story quoted; a small town's mentions go one by one:
    # "Ealing, who led at half-time" … "home to Ealing")
    # (not a line-up's club: "19-Jean Kleyn (Munster)" … "grew up in Munster")
    placed = {
        m.surface
        for m in cands
        if m.context & _PLACE_CONTEXT and m.surface in towns and m.surface not in rostered
    }
    for i, m in enumerate(cands):
        teams_of = towns.get(m.surface)
        if (
            teams_of is not None
            and len(teams_of) == 1  # (not "Manchester" beside United and City)
            and i not in gone
            and not m.context & _PLACE_CONTEXT
            and not any(sp.start < m.end and m.start < sp.end for sp in people_orgs)
        ):
            best = m.senses[0][1]
            if m.surface in placed and _big(best):
                continue
            if best.kind == "country" or (best.kind == "admin area" and best.country_code == "GB"):
                continue  # a nation's name alone is its national side, no club's or A side's
                # named after it ("England" beside "England Lions", folder 166's Ashes Test)
            if best.kind != "city":
                # a province's or a country's name alone is its team's only in a story about
                # sport ("David Eby's BC NDP" was the short name of the party "BC United")
                if sporty is None:
                    sporty = _clubs._sporty(text, _evidence())
                if not sporty:
                    continue
            gone.add(i)
            found.append(
                _Span(m.start, m.end, teams_of[0], "organisation", "short", m.surface,
                      (m.surface,))
            )  # fmt: skip
    if not found:
        return people_orgs, cands
    cands = [m for i, m in enumerate(cands) if i not in gone]
    return sorted([*people_orgs, *found], key=lambda sp: (sp.start, -sp.end)), cands


def _nicknamed_town_teams(people_orgs: list[_Span]) -> list[_Span]:
    """A run read as a person's name that starts with a town the article writes as a team and
    ends with a plural nickname is that team: "Chennai Super Kings" beside "Chennai's reply
    began" (the place rules let a town before a capitalised word go, as a name's word)."""
    towns = {
        sp.tokens[0]
        for sp in people_orgs
        if sp.kind == "organisation" and sp.how == "evidence" and sp.surface in _team_evidence()
    }
    if not towns:
        return people_orgs
    why = _ORG_WHY["sport"]
    people_orgs = [
        _Span(sp.start, sp.end, sp.entity, "organisation", "evidence", why, sp.tokens)
        if sp.kind == "person"
        and sp.how == "name"
        and 2 <= len(sp.tokens) <= 4
        and sp.tokens[0] in towns
        and _clubs._nickname(sp.tokens[-1])
        else sp
        for sp in people_orgs
    ]
    # ... and the town alone is that team's short name, where one team has it ("Chennai's reply")
    full: dict[str, set[str]] = {}
    for sp in people_orgs:
        if sp.kind == "organisation" and len(sp.tokens) >= 2 and sp.tokens[0] in towns:
            full.setdefault(sp.tokens[0], set()).add(sp.entity)
    return [
        replace(sp, entity=next(iter(names)))
        if len(sp.tokens) == 1
        and sp.kind == "organisation"
        and (names := full.get(sp.entity)) is not None
        and len(names) == 1
        else sp
        for sp in people_orgs
    ]


@functools.cache
def _team_evidence() -> frozenset[str]:
    """The reasons of the club and team rules (kept in the working span's spare field): a team's
    name is no person's anywhere in the article; a description ("X, a … company") may be of one
    mention only ("his father, Mostafa Hammad, a manager at a … company")."""
    return frozenset(
        _ORG_WHY[rule]
        for rule in ("club", "prefix", "sport", "team", "city_club", "result", "roster")
    ) | {_scoreboards.TEAM_WHY, _scoreboards.SCORING_WHY}


LISTED_WHY = "an item of a list of people ('Bono, Nick Cave and Johnny Depp')"
_LIST_SEP = re.compile(r",? and |, ")
_LIST_ITEM = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}")


def listed_people(
    text: str, people_orgs: list[_Span], cands: list[_Mention]
) -> tuple[list[_Span], list[_Mention]]:
    """A one-word small town's name that stands in a list of people's full names, with no
    place's context, is one more person ("Bono, Nick Cave, Sinead O'Connor and Johnny Depp
    performed" put Bono, Arkansas on the map): a person on each side, or one right after it and
    another later in the list.

        >>> listed_people("no list", [], [])
        ([], [])
    """
    if not cands or ", " not in text:
        return people_orgs, cands
    full = [sp for sp in people_orgs if sp.kind == "person" and len(sp.tokens) >= 2]
    if len(full) < 2:
        return people_orgs, cands
    by_start = {sp.start: sp for sp in full}
    by_end = {sp.end: sp for sp in full}

    def after(pos: int) -> _Span | None:
        sep = _LIST_SEP.match(text, pos)
        return by_start.get(sep.end()) if sep is not None else None

    def people_after(pos: int) -> int:
        """How many people's names the list names after ``pos`` (its other items skipped)."""
        n = 0
        while (sep := _LIST_SEP.match(text, pos)) is not None:
            sp = by_start.get(sep.end())
            if sp is not None:
                n, pos = n + 1, sp.end
            elif (item := _LIST_ITEM.match(text, sep.end())) is not None:
                pos = item.end()
            else:
                break
        return n

    def before(pos: int) -> _Span | None:
        for sep in (", and ", " and ", ", "):
            if text.endswith(sep, 0, pos):
                return by_end.get(pos - len(sep))
        return None

    listed: set[str] = set()
    for m in cands:
        e = m.senses[0][1]
        if " " in m.surface or e.kind != "city" or _big(e) or m.context & _PLACE_CONTEXT:
            continue
        right, left = after(m.end), before(m.start)
        if (right is not None and (left is not None or people_after(right.end) >= 1)) or (
            left is not None and before(left.start) is not None
        ):
            listed.add(m.surface)
    if not listed:
        return people_orgs, cands
    # ... and so are its other mentions that nothing writes as a place (one reading per name)
    found: list[_Span] = []
    gone: set[int] = set()
    for i, m in enumerate(cands):
        if m.surface in listed and not m.context & _PLACE_CONTEXT:
            gone.add(i)
            found.append(
                _Span(m.start, m.end, m.surface, "person", "evidence", LISTED_WHY, (m.surface,))
            )
    cands = [m for i, m in enumerate(cands) if i not in gone]
    return sorted([*people_orgs, *found], key=lambda sp: (sp.start, -sp.end)), cands


# a councillor's party and ward in brackets right after the name, as British local news writes
# them: "Cllr Mark Dunleavy (Conservative, Boughton and Courtenay)", "(Labour, Roman ward)"
_PARTY_WARD = re.compile(r" \([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}, ([A-Z][^()\n,]{1,60}?)\)")
# the parties a councillor's bracket opens with (UK, Irish and Australian councils)
_WARD_PARTIES = frozenset(
    {"Conservative", "Labour", "Liberal Democrat", "Lib Dem", "Liberal Democrats", "SNP", "Green",
     "Greens", "Independent", "Reform UK", "Reform", "Plaid Cymru", "DUP", "UUP", "SDLP",
     "Sinn Féin", "Sinn Fein", "Alliance", "Fianna Fáil", "Fine Gael", "Social Democrats",
     "Labor", "Liberal"}
)  # fmt: skip
# a ward by its number and name, in brackets after a councillor, or its name before its number
_NUMBERED_WARD = re.compile(r" \(Ward \d{1,3}, ([A-Z][^()\n,]{1,60}?)\)")
_WARD_BEFORE_NUMBER = re.compile(r"([A-Z][\w'’.]*(?:[ -][A-Z][\w'’.]*){0,3}) \(Ward \d{1,3}\)")


def councillors_wards(
    text: str, people_orgs: list[_Span], cands: list[_Mention]
) -> tuple[list[_Span], list[_Mention]]:
    """A councillor's ward, named in brackets after the party ("Cllr Mark Dunleavy (Conservative,
    Boughton and Courtenay)"), holds no person and no town abroad: the gazetteer lacks most wards,
    so a word of one was read as a person ("Sheppey East", "Roman ward") or as a namesake in
    another country (Courtenay, British Columbia on a Kent map). Places in the article's own
    country stay ("Boughton").

        >>> councillors_wards("no councillor", [], [])
        ([], [])
    """
    if " (" not in text or not people_orgs:
        return people_orgs, cands
    people_ends = {sp.end for sp in people_orgs if sp.kind == "person"}
    found = [mt for mt in _PARTY_WARD.finditer(text) if mt.start() in people_ends]
    wards = [mt.span(1) for mt in found]
    # (one bracket is enough where it opens with a party's name: "Councillor Alison Drummond
    # (Conservative, Mearns) told the chamber" made an organisation "Mearns")
    partied = any(text[mt.start() + 2 : mt.start(1) - 2] in _WARD_PARTIES for mt in found)
    # ... or by its number ("Coun. Gord Perks (Ward 4, Parkdale-High Park)", "Davenport (Ward
    # 9)": Davenport, Iowa and University-Rosedale's Rosedale, New York on a Toronto map)
    if "(Ward " in text:
        wards += [mt.span(1) for mt in _NUMBERED_WARD.finditer(text)]
        wards += [mt.span(1) for mt in _WARD_BEFORE_NUMBER.finditer(text)]
    if len(wards) < 2 and not partied:  # (a council's report names several: one says little)
        return people_orgs, cands
    home = _most_named_country(cands)

    def in_ward(start: int, end: int) -> bool:
        return any(a <= start and end <= b for a, b in wards)

    # (and a ward's lone organisation word: "Toronto Centre (Ward 13)" made an organisation
    # "Centre")
    kept = [
        sp
        for sp in people_orgs
        if not (
            (sp.kind == "person" or (sp.kind == "organisation" and " " not in sp.surface))
            and in_ward(sp.start, sp.end)
        )
    ]
    places = [
        m for m in cands if not (in_ward(m.start, m.end) and m.senses[0][1].country_code != home)
    ]
    return kept, places
