"""Find place names in text and resolve each one to a gazetteer entry (geoparsing).

:func:`find_places` is a pure per-article function: text in, one row per place mention out
(a DataFrame); :func:`find_places_rows` returns the same rows as tuples, and :func:`places_frame`
turns the rows of many articles into one table — for pipelines, where building a DataFrame per
article would cost as much as finding the places.

Recognition finds runs of capitalised words (and the connectors of "Isle of Man") with one regex,
then extends each possible name word by word through the gazetteer's word-prefix dict, keeps the
longest matches that pass case rules and the false-positive rules: calendar words ("March"),
common words and first names or surnames that are also small towns ("Police", "Reading", "Jones")
unless the context says place ("in Reading", "Reading, Pa."), names that sit inside a person's
name ("George Washington", "President Jordan", "Kim Jong Un": a small town followed by a
capitalised word that is neither a place nor an institution word — "Vancouver International
Airport" stays) or an organisation's ("Washington Post", "Workers Party of Korea"). A first name
or surname once read as a person needs "in X" / "X, Country" context for the rest of the article.

Resolution gives every candidate its prior — log10(population) plus a bonus by kind (country >
capital > admin area > city) — and adds evidence from the article, iterating to a stable choice:
"City, State" and "City, Country" patterns; the share of the article's other places in the same
country; the share of its other towns, counties and states in the same state (a local paper's
towns pull "Mansfield" to Louisiana); a state the article names; closeness to another chosen
town; and other names that *could* be towns nearby ("Paris" beside "Henry County": both in
Tennessee) — that last never overturns a country or state. One name keeps one sense per article.

Speed (one core, LGL/GeoWebNews texts of ~1,900 characters, load average ~1.1 on 2 cores):
~2,150 articles/s for find_places, ~4,500 for find_places_rows (``benchmarks/bench_geoparse.py``,
best of three passes). Work that depends only on a name — the gazetteer matches of a run of
capitalised words, the filter rules' answers for a surface form, the facts about each sense, the
"why" texts — is memoised per gazetteer in bounded dicts (~25 MB per process), so a process that
reads many articles does it once per name.

    >>> rows = find_places("Talks in Hanoi, Vietnam, ended.")            # doctest: +SKIP
    >>> rows[["surface", "name", "kind", "country_code"]].values.tolist()  # doctest: +SKIP
    [['Hanoi', 'Hanoi', 'city', 'VN'], ['Vietnam', 'Vietnam', 'country', 'VN']]
"""

from __future__ import annotations

import functools
import importlib.util
import itertools
import math
import re
import warnings
import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from math import asin as _asin
from math import radians as _radians
from math import sin as _sin
from math import sqrt as _sqrt
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from helpers.errors import IncompleteResult
from helpers.gazetteer import ALT_NAME_PENALTY, Gazetteer, GazetteerEntry, load_gazetteer

PLACE_COLUMNS: list[str] = [
    "start",
    "end",
    "surface",
    "place_id",
    "name",
    "kind",
    "country_code",
    "lat",
    "lon",
    "score",
    "why",
]

_TOKEN_RE = re.compile(r"[^\W_]+")


class GeocodingSkipped(IncompleteResult):
    """A name :func:`find_places` could not geocode because the geocoding service failed
    (stage ``"geocode"``, reason ``"<name>: <why>"``): the pipeline lists it and retries later."""


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
        "sous",
        "bin",
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
    ]
)

# capitalised words for political organisations whose "<word> of <Place>" names the organisation
# ("Communist Party of China"). Places inside other organisation names stay places: both corpora
# annotate "University of Texas", "Bank of Canada", "Embassy of Ukraine" (GeoWebNews as
# "embedded" toponyms), and LGL annotates "Texas" in "University of Texas" 22 times out of 24.
PARTY_WORDS = frozenset(["party", "committee", "politburo", "presidium", "comintern"])
# locative words after which even a person's name reads as a place ("in Kim", "near Kim")
STRICT_LOCATIVE = frozenset(["in", "near", "outside", "inside", "around", "across", "throughout"])


@dataclass(frozen=True)
class _Lexicon:
    common: frozenset[str]
    calendar: frozenset[str]
    titles: frozenset[str]
    first_names: frozenset[str]
    surnames: frozenset[str]
    institutions: frozenset[str]


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
        sections[current].update(w.strip(".") for w in line.lower().split())
    easy: set[str] = set()
    # textstat ships the Dale–Chall list of ~3,000 words familiar to fourth-graders. Find the file
    # without importing textstat: its import pulls in nltk and scipy (~0.8 s, ~75 MB).
    spec = importlib.util.find_spec("textstat")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        easy_path = Path(folder) / "resources" / "en" / "easy_words.txt"
        if easy_path.is_file():
            easy = {w.strip().lower() for w in easy_path.read_text("utf-8").split() if w.strip()}
            break
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
    return _Lexicon(
        common=frozenset(sections.get("common", set()) | easy),
        calendar=frozenset(calendar),
        titles=frozenset(sections.get("titles", set())),
        first_names=frozenset(sections.get("first_names", set())),
        surnames=frozenset(sections.get("surnames", set())),
        institutions=frozenset(sections.get("institutions", set())),
    )


class _Mention:
    """A gazetteer name found in the text, with its neighbouring words (for the filter rules)."""

    __slots__ = (
        "context",
        "end",
        "key",
        "next",
        "ntok",
        "prev",
        "senses",
        "start",
        "surface",
        "tok_end",
    )  # fmt: skip

    def __init__(
        self,
        start: int,
        end: int,
        tok_end: int,
        ntok: int,
        key: int,
        surface: str,
        senses: tuple[tuple[int, GazetteerEntry, bool, float], ...],
        prev: tuple[int, int] | None,
        nxt: tuple[int, int] | None,
    ) -> None:
        self.start, self.end = start, end  # character offsets; end may include a final "."
        self.tok_end = tok_end  # end of the last word
        self.ntok = ntok  # number of words
        self.key = key  # gazetteer key number
        self.surface = surface
        self.senses = senses
        self.prev, self.next = prev, nxt  # spans of the words just before and after, or None
        self.context = 0  # bits: _COMMA_NEXT, _COMMA_PREV, _LOCATIVE, _IN


