"""Assemble stage: one document's records → its rows of every table, ids assigned, in the
published row order (the table's ``order`` columns; see ``schemas.TABLES``).

Ids are derived from content (:mod:`pipeline.ids`), never from run order or randomness.
Rows are built per document, so a table is the concatenation of its documents' rows; the
``entities`` table is the exception: one row per entity across documents
(:func:`merge_entities`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from pipeline.extract.entities import EntityRecords
from pipeline.ids import record_id
from pipeline.model import Document, Entity, Event, Fact, Mention, Relation, Sentence
from schemas import TABLES

Row = dict[str, object]


@dataclass(frozen=True)
class DocumentResult:
    """Everything one document yields."""

    document: Document
    sentences: list[Sentence]
    facts: list[Fact]
    events: list[Event]
    entities: EntityRecords = field(default_factory=lambda: EntityRecords([], [], []))


def _row(record: object) -> Row:
    """A record's fields as a row: a shallow copy (``dataclasses.asdict`` deep-copies every
    value, many times slower, and every field here is a scalar or a tuple of strings)."""
    return dict(vars(record))


def _relation_text(relation: Relation) -> str:
    """What tells a relation apart from others stated by the same quote."""
    parts = (relation.subject_id, relation.predicate, relation.object_id or "")
    return "\x1d".join((*parts, relation.object_value or ""))


def _with_ids(
    prefix: str, key: str, records: Sequence[Fact | Event | Mention | Relation]
) -> list[Row]:
    seen: Counter[tuple[str, str]] = Counter()
    rows = []
    for record in records:
        quote = record.quote
        if isinstance(record, Relation):
            quote += "\x1e" + _relation_text(record)
        seen[(record.sentence_id, quote)] += 1
        n = seen[(record.sentence_id, quote)]
        ident = record_id(record.doc_id, prefix, record.sentence_id, quote, n)
        rows.append({key: ident, **_row(record)})
    return rows


def _link_conversions(rows: list[Row]) -> list[Row]:
    """``converts_fact_id`` from the restated value's span (``@start:end``) to its fact's
    id; null when that value was not published as a fact."""
    ids = {f"@{row['char_start']}:{row['char_end']}": row["fact_id"] for row in rows}
    for row in rows:
        span = row["converts_fact_id"]
        if span is not None:
            row["converts_fact_id"] = ids.get(str(span))
    return rows


def merge_entities(entities: Iterable[Entity | Row]) -> list[Row]:
    """One row per entity id, sorted by it: the same name and type in several documents is
    one entity, with the aliases of all of them (the smallest name is its name)."""
    merged: dict[str, tuple[str, str, set[str]]] = {}
    for entity in entities:
        row = entity if isinstance(entity, dict) else _row(entity)
        ident, name = str(row["entity_id"]), str(row["name"])
        known, kind, aliases = merged.get(ident, (name, str(row["type"]), set()))
        aliases.update(row["aliases"])  # type: ignore[arg-type]
        merged[ident] = (min(known, name), kind, aliases)
    return [
        {"entity_id": ident, "name": name, "type": kind, "aliases": sorted(aliases - {name})}
        for ident, (name, kind, aliases) in sorted(merged.items())
    ]


def _ordered(name: str, rows: list[Row]) -> list[Row]:
    order = TABLES[name].order
    return sorted(rows, key=lambda row: tuple(row[c] for c in order))


def document_rows(result: DocumentResult) -> dict[str, list[Row]]:
    """The rows of every table that one document yields (its ``entities`` rows are its own:
    the published table merges those of every document)."""
    found = result.entities
    return {
        "documents": [_row(result.document)],
        "sentences": _ordered("sentences", [_row(s) for s in result.sentences]),
        "facts": _ordered("facts", _link_conversions(_with_ids("f", "fact_id", result.facts))),
        "events": _ordered("events", _with_ids("e", "event_id", result.events)),
        "entities": merge_entities(found.entities),
        "mentions": _ordered("mentions", _with_ids("m", "mention_id", found.mentions)),
        "relations": _ordered("relations", _with_ids("r", "relation_id", found.relations)),
    }
