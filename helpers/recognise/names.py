"""People and organisations: capitalised runs read with cues (titles, organisation words).

Part of :mod:`helpers.recognise`. Capitalised sequences are read with cues from
``helpers/data/name_cues.toml``: a title before a name makes it a person; an organisation word makes
the sequence an organisation (with its "of"/"for" tail); other runs of two to four capitalised words
are people unless they end like a place, event or job, or every word is an everyday word.

This module finds the chunks (discovery), links surnames and runs the entity table; how one
chunk reads is :mod:`helpers.recognise.chunks`', which bare word may link to which person
:mod:`helpers.recognise.surname_links`', and the span records the rules share live in
:mod:`helpers.recognise.span_records`.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from itertools import compress
from operator import attrgetter, itemgetter
from typing import Any

from helpers.gazetteer.index import fold_accents
from helpers.recognise.acronyms import CLOCK_WORDS
from helpers.recognise.chunks import (  # noqa: F401 - re-exported: the rules import them from here
    _ARABIC_SURNAME,
    _CONTRACTION,
    _POST_NOMINALS,
    _SAINTS,
    _TITLES_WITH_PORTFOLIO,
    _TOWN_OR_AREA,
    _is_common_word,
    _match_title,
    _read_chunk,
    _Reading,
)
from helpers.recognise.cues import (  # noqa: F401 - re-exported: the rules import them from here
    _NO_NAME_WORD,
    SURNAMES_TOP,
    _Cues,
    _cues,
    _everyday,
    _everyday_word,
    _given_names,
    _known_surname,
    _surnames,
    nobodys_name,
    street_like,
)
from helpers.recognise.entities import EntityTable
from helpers.recognise.headline_runs import (
    _headline_chunk,
    _headline_pieces,
    _headline_verb,
    _repeated,
)
from helpers.recognise.places import _forget_older_half
from helpers.recognise.span_records import (  # noqa: F401 - re-exported: the rules import them from here
    _Intervals,
    _Span,
    _tok_range,
)
from helpers.recognise.surname_links import (
    _demonym_surname,
    _fuller_names,
    _inside_longer_name,
    _joined_links,
    _runs_on_to_a_building,
    _same_name_written_otherwise,
    _subject,
    _without_tails,
    _written_as_a_thing,
)
from helpers.recognise.tokens import (  # noqa: F401 - re-exported: the rules import them from here
    _MEMO_SIZE,
    _company_endings,
    _split_compound,
    _tokens,
    _Words,
)

_CONNECTORS = (("of", "the"), ("for", "the"), ("of",), ("for",))  # longest first


# ---------------------------------------------------------------------------------------------
# Finding mentions
# ---------------------------------------------------------------------------------------------


def _name_tokens(name: str) -> list[str]:
    return name.split()


# an East Asian given name romanised as two hyphened syllables, the second in lower case
_HYPHENED_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+")


def _bare_forms(name: str, cues: _Cues) -> frozenset[str]:
    """The forms a name is shortened to later in an article: the surname (or family name first)."""
    forms = _BARE_FORMS.get(name)
    if forms is None:
        toks = [t for t in _name_tokens(name) if t not in cues.suffixes]
        toks = [t for t in toks if not (len(t) <= 2 and t.endswith("."))]  # initials
        if len(toks) < 2:
            forms = frozenset()
        else:
            first = toks[0].split("-")[0]
            # (a Korean or Taiwanese given name's hyphened syllables, "Won-shik", "Ching-te",
            # follow the family name: "Speaker Woo Won-shik … Speaker Woo")
            family_first = first in cues.family_first or (
                len(toks) == 2 and _HYPHENED_GIVEN.fullmatch(toks[1]) is not None
            )
            forms = frozenset((first if family_first else toks[-1],))
            # a first family name before particles: "Valentina Ospina de la Torre" → "Ospina"
            before_particles = len(toks) >= 4 and toks[2] in cues.particles and toks[2].islower()
            # ... and a given name's two family names: "Juliana Restrepo Ardila" is "Restrepo"
            # later, as Spanish and Portuguese news shortens it (the last word too: "Sarah
            # Huckabee Sanders … Sanders"); not a common (Census) second given name ("Andrés
            # Felipe Ortiz"; "Duarte" is Portuguese for Edward, and a family name), nor an
            # everyday word ("Wayne Food Pantry" read as a person)
            two_families = (
                len(toks) == 3
                and first not in cues.family_first
                # (a given name no list knows before two known family names: "Xóchitl Gálvez
                # Ruiz … Gálvez said")
                and (
                    toks[0] in cues.given_names
                    or (
                        _known_surname(toks[1])
                        and _known_surname(toks[2])
                        # (not after an everyday word: "the Old Ingram Loop" took every "Ingram")
                        and not _everyday_word(toks[0].lower())
                    )
                )
                and toks[1] not in cues.common_given_names
                and toks[1][:1].isupper()
                and "-" not in toks[1]
                and not _everyday_word(toks[1].lower())
            )
            if before_particles or two_families:
                forms |= {toks[1]}
            # a family name with a lower-case particle is capitalised at a sentence's start
            # ("Fuad Karim al-Obeidi … Al-Obeidi said"), and news drops the article too
            # ("Abdullatif al-Zayani … Zayani said", "Muqtada al-Sadr … Sadr said")
            forms |= {f[:1].upper() + f[1:] for f in forms if f[:1].islower() and "-" in f}
            # (its article capitalised too: "Abdel-Fattah El-Sisi … Sisi said" was an organisation)
            forms |= {
                f.split("-", 1)[1] for f in forms if _ARABIC_SURNAME.match(f[:1].lower() + f[1:])
            }
        # Names recur across articles: remember them, within bounds (the cues never change).
        if len(_BARE_FORMS) >= _MEMO_SIZE:
            _forget_older_half(_BARE_FORMS)
        _BARE_FORMS[name] = forms
    return forms


_BARE_FORMS: dict[str, frozenset[str]] = {}


def _is_connector(texts: list[str], caps: list[bool], joined: list[bool], i: int) -> int:
    """Length of an org connector ("of", "of the", "for", "&") at ``i`` followed by a capital, or 0."""
    if texts[i] not in ("of", "for"):
        return 0
    for conn in _CONNECTORS:
        n = len(conn)
        if (
            i + n < len(texts)
            and tuple(texts[i : i + n]) == conn
            and caps[i + n]
            and all(joined[i : i + n + 1])
        ):
            return n
    return 0


# school and college years, capitalised before a player's name in sports news
_YEAR_ROLES = frozenset(
    {"senior", "seniors", "junior", "juniors", "freshman", "freshmen", "sophomore", "sophomores"}
)


def _discover(
    text: str, w: _Words, blocked: list[bool], place_tok: list[str | None], cues: _Cues
) -> tuple[list[_Span], list[tuple[int, bool]]]:
    """Discovered people and organisations, plus bare capitalised words left for surname linking
    (each a token index with a flag: did a title cue it)."""
    texts, caps, initial, joined = w.texts, w.caps, w.initial, w.joined
    starts, ends = w.starts, w.ends
    titles_by_first, reach = cues.titles_by_first, cues.title_reach
    # Is a word also written in lower case here? A token with the lower-cased text is not
    # capitalised unless that text starts with a capital, so every token's text will do.
    all_words = set(texts)
    function_words, calendar, particles = cues.function_words, cues.calendar, cues.particles
    legal_forms = cues.legal_forms
    stopped_suffixes = _stopped_suffixes()
    spans: list[_Span] = []
    singles: list[tuple[int, bool]] = []
    placed: set[str] = set()  # names read after "in", "at" or "near" with no given name
    n = len(texts)
    j = 0  # the first token not yet read
    for i in compress(range(n), caps):  # chunks start at a capitalised word
        if i < j or blocked[i]:
            continue
        # --- gather one chunk: capitalised words (and connectors/particles between them)
        # A chunk ends at a token not joined to the previous one by a single space (or a plural
        # possessive): _tokens never marks a sentence start or a hyphenated part as joined.
        j = i + 1
        while j < n and joined[j] and not blocked[j]:
            if caps[j]:
                if texts[j] == "By" and j + 1 < n and caps[j + 1] and joined[j + 1]:
                    break  # a byline's "By" after a section's label ("Shipping & Logistics By
                    # Elena Ríos"): the reporter's name starts a chunk of its own
                if texts[j - 1] in stopped_suffixes and _sentence_word(texts[j], cues):
                    break  # a sentence after a suffix's full stop: "Mayor Joe Herring Jr.
                    # Residents who spoke" and "Sen. Bob Casey Jr. They met" were people
                if texts[j - 1] in legal_forms and texts[j] not in legal_forms:
                    break  # a legal form ends a company's name ("Helvion Robotics GmbH Katrin
                    # Baumann, Head of …"; "Samsung Electronics Co Ltd" goes on)
                j += 1
                continue
            word = texts[j]
            if "-" in word[2:4] and _ARABIC_SURNAME.match(word):
                # an Arabic family name after its article: "Moqtada al-Sadr", "Fayez al-Sarraj"
                j += 1
                continue
            if word == "of" or word == "for":
                k = _is_connector(texts, caps, joined, j)
                if k and not any(blocked[j : j + k + 1]):
                    j += k
                    continue
            if word == "and" and _portfolio_goes_on(w, i, j, cues) and not blocked[j + 1]:
                # a portfolio of two parts is one title ("Minister for Housing and Local
                # Government Darragh O'Brien", "Minister for Children and Youth Affairs said")
                j += 1
                continue
            if word in particles:
                # one to three particles before a capitalised name: "Pieter van der Walt",
                # "Lucía de la Fuente Ortega", "Ortega y Gasset"
                k = j + 1
                while k < n and k - j < 3 and texts[k] in particles and joined[k] and not caps[k]:
                    k += 1
                if k < n and caps[k] and joined[k] and not any(blocked[j + 1 : k + 1]):
                    j = k
                    continue
            elif word in legal_forms and not any(
                texts[c] in ("of", "for") and texts[c - 1] in cues.org_words for c in range(i, j)
            ):
                # a legal form in lower case ends the name: "Meridian Ashby plc" (an organisation
                # word's "of" name is the organisation rules', which stop before it: "Bank of
                # Valletta plc")
                j += 1
            break
        if j == i + 1:
            # Most chunks are one capitalised word. _read_chunk could only keep it as a bare word
            # for surname linking, after the same two checks as here, so skip building the chunk.
            word = texts[i]
            if not (
                initial[i]
                and (
                    (low := word.lower()) in function_words
                    or (low in all_words and not low[:1].isupper())
                )
            ) and (word not in calendar):
                singles.append((i, False))
            continue
        if any(("’" in t or "'" in t) and _CONTRACTION.search(t) for t in texts[i:j]):
            continue  # a title of a work ("‘Don’t Stop’"), no name
        if j - i >= 4 and texts[j - 2] == "Staff" and texts[j - 1] in _DESK_WORDS:
            j -= 2  # a byline's desk after the name: "By Kyle Brandt Staff Writer" was a person
            # of that name
        elif (
            j - i >= 3
            and j < n
            and texts[j].capitalize() in _DESK_WORDS
            and _everyday_word(texts[j - 1].lower())
            and texts[i] in cues.given_names
        ):
            j -= 1  # ... or its beat, in lower case after it: "Helena Marsh Economics
            # correspondent" was a person "Helena Marsh Economics"
        # A chunk's reading depends only on its words, their place flags, whether its first word is
        # a capitalised common word, and (rarely) the words after it: names recur across articles
        # ("President Donald Trump", "Workers' Party of Korea"), so the reading is remembered.
        drop = (
            (
                initial[i]
                and (
                    (low := texts[i].lower()) in function_words
                    or (low in all_words and not low[:1].isupper())
                    # an everyday word before a given name and a surname ("Openers Josh Whitfield",
                    # "Leg-spinner Tom Ashby"); not a name ("Los Angeles Superior Court", "Will
                    # Smith") nor a family name written first ("Kim Yo Jong")
                    or (
                        j - i >= 3
                        and texts[i] not in cues.given_names
                        and texts[i] not in cues.family_first
                        and (caps[i + 2] or texts[i + 2] in particles)  # "Writer Ngugi wa Thiong'o"
                        and (
                            (
                                texts[i + 1] in cues.given_names
                                and (_everyday_word(low) or low in cues.person_roles)
                            )
                            # a role noun before any two names ("Wicketkeeper Mikaere Henare"),
                            # not before a company's ("General Motors Corp"); its plural too
                            # ("Ministers Anbil Mahesh Poyyamozhi and Ma. Subramanian visited"
                            # was a person "Ministers Anbil Mahesh Poyyamozhi")
                            or (
                                (
                                    low in cues.person_roles
                                    or (low[-1:] == "s" and low[:-1] in cues.person_roles)
                                )
                                and not any(t in cues.org_words for t in texts[i + 1 : j])
                            )
                        )
                    )
                    # ... or before a given name alone ('Frontman Gustavo "Tano" Berardi')
                    or (
                        j - i == 2
                        and low in cues.person_roles
                        and texts[i + 1] in cues.given_names
                        and texts[i] not in cues.given_names
                    )
                    # ... and a company's noun before its one-word name ("Regulator Ofwat said",
                    # "Watchdog Ofcom fined" were people)
                    or (j - i == 2 and low in _company_nouns())
                )
                # a title that starts a sentence stays a title even when the text also writes it in
                # lower case ("President Clinton spoke. The president left.")
                and not _match_title(texts, joined, i, cues)
                # ... and so does an organisation's word before another ("Police Association
                # Victoria secretary Wayne Gatt" opening a paragraph was "Association Victoria")
                and not (texts[i] in cues.org_words and texts[i + 1] in cues.org_words)
            )
            # a byline's "By" where cleaning joined it to the line before ("Round 28 By Nikos
            # Theodorakis March 6"), or a title-case headline's
            or (texts[i] == "By" and j - i >= 2)
            # a headline's hyphened adjective of everyday words ("Hard-right Kast wins" was a
            # second person beside "José Antonio Kast"; "Far-right leader …")
            or (j - i >= 2 and "-" in texts[i] and _hyphened_adjective(texts[i]))
            or (
                # mid-sentence, an everyday plural before a given name and a surname: a title's
                # last word or a group's ("Minister of Posts and Telecommunications Mahinda
                # Wijesekara", "Among them were Parliamentarians Mahinda Amaraweera")
                j - i >= 3
                and texts[i][-1:] == "s"
                and texts[i + 1] in cues.given_names
                and texts[i + 1].lower() not in function_words  # ("Drugs In Raids")
                and caps[i + 2]
                and not _everyday_word(texts[i + 2].lower())
                and texts[i] not in cues.given_names
                and _everyday_word(texts[i].lower())
                and not any(t in cues.org_words for t in texts[i + 1 : j])
            )
            or (
                # mid-sentence, a school year's role before two name words ("Three Falcons,
                # Senior Kory Lichtensteiger and Juniors Erique Dozier")
                j - i >= 3
                and texts[i].lower() in _YEAR_ROLES
                and caps[i + 2]
                and not any(t in cues.org_words for t in texts[i + 1 : j])
            )
        )
        if (
            (
                j - i >= 3
                or (
                    j - i == 2
                    and _headline_verb(texts[i], place_tok[i], cues)
                    and texts[i + 1] not in cues.org_words  # ("Parliamentary Bureau")
                )
            )
            and texts[i] != "By"
            and _headline_chunk(text, w, i, j, place_tok, cues)
        ):
            # a title-case headline's run ("Egypt Press Fresh Gaza Proposal as US Envoy Shuttles
            # Between Doha"): its everyday words are capitalised only by the headline's case, so
            # they break it, and the pieces between them are read as usual ("Barry Callebaut
            # Profit Rises": "Barry Callebaut")
            for piece in _headline_pieces(w, i, j, place_tok):
                if len(piece) > 1 and not _repeated(text, w, piece[0], piece[-1] + 1):
                    # a piece the body never writes is no name ("Sabalenka Outlasts Gauff")
                    singles.extend((x, False) for x in piece if caps[x])
                    continue
                if len(piece) == 1:
                    singles.append((piece[0], False))
                    continue
                got = _read_chunk(piece, False, w, place_tok, cues)
                for a, b, name, kind, how, words in got[0]:
                    spans.append(
                        _Span(
                            starts[piece[0] + a], ends[piece[0] + b], name, kind, how, tokens=words
                        )
                    )
                singles.extend((piece[0] + a, by_title) for a, by_title in got[1])
            continue
        tail: tuple[Any, ...] = ()
        for idx in range(max(i, j - reach), j):
            # a title starting here may reach past the chunk: then the words after it count too
            titles = titles_by_first.get(texts[idx])
            if titles and len(titles[0]) > j - idx:
                tail = (tuple(texts[j : j + reach]), tuple(joined[j : j + reach]))
                break
        key = (drop, tail, j - i, *texts[i:j], *place_tok[i:j])  # one flat tuple
        reading = _CHUNKS.get(key)
        if reading is None:
            reading = _read_chunk(list(range(i, j)), drop, w, place_tok, cues)
            if len(_CHUNKS) >= _MEMO_SIZE:
                _forget_older_half(_CHUNKS)
            _CHUNKS[key] = reading
        for a, b, name, kind, how, words in reading[0]:
            if how == "name" and (
                _placed_name(text, w, i + a, i + b, place_tok, cues)
                or _listed_after_places(text, w, i + a, place_tok, cues)
            ):
                placed.add(name)
                continue
            spans.append(_Span(starts[i + a], ends[i + b], name, kind, how, tokens=words))
        for a, by_title in reading[1]:
            singles.append((i + a, by_title))
    if placed:
        # one reading per name: "in Mazar Dara village" … "a farmer from Mazar Dara"
        spans = [sp for sp in spans if not (sp.how == "name" and sp.entity in placed)]
    return spans, singles


_CHUNKS: dict[tuple[Any, ...], _Reading] = {}


@functools.cache
def _stopped_suffixes() -> frozenset[str]:
    """A name's suffixes written with a full stop ("Jr.", "Sr."), which may end a sentence too."""
    return frozenset(x for x in _cues().suffixes if x[-1] == ".")


