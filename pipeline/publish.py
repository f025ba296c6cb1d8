"""Publish stage: the output folder's guards. The tables and metadata are written into a
temporary folder beside the output (:func:`build_folder`) and swapped in
(:func:`pipeline.swap.swap_in`), so a reader sees either the old or the new output, never
a mix; a lock stops two runs from writing the same output at once.

Callers hold the output's lock (see :func:`pipeline.run.run_pipeline`); leftovers of killed
runs (``.<output>.tmp-*``, ``.<output>.old-*``) are removed or restored by
:func:`clean_leftovers`.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from pipeline.errors import OutputLockedError, UsageProblem
from pipeline.package.dataset import DATAPACKAGE
from pipeline.swap import old_prefix, remove_path


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
        # a previous output of any version: its datapackage.json beside a parquet folder
        if names and not {DATAPACKAGE, "parquet"} <= names:
            raise UsageProblem(
                f"the output folder {output} holds other files, not a previous output "
                f"(no {DATAPACKAGE} beside a parquet folder); publishing replaces it, so "
                "choose a new or empty folder"
            )


@contextmanager
def lock_output(output: Path) -> Iterator[None]:
    """Hold ``.<output>.lock`` beside ``output`` while publishing; raise
    :class:`~pipeline.errors.OutputLockedError` at once when another run holds it."""
    lock = FileLock(str(output.with_name(f".{output.name}.lock")))
    try:
        lock.acquire(timeout=0)
    except Timeout:
        raise OutputLockedError(
            f"another run is writing {output} (it holds the lock {lock.lock_file}); "
            "wait for it to finish, then run again"
        ) from None
    try:
        yield
    finally:
        lock.release()


def _tmp_prefix(output: Path) -> str:
    return f".{output.name}.tmp-"


def clean_leftovers(output: Path) -> None:
    """Remove what killed runs left beside ``output`` (called with the lock held, so no
    live run owns them): temporary build folders, and an old output that a run killed in
    mid-swap did not put back (it is restored when ``output`` is missing)."""
    if not output.parent.is_dir():
        return
    olds = []
    for entry in output.parent.iterdir():
        if entry.name.startswith(_tmp_prefix(output)):
            remove_path(entry)
        elif entry.name.startswith(old_prefix(output)):
            olds.append(entry)
    olds.sort(key=lambda p: p.stat().st_mtime)
    if olds and not output.exists() and not output.is_symlink():
        olds.pop().rename(output)
    for old in olds:
        remove_path(old)


def build_folder(output: Path) -> Path:
    """A new, empty temporary folder beside ``output`` to build the next output in."""
    # Not tempfile.mkdtemp: its folder is private (0700) and would become the published one.
    build = output.with_name(_tmp_prefix(output) + secrets.token_hex(6))
    build.mkdir()
    return build
