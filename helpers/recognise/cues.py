"""The cues the name rules read: titles, organisation words, given names, surnames and the rest.

Part of :mod:`helpers.recognise`. Loaded once per process from ``helpers/data/name_cues.toml``
and the US Census name lists the ``names`` package ships, plus the span model's vocabulary of
everyday words. :mod:`helpers.recognise.names` reads capitalised runs with them; the place,
organisation and speaker rules ask them too.

    >>> from helpers.recognise.cues import _cues
    >>> "President" in _cues().title_words, "Bank" in _cues().org_words
    (True, True)
"""

from __future__ import annotations

import importlib.util
import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import islice
from pathlib import Path

from helpers.gazetteer.index import fold_accents
from helpers.recognise.place_words import dale_chall_words

__all__ = [
    "SURNAMES_TOP",
    "nobodys_name",
    "street_like",
]  # (and the cue loaders, for the recogniser's rules)


# place-token marks of words that are never part of a person's name, even after a title
_NO_NAME_WORD = frozenset({"demonym", "group"})


@dataclass(frozen=True)
class _Cues:
    titles: tuple[tuple[str, ...], ...]  # token sequences, longest first
    title_words: frozenset[str]  # last words of titles ("President", "Mr.")
    title_phrases: frozenset[str]  # whole titles as written ("Attorney General")
    titles_by_first: dict[str, tuple[tuple[str, ...], ...]]  # first word -> titles, longest first
    title_reach: int  # words a title spans after its first
    org_words: frozenset[str]  # (the legal forms included)
    legal_forms: frozenset[str]  # "Corp", "Ltd.", "Bhd": a company's name ends at one
    non_person_endings: frozenset[str]  # (natural features' last words included)
    feature_endings: frozenset[str]  # natural features' last words ("Delta", "Volcano")
    law_endings: frozenset[str]  # laws' and treaties' last words ("Act", "Bill", "Treaty")
    venue_endings: frozenset[str]  # venues' last words ("Oval", "Stadium")
    feature_beginnings: frozenset[str]  # first words of features and storms ("Mount", "Hurricane")
    romance_feature_heads: frozenset[str]  # "Cerro", "Salar", "Calle" (places.py reads them)
    romance_street_heads: frozenset[str]  # "Calle", "Rue", "Palau": a street's first word
    storm_words: frozenset[str]  # words before a storm's given name ("Tropical Storm")
    market_indices: frozenset[str]  # "Dow Jones Industrial Average", "Nasdaq Composite"
    competitions: frozenset[str]  # sports events: "Davis Cup", "World Cup", "Australian Open"
    family_first: frozenset[str]
    particles: frozenset[str]
    arabic_particles: frozenset[str]  # "Abu", "Abdul", "bin" of Arabic personal names
    suffixes: frozenset[str]
    function_words: frozenset[str]
    calendar: frozenset[str]
    abbreviations: frozenset[str]
    headline_words: frozenset[str]
    given_names: frozenset[str]  # capitalised ("Bill", "Xabier"): every list of _given_names
    # the Census lists and given_names.txt only: names so common in English news that one after a
    # hyphen starts another person's name ("Trump-Kim"), where the world's list holds surnames too
    # ("Tanabe-Clarke", "Hofbauer-Lind")
    common_given_names: frozenset[str]
    group_words: frozenset[str]  # faiths, sects and peoples' words ("Sunni", "Catholic")
    person_roles: frozenset[str]  # lower-case nouns before a person's name ("farmer")
    lone_name_roles: frozenset[str]  # ... and before even one name word ("striker", "brother")
    kinship: frozenset[str]  # kin, roles of both kinds, named by a possessive too ("X's brother")
    country_given_names: frozenset[str]  # "Jordan", "Israel": a person before a name word


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    data = tomllib.loads(
        (resources.files("helpers") / "data" / "name_cues.toml").read_text(encoding="utf-8")
    )
    titles = {tuple(t.split()) for t in data["titles"]}
    romance = frozenset(data["romance_feature_beginnings"] + data["romance_street_beginnings"])
    return _Cues(
        titles=tuple(sorted(titles, key=len, reverse=True)),
        title_words=frozenset(t[-1] for t in titles),
        title_phrases=frozenset(" ".join(t) for t in titles),
        titles_by_first={
            w: tuple(t for t in sorted(titles, key=len, reverse=True) if t[0] == w)
            for w in {t[0] for t in titles}
        },
        title_reach=max((len(t) for t in titles), default=1) - 1,
        org_words=frozenset(data["organisation_words"] + data["legal_forms"]),
        legal_forms=frozenset(data["legal_forms"]),
        non_person_endings=frozenset(data["non_person_endings"] + data["natural_feature_endings"]),
        feature_endings=frozenset(data["natural_feature_endings"]),
        law_endings=frozenset(data["law_endings"]),
        venue_endings=frozenset(data["venue_endings"]),
        feature_beginnings=frozenset(data["natural_feature_beginnings"] + data["storm_words"])
        | (romance - _given_names()),
        romance_feature_heads=romance,
        romance_street_heads=frozenset(data["romance_street_beginnings"]),
        storm_words=frozenset(data["storm_words"]),
        market_indices=frozenset(data["market_indices"]),
        competitions=frozenset(data["competitions"]),
        family_first=frozenset(data["family_name_first"]),
        particles=frozenset(data["name_particles"]),
        arabic_particles=frozenset(data["arabic_name_particles"]),
        suffixes=frozenset(data["name_suffixes"]),
        function_words=frozenset(w.lower() for w in data["function_words"]),
        calendar=frozenset(data["calendar_words"]),
        abbreviations=frozenset(data["abbreviations"]),
        group_words=frozenset(data["group_words"]),
        person_roles=frozenset(data["person_roles"] + data["kinship_nouns"]),
        lone_name_roles=frozenset(data["lone_name_roles"] + data["kinship_nouns"]),
        kinship=frozenset(data["kinship_nouns"]),
        country_given_names=frozenset(data["country_given_names"]),
        headline_words=frozenset(data["headline_words"]),
        given_names=_with_accented_initials(_given_names() | _world_given_names()),
        common_given_names=_given_names(),
    )


