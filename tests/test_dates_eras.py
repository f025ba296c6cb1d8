"""Dates in the first millennium, centuries written as hundreds, and the anaphora and year
forms general articles use (``the previous month``, ``the day before``, ``Q3 2023``)."""

from __future__ import annotations

import pytest

from pipeline.extract.dates import find_dates
from tests.extract_helpers import dated


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an era written once dates every small year of the article
        (
            "The eruption of AD 79 buried the town. It was rebuilt by 120. Raiders burned it in 410.",
            [("AD 79", "0079"), ("120", "0120"), ("410", "0410")],
        ),
        # a century of the first millennium does too
        (
            "The abbey dates from the 8th century. Its church was consecrated in 747.",
            [("8th century", "07"), ("747", "0747")],
        ),
        # an article dated only by small years is in that era
        ("The legion landed in 43 and withdrew by 409.", [("43", "0043"), ("409", "0409")]),
        # "around" between the cue and the year; a bracketed span of a life
        (
            "He served in 690. He was perhaps born around 645. His heir ruled (716-757).",
            [("690", "0690"), ("645", "0645"), ("716", "0716"), ("757", "0757")],
        ),
    ],
)
def test_years_before_1000_in_that_era(text: str, expected: list[tuple[str, str]]) -> None:
    assert dated(text) == expected


def test_small_numbers_in_a_modern_article_are_not_years() -> None:
    assert dated("The club was founded in 1921. It won 43 games and lost in 59 minutes.") == [
        ("1921", "1921")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mills spread in the 1700s.", [("1700s", "17")]),
        ("Trade grew in the early 1800s.", [("early 1800s", "18")]),
        ("Styles of the 1890s and 1900s differ.", [("1890s", "189"), ("1900s", "190")]),
        ("Sales peaked in the 2000s.", [("2000s", "200")]),
        ("Liners of the 1910s served into the 1900s (decade).", [("1910s", "191"), ("1900s", "190")]),
    ],
)  # fmt: skip
def test_hundreds_are_a_century(text: str, expected: list[tuple[str, str]]) -> None:
    assert dated(text) == expected


def test_anaphora_of_the_month_and_day_before() -> None:
    text = (
        "The offensive opened on 12 March 1951. Its commander had arrived the day before. "
        "Losses exceeded those of the previous month."
    )
    assert dated(text) == [
        ("12 March 1951", "1951-03-12"),
        ("the day before", "1951-03-11"),
        ("the previous month", "1951-02"),
    ]
    # "the day before the assault" is dated by the assault, not by the last date
    assert dated(
        "The offensive opened on 12 March 1951. The day before the assault, it rained."
    ) == [("12 March 1951", "1951-03-12")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He led the league in the 2006 through 2009 seasons.", [("2006", "2006"), ("2009", "2009")]),
        ("By 1850 settlers had cleared the valley.", [("1850", "1850")]),
        ("In 1943 troops landed on the coast.", [("1943", "1943")]),
        ("Profits rose in Q3 2023.", [("2023", "2023")]),
        ("An army of 1500 men marched.", []),
    ],
)  # fmt: skip
def test_year_forms(text: str, expected: list[tuple[str, str]]) -> None:
    assert dated(text) == expected


def test_bracketed_span_is_weak_outside_an_era() -> None:
    """``(716-757)`` is a pair of years only in an article that is in that era."""
    spans = [(m.quote, m.weak) for m in find_dates("His heir ruled (716-757).", small_years=True)]
    assert spans == [("716", True), ("757", True)]
    assert dated("The club was founded in 1921. Its record is (21-30).") == [("1921", "1921")]
