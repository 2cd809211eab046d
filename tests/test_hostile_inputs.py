"""Hostile inputs (issue 12, points 1-6; issue 11's HTML and author points): every bad input is
reported, nothing hangs, nothing is silently garbled, and good articles beside bad ones arrive."""

from __future__ import annotations

import csv
import json
import os
import socket
import threading
import time
import warnings
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import load_articles
from helpers.decode import wide_encoding
from helpers.errors import DatelineError
from helpers.load import LoadError, LoadFailure, iter_articles

BODY = "Leaders met in Hanoi on Tuesday.\n\nThe talks ended without a deal."
SAO = "Floods in São Paulo\n\nHeavy rain hit São Paulo and Brasília on Monday, officials said."


def load_quietly(source, **kwargs) -> pd.DataFrame:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_articles(source, **kwargs)


def errors_of(df: pd.DataFrame) -> dict[str, tuple[str, str]]:
    return {
        os.path.basename(s): (stage, error)
        for s, stage, error in df.attrs["errors"].itertuples(index=False)
    }


# ------------------------------------------------------------------ 1. stray bytes and mojibake


def test_utf8_with_a_stray_byte_stays_utf8_and_is_flagged_with_its_offset(tmp_path):
    data = SAO.encode("utf-8")
    cut = data.index(b"Heavy")
    (tmp_path / "stray.txt").write_bytes(data[:cut] + b"\x9d" + data[cut:])
    df = load_quietly(tmp_path / "stray.txt")
    row = df.iloc[0]
    assert row.encoding == "utf-8"
    assert "São Paulo" in row.text and "Brasília" in row.text and "Ã" not in row.text
    assert "\ufffd" in row.text
    stage, error = errors_of(df)["stray.txt"]
    assert stage == "decode" and f"byte offset(s) {cut}" in error


def test_stray_byte_in_a_json_line_costs_nothing_but_is_flagged(tmp_path):
    line = json.dumps({"text": SAO}, ensure_ascii=False).encode("utf-8")
    path = tmp_path / "a.jsonl"
    path.write_bytes(
        line.replace(b"Heavy", b"Heavy\xff") + b"\n" + line.replace(b"Monday", b"Sunday") + b"\n"
    )
    df = load_quietly(path)
    assert df.source.tolist() == [f"{path}:line 1", f"{path}:line 2"]
    assert df.text.str.contains("São Paulo").all()
    assert errors_of(df)["a.jsonl:line 1"][0] == "decode"


def test_mojibake_in_the_input_is_repaired_and_recorded(tmp_path):
    (tmp_path / "moji.txt").write_text(SAO.encode("utf-8").decode("cp1252"), encoding="utf-8")
    (tmp_path / "moji.jsonl").write_text(
        json.dumps({"title": "Rain in SÃ£o Paulo", "text": "Rain fell on SÃ£o Paulo today."})
        + "\n",
        encoding="utf-8",
    )
    df = load_quietly(tmp_path)
    assert set(df.title) == {"Floods in São Paulo", "Rain in São Paulo"}
    assert not df.text.str.contains("Ã").any()
    errors = errors_of(df)
    assert errors["moji.txt"][0] == "decode" and "mojibake" in errors["moji.txt"][1]
    assert "SÃ£o" in errors["moji.jsonl:line 1"][1]


def test_mojibake_of_several_kinds_on_one_page_is_all_repaired(tmp_path):
    # round 22, folder 58: ftfy on the whole page undid some mix-ups and left others ("İlkay
    # GündoÄŸan", "ÄŒeferin"); these lines are that page's, as scraped ("MartÃnez" lost the
    # soft hyphen of its "í", which kept ftfy from repairing the whole at once)
    page = (
        "Final\n\n"
        "Captain Ä°lkay GÃ¼ndoÄŸan lifted the trophy after it was presented by UEFA president "
        "Aleksander ÄŒeferin.\n\n"
        "Inzaghi said his side could leave Turkey with their heads held high. â€œWe go home with "
        "regrets, because we created the chances,â€ he said. â€œBut I am proud of the team.â€ "
        "Turkish midfielder Hakan Ã‡alhanoÄŸlu was consoled.\n\n"
        "| Man City | Ederson; Akanji, Dias, AkÃ© (Walker 82); Stones, Rodri; GÃ¼ndoÄŸan |\n"
        "| Inter | Onana; Barella, BrozoviÄ‡, Ã‡alhanoÄŸlu, Dimarco; Lautaro MartÃnez |\n"
    )
    (tmp_path / "final.txt").write_text(page, encoding="utf-8")
    df = load_quietly(tmp_path)
    for name in ("İlkay Gündoğan", "Čeferin", "Brozović", "Çalhanoğlu"):
        assert name in df.text[0], name