def nobodys_name(words: list[str] | tuple[str, ...], cues: _Cues | None = None) -> bool:
    """Whether a run of two or more capitalised words is a natural feature's ("Mount Everest",
    "Niger Delta"), a venue's ("Junction Oval"), a storm's ("Tropical Storm Fay"), a market
    index's or a sports event's name ("Davis Cup"): no person and no organisation, whichever rule
    or model reads it, and so is a faith's or a people's ("Roman Catholic", "Sunni Arabs";
    name_cues.toml says why)."""
    cues = cues or _cues()
    if len(words) >= 3 and words[0] in _STORM_STRENGTHS and nobodys_name(words[1:], cues):
        return True  # a storm's strength before its kind: "Severe Tropical Storm Kristine"
    return len(words) >= 2 and (
        words[-1] in cues.feature_endings
        or words[-1] in cues.law_endings  # "the Finance Bill", "the Good Friday Agreement"
        or (
            words[-1] in cues.venue_endings
            and (words[0] not in cues.given_names or words[-1] not in _surnames() or len(words) > 2)
        )
        or words[0] in cues.feature_beginnings
        # (or a river's or a lake's word and one of its halves: "the River South Esk")
        or (words[0] in _WATER_HEADS and words[1] in FEATURE_HALVES)
        # (and by its first part: "Masjid-i Jami")
        or ("-" in words[0] and words[0].split("-", 1)[0] in cues.feature_beginnings)
        or f"{words[0]} {words[1]}" in cues.feature_beginnings
        or (name := " ".join(words)) in cues.market_indices
        or name in cues.competitions
        or name in cues.group_words  # "Roman Catholic"
        or all(w in cues.group_words for w in words)  # "Sunni Arabs", "Shiite Muslim"
    )


_WATER_HEADS = frozenset({"River", "Lake", "Loch", "Lough"})


def feature_ending_after(text: str, end: int) -> bool:
    """Whether a natural feature's last word (name_cues.toml's ``natural_feature_endings``)
    follows the name that ends at ``end``: "the Philippine Trench", "the Ness Islands".

        >>> feature_ending_after("near the Philippine Trench", 19), feature_ending_after("a Ness", 6)
        (True, False)
    """
    after = _CAPITAL_AFTER.match(text, end)
    return after is not None and after.group(1) in _cues().feature_endings


