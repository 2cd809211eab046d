"""Who and what an article mentions: people, organisations and places, with offsets, counted.

Stage 3 of the data flow (… → geoparse → **mentions**). :func:`find_mentions` is a pure per-article
function (cleaned text in, one row per mention out); :func:`count_mentions` runs it over an articles
table and :func:`mention_counts` pivots the rows to counts per entity × article. Batch callers use
:func:`find_mentions_rows` (plain tuples) and build one table per batch with :func:`mentions_frame`:
a DataFrame per article costs about a third as much as finding its mentions.

Where mentions come from, in order of trust:

1. **The entity table** ``data/entities.csv`` (``entity,kind,aliases``; aliases separated by ``|``),
   matched case-sensitively on word boundaries with one Aho–Corasick pass. A table match always wins.
2. **Discovery of proper names** for people and organisations absent from the table. Capitalised
   sequences are read with cues from ``helpers/data/name_cues.toml``:

   * a capitalised **title** right before a name makes it a person ("Chinese President Xi Jinping" →
     *Xi Jinping*; the title is not part of the mention);
   * an **organisation word** (Party, Committee, Agency, Post, Times, Ministry…) makes the sequence an
     organisation, with an ``of``/``of the``/``for`` tail ("Workers Party of Korea");
   * any other sequence of two to four capitalised words is a person, once sentence-initial function
     words ("The", "If"), words the article also writes in lower case, calendar words, demonyms and
     places found by the gazetteer are taken off — unless it ends like a place, event or job
     ("Peninsula", "Street", "Summit", "Director") or every word is an everyday English word from
     the Dale–Chall list ("Town Homes", "Business Manager").
3. **Places** from :func:`helpers.geoparse.find_places` (kind ``place``, entity = the resolved place's
   name, same offsets), so place counts and the map agree.

Rules between them:

* **Surnames.** News names a person in full, then by surname: a bare "Pompeo" counts for "Mike Pompeo"
  when Mike Pompeo is named in full anywhere in the article (or the table lists "Pompeo" as an alias).
  The bare form is the last name, except for family-name-first names listed in ``name_cues.toml``
  ("Kim" for "Kim Jong Un", "Xi" for "Xi Jinping"). Possessives ("Trump's") and compounds
  ("Trump-Kim summit": one Trump, one Kim) count.
* **Ambiguity is never guessed.** When two people named in the article share the bare form (Kim Jong
  Un and Kim Yong Chol), the bare "Kim" becomes entity ``"Kim (ambiguous)"`` with ``ambiguous=True``
  and both names in ``candidates``.
* **Organisations and people beat places they contain**: "the Washington Post" and "Workers Party of
  Korea" are organisations, and the place rows inside them (Washington, Korea) are dropped; a bare
  surname of a person named in the article beats a gazetteer hit on the same word. A discovered
  sequence that *is exactly* a place the gazetteer resolved ("White House", a landmark) stays a place.

Columns of the mentions table: ``article_id`` (str), ``entity`` (str, canonical name), ``kind``
(``person`` | ``organisation`` | ``place``), ``surface`` (str, the text as written, possessive ``'s``
excluded), ``start``/``end`` (int64 offsets into the cleaned text), ``ambiguous`` (bool),
``candidates`` (str, ``|``-separated names when ambiguous, else ""), ``how`` (why it counted:
``table``, ``title``, ``name``, ``organisation``, ``surname``, ``place``).

    >>> import pandas as pd
    >>> no_places = pd.DataFrame(columns=["start", "end", "surface", "name"])
    >>> m = find_mentions("Senator Jane Roe met Acme Agency staff. Roe said yes.", places=no_places,
    ...                   entities=EntityTable.from_records([]))
    >>> m[["entity", "kind", "surface", "how"]].values.tolist()
    [['Jane Roe', 'person', 'Jane Roe', 'title'], ['Acme Agency', 'organisation', 'Acme Agency', 'organisation'], ['Jane Roe', 'person', 'Roe', 'surname']]
"""

from __future__ import annotations

import csv
import io
import os
import re
import threading
import tomllib
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import accumulate, compress, repeat
from operator import attrgetter, itemgetter, ne
from pathlib import Path
from stat import S_ISREG
from typing import Any, Literal

import ahocorasick
import numpy as np
import pandas as pd

__all__ = [
    "KINDS",
    "MENTION_COLUMNS",
    "EntityTable",
    "count_mentions",
    "default_entities_path",
    "find_mentions",
    "find_mentions_rows",
    "load_entities",
    "mention_counts",
    "mentions_frame",
]

KINDS = ("person", "organisation", "place")
MENTION_COLUMNS: list[str] = [
    "article_id",
    "entity",
    "kind",
    "surface",
    "start",
    "end",
    "ambiguous",
    "candidates",
    "how",
]
ENTITIES_ENV = "DATELINE_ENTITIES"
_KIND_SPELLINGS = {
    "person": "person",
    "people": "person",
    "organisation": "organisation",
    "organization": "organisation",
    "org": "organisation",
}

# ---------------------------------------------------------------------------------------------
# The entity table
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Entity:
    name: str
    kind: str
    aliases: tuple[str, ...] = ()


