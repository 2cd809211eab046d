"""Organisations found by evidence, not by a capitalised run: acronyms and cued single words.

Part of :mod:`helpers.recognise`, run after the overlaps of names and places are settled:
"WTO" in capitals, "International Monetary Fund (IMF) … the IMF" linked to its long name, and
a word the text follows with "shares" or "spokesman" ("Newmont shares fell": every "Newmont").

    >>> from helpers.recognise import recognise
    >>> [(s.surface, s.type) for s in recognise("Newmont shares fell. The WTO met.")]  # doctest: +SKIP
    [('Newmont', 'organisation'), ('WTO', 'organisation')]
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from itertools import compress
from typing import TYPE_CHECKING

from helpers.recognise import misread as _misread
from helpers.recognise import scoreboards as _scoreboards
from helpers.recognise.acronyms import (
    DEFINITION,
    NOT_ORG_ACRONYMS,
    after_clock,
    initials_fit,
    long_name_start,
    lower_case_term,
)
from helpers.recognise.names import _cues, _everyday_word, _Intervals, _Span, _Words
from helpers.recognise.places import _GENERIC_AREA_WORDS, _STRICT_CONTEXT, _big, _Mention
from helpers.recognise.tables import heading_words

if TYPE_CHECKING:
    from helpers.gazetteer import GazetteerEntry
    from helpers.recognise import _Capitals

__all__ = ["defined_bodies", "orgs_by_evidence", "text_defined_over_table", "whole_long_names"]

DEFINED_WHY = "a long name whose initials the text defines right after it ('Christian Democratic Appeal (CDA)')"


def defined_bodies(text: str, people_orgs: list[_Span]) -> list[_Span]:
    """``people_orgs`` with the people a run of name words made whose initials the text defines
    right after them, and which hold an everyday word, made organisations: "The Christian
    Democratic Appeal (CDA)" was a person of given name Christian (not "John Fitzgerald Kennedy
    (JFK)": no everyday word)."""
    out: list[_Span] | None = None
    for i, sp in enumerate(people_orgs):
        if (
            sp.kind == "person"
            and sp.how == "name"
            and len(sp.tokens) >= 3
            and text.startswith(" (", sp.end)
            and (m := DEFINITION.match(text, sp.end)) is not None
            and len(m.group("acronym")) >= 3
            and initials_fit(m.group("acronym"), sp.entity)
            and any(_everyday_word(t.lower()) for t in sp.tokens[1:])
        ):
            if out is None:
                out = list(people_orgs)
            out[i] = _Span(
                sp.start, sp.end, sp.entity, "organisation", "evidence", surface=DEFINED_WHY,
                tokens=sp.tokens,
            )  # fmt: skip
    return people_orgs if out is None else out


# words after a capitalised word that make it a company or another organisation ("Newmont shares")
_ORG_NEXT = frozenset(
    [
        "shares",
        "stock",
        "stocks",
        "shareholders",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "executives",
        "employees",
        "investors",
        "subsidiary",
        "unit",
    ]
)


# the fighters' nouns after an armed group's name, and such a name of letters and a number
_ARMED_NEXT = frozenset({"rebels", "rebel", "fighters", "militia", "militiamen", "militants"})
_LETTER_AND_NUMBER = re.compile(r"[A-Z]{1,4}-?\d{1,3}")


# an airport's code in brackets after its name ("Kahului Airport (OGG)", "Toronto Pearson
# International Airport (YYZ)")
_AIRPORT_CODE = re.compile(r"[Aa]irport \(([A-Z]{3})\)")
# a match timeline's stages at a line's start, before a dash or a colon ("HT — Chelsea 3-0 PSG",
# "FT: Leeds 2 Everton 1"; elsewhere also the Hindustan Times and the Financial Times)
_MATCH_STAGES = frozenset({"HT", "FT"})
# a tournament draw's knockout rounds, as results lists write them
_DRAW_ROUNDS = frozenset({"QF", "SF", "R16", "R32", "R64"})
_STAGE_AFTER = re.compile(r" ?[—–:-] ")


