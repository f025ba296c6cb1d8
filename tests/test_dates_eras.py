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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fashions of the '80s returned.", [("'80s", "198")]),
        ("Phones of the ’00s were small.", [("’00s", "200")]),
        ("The guns fell silent on Christmas Day 1916.", [("Christmas Day 1916", "1916-12-25")]),
        ("Christmas 1941 was grim.", [("Christmas 1941", "1941-12-25")]),
        ("The budget for 2011/12 was cut.", [("2011/12", "2011")]),
        ("Figures for 1999/2000 were revised.", [("1999/2000", "1999")]),
        ("The 2004/2010 plans were merged.", [("2004", "2004")]),
    ],
)  # fmt: skip
def test_decades_holidays_and_split_years(text: str, expected: list[tuple[str, str]]) -> None:
    assert dated(text) == expected


def test_holiday_without_a_year_takes_the_context() -> None:
    text = "The siege began in December 1943. On Boxing Day the garrison surrendered."
    assert dated(text) == [("December 1943", "1943-12"), ("Boxing Day", "1943-12-26")]


def test_year_in_a_heading_after_a_colon_sets_the_context() -> None:
    text = "= Harbour =\n\n== Raids: 1941 ==\n\nBombers came on 3 May. They returned on 9 May.\n"
    assert dated(text) == [("3 May", "1941-05-03"), ("9 May", "1941-05-09")]


def test_a_year_written_after_its_day_and_month_stays_a_year_before_a_noun() -> None:
    assert dated("On 3 May 1941 bombers came.") == [("3 May 1941", "1941-05-03")]
    # with a comma the number may count the noun: "On June 4, 300 troops landed"
    assert dated("On June 4, 300 troops landed.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The chapel was built around 1800 and enlarged later.", [("1800", "1800")]),
        ("About 1850, the mill closed.", [("1850", "1850")]),
        ("The lease runs until at least 2030.", [("2030", "2030")]),
        ("The arena seats up to 2000 fans.", []),
        ("Membership grew to 1700 by 1910.", [("1910", "1910")]),
    ],
)
def test_years_and_amounts_after_qualifiers(text: str, expected: list[tuple[str, str]]) -> None:
    assert dated(text) == expected


def test_a_year_that_opens_a_sentence_or_a_timeline_entry_is_a_year() -> None:
    for text in ("1987 – The company is founded.", "1996: We open our first plant.",
                 "2008 was a good year."):  # fmt: skip
        assert [m.quote for m in find_dates(text)] == [text[:4]], text
    assert find_dates("1500 men died.") == []  # a count, not a year
    assert find_dates("$2008 was paid.") == []  # a sum
