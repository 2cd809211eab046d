"""How news writes people's names beyond "Given Surname": initials for the given names, titles
abbreviated before or after a name, given names from the regions the big name lists miss, and a
group's or a title's last word run into a name. Small texts, each failing without its rule."""

from __future__ import annotations

import itertools

from helpers.geoparse import find_places
from helpers.recognise import recognise


def typed(text: str) -> dict[str, tuple[str, str]]:
    return {s.surface: (s.type, s.entity) for s in recognise(text)}


def test_initials_for_the_given_names_are_the_persons() -> None:
    t = typed("India's KL Rahul made 84 before the rain. Rahul said the pitch was slow.")
    assert t["KL Rahul"] == ("person", "KL Rahul")
    assert t["Rahul"] == ("person", "KL Rahul")  # the bare name links to the initialled one
    assert "KL" not in t
    # capitals that also stand alone stay what they were ("BJP", defined or not)
    t = typed("BJP leader Amit Shah spoke in Delhi. The BJP won the vote there.")
    assert t["BJP"][0] == "organisation" and t["Amit Shah"][0] == "person"
    # a country's code before a name is the country
    assert typed("UK Sunak pledged more aid on Monday.").get("UK", ("",))[0] != "person"
    # ... and a given name after them that no rule read alone (a World Cup final's "Virat Kohli
    # (54) and KL Rahul (66)" had an organisation "KL" and no Rahul), not a title after them
    # ("NSW" is the state since round 29's alias: it was an organisation)
    t = typed("Virat Kohli (54) and KL Rahul (66) rebuilt. NSW Premier Chris Minns watched.")
    assert t["KL Rahul"] == ("person", "KL Rahul") and t["NSW"][0] == "place"
    assert t["Chris Minns"][0] == "person"


def test_a_short_texts_acronyms_are_no_shouting() -> None:
    # two capitalised acronyms among a dozen words are no article in capitals
    t = typed("BJP leader Amit Shah spoke. The BJP won.")
    assert t.get("BJP", ("",))[0] == "organisation"


def test_titles_abbreviated_before_and_after_a_name() -> None:
    t = typed("PM Modi said on Monday that CM Yogi Adityanath would attend.")
    assert t["Modi"][0] == "person" and t["Yogi Adityanath"][0] == "person"
    assert "PM Modi" not in t and "CM Yogi Adityanath" not in t
    # a clock's PM is no title
    t = typed("Updated: April 05, 2018 03:09 PM Created: April 05, 2018 03:01 PM. Rain fell.")
    assert "Created" not in t
    # a British member's letters after the name are not part of it
    t = typed("Also EPDP Leader Douglas Devananda MP voted against the motion.")
    assert t.get("Douglas Devananda", ("",))[0] == "person" and "MP" not in t


def test_given_names_of_africa_and_south_asia_make_people() -> None:
    t = typed(
        "Faye stood in place of Ousmane Sonko, the popular leader of the party, who was barred"
        " from running. Sonko, the mayor of Ziguinchor, had been detained since July."
    )
    assert t["Ousmane Sonko"][0] == "person" and t["Sonko"] == ("person", "Ousmane Sonko")
    t = typed("Ghana's striker Kwesi Millington scored twice. Millington is 19.")
    assert t["Kwesi Millington"][0] == "person" and t["Millington"][0] == "person"


def test_an_everyday_plural_before_a_given_name_is_no_part_of_it() -> None:
    t = typed("Among them were Parliamentarians Mahinda Amaraweera and Rauf Hakeem.")
    assert t.get("Mahinda Amaraweera", ("",))[0] == "person"
    t = typed("Sri Lanka's Minister of Posts and Telecommunications Mahinda Wijesekara spoke.")
    assert t.get("Mahinda Wijesekara", ("",))[0] == "person"
    # not a function word read as a given name ("In"), nor an everyday word after it
    assert "In Raids" not in typed("Hartford Police Find Guns, Drugs In Raids. Officers left.")


def test_an_of_name_does_not_end_in_a_demonym() -> None:
    t = typed(
        "Divisions in the ruling United People's Congress of Sri Lankan President Mahinda"
        " Rajapaksa grew."
    )
    assert "Congress of Sri Lankan" not in t and t["Sri Lankan"][0] == "demonym"


def test_a_bylines_by_and_a_role_noun_before_a_given_name_are_no_name_words() -> None:
    # cleaning joined a byline to the line before it
    t = typed("EuroLeague | Regular season, Round 28 By Nikos Theodorakis March 6, 2026.")
    assert "By Nikos Theodorakis" not in t and t["Nikos Theodorakis"][0] == "person"
    assert "Frontman Gustavo" not in typed('Frontman Gustavo "Tano" Berardi, now 57, sang.')


def test_a_saints_name_after_san_or_santa_is_no_person() -> None:
    t = typed("Fans camped outside Santa María de Punilla, near Cosquín, all weekend.")
    assert "María de Punilla" not in t
    t = typed("A new panda arrived at the San Diego Zoo on Monday.")
    assert "Diego Zoo" not in t and "Zoo" not in t


def test_a_ships_name_after_its_noun_is_no_person() -> None:
    t = typed("The tanker Marlin Luanda was hit. Later the Marlin Luanda limped to port.")
    assert not any(kind in ("person", "place") for kind, _ in t.values())
    assert "Caio Duilio" not in typed("The Italian destroyer Caio Duilio shot down a drone.")
    # a title's person after a ship's noun elsewhere in the sentence stays
    assert typed("The ferry operator said Captain John Smith was safe.")["John Smith"][0] == (
        "person"
    )


def test_a_given_name_before_a_newspapers_word_is_a_person() -> None:
    t = typed("Former champion Jim Courier said the draw was tough. Courier won in 1992.")
    assert t["Jim Courier"][0] == "person" and t["Courier"] == ("person", "Jim Courier")
    # a paper named after its town stays the paper
    assert typed("The Denver Post reported it first.")["Denver Post"][0] == "organisation"


def test_a_clocks_time_zone_is_no_name_word() -> None:
    # a live blog's timestamp that cleaning joined to its update
    t = typed("Updates 18:54 BST The Environment Agency said the river was rising.")
    assert not any("BST" in name for name in t) and "Environment Agency" in t
    assert "ET" not in typed("Kick-off is at 8 PM ET on Sunday in Denver.")


def test_local_officers_titles_bylines_dates_and_peoples_words() -> None:
    t = typed("The figures were presented by city Controller Linda Beaumont on Monday.")
    assert t["Linda Beaumont"][0] == "person" and "Controller Linda Beaumont" not in t
    t = typed(
        "Thousands ordered to evacuate Kempsey\n\nBy Jessica Moran and Liam O'Driscoll Posted"
        " Tue 10 Feb 2026 at 5:12pm, updated Tue 10 Feb 2026 at 9:40pm\n\nResidents were told"
        " to leave, Moran reported."
    )
    assert "Liam O'Driscoll" in t and not any("Posted" in name for name in t)
    assert "Igbo" not in typed("His mixed Igbo and Yoruba heritage shaped his work.")
    t = typed("The towns of South West Rocks, Stuarts Point and Crescent Head were cut off.")
    assert t.get("Stuarts Point", ("",))[0] != "person"
    # a Vietnamese given name is no weekday ("Thu"), nor a Karen a people
    assert typed("Karen Smith met Pham Tai Thu in Hanoi.")["Karen Smith"][0] == "person"


def test_a_particle_surname_capitalised_at_a_sentences_start_links() -> None:
    t = typed("Iraq's envoy Fuad Karim al-Obeidi met the minister. Al-Obeidi said talks went well.")
    assert t["Al-Obeidi"] == ("person", "Fuad Karim al-Obeidi")


def test_a_saints_name_is_neither_a_person_nor_a_place() -> None:
    t = typed("Pupils at St Chad's Catholic school and St. Mary's Hospital were sent home.")
    assert "Chad" not in t and "St Chad" not in t and "St. Mary" not in t
    assert typed("He flew to San Francisco.")["San Francisco"][0] == "place"


def test_a_citys_name_that_is_a_given_name_before_a_surname_written_alone() -> None:
    t = typed("BERLIN — Oscar nominee Sofia Delacroix will lead the film. Delacroix, 34, agreed.")
    assert t["Sofia Delacroix"][0] == "person" and "Sofia" not in t
    # not before a surname the text never writes alone ("Hanoi Flights" stays as it was)
    assert typed("Sofia Airport reopened.").get("Sofia Airport", ("",))[0] != "person"


def test_adjectives_of_control_and_festival_sections_are_no_names() -> None:
    t = typed("The Republican-controlled Senate voted. The Fatah-controlled authority agreed.")
    assert "Republican-controlled Senate" not in t and t.get("Senate", ("",))[0] == "organisation"
    assert "Sentinel-equipped Helvion" not in typed("The Sentinel-equipped Helvion robots ship.")
    t = typed("Her debut premiered in Cannes' Directors' Fortnight in 2023.")
    assert not any(kind == "person" for kind, _ in t.values())
    # a live blog's time zone is no model candidate either
    assert not typed(
        "Avoid the area. 14:18 BST Drivers on the M56 saw smoke from Chester."
    ).keys() - {
        "M56",
        "Chester",
    }


def test_the_tail_of_a_saints_town_after_its_particle_is_no_speaker() -> None:
    t = typed("Several residents of Santa María de Punilla told reporters the traffic was bad.")
    assert "Punilla" not in t and "María de Punilla" not in t


def test_an_initial_and_a_surname_link_to_the_full_name() -> None:
    text = (
        "Captain Kasun Wijeratne made 41 and opener Corey Fenwick 12. Scores: Sri Lanka 247"
        " (D Ratnayake 84, K Wijeratne 41) and New Zealand 167-2 (C Fenwick 12)."
    )
    spans = {s.surface: (s.type, s.entity) for s in recognise(text)}
    assert spans["K Wijeratne"] == ("person", "Kasun Wijeratne")
    assert spans["C Fenwick"] == ("person", "Corey Fenwick")


def test_an_entity_tables_particle_surname_links_at_a_sentences_start() -> None:
    from helpers.recognise.entities import EntityTable

    table = EntityTable.from_records([("Hassan al-Lawati", "person", [])])
    text = "Oman's envoy Hassan al-Lawati arrived on Monday. Al-Lawati said talks would go on."
    spans = {s.surface: (s.type, s.entity) for s in recognise(text, entities=table)}
    assert spans["Al-Lawati"] == ("person", "Hassan al-Lawati")


def test_gaelic_and_welsh_given_names_and_a_two_word_family_name() -> None:
    t = typed("Rhys Te Amo, the Canterbury opener, made 78. Te Amo said the pitch was slow.")
    assert t["Rhys Te Amo"][0] == "person" and t["Te Amo"] == ("person", "Rhys Te Amo")
    t = typed("The director, Saoirse Ní Bhriain, whose last film premiered in Berlin, spoke.")
    assert t["Saoirse Ní Bhriain"][0] == "person"


def test_a_role_then_a_comma_frames_the_name_once() -> None:
    text = (
        "Voting was calm. The AU Commission chairperson, Moussa Faki Mahamat, congratulated Faye."
    )
    spans = recognise(text)
    assert [s.type for s in spans if s.surface == "Moussa Faki Mahamat"] == ["person"]
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))


def test_an_arabic_family_name_in_lower_case_is_the_persons() -> None:
    # "al-" after a name word continues the name (it was dropped, or "Sadr" was a town in Iran)
    t = typed("Later Fayez al-Sarraj said Haider al-Abadi agreed.")
    assert t["Fayez al-Sarraj"][0] == "person" and t["Haider al-Abadi"][0] == "person"
    t = typed("Violence fell after Muqtada al-Sadr declared a ceasefire.")
    assert t["Muqtada al-Sadr"][0] == "person" and "Sadr" not in t
    # an Arabic place's first word is no given name
    t = typed("They met in the resort town of Sharm al-Sheikh on Monday.")
    assert t.get("Sharm al-Sheikh", ("",))[0] != "person"


def test_one_word_after_a_role_of_people_only_is_a_person() -> None:
    t = typed("Arsenal striker Saka scored twice. Saka later said he was tired.")
    assert t["Saka"] == ("person", "Saka")  # was a town read as a team, both times
    t = typed("Darius's highly regarded commander Megabazus led the march north.")
    assert t["Megabazus"][0] == "person"
    # a possessive before a kinship noun, and the kin named after it
    t = typed("It included three tracks cowritten with Rafferty's brother Jim.")
    assert t["Rafferty"][0] == "person" and t["Jim"][0] == "person"
    # not a country, a company after a role that also describes companies, or a title's
    # abbreviation ("Capt.")
    assert typed("Exports to trading partner Germany fell.")["Germany"][0] == "place"
    assert typed("The market leader Tesco gained.").get("Tesco", ("",))[0] != "person"
    t = typed("Sheriff's spokesman Capt. Evan Sullivan said the fire was out.")
    assert "Capt" not in t and t["Evan Sullivan"][0] == "person"


def test_may_after_a_given_name_is_a_surname() -> None:
    # "May" is a month, which ends any name: "Theresa May said" found no one
    assert typed("Theresa May said it would pass.")["Theresa May"][0] == "person"
    assert typed("Brian May played guitar.")["Brian May"][0] == "person"
    # the month after anything else stays a date
    assert typed("Talks began on Friday May 3 in Paris.").get("Friday May", ("",))[0] != "person"


def test_a_title_names_no_continent_nor_a_bodys_words_after_general() -> None:
    # the final check (folders 191–192): "Supreme Allied Commander Europe" made a person
    # "Europe", and "the General Intelligence and Security Service" a person "Intelligence"
    t = typed("He stood beside the Supreme Allied Commander Europe, Gen Alexus Grynkewich.")
    assert t.get("Europe", ("",))[0] != "person"
    assert t["Alexus Grynkewich"][0] == "person"
    t = typed("Schoof once led the General Intelligence and Security Service (AIVD).")
    assert "Intelligence" not in t
    # a general named by a surname, and one after a hyphened title, stay people
    assert typed("General Lee surrendered.")["Lee"][0] == "person"
    assert typed("U.N. Secretary-General Ban Ki-moon spoke.")["Ban Ki-moon"][0] == "person"


def test_a_clerics_honorific_is_no_part_of_the_name() -> None:
    # folder 195: "Maulana Fazlur Rehman said" kept the honorific in the name
    assert typed("Maulana Fazlur Rehman said the vote was rushed.") == {
        "Fazlur Rehman": ("person", "Fazlur Rehman")
    }


def test_one_word_after_a_bodys_chief_or_head_is_a_person() -> None:
    # a lone unknown speaker's word reads as a company's ("Telstra said"); after "chief",
    # "head" or "boss" it is the body's head
    assert typed("IMF chief Georgieva said growth would slow.")["Georgieva"][0] == "person"
    assert typed("BNPB head Suharyanto said roads were cut.")["Suharyanto"][0] == "person"
    # a people's adjective after such a noun is no one's name
    t = typed("The chief Palestinian negotiator met Israeli officials.")
    assert t["Palestinian"][0] == "demonym"


def test_kin_and_trades_frame_a_name_and_letters_after_it_are_no_place() -> None:
    t = typed("She died in Lisbon. Her daughter, Adaeze Hart, said the cause was a stroke.")
    assert t["Adaeze Hart"][0] == "person"  # was the span model's organisation
    t = typed("Winemaker Giorgi Maisuradze pours a Saperavi. Maisuradze, 44, smiled.")
    assert t["Giorgi Maisuradze"] == ("person", "Giorgi Maisuradze")  # not "Winemaker Giorgi …"
    assert t["Maisuradze"] == ("person", "Giorgi Maisuradze")  # one person, not ambiguous
    t = typed("Advocate Rajesh Pillay SC argued for the State. Jane Hale QC said so.")
    assert "SC" not in t and "QC" not in t  # SC was South Carolina
    assert t["Jane Hale"][0] == "person"


