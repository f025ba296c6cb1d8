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
from dataclasses import asdict, dataclass

import pandas as pd

from pipeline.model import Document, Event, Fact, Sentence
from schemas import sorted_frame


@dataclass(frozen=True)
class DocumentResult:
    """Everything one document yields."""

    document: Document
    sentences: list[Sentence]
    facts: list[Fact]
    events: list[Event]


def _digest(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]


def _sentence_keys(sentences: Sequence[Sentence]) -> dict[str, str]:
    seen: Counter[str] = Counter()
    keys = {}
    for sentence in sentences:
        seen[sentence.text] += 1
        keys[sentence.sentence_id] = f"{sentence.text}\x1e{seen[sentence.text]}"
    return keys


def record_ids(
    prefix: str, records: Sequence[Fact | Event], sentence_keys: dict[str, str]
) -> list[str]:
    """Content-derived ids, ``<doc_id>:<prefix><12 hex>``, for the records of one document."""
    seen: Counter[tuple[str, str]] = Counter()
    ids = []
    for record in records:
        seen[(record.sentence_id, record.quote)] += 1
        n = seen[(record.sentence_id, record.quote)]
        key = sentence_keys.get(record.sentence_id, record.sentence_id)
        ids.append(f"{record.doc_id}:{prefix}{_digest(record.doc_id, key, record.quote, str(n))}")
    return ids


def assemble_tables(results: Iterable[DocumentResult]) -> dict[str, pd.DataFrame]:
    """Build the ``documents``, ``sentences``, ``facts`` and ``events`` frames."""
    documents: list[dict[str, object]] = []
    sentences: list[dict[str, object]] = []
    facts: list[dict[str, object]] = []
    events: list[dict[str, object]] = []
    for result in results:
        documents.append(asdict(result.document))
        sentences.extend(asdict(s) for s in result.sentences)
        keys = _sentence_keys(result.sentences)
        for fact_id, fact in zip(record_ids("f", result.facts, keys), result.facts, strict=True):
            facts.append({"fact_id": fact_id, **asdict(fact)})
        for event_id, event in zip(
            record_ids("e", result.events, keys), result.events, strict=True
        ):
            events.append({"event_id": event_id, **asdict(event)})
    return {
        "documents": sorted_frame("documents", documents),
        "sentences": sorted_frame("sentences", sentences),
        "facts": sorted_frame("facts", facts),
        "events": sorted_frame("events", events),
    }
