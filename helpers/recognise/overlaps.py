"""Where a person's or an organisation's name and a place overlap, which reading wins.

Part of :mod:`helpers.recognise` (the arbitration after the names rules and before the
evidence rules). A run read as a person only for want of a better reading yields to a place
inside it ("Hanoi Flights"), unless the words say person ("Joaquin Phoenix", "Chimamanda Ngozi
Adichie", "Coco Gauff … Gauff said"); a town's own institution keeps the town as a place beside
it while the rules run ("Vancouver Police Department"; the map keeps it, and the last step,
:func:`whole_civic_names`, gives the entity layer the institution whole), while an institution named "of" its place, a company's,
the press's or a team's name, and a national body keep theirs whole ("Supreme Court of India",
"Thomson Reuters", "U.S. Senate"). A title and a name the text writes as a town are the town
("via Kamloops and Prince George"); a known company's product leaves no person behind ("a SpaceX
Dragon capsule … the Dragon"); and where two people's or organisations' readings still meet, the
longer stands.

    >>> _whole_name(("Thomson", "Reuters")), _whole_name(("Police", "Department"))
    (True, False)
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections.abc import Container
from dataclasses import replace

from helpers.gazetteer import GazetteerEntry
from helpers.recognise import orgs as _orgs
from helpers.recognise.chunks import (
    _MIDDLE_INITIAL,
    PARTY_MEMBERS,
    TOWN_TRADE_ENDINGS,
    _plural_nickname,
)
from helpers.recognise.clubs import _TEAM_MIN_POP, _sporty
from helpers.recognise.cues import _frequent_surnames, _listed_surname
from helpers.recognise.names import (
    _ARABIC_SURNAME,
    _cues,
    _everyday,
    _everyday_word,
    _Intervals,
    _Span,
    _surnames,
)
from helpers.recognise.org_evidence import _evidence
from helpers.recognise.place_words import PERSON_VERBS
from helpers.recognise.places import (
    _LOCATIVE,
    _STRICT_CONTEXT,
    _TOKEN_RE,
    ORG_SUFFIXES,
    _big,
    _lexicon,
    _Mention,
    dale_chall_words,
)

# kinds whose name after any locative word ("to Jordan") reads as the place, not a surname, and
# the size from which a town keeps its place inside an institution's name: the organisation
# rules' own (one definition for both stages)
_MAJOR_KINDS = _orgs._MAJOR_KINDS
_CIVIC_MIN_POP = _orgs._TOWN_MIN_POP


# organisation words of companies, the press, teams and armed forces: such a name keeps a place
# inside it ("Vietnam Airlines", "Thomson Reuters", "Air Force One", "Washington Post"); in other
# organisations ("Vancouver Police Department", "Georgia Bureau of Investigation", "University of
# Texas") the place stands, as the news corpora annotate it
@functools.cache
def _whole_name_words() -> frozenset[str]:
    """The words (lower case) that keep a place inside a name: the legal forms, and these."""
    words = [
        "Corporation", "Company", "Incorporated", "Limited", "Group", "Holdings",
        "Airlines", "Airways", "Lines", "Reuters",
        "Bloomberg", "Press", "News", "Post", "Times", "Journal", "Herald", "Tribune",
        "Gazette", "Telegraph", "Chronicle", "Network", "Broadcasting", "Television",
        "Radio", "Magazine", "Studios", "Motors", "Technologies", "Systems", "Partners",
        "Bancorp", "Bancshares", "Industries", "Enterprises", "Mining", "Resources",
        "Pharmaceuticals", "Petroleum", "Oil", "Telecom", "Communications", "Media",
        "Entertainment", "Pictures", "Records", "Labs", "Ventures", "Brands", "Foods",
        "Stores", "Exchange", "Force", "Forces", "Army", "Navy", "Party", "FC", "Club",
        "Team", "United", "Securities", "Motor",
        # a news agency's ("Meridian Wire Service" was Meridian, Mississippi)
        "Wire",
        # a firm's: "Vistula Capital Markets" (Vistula, an old name of a Toledo district),
        # "Oxford Economics", "Eurasia Group"
        "Markets", "Capital", "Advisory", "Consulting", "Investments", "Research", "Analytics",
        "Insights", "Advisors", "Economics",
        # miners' and investors' ("Pilbara Minerals", "Pinheiro Alto Investimentos")
        "Minerals", "Metals", "Lithium", "Investimentos", "Inversiones", "Participações",
        # a school's, a hospital's or an institute's named after its town ("Clemson University",
        # "Colchester General Hospital", "Cavan Institute"), as news NER marks them (LGL marks
        # the town: its exact F1 .858 → .855, GWN's .831 → .834, wikigold's micro .759 → .783);
        # not a town's police, departments or council (LGL .855 → .841, and GMB's ORG fell)
        "University", "College", "Hospital", "School", "Schools", "Institute", "Academy",
    ]  # fmt: skip
    # ("Lines": "Delta Air Lines", "Maersk Lines")
    return frozenset(w.lower() for w in [*words, *_cues().legal_forms]) | ORG_SUFFIXES


_WIDE_KINDS = frozenset({"continent", "region"})


def _names_or_places(text: str, people_orgs: list[_Span], cands: list[_Mention]) -> list[_Span]:
    """A run of capitalised words read as a person only for want of a better reading ("Hanoi
    Flights", "Historic Dublin") yields to a place inside it, unless a given name outside the
    place says person ("Joaquin Phoenix", "Al Pacino"), or it starts with a particle of an Arabic
    personal name ("Abu Bakr": Abu is also a town in Japan; "Abu Dhabi", a place's whole name, is
    no such run) or ends with an Arabic family name ("Muqtada al-Sadr": Sadr is a town in Iran),
    or "who" follows it ("Washington Sundar, who hit a six")."""
    cues = _cues()
    given, family_first = cues.given_names, cues.family_first
    arabic = cues.arabic_particles
    starts = [m.start for m in cands]
    out: list[_Span] = []
    yielded: list[int] = []  # positions in ``out`` of the runs that yielded to a place
    sport: bool | None = None  # the article's sport words, looked for once a town's tail is seen
    for sp in people_orgs:
        if sp.kind == "person" and sp.how == "name":
            i = bisect_left(starts, sp.start)
            if (
                i
                and cands[i - 1].end > sp.start
                and _town_tail_and_plural(text, sp, cands[i - 1])
                and not (sport := _sporty(text, _evidence()) if sport is None else sport)
            ):
                # a town's second word and a plural outside sport are no one's name but the
                # town and a team's or a people's plural: "The Los Angeles Dodgers won" was a
                # person "Angeles Dodgers" (in sport the team rules make it the team)
                yielded.append(len(out))
                out.append(sp)
                continue
            inside = cands[i : bisect_left(starts, sp.end)]  # (candidates in text order)
            if inside:
                # a place's own name is no evidence ("Georgia"); an abbreviation is ("Al")
                places = {m.surface for m in inside if len(m.surface) > 3}
                if inside[-1].end > sp.end and text[sp.end : sp.end + 1] == "-":
                    # a run cut at a hyphen inside a place's name: "Paris Champs-Elysees"
                    yielded.append(len(out))
                    out.append(sp)
                    continue
                if not any(
                    (t in given or t in family_first) and t not in places for t in sp.tokens
                ) and not (
                    _given_town_and_surname(text, sp.tokens, inside, given)
                    or (sp.tokens[0] in arabic and len(sp.tokens) >= 2)
                    or _ARABIC_SURNAME.match(sp.tokens[-1])  # "Muqtada al-Sadr"
                    # a given name before a family name by its ending: "Vladimir Leontyev"
                    or (sp.tokens[0] in given and _SURNAME_SHAPE.search(sp.tokens[-1]))
                    # ... or before a middle initial and a surname: "Victoria N. Pearson"
                    or (
                        len(sp.tokens) == 3
                        and sp.tokens[0] in given
                        and _MIDDLE_INITIAL.fullmatch(sp.tokens[1]) is not None
                    )
                    # ... or by its words, where no place explains them (_name_words_say_person)
                    or _name_words_say_person(text, sp, inside, given)
                    # ... or by a role of people only before it: "goalkeeper Jordan Pickford"
                    or (
                        (
                            sp.tokens[0] in given
                            # (or a town's name opening it before a surname: "opposition
                            # leader Duma Boko" was Douma, Syria, then the Russian Duma)
                            or (
                                inside[-1].end < sp.end
                                and all(m.senses[0][1].kind == "city" for m in inside)
                            )
                        )
                        and len(sp.tokens) >= 2
                        and (
                            _after_person_role(text, sp.start)
                            # ... or a country's possessive: "Botswana's Duma Boko"
                            or _after_country_possessive(text, sp.start, cands, starts)
                        )
                    )
                    or _place_as_middle_name(sp, inside)
                    or _hamlet_before_surname(text, sp, inside, cands)
                    # a person's relative pronoun or speaking verb after a two-word name whose
                    # last word is no place nor everyday word, with no article before it:
                    # "adding 53 with Washington Sundar, who hit a six", "Santiago Abascal said"
                    # (not "a Manhattan Democrat, who")
                    or (
                        (
                            text.startswith(", who ", sp.end)
                            # (a town written as a place keeps its reading: "from Basel Adra said")
                            or (_speaks_after(text, sp.end) and not inside[0].context & _LOCATIVE)
                        )
                        and len(sp.tokens) == 2
                        and inside[-1].end < sp.end
                        and not _everyday_word(sp.tokens[-1].lower())
                        and not _ARTICLE_BEFORE.search(text, max(0, sp.start - 5), sp.start)
                    )
                ):
                    yielded.append(len(out))
                    out.append(sp)
                    continue
        out.append(sp)
    if not yielded:
        return out
    # one reading per name: a run the words made a person somewhere keeps that reading wherever
    # the article writes it ("PARIS — Iga Świątek won …" and the results line's "Iga Świątek
    # (Poland) bt …", where nothing around it says person: Iga is also a town in Japan)
    gave_way = set(yielded)
    people = {
        sp.entity
        for x, sp in enumerate(out)
        if sp.kind == "person" and sp.how == "name" and x not in gave_way
    }
    gone = {x for x in yielded if out[x].entity not in people}
    return [sp for x, sp in enumerate(out) if x not in gone]


def _town_tail_and_plural(text: str, sp: _Span, town: _Mention) -> bool:
    """Whether a two-word run starts inside a team's town's longer name (a city of 100,000 people
    or more, as :func:`helpers.recognise.clubs._teams` asks) and ends with a plural: "Angeles
    Dodgers" of "Los Angeles Dodgers", "Orleans Saints" of "New Orleans Saints" (not "Arlington
    Neighbors" of "the North Arlington Neighbors association", a small town's)."""
    sense = town.senses[0][1]
    return (
        len(sp.tokens) == 2
        and town.start < sp.start
        and town.end == sp.start + len(sp.tokens[0])
        and _plural_nickname(sp.tokens[1])
        and sense.kind == "city"
        and sense.population >= _TEAM_MIN_POP
    )


_ARTICLE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he) \Z")
_WORD_AFTER = re.compile(r" ([a-z]+)\b")


