"""Limits a run keeps to, which users see and set: worker processes (``--jobs``), the size
of one document (``--max-document-mb``) and the time its extraction may take
(``--max-document-seconds``).

A document over a limit is rejected with the limit in the reason and how to raise it, so
one huge or pathological article costs only itself, never a stall or an out-of-memory run.
:func:`deadline` is the time limit's mechanism: a block of code that runs longer than its
budget is interrupted with :class:`DocumentTimeout`.
"""

from __future__ import annotations

import ctypes
import math
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from types import FrameType
from typing import Any

MAX_JOBS = 256
DEFAULT_MAX_DOCUMENT_MB = 10.0  # 10x the longest encyclopedic article
DEFAULT_MAX_DOCUMENT_SECONDS = 300.0
MB = 1_000_000


@dataclass(frozen=True)
class Limits:
    """Per-document limits of a run; ``None`` means no limit."""

    max_document_bytes: int | None = int(DEFAULT_MAX_DOCUMENT_MB * MB)
    max_document_seconds: float | None = DEFAULT_MAX_DOCUMENT_SECONDS

    @classmethod
    def from_options(cls, max_document_mb: float, max_document_seconds: float) -> Limits:
        """The limits of the command-line options (0 turns a limit off)."""
        return cls(
            int(max_document_mb * MB) if max_document_mb > 0 else None,
            max_document_seconds if max_document_seconds > 0 else None,
        )


def megabytes(size: float) -> str:
    """A size in MB as people write it: ``206``, ``10.5``, ``0.005``."""
    mb = size / MB
    if mb >= 100:
        return f"{mb:.0f}"
    return f"{mb:.1f}".removesuffix(".0") if mb >= 1 else f"{mb:.3g}"


def too_large(size: int, limit: int) -> tuple[str, str]:
    """(reason, hint) of a reject for a document of ``size`` bytes over ``limit``."""
    needed = math.ceil(size / MB * 10) / 10
    return (
        f"too large: {megabytes(size)} MB (the limit is {megabytes(limit)} MB)",
        f"raise --max-document-mb (to {needed:g} or more) to publish it, or split the article",
    )


def too_slow(seconds: float) -> tuple[str, str]:
    """(reason, hint) of a reject for a document whose extraction ran out of time."""
    return (
        f"its extraction took longer than {seconds:g} s and was stopped",
        "raise --max-document-seconds to give it more time, or split the article",
    )


class DocumentTimeout(BaseException):
    """A :func:`deadline` ran out. A ``BaseException``, so that no ``except Exception`` of
    the code it interrupts takes it for that code's own failure."""


RETRY_SECONDS = 0.05
"""How often a deadline that has run out raises again: an exception raised while Python
runs a ``__del__``, a weakref or a garbage-collector callback is printed and dropped, so
one raise is not enough to stop the block."""


class _Alarm:
    """The ``SIGALRM`` handler of one :func:`deadline`: it raises while armed."""

    def __init__(self) -> None:
        self.armed = True

    def __call__(self, signum: int, frame: FrameType | None) -> None:
        if self.armed:
            raise DocumentTimeout


@contextmanager
def _own_unraisables_dropped() -> Iterator[None]:
    """While a deadline is armed, its own raises that land in a ``__del__`` or a collector
    callback are dropped, not handed to ``sys.unraisablehook``: they are expected (the
    deadline raises again), and a hook that takes longer than :data:`RETRY_SECONDS` (one that
    imports, as pytest's does) would be hit by the next raise itself. Anything else goes on
    to the hook as before."""
    previous = sys.unraisablehook

    def hook(unraisable: Any) -> None:
        if unraisable.exc_type is not DocumentTimeout:
            previous(unraisable)

    sys.unraisablehook = hook
    try:
        yield
    finally:
        sys.unraisablehook = previous


@contextmanager
def deadline(seconds: float | None) -> Iterator[None]:
    """Run the block with a budget of ``seconds`` (None: no budget); raise
    :class:`DocumentTimeout` in it when the budget runs out, and again every
    :data:`RETRY_SECONDS` until the block has stopped.

    In the main thread a ``SIGALRM`` timer interrupts the block; in another thread (a Dask
    worker's) a timer thread raises the exception in it. Either way the exception arrives
    between two Python instructions, so a single long call into C finishes first.
    """
    if seconds is None:
        yield
        return
    if threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
        with _own_unraisables_dropped():
            alarm = _Alarm()
            previous = signal.signal(signal.SIGALRM, alarm)
            signal.setitimer(signal.ITIMER_REAL, seconds, RETRY_SECONDS)
            try:
                yield
            finally:
                _disarm(alarm, previous)
        return
    with _own_unraisables_dropped(), _thread_deadline(seconds):
        yield


def _disarm(alarm: _Alarm, previous: signal._HANDLER) -> None:
    """Stop the timer and restore the previous handler. A raise that lands in here (the
    timer ran out as the block ended) is dropped: the block has stopped, which is all a
    timeout asks, and an exception the block raised still goes on after this returns."""
    while True:
        try:
            alarm.armed = False
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
            return
        except DocumentTimeout:
            continue


@contextmanager
def _thread_deadline(seconds: float) -> Iterator[None]:
    target = ctypes.c_ulong(threading.get_ident())
    lock = threading.Lock()
    done = threading.Event()
    state = {"fired": False}

    def fire() -> None:
        if done.wait(seconds):
            return
        while True:
            with lock:
                if done.is_set():
                    return
                state["fired"] = True
                ctypes.pythonapi.PyThreadState_SetAsyncExc(
                    target, ctypes.py_object(DocumentTimeout)
                )
            if done.wait(RETRY_SECONDS):
                return

    timer = threading.Thread(target=fire, daemon=True)
    timer.start()
    try:
        yield
    finally:
        while True:
            try:
                with lock:
                    done.set()
                    if state["fired"]:  # not raised yet: it must not escape this block
                        ctypes.pythonapi.PyThreadState_SetAsyncExc(target, None)
                break
            except DocumentTimeout:  # it landed here, as the block ended: dropped
                continue