def _shouted_beside(texts: list[str], k: int) -> bool:
    """Whether a word in capitals has another word in capitals right before or after it."""
    return any(
        0 <= j < len(texts) and len(texts[j]) >= 2 and texts[j].isupper() for j in (k - 1, k + 1)
    )


# what may stand between a name and the word after it that makes it an organisation
_CUE_GAPS = frozenset({" ", "'s ", "’s ", "' ", "’ "})
# the months' short names, which dates write in capitals ("4 JUL 2025", "DEC 12, 2024")
_MONTHS_SHORT = frozenset(
    {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "SEPT", "OCT", "NOV", "DEC"}
)


def _small_town(e: GazetteerEntry) -> bool:
    """Whether a gazetteer entry is a town, no capital, under 100,000 people (places._big)."""
    return e.kind == "city" and not _big(e)


def orgs_by_evidence(
    text: str, w: _Words, capitals: _Capitals, people_orgs: list[_Span], cands: list[_Mention]
) -> list[_Span]:
    """Organisations that capitalised runs did not reveal: acronyms ("WTO"; "International
    Monetary Fund (IMF) … the IMF" links to the long name), and single words the text follows with
    "shares", "spokesman" … ("Newmont shares fell": every other "Newmont" in the article too)."""
    texts = w.texts
    n = len(texts)
    # a C-level pass over the tokens finds the few positions worth a look ("6PR" is in capitals
    # without a capital first letter, so all tokens); "Newmont shares": a capitalised word only
    upper = list(compress(range(n), map(str.isupper, texts)))
    common, given = _cues().function_words, _cues().given_names
    # (not a sentence's first everyday word: "Existing investors joined"; nor across a stop:
    # "resumes on Monday; shares in chipmaker TSMC")
    cued = {
        texts[k]
        for k in compress(capitals.before, map(_ORG_NEXT.__contains__, capitals.after))
        if texts[k].lower() not in common
        and not (w.initial[k] and _everyday_word(texts[k].lower()))
        and text[w.ends[k] : w.starts[k + 1]] in _CUE_GAPS
        # (nor a compass's or an area's word: "open the sector to Western investors")
        and texts[k] not in _GENERIC_AREA_WORDS
    }
    # ... and an armed group's letter and number before its fighters ("the M23 rebels": one
    # reading at each of its mentions; a letters-only name is an acronym below)
    cued.update(
        texts[k]
        for k in compress(capitals.before, map(_ARMED_NEXT.__contains__, capitals.after))
        if _LETTER_AND_NUMBER.fullmatch(texts[k]) and text[w.ends[k] : w.ends[k] + 1] == " "
    )
    if not upper and not cued:
        return []
    # an article in capitals (or a shouted headline run) says nothing by its capitals; a short
    # text's one or two acronyms are no shouting ("BJP leader Amit Shah spoke. The BJP won.")
    shouting = len(upper) > 0.2 * n and len({texts[k] for k in upper}) >= 5
    acronyms = set() if shouting else {
        t for t in map(texts.__getitem__, upper)
        if 2 <= len(t) <= 6 and t.isalpha() and t not in NOT_ORG_ACRONYMS
        and not _misread.plain_capitals(t)
    }  # fmt: skip
    # a date's month in capitals is no organisation ("23:30, 4 JUL 2025 UPDATED"), nor is a
    # currency's place ("a HK$300 million fund")
    acronyms -= _MONTHS_SHORT
    if "$" in text:
        acronyms = {t for t in acronyms if f"{t}$" not in text}
    defined: dict[str, str] = {}
    if acronyms and "(" in text:
        # a results list's country codes after its athletes' names name no organisation
        acronyms -= _scoreboards.results_codes(text, acronyms)
    if acronyms and "\t" in text:
        acronyms -= heading_words(text)  # a table's columns' names ("AB R H BI BB SO")
    if upper and "(" in text:
        by_end = {sp.end: sp for sp in people_orgs if sp.kind == "organisation"}
        place_starts: set[int] | None = None
        for mt in DEFINITION.finditer(text):
            sp = by_end.get(mt.start())
            if sp is not None and initials_fit(mt.group("acronym"), sp.entity):
                defined[mt.group("acronym")] = sp.entity
            elif (
                sp is not None
                and mt.group("paren")
                and mt.group("acronym").isupper()
                and mt.group("acronym") not in NOT_ORG_ACRONYMS
            ):
                # letters in brackets right after a body's name that its English initials do not
                # give: its own language's ("the Left Bloc (BE)", Bloco de Esquerda; "the African
                # Movement for New Independence and Democracy (MANIDEM)" were nothing), unless
                # they are a place's ("Pfizer (US)"); a small town's name in capitals there is
                # the body's letters ("the Centre for the Study of Economic and Social Reality
                # (CERES)" was Ceres, a town)
                if place_starts is None:
                    place_starts = {m.start for m in cands if not _small_town(m.senses[0][1])}
                if mt.start("acronym") not in place_starts:
                    defined[mt.group("acronym")] = sp.entity
            elif lower_case_term(text, mt.start(), mt.group("acronym")):
                acronyms.discard(mt.group("acronym"))  # "earnings before interest and taxes (EBIT)"
    wanted = acronyms | cued | defined.keys()
    if not wanted:
        return []
    starts, ends = w.starts, w.ends
    airports = {m.group(1) for m in _AIRPORT_CODE.finditer(text)} if "irport (" in text else set()
    covered = _Intervals(
        [(sp.start, sp.end) for sp in people_orgs] + [(m.start, m.end) for m in cands]
    )
    out: list[_Span] = []
    # the starts of the words a place or an organisation holds (no given name's there), built at
    # the first given name before a word in capitals
    not_given: set[int] | None = None
    # the wanted words are capitalised, but for an acronym in an uncased script's letters
    if all(t[:1].isupper() for t in wanted):
        where = compress(capitals.index, map(wanted.__contains__, capitals.words))
    else:
        where = compress(range(n), map(wanted.__contains__, texts))
    # an acronym the text defines for an organisation is that organisation where a place
    # candidate of the same letters stands without a place's own context ("Liberal Initiative
    # (IL) … AD and IL would hold 98 seats": Illinois's code)
    named = _Intervals([(sp.start, sp.end) for sp in people_orgs]) if defined else covered
    written_as_place = (
        {(m.start, m.end) for m in cands if m.context & _STRICT_CONTEXT} if defined else set()
    )
    # a maker's model after its number is a product at each of its mentions ("a Boeing 737 MAX 9
    # … the MAX groundings": no organisation "MAX")
    # (the number's literal space first: one article in eighty writes a three-digit number before
    # capitals, and the full scan tried every capital, ~2x the time of the hint)
    models = (
        {m.group(1) for m in _MODEL_NAME.finditer(text)} - defined.keys()
        if _MODEL_HINT.search(text) is not None
        else set()
    )
    # the registration marks, found once ("registered VT-ANB")
    marks = (
        _Intervals([m.span(1) for m in _REGISTRATION.finditer(text)]) if "egist" in text else None
    )
    for k in where:
        word = texts[k]
        if word in models:
            continue
        if text[ends[k] : ends[k] + 1] == "-" and _CODE_TAIL.match(text, ends[k]):
            continue  # a code's letters: "the Plan DN-III-E protocol", "an MH-17", "F-16 jets"
        if marks and marks.overlaps(starts[k], ends[k]):
            continue  # an aircraft's or a ship's registration: "registered VT-ANB" named two
            # organisations, "VT" and "ANB"
        if k and word[-1] == "T" and after_clock(texts, k) and word not in defined:
            continue  # a time zone no list holds: "at 8:15 p.m. NPT" (Nepal's time)
        if (
            word in _MATCH_STAGES
            and text[starts[k] - 1 : starts[k]] in ("", "\n")
            and _STAGE_AFTER.match(text, ends[k]) is not None
        ):
            continue  # a match timeline's half time and full time: "HT — Chelsea 3-0 PSG"
        if (
            len(word) >= 4
            and word not in defined
            and _shouted_beside(texts, k)
            and (word.capitalize() in text or word.lower() in text)
        ):
            continue  # a shouted heading's word the article writes in ordinary case: "RYDER CUP
            # 2025", "MORE ASHES", "BRADLEY'S GAMBLE" (not "NATO" in a story that never writes "Nato")
        if word in airports:
            continue  # an airport's code after its name, and wherever else: "Kahului Airport (OGG)"
        if (
            k
            and len(word) >= 3
            and word not in defined
            and texts[k - 1] in given
            and texts[k - 1][1:].islower()
            and text[ends[k - 1] : starts[k]] == " "
        ):
            if not_given is None:
                not_given = {m.start for m in cands} | {
                    x
                    for sp in people_orgs
                    if sp.kind == "organisation"
                    for x in range(sp.start, sp.end)
                }
            # (not a town's or a body's word: "Paris PD", "Air France KLM")
            if starts[k - 1] not in not_given:
                continue  # a surname in capitals after a given name ("Amadou TOURE", "Francisco
                # FRANCO", as French and wire styles write them)
        if text[starts[k] - 2 : starts[k]] == "(." and word not in defined:
            continue  # a wire's instrument code in brackets: "Frankfurt's DAX (.GDAXI)"
        if text.startswith(" franc", ends[k]) and word not in defined:
            continue  # a currency's letters: "the CFA franc", "CFP francs"
        if word == "CCTV" and _CAMERA_AFTER.match(text, ends[k]):
            continue  # closed-circuit cameras ("the CCTV footage"), not China's broadcaster
        if word in _DRAW_ROUNDS and len(_DRAW_ROUNDS.intersection(texts)) >= 2:
            continue  # a draw's rounds: "De Minaur (QF), Shelton (SF)" (not Sinn Féin's "SF")
        start = starts[k]
        if _CAPITAL_HYPHEN.match(text, max(0, start - 3), start):
            # one capital and a hyphen open the letters ("the N-VA", Nieuw-Vlaamse Alliantie, was
            # "VA" and Virginia)
            start -= 2
            word = text[start : ends[k]]
        if word in defined:
            if named.overlaps(start, ends[k]) or (start, ends[k]) in written_as_place:
                continue
        elif covered.overlaps(start, ends[k]):
            continue
        if word in defined:
            entity, how = defined[word], "acronym"
        elif word in cued:
            entity, how = word, "organisation"
        else:
            entity, how = word, "acronym"
        out.append(_Span(start, ends[k], entity, "organisation", how, tokens=(word,)))
    return out