@dataclass
class EntityTable:
    """People and organisations with their aliases, matched with one Aho–Corasick automaton.

    Build it with :func:`load_entities` (from ``entities.csv``) or :meth:`from_records`. The automaton
    is built lazily on first use and left out of pickles, so tables travel cheaply to pool workers.

    >>> t = EntityTable.from_records([("Mike Pompeo", "person", ["Pompeo"])])
    >>> t.match("Then Pompeo's aide called.")
    [(5, 11, 'Pompeo')]
    """

    entities: tuple[Entity, ...] = ()
    _automaton: Any = field(default=None, init=False, repr=False, compare=False)
    _lock: Any = field(default_factory=threading.Lock, init=False, repr=False, compare=False)

    @classmethod
    def from_records(cls, records: Iterable[Any]) -> EntityTable:
        """From ``(entity, kind, aliases)`` tuples or dicts; aliases a list or a ``|``-joined string."""
        out: list[Entity] = []
        for rec in records:
            if isinstance(rec, Mapping):
                name, kind, aliases = rec["entity"], rec["kind"], rec.get("aliases", ())
            else:
                name, kind, *rest = rec
                aliases = rest[0] if rest else ()
            out.append(_entity(name, kind, aliases))
        return cls(tuple(out))

    def __len__(self) -> int:
        return len(self.entities)

    def __getstate__(self) -> dict[str, Any]:
        return {"entities": self.entities}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.entities = state["entities"]
        self._automaton = None
        self._lock = threading.Lock()

    @property
    def by_alias(self) -> dict[str, tuple[Entity, ...]]:
        """Every surface form (names and aliases) → the entities it may mean."""
        cached = self.__dict__.get("_by_alias")
        if cached is not None:
            return cached
        table: dict[str, list[Entity]] = {}
        for ent in self.entities:
            for form in (ent.name, *ent.aliases):
                bucket = table.setdefault(form, [])
                if ent not in bucket:
                    bucket.append(ent)
        result = {k: tuple(v) for k, v in table.items()}
        self.__dict__["_by_alias"] = result
        return result

    def _build(self) -> Any:
        if self._automaton is None:
            with self._lock:
                if self._automaton is None:
                    auto = ahocorasick.Automaton()
                    for form, ents in self.by_alias.items():
                        auto.add_word(form, (form, ents))
                    if len(auto):
                        auto.make_automaton()
                    self._automaton = auto
        return self._automaton

    def match(self, text: str) -> list[tuple[int, int, str]]:
        """Table surface forms in ``text`` as ``(start, end, form)``: longest first, no overlaps,
        whole words only (a hyphen or apostrophe is a boundary, so "Trump-Kim" and "Trump's" match)."""
        auto = self._build()
        if not len(auto):
            return []
        found: list[tuple[int, int, str]] = []
        for end_idx, (form, _ents) in auto.iter(text):
            start, end = end_idx - len(form) + 1, end_idx + 1
            if (start > 0 and _is_word_char(text[start - 1])) or (
                end < len(text) and _is_word_char(text[end])
            ):
                continue
            found.append((start, end, form))
        # leftmost-longest, non-overlapping
        found.sort(key=lambda m: (m[0], -(m[1] - m[0])))
        kept: list[tuple[int, int, str]] = []
        last_end = -1
        for m in found:
            if m[0] >= last_end:
                kept.append(m)
                last_end = m[1]
        return kept


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _entity(name: Any, kind: Any, aliases: Any) -> Entity:
    name = " ".join(str(name).split())
    if not name:
        raise ValueError("an entity needs a name")
    norm = _KIND_SPELLINGS.get(str(kind).strip().lower())
    if norm is None:
        raise ValueError(f"entity {name!r}: kind must be person or organisation, not {kind!r}")
    if aliases is None or (isinstance(aliases, float) and aliases != aliases):  # NaN from pandas
        aliases = ()
    if isinstance(aliases, str):
        aliases = aliases.split("|")
    cleaned = tuple(dict.fromkeys(" ".join(a.split()) for a in aliases if a and a.strip()))
    return Entity(name, norm, tuple(a for a in cleaned if a != name))


def default_entities_path() -> Path:
    """Where :func:`load_entities` reads from when given no path.

    In order: ``$DATELINE_ENTITIES``; the project's ``data/entities.csv`` when running from a checkout
    (the folder above the ``helpers`` package — the file users edit); else the starter copy packaged in
    ``helpers/data/entities.csv`` (so an installed wheel works).
    """
    env = os.environ.get(ENTITIES_ENV)
    if env:
        return Path(env).expanduser()
    project = _project_entities_path()
    if project.is_file():
        return project
    return Path(str(resources.files("helpers") / "data" / "entities.csv"))


def _parse_entities_csv(text: str, source: str) -> EntityTable:
    rows = csv.reader(io.StringIO(text))
    header: list[str] | None = None
    records: list[Entity] = []
    for lineno, row in enumerate(rows, 1):
        if not row or not "".join(row).strip() or row[0].lstrip().startswith("#"):
            continue
        if header is None:
            header = [h.strip().lower() for h in row]
            missing = {"entity", "kind"} - set(header)
            if missing:
                raise ValueError(f"{source}: header needs entity,kind,aliases (missing {missing})")
            continue
        values = dict(zip(header, (c.strip() for c in row), strict=False))
        try:
            records.append(
                _entity(values.get("entity", ""), values.get("kind", ""), values.get("aliases"))
            )
        except ValueError as exc:
            raise ValueError(f"{source}, line {lineno}: {exc}") from None
    return EntityTable(tuple(records))


@lru_cache(maxsize=1)
def _project_entities_path() -> Path:
    # Where this module lives does not change while it runs: resolve it once, not once per article.
    return Path(__file__).resolve().parents[1] / "data" / "entities.csv"


@lru_cache(maxsize=8)
def _load_cached(path: str, mtime_ns: int, inode: int, device: int) -> EntityTable:
    real = Path(path).resolve()
    return _parse_entities_csv(real.read_text(encoding="utf-8-sig"), str(real))


def load_entities(path: str | Path | None = None) -> EntityTable:
    """Read an entity table (``entity,kind,aliases``; ``#`` lines are comments).

    ``path=None`` reads :func:`default_entities_path`. The parsed table is cached per file and
    modification time, so edits to the CSV are picked up on the next call.

    >>> table = load_entities()
    >>> "Donald Trump" in {e.name for e in table.entities}
    True
    """
    if path is None and not os.environ.get(ENTITIES_ENV):
        # The common case, once per article: the project's table, found and checked with one
        # stat rather than default_entities_path's is_file() plus the stat below.
        project = str(_project_entities_path())
        try:
            st = os.stat(project)
        except OSError:
            st = None
        if st is not None and S_ISREG(st.st_mode):
            return _load_cached(project, st.st_mtime_ns, st.st_ino, st.st_dev)
    p = (Path(path) if path is not None else default_entities_path()).expanduser()
    try:
        st = os.stat(p)
    except OSError:
        p.resolve().stat()  # raise the error as it always read, naming the resolved path
        raise
    # Keyed on the path as given plus the file's identity and mtime, so the symlink resolution (a
    # dozen system calls, as long as finding the mentions of a short article) runs once per version
    # of the file rather than once per article.
    return _load_cached(str(p), st.st_mtime_ns, st.st_ino, st.st_dev)


