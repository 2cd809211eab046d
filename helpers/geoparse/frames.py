"""The frames that name a place's kind: "the state of Washington", "Florida department", "rural
prefectures … including Akita, Yamagata and Nagano". Part of :mod:`helpers.geoparse`: a framed
mention is its name's best sense of that kind, whatever sense the name has elsewhere in the
article (moved out of :mod:`helpers.geoparse.resolve` when the list frame took it past 1,000 lines).
"""

from __future__ import annotations

import re
from collections import Counter

from helpers.geoparse.resolve import MAX_CANDIDATES, _Resolution
from helpers.recognise.place_words import KIND_FRAMES, KIND_OF
from helpers.recognise.places import _Mention

# any frame word before "of" (a text without one skips the frames' look-ups): found in the same
# texts as r"\b(?:country|…) of ", but led by the literal " of ", which the regex engine finds
# with a fast scan before it looks behind for the word (5-8x faster over a whole article)
_KIND_FRAME_WORDS = re.compile(
    " of (?:" + "|".join(rf"(?<=\b{word} of )" for word in KIND_FRAMES) + ")"
)
# an area's noun right after a name, in lower case ("Florida department"; see _framed_senses)
# (or capitalised, where the noun is no word of a university's or a team's name as "State" is:
# "Fukushima Prefecture", "Kherson Oblast", "Punjab Province")
_AREA_NOUNS = ("state", "province", "department", "prefecture", "oblast", "governorate", "regency")
_AREA_NOUNS_CAPITALISED = ("Province", "Prefecture", "Oblast", "Governorate", "Regency")
_AREA_AFTER = re.compile(" (" + "|".join(_AREA_NOUNS + _AREA_NOUNS_CAPITALISED) + r")\b")
_AREA_AFTER_WORDS = tuple(" " + w for w in _AREA_NOUNS + _AREA_NOUNS_CAPITALISED)


# the names and joins of a list before one of its names ("Akita, Yamagata, ")
_LIST_SO_FAR = re.compile(r"(?:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}(?:, | and | or |, and ))*")


def _listed_after_areas(text: str, start: int, openings: list[re.Match[str]]) -> str | None:
    """The singular area's noun ("state", …) whose plural opens a list that holds the name at
    ``start`` (``openings``: the text's :data:`_AREAS_OPENING` matches), or None."""
    for opening in reversed(openings):
        if opening.end() > start:
            continue
        if opening.end() < start - 200:
            break
        if _LIST_SO_FAR.fullmatch(text, opening.end(), start) is not None:
            return _SINGULAR[opening.group(1)]
    return None


# a plural area's noun and a word that opens a list of names after it ("prefectures once
# regarded as safe, including Akita, …", "the provinces of Ha Giang and Lao Cai")
# (each noun's first letter, then the look-behind for the word's start: the same matches as
# "\b(states|provinces|…)", and the engine skips to the next such letter in C where "\b" first
# was tried at every character, ~2x the time)
_AREAS_OPENING = re.compile(
    r"(s(?<!\w.)tates|p(?<!\w.)(?:rovinces|refectures)|d(?<!\w.)epartments|o(?<!\w.)blasts"
    r"|g(?<!\w.)overnorates|c(?<!\w.)ounties)\b"
    r"[^.;:!?()]{0,40}?,? (?:including|such as|like|notably|of) "
)
# what every match of KIND_OF ends with ("$" also matches before a final line break)
_KIND_OF_ENDS = (" of ", " of the ", " of \n", " of the \n")
_SINGULAR = {
    "states": "state", "provinces": "province", "prefectures": "prefecture",
    "departments": "department", "oblasts": "oblast", "governorates": "governorate",
    "counties": "county",
}  # fmt: skip


def framed_text(text: str) -> bool:
    """Whether the text may frame a name by its kind, before it ("the state of Washington") or
    after it ("Florida department"): C-level substring tests before the frames' look-ups."""
    return (
        _KIND_FRAME_WORDS.search(text) is not None
        or any(w in text for w in _AREA_AFTER_WORDS)
        or any(w in text for w in _SINGULAR)
    )


