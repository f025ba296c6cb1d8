"""Process one batch of sources in a worker: every per-document stage, the checks and the
encodings, so that the parent only has to append the results.

For each :class:`~pipeline.ingest.Source`: decode (ingest) → segment → extract events,
quantities and entities → assemble its rows. The batch's rows are then checked together (the Pandera
models and the provenance rule, :func:`pipeline.validate.check_extracted`): a fact or event
that fails goes to quarantine, a document that cannot be read or crashes a stage becomes a
reject, and so does one whose stages run longer than the time limit (``max_seconds``,
:func:`pipeline.limits.deadline`). Finally each document's rows are encoded for every format the run publishes
(:func:`pipeline.export.encode_rows`). Everything here is a pure function of the batch,
so it runs the same in this process, a process pool or a Dask worker.
"""

from __future__ import annotations

import os
import time
import traceback
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from pipeline.assemble import DocumentResult, Row, document_rows, merge_entities
from pipeline.errors import InputError
from pipeline.export.encode import TEXT_FORMATS, EncodedRows, TextFormats, encode_groups
from pipeline.extract.entities import extract_entities, link_fact_subjects
from pipeline.extract.events import extract_events
from pipeline.extract.quantities import extract_quantities
from pipeline.ingest import Source, display_name, document_from_source, reject_row
from pipeline.limits import DocumentTimeout, deadline, too_slow
from pipeline.model import Document
from pipeline.segment import segment_document
from pipeline.validate import check_extracted
from schemas import TABLES

# the tables whose rows each document yields; its entities are merged across documents
DOCUMENT_TABLES = ("documents", "sentences", "facts", "events", "mentions", "relations")
CHECKED_TABLES = (*DOCUMENT_TABLES, "entities")


@dataclass(frozen=True)
class DocSummary:
    """What the dataset's metadata needs of a published document."""

    doc_id: str
    title: str
    source: str
    license: str | None


@dataclass
class DocOutput:
    """Everything one source yields, ready to append: its encoded rows per table, or the
    reason it was rejected; and its rows held back in quarantine."""

    doc_id: str
    name: str
    tables: dict[str, EncodedRows] = field(default_factory=dict)
    entities: list[Row] = field(default_factory=list)  # this document's, to merge
    quarantine: list[Row] = field(default_factory=list)
    reject: dict[str, str] | None = None
    summary: DocSummary | None = None
    cache: bool = True  # False: a reject that depends on the run (a time limit, a dead worker)


@dataclass
class BatchOutput:
    docs: list[DocOutput]
    seconds: dict[str, float]  # CPU seconds spent per stage in this batch


def process_document(doc: Document) -> DocumentResult:
    """Segment and extract one document (pure)."""
    sentences = segment_document(doc)
    events = extract_events(doc, sentences)
    entities = extract_entities(doc, sentences)
    facts = link_fact_subjects(extract_quantities(doc, sentences, events), entities)
    return DocumentResult(doc, sentences, facts, events, entities)


def crash_reason(err: Exception) -> str:
    """``Type: message at module.py:line``, the line being the innermost of the pipeline."""
    frames = traceback.extract_tb(err.__traceback__)
    ours = [f for f in frames if f"{os.sep}pipeline{os.sep}" in f.filename] or frames
    where = f" at {Path(ours[-1].filename).name}:{ours[-1].lineno}" if ours else ""
    message = display_name(str(err))
    if len(message) > 200:
        message = message[:200] + "…"
    return f"the pipeline failed on this file: {type(err).__name__}: {message}{where}"


class _Clock:
    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self._last = time.process_time()

    def lap(self, stage: str) -> None:
        now = time.process_time()
        self.seconds[stage] += now - self._last
        self._last = now


def _extract(src: Source, clock: _Clock) -> DocumentResult | dict[str, str]:
    """One source through every per-document stage, or the reason it is rejected."""
    try:
        doc = document_from_source(src)
    except InputError as err:
        clock.lap("ingest")
        return reject_row(err.file, err.reason, err.hint)
    clock.lap("ingest")
    try:
        sentences = segment_document(doc)
        clock.lap("segment")
        events = extract_events(doc, sentences)
        clock.lap("events")
        facts = extract_quantities(doc, sentences, events)
        clock.lap("quantities")
        entities = extract_entities(doc, sentences)
        facts = link_fact_subjects(facts, entities)
        clock.lap("entities")
    except MemoryError:
        raise  # not a bug: see _document
    except Exception as err:  # a bug, but it must cost this document only, not the run
        clock.lap("entities")
        return reject_row(
            src.name,
            crash_reason(err),
            "this is a bug in factpipe: please report it with the file; "
            "the other files were published",
        )
    if not sentences:
        return reject_row(
            src.name,
            "the file has no article text: it holds only headings or list markers",
            "add the article text, or remove the file",
        )
    return DocumentResult(doc, sentences, facts, events, entities)


