"""Typed records passed between stages.

Stages exchange these frozen dataclasses; the published tables are built from them in
``pipeline.assemble`` and validated against the Pandera models in ``schemas/``.
Offsets are half-open code-point offsets into ``Document.text``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Document:
    doc_id: str
    title: str
    source: str
    license: str | None
    sha256: str
    text: str


@dataclass(frozen=True)
class Sentence:
    sentence_id: str
    doc_id: str
    section: str | None
    paragraph_index: int  # 0-based index of the paragraph (or list item) within the document
    char_start: int
    char_end: int
    text: str


@dataclass(frozen=True)
class Fact:
    """One stated quantity. ``quote == document.text[char_start:char_end]``."""

    doc_id: str
    sentence_id: str
    char_start: int
    char_end: int
    quote: str
    value: float
    value_max: float | None
    unit: str
    qualifier: str  # exact|approximate|more_than|at_least|less_than|at_most|range
    period: str | None
    subject: str | None
    subject_id: str | None  # the entity the subject names (Entity.entity_id), if any
    attribute: str | None
    property: str | None  # pipeline.extract.properties vocabulary
    wikidata_property: str | None  # the Wikidata property of the same meaning (P2046 …)
    method: str
    # The fact a bracketed conversion restates (``30 km (19 mi)``): extraction writes the
    # restated value's span as ``@start:end`` (document offsets), assembling turns it into
    # that fact's ``fact_id`` (:func:`pipeline.assemble.document_rows`).
    converts_fact_id: str | None = None


@dataclass(frozen=True)
class Event:
    """One dated statement. ``quote == document.text[char_start:char_end]``."""

    doc_id: str
    sentence_id: str
    char_start: int
    char_end: int
    quote: str
    date: str  # ISO 8601 prefix: 2009, 1994-02, 1999-05-05, -0026, 0731
    description: str
    method: str


@dataclass(frozen=True)
class Entity:
    """A named entity of one document: its canonical name, type and other names."""

    entity_id: str  # derived from the normalised name and the type
    name: str
    type: str  # organization|person|place|facility|award|sector|program|product|event|work
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Mention:
    """One mention of an entity by name. ``quote == document.text[char_start:char_end]``."""

    doc_id: str
    sentence_id: str
    char_start: int
    char_end: int
    quote: str
    entity_id: str


@dataclass(frozen=True)
class Relation:
    """One stated relation; the span ``char_start:char_end`` (``quote``) states it.
    Exactly one of ``object_id`` and ``object_value`` is set."""

    doc_id: str
    sentence_id: str
    char_start: int
    char_end: int
    quote: str
    subject_id: str
    predicate: str
    wikidata_property: str | None
    object_id: str | None
    object_value: str | None
