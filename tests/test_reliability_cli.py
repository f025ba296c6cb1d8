"""The command line's last line of defence: whatever goes wrong that the code did not
foresee ends as one line, the path of a log file holding the traceback, and exit 1; an
interruption ends as one line and exit 1 (ids of ``shared/docs/reliability-findings.md``
in the test names)."""

from __future__ import annotations

import builtins
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import pipeline.__main__
import pipeline.package.dataset
import pipeline.run
from pipeline.cli import cli
from pipeline.errors import ExitCode
from tests.conftest import REPO
from tests.reliability import write_articles


def _invoke(*args: str | Path) -> tuple[int, str]:
    result = CliRunner().invoke(cli, [str(a) for a in args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output


def _log(output: str) -> Path:
    match = re.search(r"the details are in (\S+\.log)", output)
    assert match, output
    return Path(match.group(1))


def _raise(error: BaseException) -> object:
    def fail(*args: object, **kwargs: object) -> object:
        raise error

    return fail


@pytest.mark.parametrize(
    ("error", "said"),
    [
        (RuntimeError("a bug nobody foresaw"), "an unexpected error: RuntimeError: a bug"),
        (OSError(5, "Input/output error"), "a file or system error: OSError: [Errno 5]"),
        (MemoryError(), "out of memory; lower --max-document-mb or --jobs"),  # B3
        (RecursionError("maximum recursion depth exceeded"), "RecursionError"),
    ],
)
def test_an_unexpected_error_in_a_command_is_one_line_and_a_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: BaseException, said: str
) -> None:
    raw = write_articles(tmp_path / "raw")
    monkeypatch.setattr(pipeline.run, "plan_run", _raise(error))
    code, output = _invoke("run", "--raw", raw, "--output", tmp_path / "out")
    assert code == ExitCode.FAILED
    lines = [line for line in output.splitlines() if line.strip()]
    assert len(lines) == 1 and said in lines[0], output
    assert "out was left as it was" in lines[0]
    log = _log(output)
    try:
        text = log.read_text(encoding="utf-8")
        assert "Traceback (most recent call last)" in text and type(error).__name__ in text
    finally:
        log.unlink()


def test_an_unexpected_error_outside_any_command_is_one_line_and_a_log(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(
        pipeline.package.dataset, "source_date_epoch", _raise(LookupError("odd environment"))
    )
    code, output = _invoke("verify", ".")
    assert code == ExitCode.FAILED
    assert "an unexpected error: LookupError: odd environment" in output
    _log(output).unlink()


def test_ctrl_c_in_a_command_ends_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    raw = write_articles(tmp_path / "raw")
    monkeypatch.setattr(pipeline.run, "plan_run", _raise(KeyboardInterrupt()))
    code, output = _invoke("run", "--raw", raw, "--output", tmp_path / "out")
    assert code == ExitCode.FAILED
    assert output.strip() == "Aborted (Ctrl-C); " + str(tmp_path / "out") + " was left as it was"


def test_s3_ctrl_c_while_the_command_line_loads_is_no_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    real = builtins.__import__

    def interrupted(name: str, *args: object, **kwargs: object) -> object:
        if name == "pipeline.cli":
            raise KeyboardInterrupt
        return real(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", interrupted)
    with pytest.raises(SystemExit) as ended:
        pipeline.__main__.main()
    assert ended.value.code == ExitCode.FAILED
    assert capsys.readouterr().err == "Aborted (Ctrl-C)\n"


def test_j2_a_jobs_value_out_of_range_is_a_usage_error() -> None:
    code, output = _invoke("run", "--jobs", "100000000000000000000")
    assert code == ExitCode.USAGE and "0<=x<=256" in output


def test_a_reader_that_stops_reading_ends_the_command_quietly(tmp_path: Path) -> None:
    """``python -m pipeline evaluate … | head -1``: the closed pipe is no error, exit 141."""
    output = tmp_path / "out"
    assert _invoke("run", "--raw", write_articles(tmp_path / "raw"), "--output", output)[0] == 0
    gold = tmp_path / "gold.jsonl"
    sentence = "River Park covers 40 hectares."
    miss = f'{{"doc": "park-0.txt", "sentence": "{sentence}", "quantities": [], "dates": []}}'
    gold.write_text((miss + "\n") * 2000, encoding="utf-8")  # many lines of misses to print
    command = [sys.executable, "-m", "pipeline", "evaluate", "--output", str(output), str(gold)]
    reader = subprocess.Popen(
        [*command, "--verbose"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=REPO
    )
    assert reader.stdout is not None and reader.stderr is not None
    reader.stdout.readline()
    reader.stdout.close()  # the reader goes away after one line
    error = reader.stderr.read().decode()
    assert reader.wait(timeout=120) == ExitCode.CLOSED_PIPE, error
    assert error == ""
