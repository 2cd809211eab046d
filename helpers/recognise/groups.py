"""Bands, papers, parties, armed groups and firms that news names without an organisation word.

Part of :mod:`helpers.recognise`, asked by :func:`helpers.recognise.orgs.organisations`:

* a name that starts with a capitalised "The" after a band's or a paper's noun ("the band The
  Stands", "the newspaper The Guardian"), after a band's work or member and "by" or "of" ("an album
  by The Triffids", "the drummer of The Zutons"), or before a member's role ("The Zutons drummer").
  No person's name starts with "The", and a name that begins so inside a sentence is one name. It
  is the organisation at each of its mentions.
* a party's one-word name before a word of politics ("a Labor MP", "the Liberal caucus", "the Labor
  or Liberal parties") or after "with", "against", "joined" ("a coalition with Labour").
* a name read as a person before its members' noun ("Wagner fighters", "Hamas gunmen"): an armed
  group, at each of its mentions read as a person on no evidence but the words.
* a name whose first word is written with an inner capital, as firms write theirs
  ("SmithKline Beecham", "BlueCross BlueShield", "CityStage"): a company, where the rules read a
  person on no evidence but the words, or nothing.

The cue words are plain data in ``helpers/data/org_evidence.toml``. Each rule returns
(start, end, rule) finds for the organisation rules' merge.

    >>> from helpers.recognise import recognise
    >>> [(s.surface, s.type) for s in recognise("It is an album by The Triffids.")]
    [('The Triffids', 'organisation')]
    >>> [(s.surface, s.type) for s in recognise("He was a Labor MP for Kalgoorlie.")][0]
    ('Labor', 'organisation')
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from dataclasses import replace
from itertools import compress

from helpers.recognise.cues import _everyday_word
from helpers.recognise.names import _cues, _Intervals, _Span
from helpers.recognise.org_evidence import _ARTICLES_CAPS, _Evidence
from helpers.recognise.places import _Mention
from helpers.recognise.span_records import retyped_people
from helpers.recognise.tokens import _Words

__all__: list[str] = []  # (the organisation rules import the private rules)

# "The" and one to four capitalised words, each a word of its own ("The Rolling Stones")
_THE_NAME = r"The(?: [A-Z][\w'’&-]*){1,4}"
_POSSESSIVE = re.compile(r"(?:['’]s?|\.)$")
_KINDS_NOT_GROUPS = frozenset({"country", "continent", "admin area", "region", "demonym"})


def _alternatives(words: frozenset[str]) -> str:
    # the longest first, so "lead singer" is tried before "singer"
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@functools.cache
def _patterns(ev: _Evidence) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The band cue right before a name (searched for ending where the name starts), a member's
    role right after one, and the party cue."""
    before = re.compile(
        rf"\b(?:(?:band|group|newspaper|paper|magazine|tabloid|label)"
        rf"|(?:{_alternatives(ev.band_works)}) by"
        rf"|(?:{_alternatives(ev.band_members)}) (?:of|for|with|in)) \Z"
    )
    after = re.compile(rf" (?:{_alternatives(ev.band_roles)})\b")
    parties = _alternatives(ev.party_words)
    party = re.compile(
        rf"(?:\b(?:{_alternatives(ev.party_before)}) )?"
        rf"\b((?:{parties})(?:-(?:{parties}))?)"
        rf"(?:(?= (?:(?:or|and) (?:{parties}) )?(?:{_alternatives(ev.party_nouns)})\b)|(?=[ ,.;]))"
    )
    return before, after, party


_NAME_AT = re.compile(_THE_NAME)


