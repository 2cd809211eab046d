"""Where an organisation's name ends, and what after it is no part of it.

Each case is one a user met in news the rules had not been tuned on.
"""

from __future__ import annotations

from helpers.geoparse import find_places
from helpers.mentions import find_mentions
from helpers.recognise import recognise


def orgs(text: str) -> list[str]:
    return [s.surface for s in recognise(text) if s.type == "organisation"]


def test_an_airlines_name_ends_at_its_word_before_an_aircraft() -> None:
    # "Pakistan International Airlines Airbus A300" and "Yeti Airlines Twin Otter" were one
    # organisation each, in a story about a crash
    text = (
        "In 1992 a Pakistan International Airlines Airbus A300 slammed into a hillside. In 2006 "
        "a Yeti Airlines Twin Otter crashed."
    )
    assert orgs(text) == ["Pakistan International Airlines", "Airbus", "Yeti Airlines"]
    # an arena named after an airline, and an airline's group, stay whole
    text = "Fans left the American Airlines Center. Singapore Airlines Group shares rose."
    assert orgs(text) == ["American Airlines Center", "Singapore Airlines Group"]


def test_a_name_joined_by_and_after_a_possessive_is_one_organisation() -> None:
    # "Beijing's Belt and Road Initiative" was an organisation "Road Initiative": a capitalised
    # word before the first one ended a list of names, as in "Toyota, Ford and General Motors"
    assert "Belt and Road Initiative" in orgs("It is part of Beijing's Belt and Road Initiative.")
    assert "Ford and General Motors" not in orgs("Toyota, Ford and General Motors said so.")


def test_parties_and_airlines_with_no_english_organisation_word() -> None:
    # "Yair Lapid of Yesh Atid", "Otzma Yehudit" and "Aerolíneas Argentinas" were people
    text = (
        "Yair Lapid of Yesh Atid and Otzma Yehudit leader Itamar Ben-Gvir spoke. The squad's "
        "Aerolíneas Argentinas flight landed."
    )
    assert orgs(text) == ["Yesh Atid", "Otzma Yehudit", "Aerolíneas Argentinas"]


def test_a_body_named_for_its_country_or_a_forum_whose_acronym_the_text_gives_is_whole() -> None:
    # round 59 (folder 217): "chairman of Progressive Slovakia (PS)" was the country, and "The
    # Pacific Islands Forum (PIF)" only its letters; a place the whole name stays one
    text = (
        "Michal Šimečka, chairman of Progressive Slovakia (PS), spoke. The Pacific Islands Forum "
        "(PIF) met. The Democratic Republic of Congo (DRC) and New South Wales (NSW) sent envoys."
    )
    found = [(s.surface, s.type) for s in recognise(text)]
    assert ("Progressive Slovakia", "organisation") in found
    assert ("Pacific Islands Forum", "organisation") in found
    assert ("Democratic Republic of Congo", "place") in found
    assert ("New South Wales", "place") in found
    assert not [f for f in found if f[0] == "Slovakia"]


def test_everyday_words_before_a_name_its_acronym_spells_are_not_the_bodys() -> None:
    # round 60 (folder 218): "Opposition United Democratic Party (UDP)" at a sentence's start
    # kept "Opposition" in the party's name; a word the acronym spells stays in it
    text = (
        "Opposition United Democratic Party (UDP) leader Ousainou Darboe spoke. "
        "The National Health Service (NHS) said so."
    )
    found = [(s.surface, s.type) for s in recognise(text)]
    assert ("United Democratic Party", "organisation") in found
    assert not [f for f in found if f[0].startswith("Opposition")]
    assert ("National Health Service", "organisation") in found


def test_a_small_towns_name_in_capitals_bracketed_after_a_body_is_its_acronym() -> None:
    # round 60 (folder 194): "the National Association of Taxi Drivers of Angola (ANATA)" was
    # 'Anata, a West Bank town, at both its mentions; a country's letters stay the place
    text = (
        "The National Association of Taxi Drivers of Angola (ANATA) then called a stoppage. "
        "ANATA distanced itself from the looting. Shares of Pfizer (US) rose."
    )
    found = [(s.surface, s.type) for s in recognise(text)]
    assert found.count(("ANATA", "organisation")) == 2, found
    assert ("US", "place") in found


def test_a_ministrys_portfolio_in_british_spelling_goes_on() -> None:
    # round 60 (folder 223): "the Ministry of Labour and Social Security" was cut at "Labour"
    # (the everyday words are American news's: "Labor" went on); GeoWebNews's "Ministry of
    # Health, Labour and Welfare" likewise
    for text in (
        "The Ministry of Labour and Social Security said so.",
        "Japan's Ministry of Health, Labour and Welfare said so.",
    ):
        orgs = [s.surface for s in recognise(text) if s.type == "organisation"]
        assert (
            len(orgs) == 1
            and orgs[0].startswith("Ministry of")
            and orgs[0].endswith(("Security", "Welfare"))
        ), orgs


def test_a_bodys_name_in_its_own_language_in_brackets_is_the_body() -> None:
    # round 59 (folder 215): "according to Statistics Faroe Islands (Hagstova Føroya)" was the
    # islands and a person; a bracketed person or country is no name of the body before it
    text = (
        "Fish make up 90% of exports, according to Statistics Faroe Islands (Hagstova Føroya). "
        "He played for FC Barcelona (Lionel Messi) and the Ministry of Health (Sierra Leone)."
    )
    found = {(s.surface, s.type, s.entity) for s in recognise(text)}
    assert ("Hagstova Føroya", "organisation", "Statistics Faroe Islands") in found
    assert ("Lionel Messi", "person", "Lionel Messi") in found
    assert ("Sierra Leone", "place", "Sierra Leone") in found
    faroes = find_places("The people of the Faroes deserve an answer.")
    assert faroes[["surface", "country_code"]].values.tolist() == [["Faroes", "FO"]]


