"""A/B of the span model's decide (helpers/recognise/model.py) against another checkout's, in one process.

    git worktree add --detach /tmp/before <commit>
    python benchmarks/span_model_ab.py /tmp/before                  # 1,000 synthetic articles
    python benchmarks/span_model_ab.py /tmp/before --articles 2000 --rounds 9 --dev

The recogniser runs once over the texts (synthetic articles of ``benchmarks/corpus.py``, or the
``../shared/ner`` dev files with ``--dev``) to record what it hands the model: each article's
words, people and organisations, and place candidates. Then the other checkout's ``model.py``,
loaded beside this one under another module name, and this one decide the same inputs,
alternately, round after round, so both see the same load:

* **cold** — every memo of the model cleared before the round (what a fresh worker pays; names
  recur within the round, as they do in a worker's shard);
* **warm** — the same articles again with the memos kept.

Printed: the best CPU µs per article of each and the median of the rounds' new/old ratios
(below 1: this checkout is faster), the load average, and how many articles' decisions differ
(they must not, unless the change means to change them). This checkout's cold and warm decisions
must be the same (checked).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
NER_DIR = HERE.parent.parent / "shared" / "ner"

from ab_inprocess import _load  # noqa: E402  (one way to load the other checkout's modules)


def _clear(module: ModuleType, model: Any) -> None:
    """Every memo of ``model`` (older code has no clear_memos: its memos one by one)."""
    if hasattr(model, "clear_memos"):
        model.clear_memos()
        return
    model._memo.clear()
    model._buckets.clear()
    module._SHAPES.clear()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("other", type=Path, help="the other checkout (the 'old' side)")
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--dev", action="store_true", help="the ../shared/ner dev files")
    args = ap.parse_args(argv)

    from helpers.gazetteer import load_gazetteer
    from helpers.recognise import _recognise
    from helpers.recognise import model as new
    from helpers.recognise.entities import load_entities

    old = _load("_other_span_model", args.other / "helpers" / "recognise" / "model.py")
    if args.dev:
        from helpers.evaluate import read_ner

        texts = [d.text for p in sorted(NER_DIR.glob("*/*.dev.jsonl")) for d in read_ner(p)]
    else:
        from corpus import iter_synthetic

        texts = [r["text"] for r in iter_synthetic(args.articles)]
    gaz, table = load_gazetteer(), load_entities()
    calls: list[tuple] = []
    decide = new.decide

    def record(text, words, people_orgs, cands, model=None):  # type: ignore[no-untyped-def]
        calls.append((text, words, list(people_orgs), list(cands)))
        return decide(text, words, people_orgs, cands, model)

    new.decide = record
    try:
        for text in texts:
            _recognise(text, gaz, table)
    finally:
        new.decide = decide
    models = {"old": (old, old.load_model()), "new": (new, new.load_model())}

    def run(side: str, *, cold: bool) -> tuple[float, list]:
        module, model = models[side]
        if cold:
            _clear(module, model)
        t = time.process_time()
        out = [model.decide(*c) for c in calls]
        return (time.process_time() - t) / len(calls) * 1e6, out

    first = run("new", cold=True)[1]
    assert run("new", cold=False)[1] == first, "this checkout: warm decisions differ from cold"
    other = run("old", cold=True)[1]
    differ = sum(a != b for a, b in zip(first, other, strict=True))
    times: dict[str, list[float]] = {}
    for _ in range(args.rounds):
        for kind in ("cold", "warm"):
            for side in ("old", "new"):
                times.setdefault(f"{side} {kind}", []).append(run(side, cold=kind == "cold")[0])
    load = os.getloadavg()
    print(f"{len(calls)} articles, {args.rounds} rounds, load average {load[0]:.2f} {load[1]:.2f}")
    print(f"  decisions differ in {differ} articles")
    for kind in ("cold", "warm"):
        o, n = times[f"old {kind}"], times[f"new {kind}"]
        ratio = statistics.median(b / a for a, b in zip(o, n, strict=True))
        print(
            f"  {kind}: old {min(o):.0f} µs, new {min(n):.0f} µs per article; new/old {ratio:.3f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
