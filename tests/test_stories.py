"""Stories: syndicated copies grouped, different stories kept apart, the index incremental and saved."""

from __future__ import annotations

import importlib.util
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from itertools import pairwise

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import StoryIndex, article_id_for, count_by_unit, group_stories, story_signature
from helpers.errors import DatelineError
from helpers.stories import DEFAULT_THRESHOLD, StoryIndexError, shingles, story_signatures

# A wire story as an agency sends it: five paragraphs.
WIRE = [
    "Firefighters battled a wind-driven wildfire through the night on the edge of Santa Rosa, "
    "California, as evacuation orders spread to another 4,000 homes and schools across Sonoma "
    "County announced they would stay closed for the rest of the week.",
    "The fire, which started shortly after 2 p.m. on Sunday near a highway rest stop, had burned "
    "more than 11,000 acres by Monday morning and was 5 percent contained, according to the "
    "California Department of Forestry and Fire Protection.",
    "“We are throwing everything we have at this fire, but the wind is not on our side,” said "
    "Battalion Chief Maria Delgado, who told reporters that gusts of up to 50 miles per hour "
    "had carried embers more than a mile ahead of the main front.",
    "Pacific Gas and Electric said it had cut power to about 60,000 customers as a precaution, "
    "and the county opened three shelters at fairgrounds and community centres for families "
    "who had been forced to leave with little more than their pets and medicines.",
    "No deaths have been reported. Two firefighters were treated for smoke inhalation and "
    "released, officials said, and investigators have not yet determined what caused the blaze.",
]
ORIGINAL = "\n\n".join(WIRE)
# outlet 2: another headline and an extra closing line
REHEADLINED = (
    "Wildfire forces thousands more from their homes\n\n"
    + ORIGINAL
    + "\n\nThe Associated Press contributed to this report."
)
# outlet 3: the fourth paragraph trimmed and a few words edited
TRIMMED = "\n\n".join([WIRE[0], WIRE[1], WIRE[2], WIRE[4]])
for old, new in [
    ("battled", "fought"),
    ("through the night", "overnight"),
    ("Monday morning", "Monday"),
    ("told reporters", "said"),
    ("No deaths have been reported.", "There were no reports of deaths."),
]:
    TRIMMED = TRIMMED.replace(old, new)

# The same event, a different story: a local paper's piece on the shelters that quotes the
# same paragraph from the battalion chief.
QUOTE = WIRE[2]
SHELTER_STORY = "\n\n".join(
    [
        "At the Sonoma County fairgrounds on Monday, volunteers handed out blankets, hot coffee "
        "and dog food to more than 300 evacuees who had spent the night on cots in an exhibition "
        "hall usually reserved for prize livestock and county fair displays.",
        "Linda Park, a retired teacher from the Fountaingrove neighbourhood, said she had grabbed "
        "her late husband's photo albums and her cat before a sheriff's deputy knocked on the "
        "door just after midnight and told her she had ten minutes to go.",
        QUOTE,
        "The Red Cross said it needed more volunteers who could work overnight shifts, and asked "
        "people who wanted to help to give money rather than clothing, which the shelters had "
        "no room to store or sort this week.",
    ]
)
# ... and a third: the economics desk on the power cuts, quoting the same paragraph.
POWER_STORY = "\n\n".join(
    [
        "Shares of PG&E fell 7 percent on Monday as investors weighed the utility's exposure to "
        "another season of wildfire claims, barely two years after it emerged from a bankruptcy "
        "brought on by fires its equipment had started.",
        QUOTE,
        "Analysts at two banks said the company's decision to cut power pre-emptively would limit "
        "its liability but anger regulators and customers, who have complained that the shutoffs "
        "leave hospitals, farms and small businesses in the dark for days at a time.",
    ]
)
# ... and two short pieces from other desks, each built around the same quote.
SCHOOLS_STORY = "\n\n".join(
    [
        "Sonoma County schools will stay closed through Friday, the superintendent said, as "
        "smoke kept the air quality index above 300 and several campuses sat inside the "
        "evacuation zone.",
        QUOTE,
        "Parents were told to watch for updates by text message; lunches will be handed out at "
        "two high schools outside the zone.",
    ]
)
WEATHER_STORY = "\n\n".join(
    [
        "Forecasters expect the offshore winds to ease by Wednesday evening, but a red flag "
        "warning remains in force for the North Bay hills until then.",
        QUOTE,
        "Humidity could rise above 30 percent by Thursday, which would give crews their first "
        "real chance to build containment lines.",
    ]
)
UNRELATED = (
    "The city council voted 6 to 3 on Tuesday to approve a new budget that raises library hours, "
    "repairs 40 miles of roads and delays a planned sports complex downtown until 2027.\n\n"
    "Council members who opposed the plan said it relied on optimistic forecasts of sales tax "
    "revenue, while the mayor called it the most careful budget the city had passed in a decade."
)


