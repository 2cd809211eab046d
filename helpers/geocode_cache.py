"""The geocode cache: online geocoders' answers kept on disk, in one SQLite file shared by threads
and processes, with the providers' request clock (see :mod:`helpers.geocode`, which uses it).

A file that cannot be read ("file is not a database", a half-written copy, a disk error) costs its
answers only: it is moved aside — a :class:`GeocodeCacheRebuilt` warning names both paths — and an
empty one is built; one that breaks while in use is bypassed, with the same warning, once.

    >>> import tempfile, pathlib
    >>> c = GeocodeCache(pathlib.Path(tempfile.mkdtemp()) / "g.sqlite")
    >>> c.put("nominatim@x", "geocode", "Hanoi", {"exactly_one": True}, None)
    >>> c.get("nominatim@x", "geocode", "HANOI", {"exactly_one": True})
    (True, None)
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
import unicodedata
import warnings
from collections.abc import Mapping
from contextlib import closing, suppress
from pathlib import Path
from typing import Any

from geopy.location import Location

from helpers.errors import DatelineWarning

__all__ = ["GeocodeCache", "GeocodeCacheRebuilt"]


def _normalise_query(query: Any) -> str:
    """The cache's spelling of a query: NFC, case-folded, single spaces; dicts as sorted JSON."""
    if isinstance(query, Mapping):  # Nominatim's structured queries
        return json.dumps({str(k): _normalise_query(v) for k, v in query.items()}, sort_keys=True)
    text = unicodedata.normalize("NFC", str(query))
    return " ".join(text.casefold().split())


def _location_to_json(loc: Location) -> dict[str, Any]:
    return {
        "address": loc.address,
        "point": [loc.latitude, loc.longitude, loc.altitude],
        "raw": loc.raw,
    }


def _location_from_json(d: Mapping[str, Any]) -> Location:
    return Location(d["address"], tuple(d["point"]), d["raw"])


_SCHEMA = """
CREATE TABLE IF NOT EXISTS geocode (
    provider TEXT NOT NULL,   -- provider name @ endpoint: a test server never answers for the real one
    method   TEXT NOT NULL,   -- 'geocode' | 'reverse'
    query    TEXT NOT NULL,   -- normalised query
    options  TEXT NOT NULL,   -- the call's options as sorted JSON (exactly_one, language, ...)
    result   TEXT NOT NULL,   -- JSON: null (nothing found), one location, or a list of them
    created  REAL NOT NULL,   -- unix time
    PRIMARY KEY (provider, method, query, options)
)
"""
# The provider's next free request slot, shared by every process using this file: per-process
# RateLimiters alone would let N workers send N requests a second to a one-per-second service.
_CLOCK_SCHEMA = """
CREATE TABLE IF NOT EXISTS request_clock (
    provider  TEXT PRIMARY KEY,
    next_slot REAL NOT NULL   -- unix time before which no process may send the next request
)
"""
# A slot further ahead than this means a wall clock that jumped, not a queue of workers.
_MAX_QUEUE_SECONDS = 600.0


class GeocodeCacheRebuilt(DatelineWarning):
    """The geocode cache file could not be read: it was moved aside (the warning names both
    paths) and an empty one built, or the run goes on without caching. No place is lost."""


