"""How one capitalised run reads: an organisation, people, or bare words left for linking.

Part of :mod:`helpers.recognise.names` (the names stage). :func:`_read_chunk` reads one chunk of
capitalised words (and the connectors and particles between them) that discovery found: an
organisation word makes the run an organisation with its "of" tail ("Ministry of Foreign
Affairs"); a title makes the words after it a person; other runs of two to four name words are
people unless they end like a place, an event or a job, a saint's name starts them ("Santa María
de Punilla"), or every word is an everyday word. A reading depends only on the chunk's words and
flags, so discovery remembers it for the next article.

    >>> from helpers.recognise.tokens import _tokens
    >>> from helpers.recognise.cues import _cues
    >>> w = _tokens("Foreign Minister Ana Ruiz met the Ministry of Defence.", _cues())
    >>> [r[2:4] for r in _read_chunk(list(range(0, 4)), False, w, [None] * len(w), _cues())[0]]
    [('Ana Ruiz', 'person')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from helpers.recognise.cues import (
    _NO_NAME_WORD,
    _WATER_HEADS,
    PRESS_TITLES,
    _Cues,
    _everyday_word,
    _listed_surname,
    _surnames,
    nobodys_name,
    one_word_bodies,
)
from helpers.recognise.place_words import MODEL_CODE, OPEN_SPACE_ENDINGS, weekday_before_date
from helpers.recognise.places import dale_chall_words
from helpers.recognise.segment_parts import (
    _AIRLINE_ENDINGS,
    _AIRLINE_WORDS,
    _SAINTS,
    _TOWN_OR_AREA,
    _airline_then_maker,
    _leader_after_of,
    _office_of_body_then_name,
    _office_of_place_then_name,
    _party_role,
    _place_with_and,
    _seat_after_own_name,
)
from helpers.recognise.titles_in_runs import (  # noqa: F401 - re-exported: the rules import them from here
    _CONNECTOR_WORDS,
    _OFFICER_TITLES,
    _PORTFOLIO_TITLES,
    _TITLES_WITH_PORTFOLIO,
    _given_after_title,
    _match_title,
    _portfolio,
)
from helpers.recognise.tokens import _company_endings, _Words

# A chunk's reading: spans as (first, last token, entity, kind, how, words) and bare words as
# (token, cued by a title), token positions counted from the chunk's first token.
_Reading = tuple[
    tuple[tuple[int, int, str, str, str, tuple[str, ...]], ...], tuple[tuple[int, bool], ...]
]


# the article (or a sun-letter form of it) that opens an Arabic family name written in lower
# case with a hyphen: "al-Sadr", "el-Sisi", "ash-Shara", "ad-Din"
_ARABIC_SURNAME = re.compile(r"(?:al|el|ad|ash|as|at|az|an|ar|ud|ul)-[A-Z][a-z]")

# a word with a verb's contraction, which no name holds: a run with one is a song's, a film's or
# a book's title ("‘Don’t Stop’", "I’d Rather Go Blind", "We’re Not Gonna Take It"); not an
# elided article or a name's own apostrophe ("O’Brien", "N’Golo", "D’Angelo", "Mo’unga")
_CONTRACTION = re.compile(r"(?:n[’']t|[’'](?:d|ll|re|ve|m))\Z")


# words that end a firm's name only ("Everline Research"), organisation words nowhere else
_FIRM_ENDINGS = frozenset({"Research", "Insights", "Advisors", "Advisers", "Air"})
_HEALTH_ENDINGS = frozenset({"Health", "Healthcare", "Medicine"})
# a water utility's, a steelmaker's and an energy company's last word after its town's or founder's
# ("Wellington Water", "Tata Steel", "Woodside Energy", "Manitoba Hydro"): the name is one
# organisation, its town kept inside (overlaps._whole_name)
TOWN_TRADE_ENDINGS = frozenset({"Water", "Steel", "Energy", "Hydro"})
_COMPASS_HALVES = frozenset({"East", "West", "North", "South"})
_THE = frozenset({"the", "The"})
# a street's or a square's compound word in Danish, Norwegian, Swedish, German or Dutch
# ("Christiansborg Slotsplads", "Amagertorv", "Hauptstraße", "Leidseplein" are nobody's)
# (its endings are read first, str.endswith: the pattern's search tried each at every letter)
_STREET_ENDINGS = (
    "plads", "pladsen", "gade", "gaden", "torv", "torvet", "vej", "vejen", "gatan", "vägen",
    "torget", "veien", "straße", "strasse", "platz", "gasse", "plein", "straat", "gracht",
)  # fmt: skip
_STREET_COMPOUND = re.compile(r"(?<=\w\w\w)(?:" + "|".join(_STREET_ENDINGS) + r")\Z")
# the second words of titles written with a hyphen ("Secretary-General", "Rear-Admiral")
_HYPHENED_TITLE_TAILS = frozenset(
    {"General", "Admiral", "Colonel", "Major", "Marshal", "Commander", "President", "Governor",
     "Chancellor", "Minister", "Chairman", "Chairwoman", "Mayor", "Secretary", "Director"}
)  # fmt: skip
# titles that are also everyday or newspapers' words: titles before a given name only
_TITLES_OF_GIVEN_NAMES = frozenset({"Private", "Advocate"})
# titles that a name holds in its middle, after a given name ("Hassan Sheikh Mohamud")
_NAME_MIDDLE_TITLES = frozenset({"Sheikh"})
# the things "General" qualifies before them, which name no general
_GENERAL_THINGS = frozenset({"election", "elections", "strike", "debate", "conference", "audit"})
# letters after a name that are no part of it ("Advocate Rajesh Pillay SC", "Jane Hale QC")
_POST_NOMINALS = frozenset({"SC", "QC", "KC", "OBE", "MBE", "CBE", "KBE", "DBE", "SAN"})


def _read_chunk(
    chunk: list[int], drop: bool, w: _Words, place_tok: list[str | None], cues: _Cues
) -> _Reading:
    """Read one chunk of capitalised words: its people and organisations, and its bare words.
    ``drop``: the first word is a sentence-initial function word, or a word the article also
    writes in lower case, capitalised only because it starts the sentence ("The", "Negotiations").
    """
    texts = w.texts
    spans: list[tuple[int, int, str, str, str, tuple[str, ...]]] = []
    singles: list[tuple[int, bool]] = []
    first = chunk[0]
    if drop:
        chunk = chunk[1:]
    headline_words = cues.headline_words
    if any(
        texts[x] in headline_words and not _given_after_title(x, chunk, w, cues) for x in chunk[1:]
    ):
        # Headline case: any word may be capitalised, so only surnames are looked for here.
        # (Not in the name before an "of" that opens the capitalised words: "Paul Murphy of
        # People Before Profit" found no one, and "Murphy" went to another Murphy.)
        caps = w.caps
        cut = _name_before_headline_words(chunk, texts, caps, headline_words)
        singles.extend((x, False) for x in chunk[cut:] if caps[x])
        chunk = chunk[:cut]
    # Split at titles: "U.S. Secretary of State Mike Pompeo" → [U.S.] title [Mike Pompeo]
    segments: list[tuple[list[int], bool]] = []  # (token indices, cued by a title)
    cur: list[int] = []
    cued = False
    k = 0
    titles_by_first = cues.titles_by_first
    while k < len(chunk):
        idx = chunk[k]
        # (not a word a hyphen joins to a word no title starts with: "Notre-Dame Cathedral"
        # names no Dame; "Secretary-General Ban", "Brigadier-General Sabah", "Rear-Admiral" do)
        n_title = (
            _match_title(texts, w.joined, idx, cues)
            if texts[idx] in titles_by_first
            and not (
                w.glued[idx]
                and texts[idx - 1] not in titles_by_first
                and texts[idx] not in _HYPHENED_TITLE_TAILS
            )
            else 0
        )
        if (
            n_title
            and len(cur) == 1
            and not segments
            and texts[cur[0]] in _club_letters()
            and not (k + n_title < len(chunk) and texts[chunk[k + n_title]] in cues.given_names)
        ):
            # a club's name: "FC Sheriff Tiraspol" named no sheriff "Tiraspol" (but "FC
            # President Joan Laporta" names its president)
            n_title = 0
        if (
            n_title == 1
            and texts[idx] == "General"
            and not w.glued[idx]  # ("Secretary-General Ban Ki-moon")
            and k + 1 < len(chunk)
            and _everyday_word((nxt := texts[chunk[k + 1]]).lower())
            and nxt not in cues.given_names
            and not _listed_surname(nxt)
        ):
            # a body's first words: "the General Intelligence and Security Service (AIVD)" was a
            # person "Intelligence" (not "General Lee", "General Sherman")
            n_title = 0
        if (
            n_title == 1
            and texts[idx] in _TITLES_OF_GIVEN_NAMES
            and k + 1 < len(chunk)
            and texts[chunk[k + 1]] not in cues.given_names
        ):
            # a soldier's rank or a barrister's title before a given name only ("Kenya Private
            # Sector Alliance", a byline's "BY KENT MALLETT Advocate Reporter" of the Newark
            # Advocate; "Advocate Rajesh Pillay")
            n_title = 0
        if (
            n_title == 1
            and texts[idx] in _NAME_MIDDLE_TITLES
            and cur
            and texts[cur[-1]] in cues.given_names
            and k + 1 < len(chunk)
            and w.caps[chunk[k + 1]]
        ):
            # a title's word in the middle of a Somali name ("President Hassan Sheikh Mohamud"
            # was "Hassan" and "Mohamud")
            n_title = 0
        if (
            n_title == 1
            and texts[idx] == "General"
            and k + 1 < len(chunk)
            and texts[chunk[k + 1]].lower() in _GENERAL_THINGS
        ):
            n_title = 0  # a general election, no General called Election ("General Election 2024")
        # (or an officer's title's last word: "Chief Officer for Finance Esther Barasa", "Deputy
        # Director of Operations Stephen Kappes" were people with their portfolios)
        if n_title and (
            texts[idx] in _PORTFOLIO_TITLES
            or (k + n_title <= len(chunk) and texts[chunk[k + n_title - 1]] in _OFFICER_TITLES)
        ):
            portfolio = _portfolio(chunk, k + n_title, w, cues)
            if not portfolio and any(texts[x] == "and" for x in chunk[k + n_title :]):
                # a portfolio discovery ran on through "and" with no name after it names no
                # one ("Deputy Minister for Agrarian Policy and Food, Mrs. Olga Trofimtseva")
                break
            n_title += portfolio
        # a title only counts if a capitalised name follows it inside the chunk (not a suffix:
        # "Martin Luther King Jr." is no King named "Jr.")
        if (
            n_title
            and k + n_title < len(chunk)
            and w.caps[chunk[k + n_title]]
            and texts[chunk[k + n_title]] not in cues.suffixes
            # (nor an organisation's word: "General Assembly", "the General Confederation of
            # Labour" name no one, and the title's word is the body's)
            and texts[chunk[k + n_title]] not in cues.org_words
            # (nor a party's before its member's noun: "Deputy Labour leader Angela Rayner" names
            # a deputy leader, no one called Labour)
            and not _party_role(texts, chunk, k + n_title)
        ):
            # one everyday word between two titles is the title's ("Chief Financial Officer"),
            # and capitalised words before "Minister" are the minister's portfolio ("Water
            # Resources Minister"), unless they name a place or are an acronym ("UK Minister")
            if cur and not (
                (cued and len(cur) == 1 and _everyday_word(texts[cur[0]].lower()))
                or (
                    texts[idx] == "Minister"
                    and not any(place_tok[x] or texts[x].isupper() for x in cur)
                )
            ):
                segments.append((cur, cued))
            cur, cued = [], True
            k += n_title
            continue
        cur.append(idx)
        k += 1
    if cur:
        segments.append((cur, cued))
    calendar = cues.calendar
    for seg, by_title in segments:
        # calendar words end any name, organisations included ("County Court Friday")
        part: list[int] = []
        for idx in seg:
            if (
                (texts[idx] in calendar and not _month_surname(idx, part, w, cues))
                # a numbered thing ends a name too ("Alaska Airlines Flight 1282"), and so does
                # an aircraft's model code ("Royal Canadian Air Force C-130 Hercules")
                or (
                    texts[idx] in _NUMBERED_NOUNS
                    and idx + 1 < len(texts)
                    and _NUMBER.match(texts[idx + 1]) is not None
                )
                or _MODEL_CODE.fullmatch(texts[idx]) is not None
                # ... and so does a weekday the calendar words leave out, before a date ("By
                # Oliver Keane Sun 29 Sep 2024" was a person "Oliver Keane Sun")
                or weekday_before_date(texts, idx)
            ):
                if part:
                    _read_segment(part, by_title, w, place_tok, cues, spans, singles)
                part = []
            else:
                part.append(idx)
                if (
                    texts[idx] in _AIRLINE_ENDINGS
                    and idx != seg[-1]
                    and texts[idx + 1] not in cues.org_words
                    and texts[seg[-1]] not in cues.venue_endings
                    and texts[seg[-1]] not in _VENUE_WORDS
                ):
                    # an airline's name ends at its word: an aircraft's maker or name follows
                    # ("Pakistan International Airlines Airbus A300", "Yeti Airlines Twin
                    # Otter"), not an arena's name ("American Airlines Center")
                    _read_segment(part, by_title, w, place_tok, cues, spans, singles)
                    part = []
        if part:
            _read_segment(part, by_title, w, place_tok, cues, spans, singles)
    return (
        tuple((a - first, b - first, *rest) for a, b, *rest in spans),
        tuple((x - first, by_title) for x, by_title in singles),
    )


def _name_before_headline_words(
    chunk: list[int], texts: list[str], caps: list[bool], headline_words: frozenset[str]
) -> int:
    """Where the words of a chunk in headline case begin: after a name of two capitalised
    words or more and the "of" that follows it, when no headline word comes before; else 0."""
    for i in range(2, len(chunk) - 1):
        x = chunk[i]
        if texts[x] in headline_words:
            return 0
        if texts[x] == "of" and not caps[x]:
            return i if all(caps[y] for y in chunk[:i]) else 0
    return 0


def _split_at_connectors(seg: list[int], w: _Words) -> list[tuple[list[int], list[int]]]:
    """[(connector tokens before, name tokens)] — "Workers Party of Korea" → [([], WP), ([of], K)]."""
    texts, caps = w.texts, w.caps
    parts: list[tuple[list[int], list[int]]] = []
    conn: list[int] = []
    cur: list[int] = []
    for idx in seg:
        if not caps[idx] and texts[idx] in _CONNECTOR_WORDS:
            if cur:
                parts.append((conn, cur))
                cur, conn = [], []
            conn.append(idx)
        else:
            cur.append(idx)
    if cur:
        parts.append((conn, cur))
    return parts


def _conn_before(idx: int, seg: list[int], w: _Words) -> bool:
    """Whether a connector word ("of", "the", "for") stands right before token ``idx`` in ``seg``."""
    k = seg.index(idx)
    return k > 0 and not w.caps[seg[k - 1]] and w.texts[seg[k - 1]] in _CONNECTOR_WORDS


_ARTICLES = frozenset({"The", "A", "An"})


@lru_cache(maxsize=1)
def _club_letters() -> frozenset[str]:
    """The letters a football club's name opens with ("FC Sheriff Tiraspol", "FK Partizan"):
    org_evidence.toml's club prefixes written in capitals."""
    # (imported here: org_evidence reads names, which reads this module)
    from helpers.recognise.org_evidence import _evidence

    return frozenset(p for p in _evidence().club_prefixes if p.isupper())


