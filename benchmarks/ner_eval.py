"""Score the entity recogniser on the dev files of ../shared/ner (or on your own JSON Lines).

    python benchmarks/ner_eval.py                         # gmb, wikigold and uner_pud dev files
    python benchmarks/ner_eval.py mine.jsonl --errors 20  # your annotated news, top errors

Prints exact-span and overlap precision / recall / F1 per type (PER, ORG, LOC) and micro, and
documents per CPU-second of the recogniser (warm). The corpora's conventions differ (read
../shared/ner/README.md): GMB's nationality adjectives and titles are mapped to news conventions
by helpers.evaluate.read_ner; wikigold merges adjacent entities of one type. Never score on
CoNLL-2003: it is the held-out yardstick.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from helpers.evaluate import evaluate_entities, format_entity_scores

NER_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "ner"
DEFAULT = [NER_DIR / c / f"{c}.dev.jsonl" for c in ("gmb", "wikigold", "uner_pud")]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--errors", type=int, default=0, help="show the N most frequent errors")
    args = ap.parse_args(argv)
    for path in args.files or DEFAULT:
        if not path.exists():
            print(f"{path}: not found", file=sys.stderr)
            return 1
        details: list[dict] = []
        scores = evaluate_entities(path, limit=args.limit, details=details)
        print(format_entity_scores(scores, path.name))
        if args.errors:
            for kind in ("fp", "fn"):
                for ent in ("PER", "ORG", "LOC"):
                    c = Counter(
                        d["surface"] for d in details if d["type"] == kind and d["entity"] == ent
                    )
                    top = ", ".join(f"{k} ×{n}" for k, n in c.most_common(args.errors))
                    print(f"  {kind} {ent} ({sum(c.values())}): {top}")
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
