"""Learn names' types from the train files of ../shared/ner: helpers/data/learned_names.tsv.

What is learned: for every organisation or person name annotated in the *train* splits of GMB 2.2.0
(Voice of America news; ODbL 1.0 / DbCL 1.0) and wikigold (CC BY 4.0) — never their dev splits,
never uner_pud (a published test set), never CoNLL-2003 — how often the exact words occur in those
texts at all, and how often as that type. A name is kept when it is annotated at least MIN_COUNT
times and at least MIN_SHARE of its occurrences carry the type (so "State", an organisation 19 times
but a plain word far more often, is not kept). GMB's conventions are first mapped to news ones by
helpers.evaluate.read_ner (titles out of person names, nationality adjectives out of places).

The recogniser (helpers.recognise) reads the list as evidence for names its rules leave untyped
("Taleban", "Hezbollah"); its ``why`` says "seen as an organisation N times in training news".

    python scripts/train_recogniser.py       # rewrites helpers/data/learned_names.tsv (~100 KB)
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from helpers.evaluate import read_ner

ROOT = Path(__file__).resolve().parents[1]
NER = ROOT.parent / "shared" / "ner"
TRAIN = [NER / "gmb" / "gmb.train.jsonl", NER / "wikigold" / "wikigold.train.jsonl"]
OUT = ROOT / "helpers" / "data" / "learned_names.tsv"
MIN_COUNT = 3
MIN_SHARE = 0.7
MAX_WORDS = 4


def main() -> int:
    docs = []
    for path in TRAIN:
        if not path.exists():
            print(f"{path}: not found", file=sys.stderr)
            return 1
        docs += read_ner(path)
    typed: Counter[tuple[str, str]] = Counter()
    for d in docs:
        for s, e, kind in d.entities:
            if kind in ("ORG", "PER"):
                surface = d.text[s:e]
                if any(c.isupper() for c in surface) and len(surface.split()) <= MAX_WORDS:
                    typed[(surface, kind)] += 1
    wanted = {surface for (surface, _), n in typed.items() if n >= MIN_COUNT}
    seen: Counter[str] = Counter()
    for d in docs:
        for line in d.text.split("\n"):
            words = line.split(" ")
            for i in range(len(words)):
                for n in range(1, MAX_WORDS + 1):
                    gram = " ".join(words[i : i + n])
                    if gram in wanted:
                        seen[gram] += 1
    rows = []
    for (surface, kind), n in typed.items():
        total = seen.get(surface, 0)
        if n >= MIN_COUNT and total and n / total >= MIN_SHARE:
            rows.append((surface, kind, n, round(n / total, 3)))
    rows.sort()
    header = (
        "# Names and types learned from the train splits of GMB 2.2.0 (ODbL 1.0 / DbCL 1.0) and\n"
        "# wikigold (CC BY 4.0) by scripts/train_recogniser.py (see its docstring).\n"
        "# surface\ttype\tannotated\tshare of occurrences\n"
    )
    OUT.write_text(
        header + "".join(f"{s}\t{k}\t{n}\t{r}\n" for s, k, n, r in rows), encoding="utf-8"
    )
    print(f"{len(rows)} names -> {OUT} ({OUT.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