def _sentence_word(word: str, cues: _Cues) -> bool:
    """Whether a capitalised word opens a sentence rather than going on with a name: a function
    word ("They") or an everyday plural ("Residents"), none of a name's."""
    low = word.lower()
    return word not in cues.given_names and (
        low in cues.function_words
        or (low[-1:] == "s" and _everyday_word(low) and word not in cues.org_words)
    )


def _portfolio_goes_on(w: _Words, i: int, j: int, cues: _Cues) -> bool:
    """Whether "and" at token ``j`` joins a second part to the portfolio of a minister's or an
    officer's title that the chunk from ``i`` holds: "for" or "of" after the title, then everyday
    words only, and after "and" an everyday word that is no title's nor a given name ("Secretary
    of State for Health and Social Care Wes Streeting" was an organisation "Social Care Wes
    Streeting"; "Minister for Children and Youth Affairs said" a person "Youth Affairs")."""
    texts, caps = w.texts, w.caps
    nxt = j + 1
    if nxt >= len(texts) or not (caps[nxt] and w.joined[nxt]) or j - i < 3:
        return False
    after = texts[nxt]
    if (
        after in cues.given_names
        or _match_title(texts, w.joined, nxt, cues)
        or not _everyday_word(after.lower())
    ):
        return False
    for x in range(i, j - 2):
        if texts[x] in _TITLES_WITH_PORTFOLIO and texts[x + 1] in ("for", "of"):
            return all(
                (caps[y] and _everyday_word(texts[y].lower())) or texts[y] in ("of", "the", "for")
                for y in range(x + 2, j)
            )
    return False


