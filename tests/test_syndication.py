"""Syndicated copies through the pipeline: every copy keeps its row, near-duplicates share a story."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from helpers.pipeline import analyze

PARAGRAPHS = [
    "Flood waters rose across the Ohio valley on Tuesday as the river broke its banks after "
    "three days of heavy rain, forcing hundreds of families from their homes in low-lying "
    "neighbourhoods.",
    "Emergency crews worked through the night to reinforce levees near the town centre, the "
    "county sheriff said in a statement issued before dawn. Schools in Millbrook and Carson "
    "were closed and the main bridge was shut to traffic.",
    '"We have never seen the water come up this fast," said Mayor Linda Ortiz, who toured '
    "the shelters set up in two church halls and the high school gymnasium on Tuesday "
    "afternoon.",
    "The National Weather Service said more rain was expected on Thursday and warned that the "
    "river could crest a foot higher than the record set in 1997. Officials urged residents "
    "near the water to prepare to leave.",
    "Power was out for about 12,000 customers, the utility said, and crews were waiting for "
    "the water to recede before they could reach the damaged substations along the river road.",
]
WIRE = "\n\n".join(PARAGRAPHS)
HEADLINE = "River floods Ohio valley"


def outlet_copies() -> list[dict[str, str]]:
    """One wire story in three outlets (the issue's three edits), plus a fourth outlet running
    the first's exact text."""
    trimmed = PARAGRAPHS[:2] + PARAGRAPHS[3:]  # a paragraph dropped …
    trimmed[0] = trimmed[0].replace("hundreds of families", "about 300 families")  # … words edited
    trimmed[2] = trimmed[2].replace("Officials urged", "Authorities told")
    return [
        {"outlet": "Herald", "title": HEADLINE, "text": WIRE},
        {
            "outlet": "Courier",
            "title": "Hundreds flee as river bursts its banks",
            "text": WIRE + "\n\nThe Courier will update this story as it develops.",
        },
        {"outlet": "Gazette", "title": HEADLINE, "text": "\n\n".join(trimmed)},
        {"outlet": "Post", "title": HEADLINE, "text": WIRE},  # identical to the Herald's
    ]


def write_jsonl(path: Path, records: list[dict[str, str]]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def write_txt(folder: Path, records: list[dict[str, str]]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i, record in enumerate(records):
        (folder / f"{i}-{record['outlet']}.txt").write_text(
            f"{record['title']}\n\n{record['text']}", encoding="utf-8"
        )
    return folder


def test_a_wire_story_in_several_outlets_is_one_story_and_analysed_once_per_text(
    tmp_path: Path,
) -> None:
    path = write_jsonl(tmp_path / "in" / "wire.jsonl", outlet_copies())
    result = analyze(path, out=tmp_path / "out", workers=1, progress=False)
    articles = result.articles
    # every copy keeps its row, with its own outlet and title
    assert articles["outlet"].tolist() == ["Herald", "Post", "Courier", "Gazette"]
    assert articles["title"].tolist()[2] == "Hundreds flee as river bursts its banks"
    assert articles["source"].nunique() == 4
    # the Herald's and the Post's identical texts share an article_id and were analysed once
    assert articles["article_id"].nunique() == 3
    herald, post = articles.iloc[0], articles.iloc[1]
    assert herald["article_id"] == post["article_id"] and post["text"] == herald["text"]
    assert result.stats["analysed"] == 3 and len(result.readability) == 3
    assert result.stats["articles"] == 4 and result.stats["texts"] == 3
    # the three edits stay one story, named after its earliest text
    assert articles["story_id"].tolist() == [herald["article_id"]] * 4
    assert result.stats["stories"] == 1


def test_two_stories_sharing_a_quoted_paragraph_stay_apart(tmp_path: Path) -> None:
    quote = PARAGRAPHS[2]
    other = (
        "The state legislature met in emergency session on Wednesday to approve relief money "
        "for the towns hit by this week's flooding, after a debate that ran past midnight.\n\n"
        f"{quote}\n\n"
        "Lawmakers from both parties backed the bill, which sets aside forty million dollars for "
        "repairs to roads, bridges and schools and for grants to families who lost their homes. "
        "The governor is expected to sign it on Friday in the capitol."
    )
    records = [
        {"outlet": "Herald", "title": HEADLINE, "text": WIRE},
        {"outlet": "Herald", "title": "Lawmakers approve flood relief", "text": other},
    ]
    result = analyze(
        write_jsonl(tmp_path / "in.jsonl", records), out=tmp_path / "out", workers=1, progress=False
    )
    assert result.articles["story_id"].nunique() == 2


def test_the_story_threshold_is_an_argument(tmp_path: Path) -> None:
    # an update that replaces the last paragraph: ~0.67 of their shingles in common
    last = (
        "By Wednesday evening the water had begun to fall in Millbrook, and the first "
        "families were allowed back to see what was left of their homes and their cars."
    )
    update = "\n\n".join([*PARAGRAPHS[:4], last])
    records = [
        {"outlet": "Herald", "title": HEADLINE, "text": WIRE},
        {"outlet": "Herald", "title": HEADLINE, "text": update},
    ]
    path = write_jsonl(tmp_path / "in.jsonl", records)
    default = analyze(path, out=tmp_path / "default", workers=1, progress=False)
    assert default.articles["story_id"].nunique() == 1
    strict = analyze(path, out=tmp_path / "strict", workers=1, progress=False, story_threshold=0.9)
    assert strict.articles["story_id"].nunique() == 2
    with pytest.raises(ValueError, match="story_threshold"):
        analyze(path, out=tmp_path / "bad", workers=1, progress=False, story_threshold=0)


def test_removing_a_copy_removes_its_row_not_the_story(tmp_path: Path) -> None:
    folder = write_txt(tmp_path / "in", outlet_copies())
    out = tmp_path / "out"
    first = analyze(folder, out=out, workers=1, progress=False)
    herald_id = first.articles["article_id"].iloc[0]
    (folder / "0-Herald.txt").unlink()  # the first copy goes; the Post still runs its text
    rerun = analyze(folder, out=out, workers=1, progress=False)
    articles = rerun.articles
    names = [Path(s).name for s in articles["source"]]
    assert names == ["1-Courier.txt", "2-Gazette.txt", "3-Post.txt"]
    assert set(articles["article_id"]) == set(first.articles["article_id"])
    assert herald_id in set(rerun.readability["article_id"])  # the results stay
    assert rerun.stats["analysed"] == 0 and rerun.stats["removed"] == 1
    assert articles["story_id"].nunique() == 1
    # the same rows, results and grouping as a fresh run over what is left
    fresh = analyze(folder, out=tmp_path / "fresh", workers=1, progress=False)
    pd.testing.assert_frame_equal(
        articles.drop(columns="story_id"), fresh.articles.drop(columns="story_id")
    )
    pd.testing.assert_frame_equal(rerun.readability, fresh.readability)
    assert fresh.articles["story_id"].nunique() == 1
    # and the removed copy coming back gives its row back
    write_txt(tmp_path / "again", outlet_copies()[:1])
    shutil.copy(tmp_path / "again" / "0-Herald.txt", folder / "0-Herald.txt")
    back = analyze(folder, out=out, workers=1, progress=False)
    assert len(back.articles) == 4 and back.stats["analysed"] == 0


def test_dateline_analyze_counts_every_copy(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a.txt", "b.txt"):
        (folder / name).write_text(f"{HEADLINE}\n\n{WIRE}", encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "helpers.cli", "analyze", str(folder), "--out", str(tmp_path / "o")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("2 articles"), run.stdout
    articles = pd.read_parquet(tmp_path / "o" / "articles.parquet")
    assert len(articles) == 2 and articles["article_id"].nunique() == 1
    assert articles["story_id"].nunique() == 1


def test_mentions_count_per_story_text_or_copy(tmp_path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    from helpers.mentions import mention_counts
    from helpers.plots import top_mentions

    path = write_jsonl(tmp_path / "in" / "wire.jsonl", outlet_copies())
    result = analyze(path, out=tmp_path / "out", workers=1, progress=False)
    mentions, articles = result.mentions, result.articles
    # the mayor is quoted by the Herald, the Post (its identical copy) and the Courier; the
    # Gazette dropped that paragraph
    mayor = ("Linda Ortiz", "person")
    totals = {
        unit: mention_counts(mentions, articles=articles, unit=unit).loc[mayor, "total"]
        for unit in ("story", "text", "copy")
    }
    assert totals == {"story": 1, "text": 2, "copy": 3}
    assert mention_counts(mentions, articles=articles).loc[mayor, "total"] == 1  # default: story
    figure = top_mentions(mentions, kind="person", articles=articles, unit="copy")
    labels = [t.get_text() for t in figure.axes[0].texts]
    assert any(label.startswith(" 3 ") for label in labels), labels
    assert any("Counted per copy" in t.get_text() for t in figure.texts)


def test_loading_keeps_copies_and_measuring_them_does_not_repeat(tmp_path: Path) -> None:
    from helpers import load_articles, readability_table

    folder = write_txt(tmp_path / "in", outlet_copies())
    articles = load_articles(folder)
    assert len(articles) == 4 and articles["article_id"].nunique() == 3
    assert len(articles.attrs["duplicates"]) == 1  # the Post's copy of the Herald's text
    table = readability_table(articles)
    assert table["article_id"].tolist() == articles["article_id"].drop_duplicates().tolist()
