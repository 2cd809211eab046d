"""The evaluation harness: corpus readers, metrics on tiny synthetic corpora, and a regression
guard on the real LGL and GeoWebNews corpora when they are present."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from helpers.evaluate import (
    auc_of_errors,
    evaluate_corpus,
    format_scores,
    haversine_km,
    read_corpus,
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
FLOORS = {
    "lgl.xml": {"f1": 0.785, "acc_161": 0.87, "precision": 0.71, "recall": 0.88, "auc_max": 0.205},
    "GWN.xml": {"f1": 0.79, "acc_161": 0.91, "precision": 0.805, "recall": 0.775, "auc_max": 0.175},
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
