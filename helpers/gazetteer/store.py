"""The gazetteer's cache: built once into ``helpers.cache.cache_dir("gazetteer")`` (named by
:data:`INDEX_VERSION`, the cities file, the alternate-name threshold and the hash of the data
files it is built from), loaded in ~0.2 s by later processes and kept per process by
:func:`load_gazetteer`.
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
from importlib import resources
from pathlib import Path

from helpers.cache import ENV_VAR as CACHE_ENV_VAR
from helpers.gazetteer.build import ALT_NAME_MIN_POP, CITIES_FILE, INDEX_VERSION, build_gazetteer
from helpers.gazetteer.index import Gazetteer

# ---------------------------------------------------------------------------------------------
# the cached index
# ---------------------------------------------------------------------------------------------
# the package data files :func:`~helpers.gazetteer.build.build_gazetteer` reads
_BUILD_INPUTS = ("place_aliases.csv", "admin1_fixes.csv", "name_cues.toml", "span_model.npz")


def _index_path() -> Path:
    from helpers.cache import cache_dir

    # the hash of every data file the build reads too: an edited place_aliases.csv builds a new
    # index (and worktrees sharing one cache folder never read each other's); so do the name cues
    # (natural features' last words) and the span model, whose everyday words keep an area's
    # voted name out (a new model left Chad's "Lac" out of a cached index, in round 57)
    data = resources.files("helpers") / "data"
    digest = hashlib.sha1(
        b"".join((data / name).read_bytes() for name in _BUILD_INPUTS)
    ).hexdigest()[:10]
    name = f"gazetteer-v{INDEX_VERSION}-{CITIES_FILE}-alt{ALT_NAME_MIN_POP}-{digest}.pickle"
    return cache_dir("gazetteer") / name


@functools.cache
def _load_cached(path_str: str, rebuild: bool) -> Gazetteer:
    path = Path(path_str)
    if path.exists() and not rebuild:
        try:
            with path.open("rb") as fh:
                return Gazetteer(pickle.load(fh), _source="cache")
        except (OSError, pickle.UnpicklingError, EOFError, KeyError, TypeError, ValueError):
            pass  # a broken or foreign cache file: rebuild it below
    gaz = build_gazetteer()
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    with tmp.open("wb") as fh:
        pickle.dump(gaz._state(), fh, protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(path)  # atomic: a parallel process never reads half a file
    gaz._source = "cache"
    return gaz


def load_gazetteer(*, rebuild: bool = False) -> Gazetteer:
    """The offline gazetteer, built on first use into the cache directory and cached per process.

    >>> gaz = load_gazetteer()                                   # doctest: +SKIP
    >>> gaz.lookup("Washington")[0].feature_code                 # doctest: +SKIP
    'PPLC'
    """
    if rebuild:
        _load_cached.cache_clear()
        _LOADED.clear()
        _load_cached(str(_index_path()), True)
        _load_cached.cache_clear()
    # Per-article callers ask for the gazetteer on every call; working out the cache path (and
    # making sure the folder exists) costs ~20 µs, so remember the answer for the environment
    # that decides the path.
    where = (
        os.environ.get(CACHE_ENV_VAR),
        os.environ.get("XDG_CACHE_HOME"),
        os.environ.get("HOME"),
    )
    gaz = _LOADED.get(where)
    if gaz is None:
        gaz = _load_cached(str(_index_path()), False)
        _LOADED.clear()
        _LOADED[where] = gaz
    return gaz


# the gazetteer load_gazetteer returned, by the environment variables that locate the cache
_LOADED: dict[tuple[str | None, str | None, str | None], Gazetteer] = {}
