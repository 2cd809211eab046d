"""The words that reveal organisations, and the capitalised runs they are read in.

Part of :mod:`helpers.recognise`: ``helpers/data/org_evidence.toml`` loaded once (the words before
and after a club's, a company's or a government's name), and where a capitalised run starts and
ends, for the organisation rules (:mod:`helpers.recognise.orgs`) and the club rules
(:mod:`helpers.recognise.clubs`).

    >>> "Real" in _evidence().club_prefixes
    True
"""

from __future__ import annotations

import functools
import tomllib
from importlib import resources
from typing import NamedTuple

from helpers.recognise.names import _cues, _match_title, _Words
from helpers.recognise.places import PERSON_VERBS

__all__: list[str] = []  # (the rules import the private loaders)

_ARTICLES_CAPS = frozenset({"A", "An", "The"})


class _Evidence(NamedTuple):
    of_heads: frozenset[str]
    de_heads: frozenset[str]  # Romance bodies' words: a name they open keeps its places
    state_bodies: frozenset[str]
    club_words: frozenset[str]
    club_words_sport: frozenset[str]
    club_prefixes: frozenset[str]
    club_after: frozenset[str]  # any word after a town that is a club cue
    club_before: frozenset[str]  # any word before a town that is a club cue
    demonym_heads: frozenset[str]
    sport_after: frozenset[str]
    sport_before: frozenset[str]
    sport_gate: tuple[str, ...]
    sport_gate_not: tuple[str, ...]  # names holding a gate word that say no sport
    company_nouns: frozenset[str]
    not_acronyms: frozenset[str]
    company_before: frozenset[str]
    band_roles: frozenset[str]
    band_works: frozenset[str]  # "an album by The Triffids"
    band_members: frozenset[str]  # "the drummer of The Zutons"
    party_words: frozenset[str]
    party_nouns: frozenset[str]
    party_before: frozenset[str]
    vessel_prefixes: frozenset[str]  # and the nouns before a ship's name ("tanker")
    ship_prefixes: frozenset[str]  # the prefixes alone: a ship's name follows ("HMNZS")
    seats: frozenset[str]
    seat_after: frozenset[str]
    sport_nation_codes: frozenset[str]  # "(AUS)" after an athlete (helpers.recognise.scoreboards)
    club_towns: frozenset[str]  # a famous club's bare name, a small town's too ("Everton")
    armed_members: frozenset[str]  # "Wagner fighters": an armed group's members after its name
    team_member_roles: frozenset[str]  # "Williams driver Damon Hill"


@functools.cache
def _evidence() -> _Evidence:
    """helpers/data/org_evidence.toml, loaded once."""
    raw = (resources.files("helpers") / "data" / "org_evidence.toml").read_text("utf-8")
    data = tomllib.loads(raw)
    return _Evidence(
        frozenset(data["of_heads"]),
        frozenset(data["de_heads"]),
        frozenset(data["state_bodies"]),
        frozenset(data["club_words"]),
        frozenset(data["club_words_sport"]),
        frozenset(data["club_prefixes"]),
        frozenset(data["club_words"] + data["club_words_sport"] + data["sport_after"]),
        frozenset(data["club_prefixes"] + data["sport_before"]),
        frozenset(data["demonym_heads"]),
        frozenset(data["sport_after"]),
        frozenset(data["sport_before"]),
        tuple(data["sport_gate"]),
        tuple(data["sport_gate_not"]),
        frozenset(data["company_nouns"]),
        frozenset(data["not_acronyms"]),
        frozenset(data["company_before"]),
        frozenset(data["band_roles"]),
        frozenset(data["band_works"]),
        frozenset(data["band_members"]),
        frozenset(data["party_words"]),
        frozenset(data["party_nouns"]),
        frozenset(data["party_before"]),
        frozenset(data["vessel_prefixes"] + data["vessel_prefixes_loose"] + data["vessel_nouns"]),
        frozenset(data["vessel_prefixes"]),
        frozenset(data["seats_of_government"]),
        frozenset(data["seat_words_after"]) | PERSON_VERBS,
        frozenset(data["sport_nation_codes"]),
        frozenset(data["club_towns"]),
        frozenset(data["armed_members"]),
        frozenset(data["team_member_roles"]),
    )


def _run_end(w: _Words, k: int) -> int:
    """The token after the capitalised run that starts at token ``k`` (calendar words end it)."""
    caps, joined, texts, glued = w.caps, w.joined, w.texts, w.glued
    cues = _cues()
    calendar, titles = cues.calendar, cues.titles_by_first
    n = len(texts)
    j = k + 1
    # (over a hyphen too: "Laboratory for Electro-Optics Systems" was cut after "Electro")
    while j < n and (joined[j] or glued[j]) and caps[j] and texts[j] not in calendar:
        if texts[j] in titles and _title_before_name(w, j):
            break  # "Department of Animal Science Professor John Smith": the title starts a person
        j += 1
        if texts[j - 1].endswith("-based"):  # "Crate & Barrel Northbrook-based" is no name
            j -= 1
            break
    return j


def _title_before_name(w: _Words, j: int) -> bool:
    """Whether a title starts at token ``j`` and a given name follows it ("Professor John")."""
    cues = _cues()
    n_title = _match_title(w.texts, w.joined, j, cues)
    x = j + n_title
    return bool(n_title) and x < len(w.texts) and w.joined[x] and w.texts[x] in cues.given_names


def _run_start(w: _Words, k: int) -> int:
    """The first token of the capitalised run that ends at token ``k``, without a sentence's
    function word ("The Bank of England" → "Bank of England")."""
    caps, joined, texts = w.caps, w.joined, w.texts
    calendar = _cues().calendar
    i = k
    while (
        i > 0
        and joined[i]
        and caps[i - 1]
        and texts[i - 1] not in calendar
        and not texts[i - 1].endswith("-based")  # "Northbrook-based Crate & Barrel"
    ):
        i -= 1
    function_words = _leading_words()
    while i < k and texts[i].lower() in function_words:
        i += 1
    return i


@functools.cache
def _leading_words() -> frozenset[str]:
    """The function words a sentence puts before a name ("The", "Analysts", "Meanwhile"), but
    not "New": capitalised before a name it is the name's first word ("New Zealand", "New Gold",
    "New School for Social Research")."""
    return _cues().function_words - {"new"}
