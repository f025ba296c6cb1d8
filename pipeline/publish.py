"""Publish stage: the output folder's guards. The tables and metadata are written into a
temporary folder beside the output (:func:`build_folder`) and swapped in
(:func:`pipeline.swap.swap_in`), so a reader sees either the old or the new output, never
a mix; a lock stops two runs from writing the same output at once.

Callers hold the output's lock (see :func:`pipeline.run.run_pipeline`). What killed runs
leave beside the output (``.<output>.tmp-<12 hex>``, ``.<output>.old-<pid>``) is removed
or restored by :func:`clean_leftovers`, and nothing else: a folder is taken for a leftover
only when it has exactly such a name and holds the marker file (:data:`MARKER`) a run
writes into every folder it builds. Names alone never decide, so a user's own hidden
folders (``.out.old-my-backup``), other outputs' locks and temporary folders
(``.out.old-1.lock``), caches (``.<output>.cache.sqlite``) and any file are never touched.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from pipeline.errors import OutputLockedError, OutputWriteError, UsageProblem
from pipeline.package.dataset import DATAPACKAGE
from pipeline.swap import old_prefix, remove_tree

# Written into every folder a run builds; it stays in the published output (the same bytes
# in every output), so the folder is known as this tool's wherever a killed run leaves it.
MARKER = ".factpipe-output.json"
_MARK = {"tool": "factpipe", "kind": "output"}
_TMP_SUFFIX_HEX = 12
NAME_MAX = 255


def _tmp_prefix(output: Path) -> str:
    return f".{output.name}.tmp-"


def _leftover_name(output: Path) -> re.Pattern[str]:
    """The names a run gives the folders it leaves beside ``output`` when killed."""
    tmp, old = re.escape(_tmp_prefix(output)), re.escape(old_prefix(output))
    return re.compile(rf"^(?:{tmp}[0-9a-f]{{{_TMP_SUFFIX_HEX}}}|{old}[0-9]+)$")


def write_marker(folder: Path) -> None:
    """Mark ``folder`` as an output (or the build of one) made by this tool."""
    (folder / MARKER).write_text(json.dumps(_MARK) + "\n", encoding="utf-8")


def is_marked(folder: Path) -> bool:
    """``folder`` is a real folder (not a link) holding this tool's marker."""
    try:
        if not stat.S_ISDIR(os.lstat(folder).st_mode):
            return False
        record = json.loads((folder / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return record == _MARK


def _name_bytes(name: str) -> int:
    return len(os.fsencode(name))


def check_output_folder(raw: Path, output: Path) -> None:
    """Refuse (exit 2, :class:`~pipeline.errors.UsageProblem`) an output that cannot be
    published or whose replacement would destroy something else: the input folder (or one
    holding it), a path under a file, a mount point, a name that is not UTF-8 or too long
    for the folders kept beside it, or a folder that is not a previous output."""
    if not output.name:
        raise UsageProblem(
            f"the output {output} is the root of the file system, which publishing would "
            "replace; choose a folder inside it"
        )
    raw_real, out_real = raw.resolve(), output.resolve()
    if raw_real == out_real or out_real in raw_real.parents:
        raise UsageProblem(
            f"the output folder {output} is or contains the input folder {raw}; "
            "publishing replaces the output folder, choose another one"
        )
    try:
        os.fsdecode(output).encode("utf-8")
    except UnicodeEncodeError:
        raise UsageProblem(
            f"the output path {os.fsencode(output).decode('utf-8', 'backslashreplace')} "
            "is not valid UTF-8, which the published formats cannot record; choose a name "
            "that is"
        ) from None
    for parent in output.parents:
        if parent.exists() or parent.is_symlink():
            if not parent.is_dir():
                raise UsageProblem(
                    f"the output {output} cannot be created: {parent} is a file, not a folder"
                )
            break
    longest = _tmp_prefix(output) + "0" * _TMP_SUFFIX_HEX
    if _name_bytes(longest) > NAME_MAX:
        room = NAME_MAX - (_name_bytes(longest) - _name_bytes(output.name))
        raise UsageProblem(
            f"the output folder name is {_name_bytes(output.name)} bytes long; at most {room} "
            f"can be published (the temporary folder beside it adds "
            f"{_name_bytes(longest) - _name_bytes(output.name)}), choose a shorter name"
        )
    if output.exists() and not output.is_dir():
        raise UsageProblem(f"the output {output} exists and is not a folder")
    if output.is_dir():
        if os.path.ismount(output):
            raise UsageProblem(
                f"the output folder {output} is a mount point, which cannot be replaced "
                f"atomically; publish to a folder inside it instead (e.g. --output "
                f"{output / 'data'})"
            )
        names = {p.name for p in output.iterdir()}
        # a previous output of any version: its datapackage.json beside a parquet folder
        if names and not {DATAPACKAGE, "parquet"} <= names:
            raise UsageProblem(
                f"the output folder {output} holds other files, not a previous output "
                f"(no {DATAPACKAGE} beside a parquet folder); publishing replaces it, so "
                "choose a new or empty folder"
            )


def prepare_parent(output: Path) -> None:
    """Create the folder that will hold ``output`` (raises
    :class:`~pipeline.errors.OutputWriteError` when it cannot be)."""
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise OutputWriteError(
            f"cannot create the folder {output.parent} for the output ({err.strerror or err})"
        ) from None


@contextmanager
def lock_output(output: Path) -> Iterator[None]:
    """Hold ``.<output>.lock`` beside ``output`` while publishing; raise
    :class:`~pipeline.errors.OutputLockedError` at once when another run holds it."""
    lock = FileLock(str(output.with_name(f".{output.name}.lock")))
    try:
        lock.acquire(timeout=0)
    except Timeout:
        _can_create(Path(lock.lock_file))  # filelock says "held" when it cannot create it
        raise OutputLockedError(
            f"another run is writing {output} (it holds the lock {lock.lock_file}); "
            "wait for it to finish, then run again"
        ) from None
    except OSError as err:
        raise OutputWriteError(
            f"cannot create the lock {lock.lock_file} beside the output ({err.strerror or err})"
        ) from None
    try:
        yield
    finally:
        lock.release()


def _can_create(path: Path) -> None:
    """Raise :class:`~pipeline.errors.OutputWriteError` when the lock file ``path`` can be
    neither found nor created."""
    if path.exists():
        return
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o644))
    except OSError as err:
        raise OutputWriteError(
            f"cannot create the lock {path} beside the output ({err.strerror or err})"
        ) from None