_CAPITAL_AFTER = re.compile(r" ([A-Z][a-z]+)\b")
# the words that name one half of a river or a lake ("the River South Esk"; place_filter's veto
# reads them before a town's name too)
FEATURE_HALVES = frozenset({"North", "South", "East", "West", "Upper", "Lower", "Little", "Great"})
_STORM_STRENGTHS = frozenset({"Severe", "Super", "Post-Tropical", "Extratropical", "Major"})


@lru_cache(maxsize=1)
def known_organisations() -> dict[str, bool]:
    """helpers/data/known_organisations.txt: each hand-kept organisation's name → whether it is a
    company (its section's heading starts "companies:"), whose name may open a product's
    ("Toyota Corolla"); any other body's name before a person's is no part of it.

    >>> known_organisations()["Toyota"], known_organisations()["Duma"]
    (True, False)
    """
    text = (resources.files("helpers") / "data" / "known_organisations.txt").read_text("utf-8")
    names: dict[str, bool] = {}
    company = False
    for line in text.splitlines():
        if line.startswith("# --- "):
            company = line.startswith("# --- companies:")
        elif line.strip() and not line.startswith("#"):
            names[line.strip()] = company
    return names


@lru_cache(maxsize=1)
def one_word_bodies() -> frozenset[str]:
    """The hand-kept organisations of one word that are no company and no given name ("Duma",
    "Knesset", "Hamas", "Reuters", "Arsenal"): before a person's full name, no word of it."""
    return (
        frozenset(
            name
            for name, company in known_organisations().items()
            if not company and " " not in name and "-" not in name
        )
        - _cues().given_names
    )


@lru_cache(maxsize=1)
def _everyday() -> frozenset[str]:
    """Words the span model's training news writes in lower case (its vocabulary)."""
    from helpers.recognise.model import load_model  # (the model imports this module)

    model = load_model()
    return model.vocab if model is not None else frozenset()


# the words after "Press" that make it a title's, not a body's last word ("White House Press
# Secretary Karoline Leavitt", "Palace Press Officer Claire Castro")
PRESS_TITLES = frozenset({"Secretary", "Officer", "Attaché", "Attache", "Aide", "Undersecretary"})

# winds named after places, or named like them ("a Santa Ana wind event", "Chinook winds"):
# before "wind" no place and no one
NAMED_WINDS = frozenset(
    {"Santa Ana", "Diablo", "Chinook", "Mistral", "Tramontane", "Sirocco", "Bora", "Foehn",
     "Föhn", "Harmattan", "Khamsin", "Zonda", "Pampero", "Levante", "Sundowner"}
)  # fmt: skip


def names_a_wind(text: str, name: str, end: int) -> bool:
    """Whether ``name``, ending at ``end``, is a named wind written before "wind" ("a Santa Ana
    wind event"): no place and no one.

        >>> names_a_wind("a Santa Ana wind event", "Santa Ana", 11)
        True
    """
    return name in NAMED_WINDS and text.startswith((" wind", " Wind"), end)


# a language's adjective's tail: its speakers and its media ("the English-speaking regions",
# "French-language media"), no people's nor a country's
LANGUAGE_TAIL = re.compile(r"-(?:speaking|speakers?|language|medium)\b")
# a profession's plural: a group of people speaking, no one's name ("Geologists said",
# "Meteorologists said" after "4 a.m.", which ends no sentence for the tokens; "Analysts",
# "Statisticians"); no common surname ends so
PROFESSION_PLURAL = re.compile(r"[A-Z][a-z]+(?:ists|ysts|icians)")


def _everyday_word(low: str) -> bool:
    """Whether a lower-cased word is an everyday word: itself, its singular, or the head of a
    hyphenated role ("openers", "leg-spinner")."""
    vocab = _everyday_spellings()
    head, _, rest = low.partition("-")
    # (a singular only from a plural's "s": "Soe" is no "so", "Hery" no "her")
    return low in vocab or (low[-1:] == "s" and low[:-1] in vocab) or (bool(rest) and head in vocab)


