"""Freed memory goes back to the OS: Arrow on the system allocator, glibc's heap trimmed.
(How much RSS this saves is measured by ``make bench``, not asserted here.)"""

from __future__ import annotations

import platform
import sys

import pyarrow as pa_arrow
import pytest

from pipeline import memory


def test_the_command_line_puts_arrow_on_the_system_allocator() -> None:
    before = pa_arrow.default_memory_pool()
    try:
        memory.use_system_allocator()
        assert pa_arrow.default_memory_pool().backend_name == "system"
        table = pa_arrow.table({"a": ["x" * 1000] * 1000})
        assert pa_arrow.total_allocated_bytes() >= table.nbytes > 0  # counted in that pool
    finally:
        pa_arrow.set_memory_pool(before)


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or platform.libc_ver()[0] != "glibc",
    reason="malloc_trim is glibc's",
)
def test_release_memory_trims_glibcs_heap() -> None:
    assert memory._trim() is not None
    blocks = [bytearray(64 * 1024) for _ in range(200)]  # past pymalloc: glibc's heap
    del blocks
    assert memory.release_memory() is None


def test_release_memory_is_a_no_op_without_glibc(monkeypatch: pytest.MonkeyPatch) -> None:
    memory._trim.cache_clear()
    monkeypatch.setattr(memory.sys, "platform", "darwin")
    try:
        assert memory._trim() is None
        memory.release_memory()  # nothing to call, no error
    finally:
        memory._trim.cache_clear()
