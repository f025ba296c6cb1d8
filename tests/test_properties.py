"""Property tests: hostile text never crashes a stage and every span slices back.

For arbitrary Unicode and for article-like text built from hostile pieces (numbers with
non-breaking and thin spaces, full-width digits, ``1e400``, zero-width and bidi marks,
combining marks, emoji, odd headings), the segmenter and both extractors never raise,
every span is an exact slice of ``documents.text``, and every value is a finite float.

``make test`` runs a small budget; ``python -m tests.fuzz`` (``make fuzz``) runs the same
checks over at least 10,000 generated documents.
"""

from __future__ import annotations

import math
import re

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.article import read_title
from pipeline.errors import InputError
from pipeline.export import FORMATS, read_table, write_table
from pipeline.extract.events import extract_events
from pipeline.extract.quantities import extract_quantities
from pipeline.ingest.decode import decode_text
from pipeline.model import Document
from pipeline.segment import segment_document, split_sentences
from schemas import QUALIFIERS
from schemas.tables import ISO_DATE_PREFIX

BUDGET = settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# --- article-like text from hostile pieces ----------------------------------------------

SPACES = [" ", " ", "\u00a0", "\u2009", "\u202f", "\u2007", "\t", "\u3000"]
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]
BIDI = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2069", "\u200f"]
ODD = ["e\u0301", "\u0308", "🏛", "👩‍👩‍👧", "🇨🇳", "…", "—", "–", "−", "⁄", "½", "²", "µ", "Ω", "€"]
NUMBERS = [
    "400 000",
    "400\u00a0000",
    "400\u2009000",
    "400\u202f000",
    "1,500",
    "18.5",
    "0.5",
    "1e400",
    "1E308",
    "10^400",
    "9" * 400,
    "1" + ",000" * 120,
    "２０２２",
    "１２３，４５６",
    "٣٤٥",
    "४५",
    "-40",
    "−5",
    "+44",
    "3½",
    "1/2",
    "2009",
    "1994",
    "31",
    "5.",
    "1.2.3",
    "0x1F",
    "١٢٫٥",
]
WORDS = [
    "about",
    "over",
    "more than",
    "at least",
    "up to",
    "nearly",
    "between",
    "and",
    "to",
    "billion",
    "million",
    "thousand",
    "dozen",
    "two",
    "hundred",
    "km",
    "m²",
    "square metres",
    "square meters",
    "km/h",
    "mi",
    "kg",
    "tonnes",
    "%",
    "per cent",
    "RMB",
    "yuan",
    "USD",
    "$",
    "£",
    "¥",
    "years",
    "enterprises",
    "In",
    "February",
    "May",
    "the next day",
    "In that same year",
    "since",
    "AD",
    "BC",
    "century",
    "the park",
    "Wuxi",
    "No.",
    "Dr.",
    "U.S.",
    "Route 31B",
    "(",
    ")",
    "[",
    "]",
    '"',
    "“",
    "”",
    "'",
    ",",
    ";",
    ":",
    "=",
    "==",
    "-",
    "*",
    "@",
]
HEADINGS = [
    "= Title =",
    "=Title=",
    "== Section ==",
    "==Sector Emphasis ==",
    "== Unclosed",
    "=== Sub===",
    "   ===  Spaced   ===   ",
    "= = =",
    "==",
    "=== 2014 – present ===",
    "== History (1990–2000) ==",
    "= " + " " * 300 + "x",
]
ENDS = [". ", "! ", "? ", "… ", '." ', ".) ", " ", ""]

token = st.one_of(
    st.sampled_from(NUMBERS),
    st.sampled_from(WORDS),
    st.sampled_from(ODD),
    st.sampled_from(INVISIBLE),
    st.sampled_from(BIDI),
    st.text(max_size=6),
)
sentence = st.builds(
    lambda parts, spaces, end: "".join(p + s for p, s in zip(parts, spaces, strict=False)) + end,
    st.lists(token, min_size=1, max_size=14),
    st.lists(st.sampled_from(SPACES), min_size=14, max_size=14),
    st.sampled_from(ENDS),
)
line = st.one_of(
    st.sampled_from(HEADINGS),
    st.builds("".join, st.lists(sentence, min_size=1, max_size=5)),
    st.builds(lambda m, s: m + s, st.sampled_from(["- ", "* ", "# ", "• ", "1. ", "  "]), sentence),
    st.just(""),
)
article_text = st.builds("\n".join, st.lists(line, min_size=1, max_size=12))
any_text = st.text(max_size=300)
document_text = st.one_of(any_text, article_text)

# --- the checks (also used by tests/fuzz.py) --------------------------------------------

_ISO = re.compile(ISO_DATE_PREFIX)