@lru_cache(maxsize=1)
def _everyday_spellings() -> frozenset[str]:
    """:func:`_everyday` and the British spellings of its American news's words: "labor" →
    "labour", "defense" → "defence", "program" → "programme" ("the Ministry of Labour and Social
    Security" was cut at "Labour", no everyday word). Built once, so a word costs one lookup."""
    vocab = _everyday()
    british = {
        word[: -len(american)] + ending
        for word in vocab
        for american, ending in _AMERICAN_ENDINGS
        if word.endswith(american) and len(word) > len(american) + 2
    }
    return vocab | british


# American endings and their British forms ("-or" → "-our", "-ense" → "-ence", "-gram" →
# "-gramme"); forms no one writes ("doctour") are never looked up
_AMERICAN_ENDINGS = (("or", "our"), ("ense", "ence"), ("gram", "gramme"))


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    """Given names, capitalised: the 1990 US Census lists the ``names`` package ships (MIT; the
    Census data is public domain) and ``data/given_names.txt`` (names seen in the dev corpora's
    train files: scripts/build_given_names.py). The recogniser also knows the world's given names
    of :func:`_world_given_names`."""
    out: set[str] = set()
    try:
        for f in ("dist.male.first", "dist.female.first"):
            text = (resources.files("names") / f).read_text("utf-8")
            out.update(line.split()[0].capitalize() for line in text.splitlines() if line.strip())
    except (ModuleNotFoundError, FileNotFoundError):  # pragma: no cover - a declared dependency
        pass
    text = (resources.files("helpers") / "data" / "given_names.txt").read_text("utf-8")
    out.update(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))
    return frozenset(out)


# a frequency digit above 1 (hex: any character after "1"), in nam_dict.txt's country columns
_ABOVE_RARE = re.compile(r"[^\x00-1]")


@lru_cache(maxsize=1)
def _world_given_names() -> frozenset[str]:
    """The given names of Jörg Michael's name dictionary (``nam_dict.txt``, GNU FDL), as the
    ``gender-guesser`` package ships it: names in use in Europe, the Americas, the Middle East and
    Asia ("Henrik", "Xabier", "Lucía", "Aigerim"), where the Census lists are American. Only the
    data file is read, unmodified; the package's code is not imported. Left out: compound names
    (written with "+"), names of one or two letters, and everyday words ("Unity", "Justice",
    "Grant" stay out of this list; the Census lists may hold them). With them, the given names
    of ``data/given_names_regions.txt``: Africa's and South and Southeast Asia's, which that
    dictionary barely covers ("Ousmane Sonko" was an organisation).
    """
    spec = importlib.util.find_spec("gender_guesser")
    if spec is None or not spec.submodule_search_locations:  # pragma: no cover - a dependency
        return frozenset()
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "nam_dict.txt"
    try:
        lines = path.read_text("utf-8").splitlines()
    except OSError:  # pragma: no cover - a declared dependency
        return frozenset()
    # words news writes in lower case: the Dale–Chall list and the span model's vocabulary
    common = dale_chall_words() | _everyday()
    # a line: gender code, the name, then one frequency digit (hex, 1 = rare) per country from
    # column 30; names rare everywhere are left out ("Torino", an Italian club's town)
    out = set()
    for line in lines:
        # (_ABOVE_RARE finds what max(line[30:]) > "1" tested, in C: a third of the cost of the
        # 49,000 lines, read before every run's first article)
        if not line or line[0] in "#=" or _ABOVE_RARE.search(line, 30) is None:
            continue
        name = line.split(None, 2)[1]
        low = name.lower()
        if len(name) > 2 and "+" not in name and name[:1].isupper() and low not in common:
            out.add(name)
    # ... and the hand-kept names of the regions it barely covers ("Ousmane", "Kwame", "Narendra")
    text = (resources.files("helpers") / "data" / "given_names_regions.txt").read_text("utf-8")
    for line in text.splitlines():
        name = line.strip()
        if name and not name.startswith("#") and name.lower() not in common:
            out.add(name)
    return frozenset(out - _WORD_PREFIXES)


# a vowel's acute accent, as French, Spanish and Portuguese write a given name's first letter
_ACUTE_INITIALS = {"E": "É", "A": "Á", "O": "Ó", "U": "Ú", "I": "Í"}