# ---------------------------------------------------------------------------------------------
# Name cues
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Cues:
    titles: tuple[tuple[str, ...], ...]  # token sequences, longest first
    title_words: frozenset[str]  # last words of titles ("President", "Mr.")
    title_phrases: frozenset[str]  # whole titles as written ("Attorney General")
    titles_by_first: dict[str, tuple[tuple[str, ...], ...]]  # first word -> titles, longest first
    title_reach: int  # words a title spans after its first
    org_words: frozenset[str]
    non_person_endings: frozenset[str]
    family_first: frozenset[str]
    particles: frozenset[str]
    suffixes: frozenset[str]
    function_words: frozenset[str]
    calendar: frozenset[str]
    abbreviations: frozenset[str]
    headline_words: frozenset[str]


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    data = tomllib.loads(
        (resources.files("helpers") / "data" / "name_cues.toml").read_text(encoding="utf-8")
    )
    titles = {tuple(t.split()) for t in data["titles"]}
    return _Cues(
        titles=tuple(sorted(titles, key=len, reverse=True)),
        title_words=frozenset(t[-1] for t in titles),
        title_phrases=frozenset(" ".join(t) for t in titles),
        titles_by_first={
            w: tuple(t for t in sorted(titles, key=len, reverse=True) if t[0] == w)
            for w in {t[0] for t in titles}
        },
        title_reach=max((len(t) for t in titles), default=1) - 1,
        org_words=frozenset(data["organisation_words"]),
        non_person_endings=frozenset(data["non_person_endings"]),
        family_first=frozenset(data["family_name_first"]),
        particles=frozenset(data["name_particles"]),
        suffixes=frozenset(data["name_suffixes"]),
        function_words=frozenset(w.lower() for w in data["function_words"]),
        calendar=frozenset(data["calendar_words"]),
        abbreviations=frozenset(data["abbreviations"]),
        headline_words=frozenset(data["headline_words"]),
    )


# ---------------------------------------------------------------------------------------------
# Tokens
# ---------------------------------------------------------------------------------------------

# Words: letters/digits with inner apostrophes, hyphens or dots ("Jong-un", "U.S", "O'Neill").
_WORD = re.compile(r"[^\W_](?:[^\W_]|[-'’.](?=[^\W_]))*")
_POSSESSIVE = ("'s", "’s")
_CONNECTORS = (("of", "the"), ("for", "the"), ("of",), ("for",))  # longest first
# Place kinds (helpers.geoparse) whose names are often people's names too ("Kim", "Jackson").
_WEAK_PLACE_KINDS = frozenset({"city"})
_HYPHEN_PARTICLES = {"al", "el", "ad", "as", "ash", "bin", "ibn", "abu", "abd"}


_SENTENCE_GAP = re.compile(r"[.!?:\n]")
# The word pattern as a split: [gap, word, gap, word, …, gap] in one C call, no match objects. The
# same words as _WORD, written with possessive quantifiers: _WORD's per-character alternation and
# lookahead cost more than half as much again.
_WORD_SPLIT = re.compile(r"([^\W_]++(?:[-'’.][^\W_]++)*+)")
_WORD_SPLIT_W = re.compile(r"(\w++(?:[-'’.]\w++)*+)")
_JOINED_GAPS = ("' ", "’ ")  # a plural possessive between two words of a name ("Workers' Party")


def _gap_info(gap: str) -> tuple[bool, bool]:
    """(does the gap end a sentence, may it join two words of a name) for a gap between words."""
    # A full stop left in the gap ends a sentence (abbreviations and initials kept theirs).
    # Names continue across one space, or a plural possessive ("Workers' Party": the word before
    # must end in s).
    info = (_SENTENCE_GAP.search(gap) is not None, gap in _JOINED_GAPS)
    if len(_GAP_INFO) < _MEMO_SIZE:  # the same few gaps recur in every article (", ", ". ", "\n\n")
        _GAP_INFO[gap] = info
    return info


# Pure per-gap, per-name and per-chunk results are remembered across articles in plain dicts of at
# most this many entries (the name and chunk memos are emptied when full; a full chunk memo holds
# about 15 MB).
_MEMO_SIZE = 20_000
_GAP_INFO: dict[str, tuple[bool, bool]] = {}


class _Words:
    """An article's tokens as parallel lists, one entry per token.

    Lists rather than one object per token: an article has hundreds of tokens, most of them
    lower-case words that only break names, and building the lists with C-level ``map``/``zip``
    costs a fraction of building token objects one by one.
    """

    __slots__ = ("caps", "ends", "glued", "initial", "joined", "starts", "texts")

    def __init__(
        self,
        starts: list[int],
        ends: list[int],
        texts: list[str],
        caps: list[bool],
        initial: list[bool],  # first word of a sentence
        # joined to the previous token by a hyphen ("Kim" in "Trump-Kim"); never also joined
        glued: list[bool],
        # only a space (or a plural possessive) between it and the previous token; never at a
        # sentence start
        joined: list[bool],
    ) -> None:
        self.starts, self.ends, self.texts, self.caps = starts, ends, texts, caps
        self.initial, self.glued, self.joined = initial, glued, joined

    def __len__(self) -> int:
        return len(self.texts)


