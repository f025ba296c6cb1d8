"""News and government prose: what a value is when the sentence reports a change or a
measure as its subject (``Revenue rose 17.6% to Rs 5,430 crore``, ``…, up 9.4 per cent
year-on-year``)."""

from __future__ import annotations

from pipeline.extract.changes import change_of
from tests.extract_helpers import facts_of, only


def test_a_change_is_not_a_share() -> None:
    text = "Total industrial output reached 251 billion yuan, up 9.4 per cent year-on-year."
    output = only(text, "251 billion yuan")
    assert output.attribute == "Total industrial output"
    assert output.property == "output_value"
    change = only(text, "9.4 per cent")
    assert change.property == "change"
    assert change.attribute == "Total industrial output growth"


def test_the_verb_of_a_change_gives_its_direction_and_what_changed() -> None:
    up = only("Revenue rose 17.6% to Rs 5,430 crore.", "17.6%")
    assert (up.attribute, up.property, up.subject) == ("Revenue growth", "change", "Test")
    down = only("Exports fell by 3% in 2024.", "3%")
    assert (down.attribute, down.property) == ("Exports decline", "change")
    noun = only("The zone recorded a 5% increase in exports.", "5%")
    assert (noun.attribute, noun.property) == ("exports growth", "change")


def test_a_level_reached_is_no_change() -> None:
    assert only("Unemployment rose to 5% in 2020.", "5%").property == "share"
    assert only("About 42% of the zone's revenue comes from electronics.", "42%").property != (
        "change"
    )
    assert change_of("The share went from 12% to 15%.", 19, 22) is None


def test_a_sum_after_a_change_takes_the_verb_subject() -> None:
    money = only("Revenue rose 17.6% to Rs 5,430 crore.", "Rs 5,430 crore")
    assert (money.attribute, money.property) == ("Revenue", "revenue")


def test_a_possessive_is_followed_by_a_noun_not_a_verb() -> None:
    fact = only("The zone's exports reached 2 billion dollars in 2020.", "2 billion dollars")
    assert fact.property == "exports"
    assert fact.subject == "Test"


def test_quantifier_words_open_a_subject_without_a_number() -> None:
    facts = facts_of("Several firms moved 300 staff to the zone.")
    assert [(f.quote, f.subject) for f in facts] == [("300", "Several firms")]


def test_page_words_and_headlines_give_the_page_subject() -> None:
    from pipeline.extract.page_titles import page_subject

    assert page_subject("About Orla Valley Logistics", "") == "Orla Valley Logistics"
    assert page_subject("Overview of the Kiva Bay Free Zone", "") == "Kiva Bay Free Zone"
    assert page_subject("Kiva Bay Free Zone: Annual Report 2023", "") == "Kiva Bay Free Zone"
    assert (
        page_subject("Invest in the Marlow Innovation District, Leeds, England", "")
        == "Marlow Innovation District"
    )
    first = "ACCRA, June 2 (Reuters) - The Tema Gate Industrial Park has signed two leases."
    assert page_subject("Ghana park signs leases as demand grows", first) == (
        "Tema Gate Industrial Park"
    )
    # encyclopedia titles are names already
    for title in ("Port of Santos", "Operation Eastern Exit", "Battle of the Coral Sea"):
        assert page_subject(title, "It is a name.") == title


def test_a_dateline_ends_a_clause_and_yen_follows_the_city() -> None:
    text = "SHENZHEN, March 14 (Reuters) - Industrial output at the park rose 12.4% in 2024 to ¥318 billion."
    money = only(text, "¥318 billion")
    assert (money.unit, money.attribute) == ("CNY", "Industrial output")
    assert only(text, "12.4%").attribute == "Industrial output growth"


def test_a_year_before_to_is_no_range_start() -> None:
    facts = facts_of("Cargo rose 14% in 2024 to 3.6 million tonnes, from 1,500 to 3,000 berths.")
    assert [f.quote for f in facts] == ["14%", "3.6 million tonnes", "1,500 to 3,000"]


def test_units_of_ports_plants_and_permits() -> None:
    assert only("The motors deliver up to 50 Nm of torque.", "50 Nm").unit == "N*m"
    assert only("The motors deliver up to 50 Nm of torque.", "50 Nm").attribute == "torque"
    assert only("The substation has a capacity of 80 MVA.", "80 MVA").unit == "MVA"
    assert only("The berth takes vessels of up to 150,000 DWT.", "150,000 DWT").unit == "t"
    assert only("Licences are issued within five working days.", "five working days").unit == (
        "day"
    )
