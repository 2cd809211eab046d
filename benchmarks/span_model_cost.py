"""What the span model (helpers/recognise/model.py) adds to recognition, per article.

    python benchmarks/span_model_cost.py                  # the gmb and wikigold dev files
    python benchmarks/span_model_cost.py mine.jsonl --rounds 7

Runs the recogniser over the texts with and without the model, alternating, ``--rounds`` times
each, and prints the best CPU time per article of each and their difference; "cold" clears the
model's memo before every round (every name new), "warm" keeps it (names seen before). The machine
may be shared: quote the load average with the figures.
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

from helpers.evaluate import read_ner
from helpers.gazetteer import load_gazetteer
from helpers.recognise import _recognise
from helpers.recognise.entities import load_entities
from helpers.recognise.model import load_model

NER_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "ner"
DEFAULT = [NER_DIR / c / f"{c}.dev.jsonl" for c in ("gmb", "wikigold")]


class _RulesOnly:
    """Stands in for the model: the rules' spans unchanged."""

    def decide(self, text, words, people_orgs, cands):
        return people_orgs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args(argv)
    texts = [d.text for p in (args.files or DEFAULT) for d in read_ner(p)]
    gaz, table, model = load_gazetteer(), load_entities(), load_model()
    if model is None:
        print("no span model shipped")
        return 1
    rules = _RulesOnly()

    def per_article(m: object, *, cold: bool) -> float:
        if cold:
            getattr(model, "clear_memos", model._memo.clear)()  # (older code: one memo)
        t = time.process_time()
        for text in texts:
            _recognise(text, gaz, table, m)
        return (time.process_time() - t) / len(texts) * 1000

    for text in texts[:50]:  # warm the gazetteer, cues and the model's arrays
        _recognise(text, gaz, table, model)
    best = {"rules": float("inf"), "cold": float("inf"), "warm": float("inf")}
    for _ in range(args.rounds):
        best["rules"] = min(best["rules"], per_article(rules, cold=False))
        best["cold"] = min(best["cold"], per_article(model, cold=True))
        best["warm"] = min(best["warm"], per_article(model, cold=False))
    print(f"{len(texts)} articles, load average {os.getloadavg()[0]:.2f}")
    print(f"  rules only        {best['rules']:.3f} ms per article")
    for k in ("cold", "warm"):
        print(f"  with model, {k}  {best[k]:.3f} ms  (+{best[k] - best['rules']:.3f} ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
