"""CPU time per article of each pipeline stage, in one process — printed figures, never a test.

    $ python benchmarks/bench_stages.py            # 5,000 synthetic articles (benchmarks/corpus.py)
    $ python benchmarks/bench_stages.py 20000

What the pipeline's workers do per article, stage by stage, on unique ~350-word articles built
from real news sentences: reading and cleaning (the parent's share: JSON Lines → cleaned text,
id, word count), readability (textstat's metrics), places (find_places_rows) and mentions
(find_mentions_rows with the places found); then analyze_batch, which runs them as the workers
do — each stage over a batch of 64 articles, then the batch's Arrow tables. Each stage is timed twice over the same articles:

* **first pass** — what a fresh worker pays: every new word, name and chunk is looked up once
  and remembered (the per-process memos of readability, places and mentions fill up);
* **repeated** — the same texts again (a trailing space defeats whole-text caches): the cost
  once the memos hold the corpus's vocabulary, the floor a long run approaches.

CPU time (``time.process_time``) is printed, not wall time, so a shared machine disturbs the
figures less; the load average is printed beside them.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import build_corpus  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    n = int(argv[0]) if argv else 5_000
    from helpers.pipeline import analyze_article, analyze_batch
    from helpers.pipeline.inputs import iter_records
    from helpers.pipeline.stages import stage_geocoder

    with tempfile.TemporaryDirectory(prefix="dateline-stages-") as tmp:
        shards = build_corpus(n, Path(tmp) / "corpus", seed=n)
        started = time.process_time()
        records = [r for r in iter_records(shards) if isinstance(r, dict)]
        read = (time.process_time() - started) / len(records)

    from helpers.geoparse import find_places_rows
    from helpers.mentions import find_mentions_rows
    from helpers.readability import readability

    geocoder = stage_geocoder("offline")
    # load the gazetteer and dictionaries outside the clock (a worker does it once, before work)
    analyze_article({"article_id": "warm-up", "text": "Talks in Paris, France. Smith met Jones."})
    print(
        f"{len(records):,} articles, {sum(len(r['text'].split()) for r in records) / len(records):.0f} words each on average"
    )
    print(f"{'stage':<14}{'first pass':>12}{'repeated':>12}   (CPU ms per article)")
    print(f"{'read + clean':<14}{read * 1e3:>12.3f}{'':>12}")
    total = {"first pass": read, "repeated": read}
    place_rows: list = []
    for label, suffix in (("first pass", ""), ("repeated", " ")):
        texts = [r["text"] + suffix for r in records]
        timings = {}
        started = time.process_time()
        for text in texts:
            readability(text)
        timings["readability"] = time.process_time() - started
        started = time.process_time()
        place_rows = [find_places_rows(text, geocoder=geocoder) for text in texts]
        timings["places"] = time.process_time() - started
        started = time.process_time()
        for record, text, places in zip(records, texts, place_rows, strict=True):
            find_mentions_rows(text, article_id=record["article_id"], place_rows=places)
        timings["mentions"] = time.process_time() - started
        for stage, seconds in timings.items():
            timings[stage] = seconds / len(records)
        total[label] += sum(timings.values())
        if label == "first pass":
            first = timings
        else:
            for stage, seconds in timings.items():
                print(f"{stage:<14}{first[stage] * 1e3:>12.3f}{seconds * 1e3:>12.3f}")
            repeated = sum(timings.values())
    print(f"{'total':<14}{total['first pass'] * 1e3:>12.3f}{total['repeated'] * 1e3:>12.3f}")
    # As the workers run it: each stage over a batch of 64, then the batch's Arrow tables.
    slim = [
        {"article_id": r["article_id"], "source": r["source"], "text": r["text"] + "  "}
        for r in records
    ]
    started = time.process_time()
    for i in range(0, len(slim), 64):
        analyze_batch(slim[i : i + 64])
    batch = (time.process_time() - started) / len(records)
    print(
        f"analyze_batch, repeated (the stages batch by batch + Arrow tables): "
        f"{batch * 1e3:.3f} ms, {(batch - repeated) * 1e3:+.3f} ms vs the stages alone"
    )
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"load average {load:.1f}; 2 cores at 1,000 articles/s allow 2.0 ms of CPU per article")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
