"""The trained span classifier (helpers/recognise/model.py): it ships as package data, loads
offline, is deterministic, types the names the rules leave uncertain, and its training script runs.
"""

from __future__ import annotations

import json
import sys
from importlib import resources
from pathlib import Path

import numpy as np
import pytest

from helpers.mentions import find_mentions
from helpers.recognise import recognise
from helpers.recognise.model import CLASSES, SpanModel, Thresholds, load_model

ROOT = Path(__file__).resolve().parents[1]


def typed(text: str) -> list[tuple[str, str, str]]:
    return [(s.surface, s.type, s.how) for s in recognise(text) if s.type != "place"]


def test_the_model_ships_as_package_data_and_loads_offline() -> None:
    assert (resources.files("helpers") / "data" / "span_model.npz").is_file()
    model = load_model()
    assert isinstance(model, SpanModel)
    assert model is load_model()  # loaded once per process
    assert model.weights.shape[1] == len(CLASSES)
    assert model.weights.nbytes < 8_000_000  # a compact model: a few MB at most
    assert "said" in model.vocab and "newcrest" not in model.vocab


def test_the_model_is_deterministic() -> None:
    model = load_model()
    feats = [["bias", "rule=none", "w=newcrest", "next=said", "pron=its", "unknown"]]
    a = model.probabilities(feats)
    model._memo.clear()
    b = model.probabilities(feats)
    assert np.array_equal(a, b)
    assert abs(float(a.sum()) - 1.0) < 1e-5
    text = "Newcrest said on Monday its shares rose. Rafferty said he would resign."
    first = recognise(text)
    model._memo.clear()
    assert recognise(text + " ")[: len(first)] == first


@pytest.mark.parametrize(
    "text",
    [
        "Newcrest said on Monday its shares rose.",
        "The gold miner Newcrest said it would cut 300 jobs.",
    ],
)
def test_a_cue_less_company_before_said_is_an_organisation(text: str) -> None:
    spans = [s for s in recognise(text) if s.surface == "Newcrest"]
    assert [(s.type, s.how) for s in spans] == [("organisation", "model")]
    # its why names the model's strongest evidence
    assert spans[0].why.startswith("model: ")
    # (its context: the verb after it, the shares it has, the pronoun that takes it up)
    assert any(f"'{w}'" in spans[0].why for w in ("said", "shares", "it", "its"))
    m = find_mentions(text)
    assert m.loc[m.surface == "Newcrest", "kind"].tolist() == ["organisation"]


def test_a_retyped_speaker_is_an_organisation_all_article() -> None:
    text = "Newcrest said on Monday its shares rose. Later Newcrest said nothing more."
    assert [t for t in typed(text) if t[0] == "Newcrest"] == [
        ("Newcrest", "organisation", "model"),
        ("Newcrest", "organisation", "model"),
    ]


@pytest.mark.parametrize(
    "text, name",
    [
        # (not names of helpers/data/known_organisations.txt, which the rules type first: "Social
        # Democrats" is one since the eleventh round)
        ("Voters backed the Radical Democrats in Sunday's vote.", "Radical Democrats"),
        (
            "Officials from Physicians Across Continents visited the camp.",
            "Physicians Across Continents",
        ),
    ],
)
def test_a_run_read_as_a_person_for_want_of_a_better_reading_can_be_an_organisation(
    text: str, name: str
) -> None:
    assert typed(text) == [(name, "organisation", "model")]
    m = find_mentions(text)
    assert m.loc[m.surface == name, "kind"].tolist() == ["organisation"]


def test_a_run_that_names_no_one_is_no_person() -> None:
    assert typed("The Democratic Republic of Congo held elections.") == []
    # a storm is no one, though its name is a given name (name_cues.toml: storm_words)
    assert typed("Residents fled as Hurricane Katrina approached.") == []


def test_a_speaker_the_model_does_not_doubt_stays_a_person() -> None:
    assert typed("Rafferty said he would resign.") == [("Rafferty", "person", "verb")]
    # strong rule evidence is never asked: a title, a given name
    assert typed("Senator Warren said she would run.") == [("Warren", "person", "title")]
    assert [t[1] for t in typed("Joaquin Phoenix said he would act.")] == ["person"]
    # round 32, folder 87: a given name and two family names stay a person the model is not
    # sure of ("Ali Bongo Ondimba's last prime minister" was an organisation)
    text = "Bilie-By-Nze, who served as Ali Bongo Ondimba's last prime minister, accepted."
    assert ("Ali Bongo Ondimba", "person") in [t[:2] for t in typed(text)]
    text = "Richa Ghosh c Kapp b Khaka 34 (24) Radha Yadav not out 3 (2) Extras: 15."
    assert ("Radha Yadav", "person") in [t[:2] for t in typed(text)]
    # ... and so do an initial and two names (round 49, folder 155: "(Law and Order) S.
    # Davidson Devasirvatham told reporters" was an organisation)
    text = (
        "Additional Director-General of Police (Law and Order) S. Davidson Devasirvatham told "
        "reporters the organisers had sought permission."
    )
    assert ("S. Davidson Devasirvatham", "person") in [t[:2] for t in typed(text)]