def test_a_minor_provinces_name_is_a_given_name_before_a_name_word() -> None:
    # Ngozi is a province of Burundi, and a common Igbo given name
    t = typed("Ngozi Okonjo-Iweala, the WTO chief, spoke. Ngozi Adichie wrote a novel.")
    assert t["Ngozi Okonjo-Iweala"][0] == "person" and t["Ngozi Adichie"][0] == "person"
    assert typed("He moved to Ngozi province in 2010.")["Ngozi"][0] == "place"


def test_a_hyphenated_surname_beside_its_familys_others() -> None:
    # the "-Hart" part linked to two Harts (ambiguous) stopped the mending: "Ngozi Ekwueme" and
    # "Hart", five times each, in a user's obituary
    t = typed(
        "Ngozi Ekwueme-Hart, the painter, died on Sunday. Her husband, Peter Hart, died in 2010. "
        "Her son Obinna Hart said so. Ekwueme-Hart was born in Onitsha."
    )
    assert t["Ngozi Ekwueme-Hart"][0] == "person"
    assert t["Ekwueme-Hart"] == ("person", "Ngozi Ekwueme-Hart")


def test_advocate_is_a_title_before_a_given_name_only() -> None:
    t = typed("The court heard Advocate Rajesh Pillay argue. Floods hit Barangay Sangat.")
    assert "Rajesh Pillay" in t and "Advocate Rajesh Pillay" not in t
    assert "Barangay Sangat" not in t  # a Philippine village, no person
    # a US byline names the Newark Advocate's reporter, no one called "Reporter"
    t = typed("Fishing shop opens. By Kent Mallett Advocate Reporter March 30, 2009 NEWARK -- Wess")
    assert "Reporter" not in t


def test_a_titles_own_words_are_no_name_and_a_comma_ends_a_place() -> None:
    t = typed("Fadnavis was sworn in as Chief Minister for a third time. Mr. Dean spoke.")
    assert "Minister" not in t and t["Dean"][0] == "person"  # a Census surname stays someone
    # "Kilmore Quay, County Wexford" gave Quay County, New Mexico
    t = typed("The record was made in a boathouse in Kilmore Quay, County Wexford.")
    assert "Quay, County" not in t
    # South Asia's grounds and Nepal's rivers are nobody's names
    t = typed("Crowds filled Azad Maidan. Floods hit Balephi Khola near Melamchi Bazaar.")
    assert all(kind != "person" for kind, _ in t.values())


def test_a_school_years_role_before_a_players_name_and_an_empire() -> None:
    t = typed("Three Falcons, Senior Kory Lichtensteiger and Juniors Erique Dozier, won honours.")
    assert t["Kory Lichtensteiger"][0] == "person" and t["Erique Dozier"][0] == "person"
    assert "Senior Kory Lichtensteiger" not in t
    # an empire is a land: no organisation
    t = typed("Fighting went on across the former Russian Empire and the old Ottoman Empire.")
    assert all(kind != "organisation" for kind, _ in t.values())


def test_a_town_after_in_then_a_given_name_and_a_surname_is_the_town() -> None:
    # "in Barranquilla Alejandro Char secured a third term" was one organisation of three words
    t = typed("In Cali, Alejandro Eder won, while in Barranquilla Alejandro Char won again.")
    assert t["Barranquilla"][0] == "place" and t["Alejandro Char"][0] == "person"
    assert typed("Paris Hilton smiled in Kim Jong Un's photo.")["Paris Hilton"][0] == "person"


def test_a_results_lines_name_keeps_the_reading_the_article_gives_it() -> None:
    # a tennis report's results line: "Iga Świątek (Poland) bt …" was Iga, a town in Japan, and
    # then every bare "Iga" too; "Semi-finals" was Semi, Benin
    text = (
        "PARIS — Iga Świątek won the title. “Playing Iga here is the toughest thing,” Paolini "
        "said. Świątek smiled.\n\nRESULT Final: 1-Iga Świątek (Poland) bt 12-Jasmine Paolini "
        "(Italy) 6-2 6-1\nSemi-finals: Świątek bt 3-Coco Gauff (U.S.) 6-2 6-4"
    )
    spans = recognise(text)
    assert [s.entity for s in spans if s.surface == "Iga Świątek"] == ["Iga Świątek"] * 2
    iga = [s for s in spans if s.surface == "Iga"]
    assert [(s.type, s.entity) for s in iga] == [("person", "Iga Świątek")]
    assert not any(s.surface == "Semi" for s in spans)
    # a given name the lists lack needs the surname written alone: else the town stands
    assert typed("Crowds in Iga cheered. Iga Tanaka spoke.").get("Iga", ("",))[0] == "place"


def test_initials_before_a_name_that_a_scoreboard_reads() -> None:
    # "MS" was Mississippi twice: only the scoreboard's "st Dhoni" had been read as a person
    text = (
        "Ravindra Jadeja said he dedicated the win to his captain MS Dhoni.\n\n"
        "Gujarat Titans 214-4 (20 overs) Wriddhiman Saha c Dhoni b Chahar 54 Shubman Gill st "
        "Dhoni b Jadeja 39 Sai Sudharsan lbw b Pathirana 96 Hardik Pandya not out 21 Extras "
        "(lb 1, w 3) 4 Bowling: Deepak Chahar 4-0-38-1, Ravindra Jadeja 4-0-38-1\n\n"
        "Chennai Super Kings 171-5 (15 overs) Devon Conway c Mohit b Noor 47 Ambati Rayudu c & b "
        "Mohit 19 MS Dhoni c Miller b Mohit 0 Ravindra Jadeja not out 15 Extras (lb 1, w 4) 5 "
        "Bowling: Mohammed Shami 3-0-29-0, Mohit Sharma 3-0-36-3"
    )
    spans = recognise(text)
    ms = [(s.surface, s.type) for s in spans if s.surface.startswith("MS")]
    assert ms == [("MS Dhoni", "person")] * 2
    assert not any(s.type == "place" and s.surface == "MS" for s in spans)


def test_a_word_with_an_inner_apostrophe_is_one_word() -> None:
    # "Pens: Mo’unga 2" gave Missouri; "Côte d’Ivoire" was found in neither spelling
    t = typed("Richie Mo’unga missed. New Zealand 11 (Try: B Barrett; Pens: Mo’unga 2)")
    assert t["Mo’unga"] == ("person", "Richie Mo’unga") and "Mo" not in t
    t = typed("He flew to Côte d’Ivoire, then to Cote d'Ivoire's capital.")
    assert t["Côte d’Ivoire"][0] == "place" and t["Cote d'Ivoire"][0] == "place"


def test_a_towns_name_before_an_arabic_family_name_is_a_given_name() -> None:
    # "said Hassan al-Tayeb" was Hassan, a town in India, and no one
    t = typed("“It is quieter,” said Hassan al-Tayeb, an engineer in Khartoum.")
    assert t["Hassan al-Tayeb"][0] == "person" and "Hassan" not in t


def test_two_family_names_and_a_hyphenated_one_written_alone() -> None:
    # "Sheinbaum" was ambiguous between "Claudia Sheinbaum" and "Claudia Sheinbaum Pardo";
    # "Gálvez said" an organisation (the Census writes "Galvez"); "Bankman-Fried, 32," two
    # surnames, one ambiguous between Sam and his father Joseph Bankman
    text = (
        "Claudia Sheinbaum Pardo won. Claudia Sheinbaum said she was grateful. Sheinbaum, 61, "
        "smiled. Xóchitl Gálvez Ruiz conceded. Gálvez said she would fight on. Sam Bankman-Fried "
        "was sentenced. His parents, Joseph Bankman and Barbara Fried, wept. Bankman-Fried, 32, "
        "said nothing. O'Brien said it was a sad day."
    )
    got = {(s.surface, s.type, s.entity) for s in recognise(text)}
    assert ("Claudia Sheinbaum", "person", "Claudia Sheinbaum Pardo") in got
    assert ("Sheinbaum", "person", "Claudia Sheinbaum Pardo") in got
    assert ("Gálvez", "person", "Xóchitl Gálvez Ruiz") in got
    assert ("Bankman-Fried", "person", "Sam Bankman-Fried") in got
    assert not any(s == "Bankman" for s, _, _ in got)
    # a Gaelic family name's shape says person where the speaker has no full name
    assert ("O'Brien", "person", "O'Brien") in got


def test_a_given_name_that_is_a_province_before_a_family_names_ending() -> None:
    # "Vladimir Leontyev, the Russian-installed mayor" was the Vladimir oblast; "Victoria
    # Azarenka" the Australian state: no list knows either family name, their endings do
    t = typed(
        "Vladimir Leontyev, the Russian-installed mayor, said the town was flooded. Victoria "
        "Azarenka won in Melbourne. They drove on to Vladimir and then to Victoria."
    )
    assert t["Vladimir Leontyev"][0] == "person" and t["Victoria Azarenka"][0] == "person"
    assert t["Vladimir"][0] == "place" and t["Victoria"][0] == "place"


def test_a_given_name_alone_where_the_town_of_that_name_is_abroad() -> None:
    # Thai news names people by their given names: "Pita" was Pita, Guinea, on the map
    t = typed(
        "BANGKOK — Pita Limjaroenrat claimed victory in Bangkok and Khon Kaen. Pita said the "
        "Senate must respect Thailand's voters."
    )
    assert t["Pita"] == ("person", "Pita Limjaroenrat")
    # a town of the article's own country stays the town ("Ozark Dodge … Ozark police")
    t = typed("A man was shot at Ozark Dodge in Missouri. Ozark police cordoned off the lot.")
    assert t["Ozark"][0] == "place"


def test_an_athletes_surname_that_is_a_town_and_irelands_titles() -> None:
    # "Sifan Hassan of the Netherlands" was a club ("Zalgiris Kaunas"-like: Hassan is a town in
    # India); "Taoiseach Simon Harris" an organisation
    t = typed(
        "In the women’s marathon race, Sifan Hassan of the Netherlands won. Hassan said it hurt."
    )
    assert t["Sifan Hassan"][0] == "person" and t["Hassan"] == ("person", "Sifan Hassan")
    t = typed("Taoiseach Simon Harris apologised. Tánaiste Micheál Martin said sorry.")
    assert t["Simon Harris"][0] == "person" and t["Micheál Martin"][0] == "person"


def test_a_byline_in_capitals_names_its_reporters() -> None:
    # an AP byline "By ELENA MARQUINA and DAVID ROURKE" gave Elena, a town in Bulgaria, and two
    # acronym organisations
    spans = recognise(
        "Sheinbaum wins\n\nBy ELENA MARQUINA and DAVID ROURKE Updated 4:58 AM CST\n\n"
        "MEXICO CITY (AP) — Claudia Sheinbaum won."
    )
    got = [(s.surface, s.type, s.entity) for s in spans if s.surface.isupper() and " " in s.surface]
    assert ("ELENA MARQUINA", "person", "Elena Marquina") in got
    assert ("DAVID ROURKE", "person", "David Rourke") in got
    assert not any(s.surface in ("ELENA", "DAVID", "ROURKE") for s in spans)
    # ... and one without "By" before the wire's name (folder 198: "HAYDER" was an acronym)
    spans = recognise(
        "Iraq vote\n\nHAYDER AL-RUBAIE Associated Press\n\nBAGHDAD (AP) — A coalition won."
    )
    got = [(s.surface, s.type, s.entity) for s in spans if s.type == "person"]
    assert got == [("HAYDER AL-RUBAIE", "person", "Hayder Al-Rubaie")], got


def test_a_wire_byline_in_central_european_capitals_is_a_person() -> None:
    # round 58 (folder 211): "RASA JUODKAITĖ Associated Press" was an acronym "RASA"
    spans = recognise("Drills\n\nRASA JUODKAITĖ Associated Press\n\nVILNIUS (AP) — Troops came.")
    got = [(s.surface, s.type, s.entity) for s in spans if s.type == "person"]
    assert got == [("RASA JUODKAITĖ", "person", "Rasa Juodkaitė")], got


def test_a_photo_credits_surname_in_capitals_is_the_photographers() -> None:
    # round 58 (folders 210 and 212): "© Karim JAAFAR / AFP" and "Lucía BENÍTEZ / AFP" (French
    # credits write the surname in capitals) were no one; "Karim BBC" stays no person
    text = "Delegates signed the deal in Doha. © Karim JAAFAR / AFP\n\nThe talks resumed."
    got = [(s.surface, s.type) for s in recognise(text) if s.type == "person"]
    assert got == [("Karim JAAFAR", "person")], got
    text = "Delegates signed the deal in Doha. © Karim BBC / AFP\n\nThe talks resumed."
    assert not any(s.type == "person" for s in recognise(text))


def test_a_sheikhs_and_a_tsars_other_spellings_are_titles() -> None:
    # round 58 (folders 211–212): "Shaikh Salman bin Isa Al Khalifa" and "Tsar Boris III" were
    # people with their titles
    text = "The chief executive, Shaikh Salman bin Isa Al Khalifa, spoke of Tsar Boris III."
    got = [(s.surface, s.how) for s in recognise(text) if s.type == "person"]
    assert got == [("Salman bin Isa Al Khalifa", "title"), ("Boris III", "title")], got


def test_a_title_with_a_contraction_is_no_person() -> None:
    # an obituary's songs were people: "behind ‘Don’t Stop’", "I’d Rather Go Blind"
    text = (
        "Christine McVie wrote ‘Don’t Stop’ for the band. She sang I’d Rather Go Blind in "
        "1969. Shaun O’Neill and N’Golo Kanté were not there."
    )
    people = {s.surface for s in recognise(text) if s.type == "person"}
    assert people == {"Christine McVie", "Shaun O’Neill", "N’Golo Kanté"}


def test_a_results_lists_athletes_are_people() -> None:
    # the Chicago marathon's leaderboard: "Seifu Tura (ETH)" was Tura, India, "Sifan Hassan
    # (NED)" Hassan, India, and "Conner Mantz (USA)" an organisation; a medal table's
    # countries stay places, and a market report's tickers name no people
    text = (
        "Kiptum shatters record in Chicago; Hassan wins women’s race\n\n"
        "CHICAGO (AP) — Kelvin Kiptum won. In the women’s race, Sifan Hassan of the "
        "Netherlands ran 2:13:44. “The second half was so painful,” said Hassan.\n\n"
        "Men 1. Kelvin Kiptum (KEN) 2:00:35 2. Benson Kipruto (KEN) 2:04:02 6. Seifu Tura (ETH) "
        "2:06:38 7. Conner Mantz (USA) 2:07:47\n\nWomen 1. Sifan Hassan (NED) 2:13:44 "
        "2. Ruth Chepngetich (KEN) 2:15:37\n\nMedals: Kenya (KEN) 3, Ethiopia (ETH) 1"
    )
    spans = [(s.surface, s.type) for s in recognise(text)]
    for name in ("Seifu Tura", "Conner Mantz", "Sifan Hassan", "Ruth Chepngetich"):
        assert (name, "person") in spans
    # the headline's bare surname is hers too: the text writes "said Hassan"
    assert ("Hassan", "place") not in spans and spans.count(("Hassan", "person")) == 2
    assert ("Tura", "place") not in spans
    assert ("Kenya", "place") in spans and ("Ethiopia", "place") in spans
    tickers = "Shares of Velmar Holdings (VMH), Tarn Brands (TRB) and Ostro Foods (OSF) fell."
    assert not [s for s in recognise(tickers) if s.type == "person"]