# one capital and a hyphen before an acronym's letters, after no letter ("N-VA")
_CAPITAL_HYPHEN = re.compile(r"(?:^|[^\w-])[A-Z]-\Z")
# the words after "CCTV" that make it cameras ("CCTV footage", "CCTV cameras showed")
_CAMERA_AFTER = re.compile(r" (?:footage|cameras?|images?|video|pictures|stills|recordings?)\b")
# a maker's name, its model's number and the model's letters ("Boeing 737 MAX")
# (the capital first and "\b" after it as a look-behind: the same matches, and the regex engine
# skips to the next capital in C)
_MODEL_NAME = re.compile(r"[A-Z](?<!\w.)[a-z]+ \d{3} ([A-Z]{2,5})\b")
_MODEL_HINT = re.compile(r" \d{3} [A-Z]{2}")  # (what every match of it holds)
# a code's tail after its letters: a number or a Roman numeral ("DN-III-E", "MH-17")
_CODE_TAIL = re.compile(r"-(?:\d|(?:I{1,3}|IV|VI{0,3}|IX|X{1,3})\b)")
# a registration mark after its word: "registered VT-ANB", "registration G-EUPT"
_REGISTRATION = re.compile(
    r"[Rr]egist(?:ered|ration)(?: (?:number|mark))?:? (?:as )?([A-Z0-9]{1,2}-[A-Z0-9]{2,5})\b"
)
# the words a bloc of states is named by, beside the organisation words ("Economic Community of
# West African States", "Caribbean Community")
_BLOCS = frozenset({"Community", "States", "Nations"})


