"""Plain-text tables: cleaning parts a row's cells with tabs, and the recogniser reads each cell
apart (helpers/recognise/tables.py), a column as one kind of thing, and a row's notation across
its tabs. Found in round 43's folders: a results table's "Logan Sargeant Williams" was one
person, a vote table's "Priya Wardle Labour St Margaret's" a town Wardle, "Collision" a team.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from helpers.clean import clean_text
from helpers.gazetteer import load_gazetteer
from helpers.geoparse import find_places
from helpers.recognise import recognise
from helpers.recognise.places import _memo
from helpers.recognise.tables import ORG_COLUMN_WHY


@pytest.fixture(autouse=True)
def fresh_memo() -> Iterator[None]:
    _memo(load_gazetteer()).spans.clear()
    yield
    _memo(load_gazetteer()).spans.clear()


def spans(raw: str) -> list[tuple[str, str, str]]:
    """(surface, type, entity) of each span of the cleaned ``raw``."""
    return [(s.surface, s.type, s.entity) for s in recognise(clean_text(raw))]


RESULTS = (
    "Charles Leclerc won at Monaco, ahead of Oscar Piastri, while Alpine's Esteban Ocon was "
    "out on the first lap.\n\n"
    "Pos  Driver             Team       Laps  Time\n"
    "1    Charles Leclerc    Ferrari    78    2:23:15.554\n"
    "2    Oscar Piastri      McLaren    78    +7.152\n"
    "3    Carlos Sainz       Ferrari    78    +7.585\n"
    "4    Lando Norris       McLaren    78    +8.650\n"
    "5    George Russell     Mercedes   78    +13.309\n"
    "6    Pierre Gasly       Alpine     77    +1 lap\n"
    "7    Logan Sargeant     Williams   76    +2 laps\n"
    "Ret  Kevin Magnussen    Haas       0     Collision\n"
    "Ret  Nico Hülkenberg    Haas       0     Collision\n\n"
    "Magnussen said the crash was his fault."
)


def test_a_results_rows_cells_are_read_apart() -> None:
    found = spans(RESULTS)
    assert ("Logan Sargeant", "person", "Logan Sargeant") in found
    assert ("Pierre Gasly", "person", "Pierre Gasly") in found
    assert ("Ferrari", "organisation", "Ferrari") in found
    assert not any("\t" in surface for surface, _, _ in found)
    assert ("Logan Sargeant Williams", "person", "Logan Sargeant Williams") not in found
    assert all(surface != "Collision" for surface, _, _ in found)


def test_a_column_of_teams_makes_its_other_names_teams_and_their_mentions() -> None:
    found = spans(RESULTS)
    assert [t for s, t, _ in found if s == "Alpine"] == ["organisation", "organisation"]
    assert [t for s, t, _ in found if s == "Haas"] == ["organisation", "organisation"]
    assert ("Williams", "organisation", "Williams") in found
    why = {s.surface: s.why for s in recognise(clean_text(RESULTS))}
    assert why["Haas"] == ORG_COLUMN_WHY


def test_a_results_code_is_no_part_of_the_drivers_name() -> None:
    found = spans(RESULTS)
    assert ("Kevin Magnussen", "person", "Kevin Magnussen") in found
    assert ("Nico Hülkenberg", "person", "Nico Hülkenberg") in found
    assert ("Magnussen", "person", "Kevin Magnussen") in found
    assert not any(surface.startswith("Ret") for surface, _, _ in found)


def test_a_tables_row_is_no_headline() -> None:
    # a row of capitalised cells read as a title-case headline, whose capitals say nothing
    assert ("Kevin Magnussen", "person", "Kevin Magnussen") in spans(
        "Kevin Magnussen\tHaas\t0\tCollision\t0"
    )


VOTES = (
    "The committee refused the plan.\n\n"
    "Councillor\tParty\tWard\tVote\n"
    "Rosalind Farrow\tConservative\tLouth\tRefuse\n"
    "Graham Tuplin\tIndependent\tLouth\tRefuse\n"
    "Priya Wardle\tLabour\tLouth\tApprove\n"
    "Nigel Dawkes\tConservative\tAlford\tApprove\n"
    "Margaret Enderby\tSkegness South\tRefuse\n"
    "Paul Ingoldby\tConservative\tWragby\tApprove\n\n"
    "Conservative members were split."
)


def test_a_party_heading_makes_its_column_parties() -> None:
    found = spans(VOTES)
    assert [t for s, t, _ in found if s == "Conservative"] == ["organisation"] * 4
    assert ("Independent", "organisation", "Independent") not in found
    assert ("Priya Wardle", "person", "Priya Wardle") in found
    assert ("Nigel Dawkes", "person", "Nigel Dawkes") in found
    # (a row written a gap short puts its councillor under "Party": a person named in full stays)
    assert ("Margaret Enderby", "person", "Margaret Enderby") in found
    places = find_places(clean_text(VOTES))
    assert "Louth" in set(places["name"])
    assert "Wardle" not in set(places["surface"]) and "Nigel" not in set(places["surface"])


def test_a_box_score_is_read_across_its_tabs() -> None:
    text = (
        "Texas beat Arizona 5-0 in Game 5 to win the World Series, scoring four in the ninth "
        "inning.\n\n"
        "Texas      0 0 0 0 0 0 1 0 4    5 9 0\n"
        "Arizona    0 0 0 0 0 0 0 0 0    0 7 1\n\n"
        "TEXAS        AB   R   H   BI   BB   SO\n"
        "Semien 2b    5    1   1   2    0    1\n"
        "Heim c       4    1   1   1    0    1\n"
        "Taveras cf   4    0   0   0    0    2\n\n"
        "E--Heim (1)."
    )
    found = spans(text)
    assert [t for s, t, _ in found if s == "Heim"] == ["person", "person"]
    assert ("Taveras", "person", "Taveras") in found
    assert [t for s, t, _ in found if s == "Arizona"][1] == "organisation"  # the line score's
    assert all(s != "BB" for s, _, _ in found)  # a column's name


def test_no_scoreboard_name_runs_across_cells() -> None:
    text = (
        "Without A Fight won the Melbourne Cup at Flemington.\n\n"
        "Pos\tHorse\tJockey\tTrainer\n"
        "1\tWithout A Fight\tMark Zahra\tAnthony & Sam Freedman\n"
        "2\tSoulcombe\tJoe Bowditch\tChris Waller\n"
        "3\tAbsurde\tKerrin McEvoy\tWillie Mullins\n"
        "4\tVauban\tRyan Moore\tWillie Mullins\n"
    )
    found = spans(text)
    assert ("Kerrin McEvoy", "person", "Kerrin McEvoy") in found
    assert ("Willie Mullins", "person", "Willie Mullins") in found
    assert ("Chris Waller", "person", "Chris Waller") in found
