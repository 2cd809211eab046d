"""Measure the geoparser against hand-annotated news corpora (LGL and GeoWebNews).

The corpora are not part of the project: :func:`evaluate_corpus` takes their path. Both formats are
auto-detected by :func:`read_corpus`; the metrics follow the field's conventions (Gritta et al. 2018,
2019):

* recognition — precision, recall and F1 with one-to-one matching of exact character spans, and the
  same with a lenient one-to-one *overlap* match;
* geocoding — over correctly recognised (exact span) gold toponyms that have gold coordinates and
  whose prediction has coordinates: accuracy@161 km, mean and median great-circle error, and AUC (area
  under the sorted curve of ``ln(1 + km)``, trapezoid rule, divided by ``ln(20039) × (n − 1)``;
  0 is perfect). ``n_no_coords`` counts recognised toponyms whose prediction had no coordinates.

    >>> scores = evaluate_corpus("../shared/corpora/lgl.xml", limit=50)      # doctest: +SKIP
    >>> print(format_scores(scores, "LGL"))                                   # doctest: +SKIP
"""

from __future__ import annotations

import math
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

EARTH_RADIUS_KM = 6371.0088
MAX_ERROR_KM = 20039.0  # half the equator: the largest possible great-circle error
ACC_KM = 161.0  # 100 miles, the field's accuracy threshold

# GeoWebNews types that are not toponyms at all (recognition gold drops them)
GWN_NOT_TOPONYM = frozenset({"Non_Toponym", "Literal_Expression", "Non_Lit_Expression"})
# ... and types that are toponyms but have no single place to geocode
GWN_NOT_GEOCODED = frozenset({"Demonym", "Homonym", "Language"})


@dataclass(frozen=True, slots=True)
class GoldToponym:
    """One annotated place mention: span into the article text, and where it is (if known)."""

    start: int
    end: int
    surface: str
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    kind: str = ""  # the corpus' own type (GeoWebNews) or GeoNames feature code (LGL)
    geocode: bool = True  # counts for the geocoding metrics


@dataclass(slots=True)
class GoldArticle:
    """One annotated article: its text and the gold toponyms (recognition gold only)."""

    article_id: str
    title: str
    text: str
    toponyms: list[GoldToponym] = field(default_factory=list)


def _float(node: ET.Element | None) -> float | None:
    if node is None or node.text is None or not node.text.strip():
        return None
    try:
        return float(node.text)
    except ValueError:
        return None


def _int(value: str | None) -> int | None:
    if value is None or not value.strip():
        return None
    try:
        return int(value)
    except ValueError:
        return None


def _read_lgl(root: ET.Element) -> list[GoldArticle]:
    articles = []
    for art in root.iter("article"):
        text = art.findtext("text") or ""
        gold = []
        for top in art.iter("toponym"):
            gaz = top.find("gaztag")
            if gaz is None:  # un-grounded toponyms are dropped, for recognition too (as the paper)
                continue
            gold.append(
                GoldToponym(
                    start=int(top.findtext("start") or -1),
                    end=int(top.findtext("end") or -1),
                    surface=top.findtext("phrase") or "",
                    lat=_float(gaz.find("lat")),
                    lon=_float(gaz.find("lon")),
                    geonameid=_int(gaz.get("geonameid")),
                    kind=gaz.findtext("fcode") or "",
                )
            )
        articles.append(
            GoldArticle(
                article_id=art.get("docid") or str(len(articles)),
                title=art.findtext("title") or "",
                text=text,
                toponyms=[g for g in gold if 0 <= g.start < g.end <= len(text)],
            )
        )
    return articles


def _read_gwn(root: ET.Element) -> list[GoldArticle]:
    articles = []
    for art in root.iter("article"):
        text = art.findtext("text") or ""
        gold = []
        for top in art.iter("toponym"):
            kind = top.findtext("type") or ""
            if kind in GWN_NOT_TOPONYM:
                continue
            start, end = int(top.findtext("start") or -1), int(top.findtext("end") or -1)
            if start < 0 or end <= start:  # two annotations in article 123 point into the title
                continue
            gid = _int(top.findtext("geonamesID"))
            lat, lon = _float(top.find("latitude")), _float(top.find("longitude"))
            gold.append(
                GoldToponym(
                    start=start,
                    end=end,
                    surface=top.findtext("extractedName") or text[start:end],
                    lat=lat,
                    lon=lon,
                    geonameid=gid,
                    kind=kind,
                    geocode=(
                        kind not in GWN_NOT_GEOCODED
                        and gid is not None
                        and lat is not None
                        and lon is not None
                    ),
                )
            )
        articles.append(
            GoldArticle(
                article_id=art.get("file") or str(len(articles)),
                title=art.findtext("title") or "",
                text=text,
                toponyms=sorted(gold, key=lambda g: (g.start, g.end)),
            )
        )
    return articles


