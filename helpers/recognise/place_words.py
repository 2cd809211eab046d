"""The words the place rules read: connectors, modifiers, organisation and street words, locative
words, and the place lexicon (``data/place_stopwords.txt`` with the recogniser's given names, the
span model's vocabulary, natural features and club cues), with the size limits they are measured
against.

Part of :mod:`helpers.recognise`; :mod:`helpers.recognise.places` re-exports every name here, so
``from helpers.recognise.places import ORG_SUFFIXES`` keeps working.
"""

from __future__ import annotations

import functools
import importlib.util
import re
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

# a one-word alternate name of a town below this size needs place context ("Hamas" is one of
# Hamm's); exonyms of the biggest cities do not. Measured against no limit / 3 M / 0.5 M: F1 and
# acc@161 within 0.001 on both corpora (before: only towns under 100,000; LGL F1 .776 → .785,
# GWN .785 → .790 together with NAME_AREA_POP)
ALT_POP = 1_000_000

# a first name or surname that is an admin area needs place context below this size ("Mary", a
# Turkmen province) but not above ("Virginia"); measured 0.5 M / 2 M / 5 M / any: LGL F1 .786 /
# .786 / .786 / .785 (recall .889 → .886: Virginia), GWN F1 .789 / .789 / .790 / .790
NAME_AREA_POP = 5_000_000

_TOKEN_RE = re.compile(r"[^\W_]+")


# lower-case words allowed inside a multi-word name ("Isle of Man", "Rio de Janeiro")
CONNECTORS = frozenset(
    [
        "of",
        "de",
        "la",
        "le",
        "les",
        "du",
        "des",
        "del",
        "da",
        "do",
        "dos",
        "das",
        "di",
        "am",
        "upon",
        "on",
        "the",
        "and",
        "y",
        "en",
        "al",
        "el",
        "sur",
        "s",  # "People's Republic of China" (the apostrophe is a gap between words)
        "d",  # "Côte d’Ivoire", "Val d’Aosta" (the apostrophe is a gap between words)
        "sous",
        "bin",
        "es",  # "Dar es Salaam"
        "au",  # "Port-au-Prince" (was Le Port, Réunion)
        "aux",  # "Les Cayes", "Port-aux-Français"
        "à",  # "Pointe-à-Pitre" (was no place at all: the name ended at "Pointe")
        "ob",  # "Ljubno ob Savinji"
        "nad",  # "Ústí nad Labem"
        "an",  # "Frankfurt an der Oder"
        "der",
        "im",  # "Neumarkt im Hausruckkreis"
    ]
)
# capitalised words that may precede a place without making it part of a person's name
MODIFIERS = frozenset(
    [
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "upper",
        "lower",
        "greater",
        "downtown",
        "metro",
        "metropolitan",
        "mid",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "northeastern",
        "northwestern",
        "southeastern",
        "southwestern",
        "rural",
        "suburban",
        "coastal",
        "inner",
        "outer",
        "old",
        "new",
    ]
)
# words that, right after a town's name, make it part of an organisation's name
ORG_SUFFIXES = frozenset(
    [
        "post",
        "times",
        "journal",
        "herald",
        "tribune",
        "globe",
        "gazette",
        "chronicle",
        "telegraph",
        "observer",
        "examiner",
        "inquirer",
        "enquirer",
        "courier",
        "bulletin",
        "dispatch",
        "sentinel",
        "mirror",
        "daily",
        "airlines",
        "airways",
        "corp",
        "corporation",
        "inc",
        "ltd",
        "llc",
        "fc",
        "senators",
        "capitals",
        "nationals",
        "rangers",
        "wizards",
        "redskins",
        "cowboys",
        "giants",
        "yankees",
        "mets",
        "lakers",
        "clippers",
        "celtics",
        "bulls",
        "bears",
        "packers",
        "steelers",
        "mariners",
        "jets",
    ]
)
# words that, right after a town's name, make it a street's name: "Oxford Street", "Delhi Road"
STREET_WORDS = frozenset(
    [
        "street",
        "st",
        "road",
        "rd",
        "avenue",
        "ave",
        "boulevard",
        "blvd",
        "lane",
        "drive",
        "highway",
        "hwy",
        "parkway",
        "pike",
        "turnpike",
        "expressway",
        "freeway",
        "terrace",
        "square",
    ]
)
# the last words of a green's, a walk's or a quay's name, which an organisation word before them
# does not make a body ("City Hall on College Green", "galleries on Gallery Walk"); no street
# words after a town (Bethnal Green), nor person endings ("Eva Green")
OPEN_SPACE_ENDINGS = frozenset({"Green", "Walk", "Mews", "Quay", "Wharf"})
# the weekdays written short like names ("Sun" the newspaper, "Mon" the people, "Thu" a given
# name), which the calendar words leave out: a weekday before a date ("Sun 29 Sep") only
NAMED_WEEKDAYS = frozenset({"Sun", "Mon", "Thu"})
# the months, short and in full ("Thu 16 Mar 2023": "Mar" is no calendar word, a name too)
_MONTHS = frozenset(
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
     "January", "February", "March", "April", "June", "July", "August", "September", "October",
     "November", "December"]
)  # fmt: skip