# nouns news writes before a number, naming one thing of a body's ("Alaska Airlines Flight 1282")
_NUMBERED_NOUNS = frozenset({"Flight", "Flights", "Route", "Gate", "Terminal", "Platform"})
_NUMBER = re.compile(r"[A-Z]{0,3}\d")  # "1282", "MH370"
_MODEL_CODE = re.compile(MODEL_CODE)
# (and the last words of arenas named after airlines that name_cues.toml's venues lack)
_VENUE_WORDS = frozenset({"Center", "Centre", "Field", "Park", "Forum", "Garden", "Gardens"})
_NO_PERSON_FIRST = _ARTICLES | {"Las", "Los", "Greater", "Lesser", "Der", "Die", "Het"}
# ... nor with an award's "Best" ("makes history with Best Actor Oscar" was a person whose
# "surname" was every "Oscar")
_NO_PERSON_FIRST |= {"Best"}
# ... nor with a compass word: a region's ("North Gyeongsang", "South Jeolla", "West Java")
_NO_PERSON_FIRST |= {
    "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
    "Northeast", "Northwest", "Southeast", "Southwest", "Upper", "Lower",
}  # fmt: skip


# a legislature's chambers, and the caucuses' words their leaders' titles start with
_HOUSES = frozenset({"Senate", "House"})
_CAUCUS_WORDS = frozenset({"Majority", "Minority", "Democratic", "Republican"})
# continents' names, which no title names as a person (see _read_person)
_CONTINENTS = frozenset({"Europe", "Asia", "Africa", "Americas", "Oceania", "Antarctica"})


