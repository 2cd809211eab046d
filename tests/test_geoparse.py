"""find_places: recognition rules and resolution on short synthetic texts, and the first article."""

from __future__ import annotations

import re

import pandas as pd
import pytest
from geopy.exc import GeocoderQuotaExceeded, GeocoderUnavailable
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from helpers.gazetteer import OWN_ID_BASE, Gazetteer, GazetteerEntry
from helpers.geoparse import (
    PLACE_COLUMNS,
    STRAY_TOWN_POP,
    GeocodingSkipped,
    find_places,
    find_places_rows,
    places_frame,
)
from helpers.recognise import recognise

E = GazetteerEntry
ALEX_EG = E(10, "Alexandria", "city", "EG", "Alexandria", 31.2, 29.9, 5_000_000, "PPL")
ALEX_VA = E(11, "Alexandria", "city", "US", "Virginia", 38.8, -77.05, 160_000, "PPL")
ALEX_LA = E(12, "Alexandria", "city", "US", "Louisiana", 31.3, -92.4, 48_000, "PPL")
LOUISIANA = E(13, "Louisiana", "admin area", "US", "Louisiana", 31.0, -92.0, 4_600_000, "ADM1")
US = E(14, "United States", "country", "US", None, 39.76, -98.5, 327_000_000, "PCLI")
VN = E(15, "Vietnam", "country", "VN", None, 16.2, 107.8, 95_000_000, "PCLI")
DANANG = E(16, "Da Nang", "city", "VN", "Da Nang", 16.07, 108.22, 1_276_000, "PPL")
WASH_DC = E(17, "Washington", "city", "US", "District of Columbia", 38.9, -77.04, 689_545, "PPLC")
WASH_ST = E(18, "Washington", "admin area", "US", "Washington", 47.3, -120.5, 6_500_000, "ADM1")
POLICE = E(19, "Police", "city", "PL", "West Pomerania", 53.55, 14.57, 34_000, "PPL")
JONES = E(20, "Jones", "city", "US", "Oklahoma", 35.6, -97.3, 3_000, "PPL")
READING = E(21, "Reading", "city", "GB", "England", 51.45, -0.97, 244_000, "PPL")
CN = E(22, "China", "country", "CN", None, 35.0, 105.0, 1_400_000_000, "PCLI")
CHINESE = E(22, "China", "demonym", "CN", None, 35.0, 105.0, 1_400_000_000, "PCLI")


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.from_entries(
        [
            ALEX_EG, ALEX_VA, ALEX_LA, LOUISIANA, ("La.", LOUISIANA), US, ("U.S.", US),
            ("US", US), VN, DANANG, ("Danang", DANANG), WASH_DC, WASH_ST, POLICE, JONES,
            READING, CN, ("Chinese", CHINESE), ("March", E(23, "March", "city", "GB", None, 52.5, 0.1, 22_000, "PPL")),
        ]
    )  # fmt: skip


def surfaces(df: pd.DataFrame) -> list[str]:
    return df["surface"].tolist()


def test_columns_and_dtypes(gaz: Gazetteer) -> None:
    df = find_places("Talks in Danang, Vietnam.", gazetteer=gaz)
    assert list(df.columns) == PLACE_COLUMNS
    assert str(df["place_id"].dtype) == "Int64"
    assert df["lat"].dtype == "float64" and df["score"].dtype == "float64"
    assert df["start"].dtype == "int64"
    assert pd.api.types.is_string_dtype(df["name"]) and pd.api.types.is_string_dtype(df["why"])
    empty = find_places("", gazetteer=gaz)
    assert list(empty.columns) == PLACE_COLUMNS and len(empty) == 0
    assert str(empty["place_id"].dtype) == "Int64"


def test_offsets_point_into_text(gaz: Gazetteer) -> None:
    text = "Officials from the U.S. met in Danang, Vietnam."
    df = find_places(text, gazetteer=gaz)
    for s, e, surf in zip(df["start"], df["end"], df["surface"], strict=True):
        assert text[s:e] == surf
    assert surfaces(df) == ["U.S.", "Danang", "Vietnam"]  # the abbreviation keeps its dot
    assert df["name"].tolist()[1] == "Da Nang"


def test_case_rules(gaz: Gazetteer) -> None:
    assert surfaces(find_places("Give us a call; the police in reading.", gazetteer=gaz)) == []
    assert surfaces(find_places("Made in the US by US firms.", gazetteer=gaz)) == ["US", "US"]
    assert surfaces(find_places("They told Us nothing.", gazetteer=gaz)) == []


def test_false_positive_rules(gaz: Gazetteer) -> None:
    text = (
        "In March, Police said Jones was questioned. The Washington Post reported that "
        "President Jones and Mr. Reading left. George Washington slept here."
    )
    assert surfaces(find_places(text, gazetteer=gaz)) == []


def test_alternate_names_and_first_name_areas_need_context() -> None:
    hamm = E(50, "Hamm", "city", "DE", "North Rhine-Westphalia", 51.68, 7.82, 180_000, "PPL")
    mary = E(51, "Mary", "admin area", "TM", "Mary", 37.6, 61.8, 1_400_000, "ADM1")
    virginia = E(52, "Virginia", "admin area", "US", "Virginia", 37.5, -78.8, 8_500_000, "ADM1")
    g = Gazetteer.from_entries([hamm, ("Hamas", hamm), mary, virginia])
    text = "Hamas fired rockets. Mary told Virginia officials."
    assert surfaces(find_places(text, gazetteer=g)) == ["Virginia"]
    assert surfaces(find_places("They met in Mary and in Hamas.", gazetteer=g)) == ["Mary", "Hamas"]


def test_common_word_towns_need_context(gaz: Gazetteer) -> None:
    df = find_places("The concert was held in Reading last week.", gazetteer=gaz)
    assert surfaces(df) == ["Reading"]


def test_city_state_pattern_and_context(gaz: Gazetteer) -> None:
    df = find_places("A woman from Alexandria, Louisiana, was arrested.", gazetteer=gaz)
    assert df.iloc[0]["place_id"] == 12
    assert "Louisiana" in df.iloc[0]["why"]
    # without the state the biggest Alexandria wins ...
    assert find_places("Ships left Alexandria.", gazetteer=gaz).iloc[0]["country_code"] == "EG"
    # ... and the article's other places move it: one sense per name per article
    text = "Alexandria police said. Later, the mayor of Alexandria spoke in Louisiana."
    df = find_places(text, gazetteer=gaz)
    assert df[df["surface"] == "Alexandria"]["place_id"].tolist() == [12, 12]


def test_washington_is_the_capital_and_demonyms_resolve(gaz: Gazetteer) -> None:
    df = find_places("Chinese envoys flew to Washington.", gazetteer=gaz)
    assert df["kind"].tolist() == ["demonym", "city"]
    assert df.iloc[0]["country_code"] == "CN"
    assert df.iloc[1]["lat"] == pytest.approx(38.9)


class FakeGeocoder(Geocoder):
    """A geopy Geocoder answering from a dict, raising a given error for names listed in ``fail``."""

    def __init__(self, answers: dict[str, Location], fail: dict[str, Exception] | None = None):
        super().__init__()
        self.answers, self.fail = answers, fail or {}
        self.asked: list[str] = []

    def geocode(self, query: str, **kwargs: object) -> Location | None:
        self.asked.append(query)
        if query in self.fail:
            raise self.fail[query]
        return self.answers.get(query)


ZYX = Location("Zyxville, Ruritania", (10.0, 20.0), {"lat": 10.0, "lon": 20.0})
ZYX_OFFLINE = Location(
    "Zyxville, Ruritania",
    (10.0, 20.0),
    {"source": "offline", "place_id": 777, "kind": "admin area", "country_code": "RU"},
)


def test_geocoder_fallback_for_unknown_names(gaz: Gazetteer) -> None:
    geo = FakeGeocoder({"Zyxville": ZYX})
    df = find_places("He lives in Zyxville and works in Danang.", gazetteer=gaz, geocoder=geo)
    assert surfaces(df) == ["Zyxville", "Danang"]
    assert geo.asked == ["Zyxville"]  # names the gazetteer knows are never sent
    row = df.iloc[0]
    assert (row["lat"], row["lon"]) == (10.0, 20.0)
    # an online answer says nothing about kind, country or GeoNames id: left missing, not "city"
    assert pd.isna(row["place_id"]) and pd.isna(row["kind"]) and pd.isna(row["country_code"])
    assert "FakeGeocoder" in row["why"]


def test_geocoder_answer_fields_are_used(gaz: Gazetteer) -> None:
    geo = FakeGeocoder({"Zyxville": ZYX_OFFLINE})
    row = find_places("Flights from Zyxville resumed.", gazetteer=gaz, geocoder=geo).iloc[0]
    assert (row["place_id"], row["kind"], row["country_code"]) == (777, "admin area", "RU")


def test_unavailable_geocoder_does_not_sink_the_article(gaz: Gazetteer) -> None:
    geo = FakeGeocoder(
        {"Zyxville": ZYX, "Qwerton": ZYX},
        fail={"Plughton": GeocoderQuotaExceeded("quota"), "Zyxville": GeocoderUnavailable("down")},
    )
    text = "Trains from Plughton, from Zyxville and from Qwerton reach Danang."
    with pytest.warns(GeocodingSkipped) as caught:
        df = find_places(text, gazetteer=gaz, geocoder=geo)
    assert ["Plughton" in str(w.message) for w in caught] == [True, False]
    assert surfaces(df) == ["Danang"]  # the gazetteer's places survive
    # a quota error skips one name; an unavailable service stops asking for this article
    assert geo.asked == ["Plughton", "Zyxville"]


def test_programming_errors_in_a_geocoder_propagate(gaz: Gazetteer) -> None:
    geo = FakeGeocoder({}, fail={"Zyxville": TypeError("bug")})
    with pytest.raises(TypeError, match="bug"):
        find_places("He lives in Zyxville.", gazetteer=gaz, geocoder=geo)


def test_rows_and_frame_agree(gaz: Gazetteer) -> None:
    text = "A woman from Alexandria, Louisiana, met Chinese envoys in Danang, Vietnam."
    rows = find_places_rows(text, gazetteer=gaz)
    df = find_places(text, gazetteer=gaz)
    assert [tuple(r) for r in df.astype(object).itertuples(index=False)] == rows
    both = places_frame(rows + rows, article_id=["a"] * len(rows) + ["b"] * len(rows))
    assert list(both.columns) == ["article_id", *PLACE_COLUMNS]
    assert both["article_id"].tolist() == ["a"] * len(rows) + ["b"] * len(rows)
    assert both.drop(columns="article_id").iloc[: len(rows)].equals(df)
    with pytest.raises(ValueError):
        places_frame(rows, article_id=["a"])
    assert find_places_rows("", gazetteer=gaz) == []


def test_names_need_words_on_one_line(gaz: Gazetteer) -> None:
    # a name never runs over a paragraph break, nor starts inside a word ("iDanang")
    assert surfaces(find_places("iDanang and Danang", gazetteer=gaz)) == ["Danang"]
    assert surfaces(find_places("Alexandria.\n\nLouisiana", gazetteer=gaz)) == [
        "Alexandria",
        "Louisiana",
    ]


def test_the_articles_state_pulls_same_name_towns() -> None:
    mansfield_tx = E(30, "Mansfield", "city", "US", "Texas", 32.56, -97.14, 64_000, "PPL")
    mansfield_la = E(31, "Mansfield", "city", "US", "Louisiana", 32.04, -93.70, 5_000, "PPL")
    new_orleans = E(32, "New Orleans", "city", "US", "Louisiana", 29.95, -90.07, 390_000, "PPL")
    baton_rouge = E(33, "Baton Rouge", "city", "US", "Louisiana", 30.45, -91.15, 230_000, "PPL")
    g = Gazetteer.from_entries([mansfield_tx, mansfield_la, new_orleans, baton_rouge])
    alone = find_places("Mansfield police made an arrest.", gazetteer=g)
    assert alone["place_id"].tolist() == [30]  # the bigger town without context
    text = "Mansfield police made an arrest. He was moved from New Orleans to Baton Rouge."
    df = find_places(text, gazetteer=g)
    row = df[df["surface"] == "Mansfield"].iloc[0]
    assert row["place_id"] == 31 and "in Louisiana" in row["why"]


def test_two_ambiguous_names_that_can_lie_side_by_side() -> None:
    col_oh = E(40, "Columbus", "city", "US", "Ohio", 39.96, -83.0, 900_000, "PPL")
    col_ga = E(41, "Columbus", "city", "US", "Georgia", 32.46, -84.99, 200_000, "PPL")
    aub_wa = E(42, "Auburn", "city", "US", "Washington", 47.31, -122.23, 80_000, "PPL")
    aub_al = E(43, "Auburn", "city", "US", "Alabama", 32.61, -85.48, 65_000, "PPL")
    g = Gazetteer.from_entries([col_oh, col_ga, aub_wa, aub_al])
    assert find_places("Columbus grew.", gazetteer=g)["place_id"].tolist() == [40]
    # neither name's favourite is near the other's, but Columbus, Ga. and Auburn, Ala. are
    df = find_places("Columbus and Auburn signed the deal.", gazetteer=g)
    assert df["place_id"].tolist() == [41, 43]
    assert "Auburn, nearby" in df.iloc[0]["why"]


@pytest.mark.slow
def test_first_article(seed_raw: str) -> None:
    from helpers.clean import clean_text

    text = clean_text(seed_raw)
    df = find_places(text)
    names = set(df["name"])
    for expected in ("Washington", "Beijing", "Hanoi", "Da Nang", "Vietnam", "North Korea",
                     "Pyongyang", "United States"):  # fmt: skip
        assert expected in names, expected
    wash = df[df["surface"] == "Washington"].iloc[0]
    assert (wash["lat"], wash["lon"]) == pytest.approx((38.895, -77.036), abs=0.01)
    danang = df[df["surface"] == "Danang"].iloc[0]
    assert (danang["lat"], danang["lon"]) == pytest.approx((16.07, 108.22), abs=0.01)
    assert danang["country_code"] == "VN"
    assert df.iloc[0]["surface"] == "NoKor" and df.iloc[0]["country_code"] == "KP"  # title
    assert "U.S." in set(df["surface"])
    for absent in ("March", "April", "Washington Post", "Japan"):
        assert absent not in set(df["surface"]) and absent not in names
    post = text.index("Washington Post")
    assert not ((df["start"] <= post) & (df["end"] > post)).any()
    # "Kim Jong Un" and the bare "Kim" are a person, not the town in Gujarat; "Korea" in
    # "Workers Party of Korea" is the party's name, not South Korea
    assert "Kim" not in set(df["surface"]) and "IN" not in set(df["country_code"].dropna())
    assert "South Korea" not in names and "KR" not in set(df["country_code"].dropna())


def test_a_town_that_starts_a_persons_name_is_no_place() -> None:
    kim = E(60, "Kim", "city", "IN", "Gujarat", 21.4, 72.9, 18_638, "PPL")
    hanoi = E(61, "Hanoi", "city", "VN", "Hanoi", 21.03, 105.85, 8_000_000, "PPLC")
    airport_town = E(
        62, "Vancouver", "city", "CA", "British Columbia", 49.25, -123.1, 600_000, "PPL"
    )
    india = E(63, "India", "country", "IN", None, 22.0, 79.0, 1_350_000_000, "PCLI")
    g = Gazetteer.from_entries([kim, hanoi, airport_town, VN, india])
    # "Kim Jong Un" is a longer proper name that is no place; the bare "Kim" later in the
    # article is the same person even after "from"
    text = "An aide to Kim Jong Un arrived. He carried a letter from Kim to the talks in Hanoi."
    assert surfaces(find_places(text, gazetteer=g)) == ["Hanoi"]
    # the bare name alone, after a locative word, is still the town
    assert surfaces(find_places("He moved to Kim last year.", gazetteer=g)) == ["Kim"]
    # ... and explicit place context wins even after the person was named (a town beside its
    # country; "in" alone before a town of a country the story never names is no such context)
    text = "Kim Jong Un spoke. Floods hit farms in Kim, India."
    assert "Kim" in surfaces(find_places(text, gazetteer=g))
    # a capital, institutions and facilities after the name keep the place
    text = (
        "Hanoi Mayor Tran spoke. Flights left Vancouver International Airport and the "
        "Vancouver Police Department said the Beijing Olympics were over."
    )
    assert surfaces(find_places(text, gazetteer=g)) == ["Hanoi", "Vancouver", "Vancouver"]
    # two places side by side are no person's name, and a title-case headline says nothing
    assert surfaces(find_places("Vancouver Hanoi Flights", gazetteer=g)) == ["Vancouver", "Hanoi"]
    assert surfaces(find_places("Vancouver Joins Tax Credit Program", gazetteer=g)) == ["Vancouver"]


def test_a_place_inside_a_partys_name_is_no_place() -> None:
    kr = E(70, "South Korea", "country", "KR", None, 36.5, 127.8, 51_600_000, "PCLI")
    texas = E(71, "Texas", "admin area", "US", "Texas", 31.25, -99.25, 29_000_000, "ADM1")
    g = Gazetteer.from_entries([kr, ("Korea", kr), texas, CN])
    text = (
        "Kim Yong Chol, vice chairman of the Central Committee of the Workers Party of Korea, "
        "met a delegate of the Communist Party of China."
    )
    assert surfaces(find_places(text, gazetteer=g)) == []
    # nor is the place an institution is named "of": "University of Texas", "Bank of China"
    # are one organisation each, as news NER marks them
    text = "She studied at the University of Texas and visited Korea and the Bank of China."
    assert surfaces(find_places(text, gazetteer=g)) == ["Korea"]
    # a lower-case "party" is no organisation's name
    assert surfaces(find_places("The party of Korea fans left.", gazetteer=g)) == ["Korea"]