def test_a_stages_podium_of_three_nations_is_a_results_list() -> None:
    # a Vuelta stage's top three came from three nations: "Kaden Groves (AUS)" put Groves, Texas
    # on the map twice (his surname too) and "AUS" and "SLO" were organisations; "Wout van Aert
    # (BEL)" keeps his particle
    text = (
        "Groves won the sprint in Madrid. Stage 21: 1. Kaden Groves (AUS) Alpecin-Deceuninck "
        "2:48:03, 2. Tadej Pogacar (SLO) UAE Team Emirates, 3. Wout van Aert (BEL) Visma."
    )
    spans = [(s.surface, s.type, s.entity) for s in recognise(text)]
    assert ("Kaden Groves", "person", "Kaden Groves") in spans
    assert ("Groves", "person", "Kaden Groves") in spans
    assert ("Wout van Aert", "person", "Wout van Aert") in spans
    assert not [s for s in spans if s[0] in ("AUS", "SLO", "BEL")]
    assert [s[0] for s in spans if s[1] == "place"] == ["Madrid"]
    # a market report's distinct tickers are still no nations' codes, nor its firms people
    tickers = "Shares of Velmar Holdings (VMH), Tarn Brands (TRB) and Ostro Foods (OSF) fell."
    assert not [s for s in recognise(tickers) if s.type == "person"]
    # round 32, folder 84: the Tour's results wrote the codes in title case ("Kaden Groves (Aus)"
    # was Groves, Texas again, and "Jordan Jegat (Fra)" the country Jordan)
    text = (
        "1. Wout van Aert (Bel) Visma-Lease a Bike 2:42:01 2. Kaden Groves (Aus) "
        "Alpecin-Deceuninck +0:00 3. Jordan Jegat (Fra) TotalEnergies +0:02"
    )
    spans = {s.surface: s.type for s in recognise(text)}
    assert spans["Kaden Groves"] == "person" and spans["Jordan Jegat"] == "person"
    assert "place" not in spans.values()


def test_bodies_short_forms_and_a_wires_dateline_are_no_results_list() -> None:
    # round 23, folder 59: "CARACAS (AFP)", "National Electoral Council (CNE)", "Central
    # University of Venezuela (UCV)", "Agence France-Presse (AFP)": the repeated code made a
    # results list, and its first "athlete" was the dateline's town
    text = (
        "CARACAS (AFP) - Venezuela voted. Elvis Amoroso, president of the National Electoral "
        "Council (CNE), spoke. The International Court of Justice (ICJ) ruled. A professor at "
        "the Central University of Venezuela (UCV) agreed.\n\nSource: Agence France-Presse (AFP)"
    )
    spans = [(s.surface, s.type) for s in recognise(text)]
    assert ("CARACAS", "place") in spans
    assert not [s for s in spans if s[1] == "person" and s[0] != "Elvis Amoroso"]


def test_spanish_family_names_with_los_and_capitalised_particles() -> None:
    # "Francisco De Los Santos Arias … De Los Santos said" was Los Santos, Panama, and an
    # organisation; five capitalised words with particles were too many for a name, and "de
    # los" was no particle pair ("Maria de los Santos" fell apart into "Maria" and "Santos")
    t = typed(
        "Francisco De Los Santos Arias was arrested on Monday. De Los Santos said nothing. "
        "Pedro De Los Reyes Arias was freed."
    )
    assert t["Francisco De Los Santos Arias"][0] == "person"
    assert t["De Los Santos"] == ("person", "Francisco De Los Santos Arias")
    assert t["Pedro De Los Reyes Arias"][0] == "person"
    assert "Los Santos" not in t
    assert typed("Maria de los Santos, his lawyer, spoke.") == {
        "Maria de los Santos": ("person", "Maria de los Santos")
    }
    # a capitalised "Las" after no given name is no particle ("In Business Las Vegas")
    t = typed("Visitors to Las Vegas rose, In Business Las Vegas said.")
    assert t["Las Vegas"] == ("place", "Las Vegas")


def test_a_regnal_number_is_part_of_the_name() -> None:
    # "Louis XIV built Versailles" lost Louis and gave an organisation "XIV"; "Chris Jacobs III"
    # was cut before his "III"
    t = typed("Louis XIV built Versailles. Louis was king. Apollo XIII crew landed.")
    assert t["Louis XIV"] == ("person", "Louis XIV") and t["Louis"] == ("person", "Louis XIV")
    assert "XIV" not in t and "XIII" not in t
    t = typed("Chris Jacobs III, 54, was charged. Jacobs said nothing.")
    assert t["Chris Jacobs III"][0] == "person" and t["Jacobs"] == ("person", "Chris Jacobs III")


def test_a_peoples_noun_is_a_demonym() -> None:
    # "the Dane said" (Vingegaard, in a Tour de France report) was a person "Dane"
    t = typed("“Tadej was stronger,” the Dane said. Serbs and Croats met. The Englishman won.")
    assert t["Dane"] == ("demonym", "Dane")
    assert t["Serbs"][0] == t["Croats"][0] == t["Englishman"][0] == "demonym"
    assert typed("Dane County officials met.")["Dane County"][0] == "place"


def test_the_name_before_the_particles_is_the_persons_alone() -> None:
    # "President Luiz Inácio Lula da Silva … Lula has criticized" put Lula, Georgia on the map
    # (folder 38); a given name before the particles stays no short form ("Eduardo")
    t = typed(
        "President Luiz Inácio Lula da Silva's pick voted. Lula has criticized the bank. "
        "José Eduardo dos Santos died. Eduardo Paes spoke."
    )
    assert t["Lula"] == ("person", "Luiz Inácio Lula da Silva")
    assert t["Eduardo Paes"] == ("person", "Eduardo Paes")


def test_a_results_lists_teams_after_the_codes_are_organisations() -> None:
    # a Tour stage's top five: "Remco Evenepoel (BEL) Soudal Quick-Step — +0:35" read a person
    # "Soudal Quick-Step", and "Red Bull-Bora-Hansgrohe" was nothing
    text = (
        "Stage 4 top five\n\n- Tadej Pogacar (SLO) UAE Team Emirates\n\n"
        "- Remco Evenepoel (BEL) Soudal Quick-Step — +0:35\n\n"
        "- Primoz Roglic (SLO) Red Bull-Bora-Hansgrohe — +0:35\n\n"
        "- Jonas Vingegaard (DEN) Visma-Lease a Bike — +0:37"
    )
    t = typed(text)
    for team in ("Soudal Quick-Step", "Red Bull-Bora-Hansgrohe", "Visma-Lease a Bike"):
        assert t[team] == ("organisation", team)
    assert t["Jonas Vingegaard"][0] == "person"
    # cycling's teams named after a country and a city ("Astana Qazaqstan" was two places)
    t = typed("Mark Cavendish of Astana Qazaqstan is still searching for a win.")
    assert t["Astana Qazaqstan"] == ("organisation", "Astana Qazaqstan")


def test_a_role_in_apposition_after_a_name_makes_a_person() -> None:
    # "Sutopo Purwo Nugroho, spokesman for the National Disaster Mitigation Agency" was an
    # organisation by the model's guess, and "Sutopo said" another (folder 39)
    t = typed(
        "Sutopo Purwo Nugroho, spokesman for the National Disaster Mitigation Agency, said. "
        '"Many bodies are still under the rubble," Sutopo said.'
    )
    assert t["Sutopo Purwo Nugroho"] == ("person", "Sutopo Purwo Nugroho")
    assert t["Sutopo"] == ("person", "Sutopo Purwo Nugroho")
    assert t["National Disaster Mitigation Agency"][0] == "organisation"
    # ... and a two-word name's (round 23, folder 59: "Redwan Hussien … Redwan said" was an
    # organisation "Redwan")
    t = typed(
        "The deal was signed by Redwan Hussien, the national security adviser. Later, Redwan "
        "said the government was committed to it."
    )
    assert t["Redwan"] == ("person", "Redwan Hussien")
    # ... and a three-word name's whose second word is no given name (round 59, folder 217:
    # "Tuilaepa told the Samoa Observer" was an organisation)
    t = typed(
        "Its leader, former prime minister Tuilaepa Sailele Malielegaoi, said so. Tuilaepa told "
        "reporters."
    )
    assert t["Tuilaepa"] == ("person", "Tuilaepa Sailele Malielegaoi")


def test_a_scorers_heading_names_each_teams_scorers() -> None:
    # a derby report's "Scorers" heading, then a line a team: "Antony 56" was a town's team
    # (Antony, France) and "Antony, the £86 million signing" the town; "Martial 84" an
    # everyday word
    text = (
        "Antony, the £86 million signing from Ajax, curled in a superb shot.\n\nScorers\n\n"
        "Manchester City: Foden 8, 44, 73; Haaland 34, 37, 64.\n\n"
        "Manchester United: Antony 56; Martial 84, 90+1 pen."
    )
    spans = [(s.surface, s.type) for s in recognise(text)]
    assert spans.count(("Antony", "person")) == 2
    for name in ("Foden", "Haaland", "Martial"):
        assert (name, "person") in spans
    assert ("Antony", "place") not in spans and ("Antony", "organisation") not in spans


def test_a_title_before_a_suffix_is_the_surname() -> None:
    # "the Rev. Martin Luther King Jr." was two people, "Martin Luther" and "Jr." (King is a
    # title: "King Charles")
    t = typed("He marched alongside the Rev. Martin Luther King Jr. in 1963. King was killed.")
    assert t["Martin Luther King Jr."] == ("person", "Martin Luther King Jr.")
    assert t["King"] == ("person", "Martin Luther King Jr.")
    assert typed("King Charles III spoke.")["Charles III"] == ("person", "Charles III")


def test_an_arabic_family_name_without_its_article_is_the_persons() -> None:
    # "Abdullatif al-Zayani … Zayani said" gave an organisation "Zayani" (folder 41, final
    # check); "Muqtada al-Sadr … Sadr said" put Sadr, Iraq on the map; "Assad" linked to no one
    t = typed(
        "Foreign Minister Abdullatif al-Zayani signed. Zayani said it mattered. Muqtada "
        "al-Sadr spoke. Sadr said no. He visited Sadr City."
    )
    assert t["Zayani"] == ("person", "Abdullatif al-Zayani")
    assert t["Sadr"] == ("person", "Muqtada al-Sadr")
    assert t["Sadr City"][0] == "place"
    # ... and with its article capitalised (round 49's final check, folder 158: "President
    # Abdel-Fattah El-Sisi … Trump, Sisi and mediators" gave an organisation "Sisi")
    t = typed("President Abdel-Fattah El-Sisi spoke. Later Trump, Sisi and Erdogan signed.")
    assert t["Sisi"] == ("person", "Abdel-Fattah El-Sisi")


def test_a_shared_surname_is_the_person_named_first() -> None:
    # a Harry Belafonte obituary counted "Belafonte (ambiguous)" seven times beside his four
    # full mentions, because his children are named too (folder 40, final check): the one
    # person named in full before the first bare use is the surname's; two are left open
    t = typed(
        "Harry Belafonte, singer, dies at 96. Belafonte died of heart failure. His daughter "
        "Gina Belafonte said he was proud. Belafonte married twice."
    )
    assert t["Belafonte"] == ("person", "Harry Belafonte")
    t = typed("Venus Williams and Serena Williams met. Williams won.")
    assert t["Williams"] == ("person", "Williams (ambiguous)")
    # ... and a headline's bare use before any full name is the subject's too: an Estonian
    # election report counted "Kallas (ambiguous)" ten times, her father being named late
    spans = recognise(
        "Kallas’s Reform Party Wins Estonian Election\n\nPrime Minister Kaja Kallas’s party "
        "won. Kallas, 45, is the daughter of Siim Kallas. Kallas said so."
    )
    bare = [s.entity for s in spans if s.surface == "Kallas"]
    assert bare == ["Kaja Kallas"] * 3


def test_a_bare_surname_of_a_name_and_its_short_form_is_the_one_person() -> None:
    # (folder 70) "… López Obrador … López Obrador bows out … to be with Obrador" counted
    # "Obrador (ambiguous)": the two-word form is the full name written short
    text = (
        "Sheinbaum praised Andrés Manuel López Obrador. López Obrador bows out. The crowd "
        'chanted "It is an honour to be with Obrador".'
    )
    bare = [s.entity for s in recognise(text) if s.surface == "Obrador"]
    assert bare == ["Andrés Manuel López Obrador"]


def test_a_tables_person_written_short_is_that_person() -> None:
    # round 36, folder 100: "President Tayyip Erdoğan … Erdoğan said" made the bare surname
    # "Erdoğan (ambiguous)" between the table's "Recep Tayyip Erdogan" and the text's short form
    text = 'President Tayyip Erdoğan visited. "It is hard," Erdoğan said. Erdoğan left.'
    assert {s.entity for s in recognise(text)} == {"Recep Tayyip Erdogan"}
    # two people of one family stay apart
    text = "Emine Erdoğan visited. Erdoğan said so."
    assert [s.entity for s in recognise(text) if s.surface == "Erdoğan"] == ["Erdoğan (ambiguous)"]


def test_spanish_short_given_names() -> None:
    # "equalling the record held by Madrid great Paco Gento" put Paco, Manila, on the map
    t = typed("Carvajal equalled the record held by Madrid great Paco Gento. Xabi Alonso watched.")
    assert t["Paco Gento"][0] == "person" and t["Xabi Alonso"][0] == "person"
    assert "Paco" not in t


def test_a_given_town_and_a_particle_before_a_family_name() -> None:
    # "Quinton de Kock made 39" was Quinton, Oklahoma, beside Kock, a town in Poland
    t = typed("The batsman Quinton de Kock made 39. De Kock fell to Arshdeep.")
    assert t["Quinton de Kock"][0] == "person" and t["De Kock"] == ("person", "Quinton de Kock")
    assert "Quinton" not in t and "Kock" not in t
    # ... with no role before it too (a role before a town-named given name says person alone)
    t = typed("Quinton de Kock hit 70. De Kock was out.")
    assert t["Quinton de Kock"][0] == "person" and "Quinton" not in t


def test_common_indian_given_names() -> None:
    # "Shivam Dube struck a brisk 27" was an organisation (the span model, by its ending)
    t = typed("Shivam Dube struck a brisk 27 off 16 balls before Shreyas Iyer fell.")
    assert t["Shivam Dube"][0] == "person" and t["Shreyas Iyer"][0] == "person"


def test_a_brands_run_together_word_makes_no_person() -> None:
    # "The Jasper SkyTram lower station" was a person, and every "Jasper" (the town) his given name
    text = "The Jasper SkyTram lower station burned. To the residents of Jasper: we are with you."
    spans = [(s.surface, s.type) for s in recognise(text)]
    assert not [s for s, t in spans if t == "person"]
    assert ("Jasper", "place") in spans
    # a family name's particle run into the name is a name ("Douglas MacArthur", "Ron DeSantis")
    assert {s.type for s in recognise("Douglas MacArthur met Ron DeSantis.")} == {"person"}


def test_a_title_and_a_name_written_as_a_town_is_the_town() -> None:
    # "via Valemount, Kamloops and Prince George" was a person "George"
    text = (
        "Drivers went west via Valemount, Kamloops and Prince George. He flew to Prince Rupert. "
        "Prince William met the mayor."
    )
    spans = [(s.surface, s.type) for s in recognise(text)]
    assert ("Prince George", "place") in spans and ("Prince Rupert", "place") in spans
    assert ("William", "person") in spans


def test_a_long_name_with_particles_and_its_first_word_alone_are_the_person() -> None:
    # "Endrick Felipe Moreira de Sousa was unveiled" was a person and the town Sousa, and each
    # "Endrick said" an organisation (a speaker with no known given name)
    text = (
        "Endrick Felipe Moreira de Sousa was unveiled on Saturday. Endrick said he had dreamed "
        "of it. Vinícius José Paixão de Oliveira Júnior scored. “I am happy,” Endrick told us."
    )
    spans = [(s.surface, s.type, s.entity) for s in recognise(text)]
    full = "Endrick Felipe Moreira de Sousa"
    assert (full, "person", full) in spans
    assert spans.count(("Endrick", "person", full)) == 2
    assert ("Vinícius José Paixão de Oliveira Júnior", "person") in [s[:2] for s in spans]
    assert not [s for s in spans if s[1] == "place"]


