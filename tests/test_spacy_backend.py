"""backend="spacy": a spaCy pipeline's entities through the same linking, resolution and counting.

No model weights: every pipeline here is ``spacy.blank("en")`` with an ``entity_ruler`` whose
patterns the test writes, so the spans are known and the tests check what Dateline does with them.
"""

from __future__ import annotations

import itertools
import pickle
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

spacy = pytest.importorskip("spacy")

from helpers.errors import DatelineError  # noqa: E402
from helpers.geoparse import find_places  # noqa: E402
from helpers.mentions import EntityTable, find_mentions, mention_counts  # noqa: E402
from helpers.pipeline import analyze, analyze_batch, version_key  # noqa: E402
from helpers.recognise import recognise  # noqa: E402
from helpers.recognise.spacy_backend import (  # noqa: E402
    SpacyModelMissing,
    SpacyNotInstalled,
    backend_key,
    resolve_backend,
)

ROOT = Path(__file__).resolve().parents[1]
NO_TABLE = EntityTable.from_records([])
# the recogniser's types as spaCy labels, for patterns built from its own spans
LABEL_OF = {"person": "PERSON", "organisation": "ORG", "place": "GPE", "demonym": "NORP"}


def ruler(patterns: list[tuple[str, str]], name: str = "test_ruler") -> object:
    """A blank English pipeline that labels exactly ``patterns`` ((label, phrase) pairs)."""
    nlp = spacy.blank("en")
    nlp.meta["name"] = name
    nlp.add_pipe("entity_ruler").add_patterns(
        [{"label": label, "pattern": phrase} for label, phrase in patterns]
    )
    return nlp


NEWS = (
    "Joaquin Phoenix flew to Hanoi, Vietnam, on Monday. Phoenix said French officials and the "
    "International Monetary Fund (IMF) would meet at the Golden Globes. The IMF declined to "
    "comment. Talks in Atlantis Minor ended."
)
NEWS_NLP = ruler(
    [
        ("PERSON", "Joaquin Phoenix"),
        ("PERSON", "Phoenix"),
        ("GPE", "Hanoi"),
        ("GPE", "Vietnam"),
        ("DATE", "Monday"),
        ("NORP", "French"),
        ("ORG", "the International Monetary Fund"),
        ("ORG", "IMF"),
        ("EVENT", "the Golden Globes"),
        ("GPE", "Atlantis Minor"),
    ]
)


def test_spacy_labels_become_the_recognisers_types_with_a_why() -> None:
    spans = recognise(NEWS, backend=NEWS_NLP, entities=NO_TABLE)
    got = [(s.surface, s.type) for s in spans]
    assert got == [
        ("Joaquin Phoenix", "person"),
        ("Hanoi", "place"),
        ("Vietnam", "place"),
        ("Phoenix", "person"),
        ("French", "demonym"),
        ("International Monetary Fund", "organisation"),  # "the" is no part of the name
        ("IMF", "organisation"),
        ("Golden Globes", "other"),  # kept, never counted
        ("IMF", "organisation"),
        ("Atlantis Minor", "other"),  # a place the gazetteer lacks is no place
    ]  # "Monday" (DATE) is no name at all
    why = {s.surface: s.why for s in spans}
    assert why["Hanoi"] == "spaCy en_test_ruler: GPE"
    assert why["Golden Globes"] == "spaCy en_test_ruler: EVENT"
    assert why["Atlantis Minor"] == "spaCy en_test_ruler: GPE, not in the gazetteer"
    # spans never overlap and are in text order
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))


def test_spacy_names_are_linked_like_the_built_in_ones() -> None:
    spans = recognise(NEWS, backend=NEWS_NLP, entities=NO_TABLE)
    by_start = {s.start: s for s in spans}
    bare = by_start[NEWS.index("Phoenix said")]
    assert (bare.entity, bare.how) == ("Joaquin Phoenix", "surname")
    assert "the surname of Joaquin Phoenix" in bare.why
    imf = [s for s in spans if s.surface == "IMF"]
    assert {(s.entity, s.how) for s in imf} == {("International Monetary Fund", "acronym")}
    # the entity table wins: its canonical name and kind
    table = EntityTable.from_records([("Joaquin Rafael Phoenix", "person", ["Joaquin Phoenix"])])
    first = recognise(NEWS, backend=NEWS_NLP, entities=table)[0]
    assert (first.entity, first.type, first.how) == ("Joaquin Rafael Phoenix", "person", "table")


