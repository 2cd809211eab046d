"""Score the geoparser on the annotated corpora (LGL, GeoWebNews) and show its error classes.

    python benchmarks/geoparse_eval.py                      # both corpora from ../shared/corpora
    python benchmarks/geoparse_eval.py path/to/lgl.xml --errors 30

Prints precision / recall / F1 (exact and overlapping spans), accuracy@161 km, mean and median
error, AUC and articles/s, then the most frequent false positives, false negatives and geocoding
errors (surface forms with counts) — look at classes of errors, never tune on single names.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from helpers.evaluate import evaluate_corpus, format_scores

DEFAULT_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpora", nargs="*", type=Path)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--errors", type=int, default=0, help="show the N most frequent errors")
    args = ap.parse_args(argv)
    paths = args.corpora or [DEFAULT_DIR / "lgl.xml", DEFAULT_DIR / "GWN.xml"]
    for path in paths:
        if not path.exists():
            print(f"{path}: not found", file=sys.stderr)
            return 1
        details: list[dict] = []
        scores = evaluate_corpus(path, limit=args.limit, details=details)
        print(format_scores(scores, path.name))
        if args.errors:
            for kind in ("fp", "fn", "geo"):
                c = Counter(
                    (d["surface"], d["pred"]) if kind == "geo" else d["surface"]
                    for d in details
                    if d["type"] == kind
                )
                top = ", ".join(
                    f"{'→'.join(k) if isinstance(k, tuple) else k} ×{n}"
                    for k, n in c.most_common(args.errors)
                )
                print(f"  {kind} ({sum(c.values())}): {top}")
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
