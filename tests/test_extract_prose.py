"""Quantities and dates in the prose of park, city and organisation articles.

Twenty sentences written for these tests in the style of the seed's domain (areas, populations
"as of", budgets in several currencies, founding years, "up from … in …"), read as one article
so that dates resolve in context. They pin every fact (quote, value, unit, qualifier, period)
and every dated statement (quote, ISO date) the extractors should find.
"""

from __future__ import annotations

import math

import pytest

from pipeline.extract.events import extract_events
from pipeline.extract.quantities import extract_quantities
from pipeline.model import Document, Event, Fact
from pipeline.segment import segment_document

TITLE = "Riverside Technology Park"

Q = tuple[str, float, str, str, str | None]  # quote, value, unit, qualifier, period
D = tuple[str, str]  # quote, date

CASES: list[tuple[str, list[Q], list[D]]] = [
    (
        "Riverside Technology Park is a science park in Lindenburg, founded in 1998 by the "
        "municipal government.",
        [],
        [("1998", "1998")],
    ),
    (
        "The park covers an area of 320 hectares, of which about 45 hectares are protected "
        "wetland.",
        [
            ("320 hectares", 320, "hectare", "exact", None),
            ("45 hectares", 45, "hectare", "approximate", None),
        ],
        [],
    ),
    (
        "In 2015, the park had 320 companies, up from 210 in 2012.",
        [("320", 320, "count", "exact", "2015"), ("210", 210, "count", "exact", "2012")],
        [("2015", "2015"), ("2012", "2012")],
    ),
    (
        "As of 2020, more than 12,000 people worked in the park.",
        [("12,000", 12000, "count", "more_than", "2020")],
        [("2020", "2020")],
    ),
    (
        "The park's annual budget was €48 million in 2019.",
        [("€48 million", 48e6, "EUR", "exact", "2019")],
        [("2019", "2019")],
    ),
    (
        "Its research institute received a grant of US$2.5 million from the national science fund.",
        [("US$2.5 million", 2.5e6, "USD", "exact", None)],
        [],
    ),
    (
        "The Chinese partner company invested 1.2 billion yuan in a new campus in 2018.",
        [("1.2 billion yuan", 1.2e9, "CNY", "exact", "2018")],
        [("2018", "2018")],
    ),
    (
        "The city of Lindenburg has a population of 214,500 as of 2021 and an area of 88.4 km².",
        [
            ("214,500", 214500, "count", "exact", "2021"),
            ("88.4 km²", 88.4, "km**2", "exact", "2021"),
        ],
        [("2021", "2021")],
    ),
    (
        "The city grew by 3.5% between 2010 and 2020.",
        [("3.5%", 3.5, "%", "exact", None)],  # a span of years is no single period
        [("2010", "2010"), ("2020", "2020")],
    ),
    (
        "The foundation, established in 2004, employs approximately 150 staff in four offices.",
        [("150", 150, "count", "approximate", None), ("four", 4, "count", "exact", None)],
        [("2004", "2004")],
    ),
    (
        "In 2016, the organisation reported revenues of £3.2 million, up from £2.1 million in "
        "2014.",
        [
            ("£3.2 million", 3.2e6, "GBP", "exact", "2016"),
            ("£2.1 million", 2.1e6, "GBP", "exact", "2014"),
        ],
        [("2016", "2016"), ("2014", "2014")],
    ),
    (
        "The nature reserve, which opened in 1987, protects nearly 2,000 plant species on 12 km2.",
        [
            ("2,000", 2000, "count", "approximate", None),  # the opening year dates no value
            ("12 km2", 12, "km**2", "exact", None),
        ],
        [("1987", "1987")],
    ),
    (
        "The main lake is 4.5 km long and up to 30 metres deep.",
        [("4.5 km", 4.5, "km", "exact", None), ("30 metres", 30, "m", "at_most", None)],
        [],
    ),
    (
        "The incubator hosts at least 60 start-ups and offers 8,000 square metres of office space.",
        [
            ("60", 60, "count", "at_least", None),
            ("8,000 square metres", 8000, "m**2", "exact", None),
        ],
        [],
    ),
    (
        "The airport handled 1.8 million passengers in 2019, a 12% increase on the previous year.",
        [
            ("1.8 million", 1.8e6, "count", "exact", "2019"),
            ("12%", 12, "%", "exact", "2019"),  # the previous year is the base, not the period
        ],
        [("2019", "2019"), ("the previous year", "2018")],
    ),
    (
        "By 2025, the park aims to attract over 500 enterprises with a total output of 50 "
        "billion yuan.",
        [
            ("500", 500, "count", "more_than", "2025"),
            ("50 billion yuan", 5e10, "CNY", "exact", "2025"),
        ],
        [("2025", "2025")],
    ),
    (
        # a measure that describes a thing (a 25-hectare zone) is what it is, not when:
        # only a sentence's frame ("In 2011, …") dates it, as the blind news gold reads it
        "The park was expanded in March 2011 to include a 25-hectare logistics zone.",
        [("25-hectare", 25, "hectare", "exact", None)],
        [("March 2011", "2011-03")],
    ),
    (
        "The trail network extends for 42 kilometres (26 mi) through the forest.",
        [("42 kilometres", 42, "km", "exact", None), ("26 mi", 26, "mi", "exact", None)],
        [],
    ),
    (
        "Admission costs Rs. 500 for foreign visitors and Rs. 50 for residents.",
        [("Rs. 500", 500, "INR", "exact", None), ("Rs. 50", 50, "INR", "exact", None)],
        [],
    ),
    (
        "The cooperative had 1,250 members at the end of 2022.",
        [("1,250", 1250, "count", "exact", "2022")],
        [("2022", "2022")],
    ),
]

