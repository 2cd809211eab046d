"""CPU time per article of each pipeline stage, in one process — printed figures, never a test.

    $ python benchmarks/bench_stages.py            # 5,000 synthetic articles (benchmarks/corpus.py)
    $ python benchmarks/bench_stages.py 20000
    $ PYTHONPATH=/path/to/older/checkout python benchmarks/bench_stages.py 3000   # an A/B

What the pipeline's workers do per article, stage by stage, on unique ~350-word articles built
from real news sentences: reading and cleaning (JSON Lines → cleaned text, id, word count),
readability (textstat's metrics), places (find_places_rows), mentions (find_mentions_rows with
the places found) and the story signature (``helpers.stories.story_signatures`` over batches of
64, as the workers sign); then analyze_batch, which runs the three analysis stages as the
workers do — each stage over a batch of 64 articles, then the batch's Arrow tables. Each stage is
timed twice over the same articles:

* **first pass** — what a fresh worker pays: every new word, name and chunk is looked up once
  and remembered (the per-process memos of readability, places and mentions fill up);
* **repeated** — the same texts again (a trailing space defeats whole-text caches): the cost
  once the memos hold the corpus's vocabulary, the floor a long run approaches.

Last, **the worker's task** as the pool runs it on a cold run (``read_and_analyse``: read, clean,
analyse and sign each shard of the corpus, build its articles table), in a child process forked
after the warm-up, twice: with Python's default garbage-collector thresholds and with the
pool's (``WORKER_GC_THRESHOLDS``), printing the collector's share of the CPU. Code from before
the pipeline package (no ``read_and_analyse``) skips the signature and task lines.

CPU time (``time.process_time``) is printed, not wall time, so a shared machine disturbs the
figures less; the load average is printed beside them.
"""

from __future__ import annotations

import gc
import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import build_corpus  # noqa: E402


def _iter_records(paths):
    try:
        from helpers.pipeline.inputs import iter_records
    except ImportError:  # before the pipeline package
        from helpers.pipeline import iter_records
    return iter_records(paths)


def _signer():
    """story_signatures over batches of 64, or None on code without stories."""
    try:
        from helpers.clean import body_text
        from helpers.stories import story_signatures
    except ImportError:
        try:
            from helpers.clean import body_text
            from helpers.stories import story_signature
        except ImportError:
            return None

        def story_signatures(texts):
            return [story_signature(t) for t in texts]

    def sign(records):
        bodies = [body_text(r["text"], r.get("title")) for r in records]
        for lo in range(0, len(bodies), 64):
            story_signatures(bodies[lo : lo + 64])

    return sign