def test_the_name_an_article_gives_an_organisation_after_its_full_name_is_the_organisation() -> (
    None
):
    # "the Japanese Trade Union Confederation, known as Rengo," put Rengo, Chile on the map twice
    text = (
        "The Japanese Trade Union Confederation, known as Rengo, said pay rose. Rengo chief "
        "Tomoko Yoshino said so. The Nationalist Party (Kuomintang) won. The Kuomintang rules."
    )
    found = [(s.surface, s.type, s.entity) for s in recognise(text) if s.type != "person"]
    assert found == [
        (
            "Japanese Trade Union Confederation",
            "organisation",
            "Japanese Trade Union Confederation",
        ),
        ("Rengo", "organisation", "Japanese Trade Union Confederation"),
        ("Rengo", "organisation", "Japanese Trade Union Confederation"),
        ("Nationalist Party", "organisation", "Nationalist Party"),
        ("Kuomintang", "organisation", "Nationalist Party"),
        ("Kuomintang", "organisation", "Nationalist Party"),
    ]
    # a bracketed word the text never uses again is part of a whole name, no short one
    assert orgs("Petitioners included the Communist Party of India (Marxist) and others.") == [
        "Communist Party of India"
    ]
    # a bracketed person or big city is no name of the body before it
    t = {
        s.surface: s.type
        for s in recognise(
            "Deandre Ayton starred. A kid at Arizona State (Ayton) was paid. Ayton denied it."
        )
    }
    assert t.get("Ayton") == "person"
    assert "Atlanta" not in orgs("Norfolk Southern (Atlanta) fell 3%.")


def test_companies_parties_and_newspapers_named_like_people_or_places() -> None:
    # "returned to lead Civic Platform", "Nhan Dan" and "Tuoi Tre" (Vietnam's newspapers) were
    # people; "Nippon Steel" was Japan; "Brawner Builders", a contractor, a person
    text = (
        "Tusk returned to lead Civic Platform. Toyota Motor, Hitachi and Nippon Steel rose, the "
        "newspaper Tuoi Tre said. Six men employed by Brawner Builders died."
    )
    assert orgs(text) == [
        "Civic Platform",
        "Toyota Motor",
        "Hitachi",
        "Nippon Steel",
        "Tuoi Tre",
        "Brawner Builders",
    ]


def test_parties_named_in_south_asian_languages_are_organisations() -> None:
    # "Samagi Jana Balawegaya" and "Sri Lanka Podujana Peramuna" were people
    text = (
        "Samagi Jana Balawegaya leader Sajith Premadasa met members of the Sri Lanka Podujana "
        "Peramuna."
    )
    assert orgs(text) == ["Samagi Jana Balawegaya", "Sri Lanka Podujana Peramuna"]


def test_a_unity_government_is_one_organisation() -> None:
    # Libya's "Government of National Unity" was an organisation "National Unity"
    text = "The internationally recognised Government of National Unity in Tripoli sent aid."
    assert orgs(text) == ["Government of National Unity"]


def test_a_caption_after_an_agencys_dash_starts_a_sentence() -> None:
    # "Photo: Felipe Araya / AP — Supporters of …" capitalised "Supporters" mid-sentence for the
    # span model, which then read the everyday word as an organisation twice
    text = (
        'Photo: Felipe Araya / AP — Supporters of the "Rechazo" option celebrate in Santiago.\n\n'
        "The convention was dogged by controversies. Supporters said the document had been the "
        "victim of a disinformation campaign."
    )
    assert "Supporters" not in orgs(text)


def test_the_worlds_newspapers_named_by_an_article_and_a_word() -> None:
    # "Le Figaro" (UNER PUD) and "Novaya Gazeta" (GeoWebNews) were people
    text = "Le Figaro reported the talks, and Novaya Gazeta and Clarín followed."
    assert orgs(text) == ["Le Figaro", "Novaya Gazeta", "Clarín"]


def test_parties_named_by_one_word_or_a_hyphenated_front() -> None:
    # Portugal's "Chega" was a person; ZANU-PF's full name two organisations without Zimbabwe
    text = (
        "Chega leader André Ventura spoke. Mnangagwa, of the ruling Zimbabwe African National "
        "Union-Patriotic Front (ZANU-PF), won."
    )
    assert orgs(text) == [
        "Chega",
        "Zimbabwe African National Union-Patriotic Front",
        "ZANU-PF",
    ]


def test_a_bodys_everyday_word_is_no_surname() -> None:
    # "the Indigenous Voice to Parliament" was a person, and every "Voice" after it her surname
    text = "Australians rejected an Indigenous Voice to Parliament. The Voice would have advised."
    assert not [s for s in recognise(text) if s.type == "person"]


def test_two_known_bodies_joined_by_and_are_two() -> None:
    # round 28, folders 71-72: "Amnesty International and Human Rights Watch" and "Boca Juniors
    # and River Plate" were one organisation each; one body's words around "and" stay one
    assert orgs("Amnesty International and Human Rights Watch condemned it.") == [
        "Amnesty International",
        "Human Rights Watch",
    ]
    assert orgs("Fans of Boca Juniors and River Plate clashed.") == ["Boca Juniors", "River Plate"]
    assert orgs("The Department of Health and Human Services said.") == [
        "Department of Health and Human Services"
    ]
    # (round 53, folder 178: a portfolio that opens a title elsewhere is still the body's word;
    # "the Ministry of Economy and Finance" stopped at "Finance" as in "Finance Minister")
    assert orgs("The Ministry of Economy and Finance announced a plan.") == [
        "Ministry of Economy and Finance"
    ]


