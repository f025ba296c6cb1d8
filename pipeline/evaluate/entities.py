"""Entity scoring: published ``mentions``, ``entities`` and ``relations`` against gold
sentences annotated as ``docs/entities.md`` says (``entities`` and ``relations`` keys).

Each gold sentence is found in its document as for quantities
(:func:`pipeline.evaluate.scoring.locate_sentence`); the published rows whose spans lie
inside it are compared. Names are compared in the normal form of
:func:`pipeline.extract.entities.ids.normalise_name` (case, white space, quotes, brackets,
a leading ``the`` and a possessive ``'s`` do not count).

* **Mentions**: a gold mention matches the first unused published mention of the
  sentence with the same type whose quote is the same or whose span overlaps the gold
  quote (placed in order in the sentence).
* **Entities**, per document over its gold sentences: a gold entity (its name and type,
  with every quote the gold gives it) matches a published entity mentioned in those
  sentences with the same type when one of the gold forms is the entity's name, one of
  its aliases or the quote of one of its mentions in the document (alias-aware).
* **Relations**, per sentence: same predicate, the subject and the object matched
  alias-aware as entities are (types are not compared), or the same ``object_value``.
  ``alias_of`` is published with the alias as ``object_value``: it matches when the
  published subject is the gold object and the value is the gold subject.
* ``optional`` gold items use up what they match but count neither way; a gold entity is
  optional when all its mentions are.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline.errors import GoldError, OutputError
from pipeline.evaluate.scoring import locate_quote, locate_sentence
from pipeline.evaluate.tables import _doc_names, cell_text, load_table
from pipeline.extract.entities.ids import normalise_name


@dataclass(frozen=True)
class GoldMention:
    quote: str
    name: str
    type: str
    optional: bool


@dataclass(frozen=True)
class GoldRelation:
    subject: str
    predicate: str
    object: str | None
    value: str | None
    optional: bool


@dataclass(frozen=True)
class GoldEntitySentence:
    doc: str
    sentence: str
    mentions: tuple[GoldMention, ...]
    relations: tuple[GoldRelation, ...]


def _text(item: dict[str, Any], key: str, where: str) -> str:
    value = item.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{where}: `{key}` must be a non-empty string")
    return value


def parse_entity_line(line: str) -> GoldEntitySentence:
    """One gold line; raises ValueError naming what is wrong."""
    try:
        item = json.loads(line)
    except json.JSONDecodeError as err:
        raise ValueError(f"not JSON ({err.msg})") from None
    if not isinstance(item, dict) or ("entities" not in item and "relations" not in item):
        raise ValueError("needs `entities` and `relations` lists")
    doc, sentence = _text(item, "doc", "the line"), _text(item, "sentence", "the line")
    mentions = []
    for i, entity in enumerate(item.get("entities") or []):
        where = f"entity {i + 1}"
        mentions.append(
            GoldMention(
                _text(entity, "quote", where),
                _text(entity, "name", where),
                _text(entity, "type", where),
                bool(entity.get("optional")),
            )
        )
    relations = []
    for i, relation in enumerate(item.get("relations") or []):
        where = f"relation {i + 1}"
        obj, value = relation.get("object"), relation.get("object_value")
        if (obj is None) == (value is None):
            raise ValueError(f"{where}: give exactly one of `object` and `object_value`")
        relations.append(
            GoldRelation(
                _text(relation, "subject", where),
                _text(relation, "predicate", where),
                None if obj is None else _text(relation, "object", where),
                None if value is None else _text(relation, "object_value", where),
                bool(relation.get("optional")),
            )
        )
    return GoldEntitySentence(doc, sentence, tuple(mentions), tuple(relations))


def read_entity_gold(path: Path) -> list[GoldEntitySentence]:
    """Read a gold JSON Lines file of entities; raises :class:`GoldError`."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as err:
        raise GoldError(path, None, f"not UTF-8 (byte {err.start})") from None
    out = []
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            try:
                out.append(parse_entity_line(line))
            except ValueError as err:
                raise GoldError(path, number, str(err)) from None
    return out


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    def summary(self) -> dict[str, float | int]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": p, "recall": r, "f1": f1}