def _demonym_head(text: str, last: _Span, cands: list[_Mention]) -> int | None:
    """Where a long name starts whose entity the rules read whole but whose span they began
    after its demonym ("Australian" before "Federal Police"), or None."""
    surface = text[last.start : last.end]
    lead = len(last.entity) - len(surface)
    if lead <= 1 or not last.entity.endswith(surface) or last.entity[lead - 1] != " ":
        return None
    head = last.start - lead
    if head < 0 or text[head : last.start] != last.entity[:lead]:
        return None
    if any(
        m.start == head and m.end == last.start - 1 and m.senses[0][1].kind == "demonym"
        for m in cands
    ):
        return head
    return None


def text_defined_over_table(text: str, people_orgs: list[_Span]) -> list[_Span]:
    """``people_orgs`` with each acronym the entity table knows, where the text defines it for
    an organisation of its own, linked to that organisation at every mention: "the Australian
    Federal Police (AFP) … the AFP" was the table's Agence France-Presse."""
    by_end = {sp.end: sp for sp in people_orgs if sp.kind == "organisation" and sp.how != "table"}
    defined: dict[str, str] = {}
    for mt in DEFINITION.finditer(text):
        sp = by_end.get(mt.start())
        if sp is not None and initials_fit(mt.group("acronym"), sp.entity):
            defined[mt.group("acronym")] = sp.entity
    if not defined:
        return people_orgs
    return [
        replace(sp, entity=entity, how="acronym", ambiguous=False, candidates=())
        if sp.how == "table"
        and (entity := defined.get(text[sp.start : sp.end])) is not None
        and sp.entity != entity
        else sp
        for sp in people_orgs
    ]


