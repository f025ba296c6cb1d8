"""Give memory that was freed back to the operating system, so that what a long run holds
(its RSS) is what it uses, not the most it ever used.

Two allocators keep freed memory for reuse: Arrow's default pool (mimalloc or jemalloc)
and glibc's ``malloc``. Reading a table's Parquet row groups one after another (the SQLite
database at the end of a run) or encoding batch after batch leaves each of them holding
tens of MB it no longer needs: at 250 MB of input the end of a run peaked 57 MB higher with
Arrow's pool than with the system allocator, and ``malloc_trim`` between tables kept the
database step at 200 MB instead of 284 MB (measured on the bench corpus). Both calls are
no-ops where unavailable (another libc, another OS).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from collections.abc import Callable
from functools import cache

import pyarrow as pa_arrow


def use_system_allocator() -> None:
    """Make Arrow allocate with ``malloc``, which :func:`release_memory` can trim (for a
    whole process: the command line calls it once at start)."""
    pa_arrow.set_memory_pool(pa_arrow.system_memory_pool())


@cache
def _trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim: Callable[[int], int] = libc.malloc_trim  # glibc only; musl has none
    except (OSError, AttributeError):
        return None
    return trim


def release_memory() -> None:
    """Return the free memory at the top and in the holes of glibc's heap to the OS."""
    trim = _trim()
    if trim is not None:
        trim(0)
