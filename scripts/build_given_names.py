"""Build helpers/data/given_names.txt: given names seen in the training files of ../shared/ner.

Provenance: the first word of every person span of two or more words (after leading titles from
helpers/data/name_cues.toml) in the *train* splits of GMB 2.2.0 (Voice of America news; ODbL 1.0 /
DbCL 1.0) and wikigold (CC BY 4.0), kept when seen at least MIN_COUNT times, absent from the US
Census list the `names` package ships (Dateline reads that list directly), not an everyday English
word, and seen more often as a person's first word than inside any place or organisation span.
The output is a derived list of words, published with the attribution in the README.

    python scripts/build_given_names.py            # rewrites helpers/data/given_names.txt
"""

from __future__ import annotations

import json
import sys
import tomllib
from collections import Counter
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NER = ROOT.parent / "shared" / "ner"
TRAIN = [NER / "gmb" / "gmb.train.jsonl", NER / "wikigold" / "wikigold.train.jsonl"]
OUT = ROOT / "helpers" / "data" / "given_names.txt"
MIN_COUNT = 3


def main() -> int:
    cues = tomllib.loads((ROOT / "helpers" / "data" / "name_cues.toml").read_text("utf-8"))
    titles = {w for t in cues["titles"] for w in t.split()}
    census: set[str] = set()
    for f in ("dist.male.first", "dist.female.first"):
        text = (resources.files("names") / f).read_text("utf-8")
        census |= {line.split()[0].lower() for line in text.splitlines() if line.strip()}
    easy_path = resources.files("textstat") / "resources" / "en" / "easy_words.txt"
    easy = {w.strip().lower() for w in easy_path.read_text("utf-8").split()}
    first: Counter[str] = Counter()
    other: Counter[str] = Counter()
    for path in TRAIN:
        if not path.exists():
            print(f"{path}: not found", file=sys.stderr)
            return 1
        for line in path.open(encoding="utf-8"):
            doc = json.loads(line)
            for ent in doc["entities"]:
                words = ent["surface"].split()
                if ent["type"] == "PER":
                    while words and words[0] in titles:
                        words = words[1:]
                    if len(words) >= 2:
                        first[words[0]] += 1
                else:
                    other.update(words)
    keep = sorted(
        w
        for w, n in first.items()
        if n >= MIN_COUNT
        and w.isalpha()
        and w[0].isupper()
        and not w.isupper()
        and w.lower() not in census
        and w.lower() not in easy
        and other[w] < n
    )
    header = (
        "# Given names seen in the train splits of GMB 2.2.0 (ODbL 1.0 / DbCL 1.0) and wikigold\n"
        "# (CC BY 4.0); built by scripts/build_given_names.py (see its docstring). One a line.\n"
    )
    OUT.write_text(header + "\n".join(keep) + "\n", encoding="utf-8")
    print(f"{len(keep)} names -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