def _month_surname(idx: int, before: list[int], w: _Words, cues: _Cues) -> bool:
    """Whether the month word at ``idx`` is a surname, right after a given name: "Theresa May
    said", "Brian May" (no one was found)."""
    return (
        w.texts[idx] == "May"
        and bool(before)
        and before[-1] == idx - 1
        and w.joined[idx]
        and w.texts[idx - 1] in cues.given_names
    )


def _plural_nickname(word: str) -> bool:
    """Whether a capitalised word is plural in shape, as a team's nickname is ("Saints")."""
    return word.endswith("s") and not word.endswith("ss")


def _read_segment(
    seg: list[int],
    by_title: bool,
    w: _Words,
    place_tok: list[str | None],
    cues: _Cues,
    spans: list[tuple[int, int, str, str, str, tuple[str, ...]]],
    singles: list[tuple[int, bool]],
) -> None:
    texts = w.texts
    org_words = cues.org_words
    parts = _split_at_connectors(seg, w)
    if not _AIRLINE_WORDS.isdisjoint(texts[x] for x in seg):
        parts = _airline_then_maker(parts, texts)
    p = 0
    leftovers: list[list[int]] = []
    while p < len(parts):
        _conn, names = parts[p]
        if p == 0 and len(names) >= 3 and _office_of_place_then_name(names, w, place_tok, cues):
            # an office's place, then its holder: "the former mayor of Barcelona Ada Colau" (one
            # body "Barcelona Ada Colau"); the place is the scan's
            parts[0] = (_conn, names[1:])
            continue
        if (
            len(names) >= 2
            and texts[names[-1]] == "Press"
            and names[-1] + 1 < len(texts)
            and texts[names[-1] + 1] in PRESS_TITLES
        ):
            # a press secretary's title, not a body's last word: "White House Press Secretary
            # Karoline Leavitt" made a body "White House Press", "Palace Press Officer Claire
            # Castro" one "Palace Press"
            parts[p] = (_conn, names[:-1])
            continue
        if (k := _office_of_body_then_name(names, w, cues)) is not None:
            # a body after an office's "of", then its holder: two names ("Speaker of the
            # National Assembly Manzoor Nadir" was one body)
            parts[p : p + 1] = [(_conn, names[:k]), ([], names[k:])]
            continue
        if (
            len(names) >= 3
            and texts[names[0]] in org_words
            and _MIDDLE_INITIAL.fullmatch(texts[names[1]])
            and texts[names[2]] not in org_words
        ):
            # a body's word, then a person named by an initial and a surname: two names ("the
            # Leader of the Opposition in the Assembly R. Ashoka" was one body)
            parts[p : p + 1] = [(_conn, names[:1]), ([], names[1:])]
            continue
        if (
            len(names) >= 2
            and (
                any(texts[x] in org_words for x in names)
                # a research or advisory firm's last word ("Everline Research", "Counterpoint
                # Research"; not a headline's "New Research Shows …", where it is no last word)
                or texts[names[-1]] in _FIRM_ENDINGS
                # a health system's ("Northwell Health", "Atrium Health" were people; not a
                # topic's "Mental Health", all everyday words, nor a people's or a big
                # place's "British Health Secretary", "Ontario Health"; a small town's name
                # is the founders' ("Sutter Health" was Sutter, California)
                or (
                    texts[names[-1]] in _HEALTH_ENDINGS
                    and not _everyday_word(texts[names[0]].lower())
                    and place_tok[names[0]] in (None, "weak")
                )
                # a water utility's or a steelmaker's, named after its town, region or founder
                # ("Wellington Water", "Anglian Water", "Tata Steel"; not "Open Water", all
                # everyday words)
                or (
                    texts[names[-1]] in TOWN_TRADE_ENDINGS
                    and len(names) == 2
                    and not _everyday_word(texts[names[0]].lower())
                    # (a steelmaker's, not a person's: "David Steel", "Danielle Steel")
                    and texts[names[0]] not in cues.given_names
                )
            )
            and texts[names[-1]] not in cues.non_person_endings
            and texts[names[-1]] not in OPEN_SPACE_ENDINGS
            # (nor a law's: "the African Union Constitution", "the United Nations Charter")
            and texts[names[-1]] not in cues.law_endings
            # (a square's or a street's name holds no body: "Place de la Nation")
            and texts[names[0]] not in cues.romance_feature_heads
            and not _given_and_press_word(names, texts, place_tok, cues)
            # a tournament's group by its letter: "Group B", "Pool A"
            and not (len(names) == 2 and len(texts[names[1]]) == 1)
        ):
            # an organisation, with its "of X" tail unless X is an organisation of its own or a
            # legal form ended the name ("Harrow Bay Controls Inc of Seattle")
            members = list(names)
            if (
                len(members) == 2
                and texts[members[0]] in _HOUSES
                and texts[members[1]] in _CAUCUS_WORDS
            ):
                # a chamber and its caucus's word before a leader's title: "Senate Majority
                # Leader John Thune", "House Democratic leader Hakeem Jeffries" name the Senate
                # and the House (the word is the leader's)
                members = members[:1]
            q = p + 1
            ended = texts[names[-1]] in _company_endings()  # (once: the loop keeps the names)
            while q < len(parts) and not ended:
                if not parts[q][0] or any(texts[x] in org_words for x in parts[q][1]):
                    break  # (no connector before it: a name of its own, _airline_then_maker)
                if place_tok[parts[q][1][-1]] == "demonym":
                    break  # an adjective, no "of" name: "Congress of Sri Lankan President …"
                if _leader_after_of(parts[q], w, place_tok, cues):
                    break  # its leader, no "of" name: "the Badr Organization of Hadi al-Amiri"
                if _seat_after_own_name(names, parts[q], texts, place_tok, org_words):
                    break  # its seat: "the insurer Assurances Mosane of Liège"
                members += parts[q][0] + parts[q][1]
                q += 1
            members += _place_with_and(members[-1], w, place_tok)
            spans.append(_make_span(members, w, "organisation", "organisation"))
            p = q
            continue
        if by_title and all(
            texts[x] in org_words or (texts[x] in cues.title_words and texts[x] not in _surnames())
            for x in names
        ):  # ("sworn in as Chief Minister for …": a title's own words, no one's name; "Mr. Dean"
            # is someone)
            p += 1  # "Premier League", "President Hotel": a title word naming no one
            continue
        leftovers.append(names)
        p += 1
    for names in leftovers:
        # a title names the words right after it, not a name after a connector ("Judge Eleanor
        # Whitcombe of the Northern District of Illinois": Illinois is no one)
        cued = by_title and (names[0] == seg[0] or not _conn_before(names[0], seg, w))
        _read_person(names, cued, w, place_tok, cues, spans, singles)


