"""Date expressions (pipeline.extract.dates) and dated events (pipeline.extract.events)."""

from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.dates import DateMention, find_dates, iso_date
from pipeline.extract.events import extract_events
from pipeline.model import Document, Event, Sentence

ISO_PREFIX = re.compile(
    r"-?\d{2}(?:\d(?:\d(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?)?)?"
)
_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"(])")


def make_doc(text: str, title: str = "Test") -> tuple[Document, list[Sentence]]:
    """A document and its sentences: one paragraph per line, headings (== x ==) skipped."""
    doc = Document("t", title, "test", None, "0", text)
    sentences: list[Sentence] = []
    pos = 0
    for para, line in enumerate(text.split("\n")):
        start, pos = pos, pos + len(line) + 1
        if not line.strip() or line.lstrip().startswith("="):
            continue
        cuts = [0, *(m.end() for m in _SPLIT.finditer(line)), len(line)]
        for a, b in itertools.pairwise(cuts):
            chunk = line[a:b].rstrip()
            if chunk:
                n = len(sentences)
                sentences.append(
                    Sentence(f"t:s{n}", "t", None, para, start + a, start + a + len(chunk), chunk)
                )
    return doc, sentences


def dates(text: str, small_years: bool = False) -> list[tuple[str, str | None]]:
    return [(m.quote, m.iso) for m in find_dates(text, small_years=small_years)]


def events(text: str, title: str = "Test") -> list[tuple[str, str]]:
    doc, sentences = make_doc(text, title)
    return [(e.quote, e.date) for e in extract_events(doc, sentences)]


# --- absolute forms --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The park, created in 2009, functions as a platform.", [("2009", "2009")]),
        ("during his 2009 visit to Wuxi", [("2009", "2009")]),
        ("Elections were held in February 1994.", [("February 1994", "1994-02")]),
        ("He died on 5 May 1999.", [("5 May 1999", "1999-05-05")]),
        ("It premiered on May 22, 2007.", [("May 22, 2007", "2007-05-22")]),
        ("In mid-December 2015, Kershaw went to Cuba.", [("mid-December 2015", "2015-12")]),
        ("was arrested in late 1942.", [("late 1942", "1942")]),
        ("ordered in the late autumn of 1940", [("late autumn of 1940", "1940")]),
        ("his Painting (1946).", [("1946", "1946")]),
        ("the first time since 1923.", [("1923", "1923")]),
        ("the 2011 film Mercenaries", [("2011", "2011")]),
        ("In 27 BC Augustus ruled.", [("27 BC", "-0026")]),
        ("In 64 AD., Nero sang.", [("64 AD", "0064")]),
        ("consecrated on 10 June 731.", [("10 June 731", "0731-06-10")]),
        ("The results were published 2009-05-05.", [("2009-05-05", "2009-05-05")]),
        # a year between a determiner and "local …" (a time-zone word) is still a year
        ("Unionists lost ground in the 1934 local elections.", [("1934", "1934")]),
        ("Turnout fell in their 1967 local council polls.", [("1967", "1967")]),
    ],
)
def test_absolute_forms(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tatwine (c. 670 – 734) was archbishop", [("670", "0670"), ("734", "0734")]),
        ("archbishop from 731 to 734.", [("731", "0731"), ("734", "0734")]),
        ("in 1931–33 the road", [("1931", "1931"), ("33", "1933")]),
        ("his 1985 – 86 masterpiece", [("1985", "1985"), ("86", "1986")]),
        ("between 1964 and 2008.", [("1964", "1964"), ("2008", "2008")]),
        ("With the 2010 – 11 team making", [("2010", "2010")]),
        ("In the 1930s and 730s", [("1930s", "193"), ("730s", "073")]),
        ("surviving 8th-century grammars", [("8th-century", "07")]),
        ("in the sixteenth century", [("sixteenth century", "15")]),
    ],
)
def test_ranges_decades_centuries(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text, small_years=True) == expected


def test_small_years_need_a_cue_and_the_flag() -> None:
    assert dates("Nero ordered the murder of his mother in 59.") == []
    assert dates("ordered the murder of his mother in 59.", small_years=True) == [("59", "0059")]
    assert dates("Claudia Octavia (born 40)", small_years=True) == [("40", "0040")]
    assert dates("an ERA of 2.91 in 32 starts", small_years=True) == []
    assert dates("reduced from 147 to 37.", small_years=True) == []