def test_an_administrator_is_a_title() -> None:
    # "NASA Administrator Bill Nelson" and "City Administrator Rory MacKenzie" were people with
    # their titles in their names
    text = "NASA Administrator Bill Nelson said. City Administrator Rory MacKenzie agreed."
    people = [s.surface for s in recognise(text) if s.type == "person"]
    assert people == ["Bill Nelson", "Rory MacKenzie"]


def test_lodges_markets_jails_and_lakes_are_nobodys_names() -> None:
    # "Maligne Lodge", "Balogun Market", "Tihar Jail", "Arnos Vale", "Lac Beauvert" were people
    text = (
        "The Maligne Lodge burned. Traders at Balogun Market said. He was held in Tihar Jail. The "
        "match at Arnos Vale ended. The lodge on Lac Beauvert survived. David Lodge spoke."
    )
    assert [s.surface for s in recognise(text) if s.type == "person"] == ["David Lodge"]


def test_a_ministers_portfolio_is_no_part_of_the_ministers_name() -> None:
    # "met with Minister for Housing Darragh O'Brien" gave a person "Housing Darragh O'Brien"
    text = (
        "Ryan met with Minister for Housing Darragh O'Brien. Minister for Foreign Affairs Simon "
        "Coveney said. Minister for the Environment Eamon Ryan agreed. The Minister for Health "
        "said nothing."
    )
    people = [s.surface for s in recognise(text) if s.type == "person" and " " in s.surface]
    assert people == ["Darragh O'Brien", "Simon Coveney", "Eamon Ryan"]


def test_cyclings_grand_tours_are_nobodys_names() -> None:
    # "La Vuelta" was a person five times in a Vuelta a España story, and "Vuelta" his surname
    text = "Sepp Kuss won La Vuelta on Sunday. The Vuelta ended in Madrid after the Giro d'Italia."
    assert [s.surface for s in recognise(text) if s.type == "person"] == ["Sepp Kuss"]


def test_positions_time_zones_creeks_and_honours_are_no_names() -> None:
    # folder 37: "Flanker Shannon Frizell" and "Hooker Codie Taylor" held their positions,
    # "10:04 am NZT" was an organisation, "Sulphur Run" a town and "Leslie Run" a person, and
    # "Victoria Cross recipient Ben Roberts-Smith" put Victoria, Australia on the map
    text = (
        "Flanker Shannon Frizell scored twice. Hooker Codie Taylor added one. Updated 10:04 am "
        "NZT. Residents worry about Sulphur Run and Leslie Run, creeks near the Ohio River. "
        "Victoria Cross recipient Ben Roberts-Smith lost. He flew to Victoria."
    )
    spans = [(s.surface, s.type) for s in recognise(text)]
    people = [s for s, t in spans if t == "person"]
    assert people == ["Shannon Frizell", "Codie Taylor", "Ben Roberts-Smith"]
    assert [s for s, t in spans if t == "place"] == ["Ohio River", "Victoria"]
    assert not [s for s, t in spans if t == "organisation"]


def test_an_everyday_word_before_an_aged_name_is_no_part_of_it() -> None:
    # the headline "Leftist Gabriel Boric, 35, wins Chile presidency" gave a second person
    # "Leftist Gabriel Boric" beside "Gabriel Boric"
    text = "Leftist Gabriel Boric, 35, wins Chile presidency. Gabriel Boric won. Boric said."
    people = {s.entity for s in recognise(text) if s.type == "person"}
    assert people == {"Gabriel Boric"}


def test_positions_and_german_articles_open_no_name() -> None:
    # "LW" (left wing) before a hockey player was an organisation; a German article opens a
    # work's or a paper's name, no one's ("Der Untergang"); "Des" is a given name too
    text = "LW Jonathan Huberdeau, 29, joined. The film Der Untergang was shown. Des Lynam said."
    spans = [(s.surface, s.type) for s in recognise(text)]
    assert spans == [("Jonathan Huberdeau", "person"), ("Des Lynam", "person")]


def test_a_full_name_written_family_name_first_or_behind_a_tables_word_is_the_same_person() -> None:
    # an election story's official declaration and its results table: "Tinubu Bola Ahmed" and
    # "Share Bola Ahmed Tinubu" were two more people
    text = (
        'Bola Ahmed Tinubu won. "Tinubu Bola Ahmed of the APC is hereby declared the winner," '
        "the officer said.\n\nCandidate | Party | Votes | Share Bola Ahmed Tinubu | APC | 36.6%"
    )
    people = [(s.surface, s.entity) for s in recognise(text) if s.type == "person"]
    assert people == [
        ("Bola Ahmed Tinubu", "Bola Ahmed Tinubu"),
        ("Tinubu Bola Ahmed", "Bola Ahmed Tinubu"),
        ("Bola Ahmed Tinubu", "Bola Ahmed Tinubu"),
    ]
    # two words in the other order may be two people
    t = typed("Ali Ahmed Khan met Ahmed Ali Shah.")
    assert t["Ali Ahmed Khan"] == ("person", "Ali Ahmed Khan")
    assert t["Ahmed Ali Shah"] == ("person", "Ahmed Ali Shah")
    # a given name before a full name is no table's word ("Maria Anna Lena Berg" stays whole)
    t = typed("Anna Lena Berg spoke. Later Maria Anna Lena Berg spoke.")
    assert t["Maria Anna Lena Berg"] == ("person", "Maria Anna Lena Berg")


def test_a_nickname_in_quotes_between_given_and_family_name_is_one_persons() -> None:
    # a World Cup parade story: 'goalkeeper Emiliano "Dibu" Martínez' was a lone "Emiliano" and
    # the Mexican town Martínez, 'Claudio "Chiqui" Tapia' a bare "Tapia", whose "Tapia
    # apologised" was an organisation
    text = (
        'Players including goalkeeper Emiliano "Dibu" Martínez danced. AFA president Claudio '
        "“Chiqui” Tapia wrote on Twitter. Later Tapia apologised."
    )
    t = [(s.surface, s.type, s.entity) for s in recognise(text) if s.type == "person"]
    assert t == [
        ('Emiliano "Dibu" Martínez', "person", "Emiliano Martínez"),
        ("Claudio “Chiqui” Tapia", "person", "Claudio Tapia"),
        ("Tapia", "person", "Claudio Tapia"),
    ]
    # a quoted title between two names is no nickname: the first word must be a given name
    assert "person" not in {s.type for s in recognise('The film "Anora" Wins Big at Cannes.')}
    # round 32, folder 86: the Philippines' senators by their nicknames — two given names, a
    # particle, a generation, a title before, a given name no list holds — were "Panfilo" and
    # the town Lacson, "Paolo Benigno", Bam (Iran) and Aquino (a town), "Ronald", Bato and Rosa
    # (Italy), "Ferdinand" and "Marcos Jr."
    text = (
        'Winners include Panfilo "Ping" Lacson, Paolo Benigno "Bam" Aquino IV and Ronald '
        '"Bato" dela Rosa. President Ferdinand "Bongbong" Marcos Jr. said so.'
    )
    t = [(s.surface, s.type) for s in recognise(text)]
    assert t == [
        ('Panfilo "Ping" Lacson', "person"), ('Paolo Benigno "Bam" Aquino IV', "person"),
        ('Ronald "Bato" dela Rosa', "person"), ('Ferdinand "Bongbong" Marcos Jr.', "person"),
    ]  # fmt: skip
    assert "person" not in {s.type for s in recognise('Netflix "Squid Game" Season Two.')}


def test_a_supervisor_of_elections_and_a_wire_spelling_of_a_known_name() -> None:
    # "Supervisor of Elections Pam Carpenter" was a person "Elections Pam Carpenter"; Reuters'
    # "Volodymyr Zelenskiy" beside the table's Zelensky made a bare "Zelenskiy" ambiguous
    t = typed("Supervisor of Elections Pam Carpenter said so. Carpenter left.")
    assert t["Pam Carpenter"] == ("person", "Pam Carpenter")
    t = typed("President Volodymyr Zelenskiy spoke. Kryvyi Rih is Zelenskiy's hometown.")
    assert t["Zelenskiy"] == ("person", "Volodymyr Zelensky")


def test_a_relative_named_by_a_given_name_is_not_anothers_namesake() -> None:
    # "Speaker Mahinda Yapa Abeywardena … Rajapaksa's elder brother Mahinda resigned" linked the
    # brother to the speaker; a relative who bears the possessor's name is still linked
    text = (
        "Speaker Mahinda Yapa Abeywardena said Rajapaksa would resign. Rajapaksa's elder brother "
        "Mahinda resigned as prime minister on May 9. Jill Biden spoke. Biden's wife Jill waved."
    )
    got = {s.surface: s.entity for s in recognise(text) if s.type == "person"}
    assert got["Mahinda"] == "Mahinda" and got["Jill"] == "Jill Biden"


def test_an_abbreviated_middle_word_is_part_of_the_name() -> None:
    # round 26, folder 66: "President Guðni Th. Jóhannesson said" was a person "Guðni Th" and
    # an organisation "Jóhannesson"; a short surname ending a sentence stays apart
    spans = recognise("In a televised address, President Guðni Th. Jóhannesson said so.")
    assert [(s.surface, s.type) for s in spans] == [("Guðni Th. Jóhannesson", "person")]
    spans = recognise("The police met Irene Ng. Smith said so.")
    assert next(s.surface for s in spans if s.type == "person") == "Irene Ng"


def test_a_bylines_date_ends_a_hyphened_name() -> None:
    # round 26, folder 66: "By Aïssatou Ndiaye and Marc-Antoine Leroux March 25, 2024" made a
    # person "Marc-Antoine Leroux March" (a hyphened name ran on over the month)
    text = (
        "Faye set to win\n\nBy Aïssatou Ndiaye and Marc-Antoine Leroux March 25, 2024 10:42 PM "
        "GMT\n\nDAKAR, March 25 (Reuters) - Faye won.\n\n(Reporting by Aïssatou Ndiaye in Dakar "
        "and Marc-Antoine Leroux in Ndiaganiao; Editing by Helen Partridge)"
    )
    people = {s.surface for s in recognise(text) if s.type == "person"}
    assert "Marc-Antoine Leroux" in people and not any("March" in p for p in people)


def test_a_bare_letter_in_a_name_is_a_regnal_number_or_a_middle_initial() -> None:
    # round 28, folder 71: "King Frederik X was proclaimed" gave no person (a bare letter was
    # read as "District A"), "cheered Frederik X. Later …" a person "Frederik X. Later", and
    # "President George W Bush" only "Bush"
    t = typed(
        "King Frederik X was proclaimed on Sunday. Crowds cheered Frederik X. Later he waved."
    )
    assert t == {"Frederik X": ("person", "Frederik X")}
    assert typed("President George W Bush said no.") == {
        "George W Bush": ("person", "George W Bush")
    }
    assert typed("Emperor Napoleon I died in exile.")["Napoleon I"][0] == "person"
    # the letter's full stop ends the sentence only before an everyday opener
    assert "John F. Kennedy" in typed("John F. Kennedy was shot in Dallas.")
    # a lone letter after a word no given name is no name's ("District A")
    assert not any(k.startswith("District") for k in typed("District A was closed."))


def test_a_sentences_opening_function_word_is_no_bare_given_name() -> None:
    # round 42, folder 122: "In 1999 she was ordained" linked "In" to the band In Tua Nua
    text = "She sang with In Tua Nua. In 1999 she was ordained. In Dublin, fans gathered."
    people = [(s.start, s.surface) for s in recognise(text) if s.type == "person"]
    assert people == [(14, "In Tua Nua")]


def test_a_bare_given_name_no_rule_read_is_the_named_persons() -> None:
    # round 28, folder 71: "Frederik" ×5 was no one though "King Frederik X" was named; the
    # given name of a capitalised run of another person stays apart
    spans = recognise("King Charles III was crowned. Later Charles waved.")
    got = [(s.surface, s.entity) for s in spans if s.type == "person"]
    assert got == [("Charles III", "Charles III"), ("Charles", "Charles III")]
    spans = recognise("King Charles III was crowned. Ray Charles sang. Charles Dickens wrote.")
    got = [(s.surface, s.entity) for s in spans if s.type == "person"]
    assert got == [
        ("Charles III", "Charles III"),
        ("Ray Charles", "Ray Charles"),
        ("Charles Dickens", "Charles Dickens"),
    ]
    # a chief's title leading a name the model had read alone as an organisation's
    t = typed(
        "Samoan Prime Minister Fiamē Naomi Mataʻafa, who chaired the summit, said it went well. "
        "At the closing press conference, Fiamē said that for Pacific nations climate change was "
        "not a distant threat."
    )
    assert t["Fiamē"] == ("person", "Fiamē Naomi Mataʻafa")


def test_a_given_name_that_is_a_city_before_an_accented_surname() -> None:
    # round 28, folder 72: "and Regina Núñez in Mexico City contributed" was Regina, Canada (the
    # Census surnames are written without accents)
    t = typed("Julián Ortega in Bogotá and Regina Núñez in Mexico City contributed.")
    assert t["Regina Núñez"] == ("person", "Regina Núñez") and "Regina" not in t


def test_a_priests_title_before_a_name() -> None:
    # round 31, folder 85 (after the final check): "Rev. Fr. Hyacinth Alia", Benue's governor,
    # gave a person "Fr" and, by its link, "Fr. John Okafor" another
    t = typed("The governor, Rev. Fr. Hyacinth Alia, visited. Fr. John Okafor said mass.")
    assert "Fr" not in t and t["Hyacinth Alia"][0] == "person" and t["John Okafor"][0] == "person"


def test_a_partys_member_and_dotted_initials_before_a_name() -> None:
    # round 28, folder 73: "Democrat Sherrod Brown" was the person's name, "Republican J.D.
    # Vance" no one and "Sens. Bob Casey" put Sens, France on the map
    t = typed("Ohio's senators, Democrat Sherrod Brown and Republican J.D. Vance, wrote the bill.")
    assert t["Sherrod Brown"] == ("person", "Sherrod Brown") and t["J.D. Vance"][0] == "person"
    assert typed("Sherrod Brown and J.D. Vance, introduced it.")["J.D. Vance"][0] == "person"
    # round 31, folder 80: mid-sentence, "to Liberal Wade Chang" kept the party's word
    t = typed("Singh lost his seat to Liberal Wade Chang, and Liberal Democrat Tim Farron spoke.")
    assert t["Wade Chang"] == ("person", "Wade Chang") and t["Tim Farron"][0] == "person"
    t = typed("Co-sponsors included Sens. Bob Casey and John Fetterman of Pennsylvania.")
    assert "Sens" not in t and t["Bob Casey"][0] == "person"
    # a body's dotted letters stay the body's ("U.N. Stabilization Mission"), a party's name
    # stays whole
    t = typed("The Democrat Party met. The U.N. Special Envoy spoke.")
    assert t["Democrat Party"][0] == "organisation" and not any(
        v[0] == "person" for v in t.values()
    )


def test_a_name_given_a_role_is_a_persons() -> None:
    # round 28, folder 73: "appointed Rameau Normil as the new director general of the police"
    # was an organisation (the model's); a company given a job stays one
    t = typed(
        "Conille took office in early June and appointed Rameau Normil as the new director "
        "general of the police."
    )
    assert t["Rameau Normil"][0] == "person"
    assert typed("The board appointed KPMG as its auditor.")["KPMG"][0] == "organisation"
    # ... and so is a successor's ("President Hage Geingob died … succeeded by Nangolo Mbumba")
    t = typed(
        "In February, when President Hage Geingob died of cancer, he was succeeded by Nangolo "
        "Mbumba. SWAPO had already chosen her."
    )
    assert t["Nangolo Mbumba"][0] == "person"


