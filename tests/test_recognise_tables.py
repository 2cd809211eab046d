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
from helpers.recognise.clubs import _results
from helpers.recognise.org_evidence import _evidence
from helpers.recognise.places import _memo
from helpers.recognise.scoreboards import scoreboard_players
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
    # (two rows are no table: the cells are read as a row's, a town among them a town)
    found = spans(
        "The committee voted.\n\nNigel Dawkes\tConservative\tAlford\tApprove\n\n"
        "Priya Wardle\tLabour\tLouth\tApprove"
    )
    assert ("Nigel Dawkes", "person", "Nigel Dawkes") in found
    assert ("Alford", "place", "Alford") in found


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
        "3\tAbsurde\tKerrin McEvoy\tWillie Mullins (IRE)\n"
        "4\tBreakup\tYuga Kawada\tYoshito Yahagi (JPN)\n"
        "5\tVauban\tRyan Moore\tWillie Mullins (IRE)\n"
    )
    found = spans(text)
    assert ("Kerrin McEvoy", "person", "Kerrin McEvoy") in found
    assert ("Willie Mullins", "person", "Willie Mullins") in found
    assert ("Chris Waller", "person", "Chris Waller") in found
    # (a results list's athlete before a country's code: the trainer, not the jockey and him)
    assert ("Yoshito Yahagi", "person", "Yoshito Yahagi") in found
    assert not any("\t" in surface for surface, _, _ in found)


def test_a_leaderboards_athletes_are_read_across_its_tabs() -> None:
    text = (
        "Scottie Scheffler won the Masters by four shots.\n\n"
        "Pos\tPlayer\tR1 R2 R3 R4\tTotal\n"
        "1\tScottie Scheffler (USA)\t66 72 71 68\t277\n"
        "2\tLudvig Aberg (SWE)\t73 69 70 69\t281\n"
        "T6\tBryson DeChambeau (USA)\t65 73 75 73\t286\n"
        "60\tTiger Woods (USA)\t73 72 82 77\t304\n"
    )
    found = spans(text)
    assert ("Tiger Woods", "person", "Tiger Woods") in found
    assert ("Bryson DeChambeau", "person", "Bryson DeChambeau") in found


SEATS = (
    "The opposition INDIA bloc won 234 seats.\n\n"
    "Party\tAlliance\tLeader\tSeats\tChange from 2019\n"
    "Bharatiya Janata Party\tNDA\tNarendra Modi\t240\t-63\n"
    "Indian National Congress\tINDIA\tMallikarjun Kharge\t99\t+47\n"
    "Samajwadi Party\tINDIA\tAkhilesh Yadav\t37\t+32\n"
    "Dravida Munnetra Kazhagam\tINDIA\tM.K. Stalin\t22\t-2\n"
    "Telugu Desam Party\tNDA\tN. Chandrababu Naidu\t16\t+13\n"
    "Janata Dal (United)\tNDA\tNitish Kumar\t12\t-4\n"
)


def test_an_alliance_heading_makes_its_column_bodies_and_a_heading_with_a_year_heads() -> None:
    found = spans(SEATS)
    # (the INDIA bloc, not the country, in its column and in the prose)
    assert [t for s, t, _ in found if s == "INDIA"] == ["organisation"] * 4
    # ("Change from 2019" holds a year: the row is still the headings', "Party" no body)
    assert ("Party", "organisation", "Party") not in found
    # (a body's name and its qualifier in brackets are one name)
    assert ("Janata Dal (United)", "organisation", "Janata Dal (United)") in found


def test_a_leader_heading_makes_its_column_people() -> None:
    found = spans(SEATS)
    assert ("M.K. Stalin", "person", "M.K. Stalin") in found
    spain = (
        "Spain's election left no majority.\n\n"
        "Party\tLeader\tSeats\tChange\n"
        "Popular Party (PP)\tAlberto Núñez Feijóo\t137\t+48\n"
        "Vox\tSantiago Abascal\t33\t-19\n"
        "Sumar\tYolanda Díaz\t31\tnew\n"
        "EH Bildu\tMertxe Aizpurua\t6\t+1\n"
    )
    found = spans(spain)
    assert ("Santiago Abascal", "person", "Santiago Abascal") in found
    assert ("Mertxe Aizpurua", "person", "Mertxe Aizpurua") in found
    assert "Santiago" not in set(find_places(clean_text(spain))["surface"])
    # (a name and its acronym in brackets stay two: the text defines "PP")
    assert ("PP", "organisation", "Popular Party") in found


def test_no_results_reading_runs_across_cells() -> None:
    # the rules written for a row's notation read it with its tabs as spaces, so each keeps its
    # names inside one cell: an athlete before a country's code ("Kerrin McEvoy\tWillie Mullins
    # (IRE)" was one trainer), a league table's line ("Arsenal\tBukayo Saka 3 2 1 0 5 2")
    rows = "".join(
        f"{k}\t{horse}\t{jockey}\t{trainer} ({code})\t5{k}\n"
        for k, horse, jockey, trainer, code in [
            (1, "Absurde", "Kerrin McEvoy", "Willie Mullins", "IRE"),
            (2, "Breakup", "Yuga Kawada", "Yoshito Yahagi", "JPN"),
            (3, "Vauban", "Ryan Moore", "Willie Mullins", "IRE"),
        ]
    )
    text = clean_text("Flemington, Melbourne Cup result:\n\n" + rows)
    players = scoreboard_players(text, [])
    assert {text[sp.start : sp.end] for sp in players} >= {"Willie Mullins", "Yoshito Yahagi"}
    assert not any("\t" in text[sp.start : sp.end] for sp in players)
    table = clean_text(
        "The Premier League table after Saturday's football:\n\n"
        "Team\tTop scorer\tP W D L F A\n"
        "Arsenal\tBukayo Saka\t3 2 1 0 5 2\n"
        "Chelsea\tCole Palmer\t3 2 0 1 6 4\n"
        "Everton\tDwight McNeil\t3 0 1 2 2 6\n"
    )
    teams = {table[s:e] for s, e, _ in _results(table, _evidence())}
    assert not any("\t" in name for name in teams)
    # ... and a line score's team is read across its tabs ("Arizona\t0 0 0 0 0 0 0 0 0\t0 7 1")
    line_score = clean_text(
        "Texas won the World Series in the ninth inning.\n\n"
        "Texas      0 0 0 0 0 0 1 0 4    5 9 0\n"
        "Arizona    0 0 0 0 0 0 0 0 0    0 7 1\n"
        "Attendance 48,511    Time 2:41    Umpires 6\n"
    )
    assert {line_score[s:e] for s, e, _ in _results(line_score, _evidence())} >= {"Arizona"}


def test_a_column_mostly_of_people_named_in_full_is_people_without_a_heading() -> None:
    # a vote table with no headings' row and no figures: its first row is a councillor's, and the
    # column of councillors makes "Nigel Dawkes" (which a sport rule read as Nigel's team: Nigel
    # is a South African city and "Dawkes" a plural in shape) a person
    found = spans(
        "The committee refused the plan after a football league stadium row.\n\n"
        "Rosalind Farrow\tConservative\tLouth\tRefuse\n"
        "Graham Tuplin\tIndependent\tLouth\tRefuse\n"
        "Priya Wardle\tLabour\tLouth\tApprove\n"
        "Nigel Dawkes\tConservative\tAlford\tApprove\n"
    )
    assert ("Rosalind Farrow", "person", "Rosalind Farrow") in found
    assert ("Nigel Dawkes", "person", "Nigel Dawkes") in found