def test_a_formal_names_for_the_carries_it_past_of_and_a_country() -> None:
    # round 52's final check (folder 173): "the Alliance for the Future of Kosovo (AAK)" was cut
    # before its country; GMB's "Front for the Liberation of Mozambique" too
    assert orgs("A list of the Alliance for the Future of Kosovo (AAK) won.") == [
        "Alliance for the Future of Kosovo",
        "AAK",
    ]
    assert orgs("The Front for the Liberation of Mozambique won.") == [
        "Front for the Liberation of Mozambique"
    ]
    # ... while a place right after a body's plain "of" stays a place
    assert orgs("The Bank of England raised rates.") == ["Bank of England"]


def test_a_name_before_a_lower_case_group_is_an_organisation() -> None:
    # round 28 (folder 70's left list): "the Wagner group … Wagner said" was a person twice;
    # a small town's name is the company's ("the Adani group": Adani, Nigeria), not a big town's
    # nor a people's or everyday words'
    spans = recognise("The Wagner group's fighters left. Wagner said it would return.")
    assert [(s.surface, s.type) for s in spans] == [
        ("Wagner", "organisation"),
        ("Wagner", "organisation"),
    ]
    assert orgs("Shares of the Adani group fell in Mumbai.") == ["Adani"]
    assert orgs("He leads the Cambridge group of the Macular Disease Society.") == [
        "Macular Disease Society"
    ]
    assert orgs("The Rights group and the Syrian group spoke.") == []


def test_a_surname_link_to_a_name_that_became_an_organisation_goes() -> None:
    # round 28, folder 73: "the Landless People's Movement … the South West Africa People's
    # Organisation" kept a person "People", the surname of a "Landless People" no longer read
    text = (
        "Parties including the Landless People's Movement (LPM) led by Bernadus Swartbooi "
        "complained. SWAPO, the South West Africa People's Organisation, led the struggle."
    )
    people = [s.surface for s in recognise(text) if s.type == "person"]
    assert people == ["Bernadus Swartbooi"]


def test_a_law_named_with_a_bodys_words_is_no_organisation() -> None:
    # round 28 (folder 70's left list): "the African Union Constitution" was an organisation
    # "Union Constitution"; the body's own name stays
    assert orgs("The African Union Constitution was amended.") == []
    assert orgs("The African Union met in Addis Ababa.") == ["African Union"]


def test_a_name_described_as_a_countrys_body_is_an_organisation() -> None:
    # round 28 (folder 64's left list): "FINTRAC, Canada's financial intelligence agency, said"
    # found no one; a person described by a country stays a person
    assert orgs("FINTRAC, Canada's financial intelligence agency, said so.") == ["FINTRAC"]
    assert orgs("Sonatrach, Algeria's state energy company, said on Monday.") == ["Sonatrach"]
    assert orgs("John Smith, Britain's top investor, said so.") == []


def test_the_wires_short_names_count_under_the_table_name() -> None:
    # round 28, folder 74: "(AP Photo/Eugene Hoshiko)" and "The AP reported" were counted as
    # "AP Photo" and "AP", apart from the table's Associated Press
    spans = recognise("Workers check tanks. (AP Photo/Eugene Hoshiko) The AP reported it.")
    assert [(s.surface, s.entity) for s in spans if s.type == "organisation"] == [
        ("AP Photo", "Associated Press"),
        ("AP", "Associated Press"),
    ]


def test_a_dotted_abbreviation_keeps_its_stop_and_may_end_a_sentence() -> None:
    # round 28, folder 74: "the U.N. Development Programme" gave an organisation "U.N" (a
    # learned name cut at its last stop); once whole, "for the U.N. It said" must end there
    assert orgs("Japan offered help and the U.N. Development Programme said so.") == [
        "U.N. Development Programme"
    ]
    spans = recognise("He works for the U.N. It said so.")
    assert [(s.surface, s.entity) for s in spans] == [("U.N.", "United Nations")]


def test_a_ministrys_name_goes_on_through_its_list_of_fields() -> None:
    # round 30 (folder 75's "Ministry of Land, Infrastructure and Transport" was cut at its
    # comma, and "Transport" was an organisation of its own); a list of bodies stays three
    text = "The Ministry of Land, Infrastructure and Transport said flights resumed."
    assert [s.surface for s in recognise(text)] == [
        "Ministry of Land, Infrastructure and Transport"
    ]
    text = "The Department for Environment, Food and Rural Affairs said so."
    assert [s.surface for s in recognise(text)] == [
        "Department for Environment, Food and Rural Affairs"
    ]
    text = "The Ministry of Health, UNICEF and WHO said so."
    assert [s.surface for s in recognise(text)] == ["Ministry of Health", "UNICEF", "WHO"]


def test_a_firms_name_that_ends_in_its_word_ends_before_and() -> None:
    # round 33 (folder 90's Santorini swarm): "Aegean Airlines and Sky Express" was one airline;
    # a head's name goes on ("the Department of Natural Resources and Mines")
    text = (
        "Aegean Airlines and Sky Express added flights. The Department of Natural Resources and "
        "Mines said so."
    )
    orgs = [s.surface for s in recognise(text) if s.type == "organisation"]
    assert "Aegean Airlines" in orgs and "Aegean Airlines and Sky Express" not in orgs
    assert "Department of Natural Resources and Mines" in orgs