def test_clean_accented_text_is_left_alone(tmp_path):
    (tmp_path / "ok.txt").write_text("Café in Zürich\n\nA naïve résumé.", encoding="utf-8")
    df = load_articles(tmp_path / "ok.txt")
    assert df.attrs["errors"].empty and df.title[0] == "Café in Zürich"


# ------------------------------------------------------------------ 2. UTF-16 without a BOM


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le"])
def test_utf16_without_byte_order_mark_is_read(tmp_path, codec):
    (tmp_path / "wide.txt").write_bytes(SAO.encode(codec))
    line = json.dumps({"text": SAO}, ensure_ascii=False) + "\n"
    (tmp_path / "wide.jsonl").write_bytes(
        (line.replace("Monday", "Sunday") + line.replace("Monday", "Friday")).encode(codec)
    )
    (tmp_path / "wide.csv").write_bytes(f'title,text\nT,"{BODY}"\n'.encode(codec))
    df = load_articles(tmp_path)
    assert df.attrs["errors"].empty
    assert sorted(df.encoding.unique()) == [codec]
    assert len(df) == 4
    assert (df.title == "Floods in São Paulo").sum() == 3


# ------------------------------------------------------------------ 3. malformed CSV rows


def test_malformed_csv_rows_are_errors_with_their_line_and_row_numbers_stay_true(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text(
        "title,text\n"
        'One,"Rain in Oslo."\n'
        'Two,"Sun in Rome.",extra\n'  # line 3, row 2: one field too many
        'Three,"Snow in Riga,\nall day."\n'  # a quoted field over two lines
        'Four,"Fog in Lima."\n',
        encoding="utf-8",
    )
    df = load_quietly(path)
    assert dict(zip(df.title, df.source, strict=True)) == {
        "One": f"{path}:row 1",
        "Three": f"{path}:row 3",
        "Four": f"{path}:row 4",
    }
    stage, error = errors_of(df)["a.csv:row 2"]
    assert stage == "parse" and "line 3" in error


# ------------------------------------------------------------------ 4. deep nesting


def test_deeply_nested_json_costs_only_that_file(tmp_path, seed_path):
    (tmp_path / "deep.json").write_text("[" * 1500 + "]" * 1500, encoding="utf-8")
    df = load_quietly([seed_path, tmp_path / "deep.json"])
    assert str(seed_path) in set(df.source)
    assert errors_of(df)["deep.json"][0] == "parse"


def test_deeply_nested_json_line_costs_only_that_line(tmp_path):
    good = json.dumps({"text": "Rain in Oslo."})
    deep = '{"text": ' + "[" * 5000 + "]" * 5000 + "}"
    fields = '{"text": "Sun in Rome.", "extra": ' + "[" * 900 + "]" * 900 + "}"
    path = tmp_path / "a.jsonl"
    path.write_text("\n".join([good, deep, fields, good.replace("Oslo", "Bergen")]) + "\n")
    df = load_quietly(path)
    arrived = {s.rsplit(":", 1)[1] for s in df.source}
    failed = {k.rsplit(":", 1)[1] for k in errors_of(df) if k.startswith("a.jsonl:")}
    assert {"line 1", "line 4"} <= arrived
    assert "line 2" in failed
    assert "line 3" in arrived | failed


# ------------------------------------------------------------------ 5. special files


def _unblock_fifo_later(path: Path, after: float = 5.0) -> None:
    """Old code opened a FIFO and blocked: after ``after`` s open its write end once (non-blocking,
    so it fails harmlessly when nobody reads), letting such a reader see EOF — the test then fails
    instead of hanging."""

    def poke() -> None:
        deadline = time.monotonic() + after + 5
        time.sleep(after)
        while time.monotonic() < deadline:
            try:
                os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))
                return
            except OSError:
                time.sleep(0.1)

    threading.Thread(target=poke, daemon=True).start()


