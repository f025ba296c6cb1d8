"""Round-6 relation frames (``frame_relations.py``, awards after a determiner, wider
``part of``), each on sentences written for the test (not from any corpus), with
sentences of other shapes that must not fire."""

from __future__ import annotations

from pipeline.extract.entities.awards import find_awards
from tests.test_entities import entities, read, relations


def quotes(body: str, title: str = "Harbourview Science Park") -> dict[tuple[str, str], str]:
    """(subject, predicate) → the quote of the relation's span."""
    records = read(body, title)
    names = {e.entity_id: e.name for e in records.entities}
    return {(names[r.subject_id], r.predicate): r.quote for r in records.relations}


# relocation: X moved/relocated to Y → Y hosts X


def test_an_organisation_moved_to_a_named_facility() -> None:
    found = relations(
        read("That same year, the College of Marine Studies moved to Kestrel Campus.")
    )
    assert ("Kestrel Campus", "hosts", "College of Marine Studies") in found


def test_carriers_relocated_to_the_topic_named_by_its_noun() -> None:
    found = relations(
        read(
            "Kestrel Airport is an airport in Qatar. National carrier Marlow Airways and all "
            "other carriers formally relocated to the new airport on 27 May 2014.",
            "Kestrel Airport",
        )
    )
    assert ("Kestrel Airport", "hosts", "Marlow Airways") in found


def test_an_organisation_that_has_relocated_its_offices_into_a_facility() -> None:
    found = relations(
        read("The Marlow Institute has relocated its main offices into Kestrel Tower in 2010.")
    )
    assert ("Kestrel Tower", "hosts", "Marlow Institute") in found


def test_moving_to_a_city_or_a_person_moving_hosts_nothing() -> None:
    found = relations(
        read(
            "The Marlow Institute moved to Paris in 1990. "
            "Anna Kestrel moved to Harbourview Science Park in 2001."
        )
    )
    assert not any(r[1] == "hosts" for r in found)


# premises: X has facilities in the park / offices here → the site hosts X


def test_an_institute_which_has_facilities_in_the_park() -> None:
    found = relations(
        read(
            "Harbourview Science Park is a science park in Lyon. It works with the Marlow "
            "Institute of Technology (MIT), which has facilities in the park."
        )
    )
    assert ("Harbourview Science Park", "hosts", "Marlow Institute of Technology") in found


def test_a_company_that_has_one_of_its_offices_here() -> None:
    found = relations(
        read(
            "Harbourview Science Park is a science park in Lund. "
            "Kestrel Systems has one of its two Swedish offices here."
        )
    )
    assert ("Harbourview Science Park", "hosts", "Kestrel Systems") in found


def test_a_company_that_opened_a_laboratory_at_a_named_facility() -> None:
    found = relations(read("Kestrel Systems opened a research laboratory at Marlow Tower."))
    assert ("Marlow Tower", "hosts", "Kestrel Systems") in found


def test_facilities_in_a_city_or_a_park_that_is_not_the_topic_host_nothing() -> None:
    found = relations(
        read(
            "Harbourview Science Park is a science park in Lund. "
            "Kestrel Systems has facilities in Stockholm. "
            "The Marlow Institute has offices in the city centre."
        )
    )
    assert not any(r[1] == "hosts" for r in found)


# passive win: the award, which was won by X / was awarded to X


def test_an_award_which_was_won_by_a_person() -> None:
    found = relations(
        read(
            "He was a finalist for the Marlow Coach of the Year Award, which was won by Bob Holt.",
            "Ann Kestrel",
        )
    )
    assert ("Bob Holt", "awarded", "Marlow Coach of the Year Award") in found


def test_an_award_that_was_awarded_to_an_organisation() -> None:
    found = relations(read("The Kestrel Prize was later awarded to Marlow University."))
    assert ("Marlow University", "awarded", "Kestrel Prize") in found


def test_an_award_won_by_no_name_gives_nothing() -> None:
    found = relations(read("The Kestrel Prize was won by a student from Lyon."))
    assert not any(r[1] == "awarded" for r in found)


# an award after a possessive determiner and an ordinal


def test_to_win_his_second_championship() -> None:
    found = relations(
        read("Ann Holt would defeat Kurt Marlow to win his second WWE Championship.", "Ann Holt")
    )
    assert ("Ann Holt", "awarded", "WWE Championship") in found


def test_an_award_name_after_a_determiner_ends_at_its_last_capitalised_word() -> None:
    text = "Holt won his first Kestrel Heavyweight Championship five months after his debut."
    assert [a.name for a in find_awards(text)] == ["Kestrel Heavyweight Championship"]
    text = "Holt won his third (and second straight) Marlow Spahn Award."
    assert [a.name for a in find_awards(text)] == ["Marlow Spahn Award"]


