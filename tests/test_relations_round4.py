"""Round-4 relation readers, each on sentences written for the test (not from any corpus)."""

from __future__ import annotations

from tests.test_entities import read, relations


def test_a_list_goes_on_past_an_item_nobody_names() -> None:
    found = relations(
        read(
            "Among the sights in Lyon are Ostend Castle, Seven Willows, "
            "Marlow Museum and Kestrel Tower."
        )
    )
    assert ("Marlow Museum", "located_in", "Lyon") in found
    assert ("Kestrel Tower", "located_in", "Lyon") in found


def test_the_sites_listed_after_in_a_place_and_a_colon() -> None:
    found = relations(read("There are two clinics in Lyon: Ostend Hospital and Marlow Hospital."))
    assert ("Ostend Hospital", "located_in", "Lyon") in found
    assert ("Marlow Hospital", "located_in", "Lyon") in found


def test_the_county_town_of_a_place() -> None:
    found = relations(read("The road ends in the Kestrel County village of Ostend."))
    assert ("Ostend", "located_in", "Kestrel County") in found
    assert not any(r[2] == "Kestrel County" and r[0] != "Ostend" for r in found)


def test_a_ship_launched_by_a_navy_is_no_initiative() -> None:
    found = relations(
        read("The first steel cruiser, Harbourview Station, was launched by the Ruritanian Navy.")
    )
    assert not any(r[1] == "initiated_by" for r in found)


def test_founded_as_a_collaboration_between_parties() -> None:
    found = relations(
        read(
            "Harbourview Science Park was founded in 1990 as a collaboration between "
            "Ostend University, the then Kestrel County and Marlow Council."
        )
    )
    assert ("Harbourview Science Park", "founded_by", "Ostend University") in found
    assert ("Harbourview Science Park", "founded_by", "Marlow Council") in found


def test_to_operate_under_an_authority() -> None:
    found = relations(
        read(
            "In 2003 the ministry announced the Harbourview Science Park to operate under the Ostend Port Authority."
        )
    )
    assert ("Harbourview Science Park", "operated_by", "Ostend Port Authority") in found


def test_transferred_ownership_and_maintenance() -> None:
    found = relations(
        read("A swap transferred ownership and maintenance of Marlow Road to Kestrel County.")
    )
    assert ("Marlow Road", "owned_by", "Kestrel County") in found
    assert ("Marlow Road", "operated_by", "Kestrel County") in found


def test_a_smaller_unit_in_apposition_is_part_of_the_larger() -> None:
    found = relations(read("C Company, 12th Tank Battalion, led the advance."))
    assert ("C Company", "part_of", "12th Tank Battalion") in found


def test_coordinated_positions_share_what_they_are_of() -> None:
    found = relations(
        read("In 2003, Sheikh Karim Ostend, Vice President and Prime Minister of France, spoke.")
    )
    values = {r[2] for r in found if r[1] == "position_held"}
    assert "=Vice President of France" in values
    assert "=Prime Minister of France" in values


def test_an_acronym_before_a_dash_and_its_full_name() -> None:
    records = read("The ranking of the RPA - Ruritanian Ports Association placed it first.")
    assert ("Ruritanian Ports Association", "alias_of", "=RPA") in relations(records)


def test_an_adverbial_after_an_award_is_no_part_of_it() -> None:
    found = relations(
        read("Ann Ostend received the Golden Quay Medal Award all four years.", title="Ann Ostend")
    )
    assert ("Ann Ostend", "awarded", "Golden Quay Medal Award") in found
