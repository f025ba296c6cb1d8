"""Two runs on the same input give the same bytes: every published file and the archive."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.release.build import build_release
from tests.release_data import publish, write_raw


def _files(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@pytest.mark.parametrize("epoch", [None, "1700000000"])
def test_two_runs_give_byte_identical_files_and_archives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, epoch: str | None
) -> None:
    if epoch is None:
        monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    else:
        monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
    runs = []
    for name in ("a", "b"):
        raw = write_raw(tmp_path / name / "raw")
        output = publish(raw, tmp_path / name / "output")
        archive = build_release(output, tmp_path / name / "dist")
        runs.append((_files(output), archive.read_bytes()))
    (files_a, archive_a), (files_b, archive_b) = runs
    assert sorted(files_a) == sorted(files_b)
    assert {"datapackage.json", "croissant.json", "README.md", "csv/facts/part-00000.csv"} <= set(
        files_a
    )
    for name in files_a:
        assert files_a[name] == files_b[name], f"{name} differs between two runs"
    assert archive_a == archive_b
