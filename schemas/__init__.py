"""The published tables: one Pandera model each, plus their keys and row order."""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import pandas as pd
import pandera.pandas as pa

from schemas.tables import (
    ENTITY_TYPES,
    EXTRACTED_TABLES,
    PREDICATES,
    QUALIFIERS,
    DocumentTable,
    EntityTable,
    EventTable,
    FactTable,
    MentionTable,
    QuarantineTable,
    RejectTable,
    RelationTable,
    SentenceTable,
)

# Semantic version of the published dataset (not of the software): major when a published
# table or column is removed, renamed or changes meaning; minor when tables or columns are
# added or extraction changes; patch for corrections that change no columns. Before 1.0.0 a
# change of meaning bumps the minor version: 0.2.0 has content-derived sentence ids, one
# folder per table, JSON Lines, entities/mentions/relations and facts' property, subject_id
# and converts_fact_id.
DATASET_VERSION = "0.2.0"


@functools.cache
def _column_order(model: type[pa.DataFrameModel], key: str) -> tuple[str, ...]:
    names = [str(name) for name in model.to_schema().columns]
    return (key, *(name for name in names if name != key))


@dataclass(frozen=True)
class ForeignKey:
    """``column`` of a table holds values of ``table.key``."""

    column: str
    table: str
    key: str


@dataclass(frozen=True)
class TableSpec:
    name: str
    model: type[pa.DataFrameModel]
    key: str
    order: tuple[str, ...]  # rows are sorted by these columns, so outputs are deterministic
    foreign_keys: tuple[ForeignKey, ...] = ()

    @property
    def columns(self) -> list[str]:
        """Published column order: the key first, then the model's columns in order."""
        return list(_column_order(self.model, self.key))


def sorted_frame(name: str, rows: Sequence[Mapping[str, object]]) -> pd.DataFrame:
    """A frame of table ``name`` from ``rows``: published column order, rows by ``order``."""
    spec = TABLES[name]
    frame = pd.DataFrame(rows, columns=spec.columns)
    if not frame.empty:
        frame = frame.sort_values(list(spec.order), kind="stable").reset_index(drop=True)
    return frame


_DOCUMENT = ForeignKey("doc_id", "documents", "doc_id")
_SENTENCE = ForeignKey("sentence_id", "sentences", "sentence_id")
_CONVERTED = ForeignKey("converts_fact_id", "facts", "fact_id")  # within one sentence


def _entity(column: str) -> ForeignKey:
    return ForeignKey(column, "entities", "entity_id")


# Quarantine has no foreign keys: it holds rows that failed checks, ids pointing nowhere too.
TABLES: dict[str, TableSpec] = {
    spec.name: spec
    for spec in (
        TableSpec("documents", DocumentTable, "doc_id", ("doc_id",)),
        TableSpec(
            "sentences",
            SentenceTable,
            "sentence_id",
            ("doc_id", "char_start", "sentence_id"),
            (_DOCUMENT,),
        ),
        TableSpec(
            "facts",
            FactTable,
            "fact_id",
            ("doc_id", "char_start", "char_end", "fact_id"),
            (_DOCUMENT, _SENTENCE, _entity("subject_id"), _CONVERTED),
        ),
        TableSpec(
            "events",
            EventTable,
            "event_id",
            ("doc_id", "char_start", "char_end", "event_id"),
            (_DOCUMENT, _SENTENCE),
        ),
        TableSpec("entities", EntityTable, "entity_id", ("entity_id",)),
        TableSpec(
            "mentions",
            MentionTable,
            "mention_id",
            ("doc_id", "char_start", "char_end", "mention_id"),
            (_DOCUMENT, _SENTENCE, _entity("entity_id")),
        ),
        TableSpec(
            "relations",
            RelationTable,
            "relation_id",
            ("doc_id", "char_start", "char_end", "relation_id"),
            (_DOCUMENT, _SENTENCE, _entity("subject_id"), _entity("object_id")),
        ),
        TableSpec("rejects", RejectTable, "file", ("file",)),
        TableSpec("quarantine", QuarantineTable, "record_id", ("table", "record_id", "check")),
    )
}

__all__ = [
    "DATASET_VERSION",
    "ENTITY_TYPES",
    "EXTRACTED_TABLES",
    "PREDICATES",
    "QUALIFIERS",
    "TABLES",
    "DocumentTable",
    "EntityTable",
    "EventTable",
    "FactTable",
    "ForeignKey",
    "MentionTable",
    "QuarantineTable",
    "RejectTable",
    "RelationTable",
    "SentenceTable",
    "TableSpec",
    "sorted_frame",
]