def test_a_compound_of_names_counts_each_person() -> None:
    text = "Donald Trump met Kim Jong Un. The Trump-Kim summit ended. Trump-Pence signs stayed."
    nlp = ruler(
        [("PERSON", "Donald Trump"), ("PERSON", "Kim Jong Un"), ("ORG", "Trump-Kim"),
         ("ORG", "Trump-Pence")]
    )  # fmt: skip
    got = [(s.surface, s.type, s.entity) for s in recognise(text, backend=nlp, entities=NO_TABLE)]
    assert got == [
        ("Donald Trump", "person", "Donald Trump"),
        ("Kim Jong Un", "person", "Kim Jong Un"),
        ("Trump", "person", "Donald Trump"),
        ("Kim", "person", "Kim Jong Un"),
        ("Trump-Pence", "organisation", "Trump-Pence"),  # nobody here is called Pence
    ]


def test_two_people_sharing_a_surname_make_it_ambiguous() -> None:
    text = "Kim Jong Un met Kim Yo Jong. Kim said nothing."
    nlp = ruler([("PERSON", "Kim Jong Un"), ("PERSON", "Kim Yo Jong"), ("PERSON", "Kim")])
    last = recognise(text, backend=nlp, entities=NO_TABLE)[-1]
    assert last.ambiguous and last.entity == "Kim (ambiguous)"
    assert last.candidates == ("Kim Jong Un", "Kim Yo Jong")


def test_spacy_places_are_resolved_through_the_gazetteer() -> None:
    places = find_places(NEWS, backend=NEWS_NLP, entities=NO_TABLE)
    assert places["surface"].tolist() == ["Hanoi", "Vietnam", "French"]
    assert places["kind"].tolist() == ["city", "country", "demonym"]
    assert places["country_code"].tolist() == ["VN", "VN", "FR"]
    # the same gazetteer entries, with the same ids, as the built-in recogniser's
    builtin = find_places("Talks in Hanoi, Vietnam, with French officials.")
    assert places["place_id"].tolist() == builtin["place_id"].tolist()
    assert places["place_id"].notna().all()


def test_resolution_uses_the_articles_evidence() -> None:
    # "Paris" alone is France's capital; written with Tennessee's Henry County, the same
    # resolution as the built-in recogniser's picks the Tennessee town
    text = "Officials in Paris, Henry County, said the road was closed."
    nlp = ruler([("GPE", "Paris"), ("GPE", "Henry County")])
    spacy_rows = find_places(text, backend=nlp, entities=NO_TABLE)
    builtin = find_places(text)
    assert spacy_rows[["surface", "place_id"]].equals(builtin[["surface", "place_id"]])
    alone = find_places("Officials in Paris said so.", backend=ruler([("GPE", "Paris")]))
    assert alone["country_code"].tolist() == ["FR"]


def test_mentions_are_counted_with_the_place_they_resolved_to() -> None:
    mentions = find_mentions(NEWS, article_id="a", backend=NEWS_NLP, entities=NO_TABLE)
    assert set(mentions["kind"]) == {"person", "organisation", "place"}  # "other" never counted
    counts = mention_counts(mentions)["total"]
    assert counts[("Joaquin Phoenix", "person")] == 2
    assert counts[("International Monetary Fund", "organisation")] == 3
    assert counts[("France", "place")] == 1  # the demonym counts for its country
    places = find_places(NEWS, backend=NEWS_NLP, entities=NO_TABLE)
    place_mentions = mentions[mentions["kind"] == "place"]
    assert place_mentions["place_id"].tolist() == places["place_id"].tolist()
    assert "Atlantis Minor" not in set(mentions["surface"])


