"""The place scan: every gazetteer name in a text that passes the case rules, longest match first.

Part of :mod:`helpers.recognise`. One regex finds the runs of capitalised words (and the connectors
of "Isle of Man"); each run ("chunk") is looked up word by word in the gazetteer's word-prefix
dict and memoised, since news repeats its capitalised runs. :mod:`helpers.recognise.places`
filters what this finds; :mod:`helpers.geoparse` resolves what survives.
"""

from __future__ import annotations

import functools
import itertools
import re
import weakref
from collections.abc import Callable
from typing import Any

from helpers.gazetteer import Gazetteer, GazetteerEntry
from helpers.gazetteer.index import fold_accents
from helpers.recognise.name_tails import _prev_word
from helpers.recognise.place_words import _TOKEN_RE, CONNECTORS


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
# The connectors by their first letter ("a(?:l|m|n|nd|u|ux)|b(?:in)|d(?:|a|as|…)"): the engine
# tried each of the ~35 in turn after every name's last word. Being all letters, at most one of
# them ends where the word ends, whichever the order. The run of punctuation and spaces is taken
# whole ("{1,4}+"): what follows it, a word's first character, is never one of its characters.
# (~0.8 of the time, the same matches.)
assert all(w.isalpha() for w in CONNECTORS)
_CONNECTOR_ALTERNATIVES = "|".join(
    re.escape(first) + "(?:" + "|".join(re.escape(w[1:]) for w in words) + ")"
    for first, words in itertools.groupby(sorted(CONNECTORS), key=lambda w: w[0])
)
# A word's lower-case syllables after an apostrophe are the word's ("Sana'a", "Nuku'alofa",
# "Vava'u": GeoNames' "Sana a" names were never found, the chunk ending at "Sana"); a
# possessive's or a contraction's letters are not ("China's", "Gov't").
_APOSTROPHES = frozenset("'’‘`")
_CONTRACTED = frozenset({"s", "t", "d", "ll", "re", "ve", "m"})
_APOSTROPHE_TAIL = (
    rf"(?:[{''.join(sorted(_APOSTROPHES))}](?!(?:{'|'.join(sorted(_CONTRACTED))})(?![^\W_]))"
    r"[^\W_]+)*+"
)
_CHUNK_RE = re.compile(
    rf"{_CAP_FIRST}(?<![^\W_].)[^\W_]*{_APOSTROPHE_TAIL}(?:(?:[^\w\n]|_){{1,4}}+"
    rf"(?:{_CAP}{_APOSTROPHE_TAIL}|(?:{_CONNECTOR_ALTERNATIVES})(?![^\W_])))*"
)

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
# articles: 67,000 one-word chunks, 3,900 distinct). A full memo drops its older half. 10,000
# synthetic articles hold ~37,000 distinct chunks, 20,000 ~47,000: at 30,000 the memo dropped
# half of them and recomputed them (~19 µs each) over and over. At 50,000 (~0.5 KB a chunk, ~10
# MB more per process after 20,000 articles) the same texts again ran 10-16% faster; a first
# pass over 10,000 articles gained within the noise of an A/B (0.95-1.02)
_CHUNK_MEMO_MAX = 50_000


class _Memo:
    """Per-gazetteer results of pure per-name work, shared by the articles a process parses."""

    __slots__ = ("chunks", "facts", "infos", "spans", "whys")

    def __init__(self) -> None:
        self.chunks: dict[str, _ChunkNames] = {}
        self.facts: dict[str, tuple[bool, ...]] = {}  # place_filter.facts._surface_facts
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


