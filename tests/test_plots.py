"""Charts: each draws what the tables say, labels it, and saves PNG + SVG on request."""

from __future__ import annotations

import itertools

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from matplotlib.patches import Rectangle
from matplotlib.text import Text

from helpers import plots


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


def _articles(n: int, *, dated: bool = True) -> pd.DataFrame:
    ids = [f"a{i:03d}" for i in range(n)]
    published = pd.to_datetime("2019-01-01") + pd.to_timedelta(np.arange(n) * 3, unit="D")
    return pd.DataFrame(
        {
            "article_id": ids,
            "title": [f"Story {i}" for i in range(n)],
            "published": published if dated else pd.Series([pd.NaT] * n, dtype="datetime64[ns]"),
        }
    )


def _readability(n: int, seed: int = 0) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    table = pd.DataFrame({"article_id": [f"a{i:03d}" for i in range(n)]})
    for metric in plots.GRADE_METRICS:
        table[metric] = rng.uniform(4, 16, n)
    table["flesch_reading_ease"] = rng.uniform(20, 90, n)
    table["dale_chall_readability_score"] = rng.uniform(5, 10, n)
    return table


def _mentions(rows: list[tuple[str, str, str]]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "article_id": [r[0] for r in rows],
            "entity": [r[1] for r in rows],
            "kind": [r[2] for r in rows],
            "surface": [r[1] for r in rows],
            "start": 0,
            "end": 1,
        }
    )


MENTIONS = _mentions(
    [
        ("a000", "Donald Trump", "person"),
        ("a000", "Donald Trump", "person"),
        ("a000", "Kim Jong Un", "person"),
        ("a000", "Hanoi", "place"),
        ("a001", "Donald Trump", "person"),
        ("a001", "Reuters", "organisation"),
        ("a001", "Hanoi", "place"),
        ("a002", "Kim Jong Un", "person"),
        ("a002", "Mike Pompeo", "person"),
    ]
)


def _bars(ax) -> list[Rectangle]:
    return [p for p in ax.patches if isinstance(p, Rectangle) and p.get_height() < 1]


def _bar_values(ax) -> dict[str, float]:
    """label -> bar length, matching each horizontal bar to the tick at its centre."""
    pairs = zip(ax.get_yticks(), ax.get_yticklabels(), strict=True)
    ticks = {round(y, 6): t.get_text() for y, t in pairs}
    return {ticks[round(b.get_y() + b.get_height() / 2, 6)]: b.get_width() for b in _bars(ax)}


def _all_text(fig) -> str:
    parts = [t.get_text() for t in fig.texts]
    for ax in fig.axes:
        parts += [t.get_text() for t in ax.texts]
        parts += [ax.get_title(loc="left"), ax.get_title(), ax.get_xlabel(), ax.get_ylabel()]
    return "\n".join(parts)


# --------------------------------------------------------------------------- readability


def test_readability_scores_draws_one_bar_per_article_with_titles_and_units():
    table = _readability(4)
    fig = plots.readability_scores(table, _articles(4))
    ax = fig.axes[0]
    widths = sorted(round(b.get_width(), 6) for b in _bars(ax))
    assert widths == sorted(round(v, 6) for v in table["flesch_kincaid_grade"])
    labels = {t.get_text() for t in ax.get_yticklabels()}
    assert labels == {f"Story {i}" for i in range(4)}
    assert "US school grade" in ax.get_xlabel()
    assert ax.get_title(loc="left")
    assert "Source: Dateline analysis of 4 articles" in _all_text(fig)
    # the grade bands are named on the chart
    assert "college" in _all_text(fig)


def test_readability_scores_samples_many_articles_but_keeps_the_extremes():
    table = _readability(200)
    fig = plots.readability_scores(table, max_articles=20)
    widths = [b.get_width() for b in _bars(fig.axes[0])]
    assert len(widths) == 20
    assert max(widths) == pytest.approx(table["flesch_kincaid_grade"].max())
    assert min(widths) == pytest.approx(table["flesch_kincaid_grade"].min())
    assert "20 of 200 articles shown" in _all_text(fig)