@dataclass
class EntityScore:
    """The counts of one gold file, and its misses and extras as lines."""

    mentions: Counts = field(default_factory=Counts)
    entities: Counts = field(default_factory=Counts)
    relations: Counts = field(default_factory=Counts)
    sentences_not_found: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: EntityScore) -> None:
        self.mentions.add(other.mentions)
        self.entities.add(other.entities)
        self.relations.add(other.relations)
        self.sentences_not_found += other.sentences_not_found
        self.misses += other.misses

    def summary(self) -> dict[str, Any]:
        return {
            "mentions": self.mentions.summary(),
            "entities": self.entities.summary(),
            "relations": self.relations.summary(),
            "sentences_not_found": self.sentences_not_found,
        }


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    quote: str
    entity_id: str


@dataclass(frozen=True)
class _Relation:
    start: int
    end: int
    subject_id: str
    predicate: str
    object_id: str | None
    value: str | None


@dataclass
class PublishedEntities:
    """What an entity score needs from an output folder."""

    texts: dict[str, str]
    doc_names: dict[str, str]
    types: dict[str, str]  # entity id → type
    names: dict[str, str]  # entity id → name
    mentions: dict[str, list[_Mention]]
    relations: dict[str, list[_Relation]]
    forms: dict[tuple[str, str], set[str]]  # (doc id, entity id) → its names in the doc


def _aliases(value: object) -> list[str]:
    if isinstance(value, str):
        return [str(v) for v in json.loads(value)]
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return []
    return [str(v) for v in value]  # type: ignore[attr-defined]


def load_published_entities(output: Path) -> PublishedEntities:
    """Read documents, entities, mentions and relations under ``output``."""
    tables = {
        name: load_table(output, name)
        for name in ("documents", "entities", "mentions", "relations")
    }
    missing = [name for name, frame in tables.items() if frame is None]
    if missing:
        raise OutputError(f"no {', '.join(missing)} table under {output}")
    documents, entities = tables["documents"], tables["entities"]
    assert documents is not None and entities is not None
    names = dict(zip(entities["entity_id"].astype(str), entities["name"].astype(str), strict=True))
    types = dict(zip(entities["entity_id"].astype(str), entities["type"].astype(str), strict=True))
    aliases = {
        str(i): _aliases(a) for i, a in zip(entities["entity_id"], entities["aliases"], strict=True)
    }
    mentions: dict[str, list[_Mention]] = defaultdict(list)
    forms: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in tables["mentions"].to_dict("records"):  # type: ignore[union-attr]
        doc_id, entity = str(row["doc_id"]), str(row["entity_id"])
        mentions[doc_id].append(
            _Mention(int(row["char_start"]), int(row["char_end"]), str(row["quote"]), entity)
        )
        key = (doc_id, entity)
        if not forms[key]:
            forms[key] = {
                normalise_name(f) for f in (names.get(entity, ""), *aliases.get(entity, []))
            }
        forms[key].add(normalise_name(str(row["quote"])))
    relations: dict[str, list[_Relation]] = defaultdict(list)
    for row in tables["relations"].to_dict("records"):  # type: ignore[union-attr]
        relations[str(row["doc_id"])].append(
            _Relation(
                int(row["char_start"]),
                int(row["char_end"]),
                str(row["subject_id"]),
                str(row["predicate"]),
                cell_text(row.get("object_id")),
                cell_text(row.get("object_value")),
            )
        )
    return PublishedEntities(
        texts=dict(
            zip(documents["doc_id"].astype(str), documents["text"].astype(str), strict=True)
        ),
        doc_names=_doc_names(documents),
        types=types,
        names=names,
        mentions=dict(mentions),
        relations=dict(relations),
        forms=dict(forms),
    )


