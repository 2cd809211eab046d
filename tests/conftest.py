"""Shared fixtures. Tests never touch the network and never write outside tmp folders."""

from __future__ import annotations

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