def ids_for(*texts: str) -> list[str]:
    return [article_id_for(t) for t in texts]


# ------------------------------------------------------------------------------ grouping


def test_a_wire_story_in_three_outlets_is_one_story():
    # four copies: the wire's own, an exact copy in outlet 1, re-headlined, trimmed and edited
    texts = [ORIGINAL, ORIGINAL, REHEADLINED, TRIMMED]
    articles = pd.DataFrame({"article_id": ids_for(*texts), "text": texts})

    stories = group_stories(articles["article_id"], articles["text"])

    assert stories.nunique() == 1
    assert stories.iloc[0] == articles["article_id"].iloc[0]  # the earliest member's id
    assert stories.index.equals(articles.index)


def test_different_stories_sharing_a_quoted_paragraph_stay_apart():
    texts = [ORIGINAL, SHELTER_STORY, POWER_STORY, SCHOOLS_STORY, WEATHER_STORY, UNRELATED]
    stories = group_stories(ids_for(*texts), texts)
    assert stories.tolist() == ids_for(*texts)  # six stories


def test_copies_and_distinct_stories_mixed():
    texts = [SHELTER_STORY, ORIGINAL, POWER_STORY, TRIMMED, UNRELATED, REHEADLINED]
    stories = group_stories(ids_for(*texts), texts)
    wire_id = article_id_for(ORIGINAL)
    assert stories.tolist() == [
        article_id_for(SHELTER_STORY),
        wire_id,
        article_id_for(POWER_STORY),
        wire_id,
        article_id_for(UNRELATED),
        wire_id,
    ]


def test_threshold_is_tunable():
    texts = [ORIGINAL, REHEADLINED, TRIMMED]
    strict = group_stories(ids_for(*texts), texts, threshold=0.95)
    # only the re-headlined copy holds nearly every shingle of the original; the edited one
    # (a paragraph gone, five edits) does not, and the containment rule alone cannot save it
    assert strict.iloc[1] == strict.iloc[0]
    assert strict.iloc[2] != strict.iloc[0]
    with pytest.raises(ValueError, match="threshold"):
        group_stories(["a"], ["text"], threshold=0)


def test_a_heavily_trimmed_copy_joins_by_containment():
    # a brief cut from the wire: the lead and half of the second paragraph, all inside the original
    brief = WIRE[0] + "\n\n" + WIRE[1].split(", according")[0] + "."
    original, cut = shingles(ORIGINAL), shingles(brief)
    assert len(original & cut) / len(original | cut) < DEFAULT_THRESHOLD  # Jaccard alone: apart
    assert cut <= original
    stories = group_stories(ids_for(ORIGINAL, brief), [ORIGINAL, brief])
    assert stories.nunique() == 1


def test_empty_and_tiny_texts_are_their_own_stories():
    texts = ["", "  ", "Breaking.", "Breaking!", ORIGINAL]
    stories = group_stories(["e1", "e2", "t1", "t2", "w"], texts)
    assert stories.tolist() == ["e1", "e2", "t1", "t1", "w"]


@pytest.mark.corpora
@pytest.mark.slow
def test_precision_and_recall_on_syndicated_copies_of_real_articles(corpora_dir, root):
    # the benchmark's syndication set, on 300 LGL/GWN articles: a regression guard for its
    # figures (the README quotes the whole set)
    spec = importlib.util.spec_from_file_location(
        "bench_stories", root / "benchmarks" / "bench_stories.py"
    )
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    articles, _ = bench.drop_near_duplicates(bench.real_articles(corpora_dir)[:300])
    texts, truth, kinds = bench.syndication_set(articles)
    assert kinds.count("quoting") >= 40
    predicted = group_stories([f"{i:05d}" for i in range(len(texts))], texts).tolist()
    precision, recall, _, _ = bench.precision_recall(predicted, truth)
    assert precision >= 0.98 and recall >= 0.95


# ------------------------------------------------------------------------------ the index


