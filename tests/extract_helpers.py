"""Helpers shared by the extractor tests: extract from a sentence or a short article, and
check on every call what every published row must satisfy (its quote slices back out of the
text, its unit parses in pint)."""

from __future__ import annotations

import math

import pint

from pipeline.extract.events import extract_events
from pipeline.extract.quantities import extract_quantities
from pipeline.model import Document, Event, Fact, Sentence
from pipeline.segment import segment_document

UREG: pint.UnitRegistry = pint.UnitRegistry()


def assert_parses(unit: str) -> None:
    """``count``, ``%`` and ISO 4217 codes are ours; every other unit must parse in pint."""
    if unit in ("count", "%") or (len(unit) == 3 and unit.isupper()):
        return
    UREG.parse_units(unit)


def _checked(doc: Document, facts: list[Fact]) -> list[Fact]:
    for f in facts:
        assert doc.text[f.char_start : f.char_end] == f.quote
        assert math.isfinite(f.value)
        assert_parses(f.unit)
    return facts


def facts_of(text: str, title: str = "Test") -> list[Fact]:
    """The facts of ``text`` taken as one sentence of an article titled ``title``."""
    doc = Document("t", title, "test", None, "0", text)
    sentences = [Sentence("t:s1", "t", None, 0, 0, len(text), text)]
    return _checked(doc, extract_quantities(doc, sentences, extract_events(doc, sentences)))


def article_facts(text: str, title: str = "Test") -> list[Fact]:
    """The facts of ``text`` segmented as a whole article."""
    doc = Document("t", title, "test", None, "0", text)
    sentences = segment_document(doc)
    return _checked(doc, extract_quantities(doc, sentences, extract_events(doc, sentences)))


def article_events(text: str, title: str = "Test") -> list[Event]:
    doc = Document("t", title, "test", None, "0", text)
    return extract_events(doc, segment_document(doc))


def found(text: str) -> list[tuple[str, float, str]]:
    """(quote, value, unit) of every fact of the sentence ``text``."""
    return [(f.quote, f.value, f.unit) for f in facts_of(text)]


def only(text: str, quote: str) -> Fact:
    """The one fact of the sentence ``text`` quoted as ``quote``."""
    hits = [f for f in facts_of(text) if f.quote == quote]
    assert len(hits) == 1, (quote, [f.quote for f in facts_of(text)])
    return hits[0]


def dated(text: str, title: str = "Test") -> list[tuple[str, str]]:
    """(quote, date) of every event of the article ``text``."""
    return [(e.quote, e.date) for e in article_events(text, title)]
