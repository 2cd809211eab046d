"""What the place filter asks about a surface form wherever it stands: its ``_Facts``.

Part of :mod:`helpers.recognise.place_filter`. :func:`_surface_facts` answers the filter rules'
position-independent questions about a mention's surface form and its gazetteer senses (a
major place? a weak one-word name, a person's name, a common word, a small town's other name?)
once per surface form; :func:`_mention_facts` reads them from the gazetteer's memo
(:func:`helpers.recognise.place_scan._memo`), at most :data:`_FACTS_MEMO_MAX` of them.
"""

from __future__ import annotations

from helpers.gazetteer import (
    Gazetteer,
)
from helpers.gazetteer.index import (
    fold_accents,
)
from helpers.recognise.place_scan import (
    _forget_older_half,
    _memo,
    _Mention,
)
from helpers.recognise.place_words import (
    ALT_POP,
    MODIFIERS,
    NAME_AREA_POP,
    _Lexicon,
)
from helpers.recognise.places import (
    _SURE_KINDS,
    _big,
    _is_major,
)

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
    if len(m.surface) <= 3 and m.surface.isupper():
        # a state's code, whatever town its letters spell: "Seattle, WA" is Washington, not
        # Wa in Ghana
        return any(alt and e.kind in _AREA_OR_COUNTRY for _, e, alt, _ in m.senses[1:])
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
        # ("Ballots were counted"; "Arsenal striker …" stays for the club rules), and the
        # plural of the doers of an everyday word ("Fishers and scientists say" was Fishers,
        # Indiana, in a Tierra del Fuego story; "herders", "anglers")
        (
            low in lex.common
            or (low[-1:] == "s" and low in lex.everyday and low[:-1] in lex.everyday)
            or (low[-3:] == "ers" and (low[:-3] in lex.everyday or low[:-2] in lex.everyday))
        )
        and not major,
        best.feature_code != "PPLC" and best.kind != "admin area",
        surface_low in lex.calendar or surface_low in lex.not_places,
        big,
        # a small town named like a person ("Bruno Guimarães"): the recogniser's given names
        not big and m.surface in lex.given,
        everyday,
    )


def _mention_facts(mentions: list[_Mention], gaz: Gazetteer, lex: _Lexicon) -> list[_Facts]:
    """Each mention's :func:`_surface_facts`, memoised per gazetteer and surface form."""
    memo = _memo(gaz).facts
    facts: list[_Facts] = []
    for m in mentions:
        f = memo.get(m.surface)
        if f is None:
            if len(memo) >= _FACTS_MEMO_MAX:
                _forget_older_half(memo)
            f = memo[m.surface] = _surface_facts(m, lex)
        facts.append(f)
    return facts