# newspapers' words that are also surnames, or read as one after a given name ("Jim Courier",
# "Emily Post"); a paper is named after a place ("Denver Post", "Charlotte Observer")
_PRESS_SURNAMES = frozenset(
    {
        "Courier", "Post", "Herald", "Tribune", "Gazette", "Telegraph", "Chronicle", "Journal",
        "Times", "Sentinel", "Inquirer", "Enquirer", "Dispatch", "Observer",
    }
)  # fmt: skip


def _given_and_press_word(
    names: list[int], texts: list[str], place_tok: list[str | None], cues: _Cues
) -> bool:
    """Whether a two-word name is a given name that names no place, then a newspaper's word:
    a person ("Former champion Jim Courier said"), not a paper ("Denver Post": the place rules
    dropped the town inside a paper's name, so the gazetteer is asked)."""
    from helpers.gazetteer import load_gazetteer  # (cached; the place rules loaded it)

    return (
        len(names) == 2
        and texts[names[1]] in _PRESS_SURNAMES
        and texts[names[0]] in cues.given_names
        and place_tok[names[0]] is None
        and load_gazetteer().index.get(texts[names[0]].lower(), -1) < 0  # (-1: a prefix only)
    )


# the words after "Miss" that name a beauty pageant, not a woman
_PAGEANTS = frozenset({"Universe", "World", "Earth", "International", "Supranational", "Grand"})


