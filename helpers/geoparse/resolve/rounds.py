"""The evidence rounds: one stable sense per name key of an article.

Part of :mod:`helpers.geoparse.resolve`: :func:`_resolve` takes each name's candidate senses
(:mod:`~helpers.geoparse.resolve.candidates`), gathers the article's evidence ("Town, State"
pairs and possessives, lists, demonyms, datelines, co-located names), iterates
:class:`~helpers.geoparse.resolve.scoring._Round` to a stable choice (else
:func:`_settle_one_at_a_time`), reads each demonym of several places as the one the article is
about (:func:`_demonym_senses`), and lets mentions with evidence of their own override their
name's sense (:func:`~helpers.geoparse.resolve.pairs._own_senses`).
"""

from __future__ import annotations

import itertools

from helpers.gazetteer import Gazetteer
from helpers.gazetteer.build import AREA_TOWN_MIN_POP
from helpers.geoparse.resolve.candidates import _dwarfed_senses, _prune_senses
from helpers.geoparse.resolve.colocation import _beside
from helpers.geoparse.resolve.lists import _listed_countries, _state_listed
from helpers.geoparse.resolve.pairs import _APOSTROPHES, _POSSESSOR_GAP, _own_senses
from helpers.geoparse.resolve.scoring import _Round
from helpers.geoparse.resolve.senses import (
    _CC,
    _CC_A1,
    _ENTRY,
    _ROW,
    _SENSE,
    _Info,
    _Resolution,
    _Scored,
    _sense_infos,
)
from helpers.recognise.places import _DATELINE, _big, _memo, _Mention, _paired


