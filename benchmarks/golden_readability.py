"""Prove that helpers.readability's fast path gives textstat's own numbers, bit for bit, on dev texts.

    $ python benchmarks/golden_readability.py               # corpora + seed + 1,000 synthetic bodies
    $ python benchmarks/golden_readability.py --synthetic 5000 --langs en,en_GB,de

For every text, :func:`helpers.readability.readability` (the one-pass path with its per-process
word memos) is compared with ``_textstat_metrics`` — textstat's public methods called metric by
metric, the path any other textstat release takes — twice: on the first pass (memos filling) and
on a second pass (memos warm, whole-text caches defeated by a trailing space, which changes no
metric). Equality is exact (``==`` on every value, floats included), so a speed-up that changes
one float in the last bit fails. Texts: the bundled articles, every ``<text>`` of the dev corpora
in ``../shared/corpora`` (LGL, GeoWebNews), the bodies of synthetic articles from
``benchmarks/corpus.py``, and a few hostile strings (empty, punctuation only, dotted capital I,
contractions, digits). Prints the counts and the first differences; exits 1 on any difference.

This is a check to run after changing helpers/readability/, not a timed benchmark; the unit
tests (tests/test_readability.py) compare with textstat unpatched in a separate process.
"""

from __future__ import annotations

import argparse
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import CORPORA_DIR, SEED_DIR, iter_synthetic  # noqa: E402

HOSTILE = [
    "",
    " ",
    "...",
    "!!! ??? ...",
    "İstanbul'un İzmir'e yakın. İİİ. Über naïve café.",
    "Don't won't can't shouldn't've. It's the dogs' bone, 'quoted' words.",
    "3.5 percent of 1,000,000 people -- 12:30 p.m. -- U.S. officials said.",
    "A. B. C. D. E. F.",
    "word " * 500,
    "Supercalifragilisticexpialidocious antidisestablishmentarianism. " * 3,
    "e.g. i.e. etc. vs. Mr. Smith went to Washington, D.C., on Jan. 5.",
    "\u00a0non-breaking\u2009spaces\u3000and\ttabs\nand lines.",
]


def dev_texts(synthetic: int) -> list[tuple[str, str]]:
    """(label, text) of every dev text: seed articles, corpora texts, synthetic bodies, hostile."""
    from helpers.clean import body_text

    texts = [(f"seed:{p.name}", p.read_text(encoding="utf-8")) for p in sorted(SEED_DIR.glob("*"))]
    if CORPORA_DIR.is_dir():
        for xml in sorted(CORPORA_DIR.glob("*.xml")):
            n = 0
            for _event, element in ET.iterparse(xml):
                if element.tag == "text" and element.text:
                    n += 1
                    texts.append((f"{xml.stem}:{n}", element.text))
                if element.tag == "article":
                    element.clear()
    for i, record in enumerate(iter_synthetic(synthetic, seed=7) if synthetic else ()):
        texts.append((f"synthetic:{i}", body_text(record["text"], record["title"])))
    texts += [(f"hostile:{i}", t) for i, t in enumerate(HOSTILE)]
    return texts


def _differences(got: dict, want: dict) -> list[str]:
    return [
        f"{k}: {got.get(k)!r} != textstat {want.get(k)!r}"
        for k in want
        if type(got.get(k)) is not type(want.get(k)) or got.get(k) != want.get(k)
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--synthetic", type=int, default=1000, help="synthetic bodies (default 1000)"
    )
    parser.add_argument("--langs", default="en", help="comma-separated locales (default en)")
    args = parser.parse_args(argv)

    import importlib

    R = importlib.import_module(
        "helpers.readability"
    )  # the module (helpers.readability is also a function)

    if not R._ONE_PASS:
        print("this textstat release takes the metric-by-metric path: nothing to compare")
        return 0
    texts = dev_texts(args.synthetic)
    failures = 0
    for lang in args.langs.split(","):
        locale = R.resolve_lang(lang)
        started = time.perf_counter()
        for label, text in texts:
            want = R._textstat_metrics(text, locale)
            for pass_name, variant in (("first pass", text), ("warm", text + " ")):
                if variant != text and not text.strip():  # " " is one sentence, "" none
                    want = R._textstat_metrics(variant, locale)
                got = R.readability(variant, lang=lang)
                diff = _differences(got, want)
                if diff or list(got) != list(want):
                    failures += 1
                    if failures <= 10:
                        print(f"DIFFERENT {lang} {label} ({pass_name}): {'; '.join(diff[:3])}")
        print(
            f"{lang}: {len(texts):,} texts × 2 passes compared with textstat "
            f"in {time.perf_counter() - started:.0f} s"
        )
    print("identical" if not failures else f"{failures} differences")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
