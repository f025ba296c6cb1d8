"""Read an input file safely: only a regular file (a FIFO, socket or device is refused
before any blocking read), and never more than a given number of bytes.

The file is opened without blocking and checked on the open descriptor (``fstat``), so a
file replaced by a FIFO after the folder was planned is refused too, and a pseudo-file
that claims 0 bytes (``/proc/…``) or grows while read is still cut at the limit.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path


class NotRegularFile(OSError):
    """The path is a folder, a FIFO, a socket or a device, not a regular file; the message
    says which (``a FIFO (named pipe)``)."""


class FileTooLarge(OSError):
    """The file holds more bytes than allowed; ``size`` is what is known of it."""

    def __init__(self, path: Path, size: int) -> None:
        super().__init__(f"{path}: more than the limit ({size} bytes or more)")
        self.size = size


def file_kind(mode: int) -> str:
    """What a non-regular file is, in words."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def read_regular(path: Path, max_bytes: int | None = None) -> bytes:
    """The bytes of the regular file ``path`` (a link to one is followed).

    Raises :class:`NotRegularFile` (its message says what the file is),
    :class:`FileTooLarge` when it holds more than ``max_bytes``, or the ``OSError`` of
    opening or reading it.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    flags |= getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except IsADirectoryError:
        raise NotRegularFile("a folder") from None
    with os.fdopen(fd, "rb", buffering=0) as handle:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotRegularFile(file_kind(info.st_mode))
        if max_bytes is not None and info.st_size > max_bytes:
            raise FileTooLarge(path, info.st_size)
        chunks = []
        total = 0
        while chunk := handle.read(1 << 20):
            chunks.append(chunk)
            total += len(chunk)
            if max_bytes is not None and total > max_bytes:
                raise FileTooLarge(path, total)
        return b"".join(chunks)