def _group_names(text: str, cands: list[_Mention], ev: _Evidence) -> list[tuple[int, int, str]]:
    """Names starting with "The" that a band's or a paper's cue names, at each of their mentions.

    >>> from helpers.recognise.org_evidence import _evidence
    >>> _group_names("the drummer of The Zutons. The Zutons split.", [], _evidence())
    [(15, 25, 'group'), (27, 37, 'group')]
    """
    before, after, _ = _patterns(ev)
    names = set()
    # (each " The " in C, then the few words around it: a pattern for the cue before each
    # capital cost ~70 µs an article)
    pos = text.find(" The ")
    while pos != -1:
        start = pos + 1
        m = _NAME_AT.match(text, start)
        if (
            m is not None
            and (
                before.search(text, max(0, start - 40), start) is not None
                # a member's role after it, inside a sentence ("The American singer" opens one)
                or (text[start - 2 : start - 1] in _INSIDE and after.match(text, m.end()))
            )
        ):
            name = _POSSESSIVE.sub("", m.group())
            if " " in name and not _a_place(name, start, cands):
                names.add(name)
        pos = text.find(" The ", start)
    out = []
    for name in names:
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w-])", text):
            out.append((m.start(), m.end(), "group"))
    return out


_INSIDE = frozenset("abcdefghijklmnopqrstuvwxyz,;")


def _a_place(name: str, start: int, cands: list[_Mention]) -> bool:
    """Whether the words after "The" are a country's, a state's or a region's name ("The Hague",
    "The Gambia" are place candidates of their own)."""
    end = start + len(name)
    return any(
        (m.start <= start + 4 and m.end >= end and m.senses[0][1].kind in _KINDS_NOT_GROUPS)
        or m.start == start
        for m in cands
        if m.start < end and m.end > start
    )


def _parties(text: str, cands: list[_Mention], ev: _Evidence) -> list[tuple[int, int, str]]:
    """A party's one-word name before a word of politics or after "with", "against", "joined".

    >>> from helpers.recognise.org_evidence import _evidence
    >>> _parties("the Labor or Liberal parties; a coalition with Labour.", [], _evidence())
    [(4, 9, 'party'), (13, 20, 'party'), (47, 53, 'party')]
    """
    *_, party = _patterns(ev)
    out = []
    place_ends = {m.end for m in cands}
    for m in party.finditer(text):
        s, e = m.span(1)
        before = text[max(0, s - 30) : s].split()
        if (
            before
            and before[-1][:1].isupper()
            and before[-1] not in _ARTICLES_CAPS
            and s - 1 not in place_ends
        ):
            continue  # a longer name's word ("One Nation Liberal"); not "Australian Labor MP"
        noun = _noun_follows(text, e, ev)
        if not noun and e + 2 <= len(text) and text[e] == " " and text[e + 1].isupper():
            continue  # "Labor Department", "Liberal Democrats"
        if not noun and m.group(0) == m.group(1):
            continue  # no cue before it and none after it
        out.append((s, e, "party"))
    return out


# two to four capitalised words right before the noun "party" ("Pashinyan's Civil Contract
# party", "the centre-right New Unity party", "Harry Kalaba of the Citizens First party"): a
# party's name of everyday words, which no other rule reads as a name
_NAMED_PARTY = re.compile(r"(?<![\w'’.-])((?:[A-Z][\w!-]*[ ]){2,4})party\b")
# the words before a name that are none of it ("The Civil Contract party", "Among Sunni party
# leaders")
_BEFORE_A_NAME = frozenset(
    {"the", "a", "an", "this", "that", "its", "his", "her", "their", "among", "for", "of",
     "with", "from", "by", "in", "on", "at", "to", "and", "or", "but", "as", "both", "rival"}
)  # fmt: skip