def test_relative_mentions_have_no_year() -> None:
    found = find_dates("On 4 August he left; in July and early August; the next day")
    assert [(m.quote, m.kind, m.month, m.day) for m in found[:3]] == [
        ("4 August", "day_month", 8, 4),
        ("July", "month", 7, None),
        ("early August", "month", 8, None),
    ]
    assert (found[3].kind, found[3].unit, found[3].offset) == ("anaphora", "day", 1)
    assert all(m.year is None and m.iso is None for m in found)


@pytest.mark.parametrize(
    "text",
    [
        "The park accommodates over 1,500 enterprises and 6,000 workers.",
        "No. 20 Squadron flew along Route 31B and NY 93 to CR 99.",
        "Pope 1961 and Pope 1965 hung beside Head VI.",
        "They sailed at 22: 30 and arrived at 2100 UTC.",
        "The patrol left at 1830 local and returned at 0600 local time.",
        "Butler won 63 – 56 and scored 1500 points.",
        "He pitched 2041 ⁄ 3 innings.",
        "The Mk 1200 reached 1500 m at 2000 km/h.",
        "It cost $1990; about 1500 people came to pages 1200–1250.",
        "The contract lasted three years; he was 33 years old.",
        "Tropical Storm Krosa reached 185 km / h (115 mph).",
    ],
)
def test_non_dates(text: str) -> None:
    assert dates(text, small_years=True) == []


def test_iso_date() -> None:
    assert iso_date(-26) == "-0026"
    assert iso_date(0) == "0000"
    assert iso_date(731, 6, 10) == "0731-06-10"
    assert iso_date(1994, 2) == "1994-02"


# --- events in context -----------------------------------------------------------------

SEED = (
    "= Wuxi IoT Innovation Park =\n\n"
    "The Wuxi IoT Innovation Park, created in 2009, functions as the principal platform. "
    "In that same year, the park commenced operations. In 2010, it was declared a pilot "
    "national regional brand for IoT and has since regularly ranked as a premier incubator.\n"
)


def test_seed_paragraph() -> None:
    doc, sentences = make_doc(SEED, "Wuxi IoT Innovation Park")
    found = extract_events(doc, sentences)
    assert [(e.quote, e.date, e.method) for e in found] == [
        ("2009", "2009", "date.year"),
        ("In that same year", "2009", "date.anaphora"),
        ("2010", "2010", "date.year"),
    ]
    assert found[0].description == "Wuxi IoT Innovation Park created"  # with its actor
    assert found[2].description.startswith("declared a pilot national regional brand")
    assert all(doc.text[e.char_start : e.char_end] == e.quote for e in found)


def test_day_month_from_context() -> None:
    text = "Odoardo Beccari visited Bintulu in 1867. On 4 August, he started his journey."
    assert events(text)[-1] == ("4 August", "1867-08-04")


def test_year_rolls_over_into_january() -> None:
    text = "In late December 1990, violence grew.\nOn 31 December, he was shot at. On 2 January, ships sailed."
    assert events(text)[1:] == [("31 December", "1990-12-31"), ("2 January", "1991-01-02")]


def test_month_before_context_month_stays_in_year() -> None:
    text = (
        "On March 1, 2016, Stevens was named Coach of the Month for games played during February."
    )
    assert events(text) == [("March 1, 2016", "2016-03-01"), ("February", "2016-02")]


def test_next_day_and_following_night() -> None:
    text = (
        "Late on November 1, a large eye redeveloped. Early the next day, winds peaked.\n"
        "By November 3, it had weakened, and was no longer warned on by the next day."
    )
    assert events(text, "Typhoon Krosa (2013)") == [
        ("November 1", "2013-11-01"),
        ("the next day", "2013-11-02"),
        ("November 3", "2013-11-03"),
        ("the next day", "2013-11-04"),
    ]


def test_heading_range_and_following_night() -> None:
    text = (
        "== Champion (2014 – 2015) ==\n"
        "On the July 21, 2014 episode, he was announced. On the August 19 episode, he won.\n"
        "He returned on the June 15 episode. On July 19 at Battleground, he dominated.\n"
        "== Feuds (2015 – present) ==\n"
        "The following night on Raw, he explained."
    )
    got = events(text)
    assert got[-3:] == [
        ("June 15", "2015-06-15"),
        ("July 19", "2015-07-19"),
        ("The following night", "2015-07-20"),
    ]


