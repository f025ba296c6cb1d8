"""Round-8 entity and relation rules: the places a composition verb lists are parts of
their whole (``composition.py``), a list after a plural place noun and ``of`` names places,
and a long list of people types its unknown names. Sentences written for the test (not
from any corpus), with sentences of other shapes that must not fire."""

from __future__ import annotations

from tests.test_entities import entities, read, relations

# X consists of / is divided into / was formed from the merger of A, B and C


def test_the_places_a_district_consists_of_are_its_parts() -> None:
    found = relations(
        read(
            "Marlow District is a district in Kent. The district consists of Sevenoaks, "
            "Tonbridge and Maidstone.",
            "Marlow District",
        )
    )
    assert {(s, o) for s, p, o in found if p == "part_of"} == {
        ("Sevenoaks", "Marlow District"),
        ("Tonbridge", "Marlow District"),
        ("Maidstone", "Marlow District"),
    }


def test_the_islands_a_merger_formed_it_from_are_its_parts() -> None:
    records = read(
        "Kelang Island is an island south of Singapore. It was formed from the amalgamation "
        "of several small islands, chiefly the four islands of Pulau Tembak, Pulau Renggit, "
        "Pulau Sebik and Pulau Sebik Kecil.",
        "Kelang Island",
    )
    assert {entities(records)[n] for n in ("Pulau Tembak", "Pulau Sebik Kecil")} == {"place"}
    parts = {s for s, p, o in relations(records) if p == "part_of" and o == "Kelang Island"}
    assert parts == {"Pulau Tembak", "Pulau Renggit", "Pulau Sebik", "Pulau Sebik Kecil"}


def test_a_place_divided_into_wards_has_them_as_parts() -> None:
    found = relations(
        read(
            "Marlow District is a district in Kent. It is divided into the wards of Dunmore "
            "and Eastleigh.",
            "Marlow District",
        )
    )
    assert ("Dunmore", "part_of", "Marlow District") in found
    assert ("Eastleigh", "part_of", "Marlow District") in found


def test_a_company_is_no_part_of_what_it_makes_up() -> None:
    found = relations(
        read(
            "Harbourview Science Park opened in 2001. The park consists of offices leased "
            "to Acme Corporation and Brightline Inc.",
        )
    )
    assert not any(p == "part_of" for _, p, _ in found)


def test_a_clause_between_the_verb_and_the_names_stops_the_parts() -> None:
    found = relations(
        read(
            "Marlow District is a district in Kent. The district consists of farmland that "
            "was sold to Sevenoaks and Tonbridge.",
            "Marlow District",
        )
    )
    assert not any(p == "part_of" for _, p, _ in found)


# the villages of A, B and C: every listed name is a place


def test_names_listed_after_a_plural_place_noun_and_of_are_places() -> None:
    found = entities(
        read(
            "Harbourview Science Park is a park. It draws staff from the villages of Sungai "
            "Lembu, Kampung Baru and Tanjung Dawai."
        )
    )
    assert found["Sungai Lembu"] == "place"
    assert found["Kampung Baru"] == "place"
    assert found["Tanjung Dawai"] == "place"


def test_a_name_after_a_singular_island_noun_and_of_is_a_place() -> None:
    found = entities(
        read("Harbourview Science Park is a park. It sits on the island of Pulau Tembak.")
    )
    assert found["Pulau Tembak"] == "place"


# a long list of people: its unknown two-word names are people too


def test_unknown_names_in_a_list_of_mostly_people_are_people() -> None:
    records = read(
        "Veltra Systems is an Indian company. Veltra was founded by R. K. Sundaram, Pavan "
        "Kelkar, M. S. Iyer, T. V. Menon, G. R. Rao, and Harsh Dalvi in 1990.",
        "Veltra Systems",
    )
    found = entities(records)
    assert found["Pavan Kelkar"] == "person"
    assert found["Harsh Dalvi"] == "person"
    founders = {o for s, p, o in relations(records) if p == "founded_by"}
    assert {"Pavan Kelkar", "Harsh Dalvi", "R. K. Sundaram"} <= founders


def test_a_short_list_does_not_make_an_unknown_name_a_person() -> None:
    found = entities(
        read(
            "Veltra Systems is a company. It works with R. K. Sundaram, Pavan Kelkar and "
            "Orion Labs.",
            "Veltra Systems",
        )
    )
    assert found.get("Orion Labs") != "person"