def _tokens(text: str, cues: _Cues) -> _Words:
    # Most words need nothing but their offsets, computed for all words at once; Python code runs
    # only for the few that differ: a full stop kept, a possessive dropped, a gap other than one
    # space, a hyphenated compound. Without "_" in the text, \w is the same class as [^\W_], and
    # faster.
    parts = (_WORD_SPLIT if "_" in text else _WORD_SPLIT_W).split(text)
    texts = parts[1::2]
    n = len(texts)
    if not n:
        return _Words([], [], [], [], [], [], [])
    gaps = parts[::2]  # gaps[k] is the text before word k; gaps[n] follows the last word
    bounds = list(accumulate(map(len, parts)))
    starts = bounds[0 : 2 * n : 2]
    ends = bounds[1::2]
    odd = list(compress(range(n + 1), map(ne, gaps, repeat(" "))))  # gaps other than one space
    trimmed: list[int] = []
    # Abbreviations and initials keep their full stop: "Mr.", "U.S.", "J."
    abbreviations = cues.abbreviations
    for g in odd:
        if g and gaps[g][:1] == ".":
            k = g - 1
            word = texts[k]
            if word + "." in abbreviations or "." in word or (len(word) == 1 and word.isupper()):
                texts[k] = word + "."
                ends[k] += 1
                trimmed.append(k)
    # A possessive 's is not part of the word ("Trump's"); only words holding "'s" can end in it,
    # and str.find finds those a dozen times faster than a regular expression.
    seen: set[int] = set()
    for needle in _POSSESSIVE:
        pos = text.find(needle)
        while pos != -1:
            k = bisect_right(starts, pos) - 1
            if k >= 0 and pos < ends[k] and k not in seen:
                seen.add(k)
                word = texts[k]
                if word.endswith(_POSSESSIVE) and len(word) > 2:
                    texts[k] = word[:-2]
                    ends[k] -= 2
                    trimmed.append(k)
            pos = text.find(needle, pos + 1)
    for k in trimmed:
        # the next token's gap starts where this token ends (after "Mr." or before "'s")
        if k + 1 < n:
            gaps[k + 1] = text[ends[k] : starts[k + 1]]
            odd.append(k + 1)
    # One space between words, by far the most common gap: same sentence, same name.
    initial = [False] * n
    joined = [True] * n
    gap_info = _GAP_INFO
    for k in odd:
        gap = gaps[k]
        if 0 < k < n and gap != " ":
            info = gap_info.get(gap)
            if info is None:
                info = _gap_info(gap)
            initial[k] = info[0]
            joined[k] = info[1] and texts[k - 1].endswith("s")
    initial[0], joined[0] = True, False  # the first word starts the text
    caps = list(map(str.isupper, map(itemgetter(0), texts)))
    words = _Words(starts, ends, texts, caps, initial, [False] * n, joined)
    if "-" in text:
        _split_compounds(text, words)
    return words


def _split_compounds(text: str, words: _Words) -> None:
    """Hyphenated compounds of capitalised parts are separate names ("Trump-Kim"); lower-case tails
    stay ("Jong-un", "high-ranking"), as do Arabic particles ("al-Assad")."""
    starts, ends, texts = words.starts, words.ends, words.texts
    splits: list[tuple[int, list[str]]] = []
    last = -1
    pos = text.find("-")
    while pos != -1:
        # a compound splits only where a hyphen is followed by a capital ("Trump-Kim")
        if text[pos + 1 : pos + 2].isupper():
            k = bisect_right(starts, pos) - 1
            if k > last and k >= 0 and pos < ends[k]:
                last = k
                pieces = _split_compound(texts[k])
                if len(pieces) > 1:
                    splits.append((k, pieces))
        pos = text.find("-", pos + 1)
    if not splits:
        return
    cols = (starts, ends, texts, words.caps, words.initial, words.glued, words.joined)
    new: tuple[list[Any], ...] = ([], [], [], [], [], [], [])
    done = 0
    for k, pieces in splits:
        for col, old in zip(new, cols, strict=True):
            col += old[done:k]
        done = k + 1
        offset = starts[k]
        for i, part in enumerate(pieces):
            first = i == 0
            new[0].append(offset)
            new[1].append(offset + len(part))
            new[2].append(part)
            new[3].append(part[:1].isupper())
            new[4].append(words.initial[k] and first)
            new[5].append(not first)
            new[6].append(words.joined[k] and first)
            offset += len(part) + 1
    for col, old in zip(new, cols, strict=True):
        col += old[done:]
    (words.starts, words.ends, words.texts, words.caps) = new[:4]
    (words.initial, words.glued, words.joined) = new[4:]


def _split_compound(word: str) -> list[str]:
    if "-" not in word:
        return [word]
    pieces = word.split("-")
    out = [pieces[0]]
    for piece in pieces[1:]:
        if piece[:1].isupper() and out[-1].lower() not in _HYPHEN_PARTICLES:
            out.append(piece)
        else:
            out[-1] = f"{out[-1]}-{piece}"
    return out


# ---------------------------------------------------------------------------------------------
# Finding mentions
# ---------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Span:
    start: int
    end: int
    entity: str
    kind: str
    how: str
    surface: str = ""
    tokens: tuple[str, ...] = ()
    ambiguous: bool = False
    candidates: tuple[str, ...] = ()


def _name_tokens(name: str) -> list[str]:
    return name.split()


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
            forms = frozenset((first if first in cues.family_first else toks[-1],))
        # Names recur across articles: remember them, within bounds (the cues never change).
        if len(_BARE_FORMS) >= _MEMO_SIZE:
            _BARE_FORMS.clear()
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


def _match_title(texts: list[str], joined: list[bool], i: int, cues: _Cues) -> int:
    for title in cues.titles_by_first.get(texts[i], ()):
        n = len(title)
        if tuple(texts[i : i + n]) == title and all(joined[i + 1 : i + n]):
            return n
    return 0


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
    spans: list[_Span] = []
    singles: list[tuple[int, bool]] = []
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
                j += 1
                continue
            word = texts[j]
            if word == "of" or word == "for":
                k = _is_connector(texts, caps, joined, j)
                if k and not any(blocked[j : j + k + 1]):
                    j += k
                    continue
            if word in particles and j + 1 < n and caps[j + 1] and joined[j + 1]:
                j += 1
                continue
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
        # A chunk's reading depends only on its words, their place flags, whether its first word is
        # a capitalised common word, and (rarely) the words after it: names recur across articles
        # ("President Donald Trump", "Workers' Party of Korea"), so the reading is remembered.
        drop = initial[i] and (
            (low := texts[i].lower()) in function_words
            or (low in all_words and not low[:1].isupper())
        )
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
                _CHUNKS.clear()
            _CHUNKS[key] = reading
        for a, b, name, kind, how, words in reading[0]:
            spans.append(_Span(starts[i + a], ends[i + b], name, kind, how, tokens=words))
        for a, by_title in reading[1]:
            singles.append((i + a, by_title))
    return spans, singles