# the words after which a name with no given name is a place's or a body's, not a person's
# ("water swept across Lido Key" was a person)
_LOCATIVES = frozenset({"in", "at", "near", "across"})


def _placed_name(
    text: str, w: _Words, first: int, last: int, place_tok: list[str | None], cues: _Cues
) -> bool:
    """Whether a run of name words with no title nor given name (or with one, before its area
    and a comma: "in Mir Ali, North Waziristan") comes right after "in", "at" or "near" and is
    no one's possessor: a place's or a body's ("gathered in Parque da Cidade", "recorded at
    Firebase Ripley"; not "in Xanthe Qarlo's palace"). Read here, not in the
    memoised chunk reading, because the word before lies outside the chunk."""
    return (
        first > 0
        and w.joined[first]
        and w.texts[first - 1] in _LOCATIVES
        and (
            w.texts[first] not in cues.given_names
            # (or a town with a given name's word before its area: "a camp in Mir Ali, North
            # Waziristan" was a person)
            or (
                text.startswith(", ", w.ends[last])
                and last + 1 < len(place_tok)
                and place_tok[last + 1] in _TOWN_OR_AREA
                and _area_ends_phrase(text, w, last + 1, place_tok)
            )
        )
        and text[w.ends[last] : w.ends[last] + 2] not in ("'s", "’s")
    )