def test_readability_scores_reading_ease_uses_its_own_scale_and_bands():
    fig = plots.readability_scores(_readability(3), metric="flesch_reading_ease")
    ax = fig.axes[0]
    assert "higher = easier" in ax.get_xlabel()
    assert "very confusing" in _all_text(fig)
    assert ax.get_xlim()[1] >= 100


def test_readability_scores_rejects_unknown_metric_and_skips_missing_scores():
    table = _readability(3)
    with pytest.raises(KeyError):
        plots.readability_scores(table, metric="no_such_metric")
    table.loc[1, "flesch_kincaid_grade"] = np.nan
    assert len(_bars(plots.readability_scores(table).axes[0])) == 2


def test_untrusted_titles_are_truncated_and_never_mathtext():
    table = _readability(1)
    articles = pd.DataFrame({"article_id": ["a000"], "title": ["Profit of $5 and $6 " + "x" * 90]})
    fig = plots.readability_scores(table, articles)
    label = fig.axes[0].get_yticklabels()[0].get_text()
    assert r"\$5" in label and len(label) <= 52
    fig.canvas.draw()  # would raise if "$5 and $" were parsed as mathtext


def test_readability_metrics_one_marker_series_per_grade_metric():
    table = _readability(5).drop(columns=["smog_index"])
    fig = plots.readability_metrics(table)
    ax = fig.axes[0]
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert "SMOG" not in legend and "Flesch–Kincaid" in legend
    assert len(legend) == len(plots.GRADE_METRICS) - 1
    # each metric series has one point per article
    assert all(len(c.get_offsets()) == 5 for c in ax.collections if c.get_label() in legend)
    assert "Dale" not in " ".join(legend)  # not a grade scale: never on this axis


def test_readability_distribution_counts_every_article():
    table = _readability(300)
    fig = plots.readability_distribution(table, metrics=["flesch_kincaid_grade", "gunning_fog"])
    ax = fig.axes[0]
    assert "300 articles" in ax.get_title(loc="left")
    points = [c for c in ax.collections if len(c.get_offsets()) == 300]
    assert len(points) == 2
    medians = sorted(line.get_xdata()[0] for line in ax.lines if line.get_linewidth() == 1.8)
    expected = sorted(table[["flesch_kincaid_grade", "gunning_fog"]].median())
    assert medians == pytest.approx(expected)


def test_readability_distribution_handles_a_single_article_and_no_metric():
    plots.readability_distribution(_readability(1)).canvas.draw()
    with pytest.raises(KeyError):
        plots.readability_distribution(pd.DataFrame({"article_id": ["a"]}))


# --------------------------------------------------------------------------- mentions


def test_top_mentions_bars_are_counts_in_descending_order():
    fig = plots.top_mentions(MENTIONS, kind="person", top_n=2)
    ax = fig.axes[0]
    assert _bar_values(ax) == {"Donald Trump": 3, "Kim Jong Un": 2}
    top_bar = max(_bars(ax), key=lambda b: b.get_y())
    assert top_bar.get_width() == 3  # most mentioned at the top
    assert ax.get_xlabel() == "Number of mentions"


def test_top_mentions_can_rank_by_articles():
    fig = plots.top_mentions(MENTIONS, kind="person", count="articles")
    assert _bar_values(fig.axes[0]) == {"Donald Trump": 2, "Kim Jong Un": 2, "Mike Pompeo": 1}
    with pytest.raises(ValueError):
        plots.top_mentions(MENTIONS, count="words")


def test_top_mentions_panels_per_kind_and_says_when_a_kind_is_absent():
    only_people = MENTIONS[MENTIONS["kind"] == "person"]
    fig = plots.top_mentions(only_people)
    titles = [ax.get_title(loc="left") for ax in fig.axes]
    assert titles == [
        "Most-mentioned people",
        "Most-mentioned organisations",
        "Most-mentioned places",
    ]
    assert "No organisations found" in _all_text(fig)