def test_a_romanian_partys_word_and_a_rivers_romanian_name() -> None:
    # round 33 (folder 90's Moldovan election): "(PAS, Partidul Acțiune și Solidaritate)" made
    # a person "Partidul Acțiune"; "the Dniester (Nistru) river" put Nistru, Romania on the map
    text = (
        "The CEC gave the Party of Action and Solidarity (PAS, Partidul Acțiune și Solidaritate) "
        "50 percent. Voters on the left bank of the Dniester (Nistru) river could vote."
    )
    got = {s.surface: s.type for s in recognise(text)}
    assert got.get("Partidul Acțiune") == "organisation"
    assert got["Nistru"] == "place"
    from helpers.geoparse import find_places

    rows = find_places(text)
    assert rows[rows.surface == "Nistru"].name.tolist() == ["Dniester"]


def test_a_long_name_whose_initials_the_text_defines_is_a_body() -> None:
    # round 33, the final check (folder 91's Dutch election): "The Christian Democratic Appeal
    # (CDA)" was a person with the given name Christian; a person's initials stay his
    text = (
        "The Christian Democratic Appeal (CDA) under Henri Bontenbal made gains. The CDA won 18 "
        "seats. John Fitzgerald Kennedy (JFK) spoke."
    )
    got = {s.surface: (s.type, s.entity) for s in recognise(text)}
    assert got["Christian Democratic Appeal"][0] == "organisation"
    assert got["CDA"] == ("organisation", "Christian Democratic Appeal")
    assert got["John Fitzgerald Kennedy"][0] == "person"


def test_a_line_ups_bracketed_names_are_the_players_clubs() -> None:
    # round 37 (folder 102's rugby final): "Cheslin Kolbe (Toulon)", "(Ulster)", "(Munster)"
    # put towns and provinces on the map; "Franco Mostert (Mie Honda Heat)" was a person. Not a
    # golfer's country, nor a horse's trainer after a horse's name
    text = (
        "The rugby final. South Africa: 14-Kurt-Lee Arendse (Bulls), 11-Cheslin Kolbe (Toulon), "
        "8-Duane Vermeulen (Ulster), 6-Siya Kolisi (captain, Sharks), 5-Franco Mostert "
        "(Mie Honda Heat). Golf: Miguel Angel Jimenez (Spain) 70 65."
    )
    got = {s.surface: s.type for s in recognise(text)}
    for club in ("Bulls", "Toulon", "Ulster", "Sharks", "Mie Honda Heat"):
        assert got.get(club) == "organisation", club
    assert got["Spain"] == "place"
    horses = (
        "Racing at Meydan, the league's cup. 2011: 7 on Musir (Mike de Kock), won by Victoire "
        "Pisa. 2012: 8 on Master Of Hounds (Mike de Kock). 2015: 9 on Epiphaneia (Katsuhiko "
        "Sumii), won by Prince Bishop."
    )
    got = {s.surface: s.type for s in recognise(horses)}
    assert got.get("Mike de Kock") == "person"


def test_a_union_named_like_a_small_town_is_the_union_at_its_bare_mentions() -> None:
    # round 38 (folder 106's airport strike): "the Verdi union … Verdi is negotiating" put
    # Verdi, Nevada on the map seven times; a town the text places stays a town
    text = (
        "Lufthansa cancels flights as Verdi strike hits Frankfurt. A strike called by the Verdi "
        "union brought the airline to a standstill. Verdi is negotiating for 25,000 staff."
    )
    got = [(s.surface, s.type) for s in recognise(text)]
    assert got.count(("Verdi", "organisation")) == 3, got
    placed = "The Verdi union met. Verdi said no. The union's offices are in Verdi, Nevada."
    got = [(s.surface, s.type) for s in recognise(placed)]
    assert ("Verdi", "place") in got and got.count(("Verdi", "organisation")) == 2, got
    # (round 52, folder 169: a union territory is no trade union, "the Naypyitaw union territory")
    text = "The emergency covers Mandalay and Shan, as well as the Naypyitaw union territory."
    assert "organisation" not in {s.type for s in recognise(text)}


def test_an_olympic_results_lines_country_codes_are_no_clubs() -> None:
    # round 38 (folder 105's tennis final): "Novak Djokovic (SRB) def. Carlos Alcaraz (ESP)"
    # made SRB, ESP, ITA ... the players' clubs, thirteen organisations in one results box
    text = (
        "Photo: Novak Djokovic of Serbia kneels on the clay after winning the men's singles gold "
        "medal match at Roland Garros, Paris. (Photo: Clive Marchant/AFP)\n\nMen's singles\n"
        "Gold medal match (Sunday): "
        "Novak Djokovic (SRB) def. Carlos Alcaraz (ESP) 7-6 (3), 7-6 (2)\nBronze medal match "
        "(Saturday): Lorenzo Musetti (ITA) def. Felix Auger-Aliassime (CAN) 6-4, 1-6, 6-3"
    )
    got = {s.surface: s.type for s in recognise(text)}
    assert got.get("Novak Djokovic") == "person"
    for code in ("SRB", "ESP", "ITA", "CAN"):
        assert got.get(code) != "organisation", code


def test_a_continents_demonym_starts_its_bodys_name() -> None:
    # round 37 (folder 102's Moon landing): "The European Space Agency" was the demonym and an
    # organisation "Space Agency"; a state's agency keeps its demonym apart
    text = (
        "The European Space Agency helped. The African National Congress won. The Japanese "
        "Meteorological Agency warned."
    )
    got = {s.surface: s.type for s in recognise(text)}
    assert got.get("European Space Agency") == "organisation"
    assert got.get("African National Congress") == "organisation"
    assert got.get("Japanese") == "demonym" and got.get("Meteorological Agency") == "organisation"