def _task_in_child(paths: list[Path], thresholds: tuple[int, int, int] | None) -> str:
    """One pool worker's read_and_analyse over ``paths`` (one shard per task), forked from this
    warmed-up process; its CPU per article and the collector's share."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the worker
        os.close(read)
        from helpers.pipeline.local_engine import read_and_analyse

        if thresholds is not None:
            gc.set_threshold(*thresholds)
        spent = {"gc": 0.0, "start": 0.0}

        def collector(phase: str, info: dict) -> None:
            if phase == "start":
                spent["start"] = time.process_time()
            else:
                spent["gc"] += time.process_time() - spent["start"]

        gc.callbacks.append(collector)
        started, n = time.process_time(), 0
        for path in paths:
            done = read_and_analyse([str(path)], [path.stat().st_size], "offline", "en", 64)
            n += len(done.analysed)
        cpu = time.process_time() - started
        line = (
            f"{cpu / n * 1e3:.3f} ms per article, of which garbage collection "
            f"{spent['gc'] / n * 1e3:.3f} ms ({spent['gc'] / cpu:.1%}), "
            f"thresholds {gc.get_threshold()}"
        )
        os.write(write, line.encode())
        os._exit(0)
    os.close(write)
    with os.fdopen(read) as handle:
        line = handle.read()
    os.waitpid(pid, 0)
    return line


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    n = int(argv[0]) if argv else 5_000
    try:
        from helpers.pipeline.stages import stage_geocoder
    except ImportError:  # before the pipeline package
        from helpers.pipeline import _resolve_geocoder as stage_geocoder
    from helpers.pipeline import analyze_article, analyze_batch

    tmp = tempfile.TemporaryDirectory(prefix="dateline-stages-")
    shards = build_corpus(n, Path(tmp.name) / "corpus", seed=n)
    started = time.process_time()
    records = [r for r in _iter_records(shards) if isinstance(r, dict)]
    read = (time.process_time() - started) / len(records)

    from helpers.geoparse import find_places_rows
    from helpers.mentions import find_mentions_rows
    from helpers.readability import readability

    try:
        from helpers.clean import body_text
    except ImportError:  # before readability measured the body

        def body_text(text, title=None):
            return text

    geocoder = stage_geocoder("offline")
    sign = _signer()
    # load the gazetteer and dictionaries outside the clock (a worker does it once, before work)
    try:
        from helpers.pipeline.stages import warm_up
    except ImportError:
        from helpers.pipeline import _warm_up as warm_up
    warm_up("offline", "en")
    if sign is not None:
        sign([{"text": "Warm up the signature.", "title": None}])
    analyze_article({"article_id": "warm-up", "text": "Talks in Paris, France. Smith met Jones."})
    try:
        from helpers.pipeline.stages import WORKER_GC_THRESHOLDS
    except ImportError:
        WORKER_GC_THRESHOLDS = None
    try:
        import helpers.pipeline.local_engine  # noqa: F401
    except ImportError:
        pass
    else:
        if hasattr(os, "fork"):  # before the passes below fill this process's memos
            gc.freeze()  # as the pool's parent does before it forks
            print("a worker's task (read, clean, analyse, sign a shard; fresh memos each time):")
            print(f"  default gc:  {_task_in_child(shards, None)}")
            if WORKER_GC_THRESHOLDS is not None:
                print(f"  worker gc:   {_task_in_child(shards, WORKER_GC_THRESHOLDS)}")
            gc.unfreeze()
    print(
        f"{len(records):,} articles, {sum(len(r['text'].split()) for r in records) / len(records):.0f} words each on average"
    )
    print(f"{'stage':<16}{'first pass':>12}{'repeated':>12}   (CPU ms per article)")
    print(f"{'read + clean':<16}{read * 1e3:>12.3f}{'':>12}")
    total = {"first pass": read, "repeated": read}
    place_rows: list = []
    first: dict[str, float] = {}
    repeated = 0.0
    for label, suffix in (("first pass", ""), ("repeated", " ")):
        texts = [r["text"] + suffix for r in records]
        timings = {}
        started = time.process_time()
        for record, text in zip(records, texts, strict=True):
            readability(body_text(text, record.get("title")))
        timings["readability"] = time.process_time() - started
        started = time.process_time()
        place_rows = [find_places_rows(text, geocoder=geocoder) for text in texts]
        timings["places"] = time.process_time() - started
        started = time.process_time()
        for record, text, places in zip(records, texts, place_rows, strict=True):
            find_mentions_rows(text, article_id=record["article_id"], place_rows=places)
        timings["mentions"] = time.process_time() - started
        if sign is not None:
            started = time.process_time()
            sign(
                [{"text": t, "title": r.get("title")} for r, t in zip(records, texts, strict=True)]
            )
            timings["story signature"] = time.process_time() - started
        for stage, seconds in timings.items():
            timings[stage] = seconds / len(records)
        total[label] += sum(timings.values())
        if label == "first pass":
            first = timings
        else:
            for stage, seconds in timings.items():
                print(f"{stage:<16}{first[stage] * 1e3:>12.3f}{seconds * 1e3:>12.3f}")
            repeated = sum(timings.values()) - timings.get("story signature", 0.0)
    print(f"{'total':<16}{total['first pass'] * 1e3:>12.3f}{total['repeated'] * 1e3:>12.3f}")
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
    tmp.cleanup()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"load average {load:.1f}; 2 cores at 1,000 articles/s allow 2.0 ms of CPU per article")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
