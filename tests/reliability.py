"""Helpers of the reliability tests: the real command line in its own process, as a user
without the capability to override file permissions, and small published outputs."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

# Root reads and deletes whatever it likes; these drop that, so permission cases behave as
# they do for every other user.
NODAC = ["setpriv", "--bounding-set=-dac_override,-dac_read_search"]

ARTICLE = "= River Park =\n\nRiver Park covers 40 hectares. It opened in May 1998.\n"


def unprivileged_prefix() -> list[str]:
    """The command prefix that runs a process without ``CAP_DAC_OVERRIDE`` (nothing when
    the tests do not run as root); skips the test when root cannot drop it."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("running as root and setpriv is missing: cannot drop CAP_DAC_OVERRIDE")
    return NODAC


def cli(
    *args: str | Path,
    unprivileged: bool = False,
    env: dict[str, str] | None = None,
    timeout: float = 300,
    cwd: Path = REPO,
) -> subprocess.CompletedProcess[str]:
    """``python -m pipeline ARGS`` in a new process (optionally without DAC override)."""
    prefix = unprivileged_prefix() if unprivileged else []
    command = [*prefix, sys.executable, "-m", "pipeline", *map(str, args)]
    return subprocess.run(
        command,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
    )


def no_traceback(proc: subprocess.CompletedProcess[str]) -> None:
    """The process said what went wrong in words, without a Python traceback."""
    assert "Traceback" not in proc.stdout + proc.stderr, proc.stderr


def write_articles(folder: Path, count: int = 2) -> Path:
    """A folder of ``count`` small articles."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        (folder / f"park-{i}.txt").write_text(
            ARTICLE.replace("River", f"River {i}"), encoding="utf-8"
        )
    return folder


def tree(folder: Path) -> dict[str, bytes | None]:
    """Every file (bytes) and folder (None) under ``folder``, by relative path."""
    return {
        str(p.relative_to(folder)): (p.read_bytes() if p.is_file() else None)
        for p in sorted(folder.rglob("*"))
    }
