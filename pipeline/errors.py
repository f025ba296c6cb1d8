"""The one error model: every error a user can meet, each with its exit code, and the one
record of a failed check.

Commands raise a :class:`FactpipeError` subclass; the CLI turns any of them into a message
and the exit code it carries (``pipeline.cli.main``), so the codes are decided here and
nowhere else. Failed checks, whether found while publishing (``pipeline.validate``) or
while verifying a release (``pipeline.release.verify``), are :class:`Problem` records with
a stable ``code`` slug that tests and users can match on.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    import pandas as pd


class ExitCode(IntEnum):
    OK = 0
    FAILED = 1
    USAGE = 2
    REJECTS = 3
    STRICT_REJECTS = 4
    CLOSED_PIPE = 141  # 128 + SIGPIPE, as command-line tools end


# What each exit code means, as ``--help`` and the README list them.
EXIT_CODE_MEANINGS: dict[ExitCode, str] = {
    ExitCode.OK: "success; every input file was used",
    ExitCode.FAILED: "failed (every input rejected, invalid tables, output locked, a write\n"
    "     error, Ctrl-C or SIGTERM, an unexpected error: its log is named); nothing\n"
    "     was published, the previous output is intact",
    ExitCode.USAGE: "usage error (unknown option, input folder missing or without .txt\n"
    "     files, output unusable)",
    ExitCode.REJECTS: "published, but some input files were rejected (see the rejects table)",
    ExitCode.STRICT_REJECTS: "--strict and some input files were rejected; nothing was published",
    ExitCode.CLOSED_PIPE: "the reader of the output stopped reading (`... | head`); no message",
}


def exit_codes_help() -> str:
    """The exit-code block of a command's help text (click keeps ``\\b`` blocks as written)."""
    lines = [f"  {int(code)}  {meaning}" for code, meaning in EXIT_CODE_MEANINGS.items()]
    return "\b\nExit codes:\n" + "\n".join(lines)


@dataclass(frozen=True)
class Problem:
    """One failed check: the table and row it concerns (``row`` is None for the table as
    a whole), a stable ``code`` slug, the column (None for a check of the row), the check
    in words and the value found."""

    table: str
    row: int | None
    code: str  # e.g. "schema", "provenance.quote", "provenance.sentence", "finite"
    column: str | None
    check: str
    value: str

    @property
    def label(self) -> str:
        """The check with its column: ``date: str_matches(...)``."""
        return f"{self.column}: {self.check}" if self.column else self.check

    def format(self) -> str:
        """One line for a report: ``row 3, column date: str_matches(...) (got 'May')``."""
        where = "table" if self.row is None else f"row {self.row}"
        if self.column:
            return f"{where}, column {self.column}: {self.check} (got {self.value!r})"
        return f"{where}: {self.check} (got {self.value})"


def problems_frame(problems: Sequence[Problem]) -> pd.DataFrame:
    """Problems as a table (table, row, code, check, value), for reports."""
    import pandas as pd

    return pd.DataFrame(
        [(p.table, p.row, p.code, p.label, p.value) for p in problems],
        columns=["table", "row", "code", "check", "value"],
    )


class FactpipeError(Exception):
    """An error the user can act on: its message says what and how; ``exit_code`` is how
    the command ends."""

    exit_code: ExitCode = ExitCode.FAILED
    code = "failed"


class UsageProblem(FactpipeError):
    """The input or output given cannot be used (a usage error, not a failure)."""

    exit_code = ExitCode.USAGE
    code = "usage"


class RunError(FactpipeError):
    """The run could not complete; nothing was published."""

    code = "run-failed"


class OutputLockedError(RunError):
    """Another run holds the output's lock."""

    code = "output-locked"


class OutputWriteError(RunError):
    """The output could not be written (disk full, permissions)."""

    code = "output-write"


class WorkerDiedError(RunError):
    """A worker process died (killed, out of memory)."""

    code = "worker-died"


class NothingPublishedError(RunError):
    """Every input file was rejected: publishing empty tables would only destroy the
    previous output, so the run fails instead."""

    code = "nothing-published"

    def __init__(self, rejects: pd.DataFrame) -> None:
        self.rejects = rejects
        super().__init__(f"all {len(rejects)} input file(s) were rejected, nothing to publish")


class RejectedInputsError(FactpipeError):
    """``--strict`` was asked for and some input files were rejected."""

    exit_code = ExitCode.STRICT_REJECTS
    code = "strict-rejects"

    def __init__(self, rejects: pd.DataFrame) -> None:
        self.rejects = rejects
        super().__init__(f"{len(rejects)} input file(s) rejected and --strict is set")


class TableValidationError(RunError):
    """Published tables failed their checks; ``problems`` says where and why."""

    code = "invalid-tables"

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        super().__init__(f"{len(self.problems)} check failure(s) in the published tables")


class InputError(FactpipeError):
    """A problem with one input file that the user can fix; the run turns it into a row of
    ``rejects`` (file, reason, hint) and publishes the other files."""

    exit_code = ExitCode.REJECTS
    code = "rejected-input"

    def __init__(self, file: str, reason: str, hint: str) -> None:
        super().__init__(f"{file}: {reason}")
        self.file = file
        self.reason = reason
        self.hint = hint


class ReleaseError(FactpipeError):
    """A release cannot be built or read; the message says why and what to do."""

    code = "release"


class ArchiveError(FactpipeError):
    """An archive or checksum file is unusable; the message says why."""

    code = "archive"


class DownloadError(FactpipeError):
    """The download failed or did not verify; nothing was put in place."""

    code = "download"


class EvaluationError(FactpipeError):
    """Nothing to score, or a gold file to fix (exit 2, as the reference scorer)."""

    exit_code = ExitCode.USAGE
    code = "cannot-score"


class GoldError(EvaluationError):
    """A gold file that does not follow the guidelines, with the line to fix."""

    code = "bad-gold"

    def __init__(self, path: Path, line: int | None, problem: str) -> None:
        where = f"{path}, line {line}" if line else f"{path}"
        super().__init__(f"gold file {where}: {problem}")


class OutputError(EvaluationError):
    """The output folder holds no tables that can be scored."""

    code = "no-tables"

    def __init__(self, problem: str) -> None:
        super().__init__(f"{problem} (publish with `python -m pipeline run`)")