def _read_person(
    names: list[int],
    by_title: bool,
    w: _Words,
    place_tok: list[str | None],
    cues: _Cues,
    spans: list[tuple[int, int, str, str, str, tuple[str, ...]]],
    singles: list[tuple[int, bool]],
) -> None:
    texts, caps = w.texts, w.caps
    if (
        by_title
        and len(names) == 1
        and texts[names[0]] in _PAGEANTS
        and texts[names[0] - 1] == "Miss"
    ):
        return  # a beauty pageant: "the Miss Universe pageant" named no one "Universe"
    calendar = cues.calendar
    # Calendar words, places and demonyms break a name; a title makes the rest a person regardless.
    # A town-sized place at the head of a longer capitalised name is the name's ("Kim" is also a town
    # in India: "Kim Jong Un" stays whole), while countries, regions, demonyms and landmarks split it
    # ("U.S. Senate", "North Korean Kim").
    runs: list[list[int]] = [[]]
    bodies = one_word_bodies()
    for pos, idx in enumerate(names):
        word = texts[idx]
        if (
            word in bodies
            and not runs[-1]
            and not by_title
            and pos + 2 < len(names)
            and texts[names[pos + 1]] in cues.given_names
            and caps[names[pos + 2]]
        ):
            # a body's one-word name before a given name and a surname is no word of the
            # person's ("the speaker of the Duma Vyacheslav Volodin" was one person, then a
            # product of the Duma's): the known organisation is typed on its own (learned.py)
            continue
        if (
            word in PARTY_MEMBERS
            and not runs[-1]
            and pos + 2 < len(names)
            and (
                texts[names[pos + 1]] in cues.given_names
                or texts[names[pos + 1]] in PARTY_MEMBERS  # "Liberal Democrat Tim Farron"
                or _DOTTED_INITIALS.fullmatch(texts[names[pos + 1]]) is not None
                or (
                    not _everyday_word(texts[names[pos + 1]].lower())
                    and _listed_surname(texts[names[pos + 2]])
                )
            )
            and caps[names[pos + 2]]
        ):
            continue  # a party's member before a name: "Democrat Sherrod Brown"
        place = place_tok[idx]
        if (
            word in cues.group_words
            and not (
                # (but a middle name between a given name and an Arabic family name: "Mohammed
                # Shia al-Sudani" was two people, "Mohammed" and "al-Sudani")
                runs[-1]
                and texts[runs[-1][-1]] in cues.given_names
                and pos + 1 < len(names)
                and _ARABIC_SURNAME.match(texts[names[pos + 1]])
            )
            and not (
                # (nor a given name that is a people's name too, opening a name before a surname:
                # "coach Sami El-Sheshini" stays a person; "Sami reindeer herders", "Sami Parliament"
                # and "Sunni Arab" don't)
                not runs[-1]
                and word in cues.given_names
                and pos + 1 < len(names)
                and (
                    "-" in texts[names[pos + 1]]  # ("El-Sheshini": an everyday word's first part)
                    or not _everyday_word(texts[names[pos + 1]].lower())
                )
                and texts[names[pos + 1]] not in cues.group_words
            )
        ):
            place = "group"  # a faith's or a people's word: no one's name ("Sunni Arab")
        if by_title and place not in _NO_NAME_WORD:  # a title's name may hold a town's name
            # (but a continent's is no one's: "the alliance's Supreme Allied Commander Europe,
            # Gen Alexus Grynkewich" was a person "Europe")
            place = "group" if word in _CONTINENTS else None
        if (
            place == "weak"
            and not runs[-1]
            and pos + 1 < len(names)
            # (not a town's second word: "the Des Moines Register newspaper" was a person "Moines
            # Register", "in Los Angeles. One day" … "Angeles Trapani"; before a plural, a team's
            # nickname, the run stays for the team rules: "The New Orleans Saints beat …")
            and not (
                pos
                and names[pos - 1] == idx - 1
                and place_tok[idx - 1] == "weak"
                and not _plural_nickname(texts[names[pos + 1]])
            )
        ):
            # a town's name before a surname, past any particles ("Marta dos Santos")
            q = pos + 1
            while q + 1 < len(names) and not caps[names[q]] and texts[names[q]] in cues.particles:
                q += 1
            nxt = names[q]
            if (
                # (or an Arabic family name with its article: "Hassan al-Tayeb", Hassan a town
                # in India)
                (caps[nxt] or _ARABIC_SURNAME.match(texts[nxt]))
                and (
                    place_tok[nxt] is None
                    # (a given name and a particle before any name: "Quinton de Kock", where
                    # Quinton is a town in Oklahoma and Kock one in Poland)
                    or (q > pos + 1 and word in cues.given_names and place_tok[nxt] == "weak")
                )
                # (not a town before a given name and a surname: "in Barranquilla Alejandro
                # Char secured a third term")
                and not (
                    texts[nxt] in cues.common_given_names
                    and not _everyday_word(texts[nxt].lower())  # ("Dublin Art Stroll")
                    and word not in cues.given_names
                    and q + 1 < len(names)
                    and caps[names[q + 1]]
                )
            ):
                place = None
        elif (
            place == "weak"
            and len(runs[-1]) >= 3
            and not caps[runs[-1][-1]]
            and texts[runs[-1][-1]] in cues.particles
            and any(texts[x] in cues.given_names for x in runs[-1])
        ):
            # a town's name after a particle ends a long name ("Endrick Felipe Moreira de Sousa",
            # "Vinícius José Paixão de Oliveira": Sousa and Oliveira are towns in Brazil)
            place = None
        elif (
            place in _TOWN_OR_AREA
            and not runs[-1]
            and word in cues.given_names
            and pos + 2 < len(names)
            and _MIDDLE_INITIAL.fullmatch(texts[names[pos + 1]]) is not None
            and caps[names[pos + 2]]
            and place_tok[names[pos + 2]] is None
        ):
            # a given name before a middle initial and a surname is the person's, whatever else
            # it names: "Victoria N. Pearson, general counsel" was Australia's state and "N.
            # Pearson" (a town's name gives way before a surname alone, above)
            place = None
        elif (
            place in _TOWN_OR_AREA
            and runs[-1]
            and pos + 1 < len(names)
            and _middle_name(texts[runs[-1][-1]], names[pos + 1], w, place_tok, cues)
        ):
            # a town's name between two unknown name words is the middle one of a person's name
            # ("Chimamanda Ngozi Adichie": Ngozi is a province of Burundi)
            place = None
        elif (
            place
            and place != "group"
            # (a people's plural is no surname after an everyday word: "Young Nepalis, already
            # angry" was a person; "Tazmin Brits" and "Bill English" keep theirs)
            and not (
                place == "demonym"
                and word[-1:] == "s"
                and runs[-1]
                and _everyday_word(texts[runs[-1][0]].lower())
            )
            and runs[-1]
            and (
                (texts[runs[-1][0]] in cues.given_names and caps[idx])
                or _ARABIC_SURNAME.match(word)  # "Moqtada al-Sadr": no town written "al-"
            )
        ):
            # a given name keeps the surname a place shares: "Bill Jordan", "Joaquin Phoenix",
            # "Otto von Bismarck", and so does any name its Arabic family name
            place = None
        # "CNN", "U.S.", not "J." nor a regnal number ("Louis XIV")
        acronym = (
            word.isupper()
            and len(word.rstrip(".")) > 1
            and word not in cues.suffixes
            # (not a person's dotted initials opening a name before a surname: "Republican J.D.
            # Vance" was no one, "and J.D. Vance," an organisation)
            # (nor a given name of two initials without stops: "JJ Spaun", "CJ Stroud")
            and not (
                not runs[-1]
                and (_DOTTED_INITIALS.fullmatch(word) is not None or word in cues.given_names)
                and pos + 1 < len(names)
                and caps[names[pos + 1]]
                and place_tok[names[pos + 1]] is None
                and not texts[names[pos + 1]].isupper()
                # (a name's word, not a body's: "U.N. Special Envoy", "U.N. Stabilization"; a
                # surname that is also a word is a name's: "A.J. Brown", "A.J. Green")
                and (
                    not _everyday_word(texts[names[pos + 1]].lower())
                    or _listed_surname(texts[names[pos + 1]])
                )
            )
        )
        if (
            (word in calendar and not _month_surname(idx, runs[-1], w, cues))
            or place
            or (acronym and not by_title)
        ):
            # acronyms count through the table only; a lone place word may still be a surname
            runs.append([])
            if word not in calendar and place not in _NO_NAME_WORD:  # "Chief Palestinian …"
                singles.append((idx, by_title))
            continue
        runs[-1].append(idx)
    for run in runs:
        # a trailing particle is not part of a name; an Arabic family name is ("Fayez al-Sarraj")
        while run and not caps[run[-1]] and not _ARABIC_SURNAME.match(texts[run[-1]]):
            run.pop()
        # (the word before must be the segment's own: readings are remembered by their words)
        if run and (
            (run[0] - 1 in names and w.joined[run[0]] and texts[run[0] - 1] in _SAINTS)
            or texts[run[0]] in _SAINTS
        ):
            continue  # a saint's, so a town's or a church's: "Santa María de Punilla", "St Chad's"
        # nor a title abbreviated after it ("Leader Douglas Devananda MP voted")
        while (
            len(run) > 1
            and texts[run[-1]].isupper()
            and (texts[run[-1]] in cues.title_words or texts[run[-1]] in _POST_NOMINALS)
        ):
            run.pop()
        if not run:
            continue
        run_caps = [x for x in run if caps[x] or _ARABIC_SURNAME.match(texts[x])]
        if len(run_caps) >= 2 or (by_title and run_caps and len(run) > 1):
            if (
                texts[run[-1]] in cues.non_person_endings
                or (
                    texts[run[-1]].endswith(_STREET_ENDINGS)
                    and _STREET_COMPOUND.search(texts[run[-1]]) is not None
                )
                or nobodys_name([texts[x] for x in run], cues)
                # (a river's after "the", though River is a given name: "The River Tay burst
                # its banks" was a person)
                or (texts[run[0]] in _WATER_HEADS and run[0] and texts[run[0] - 1] in _THE)
                # (nor "the Royal …", an institution's: "building work at the Royal Shrewsbury"
                # was a person, whose "surname" made Shrewsbury in a list of towns a person too)
                or (texts[run[0]] == "Royal" and run[0] and texts[run[0] - 1] in _THE)
                # (a street's name and its compass half: "City Hall on Queen Street West" was
                # a person "Street West" after the title "Queen")
                or (texts[run[-1]] in _COMPASS_HALVES and texts[run[-2]] in cues.non_person_endings)
            ):
                continue
            if not by_title and texts[run[0]] in _NO_PERSON_FIRST:
                # "The Irishman", "A Star Is Born": a work's title; "Las Bambas", "Los Pinos": a
                # place's (no one's name starts with a plural article); "Greater Anglia" a
                # region's or its company's; "Die Hard", "Der Untergang" a film's (not "Des":
                # "Des Lynam" is a person)
                continue
            core = [
                texts[x]
                for x in run_caps
                if texts[x] not in cues.suffixes
                and not texts[x].endswith(".")
                and not _bare_letter_of_name(x, run, by_title, w, cues)
            ]
            # (a particle may be capitalised: "Pedro De Los Reyes Arias")
            plain = len(run_caps) == len(run) and cues.particles.isdisjoint(map(str.lower, core))
            if len(core) > (4 if plain else 6) or any(len(c) < 2 for c in core):
                # people have two to four names, none a bare letter ("District A"), or up to six
                # with particles ("Vinícius José Paixão de Oliveira Júnior")
                if plain and not by_title and len(core) == len(run) > 4:
                    # ... but a given name that opens the run's last two or three words is a
                    # person's, after an office the cues lack ("seated beside Mela Adhikari
                    # Vijay Kiran Anand" found no one)
                    k = next(
                        (
                            k
                            for k in range(len(run) - 3, len(run) - 1)
                            if texts[run[k - 1]] not in cues.given_names
                            and _opens_tail(run[k:], texts, cues)
                        ),
                        0,
                    )
                    nxt = run[-1] + 1
                    if (
                        k
                        and cues.org_words.isdisjoint(texts[x] for x in run)
                        # (not a body's name its acronym follows: "Lok Nayak Jai Prakash
                        # Narayan (LNJP) Hospital")
                        and not (
                            nxt < len(texts)
                            and texts[nxt].isupper()
                            and w.starts[nxt] == w.ends[run[-1]] + 2
                        )
                    ):
                        spans.append(_make_span(run[k:], w, "person", "name"))
                continue
            if " ".join(texts[x] for x in run) in cues.title_phrases:
                continue  # a title with no name ("Attorney General")
            if not by_title and texts[run[0]] in cues.title_words:
                # an unknown title's words: a person only from a given name after them
                # ("Judge-Executive Harold Jackson"); none, no one ("Executive Committee")
                k = next((k for k, x in enumerate(run) if texts[x] not in cues.title_words), 0)
                if not (k and texts[run[k]] in cues.given_names and len(run) - k >= 2):
                    continue
                spans.append(_make_span(run[k:], w, "person", "title"))
                continue
            # "J.D. Vance": no organisation's name is so written (and "A.J. Brown" no colour's)
            initialled = (
                not by_title
                and _DOTTED_INITIALS.fullmatch(texts[run[0]]) is not None
                and _listed_surname(texts[run[-1]])
            )
            if not by_title and not initialled and all(_is_common_word(c) for c in core):
                continue  # "Town Homes", "Business Manager": ordinary words, capitalised
            if not by_title and texts[run[-1]] in _HEALTH_ENDINGS:
                continue  # no one's last name: "Mental Health charity Mind said"
            if not by_title and any(_camel_cased(c, cues) for c in core):
                continue  # a brand's or a product's: "Jasper SkyTram", "Sony PlayStation"
            how = "initials" if initialled else "title" if by_title else "name"
            spans.append(_make_span(run, w, "person", how))
        elif len(run) == 1:
            singles.append((run[0], by_title))


