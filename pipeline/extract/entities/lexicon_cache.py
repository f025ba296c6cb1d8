"""Lexicons built from installed packages (GeoNames cities, ISO 3166, faker's given names),
kept on disk between processes so that only the first process of a version pays for
building them.

A built lexicon is pickled under the user's cache folder (``$FACTPIPE_CACHE_DIR``, else
``$XDG_CACHE_HOME/factpipe``, else ``~/.cache/factpipe``) in a file named by a hash of
everything it is built from: the versions of the packages it reads and the source of the
modules that build it, so a new package version or a changed rule builds it again (files of
other versions are removed once unused for a week). A cache that cannot be read or written is
ignored: the lexicon is then built in memory.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import os
import pickle
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
# Files of other versions are kept this long (seconds): another checkout may use them.
_KEEP_OTHERS = 7 * 24 * 3600


def cache_dir() -> Path:
    """Where built lexicons are kept."""
    explicit = os.environ.get("FACTPIPE_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "factpipe"


def _version(package: str) -> str:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return "absent"


def _fingerprint(name: str, packages: Sequence[str], modules: Sequence[str]) -> str:
    digest = hashlib.sha256(f"{name}\x1f{sys.version_info[:2]}".encode())
    for package in packages:
        digest.update(f"\x1f{package}={_version(package)}".encode())
    for module in modules:
        source = sys.modules[module].__file__
        digest.update(Path(source).read_bytes() if source else module.encode())
    return digest.hexdigest()[:24]


def cached_lexicon(
    name: str, build: Callable[[], T], *, packages: Sequence[str], modules: Sequence[str]
) -> T:
    """``build()``, read from the cache when the same packages and modules built it
    before, else built and written there for the next process."""
    path = cache_dir() / f"{name}-{_fingerprint(name, packages, modules)}.pickle"
    try:
        with path.open("rb") as handle:
            value: T = pickle.load(handle)
        return value
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ValueError):
        pass
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp") as tmp:
            pickle.dump(value, tmp, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp.name, path)  # atomic: a concurrent reader sees all or nothing
        for old in path.parent.glob(f"{name}-*.pickle"):
            if old != path and time.time() - old.stat().st_mtime > _KEEP_OTHERS:
                old.unlink(missing_ok=True)  # built by another version, not used lately
    except OSError:
        pass
    return value
