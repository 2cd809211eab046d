"""The entity table: known people and organisations with their aliases (``data/entities.csv``).

Part of :mod:`helpers.recognise`: a table match always wins over discovery. :mod:`helpers.mentions`
re-exports :class:`EntityTable`, :func:`load_entities` and :func:`default_entities_path`.
"""

from __future__ import annotations

import csv
import io
import os
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from stat import S_ISREG
from typing import Any

import ahocorasick

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
    return Path(__file__).resolve().parents[2] / "data" / "entities.csv"


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