def read_corpus(path: str | Path) -> list[GoldArticle]:
    """Read an LGL or GeoWebNews XML file; the format is detected from its elements.

    LGL toponyms without a ``<gaztag>`` are dropped; GeoWebNews keeps every type except
    ``Non_Toponym``, ``Literal_Expression`` and ``Non_Lit_Expression`` for recognition, and marks
    demonyms, homonyms, languages and toponyms without a GeoNames id as not geocoded.

        >>> arts = read_corpus("../shared/corpora/GWN.xml")                  # doctest: +SKIP
        >>> len(arts), sum(len(a.toponyms) for a in arts)                     # doctest: +SKIP
        (200, 2718)
    """
    root = ET.parse(str(path)).getroot()
    first = root.find("article")
    if first is None:
        return []
    is_lgl = first.get("docid") is not None or first.find(".//gaztag") is not None
    if not is_lgl and first.find(".//extractedName") is None and root.find(".//gaztag") is not None:
        is_lgl = True
    return _read_lgl(root) if is_lgl else _read_gwn(root)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres.

    >>> round(haversine_km(38.895, -77.036, 16.07, 108.22))
    13879
    """
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def auc_of_errors(errors_km: Iterable[float]) -> float:
    """Area under the sorted ``ln(1 + km)`` curve, normalised to [0, 1] (0 = every error is 0 km).

    >>> auc_of_errors([0.0, 0.0])
    0.0
    >>> round(auc_of_errors([20039.0, 20039.0]), 3)
    1.0
    """
    errs = np.sort(np.asarray(list(errors_km), dtype=float))
    if len(errs) < 2:
        return float("nan") if len(errs) == 0 else float(np.log1p(errs[0]) / math.log(MAX_ERROR_KM))
    y = np.log1p(errs)
    area = float(np.sum((y[1:] + y[:-1]) / 2.0))  # trapezoid rule, unit spacing
    return area / (math.log(MAX_ERROR_KM) * (len(errs) - 1))


def _overlap_matches(gold: list[tuple[int, int]], pred: list[tuple[int, int]]) -> int:
    """One-to-one greedy matching of overlapping spans (both lists sorted by start)."""
    used = [False] * len(pred)
    n = 0
    for gs, ge in gold:
        for j, (ps, pe) in enumerate(pred):
            if not used[j] and ps < ge and gs < pe:
                used[j] = True
                n += 1
                break
    return n


def score_article(
    gold: GoldArticle, pred: pd.DataFrame
) -> tuple[int, int, int, int, list[float], int, list[dict[str, Any]]]:
    """Compare one article's predictions with its gold toponyms.

    Returns ``(n_gold, n_pred, n_exact, n_overlap, errors_km, n_no_coords, details)`` where
    ``details`` lists false positives, false negatives and geocoding errors for error analysis.
    """
    pred_spans: dict[tuple[int, int], tuple[float, float, str]] = {}
    for s, e, lat, lon, name in zip(
        pred["start"], pred["end"], pred["lat"], pred["lon"], pred["name"], strict=True
    ):
        pred_spans.setdefault((int(s), int(e)), (lat, lon, str(name)))
    gold_spans = {(g.start, g.end): g for g in gold.toponyms}
    exact = set(pred_spans) & set(gold_spans)
    overlap = _overlap_matches(sorted(gold_spans), sorted(pred_spans))
    errors: list[float] = []
    no_coords = 0
    details: list[dict[str, Any]] = []
    for span in sorted(exact):
        g = gold_spans[span]
        if not g.geocode or g.lat is None or g.lon is None:
            continue
        lat, lon, name = pred_spans[span]
        if lat is None or lon is None or pd.isna(lat) or pd.isna(lon):
            no_coords += 1
            continue
        err = haversine_km(g.lat, g.lon, float(lat), float(lon))
        errors.append(err)
        if err >= ACC_KM:
            details.append({"type": "geo", "surface": g.surface, "pred": name, "km": round(err)})
    for span in sorted(set(pred_spans) - exact):
        details.append({"type": "fp", "surface": gold.text[span[0] : span[1]], "pred": ""})
    for span in sorted(set(gold_spans) - exact):
        details.append({"type": "fn", "surface": gold_spans[span].surface, "pred": ""})
    for d in details:
        d["article_id"] = gold.article_id
    return (len(gold_spans), len(pred_spans), len(exact), overlap, errors, no_coords, details)


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def evaluate_corpus(
    path: str | Path,
    *,
    limit: int | None = None,
    parser: Callable[[str], pd.DataFrame] | None = None,
    details: list[dict[str, Any]] | None = None,
) -> dict[str, float | int]:
    """Run the geoparser over an annotated corpus and return its scores.

    ``parser`` defaults to :func:`helpers.geoparse.find_places` with the offline gazetteer (loaded,
    and the parser run once on a snippet, before the clock starts, so ``articles_per_s`` is the
    steady-state throughput on one core).
    Pass a list as ``details`` to receive one dict per false positive, false negative and geocoding
    error (≥ 161 km) for error analysis.

    Keys: ``precision, recall, f1, overlap_precision, overlap_recall, overlap_f1, acc_161,
    mean_km, median_km, auc, n_articles, n_gold, n_pred, n_geocoded, n_no_coords, articles_per_s``.

        >>> s = evaluate_corpus("../shared/corpora/lgl.xml")                 # doctest: +SKIP
        >>> s["f1"] > 0.7                                                     # doctest: +SKIP
        True
    """
    articles = read_corpus(path)
    if limit is not None:
        articles = articles[:limit]
    if parser is None:
        from helpers.gazetteer import load_gazetteer
        from helpers.geoparse import find_places

        gaz = load_gazetteer()

        def parser(text: str) -> pd.DataFrame:
            return find_places(text, gazetteer=gaz)

    if articles:  # warm: the recogniser's word lists load on first use, not per article
        parser(articles[0].text[:200])
    t0 = time.perf_counter()
    predictions = [parser(a.text) for a in articles]
    elapsed = time.perf_counter() - t0

    n_gold = n_pred = n_exact = n_overlap = n_no_coords = 0
    errors: list[float] = []
    for art, pred in zip(articles, predictions, strict=True):
        g, p, ex, ov, errs, nc, det = score_article(art, pred)
        n_gold += g
        n_pred += p
        n_exact += ex
        n_overlap += ov
        n_no_coords += nc
        errors.extend(errs)
        if details is not None:
            details.extend(det)
    precision, recall, f1 = _prf(n_exact, n_pred, n_gold)
    o_p, o_r, o_f = _prf(n_overlap, n_pred, n_gold)
    err = np.asarray(errors, dtype=float)
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "overlap_precision": o_p,
        "overlap_recall": o_r,
        "overlap_f1": o_f,
        "acc_161": float(np.mean(err < ACC_KM)) if len(err) else float("nan"),
        "mean_km": float(np.mean(err)) if len(err) else float("nan"),
        "median_km": float(np.median(err)) if len(err) else float("nan"),
        "auc": auc_of_errors(err),
        "n_articles": len(articles),
        "n_gold": n_gold,
        "n_pred": n_pred,
        "n_geocoded": len(err),
        "n_no_coords": n_no_coords,
        "articles_per_s": len(articles) / elapsed if elapsed > 0 else float("inf"),
    }


def format_scores(scores: dict[str, Any], name: str = "") -> str:
    """A short plain-text report of :func:`evaluate_corpus` scores.

    >>> print(format_scores({"precision": 0.8, "recall": 0.7, "f1": 0.75}, "toy"))
    toy
      recognition (exact)    P 0.800  R 0.700  F1 0.750
    """
    lines = [name] if name else []

    def get(key: str) -> float:
        return float(scores.get(key, float("nan")))

    lines.append(
        f"  recognition (exact)    P {get('precision'):.3f}  R {get('recall'):.3f}  "
        f"F1 {get('f1'):.3f}"
    )
    if "overlap_f1" in scores:
        lines.append(
            f"  recognition (overlap)  P {get('overlap_precision'):.3f}  "
            f"R {get('overlap_recall'):.3f}  F1 {get('overlap_f1'):.3f}"
        )
    if "acc_161" in scores:
        lines.append(
            f"  geocoding              acc@161km {get('acc_161'):.3f}  "
            f"mean {get('mean_km'):.0f} km  median {get('median_km'):.0f} km  "
            f"AUC {get('auc'):.3f}"
        )
    if "n_articles" in scores:
        lines.append(
            f"  counts                 {scores['n_articles']} articles, {scores.get('n_gold', 0)} "
            f"gold, {scores.get('n_pred', 0)} predicted, {scores.get('n_geocoded', 0)} geocoded, "
            f"{scores.get('n_no_coords', 0)} recognised without coordinates"
        )
    if "articles_per_s" in scores:
        lines.append(f"  speed                  {get('articles_per_s'):,.0f} articles/s (one core)")
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# Entity recognition (people, organisations, places) on annotated JSON Lines
# ---------------------------------------------------------------------------------------------

ENTITY_TYPES = ("PER", "ORG", "LOC")
# how annotations spell the three scored types; every other type (MISC, dates, events) is ignored
_GOLD_TYPES = {
    "per": "PER", "person": "PER", "people": "PER",
    "org": "ORG", "organisation": "ORG", "organization": "ORG",
    "loc": "LOC", "location": "LOC", "place": "LOC", "gpe": "LOC", "geo": "LOC",
}  # fmt: skip
# the recogniser's types that are scored (demonyms and other names are not: CoNLL conventions)
_PRED_TYPES = {"person": "PER", "organisation": "ORG", "place": "LOC"}
# nationality adjectives GMB tags as "gpe" places ("Iraqi", "Somali", "Pakistani")
_NATIONALITY_ENDINGS = ("an", "ese", "i", "ish", "ic", "ch", "ean")


@dataclass(frozen=True)
class NerDoc:
    """One annotated document: its text and gold entities as ``(start, end, type)``."""

    id: str
    text: str
    entities: tuple[tuple[int, int, str], ...]


def read_ner(path: str | Path, *, limit: int | None = None) -> list[NerDoc]:
    """Annotated documents from JSON Lines in the ``../shared/ner`` format.

    One object a line: ``{"id", "text", "entities": [{"start", "end", "type"}, ...]}`` (``corpus``
    optional); types PER/ORG/LOC (or person/organisation/place, any case) are kept, others dropped.
    GMB records (``"corpus": "gmb"``) are mapped to standard news conventions: nationality
    adjectives tagged ``gpe`` ("Iraqi") are not places, and leading titles are not part of a person
    ("President Bush" → "Bush").

        >>> docs = read_ner("../shared/ner/gmb/gmb.dev.jsonl", limit=2)       # doctest: +SKIP
    """
    import json

    from helpers.recognise.names import _cues

    titles = _cues().title_words | {w for t in _cues().titles for w in t}
    docs: list[NerDoc] = []
    with Path(path).open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
                text = str(rec["text"])
                raw = rec.get("entities") or []
            except (ValueError, KeyError, TypeError) as exc:
                raise ValueError(f"{path}:{n}: not an annotated record ({exc})") from exc
            gmb = rec.get("corpus") == "gmb"
            ents: list[tuple[int, int, str]] = []
            for e in raw:
                kind = _GOLD_TYPES.get(str(e.get("type", "")).lower())
                if kind is None:
                    continue
                s, t = int(e["start"]), int(e["end"])
                if gmb and kind == "LOC" and e.get("gmb") == "gpe":
                    word = text[s:t]
                    if " " not in word and (
                        word.endswith(_NATIONALITY_ENDINGS) or _is_demonym(word)
                    ):
                        continue
                if gmb and kind == "PER":
                    words = text[s:t].split(" ")
                    while len(words) > 1 and words[0] in titles:
                        s += len(words[0]) + 1
                        words = words[1:]
                ents.append((s, t, kind))
            docs.append(NerDoc(str(rec.get("id", n)), text, tuple(ents)))
            if limit is not None and len(docs) >= limit:
                break
    return docs


def _is_demonym(word: str) -> bool:
    """Whether the gazetteer's first reading of ``word`` is a demonym ("Iraqi")."""
    from helpers.gazetteer import load_gazetteer

    senses = load_gazetteer().lookup(word)
    return bool(senses) and senses[0].kind == "demonym"


