"""Reliability of the output folder: what the adversarial round found broken or fragile
(ids of ``shared/docs/reliability-findings.md`` in the test names), each reproduced first.

Permission cases run the real command line without ``CAP_DAC_OVERRIDE`` (see
``tests.reliability``), as every user but root does.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from filelock import FileLock

from pipeline.cli import cli as main
from pipeline.errors import ExitCode, OutputLockedError
from pipeline.export import read_table
from pipeline.publish import MARKER, is_marked, write_marker
from pipeline.run import default_cache, run_pipeline
from tests.reliability import cli, no_traceback, tree, write_articles


@pytest.fixture
def raw(tmp_path: Path) -> Path:
    return write_articles(tmp_path / "raw")


def _documents(output: Path) -> int:
    return len(read_table(output, "documents", "parquet"))


def test_o11_an_old_output_that_cannot_be_removed_warns_and_the_run_succeeds(
    raw: Path, tmp_path: Path
) -> None:
    """The old output holds a folder the user may not write: the new output is published
    (exit 0, not 1 'left as it was'), the rest of the old one is left with a warning, and
    later runs work, removing it once they can."""
    output = tmp_path / "o11" / "out"
    run_pipeline(raw, output)
    stuck = output / "csv" / "facts"
    stuck.chmod(0o555)
    more = write_articles(tmp_path / "more", count=3)
    try:
        first = cli("run", "--raw", more, "--output", output, unprivileged=True)
        assert first.returncode == ExitCode.OK, first.stderr
        assert "was replaced, but the previous version could not be removed" in first.stderr
        no_traceback(first)
        assert _documents(output) == 3
        left = [p for p in output.parent.iterdir() if p.name.startswith(".out.tmp-")]
        assert len(left) == 1 and is_marked(left[0])
        second = cli("run", "--raw", raw, "--output", output, unprivileged=True)
        assert second.returncode == ExitCode.OK, second.stderr
        assert f"could not remove {left[0]}" in second.stderr
        assert _documents(output) == 2
    finally:
        for path in tmp_path.rglob("*"):
            if path.is_dir() and not path.is_symlink():
                path.chmod(0o755)
    run_pipeline(more, output)
    assert not left[0].exists()


def test_i5_an_input_linked_into_a_closed_folder_is_rejected_the_rest_published(
    raw: Path, tmp_path: Path
) -> None:
    secret = tmp_path / "secret"
    secret.mkdir()
    (secret / "x.txt").write_text("It is 5 km long.\n", encoding="utf-8")
    (raw / "linked.txt").symlink_to(secret / "x.txt")
    secret.chmod(0o000)
    output = tmp_path / "out"
    try:
        proc = cli("run", "--raw", raw, "--output", output, unprivileged=True)
    finally:
        secret.chmod(0o755)
    assert proc.returncode == ExitCode.REJECTS, proc.stderr
    no_traceback(proc)
    assert "cannot write the output" not in proc.stderr
    rejects = read_table(output, "rejects", "parquet").set_index("file")
    assert "Permission denied" in rejects.loc["linked.txt", "reason"]
    assert _documents(output) == 2


def test_i4_an_input_folder_that_can_be_listed_but_not_opened_is_a_usage_error(
    raw: Path, tmp_path: Path
) -> None:
    raw.chmod(0o444)
    try:
        proc = cli("run", "--raw", raw, "--output", tmp_path / "out", unprivileged=True)
    finally:
        raw.chmod(0o755)
    assert proc.returncode == ExitCode.USAGE, proc.stderr
    assert "cannot be opened" in proc.stderr and "chmod u+x" in proc.stderr
    assert "cannot write the output" not in proc.stderr
    no_traceback(proc)


def test_c5_the_lock_and_build_of_a_sibling_output_are_never_touched(
    raw: Path, tmp_path: Path
) -> None:
    """A live run to ``data.old-1`` holds ``.data.old-1.lock`` and builds in
    ``.data.old-1.tmp-…``: a run to ``data`` must leave both alone, so a third run to
    ``data.old-1`` is still refused."""
    parent = tmp_path / "par"
    parent.mkdir()
    sibling = parent / "data.old-1"
    lock = FileLock(str(parent / ".data.old-1.lock"))
    lock.acquire()
    try:
        build = parent / ".data.old-1.tmp-0123456789ab"
        build.mkdir()
        write_marker(build)
        run_pipeline(raw, parent / "data")
        assert (parent / ".data.old-1.lock").exists()
        assert build.is_dir() and is_marked(build)
        with pytest.raises(OutputLockedError):
            run_pipeline(raw, sibling)
    finally:
        lock.release()


def test_c6_hidden_folders_and_files_that_are_not_leftovers_are_never_touched(
    raw: Path, tmp_path: Path
) -> None:
    output = tmp_path / "c6" / "out"
    cache = default_cache(output)
    run_pipeline(raw, output, cache=cache)
    mine = {
        ".out.old-my-backup": "precious",
        ".out.tmp-keep": "mine",
        ".out.tmp-0123456789ab": "named like a build, but not marked",
        ".out.old-4242": "named like an old output, but not marked",
    }
    for name, text in mine.items():
        (output.parent / name).mkdir()
        (output.parent / name / "notes.txt").write_text(text, encoding="utf-8")
    (output.parent / ".out.notes").write_text("a hidden file", encoding="utf-8")
    other = output.with_name(".other.tmp-0123456789ab")
    other.mkdir()
    write_marker(other)  # another output's build
    assert cache == output.with_name(".out.cache.sqlite") and cache.exists()
    run_pipeline(raw, output, cache=cache)
    for name, text in mine.items():
        assert (output.parent / name / "notes.txt").read_text(encoding="utf-8") == text
    assert (output.parent / ".out.notes").exists() and other.is_dir() and cache.exists()


def test_c6_with_no_output_a_users_old_named_folder_is_not_taken_for_it(tmp_path: Path) -> None:
    raw = write_articles(tmp_path / "raw")
    backup = tmp_path / "c7" / ".out.old-123"
    backup.mkdir(parents=True)
    (backup / "notes.txt").write_text("precious", encoding="utf-8")
    run_pipeline(raw, tmp_path / "c7" / "out")
    assert (backup / "notes.txt").read_text(encoding="utf-8") == "precious"
    assert not (tmp_path / "c7" / "out" / "notes.txt").exists()


def test_every_published_output_and_build_carries_the_marker(raw: Path, tmp_path: Path) -> None:
    output = tmp_path / "out"
    run_pipeline(raw, output)
    assert is_marked(output) and (output / MARKER).is_file()
    assert not is_marked(raw)


def _run(*args: str | Path) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["run", *map(str, args)])
    assert not isinstance(result.exception, Exception) or isinstance(
        result.exception, SystemExit
    ), result.exception
    return result.exit_code, result.output


def test_o2_an_output_under_a_file_is_a_usage_error(raw: Path, tmp_path: Path) -> None:
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    code, output = _run("--raw", raw, "--output", tmp_path / "afile" / "out")
    assert code == ExitCode.USAGE
    assert "is a file, not a folder" in output


def test_o4_an_output_named_like_an_article_inside_the_input_is_not_read(raw: Path) -> None:
    output = raw / "out.txt"
    assert _run("--raw", raw, "--output", output)[0] == ExitCode.OK
    code, text = _run("--raw", raw, "--output", output)
    assert code == ExitCode.OK, text
    assert "out.txt" not in set(read_table(output, "rejects", "parquet")["file"])


def test_o9_a_mount_point_as_output_is_refused_with_the_way_out(raw: Path, tmp_path: Path) -> None:
    point = tmp_path / "mnt"
    point.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a file system needs root and mount(8)")
    if subprocess.run(["mount", "-t", "tmpfs", "tmpfs", str(point)]).returncode != 0:
        pytest.skip("this environment does not allow mounting a tmpfs")
    try:
        code, text = _run("--raw", raw, "--output", point)
    finally:
        subprocess.run(["umount", str(point)], check=True)
    assert code == ExitCode.USAGE
    assert "mount point" in text and str(point / "data") in text


def test_o10_a_symlinked_output_is_updated_where_it_points(raw: Path, tmp_path: Path) -> None:
    real = tmp_path / "real" / "out"
    run_pipeline(write_articles(tmp_path / "one", count=1), real)
    link = tmp_path / "link"
    link.symlink_to(real)
    assert _run("--raw", raw, "--output", link)[0] == ExitCode.OK
    assert link.is_symlink() and link.resolve() == real.resolve()
    assert _documents(real) == 2


def test_o12_an_output_name_too_long_to_build_beside_is_a_usage_error(
    raw: Path, tmp_path: Path
) -> None:
    code, text = _run("--raw", raw, "--output", tmp_path / ("o" * 240))
    assert code == ExitCode.USAGE
    assert "choose a shorter name" in text
    assert _run("--raw", raw, "--output", tmp_path / ("o" * 230))[0] == ExitCode.OK


def test_o13_an_output_path_that_is_not_utf8_is_a_usage_error(raw: Path, tmp_path: Path) -> None:
    output = Path(os.fsdecode(os.fsencode(tmp_path) + b"/out\xfe"))
    code, text = _run("--raw", raw, "--output", output)
    assert code == ExitCode.USAGE
    assert "out\\xfe is not valid UTF-8" in text
    assert not os.path.lexists(output)


def test_a_failed_run_leaves_no_build_folder_and_the_old_output_as_it_was(
    raw: Path, tmp_path: Path
) -> None:
    output = tmp_path / "out"
    run_pipeline(raw, output)
    before = tree(output)
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    assert _run("--raw", bad, "--output", output)[0] == ExitCode.FAILED
    assert tree(output) == before
    assert [p.name for p in output.parent.iterdir() if ".tmp-" in p.name] == []


def test_an_output_beside_which_no_lock_can_be_made_says_so_not_locked(
    raw: Path, tmp_path: Path
) -> None:
    closed = tmp_path / "closed"
    closed.mkdir()
    closed.chmod(0o555)
    try:
        proc = cli("run", "--raw", raw, "--output", closed / "out", unprivileged=True)
    finally:
        closed.chmod(0o755)
    assert proc.returncode == ExitCode.FAILED
    assert "cannot create the lock" in proc.stderr and "Permission denied" in proc.stderr
    assert "another run is writing" not in proc.stderr
    no_traceback(proc)


def test_the_root_folder_as_output_is_a_usage_error(raw: Path) -> None:
    code, text = _run("--raw", raw, "--output", "/")
    assert code == ExitCode.USAGE and "root of the file system" in text