def test_co_mention_matrix_counts_shared_articles():
    matrix = plots.co_mention_matrix(MENTIONS)
    assert (matrix.to_numpy() == matrix.to_numpy().T).all()
    assert matrix.loc["Donald Trump", "Donald Trump"] == 2  # articles, not mentions
    assert matrix.loc["Donald Trump", "Hanoi"] == 2
    assert matrix.loc["Donald Trump", "Kim Jong Un"] == 1
    assert matrix.loc["Mike Pompeo", "Hanoi"] == 0
    assert list(matrix.index[:2]) == ["Donald Trump", "Hanoi"]  # most articles first, then name
    assert len(plots.co_mention_matrix(MENTIONS, top_n=3)) == 3
    people = plots.co_mention_matrix(MENTIONS, kinds=["person"])
    assert set(people.index) == {"Donald Trump", "Kim Jong Un", "Mike Pompeo"}


def test_co_mention_heatmap_blanks_the_diagonal_and_annotates_cells():
    fig = plots.co_mention_heatmap(MENTIONS)
    ax = fig.axes[0]
    data = np.ma.filled(ax.images[0].get_array().astype(float), np.nan)
    assert np.isnan(np.diag(data)).all()
    assert np.nanmax(data) == 2
    assert "Donald Trump (2)" in [t.get_text() for t in ax.get_yticklabels()]
    assert len(ax.texts) == len(data) ** 2 - len(data)
    assert len(fig.axes) == 2  # the colour bar


def test_co_mention_heatmap_with_a_single_entity_explains_itself():
    fig = plots.co_mention_heatmap(MENTIONS[MENTIONS["entity"] == "Hanoi"])
    assert "Fewer than two entities" in _all_text(fig)


def test_mentions_over_time_sums_match_and_undated_articles_are_reported():
    articles = _articles(3)
    articles.loc[2, "published"] = pd.NaT
    fig = plots.mentions_over_time(MENTIONS, articles, top_n=10)
    ax = fig.axes[0]
    totals = {line.get_label(): line.get_ydata().sum() for line in ax.get_lines()}
    dated = MENTIONS[MENTIONS["article_id"] != "a002"]
    assert totals == dated.groupby("entity").size().to_dict()
    assert ax.get_ylabel() == "Mentions per day"
    assert "1 undated article left out" in _all_text(fig)


def test_mentions_over_time_without_dates_says_so():
    fig = plots.mentions_over_time(MENTIONS, _articles(3, dated=False))
    assert "No publication dates" in _all_text(fig)
    assert not fig.axes[0].get_lines()


def test_mentions_over_time_keeps_equal_counts_apart():
    # three entities with the same count in the same week were one visible point (the last
    # line's marker hid the others): each line has its own marker shape, the first ones larger
    ax = plots.mentions_over_time(MENTIONS, _articles(3), top_n=10).axes[0]
    lines = ax.get_lines()
    assert len({line.get_marker() for line in lines}) == len(lines)
    sizes = [line.get_markersize() for line in lines]
    assert sizes == sorted(sizes, reverse=True) and sizes[0] > sizes[-1]


def test_mentions_over_time_picks_months_for_long_spans():
    ids = [f"a{i:02}" for i in range(30)]
    mentions = pd.DataFrame({"article_id": ids, "entity": "Donald Trump", "kind": "person"})
    dates = pd.date_range("2015-01-10", periods=30, freq="38D")  # three years
    articles = pd.DataFrame({"article_id": ids, "published": dates})
    ax = plots.mentions_over_time(mentions, articles).axes[0]
    assert ax.get_ylabel() == "Mentions per month"


def test_mentions_over_time_bins_few_articles_coarser():
    # six stories over fifteen months made 65 weekly points, nearly all zero (folder 61's
    # report), and over 28 months 29 monthly ones (folder 63's): few dated stories get at most
    # four points each, coarser periods otherwise
    ids = [f"a{i}" for i in range(6)]
    mentions = pd.DataFrame({"article_id": ids, "entity": "Kim Jong Un", "kind": "person"})
    dates = ["2022-07-01", "2022-09-03", "2022-12-12", "2023-03-01", "2023-06-05", "2023-10-01"]
    articles = pd.DataFrame({"article_id": ids, "published": pd.to_datetime(dates)})
    ax = plots.mentions_over_time(mentions, articles).axes[0]
    assert ax.get_ylabel() == "Mentions per month"
    assert len(ax.get_lines()[0].get_xdata()) == 16
    assert ax.get_lines()[0].get_ydata().sum() == 6
    articles["published"] = pd.to_datetime([*dates[:5], "2024-09-30"])
    ax = plots.mentions_over_time(mentions, articles).axes[0]
    assert ax.get_ylabel() == "Mentions per quarter"
    assert len(ax.get_lines()[0].get_xdata()) == 9
    articles["published"] = pd.to_datetime([d.replace("202", "201") for d in dates[:3]] + dates[3:])
    assert plots.mentions_over_time(mentions, articles).axes[0].get_ylabel() == "Mentions per year"
    # three stories over four years: years; many articles keep the finer period
    many = [f"b{i}" for i in range(300)]
    mentions = pd.DataFrame({"article_id": many, "entity": "Kim Jong Un", "kind": "person"})
    articles = pd.DataFrame(
        {"article_id": many, "published": pd.date_range("2022-01-01", periods=300, freq="2D")}
    )
    assert plots.mentions_over_time(mentions, articles).axes[0].get_ylabel() == "Mentions per week"


