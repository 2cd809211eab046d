"""The place filter's walk over one article's mentions: :func:`_filter`.

Part of :mod:`helpers.recognise.place_filter`. :func:`_filter` reads each mention in the
article's order: it marks what places it ("City, State", "in X", a list after "in", "the city
of X", "the X region"), drops it by its context (a postal code that is a word, a clock's zone, a
results table's nationality, a title's abbreviation, a calendar word, a language) or by the
rules of :mod:`~helpers.recognise.place_filter.written_form`,
:mod:`~helpers.recognise.place_filter.words_before` and
:mod:`~helpers.recognise.place_filter.word_after`, then weighs a weak name (a common word, a
person's name) against its context; last, one sense per article: a name the article places
somewhere is a place where it stands bare, and a name it gives a person is none.
"""

from __future__ import annotations

import re

from helpers.gazetteer import (
    Gazetteer,
)
from helpers.recognise.place_filter.facts import (
    _F_COUNTRY_OR_AREA,
    _F_MAJOR,
    _F_NAME,
    _Facts,
    _mention_facts,
)
from helpers.recognise.place_filter.word_after import _no_place_by_word_after
from helpers.recognise.place_filter.words_before import _no_place_by_words_before
from helpers.recognise.place_filter.written_form import _no_place_by_form
from helpers.recognise.place_scan import (
    _Mention,
)
from helpers.recognise.place_words import (
    KIND_OF,
    LOCATIVE,
    PERSON_VERBS,
    PLACE_NOUNS,
    STRICT_LOCATIVE,
    _lexicon,
)
from helpers.recognise.places import (
    _CLAUSE_END,
    _COMMA_NEXT,
    _COMMA_PREV,
    _DATELINE,
    _IN,
    _LIST_GAP,
    _LOCATIVE,
    _NOUN,
    _PLACE_CONTEXT,
    _POSSESSIVE_MARKS,
    _S_POSSESSIVE_MARKS,
    _SENTENCE_END,
    _STRICT_CONTEXT,
    _apposition,
    _headline,
    _language,
    _subheading_word_only,
)

# the size under which a town named by a common word needs a state or country beside it to be
# read as the town ("Congress, Arizona"); "in Reading", "in Mobile" stay places
_COMMON_HAMLET_POP = 10_000
_COMMA = re.compile(r",\s*")
# the words before a language's name ("in English", "spoke French", "translated from Arabic")
_LANGUAGE_BEFORE = frozenset(
    {"in", "into", "from", "speak", "speaks", "spoke", "speaking", "spoken", "fluent", "learn"}
)
# between two names of a list ("in Eastern Ghouta and Douma", "in Homs, Hama or Idlib")
_LIST_JOINS = frozenset(["and", "or"])
# a possessive's ending right before a name ("Spain's Pedro Martinez")
_POSSESSIVE_BEFORE = frozenset({"'s ", "’s "})
# the lower-case nouns before "of" and a town's name that place it: its mayor, governor, people,
# outskirts
_OFFICE_OF = re.compile(
    r"\b(?:mayor|governor|mayors|governors|residents|outskirts|suburbs|streets|centre|center) \Z"
)
# a list's gap and its next capitalised name, after a name in the middle of it
_LIST_GOES_ON = re.compile(r"(?:, (?:and |or )?| (?:and|or) )[A-Z]")
# what places a name for the whole article: "VALENCIA, Spain", "the Valencia region"
# the gaps of a list of places ("Cornwall and Brittany", "Brittany, Normandy")
_LISTED = (" and ", ", ", ", and ")
_AREA_KINDS = frozenset({"country", "admin area", "region"})
_SURE_PLACE = _COMMA_NEXT | _COMMA_PREV | _DATELINE | _NOUN