class GeocodeCache:
    """Geocoding answers kept on disk, in one SQLite file shared by threads and processes.

    Every read and write is one short transaction on a connection owned by the calling thread
    (opened on first use, reopened after ``fork``); an instance pickles as its path alone.

        >>> import tempfile, pathlib
        >>> c = GeocodeCache(pathlib.Path(tempfile.mkdtemp()) / "g.sqlite")
        >>> c.put("nominatim@x", "geocode", "Hanoi", {"exactly_one": True}, None)
        >>> c.get("nominatim@x", "geocode", " HANOI ", {"exactly_one": True})
        (True, None)
        >>> c.get("nominatim@x", "geocode", "Danang", {"exactly_one": True})
        (False, None)
    """

    def __init__(self, path: str | Path | None = None) -> None:
        if path is None:
            from helpers.cache import cache_dir

            path = cache_dir("geocode") / "geocode.sqlite"
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        self._warned = False
        try:
            self._create()
        except sqlite3.DatabaseError as exc:
            # "file is not a database": a broken cache must cost its answers only, never the run
            aside = self._move_aside()
            warnings.warn(
                GeocodeCacheRebuilt(
                    f"geocode cache {self.path} could not be read ({exc}); moved aside to "
                    f"{aside} and rebuilt empty"
                ),
                stacklevel=2,
            )
            self._create()

    def _create(self) -> None:
        con = self._connect()
        # WAL lets readers go on while one process writes; the setting persists in the file
        con.execute("PRAGMA journal_mode=WAL")
        with con:
            con.execute(_SCHEMA)
            con.execute(_CLOCK_SCHEMA)

    def _move_aside(self) -> Path:
        """Rename the broken file (and its journal files) to ``NAME.broken-<unix time>``."""
        con = getattr(self._local, "con", None)
        if con is not None:
            con.close()
        self._local = threading.local()
        aside = self.path.with_name(f"{self.path.name}.broken-{int(time.time())}")
        for suffix in ("", "-wal", "-shm"):
            # no journal, or another process moved it first
            with suppress(FileNotFoundError):
                os.replace(f"{self.path}{suffix}", f"{aside}{suffix}")
        return aside

    def _broken(self, exc: sqlite3.DatabaseError) -> None:
        """A cache that breaks while in use: warn once, then work without it."""
        if not self._warned:
            self._warned = True
            warnings.warn(
                GeocodeCacheRebuilt(
                    f"geocode cache {self.path} failed ({exc}); answers are not cached until it "
                    "is rebuilt (delete the file)"
                ),
                stacklevel=3,
            )

    def _connect(self) -> sqlite3.Connection:
        # Opening a connection costs more than a cached lookup: keep one per thread and process
        # (sqlite3 connections must not cross threads, nor survive a fork).
        local = self._local
        if getattr(local, "pid", None) != os.getpid():
            local.con = sqlite3.connect(self.path, timeout=30.0)
            local.pid = os.getpid()
        return local.con

    def __repr__(self) -> str:
        return f"GeocodeCache({str(self.path)!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (GeocodeCache, (self.path,))

    @staticmethod
    def _key(provider: str, method: str, query: Any, options: Mapping[str, Any]) -> tuple[str, ...]:
        opts = json.dumps(dict(options), sort_keys=True, default=repr)
        return (provider, method, _normalise_query(query), opts)

    def get(
        self, provider: str, method: str, query: Any, options: Mapping[str, Any]
    ) -> tuple[bool, Location | list[Location] | None]:
        """``(found, result)``: ``found`` tells a cached "nothing" (``(True, None)``) from a miss."""
        try:
            row = (
                self._connect()
                .execute(
                    "SELECT result FROM geocode WHERE provider=? AND method=? AND query=? "
                    "AND options=?",
                    self._key(provider, method, query, options),
                )
                .fetchone()
            )
        except sqlite3.DatabaseError as exc:
            self._broken(exc)
            return False, None
        if row is None:
            return False, None
        data = json.loads(row[0])
        if data is None:
            return True, None
        if isinstance(data, list):
            return True, [_location_from_json(d) for d in data]
        return True, _location_from_json(data)

    def put(
        self,
        provider: str,
        method: str,
        query: Any,
        options: Mapping[str, Any],
        result: Location | list[Location] | None,
    ) -> None:
        """Store an answer (None and [] included: a name the provider does not know stays known)."""
        if result is None:
            data: Any = None
        elif isinstance(result, Location):
            data = _location_to_json(result)
        else:
            data = [_location_to_json(loc) for loc in result]
        try:
            with self._connect() as con:
                con.execute(
                    "INSERT OR REPLACE INTO geocode VALUES (?, ?, ?, ?, ?, ?)",
                    (
                        *self._key(provider, method, query, options),
                        json.dumps(data, default=str),
                        time.time(),
                    ),
                )
        except sqlite3.DatabaseError as exc:
            self._broken(exc)

    def reserve_slot(self, provider: str, min_delay_seconds: float, now: float) -> float:
        """Claim the provider's next request slot for every process sharing this file.

        Returns how many seconds to wait before sending. One ``BEGIN IMMEDIATE`` transaction
        makes the read-and-advance atomic across threads and processes, so concurrent callers get
        slots ``min_delay_seconds`` apart in the order they asked. ``now`` is unix time.

            >>> import tempfile, pathlib
            >>> c = GeocodeCache(pathlib.Path(tempfile.mkdtemp()) / "g.sqlite")
            >>> [c.reserve_slot("nominatim@x", 1.0, now=100.0) for _ in range(3)]
            [0.0, 1.0, 2.0]
        """
        try:
            return self._reserve_slot(provider, min_delay_seconds, now)
        except sqlite3.DatabaseError as exc:
            self._broken(exc)
            return 0.0  # this process's RateLimiter still spaces its own requests

    def _reserve_slot(self, provider: str, min_delay_seconds: float, now: float) -> float:
        con = sqlite3.connect(self.path, timeout=30.0, isolation_level=None)
        with closing(con):
            con.execute("BEGIN IMMEDIATE")  # take the write lock before reading the slot
            try:
                row = con.execute(
                    "SELECT next_slot FROM request_clock WHERE provider=?", (provider,)
                ).fetchone()
                start = now if row is None else max(now, float(row[0]))
                if start - now > _MAX_QUEUE_SECONDS:
                    start = now
                con.execute(
                    "INSERT OR REPLACE INTO request_clock VALUES (?, ?)",
                    (provider, start + min_delay_seconds),
                )
                con.execute("COMMIT")
            except BaseException:
                con.execute("ROLLBACK")
                raise
        return start - now

    def clear(self, provider: str | None = None) -> int:
        """Forget every answer (or one provider's, by name as given to :func:`get_geocoder`)."""
        with self._connect() as con:
            if provider is None:
                cur = con.execute("DELETE FROM geocode")
            else:
                cur = con.execute(
                    "DELETE FROM geocode WHERE provider=? OR provider LIKE ?",
                    (provider, f"{provider}@%"),
                )
            return cur.rowcount

    def __len__(self) -> int:
        return int(self._connect().execute("SELECT COUNT(*) FROM geocode").fetchone()[0])
