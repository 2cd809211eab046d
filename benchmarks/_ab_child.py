"""One side of ``ab_inprocess.py``: run under a checkout's ``PYTHONPATH``, never by hand.

    python benchmarks/_ab_child.py SHARD ...   # then one line "round" on stdin per measurement

Loads the checkout's helpers, reads the shards and warms up, then prints one JSON line (the
article count and a digest of each article's place and mention rows). For each "round" read from
stdin it forks a child from this warmed state that runs ``analyze_batch`` over the articles twice
(first pass, then repeated with a trailing space) and prints the CPU ms per article of each.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any


def _records(paths: list[Path]) -> list[dict[str, Any]]:
    try:
        from helpers.pipeline.inputs import iter_records
    except ImportError:  # before the pipeline package was split
        from helpers.pipeline import iter_records
    slim = []
    for record in iter_records(paths):
        if isinstance(record, dict):
            slim.append({k: record[k] for k in ("article_id", "source", "text")})
    return slim


def _digests(records: list[dict[str, Any]], analyze_batch: Any) -> list[str]:
    """Per article, a hash of its place rows' and mention rows' offsets, surfaces and kinds."""
    rows: dict[str, list[tuple]] = defaultdict(list)
    for lo in range(0, len(records), 64):
        tables = analyze_batch(records[lo : lo + 64])
        for table, columns in (
            (tables.get("places"), ("article_id", "start", "end", "surface", "name")),
            (tables.get("mentions"), ("article_id", "start", "end", "surface", "kind")),
        ):
            if table is not None:
                for row in zip(*(table.column(c).to_pylist() for c in columns), strict=True):
                    rows[row[0]].append(row[1:])
    return [
        hashlib.blake2b(repr(sorted(rows[r["article_id"]], key=repr)).encode()).hexdigest()
        for r in records
    ]


def _in_fork(work: Callable[[], Any]) -> Any:
    """``work()`` in a child forked from this process; its JSON answer (the child's memos die
    with it, so every call starts from this process's state)."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            os.close(read)
            with os.fdopen(write, "w") as out:
                out.write(json.dumps(work()))
            code = 0
        finally:  # never return into the parent's loop, whatever happened
            os._exit(code)
    os.close(write)
    with os.fdopen(read) as answer:
        text = answer.read()
    _, status = os.waitpid(pid, 0)
    if status != 0:
        raise RuntimeError(f"the measuring child failed (status {status})")
    return json.loads(text)


def _measure(records: list[dict[str, Any]], analyze_batch: Any) -> dict[str, float]:
    """A fresh worker's first pass over the articles, then the same texts repeated."""
    spent = {}
    for label, suffix in (("first", ""), ("repeated", " ")):
        texts = [dict(r, text=r["text"] + suffix) for r in records]
        started = time.process_time()
        for lo in range(0, len(texts), 64):
            analyze_batch(texts[lo : lo + 64])
        spent[label] = (time.process_time() - started) / len(texts) * 1e3
    return spent


def main() -> int:
    try:
        from helpers.pipeline.stages import analyze_batch, warm_up
    except ImportError:  # before the pipeline package was split
        from helpers.pipeline import _warm_up as warm_up
        from helpers.pipeline import analyze_batch
    records = _records([Path(p) for p in sys.argv[1:]])
    warm_up("offline", "en")
    analyze_batch([{"article_id": "warm-up", "text": "Talks in Paris, France. Smith met Jones."}])
    # the digests run in a fork too, so the measured children start from the same memos
    digests = _in_fork(lambda: _digests(records, analyze_batch))
    print(json.dumps({"articles": len(records), "digests": digests}), flush=True)
    for line in sys.stdin:
        if line.strip() == "round":
            print(json.dumps(_in_fork(lambda: _measure(records, analyze_batch))), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