def one_type_everywhere(text: str, nlp: object) -> None:
    """No place row overlaps a person or organisation mention; every place row is a place
    mention with the same offsets and every place mention a place row; the place spans of
    recognise() are exactly the place rows."""
    places = find_places(text, backend=nlp)
    mentions = find_mentions(text, backend=nlp)
    names = mentions[mentions["kind"].isin(["person", "organisation"])]
    for s, e in zip(places["start"], places["end"], strict=True):
        assert not ((names["start"] < e) & (s < names["end"])).any(), text[s:e]
    place_mentions = mentions[mentions["kind"] == "place"]
    rows = list(zip(places["start"], places["end"], strict=True))
    assert rows == list(zip(place_mentions["start"], place_mentions["end"], strict=True))
    spans = recognise(text, backend=nlp)
    assert rows == [(s.start, s.end) for s in spans if s.type in ("place", "demonym")]


def test_one_type_everywhere_on_the_seed_article() -> None:
    # patterns from the built-in recogniser's own reading of the seed article, plus readings
    # that clash with it (a surname as a town, a person's name as a place)
    text = next((ROOT / "data" / "articles").glob("*.txt")).read_text(encoding="utf-8")
    own = [(LABEL_OF[s.type], s.surface) for s in recognise(text) if s.type in LABEL_OF]
    clashing = [("GPE", s.surface.split()[-1]) for s in recognise(text) if s.type == "person"]
    nlp = ruler(own + clashing + [("GPE", "Washington"), ("GPE", "Jordan")])
    one_type_everywhere(text, nlp)
    one_type_everywhere(NEWS, NEWS_NLP)
    one_type_everywhere("Joaquin Phoenix flew to Phoenix, Arizona.", ruler(
        [("PERSON", "Joaquin Phoenix"), ("GPE", "Phoenix"), ("GPE", "Arizona")]
    ))  # fmt: skip


def test_one_type_everywhere_on_news_corpora() -> None:
    corpora = ROOT.parent / "shared" / "corpora"
    if not corpora.is_dir():
        pytest.skip("../shared/corpora is absent")
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from corpus import sentence_pool
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    sentences = sentence_pool(corpora)[:400]
    text = " ".join(sentences)
    # the built-in reading as patterns, and every capitalised word also as a place: spaCy
    # settles the overlaps, Dateline must keep one type per span
    own = [(LABEL_OF[s.type], s.surface) for s in recognise(text) if s.type in LABEL_OF]
    words = {w.strip(".,;:'\"()") for w in text.split() if w[:1].isupper()}
    nlp = ruler(own + [("GPE", w) for w in sorted(words) if w])
    for i in range(0, len(sentences), 40):
        one_type_everywhere(" ".join(sentences[i : i + 40]), nlp)


def test_the_default_backend_is_unchanged() -> None:
    text = next((ROOT / "data" / "articles").glob("*.txt")).read_text(encoding="utf-8")
    assert recognise(text) == recognise(text, backend="dateline")
    pd.testing.assert_frame_equal(find_places(text), find_places(text, backend="dateline"))
    pd.testing.assert_frame_equal(find_mentions(text), find_mentions(text, backend="dateline"))
    assert version_key() == version_key(backend="dateline")
    assert backend_key("dateline") == "dateline"
    # spaCy's reading is another: the seed text has no such pattern, so no names at all
    assert recognise(text, backend=ruler([("GPE", "Atlantis Minor")])) == []


def test_a_pipeline_named_by_path_is_loaded_once_per_process(tmp_path: Path) -> None:
    ruler([("GPE", "Hanoi")], name="saved_ruler").to_disk(tmp_path / "saved")
    spec = f"spacy:{tmp_path / 'saved'}"
    backend = resolve_backend(spec)
    assert resolve_backend(spec) is backend  # loaded once
    spans = recognise("Talks in Hanoi.", backend=spec)
    assert [(s.surface, s.type, s.why) for s in spans] == [
        ("Hanoi", "place", "spaCy en_saved_ruler: GPE")  # the pipeline's own name, not its path
    ]
    assert pickle.loads(pickle.dumps(backend)) is backend  # a name travels, not the weights
    assert len(pickle.dumps(backend)) < 1_000