def test_memoised_name_work_is_per_gazetteer_and_bounded(
    gaz: Gazetteer, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pickle

    import helpers.geoparse as gp
    import helpers.geoparse.resolve.senses as senses
    import helpers.recognise.place_filter.facts as place_facts
    import helpers.recognise.place_scan as rp

    text = (
        "A woman from Alexandria, Louisiana, met Chinese envoys in Danang, Vietnam. Reading, too."
    )
    first = find_places_rows(text, gazetteer=gaz)
    assert find_places_rows(text, gazetteer=gaz) == first  # warm memos, same rows
    # another gazetteer with other senses for the same words must not see the first one's memos
    other = Gazetteer.from_entries([E(90, "Danang", "landmark", "VN", None, 10.0, 100.0, 0, None)])
    rows = find_places_rows(text, gazetteer=other)
    assert [(r[2], r[3], r[5]) for r in rows] == [("Danang", 90, "landmark")]
    # bounded memos are cleared when full and still give the same rows
    monkeypatch.setattr(rp, "_CHUNK_MEMO_MAX", 2)
    monkeypatch.setattr(senses, "_INFO_MEMO_MAX", 1)  # (read by senses._sense_infos)
    monkeypatch.setattr(place_facts, "_FACTS_MEMO_MAX", 1)  # (read by facts._mention_facts)
    monkeypatch.setattr(gp, "_WHY_MEMO_MAX", 1)
    fresh = pickle.loads(pickle.dumps(gaz))  # the same names and places, empty memos
    assert find_places_rows(text, gazetteer=fresh) == first
    memo = names = rp._memo(fresh)  # one memo per gazetteer: recognition and resolution
    assert len(names.chunks) <= 2 and len(memo.infos) <= 1
    assert len(names.facts) <= 1 and len(memo.whys) <= 1
    assert find_places_rows(text, gazetteer=gaz) == first


@pytest.mark.parametrize("km", [5.0, 149.0, 149.99, 150.01, 151.0, 400.0])
def test_near_matches_the_haversine_at_the_edge(km: float) -> None:
    import math

    import helpers.geoparse as gp
    import helpers.recognise.place_scan as rp
    from helpers.evaluate import haversine_km

    lat, lon = 47.5, 8.3  # a high latitude, where degrees of longitude are short
    bearing = math.radians(63.0)
    d = km / 6371.0
    p1 = math.radians(lat)
    p2 = math.asin(math.sin(p1) * math.cos(d) + math.cos(p1) * math.sin(d) * math.cos(bearing))
    l2 = math.radians(lon) + math.atan2(
        math.sin(bearing) * math.sin(d) * math.cos(p1), math.cos(d) - math.sin(p1) * math.sin(p2)
    )
    a = E(1, "A", "city", "CH", None, lat, lon, 1, "PPL")
    b = E(2, "B", "city", "DE", None, math.degrees(p2), math.degrees(l2), 1, "PPL")
    g = Gazetteer.from_entries([a, b])
    ia, ib = (gp._sense_infos({}, rp._scan(name, g)[0])[0] for name in ("A", "B"))
    want = 12742.0 * math.asin(
        min(1.0, math.sqrt(
            math.sin((math.radians(b.lat) - math.radians(a.lat)) / 2) ** 2
            + math.cos(math.radians(a.lat)) * math.cos(math.radians(b.lat))
            * math.sin(math.radians(b.lon - a.lon) / 2) ** 2
        ))
    ) < gp.NEAR_KM  # fmt: skip
    assert gp._near(ia, ib) == want == (haversine_km(a.lat, a.lon, b.lat, b.lon) < 150.0)


# --- the "why" texts a researcher reads (issue 11) --------------------------------------------


def test_why_texts_name_what_the_article_says() -> None:
    whys = find_places("Talks on the Korean Peninsula went on. Seoul agreed.")["why"].tolist()
    assert not any(w.rstrip().endswith("mentions") or "mentions ;" in w for w in whys)
    # the support is the article's other places in a country, not a claim it names the country
    rows = find_places("Police in Rome and Milan said.")
    assert not any("mentions Italy" in w for w in rows["why"])
    assert any("other places are in Italy" in w for w in rows["why"])
    # area names, never their codes
    rows = find_places("Floods hit Garissa and Wajir in Kenya, and Kakuma town.")
    assert not any(re.search(r"in \d+,", w) for w in rows["why"]), rows["why"].tolist()
    # a province-level city is its own area
    (why,) = find_places("A storm hit Da Nang.")["why"].tolist()
    assert "Quang Nam" not in why and why.startswith("town in Da Nang, Vietnam")


def test_a_city_state_pattern_resolves_its_own_mention_not_the_whole_article() -> None:
    text = (
        "PARIS (Reuters) - French unions marched in Paris on Monday. Lyon and Marseille were calm."
        "\nIn the United States, a fair in Paris, Texas drew crowds. Paris has a small Eiffel Tower."
        "\nBack in Paris, ministers met."
    )
    df = find_places(text)
    paris = df[df["surface"].str.upper() == "PARIS"]
    # the dateline and the French paragraphs are the capital; the pattern and the bare mention
    # after it in its paragraph are the Texas town
    assert paris["country_code"].tolist() == ["FR", "FR", "US", "US", "FR"]
    assert paris["place_id"].iloc[2] != paris["place_id"].iloc[0]
    assert "written with Texas" in paris["why"].iloc[2]
    assert "France" in paris["why"].iloc[4]
    texas = df[df["surface"] == "Texas"].iloc[0]
    assert texas["kind"] == "admin area"  # the state, not a demonym of it


def test_one_sense_per_name_stays_the_default_without_a_pattern_of_its_own() -> None:
    # the pattern is the name's evidence all article when nothing places it elsewhere ...
    df = find_places("Alexandria, La., police said. Later, Alexandria was calm.")
    assert df.loc[df["surface"] == "Alexandria", "country_code"].tolist() == ["US", "US"]
    # ... and a "City, State" only picks among one country's same-name towns
    text = "Springfield, Ohio, voted. Boston and Worcester voted too.\nSpringfield was calm."
    df = find_places(text)
    ids = df.loc[df["surface"] == "Springfield", "place_id"].tolist()
    assert len(set(ids)) == 1
    # without any pattern, every mention of a name is one place
    text = "Paris was calm. Lyon and Marseille were calm.\nParis, in Texas, was calm."
    assert find_places(text).query("surface == 'Paris'")["place_id"].nunique() == 1


def test_a_state_with_a_demonym_is_the_state() -> None:
    # "Texan" is the demonym; "Texas" itself is the state, also after a town and a comma
    assert find_places("Storms hit Texas.")["kind"].tolist() == ["admin area"]
    df = find_places("Floods hit Texas and California. Texans and a Californian fled to Austin.")
    assert df["kind"].tolist() == ["admin area", "admin area", "demonym", "demonym", "city"]
    spans = [(s.surface, s.type) for s in recognise("Storms hit Texas.")]
    assert spans == [("Texas", "place")]


# --- datelines, containers ------------------------------------------------------------------------

GE = E(80, "Georgia", "country", "GE", None, 42.0, 43.5, 3_700_000, "PCLI")
GA = E(81, "Georgia", "admin area", "US", "Georgia", 32.75, -83.5, 9_900_000, "ADM1")
TBILISI = E(82, "Tbilisi", "city", "GE", "Tbilisi", 41.69, 44.83, 1_049_498, "PPLC")
ATLANTA = E(83, "Atlanta", "city", "US", "Georgia", 33.75, -84.39, 510_823, "PPL")
LIMA = E(84, "Lima", "city", "PE", "Lima", -12.04, -77.03, 7_737_002, "PPLC")
PE = E(85, "Peru", "country", "PE", None, -10.0, -76.0, 32_000_000, "PCLI")


@pytest.fixture(scope="module")
def georgias() -> Gazetteer:
    return Gazetteer.from_entries([GE, GA, TBILISI, ATLANTA, LIMA, PE, US])


def test_the_second_name_of_a_pair_is_what_holds_the_town(georgias: Gazetteer) -> None:
    text = "He flew from Atlanta, Georgia to Tbilisi, Georgia. Georgia is small.\nGeorgia voted."
    p = find_places(text, gazetteer=georgias)
    assert p.country_code.tolist() == ["US", "US", "GE", "GE", "GE", "US"]
    assert "holds Tbilisi" in p.why.iloc[3]
    # a pair that already agrees is left as resolved
    p = find_places("ATLANTA, Georgia (Reuters) - Georgia voters went out.", gazetteer=georgias)
    assert p.country_code.tolist() == ["US", "US", "US"]


def test_a_town_in_capitals_opens_a_wire_dateline(georgias: Gazetteer) -> None:
    text = "LIMA (Reuters) - Heavy rain hit the capital on Monday."
    p = find_places(text, gazetteer=georgias)
    assert p[["surface", "name", "country_code"]].values.tolist() == [["LIMA", "Lima", "PE"]]
    assert surfaces(find_places("TBILISI, Georgia — Talks began.", gazetteer=georgias)) == [
        "TBILISI",
        "Georgia",
    ]
    # capitals elsewhere are still no town: an acronym, or a shout in the middle of a line
    assert surfaces(find_places("Rain hit LIMA on Monday.", gazetteer=georgias)) == []
    spans = recognise("LIMA (Reuters) - Heavy rain hit the capital on Monday.", gazetteer=georgias)
    assert [s.why for s in spans if s.type == "place"] == ["a gazetteer name in the dateline"]


def test_a_demonym_after_pan_names_no_country() -> None:
    assert surfaces(find_places("Trucks blocked the Pan-American Highway near Lima.")) == ["Lima"]


def test_a_memoised_chunk_reads_the_character_after_it() -> None:
    # The scan remembers each run of capitalised words with the names it keeps; whether a
    # dotted form ("La.") ending the run is a name depends on the "." after it, so both
    # readings must come out right whichever the process met first.
    louisiana = E(13, "Louisiana", "admin area", "US", "Louisiana", 31.0, -92.0, 4_600_000, "ADM1")
    g = Gazetteer.from_entries([ALEX_LA, louisiana, ("La.", louisiana)])
    dotted = "Talks in Alexandria, La. officials said."
    bare = "Talks in Alexandria, La officials said."
    for text in (dotted, bare, dotted, bare):
        want = ["Alexandria", "La."] if text == dotted else ["Alexandria"]
        assert [r[2] for r in find_places_rows(text, gazetteer=g)] == want


# --- readings seen on a new folder of articles --------------------------------------------------

SAVANNAH = E(86, "Savannah", "city", "US", "Georgia", 32.08, -81.1, 147_780, "PPL")
WASHINGTON = E(
    87, "Washington", "city", "US", "District of Columbia", 38.9, -77.04, 689_545, "PPLC"
)


def _two_georgians(*more: GazetteerEntry) -> Gazetteer:
    # the US state's demonym ranks first by population, as in the built gazetteer
    state = E(81, "Georgia", "demonym", "US", "Georgia", 32.75, -83.5, 9_900_000, "ADM1")
    country = E(80, "Georgia", "demonym", "GE", None, 42.0, 43.5, 3_700_000, "PCLI")
    return Gazetteer.from_entries(
        [
            GE,
            GA,
            TBILISI,
            ATLANTA,
            SAVANNAH,
            WASHINGTON,
            *more,
            ("Georgians", state),
            ("Georgians", country),
        ]
    )


@pytest.fixture(scope="module")
def two_georgians() -> Gazetteer:
    return _two_georgians()


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Georgians voted in Atlanta, Georgia, on Tuesday.", "US"),  # the state is named
        ("Georgians in Savannah lined up to vote.", "US"),  # a town of the state
        ("Georgians protested in Tbilisi.", "GE"),  # a town of the country
        ("Georgians met officials in Washington.", "GE"),  # in the US, not in the state
        ("Georgians are proud of their wine.", "GE"),  # no evidence: the country's
    ],
)
def test_a_demonym_of_two_places_is_the_one_the_article_is_about(
    two_georgians: Gazetteer, text: str, country: str
) -> None:
    p = find_places(text, gazetteer=two_georgians)
    assert p.loc[p["surface"] == "Georgians", "country_code"].tolist() == [country]


def test_a_country_with_places_named_keeps_its_demonym_beside_the_state() -> None:
    # both the state (Atlanta, Savannah) and the country (Tbilisi, twice) are in the story: the
    # demonym is the country's, whose places are named
    kutaisi = E(88, "Kutaisi", "city", "GE", "Imereti", 42.27, 42.7, 147_635, "PPLA")
    gaz = _two_georgians(kutaisi)
    text = (
        "Georgians from Tbilisi flew to Atlanta, Georgia. They sell wine in Savannah. "
        "Back in Kutaisi, buyers wait."
    )
    p = find_places(text, gazetteer=gaz)
    assert p.loc[p["surface"] == "Georgians", "country_code"].tolist() == ["GE"]


def test_the_uk_nations_and_the_americas_have_demonyms() -> None:
    # the alias table's demonyms of its own places (Wales, Scotland) were dropped from the index,
    # so "Welsh" was the Louisiana town and "Central American" the United States
    p = find_places("The Welsh band played in Louisiana and Texas before Central American fans.")
    got = dict(zip(p["surface"], zip(p["kind"], p["name"], strict=True), strict=True))
    assert got["Welsh"] == ("demonym", "Wales")
    assert got["Central American"] == ("demonym", "Central America")
    assert "American" not in got
    assert find_places("Scottish voters went to the polls.")["name"].tolist() == ["Scotland"]


def test_a_short_name_is_found_with_its_accents_only() -> None:
    # "Po" was Pô (Burkina Faso) in a story on the Po valley's drought; "God" was Göd, Hungary
    text = "The Po fell in Piacenza. In Tbilisi we say a guest is a gift from God."
    assert surfaces(find_places(text)) == ["Piacenza", "Tbilisi"]
    assert surfaces(find_places("Rain fell on Bogota and Sao Paulo.")) == ["Bogota", "Sao Paulo"]


def test_a_states_demonym_says_which_country() -> None:
    p = find_places("Texans and Georgians in Savannah voted.")
    assert p.loc[p["kind"] == "demonym", "why"].str.startswith("demonym of").all()
    assert "Texas, United States" in p.loc[p["surface"] == "Texans", "why"].iloc[0]


def test_an_everyday_word_at_a_sentence_start_is_no_small_town() -> None:
    # "Ballots" is a French village; at a sentence's start its capital says nothing
    assert surfaces(find_places("Ballots were counted in Atlanta on Tuesday.")) == ["Atlanta"]
    # ... while a place word with place context stands
    assert "Split" in surfaces(find_places("They sailed to Split. Split is lovely."))


def test_the_doers_of_an_everyday_word_open_a_sentence_or_a_list_item() -> None:
    # "fishers" is outside the model's vocabulary, "fish" is not: Fishers, Indiana was on a
    # Tierra del Fuego story's map, from its "Key ideas" box
    text = (
        "Fish farms were banned in Ushuaia.\n\n- Fishers and scientists say the channel is shared."
    )
    assert surfaces(find_places(text)) == ["Ushuaia"]
    assert surfaces(find_places(text.replace("\n\n- ", " "))) == ["Ushuaia"]
    # ... while a town written mid-sentence stands
    assert "Fishers" in surfaces(find_places("The mayor of Fishers spoke on Monday."))


def test_weather_patterns_and_open_grounds_are_no_places() -> None:
    assert surfaces(find_places("El Niño brought rain to Lima.")) == ["Lima"]
    spans = recognise("El Niño brought rain. Crowds gathered at Ramlila Maidan in New Delhi.")
    assert [(s.surface, s.type) for s in spans] == [("New Delhi", "place")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a feature's name is no place of the country or town it starts with ...
        ("Oil fouled creeks in the Niger Delta near Port Harcourt.", ["Port Harcourt"]),
        # ... nor of the word that ends it ("Lakes" is a South Sudanese state, "Highlands" a US
        # town, "Oriental" a Moroccan region)
        ("At the Menindee Lakes on the Darling River, levels fell.", []),
        ("Violence flared in the Central Highlands of Papua.", ["Papua"]),
        # (the range itself is a place since the ranges of Mexico are in the aliases)
        (
            "Migrants crossed the Sierra Madre Oriental into Texas.",
            ["Sierra Madre Oriental", "Texas"],
        ),
        # every natural feature word of the names' list, not only a few ("Mayon" was Megion)
        ("Ash from Mayon Volcano fell on Legazpi City.", ["Legazpi City"]),
        ("Campers left Glenrock Lagoon in Australia.", ["Australia"]),
        # a water named "<word> of <place>" is the water's (the gazetteer's own, or no place)
        ("Pirates attacked ships in the Gulf of Guinea.", ["Gulf of Guinea"]),
        # (round 50, folder 159: gulfs, bays and passes the towns file lacks found nothing)
        (
            "A boat capsized in Ha Long Bay before the storm reached the Gulf of Tonkin.",
            ["Ha Long Bay", "Gulf of Tonkin"],
        ),
        ("Militants stopped the train near the Bolan Pass.", ["Bolan Pass"]),
        # (folders 160, 161: regions and a square the towns file lacks)
        (
            "Floods swept the Moreton Bay region and Bribie Island.",
            ["Moreton Bay", "Bribie Island"],
        ),
        ("Protesters gathered in Gezi Park.", ["Gezi Park"]),
        # (round 51: a crossing, towns and a base the towns file lacks; "Kerem Shalom" was a
        # person)
        ("Aid trucks entered through Kerem Shalom on Sunday.", ["Kerem Shalom"]),
        (
            "The blast at Pashamylaram in Sangareddy district killed 46.",
            ["Pashamylaram", "Sangareddy"],
        ),
        ("Vance spoke at Pituffik Space Base.", ["Pituffik Space Base"]),
        # (folder 165: the middle of a list after "in" is in it, alternate names too)
        (
            "Crowds gathered in Athens, Patras and Heraklion on Crete.",
            ["Athens", "Patras", "Heraklion", "Crete"],
        ),
        ("Crowds gathered in Athens, Patras said.", ["Athens"]),
        # (folders 163, 165: Lima's districts, one of them San Juan, Puerto Rico, and Athens's
        # square)
        (
            "Protests spread to San Juan de Lurigancho and Chorrillos in Lima.",
            ["San Juan de Lurigancho", "Chorrillos", "Lima"],
        ),
        ("Crowds filled Syntagma Square.", ["Syntagma Square"]),
        # (folder 168: a town's office or its outskirts before "of" place an alternate name)
        ("He made his name as mayor of Seongnam.", ["Seongnam"]),
        ("Fires reached the outskirts of Patras.", ["Patras"]),
        # (folders 167, 168: regions, a bay and a partido the gazetteer lacked)
        ("Tourists filled the Algarve and the Alentejo.", ["Algarve", "Alentejo"]),
        ("He grew up in Andong, in North Gyeongsang province.", ["Andong", "North Gyeongsang"]),
        ("Ships crossed Osaka Bay.", ["Osaka Bay"]),
        # (folder 164: rivers and a firth the aliases lacked found nothing)
        ("The Monongahela River flooded.", ["Monongahela River"]),
        ("It crossed the Firth of Forth.", ["Firth of Forth"]),
        # (a valley's name is no Honduran department: folder 164's Etna)
        ("The lava did not extend beyond the Valle del Leone, above Catania.", ["Catania"]),
        ("Floods hit Valle del Cauca, Colombia.", ["Valle del Cauca", "Colombia"]),
        ("Oil rigs stood in the Bay of Campeche.", []),
        # the Arabic article of a name is no Alabama; a name after initials is a person's
        ("Yasir Al-Rumayyan watched in Riyadh.", ["Riyadh"]),
        ("In Hsinchu, C.C. Wei said demand was strong. Wei said more.", ["Hsinchu"]),
        # a small town named like a person, before another name, is a person's name; a part
        # of a hyphenated name is no small town of its own
        ("Five minutes later Bruno Guimarães won the ball back in Newcastle.", ["Newcastle"]),
        ("Mercedes-Benz sales rose in Stuttgart.", ["Stuttgart"]),
        ("Trains between Tokyo and Shin-Aomori stopped.", ["Tokyo", "Aomori"]),
        ("Guinea-Bissau and Winston-Salem stay whole.", ["Guinea-Bissau", "Winston-Salem"]),
        # (and a possessive inside a place's own name is the name's: the Bangladeshi city)
        ("Refugees in Cox's Bazar waited for rations.", ["Cox's Bazar"]),
        # a model's name is no place; sport and everyday words need context
        ("Rebels carried the AK-47 into Caracas.", ["Caracas"]),
        # a short form defined in brackets is the name's, unless the name is the place
        ("Officials from Athletics Kenya (AK) met in Nairobi.", ["Kenya", "Nairobi"]),
        ("Envoys of the United States (US) met.", ["United States", "US"]),
        ("Delegates from Alaska (AK) met.", ["Alaska", "AK"]),
        # an ocean's name is the ocean, no US town, without place context ("Pacific, Missouri"
        # keeps the town)
        ("Storms formed in the eastern Pacific, far from Washington.", ["Pacific", "Washington"]),
        ("Trains stopped in Pacific, Missouri.", ["Pacific", "Missouri"]),
        # a small town named by a word news writes in lower case needs place context
        ("Reserve champion honors went to a girl from Lubbock.", ["Lubbock"]),
        ("The Board of Control for Cricket confirmed it in India.", ["India"]),
        # (and "in India" goes on the body's formal name: one organisation, no place)
        ("The Board of Control for Cricket in India confirmed it.", []),
        ("He lives in Reserve, New Mexico.", ["Reserve", "New Mexico"]),
        # a model's name with a full stop; the water named "Firth of …"
        ("The Volkswagen ID.4 sold well in Oslo.", ["Oslo"]),
        # (round 51: the firth is in the aliases now, as the gulfs and bays are; no town Clyde)
        ("Trials ran on the Firth of Clyde near Glasgow.", ["Firth of Clyde", "Glasgow"]),
        # a given name is no small town without place context
        ("The followers of Jesus were first called Christians in Antioch.", ["Antioch"]),
        # "to" ends one sentence, so the next one's "As" has no place context
        ("He did not need to. As the champion stood in Eldoret, he smiled.", ["Eldoret"]),
        ("The Olympic champion said the Economy of Kenya needs runners.", ["Kenya"]),
        # the big islands are places of their own
        ("A typhoon crossed the sea toward Luzon.", ["Luzon"]),
        ("Polls opened across Java and Sumatra.", ["Java", "Sumatra"]),
    ],
)
def test_names_seen_as_places_on_a_new_folder(text: str, expected: list[str]) -> None:
    assert surfaces(find_places(text)) == expected


def test_the_big_islands_lie_in_their_country() -> None:
    p = find_places("Polls opened across Java and Sumatra.")
    assert p["country_code"].tolist() == ["ID", "ID"] and p["kind"].eq("region").all()


def test_a_name_read_as_a_person_is_still_the_place_where_the_text_says_so() -> None:
    # one reading per name, unless the text gives evidence for each: "in Paris" is the city
    text = "Paris Hilton flew home. She later stayed in Paris for a week."
    assert surfaces(find_places(text)) == ["Paris"]
    assert find_places(text)["start"].tolist() == [text.index("in Paris") + 3]
    # without such context the person's name keeps its reading all article
    assert surfaces(find_places("Mayor Lincoln spoke. Lincoln left early.")) == []


def test_a_stray_alternate_name_is_no_foreign_town() -> None:
    """A name that is a town only under an alternate name, in a country none of the article's
    other places lies in, is a local place the gazetteer lacks ("Kurla" in Mumbai was Korla,
    China); the same town beside its own country's places stays."""
    mumbai = "Police in Kurla, near Mumbai, India, said trains to Thane and Pune stopped."
    got = find_places(mumbai)
    assert "Kurla" not in set(got["surface"]) and set(got["country_code"]) == {"IN"}
    # an alternate name with the place's own country named keeps the place
    xinjiang = "Trucks arrived in Kurla from Urumqi and Kashgar in Xinjiang, China."
    assert "Kurla" in set(find_places(xinjiang)["surface"])


def test_a_small_town_alone_in_a_foreign_country_is_a_stray() -> None:
    """A village or small town (under STRAY_TOWN_POP) in a country none of the article's other
    places lies in, never written with a place's own context, is a local place the gazetteer
    lacks: "in Chila" in a Peruvian story was Chila, Mexico."""
    peru = "Protesters in Chila blocked the road from Cusco to Arequipa, Peru, on Monday."
    got = find_places(peru)
    assert "Chila" not in set(got["surface"]) and set(got["country_code"]) == {"PE"}
    # written with its own country, it is that town
    assert "Chila" in set(find_places(peru.replace("in Chila", "in Chila, Mexico,"))["surface"])
    # two such towns in one foreign country do not vouch for each other
    text = "Protesters in Chila and Pueblo Nuevo blocked roads from Cusco to Arequipa, Peru."
    assert set(find_places(text)["country_code"]) == {"PE"}
    assert STRAY_TOWN_POP == 5_000


def test_a_place_after_a_romance_article_inside_a_name_is_the_names() -> None:
    """ "del", "do", "de la" after a capitalised word make the capitalised word after them that
    name's tail: "Defensoría del Pueblo" was Puebla, Mexico; "Banco do Brasil" was Brazil."""
    assert surfaces(find_places("The Defensoria del Pueblo counted 200 protests.")) == []
    assert surfaces(find_places("A sale of the Banco do Brasil stake.")) == []
    assert surfaces(find_places("Banco de la Nacion opened in Lima.")) == ["Lima"]
    # a whole name stays whole, and a place after a lower-case word stays a place
    assert surfaces(find_places("He flew from Ciudad del Este to Sao Paulo.")) == [
        "Ciudad del Este",
        "Sao Paulo",
    ]
    assert surfaces(find_places("Tourists fled del Pueblo, Colorado.")) == ["Pueblo", "Colorado"]


def test_a_country_is_not_its_capitals_alternate_name() -> None:
    """GeoNames lists "Mexico" as another name of Mexico City: beside a "MEXICO CITY" dateline the
    city's support from the article's places outscored the country itself."""
    text = (
        "MEXICO CITY (AP) Mexico's Senate has passed a resolution. Officials said Mexico should "
        "send troops to the U.S. border."
    )
    got = find_places(text)
    assert list(got[got["surface"] == "Mexico"]["kind"]) == ["country", "country"]
    assert list(got[got["surface"] == "MEXICO CITY"]["kind"]) == ["city"]


def test_mountain_ranges_plains_and_islands_are_regions() -> None:
    """Not the towns named after them: "Andes" was a Colombian town, "Pampas" a Peruvian one,
    "Samar" (a Philippine island) a Ukrainian one."""
    got = find_places("Glaciers in the Andes and the Pampas are shrinking.")
    assert list(zip(got["surface"], got["kind"], strict=True)) == [
        ("Andes", "region"),
        ("Pampas", "region"),
    ]
    got = find_places("The typhoon hit Samar before reaching Luzon.")
    assert list(zip(got["surface"], got["country_code"], strict=True)) == [
        ("Samar", "PH"),
        ("Luzon", "PH"),
    ]


def test_a_bare_wire_dateline_is_the_best_known_town() -> None:
    """ "FRANKFURT (Reuters)" is Frankfurt am Main: the article's "Berlin" had pulled it to
    Frankfurt (Oder), 80 km away."""
    text = (
        "FRANKFURT (Reuters) - UniCredit agreed to buy Commerzbank. Jobs in Frankfurt and Berlin."
    )
    got = find_places(text)
    assert set(got.loc[got["surface"].str.upper() == "FRANKFURT", "name"]) == {"Frankfurt am Main"}


def test_a_territory_does_not_take_its_sovereigns_demonym() -> None:
    """ "Chinese" is China's even where the article names Hong Kong (which countryinfo also
    gives the demonym "Chinese")."""
    got = find_places("Chinese owners of the mine, listed in Hong Kong, said Chinese demand rose.")
    assert set(got.loc[got["surface"] == "Chinese", "country_code"]) == {"CN"}


def test_canadian_provinces_as_the_wires_abbreviate_them() -> None:
    """ "B.C.", "BC", "N.S." … are British Columbia, Nova Scotia …, but not after a number."""
    got = find_places("HALIFAX, N.S. (CP) — Wildfires burned across BC this summer.")
    assert list(zip(got["surface"], got["name"], strict=True)) == [
        ("HALIFAX", "Halifax"),
        ("N.S.", "Nova Scotia"),
        ("BC", "British Columbia"),
    ]
    assert surfaces(find_places("The city was founded in 300 BC by settlers.")) == []


def test_a_name_the_text_frames_by_its_kind_is_a_place_of_that_kind() -> None:
    """ "the country of Georgia" in a story about the US state is the country at that mention
    (the name's other mentions keep the state); "the state of Washington" is the state beside
    the capital; "the city of Valencia" places a name that is also a given name."""
    text = "The Georgia Senate met in Atlanta. Reed went to the country of Georgia last year."
    got = find_places(text)
    assert list(zip(got["surface"], got["country_code"], strict=True)) == [
        ("Georgia", "US"),
        ("Atlanta", "US"),
        ("Georgia", "GE"),
    ]
    assert got["why"].iloc[-1].endswith("written as a country")
    got = find_places("Officials in the state of Washington and in Washington met.")
    assert list(got["kind"]) == ["admin area", "city"]
    got = find_places("Floods hit the city of Valencia in Spain.")
    assert list(zip(got["surface"], got["country_code"], strict=True)) == [
        ("Valencia", "ES"),
        ("Spain", "ES"),
    ]
    # a capitalised frame is a name's ("State of Law coalition"), not a kind of place
    assert surfaces(find_places("Maliki's State of Law coalition won.")) == []
    # with no sense of that kind in the name's own country, the frame's sense lies where the
    # article's other places do: "the colonial town of Antigua" in a Guatemalan story was
    # Antigua in the Canary Islands (the name's own sense is the Caribbean country)
    text = (
        "Protesters marched in Guatemala City and Quetzaltenango. In the colonial town of "
        "Antigua, shops closed."
    )
    assert find_places(text).country_code.iloc[-1] == "GT"
    # ... but not in a country the article never names: "the village of Tempi, in the Thessaly
    # region of central Greece" was Tempe, Arizona (folder 70); the vale of that name stays
    text = "Crews searched near the village of Tempi, in the Thessaly region of central Greece."
    assert find_places(text).country_code.tolist() == ["GR", "GR", "GR"]