# Words that may start or continue a name: anything but a lower-case letter ("iPhone" is one word
# starting in lower case, so the look-behind keeps "Phone" out). Names continue over short runs of
# punctuation and spaces on one line ("Washington, D.C.", "St. Louis", "O'Hare") and over the
# lower-case connectors ("Isle of Man"). Scanning these runs with one C-level regex and then
# looking word sequences up in a dict skips the ~80 % of words that cannot start a name.
# The first letter is a character class and the look-behind comes after it, so the regex engine
# can skip to the next candidate letter in C instead of trying the look-behind at every position
# (the same matches as "(?<![^\W_])(?!lower-case)[^\W_]+", twice as fast).
_CAP_FIRST = r"[^\W_a-z\u00df-\u00f6\u00f8-\u00ff]"
_CAP = rf"{_CAP_FIRST}[^\W_]*"
_CHUNK_RE = re.compile(
    rf"{_CAP_FIRST}(?<![^\W_].)[^\W_]*(?:(?:[^\w\n]|_){{1,4}}"
    rf"(?:{_CAP}|(?:{'|'.join(sorted(CONNECTORS))})(?![^\W_])))*"
)
_SENTENCE_END = re.compile(r"[.!?\"“\n:]\s*$")
_COMMA = re.compile(r",\s*")

# what a multi-word chunk's match needs from the character after the chunk (see _chunk_matches)
_KEEP, _DOT_OR_KEEP, _DOT_OR_DROP = 0, 1, 2
_ChunkMatch = tuple[int, int, int, int, int, int]  # word i, word j, key, start, end, rule
# a chunk's number of words, or (number of words, word spans, matches) when it holds names
_Chunk = int | tuple[int, tuple[tuple[int, int], ...], tuple[_ChunkMatch, ...]]
# distinct chunks remembered per gazetteer: news repeats its capitalised words and names (3,000
# articles: 67,000 one-word chunks, 3,900 distinct). A full memo is cleared; 30,000 chunks and
# 20,000 "why" texts hold ~25 MB per process (at 60,000 / 50,000: ~55 MB, no measurable gain)
_CHUNK_MEMO_MAX = 30_000
_WHY_MEMO_MAX = 20_000  # "why" texts by (row, alternate name?, evidence)


class _Memo:
    """Per-gazetteer results of pure per-name work, shared by the articles a process parses."""

    __slots__ = ("chunks", "facts", "infos", "whys")

    def __init__(self) -> None:
        self.chunks: dict[str, _Chunk] = {}
        self.infos: dict[int, tuple[_Info, ...]] = {}
        self.facts: dict[str, _Facts] = {}
        self.whys: dict[tuple[int, bool, tuple[tuple[str, str], ...]], str] = {}


_MEMOS: weakref.WeakKeyDictionary[Gazetteer, _Memo] = weakref.WeakKeyDictionary()


def _memo(gaz: Gazetteer) -> _Memo:
    memo = _MEMOS.get(gaz)
    if memo is None:
        memo = _MEMOS.setdefault(gaz, _Memo())
    return memo


def _chunk_matches(chunk: str, index: dict[str, int], forms: dict[int, frozenset[str]]) -> _Chunk:
    """The gazetteer names in a chunk: (number of words, word spans, matches), or just the
    number of words when there are none.

    Spans are relative to the chunk. Each match is ``(i, j, key, start, end, rule)`` for words
    ``i..j``; ``rule`` says what the character after the chunk decides when the match ends the
    chunk and the name has a dotted form ("D.C."): ``_DOT_OR_KEEP`` — a "." extends the match,
    ``_DOT_OR_DROP`` — a "." extends it and anything else drops it. A pure function of the chunk,
    so :func:`_scan` memoises it.
    """
    words = _TOKEN_RE.findall(chunk)
    n = len(words)
    # where each word starts: only non-alphanumerics lie between words, so str.find from the end
    # of the previous word lands on the word itself
    spans_: list[tuple[int, int]] = []
    pos = 0
    for w in words:
        pos = chunk.find(w, pos)
        spans_.append((pos, pos + len(w)))
        pos += len(w)
    spans = tuple(spans_)
    ok = [w[0].isupper() or w[0].isdigit() for w in words]
    low = [w.lower() for w in words]
    out: list[_ChunkMatch] = []
    for i in range(n):
        if not ok[i]:
            continue
        k, j = low[i], i
        while True:
            v = index.get(k)
            if v is None:
                break
            if v >= 0 and ok[j]:
                key = v >> 1
                s, e = spans[i][0], spans[j][1]
                rule = _KEEP
                f = forms.get(key)
                if f:
                    surf = chunk[s:e]
                    if surf + "." in f:
                        if e < len(chunk):  # the next character is in the chunk
                            if chunk[e] == ".":
                                e += 1
                            elif surf not in f:
                                rule = -1
                        else:
                            rule = _DOT_OR_KEEP if surf in f else _DOT_OR_DROP
                    elif surf not in f:
                        # short names are abbreviations or codes: "US" yes, "Us" no
                        rule = -1
                elif e - s < 4 and chunk[s:e].isupper():
                    rule = -1
                if rule >= 0:
                    out.append((i, j, key, s, e, rule))
            if v >= 0 and not v & 1:
                break  # no longer name starts with these words
            j += 1
            if j >= n or not (ok[j] or words[j] in CONNECTORS):
                break
            k = f"{k} {low[j]}"
    return (n, spans, tuple(out)) if out else n


