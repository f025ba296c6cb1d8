"""Assemble stage: one document's records → its rows of every table, ids assigned, in the
published row order (the table's ``order`` columns; see ``schemas.TABLES``).

Ids are derived from content (:mod:`pipeline.ids`), never from run order or randomness.
Rows are built per document, so a table is the concatenation of its documents' rows.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.ids import record_id
from pipeline.model import Document, Event, Fact, Sentence
from schemas import TABLES

Row = dict[str, object]


@dataclass(frozen=True)
class DocumentResult:
    """Everything one document yields."""

    document: Document
    sentences: list[Sentence]
    facts: list[Fact]
    events: list[Event]


def _row(record: object) -> Row:
    return {f.name: getattr(record, f.name) for f in dataclasses.fields(record)}  # type: ignore[arg-type]


def _with_ids(prefix: str, key: str, records: Sequence[Fact | Event]) -> list[Row]:
    seen: Counter[tuple[str, str]] = Counter()
    rows = []
    for record in records:
        seen[(record.sentence_id, record.quote)] += 1
        n = seen[(record.sentence_id, record.quote)]
        ident = record_id(record.doc_id, prefix, record.sentence_id, record.quote, n)
        rows.append({key: ident, **_row(record)})
    return rows


def _ordered(name: str, rows: list[Row]) -> list[Row]:
    order = TABLES[name].order
    return sorted(rows, key=lambda row: tuple(row[c] for c in order))


def document_rows(result: DocumentResult) -> dict[str, list[Row]]:
    """The rows of ``documents``, ``sentences``, ``facts`` and ``events`` for one document."""
    return {
        "documents": [_row(result.document)],
        "sentences": _ordered("sentences", [_row(s) for s in result.sentences]),
        "facts": _ordered("facts", _with_ids("f", "fact_id", result.facts)),
        "events": _ordered("events", _with_ids("e", "event_id", result.events)),
    }