def _resolve(
    mentions: list[_Mention], gaz: Gazetteer, text: str = "", firm_bases: set[int] | None = None
) -> tuple[dict[int, _Resolution], dict[int, _Resolution]]:
    """Choose one sense per name key (one sense per name per article), then let a mention with
    its own "City, State/Country" pattern override it (:func:`_own_senses`).

    Returns ``(key → (sense, score, evidence), mention start → (sense, score, evidence))``: the
    second dict holds only the mentions whose sense differs from their name's; evidence is
    ``(kind, what)`` pairs that :func:`_evidence_text` turns into the ``why`` column. ``text``
    (the article) tells which mentions share a paragraph; ``firm_bases`` are its
    :func:`_firm_base_keys`, when the caller has them.
    """
    infos = _memo(gaz).infos
    keys: dict[int, tuple[_Info, ...]] = {}
    for m in mentions:
        if m.key not in keys:
            keys[m.key] = _sense_infos(infos, m)
    _prune_senses(keys, mentions)
    # "City, State": the pair of keys that follow each other with a comma
    pairs: dict[int, set[int]] = {}
    partner_of: dict[int, int] = {}  # mention start → the key written after it with a comma
    for a, b in itertools.pairwise(mentions):
        if _paired(text, a, b):
            pairs.setdefault(a.key, set()).add(b.key)
            partner_of[a.start] = b.key

    # a list of a country's states or counties names areas: each of its names keeps only its
    # senses that are areas ("Oregon, Washington and Alaska"; "England, Scotland and Wales" was
    # the village of Wales in a story of English towns)
    for k, rows in _state_listed(mentions, text, keys, partner_of).items():
        keys[k] = tuple(i for i in keys[k] if i[_ROW] not in rows)
    listed, world_listed = _listed_countries(mentions, text, keys, partner_of)
    dwarfed = _dwarfed_senses(keys, world_listed)
    # "Country's Place" is a pair too, written the other way round ("Pakistan's Punjab province
    # … India's Punjab state": two Punjabs, not the article's one); added after the lists, which
    # a possessive does not end
    for a, b in itertools.pairwise(mentions):
        if text[a.end : a.end + 1] in _APOSTROPHES and _POSSESSOR_GAP.fullmatch(
            text, a.end, b.start
        ):
            pairs.setdefault(b.key, set()).add(a.key)
            partner_of[b.start] = a.key
    # a country's name in an article that writes its demonym lies in that country, as a list's
    # names do ("relatives in Jamaica" beside "a Jamaican-born mother" in a Harlem story: not
    # Jamaica, Queens)
    demonym_cc = {c[0][_CC] for c in keys.values() if c[0][_ENTRY].kind == "demonym"}
    peoples: set[int] = set()
    if demonym_cc:
        for k, c in keys.items():
            if k not in listed and len(c) > 1:
                cc = next((i[_CC] for i in c if i[_ENTRY].kind == "country"), None)
                if cc in demonym_cc:
                    listed[k] = cc
                    peoples.add(k)
    choice = {k: c[0] for k, c in keys.items()}  # senses come best prior first
    # a name with one sense keeps it whatever the evidence: only the others can change
    # a wire dateline without its state or country ("FRANKFURT (Reuters)") names the town the
    # wire's readers know: the name's best-known sense, whatever the article's other places
    # (a name also written in a "City, State" pair keeps the evidence rounds: "Paris, Texas")
    # (a town under 100,000 people is a local paper's dateline as often as a wire's: "WOODSTOCK
    # - After more than four hours of public comment" above a Virginia school board's budget was
    # Woodstock, Ontario; the article's other places decide it)
    dateline_keys = {
        m.key
        for m in mentions
        if m.context & _DATELINE and m.key not in pairs and _big(keys[m.key][0][_ENTRY])
    }
    for k in list(dateline_keys):
        # ... and a dateline names a town, not the state or province of the same name ("NEW
        # YORK, Aug 5 (Reuters)" was the state's middle, 250 km upstate): the state's own town
        c = keys[k]
        if c[0][_ENTRY].kind == "admin area":
            town = _states_own_town(c)  # ("the New York-based fund manager": the city)
            if town is not None:
                choice[k] = town
            elif any(i[_ENTRY].kind == "city" for i in c[1:]):
                # no town of the state's name, but towns elsewhere: the article's other places
                # decide among them ("VICTORIA — David Eby's BC NDP …" was Australia's state)
                dateline_keys.discard(k)
    # a firm's base names its town too: a state's name written only so is its own town ("the
    # New York-based fund manager", the state, pulled "MSC, the Geneva-based shipping line" to
    # Geneva, New York). Its other names keep the evidence rounds: a local paper's firm is local
    # ("London-based Christian, Sturgeon & Associates" in a Kentucky audit is London, Kentucky)
    if firm_bases is None:
        firm_bases = _firm_base_keys(mentions, text)
    for k in firm_bases - dateline_keys:
        c = keys[k]
        if c[0][_ENTRY].kind == "admin area" and (town := _states_own_town(c)) is not None:
            choice[k] = town
            dateline_keys.add(k)  # (fixed, as a dateline's town is)
    open_keys = [(k, c) for k, c in keys.items() if len(c) > 1 and k not in dateline_keys]
    beside = _beside(keys)
    frozen_peoples = frozenset(peoples)
    priors = choice
    for _ in range(3):
        rnd = _Round(choice, keys, pairs, beside, dwarfed, listed, frozen_peoples)
        new_choice = dict(choice)  # (the same key order: the bands' order depends on it)
        for k, cands in open_keys:
            new_choice[k] = rnd.choose(k, cands)
        stable = new_choice == choice
        choice = new_choice
        if stable:
            break
    else:
        # Names that all choose at once can swap for ever: "They met in Westminster and
        # Liverpool" went Westminster, Colorado and Liverpool, England, then each took the
        # other's country, and ended as England's Westminster and Liverpool, New York. Where the
        # rounds do not settle (2% of LGL's articles), the names choose again from their priors
        # one at a time, each seeing the others' latest choice.
        choice = _settle_one_at_a_time(
            dict(priors), open_keys, keys, pairs, beside, dwarfed, listed, frozen_peoples
        )
        rnd = _Round(choice, keys, pairs, beside, dwarfed, listed, frozen_peoples)
    choice = _demonym_senses(keys, choice)
    # scores and evidence as the last round saw them; every candidate's for the names written
    # in a pair (their mentions may take another sense, see _own_senses)
    result: dict[int, _Resolution] = {}
    scored: dict[int, list[_Scored]] = {}
    for k, cands in keys.items():
        if k in pairs:
            scored[k] = [rnd.evidence(k, info) for info in cands]
            best, best_s, best_why = max(scored[k], key=lambda sc: sc[1])  # the first of equals
        else:
            best, best_s, best_why = rnd.evidence(k, choice[k])
        result[k] = (best[_SENSE], best_s, best_why)
    if not partner_of:
        return result, {}
    return result, _own_senses(mentions, text, keys, choice, result, scored, partner_of)