def _match(gold: list[tuple[int, int]], pred: list[tuple[int, int]]) -> tuple[int, int]:
    """(exact, overlap) one-to-one matches between two span lists of one type."""
    exact = len(set(gold) & set(pred))
    return exact, _overlap_matches(gold, pred)


def evaluate_entities(
    source: str | Path | Iterable[NerDoc],
    *,
    recogniser: Callable[[str], Iterable[Any]] | None = None,
    limit: int | None = None,
    details: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """Score entity recognition on annotated documents: P/R/F1 per type and micro, exact and overlap.

    ``source`` is a JSON Lines path (:func:`read_ner`) or :class:`NerDoc` records. ``recogniser``
    maps a text to spans with ``start``, ``end`` and ``type`` (person, organisation, place; other
    types are not scored); it defaults to :func:`helpers.recognise.recognise` with the offline
    gazetteer and the shipped entity table, warmed before the clock starts. ``docs_per_cpu_s`` is
    documents per CPU-second of the recogniser. ``details`` receives one dict per error
    (``type``: fp/fn, ``entity``, ``surface``).

    Returns ``{"PER": {...}, "ORG": {...}, "LOC": {...}, "micro": {...}, "n_docs", "docs_per_cpu_s"}``,
    each inner dict with ``precision, recall, f1, overlap_precision, overlap_recall, overlap_f1,
    n_gold, n_pred``.

        >>> s = evaluate_entities("../shared/ner/wikigold/wikigold.dev.jsonl")   # doctest: +SKIP
        >>> round(s["micro"]["f1"], 2)                                           # doctest: +SKIP
    """
    docs = read_ner(source, limit=limit) if isinstance(source, str | Path) else list(source)
    if limit is not None:
        docs = docs[:limit]
    if recogniser is None:
        from helpers.gazetteer import load_gazetteer
        from helpers.recognise import recognise
        from helpers.recognise.entities import load_entities

        gaz, table = load_gazetteer(), load_entities()

        def recogniser(text: str) -> list[Any]:
            return recognise(text, gazetteer=gaz, entities=table)

    if docs:
        recogniser(docs[0].text[:200])  # warm: word lists load on first use
    t0 = time.process_time()
    predicted = [list(recogniser(d.text)) for d in docs]
    cpu = time.process_time() - t0
    counts = {t: [0, 0, 0, 0] for t in ENTITY_TYPES}  # gold, pred, exact, overlap
    for doc, spans in zip(docs, predicted, strict=True):
        for kind in ENTITY_TYPES:
            gold = [(s, e) for s, e, t in doc.entities if t == kind]
            pred = [(p.start, p.end) for p in spans if _PRED_TYPES.get(p.type) == kind]
            ex, ov = _match(gold, pred)
            c = counts[kind]
            c[0] += len(gold)
            c[1] += len(pred)
            c[2] += ex
            c[3] += ov
            if details is not None:
                for s, e in set(pred) - set(gold):
                    details.append({"type": "fp", "entity": kind, "surface": doc.text[s:e]})
                for s, e in set(gold) - set(pred):
                    details.append({"type": "fn", "entity": kind, "surface": doc.text[s:e]})
    out: dict[str, Any] = {}
    total = [0, 0, 0, 0]
    for kind, c in counts.items():
        out[kind] = _entity_scores(*c)
        total = [a + b for a, b in zip(total, c, strict=True)]
    out["micro"] = _entity_scores(*total)
    out["n_docs"] = len(docs)
    out["docs_per_cpu_s"] = len(docs) / cpu if cpu > 0 else float("inf")
    return out


def _entity_scores(n_gold: int, n_pred: int, exact: int, overlap: int) -> dict[str, float | int]:
    p, r, f = _prf(exact, n_pred, n_gold)
    op, orr, of = _prf(overlap, n_pred, n_gold)
    return {
        "precision": p, "recall": r, "f1": f,
        "overlap_precision": op, "overlap_recall": orr, "overlap_f1": of,
        "n_gold": n_gold, "n_pred": n_pred,
    }  # fmt: skip


def format_entity_scores(scores: dict[str, Any], name: str = "") -> str:
    """A plain-text table of :func:`evaluate_entities` scores.

    >>> row = {"precision": 0.5, "recall": 0.5, "f1": 0.5, "overlap_precision": 1.0,
    ...        "overlap_recall": 1.0, "overlap_f1": 1.0, "n_gold": 2, "n_pred": 2}
    >>> print(format_entity_scores({"micro": row}, "toy"))
    toy
      type    exact P    R     F1   overlap P    R     F1    gold  pred
      micro      0.500 0.500 0.500      1.000 1.000 1.000      2     2
    """
    lines = [name] if name else []
    lines.append("  type    exact P    R     F1   overlap P    R     F1    gold  pred")
    for kind in (*ENTITY_TYPES, "micro"):
        s = scores.get(kind)
        if s is None:
            continue
        lines.append(
            f"  {kind:<6}     {s['precision']:.3f} {s['recall']:.3f} {s['f1']:.3f}      "
            f"{s['overlap_precision']:.3f} {s['overlap_recall']:.3f} {s['overlap_f1']:.3f}  "
            f"{s['n_gold']:>5} {s['n_pred']:>5}"
        )
    if "docs_per_cpu_s" in scores:
        lines.append(
            f"  {scores['n_docs']} documents, {scores['docs_per_cpu_s']:,.0f} docs per CPU-second"
        )
    return "\n".join(lines)
