"""Round-5 relation readers, each on sentences written for the test (not from any corpus)."""

from __future__ import annotations

from tests.test_entities import entities, read, relations


def test_a_possessive_place_in_a_description_places_the_subject() -> None:
    found = relations(read("Marlow Park is the UK's largest innovation campus.", "Marlow Park"))
    assert ("Marlow Park", "located_in", "UK") in found


def test_a_possessive_place_after_it_places_the_topic() -> None:
    found = relations(
        read(
            "The Port of Ostend is a seaport. It is Europe’s second-largest seaport.",
            "Port of Ostend",
        )
    )
    assert ("Port of Ostend", "located_in", "Europe") in found


def test_a_possessive_place_after_as_places_nothing() -> None:
    found = relations(
        read(
            "Kestrel Airport is an airport. "
            "It replaced the former Marlow Airport as France's main airport.",
            "Kestrel Airport",
        )
    )
    assert not any(r[1] == "located_in" and r[2] == "France" for r in found)


def test_a_dated_opening_in_a_place() -> None:
    found = relations(read("The Kestrel Science Park opened in 2003 in Taichung."))
    assert ("Kestrel Science Park", "located_in", "Taichung") in found


def test_places_listed_before_a_plural_unit_noun() -> None:
    found = relations(read("It borders the Victoria Island and Marlow Island districts of Lagos."))
    assert ("Victoria Island", "located_in", "Lagos") in found
    assert ("Marlow Island", "located_in", "Lagos") in found


def test_a_numbered_unit_after_its_force() -> None:
    found = relations(read("The US Marine Corps 1st Provisional Marine Brigade was sent in."))
    assert ("1st Provisional Marine Brigade", "part_of", "US Marine Corps") in found


def test_a_role_after_its_is_the_position_of_the_person_named() -> None:
    found = relations(read("Its current president is Professor Carmona Ostend."))
    assert ("Carmona Ostend", "position_held", "=president") in found


def test_a_role_in_apposition_before_the_name() -> None:
    found = relations(read("The regimental chaplain, Captain Lewis B. Marlow, went forward."))
    assert ("Lewis B. Marlow", "position_held", "=regimental chaplain") in found


def test_a_role_before_a_list_of_names_is_no_apposition() -> None:
    found = relations(read("The director, Anna Marlow and Lewis Ostend met in Lyon."))
    assert not any(r[1] == "position_held" for r in found)


def test_led_to_become_gives_the_position() -> None:
    found = relations(
        read("These events led Marcus Ostend, the consul's uncle, to become emperor.")
    )
    assert ("Marcus Ostend", "position_held", "=emperor") in found
    assert ("Marcus Ostend", "position_held", "=consul") not in found  # someone else's


def test_pushing_for_someone_to_become_is_no_position() -> None:
    found = relations(read("She began pushing for Marcus Ostend, her stepson, to become emperor."))
    assert not any(r[1] == "position_held" and r[2] == "=emperor" for r in found)


def test_went_on_to_become() -> None:
    found = relations(read("Marcus Ostend later went on to become mayor of Lyon."))
    assert ("Marcus Ostend", "position_held", "=mayor of Lyon") in found


def test_incorporated_as_gives_the_topic_a_former_name() -> None:
    found = relations(
        read(
            "Ostend Limited is a company. "
            "It was incorporated as Ostend Consultants Private Limited in 1981.",
            "Ostend Limited",
        )
    )
    assert ("Ostend Limited", "alias_of", "=Ostend Consultants Private Limited") in found


def test_founded_as_a_description_is_no_alias() -> None:
    found = relations(
        read(
            "Ostend Limited is a company. It was founded as a partnership of Kestrel Bank.",
            "Ostend Limited",
        )
    )
    assert not any(r[1] == "alias_of" for r in found)


def test_the_first_tenant_in_apposition_is_hosted_by_the_topic() -> None:
    found = relations(
        read(
            "Kestrel Science Park is a park. "
            "The first corporate tenant, Marlow Systems Inc, moved in during 1991.",
            "Kestrel Science Park",
        )
    )
    assert ("Kestrel Science Park", "hosts", "Marlow Systems Inc") in found


def test_quoted_tracks_listed_after_on_the_album() -> None:
    found = relations(
        read(
            "Ostend is the third album by Anna Marlow. He sent him the darkest "
            'tracks on the album: "Kestrel Road", "Lyon Nights" and "Marlow Lights".',
            "Ostend (album)",
        )
    )
    for song in ("Kestrel Road", "Lyon Nights", "Marlow Lights"):
        assert (song, "part_of", "Ostend") in found


def test_a_title_before_of_names_the_topic() -> None:
    found = relations(
        read(
            "Kestrel Campus is a research park owned by Marlow University. "
            "The first corporate tenant, Ostend Systems Inc, moved in during 1991.",
            "Kestrel Campus of Marlow University",
        )
    )
    assert ("Kestrel Campus of Marlow University", "owned_by", "Marlow University") in found
    assert ("Kestrel Campus of Marlow University", "hosts", "Ostend Systems Inc") in found


