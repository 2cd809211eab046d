"""A spaCy pipeline as the recogniser: its entities through Dateline's linking, resolution, counting.

Part of stage 2 (recognise), optional: ``pip install 'dateline[spacy]'`` installs spaCy, and a
trained pipeline is the user's own choice (``python -m spacy download en_core_web_sm`` once;
nothing is ever downloaded at run time). Every entry point takes ``backend=``:
``"dateline"`` (the default, :mod:`helpers.recognise`'s rules), ``"spacy"`` (the pipeline
``en_core_web_sm``), ``"spacy:NAME"`` (any installed pipeline package or path) or a
``spacy.language.Language`` object.

What changes with it is only *which spans* an article has and their types; everything after is the
same code as for the built-in recogniser:

* spaCy's labels become the recogniser's types (:data:`LABELS`): ``PERSON``/``PER`` → person,
  ``ORG`` → organisation, ``GPE``/``LOC``/``FAC`` → place, ``NORP`` → demonym, other proper-name
  labels (``PRODUCT``, ``EVENT``, ``WORK_OF_ART``, ``LAW``, ``LANGUAGE``, ``MISC`` …) → ``other``
  (kept by :func:`helpers.recognise.recognise`, never counted), numbers and dates dropped. Each
  span's ``why`` names the pipeline and label ("spaCy en_core_web_sm: ORG").
* **Linking** as for the built-in recogniser: a name the entity table lists takes its canonical
  name and kind (a name it lists is never a place); a bare surname links to the person named in
  full in the article ("Pompeo" → "Mike Pompeo", ambiguous when two share it); an acronym defined
  in the text links to its long name ("International Monetary Fund (IMF) … the IMF").
* **Places** are resolved by the same gazetteer and the same resolution as the built-in ones
  (:func:`helpers.geoparse.find_places`, with ``place_id``). A place or demonym span is matched
  to the gazetteer as a whole (a leading "the" dropped, the gazetteer's case rules for
  abbreviations kept: "US" yes, "Us" no). **A span the gazetteer does not know is no place**: it
  has no coordinates to put on the map, so it is typed ``other`` ("spaCy …: GPE, not in the
  gazetteer") and not counted — the map and the counts keep agreeing (every place row is a place
  mention with the same offsets, and every place mention is a place row).
* spaCy's entities never overlap, so no place overlaps a person or organisation either.

A pipeline named by a string is loaded once per process (pool workers load it once each); a
``Language`` object travels to pool workers as bytes and is rebuilt once per process. The pipeline
runs over a batch of articles with ``nlp.pipe`` (:func:`prime`), then each stage reads the
remembered result.

    >>> import spacy                                                      # doctest: +SKIP
    >>> nlp = spacy.blank("en")                                           # doctest: +SKIP
    >>> nlp.add_pipe("entity_ruler").add_patterns([{"label": "GPE", "pattern": "Hanoi"}])
    ... # doctest: +SKIP
    >>> from helpers.recognise import recognise                           # doctest: +SKIP
    >>> [(s.surface, s.type, s.why) for s in recognise("Talks in Hanoi.", backend=nlp)]
    ... # doctest: +SKIP
    [('Hanoi', 'place', 'spaCy pipeline: GPE')]
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import pickle
import re
import threading
import weakref
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from helpers.errors import DatelineError
from helpers.gazetteer import Gazetteer
from helpers.recognise import Span
from helpers.recognise.acronyms import DEFINITION, initials_fit
from helpers.recognise.entities import EntityTable
from helpers.recognise.name_tails import _prev_word
from helpers.recognise.names import _bare_forms, _cues, _Span, _split_compound
from helpers.recognise.place_scan import _DOT_OR_DROP, _chunk_matches, _Mention, _next_word
from helpers.recognise.places import (
    _COMMA_NEXT,
    _IN,
    _LOCATIVE,
    LOCATIVE,
    STRICT_LOCATIVE,
)

__all__ = [
    "DEFAULT_BACKEND",
    "DEFAULT_MODEL",
    "LABELS",
    "SpacyBackend",
    "SpacyModelMissing",
    "SpacyNotInstalled",
    "backend_key",
    "prime",
    "resolve_backend",
]

DEFAULT_BACKEND = "dateline"
DEFAULT_MODEL = "en_core_web_sm"
# spaCy label → recogniser type; labels absent here are other proper names ("other"), and these
# numeric and time labels are no names at all (dropped)
LABELS: dict[str, str] = {
    "PERSON": "person",
    "PER": "person",
    "ORG": "organisation",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "demonym",
}
_NOT_NAMES = frozenset(
    ["DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"]
)  # fmt: skip
_INSTALL = "pip install 'dateline[spacy]'"
# texts whose analysis a backend remembers: more than a pipeline batch, as helpers.recognise does
_MEMO_MAX = 256
_THE = re.compile(r"(?i)the\s+")
_POSSESSIVE = ("'s", "’s")


class SpacyNotInstalled(DatelineError, ImportError):
    """``backend="spacy"`` without spaCy installed (``pip install 'dateline[spacy]'``)."""


class SpacyModelMissing(DatelineError, OSError):
    """The spaCy pipeline named by ``backend="spacy:NAME"`` is not installed. Dateline never
    downloads one: install it once (``python -m spacy download NAME``) or pass a path."""


class _SpacyArticle(NamedTuple):
    """What :func:`helpers.geoparse.find_places` and :func:`helpers.mentions.find_mentions` read
    of an article (the fields of the built-in recogniser's), plus every public span."""

    places: tuple[_Mention, ...]  # place and demonym spans the gazetteer resolved
    people_orgs: tuple[_Span, ...]  # people and organisations, linked
    spans: tuple[Span, ...]  # all of them and the "other" names, as recognise() returns them


class SpacyBackend:
    """A spaCy pipeline as the recogniser, with its per-process memo of analysed texts.

    Make one with :func:`resolve_backend`. ``label`` is what the ``why`` texts call it (the
    pipeline's name); :meth:`key` identifies its output for the pipeline's cache.
    """

    def __init__(self, nlp: Any, name: str | None = None) -> None:
        self.nlp = nlp
        self.name = name  # the name it was loaded by, or None for an object passed in
        meta = getattr(nlp, "meta", {}) or {}
        lang, pipe = meta.get("lang"), meta.get("name")
        # the pipeline's own name ("en_core_web_sm"), also when it was loaded from a path
        own = f"{lang}_{pipe}" if lang and pipe and pipe != "pipeline" else None
        self.label = own or name or "pipeline"
        self._key: str | None = None
        self._payload: bytes | None = None
        self._memo: dict[str, tuple[Gazetteer, EntityTable, _SpacyArticle]] = {}
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"SpacyBackend({self.label!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        # a named pipeline travels as its name (each process loads it once); an object as bytes,
        # rebuilt once per process (the key says whether this process has it already)
        if self.name is not None:
            return (_load_named, (self.name,))
        if self._payload is None:
            self._payload = pickle.dumps(self.nlp)
        return (_from_payload, (self.key(), self._payload))

    def key(self) -> str:
        """What the pipeline's cache keys on: spaCy's version, the pipeline's name, version and
        components, and a hash of its weights and patterns (worked out once)."""
        if self._key is None:
            import spacy

            meta = getattr(self.nlp, "meta", {}) or {}
            digest = hashlib.sha256(self.nlp.to_bytes(exclude=["vocab"])).hexdigest()[:12]
            self._key = (
                f"spacy{spacy.__version__}:{self.label}:{meta.get('version', '')}:"
                f"{'+'.join(self.nlp.pipe_names)}:{digest}"
            )
            _BY_KEY.setdefault(self._key, self)
        return self._key

    def article(self, text: str, gaz: Gazetteer, table: EntityTable) -> _SpacyArticle:
        """The analysed article (remembered: the places and then the mentions stage share it)."""
        hit = self._memo.get(text)
        if hit is not None and hit[0] is gaz and hit[1] is table:
            return hit[2]
        art = _article(text, _ents(self.nlp, text), gaz, table, self.label)
        self._remember(text, gaz, table, art)
        return art

    def prime(self, texts: Iterable[Any], gaz: Gazetteer, table: EntityTable) -> None:
        """Run the pipeline over many texts at once (``nlp.pipe``) and remember the results."""
        todo = []
        for text in texts:
            # (a text longer than the pipeline takes is read in pieces, by article())
            if isinstance(text, str) and text and len(text) <= self.nlp.max_length:
                hit = self._memo.get(text)
                if hit is None or hit[0] is not gaz or hit[1] is not table:
                    todo.append(text)
        todo = list(dict.fromkeys(todo))[: _MEMO_MAX // 2]  # the memo must hold the batch
        for text, doc in zip(todo, self.nlp.pipe(todo), strict=True):
            ents = [(e.label_, e.start_char, e.end_char) for e in doc.ents]
            self._remember(text, gaz, table, _article(text, ents, gaz, table, self.label))

    def _remember(self, text: str, gaz: Gazetteer, table: EntityTable, art: _SpacyArticle) -> None:
        with self._lock:
            if len(self._memo) >= _MEMO_MAX:
                for old in list(itertools.islice(self._memo, _MEMO_MAX // 2)):
                    self._memo.pop(old, None)
            self._memo[text] = (gaz, table, art)


# backends by key in this process (a Language object's bytes are rebuilt once), and by object
_BY_KEY: dict[str, SpacyBackend] = {}
_BY_OBJECT: weakref.WeakKeyDictionary[Any, SpacyBackend] = weakref.WeakKeyDictionary()


def _import_spacy() -> Any:
    try:
        import spacy
    except ImportError as exc:
        raise SpacyNotInstalled(
            f"backend='spacy' needs spaCy, which is not installed: {_INSTALL} "
            "(then install a trained pipeline once, e.g. python -m spacy download "
            f"{DEFAULT_MODEL})"
        ) from exc
    return spacy


@functools.cache
def _load_named(name: str) -> SpacyBackend:
    """The pipeline ``name`` (a package or a path), loaded once per process; never downloaded."""
    spacy = _import_spacy()
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise SpacyModelMissing(
            f"spaCy pipeline {name!r} is not installed, and Dateline never downloads one. "
            f"Install it once with: python -m spacy download {name} (or pip install the "
            f"pipeline's package, or give a path: backend='spacy:/path/to/pipeline'); "
            f"spaCy said: {' '.join(str(exc).split())}"
        ) from exc
    return SpacyBackend(nlp, name)


def _from_payload(key: str, payload: bytes) -> SpacyBackend:
    found = _BY_KEY.get(key)
    if found is None:
        found = SpacyBackend(pickle.loads(payload))
        found._key = key
        found = _BY_KEY.setdefault(key, found)
    return found


def resolve_backend(backend: Any) -> SpacyBackend | None:
    """``backend`` as given to ``recognise``/``find_places``/``analyze``: None for the built-in
    recogniser (``"dateline"``), else the :class:`SpacyBackend` (loaded once per process).

        >>> resolve_backend("dateline") is None
        True
        >>> resolve_backend("spacey")
        Traceback (most recent call last):
        ...
        ValueError: backend must be 'dateline', 'spacy', 'spacy:MODEL' or a spacy Language, not 'spacey'
    """
    if isinstance(backend, SpacyBackend):
        return backend
    if isinstance(backend, str):
        if backend == DEFAULT_BACKEND:
            return None
        if backend == "spacy" or backend.startswith("spacy:"):
            name = backend.partition(":")[2].strip() or DEFAULT_MODEL
            return _load_named(name)
    elif backend is not None and callable(getattr(backend, "pipe", None)):
        found = _BY_OBJECT.get(backend)
        if found is None:
            found = _BY_OBJECT.setdefault(backend, SpacyBackend(backend))
        return found
    raise ValueError(
        f"backend must be 'dateline', 'spacy', 'spacy:MODEL' or a spacy Language, not {backend!r}"
    )


def backend_key(backend: Any) -> str:
    """The backend's part of the pipeline's cache key: ``"dateline"`` for the built-in recogniser,
    else :meth:`SpacyBackend.key` (an article analysed by one backend is never reused for another).

        >>> backend_key("dateline")
        'dateline'
    """
    found = resolve_backend(backend)
    return DEFAULT_BACKEND if found is None else found.key()


def prime(texts: Sequence[Any], backend: Any, gazetteer: Gazetteer, entities: EntityTable) -> None:
    """Run a spaCy backend over a batch of texts with ``nlp.pipe`` (faster than one call per
    text), so the stages that follow find them analysed; nothing for the built-in recogniser."""
    found = resolve_backend(backend)
    if found is not None:
        found.prime(texts, gazetteer, entities)


def article(text: str, gaz: Gazetteer, table: EntityTable, backend: Any) -> _SpacyArticle:
    """The spaCy backend's analysis of one text (what the stages read)."""
    found = resolve_backend(backend)
    if found is None:
        raise ValueError("the built-in recogniser is helpers.recognise._analyse")
    return found.article(text, gaz, table)


def spans(text: str, gaz: Gazetteer, table: EntityTable, backend: Any) -> list[Span]:
    """:func:`helpers.recognise.recognise`'s records for a spaCy backend."""
    return list(article(text, gaz, table, backend).spans)


# ---------------------------------------------------------------------------------------------
# one article: spaCy's entities → places, people and organisations, others
# ---------------------------------------------------------------------------------------------


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    """An entity's offsets without a leading "the", a possessive or spaces at either end."""
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    m = _THE.match(text, s, e)
    if m is not None and m.end() < e:
        s = m.end()
    if text[s:e].endswith(_POSSESSIVE) and e - s > 2:
        e -= 2
    return s, e


@functools.lru_cache(maxsize=20_000)
def _matches(chunk: str, gaz: Gazetteer) -> Any:
    """The built-in scan's matcher (its case rules) on one entity's text; names recur."""
    return _chunk_matches(chunk, gaz.index, gaz.forms)


def _gazetteer_match(text: str, s: int, e: int, gaz: Gazetteer) -> tuple[int, int] | None:
    """(gazetteer key, end) when the whole of text[s:e] is one gazetteer name under the
    recogniser's case rules (the same matcher and memo as the built-in scan), else None."""
    chunk = text[s:e]
    c = _matches(chunk, gaz)
    if type(c) is int:
        return None
    n, _spans, matches = c
    for i, j, key, ms, me, rule in matches:
        if i == 0 and j == n - 1 and ms == 0 and me >= len(chunk.rstrip(".")):
            end = s + me
            if rule and me == len(chunk):  # a dotted form: "D.C." needs its full stop
                if text[end : end + 1] == ".":
                    end += 1
                elif rule == _DOT_OR_DROP:
                    continue
            return key, end
    return None


def _ents(nlp: Any, text: str) -> list[tuple[str, int, int]]:
    """spaCy's entities of ``text`` as (label, start, end); a text longer than the pipeline's
    ``max_length`` (1,000,000 characters by default) is read in pieces cut at line breaks (or
    spaces), so no input makes the backend refuse an article."""
    limit = max(int(nlp.max_length), 1)
    if len(text) <= limit:
        return [(e.label_, e.start_char, e.end_char) for e in nlp(text).ents]
    out: list[tuple[str, int, int]] = []
    pos = 0
    while pos < len(text):
        end = min(pos + limit, len(text))
        if end < len(text):
            cut = max(text.rfind("\n", pos, end), text.rfind(" ", pos, end))
            if cut > pos:
                end = cut + 1
        out += [(e.label_, pos + e.start_char, pos + e.end_char) for e in nlp(text[pos:end]).ents]
        pos = end
    return out


def _article(
    text: str, ents: list[tuple[str, int, int]], gaz: Gazetteer, table: EntityTable, label: str
) -> _SpacyArticle:
    by_alias = table.by_alias if len(table) else {}
    people: list[_Span] = []
    places: list[_Mention] = []
    out: list[Span] = []
    whys: dict[int, str] = {}  # id of a person/org span → its why
    compounds: dict[int, list[str]] = {}  # id of a span such as "Trump-Kim" → its parts
    for tag, ent_start, ent_end in ents:
        if tag in _NOT_NAMES:
            continue
        s, e = _trim(text, ent_start, ent_end)
        if not any(ch.isalnum() for ch in text[s:e]):
            continue
        surface = text[s:e]
        why = f"spaCy {label}: {tag}"
        kind = LABELS.get(tag, "other")
        listed = by_alias.get(surface)
        if listed:  # the entity table wins: its canonical name and kind, never a place
            ent0 = listed[0]
            sp = _Span(s, e, ent0.name, ent0.kind, "table", tokens=tuple(surface.split()))
            if len(listed) > 1:
                sp.ambiguous, sp.candidates = True, tuple(sorted(x.name for x in listed))
            whys[id(sp)] = f"{why}; in the entity table"
            people.append(sp)
            continue
        if kind in ("person", "organisation"):
            sp = _Span(s, e, surface, kind, "spacy", tokens=tuple(surface.split()))
            whys[id(sp)] = why
            people.append(sp)
            if "-" in surface and " " not in surface:
                parts = _split_compound(surface)
                if len(parts) > 1:
                    compounds[id(sp)] = parts
            continue
        if kind in ("place", "demonym"):
            hit = _gazetteer_match(text, s, e, gaz)
            s2 = "" if hit is None else surface if hit[1] == e else text[s : hit[1]]
            senses = gaz.senses_of_surface(hit[0], s2) if hit is not None else ()
            demonym = bool(senses) and senses[0][1].kind == "demonym"
            if hit is not None and (kind == "place" or demonym):
                key, end = hit
                nxt = _next_word(text, s + len(s2.rstrip(".")))
                tok_end = s + len(s2.rstrip("."))
                prev = _prev_word(text, s)
                m = _Mention(s, end, tok_end, len(s2.split()), key, s2, senses, prev, nxt)
                places.append(m)
                out.append(Span(s, end, s2, "demonym" if demonym else "place", s2, "spacy", why))
                continue
            why += ", not in the gazetteer" if hit is None else ", no demonym in the gazetteer"
        out.append(Span(s, e, surface, "other", surface, "spacy", why))
    people = _link(text, people, compounds, by_alias, whys)
    for sp in people:
        why = whys[id(sp)]
        if sp.how == "surname" and not sp.ambiguous:
            why += f"; the surname of {sp.entity}"
        elif sp.how == "acronym":
            why += f"; acronym defined in the text as {sp.entity}"
        if sp.ambiguous:
            sp.entity = f"{text[sp.start : sp.end]} (ambiguous)"
            why += f"; could be any of {', '.join(sp.candidates)}"
        out.append(
            Span(sp.start, sp.end, text[sp.start : sp.end], sp.kind, sp.entity, sp.how, why,
                 sp.ambiguous, sp.candidates)
        )  # fmt: skip
    _context(text, places)
    out.sort(key=lambda x: (x.start, -x.end))
    people.sort(key=lambda x: (x.start, -x.end))
    return _SpacyArticle(tuple(places), tuple(people), tuple(out))


def _link(
    text: str,
    people: list[_Span],
    compounds: dict[int, list[str]],
    by_alias: dict[str, Any],
    whys: dict[int, str],
) -> list[_Span]:
    """Surnames to the people named in full in the article, defined acronyms to their long
    names, and compounds whose every part names someone ("Trump-Kim summit": one Trump, one Kim)
    split, as the built-in recogniser links them. Returns the spans (linked in place)."""
    cues = _cues()
    full: dict[str, set[str]] = {}
    for sp in people:
        if sp.kind == "person" and len(sp.tokens) >= 2 and not sp.ambiguous:
            for form in _bare_forms(sp.entity, cues) | _bare_forms(" ".join(sp.tokens), cues):
                full.setdefault(form, set()).add(sp.entity)
    if compounds:
        split: list[_Span] = []
        for sp in people:
            parts = compounds.get(id(sp))
            if parts is None or not all(p in by_alias or p in full for p in parts):
                split.append(sp)
                continue
            pos = sp.start
            for part in parts:
                listed = by_alias.get(part)
                if listed:
                    piece = _Span(pos, pos + len(part), listed[0].name, listed[0].kind, "table")
                    if len(listed) > 1:
                        piece.ambiguous = True
                        piece.candidates = tuple(sorted(x.name for x in listed))
                else:
                    piece = _Span(pos, pos + len(part), part, "person", "spacy")
                piece.tokens = (part,)
                whys[id(piece)] = f"{whys[id(sp)]}; part of {sp.entity}" + (
                    "; in the entity table" if listed else ""
                )
                split.append(piece)
                pos += len(part) + 1  # the hyphen
        people = split
    defined: dict[str, str] = {}
    if "(" in text:
        by_end = {sp.end: sp for sp in people if sp.kind == "organisation"}
        for mt in DEFINITION.finditer(text):
            sp = by_end.get(mt.start())
            if sp is not None and initials_fit(mt.group("acronym"), sp.entity):
                defined[mt.group("acronym")] = sp.entity
    for sp in people:
        if sp.how != "spacy" or len(sp.tokens) != 1:
            continue
        word = sp.tokens[0]
        if sp.kind == "person" and word in full:
            names = full[word]
            sp.how = "surname"
            if len(names) == 1:
                sp.entity = next(iter(names))
            else:
                sp.ambiguous, sp.candidates = True, tuple(sorted(names))
        elif sp.kind == "organisation" and word in defined:
            sp.entity, sp.how = defined[word], "acronym"
    return people


def _context(text: str, places: list[_Mention]) -> None:
    """The context bits the resolution reads ("City, State" pairs) and the locative ones."""
    places.sort(key=lambda m: m.start)
    for a, b in itertools.pairwise(places):
        if (
            b.senses[0][1].kind in ("country", "admin area")
            and text[a.end : b.start].strip() == ","
        ):
            a.context |= _COMMA_NEXT
    for m in places:
        if m.prev is not None:
            word = text[m.prev[0] : m.prev[1]].lower()
            if word in LOCATIVE:
                m.context |= _LOCATIVE | (_IN if word in STRICT_LOCATIVE else 0)