def _speaks_after(text: str, end: int) -> bool:
    """Whether a speaking verb ("said", "told") is the word right after ``end``."""
    m = _WORD_AFTER.match(text, end)
    return m is not None and m.group(1) in PERSON_VERBS


def _place_as_middle_name(sp: _Span, inside: list[_Mention]) -> bool:
    """Places only between a person's unknown first and last words are the person's middle names:
    "Chimamanda Ngozi Adichie" (Ngozi, Burundi). Not where an outer word is an everyday one
    ("Historic Dublin Walks")."""
    first, last = sp.tokens[0], sp.tokens[-1]
    return (
        len(sp.tokens) >= 3
        and all(sp.start < m.start and m.end < sp.end for m in inside)
        and not _everyday_word(first.lower())
        and not _everyday_word(last.lower())
    )


def _hamlet_before_surname(
    text: str, sp: _Span, inside: list[_Mention], cands: list[_Mention]
) -> bool:
    """A village's name before an unknown surname that the text also writes alone is a given
    name: "Coco Gauff … Gauff said" (Coco, Puerto Rico, 5,803 people). Only a place of fewer
    than _CIVIC_MIN_POP people or a given name ("Sofia Delacroix"), before a word that is no
    everyday one and no place ("Hanoi Flights", "Rodeo Gainesville", "Mardi Gras" stay as they
    were)."""
    if len(sp.tokens) != 2 or len(inside) != 1 or text[sp.end : sp.end + 1] == "-":
        return False  # (a name cut at its hyphen: "Paris Champs-Elysees" is no "Champs")
    m = inside[0]
    e = m.senses[0][1]
    surname = sp.tokens[1]
    return (
        m.start == sp.start
        and e.kind == "city"
        # (a bigger town's name only where it is a given name too: "Sofia Delacroix …
        # Delacroix said", the capital of Bulgaria)
        and (e.population < _CIVIC_MIN_POP or sp.tokens[0] in _cues().given_names)
        and surname[1:].islower()
        and not _everyday_word(surname.lower())
        and surname.lower().removesuffix("s") not in _lexicon().common  # "Flemington Elks"
        and (
            text.count(surname) > text.count(f"{sp.tokens[0]} {surname}")
            # (or, a given name first, even once, where no locative word places the town:
            # "rest heavily on Sofia Goggia, the 2018 Olympic downhill champion" was the capital
            # of Bulgaria; "a man from Basel Adra" keeps Basel)
            or (sp.tokens[0] in _cues().given_names and not m.context & _LOCATIVE)
        )
        and not any(c.surface == surname for c in cands)
    )


