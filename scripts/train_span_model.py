"""Train the span classifier of helpers/recognise/model.py: helpers/data/span_model.npz.

Data provenance: the *train* splits of ../shared/ner only —

* ``gmb/gmb.train.jsonl``: Voice of America news (public-domain texts) from the Groningen Meaning
  Bank 2.2.0 extract, published under ODbL 1.0 / DbCL 1.0;
* ``wikigold/wikigold.train.jsonl``: Wikipedia articles annotated by Balasuriya et al. (2009),
  CC BY 4.0 (text CC BY-SA).

Never their dev splits (they score the result), never uner_pud (a published test set), never
CoNLL-2003. GMB's conventions are mapped to news ones by helpers.evaluate.read_ner (titles out of
person names, nationality adjectives out of places).

How: each text goes through the rule recogniser; the spans the model would be asked about
(:func:`helpers.recognise.model.candidates`: weak person readings and untyped capitalised runs)
are labelled PER / ORG / LOC by an exact gold span of that type, else O; names the rules or the
shipped lists already type (learned names, the entity table, surname links, speakers, runs of
name words, organisation words) are added once more as untyped runs without their word features,
so the model learns what context says of names it has never seen. A multinomial logistic
regression over 2**BITS hashed features is fitted by full-batch Adam with an L2 penalty
(deterministic: no shuffling, fixed order). Weights are stored as float16.

The penalty and the model's decision thresholds (helpers.recognise.model.Thresholds) are chosen by
3-fold cross-validation over the *train* documents only (``--cv 3``: exact-span F1 of the whole
recogniser on each held-out fold, averaged over the two files), and stored with the weights. The
shipped model was made with

    python scripts/train_span_model.py --cv 3          # ~4 min on 2 cores; rewrites the .npz

(chosen: L2 1e-4, retype 0.4, drop 0.6, add_org 0.6, add_per 0.6; CV mean micro F1 0.679).

    python scripts/train_span_model.py                 # default L2 and thresholds, no CV
    python scripts/train_span_model.py a.jsonl --out /tmp/m.npz --epochs 20   # other data
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import numpy as np

from helpers.evaluate import read_ner
from helpers.gazetteer import load_gazetteer
from helpers.recognise import _Article, _recognise, _spans
from helpers.recognise import model as span_model
from helpers.recognise.entities import load_entities
from helpers.recognise.model import (
    CLASSES,
    Candidate,
    SpanModel,
    Thresholds,
    bucket_of,
    candidates,
    features,
    usage,
)

ROOT = Path(__file__).resolve().parents[1]
NER = ROOT.parent / "shared" / "ner"
TRAIN = [NER / "gmb" / "gmb.train.jsonl", NER / "wikigold" / "wikigold.train.jsonl"]
OUT = ROOT / "helpers" / "data" / "span_model.npz"
BITS = 18
EPOCHS = 100
RATE = 0.05
L2 = 1e-4
# what cross-validation (--cv) tries: penalties, and the thresholds of model.Thresholds
L2_GRID = (1e-5, 1e-4, 1e-3)
THRESHOLD_GRID = [
    Thresholds(retype, drop, add_org, add_per)
    for retype in (0.4, 0.5, 0.6)
    for drop in (0.6,)
    for add_org in (0.5, 0.6, 0.7)
    for add_per in (0.5, 0.6, 0.7, 0.85)
]
VOCAB_MIN = 2
# names the rules typed, shown again as unknown ones (without their words)
AUGMENT = frozenset({"learned", "table", "surname", "verb", "name", "given", "organisation"})
LEXICAL = ("w=", "first=", "last=", "surf=")  # the features that name the words themselves


class _Recorder:
    """Stands in for the model inside the recogniser: records what it would be asked."""

    def __init__(self, vocab: frozenset[str]) -> None:
        self.vocab = vocab
        self.rows: list[tuple[str, Candidate, list[str], int, int]] = []

    def decide(self, text, words, people_orgs, cands):
        here = usage(words)
        for c in candidates(text, words, people_orgs, cands, self.vocab):
            s, e = words.starts[c.i], words.ends[c.j - 1]
            self.rows.append((text, c, features(text, words, c, self.vocab, here), s, e))
        # Names the shipped lists already know ("learned", "table") are never asked at run time,
        # so the candidates above hold few unknown companies and people. Shown again as untyped
        # runs without their words, they teach the model what the context says of a name it has
        # never seen ("Newcrest said on Monday its shares rose").
        by_start = {s: k for k, s in enumerate(words.starts)}
        by_end = {e: k for k, e in enumerate(words.ends)}
        for sp in people_orgs:
            i, j = by_start.get(sp.start), by_end.get(sp.end)
            if sp.how in AUGMENT and i is not None and j is not None:
                c = Candidate(i, j + 1, "none", -1)
                f = features(text, words, c, self.vocab, here)
                f = [x for x in f if not x.startswith(LEXICAL)]
                self.rows.append((text, c, f, sp.start, sp.end))
        return people_orgs


def vocabulary(docs: list) -> frozenset[str]:
    """Words the texts write in lower case at least VOCAB_MIN times (the model's everyday words)."""
    seen: Counter[str] = Counter()
    for doc in docs:
        seen.update(w for w in doc.text.split() if w.isalpha() and w.islower())
    return frozenset(w for w, n in seen.items() if n >= VOCAB_MIN)


def examples(
    paths: list[Path], vocab: frozenset[str] | None = None
) -> tuple[list[list[str]], list[int], frozenset[str]]:
    """Feature lists and class indices of every candidate span in the annotated files, and the
    vocabulary (the files' own unless given)."""
    docs = [doc for path in paths for doc in read_ner(path)]
    vocab = vocabulary(docs) if vocab is None else vocab
    per_doc = doc_examples(docs, vocab)
    feats = [f for fs, _ in per_doc for f in fs]
    labels = [y for _, ys in per_doc for y in ys]
    return feats, labels, vocab


def doc_examples(docs: list, vocab: frozenset[str]) -> list[tuple[list[list[str]], list[int]]]:
    """Each document's candidate spans: (feature lists, class indices)."""
    gaz, table = load_gazetteer(), load_entities()
    out = []
    for doc in docs:
        rec = _Recorder(vocab)
        _recognise(doc.text, gaz, table, rec)
        gold = {(s, e): kind for s, e, kind in doc.entities}
        out.append(
            (
                [f for _text, _c, f, _s, _e in rec.rows],
                [CLASSES.index(gold.get((s, e), "O")) for _text, _c, _f, s, e in rec.rows],
            )
        )
    return out


def fit(
    feats: list[list[str]],
    labels: list[int],
    *,
    bits: int = BITS,
    epochs: int = EPOCHS,
    l2: float = L2,
    verbose: bool = True,
) -> tuple[np.ndarray, np.ndarray]:
    """Softmax regression by full-batch Adam over hashed features: (weights, bias)."""
    buckets = 1 << bits
    k = len(CLASSES)
    lengths = np.array([len(f) for f in feats], np.int64)
    idx = np.fromiter(
        (bucket_of(x, buckets) for f in feats for x in f), np.int64, int(lengths.sum())
    )
    row = np.repeat(np.arange(len(feats)), lengths)
    offsets = np.concatenate([[0], np.cumsum(lengths)[:-1]])
    y = np.zeros((len(feats), k), np.float64)
    y[np.arange(len(feats)), labels] = 1.0
    w = np.zeros((buckets, k), np.float64)
    b = np.log(y.mean(axis=0) + 1e-6)
    mw, vw = np.zeros_like(w), np.zeros_like(w)
    mb, vb = np.zeros_like(b), np.zeros_like(b)
    b1, b2, eps = 0.9, 0.999, 1e-8
    for t in range(1, epochs + 1):
        scores = np.add.reduceat(w[idx], offsets, axis=0) + b
        scores -= scores.max(axis=1, keepdims=True)
        p = np.exp(scores)
        p /= p.sum(axis=1, keepdims=True)
        g = (p - y) / len(feats)
        gw = np.zeros_like(w)
        np.add.at(gw, idx, g[row])
        gw += l2 * w
        gb = g.sum(axis=0)
        for param, grad, m, v in ((w, gw, mw, vw), (b, gb, mb, vb)):
            m *= b1
            m += (1 - b1) * grad
            v *= b2
            v += (1 - b2) * grad * grad
            param -= RATE * (m / (1 - b1**t)) / (np.sqrt(v / (1 - b2**t)) + eps)
        if verbose and (t % 25 == 0 or t == epochs):
            loss = -np.log(p[np.arange(len(feats)), labels] + 1e-12).mean()
            acc = (p.argmax(axis=1) == np.asarray(labels)).mean()
            print(f"epoch {t}: loss {loss:.4f} accuracy {acc:.4f}", file=sys.stderr)
    return w, b


class _Capture:
    """Stands in for the model: keeps the rules' state of one text, to replay decisions on."""

    def decide(self, text, words, people_orgs, cands):
        self.state = (text, words, people_orgs, cands)
        return people_orgs


_KIND = {"person": "PER", "organisation": "ORG", "place": "LOC"}


def cross_validate(
    paths: list[Path], *, folds: int = 3, bits: int = BITS, epochs: int = EPOCHS
) -> tuple[float, Thresholds]:
    """The penalty and thresholds with the best exact-span F1 on held-out documents of the train
    files: documents dealt round-robin into ``folds`` folds; each fold is scored by a model fitted
    on the others; the score is the mean over files of micro F1 (PER, ORG, LOC), so a small file
    counts as much as a large one. Prints each setting's score. (The everyday-word vocabulary is
    the train files' whole, a feature the folds share.)"""
    corpora = [read_ner(path) for path in paths]
    docs = [(c, d) for c, ds in enumerate(corpora) for d in ds]
    vocab = vocabulary([d for _, d in docs])
    per_doc = doc_examples([d for _, d in docs], vocab)
    gaz, table = load_gazetteer(), load_entities()
    states = []
    for _, doc in docs:
        cap = _Capture()
        art = _recognise(doc.text, gaz, table, cap)
        states.append((art.places, cap.state))
    # the held-out spans' features, computed once (not once per setting)
    cache: dict[tuple[int, Candidate], list[str]] = {}

    def cached(text, words, cand, vocab=frozenset(), here=None):
        key = (id(words), cand)
        got = cache.get(key)
        if got is None:
            got = cache[key] = features(text, words, cand, vocab, here)
        return got

    span_model.features = cached  # the model module looks the function up at each call
    # counts[(l2, thresholds)][corpus] = [tp, fp, fn]
    counts: dict[tuple[float, Thresholds], list[list[int]]] = {}
    for f in range(folds):
        train = [k for k in range(len(docs)) if k % folds != f]
        held = [k for k in range(len(docs)) if k % folds == f]
        feats = [x for k in train for x in per_doc[k][0]]
        labels = [y for k in train for y in per_doc[k][1]]
        for l2 in L2_GRID:
            w, b = fit(feats, labels, bits=bits, epochs=epochs, l2=l2, verbose=False)
            for th in THRESHOLD_GRID:
                model = SpanModel(w.astype(np.float16), b, vocab, th)
                tally = counts.setdefault((l2, th), [[0, 0, 0] for _ in corpora])
                for k in held:
                    places, (text, words, people_orgs, cands) = states[k]
                    kept = model.decide(text, words, list(people_orgs), cands)
                    art = _Article(places, tuple(kept))
                    pred = {(s.start, s.end, _KIND[s.type]) for s in _spans(text, art)
                            if s.type in _KIND}  # fmt: skip
                    gold = set(docs[k][1].entities)
                    t = tally[docs[k][0]]
                    t[0] += len(pred & gold)
                    t[1] += len(pred - gold)
                    t[2] += len(gold - pred)
            print(f"fold {f + 1}/{folds}, L2 {l2:g}: fitted and scored", file=sys.stderr)
    span_model.features = features

    def score(tallies: list[list[int]]) -> float:
        return float(np.mean([2 * tp / max(2 * tp + fp + fn, 1) for tp, fp, fn in tallies]))

    ranked = sorted(counts, key=lambda key: -score(counts[key]))
    for l2, th in ranked[:10]:
        print(f"  L2 {l2:g} {th}: mean micro F1 {score(counts[(l2, th)]):.4f}")
    return ranked[0]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path, help="annotated JSON Lines (default: TRAIN)")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--epochs", type=int, default=EPOCHS)
    ap.add_argument("--bits", type=int, default=BITS)
    ap.add_argument(
        "--cv", type=int, default=0, metavar="K",
        help="choose the L2 penalty and thresholds by K-fold cross-validation on the files first",
    )  # fmt: skip
    args = ap.parse_args(argv)
    paths = args.files or TRAIN
    for path in paths:
        if not path.exists():
            print(f"{path}: not found", file=sys.stderr)
            return 1
    l2, th = L2, Thresholds()
    if args.cv > 1:
        l2, th = cross_validate(paths, folds=args.cv, bits=args.bits, epochs=args.epochs)
        print(f"chosen: L2 {l2:g}, {th}")
    feats, labels, vocab = examples(paths)
    if not feats:
        print("no candidate spans in the training files", file=sys.stderr)
        return 1
    counts = np.bincount(labels, minlength=len(CLASSES))
    print(
        f"{len(feats)} spans: "
        + ", ".join(f"{c} {n}" for c, n in zip(CLASSES, counts, strict=True))
    )
    w, b = fit(feats, labels, bits=args.bits, epochs=args.epochs, l2=l2)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        args.out,
        weights=w.astype(np.float16),
        bias=b.astype(np.float32),
        vocab=np.array(sorted(vocab)),
        thresholds=np.array(th, np.float64),
    )
    print(f"-> {args.out} ({args.out.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