# --------------------------------------------------------------------------- style and saving


def test_every_chart_uses_the_colour_blind_safe_palette():
    fig = plots.top_mentions(MENTIONS, kind="organisation")
    colour = matplotlib.colors.to_hex(_bars(fig.axes[0])[0].get_facecolor())
    assert colour == plots.KIND_COLOURS["organisation"] == plots.PALETTE[1]
    assert set(plots.KIND_COLOURS.values()) <= set(plots.PALETTE)


def test_save_writes_png_and_svg(tmp_path):
    fig = plots.top_mentions(MENTIONS, kind="person", save="people", folder=tmp_path / "figs")
    png, svg = tmp_path / "figs" / "people.png", tmp_path / "figs" / "people.svg"
    assert png.read_bytes().startswith(b"\x89PNG")
    text = svg.read_text(encoding="utf-8")
    assert "<svg" in text and "Donald Trump" in text  # svg.fonttype none: labels stay text
    paths = plots.save_figure(fig, "again.png", folder=tmp_path)
    assert [p.name for p in paths] == ["again.png", "again.svg"]


def test_charts_draw_into_a_given_axes_without_a_new_figure():
    fig, (left, right) = plt.subplots(1, 2)
    out = plots.top_mentions(MENTIONS, kind="place", ax=left)
    plots.readability_scores(_readability(2), ax=right)
    assert out is fig and len(fig.axes) == 2
    assert not fig.texts  # the source note is only added to figures the function owns
    with pytest.raises(ValueError):
        plots.top_mentions(MENTIONS, ax=left)


def test_style_restores_only_its_own_settings():
    # IPython turns interactive mode on when the first figure appears; if leaving the style
    # switched it back off, Jupyter would stop showing every later figure.
    before = matplotlib.is_interactive()
    try:
        matplotlib.interactive(False)
        with plots.dateline_style():
            assert matplotlib.rcParams["axes.spines.top"] is False
            matplotlib.interactive(True)
        assert matplotlib.is_interactive()
        assert matplotlib.rcParams["axes.spines.top"] is True
    finally:
        matplotlib.interactive(before)


# --- what a reader sees at one, a few and many articles -------------------------------------


def _overlaps(fig, a, b) -> bool:
    renderer = fig.canvas.get_renderer()
    return a.get_window_extent(renderer).overlaps(b.get_window_extent(renderer))


def _band_names(ax) -> list:
    names = {name for *_, name in (*plots.GRADE_BANDS, *plots.READING_EASE_BANDS)}
    return [t for t in ax.texts if t.get_text() in names]


@pytest.mark.parametrize("n", [1, 5, 30])
@pytest.mark.parametrize(
    "draw",
    [
        lambda r, a: plots.readability_scores(r, a),
        lambda r, a: plots.readability_scores(r, a, metric="flesch_reading_ease"),
        lambda r, a: plots.readability_metrics(r, a),
        lambda r, a: plots.readability_distribution(r),
    ],
    ids=["grade", "ease", "metrics", "distribution"],
)
def test_grade_band_names_never_touch_the_title(n, draw):
    readability = _readability(n)
    readability["flesch_reading_ease"] = np.linspace(20, 95, n)
    fig = draw(readability, _articles(n))
    fig.canvas.draw()
    ax = fig.axes[0]
    names = _band_names(ax)
    assert len(names) >= 4
    title = ax.get_title(loc="left")
    (drawn,) = [t for t in ax.get_children() if isinstance(t, Text) and t.get_text() == title]
    for name in names:
        assert not _overlaps(fig, name, drawn), name.get_text()
    for a, b in itertools.pairwise(names):  # neighbours in the staggered rows
        assert not _overlaps(fig, a, b), (a.get_text(), b.get_text())