def _given_town_and_surname(
    text: str, tokens: tuple[str, ...], inside: list[_Mention], given: frozenset[str]
) -> bool:
    """A given name that is also a town's, then a known surname, is a person: "Dana Whitfield"
    (Dana, Indiana), "Florence Keane". Only a town's name, and only before a Census surname:
    "Georgia Power", "Charlotte Hornets" and "Victoria Station" stay with their places."""
    towns = {m.surface for m in inside if m.senses[0][1].kind == "city"}
    if len(tokens) < 2 or tokens[0] not in given:
        return False
    if tokens[0] in towns:
        if len(tokens) >= 3 and _cues().particles.issuperset(tokens[1:-1]):
            return True  # a family name with its particle: "Quinton de Kock" (Kock, Poland)
        return _listed_surname(tokens[-1]) and tokens[-1] not in towns
    # a country's or state's name: only before a surname that is no everyday word ("Virginia
    # Woolf", but "Georgia Power", "Victoria Cross", "Jordan Park" keep their places); a minor
    # province's before any name word no everyday word ("Ngozi Okonjo-Iweala")
    minor = any(
        m.surface == tokens[0]
        and m.senses[0][1].kind == "admin area"
        and m.senses[0][1].population < _MINOR_AREA_POP
        for m in inside
    )
    return (
        len(tokens) == 2
        and (
            (_name_word(tokens[1]) if minor else _surname_not_word(tokens[1]))
            or any(
                m.surface == tokens[0]
                and (
                    _country_given_name(text, m, tokens[1])
                    # (a country's other-language name that is a common given name, before a
                    # name word: "French cardinal Dominique Mamberti" was Dominica)
                    or (
                        tokens[0] in _cues().common_given_names
                        and _foreign_country_name(m, tokens[1])
                    )
                )
                for m in inside
            )
        )
        and not any(m.surface == tokens[1] for m in inside)
    )


