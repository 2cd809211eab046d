"""Place-name candidates: gazetteer names in a text that pass the case and false-positive rules.

Part of :mod:`helpers.recognise` (the one pass that types an article's names). Recognition finds
runs of capitalised words (and the connectors of "Isle of Man") with one regex, then extends each
possible name word by word through the gazetteer's word-prefix dict, keeps the longest matches that
pass case rules and the false-positive rules: calendar words ("March"), common words and first
names or surnames that are also small towns ("Police", "Reading", "Jones") unless the context says
place ("in Reading", "Reading, Pa."), names that sit inside a longer proper name ("Kim Jong Un") or
an organisation's ("Washington Post", "Workers Party of Korea"). Which candidates survive against
people and organisations is decided in :func:`helpers.recognise.recognise`; resolving them to
gazetteer entries is :mod:`helpers.geoparse`'s job.
"""

from __future__ import annotations

import itertools
import re
import weakref
from typing import Any

from helpers.gazetteer import Gazetteer, GazetteerEntry
from helpers.gazetteer.index import fold_accents
from helpers.recognise.acronyms import defined_acronym
from helpers.recognise.cues import _WORD_PREFIXES as _GIVEN_NAME_PREFIXES
from helpers.recognise.name_tails import (
    _ARTICLE_AND_CAPITAL,
    _FEATURE_CONNECTORS,
    _ROMANCE_ARTICLES,
    _feature_of,
    _party_of,
    _prev_word,
    _romance_name_of,
    _water_of,
)
from helpers.recognise.place_words import (  # noqa: F401 - re-exported
    _TOKEN_RE,
    ALT_POP,
    CONNECTORS,
    KIN_NOUNS,
    KIND_OF,
    LOCATIVE,
    MODIFIERS,
    NAME_AREA_POP,
    ORG_SUFFIXES,
    PARTY_WORDS,
    PERSON_VERBS,
    PLACE_NOUNS,
    STREET_WORDS,
    STRICT_LOCATIVE,
    WATER_OF,
    _Lexicon,
    _lexicon,
    after_model_code,
    dale_chall_words,
    described_as_ship,
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
# capitalised words before a place's other name that make another place's name ("Great Salt Lake")
_NAME_MODIFIERS = frozenset({"Great", "Little", "Upper", "Lower", "Greater", "Old", "New"})
# Spanish, Portuguese and Italian words that start a firm's name ("Banco Base", "Grupo Bimbo"),
# and some town's other name
_ORG_HEADS = frozenset({"Banco", "Banca", "Grupo", "Caja", "Compañía", "Companhia"})
# words after a town's name that make a site's name, no mention of the town ("Union Station",
# "Victoria Station", "Union Square"; "the Hilton Hotel" was Hilton, New York)
_SITE_WORDS = frozenset({"station", "square", "hotel", "resort"})
# the size under which a town named by a common word needs a state or country beside it to be
# read as the town ("Congress, Arizona"); "in Reading", "in Mobile" stay places
_COMMON_HAMLET_POP = 10_000
_POSSESSIVE_TAIL = re.compile(r"['’]s(?![^\W_])")
# English prefixes written capitalised before a hyphen ("Semi-finals", "Mid-season", "Co-founder"):
# a town's name only by chance (Semi, Benin; Mid, Oman; Co, Vietnam). The given-name list's own
# prefixes ("Anti-Corruption") and more
_WORD_PREFIXES = frozenset(p.lower() for p in _GIVEN_NAME_PREFIXES) | frozenset(
    [
        "semi", "quarter", "mid", "sub", "super", "co", "ex", "counter", "over", "under",
        "cross", "self", "vice",
    ]
)  # fmt: skip
_CLAUSE_END = re.compile(r"[.!?;:\n\"”]")  # (a quote's end too: "pushed around," Ford said)
_COMMA = re.compile(r",\s*")
_POSSESSIVE_MARKS = frozenset({"'s", "’s"})
# a river's name written with the word in lower case (news writes "the Manas river" as often as
# "the Manas River"): no gazetteer town of that name is meant
_WATERWAYS = frozenset({"river", "rivers", "stream", "creek", "tributary", "inlet"})
# (a town before them is none: "Lee Creek", "Sulphur Run")
_WATERWAYS_NAMED = frozenset({"Creek", "Inlet", "Run"})
# diseases named after the place they were first found: "Marburg virus", "Lyme disease", "West
# Nile fever" are no mention of the place
_DISEASE_WORDS = frozenset(
    {"virus", "fever", "disease", "syndrome", "flu", "encephalitis", "strain", "variant"}
)
# ... and after a possessive: "Parkinson's disease", "Hodgkin's lymphoma"
_POSSESSIVE_DISEASE = re.compile(r"['’]s (?:disease|syndrome|lymphoma)\b")
# the last words of parks' and reserves' names ("Jasper National Park", "Ocala National Forest")
_PARK_WORDS = frozenset({"park", "forest", "reserve", "refuge", "preserve", "monument"})
# craft named like a place: "the Perseverance rover", "the Voyager probe" (and software: "the
# Rosetta software suite")
_CRAFT_WORDS = frozenset(
    {"rover", "spacecraft", "capsule", "lander", "orbiter", "probe", "telescope", "software"}
)
# "Victoria, the Seychelles capital", "Apia, the capital of Samoa": an apposition that names the
# country (or its demonym: "Juba, the South Sudanese capital") as a comma would
_APPOSITION_BEFORE = re.compile(r", (?:the )?(?:capital|largest city|main port) of (?:the )?")
_APPOSITION_THE = re.compile(r", the ")
_APPOSITION_AFTER = re.compile(r"(?:'s?|’s?)? (?:capital|city|port|town|village)\b")
_APPOSITION_GAP = 30  # the longest apposition before the country, in characters

# what a multi-word chunk's match needs from the character after the chunk (see _chunk_matches)
_KEEP, _DOT_OR_KEEP, _DOT_OR_DROP = 0, 1, 2
_ChunkMatch = tuple[int, int, int, int, int, int]  # word i, word j, key, start, end, rule
# a chunk's number of words, or (number of words, word spans, matches) when it holds names
_Chunk = int | tuple[int, tuple[tuple[int, int], ...], tuple[_ChunkMatch, ...]]
# kept names of one chunk, chunk-relative: (start, end, end of the last word, words, key, surface,
# senses, previous word's span or None when it lies before the chunk, next word's span or None
# when it lies after the chunk)
_Kept = tuple[
    int, int, int, int, int, str, tuple[tuple[int, GazetteerEntry, bool, float], ...],
    tuple[int, int] | None, tuple[int, int] | None,
]  # fmt: skip
# a memoised chunk: its number of words when it holds no name, else the names it keeps when the
# character after it is no "." and when it is (the same tuple unless a name's dotted form "D.C."
# ends the chunk)
_ChunkNames = int | tuple[tuple[_Kept, ...], tuple[_Kept, ...]]


# distinct chunks remembered per gazetteer: news repeats its capitalised words and names (3,000
# articles: 67,000 one-word chunks, 3,900 distinct). A full memo is cleared; 30,000 chunks and
# 20,000 "why" texts hold ~25 MB per process (at 60,000 / 50,000: ~55 MB, no measurable gain)
_CHUNK_MEMO_MAX = 30_000


class _Memo:
    """Per-gazetteer results of pure per-name work, shared by the articles a process parses."""

    __slots__ = ("chunks", "facts", "infos", "spans", "whys")

    def __init__(self) -> None:
        self.chunks: dict[str, _ChunkNames] = {}
        self.facts: dict[str, _Facts] = {}
        # recognised spans of the last texts (see helpers.recognise.recognise)
        self.spans: dict[Any, Any] = {}
        # helpers.geoparse's resolution work: senses as tuples by name key, and "why" texts
        self.infos: dict[int, Any] = {}
        self.whys: dict[Any, str] = {}


_MEMOS: weakref.WeakKeyDictionary[Gazetteer, _Memo] = weakref.WeakKeyDictionary()


def _forget_older_half(memo: dict[Any, Any]) -> None:
    """Make room in a full memo by dropping its older half (dicts keep insertion order), not all
    of it: the names met most recently stay (a dropped one comes back at its next use)."""
    # (list(islice(...)) runs in C without releasing the GIL; pop tolerates another thread's pop)
    for old in list(itertools.islice(memo, len(memo) - len(memo) // 2)):
        memo.pop(old, None)


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
    _find_in_chunk(chunk, words, spans, ok, low, index, forms, out)
    if not chunk.isascii():
        # a name the gazetteer holds without its accents, written with them: "Quảng Ninh",
        # "Hải Phòng" (GeoNames' "Quang Ninh", "Haiphong")
        folded = [fold_accents(w) for w in low]
        if folded != low:
            found = {(m[0], m[1]) for m in out}
            more: list[_ChunkMatch] = []
            _find_in_chunk(chunk, words, spans, ok, folded, index, forms, more)
            # (names of two words or more: "Gruyère cheese" is no Gruyères)
            out.extend(m for m in more if (m[0], m[1]) not in found and m[1] > m[0])
            out.sort()
    return (n, spans, tuple(out)) if out else n


def _find_in_chunk(
    chunk: str,
    words: list[str],
    spans: tuple[tuple[int, int], ...],
    ok: list[bool],
    low: list[str],
    index: dict[str, int],
    forms: dict[int, frozenset[str]],
    out: list[_ChunkMatch],
) -> None:
    """The matches of :func:`_chunk_matches` for the words as ``low`` writes them, into ``out``."""
    n = len(words)
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
            sep = chunk[spans[j - 1][1] : spans[j][0]]
            if "," in sep:
                break  # no name runs on past a comma ("Kilmore Quay, County Wexford": no Quay County)
            if (
                sep != " "
                and _SENTENCE_BREAK.search(sep)
                and len(low[j - 1]) > 1
                and low[j - 1] not in _DOTTED_WORDS
            ):
                # nor past a sentence's end ("North. Sea", "Convention Center. City Council";
                # "St. Louis", "W. Va.", "U.S. Virgin Islands" are one name)
                break
            k = f"{k} {low[j]}"


# a full stop before a space, or a question or exclamation mark: a sentence ends between two words
_SENTENCE_BREAK = re.compile(r"\. |[!?]")
# the abbreviations a place's name holds with a full stop ("St. Louis", "Mt. Pleasant")
_DOTTED_WORDS = frozenset({"st", "mt", "ft", "pt", "ste", "sta", "gen", "pres", "sto"})

# up to four capitalised words in a row (the name a town's name opens: "Franklin Community Schools")
_CAPITAL_RUN = re.compile(r"[A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*){0,3}")


def _next_word(text: str, pos: int) -> tuple[int, int] | None:
    """The span of the word starting after ``pos`` (skipping punctuation), or None."""
    m = _TOKEN_RE.search(text, pos)  # [^\W_] is exactly str.isalnum, one character at a time
    return m.span() if m is not None else None


def _chunk_names(chunk: str, gaz: Gazetteer) -> _ChunkNames:
    """The names :func:`_scan` keeps in one chunk, for both cases of the character after it.

    Every match lies inside one chunk, so "longest match wins" needs no other chunk: deciding
    it per chunk gives what one sort of the whole text's matches gives, and a pure function of
    (chunk, "." after it) can be memoised — news repeats its capitalised runs.

        >>> e = GazetteerEntry(1, "Hanoi", "city", "VN", None, 21.0, 105.8, 8_000_000, "PPLC")
        >>> g = Gazetteer.from_entries([e])
        >>> [k[5] for k in _chunk_names("Hanoi", g)[0]]
        ['Hanoi']
    """
    c = _chunk_matches(chunk, gaz.index, gaz.forms)
    if type(c) is int:
        return c
    _, spans, matches = c
    plain = _keep_longest(chunk, gaz, spans, matches, dot=False)
    if not any(rule for *_, rule in matches):
        return (plain, plain)
    return (plain, _keep_longest(chunk, gaz, spans, matches, dot=True))


def _keep_longest(
    chunk: str,
    gaz: Gazetteer,
    spans: tuple[tuple[int, int], ...],
    matches: tuple[_ChunkMatch, ...],
    *,
    dot: bool,
) -> tuple[_Kept, ...]:
    """The longest matches (in words, then characters; ties keep the earlier) that do not
    overlap, in text order, when the character after the chunk is a "." (``dot``) or not."""
    found = []
    n = len(chunk)
    for i, j, key, s, e, rule in matches:
        if rule:
            if dot:
                e += 1
            elif rule == _DOT_OR_DROP:
                continue
        found.append((i - j, s - e, s, i, j, key, e))
    found.sort()
    taken: set[int] = set()
    kept = []
    for _, _, s, i, j, key, e in found:
        if any(g in taken for g in range(i, j + 1)):
            continue
        taken.update(range(i, j + 1))
        prev = spans[i - 1] if i > 0 else None
        nxt = spans[j + 1] if j + 1 < len(spans) else None
        surface = chunk[s:e] if e <= n else chunk[s:] + "."
        kept.append((s, e, spans[j][1], j - i + 1, key, surface, gaz.senses(key), prev, nxt))
    kept.sort()
    return tuple(kept)


def _scan(text: str, gaz: Gazetteer) -> list[_Mention]:
    """Every gazetteer name in ``text`` that passes the case rules; longest match wins."""
    chunks = _memo(gaz).chunks
    out: list[_Mention] = []
    append = out.append
    for cm in _CHUNK_RE.finditer(text):
        chunk = cm.group()
        c = chunks.get(chunk)
        if c is None:
            if len(chunks) >= _CHUNK_MEMO_MAX:
                _forget_older_half(chunks)
            c = chunks[chunk] = _chunk_names(chunk, gaz)
        if type(c) is int:  # no name in this chunk (most chunks)
            continue
        plain, dotted = c
        o, end = cm.span()
        kept = dotted if plain is not dotted and text[end : end + 1] == "." else plain
        for s, e, tok_end, ntok, key, surface, senses, prev, nxt in kept:
            s += o
            tok_end += o
            append(
                _Mention(
                    s, e + o, tok_end, ntok, key, surface, senses,
                    (prev[0] + o, prev[1] + o) if prev is not None else _prev_word(text, s),
                    (nxt[0] + o, nxt[1] + o) if nxt is not None else _next_word(text, tok_end),
                )
            )  # fmt: skip
    return out


_SURE_KINDS = frozenset({"country", "continent", "region", "landmark", "demonym"})
_MAJOR_KINDS = _SURE_KINDS


def _is_major(e: GazetteerEntry) -> bool:
    return e.kind in _MAJOR_KINDS or (e.kind == "admin area" and e.feature_code == "ADM1")


def _big(e: GazetteerEntry) -> bool:
    return _is_major(e) or e.feature_code == "PPLC" or e.population >= 100_000


def _unplaced_town(m: _Mention) -> bool:
    """Whether a candidate is a town under 100,000 that no context writes as a place: the word
    may be a person's name the article gives elsewhere ("Hugo Segovia … Hugo", "Kaden Groves
    (AUS) … Groves")."""
    e = m.senses[0][1]
    return not m.context & _STRICT_CONTEXT and e.kind not in _MAJOR_KINDS and not _big(e)


def _apposition(text: str, m: _Mention, nxt: _Mention) -> bool:
    """Whether ``nxt`` is the country of an apposition after ``m`` ("Victoria, the Seychelles
    capital", "Apia, the capital of Samoa")."""
    if text[m.end : m.end + 2] != ", " or nxt.start - m.end > _APPOSITION_GAP:
        return False
    if nxt.senses[0][1].kind not in ("country", "demonym"):
        return False
    if _APPOSITION_BEFORE.fullmatch(text, m.end, nxt.start):
        return True
    return bool(
        _APPOSITION_THE.fullmatch(text, m.end, nxt.start) and _APPOSITION_AFTER.match(text, nxt.end)
    )


def _paired(text: str, a: _Mention, b: _Mention) -> bool:
    """Whether ``b`` is the country or state written after ``a`` ("Danang, Vietnam", "Victoria,
    the Seychelles capital"): what the filter marked, checked against the mention that now
    follows (a later rule may have dropped the one the filter saw). Two countries are a list,
    never a pair ("Cuba, Colombia, Brazil and Honduras": not Colômbia, a town in Brazil)."""
    return (
        bool(a.context & _COMMA_NEXT)
        and (b.start - a.end <= 3 or _apposition(text, a, b))
        and not (a.senses[0][1].kind == "country" and b.senses[0][1].kind == "country")
    )


def _written_lower(text: str, surface: str) -> bool:
    """Whether the text also writes ``surface`` as a lower-case word ("the tornado")."""
    low = surface.lower()
    if low == surface or low not in text:  # (a substring test rules out nearly every name)
        return False
    return re.search(rf"(?<!\w){re.escape(low)}(?!\w)", text) is not None


def _starts_sentence(text: str, span: tuple[int, int]) -> bool:
    """Whether the word at ``span`` starts a sentence (so its capital letter says nothing)."""
    if _prev_word(text, span[0]) is None:
        return True
    before = text[max(0, span[0] - 3) : span[0]]
    return bool(_SENTENCE_END.search(before)) or before.strip() == ""


def _same_place(a: _Mention, b: _Mention) -> bool:
    """Whether two mentions' best senses are one place."""
    ea, eb = a.senses[0][1], b.senses[0][1]
    return (ea.name, ea.country_code) == (eb.name, eb.country_code)


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


# a possessive followed by a capitalised word: "'s Bazar", "’s Vineyard", "' Park"
_POSSESSIVE_NAME = re.compile(r"(?:['’]s|s['’]|['’]) [A-Z]")


_ERAS = frozenset(["BC", "B.C.", "BCE", "AD", "CE"])
# between two names of a list ("in Eastern Ghouta and Douma", "in Homs, Hama or Idlib")
_LIST_JOINS = frozenset(["and", "or"])
_LIST_GAP = re.compile(r",? (?:and|or) ")
# the marks that open a list's items
_BULLETS = ("- ", "• ", "* ", "– ", "· ")
# the oceans news names by their bare adjective (data/place_aliases.csv)
_BARE_OCEANS = frozenset(["Atlantic", "Pacific"])


def _headline(text: str, pos: int, *, strict: bool = False) -> bool:
    """Whether ``pos`` lies on a short line (under 200 characters) in title case ("Windsor Joins
    Tax Credit Program"), where a capital letter says nothing about a proper name: 70% of its
    words of four letters or more capitalised. ``strict`` (the names rules, which would otherwise
    lose a sentence's names): four or more such words, all capitalised, and no full stop at the
    line's end ("… by Spanish Foreign Minister Miguel Angel Moratinos." is a sentence).

        >>> _headline("Windsor Joins Tax Credit Program", 0), _headline("Rain fell on Monday.", 0)
        (True, False)
    """
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    if b < 0:
        b = len(text)
    if b - a > 200:
        return False
    if text.startswith(_BULLETS, a):
        return False  # a list's item ("- Air Force: General Gerardo Zabala"), no headline
    if strict and text[a:b].rstrip(" )\"”’'").endswith((".", "!")):
        return False  # a sentence
    words = [w for w in _TOKEN_RE.findall(text, a, b) if len(w) > 3]
    if strict:  # (numbers are neither case: "Profit Rises 2026")
        words = [w for w in words if w[0].isalpha()]
        return len(words) >= 4 and all(w[0].isupper() for w in words)
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


# what the text around a mention says (bits of _Mention.context)
_COMMA_NEXT, _COMMA_PREV, _LOCATIVE, _IN, _DATELINE, _NOUN = 1, 2, 4, 8, 16, 32
# what places a name for the whole article: "VALENCIA, Spain", "the Valencia region"
_SURE_PLACE = _COMMA_NEXT | _COMMA_PREV | _DATELINE | _NOUN
# enough for a weak name
_PLACE_CONTEXT = _LOCATIVE | _COMMA_NEXT | _COMMA_PREV | _DATELINE
# enough for a name also read as a person
_STRICT_CONTEXT = _IN | _COMMA_NEXT | _COMMA_PREV | _DATELINE

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
# own (helpers.gazetteer.build._unqualified), so those are no alternate names here
_QUALIFIERS = (" on ", " City", " de ", " del ")


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
        best.kind in ("country", "admin area"),
        low in lex.calendar and best.kind != "country",
        low in MODIFIERS and best.kind != "country",
        weak,
        not big and alt,
        is_name,
        low in lex.first_names,
        # a common word is weak at a sentence start, and so is an everyday noun's plural
        # ("Ballots were counted"; "Arsenal striker …" stays for the club rules)
        (
            low in lex.common
            or (low[-1:] == "s" and low in lex.everyday and low[:-1] in lex.everyday)
        )
        and not major,
        best.feature_code != "PPLC" and best.kind != "admin area",
        surface_low in lex.calendar or surface_low in lex.not_places,
        big,
        # a small town named like a person ("Bruno Guimarães"): the recogniser's given names
        not big and m.surface in lex.given,
        everyday,
    )


def _filter(text: str, mentions: list[_Mention], gaz: Gazetteer) -> list[_Mention]:
    lex = _lexicon()
    memo = _memo(gaz).facts
    facts: list[_Facts] = []
    for m in mentions:
        f = memo.get(m.surface)
        if f is None:
            if len(memo) >= _FACTS_MEMO_MAX:
                _forget_older_half(memo)
            f = memo[m.surface] = _surface_facts(m, lex)
        facts.append(f)
    titles, first_names, surnames, common = lex.titles, lex.first_names, lex.surnames, lex.common
    features = lex.features
    person_keys: set[int] = set()
    name_run_keys: set[int] = set()  # names seen as the start of a person's name
    # the mentions the rules that look at one mention have passed; the person and name-run keys
    # of the whole article decide the rest
    kept: list[tuple[_Mention, bool, _Facts]] = []  # (mention, weak context, facts)
    pending: list[tuple[_Mention, bool, _Facts]] = []  # names kept if placed elsewhere
    last = len(mentions) - 1
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
        ) or (idx < last and _apposition(text, m, mentions[idx + 1])):
            m.context |= _COMMA_NEXT
        if idx > 0 and country_or_area and _COMMA.fullmatch(text, mentions[idx - 1].end, start):
            m.context |= _COMMA_PREV
        pl = prev_w.lower()
        # ("" when there is no word before; not across a sentence's end: "need to. As …")
        if (
            pl in LOCATIVE
            and (prev_adj or not _CLAUSE_END.search(text, prev[1], start))  # type: ignore[index]
            # (not a possessive: "in Ford's favour" is in the favour, "in Gaza's hospitals" in
            # the hospitals, and the name stays free to be a person's)
            and text[m.end : m.end + 2] not in _POSSESSIVE_MARKS
        ):
            m.context |= _LOCATIVE
            if pl in STRICT_LOCATIVE:
                m.context |= _IN
        elif (
            pl in _LIST_JOINS
            and idx
            and mentions[idx - 1].context & _IN
            and _LIST_GAP.fullmatch(text, mentions[idx - 1].end, start)
            # (not a name's first word: "in Derna and Nadia Haddad in Benghazi")
            and not text[m.end + 1 : m.end + 2].isupper()
        ):
            # the next name of a list after "in" is in it too ("in Eastern Ghouta and Douma",
            # LGL's "in Eastland and Callahan counties"; not after "between": "talks between
            # Iran and EU negotiators")
            m.context |= _LOCATIVE

        if single and calendar:
            continue
        if (
            single
            and len(m.surface) == 2
            and m.surface[1].islower()
            and m.senses[0][1].kind == "country"
        ):
            continue  # a country's two letters are written in capitals: "About Us" is no US
        # (a word right before it, one space away, leaves no room for "pan-")
        if not prev_adj and text[max(0, start - 6) : start].lower().endswith(("pan-", "trans-")):
            continue  # "Pan-American Highway", "Pan-African Parliament", "Trans-Pacific
            # Partnership": no country or ocean meant
        if single and prev_adj and after_model_code(text, start):
            continue  # an aircraft's name after its model ("C-130 Hercules"), not the town
        if single and prev_adj and m.surface in _ERAS and prev_w.isdigit():
            continue  # an era after a number ("300 BC"), not British Columbia
        if single and text[m.end : m.end + 1] == "-" and m.surface in ("Al", "El"):
            continue  # the Arabic article of a name ("Yasir Al-Rumayyan"), not Alabama
        if (
            single
            and text[m.end : m.end + 1] in ("-", ".")
            and text[m.end + 1 : m.end + 2].isdigit()
        ):
            continue  # a model's name ("AK-47", "SU-57", "ID.4"), not Alaska or Idaho
        if (
            single
            and text[start - 1 : start] == "("
            and defined_acronym(text, start, m.end)
            and m.senses[0][1].kind != "country"  # "Democratic People's Republic … (DPRK)"
            and not (idx and _same_place(mentions[idx - 1], m))  # "Alaska (AK)"
        ):
            continue  # "Athletics Kenya (AK)": the name's short form, not Alaska
        if (
            single
            and not big
            and text[m.end : m.end + 1] == "-"
            and text[m.end + 1 : m.end + 2].isupper()
        ):
            continue  # the head of a hyphenated name ("Shin-Aomori", "Mercedes-Benz")
        if (
            single
            and m.surface.isupper()
            and len(m.surface) == 2
            and text[start - 1 : start] == "-"
            and text[start - 3 : start - 1].isalpha()
            and m.senses[0][1].kind != "country"
        ):
            continue  # a name's tail after a word ("Smer-SD" was South Dakota; "D-CA" and
            # "Egypt-US relations" stay)
        if (
            single
            and text[m.end : m.end + 1] == "-"
            and m.surface.lower() in _WORD_PREFIXES
            and text[m.end + 1 : m.end + 2].islower()
        ):
            continue  # a word's prefix: "Semi-finals" (Semi, Benin), "Mid-season"
        if (
            text[m.end : m.end + 1] in ("'", "’")
            and text[m.end + 1 : m.end + 2].isalpha()
            and not _POSSESSIVE_TAIL.match(text, m.end)
        ):
            continue  # the head of a word with an inner apostrophe: "Mo’unga" (not Missouri)
        if text[start - 1 : start] in ("'", "’") and text[start - 2 : start - 1].isalpha():
            continue  # ... and its tail: "Imi N'Tala" (Berber villages; not Tala, Mexico)
        if not big and not major and _POSSESSIVE_NAME.match(text, m.end):
            continue  # the head of a possessive name ("Cox's Bazar", "St James' Park")
        if single and prev is not None and prev[1] - prev[0] == 1:
            gap = text[prev[1] : m.start]
            if gap == ". " and prev_w.isupper() and not major:
                person_keys.add(m.key)  # after initials: "C.C. Wei", "J. Smith"
                continue
        if single and prev_adj and prev_w[:1].isupper() and m.surface.lower() in features:
            continue  # a feature name's tail: "Menindee Lakes", "Central Highlands"
        if (
            not single
            and prev_adj
            and prev_w[:1].isupper()
            and not major
            and m.surface.lower().rsplit(" ", 1)[-1] in _PARK_WORDS
            and all(w in common for w in m.surface.lower().split())
        ):
            continue  # a park's name's everyday tail: "Jasper National Park" (National Park, NJ)
        if prev_w == "of" and _party_of(text, prev):  # type: ignore[arg-type]
            continue  # "Workers Party of Korea": the party's name, not the country
        if prev_w == "of" and _water_of(text, prev):  # type: ignore[arg-type]
            continue  # "Gulf of Guinea", "Bay of Bengal": the water's name, not the place
        if pl in _FEATURE_CONNECTORS and _feature_of(text, prev, lex.feature_heads):  # type: ignore[arg-type]
            continue  # "Salar de Piedra Blanca": the salt flat's name, not the Dominican town
        if (
            prev_adj
            and prev_w in lex.street_heads
            # (an English verb at a sentence's start: "Place Paris first")
            and not (prev_w == "Place" and _starts_sentence(text, prev))  # type: ignore[arg-type]
        ):
            continue  # "Calle Florida", "Avenida Corrientes": the street's name, not the state's
        if pl in _ROMANCE_ARTICLES and _romance_name_of(text, prev):  # type: ignore[arg-type]
            continue  # "Defensoría del Pueblo", "Universidad de los Andes": a name's tail
        if (
            single
            and not major
            and ((prev_adj and pl in lex.vessel_nouns) or described_as_ship(text, m.end))
        ):
            person_keys.add(m.key)  # "the container ship Dali", "Dali, a … vessel": a ship's name
            continue
        if single and not major and pl in KIN_NOUNS and text[prev[1] : start] in (" ", ", "):  # type: ignore[index]
            person_keys.add(m.key)  # "her 9-year-old son, Lincoln,": a family member's name
            continue
        if prev_adj:
            if not major and pl.strip(".") in titles:
                person_keys.add(m.key)
                continue
            if single and prev_w[:1].isupper():
                if pl in first_names or pl in titles:  # "George Washington", "Mr. Reading"
                    if not major or pl in first_names:
                        person_keys.add(m.key)
                        continue
                elif (
                    not major
                    and pl not in MODIFIERS
                    and pl not in common
                    and not _starts_sentence(text, prev)  # type: ignore[arg-type]
                ):
                    continue  # inside a longer proper name: "Kim Jong Un", "Notre Dame"
        if (
            single
            and not major
            and text[m.end : m.end + 1] in ("'", "’")
            and _POSSESSIVE_DISEASE.match(text, m.end)
        ):
            continue  # "Parkinson's disease": the disease's name
        if m.senses[0][2] and prev_adj and prev_w in _NAME_MODIFIERS:
            continue  # "the Great Salt Lake": a lake's name, not Salt Lake City's other name
        next_adj = nxt_w is not None and nxt_w[0] == m.tok_end + 1 and text[m.tok_end] == " "
        if next_adj:
            next_w = text[nxt_w[0] : nxt_w[1]]  # type: ignore[index]
            if next_w[:1].isupper() and next_w.lower() in features:
                continue  # "Niger Delta", "Jordan River": the feature, not the country or town
            if (
                single
                and m.surface in lex.feature_heads
                and (
                    _name_like(next_w, lex)
                    if next_w[:1].isupper()
                    else next_w in _FEATURE_CONNECTORS
                    and _ARTICLE_AND_CAPITAL.match(text, nxt_w[1] + 1)  # type: ignore[index]
                    is not None
                )
            ):
                continue  # "Cerro Huanca", "Salar de …": a mountain's or a salt flat's name
            if single and m.surface in _BARE_OCEANS and next_w[:1].isupper():
                continue  # "Pacific Decadal Oscillation", "Continental Atlantic Publications":
                # a longer name's word, no ocean ("Pacific Coast", "the Pacific Northwest" are
                # features and regions of their own: the features' test above, the gazetteer)
            if single and m.surface in _ORG_HEADS and next_w[:1].isupper():
                continue  # "Banco Base", "Grupo Bimbo": a firm's first word (El Banco, Colombia)
            if single and (next_w in _WATERWAYS or (next_w in _WATERWAYS_NAMED and not major)):
                continue  # "the Manas river", "Lee Creek": a river, not the town (Manas, Kyrgyzstan)
            if single and next_w in _DISEASE_WORDS and not major:
                continue  # "the Marburg virus", "Lyme disease": the disease's name
            if single and not major and f"{m.surface} {next_w}" in lex.title_pairs:
                continue  # "swore in Vice President Dina Boluarte": a title (Vice, Peru)
            if single and next_w == "Day" and not major:
                continue  # "a Lincoln Day dinner", "Columbus Day": a day's name
            if single and next_w in _CRAFT_WORDS and not major:
                continue  # "NASA's Perseverance rover": a craft's name
            if not major and next_w[:1].isupper():
                nl = next_w.lower()
                if nl in ORG_SUFFIXES or nl.rstrip(".") in STREET_WORDS or nl in _SITE_WORDS:
                    continue  # "Washington Post", "Dallas Cowboys", "Oxford Road", "Union Station"
                if (first or nl in surnames) and nl not in common:
                    # "Jordan Smith", "Kim Jong Un"; not a town's institution ("Franklin Community
                    # Schools": the organisation rules decide, and the town's bare mentions stay)
                    run = _CAPITAL_RUN.match(text, nxt_w[0])  # type: ignore[index]
                    if (run is None or lex.org_words.isdisjoint(run.group().split(" "))) and not (
                        # a big city before a plural that is no surname is a team's town, no
                        # person's given name: "the Sydney Swans … travelled from Sydney"
                        big and nl.endswith("s") and nl not in surnames and nl[:-1] not in surnames
                    ):
                        person_keys.add(m.key)
                    continue
                if given and nl not in common:
                    # "Bruno Guimarães": a person here; a bare "Bruno" needs place context
                    name_run_keys.add(m.key)
                    continue
                if (
                    town_like
                    and _name_like(next_w, lex)
                    and not (idx < last and mentions[idx + 1].start == nxt_w[0])  # type: ignore[index]
                    and not _headline(text, start)
                    # (a town after "in", then a given name: "in Barranquilla Alejandro Char
                    # secured a third term" is the town and the mayor)
                    and not (m.context & _IN and next_w in lex.given and not given)
                ):
                    # the first word(s) of a longer proper name that is no place: "Kim Jong Un",
                    # "Cambridge Analytica". When the name itself is a first name or surname the
                    # article's other bare "Kim"s are the same person.
                    if is_name:
                        name_run_keys.add(m.key)
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
            weak = False  # "Arsenal striker", "beat Arsenal": the club rules decide (orgs.py)
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
