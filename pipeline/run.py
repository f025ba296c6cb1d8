"""Run the whole pipeline over a folder of articles and publish the tables atomically.

Stages: ingest → segment → extract (quantities, events) → assemble → validate → export.
Per-document work (:func:`process_document`) is a pure function of the document, so it
runs in a loop or a process pool alike. Output is written into a temporary folder beside
the target and swapped in only after everything validated; a lock file stops two runs
from writing the same output at once.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from filelock import FileLock, Timeout

from pipeline.assemble import DocumentResult, assemble_tables
from pipeline.export import write_table
from pipeline.extract.events import extract_events
from pipeline.extract.quantities import extract_quantities
from pipeline.ingest import (
    MANIFEST_NAME,
    InputError,
    SourceInfo,
    doc_id_for,
    ingest_document,
    read_manifest,
)
from pipeline.model import Document
from pipeline.package import write_package_metadata
from pipeline.segment import segment_document
from pipeline.validate import validate_tables
from schemas import DATASET_VERSION, TABLES

INPUT_SUFFIX = ".txt"


class RunError(Exception):
    """The run could not complete; nothing was published."""


class RejectedInputsError(RunError):
    """``strict`` was asked for and some input files were rejected."""

    def __init__(self, rejects: pd.DataFrame) -> None:
        self.rejects = rejects
        super().__init__(f"{len(rejects)} input file(s) rejected and --strict is set")


@dataclass
class RunSummary:
    counts: dict[str, int] = field(default_factory=dict)
    files: list[Path] = field(default_factory=list)
    rejects: pd.DataFrame = field(default_factory=pd.DataFrame)


@dataclass(frozen=True)
class _Input:
    path: Path
    doc_id: str
    info: SourceInfo | None


def process_document(doc: Document) -> DocumentResult:
    """Segment and extract one document (pure)."""
    sentences = segment_document(doc)
    return DocumentResult(
        document=doc,
        sentences=sentences,
        facts=extract_quantities(doc, sentences),
        events=extract_events(doc, sentences),
    )


def _reject(file: str, reason: str, hint: str) -> dict[str, str]:
    return {"file": file, "reason": reason, "hint": hint}


def plan_inputs(raw: Path) -> tuple[list[_Input], list[dict[str, str]]]:
    """The input files of a folder with their manifest rows, and the problems found."""
    if not raw.is_dir():
        raise RunError(f"input folder {raw} does not exist or is not a folder")
    rejects: list[dict[str, str]] = []
    try:
        manifest, problems = read_manifest(raw)
    except InputError as err:
        manifest, problems = {}, [err]
    rejects.extend(_reject(p.file, p.reason, p.hint) for p in problems)
    paths = sorted(p for p in raw.iterdir() if p.suffix.lower() == INPUT_SUFFIX and p.is_file())
    names = {p.name for p in paths}
    for listed in sorted(set(manifest) - names):
        rejects.append(
            _reject(listed, f"listed in {MANIFEST_NAME} but not found in {raw}",
                    f"add the file or remove its line from {MANIFEST_NAME}")
        )
    inputs: list[_Input] = []
    owner: dict[str, str] = {}
    for path in paths:
        doc_id = doc_id_for(path)
        if doc_id in owner:
            rejects.append(
                _reject(path.name, f"its doc_id {doc_id!r} is already taken by {owner[doc_id]!r}",
                        "rename one of the two files")
            )
            continue
        owner[doc_id] = path.name
        inputs.append(_Input(path, doc_id, manifest.get(path.name)))
    if not paths:
        raise RunError(f"no {INPUT_SUFFIX} files in {raw}")
    return inputs, rejects


def _load_and_process(item: _Input) -> DocumentResult | dict[str, str]:
    try:
        doc = ingest_document(item.path, item.doc_id, item.info)
    except InputError as err:
        return _reject(err.file, err.reason, err.hint)
    return process_document(doc)


def _results(inputs: list[_Input], jobs: int) -> Iterator[DocumentResult | dict[str, str]]:
    if jobs <= 1 or len(inputs) <= 1:
        yield from map(_load_and_process, inputs)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(_load_and_process, inputs, chunksize=4)


def _swap_in(build: Path, output: Path) -> None:
    """Replace ``output`` by ``build`` with two renames (the old folder is removed last)."""
    old = output.with_name(f".{output.name}.old-{os.getpid()}")
    if output.exists():
        output.rename(old)
    build.rename(output)
    if old.exists():
        shutil.rmtree(old)


def run_pipeline(
    raw: Path,
    output: Path,
    *,
    strict: bool = False,
    jobs: int = 1,
    progress: Callable[[Iterable[object], int], Iterable[object]] | None = None,
) -> RunSummary:
    """Run every stage on the ``.txt`` files of ``raw`` and publish to ``output``.

    Raises :class:`RunError` (nothing published, previous output intact) when the input
    folder is unusable, another run holds the lock, or ``strict`` and a file was rejected;
    :class:`pipeline.validate.TableValidationError` when tables fail their checks.
    """
    inputs, rejects = plan_inputs(raw)
    output.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(output.with_name(f".{output.name}.lock")))
    try:
        lock.acquire(timeout=0)
    except Timeout:
        raise RunError(f"another run is writing {output} (lock {lock.lock_file})") from None
    try:
        results: list[DocumentResult] = []
        stream: Iterable[object] = _results(inputs, jobs)
        if progress is not None:
            stream = progress(stream, len(inputs))
        for result in stream:
            if isinstance(result, DocumentResult):
                results.append(result)
            else:
                rejects.append(result)  # type: ignore[arg-type]
        if strict and rejects:
            raise RejectedInputsError(pd.DataFrame(rejects, columns=TABLES["rejects"].columns))
        tables = assemble_tables(results)
        tables["rejects"] = pd.DataFrame(rejects, columns=TABLES["rejects"].columns)
        tables = validate_tables(tables)
        build = Path(tempfile.mkdtemp(prefix=f".{output.name}.tmp-", dir=output.parent))
        try:
            files = [path for name in TABLES for path in write_table(tables[name], build, name)]
            files += write_package_metadata(build, tables, DATASET_VERSION)
            _swap_in(build, output)
        finally:
            if build.exists():
                shutil.rmtree(build)
    finally:
        lock.release()
    return RunSummary(
        counts={name: len(frame) for name, frame in tables.items()},
        files=[output / path.relative_to(build) for path in files],
        rejects=tables["rejects"],
    )