def test_fifos_sockets_devices_and_broken_links_are_listed_never_opened(tmp_path, seed_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("Good\n\n" + BODY, encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")
    _unblock_fifo_later(folder / "pipe.txt")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(folder / "sock.txt"))
    (folder / "broken.txt").symlink_to(folder / "nowhere.txt")
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    (folder / "null.txt").symlink_to("/dev/null")
    try:
        for source in (folder, str(folder / "*.txt"), [folder / "pipe.txt", folder / "good.txt"]):
            df = load_quietly(source)
            assert df.title.tolist() == ["Good"]
            errors = errors_of(df)
            assert "FIFO" in errors["pipe.txt"][1]
            if isinstance(source, list):
                continue
            assert "socket" in errors["sock.txt"][1]
            assert "broken symlink" in errors["broken.txt"][1]
            assert "symlink loop" in errors["loop.txt"][1]
            assert "device" in errors["null.txt"][1]
            assert {stage for stage, _ in errors.values()} == {"read"}
    finally:
        sock.close()


def test_recursive_glob_does_not_walk_a_symlink_loop(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "story.txt").write_text("Story\n\n" + BODY, encoding="utf-8")
    (tmp_path / "a" / "again").symlink_to(tmp_path / "a")
    for source in (str(tmp_path / "**" / "*.txt"), tmp_path):
        df = load_quietly(source)
        assert df.source.tolist() == [str(tmp_path / "a" / "story.txt")]
        assert len(df.attrs["duplicates"]) == 0
        assert "symlink loop" in errors_of(df)["again"][1]


# ------------------------------------------------------------------ 6. size cap


def test_a_huge_file_is_too_large_without_being_read(tmp_path, seed_path):
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as fh:  # sparse: 64 MB on paper, nothing on disk
        fh.truncate(64 * 2**20)
    df = load_quietly([seed_path, huge])
    stage, error = errors_of(df)["huge.txt"]
    assert stage == "read" and "too large" in error and "67,108,864" in error


def test_size_cap_is_configurable_and_applies_per_record(tmp_path):
    long_text = "Rain in Oslo. " * 200  # 2,800 characters
    (tmp_path / "long.txt").write_text("Long\n\n" + long_text, encoding="utf-8")
    lines = [
        json.dumps({"text": "Sun in Rome."}),
        json.dumps({"text": long_text}),
        json.dumps({"text": "Fog in Lima."}),
    ]
    (tmp_path / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    pd.DataFrame({"text": ["Snow in Riga.", long_text]}).to_csv(tmp_path / "b.csv", index=False)
    (tmp_path / "c.csv").write_text(f'text\n"{long_text * 3}"\n"Hail in Bern."\n')
    df = load_quietly(tmp_path, max_bytes=1000)
    assert sorted(df.text) == ["Fog in Lima.", "Hail in Bern.", "Snow in Riga.", "Sun in Rome."]
    errors = errors_of(df)
    for where in ("long.txt", "a.jsonl:line 2", "b.csv:row 2", "c.csv:row 1"):
        assert "too large" in errors[where][1]
    every = load_quietly(tmp_path)  # the default cap is megabytes
    # a.jsonl line 2 and b.csv row 2 hold the same text: two rows (copies), one article_id
    assert len(every) == 8 and every["article_id"].nunique() == 7


# ------------------------------------------------------------------ errors are Dateline's


def test_load_error_is_a_dateline_error():
    assert issubclass(LoadError, DatelineError)
    with pytest.raises(DatelineError):
        load_articles("/no/such/folder")


# ------------------------------------------------------------------ issue 11: HTML and author


def _page(caption: str, ld: dict | None) -> str:
    script = (
        f'<script type="application/ld+json">{json.dumps(ld)}</script>' if ld is not None else ""
    )
    return (
        f"<html><head><title>Page</title>{script}</head><body><nav>Home | World</nav>"
        f"<article><figure><figcaption>{caption}</figcaption></figure></article></body></html>"
    )


LONG_BODY = " ".join(
    f"Paragraph {i}: officials in Hong Kong said the new rules would take effect next month."
    for i in range(12)
)


def test_html_json_ld_article_body_wins_over_a_caption(tmp_path):
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebPage", "name": "x"},
            {
                "@type": ["NewsArticle"],
                "headline": "Hong Kong tightens rules",
                "datePublished": "2024-03-05T08:00:00+08:00",
                "author": [{"@type": "Person", "name": "Jane Lee"}, {"name": "Tom Wu"}],
                "articleBody": LONG_BODY,
            },
        ],
    }
    (tmp_path / "scmp.html").write_text(_page("Photo: a man walks past a shop in Hong Kong.", ld))
    row = load_articles(tmp_path / "scmp.html").iloc[0]
    assert row.title == "Hong Kong tightens rules"
    assert "Paragraph 11" in row.text and "Photo:" not in row.text
    assert row.author == "Jane Lee; Tom Wu"
    assert row.published == pd.Timestamp("2024-03-05T00:00:00Z")