def test_a_royals_hospital_and_a_wires_instrument_codes() -> None:
    # round 37 (folder 102's cyclone and market report): "Queen Elizabeth Central Hospital" was
    # a place "Queen Elizabeth" and an organisation "Central Hospital"; Reuters' codes in
    # brackets ("DAX (.GDAXI)", "(.STOXX)") were organisations
    text = (
        "Queen Elizabeth Central Hospital in Blantyre took the injured. Frankfurt's DAX (.GDAXI) "
        "lost 1.8%. The pan-European index (.STOXX) closed lower."
    )
    got = [(s.surface, s.type) for s in recognise(text)]
    assert ("Queen Elizabeth Central Hospital", "organisation") in got
    assert not any(name in ("GDAXI", "STOXX", "Queen Elizabeth") for name, _ in got)


def test_the_firms_analysts_and_economists_work_at() -> None:
    # round 37 (a market report of my own): "Analysts at Jefferies and Bernstein" found nothing
    # and Bernstein, a town in Austria; not a big city's name, nor a possessive's
    text = (
        "Analysts at Jefferies and Bernstein upgraded the stock, said Tom Smith, an economist at "
        "Oxford Economics. Traders at Chicago's exchange sold. Bankers at London firms worried."
    )
    got = {s.surface: s.type for s in recognise(text)}
    for firm in ("Jefferies", "Bernstein", "Oxford Economics"):
        assert got.get(firm) == "organisation", firm
    assert got.get("Chicago") == got.get("London") == "place"
    # (round 60, the final check, folder 225: a firm's town before it is no part of its name,
    # "an analyst at Johannesburg-based Motswedi Capital")
    text = "Mpho Kgathi, an analyst at Johannesburg-based Motswedi Capital, said so."
    got = {s.surface: s.type for s in recognise(text)}
    assert got.get("Motswedi Capital") == "organisation", got
    # (and a Spanish administration's name is a body's: "ANDE (Administración Nacional de
    # Electricidad)" was a person)
    text = (
        "Félix Sosa, president of the state utility ANDE (Administración Nacional de "
        "Electricidad), said domestic demand had grown."
    )
    got = {s.surface: s.type for s in recognise(text)}
    assert got.get("Administración Nacional de Electricidad") == "organisation", got


def test_a_persons_surname_before_a_trade_of_people_and_firms_stays_his() -> None:
    # round 37 (a court report of my own): "Jose Uribe … Uribe, a New Jersey insurance broker"
    # made the surname an organisation (LGL's "said Burdine, a developer" likewise); a firm
    # described so stays one
    text = "Jose Uribe lied. Uribe, a New Jersey insurance broker, bought a car. Jefferies, a broker, upgraded it."
    got = [(s.surface, s.type) for s in recognise(text)]
    assert ("Uribe", "person") in got and ("Jefferies", "organisation") in got


def test_a_line_ups_one_word_club_is_the_club_where_nothing_places_it() -> None:
    # round 37 (folder 102): "20-RG Snyman (Munster)" stayed the province beside "19-Jean Kleyn
    # (Munster)" (RG Snyman is no name the rules read); "grew up in Munster" is the province
    text = (
        "The rugby final. 8-Duane Vermeulen (Ulster), 6-Siya Kolisi (captain, Sharks), 19-Jean "
        "Kleyn (Munster), 20-RG Snyman (Munster). He grew up in Munster."
    )
    munsters = [s.type for s in recognise(text) if s.surface == "Munster"]
    assert munsters == ["organisation", "organisation", "place"]


def test_an_of_name_goes_on_over_a_hyphen() -> None:
    # round 37 (folder 102's Moon landing): "the Laboratory for Electro-Optics Systems" was two
    # organisations, "Laboratory for Electro" and "Optics Systems"
    text = "Scientists at the Laboratory for Electro-Optics Systems built it. The Ministry of Agro-Industry said so."
    orgs = [s.surface for s in recognise(text) if s.type == "organisation"]
    assert orgs == ["Laboratory for Electro-Optics Systems", "Ministry of Agro-Industry"]


def test_a_school_or_hospital_named_after_its_town_is_one_organisation() -> None:
    # round 37 (a local crime report of my own): "Clemson University police assisted" was the
    # town Clemson and an organisation "University"; a town's police department keeps its town
    text = (
        "Clemson University police assisted. He was taken to Colchester General Hospital. The "
        "Vancouver Police Department said so."
    )
    got = [(s.surface, s.type) for s in recognise(text)]
    assert ("Clemson University", "organisation") in got
    assert ("Colchester General Hospital", "organisation") in got
    assert ("Vancouver Police Department", "organisation") in got
    assert find_places(text).surface.tolist() == ["Vancouver"]  # the map keeps the town


def test_a_public_officers_office_is_an_organisation_beside_its_county() -> None:
    # round 37 (a local crime report of my own): "the Greenville County Sheriff's Office said"
    # found no organisation; round 46: the office is named whole among the spans (as news NER
    # marks it, like "Florida Department of Law Enforcement") and the county stays on the map,
    # as the geoparsing corpora mark it
    text = (
        "The Greenville County Sheriff's Office said he fled. The Manhattan District Attorney's "
        "Office charged him. The U.S. Attorney's Office declined to comment."
    )
    got = [(s.surface, s.type) for s in recognise(text)]
    assert got == [
        ("Greenville County Sheriff's Office", "organisation"),
        ("Manhattan District Attorney's Office", "organisation"),
        ("U.S. Attorney's Office", "organisation"),  # a nation's office, as "U.S. Senate"
    ]
    assert find_places(text).surface.tolist() == ["Greenville County", "Manhattan"]