def test_a_list_of_mostly_companies_types_its_unknown_name() -> None:
    found = entities(
        read(
            "In 1998 the studio bought the script, outbidding Harbor Lane Pictures, Tiderun "
            "Films, Kessel-Brandt-Orme, and Marrow Entertainment.",
            "Salt Acre (film)",
        )
    )
    assert found["Kessel-Brandt-Orme"] == "organization"


def test_a_date_in_a_list_of_units_is_no_organisation() -> None:
    found = entities(
        read(
            "On the morning of March 4, 3rd Battalion, 38th Infantry moved west.",
            "Battle of Kesra Ridge",
        )
    )
    assert "March 4" not in found


# a rank before an unknown first name and a surname names a person


def test_a_rank_before_a_first_name_and_surname_names_a_person() -> None:
    records = read(
        "On board was General Władysław Tomczak, Prime Minister of Poland's government in exile.",
        "Gibraltar",
    )
    assert entities(records)["Władysław Tomczak"] == "person"
    assert ("Władysław Tomczak", "position_held", "=Prime Minister") in relations(records)


def test_a_rank_word_before_a_role_and_a_name_is_no_person_of_three_words() -> None:
    found = entities(
        read("Raw General Manager Eric Tessler expected Lesnar to return.", "Brock Lesnar")
    )
    assert "Manager Eric Tessler" not in found


def test_a_rank_word_in_a_company_name_is_no_title() -> None:
    found = entities(read("He joined General Motors Europe in 1990.", "Anna Holt"))
    assert "Motors Europe" not in found


def test_a_person_who_competed_is_a_person() -> None:
    found = entities(
        read(
            "Chad sent two athletes. In 2004 only Kaltra Ndomé competed on the country's behalf.",
            "Chad at the 2008 Summer Olympics",
        )
    )
    assert found["Kaltra Ndomé"] == "person"


# the port of X: a site named by its city


def test_the_port_of_a_city_names_the_port() -> None:
    records = read(
        "Huáscar is a ship. Huáscar is berthed at the port of Talcahuano, Chile, on display.",
        "Huáscar",
    )
    assert entities(records)["Port of Talcahuano"] == "facility"
    assert ("Port of Talcahuano", "located_in", "Chile") in relations(records)


def test_the_port_of_the_topic_is_the_topic() -> None:
    records = read(
        "The Port of Kessa is the largest port in Norland. Covering 105 square kilometres, "
        "the port of Kessa stretches over 40 kilometres.",
        "Port of Kessa",
    )
    assert [m.quote for m in records.mentions if "Kessa" in m.quote] == [
        "Port of Kessa",
        "port of Kessa",
    ]
    assert len({m.entity_id for m in records.mentions if "Kessa" in m.quote}) == 1


def test_a_name_with_of_after_an_opening_the_is_kept_whole() -> None:
    found = entities(
        read("Harbourview Science Park is a park. The Port of Hamburg is larger than the port.")
    )
    assert found["Port of Hamburg"] == "facility"
    assert "Hamburg" not in found


def test_a_quantifier_with_of_after_an_opening_the_is_no_name() -> None:
    found = entities(
        read(
            "Harbourview Science Park is a park. The Most of Harbourview Science Park lies "
            "north of the river."
        )
    )
    assert not any(name.startswith("Most") for name in found)


def test_a_ship_named_before_a_place_is_not_in_it() -> None:
    found = relations(
        read(
            "Constructed on the hull of USS Merrimack, Virginia originally was a wooden warship.",
            "Ironclad warship",
        )
    )
    assert not any(s == "USS Merrimack" and p == "located_in" for s, p, _ in found)


# a title's head that may name a place or a site: the first sentence decides


def test_a_square_defined_as_a_neighbourhood_is_a_place() -> None:
    found = entities(
        read("Marlow Square is a neighborhood in Kestrel, Ohio, with many labs.", "Marlow Square")
    )
    assert found["Marlow Square"] == "place"


def test_a_city_defined_as_a_business_park_is_a_site() -> None:
    found = entities(read("Kessa City is a business park in Tallinn, Estonia.", "Kessa City"))
    assert found["Kessa City"] == "facility"


def test_a_definition_does_not_override_a_plain_head() -> None:
    found = entities(
        read(
            "Kessa Innopolis is the research and development district in Daejeon.",
            "Kessa Innopolis",
        )
    )
    assert found["Kessa Innopolis"] == "facility"
