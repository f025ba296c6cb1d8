"""Round-7 relation frames (``place_frames.py``, ``press.py``, roles before a name, album
singles, coaches, unit members, a ``Formerly known as`` opening), each on sentences
written for the test (not from any corpus), with sentences of other shapes that must not
fire."""

from __future__ import annotations

from tests.test_entities import entities, read, relations

# an opening participle: Located in X, …, Y is → Y located_in X


def test_a_site_named_after_a_located_opening_is_in_its_place() -> None:
    found = relations(
        read(
            "Located in northern Kent, about 10 miles south of the city of London, Marlow "
            "Park is close to the station.",
            "Marlow Park",
        )
    )
    assert ("Marlow Park", "located_in", "Kent") in found


def test_a_person_after_a_located_opening_is_not_placed() -> None:
    found = relations(
        read("Located in Kent for a decade, Anna Holt's company moved to Leeds.", "Marlow Park")
    )
    assert not any(r[1] == "located_in" and r[2] == "Kent" for r in found)


# the A neighbourhood of B: the name the gazetteer does not know is in the one it knows


def test_an_unknown_neighbourhood_of_a_known_city() -> None:
    found = relations(
        read(
            "Marlow Park is an innovation district in the Midtown neighborhood of Denver. "
            "It was built within the former Elm Hill neighborhood of Boston.",
            "Marlow Park",
        )
    )
    assert ("Midtown", "located_in", "Denver") in found
    assert ("Elm Hill", "located_in", "Boston") in found


def test_a_large_city_before_the_neighbourhood_it_holds() -> None:
    found = relations(read("She grew up in the Chicago neighborhood of Kestrel Heights."))
    assert ("Kestrel Heights", "located_in", "Chicago") in found
    assert ("Chicago", "located_in", "Kestrel Heights") not in found


def test_two_unknown_names_around_a_unit_noun_state_nothing() -> None:
    found = relations(read("The mill stood in the Kestrel quarter of Marlow Heights."))
    assert not any(r[1] == "located_in" for r in found)


# a chain with a unit word: the city of A, state of B, C and A subregion, C


def test_a_chain_with_state_of_and_a_trailing_unit_word() -> None:
    found = relations(
        read(
            "The Port of Kestrel is in the city of Santos, state of Bahia, Brazil. Marlow "
            "Park is a science park in the municipality of Oeiras, Greater Lisbon "
            "subregion, Portugal.",
            "Port of Kestrel",
        )
    )
    assert ("Santos", "located_in", "Bahia") in found
    assert ("Greater Lisbon", "located_in", "Portugal") in found


def test_a_list_after_a_unit_word_is_no_chain() -> None:
    found = relations(read("Flights serve Kent county, Surrey and Essex every day."))
    assert not any(r[1] == "located_in" and r[0] == "Kent" for r in found)


# album singles named after the phrase that calls them singles of the album


def test_singles_named_after_the_phrase_are_part_of_the_album() -> None:
    found = relations(
        read(
            "Kestrel is the third studio album by Anna Holt. The second single from the album "
            'is "Lonely Road", a duet with singer Mark Reyes. The fourth single from the '
            'album, "Blue Morning", was released in July 2012. The album\'s lead single, '
            '"Summer Rain", reached number one.',
            "Kestrel (album)",
        )
    )
    assert ("Lonely Road", "part_of", "Kestrel") in found
    assert ("Blue Morning", "part_of", "Kestrel") in found
    assert ("Summer Rain", "part_of", "Kestrel") in found


def test_a_single_of_another_album_or_named_later_is_not_part_of_the_topic() -> None:
    found = relations(
        read(
            "Kestrel is the third studio album by Anna Holt. The lead single from her "
            'previous album, "Old Town", sold well. The first single from the album was '
            'released in May, and "Night Train" followed in June.',
            "Kestrel (album)",
        )
    )
    assert ("Old Town", "part_of", "Kestrel") not in found
    assert ("Night Train", "part_of", "Kestrel") not in found


# a role in apposition before a person's name


def test_offices_and_described_roles_before_a_name() -> None:
    found = relations(
        read(
            "Although the Governor, Lt. General Sir Mark Reyes, argued for the evacuees, "
            "the ships left. He placed the division artillery commander, Brigadier General "
            "Anna Holt, in command. The soldiers were supervised by the Military President "
            "at the time, Samuel Okafor, during the eviction.",
            "Harbour Evacuation",
        )
    )
    assert ("Sir Mark Reyes", "position_held", "=Governor") in found
    assert ("Anna Holt", "position_held", "=division artillery commander") in found
    assert ("Samuel Okafor", "position_held", "=Military President") in found


