"""The release, verify, download and diff commands: output, exit codes, no tracebacks."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from pipeline.cli import cli
from pipeline.package.dataset import file_sha256
from schemas import DATASET_VERSION
from tests.release_data import publish, write_raw


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("cli")
    return publish(write_raw(root / "raw"), root / "output")


def _invoke(*args: str) -> Result:
    result = CliRunner().invoke(cli, list(args))
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    return result


def test_release_verify_and_diff(published: Path, tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    result = _invoke("release", "--output", str(published), "--dist", str(dist))
    assert result.exit_code == 0, result.output
    archive = dist / f"factpipe-{DATASET_VERSION}.tar.gz"
    assert f"wrote {archive}" in result.output
    assert f"sha256 {file_sha256(archive)}" in result.output

    result = _invoke("verify", str(archive))
    assert result.exit_code == 0, result.output
    assert "OK: every check passed" in result.output

    result = _invoke("diff", str(archive), str(published))
    assert result.exit_code == 0, result.output
    assert "facts: 0 added, 0 removed, 0 changed" in result.output


def test_verify_fails_with_exit_1_and_a_report(published: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken"
    shutil.copytree(published, broken)
    (broken / "parquet" / "facts" / "part-00000.parquet").write_bytes(b"not parquet")
    result = _invoke("verify", str(broken))
    assert result.exit_code == 1
    assert "[ FAILED] metadata hashes" in result.output
    assert "[ FAILED] schema facts" in result.output
    assert f"Error: {broken} did not verify" in result.output


def test_release_of_unpublished_folder_is_a_clear_error(tmp_path: Path) -> None:
    result = _invoke("release", "--output", str(tmp_path), "--dist", str(tmp_path / "dist"))
    assert result.exit_code == 1
    assert "has no datapackage.json" in result.output


def test_download_failure_is_a_clear_error(tmp_path: Path) -> None:
    result = _invoke(
        "download", "http://127.0.0.1:9/none.tar.gz", "--dest", str(tmp_path), "--no-progress"
    )
    assert result.exit_code == 1
    assert result.output.startswith("Error: http://127.0.0.1:9/none.tar.gz:")
    assert list(tmp_path.iterdir()) == []


def test_diff_of_a_missing_release_is_a_usage_error(tmp_path: Path) -> None:
    result = _invoke("diff", str(tmp_path / "a.tar.gz"), str(tmp_path / "b.tar.gz"))
    assert result.exit_code == 2
    assert "does not exist" in result.output


def test_every_release_command_has_help() -> None:
    for name in ("release", "verify", "download", "diff"):
        result = _invoke(name, "--help")
        assert result.exit_code == 0
        summary = (cli.commands[name].help or "").split("\n")[0]
        assert summary and summary in result.output
