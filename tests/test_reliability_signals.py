"""Signals with a real process tree: a run stopped by SIGTERM (what supervisors, Airflow and
``subprocess.terminate()`` send) ends its workers, removes its temporary folder and leaves
the previous output as it was; a killed run's workers die with it; ``--jobs`` is capped
(ids of ``shared/docs/reliability-findings.md`` in the test names)."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from pipeline.errors import ExitCode
from pipeline.executors import available_cores
from pipeline.run import run_pipeline
from tests.conftest import REPO
from tests.reliability import tree, write_articles

WORDS = ["the", "river", "park", "old", "mill", "village", "green", "north", "road", "bridge"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """About 3 MB in 40 articles: a run with two workers takes several seconds."""
    raw = tmp_path_factory.mktemp("signals") / "raw"
    raw.mkdir()
    for i in range(40):
        sentences = [
            " ".join(WORDS[(n + k * 3 + i) % len(WORDS)] for k in range(6)).capitalize()
            + f" covers {n % 90 + 1} hectares."
            for n in range(2000)
        ]
        text = "\n\n".join(" ".join(sentences[j : j + 10]) for j in range(0, 2000, 10))
        (raw / f"article-{i:02d}.txt").write_text(f"= Article {i} =\n\n{text}\n", "utf-8")
    return raw


@pytest.fixture
def previous(tmp_path: Path) -> tuple[Path, dict[str, bytes | None]]:
    output = tmp_path / "out"
    run_pipeline(write_articles(tmp_path / "small"), output)
    return output, tree(output)


def _start(corpus: Path, output: Path, jobs: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "pipeline", "run", "--raw", str(corpus), "--output", str(output),
         "--jobs", str(jobs), "--no-cache", "--batch-mb", "0.05"],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def _when(condition: object, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return
        time.sleep(0.05)
    raise AssertionError("timed out")


def _workers(proc: subprocess.Popen[str]) -> list[psutil.Process]:
    try:
        return psutil.Process(proc.pid).children(recursive=True)
    except psutil.NoSuchProcess:
        return []


def _alive(process: psutil.Process) -> bool:
    try:
        return process.status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


def _building(output: Path) -> bool:
    return any(p.name.startswith(f".{output.name}.tmp-") for p in output.parent.iterdir())


@pytest.fixture
def two_cores() -> None:
    if available_cores() < 2:
        pytest.skip("--jobs 2 runs one worker on a machine with one core")


def test_s5_sigterm_ends_every_worker_and_leaves_the_previous_output(
    corpus: Path, previous: tuple[Path, dict[str, bytes | None]], two_cores: None
) -> None:
    output, before = previous
    proc = _start(corpus, output, jobs=2)
    _when(lambda: len(_workers(proc)) >= 2 and _building(output))
    time.sleep(1.0)  # the pool is busy
    workers = _workers(proc)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == ExitCode.FAILED
    assert "Aborted (SIGTERM)" in err and "was left as it was" in err
    assert "Traceback" not in err
    _when(lambda: not any(_alive(w) for w in workers), 10)
    assert tree(output) == before
    assert not _building(output)


def test_s5_workers_die_with_a_run_killed_outright(
    corpus: Path, tmp_path: Path, two_cores: None
) -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("the kernel ends the workers on Linux; elsewhere they notice within a second")
    proc = _start(corpus, tmp_path / "out", jobs=2)
    _when(lambda: len(_workers(proc)) >= 2)
    workers = _workers(proc)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    _when(lambda: not any(_alive(w) for w in workers), 10)


def test_s1_sigterm_with_one_job_removes_the_temporary_folder_at_once(
    corpus: Path, previous: tuple[Path, dict[str, bytes | None]]
) -> None:
    output, before = previous
    proc = _start(corpus, output, jobs=1)
    _when(lambda: _building(output))
    time.sleep(0.5)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == ExitCode.FAILED, err
    assert "Aborted (SIGTERM)" in err and "Traceback" not in err
    assert not _building(output)
    assert tree(output) == before


def test_j3_jobs_are_capped_at_the_cores_and_the_inputs(tmp_path: Path) -> None:
    raw = write_articles(tmp_path / "raw", count=2)
    summary = run_pipeline(raw, tmp_path / "out", jobs=200)
    assert summary.workers == min(2, available_cores())