def test_the_training_script_runs_on_a_tiny_file(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import train_span_model
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    text = "Acme Widgets said on Monday its shares rose .\nJohn Smith said he would resign ."
    ents = [
        {"start": (i := text.index(name)), "end": i + len(name), "type": kind, "surface": name}
        for name, kind in [("Acme Widgets", "ORG"), ("John Smith", "PER")]
    ]
    assert all(text[e["start"] : e["end"]] == e["surface"] for e in ents)
    data = tmp_path / "tiny.jsonl"
    record = json.dumps({"id": "t1", "text": text, "entities": ents})
    data.write_text(record + "\n" + record.replace('"t1"', '"t2"') + "\n")
    out = tmp_path / "m.npz"
    args = [str(data), "--out", str(out), "--epochs", "3", "--bits", "8"]
    assert train_span_model.main([*args, "--cv", "2"]) == 0
    with np.load(out) as saved:
        assert saved["weights"].shape == (256, len(CLASSES))
        assert saved["bias"].shape == (len(CLASSES),)
        assert "said" in saved["vocab"].tolist()
        # the thresholds cross-validation chose travel with the weights
        chosen = Thresholds(*saved["thresholds"].tolist())
    assert chosen in train_span_model.THRESHOLD_GRID or chosen == Thresholds()


def test_the_shipped_thresholds_are_the_models_own() -> None:
    path = resources.files("helpers") / "data" / "span_model.npz"
    with path.open("rb") as fh, np.load(fh) as data:
        stored = data["thresholds"].tolist()
    assert load_model().thresholds == Thresholds(*stored)


def test_a_name_the_model_retypes_takes_its_short_form_along() -> None:
    # ("Muslim Brotherhood", the first example, is now a known organisation: see
    # test_recognise_orgs.py)
    text = (
        "Police arrested members of the Hizb Tahrir on Monday. "
        "A spokesman for the Tahrir said the arrests were political."
    )
    assert typed(text) == [
        ("Hizb Tahrir", "organisation", "model"),
        ("Tahrir", "organisation", "model"),
    ]
    m = find_mentions(text)
    assert m.loc[m.surface == "Tahrir", "entity"].tolist() == ["Hizb Tahrir"]
    assert set(m.loc[m.entity == "Hizb Tahrir", "kind"]) == {"organisation"}


def test_each_name_keeps_its_own_reading_in_one_article() -> None:
    # a name's evidence is pooled over its own mentions only, not over every name in the text
    text = "Newcrest said on Monday its shares rose. Rafferty said he would resign."
    assert typed(text) == [
        ("Newcrest", "organisation", "model"),
        ("Rafferty", "person", "verb"),
    ]


def _model_spans(texts: list[str]) -> list[list[tuple]]:
    """Each text's spans, recognised anew (not from the per-text memo), in the order given."""
    from helpers.gazetteer import load_gazetteer
    from helpers.recognise import _recognise, _spans
    from helpers.recognise.entities import load_entities

    gaz, table, model = load_gazetteer(), load_entities(), load_model()
    return [list(_spans(t, _recognise(t, gaz, table, model))) for t in texts]


def test_a_names_decision_does_not_depend_on_the_articles_read_before() -> None:
    # the same name, word before and word after, but different words further on: the model reads
    # "its shares" in one and "he would" in the other, so neither may reuse the other's decision
    # (a memo keyed on less than the features let the first article read decide for both, and
    # the mentions table depended on how articles were shared between workers)
    texts = [
        "Newcrest said on Monday its shares rose.",
        "Newcrest said he would resign.",
        "Kardashev said the company would cut jobs.",
        "Kardashev said his wife had left.",
        "Police arrested members of the Muslim Brotherhood on Monday. "
        "A spokesman for the Brotherhood said the arrests were political.",
    ]
    model = load_model()
    alone = []
    for t in texts:
        model.clear_memos()
        alone += _model_spans([t])
    model.clear_memos()
    assert _model_spans(texts) == alone
    model.clear_memos()
    assert _model_spans(texts[::-1]) == alone[::-1]
    assert _model_spans(texts) == alone  # warm memos: the same again
    assert [s.how for s in alone[0]] == ["model"] and [s.how for s in alone[1]] == ["verb"]


def test_equal_memo_keys_have_equal_features(corpora_dir: Path) -> None:
    # the decision memo's key holds every input of features(): collect both over news-like text
    # and check that no key maps to two feature lists (the synthetic articles are built from
    # the corpora's sentences: without ../shared the test skips, as the corpus tests do)
    from helpers.gazetteer import load_gazetteer
    from helpers.recognise import model as sm
    from helpers.recognise import model_features as mf
    from helpers.recognise.names import _cues, _tokens

    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from corpus import iter_synthetic, sentence_pool
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    model = load_model()
    seen: dict[tuple, list[str]] = {}
    checked = 0
    load_gazetteer()
    for record in iter_synthetic(60, pool=sentence_pool(corpora_dir)):
        text = record["text"]
        # the candidates as decide sees them: every capitalised run is asked when nothing is typed
        words = _tokens(text, _cues())
        here = mf.usage(words)
        for cand in sm.candidates(text, words, [], [], model.vocab):
            key = mf._key(text, words, cand, here)
            feats = mf.features(text, words, cand, model.vocab, here)
            assert seen.setdefault(key, feats) == feats, key
            checked += 1
    assert checked > 500 and len(seen) < checked  # keys recur, and each recurrence agreed


def test_the_model_needs_to_be_sure_to_read_a_full_name_as_an_organisation() -> None:
    # "midfielder Will Ashcroft claiming the Norm Smith Medal" was an organisation by the model:
    # a common given name and a Census surname are a person unless it is very sure
    text = (
        "The Lions won, with young forward Kai Lohmann booting four goals and midfielder Will "
        "Ashcroft claiming the Norm Smith Medal as best afield."
    )
    assert ("Will Ashcroft", "person") in [(s.surface, s.type) for s in recognise(text)]
    # ... after an initial too: a Nobel list's "J. Robert Oppenheimer"-like names were
    # organisations (the model read the initial as no given name)
    spans = recognise("The prize went to J. Robert Oppenheimer in a dream.")
    assert [(s.surface, s.type) for s in spans] == [("J. Robert Oppenheimer", "person")]


def test_a_lists_item_between_places_is_nobody() -> None:
    # round 33 (folder 89): "Alfafar, Massanassa and Catarroja" made a person of the town the
    # gazetteer lacks
    text = "The torrent tore through Paiporta, Picanya, Alfafar, Massanassa and Catarroja."
    people = {s.surface for s in recognise(text) if s.type == "person"}
    assert "Massanassa" not in people
    assert {"Paiporta", "Catarroja"} <= {s.surface for s in recognise(text) if s.type == "place"}
    # ... and items after one, to the list's end (folder 89's Sri Lankan floods)
    text = "Hamlets around Gampola, Nawalapitiya and Udapalatha were buried."
    assert not [s for s in recognise(text) if s.type == "person"]
    # a known surname after a place is still asked about ("Kandy, Perera" may be a person)
    from helpers.recognise.model import _listed_after_place
    from helpers.recognise.names import _cues, _tokens

    for text, word in (("In Kandy, Perera and Nawalapitiya.", "Perera"),):
        words = _tokens(text, _cues())
        k = words.texts.index(word)
        place = text.index("Kandy")
        assert not _listed_after_place(text, words, k, {place}, {place + 5}, set())
        k = words.texts.index("Nawalapitiya")
        assert not _listed_after_place(text, words, k, {place}, {place + 5}, set())
    # the items are read in text order, each after the one before
    text = "Hamlets around Gampola, Nawalapitiya and Udapalatha were buried."
    words, listed = _tokens(text, _cues()), set()
    place = text.index("Gampola")
    for word in ("Nawalapitiya", "Udapalatha"):
        k = words.texts.index(word)
        assert _listed_after_place(text, words, k, {place}, {place + 7}, listed)


def test_the_words_after_a_sentences_opening_function_word_are_asked_about() -> None:
    # round 59: the run "The Pacific Islands Forum" opened with a function word and was
    # skipped whole, so the model never saw the body's name (mid-sentence it did)
    text = "The Pacific Islands Forum met in Suva on Tuesday."
    assert ("Pacific Islands Forum", "organisation", "model") in typed(text)
    # a lone function word is still no candidate
    assert not [t for t in typed("The met in Suva on Tuesday.") if t[0] == "The"]