def test_a_megacitys_neighbourhood_is_no_evidence_for_a_small_namesake() -> None:
    # (folder 70) a Seoul story's "uprising in the southwestern city of Gwangju" was the Gyeonggi
    # town of 80,000 near Seoul, not the city of 1.4 million
    got = find_places(
        "Troops entered the National Assembly in Seoul. They crushed an uprising in Gwangju."
    )
    assert got.loc[got.surface == "Gwangju", "lat"].round().tolist() == [35.0]
    # ... nor a capital of three million's (round 53, folder 177: a Berlin story's "Frankfurt's DAX
    # index" was Frankfurt an der Oder, 57,000 people 80 km from Berlin, not Frankfurt am Main)
    got = find_places("Merz won the vote in Berlin. Frankfurt's DAX index slipped 1%.")
    assert got.loc[got.surface == "Frankfurt", "name"].tolist() == ["Frankfurt am Main"]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("She flew in from Victoria, the Seychelles capital, via Dubai.", "SC"),
        ("He flew to Victoria, the capital of the Seychelles.", "SC"),
        ("Protests in Juba, the South Sudanese capital, grew.", "SS"),
    ],
)
def test_an_apposition_that_names_the_country_places_the_town(text: str, country: str) -> None:
    # "Victoria, the Seychelles capital" was Victoria, Australia
    found = find_places(text)
    assert found.loc[found.surface.isin(["Victoria", "Juba"]), "country_code"].tolist() == [country]
    # without the apposition the prior decides
    assert find_places("She flew in from Victoria via Dubai.").country_code.iloc[0] != "SC"


def test_a_province_named_like_a_towns_alternate_name_is_the_province() -> None:
    # "Cagayan and Apayao provinces" was Mapun, a town whose alternate name is Cagayan
    found = find_places("Flooding hit Cagayan and Apayao provinces. Cagayan officials said.")
    assert found.kind.tolist() == ["admin area"] * 3
    assert found.name.tolist() == ["Cagayan", "Apayao", "Cagayan"]


def test_a_town_named_in_two_languages_is_found_by_either_name() -> None:
    # GeoNames names it "Donostia / San Sebastián": "San Sebastian" was Puerto Rico's
    row = find_places("The talks were held in San Sebastian on Monday.").iloc[0]
    assert (row["name"], row["country_code"]) == ("Donostia / San Sebastián", "ES")


def test_a_list_of_countries_is_no_town_and_its_country() -> None:
    # "Cuba, Colombia, Brazil and Honduras" read "Colombia, Brazil" as Colômbia, a town in
    # Brazil; "meddling in Arab countries" was Arab, Alabama; "a supermajority in Congress"
    # Congress, Arizona (1,975 people)
    rows = find_places(
        "Leaders of Cuba, Colombia, Brazil and Honduras called. Iran was accused of meddling "
        "in Arab countries. Her coalition has a supermajority in Congress. He lives in Lebanon, "
        "Pennsylvania."
    )
    got = dict(zip(rows.surface, rows.country_code, strict=True))
    assert got["Colombia"] == "CO" and got["Lebanon"] == "US"
    assert "Arab" not in got and "Congress" not in got


def test_rivers_lakes_and_mountains_news_names_are_places() -> None:
    # the Kakhovka dam's "Dnipro River" and Bengaluru's "Cauvery" were found as nothing; the
    # "Great Salt Lake" was Salt Lake City's other name; "Limpopo" alone stays the province
    rows = find_places(
        "Floods surged down the Dnipro River after the dam burst. Bengaluru draws water from the "
        "Cauvery. The Danube and the Nile rose, the size of the Great Salt Lake. Climbers on "
        "Everest. Farmers in Limpopo, South Africa, waited."
    )
    got = dict(zip(rows.surface, zip(rows.name, rows.country_code, strict=True), strict=True))
    assert got["Dnipro River"] == ("Dnipro River", "UA") and got["Cauvery"][1] == "IN"
    assert {"Danube", "Nile", "Great Salt Lake", "Everest"} <= set(got)
    assert got["Great Salt Lake"][0] == "Great Salt Lake"
    assert got["Limpopo"][1] == "ZA"
    # "In Marietta, on the Ohio River, … said" made Ohio an organisation that speaks
    rows = find_places("In Marietta, on the Ohio River, a retired steelworker said no.")
    assert list(rows.surface) == ["Marietta", "Ohio River"]


def test_a_world_city_keeps_its_name_against_a_small_namesake() -> None:
    # a T20 World Cup story played in the West Indies and the United States put "the streets of
    # Delhi" at Delhi, New York (3,000 people), pulled there by New York, Florida and Texas;
    # a small town its own context names stays the town
    text = (
        "India beat Pakistan at a temporary stadium in Nassau County on Long Island, New York, "
        "after matches in Florida were washed out and the co-hosts began in Texas. In India, "
        "fans poured onto Marine Drive in Mumbai and danced in the streets of Delhi after "
        "midnight."
    )
    rows = find_places(text)
    got = dict(zip(rows.surface, rows.country_code, strict=True))
    assert got["Delhi"] == "IN" and got["Florida"] == "US"
    assert rows.name[rows.surface == "Florida"].iloc[0] == "Florida"  # the state, no NY town
    rows = find_places("The fair opened in Delhi, N.Y., a village in Delaware County, New York.")
    assert rows.country_code.iloc[0] == "US"


def test_a_list_of_places_lies_together() -> None:
    # an Irish tax story that names Apple's Cupertino, California, put "homes in Dublin, Galway
    # and Limerick" at Dublin, California, and Limerick at San Ramon, California (whose other
    # name it is): a list's places lie mostly in one country; none where no country has most
    text = (
        "Apple, based in Cupertino, California, fought the case. 'It should build homes in "
        "Dublin, Galway and Limerick,' said a lawmaker. Ireland will appeal."
    )
    rows = find_places(text)
    got = dict(zip(rows.surface, rows.country_code, strict=True))
    assert got["Dublin"] == got["Limerick"] == "IE" and got["Cupertino"] == "US"
    assert "listed with places in Ireland" in rows.why.iloc[2]
    rows = find_places("Flights to Paris, London and New York were cancelled.")
    assert list(rows.country_code) == ["FR", "GB", "US"]
    # a state's name before another state is a list's first item, no "Town, State" pair: a
    # Baltimore bridge story's "ports in Virginia, New Jersey and Georgia", among Central
    # American countries, put Georgia in the Caucasus
    text = (
        "Workers from Mexico, Guatemala, Honduras and El Salvador died. Ships went to ports in "
        "Virginia, New Jersey and Georgia."
    )
    assert find_places(text).country_code.iloc[-1] == "US"


def test_islands_news_names_alone() -> None:
    # a T20 World Cup story's "Tarouba, Trinidad" was Trinidad, Uruguay, and "Nassau County on
    # Long Island" Long Island City (GeoNames' towns file holds neither island)
    rows = find_places(
        "India beat Afghanistan in Tarouba, Trinidad, then Pakistan in Nassau County on Long "
        "Island."
    )
    got = dict(zip(rows.surface, zip(rows.name, rows.country_code, strict=True), strict=True))
    assert got["Trinidad"] == ("Trinidad", "TT") and got["Long Island"] == ("Long Island", "US")
    # and "the French Riviera" of a Cannes story was Riviera Beach, Florida
    rows = find_places("The festival, held on the French Riviera, ended. Nice is on the Riviera.")
    assert list(zip(rows.name, rows.country_code, strict=True)) == [("French Riviera", "FR")] * 2


def test_a_days_name_is_no_town() -> None:
    # an Ohio story's "told a Lincoln Day dinner in Seneca County" put Lincoln on the map
    rows = find_places("He told a Lincoln Day dinner in Seneca County. Flights to Lincoln resumed.")
    assert list(rows.surface) == ["Seneca County", "Lincoln"]
    # ... and LGL's "the Lincoln Day Dinner" then became a person
    spans = recognise("The governor spoke at the Lincoln Day Dinner.")
    assert not [s for s in spans if s.type != "place"]


def test_an_era_and_a_beach_are_no_places() -> None:
    # a Herculaneum story's "the first century B.C." was British Columbia; a hurricane story's
    # "along Playa Condesa and Playa Icacos" two people
    text = (
        "A poet who lived in the first century B.C. wrote it; Caesar died in 44 BC. Palms "
        "snapped along Playa Condesa. Wildfires hit B.C. in August."
    )
    assert list(find_places(text).surface) == ["B.C."]
    assert not [s for s in recognise(text) if s.type == "person"]


def test_a_demonym_opening_a_rivers_name_is_no_mention_of_its_country() -> None:
    # a Helene story's "the French Broad River flooded" put France on the map twice
    rows = find_places("In Marshall, the French Broad River flooded. French troops left.")
    assert list(rows.surface) == ["Marshall", "French"]


def test_a_titles_word_is_no_town() -> None:
    # a Benin bronzes story's "the Oba of Benin" and "a bronze head of an Oba" were Oba, a town
    # in Turkey; "Oba Ewuare II" is a person
    text = "A brother of the Oba of Benin attended. Aberdeen returned a head of an Oba."
    assert list(find_places(text).surface) == ["Benin", "Aberdeen"]
    assert [(s.surface, s.type) for s in recognise("Oba Ewuare II thanked them.")] == [
        ("Ewuare II", "person")
    ]


def test_a_works_quoted_title_names_no_place() -> None:
    # a Cannes story put Sean Baker's "Anora" at Añora, Spain, four times, and his films
    # "Tangerine" and "The Florida Project" in Tangerine and Florida; a quoted slogan or speech
    # keeps its places
    rows = find_places(
        "Sean Baker’s “Anora” won the Palme d’Or in Cannes. Baker made films such as "
        "“Tangerine,” shot in Los Angeles, and “The Florida Project,” set near Orlando. "
        "Anora opens in May. Crowds chanted “Death to America.” “Kyiv is calm,” she said."
    )
    assert sorted(set(rows.surface)) == ["America", "Cannes", "Kyiv", "Los Angeles", "Orlando"]


def test_a_works_quoted_title_is_no_ones_name() -> None:
    # (folder 69) "the poem that became “The Star-Spangled Banner”" was a person; a novel's
    # "Florentin" (wikigold) too. A person a title names inside a quoted title stays one.
    text = (
        'Key wrote the poem that became "The Star-Spangled Banner" in 1814. In 1801 her novel '
        '"Florentin" was published. She starred in the film “The Devil Wears Prada” with '
        "Meryl Streep."
    )
    assert [(s.surface, s.type) for s in recognise(text)] == [("Meryl Streep", "person")]


def test_a_directors_list_of_films_and_a_premiere_name_no_place() -> None:
    # a Cannes story's "directed “Age of Panic,” “In Bed With Victoria” and “Sibyl”" put Victoria,
    # Australia on the map (the list's comma stood inside the quotes), and "the premiere of
    # “Indiana Jones and the Dial of Destiny”" Indiana (seven words, and no cue before it)
    rows = find_places(
        'Harrison Ford attended the premiere of "Indiana Jones and the Dial of Destiny." Triet '
        'previously directed "Age of Panic," "In Bed With Victoria" and "Sibyl." She lives in '
        "Paris."
    )
    assert rows.surface.tolist() == ["Paris"]


def test_a_country_whose_people_the_article_names_is_the_country() -> None:
    # a Harry Belafonte obituary put "living with relatives in Jamaica" in Jamaica, Queens,
    # pulled by Harlem and Manhattan, though it named his "Jamaican-born mother" (folder 40)
    rows = find_places(
        "Belafonte was born in Harlem, New York, to a Jamaican-born mother. He spent part of "
        "his childhood with relatives in Jamaica. He later lived in Manhattan."
    )
    got = rows[rows.surface == "Jamaica"]
    assert got.country_code.tolist() == ["JM"] and got.kind.tolist() == ["country"]
    assert "people of Jamaica" in got.why.iloc[0]


def test_stadiums_news_names_alone_stand_for_their_cities() -> None:
    # "won at Eden Park" was a suburb in Victoria, Australia; "the Emirates Stadium" the
    # Emirates; "the Santiago Bernabéu" Santiago, Chile
    rows = find_places(
        "The Blues won at Eden Park. Arsenal lost at the Emirates Stadium, then at the Santiago "
        "Bernabéu and Anfield."
    )
    got = dict(zip(rows.surface, zip(rows.country_code, rows.place_id, strict=True), strict=True))
    assert got["Eden Park"] == ("NZ", 2193733)  # Auckland's id, at the ground's own point
    assert got["Emirates Stadium"][0] == "GB" and "Emirates" not in got
    assert got["Santiago Bernabéu"][0] == "ES" and "Santiago" not in got
    assert got["Anfield"] == ("GB", 2644210)


def test_a_town_after_an_acronym_is_the_bodys_campus_and_the_place() -> None:
    # round 49 (folder 155): "airlifted to AIIMS Rishikesh" dropped the town as a longer
    # name's word, and the span model made it a person; a name in capitals ("MORRIS
    # LAMONT/Sun Media") and a longer name ("NASCAR Winston Cup") stay no town
    text = (
        "The injured were airlifted to AIIMS Rishikesh once weather permitted. (MORRIS "
        "LAMONT/Sun Media) He won the NASCAR Winston Cup."
    )
    rows = find_places(text)
    assert list(zip(rows.surface, rows.country_code, strict=True)) == [("Rishikesh", "IN")]
    assert ("AIIMS", "organisation") in [(s.surface, s.type) for s in recognise(text)]


def test_the_opens_links_and_st_andrews_are_british() -> None:
    # round 49 (folder 156): "returns to Royal Birkdale in Southport" was Birkdale and Southport
    # in Queensland, and "the largest Open crowd outside St Andrews" a Sydney suburb of that
    # exact name (GeoNames spells the Scottish town "Saint Andrews"); the US and Chinese players'
    # countries in the leaderboard gave the story no one country
    rows = find_places(
        "It was the largest Open crowd outside St Andrews. The championship returns to Royal "
        "Birkdale in Southport next year. -17 S Scheffler (USA) -13 H English (USA) -12 C "
        "Gotterup (USA) -11 Li Haotong (China)"
    )
    got = dict(zip(rows.surface, zip(rows.country_code, rows.place_id, strict=True), strict=True))
    assert got["St Andrews"] == ("GB", 2638864)
    assert got["Royal Birkdale"] == ("GB", 2637343)  # Southport's id, at the links' own point
    assert got["Southport"] == ("GB", 2637343)
    # (a suburb of that name beside Sydney stays Australian)
    rows = find_places("She grew up in St Andrews, near Campbelltown in Sydney's south-west.")
    assert rows.country_code.tolist() == ["AU", "AU", "AU"]


def test_the_french_opens_grounds_are_a_place_in_paris() -> None:
    # round 33 (folder 86's known leftover): "won at Roland Garros" was a person, the aviator
    rows = find_places(
        "Swiatek, who won at Roland Garros last year, lost at Roland-Garros in 2024."
    )
    assert rows.surface.tolist() == ["Roland Garros", "Roland-Garros"]
    assert set(rows.country_code) == {"FR"} and set(rows.place_id) == {2988507}
    # ... and Réunion's airport is no tennis ground (folder 76's Mayotte story)
    rows = find_places("Aid flew from Réunion's Roland-Garros airport to Mayotte.")
    assert rows.surface.tolist() == ["Réunion", "Mayotte"]


def test_a_states_full_name_with_a_possessive_and_a_firms_first_word() -> None:
    # "the People's Republic of China" was "Republic of China", Taiwan's other name; "Banco Base
    # in Monterrey" put El Banco, Colombia, on a Mexican story's map
    rows = find_places(
        "A statement by the People's Republic of China. Gabriela Siller of Banco Base in "
        "Monterrey said Colombia and Cuba agreed."
    )
    got = dict(zip(rows.surface, rows.country_code, strict=True))
    assert got["People's Republic of China"] == "CN" and "Republic of China" not in got
    assert "Banco" not in got and got["Colombia"] == "CO"


def test_a_name_written_with_accents_the_gazetteer_holds_without() -> None:
    # a Vietnamese report's "Quảng Ninh" and "Hải Phòng" were people: GeoNames writes the
    # province "Quang Ninh" and the city "Haiphong" (one word stays exact: "Gruyère cheese")
    rows = find_places(
        "Typhoon Yagi made landfall in Quảng Ninh province and Hải Phòng city. Stalls sold "
        "Gruyère cheese."
    )
    got = dict(zip(rows.surface, rows.name, strict=True))
    assert got["Quảng Ninh"] == "Quang Ninh" and got["Hải Phòng"] == "Haiphong"
    assert "Gruyère" not in got


def test_a_name_with_an_apostrophe_inside_a_word_is_found() -> None:
    # round 60 (folder 221): Tonga's "Nuku'alofa", "Vava'u" and "Ha'apai" were never found (the
    # scan's run of capitals ended at "Nuku"); a possessive's "'s" makes no name of "St. John"
    rows = find_places(
        "A mother in Vava'u cannot reach a doctor in Nuku'alofa, Tonga, when the cable to "
        "Ha'apai breaks. Pupils at St. John's Lutheran School in Lombard, Illinois, won."
    )
    got = dict(zip(rows.surface, rows.kind, strict=True))
    assert got["Nuku'alofa"] == "city"
    assert got["Vava'u"] == "admin area" and got["Ha'apai"] == "admin area"
    assert not [s for s in got if s.startswith("St. John")]


def test_a_documents_lettered_part_and_a_bislama_party_are_no_towns() -> None:
    # round 60, the final check (folder 226, 225): "the Annex C negotiations" of the Itaipu
    # treaty were Annex, Ontario; "whose Vanua'aku Pati is contesting seats" Pati, Java
    rows = find_places(
        "Asuncion suspended the Annex C negotiations with Brazil. Bob Loughman, whose "
        "Vanua'aku Pati is contesting seats, spoke in Port Vila. He moved to Annex in Ontario."
    )
    assert list(rows.surface) == ["Asuncion", "Brazil", "Port Vila", "Annex", "Ontario"]


def test_a_county_named_by_its_town_is_not_another_names_county() -> None:
    # round 32, folder 83: "Homa Bay County" was Florida's Bay County (two words each, and the
    # longer in characters won); an area's generic last word now yields, "Bay County" alone stays
    rows = find_places("Flooding hit Homa Bay County and Kisumu County in western Kenya.")
    assert list(rows.surface) == ["Homa Bay", "Kisumu", "Kenya"]
    assert set(rows.country_code) == {"KE"}
    rows = find_places("He lives in Bay County, Florida.")
    assert list(rows.surface) == ["Bay County", "Florida"]


def test_a_numbered_streets_name_is_no_place() -> None:
    # round 32, folder 87: "at the scene on Kamphaeng Phet 2 Road" put the Thai province on the
    # map (and, the place dropped, the span model made the words an organisation)
    text = (
        "Chadchart told reporters at the scene on Kamphaeng Phet 2 Road in Bangkok. Traffic on "
        "Rama 4 Road was slow."
    )
    assert list(find_places(text).surface) == ["Bangkok"]
    assert [s.surface for s in recognise(text) if s.surface != "Chadchart"] == ["Bangkok"]


def test_scotlands_islands_by_their_bare_names() -> None:
    # round 32, folder 85: Storm Amy's "Islay" was Peru's province; "Orkney" was a South African
    # mining town, and Shetland and the Hebrides were nothing (GeoNames' towns file lacks them)
    rows = find_places(
        "Storm Amy hit Scotland. Ferries to Orkney, Shetland and the Outer Hebrides were "
        "cancelled, and gusts of 90 mph were recorded on Islay."
    )
    got = dict(zip(rows.surface, rows.country_code, strict=True))
    assert got == {
        "Scotland": "GB", "Orkney": "GB", "Shetland": "GB", "Outer Hebrides": "GB", "Islay": "GB"
    }  # fmt: skip
    # the South African town keeps its own story, and Vanuatu's old name is Vanuatu
    rows = find_places("Gold miners in Orkney, near Klerksdorp, went on strike.")
    assert rows.country_code[0] == "ZA"
    assert find_places("They sailed to the New Hebrides.").country_code[0] == "VU"


def test_irelands_counties() -> None:
    # round 32, folder 85: "a Status Orange warning for Mayo" found nothing but an organisation
    # "Status Orange" (GeoNames has Ireland's provinces and towns, not its counties)
    text = "Met Éireann issued a Status Orange warning for Mayo, Kerry and Co Clare."
    rows = find_places(text)
    got = dict(zip(rows.surface, zip(rows.name, rows.country_code, strict=True), strict=True))
    assert got == {
        "Mayo": ("County Mayo", "IE"), "Kerry": ("County Kerry", "IE"),
        "Co Clare": ("County Clare", "IE"),
    }  # fmt: skip
    assert "Status Orange" not in {s.surface for s in recognise(text)}
    # a council's county, as Irish news names it
    assert find_places("Mayo County Council met.").surface.tolist() == ["Mayo County"]


def test_a_list_a_plural_areas_noun_opens_is_of_areas() -> None:
    # round 32, folder 88: "rural prefectures once regarded as safe, including Akita, Yamagata,
    # Niigata, Nagano, Ehime and Miyazaki" gave the prefectures' capitals (Nagano a Miyagi
    # village); GWN's "western states such as California or Washington" the capital
    text = (
        "The LDP lost rural prefectures once regarded as safe, including Akita, Yamagata and "
        "Nagano. Jobs went to western states such as California or Washington."
    )
    rows = find_places(text)
    got = dict(zip(rows.surface, rows.kind, strict=True))
    assert got == {
        "Akita": "admin area", "Yamagata": "admin area", "Nagano": "admin area",
        "California": "admin area", "Washington": "admin area",
    }  # fmt: skip
    # a list that the noun does not open keeps its towns
    rows = find_places("The prefectures voted. Akita and Yamagata saw snow.")
    assert set(rows.kind) == {"city"}


def test_a_clocks_zone_is_no_states_code() -> None:
    # round 32, folder 88: "Updated June 3, 2025, 9:12 a.m. CT" put Connecticut on a Manitoba
    # story's map (LGL's "10:22 AM CT" and GWN's "until 11:59 p.m. CT" too)
    text = "Updated June 3, 9:12 a.m. CT. Fires burned at 10 PM ET in Manitoba."
    assert find_places(text).surface.tolist() == ["Manitoba"]
    # a state's code after a town, or after a count, stays the state
    text = "He moved to Hartford, CT in 2020, and 20,000 NY residents left."
    assert find_places(text).surface.tolist() == ["Hartford", "CT", "NY"]


def test_jammu_and_kashmir_the_shrine_towns_and_a_named_river() -> None:
    # round 32, folder 88: "the Kishtwar district of Jammu and Kashmir" gave the city Jammu and
    # the area "Kashmir" apart; "the Gangotri highway" and "joins the Bhagirathi river" nothing
    # (a river's own entry before "river" was dropped as a town's name would be)
    rows = find_places(
        "A cloudburst hit the Kishtwar district of Jammu and Kashmir. The stream joins the "
        "Bhagirathi river on the Gangotri highway, and the Manas river rose."
    )
    assert rows.surface.tolist() == ["Kishtwar", "Jammu and Kashmir", "Bhagirathi", "Gangotri"]
    assert rows.kind.tolist()[1] == "admin area"