def _country_given_name(text: str, m: _Mention, word: str) -> bool:
    """Whether a country's name that English news writes often as a given name ("Jordan",
    "Chad", "Israel": name_cues.toml's ``country_given_names``) heads a person's name before
    ``word``, a name word that is no everyday word nor an organisation's: "Jordan Bardella",
    "Jordan Spieth", "Israel Adesanya" (not "Jordan Valley", "Georgia Tech", "Chad Basin",
    "Israel Railways"), and not where the article writes the name alone too ("Jordan Hubmen"
    beside "Jordan", a town's team)."""
    cues = _cues()
    return (
        m.senses[0][1].kind == "country"
        and m.surface in cues.country_given_names
        and _name_word(word)
        and word not in cues.org_words
        and re.search(rf"\b{m.surface}\b(?! {re.escape(word)})", text) is None
    )


def _foreign_country_name(m: _Mention, word: str) -> bool:
    """Whether ``m``'s best sense is a country by another language's name ("Dominique",
    Dominica in French) and ``word``, after it, is a name word: a given name and a surname."""
    return m.senses[0][2] and m.senses[0][1].kind == "country" and _name_word(word)


def _name_word(word: str) -> bool:
    """Whether ``word`` (its part before a hyphen) is shaped as a name and is no everyday word:
    "Adichie", "Okonjo-Iweala"; not "Province", "Power"."""
    head = word.split("-", 1)[0]
    low = head.lower()
    return head[1:2].islower() and low not in _everyday() and low not in dale_chall_words()


def _surname_not_word(word: str) -> bool:
    """Whether ``word`` (its part before a hyphen: "Ruiz-Tagle") is a Census surname that news
    never writes as an everyday word: "Woolf", "Johnson", "Henderson", not "Power", "Park",
    "West", "Cross"."""
    head = word.split("-", 1)[0]
    low = head.lower()
    return (
        head[1:2].islower()
        and _listed_surname(head)
        and low not in _everyday()
        and low not in dale_chall_words()
    )


# place kinds whose given-name namesakes may head a person's name (towns already may; a demonym
# never does)
_GIVEN_PLACE_KINDS = frozenset({"country", "admin area", "region", "continent"})
# a people's nouns that are given names too, never written before a noun as adjectives are
# ("16-Dane Coles (Hurricanes)" was the Danes; not "German", "the German Enlightenment")
_GIVEN_DEMONYMS = frozenset({"Dane", "Finn", "Scot"})


