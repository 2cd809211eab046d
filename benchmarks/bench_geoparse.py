"""Time the geoparser: first call in a fresh process (gazetteer load), memory, articles/s.

    python benchmarks/bench_geoparse.py            # uses the LGL texts when present, else the seed

The first-call figure is measured in a fresh subprocess so nothing is already imported or cached
in memory; the index itself must already be built in the cache directory (run once to build it).
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "lgl.xml"
SEED = ROOT / "data" / "articles" / "000_a51ff8e45658a71a.txt"

FIRST_CALL = """
import resource, time
t = time.perf_counter()
from helpers.geoparse import find_places
df = find_places("A close aide arrived in Washington on Thursday from Hanoi, Vietnam.")
dt = time.perf_counter() - t
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{dt:.3f} {rss:.0f} {len(df)}")
"""


def main() -> int:
    from helpers.gazetteer import load_gazetteer

    t = time.perf_counter()
    load_gazetteer()  # builds the index into the cache on the very first run
    print(f"gazetteer ready in {time.perf_counter() - t:.2f} s (this process)")
    out = subprocess.run(
        [sys.executable, "-c", FIRST_CALL], capture_output=True, text=True, check=True
    ).stdout.split()
    print(f"first find_places call in a fresh process: {float(out[0]):.2f} s, "
          f"peak memory {out[1]} MB, {out[2]} places")  # fmt: skip

    from helpers.geoparse import find_places

    if CORPUS.exists():
        from helpers.evaluate import read_corpus

        texts = [a.text for a in read_corpus(CORPUS)]
    else:
        from helpers.clean import clean_text

        texts = [clean_text(SEED.read_text(encoding="utf-8"))] * 200
    find_places(texts[0])
    for _ in range(2):
        t = time.perf_counter()
        n = sum(len(find_places(x)) for x in texts)
        dt = time.perf_counter() - t
        print(f"{len(texts)} articles, {n} places: {len(texts) / dt:,.0f} articles/s (one core)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