# A chunk's reading: spans as (first, last token, entity, kind, how, words) and bare words as
# (token, cued by a title), token positions counted from the chunk's first token.
_Reading = tuple[
    tuple[tuple[int, int, str, str, str, tuple[str, ...]], ...], tuple[tuple[int, bool], ...]
]
_CHUNKS: dict[tuple[Any, ...], _Reading] = {}


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
    if any(texts[x] in headline_words for x in chunk[1:]):
        # Headline case: any word may be capitalised, so only surnames are looked for here.
        caps = w.caps
        singles.extend((x, False) for x in chunk if caps[x])
        chunk = []
    # Split at titles: "U.S. Secretary of State Mike Pompeo" → [U.S.] title [Mike Pompeo]
    segments: list[tuple[list[int], bool]] = []  # (token indices, cued by a title)
    cur: list[int] = []
    cued = False
    k = 0
    titles_by_first = cues.titles_by_first
    while k < len(chunk):
        idx = chunk[k]
        n_title = _match_title(texts, w.joined, idx, cues) if texts[idx] in titles_by_first else 0
        # a title only counts if a capitalised name follows it inside the chunk
        if n_title and k + n_title < len(chunk) and w.caps[chunk[k + n_title]]:
            if cur:
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
            if texts[idx] in calendar:
                if part:
                    _read_segment(part, by_title, w, place_tok, cues, spans, singles)
                part = []
            else:
                part.append(idx)
        if part:
            _read_segment(part, by_title, w, place_tok, cues, spans, singles)
    return (
        tuple((a - first, b - first, *rest) for a, b, *rest in spans),
        tuple((x - first, by_title) for x, by_title in singles),
    )


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


_CONNECTOR_WORDS = frozenset({"of", "the", "for"})


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
    p = 0
    leftovers: list[list[int]] = []
    while p < len(parts):
        _conn, names = parts[p]
        if (
            len(names) >= 2
            and any(texts[x] in org_words for x in names)
            and texts[names[-1]] not in cues.non_person_endings
        ):
            # an organisation, with its "of X" tail unless X is an organisation of its own
            members = list(names)
            q = p + 1
            while q < len(parts):
                if any(texts[x] in org_words for x in parts[q][1]):
                    break
                members += parts[q][0] + parts[q][1]
                q += 1
            spans.append(_make_span(members, w, "organisation", "organisation"))
            p = q
            continue
        leftovers.append(names)
        p += 1
    for names in leftovers:
        _read_person(names, by_title, w, place_tok, cues, spans, singles)


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
    calendar = cues.calendar
    # Calendar words, places and demonyms break a name; a title makes the rest a person regardless.
    # A town-sized place at the head of a longer capitalised name is the name's ("Kim" is also a town
    # in India: "Kim Jong Un" stays whole), while countries, regions, demonyms and landmarks split it
    # ("U.S. Senate", "North Korean Kim").
    runs: list[list[int]] = [[]]
    for pos, idx in enumerate(names):
        word = texts[idx]
        place = None if by_title else place_tok[idx]
        if place == "weak" and not runs[-1] and pos + 1 < len(names):
            nxt = names[pos + 1]
            if caps[nxt] and place_tok[nxt] is None:
                place = None
        acronym = word.isupper() and len(word.rstrip(".")) > 1  # "CNN", "U.S.", not "J."
        if word in calendar or place or (acronym and not by_title):
            # acronyms count through the table only; a lone place word may still be a surname
            runs.append([])
            if word not in calendar:
                singles.append((idx, by_title))
            continue
        runs[-1].append(idx)
    for run in runs:
        while run and not caps[run[-1]]:  # a trailing particle is not part of a name
            run.pop()
        if not run:
            continue
        run_caps = [x for x in run if caps[x]]
        if len(run_caps) >= 2 or (by_title and run_caps and len(run) > 1):
            if texts[run[-1]] in cues.non_person_endings:
                continue
            core = [
                texts[x]
                for x in run_caps
                if texts[x] not in cues.suffixes and not texts[x].endswith(".")
            ]
            if len(core) > 4 or any(len(c) < 2 for c in core):
                continue  # people have two to four names, none a bare letter ("District A")
            if " ".join(texts[x] for x in run) in cues.title_phrases or (
                not by_title and texts[run[0]] in cues.title_words
            ):
                continue  # a title with no name ("Attorney General"), or an unknown title's run
            if not by_title and all(_is_common_word(c) for c in core):
                continue  # "Town Homes", "Business Manager": ordinary words, capitalised
            spans.append(_make_span(run, w, "person", "title" if by_title else "name"))
        elif len(run) == 1:
            singles.append((run[0], by_title))


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """The Dale–Chall list of ~3,000 words familiar to every reader (shipped with textstat)."""
    try:
        ref = resources.files("textstat") / "resources" / "en" / "easy_words.txt"
        return frozenset(w.strip() for w in ref.read_text(encoding="utf-8").split())
    except (ModuleNotFoundError, FileNotFoundError):  # pragma: no cover - textstat is a dependency
        return frozenset()


def _is_common_word(word: str) -> bool:
    low = word.lower()
    common = _common_words()
    return low in common or (low.endswith("s") and low[:-1] in common)


def _make_span(
    idxs: list[int], w: _Words, kind: str, how: str
) -> tuple[int, int, str, str, str, tuple[str, ...]]:
    words = tuple([w.texts[x] for x in idxs])
    return idxs[0], idxs[-1], " ".join(words), kind, how, words


def _empty_mentions() -> pd.DataFrame:
    return mentions_frame([])


def _places_for(text: str, places: pd.DataFrame | None) -> pd.DataFrame:
    if places is None:
        from helpers.geoparse import find_places

        places = find_places(text)
    return places