def _firm_base_keys(mentions: list[_Mention], text: str) -> set[int]:
    """The name keys every mention of which is a firm's base ("the New York-based fund
    manager"): a town's own context, as a dateline is.

        >>> _firm_base_keys([], "")
        set()
    """
    based = {m.key for m in mentions if text.startswith("-based", m.end)}
    if based:
        based.difference_update(m.key for m in mentions if not text.startswith("-based", m.end))
    return based


def _states_own_town(senses: tuple[_Info, ...]) -> _Info | None:
    """The town of a state's name in that state, if it is no village ("New York" → the city).

    >>> _states_own_town(())
    """
    if not senses:
        return None
    state = senses[0][_CC_A1]
    return next(
        (
            i
            for i in senses
            if i[_ENTRY].kind == "city"
            and i[_CC_A1] == state
            and i[_ENTRY].population >= AREA_TOWN_MIN_POP
        ),
        None,
    )


def _settle_one_at_a_time(
    choice: dict[int, _Info],
    open_keys: list[tuple[int, tuple[_Info, ...]]],
    keys: dict[int, tuple[_Info, ...]],
    pairs: dict[int, set[int]],
    beside: dict[int, dict[int, tuple[int, str]]],
    dwarfed: dict[int, frozenset[int]],
    listed: dict[int, str | None],
    peoples: frozenset[int],
    passes: int = 3,
) -> dict[int, _Info]:
    """The open names' senses chosen in turn (in the article's order), each name seeing the
    choices made before it in the same pass, until a pass changes nothing (or ``passes`` end).

        >>> _settle_one_at_a_time({}, [], {}, {}, {}, {}, {}, frozenset())
        {}
    """
    for _ in range(passes):
        changed = False
        for k, cands in open_keys:
            best = _Round(choice, keys, pairs, beside, dwarfed, listed, peoples).choose(k, cands)
            if best is not choice[k]:
                choice[k] = best  # (in place: the key order stays)
                changed = True
        if not changed:
            break
    return choice


def _demonym_senses(
    keys: dict[int, tuple[_Info, ...]], choice: dict[int, _Info]
) -> dict[int, _Info]:
    """``choice`` with each demonym of several places read as the one the article is about.

    A demonym has no place of its own to weigh by distance, so the round's scores cannot tell
    "Georgians" of the country from those of the US state. The article's other names can: the
    demonym of a place the article names ("Atlanta, Georgia" read as the state), else of a
    place in the country most of its other names lie in ("Tbilisi"), else a country's demonym
    rather than a state's ("Georgian wine").

        >>> _demonym_senses({}, {})
        {}
    """
    open_keys = [
        k
        for k, c in keys.items()
        # (the first sense's kind first: it rules out nearly every name without a generator)
        if len(c) > 1
        and c[0][_ENTRY].kind == "demonym"
        and all(i[_ENTRY].kind == "demonym" for i in c)
    ]
    if not open_keys:
        return choice
    others = [c for k, c in choice.items() if c[_ENTRY].kind != "demonym"]
    places = {c[_ENTRY].place_id for c in others}
    in_country: dict[str | None, int] = {}
    in_state: dict[tuple[str | None, str | None], int] = {}
    for c in others:
        in_country[c[_CC]] = in_country.get(c[_CC], 0) + 1
        in_state[c[_CC_A1]] = in_state.get(c[_CC_A1], 0) + 1

    def fit(i: _Info) -> tuple[bool, bool, int, bool]:
        country = i[_ENTRY].feature_code.startswith("PCL")
        # a state's demonym needs places in that state ("Savannah"), a country's in the country
        around = in_country.get(i[_CC], 0) if country else in_state.get(i[_CC_A1], 0)
        # a country two or more of whose places the article names is the demonym's, even where
        # the state of the same name is named too ("Georgian wine … Tbilisi … Atlanta, Georgia")
        return country and around >= 2, i[_ENTRY].place_id in places, around, country

    out = dict(choice)
    for k in open_keys:
        out[k] = max(keys[k], key=fit)  # (max keeps the first of equals: the best prior)
    return out