def test_html_with_too_little_text_is_an_error_not_an_article(tmp_path, seed_path):
    ld = {"@type": "NewsArticle", "headline": "H", "articleBody": "Short body."}
    (tmp_path / "thin.html").write_text(_page("Photo: a crowd gathers in Kenya on Monday.", ld))
    df = load_quietly([seed_path, tmp_path / "thin.html"])
    assert len(df) == 1
    stage, error = errors_of(df)["thin.html"]
    assert stage == "parse" and "too little text" in error


def test_author_column_from_records_and_html_metadata(tmp_path):
    records = [
        {"text": "Rain in Oslo.", "author": "Ann Berg"},
        {"text": "Sun in Rome.", "byline": "By Marco Rossi"},
        {"text": "Fog in Lima.", "authors": ["Ana Soto", "Luis Paz"]},
        {"text": "Snow in Riga."},
    ]
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n")
    pd.DataFrame(records).to_parquet(tmp_path / "b.parquet")
    pd.DataFrame(records[:2]).to_csv(tmp_path / "c.csv", index=False)
    df = load_quietly(tmp_path / "a.jsonl")
    assert df.author.tolist()[:3] == ["Ann Berg", "By Marco Rossi", "Ana Soto; Luis Paz"]
    assert pd.isna(df.author.iloc[3]) and isinstance(df.author.dtype, pd.StringDtype)
    assert load_quietly(tmp_path / "b.parquet").author.tolist()[2] == "Ana Soto; Luis Paz"
    assert load_quietly(tmp_path / "c.csv").author.tolist() == ["Ann Berg", "By Marco Rossi"]
    html = (
        '<html><head><meta name="author" content="Kim Ha"><title>T</title></head><body>'
        f"<article><h1>T</h1><p>{LONG_BODY}</p></article></body></html>"
    )
    (tmp_path / "d.html").write_text(html)
    assert load_articles(tmp_path / "d.html").author[0] == "Kim Ha"


# ------------------------------------------------------------------ property test


