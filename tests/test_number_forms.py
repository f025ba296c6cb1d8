"""Numbers as sources write them: citation marks, separators with a stray space, dots or
Indian grouping, four-digit counts that are not years, fractions and mixed numbers, inch and
foot marks, and the abbreviations of news writing."""

from __future__ import annotations

import pytest

from pipeline.extract.numbers import find_numbers
from tests.extract_helpers import found, only


@pytest.mark.parametrize(
    "text",
    [
        "The firm employs 300 engineers.[4] It was founded by a chemist.",
        "The campus opened early.[12][13] Its labs followed.",
        "The name is often shortened[a] to its initials.",
        "The society was renamed[note 2] after the war.",
        "The claim is disputed.[citation needed] Others agree.",
        "The harbour is deep.[7]: 45 Ships call daily.",
        "The square is busy. [3] It also names a district.",
    ],
)
def test_citation_marks_are_not_quantities(text: str) -> None:
    quotes = [q for q, _, _ in found(text)]
    assert quotes in ([], ["300"])


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        ("The estate covers 3, 200 acres.", "3, 200 acres", 3200),
        ("The works employed 14, 000 people.", "14, 000", 14000),
        ("The dam holds 1.234.567 cubic metres.", "1.234.567 cubic metres", 1234567),
        ("The hall has 25.000 m2 of floor.", "25.000 m2", 25000),
        ("The prize was 1.000 grams of gold.", "1.000 grams", 1),  # a precise decimal
    ],
)  # fmt: skip
def test_separators(text: str, quote: str, value: float) -> None:
    assert only(text, quote).value == value


@pytest.mark.parametrize(
    "text",
    [
        "The convoy left at 04: 15, 380 miles from port.",  # a time, then a distance
        "On October 9, 250 workers struck.",  # a date, then a count
        "It won in rounds 2, 100 and 300.",  # a list
    ],
)
def test_comma_and_space_that_are_not_a_thousands_separator(text: str) -> None:
    assert all(value < 1000 for _, value, _ in found(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The duke sent 1500 archers to the coast.", [("1500", 1500, "count")]),
        ("1200 soldiers crossed the river.", [("1200", 1200, "count")]),
        ("In 1943 troops landed on the coast.", []),
        ("By 1850 settlers had cleared the valley.", []),
        ("The 1990 elections changed little.", []),
        ("Several 1999 films shared the theme.", []),
        ("During the June 4, 2004 games he pitched.", []),
        ("The town had 8,400 people (2011 census).", [("8,400", 8400, "count")]),
    ],
)  # fmt: skip
def test_four_digit_counts_and_years(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "quote", "value", "unit"),
    [
        ("The path runs 5 1/2 miles.", "5 1/2 miles", 5.5, "mi"),
        ("The well is 3/4 mile from the farm.", "3/4 mile", 0.75, "mi"),
        ("The pipe is 1/2-inch wide.", "1/2-inch", 0.5, "inch"),
        ("Stir in ¾ cup of flour.", "¾ cup", 0.75, "cup"),
        ("The beam is 10½ feet long.", "10½ feet", 10.5, "ft"),
        ("Two thirds of the members voted.", "Two thirds", 2 / 3, "count"),
        ("About a quarter of the land is forest.", "a quarter", 0.25, "count"),
        ("The camp is three quarters of a mile away.", "three quarters of a mile", 0.75, "mi"),
        ("They rested for half an hour.", "half an hour", 0.5, "hour"),
        ("Half a million people came.", "Half a million", 5e5, "count"),
    ],
)  # fmt: skip
def test_fractions_and_mixed_numbers(text: str, quote: str, value: float, unit: str) -> None:
    fact = only(text, quote)
    assert (fact.value, fact.unit) == (value, unit)


@pytest.mark.parametrize(
    "text",
    [
        "She was elected a third time.",  # an ordinal
        "The bill passed with a two-thirds majority.",  # a share of nothing stated
        "The treaty was signed on 5/12.",  # a date
        "The station reopened on 9/11.",
    ],
)
def test_fractions_that_are_not_quantities(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "quote", "value", "unit"),
    [
        ('The frame holds a 24" screen.', '24"', 24, "inch"),
        ("The guard is 6'4\" tall.", "6'4\"", 6 + 4 / 12, "ft"),
        ("The fence is 5' 6\" high.", "5' 6\"", 5.5, "ft"),
    ],
)
def test_inch_and_foot_marks(text: str, quote: str, value: float, unit: str) -> None:
    fact = only(text, quote)
    assert (fact.value, fact.unit) == (value, unit)


def test_closing_quote_is_no_inch_mark() -> None:
    assert found('The song "Highway 61" charted.') == []


@pytest.mark.parametrize(
    ("text", "quote", "value", "unit"),
    [
        ("Some 2.4m people voted.", "2.4m", 2.4e6, "count"),
        ("The museum drew 3m visitors.", "3m", 3e6, "count"),
        ("She won the 400m hurdles.", "400m", 400, "m"),
        ("Kenya's 800m runners won.", "800m", 800, "m"),  # a race's round distance
        ("The firm lost £1.3bn last year.", "£1.3bn", 1.3e9, "GBP"),
        ("Output rose 3pc on the quarter.", "3pc", 3, "%"),
        ("Rates held at 4.5 pct.", "4.5 pct", 4.5, "%"),
        ("The city has 1.2bn litres of reserve.", "1.2bn litres", 1.2e9, "L"),
        ("The council spent £40k on signs.", "£40k", 4e4, "GBP"),
    ],
)  # fmt: skip
def test_news_abbreviations(text: str, quote: str, value: float, unit: str) -> None:
    fact = only(text, quote)
    assert (fact.value, fact.unit) == (value, unit)


def test_quarter_of_a_year_dates_its_year() -> None:
    assert only("Sales fell 2% in Q3 2023.", "2%").period == "2023"


def test_numbers_inside_a_citation_mark_are_not_found() -> None:
    assert [n.value for n in find_numbers("It has 40 rooms.[2][note 5]")] == [40]
