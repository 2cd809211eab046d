"""How long the report takes: every notebook executed and rendered, on the bundled data and on N
synthetic articles (default 1,000), cold (empty ``processed`` folder: the notebooks run the whole
analysis) and warm (tables already there: the notebooks only read, chart and map).

    $ .venv/bin/python benchmarks/bench_notebooks.py            # bundled data + 1,000 articles
    $ .venv/bin/python benchmarks/bench_notebooks.py --n 300    # a quicker look

Figures are wall-clock seconds on this machine; per-notebook times come from papermill's own
timing in the executed notebooks (kernel start-up not included there, but in the totals).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

import nbformat

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))  # benchmarks/corpus.py: synthetic articles from real sentences


def _run(articles: Path | str, work: Path, label: str) -> list[tuple[str, float, dict[str, float]]]:
    from helpers.report import build_report, notebook_paths

    rows = []
    for phase in ("cold", "warm"):
        start = time.perf_counter()
        build_report(articles=articles, processed=work / "processed", reports=work / "reports")
        total = time.perf_counter() - start
        per_notebook = {}
        for notebook in notebook_paths():
            executed = nbformat.read(work / "reports" / notebook.name, as_version=4)
            per_notebook[notebook.stem] = float(executed.metadata["papermill"]["duration"])
        rows.append((f"{label}, {phase}", total, per_notebook))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="synthetic articles (default 1000)")
    args = parser.parse_args(argv)
    os.environ.setdefault("MPLBACKEND", "Agg")

    from corpus import build_corpus

    rows = []
    with tempfile.TemporaryDirectory(prefix="dateline-bench-nb-") as tmp:
        work = Path(tmp)
        rows += _run(ROOT / "data" / "articles", work / "bundled", "bundled article")
        corpus = work / "corpus"
        build_corpus(args.n, corpus)
        rows += _run(corpus, work / "synthetic", f"{args.n:,} articles")

    names = list(rows[0][2])
    short = [n.split("-", 1)[1][:12] for n in names]
    print(f"{'report build':<26}{'total s':>9}" + "".join(f"{s:>14}" for s in short))
    for label, total, per in rows:
        print(f"{label:<26}{total:>9.1f}" + "".join(f"{per[n]:>14.1f}" for n in names))
    print(f"(cpu cores: {os.cpu_count()}; per-notebook columns: papermill execution seconds)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