def _given_place_before_surname(
    text: str, m: _Mention, place_starts: Container[int] = frozenset()
) -> bool:
    """Whether a one-word country, state or region name is a given name written before a surname
    (one space between) and not after a locative word: "Virginia Woolf", "Chad Johnson",
    "Carolina Ruiz-Tagle", "Georgia Smith won". Such a name may head a person's name; whether it
    does is the names rules' (a place kept only when nothing reads a person there).
    ``place_starts``: where the article's place candidates start (a place's name after it is no
    surname: "Georgia Tbilisi").

        >>> text = "The novel by Virginia Woolf was reissued."
        >>> m = _scan(text, load_gazetteer())[0]  # doctest: +SKIP
        >>> _given_place_before_surname(text, m)  # doctest: +SKIP
        True
    """
    nxt = m.next
    if (
        m.ntok != 1
        or nxt is None
        or nxt[0] != m.end + 1
        or text[m.end] != " "
        or m.context & _LOCATIVE
        or not m.surface[1:].islower()
    ):
        return False
    word = text[nxt[0] : nxt[1]]
    if m.senses[0][1].kind not in _GIVEN_PLACE_KINDS and m.surface not in _GIVEN_DEMONYMS:
        # a people's adjective that is a given name too, right after a person's title and before
        # a name word: "Finance Minister German Avila" (Germán written without its accent) was
        # the demonym and "Avila"; "Chief Palestinian negotiator" stays the demonym
        if m.senses[0][1].kind != "demonym" or m.surface not in _cues().given_names:
            return False
        title = _TITLE_WORD_BEFORE.search(text, max(0, m.start - 30), m.start)
        return title is not None and title.group(1) in _cues().title_words and _name_word(word)
    if m.surface not in _cues().given_names:
        # a country's name no list knows as a given name, before a name word that a relative
        # "who" follows and the article writes alone too: "Sudan Gurung, who heads the charity
        # … Gurung said" (a Nepali given name) was Sudan and an organisation "Gurung"
        return (
            text.startswith(", who ", nxt[1])
            and _name_word(word)
            and nxt[0] not in place_starts
            and _surname_alone_elsewhere(text, m.surface, word)
        )
    # (the next word runs on past a hyphen: "Ruiz-Tagle")
    while text[nxt[1] : nxt[1] + 1] == "-" and text[nxt[1] + 1 : nxt[1] + 2].isupper():
        after = _TOKEN_RE.match(text, nxt[1] + 1)
        if after is None:
            break
        nxt = after.span()
        word = text[m.end + 1 : nxt[1]]
    if m.senses[0][1].kind == "admin area" and m.senses[0][1].population < _MINOR_AREA_POP:
        # a minor province's name is a given name before any name word no everyday word:
        # "Ngozi Okonjo-Iweala", "Ngozi Adichie" (Ngozi, Burundi), not only a Census surname
        return _name_word(word)
    if _surname_not_word(word) or _SURNAME_SHAPE.search(word):
        return True
    if _foreign_country_name(m, word):
        return True  # a country's other-language name that is a given name, before a name
        # word: "French cardinal Dominique Mamberti" was Dominica ("Dominique" in French)
    if _country_given_name(text, m, word) and nxt[0] not in place_starts:
        return True
    # any name word after a role of people only ("goalkeeper Jordan Pickford", no Census name),
    # or one the article also writes without the given name ("to beat Jordan Pickford …
    # Pickford; Walker, Stones"): a surname, as a country's name is never written before it
    return _name_word(word) and (
        _after_person_role(text, m.start) or _surname_alone_elsewhere(text, m.surface, word)
    )


def _name_words_say_person(
    text: str, sp: _Span, inside: list[_Mention], given: frozenset[str]
) -> bool:
    """Whether a run's own words say person where places are inside it: a given name, a third
    word and a word no place nor everyday word explains ("Isabel Ferrer Montes, Caribbean
    correspondent": Isabel, Solomon Islands; Montes, Uruguay), or a given name and a surname the
    article also writes alone ("to beat Jordan Pickford … Pickford; Walker")."""
    tokens = sp.tokens
    if not tokens or tokens[0] not in given:
        return False
    if len(tokens) >= 3:
        return any(
            _name_word(t) and not any(t in m.surface.split() for m in inside) for t in tokens[1:]
        )
    return (
        len(tokens) == 2
        and _name_word(tokens[1])
        and tokens[1] not in PARTY_MEMBERS  # "a Houston Democrat" (Houston, a given name too)
        and _surname_alone_elsewhere(text, tokens[0], tokens[1])
    )


def _surname_alone_elsewhere(text: str, given: str, word: str) -> bool:
    """Whether the article also writes ``word`` without the given name before it ("to beat
    Jordan Pickford … Pickford; Walker, Stones"): a surname, as a country's name is never
    written before it."""
    # (whole words: "Democratic" holds no "Democrat")
    return len(re.findall(rf"\b{re.escape(word)}\b", text)) > text.count(f"{given} {word}")


_ROLE_WORD_BEFORE = re.compile(r"\b([a-z][a-z-]+) \Z")
_TITLE_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+\.?) \Z")


def _after_person_role(text: str, start: int) -> bool:
    """Whether a role of people only ("goalkeeper", "striker") is the word right before ``start``."""
    role = _ROLE_WORD_BEFORE.search(text, max(0, start - 30), start)
    return role is not None and role.group(1) in _cues().person_roles


def _after_country_possessive(
    text: str, start: int, cands: list[_Mention], starts: list[int]
) -> bool:
    """Whether a country's name with a possessive ("Botswana's ") ends right before ``start``:
    a leader's name follows it in a list of heads of state."""
    if text[start - 3 : start] not in ("'s ", "\u2019s "):
        return False
    i = bisect_left(starts, start - 3) - 1
    if i < 0:
        return False
    m = cands[i]
    return m.end == start - 3 and m.senses[0][1].kind == "country"


# family names by their endings, where no list knows them: Slavic ("Leontyev", "Shevchenko",
# "Kovalchuk", "Wiśniewski", "Petrović"), Georgian, Armenian, Greek, Romanian, Turkish
_SURNAME_SHAPE = re.compile(
    r"[a-zà-ÿ](?:ov|ev|yev|ova|eva|yeva|enko|enka|chuk|czuk|sky|ski|ska|vich|wicz|ović|ovič|ević|shvili|dze"
    r"|uri|yan|ian|opoulos|akis|idis|escu|oğlu|oglu)$"
)


# a province smaller than this is no state a news story names before a person's surname
_MINOR_AREA_POP = 1_000_000