def _opens_tail(tail: list[int], texts: list[str], cues: _Cues) -> bool:
    """Whether a common given name and a Census surname are the last two words of a run too long
    for one name ("AP National Security Writer Robert Burns"), or two given names open its last
    three ("Vijay Kiran Anand"); "Alpha Beta Gamma Delta Epsilon" names no one."""
    first = texts[tail[0]]
    if len(tail) == 2:
        return first in cues.common_given_names and _listed_surname(texts[tail[1]])
    return first in cues.given_names and texts[tail[1]] in cues.given_names


# a party's member before a name ("Democrat Sherrod Brown"): no word of it (quoted.py's frames
# read the same words)
PARTY_MEMBERS = frozenset(
    {"Democrat", "Republican", "Tory", "Socialist", "Communist", "Liberal", "Conservative"}
)
# a middle initial, with its full stop or without ("Victoria N. Pearson", "George W Bush"), or a
# given name's initial opening a name ("the Assembly R. Ashoka")
_MIDDLE_INITIAL = re.compile(r"[A-Z]\.?")
# a person's given names written as dotted initials ("J.D.", "K.P.", "R.M.A.L.")
_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){2,5}")


def _bare_letter_of_name(x: int, run: list[int], by_title: bool, w: _Words, cues: _Cues) -> bool:
    """Whether token ``x`` of a person's ``run`` is a bare letter that belongs to the name: a
    middle initial written without its full stop between a given name and a surname ("George W
    Bush"), or a single-letter regnal number after a title or a given name ("King Frederik X",
    "Pope Leo X", "Emperor Napoleon I", "Malcolm X"; name_suffixes leaves I, V and X out, as
    they stand for other things after other words: "Plan B", "District X").

        >>> from helpers.recognise.names import _cues
        >>> from helpers.recognise.tokens import _tokens
        >>> w = _tokens("George W Bush", _cues())
        >>> _bare_letter_of_name(1, [0, 1, 2], False, w, _cues())
        True
    """
    word = w.texts[x]
    if len(word) != 1 or not word.isupper():
        return False
    if (
        by_title
        and x != run[-1]
        and word not in "AIXYZ"  # (not "Gen Z Madagascar", a movement)
        and all(len(w.texts[y]) == 1 and w.texts[y].isupper() for y in run[: run.index(x)])
    ):
        return True  # initials without full stops after a title, as Indian news writes them
        # ("External Affairs Minister S Jaishankar" found no one, "Jaishankar said" a body)
    if x == run[0]:
        return False
    if x == run[-1]:
        # (after a given name alone not I, the pronoun: "told Frederik I would")
        return len(run) == 2 and (
            (by_title and word in "IVX") or (word in "VX" and w.texts[run[0]] in cues.given_names)
        )
    return w.texts[run[0]] in cues.given_names and x == run[1] and len(run) == 3