def test_two_roles_joined_or_a_list_of_names_hold_no_role() -> None:
    found = relations(
        read(
            "The team thanked the player and coach, John Smith, for his work. They met the "
            "Governor, Anna Holt and Mark Reyes at the port.",
            "Harbour Evacuation",
        )
    )
    assert not any(r[1] == "position_held" for r in found)


# writers and their publications


def test_writers_are_employed_by_the_publications_named_with_them() -> None:
    records = read(
        "Kestrel is a song by Anna Holt. Robert Mills of Digital Beat noted the song's "
        "chorus. Pop Wire's Jenna Vance described the clip as charming. Mikael Stone, the "
        "critic for the Los Angeles Times, commended the group.",
        "Kestrel (song)",
    )
    assert entities(records)["Digital Beat"] == "organization"
    found = relations(records)
    assert ("Robert Mills", "employed_by", "Digital Beat") in found
    assert ("Jenna Vance", "employed_by", "Pop Wire") in found
    assert ("Mikael Stone", "employed_by", "Los Angeles Times") in found


def test_a_person_of_a_city_or_a_possessive_without_a_verb_of_saying() -> None:
    found = relations(
        read(
            "John Baker of Chicago said the song was good. Holt Records's Mark Reyes "
            "produced the album.",
            "Kestrel (song)",
        )
    )
    assert not any(r[1] == "employed_by" for r in found)


# ``Formerly known as X (ABC), Y was``: an alias phrase opening the sentence


def test_a_formerly_known_as_opening_names_the_subject() -> None:
    found = relations(
        read(
            "Formerly known as New Marlow Airport (NMA), Kestrel International Airport was "
            "opened in 2014.",
            "Kestrel International Airport",
        )
    )
    assert ("Kestrel International Airport", "alias_of", "=New Marlow Airport") in found


def test_a_formerly_known_as_opening_without_a_name() -> None:
    found = relations(read("Formerly known as a quiet town, Marlow Park grew fast.", "Marlow Park"))
    assert not any(r[1] == "alias_of" for r in found)


# a soldier of a unit; a coach for a team


def test_a_soldier_of_a_company_is_a_member_not_an_employee() -> None:
    found = relations(
        read(
            "The command passed to First Lieutenant Mark Reyes of D Company, senior "
            "surviving officer.",
            "Battle of Kestrel Ridge",
        )
    )
    assert ("Mark Reyes", "member_of", "D Company") in found
    assert ("Mark Reyes", "employed_by", "D Company") not in found


def test_a_coach_for_a_team_after_a_description() -> None:
    found = relations(
        read(
            "Anna Holt (born May 2, 1976) is an American professional basketball head coach "
            "for the Boston Celtics.",
            "Anna Holt",
        )
    )
    assert ("Anna Holt", "employed_by", "Boston Celtics") in found
    assert ("Anna Holt", "position_held", "=head coach") in found


def test_the_son_of_a_coach_is_not_the_coach() -> None:
    found = relations(read("John Smith is the son of a coach for the Detroit Lions.", "John Smith"))
    assert not any(r[2] == "Detroit Lions" for r in found)


# names in other scripts after a bracket of codes


def test_foreign_names_after_a_bracket_of_airport_codes() -> None:
    found = relations(
        read(
            "Kestrel International Airport (IATA: KIA, ICAO: OKIA) (Arabic: مطار كيسترل, "
            "Maṭār Kīstril) is the international airport of Doha.",
            "Kestrel International Airport",
        )
    )
    assert ("Kestrel International Airport", "alias_of", "=مطار كيسترل") in found
    assert ("Kestrel International Airport", "alias_of", "=Maṭār Kīstril") in found


def test_a_bracket_of_codes_alone_names_no_alias() -> None:
    found = relations(
        read(
            "Kestrel International Airport (IATA: KIA, ICAO: OKIA) is the main airport of Doha.",
            "Kestrel International Airport",
        )
    )
    assert not any(r[1] == "alias_of" for r in found)


# a place's government named by the place


def test_the_government_named_by_its_place_is_an_organisation() -> None:
    records = read(
        "Kestrel Oasis is a free-trade zone established by the Dubai government in 2003. "
        "Factories closed after the United States government's decision.",
        "Kestrel Oasis",
    )
    kinds = entities(records)
    assert kinds["Dubai government"] == "organization"
    assert kinds["United States government"] == "organization"
    assert ("Kestrel Oasis", "founded_by", "Dubai government") in relations(records)


def test_a_nationality_or_a_hyphenated_government_stays_as_written() -> None:
    kinds = entities(
        read("The Dutch government agreed. Dubai government-owned firms grew.", "Kestrel Oasis")
    )
    assert "Dutch government" not in kinds
    assert "Dubai government" not in kinds


# a name, ``or`` and its acronym


