"""A/B of the analysis (``analyze_batch``) against another checkout, both under the same load.

    git worktree add --detach /tmp/before <commit>
    python benchmarks/ab_inprocess.py /tmp/before                  # 1,000 synthetic articles, 7 rounds
    python benchmarks/ab_inprocess.py /tmp/before --articles 2000 --rounds 11

On a machine others share, two runs one after the other see different loads, and a few per cent
is lost in the noise. Here two long-lived Python processes, one importing this checkout's
``helpers`` and one the other's (each on ``PYTHONPATH``, so any module layout works), load the
gazetteer and dictionaries once and warm up; then, round after round and alternating which goes
first, each forks a fresh child from its warmed state that runs ``analyze_batch`` over the same
articles (synthetic, from ``benchmarks/corpus.py``) in batches of 64, as a pool worker does:

* **first pass** — what a fresh worker pays while its memos learn the corpus's words and names;
* **repeated** — the same texts again in the same child (a trailing space defeats whole-text
  caches): the floor a long run approaches.

Printed: the best CPU ms per article of each side, the median of the rounds' this/other ratios
(below 1: this checkout is faster) and the load average. The two sides need not give the same
results (a change of rules changes them); how many articles' place and mention rows differ is
printed so a speed figure is not mistaken for a like-for-like one. Identical code on both sides
reads 1.00 ± 0.03 on a loaded machine. Needs ``os.fork`` (Linux, macOS).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def _load(alias: str, path: Path) -> ModuleType:
    """One module file of another checkout, loaded under ``alias`` (``span_model_ab.py`` uses it)."""
    spec = importlib.util.spec_from_file_location(alias, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[alias] = module
    spec.loader.exec_module(module)
    return module


class _Side:
    """One checkout's long-lived measuring process (``_ab_child.py`` under its ``PYTHONPATH``)."""

    def __init__(self, checkout: Path, shards: list[Path]) -> None:
        env = dict(os.environ, PYTHONPATH=str(checkout))
        self.process = subprocess.Popen(
            [sys.executable, str(HERE / "_ab_child.py"), *map(str, shards)],
            cwd=checkout,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self.ready = self._answer()

    def _answer(self) -> dict:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError(f"the measuring process ended (exit {self.process.wait()})")
        return json.loads(line)

    def measure(self) -> dict:
        assert self.process.stdin is not None
        self.process.stdin.write("round\n")
        self.process.stdin.flush()
        return self._answer()

    def close(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()
        self.process.wait()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("other", type=Path, help="the other checkout (its root folder)")
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--rounds", type=int, default=7)
    args = ap.parse_args(argv)
    if not (args.other / "helpers" / "__init__.py").is_file():
        print(f"{args.other} holds no helpers package")
        return 2
    if not hasattr(os, "fork"):
        print("this A/B forks a fresh child per round: it needs os.fork")
        return 2

    from corpus import build_corpus

    with tempfile.TemporaryDirectory(prefix="dateline-ab-") as tmp:
        shards = build_corpus(args.articles, Path(tmp) / "corpus", seed=args.articles)
        other, this = _Side(args.other, shards), _Side(HERE.parent, shards)
        try:
            results: dict[str, list[dict]] = {"other": [], "this": []}
            for round_ in range(args.rounds):
                pair = ((other, "other"), (this, "this"))
                for side, name in pair if round_ % 2 == 0 else reversed(pair):
                    results[name].append(side.measure())
        finally:
            other.close()
            this.close()
    n = this.ready["articles"]
    print(
        f"{n:,} synthetic articles, {args.rounds} rounds alternating which side goes first; "
        "CPU ms per article, best of the rounds"
    )
    for label in ("first", "repeated"):
        old = [r[label] for r in results["other"]]
        new = [r[label] for r in results["this"]]
        ratio = statistics.median(b / a for a, b in zip(old, new, strict=True))
        print(
            f"  analyze_batch, {'first pass' if label == 'first' else 'repeated':<11} "
            f"other {min(old):6.3f}   this {min(new):6.3f}   this/other {ratio:.3f}"
        )
    digests = zip(this.ready["digests"], other.ready["digests"], strict=True)
    differing = sum(a != b for a, b in digests)
    print(f"articles whose place or mention rows differ between the two: {differing:,} of {n:,}")
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