def test_incremental_additions_equal_one_batch():
    # A and C are both copies of B but not of each other (C adds two new paragraphs); B arrives
    # last and joins them: the later story takes the earlier one's id, exactly as a batch does
    a = "\n\n".join(WIRE[:4])
    c = "\n\n".join([*WIRE[2:], SHELTER_STORY])
    b = "\n\n".join([*WIRE, SHELTER_STORY])
    order = [("a", a), ("u", UNRELATED), ("c", c), ("s", POWER_STORY), ("b", b)]

    index = StoryIndex()
    first = index.add([k for k, _ in order[:3]], [t for _, t in order[:3]])
    assert first.tolist() == ["a", "u", "c"]  # A and C apart before B
    index.add([k for k, _ in order[3:]], [t for _, t in order[3:]])

    batch = StoryIndex()
    batch.add([k for k, _ in order], [t for _, t in order])
    pd.testing.assert_series_equal(index.story_ids(), batch.story_ids())
    assert index.story_ids().to_dict() == {"a": "a", "u": "u", "c": "a", "s": "s", "b": "a"}

    one_by_one = StoryIndex()
    for key, text in order:
        one_by_one.add([key], [text])
    pd.testing.assert_series_equal(one_by_one.story_ids(), batch.story_ids())


# Texts that overlap in every degree: each is a run of paragraphs from one pool.
_POOL = [*WIRE, *SHELTER_STORY.split("\n\n"), *UNRELATED.split("\n\n")]
_texts = st.lists(st.integers(0, len(_POOL) - 1), min_size=1, max_size=6).map(
    lambda picks: "\n\n".join(_POOL[i] for i in picks)
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    texts=st.lists(_texts, min_size=1, max_size=12),
    cuts=st.lists(st.integers(0, 12), max_size=3),
    removed=st.sets(st.integers(0, 11), max_size=4),
)
def test_any_additions_and_removals_equal_one_batch_of_what_remains(texts, cuts, removed):
    ids = [f"t{i:02d}" for i in range(len(texts))]
    index = StoryIndex()
    bounds = [0, *sorted(c for c in cuts if c < len(texts)), len(texts)]
    for lo, hi in pairwise(bounds):
        index.add(ids[lo:hi], texts[lo:hi])
    gone = [ids[i] for i in removed if i < len(ids)]
    index.remove(gone)

    kept = [(i, t) for i, t in zip(ids, texts, strict=True) if i not in gone]
    batch = StoryIndex()
    batch.add([i for i, _ in kept], [t for _, t in kept])
    pd.testing.assert_series_equal(index.story_ids(), batch.story_ids())


def test_adding_a_known_article_changes_nothing():
    index = StoryIndex()
    index.add(["w", "r"], [ORIGINAL, REHEADLINED])
    again = index.add(["r", "x", "x"], [REHEADLINED, UNRELATED, UNRELATED])
    assert again.tolist() == ["w", "x", "x"]
    assert len(index) == 3 and "x" in index


def test_removal():
    index = StoryIndex()
    a = "\n\n".join(WIRE[:4])
    c = "\n\n".join([*WIRE[2:], SHELTER_STORY])
    b = "\n\n".join([*WIRE, SHELTER_STORY])
    index.add(["a", "b", "c", "u"], [a, b, c, UNRELATED])
    assert index.story_ids().to_dict() == {"a": "a", "b": "a", "c": "a", "u": "u"}

    index.remove(["b", "not-there"])  # B was the only link between A and C: they split
    assert index.story_ids().to_dict() == {"a": "a", "c": "c", "u": "u"}
    assert "b" not in index and len(index) == 3

    index.add(["b"], [b])  # back again, now the latest member: the story keeps A's id
    index.remove(["a"])  # the earliest member gone: the next earliest names the story
    assert index.story_ids().to_dict() == {"c": "c", "u": "u", "b": "c"}

    # removed texts are no longer matched
    assert index.add(["a2"], [a]).tolist() == ["c"]  # via B
    index.remove(["b", "a2"])
    assert index.add(["a3"], [a]).tolist() == ["a3"]


def test_save_and_load_round_trip(tmp_path):
    index = StoryIndex(threshold=0.6, containment=0.85)
    texts = [ORIGINAL, SHELTER_STORY, REHEADLINED, POWER_STORY, TRIMMED]
    index.add(["w", "s", "r", "p", "t"], texts)
    index.remove(["p"])

    path = index.save(tmp_path / "index")
    assert sorted(p.name for p in path.parent.iterdir()) == ["stories.parquet"]  # no temp file

    loaded = StoryIndex.load(tmp_path / "index")
    pd.testing.assert_series_equal(loaded.story_ids(), index.story_ids())
    assert (loaded.threshold, loaded.containment) == (0.6, 0.85)
    # the loaded index matches new articles as the saved one does
    assert loaded.add(["u", "r2"], [UNRELATED, REHEADLINED + " Updated."]).tolist() == ["u", "w"]
    assert "p" not in loaded

    assert len(StoryIndex.load(tmp_path / "nothing-here")) == 0
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "stories.parquet").write_bytes(b"not parquet")
    with pytest.raises(StoryIndexError) as caught:
        StoryIndex.load(tmp_path / "bad")
    assert isinstance(caught.value, DatelineError)