def _framed_senses(
    mentions: list[_Mention],
    text: str,
    resolved: dict[int, _Resolution],
    own: dict[int, _Resolution],
) -> dict[int, _Resolution]:
    """A mention the text frames by its kind ("the country of Georgia" in a story about the US
    state, "the state of Washington" beside the capital) is its best sense of that kind, whatever
    sense its name has elsewhere in the article; the name's other mentions keep theirs."""
    out = dict(own)
    countries: Counter[str | None] | None = None  # the names' countries, once a frame asks
    openings: list[re.Match[str]] | None = None  # plural areas' nouns opening lists, once asked
    for m in mentions:
        if m.start in out:
            continue
        # ... or by an area's noun after it ("the Paso Severino reservoir in Florida
        # department", "mining towns in Bolívar state")
        # (the window's ending read first, str.endswith: KIND_OF's search tried its kinds' nouns
        # at each of the 20 characters before every mention)
        frame = (
            KIND_OF.search(text, max(0, m.start - 20), m.start)
            if text.endswith(_KIND_OF_ENDS, max(0, m.start - 20), m.start)
            else None
        ) or _AREA_AFTER.match(text, m.end)
        if frame is not None:
            word = frame.group(1)
        else:
            # ... or by a plural area's noun a list of names follows ("rural prefectures once
            # regarded as safe, including Akita, Yamagata, Niigata and Nagano")
            if openings is None:
                # (a scan only when a plural noun is written: three articles in four write none)
                openings = (
                    list(_AREAS_OPENING.finditer(text)) if any(w in text for w in _SINGULAR) else []
                )
            word = _listed_after_areas(text, m.start, openings) if openings else None
            if word is None:
                continue
        # (the areas' nouns of other countries frame an area: "Fukushima Prefecture")
        kinds = KIND_FRAMES.get(word.lower(), ("admin area",))
        sense = resolved[m.key][0]
        if sense[1].kind in kinds:
            continue  # the name's sense is already of that kind
        # (in the country the name's sense lies in when one fits: "the city of Valencia" in a
        # story about the Spanish region is the Spanish city, not Venezuela's bigger one)
        fits = [s for s in m.senses[:MAX_CANDIDATES] if s[1].kind in kinds]
        cc = sense[1].country_code
        fit = next((s for s in fits if s[1].country_code == cc), None)
        if fit is None and fits:
            # else in the country most of the article's other names lie in ("the colonial town of
            # Antigua" in a Guatemalan story is Antigua Guatemala, not the Canary Islands' town
            # nor the Caribbean country), the best-known first among equals
            if countries is None:
                countries = Counter(r[0][1].country_code for r in resolved.values())
            fit = max(fits, key=lambda s: countries.get(s[1].country_code, 0))
            if "country" not in kinds and not countries.get(fit[1].country_code):
                # a town or an area in no country the article names: a settlement's or an
                # area's noun does not carry a name abroad ("the village of Tempi, in the
                # Thessaly region of central Greece" was Tempe, Arizona, the vale of that name
                # stays; "León province" of a Spanish fires story, whose provinces the gazetteer
                # lacks, was Nicaragua's León department), as "the country of Georgia" in an
                # American story does
                fit = None
        if fit is not None:
            out[m.start] = (fit, fit[3], (("frame", word),))
    return out


# a state's capital named in apposition after its noun: "the state capital, Charleston"
_CAPITAL_BEFORE = re.compile(r"\b(?:state|provincial|regional|territorial) capital,? \Z")


def capital_senses(
    mentions: list[_Mention],
    text: str,
    resolved: dict[int, _Resolution],
    own: dict[int, _Resolution],
) -> dict[int, _Resolution]:
    """A town the text names as a state's capital ("troops left the state capital, Charleston"
    after West Virginia's governor) is its sense in the state the article named last before it,
    whatever sense its name has elsewhere (Charleston, South Carolina, the larger, was read
    beside South Carolina's governor). The gazetteer marks no state's seat, so the state the
    text has just named is the one "the state" means."""
    out = dict(own)
    for m in mentions:
        if m.start in out or _CAPITAL_BEFORE.search(text, max(0, m.start - 30), m.start) is None:
            continue
        state = next(
            (
                e
                for s in reversed(mentions)
                if s.start < m.start
                and (e := (out.get(s.start) or resolved[s.key])[0][1]).feature_code == "ADM1"
            ),
            None,
        )
        if state is None:
            continue
        sense = resolved[m.key][0]
        if (sense[1].country_code, sense[1].admin1) == (state.country_code, state.name):
            continue  # already the town in that state
        fit = next(
            (
                s
                for s in m.senses[:MAX_CANDIDATES]
                if s[1].kind == "city"
                and (s[1].country_code, s[1].admin1) == (state.country_code, state.name)
            ),
            None,
        )
        if fit is not None:
            out[m.start] = (fit, fit[3], (("frame", "state capital"),))
    return out