def test_a_name_before_of_and_a_title_cased_name_is_read() -> None:
    # round 29 (folder 77): "Paul Murphy of People Before Profit" found no one ("Before" made
    # the words a headline's), and "Murphy" went to Verona Murphy
    text = (
        "Labour objected, while Paul Murphy of People Before Profit said it was a stitch-up. "
        "Independent TD Verona Murphy was elected."
    )
    people = {s.surface: s.entity for s in recognise(text) if s.type == "person"}
    assert people["Paul Murphy"] == "Paul Murphy" and "Murphy" not in people


def test_a_things_name_a_title_gives_a_nickname_and_a_capitalised_role_are_nobodys() -> None:
    # round 29, the final check (folder 76): 'a veteran Titanic explorer known as "Mr. Titanic"'
    # made a person "Titanic" and every "the Titanic" his surname; "Businesswoman and investor
    # Halla Tómasdóttir" a person "Businesswoman"; "Mr. Smith … the Smith family" stays Smith
    text = (
        "The submersible was lost on a dive to the wreck of the Titanic. The Titanic lies 3,800 "
        'meters down. Paul-Henri Nargeolet, known as "Mr. Titanic," made dozens of dives.'
    )
    assert [s.surface for s in recognise(text) if s.type == "person"] == ["Paul-Henri Nargeolet"]
    text = "Mr. Smith said so. The Smith family mourned."
    assert [s.surface for s in recognise(text) if s.type == "person"] == ["Smith", "Smith"]
    text = "REYKJAVIK (AFP) - Businesswoman and investor Halla Tómasdóttir was elected president."
    assert [s.surface for s in recognise(text) if s.type == "person"] == ["Halla Tómasdóttir"]


def test_a_speakers_word_inside_one_persons_long_name_is_that_person() -> None:
    # round 29, after the final check (folder 78): "Civil Aviation Minister Ram Mohan Naidu
    # Kinjarapu … Naidu told reporters" was an organisation "Naidu"
    text = (
        "Civil Aviation Minister Ram Mohan Naidu Kinjarapu said the recorder was found. "
        '"We will find out what happened," Naidu told reporters.'
    )
    naidu = [s for s in recognise(text) if s.surface == "Naidu"]
    assert [(s.type, s.entity) for s in naidu] == [("person", "Ram Mohan Naidu Kinjarapu")]


def test_a_name_with_no_given_name_after_in_or_at_is_no_persons() -> None:
    # round 32, folders 84 and 85: "gathered in Parque da Cidade", "officers at Garda Síochána"
    # were people; GMB's "in Tirin Kot" and "at Firebase Ripley" too
    for text, name in (
        ("Crowds gathered in Parque da Cidade on Sunday.", "Parque da Cidade"),
        ("Officers at Garda Síochána headquarters attended.", "Garda Síochána"),
        ("Troops were based at Firebase Ripley last year.", "Firebase Ripley"),
    ):
        assert typed(text).get(name, ("",))[0] != "person", text
    # a given name, a title or a possessive keeps the person
    t = typed("She was born in Jomo Kenyatta's time. We met at Xanthe Qarlo's palace.")
    assert t["Jomo Kenyatta"][0] == "person" and t["Xanthe Qarlo"][0] == "person"
    assert typed("The prize went to Senator Qarlo Xanthe.")["Qarlo Xanthe"][0] == "person"
    # one reading per name: the same words elsewhere are no one's either (folder 82: "houses in
    # Mazar Dara village" … "a farmer from Mazar Dara" was a person)
    t = typed("Houses fell in Mazar Dara village. Ahmad Khan, a farmer from Mazar Dara, wept.")
    assert t["Ahmad Khan"][0] == "person" and t.get("Mazar Dara", ("",))[0] != "person"


def test_police_ranks_with_of_police_are_titles() -> None:
    # round 32, folders 83 and 87: "former Director General of Police V.K. Gupta" was an
    # organisation "Police V.K. Gupta", "Deputy Inspector General of Police Eliud Lagat" one too
    t = typed("Former Director General of Police V.K. Gupta joined the panel.")
    assert t["V.K. Gupta"][0] == "person" and "Police V.K. Gupta" not in t
    t = typed("Deputy Inspector General of Police Eliud Lagat visited the scene.")
    assert t["Eliud Lagat"][0] == "person"


def test_portuguese_particles_french_prefects_and_a_teams_dashed_name() -> None:
    # round 32, folders 84 and 85: "André Corrêa do Lago" was "André Corrêa" and a person
    # "Lago"; "Prefect Georges-François Leclerc" kept the title; "Red Bull–Bora–Hansgrohe" put
    # Bora, India on the map
    t = typed("COP30 president André Corrêa do Lago spoke. Corrêa do Lago said talks go on.")
    assert t["André Corrêa do Lago"][0] == "person" and "Lago" not in t
    t = typed("Prefect Georges-François Leclerc said the fire was contained.")
    assert t["Georges-François Leclerc"][0] == "person"
    t = typed("Riders of Red Bull–Bora–Hansgrohe led the peloton.")
    assert t["Red Bull–Bora–Hansgrohe"][0] == "organisation" and "Bora" not in t
    # ... and French's plural particle (round 46's final check: "Louvre director Laurence des
    # Cars" was a person "Laurence"); a seafront's name stays nobody's
    t = typed("Louvre director Laurence des Cars said. Riders crossed the Promenade des Anglais.")
    assert t == {"Laurence des Cars": ("person", "Laurence des Cars")}


def test_given_names_the_lists_lacked_and_a_matchs_award() -> None:
    # round 32, folder 86: "Iga Świątek" was an organisation (and a bare "Iga" a Japanese town);
    # "Player of the Match: Rohit Sharma" made an organisation "Match"
    text = (
        "Świątek's double bagel\n\nA day earlier, Iga Świątek produced one of the most one-sided "
        'finals in history. Świątek won 6-0, 6-0. "Iga you are such an incredible player," she '
        "said."
    )
    t = typed(text)
    assert t["Iga Świątek"][0] == "person" and t["Świątek"][0] == "person"
    assert t["Iga"][0] == "person"
    t = typed("India won by four wickets. Player of the Match: Rohit Sharma (India)")
    assert t["Rohit Sharma"][0] == "person" and "Match" not in t
    # ... and in lower case (round 33, the final check: "Player of the match: Travis Head" made
    # a person "Player")
    t = typed(
        "RESULT: Australia won by 8 wickets Player of the match: Travis Head\n\nEngland 172 "
        "(32.5 ov) & 164 (34.4 ov) Australia 132 (35.2 ov) & 205/2 (28.2 ov)"
    )
    assert t["Travis Head"][0] == "person" and "Player" not in t
    # ... and the Pacific's (round 46, a Lions report: "a surprise pick ahead of Sione
    # Tuipulotu" was an organisation)
    t = typed(
        "Scotland centre Huw Jones, a surprise pick ahead of Sione Tuipulotu, cut a superb line "
        "off Finn Russell's flat pass to score."
    )
    assert t["Sione Tuipulotu"][0] == "person"


def test_a_peoples_word_is_the_surname_of_one_person_with_a_known_given_name() -> None:
    # round 33 (folder 88's known leftover): "Tazmin Brits … Brits hit three fours" made her
    # bare surname the United Kingdom's people; "Monica French said" the same in LGL. "The
    # Brits in the crowd" and "a Dutch court" stay demonyms; "Royal Dutch" is no given name's.
    text = (
        "South Africa's Tazmin Brits made 23 before she was caught. Brits hit three fours. "
        "The Brits in the crowd cheered. Officer Monica French said the English economy grew. "
        "French courts were slow, French said."
    )
    spans = {(s.start, s.type) for s in recognise(text)}
    at = text.index("Brits hit")
    assert (at, "person") in spans and (at, "demonym") not in spans
    assert (text.index("Brits in"), "demonym") in spans
    assert (text.rindex("French said"), "person") in spans
    assert (text.index("English economy"), "demonym") in spans
    assert (text.index("French courts"), "demonym") in spans
    shell = "Royal Dutch announced results. A Dutch court ruled against Royal Dutch."
    assert (shell.index("Dutch court"), "demonym") in {(s.start, s.type) for s in recognise(shell)}


def test_a_hyphened_east_asian_given_name_follows_the_family_name() -> None:
    # round 33 (folder 89): "Speaker Woo Won-shik … Speaker Woo opened the session" made a
    # second person "Woo": no list knows the family name, the given name's shape tells it
    text = (
        "Speaker Woo Won-shik announced the result. Later, Speaker Woo opened the session. "
        "Jean-Pierre Bemba-Gombo spoke; Bemba-Gombo left."
    )
    people = {(s.surface, s.entity) for s in recognise(text) if s.type == "person"}
    assert ("Woo", "Woo Won-shik") in people and ("Woo", "Woo") not in people
    assert ("Bemba-Gombo", "Jean-Pierre Bemba-Gombo") in people


def test_a_given_name_that_was_a_family_name() -> None:
    # round 33 (folder 90's Ryder Cup): "Tyrrell Hatton" was Hatton, a town in Sri Lanka
    text = "It was close. Tyrrell Hatton and Justin Rose won their matches. Hatton said so."
    assert [(s.surface, s.type) for s in recognise(text) if "Hatton" in s.surface] == [
        ("Tyrrell Hatton", "person"),
        ("Hatton", "person"),
    ]


def test_an_ombudsmans_title_and_a_honduran_given_name() -> None:
    # round 33, the final check (folder 91): "Public Defender Levan Ioseliani" was the name;
    # "Rixi Moncada … Moncada, a former minister" was Moncada, Spain, twice
    text = (
        "Public Defender Levan Ioseliani said so. Rixi Moncada of the governing Libre party "
        "trailed. Moncada, a former minister, spoke."
    )
    people = [(s.surface, s.entity) for s in recognise(text) if s.type == "person"]
    assert people == [
        ("Levan Ioseliani", "Levan Ioseliani"),
        ("Rixi Moncada", "Rixi Moncada"),
        ("Moncada", "Rixi Moncada"),
    ]


def kinds(text: str) -> dict[str, str]:
    return {s.surface: s.type for s in recognise(text)}


def test_a_short_weekday_before_a_date_ends_a_bylines_name() -> None:
    # round 35, folder 96: "By Katharina Brandl in Vienna and Oliver Keane Sun 29 Sep 2024" read
    # a person "Oliver Keane Sun" ("Sun" is also a newspaper, so no calendar word alone)
    text = (
        "By Katharina Brandl in Vienna and Oliver Keane Sun 29 Sep 2024 22.47 CEST | Last "
        "modified on Mon 30 Sep 2024 08.15 CEST"
    )
    assert kinds(text).get("Oliver Keane") == "person"
    assert "Oliver Keane Sun" not in kinds(text)


def test_a_byline_after_a_standfirst_on_its_line_names_people() -> None:
    # round 35, folder 96: "Here’s what we know. By Priya Raman and Jordan MacLeod | Toronto
    # Regional News" put Jordan on the map and lost MacLeod
    text = "Here’s what we know. By Priya Raman and Jordan MacLeod | Toronto Regional News"
    assert kinds(text)["Jordan MacLeod"] == "person"
    assert "place" not in kinds(text).values()
    # (a sentence's "By" before capitals and no outlet's bar opens no byline)
    assert kinds("It flew on. By Abu Dhabi, the crew was tired.") == {"Abu Dhabi": "place"}


def test_a_match_reports_ratings_name_players() -> None:
    # round 35, folder 96: a Copa América report's ratings ("Colombia: Vargas 7; Muñoz 6, …
    # Subs: Borré 5, Carrascal 5, Uribe 5.") made organisations of Carrascal, Uribe and "De Paul"
    text = (
        "Player ratings\n\nArgentina: E. Martínez 8; Molina 6, Romero 7, L. Martínez 7, "
        "Tagliafico 6; De Paul 7, Enzo Fernández 6, Mac Allister 6; Messi 5, Álvarez 6, Di María "
        "7. Subs: N. González 7, Lo Celso 7, Paredes 7.\n\nColombia: Vargas 7; Muñoz 6, Lucumí 7, "
        "Sánchez 6, Mojica 6; Lerma 7, Ríos 6, Arias 6; J. Rodríguez 7, Córdoba 6, Luis Díaz 6. "
        "Subs: Borré 5, Carrascal 5, Uribe 5."
    )
    found = kinds(text)
    for name in ("Romero", "De Paul", "Muñoz", "Lucumí", "Córdoba", "Borré", "Carrascal", "Uribe"):
        assert found.get(name) == "person", name
    assert found["Argentina"] == found["Colombia"] == "place"


def test_a_rugby_team_sheet_with_shirt_numbers_names_players() -> None:
    # round 35, folder 98: a World Cup final's sheet ("4 Eben Etzebeth" and "17 Tamaiti
    # Williams" were organisations, "16 Dane Coles" the Danes, "Pieter-Steph du Toit" was cut)
    text = (
        "South Africa: 15 Damian Willemse; 14 Kurt-Lee Arendse, 13 Jesse Kriel, 12 Damian de "
        "Allende, 11 Cheslin Kolbe; 10 Handré Pollard, 9 Faf de Klerk; 1 Steven Kitshoff, 2 Bongi "
        "Mbonambi, 3 Frans Malherbe, 4 Eben Etzebeth, 5 Franco Mostert, 6 Siya Kolisi (capt), 7 "
        "Pieter-Steph du Toit, 8 Duane Vermeulen.\n\nReplacements: 16 Dane Coles, 17 Tamaiti "
        "Williams, 18 Nepo Laulala, 19 Sam Whitelock.\n\nTMO: Tom Foley (England)"
    )
    found = kinds(text)
    for name in ("Eben Etzebeth", "Pieter-Steph du Toit", "Damian de Allende", "Dane Coles",
                 "Tamaiti Williams"):  # fmt: skip
        assert found.get(name) == "person", name
    assert "TMO" not in found
    assert [k for k, v in found.items() if v != "person"] == ["South Africa", "England"]


def test_a_venue_named_after_a_person_is_no_mention_of_him() -> None:
    # round 35, folder 98: "at the Narendra Modi Stadium" was the prime minister, twice
    text = "India's players looked on at the Narendra Modi Stadium. Modi watched from the stand."
    assert [(s.surface, s.type) for s in recognise(text) if s.type == "person"] == [
        ("Modi", "person")
    ]


def test_a_given_name_hyphened_to_a_names_run_is_the_persons() -> None:
    # round 37 (folder 102's rugby final): "man of the match Pieter-Steph du Toit" was "Steph du
    # Toit" (Steph is on no list of given names; Pieter is); "Trump-Kim" stays two names
    text = "Marshalled by man of the match Pieter-Steph du Toit, the defence held firm."
    assert [(s.surface, s.type) for s in recognise(text)] == [("Pieter-Steph du Toit", "person")]


def test_a_place_before_a_speakers_verb_after_in_is_no_speaker() -> None:
    # round 37 (folder 102's Derna floods): "A residents' committee in Derna said" made "Derna" a
    # speaker, and "the Wadi Derna" (a wadi: no place of the gazetteer) an organisation
    text = "Two dams on the Wadi Derna burst. A residents' committee in Derna said it needed water."
    assert [(s.surface, s.type) for s in recognise(text)] == [("Derna", "place")]


def test_peerage_titles_and_a_theatres_old_name() -> None:
    # round 37 (an obituary of my own): "Countess Sophie" was one name, "the Dowager Countess"
    # an organisation, "at the Old Vic" Vic in Catalonia, "Jbel Toubkal" a person
    text = (
        "Countess Sophie opened the ward. She played the Dowager Countess in the film. He starred "
        "at the Old Vic in London. Villages around Jbel Toubkal were hit."
    )
    got = [(s.surface, s.type) for s in recognise(text)]
    assert ("Sophie", "person") in got
    assert not any("Countess" in name or name == "Vic" for name, _ in got)
    assert not any("Toubkal" in name for name, _ in got)
    assert ("London", "place") in got
    # (with "in London" after it the text above lost Vic without this rule; alone, it is the
    # rule's)
    text = "The play opened at the Old Vic on Tuesday."
    assert [(s.surface, s.type) for s in recognise(text)] == [("Old Vic", "organisation")]