def _founders_name(sp: _Span, first: _Mention) -> bool:
    """Whether an institution's name opens with a given name, its first place candidate, and a
    surname that is no place's ("Brigham Young University", "Johns Hopkins Hospital"), or with
    given names before its first place candidate, a surname ("Miguel Ángel Asturias National
    Theater": Asturias, Spain)."""
    given = _cues().given_names
    k = 0
    while k < len(sp.tokens) and sp.tokens[k] in given:
        k += 1
    if (
        0 < k < len(sp.tokens) - 1
        and " " not in first.surface
        and sp.tokens[k] == first.surface
        and first.senses[0][1].kind not in ("country", "continent", "region")
    ):
        return True
    return (
        first.start == sp.start
        and len(sp.tokens) > 2
        and " " not in first.surface
        and sp.tokens[0] == first.surface
        and sp.tokens[1] not in _cues().org_words
        and (
            (
                first.surface in _cues().common_given_names
                and sp.tokens[1] in _surnames()
                and sp.tokens[1].lower() not in dale_chall_words()
            )
            # a frequent surname after a small town's name ("Brigham", Brigham City's other name)
            or (
                sp.tokens[1] in _frequent_surnames()
                and not _big(first.senses[0][1])
                and first.senses[0][1].kind == "city"
            )
        )
    )


def _trim_civic(text: str, people_orgs: list[_Span], cands: list[_Mention]) -> list[_Span]:
    """A town's own institutions keep the town: "Vancouver Police Department" is the organisation
    "Police Department" (entity: the full name) beside the place "Vancouver"; the news corpora
    annotate such towns as places. The place rules already dropped the towns inside newspapers,
    companies and teams ("Washington Post", "Dallas Cowboys") and parties ("Workers Party of
    Korea"), so a candidate still inside a discovered organisation is such a town."""
    # most articles discover no organisation by its organisation word, or only companies and
    # teams: nothing to trim
    if not any(
        sp.how == "organisation" and sp.kind == "organisation" and not _whole_name(sp.tokens)
        for sp in people_orgs
    ):
        return people_orgs
    out: list[_Span] = []
    starts = [m.start for m in cands]
    common = _lexicon().common
    org_words = _cues().org_words
    romance_heads = _orgs._evidence().de_heads
    # the countries of the places the article names outside its institutions' names (from
    # three on: fewer are too few to tell where the story is)
    civic = _Intervals([(sp.start, sp.end) for sp in people_orgs if sp.kind == "organisation"])
    outside = [m.senses[0][1].country_code for m in cands if not civic.overlaps(m.start, m.end)]
    home = set(outside) if len(outside) >= _HOME_MIN_PLACES else set()
    for sp in people_orgs:
        if sp.kind != "organisation" or sp.how != "organisation" or _whole_name(sp.tokens):
            out.append(sp)
            continue
        i = bisect_left(starts, sp.start)
        if (
            i
            and sp.start < cands[i - 1].end < sp.end
            and cands[i - 1].start < sp.start
            and text[cands[i - 1].end] == " "  # (whole words: not "The D" of "The D.C. …")
        ):
            # a place that began before the name and ends inside it: the name reads past its
            # connector ("Jammu and Kashmir Police" was "Kashmir Police", and Jammu was lost)
            a = cands[i - 1].end
            piece = text[a : sp.end]
            stripped = _EDGE.sub("", piece)
            if stripped[:1].isupper():
                a2 = a + piece.index(stripped)
                entity = text[cands[i - 1].start : sp.end]
                out.append(_Span(a2, a2 + len(stripped), entity, sp.kind, sp.how, tokens=sp.tokens))
                continue
        inside = cands[i : bisect_left(starts, sp.end)]  # (candidates in text order)
        if (
            not inside
            or any(
                (
                    m.senses[0][1].population < _CIVIC_MIN_POP
                    and m.senses[0][1].kind not in _MAJOR_KINDS
                )
                or (m.surface.lower() in common and m.senses[0][1].kind != "demonym")
                or m.surface in org_words  # the name's own organisation word ("Axon Enterprise")
                for m in inside
            )
            or (
                # and a name whose places lie abroad, or are hamlets, in the countries the article's
                # other places are in is someone's ("NASA's Kennedy Space Center" in a Florida
                # story: Kennedy, Bogotá; Kennedy, California has 3,000 people)
                home
                and not any(
                    _civic_town(e, home) for m in inside for _, e, _, _ in m.senses[:_SENSES_SEEN]
                )
            )
            # and a person's name opening it is its founder's or patron's, no town's ("Brigham
            # Young University": Brigham City's other name; "George Washington University")
            or _founders_name(sp, inside[0])
        ):
            # a hamlet's name inside is more likely the name's own ("Acme Agency"), and so is a
            # common word that names some place ("Capital Economics": Venezuela's Capital District)
            out.append(sp)
            continue
        if (
            sp.tokens[0] in romance_heads
            or all(_OF_PLACE.search(text, sp.start, m.start) for m in inside)
            # a demonym inside the name, after its first word, is the name's: "Pan American
            # Health Organization", "Royal Dutch Shell" (not the United States, the Netherlands)
            or all(
                m.senses[0][1].kind == "demonym"
                and text[sp.start : m.start].rstrip() not in ("", "The", "the")
                for m in inside
            )
        ):
            # an institution named "of" its place is one organisation ("Supreme Court of India",
            # "Corporación Nacional del Cobre de Chile"; as helpers.recognise.orgs reads "Bank of
            # England"), and so is a Romance one whose body's word comes first ("Fundação Getúlio
            # Vargas": Getúlio Vargas is also a Brazilian town)
            out.append(sp)
            continue
        if (
            inside[0].start == sp.start
            and text[sp.start - 1 : sp.start] not in ("-", "/")  # "U.S.-Russia Council of …"
            and all(_national(m) for m in inside)
        ):
            # a country or a region of the world opening the name is no town's: "U.S. Senate",
            # "Pakistan Muslim League", "Far East Meteorological Service", "EU Commission" are
            # one organisation each, as news NER marks them (GMB micro F1 +.003; the geoparsing
            # corpora mark the country too: LGL F1 -.002, GWN -.004)
            out.append(sp)
            continue
        # the longest stretch of the name outside its places, trimmed of connectors and spaces
        pieces, pos = [], sp.start
        for m in inside:
            pieces.append((pos, m.start))
            pos = max(pos, m.end)
        pieces.append((pos, sp.end))
        best = None
        for a, b in pieces:
            piece = text[a:b]
            stripped = _EDGE.sub("", piece)
            if not stripped:
                continue
            a2 = a + piece.index(stripped)
            if best is None or len(stripped) > best[1] - best[0]:
                best = (a2, a2 + len(stripped))
        if best is None or not text[best[0] : best[1]][:1].isupper():
            continue  # nothing but places: the places stand
        if (
            len(inside) == 1
            and inside[0].start == sp.start
            and inside[0].senses[0][1].kind == "demonym"
            and " " not in text[best[0] : best[1]]
        ):
            # a demonym is no town: before a lone organisation word it names the organisation
            # ("African Union", "British Airways"); a longer name keeps it apart ("Chinese
            # Foreign Ministry": a Chinese ministry)
            out.append(sp)
            continue
        out.append(_Span(best[0], best[1], sp.entity, sp.kind, sp.how, tokens=sp.tokens))
    return out


