"""Entities, their mentions and the relations between them, read from a document's
sentences by rules (no statistical model): capitalised names with their connectors,
types from head words, lexicons and a gazetteer, aliases, relation patterns and the See
also list. The vocabulary and the rules are documented in ``docs/entities.md``.

:func:`extract_entities` is pure: one document in, its records out. Precision first:
every entity has a mention, every relation the span of its sentence that states it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.extract.entities.document import read_document
from pipeline.extract.entities.found import Key, Stated
from pipeline.extract.entities.ids import entity_id, normalise_name
from pipeline.model import Document, Entity, Fact, Mention, Relation, Sentence
from schemas import PREDICATES


@dataclass(frozen=True)
class EntityRecords:
    """What the entity pass yields for one document."""

    entities: list[Entity]
    mentions: list[Mention]
    relations: list[Relation]


def extract_entities(doc: Document, sentences: Sequence[Sentence]) -> EntityRecords:
    """The entities of ``doc`` with their mentions, and the relations its sentences state."""
    mentions: list[Mention] = []
    forms: dict[Key, set[str]] = {}
    stated: list[tuple[Sentence, Stated]] = []
    for sentence, read in read_document(doc, sentences):
        for found in sorted(read.founds, key=lambda f: f.start):
            start, end = sentence.char_start + found.start, sentence.char_start + found.end
            mentions.append(
                Mention(
                    doc.doc_id,
                    sentence.sentence_id,
                    start,
                    end,
                    doc.text[start:end],
                    entity_id(*found.key),
                )
            )
            forms.setdefault(found.key, set()).add(found.quote)
        stated += [(sentence, s) for s in read.stated]
    relations = _relations(doc, stated, forms)
    for _, s in stated:
        if s.predicate == "alias_of" and s.subject in forms and s.value:
            forms[s.subject].add(s.value)
    entities = [
        Entity(
            entity_id=entity_id(name, kind),
            name=name,
            type=kind,
            aliases=tuple(sorted({f for f in quotes if normalise_name(f) != normalise_name(name)})),
        )
        for (name, kind), quotes in forms.items()
    ]
    return EntityRecords(entities=entities, mentions=mentions, relations=relations)


def _relations(
    doc: Document, stated: list[tuple[Sentence, Stated]], forms: dict[Key, set[str]]
) -> list[Relation]:
    """The stated relations whose entities are mentioned, once per sentence."""
    out: list[Relation] = []
    seen: set[tuple[str, str, str, str | None, str | None]] = set()
    for sentence, s in stated:
        if s.subject not in forms or (s.object is not None and s.object not in forms):
            continue  # an entity without a mention is never published
        subject_id = entity_id(*s.subject)
        object_id = entity_id(*s.object) if s.object is not None else None
        ident = (sentence.sentence_id, subject_id, s.predicate, object_id, s.value)
        if ident in seen:
            continue
        seen.add(ident)
        start, end = sentence.char_start + s.start, sentence.char_start + s.end
        out.append(
            Relation(
                doc_id=doc.doc_id,
                sentence_id=sentence.sentence_id,
                char_start=start,
                char_end=end,
                quote=doc.text[start:end],
                subject_id=subject_id,
                predicate=s.predicate,
                wikidata_property=PREDICATES[s.predicate],
                object_id=object_id,
                object_value=s.value,
            )
        )
    return out


def link_fact_subjects(facts: Sequence[Fact], records: EntityRecords) -> list[Fact]:
    """``facts`` with ``subject_id`` set where the subject is the name or an alias of one
    of the document's entities."""
    by_form: dict[str, str] = {}
    for entity in records.entities:
        for form in (entity.name, *entity.aliases):
            by_form.setdefault(normalise_name(form), entity.entity_id)
    return [
        dataclasses.replace(fact, subject_id=by_form.get(normalise_name(fact.subject)))
        if fact.subject
        else fact
        for fact in facts
    ]