# a clock's time right before a name ("9:12 a.m. ", "4 PM ", "21:05 ")
_CLOCK_BEFORE = re.compile(
    r"\d(?::\d\d(?: ?(?:[ap]\.m\.|[ap]m|[AP]M))?| ?(?:[ap]\.m\.|[ap]m|[AP]M)) $"
)
# a player's seed after his nationality's code in a draw's results ("C Alcaraz (Spa, 2)")
_SEED_AFTER = re.compile(r", \d{1,2}\)")
# a capitalised word of a name right after a word ("AK Khandker"), not a place's noun's
_NAME_WORD_AFTER = re.compile(r" (?!(?:County|State|City|Avenue|Street|Road)\b)[A-Z][a-z]+\b")
# US states' postal codes that English also writes in capitals for something else ("OK", "MD",
# "ID", "CO"): a state only after a town and a comma ("Tulsa, OK") or in a dateline
_POSTAL_WORDS = frozenset(
    {"OK", "HI", "ME", "IN", "OR", "OH", "MD", "MS", "ID", "DE", "CO", "PA", "MA", "MO"}
    # ... and Australia's and Canada's codes that name something else more often ("SA" South
    # Africa, "ACT" a party, "Vic" a given name, "NB" nota bene): "Darwin, NT", "Toronto, ON"
    | {"SA", "NT", "ACT", "Vic", "Tas", "ON", "AB", "SK", "MB", "NS", "NB", "NL", "PE", "NU"}
    | {"YT", "QC", "PEI"}
)


def _opens_longer_name(text: str, m: _Mention) -> bool:
    """Whether a capitalised word follows the name right after its space: the name opens a
    longer one, no state or country of the name before its comma ("KEYWORDS: Haneda Airport,
    Japan Airlines" made "Airport" a town in Japan)."""
    nxt = m.next
    return (
        nxt is not None
        and nxt[0] == m.end + 1
        and text[m.end] == " "
        and text[nxt[0]].isupper()
        and text[nxt[0] : nxt[1]] not in _lexicon().calendar
    )


def _written_lower(text: str, surface: str) -> bool:
    """Whether the text also writes ``surface`` as a lower-case word ("the tornado")."""
    low = surface.lower()
    if low == surface or low not in text:  # (a substring test rules out nearly every name)
        return False
    return re.search(rf"(?<!\w){re.escape(low)}(?!\w)", text) is not None


# the gaps before a list's last name
_LAST_GAPS = (", and ", " and ", ", or ", " or ", ", ")


def _ends_a_list(text: str, m: _Mention, kept_by_end: dict[int, _Mention]) -> bool:
    """Whether ``m`` follows two names kept as places, listed before it: "Seville and", with
    "Barcelona, " before that."""
    if text.startswith(" of ", m.end):
        return False  # a longer name's first word ("Wick, Thurso and Kyle of Lochalsh")
    for gap in _LAST_GAPS:
        if text.endswith(gap, 0, m.start):
            before = kept_by_end.get(m.start - len(gap))
            return (
                before is not None
                and text.endswith(", ", 0, before.start)
                and before.start - 2 in kept_by_end
            )
    return False


