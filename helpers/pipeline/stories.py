"""Copies and stories in a run: every input record's row in ``articles``, and its ``story_id``.

Owns the two things the articles table carries beyond one row per distinct text:

- **Copies.** One wire story in three outlets is three input records; when two of them have the
  same cleaned text they share an ``article_id`` (analysed once: the results tables stay keyed by
  it) but each keeps its row, with its own ``source``, ``outlet``, ``title``, ``published`` and
  ``author``. :class:`CopyRows` holds the rows of the later copies read this run (without their
  text, which is the first copy's) until the articles table is written; :func:`finish_rows`
  puts a chunk's rows together: the text filled in, ``story_id`` set, copies in input order.
- **Stories.** Near-duplicates (another headline, a paragraph dropped or added, words edited)
  share a ``story_id``: the ``article_id`` of the story's earliest text (see
  :mod:`helpers.stories`). :func:`assign_stories` updates the :class:`~helpers.stories.StoryIndex`
  of the published run with this run's texts — new texts are hashed and matched against the
  stored index, removed ones leave it, nothing else is hashed again — and the index is saved in
  the run's own folder (``runs/<run_id>/stories.parquet``), so it is published by the same
  atomic switch as the tables and a killed run never touches the published one.

    >>> from helpers.pipeline import analyze
    >>> result = analyze("data/articles", out="data/processed")               # doctest: +SKIP
    >>> result.articles.groupby("story_id")["outlet"].nunique()               # doctest: +SKIP

Both engines add texts to the index in articles order (first copy first), so they give the same
``story_id`` s.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from helpers.pipeline.inputs import batched
from helpers.stories import (
    DEFAULT_NUM_PERM,
    DEFAULT_SEED,
    DEFAULT_SHINGLE_WORDS,
    DEFAULT_THRESHOLD,
    Signature,
    StoryIndex,
    StoryIndexError,
)

__all__ = [
    "SIGNATURES",
    "CopyRows",
    "analyze_batch_signed",
    "assign_stories",
    "batch_signatures",
    "finish_rows",
    "load_story_index",
    "story_signatures",
]

# The key under which a worker's batch results carry the story signatures of its texts (popped
# by the parent before the results tables are checkpointed).
SIGNATURES = "__story_signatures__"
# Texts the parent hashes together when it must hash some itself (texts whose signatures no
# worker sent): one block of texts in memory.
_SIGN_BLOCK = 256


def batch_signatures(records: Iterable[Mapping[str, Any]]) -> dict[str, Signature]:
    """``article_id`` → story signature of each record's body (default settings): computed where
    the texts already are (a pool worker, a Dask task), so the one writer only groups.

        >>> sig = batch_signatures([{"article_id": "a1", "title": "Rain",
        ...                          "text": "Rain\\n\\nRain fell on Oslo all week."}])["a1"]
        >>> sig.n_shingles
        3
    """
    from helpers.clean import body_text
    from helpers.stories import story_signatures

    records = list(records)
    bodies = [body_text(r.get("text") or "", r.get("title")) for r in records]
    return dict(zip((str(r["article_id"]) for r in records), story_signatures(bodies), strict=True))


def analyze_batch_signed(
    records: list[Mapping[str, Any]],
    *,
    geocoder: Any = "offline",
    lang: str = "en",
    backend: Any = "dateline",
) -> dict[str, Any]:
    """:func:`helpers.pipeline.stages.analyze_batch` plus the batch's story signatures under
    :data:`SIGNATURES` (0.4 ms per article, in the worker that has the text)."""
    from helpers.pipeline.stages import analyze_batch

    results: dict[str, Any] = dict(
        analyze_batch(records, geocoder=geocoder, lang=lang, backend=backend)
    )
    results[SIGNATURES] = batch_signatures(records)
    return results


class CopyRows:
    """Articles rows of the later copies read this run (text left out: it is the first copy's),
    in memory (~200 bytes a row) until the articles table is written.

        >>> rows = CopyRows()
        >>> rows.ids
        set()
    """

    def __init__(self) -> None:
        self.tables: list[pa.Table] = []
        self.ids: set[str] = set()
        self._all: pa.Table | None = None

    def add_records(self, records: list[dict[str, Any]]) -> None:
        """Keep the rows of ``records`` (dicts as the loader yields them)."""
        if records:
            from helpers.pipeline.store import frame_table

            self.add_table(frame_table(records))

    def add_table(self, table: pa.Table) -> None:
        """Keep the rows of an articles ``table``."""
        if not table.num_rows:
            return
        if "text" in table.column_names:
            table = table.drop_columns(["text"])
        self.tables.append(table)
        self.ids.update(pc.unique(table["article_id"]).to_pylist())
        self._all = None

    def take(self, chunk: Iterable[str]) -> list[pa.Table]:
        """The kept rows whose ``article_id`` is in ``chunk``."""
        wanted = [i for i in chunk if i in self.ids]
        if not wanted:
            return []
        if self._all is None:
            self._all = pa.concat_tables(self.tables, promote_options="permissive")
            self.tables = [self._all]
        table = self._all
        return [
            table.filter(pc.is_in(table["article_id"], value_set=pa.array(wanted, pa.string())))
        ]


def finish_rows(
    found: list[pa.Table],
    *,
    position: Mapping[str, int],
    story_of: Mapping[str, str],
) -> list[pa.Table]:
    """A chunk's articles rows made whole: each copy's text filled in from a row of the same
    ``article_id`` that has it, ``story_id`` set from ``story_of``, rows in input order (by
    ``position`` of their ``source``) so each article's first copy comes first."""
    tables = [t for t in found if t is not None and t.num_rows]
    if not tables:
        return []
    table = pa.concat_tables(tables, promote_options="permissive")
    ids = table["article_id"]
    if "text" in table.column_names and table["text"].null_count:
        has_text = pc.is_valid(table["text"])
        with_text = table.filter(has_text)
        at = pc.index_in(ids, value_set=with_text["article_id"])
        table = table.set_column(
            table.column_names.index("text"),
            "text",
            pc.coalesce(table["text"], with_text["text"].take(at)),
        )
    stories = pa.array([story_of.get(i) for i in ids.to_pylist()], type=pa.string())
    if "story_id" in table.column_names:
        table = table.set_column(table.column_names.index("story_id"), "story_id", stories)
    else:
        table = table.append_column("story_id", stories)
    last = len(position)
    seq = np.array([position.get(s, last) for s in table["source"].to_pylist()], dtype=np.int64)
    if len(seq) > 1 and (np.diff(seq) < 0).any():
        table = table.take(pa.array(np.argsort(seq, kind="stable")))
    return [table]


def load_story_index(
    folder: Path | None, threshold: float = DEFAULT_THRESHOLD
) -> tuple[StoryIndex, dict[str, str]]:
    """The published run's story index and its ``article_id`` → ``story_id`` before this run.

    A run without an index (written before stories, or damaged), one made with another
    ``threshold``, or one whose signatures another version of the signer made
    (:func:`helpers.stories.signer_key`), gives a new empty index: every text is then hashed
    again this once.
    """
    from helpers.stories import signer_key  # looked up per call: tests stand in another signer

    if folder is not None:
        with contextlib.suppress(StoryIndexError, OSError):
            index = StoryIndex.load(folder)
            if index.threshold == threshold and index.signer == signer_key() and len(index):
                stories = index.story_ids()
                return index, dict(zip(stories.index.tolist(), stories.tolist(), strict=True))
    return StoryIndex(threshold=threshold), {}


def story_signatures(
    rows: Iterable[tuple[str, str | None, str | None]], index: StoryIndex
) -> Iterator[tuple[str, Signature]]:
    """(article_id, signature of its body) for each (article_id, title, text): the headline is
    left out, so a re-headlined copy differs only by its edits."""
    from helpers.clean import body_text

    # in blocks: hashed together (story_signatures), memory stays one block of texts
    for block in batched(rows, _SIGN_BLOCK):
        bodies = [body_text(text or "", title) for _, title, text in block]
        yield from zip((a for a, _, _ in block), index.signatures(bodies), strict=True)


def assign_stories(
    index: StoryIndex,
    order: list[str],
    texts: Callable[[set[str]], Iterator[tuple[str, str | None, str | None]]],
    *,
    save_to: Path | None = None,
    known: Mapping[str, Signature] | None = None,
) -> dict[str, str]:
    """Bring ``index`` in step with the run's distinct texts ``order`` and return each one's
    ``story_id``.

    Texts no longer present are removed; new ones are added in ``order``, so an engine that
    reads in another order still gives the same ids: their signatures come from ``known`` (as
    the workers computed them) or, for the rest, are hashed here from ``texts(ids)``, which
    yields their article_id, title and text in any order. The index is saved to ``save_to``
    (the run's folder) when given.

        >>> index = StoryIndex()
        >>> text = "Storm closes schools across the county as snow piles up on the roads."
        >>> assign_stories(index, ["a1", "b2"], lambda ids: iter([("a1", None, text),
        ...                                                       ("b2", None, text + " More.")]))
        {'a1': 'a1', 'b2': 'a1'}
    """
    present = set(order)
    gone = [i for i in index.story_ids().index.tolist() if i not in present]
    index.remove(gone)
    new = [i for i in order if i not in index]
    if new:
        # the workers hash with the default settings: their signatures fit such an index only
        defaults = (DEFAULT_NUM_PERM, DEFAULT_SHINGLE_WORDS, DEFAULT_SEED)
        usable = (index.num_perm, index.shingle_words, index.seed) == defaults
        known = known if known is not None and usable else {}
        signatures = {i: known[i] for i in new if i in known}
        rest = {i for i in new if i not in signatures}
        if rest:
            signatures.update(story_signatures(texts(rest), index))
        missing = [i for i in new if i not in signatures]
        if missing:
            raise RuntimeError(f"no text for {len(missing)} article(s), e.g. {missing[0]}")
        index.add(new, signatures=[signatures[i] for i in new])
        del signatures
    if save_to is not None:
        index.save(save_to)
    stories = index.story_ids()
    return dict(zip(stories.index.tolist(), stories.tolist(), strict=True))


def texts_from_tables(
    paths: Iterable[Path], wanted: set[str]
) -> Iterator[tuple[str, str | None, str | None]]:
    """(article_id, title, text) of the ``wanted`` ids found in Parquet files or folders of parts
    ``paths`` (each id once), read one file at a time."""
    from helpers.pipeline.store import read_table

    left = set(wanted)
    values = pa.array(sorted(left), type=pa.string())
    for path in paths:
        if not left or not path.exists():
            continue
        files = sorted(path.glob("*.parquet")) if path.is_dir() else [path]
        for file in files:
            if not left:
                break
            table = (
                read_table(file, columns=["article_id", "title", "text"], filters=values)
                if file.is_dir()
                else pq.read_table(
                    file,
                    columns=["article_id", "title", "text"],
                    filters=[("article_id", "in", values)],
                )
            )
            for article_id, title, text in zip(
                table["article_id"].to_pylist(),
                table["title"].to_pylist(),
                table["text"].to_pylist(),
                strict=True,
            ):
                if article_id in left:
                    left.discard(article_id)
                    yield article_id, title, text