def weekday_before_date(texts: Sequence[str], k: int) -> bool:
    """Whether token ``k`` is a weekday written short like a name before a day and a month
    ("By Oliver Keane Sun 29 Sep 2024", "Thu 16 Mar 2023 09.57 GMT").

        >>> weekday_before_date(["Thu", "16", "Mar", "2023"], 0), weekday_before_date(["Thu", "Nguyen"], 0)
        (True, False)
    """
    return (
        texts[k] in NAMED_WEEKDAYS
        and k + 2 < len(texts)
        and texts[k + 1].isdigit()
        and texts[k + 2] in _MONTHS
    )


# words for a natural feature (the names' ``natural_feature_endings`` in name_cues.toml, lower
# case; "Lake", which ends people's names too; Spanish ranges' tails): after a name they make the two one feature's name ("Niger
# Delta", "Darling River", "Mayon Volcano"), never the place the first word names; alone after
# another capitalised word they are that name's tail, no place of their own ("Central Highlands"
# is no US town, "Sierra Madre Oriental" no Moroccan region). See _Lexicon.features.
_FEATURE_TAILS = ("lake", "oriental", "occidental")
# ... and the waters named "<word> of <place>" ("Gulf of Guinea", "Strait of Hormuz"); not
# "the Highlands of Papua", where the place stands
WATER_OF = frozenset(["gulf", "bay", "sea", "strait", "straits", "firth"])
# (places inside civic names stay places — "Athens Police Department", "Dublin City Council" name
# the town's own institutions; newspapers, companies and teams do not locate the story.)
# words after a name that announce a person ("Jones said")
PERSON_VERBS = frozenset(
    [
        "said",
        "says",
        "told",
        "added",
        "asked",
        "explained",
        "noted",
        "wrote",
        "argued",
        "believes",
        "thinks",
        "testified",
    ]
)
LOCATIVE = frozenset(
    [
        "in",
        "at",
        "near",
        "from",
        "to",
        "into",
        "outside",
        "inside",
        "across",
        "around",
        "throughout",
        "toward",
        "towards",
        "via",
        "between",
        "through",
        "within",
        "visit",
        "visited",
        "visiting",
        # ("floodwaters swept through downtown Marshall" was a person)
        "downtown",
        # ("In neighboring Compton, a car was set on fire" found nothing: a surname's town)
        "neighbouring",
        "neighboring",
        "nearby",
    ]
)

# capitalised words for political organisations whose "<word> of <Place>" names the organisation
# ("Communist Party of China"). Places inside other organisation names stay places: both corpora
# annotate "University of Texas", "Bank of Canada", "Embassy of Ukraine" (GeoWebNews as
# "embedded" toponyms), and LGL annotates "Texas" in "University of Texas" 22 times out of 24.
PARTY_WORDS = frozenset(["party", "committee", "politburo", "presidium", "comintern"])
# the words a town's tourist or investment board is named with before the town's name: the board
# speaks, not a person ("Tourism Jasper said" made the town a person, and so every other Jasper of
# a wildfire story; "Visit Orlando", "Destination Toronto")
PLACE_BOARDS = frozenset({"Tourism", "Visit", "Destination", "Travel", "Discover", "Invest"})
# an aircraft's model code ("C-130", "F-35A"): it ends a name (helpers.recognise.chunks), and the
# name after it is the aircraft's, no place and no person ("C-130 Hercules"; .places, .learned)
MODEL_CODE = r"[A-Z]{1,3}-\d{1,4}[A-Z]?"
_MODEL_CODE_BEFORE = re.compile(rf"(?<![\w-]){MODEL_CODE} \Z")