def _chunk_matches(
    chunk: str,
    index: dict[str, int],
    forms: dict[int, frozenset[str]],
    wide: Callable[[int], bool] | None = None,
    state_over: Callable[[int, int], bool] | None = None,
) -> _Chunk:
    """The gazetteer names in a chunk: (number of words, word spans, matches), or just the
    number of words when there are none.

    Spans are relative to the chunk. Each match is ``(i, j, key, start, end, rule)`` for words
    ``i..j``; ``rule`` says what the character after the chunk decides when the match ends the
    chunk and the name has a dotted form ("D.C."): ``_DOT_OR_KEEP`` — a "." extends the match,
    ``_DOT_OR_DROP`` — a "." extends it and anything else drops it. ``wide(key)`` tells whether
    a one-word name written with accents that the gazetteer holds without them is a state's or a
    country's (see :func:`_wide_area`), and ``state_over(key, accented_key)`` whether such a
    state beats what the name written with its accents names (:func:`_state_over`). A pure
    function of the chunk, so :func:`_scan` memoises it.
    """
    words = _TOKEN_RE.findall(chunk)
    n = len(words)
    low = [w.lower() for w in words]
    if chunk.isascii() and not any(map(index.__contains__, low)):
        return n  # no word starts a gazetteer name (a quarter of the chunks news writes)
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
    # (a word's syllables after an apostrophe go on a name, and start none)
    tail = [
        x > 0
        and not ok[x]
        and words[x] not in _CONTRACTED
        and chunk[spans[x - 1][1] : spans[x][0]] in _APOSTROPHES
        for x in range(n)
    ]
    if any(tail):
        ok = [o or t for o, t in zip(ok, tail, strict=True)]
    out: list[_ChunkMatch] = []
    _find_in_chunk(chunk, words, spans, ok, low, index, forms, out, tail)
    if not chunk.isascii():
        # a name the gazetteer holds without its accents, written with them: "Quảng Ninh",
        # "Hải Phòng" (GeoNames' "Quang Ninh", "Haiphong")
        folded = [fold_accents(w) for w in low]
        if folded != low:
            found = {(m[0], m[1]) for m in out}
            more: list[_ChunkMatch] = []
            _find_in_chunk(chunk, words, spans, ok, folded, index, forms, more, tail)
            # (names of two words or more: "Gruyère cheese" is no Gruyères; one word only when
            # it names a state or a country: "Michoacán", "Chocó", "Piauí")
            out.extend(
                m
                for m in more
                if (m[0], m[1]) not in found and (m[1] > m[0] or (wide is not None and wide(m[2])))
            )
            if state_over is not None and found:
                # ... and a state's name written with its accents where the accented form is
                # only a small town's or another place's other name: "the capital of Pará
                # state" was Belém ("Pará" is its alternate name; GeoNames' state is "Para")
                at = {(m[0], m[1]): x for x, m in enumerate(out)}
                for m in more:
                    x = at.get((m[0], m[1]))
                    if x is not None and out[x][2] != m[2] and state_over(m[2], out[x][2]):
                        out[x] = m
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
    tail: list[bool],
) -> None:
    """The matches of :func:`_chunk_matches` for the words as ``low`` writes them, into ``out``;
    ``tail``: the words that only go on a name (a word's syllables after an apostrophe)."""
    n = len(words)
    for i in range(n):
        if not ok[i] or tail[i]:
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
                    elif surf not in f and (surf.isascii() or fold_accents(surf) not in f):
                        # short names are abbreviations or codes: "US" yes, "Us" no (a name
                        # written with accents its form lacks is that form: "Pará" is "Para")
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


def _next_word(text: str, pos: int) -> tuple[int, int] | None:
    """The span of the word starting after ``pos`` (skipping punctuation), or None."""
    m = _TOKEN_RE.search(text, pos)  # [^\W_] is exactly str.isalnum, one character at a time
    return m.span() if m is not None else None


