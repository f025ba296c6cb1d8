"""Where batches run: in this process, in a pool of processes, or on a Dask cluster.

Every executor takes an iterable of work units (a batch to process, or an output already
known from the cache) and yields the outputs in input order, with at most ``window``
batches in flight, so memory stays bounded whatever the corpus size. A worker that dies
(killed, out of memory) costs a retry of its batches, never the run: a batch that kills its
worker twice is redone one document at a time, and a document that kills a worker on its
own becomes a reject.

Worker processes end with the run, however it ends: on an error or a signal the pool is
torn down and its workers terminated (:meth:`Executor.abort`), and a worker whose parent
dies (even by ``SIGKILL``) dies too: killed by the kernel on Linux, else on noticing it
within a second.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any, Protocol

from pipeline.batch import BatchOutput, DocOutput, process_batch
from pipeline.errors import UsageProblem
from pipeline.export.encode import TEXT_FORMATS, TextFormats
from pipeline.ingest import Source, reject_row
from pipeline.limits import MAX_JOBS
from pipeline.memory import release_memory

_PR_SET_PDEATHSIG = 1


@dataclass(frozen=True)
class Batch:
    """Sources to process together, with their cache keys."""

    sources: tuple[Source, ...]
    keys: tuple[str, ...]


@dataclass(frozen=True)
class Ready:
    """An output known without running anything (from the cache)."""

    output: BatchOutput


Unit = Batch | Ready


def resolve_jobs(jobs: int) -> int:
    """``--jobs``: 0 means every core of this machine; at most :data:`MAX_JOBS`."""
    if jobs < 0 or jobs > MAX_JOBS:
        raise UsageProblem(f"--jobs must be between 0 (all cores) and {MAX_JOBS}, got {jobs}")
    return jobs or (os.cpu_count() or 1)


def available_cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _died(sources: Sequence[Source]) -> BatchOutput:
    """Rejects for the documents whose worker died even when processed alone (not cached:
    the next run tries them again)."""
    return BatchOutput(
        [
            DocOutput(
                s.doc_id,
                s.name,
                cache=False,
                reject=reject_row(
                    s.name,
                    "a worker process died while processing this file (out of memory, or "
                    "a crash), twice",
                    "check the file (size, content); raise the memory limit or use fewer --jobs",
                ),
            )
            for s in sources
        ],
        {},
    )


def _watch_parent(parent: int) -> None:
    while True:
        time.sleep(1.0)
        try:
            os.kill(parent, 0)
        except ProcessLookupError:
            os._exit(1)
        except OSError:
            pass


def _worker_init(parent: int) -> None:
    """Set up a worker process: the default action for SIGTERM and SIGHUP (a forked worker
    inherits its parent's handlers), and death with the process that runs the pool: asked of the
    kernel on Linux when that process is the worker's parent, else watched for."""
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_DFL)
    if os.getppid() == parent and sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
        except (OSError, AttributeError):
            pass
        else:
            if os.getppid() != parent:  # it died before the request took effect
                os._exit(1)
            return
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()


def _worker_batch(sources: Sequence[Source], **options: Any) -> BatchOutput:
    """:func:`~pipeline.batch.process_batch` in a worker process, which then gives what the
    batch freed back to the OS (in this process the run does that after appending)."""
    out = process_batch(sources, **options)
    release_memory()
    return out


class Executor(Protocol):
    def run(self, units: Iterable[Unit], window: int) -> Iterator[tuple[Unit, BatchOutput]]: ...

    def close(self) -> None: ...

    def abort(self) -> None: ...


class SerialExecutor:
    """Batches one after the other, in this process."""

    def __init__(
        self, max_seconds: float | None = None, text_formats: TextFormats = TEXT_FORMATS
    ) -> None:
        self.max_seconds = max_seconds
        self.text_formats = text_formats

    def run(self, units: Iterable[Unit], window: int) -> Iterator[tuple[Unit, BatchOutput]]:
        for unit in units:
            if isinstance(unit, Ready):
                yield unit, unit.output
            else:
                yield (
                    unit,
                    process_batch(
                        unit.sources, max_seconds=self.max_seconds, text_formats=self.text_formats
                    ),
                )

    def close(self) -> None:
        pass

    def abort(self) -> None:
        pass


class _Pending:
    def __init__(self, unit: Unit, future: Any = None) -> None:
        self.unit = unit
        self.future = future