def test_polands_voivodeships_by_their_polish_names() -> None:
    # round 32, folder 87: "along the German border, including Lubuskie and Zachodniopomorskie"
    # made a person "Lubuskie" and no place (GeoNames names them in English: Lubusz, West
    # Pomeranian Voivodeship)
    rows = find_places(
        "Trzaskowski won the west, including Lubuskie and Zachodniopomorskie, and Nawrocki "
        "won Podkarpackie and Małopolskie."
    )
    got = dict(zip(rows.surface, zip(rows.kind, rows.country_code, strict=True), strict=True))
    for name in ("Lubuskie", "Zachodniopomorskie", "Podkarpackie", "Małopolskie"):
        assert got[name] == ("admin area", "PL"), name


def test_a_state_written_with_accents_its_ascii_source_lacks() -> None:
    # the areas' names come from an ASCII source: "Officials in Michoacán" found nothing (one
    # accented word that folds to a name was dropped, as "Gruyère" is), and "voters in Nariño"
    # found only the department's namesake villages of 3,000 (round 22, folder 53)
    rows = find_places(
        "Officials in Michoacán and Yucatán said. In Colombia, voters in Nariño and Chocó backed "
        "Petro."
    )
    got = dict(zip(rows.surface, zip(rows.kind, rows.country_code, strict=True), strict=True))
    assert got["Michoacán"] == ("admin area", "MX") and got["Yucatán"] == ("admin area", "MX")
    assert got["Nariño"] == ("admin area", "CO") and got["Chocó"] == ("admin area", "CO")
    # round 31, folder 84: "the capital of Pará state" was Belém ("Pará" is its other name, and
    # an Ivorian town's; GeoNames' state is "Para"), "Ceará" Fortaleza; a big city written with
    # its accents stays the city ("Mérida", "Zürich")
    rows = find_places(
        "Lula spoke in the capital of Pará state. Farmers in Ceará, Mérida and Zürich."
    )
    got = dict(zip(rows.surface, zip(rows.kind, rows.country_code, strict=True), strict=True))
    assert got["Pará"] == ("admin area", "BR") and got["Ceará"] == ("admin area", "BR")
    assert got["Mérida"] == ("city", "MX") and got["Zürich"] == ("city", "CH")
    # a city of the area's name, or of its spelling elsewhere, keeps it: "São Paulo" is the
    # city, "Córdoba" Argentina's (not Colombia's department), "Mérida" Mexico's
    for text, kind, cc in (
        ("Flights from São Paulo landed.", "city", "BR"),
        ("Talks were held in Córdoba on Monday.", "city", "AR"),
        ("Tourists flew to Mérida on Monday.", "city", "MX"),
    ):
        rows = find_places(text)
        assert (rows.kind[0], rows.country_code[0]) == (kind, cc), text


def test_an_areas_accented_spelling_is_also_the_same_named_area_of_another_country() -> None:
    # round 23, folder 59: "mining towns in Bolívar state" of a Venezuelan story was Colombia's
    # department (its spelling came from Colombia's towns; Venezuela's are "Ciudad Bolívar")
    rows = find_places(
        "CARACAS (AFP) - Residents of Tumeremo and other mining towns in Bolívar state said they "
        "feared war with Guyana."
    )
    assert rows[rows.surface == "Bolívar"].country_code.tolist() == ["VE"]
    rows = find_places("BOGOTA (Reuters) - Floods hit Cartagena and other towns in Bolívar.")
    assert rows[rows.surface == "Bolívar"].country_code.tolist() == ["CO"]


def test_a_spacecrafts_name_and_a_teams_town_named_like_a_person() -> None:
    # "sending Orion on its way" was Orion, a town in the Philippines, four times; a team's
    # "Sydney Swans" dropped every other Sydney of the story as a person's given name
    rows = find_places(
        "NASA sent the Orion capsule toward the Moon. Orion will spend 25 days in space. Debris "
        "from a Russian spacecraft fell. Fans of the Sydney Swans travelled from Sydney to "
        "Melbourne."
    )
    got = list(rows.surface)
    assert "Orion" not in got and "Russian" in got
    assert "Sydney" in got and "Melbourne" in got
    assert list(find_places("He lives in Orion, Bataan, near the Orion capsule's maker.").surface)[
        :1
    ] == ["Orion"]
    # (round 50, folder 161: "landing at Toronto Pearson" took every Toronto of the story off
    # the map as a person's given name; a big city no one is named stays the city elsewhere,
    # a given name before a surname stays a person's: "Austin Butler")
    rows = find_places("The jet crashed at Toronto Pearson. A team was sent to Toronto.")
    assert list(rows.surface) == ["Toronto"]
    rows = find_places("Actor Austin Butler waved. Fans in Texas cheered Austin.")
    assert list(rows.surface) == ["Texas"]


def test_the_planets_of_a_story_about_space() -> None:
    # "a 1.8-billion-mile journey to Jupiter" was Jupiter, Florida, seven times; the town stays
    # where the text places it, and in a story with no space in it
    rows = find_places(
        "NASA's Europa Clipper began its journey to Jupiter. The spacecraft will orbit Jupiter "
        "from 2030. Residents of Jupiter, Florida, watched."
    )
    assert list(rows.surface) == ["Jupiter", "Florida"]
    assert list(find_places("Tiger Woods lives in Jupiter.").surface) == ["Jupiter"]
    # and its programmes: "the Saturn V that carried the Apollo crews" was Apollo, Pennsylvania
    rows = find_places(
        "NASA's rocket has more thrust than the Saturn V that carried the Apollo crews into "
        "orbit. Residents of Apollo, Pennsylvania, watched."
    )
    assert list(rows.surface) == ["Apollo", "Pennsylvania"]


def test_ancient_sites_are_their_own_places() -> None:
    # "scrolls from Herculaneum, buried by Vesuvius" put the scrolls in Herculaneum, Missouri;
    # the town is still the town where the text says Missouri
    rows = find_places("The scrolls from Herculaneum, buried by Vesuvius in AD 79, were read.")
    assert rows[["surface", "country_code"]].values.tolist() == [
        ["Herculaneum", "IT"],
        ["Vesuvius", "IT"],
    ]
    rows = find_places("Herculaneum, Missouri, is a small town near St. Louis.")
    assert rows.country_code.tolist() == ["US", "US", "US"]


def test_broadway_and_sri_lankas_provinces() -> None:
    # a Tina Turner obituary (and a Belafonte one) put "the Broadway revue" in a Worcestershire
    # village; a Sri Lankan report put "Western Province" in Rwanda (the gazetteer names Sri
    # Lanka's provinces "Western", "Central" …)
    rows = find_places("He won a Tony Award for a Broadway revue in 1954.")
    assert rows[["surface", "country_code"]].values.tolist() == [["Broadway", "US"]]
    rows = find_places("Curfew was imposed in Colombo and the rest of Western Province, Sri Lanka.")
    assert dict(rows[["surface", "country_code"]].values.tolist())["Western Province"] == "LK"


def test_a_town_across_a_border_is_no_neighbour_of_the_articles_places() -> None:
    # an Argentine World Cup story put Messi's Rosario (1.2 million people) at Rosario, Uruguay
    # (10,000), across the River Plate from Buenos Aires: "near" three of the article's towns
    # outweighed the country of all its places. Nearness is a town's evidence within its country.
    text = (
        "Fans filled the Obelisk in Buenos Aires as the bus left Ezeiza airport for Lomas de "
        "Zamora. For Messi, who grew up in Rosario, the title completed a career. Argentina "
        "beat France in Qatar."
    )
    got = dict(zip(*(lambda r: (r.surface, r.country_code))(find_places(text)), strict=True))
    assert got["Rosario"] == "AR" and got["Ezeiza"] == "AR"
    # a town near the article's others in its own country still takes their support
    rows = find_places("Rain closed roads in Alexandria and Pineville, Louisiana.")
    assert set(rows.country_code) == {"US"}


def test_the_balkan_adjective_is_the_region() -> None:
    # round 50 (folder 161): "the largest protest movement in the Balkan country" put
    # Turkmenistan's Balkan province on the map
    rows = find_places("Students led the largest protest movement in the Balkan country.")
    assert list(zip(rows.name, rows.kind, strict=True)) == [("Balkans", "region")]


def test_a_town_written_in_a_place_lies_in_it() -> None:
    # "X in Y" says where X lies: at that mention X is its sense inside Y ...
    text = (
        "Macron returned to Paris from Lyon and Marseille on Monday. Paris police said 300 were "
        "held.\n\nMeanwhile, a rodeo in Paris in northeast Texas drew crowds."
    )
    rows = find_places(text)
    assert list(rows.country_code) == ["FR", "FR", "FR", "FR", "US", "US"]
    assert rows.why.iloc[4].endswith("written as in Texas")
    # ... and where none of X's senses lies there, X is a local place the gazetteer lacks, not
    # a namesake abroad: the map and the recogniser drop it, at every bare mention
    for text, kept in [
        # (a Fiji story's park was Albert Park, Melbourne)
        ("Rabuka spoke at Albert Park in central Suva. Officials from Australia and New Zealand "
         "met him in Nadi.", ["Suva", "Australia", "New Zealand", "Nadi"]),
        # (a lithium project was a Puerto Rican municipality)
        ("Rio Tinto will grow alongside its Jadar and Rincon projects. They include Rincon in "
         "Argentina, bought in 2022, and Jadar in Serbia. Rivals mine in Chile.",
         ["Argentina", "Serbia", "Chile"]),
        # (LGL: a street was Monticello, Illinois)
        ("The suspect, of the 3200 block of North Monticello in Chicago, was arrested in "
         "Rolling Meadows.", ["Chicago", "Rolling Meadows"]),
    ]:  # fmt: skip
        assert surfaces(find_places(text)) == kept
        assert [s.surface for s in recognise(text) if s.type == "place"] == kept
    # ... but a big city is no stray namesake: its people or its government are in the place
    # (round 50, folder 161: "leaving Bessent to represent Washington in Gyeongju" took every
    # Washington of the story off the map)
    text = "Washington cut tariffs. Bessent will represent Washington in Gyeongju."
    assert surfaces(find_places(text)) == ["Washington", "Washington", "Gyeongju"]
    # a state lies in no state nor town ("just outside Washington, DC in Virginia": GMB;
    # GeoWebNews' "BC in Nelson")
    text = "The turkeys retired to a farm just outside Washington, DC in Virginia."
    assert surfaces(find_places(text)) == ["Washington", "DC", "Virginia"]
    text = "Offices in BC in Nelson and Castlegar opened. Victoria and Vancouver had them already."
    assert surfaces(find_places(text))[:2] == ["BC", "Nelson"]
    # ... a small one too, which the big-city rule above does not keep (round 55: with it, the
    # two cases above no longer pinned this rule)
    text = "New offices in Yukon in Whitehorse and Dawson City opened on Monday."
    assert surfaces(find_places(text)) == ["Yukon", "Whitehorse", "Dawson City"]


def test_the_state_capital_is_the_town_in_the_state_just_named() -> None:
    # folder 194: "West Virginia Gov. … troops left the state capital, Charleston" was
    # Charleston, South Carolina (the larger), beside South Carolina's governor
    text = (
        "West Virginia Gov. Patrick Morrisey sent 300 troops, who left the state capital, "
        "Charleston, over the weekend. South Carolina Gov. Henry McMaster approved 200 more."
    )
    rows = find_places(text)
    charleston = rows[rows.surface == "Charleston"].iloc[0]
    assert "West Virginia" in charleston.why and "state capital" in charleston.why
    # ... and a town not so framed keeps its reading
    rows = find_places("West Virginia sent troops. Tourists left Charleston, South Carolina.")
    assert "South Carolina" in rows[rows.surface == "Charleston"].iloc[0].why


def test_the_oceans_by_their_bare_names_and_the_next_name_of_a_list_after_in() -> None:
    # "crossed the Atlantic" named no place (Atlantic, Iowa is a stop word), and GeoWebNews'
    # Syrian stories' "Ghouta" none; an ocean's adjective opening a longer name is that name's,
    # and so is an ocean after "trans-"
    text = (
        "Ships crossed the Atlantic and the Pacific. Rebels in Eastern Ghouta and Douma, near "
        "Damascus, surrendered. The Atlantic Council studied the Pacific Decadal Oscillation "
        "and the Trans-Pacific Partnership."
    )
    rows = find_places(text)
    assert list(zip(rows.surface, rows.country_code.fillna(""), strict=True)) == [
        ("Atlantic", ""),
        ("Pacific", ""),
        ("Eastern Ghouta", "SY"),
        ("Douma", "SY"),
        ("Damascus", "SY"),
    ]
    assert rows.name.iloc[0] == "Atlantic Ocean"
    # (GMB: "a trans-Afghan transport corridor" was Afghanistan's demonym)
    assert surfaces(find_places("A trans-Atlantic flight and a trans-Afghan corridor.")) == []
    # the next name of a list after "in" is in it too (LGL: "in Eastland and Callahan
    # counties"), not a person's given name ("in Derna and Nadia Haddad in Benghazi")
    assert surfaces(find_places("Fires burned in Eastland and Callahan counties.")) == [
        "Eastland",
        "Callahan",
    ]
    text = "Reporting by Karim Benslimane in Derna and Nadia Haddad in Benghazi."
    assert surfaces(find_places(text)) == ["Derna", "Benghazi"]


def test_a_town_north_of_a_place_lies_in_its_country() -> None:
    # round 46 (an Australian election story of my own): "his seat of Rankin south of Brisbane"
    # (an electorate the gazetteer lacks) was Rankin, Pennsylvania, a town of 2,000
    text = (
        "Labor won seats in Sydney, Melbourne and Perth. Treasurer Jim Chalmers, who retained his "
        "seat of Rankin south of Brisbane, said it was a massive vote of confidence. US officials "
        "congratulated him."
    )
    assert surfaces(find_places(text)) == ["Sydney", "Melbourne", "Perth", "Brisbane", "US"]
    assert "Rankin" not in [s.surface for s in recognise(text) if s.type == "place"]
    # (the spans drop it too, in an article of two names: Sedona, Arizona has 10,000 people)
    text = "Sedona, south of Canberra, flooded."
    assert surfaces(find_places(text)) == ["Canberra"]
    assert [s.surface for s in recognise(text)] == ["Canberra"]
    # a big town across a border stays ("Tijuana, south of San Diego")
    rows = find_places("Floods hit London and Manchester. Tijuana, south of San Diego, had rain.")
    assert list(zip(rows.surface, rows.country_code, strict=True)) == [
        ("London", "GB"), ("Manchester", "GB"), ("Tijuana", "MX"), ("San Diego", "US"),
    ]  # fmt: skip


def test_places_a_user_folder_put_abroad_or_missed() -> None:
    # El Alto (the towns file lacks Bolivia's second city) was a Peruvian village, the Tempi
    # valley Tempe, Arizona (an alternate name), Mount Olympus a Utah suburb, and the wires'
    # "Alta." a Norwegian town
    text = (
        "In El Alto, the sprawling city above La Paz, crowds gathered. Her family waited in "
        "Grande Prairie, Alta. In Greece, the Tempi valley, a gorge between Mount Olympus and "
        "Mount Ossa, carries the railway."
    )
    rows = find_places(text)
    assert list(zip(rows.surface, rows.country_code, strict=True)) == [
        ("El Alto", "BO"),
        ("La Paz", "BO"),
        ("Grande Prairie", "CA"),
        ("Alta.", "CA"),
        ("Greece", "GR"),
        ("Tempi", "GR"),
        ("Mount Olympus", "GR"),
    ]
    assert rows.kind.iloc[0] == "city" and rows.name.iloc[3] == "Alberta"
    # the dotted abbreviation is Alberta's alone: the town of Alta written plain is Norway's
    # (round 52: "Alta" of a Norwegian election story was the province)
    rows = find_places("Voters in Alta, a town in Finnmark, backed Labour.")
    assert (rows.surface.iloc[0], rows.country_code.iloc[0]) == ("Alta", "NO")
    # (round 36, the final check's Tempi story: "near the Vale of Tempe" was Vale, Oregon and
    # Tempe, Arizona)
    rows = find_places("The crash happened near the Vale of Tempe, north of Athens.")
    assert list(zip(rows.name, rows.country_code, strict=True)) == [
        ("Vale of Tempi", "GR"),
        ("Athens", "GR"),
    ]


def test_a_towns_bare_first_word_is_the_town_the_article_names_in_full() -> None:
    # a Cuban blackout story's "Santiago de Cuba … In Santiago" put Santiago in Chile
    text = (
        "Authorities in Santiago de Cuba and Holguín placed the region on alert. In Santiago, "
        "lines formed. Havana was dark."
    )
    rows = find_places(text)
    assert rows.country_code.iloc[2] == "CU" and rows.kind.iloc[2] == "city"
    assert rows.why.iloc[2].endswith("short for Santiago de Cuba, named in full in this article")
    # ... and a hyphened one's (round 36, folder 100: "Rostov-on-Don … Wagner leaves Rostov"
    # was the province)
    rows = find_places("Fighters seized sites in Rostov-on-Don. Wagner leaves Rostov to cheers.")
    assert rows.name.tolist() == ["Rostov-on-Don", "Rostov-on-Don"]


def test_a_place_after_a_towns_possessive_lies_in_that_town() -> None:
    # LGL: "the pool at Cambridge's Chesterton sports centre" was Chesterton, Indiana; a
    # country's possessive holds its territories' towns ("France's Nouméa"), a town's its own
    text = "He swims at Cambridge's Chesterton sports centre. Riots hit France's Nouméa."
    assert surfaces(find_places(text)) == ["Cambridge", "France", "Nouméa"]
    assert surfaces(find_places("Crowds filled Tokyo's Shibuya.")) == ["Tokyo", "Shibuya"]


def test_seats_of_power_and_northern_regions_news_names() -> None:
    # "rioters smashed the Planalto" was a Brazilian town named Planalto, "Arnhem Land" the
    # Dutch Arnhem and "Cape York" England's York
    text = (
        "Rioters smashed the Planalto and the Esplanada dos Ministérios. Early counts from "
        "Arnhem Land and Cape York came in."
    )
    rows = find_places(text)
    assert list(zip(rows.name, rows.country_code, strict=True)) == [
        ("Planalto Palace", "BR"),
        ("Esplanada dos Ministérios", "BR"),
        ("Arnhem Land", "AU"),
        ("Cape York Peninsula", "AU"),
    ]


def test_a_neighbourhood_or_an_island_is_no_namesake_town_abroad() -> None:
    # round 22: "the Gerona neighborhood" of a Guatemalan story was the Philippines' Gerona,
    # "the Balboa district of Panama City" a Colombian town, "Mango island" of a Tongan one India's
    # Mango; a town of the article's own country stays ("the Zona Viva district of Guatemala")
    rows = find_places(
        "GUATEMALA CITY (AP) — Protesters from Totonicapán held a sit-in outside the Public "
        "Ministry in the Gerona neighborhood. Guatemala's Congress met. Officials in "
        "Quetzaltenango agreed."
    )
    assert "Gerona" not in set(rows.surface) and "Totonicapán" in set(rows.surface)
    rows = find_places(
        "PANAMA CITY (Reuters) - He spoke at the headquarters in the Balboa district of Panama "
        "City. Ships waited off Colón, Panama."
    )
    # (round 53: Balboa is Panama's own port now, a gazetteer row)
    assert set(rows.loc[rows.surface == "Balboa", "country_code"]) <= {"PA"}
    assert "Colón" in set(rows.surface)
    rows = find_places("PANAMA CITY (Reuters) - Ships waited at the Agua Clara locks near Colón.")
    assert "Agua Clara" not in set(rows.surface)  # (Brazil's Água Clara)
    rows = find_places(
        "NUKU'ALOFA, Tonga (Reuters) - All houses on Mango island were destroyed, Tonga's "
        "government said. Aid reached Tongatapu from Fiji."
    )
    assert "Mango" not in set(rows.surface)
    # (a story that also names its neighbours: Tonga holds a third of its places, twice the next)
    rows = find_places(
        "NUKU'ALOFA, Tonga (Reuters) - All houses on Mango island were destroyed, Tonga's "
        "government said. Aid reached Tongatapu from Auckland and Suva; New Zealand, Australia, "
        "Peru and Japan sent help."
    )
    assert "Mango" not in set(rows.surface) and "Suva" in set(rows.surface)
    # the country's own town stays whatever the noun: "Miraflores district" of a Peruvian story
    rows = find_places("LIMA, Peru (AP) — Police in the Miraflores district of Lima said.")
    assert "Miraflores" in set(rows.surface)
    # ... unless it lies far from the story's town (round 23, folder 60: "the Renacimiento and
    # Emiliano Zapata neighborhoods" of Acapulco were Emiliano Zapata, Morelos, 230 km away, and
    # Mexico City's why read "near Emiliano Zapata")
    rows = find_places(
        "ACAPULCO, Mexico (Reuters) - Otis hit Acapulco. People looted shops in the Renacimiento "
        "and Emiliano Zapata neighborhoods of Acapulco. In Mexico City, officials met."
    )
    assert "Emiliano Zapata" not in set(rows.surface)
    assert "Emiliano Zapata" not in rows[rows.surface == "Mexico City"].why.iloc[0]
    # ... and an oil block, in a story of two countries (round 23, folder 59: "the offshore
    # Stabroek block" was Stabroek, Belgium)
    rows = find_places(
        "CARACAS (AFP) - Venezuela claims Essequibo. Guyana's Georgetown says ExxonMobil pumps "
        "oil from the offshore Stabroek block. Caracas and Georgetown traded words."
    )
    assert "Stabroek" not in set(rows.surface) and "Georgetown" in set(rows.surface)


def test_a_part_of_a_town_written_either_way_round_lies_in_it() -> None:
    # round 42, folder 118: "the Brussels district of Haren" was Haren, Lower Saxony (the
    # gazetteer has no Brussels district): a part of a town lies in the larger of the two, and
    # the town stands for a part the gazetteer lacks (round 55; it was dropped before)
    rows = find_places(
        "NATO's headquarters in the Brussels district of Haren were sealed off, police in "
        "Belgium said."
    )
    assert list(zip(rows.surface, rows.name, strict=True)) == [
        ("Brussels", "Brussels"),
        ("Haren", "Brussels"),
        ("Belgium", "Belgium"),
    ]
    # ... and so it does for a namesake state abroad (folder 187: "Abidjan's Plateau business
    # district" was Nigeria's Plateau state), written either way
    for text in (
        "He spoke at the commission's headquarters in Abidjan's Plateau business district.",
        "He spoke at the commission's headquarters in the Plateau district of Abidjan.",
    ):
        rows = find_places(text)
        assert set(zip(rows.surface, rows.country_code, strict=True)) == {
            ("Abidjan", "CI"),
            ("Plateau", "CI"),
        }, text
    # (written the other way round, the district is kept: it lies in the town)
    rows = find_places("Police sealed off the Kreuzberg district of Berlin on Monday.")
    assert list(zip(rows.surface, rows.country_code, strict=True)) == [
        ("Kreuzberg", "DE"),
        ("Berlin", "DE"),
    ]
    # the nearest namesake in the town's own country stands for a part the gazetteer lacks
    rows = find_places("He was killed in the Crown Heights neighborhood of Brooklyn.")
    assert list(rows.surface) == ["Crown Heights", "Brooklyn"]
    # ... and "a district in" a town (folder 123: "the Karari district in northern Omdurman" was
    # Karari, India)
    rows = find_places("Residents of the Karari district in northern Omdurman fled to Khartoum.")
    assert list(rows.surface) == ["Omdurman", "Khartoum"]
    # ... and an apposition that says what the town is (round 49: "Washington, a city in
    # southern Utah" was the US capital)
    for apposition in ("a city in southern Utah", "a small desert city of 30,000 people in Utah"):
        rows = find_places(
            "The FBI in Washington and Virginia said the suspect came from Washington, "
            f"{apposition}, and was arrested in Baltimore."
        )
        # (the Utah city lies at 113.5 W; the capital at 77.0 W)
        assert list(rows.surface[:3]) == ["Washington", "Virginia", "Washington"]
        assert [round(lon) for lon in rows.lon[:3]] == [-77, -78, -114]


