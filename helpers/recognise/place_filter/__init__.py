"""The place filter: which of a text's gazetteer names are places where they stand.

Part of :mod:`helpers.recognise`. :func:`_filter` keeps the candidates
:mod:`helpers.recognise.place_scan` found that pass the false-positive rules: calendar words
("March"), common words and first names or surnames that are also small towns ("Police",
"Reading", "Jones") unless the context says place ("in Reading", "Reading, Pa."), names inside a
longer proper name ("Kim Jong Un") or an organisation's ("Washington Post"). What a surface
form's gazetteer senses say, wherever it stands, is worked out once per surface
(:func:`_surface_facts`); the place vocabulary and the predicates other modules share stay in
:mod:`helpers.recognise.places`.

A package of one module per concern (it was one module until it came near the ~1,000-line
mark); this file re-exports the names other modules and tests import from it:

- :mod:`~helpers.recognise.place_filter.facts`: a surface form's ``_Facts`` and their memo;
- :mod:`~helpers.recognise.place_filter.walk`: :func:`_filter`, the walk over an article's
  mentions, the context they gather and one sense per article;
- :mod:`~helpers.recognise.place_filter.written_form`: the rules on a mention's written form
  (codes, models, hyphens, apostrophes);
- :mod:`~helpers.recognise.place_filter.words_before`: the rules on the words before it (a
  longer name it ends; a ship's, a relative's or a titled person's name);
- :mod:`~helpers.recognise.place_filter.word_after`: the rules on the word after it (a longer
  name it starts, a person's name).

A test that patches one of these names patches it in the module that reads it (the
submodule), not here.
"""

from __future__ import annotations

from helpers.recognise.place_filter.facts import (  # noqa: F401 - re-exported
    _AREA_OR_COUNTRY,
    _F_ALT_SMALL,
    _F_BIG,
    _F_CALENDAR,
    _F_COMMON_MINOR,
    _F_COUNTRY_OR_AREA,
    _F_EVERYDAY,
    _F_FIRST,
    _F_GIVEN,
    _F_MAJOR,
    _F_MODIFIER,
    _F_NAME,
    _F_NEVER,
    _F_TOWN_LIKE,
    _F_WEAK,
    _FACTS_MEMO_MAX,
    _QUALIFIERS,
    _Facts,
    _second_area,
    _surface_facts,
)
from helpers.recognise.place_filter.walk import (  # noqa: F401 - re-exported
    _CLOCK_BEFORE,
    _COMMA,
    _COMMON_HAMLET_POP,
    _LANGUAGE_BEFORE,
    _LIST_JOINS,
    _POSTAL_WORDS,
    _SEED_AFTER,
    _SURE_PLACE,
    _filter,
    _written_lower,
)
from helpers.recognise.place_filter.word_after import (  # noqa: F401 - re-exported
    _CAPITAL_RUN,
    _DISEASE_WORDS,
    _ORG_HEADS,
    _SITE_WORDS,
    _WATERWAYS,
    _WATERWAYS_NAMED,
    _name_like,
)
from helpers.recognise.place_filter.words_before import (  # noqa: F401 - re-exported
    _AGED_AFTER,
    _AT_IN,
    _COURT_DISTRICTS,
    _KIN_LIST_BEFORE,
    _KIN_LIST_REACH,
    _KIN_PLURALS,
    _LIST_TAILS,
    _NAME_MODIFIERS,
    _OF_CAPITAL,
    _PARK_WORDS,
    _POSSESSIVE_DISEASE,
    _WORD_BEFORE,
    _feature_before,
    _starts_sentence,
)
from helpers.recognise.place_filter.written_form import (  # noqa: F401 - re-exported
    _POSSESSIVE_NAME,
    _POSSESSIVE_TAIL,
    _same_place,
)