def whole_civic_names(text: str, people_orgs: list[_Span], cands: list[_Mention]) -> list[_Span]:
    """The institutions :func:`_trim_civic` cut around their towns, whole again for the entity
    layer: "Florida Department of Law Enforcement" is one organisation, as news NER marks it (and
    "Jammu and Kashmir Police"). The towns stay among the article's place candidates, so the map
    still shows Florida (the geoparsing corpora mark such towns as places); the spans and the
    mentions table name the institution whole, and no place inside it. A nationality stays apart
    ("Chinese" of "Chinese Foreign Ministry"), as news NER marks it.

        >>> sp = [_Span(8, 28, "Florida Department of Health", "organisation", "organisation")]
        >>> [(s.start, s.end) for s in whole_civic_names("The Florida Department of Health", sp, [])]
        [(4, 32)]
    """
    out: list[_Span] | None = None
    for i, sp in enumerate(people_orgs):
        n = len(sp.entity)
        if sp.how not in _CIVIC_HOWS or sp.kind != "organisation" or n <= sp.end - sp.start:
            continue
        # the entity written around the span (it begins at or before the span, ends at or after)
        at = text.find(sp.entity, max(sp.end - n, 0), sp.start + n)
        if at < 0 or text[at - 1 : at] == "-":
            continue  # (not the tail of a hyphened name: "U.S.-Russia Council of Business")
        if any(
            other is not sp and other.start < at + n and at < other.end for other in people_orgs
        ):
            continue  # another name inside it: the cut stands
        if any(m.start < at + n and at < m.end and m.senses[0][1].kind == "demonym" for m in cands):
            continue
        entity = sp.entity
        if entity.startswith("The ") and any(m.start == at + 4 for m in cands):
            # a sentence's "The" is no part of the name ("The Athens Police Department"; "The
            # Colony", Texas, keeps it)
            at, n, entity = at + 4, n - 4, entity[4:]
        if out is None:
            out = list(people_orgs)
        out[i] = replace(sp, start=at, end=at + n, entity=entity, tokens=tuple(entity.split()))
    return people_orgs if out is None else out


# the rules whose names a town's institution can be cut around: an organisation's word, and a
# possessive's people's body or officer's office (helpers.recognise.institutions.owning_town)
_CIVIC_HOWS = frozenset({"organisation", "evidence"})
# (the senses of a name that the resolver weighs in practice: the rest are villages)
_SENSES_SEEN = 8
_HOME_MIN_PLACES = 3


