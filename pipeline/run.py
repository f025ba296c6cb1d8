"""Run the whole pipeline over a corpus and publish the tables atomically, in bounded memory.

The input (a folder of ``.txt`` articles, or article dumps: :mod:`pipeline.ingest.dumps`)
is read in order, in batches of about ``batch_bytes`` of text. Each batch goes through every
per-document stage, the checks and the encodings in a worker (:mod:`pipeline.batch`, run by
an executor of :mod:`pipeline.executors`); this process only reads the inputs, looks them up
in the cache (:mod:`pipeline.cache`), and appends each document's rows, in input order, to
one writer per table (:class:`pipeline.export.TableWriter`). Row order and bytes therefore
do not depend on ``--jobs``, the batch size or the executor. Then the metadata is written
and the folder swapped in (:mod:`pipeline.publish`).

Every input ends up either in ``documents`` or in ``rejects`` (file, reason, hint). A
document that crashes a stage, or whose worker dies twice, is rejected too, so one bad file
never costs the others. When every input is rejected the run fails instead of replacing the
previous output with empty tables. A run killed with SIGKILL leaves the previous output as
it was, and so does one stopped by a signal (the CLI turns ``SIGTERM`` into an exception,
so the temporary folder is removed and the worker processes are ended).

Limits (:class:`pipeline.limits.Limits`): an input over the size limit is rejected before it
is read in full, and one whose extraction runs over the time limit is rejected by its
worker; worker processes are capped at the cores of the machine and the inputs to process.
"""

from __future__ import annotations

import os
import secrets
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import pandas as pd

from pipeline.batch import DOCUMENT_TABLES, BatchOutput, DocOutput
from pipeline.cache import ResultCache, source_key
from pipeline.errors import InputError, NothingPublishedError, OutputWriteError, RejectedInputsError
from pipeline.executors import (
    Batch,
    Executor,
    Ready,
    Unit,
    available_cores,
    make_executor,
    resolve_jobs,
)
from pipeline.export import TableWriter, encode_frame, encode_rows, write_table
from pipeline.export.encode import TextFormats, text_formats_for
from pipeline.export.layout import DATABASE, OUTPUTS, SPREADSHEET
from pipeline.export.sqlite import write_sqlite
from pipeline.export.xlsx import fits, write_xlsx
from pipeline.ingest import PlannedInput, Source, plan_inputs, reject_row, source_from_file
from pipeline.ingest.dumps import dump_files, dump_sources
from pipeline.ingest.plan import is_input_name, links_outside
from pipeline.limits import Limits
from pipeline.memory import release_memory
from pipeline.merge import EntityMerger
from pipeline.package import write_package_metadata
from pipeline.package.dataset import CARD
from pipeline.package.info import read_info
from pipeline.package.summary import DatasetSummary, SourceEntry
from pipeline.publish import (
    MARKER,
    build_folder,
    check_output_folder,
    clean_leftovers,
    lock_output,
    prepare_parent,
    remove_leftover,
)
from pipeline.site.card import card_html
from pipeline.site.writer import SiteWriter
from pipeline.swap import swap_in
from pipeline.validate import check_quarantine, check_rejects
from schemas import DATASET_VERSION, TABLES, sorted_frame

BATCH_BYTES = 1 << 20  # text per batch sent to a worker
BATCH_DOCUMENTS = 500


class ProgressBar(Protocol):
    def update(self, n: int) -> None: ...

    def close(self) -> None: ...


Progress = Callable[[int | None], ProgressBar]


@dataclass
class RunSummary:
    counts: dict[str, int] = field(default_factory=dict)
    files: list[Path] = field(default_factory=list)
    rejects: pd.DataFrame = field(default_factory=pd.DataFrame)
    seconds: dict[str, float] = field(default_factory=dict)  # per stage, summed over workers
    cache_hits: int = 0
    warnings: list[str] = field(default_factory=list)  # said to the user; the run succeeded
    workers: int = 1