def test_hostile_inputs_give_rows_not_exceptions() -> None:
    nlp = ruler([("GPE", "Hanoi"), ("PERSON", "Kim")])
    nlp.max_length = 5_000  # a small limit stands in for spaCy's 1,000,000 characters
    long = "Kim flew to Hanoi.\n" * 2_000  # 38,000 characters, over the limit
    places = find_places(long, backend=nlp)
    assert len(places) == 2_000 and set(places["surface"]) == {"Hanoi"}
    assert (places["start"] % 19 == 12).all()  # offsets into the whole text
    for text in ["", "HANOI " * 2_000, "x" * 20_000, "Kim в Ханое 金 Hanoi"]:
        mentions = find_mentions(text, backend=nlp)
        assert set(mentions["kind"]) <= {"person", "place"}
    assert find_mentions("Kim в Ханое 金 Hanoi", backend=nlp)["surface"].tolist() == [
        "Kim",
        "Hanoi",
    ]


def test_a_bad_backend_is_refused() -> None:
    with pytest.raises(ValueError, match="backend must be"):
        recognise("Talks in Hanoi.", backend="spacey")
    with pytest.raises(ValueError, match="backend must be"):
        find_places("Talks in Hanoi.", backend=42)


def test_a_missing_pipeline_says_how_to_install_it() -> None:
    with pytest.raises(SpacyModelMissing) as caught:
        find_places("Talks in Hanoi.", backend="spacy:dateline_no_such_pipeline")
    assert isinstance(caught.value, DatelineError) and isinstance(caught.value, OSError)
    message = str(caught.value)
    assert "dateline_no_such_pipeline" in message
    assert "python -m spacy download dateline_no_such_pipeline" in message
    assert "never downloads" in message


def test_the_cli_reports_a_missing_pipeline(tmp_path: Path) -> None:
    from helpers.cli import main

    code = main(
        [
            "analyze",
            str(ROOT / "data" / "articles"),
            "--out",
            str(tmp_path / "out"),
            "--backend",
            "spacy:dateline_no_such_pipeline",
            "--no-progress",
        ]
    )
    assert code == 1
    assert not (tmp_path / "out" / "places").exists()  # it failed before analysing anything
    with pytest.raises(SystemExit) as usage:
        main(["analyze", str(ROOT / "data" / "articles"), "--backend", "stanza"])
    assert usage.value.code == 2


def test_without_spacy_the_error_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "spacy", None)  # import spacy now raises ImportError
    with pytest.raises(SpacyNotInstalled, match=r"pip install 'dateline\[spacy\]'") as caught:
        resolve_backend("spacy:dateline_pipeline_without_spacy")
    assert isinstance(caught.value, DatelineError) and isinstance(caught.value, ImportError)


def test_a_pipeline_object_travels_to_another_process() -> None:
    backend = resolve_backend(NEWS_NLP)
    assert pickle.loads(pickle.dumps(backend)) is backend  # this process has it already
    code = (
        "import pickle, sys\n"
        "from helpers.recognise.spacy_backend import SpacyBackend\n"
        "from helpers.gazetteer import load_gazetteer\n"
        "from helpers.recognise.entities import EntityTable\n"
        "b = pickle.loads(sys.stdin.buffer.read())\n"
        "assert pickle.loads(pickle.dumps(b)) is b  # rebuilt once per process\n"
        "art = b.article(sys.argv[1], load_gazetteer(), EntityTable.from_records([]))\n"
        "print([s.surface for s in art.spans if s.type == 'place'])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, NEWS],
        input=pickle.dumps(backend),
        capture_output=True,
        check=True,
        cwd=ROOT,
    )
    assert out.stdout.decode().strip() == "['Hanoi', 'Vietnam']"


def test_analyze_batch_with_a_spacy_backend() -> None:
    records = [
        {"article_id": "a", "source": "a.txt", "text": NEWS},
        {"article_id": "b", "source": "b.txt", "text": "Rain in Hanoi."},
    ]
    tables = analyze_batch(records, backend=NEWS_NLP)
    places = tables["places"].to_pandas()
    assert places["article_id"].tolist() == ["a", "a", "a", "b"]
    assert places["surface"].tolist() == ["Hanoi", "Vietnam", "French", "Hanoi"]
    mentions = tables["mentions"].to_pandas()
    assert "Atlantis Minor" not in set(mentions["surface"])
    assert tables["errors"] is None