def _area_ends_phrase(text: str, w: _Words, first: int, place_tok: list[str | None]) -> bool:
    """Whether the place that starts at token ``first`` ends its phrase (a stop, a comma, a
    dash or a bracket after it), as a town's area does ("in Mir Ali, North Waziristan — drew"),
    not an office's ("at John Smith, Wake County district attorney")."""
    last = first
    while last + 1 < len(place_tok) and place_tok[last + 1] is not None and w.joined[last + 1]:
        last += 1
    return text[w.ends[last] : w.ends[last] + 2].strip() in _PHRASE_ENDS


_PHRASE_ENDS = frozenset({"", ",", ".", ";", ")", "—", "–", "-"})


def _listed_after_places(
    text: str, w: _Words, first: int, place_tok: list[str | None], cues: _Cues
) -> bool:
    """Whether a run of name words with no given name ends a list of two or more places ("Fort
    Myers, Venice, Englewood and Boca Grande reported" was a person "Boca Grande"; "won in
    Dewsbury and Batley, and Birmingham Perry Barr" another): a town's name, not one a list of
    people leaves. Read here for the same reason as
    :func:`_placed_name`."""
    texts, starts, ends = w.texts, w.starts, w.ends
    if first < 3 or texts[first] in cues.given_names:
        return False
    p = first - 1
    if texts[p] == "and":
        p -= 1
        if text[ends[p] : starts[p + 1]] not in (" ", ", "):
            return False
    elif text[ends[p] : starts[first]] != ", ":
        return False
    # the place before, and the one before it, a comma between them
    if place_tok[p] not in _TOWN_OR_AREA:
        return False
    while p > 0 and place_tok[p - 1] is not None and text[ends[p - 1] : starts[p]] == " ":
        p -= 1  # (a place of several words: "Fort Myers")
    if p > 1 and texts[p - 1] == "and" and text[ends[p - 2] : starts[p]] == " and ":
        return place_tok[p - 2] in _TOWN_OR_AREA  # ("Dewsbury and Batley, and …")
    return p > 0 and text[ends[p - 1] : starts[p]] == ", " and place_tok[p - 1] in _TOWN_OR_AREA