def _named_parties(text: str, w: _Words, cands: list[_Mention]) -> list[tuple[int, int, str]]:
    """A party's name of two words or more before the noun "party": no word a title's, and the
    first no nationality ("the Greek Communist party") nor place ("the New York party").

    >>> from helpers.recognise.tokens import _tokens
    >>> t = "Pashinyan's Civil Contract party won. Former Ako Bicol party-list"
    >>> _named_parties(t, _tokens(t, _cues()), [])
    [(12, 26, 'party'), (45, 54, 'party')]
    """
    out = []
    titles = _cues().title_words
    starts = {m.start for m in cands}
    for m in _NAMED_PARTY.finditer(text):
        words = m.group(1).split()
        s = m.start(1)
        # (not a sentence's first word when it is an everyday one: "Former Ako Bicol party-list
        # representative"; nor an article's or a preposition's: "The", "Among")
        while words and (
            words[0].lower() in _BEFORE_A_NAME
            or (_opens_sentence(w, s) and _everyday_word(words[0].lower()))
        ):
            s += len(words.pop(0)) + 1
        if len(words) < 2 or any(w in titles for w in words) or s in starts:
            continue
        out.append((s, m.end(1) - 1, "party"))
    return out


def _opens_sentence(w: _Words, start: int) -> bool:
    """Whether the token at character ``start`` opens a sentence."""
    k = bisect_left(w.starts, start)
    return k < len(w.starts) and w.starts[k] == start and w.initial[k]


def _noun_follows(text: str, end: int, ev: _Evidence) -> bool:
    words = text[end : end + 40].split()
    if words[:1] and words[0] in ("or", "and"):
        # (past the other party's name, of one word or two: "Conservative and Liberal Democrat
        # members")
        words = words[3:] if " ".join(words[1:3]) in ev.party_words else words[2:]
    return bool(words) and words[0].rstrip(",.;") in ev.party_nouns


# the readings of a person on no evidence but the words (the rules' runs and the model's guess)
_WORDS_ONLY = frozenset({"name", "given", "model"})
ARMED_WHY = "a group or a team: its members named after it ('Wagner fighters', 'Williams driver')"


def armed_groups(text: str, people_orgs: list[_Span], ev: _Evidence) -> list[_Span]:
    """A name read as a person before its members' noun ("Wagner fighters", "Hamas gunmen") is
    an armed group, at each of its mentions read as a person on no evidence but the words
    ("Wagner chief Yevgeny Prigozhin", "chanting \"Wagner!\"").

        >>> from helpers.recognise.org_evidence import _evidence
        >>> guess = _Span(0, 6, "Wagner", "person", "model", tokens=("Wagner",))
        >>> [sp.kind for sp in armed_groups("Wagner fighters left.", [guess], _evidence())]
        ['organisation']
    """
    members, roles = ev.armed_members, ev.team_member_roles
    starts = {sp.start for sp in people_orgs if sp.kind == "person"}
    groups: set[str] = set()
    for sp in people_orgs:
        if sp.kind == "person" and sp.how in _WORDS_ONLY and text[sp.end : sp.end + 1] == " ":
            word = text[sp.end + 1 : sp.end + 17].split(" ", 1)[0]
            if (
                word.rstrip(",.;:") in members
                # ... or a team: its member's role, then the member's name ("Williams driver
                # Damon Hill")
                or (word in roles and sp.end + 2 + len(word) in starts)
            ):
                groups.add(sp.entity)
    if not groups:
        return people_orgs
    return retyped_people(people_orgs, groups, _WORDS_ONLY, ARMED_WHY)


# a firm's one word with an inner capital after four letters or more ("SmithKline", "BlackRock",
# "WhatsApp"); not a family name's prefix ("McDonald", "MacLeod", "DeJean", "FitzGerald") or an
# Arabic name's ("AbdulRahman")
_FIRM_SHAPE = re.compile(r"(?!Fitz|Abdul|Abdel)[A-Z][a-z]{3,}(?:[A-Z][a-z]+)+")
FIRM_WHY = "a firm's name, written with an inner capital ('SmithKline', 'BlackRock')"
_HUMP = re.compile(r"[A-Z][a-z]+")
# what a firm's word needs somewhere: four letters, an inner capital and a lower-case letter
# (written from the capital, "[a-z]{3}[A-Z][a-z]" as "[A-Z](?<=[a-z]{3}[A-Z])[a-z]": the same
# texts match, and the regex engine skips to the next capital in C)
_FIRM_HINT = re.compile(r"[A-Z](?<=[a-z]{3}[A-Z])[a-z]")


