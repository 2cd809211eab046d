"""Sense choice for the place names of one article: the evidence rounds of geoparsing.

Part of :mod:`helpers.geoparse` (which re-exports the names here). Each name key gets its
candidate senses' facts (memoised per gazetteer), then :func:`_resolve` iterates to one stable
sense per name from the article's evidence — "City, State" pairs, the share of the article's
other places per country and state, nearby towns, co-located names — and lets mentions with
evidence of their own ("Paris, Texas", "the country of Georgia") override it. Strays (a foreign
town only an alternate name or a village's name supports) are found after, in
:mod:`helpers.geoparse.strays`.

A package of one module per concern (it was one module until it came near the ~1,000-line
mark); this file re-exports the names other modules and tests import from it:

- :mod:`~helpers.geoparse.resolve.weights`: the evidence weights, distances and sizes;
- :mod:`~helpers.geoparse.resolve.senses`: a sense's facts (``_Info``), cells and nearness;
- :mod:`~helpers.geoparse.resolve.candidates`: the senses a name keeps, and the dwarfed ones;
- :mod:`~helpers.geoparse.resolve.lists`: a list's places lie in one country;
- :mod:`~helpers.geoparse.resolve.pairs`: "Town, State" pairs and the mentions they override;
- :mod:`~helpers.geoparse.resolve.colocation`: names with senses side by side;
- :mod:`~helpers.geoparse.resolve.scoring`: a round's scores and evidence (``_Round``);
- :mod:`~helpers.geoparse.resolve.rounds`: :func:`_resolve`, the rounds themselves.

A test that patches one of these names patches it in the module that reads it (the
submodule), not here.
"""

from __future__ import annotations

from helpers.geoparse.resolve.candidates import (  # noqa: F401 - re-exported
    MUNICIPAL_SHARE,
    _dwarfed_senses,
    _prune_senses,
    _towns_for_their_states,
)
from helpers.geoparse.resolve.colocation import _beside, _neighbours  # noqa: F401 - re-exported
from helpers.geoparse.resolve.lists import (  # noqa: F401 - re-exported
    _LIST_GAP,
    _NO_LIST,
    LIST_BONUS,
    LIST_MIN,
    _listed_countries,
)
from helpers.geoparse.resolve.pairs import (  # noqa: F401 - re-exported
    _APOSTROPHES,
    _POSSESSOR_GAP,
    _bare_sense,
    _container_senses,
    _holds,
    _own_senses,
    _pair_fits,
    _paired_best,
)
from helpers.geoparse.resolve.rounds import (  # noqa: F401 - re-exported
    _demonym_senses,
    _firm_base_keys,
    _resolve,
    _settle_one_at_a_time,
)
from helpers.geoparse.resolve.scoring import _dwarf_penalty, _Round  # noqa: F401 - re-exported
from helpers.geoparse.resolve.senses import (  # noqa: F401 - re-exported
    _AROUND,
    _INFO_MEMO_MAX,
    _NOT_LOCAL,
    _ROW_STEP,
    _X_FAR,
    _X_NEAR,
    MAX_CANDIDATES,
    _cell,
    _Info,
    _near,
    _Resolution,
    _Scored,
    _Sense,
    _sense_infos,
)
from helpers.geoparse.resolve.weights import (  # noqa: F401 - re-exported
    _CELL,
    _LONE_STATE_MIN_OTHERS,
    ALT_PENALTY,
    COLOC_BONUS,
    COLOC_HITS,
    LONE_STATE_PENALTY,
    NEAR_BONUS,
    NEAR_KM,
    NEAR_MAX_POP,
    PAIR_BONUS,
    REGION_BONUS,
    STATE_BONUS,
    SUPPORT_BONUS,
    WORLD_LOCAL_SHARE,
    WORLD_MIN_POP,
    WORLD_PENALTY,
    WORLD_RATIO,
)
