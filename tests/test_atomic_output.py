"""Publishing is atomic: a failed, killed or concurrent run never damages the last output.

A run writes into ``.<output>.tmp-*`` beside the output and swaps it in only after every
table validated; a lock file (``.<output>.lock``) lets one run at a time write an output.
These tests kill a real run with SIGKILL while it extracts and while it writes, race two
real runs, and make validation and writing fail, then check that the previous output is
byte-for-byte intact and that leftovers are never taken for output and are cleaned up.
"""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner
from filelock import FileLock

import pipeline.batch
import pipeline.export.writer
import pipeline.publish
import pipeline.run
import pipeline.swap
from pipeline.cli import cli
from pipeline.errors import ExitCode, RunError
from pipeline.export import EncodedRows, read_table
from pipeline.model import Sentence
from pipeline.run import run_pipeline
from schemas import TABLES
from tests.conftest import ARTICLES, REPO

WORDS = ["the", "river", "park", "old", "mill", "village", "green", "north", "road", "bridge"]


@pytest.fixture(scope="module")
def big_raw(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """About 1.7 MB in 20 articles of 2,500 short sentences: a run takes a few seconds,
    most of it before the first file is written."""
    raw = tmp_path_factory.mktemp("big") / "raw"
    raw.mkdir()
    for i in range(20):
        sentences = [
            " ".join(WORDS[(n + k * 3 + i) % len(WORDS)] for k in range(6)).capitalize() + "."
            for n in range(2500)
        ]
        paragraphs = [" ".join(sentences[j : j + 10]) for j in range(0, len(sentences), 10)]
        text = f"= Article {i} =\n\n" + "\n\n".join(paragraphs) + "\n"
        (raw / f"article-{i:02d}.txt").write_text(text, encoding="utf-8")
    return raw


def snapshot(folder: Path) -> dict[str, bytes | None]:
    """Every file (bytes) and folder (None) under ``folder``, by relative path."""
    return {
        str(p.relative_to(folder)): (p.read_bytes() if p.is_file() else None)
        for p in sorted(folder.rglob("*"))
    }


def leftovers(output: Path) -> list[str]:
    return sorted(
        p.name
        for p in output.parent.iterdir()
        if p.name.startswith((f".{output.name}.tmp-", f".{output.name}.old-"))
    )


@pytest.fixture
def previous(tmp_path: Path) -> tuple[Path, dict[str, bytes | None]]:
    """A published output (the fixture articles) and its snapshot."""
    output = tmp_path / "output"
    run_pipeline(ARTICLES, output)
    return output, snapshot(output)


def _start_run(raw: Path, output: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "pipeline", "run", "--raw", str(raw), "--output", str(output)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _wait_for(condition: Callable[[], bool], proc: subprocess.Popen[str], what: str) -> None:
    deadline = time.monotonic() + 120
    while not condition():
        assert proc.poll() is None, f"the run ended before {what}: {proc.communicate()}"
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.001)


def _writing(output: Path) -> Callable[[], bool]:
    """True once the run has written a table into its temporary folder."""

    def check() -> bool:
        return any(
            (p / "parquet").is_dir()
            for p in output.parent.iterdir()
            if p.name.startswith(f".{output.name}.tmp-")
        )

    return check


def _assert_valid(output: Path) -> None:
    for name in TABLES:
        read_table(output, name, "parquet")


@pytest.mark.parametrize("moment", ["extracting", "writing"])
def test_sigkill_mid_run_leaves_the_previous_output_intact(
    previous: tuple[Path, dict[str, bytes | None]], big_raw: Path, moment: str
) -> None:
    output, before = previous
    lock = output.with_name(f".{output.name}.lock")
    lock.unlink()  # so that its reappearance shows the new run holds it
    proc = _start_run(big_raw, output)
    if moment == "extracting":
        _wait_for(lock.exists, proc, "the lock was taken")
        time.sleep(0.3)
    else:
        _wait_for(_writing(output), proc, "the run started writing")
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=60)
    assert proc.returncode == -signal.SIGKILL

    assert snapshot(output) == before  # byte for byte
    _assert_valid(output)
    assert all(name.startswith(f".{output.name}.tmp-") for name in leftovers(output))
    if moment == "writing":
        assert leftovers(output), "the killed run's temporary folder should still be there"

    # the next run takes the stale lock file, cleans the leftovers and publishes
    small = output.parent / "small"
    small.mkdir()
    (small / "a.txt").write_text("= A =\n\nIt is 5 km long.\n", encoding="utf-8")
    run_pipeline(small, output)
    assert leftovers(output) == []
    assert read_table(output, "documents", "parquet")["doc_id"].tolist() == ["a"]