def test_a_numbered_route_and_the_named_road_in_its_bracket_are_one_road() -> None:
    found = relations(
        read(
            "New York State Route 12 (NY 12) is a state highway in Lyon. "
            "It ends at County Route 7 (CR 7). "
            "It crosses CR 253 (Carney Road) and CR 42 (Rapids Road) in Lyon.",
            "New York State Route 12",
        )
    )
    assert ("CR 253", "alias_of", "=Carney Road") in found
    assert ("CR 42", "alias_of", "=Rapids Road") in found


def test_a_road_bracketing_its_own_number_is_no_alias_of_itself() -> None:
    found = relations(
        read(
            "New York State Route 12 (NY 12) is a state highway in Lyon. "
            "It meets NY 31 (Ostend Road) in Lyon. "
            "Further east, Ostend Road (NY 31) turns north.",
            "New York State Route 12",
        )
    )
    assert ("NY 31", "alias_of", "=Ostend Road") in found
    assert ("NY 31", "alias_of", "=NY 31") not in found


def test_and_after_a_lone_head_word_stays_inside_the_name() -> None:
    found = entities(read("The Electronics and Telecommunications Research Institute is in Lyon."))
    assert found["Electronics and Telecommunications Research Institute"] == "organization"


def test_and_after_a_head_after_for_stays_inside_the_name() -> None:
    found = entities(read("He formed the Coalition for Plant and Life Sciences in 1998."))
    assert found["Coalition for Plant and Life Sciences"] == "organization"


def test_and_after_a_name_with_its_own_head_splits() -> None:
    found = entities(read("The park hosts Samsung Electronics and LG Display."))
    assert "Samsung Electronics" in found


def test_now_known_as_makes_the_later_name_the_entity_and_the_first_its_former() -> None:
    found = relations(
        read("He formed the Coalition for Plant and Life Sciences, now known as BioSTL, in 1998.")
    )
    assert ("BioSTL", "alias_of", "=Coalition for Plant and Life Sciences") in found


def test_formerly_known_as_keeps_the_first_name() -> None:
    found = relations(
        read("Kestrel Science Park, formerly known as Kestrel Science Town, is in Lyon.")
    )
    assert ("Kestrel Science Park", "alias_of", "=Kestrel Science Town") in found


def test_names_listed_before_a_plural_unit_noun_are_places() -> None:
    records = read("Lekki adjoins the Victoria Island and Ikoyi districts of Lagos.")
    assert entities(records)["Ikoyi"] == "place"
    assert ("Ikoyi", "located_in", "Lagos") in relations(records)


def test_the_examples_of_an_existential_sentence_are_in_its_place() -> None:
    found = relations(
        read(
            "There are 232 research institutions in Daejeon, many in the Daedeok region, "
            "among them the Electronics and Telecommunications Research Institute and "
            "the Korea Aerospace Research Institute."
        )
    )
    assert (
        "Electronics and Telecommunications Research Institute",
        "located_in",
        "Daejeon",
    ) in found
    assert ("Korea Aerospace Research Institute", "located_in", "Daejeon") in found


def test_a_possessive_name_before_and_is_a_name_of_its_own() -> None:
    found = entities(read("Police entered St. Columb's Wells and Lecky Road in the Bogside."))
    assert "St. Columb's Wells and Lecky Road" not in found
    assert found["Lecky Road"] == "facility"


def test_a_compass_name_before_a_comma_and_a_country_is_a_place() -> None:
    records = read("Marlow Park is situated in Kestrel Vale in South Oxfordshire, England.")
    assert entities(records)["South Oxfordshire"] == "place"
    assert ("South Oxfordshire", "located_in", "England") in relations(records)


def test_central_before_a_comma_and_a_country_is_no_place() -> None:
    found = entities(read("After a visit to Central Command, Iraq invaded Kuwait."))
    assert found.get("Central Command") != "place"


def test_as_a_role_of_a_place_then_the_person() -> None:
    found = relations(
        read(
            "During his assignment as Ambassador to Liberia (1987 – 90), Anna Marlow "
            "oversaw the evacuation."
        )
    )
    assert ("Anna Marlow", "position_held", "=Ambassador to Liberia") in found


def test_as_a_lower_case_role_then_the_person() -> None:
    found = relations(read("In his third year as head coach, Anna Marlow won the title."))
    assert ("Anna Marlow", "position_held", "=head coach") in found


def test_a_list_item_before_a_citation_mark() -> None:
    found = relations(
        read(
            "There are 232 institutions in Daejeon, among them the Ostend Institute "
            "and the Korea Aerospace Research Institute.[1]"
        )
    )
    assert ("Korea Aerospace Research Institute", "located_in", "Daejeon") in found


def test_operation_passed_to_a_body_is_the_subjects_operator() -> None:
    found = relations(
        read(
            "Harbourview Science Park was originally operated by the Ostend Park Ltd "
            "until 2000, then by the Marlow Authority before operation was passed to "
            "the Redfern-Waterloo Authority."
        )
    )
    assert ("Harbourview Science Park", "operated_by", "Redfern-Waterloo Authority") in found
    assert ("Marlow Authority", "operated_by", "Redfern-Waterloo Authority") not in found


def test_control_of_a_site_transferred_to_a_county() -> None:
    found = relations(
        read("In 1990, control of the Marlow Bridge was transferred to Kestrel County.")
    )
    assert ("Marlow Bridge", "operated_by", "Kestrel County") in found
