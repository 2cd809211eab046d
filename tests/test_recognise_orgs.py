"""Organisations found by evidence around a name (helpers/recognise/orgs/).

Each rule is pinned on a small sentence with the real offline gazetteer and the shipped entity
table, and each case is checked twice: with every rule on (the organisation is found) and with its
own rule switched off (it is not), so a rule that stops working fails a test here.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from helpers.gazetteer import load_gazetteer
from helpers.geoparse import find_places
from helpers.mentions import find_mentions
from helpers.recognise import orgs, recognise
from helpers.recognise.places import _memo


@pytest.fixture(autouse=True)
def fresh_rules() -> Iterator[None]:
    """Every rule on, and no remembered spans (the recogniser memoises texts per gazetteer)."""
    _memo(load_gazetteer()).spans.clear()
    yield
    orgs.RULES.clear()
    orgs.RULES.update(orgs.WHY)
    _memo(load_gazetteer()).spans.clear()


def typed(text: str) -> dict[str, str]:
    return {s.surface: s.type for s in recognise(text)}


# (text, the organisation's surface, the rule that finds it)
CASES = [
    # an organisation word alone before its "of" name
    ("Officials said the Ministry of Defence would act.", "Ministry of Defence", "of"),
    ("The Department of Energy said on Thursday.", "Department of Energy", "of"),
    ("He founded the League of Rights in 1946.", "League of Rights", "of"),
    # names joined by "&"
    ("Johnson & Johnson shares fell on Monday.", "Johnson & Johnson", "amp"),
    ("Analysts said AT&T would bid.", "AT&T", "amp"),
    # clubs named after towns
    ("Officials at Manchester United said it would act.", "Manchester United", "club"),
    ("Real Madrid won again on Sunday.", "Real Madrid", "club"),
    # a town written as a team, in an article about sport
    ("Arsenal striker Smith scored twice as the league leaders lost.", "Arsenal", "sport"),
    # a demonym that starts an organisation's own name
    ("The Australian Football League said on Monday.", "Australian Football League", "demonym"),
    # ... across "General", a title's word too (round 23, folder 61: "Labour Union")
    (
        "The powerful Tunisian General Labour Union (UGTT) had declined to take sides.",
        "Tunisian General Labour Union",
        "demonym",
    ),
    # what the text says about a name
    ("Vale, a Brazilian company, said output rose.", "Vale", "described"),
    ("Newcrest, the world's biggest gold miner, said output rose.", "Newcrest", "described"),
    ("Shares of Kinross rose 3 percent.", "Kinross", "owned"),
    ("The Toronto-based Goldcorp raised output.", "Goldcorp", "based"),
    ("The Toronto-based miner Kinross reported output.", "Kinross", "based"),
    # a US state's or town's name before "State": a university or its team
    ("Ohio State beat Michigan 30-24 on Saturday.", "Ohio State", "school"),
    # a party's name of everyday words before the noun "party" (round 57, folders 203 and 205:
    # "the centre-right New Unity party", "Pashinyan's Civil Contract party" were people)
    ("Evika Siliņa's centre-right New Unity party is fighting on.", "New Unity", "party"),
    ("Harry Kalaba of the Citizens First party will run.", "Citizens First", "party"),
]


@pytest.mark.parametrize(("text", "name", "rule"), CASES)
def test_rule_finds_the_organisation(text: str, name: str, rule: str) -> None:
    assert typed(text).get(name) == "organisation"
    span = next(s for s in recognise(text) if s.surface == name)
    assert span.why == orgs.WHY[rule]


@pytest.mark.parametrize(("text", "name", "rule"), CASES)
def test_without_the_rule_it_is_not_found(text: str, name: str, rule: str) -> None:
    orgs.RULES.discard(rule)
    assert typed(text).get(name) != "organisation"


def test_the_of_name_keeps_the_words_before_it() -> None:
    t = typed("He joined the British League of Rights in 1960.")
    assert t["British League of Rights"] == "organisation"


def test_an_institution_named_of_its_place_is_one_organisation() -> None:
    # news NER marks "Bank of England" one organisation (GMB: "Bank of Sweden"); it was "Bank"
    # beside the place "England"
    spans = {s.surface: s for s in recognise("The Bank of England raised rates on Thursday.")}
    assert spans["Bank of England"].type == "organisation"
    assert "England" not in spans
    # a town before its institution stays the map's place (helpers.recognise.overlaps._trim_civic)
    # and the institution is one organisation (whole_civic_names)
    spans = {s.surface: s for s in recognise("The Vancouver Police Department said.")}
    assert list(spans) == ["Vancouver Police Department"]
    assert find_places("The Vancouver Police Department said.").surface.tolist() == ["Vancouver"]


def test_an_institution_named_by_a_town_abroad_is_one_organisation() -> None:
    # "Kennedy" inside the centre's name was Kennedy, Bogotá, on a Florida story's map
    text = (
        "The rocket rose from NASA's Kennedy Space Center in Cape Canaveral, Florida, on "
        "Monday, and crowds watched from Titusville and Cocoa Beach."
    )
    spans = {s.surface: s for s in recognise(text)}
    assert spans["Kennedy Space Center"].type == "organisation"
    assert "Kennedy" not in find_places(text).surface.tolist()
    # a town of the story's own country stays the place before its institution
    text = (
        "The Athens Police Department said on Monday that officers in Athens, Texas, and in "
        "Tyler and Dallas were searching."
    )
    spans = [(s.surface, s.type) for s in recognise(text)]
    assert ("Athens Police Department", "organisation") in spans and ("Athens", "place") in spans
    assert find_places(text).surface.tolist()[:2] == ["Athens", "Athens"]


def test_a_list_of_companies_is_no_town_and_its_state() -> None:
    # "companies including Google, Meta, Pfizer" read "Google, Meta" as a town and its state
    # (Google is an alternate name of Topeka; Meta a department of Colombia)
    text = "Ireland hosts companies including Google, Meta, Pfizer and Microsoft."
    t = typed(text)
    assert t.get("Google") == "organisation" and t.get("Meta") == "organisation"
    # a town and its department stay the place
    assert typed("He lives in Villavicencio, Meta.").get("Meta") == "place"


def test_a_known_organisation_beside_a_country_is_no_town_by_another_name() -> None:
    # round 31, folder 83: "her comments on Hamas, Germany's military spending" was "Hamm,
    # Germany" ("Hamas" is one of Hamm's other names); a town by its own name stays the place
    text = "She faced criticism over her comments on Hamas, Germany's military spending and NATO."
    assert typed(text).get("Hamas") == "organisation"
    assert typed("Offices in Santander, Spain closed on Monday.").get("Santander") == "place"


def test_a_prisons_name_in_spanish_is_no_person() -> None:
    # round 60 (folder 223): "The Penitenciaría del Litoral, the sprawling complex" was a person
    text = "The Penitenciaría del Litoral, the sprawling complex, holds 12,000 inmates."
    assert "person" not in typed(text).values()


def test_a_capital_or_a_big_city_by_its_own_name_is_no_learned_organisation() -> None:
    # round 60 (folder 222): "a short drive downstream of Phnom Penh" was an organisation, the
    # training news typing the capital's five mentions so; a learned name that holds a city
    # stays the name ("Warsaw Pact"), and a town's other name stays the learned one
    text = "The port lies downstream of Phnom Penh. Poland left the Warsaw Pact in 1991."
    t = typed(text)
    assert t.get("Phnom Penh") == "place"
    assert t.get("Warsaw Pact") == "organisation"


def test_a_band_is_an_organisation() -> None:
    # "Fleetwood Mac" was a person five times in an obituary, and so was "Chicken Shack"
    text = (
        "Christine McVie, Fleetwood Mac singer, dies at 79. She joined the blues band Chicken "
        "Shack in 1968. McVie joined Fleetwood Mac in 1970."
    )
    spans = [(s.surface, s.type) for s in recognise(text)]
    assert spans.count(("Fleetwood Mac", "organisation")) == 2
    assert ("Chicken Shack", "organisation") in spans
    assert ("Christine McVie", "person") in spans


def test_a_name_starting_with_the_after_a_bands_cue_is_an_organisation() -> None:
    # wikigold's music pages: "an album by The Triffids", "the drummer of The Zutons" were missed;
    # a name inside a sentence that starts with a capitalised "The" is one name, no person's
    text = (
        "It is a compilation album by The Triffids. Her brother fronted the band The Stands and "
        "her cousin is the drummer of The Zutons. The Zutons split in 2010. He reads the "
        "newspaper The Guardian. They flew to The Hague."
    )
    spans = [(s.surface, s.type) for s in recognise(text)]
    assert ("The Triffids", "organisation") in spans
    assert ("The Stands", "organisation") in spans
    assert spans.count(("The Zutons", "organisation")) == 2
    assert ("The Guardian", "organisation") in spans
    assert ("The Hague", "place") in spans


def test_a_partys_one_word_name_is_an_organisation() -> None:
    # "a Labor MP", "the Liberal caucus", "the Labor or Liberal parties", "a coalition with
    # Labour" name parties; a longer name keeps its words and a plain adjective is no party
    text = (
        "Former Western Australian Labor MP Graeme Campbell spoke. Wren sat with the Liberal "
        "caucus. It got fewer votes than the Labor or Liberal parties. His coalition with Labour "
        "held. The Labor Department said prices rose. Liberal arts colleges closed."
    )
    spans = [(s.surface, s.type) for s in recognise(text)]
    assert spans.count(("Labor", "organisation")) == 2
    assert spans.count(("Liberal", "organisation")) == 2
    assert ("Labour", "organisation") in spans
    assert ("Labor Department", "organisation") in spans
    assert ("Australian", "demonym") in spans
    assert len([s for s, _ in spans if s == "Liberal"]) == 2


def test_sport_reading_holds_for_the_whole_article() -> None:
    text = "Liverpool coach Jones was pleased. The league leaders beat Leeds. Liverpool play next."
    spans = [(s.surface, s.type) for s in recognise(text)]
    assert spans.count(("Liverpool", "organisation")) == 2
    assert ("Leeds", "organisation") in spans


def test_no_sport_no_team() -> None:
    # "led" after a town is no evidence outside sport: the town stays a place
    assert typed("Protesters in Leeds marched. Leeds led the way in recycling.")["Leeds"] == "place"


def test_a_country_is_never_a_club() -> None:
    # news writes national teams as their countries (places)
    assert typed("Brazil beat Argentina in the World Cup final.")["Argentina"] == "place"


def test_state_bodies_keep_the_demonym_apart() -> None:
    t = typed("The Chinese Foreign Ministry said on Monday it objected.")
    assert t["Chinese"] == "demonym"
    assert t["Foreign Ministry"] == "organisation"


def test_a_company_spokesman_is_no_company() -> None:
    assert "organisation" not in typed("Smith, a company spokesman, said output rose.").values()


def test_everyday_words_and_countries_joined_by_ampersand() -> None:
    assert typed("Bosnia & Herzegovina won the match.")["Bosnia & Herzegovina"] == "place"
    assert "organisation" not in typed("She reviews Food & Drink at night.").values()


def test_a_person_named_by_a_title_is_not_cut() -> None:
    t = typed("President Johnson & Johnson's board met.")
    assert t.get("Johnson") == "person" or t.get("Johnson & Johnson") != "organisation"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Newmont shares fell 3 percent on Monday.", "Newmont"),
        ("The WTO ruled on Tuesday.", "WTO"),
        ("Barrick Gold Corp said on Monday it would buy the mine.", "Barrick Gold Corp"),
        ("Thomson Reuters reported earnings.", "Thomson Reuters"),
        ("The president boarded Air Force One in Texas.", "Air Force One"),
        ("She won at the Screen Actors Guild awards.", "Screen Actors Guild"),
    ],
)
def test_issue_cases_are_organisations(text: str, name: str) -> None:
    assert typed(text).get(name) == "organisation"


def test_a_compass_word_before_investors_is_no_company() -> None:
    # round 60 (folder 223): "open the sector to Western investors" was an organisation
    # "Western", read as "Newmont shares" is
    text = "They will open the sector to Western investors. Newmont shares fell."
    assert typed(text) == {"Newmont": "organisation"}


def test_golden_globes_is_no_person() -> None:
    assert "person" not in typed("She won at the Golden Globes on Sunday.").values()


def test_a_club_the_gazetteer_lists_as_another_name_of_its_town() -> None:
    # "Bristol City" is an alternate name of a Bristol in the gazetteer; in sport it is the club
    text = "Elsewhere, Bristol City confirmed a loan deal for the striker."
    assert [(s.surface, s.type) for s in recognise(text)] == [("Bristol City", "organisation")]
    # a town whose own name ends in "City" stays the town, as do capitals
    assert [s.type for s in recognise("Fans flew to Kansas City for the football.")] == ["place"]


def test_a_surname_link_follows_its_name_when_that_becomes_a_club() -> None:
    text = "Leeds United lost at home. United stay in the bottom three of the league."
    spans = [(s.surface, s.type, s.entity) for s in recognise(text)]
    assert spans == [
        ("Leeds United", "organisation", "Leeds United"),
        ("United", "organisation", "Leeds United"),
    ]
    text = "Manchester United beat Leeds United. United stay fifth in the league."
    last = recognise(text)[-1]
    assert (last.type, last.candidates) == ("organisation", ("Leeds United", "Manchester United"))


def test_an_airline_named_after_a_place_is_one_organisation() -> None:
    # "Delta" alone is a Nigerian state in the gazetteer; "Air Lines" makes the three one company
    assert typed("Delta Air Lines cancelled flights in Atlanta.") == {
        "Delta Air Lines": "organisation",
        "Atlanta": "place",
    }


def test_the_tail_of_a_hyphenated_name_does_not_join_the_company_after_and() -> None:
    # "Food and Drug Administration" is one name, but "Moller-Maersk and Hapag-Lloyd AG" is two
    assert "Food and Drug Administration" in typed("The Food and Drug Administration approved it.")
    found = typed("Shipping lines A.P. Moller-Maersk and Hapag-Lloyd AG diverted ships.")
    assert found.get("Hapag-Lloyd AG") == "organisation"
    assert not any(" and " in name for name in found)


# --- well-known organisations that read like people or places (helpers/data/known_organisations.txt)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Analysts at Goldman Sachs said rates would rise.", "Goldman Sachs"),
        ("Analysts at JPMorgan Chase said rates would rise.", "JPMorgan Chase"),
        ("Morgan Stanley cut its forecast on Monday.", "Morgan Stanley"),
        ("Wells Fargo reported earnings.", "Wells Fargo"),
        ("Rio Tinto and Anglo American bid for the mine.", "Anglo American"),
        ("Sony Ericsson launched a phone.", "Sony Ericsson"),
        ("Toyota recalled 20,000 cars.", "Toyota"),  # learned_names.tsv: a person
        ("General Dynamics won the contract.", "General Dynamics"),  # "General" is a title
        ("Reporters Without Borders condemned the arrest.", "Reporters Without Borders"),
        ("Jemaah Islamiyah was blamed for the bombing.", "Jemaah Islamiyah"),
        ("Police arrested members of the Muslim Brotherhood.", "Muslim Brotherhood"),
    ],
)
def test_a_known_organisation_beats_a_run_of_name_words(text: str, name: str) -> None:
    # each reads like a person's name ("Goldman Sachs"), or the names learned from the silver
    # training news call it one ("Al Jazeera"): the hand-kept list of organisations wins
    span = next(s for s in recognise(text) if s.surface == name)
    assert (span.type, span.why) == ("organisation", "a known organisation")


def test_known_organisations_in_one_sentence_and_no_index_person() -> None:
    text = (
        "Analysts at Goldman Sachs and JPMorgan Chase said the Dow Jones Industrial Average fell."
    )
    assert typed(text) == {"Goldman Sachs": "organisation", "JPMorgan Chase": "organisation"}


def test_a_known_organisation_yields_to_a_title_and_to_a_place_written_as_one() -> None:
    # a title names the man, not his company
    assert typed("Chairman Charles Schwab said he would retire.")["Charles Schwab"] == "person"
    # a place the text writes as one stays the place ("Santander" is also a Spanish city)
    assert typed("Santander raised rates.")["Santander"] == "organisation"
    assert typed("The bank's staff flew to Santander on Monday.")["Santander"] == "place"
    # a bare surname link to the company's name follows the company
    text = "Goldman Sachs raised its forecast. Sachs analysts expect growth."
    assert [s.type for s in recognise(text)] == ["organisation", "organisation"]


def test_a_results_tables_driver_and_team_are_a_person_and_an_organisation() -> None:
    # round 42 (folder 121's Belgian Grand Prix): "1 44 Lewis Hamilton Mercedes 1:22:30" was one
    # person, whose "surname" Mercedes was then every "his Mercedes" of the report
    text = (
        "Hamilton won after Russell's Mercedes was found underweight. Mercedes did not appeal.\n\n"
        "1 44 Lewis Hamilton Mercedes 1:22:30.450\n\n2 81 Oscar Piastri McLaren +0.526s\n\n"
        "Michael J. Fox watched with Gerald R. Ford."
    )
    spans = {(s.surface, s.type) for s in recognise(text)}
    assert {("Lewis Hamilton", "person"), ("Oscar Piastri", "person")} <= spans
    assert ("Mercedes", "organisation") in spans and ("McLaren", "organisation") in spans
    assert not any(" Mercedes" in surface or " McLaren" in surface for surface, _ in spans)
    assert not any(kind == "person" and surface == "Mercedes" for surface, kind in spans)
    assert ("Michael J. Fox", "person") in spans
    # a driver the article names elsewhere, beside a team no list knows; and the driver's
    # other mentions are the driver's (folder 124's Monaco Grand Prix: "Alexander Albon
    # Williams", and every "Leclerc" was "Charles Leclerc Ferrari" in the mention counts)
    text = (
        "Charles Leclerc won, with Alexander Albon ninth for Williams.\n\nThe result cut "
        "Verstappen's lead over Leclerc to 31 points. Red Bull's advantage over Ferrari fell.\n\n"
        "1 Charles Leclerc Ferrari 78 2:23:15.554 25\n\n9 Alexander Albon Williams 77 +1 lap 2\n\n"
        "5 Max Verstappen Red Bull 78 +13.853 8\n\nLeclerc celebrated."
    )
    found = [(s.surface, s.type, s.entity) for s in recognise(text)]
    assert ("Alexander Albon", "person", "Alexander Albon") in found
    assert ("Williams", "organisation", "Williams") in found
    assert ("Red Bull", "organisation", "Red Bull") in found
    assert [e for sf, _, e in found if "Leclerc" in sf] == ["Charles Leclerc"] * 4
    assert not any(sf == "Bull" or " Williams" in e or " Ferrari" in e for sf, _, e in found)
    # (the team's last word linked as the driver-and-team's surname is the team)
    text = (
        "Tens of thousands of fans packed the grandstands on the Boulevard Albert Ier and the "
        'terraces above the Piscine, many in red, and chanted "Charles, Charles" as he drove '
        "back to parc fermé on the slowing-down lap.\n\nThe result cut Verstappen's "
        "championship lead over Leclerc to 31 points. Red Bull's advantage over Ferrari in the "
        "constructors' standings fell to 24 points.\n\n6 Max Verstappen Red Bull 78 +13.853 8"
    )
    assert [(s.surface, s.type) for s in recognise(text) if "Bull" in s.surface] == [
        ("Red Bull", "organisation"),
        ("Red Bull", "organisation"),
    ]
    # the team's name elsewhere was the driver-and-team's surname
    text = (
        "1 44 Lewis Hamilton Mercedes 1:19:57.566 25\n\n3 16 Charles Leclerc Ferrari\n\n"
        "Lewis Hamilton celebrates with his Mercedes team after the race."
    )
    assert [(s.surface, s.type) for s in recognise(text)] == [
        ("Lewis Hamilton", "person"),
        ("Mercedes", "organisation"),
        ("Charles Leclerc", "person"),
        ("Ferrari", "organisation"),
        ("Lewis Hamilton", "person"),
        ("Mercedes", "organisation"),
    ]


def test_a_drivers_bare_given_name_after_the_results_row_is_the_drivers() -> None:
    # round 42 (folder 124's Monaco Grand Prix): the split renames the spans whose entity is the
    # row's reading "Charles Leclerc Ferrari" (the prose's "Charles Leclerc" linked to it) to the
    # driver's; without that, "Charles" had two people to link to, stayed a person "Charles" of
    # its own, and the later orphan mend renamed only the full names
    text = (
        "Charles Leclerc won the Monaco Grand Prix on Sunday, the first home win for a "
        "Monegasque driver since 1931.\n\n1 16 Charles Leclerc Ferrari 1:44:34.440 25\n\n"
        "2 81 Oscar Piastri McLaren +7.152 18\n\n3 55 Carlos Sainz Ferrari +7.585 15\n\n"
        "Charles said afterwards that he had thought of his father on the final lap."
    )
    found = [(s.surface, s.type, s.entity) for s in recognise(text)]
    assert ("Charles", "person", "Charles Leclerc") in found
    assert [e for sf, kind, e in found if kind == "person" and "Charles" in sf] == [
        "Charles Leclerc"
    ] * 3


def test_the_known_organisations_file_says_what_it_is() -> None:
    from importlib import resources

    text = (resources.files("helpers") / "data" / "known_organisations.txt").read_text("utf-8")
    header = [line for line in text.splitlines() if line.startswith("#")]
    assert any("hand-kept" in line.lower() for line in header)
    names = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    assert len(names) >= 200
    assert len(names) == len(set(names))


def test_a_bodys_one_word_name_before_a_persons_full_name_is_no_part_of_it() -> None:
    # (folder 68's Botswana story) the Duma opened a person's run and a company's rule made the
    # rest its "product": Vyacheslav Volodin was lost and his surname's later mention was untyped
    text = (
        "The speaker of the Duma Vyacheslav Volodin said on Tuesday that the law would pass. "
        "Volodin said it was fair."
    )
    spans = [(s.surface, s.type, s.entity) for s in recognise(text)]
    assert spans == [
        ("Duma", "organisation", "Duma"),
        ("Vyacheslav Volodin", "person", "Vyacheslav Volodin"),
        ("Volodin", "person", "Vyacheslav Volodin"),
    ]
    # a company's name still opens its product's, which is no person ("Toyota Corolla")
    assert typed("Toyota Corolla sales rose in Japan.").get("Toyota Corolla") is None
    from helpers.recognise.cues import known_organisations

    assert known_organisations()["Toyota"] and not known_organisations()["Duma"]


def test_a_persons_name_opened_by_a_town_and_a_body_after_a_role_is_the_persons() -> None:
    # Botswana's president Duma Boko: Duma is also Douma, Syria, and the Russian Duma
    text = "It went to opposition leader Duma Boko on Friday. Boko said the vote was fair."
    spans = [(s.surface, s.type, s.entity) for s in recognise(text)]
    assert spans == [("Duma Boko", "person", "Duma Boko"), ("Boko", "person", "Duma Boko")]


def test_a_persons_name_opened_by_a_town_after_a_countrys_possessive_is_the_persons() -> None:
    # a list of heads of state: nothing but "Botswana's" says Duma Boko is a person
    text = "Guests included Botswana's Duma Boko and Zambia's Hakainde Hichilema."
    spans = [(s.surface, s.type) for s in recognise(text)]
    assert ("Duma Boko", "person") in spans
    assert ("Duma", "organisation") not in spans


# --- organisations named after a place (CoNLL convention: "a club or company named after a city
# is an organisation"; a state's own bodies keep the place apart) ---


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("According to the Orlando Sentinel, the deal fell through.", "Orlando Sentinel"),
        ("The Philadelphia Inquirer reported the deal on Monday.", "Philadelphia Inquirer"),
        ("A columnist for the Cincinnati Enquirer wrote on Monday.", "Cincinnati Enquirer"),
        ("The Columbus Dispatch said the mayor would resign.", "Columbus Dispatch"),
    ],
)
def test_a_newspaper_named_after_its_town_is_one_organisation(text: str, name: str) -> None:
    spans = [(s.surface, s.type) for s in recognise(text)]
    assert (name, "organisation") in spans
    assert not any(kind == "place" for _s, kind in spans)  # the town is the paper's name


TEAM_CASES = [
    (
        "The Pittsburgh Pirates beat the Chicago Cubs 5-3 in the league opener.",
        "Pittsburgh Pirates",
    ),
    ("The Pittsburgh Pirates beat the Chicago Cubs 5-3 in the league opener.", "Chicago Cubs"),
    ("The Pittsburgh Pirates won the game in the ninth inning.", "Pittsburgh Pirates"),
    ("Detroit Tigers fans cheered as the coach left the stadium.", "Detroit Tigers"),
    ("The New Orleans Saints beat the Chicago Bears in the playoff.", "New Orleans Saints"),
]


@pytest.mark.parametrize(("text", "name"), TEAM_CASES)
def test_a_team_named_after_its_town_is_one_organisation(text: str, name: str) -> None:
    span = next((s for s in recognise(text) if s.surface == name), None)
    assert span is not None and span.type == "organisation"
    assert span.why == orgs.WHY["team"]


@pytest.mark.parametrize(("text", "name"), TEAM_CASES)
def test_without_the_team_rule_no_team(text: str, name: str) -> None:
    orgs.RULES.discard("team")
    assert typed(text).get(name) != "organisation"


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("The Los Angeles Dodgers won on Saturday.", "Los Angeles"),
        ("Fans of the New Orleans Saints held a parade downtown.", "New Orleans"),
    ],
)
def test_a_towns_second_word_and_a_plural_are_no_person_outside_sport(text: str, town: str) -> None:
    # no sport word in the article: the team rules stay silent, and "Angeles Dodgers" was a
    # person; the town stays on the map, as the geoparsing corpora mark a team's town
    spans = [(s.surface, s.type) for s in recognise(text)]
    assert not any(kind == "person" for _s, kind in spans)
    assert (town, "place") in spans


def test_a_town_and_a_plural_are_no_team_outside_sport_nor_before_an_event() -> None:
    # no sport in the article: a plural after a town names no team (whatever else reads it)
    whys = {s.surface: s.why for s in recognise("The Boston Brahmins held a dinner for donors.")}
    assert whys.get("Boston Brahmins") != orgs.WHY["team"]
    # a region's people are no team
    t = typed("West Virginians cheered the football team.")
    assert t.get("West Virginians") != "organisation"
    # an event's or a place's plural is no nickname ("Beijing Olympics", "Beverly Hills")
    t = typed("Athletes at the Beijing Olympics scored in the football final.")
    assert t.get("Beijing Olympics") != "organisation"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The New Zealand League of Rights met on Monday.", "New Zealand League of Rights"),
        (
            "He spoke to the Pakistan Institute of Legislative Development.",
            "Pakistan Institute of Legislative Development",
        ),
    ],
)
def test_a_country_that_starts_a_bodys_formal_of_name_is_part_of_it(text: str, name: str) -> None:
    spans = [(s.surface, s.type) for s in recognise(text)]
    assert (name, "organisation") in spans
    assert not any(kind == "place" for _s, kind in spans)


def test_a_countrys_bodies_named_with_the_country_are_one_organisation() -> None:
    # news NER marks "U.S. State Department", "U.S. Senate" one organisation (GMB); the country
    # stood apart as a place, as a demonym does ("Chinese Foreign Ministry": a Chinese ministry)
    t = typed("The Kenya Interior Ministry said on Monday.")
    assert t.get("Kenya Interior Ministry") == "organisation"
    assert t.get("Kenya") is None
    t = typed("The U.S. State Department and the U.S. Senate disagreed.")
    assert t.get("U.S. State Department") == "organisation"
    assert t.get("U.S. Senate") == "organisation"
    assert typed("The Chinese Foreign Ministry said.").get("Chinese") == "demonym"
    # Georgia is a US state too (the map keeps it; the institution is one organisation); a
    # hyphenated name's tail is no name's start
    text = "The Georgia Association of Realtors met."
    assert typed(text) == {"Georgia Association of Realtors": "organisation"}
    assert find_places(text).surface.tolist() == ["Georgia"]
    assert typed("The U.S.-Russia Council of Business met.").get("Russia") == "place"
    # and a town's own institutions keep the town on the map (the geoparsing corpora mark it)
    text = "The Vancouver Police Department said on Monday."
    assert find_places(text).surface.tolist() == ["Vancouver"]


def test_new_starts_a_name_it_is_not_a_sentence_function_word() -> None:
    # "New" is a function word only in lower case: capitalised before a name it is the name's
    # own first word, for every rule that finds a run's start (not only before a country)
    assert typed("New Gold, a Canadian miner, said output rose.").get("New Gold") == "organisation"
    t = typed("He joined the New Zealand League of Rights in 1970.")
    assert t.get("New Zealand League of Rights") == "organisation"
    # a sentence's other function words still stand apart
    assert typed("Meanwhile Bank of England staff met.").get("Meanwhile Bank") is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Organization for Security and Co-operation in Europe sent observers.",
            "Organization for Security and Co-operation in Europe",
        ),
        (
            "The Board of Control for Cricket in India said on Monday.",
            "Board of Control for Cricket in India",
        ),
        (
            "The National Center for Hydro-Meteorological Forecasting said the storm would hit.",
            "National Center for Hydro-Meteorological Forecasting",
        ),
        (
            "The Department of Health and Human Services said on Monday.",
            "Department of Health and Human Services",
        ),
        (
            "Department of Animal Science Professor John Smith said cattle were sick.",
            "Department of Animal Science",
        ),
    ],
)
def test_an_organisations_name_goes_on_past_its_connectors(text: str, name: str) -> None:
    assert typed(text).get(name) == "organisation"


def test_a_name_stops_before_another_organisation_a_place_or_a_title() -> None:
    t = typed("The Bank of England and Barclays said on Monday.")
    assert t.get("Barclays") == "organisation" and "Bank of England and Barclays" not in t
    t = typed("Officials at the Ministry of Defence and Foreign Office met.")
    assert t.get("Foreign Office") == "organisation"
    # "in" and a country end a name with one connector ("a ministry in Britain")
    assert typed("The Ministry of Defence in Britain said.").get("Britain") == "place"
    t = typed("Department of Animal Science Professor John Smith said cattle were sick.")
    assert t.get("John Smith") == "person"
    # two bodies joined by a hyphen stay two ("Hamas-Fatah talks")
    assert "Hamas-Fatah" not in typed("Hamas-Fatah talks resumed in Cairo.")


def test_short_capitals_that_name_no_organisation() -> None:
    # a ship's prefix, a role after a name, a legal form, a unit, a shouted everyday word
    t = typed(
        "The ferry MV Glen Sannox left the yard in Port Glasgow on Monday, months late. "
        "Jane Smith MSP said the delay was a scandal. In Oslo, the importer Tesla Norway AS "
        "said it had sold more cars than ever, and the cars from MG sold well too. A dose of "
        "5 MG a day was enough, the doctors said. The LION roared, the zoo keepers said."
    )
    for word in ("MV", "MSP", "AS", "MG", "LION"):
        assert t.get(word) != "organisation", word
    # acronyms of organisations stay
    assert typed("The WTO ruled on Tuesday.").get("WTO") == "organisation"


def test_a_headlines_capitals_are_no_evidence_of_a_name() -> None:
    t = typed("Talks Stall\nUnion leaders said on Monday that talks had stalled.")
    assert t.get("Talks Stall") is None
    spans = recognise("Idalou Man Arrested\nAn Idalou man was arrested on Monday, police said.")
    assert [(s.surface, s.type) for s in spans][:1] == [("Idalou", "place")]
    t = typed(
        "Ferguson Ferry Delay Pushes Launch To 2025\n"
        "Work on the ferry at the yard in Port Glasgow has slipped again, officials said."
    )
    assert not any(kind in ("person", "organisation") for kind in t.values())
    # a name alone on its line, or a byline, is a name; and so is a name the body writes too
    t = typed("George W. Bush\nPresident Bush is to deliver a speech in Washington.")
    assert t.get("George W. Bush") == "person"
    spans = recognise("Barry Callebaut Profit Rises\nBarry Callebaut said profit rose.")
    assert [s.surface for s in spans].count("Barry Callebaut") == 2


def test_a_companys_noun_or_a_countrys_body_makes_an_organisation() -> None:
    spans = recognise(
        "Work slipped again, Audit Scotland said on Tuesday. Chocolate maker Barry Callebaut "
        "said profit rose, and Germany's financial regulator BaFin said it would act. "
        "Barry Callebaut shares rose 3%. Callebaut said more. Scotland is cold in winter."
    )
    kinds = [(s.surface, s.type) for s in spans]
    for name in ("Audit Scotland", "Barry Callebaut", "BaFin", "Callebaut"):
        assert (name, "organisation") in kinds, name
    assert not any(kind == "person" for _s, kind in kinds)
    # the country alone is the place, not a short form of the body named with it
    assert kinds[-1] == ("Scotland", "place")
    # ... and two everyday words before it (round 49, folder 157: "Historic Environment
    # Scotland" was a person, whose "surname" made the headline's Scotland one)
    kinds = [
        (s.surface, s.type)
        for s in recognise(
            "August gales batter Scotland\n\nHistoric Environment Scotland closed a number of "
            "sites on Friday."
        )
    ]
    assert kinds == [("Scotland", "place"), ("Historic Environment Scotland", "organisation")]
    # a person after a company's noun in a relative clause stays a person
    t = typed("It is a company John Smith founded in 1990.")
    assert t.get("John Smith") == "person"


def test_a_ships_name_is_no_person() -> None:
    t = typed(
        "Work on the ferry at the yard in Port Glasgow has slipped again. The MV Glen Sannox "
        "and her sister ship, the Glen Rosa, were ordered in 2015. Glen Sannox may sail in May."
    )
    assert t.get("Glen Sannox") != "person" and t.get("Glen Rosa") != "person"
    assert t.get("MV") != "organisation"
    # a person the text also names without "the" stays a person
    t = typed("He began to investigate the Andrew Speaker incident. Andrew Speaker lives here.")
    assert t.get("Andrew Speaker") == "person"


def test_a_seat_of_government_that_speaks_is_the_government() -> None:
    t = typed("The White House said on Monday it would act, and the Kremlin denied it.")
    assert t.get("White House") == "organisation" and t.get("Kremlin") == "organisation"
    t = typed("Officials rejected a Pentagon report on Monday.")
    assert t.get("Pentagon") == "organisation"
    # a seat the text visits is the place
    t = typed("He will visit the White House for talks with Trump in Washington.")
    assert t.get("White House") == "place"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("He joined the World Anti-Communist League in 1970.", "World Anti-Communist League"),
        ("Kenya's Anti-Corruption Commission interviewed him.", "Anti-Corruption Commission"),
        ("Rebels of the Lord's Resistance Army attacked a village.", "Lord's Resistance Army"),
        ("The People's Liberation Army held drills.", "People's Liberation Army"),
    ],
)
def test_an_organisations_name_starts_before_a_hyphen_or_a_possessive(text: str, name: str) -> None:
    t = typed(text)
    assert t.get(name) == "organisation"
    assert t.get("Kenya", "place") == "place"  # a place's possessive stands apart


def test_an_organisation_word_alone_after_the_is_the_organisation_named_before() -> None:
    spans = recognise(
        "He founded the Australian League of Rights in 1946. The League was formed in 1960."
    )
    league = [s for s in spans if s.surface == "League"]
    assert [(s.type, s.entity) for s in league] == [("organisation", "Australian League of Rights")]
    # not without such an organisation (then the model reads "the League" alone, as it does
    # mid-sentence: no longer name is taken for it), nor inside a longer name
    alone = [(s.entity, s.how) for s in recognise("The League was formed in 1960.")]
    assert alone in ([], [("League", "model")])
    t = typed("He founded the Australian League of Rights. The League of Nations failed.")
    assert t.get("League") is None


def test_a_run_whose_shares_move_or_a_country_body_that_speaks_is_an_organisation() -> None:
    t = typed("Barry Callebaut shares rose 3% on Monday. Warren Buffett shares his view.")
    assert t.get("Barry Callebaut") == "organisation"
    assert t.get("Warren Buffett") == "person"
    # a sentence's first word before a country that speaks ("Audit Scotland said")
    t = typed("Audit Scotland said the ferries were late. Northern Scotland is cold.")
    assert t.get("Audit Scotland") == "organisation" and t.get("Scotland") == "place"
    assert typed("United Russia said it would win.").get("United Russia") == "organisation"


@pytest.mark.parametrize(
    "name",
    [
        "Universidad de Chile",
        "Banco de la Nación",
        "Universidad Nacional Autónoma de México",
        "Università di Bologna",
        "Corporación Nacional del Cobre de Chile",
    ],
)
def test_a_romance_bodys_name_with_its_de_name_is_one_organisation(name: str) -> None:
    t = typed(f"{name} said on Monday that officials would meet.")
    assert t.get(name) == "organisation"
    assert not {"Chile", "México", "Bologna", "Universidad"} & set(t)


def test_a_body_named_on_its_subject_is_one_organisation() -> None:
    t = typed(
        "The Inter-American Commission on Human Rights (IACHR) and the Intergovernmental Panel"
        " on Climate Change met. The Council on Foreign Relations agreed."
    )
    assert t.get("Inter-American Commission on Human Rights") == "organisation"
    assert t.get("Intergovernmental Panel on Climate Change") == "organisation"
    assert t.get("Council on Foreign Relations") == "organisation"
    assert "Human Rights" not in t and "Climate Change" not in t
    # not a day, a place or a treaty
    t = typed("The Council on Iran met. The Committee on Tuesday voted.")
    assert t.get("Iran") == "place"
    assert not any("Tuesday" in k for k in t)
    t = typed("He cited the European Convention on Human Rights.")
    assert "European Convention on Human Rights" not in t


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Credito Padano said its board backed the offer.", "Credito Padano"),
        ("Hanseatische Handelsbank agreed to merge.", "Hanseatische Handelsbank"),
        ("ACM Neto of União Brasil won in Bahia.", "União Brasil"),
        ("Fundação Getúlio Vargas (FGV) polls showed a lead.", "Fundação Getúlio Vargas"),
    ],
)
def test_portuguese_italian_and_german_bodies_words_make_organisations(
    text: str, name: str
) -> None:
    t = typed(text)
    assert t.get(name) == "organisation"
    assert "Getúlio Vargas" not in t and "União" not in t and "Brasil" not in t


def test_meta_is_the_company_unless_the_text_places_it() -> None:
    t = typed("Meta said on Tuesday it would appeal the fine from Dublin.")
    assert t.get("Meta") == "organisation" and t.get("Dublin") == "place"
    spans = recognise(
        "Rains flooded Villavicencio, the capital of Meta, Colombia. Farmers in Meta lost crops."
    )
    assert [s.type for s in spans if s.surface == "Meta"] == ["place", "place"]


def test_a_long_of_name_goes_on_past_a_place_inside_its_words() -> None:
    t = typed(
        "Members of the Church of Jesus Christ of Latter-day Saints gathered in Salt Lake City."
    )
    assert t.get("Church of Jesus Christ of Latter-day Saints") == "organisation"
    assert "Saints" not in t and t.get("Salt Lake City") == "place"
    # a place right after "of" still ends the name ("MPP for Kenora")
    t = typed("Greg Rickford, the MPP for Kenora, said so.")
    assert t.get("Kenora") == "place"
    # and a Romance hospital's name keeps its place ("La Paz", Bolivia's department)
    t = typed("She was treated at Hospital Universitario La Paz in Madrid last week.")
    assert t.get("Hospital Universitario La Paz") == "organisation" and "La Paz" not in t


def test_a_us_state_or_town_before_state_is_a_university() -> None:
    t = typed("Ohio State beat Michigan 30-24. He played at Fairmont State; Penn State called too.")
    assert t.get("Ohio State") == "organisation" and t.get("Fairmont State") == "organisation"
    assert t.get("Penn State") == "organisation" and "State" not in t
    # states of other countries, and the states themselves, stay places
    t = typed("Troops moved into Rakhine State. Lagos State officials met. New York State voted.")
    assert t.get("Rakhine") == "place" and t.get("Lagos") == "place"
    assert t.get("New York") == "place"


def test_irish_and_scottish_bodies_by_their_own_names() -> None:
    # round 32, folder 85 (Storm Amy): "Officers from Garda Síochána", "Uisce Éireann said" and
    # "Ferries run by Caledonian MacBrayne" were people, and "at Malin Head" one too
    t = typed(
        "Uisce Éireann said supplies were restored. Ferries run by Caledonian MacBrayne were "
        "cancelled. Gusts of 100 mph were recorded at Malin Head, Met Éireann said."
    )
    assert t.get("Uisce Éireann") == "organisation"
    assert t.get("Caledonian MacBrayne") == "organisation"
    assert t.get("Met Éireann") == "organisation" and t.get("Malin Head") == "place"
    # ... and France's civil protection and forecaster ("Météo-France" put France on the map)
    t = typed("Planes from the Sécurité Civile dropped water. Météo-France issued an alert.")
    assert t.get("Sécurité Civile") == "organisation" and t.get("Météo-France") == "organisation"
    assert typed("Magen David Adom (MDA) said a missile struck.").get("Magen David Adom") == (
        "organisation"
    )


def test_tanzanias_parties_zanzibars_old_town_and_a_cricket_ground() -> None:
    # round 32, folder 88: "Chadema (Chama cha Demokrasia na Maendeleo)" put Chama, Zambia on
    # the map; "supporters in Stone Town" was Stone, England; "the DY Patil Stadium" an
    # organisation "DY"
    t = typed(
        "Chadema (Chama cha Demokrasia na Maendeleo) was barred. Othman spoke in Stone Town. "
        "India won at the DY Patil Stadium in Navi Mumbai."
    )
    assert t.get("Chadema") == "organisation"
    assert t.get("Chama cha Demokrasia na Maendeleo") == "organisation" and "Chama" not in t
    assert t.get("Stone Town") == "place" and t.get("DY Patil Stadium") == "place"


def test_a_courts_generic_area_words_are_the_courts() -> None:
    # round 32, folder 86 (and GWN): "the Seoul Central District Court" put Israel's Central
    # District on a Korean story's map
    t = typed(
        "Yoon was not in the Seoul Central District Court. Floods hit Israel's Central District."
    )
    assert t.get("Seoul Central District Court") == "organisation"
    assert t.get("Central District") == "place"
    text = "Yoon was not in the Seoul Central District Court. Floods hit Israel's Central District."
    rows = find_places(text)
    assert rows.surface.tolist()[:1] == ["Seoul"] and rows.country_code.tolist()[:1] == ["KR"]


def test_a_place_that_ends_inside_a_bodys_name_stays_the_place() -> None:
    # round 32 (the J&K alias): "Jammu and Kashmir Police released sketches" was an organisation
    # "Kashmir Police" and Jammu was lost; LGL's "a judge in Prince William County Circuit
    # Court" lost its county the same way
    t = typed(
        "Jammu and Kashmir Police released sketches. A judge in Prince William County Circuit Court ruled."
    )
    assert t.get("Jammu and Kashmir Police") == "organisation"
    assert t.get("Prince William County Circuit Court") == "organisation"
    text = "Jammu and Kashmir Police released sketches. A judge in Prince William County Circuit Court ruled."
    assert find_places(text).surface.tolist() == ["Jammu and Kashmir", "Prince William County"]


def test_a_given_name_after_a_trade_a_person_shares_is_a_person() -> None:
    # round 32, folder 86 (after the final check): "secured six seats: broadcaster Erwin Tulfo"
    # was an organisation; the state broadcaster's own name stays one
    t = typed(
        "It secured six seats: broadcaster Erwin Tulfo, and others. The state broadcaster RTÉ said."
    )
    assert t.get("Erwin Tulfo") == "person" and t.get("RTÉ") == "organisation"
    t = typed("The administration-backed Alyansa para sa Bagong Pilipinas secured six seats.")
    assert t.get("Alyansa para sa Bagong Pilipinas") == "organisation"


def test_a_blocs_long_name_its_acronym_spells_is_one_organisation() -> None:
    # round 32, folder 87: "the Economic Community of Central African States (ECCAS)" was only
    # the demonym "Central African" (a place's on the map) and the acronym: no reading ended at
    # "States", and the acronym takes its "O" from "of" ("ECOWAS")
    t = typed(
        "The Economic Community of West African States (ECOWAS) met. The Economic Community of "
        "Central African States (ECCAS) suspended Gabon."
    )
    assert t.get("Economic Community of West African States") == "organisation"
    assert t.get("Economic Community of Central African States") == "organisation"
    assert "Central African" not in t and "West African" not in t
    # a place's own name stays the place, and a body's place stays a place
    t = typed(
        "Relations between the United States (US) and China soured. The Vice Chancellor of the "
        "Federal University of Technology, Owerri (FUTO) spoke."
    )
    assert t.get("United States") == "place" and t.get("Owerri") == "place"
    # nor a law's, and a state body the rules read whole keeps its state a place now that "of"
    # gives a letter ("NCDOT")
    t = typed(
        "Officials of the North Carolina Department of Transportation (NCDOT) closed the road. "
        "It broke the Digital Services Act (DSA), the European Commission said."
    )
    assert t.get("North Carolina Department of Transportation") == "organisation"
    assert "Digital Services Act" not in t
    text = "Officials of the North Carolina Department of Transportation (NCDOT) closed the road."
    assert find_places(text).surface.tolist() == ["North Carolina"]


def test_nordic_institutes_court_titles_time_zones_and_stations() -> None:
    t = typed("Researchers at Karolinska Institutet in Stockholm said MRSA cases rose.")
    assert t.get("Karolinska Institutet") == "organisation" and "MRSA" not in t
    assert "CET" not in typed("Kick-off is at 8:30 PM CET in Kaunas, Lithuania.")
    # round 32, folder 87: "a thinned-out crowd at his campaign HQ" made an organisation "HQ"
    assert "HQ" not in typed("He told a crowd at his campaign HQ that the night would be long.")
    # a case title's "& Ors." (and others) is no part of the organisation's name
    t = typed(
        "The court heard Yamuna Residents' Welfare Association & Anr. v. Delhi Development"
        " Authority & Ors. on Monday."
    )
    assert not any("&" in name for name in t)
    assert (
        typed("Trains stood still at Frankfurt Hauptbahnhof on Monday.").get(
            "Frankfurt Hauptbahnhof"
        )
        != "person"
    )


def test_two_bodies_each_with_its_word_are_two_across_and() -> None:
    t = typed("Fox News and Sky News carried the speech live.")
    assert t.get("Fox News") == "organisation" and t.get("Sky News") == "organisation"
    t = typed("The Department of Health and Human Services agreed.")
    assert t.get("Department of Health and Human Services") == "organisation"


def test_a_legal_form_ends_a_companys_name() -> None:
    t = typed("Media contacts: Helvion Robotics GmbH Katrin Baumann, Head of Communications.")
    assert t.get("Helvion Robotics GmbH") == "organisation" and "Katrin Baumann" in t
    assert (
        typed("Samsung Electronics Co Ltd said profit rose.").get("Samsung Electronics Co Ltd")
        == "organisation"
    )


def test_spanish_bodies_trade_names_and_football_positions() -> None:
    t = typed("Rojas Camacho, of the centre-right Alianza Unidad Cochabambina, conceded.")
    assert t.get("Alianza Unidad Cochabambina") == "organisation"
    assert (
        typed("The Defensoría del Pueblo, Bolivia's ombudsman, spoke.").get("Defensoría del Pueblo")
        == "organisation"
    )
    t = typed("Its chips, built with Taiwan-based partner Kestrel Semiconductor, sold out.")
    assert t.get("Kestrel Semiconductor") == "organisation"
    # "Mentor Graphics" was a person in a Siemens story
    t = typed("Siemens bought Mentor Graphics in 2017 and later Boston Dynamics rivals.")
    assert t.get("Mentor Graphics") == "organisation"
    # and "Mapp Biopharmaceutical" a person in a Marburg outbreak story
    t = typed("The antibody was made by Mapp Biopharmaceutical in San Diego.")
    assert t.get("Mapp Biopharmaceutical") == "organisation"
    t = typed("Injury report: CB Jalen Ramsey (hamstring) and WR Tyreek Hill are out.")
    assert "CB" not in t and "WR" not in t
    assert typed("Protests spread across América Latina this week.").get("América Latina") == (
        "place"
    )


def test_an_acronym_with_a_lower_case_of_defines_its_long_name() -> None:
    t = typed(
        "Counsel for the Union Ministry of Environment, Forest and Climate Change (MoEFCC) and"
        " the Ministry of Jal Shakti told the court."
    )
    assert t.get("Union Ministry of Environment, Forest and Climate Change") == "organisation"
    assert "Climate Change" not in t


def test_a_clubs_word_and_its_city_in_a_sports_story_is_the_club() -> None:
    t = typed("Real Madrid host Zalgiris Kaunas on Wednesday. The EuroLeague leaders won 84-80.")
    assert t.get("Zalgiris Kaunas") == "organisation"
    # a given name before a city is a person, and outside sport nothing changes
    assert typed("Coach Jonas Kaunas said the team won 84-80.").get("Jonas Kaunas") != (
        "organisation"
    )


def test_a_romance_bodys_de_name_and_its_list_of_subjects() -> None:
    t = typed("He spoke to the Cámara de Industria, Comercio y Servicios on Monday.")
    assert t.get("Cámara de Industria, Comercio y Servicios") == "organisation"
    t = typed("The Ministerio de Ciencia e Innovación said it would fund the lab.")
    assert t.get("Ministerio de Ciencia e Innovación") == "organisation"
    assert "Innovación" not in t


def test_a_bodys_name_goes_on_past_on_and_its_topic() -> None:
    # round 23, folder 59: "the Intergovernmental Authority on Development (IGAD)" was cut
    # before "on Development"
    t = typed(
        "Representatives of the regional bloc, the Intergovernmental Authority on Development "
        "(IGAD), attended. The Authority on Monday said nothing."
    )
    assert t.get("Intergovernmental Authority on Development") == "organisation"
    assert "Authority on Monday" not in t


def test_a_titles_portfolio_is_no_short_form_of_a_body() -> None:
    # round 23, folder 59: a table's "Secretary for Security" counted "Security (ambiguous)", a
    # short form of the two "… for Safeguarding National Security" bodies the story names
    text = (
        "The Office for Safeguarding National Security opened. The Committee for Safeguarding "
        "National Security met.\n\n| 7 | Stephen Lo | Former Commissioner of Police |\n"
        "| 8 | John Lee | Secretary for Security |\n| 9 | Teresa Cheng | Secretary for Justice |"
    )
    assert "Security" not in {s.surface for s in recognise(text)}


def test_an_acronym_the_table_knows_is_the_tables_organisation_wherever_read() -> None:
    # round 23, folder 61: "UN Secretary-General … the UN" counted "UN" apart from "United
    # Nations" (the acronym rule read the first, inside a longer capitalised run)
    text = "UN Secretary-General António Guterres welcomed the deal. The UN said more."
    got = [(s.surface, s.entity) for s in recognise(text) if s.type == "organisation"]
    assert got == [("UN", "United Nations"), ("UN", "United Nations")]


def test_thailands_parties_named_by_no_party_word() -> None:
    # round 23, folder 61 (read after the final check): "Move Forward" and "Pheu Thai" were not
    # found ("Thai" the demonym), "Future Forward", "Palang Pracharath", "Sang Thai" people
    t = typed(
        "Move Forward won 152 seats and Pheu Thai 141. The party’s predecessor, Future Forward, "
        "was dissolved. Palang Pracharath took 40 and Thai Sang Thai 6."
    )
    for name in ("Move Forward", "Pheu Thai", "Future Forward", "Palang Pracharath"):
        assert t.get(name) == "organisation", name
    assert t.get("Thai Sang Thai") == "organisation" and "Thai" not in t
    # ... and a party's name without "Party" is the party the article names in full
    got = {
        s.entity
        for s in recognise("The Move Forward Party won. Move Forward took 152 seats.")
        if s.type == "organisation"
    }
    assert got == {"Move Forward Party"}


def test_universities_named_by_one_word_are_organisations() -> None:
    # round 23, folder 61: "educated at Harvard and the Massachusetts Institute of Technology"
    # put Harvard, a Massachusetts town of 6,000, on a Thai election's map
    t = typed("Pita, 42, was educated at Harvard and later taught at Yale.")
    assert t.get("Harvard") == t.get("Yale") == "organisation"
    # the town the text writes as a place stays the town
    rows = find_places("In Harvard, Illinois, the mayor spoke.")
    assert rows.surface.tolist()[:1] == ["Harvard"]


def test_a_codes_letters_are_no_organisation() -> None:
    # round 23, folder 60: "the Plan DN-III-E emergency protocol" counted an organisation "DN"
    text = (
        "More than 8,000 troops and the National Guard were deployed under the Plan DN-III-E "
        "emergency protocol. The CFE said power was back. The NHC said the storm weakened."
    )
    got = {s.surface for s in recognise(text) if s.type == "organisation"}
    assert "DN" not in got and {"CFE", "NHC"} <= got


def test_a_time_zone_after_a_clock_is_no_organisation() -> None:
    # round 24 (folder 60's dateline "16 January 2023, 8:15 p.m. NPT"): Nepal's time zone is no
    # clock word (GMB's "the NPT treaty" is the Non-Proliferation Treaty), but after a clock's
    # time and half of the day a capitals word ending in T is a zone
    text = "The plane took off at 10:33 a.m. NPT and crashed at 10:50 a.m. NPT. The EU said so."
    got = {s.surface for s in recognise(text) if s.type == "organisation"}
    assert got == {"EU"}
    assert "NPT" in {s.surface for s in recognise("States signed the NPT in 1968.")}
    # (a year's four digits are no clock: "the 2015 NPT Review Conference")
    text = "Delegates met at 9 am. The 2015 NPT talks failed."
    assert "NPT" in {s.surface for s in recognise(text) if s.type == "organisation"}


def test_a_defined_acronym_in_its_own_languages_order_beats_a_states_code() -> None:
    t = "The pro-market Liberal Initiative (IL) won 10 seats. Together, AD and IL would hold 98."
    ils = [s for s in recognise(t) if s.surface == "IL"]
    assert [s.type for s in ils] == ["organisation", "organisation"]
    assert {s.entity for s in ils} == {"Liberal Initiative"}
    # a state's code written as a place stays the state
    assert typed("He grew up in Chicago, IL, and studied law.").get("IL") == "place"


def test_italian_and_german_bodies_and_indias_collectors() -> None:
    t = typed(
        "The Guardia Costiera said 40 people were rescued. Deutsche Bahn said it added trains."
    )
    assert t.get("Guardia Costiera") == "organisation" and t.get("Deutsche Bahn") == "organisation"
    # ... and Spanish and Portuguese broadcasters (round 23, folder 60: "TC Televisión" was an
    # acronym "TC" alone)
    t = typed("Gunmen stormed the studio of TC Televisión in Guayaquil on Tuesday.")
    assert t.get("TC Televisión") == "organisation"
    t = typed("District Collector Sneha Varghese ordered schools shut on Monday.")
    assert t.get("Sneha Varghese") == "person"


def test_a_headlines_score_between_two_teams_and_their_other_mentions() -> None:
    # "Brisbane Roar" was a person (and "Roar" his surname), the town Brisbane a place
    text = (
        "Brisbane Roar 2-1 Newcastle Jets: Riquelme double sinks Jets\n\n"
        "Riquelme struck twice as Brisbane Roar came from behind to beat the Newcastle Jets in "
        "the A-League. The Roar climb to tenth."
    )
    spans = [(s.surface, s.type) for s in recognise(text)]
    assert spans.count(("Brisbane Roar", "organisation")) == 2
    assert ("Brisbane", "place") not in spans
    assert ("Roar", "organisation") in spans and ("Roar", "person") not in spans


def test_a_city_and_a_singular_nickname_is_a_team_in_sport_only() -> None:
    # a name read as a person's that is a city and an everyday word ("Dallas Cowboys" was one)
    t = typed(
        "Soccer powers Chelsea and Club America will play at Dallas Cowboys' stadium in July, "
        "match officials said."
    )
    assert t.get("Dallas Cowboys") == "organisation"
    # not an event, nor a city whose name is an everyday word
    t = typed("The Orange Revolution of 2004 won, the coach said after the match.")
    assert t.get("Orange Revolution") != "organisation"


def test_a_team_sheet_with_its_captain_marked() -> None:
    text = (
        "Brisbane Roar: Whitfield; Tanaka-Moore, Agyeman (c), Halloran, Mbeki; Dunne (Watanabe "
        "46), Costa, Pereira (Ferreira 46); Lam, Riquelme, Vasilakis (O'Neill 78)."
    )
    t = typed(text)
    for player in ("Whitfield", "Agyeman", "Pereira", "Ferreira", "O'Neill", "Riquelme"):
        assert t.get(player) == "person", player  # Pereira was the Colombian town


def test_a_bracketed_legal_form_and_a_word_with_combining_accents() -> None:
    t = typed("Themba Ngcobo, the sole director of Khanyisa Water Solutions (Pty) Ltd, was jailed.")
    assert t.get("Khanyisa Water Solutions (Pty) Ltd") == "organisation" and "Ltd" not in t
    # "Ọ̀kè" keeps a combining grave NFC cannot compose: the word ended at its first letter
    t = typed("Yemisi Okonjo, director of the Lagos-based Ọ̀kè Foundation for Contemporary Art.")
    assert t.get("Ọ̀kè Foundation for Contemporary Art") == "organisation" and "Ọ" not in t
    t = typed("Her work hangs in the National Gallery of Modern Art in Lagos.")
    assert t.get("National Gallery of Modern Art") == "organisation"


def test_a_demonym_inside_a_name_and_a_private_sector() -> None:
    # "American" was the United States and the body "Health Organization"
    t = typed("A study by the Pan American Health Organization (PAHO) found more cases.")
    assert t.get("Pan American Health Organization") == "organisation" and "American" not in t
    t = typed("The Southern African Development Community sent troops.")
    assert t.get("Southern African Development Community") == "organisation"
    # "Private" is a soldier's rank before a given name only
    t = typed(
        "The Kenya Private Sector Alliance said the strike hurt. Private Lynndie England spoke."
    )
    assert t.get("Kenya Private Sector Alliance") == "organisation"
    assert t.get("Lynndie England") == "person"


def test_a_portfolio_of_two_fields_and_an_organisation_word_that_names_a_town() -> None:
    t = typed("The Department of Hydrology and Meteorology said rain fell. Axon Enterprise won.")
    assert t.get("Department of Hydrology and Meteorology") == "organisation"
    assert "Meteorology" not in t  # was a speaker's organisation
    assert t.get("Axon Enterprise") == "organisation" and "Enterprise" not in t  # Enterprise, AL
    # parties the span model read as people
    t = typed("Shiv Sena leaders met on Monday. Pacto Histórico lost in Bogotá.")
    assert t.get("Shiv Sena") == "organisation" and t.get("Pacto Histórico") == "organisation"


def test_a_teams_town_alone_is_the_team_where_nothing_places_it() -> None:
    text = (
        "Rugby: Cornish Pirates 27 Ealing Trailfinders 24. Ealing, who led 19-13 at half-time, "
        "faded. The coach said Ealing are a quality side. Fans travelled home to Ealing by train."
    )
    ealing = [(s.type, s.entity) for s in recognise(text) if s.surface == "Ealing"]
    team = ("organisation", "Ealing Trailfinders")
    assert ealing == [team, team, ("place", "Ealing")]


def test_a_big_city_written_as_a_place_is_no_teams_short_name() -> None:
    # round 54 (folder 184's Chilean election): "a working-class district of Santiago" was the
    # short name of the Santiago Wanderers, whose fan the story quoted
    text = (
        "Kast spoke to supporters in Santiago. Jara grew up in a district of Santiago. Fuentes"
        " backs the Santiago Wanderers football club."
    )
    got = [(s.type, s.entity) for s in recognise(text) if s.surface == "Santiago"]
    assert got == [("place", "Santiago"), ("place", "Santiago")]


def test_a_country_written_as_its_team_stays_the_country() -> None:
    # news NER marks a national team by its country's name a place, a club after a town an
    # organisation; a tournament's group is no organisation
    text = (
        "SOCCER - WORLD CUP QUALIFIER RESULTS.\nResults of qualifiers on Saturday:\n"
        "Sweden 7 Kazakhstan 2\nIn Group B, Italy beat England 2-1. Arsenal beat Chelsea 2-0."
    )
    t = [(s.surface, s.type) for s in recognise(text)]
    for country in ("Sweden", "Kazakhstan", "Italy", "England"):
        assert (country, "place") in t and (country, "organisation") not in t
    assert ("Arsenal", "organisation") in t and all(s != "Group B" for s, _ in t)


def test_an_everyday_word_and_and_open_a_bodys_name() -> None:
    t = typed("Turkey's ruling Justice and Development Party won. The rebel Justice and Equality "
              "Movement spoke. Members of the nation's Congress and Supreme Court met.")  # fmt: skip
    assert t.get("Justice and Development Party") == "organisation"  # was "Development Party"
    assert t.get("Justice and Equality Movement") == "organisation"
    assert t.get("Congress") == "organisation" and t.get("Supreme Court") == "organisation"
    # round 31, folder 83: a sentence's "The" is no name's word before them, and a legislature
    # is a body of its own ("approaching Parliament and State House" was one organisation)
    t = typed("The Justice and Development Party won. Police guarded Parliament and State House.")
    assert t.get("Justice and Development Party") == "organisation"
    assert "Parliament and State House" not in t and t.get("State House") == "organisation"
    # (the pair above held without either rule: the table knows the party, and "Parliament" is
    # read as a body of its own anyway; these two hang on the rules alone)
    t = typed("The Justice and Equality Movement said it had taken the town.")
    assert t == {"Justice and Equality Movement": "organisation"}  # was "Equality Movement"
    t = typed("Officials from the Cabinet and Finance Ministry met.")
    assert t == {"Cabinet": "organisation", "Finance Ministry": "organisation"}
    # legislatures' houses and groups of nations are known organisations
    t = typed("Democrats in the House of Representatives passed it. The G8 nations agreed.")
    assert t.get("House of Representatives") == "organisation" and t.get("G8") == "organisation"


def test_a_research_firms_last_word_and_no_headlines() -> None:
    t = typed("Analysts at Everline Research said so. Shipments grew, reports GTM Research.")
    assert t.get("Everline Research") == "organisation" and t.get("GTM Research") == "organisation"
    assert "New Research Shows Coffee Helps" not in typed("New Research Shows Coffee Helps.")


def test_a_scorers_lines_labels_are_no_names() -> None:
    t = typed("Tries: Trevithick, Nankervis. Cons: Bolitho 3. Pens: Bolitho 2. Crowd: 11,482.")
    assert not {"Cons", "Pens", "Crowd", "Tries"} & set(t)


def test_a_town_written_as_a_team_keeps_its_nickname() -> None:
    # the IPL final: "Gujarat Titans" was the town and nothing, "Chennai Super Kings" a person,
    # "Mumbai Indians" Mumbai and the people of India
    text = (
        "Chennai Super Kings beat Gujarat Titans by five wickets to draw level with Mumbai "
        "Indians on five IPL titles. Gujarat captain Hardik Pandya was gracious. Chennai's "
        "reply had begun furiously after Gujarat posted 214 for four in the final. Chennai "
        "captain Dhoni lifted the trophy."
    )
    spans = recognise(text)
    got = {(s.surface, s.type, s.entity) for s in spans}
    assert ("Chennai Super Kings", "organisation", "Chennai Super Kings") in got
    assert ("Gujarat Titans", "organisation", "Gujarat Titans") in got
    assert ("Mumbai Indians", "organisation", "Mumbai Indians") in got
    # the town alone is the team's short name
    assert ("Gujarat", "organisation", "Gujarat Titans") in got
    assert ("Chennai", "organisation", "Chennai Super Kings") in got
    assert not any(s.type in ("place", "demonym") for s in spans)
    # a people's plural after a town outside sport stays a people
    assert typed("Quiche Indians live in the hills of Guatemala.").get("Quiche Indians") is None


def test_a_firms_name_keeps_the_place_inside_it() -> None:
    # "Vistula Capital Markets" gave Vistula, an old name of Toledo, Ohio, which then took Milan
    # and Athens to Michigan
    t = typed("Tomasz Wróblewski, chief economist at Vistula Capital Markets in Warsaw, spoke.")
    assert t["Vistula Capital Markets"] == "organisation" and "Vistula" not in t


def test_national_teams_by_their_nicknames_and_a_union_of_states() -> None:
    # "Springbok wing Cheslin Kolbe" was Springbok, a town in the Northern Cape; the All Blacks
    # were no one; the Soviet Union an organisation
    t = typed(
        "The Springboks beat the All Blacks 12-11 in the rugby final. Springbok wing Cheslin "
        "Kolbe was sin-binned. Georgia left the Soviet Union in 1991."
    )
    assert t["Springboks"] == "organisation" and t["All Blacks"] == "organisation"
    assert t.get("Springbok") != "place" and t["Cheslin Kolbe"] == "person"
    assert t["Soviet Union"] == "place"


def test_a_city_named_like_a_person_before_a_nickname_and_a_longer_alias() -> None:
    # "the Denver Nuggets" was a person (Denver is a given name too), every "Nuggets" his
    # surname; "Madison Keys" stays a person
    t = typed("For 47 years the Denver Nuggets had never reached the NBA Finals. The Nuggets won.")
    assert t["Denver Nuggets"] == "organisation" and t["Nuggets"] == "organisation"
    assert typed("Madison Keys beat Dallas Jones in the tennis final.")["Madison Keys"] == "person"
    # "White House National Security Council spokesman" held the UN's "Security Council"
    t = typed(
        "White House National Security Council spokesman John Kirby spoke. The UN Security Council met."
    )
    assert t["White House National Security Council"] == "organisation"
    assert "Security Council" not in t
    # sites and lakes named after a town are not the town: Union, New Jersey; Salt Lake City
    t = typed("The parade starts at Union Station, the size of the Great Salt Lake.")
    assert "Union" not in t and "Salt Lake" not in t


def test_a_name_cut_at_its_hyphen_is_no_team_nor_person() -> None:
    # a Tour de France report's stage line "Saint-Quentin-en-Yvelines - Paris Champs-Elysees"
    # gave a team "Paris Champs", then a person whose "surname" was every "Champs-Elysees"
    text = (
        "Meeus won the sprint on the Champs-Elysees in the final stage of the Tour, the cycling "
        "league's biggest race.\n\nRESULTS Stage 21, Saint-Quentin-en-Yvelines - Paris "
        "Champs-Elysees (115.1 km) 1. Jordi Meeus (Belgium)"
    )
    spans = [(s.surface, s.type) for s in recognise(text) if "Champs" in s.surface]
    assert spans == [("Champs-Elysees", "place")] * 2
    # an Arabic family name is no team's nickname after a city named like a given name
    t = typed("“It is quieter,” said Hassan al-Tayeb after the football league's derby.")
    assert t["Hassan al-Tayeb"] == "person"


def test_a_known_firm_with_its_business_words_and_a_peoples_word_after_it() -> None:
    # a known name before a firm's words was read as a product and dropped: "Samsung
    # Electronics", "Goldman Sachs Asset Management", "McLaren Racing" were no names at all
    t = typed(
        "Goldman Sachs Asset Management bought shares. Samsung Electronics rose. McLaren Racing "
        "chief Zak Brown spoke; Lando Norris drove for McLaren, ahead of Mercedes' George Russell."
    )
    assert t["Goldman Sachs Asset Management"] == "organisation"
    assert t["Samsung Electronics"] == "organisation" and t["McLaren Racing"] == "organisation"
    assert t["McLaren"] == "organisation" and t["Mercedes"] == "organisation"
    # (a product stays no organisation)
    assert "Toyota Corolla" not in typed("Toyota Corolla sales rose in Japan.")
    # "Royal Dutch" made every "Dutch" of a Shell story its short name
    spans = recognise("Shell dropped “Royal Dutch” from its name. A Dutch court ruled for Shell.")
    assert [s.type for s in spans if s.surface == "Dutch"] == ["demonym"]


def test_a_results_lists_country_codes_are_no_organisations() -> None:
    # the Chicago marathon's results gave "KEN" six organisations
    t = typed(
        "Kelvin Kiptum won the marathon race. Results: 1. Kelvin Kiptum (KEN) 2:00:35 2. Benson "
        "Kipruto (KEN) 2:04:02 3. Bashir Abdi (BEL) 2:04:32"
    )
    assert "KEN" not in t and t["Kelvin Kiptum"] == "person"
    # an acronym the text defines stays its organisation's
    t = typed("The Kenya Electricity Network (KEN) said. KEN added more.")
    assert t.get("KEN") == "organisation"


def test_a_known_companys_product_leaves_no_person_behind() -> None:
    # "a SpaceX Dragon capsule" was a person "SpaceX Dragon", and "the Dragon" his surname
    text = (
        "Butch Wilmore returned in a SpaceX Dragon capsule. Crews aboard the SpaceX ship hoisted "
        "it. Later the Dragon was towed to port."
    )
    spans = [(s.surface, s.type) for s in recognise(text)]
    assert ("SpaceX", "organisation") in spans
    assert not [s for s, t in spans if t == "person" and "Dragon" in s]


def test_a_company_described_once_is_the_company_at_its_other_mentions() -> None:
    # a fintech story typed "Moniepoint" at its description only, and missed its 13 other mentions
    text = (
        "Moniepoint, the Lagos-based payments company, has raised $110 million. Moniepoint did "
        "not disclose its valuation. A partner said the firm had tracked Moniepoint for years."
    )
    spans = [(s.surface, s.type) for s in recognise(text)]
    assert spans.count(("Moniepoint", "organisation")) == 3


def test_a_founders_name_opening_an_institution_is_no_town() -> None:
    # "Brigham Young University" was the town Brigham (Brigham City's other name) and "Young
    # University" in a Chicago story; a town before its institution still stays the town
    text = (
        "Clayton Young, his partner at Brigham Young University, finished behind runners from "
        "Boston, Chicago and Denver. The Houston Police Department said nothing."
    )
    spans = [(s.surface, s.type) for s in recognise(text)]
    assert ("Brigham Young University", "organisation") in spans
    assert ("Houston Police Department", "organisation") in spans
    assert find_places(text).surface.tolist() == ["Boston", "Chicago", "Denver", "Houston"]


def test_a_known_club_after_from_keeps_its_town() -> None:
    # "a free transfer from Paris Saint-Germain" was Paris and Saint-Germain: the locative word
    # before a big town only keeps a place that is the whole known name ("flew to Santander")
    text = (
        "Real signed Mbappe on a free transfer from Paris Saint-Germain. Staff flew to Santander."
    )
    spans = [(s.surface, s.type) for s in recognise(text)]
    assert ("Paris Saint-Germain", "organisation") in spans
    assert ("Santander", "place") in spans


def test_members_of_a_party_and_a_romance_library_are_no_person() -> None:
    # "Labour MPs joined the picket" was a person "Labour MPs"; "Biblioteca Nazionale di Napoli"
    # a person too
    text = "Labour MPs joined the picket. The Biblioteca Nazionale di Napoli holds the scrolls."
    spans = [(s.surface, s.type) for s in recognise(text)]
    assert ("Labour", "organisation") in spans
    assert ("Biblioteca Nazionale di Napoli", "organisation") in spans
    assert not [s for s, t in spans if t == "person"]


def test_rail_operators_and_a_union_named_after_its_noun_are_no_people() -> None:
    # a rail strike story read "Greater Anglia" as a person, and "Aslef" too
    text = (
        "The drivers' union Aslef has balloted members at several operators, including Greater "
        "Anglia. Aslef said talks failed. Tom Banks and Mary Fields spoke."
    )
    spans = [(s.surface, s.type) for s in recognise(text)]
    assert spans.count(("Aslef", "organisation")) == 2
    assert [s for s, t in spans if t == "person"] == ["Tom Banks", "Mary Fields"]


def test_a_persons_description_is_no_companys() -> None:
    # "said Ilse Vandermeulen-Otieno, a portfolio manager at a fund" gave an organisation
    # "Otieno" (the company noun came after the head, "manager at"), and the name's hyphenated
    # last piece alone
    t = typed(
        '"It is classic," said Callum Ferreira-Whitlock, a mining analyst at a Sydney brokerage.'
    )
    assert t["Callum Ferreira-Whitlock"] == "person" and "Whitlock" not in t
    t = typed('"It won," said Okonkwo Vandermeulen, a portfolio manager at a fund in Cape Town.')
    assert t["Okonkwo Vandermeulen"] == "person"
    assert typed("Vale, a Brazilian company, said.")["Vale"] == "organisation"
    # round 31, folder 83: a day is no company ("By 06:00 on Tuesday, the company said")
    assert "Tuesday" not in typed("By 06:00 on Tuesday, the company said, power was back.")
    t = typed("Kaltrix-Bomar, a Finnish company, said.")
    assert t["Kaltrix-Bomar"] == "organisation" and "Bomar" not in t


def test_miners_and_investors_named_for_what_they_do() -> None:
    # "Arcadium Lithium", "Pilbara Minerals" were people; "Pinheiro Alto Investimentos" a town
    # (Pinheiro, Brazil) and an organisation "Alto Investimentos"
    t = typed(
        "Rio Tinto agreed to buy Arcadium Lithium, dragging down Pilbara Minerals. Eudóxio "
        "Marques, chief economist at asset manager Pinheiro Alto Investimentos, said."
    )
    for name in ("Arcadium Lithium", "Pilbara Minerals", "Pinheiro Alto Investimentos"):
        assert t[name] == "organisation"
    assert "Pinheiro" not in t
    # ... and native nations' governments: "Yellowknives Dene First Nation" was a person
    t = typed(
        "Chief Fred Sangris of the Yellowknives Dene First Nation said. The Cherokee Nation sued."
    )
    assert t["Yellowknives Dene First Nation"] == t["Cherokee Nation"] == "organisation"
    # ... and power companies: "Hokuriku Electric Power said" was a person
    t = typed("Hokuriku Electric Power said 34,000 households had no power.")
    assert t == {"Hokuriku Electric Power": "organisation"}


def test_passes_quays_and_a_canadian_party_are_no_people() -> None:
    # a Tour report's "Col du Galibier" was an organisation (the span model's guess) and "Col de
    # la Madeleine" a person "Madeleine" (a name learned from training news); a Paris quay an
    # organisation; "Progressive Conservative Leader Doug Ford" a person "Progressive
    # Conservative"
    t = typed(
        "Pogacar attacked on the Col du Galibier. The race crossed the Col de la Madeleine. "
        "They parked on the Quai François-Mitterrand. Madeleine Albright spoke."
    )
    assert set(t) == {"Madeleine Albright"}
    t = typed("Photo: Progressive Conservative Leader Doug Ford speaks.")
    assert t == {"Progressive Conservative": "organisation", "Doug Ford": "person"}


def test_french_squares_and_parties_are_no_people() -> None:
    # a pension-strike report had "Place de la République", "Place de la Nation" and "Rue de
    # Rivoli" as people, and "Les Républicains leader Eric Ciotti" two people
    t = typed(
        "Marchers left Place de la République for Place de la Nation. Shops on Rue de Rivoli "
        "closed. Les Républicains leader Eric Ciotti said the party would back the bill."
    )
    assert t == {"Les Républicains": "organisation", "Eric Ciotti": "person"}
    # ... and Spanish squares and palaces, and Europe's named storms: "Plaza de Mayo" and
    # "Storm Daniel" were people, "Palacio de Hacienda" a village in Spain
    t = typed("Caputo spoke from the Palacio de Hacienda on Plaza de Mayo. Storm Daniel hit Derna.")
    assert "person" not in {t.get("Plaza de Mayo"), t.get("Storm Daniel")} and "Palacio" not in t
    assert "Barrio Yungay" not in typed("They met in Santiago’s Barrio Yungay on Sunday.")


def test_a_saints_or_a_peoples_possessive_names_a_hospital_or_a_college() -> None:
    # a Korean doctors' strike report had a person "Seoul St. Mary" and an organisation
    # "Hospital and Severance Hospital"; "Boston Children's Hospital" was Boston, England
    t = typed(
        "The Big Five are Seoul St. Mary's Hospital and Severance Hospital. Boston Children's "
        "Hospital said so. At St Thomas' Hospital, nurses struck. He taught at King's College."
    )
    assert t == {
        "Seoul St. Mary's Hospital": "organisation",
        "Severance Hospital": "organisation",
        "Boston Children's Hospital": "organisation",
        "St Thomas' Hospital": "organisation",
        "King's College": "organisation",
    }
    # a people's party: "Taiwan People's Party (TPP)" was a person, and the TPP a second
    # organisation
    t = typed("Ko Wen-je founded the Taiwan People’s Party (TPP) in 2019. The TPP came third.")
    assert t["Taiwan People’s Party"] == "organisation"
    tpp = [
        s
        for s in recognise("The Taiwan People’s Party (TPP) won. The TPP said.")
        if s.surface == "TPP"
    ]
    assert [s.entity for s in tpp] == ["Taiwan People’s Party"] * 2
    # China's people's bodies, and an office named after one (round 23, folder 59: "Liaison
    # Office of the Central People's Government" was cut before "'s Government")
    t = typed(
        "Luo Huining heads the Liaison Office of the Central People's Government in Hong Kong. "
        "The People's Bank of China and the Supreme People's Court acted."
    )
    assert t["Liaison Office of the Central People's Government"] == "organisation"
    assert t["People's Bank of China"] == t["Supreme People's Court"] == "organisation"
    # ... and an acronym a word list knows is the same party (round 23, folder 60: "the
    # People’s Alliance (PA) … a PA member" were two organisations in the counts, and "on Vanua
    # Levu, PA supporters" was Pennsylvania in a short text); "Pittsburgh, PA" stays the state
    pa = [
        s.entity
        for s in recognise(
            "Rabuka, 74, the leader of the People’s Alliance (PA), was sworn in. His coalition, "
            "made up of the PA and others, holds 29 seats. In Labasa, on Vanua Levu, PA "
            "supporters gathered at the town market. A PA office opened in Pittsburgh, PA."
        )
        if s.surface == "PA"
    ]
    assert pa == ["People’s Alliance"] * 4 + ["PA"]  # (the last is Pennsylvania, a place)
    assert typed("The People's Alliance for Democracy marched.") == {
        "People's Alliance for Democracy": "organisation"
    }
    # ... a church is a building, and a saint's name alone stays the town or the person
    t = typed("Mass was said at St Paul's Cathedral. Martin St. Louis scored for Tampa.")
    assert "St Paul's Cathedral" not in t and t["Martin St. Louis"] == "person"


def test_a_companys_cue_word_reaches_no_name_across_a_stop() -> None:
    # a Taiwan election report's "resumes on Monday; shares in chipmaker TSMC" made Monday a
    # company; "Newmont shares" and "Baltia's shares" still make companies
    t = typed("Trading resumes on Monday; shares in chipmaker TSMC may rise. Newmont shares fell.")
    assert "Monday" not in t and t["Newmont"] == "organisation"
    assert typed("Zorblax's shares fell.")["Zorblax"] == "organisation"


def test_a_titles_word_before_an_organisation_word_is_the_bodys() -> None:
    # an Argentine report's "the General Confederation of Labour (CGT)" was a person
    # "Confederation" (after the title "General"); "the General Assembly voted" gave nothing
    t = typed("Pablo Moyano, co-leader of the General Confederation of Labour, spoke.")
    assert t == {"Pablo Moyano": "person", "General Confederation of Labour": "organisation"}
    assert typed("The General Assembly voted. The Justice Department sued.") == {
        "General Assembly": "organisation",
        "Justice Department": "organisation",
    }
    # ... and a title before a name still names the person
    assert typed("General Mark Milley spoke.") == {"Mark Milley": "person"}


def test_a_flights_number_is_no_part_of_the_airlines_name() -> None:
    # a Boeing report's "Alaska Airlines Flight 1282" was one organisation with its flight
    t = typed("Alaska Airlines Flight 1282 left Portland. Malaysia Airlines Flight MH370 vanished.")
    assert t["Alaska Airlines"] == t["Malaysia Airlines"] == "organisation"
    # (an airline's name now ends at its word anyway: a platform's number shows the rule)
    assert typed("Network Rail Platform 4 closed.") == {"Network Rail": "organisation"}
    # ... nor an aircraft's model and name: a Yellowknife report's "Royal Canadian Air Force
    # C-130 Hercules" put Hercules, California on the map
    t = typed("A Royal Canadian Air Force C-130 Hercules landed in Hay River.")
    assert t == {"Royal Canadian Air Force": "organisation", "Hay River": "place"}


def test_an_aircrafts_name_after_its_model_code_is_no_place_to_read_as_a_person() -> None:
    # the aircraft's name after its model code is no place candidate at all: left one (the
    # aircraft's span drops it only at the end), "a C-130 Hercules flew" read the name before the
    # verb as a person, and that reading took the town's own "Residents of Hercules" too
    text = "Residents of Hercules watched as a C-130 Hercules flew low over the refinery."
    assert [(s.start, s.surface, s.type) for s in recognise(text)] == [(13, "Hercules", "place")]


def test_a_teams_singular_nickname() -> None:
    # an NBA Finals report's "victory over the Miami Heat" was Miami; its bare "the Heat" the
    # team's short name
    t = typed("The Nuggets won 94-89 over the Miami Heat on Monday. The Heat led late.")
    assert t["Miami Heat"] == "organisation" and t["Heat"] == "organisation"


def test_a_fixtures_verb_makes_a_town_a_team() -> None:
    # a derby report's "before hosting Southampton on Saturday" put Southampton on the map; a
    # town the fans visit stays the town
    t = typed(
        "City meet Copenhagen in the Champions League before hosting Southampton on Saturday, "
        "while United face Fulham. Fans visit Paris often."
    )
    assert t["Southampton"] == "organisation" and t["Fulham"] == "organisation"
    assert t["Paris"] == "place"


def test_a_famous_clubs_bare_name_is_the_club_in_sport() -> None:
    # a derby report's "the signing from Ajax" put Ajax, Ontario on the map, "visit Everton at
    # Goodison Park" and "the loss at Brentford" two London districts; no cue word stood by them
    t = typed(
        "Manchester United beat Burnley in the league. The winger, a signing from Ajax, scored. "
        "United visit Everton at Goodison Park after the loss at Brentford."
    )
    assert t["Ajax"] == t["Everton"] == t["Brentford"] == "organisation"
    # the town a player was signed from is his old club ("signed from Lille", not "from Paris")
    t = typed(
        "Napoli won the league. Osimhen, signed from Lille in 2020, scored twice. The midfielder "
        "joined on loan from Marseille. Fans arrived from Paris by train."
    )
    assert t["Lille"] == t["Marseille"] == "organisation" and t["Paris"] == "place"
    # ... and the place it is where "in" says so, or outside sport
    assert typed("The striker grew up in Everton.")["Everton"] == "place"
    assert typed("House prices in west London rose, led by Brentford and Fulham.")["Brentford"] == (
        "place"
    )


def test_the_two_names_a_results_verb_joins_are_teams() -> None:
    # "Essex beat Kent by five wickets" gave no Essex and a person Kent (a given name too);
    # "Arsenal drew 1-1 with Chelsea" left Chelsea a place
    text = (
        "Essex beat Kent by five wickets in the county championship. Arsenal drew 1-1 with "
        "Chelsea at Highbury. Roger Federer beat Rafael Nadal. Brazil beat Argentina."
    )
    spans = [(s.surface, s.type) for s in recognise(text)]
    for team in ("Essex", "Kent", "Arsenal", "Chelsea"):
        assert (team, "organisation") in spans
    assert ("Argentina", "place") in spans and ("Rafael Nadal", "person") in spans


def test_a_fixtures_v_makes_the_name_before_it_a_team() -> None:
    # "Leicestershire v Somerset" made Somerset a team ("v" before it) and left Leicestershire
    text = "County championship: Leicestershire v Somerset at Leicester. Kenya v Uganda."
    spans = [(s.surface, s.type) for s in recognise(text)]
    assert ("Leicestershire", "organisation") in spans and ("Somerset", "organisation") in spans
    assert ("Leicester", "place") in spans and ("Kenya", "place") in spans


def test_a_league_tables_lone_given_name_is_a_team() -> None:
    # "Chelsea 3 2 1 0 5 2 7" stayed the place: a table's line that starts with a given name was
    # read as a golfer's; people's tables list full names ("Ernie Els 66 68 70 71 275")
    text = (
        "Premier league standings (played, won, drawn, lost, for, against, points):\n"
        "Chelsea 3 2 1 0 5 2 7\nNewcastle 3 2 0 1 4 3 6\nLincoln 3 1 1 1 4 4 4\n"
        "Leading golf scores:\nErnie Els 66 68 70 71 275"
    )
    spans = [(s.surface, s.type) for s in recognise(text)]
    assert ("Chelsea", "organisation") in spans and ("Newcastle", "organisation") in spans
    # (Lincoln too: Chelsea is also a famous club's bare name, a team in sport by itself)
    assert ("Lincoln", "organisation") in spans
    assert ("Ernie Els", "person") in spans


def test_a_town_a_table_lists_as_a_team_is_the_team_elsewhere() -> None:
    # "leaders Liverpool" stayed the city beside the table's "Liverpool 10 8 1 1 22 7 25"
    text = (
        "Arsenal were held by Southampton on Saturday, two points behind leaders Liverpool, "
        "who play in Liverpool on Sunday.\n\nPremier League standings (played, won, drawn, lost, for, against, "
        "points): Liverpool 10 8 1 1 22 7 25 Arsenal 10 7 2 1 20 9 23"
    )
    spans = [(s.surface, s.type, s.start) for s in recognise(text)]
    liverpool = [(kind, start) for surface, kind, start in spans if surface == "Liverpool"]
    assert liverpool[0] == ("organisation", text.index("Liverpool"))
    # (an "in" still places it)
    assert ("place", text.index("in Liverpool") + 3) in liverpool
    assert liverpool[-1][0] == "organisation"


def test_a_new_starts_a_tables_team_and_the_datelines_town_stays() -> None:
    # "NEW YORK 40 20 .667" stayed the city ("new" starts sentences, so the table refused it);
    # once it was the team, the dateline "NEW YORK 2024-06-02" became the team too
    text = (
        "BASEBALL - MAJOR LEAGUE STANDINGS.\nNEW YORK 2024-06-02\nMajor League Baseball "
        "standings (won, lost, winning percentage, games behind):\nNEW YORK 40 20 .667 -\n"
        "BALTIMORE 38 21 .644 1 1/2\nNew York 8 Boston 2"
    )
    spans = {(s.start, s.type) for s in recognise(text)}
    assert (text.index("NEW YORK"), "place") in spans
    assert (text.index("NEW YORK 40"), "organisation") in spans
    assert (text.index("New York 8"), "organisation") in spans


def test_a_name_before_its_fighters_is_an_armed_group_at_each_mention() -> None:
    # "Wagner" was the model's person thirteen times in a story of the Wagner mutiny
    text = (
        "Wagner chief Yevgeny Prigozhin says his men will turn back. Wagner fighters seized "
        'sites in Rostov-on-Don, where crowds chanted "Wagner!"'
    )
    spans = [(s.surface, s.type) for s in recognise(text)]
    assert spans.count(("Wagner", "organisation")) == 3
    assert ("Yevgeny Prigozhin", "person") in spans
    # ... and a team, between its name and its member's ("Williams driver Damon Hill" was a
    # person "Williams"; "beating Jean Alesi of Benetton" nothing)
    text = "Schumacher beat Jean Alesi of Benetton. Williams driver Damon Hill retired."
    spans = [(s.surface, s.type) for s in recognise(text)]
    assert ("Williams", "organisation") in spans and ("Benetton", "organisation") in spans
    assert ("Damon Hill", "person") in spans
    # a person's name with a possessive keeps the person ("Kadyrov's fighters")
    assert ("Ramzan Kadyrov", "person") in [
        (s.surface, s.type) for s in recognise("Ramzan Kadyrov's fighters arrived.")
    ]


def test_a_leisure_business_is_an_organisation() -> None:
    # round 36, folder 100: "at Just-In-Time Recreation, a bowling alley" was a person
    text = "The shooting began at Strikeline Recreation, a bowling alley. Planet Fitness closed."
    spans = [(s.surface, s.type) for s in recognise(text)]
    assert ("Strikeline Recreation", "organisation") in spans
    assert ("Planet Fitness", "organisation") in spans


def test_two_acronyms_side_by_side_are_one_name() -> None:
    # "Analyst Hans de Vries of ABN AMRO said" read two organisations, "ABN" and "AMRO"
    text = "Analyst Hans de Vries of ABN AMRO said so. ABN AMRO shares rose."
    spans = [(s.surface, s.type) for s in recognise(text)]
    assert spans.count(("ABN AMRO", "organisation")) == 2
    assert ("ABN", "organisation") not in spans
    # not a score line's letters, a shouted name or the table's two bodies
    text = (
        "Philadelphia 7 17 10 6 40\n\nPHI — Hurts 1 run (Elliott kick) PHI — Elliott FG PHI — "
        "DeJean 38 interception return. Officials of the UN NATO mission met."
    )
    got = {s.surface for s in recognise(text)}
    assert "FG PHI" not in got and "UN NATO" not in got


def test_clubs_named_by_no_town_and_a_players_move() -> None:
    # "Feyenoord", "Kaizer Chiefs" were people, "Sheffield Wednesday" the city (Wednesday is a
    # calendar word), "AEK Athens" two organisations; "The striker joined Leicester" the city
    text = (
        "Blinker was sent off against Feyenoord. Sheffield Wednesday's manager watched AEK "
        "Athens and Kaizer Chiefs. The striker joined Leicester in the league last season."
    )
    spans = [(s.surface, s.type) for s in recognise(text)]
    for club in ("Feyenoord", "Sheffield Wednesday", "AEK Athens", "Kaizer Chiefs", "Leicester"):
        assert (club, "organisation") in spans, club
    # (a town someone joins outside sport stays the town)
    assert [s.type for s in recognise("She joined Leicester's council in May.")][:1] == ["place"]


def test_a_name_written_with_an_inner_capital_is_a_firms() -> None:
    # "SmithKline Beecham rose 5 pence" was nothing, "BlueCross BlueShield" (LGL) a person
    text = "Zantac slowed. SmithKline Beecham rose 5 pence. BlueCross BlueShield of Texas said so."
    spans = [(s.surface, s.type) for s in recognise(text)]
    assert ("SmithKline Beecham", "organisation") in spans
    assert ("BlueCross BlueShield", "organisation") in spans
    # not a family name's prefix, two names a page glued together, nor a person after the firm
    text = "Ian MacLeod met DeShawn Smith. CampbellMary Mein spoke. DeltaTrak Linda Ng said."
    spans = [(s.surface, s.type) for s in recognise(text)]
    assert ("Ian MacLeod", "person") in spans and ("DeShawn Smith", "person") in spans
    assert not [s for s, t in spans if s.startswith("CampbellMary") and t == "organisation"]
    assert ("DeltaTrak", "organisation") in spans and ("Linda Ng", "person") in spans
    assert "GroundUp Linda Ng" not in {s.surface for s in recognise("Photo: GroundUp Linda Ng.")}


def test_a_shouted_headlines_as_is_no_clubs_prefix() -> None:
    # "SHEARER NAMED AS NEW ENGLAND CAPTAIN" read "AS NEW ENGLAND" as a club ("AS Roma")
    text = (
        "SOCCER - SHEARER NAMED AS NEW ENGLAND CAPTAIN.\nNewcastle striker Alan Shearer was "
        "named captain. AS Roma beat Lazio in the league."
    )
    spans = [(s.surface, s.type) for s in recognise(text)]
    assert not [s for s, _ in spans if s.startswith("AS N")]
    assert ("AS Roma", "organisation") in spans


def test_railways_named_like_a_place_are_organisations() -> None:
    # "Norfolk Southern" put Norfolk, Virginia on the map seven times in a derailment story
    text = "The Norfolk Southern train derailed. Norfolk Southern said it would pay. He lives in Norfolk, Virginia."
    spans = [(s.surface, s.type) for s in recognise(text)]
    assert spans.count(("Norfolk Southern", "organisation")) == 2
    assert ("Norfolk", "place") in spans


def test_sports_governing_bodies_named_world_are_organisations() -> None:
    # "World Rugby said" was the town Rugby, and an organisation "Rugby"
    t = typed("World Rugby said the ban stands. World Athletics agreed. He grew up in Rugby.")
    assert t["World Rugby"] == "organisation" and t["World Athletics"] == "organisation"
    assert t["Rugby"] == "place"
    # the Irish parliament's seat was an organisation "House" by its entity
    spans = [(s.surface, s.entity) for s in recognise("The bill was debated in Leinster House.")]
    assert spans == [("Leinster House", "Leinster House")]


def test_a_union_named_by_no_union_word_is_known() -> None:
    # "Thorsten Gröger of IG Metall said" read the acronym "IG" and nothing of "Metall"
    text = "Thorsten Gröger of IG Metall said the deal saved jobs."
    spans = [(s.surface, s.type) for s in recognise(text)]
    assert spans == [("Thorsten Gröger", "person"), ("IG Metall", "organisation")]


def test_a_name_that_opens_with_the_after_and_is_its_own() -> None:
    # "The Sydney Morning Herald, The Age and The Canberra Times" gave an organisation "Age and
    # The Canberra Times"; "the Food and Drug Administration" stays one name
    text = (
        "He sued The Sydney Morning Herald, The Age and The Canberra Times. Staff at the Food and "
        "Drug Administration agreed."
    )
    orgs = [s.surface for s in recognise(text) if s.type == "organisation"]
    assert "The Canberra Times" in orgs and "Food and Drug Administration" in orgs
    assert not [o for o in orgs if o.startswith("Age")]


def test_a_demonym_opening_a_learned_organisations_name_is_the_names() -> None:
    # round 24 (folder 62): "The American Red Cross (ARC) is operating shelters" gave the
    # demonym "American" and an organisation "ARC", and no Red Cross at all (the learned
    # "American Red Cross" yielded to the demonym and hid the known "Red Cross" inside it)
    text = "The American Red Cross (ARC) is operating shelters. The ARC needs volunteers."
    got = [(s.surface, s.entity) for s in recognise(text) if s.type == "organisation"]
    assert got == [
        ("American Red Cross", "American Red Cross"),
        ("ARC", "American Red Cross"),
        ("ARC", "American Red Cross"),
    ]
    # ... and so do the other national societies (round 49's final check, folder 158: "the
    # Turkish Red Crescent sent tents" was the demonym and the movement)
    text = "The Turkish Red Crescent sent tents. The Canadian Red Cross opened shelters."
    got = [(s.surface, s.type) for s in recognise(text)]
    assert got == [
        ("Turkish Red Crescent", "organisation"),
        ("Canadian Red Cross", "organisation"),
    ], got


def test_a_very_very_important_persons_letters_are_no_organisation() -> None:
    # round 24 (folder 62): "A new airport, intended for VVIP flights" counted an organisation
    text = "A new airport near the site, intended for VVIP flights, was used this week."
    assert not [s for s in recognise(text) if s.type == "organisation"]


def test_an_acronym_taking_a_syllable_of_a_word_links_to_its_long_name() -> None:
    # round 24 (folder 61): "Palang Pracharath Party (PPRP) … the PPRP" counted the acronym
    # apart (its letters take "Pr" of Pracharath; GMB's "RCTV" is Radio Caracas TeleVision)
    text = "The Palang Pracharath Party (PPRP) won 40 seats. The PPRP said it would join."
    got = {s.surface: s.entity for s in recognise(text) if s.type == "organisation"}
    assert got == {
        "Palang Pracharath Party": "Palang Pracharath Party",
        "PPRP": "Palang Pracharath Party",
    }


def test_photo_agencies_philippine_and_air_quality() -> None:
    # round 24 (folder 63, after its check): "AFP via Getty Images" made a person "Getty
    # Images"; "the Philippine presidential election" an organisation "Philippine" (the
    # training news' silver reading); "The AQI reached 200" an organisation
    text = (
        "Photo: Byambasuren Byamba-Ochir/AFP via Getty Images. Marcos was heading for a landslide "
        "in the Philippine presidential election. The AQI reached 200."
    )
    typed = {s.surface: s.type for s in recognise(text)}
    assert typed["Getty Images"] == "organisation"
    assert typed["Philippine"] == "demonym"
    assert "AQI" not in typed


def test_an_acronym_leaves_out_the_countrys_letters_before_the_name() -> None:
    # round 24 (folder 63, after its check): "The U.S. Federal Aviation Administration (FAA)
    # … the FAA" counted the acronym apart
    text = "The U.S. Federal Aviation Administration (FAA) slowed flights. The FAA said so."
    got = {s.entity for s in recognise(text) if s.type == "organisation"}
    assert got == {"U.S. Federal Aviation Administration"}


def test_a_known_clubs_saint_written_short_is_the_club() -> None:
    # round 26, folder 66: "The Paris St-Germain forward" was a person; the short forms of a
    # known organisation's "Saint" are the organisation, counted under the list's name
    for text in ("The Paris St-Germain forward scored.", "He had left Paris St Germain."):
        assert [(s.type, s.entity) for s in recognise(text)] == [
            ("organisation", "Paris Saint-Germain")
        ]


def test_rfe_rl_is_one_organisation() -> None:
    # round 26, folder 67: "RFE/RL's Kazakh Service" gave two acronyms, "RFE" and "RL"
    spans = recognise("Truck drivers told RFE/RL that traffic was slow.")
    assert [(s.surface, s.type) for s in spans] == [("RFE/RL", "organisation")]


def test_a_clubs_letters_after_its_name_make_it_a_club() -> None:
    # round 26, folder 67: "home side Arema FC" gave an organisation "FC" and nothing else;
    # "Liverpool FC", "Guangzhou FC" and "Inter Miami CF" lost their towns the same way
    for text, club in [
        ("Home side Arema FC lost 3-2 to Persebaya Surabaya in a Liga 1 match.", "Arema FC"),
        ("Liverpool FC beat Everton 2-1 in the Premier League.", "Liverpool FC"),
        ("Guangzhou FC won eight Chinese Super League titles.", "Guangzhou FC"),
        ("He joined Inter Miami CF in 2023.", "Inter Miami CF"),
    ]:
        assert (club, "organisation") in [(s.surface, s.type) for s in recognise(text)], text


def test_bodies_and_titles_of_other_languages_and_services() -> None:
    # (folders 69 and 70) each was a person or an organisation cut short
    assert typed("Peru's Ombudsman's Office (Defensoria del Pueblo) said 40 died.") == {
        "Peru": "place",
        "Defensoria del Pueblo": "organisation",
    }
    assert typed("Photo: Presidencia de la República / handout")["Presidencia de la República"] == (
        "organisation"
    )
    text = "It was sold to Italy's state-owned Ferrovie dello Stato Italiane (FS) in 2017."
    assert typed(text)["Ferrovie dello Stato Italiane"] == "organisation"
    assert typed("Coast Guard Rear Adm. Shannon Gilreath said so.") == {
        "Coast Guard": "organisation",
        "Shannon Gilreath": "person",
    }
    text = "The command, headed by Army Chief of Staff General Park An-su, banned activity."
    assert typed(text) == {"Park An-su": "person"}
    text = "Junta spokesman Colonel-Major Amadou Abdramane said the airspace was closed."
    assert typed(text) == {"Amadou Abdramane": "person"}
    # ... and as a wire shortens it (round 43, folder 127: "Maj." stayed in the name)
    text = "Soldiers led by Col. Maj. Amadou Abdramane appeared on state television."
    assert typed(text) == {"Amadou Abdramane": "person"}
    # a French rank, an elder's honorific, a citadel's Persian name
    text = "Supporters filled the 30,000-seat Général Seyni Kountché stadium in Niamey."
    assert typed(text)["Seyni Kountché"] == "person"
    spans = recognise("A voter said: Baba Zuma is the one who listens. Jacob Zuma smiled.")
    assert [(s.surface, s.entity) for s in spans] == [
        ("Zuma", "Jacob Zuma"),
        ("Jacob Zuma", "Jacob Zuma"),
    ]
    text = "Parts of the Herat Citadel, also known as Qala Ikhtiyaruddin, were damaged."
    assert "Qala Ikhtiyaruddin" not in typed(text)
    # a people's empire and a ballpark's yards are no one's name
    text = "PeruRail runs trains to the Inca citadel of Machu Picchu. Fans went to Camden Yards."
    # (PeruRail the firm by its inner capital, since round 36)
    assert typed(text) == {"PeruRail": "organisation", "Machu Picchu": "place"}
    # ... nor an old empire's adjective before a given name (folder 193)
    assert typed("He prayed before its revered Byzantine Marian icon.") == {}
    # ... nor is a river after "the" or a seabed's trough a body (folder 195–196: the model's)
    assert typed("It shares its name with the River Tisza that flows east.") == {}
    assert typed("It warned of a quake in the Nankai Trough off the coast.") == {}


def test_a_title_inside_a_clubs_name_names_no_one() -> None:
    # (folder 69) "FC Sheriff Tiraspol" was an acronym "FC" and a sheriff "Tiraspol"
    text = "Holdings range from supermarkets to the club FC Sheriff Tiraspol, and FC Porto."
    assert typed(text) == {"FC Sheriff Tiraspol": "organisation", "FC Porto": "organisation"}
    # ... but a club's officer named by a given name is a person
    assert typed("FC President Joan Laporta spoke.")["Joan Laporta"] == "person"


def test_an_airlines_name_ends_before_its_aircraft_makers() -> None:
    # round 29: "A Jeju Air Boeing 737-800 crashed" was one name "Jeju Air Boeing", dropped,
    # leaving Jeju a town; a maker named after the "of" of a body's name stays part of it
    assert typed("A Jeju Air Boeing 737-800 crashed at Muan.") == {
        "Jeju Air": "organisation",
        "Boeing": "organisation",
        "Muan": "place",
    }
    assert typed("A Korean Air Boeing 777 landed.") == {
        "Korean Air": "organisation",
        "Boeing": "organisation",
    }


def test_a_pageant_a_square_and_a_french_party_are_nobodys_names() -> None:
    # round 29 (folder 75): "the Miss Universe pageant" was a woman "Universe", "the Old Town
    # Square" an organisation, "the smaller Nouveaux Démocrates" a person; Miss Smith stays
    assert typed("It hosted the Miss Universe pageant in 2013. Miss Smith said so.") == {
        "Smith": "person"
    }
    assert typed("Christmas markets on the Old Town Square reopened on Friday.") == {}
    assert typed("The smaller Nouveaux Démocrates joined them.") == {
        "Nouveaux Démocrates": "organisation"
    }
    assert typed("Britain will hand the Chagos Islands to Mauritius.")["Chagos Islands"] == "place"


def test_a_partys_name_after_its_noun_is_the_partys() -> None:
    # round 29 (folder 72's left list): "Milei's party La Libertad Avanza" was La Libertad, Peru;
    # the party a person leads stays a person's
    assert typed("Milei's party La Libertad Avanza won in Buenos Aires.") == {
        "La Libertad Avanza": "organisation",
        "Buenos Aires": "place",
    }
    assert typed("The party Jeremy Corbyn led lost.") == {"Jeremy Corbyn": "person"}
    # ... and Pearl Harbor is a place (it was nothing)
    assert typed("Japan attacked Pearl Harbor in 1941.")["Pearl Harbor"] == "place"


def test_a_name_that_runs_on_past_a_hyphen_to_a_buildings_word_is_nobodys() -> None:
    # round 29 (folder 77): "Adolfo Suárez Madrid-Barajas Airport" was a person "Adolfo Suárez
    # Madrid", and every later "Madrid" his surname; "Madrid's Puerta del Sol" a person
    text = (
        "Adolfo Suárez Madrid-Barajas Airport and other airports switched to generators. "
        "Flights from Madrid resumed, and cafes around Madrid's Puerta del Sol reopened."
    )
    # (round 46: the airport's whole name is the airport, a place; the rule is for the others)
    assert {(s.surface, s.type) for s in recognise(text)} == {
        ("Adolfo Suárez Madrid-Barajas Airport", "place"),
        ("Madrid", "place"),
        ("Puerta del Sol", "place"),  # (round 52: a gazetteer row)
    }
    text = "Flights from Federico García Lorca Granada-Jaén Airport resumed."
    assert [s.type for s in recognise(text)] == ["place", "place"]
    assert typed("Ellen Johnson-Sirleaf won.") == {"Ellen Johnson-Sirleaf": "person"}


def test_a_bodys_name_stops_before_a_compass_adjective_and_a_portfolio_before_a_hyphened_name() -> (
    None
):
    # round 29 (folder 77): "the United Nations and Western governments" was one organisation;
    # "Deputy Prime Minister for Transport Jean-Pierre Bemba" a person "Transport Jean-Pierre
    # Bemba"
    text = "Congo, the United Nations and Western governments accuse Rwanda."
    assert typed(text)["United Nations"] == "organisation"
    text = "Deputy Prime Minister for Transport Jean-Pierre Bemba was expected in Goma."
    assert typed(text) == {"Jean-Pierre Bemba": "person", "Goma": "place"}


def test_a_portfolio_before_a_ministers_title_is_no_organisation() -> None:
    # round 29 (folder 77): "Social Welfare Secretary Rex Gatchalian" gave an organisation
    # "Social Welfare" (the span model's, as the department is named later)
    text = (
        "Marcos spoke in Manila.\n\nSocial Welfare Secretary Rex Gatchalian said the Department "
        "of Social Welfare and Development (DSWD) had stockpiled food packs."
    )
    assert "Social Welfare" not in typed(text)
    assert typed(text)["Rex Gatchalian"] == "person"


def test_an_aircrafts_name_is_nobodys() -> None:
    # round 29 (earlier folders' left list): "A Hercules aircraft" was a person (training news
    # has one)
    assert typed("A Hercules aircraft landed in Kabul.") == {"Kabul": "place"}


def test_a_polytechnic_and_a_regional_airlines_brand_are_organisations() -> None:
    # round 35, folder 96: "teaches aviation at Seneca Polytechnic" was Seneca, South Carolina,
    # and "A Delta Connection regional jet" a person
    text = "He teaches aviation at Seneca Polytechnic. A Delta Connection regional jet flipped."
    found = {s.surface: s.type for s in recognise(text)}
    assert found["Seneca Polytechnic"] == "organisation"
    assert found["Delta Connection"] == "organisation"


def test_hyphened_acronyms_airport_codes_and_papers() -> None:
    # round 35, folder 98: "Hawaii Emergency Management Agency (HI-EMA)" gave two organisations
    # "HI" and "EMA", "Kahului Airport (OGG)" an organisation "OGG", "Photo by … / Valley Isle
    # Ledger" Isle, Minnesota, and "Pakistan Tehreek-e-Insaf (PTI)" the country and an acronym
    text = (
        "Officials said on Tuesday that none of the island's outdoor warning sirens sounded "
        "during the fire, which spread quickly through the historic town. The sirens are run by "
        "the Hawaii Emergency Management Agency (HI-EMA), which said it was reviewing the "
        "decision. A spokesman for HI-EMA said the agency would publish its findings. At Kahului "
        "Airport (OGG), airlines added flights.\n\n[Photo: Charred buildings line Front Street "
        "on Thursday. Photo by Makoa Keawe-Lindsey / Valley Isle Ledger]\n\nThe mayor spoke later."
    )
    found = {s.surface: s.type for s in recognise(text)}
    assert found["HI-EMA"] == "organisation"
    assert "HI" not in found and "EMA" not in found and "OGG" not in found
    assert found["Valley Isle Ledger"] == "organisation"
    text = "His party, Pakistan Tehreek-e-Insaf (PTI), lost its symbol. The PTI said so."
    found = {s.surface: (s.type, s.entity) for s in recognise(text)}
    assert found["Pakistan Tehreek-e-Insaf"][0] == "organisation"
    assert found["PTI"] == ("organisation", "Pakistan Tehreek-e-Insaf")
    # (two acronyms the text spells out stay two bodies: "the PSC-PSI programme")
    text = (
        "The Philippine Sports Commission (PSC) and the Philippine Sports Institute (PSI) run "
        "the PSC-PSI programme together, officials said on Monday in a statement."
    )
    entities = [s.entity for s in recognise(text) if s.type == "organisation"]
    assert entities[-2:] == ["Philippine Sports Commission", "Philippine Sports Institute"]


def test_argentinas_governing_coalition_is_no_peruvian_region() -> None:
    # round 35, final check (folder 99): "the candidate of the La Libertad Avanza (LLA)
    # coalition" was La Libertad, a region of Peru
    text = "Milei, the candidate of the La Libertad Avanza (LLA) coalition, won in Buenos Aires."
    found = {s.surface: (s.type, s.entity) for s in recognise(text)}
    assert found["La Libertad Avanza"][0] == "organisation"
    assert found["LLA"] == ("organisation", "La Libertad Avanza")


def test_chipmakers_and_shipping_lines_named_like_people_are_known() -> None:
    # round 38 (folder 105's bridge collapse and earnings report): "a vessel chartered by
    # Maersk" and "shares of … Micron Technology" were people, "Seagate Technology" a town
    text = (
        "The Dali, a vessel chartered by Maersk, left port. Chipmakers including Micron "
        "Technology and Seagate Technology gained."
    )
    got = {s.surface: s.type for s in recognise(text)}
    for name in ("Maersk", "Micron Technology", "Seagate Technology"):
        assert got.get(name) == "organisation", (name, got)
    # ... and airlines named by an ocean (round 49, folder 155: "Cathay Pacific cancelled
    # flights" was the Pacific)
    got = [(s.surface, s.type) for s in recognise("Cathay Pacific cancelled 500 flights.")]
    assert got == [("Cathay Pacific", "organisation")]
    # ... and a railway whose first word opens a sentence as an everyday word the story also
    # writes in lower case ("… its network. Network Rail engineers" named nothing)
    text = "ScotRail halted most of its network. Network Rail engineers cleared trees."
    assert ("Network Rail", "organisation") in [(s.surface, s.type) for s in recognise(text)]


def test_formula_one_teams_named_by_a_drink_are_known() -> None:
    # round 38 (a race report of my own): "Max Verstappen … to end Red Bull's winless start",
    # "Tsunoda, promoted to Red Bull from Racing Bulls" found neither team
    text = (
        "SUZUKA, Japan (Reuters) - Max Verstappen won on Sunday to end Red Bull's winless start. "
        "Yuki Tsunoda, promoted to Red Bull from Racing Bulls, was 12th."
    )
    got = [(s.surface, s.type) for s in recognise(text)]
    assert got.count(("Red Bull", "organisation")) == 2 and ("Racing Bulls", "organisation") in got


def test_leagues_in_capitals_are_known_and_a_court_district_is_no_place() -> None:
    # round 37's left list (folder 104's round-up): "SPAIN - LA LIGA" made a place "LA" and an
    # organisation "LIGA"; "the Southern District of New York" was a place "Southern District"
    text = (
        "Prosecutors in the Southern District of New York charged him.\n"
        "SPAIN - LA LIGA\nReal Madrid 2 Getafe 0\nITALY - SERIE A\nInter Milan 1 Genoa 1"
    )
    got = [(s.surface, s.type) for s in recognise(text)]
    for name in ("LA LIGA", "SERIE A"):
        assert (name, "organisation") in got, (name, got)
    assert ("LA", "place") not in got
    # (the state stays on the map, as "the Northern District of Illinois" keeps Illinois)
    assert ("Southern District", "place") not in got and ("New York", "place") in got


def test_an_airlines_short_name_is_the_airline_even_where_a_state_abroad_shares_it() -> None:
    # round 38 (the final check, folder 107): "Delta Air Lines … Delta and its affiliates" put
    # Delta State, Nigeria on an American story's map; GeoWebNews' "United Airlines … United
    # was the biggest transporter" found no United. A state the text places stays the place, and
    # a country's name alone is the country ("Air India … India")
    text = (
        "Delta Air Lines and United Airlines asked for ground stops. Delta cancelled 3,000 flights "
        "in Atlanta and New York, and United cancelled 600."
    )
    got = [(s.surface, s.type) for s in recognise(text)]
    assert ("Delta", "organisation") in got and ("United", "organisation") in got, got
    nigeria = "Delta Air Lines flies to Lagos. Floods hit Delta, and Delta State's governor spoke."
    got = [(s.surface, s.type) for s in recognise(nigeria)]
    assert ("Delta", "place") in got and ("Delta", "organisation") not in got, got
    assert ("India", "place") in [
        (s.surface, s.type) for s in recognise("Air India said India won.")
    ]


def test_a_towns_tourist_board_speaks_for_no_person() -> None:
    # round 39 (folder 108's wildfire story): "Tourism Jasper said" made the town a person, and
    # with it every other Jasper of the story; the board is an organisation, the town a place
    text = "Jasper, Alberta: Residents returned to Jasper. Tourism Jasper said it would reopen."
    got = [(s.surface, s.type) for s in recognise(text)]
    assert got == [
        ("Jasper", "place"),
        ("Alberta", "place"),
        ("Jasper", "place"),
        ("Tourism Jasper", "organisation"),
    ], got


def test_an_aviation_company_a_research_institute_and_a_planes_model() -> None:
    # round 39 (folder 108): "chairman of Action Aviation in Dubai" was a person, "the French
    # oceanographic institute Ifremer" a person, and the "MAX" of "a Boeing 737 MAX 9" an
    # organisation at each of its seven mentions; a plan named with the word is no body
    text = (
        "Hamish Harding, chairman of Action Aviation in Dubai, was aboard. A ship of the French "
        "oceanographic institute Ifremer searched. The Boeing 737 MAX 9 was grounded, and the "
        "FAA capped MAX output. Airlines backed a new EU Aviation Strategy."
    )
    got = [(s.surface, s.type) for s in recognise(text)]
    assert got == [
        ("Hamish Harding", "person"),
        ("Action Aviation", "organisation"),
        ("Dubai", "place"),
        ("French", "demonym"),
        ("Ifremer", "organisation"),
        ("Boeing", "organisation"),
        ("FAA", "organisation"),
        ("EU", "place"),
    ], got


def test_a_streets_name_is_no_organisation_or_person_of_the_models() -> None:
    # round 39 (folder 108): "the bus rolled down Connaught Drive" was the model's organisation
    # (LGL's "Center Street", "Salt Works Road" too)
    text = "The bus rolled down Connaught Drive slowly. A man of the 500 block of Elm Road ran."
    assert [s.surface for s in recognise(text)] == []


def test_a_box_scores_players_are_people_not_their_towns_teams() -> None:
    # round 39 (folder 109's NBA finals report): "Irving 5-16 3-3 15, Washington 6-12 3-4 17"
    # were teams (Irving, Texas; Washington) and so was each other mention of them
    text = (
        "Boston beat Dallas in the NBA Finals.\n\nDallas (88) Doncic 12-25 2-3 28, Irving 5-16 "
        "3-3 15, Washington 6-12 3-4 17. Totals 36-84 6-10 88.\n\n3-Point Goals — Dallas 10-34 "
        "(Doncic 2-8, Washington 2-6, Irving 2-7)."
    )
    got = [(s.surface, s.type) for s in recognise(text) if s.surface in ("Irving", "Washington")]
    assert got == [
        ("Irving", "person"),
        ("Washington", "person"),
        ("Washington", "person"),
        ("Irving", "person"),
    ], got


def test_a_dutch_bank_and_a_scottish_publisher_are_known() -> None:
    # round 39 (folder 109): "economists at ABN Amro" was a person by its initials, and a
    # photo's credit "Kenny Smith/DC Thomson" put Washington, DC on a Scottish flood's map
    text = "Nick Kounis, head of research at ABN Amro in Amsterdam, spoke. Photo: Kenny Smith/DC Thomson"
    got = [(s.surface, s.type) for s in recognise(text)]
    assert ("ABN Amro", "organisation") in got and ("DC Thomson", "organisation") in got, got


def test_a_legislature_named_by_its_word_alone_is_an_organisation() -> None:
    # round 39 (own texts): "Parliament voted." and "The Senate voted on Friday." were nothing
    text = "Parliament voted. The Senate voted on Friday."
    got = [(s.surface, s.type) for s in recognise(text)]
    assert got == [("Parliament", "organisation"), ("Senate", "organisation")], got


def test_health_systems_are_organisations() -> None:
    # round 38 (the final check, folder 107) and round 39 (own texts): "Doctors at Mass General
    # Brigham" was a person Brigham, "Northwell Health" and "Kaiser Permanente" people; a
    # people's "British Health Secretary" is no health system
    text = (
        "Doctors at Mass General Brigham agreed. Northwell Health and Kaiser Permanente said "
        "so. British Health Secretary Wes Streeting spoke."
    )
    got = [(s.surface, s.type) for s in recognise(text) if s.type != "demonym"]
    assert got == [
        ("Mass General Brigham", "organisation"),
        ("Northwell Health", "organisation"),
        ("Kaiser Permanente", "organisation"),
        ("Wes Streeting", "person"),
    ], got


def test_britains_water_companies_are_known() -> None:
    # round 39 (own texts): "Thames Water" was the river Thames, "Shares in Severn Trent rose"
    # the river Severn
    text = "Thames Water said it could run out of money. Shares in Severn Trent rose."
    got = [(s.surface, s.type) for s in recognise(text)]
    assert got == [("Thames Water", "organisation"), ("Severn Trent", "organisation")], got


def test_a_company_noun_opening_a_sentence_before_a_one_word_name() -> None:
    # round 39 (own texts): "Regulator Ofwat said" and "Watchdog Ofcom fined" were people; a
    # company's own name that opens with such a noun stays whole ("Union Carbide", "Giant Eagle")
    text = "Regulator Ofwat said so. Watchdog Ofcom fined it. Union Carbide said. Giant Eagle said."
    got = [(s.surface, s.type) for s in recognise(text)]
    assert got[:2] == [("Ofwat", "organisation"), ("Ofcom", "organisation")], got
    assert ("Union Carbide", "organisation") in got and ("Giant Eagle", "organisation") in got, got


def test_rugbys_codes_desk_and_bodies_are_no_town() -> None:
    # round 39 (the final check, folder 110's rugby final): "By Gareth Pryce, Rugby
    # Correspondent," put the town Rugby on the map; "Rugby Union is growing" and "The Rugby
    # Football Union said" too. "He lives in Rugby, Warwickshire" stays the town
    text = (
        "By Gareth Pryce, Rugby Correspondent, in Paris. Rugby Union is growing. The Rugby "
        "Football Union said so. He lives in Rugby, Warwickshire."
    )
    got = [(s.surface, s.type) for s in recognise(text) if s.type != "person"]
    assert got == [
        ("Paris", "place"),
        ("Rugby Football Union", "organisation"),
        ("Rugby", "place"),
        ("Warwickshire", "place"),
    ], got


def test_a_health_topic_is_nobody_and_a_small_towns_health_system_an_organisation() -> None:
    # round 39's leftovers (own texts): "Mental Health charity Mind said" was a person "Mental
    # Health", and "Sutter Health said" put Sutter, California (a town of 3,000) on the map; a
    # big place's "Ontario Health" stays the province
    text = "Mental Health charity Mind said the NHS must act. Sutter Health said it was full."
    got = [(s.surface, s.type) for s in recognise(text)]
    assert got == [
        ("Mind", "organisation"),
        ("NHS", "organisation"),
        ("Sutter Health", "organisation"),
    ], got
    assert [(s.surface, s.type) for s in recognise("Ontario Health said so.")] == [
        ("Ontario", "place")
    ]


def test_a_body_named_by_a_list_of_its_fields_is_one_organisation() -> None:
    # round 39's leftovers (own texts): "the Environment, Food and Rural Affairs Committee" was
    # cut to "Rural Affairs Committee"; a council after a list of towns is left to the towns
    text = (
        "The Environment, Food and Rural Affairs Committee said the plan was late. MPs on the "
        "Culture, Media and Sport Committee agreed. Leeds, Bradford and Kirklees Council areas "
        "were flooded."
    )
    got = [(s.surface, s.type) for s in recognise(text)]
    assert ("Environment, Food and Rural Affairs Committee", "organisation") in got, got
    assert ("Culture, Media and Sport Committee", "organisation") in got, got
    assert ("Leeds", "place") in got and ("Bradford", "place") in got, got


def test_plants_named_for_their_works_are_organisations() -> None:
    # round 40, folder 111: "the Mon Valley Works in Pennsylvania and Gary Works in Indiana" was
    # a person "Gary Works", and a bare "Works" his surname elsewhere
    text = "Gary Works in Indiana and the Clairton Works were told. Works will begin soon."
    got = [(s.surface, s.type) for s in recognise(text)]
    assert got == [
        ("Gary Works", "organisation"),
        ("Indiana", "place"),
        ("Clairton Works", "organisation"),
    ], got


def test_a_partys_officer_a_unions_demonym_and_a_two_word_party() -> None:
    # round 40, folder 112: "Her son Tarique Rahman, the party’s acting chairman" was an
    # organisation (a curly apostrophe hid the possessive that makes the noun a person's), "The
    # Korean Confederation of Trade Unions" lost its demonym, "Army Chief of Staff General Park
    # An-su" made an organisation "Army Chief", and "Liberal Democrat councillor Morag Kinnear"
    # a person "Liberal Democrat"
    text = (
        "A BNP spokesman said so. Her son Tarique Rahman, the party’s acting chairman, lives in "
        "exile. The Korean Confederation of Trade Unions called a strike. The commander, Army "
        "Chief of Staff General Park An-su, banned rallies. Conservative and Liberal Democrat "
        "members abstained."
    )
    got = [(s.surface, s.type) for s in recognise(text)]
    assert got == [
        ("BNP", "organisation"),
        ("Tarique Rahman", "person"),
        ("Korean Confederation of Trade Unions", "organisation"),
        ("Park An-su", "person"),
        ("Conservative", "organisation"),
        ("Liberal Democrat", "organisation"),
    ], got


def test_a_title_before_a_partys_member_noun_names_no_one() -> None:
    # round 46 (an Australian election story of my own): "Deputy Liberal leader Sussan Ley" made
    # a person "Liberal" (the title "Deputy" read the party's word as a name)
    text = (
        "Deputy Liberal leader Sussan Ley held her seat. Deputy Labour leader Angela Rayner "
        "spoke. Deputy Smith said so."
    )
    assert [s.surface for s in recognise(text) if s.type == "person"] == [
        "Sussan Ley",
        "Angela Rayner",
        "Smith",
    ]


def test_an_everyday_word_and_a_bare_letter_is_no_name() -> None:
    # round 40, folder 112: "a Band D property will pay £1,514" was an organisation
    text = "A Band D property will pay more. Band A homes pay less. Malcolm X spoke."
    got = [(s.surface, s.type) for s in recognise(text)]
    assert got == [("Malcolm X", "person")], got


def test_water_utilities_and_civil_protection_are_organisations() -> None:
    # round 40, folder 114: "Wellington Water crews" was the place Wellington and an
    # organisation "Water"; "Icelandic Civil Protection said" a person
    text = "Wellington Water crews worked. Icelandic Civil Protection said so. Open Water swims."
    got = [(s.surface, s.type) for s in recognise(text)]
    assert got == [
        ("Wellington Water", "organisation"),
        ("Icelandic", "demonym"),
        ("Civil Protection", "organisation"),
    ], got


def test_indias_parties_by_their_whole_names() -> None:
    # round 40, folder 115: "Nitish Kumar, whose Janata Dal (United) won 12 seats" made a person
    # "Janata Dal", and "Indian National Congress 99" lost its demonym
    text = (
        "Nitish Kumar, whose Janata Dal (United) won 12 seats, agreed. Indian National Congress 99"
    )
    got = [(s.surface, s.type) for s in recognise(text)]
    assert ("Janata Dal", "organisation") in got, got
    assert ("Indian National Congress", "organisation") in got, got


def test_a_country_codes_alert_system_is_no_organisation() -> None:
    # round 40, folder 111 (and folder 103's Valencia floods): "the ES-Alert mobile message"
    # made an organisation "ES"; a party's acronym before a partner stays ("SPD-Green")
    text = "But the ES-Alert mobile message was not sent. The SPD-Green coalition ended."
    got = [(s.surface, s.type) for s in recognise(text)]
    assert got == [("SPD", "organisation")], got


def test_an_acronym_spelt_out_in_lower_case_is_a_term() -> None:
    # round 40, folder 111 (and folder 103): "a slow-moving “DANA” (depresión aislada en niveles
    # altos)" made an organisation "DANA"; a body described in brackets stays
    text = (
        "The storm, a slow-moving “DANA” (depresión aislada en niveles altos), dumped rain. "
        "AEMET (the state weather agency) said so."
    )
    got = [(s.surface, s.type) for s in recognise(text)]
    assert got == [("AEMET", "organisation")], got


def test_a_word_in_capitals_is_an_acronym_unless_a_real_plural_or_a_surname() -> None:
    # round 49 (folder 155): "Babiš's ANO wins" named no party: the shouted-word check took
    # "ANO" for a plural of "an" (any last letter was cut as a plural's); a surname in capitals
    # after a given name ("Amadou TOURE", wire style) and "DUI" stay no organisation
    text = (
        "The populist ANO movement of Andrej Babiš won. ANO took 34.5 percent. Mali's leader "
        "Amadou TOURE spoke. He was arrested for DUI. Prices ROSE again."
    )
    got = [(s.surface, s.type) for s in recognise(text)]
    assert got == [
        ("ANO", "organisation"),
        ("Andrej Babiš", "person"),
        ("ANO", "organisation"),
        ("Mali", "place"),
        ("Amadou TOURE", "person"),
    ], got


def test_a_steelmaker_named_after_its_founder_and_its_short_name() -> None:
    # round 40, the final check (folder 113, Port Talbot): "Tata Steel shut the last blast
    # furnace" was a car (the maker Tata's model "Steel") and dropped, and "Tata’s £1.25 billion
    # plan" put Tata, Hungary on the map; a person named Steel stays ("David Steel")
    text = (
        "Iron-making in Port Talbot ended as Tata Steel shut the furnace. Tata’s plan will cost "
        "jobs in Wales. David Steel spoke."
    )
    got = [(s.surface, s.type) for s in recognise(text)]
    assert got == [
        ("Port Talbot", "place"),
        ("Tata Steel", "organisation"),
        ("Tata", "organisation"),
        ("Wales", "place"),
        ("David Steel", "person"),
    ], got
    # (a trade name's first word at home stays the town)
    text = "Corby Steel staff in Kettering were told. Flooding hit Corby."
    got = [(s.surface, s.type) for s in recognise(text)]
    assert ("Corby Steel", "organisation") in got and ("Corby", "place") in got, got
    # round 60 (folder 222): the town of a country the story names once, never written as a
    # place, is the company ("Woodside Energy … Woodside has long argued" was a New York suburb)
    text = (
        "Woodside Energy holds 33 percent of the field off Timor-Leste, lawyers in New York "
        "said. Dili and Canberra disagree. Woodside has long argued that piping gas to Darwin "
        "is cheaper."
    )
    got = [(s.surface, s.type) for s in recognise(text)]
    assert ("Woodside", "organisation") in got, got


def test_a_provinces_name_alone_is_its_party_clubs_only_in_sport() -> None:
    # round 40, the final check (folder 113, British Columbia's election): "BC United" (a party
    # the club rule reads as "X United") made every "BC" of "BC NDP", "BC Greens" its short name
    text = (
        "David Eby’s BC NDP will form a government. The BC Greens held two seats. BC United lost."
    )
    got = [(s.surface, s.type) for s in recognise(text)]
    assert got.count(("BC", "place")) == 2, got


def test_an_airline_named_for_its_country_and_the_country_after_the() -> None:
    # round 40's leftover (folder 114, Dubai's floods): "Emirates said" put the United Arab
    # Emirates on the map; the airline is bare "Emirates", the country "the Emirates"
    text = "Emirates said flights were cancelled. Etihad and Emirates both flew to Baghdad."
    got = [(s.surface, s.type) for s in recognise(text)]
    assert got == [
        ("Emirates", "organisation"),
        ("Etihad", "organisation"),
        ("Emirates", "organisation"),
        ("Baghdad", "place"),
    ], got
    text = "Tensions between the Emirates and Qatar grew. Emirates Airline cut routes."
    got = [(s.surface, s.type) for s in recognise(text)]
    assert got == [
        ("Emirates", "place"),
        ("Qatar", "place"),
        ("Emirates Airline", "organisation"),
    ], got


def test_parliaments_parties_members_and_universities_with_an_ampersand() -> None:
    # round 41, folder 118 (the Dutch election, the Texas Panhandle fires): "the Tweede Kamer"
    # and "Christian Democrat MP Pieter Omtzigt" gave people "Tweede Kamer" and "Christian
    # Democrat"; "the Texas A&M Forest Service" was Texas and an organisation "M Forest Service"
    text = (
        "The PVV won 37 seats in the Tweede Kamer. The former Christian Democrat MP Pieter "
        "Omtzigt spoke. The Texas A&M Forest Service said so. She studied at Texas A&M University."
        " Liberal Democrat group leader Tim Kent said."
    )
    got = [(s.surface, s.type) for s in recognise(text)]
    assert got == [
        ("PVV", "organisation"),
        ("Tweede Kamer", "organisation"),
        ("Pieter Omtzigt", "person"),
        ("Texas A&M Forest Service", "organisation"),
        ("Texas A&M University", "organisation"),
        ("Tim Kent", "person"),
    ], got


def test_a_city_council_named_with_city_is_the_citys() -> None:
    # round 41, the final check (folder 119, Bristol's committee system): "Bristol City Council"
    # was a club "Bristol City" and a "Council", every bare "Bristol" the club's short name;
    # then "Bristol City" alone was Bristol, Virginia (GeoNames calls it so too)
    text = "Bristol City Council held its first meeting. Democracy in Bristol changed."
    got = [(s.surface, s.type) for s in recognise(text)]
    assert got == [("Bristol City Council", "organisation"), ("Bristol", "place")], got
    rows = find_places(text)
    assert rows.surface.tolist() == ["Bristol", "Bristol"] and set(rows.country_code) == {"GB"}
    # (in a story that mentions a stadium too: the club rule read the gazetteer's "Bristol City")
    text = "Bristol City Council met near the stadium. Democracy in Bristol changed."
    got = [(s.surface, s.type) for s in recognise(text)]
    assert [n for n, t in got if t == "organisation"] == ["Bristol City Council"], got
    assert ("Bristol", "place") in got and find_places(text).surface.tolist() == ["Bristol"] * 2


def test_a_name_with_its_acronym_and_a_bodys_noun_is_the_body() -> None:
    # round 41, the final check (folder 119, Senegal's election): "the ruling Benno Bokk Yakaar
    # (BBY) coalition" was a person (and BBY an organisation), twice
    text = (
        "Amadou Ba, the candidate of the ruling Benno Bokk Yakaar (BBY) coalition, came second. "
        "Amadou Ba (Benno Bokk Yakaar) won 35 percent."
    )
    got = [(s.surface, s.type) for s in recognise(text)]
    assert got.count(("Benno Bokk Yakaar", "organisation")) == 2, got
    assert got.count(("Amadou Ba", "person")) == 2, got


def test_an_energy_company_named_after_a_town_is_one_organisation() -> None:
    # round 41, the final check (folder 119, Senegal's election): "operated by Australia's
    # Woodside Energy" was Woodside, South Australia and an organisation "Energy"
    text = "The field is operated by Australia's Woodside Energy. Duke Energy agreed."
    got = [(s.surface, s.type) for s in recognise(text)]
    assert got == [
        ("Australia", "place"),
        ("Woodside Energy", "organisation"),
        ("Duke Energy", "organisation"),
    ], got


def test_a_towns_government_in_french_is_an_organisation_not_its_person() -> None:
    # round 44, folder 133's Chibougamau fire: a photo's "(Ville de Chibougamau/Facebook)" was a
    # person, whose surname then made every "Chibougamau" a person
    text = (
        "Smoke rises south of Chibougamau on Saturday. (Ville de Chibougamau/Facebook) "
        "Residents of Chibougamau left. La Mairie de Lyon a dit."
    )
    got = [(s.surface, s.type) for s in recognise(text)]
    assert ("Chibougamau", "place") in got and ("Chibougamau", "person") not in got, got
    assert ("Ville de Chibougamau", "organisation") in got, got
    assert ("La Mairie de Lyon", "organisation") in got, got


def test_running_mates_in_brackets_are_people_not_clubs() -> None:
    # round 44, folder 130's Taiwan election: a results table's "Lai Ching-te (Hsiao Bi-khim)"
    # was read as a line-up, so each running mate was a club (and so were her other mentions)
    text = (
        "Lai and his running mate Hsiao Bi-khim won the vote, beating two rival tickets.\n\n"
        "Candidate (running mate)\tParty\tVotes\n"
        "Lai Ching-te (Hsiao Bi-khim)\tDPP\t5,586,019\n"
        "Hou Yu-ih (Wu Mei-ling)\tKMT\t4,671,021\n"
        "Ko Wen-je (Cynthia Wu)\tTPP\t3,690,466\n\n"
        "Lai thanked supporters at a stadium rally in Taipei."
    )
    got = [(s.surface, s.type) for s in recognise(text)]
    assert got.count(("Hsiao Bi-khim", "person")) == 2, got
    assert ("Cynthia Wu", "person") in got, got
    assert not [g for g in got if g[0] in ("Hsiao Bi-khim", "Cynthia Wu") and g[1] != "person"]
    # ... while a line-up's clubs stay clubs, one of them read like a name among them
    squad = (
        "The coach named his team for the match: Damian Willemse (Stormers), Kurt-Lee Arendse "
        "(Bulls), Franco Mostert (Mie Honda Heat), Cheslin Kolbe (Toulon)."
    )
    got = dict((s.surface, s.type) for s in recognise(squad))
    assert got.get("Mie Honda Heat") == "organisation", got
    assert got.get("Toulon") == "organisation", got


def test_revolutions_stands_furnaces_and_members_of_parliament_are_no_people() -> None:
    # round 44, folders 130, 131 and 133: "the 1989 Velvet Revolution", "the seven Green MSPs"
    # (then every "MSPs" was his surname), "Blast Furnace" and "the Ian Botham Stand" were people
    text = (
        "Protests were the largest since the 1989 Velvet Revolution. The SNP has 63 MSPs and the "
        "seven Green MSPs could combine. Blast Furnace 4 closed. He sat in the Ian Botham Stand."
    )
    got = [(s.surface, s.type) for s in recognise(text)]
    assert [g for g in got if g[1] == "person"] == [], got
    assert ("SNP", "organisation") in got, got


def test_a_county_before_its_sides_total_in_a_cricket_report_is_the_side() -> None:
    # round 44, folder 133's county match at Taunton: "Somerset 345 and 187-5" and eleven
    # "Somerset" were the county on the map
    text = (
        "Somerset 345 and 187-5; Essex 276. Somerset lead by 256 runs after Leach took five "
        "wickets at Taunton."
    )
    got = [(s.surface, s.type) for s in recognise(text)]
    assert got.count(("Somerset", "organisation")) == 2, got
    assert ("Taunton", "place") in got, got
    # (no cricket, no side: a state before its highway's number stays the state)
    got = [(s.surface, s.type) for s in recognise("Drivers on Somerset 345 were stuck in Bath.")]
    assert ("Somerset", "organisation") not in got, got


def test_a_ministrys_subjects_joined_by_and_stay_one_name_though_both_are_body_words() -> None:
    # round 44: "the Ministry of Energy and Mineral Resources" was two bodies ("Energy" and
    # "Resources" are organisation words, as in "Fox News and Sky News")
    text = "The Ministry of Energy and Mineral Resources said. Fox News and Sky News agreed."
    got = [(s.surface, s.type) for s in recognise(text)]
    assert ("Ministry of Energy and Mineral Resources", "organisation") in got, got
    assert ("Fox News", "organisation") in got and ("Sky News", "organisation") in got, got


def test_final_check_134_races_ventures_emergency_services_schools_and_roads() -> None:
    # round 44's final check (folder 134): "two Melbourne Cups in a row" made a team whose short
    # name was every "Melbourne"; "Debswana, the joint venture between …" and "Hawke's Bay
    # Civil Defence" were people, "to shut Derg Valley Primary" a person, "at Bijoy Sarani" (a
    # Dhaka road) a person, and "Prof" opened a professor's name
    text = (
        "Zahra won two Melbourne Cups in a row at Flemington, the jockey said after the race in "
        "Melbourne. Sales by Debswana, the joint venture between the government and De Beers, "
        "have plunged. Hawke's Bay Civil Defence urged residents to leave. The plan is to shut "
        "Derg Valley Primary and transfer pupils. Statues fell at Bijoy Sarani, said Prof Asif "
        "Nazrul."
    )
    got = [(s.surface, s.type) for s in recognise(text)]
    assert ("Melbourne", "place") in got and not [g for g in got if "Cups" in g[0]], got
    for name in ("Debswana", "Civil Defence", "Derg Valley Primary"):
        assert (name, "organisation") in got, (name, got)
    assert ("Asif Nazrul", "person") in got, got
    assert not [g for g in got if "Sarani" in g[0]], got


def test_a_partys_league_says_no_sport() -> None:
    # round 44's final check (folder 134): the Awami League made Hasina's fall "an article about
    # sport", so "at Dhanmondi 32, the former residence" was a team before its score
    text = (
        "Protesters set fire to the museum at Dhanmondi 32, the former residence of the leader. "
        "The Awami League office burned."
    )
    got = [(s.surface, s.type) for s in recognise(text)]
    assert ("Dhanmondi", "organisation") not in got, got


def test_a_towns_institution_is_one_organisation_and_its_town_stays_on_the_map() -> None:
    # round 45 (wikigold's errors): "Florida Department of Law Enforcement" was the place Florida
    # and an organisation "Department of Law Enforcement"; news NER marks the whole name, the
    # geoparsing corpora the town: the spans and the mentions name the institution whole, the map
    # keeps the town, and a nationality stays apart
    text = (
        "Agents of the Florida Department of Law Enforcement came. She was taken to Orlando "
        "Regional Medical Center. The Chinese Foreign Ministry said nothing."
    )
    got = [(s.surface, s.type) for s in recognise(text)]
    assert got == [
        ("Florida Department of Law Enforcement", "organisation"),
        ("Orlando Regional Medical Center", "organisation"),
        ("Chinese", "demonym"),
        ("Foreign Ministry", "organisation"),
    ], got
    assert find_places(text).surface.tolist() == ["Florida", "Orlando", "Chinese"]
    m = find_mentions(text)
    assert m.surface.tolist() == [s for s, _ in got]


def test_a_refiners_fuels_and_a_war_monitor_are_organisations() -> None:
    # round 45 (folders 136 and 137): "chief executive of Petroineos Fuels" was a person, "the
    # Syrian Observatory for Human Rights" the demonym and an organisation "Human Rights"
    t = typed(
        "Frank Demay, chief executive of Petroineos Fuels, said so. According to the Syrian "
        "Observatory for Human Rights, 20 people died."
    )
    assert t.get("Petroineos Fuels") == "organisation"
    assert t.get("Syrian Observatory for Human Rights") == "organisation" and "Syrian" not in t


def test_a_known_names_venue_and_a_weak_reading_after_it_yield_to_the_known_name() -> None:
    # round 47: "the Canadian Tire Centre" was the demonym and an organisation "Tire Centre"; in
    # "Catholic Charities Eastern Washington" the charity was lost to a body "Charities Eastern"
    # (an everyday word and the Eastern Region of Ghana) and then to a person "Charities Eastern"
    t = typed(
        "The game at the Canadian Tire Centre in Ottawa was postponed. Donations went to "
        "Catholic Charities Eastern Washington, which runs the shelter."
    )
    assert t.get("Canadian Tire Centre") == "organisation" and "Canadian" not in t, t
    assert t.get("Catholic Charities") == "organisation", t
    assert not any("Eastern" in name for name in t), t
    assert t.get("Washington") == "place", t
    # a compass word is no place for "an everyday word and a place's name" ("Audit Scotland")
    t = typed("Donations went to Habitat Eastern Washington, which runs the shelter.")
    assert not any("Eastern" in name and kind == "organisation" for name, kind in t.items()), t
    assert typed("Audit Scotland said the council overspent.") == {"Audit Scotland": "organisation"}


def test_pollutants_a_bylines_desk_and_a_winning_article_name_no_body() -> None:
    # round 47 (folders 147 and 148): "filters designed to remove PFAS" made PFAS a body; "By
    # Kyle Brandt Staff Writer" a person of that name; and "inning", a sport's gate word, is in
    # "winning", so a mayor's race was a sports story and "the socialist Eugene Debs" a team
    t = typed("The plant would remove PFAS, the so-called forever chemicals. Residents fear PFAS.")
    assert "PFAS" not in t, t
    t = typed("By Kyle Brandt Staff Writer\n\nThe council met on Tuesday.")
    assert t == {"Kyle Brandt": "person"}, t
    text = (
        "After winning the race, he quoted the socialist Eugene Debs. The Eugene Debs "
        "foundation praised him."
    )
    assert typed(text).get("Eugene Debs") == "person"


def test_a_long_name_the_text_defines_keeps_its_demonym_and_its_acronym() -> None:
    # round 48 (folder 153's Porepunkah shooting): "the Australian Federal Police (AFP)" was a
    # demonym and "Federal Police", and every "AFP" after it the table's Agence France-Presse
    def read(text: str) -> dict[str, tuple[str, str]]:
        return {s.surface: (s.type, s.entity) for s in recognise(text)}

    text = "Officers from the Australian Federal Police (AFP) helped. Later the AFP said so."
    t = read(text)
    assert t["Australian Federal Police"] == ("organisation", "Australian Federal Police"), t
    assert t["AFP"] == ("organisation", "Australian Federal Police"), t
    assert "Australian" not in t, t
    # the table's reading stands where the text defines nothing
    t = read("The AFP news agency reported the blast.")
    assert t["AFP"] == ("organisation", "Agence France-Presse"), t
    t = read("British Transport Police (BTP) said two men were held.")
    assert t["British Transport Police"] == ("organisation", "British Transport Police"), t
    assert "British" not in t, t


def test_a_states_name_with_county_is_no_club_in_a_story_with_a_stadium() -> None:
    # round 48 (folder 151's Odinga burial): Kenya's counties were clubs in a story that named a
    # stadium ("in Bondo, Siaya County")
    text = (
        "Mourners packed the stadium in Kisumu before the burial in Bondo, Siaya County. "
        "The Siaya County government closed schools."
    )
    got = {s.surface: s.type for s in recognise(text)}
    assert "organisation" not in {got.get("Siaya County"), got.get("Siaya")}, got
    # ... while an English club of the same shape stands ("Derby County" names no state)
    got = {s.surface: s.type for s in recognise("Derby County beat Stoke City 2-1 at the stadium.")}
    assert got.get("Derby County") == "organisation", got


def test_round_48_a_utility_a_railway_and_a_union_opening_a_paragraph() -> None:
    # folder 153: "Manitoba Hydro" and "Sri Lanka Railways" were their places alone, and
    # "Police Association Victoria" opening a paragraph of a story that writes "police" was
    # "Association Victoria"
    got = {s.surface: s.type for s in recognise("Crews from Manitoba Hydro restored power.")}
    assert got == {"Manitoba Hydro": "organisation"}, got
    got = {s.surface: s.type for s in recognise("Sri Lanka Railways suspended all trains.")}
    assert got == {"Sri Lanka Railways": "organisation"}, got
    text = "The police were shot.\n\nPolice Association Victoria secretary Wayne Gatt spoke."
    got = {s.surface: s.type for s in recognise(text)}
    assert got.get("Police Association Victoria") == "organisation", got


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a frame of people around it made it a person
        ("On Friday evening National Grid said it had restored power.", "National Grid"),
        ("Members of Mara Salvatrucha and Barrio 18 escaped.", "Mara Salvatrucha"),
        ("The populist Sanseito won 14 seats.", "Sanseito"),
        ("The PDI-P won in Jakarta.", "PDI-P"),  # (was "PDI" alone)
        # (the final check: "the former AC Milan and Dinamo Kyiv defender" was a person)
        ("He was a former AC Milan and Dinamo Kyiv defender.", "Dinamo Kyiv"),
        ("The ruling Georgian Dream party won.", "Georgian Dream"),  # (was a demonym)
        # (a region's name opened it: "the Caribbean Community (Caricom)" was the Caribbean)
        ("Leaders of the Caribbean Community (Caricom) met.", "Caribbean Community"),
        # (two bodies read apart: "United Nations" and "General Assembly")
        (
            "He spoke to the United Nations General Assembly on Monday.",
            "United Nations General Assembly",
        ),
    ],
)
def test_round_53s_known_organisations(text: str, name: str) -> None:
    assert (name, "organisation") in [(s.surface, s.type) for s in recognise(text)]


def test_a_name_joined_by_an_ampersand_is_shortened_to_its_initials() -> None:
    # round 53's final check: "Marks & Spencer … M&S" were two organisations, counted apart
    text = "Problems hit Marks & Spencer in April. M&S said it was fine."
    spans = [(s.surface, s.entity) for s in recognise(text)]
    assert ("M&S", "Marks & Spencer") in spans


def test_canadas_private_sector_union_unifor_is_known() -> None:
    # round 54 (folder 183): "Unifor national president Lana Payne" found no body
    assert typed("Unifor national president Lana Payne called it a betrayal.").get("Unifor") == (
        "organisation"
    )


def test_a_registration_mark_and_a_degree_are_no_organisations() -> None:
    # round 54 (folder 184's Air India crash): "registered VT-ANB" made two organisations, "VT"
    # and "ANB", and "five MBBS students" a third
    text = "The aircraft, registered VT-ANB, crashed. Five MBBS students died. The AAIB said so."
    assert [s.surface for s in recognise(text)] == ["AAIB"]


def test_a_county_named_like_a_club_before_a_bodys_word_is_the_body() -> None:
    # round 54's final check (a storm story that postponed a match): "Donegal County Council
    # said" was a club "Donegal County" and a body "Council"
    text = (
        "Derry City's home game in the League of Ireland Premier Division was postponed. "
        "Donegal County Council said more than 60 roads were blocked."
    )
    assert typed(text).get("Donegal County Council") == "organisation"
    assert "Donegal County" not in typed(text)


def test_round_54s_final_check_known_organisations() -> None:
    # held-out folders 185–186: gangs, a party, a ferry line, a transport operator and mobile
    # operators that read like towns or people, or as nothing
    text = (
        "Gangs such as Los Choneros and Los Lobos fight over routes. Luisa González of the "
        "leftist Citizen Revolution (RC) movement spoke. Stena Line cancelled sailings and "
        "Translink suspended rail services. Operators including Vodacom and Airtel went dark."
    )
    got = typed(text)
    for name in ("Los Choneros", "Los Lobos", "Citizen Revolution", "Stena Line", "Translink",
                 "Vodacom", "Airtel"):  # fmt: skip
        assert got.get(name) == "organisation", name
    # ... and Cameroon's club and electoral body, which were Garoua and Cameroon
    got = typed(
        "The stadium, home of football club Coton Sport de Garoua, was deserted. The electoral"
        " body, Elections Cameroon (ELECAM), rejected the claims."
    )
    for name in ("Coton Sport de Garoua", "Elections Cameroon", "ELECAM"):
        assert got.get(name) == "organisation", name


def test_a_wire_copys_or_acronym_defines_its_long_name() -> None:
    # folder 187: "…, or ECOWAS," defines the acronym as "(ECOWAS)" does; the long name was
    # only a demonym "African"
    t = typed(
        "Observers from the Economic Community of West African States, or ECOWAS, and the "
        "African Union said the vote was calm."
    )
    assert t.get("Economic Community of West African States") == "organisation"
    assert "African" not in t


def test_a_persons_possessive_opens_no_bodys_name() -> None:
    # folder 194: "Lungu's Patriotic Front (PF)" was one body in a story of Edgar Lungu (his
    # surname is an everyday word to the vocabulary); an everyday word's still opens one
    t = typed(
        "Edgar Lungu died in June. Lungu's Patriotic Front (PF) splintered. Rebels of the "
        "Lord's Resistance Army attacked."
    )
    assert t.get("Patriotic Front") == "organisation" and t.get("Lungu") == "person"
    assert t.get("Lord's Resistance Army") == "organisation"


def test_a_possessives_name_goes_on_into_its_of_name() -> None:
    # folder 194: "People's Movement for the Liberation of Angola (MPLA)" was a body cut before
    # "of Angola" and the country
    t = typed("His People's Movement for the Liberation of Angola (MPLA) has governed since 1975.")
    assert t.get("People's Movement for the Liberation of Angola") == "organisation"
    assert "Angola" not in t


def test_a_chambers_caucus_word_is_its_leaders_title() -> None:
    # the final check (folder 191): "Senate Majority Leader John Thune" and "House Democratic
    # leader Hakeem Jeffries" made bodies "Senate Majority" and "House Democratic"
    t = typed(
        "The deal was negotiated with Senate Majority Leader John Thune. House Democratic "
        "leader Hakeem Jeffries opposed it."
    )
    assert t.get("Senate") == "organisation" and t.get("House") == "organisation"
    assert "Senate Majority" not in t and "House Democratic" not in t
    assert typed("The House Democratic Caucus met.").get("House Democratic Caucus") == (
        "organisation"
    )


def test_round_55s_known_organisations() -> None:
    # folder 190: a drugmaker read as a person, an activists' group as "Point USA"
    text = (
        "Novo Nordisk to cut 9,000 jobs\n\nNovo Nordisk (NOVOb.CO) will cut jobs. Kirk, the "
        "founder of Turning Point USA, spoke."
    )
    got = typed(text)
    for name in ("Novo Nordisk", "Turning Point USA"):
        assert got.get(name) == "organisation", name
    # folders 187–188: a supermarket chain, a carmaker and Australia's parties by their plural
    got = typed(
        "She shops at the same Woolworths. Stellantis paused production. Labor took the seat "
        "from the Greens, and Nationals leader David Littleproud held Maranoa."
    )
    for name in ("Woolworths", "Stellantis", "Greens", "Nationals"):
        assert got.get(name) == "organisation", name
    # the final check's folders 191–192: a ratings agency, Dutch parties by number and alliance
    got = typed(
        "Ratings agency Fitch is due to review. D66 and JA21 gained seats; GroenLinks-PvdA lost."
    )
    for name in ("Fitch", "D66", "JA21", "GroenLinks-PvdA"):
        assert got.get(name) == "organisation", name


def test_a_confederation_opens_its_of_name() -> None:
    # round 54 (the final check's folder 186): "the Confederation of Indigenous
    # Nationalities of Ecuador (CONAIE)" found only Ecuador, and "the Confederation of British
    # Industry said" only "British"; the Swiss Confederation stays the country
    got = typed("Business leaders at the Confederation of British Industry said so.")
    assert got.get("Confederation of British Industry") == "organisation"
    assert typed("The Swiss Confederation agreed.").get("Swiss Confederation") == "place"


def test_a_body_of_its_leader_ends_before_him() -> None:
    # round 56 (folder 198): "the Badr Organization of Hadi al-Amiri" was one organisation and
    # no person; a faith's figure and a place still close a body's "of" name
    got = typed("Gains went to the Badr Organization of Hadi al-Amiri on Monday.")
    assert got.get("Badr Organization") == "organisation"
    assert got.get("Hadi al-Amiri") == "person"
    got = typed("Members of the Church of Jesus Christ of Latter-day Saints met.")
    assert got.get("Church of Jesus Christ of Latter-day Saints") == "organisation"


def test_a_bodys_own_language_letters_in_brackets_after_its_name() -> None:
    # round 56 (folder 198): "the Left Bloc (BE)" (Bloco de Esquerda) found no "BE", a function
    # word in capitals whose letters the English name does not give; a place's letters after a
    # company stay a place
    got = typed("Catarina Martins of the Left Bloc (BE) trails. The BE lost seats.")
    assert got.get("BE") == "organisation"
    assert typed("Shares of Pfizer (US) rose.").get("US") == "place"


def test_iraqi_alliances_and_japans_forces_are_known() -> None:
    # round 56 (folders 197–198): "the Coordination Framework" was a person, "State of Law
    # Coalition" the organisation "Law Coalition", and the hyphened "Self-Defense" split
    # "the Japan Ground Self-Defense Force" into Japan and "Defense Force"
    got = typed(
        "He came to power as the candidate of the Coordination Framework, an alliance of Shiite"
        " parties. The State of Law Coalition won."
    )
    assert got.get("Coordination Framework") == "organisation"
    assert got.get("State of Law Coalition") == "organisation"
    # (in the article the span model's reading gave way to a person's: the list decides)
    hows = {s.surface: s.how for s in recognise("Several Coordination Framework leaders met.")}
    assert hows == {"Coordination Framework": "known"}, hows
    got = typed("A member of the Japan Ground Self-Defense Force carried a trap.")
    assert got.get("Japan Ground Self-Defense Force") == "organisation"
    assert "Japan" not in got


def test_a_cartel_is_an_organisation_named_after_its_home() -> None:
    # round 56 (folder 199): "the Jalisco New Generation Cartel (CJNG)" was the state Jalisco and
    # the model's "New Generation Cartel"; "the Sinaloa Cartel" Sinaloa and "Cartel"
    got = typed("The Jalisco New Generation Cartel (CJNG) and the Sinaloa Cartel fought.")
    assert got.get("Jalisco New Generation Cartel") == "organisation"
    assert got.get("CJNG") == "organisation"
    assert got.get("Sinaloa Cartel") == "organisation"


def test_ansar_groups_are_known() -> None:
    # round 56 (folder 200): "its offshoot, Ansar Ghazwat-ul-Hind" was a person
    got = typed("Police linked the cell to its offshoot, Ansar Ghazwat-ul-Hind.")
    assert got == {"Ansar Ghazwat-ul-Hind": "organisation"}, got


def test_a_leaders_yearly_address_is_no_body() -> None:
    # round 56 (folder 197): "his State of the Nation Address" was an organisation
    got = typed("Marcos vowed in his July State of the Nation Address to jail them.")
    assert "Nation Address" not in got and "State of the Nation Address" not in got, got


def test_courts_in_the_plural_are_a_body() -> None:
    # round 56 (folder 199): "outside West Kowloon Magistrates' Courts" found only Kowloon; the
    # town stays a place beside its court, as "Vancouver Police Department" keeps Vancouver
    got = typed("Dozens queued outside West Kowloon Magistrates' Courts for a seat.")
    assert got.get("Magistrates' Courts") == "organisation", got
    assert got.get("Kowloon") == "place", got


def test_a_long_name_whose_acronym_keeps_another_languages_order() -> None:
    # round 56's final check (folder 201): "the Ministry of Territorial Administration and
    # Decentralisation (MATD)" (French order: Administration du Territoire) stopped before "and",
    # and MATD was an acronym of its own
    got = typed(
        "They were suspended by the Ministry of Territorial Administration and Decentralisation"
        " (MATD) in August."
    )
    assert got.get("Ministry of Territorial Administration and Decentralisation") == "organisation"


def test_a_rally_opens_its_parties_of_name() -> None:
    # round 56's final check (folder 201): "the Rally of the Guinean People (RPG)" found only
    # the demonym; a rally of people in lower case stays no body
    got = typed("The Rally of the Guinean People (RPG) was suspended.")
    assert got.get("Rally of the Guinean People") == "organisation", got
    assert got.get("RPG") == "organisation", got
    assert typed("A rally of the Guinean opposition.") == {"Guinean": "demonym"}


def test_a_press_secretarys_title_holds_no_body() -> None:
    # round 56 (folders 197, 202): "Palace Press Officer Claire Castro" made an organisation
    # "Palace Press", and "White House Press Secretary Karoline Leavitt" one "White House Press"
    for text in (
        "White House Press Secretary Karoline Leavitt said so.",
        "Palace Press Officer Claire Castro dismissed the claims.",
        # (the span model's reading, once the palace is named before)
        "Malacañang Palace said so. Palace Press Officer Claire Castro dismissed the claims.",
    ):
        got = typed(text)
        assert not [n for n in got if n.endswith("Press")], got
        assert [n for n, t in got.items() if t == "person"] in (
            ["Karoline Leavitt"],
            ["Claire Castro"],
        ), got


def test_cycling_teams_with_en_dashes_and_an_oil_producer() -> None:
    # round 56's final check (folder 202): "Ben O'Connor of Jayco AlUla" made a person "Jayco
    # AlUla", "EF Education–EasyPost" an acronym and a firm, "the producer Perenco" a person
    got = typed("Ben O'Connor of Jayco AlUla was third; Ben Healy of EF Education–EasyPost fourth.")
    assert got.get("Jayco AlUla") == "organisation", got
    assert got.get("EF Education–EasyPost") == "organisation", got
    got = typed("Rodrigue Mouity, an engineer with the producer Perenco, was positive.")
    assert got.get("Perenco") == "organisation", got


def test_a_named_party_keeps_out_a_sentences_first_word_and_a_nationality() -> None:
    # round 57: "Former Ako Bicol party-list representative" was "Former Ako Bicol"; "the Greek
    # Communist party" names no party "Greek Communist"
    t = typed("Former Ako Bicol party-list representative Zaldy Co fled.")
    assert t.get("Ako Bicol") == "organisation" and "Former Ako Bicol" not in t, t
    assert "Greek Communist" not in typed("He joined the Greek Communist party in 1970.")


def test_mines_is_an_organisation_word() -> None:
    # round 57 (folder 203): "Mopani Copper Mines was sold in 2024" was a person
    assert typed("Mopani Copper Mines was sold in 2024.") == {"Mopani Copper Mines": "organisation"}


def test_a_movement_and_a_publisher_are_organisations() -> None:
    # round 57 (folders 205–206): "ALMA, a movement launched by …" (with a dateline's capitals,
    # Alma, Quebec), "His publisher, Gallimard, said" (a person), "Greece's Golden Dawn" (a person)
    t = typed("Officials said Zorvana, a movement launched by a former auditor, has grown.")
    assert t == {"Zorvana": "organisation"}, t
    assert typed("His publisher, Gallimard, said the pardon was a relief.") == {
        "Gallimard": "organisation"
    }
    assert typed("It was founded as a sister of Greece's Golden Dawn.").get("Golden Dawn") == (
        "organisation"
    )


def test_a_function_word_before_a_described_body_is_no_name() -> None:
    # round 57: the making verbs after a description's head ("a group led by") made "But, the
    # al-Qaida in Iraq militant group led by" an organisation "But"
    t = typed("But, the militant group led by Abu Musab al-Zarqawi claimed the attack.")
    assert "But" not in t, t


def test_a_holding_and_a_consultancy_are_organisations() -> None:
    # round 57 (folder 206): "through Druk Holding and Investments (DHI)" was a person "Druk
    # Holding"; "the engineering consultancy Arup" was Årup, Denmark
    t = typed("Money will come through Druk Holding and Investments (DHI), the state's arm.")
    assert t.get("Druk Holding and Investments") == "organisation", t
    t = typed("The plan was drawn up with the engineering consultancy Arup, the city said.")
    assert t == {"Arup": "organisation"}, t


def test_a_pollster_before_one_name_is_a_firm_and_before_a_persons_name_a_person() -> None:
    # round 57's final check (held folder 208): "a survey by pollster Invamer" was a person; the
    # Gulf Clan drug gang was the Gulf
    t = typed("A survey by pollster Invamer put Cepeda ahead. The pollster John Zogby said so.")
    assert t.get("Invamer") == "organisation" and t.get("John Zogby") == "person", t
    assert typed("The FARC and the Gulf Clan drug gang compete.").get("Gulf Clan") == "organisation"


def test_a_group_of_places_is_no_body() -> None:
    # round 58: "Flights between Tokyo and Manila, a group of towns in the north" made Manila a
    # described body, which the place vetoes then dropped with the place; "a group of
    # activists" still describes one
    t = typed("Flights between Tokyo and Manila, a group of towns in the north, were cancelled.")
    assert t.get("Manila") == "place", t
    t = typed("Officials said Zorvana, a group of climate activists, would march.")
    assert t == {"Zorvana": "organisation"}, t


def test_an_event_before_a_clause_opening_with_a_description_is_no_body() -> None:
    # round 58 (folder 212): "for this weekend's Bahrain Grand Prix, a coalition of 20 rights
    # groups sent a letter" made the race a described body; so would "Before the World Cup, a
    # group of fans marched"; "In 2022 the Cotton Campaign, a coalition of rights groups" stays
    t = typed("Teams arrived for this weekend's Bahrain Grand Prix, a coalition of groups wrote.")
    assert "organisation" not in t.values(), t
    t = typed("Before the World Cup, a group of fans marched to the stadium.")
    assert "organisation" not in t.values(), t
    t = typed("In 2022 the Cotton Campaign, a coalition of rights groups, lifted its call.")
    assert t == {"Cotton Campaign": "organisation"}, t


def test_an_armed_groups_letter_and_number_before_its_fighters_is_a_body() -> None:
    # round 58 (folder 212): "DR Congo, M23 rebels sign Doha framework … the AFC/M23 … The M23
    # is the armed core" found no M23 at all (letters and a number are no acronym)
    text = "The M23 rebels seized Goma in January. The M23 is the armed core of the alliance."
    got = [(s.surface, s.type) for s in recognise(text) if s.type != "place"]
    assert got == [("M23", "organisation")] * 2, got
    assert typed("Traffic on the M23 slowed near Crawley.").get("M23") is None


def test_an_acronym_after_one_capital_and_a_hyphen_is_whole_and_no_states_code() -> None:
    # the Flemish nationalists' "N-VA" was "VA", Virginia, at each of its three mentions
    text = (
        "Groen and the Nieuw-Vlaamse Alliantie (N-VA) share most seats. The PS refused to "
        "govern with the N-VA in Brussels."
    )
    spans = [(s.surface, s.type) for s in recognise(text)]
    assert spans.count(("N-VA", "organisation")) == 2
    assert "VA" not in set(find_places(text)["surface"])
    # ... while a US party's letter before a state's code keeps the state
    assert "CA" in set(find_places("Sen. Alex Padilla (D-CA) spoke on Monday.")["surface"])


def test_a_legal_forms_letters_end_the_acronym_of_a_long_name() -> None:
    # PDVSA spells Petróleos de Venezuela, S.A.: its legal form was South Australia
    text = "Petróleos de Venezuela, S.A. (PDVSA) pulled out of the refinery in 2019."
    assert typed(text)["Petróleos de Venezuela, S.A."] == "organisation"
    assert find_places(text).empty


def test_a_name_described_after_it_as_an_organisation_is_one() -> None:
    # "Alburnus Maior, the local association founded by …" was a person at both mentions
    text = (
        "Alburnus Maior, the local association founded by farmer Eugen David, said so. Later "
        "Alburnus Maior sued."
    )
    assert typed(text) == {"Alburnus Maior": "organisation", "Eugen David": "person"}
    # ... not a person's role or membership
    text = "Pauloosie Veevee, a union organiser, spoke. Okalik Eegeesiak, the party leader, agreed."
    assert typed(text) == {"Pauloosie Veevee": "person", "Okalik Eegeesiak": "person"}


def test_polish_companies_and_avenues_are_named_by_their_first_words() -> None:
    # folder 232: "Jastrzębska Spółka Węglowa" and "Aleja Korfantego" were people
    text = (
        "Miners march along Aleja Korfantego in central Katowice. Jastrzębska Spółka Węglowa, "
        "the coking-coal miner, said no."
    )
    assert typed(text) == {"Katowice": "place", "Jastrzębska Spółka Węglowa": "organisation"}
    text = "The miner Jastrzębska Spółka Węglowa said no. JSW shares fell."
    assert typed(text)["Jastrzębska Spółka Węglowa"] == "organisation"
