"""Synthetic corpora of *unique* news articles built from real sentences, for the benchmarks.

Sentences come from the bundled article and, when present, from the annotated news corpora in
``../shared/corpora`` (LGL and GeoWebNews). Each synthetic article is a title sentence plus 3–6
paragraphs of 2–5 sentences drawn at random, so its length, place names and people look like real
news while every article is distinct (checked by content hash). Output is sharded JSONL — the form a
large corpus arrives in — written once per (size, seed) and reused.

    $ python benchmarks/corpus.py 10000 /tmp/corpus-10k
    10,000 articles in 4 shards → /tmp/corpus-10k

    >>> from benchmarks.corpus import build_corpus                             # doctest: +SKIP
    >>> shards = build_corpus(1_000, "/tmp/c1k")                              # doctest: +SKIP
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED_DIR = ROOT / "data" / "articles"
CORPORA_DIR = ROOT.parent / "shared" / "corpora"
SHARD_SIZE = 25_000

# Sentence boundary: end punctuation, optional closing quote, whitespace, then a capital or quote.
_ABBREVIATIONS = (
    "U.S.",
    "U.N.",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Dr.",
    "St.",
    "Gen.",
    "Sen.",
    "Rep.",
    "Gov.",
    "Lt.",
    "Col.",
    "No.",
    "Jr.",
    "Sr.",
    "Inc.",
    "Co.",
    "Ky.",
    "Ga.",
    "Pa.",
)
_SENTENCE_END = re.compile(
    "".join(f"(?<!{re.escape(a)})" for a in _ABBREVIATIONS) + r"(?<=[.!?])[\"”’)]?\s+(?=[\"“A-Z])"
)


def _split_sentences(text: str) -> Iterator[str]:
    for paragraph in re.split(r"\n\s*\n|\r?\n", text):
        for sentence in _SENTENCE_END.split(paragraph.strip()):
            sentence = " ".join(sentence.split())
            # drop fragments, bylines and boilerplate: real sentences have a verb-length span
            if 40 <= len(sentence) <= 400 and sentence[-1] in ".!?\"”'’":
                yield sentence


def sentence_pool(corpora_dir: Path | None = CORPORA_DIR) -> list[str]:
    """Distinct real sentences: the bundled articles, plus LGL/GWN when the corpora exist."""
    texts = [
        p.read_text(encoding="utf-8", errors="replace") for p in sorted(SEED_DIR.glob("*.txt"))
    ]
    if corpora_dir is not None and corpora_dir.is_dir():
        for xml in sorted(corpora_dir.glob("*.xml")):
            for _event, element in ET.iterparse(xml):
                if element.tag == "text" and element.text:
                    texts.append(element.text)
                if element.tag == "article":
                    element.clear()  # keep memory flat while parsing
    seen: dict[str, None] = {}
    for text in texts:
        for sentence in _split_sentences(text):
            seen.setdefault(sentence, None)
    return list(seen)


def iter_synthetic(n: int, *, seed: int = 0, pool: list[str] | None = None) -> Iterator[dict]:
    """Yield ``n`` unique article records (``title``, ``text``, ``outlet``, ``published``)."""
    pool = pool if pool is not None else sentence_pool()
    if len(pool) < 20:
        raise RuntimeError(f"only {len(pool)} sentences available; need the bundled article")
    rng = random.Random(seed)
    seen: set[bytes] = set()
    made = 0
    while made < n:
        title = rng.choice(pool).rstrip('.!?"”')[:120]
        paragraphs = [
            " ".join(rng.sample(pool, rng.randint(2, 5))) for _ in range(rng.randint(3, 6))
        ]
        text = "\n\n".join(paragraphs)
        digest = hashlib.blake2b(f"{title}\n{text}".encode(), digest_size=12).digest()
        if digest in seen:  # astronomically rare with thousands of sentences, but checked
            continue
        seen.add(digest)
        made += 1
        yield {
            "title": title,
            "text": text,
            "outlet": rng.choice(["Wire", "Daily", "Herald", "Post", "Times"]),
            "published": f"2019-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        }


def build_corpus(
    n: int,
    folder: str | Path,
    *,
    seed: int = 0,
    shard_size: int = SHARD_SIZE,
    prefix: str = "shard",
    pool: list[str] | None = None,
) -> list[Path]:
    """Write ``n`` unique articles as JSONL shards into ``folder`` (reused if already complete)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    done = folder / f".{prefix}-{n}-{seed}-{shard_size}.done"
    shards = sorted(folder.glob(f"{prefix}-*.jsonl"))
    if done.exists() and shards:
        return shards
    for old in shards:
        old.unlink()
    shards = []
    handle = None
    for i, record in enumerate(iter_synthetic(n, seed=seed, pool=pool)):
        if i % shard_size == 0:
            if handle is not None:
                handle.close()
            shards.append(folder / f"{prefix}-{len(shards):05d}.jsonl")
            handle = shards[-1].open("w", encoding="utf-8")
        handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    if handle is not None:
        handle.close()
    done.touch()
    return shards


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    if len(args) != 2:
        print("usage: python benchmarks/corpus.py N FOLDER", file=sys.stderr)
        return 2
    n, folder = int(args[0]), Path(args[1])
    shards = build_corpus(n, folder)
    print(f"{n:,} articles in {len(shards)} shards → {folder}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