def test_a_determiner_before_no_name_or_the_noun_win_is_no_award() -> None:
    assert find_awards("Holt won his first match in May.") == []
    assert find_awards("The win earned him praise.") == []


def test_a_known_name_after_a_determiner_is_part_of_the_award_not_its_recipient() -> None:
    found = relations(
        read(
            "Ann Holt pitched for the Kestrel Marlins of the National League. In July Ann Holt "
            "was awarded his second National League Pitcher of the Month Award.",
            "Ann Holt",
        )
    )
    assert ("Ann Holt", "awarded", "National League Pitcher of the Month Award") in found
    assert not any(r[0] == "National League" and r[1] == "awarded" for r in found)


# team before a role: member_of


def test_a_team_before_a_player_role_and_a_person() -> None:
    found = relations(
        read("He wore No. 31 in honor of Boston Celtics guard Reggie Marlow.", "Ann Holt")
    )
    assert ("Reggie Marlow", "member_of", "Boston Celtics") in found


def test_a_team_possessive_before_a_role_after_a_copula() -> None:
    found = quotes(
        "Ann Holt signed with the Los Angeles Dodgers in 2006. "
        "In 2010 Holt was the Dodgers' Opening Day starter for the second year.",
        "Ann Holt",
    )
    assert ("Ann Holt", "member_of") in found


def test_a_possessive_team_role_inside_the_relation_span() -> None:
    records = read(
        "Ann Holt signed with the Los Angeles Dodgers in 2006. "
        "Holt was the Dodgers' starting pitcher in 2010.",
        "Ann Holt",
    )
    assert any("starting pitcher" in r.quote for r in records.relations)


def test_a_team_before_a_non_player_noun_is_no_membership() -> None:
    found = relations(
        read("The Boston Celtics owner Reggie Marlow sold the team in 2002.", "Ann Holt")
    )
    assert not any(r[1] == "member_of" for r in found)


# place chains with a unit noun


def test_a_place_and_a_unit_noun_in_a_place() -> None:
    found = relations(
        read(
            "Harbourview Science Park is a science park. "
            "It is located in the Nadd Kestrel community in Dubai."
        )
    )
    assert ("Nadd Kestrel", "located_in", "Dubai") in found


def test_a_province_of_a_country() -> None:
    found = relations(read("Batam is the largest city in Riau Islands Province of Indonesia."))
    assert ("Riau Islands Province", "located_in", "Indonesia") in found


def test_a_definition_with_a_bracketed_aside_places_the_subject() -> None:
    found = relations(
        read("Batam is both an island and the largest city (on the island) in Riau Province.")
    )
    assert ("Batam", "located_in", "Riau Province") in found


def test_a_bigger_place_before_a_unit_of_is_not_reversed() -> None:
    found = relations(read("It lies in the Cayuga County village of Weedsport."))
    assert ("Cayuga County", "located_in", "Weedsport") not in found


# part of, with determiners and adjectives


def test_a_part_of_an_adjective_and_a_named_program() -> None:
    found = relations(
        read(
            "Kestrel Economic City is a city in Saudi Arabia. "
            "The city is a part of an ambitious Marlow Growth Initiative to attract investors.",
            "Kestrel Economic City",
        )
    )
    assert ("Kestrel Economic City", "part_of", "Marlow Growth Initiative") in found


def test_a_component_of_a_named_zone() -> None:
    found = relations(read("Kestrel Park is also a component of the Marlow Economic Zone."))
    assert ("Kestrel Park", "part_of", "Marlow Economic Zone") in found


def test_as_part_of_an_indefinite_name_does_not_take_the_nearest_place() -> None:
    found = relations(
        read("The squadron flew over China and Formosa as part of a No. 76 Wing detachment.")
    )
    assert ("China", "part_of", "No. 76 Wing") not in found
    assert not any(r[0] in ("China", "Formosa") and r[1] == "part_of" for r in found)


# entities: legal-form suffixes end an organisation's name


def test_legal_form_suffixes_make_organisations() -> None:
    found = entities(
        read(
            "Kestrel Edible Oil Sdn Bhd was established in 1991. Top management of Marlow Plc "
            "met in May. The park is held in the Marlow Kestrel LP partnership."
        )
    )
    assert found["Kestrel Edible Oil Sdn Bhd"] == "organization"
    assert found["Marlow Plc"] == "organization"
    assert found["Marlow Kestrel LP"] == "organization"


def test_a_legal_form_company_founded_by_an_agent() -> None:
    found = relations(
        read("Kestrel LNG Sdn Bhd (KLNG) was established by Marlow Petroleum in 1978.")
    )
    assert ("Kestrel LNG Sdn Bhd", "founded_by", "Marlow Petroleum") in found
    assert ("Kestrel LNG Sdn Bhd", "alias_of", "=KLNG") in found