def test_a_national_park_named_after_a_far_namesake_is_no_town() -> None:
    # round 42, folder 119: "Lamington National Park" of a Gold Coast story was Lamington,
    # Western Australia, 3,500 km away (the gazetteer lacks the park); a park's town near the
    # story's town stays
    rows = find_places(
        "Storms hit the Gold Coast and Brisbane. Rangers closed Tamborine National Park and "
        "Lamington National Park's Green Mountains section."
    )
    assert "Lamington" not in set(rows.surface) and "Tamborine" in set(rows.surface)


def test_a_lone_small_town_abroad_in_a_one_country_story_is_none() -> None:
    # round 42's final check (folder 124's Lincolnshire planning row): "the Kenwick roundabout"
    # was Kenwick, Western Australia, "the council's offices at The Hub" Hattiesburg, Mississippi
    # (its other name); the story names only English places
    rows = find_places(
        "Councillors in Louth met at the Horncastle offices. Residents of Louth and Alford said "
        "traffic to the Kenwick roundabout was bad. Lincolnshire County Council objected. Louth "
        "needs homes, Lincolnshire officers said."
    )
    assert "Kenwick" not in set(rows.surface) and set(rows.country_code) == {"GB"}
    # a country the story names otherwise holds its small towns ("the Dutch … Zandvoort")
    rows = find_places(
        "Verstappen won at Spa in Belgium. The Dutch fans in Belgium and Liège cheered. Belgium's "
        "race was wet; Brussels and Liège celebrated. The next race is at Zandvoort."
    )
    assert "Zandvoort" in set(rows.surface)
    # ... and so does "in", a comma beside it or a dateline
    rows = find_places(
        "Councillors in Louth met. Residents of Louth and Alford complained. Lincolnshire and "
        "Louth officers agreed. Her sister lives in Kenwick."
    )
    assert "Kenwick" in set(rows.surface)


def test_a_small_town_abroad_listed_with_the_countrys_own_towns_is_none() -> None:
    # round 23, folder 59: a Jamaican story's "farmers in Junction, Santa Cruz and Southfield"
    # and "Mandeville, Christiana and Spur Tree" put Junction, Texas and Christiana,
    # Pennsylvania on the map (the gazetteer has neither Jamaican town; the story names Miami)
    rows = find_places(
        "KINGSTON, Jamaica (AP) - In St Elizabeth, farmers in Junction, Santa Cruz and "
        "Southfield lost crops. In Manchester, roads around Mandeville, Christiana and Spur "
        "Tree were blocked. Forecasters in Miami, Florida, tracked the storm."
    )
    got = set(rows.surface)
    assert not got & {"Junction", "Christiana"}, got
    assert {"Santa Cruz", "Southfield", "Mandeville", "Miami"} <= got


def test_a_countrys_name_is_the_country_not_its_namesake_province() -> None:
    # "Officials in Panama said" beside Panama City was Panama province (round 22); "the province
    # of Panama" still is the province
    rows = find_places(
        "PANAMA CITY (Reuters) - He spoke in Panama City. Officials in Panama said. In the "
        "province of Panama, rain fell."
    )
    kinds = [k for s, k in zip(rows.surface, rows.kind, strict=True) if s == "Panama"]
    assert kinds == ["country", "admin area"]


def test_a_regions_why_shows_no_ranking_weight_as_a_population() -> None:
    # the oceans' "population 50,000,000" and the Panama Canal's "population 4,176,873" (its
    # country's) were ranking weights printed as populations (folder 53, round 22)
    rows = find_places("Ships crossed the Pacific to the Panama Canal, then sailed on to Colón.")
    why = dict(zip(rows.surface, rows.why, strict=True))
    assert why["Pacific"] == "region" and "population" not in why["Panama Canal"]
    assert why["Panama Canal"].startswith("landmark in Panama")
    # a landmark standing for a capital is no capital ("Stade de France" said "capital of France")
    rows = find_places("The final was played at the Stade de France.")
    assert rows.why[0].startswith("landmark in France") and "population" not in rows.why[0]
    assert "population" in why["Colón"]


def test_a_state_named_after_its_own_big_town_is_the_town_when_written_bare() -> None:
    # "Ships left Auckland" was the Auckland region, "Sao Paulo" the state of 56 million, and
    # Lagos, Hamburg or Geneva got no place_id (their first-order areas have none); the state
    # stays where the text frames it, whatever the spelling (round 22)
    rows = find_places(
        "Ships left Auckland for Lagos. Flights from Sao Paulo landed. In the state of São "
        "Paulo, rain fell."
    )
    # (a town has its GeoNames id; the state, which the shipped data give none, Dateline's own)
    got = list(zip(rows.surface, rows.kind, rows.place_id >= OWN_ID_BASE, strict=True))
    assert got == [
        ("Auckland", "city", False),
        ("Lagos", "city", False),
        ("Sao Paulo", "city", False),
        ("São Paulo", "admin area", True),
    ]
    # not a town reached only by another name: "St. Petersburg" stays the Russian federal city
    rows = find_places("Flights between Moscow and St. Petersburg resumed.")
    assert rows.country_code.tolist() == ["RU", "RU"]
    # the town keeps its state's standing: "Geneva" in a story naming American places stays
    # Switzerland's (without the canton's prior the city lost to Geneva, Illinois: folder 59)
    rows = find_places(
        "CARACAS (AFP) - Venezuela rejects the 1966 accord signed in Geneva. The US and Brazil "
        "watched from Washington and Houston."
    )
    got = dict(zip(rows.surface, zip(rows.kind, rows.country_code, strict=True), strict=True))
    assert got["Geneva"] == ("city", "CH")


def test_an_abbreviation_in_capitals_is_no_town_spelled_in_another_case() -> None:
    # round 23, folder 59: "the US" gave Paris the why "another name could be Us, nearby" (Us,
    # a village in the Val-d'Oise; GWN's "WA" was Wa, Ghana)
    rows = find_places(
        "CARACAS (AFP) - The border was set by a tribunal in Paris in 1899. The US and Brazil "
        "watched."
    )
    assert "Us" not in rows[rows.surface == "Paris"].why.iloc[0]
    # (round 40: the test above no longer pinned the rule; a state's capitals are no Ghanaian
    # town Wa)
    rows = find_places("The WA government said so. Police in WA said the fires spread.")
    assert "GH" not in set(rows.country_code), rows[["surface", "name", "country_code"]]


def test_armenias_provinces_by_their_short_names() -> None:
    # round 23, folder 61 (read after the final check): "other regions, including Ararat, Kotayk
    # and Vayots Dzor" made Vayots Dzor a person and Kotayk a village of 1,776 (GeoNames writes
    # "Kotayk'i Marz", "Vayots' Dzori Marz", "Syunik'i Marz")
    rows = find_places(
        "GORIS, Armenia (AP) - Refugees were registered in the southern province of Syunik before "
        "moving to other regions, including Ararat, Kotayk and Vayots Dzor."
    )
    got = dict(zip(rows.surface, rows.kind, strict=True))
    assert got["Syunik"] == got["Kotayk"] == got["Vayots Dzor"] == "admin area"


def test_hong_kongers_are_hong_kongs_people() -> None:
    # round 23, folder 59: "ordinary Hong Kongers would bear the consequences" was a person
    spans = [(s.surface, s.type) for s in recognise("Ordinary Hong Kongers would bear it.")]
    assert spans == [("Hong Kongers", "demonym")]


def test_a_small_area_that_is_mostly_its_town_is_the_town() -> None:
    # round 23, folder 60: Slovenia's first-order areas are its municipalities; "Celje",
    # "Kamnik", "Maribor" (96,000, under the big-town size) were states/provinces with no
    # place_id
    # ... unless the text frames it by its noun after (round 23, folder 57's "the Paso Severino
    # reservoir in Florida department" became the town; "the Georgia state line" was the
    # country)
    rows = find_places(
        "MONTEVIDEO (Reuters) - The Paso Severino reservoir in Florida department had fallen. "
        "Ranchers near Florida lost cattle."
    )
    assert rows[rows.surface == "Florida"].kind.tolist() == ["admin area", "city"]
    rows = find_places("It serves towns from the Kentucky border to the Georgia state line.")
    assert rows[rows.surface == "Georgia"].country_code.tolist() == ["US"]
    rows = find_places("LJUBLJANA (Reuters) - Floods hit Celje, Kamnik and Maribor in Slovenia.")
    got = dict(
        zip(rows.surface, zip(rows.kind, rows.place_id >= OWN_ID_BASE, strict=True), strict=True)
    )
    assert got["Celje"] == got["Kamnik"] == got["Maribor"] == ("city", False)


def test_mount_lebanon_is_lebanons_governorate() -> None:
    # round 22, folder 58: "hospitals in Mount Lebanon" of a Beirut story was a town in
    # Pennsylvania (GeoNames writes the governorate "Mont-Liban")
    rows = find_places("BEIRUT (Reuters) - Casualties were taken to hospitals in Mount Lebanon.")
    assert rows.country_code.tolist() == ["LB", "LB"]


def test_everyday_words_in_a_subheadings_capitals_are_no_town() -> None:
    # round 22, folder 57: the subheading "OUTER ISLANDS CUT OFF" put Cut Off, Louisiana, on a
    # Vanuatu story's map; a dateline in capitals stays ("SALT LAKE CITY (AP) —")
    rows = find_places(
        "PORT VILA, Vanuatu (AFP) - Aid arrived.\n\nOUTER ISLANDS CUT OFF\n\nAid agencies were "
        "worried."
    )
    assert "CUT OFF" not in set(rows.surface)
    # ... nor hyphened (round 23, folder 60: "LOOTING AND A CUT-OFF CITY")
    rows = find_places("ACAPULCO (Reuters) - Aid arrived.\n\nLOOTING AND A CUT-OFF CITY\n\nMore.")
    assert "CUT-OFF" not in set(rows.surface)
    assert find_places("SALT LAKE CITY (AP) — The mayor said.").surface.tolist() == [
        "SALT LAKE CITY"
    ]
    assert "Cut Off" in set(find_places("Residents of Cut Off, Louisiana, fled.").surface)


def test_a_places_short_form_defined_in_brackets_is_that_place() -> None:
    # round 23, folder 59: "New South Wales (NSW) … NSW Premier Gladys Berejiklian … in NSW
    # alone" made "NSW" an organisation's acronym six times (second among the bushfire story's
    # organisations)
    text = (
        "Eden, on the far south coast of New South Wales (NSW), was evacuated. NSW Premier "
        "Gladys Berejiklian declared an emergency. Homes were destroyed in NSW alone."
    )
    spans = [(s.surface, s.type) for s in recognise(text)]
    assert spans.count(("NSW", "place")) == 3 and ("NSW", "organisation") not in spans
    rows = find_places(text)
    assert set(rows[rows.surface == "NSW"].name) == {"New South Wales"}
    # an organisation's short form after a place's name is the organisation's
    t = "The Bank of New South Wales (BNSW) lent more. BNSW said."
    assert {s.type for s in recognise(t) if s.surface == "BNSW"} == {"organisation"}


def test_soviet_is_the_soviet_unions_demonym_not_russias() -> None:
    # round 24 (folder 61's Kyrgyz–Tajik story): "a former Soviet republic" put Russia on the map
    rows = find_places("Tajikistan, a former Soviet republic, disagreed.")
    soviet = rows[rows["surface"] == "Soviet"]
    assert soviet["name"].tolist() == ["Soviet Union"] and soviet["kind"].tolist() == ["demonym"]
    assert soviet["country_code"].isna().all()


def test_a_towns_name_heading_a_hyphened_village_abroad_is_no_place() -> None:
    # round 24 (folder 61): "the village of Kara-Bulak" in Kyrgyzstan put Kara, Togo (a region of
    # 242,000, a town of 104,000) on the map
    text = "Fighting spread to the village of Kara-Bulak, officials in Bishkek said."
    assert find_places(text)["surface"].tolist() == ["Bishkek"]
    # twin towns of one country stay places, and so do big towns: "Fargo-Moorhead", "Miami-Dade"
    rows = find_places("The river will crest in Fargo-Moorhead on Friday.")
    assert rows["surface"].tolist()[:1] == ["Fargo"]
    # (the gazetteer knows "Miami-Dade" whole since round 35: the county)
    rows = find_places("Miami-Dade police arrested him in Florida.")
    assert rows["surface"].tolist()[:1] == ["Miami-Dade"]


def test_a_town_a_demonym_names_lies_in_that_country_or_is_no_namesake_abroad() -> None:
    # round 24 (folder 62): "the northern Mozambican town of Palma" put Palma de Mallorca on a
    # Mozambican story's map, seven times (the gazetteer lacks Mozambique's Palma)
    text = (
        "Insurgents attacked the northern Mozambican town of Palma, the government said. "
        "Thousands fled Palma for Pemba, Mozambique."
    )
    rows = find_places(text)
    assert "Palma" not in rows["surface"].tolist()
    assert "Palma" not in {s.surface for s in recognise(text)}
    assert set(rows["country_code"]) == {"MZ"}
    # a town the country has stays, and so does a country or a state ("as it was then")
    assert find_places("The Ukrainian port of Odesa was hit.")["surface"].tolist() == [
        "Ukrainian",
        "Odesa",
    ]
    rows = find_places("He fled what was then the Indonesian province of East Timor.")
    assert "East Timor" in rows["surface"].tolist()


def test_nigerias_federal_capital_territory_is_a_place() -> None:
    # round 24 (folder 62): "the 36 states and the Federal Capital Territory (FCT)" counted an
    # organisation three times (GeoNames names it "Abuja Federal Capital Territory")
    text = "Tinubu won in 30 states and the Federal Capital Territory (FCT). The FCT voted late."
    rows = find_places(text)
    assert rows["surface"].tolist() == ["Federal Capital Territory", "FCT", "FCT"]
    assert set(rows["country_code"]) == {"NG"} and set(rows["kind"]) == {"admin area"}


def test_a_language_is_no_place() -> None:
    # round 24 (folder 62): "armed men shouting in English through a megaphone" put England on a
    # Haitian story's map (GWN's "speaks in Spanish", LGL's "airing in English and Spanish" too)
    assert find_places("Armed men were shouting in English through a megaphone.").empty
    assert find_places("The ad is airing in Florida in English and Spanish, where it ran.")[
        "surface"
    ].tolist() == ["Florida"]
    # a demonym qualifying a noun stays: "in French waters", "in French and Dutch hands"
    rows = find_places("Talks in French waters stalled. It was in French and Dutch hands.")
    assert rows["surface"].tolist() == ["French", "French", "Dutch"]
    # ... and a people stays (folder 63, after its check: "contributions from Ethiopians.")
    rows = find_places("The dam was funded by contributions from Ethiopians.")
    assert rows["surface"].tolist() == ["Ethiopians"]


def test_port_au_prince_is_haitis_capital() -> None:
    # round 24 (folder 62): "au" joined no name's words, so "Talks in Port-au-Prince failed"
    # found only "Port": Le Port, Réunion (GMB's ten Port-au-Prince were missed)
    rows = find_places("Talks in Port-au-Prince failed. Floods hit Ústí nad Labem.")
    assert rows["name"].tolist() == ["Port-au-Prince", "Ústí nad Labem"]
    assert rows["country_code"].tolist() == ["HT", "CZ"]


def test_petion_ville_is_petionville() -> None:
    # round 24 (folder 62): GeoNames writes Haiti's "Pétion-Ville" joined, so it was not found
    rows = find_places("He was killed at his residence in Pétion-Ville, an affluent suburb.")
    assert rows["name"].tolist() == ["Pétionville"] and rows["country_code"].tolist() == ["HT"]


def test_a_building_named_before_in_lies_in_that_place() -> None:
    # round 24 (folder 63, after its check): "the fire at Notre-Dame Cathedral in Paris" put
    # Notre Dame, Indiana on a Copenhagen story's map
    # (the gazetteer knows the cathedral since round 35: a landmark in Paris)
    rows = find_places("He compared the loss to the 2019 fire at Notre-Dame Cathedral in Paris.")
    assert rows["surface"].tolist() == ["Notre-Dame Cathedral", "Paris"]
    assert set(rows["country_code"]) == {"FR"}
    rows = find_places("The Manchester Airport in England closed.")
    assert rows["surface"].tolist() == ["Manchester", "England"]


def test_a_towns_building_in_a_place_reads_the_town_there() -> None:
    # the building's noun between a town and "in" still pairs them where the gazetteer knows no
    # landmark by the whole name: an American visitor's state made "Salisbury Cathedral" the
    # Maryland town and "Durham Cathedral" the North Carolina one, the England after "in" unread
    # (a landmark's whole name wins first, so the Notre-Dame text above no longer shows this)
    text = (
        "Visitors from Maryland queued outside Salisbury Cathedral in England to see its copy "
        "of Magna Carta."
    )
    rows = find_places(text)
    assert rows["surface"].tolist() == ["Maryland", "Salisbury", "England"]
    assert rows["country_code"].tolist() == ["US", "GB", "GB"]
    text = "A choir of students from North Carolina sang evensong at Durham Cathedral in England."
    rows = find_places(text)
    assert rows.loc[rows["surface"] == "Durham", "country_code"].tolist() == ["GB"]


def test_the_tail_of_a_hyphened_name_whose_head_is_no_place_is_no_place() -> None:
    # round 25 (folder 63): "the Lac-Saint-Jean region" was St. John's, Newfoundland ("Saint-Jean"
    # its French name); a place's own head keeps both, and so does a party's letters before a
    # member's home town
    text = (
        "Evacuations in the Lac-Saint-Jean region continued as fires neared Chibougamau, Quebec. "
        "The Hong Kong-Macau bridge reopened. Rep. Wendell Gilliard, D-Charleston, objected."
    )
    assert find_places(text)["surface"].tolist() == [
        "Chibougamau", "Quebec", "Hong Kong", "Macau", "Charleston"
    ]  # fmt: skip


def test_a_small_countrys_municipality_inside_a_longer_name_is_no_place() -> None:
    # round 25 (folder 63): "the Holmens Kanal" (a Copenhagen street) was Kanal, a Slovenian
    # municipality of 2,548 that GeoNames files as a first-order area; written as a place it
    # stays, and so does a state inside a longer name
    text = "Smoke drifted over the Holmens Kanal. Officials in Kanal said nothing."
    assert find_places(text)["start"].tolist() == [text.rindex("Kanal")]
    assert find_places("Crowds filled Old Texas yesterday.")["surface"].tolist() == ["Texas"]


def test_a_romance_compass_word_ending_a_regions_name_is_no_place() -> None:
    # round 25 (folder 65): "the Horta Sud district" (a Valencian comarca the gazetteer lacks)
    # was Horta, a Catalan town, and Sud, a Haitian department; the department stays itself
    text = "Paiporta lies in the Horta Sud district, in the province of Valencia."
    assert find_places(text)["surface"].tolist() == ["Paiporta", "Valencia"]
    text = "Haiti's Sud department flooded. Aid reached Sud on Monday."
    assert find_places(text)["surface"].tolist() == ["Haiti", "Sud", "Sud"]


def test_an_ampersand_joins_two_names_not_the_words_of_one() -> None:
    # round 25 (folder 64, the final check): a site's section "Middle East & Africa" was East
    # Africa; a country named with "and" stays whole when written with "&"
    text = "Home / World / Middle East & Africa. Bosnia & Herzegovina voted."
    got = find_places(text)
    assert got["surface"].tolist() == ["Middle East", "Africa", "Bosnia & Herzegovina"]
    assert got["name"].tolist()[-1] == "Bosnia and Herzegovina"


def test_a_village_sized_first_order_area_abroad_is_a_stray() -> None:
    # round 25 (folder 64, the final check): "The towns of Susa, Shahat, Al Marj" in a Libyan
    # story put Susa, an Azerbaijani district of 19,400 (a first-order area in GeoNames), on the
    # map; written with its country, it stays
    text = "Rain hit Libya. The towns of Susa, Shahat, Al Marj and Benghazi were hit."
    assert find_places(text)["surface"].tolist() == ["Libya", "Shahat", "Al Marj", "Benghazi"]
    text = "Refugees returned to Susa, Azerbaijan, from Baku and Ganja."
    assert find_places(text)["surface"].tolist()[:2] == ["Susa", "Azerbaijan"]


def test_the_first_of_two_rivers_named_together_is_no_town() -> None:
    # round 25 (folder 64, after its check): "the Kabul and Swat rivers burst their banks" put
    # Kabul, the Afghan capital, on a Pakistani flood story's map; the city written alone stays
    text = (
        "Thousands fled Nowshera and Charsadda as the Kabul and Swat rivers burst their banks. "
        "Flights from Kabul and Islamabad resumed."
    )
    got = find_places(text)
    # (the Swat river is the Swat district's, a place of the alias table: round 49)
    assert got["surface"].tolist() == ["Nowshera", "Charsadda", "Swat", "Kabul", "Islamabad"]
    assert got["start"].tolist()[3] == text.rindex("Kabul")


def test_a_countrys_possessive_places_the_name_at_that_mention() -> None:
    # round 26: "Pakistan's Punjab province … India's Punjab state" put both in Pakistan (one
    # sense per name per article); the possessive is a pair as "Paris, Texas" is, and the name's
    # bare mentions after it in its paragraph share its reading
    rows = find_places(
        "Floods hit Pakistan's eastern Punjab province. Across the border, India's Punjab state "
        "was spared, and the Punjab government said farms were safe."
    )
    assert rows[rows.surface == "Punjab"].country_code.tolist() == ["PK", "IN", "IN"]
    # a possessive that holds no sense of the name says nothing ("Russia's ally Belarus")
    rows = find_places("Russia's ally Belarus hosted the talks in Minsk.")
    assert rows[rows.surface == "Belarus"].kind.tolist() == ["country"]


def test_an_areas_short_name_is_not_lost_to_a_small_towns_other_name() -> None:
    # round 26, folder 66: "Zhengzhou, capital of central Henan province" put Henan (94 million
    # people) at Hengyang, a town of Hunan that GeoNames also calls "Henan"
    rows = find_places("Zhengzhou, capital of central Henan province, was quiet.")
    assert rows[rows.surface == "Henan"][["kind", "country_code"]].values.tolist() == [
        ["admin area", "CN"]
    ]
    assert rows[rows.surface == "Henan"].name.str.startswith("Henan").all()


def test_islands_news_names_by_themselves_are_the_islands() -> None:
    # round 26 (folders 65 and 66): GeoNames' towns file has islands' towns only, so "Tenerife"
    # was Santa Cruz de Tenerife, "El Hierro" a person and "Rhodes" a suburb of Sydney
    rows = find_places(
        "Fires raged on Rhodes and on Tenerife. Migrant boats left for El Hierro, and Maui "
        "and Oahu sent help."
    )
    got = dict(zip(rows.surface, zip(rows.kind, rows.country_code, strict=True), strict=True))
    assert got == {
        "Rhodes": ("region", "GR"),
        "Tenerife": ("region", "ES"),
        "El Hierro": ("region", "ES"),
        "Maui": ("region", "US"),
        "Oahu": ("region", "US"),
    }
    # an islands' people are the country's demonym, not a person ("Solomon Islanders")
    rows = find_places("My customers are Solomon Islanders, he said.")
    assert rows[["kind", "country_code"]].values.tolist() == [["demonym", "SB"]]


