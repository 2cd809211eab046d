"""Time the geoparser: first call in a fresh process (gazetteer load), memory, articles/s.

    python benchmarks/bench_geoparse.py            # LGL and GeoWebNews texts when present, else the seed

The first-call figure is measured in a fresh subprocess so nothing is already imported or cached
in memory; the index itself must already be built in the cache directory (run once to build it).
Throughput is printed for :func:`find_places` (a DataFrame per article) and for
:func:`find_places_rows` (tuples, what a batching pipeline uses), best of three passes, with the
machine's load average next to every figure — on a shared machine the figures move with it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"
SEED = ROOT / "data" / "articles" / "000_a51ff8e45658a71a.txt"

FIRST_CALL = """
import resource, time
t = time.perf_counter()
import helpers
df = helpers.find_places("A close aide arrived in Washington on Thursday from Hanoi, Vietnam.")
dt = time.perf_counter() - t
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{dt:.3f} {rss:.0f} {len(df)}")
"""


def _load() -> str:
    return f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores"


def main() -> int:
    from helpers.gazetteer import load_gazetteer

    t = time.perf_counter()
    gaz = load_gazetteer()  # builds the index into the cache on the very first run
    print(f"gazetteer ready in {time.perf_counter() - t:.2f} s (this process)")
    for _ in range(2):
        out = subprocess.run(
            [sys.executable, "-c", FIRST_CALL], capture_output=True, text=True, check=True
        ).stdout.split()
        print(f"first find_places call in a fresh process: {float(out[0]):.2f} s, "
              f"peak memory {out[1]} MB, {out[2]} places ({_load()})")  # fmt: skip

    from helpers.geoparse import find_places, find_places_rows

    corpora = {}
    for name in ("lgl.xml", "GWN.xml"):
        if (CORPORA / name).exists():
            from helpers.evaluate import read_corpus

            corpora[name] = [a.text for a in read_corpus(CORPORA / name)]
    if not corpora:
        from helpers.clean import clean_text

        corpora["seed article x200"] = [clean_text(SEED.read_text(encoding="utf-8"))] * 200
    for name, texts in corpora.items():
        for fn in (find_places, find_places_rows):
            fn(texts[0], gazetteer=gaz)
            best = 0.0
            for _ in range(3):
                t = time.perf_counter()
                for x in texts:
                    fn(x, gazetteer=gaz)
                best = max(best, len(texts) / (time.perf_counter() - t))
            print(f"{name}: {len(texts)} articles, {fn.__name__}: {best:,.0f} articles/s "
                  f"(one core, best of 3; {_load()})")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