def _join_and_names(
    text: str,
    w: _Words,
    found: list[_Span],
    singles: list[tuple[int, bool]],
    blocked: list[bool],
    place_tok: list[str | None],
    cues: _Cues,
) -> tuple[list[_Span], list[tuple[int, bool]]]:
    """Capitalised words, "and", then an organisation of two or more words that ends in its
    organisation word are one organisation: "Food and Drug Administration", "Independent
    Electoral and Boundaries Commission" (not a person "Independent Electoral" beside a
    "Boundaries Commission"). Not when the words before "and" name something of their own — a
    title, a given name, an acronym, a place, an entry of the table, an organisation word:
    "President Bush and Foreign Ministry", "World Bank and Monetary Fund" stay two names."""
    texts, caps, joined, starts = w.texts, w.caps, w.joined, w.starts
    org_words, titles, given = cues.org_words, cues.title_words, cues.given_names
    drop_spans: set[int] = set()
    drop_tokens: set[int] = set()
    merged: list[_Span] = []
    found_starts = [sp.start for sp in found]  # (discovery's spans are in text order)
    for n_sp, sp in enumerate(found):
        if (
            sp.how != "organisation"
            or len(sp.tokens) < 2
            or sp.tokens[-1] not in org_words
            or sp.tokens[0] in given
            or sp.tokens[0] == "The"  # its own name: "The Age and The Canberra Times"
        ):
            continue
        first = bisect_left(starts, sp.start)
        k = first - 1  # the "and"
        if k < 1 or texts[k] != "and" or not joined[k] or not joined[first]:
            continue
        # the capitalised words before "and": one to three, the first one starting the run
        x = k - 1
        # (a place before them stays the place: "U.S. Fish and Wildlife Service", "European
        # Economic and Monetary Union", unless the name after "and" is named by a place of its
        # own: "U.S. Marines and Vietnam Airlines" are two)
        if place_tok[first] is not None:
            continue
        while x > 0 and joined[x] and caps[x - 1] and place_tok[x - 1] is None and k - x < 3:
            x -= 1
        if x > 0 and (joined[x] or w.glued[x]) and caps[x - 1] and place_tok[x - 1] is None:
            # a longer run, or the tail of a hyphenated name ("A.P. Moller-Maersk and
            # Hapag-Lloyd AG"): a list of names more likely than one name
            continue
        if texts[x].lower() in cues.function_words:
            x += 1  # "The Food and Drug Administration"
        elif (
            x > 0
            and not joined[x]
            and not w.initial[x]
            and caps[x - 1]
            # (not after a possessive: "Beijing's Belt and Road Initiative")
            and text[w.ends[x - 1] : starts[x]] not in _POSSESSIVE_GAPS
        ):
            continue  # the last of a list of names ("General Motors, Ford and Hyundai Motor")
        before = range(x, k)
        if (
            not before
            or not all(
                caps[t]
                and not blocked[t]
                and place_tok[t] is None
                # (a lone plural organisation word names nothing: "Securities and Exchange
                # Commission"; "Congress and Supreme Court" are two)
                and (texts[t] not in org_words or (len(before) == 1 and _plural_word(texts[t])))
                and texts[t] not in titles
                and texts[t] not in given
                and texts[t] not in cues.calendar
                and not (texts[t].isupper() and len(texts[t]) > 1)
                for t in before
            )
            or not any(_everyday_word(texts[t].lower()) for t in before)
        ):
            # (and one of them an everyday word: "Barclays and Deutsche Bank" are two banks)
            continue
        # what discovery made of those words: only a person read for want of a better reading
        # ("Independent Electoral") may give way
        a, b = starts[x], w.ends[k - 1]
        nearby = range(max(bisect_left(found_starts, a) - 1, 0), bisect_left(found_starts, b))
        inside = [i for i in nearby if found[i].start < b and a < found[i].end and i != n_sp]
        if any(
            not (found[i].how == "name" and found[i].start >= a and found[i].end <= b)
            # (a place and the lone word read as one organisation: "U.S. Securities")
            and not (found[i].how == "organisation" and found[i].end == b and x > 0
                     and starts[x - 1] >= found[i].start and place_tok[x - 1] is not None)
            for i in inside
        ):  # fmt: skip
            continue
        drop_spans.update(inside)
        drop_spans.add(n_sp)
        drop_tokens.update(before)
        words = (*texts[x:k], "and", *sp.tokens)
        merged.append(
            _Span(a, sp.end, " ".join(words), "organisation", "organisation", tokens=words)
        )
    if not merged:
        return found, singles
    found = [sp for i, sp in enumerate(found) if i not in drop_spans] + merged
    found.sort(key=_START)
    return found, [s for s in singles if s[0] not in drop_tokens]


