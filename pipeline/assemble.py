"""Assemble stage: per-document records → the published tables (pandas DataFrames).

Ids are derived from content, never from run order or randomness: a fact's id hashes its
document, the text of its sentence (with the sentence's occurrence number, for repeated
sentences), its quote and the quote's occurrence number within the sentence. Editing one
paragraph of an article therefore leaves the ids of facts elsewhere unchanged, which is
what release diffs match on.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import pandas as pd

from pipeline.extract.entities import EntityRecords
from pipeline.model import Document, Entity, Event, Fact, Mention, Relation, Sentence
from schemas import sorted_frame


@dataclass(frozen=True)
class DocumentResult:
    """Everything one document yields."""

    document: Document
    sentences: list[Sentence]
    facts: list[Fact]
    events: list[Event]
    entities: EntityRecords = field(default_factory=lambda: EntityRecords([], [], []))


def _row(record: object) -> dict[str, object]:
    """A record's fields as a row: a shallow copy (``dataclasses.asdict`` deep-copies every
    value, fifteen times slower, and every field here is a scalar)."""
    return dict(vars(record))


def _digest(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]


def _sentence_keys(sentences: Sequence[Sentence]) -> dict[str, str]:
    seen: Counter[str] = Counter()
    keys = {}
    for sentence in sentences:
        seen[sentence.text] += 1
        keys[sentence.sentence_id] = f"{sentence.text}\x1e{seen[sentence.text]}"
    return keys


def _relation_text(relation: Relation) -> str:
    """What tells a relation apart from others stated by the same quote."""
    return "\x1d".join(
        (
            relation.subject_id,
            relation.predicate,
            relation.object_id or "",
            relation.object_value or "",
        )
    )


def record_ids(
    prefix: str,
    records: Sequence[Fact | Event | Mention | Relation],
    sentence_keys: dict[str, str],
) -> list[str]:
    """Content-derived ids, ``<doc_id>:<prefix><12 hex>``, for the records of one document
    (a relation's id also hashes its subject, predicate and object)."""
    seen: Counter[tuple[str, str]] = Counter()
    ids = []
    for record in records:
        quote = record.quote
        if isinstance(record, Relation):
            quote += "\x1e" + _relation_text(record)
        seen[(record.sentence_id, quote)] += 1
        n = seen[(record.sentence_id, quote)]
        key = sentence_keys.get(record.sentence_id, record.sentence_id)
        ids.append(f"{record.doc_id}:{prefix}{_digest(record.doc_id, key, quote, str(n))}")
    return ids


def _merge_entities(entities: Iterable[Entity]) -> list[dict[str, object]]:
    """One row per entity id: the same name and type in several documents is one entity,
    with the aliases of all of them."""
    merged: dict[str, tuple[str, str, set[str]]] = {}
    for entity in entities:
        name, kind, aliases = merged.get(entity.entity_id, (entity.name, entity.type, set()))
        aliases.update(entity.aliases)
        merged[entity.entity_id] = (min(name, entity.name), kind, aliases)
    return [
        {"entity_id": entity_id, "name": name, "type": kind, "aliases": sorted(aliases - {name})}
        for entity_id, (name, kind, aliases) in merged.items()
    ]


def assemble_tables(results: Iterable[DocumentResult]) -> dict[str, pd.DataFrame]:
    """Build the ``documents``, ``sentences``, ``facts``, ``events``, ``entities``,
    ``mentions`` and ``relations`` frames."""
    documents: list[dict[str, object]] = []
    sentences: list[dict[str, object]] = []
    facts: list[dict[str, object]] = []
    events: list[dict[str, object]] = []
    entities: list[Entity] = []
    mentions: list[dict[str, object]] = []
    relations: list[dict[str, object]] = []
    for result in results:
        documents.append(_row(result.document))
        sentences.extend(_row(s) for s in result.sentences)
        keys = _sentence_keys(result.sentences)
        for fact_id, fact in zip(record_ids("f", result.facts, keys), result.facts, strict=True):
            facts.append({"fact_id": fact_id, **_row(fact)})
        for event_id, event in zip(
            record_ids("e", result.events, keys), result.events, strict=True
        ):
            events.append({"event_id": event_id, **_row(event)})
        found = result.entities
        entities += found.entities
        for mention_id, mention in zip(
            record_ids("m", found.mentions, keys), found.mentions, strict=True
        ):
            mentions.append({"mention_id": mention_id, **_row(mention)})
        for relation_id, relation in zip(
            record_ids("r", found.relations, keys), found.relations, strict=True
        ):
            relations.append({"relation_id": relation_id, **_row(relation)})
    return {
        "documents": sorted_frame("documents", documents),
        "sentences": sorted_frame("sentences", sentences),
        "facts": sorted_frame("facts", facts),
        "events": sorted_frame("events", events),
        "entities": sorted_frame("entities", _merge_entities(entities)),
        "mentions": sorted_frame("mentions", mentions),
        "relations": sorted_frame("relations", relations),
    }