def test_a_family_names_particle_before_a_states_name_is_no_bodys_word() -> None:
    # round 37: the test that pinned this ("De Paul 7" in a team's ratings) no longer did, the
    # ratings being read as a team sheet first; "Audit Scotland" reads as a body, "De Paul" not
    assert kinds("De Paul said he was tired.").get("De Paul") == "person"


def test_a_name_after_including_before_where_is_no_person() -> None:
    # round 37 (an election report of my own): "Reform UK took five seats, including Clacton,
    # where Nigel Farage won" made Clacton (no gazetteer name alone) the model's person
    text = "Reform UK took five seats, including Clacton, where Nigel Farage won."
    assert "Clacton" not in kinds(text)


def test_irish_surnames_that_speak_are_people() -> None:
    # round 37 (my own probes): "when O'Neill said" was O'Neill, Nebraska (the scan counts the
    # apostrophe's two tokens, and the speakers' rule wanted one), then the model's
    # organisation; "O'Brien said" was the model's organisation too
    text = "It ended when O'Neill said it was over. Then O'Brien said no. He flew to O'Neill, Nebraska."
    got = [(s.surface, s.type) for s in recognise(text)]
    assert got[:2] == [("O'Neill", "person"), ("O'Brien", "person")]
    assert ("O'Neill", "place") in got[2:]


def test_a_learned_name_is_no_words_start_before_its_apostrophe() -> None:
    # round 37 (folder 102's Moon landing): "China's Chang'e-7 mission" gave a person "Chang"
    text = "China's Chang'e-7 mission and Chang’e-6 probe landed. Bush's aides said."
    got = [(s.surface, s.type) for s in recognise(text)]
    assert not any(name == "Chang" for name, _ in got)
    assert ("Bush", "person") in got


def test_a_learned_name_is_no_natural_features_first_word() -> None:
    # round 49 (folder 157): "near the Philippine Trench" was an organisation "Philippine",
    # which the training news typed so; the people's word stays a demonym elsewhere
    text = "The quake struck near the Philippine Trench. The Philippine government said so."
    got = [(s.surface, s.type) for s in recognise(text)]
    assert got == [("Philippine", "demonym")], got


def test_a_speaker_after_a_sentences_but_or_then_is_a_person() -> None:
    # round 37 (my own probes): "But Rafferty said yes", "And Kowalczyk told us" found nobody:
    # a capitalised word before the speaker made it part of a run; not "The Guardian said"
    text = "It ended. But Rafferty said yes. And Kowalczyk told us. The Guardian said so."
    assert [(s.surface, s.type) for s in recognise(text)] == [
        ("Rafferty", "person"),
        ("Kowalczyk", "person"),
    ]


def test_a_results_lists_athletes_before_their_countries_are_people() -> None:
    # round 37 (tennis results of my own, as wires write them): "Paula Badosa (Spain) beat
    # 3-Coco Gauff (U.S.)" made Coco a town and lost Gauff; companies in a list stay companies
    text = (
        "Results (prefix number denotes seeding):\n1-Jannik Sinner (Italy) beat 8-Alex de Minaur "
        "(Australia) 6-3 6-2 6-1\nPaula Badosa (Spain) beat 3-Coco Gauff (U.S.) 7-5 6-4\nThe "
        "biggest carmakers are Toyota (Japan), Volkswagen (Germany) and Hyundai (South Korea)."
    )
    got = kinds(text)
    for name in ("Jannik Sinner", "Alex de Minaur", "Paula Badosa", "Coco Gauff"):
        assert got.get(name) == "person", name
    assert "Coco" not in got
    assert got["Toyota"] == got["Hyundai"] == "organisation"


def test_a_county_engineers_title_and_accountings_measures() -> None:
    # round 37 (folder 104's landfill vote and earnings report): "County Engineer Brent Ogle"
    # was a person of that name, "2024 EBITDA" an organisation, "Marshall County Schools" a
    # county and an organisation "Schools"
    text = (
        "County Engineer Brent Ogle said so. BASF expected 2024 EBITDA to fall. Marshall County "
        "Schools closed."
    )
    got = [(s.surface, s.type) for s in recognise(text)]
    assert ("Brent Ogle", "person") in got
    assert not any(name == "EBITDA" for name, _ in got)
    assert ("Marshall County Schools", "organisation") in got


def test_an_obituarys_album_and_a_research_ship() -> None:
    # round 37 (folder 104's obituary and Antarctic study): "released “Red Roses for Me”" put
    # Roses on the map; "aboard the RRS Sir David Attenborough" was an acronym and a person
    text = (
        'Nick Cave performed. The band released "Red Roses for Me" in 1984. They sailed aboard '
        "the RRS Sir David Attenborough."
    )
    got = [(s.surface, s.type) for s in recognise(text)]
    assert not any(name in ("Roses", "RRS", "David Attenborough") for name, _ in got)
    assert ("RRS Sir David Attenborough", "organisation") in got


def test_a_scorers_headings_results_name_teams_outside_their_brackets() -> None:
    # round 37 (folder 104's football round-up): under "Scorers:" the lines cleaning joins,
    # "Inter Milan 2 (Lautaro Martinez 32) Empoli 0 Atalanta 1 …", made Empoli a player, and "Napoli 1 (Romelu Lukaku
    # 63)" made Lukaku the model's organisation
    text = (
        "Serie A results. Inter Milan 2 Empoli 0. Atalanta 1 Napoli 1.\n\nScorers: Inter Milan 2 "
        "(Lautaro Martinez 32, Marcus Thuram 71) Empoli 0 Atalanta 1 (Ademola Lookman 18) "
        "Napoli 1 (Romelu Lukaku 63)"
    )
    got = [(s.surface, s.type) for s in recognise(text)]
    for name in ("Lautaro Martinez", "Ademola Lookman", "Romelu Lukaku"):
        assert (name, "person") in got, name
    assert ("Empoli", "person") not in got and ("Napoli", "person") not in got


def test_an_adjective_of_a_hyphen_and_rooted_is_no_name_word() -> None:
    # round 37, the final check (folder 103's Sri Lanka election): the headline's "Sri Lanka's
    # Marxist-rooted Dissanayake" made a second person and every bare Dissanayake ambiguous
    text = (
        "Sri Lanka's Marxist-rooted Dissanayake wins presidency. Anura Kumara Dissanayake won. "
        "Dissanayake said so."
    )
    people = {s.entity for s in recognise(text) if s.type == "person"}
    assert people == {"Anura Kumara Dissanayake"}


def test_an_obituarys_subject_takes_the_familys_bare_surname() -> None:
    # round 37 (folder 104's obituary): "Shane MacGowan … to Irish parents, Maurice and Therese
    # MacGowan … MacGowan recorded" made every bare MacGowan ambiguous; a second person named
    # twice ("Kim Jong Un" beside "Kim Yong Chol", the seed article) keeps the bare name open
    text = (
        "Shane MacGowan has died. Shane MacGowan was 65. Shane MacGowan was born in Kent to "
        "Therese MacGowan. MacGowan recorded songs. His sister, Siobhan MacGowan, survives him."
    )
    bare = [s.entity for s in recognise(text) if s.surface == "MacGowan"]
    assert bare == ["Shane MacGowan"]
    text = (
        "Kim Jong Un met Kim Yong Chol. Kim Jong Un spoke. Kim Yong Chol left. Kim Jong Un "
        "smiled. Kim said so."
    )
    assert [s.entity for s in recognise(text) if s.surface == "Kim"] == ["Kim (ambiguous)"]


def test_a_towns_name_in_a_list_of_people_is_one_more_person() -> None:
    # round 37 (folder 104's obituary): "Bono, Nick Cave, Sinead O'Connor and Johnny Depp were
    # among those who performed" put Bono, Arkansas on the map; a list of towns stays towns
    text = (
        "At the concert Bono, Nick Cave, Sinead O'Connor and Johnny Depp performed. Later Bono "
        "spoke. He flew to Bono, Arkansas, and toured Paris, Lyon and Jean Dupont's farm."
    )
    got = [(s.start, s.surface, s.type) for s in recognise(text)]
    assert [t for _, n, t in got if n == "Bono"] == ["person", "person", "place"]
    assert (got[-3][1], got[-3][2]) == ("Paris", "place")


def test_a_peoples_noun_that_is_a_given_name_heads_a_persons_name() -> None:
    # round 37 (folder 102's rugby final): "16-Dane Coles (Hurricanes)" was the Danes and lost
    # Coles; "the Dane said" stays the demonym, "the German Enlightenment" no person
    text = "Replacements: 16-Dane Coles (Hurricanes). The Dane said so. The German Enlightenment."
    got = [(s.surface, s.type) for s in recognise(text)]
    assert ("Dane Coles", "person") in got and ("Dane", "demonym") in got
    assert not any(t == "person" and "German" in n for n, t in got)


def test_a_peoples_adjective_that_is_a_given_name_after_a_title_heads_the_name() -> None:
    # round 58 (folder 208): "Finance Minister German Avila" (Germán without its accent) was the
    # demonym and "Avila"; "Chief Palestinian negotiator" and "Prime Minister German
    # Chancellor" keep the demonym
    got = [(s.surface, s.type) for s in recognise("Finance Minister German Avila said so.")]
    assert ("German Avila", "person") in got, got
    got = [
        (s.surface, s.type) for s in recognise("Chief Palestinian negotiator Saeb Erekat spoke.")
    ]
    assert ("Palestinian", "demonym") in got, got
    got = [(s.surface, s.type) for s in recognise("The German Enlightenment began in Berlin.")]
    assert ("German", "demonym") in got, got


def test_an_authors_quoted_titles_are_works() -> None:
    # round 38 (folder 105's bridge and folder 106's obituary): the lawyer "who wrote “The
    # Star-Spangled Banner”" made a person of the anthem; "three volumes of memoirs, “White
    # House Years,” “Years of Upheaval”" an organisation (House is an organisation's word)
    text = (
        'He wrote three volumes of memoirs, "White House Years," "Years of Upheaval" and "Years '
        'of Renewal." The bridge honours the lawyer who wrote "The Star-Spangled Banner" in 1814.'
    )
    assert [s.surface for s in recognise(text)] == []


def test_an_izafat_name_is_one_token() -> None:
    # the tokeniser keeps a Persian or Urdu name whole across its link ("Lashkar-e-Taiba"), as
    # it keeps an Arabic family name ("al-Sadr"), and splits a hyphened pair of names. (The
    # round 37 mutation run found no test that pinned it: later rules mend the split pieces
    # back in every whole-text test, so the tokeniser's own contract is tested here)
    from helpers.recognise.tokens import _split_compound

    assert _split_compound("Lashkar-e-Taiba") == ["Lashkar-e-Taiba"]
    assert _split_compound("Hizb-ut-Tahrir") == ["Hizb-ut-Tahrir"]
    assert _split_compound("al-Sadr") == ["al-Sadr"]
    assert _split_compound("Mercedes-Benz") == ["Mercedes", "Benz"]


def test_a_credits_name_stops_at_a_sentences_full_stop() -> None:
    # round 38 (the final check, folder 107): "Reporting by Claire Fontaine. Claire Fontaine
    # said" was one person "Claire Fontaine. Claire Fontaine" (GeoWebNews' "Neeraj Murali. The"
    # too); an initial's or a short abbreviation's full stop stays inside a name
    text = "Reporting by Claire Fontaine. Claire Fontaine said no. Reporting by John Q. Public."
    got = [s.surface for s in recognise(text)]
    assert got == ["Claire Fontaine", "Claire Fontaine", "John Q. Public"], got


def test_a_small_towns_other_name_that_opens_with_a_given_name_is_a_person() -> None:
    # round 38 (the final check, folder 107): a byline's "By Claire Fontaine in Paris" was
    # Saint-Leu-la-Forêt, whose other name it is
    got = [(s.surface, s.type) for s in recognise("Guests arrived. By Claire Fontaine in Paris")]
    assert got == [("Claire Fontaine", "person"), ("Paris", "place")], got


def test_a_given_name_with_an_accented_first_letter_is_a_given_name() -> None:
    # round 38 (the final check, folder 107): "Éric de Moulins-Beaufort" was the model's
    # organisation beside "the Bishops' Conference of France", as the given-name lists write
    # "Eric" and no "Éric" and a given name's evidence allowed no particle after it
    text = (
        "The Paris mayor, Anne Hidalgo, and the president of the Bishops' Conference of France, "
        "Éric de Moulins-Beaufort, were among the French officials present."
    )
    got = [(s.surface, s.type) for s in recognise(text)][-2]
    assert got == ("Éric de Moulins-Beaufort", "person"), got


def test_a_wards_or_an_estates_last_word_ends_no_persons_name() -> None:
    # round 39 (folder 108's count night): "Middlesbrough and Thornaby East" and "a retired
    # welder from Owton Manor" were people; Adam West stays one
    text = (
        "Reform finished second in Middlesbrough and Thornaby East. Derek Foster, a welder from "
        "Owton Manor, voted. Adam West said so."
    )
    got = [(s.surface, s.type) for s in recognise(text) if s.type == "person"]
    assert got == [("Derek Foster", "person"), ("Adam West", "person")], got


def test_a_contributor_named_with_the_town_she_wrote_from_is_a_person() -> None:
    # round 39 (folder 109's flood story): "Samar Kassaif in Benghazi contributed." was Samar,
    # a Philippine province
    text = "Magdy reported from Cairo. Samar Kassaif in Benghazi contributed."
    got = [(s.surface, s.type) for s in recognise(text)]
    assert got == [
        ("Magdy", "person"),
        ("Cairo", "place"),
        ("Samar Kassaif", "person"),
        ("Benghazi", "place"),
    ], got


def test_a_meetings_or_a_finals_plural_name_is_nobodys() -> None:
    # round 38 (the final check, folder 107) and round 39 (own texts): "two Super Bowls" and
    # "the Prefontaine Classic" were people
    text = (
        "The Chiefs are the first team to win back-to-back Super Bowls since the New England "
        "Patriots. The Prefontaine Classic drew 12,000 fans."
    )
    assert [s.surface for s in recognise(text) if s.type == "person"] == []


def test_a_name_before_a_bodys_chief_executive_is_a_persons() -> None:
    # round 39 (folder 108's submersible story): "Stockton Rush, OceanGate's chief executive,"
    # was Stockton, California, and Rush nothing
    text = "Aboard were Stockton Rush, OceanGate's chief executive, and two others. Rush died."
    got = [(s.surface, s.type) for s in recognise(text) if s.type == "person"]
    assert got == [("Stockton Rush", "person"), ("Rush", "person")], got


def test_a_flagged_ships_name_is_nobodys() -> None:
    # round 39 (folder 108's submersible story): "the Canadian-flagged Polar Prince" was a
    # person at each of its three mentions
    text = (
        "Its support ship, the Canadian-flagged Polar Prince, lost contact. Investigators "
        "examined the Polar Prince's operations."
    )
    assert [s.surface for s in recognise(text) if s.type == "person"] == []


def test_american_given_names_newer_than_the_census_lists() -> None:
    # round 39 (folder 109's NBA finals report): "Kyrie Irving, who played for Boston" was
    # Irving, Texas; "Kanye West" was Kanye, Botswana
    text = "Kyrie Irving, who played for Boston, scored 15. Kanye West released an album."
    got = [(s.surface, s.type) for s in recognise(text) if s.type == "person"]
    assert got == [("Kyrie Irving", "person"), ("Kanye West", "person")], got


