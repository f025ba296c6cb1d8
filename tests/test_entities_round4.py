"""Round 4 of the entity rules: people named by a first name or a surname alone, numbered
names of one series, names joined by a dash, units after the body they belong to, works
after a work noun. Sentences written for these tests."""

from __future__ import annotations

from pipeline.extract.entities import EntityRecords
from pipeline.extract.entities.names import find_candidates
from pipeline.extract.entities.register import numbered_prefix
from tests.test_entities import entities, read


def quotes(records: EntityRecords) -> dict[str, str]:
    """Every mention's quote → the type of its entity."""
    kinds = {e.entity_id: e.type for e in records.entities}
    return {m.quote: kinds[m.entity_id] for m in records.mentions}


def names_of(records: EntityRecords) -> dict[str, str]:
    """Every mention's quote → the name of its entity."""
    names = {e.entity_id: e.name for e in records.entities}
    return {m.quote: names[m.entity_id] for m in records.mentions}


def test_a_first_name_in_apposition_to_a_kinship_noun_is_a_person() -> None:
    found = quotes(
        read(
            "Marla Quent stars as the grocer's anxious wife, Odile, and Ben Tarrow plays "
            "their son, Pim. Odile leaves the town. Later Pim sells the shop.",
            "Salt Acre (film)",
        )
    )
    assert found["Odile"] == "person"
    assert found["Pim"] == "person"


def test_a_character_named_before_the_actor_in_brackets_is_a_person() -> None:
    found = quotes(
        read(
            "Logan (Jason Dohring) meets Tavi (Rosa Linden) at the fair. Logan leaves.",
            "Night Fair (episode)",
        )
    )
    assert found["Logan"] == "person"  # not the city of that name
    assert found["Tavi"] == "person"
    assert found["Rosa Linden"] == "person"


def test_a_name_after_the_role_it_is_in_apposition_to_is_a_person() -> None:
    found = quotes(
        read(
            "The plot failed and its members were exiled, including Verdanus, the poet. "
            "The consul ordered a young freedman, Palto, to leave the city.",
            "Harbourview Science Park",
        )
    )
    assert found["Verdanus"] == "person"
    assert found["Palto"] == "person"


def test_a_role_noun_before_a_given_name_overrides_a_head_word() -> None:
    records = read(
        "Cinematographer Conrad Hall lit the set. Critics praised Hall and the cast.",
        "Salt Acre (film)",
    )
    assert entities(records)["Conrad Hall"] == "person"
    assert names_of(records)["Hall"] == "Conrad Hall"  # a head word alone, as a surname


def test_a_head_word_alone_is_no_name_when_no_person_bears_it() -> None:
    found = quotes(read("The Hall was built in 1901. Visitors enter the Hall from the east."))
    assert "Hall" not in found


def test_the_last_words_of_a_persons_name_are_that_person() -> None:
    records = read(
        "The governor Gaius Vellius Ancus held the island. Later Vellius Ancus sailed home.",
        "Harbourview Science Park",
    )
    assert names_of(records)["Vellius Ancus"] == "Gaius Vellius Ancus"


def test_a_number_after_a_known_series_names_another_of_its_kind() -> None:
    assert numbered_prefix("NY 93") == "ny"
    assert numbered_prefix("Fest XIX") == "fest"
    assert numbered_prefix("Route") is None
    assert numbered_prefix("in 1999") is None
    found = quotes(
        read(
            "Ontario State Route 93 (NY 93) is a highway. NY 93 meets NY 78 near the lake.",
            "Ontario State Route 93",
        )
    )
    assert found["NY 78"] == "facility"


def test_a_road_named_by_two_places_and_a_dash_is_one_name() -> None:
    found = quotes(read("The highway becomes Ashby – Corran Road past the junction."))
    assert found["Ashby – Corran Road"] == "facility"
    assert "Ashby" not in found


def test_an_ordinal_after_a_head_opens_a_second_name() -> None:
    found = [
        c.text for c in find_candidates("The US Marine Corps 1st Rifle Brigade left.", frozenset())
    ]
    assert found == ["US Marine Corps", "1st Rifle Brigade"]
    assert quotes(read("The 23d Infantry Regiment held the ridge."))["23d Infantry Regiment"] == (
        "organization"
    )


def test_a_head_before_an_acronym_types_the_unit() -> None:
    found = quotes(read("In 1939 No. 31 Squadron RAF was sent to the coast."))
    assert found["No. 31 Squadron RAF"] == "organization"


def test_a_country_written_with_and_is_one_place() -> None:
    found = quotes(read("The palm grows in Trinidad and Tobago and in Haiti."))
    assert found["Trinidad and Tobago"] == "place"
    assert "Tobago" not in found


def test_a_title_after_a_work_noun_is_a_work() -> None:
    found = quotes(
        read(
            "He starred in the 1986 film The Colour of Silver. Critics compared it to "
            "films such as Fight Club and to the Beach Boys' records.",
            "Salt Acre (film)",
        )
    )
    assert found["Colour of Silver"] == "work"
    assert found["Fight Club"] == "work"  # not a club
    assert found.get("Beach Boys") != "work"


def test_a_name_after_a_countrys_possessive_is_a_person() -> None:
    records = read("She finished behind Nigeria's Damola Osayomi and Kenya's Wanjiru Ateng.")
    found = quotes(records)
    assert found["Damola Osayomi"] == "person"
    assert found["Wanjiru Ateng"] == "person"
    assert found["Nigeria"] == "place"