def test_a_postal_code_english_writes_otherwise_is_a_state_only_after_a_town() -> None:
    # round 26, folder 67: a newsletter's "[ OK ]" button and "Minister Mahfud MD" were Oklahoma
    # and Maryland; LGL's "that's OK", "an OK from the Board" and "an ID badge" too
    for text in ("He said the plan was OK.", "The deal got the OK.", "Show your ID badge."):
        assert find_places(text).empty, text
    rows = find_places("Tulsa, OK police said. TULSA, OK (AP) - Rain fell.")
    assert rows[rows.surface == "OK"].name.tolist() == ["Oklahoma", "Oklahoma"]


def test_a_state_code_after_a_town_is_that_countrys_state() -> None:
    # round 44: "Seattle, WA" made an organisation "WA" (its letters' first sense is Wa, a
    # Ghanaian town, so the pair read no state); Australia's and Canada's codes were no names
    rows = find_places("He lives in Seattle, WA now. She moved to Spokane, WA, last year.")
    assert rows[rows.surface == "WA"].name.tolist() == ["Washington", "Washington"]
    assert "written with Washington" in rows.why.iloc[0]
    rows = find_places("The mine near Perth, WA closed. Workers from Kalgoorlie lost jobs.")
    assert rows[["surface", "name", "country_code"]].values.tolist() == [
        ["Perth", "Perth", "AU"], ["WA", "Western Australia", "AU"],
        ["Kalgoorlie", "Kalgoorlie", "AU"],
    ]  # fmt: skip
    rows = find_places("In Darwin, NT, it rained. Toronto, ON and Yellowknife, NWT were dry.")
    assert rows[rows.kind == "admin area"].name.tolist() == [
        "Northern Territory", "Ontario", "Northwest Territories",
    ]  # fmt: skip
    # ... and the codes that are also words, parties or given names only there
    for text in ("SA Police said the ACT had a plan.", "Vic Reeves spoke.", "The NT News wrote."):
        assert find_places(text).empty, text


def test_choiseul_in_a_solomon_islands_story_is_the_province() -> None:
    # round 44, folder 133: GeoNames lacks the province, so "Isabel and Choiseul" put Choiseul,
    # a town in Saint Lucia, on the Solomon Islands' map
    rows = find_places("Voters in Honiara, Malaita, Isabel and Choiseul went to the polls.")
    assert rows[rows.surface == "Choiseul"][["name", "country_code"]].values.tolist() == [
        ["Choiseul Province", "SB"]
    ]


def test_a_spanish_ravines_name_is_no_town() -> None:
    # round 44, folder 130's Valencia floods: "the Barranco del Poyo, a ravine" was Barranco, a
    # district of Lima, on the map of Paiporta's flood
    rows = find_places("Water drained through the Barranco del Poyo, a ravine beside Paiporta.")
    assert rows.surface.tolist() == ["Paiporta"]


def test_a_features_bare_first_word_is_the_feature_not_a_small_town() -> None:
    # round 44, folder 132's Noto quake: "the Noto Peninsula … the Noto region, the Noto
    # coastline" put six "Noto" on Noto town (Ushitsu); a city keeps its own name
    rows = find_places(
        "The quake struck the Noto Peninsula. Roads across the Noto region were cut, and Wajima "
        "burned."
    )
    assert rows[rows.surface == "Noto"].name.tolist() == ["Noto Peninsula"]
    rows = find_places("Ferries to Vancouver Island were cancelled. Vancouver was dry.")
    assert rows[rows.surface == "Vancouver"].name.tolist() == ["Vancouver"]


def test_kazakh_and_the_aral_sea_are_what_news_means() -> None:
    # round 26, folder 67: "Kazakh" was Petropavl and "the Aral Sea" the town of Aral, both by
    # GeoNames' alternate names
    # (the town still wins "the Aral Sea" beside Kazakh places: its alternate name and people
    # outweigh a sea's prior; left for a rule on towns' alternate names that name features)
    rows = find_places("Its language is close to Kazakh, and Uzbek.")
    assert rows[["surface", "kind", "name"]].values.tolist()[0] == [
        "Kazakh",
        "demonym",
        "Kazakhstan",
    ]
    rows = find_places("The Aral Sea shrank.")
    assert rows[["surface", "kind", "name"]].values.tolist() == [["Aral Sea", "region", "Aral Sea"]]


def test_other_countries_area_nouns_frame_an_area() -> None:
    # round 26, folder 67: "in Malang Regency" was a person; "Fukushima Prefecture" the city
    text = (
        "The tragedy at Kanjuruhan Stadium in Kepanjen, in Malang Regency, unfolded on Saturday "
        "night after home side Arema FC lost 3-2."
    )
    assert "person" not in {s.type for s in recognise(text)}
    rows = find_places("Officials in Fukushima Prefecture said so.")
    assert rows[["surface", "kind"]].values.tolist() == [["Fukushima", "admin area"]]


def test_a_quarter_many_cities_have_is_no_foreign_citys() -> None:
    # round 26 (folder 66): GeoNames files "Chinatown" under San Francisco, which a Honiara
    # story's "the capital's Chinatown" put on the map; an American story's stays
    rows = find_places(
        "Police in the Solomon Islands found bodies in the capital's Chinatown, in Honiara. "
        "Australia and Fiji sent police."
    )
    assert "Chinatown" not in rows.surface.tolist()
    rows = find_places("Riots in San Francisco spread to Chinatown and Oakland.")
    assert rows[rows.surface == "Chinatown"].country_code.tolist() == ["US"]


def test_the_final_checks_places_abroad_and_a_french_byline() -> None:
    # round 46's final check (held folder 146): Bolivia's Beni department (GeoNames: "El Beni")
    # was Beni, a city in Congo; a French byline's "Par notre correspondant" was Par, Cornwall
    text = (
        "Par notre correspondant à Yaoundé / By our correspondent in Yaoundé\n\nPaz won in "
        "Santa Cruz, Beni and Tarija. A tree fell on the line at Par, near Bodmin."
    )
    rows = find_places(text)
    assert list(zip(rows.surface, rows.country_code, strict=True)) == [
        ("Yaoundé", "CM"), ("Yaoundé", "CM"), ("Santa Cruz", "BO"), ("Beni", "BO"),
        ("Tarija", "BO"), ("Par", "GB"), ("Bodmin", "GB"),
    ]  # fmt: skip


def test_european_regions_by_their_own_names_are_found() -> None:
    # round 46 (a Volkswagen results story of my own): "IG Metall Niedersachsen und
    # Sachsen-Anhalt" was an organisation "IG" and a person "Metall Niedersachsen"; and the
    # gazetteer knew Baden-Württemberg only as GeoNames spells it, "Baden-Wuerttemberg"
    text = (
        "Sources: IG Metall Niedersachsen und Sachsen-Anhalt. Plants in Baden-Württemberg and "
        "Catalunya stayed open."
    )
    rows = find_places(text)
    assert list(zip(rows.surface, rows.name, strict=True)) == [
        ("Niedersachsen", "Lower Saxony"),
        ("Sachsen-Anhalt", "Saxony-Anhalt"),
        ("Baden-Württemberg", "Baden-Wuerttemberg"),
        ("Catalunya", "Catalonia"),
    ]
    assert [s.surface for s in recognise(text) if s.type == "organisation"] == ["IG Metall"]


def test_chiles_regions_named_by_code_only_are_found() -> None:
    # round 26, folder 66: "to Magallanes at the southern tip" of a Chilean story was a village
    # in the Philippines (GeoNames' towns file gives Magallanes' towns the code "10", no name)
    rows = find_places(
        "Reject won in every region of Chile, from Arica to Magallanes in the south."
    )
    assert rows[rows.surface == "Magallanes"][["kind", "country_code"]].values.tolist() == [
        ["admin area", "CL"]
    ]


def test_an_area_named_by_a_compass_word_is_found_with_its_noun() -> None:
    # round 26, folder 68: "across the Central District" of a Botswana story was Israel's Central
    # District; Botswana's area is "Central" in the gazetteer. Israel's keeps its own name.
    # (a name of the area's own, not another name: with South Africa, Zambia, China and the
    # United States named too, another name lost to Israel's)
    rows = find_places(
        "GABORONE (Reuters) - Botswana's ruling party lost. South Africa and Zambia congratulated "
        "Duma Boko, and China and the United States watched. Masisi campaigned in his home town "
        "of Serowe and across the Central District."
    )
    assert rows[rows.surface == "Central District"].country_code.tolist() == ["BW"]
    rows = find_places("Rockets hit Israel's Central District near Tel Aviv.")
    assert rows[rows.surface == "Central District"].country_code.tolist() == ["IL"]


def test_a_province_geonames_renumbered_is_found() -> None:
    # round 29, folder 74: "Enga Province" and "Hela" found no place (their code had no name)
    rows = find_places(
        "The landslide buried a village in Enga Province, Papua New Guinea, and rain fell on Hela."
    )
    assert set(zip(rows.surface, rows.kind, rows.country_code, strict=True)) >= {
        ("Enga", "admin area", "PG"),
        ("Hela", "admin area", "PG"),
    }


def test_a_stream_names_no_town() -> None:
    # round 26, folder 68: "Since Nord Stream, everybody knows" put Nord, Haiti on a Finnish
    # story's map (GWN's "Nord Stream 2" too)
    rows = find_places("Since Nord Stream, everybody knows. The Nord Stream pipelines broke.")
    assert rows.empty


def test_an_aircrafts_name_before_its_noun_is_no_town() -> None:
    # round 29: "a Black Hawk helicopter" was Black Hawk, South Dakota (GMB's three "Chinook
    # helicopter"s were Chinook, Montana); the town written as a place stays
    assert find_places("A Black Hawk helicopter crashed near Kabul.")["surface"].tolist() == [
        "Kabul"
    ]
    assert find_places("The Chinook helicopter was returning to Ghazni.")["surface"].tolist() == [
        "Ghazni"
    ]
    assert find_places("Officials in Black Hawk said so.")["surface"].tolist() == ["Black Hawk"]


def test_a_machines_name_before_its_model_number_is_no_town() -> None:
    # round 29, the final check (folder 76): "the Victor 6000" (a deep-sea robot) was Victor, New
    # York (LGL's "Farm to Market 678" and "Loop 286" were Marquette and the Chicago Loop); a
    # year after the town keeps it
    text = "A second robot, the Victor 6000, worked at the site with ships from Boston."
    assert find_places(text)["surface"].tolist() == ["Boston"]
    assert find_places("Officials in Victor said so.")["surface"].tolist() == ["Victor"]


def test_state_short_forms_and_an_aircrafts_registration() -> None:
    # round 29, after the final check (folder 78): "NSW Premier Chris Minns" gave an
    # organisation "NSW" (wikigold's "( Qld )" a miss); "registered VT-ANB" was Vermont
    rows = find_places("NSW Premier Chris Minns said Qld was spared.")
    assert rows["name"].tolist() == ["New South Wales", "Queensland"]
    rows = find_places("The jet, registered VT-ANB, was 11 years old. Snow fell in VT.")
    assert rows["start"].tolist() == [59]


def test_names_that_keep_swapping_their_countries_settle_together() -> None:
    # round 30: choosing at once, Westminster (Colorado's is the bigger) took Liverpool's England
    # while Liverpool took Westminster's United States, round after round, and the article ended
    # with England's Westminster and Liverpool, New York
    rows = find_places("They met in Westminster and Liverpool.")
    assert rows["country_code"].tolist() == ["GB", "GB"]
    assert "England" in rows["why"].iloc[1]


def test_a_state_of_a_country_the_article_never_places_loses_its_kinds_bonus() -> None:
    # round 31, folder 78: in a story of Lima, Piura and Chiclayo, "later in Trujillo" was
    # Venezuela's Trujillo state (578,000 people, +1 as a state) over Peru's city of a million,
    # where the story's American places outnumbered its Peruvian ones
    text = (
        "He grew up in Chicago, Illinois, and studied in Philadelphia, Boston, Rome, Paris, Madrid "
        "and London. He went to Peru, working later in Trujillo."
    )
    rows = find_places(text)
    assert rows.loc[rows["surface"] == "Trujillo", "country_code"].tolist() == ["PE"]


def test_a_small_foreign_town_named_only_before_a_churchs_noun_is_the_church() -> None:
    # round 30, folder 78: a Paris story's "Notre-Dame Cathedral" was Notre Dame, Indiana (6,000
    # people, above the stray rule's 5,000); a town before "Cathedral" in its own country stays
    # (since round 35 the gazetteer knows the cathedral itself: a landmark in Paris)
    text = "The boats passed Notre-Dame Cathedral and the Louvre in Paris, then Lyon and Marseille."
    rows = find_places(text)
    assert rows["surface"].tolist() == ["Notre-Dame Cathedral", "Paris", "Lyon", "Marseille"]
    assert set(rows["country_code"]) == {"FR"}
    text = "Crowds filled Chartres Cathedral. Chartres, Paris and Lyon mourned."
    assert find_places(text)["surface"].tolist()[0] == "Chartres"


def test_a_towns_old_local_name_is_no_mention_of_the_town() -> None:
    # round 30: a Texas flood story's "Cow Creek north-west of the city" was Jacksonville,
    # Florida, whose old name GeoNames keeps as an alternate one (Phoenix's "Salt River",
    # Paterson's "Great Falls"); an English-speaking country's towns keep their own names only
    text = "Deaths were reported along Cow Creek near Austin and Dallas, and on the Salt River."
    assert find_places(text)["name"].tolist() == ["Austin", "Dallas"]


def test_a_camps_or_a_forts_name_is_no_town() -> None:
    # round 30: "10 girls and a counselor from Camp Mystic" in a Texas flood story was Mystic,
    # Connecticut; a town named in full with the word stays
    text = "Searchers looked for girls from Camp Mystic and soldiers from Fort Worth, Texas."
    assert find_places(text)["name"].tolist() == ["Fort Worth", "Texas"]


def test_a_town_abroad_named_only_as_an_area_the_gazetteer_lacks_is_a_stray() -> None:
    # round 30: Nepal's "Koshi Province" (named in 2023) was Kōshi, a Japanese town of 62,000
    text = (
        "In Biratnagar, the industrial hub of Koshi Province near the Indian border, crowds "
        "attacked offices in Kathmandu and Pokhara."
    )
    assert "Koshi" not in find_places(text)["surface"].tolist()
    text = "Floods hit Fukushima Prefecture, Tokyo and Osaka."  # (an area the gazetteer holds)
    assert find_places(text)["surface"].tolist()[0] == "Fukushima"


def test_a_small_towns_name_that_names_a_hotel_is_no_town() -> None:
    # round 30: "The Hilton hotel in Kathmandu's Naxal area was gutted" put Hilton, New York on
    # a Nepal story's map; a city before "hotel" stays the city
    text = "The Hilton hotel in Kathmandu was gutted. A Pokhara hotel stayed open."
    assert find_places(text)["surface"].tolist() == ["Kathmandu", "Pokhara"]
    # (round 36, folder 100: "outside the Matignon residence" was a Breton village, and since
    # round 48 Matignon is the landmark; a town's name before "residence" names the house,
    # as "the Highgrove residence" does, and a city's residence stays the city)
    text = "He spoke outside the Highgrove residence. The Paris residence of the envoy was empty."
    assert find_places(text)["surface"].tolist() == ["Paris"]
    text = "He spoke outside the Matignon residence."
    assert find_places(text)["name"].tolist() == ["Hôtel Matignon"]
    # ... nor one before a cabin's or a lodge's name ("as he sat in Butler Cabin" at Augusta)
    text = "Jon Rahm sat in Butler Cabin at Augusta. The Dunkeld Lodge fire spread."
    assert find_places(text)["surface"].tolist() == ["Augusta"]


def test_a_town_and_a_state_whose_name_is_best_known_as_a_capital() -> None:
    # round 30, folder 76's Titan story: "OceanGate, based in Everett, Washington" beside "the
    # Coast Guard in Boston" was Everett, Massachusetts and Washington, D.C.: the state's name's
    # best-known sense is the capital, so the pair went unread
    text = "OceanGate, based in Everett, Washington, lost the Titan. The Coast Guard in Boston searched."
    rows = find_places(text)
    assert rows["name"].tolist()[:2] == ["Everett", "Washington"]
    assert "written with Washington" in rows["why"].iloc[0]
    assert rows["kind"].iloc[1] == "admin area"


def test_a_small_towns_name_before_an_age_is_a_residents() -> None:
    # round 33 (folder 89): "said Amparo, a 67-year-old retired seamstress" was Amparo, Brazil;
    # LGL's "his children, Hailey, 6, and Caleb, 4," Hailey, Idaho
    rows = find_places(
        "“It came like a wave,” said Amparo, a 67-year-old retired seamstress in Paiporta. His "
        "children, Hailey, 6, and Caleb, 4, died in Montana."
    )
    assert set(rows.surface) == {"Paiporta", "Montana"}
    # (round 36, the final check: not after "at" or "in", where the age is an earlier noun's:
    # "The station master at Larissa, a 59-year-old man" was the model's person)
    rows = find_places("The station master at Larissa, a 59-year-old man, was charged.")
    assert rows.name.tolist() == ["Lárisa"]


def test_seouls_parliament_district_and_square_are_in_seoul() -> None:
    # round 33 (folder 89's impeachment live page): "Crowds swell in Yeouido" and "near
    # Gwanghwamun Square" were no places at all
    rows = find_places("Crowds swell in Yeouido. A rally was under way near Gwanghwamun Square.")
    assert rows.surface.tolist() == ["Yeouido", "Gwanghwamun Square"]
    assert set(rows.place_id) == {1835848} and set(rows.country_code) == {"KR"}


def test_cameroons_anglophone_regions_by_the_names_news_gives_them() -> None:
    # round 33 (folder 89): Cameroon's "North-West" region was South Africa's province
    rows = find_places(
        "Cameroon faces a conflict in its North-West region, around Bamenda. In the Southwest "
        "Region, schools shut."
    )
    got = dict(zip(rows.surface, rows.country_code, strict=True))
    assert got["North-West"] == "CM" and got["Southwest Region"] == "CM"
    rows = find_places("Mahikeng is the capital of North-West province in South Africa.")
    assert rows.country_code.tolist() == ["ZA", "ZA"]


def test_blantyres_twin_town_is_in_malawi_and_cameroons_stays_in_cameroon() -> None:
    # round 33 (folder 90's Malawi election): "in Limbe, Blantyre" was Limbe, Cameroon
    rows = find_places("Supporters celebrate in Limbe, Blantyre, after the results.")
    assert rows.country_code.tolist() == ["MW", "MW"]
    rows = find_places("Ferries left Limbe for Douala in Cameroon.")
    assert set(rows.country_code) == {"CM"}


def test_a_north_carolina_village_under_the_gazetteers_threshold() -> None:
    # round 33, the final check (folder 91's Helene floods): "In Chimney Rock Village" and "in
    # Chimney Rock" were nothing
    rows = find_places("In Chimney Rock Village, the town flooded. Down the road in Chimney Rock.")
    assert rows.surface.tolist() == ["Chimney Rock Village", "Chimney Rock"]
    assert set(rows.country_code) == {"US"}


def test_names_a_list_of_counties_gives_are_the_counties() -> None:
    # round 35, final check (folder 97): "the hardest-hit areas in Hillsborough, Pinellas,
    # Sarasota and Manatee counties" put Hillsborough in New Jersey and Sarasota on the city, and
    # found no Pinellas; LGL's "in Eastland and Callahan counties" were the towns
    text = (
        "About 3 million customers were without power statewide, with the hardest-hit areas in "
        "Hillsborough, Pinellas, Sarasota and Manatee counties. In Sarasota, roofs were torn off. "
        "In Polk county schools stayed shut."
    )
    rows = find_places(text)
    assert list(rows["name"]) == [
        "Hillsborough County", "Pinellas County", "Sarasota County", "Manatee County",
        "Sarasota", "Polk County",
    ]  # fmt: skip
    assert set(rows["country_code"]) == {"US"}
    assert rows["lat"].between(26, 29).all()  # (Florida's, not another state's)


def test_a_datelines_state_named_town_is_the_town_and_slashed_towns_are_datelines() -> None:
    # round 37 (folder 102's market report): "NEW YORK/LONDON, Aug 5 (Reuters)" put New York
    # state's middle, 250 km upstate, on the map for a Wall Street story, and the second town
    # was no dateline's; "in New York" alone keeps the state, as the corpora measure it
    rows = find_places("NEW YORK/LONDON, Aug 5 (Reuters) - Stocks fell in New York.")
    assert rows.name.tolist() == ["New York City", "London", "New York City"]
    rows = find_places("LONDON/NEW YORK (Reuters) - Shares fell.")
    assert rows.name.tolist() == ["London", "New York City"]
    assert find_places("He lives in New York.").kind.tolist() == ["admin area"]


def test_a_firms_state_named_base_is_the_town_and_pulls_no_namesakes() -> None:
    # round 54 (folder 176's Panama ports sale): "the New York-based fund manager" was the state,
    # whose bonus put "MSC, the Geneva-based shipping line" in Geneva, New York
    rows = find_places(
        "CK Hutchison of Hong Kong agreed to sell its Panama ports to BlackRock, the New"
        " York-based fund manager, and MSC, the Geneva-based shipping line. Beijing objected to"
        " the sale. The ports sit at both ends of the Panama Canal."
    )
    got = dict(zip(rows.surface, zip(rows.name, rows.country_code, strict=True), strict=True))
    assert got["New York"] == ("New York City", "US")  # (kept, though read by an alternate name)
    assert got["Geneva"] == ("Geneva", "CH")
    # written also without "-based", the name keeps the corpora's reading: the state
    rows = find_places("A New York-based firm bid. Voters in New York chose a governor.")
    assert rows.kind.tolist() == ["admin area", "admin area"]


def test_the_great_wall_is_a_landmark_in_china() -> None:
    # round 37 (folder 104's Trans-Mongolian journey): "on to the Great Wall" was the model's
    # organisation; a carmaker named after it stays the carmaker
    rows = find_places(
        "From the Kremlin to the Gobi and on to the Great Wall. Great Wall Motors rose."
    )
    assert rows.name.tolist() == ["Kremlin", "Gobi", "Great Wall of China"]
    assert rows.country_code.tolist()[-1] == "CN"


def test_an_air_bases_name_and_the_tours_de_france_are_no_towns() -> None:
    # round 37, the final check (folder 103): "landing at the Hindon air base near New Delhi"
    # was Hindon, a Wiltshire village; "one of the most dominant Tours de France" was Tours;
    # "the Bonaire shopping centre in Aldaia" the Caribbean island (a small first-order area)
    rows = find_places(
        "She landed at the Hindon air base near New Delhi. Pogacar capped one of the most "
        "dominant Tours de France in history. Water filled the Bonaire shopping centre in Aldaia."
    )
    assert rows.name.tolist() == ["New Delhi", "Aldaia"]


def test_a_small_towns_dateline_is_the_articles_town() -> None:
    # round 38 (folder 105's school board): "WOODSTOCK - After more than four hours of public
    # comment" above a Virginia county's budget was Woodstock, Ontario; a big town's dateline
    # stays the town its readers know ("PARIS -" over a Texas story)
    text = (
        "WOODSTOCK - The Shenandoah County School Board met in Woodstock. Parents came from "
        "Frederick County, Winchester and Richmond."
    )
    rows = find_places(text)
    assert set(rows.loc[rows["surface"].str.lower() == "woodstock", "country_code"]) == {"US"}
    paris = find_places("PARIS - Texas officials met in Dallas and Houston on Monday.")
    assert paris.loc[paris["surface"] == "PARIS", "country_code"].tolist() == ["FR"]


