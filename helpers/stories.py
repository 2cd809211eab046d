"""Syndicated copies grouped into stories: MinHash signatures and a compact LSH index.

One wire story runs in many outlets, each copy with its own headline, a paragraph dropped or added,
page furniture trimmed, a few words edited. This module groups such near-duplicate texts into
*stories* while two different stories that share a quote or a paragraph stay apart::

    >>> wire = ("Flood waters rose across the valley on Tuesday as the river broke its banks "
    ...         "after three days of heavy rain, forcing hundreds of families from their homes. "
    ...         "Emergency crews worked through the night to reinforce levees near the town "
    ...         "centre, the county sheriff said in a statement issued before dawn.")
    >>> copy = wire.replace("Tuesday", "Tuesday morning") + " More rain is forecast this weekend."
    >>> other = ("The city council approved a new budget on Tuesday after a long debate over "
    ...          "road repairs, library hours and the cost of a planned sports complex downtown.")
    >>> group_stories(["a1", "b2", "c3"], [wire, copy, other]).tolist()
    ['a1', 'a1', 'c3']

How it works, and what each step costs (figures in the README, "Syndicated stories"):

1. :func:`story_signature` (pure: text → :class:`Signature`, so it runs in a process pool or on
   Dask workers) folds the text to lower-case words without punctuation, takes every run of
   ``shingle_words`` consecutive words (a *shingle*), and summarises the set of shingles by a
   ``datasketch`` MinHash of ``num_perm`` values. Two texts agree on a share of those values equal,
   on average, to the Jaccard similarity of their shingle sets.
2. :class:`StoryIndex` cuts each signature into bands (locality-sensitive hashing, band sizes
   chosen by ``datasketch``'s optimiser) and keeps one sorted NumPy array of band keys: texts
   that share a band key are *candidates*. datasketch's own ``MinHashLSH`` keeps a Python set per
   bucket: +1,378 MB for 100,000 articles (measured); the array keeps the same buckets in 50 MB.
3. Each candidate pair is *verified* on the texts' full shingle sets (kept as sorted 32-bit
   hashes): the same story when their Jaccard similarity is at least ``threshold``, or when the
   shorter text is nearly all inside the longer one (containment at least ``containment``: a
   trimmed copy). A shared quoted paragraph is a small part of both texts, so it passes neither
   test. (The MinHash estimate first drops candidates far below both limits.)
4. Verified pairs are joined transitively (a copy of a copy is the same story). ``story_id`` is
   the ``article_id`` of the story's earliest-added member.

The index is incremental — new articles are matched against it without re-hashing the corpus —
and after any sequence of :meth:`StoryIndex.add` and :meth:`StoryIndex.remove` it equals an index
built in one batch from the remaining articles in the order they were added, so a story's id
changes only when its earliest member is removed, or when a new article joins two stories (the
later one takes the earlier one's id).

The words and shingles of a text are :mod:`helpers.shingling`'s; counting per unit of publication
and how far stories travelled (:func:`count_by_unit`, :func:`syndication`) are
:mod:`helpers.story_counts`'. Their names are importable from here too.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import NamedTuple

import numpy as np
import pandas as pd

from helpers.errors import DatelineError
from helpers.minhash import SCHEME as _SCHEME
from helpers.minhash import bands as _bands
from helpers.minhash import minhashes as _minhashes
from helpers.minhash import permutations as _permutations  # noqa: F401 (tests clear its cache)
from helpers.shingling import (
    _SLOT_MULTIPLIERS,
    DEFAULT_SHINGLE_WORDS,
    _hash_words,  # story_signatures looks it up here: a test stands in another word folding
    _shingle_sets,
    normalise_words,
    shingles,
)
from helpers.story_counts import (
    Syndication,
    Unit,  # noqa: F401 - re-exported
    count_by_unit,
    syndication,
)

__all__ = [
    "DEFAULT_THRESHOLD",
    "Signature",
    "StoryIndex",
    "StoryIndexError",
    "Syndication",
    "count_by_unit",
    "group_stories",
    "normalise_words",
    "shingles",
    "story_signature",
    "story_signatures",
    "syndication",
]

DEFAULT_THRESHOLD = 0.4
"""Jaccard similarity of two texts' shingle sets from which they are the same story.

