"""Run the whole pipeline over a folder of articles and publish the tables atomically.

Stages: ingest → segment → extract (quantities, events) → assemble → validate → export.
Per-document work (:func:`process_document`) is a pure function of the document, so it
runs in a loop or a process pool alike.

Every ``.txt`` file of the input folder ends up either in ``documents`` or in ``rejects``
(file, reason, hint). A document that crashes a stage is rejected too, with the error, so
one bad file never costs the others. When every file is rejected the run fails instead of
replacing the previous output with empty tables.

Publishing is atomic: the tables are written into a temporary folder beside the target
(``.<output>.tmp-*``) and swapped in only after everything validated, with one atomic
``renameat2(RENAME_EXCHANGE)`` on Linux (two renames elsewhere). A lock file
(``.<output>.lock``) stops two runs from writing the same output at once. A run killed
with SIGKILL leaves the previous output as it was; its temporary folder is never read as
output and is removed by the next run, once that run holds the lock.
"""

from __future__ import annotations

import os
import traceback
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from filelock import FileLock, Timeout

from pipeline.assemble import DocumentResult, assemble_tables
from pipeline.dataset import DATAPACKAGE
from pipeline.export import FORMATS
from pipeline.extract.events import extract_events
from pipeline.extract.quantities import extract_quantities
from pipeline.ingest import (
    MANIFEST_NAME,
    InputError,
    SourceInfo,
    doc_id_for,
    ingest_document,
    manifest_key,
    read_manifest,
)
from pipeline.model import Document
from pipeline.publish import clean_leftovers, publish_tables
from pipeline.segment import segment_document
from pipeline.validate import validate_tables
from schemas import sorted_frame

INPUT_SUFFIX = ".txt"


class RunError(Exception):
    """The run could not complete; nothing was published."""


class UsageProblem(RunError):
    """The input or output folder given cannot be used (a usage error, not a failure)."""


class RejectedInputsError(RunError):
    """``strict`` was asked for and some input files were rejected."""

    def __init__(self, rejects: pd.DataFrame) -> None:
        self.rejects = rejects
        super().__init__(f"{len(rejects)} input file(s) rejected and --strict is set")


class NothingPublishedError(RunError):
    """Every input file was rejected: publishing empty tables would only destroy the
    previous output, so the run fails instead."""

    def __init__(self, rejects: pd.DataFrame) -> None:
        self.rejects = rejects
        super().__init__(f"all {len(rejects)} input file(s) were rejected, nothing to publish")


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
    events = extract_events(doc, sentences)
    return DocumentResult(
        document=doc,
        sentences=sentences,
        facts=extract_quantities(doc, sentences, events),
        events=events,
    )


def _reject(file: str, reason: str, hint: str) -> dict[str, str]:
    return {"file": file, "reason": reason, "hint": hint}


def display_name(name: str) -> str:
    """A file name as text that can be published on one line: bytes that are not UTF-8
    (kept by Python as lone surrogates) and control characters are shown as ``\\xNN``."""
    text = os.fsencode(name).decode("utf-8", "backslashreplace")
    return "".join(f"\\x{ord(c):02x}" if unicodedata.category(c) == "Cc" else c for c in text)


def _list_folder(raw: Path) -> list[Path]:
    if not raw.is_dir():
        raise UsageProblem(f"input folder {raw} does not exist or is not a folder")
    try:
        return sorted(raw.iterdir())
    except OSError as err:
        raise UsageProblem(f"cannot list input folder {raw} ({err.strerror or err})") from None


def plan_inputs(raw: Path) -> tuple[list[_Input], list[dict[str, str]]]:
    """The input files of a folder with their manifest rows, and the problems found.

    Every entry whose name ends in ``.txt`` is either planned or rejected here: folders
    and other non-regular files, names that are not UTF-8, and a second file whose name
    gives the same ``doc_id`` (the first in sorted order keeps it).
    """
    entries = [p for p in _list_folder(raw) if p.suffix.lower() == INPUT_SUFFIX]
    if not entries:
        raise UsageProblem(f"no {INPUT_SUFFIX} files in {raw}")
    rejects: list[dict[str, str]] = []
    try:
        manifest, problems = read_manifest(raw)
    except InputError as err:
        manifest, problems = {}, [err]
    rejects.extend(_reject(p.file, p.reason, p.hint) for p in problems)
    keys = {manifest_key(p.name) for p in entries}
    for listed in sorted(set(manifest) - keys):
        rejects.append(
            _reject(
                display_name(listed),
                f"listed in {MANIFEST_NAME} but there is no such .txt file in the input folder",
                f"add the file or remove its line from {MANIFEST_NAME}",
            )
        )
    inputs: list[_Input] = []
    owner: dict[str, str] = {}
    for path in entries:
        name = display_name(path.name)
        if name != path.name:
            try:
                path.name.encode("utf-8")
            except UnicodeEncodeError:
                problem = "the file name is not valid UTF-8"
            else:
                problem = "the file name holds a control character (a line break or a tab)"
            rejects.append(_reject(name, problem, "rename the file"))
            continue
        if not path.is_file():
            kind = "a folder" if path.is_dir() else "not a regular file (or a broken link)"
            rejects.append(
                _reject(name, f"it is {kind}", "give each article its own .txt file, or rename it")
            )
            continue
        doc_id = doc_id_for(path)
        if doc_id in owner:
            rejects.append(
                _reject(
                    name,
                    f"its doc_id {doc_id!r} is already taken by {owner[doc_id]!r} "
                    "(ids are the lowercased file name, punctuation and spaces as `-`)",
                    "rename one of the two files",
                )
            )
            continue
        owner[doc_id] = name
        inputs.append(_Input(path, doc_id, manifest.get(manifest_key(path.name))))
    return inputs, rejects