def test_since_clause_and_flashback_do_not_move_the_context() -> None:
    text = (
        "The war began in 1950. On July 4, he made his first appearance since his 2012 return.\n"
        "In 1939, the US had negotiated access to a port.\n"
        "Staff left in early December."
    )
    got = events(text)
    assert ("July 4", "1950-07-04") in got
    assert got[-1] == ("early December", "1950-12")


def test_a_target_or_forecast_year_does_not_move_the_context() -> None:
    text = (
        "The terminal opened in 2019. The operator plans to double capacity by 2030.\n"
        "In 2022, it handled 3 million tonnes.\n"
        "The port authority expects 500 jobs by 2028, up from 310 at the end of 2023.\n"
        "In March, a new crane was installed."
    )
    got = events(text)
    assert ("2030", "2030") in got and ("2028", "2028") in got
    assert got[-1] == ("March", "2023-03")  # not 2030-03 nor 2028-03


def test_a_past_year_after_a_forecast_word_in_another_clause_still_moves_it() -> None:
    text = "Officials expected a quick recovery. By 1995, the town had grown. In May, it flooded."
    assert events(text)[-1] == ("May", "1995-05")


def test_unresolvable_and_stale_anaphora_are_left_out() -> None:
    assert events("In that same year, the park opened. On 4 August he left.") == []
    text = "He was born in 1976. He liked puzzles. He played often. He trained hard. He made the team that same year."
    assert events(text) == [("1976", "1976")]


def test_year_later_with_explicit_date_and_approximation() -> None:
    text = (
        "It was given to the county on April 1, 1980. Approximately one year later on "
        "June 29, 1981, it moved. Two years later, it closed."
    )
    assert events(text) == [
        ("April 1, 1980", "1980-04-01"),
        ("June 29, 1981", "1981-06-29"),
        ("Two years later", "1983"),
    ]


def test_full_date_before_its_noun_keeps_the_year() -> None:
    text = "The 2004 games were held in Athens. During the August 14, 2008 races, he ran."
    assert events(text)[-1] == ("August 14, 2008", "2008-08-14")
    assert dates("On September 3, 300 soldiers attacked.") == [("September 3", None)]


def test_year_of_a_name_keeps_the_month_for_the_rollover() -> None:
    text = (
        "== Feuds (2015 – present) ==\n"
        "The rematch took place on August 23. The match was voted best at the 2015 awards "
        "show. On the January 11 episode, he returned."
    )
    assert events(text)[-1] == ("January 11", "2016-01-11")


def test_day_anaphora_follows_a_long_narrative_of_that_day() -> None:
    text = (
        "The battle began in 1950. On the evening of August 31, the company moved. "
        "At 20: 00 fog covered the river. At 22: 00 shells fell. Mortars fired back. "
        "Men heard noises. At 23: 00 a fight flared. The fire lasted minutes. "
        "The patrol was ambushed. He held the site until 07: 30 the next morning. "
        "That afternoon, the tanks withdrew."
    )
    assert events(text)[-2:] == [
        ("the next morning", "1950-09-01"),
        ("That afternoon", "1950-09-01"),
    ]
    stale = "It was founded in 1950. A. B. C. D. He was there that same year."
    assert events(stale) == [("1950", "1950")]  # a year anaphor still needs a recent date


def test_day_anaphora_is_checked_against_a_restating_date_and_habits() -> None:
    text = "On 1 January 1969, marchers left. In the early hours of the following morning, 5 January, police charged."
    assert ("the following morning", "1969-01-02") not in events(text)
    text = "On 2 September 1950 they attacked. Each night they placed a bridge and took it up the next morning."
    assert events(text) == [("2 September 1950", "1950-09-02")]


def test_end_of_the_year_and_day_of_the_month() -> None:
    text = (
        "Several films opened at the end of 1999. By the end of the year, critics had turned. "
        "On January 14, 2006, a judge said that unless he got an argument by the 25th, he would rule."
    )
    assert events(text) == [
        ("1999", "1999"),
        ("the end of the year", "1999"),
        ("January 14, 2006", "2006-01-14"),
        ("the 25th", "2006-01-25"),
    ]
    assert dates("He finished the race ranked 25th.") == []


def test_the_year_before_a_small_number() -> None:
    text = "In 41 AD, Claudius became emperor. Messalina was executed in the year 48."
    assert events(text) == [("41 AD", "0041"), ("48", "0048")]