# a first-order area or a country from this size up is found by its name written with accents
# the gazetteer's ASCII source lacks ("Michoacán" for GeoNames' "Michoacan")
_WIDE_AREA_MIN_POP = 100_000
_FIRST_ORDER = frozenset({"ADM1", "PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "TERR"})


def _wide_area(gaz: Gazetteer, key: int) -> bool:
    """Whether a name key's best sense is a state or a country under its own name."""
    _, e, alt, _ = gaz.senses(key)[0]
    # (a country's or a first-order area's name at any size: "Mohéli", the Comoros' island of
    # 28,000, was nothing)
    return (
        not alt
        and e.kind in ("admin area", "country")
        and (e.population >= _WIDE_AREA_MIN_POP or e.feature_code in _FIRST_ORDER)
    )


def _state_over(gaz: Gazetteer, key: int, accented: int) -> bool:
    """Whether name key ``key`` is such a state (:func:`_wide_area`) and the best sense of
    ``accented`` (the same words written with accents) is no area, and either another place's
    other name or a place a tenth its size."""
    if not _wide_area(gaz, key):
        return False
    e = gaz.senses(key)[0][1]
    _, o, o_alt, _ = gaz.senses(accented)[0]
    return o.kind not in ("admin area", "country") and (
        o_alt or o.population * _ACCENTED_TOWN_SHARE < e.population
    )


# an accented name's best sense yields to its unaccented state's below a tenth of its people
_ACCENTED_TOWN_SHARE = 10


def _written_with_and(gaz: Gazetteer, key: int) -> bool:
    """Whether a name key's best sense is named with "and" ("Trinidad and Tobago")."""
    name = gaz.senses(key)[0][1].name
    return " and " in name or "&" in name


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
    # (the accents' tests only for a chunk that has accents: see _chunk_matches)
    c = (
        _chunk_matches(chunk, gaz.index, gaz.forms)
        if chunk.isascii()
        else _chunk_matches(
            chunk,
            gaz.index,
            gaz.forms,
            functools.partial(_wide_area, gaz),
            functools.partial(_state_over, gaz),
        )
    )
    if type(c) is int:
        return c
    _, spans, matches = c
    if "&" in chunk:
        # "&" joins two names, not the words of one ("Middle East & Africa", a site's section,
        # was East Africa), unless the place's own name holds "and" ("Bosnia & Herzegovina")
        matches = tuple(
            mt for mt in matches if "&" not in chunk[mt[3] : mt[4]] or _written_with_and(gaz, mt[2])
        )
        if not matches:
            return c[0]
    if " City " in chunk:
        # a city's body after its name and "City" is the name's and the body's: "Bristol City
        # Council" is Bristol's (its council), not Bristol, Virginia, which GeoNames also calls
        # "Bristol City" (as "Leeds City Council" is Leeds's; "Salt Lake City Council" keeps
        # the city whose own name ends in "City")
        matches = tuple(
            mt
            for mt in matches
            if not (
                chunk[spans[mt[1]][0] : spans[mt[1]][1]] == "City"
                and mt[1] + 1 < len(spans)
                and chunk[spans[mt[1] + 1][0] : spans[mt[1] + 1][1]] in _CITY_BODIES
                and not gaz.senses(mt[2])[0][1].name.endswith("City")
            )
        )
        if not matches:
            return c[0]
    plain = _keep_longest(chunk, gaz, spans, matches, dot=False)
    if not any(rule for *_, rule in matches):
        return (plain, plain)
    return (plain, _keep_longest(chunk, gaz, spans, matches, dot=True))


# a city's bodies named after the city and "City" ("Bristol City Council")
_CITY_BODIES = frozenset({"Council", "Commission", "Hall", "Police", "Corporation", "Government"})
# an area's generic last word: between two overlapping names of as many words, the one ending in
# it yields ("Homa Bay County" is Kenya's Homa Bay county, not the Bay County of Florida)
_AREA_TAILS = frozenset({"County", "District", "Province", "Region", "Prefecture", "Governorate"})


def _keep_longest(
    chunk: str,
    gaz: Gazetteer,
    spans: tuple[tuple[int, int], ...],
    matches: tuple[_ChunkMatch, ...],
    *,
    dot: bool,
) -> tuple[_Kept, ...]:
    """The longest matches (in words, then not ending in an area's generic word, then characters;
    ties keep the earlier) that do not overlap, in text order, when the character after the chunk
    is a "." (``dot``) or not."""
    found = []
    n = len(chunk)
    for i, j, key, s, e, rule in matches:
        if rule:
            if dot:
                e += 1
            elif rule == _DOT_OR_DROP:
                continue
        tail = chunk[spans[j][0] : spans[j][1]] in _AREA_TAILS
        found.append((i - j, tail, s - e, s, i, j, key, e))
    found.sort()
    taken: set[int] = set()
    kept = []
    for _, _, _, s, i, j, key, e in found:
        if any(g in taken for g in range(i, j + 1)):
            continue
        taken.update(range(i, j + 1))
        prev = spans[i - 1] if i > 0 else None
        nxt = spans[j + 1] if j + 1 < len(spans) else None
        surface = chunk[s:e] if e <= n else chunk[s:] + "."
        senses = gaz.senses_of_surface(key, surface)
        kept.append((s, e, spans[j][1], j - i + 1, key, surface, senses, prev, nxt))
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


# a place's short form defined in brackets right after its name: "New South Wales (NSW)",
# "Democratic Republic of Congo (DRC)" (the letters' pattern is acronyms.DEFINITION's)
_PLACE_SHORT_FORM = re.compile(r" \(([A-Z]{2,6})\)")
# the kinds of place a text gives a short form of its own (not a town: "Kasese (K)")
_SHORT_FORM_KINDS = frozenset({"country", "admin area", "region", "continent"})


def defined_place_acronyms(text: str, cands: list[_Mention]) -> list[_Mention]:
    """``cands`` plus, where the text defines a short form for a state, country or region in
    brackets after its name, every use of that short form as the same place (the same senses).

    "the far south coast of New South Wales (NSW) … NSW Premier Gladys Berejiklian" made "NSW"
    an organisation's acronym six times in one story. Only a name whose capitals are the short
    form, two or more ("Kasese (K)" defines nothing; "KwaZulu-Natal (KZN)" does).

        >>> e = GazetteerEntry(1, "New South Wales", "admin area", "AU", None, -33.0, 147.0, 8_000_000, "ADM1")
        >>> m = _Mention(6, 21, 21, 3, 0, "New South Wales", ((0, e, False, 1.0),), None, None)
        >>> t = "Fires New South Wales (NSW) burn. NSW Premier"
        >>> [(x.start, x.surface) for x in defined_place_acronyms(t, [m])]
        [(6, 'New South Wales'), (23, 'NSW'), (34, 'NSW')]
    """
    if " (" not in text:
        return cands
    by_end = {m.end: m for m in cands}
    found: dict[str, _Mention] = {}
    for mt in _PLACE_SHORT_FORM.finditer(text):
        m = by_end.get(mt.start())
        acr = mt.group(1)
        # (the capitals of a name's words, and of its hyphened or joined parts: "KwaZulu-Natal
        # (KZN)" was an organisation "KZN")
        if (
            m is None
            or m.senses[0][1].kind not in _SHORT_FORM_KINDS
            or "".join(ch for ch in m.surface if ch.isupper()) != acr
        ):
            continue
        found.setdefault(acr, m)
    if not found:
        return cands
    taken = [(m.start, m.end) for m in cands]
    more = []
    for mt in re.finditer(r"(?<![\w-])(?:" + "|".join(found) + r")(?![\w-])", text):
        s, e = mt.span()
        if any(a < e and s < b for a, b in taken):
            continue
        m = found[mt.group()]
        more.append(
            _Mention(
                s, e, e, 1, m.key, mt.group(), m.senses, _prev_word(text, s), _next_word(text, e)
            )
        )
    return sorted([*cands, *more], key=lambda m: m.start) if more else cands