def test_a_batch_goes_through_the_pipeline_once_with_nlp_pipe() -> None:
    seen: list[str] = []

    class Counter:  # a component that records what it is given, and how
        def __call__(self, doc: object) -> object:
            seen.append("call")
            return doc

        def pipe(self, docs: object, **_: object) -> object:
            for doc in docs:  # type: ignore[attr-defined]
                seen.append("pipe")
                yield doc

    from spacy.language import Language

    if not Language.has_factory("dateline_test_counter"):
        Language.factory("dateline_test_counter", func=lambda nlp, name: Counter())
    nlp = ruler([("GPE", "Hanoi"), ("GPE", "Oslo")])
    nlp.add_pipe("dateline_test_counter")
    records = [
        {"article_id": str(i), "text": f"Rain in {city}, day {i}."}
        for i, city in enumerate(["Hanoi", "Oslo", "Hanoi"])
    ]
    places = analyze_batch(records, backend=nlp)["places"].to_pandas()
    assert places["surface"].tolist() == ["Hanoi", "Oslo", "Hanoi"]
    # each text once, as one batch: the places and mentions stages read the same analysis
    assert seen == ["pipe"] * 3


ARTICLES = {
    "a.txt": "Summit\n\nKim Jong Un met Donald Trump in Hanoi, Vietnam. Kim said little.",
    "b.txt": "Floods\n\nHeavy rain flooded Paris. Officials in Paris said so.",
    "c.txt": "Trade\n\nNegotiators from Japan met in Geneva with the World Trade Organization.",
}
PIPE = [
    ("PERSON", "Kim Jong Un"),
    ("PERSON", "Kim"),
    ("GPE", "Hanoi"),
    ("GPE", "Vietnam"),
    ("GPE", "Paris"),
    ("GPE", "Japan"),
    ("GPE", "Geneva"),
    ("ORG", "the World Trade Organization"),
]


@pytest.mark.parametrize("workers", [1, 2])
def test_the_pipeline_runs_a_spacy_backend_and_caches_per_backend(
    tmp_path: Path, workers: int
) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    nlp = ruler(PIPE)
    # batch_size=1: three batches, so two workers start a pool and get the pipeline by pickle
    first = analyze(folder, out=out, workers=workers, batch_size=1, backend=nlp, progress=False)
    assert first.stats["analysed"] == 3 and len(first.errors) == 0
    mentions = first.mentions
    kim = mentions[mentions["surface"] == "Kim"]
    assert kim["entity"].tolist() == ["Kim Jong Un"]  # linked; "Donald Trump" has no pattern
    assert "Donald Trump" not in set(mentions["entity"])
    assert sorted(first.places["surface"]) == ["Geneva", "Hanoi", "Japan", "Paris", "Paris", "Vietnam"]  # fmt: skip
    again = analyze(folder, out=out, workers=workers, batch_size=1, backend=nlp, progress=False)
    assert again.stats["analysed"] == 0 and again.stats["cached"] == 3
    # another backend never reuses these results
    builtin = analyze(folder, out=out, workers=workers, batch_size=1, progress=False)
    assert builtin.stats["analysed"] == 3
    assert "Donald Trump" in set(builtin.mentions["entity"])
    # the same gazetteer entries where both read a place
    pd.testing.assert_series_equal(
        first.places.set_index(["article_id", "start"])["place_id"],
        builtin.places.set_index(["article_id", "start"])["place_id"],
    )
    other = analyze(
        folder, out=out, workers=workers, batch_size=1, backend=ruler(PIPE[:2]), progress=False
    )
    assert other.stats["analysed"] == 3 and len(other.places) == 0


def test_the_dask_engine_runs_a_spacy_backend_as_the_local_one(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    nlp = ruler(PIPE)
    local = analyze(folder, out=tmp_path / "local", workers=1, backend=nlp, progress=False)
    with (
        distributed.LocalCluster(
            n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        on_dask = analyze(
            folder, out=tmp_path / "dask", engine="dask", client=client, backend=nlp, progress=False
        )
    for name in ("places", "mentions"):
        pd.testing.assert_frame_equal(local.table(name), on_dask.table(name), obj=name)
    assert "Donald Trump" not in set(on_dask.mentions["entity"])