def test_signatures_from_a_process_pool_group_the_same():
    texts = [ORIGINAL, SHELTER_STORY, REHEADLINED, POWER_STORY, TRIMMED]
    ids = ["w", "s", "r", "p", "t"]
    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("spawn")) as pool:
        signatures = list(pool.map(story_signature, texts))
    index = StoryIndex()
    from_pool = index.add(ids, signatures=signatures)
    assert from_pool.tolist() == group_stories(ids, texts).tolist() == ["w", "s", "w", "p", "w"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    texts=st.lists(
        st.text(alphabet=st.sampled_from("ab Cd’'`é ß İ ﬁ ½,.\n—_1日"), max_size=40)
        | st.sampled_from([ORIGINAL, TRIMMED, "", "one", "two words", "a b c", "a b c d e"]),
        max_size=12,
    ),
    shingle_words=st.sampled_from([1, 3, 4, 8]),
)
def test_signatures_of_many_texts_are_each_texts_datasketch_minhash(texts, shingle_words):
    from datasketch import MinHash

    signatures = story_signatures(texts, shingle_words=shingle_words, num_perm=64, seed=5)
    assert len(signatures) == len(texts)
    for text, signature in zip(texts, signatures, strict=True):
        alone = story_signature(text, shingle_words=shingle_words, num_perm=64, seed=5)
        assert signature.shingles.tolist() == alone.shingles.tolist()
        assert signature.hashvalues.tolist() == alone.hashvalues.tolist()
        # one hash per distinct shingle, sorted, and the MinHash is datasketch's over them
        assert signature.n_shingles == len(shingles(text, shingle_words=shingle_words))
        assert signature.shingles.tolist() == sorted(set(signature.shingles.tolist()))
        minhash = MinHash(num_perm=64, seed=5, scheme="affine32", hashfunc=int)
        minhash.update_batch(signature.shingles.tolist())
        assert signature.hashvalues.dtype == "uint32"
        assert signature.hashvalues.tolist() == minhash.hashvalues.tolist()


def test_group_stories_with_an_index_matches_against_it():
    index = StoryIndex()
    group_stories(["w", "s"], [ORIGINAL, SHELTER_STORY], index=index)
    later = group_stories(["t", "u"], [TRIMMED, UNRELATED], index=index)
    assert later.tolist() == ["w", "u"]
    with pytest.raises(ValueError, match="threshold"):
        group_stories(["x"], [UNRELATED], index=index, threshold=0.9)


# ------------------------------------------------------------------------------ counting units


def test_count_by_unit():
    # one wire text run by two outlets (same article_id), an edited copy of it, another story
    articles = pd.DataFrame(
        {
            "article_id": ["w", "w", "t", "s"],
            "source": ["a.html", "b.html", "c.html", "d.html"],
            "story_id": ["w", "w", "w", "s"],
        }
    )
    mentions = pd.DataFrame(
        {
            "article_id": ["w", "w", "t", "t", "s", "zz"],
            "entity": ["Maria Delgado", "PG&E", "Maria Delgado", "Red Cross", "PG&E", "PG&E"],
        }
    )

    def totals(unit):
        counted = count_by_unit(mentions, articles, unit)
        assert list(counted.columns[-2:]) == ["entity", "count"]
        return counted.groupby("entity")["count"].sum().to_dict()

    # per copy: the wire text counts once per outlet that ran it
    assert totals("copy") == {"Maria Delgado": 3, "PG&E": 3, "Red Cross": 1}
    # per unique text: identical copies once, the edited copy separately
    assert totals("text") == {"Maria Delgado": 2, "PG&E": 2, "Red Cross": 1}
    # per story: once per story; a mention only the edited copy carries still counts
    assert totals("story") == {"Maria Delgado": 1, "PG&E": 2, "Red Cross": 1}
    assert list(count_by_unit(mentions, articles).columns) == ["story_id", "entity", "count"]

    with pytest.raises(ValueError, match="unit"):
        count_by_unit(mentions, articles, "outlet")
    with pytest.raises(ValueError, match="story_id"):
        count_by_unit(mentions, articles.drop(columns="story_id"), "story")


