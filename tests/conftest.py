"""Shared fixtures. Tests never touch the network and never write outside tmp folders."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED_ARTICLE = ROOT / "data" / "articles" / "000_a51ff8e45658a71a.txt"
# The annotated evaluation corpora and NER data live beside the project in this workplace only.
SHARED_DIR = ROOT.parent / "shared"
CORPORA_DIR = SHARED_DIR / "corpora"
NER_DIR = SHARED_DIR / "ner"
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")

# The test suite's one switch, set by .ci/run: "ask for everything". With it, a test whose browser
# or ../shared data is missing FAILS instead of skipping, so CI cannot go green on a suite that
# silently ran less. Without it (a laptop, a fresh clone) those tests skip, saying what is missing.
REQUIRE_ALL_VAR = "DATELINE_REQUIRE_ALL"


def require_all() -> bool:
    """True when the environment asks every test to run (``DATELINE_REQUIRE_ALL=1``)."""
    return os.environ.get(REQUIRE_ALL_VAR, "").strip().lower() in {"1", "true", "yes"}


def unavailable(reason: str) -> NoReturn:
    """Skip the test for ``reason`` — or fail it when the run requires everything (CI)."""
    if require_all():
        pytest.fail(f"{reason} ({REQUIRE_ALL_VAR} is set: nothing may be skipped)", pytrace=False)
    pytest.skip(reason)


def find_chromium() -> str | None:
    """A Chromium (or Chrome) binary on PATH, or None."""
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


def pytest_report_header(config: pytest.Config) -> str:
    if require_all():
        return f"{REQUIRE_ALL_VAR}=1: missing browser or ../shared data fails the tests"
    return f"browser and ../shared tests skip when absent ({REQUIRE_ALL_VAR}=1 makes them fail)"


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
    """../shared/corpora, or a clean skip when the project runs outside this workplace (a failure
    under DATELINE_REQUIRE_ALL=1)."""
    if not (CORPORA_DIR / "lgl.xml").exists() or not (CORPORA_DIR / "GWN.xml").exists():
        unavailable(f"annotated corpora not found at {CORPORA_DIR}")
    return CORPORA_DIR


@pytest.fixture(scope="session")
def ner_dir() -> Path:
    """../shared/ner (NER evaluation data, see its README), or a clean skip when absent (a failure
    under DATELINE_REQUIRE_ALL=1)."""
    if not (NER_DIR / "README.md").exists():
        unavailable(f"NER data not found at {NER_DIR}")
    return NER_DIR


@pytest.fixture(scope="session")
def chromium() -> str:
    """A headless-capable Chromium binary, or a clean skip when none is installed (a failure under
    DATELINE_REQUIRE_ALL=1: .ci/run installs Debian's ``chromium``)."""
    found = find_chromium()
    if found is None:
        unavailable(
            "no Chromium on PATH: install it (Debian: apt-get install chromium) to run the "
            "browser tests; .ci/run does this in CI"
        )
    return found


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


@pytest.fixture(scope="session", autouse=True)
def private_jupyter_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The report signs the notebooks it executes with the notary in Jupyter's data directory:
    under test that is a folder of the session's own, never the user's trust database."""
    path = tmp_path_factory.mktemp("jupyter-data")
    previous = os.environ.get("JUPYTER_DATA_DIR")
    os.environ["JUPYTER_DATA_DIR"] = str(path)
    yield path
    if previous is None:
        os.environ.pop("JUPYTER_DATA_DIR", None)
    else:
        os.environ["JUPYTER_DATA_DIR"] = previous