def test_englands_counties_without_a_geonames_entry_are_regions() -> None:
    # round 38 (folder 106's match report): "Referee: Anthony Taylor (Cheshire)" was Cheshire,
    # Connecticut; GeoNames has no entry named Cheshire, Merseyside or Greater Manchester.
    # "Cheshire, Connecticut" stays the town
    rows = find_places("Referee: Anthony Taylor (Cheshire). Attendance: 60,236 in London.")
    assert rows.loc[rows["surface"] == "Cheshire", "country_code"].tolist() == ["GB"]
    rows = find_places("The school in Cheshire, Connecticut closed.")
    assert rows.loc[rows["surface"] == "Cheshire", "country_code"].tolist() == ["US"]


def test_a_states_possessive_holds_its_towns() -> None:
    # round 38 (folder 105's flood story): "came ashore in Florida's Big Bend" was Big Bend,
    # Wisconsin (the gazetteer has no Florida one: dropped); a country's possessive still holds
    # what it governs abroad ("China's Hong Kong")
    rows = find_places("Helene came ashore in Florida's Big Bend, then hit Tennessee.")
    assert "Big Bend" not in rows["surface"].tolist()
    rows = find_places("California's Santa Clara grew. China's Hong Kong protested.")
    got = dict(zip(rows["surface"], rows["country_code"], strict=True))
    assert got["Santa Clara"] == "US" and got["Hong Kong"] == "HK"


def test_the_busiest_airports_by_their_bare_names_are_landmarks() -> None:
    # round 38 (folder 107, the final check's outage story): "Amsterdam's Schiphol" named
    # nothing and the town went to New York state; "flights at Heathrow" were in Florida
    rows = find_places("Flights at Heathrow airport were cancelled on Friday.")
    assert rows[["surface", "country_code"]].values.tolist() == [["Heathrow", "GB"]]
    rows = find_places(
        "In Europe, Amsterdam's Schiphol and London Gatwick reported problems. Flights from "
        "Newark, Chicago, Boston and Atlanta were grounded in the United States."
    )
    got = dict(zip(rows["surface"], rows["country_code"], strict=True))
    assert got["Schiphol"] == "NL" and got["Amsterdam"] == "NL" and got["Gatwick"] == "GB"
    # ... and a town's possessive before one is the landmark's town, though the article's other
    # places are American and name New York (Amsterdam, New York)
    rows = find_places(
        "Amsterdam's Schiphol reported problems. Flights from Newark, Chicago, Boston and New "
        "York were grounded. Writers in New York and Austin, Texas contributed."
    )
    assert rows.loc[rows["surface"] == "Amsterdam", "country_code"].tolist() == ["NL"]
    # ... and by their city's name and their own (round 46, folder 144: "landed at Gatwick,
    # Amsterdam's Schiphol and Paris Charles de Gaulle" made a person; "Madrid-Barajas
    # Airport" was Madrid); the general stays a person
    text = (
        "Flights landed at Paris Charles de Gaulle. Others left Madrid-Barajas Airport and Rome "
        "Fiumicino. General Charles de Gaulle spoke."
    )
    assert find_places(text).name.tolist() == [
        "Charles de Gaulle Airport",
        "Madrid-Barajas Airport",
        "Fiumicino Airport",
    ]
    assert [s.surface for s in recognise(text) if s.type == "person"] == ["Charles de Gaulle"]


def test_national_parks_are_places() -> None:
    # round 39 (folder 108's wildfire story): "the town and Jasper National Park" was the town,
    # and "Yellowstone National Park" no place at all (GeoNames' cities file has no parks)
    rows = find_places("Evacuees fled the town and Jasper National Park in Alberta.")
    got = rows[["surface", "country_code"]].values.tolist()
    assert got == [["Jasper National Park", "CA"], ["Alberta", "CA"]], got
    rows = find_places("Wolves roam Yellowstone National Park. Hikers crowd Dartmoor.")
    got = rows[["surface", "country_code"]].values.tolist()
    assert got == [["Yellowstone National Park", "US"], ["Dartmoor", "GB"]], got


def test_moroccos_atlas_ranges_are_places() -> None:
    # round 39 (folder 109's earthquake story): "In the High Atlas villages" was a person
    rows = find_places("In the High Atlas villages, survivors are digging. Marrakech shook.")
    got = rows[["surface", "country_code"]].values.tolist()
    assert got == [["High Atlas", "MA"], ["Marrakech", "MA"]], got


def test_world_cities_lend_their_namesakes_abroad_to_no_cluster() -> None:
    # round 39 (folder 109's central-bank story): Frankfurt and Geneva both have Indiana
    # namesakes near each other, and beside "U.S. rates" that pair made both Indiana towns
    text = (
        '"The ECB has cut," said Carsten Brzeski of ING in Frankfurt.\n\nFrederik Ducrozet, '
        "head of research at Pictet Wealth Management in Geneva, said the ECB would cut again."
        "\n\nThe decision marks a break with the Fed, whose chair has said U.S. rates will stay "
        "high."
    )
    rows = find_places(text)
    got = dict(zip(rows["surface"], rows["country_code"], strict=False))
    assert got["Geneva"] == "CH" and got["Frankfurt"] == "DE", got
    # ... while a local story's towns still find one another ("Paris" beside Henry County)
    rows = find_places(
        "Deputies from Paris and the Henry County sheriff searched Kentucky Lake. Paris police "
        "and Puryear officials helped."
    )
    assert rows.loc[rows["surface"] == "Paris", "country_code"].tolist() == ["US", "US"]


def test_englands_regions_are_english() -> None:
    # round 39 (folder 108's count night): "Reform finished second across the North East" in a
    # Hartlepool story was Botswana's North-East District
    rows = find_places("In Hartlepool, Reform finished second across the North East.")
    got = rows[["surface", "country_code"]].values.tolist()
    assert got == [["Hartlepool", "GB"], ["North East", "GB"]], got


def test_a_citys_numbered_wards_and_its_roll_call_hold_no_towns_abroad() -> None:
    # round 39 (the final check, folder 110's Toronto council story): "Davenport (Ward 9)" and
    # "University-Rosedale (Ward 11)" were Davenport, Iowa and Rosedale, New York; the roll call's
    # "Morley", "Ainslie" and "Burnside" were towns in England, Australia and Canada; "parts of
    # North York and Scarborough" were Pennsylvania's and England's
    text = (
        "TORONTO — Toronto city council voted to allow six units on lots across the old city "
        "and parts of North York and Scarborough. The wards included are Davenport (Ward 9), "
        "University-Rosedale (Ward 11) and Toronto Centre (Ward 13). Coun. Gord Perks (Ward 4, "
        "Parkdale-High Park) spoke in Toronto.\n\nHOW THEY VOTED For (3): Mayor Chow, Perks, "
        "Morley, Ainslie. Against (1): Burnside."
    )
    rows = find_places(text)
    got = sorted(set(zip(rows["surface"], rows["country_code"], strict=True)))
    assert got == [
        ("High Park", "CA"),
        ("North York", "CA"),
        ("Scarborough", "CA"),
        ("TORONTO", "CA"),
        ("Toronto", "CA"),
    ], got


def test_a_landmarks_town_and_a_finals_plural() -> None:
    # round 39 (the final check, folder 110's rugby final): "the Stade de France in Saint-Denis"
    # was Réunion's capital, "arrive at OR Tambo International Airport" Tambo, Peru, and "four
    # Rugby World Cups" the town Rugby
    rows = find_places(
        "South Africa won four Rugby World Cups, the last at the Stade de France in Saint-Denis. "
        "The team arrives at OR Tambo International Airport on Tuesday."
    )
    got = rows[["surface", "country_code"]].values.tolist()
    assert got == [
        ["South Africa", "ZA"],
        ["Stade de France", "FR"],
        ["Saint-Denis", "FR"],
        ["OR Tambo International Airport", "ZA"],
    ], got


def test_wellingtons_suburbs_in_a_wellington_story() -> None:
    # round 40, folder 114: "burst pipes in Karori and Miramar" in a Wellington story put
    # Miramar in Florida (the towns file lacks Wellington's suburb); alone, Miramar stays Florida's
    rows = find_places("WELLINGTON — Mains burst in Karori and Miramar, Wellington Water said.")
    got = dict(zip(rows.surface, rows.country_code, strict=True))
    assert got["Miramar"] == "NZ", got
    rows = find_places("Police in Miramar and Hollywood, Florida, said so.")
    assert set(rows.country_code) == {"US"}, rows


def test_a_dateline_that_names_a_state_and_towns_elsewhere_follows_the_story() -> None:
    # round 40, the final check (folder 113, British Columbia's election): "VICTORIA — David
    # Eby's BC NDP will form a majority" was the Australian state (a dateline took its name's
    # best-known sense, and that is a state with no town of its name); a wire's dateline with
    # nothing else stays the state
    rows = find_places(
        "VICTORIA — David Eby's BC NDP won. Eby spoke in Vancouver, Surrey and Kelowna."
    )
    got = dict(zip(rows.surface, rows.country_code, strict=True))
    assert got["VICTORIA"] == "CA", got
    rows = find_places("VICTORIA (Reuters) - The state's government said on Monday.")
    assert list(rows.country_code) == ["AU"], rows


def test_british_columbians_are_british_columbias_people() -> None:
    # round 40, the final check (folder 113): "“British Columbians sent a clear message”" put the
    # United Kingdom on British Columbia's map
    rows = find_places("“British Columbians sent a clear message,” Eby said in Vancouver.")
    assert list(zip(rows.surface, rows.country_code, strict=True)) == [
        ("British Columbians", "CA"),
        ("Vancouver", "CA"),
    ]


def test_a_list_of_the_worlds_cities_keeps_each_the_worlds() -> None:
    # round 41, folder 116 (Kissinger's obituary): "shuttle diplomacy between Cairo, Jerusalem
    # and Damascus" in a story of New York, Manhattan and Kent, Connecticut was Cairo, New York
    # (1,402 people), the article naming no other Egyptian place
    story = (
        "He grew up in Washington Heights in Manhattan, New York, and died at his home in Kent, "
        "Connecticut. His shuttle diplomacy between Cairo, Jerusalem and Damascus ended the war."
    )
    rows = find_places(story)
    got = dict(zip(rows.surface, rows.country_code, strict=False))
    assert got["Cairo"] == "EG" and got["Kent"] == "US", got
    # (alone, the namesake in the article's own country still wins where no other place of the
    # big one's country is named)
    rows = find_places(
        "He grew up in Manhattan, New York, and retired to Kent, Connecticut. He later lived in "
        "Cairo, near Catskill, and in Hudson."
    )
    got = dict(zip(rows.surface, rows.country_code, strict=False))
    assert got["Cairo"] == "US", got


def test_a_small_town_abroad_does_not_vouch_for_another() -> None:
    # round 41, folder 118 (Auckland's floods): "Mt Smart Stadium in Penrose" (an Auckland
    # suburb the gazetteer lacks) was Penrose, Colorado (3,582 people), because "Western Springs"
    # (another suburb) was read as a town of 13,000 in Illinois, and the two vouched for each
    # other's country
    story = (
        "Flooding hit Auckland, New Zealand, on Friday. Roads in Remuera and Ellerslie were shut. "
        "The concert at Mt Smart Stadium in Penrose was cancelled, and the festival at Western "
        "Springs too. Wellington sent help."
    )
    rows = find_places(story)
    assert "Penrose" not in set(rows.surface), rows[["surface", "country_code"]]
    # (a big town abroad still vouches: Penrose stays beside Denver in a story of New Zealand)
    rows = find_places(
        "Flooding hit Auckland, New Zealand, on Friday. Roads in Remuera and Ellerslie were shut. "
        "Her cousins in Penrose and Denver sent money. Wellington sent help."
    )
    assert "Penrose" in set(rows.surface), rows[["surface", "country_code"]]


def test_queenslands_regions_and_things_named_after_a_place() -> None:
    # round 41, the final check (folder 119): "record flooding in Far North Queensland" was
    # Cameroon's Far North region and Queensland; "Cases of Guinea worm disease fell" in Jimmy
    # Carter's obituary put Guinea on the map
    rows = find_places(
        "The storms followed record flooding in Far North Queensland. Cases of Guinea worm "
        "disease fell. He later flew to Guinea."
    )
    assert list(zip(rows.surface, rows.country_code, strict=True)) == [
        ("Far North Queensland", "AU"),
        ("Guinea", "GN"),
    ], rows


def test_khyber_pakhtunkhwas_districts_and_the_polices_swat() -> None:
    # round 49 (folder 157): the towns file has Pakistan's towns but none of its districts: "the
    # cloudburst in Buner", "Swat, Shangla, Bajaur and Lower Dir" and "Azad Jammu and Kashmir"
    # (two people) found nothing; British news's "Swat team" is the police's
    rows = find_places(
        "BUNER: The cloudburst in Buner killed 200. Floods also hit Swat, Shangla, Bajaur and "
        "Lower Dir in K-P, and Azad Jammu and Kashmir. In London, a Swat team stormed a flat."
    )
    assert list(zip(rows.surface, rows.country_code, strict=True)) == [
        ("BUNER", "PK"),
        ("Buner", "PK"),
        ("Swat", "PK"),
        ("Shangla", "PK"),
        ("Bajaur", "PK"),
        ("Lower Dir", "PK"),
        ("K-P", "PK"),
        ("Azad Jammu and Kashmir", "PK"),
        ("London", "GB"),
    ], rows


def test_a_list_that_may_lie_in_two_countries_gives_none_its_country() -> None:
    # round 43 (folder 128): "Hay River, Fort Smith, Enterprise" put Fort Smith in Arkansas, its
    # best-known sense, with Enterprise, Nevada; Hay River lies only in Canada, and so does a
    # Fort Smith: the Yellowknife story's other places decide
    text = (
        "YELLOWKNIFE, N.W.T. — Residents of Yellowknife, the capital of the Northwest "
        "Territories, were ordered to leave. Residents of Hay River, Fort Smith, Enterprise and "
        "several First Nations communities had already been evacuated, and flights left for "
        "Edmonton and Calgary in Alberta."
    )
    places = find_places(text).set_index("surface")
    assert places.loc["Fort Smith", "country_code"] == "CA"
    assert places.loc["Hay River", "country_code"] == "CA"


def test_britains_rivers_are_rivers_not_towns_abroad() -> None:
    # round 45 (folder 137): "the River Severn" and "the Severn" of a Shrewsbury flood story were
    # Severn, Maryland; Tasmania's "Mersey Bluff" is no English river
    rows = find_places(
        "Shrewsbury braced for the River Severn to peak. Water ran down the Severn through "
        "Shropshire, and the River Wye rose at Monmouth."
    )
    got = dict(zip(rows.surface, zip(rows.name, rows.country_code, strict=True), strict=False))
    assert got["River Severn"] == ("River Severn", "GB") and got["Severn"] == ("River Severn", "GB")
    assert got["River Wye"] == ("River Wye", "GB")
    rows = find_places("On the Mersey Bluff in Devonport, Tasmania, cafes were busy.")
    assert "Mersey" not in rows.surface.tolist()


def test_ghanas_new_regions_and_a_mauritian_towns_half_name() -> None:
    # round 45 (folders 135 and 137): "Bole, Mr Mahama's home town in the Savannah Region" was
    # Bole, Xinjiang and Savannah, Georgia; "a taxi driver in Rose-Hill" Rose Hill, Kansas
    rows = find_places(
        "Crowds danced in Tamale and in Bole, Mr Mahama's home town in the Savannah Region."
    )
    assert set(rows.country_code) == {"GH"} and "Savannah Region" in rows.surface.tolist()
    rows = find_places("In Port Louis, Mauritius, a taxi driver in Rose-Hill said so.")
    assert rows.loc[rows.surface == "Rose-Hill", "country_code"].tolist() == ["MU"]


def test_a_far_hamlet_naming_an_airport_is_not_on_the_map() -> None:
    # round 45's final check (folder 139, Rio Grande do Sul's floods): "Salgado Filho
    # International Airport" of a Porto Alegre story was Salgado Filho, a Paraná town 400 km
    # away; "Tokyo's Haneda Airport" in a story about Noto stays Haneda
    text = (
        "Floods hit Porto Alegre, in Rio Grande do Sul, Brazil. Salgado Filho International "
        "Airport suspended all flights. Canoas was flooded."
    )
    assert "Salgado Filho" not in find_places(text).surface.tolist()
    assert "Salgado Filho" not in [s.surface for s in recognise(text)]
    text = "A jet burned at Tokyo's Haneda Airport. The quake hit Wajima, on the Noto peninsula."
    assert "Haneda" in find_places(text).surface.tolist()
    # (and the spans agree with the map in a short story too)
    text = "Salgado Filho International Airport closed as floods hit Porto Alegre."
    assert find_places(text).surface.tolist() == ["Porto Alegre"]
    assert [s.surface for s in recognise(text) if s.type == "place"] == ["Porto Alegre"]


def test_a_towns_name_that_names_a_bridge_is_not_on_the_map() -> None:
    # round 45 (folder 141, Derry's bridges): "the Craigavon Bridge" put Craigavon, 60 km away,
    # on the map six times; the town written as a place stays
    text = "Works on the Craigavon Bridge in Derry drag on. Commuters drove on to Craigavon."
    assert find_places(text).surface.tolist() == ["Derry", "Craigavon"]
    assert find_places("The Craigavon Bridge in Derry was shut.").surface.tolist() == ["Derry"]


def test_the_containers_distance_is_geopys_great_circle() -> None:
    # containers._km computes geopy's great_circle itself (importing geopy.distance imports every
    # geocoder module, ~50 ms before the pool forks): the very same floats, gazetteer places
    # and random nearby or far points alike
    import random

    from geopy.distance import great_circle

    from helpers.gazetteer import load_gazetteer
    from helpers.geoparse.containers import _km

    gaz = load_gazetteer()
    rnd = random.Random(45)
    pairs = [
        (gaz.entry(rnd.randrange(len(gaz))), gaz.entry(rnd.randrange(len(gaz))))
        for _ in range(2_000)
    ]
    for _ in range(2_000):
        lat, lon = rnd.uniform(-89, 89), rnd.uniform(-179, 179)
        step = rnd.choice((1e-6, 1e-3, 0.5, 30.0))
        # (in range, as the gazetteer's are: geopy wraps a longitude past 180, _km need not)
        near = (
            min(90.0, max(-90.0, lat + rnd.uniform(-1, 1) * step)),
            min(180.0, max(-180.0, lon + rnd.uniform(-1, 1) * step)),
        )
        pairs.append(
            (
                GazetteerEntry(None, "a", "city", "XX", None, lat, lon, 1, None),
                GazetteerEntry(None, "b", "city", "XX", None, *near, 1, None),
            )
        )
    for a, b in pairs:
        assert _km(a, b) == great_circle((a.lat, a.lon), (b.lat, b.lon)).km, (a, b)
    same = gaz.entry(0)
    assert _km(same, same) == 0.0


def test_final_check_142_agency_pass_hamlet_and_crossing() -> None:
    # round 45's final check (folder 142, Switzerland's storms and Gaza's crossings):
    # "Keystone-SDA" and "Photo: Keystone/Ti-Press/…" put Keystone, Colorado on the map, "the
    # hamlet of Fontana" Fontana, California, "the San Bernardino pass" the Californian city;
    # "the Kerem Shalom crossing" was a person; "the small village of Flumeri" stays Italy's
    text = (
        "Keystone-SDA/swissinfo.ch\n\nFloods hit Ticino, Switzerland. A debris flow buried the "
        "hamlet of Fontana in the Val Bavona, between Fontana and Cevio. Photo: Keystone/Ti-Press. "
        "The A13 between Bellinzona and the San Bernardino pass was cut. Locarno was spared."
    )
    rows = find_places(text)
    assert set(rows.country_code) == {"CH"}, rows[["surface", "country_code"]]
    assert [s.surface for s in recognise(text) if s.type == "place"] == rows.surface.tolist()
    text = "Trucks crossed through Rafah and the Israeli-controlled Kerem Shalom crossing."
    # (round 51: the gazetteer knows Kerem Shalom now, so the crossing is the place's)
    assert [s.type for s in recognise(text)] == ["place", "demonym", "place"]
    rows = find_places("He was born in the small village of Flumeri in southern Italy in 1921.")
    assert rows.surface.tolist() == ["Flumeri", "Italy"]
    # (each rule alone: an agency's dash with no credit line; a village abroad in a story whose
    # other places are elsewhere stays; a short story whose only cue is the hamlet)
    text = "Keystone-SDA reported floods in Ticino, Switzerland, on Sunday."
    assert find_places(text).surface.tolist() == ["Ticino", "Switzerland"]
    text = (
        "He was born in the small village of Flumeri in southern Italy and later lived in Boston, "
        "Chicago and New York."
    )
    assert find_places(text).surface.tolist()[0] == "Flumeri"
    text = "A debris flow buried the hamlet of Fontana. Ticino police searched."
    assert find_places(text).surface.tolist() == ["Ticino"]
    assert [s.surface for s in recognise(text) if s.type == "place"] == ["Ticino"]


def test_scotlands_counties_and_vietnams_dak_lak_are_found() -> None:
    # round 47 (folders 147 and 148): "from Argyll to Caithness" and "Gia Lai and Dak Lak
    # provinces" found nothing of Scotland's historic counties nor of GeoNames' "Dac Lak"
    got = find_places("Winds hit Argyll, Caithness and Lochaber, and ferries to Mull stopped.")
    assert got.surface.tolist() == ["Argyll", "Caithness", "Lochaber", "Mull"]
    assert set(got.country_code) == {"GB"}
    got = find_places("The storm came ashore over Gia Lai and Dak Lak provinces.")
    assert got.name.tolist() == ["Gia Lai", "Dac Lak"] and set(got.country_code) == {"VN"}


def test_the_east_sea_is_the_articles_countrys() -> None:
    # round 47 (folder 147's typhoon story): Vietnam's "East Sea" is the South China Sea,
    # Korea's the Sea of Japan
    got = find_places("The storm formed over the East Sea and came ashore in Gia Lai, Vietnam.")
    assert got.name.tolist()[0] == "South China Sea", got.name.tolist()
    got = find_places("North Korea fired a missile into the East Sea, Seoul said.")
    assert got.name.tolist()[1] == "Sea of Japan", got.name.tolist()


def test_the_castiles_a_province_abroad_and_two_landmarks() -> None:
    # round 47's final check (a Spanish wildfires story, an Irish presidency, a Delhi blast):
    # "Castilla y León" was the town Castilla and León in Nicaragua; "León province", whose
    # province the gazetteer lacks, Nicaragua's León department, a country the story never
    # names; "near the Red Fort" an organisation and "in the Phoenix Park" Phoenix, Arizona
    text = (
        "Fires burned in Ourense, Spain, and in Castilla y León, where León province and "
        "Zamora were worst hit. In León, residents fled."
    )
    got = find_places(text)
    assert got.loc[got.surface == "Castilla y León", "name"].tolist() == ["Castille and Leon"]
    assert set(got.country_code) == {"ES"}, got[["surface", "name", "country_code"]]
    got = find_places("A car exploded near the Red Fort in Delhi, India.")
    assert got.name.tolist()[0] == "Red Fort" and set(got.country_code) == {"IN"}
    got = find_places("She will move to Áras an Uachtaráin in the Phoenix Park in Dublin.")
    assert got.name.tolist()[0] == "Phoenix Park" and set(got.country_code) == {"IE"}