@dataclass
class _Inputs:
    sources: Iterator[Source | InputError]
    rejects: list[dict[str, str]]
    total: int | None  # documents to expect, when known
    notes: list[str] = field(default_factory=list)


def default_cache(output: Path) -> Path:
    """The cache beside an output folder: ``.<name>.cache.sqlite``."""
    output = published_path(output)
    if not output.name:  # the root: refused by check_output_folder before any use
        return output / ".cache.sqlite"
    return output.with_name(f".{output.name}.cache.sqlite")


def _folder_sources(
    planned: list[PlannedInput], max_bytes: int | None
) -> Iterator[Source | InputError]:
    for item in planned:
        try:
            yield source_from_file(item, max_bytes)
        except InputError as err:
            yield err


def _dumps(raw: Path) -> list[Path]:
    """The dump files ``raw`` stands for: itself, or those of a folder without ``.txt``
    files; empty otherwise (planning the folder then says what is wrong with it)."""
    try:
        if raw.is_file():
            return dump_files(raw)
        if not raw.is_dir() or any(is_input_name(p.name) for p in raw.iterdir()):
            return []
        return dump_files(raw)
    except OSError:
        return []


def plan_run(raw: Path, output: Path | None = None, limits: Limits | None = None) -> _Inputs:
    """The inputs of ``raw``: a folder of ``.txt`` files (in ``doc_id`` order; ``output``
    left out when it lies inside), or dump files (in their own order)."""
    max_bytes = (limits or Limits()).max_document_bytes
    dumps = _dumps(raw)
    if dumps:
        return _Inputs(dump_sources(dumps, max_bytes), [], None)
    planned, rejects = plan_inputs(raw, exclude=output)
    planned.sort(key=lambda item: item.doc_id)
    notes = [
        f"input file {link}: a link out of {raw}, published as it is"
        for link in links_outside(raw, planned)
    ]
    return _Inputs(_folder_sources(planned, max_bytes), rejects, len(planned), notes)


def _units(
    sources: Iterator[Source | InputError],
    cache: ResultCache,
    rejects: list[dict[str, str]],
    batch_bytes: int,
    text_formats: TextFormats,
) -> Iterator[Unit]:
    """Batches of sources to process, and the outputs the cache already holds, in order."""
    batch: list[Source] = []
    keys: list[str] = []
    size = 0
    for item in sources:
        if isinstance(item, InputError):
            rejects.append(reject_row(item.file, item.reason, item.hint))
            continue
        key = source_key(item, text_formats)
        cached = cache.get(key)
        if cached is not None:
            if batch:
                yield Batch(tuple(batch), tuple(keys))
                batch, keys, size = [], [], 0
            yield Ready(BatchOutput([cached], {}))
            continue
        batch.append(item)
        keys.append(key)
        size += len(item.data)
        if size >= batch_bytes or len(batch) >= BATCH_DOCUMENTS:
            yield Batch(tuple(batch), tuple(keys))
            batch, keys, size = [], [], 0
    if batch:
        yield Batch(tuple(batch), tuple(keys))