def test_a_towns_peoples_body_is_one_organisation_and_the_town_stays_on_the_map() -> None:
    # round 46: "the Hanoi People's Committee" kept Hanoi off the map (the possessive rule took
    # the town into the name); "Ho Chi Minh City People's Committee" was an organisation
    # "Committee" (four words before the possessive: the rule began at "Chi")
    text = (
        "The Hanoi People's Committee approved the venue. The Ho Chi Minh City People's "
        "Committee said on Monday. Thua Thien Hue Province People's Committee Chairman Nguyen "
        "Van Phuong spoke. The Taiwan People's Party lost."
    )
    got = [(s.surface, s.type) for s in recognise(text) if s.type != "person"]
    assert got == [
        ("Hanoi People's Committee", "organisation"),
        ("Ho Chi Minh City People's Committee", "organisation"),
        ("Thua Thien Hue Province People's Committee", "organisation"),
        ("Taiwan People's Party", "organisation"),  # a party: no town's own body
    ]
    assert find_places(text).surface.tolist() == ["Hanoi", "Ho Chi Minh City", "Thua Thien Hue"]
    assert find_mentions(text).query("kind == 'organisation'").entity.tolist()[:1] == [
        "Hanoi People's Committee"
    ]


def test_the_team_a_team_hosts_is_a_team() -> None:
    # round 37 (an NFL report of my own): "the Ravens host Houston" put Houston on the map
    text = "The Kansas City Chiefs beat the Baltimore Ravens 27-20 in the NFL opener. The Ravens host Houston next."
    assert {s.surface: s.type for s in recognise(text)}["Houston"] == "organisation"


def test_a_geological_survey_is_an_organisation() -> None:
    # round 37 (a science story of my own): "the British Geological Survey said" found nothing
    text = "The British Geological Survey said so, and the U.S. Geological Survey agreed."
    orgs = [s.surface for s in recognise(text) if s.type == "organisation"]
    assert orgs == ["British Geological Survey", "U.S. Geological Survey"]


def test_cctv_footage_is_no_broadcaster() -> None:
    # round 37 (folder 104's Old Bailey report): "the CCTV footage" was an organisation
    text = "The CCTV footage was unclear. State broadcaster CCTV reported the visit."
    assert [(s.start, s.surface) for s in recognise(text) if s.type == "organisation"] == [
        (48, "CCTV")
    ]


def test_a_green_or_a_walk_named_after_a_body_is_no_organisation() -> None:
    # round 42 (folder 119): "City Hall on College Green" was an organisation (and, without the
    # organisation, College, Alaska), "galleries on Gallery Walk" a person the model made an
    # organisation; a person's surname Green stays
    text = (
        "Councillors met at City Hall on College Green. Galleries on Gallery Walk closed. "
        "The actor Eva Green spoke."
    )
    assert [(s.surface, s.type) for s in recognise(text)] == [("Eva Green", "person")]
    assert recognise("Protesters gathered near College Green.") == []


def test_a_currencys_letters_are_no_organisation() -> None:
    # round 42 (folder 119's Senegal election): "the CFA franc" was an organisation; Victoria's
    # Country Fire Authority, "the CFA", is one
    text = "Senegal uses the CFA franc. The CFA fought fires in Victoria."
    assert [(s.start, s.surface) for s in recognise(text) if s.type == "organisation"] == [
        (32, "CFA")
    ]


def test_a_national_teams_nickname_that_is_a_town_is_the_team_in_sport() -> None:
    # round 37 (folder 102's rugby final): "the Springbok defence" was Springbok, Northern Cape
    text = "The Springboks won the rugby final, and the Springbok defence held firm."
    assert {s.surface: s.type for s in recognise(text)}["Springbok"] == "organisation"
    town = "The road to Springbok in the Northern Cape was closed."
    assert {s.surface: s.type for s in recognise(town)}["Springbok"] == "place"


def test_an_institution_of_a_regions_place_is_one_organisation() -> None:
    # round 38 (folder 105's flood story): "The Community Foundation of Western North Carolina"
    # was an organisation "… of Western" beside the state
    text = "How to help: The Community Foundation of Western North Carolina set up a fund."
    got = [(s.surface, s.type) for s in recognise(text)]
    assert got == [("Community Foundation of Western North Carolina", "organisation")], got


def test_a_gp_is_no_organisation() -> None:
    # round 42 (folders 121, 124): "the Belgian GP" and "pressure on GP surgeries" were
    # organisations
    text = "Hamilton won the Belgian GP. Residents fear pressure on GP surgeries in Louth."
    assert [s.type for s in recognise(text) if s.surface == "GP"] == []


def test_a_bodys_initials_in_title_case_in_brackets_once() -> None:
    # round 52 (folder 170): "agreed with the World Anti-Doping Agency (Wada) after he tested
    # positive" made Wada a Japanese town (a bracketed name counted only when used again);
    # folder 151's "Independent Policing Oversight Authority (Ipoa)" gained its body too
    text = (
        "He served a ban agreed with the World Anti-Doping Agency (Wada) after he tested positive."
    )
    got = {s.surface: (s.type, s.entity) for s in recognise(text)}
    assert got["Wada"] == ("organisation", "World Anti-Doping Agency")
    # (a bracketed word that spells no initials, used once, stays unread: "Arizona (Ayton)")
    assert "Ayton" not in {s.surface for s in recognise("The Phoenix Suns (Ayton) won.")}