def _frame(name: str, rows: Sequence[Row]) -> pd.DataFrame:
    """A frame of table ``name``'s rows; object columns (so an empty table is typed by the
    model, not guessed as float)."""
    return pd.DataFrame(
        {c: pd.Series([row[c] for row in rows], dtype=object) for c in TABLES[name].columns}
    )


def _document(
    src: Source, clock: _Clock, max_seconds: float | None
) -> tuple[Document, dict[str, list[Row]]] | DocOutput:
    """One source's document and rows of every table, or its rejected output."""
    try:
        with deadline(max_seconds):
            result = _extract(src, clock)
            if isinstance(result, dict):
                return DocOutput(src.doc_id, src.name, reject=result)
            return result.document, document_rows(result)
    except MemoryError:
        clock.lap("quantities")
        return DocOutput(src.doc_id, src.name, reject=_out_of_memory(src), cache=False)
    except DocumentTimeout:
        assert max_seconds is not None
        clock.lap("quantities")
        reason, hint = too_slow(max_seconds)
        return DocOutput(
            src.doc_id, src.name, reject=reject_row(src.name, reason, hint), cache=False
        )


def _out_of_memory(src: Source) -> dict[str, str]:
    return reject_row(
        src.name,
        "processing it ran out of memory",
        "give the process more memory or use fewer --jobs, or split the article; "
        "the other files were published",
    )


def process_batch(
    sources: Sequence[Source],
    *,
    max_seconds: float | None = None,
    text_formats: TextFormats = TEXT_FORMATS,
) -> BatchOutput:
    """Every stage of every source of the batch, checked and encoded (Arrow, and the text
    formats of ``text_formats``), in input order; a document whose stages take longer than
    ``max_seconds`` is rejected, and so is one that runs out of memory (the others of its
    batch are then redone one at a time)."""
    try:
        return _process_batch(sources, max_seconds, text_formats)
    except MemoryError:
        if len(sources) == 1:
            src = sources[0]
            return BatchOutput(
                [DocOutput(src.doc_id, src.name, reject=_out_of_memory(src), cache=False)], {}
            )
    docs: list[DocOutput] = []
    seconds: dict[str, float] = defaultdict(float)
    for src in sources:
        out = process_batch([src], max_seconds=max_seconds, text_formats=text_formats)
        docs += out.docs
        for stage, value in out.seconds.items():
            seconds[stage] += value
    return BatchOutput(docs, dict(seconds))


def _process_batch(
    sources: Sequence[Source], max_seconds: float | None, text_formats: TextFormats
) -> BatchOutput:
    clock = _Clock()
    outputs: list[DocOutput] = []
    rows: dict[str, list[Row]] = {name: [] for name in CHECKED_TABLES}
    for src in sources:
        done = _document(src, clock, max_seconds)
        if isinstance(done, DocOutput):
            outputs.append(done)
            continue
        doc, doc_rows = done
        for name, table_rows in doc_rows.items():
            rows[name].extend(table_rows)
        summary = DocSummary(doc.doc_id, doc.title, doc.source, doc.license)
        entities = doc_rows["entities"]
        outputs.append(DocOutput(doc.doc_id, src.name, entities=entities, summary=summary))
        clock.lap("assemble")
    rows["entities"] = merge_entities(rows["entities"])
    published = [o for o in outputs if o.reject is None]
    if published:
        frames = {name: _frame(name, r) for name, r in rows.items()}
        checked, quarantine = check_extracted(frames)
        by_doc: dict[object, list[Row]] = defaultdict(list)
        for record in quarantine:
            by_doc[record["doc_id"]].append(record)
        clock.lap("checks")
        known = set(checked["entities"]["entity_id"])
        doc_ids = [out.doc_id for out in published]
        encoded = {
            name: encode_groups(name, checked[name].astype(object), doc_ids, text_formats)
            for name in DOCUMENT_TABLES
        }
        for out in published:
            out.quarantine = by_doc.get(out.doc_id, [])
            out.entities = [e for e in out.entities if e["entity_id"] in known]
            out.tables = {name: encoded[name][out.doc_id] for name in DOCUMENT_TABLES}
        clock.lap("encode")
    return BatchOutput(outputs, dict(clock.seconds))