TEXT = f"= {TITLE} =\n\n" + "\n".join(sentence for sentence, _, _ in CASES) + "\n"


@pytest.fixture(scope="module")
def extracted() -> tuple[Document, list[Fact], list[Event]]:
    doc = Document("riverside", TITLE, "test", None, "0", TEXT)
    sentences = segment_document(doc)
    events = extract_events(doc, sentences)
    return doc, extract_quantities(doc, sentences, events), events


def _span(doc: Document, sentence: str) -> tuple[int, int]:
    start = doc.text.index(sentence)
    return start, start + len(sentence)


def test_sentences_are_split_as_written() -> None:
    doc = Document("riverside", TITLE, "test", None, "0", TEXT)
    assert [s.text for s in segment_document(doc)] == [sentence for sentence, _, _ in CASES]


@pytest.mark.parametrize(("sentence", "quantities", "dates"), CASES, ids=range(len(CASES)))
def test_prose_sentence(
    extracted: tuple[Document, list[Fact], list[Event]],
    sentence: str,
    quantities: list[Q],
    dates: list[D],
) -> None:
    doc, facts, events = extracted
    start, end = _span(doc, sentence)
    got = [f for f in facts if start <= f.char_start < end]
    assert [(f.quote, f.unit, f.qualifier, f.period) for f in got] == [
        (quote, unit, qualifier, period) for quote, _, unit, qualifier, period in quantities
    ]
    for fact, (_, value, _, _, _) in zip(got, quantities, strict=True):
        assert math.isclose(fact.value, value, rel_tol=1e-9)
    assert [(e.quote, e.date) for e in events if start <= e.char_start < end] == dates


def test_prose_subjects_and_attributes(
    extracted: tuple[Document, list[Fact], list[Event]],
) -> None:
    _, facts, _ = extracted
    by_quote = {f.quote: f for f in facts}
    assert by_quote["320 hectares"].subject == TITLE  # "The park" is the article's topic
    assert by_quote["320 hectares"].attribute == "area"
    assert by_quote["12,000"].attribute == "people"
    assert by_quote["4.5 km"].attribute == "length"
    assert by_quote["30 metres"].attribute == "depth"
    assert by_quote["8,000 square metres"].attribute == "office space"
    assert by_quote["150"].subject == "foundation"
