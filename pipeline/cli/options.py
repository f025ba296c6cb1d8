"""Options and error handling shared by the commands, defined once (each command words its
own help).

Every command ends through :func:`handles_errors`: a :class:`~pipeline.errors.FactpipeError`
ends with its message and exit code; ``SIGTERM`` (and ``SIGHUP``) is turned into an
interruption that unwinds the command like Ctrl-C does, so its cleanup runs; anything else
(a bug, or an environment the code did not foresee) ends with one line, the path of a log
file holding the traceback, and exit 1: a user never sees a raw traceback.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import signal
import sys
import tempfile
import threading
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import Any, NoReturn

import click

from pipeline.errors import (
    ExitCode,
    FactpipeError,
    NothingPublishedError,
    RejectedInputsError,
    TableValidationError,
    UsageProblem,
    problems_frame,
)

Decorator = Callable[[Callable[..., Any]], Callable[..., Any]]


def folder_option(name: str, default: str, help: str) -> Decorator:
    """``--NAME DIRECTORY`` with a default folder, as a :class:`pathlib.Path`."""
    return click.option(
        f"--{name}",
        type=click.Path(file_okay=False, path_type=Path),
        default=Path(default),
        show_default=True,
        help=help,
    )


def output_option(help: str) -> Decorator:
    """``--output DIRECTORY``: the published folder (default ``output``)."""
    return folder_option("output", "output", help)


def echo_rejects(rejects: Any) -> None:
    """The rejects table on standard error, one file per line with its reason and fix."""
    click.echo("rejected input files (file: reason — how to fix):", err=True)
    for row in rejects.itertuples(index=False):
        click.echo(f"  {row.file}: {row.reason} — {row.hint}", err=True)


def printable(text: str) -> str:
    """``text`` as it can be printed: bytes of a path that are not UTF-8 (lone surrogates)
    shown as escapes."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def report_error(err: FactpipeError, suffix: str = "") -> None:
    """Say what failed, with the details the error carries (rejects, failed checks)."""
    click.echo(printable(f"Error: {err}{suffix}"), err=True)
    if isinstance(err, RejectedInputsError | NothingPublishedError):
        echo_rejects(err.rejects)
    if isinstance(err, TableValidationError):
        report = problems_frame(err.problems)
        click.echo(report.to_string(index=False, max_rows=50), err=True)


class Interrupted(KeyboardInterrupt):
    """A termination signal, raised in the main thread so that the command unwinds (and
    cleans up) as it does for Ctrl-C."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


def _interrupt(signum: int, frame: FrameType | None) -> None:
    for name in _SIGNALS:
        signal.signal(getattr(signal, name), signal.SIG_IGN)  # let the cleanup finish
    raise Interrupted(signum)


_SIGNALS = tuple(name for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))


@contextmanager
def interruptible() -> Iterator[None]:
    """Turn ``SIGTERM``/``SIGHUP`` into :class:`Interrupted` while the block runs (main
    thread only; a signal the caller set to be ignored stays ignored)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {}
    for name in _SIGNALS:
        number = getattr(signal, name)
        if signal.getsignal(number) is signal.SIG_DFL:
            previous[number] = signal.signal(number, _interrupt)
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def crash_log(err: BaseException) -> Path | None:
    """Write ``err``'s traceback, with the command line and versions, to a new log file in
    the temporary folder; its path, or None when it could not be written."""
    try:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        fd, name = tempfile.mkstemp(prefix=f"factpipe-error-{stamp}-", suffix=".log")
        with os.fdopen(fd, "w", encoding="utf-8", errors="backslashreplace") as log:
            log.write(f"command: {' '.join(sys.argv)}\n")
            log.write(f"python: {sys.version.split()[0]} on {sys.platform}\n\n")
            traceback.print_exception(err, file=log)
        return Path(name)
    except Exception:
        return None


def _one_line(err: BaseException) -> str:
    text = " ".join(str(err).split())
    if len(text) > 300:
        text = text[:300] + "…"
    return f"{type(err).__name__}: {text}" if text else type(err).__name__


def report_crash(err: BaseException, suffix: str = "") -> NoReturn:
    """End on an unexpected error: one line, the log holding the traceback, exit 1."""
    log = crash_log(err)
    where = f"; the details are in {log}" if log else ""
    if isinstance(err, MemoryError):
        what = "out of memory; lower --max-document-mb or --jobs, or give the process more memory"
    elif isinstance(err, OSError):
        what = f"a file or system error: {_one_line(err)}"
    else:
        what = f"an unexpected error: {_one_line(err)}"
    click.echo(printable(f"Error: {what}{suffix}{where}"), err=True)
    sys.exit(int(ExitCode.FAILED))


def closed_pipe() -> NoReturn:
    """End quietly when the reader of our output went away (``… | head``), as command-line
    tools do: no message, exit 141 (128 + SIGPIPE); stdout is pointed at the null device so
    that flushing it at exit raises nothing more."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    sys.exit(int(ExitCode.CLOSED_PIPE))


def handles_errors(suffix: Callable[..., str] | None = None) -> Decorator:
    """End a command that raises a :class:`FactpipeError` with its message and exit code;
    ``suffix(**params)`` may add what the failure left behind (``; output was left as it
    was``). An interruption (Ctrl-C, ``SIGTERM``) ends with exit 1 after the command's
    cleanup ran; any other error with :func:`report_crash`."""

    def decorate(command: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(command)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            after = suffix(**kwargs) if suffix else ""
            try:
                with interruptible():
                    return command(*args, **kwargs)
            except UsageProblem as err:
                ctx = click.get_current_context(silent=True)
                raise click.UsageError(printable(str(err)), ctx=ctx) from None
            except FactpipeError as err:
                report_error(err, after)
                sys.exit(int(err.exit_code))
            except KeyboardInterrupt as err:
                name = err.args[0] if isinstance(err, Interrupted) else "Ctrl-C"
                click.echo(printable(f"Aborted ({name}){after}"), err=True)
                sys.exit(int(ExitCode.FAILED))
            except (click.exceptions.Exit, click.ClickException, click.Abort):
                raise
            except BrokenPipeError:
                closed_pipe()
            except Exception as err:
                report_crash(err, after)

        return wrapper

    return decorate
