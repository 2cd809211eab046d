"""Docs per CPU-second of the places + mentions stages: the built-in recogniser vs a spaCy backend.

The spaCy pipeline is ``spacy.blank("en")`` + an ``entity_ruler`` whose patterns are the built-in
recogniser's own names in the corpus (no model weights: a trained pipeline such as
``en_core_web_sm`` adds its tagger, parser and NER on top, ~15 docs/s on one core per the issue).
So this measures what the backend itself costs: tokenising, the ruler, and turning spaCy's
entities into Dateline's spans, linked and resolved. Warm: each text is analysed once before the
timed pass with a fresh copy of the texts (so no memo answers).

    $ python benchmarks/bench_spacy_backend.py --n 500
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from corpus import iter_synthetic  # noqa: E402

from helpers.gazetteer import load_gazetteer  # noqa: E402
from helpers.geoparse import find_places_rows  # noqa: E402
from helpers.mentions import find_mentions_rows  # noqa: E402
from helpers.recognise import recognise  # noqa: E402
from helpers.recognise.entities import load_entities  # noqa: E402
from helpers.recognise.spacy_backend import prime, resolve_backend  # noqa: E402

LABEL = {"person": "PERSON", "organisation": "ORG", "place": "GPE", "demonym": "NORP"}


def stages(texts: list[str], backend: object, batch: bool) -> float:
    """CPU seconds of places then mentions over ``texts`` (in batches of 64, as the pipeline)."""
    gaz, table = load_gazetteer(), load_entities()
    started = time.process_time()
    for i in range(0, len(texts), 64):
        chunk = texts[i : i + 64]
        if batch:
            prime(chunk, backend, gaz, table)
        for text in chunk:
            rows = find_places_rows(text, backend=backend)
            find_mentions_rows(text, place_rows=rows, backend=backend)
    return time.process_time() - started


def main() -> None:
    import spacy

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=500, help="articles (default: 500)")
    args = parser.parse_args()
    texts = [r["text"] for r in iter_synthetic(args.n, seed=7)]
    patterns = {
        (LABEL[s.type], s.surface) for text in texts for s in recognise(text) if s.type in LABEL
    }
    nlp = spacy.blank("en")
    nlp.add_pipe("entity_ruler").add_patterns(
        [{"label": label, "pattern": phrase} for label, phrase in sorted(patterns)]
    )
    backend = resolve_backend(nlp)
    print(f"{args.n} articles, {len(patterns):,} ruler patterns; spaCy {spacy.__version__}")
    print(f"load average: {Path('/proc/loadavg').read_text().split()[:3]}")
    runs = [("dateline (built in)", "dateline", False),
            ("spaCy blank+ruler, per article", backend, False),
            ("spaCy blank+ruler, nlp.pipe per batch", backend, True)]  # fmt: skip
    for k, (label, b, batch) in enumerate(runs):
        stages(texts, b, batch)  # warm: memos of names, the gazetteer, the pipeline
        fresh = [t + " " * (k + 1) for t in texts]  # texts no run saw: no per-text memo answers
        seconds = stages(fresh, b, batch)
        print(f"{label:40s} {seconds:6.2f} CPU s  {args.n / seconds:8.0f} docs per CPU-second")


if __name__ == "__main__":
    main()