def test_an_acronym_after_or_is_another_name() -> None:
    found = relations(
        read("The road was signed as County Route 907 or CR 907 until 1990.", "Marlow Road")
    )
    assert ("County Route 907", "alias_of", "=CR 907") in found


def test_a_place_or_another_place_is_no_alias() -> None:
    found = relations(
        read("Visitors come from the United Kingdom or the US every summer.", "Marlow Road")
    )
    assert not any(r[1] == "alias_of" for r in found)


# ``elected to`` a body is a seat, not a title


def test_elected_to_a_legislature_is_no_award() -> None:
    records = read(
        "Anna Holt is a British politician. She was elected to the House of Commons in 2010. "
        "She was elected to the Hall of Fame in 2015.",
        "Anna Holt",
    )
    assert entities(records).get("House of Commons") != "award"
    found = relations(records)
    assert ("Anna Holt", "awarded", "Hall of Fame") in found
    assert not any(r[1] == "awarded" and r[2] == "House of Commons" for r in found)


# joining a team


def test_a_player_who_joined_or_was_traded_to_a_team_is_its_member() -> None:
    found = relations(
        read(
            "Anna Holt is an American baseball pitcher. In 2005 she joined the Detroit "
            "Tigers. She was traded to the Denver Comets in 2008.",
            "Anna Holt",
        )
    )
    assert ("Anna Holt", "member_of", "Detroit Tigers") in found
    assert ("Anna Holt", "member_of", "Denver Comets") in found


def test_joining_a_company_or_being_drafted_is_no_membership() -> None:
    found = relations(
        read(
            "Anna Holt is an American engineer. Holt later joined Kestrel Systems as an "
            "engineer. She was drafted by the Denver Comets in 2001.",
            "Anna Holt",
        )
    )
    assert not any(r[1] == "member_of" for r in found)


# titles: ``elected as the NL MVP``, ``to become the X Champion``


def test_elected_as_a_title_after_a_dated_opening() -> None:
    found = relations(
        read(
            "Anna Holt is an American baseball pitcher. The following day, she was elected "
            "as the NL MVP, the first pitcher to win the award since 1968.",
            "Anna Holt",
        )
    )
    assert ("Anna Holt", "awarded", "NL MVP") in found


def test_elected_as_an_office_is_no_award() -> None:
    found = relations(read("Mark Reyes was elected as Mayor of Denver in 2004.", "Mark Reyes"))
    assert not any(r[1] == "awarded" for r in found)


def test_becoming_a_named_champion_is_receiving_the_title() -> None:
    found = relations(
        read(
            "Anna Holt is an American professional wrestler. In 2002, Holt defeated Sam Stone "
            "at SummerSlam to become the new WWE Undisputed Champion at age 25.",
            "Anna Holt",
        )
    )
    assert ("Anna Holt", "awarded", "WWE Undisputed Champion") in found


def test_becoming_the_first_woman_or_a_champion_of_a_league_is_no_title() -> None:
    found = relations(
        read(
            "Anna Holt is an American professional wrestler. In 2004 she became the first "
            "woman to win. Holt became the Champion of the league in 1999.",
            "Anna Holt",
        )
    )
    assert not any(r[1] == "awarded" for r in found)


# a newspaper is no team; teams in their leagues


def test_a_writer_of_a_times_is_employed_by_it() -> None:
    found = relations(
        read(
            "Kestrel is a song by Anna Holt. Kenneth Moran of the Los Angeles Times said the "
            "band was good.",
            "Kestrel (song)",
        )
    )
    assert ("Kenneth Moran", "employed_by", "Los Angeles Times") in found


def test_a_team_of_a_league_acronym_or_in_a_league() -> None:
    found = relations(
        read(
            "Anna Holt is a coach for the Boston Celtics of the NBA. The Denver Comets in the "
            "Coastal League lost.",
            "Anna Holt",
        )
    )
    assert ("Boston Celtics", "member_of", "NBA") in found
    assert ("Denver Comets", "member_of", "Coastal League") in found


def test_a_league_acronym_in_brackets_stays_an_alias_and_finals_are_no_league() -> None:
    records = read(
        "Anna Holt played in the National Football League (NFL) for years. The Boston "
        "Celtics in the NBA Finals won.",
        "Anna Holt",
    )
    found = relations(records)
    assert ("National Football League", "alias_of", "=NFL") in found
    assert "NFL" not in entities(records)
    assert not any(r[1] == "member_of" and r[0] == "Boston Celtics" for r in found)


# an organisation, a role and the person who holds it; a player of a team