def find_mentions(
    text: str,
    *,
    article_id: str | None = None,
    entities: EntityTable | None = None,
    places: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Every person, organisation and place mention in one cleaned text, in text order.

    ``entities`` defaults to :func:`load_entities` (the project's ``data/entities.csv``). ``places`` are
    this text's rows from :func:`helpers.geoparse.find_places` (columns ``start``, ``end``, ``surface``,
    ``name``); ``None`` runs ``find_places`` here, an empty frame means "no places". Columns: see
    :data:`MENTION_COLUMNS` and the module docstring.

    >>> import pandas as pd
    >>> places = pd.DataFrame({"start": [7], "end": [17], "surface": ["Washington"],
    ...                        "name": ["Washington"]})
    >>> m = find_mentions("Per the Washington Post, Trump and Kim met.", places=places)
    >>> m[["entity", "kind", "surface"]].values.tolist()
    [['The Washington Post', 'organisation', 'Washington Post'], ['Donald Trump', 'person', 'Trump']]
    """
    text = "" if text is None else str(text)
    table = load_entities() if entities is None else entities
    return mentions_frame(
        _mention_rows(text, table, _place_list(_places_for(text, places)), article_id)
    )


def find_mentions_rows(
    text: str,
    *,
    article_id: str | None = None,
    entities: EntityTable | None = None,
    places: pd.DataFrame | None = None,
    place_rows: Sequence[Sequence[Any]] | None = None,
) -> list[tuple[Any, ...]]:
    """The rows of :func:`find_mentions` as plain tuples in :data:`MENTION_COLUMNS` order.

    For callers that gather many articles into one table: collect the rows of a whole batch and call
    :func:`mentions_frame` once — building a DataFrame costs more than finding a short article's
    mentions. ``mentions_frame(find_mentions_rows(text, ...))`` equals ``find_mentions(text, ...)``.
    The places come as ``places`` (a :func:`helpers.geoparse.find_places` frame, as for
    :func:`find_mentions`) or as ``place_rows``, this text's tuples from
    :func:`helpers.geoparse.find_places_rows` (:data:`helpers.geoparse.PLACE_COLUMNS` order), which
    spares a batch caller a frame per article; neither runs ``find_places`` here.

    >>> import pandas as pd
    >>> no_places = pd.DataFrame(columns=["start", "end", "surface", "name"])
    >>> rows = find_mentions_rows("Trump spoke.", article_id="a", places=no_places)
    >>> rows
    [('a', 'Donald Trump', 'person', 'Trump', 0, 5, False, '', 'table')]
    >>> rows += find_mentions_rows("Xi Jinping agreed.", article_id="b", places=no_places)
    >>> mentions_frame(rows)[["article_id", "entity", "start"]].values.tolist()
    [['a', 'Donald Trump', 0], ['b', 'Xi Jinping', 0]]
    """
    text = "" if text is None else str(text)
    table = load_entities() if entities is None else entities
    if place_rows is None:
        place_list = _place_list(_places_for(text, places))
    elif places is not None:
        raise ValueError("give places or place_rows, not both")
    else:
        place_list = _place_rows_list(place_rows)
    return _mention_rows(text, table, place_list, article_id)


@lru_cache(maxsize=1)
def _place_row_fields() -> Any:
    """(start, end, surface, name, kind) of a find_places_rows tuple, in one C call."""
    from helpers.geoparse import PLACE_COLUMNS

    return itemgetter(
        *(PLACE_COLUMNS.index(c) for c in ("start", "end", "surface", "name", "kind"))
    )


def _place_rows_list(rows: Sequence[Sequence[Any]]) -> list[tuple[int, int, str, str, str]]:
    """find_places_rows tuples as (start, end, surface, name, "weak"|"strong"), as _place_list."""
    return [
        (int(s), int(e), str(surface), str(name), "weak" if k in _WEAK_PLACE_KINDS else "strong")
        for s, e, surface, name, k in map(_place_row_fields(), rows)
    ]


def mentions_frame(rows: Iterable[Sequence[Any]]) -> pd.DataFrame:
    """The mentions table (columns and dtypes of :func:`find_mentions`) from rows of
    :func:`find_mentions_rows`, of any number of articles; no rows gives the empty table.

    >>> mentions_frame([]).dtypes["start"], len(mentions_frame([]))
    (dtype('int64'), 0)
    """
    rows = rows if isinstance(rows, list) else list(rows)
    if rows:
        cols: list[Sequence[Any]] = list(zip(*rows, strict=True))
        if len(cols) != len(MENTION_COLUMNS):
            raise ValueError(f"mention rows have {len(MENTION_COLUMNS)} fields, not {len(cols)}")
    else:
        cols = [()] * len(MENTION_COLUMNS)
    return _columns_frame(cols)


def _place_list(place_rows: pd.DataFrame) -> list[tuple[int, int, str, str, str]]:
    """find_places rows as (start, end, surface, name, "weak"|"strong") tuples."""
    if not len(place_rows):
        return []
    kinds = (
        place_rows["kind"].tolist() if "kind" in place_rows.columns else [None] * len(place_rows)
    )
    return [
        (int(s), int(e), str(surf), str(name), "weak" if k in _WEAK_PLACE_KINDS else "strong")
        for s, e, surf, name, k in zip(
            place_rows["start"].tolist(),
            place_rows["end"].tolist(),
            place_rows["surface"].tolist(),
            place_rows["name"].tolist(),
            kinds,
            strict=True,
        )
    ]


def _columns_frame(cols: Sequence[Sequence[Any]]) -> pd.DataFrame:
    # One array per column, then one DataFrame: a pd.Series per column (with its dtype inference)
    # cost more than finding the mentions.
    data = {
        name: _column(values, _DTYPES[name])
        for name, values in zip(MENTION_COLUMNS, cols, strict=True)
    }
    return pd.DataFrame(data, copy=False)


def _column(values: Sequence[Any], dtype: str) -> Any:
    """One column as an array of ``dtype`` — the same values and dtype as ``pd.Series(values,
    dtype=dtype)``, built without its per-call inference."""
    if dtype == "int64":
        return np.array(values, dtype=np.int64)
    if dtype == "bool":
        return np.array(values, dtype=np.bool_)
    fast = _arrow_strings()
    # Only plain str (or None) goes straight to Arrow; anything else (ints, NaN) is converted the
    # way pandas converts it.
    if fast is not None and all(type(v) is str or v is None for v in values):
        pa, make, str_type = fast
        return make(pa.array(values, type=str_type))
    return pd.array(list(values), dtype=dtype)


@lru_cache(maxsize=1)
def _arrow_strings() -> tuple[Any, Any, Any] | None:
    """(pyarrow, array builder, Arrow type) when pandas' ``"str"`` dtype is Arrow-backed (pandas 3),
    else None (then columns are built with ``pd.array``). The builder is checked once against
    pandas' own conversion, so a pandas that stores strings otherwise falls back rather than
    producing a different table."""
    try:
        import pyarrow as pa
        from pandas.arrays import ArrowStringArray

        probe_values = ["a", None, "b"]
        expected = pd.Series(probe_values, dtype="str")
        dtype = expected.dtype
        str_type = pa.array(expected).type

        def make(arr: Any) -> Any:
            return ArrowStringArray(pa.chunked_array([arr], type=str_type), dtype=dtype)

        got = pd.Series(make(pa.array(probe_values, type=str_type)))
        if not (
            type(got.array) is type(expected.array)
            and got.dtype == dtype
            and got.equals(expected)
            and pa.array(got).type == str_type
        ):
            return None
        return pa, make, str_type
    except Exception:  # any mismatch in an older pandas or pyarrow: use pd.array
        return None


_DTYPES = {
    "article_id": "str",
    "entity": "str",
    "kind": "str",
    "surface": "str",
    "start": "int64",
    "end": "int64",
    "ambiguous": "bool",
    "candidates": "str",
    "how": "str",
}


def _mention_rows(
    text: str,
    table: EntityTable,
    place_list: list[tuple[int, int, str, str, str]],
    article_id: str | None,
) -> list[tuple[Any, ...]]:
    """The rows of :func:`find_mentions` in :data:`MENTION_COLUMNS` order, in text order."""
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
    blocked = [False] * n
    for sp in table_spans:
        for x in _tok_range(starts, ends, sp.start, sp.end):
            blocked[x] = True

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
    if place_list and found:
        place_spans = {(s, e) for s, e, *_ in place_list}
        # a discovered name that is exactly a resolved place stays a place ("White House")
        found = [sp for sp in found if (sp.start, sp.end) not in place_spans]

    # 3. surnames: bare forms of people named in full in this article
    full_people: dict[str, set[str]] = {}  # bare form -> canonical names
    for sp in [*table_spans, *found]:
        if sp.kind == "person" and len(sp.tokens) >= 2 and not sp.ambiguous:
            for form in _bare_forms(sp.entity, cues) | _bare_forms(" ".join(sp.tokens), cues):
                full_people.setdefault(form, set()).add(sp.entity)
    # "Mr. Smith" with no full name anywhere: later bare "Smith"s are that same person.
    # (Not for everyday words: "General Electric" is no General called Electric.)
    for x, _by_title in compress(singles, map(_SECOND, singles)):  # the title-cued ones
        if texts[x] not in full_people and not _is_common_word(texts[x]):
            full_people[texts[x]] = {texts[x]}
    linked: list[_Span] = []
    resolved_tables: list[_Span] = []
    for sp in table_spans:
        if sp.kind == "person" and len(sp.tokens) == 1 and not sp.ambiguous:
            people = full_people.get(sp.tokens[0], set()) | {sp.entity}
            if len(people) > 1:
                sp.ambiguous, sp.candidates = True, tuple(sorted(people))
        resolved_tables.append(sp)
    if full_people:
        # only the bare words that name someone here (a C-level filter: most do not)
        named = map(full_people.__contains__, map(texts.__getitem__, map(_FIRST, singles)))
        for x, by_title in compress(singles, named):
            word = texts[x]
            people = full_people[word]
            if not people:
                continue
            how = "title" if by_title and people == {word} else "surname"
            sp = _Span(starts[x], ends[x], word, "person", how)
            if len(people) == 1:
                sp.entity = next(iter(people))
            else:
                sp.ambiguous, sp.candidates = True, tuple(sorted(people))
            linked.append(sp)
    for sp in (*resolved_tables, *linked):
        if sp.ambiguous:
            sp.entity = f"{sp.surface or text[sp.start : sp.end]} (ambiguous)"

    # Sorted by (start, -end) as two stable sorts on C-level keys, cheaper than a Python key.
    people_orgs = [*resolved_tables, *found, *linked]
    people_orgs.sort(key=_END, reverse=True)
    people_orgs.sort(key=_START)
    # 4. places not inside a person or organisation mention
    rows: list[tuple[Any, ...]] = [
        (
            article_id,
            sp.entity,
            sp.kind,
            text[sp.start : sp.end],
            sp.start,
            sp.end,
            sp.ambiguous,
            "|".join(sp.candidates),
            sp.how,
        )
        for sp in people_orgs
    ]
    if place_list:
        covered = _Intervals([(sp.start, sp.end) for sp in people_orgs])
        for s, e, _surf, name, _strength in place_list:
            if covered.overlaps(s, e):
                continue
            rows.append((article_id, name, "place", text[s:e], s, e, False, "", "place"))
        rows.sort(key=_ROW_END, reverse=True)
        rows.sort(key=_ROW_START)
    return rows


_START, _END = attrgetter("start"), attrgetter("end")
_FIRST, _SECOND = itemgetter(0), itemgetter(1)
_ROW_START, _ROW_END = itemgetter(4), itemgetter(5)  # MENTION_COLUMNS "start", "end"


def _inside_longer_name(sp: _Span, w: _Words, cues: _Cues) -> bool:
    if len(sp.tokens) != 1:
        return False
    idx = _tok_range(w.starts, w.ends, sp.start, sp.end)
    if len(idx) != 1:
        return False
    i = idx[0]
    caps, texts, joined = w.caps, w.texts, w.joined
    if i > 0 and joined[i] and caps[i - 1]:
        prev = texts[i - 1]
        if not (
            prev in cues.title_words
            or (w.initial[i - 1] and prev.lower() in cues.function_words)
            or prev in cues.calendar
        ):
            return True
    return (
        i + 1 < len(texts) and joined[i + 1] and caps[i + 1] and texts[i + 1] not in cues.calendar
    )


def _tok_range(starts: list[int], ends: list[int], s: int, e: int) -> range:
    """Indices of the tokens overlapping [s, e)."""
    lo = bisect_right(starts, s) - 1
    if lo < 0 or ends[lo] <= s:
        lo += 1
    hi = bisect_left(starts, e)
    return range(max(lo, 0), hi)


class _Intervals:
    """Disjoint, sorted spans; does [s, e) overlap any of them?"""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [a for a, _ in self.spans]

    def overlaps(self, s: int, e: int) -> bool:
        # the last span starting before e is the only one that can reach into [s, e)
        i = bisect_left(self.starts, e) - 1
        return i >= 0 and self.spans[i][1] > s


# ---------------------------------------------------------------------------------------------
# Many articles
# ---------------------------------------------------------------------------------------------


def count_mentions(
    articles: pd.DataFrame | Mapping[str, str] | Iterable[tuple[str, str]],
    *,
    text_column: str = "text",
    entities: EntityTable | None = None,
    places: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """The mentions table for many articles: :func:`find_mentions` on each, rows concatenated.

    ``articles`` is the articles DataFrame (``article_id`` + ``text_column``), a mapping
    ``article_id → text`` or ``(article_id, text)`` pairs. ``places`` is a places table with an
    ``article_id`` column (as the pipeline writes it) — each article gets its own rows, and an article
    absent from it has no places; ``None`` runs :func:`helpers.geoparse.find_places` per article.
    The entity table is loaded once for all articles.

    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a", "b"], "text": ["Trump spoke.", "Xi Jinping and Trump met."]})
    >>> no_places = pd.DataFrame(columns=["article_id", "start", "end", "surface", "name"])
    >>> count_mentions(arts, places=no_places)[["article_id", "entity"]].values.tolist()
    [['a', 'Donald Trump'], ['b', 'Xi Jinping'], ['b', 'Donald Trump']]
    """
    table = load_entities() if entities is None else entities
    if isinstance(articles, pd.DataFrame):
        if text_column not in articles.columns:
            raise KeyError(
                f"articles has no {text_column!r} column (columns: {list(articles.columns)})"
            )
        pairs: Iterable[tuple[Any, Any]] = zip(
            articles["article_id"].tolist(), articles[text_column].tolist(), strict=True
        )
    elif isinstance(articles, Mapping):
        pairs = articles.items()
    else:
        pairs = articles
    by_article: dict[str, list[tuple[int, int, str, str, str]]] = {}
    if places is not None and len(places):
        for aid, group in places.groupby(places["article_id"].astype("str"), sort=False):
            by_article[str(aid)] = _place_list(group)
    rows: list[tuple[Any, ...]] = []
    for aid, text in pairs:
        aid = str(aid)
        text = text if isinstance(text, str) else ""
        if places is None:
            from helpers.geoparse import find_places

            place_list = _place_list(find_places(text))
        else:
            place_list = by_article.get(aid, [])
        rows += _mention_rows(text, table, place_list, aid)
    return mentions_frame(rows)


def mention_counts(
    mentions: pd.DataFrame,
    *,
    kind: str | Sequence[str] | None = None,
    articles: pd.DataFrame | None = None,
    unit: Literal["story", "text", "copy"] = "story",
) -> pd.DataFrame:
    """Counts per entity × unit: one row per (entity, kind), one column per unit, and ``total``.

    ``unit`` says what one column is (see :func:`helpers.stories.count_by_unit`), given the
    ``articles`` table (one row per copy, with ``story_id`` from the pipeline):

    - ``"story"`` (default): one column per story (``story_id``); a story counts what its
      fullest version has, so a wire story run by fifty outlets counts once, not fifty times.
    - ``"text"``: one column per unique text (``article_id``); identical copies count once.
    - ``"copy"``: one column per published copy (``source``): what readers saw, copies included.

    Without ``articles`` (or with one that has no ``story_id``, e.g. from
    :func:`helpers.load.load_articles`) each text is its own story and nothing is known about
    copies: the columns are the texts (``"copy"`` needs ``articles``).

    Rows are sorted by ``total`` (largest first, then by name); columns keep their first
    appearance order; counts are ``int64`` (0 where a unit does not mention the entity). ``kind``
    keeps only some kinds (``"person"``, ``["person", "organisation"]``).

    >>> m = pd.DataFrame({"article_id": ["a", "a", "b"], "entity": ["Trump", "Xi", "Trump"],
    ...                   "kind": ["person"] * 3})
    >>> mention_counts(m).reset_index().values.tolist()
    [['Trump', 'person', 1, 1, 2], ['Xi', 'person', 1, 0, 1]]
    >>> copies = pd.DataFrame({"article_id": ["a", "a", "b"], "source": ["x", "y", "z"],
    ...                        "story_id": ["a", "a", "a"]})
    >>> mention_counts(m, articles=copies)["total"].tolist()      # one story
    [1, 1]
    >>> mention_counts(m, articles=copies, unit="copy")["total"].tolist()
    [3, 2]
    """
    if unit not in ("story", "text", "copy"):
        raise ValueError(f"unit must be 'story', 'text' or 'copy', not {unit!r}")
    if kind is not None:
        kinds = [kind] if isinstance(kind, str) else list(kind)
        mentions = mentions[mentions["kind"].isin(kinds)]
    if mentions.empty:
        counts = pd.DataFrame(
            {"total": pd.Series([], dtype="int64")},
            index=pd.MultiIndex.from_arrays([[], []], names=["entity", "kind"]),
        )
        return counts
    mentions = mentions.assign(article_id=mentions["article_id"].astype("str"))
    if unit == "copy" and articles is None:
        raise ValueError("unit='copy' needs the articles table (one row per copy): articles=")
    if articles is None or (unit == "story" and "story_id" not in articles.columns):
        unit = "text"  # nothing known about stories: each text is its own
        articles = pd.DataFrame({"article_id": mentions["article_id"].drop_duplicates()})
    from helpers.stories import count_by_unit

    articles = articles.assign(article_id=articles["article_id"].astype("str"))
    per_unit = count_by_unit(mentions, articles, unit, by=["entity", "kind"])
    column = per_unit.columns[0]
    per_unit[column] = per_unit[column].astype("str")
    # columns in first-appearance order: of the mentions for texts, of the articles otherwise
    if unit == "text":
        units = list(dict.fromkeys(mentions["article_id"].tolist()))
    else:
        units = list(dict.fromkeys(articles[column].astype("str").tolist()))
    units = [u for u in units if u in set(per_unit[column])]
    counts = (
        per_unit.set_index(["entity", "kind", column])["count"]
        .unstack(column, fill_value=0)
        .reindex(columns=units, fill_value=0)
        .astype("int64")
    )
    counts.columns.name = None
    counts["total"] = counts.sum(axis=1).astype("int64")
    order = sorted(range(len(counts)), key=lambda i: (-counts["total"].iat[i], counts.index[i]))
    return counts.iloc[order]