def after_model_code(text: str, start: int) -> bool:
    """Whether the name at ``start`` follows an aircraft's model code and one space.

    >>> after_model_code("a C-130 Hercules", 8), after_model_code("in Hercules", 3)
    (True, False)
    """
    # (a hyphen just before is the cheap test: the places filter asks for every candidate)
    return "-" in text[max(0, start - 10) : start] and (
        _MODEL_CODE_BEFORE.search(text, max(0, start - 10), start) is not None
    )


# locative words after which even a person's name reads as a place ("in Kim", "near Kim")
STRICT_LOCATIVE = frozenset(
    ["in", "near", "outside", "inside", "around", "across", "throughout", "downtown"]
)
# the words that name the kind of place a name is, before it ("the country of Georgia", "the state
# of Washington", "the city of Valencia"), and the gazetteer kinds each allows; lower case only
# ("Maliki's State of Law coalition" is a party's name)
KIND_FRAMES = {
    "country": ("country",),
    "nation": ("country",),
    "republic": ("country",),
    "state": ("admin area",),
    "province": ("admin area",),
    "county": ("admin area",),
    "department": ("admin area",),  # "the department of Santander" (Colombia, France, Peru …)
    "city": ("city",),
    "town": ("city",),
    "village": ("city",),
    # ("in the Caribbean port of Trujillo" found nothing: a surname's town)
    "port": ("city",),
}
# a frame right before a mention (its word is group 1)
KIND_OF = re.compile(r"\b(" + "|".join(KIND_FRAMES) + r") of (?:the )?$")
# lower-case nouns after a name that make it a place ("the Valencia region", "Kursk province")
# (and France's and Colombia's departments: "in the Eure department of Normandy" found nothing)
PLACE_NOUNS = frozenset(
    ["region", "province", "county", "district", "oblast", "prefecture", "department"]
)

# Family words right before a name ("her son, Lincoln,", "his wife Georgia"): a family member's
# given name, not a town named like it.
# fmt: off
KIN_NOUNS = frozenset([
    "son", "daughter", "wife", "husband", "brother", "sister", "mother", "father", "grandson",
    "granddaughter", "grandmother", "grandfather", "nephew", "niece", "cousin", "stepson",
    "stepdaughter", "stepfather", "stepmother", "fiancé", "fiancée", "fiance", "fiancee", "widow",
    "widower", "twin", "uncle", "aunt", "boyfriend", "girlfriend",
])
# fmt: on


@dataclass(frozen=True)
class _Lexicon:
    common: frozenset[str]
    calendar: frozenset[str]
    titles: frozenset[str]
    first_names: frozenset[str]
    surnames: frozenset[str]
    institutions: frozenset[str]
    # words the span model's training news writes in lower case ("ballots", "reading"): ten
    # times the Dale–Chall list, used only where a capital says nothing (a sentence's start)
    everyday: frozenset[str] = frozenset()
    not_places: frozenset[str] = frozenset()  # whole names never read as places ("el niño")
    given: frozenset[str] = frozenset()  # the recogniser's given names, capitalised ("Bruno")
    family: frozenset[str] = frozenset()  # the Census surnames, capitalised ("Kerry", "Kent")
    features: frozenset[str] = frozenset()  # natural features' last words, lower case ("delta")
    club_cues: frozenset[str] = frozenset()  # words beside a town written as a team ("striker")
    # first words of Spanish and Portuguese features' names ("Cerro", "Salar"; name_cues.toml)
    feature_heads: frozenset[str] = frozenset()
    # the nouns news writes before a ship's name ("the container ship Dali"; org_evidence.toml)
    vessel_nouns: frozenset[str] = frozenset()
    # titles' first two words ("Vice President", "Prime Minister"; name_cues.toml's titles)
    title_pairs: frozenset[str] = frozenset()
    # first words of streets', squares' and palaces' names ("Calle", "Rue"; also feature_heads)
    street_heads: frozenset[str] = frozenset()
    # first words of natural features' and places' names ("Mount", "Wadi", "Bab"; name_cues.toml)
    feature_beginnings: frozenset[str] = frozenset()
    # faiths' and peoples' words (name_cues.toml's group_words: "Arab", "Druze")
    groups: frozenset[str] = frozenset()
    org_words: frozenset[str] = frozenset()  # the names' organisation words ("Schools", "Bank")
    # words that end no person's name, lower case ("international", "airport"; name_cues.toml)
    no_person_endings: frozenset[str] = frozenset()


