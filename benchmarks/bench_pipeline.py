"""Throughput and peak memory of ``helpers.analyze`` — printed figures, never a timed test.

Scenarios, on synthetic corpora of unique articles built from real sentences (benchmarks/corpus.py):

- **cold**: a full run into an empty output folder, all cores;
- **rerun +1%**: the same corpus plus 1% new articles in a new shard, on a copy of the cold
  run's output (time as a share of cold; the unchanged shards are skipped unread and the
  published run's unchanged parts hard-linked, so this is the new shard, its analysis and the
  new parts);
- **append +1%**: the same new articles appended to the last shard instead of a new one (the
  last run hashed each JSON Lines file it read; a file whose old part still hashes the same is
  read only after where the last run stopped);
- **1 worker**: the cold run on one process (the pool's speed-up is cold vs this);
- **single**: a run on a folder of one article into an empty output folder — the fixed cost of
  any run (starting Python, imports, loading what the stages need), which a rerun pays too: a
  rerun's cost *beyond* it is what reading the unchanged part costs;
- **dask**: the Dask engine on a local cluster of one process per core;
- **naive**: what a notebook would do without the pipeline — a loop calling each textstat metric
  function and an (uncached) geocoder for every capitalised phrase.

Peak memory is the largest sum of proportional set size (PSS: shared pages split between the
processes sharing them) over the run's process tree (the parent, its pool workers, Dask's
workers), sampled every half second by default (``--sample-every``). Sampling is not free: the
kernel walks every page table of the tree to add up PSS, and at 50 ms that cost ~8 s of a 38 s
run on two cores (it competes with the workers); the seconds the sampler itself spent are printed
so a reader can see what measuring cost. Every scenario runs in a fresh interpreter so one
scenario's caches never flatter the next.

    $ python benchmarks/bench_pipeline.py                     # 1k and 10k (a few minutes)
    $ python benchmarks/bench_pipeline.py --sizes 1000,10000,100000
    $ python benchmarks/bench_pipeline.py --sizes 1000 --scenarios cold,naive
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import build_corpus, iter_synthetic, sentence_pool  # noqa: E402

SAMPLE_EVERY = 0.5  # seconds between memory samples (--sample-every)
SCENARIOS = ("cold", "rerun", "append", "one_worker", "single", "dask", "naive")
# Scenarios that are slow per article are capped (they are measured on the smaller corpora).
MAX_SIZE = {"one_worker": 10_000, "dask": 10_000, "naive": 1_000}

TEXTSTAT_METRICS = (
    "flesch_reading_ease",
    "flesch_kincaid_grade",
    "smog_index",
    "coleman_liau_index",
    "automated_readability_index",
    "dale_chall_readability_score",
    "difficult_words",
    "linsear_write_formula",
    "gunning_fog",
    "text_standard",
    "spache_readability",
    "mcalpine_eflaw",
    "reading_time",
    "lexicon_count",
    "sentence_count",
    "syllable_count",
    "char_count",
    "polysyllabcount",
    "monosyllabcount",
)


# ------------------------------------------------------------------------- child: one scenario


def _naive(source: str) -> int:
    """The notebook way: every textstat function, and the geocoder per capitalised phrase."""
    import re

    import textstat

    import helpers.readability  # noqa: F401  (makes textstat use the offline CMU dictionary)
    from helpers.geocode import OfflineGeocoder
    from helpers.load import load_articles

    articles = load_articles(source)
    geocoder = OfflineGeocoder()
    phrase = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*\b")
    rows = []
    for text in articles["text"]:
        metrics = {name: getattr(textstat, name)(text) for name in TEXTSTAT_METRICS}
        places = [geocoder.geocode(m.group(0)) for m in phrase.finditer(text)]
        rows.append((metrics, [p for p in places if p is not None]))
    return len(rows)


def run_child(spec: dict) -> dict:
    """Run one scenario in this process; the parent measures time and memory around it."""
    started = time.perf_counter()
    if spec["scenario"] == "setup":
        from helpers.gazetteer import load_gazetteer
        from helpers.readability import load_cmudict

        load_gazetteer()
        load_cmudict()
        return {"articles": 0, "analysed": 0, "seconds": time.perf_counter() - started}
    if spec["scenario"] == "naive":
        n = _naive(spec["source"])
        return {"articles": n, "analysed": n, "seconds": time.perf_counter() - started}
    from helpers.pipeline import analyze

    result = analyze(
        spec["source"],
        out=spec["out"],
        workers=spec.get("workers"),
        engine=spec.get("engine", "local"),
        progress=False,
    )
    stats = result.stats
    import resource

    # CPU seconds of this process (the parent: reading what it reads, admitting, writing) and of
    # its reaped children (the pool's workers): unlike wall time, barely moved by other load on
    # a shared machine, and what says whether the parent competes with the workers
    parent = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "parent_cpu": parent.ru_utime + parent.ru_stime,
        "workers_cpu": children.ru_utime + children.ru_stime,
        "articles": stats["articles"],
        "analysed": stats["analysed"],
        "places": stats["places"],
        "mentions": stats["mentions"],
        # CPU seconds the parent spent grouping stories (hashing new texts, matching, saving
        # the index): the run without stories costs this much less
        "stories_cpu": stats.get("stories_cpu", 0.0),
        "seconds": time.perf_counter() - started,
    }


# -------------------------------------------------------------------------------- parent side


def _tree_rss(pid: int) -> int:
    import psutil

    try:
        proc = psutil.Process(pid)
        procs = [proc, *proc.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0
    total = 0
    for p in procs:
        # PSS, not RSS: forked pool workers share the gazetteer pages with their parent, and
        # summing RSS would count those pages once per process.
        with contextlib.suppress(psutil.Error):
            try:
                total += p.memory_full_info().pss
            except (AttributeError, psutil.AccessDenied):
                total += p.memory_info().rss
    return total


def measure(spec: dict, sample_every: float = SAMPLE_EVERY) -> dict:
    """Run a scenario in a fresh interpreter; wall time and peak RSS of its process tree."""
    env = dict(os.environ)
    env.setdefault("DATELINE_CACHE_DIR", str(Path(spec["out"]).parent / "cache"))
    env["DATELINE_VERSION_KEY"] = spec.get("key") or PINNED_KEY
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, __file__, "--child", json.dumps(spec)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    peak = 0
    sampler_cpu = 0.0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak, sampler_cpu
        while not done.is_set():
            peak = max(peak, _tree_rss(proc.pid))
            done.wait(sample_every)
        sampler_cpu = time.thread_time()

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, _ = proc.communicate()
    done.set()
    sampler.join()
    if proc.returncode != 0:
        raise RuntimeError(f"scenario {spec['scenario']} failed (exit {proc.returncode})")
    result = json.loads(out.strip().splitlines()[-1])
    result["wall"] = time.perf_counter() - started
    result["peak_mb"] = peak / 2**20
    result["sampler_cpu"] = sampler_cpu
    # the machine may be shared: the 1-minute load average says how much CPU others took
    result["load"] = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return result


def _pinned_key() -> str:
    """The helpers' version key when the benchmark starts, pinned for every scenario: the rerun
    must measure the incremental machinery, not someone else's edit to a stage module mid-run."""
    from helpers.pipeline import version_key

    return f"bench-{version_key()}"