def test_a_streets_compass_half_and_a_wards_lone_body_word_are_nobodys() -> None:
    # round 39 (the final check, folder 110's Toronto council story): "City Hall on Queen Street
    # West" made a person "Street West" after the title "Queen" (GeoWebNews' "Eglinton Avenue
    # West" a person too), and "Toronto Centre (Ward 13)", "(Ward 6, York Centre)" organisations
    # "Centre"
    text = (
        "TORONTO — Council met at City Hall on Queen Street West. Coun. James Pasternak (Ward 6, "
        "York Centre) and Coun. Josh Matlow (Ward 8, Eglinton-Lawrence) spoke; Toronto Centre "
        "(Ward 13) was included. Toronto voted."
    )
    got = [(s.surface, s.type) for s in recognise(text) if s.type != "place"]
    assert ("Street West", "person") not in got and ("Centre", "organisation") not in got, got


def test_a_name_ending_a_list_of_places_or_after_across_is_no_persons() -> None:
    # round 40, folder 111: "Fort Myers, Venice, Englewood and Boca Grande reported water
    # levels" was a person "Boca Grande"; a given name keeps the person, and so does a name
    # after one place only
    text = "The surge was severe. Fort Myers, Venice, Englewood and Boca Grande reported surges."
    assert typed(text).get("Boca Grande", ("",))[0] != "person"
    # (folder 112: the place before may be joined by "and" to the one before it)
    text = "Others won in Blackburn, Dewsbury and Batley, and Birmingham Perry Barr."
    assert typed(text).get("Birmingham Perry Barr", ("",))[0] != "person"
    assert typed("Water swept across Parque Vero.").get("Parque Vero", ("",))[0] != "person"
    t = typed("It hit Tampa, Orlando and Ron DeSantis. It hit Tampa and Qarlo Xanthe.")
    assert t["Ron DeSantis"][0] == "person" and t["Qarlo Xanthe"][0] == "person"


def test_a_spanish_royals_title_is_a_title() -> None:
    # round 42 (folder 120's World Cup final): "Queen Letizia and Infanta Sofía" put Infanta,
    # a Philippine town, on the map
    text = "The players lifted the trophy in front of Queen Letizia and Infanta Sofía."
    assert [(s.surface, s.type) for s in recognise(text)] == [
        ("Letizia", "person"),
        ("Sofía", "person"),
    ]


def test_a_short_weekday_before_a_date_and_an_awards_best_are_nobodys() -> None:
    # round 42: "Entertainment Reporter Mon 11 Mar 2024" made a person "Mon" (folder 121),
    # "Thu 16 Mar 2023 09.57 GMT" a person "Thu" (folder 122: "Mar" is no calendar word, a name
    # too); "makes history with Best Actor Oscar" a person whose "surname" was every "Oscar"
    text = (
        "By Aoife Kelleher, Entertainment Reporter Mon 11 Mar 2024 at 06:15\n\n"
        "Thu 16 Mar 2023 09.57 GMT\n\nThu 23 March 2023 10.02 GMT\n\n"
        "Cillian Murphy makes history with Best Actor Oscar. He won the Oscar for Best Actor."
    )
    assert [s.surface for s in recognise(text)] == ["Aoife Kelleher", "Cillian Murphy"]
    # (a person's given name stays: "Thu Nguyen spoke")
    assert [s.surface for s in recognise("Thu Nguyen spoke on Monday.")] == ["Thu Nguyen"]


def test_the_opens_links_are_no_people() -> None:
    # round 49 (folder 156): the Open's courses "Royal Portrush" and "Royal Birkdale" were
    # people, and every later "Portrush" the surname of one (the alias table's landmarks now;
    # "Royal" may open a team's name the span model reads: "Royal Challengers Bengaluru")
    text = (
        "Scottie Scheffler won the Open at Royal Portrush on Sunday. Portrush had waited six "
        "years. The championship returns to Royal Birkdale next year."
    )
    found = [(s.surface, s.type) for s in recognise(text)]
    assert ("Scottie Scheffler", "person") in found
    assert not [
        surface for surface, kind in found if kind == "person" and "Scheffler" not in surface
    ]


def test_a_persons_name_inside_a_bodys_is_the_persons_own_entity() -> None:
    # round 42's final check (folder 124's obituary): "The Ike & Tina Turner Revue" left the
    # run "Tina Turner Revue" as the entity of every "Tina Turner" and "Tina" (the report's third
    # most-mentioned person); "Dave Matthews Band" too (wikigold)
    text = (
        "Tina Turner has died. The Ike & Tina Turner Revue toured. Tina Turner sang. "
        "Later Tina left."
    )
    people = {(s.surface, s.entity) for s in recognise(text) if s.type == "person"}
    assert ("Tina Turner", "Tina Turner") in people
    assert not any("Revue" in entity for _, entity in people)


def test_a_bare_given_name_outnumbering_the_country_is_still_the_persons() -> None:
    # round 43, folder 126: Thai news names people by their given names; five bare "Pita" beside
    # three "Thailand" made Guinea (Pita's country) the article's, so "Pita" stayed the town
    text = (
        "Thailand's parliament blocked Pita Limjaroenrat from being renominated as prime "
        "minister.\n\nMembers voted 395 to 312 that Pita could not be nominated a second time. "
        "The court accepted a case alleging that Pita had breached election rules. Supporters of "
        "Pita gathered outside. The vote was a blow to Pita and to Move Forward, which won "
        "Thailand's election."
    )
    assert [sp.entity for sp in recognise(text) if sp.surface == "Pita"] == [
        "Pita Limjaroenrat"
    ] * 4
    assert "Pita" not in set(find_places(text)["surface"])


def test_round_47_names_a_country_or_a_town_spells_and_a_hyphened_given_name() -> None:
    # "Rep. Alexandria Ocasio-Cortez" was "Alexandria Ocasio" (Cortez is a given name too); a
    # second person's full name after the hyphen stays apart, and "Trump-Kim" names two people
    t = typed(
        "Sen. Bernie Sanders and Rep. Alexandria Ocasio-Cortez issued statements. "
        "Ocasio-Cortez said so."
    )
    assert t["Alexandria Ocasio-Cortez"] == ("person", "Alexandria Ocasio-Cortez"), t
    assert t["Ocasio-Cortez"] == ("person", "Alexandria Ocasio-Cortez"), t
    t = typed("It marked the John Lennon-Yoko Ono bed-in.")
    assert t.get("Yoko Ono", ("",))[0] == "person", t
    t = typed("The Trump-Kim summit stalled. Kim Jong Un left.")
    assert "Trump-Kim" not in t and t["Kim Jong Un"][0] == "person", t
    # New York's title: "Assemblymember Zohran Mamdani" was a person with the title in his name
    t = typed("It celebrated its own Assemblymember Zohran Mamdani as the next mayor.")
    assert t == {"Zohran Mamdani": ("person", "Zohran Mamdani")}, t
    # a country's other-language name that is a given name ("Dominique": Dominica in French),
    # and Mapuche given names that are Chilean towns ("Lautaro")
    t = typed("The French cardinal Dominique Mamberti stepped onto the loggia.")
    assert t.get("Dominique Mamberti", ("",))[0] == "person" and "Dominique" not in t, t
    t = typed("Lautaro Martínez, the Argentina striker, was crowded out.")
    assert t.get("Lautaro Martínez", ("",))[0] == "person" and "Lautaro" not in t, t


def test_an_officers_portfolio_is_no_part_of_the_name_after_it() -> None:
    # round 47 (folder 148's Kenyan court story; LGL's "Director of Finance David Hopkins" was
    # an organisation of that name): an officer's or a director's portfolio before a name
    t = typed("They charged Chief Officer for Finance Esther Nasimiyu Barasa and others.")
    assert t == {"Esther Nasimiyu Barasa": ("person", "Esther Nasimiyu Barasa")}, t
    t = typed("Deputy Director of Operations Stephen Kappes resigned.")
    assert t == {"Stephen Kappes": ("person", "Stephen Kappes")}, t
    # ... and a portfolio of everyday words before a name of two words no list knows
    t = typed("Director of Public Prosecutions Renson Ingonga approved the charges.")
    assert t == {"Renson Ingonga": ("person", "Renson Ingonga")}, t


def test_a_headlines_hyphened_adjective_and_a_trustee_are_no_name_words() -> None:
    # round 47: "Hard-right Kast wins" was a second person beside "José Antonio Kast", so every
    # "Kast" was ambiguous; "Trustee Dhiren Mistry" was an organisation
    t = typed("Hard-right Kast wins Chile's presidency. José Antonio Kast won. Kast spoke.")
    assert t["Kast"] == ("person", "José Antonio Kast"), t
    assert "Hard-right Kast" not in t, t
    t = typed("Trustee Dhiren Mistry said three families had lost relatives.")
    assert t == {"Dhiren Mistry": ("person", "Dhiren Mistry")}, t


def test_a_portfolio_of_two_parts_is_one_title_and_a_learned_surname_joins_its_hyphen() -> None:
    # round 48: the chunk broke at "and", so the second part of a portfolio was read as the name
    # ("Social Care Wes Streeting" an organisation, "Local Government Jayne Bryant" a person)
    t = typed("Secretary of State for Health and Social Care Wes Streeting said so.")
    assert t == {"Wes Streeting": ("person", "Wes Streeting")}, t
    t = typed("The Cabinet Secretary for Housing and Local Government Jayne Bryant agreed.")
    assert t == {"Jayne Bryant": ("person", "Jayne Bryant")}, t
    # ... and with no name after it, the portfolio names no one
    t = typed("The Minister for Children and Youth Affairs said the scheme would go ahead.")
    assert t == {}, t
    t = typed("Deputy Minister for Agrarian Policy and Food, Mrs. Olga Trofimtseva, came.")
    assert t == {"Olga Trofimtseva": ("person", "Olga Trofimtseva")}, t
    # not a second title after "and": "Secretary of State and Defense Secretary Pete Hegseth"
    t = typed("The Secretary of State and Defense Secretary Pete Hegseth met on Monday.")
    assert t == {"Pete Hegseth": ("person", "Pete Hegseth")}, t
    # a surname the model learned, hyphened after a whole name and written nowhere else, is
    # the name's ("Nkosazana Dlamini-Zuma" was "Nkosazana Dlamini" and a "Zuma")
    t = typed("Nkosazana Dlamini-Zuma spoke. Dlamini-Zuma later left.")
    assert t["Nkosazana Dlamini-Zuma"] == ("person", "Nkosazana Dlamini-Zuma"), t
    assert "Zuma" not in t, t


def test_round_48_scientists_initials_particles_grounds_and_peaks() -> None:
    # folder 151: a scientist's field before the name ("Glaciologist Matthias Huss" was an
    # organisation), a given name of two initials ("JJ Spaun" was an organisation "JJ"), Welsh
    # and Kalenjin particles ("Rhun ap Iorwerth" was "Rhun", "Daniel arap Moi" "Daniel")
    t = typed("Glaciologist Matthias Huss said the collapse was rare.")
    assert t == {"Matthias Huss": ("person", "Matthias Huss")}, t
    t = typed("His team, including Sam Burns, JJ Spaun and Ben Griffin, fought back.")
    assert t["JJ Spaun"] == ("person", "JJ Spaun") and "JJ" not in t, t
    t = typed("Plaid leader Rhun ap Iorwerth said the win was historic.")
    assert t == {"Rhun ap Iorwerth": ("person", "Rhun ap Iorwerth")}, t
    t = typed("Former President Daniel arap Moi ruled until 2002. Moi died in 2020.")
    assert t["Daniel arap Moi"] == ("person", "Daniel arap Moi"), t
    assert t["Moi"] == ("person", "Daniel arap Moi"), t
    # a sports ground, a Romansh peak and a loch are nobody ("Jomo Kenyatta Sports Ground",
    # "Piz Cengalo", "Loch Katrine" were people)
    t = typed("Crowds filed past the casket at Jomo Kenyatta Sports Ground on Saturday.")
    assert t.get("Jomo Kenyatta Sports Ground", ("",))[0] != "person", t
    t = typed("The 2017 rockfall from Piz Cengalo was a warning, and Loch Katrine froze.")
    assert all(kind != "person" for kind, _e in t.values()), t


def test_a_sentence_after_a_suffixs_full_stop_is_no_part_of_the_name() -> None:
    # round 48 (folder 152's Kerrville story): "Mayor Joe Herring Jr. Residents who spoke" and
    # "Sen. Bob Casey Jr. They met" were people with the next sentence's first word
    t = typed("He spoke alongside Mayor Joe Herring Jr. Residents who spoke were angry.")
    assert t == {"Joe Herring Jr.": ("person", "Joe Herring Jr.")}, t
    t = typed("Sen. Bob Casey Jr. They met on Monday.")
    assert t == {"Bob Casey Jr.": ("person", "Bob Casey Jr.")}, t


def test_round_48_a_town_before_its_area_a_head_of_government_and_a_somali_name() -> None:
    # folder 153: "a camp in Mir Ali, North Waziristan" was a person; "Head of Government Aziz
    # Akhannouch" an organisation; "President Hassan Sheikh Mohamud" two people
    t = typed("A suicide attack on a camp in Mir Ali, North Waziristan, killed soldiers.")
    assert "Mir Ali" not in t, t
    # (not a person with an office's place after the comma)
    t = typed("Reporters looked at John Smith, Wake County district attorney.")
    assert t["John Smith"][0] == "person", t
    t = typed("Protesters targeted Head of Government Aziz Akhannouch on Sunday.")
    assert t == {"Aziz Akhannouch": ("person", "Aziz Akhannouch")}, t
    t = typed("Somalia's President Hassan Sheikh Mohamud came.")
    assert t["Hassan Sheikh Mohamud"] == ("person", "Hassan Sheikh Mohamud"), t
    # ... while the title before a name stands ("Emir Sheikh Tamim")
    t = typed("Qatar's Emir Sheikh Tamim bin Hamad Al Thani met him.")
    assert t["Tamim bin Hamad Al Thani"][0] == "person", t


def test_round_48_a_first_word_name_and_a_streets_middle_word() -> None:
    # folder 152's Jakarta protests: every bare "Prabowo" was the police chief "Listyo Sigit
    # Prabowo", though the president "Prabowo Subianto" is named by that first word
    text = (
        "President Prabowo Subianto cut his trip short. National Police chief Listyo Sigit "
        "Prabowo apologised. Prabowo said the officers would be punished."
    )
    got = [s for s in recognise(text) if s.surface == "Prabowo"]
    assert got and got[0].entity == "Prabowo (ambiguous)", got
    # ... while a surname stays its person's where the other's family name is written alone
    t = typed("President Joe Biden spoke. Hunter Biden listened. Biden left.")
    assert t["Biden"][1] != "Hunter Biden", t
    # folder 152's Kerrville flood: "the Old Ingram Loop" read as a person took every "Ingram",
    # the town, as its surname
    t = typed("Water reached the shops of the Old Ingram Loop. In Ingram, the school closed.")
    assert t.get("Ingram", ("place",))[0] == "place", t


def test_round_48_final_check_wards_and_a_malaysian_chief_minister() -> None:
    # held folder 154: "Residents of Phu Xuan and Thuan Hoa wards" were two people in Hue, and
    # "Selangor Mentri Besar Datuk Seri Amirudin Shari" made a person "Mentri Besar"
    t = typed("Residents of Phu Xuan and Thuan Hoa wards said the water rose fast.")
    assert all(kind != "person" for kind, _e in t.values()), t
    t = typed("Residents of Phu Xuan ward said the water rose fast.")
    assert all(kind != "person" for kind, _e in t.values()), t
    t = typed("Selangor Mentri Besar Datuk Seri Amirudin Shari said the state would help.")
    assert t["Amirudin Shari"] == ("person", "Amirudin Shari") and "Mentri Besar" not in t, t
    # (two people with "and" stay people)
    t = typed("Tom Hanks and Meg Ryan said so.")
    assert t["Meg Ryan"][0] == "person", t