def _prev_word(text: str, pos: int) -> tuple[int, int] | None:
    """The span of the word ending before ``pos`` (skipping punctuation), or None."""
    i = pos
    while i > 0 and not text[i - 1].isalnum():
        i -= 1
    if i == 0:
        return None
    j = i
    while j > 0 and text[j - 1].isalnum():
        j -= 1
    return j, i


def _next_word(text: str, pos: int) -> tuple[int, int] | None:
    """The span of the word starting after ``pos`` (skipping punctuation), or None."""
    m = _TOKEN_RE.search(text, pos)  # [^\W_] is exactly str.isalnum, one character at a time
    return m.span() if m is not None else None


def _scan(text: str, gaz: Gazetteer) -> list[_Mention]:
    """Every gazetteer name in ``text`` that passes the case rules; longest match wins."""
    index, forms = gaz.index, gaz.forms
    chunks = _memo(gaz).chunks
    # (−words, −chars, start, first and last global word numbers, key, end, chunk start, chunk's
    # word spans, i, j)
    found: list[
        tuple[int, int, int, int, int, int, int, int, tuple[tuple[int, int], ...], int, int]
    ]
    found = []
    base = 0  # number of words in earlier chunks: global word numbers for overlap tests
    for cm in _CHUNK_RE.finditer(text):
        chunk = cm.group()
        c = chunks.get(chunk)
        if c is None:
            if len(chunks) >= _CHUNK_MEMO_MAX:
                chunks.clear()
            c = chunks[chunk] = _chunk_matches(chunk, index, forms)
        if type(c) is int:  # no name in this chunk (most chunks)
            base += c
            continue
        n, spans, matches = c
        o = cm.start()
        for i, j, key, s, e, rule in matches:
            s += o
            e += o
            if rule:
                if text[e : e + 1] == ".":
                    e += 1
                elif rule == _DOT_OR_DROP:
                    continue
            found.append((i - j, s - e, s, base + i, base + j, key, e, o, spans, i, j))
        base += n
    # longest match (in words, then characters) wins; ties keep the earlier one
    found.sort()
    taken: set[int] = set()
    chosen = []
    senses = gaz.senses
    for _, _, s, gi, gj, key, e, o, spans, i, j in found:
        if gi == gj:
            if gi in taken:
                continue
            taken.add(gi)
        else:
            if any(g in taken for g in range(gi, gj + 1)):
                continue
            taken.update(range(gi, gj + 1))
        tok_end = spans[j][1] + o
        if i > 0:
            a, b = spans[i - 1]
            prev: tuple[int, int] | None = (a + o, b + o)
        else:
            prev = _prev_word(text, s)
        if j + 1 < len(spans):
            a, b = spans[j + 1]
            nxt: tuple[int, int] | None = (a + o, b + o)
        else:
            nxt = _next_word(text, tok_end)
        chosen.append(_Mention(s, e, tok_end, j - i + 1, key, text[s:e], senses(key), prev, nxt))
    chosen.sort(key=lambda m: m.start)
    return chosen


_SURE_KINDS = frozenset({"country", "continent", "region", "landmark", "demonym"})
_MAJOR_KINDS = _SURE_KINDS


def _is_major(e: GazetteerEntry) -> bool:
    return e.kind in _MAJOR_KINDS or (e.kind == "admin area" and e.feature_code == "ADM1")


def _big(e: GazetteerEntry) -> bool:
    return _is_major(e) or e.feature_code == "PPLC" or e.population >= 100_000


def _starts_sentence(text: str, span: tuple[int, int]) -> bool:
    """Whether the word at ``span`` starts a sentence (so its capital letter says nothing)."""
    if _prev_word(text, span[0]) is None:
        return True
    before = text[max(0, span[0] - 3) : span[0]]
    return bool(_SENTENCE_END.search(before)) or before.strip() == ""


def _name_like(word: str, lex: _Lexicon) -> bool:
    """Whether a capitalised word reads as part of a proper name rather than a place's suffix."""
    low = word.lower()
    return (
        word.isalpha()
        and not word.isupper()
        and low not in lex.common
        and low not in lex.titles
        and low not in lex.calendar
        and low not in lex.institutions
        and low not in MODIFIERS
        and low not in ORG_SUFFIXES
        and low not in PERSON_VERBS
    )


def _party_of(text: str, of_span: tuple[int, int]) -> bool:
    """Whether the "of" at ``of_span`` follows a capitalised party-type word ("Workers Party of",
    "Central Committee of the"), making the place after it part of the organisation's name."""
    w = _prev_word(text, of_span[0])
    if w is not None and text[w[0] : w[1]] == "the":
        w = _prev_word(text, w[0])
    if w is None:
        return False
    word = text[w[0] : w[1]]
    return word[:1].isupper() and word.lower() in PARTY_WORDS


def _headline(text: str, pos: int) -> bool:
    """Whether ``pos`` lies on a short line in title case ("Windsor Joins Tax Credit Program"),
    where a capital letter says nothing about a proper name."""
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    if b < 0:
        b = len(text)
    if b - a > 200:
        return False
    words = [w for w in _TOKEN_RE.findall(text, a, b) if len(w) > 3]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


# what the text around a mention says (bits of _Mention.context)
_COMMA_NEXT, _COMMA_PREV, _LOCATIVE, _IN = 1, 2, 4, 8
_PLACE_CONTEXT = _LOCATIVE | _COMMA_NEXT | _COMMA_PREV  # enough for a weak name
_STRICT_CONTEXT = _IN | _COMMA_NEXT | _COMMA_PREV  # enough for a name also read as a person

# _Facts fields, by position: what the filter rules ask about a surface form (and its gazetteer
# senses) that does not depend on where it stands
(
    _F_MAJOR, _F_COUNTRY_OR_AREA, _F_CALENDAR, _F_MODIFIER, _F_WEAK, _F_ALT_SMALL, _F_NAME,
    _F_FIRST, _F_COMMON_MINOR, _F_TOWN_LIKE, _F_CALENDAR_SURFACE,
) = range(11)  # fmt: skip
_Facts = tuple[bool, ...]
_FACTS_MEMO_MAX = 20_000


