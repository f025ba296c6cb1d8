"""Qualifiers on every kind of value (``up to``, ``at least``, ``within``, ``approximated
to``), ``over`` meaning across, a change that is not a range, and ages."""

from __future__ import annotations

import pytest

from tests.extract_helpers import facts_of, only


@pytest.mark.parametrize(
    ("text", "quote", "qualifier"),
    [
        ("Loans of up to $2 million were offered.", "$2 million", "at_most"),
        ("The tax takes up to 45% of income.", "45%", "at_most"),
        ("Flights take up to 3 hours.", "3 hours", "at_most"),
        ("The wall is up to 6 metres high.", "6 metres", "at_most"),
        ("At least 40 houses burned.", "40", "at_least"),
        ("The works cost at least €8 million.", "€8 million", "at_least"),
        ("The lake is at least 90 ft deep.", "90 ft", "at_least"),
        ("Every home is within 400 metres of a stop.", "400 metres", "at_most"),
        ("The repairs finished within 6 weeks.", "6 weeks", "at_most"),
        ("The herd was approximated to 1,200 head.", "1,200", "approximate"),
        ("Losses were approximated at £3m.", "£3m", "approximate"),
        ("The subsidy covers upto 60% of the cost.", "60%", "at_most"),
        ("The team finished just shy of 100 points.", "100", "less_than"),
    ],
)  # fmt: skip
def test_qualifiers_on_every_kind_of_value(text: str, quote: str, qualifier: str) -> None:
    assert only(text, quote).qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "quote", "qualifier"),
    [
        ("Ash was spread over 30 km of farmland.", "30 km", "exact"),
        ("Ruins are scattered over 200 hectares.", "200 hectares", "exact"),
        ("Prices rose 12% over 4 years.", "4 years", "exact"),
        ("She scored 9 goals over 14 matches.", "14", "exact"),
        ("The fire burned for over six days.", "six days", "more_than"),
        ("The estate covers over 900 acres.", "900 acres", "more_than"),
        ("The clinic treats 300 patients over 70.", "70", "more_than"),
        ("As of 2019 over 3,000 staff worked there.", "3,000", "more_than"),
    ],
)
def test_over_meaning_across(text: str, quote: str, qualifier: str) -> None:
    assert only(text, quote).qualifier == qualifier


def test_a_change_then_a_level_is_no_range() -> None:
    facts = facts_of("Turnout rose 4.5 percentage points to 61% and fell by 2% to 59%.")
    assert [(f.quote, f.qualifier) for f in facts] == [
        ("4.5 percentage points", "exact"),
        ("61%", "exact"),
        ("2%", "exact"),
        ("59%", "exact"),
    ]
    assert only("The river is 4 to 9 metres deep.", "4 to 9 metres").qualifier == "range"


@pytest.mark.parametrize(
    ("text", "quote", "value", "unit"),
    [
        ("A 34-year-old cyclist was hurt.", "34-year", 34, "year"),
        ("Her son, aged 9, was unhurt.", "9", 9, "year"),
        ("When he was six years old he moved.", "six years", 6, "year"),
        ("The foal is only 5 days old.", "5 days", 5, "day"),
        ("The puppy is 10 weeks old.", "10 weeks", 10, "week"),
        ("She retired at the age of 62.", "62", 62, "year"),
    ],
)
def test_ages(text: str, quote: str, value: float, unit: str) -> None:
    fact = only(text, quote)
    assert (fact.value, fact.unit, fact.period) == (value, unit, None)


def test_age_range() -> None:
    fact = only("Adults aged between 25 and 40 took part.", "25 and 40")
    assert (fact.value, fact.value_max, fact.unit) == (25, 40, "year")


@pytest.mark.parametrize(
    ("text", "quote", "qualifier"),
    [
        ("The arena seats up to 2000 fans.", "2000", "at_most"),
        ("The garrison had at least 1500 men.", "1500", "at_least"),
        ("The crowd was approximated to 1900.", "1900", "approximate"),
        ("The plant employs over 1200 staff.", "1200", "more_than"),
        ("About 1800 pilgrims came.", "1800", "approximate"),
        ("Membership grew to 1700 within a decade.", "1700", "exact"),
    ],
)
def test_four_digit_amounts_after_a_qualifier_are_counts(
    text: str, quote: str, qualifier: str
) -> None:
    assert only(text, quote).qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "quote", "qualifier"),
    [
        ("The town expects well over a working population of 2.1 million.", "2.1 million", "more_than"),
        ("Actors under the age of 30 were cast.", "30", "less_than"),
        ("The plaza has 8,000 m2, more or less.", "8,000 m2", "approximate"),
        ("The trench runs 40 km, give or take.", "40 km", "approximate"),
        ("Rain fell over a period of 12 days.", "12 days", "exact"),
    ],
)  # fmt: skip
def test_qualifier_before_a_noun_phrase_or_after_the_value(
    text: str, quote: str, qualifier: str
) -> None:
    assert only(text, quote).qualifier == qualifier