PINNED_KEY = os.environ.get("DATELINE_VERSION_KEY") or ""


def cold_key(manifest: Path) -> str:
    """The pinned key a kept cold run was made with (so its cache is reused)."""
    key = json.loads(manifest.read_text())["version_key"]
    return key.rsplit("-", 2)[0]


def add_new_articles(folder: Path, n_new: int, *, seed: int) -> None:
    """Append ``n_new`` never-seen articles as one more shard (a 1% top-up of the corpus)."""
    pool = sentence_pool()
    shard = folder / "shard-new.jsonl"
    with shard.open("w", encoding="utf-8") as handle:
        for record in iter_synthetic(n_new, seed=seed, pool=pool):
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def bench(
    sizes: list[int], scenarios: list[str], workdir: Path, sample_every: float = SAMPLE_EVERY
) -> list[dict]:
    rows = []
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    # The first use on a machine builds the gazetteer index and the parsed CMU dictionary in the
    # cache folder (once); done here so no scenario's time includes it.
    setup = measure({"scenario": "setup", "out": str(workdir / "out-setup")})
    print(f"  caches ready in {setup['seconds']:.1f} s (built once per machine)", file=sys.stderr)
    for n in sizes:
        corpus = workdir / f"corpus-{n}"
        # ~40 shards: a sharded corpus is what the Dask engine parallelises over (one task each)
        build_corpus(n, corpus, seed=n, shard_size=max(250, n // 40))
        (corpus / "shard-new.jsonl").unlink(missing_ok=True)
        # A corpus is not written seconds before it is analysed; files modified that close to a
        # run are re-read on the next one (their mtime could hide a change), so date them back.
        # Files dated back already keep their mtime: a rerun on a kept --workdir must find them
        # as the cold run's input index left them (else every file is read again).
        then = time.time() - 3600
        for path in corpus.iterdir():
            if path.stat().st_mtime > then:
                os.utime(path, (then, then))
        cold = single = None
        plan = [s for s in scenarios if n <= MAX_SIZE.get(s, n)]
        if "single" in plan:  # measured before the reruns that are compared with it
            plan.remove("single")
            plan.insert(0, "single")
        cold_manifest = workdir / f"out-{n}-cold" / "_manifest.json"
        if {"rerun", "append"} & set(plan) and "cold" not in plan:
            cold_record = workdir / f"cold-{n}.json"
            if cold_manifest.exists() and cold_record.exists():
                # a kept --workdir: rerun on top of the earlier cold run, compared with its time
                cold = json.loads(cold_record.read_text())
                os.environ.setdefault("DATELINE_VERSION_KEY", cold_key(cold_manifest))
            else:
                plan.insert(0, "cold")
        for scenario in plan:
            out = workdir / f"out-{n}-{scenario}"
            spec: dict = {"scenario": scenario, "source": str(corpus), "out": str(out)}
            spec["key"] = os.environ.get("DATELINE_VERSION_KEY") or PINNED_KEY
            if scenario in ("rerun", "append"):
                # on top of a copy of the cold run's output (copied before the clock starts), so
                # the cold output stays as it was and a kept --workdir can rerun again
                shutil.rmtree(out, ignore_errors=True)
                # symlinks=True: an output folder publishes its run through relative links
                shutil.copytree(workdir / f"out-{n}-cold", out, symlinks=True)
                add_new_articles(corpus, max(1, n // 100), seed=10_000_000 + n)
                if scenario == "append":
                    last = sorted(corpus.glob("shard-0*.jsonl"))[-1]
                    kept = last.stat()
                    new = corpus / "shard-new.jsonl"
                    with last.open("ab") as handle:
                        handle.write(new.read_bytes())
                    new.unlink()
            elif scenario == "one_worker":
                spec["workers"] = 1
            elif scenario == "dask":
                spec["engine"] = "dask"
            elif scenario == "single":
                one = workdir / f"single-{n}"
                one.mkdir(exist_ok=True)
                first = sorted(corpus.glob("shard-0*.jsonl"))[0]
                with first.open(encoding="utf-8") as handle:
                    (one / "one.jsonl").write_text(handle.readline(), encoding="utf-8")
                spec["source"] = str(one)
            shutil.rmtree(out, ignore_errors=True) if scenario not in ("rerun", "append") else None
            print(f"  {n:>7,} {scenario:<10} …", end="", flush=True, file=sys.stderr)
            result = measure(spec, sample_every)
            if scenario == "rerun":
                (corpus / "shard-new.jsonl").unlink()
            elif scenario == "append":  # the shard as the cold run read it, mtime included
                os.truncate(last, kept.st_size)
                os.utime(last, ns=(kept.st_atime_ns, kept.st_mtime_ns))
            result.update(size=n, scenario=scenario, cores=cores)
            result["rate"] = result["articles"] / result["seconds"]
            if scenario == "cold":
                cold = result
                (workdir / f"cold-{n}.json").write_text(json.dumps(result))
            if scenario in ("rerun", "append") and cold is not None:
                result["share_of_cold"] = result["seconds"] / cold["seconds"]
            if scenario == "single":
                single = result
            if scenario in ("rerun", "append") and cold is not None and single is not None:
                beyond = result["seconds"] - single["seconds"]
                result["beyond_single"] = beyond / cold["seconds"]
            if scenario == "one_worker" and cold is not None:
                result["speedup"] = result["seconds"] / cold["seconds"]
            print(
                f" {result['seconds']:.1f} s, {result['peak_mb']:.0f} MB",
                file=sys.stderr,
            )
            rows.append(result)
    return rows


def format_table(rows: list[dict]) -> str:
    lines = [
        "| articles | scenario | analysed | seconds | articles/s | CPU s parent / workers "
        "| peak PSS (MB) | load avg | note |",
        "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for r in rows:
        note = ""
        if "share_of_cold" in r:
            note = f"{r['share_of_cold']:.1%} of cold"
        if "beyond_single" in r:
            note += f"; {r['beyond_single']:.1%} of cold beyond a one-article run"
        if "speedup" in r:
            note = f"cold with all cores is {r['speedup']:.2f}x faster"
        if r.get("stories_cpu"):
            total = r.get("parent_cpu", 0) + r.get("workers_cpu", 0)
            share = r["stories_cpu"] / total if total else float("nan")
            note += f"{'; ' if note else ''}stories {r['stories_cpu']:.1f} CPU s ({share:.1%})"
        if r.get("sampler_cpu"):
            note += f"{'; ' if note else ''}memory sampler {r['sampler_cpu']:.1f} CPU s"
        lines.append(
            f"| {r['size']:,} | {r['scenario']} | {r['analysed']:,} | {r['seconds']:.1f} | "
            f"{r['rate']:,.0f} | {r.get('parent_cpu', 0):.1f} / {r.get('workers_cpu', 0):.1f} | "
            f"{r['peak_mb']:,.0f} | {r.get('load', float('nan')):.1f} | {note} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000", help="corpus sizes, comma-separated")
    parser.add_argument("--scenarios", default=",".join(SCENARIOS), help="which scenarios")
    parser.add_argument("--workdir", default=None, help="keep corpora and outputs here")
    parser.add_argument("--json", default=None, help="also write the rows to this JSON file")
    parser.add_argument(
        "--sample-every",
        type=float,
        default=SAMPLE_EVERY,
        help="seconds between peak-memory samples (smaller catches shorter peaks, costs more CPU)",
    )
    parser.add_argument("--child", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(run_child(json.loads(args.child))))
        return 0
    sizes = [int(s) for s in args.sizes.split(",") if s]
    scenarios = [s for s in args.scenarios.split(",") if s]
    unknown = set(scenarios) - set(SCENARIOS)
    if unknown:
        parser.error(f"unknown scenario(s): {', '.join(sorted(unknown))}")
    global PINNED_KEY
    PINNED_KEY = PINNED_KEY or _pinned_key()
    workdir = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="dateline-"))
    workdir.mkdir(parents=True, exist_ok=True)
    try:
        rows = bench(sizes, scenarios, workdir, args.sample_every)
    finally:
        if not args.workdir:
            shutil.rmtree(workdir, ignore_errors=True)
    print(format_table(rows))
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
