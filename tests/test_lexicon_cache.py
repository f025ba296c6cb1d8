"""The lexicon cache: a built lexicon is read back by the next process, and a cache that
cannot be written costs nothing but the build."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.extract.entities.lexicon_cache import cached_lexicon


def test_a_lexicon_is_built_once_and_read_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FACTPIPE_CACHE_DIR", str(tmp_path))
    calls: list[int] = []

    def build() -> dict[str, int]:
        calls.append(1)
        return {"Gothenburg": 600_000}

    first = cached_lexicon("places", build, packages=("pytest",), modules=(__name__,))
    second = cached_lexicon("places", build, packages=("pytest",), modules=(__name__,))
    assert first == second == {"Gothenburg": 600_000}
    assert calls == [1]
    assert len(list(tmp_path.glob("places-*.pickle"))) == 1


def test_an_unwritable_cache_still_gives_the_lexicon(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("FACTPIPE_CACHE_DIR", str(blocked / "cache"))
    value = cached_lexicon("names", lambda: frozenset({"Anna"}), packages=(), modules=(__name__,))
    assert value == frozenset({"Anna"})