@dataclass
class _GoldEntity:
    type: str
    forms: set[str]
    optional: bool = True


class _DocScore:
    """Scores the gold sentences of one document."""

    def __init__(self, published: PublishedEntities, doc_id: str, score: EntityScore) -> None:
        self.published = published
        self.doc_id = doc_id
        self.score = score
        self.gold_entities: dict[tuple[str, str], _GoldEntity] = {}
        self.predicted: set[str] = set()

    def forms(self, entity_id: str) -> set[str]:
        return self.published.forms.get(
            (self.doc_id, entity_id), {normalise_name(self.published.names.get(entity_id, ""))}
        )

    def gold_forms(self, name: str) -> set[str]:
        norm = normalise_name(name)
        out = {norm}
        for (gold_name, _), entity in self.gold_entities.items():
            if gold_name == norm or norm in entity.forms:
                out |= entity.forms
        return out

    def sentence(self, gold: GoldEntitySentence, text: str, start: int, end: int, doc: str) -> None:
        for mention in gold.mentions:
            key = (normalise_name(mention.name), mention.type)
            entity = self.gold_entities.setdefault(key, _GoldEntity(mention.type, {key[0]}))
            entity.forms.add(normalise_name(mention.quote))
            entity.optional = entity.optional and mention.optional
        inside = [
            m
            for m in self.published.mentions.get(self.doc_id, [])
            if m.start >= start and m.end <= end
        ]
        self.predicted.update(m.entity_id for m in inside)
        self._mentions(gold, text, start, end, inside, doc)
        relations = [
            r
            for r in self.published.relations.get(self.doc_id, [])
            if r.start >= start and r.end <= end
        ]
        self._relations(gold, relations, doc)

    def _mentions(
        self,
        gold: GoldEntitySentence,
        text: str,
        start: int,
        end: int,
        inside: list[_Mention],
        doc: str,
    ) -> None:
        used: set[int] = set()
        position = start
        for mention in gold.mentions:
            found = locate_quote(text, mention.quote, position, end)
            if found < 0:
                found = locate_quote(text, mention.quote, start, end)
            span = (found, found + len(mention.quote)) if found >= 0 else (start, end)
            if found >= 0:
                position = found + 1
            norm = normalise_name(mention.quote)
            match = None
            for i, m in enumerate(inside):
                if i in used or self.published.types.get(m.entity_id) != mention.type:
                    continue
                if normalise_name(m.quote) == norm or (m.start < span[1] and span[0] < m.end):
                    match = i
                    break
            if match is None:
                if not mention.optional:
                    self.score.mentions.fn += 1
                    self.score.misses.append(
                        f"MISS MENTION {doc}: {mention.quote!r} ({mention.type})"
                    )
                continue
            used.add(match)
            if not mention.optional:
                self.score.mentions.tp += 1
        for i, m in enumerate(inside):
            if i not in used:
                self.score.mentions.fp += 1
                kind = self.published.types.get(m.entity_id)
                self.score.misses.append(f"EXTRA MENTION {doc}: {m.quote!r} ({kind})")

    def _relation_matches(self, gold: GoldRelation, r: _Relation) -> bool:
        if r.predicate != gold.predicate:
            return False
        subject = self.forms(r.subject_id)
        if gold.predicate == "alias_of" and r.value is not None:
            target = (
                self.gold_forms(gold.object) if gold.object else {normalise_name(gold.value or "")}
            )
            return bool(subject & target) and normalise_name(r.value) == normalise_name(
                gold.subject
            )
        if not subject & self.gold_forms(gold.subject):
            return False
        if gold.value is not None:
            return r.value is not None and normalise_name(r.value) == normalise_name(gold.value)
        return r.object_id is not None and bool(
            self.forms(r.object_id) & self.gold_forms(gold.object or "")
        )

    def _describe(self, r: _Relation) -> str:
        obj = self.published.names.get(r.object_id, r.object_id) if r.object_id else repr(r.value)
        return f"{self.published.names.get(r.subject_id, r.subject_id)} --{r.predicate}--> {obj}"

    def _relations(self, gold: GoldEntitySentence, relations: list[_Relation], doc: str) -> None:
        used: set[int] = set()
        for relation in sorted(gold.relations, key=lambda g: g.optional):
            match = next(
                (
                    i
                    for i, r in enumerate(relations)
                    if i not in used and self._relation_matches(relation, r)
                ),
                None,
            )
            if match is None:
                if not relation.optional:
                    self.score.relations.fn += 1
                    obj = relation.object if relation.object is not None else repr(relation.value)
                    self.score.misses.append(
                        f"MISS RELATION {doc}: {relation.subject} --{relation.predicate}--> {obj}"
                    )
                continue
            used.add(match)
            if not relation.optional:
                self.score.relations.tp += 1
        for i, r in enumerate(relations):
            if i not in used:
                self.score.relations.fp += 1
                self.score.misses.append(f"EXTRA RELATION {doc}: {self._describe(r)}")

    def finish(self, doc: str) -> None:
        """Match the document's gold entities to the published ones its sentences mention."""
        used: set[str] = set()
        golds = sorted(self.gold_entities.items(), key=lambda item: item[1].optional)
        for (name, kind), entity in golds:
            match = next(
                (
                    e
                    for e in sorted(self.predicted)
                    if e not in used
                    and self.published.types.get(e) == kind
                    and self.forms(e) & entity.forms
                ),
                None,
            )
            if match is None:
                if not entity.optional:
                    self.score.entities.fn += 1
                    self.score.misses.append(f"MISS ENTITY {doc}: {name!r} ({kind})")
                continue
            used.add(match)
            if not entity.optional:
                self.score.entities.tp += 1
        for e in sorted(self.predicted - used):
            self.score.entities.fp += 1
            self.score.misses.append(
                f"EXTRA ENTITY {doc}: {self.published.names.get(e)!r} ({self.published.types.get(e)})"
            )