def test_landmarks_and_lakes_news_names_in_place_of_their_town() -> None:
    # round 48: "the Sistine Chapel" and "Buckingham Palace" were organisations, "Loch Fyne" a
    # person, and "Lake Como" the town of that name in New Jersey
    got = find_places("The cardinals met in the Sistine Chapel as crowds filled the square.")
    assert got.name.tolist() == ["Sistine Chapel"] and set(got.country_code) == {"VA"}, got
    got = find_places("The King left Buckingham Palace for Windsor Castle on Friday.")
    assert got.name.tolist() == ["Buckingham Palace", "Windsor Castle"], got.name.tolist()
    got = find_places("Oysters from Loch Fyne were served, and the ferry crossed Loch Lomond.")
    assert got.name.tolist() == ["Loch Fyne", "Loch Lomond"], got.name.tolist()
    got = find_places("George Clooney owns a villa on Lake Como, near Bellagio.")
    assert got.country_code.tolist() == ["IT", "IT"], got[["surface", "name", "country_code"]]


def test_a_list_of_a_countrys_states_names_areas() -> None:
    # round 48 (folders 151 and 152): "an advisory for Oregon, Washington and Alaska" was the
    # capital, and "across England, Scotland and Wales" the village of Wales in South Yorkshire
    # in a story of English towns
    got = find_places("Advisories covered Oregon, Washington and Alaska's Aleutian Islands.")
    assert got.loc[got.surface == "Washington", "kind"].tolist() == ["admin area"], got
    text = (
        "The train from Doncaster stopped at Huntingdon. Patrols at stations across England, "
        "Scotland and Wales will increase, Rotherham's police said."
    )
    got = find_places(text)
    assert got.loc[got.surface == "Wales", "kind"].tolist() == ["admin area"], got
    # a list of towns keeps its towns ("Paris, Lyon and Marseille")
    got = find_places("Strikes hit Paris, Lyon and Marseille on Tuesday.")
    assert set(got.kind) == {"city"}, got


def test_a_mountains_name_is_no_town_of_its_last_word() -> None:
    # round 48 (folder 153's Porepunkah shooting): "Falls Creek and Mount Hotham" was Hotham,
    # the old name of North Melbourne
    got = find_places("Skiers in Victoria headed to Falls Creek and Mount Hotham on Friday.")
    assert "Hotham" not in set(got.surface), got[["surface", "name"]]
    got = find_places("George Washington lived at Mount Vernon, Virginia.")
    assert "Mount Vernon" in set(got.surface), got[["surface", "name"]]


def test_a_world_city_outweighs_a_namesake_three_hundred_times_smaller() -> None:
    # round 48 (folder 152's Kamchatka tsunami): "a Brisbane woman holidaying in Waikiki", in a
    # story of Hawaiian and Californian places that names Australia, was Brisbane, California
    # (4,717 people, 490 times smaller than Brisbane, Queensland)
    text = (
        "Sirens sounded in Honolulu, Hawaii, and along the California coast. Chloe Matthews, "
        "a Brisbane woman holidaying in Waikiki, said the staff were calm. Australia issued "
        "no warning."
    )
    got = find_places(text)
    assert got.loc[got.surface == "Brisbane", "country_code"].tolist() == ["AU"], got


def test_round_48_final_check_a_festival_a_road_a_lough_and_matignon() -> None:
    # held folder 154: "Hari Raya" put the Indian town Rāya on a Malaysian story's map; "near
    # Jalan Putra Harmoni" was an organisation, "overlooking Belfast Lough" a person, and
    # "Matignon", the French prime minister's residence, the Breton village
    got = find_places("Families in Putra Heights, many still in their Raya clothes, fled on foot.")
    assert "Raya" not in set(got.surface), got[["surface", "name"]]
    got = find_places("Sébastien Lecornu returned to Matignon on Friday. Paris was calm.")
    assert got.loc[got.surface == "Matignon", "name"].tolist() == ["Hôtel Matignon"], got
    from helpers.recognise.cues import _cues, nobodys_name

    assert nobodys_name(["Jalan", "Putra", "Harmoni"], _cues())
    kinds = {s.surface: s.type for s in recognise("The green overlooks Belfast Lough.")}
    assert "person" not in kinds.values(), kinds
    kinds = {s.surface: s.type for s in recognise("Carrie Lough said so. Later Lough left.")}
    assert kinds.get("Carrie Lough") == "person", kinds


def test_an_ancient_city_in_a_present_day_country() -> None:
    # round 51 (folder 163): "the ancient city of Antioch in present-day Turkey", in a story
    # that names the United States, was Antioch, California
    text = (
        "The U.S. condemned the attack. The church takes its name from the ancient city of "
        "Antioch in present-day Turkey."
    )
    rows = find_places(text)
    assert rows.loc[rows.surface == "Antioch", "country_code"].tolist() == ["TR"]


def test_etna_alone_is_the_volcano_in_a_sicilian_story() -> None:
    # round 51 (folder 164): "Etna" alone was Etna, Pennsylvania
    rows = find_places("Etna erupted on Monday, sending ash over Catania.")
    assert rows.country_code.tolist() == ["IT", "IT"]


def test_a_state_code_before_a_name_is_initials_and_pest_control_no_county() -> None:
    # round 51 (folders 167, 168): "the Bir Uttam AK Khandker base" was Alaska, "the British
    # Pest Control Association" Hungary's Pest; "Anchorage, AK" keeps its state
    assert find_places("The jet left the Bir Uttam AK Khandker base in Kurmitola.").empty
    assert find_places("Rats spread, the British Pest Control Association said.").empty
    assert find_places("Troops flew to Anchorage, AK on Monday.").surface.tolist() == [
        "Anchorage",
        "AK",
    ]


def test_la_matanza_is_buenos_aires_partido() -> None:
    # round 51 (folder 168): a partido of 1.8 million people was a Peruvian village
    rows = find_places("A teacher in La Matanza, west of Buenos Aires, voted.")
    assert rows.country_code.tolist() == ["AR", "AR"]


def test_the_gulf_is_the_persian_gulf() -> None:
    # round 51 (folder 167): "investors from the Gulf, China and the United States" was Papua
    # New Guinea's Gulf province (GWN's "a fellow US ally in the Gulf, Qatar" too)
    rows = find_places("He courted investors from the Gulf, China and the United States.")
    assert rows.loc[rows.surface == "Gulf", "name"].tolist() == ["Persian Gulf"]


def test_final_check_166_ancient_egypt_and_a_pilgrimage() -> None:
    # round 51's final check (folder 166): "the Valley of the Kings" was Kings, California,
    # "brought from Memphis" Memphis, Tennessee, "the Char Dham route" a person
    rows = find_places(
        "His tomb lay in the Valley of the Kings near Luxor. Statues came from Memphis to Giza, Egypt."
    )
    assert rows.country_code.tolist() == ["EG"] * 5
    assert find_places("Elvis lived in Memphis, Tennessee.").country_code.tolist() == ["US", "US"]
    rows = find_places("Helicopter services on the Char Dham route were suspended.")
    assert rows.surface.tolist() == ["Char Dham"]


def test_sites_squares_and_islands_the_gazetteer_lacked() -> None:
    # round 52 (folders 169–172): "the Fordow enrichment site" and "Red Square" found nothing,
    # "Santa Mesa" was Peru's Santa province, "Little Tokyo" Japan's capital, and "Praslin" in
    # a Seychelles story Saint Lucia's village
    text = (
        "B-2 bombers struck Fordow. Putin watched from Red Square. Students marched from Santa "
        "Mesa in Manila. Shops in Little Tokyo, Los Angeles, closed. In Seychelles, voters on "
        "Praslin and La Digue queued."
    )
    rows = find_places(text)
    got = dict(zip(rows.surface, rows.country_code, strict=False))
    assert got["Fordow"] == "IR" and got["Red Square"] == "RU" and got["Santa Mesa"] == "PH"
    assert got["Little Tokyo"] == "US" and got["Praslin"] == "SC"
    assert "Santa" not in got and "Tokyo" not in got


def test_a_name_before_department_is_the_area() -> None:
    # round 52 (folder 172): "Born in Vernon, in the Eure department of Normandy" found no Eure
    rows = find_places("Born in Vernon, in the Eure department of Normandy, he played.")
    got = dict(zip(rows.surface, rows.country_code, strict=True))
    assert got.get("Eure") == "FR" and got.get("Vernon") == "FR"


def test_a_murcian_district_a_tyrolean_village_and_wimbledons_slope() -> None:
    # round 52 (folder 170): "El Palmar, on the edge of Murcia" was Guatemala's, "Sexten" (Sesto)
    # nothing, "Henman Hill" a person
    text = (
        "Carlos Alcaraz grew up in El Palmar, on the edge of Murcia. Jannik Sinner grew up in "
        "the nearby village of Sexten, in South Tyrol. Fans on Henman Hill cheered."
    )
    rows = find_places(text)
    got = dict(zip(rows.surface, rows.country_code, strict=True))
    assert got["El Palmar"] == "ES" and got["Sexten"] == "IT" and got["Henman Hill"] == "GB"


def test_places_round_52s_final_check_found_abroad_or_not_at_all() -> None:
    # round 52's final check (folders 173–174, unseen): PNG's "Highlands" was Scotland's, "the
    # Caribbean port of Trujillo" (Honduras) and "Stepanakert" nothing
    text = "Papua New Guinea celebrated in Port Moresby. In the Highlands, crowds gathered."
    rows = find_places(text)
    assert dict(zip(rows.surface, rows.country_code, strict=True))["Highlands"] == "PG"
    text = (
        "In Tegucigalpa, San Pedro Sula and the Caribbean port of Trujillo, Honduran monitors said."
    )
    rows = find_places(text)
    assert dict(zip(rows.surface, rows.country_code, strict=True))["Trujillo"] == "HN"
    rows = find_places("Armenians fled Stepanakert, the region's main city, for Armenia.")
    assert dict(zip(rows.surface, rows.country_code, strict=True))["Stepanakert"] == "AZ"


def test_a_sentence_case_subheadings_first_word_named_nowhere_else_alone_is_no_place() -> None:
    # a PNG story's subheading about rugby league and rents: not Rugby, England, nor a person
    text = (
        "Port Moresby celebrates fifty years\n\nThe city partied.\n\nRugby and rent\n\n"
        "A team will join the National Rugby League in 2028."
    )
    spans = [(s.surface, s.type) for s in recognise(text)]
    assert not any(surface == "Rugby" for surface, _type in spans)
    # ... while a story that names the town alone keeps it, and so does its title line
    kept = text + " Rugby, in Warwickshire, sent a team."
    assert ("Rugby", "place") in [(s.surface, s.type) for s in recognise(kept)][:2]
    title = "Rugby council approves homes\n\nThe plan passed."
    assert ("Rugby", "place") in [(s.surface, s.type) for s in recognise(title)]


def test_a_name_that_ends_a_list_of_three_places_is_a_place() -> None:
    # round 53 (folder 175): "between Madrid, Barcelona, Seville and Valencia": Valencia, a
    # surname too, was dropped as a place and became the model's person
    text = "Trains stopped between Madrid, Barcelona, Seville and Valencia. Some were evacuated."
    spans = [(s.surface, s.type) for s in recognise(text)]
    assert ("Valencia", "place") in spans
    # ... two names are no such list
    spans = [(s.surface, s.type) for s in recognise("His cousins Dillon and Connor came.")]
    assert ("Dillon", "place") not in spans


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("MPs gathered in the Reichstag on Tuesday.", "Reichstag building"),
        ("Services ran to Aberdeen, Kyle of Lochalsh, Wick and Thurso.", "Kyle of Lochalsh"),
        ("The ports of Balboa and Cristóbal sit at either end of the canal.", "Port of Balboa"),
    ],
)
def test_round_53s_place_names(text: str, name: str) -> None:
    assert name in find_places(text).name.tolist()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Flames reached Las Médulas, the Roman gold mines in León.", "Las Médulas"),
        ("In Chandrexa de Queixa villagers fought the flames.", "Chandrexa de Queixa"),
        ("She is a regular visitor to the Yasukuni Shrine in Tokyo.", "Yasukuni Shrine"),
        ("Protesters set fire to Singha Durbar in Kathmandu.", "Singha Durbar"),
        ("Kast won in Las Condes, a wealthy district of Santiago.", "Las Condes"),
        ("A barrier lake burst above Guangfu township in Hualien.", "Guangfu"),
        ("Punjab evacuates as Ravi, Sutlej and Chenab overflow", "Chenab"),
        (
            "Flowers lay near the São Pedro de Alcântara viewpoint in Lisbon.",
            "Miradouro de São Pedro de Alcântara",
        ),
        # (the final check's: an accented spelling of a town held plain, a headland and a region)
        ("India handed over housing units in Hulhumalé, near Malé.", "Hulhumale"),
        ("Mace Head in Connemara reported gusts of 122 km/h.", "Connemara"),
        ("Waves broke over the pier at Mullaghmore, Co Sligo.", "Mullaghmore"),
    ],
)
def test_round_54s_place_names(text: str, name: str) -> None:
    assert name in find_places(text).name.tolist()


def test_a_rivers_row_leaves_a_given_names_bare_word_alone() -> None:
    # the Ravi has no row: a river's row makes its bare name a place, and "Ravi Shastri" was
    # the river (GMB's "Ravi Khanna" too)
    assert [s.type for s in recognise("Ravi Shastri said the team was ready.")] == ["person"]


def test_a_world_citys_own_name_is_no_smaller_towns_alternate_name_abroad() -> None:
    # round 53's final check: "sang at La Scala in Milan and the Metropolitan Opera in New York"
    # was Syracuse, New York, which GeoNames lists under "Milan" too
    text = (
        "TBILISI, Georgia — Protests filled Tbilisi. Burchuladze sang at La Scala in Milan and "
        "the Metropolitan Opera in New York."
    )
    got = find_places(text)
    assert got.loc[got.surface == "Milan", "country_code"].tolist() == ["IT"]


def test_a_meetings_topic_before_in_is_no_town_inside_the_venue() -> None:
    # round 53's final check: "the summit on Gaza in Sharm el-Sheikh, Egypt" read Gaza as a town
    # in Egypt, found none, and took every Gaza of the story off the map
    text = (
        "Trump and el-Sisi attend the summit on Gaza in Sharm el-Sheikh, Egypt. The remains were "
        "still in Gaza, Israeli officials said. Hostages were released in Khan Younis in the "
        "southern Gaza Strip."
    )
    assert find_places(text).surface.tolist().count("Gaza") == 2


def test_south_africas_free_state_by_its_present_name() -> None:
    # round 53's final check: "from Ficksburg in the Free State" found no province (GeoNames
    # names it the Orange Free State)
    got = find_places("The river runs past Ficksburg in the Free State.")
    assert got.loc[got.surface == "Free State", "country_code"].tolist() == ["ZA"]


def test_philippine_provinces_named_english_way_round_and_african_rivers() -> None:
    # round 56 (folder 197): "Bulacan, Oriental Mindoro" put Morocco's Oriental region beside
    # the island; "the Pampanga River", "the Shire River" were nothing
    df = find_places("Projects in Bulacan, Oriental Mindoro and other provinces stalled.")
    assert list(zip(df["surface"], df["country_code"], strict=True)) == [
        ("Bulacan", "PH"),
        ("Oriental Mindoro", "PH"),
    ]
    df = find_places("Villages along the Shire River in Malawi flooded.")
    assert "Shire River" in set(df["surface"])


def test_the_old_city_is_the_named_towns() -> None:
    # round 56 (folder 198): "In Mosul … schools in the Old City" put Mosul's old city in the
    # West Bank (or, beside an American place, in Pennsylvania); Jerusalem's stays where it is
    df = find_places("In Mosul, voters lined up outside schools in the Old City.")
    assert list(df["country_code"]) == ["IQ", "IQ"]
    df = find_places("Tourists crowded the Old City of Dubrovnik.")
    assert list(df["country_code"]) == ["HR", "HR"]
    df = find_places("In Jerusalem, crowds filled the Old City.")
    assert df["lat"].max() - df["lat"].min() < 0.1


def test_an_area_whose_name_drops_a_letter_to_an_everyday_word_is_kept() -> None:
    # round 57: Chad's Lac province was left out of the gazetteer as an everyday word ("la", its
    # "singular"); a lake's word before a hyphen still heads no place ("Lac-Saint-Jean" above)
    rows = find_places("Boko Haram fighters attacked an army base in Lac province.")
    assert rows[["surface", "country_code"]].values.tolist() == [["Lac", "TD"]]


def test_the_cached_index_is_named_by_every_data_file_its_build_reads() -> None:
    # round 57: the build reads the name cues and (through its everyday words) the span model,
    # but the cache was named by the alias tables only, so a new model's index (Chad's "Lac"
    # kept) was never built where an old one lay
    import pathlib
    import re as _re

    from helpers.gazetteer import store

    source = "".join(
        p.read_text(encoding="utf-8") for p in pathlib.Path(store.__file__).parent.glob("*.py")
    )
    read = set(_re.findall(r'"data" / "([\w.]+)"', source))
    assert read and read <= set(store._BUILD_INPUTS), read
    assert "_everyday_word" in source and "span_model.npz" in store._BUILD_INPUTS


def test_a_transliterations_apostrophes_are_dropped_as_news_writes_the_name() -> None:
    # round 57 (folder 204): "a local official in Debre Markos", "districts around Nekemte" found
    # nothing: GeoNames writes Ethiopia's towns with the ejective's apostrophe ("Debre Mark’os",
    # "Nek’emtē"); an elision's apostrophe stays ("Sant'Elia" gives no "SantElia")
    text = "Ethiopia's election board opened offices in Debre Markos and near Nekemte."
    rows = find_places(text)
    assert rows[["surface", "country_code"]].values.tolist() == [
        ["Ethiopia", "ET"], ["Debre Markos", "ET"], ["Nekemte", "ET"]
    ], rows  # fmt: skip
    assert find_places("Officials in SantElia said so.").empty


def test_the_gambias_regions_by_their_own_names() -> None:
    # round 57's final check (held folder 207): "Brikama, the capital of the West Coast Region"
    # was New Zealand's West Coast (GeoNames names the Gambian region "Western")
    rows = find_places(
        "At a rally in Brikama, the capital of the West Coast Region, in The Gambia."
    )
    assert rows[["surface", "country_code"]].values.tolist() == [
        ["Brikama", "GM"], ["West Coast Region", "GM"], ["The Gambia", "GM"]
    ], rows  # fmt: skip


def test_sao_tomes_second_island_is_principe() -> None:
    # round 58 (held folder 214): "free under judicial supervision on Principe" was a town in
    # Ceuta, Spain (GeoNames names no first-order area of São Tomé and Príncipe)
    rows = find_places("Cocoa farmers on Principe bet on premium chocolate.")
    assert rows[["surface", "country_code"]].values.tolist() == [["Principe", "ST"]]


def test_an_islands_name_written_bare_is_the_island_not_a_namesake_abroad() -> None:
    # "Santa Cruz Island" (Galápagos) is no gazetteer name: the bare "Santa Cruz" was Bolivia's
    # department, and then the model's person
    text = (
        "Tourists visit Tortuga Bay near Puerto Ayora on Santa Cruz Island, Ecuador. The family "
        "businesses on Santa Cruz cannot pay, said a Quito official."
    )
    assert surfaces(find_places(text)) == ["Puerto Ayora", "Ecuador", "Quito"]
    assert "Santa Cruz" not in {s.surface for s in recognise(text)}
    # ... while a mention the text places itself stays ("Santa Cruz, Bolivia")
    text += " A flight from Santa Cruz, Bolivia, landed in Guayaquil."
    places = find_places(text)
    assert places.loc[places["surface"] == "Santa Cruz", "start"].tolist() == [
        text.rindex("Santa Cruz")
    ]
    # ... an ocean's name before "Islands" stays the ocean, and so does a name at home
    text = (
        "The issue surfaced at the Pacific Islands Forum (PIF) leaders' meeting in Honiara. "
        "Pat Conroy, the minister for Pacific island affairs, told the Guardian."
    )
    assert "Pacific" in surfaces(find_places(text))
    text = "Ferries serve Vancouver Island from Vancouver, the port city of Canada."
    assert "Vancouver" in surfaces(find_places(text))


def test_a_small_town_abroad_only_ever_before_a_works_noun_is_a_stray() -> None:
    # "the Isla refinery" in Willemstad was Isla, Mexico, and "the Mega Pier terminal" Mēga,
    # Ethiopia; a place of worship's noun already made such names strays ("Notre-Dame Cathedral")
    text = (
        "Curaçao agreed to restart the Isla refinery in Willemstad. Cruise calls at the Mega "
        "Pier terminal rose. The Isla refinery has stood idle since 2019."
    )
    assert surfaces(find_places(text)) == ["Curaçao", "Willemstad"]


def test_a_citys_part_named_like_a_town_abroad_is_no_place_there() -> None:
    # Apex, Iqaluit's eastern quarter, was Apex, North Carolina; Saint-Louis, at Nouméa's edge,
    # Senegal's city
    text = "The firm has an office in Apex, on the eastern edge of Iqaluit, Nunavut."
    assert surfaces(find_places(text)) == ["Iqaluit", "Nunavut"]
    text = (
        "A worker from Saint-Louis, on the southern edge of the city, spoke in Nouméa, New "
        "Caledonia, where the Doniambo plant closed. Koné and Thio miners joined."
    )
    assert "Saint-Louis" not in surfaces(find_places(text))
    # ... while a suburb in its city's country stays
    text = "Bucha, a suburb of Kyiv, was hit again, officials in Washington said."
    assert surfaces(find_places(text))[:2] == ["Bucha", "Kyiv"]


def test_yukons_small_communities_are_on_the_map() -> None:
    # round 62 (folder 233): "the Minto Mine, a copper operation near Pelly Crossing" found
    # nothing, and "the Faro Mine near Ross River, Yukon" was Faro, Portugal
    text = "The Faro Mine near Ross River, Yukon, and a copper mine near Pelly Crossing closed."
    places = find_places(text)
    assert places[["surface", "country_code"]].values.tolist() == [
        ["Faro", "CA"],
        ["Ross River", "CA"],
        ["Yukon", "CA"],
        ["Pelly Crossing", "CA"],
    ]


def test_polynesian_names_written_with_the_okina_are_found() -> None:
    # round 62 (held folder 237): "the surfing competition at Teahupo’o" and "Hawaiʻi" found
    # nothing: the words split at the mark, and GeoNames spells the names without it
    text = "Surfers at Teahupo’o, Tahiti, and on Hawaiʻi and O'ahu agreed. Teahupo'o waits."
    places = find_places(text)
    assert places[["surface", "name", "country_code"]].values.tolist() == [
        ["Teahupo’o", "Teahupoo", "PF"],
        ["Tahiti", "Tahiti", "PF"],
        ["Hawaiʻi", "Hawaii", "US"],
        ["O'ahu", "Oahu", "US"],
        ["Teahupo'o", "Teahupoo", "PF"],
    ]


def test_a_name_only_written_before_a_business_district_is_a_quarter() -> None:
    # round 62 (held folder 238): "from the Tres Rios business district to the banks of the
    # river" in Culiacán was Três Rios, Brazil
    text = (
        "Bodies were found across Culiacán, Sinaloa, from the Tres Rios business district to "
        "the river banks."
    )
    assert find_places(text)["surface"].tolist() == ["Culiacán", "Sinaloa"]


def test_orkneys_and_shetlands_islands_are_places() -> None:
    # round 62 (folder 236): "flights from Kirkwall to Westray and Papa Westray" were two
    # people, seven and five times in an article about Westray's ferry
    text = "Loganair added seats from Kirkwall to Westray and Papa Westray, and to Sanday."
    places = find_places(text)
    assert places[["surface", "country_code"]].values.tolist() == [
        ["Kirkwall", "GB"],
        ["Westray", "GB"],
        ["Papa Westray", "GB"],
        ["Sanday", "GB"],
    ]