def test_two_runs_on_one_output_one_waits_its_turn(
    previous: tuple[Path, dict[str, bytes | None]], big_raw: Path
) -> None:
    output, _ = previous
    lock = output.with_name(f".{output.name}.lock")
    lock.unlink()
    first = _start_run(big_raw, output)
    _wait_for(lock.exists, first, "the first run took the lock")
    second = subprocess.run(
        [sys.executable, "-m", "pipeline", "run", "--raw", str(ARTICLES), "--output", str(output)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert second.returncode == ExitCode.FAILED
    assert "another run is writing" in second.stderr
    assert "Traceback" not in second.stdout + second.stderr
    _, err = first.communicate(timeout=120)
    assert first.returncode == 0, err
    _assert_valid(output)
    assert len(read_table(output, "documents", "parquet")) == 20
    assert leftovers(output) == []


def test_a_held_lock_fails_the_run_with_a_clear_message(
    previous: tuple[Path, dict[str, bytes | None]],
) -> None:
    output, before = previous
    with FileLock(str(output.with_name(f".{output.name}.lock"))):
        result = CliRunner().invoke(cli, ["run", "--raw", str(ARTICLES), "--output", str(output)])
    assert result.exit_code == ExitCode.FAILED
    assert "another run is writing" in result.output
    assert "was left as it was" in result.output
    assert snapshot(output) == before


def test_a_failed_validation_leaves_the_previous_output_intact(
    previous: tuple[Path, dict[str, bytes | None]], monkeypatch: pytest.MonkeyPatch
) -> None:
    output, before = previous
    real = pipeline.batch.segment_document

    def broken(doc):  # type: ignore[no-untyped-def]
        return [
            Sentence(s.sentence_id, s.doc_id, s.section, s.paragraph_index, s.char_start,
                     s.char_end, s.text + "!")
            for s in real(doc)
        ]  # fmt: skip

    monkeypatch.setattr(pipeline.batch, "segment_document", broken)
    result = CliRunner().invoke(cli, ["run", "--raw", str(ARTICLES), "--output", str(output)])
    assert result.exit_code == ExitCode.FAILED
    assert "check failure(s)" in result.output
    assert "text: equals documents.text[char_start:char_end]" in result.output
    assert snapshot(output) == before
    assert leftovers(output) == []


def test_a_failed_write_leaves_the_previous_output_intact(
    previous: tuple[Path, dict[str, bytes | None]], monkeypatch: pytest.MonkeyPatch
) -> None:
    output, before = previous
    real = pipeline.export.writer.TableWriter.append

    def disk_full(self: pipeline.export.writer.TableWriter, rows: EncodedRows) -> None:
        if self.name == "events":
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(self.folder))
        real(self, rows)

    monkeypatch.setattr(pipeline.export.writer.TableWriter, "append", disk_full)
    result = CliRunner().invoke(cli, ["run", "--raw", str(ARTICLES), "--output", str(output)])
    assert result.exit_code == ExitCode.FAILED
    assert "No space left on device" in result.output
    assert snapshot(output) == before
    assert leftovers(output) == []


def test_a_folder_of_only_bad_files_fails_instead_of_publishing_nothing(
    previous: tuple[Path, dict[str, bytes | None]],
) -> None:
    output, before = previous
    raw = output.parent / "bad"
    raw.mkdir()
    (raw / "empty.txt").write_bytes(b"")
    (raw / "utf16.txt").write_bytes("= T =\nText.".encode("utf-16"))
    result = CliRunner().invoke(cli, ["run", "--raw", str(raw), "--output", str(output)])
    assert result.exit_code == ExitCode.FAILED
    assert "all 2 input file(s) were rejected" in result.output
    assert "utf16.txt: the file is UTF-16 encoded" in result.output
    assert snapshot(output) == before


def test_stale_leftovers_are_ignored_and_cleaned(
    previous: tuple[Path, dict[str, bytes | None]],
) -> None:
    """What killed runs left (marked as theirs) is removed; see test_reliability_output for
    what is never touched."""
    output, _ = previous
    tmp = output.with_name(f".{output.name}.tmp-00deadbeef00")
    (tmp / "parquet" / "documents").mkdir(parents=True)
    (tmp / "parquet" / "documents" / "part-00000.parquet").write_bytes(b"half-written")
    pipeline.publish.write_marker(tmp)
    old = output.with_name(f".{output.name}.old-4242")
    old.mkdir()
    pipeline.publish.write_marker(old)
    run_pipeline(ARTICLES, output)
    assert leftovers(output) == []
    _assert_valid(output)


def test_an_output_lost_in_mid_swap_is_restored(
    previous: tuple[Path, dict[str, bytes | None]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A run killed between the two renames of the fallback swap left the previous output
    as ``.<output>.old-<pid>``: the next run puts it back, even if that run then fails."""
    output, before = previous
    output.rename(output.with_name(f".{output.name}.old-4242"))

    def failing(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
        raise RunError("validation stopped by the test")

    monkeypatch.setattr(pipeline.batch, "check_extracted", failing)
    with pytest.raises(RunError):
        run_pipeline(ARTICLES, output)
    assert snapshot(output) == before
    assert leftovers(output) == []


def test_the_two_rename_fallback_swaps_too(
    previous: tuple[Path, dict[str, bytes | None]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where ``renameat2(RENAME_EXCHANGE)`` is missing (not Linux, some file systems)."""
    output, _ = previous
    monkeypatch.setattr(pipeline.swap, "_exchange", lambda a, b: False)
    small = output.parent / "small"
    small.mkdir()
    (small / "a.txt").write_text("It is 5 km long.\n", encoding="utf-8")
    run_pipeline(small, output)
    assert read_table(output, "documents", "parquet")["doc_id"].tolist() == ["a"]
    assert leftovers(output) == []


def test_the_published_folder_is_not_private(
    previous: tuple[Path, dict[str, bytes | None]],
) -> None:
    output, _ = previous
    umask = os.umask(0)
    os.umask(umask)
    assert output.stat().st_mode & 0o777 == 0o777 & ~umask