def _surface_facts(m: _Mention, lex: _Lexicon) -> _Facts:
    """The position-independent answers of the filter rules for a mention's surface form."""
    best = m.senses[0][1]
    alt = m.senses[0][2]
    low = m.surface.lower().strip(".")
    major, big = _is_major(best), _big(best)
    is_name = low in lex.first_names or low in lex.surnames
    weak = (  # as a one-word mention, whatever the context
        (best.kind not in _SURE_KINDS and low in lex.common)  # "Central", "Mobile", "Reading"
        or (is_name and not big)  # "Lincoln", "Mary", "Nelson": a person far more often
        or (alt and not major and best.population < ALT_POP)  # a one-word alternate name
        # "Mary" (a Turkmen province), "Nelson": a person more often
        or (is_name and best.kind == "admin area" and best.population < NAME_AREA_POP)
        or (not big and alt)  # a small place's alternate name ("Pompeo")
    )
    return (
        major,
        best.kind in ("country", "admin area"),
        low in lex.calendar and best.kind != "country",
        low in MODIFIERS and best.kind != "country",
        weak,
        not big and alt,
        is_name,
        low in lex.first_names,
        low in lex.common and not major,
        best.feature_code != "PPLC" and best.kind != "admin area",
        m.surface.lower() in lex.calendar,
    )


def _filter(text: str, mentions: list[_Mention], gaz: Gazetteer) -> list[_Mention]:
    lex = _lexicon()
    memo = _memo(gaz).facts
    facts: list[_Facts] = []
    for m in mentions:
        f = memo.get(m.surface)
        if f is None:
            if len(memo) >= _FACTS_MEMO_MAX:
                memo.clear()
            f = memo[m.surface] = _surface_facts(m, lex)
        facts.append(f)
    person_keys: set[int] = set()
    name_run_keys: set[int] = set()  # names seen as the start of a person's name
    kept: list[tuple[_Mention, bool, _Facts]] = []  # (mention, is in a weak context, facts)
    last = len(mentions) - 1
    for idx, m in enumerate(mentions):
        f = facts[idx]
        major = f[_F_MAJOR]
        single = m.ntok == 1
        prev, nxt_w = m.prev, m.next
        prev_w = text[prev[0] : prev[1]] if prev else ""
        next_w = text[nxt_w[0] : nxt_w[1]] if nxt_w else ""
        prev_adj = prev is not None and text[prev[1] : m.start] == " "
        next_adj = nxt_w is not None and text[m.tok_end : nxt_w[0]] == " "
        # "City, State" / "City, Country" in either direction
        if (
            idx < last
            and facts[idx + 1][_F_COUNTRY_OR_AREA]
            and _COMMA.fullmatch(text, m.end, mentions[idx + 1].start)
        ):
            m.context |= _COMMA_NEXT
        if (
            idx > 0
            and f[_F_COUNTRY_OR_AREA]
            and _COMMA.fullmatch(text, mentions[idx - 1].end, m.start)
        ):
            m.context |= _COMMA_PREV
        pl = prev_w.lower()
        if pl in LOCATIVE:  # ("" when there is no word before)
            m.context |= _LOCATIVE
            if pl in STRICT_LOCATIVE:
                m.context |= _IN

        if single and f[_F_CALENDAR]:
            continue
        if prev_w == "of" and _party_of(text, prev):  # type: ignore[arg-type]
            continue  # "Workers Party of Korea": the party's name, not the country
        if prev_adj and not major and pl.strip(".") in lex.titles:
            person_keys.add(m.key)
            continue
        if single and prev_adj and prev_w[:1].isupper():
            if pl in lex.first_names or pl in lex.titles:  # "George Washington", "Mr. Reading"
                if not major or pl in lex.first_names:
                    person_keys.add(m.key)
                    continue
            elif (
                not major
                and pl not in MODIFIERS
                and pl not in lex.common
                and not _starts_sentence(text, prev)  # type: ignore[arg-type]
            ):
                continue  # inside a longer proper name: "Kim Jong Un", "Notre Dame"
        if next_adj and not major and next_w[:1].isupper():
            nl = next_w.lower()
            if nl in ORG_SUFFIXES:
                continue  # "Washington Post", "Dallas Cowboys"
            if (f[_F_FIRST] or nl in lex.surnames) and nl not in lex.common:
                person_keys.add(m.key)  # "Jordan Smith", "Kim Jong Un"
                continue
            if (
                f[_F_TOWN_LIKE]
                and _name_like(next_w, lex)
                and not (idx < last and mentions[idx + 1].start == nxt_w[0])  # type: ignore[index]
                and not _headline(text, m.start)
            ):
                # the first word(s) of a longer proper name that is no place: "Kim Jong Un",
                # "Cambridge Analytica". When the name itself is a first name or surname the
                # article's other bare "Kim"s are the same person.
                if f[_F_NAME]:
                    name_run_keys.add(m.key)
                continue
        weak = False
        if single:
            if f[_F_MODIFIER]:
                continue  # a bare compass word ("East", "Northeast") is a direction, not a region
            weak = f[_F_WEAK]
            if f[_F_ALT_SMALL] and f[_F_NAME] and next_adj and next_w.lower() in PERSON_VERBS:
                person_keys.add(m.key)  # "Pompeo said"
                continue
            if (
                not weak
                and f[_F_COMMON_MINOR]
                and (prev is None or _SENTENCE_END.search(text[max(0, m.start - 3) : m.start]))
            ):
                weak = True  # a common word at the start of a sentence
        kept.append((m, weak, f))
    out = []
    for m, weak, f in kept:
        if f[_F_CALENDAR_SURFACE]:
            continue
        if m.key in person_keys and not f[_F_MAJOR]:
            continue
        if weak and not m.context & _PLACE_CONTEXT:
            continue
        if weak and m.key in name_run_keys and not m.context & _STRICT_CONTEXT:
            continue  # "a letter from Kim" after "Kim Jong Un": one sense per article
        out.append(m)
    return out