def score_entity_gold(
    gold: Sequence[GoldEntitySentence], published: PublishedEntities
) -> EntityScore:
    """Score the published entity tables against the sentences of one gold file."""
    score = EntityScore()
    docs: dict[str, _DocScore] = {}
    cursor: dict[str, int] = defaultdict(int)
    for sentence in gold:
        names = published.doc_names
        doc_id = names.get(sentence.doc) or names.get(sentence.doc.rsplit(".", 1)[0])
        text = published.texts.get(doc_id) if doc_id else None
        start = -1
        if doc_id and text:
            start = locate_sentence(text, sentence.sentence, cursor[doc_id])
            if start < 0:
                start = locate_sentence(text, sentence.sentence)
        if not doc_id or not text or start < 0:
            score.sentences_not_found += 1
            score.mentions.fn += sum(not m.optional for m in sentence.mentions)
            score.relations.fn += sum(not r.optional for r in sentence.relations)
            score.misses.append(f"NOT FOUND {sentence.doc}: {sentence.sentence[:80]}")
            continue
        cursor[doc_id] = start + 1
        doc = docs.setdefault(doc_id, _DocScore(published, doc_id, score))
        doc.sentence(sentence, text, start, start + len(sentence.sentence), sentence.doc)
    for doc_id, doc in docs.items():
        doc.finish(doc_id)
    return score


def evaluate_entities(output: Path, gold_paths: Sequence[Path]) -> list[tuple[str, EntityScore]]:
    """Score the entity tables under ``output`` against each gold file."""
    published = load_published_entities(output)
    return [
        (path.name, score_entity_gold(read_entity_gold(path), published)) for path in gold_paths
    ]
