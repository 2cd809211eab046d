"""Shared fixtures. Tests never touch the network and never write outside tmp folders."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED_ARTICLE = ROOT / "data" / "articles" / "000_a51ff8e45658a71a.txt"
# The annotated evaluation corpora live beside the project in this workplace only.
CORPORA_DIR = ROOT.parent / "shared" / "corpora"


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED_ARTICLE


@pytest.fixture(scope="session")
def seed_raw() -> str:
    return SEED_ARTICLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def corpora_dir() -> Path:
    """../shared/corpora, or a clean skip when the project runs outside this workplace."""
    if not (CORPORA_DIR / "lgl.xml").exists() or not (CORPORA_DIR / "GWN.xml").exists():
        pytest.skip(f"annotated corpora not found at {CORPORA_DIR}")
    return CORPORA_DIR


@pytest.fixture(scope="session", autouse=True)
def private_cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Tests build the gazetteer index and dictionary caches in a folder of their own, never in the
    user's cache; subprocesses (CLI, notebook kernels, pool workers) inherit it."""
    from helpers.cache import ENV_VAR

    path = tmp_path_factory.mktemp("dateline-cache")
    previous = os.environ.get(ENV_VAR)
    os.environ[ENV_VAR] = str(path)
    yield path
    if previous is None:
        os.environ.pop(ENV_VAR, None)
    else:
        os.environ[ENV_VAR] = previous