def _firm_word(word: str) -> bool:
    """Whether ``word`` is shaped as a firm's ("SmithKline", "GroenLinks"), not two names a
    scraped page glued together ("CampbellMary", "CarterSheryl")."""
    if not _FIRM_SHAPE.fullmatch(word):
        return False
    given = _cues().common_given_names
    return not any(h in given for h in _HUMP.findall(word)[1:])


def firm_shaped(
    text: str, w: _Words, people_orgs: list[_Span], cands: list[_Mention]
) -> list[_Span]:
    """``people_orgs`` with each name whose first word is written with an inner capital, as
    firms write theirs, an organisation: a person read on the words alone ("BlueCross
    BlueShield"), or a run no rule typed ("SmithKline Beecham rose 5 pence", with the words after
    it up to two). A place candidate keeps its reading.

        >>> from helpers.recognise.names import _cues
        >>> from helpers.recognise.tokens import _tokens
        >>> t = "SmithKline Beecham rose 5 pence."
        >>> [(sp.entity, sp.how) for sp in firm_shaped(t, _tokens(t, _cues()), [], [])]
        [('SmithKline Beecham', 'evidence')]
    """
    if _FIRM_HINT.search(text) is None:
        return people_orgs  # (most articles: one scan in C)
    texts, caps, joined, starts, ends = w.texts, w.caps, w.joined, w.starts, w.ends
    shaped = [k for k in compress(range(len(texts)), caps) if _firm_word(texts[k])]
    if not shaped:
        return people_orgs
    given = _cues().given_names
    out: list[_Span] = []
    for sp in people_orgs:
        if not (
            sp.kind == "person" and sp.how in _WORDS_ONLY and sp.tokens and _firm_word(sp.tokens[0])
        ):
            out.append(sp)
        elif len(sp.tokens) > 2 and sp.tokens[1] in given:
            # the firm, then a person's name ("DeltaTrak Linda Ng said"): two names
            cut = sp.start + len(sp.tokens[0])
            rest = sp.tokens[1:]
            out.append(
                replace(sp, end=cut, entity=sp.tokens[0], kind="organisation", how="evidence",
                        surface=FIRM_WHY, tokens=sp.tokens[:1])
            )  # fmt: skip
            out.append(
                replace(
                    sp,
                    start=text.index(rest[0], cut),
                    entity=" ".join(rest),
                    how="name",
                    surface="",
                    tokens=rest,
                )
            )
        else:
            out.append(replace(sp, kind="organisation", how="evidence", surface=FIRM_WHY))
    taken = _Intervals([(sp.start, sp.end) for sp in out] + [(m.start, m.end) for m in cands])
    n = len(texts)
    added: list[_Span] = []
    last_end = -1  # (the shaped words in text order: one inside a name just added is its)
    for k in shaped:
        if starts[k] < last_end or taken.overlaps(starts[k], ends[k]):
            continue
        j = k + 1
        while (
            j < n
            and j - k < 3
            and caps[j]
            and joined[j]
            and texts[j] not in given  # (a person's name after it: "DeltaTrak Linda Ng")
            and texts[j] != texts[j - 1]
            and not taken.overlaps(starts[j], ends[j])
        ):
            j += 1
        name = text[starts[k] : ends[j - 1]]
        added.append(
            _Span(starts[k], ends[j - 1], name, "organisation", "evidence", FIRM_WHY,
                  tuple(texts[k:j]))
        )  # fmt: skip
        last_end = ends[j - 1]
    if not added:
        return out
    return sorted([*out, *added], key=lambda sp: (sp.start, -sp.end))