def _crash_reason(err: Exception) -> str:
    """``Type: message at module.py:line``, the line being the innermost of the pipeline."""
    frames = traceback.extract_tb(err.__traceback__)
    ours = [f for f in frames if f"{os.sep}pipeline{os.sep}" in f.filename] or frames
    where = f" at {Path(ours[-1].filename).name}:{ours[-1].lineno}" if ours else ""
    message = display_name(str(err))
    if len(message) > 200:
        message = message[:200] + "…"
    return f"the pipeline failed on this file: {type(err).__name__}: {message}{where}"


def _load_and_process(item: _Input) -> DocumentResult | dict[str, str]:
    """One document through every per-document stage, or the reason it is rejected."""
    try:
        doc = ingest_document(item.path, item.doc_id, item.info)
    except InputError as err:
        return _reject(err.file, err.reason, err.hint)
    try:
        result = process_document(doc)
    except Exception as err:  # a bug, but it must cost this document only, not the run
        return _reject(
            item.path.name,
            _crash_reason(err),
            "this is a bug in factpipe: please report it with the file; "
            "the other files were published",
        )
    if not result.sentences:
        return _reject(
            item.path.name,
            "the file has no article text: it holds only headings or list markers",
            "add the article text, or remove the file",
        )
    return result


def _results(inputs: list[_Input], jobs: int) -> Iterator[DocumentResult | dict[str, str]]:
    if jobs <= 1 or len(inputs) <= 1:
        yield from map(_load_and_process, inputs)
        return
    try:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            yield from pool.map(_load_and_process, inputs, chunksize=4)
    except BrokenProcessPool:
        raise RunError(
            "a worker process died (out of memory?); try again with fewer --jobs"
        ) from None


def check_output_folder(raw: Path, output: Path) -> None:
    """Refuse an output folder whose replacement would destroy something else: the input
    folder (or one holding it), or a folder that is not a previous output."""
    raw_real, out_real = raw.resolve(), output.resolve()
    if raw_real == out_real or out_real in raw_real.parents:
        raise UsageProblem(
            f"the output folder {output} is or contains the input folder {raw}; "
            "publishing replaces the output folder, choose another one"
        )
    if output.exists() and not output.is_dir():
        raise UsageProblem(f"the output {output} exists and is not a folder")
    if output.is_dir():
        names = {p.name for p in output.iterdir()}
        if names and not {DATAPACKAGE, *FORMATS} <= names:
            raise UsageProblem(
                f"the output folder {output} holds other files, not a previous output "
                f"(no {DATAPACKAGE} beside {'/'.join(FORMATS)} folders); publishing replaces "
                "it, so choose a new or empty folder"
            )


def run_pipeline(
    raw: Path,
    output: Path,
    *,
    strict: bool = False,
    jobs: int = 1,
    progress: Callable[[Iterable[object], int], Iterable[object]] | None = None,
) -> RunSummary:
    """Run every stage on the ``.txt`` files of ``raw`` and publish to ``output``.

    Raises :class:`UsageProblem` when the input or output folder cannot be used,
    :class:`RunError` (nothing published, previous output intact) when another run holds
    the lock, a worker died, every file was rejected, or ``strict`` and a file was
    rejected;
    :class:`pipeline.validate.TableValidationError` when tables fail their checks;
    :class:`OSError` when the output cannot be written (previous output intact).
    """
    output = Path(os.path.abspath(output))  # `--output .` has no name to put a lock beside
    inputs, rejects = plan_inputs(raw)
    check_output_folder(raw, output)
    output.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(output.with_name(f".{output.name}.lock")))
    try:
        lock.acquire(timeout=0)
    except Timeout:
        raise RunError(
            f"another run is writing {output} (it holds the lock {lock.lock_file}); "
            "wait for it to finish, then run again"
        ) from None
    try:
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
        files = publish_tables(tables, output)
    finally:
        lock.release()
    return RunSummary(
        counts={name: len(frame) for name, frame in tables.items()},
        files=files,
        rejects=tables["rejects"],
    )
