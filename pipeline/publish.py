"""Atomic publishing: write the tables into a temporary folder beside the output, then
swap it in.

The swap is one atomic ``renameat2(RENAME_EXCHANGE)`` on Linux (two renames elsewhere),
so a reader sees either the old or the new output, never a mix. Callers hold the output's
lock (see :func:`pipeline.run.run_pipeline`); leftovers of killed runs
(``.<output>.tmp-*``, ``.<output>.old-*``) are removed or restored by
:func:`clean_leftovers`.
"""

from __future__ import annotations

import ctypes
import errno
import os
import secrets
import shutil
import sys
from pathlib import Path

import pandas as pd

from pipeline.export import write_table
from pipeline.package import write_package_metadata
from schemas import DATASET_VERSION, TABLES

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


def _remove(path: Path) -> None:
    if path.is_symlink() or path.is_file():
        path.unlink()
    elif path.exists():
        shutil.rmtree(path)


def _tmp_prefix(output: Path) -> str:
    return f".{output.name}.tmp-"


def _old_prefix(output: Path) -> str:
    return f".{output.name}.old-"


def swap_in(build: Path, output: Path) -> None:
    """Put ``build`` in place of ``output``; the old output is removed afterwards.

    A reader sees either the old or the new folder, never a mix. If the process dies
    between the two renames of the fallback, the next run puts the old folder back.
    """
    if not output.exists() and not output.is_symlink():
        build.rename(output)
        return
    if _exchange(build, output):
        _remove(build)  # it now holds the previous output
        return
    old = output.with_name(f"{_old_prefix(output)}{os.getpid()}")
    output.rename(old)
    build.rename(output)
    _remove(old)


def clean_leftovers(output: Path) -> None:
    """Remove what killed runs left beside ``output`` (called with the lock held, so no
    live run owns them): temporary build folders, and an old output that a run killed in
    mid-swap did not put back (it is restored when ``output`` is missing)."""
    if not output.parent.is_dir():
        return
    olds = []
    for entry in output.parent.iterdir():
        if entry.name.startswith(_tmp_prefix(output)):
            _remove(entry)
        elif entry.name.startswith(_old_prefix(output)):
            olds.append(entry)
    olds.sort(key=lambda p: p.stat().st_mtime)
    if olds and not output.exists() and not output.is_symlink():
        olds.pop().rename(output)
    for old in olds:
        _remove(old)


def publish_tables(tables: dict[str, pd.DataFrame], output: Path) -> list[Path]:
    """Write every table and the package metadata into a temporary folder beside
    ``output`` and swap it in; return the published files."""
    # Not tempfile.mkdtemp: its folder is private (0700) and would become the published one.
    build = output.with_name(_tmp_prefix(output) + secrets.token_hex(6))
    build.mkdir()
    try:
        files = [path for name in TABLES for path in write_table(tables[name], build, name)]
        files += write_package_metadata(build, tables, DATASET_VERSION)
        swap_in(build, output)
    finally:
        if build.exists():
            _remove(build)
    return [output / path.relative_to(build) for path in files]
