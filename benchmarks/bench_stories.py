"""Story grouping (helpers.stories): pairwise precision and recall on syndicated copies of real
articles, CPU cost per article, and memory at 10,000 and 100,000 articles — printed, never a test.

    $ python benchmarks/bench_stories.py                  # quality, sweep, scale 10,000 and 100,000
    $ python benchmarks/bench_stories.py --sizes 10000    # scale rows only for these sizes

**Syndication set.** Real articles from ``../shared/corpora`` (LGL and GeoWebNews; read here, never
copied) with at least four paragraphs (LGL's one-paragraph texts are cut into paragraphs of two
sentences). Articles that are already near-duplicates of one another (exact Jaccard ≥ 0.2 of
their 5-word shingles) are dropped first, so the truth is unambiguous. Then each story runs in
one to five outlets: the agency's text, plus copies made by the edits the issue lists — another
headline with an extra closing line, a paragraph dropped and a few words changed, a paragraph
added, page furniture around the text, the bottom paragraphs cut — alone or combined. Other
articles become *quoting stories*: a different article with one paragraph of another story
inserted (a shared quote), which must stay apart from it. Pairwise precision = share of the
pairs grouped together that are truly one story; recall = share of true pairs grouped together.

**Scale.** ``--sizes`` runs, in a fresh process each, unique ~350-word articles recombined from
real news sentences (``benchmarks/corpus.py``) plus an edited copy of every tenth, streamed
through ``story_signatures`` (64 texts a call, as the workers sign) and ``StoryIndex.add`` in
batches of 1,000 as a pipeline would; it prints the CPU cost per article, the growth of the
process's resident memory (peak RSS minus RSS before the first article, so the sentence pool is
not counted), save/load time and file size. ``--datasketch-lsh`` measures datasketch's own ``MinHashLSH`` with the same bands.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from itertools import combinations
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import CORPORA_DIR, _split_sentences, iter_synthetic, sentence_pool  # noqa: E402

FURNITURE_TOP = ["Share this article", "Advertisement", "Print this page", "Email | Share"]
FURNITURE_BOTTOM = [
    "Copyright 2009 The Associated Press. All rights reserved. This material may not be "
    "published, broadcast, rewritten or redistributed.",
    "Click here to subscribe to our newsletter and get the day's top stories.",
    "Comments are closed for this story. Read our community guidelines.",
]
CLOSING_LINES = [
    "The Associated Press contributed to this report.",
    "Staff writer Jane Morris contributed reporting from the scene.",
    "This story has been updated with comment from the county.",
    "Check back for updates as more information becomes available.",
]


def real_articles(corpora: Path) -> list[tuple[str, list[str]]]:
    """(title, paragraphs) of each LGL/GWN article with four paragraphs or more."""
    out = []
    for xml in sorted(corpora.glob("*.xml")):
        title = ""
        for _event, element in ET.iterparse(xml):
            if element.tag == "title":
                title = (element.text or "").strip()
            elif element.tag == "text" and element.text:
                paragraphs = [p.strip() for p in re.split(r"\n\s*\n|\n", element.text) if p.strip()]
                if len(paragraphs) < 4:  # one-paragraph texts: two sentences a paragraph
                    sentences = list(_split_sentences(element.text))
                    paragraphs = [
                        " ".join(sentences[i : i + 2]) for i in range(0, len(sentences), 2)
                    ]
                if len(paragraphs) >= 4:
                    out.append((title, paragraphs))
            elif element.tag == "article":
                element.clear()
    return out


def drop_near_duplicates(articles, shingle_words=5, limit=0.2):
    from helpers.stories import shingles

    sets = [shingles("\n\n".join(p), shingle_words=shingle_words) for _, p in articles]
    keep = []
    for i, s in enumerate(sets):
        if all(len(s & sets[j]) / max(1, len(s | sets[j])) < limit for j in keep):
            keep.append(i)
    return [articles[i] for i in keep], len(articles) - len(keep)


def edit_words(paragraphs, rng, n):
    """Change ``n`` words: a synonym-like swap for another word of the text."""
    words = " ".join(paragraphs).split()
    paragraphs = list(paragraphs)
    for _ in range(n):
        i = rng.randrange(len(paragraphs))
        tokens = paragraphs[i].split()
        j = rng.randrange(len(tokens))
        tokens[j] = rng.choice(words)
        paragraphs[i] = " ".join(tokens)
    return paragraphs


def make_copy(title, paragraphs, rng, extra_paragraph):
    """One outlet's copy: one to three of the issue's edits, chosen at random."""
    edits = rng.sample(["headline", "drop", "add", "furniture", "cut"], rng.randint(1, 3))
    body = list(paragraphs)
    if "drop" in edits and len(body) > 3:
        del body[rng.randrange(1, len(body))]
        body = edit_words(body, rng, rng.randint(2, 5))
    if "cut" in edits and len(body) > 4:  # the bottom paragraphs cut to fit the page
        body = body[: max(3, int(len(body) * 0.7))]
    if "add" in edits:
        body.insert(rng.randrange(1, len(body) + 1), extra_paragraph)
    if "furniture" in edits:
        body = [rng.choice(FURNITURE_TOP), *body, rng.choice(FURNITURE_BOTTOM)]
    head = title
    if "headline" in edits:
        head = f"{title.split(':')[0]} — update"
        body.append(rng.choice(CLOSING_LINES))
    return "\n\n".join([head, *body]), edits


def syndication_set(articles, seed=0):
    """(texts, truth labels, kinds): stories in 1–5 outlets, plus quoting stories."""
    rng = random.Random(seed)
    order = list(range(len(articles)))
    rng.shuffle(order)
    n_quoting = len(order) // 5
    sources, quoting = order[n_quoting:], order[:n_quoting]
    texts, truth, kinds = [], [], []
    for story in sources:
        title, paragraphs = articles[story]
        texts.append("\n\n".join([title, *paragraphs]))
        truth.append(story)
        kinds.append("original")
        for _ in range(rng.choice([0, 1, 1, 2, 2, 3, 4])):
            other = articles[rng.choice(sources)][1]
            text, edits = make_copy(title, paragraphs, rng, rng.choice(other))
            texts.append(text)
            truth.append(story)
            kinds.append("+".join(sorted(edits)))
    for story in quoting:  # a different story quoting one paragraph of another
        title, paragraphs = articles[story]
        quoted = articles[rng.choice(sources)][1]
        body = list(paragraphs)
        body.insert(rng.randrange(1, len(body)), rng.choice(quoted[1:]))
        texts.append("\n\n".join([title, *body]))
        truth.append(story)
        kinds.append("quoting")
    shuffled = list(zip(texts, truth, kinds, strict=True))
    rng.shuffle(shuffled)
    return [list(column) for column in zip(*shuffled, strict=True)]


def pairs_of(labels):
    groups: dict = {}
    for i, label in enumerate(labels):
        groups.setdefault(label, []).append(i)
    return {pair for members in groups.values() for pair in combinations(members, 2)}


def sign_in_batches(texts: list[str], batch: int = 64) -> list:
    """Signatures of ``texts`` as the pipeline's workers make them: ``story_signatures`` over
    batches of 64 (one ``story_signature`` call per text on code that has no batch call)."""
    try:
        from helpers.stories import story_signatures
    except ImportError:  # the code before the batch call (an A/B run against it)
        from helpers.stories import story_signature

        return [story_signature(t) for t in texts]
    return [
        s for lo in range(0, len(texts), batch) for s in story_signatures(texts[lo : lo + batch])
    ]


def precision_recall(predicted, truth):
    got, want = pairs_of(predicted), pairs_of(truth)
    hits = len(got & want)
    return hits / max(1, len(got)), hits / max(1, len(want)), got - want, want - got


def quality(corpora: Path) -> None:
    from helpers.stories import StoryIndex, story_signature

    articles, dropped = drop_near_duplicates(real_articles(corpora))
    texts, truth, kinds = syndication_set(articles)
    n_stories = len(set(truth))
    print(
        f"syndication set: {len(texts):,} texts, {n_stories:,} stories from {len(articles):,} "
        f"real articles ({dropped} near-duplicate originals dropped), "
        f"{kinds.count('quoting'):,} quoting a paragraph of another story, "
        f"{len(pairs_of(truth)):,} true pairs"
    )
    ids = [f"{i:06d}" for i in range(len(texts))]
    print("\npairwise precision / recall by shingle size and threshold (containment 0.9):")
    print(f"{'words':>6}" + "".join(f"{t:>14}" for t in (0.3, 0.4, 0.5, 0.6, 0.7)))
    for words in (3, 4, 5, 6):
        signatures = [story_signature(t, shingle_words=words) for t in texts]
        row = f"{words:>6}"
        for threshold in (0.3, 0.4, 0.5, 0.6, 0.7):
            index = StoryIndex(threshold=threshold, shingle_words=words)
            predicted = index.add(ids, signatures=signatures).tolist()
            p, r, _, _ = precision_recall(predicted, truth)
            row += f"{p:>7.3f}/{r:.3f}"
        print(row)

    print("\ndefaults (4 words, threshold 0.4), containment 0.9 and 1.0:")
    started = time.process_time()
    signatures = sign_in_batches(texts)
    signing = (time.process_time() - started) / len(texts)
    for containment in (0.9, 1.0):
        index = StoryIndex(containment=containment)
        started = time.process_time()
        predicted = index.add(ids, signatures=signatures).tolist()
        grouping = (time.process_time() - started) / len(texts)
        p, r, false_pairs, missed = precision_recall(predicted, truth)
        label = "containment 0.9" if containment < 1 else "containment 1.0 (whole copies only)"
        print(f"  {label}: precision {p:.3f}, recall {r:.3f}")
    index = StoryIndex()
    predicted = index.add(ids, signatures=signatures).tolist()
    p, r, false_pairs, missed = precision_recall(predicted, truth)
    missed_kinds: dict[str, int] = {}
    for i, j in missed:
        kind = kinds[j] if kinds[i] == "original" else kinds[i]
        missed_kinds[kind] = missed_kinds.get(kind, 0) + 1
    top = sorted(missed_kinds.items(), key=lambda kv: -kv[1])[:5]
    print(f"  missed pairs by edit: {top}")
    print(
        f"  false pairs involving a quoting story: {sum(1 for i, j in false_pairs if 'quoting' in (kinds[i], kinds[j]))} of {len(false_pairs)}"
    )
    words = sum(len(t.split()) for t in texts) / len(texts)
    print(
        f"\nCPU per article ({words:.0f} words on average): signature {signing * 1e3:.3f} ms, "
        f"grouping {grouping * 1e3:.3f} ms (one batch of {len(texts):,})"
    )


def _reset_peak_rss() -> None:
    with contextlib.suppress(OSError), open("/proc/self/clear_refs", "w") as handle:
        handle.write("5")  # Linux: reset VmHWM, the peak resident set size


def _peak_rss() -> int:
    with contextlib.suppress(OSError), open("/proc/self/status") as handle:
        for line in handle:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def scale(n: int, datasketch_lsh: bool) -> None:
    import psutil

    from helpers.stories import StoryIndex

    process = psutil.Process()
    pool = sentence_pool()
    rng = random.Random(n)
    articles = iter_synthetic(n, seed=n, pool=pool)
    index = StoryIndex()
    lsh = None
    if datasketch_lsh:
        from datasketch import MinHash, MinHashLSH

        lsh = MinHashLSH(num_perm=index.num_perm, params=(index._band_count, index._band_rows))
        permutations = MinHash(num_perm=index.num_perm, scheme="affine32").permutations
    _reset_peak_rss()  # the sentence pool's parsing peak is not the index's
    baseline = peak = process.memory_info().rss
    signing = grouping = 0.0
    made = 0
    while made < n:
        texts = []
        for record in articles:
            texts.append(record["text"])
            if len(texts) % 10 == 0:  # every tenth: an edited copy (a word changed, a line added)
                paragraphs = edit_words(record["text"].split("\n\n"), rng, 2)
                texts.append("\n\n".join([*paragraphs, rng.choice(CLOSING_LINES)]))
            if len(texts) >= 1000:
                break
        texts = texts[: n - made]
        if not texts:
            break
        started = time.process_time()
        signatures = sign_in_batches(texts)
        signing += time.process_time() - started
        ids = [f"{made + i:07d}" for i in range(len(texts))]
        started = time.process_time()
        if lsh is None:
            index.add(ids, signatures=signatures)
        else:
            for key, sig in zip(ids, signatures, strict=True):
                minhash = MinHash(
                    hashvalues=sig.hashvalues, permutations=permutations, scheme="affine32"
                )
                lsh.insert(key, minhash, check_duplication=False)
        grouping += time.process_time() - started
        made += len(texts)
        peak = max(peak, process.memory_info().rss)
    grown = (peak - baseline) / 1e6
    if lsh is not None:
        print(
            f"{n:>9,}  datasketch MinHashLSH ({index._band_count}×{index._band_rows} bands)"
            f"  insert {grouping / n * 1e3:.3f} ms/article  memory +{grown:,.0f} MB"
        )
        return
    stories = index.story_ids().nunique()
    arrays = sum(
        a.nbytes
        for a in (index._sig, index._n, index._alive, index._parent, index._keys, index._key_pos)
    ) + sum(chunk.nbytes for chunk in index._chunks)
    with tempfile.TemporaryDirectory() as tmp:
        started = time.process_time()
        path = index.save(tmp)
        saved = time.process_time() - started
        size = path.stat().st_size / 1e6
        del index
        started = time.process_time()
        StoryIndex.load(tmp)
        loaded = time.process_time() - started
    print(
        f"{n:>9,}  {stories:>8,} stories  signature {signing / n * 1e3:.3f} ms  "
        f"grouping {grouping / n * 1e3:.3f} ms  memory +{grown:,.0f} MB "
        f"(arrays {arrays / 1e6:,.0f} MB)  save {saved:.2f} s / {size:,.0f} MB  "
        f"load {loaded:.2f} s (CPU)"
    )
    peak_all = (_peak_rss() - baseline) / 1e6
    print(f"{'':>11}peak RSS while building, saving and loading: +{peak_all:,.0f} MB")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--scale", type=int, help=argparse.SUPPRESS)  # one size, in this process
    parser.add_argument("--datasketch-lsh", action="store_true")
    parser.add_argument("--no-quality", action="store_true")
    args = parser.parse_args(argv)
    if args.scale:
        scale(args.scale, args.datasketch_lsh)
        return 0
    print(f"load average {os.getloadavg()[0]:.2f} (2 cores, shared); CPU time, not wall time")
    if not args.no_quality:
        if (CORPORA_DIR / "lgl.xml").exists():
            quality(CORPORA_DIR)
        else:
            print(f"corpora not found at {CORPORA_DIR}: precision/recall skipped")
    print("\nscale: unique articles + an edited copy of every tenth, in batches of 1,000")
    for n in [int(s) for s in args.sizes.split(",") if s]:
        command = [sys.executable, __file__, "--scale", str(n)]
        subprocess.run(
            [*command, *(["--datasketch-lsh"] if args.datasketch_lsh else [])], check=True
        )
    print(f"load average {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