class _Publisher:
    """Appends documents' outputs to the tables of a build folder, in order, in the
    formats of ``outputs`` (:data:`~pipeline.export.layout.OUTPUTS`)."""

    def __init__(self, build: Path, outputs: tuple[str, ...] = OUTPUTS) -> None:
        self.build = build
        self.outputs = outputs
        self.writers = {name: TableWriter(build, name, outputs) for name in DOCUMENT_TABLES}
        self.site = SiteWriter(build) if "site" in outputs else None
        self.entities = EntityMerger(build / ".entities.sqlite")
        self.summary = DatasetSummary(outputs=outputs)
        self.quarantine: list[dict[str, object]] = []
        self.rejects: list[dict[str, str]] = []

    def add(self, doc: DocOutput) -> None:
        if doc.reject is not None:
            self.rejects.append(doc.reject)
            return
        for name, rows in doc.tables.items():
            self.writers[name].append(rows)
        self.entities.add(doc.entities)
        if self.site is not None:
            self.site.add_document(
                {name: rows.jsonl for name, rows in doc.tables.items()}, doc.entities
            )
        self.quarantine += doc.quarantine
        if doc.summary is not None:
            s = doc.summary
            self.summary.add_document(SourceEntry(s.doc_id, s.title, s.source, s.license))

    def close(self) -> tuple[list[Path], pd.DataFrame, pd.DataFrame]:
        files = [path for writer in self.writers.values() for path in writer.close()]
        entities = TableWriter(self.build, "entities", self.outputs)
        for rows in self.entities.merged():
            encoded = encode_rows(
                "entities", {c: [r[c] for r in rows] for c in TABLES["entities"].columns}
            )
            entities.append(encoded)
            if self.site is not None:
                self.site.add_table("entities", encoded.jsonl)
        files += entities.close()
        self.entities.close()
        self.writers["entities"] = entities
        rejects = check_rejects(sorted_frame("rejects", self.rejects))
        quarantine = check_quarantine(self.quarantine)
        files += write_table(rejects, self.build, "rejects", self.outputs)
        files += write_table(quarantine, self.build, "quarantine", self.outputs)
        if self.site is not None:
            for name, frame in (("rejects", rejects), ("quarantine", quarantine)):
                self.site.add_table(name, encode_frame(name, frame).jsonl)
        self.summary.rows = {name: w.rows for name, w in self.writers.items()}
        self.summary.rows |= {"rejects": len(rejects), "quarantine": len(quarantine)}
        if "sqlite" in self.outputs:
            files.append(write_sqlite(self.build, self.build / DATABASE, self.summary.rows))
        if "xlsx" in self.outputs and fits(self.summary.rows):
            files.append(write_xlsx(self.build, self.build / SPREADSHEET))
        return files, rejects, quarantine

    def close_site(self) -> list[Path]:
        """The site, once the card is written (its page is the card); none when the site
        is not published."""
        if self.site is None:
            return []
        info = self.summary.info
        card = (self.build / CARD).read_text(encoding="utf-8")
        dataset = {"title": info.title, "description": info.description, "version": DATASET_VERSION}
        return self.site.close(dataset, card_html(card, info.title))

    def abort(self) -> None:
        for writer in self.writers.values():
            writer.abort()
        self.entities.close()


def published_path(output: Path) -> Path:
    """Where ``output`` is published: its absolute path (``--output .`` has no name to put a
    lock beside), or the folder it links to when it is a symbolic link, so the link keeps
    pointing at the current output."""
    path = Path(os.path.abspath(output))
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def _workers(jobs: int, executor: str, scheduler: str | None, total: int | None) -> int:
    """Worker processes to start: ``--jobs``, at most one per core of this machine and per
    input (when known) for local workers."""
    if executor == "dask" and scheduler is not None:
        return jobs
    return max(1, min(jobs, available_cores(), total if total is not None else jobs))


def _discard(build: Path) -> None:
    """Remove the build folder of a run that did not publish; what cannot be removed now
    (it keeps its marker) the next run removes."""
    if build.exists():
        remove_leftover(build)


