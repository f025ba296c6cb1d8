"""Options shared by several commands, defined once (each command words its own help)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

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