def make_document(text: str) -> Document:
    return Document("doc", read_title(text) or "Doc", "doc.txt", None, "0" * 64, text)


def check_segmenter(text: str) -> None:
    doc = make_document(text)
    sentences = segment_document(doc)
    end = 0
    assert len({s.sentence_id for s in sentences}) == len(sentences)
    for s in sentences:
        assert s.sentence_id.startswith("doc:s")
        assert end <= s.char_start < s.char_end <= len(text), (s, end)
        assert text[s.char_start : s.char_end] == s.text
        assert s.text == s.text.strip()
        end = s.char_end


def check_extractors(text: str) -> None:
    doc = make_document(text)
    sentences = segment_document(doc)
    spans = {s.sentence_id: (s.char_start, s.char_end) for s in sentences}
    events = extract_events(doc, sentences)
    for event in events:
        assert event.quote, event
        assert text[event.char_start : event.char_end] == event.quote, event
        start, end = spans[event.sentence_id]
        assert start <= event.char_start < event.char_end <= end, event
        assert _ISO.match(event.date), event
        assert event.description, event
    for fact in extract_quantities(doc, sentences, events):
        assert fact.quote, fact
        assert text[fact.char_start : fact.char_end] == fact.quote, fact
        start, end = spans[fact.sentence_id]
        assert start <= fact.char_start < fact.char_end <= end, fact
        assert isinstance(fact.value, float) and math.isfinite(fact.value), fact
        assert fact.value_max is None or math.isfinite(fact.value_max), fact
        assert fact.qualifier in QUALIFIERS, fact
        assert fact.unit, fact
        assert fact.period is None or _ISO.match(fact.period), fact


# --- make test budget -----------------------------------------------------------------


@BUDGET
@given(any_text)
def test_segmenter_on_arbitrary_unicode(text: str) -> None:
    check_segmenter(text)


@BUDGET
@given(article_text)
def test_segmenter_on_hostile_articles(text: str) -> None:
    check_segmenter(text)


@BUDGET
@given(any_text)
def test_extractors_on_arbitrary_unicode(text: str) -> None:
    check_extractors(text)


@BUDGET
@given(article_text)
def test_extractors_on_hostile_articles(text: str) -> None:
    check_extractors(text)


@BUDGET
@given(st.text(max_size=200))
def test_split_sentences_spans_are_trimmed_slices(text: str) -> None:
    end = 0
    for a, b in split_sentences(text):
        assert end <= a < b <= len(text)
        assert text[a:b] == text[a:b].strip()
        end = b


@BUDGET
@given(st.one_of(st.binary(max_size=200), document_text.map(lambda t: t.encode("utf-8"))))
def test_decode_is_exactly_the_contract_or_an_input_error(data: bytes) -> None:
    try:
        text = decode_text(data, "x.txt")
    except InputError as err:
        assert err.file == "x.txt" and err.reason and err.hint
        return
    expected = data.decode("utf-8").removeprefix("\ufeff")
    assert text == expected.replace("\r\n", "\n").replace("\r", "\n")


# Non-empty: in CSV an empty cell means null (README), and no published text is empty.
# No CR: documents.text has none (newlines are normalised), file names with control
# characters are rejected and sources.csv fields have their white space folded.
no_cr = st.characters(blacklist_characters="\r", blacklist_categories=("Cs",))
cell = st.one_of(
    st.text(no_cr, min_size=1, max_size=30),
    st.builds(
        lambda p, t: p + t,
        st.sampled_from(["=", "+", "-", "@", "\t", "'", "''", " ="]),
        st.text(no_cr),
    ),
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(cell, cell, st.one_of(st.none(), cell)), min_size=1, max_size=5))
def test_every_format_round_trips_arbitrary_text(
    tmp_path_factory: pytest.TempPathFactory, rows: list[tuple[str, str, str | None]]
) -> None:
    """Parquet, CSV (formula-escaped) and JSON give back the same text, whatever it is."""
    folder = tmp_path_factory.mktemp("roundtrip")
    frame = pd.DataFrame(
        {
            "doc_id": [f"d{i}" for i in range(len(rows))],
            "title": [title for _, title, _ in rows],
            "source": ["source"] * len(rows),
            "license": [license for _, _, license in rows],
            "sha256": ["0" * 64] * len(rows),
            "text": [text for text, _, _ in rows],
        }
    )
    write_table(frame, folder, "documents")
    parquet = read_table(folder, "documents", "parquet")
    assert parquet["text"].tolist() == frame["text"].tolist()
    licenses = [None if pd.isna(v) else v for v in parquet["license"]]
    assert licenses == [license for _, _, license in rows]
    for fmt in FORMATS[1:]:
        pd.testing.assert_frame_equal(parquet, read_table(folder, "documents", fmt), obj=fmt)