def test_a_given_name_hyphened_before_a_tables_surname_is_no_part_of_it() -> None:
    # round 48: "the Clinton-Trump debate" was one person "Donald Clinton-Trump" (Clinton is a
    # given name too, and the hyphen mend took it as Trump's), while "Anne-Marie Idrac" is whole
    got = [(s.surface, s.entity) for s in recognise("The Clinton-Trump debate drew viewers.")]
    assert ("Trump", "Donald Trump") in got and all("Clinton-" not in e for _s, e in got), got
    t = typed("Anne-Marie Idrac spoke.")
    assert t == {"Anne-Marie Idrac": ("person", "Anne-Marie Idrac")}, t


def test_a_given_names_two_capitalised_syllables_stay_one_word() -> None:
    # round 53 (folder 175): "Intel CEO Lip-Bu Tan" was cut at its hyphen, and neither "Lip" nor
    # "Bu Tan" was anyone; seven mentions were lost
    text = "It grew out of a meeting with Intel CEO Lip-Bu Tan this month. Tan said so."
    spans = [(s.surface, s.type, s.entity) for s in recognise(text)]
    assert ("Lip-Bu Tan", "person", "Lip-Bu Tan") in spans
    assert ("Tan", "person", "Lip-Bu Tan") in spans
    # ... while two names of more letters are two ("the Trump-Kim summit")
    assert ("Trump", "person") in [(s.surface, s.type) for s in recognise("The Trump-Kim summit.")]


def test_a_bylines_reporters_with_their_towns_are_no_headline() -> None:
    # round 53 (folder 176): "Maria Colón in Panama City and Kelvin Ho in Hong Kong" read as a
    # title-case headline (its "City" an everyday word), which lost both reporters
    text = (
        "Ports sale stalls\n\nMaria Colón in Panama City and Kelvin Ho in Hong Kong\n\n"
        "Published: 7:30pm, 28 Jul 2025"
    )
    people = [s.surface for s in recognise(text) if s.type == "person"]
    assert people == ["Maria Colón", "Kelvin Ho"]
    # ... and after the page's date and time (folder 189)
    text = (
        "Strike hits Ternopil\n\n20 November 2025 · Updated 14:05 CET Olena Kravets in Kyiv and "
        "Martin Haller in Brussels\n\nRescuers searched the rubble."
    )
    people = [s.surface for s in recognise(text) if s.type == "person"]
    assert people == ["Olena Kravets", "Martin Haller"]
    # ... and reporters before a dot and the date (folder 194: Chanda, a town in India)
    text = (
        "Burial halted\n\nChanda Mwale and Lerato Dlamini · 26 June 2025 · 6 min read\n\n"
        "Former president Edgar Lungu died in June."
    )
    people = [s.surface for s in recognise(text) if s.type == "person"]
    assert people == ["Chanda Mwale", "Lerato Dlamini", "Edgar Lungu"]
    # ... and reporters before a comma and the wire (folder 198: a title-case line lost both,
    # and Hery, a French village, went on the map)
    text = (
        "Coup leader names premier\n\nHery Rakotondrabe and Claire Fontaine, AFP\n\n"
        "Colonel Michael Randrianirina was sworn in."
    )
    people = [s.surface for s in recognise(text) if s.type == "person"]
    assert people == ["Hery Rakotondrabe", "Claire Fontaine", "Michael Randrianirina"]
    # (round 60: a name no rule of names reads, "Teuira Napa", put Napa, California on the map
    # there; the names rules had read Hery's and Claire's)
    text = "Coup leader names premier\n\nTeuira Napa and Ruta Pokino, AFP\n\nTalks began."
    people = [s.surface for s in recognise(text) if s.type == "person"]
    assert people == ["Teuira Napa", "Ruta Pokino"]
    # ... and one reporter before a dot, the outlet, a dot and the date (round 60, folder 221:
    # Napa, California went on the map)
    text = (
        "Pact strains ties\n\nTeuira Napa · The Pacific Ledger · 12 Nov 2025\n\n"
        "Prime Minister Mark Brown spoke on Monday."
    )
    people = [s.surface for s in recognise(text) if s.type == "person"]
    assert people == ["Teuira Napa", "Mark Brown"]


def test_a_name_over_a_reporters_desk_is_no_models_drop() -> None:
    # round 53 (folder 178): "Resty Woro Yuniar, Jakarta correspondent" — the model dropped the
    # reporter's name, whose words it had never seen
    text = "Protests spread\n\nResty Woro Yuniar, Jakarta correspondent\n\nPublished: 1 Sep 2025"
    assert ("Resty Woro Yuniar", "person") in [(s.surface, s.type) for s in recognise(text)]


def test_a_towns_party_member_is_nobody() -> None:
    # round 53's final check: "Rep. Gene Wu, a Houston Democrat who chairs the House Democratic
    # Caucus" made a person "Houston Democrat" (Houston a given name too; "Democratic" counted as
    # "Democrat" written alone)
    text = (
        '"We will stop it," said Rep. Gene Wu, a Houston Democrat who chairs the House Democratic '
        'Caucus. "We will do it."'
    )
    spans = [(s.surface, s.type) for s in recognise(text)]
    assert ("Houston", "place") in spans
    assert ("Houston Democrat", "person") not in spans


def test_a_double_given_name_alone_stays_one_word() -> None:
    # round 53's final check: "King Willem-Alexander is expected to visit" was a person "Willem"
    spans = [(s.surface, s.type) for s in recognise("King Willem-Alexander is expected to visit.")]
    assert spans == [("Willem-Alexander", "person")]
    # ... not before a name's next word, nor two countries' names
    text = "Members of the Paris-Henry County Rescue Squad responded to the crash."
    assert ("Paris", "place") in [(s.surface, s.type) for s in recognise(text)]
    assert ("Jordan", "place") in [
        (s.surface, s.type) for s in recognise("The Jordan-Israel border closed.")
    ]


def test_a_portuguese_double_surname_joined_by_e() -> None:
    # round 56 (folder 198): "Henrique Gouveia e Melo" was "Henrique Gouveia" and the Uruguayan
    # town Melo, and every later "Gouveia e Melo" the same
    t = typed("The retired admiral Henrique Gouveia e Melo polled 17%. Gouveia e Melo smiled.")
    assert t == {"Henrique Gouveia e Melo": ("person", "Henrique Gouveia e Melo"),
                 "Gouveia e Melo": ("person", "Henrique Gouveia e Melo")}, t  # fmt: skip


def test_a_sect_word_between_a_given_name_and_an_arabic_family_name() -> None:
    # round 56 (folder 198): "Prime Minister Mohammed Shia al-Sudani" was two people, "Mohammed"
    # and "al-Sudani", and "Al-Sudani said" an organisation; a sect's word stays no one's name
    # elsewhere ("Sunni Arab")
    t = typed("Prime Minister Mohammed Shia al-Sudani won. Al-Sudani said so.")
    assert t == {"Mohammed Shia al-Sudani": ("person", "Mohammed Shia al-Sudani"),
                 "Al-Sudani": ("person", "Mohammed Shia al-Sudani")}, t  # fmt: skip
    assert "Sunni" not in typed("Sunni Arab lawmakers walked out.")


def test_cameroons_and_madagascars_given_names() -> None:
    # round 56 (folders 197–198): "when Ahmadou Ahidjo resigned" was an organisation
    t = typed("Biya became president in 1982 when Ahmadou Ahidjo resigned.")
    assert t == {"Ahmadou Ahidjo": ("person", "Ahmadou Ahidjo")}, t
    # (and Gabon's, round 56's final check: an organisation by the span model)
    t = typed("The court, presided over by Dieudonné Aba'a Owono, has a month to rule.")
    assert t == {"Dieudonné Aba'a Owono": ("person", "Dieudonné Aba'a Owono")}, t


def test_a_burmese_than_after_a_title_opens_a_name() -> None:
    # round 57 (round 56's folder 199): "UEC Chairman Than Soe said" read no one ("Than" a
    # headline word) and "Soe said" became an organisation; a headline's "Than" stays no name
    t = typed("UEC Chairman Than Soe said the vote was fair.")
    assert t["Than Soe"] == ("person", "Than Soe"), t
    assert "Soe" not in t
    assert typed("Prices Rise Faster Than Expected In Tokyo")["Tokyo"][0] == "place"
    # ... and an Arabic "Said" (round 57's final check, held folder 207: "Interior Minister Said
    # Nouh Hassan read out the figures" read only "Hassan", whose later "Hassan said" was Hassan,
    # India)
    t = typed("Interior Minister Said Nouh Hassan read out the figures. Hassan said so.")
    assert t == {"Said Nouh Hassan": ("person", "Said Nouh Hassan"),
                 "Hassan": ("person", "Said Nouh Hassan")}, t  # fmt: skip


def test_a_plural_s_makes_the_only_singular_of_an_everyday_word() -> None:
    # round 57: "Soe" counted as everyday through "so" (its "singular"), so a photographer's
    # credit "(AP Photo/Soe Moe Naing)" lost its first word and stayed the model's organisation
    t = typed("Voters queued in Yangon on Sunday. (AP Photo/Soe Moe Naing)")
    assert t["Soe Moe Naing"] == ("person", "Soe Moe Naing"), t
    # ... and a Burmese honorific is a title ("Daw Khin Myo Nwe" kept "Daw" once it was no
    # everyday "da")
    t = typed("The candidate Daw Khin Myo Nwe said she would run.")
    assert t == {"Khin Myo Nwe": ("person", "Khin Myo Nwe")}, t
    # (a shop's name ends in "Mart", once everyday through "mar": "a PDQ Mart" was a person)
    t = typed("He drove her to a PDQ Mart in Woodbridge.")
    assert t["PDQ Mart"][0] == "organisation", t


def test_a_given_name_that_is_a_capital_before_an_unknown_surname_written_once() -> None:
    # round 57 (folder 203): "Italian hopes rest heavily on Sofia Goggia, the 2018 Olympic
    # downhill champion" put the capital of Bulgaria on the map (the surname only once); a
    # capital before an everyday word or a place stays the capital
    t = typed("Italian hopes rest heavily on Sofia Goggia, the downhill champion from Bergamo.")
    assert t["Sofia Goggia"] == ("person", "Sofia Goggia") and "Sofia" not in t, t
    assert typed("Flights to Sofia Airport resumed.").get("Sofia", ("place",))[0] == "place"


def test_a_nationality_before_an_aged_name_is_no_part_of_it() -> None:
    # round 57 (folder 203): "American Lindsey Vonn, 41, is attempting" was a person "American
    # Lindsey Vonn"
    t = typed("American Lindsey Vonn, 41, is attempting a comeback.")
    assert t == {"American": ("demonym", "American"),
                 "Lindsey Vonn": ("person", "Lindsey Vonn")}, t  # fmt: skip


def test_a_wire_writers_desk_title_before_a_name() -> None:
    # round 57 (folder 203): "AP Sports Writer Paolo Bertini in Bormio contributed" was a person
    # "Sports Writer Paolo Bertini"
    t = typed("AP Sports Writer Paolo Bertini in Bormio contributed to this report.")
    assert t["Paolo Bertini"] == ("person", "Paolo Bertini") and "Sports Writer" not in str(t), t


def test_olympic_ends_no_persons_name() -> None:
    # round 57 (folder 203): "Italy's Winter Olympic history" was a person "Winter Olympic", and
    # every later "Olympic" his surname
    t = typed(
        "A segment on Italy's Winter Olympic history drew a roar. A seven-time Olympic medalist."
    )
    assert all(kind != "person" for kind, _ in t.values()), t


def test_a_church_heads_title_and_an_offices_holder_before_a_name() -> None:
    # round 57 (folder 205): "called for Catholicos Karekin II to step down" found no one;
    # (folder 206) "after defeating incumbent Muse Bihi Abdi, has made" was an organisation
    t = typed("Pashinyan has openly called for Catholicos Karekin II to step down.")
    assert t["Karekin II"] == ("person", "Karekin II"), t
    t = typed(
        "Somaliland President Abdirahman Mohamed Abdullahi, widely known as Irro, who took office"
        " in December after defeating incumbent Muse Bihi Abdi, has made recognition the"
        " centrepiece of his foreign policy."
    )
    assert t["Muse Bihi Abdi"] == ("person", "Muse Bihi Abdi"), t


def test_gambian_given_names_and_a_registrars_title() -> None:
    # round 57's final check (held folder 207): "Essa Mbye Faal, former lead counsel" was an
    # organisation and "[Lamin Sanneh/Al Jazeera]" the Gambian town Lamin; (208) "National
    # Registrar Hernan Penagos said" an organisation
    t = typed("Essa Mbye Faal, former lead counsel of the commission, is a candidate.")
    assert t == {"Essa Mbye Faal": ("person", "Essa Mbye Faal")}, t
    t = typed("Supporters dance at a rally in Banjul on October 10 [Lamin Sanneh/Al Jazeera]")
    assert t["Lamin Sanneh"][0] == "person" and "Lamin" not in t, t
    t = typed("National Registrar Hernan Penagos said 41 million were eligible.")
    assert t == {"Hernan Penagos": ("person", "Hernan Penagos")}, t


def test_a_navys_prefix_before_a_title_and_a_name_makes_no_ship() -> None:
    # round 57's final check (held folder 207): "HMCS Commissioner General Phindile Dlamini" (His
    # Majesty's Correctional Services) was a ship; "HMS President" stays one
    t = typed("HMCS Commissioner General Phindile Dlamini did not respond. HMS President sailed.")
    assert t["Phindile Dlamini"] == ("person", "Phindile Dlamini"), t
    assert t["HMS President"][0] == "organisation", t


def test_malay_given_names_and_the_short_forms_of_muhammad_head_a_name() -> None:
    # round 59, folder 215: "Mohd Amin Liew Abdullah" lost "Mohd" after an office's title, and
    # alone was the span model's organisation
    text = (
        "Second Minister of Finance and Economy Mohd Amin Liew Abdullah warned members. "
        "Later Mohd Amin Liew Abdullah left."
    )
    people = [(s.surface, s.type) for s in recognise(text) if s.type == "person"]
    assert people == [("Mohd Amin Liew Abdullah", "person")] * 2


def test_an_elder_is_a_title_before_a_name_and_a_surname_after_one() -> None:
    # "Elder Pauloosie Veevee, 78, said" kept the title in the name
    spans = {s.surface: s.type for s in recognise("Elder Pauloosie Veevee, 78, said so.")}
    assert spans == {"Pauloosie Veevee": "person"}
    assert [s.surface for s in recognise("Larry Elder spoke on Monday.")] == ["Larry Elder"]


def test_no_ones_name_ends_in_a_number_spelled_out_or_a_lone_numeral() -> None:
    # round 62 (held folder 237): "the so-called Pillar Two rules" of the OECD's minimum tax
    # was a person three times, "its own Solvency II rules" another
    text = (
        "Bermuda matches its own Solvency II rules. The tax is Pillar Two compliant, he said. "
        "They have not passed laws implementing Pillar Two, a source of uncertainty."
    )
    assert [(s.surface, s.type) for s in recognise(text)] == [("Bermuda", "place")]
    # (kings and heirs stay people)
    text = "Henry VIII ruled England. Clayborn Shelby III testified."
    assert [s.surface for s in recognise(text) if s.type == "person"] == [
        "Henry VIII",
        "Clayborn Shelby III",
    ]


def test_a_spanish_days_name_is_no_person() -> None:
    # round 62 (held folder 238): "His Día de Muertos festival, usually held downtown" was a
    # person; "Dia Mirza" (no accent, a given name) stays one
    text = "His Día de Muertos festival was cancelled. Actress Dia Mirza starred in the film."
    assert [(s.surface, s.type) for s in recognise(text)] == [("Dia Mirza", "person")]
