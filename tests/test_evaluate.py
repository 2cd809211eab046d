"""The evaluation harness: corpus readers, metrics on tiny synthetic corpora, and a regression
guard on the real LGL and GeoWebNews corpora when they are present."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from helpers.evaluate import (
    NerDoc,
    auc_of_errors,
    evaluate_corpus,
    evaluate_entities,
    format_entity_scores,
    format_scores,
    haversine_km,
    read_corpus,
    read_ner,
)

LGL_XML = """<?xml version="1.0" encoding="utf-8"?>
<articles><article docid="7"><title>t</title><text><![CDATA[Fire in Alexandria and Paris.]]></text>
<toponyms>
<toponym><start>8</start><end>18</end><phrase>Alexandria</phrase>
<gaztag geonameid="4314550"><name>Alexandria</name><fcode>PPL</fcode><lat>31.3113</lat>
<lon>-92.4451</lon></gaztag></toponym>
<toponym><start>23</start><end>28</end><phrase>Paris</phrase></toponym>
</toponyms></article></articles>"""

GWN_XML = """<?xml version="1.0" ?>
<articles><article file="0"><title>t</title><link>x</link>
<text>Americans in Hanoi met citizens.</text><toponyms>
<toponym><extractedName>Americans</extractedName><type>Demonym</type><start>0</start><end>9</end>
<geonamesID>6252001</geonamesID><latitude>39.76</latitude><longitude>-98.5</longitude></toponym>
<toponym><extractedName>Hanoi</extractedName><type>Literal</type><start>13</start><end>18</end>
<geonamesID>1581130</geonamesID><latitude>21.0245</latitude><longitude>105.84117</longitude>
</toponym>
<toponym><extractedName>citizens</extractedName><type>Non_Lit_Expression</type><start>23</start>
<end>31</end></toponym>
<toponym><extractedName>x</extractedName><type>Literal</type><start>-5</start><end>-1</end>
</toponym>
</toponyms></article></articles>"""


def frame(rows: list[tuple[int, int, float, float]]) -> pd.DataFrame:
    return pd.DataFrame(
        [(s, e, "", la, lo, "n") for s, e, la, lo in rows],
        columns=["start", "end", "surface", "lat", "lon", "name"],
    )


def test_read_lgl(tmp_path: Path) -> None:
    p = tmp_path / "lgl.xml"
    p.write_text(LGL_XML, encoding="utf-8")
    [art] = read_corpus(p)
    assert art.article_id == "7"
    assert [(g.start, g.end, g.surface) for g in art.toponyms] == [(8, 18, "Alexandria")]
    assert art.text[8:18] == "Alexandria"  # no gaztag → Paris is not gold


def test_read_gwn(tmp_path: Path) -> None:
    p = tmp_path / "gwn.xml"
    p.write_text(GWN_XML, encoding="utf-8")
    [art] = read_corpus(p)
    assert [g.surface for g in art.toponyms] == ["Americans", "Hanoi"]
    assert [g.geocode for g in art.toponyms] == [False, True]  # demonyms are not geocoded


def test_metrics_on_a_synthetic_corpus(tmp_path: Path) -> None:
    p = tmp_path / "gwn.xml"
    p.write_text(GWN_XML, encoding="utf-8")

    def parser(text: str) -> pd.DataFrame:
        # Hanoi exact but placed in Da Nang (~600 km off); "Americans" overlapping only; one FP
        return frame([(0, 8, 39.76, -98.5), (13, 18, 16.07, 108.22), (23, 31, 0.0, 0.0)])

    details: list[dict] = []
    s = evaluate_corpus(p, parser=parser, details=details)
    assert s["n_gold"] == 2 and s["n_pred"] == 3
    assert s["precision"] == pytest.approx(1 / 3) and s["recall"] == pytest.approx(1 / 2)
    assert s["overlap_recall"] == pytest.approx(1.0)
    assert s["acc_161"] == 0.0 and s["mean_km"] == pytest.approx(
        haversine_km(21.0245, 105.84117, 16.07, 108.22)
    )
    assert {d["type"] for d in details} == {"fp", "fn", "geo"}
    text = format_scores(s, "toy")
    assert "F1" in text and "acc@161km" in text and "articles/s" in text


def test_auc_and_distance() -> None:
    assert haversine_km(0, 0, 0, 0) == 0
    assert haversine_km(0, 0, 0, 180) == pytest.approx(20015, rel=0.01)
    assert auc_of_errors([0, 0, 0]) == 0
    assert 0 < auc_of_errors([0, 10, 1000]) < 1


# Regression guard: the scores this geoparser reached (rounded down), not a tuning target.
# Since one recogniser types every name (issue 10), a company or newspaper named after a place, a
# person named like a town and a learned organisation ("White House") are no places: precision
# rose (LGL .718 → .763, GWN .812 → .843), recall fell (.887 → .859, .780 → .753), F1 rose.
# Clubs named after towns read as organisations in sport articles (recognise/orgs.py, the CoNLL
# convention the issue asks for; LGL and GWN annotate "Louisville", "Watertown" teams as places):
# recall .857 → .852 and .752 → .743, precision .784 → .787 and .851 → .858.
# The heads and tails of longer names (feature names, hyphenated and possessive names, a small town
# named like a person before another name) are no places of their own: LGL precision .789 → .804,
# recall .852 → .848 (gold marks some such heads, e.g. a town in "<Town>-area"), F1 .819 → .826.
# The fifth round (gazetteer names news uses, stray alternate names, towns named by everyday
# words need place context): precision .804 → .823 and .872 → .886, recall .848 → .849 and
# .742 → .743, F1 .826 → .836 and .802 → .808.
# The sixth round's organisations (seats of government that speak, bodies named with a country,
# organisations' whole names): precision .823 → .825 and .886 → .890, recall .849 → .848 and
# .743 → .742, F1 .836 → .837 and .808 → .809.
# The eleventh round moved two conventions to news NER's: an institution named "of" its place and
# one opened by a country or a region of the world are one organisation ("Bank of England", "U.S.
# Senate"), where LGL and GWN mark the place inside; and "Air France" is a known company. Recall
# .854 → .846 and .746 → .740, precision .838 → .839 and .902 → .907 (issue 10's floors, F1 .79,
# hold at .843 and .815).
FLOORS = {
    "lgl.xml": {"f1": 0.83, "acc_161": 0.875, "precision": 0.82, "recall": 0.84, "auc_max": 0.2},
    "GWN.xml": {"f1": 0.80, "acc_161": 0.915, "precision": 0.88, "recall": 0.735, "auc_max": 0.17},
}


@pytest.mark.slow
@pytest.mark.corpora
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_scores_on_the_annotated_corpora(corpora_dir: Path, name: str) -> None:
    scores = evaluate_corpus(corpora_dir / name)
    for metric, floor in FLOORS[name].items():
        if metric.endswith("_max"):  # lower is better
            value = scores[metric.removesuffix("_max")]
            assert value <= floor, (metric, value, format_scores(scores, name))
        else:
            assert scores[metric] >= floor, (metric, scores[metric], format_scores(scores, name))


# --- entity recognition ----------------------------------------------------------------------


def test_entity_scores_per_type_exact_and_overlap() -> None:
    text = "Senator Elizabeth Warren met Acme Mining Corp staff in Boston."
    gold = NerDoc("d", text, ((8, 24, "PER"), (29, 45, "ORG"), (55, 61, "LOC")))

    def fake(_: str) -> list:
        from helpers.recognise import Span

        return [
            Span(18, 24, "Warren", "person", "Warren", "name", ""),  # overlap only
            Span(29, 45, "Acme Mining Corp", "organisation", "x", "organisation", ""),
            Span(55, 61, "Boston", "place", "Boston", "place", ""),
            Span(0, 7, "Senator", "demonym", "x", "place", ""),  # not scored
        ]

    s = evaluate_entities([gold], recogniser=fake)
    assert s["PER"]["f1"] == 0.0 and s["PER"]["overlap_f1"] == 1.0
    assert s["ORG"]["f1"] == 1.0 and s["LOC"]["precision"] == 1.0
    assert s["micro"]["n_gold"] == 3 and s["micro"]["n_pred"] == 3
    assert abs(s["micro"]["f1"] - 2 / 3) < 1e-9
    assert "micro" in format_entity_scores(s, "toy")


def test_read_ner_maps_gmb_conventions(tmp_path: Path) -> None:
    import json

    text = "President Bush met Iraqi leaders in Baghdad ."
    rec = {
        "id": "g", "corpus": "gmb", "text": text,
        "entities": [
            {"start": 0, "end": 14, "type": "PER"},
            {"start": 19, "end": 24, "type": "LOC", "gmb": "gpe"},
            {"start": 36, "end": 43, "type": "LOC", "gmb": "geo"},
            {"start": 0, "end": 9, "type": "tim"},
        ],
    }  # fmt: skip
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    (doc,) = read_ner(path)
    # titles leave person names, nationality adjectives are not places, other types are dropped
    assert doc.entities == ((10, 14, "PER"), (36, 43, "LOC"))
    # other corpora keep their spans as annotated
    rec["corpus"] = "mine"
    path.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    assert read_ner(path)[0].entities == ((0, 14, "PER"), (19, 24, "LOC"), (36, 43, "LOC"))


NER_DEV = Path(__file__).resolve().parents[1].parent / "shared" / "ner"


@pytest.mark.corpora
def test_entity_scores_on_the_dev_files() -> None:
    """Regression guard on the dev split the recogniser was never trained on (rounded down)."""
    path = NER_DEV / "gmb" / "gmb.dev.jsonl"
    if not path.exists():
        pytest.skip(f"{path} not found")
    s = evaluate_entities(path, limit=200)
    assert s["micro"]["f1"] >= 0.66, format_entity_scores(s)
    assert s["ORG"]["f1"] >= 0.57 and s["PER"]["f1"] >= 0.65 and s["LOC"]["f1"] >= 0.74