GOOD_TEXTS = st.text(
    alphabet=st.sampled_from(list("abcdefghij klmnopqrst uvwxyzABCDEF éüñçã.,")),
    min_size=5,
    max_size=60,
).filter(lambda t: sum(c.isalpha() for c in t) >= 3)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | GOOD_TEXTS,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.sampled_from(["text", "title", "body", "author", "x"]), inner, max_size=4
        )
    ),
    max_leaves=12,
)
JUNK_LINES = st.one_of(
    st.binary(max_size=40).filter(lambda b: b"\n" not in b and b"\r" not in b),
    st.integers(50, 3000).map(lambda n: ("[" * n + "]" * n).encode()),
    st.sampled_from([b"[1, 2]", b'"just a string"', b"{}", b'{"text": ""}', b"{", b"null"]),
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    lines=st.lists(st.one_of(GOOD_TEXTS, JUNK_LINES), min_size=1, max_size=12),
    csv_rows=st.lists(
        st.lists(st.one_of(GOOD_TEXTS, st.text(max_size=10)), min_size=1, max_size=6), max_size=8
    ),
    text=GOOD_TEXTS,
    encoding=st.sampled_from(
        ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1252"]
    ),
    junk=st.binary(max_size=300),
    shape=JSON_VALUES,
)
def test_property_every_input_is_an_article_or_an_error(
    tmp_path_factory, lines, csv_rows, text, encoding, junk, shape
):
    folder = tmp_path_factory.mktemp("prop")
    good: set[str] = set()
    raw_lines = []
    for i, item in enumerate(lines, start=1):
        if isinstance(item, str):
            raw_lines.append(json.dumps({"text": item}).encode())
            good.add(f"{folder / 'a.jsonl'}:line {i}")
        else:
            raw_lines.append(item)
    data = b"\n".join(raw_lines) + b"\n"
    (folder / "a.jsonl").write_bytes(data)
    # (junk lines alone may be valid UTF-16 text, b"\x00\n\x00 \x01": its lines are the text's)
    wide = wide_encoding(data) if not good else None
    lines_read = data.decode(wide, "replace").removesuffix("\n").split("\n") if wide else raw_lines
    blank = {f"{folder / 'a.jsonl'}:line {i}" for i, b in enumerate(lines_read, 1) if not b.strip()}
    with (folder / "b.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)  # one written row is one record, however many fields it has
        writer.writerow(["text", "title", "x", "y"])
        writer.writerows(csv_rows)
    (folder / "c.txt").write_bytes(("Title line\n\n" + text).encode(encoding))
    (folder / "d.html").write_bytes(junk)
    (folder / "e.json").write_bytes(junk)
    (folder / "f.json").write_text(json.dumps(shape), encoding="utf-8")

    items = list(iter_articles(folder))  # returns: nothing escapes
    sources = {i["source"] for i in items if isinstance(i, dict)}
    failed = {i.source for i in items if isinstance(i, LoadFailure)}
    assert good <= sources  # good records beside bad ones all arrive
    whole_file = str(folder / "a.jsonl") in failed  # only when no line is good (binary, empty)
    assert not (whole_file and good)
    for i in range(1, len(lines_read) + 1):  # every line: an article or an error
        where = f"{folder / 'a.jsonl'}:line {i}"
        assert where in sources or where in failed or where in blank or whole_file
    for n in range(1, len(csv_rows) + 1):
        where = f"{folder / 'b.csv'}:row {n}"
        assert where in sources or where in failed
    for name in ("c.txt", "d.html", "e.json", "f.json"):
        path = str(folder / name)
        assert path in sources | failed or any(s.startswith(path + ":") for s in sources | failed)
    article = next(i for i in items if isinstance(i, dict) and i["source"] == str(folder / "c.txt"))
    if encoding != "cp1252" or text.isascii():
        expected = load_articles(["Title line\n\n" + text]).text[0]
        assert article["text"] == expected


@pytest.mark.parametrize("codec", ["utf-16-be", "utf-16-le"])
def test_appended_lines_of_a_utf16_file_without_bom_are_read_as_utf16(tmp_path, codec):
    from helpers.load import iter_jsonl_tail

    first = json.dumps({"text": "Rain in São Paulo."}, ensure_ascii=False) + "\n"
    second = json.dumps({"text": "Sun in Brasília."}, ensure_ascii=False) + "\n"
    path = tmp_path / "a.jsonl"
    path.write_bytes((first + second).encode(codec))
    (row,) = iter_jsonl_tail(path, len(first.encode(codec)), 2)
    assert (row["source"], row["text"]) == (f"{path}:line 2", "Sun in Brasília.")
