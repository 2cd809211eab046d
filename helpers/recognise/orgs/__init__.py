"""Organisations found by evidence around a name, not only by an organisation word inside it.

Part of stage 2 (recognise), run once per article after the capitalised runs are read
(:mod:`helpers.recognise.names`) and before the span model (:mod:`helpers.recognise.model`).
The names rules make a run an organisation when it holds two or more words and one of them is an
organisation word ("Foreign Ministry"). News names many organisations otherwise:

* an organisation word alone before its "of"/"for" name: "Bank of England", "Ministry of Defence",
  "League of Rights" (with the capitalised words before it: "Australian League of Rights");
* two names joined by "&": "Johnson & Johnson", "Procter & Gamble", "AT&T";
* a club named after a town: "Manchester United", "Real Madrid", and in an article about sport a
  town written as a team ("Arsenal striker", "beat Chelsea", "Leeds 2-1"), once per article, or a
  town and a plural nickname ("Pittsburgh Pirates", "Chicago Cubs");
* a demonym that starts an organisation's own name: "Australian League of Rights" (but "Chinese
  Foreign Ministry" is a Chinese ministry: a state's bodies keep the demonym apart), and a
  country that starts a body's formal "of" name: "New Zealand League of Rights" (a town's or a
  state's institutions keep the town or state, "Vancouver Police Department", as the geoparsing
  corpora mark them; and so, for them, do "Jamaica Cancer Society" and its like);
* what the text says about a name: "Vale, a Brazilian company", "shares of Newmont", "Toronto-based
  miner Kinross", "a unit of Barrick", "chocolate maker Barry Callebaut", "Barry Callebaut shares
  rose", "Audit Scotland said", "the White House said" (not "visit the White House");
* a name's whole reach: past "and", "for", "in" or a hyphen ("Organization for Security and
  Co-operation in Europe"), back past a hyphen or a possessive ("World Anti-Communist League",
  "People's Liberation Army"), and its organisation word alone later ("… The League said").

Each rule's words are plain data in ``helpers/data/org_evidence.toml``. An organisation found here
replaces the spans it contains (a place candidate "Manchester", a bare word "Johnson") but never
cuts a span that reaches outside it, nor a person a title names. Its ``why`` names the evidence.

A package of one module per concern (it was one module until it came near the ~1,000-line
mark); this file re-exports the names other modules and tests import from it:

- :mod:`~helpers.recognise.orgs.why`: each rule's ``WHY``, and the ``RULES`` in force;
- :mod:`~helpers.recognise.orgs.find`: :func:`organisations`, the rules run over one article;
- :mod:`~helpers.recognise.orgs.of_names`: an organisation word before its "of", "on" or "de"
  name, and the places inside one;
- :mod:`~helpers.recognise.orgs.demonyms`: a country or a demonym that starts a body's name;
- :mod:`~helpers.recognise.orgs.reach`: a name's reach back, and its organisation word alone;
- :mod:`~helpers.recognise.orgs.ampersand`: names joined by "&";
- :mod:`~helpers.recognise.orgs.place_bodies`: a seat of government that acts, a state school;
- :mod:`~helpers.recognise.orgs.described`: a name described as a company or an organisation;
- :mod:`~helpers.recognise.orgs.merge`: the finds put in the article's spans (:func:`_merge`);
- :mod:`~helpers.recognise.orgs.legal_forms`: a bracketed legal form, "(Pty) Ltd".

The rules of clubs and teams, groups and parties, institutions and company nouns, and a name's
reach forwards are modules of :mod:`helpers.recognise` of their own (``clubs``, ``groups``,
``institutions``, ``company_nouns``, ``name_reach``). A test that patches one of these names
patches it in the module that reads it (the submodule), not here; ``RULES`` is one set, switched
in place.

    >>> from helpers.recognise import recognise
    >>> [(s.surface, s.type) for s in recognise("Shares of Newmont rose.")]  # doctest: +SKIP
    [('Newmont', 'organisation')]
"""

from __future__ import annotations

# (the names other modules read through this package: overlaps, misread, quoted)
from helpers.recognise.company_nouns import _WEAK_PERSON  # noqa: F401 - re-exported
from helpers.recognise.name_reach import _MAJOR_KINDS  # noqa: F401 - re-exported
from helpers.recognise.org_evidence import _evidence  # noqa: F401 - re-exported
from helpers.recognise.orgs.ampersand import (  # noqa: F401 - re-exported
    _AMP_TERMS,
    _OTHERS,
    _ampersand,
    _initialled_pair,
    _major_inside,
)
from helpers.recognise.orgs.demonyms import (  # noqa: F401 - re-exported
    _country_starts,
    _demonym_orgs,
)
from helpers.recognise.orgs.described import (  # noqa: F401 - re-exported
    _AFTER_HEAD,
    _AGED,
    _ARTICLES,
    _DESCRIBED,
    _DESCRIPTION_TAIL,
    _GROUP_AFTER,
    _GROUP_TOWN_MAX_POP,
    _HEAD_ENDS,
    _NAME_BEFORE,
    _OWNED,
    _PERSONS_NOUNS,
    _a_persons,
    _described,
)
from helpers.recognise.orgs.find import organisations
from helpers.recognise.orgs.legal_forms import (  # noqa: F401 - re-exported
    _BRACKETED_FORM,
    bracketed_legal_forms,
)
from helpers.recognise.orgs.merge import _TEAM_RULES, _merge, _nation  # noqa: F401 - re-exported
from helpers.recognise.orgs.of_names import (  # noqa: F401 - re-exported
    _DE,
    _ON_HEADS,
    _ROMANCE_ARTICLES,
    _ROMANCE_LIST,
    _TOWN_MIN_POP,
    _hyphened_start,
    _of_names,
    _on_names,
    _place_inside,
)
from helpers.recognise.orgs.place_bodies import (  # noqa: F401 - re-exported
    _SEAT_VISITED,
    _STATES_NAMED_STATE,
    _seats,
    _state_schools,
)
from helpers.recognise.orgs.reach import (  # noqa: F401 - re-exported
    _BODIES_OF_THEIR_OWN,
    _THE_ANY_CASE,
    _heads_alone,
    _reaches_back,
)
from helpers.recognise.orgs.why import RULES, WHY  # noqa: F401 - re-exported

__all__ = ["WHY", "organisations"]