@pytest.mark.parametrize(
    ("n", "expected"), [(1, "1 article"), (2, "2 articles"), (1000, "1,000 articles")]
)
def test_distribution_title_counts_articles_in_words(n, expected):
    fig = plots.readability_distribution(_readability(n))
    assert fig.axes[0].get_title(loc="left") == f"Readability across {expected}"


@pytest.mark.parametrize(
    "lengths", [[325], [325, 325], [120, 146, 150, 210, 228], list(range(100, 1100))]
)
def test_article_length_axis_reads_in_whole_round_numbers(lengths):
    articles = pd.DataFrame(
        {"article_id": [f"a{i}" for i in range(len(lengths))], "n_words": lengths}
    )
    fig = plots.article_lengths(articles)
    fig.canvas.draw()
    ax = fig.axes[0]
    lo, hi = ax.get_xlim()
    ticks = [t for t in ax.get_xticks() if lo <= t <= hi]
    assert len(ticks) >= 3
    assert all(float(t).is_integer() for t in ticks), ticks
    steps = set(np.round(np.diff(ticks), 6))
    assert len(steps) == 1 and steps.pop() in {1, 2, 5, 10, 20, 50, 100, 200, 500}
    bars = [p for p in ax.patches if isinstance(p, Rectangle) and p.get_height() > 0]
    edges = [x for p in bars for x in (p.get_x(), p.get_x() + p.get_width())]
    assert all(float(e).is_integer() for e in edges), edges
    assert sum(p.get_height() for p in bars) == len(lengths)
    assert min(edges) <= min(lengths) and max(edges) >= max(lengths)


@pytest.mark.parametrize("n", [1, 2, 30])
def test_metric_comparison_lays_out_without_warnings(n, tmp_path):
    """With one article the legend is taller than the rows: the figure grows to hold it instead of
    matplotlib giving up on the layout (its warning used to land in the report)."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        from IPython.core.pylabtools import print_figure

        fig = plots.readability_metrics(_readability(n), _articles(n), save="m", folder=tmp_path)
        print_figure(fig, "png", bbox_inches="tight")  # as Jupyter shows it, after saving
    ax = fig.axes[0]
    assert ax.get_window_extent().height > 40  # the axes kept a real height


def test_same_name_places_stay_apart_in_the_bars_and_the_co_mention_matrix() -> None:
    """Georgia the country and Georgia the US state are two entities in every count a reader sees,
    as in ``mention_counts``; a place named once keeps its plain name."""
    ids = pd.array([614540, 614540, 4197000, 2988507], dtype="Int64")
    m = pd.DataFrame(
        {
            "article_id": ["a", "a", "b", "b"],
            "entity": ["Georgia", "Georgia", "Georgia", "Paris"],
            "kind": "place",
            "place_id": ids,
        }
    )
    fig = plots.top_mentions(m, kind="place")
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert labels == ["Georgia (GE)", "Georgia (US)", "Paris"]  # most mentioned first
    matrix = plots.co_mention_matrix(m)
    assert sorted(matrix.index) == ["Georgia (GE)", "Georgia (US)", "Paris"]
    plt.close(fig)


def test_bar_labels_and_note_read_as_english_for_one_story() -> None:
    """'1 (1 story)', not '1 (1 stories)'; the note counts every article analysed, and its second
    sentence starts with a capital."""
    m = pd.DataFrame({"article_id": ["a"], "entity": ["Kim"], "kind": "person"})
    articles = pd.DataFrame({"article_id": ["a", "b"], "story_id": ["a", "b"]})
    fig = plots.top_mentions(m, kind="person", articles=articles)
    texts = [t.get_text() for t in fig.axes[0].texts]
    assert " 1 (1 story)" in texts
    notes = [t.get_text() for t in fig.texts]
    assert any("analysis of 2 articles. Counted per story" in n for n in notes), notes
    plt.close(fig)
