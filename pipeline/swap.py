"""Put a folder in place of another atomically: a reader of the target sees the old folder
or the new one, never a mix or nothing.

On Linux one ``renameat2(RENAME_EXCHANGE)`` swaps the two; elsewhere (or where the file
system cannot) two renames do, through ``.<target>.old-<pid>``, which the next run of the
caller puts back if the process died between them (:func:`pipeline.publish.clean_leftovers`).
Used by publishing and by ``download``.

Once the new folder is in place the swap has succeeded, whatever happens next: failing to
remove the old folder (a file in it the user may not delete) is reported as a warning, not
as a failure, and the old folder is left where the caller's cleanup finds it.
"""

from __future__ import annotations

import ctypes
import errno
import os
import shutil
import sys
from pathlib import Path

_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically (Linux ``renameat2(RENAME_EXCHANGE)``); ``False`` when
    the system or the file system cannot, so the caller falls back to two renames."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_uint,
    ]
    renameat2.restype = ctypes.c_int
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), str(b))


def remove_path(path: Path) -> None:
    if path.is_symlink() or path.is_file():
        path.unlink()
    elif path.exists():
        shutil.rmtree(path)


def remove_tree(path: Path, last: str | None = None) -> None:
    """Remove the folder ``path``; its entry named ``last`` (a marker file) goes last, so a
    removal that fails half-way leaves a folder that is still recognised by it."""
    if last is None or path.is_symlink() or not path.is_dir():
        remove_path(path)
        return
    for entry in path.iterdir():
        if entry.name != last:
            remove_path(entry)
    (path / last).unlink(missing_ok=True)
    path.rmdir()


def old_prefix(output: Path) -> str:
    """Name prefix of the old folder the two-rename fallback moves aside."""
    return f".{output.name}.old-"


def swap_in(build: Path, output: Path, marker: str | None = None) -> str | None:
    """Put ``build`` in place of ``output``; the old output is removed afterwards (its
    ``marker`` file last, see :func:`remove_tree`).

    A reader sees either the old or the new folder, never a mix. If the process dies
    between the two renames of the fallback, the next run puts the old folder back.
    Returns None, or a warning when the old folder could not be removed completely (it is
    left at the path the warning names). Raises ``OSError`` only when ``output`` was not
    replaced.
    """
    if not output.exists() and not output.is_symlink():
        build.rename(output)
        return None
    if _exchange(build, output):
        old = build  # it now holds the previous output
    else:
        old = output.with_name(f"{old_prefix(output)}{os.getpid()}")
        output.rename(old)
        try:
            build.rename(output)
        except OSError:
            old.rename(output)
            raise
    try:
        remove_tree(old, marker)
    except OSError as err:
        return (
            f"{output} was replaced, but the previous version could not be removed entirely "
            f"({err.strerror or err}: {err.filename or old}); it was left as {old}, remove it "
            "when you can (the next run tries again)"
        )
    return None