# a ship's description in apposition after its name ("The 984-foot Dali, a Singapore-flagged
# vessel chartered by Maersk")
_VESSEL_APPOSITION = re.compile(
    r", (?:a|an|the) (?:[\w-]+ ){0,4}(?:vessel|ship|tanker|freighter|containership|bulker|ferry)\b"
)


def described_as_ship(text: str, end: int) -> bool:
    """Whether a ship's description follows the name ending at ``end``, in apposition."""
    return text.startswith(", ", end) and _VESSEL_APPOSITION.match(text, end) is not None


@functools.cache
def dale_chall_words() -> frozenset[str]:
    """The Dale–Chall list of ~3,000 words familiar to fourth-graders, lower case; loaded once for
    the whole recogniser. textstat ships it: find the file without importing textstat, whose
    import pulls in nltk and scipy (~0.8 s, ~75 MB)."""
    spec = importlib.util.find_spec("textstat")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        easy_path = Path(folder) / "resources" / "en" / "easy_words.txt"
        if easy_path.is_file():
            text = easy_path.read_text("utf-8")
            return frozenset(w.strip().lower() for w in text.split() if w.strip())
    return frozenset()  # pragma: no cover - textstat is a dependency


@functools.cache
def _lexicon() -> _Lexicon:
    sections: dict[str, set[str]] = {}
    current = ""
    text = (resources.files("helpers") / "data" / "place_stopwords.txt").read_text("utf-8")
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            current = line.strip("[]")
            sections[current] = set()
            continue
        if current == "not_places":
            sections[current].add(line.lower())  # whole names, not words
        else:
            sections[current].update(w.strip(".") for w in line.lower().split())
    easy = dale_chall_words()
    calendar = {
        w
        for w in sections.get("common", set())
        if w[:3] in {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov"}
        or w[:3] in {"dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun"}
    }
    calendar -= {"sun", "mar", "marc"}
    calendar |= {
        "january february march april may june july august september october november december"
    }
    calendar = {w for c in calendar for w in c.split()}
    from helpers.recognise.model import load_model  # (the model imports this module)
    from helpers.recognise.names import _cues, _surnames  # (and so do the names)
    from helpers.recognise.org_evidence import _evidence  # (and the organisations' rules)

    model = load_model()
    return _Lexicon(
        # (the lower-case ones: "Arsenal striker", "beat Arsenal"; "County" or "City" after a
        # town is a civic name far more often than a club's)
        club_cues=frozenset(
            w for w in _evidence().club_after | _evidence().club_before if w.islower()
        ),
        vessel_nouns=frozenset(w for w in _evidence().vessel_prefixes if w.islower()),
        given=_cues().given_names,
        family=_surnames(),
        features=frozenset(w.lower() for w in _cues().feature_endings) | frozenset(_FEATURE_TAILS),
        feature_heads=_cues().romance_feature_heads,
        street_heads=_cues().romance_street_heads,
        feature_beginnings=_cues().feature_beginnings,
        title_pairs=frozenset(" ".join(t[:2]) for t in _cues().titles if len(t) >= 2),
        groups=_cues().group_words,
        org_words=_cues().org_words,
        no_person_endings=frozenset(w.lower() for w in _cues().non_person_endings),
        everyday=model.vocab if model is not None else frozenset(),
        not_places=frozenset(sections.get("not_places", set())),
        common=frozenset(sections.get("common", set()) | easy),
        calendar=frozenset(calendar),
        # (and the name cues' abbreviated titles' first words: "Brig. Gen. Christoph Huber" put
        # Brig, Switzerland, on the map)
        titles=frozenset(sections.get("titles", set()))
        | frozenset(t[0][:-1].lower() for t in _cues().titles if t[0].endswith(".")),
        first_names=frozenset(sections.get("first_names", set())),
        surnames=frozenset(sections.get("surnames", set())),
        institutions=frozenset(sections.get("institutions", set())),
    )