_POSSESSIVE_GAPS = frozenset({"'s ", "’s ", "' ", "’ "})


def _plural_word(word: str) -> bool:
    """Whether a capitalised word is an everyday noun's plural ("Securities", not "Congress")."""
    return word.endswith("s") and not word.endswith("ss") and _everyday_word(word.lower())


def _table_fuller_names(found: list[_Span], tables: list[_Span]) -> None:
    """A full name the text writes short of a person the entity table knows and the text names
    by the table's alias too is that person ("President Tayyip Erdoğan … Erdoğan said": the
    table's "Recep Tayyip Erdogan", counted once)."""
    known = {
        sp.entity: fold_accents(sp.entity)
        for sp in tables
        if sp.kind == "person" and not sp.ambiguous and " " in sp.entity
    }
    if not known:
        return
    for sp in found:
        if sp.kind == "person" and len(sp.tokens) >= 2 and sp.entity not in known:
            tail = " " + fold_accents(sp.entity)
            fuller = [name for name, folded in known.items() if folded.endswith(tail)]
            if len(fuller) == 1:
                sp.entity = fuller[0]


def _father_and_son(people: set[str]) -> tuple[str, str] | None:
    """``(father, son)`` where ``people`` are one name written with "Sr." and with "Jr.".

    >>> _father_and_son({"Ferdinand Marcos Sr.", "Ferdinand Marcos Jr."})
    ('Ferdinand Marcos Sr.', 'Ferdinand Marcos Jr.')
    >>> _father_and_son({"Harry Belafonte", "Gina Belafonte"}) is None
    True
    """
    if len(people) != 2:
        return None
    father = next((p for p in people if p.endswith((" Sr.", " Sr"))), None)
    son = next((p for p in people if p.endswith((" Jr.", " Jr"))), None)
    if father is None or son is None or father.rsplit(" ", 1)[0] != son.rsplit(" ", 1)[0]:
        return None
    return father, son


@functools.cache
def _company_nouns() -> frozenset[str]:
    """The nouns before a company's name that open a sentence before it ("Regulator Ofwat"),
    read late: the company-noun module imports this one."""
    from helpers.recognise.company_nouns import SENTENCE_NOUNS

    return SENTENCE_NOUNS


# a newsroom's desks after a byline's name ("Staff Writer", "Staff Reporter", "Political Editor")
_DESK_WORDS = frozenset(
    {"Writer", "Reporter", "Correspondent", "Editor", "Columnist", "Photographer"}
)


def _before_suffix(sp: _Span, text: str, cues: _Cues) -> bool:
    """Whether a table's person of two words or more is followed by a name's suffix ("Donald
    Trump Jr.", "… Trump III")."""
    if sp.kind != "person" or len(sp.tokens) < 2:
        return False
    nxt = _SUFFIX_AFTER.match(text, sp.end)
    return nxt is not None and nxt.group(1) in cues.suffixes


_SUFFIX_AFTER = re.compile(r",? ([A-Z][\w.]*)")


def _hyphened_adjective(word: str) -> bool:
    """Whether ``word`` is a capitalised compound of everyday words joined by hyphens, the rest in
    lower case: "Hard-right", "Far-left", "Pro-government"; not "Jean-baptiste" nor "Al-Shamie".

        >>> [_hyphened_adjective(w) for w in ("Hard-right", "Jean-baptiste", "Smith-Jones")]
        [True, False, False]
    """
    parts = word.split("-")
    return (
        len(parts) >= 2
        and all(p.islower() for p in parts[1:])
        and all(p and _everyday_word(p.lower()) for p in parts)
    )