def test_bodies_named_alone_that_folders_169_to_172_found_as_places_or_nothing() -> None:
    # round 52: "members of Tren de Aragua" was Aragua state, "United Seychelles (US)" the
    # country and the United States, "SOUTHCOM said" and "an Ipsos exit poll" nothing
    text = (
        "Patrick Herminie of United Seychelles (US) won. US supporters danced. Members of Tren "
        "de Aragua were aboard, US Southern Command (SOUTHCOM) said, citing an Ipsos poll."
    )
    got = {(s.surface, s.type, s.entity) for s in recognise(text)}
    assert ("United Seychelles", "organisation", "United Seychelles") in got
    assert ("US", "organisation", "United Seychelles") in got
    assert ("Tren de Aragua", "organisation", "Tren de Aragua") in got
    assert ("SOUTHCOM", "organisation", "SOUTHCOM") in got
    assert ("Ipsos", "organisation", "Ipsos") in got


def test_a_players_career_club_and_a_sides_win_in_a_sport_story() -> None:
    # round 52 (folder 172): "started his career at Rennes" and "PSG's Ligue 1 match away to
    # Marseille … where Marseille won 1-0" were the cities; folder 160's "a loan spell at Porto"
    text = (
        "Dembélé started his career at Rennes. PSG's Ligue 1 match away to Marseille was played "
        "at the Stade Vélodrome, where Marseille won 1-0. He was born in Vernon."
    )
    got = [(s.surface, s.type) for s in recognise(text)]
    assert ("Rennes", "organisation") in got
    assert got.count(("Marseille", "organisation")) == 2
    text = "The Ligue 1 match was played at the Stade Vélodrome, where Marseille won 1-0."
    assert ("Marseille", "organisation") in [(s.surface, s.type) for s in recognise(text)]
    # (not outside sport: "a career at Lyon's university" is the city's)
    got = {s.surface: s.type for s in recognise("She began her career at Lyon as a nurse.")}
    assert got["Lyon"] == "place"


def test_parties_round_52s_final_check_found_as_people_or_nothing() -> None:
    # round 52's final check (folder 173): "Srpska Lista's result" was a person, Vetëvendosje
    # and the State Great Khural nothing
    text = (
        "Albin Kurti's Vetëvendosje won, and Srpska Lista took the Serb seats. In Ulaanbaatar "
        "the State Great Khural voted."
    )
    got = {s.surface: s.type for s in recognise(text)}
    assert got["Srpska Lista"] == "organisation" and got["Vetëvendosje"] == "organisation"
    assert got["State Great Khural"] == "organisation"


def test_a_standing_conference_is_a_body() -> None:
    # round 52 (folder 170): "the Catholic Bishops' Conference of the Philippines (CBCP)" was the
    # country alone, and its acronym no one's
    text = (
        "Cardinal Pablo David, president of the Catholic Bishops' Conference of the Philippines "
        "(CBCP), said the CBCP backed the rallies."
    )
    got = {(s.surface, s.type, s.entity) for s in recognise(text)}
    body = "Catholic Bishops Conference of the Philippines"
    assert ("Catholic Bishops' Conference of the Philippines", "organisation", body) in got
    assert ("CBCP", "organisation", body) in got


def test_an_officer_generals_and_a_special_prosecutors_office_are_organisations() -> None:
    # round 58 (folder 211): "the Special State Prosecutor's Office" and "the Supreme State
    # Prosecutor's Office" found nothing, nor did "the Attorney General's Office" (folder 203)
    text = (
        "Charges came from the Special State Prosecutor's Office. The Attorney General's Office "
        "declined to comment."
    )
    assert orgs(text) == ["Special State Prosecutor's Office", "Attorney General's Office"]


def test_a_head_of_governments_or_of_states_office_is_an_organisation() -> None:
    # round 59 (folder 215): "a senior minister in the Prime Minister's Office" found nothing
    text = (
        "He is a senior minister in the Prime Minister's Office. A statement from the "
        "President's Office said so."
    )
    assert orgs(text) == ["Prime Minister's Office", "President's Office"]


def test_a_numbered_military_unit_and_a_fleet_are_organisations() -> None:
    # round 58 (folder 211): "Germany's 45th Armored Brigade" was "Armored Brigade", "the Baltic
    # Fleet" the Baltic Sea; "Fleet Street" is no fleet, "the first brigade" no unit
    text = (
        "Troops of Germany's 45th Armored Brigade and the 82nd Airborne Division drilled. The "
        "Baltic Fleet, based in Baltiysk, watched. The U.S. Seventh Fleet sailed. Editors on "
        "Fleet Street read it in the first brigade's report. Veterans of 32 Battalion spoke."
    )
    assert orgs(text) == [
        "45th Armored Brigade",
        "82nd Airborne Division",
        "Baltic Fleet",
        "Seventh Fleet",
        "32 Battalion",
    ], orgs(text)


def test_a_nations_red_cross_is_one_organisation() -> None:
    # round 58 (held folder 213): "the Comoros Red Crescent" and "the French Red Cross" were the
    # country or the people and the movement; "U.S." and a hyphened country stay apart
    text = (
        "The Comoros Red Crescent sent kits, with help from the French Red Cross. The U.S. "
        "Securities and Exchange Commission said."
    )
    assert orgs(text) == [
        "Comoros Red Crescent",
        "French Red Cross",
        "Securities and Exchange Commission",
    ], orgs(text)
    assert orgs("The NATO-Russia Council met.") == ["NATO", "Council"]