def _filter(text: str, mentions: list[_Mention], gaz: Gazetteer) -> list[_Mention]:
    lex = _lexicon()
    facts = _mention_facts(mentions, gaz, lex)
    titles = lex.titles
    person_keys: set[int] = set()
    name_run_keys: set[int] = set()  # names seen as the start of a person's name
    # the mentions the rules that look at one mention have passed; the person and name-run keys
    # of the whole article decide the rest
    kept: list[tuple[_Mention, bool, _Facts]] = []  # (mention, weak context, facts)
    pending: list[tuple[_Mention, bool, _Facts]] = []  # names kept if placed elsewhere
    last = len(mentions) - 1
    language_end = -1  # where the last language read ends
    in_list_end = -1  # where the last name of a list after "in" ends
    for idx, m in enumerate(mentions):
        (
            major, country_or_area, calendar, modifier, weak, alt_small, is_name, first,
            common_minor, town_like, never, big, given, everyday,
        ) = f = facts[idx]  # fmt: skip
        single = m.ntok == 1
        prev, nxt_w = m.prev, m.next
        start = m.start
        if prev is not None:
            prev_w = text[prev[0] : prev[1]]
            prev_adj = prev[1] + 1 == start and text[prev[1]] == " "
        else:
            prev_w, prev_adj = "", False
        # "City, State" / "City, Country" in either direction
        if (
            idx < last
            and facts[idx + 1][_F_COUNTRY_OR_AREA]
            and _COMMA.fullmatch(text, m.end, mentions[idx + 1].start)
            and not _opens_longer_name(text, mentions[idx + 1])
        ) or (idx < last and _apposition(text, m, mentions[idx + 1])):
            m.context |= _COMMA_NEXT
        if idx > 0 and country_or_area and _COMMA.fullmatch(text, mentions[idx - 1].end, start):
            m.context |= _COMMA_PREV
        elif m.surface in _POSTAL_WORDS and not m.context & _DATELINE:
            continue  # "the plan was OK", "[ OK ]", "Minister Mahfud MD": no state but "Tulsa, OK"
        elif (
            len(m.surface) == 2
            and m.surface.isupper()
            and m.senses[0][2]
            and m.senses[0][1].kind == "admin area"
            and not m.context & _DATELINE
            and _NAME_WORD_AFTER.match(text, m.end) is not None
        ):
            continue  # a state's code before a name is a name's initials, no state: "the Bir
            # Uttam AK Khandker base" (folder 168) was Alaska; "Seattle, WA" keeps its comma
        if (
            len(m.surface) == 2
            and m.surface.isupper()
            and _CLOCK_BEFORE.search(text, max(0, start - 12), start)
        ):
            continue  # a clock's zone: "Updated June 3, 9:12 a.m. CT" (Connecticut's code)
        if (
            len(m.surface) == 3
            and text[start - 2 : start] == " ("
            and (text[m.end : m.end + 1] == ")" or _SEED_AFTER.match(text, m.end) is not None)
            and text[start - 3 : start - 2].isalpha()
            and m.surface.isalpha()
            and m.surface[1:].islower()
        ):
            continue  # a results table's nationality: "Florian Lipowitz (Ger)" (Ger, France),
            # and with the player's seed: "C Alcaraz (Spa, 2)" (Spa, Belgium)
        pl = prev_w.lower()
        if (
            single
            and m.surface.lower() in titles
            and text.startswith(". ", m.end)
            and text[m.end + 2 : m.end + 3].isupper()
            and pl not in LOCATIVE
        ):
            continue  # a title's abbreviation before a name: "Sens. Bob Casey" (Sens, France)
        # ("" when there is no word before; not across a sentence's end: "need to. As …")
        if (
            pl in LOCATIVE
            and (prev_adj or not _CLAUSE_END.search(text, prev[1], start))  # type: ignore[index]
            # (not a possessive: "in Ford's favour" is in the favour, "in Gaza's hospitals" in
            # the hospitals, and the name stays free to be a person's)
            and text[m.end : m.end + 2] not in _POSSESSIVE_MARKS
            # (nor a name's in s with its apostrophe alone: "near Crooks’ body")
            and not (m.surface[-1:] == "s" and text[m.end : m.end + 2] in _S_POSSESSIVE_MARKS)
        ):
            m.context |= _LOCATIVE
            if pl in STRICT_LOCATIVE:
                m.context |= _IN
                in_list_end = m.end
        elif (
            pl == "of"
            and prev_adj
            and _OFFICE_OF.search(text, max(0, prev[0] - 14), prev[0]) is not None  # type: ignore[index]
        ):
            m.context |= _LOCATIVE  # a town's office or its people: "as mayor of Seongnam"
            # (folder 168: an alternate name, dropped as weak), "the outskirts of Patras"
        elif (
            pl in _LIST_JOINS
            and idx
            and (mentions[idx - 1].context & _IN or mentions[idx - 1].end == in_list_end)
            and _LIST_GAP.fullmatch(text, mentions[idx - 1].end, start)
            # (not a name's first word: "in Derna and Nadia Haddad in Benghazi")
            and not text[m.end + 1 : m.end + 2].isupper()
        ):
            # the next name of a list after "in" is in it too ("in Eastern Ghouta and Douma",
            # LGL's "in Eastland and Callahan counties"; not after "between": "talks between
            # Iran and EU negotiators")
            m.context |= _LOCATIVE
        elif (
            idx
            and mentions[idx - 1].end == in_list_end
            and text[in_list_end:start] == ", "
            and _LIST_GOES_ON.match(text, m.end) is not None
        ):
            # ... and so is a middle name of a longer list, which goes on after it ("gathered
            # in Thessaloniki, Larissa, Patras and Heraklion": Patras and Heraklion, alternate
            # names, were dropped)
            m.context |= _LOCATIVE
            in_list_end = m.end

        if single and calendar:
            continue
        if (
            single
            and (pl in _LANGUAGE_BEFORE or (pl in _LIST_JOINS and prev[0] - 1 == language_end))  # type: ignore[index]
            and _language(text, m)
        ):
            # a language: "shouting in English through a megaphone" is no England (and the
            # next of a list of them: "in Spanish and English")
            language_end = m.end
            continue
        if _no_place_by_form(text, mentions, idx, prev_w, prev_adj, major, big, lex, person_keys):
            continue
        if _no_place_by_words_before(text, m, prev_w, prev_adj, pl, major, lex, person_keys):
            continue
        next_adj = nxt_w is not None and nxt_w[0] == m.tok_end + 1 and text[m.tok_end] == " "
        if next_adj:
            next_w = text[nxt_w[0] : nxt_w[1]]  # type: ignore[index]
            if _no_place_by_word_after(
                text,
                mentions,
                idx,
                next_w,
                major,
                is_name,
                first,
                town_like,
                big,
                given,
                lex,
                person_keys,
                name_run_keys,
            ):
                continue
        else:
            next_w = ""
        if single:
            if modifier:
                continue  # a bare compass word ("East", "Northeast") is a direction, not a region
            if alt_small and is_name and next_adj and next_w.lower() in PERSON_VERBS:
                person_keys.add(m.key)  # "Pompeo said"
                continue
            if (
                not weak
                and (common_minor or not big)
                and (prev is None or _SENTENCE_END.search(text[max(0, start - 3) : start]))
                and (common_minor or _written_lower(text, m.surface))
            ):
                # a common word at the start of a sentence, and so is a word the article
                # itself writes in lower case ("Tornado kills 4 … the tornado struck")
                weak = True
        else:
            weak = False
        if everyday and (next_w in lex.club_cues or prev_w in lex.club_cues):
            weak = False  # "Arsenal striker", "beat Arsenal": the club rules decide (clubs.py)
        # "the city of Valencia", "the state of Washington": a place's own noun before it
        if prev_w == "of" and KIND_OF.search(text, max(0, start - 20), start):
            m.context |= _LOCATIVE | _NOUN
        # "the Valencia region", "Kursk province": a place's own noun after it
        if (
            next_adj
            and text[m.tok_end + 1 : nxt_w[1]] in PLACE_NOUNS  # type: ignore[index]
            and text[start - 1 : start] != "-"  # not "the Asia-Pacific region"
        ):
            m.context |= _LOCATIVE | _NOUN
        # (the mention's context is complete: later mentions set only their own)
        if never:  # calendar, [not_places]
            continue
        if common_minor and single and not m.context & _SURE_PLACE and _headline(text, start):
            continue  # a common word in a title-case headline ("Orders State to Set Up Panel")
        if (
            single
            and not major
            and not m.context & _SURE_PLACE
            and _subheading_word_only(text, m.start, m.end)
        ):
            continue  # a subheading's first word that the story never names as a place again:
            # "Rugby and rent" (a PNG story's rugby league and rents) was Rugby, England
        if (
            single
            and m.surface in lex.groups
            and (
                not m.context & _STRICT_CONTEXT
                # an adjective before its noun, after "in" too ("meddling in Arab countries")
                or (next_adj and text[nxt_w[0] : nxt_w[0] + 1].islower())  # type: ignore[index]
            )
        ):
            continue  # "Arab neighbours": a people's word, not Arab, Alabama
        if (
            common_minor
            and single
            and not m.context & _SURE_PLACE
            and m.senses[0][1].kind == "city"
            and m.senses[0][1].population < _COMMON_HAMLET_POP
        ):
            continue  # "a supermajority in Congress": not Congress, Arizona (1,975 people)
        if (
            alt_small
            and not single
            and m.surface.partition(" ")[0] in lex.given
            and not m.context & _STRICT_CONTEXT
        ):
            continue  # "By Claire Fontaine in Paris": a person's name, not a small town's other
            # name (Saint-Leu-la-Forêt's)
        if (
            not single
            and not big
            and m.senses[0][1].kind == "city"
            # (not a US suburb's, named so by the thousand: "Glen Allen", "Bethel Park")
            and m.senses[0][1].country_code != "US"
            and len(words := m.surface.split(" ")) == 2
            and words[0] in lex.given
            and (family := words[1].lower()) in lex.surnames
            and family not in lex.everyday
            and not m.context & _STRICT_CONTEXT
            # ... written as a person: after a possessive ("Spain's"), or before a speaking verb
            and (
                text[max(0, m.start - 3) : m.start] in _POSSESSIVE_BEFORE
                or (next_adj and next_w.lower() in PERSON_VERBS)
            )
        ):
            continue  # "Spain's Pedro Martinez": a person's name, not a small town's own (Pedro
            # Martínez, Andalusia, 1,229 people)
        if weak and not m.context & _PLACE_CONTEXT:
            if (
                is_name
                and not common_minor
                and not everyday
                # standing alone: beside another capitalised word it may be a person's name
                # ("Campbell Davis")
                and not (prev_adj and prev_w[:1].isupper())
                and not (next_adj and text[nxt_w[0] : nxt_w[0] + 1].isupper())  # type: ignore[index]
            ):
                pending.append((m, weak, f))  # a person's name, unless the article places it
            continue
        kept.append((m, weak, f))
    if pending:
        # one sense per article: a name the article writes as a place somewhere ("VALENCIA,
        # Spain", "in Valencia") is that place where it stands bare ("Floods hit Valencia as …")
        # (not "planted in Flores' honor": a possessive after "in" is a person's)
        placed = {
            m.key
            for m, _, _ in kept
            if m.context & _SURE_PLACE
            or (m.context & _IN and text[m.end : m.end + 1] not in ("'", "’"))
        }
        # ... and so is a region's name listed beside another region kept for its own name
        # ("Brittany and Normandy were worst affected": Brittany was the model's person four
        # times; not a town's: "killing Welch and another teen", "cousins Dillon and Connor")
        areas = [m for m, _, f in kept if m.senses[0][1].kind in _AREA_KINDS and not f[_F_NAME]]
        kept_starts = {m.start for m in areas}
        kept_ends = {m.end for m in areas}
        placed |= {
            m.key
            for m, _, _ in pending
            if m.senses[0][1].kind in _AREA_KINDS
            and (
                any(m.end + len(g) in kept_starts and text.startswith(g, m.end) for g in _LISTED)
                or any(
                    m.start - len(g) in kept_ends and text.endswith(g, 0, m.start) for g in _LISTED
                )
            )
        }
        # ... and so is a name that ends a list of three or more whose names before it were
        # kept ("between Madrid, Barcelona, Seville and Valencia": Valencia, a surname, was the
        # model's person; two names are no such list: "cousins Dillon and Connor")
        kept_by_end = {m.end: m for m, _, _ in kept}
        placed |= {m.key for m, _, _ in pending if _ends_a_list(text, m, kept_by_end)}
        back = [p for p in pending if p[0].key in placed]
        if back:
            kept = sorted([*kept, *back], key=lambda k: k[0].start)
    if not person_keys and not name_run_keys:
        return [m for m, _weak, _f in kept]
    out = []
    for m, weak, f in kept:
        if m.key in person_keys and not f[_F_MAJOR] and not m.context & _STRICT_CONTEXT:
            continue
        if weak and m.key in name_run_keys and not m.context & _STRICT_CONTEXT:
            continue  # "a letter from Kim" after "Kim Jong Un": one sense per article
        out.append(m)
    return out