@pytest.mark.parametrize("module", ["stories.py", "shingling.py"])
def test_editing_the_signer_changes_its_key(tmp_path, module):
    """signer_key follows the signer's code (helpers/stories.py, and helpers/shingling.py's word
    folding): an edit to how texts are hashed is a new key."""
    import os
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    import helpers

    copy = tmp_path / "tree"
    shutil.copytree(Path(helpers.__file__).parent, copy / "helpers")
    probe = "from helpers.stories import signer_key; print(signer_key())"

    def key() -> str:
        env = {**os.environ, "PYTHONPATH": str(copy)}
        done = subprocess.run(
            [sys.executable, "-c", probe], cwd=copy, env=env, capture_output=True, text=True
        )
        assert done.returncode == 0, done.stderr
        return done.stdout.strip()

    before = key()
    with (copy / "helpers" / module).open("a", encoding="utf-8") as edited:
        edited.write("\n# another word folding\n")
    assert key() != before


def test_a_changed_signer_rehashes_the_published_index(tmp_path, monkeypatch):
    """A rerun after the signer changed groups every text with the new signer, not new texts with
    new signatures against old texts' old ones (which would never match: one story split)."""
    from helpers import stories
    from helpers.pipeline import analyze

    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in {"w.txt": ORIGINAL, "s.txt": SHELTER_STORY, "p.txt": POWER_STORY}.items():
        (folder / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    first = analyze(folder, out=out, workers=1, progress=False)
    assert first.articles["story_id"].nunique() == 3

    # another signer: every text folds to the same single word, so all texts are one story
    monkeypatch.setattr(stories, "_hash_words", lambda text: [b"same"])
    monkeypatch.setattr(stories, "signer_key", lambda: "another-signer", raising=False)
    (folder / "u.txt").write_text(UNRELATED, encoding="utf-8")
    rerun = analyze(folder, out=out, workers=1, progress=False)
    assert rerun.articles["story_id"].nunique() == 1


def test_cached_permutations_and_bands_are_datasketchs_and_a_damaged_cache_is_rebuilt(
    tmp_path, monkeypatch
):
    """The permutations and LSH bands kept in the cache (so signing imports neither datasketch
    nor scipy) are datasketch's own; a damaged file is recomputed, never trusted."""
    import numpy as np
    from datasketch import MinHash, MinHashLSH

    from helpers import stories
    from helpers.cache import ENV_VAR

    monkeypatch.setenv(ENV_VAR, str(tmp_path))
    for cached in (stories._permutations, stories._bands):
        cached.cache_clear()
    try:
        for attempt in range(3):  # computed, then read back, then read after damage
            perms = stories._permutations(64, 7)
            bands = stories._bands(0.4, 64)
            want = MinHash(num_perm=64, seed=7, scheme="affine32").permutations
            assert perms.dtype == want.dtype and np.array_equal(perms, want)
            lsh = MinHashLSH(threshold=0.4, num_perm=64)
            assert bands == (lsh.b, lsh.r)
            files = sorted((tmp_path / "stories").iterdir())
            assert [f.suffix for f in files] == [".json", ".npy"]  # no temporary file left
            stories._permutations.cache_clear()
            stories._bands.cache_clear()
            if attempt == 1:
                for f in files:
                    f.write_bytes(b"\x93NUMPY[7, 1")  # truncated: neither npy nor JSON
    finally:
        for cached in (stories._permutations, stories._bands):
            cached.cache_clear()


def test_signing_imports_neither_datasketch_nor_scipy():
    """A worker signs texts without importing datasketch, whose import pulls in scipy (seconds
    on a busy machine, paid by every process that signs)."""
    import subprocess
    import sys

    probe = (
        "import sys\n"
        "from helpers.stories import story_signatures, StoryIndex\n"
        "story_signatures(['Storm closes schools across the county.'])\n"  # fills the cache
        "StoryIndex()\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'datasketch', 'scipy'}))\n"
    )
    run = [sys.executable, "-c", probe]
    subprocess.run(run, check=True, capture_output=True)
    done = subprocess.run(run, check=True, capture_output=True, text=True)
    assert done.stdout.strip() == "[]"


_TYPOGRAPHY = "’‘ʼ´`'“”—–\u00a0\u0301éß İ…ﬁ_-.,:;!?0123456789"


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.text(
        alphabet=st.sampled_from(list("abcXYZ  \n\t" + _TYPOGRAPHY)) | st.characters(),
        max_size=80,
    )
)
def test_the_signers_fast_word_split_equals_normalise_words(text):
    """The words the signer hashes are normalise_words' words, UTF-8 encoded, for any text."""
    from helpers.stories import _hash_words, normalise_words

    assert _hash_words(text) == [w.encode() for w in normalise_words(text)]
