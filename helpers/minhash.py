"""datasketch's MinHash and LSH banding, reproduced without importing datasketch.

The story signer (:mod:`helpers.stories`) hashes every article; importing datasketch pulls in
SciPy (~0.3 s warm, seconds on a busy machine) for two small arrays that never change for a given
datasketch release: its ``affine32`` permutations and its LSH optimiser's (bands, rows). Both are
computed once with datasketch and kept in Dateline's cache; the MinHash step itself (murmur3
pre-mix, permute, column minimum) runs here on many texts at once, bit-identical to
``MinHash.update_batch`` (``tests/test_stories.py`` compares them).
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import tempfile
from pathlib import Path

import numpy as np

SCHEME = "affine32"  # datasketch ≥ 2.0: 32-bit affine permutations over mixed 32-bit hashes
# Texts whose shingles are hashed together at once: bounds the (num_perm × shingles) uint32
# block of the MinHash step (~16 MB at 128 permutations).
BLOCK_SHINGLES = 1 << 15


def _datasketch_release() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("datasketch")
    except PackageNotFoundError:
        return "unknown"


def _cached(name: str, compute, load, save):  # -> the value
    """``compute()``, kept in Dateline's cache (``cache_dir("stories") / name``) for the next
    process: importing datasketch pulls in scipy (~0.3 s warm, seconds on a busy machine) for
    two small arrays that never change for a given datasketch release. A missing, unreadable
    or damaged file is computed again; a cache that cannot be written only costs the compute."""
    from helpers.cache import cache_dir

    path = cache_dir("stories") / name
    with contextlib.suppress(OSError, ValueError, TypeError, KeyError, EOFError):
        value = load(path)
        if value is not None:
            return value
    value = compute()
    with contextlib.suppress(OSError):
        fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                save(fh, value)
            os.replace(tmp, path)  # a reader sees no file or the whole file
        finally:
            Path(tmp).unlink(missing_ok=True)
    return value


@functools.cache
def permutations(num_perm: int, seed: int) -> np.ndarray:
    """datasketch's ``MinHash(num_perm, seed, scheme="affine32").permutations`` (a 2 × num_perm
    ``uint32`` array: multipliers, offsets), from the cache when a copy is there."""

    def compute() -> np.ndarray:
        from datasketch import MinHash

        # datasketch draws the permutations from `seed`; one array shared by every signature
        return MinHash(num_perm=num_perm, seed=seed, scheme=SCHEME).permutations

    def load(path: Path) -> np.ndarray | None:
        array = np.load(path, allow_pickle=False)
        ok = array.dtype == np.uint32 and array.shape == (2, num_perm)
        return array if ok else None

    name = f"permutations-{SCHEME}-{num_perm}-{seed}-datasketch{_datasketch_release()}.npy"
    return _cached(name, compute, load, lambda fh, a: np.save(fh, a, allow_pickle=False))


# datasketch.minhash._fmix for 32 bits (MurmurHash3's finaliser), here so that signing imports no
# datasketch (and so no scipy); the tests compare the signatures with datasketch's own MinHash.
_FMIX32 = (
    np.uint32(16),
    np.uint32(0x85EBCA6B),
    np.uint32(13),
    np.uint32(0xC2B2AE35),
    np.uint32(16),
)


def _fmix32(hv: np.ndarray) -> np.ndarray:
    s1, m1, s2, m2, s3 = _FMIX32
    hv = hv ^ (hv >> s1)
    hv = hv * m1  # uint32 arithmetic wraps: mod 2^32, as intended
    hv = hv ^ (hv >> s2)
    hv = hv * m2
    return hv ^ (hv >> s3)


def minhashes(hashes: np.ndarray, counts: np.ndarray, num_perm: int, seed: int) -> np.ndarray:
    """The datasketch ``affine32`` MinHash of each text's hashes (``counts`` per text, one after
    the other): a (texts × num_perm) ``uint32`` array, row i equal to what
    ``MinHash(num_perm, seed, scheme="affine32", hashfunc=int).update_batch(hashes of text i)``
    gives (tests check it on random texts).

    datasketch's own step for one set, done for many sets at once: its permutations and its
    murmur3 pre-mix, then each text's column minimum in one ``minimum.reduceat`` (datasketch
    has no batch-of-sets call; ``MinHash.bulk`` loops over ``update_batch``, 4x the cost here).
    """
    a, b = permutations(num_perm, seed)
    out = np.full((len(counts), num_perm), np.iinfo(np.uint32).max, dtype=np.uint32)
    some = np.flatnonzero(counts)  # an empty text keeps datasketch's initial values
    if not len(some):
        return out
    ends = np.cumsum(counts)
    lo = 0
    while lo < len(some):
        # a block of texts with at most BLOCK_SHINGLES shingles (at least one text)
        first = int(ends[some[lo]] - counts[some[lo]])
        hi = max(lo + 1, int(np.searchsorted(ends[some], first + BLOCK_SHINGLES, "right")))
        block = some[lo:hi]
        last = int(ends[block[-1]])
        mixed = _fmix32(hashes[first:last])
        permuted = np.multiply.outer(a, mixed)  # (num_perm × shingles), wraps mod 2^32
        permuted += b[:, None]
        offsets = ends[block] - counts[block] - first
        out[block] = np.minimum.reduceat(permuted, offsets, axis=1).T
        lo = hi
    return out


@functools.cache
def bands(candidate_threshold: float, num_perm: int) -> tuple[int, int]:
    """datasketch's LSH (bands, rows) for the threshold, from the cache when a copy is there
    (MinHashLSH's optimiser needs scipy: its import alone costs more than the index's work)."""

    def compute() -> tuple[int, int]:
        from datasketch import MinHashLSH

        # datasketch's optimiser picks (bands, rows) minimising false positives + false negatives
        lsh = MinHashLSH(threshold=candidate_threshold, num_perm=num_perm)
        return int(lsh.b), int(lsh.r)

    def load(path: Path) -> tuple[int, int] | None:
        got = json.loads(path.read_text(encoding="utf-8"))
        ok = isinstance(got, list) and len(got) == 2 and all(type(v) is int for v in got)
        return (got[0], got[1]) if ok and got[0] * got[1] <= num_perm else None

    # repr: the float exactly, so two thresholds never share a file
    name = f"bands-{candidate_threshold!r}-{num_perm}-datasketch{_datasketch_release()}.json"
    return _cached(name, compute, load, lambda fh, v: fh.write(json.dumps(list(v)).encode()))
