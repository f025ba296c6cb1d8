"""Run the whole pipeline over a folder of articles and publish the tables atomically.

Stages: ingest → segment → extract (quantities, events, entities) → assemble → validate →
export.
Per-document work (:func:`process_document`) is a pure function of the document, so it
runs in a loop or a process pool alike.

Every ``.txt`` file of the input folder ends up either in ``documents`` or in ``rejects``
(file, reason, hint). A document that crashes a stage is rejected too, with the error, so
one bad file never costs the others. When every file is rejected the run fails instead of
replacing the previous output with empty tables.

Publishing is atomic (:mod:`pipeline.publish`): the tables are written into a temporary
folder beside the target and swapped in only after everything validated, under a lock that
stops two runs from writing the same output at once. A run killed with SIGKILL leaves the
previous output as it was.
"""

from __future__ import annotations

import os
import traceback
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from pipeline.assemble import DocumentResult, assemble_tables
from pipeline.errors import (
    InputError,
    NothingPublishedError,
    OutputWriteError,
    RejectedInputsError,
    WorkerDiedError,
)
from pipeline.extract.entities import extract_entities, link_fact_subjects
from pipeline.extract.events import extract_events
from pipeline.extract.quantities import extract_quantities
from pipeline.ingest import PlannedInput, display_name, ingest_document, plan_inputs, reject_row
from pipeline.model import Document
from pipeline.publish import check_output_folder, clean_leftovers, lock_output, publish_tables
from pipeline.segment import segment_document
from pipeline.validate import validate_tables
from schemas import sorted_frame


@dataclass
class RunSummary:
    counts: dict[str, int] = field(default_factory=dict)
    files: list[Path] = field(default_factory=list)
    rejects: pd.DataFrame = field(default_factory=pd.DataFrame)


def process_document(doc: Document) -> DocumentResult:
    """Segment and extract one document (pure)."""
    sentences = segment_document(doc)
    events = extract_events(doc, sentences)
    entities = extract_entities(doc, sentences)
    return DocumentResult(
        document=doc,
        sentences=sentences,
        facts=link_fact_subjects(extract_quantities(doc, sentences, events), entities),
        events=events,
        entities=entities,
    )


def _crash_reason(err: Exception) -> str:
    """``Type: message at module.py:line``, the line being the innermost of the pipeline."""
    frames = traceback.extract_tb(err.__traceback__)
    ours = [f for f in frames if f"{os.sep}pipeline{os.sep}" in f.filename] or frames
    where = f" at {Path(ours[-1].filename).name}:{ours[-1].lineno}" if ours else ""
    message = display_name(str(err))
    if len(message) > 200:
        message = message[:200] + "…"
    return f"the pipeline failed on this file: {type(err).__name__}: {message}{where}"


def _load_and_process(item: PlannedInput) -> DocumentResult | dict[str, str]:
    """One document through every per-document stage, or the reason it is rejected."""
    try:
        doc = ingest_document(item.path, item.doc_id, item.info)
    except InputError as err:
        return reject_row(err.file, err.reason, err.hint)
    try:
        result = process_document(doc)
    except Exception as err:  # a bug, but it must cost this document only, not the run
        return reject_row(
            item.path.name,
            _crash_reason(err),
            "this is a bug in factpipe: please report it with the file; "
            "the other files were published",
        )
    if not result.sentences:
        return reject_row(
            item.path.name,
            "the file has no article text: it holds only headings or list markers",
            "add the article text, or remove the file",
        )
    return result


def _results(inputs: list[PlannedInput], jobs: int) -> Iterator[DocumentResult | dict[str, str]]:
    if jobs <= 1 or len(inputs) <= 1:
        yield from map(_load_and_process, inputs)
        return
    try:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            yield from pool.map(_load_and_process, inputs, chunksize=4)
    except BrokenProcessPool:
        raise WorkerDiedError(
            "a worker process died (out of memory?); try again with fewer --jobs"
        ) from None


def run_pipeline(
    raw: Path,
    output: Path,
    *,
    strict: bool = False,
    jobs: int = 1,
    progress: Callable[[Iterable[object], int], Iterable[object]] | None = None,
) -> RunSummary:
    """Run every stage on the ``.txt`` files of ``raw`` and publish to ``output``.

    Raises (all :class:`~pipeline.errors.FactpipeError`, nothing published, the previous
    output intact) :class:`~pipeline.errors.UsageProblem` when the input or output folder
    cannot be used; :class:`~pipeline.errors.RunError` subclasses when another run holds
    the lock, a worker died, every file was rejected, the tables failed their checks or the
    output cannot be written; :class:`~pipeline.errors.RejectedInputsError` when ``strict``
    and a file was rejected.
    """
    output = Path(os.path.abspath(output))  # `--output .` has no name to put a lock beside
    inputs, rejects = plan_inputs(raw)
    check_output_folder(raw, output)
    output.parent.mkdir(parents=True, exist_ok=True)
    with lock_output(output):
        clean_leftovers(output)
        results: list[DocumentResult] = []
        stream: Iterable[object] = _results(inputs, jobs)
        if progress is not None:
            stream = progress(stream, len(inputs))
        for result in stream:
            if isinstance(result, DocumentResult):
                results.append(result)
            else:
                rejects.append(result)  # type: ignore[arg-type]
        reject_frame = sorted_frame("rejects", rejects)
        if strict and rejects:
            raise RejectedInputsError(reject_frame)
        if not results:
            raise NothingPublishedError(reject_frame)
        tables = assemble_tables(results)
        tables["rejects"] = reject_frame
        tables = validate_tables(tables)
        try:
            files = publish_tables(tables, output)
        except OSError as err:
            raise OutputWriteError(f"cannot write the output: {err}") from err
    return RunSummary(
        counts={name: len(frame) for name, frame in tables.items()},
        files=files,
        rejects=tables["rejects"],
    )
