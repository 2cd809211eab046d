"""The rule-mutation registry (tests/check_rule_mutations.py) still fits the source: each
mutation's text stands exactly once in its file, so a hand run switches the rule it names off.
(Three entries went stale in round 32 when the code they quote was reworded; nothing noticed
until a hand run.) Running the mutations themselves stays a hand job: it edits the tree."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from check_rule_mutations import MUTATIONS  # noqa: E402


def test_every_mutation_text_stands_once_in_its_file() -> None:
    texts: dict[str, str] = {}
    stale = []
    for name, edits in MUTATIONS.items():
        for rel, old, new in edits:
            text = texts.setdefault(rel, (ROOT / rel).read_text("utf-8"))
            if text.count(old) != 1 or old == new:
                stale.append((name, rel, text.count(old)))
    assert not stale, stale
