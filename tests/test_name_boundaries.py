"""People's names that run on past a hyphen are one name (helpers.recognise.hyphen_names.mend_names)."""

from __future__ import annotations

import pytest

from helpers.mentions import find_mentions
from helpers.recognise import recognise


def people(text: str) -> list[tuple[str, str]]:
    return [(s.surface, s.entity) for s in recognise(text) if s.type == "person"]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Finance Minister Ellen Johnson-Sirleaf won the vote.", "Ellen Johnson-Sirleaf"),
        ("Prime Minister Nouri al-Maliki said the talks failed.", "Nouri al-Maliki"),
        ("Anne-Marie Idrac called it a historic day.", "Anne-Marie Idrac"),
        ("Haitian President Jean-Bertrand Aristide left the country.", "Jean-Bertrand Aristide"),
    ],
)
def test_a_hyphenated_name_is_one_person(text: str, name: str) -> None:
    assert people(text) == [(name, name)]


def test_the_hyphenated_part_is_no_place_nor_second_person() -> None:
    text = "President Jean-Bertrand Aristide left. Aristide said he would return."
    spans = recognise(text)
    assert not [s for s in spans if s.type == "place"]  # the town of Bertrand
    assert people(text) == [
        ("Jean-Bertrand Aristide", "Jean-Bertrand Aristide"),
        ("Aristide", "Jean-Bertrand Aristide"),
    ]
    m = find_mentions(text)
    assert m.loc[m.kind == "person", "entity"].unique().tolist() == ["Jean-Bertrand Aristide"]


def test_two_names_joined_by_a_hyphen_stay_two() -> None:
    text = "Donald Trump met Kim Jong Un. The Trump-Kim summit ended early."
    assert ("Trump", "Donald Trump") in people(text)
    assert not [s for s in recognise(text) if s.surface.startswith("Trump-")]


def test_an_elided_particle_before_a_capital_is_part_of_the_name() -> None:
    text = (
        "Henri Konan Bédié led the Democratic Party of Côte d'Ivoire for decades. "
        "Valéry Giscard d'Estaing visited Abidjan."
    )
    spans = {(s.surface, s.type) for s in recognise(text)}
    assert ("Democratic Party of Côte d'Ivoire", "organisation") in spans
    assert ("Valéry Giscard d'Estaing", "person") in spans
    # a French savings bank is no one
    assert people("Alejandro Valverde rode for Caisse d'Epargne in 2008.") == [
        ("Alejandro Valverde", "Alejandro Valverde")
    ]


def test_the_platform_x_before_a_full_stop_is_no_initial() -> None:
    # round 51 (folder 163): "through TikTok and X. Ruto has accused" made a person "X. Ruto"
    assert people("Many organise through TikTok and X. Ruto has accused them.") == []
    assert people("Ruto posted the video on X. Police said it was fake.") == []
    assert people("Malcolm X. Little was born in Omaha.") == [
        ("Malcolm X. Little", "Malcolm X. Little")
    ]