MAX_CANDIDATES = 15
# a one-word alternate name of a town below this size needs place context ("Hamas" is one of
# Hamm's); exonyms of the biggest cities do not. Measured against no limit / 3 M / 0.5 M: F1 and
# acc@161 within 0.001 on both corpora (before: only towns under 100,000; LGL F1 .776 → .785,
# GWN .785 → .790 together with NAME_AREA_POP)
ALT_POP = 1_000_000
# a first name or surname that is an admin area needs place context below this size ("Mary", a
# Turkmen province) but not above ("Virginia"); measured 0.5 M / 2 M / 5 M / any: LGL F1 .786 /
# .786 / .786 / .785 (recall .889 → .886: Virginia), GWN F1 .789 / .789 / .790 / .790
NAME_AREA_POP = 5_000_000
# Evidence weights, added to the prior (log10 population + kind bonus). Chosen by looking at the
# classes of geocoding errors on the corpora (same-name towns, town-vs-country, town-vs-state).
PAIR_BONUS = 8.0  # "Alexandria, La." / "Danang, Vietnam"
STATE_BONUS = 2.5  # the article names the town's state
SUPPORT_BONUS = 3.0  # × share of the article's other places in the same country
NEAR_BONUS = 1.5  # within NEAR_KM of another place the article names
NEAR_KM = 150.0
# × share of the article's other towns, counties and states that lie in the same state (measured
# 1 → 5 on LGL/GWN: acc@161 0.851/0.912 → 0.859/0.913, flat from 3; weighting names by their
# mention count or by how sure their own best sense is did not help)
REGION_BONUS = 3.0
# × (up to COLOC_HITS) other names that have a town or county within NEAR_KM of this sense, whether
# or not that sense is the other name's current choice: two ambiguous names rarely both have
# senses side by side by chance (measured 0.5 / 1.0 / 1.5: LGL acc@161 0.868 / 0.874 / 0.875, GWN
# 0.913 / 0.913 / 0.912; counting 1 / 2 / 3 neighbours: LGL 0.871 / 0.873 / 0.874)
COLOC_BONUS = 1.0
COLOC_HITS = 3
_CELL = 1.5  # degrees: a NEAR_KM neighbour lies in the same or an adjacent cell
ALT_PENALTY = ALT_NAME_PENALTY  # an alternate name is a weaker claim than a place's own name

_Sense = tuple[int, GazetteerEntry, bool, float]
_NOT_LOCAL = frozenset({"country", "continent", "demonym"})

# What the resolution loop reads about one sense, again and again: worked out once per name key
# and memoised (news repeats the same few thousand names). Fields, by position:
_SENSE, _ROW, _ENTRY, _PRIOR, _CC, _A1, _CC_A1, _LAT, _LON, _RAD, _COS = range(11)
_LOCAL_OK, _TOWN_OR_AREA, _TOWN_OR_COUNTY, _STATE, _NAME, _CELL_OF, _MAJOR, _BAND = range(11, 19)
_Info = tuple[Any, ...]
_INFO_MEMO_MAX = 20_000  # name keys (~1.4 KB each with 4 senses)


# Cells are numbered row * _ROW_STEP + column, so the 3 × 3 block around a cell is a cell number
# plus each of _AROUND (int keys hash faster than (row, column) tuples); columns run from -120 to
# 120, so rows never overlap.
_ROW_STEP = 1024
_AROUND = tuple(dy * _ROW_STEP + dx for dy in (-1, 0, 1) for dx in (-1, 0, 1))