# words that end a body's name only where the text gives the name's acronym ("the Pacific
# Islands Forum (PIF)"; alone, "the Roman Forum" is a place)
_FORUM_WORDS = frozenset({"Forum"})
# the kinds of place a body is named for ("Progressive Slovakia (PS)")
_COUNTRY_OR_AREA = frozenset({"country", "admin area"})


@functools.lru_cache(maxsize=1)
def _body_words() -> frozenset[str]:
    """The organisation words, the blocs' words and the forums' (which a long name spelt out
    before its acronym may hold), once."""
    return _cues().org_words | _BLOCS | _FORUM_WORDS


def _named_for_its_country(start: int, end: int, words: list[str], cands: list[_Mention]) -> bool:
    """Whether the words at ``start``–``end``, whose initials spell the acronym the text brackets
    after them, are a body named by a word and its country ("Progressive Slovakia (PS)",
    "Athletics Kenya (AK)"): their last words a place's, their first word no place's, and no
    place the whole name ("Democratic Republic of Congo (DRC)", "New South Wales (NSW)")."""
    if len(words) < 2 or not words[0][:1].isupper():
        return False
    here = [m for m in cands if m.start < end and start < m.end]
    return (
        bool(here)
        and here[-1].end == end
        and here[0].start > start
        and all(m.senses[0][1].kind in _COUNTRY_OR_AREA for m in here)
    )