class _WindowedExecutor:
    """In-order results over futures, with retries when a worker dies."""

    max_seconds: float | None = None
    text_formats: TextFormats = TEXT_FORMATS

    def submit(self, sources: Sequence[Source]) -> Any:
        raise NotImplementedError

    def is_death(self, err: BaseException) -> bool:
        raise NotImplementedError

    def restart(self) -> None:
        """Make the executor usable again after a worker died."""

    def _alone(self, sources: Sequence[Source]) -> BatchOutput:
        """Process each document on its own; those that kill a worker again are rejected."""
        docs: list[DocOutput] = []
        seconds: dict[str, float] = {}
        for src in sources:
            try:
                out = self.submit([src]).result()
            except BaseException as err:
                if not self.is_death(err):
                    raise
                self.restart()
                out = _died([src])
            docs += out.docs
            for stage, value in out.seconds.items():
                seconds[stage] = seconds.get(stage, 0.0) + value
        return BatchOutput(docs, seconds)

    def run(self, units: Iterable[Unit], window: int) -> Iterator[tuple[Unit, BatchOutput]]:
        pending: deque[_Pending] = deque()
        stream = iter(units)
        exhausted = False
        while True:
            while not exhausted and len(pending) < window:  # cache hits count: they hold rows
                unit = next(stream, None)
                if unit is None:
                    exhausted = True
                    break
                future = None if isinstance(unit, Ready) else self.submit(unit.sources)
                pending.append(_Pending(unit, future))
            if not pending:
                return
            head = pending.popleft()
            if isinstance(head.unit, Ready):
                yield head.unit, head.unit.output
                continue
            yield head.unit, self._result(head, pending)

    def _resubmit(self, pending: Iterable[_Pending]) -> None:
        self.restart()  # the other batches in flight died with the worker
        for p in pending:
            if isinstance(p.unit, Batch):
                p.future = self.submit(p.unit.sources)

    def _result(self, head: _Pending, pending: Iterable[_Pending]) -> BatchOutput:
        """The output of the batch at the head, retried once when its worker died, then
        one document at a time."""
        assert isinstance(head.unit, Batch)
        try:
            return head.future.result()
        except BaseException as err:
            if not self.is_death(err):
                raise
        self._resubmit(pending)
        try:
            return self.submit(head.unit.sources).result()
        except BaseException as err:
            if not self.is_death(err):
                raise
        self._resubmit(pending)
        return self._alone(head.unit.sources)


class ProcessExecutor(_WindowedExecutor):
    """Batches in a pool of ``jobs`` worker processes on this machine."""

    def __init__(
        self, jobs: int, max_seconds: float | None = None, text_formats: TextFormats = TEXT_FORMATS
    ) -> None:
        self.jobs = jobs
        self.max_seconds = max_seconds
        self.text_formats = text_formats
        self.pool = self._pool()

    def _pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.jobs, initializer=_worker_init, initargs=(os.getpid(),)
        )

    def submit(self, sources: Sequence[Source]) -> Future[BatchOutput]:
        return self.pool.submit(
            _worker_batch, sources, max_seconds=self.max_seconds, text_formats=self.text_formats
        )

    def is_death(self, err: BaseException) -> bool:
        return isinstance(err, BrokenProcessPool)

    def restart(self) -> None:
        self.abort()
        self.pool = self._pool()

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)

    def abort(self) -> None:
        """Stop at once: cancel what is queued and terminate the workers."""
        processes = list((getattr(self.pool, "_processes", None) or {}).values())
        self.pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            if process.is_alive():
                process.terminate()
        for process in processes:
            process.join(timeout=5)
            if process.is_alive():
                process.kill()


class DaskExecutor(_WindowedExecutor):
    """Batches on a Dask distributed cluster: the scheduler at ``address``, or a
    ``LocalCluster`` of ``jobs`` single-threaded worker processes on 127.0.0.1."""

    def __init__(
        self,
        jobs: int,
        address: str | None,
        max_seconds: float | None = None,
        text_formats: TextFormats = TEXT_FORMATS,
    ) -> None:
        self.max_seconds = max_seconds
        self.text_formats = text_formats
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError:
            raise UsageProblem(
                "--executor dask needs the dask extra: pip install 'factpipe[dask]'"
            ) from None
        self.cluster = None
        if address is None:
            self.cluster = LocalCluster(
                n_workers=jobs,
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                dashboard_address=None,
            )
            self.client = Client(self.cluster)
        else:
            try:
                self.client = Client(address, timeout=30)
            except OSError as err:
                raise UsageProblem(f"cannot reach the Dask scheduler {address}: {err}") from None

    def submit(self, sources: Sequence[Source]) -> Any:
        # a worker that dies takes its task along; the scheduler reruns it elsewhere, up to
        # distributed.scheduler.allowed-failures times, then raises KilledWorker here
        return self.client.submit(
            _worker_batch,
            list(sources),
            max_seconds=self.max_seconds,
            text_formats=self.text_formats,
            pure=False,
            retries=1,
        )

    def is_death(self, err: BaseException) -> bool:
        from distributed.scheduler import KilledWorker

        return isinstance(err, KilledWorker)

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()

    def abort(self) -> None:
        self.close()


def make_executor(
    kind: str,
    jobs: int,
    scheduler: str | None,
    max_seconds: float | None = None,
    text_formats: TextFormats = TEXT_FORMATS,
) -> Executor:
    """The executor of ``--executor`` (``local`` with 1 job runs in this process);
    ``max_seconds``: the time limit of one document's extraction; ``text_formats``: the
    text encodings the workers make of each document's rows."""
    if kind == "dask":
        return DaskExecutor(jobs, scheduler, max_seconds, text_formats)
    if scheduler is not None:
        raise UsageProblem("--scheduler needs --executor dask")
    if jobs <= 1:
        return SerialExecutor(max_seconds, text_formats)
    return ProcessExecutor(jobs, max_seconds, text_formats)