def _camel_cased(word: str, cues: _Cues) -> bool:
    """Whether a word is two words run together, as brands write them ("SkyTram", "PlayStation",
    "BlackRock"), not a name with a particle ("McDonald", "DeSantis", "MacArthur", "FitzGerald")
    nor two given names ("MaryAnn").

        >>> from helpers.recognise.cues import _cues
        >>> [_camel_cased(w, _cues()) for w in ("SkyTram", "MacArthur", "MaryAnn", "DeSantis")]
        [True, False, False, False]
    """
    m = _CAMEL.match(word)
    return (
        m is not None
        and m.group(1) not in _NAME_PREFIXES
        and word[m.end(1) :] not in cues.common_given_names
    )


_CAMEL = re.compile(r"([A-Z][a-z]{2,})[A-Z][a-z]+$")
# the particles a family name may run into its next word ("MacArthur", "VanDyke", "FitzGerald")
_NAME_PREFIXES = frozenset(
    {"Mac", "Van", "Von", "Fitz", "Del", "Della", "Dela", "Des", "Den", "Der", "Ten", "Ter", "San"}
)


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """The Dale–Chall list of ~3,000 words familiar to every reader (one copy: places')."""
    return dale_chall_words()


def _is_common_word(word: str) -> bool:
    low = word.lower()
    common = _common_words()
    return low in common or (low.endswith("s") and low[:-1] in common)


def _middle_name(
    before: str, nxt: int, w: _Words, place_tok: list[str | None], cues: _Cues
) -> bool:
    """Whether a town's name between the name word ``before`` and token ``nxt`` is a person's
    middle name: both words unknown ones (no everyday, organisation, title or calendar word, no
    acronym), the next one no place, and the three words one run of the same line."""
    after = w.texts[nxt]
    return (
        w.caps[nxt]
        and w.joined[nxt]
        and place_tok[nxt] is None
        and not after.isupper()
        and not before.isupper()
        and after not in cues.org_words
        and before not in cues.org_words
        and after not in cues.title_words
        and before not in cues.title_words
        and after not in cues.calendar
        and not _everyday_word(after.lower())
        and not _everyday_word(before.lower())
    )


def _make_span(
    idxs: list[int], w: _Words, kind: str, how: str
) -> tuple[int, int, str, str, str, tuple[str, ...]]:
    words = tuple([w.texts[x] for x in idxs])
    return idxs[0], idxs[-1], " ".join(words), kind, how, words