def whole_long_names(
    text: str, people_orgs: list[_Span], cands: list[_Mention]
) -> tuple[list[_Span], list[_Mention]]:
    """The article's spans with each organisation's long name that the text defines an acronym
    for made one organisation, in place of the pieces its words were read as: "the National
    Disaster Risk Reduction and Management Council (NDRRMC)" was only "Management Council". The
    long name ends in an organisation (so "Democratic Republic of Congo (DRC)" stays a place),
    and its words' initials spell the acronym exactly (acronyms.long_name_start)."""
    # (or a run the names rules read as a person for want of a better reading: "Ministry of
    # Environment, Forest and Climate Change (MoEFCC)" ended in the person "Climate Change")
    by_end = {
        sp.end: sp
        for sp in people_orgs
        if sp.kind == "organisation" or (sp.kind == "person" and sp.how == "name")
    }
    wanted: list[tuple[int, int]] = []
    trimmed: dict[int, _Span] = {}
    for mt in DEFINITION.finditer(text):
        last = by_end.get(mt.start())
        if last is None:
            # no name read at its end ("Economic Community of West African States (ECOWAS)":
            # "States" ends no reading): a long name that holds an organisation's word
            start = long_name_start(text, mt.start(), mt.group("acronym"), _cues().legal_forms)
            if start is None:
                continue
            words = text[start : mt.start()].split()
            if (
                not _body_words().isdisjoint(words)
                # (no law: "the Digital Services Act (DSA)")
                and words[-1] not in _cues().law_endings
                # (no place in it but a demonym: "the United States (US)" is the place, and
                # "Titus County Sheriff's Office (TCSO)" and "Federal University of Technology,
                # Owerri (FUTO)" keep their places, as the geoparsing corpora mark them)
                and not any(
                    m.end > start and m.start < mt.start() and m.senses[0][1].kind != "demonym"
                    for m in cands
                )
            ) or _named_for_its_country(start, mt.start(), words, cands):
                wanted.append((start, mt.start()))
            continue
        if initials_fit(mt.group("acronym"), last.entity):
            # already the long name ("Virginia State Board of Elections (VSBE)" keeps its state
            # a place, as _trim_civic does); but a demonym kept apart from it is the name's
            # ("the Australian Federal Police (AFP)" was a demonym and "Federal Police")
            head = _demonym_head(text, last, cands)
            if head is not None:
                wanted.append((head, mt.start()))
            continue
        start = long_name_start(text, mt.start(), mt.group("acronym"), _cues().legal_forms)
        if start is not None and start < last.start and text[start : mt.start()] != last.entity:
            # (not a name the rules read whole and trimmed: "North Carolina Department of
            # Transportation (NCDOT)" keeps its state a place, as _trim_civic does)
            wanted.append((start, mt.start()))
        elif (
            start is not None
            and start > last.start
            and last.kind == "organisation"
            and all(_everyday_word(t.lower()) for t in text[last.start : start].split())
        ):
            # everyday words before the spelt-out name describe the body: "Opposition United
            # Democratic Party (UDP)" at a sentence's start is the party, not "Opposition"'s
            name = text[start : last.end]
            trimmed[id(last)] = replace(
                last, start=start, entity=name, surface=name if last.surface else "",
                tokens=tuple(name.replace(",", " ").split()),
            )  # fmt: skip
    if trimmed:
        people_orgs = [trimmed.get(id(sp), sp) for sp in people_orgs]
    if not wanted:
        return people_orgs, cands
    for s, e in wanted:
        inside = [sp for sp in people_orgs if sp.start < e and s < sp.end]
        # an organisation's name that opens before the spelt-out words is the name's start
        # ("Union Ministry of Environment, Forest and Climate Change (MoEFCC)")
        s = min([s] + [sp.start for sp in inside if sp.kind == "organisation" and sp.end < e])
        if any(sp.start < s or sp.end > e for sp in inside) or any(
            m.start < s < m.end or m.start < e < m.end for m in cands
        ):
            continue  # a name reaching out of it: no reading of ours to replace
        surface = text[s:e]
        words = tuple(surface.replace(",", " ").split())
        whole = _Span(s, e, surface, "organisation", "organisation", tokens=words)
        gone = {id(sp) for sp in inside}
        people_orgs = sorted(
            [sp for sp in people_orgs if id(sp) not in gone] + [whole],
            key=lambda sp: (sp.start, -sp.end),
        )
        cands = [m for m in cands if not (s <= m.start and m.end <= e)]
    return people_orgs, cands