def run_pipeline(
    raw: Path,
    output: Path,
    *,
    strict: bool = False,
    jobs: int = 1,
    executor: str = "local",
    scheduler: str | None = None,
    cache: Path | None = None,
    batch_bytes: int = BATCH_BYTES,
    progress: Progress | None = None,
    limits: Limits | None = None,
    outputs: tuple[str, ...] = OUTPUTS,
) -> RunSummary:
    """Run every stage on the inputs of ``raw`` and publish to ``output``.

    ``cache``: the SQLite file of per-document results for incremental runs (None: no
    cache); ``limits``: per-document size and time limits (default :class:`Limits`);
    ``outputs``: what to publish (:data:`~pipeline.export.layout.OUTPUTS`, all by
    default; Parquet always), the metadata describing exactly those files.
    Raises (all :class:`~pipeline.errors.FactpipeError`, nothing published, the previous
    output intact) :class:`~pipeline.errors.UsageProblem` when the input or output cannot
    be used; :class:`~pipeline.errors.RunError` subclasses when another run holds the lock,
    every input was rejected, the tables failed their checks or the output cannot be
    written; :class:`~pipeline.errors.RejectedInputsError` when ``strict`` and an input was
    rejected. What went wrong after the output was replaced (an old folder that could not
    be removed) is in the summary's ``warnings``.
    """
    limits = limits or Limits()
    output = published_path(output)
    jobs = resolve_jobs(jobs)
    check_output_folder(raw, output)
    inputs = plan_run(raw, output, limits)
    info = read_info(raw)
    prepare_parent(output)
    workers = _workers(jobs, executor, scheduler, inputs.total)
    seconds: dict[str, float] = {}
    warnings = list(inputs.notes)
    if workers < min(jobs, inputs.total if inputs.total is not None else jobs):
        warnings.append(f"--jobs {jobs}: using {workers} workers, one per core of this machine")
    with lock_output(output):
        warnings += clean_leftovers(output)
        store = ResultCache(cache, secrets.token_hex(8))
        build = build_folder(output)
        publisher: _Publisher | None = None
        done = False
        try:
            publisher = _Publisher(build, outputs)
            publisher.rejects += inputs.rejects
            publisher.summary.info = info
            text_formats = text_formats_for(outputs)
            runner: Executor = make_executor(
                executor, workers, scheduler, limits.max_document_seconds, text_formats
            )
            try:
                units = _units(inputs.sources, store, publisher.rejects, batch_bytes, text_formats)
                bar = progress(inputs.total) if progress is not None else None
                start = time.perf_counter()
                appending = 0.0
                for unit, out in runner.run(units, window=2 * workers):
                    began = time.perf_counter()
                    for i, doc in enumerate(out.docs):
                        publisher.add(doc)
                        if isinstance(unit, Batch) and doc.cache:
                            store.put(unit.keys[i], doc)
                    release_memory()  # the batch's rows (and, in this process, its work), freed
                    appending += time.perf_counter() - began
                    for stage, value in out.seconds.items():
                        seconds[stage] = seconds.get(stage, 0.0) + value
                    if bar is not None:
                        bar.update(len(out.docs))
                seconds["stream"] = time.perf_counter() - start
                seconds["append"] = appending  # this process's own work while streaming
                if bar is not None:
                    bar.close()
            except BaseException:
                runner.abort()  # an error or a signal: end the workers now
                raise
            else:
                runner.close()
            start = time.perf_counter()
            files, rejects, _ = publisher.close()
            if strict and len(rejects):
                raise RejectedInputsError(rejects)
            if not publisher.summary.documents:
                raise NothingPublishedError(rejects)
            try:
                files += write_package_metadata(build, publisher.summary, DATASET_VERSION)
                files += publisher.close_site()
                warning = swap_in(build, output, MARKER)
            except OSError as err:
                raise OutputWriteError(f"cannot write the output: {err}") from err
            if warning is not None:
                warnings.append(warning)
            seconds["publish"] = time.perf_counter() - start
            done = True
        except OSError as err:
            raise OutputWriteError(f"cannot write the output: {err}") from err
        finally:
            if not done:
                if publisher is not None:
                    publisher.abort()
                _discard(build)
            store.close(keep=done)
    return RunSummary(
        counts=dict(publisher.summary.rows),
        files=[output / path.relative_to(build) for path in files],
        rejects=rejects,
        seconds=seconds,
        cache_hits=store.hits,
        warnings=warnings,
        workers=workers,
    )