def people_and_organisations(
    text: str,
    table: EntityTable,
    place_list: list[tuple[int, int, str, str, str]],
) -> tuple[list[_Span], _Words]:
    """The people and organisations of one text, in text order, and its tokens.

    ``place_list`` holds the text's place candidates as (start, end, surface, name,
    "weak"|"strong"): discovery splits names at strong places and lets a town-sized one head a
    longer name ("Kim Jong Un"). Surname links ("Pompeo" → "Mike Pompeo") are spans too.
    """
    cues = _cues()
    w = _tokens(text, cues)
    starts, ends, texts = w.starts, w.ends, w.texts
    n = len(texts)

    # 1. table matches
    by_alias = table.by_alias if len(table) else {}
    table_spans: list[_Span] = []
    for start, end, form in table.match(text) if len(table) else []:
        ents = by_alias[form]
        ent = ents[0]
        sp = _Span(start, end, ent.name, ent.kind, "table", tokens=tuple(_name_tokens(form)))
        if len(ents) > 1:
            sp.ambiguous = True
            sp.candidates = tuple(sorted(e.name for e in ents))
        table_spans.append(sp)
    # A one-word alias inside a longer capitalised name is that other name's ("Ivanka Trump",
    # "Trump Organization"): leave it to discovery. After a title ("President Trump") it stands.
    table_spans = [sp for sp in table_spans if not _inside_longer_name(sp, w, cues)]
    # ... and a person's full name before a suffix is another person's: "Donald Trump Jr." is
    # the son, no mention of the father
    if table_spans and not cues.suffixes.isdisjoint(texts):
        table_spans = [sp for sp in table_spans if not _before_suffix(sp, text, cues)]
    blocked = [False] * n
    for sp in table_spans:
        for x in _tok_range(starts, ends, sp.start, sp.end):
            blocked[x] = True

    # a clock's "PM" is no title ("Created: April 05, 2018 03:01 PM. Updated …"), nor its time
    # zone a name's word ("18:54 BST The Environment Agency said", a live blog's joined lines)
    # (a C-level test of the tokens first: most articles write no clock)
    clocks = (
        [] if CLOCK_WORDS.isdisjoint(texts) else [x for x in range(1, n) if texts[x] in CLOCK_WORDS]
    )
    for x in clocks:
        if texts[x - 1][-1:].isdigit() and starts[x] - ends[x - 1] <= 1:
            blocked[x] = True
            if x + 1 < n and texts[x + 1].lower() in cues.function_words:
                blocked[x + 1] = True  # the update's first word ("BST The Environment Agency")

    # places, as token flags (discovery splits names at them)
    place_tok: list[str | None] = [None] * n
    for s, e, _surf, _name, strength in place_list:
        # the tokens overlapping [s, e), as _tok_range (inline: a dozen places per article)
        lo = bisect_right(starts, s) - 1
        if lo < 0 or ends[lo] <= s:
            lo += 1
        for x in range(max(lo, 0), bisect_left(starts, e)):
            place_tok[x] = strength

    # 2. discovery
    found, singles = _discover(text, w, blocked, place_tok, cues)
    if found and "-" in text:
        found = [sp for sp in found if not _runs_on_to_a_building(sp, w, cues)]
    if found and " and " in text:
        found, singles = _join_and_names(text, w, found, singles, blocked, place_tok, cues)
    if place_list and found:
        place_spans = {(s, e) for s, e, *_ in place_list}
        # a discovered name that is exactly a resolved place stays a place ("White House")
        found = [sp for sp in found if (sp.start, sp.end) not in place_spans]

    # 3. surnames: bare forms of people named in full in this article
    if len(found) >= 2:
        _fuller_names(found)
        _same_name_written_otherwise(text, found, cues)
    full_people: dict[str, set[str]] = {}  # bare form -> canonical names
    introduced: dict[str, int] = {}  # canonical name -> where the text first names it in full
    full_counts: dict[str, int] = {}  # canonical name -> how often the text names it in full
    suffixed: set[str] = set()  # canonical names that end in a suffix ("Donald Trump Jr.")
    glued = w.glued
    for sp in [*table_spans, *found]:
        if sp.kind == "person" and len(sp.tokens) >= 2 and not sp.ambiguous:
            introduced[sp.entity] = min(sp.start, introduced.get(sp.entity, sp.start))
            full_counts[sp.entity] = full_counts.get(sp.entity, 0) + 1
            written = " ".join(sp.tokens)
            # (discovery cuts a name at a hyphen, which a later rule mends: its family name is
            # the whole hyphenated word, "Sam Bankman-Fried" → "Bankman-Fried", not "Bankman")
            y = bisect_left(starts, sp.end)
            if y < n and glued[y] and starts[y] == sp.end + 1 and w.caps[y]:
                while y + 1 < n and glued[y + 1]:
                    y += 1
                written = f"{written}{text[sp.end : ends[y]]}"
            forms = _bare_forms(written, cues)
            if sp.entity != written:  # a table's canonical name for the alias written here
                forms = forms | _bare_forms(sp.entity, cues)
            for form in forms:
                full_people.setdefault(form, set()).add(sp.entity)
            if sp.tokens[-1] in cues.suffixes:
                suffixed.add(sp.entity)
    # a person named by the first word of a two-word name, whose family name the text never
    # writes alone ("President Prabowo Subianto … Prabowo said"), shares that word with the person
    # whose surname it is ("police chief Listyo Sigit Prabowo" took every "Prabowo")
    if full_people:
        for sp in found:
            if (
                sp.kind == "person"
                and sp.how == "title"  # (a title says the two words are a person's)
                and len(sp.tokens) == 2
                and (others := full_people.get(sp.tokens[0])) is not None
                and sp.entity not in others
                and text.count(sp.tokens[1]) == full_counts.get(sp.entity, 0)
            ):
                others.add(sp.entity)
    # "Mr. Smith" with no full name anywhere: later bare "Smith"s are that same person.
    # (Not for everyday words: "General Electric" is no General called Electric.)
    # (Nor a bare letter: "Gen Z voters" is no General called Z.)
    # (Nor a building's or a place's word: "Notre Dame Cathedral" is no Dame called Cathedral.)
    for x, _by_title in compress(singles, map(_SECOND, singles)):  # the title-cued ones
        if (
            texts[x] not in full_people
            and not _is_common_word(texts[x])
            and len(texts[x]) > 1
            and texts[x] not in cues.non_person_endings
            and not _written_as_a_thing(text, texts[x])
        ):
            full_people[texts[x]] = {texts[x]}
    linked: list[_Span] = []
    resolved_tables: list[_Span] = []
    for sp in table_spans:
        if sp.kind == "person" and len(sp.tokens) == 1 and not sp.ambiguous:
            # (the table's person, not a son the text names with his suffix: "Donald Trump Jr.
            # visited … Trump said" is the father, as news writes "Trump Jr." for the son; a
            # suffixed person no table knows keeps his bare surname: "Mr. Aquino" of "Benigno
            # Aquino III")
            people = (full_people.get(sp.tokens[0], set()) - suffixed) | {sp.entity}
            if len(people) > 1:
                # (the article's "Tayyip Erdoğan" is the table's "Recep Tayyip Erdogan" short)
                people = _without_tails(people)
            if len(people) > 1:
                sp.ambiguous, sp.candidates = True, tuple(sorted(people))
        resolved_tables.append(sp)
    if full_people:
        # a hyphenated family name written alone is one word ("Bankman-Fried, 32," beside his
        # parents Joseph Bankman and Barbara Fried): its parts are no separate surnames
        hyphenated: dict[int, tuple[str, int]] = {}  # first part's token -> (name, last token)
        if any("-" in form for form in full_people):
            for x, _ in singles:
                y = x + 1
                while y < n and glued[y]:
                    y += 1
                if y > x + 1 and (word := text[starts[x] : ends[y - 1]]) in full_people:
                    hyphenated[x] = (word, y - 1)
        parts = {p for x, (_, last) in hyphenated.items() for p in range(x + 1, last + 1)}
        # only the bare words that name someone here (a C-level filter: most do not)
        named = map(full_people.__contains__, map(texts.__getitem__, map(_FIRST, singles)))
        if hyphenated:
            named = (
                x in hyphenated or (ok and x not in parts)
                for (x, _), ok in zip(singles, named, strict=True)
            )
        # a surname several people share is the one person the text named in full first, at all
        # its bare uses, where a bare use follows that person's full name before the next one's
        # ("Harry Belafonte … Belafonte died … his daughter Gina Belafonte … Belafonte said": the
        # subject; a headline's "Kallas's Reform Party Wins" before "Kaja Kallas … Kallas told"
        # too); named together first, and it stays open ("Venus and Serena Williams … Williams")
        settled: dict[str, str | None] = {}
        for x, by_title in compress(singles, named):
            word, last = hyphenated.get(x, (texts[x], x))
            people = full_people[word]
            if not people or (
                place_tok[x] == "demonym"
                and not _demonym_surname(text, starts[x], word, people, cues)
            ):
                continue  # (a people's word is nobody's surname: "Royal Dutch … a Dutch court")
            how = "title" if by_title and people == {word} else "surname"
            sp = _Span(starts[x], ends[last], word, "person", how)
            if len(people) > 1:
                people = _without_tails(people)
            if len(people) > 1 and (pair := _father_and_son(people)) is not None:
                # a father and a son by their suffixes ("Ferdinand Marcos Sr." … "President
                # Ferdinand Marcos Jr."): "the elder"/"the younger" says which, else the one the
                # text introduced in full most recently before it ("the elder Marcos' declaration
                # of martial law" … "Marcos signed Executive Order No. 94")
                before = text[max(0, starts[x] - 8) : starts[x]]
                if before.endswith(("elder ", "younger ")):
                    people = {pair[0] if before.endswith("elder ") else pair[1]}
                else:
                    named_before = [p for p in pair if introduced.get(p, 1 << 62) < starts[x]]
                    if named_before:
                        people = {max(named_before, key=introduced.__getitem__)}
            if len(people) > 1:
                if word not in settled:
                    settled[word] = _subject(
                        word, people, introduced, texts, starts, singles, full_counts
                    )
                if settled[word] is not None:
                    people = {settled[word]}  # type: ignore[arg-type]
            if len(people) == 1:
                sp.entity = next(iter(people))
            else:
                sp.ambiguous, sp.candidates = True, tuple(sorted(people))
            linked.append(sp)
    if len(linked) > 1:
        linked = _joined_links(text, linked)
    _table_fuller_names(found, resolved_tables)
    for sp in (*resolved_tables, *linked):
        if sp.ambiguous:
            sp.entity = f"{sp.surface or text[sp.start : sp.end]} (ambiguous)"

    # Sorted by (start, -end) as two stable sorts on C-level keys, cheaper than a Python key.
    people_orgs = [*resolved_tables, *found, *linked]
    people_orgs.sort(key=_END, reverse=True)
    people_orgs.sort(key=_START)
    return people_orgs, w


_START, _END = attrgetter("start"), attrgetter("end")
_FIRST, _SECOND = itemgetter(0), itemgetter(1)