def _cell(lat: float, lon: float) -> int:
    return int(lat // _CELL) * _ROW_STEP + int(lon // _CELL)


def _sense_infos(infos: dict[int, tuple[_Info, ...]], m: _Mention) -> tuple[_Info, ...]:
    """The first :data:`MAX_CANDIDATES` senses of the mention's name key as ``_Info`` tuples."""
    got = infos.get(m.key)
    if got is None:
        if len(infos) >= _INFO_MEMO_MAX:
            infos.clear()
        out = []
        for sense in m.senses[:MAX_CANDIDATES]:
            e = sense[1]
            kind, fc = e.kind, e.feature_code
            rad = math.radians(e.lat)
            out.append(
                (sense, sense[0], e, sense[3], e.country_code, e.admin1,
                 (e.country_code, e.admin1), e.lat, e.lon, rad, math.cos(rad),
                 kind not in _NOT_LOCAL, kind == "city" or kind == "admin area",
                 kind == "city" or fc == "ADM2", kind == "admin area" and fc == "ADM1", e.name,
                 _cell(e.lat, e.lon), _is_major(e), int(e.lat // _CELL))
            )  # fmt: skip
        got = infos[m.key] = tuple(out)
    return got


def _near(a: _Info, b: _Info) -> bool:
    """Whether two senses lie within NEAR_KM: the haversine distance, from latitudes' radians and
    cosines worked out once per sense (the same arithmetic, so the same answers at the edge)."""
    x = (
        _sin((b[_RAD] - a[_RAD]) / 2) ** 2
        + a[_COS] * b[_COS] * _sin(_radians(b[_LON] - a[_LON]) / 2) ** 2
    )
    if x < _X_NEAR:
        return True
    if x > _X_FAR:
        return False
    r = _sqrt(x)
    return 12742.0 * _asin(r if r < 1.0 else 1.0) < NEAR_KM


# haversine terms this far below or above NEAR_KM's decide without the square root and arc sine
# (a 1e-4 relative margin, far wider than rounding error)
_X_NEAR = math.sin(0.9999 * NEAR_KM / 12742.0) ** 2
_X_FAR = math.sin(1.0001 * NEAR_KM / 12742.0) ** 2


def _resolve(
    mentions: list[_Mention], gaz: Gazetteer
) -> dict[int, tuple[_Sense, float, tuple[tuple[str, str], ...]]]:
    """Choose one sense per name key (one sense per name per article).

    Returns ``key → (sense, score, evidence)``, evidence being ``(kind, what)`` pairs that
    :func:`_evidence_text` turns into the ``why`` column.
    """
    infos = _memo(gaz).infos
    keys: dict[int, tuple[_Info, ...]] = {}
    for m in mentions:
        if m.key not in keys:
            keys[m.key] = _sense_infos(infos, m)
    # "City, State": the pair of keys that follow each other with a comma
    pairs: dict[int, set[int]] = {}
    for a, b in itertools.pairwise(mentions):
        if a.context & _COMMA_NEXT and b.start - a.end <= 3:
            pairs.setdefault(a.key, set()).add(b.key)

    choice = {k: c[0] for k, c in keys.items()}  # senses come best prior first
    result: dict[int, tuple[_Sense, float, tuple[tuple[str, str], ...]]] = {}
    beside = _beside(keys)
    for _ in range(3):
        cc_count: dict[str | None, int] = {}
        states: dict[tuple[str | None, str | None], int] = {}
        # the towns and counties chosen so far, by _CELL-degree band of latitude, in key order:
        # (position, key, lat, sense); a town within NEAR_KM (< 1.36° of latitude) lies in the same
        # or an adjacent band
        bands: dict[int, list[tuple[int, int, float, _Info]]] = {}
        # which states the article's towns, counties and states lie in: a state's towns pull
        # its same-name towns ("Mansfield" beside Shreveport is in Louisiana, not Texas)
        region_w: dict[tuple[str | None, str | None], int] = {}
        local_w = 0
        for pos, (k, c) in enumerate(choice.items()):
            cc_count[c[_CC]] = cc_count.get(c[_CC], 0) + 1
            if c[_STATE]:
                states[c[_CC_A1]] = k
            if c[_TOWN_OR_COUNTY]:
                bands.setdefault(c[_BAND], []).append((pos, k, c[_LAT], c))
            if c[_TOWN_OR_AREA]:
                region_w[c[_CC_A1]] = region_w.get(c[_CC_A1], 0) + 1
                local_w += 1
        reach: dict[int, list[tuple[int, int, float, _Info]]] = {}  # band → bands around it
        n_other = len(choice) - 1
        new_choice = {}
        for k, cands in keys.items():
            own = choice[k]
            own_cc = own[_CC]
            own_a1 = own[_A1]
            own_local = own[_TOWN_OR_AREA]
            own_w = 1 if own_local else 0
            other_local_w = local_w - own_w
            paired = pairs.get(k)
            near_names = beside.get(k)
            best, best_s, best_why = cands[0], -1e9, ()
            for info in cands:
                (_, row, _, s, cc, a1, cc_a1, lat, _, _, _, local_ok, town_or_area, _, _, _, _, _,
                 band) = info  # fmt: skip
                why: tuple[tuple[str, str], ...] = ()
                if paired:
                    for pk in paired:  # "Alexandria, Louisiana"
                        if _pair_fits(info, keys.get(pk, ())):
                            s += PAIR_BONUS
                            why += (("with", choice[pk][_NAME]),)
                            break
                if n_other > 0 and local_ok:
                    same = cc_count.get(cc, 0) - (cc == own_cc)
                    if same > 0:
                        s += SUPPORT_BONUS * same / n_other
                        why += (("country", cc),)  # type: ignore[assignment]
                    if other_local_w > 0 and town_or_area:
                        rw = region_w.get(cc_a1, 0)
                        if own_local and own_cc == cc and own_a1 == a1:
                            rw -= own_w
                        if rw > 0:
                            s += REGION_BONUS * rw / other_local_w
                            if a1:
                                why += (("region", a1),)
                    sk = states.get(cc_a1)
                    if sk is not None and sk != k:
                        s += STATE_BONUS
                        why += (("state", a1),)  # type: ignore[assignment]
                    if town_or_area and bands:
                        # the first other name's chosen town or county (in key order) within
                        # NEAR_KM, among those in reach of this band
                        chosen_near = reach.get(band)
                        if chosen_near is None:
                            chosen_near = reach[band] = sorted(
                                [*bands.get(band - 1, ()), *bands.get(band, ()),
                                 *bands.get(band + 1, ())]
                            )  # fmt: skip
                        for _, ok, la, other in chosen_near:
                            if ok != k and -_CELL < la - lat < _CELL and _near(info, other):
                                s += NEAR_BONUS
                                why += (("near", other[_NAME]),)
                                break
                if near_names is not None:
                    nn = near_names.get(row)
                    if nn is not None:
                        s += COLOC_BONUS * nn[0]
                        why += (("beside", nn[1]),)
                if s > best_s:
                    best, best_s, best_why = info, s, why
            new_choice[k] = best
            result[k] = (best[_SENSE], best_s, best_why)
        if new_choice == choice:
            break
        choice = new_choice
    return result


def _beside(keys: dict[int, tuple[_Info, ...]]) -> dict[int, dict[int, tuple[int, str]]]:
    """For each name that is no country or state: its town and county senses that have other
    names' towns or counties within NEAR_KM, whether or not those are the other names' current
    choice ("Paris" and "Henry County" could both be in Tennessee), as key → sense row →
    (number of such names up to COLOC_HITS, the first one's place name). Independent of the
    choices, so found once per article."""
    # every town and county sense of every name, bucketed by _CELL-degree cells: a NEAR_KM
    # neighbour lies in the same or an adjacent cell
    grid: dict[int, list[tuple[int, _Info]]] = {}
    for k, cands in keys.items():
        for info in cands:
            if info[_TOWN_OR_COUNTY]:
                grid.setdefault(info[_CELL_OF], []).append((k, info))
    beside: dict[int, dict[int, tuple[int, str]]] = {}
    for k, cands in keys.items():
        if cands[0][_MAJOR]:
            continue  # never enough to overturn a country or state
        for info in cands:
            if info[_TOWN_OR_COUNTY]:
                found = _neighbours(grid, k, info)
                if found is not None:
                    beside.setdefault(k, {})[info[_ROW]] = found
    return beside


def _neighbours(
    grid: dict[int, list[tuple[int, _Info]]], key: int, info: _Info
) -> tuple[int, str] | None:
    """How many other names (up to COLOC_HITS) have a town or county within NEAR_KM of the sense
    ``info``, and the place name of the first one found (cells in row order), or None."""
    hits: list[int] = []
    first = ""
    cell, lat = info[_CELL_OF], info[_LAT]
    for step in _AROUND:
        for k2, other in grid.get(cell + step, ()):
            if (
                k2 != key
                and k2 not in hits
                and -_CELL < other[_LAT] - lat < _CELL
                and _near(info, other)
            ):
                if not hits:
                    first = other[_NAME]
                hits.append(k2)
                if len(hits) == COLOC_HITS:
                    return COLOC_HITS, first  # the count is capped and the first name known
    return (len(hits), first) if hits else None


def _pair_fits(sense: _Info, cands: tuple[_Info, ...]) -> bool:
    """Whether one of the following name's senses is a country or state that contains ``sense``."""
    row, e = sense[_ROW], sense[_ENTRY]
    for pc in cands:
        pe = pc[_ENTRY]
        if pe.country_code != e.country_code or pc[_ROW] == row:
            continue
        if pe.kind in ("country", "demonym") or (
            pe.kind == "admin area" and pe.feature_code == "ADM1" and pe.admin1 == e.admin1
        ):
            return True
    return False


def _country_name(gaz: Gazetteer, cc: str | None) -> str:
    if not cc:
        return ""
    e = gaz.country(cc)
    return e.name if e is not None else cc


def _evidence_text(gaz: Gazetteer, evidence: tuple[tuple[str, str], ...]) -> str:
    out = []
    for kind, what in evidence:
        if kind == "with":
            out.append(f"written with {what}")
        elif kind == "country":
            out.append(f"article also mentions {_country_name(gaz, what)}")
        elif kind == "state":
            out.append(f"article also mentions {what}")
        elif kind == "beside":
            out.append(f"another name could be {what}, nearby")
        elif kind == "region":
            out.append(f"article's other places are in {what}")
        else:
            out.append(f"near {what}")
    return "; ".join(out)


@functools.lru_cache(maxsize=65536)
def _head(e: GazetteerEntry, country: str, alt: bool) -> str:
    if e.kind == "country":
        head = "country"
    elif e.feature_code == "PPLC":
        head = f"capital of {country}"
    elif e.kind == "admin area":
        head = f"{'county' if e.feature_code == 'ADM2' else 'state/province'} in {country}"
    elif e.kind == "demonym":
        head = f"demonym of {e.name}"
    elif e.kind in ("region", "landmark", "continent"):
        head = e.kind
    else:
        head = f"town in {e.admin1 + ', ' if e.admin1 else ''}{country}"
    parts = [head]
    if e.population:
        parts.append(f"population {e.population:,}")
    if alt:
        parts.append("alternate name")
    return "; ".join(parts)


def _describe(e: GazetteerEntry, gaz: Gazetteer, evidence: str, alt: bool) -> str:
    head = _head(e, _country_name(gaz, e.country_code), alt)
    return f"{head}; {evidence}" if evidence else head


def find_places_rows(
    text: str, *, gazetteer: Gazetteer | None = None, geocoder: Any | None = None
) -> list[tuple[Any, ...]]:
    """:func:`find_places` without the DataFrame: one tuple per mention, in text order.

    Each tuple holds the values of :data:`PLACE_COLUMNS` in that order (``place_id`` and
    ``country_code`` may be None). Building a DataFrame costs about as much as finding the places,
    so a pipeline that gathers many articles should collect rows and call :func:`places_frame`
    once per batch.

        >>> find_places_rows("Talks in Hanoi.")[0][:3]                     # doctest: +SKIP
        (9, 14, 'Hanoi')
    """
    gaz = gazetteer if gazetteer is not None else load_gazetteer()
    if not text:
        return []
    mentions = _filter(text, _scan(text, gaz), gaz)
    resolved = _resolve(mentions, gaz) if mentions else {}
    rows: list[tuple[Any, ...]] = []
    described: dict[int, str] = {}
    whys = _memo(gaz).whys
    for m in mentions:
        sense, score, evidence = resolved[m.key]
        e = sense[1]
        why = described.get(m.key)
        if why is None:
            # the same place with the same evidence reads the same in every article
            memo_key = (sense[0], sense[2], evidence)
            why = whys.get(memo_key)
            if why is None:
                if len(whys) >= _WHY_MEMO_MAX:
                    whys.clear()
                why = whys[memo_key] = _describe(e, gaz, _evidence_text(gaz, evidence), sense[2])
            described[m.key] = why
        rows.append(
            (m.start, m.end, m.surface, e.place_id, e.name, e.kind, e.country_code, e.lat, e.lon,
             round(score, 3), why)
        )  # fmt: skip
    if geocoder is not None:
        from helpers.geocode import resolve_geocoder

        geocoder = resolve_geocoder(geocoder)  # "nominatim" works here as in analyze
        if geocoder is not None:
            rows.extend(_geocode_unknown(text, mentions, geocoder))
            rows.sort(key=lambda r: r[0])
    return rows


def find_places(
    text: str, *, gazetteer: Gazetteer | None = None, geocoder: Any | None = None
) -> pd.DataFrame:
    """Find the places an article names, with offsets and coordinates.

    Returns one row per mention, in text order, with columns (dtypes):

    ``start``, ``end`` (int64) — character offsets into ``text``, end exclusive;
    ``surface`` (str) — the text as written; ``place_id`` (Int64, nullable) — GeoNames id where
    known; ``name`` (str) — canonical name ("Washington", "North Korea"); ``kind`` (str) —
    country, admin area, city, region, landmark, continent or demonym (missing for a place only
    an online geocoder knew, when it does not say); ``country_code`` (str, ISO 3166-1 alpha-2,
    missing for regions); ``lat``, ``lon`` (float64); ``score`` (float64) — the winning
    candidate's prior plus evidence (higher is surer); ``why`` (str) — a short reason.

    ``gazetteer`` defaults to :func:`helpers.gazetteer.load_gazetteer` (loaded once per process).
    ``geocoder`` (any geopy-style object with ``geocode(name)``) is asked about capitalised names
    written after "in"/"near"/… that the gazetteer lacks; if it fails (no network, quota), those
    names are skipped with a warning and the article keeps its other places.
    :func:`find_places_rows` returns the same rows as tuples, without building a DataFrame.

        >>> df = find_places("A close aide arrived in Washington from Hanoi.")  # doctest: +SKIP
        >>> df[["surface", "name", "country_code"]].values.tolist()           # doctest: +SKIP
        [['Washington', 'Washington', 'US'], ['Hanoi', 'Hanoi', 'VN']]
    """
    return places_frame(find_places_rows(text, gazetteer=gazetteer, geocoder=geocoder))


def places_frame(
    rows: Sequence[tuple[Any, ...]], *, article_id: Sequence[str] | None = None
) -> pd.DataFrame:
    """The places table (columns :data:`PLACE_COLUMNS`, dtypes as in :func:`find_places`) from
    rows of :func:`find_places_rows`, optionally with a leading ``article_id`` column (one id per
    row) — for a pipeline that builds one table per batch of articles.

        >>> places_frame([(0, 5, "Hanoi", 1581130, "Hanoi", "city", "VN", 21.0, 105.8, 9.6, "")]
        ...              ).loc[0, "name"]
        'Hanoi'
    """
    cols = list(zip(*rows, strict=True)) if rows else [()] * len(PLACE_COLUMNS)
    arrays: list[Any] = []
    names = list(PLACE_COLUMNS)
    if article_id is not None:
        if len(article_id) != len(rows):
            raise ValueError(f"{len(article_id)} article ids for {len(rows)} rows")
        arrays.append(pd.array(np.asarray(article_id, dtype=object), dtype=_STR))
        names.insert(0, "article_id")
    for name, values in zip(PLACE_COLUMNS, cols, strict=True):
        if name in ("start", "end"):
            arrays.append(np.array(values, dtype=np.int64))
        elif name == "place_id":
            mask = np.array([v is None for v in values], dtype=bool)
            ids = np.array([0 if v is None else v for v in values], dtype=np.int64)
            arrays.append(pd.arrays.IntegerArray(ids, mask))
        elif name in ("lat", "lon", "score"):
            arrays.append(np.array(values, dtype=np.float64))
        else:
            arrays.append(pd.array(np.array(values, dtype=object), dtype=_STR))
    # dict → DataFrame checks and consolidates every column and costs ~0.3 ms per article; the
    # columns are already built with the right dtypes and lengths, so skip that where possible
    try:
        return pd.DataFrame._from_arrays(  # type: ignore[attr-defined]
            arrays, columns=pd.Index(names), index=pd.RangeIndex(len(rows)), verify_integrity=False
        )
    except (AttributeError, TypeError):  # a future pandas without the private constructor
        return pd.DataFrame(dict(zip(names, arrays, strict=True)))


_STR = pd.StringDtype(na_value=np.nan)  # pandas' default "str" dtype

_UNKNOWN_RE = re.compile(
    r"\b(?:in|near|at|from|outside)\s+((?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+){0,3})"
)


def _geocode_unknown(text: str, mentions: list[_Mention], geocoder: Any) -> list[tuple[Any, ...]]:
    """Ask a geocoder about capitalised names after a locative word that nothing matched.

    Kind, country and GeoNames id come from the geocoder's answer where it gives them
    (:func:`helpers.geocode.location_to_dict`). A geocoding service error (no network, quota,
    timeout) skips the name with a warning, and after an unavailable or timed-out service the
    article asks no more; programming errors propagate.
    """
    from geopy.exc import GeocoderServiceError, GeocoderTimedOut, GeocoderUnavailable
    from geopy.location import Location

    from helpers.geocode import location_to_dict

    lex = _lexicon()
    covered = [(m.start, m.end) for m in mentions]
    rows = []
    asked: dict[str, Any] = {}
    who = type(geocoder).__name__
    for mt in _UNKNOWN_RE.finditer(text):
        s, e = mt.span(1)
        name = mt.group(1)
        if any(a < e and s < b for a, b in covered):
            continue
        if name.lower() in lex.common or name.lower() in lex.calendar:
            continue
        if name not in asked:
            try:
                asked[name] = geocoder.geocode(name)
            except GeocoderServiceError as exc:
                # one IncompleteResult per failed look-up: the pipeline lists it, does not cache
                # the article, and so asks again on the next run
                why = " ".join(f"{who}: {type(exc).__name__}: {exc}".split())
                warnings.warn(GeocodingSkipped("geocode", f"{name}: {why}"), stacklevel=3)
                asked[name] = None
                if isinstance(exc, GeocoderUnavailable | GeocoderTimedOut):
                    break  # the service is down: do not make every name wait for it
        loc = asked[name]
        if loc is None:
            continue
        if isinstance(loc, list | tuple):  # exactly_one=False answers
            if not loc:
                continue
            loc = loc[0]
        if isinstance(loc, Location):
            d = location_to_dict(loc)
        else:  # a duck-typed answer with coordinates only
            d = {"lat": loc.latitude, "lon": loc.longitude, "place_id": None, "kind": None,
                 "country_code": None}  # fmt: skip
        rows.append(
            (s, e, name, d["place_id"], name, d["kind"], d["country_code"], float(d["lat"]),
             float(d["lon"]), 0.0, f"not in the gazetteer; geocoded by {who}")
        )  # fmt: skip
    return rows
