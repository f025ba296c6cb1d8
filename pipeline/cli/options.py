"""Options and error handling shared by the commands, defined once (each command words its
own help)."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from pipeline.errors import (
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


def report_error(err: FactpipeError, suffix: str = "") -> None:
    """Say what failed, with the details the error carries (rejects, failed checks)."""
    click.echo(f"Error: {err}{suffix}", err=True)
    if isinstance(err, RejectedInputsError | NothingPublishedError):
        echo_rejects(err.rejects)
    if isinstance(err, TableValidationError):
        report = problems_frame(err.problems)
        click.echo(report.to_string(index=False, max_rows=50), err=True)


def handles_errors(suffix: Callable[..., str] | None = None) -> Decorator:
    """End a command that raises a :class:`FactpipeError` with its message and exit code;
    ``suffix(**params)`` may add what the failure left behind (``; output was left as it
    was``)."""

    def decorate(command: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(command)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            try:
                return command(*args, **kwargs)
            except UsageProblem as err:
                ctx = click.get_current_context(silent=True)
                raise click.UsageError(str(err), ctx=ctx) from None
            except FactpipeError as err:
                report_error(err, suffix(**kwargs) if suffix else "")
                sys.exit(int(err.exit_code))

        return wrapper

    return decorate