def test_the_person_after_an_organisation_and_a_role() -> None:
    found = relations(
        read(
            "Kestrel Systems CEO Anna Holt opened the park. The 2nd Division commander Major "
            "General Mark Reyes ordered an attack. Marlow Institute director John Baker spoke.",
            "Kestrel Park",
        )
    )
    assert ("Anna Holt", "employed_by", "Kestrel Systems") in found
    assert ("Anna Holt", "position_held", "=CEO") in found
    assert ("Mark Reyes", "member_of", "2nd Division") in found
    assert ("Mark Reyes", "position_held", "=commander") in found
    assert ("John Baker", "employed_by", "Marlow Institute") in found
    assert ("John Baker", "position_held", "=director") in found


def test_a_role_after_and_is_no_role_of_the_organisation() -> None:
    found = relations(
        read("The Marlow Institute and director John Baker met in Leeds.", "Kestrel Park")
    )
    assert not any(r[1] in ("employed_by", "member_of") for r in found)


def test_a_player_of_a_team_is_a_member_but_its_coach_is_not() -> None:
    found = relations(
        read(
            "Anna Holt is an American baseball pitcher. It was the first home run since Bob "
            "Lemon of the Cleveland Indians did so in 1950. The team was led by head coach "
            "Mark Reyes of the Denver Comets.",
            "Anna Holt",
        )
    )
    assert ("Bob Lemon", "member_of", "Cleveland Indians") in found
    assert ("Mark Reyes", "member_of", "Denver Comets") not in found


# an owner's part: ``X and its faculty, the Y``, ``X's subsidiary Y``


def test_a_part_named_after_an_owners_possessive() -> None:
    found = relations(
        read(
            "It works with the Marlow University (recently merged with the Esterhaven "
            "University) and its engineering faculty - the Kestrel Institute of Technology. "
            "Kestrel Group's subsidiary Marlow Labs opened an office.",
            "Kestrel Park",
        )
    )
    assert ("Kestrel Institute of Technology", "part_of", "Marlow University") in found
    assert ("Kestrel Institute of Technology", "part_of", "Esterhaven University") not in found
    assert ("Marlow Labs", "owned_by", "Kestrel Group") in found


def test_a_persons_possessive_or_a_distant_owner_names_no_part() -> None:
    found = relations(
        read(
            "Anna Holt praised its new campus, Kestrel Tower. The Marlow University won a "
            "grant in 2001, and in 2005 its school, the Harbour College, opened.",
            "Kestrel Park",
        )
    )
    assert not any(r[1] in ("part_of", "owned_by") for r in found)


# founders listed after a plural organisation noun; an administrative parent


def test_founders_named_after_a_plural_company_noun() -> None:
    records = read(
        "Kestrel Holding is a Dutch company. It was founded in 1984 as a joint venture "
        "between the Dutch companies Marlow and Esterhaven.",
        "Kestrel Holding",
    )
    assert entities(records)["Esterhaven"] == "organization"
    found = relations(records)
    assert ("Kestrel Holding", "founded_by", "Marlow") in found
    assert ("Kestrel Holding", "founded_by", "Esterhaven") in found


def test_two_people_after_and_take_no_company_type() -> None:
    kinds = entities(read("Anna Holt met Mark Reyes and John Baker in Leeds.", "Kestrel Holding"))
    assert kinds.get("John Baker") == "person"


def test_a_district_under_the_jurisdiction_of_a_division() -> None:
    found = relations(
        read(
            "Kestrel Division was formerly a Kestrel District under the jurisdiction of Miri "
            "Division.",
            "Kestrel Division",
        )
    )
    assert ("Kestrel District", "located_in", "Miri Division") in found


def test_an_organisation_under_an_administration_is_not_placed() -> None:
    found = relations(
        read(
            "The Marlow Institute came under the administration of Kestrel Division.",
            "Kestrel Division",
        )
    )
    assert not any(r[1] == "located_in" for r in found)


# a participle in apposition after its subject; ``named the X Most Valuable Player``


def test_a_participle_in_apposition_after_its_subject() -> None:
    found = relations(
        read(
            "The Kestrel Municipal Hospital, operated by the Ghana Health Service, serves the "
            "district.",
            "Kestrel District",
        )
    )
    assert ("Kestrel Municipal Hospital", "operated_by", "Ghana Health Service") in found


def test_a_person_in_apposition_is_not_operated() -> None:
    found = relations(
        read("Anna Holt, supported by the Marlow Party, won the seat.", "Kestrel District")
    )
    assert not any(r[0] == "Anna Holt" for r in found)


def test_named_the_most_valuable_player_but_not_a_lower_case_one() -> None:
    found = relations(
        read(
            "Anna Holt is an American basketball player. The following season, she was named "
            "the WNBA Most Valuable Player. Holt was named the team's most valuable player.",
            "Anna Holt",
        )
    )
    assert {r for r in found if r[1] == "awarded"} == {
        ("Anna Holt", "awarded", "WNBA Most Valuable Player")
    }