Measured on syndicated copies of real articles (``benchmarks/bench_stories.py``, 4-word
shingles): copies with one to three of the issue's edits score 0.40–1.0 (median 0.75, 1st
percentile 0.40), a story quoting one paragraph of another at most 0.24, unrelated articles
below 0.01. At 0.4 the grouping had pairwise precision 1.000 and recall 0.990 there; 0.5 gave
1.000 / 0.916, 0.3 0.994 / 0.998."""
DEFAULT_CONTAINMENT = 0.9
DEFAULT_NUM_PERM = 128
DEFAULT_SEED = 1
# The LSH bands are tuned for a lower similarity than `threshold`, so that pairs just above the
# threshold are nearly always candidates (at 0.4: 42 bands of 3 values, P(candidate | J) = 0.94 at
# J = 0.4, 0.98 at 0.45); verification throws out the extra candidates (a vector compare each).
_CANDIDATE_RATIO = 0.6
# A band key shared by very many texts (e.g. near-identical paywall stubs) would make a quadratic
# number of pairs: a new text is compared with at most this many holders of one key (the earliest
# stored ones, then its neighbours in its own batch). Only in such buckets can an index built
# incrementally group differently from one built in a batch.
_MAX_BUCKET_PAIRS = 256
_MARGIN = 0.15
_FILE = "stories.parquet"
_ROW_GROUP = 2_000  # articles per Parquet row group: bounds the memory of saving and loading
_FORMAT = 1


class StoryIndexError(DatelineError, ValueError):
    """A story index file that cannot be read (another format version, damaged, mismatched)."""


class Signature(NamedTuple):
    """What :class:`StoryIndex` keeps of a text: its MinHash and its shingle set, hashed.

    ``hashvalues`` is the MinHash, a ``uint32`` array of ``num_perm`` values: it finds the
    candidates. ``shingles`` holds a 32-bit hash of each distinct shingle, sorted (``uint32``):
    it gives the exact Jaccard similarity and containment of a candidate pair.
    """

    hashvalues: np.ndarray
    shingles: np.ndarray

    @property
    def n_shingles(self) -> int:
        """Size of the shingle set."""
        return len(self.shingles)


@functools.cache
def signer_key() -> str:
    """The key of the code that turns a text into a :class:`Signature`: this module's source,
    :mod:`helpers.shingling`'s, :mod:`helpers.minhash`'s, and the datasketch release whose
    permutations and mixing they reproduce.

    A :class:`StoryIndex` stores it (``index.signer``); the pipeline reuses a stored index only
    while it equals this, so an edited signer (say, another word folding) hashes every text
    again instead of matching new signatures against ones made the old way.

        >>> len(signer_key()), signer_key() == StoryIndex().signer
        (16, True)
    """
    import hashlib
    from importlib.metadata import PackageNotFoundError, version

    from helpers import minhash, shingling

    digest = hashlib.sha256(Path(__file__).read_bytes())
    digest.update(Path(shingling.__file__).read_bytes())
    digest.update(Path(minhash.__file__).read_bytes())
    with contextlib.suppress(PackageNotFoundError):
        digest.update(f"\0datasketch={version('datasketch')}".encode())
    return digest.hexdigest()[:16]


def story_signatures(
    texts: Iterable[str],
    *,
    num_perm: int = DEFAULT_NUM_PERM,
    shingle_words: int = DEFAULT_SHINGLE_WORDS,
    seed: int = DEFAULT_SEED,
) -> list[Signature]:
    """:func:`story_signature` of each text, computed together: the same signatures at about
    a third of the cost of one call per text (the hashing runs over all texts' words at once).

        >>> a, b = story_signatures(["Flood waters rose across the valley.", "Rain."])
        >>> one = story_signature("Flood waters rose across the valley.")
        >>> bool((a.hashvalues == one.hashvalues).all()), b.n_shingles
        (True, 1)
    """
    words = [_hash_words(text) for text in texts]
    hashes, counts = _shingle_sets(words, shingle_words)
    values = _minhashes(hashes, counts, num_perm, seed)
    ends = np.cumsum(counts).tolist()
    return [
        Signature(values[i], hashes[end - n : end])
        for i, (end, n) in enumerate(zip(ends, counts.tolist(), strict=True))
    ]


def story_signature(
    text: str,
    *,
    num_perm: int = DEFAULT_NUM_PERM,
    shingle_words: int = DEFAULT_SHINGLE_WORDS,
    seed: int = DEFAULT_SEED,
) -> Signature:
    """MinHash signature and hashed shingle set of ``text``: a pure function, so it parallelises.

    Pass the article's *body* when you have it (``helpers.clean.body_text``): a different
    headline then changes nothing. Signatures made with other ``num_perm``, ``shingle_words`` or
    ``seed`` cannot be compared; a :class:`StoryIndex` checks the length. Each shingle is hashed
    from its words' CRC-32s; datasketch's ``affine32`` scheme mixes those hashes (murmur3
    finaliser) before permuting. ``shingle_words`` is at most 8. Many texts:
    :func:`story_signatures`.

        >>> sig = story_signature("Flood waters rose across the valley on Tuesday.")
        >>> sig.hashvalues.dtype, sig.hashvalues.shape, sig.n_shingles
        (dtype('uint32'), (128,), 5)
        >>> same = story_signature("FLOOD waters rose across the valley, on Tuesday!")
        >>> bool((sig.hashvalues == same.hashvalues).all())
        True
    """
    (signature,) = story_signatures(
        [text], num_perm=num_perm, shingle_words=shingle_words, seed=seed
    )
    return signature


_MIX = np.uint64(0x9E3779B97F4A7C15)
_MUL = np.uint64(0xBF58476D1CE4E5B9)


def _band_keys(hashvalues: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """One 64-bit key per (text, band): equal bands give equal keys; bands are salted apart."""
    keys = np.empty((len(hashvalues), bands), dtype=np.uint64)
    salt = np.arange(1, bands + 1, dtype=np.uint64) * _MIX
    for lo in range(0, len(hashvalues), 8192):  # blocks: the uint64 copy stays small
        block = hashvalues[lo : lo + 8192, : bands * rows].astype(np.uint64)
        block = block.reshape(len(block), bands, rows)
        out = np.broadcast_to(salt, block.shape[:2]).copy()
        with np.errstate(over="ignore"):
            for j in range(rows):
                out ^= block[:, :, j]
                out *= _MUL
                out ^= out >> np.uint64(31)
        keys[lo : lo + 8192] = out
    return keys


class StoryIndex:
    """Articles grouped into stories, incrementally; saved to and loaded from a folder.

    ``threshold`` is the estimated Jaccard similarity of two texts' shingle sets from which they
    are one story (raise it to split more, lower it to group more); ``containment`` the share
    of the shorter text that must lie inside the longer for a trimmed copy to join even when
    their Jaccard similarity is lower. Articles are keyed by ``article_id``; adding an id already
    in the index changes nothing (identical copies share an id).

        >>> index = StoryIndex()
        >>> index.add(["a1", "b2"], ["Storm closes schools across the county. " * 3,
        ...                          "Council approves the new budget after a long debate."]).tolist()
        ['a1', 'b2']
        >>> index.add(["c3"], ["Storm closes schools across the county. " * 3 + "Updated."]).to_dict()
        {'c3': 'a1'}
        >>> index.remove(["a1"])
        >>> index.story_ids().tolist()
        ['b2', 'c3']
    """

    def __init__(
        self,
        *,
        threshold: float = DEFAULT_THRESHOLD,
        containment: float = DEFAULT_CONTAINMENT,
        num_perm: int = DEFAULT_NUM_PERM,
        shingle_words: int = DEFAULT_SHINGLE_WORDS,
        seed: int = DEFAULT_SEED,
    ) -> None:
        if not 0.0 < threshold <= 1.0:
            raise ValueError(f"threshold must be in (0, 1], got {threshold!r}")
        if not 0.0 < containment <= 1.0:
            raise ValueError(f"containment must be in (0, 1], got {containment!r}")
        if not 1 <= shingle_words <= len(_SLOT_MULTIPLIERS):
            raise ValueError(f"shingle_words must be in 1..8, got {shingle_words!r}")
        self.threshold = float(threshold)
        self.containment = float(containment)
        self.num_perm = int(num_perm)
        self.shingle_words = int(shingle_words)
        self.seed = int(seed)
        # the code that made the stored signatures (signer_key); load() sets the file's own
        self.signer: str | None = signer_key()
        self._band_count, self._band_rows = _bands(self.threshold * _CANDIDATE_RATIO, num_perm)
        self._ids: list[str] = []  # position → article_id, in order of addition
        self._pos: dict[str, int] = {}  # live article_id → position
        self._sig = np.empty((0, num_perm), dtype=np.uint32)
        self._n = np.empty(0, dtype=np.int64)  # shingles per text
        # each text's hashed shingles: a slice of one chunk per add() call (no per-text arrays)
        self._chunks: list[np.ndarray] = []
        self._chunk = np.empty(0, dtype=np.int64)
        self._start = np.empty(0, dtype=np.int64)
        self._alive = np.empty(0, dtype=bool)
        # union-find over positions; a root is always its component's smallest (earliest) position
        self._parent = np.empty(0, dtype=np.int64)
        self._edges: list[np.ndarray] = []  # verified pairs (k × 2 positions), kept for removals
        self._keys = np.empty(0, dtype=np.uint64)  # band keys, sorted
        self._key_pos = np.empty(0, dtype=np.int32)  # each key's text position (int32: half)
        self._size = 0

    # -- settings ---------------------------------------------------------------------------

    def _settings(self) -> dict[str, float | int | str | None]:
        return {
            "threshold": self.threshold,
            "containment": self.containment,
            "num_perm": self.num_perm,
            "shingle_words": self.shingle_words,
            "seed": self.seed,
            "scheme": _SCHEME,
            "format": _FORMAT,
            "signer": self.signer,
        }

    def signature(self, text: str) -> Signature:
        """:func:`story_signature` with this index's settings (for a process pool: ``partial``)."""
        return story_signature(
            text, num_perm=self.num_perm, shingle_words=self.shingle_words, seed=self.seed
        )

    def signatures(self, texts: Iterable[str]) -> list[Signature]:
        """:func:`story_signatures` with this index's settings."""
        return story_signatures(
            texts, num_perm=self.num_perm, shingle_words=self.shingle_words, seed=self.seed
        )

    # -- queries ----------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._pos)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._pos

    def story_ids(self) -> pd.Series:
        """``story_id`` of every article in the index, indexed by ``article_id``, in order added."""
        live = np.flatnonzero(self._alive[: self._size])
        return self._story_series(live)

    def _story_series(self, positions: np.ndarray) -> pd.Series:
        roots = self._roots()[positions]
        return pd.Series(
            pd.array([self._ids[r] for r in roots], dtype="string"),
            index=pd.Index([self._ids[p] for p in positions], dtype="string", name="article_id"),
            name="story_id",
        )

    def _roots(self) -> np.ndarray:
        roots = self._parent[: self._size].copy()
        while True:  # pointer jumping: log(depth) vectorised passes
            nxt = roots[roots]
            if np.array_equal(nxt, roots):
                return roots
            roots = nxt

    # -- changes ----------------------------------------------------------------------------

    def add(
        self,
        article_ids: Iterable[str],
        texts: Iterable[str] | None = None,
        *,
        signatures: Iterable[Signature] | None = None,
    ) -> pd.Series:
        """Add articles (by ``texts``, or by ``signatures`` computed elsewhere, e.g. in parallel)
        and return their ``story_id`` s, indexed by ``article_id`` in the order given.

        Only the new articles are hashed; they are matched against the stored band keys and
        against each other. Ids already in the index (and repeats within the call) are kept as
        they are and reported with their current story.
        """
        ids = [str(a) for a in article_ids]
        if (texts is None) == (signatures is None):
            raise TypeError("give either texts or signatures")
        given = list(signatures if signatures is not None else texts)  # type: ignore[arg-type]
        if len(given) != len(ids):
            raise ValueError(f"{len(ids)} article ids but {len(given)} texts or signatures")
        new: list[int] = []
        seen: set[str] = set()
        for i, article_id in enumerate(ids):
            if article_id not in self._pos and article_id not in seen:
                seen.add(article_id)
                new.append(i)
        if new:
            sigs = (
                [given[i] for i in new]
                if signatures is not None
                else self.signatures([given[i] for i in new])
            )
            values = np.stack([np.asarray(s.hashvalues, dtype=np.uint32) for s in sigs])
            counts = np.array([len(s.shingles) for s in sigs], dtype=np.int64)
            hashed = np.concatenate([np.asarray(s.shingles, np.uint32) for s in sigs])
            self._add_arrays([ids[i] for i in new], values, counts, [hashed], [len(new)])
        roots = self._roots()
        return pd.Series(
            pd.array([self._ids[roots[self._pos[a]]] for a in ids], dtype="string"),
            index=pd.Index(ids, dtype="string", name="article_id"),
            name="story_id",
        )

    def _add_arrays(
        self,
        ids: list[str],
        values: np.ndarray,
        counts: np.ndarray,
        chunks: list[np.ndarray],
        texts_per_chunk: list[int],
    ) -> None:
        """Add new, distinct ids: signatures as rows of ``values``; shingle hashes in flat
        ``chunks``, each holding the next ``texts_per_chunk`` texts' runs of ``counts`` values."""
        if values.shape[1] != self.num_perm:
            raise ValueError(
                f"signatures have {values.shape[1]} values, this index uses {self.num_perm}"
            )
        start = self._size
        positions = np.arange(start, start + len(ids), dtype=np.int64)
        self._grow(len(ids))
        self._sig[positions] = values
        self._n[positions] = counts
        chunk_of = np.repeat(np.arange(len(chunks)), texts_per_chunk)
        ends = np.cumsum(counts)
        chunk_first = np.r_[0, np.cumsum(texts_per_chunk)[:-1]]  # each chunk's first text
        chunk_base = (ends - counts)[chunk_first]  # ... and where its values start overall
        self._chunk[positions] = len(self._chunks) + chunk_of
        self._start[positions] = ends - counts - chunk_base[chunk_of]
        self._chunks.extend(chunks)
        self._alive[positions] = True
        self._parent[positions] = positions
        for article_id, position in zip(ids, positions.tolist(), strict=True):
            self._ids.append(article_id)
            self._pos[article_id] = position
        self._size += len(ids)

        # an empty text has no shingles: it is its own story and never a candidate
        some = counts > 0
        rows = self._sig[start : start + len(ids)]  # a view: no copy of the signatures
        hashed, rows = (positions, rows) if some.all() else (positions[some], rows[some])
        keys = _band_keys(rows, self._band_count, self._band_rows).ravel()
        key_pos = np.repeat(hashed, self._band_count).astype(np.int32)
        order = np.argsort(keys, kind="stable")
        keys, key_pos = keys[order], key_pos[order]
        del order  # (temporaries go as soon as they are used: loading 100,000 builds all at once)
        pairs = [self._pairs_with_stored(keys, key_pos), self._pairs_within(keys, key_pos)]
        self._insert_keys(keys, key_pos)
        candidates = np.concatenate(pairs)
        edges = self._verify(candidates)
        if len(edges):
            self._edges.append(edges)
            self._union(edges)

    def _grow(self, extra: int) -> None:
        need = self._size + extra
        if need <= len(self._alive):
            return
        capacity = max(need, 2 * len(self._alive), 1024)  # amortised doubling

        def grown(array: np.ndarray) -> np.ndarray:
            out = np.zeros((capacity, *array.shape[1:]), dtype=array.dtype)
            out[: self._size] = array[: self._size]
            return out

        self._sig, self._n = grown(self._sig), grown(self._n)
        self._chunk, self._start = grown(self._chunk), grown(self._start)
        self._alive, self._parent = grown(self._alive), grown(self._parent)

    def _pairs_with_stored(self, keys: np.ndarray, key_pos: np.ndarray) -> np.ndarray:
        if not len(self._keys):
            return np.empty((0, 2), dtype=np.int64)
        left = np.searchsorted(self._keys, keys, side="left")
        right = np.searchsorted(self._keys, keys, side="right")
        right = np.minimum(right, left + _MAX_BUCKET_PAIRS)
        hits = np.flatnonzero(right > left)
        if not len(hits):
            return np.empty((0, 2), dtype=np.int64)
        sizes = (right - left)[hits]
        # expand each [left, right) range into its positions without a Python loop
        offsets = np.arange(sizes.sum()) - np.repeat(np.cumsum(sizes) - sizes, sizes)
        stored = self._key_pos[np.repeat(left[hits], sizes) + offsets]
        return np.column_stack([stored, np.repeat(key_pos[hits], sizes)])

    @staticmethod
    def _pairs_within(keys: np.ndarray, key_pos: np.ndarray) -> np.ndarray:
        # sorted by key (stably: positions stay ascending within a key)
        pairs = [np.empty((0, 2), dtype=np.int64)]
        # equal keys are adjacent once sorted: pair each entry with the next d-th while it has
        # the same key (most buckets hold one or two texts, so this loop ends after d = 1 or 2)
        for d in range(1, _MAX_BUCKET_PAIRS + 1):
            same = np.flatnonzero(keys[d:] == keys[:-d])
            if not len(same):
                break
            pairs.append(np.column_stack([key_pos[same], key_pos[same + d]]))
        return np.concatenate(pairs)

    def _insert_keys(self, keys: np.ndarray, key_pos: np.ndarray) -> None:
        # keys arrive sorted; equal keys go after the stored ones, so earlier texts come first
        if not len(self._keys):
            self._keys, self._key_pos = keys, key_pos
            return
        at = np.searchsorted(self._keys, keys, side="right")
        self._keys = np.insert(self._keys, at, keys)
        self._key_pos = np.insert(self._key_pos, at, key_pos)

    def _verify(self, pairs: np.ndarray) -> np.ndarray:
        if not len(pairs):
            return pairs
        pairs = np.unique(np.sort(pairs, axis=1), axis=0)
        pairs = pairs[self._alive[pairs[:, 0]] & self._alive[pairs[:, 1]]]
        agree = np.empty(len(pairs))
        for lo in range(0, len(pairs), 4096):  # bounded temporaries for huge candidate sets
            a, b = pairs[lo : lo + 4096, 0], pairs[lo : lo + 4096, 1]
            agree[lo : lo + 4096] = (self._sig[a] == self._sig[b]).mean(axis=1)
        n_a, n_b = self._n[pairs[:, 0]], self._n[pairs[:, 1]]
        # |A ∩ B| = J (|A| + |B|) / (1 + J): the share of the shorter text found in the longer
        contained = agree * (n_a + n_b) / (1.0 + agree) / np.minimum(n_a, n_b)
        # The estimates are within ±0.044 (one standard error, 128 values) of the truth, so a
        # pair more than 0.15 below both limits is not one story; the rest are decided exactly.
        plausible = (agree >= self.threshold - _MARGIN) | (contained >= self.containment - _MARGIN)
        pairs, n_a, n_b = pairs[plausible], n_a[plausible], n_b[plausible]
        shared = np.array([len(self._shared(a, b)) for a, b in pairs.tolist()], dtype=np.int64)
        jaccard = shared / np.maximum(1, n_a + n_b - shared)
        contained = shared / np.maximum(1, np.minimum(n_a, n_b))
        return pairs[(jaccard >= self.threshold) | (contained >= self.containment)]

    def _shingles_of(self, position: int) -> np.ndarray:
        start = self._start[position]
        return self._chunks[self._chunk[position]][start : start + self._n[position]]

    def _shared(self, a: int, b: int) -> np.ndarray:
        return np.intersect1d(self._shingles_of(a), self._shingles_of(b), assume_unique=True)

    def _find(self, position: int) -> int:
        parent = self._parent
        while parent[position] != position:
            parent[position] = parent[parent[position]]  # path halving
            position = parent[position]
        return position

    def _union(self, edges: np.ndarray) -> None:
        for a, b in edges.tolist():
            root_a, root_b = self._find(a), self._find(b)
            if root_a != root_b:
                # the earlier story keeps its id
                low, high = min(root_a, root_b), max(root_a, root_b)
                self._parent[high] = low

    def remove(self, article_ids: Iterable[str]) -> None:
        """Remove articles from the index; ids not in it are ignored.

        A story that loses a member is regrouped from its remaining verified pairs, so a removed
        copy that was the only link between two parts splits them, and a story whose earliest
        member was removed takes the id of the next earliest.
        """
        gone = [self._pos.pop(str(a)) for a in article_ids if str(a) in self._pos]
        if not gone:
            return
        self._alive[gone] = False
        from scipy.sparse import coo_matrix
        from scipy.sparse.csgraph import connected_components

        edges = np.concatenate(self._edges) if self._edges else np.empty((0, 2), np.int64)
        edges = edges[self._alive[edges[:, 0]] & self._alive[edges[:, 1]]]
        self._edges = [edges]
        size = self._size
        graph = coo_matrix(
            (np.ones(len(edges), dtype=np.int8), (edges[:, 0], edges[:, 1])), shape=(size, size)
        )
        _, labels = connected_components(graph, directed=False)
        # each component's root is its smallest position: what union-find would have built
        first = np.full(labels.max() + 1, size, dtype=np.int64)
        np.minimum.at(first, labels, np.arange(size))
        self._parent[:size] = first[labels]
        # drop the removed texts' band keys once they are a quarter of the table
        dead_keys = ~self._alive[self._key_pos]
        if dead_keys.mean() > 0.25:
            self._keys, self._key_pos = self._keys[~dead_keys], self._key_pos[~dead_keys]

    # -- persistence ------------------------------------------------------------------------

    def _table(self, live: np.ndarray):  # -> pyarrow.Table
        import pyarrow as pa

        flat = pa.array(self._sig[live].ravel(), type=pa.uint32())
        hashed = np.concatenate([self._shingles_of(p) for p in live] or [[]]).astype(np.uint32)
        return pa.table(
            {
                "article_id": pa.array([self._ids[p] for p in live], type=pa.string()),
                "signature": pa.FixedSizeListArray.from_arrays(flat, self.num_perm),
                "shingles": pa.ListArray.from_arrays(
                    pa.array(np.r_[0, np.cumsum(self._n[live])], type=pa.int32()),
                    pa.array(hashed, type=pa.uint32()),
                ),
            }
        )

    def save(self, folder: str | os.PathLike[str]) -> Path:
        """Write the index to ``folder/stories.parquet`` atomically (temporary file, then
        ``os.replace``) and return the path. Live articles only, in order of addition: their
        ids, signatures and hashed shingles (``uint32``), with the settings in the metadata.
        Written 2,000 articles at a time, so saving needs little memory beyond the index."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        live = np.flatnonzero(self._alive[: self._size])
        schema = self._table(live[:0]).schema.with_metadata(
            {"dateline.stories": json.dumps(self._settings())}
        )
        path = folder / _FILE
        fd, tmp = tempfile.mkstemp(prefix=f".{_FILE}.", suffix=".tmp", dir=folder)
        os.close(fd)
        try:
            # hashes are random: dictionary encoding would only cost memory and time
            with pq.ParquetWriter(tmp, schema, use_dictionary=False) as writer:
                for lo in range(0, len(live), _ROW_GROUP):
                    writer.write_table(self._table(live[lo : lo + _ROW_GROUP]).cast(schema))
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        finally:
            # Arrow's allocator keeps freed buffers for reuse; give them back
            pa.default_memory_pool().release_unused()
        return path

    @classmethod
    def load(cls, folder: str | os.PathLike[str]) -> StoryIndex:
        """Read an index written by :meth:`save`; it groups exactly as the saved one did.

        A folder without an index gives an empty index with the default settings. The band
        table and verified pairs are rebuilt from the signatures, one row group at a time (no
        text is hashed again; an index built in parts groups as one built at once).
        """
        import pyarrow as pa
        import pyarrow.parquet as pq

        path = Path(folder) / _FILE
        if not path.exists():
            return cls()
        try:
            parquet = pq.ParquetFile(path, pre_buffer=False)
            settings = json.loads(parquet.schema_arrow.metadata[b"dateline.stories"])
        except (OSError, KeyError, ValueError, TypeError) as exc:
            raise StoryIndexError(f"{path}: not a story index ({exc})") from exc
        if settings.get("format") != _FORMAT or settings.get("scheme") != _SCHEME:
            raise StoryIndexError(
                f"{path}: story index format {settings.get('format')!r} "
                f"({settings.get('scheme')!r}); this version reads {_FORMAT} ({_SCHEME!r})"
            )
        index = cls(
            threshold=settings["threshold"],
            containment=settings["containment"],
            num_perm=settings["num_perm"],
            shingle_words=settings["shingle_words"],
            seed=settings["seed"],
        )
        # None for a file written before the key was stored: it matches no code
        index.signer = settings.get("signer")
        try:
            ids, values, counts, chunks, texts_per_chunk = _read_rows(parquet, index.num_perm)
        finally:
            del parquet
            # Arrow's allocator keeps freed buffers for reuse; give them back, as save() does
            pa.default_memory_pool().release_unused()
        if len(set(ids)) != len(ids):
            raise StoryIndexError(f"{path}: an article_id appears twice")
        if ids:
            # one add: the band table is sorted once; no Signature per row, no text hashed again
            index._add_arrays(ids, values, counts, chunks, texts_per_chunk)
        return index


def _read_rows(parquet, num_perm: int):
    """The rows of a story index file as NumPy copies, one row group at a time."""
    n = parquet.metadata.num_rows
    ids: list[str] = []
    values = np.empty((n, num_perm), dtype=np.uint32)
    counts = np.empty(n, dtype=np.int64)
    chunks: list[np.ndarray] = []
    texts_per_chunk: list[int] = []
    for batch in parquet.iter_batches(batch_size=_ROW_GROUP, use_threads=False):
        lo = len(ids)
        ids.extend(batch.column("article_id").to_pylist())
        values[lo : len(ids)] = batch.column("signature").flatten().to_numpy().reshape(-1, num_perm)
        hashed = batch.column("shingles")
        counts[lo : len(ids)] = np.diff(hashed.offsets.to_numpy())
        chunks.append(hashed.flatten().to_numpy().astype(np.uint32))
        texts_per_chunk.append(batch.num_rows)
    if len(ids) != n:
        raise StoryIndexError(f"{n} rows announced, {len(ids)} read")
    return ids, values, counts, chunks, texts_per_chunk


def group_stories(
    article_ids: Sequence[str] | pd.Series,
    texts: Iterable[str],
    *,
    threshold: float | None = None,
    index: StoryIndex | None = None,
) -> pd.Series:
    """``story_id`` for each article: near-duplicate texts share one, the earliest member's id.

    Without ``index``, the texts are grouped among themselves (``threshold`` defaults to
    :data:`DEFAULT_THRESHOLD`). With ``index``, they are added to it and matched against what it
    holds (its own threshold applies; passing another one is an error). The result is aligned
    with ``article_ids`` (same index when it is a Series), so it can become a column of the
    articles table even where identical copies repeat an ``article_id``.

        >>> text = "Storm closes schools across the county as snow piles up on the roads."
        >>> group_stories(pd.Series(["x9", "x9", "a1"]), [text, text, text + " Buses halted."])
        0    x9
        1    x9
        2    x9
        Name: story_id, dtype: string
    """
    if index is None:
        index = StoryIndex(threshold=DEFAULT_THRESHOLD if threshold is None else threshold)
    elif threshold is not None and threshold != index.threshold:
        raise ValueError(f"threshold={threshold} given, but the index uses {index.threshold}")
    ids = pd.Series(article_ids, dtype="string")
    stories = index.add(ids.tolist(), list(texts))
    return pd.Series(stories.to_numpy(), index=ids.index, name="story_id", dtype="string")