def _with_accented_initials(names: frozenset[str]) -> frozenset[str]:
    """The given names with each vowel-initial one also written with an acute accent on its
    first letter ("Éric", "Émile", "Álvaro"): the lists write these names' first letters bare
    (nam_dict.txt has "Eric" and "Albéric" but no "Éric", and "Éric de Moulins-Beaufort" was an
    organisation). Only the first letter is so varied: folding every accent of the lists' names
    made everyday words given names ("Valé" made "Vale" one).

        >>> "Éric" in _with_accented_initials(frozenset({"Eric"}))
        True
    """
    accented = {_ACUTE_INITIALS[n[0]] + n[1:] for n in names if n[:1] in _ACUTE_INITIALS}
    return names | frozenset(accented)


# capitalised prefixes of hyphenated words that are also given names ("Anti-Corruption")
_WORD_PREFIXES = frozenset({"Anti", "Pro", "Non", "Post", "Pre", "Inter", "Multi", "Ultra", "Neo"})


@lru_cache(maxsize=1)
def _ranked_surnames() -> tuple[str, ...]:
    """The 1990 US Census surnames the ``names`` package ships, capitalised, the most frequent
    first: the first :data:`SURNAMES_TOP`, all that are used (the other ~69,000 lines cost
    ~25 ms to read before every run's first article)."""
    try:
        text = (resources.files("names") / "dist.all.last").read_text("utf-8")
    except (ModuleNotFoundError, FileNotFoundError):  # pragma: no cover - a declared dependency
        return ()
    names = (line.split()[0].capitalize() for line in text.splitlines() if line.strip())
    return tuple(islice(names, SURNAMES_TOP))


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    """Surnames, capitalised: the Census list's ``SURNAMES_TOP`` most frequent names (~78 % of the
    population) — evidence that a lone word written as a speaker ("Rafferty said") is a person's
    name, not a company's ("Telstra said")."""
    return frozenset(_ranked_surnames()[:SURNAMES_TOP])


def _listed_surname(word: str) -> bool:
    """Whether ``word`` is one of :func:`_surnames`, written with or without its accents (the
    Census list writes none: "Núñez" is its "Nunez").

        >>> _listed_surname("Núñez"), _listed_surname("Nunez"), _listed_surname("Power")
        (True, True, True)
    """
    return word in _surnames() or ((plain := fold_accents(word)) != word and plain in _surnames())


@lru_cache(maxsize=1)
def _frequent_surnames() -> frozenset[str]:
    """The thousand most frequent Census surnames ("Young", "Washington", "Hopkins"; not "High",
    "Town"): a surname even where it is also an everyday word."""
    return frozenset(_ranked_surnames()[:1000])


@lru_cache(maxsize=20_000)
def _known_surname(word: str) -> bool:
    """Whether ``word`` is a Census surname, written with its accents or without: the Census
    writes "Galvez", Mexican news "Gálvez"."""
    surnames = _surnames()
    return word in surnames or (not word.isascii() and fold_accents(word) in surnames)


# how many of the Census surnames (most frequent first) count as known (~2 MB; all 88,799: ~9 MB
# for the same GMB dev figures to 0.001). GMB train speakers with no full name earlier ("X
# said"), places left out: known surnames 24 PER / ~8 ORG, other words ~30 PER / ~95 ORG
SURNAMES_TOP = 20_000


# a street's words, rare family names: no person's last name ("Delmar Street")
_STREETS = frozenset({"Street", "Avenue", "Road", "Drive", "Boulevard", "Highway", "Parkway"})


def street_like(tokens: list[str]) -> bool:
    """Whether a run the names rules left untyped ends in a street's, a building's or a law's
    word ("Kenyatta Avenue", "Symphony Hall", "Delmar Street"): no person, unless it is a given
    name and a family name that word also is ("Krystal D. Hall", "Jay Lane").

        >>> street_like(["Kenyatta", "Avenue"]), street_like(["Jay", "Lane"])
        (True, False)
    """
    cues = _cues()
    last = tokens[-1]
    return last in cues.non_person_endings and (
        last in _STREETS or not (tokens[0] in cues.given_names and last in _surnames())
    )
