"""Usage mistakes end in a message and exit 2, never a traceback, and never cost data."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.errors import ExitCode
from tests.conftest import ARTICLES


def test_a_malformed_source_date_epoch_is_a_usage_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    result = CliRunner().invoke(cli, ["run", "--raw", str(ARTICLES), "--output", "unused"])
    assert result.exit_code == ExitCode.USAGE
    assert "SOURCE_DATE_EPOCH must be an integer" in result.output
    assert "Traceback" not in result.output
    assert not Path("unused").exists()


def test_a_folder_that_only_looks_like_an_output_is_not_replaced(tmp_path: Path) -> None:
    work = tmp_path / "work"
    (work / "jsonl").mkdir(parents=True)
    (work / "notes.txt").write_text("keep me", encoding="utf-8")
    result = CliRunner().invoke(cli, ["run", "--raw", str(ARTICLES), "--output", str(work)])
    assert result.exit_code == ExitCode.USAGE
    assert "not a previous output" in result.output
    assert (work / "notes.txt").read_text(encoding="utf-8") == "keep me"


def test_output_dot_is_resolved_not_a_crash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "fresh"
    target.mkdir()
    monkeypatch.chdir(target)
    result = CliRunner().invoke(cli, ["run", "--raw", str(ARTICLES), "--output", "."])
    assert result.exit_code == 0, result.output
    assert (target / "parquet" / "facts" / "part-00000.parquet").is_file()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--jobs", "1e20"], "--jobs"),
        (["--jobs", "300"], "--jobs"),
        (["--scheduler", "tcp://127.0.0.1:1"], "--scheduler needs --executor dask"),
        (["--executor", "ray"], "--executor"),
    ],
)
def test_bad_run_options_are_usage_errors(args: list[str], message: str, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["run", "--raw", str(ARTICLES), "--output", str(tmp_path / "o"), *args]
    )
    assert result.exit_code == ExitCode.USAGE, result.output
    assert message in result.output
    assert "Traceback" not in result.output