def test_a_bodys_country_named_with_and_is_the_names_end() -> None:
    # round 58 (held folder 214): "the Armed Forces of Sao Tome and Principe (FASTP)" was a body
    # cut at "Sao Tome" and a person "Principe"; "the Central Bank of Trinidad and Tobago" lost
    # Tobago
    text = (
        "The Armed Forces of Sao Tome and Principe (FASTP) were attacked. The Central Bank of "
        "Trinidad and Tobago raised rates."
    )
    assert orgs(text) == [
        "Armed Forces of Sao Tome and Principe",
        "FASTP",
        "Central Bank of Trinidad and Tobago",
    ], orgs(text)


def test_french_and_german_banks_insurers_and_investment_companies() -> None:
    # round 58 (held folder 214): "Banque Nordmann" and "Assurances Mosane" were people,
    # "Meridian Select SICAV" Meridian, Mississippi
    text = "Banque Nordmann lent to Meridian Select SICAV, which Assurances Mosane insured."
    assert orgs(text) == ["Banque Nordmann", "Meridian Select SICAV", "Assurances Mosane"], orgs(
        text
    )


def test_a_forum_and_its_for_name_are_one_organisation() -> None:
    # round 58 (folder 209): "a researcher with the Uzbek Forum for Human Rights" was a body
    # "Uzbek Forum" and the model's "Human Rights"
    text = "Dilfuza Karimova, a researcher with the Uzbek Forum for Human Rights, said so."
    assert orgs(text) == ["Uzbek Forum for Human Rights"], orgs(text)


def test_a_syndicate_and_its_of_name_are_one_organisation() -> None:
    # round 59 (folder 217): "The Slovak Syndicate of Journalists said" was the demonym and the
    # model's "Journalists"; a crime syndicate is no body's name
    text = (
        "The Slovak Syndicate of Journalists said more than 1,200 employees had signed. A crime "
        "syndicate struck."
    )
    assert orgs(text) == ["Slovak Syndicate of Journalists"], orgs(text)


def test_a_bodys_seat_after_its_own_name_is_no_part_of_it() -> None:
    # round 58 (held folder 214): "the insurer Assurances Mosane of Liège" read Liège into the
    # name; "the Royal Bank of Scotland" and "the Church St. Gregory of Narek" keep their "of"
    text = (
        "The insurer Assurances Mosane of Liège sued. The Royal Bank of Scotland said so. Mass "
        "was said at the Church St. Gregory of Narek."
    )
    got = [(s.surface, s.type) for s in recognise(text)]
    assert got == [
        ("Assurances Mosane", "organisation"),
        ("Liège", "place"),
        ("Royal Bank of Scotland", "organisation"),
        ("Church St. Gregory of Narek", "organisation"),
    ], got


def test_bodies_and_companies_news_names_alone_and_malay_institutions() -> None:
    # round 62 (folders 235-238): "Frontex said", "Unesco warned", "Veolia ran the network",
    # "Lidl and Edeka" found nothing; "Universiti Malaysia Sabah" and "Yayasan Sabah" were the
    # country and the state
    text = (
        "Boats were seen by Frontex. Unesco warned the site was at risk. Veolia ran the network. "
        "Staff at Universiti Malaysia Sabah and Yayasan Sabah agreed."
    )
    assert [(s.surface, s.type) for s in recognise(text)] == [
        ("Frontex", "organisation"),
        ("Unesco", "organisation"),
        ("Veolia", "organisation"),
        ("Universiti Malaysia Sabah", "organisation"),
        ("Yayasan Sabah", "organisation"),
    ]


def test_french_companies_and_unions_are_organisations() -> None:
    # round 62 (folder 235): "Générale des Eaux Guadeloupe, a subsidiary of Veolia" was a person
    text = "For years Générale des Eaux Guadeloupe, a subsidiary of Veolia, ran the network."
    assert [(s.surface, s.type) for s in recognise(text)] == [
        ("Générale des Eaux Guadeloupe", "organisation"),
        ("Veolia", "organisation"),
    ]


def test_an_acronym_in_its_own_languages_order_links_to_the_whole_english_name() -> None:
    # round 62 (held folder 237): "the People's Electoral Movement (MEP)", Aruba's Movimiento
    # Electoral di Pueblo, linked "MEP" to "Electoral Movement", a name no one wrote
    text = "The People's Electoral Movement (MEP) won seven seats. The MEP will go into opposition."
    assert [(s.surface, s.entity) for s in recognise(text)] == [
        ("People's Electoral Movement", "People's Electoral Movement"),
        ("MEP", "People's Electoral Movement"),
        ("MEP", "People's Electoral Movement"),
    ]


def test_a_name_before_a_company_registered_somewhere_is_the_company() -> None:
    # round 62 (folder 236): "the rights … to Hoch Standard, a company registered in Singapore"
    # made a person "Hoch Standard"
    text = "The rights went to Hoch Standard, a company registered in Singapore, for 200 years."
    assert [(s.surface, s.type) for s in recognise(text)] == [
        ("Hoch Standard", "organisation"),
        ("Singapore", "place"),
    ]


def test_a_name_after_its_owners_noun_and_of_is_a_company() -> None:
    # round 62 (folder 234): "Statkraft, the largest owner of Fosen Vind," and "Fosen Vind
    # reached a similar agreement" made a person "Fosen Vind"
    text = (
        "In December Fosen Vind reached a similar agreement. Statkraft, the largest owner of "
        "Fosen Vind, said it was pleased. The owner of Silver Cliff Landscaping called police."
    )
    assert [(s.surface, s.type) for s in recognise(text)] == [
        ("Fosen Vind", "organisation"),
        ("Statkraft", "organisation"),
        ("Fosen Vind", "organisation"),
        ("Silver Cliff Landscaping", "organisation"),
    ]
