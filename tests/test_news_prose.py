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