def remove_leftover(folder: Path) -> str | None:
    """Remove a folder this tool built (its marker last); a warning when it cannot be."""
    try:
        remove_tree(folder, MARKER)
    except OSError as err:
        return (
            f"could not remove {folder}, left by an earlier run ({err.strerror or err}: "
            f"{err.filename or folder}); remove it by hand"
        )
    return None


def clean_leftovers(output: Path) -> list[str]:
    """Remove what killed runs left beside ``output`` (called with the lock held, so no
    live run owns them): temporary build folders, and an old output that a run killed in
    mid-swap did not put back (it is restored when ``output`` is missing). Only marked
    folders with the exact names of a run's leftovers are touched (see :data:`MARKER`);
    returns a warning for each one that could not be removed."""
    try:
        entries = list(output.parent.iterdir())
    except OSError:
        return []
    pattern = _leftover_name(output)
    found = [e for e in entries if pattern.match(e.name) and is_marked(e)]
    olds = sorted((e for e in found if e.name.startswith(old_prefix(output))), key=_mtime)
    warnings = []
    restored = None
    if olds and not output.exists() and not output.is_symlink():
        restored = olds.pop()
        try:
            restored.rename(output)
        except OSError as err:
            warnings.append(f"could not put {restored} back as {output} ({err.strerror or err})")
    for entry in found:
        if entry != restored:
            warning = remove_leftover(entry)
            if warning is not None:
                warnings.append(warning)
    return warnings


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def build_folder(output: Path) -> Path:
    """A new, empty temporary folder beside ``output`` to build the next output in, marked
    as this tool's (raises :class:`~pipeline.errors.OutputWriteError` when it cannot be
    made)."""
    # Not tempfile.mkdtemp: its folder is private (0700) and would become the published one.
    build = output.with_name(_tmp_prefix(output) + secrets.token_hex(_TMP_SUFFIX_HEX // 2))
    try:
        build.mkdir()
        write_marker(build)
    except OSError as err:
        if build.is_dir():
            remove_leftover(build)
        raise OutputWriteError(
            f"cannot create the temporary folder {build} beside the output ({err.strerror or err})"
        ) from None
    return build
