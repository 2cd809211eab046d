"""Check that a speed change leaves the recogniser's, places' and mentions' outputs unchanged.

    python benchmarks/golden_outputs.py --save /tmp/golden      # once, on the code before the change
    python benchmarks/golden_outputs.py --check /tmp/golden     # after every change: exit 1 if any differ

Runs :func:`helpers.recognise.recognise`, :func:`helpers.geoparse.find_places_rows` and
:func:`helpers.mentions.find_mentions_rows` on every text of ``../shared/corpora`` (LGL,
GeoWebNews), of the dev files of ``../shared/ner``, the seed article (raw and cleaned), synthetic
articles of ``benchmarks/corpus.py`` and a few bad inputs (empty, 1 MB of capitals, no spaces, mixed
scripts), three times in one fresh process: the first pass (empty memos), again with the recognised
spans forgotten (warm name memos, every article recognised anew), and in reverse order. Memo state
must never change an output, so all three passes must give the same rows, and the same as the
saved ones. The dump (one JSON line per text and pass) goes to ``DIR/<pass>.jsonl`` so a difference
can be read with ``diff``; the figures printed are digests and CPU times.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(HERE))


def _texts(synthetic: int) -> list[tuple[str, str]]:
    """(label, text) of every text checked, in a fixed order."""
    from helpers.clean import clean_text
    from helpers.evaluate import read_corpus, read_ner

    out: list[tuple[str, str]] = []
    for name in ("lgl.xml", "GWN.xml"):
        path = SHARED / "corpora" / name
        if path.exists():
            out += [(f"{name}:{i}", a.text) for i, a in enumerate(read_corpus(path))]
    for path in sorted((SHARED / "ner").glob("*/*.dev.jsonl")):
        out += [(f"{path.name}:{i}", d.text) for i, d in enumerate(read_ner(path))]
    for path in sorted((SHARED / "seed").glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        out += [(f"seed:{path.name}:raw", raw), (f"seed:{path.name}:clean", clean_text(raw))]
    if synthetic:
        from corpus import iter_synthetic

        out += [(f"synthetic:{i}", r["text"]) for i, r in enumerate(iter_synthetic(synthetic))]
    caps = "THE MAYOR OF PARIS MET JOHN SMITH IN NEW YORK. "
    out += [
        ("bad:empty", ""),
        ("bad:space", " "),
        ("bad:capitals", (caps * (1_000_000 // len(caps) + 1))[:1_000_000]),
        ("bad:title-case", ("Paris London Smith Jones Corp Berlin " * 2000)),
        ("bad:no-spaces", "ParisLondonBerlin" * 5000),
        ("bad:no-spaces-commas", "Paris,London,Berlin,Smith,Jones," * 3000),
        ("bad:mixed-scripts", "Путин встретился с Си Цзиньпином в Пекине. 習近平 Paris Москва "
         "Xi Jinping met Vladimir Putin in Beijing. اوباما في القاهرة Obama in Cairo. " * 20),
        ("bad:underscores", "snake_case Paris_France John_Smith __init__ in Berlin_" * 50),
        ("bad:punctuation", "!!! ??? ... --- ((( ))) '''' " * 500),
        ("bad:one-letter", "A B C D E F G H I J K L M N O P Q R S T U V W X Y Z. " * 200),
    ]  # fmt: skip
    return out


def _record(text: str) -> dict:
    from helpers.geoparse import find_places_rows
    from helpers.mentions import find_mentions_rows
    from helpers.recognise import recognise

    places = find_places_rows(text)
    mentions = find_mentions_rows(text, article_id="a", place_rows=places)
    spans = recognise(text)
    return {
        "spans": [list(s) for s in spans],
        "places": [list(r) for r in places],
        "mentions": [list(r) for r in mentions],
    }


def _forget_spans() -> None:
    """Forget the recognised articles (only those: every name memo stays warm)."""
    from helpers.gazetteer import load_gazetteer
    from helpers.recognise.places import _memo

    _memo(load_gazetteer()).spans.clear()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = ap.add_mutually_exclusive_group(required=True)
    mode.add_argument("--save", type=Path, help="write the dumps here")
    mode.add_argument("--check", type=Path, help="compare with the dumps saved here")
    ap.add_argument("--synthetic", type=int, default=1000, help="synthetic articles (corpus.py)")
    args = ap.parse_args(argv)
    texts = _texts(args.synthetic)
    print(f"{len(texts)} texts")
    passes = {"first": texts, "again": texts, "reversed": texts[::-1]}
    dumps: dict[str, dict[str, str]] = {}
    for label, batch in passes.items():
        if label != "first":
            _forget_spans()
        lines: dict[str, str] = {}
        t = time.process_time()
        for key, text in batch:
            lines[key] = json.dumps([key, _record(text)], ensure_ascii=False)
        cpu = time.process_time() - t
        dumps[label] = {k: lines[k] for k, _ in texts}  # always in the first pass's order
        digest = hashlib.sha256("\n".join(dumps[label].values()).encode()).hexdigest()[:16]
        print(f"{label:<9} {digest}  {cpu:.1f} s CPU")
    bad = 0
    for label in ("again", "reversed"):
        diff = [k for k in dumps["first"] if dumps[label][k] != dumps["first"][k]]
        if diff:
            bad += 1
            print(f"{label}: {len(diff)} texts differ from the first pass, e.g. {diff[:5]}")
    target = args.save or args.check
    target.mkdir(parents=True, exist_ok=True)
    if args.save:
        for label, lines in dumps.items():
            (target / f"{label}.jsonl").write_text("\n".join(lines.values()) + "\n", "utf-8")
        print(f"saved to {target}")
    else:
        saved = (target / "first.jsonl").read_text("utf-8").splitlines()
        old = {json.loads(line)[0]: line for line in saved}
        for label, lines in dumps.items():
            (target / f"{label}.new.jsonl").write_text("\n".join(lines.values()) + "\n", "utf-8")
            diff = [k for k in old if lines.get(k) != old[k]]
            if diff or len(lines) != len(old):
                bad += 1
                print(f"{label}: {len(diff)} texts differ from {target}, e.g. {diff[:5]}")
        print("identical to the saved outputs" if not bad else "DIFFERENT")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