def test_small_years_only_in_ancient_articles() -> None:
    ancient = "In 64 AD, Nero sang. Nero ordered the murder of his mother in 59."
    assert events(ancient) == [("64 AD", "0064"), ("59", "0059")]
    modern = "In 2004 he joined. He scored in 59."
    assert events(modern) == [("2004", "2004")]


def test_events_sorted_with_valid_offsets() -> None:
    doc, sentences = make_doc(SEED + "\nIn 2022 and 2024, it grew. In 2021 it expanded.\n")
    found = extract_events(doc, sentences)
    assert [e.char_start for e in found] == sorted(e.char_start for e in found)
    for e in found:
        assert isinstance(e, Event)
        assert doc.text[e.char_start : e.char_end] == e.quote
        assert e.description.strip()


# --- scaling: regressions for work quadratic in the length of one sentence or line --------


def test_long_sentence_of_dates_is_read_whole() -> None:
    """Each mention used to rescan its sentence (clause, parentheses, ``since``, the masked
    description): 20,000 dates in one sentence took minutes. Timing is measured by
    ``make bench`` (its stress cases), not asserted here."""
    text = "In 2009 it rained and" + " in 2010" * 20_000 + "."
    doc, sentences = make_doc(text)
    found = extract_events(doc, sentences)
    assert len(found) == 20_001
    assert {e.description for e in found} == {"rained"}


def test_heading_with_a_long_run_of_blanks_is_read() -> None:
    """The heading regex backtracked over the blanks of ``= a      …      b``."""
    doc, sentences = make_doc("= a" + " " * 50_000 + "b\nIn 2009 it rained.\n")
    assert [(e.quote, e.date) for e in extract_events(doc, sentences)] == [("2009", "2009")]


# --- properties ------------------------------------------------------------------------

TOKENS = [
    "In", "in", "on", "the", "next", "day", "following", "that", "same", "year", "May",
    "December", "1999", "731", "59", "5", "31", "–", "-", ",", ".", "(", ")", "BC", "AD", "c.",
    "born", "1930s", "8th", "century", "mid-", "late", "2010", "11", "No.", "22:", "30", "½",
    "\u2044", "$", "1,500", "ıİ", "\x00", "𝟙𝟗𝟗𝟗", "١٩٩٩", "\n", "==", "Later", "two", "years",
]  # fmt: skip
TEXTS = st.one_of(st.text(), st.lists(st.sampled_from(TOKENS)).map(" ".join))


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_find_dates_never_raises_and_slices_back(text: str) -> None:
    for small in (False, True):
        for m in find_dates(text, small_years=small):
            assert isinstance(m, DateMention)
            assert text[m.start : m.end] == m.quote
            if m.iso is not None:
                assert ISO_PREFIX.fullmatch(m.iso), m


@settings(max_examples=200, deadline=None)
@given(TEXTS, TEXTS)
def test_extract_events_never_raises(title: str, text: str) -> None:
    doc, sentences = make_doc(text, title)
    found = extract_events(doc, sentences)
    assert [e.char_start for e in found] == sorted(e.char_start for e in found)
    for e in found:
        assert doc.text[e.char_start : e.char_end] == e.quote
        assert ISO_PREFIX.fullmatch(e.date), e
        assert e.description


def test_a_plan_without_a_year_takes_the_year_of_the_plans_before_it() -> None:
    text = (
        "The landlord leased 90,000 square metres in 2023.\n"
        "The first 12 megawatts are due to start operating in the first half of 2025. "
        "It will report annual results in late February."
    )
    assert events(text)[-1] == ("late February", "2025-02")


def test_a_dated_dateline_places_last_year_next_month_and_weekdays() -> None:
    text = (
        "ALMATY, Kazakhstan, Feb. 3, 2025 — The zone signed deals worth $1.2 billion on Monday.\n"
        "Investment rose 12% last year, and a second phase opens next month.\n"
        "The board will meet on Thursday."
    )
    got = events(text)
    assert ("on Monday", "2025-02-03") in got
    assert ("last year", "2024") in got and ("next month", "2025-03") in got
    assert ("on Thursday", "2025-02-06") in got  # a plan: the Thursday after


def test_without_a_dated_dateline_deictic_dates_are_left_out() -> None:
    text = "LIMA, July 22 (Reuters) - Volumes rose 12% last year.\nIn 2000, the park grew 15-fold last year."
    assert events(text) == [("2000", "2000")]  # "July 22" has no year to take either