def _civic_town(e: GazetteerEntry, home: set[str | None]) -> bool:
    """Whether a place could own an institution in an article about places in ``home``."""
    return e.country_code in home and (e.population >= _CIVIC_MIN_POP or e.kind in _MAJOR_KINDS)


# "of" (or a Romance "de"), and perhaps an article, right before a place inside a name (and a
# region's first word: "Community Foundation of Western North Carolina" was "… of Western")
_OF_PLACE = re.compile(
    r" (?:of|de|del|di|da|do|du|des|della)(?: the| la| las| los| el)?"
    r"(?: (?:Western|Northern|Southern|Eastern|Central|Greater|Upper|Lower))? \Z"
)


def _national(m: _Mention) -> bool:
    """Whether a place candidate is a country (and no state of the same name: "Georgia Bureau
    of Investigation" is the US state's) or a region of the world, not a town or a state."""
    best = m.senses[0][1]
    if best.kind in _WIDE_KINDS:
        return best.country_code is None
    # (a state of the same name elsewhere, not the country's own province: "Taiwan Affairs
    # Office" is one organisation; GeoNames also has Taiwan's province "Taiwan")
    return best.kind == "country" and not any(
        e.kind == "admin area" and e.feature_code == "ADM1" and e.country_code != best.country_code
        for _, e, _, _ in m.senses[1:4]
    )


@functools.lru_cache(maxsize=20_000)  # names recur across articles
def _whole_name(tokens: tuple[str, ...]) -> bool:
    """Whether a name holds a company's, the press's, a team's or a force's word."""
    words = _whole_name_words()
    # (an airline's last word: "Tara Air", "Buddha Air"; not "Air Quality District"; and a water
    # utility's or a steelmaker's: "Wellington Water" was a place and an organisation "Water")
    return (
        any(t.lower() in words for t in tokens)
        or tokens[-1] == "Air"
        or tokens[-1] in TOWN_TRADE_ENDINGS
    )


# spaces, punctuation and connectors at either end of what is left of a trimmed name
_EDGE = re.compile(r"^(?:[\W_]|\b(?:of|the|for|and)\b)+|(?:[\W_]|\b(?:of|the|for|and)\b)+$")


def _without_titled_places(
    text: str, people_orgs: list[_Span], cands: list[_Mention]
) -> list[_Span]:
    """The spans without the people a title names where the title and the name are a town the
    text writes as a place: after "in", "to", "via", beside a comma or in a list of places ("via
    Kamloops and Prince George", "flew to Prince Rupert"). "Prince George visited" stays the
    prince."""
    ends = {m.end: (x, m) for x, m in enumerate(cands)}
    drop = set()
    for sp in people_orgs:
        if sp.how != "title" or sp.end not in ends:
            continue
        x, m = ends[sp.end]
        if not (m.start < sp.start and " " not in text[m.start : sp.start].strip()):
            continue  # the place is not the title and the name
        if m.context & (_STRICT_CONTEXT | _LOCATIVE) or any(
            0 <= y < len(cands) and _listed_together(text, cands[min(x, y)], cands[max(x, y)])
            for y in (x - 1, x + 1)
        ):
            drop.add(id(sp))
    return [sp for sp in people_orgs if id(sp) not in drop] if drop else people_orgs


def _listed_together(text: str, a: _Mention, b: _Mention) -> bool:
    return text[a.end : b.start] in (", ", " and ", ", and ", " or ")


def _without_replaced(
    people_orgs: list[_Span], replaced: set[int], known: list[_Span]
) -> list[_Span]:
    """``people_orgs`` without the spans at ``replaced``, and without the links to a person among
    them whom a known company's product replaced ("a SpaceX Dragon capsule … the Dragon": no
    surname "Dragon"). A company's own name keeps them: its short form is the company's ("Goldman
    Sachs … Sachs analysts")."""
    products = {sp.entity for sp in known if sp.kind == "other"}
    gone = {
        people_orgs[x].entity
        for x in replaced
        if people_orgs[x].kind == "person" and people_orgs[x].entity in products
    }
    kept = [sp for x, sp in enumerate(people_orgs) if x not in replaced]
    if gone:
        gone -= {sp.entity for sp in kept if sp.how not in _LINK_HOWS}
        kept = [sp for sp in kept if not (sp.entity in gone and sp.how in _LINK_HOWS)]
    return kept


# how a bare part of a full name is linked to it
_LINK_HOWS = frozenset({"surname", "first"})


def _without_overlaps(people_orgs: list[_Span]) -> list[_Span]:
    """The spans, in text order, without any that overlaps a longer one (the first of equals): a
    hyphenated pair's link and a name read from its second half ("Trump-Kim Kim Jong Un") must
    not both stand. The rules keep their spans apart; this holds the line where two meet."""
    spans = sorted(people_orgs, key=lambda sp: (sp.start, -sp.end))
    kept: list[_Span] = []
    for sp in spans:
        if kept and sp.start < kept[-1].end:
            if sp.end - sp.start > kept[-1].end - kept[-1].start:
                kept[-1] = sp
            continue
        kept.append(sp)
    return kept
