"""Where Dateline keeps things it builds once and reuses: the gazetteer index, geocoder caches.

The directory is the user's cache directory (``platformdirs``), never the repository; set
``DATELINE_CACHE_DIR`` to move it (tests and CI point it at a temporary folder).

    >>> from helpers.cache import cache_dir
    >>> cache_dir().name                                             # doctest: +SKIP
    'dateline'
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

ENV_VAR = "DATELINE_CACHE_DIR"


def cache_dir(*parts: str, create: bool = True) -> Path:
    """Return Dateline's cache directory (or a sub-folder of it), creating it when asked."""
    base = os.environ.get(ENV_VAR) or platformdirs.user_cache_dir("dateline", appauthor=False)
    path = Path(base).expanduser().joinpath(*parts)
    if create:
        path.mkdir(parents=True, exist_ok=True)
    return path
