"""Reliability of ``download`` against a server on 127.0.0.1: local paths and bad URLs,
destinations that cannot be written, oversized and trickling transfers, a full disk while
unpacking, and downloads stopped by SIGTERM or killed (ids of
``shared/docs/reliability-findings.md`` in the test names)."""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import signal
import subprocess
import sys
import tarfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import pipeline.release.download as download_module
from pipeline.errors import DownloadError, ExitCode
from pipeline.release.build import build_release
from pipeline.release.download import STAGING_MARKER, download
from schemas import DATASET_VERSION
from tests.conftest import REPO
from tests.http_server import QuietHandler, serving
from tests.release_data import publish, write_raw
from tests.reliability import cli, no_traceback


class _Handler(QuietHandler):
    """Serves a folder, plus ``/trickle`` (one byte every 0.2 s), ``/huge`` (announces
    more than any release) and ``/endless`` (64 KiB every 50 ms, for ever)."""

    def do_GET(self) -> None:
        if self.path in ("/trickle", "/huge", "/endless"):
            self.send_response(200)
            self.send_header("Content-Length", str(1 << 40 if self.path == "/huge" else 10**9))
            self.end_headers()
            try:
                while self.path != "/huge":
                    if self.path == "/trickle":
                        self.wfile.write(b"x")
                        time.sleep(0.2)
                    else:
                        self.wfile.write(bytes(1 << 16))
                        time.sleep(0.05)
                    self.wfile.flush()
            except OSError:
                pass
            return
        super().do_GET()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """(base URL, served folder) of a server on 127.0.0.1 with a good release in it."""
    root = tmp_path_factory.mktemp("dl")
    output = publish(write_raw(root / "raw"), root / "output")
    site = root / "site"
    site.mkdir()
    shutil.copy(build_release(output, root / "dist"), site / "release.tar.gz")
    with serving(site, _Handler) as url:
        yield url, site


def test_dl15_a_local_archive_path_is_downloaded_like_a_url(
    server: tuple[str, Path], tmp_path: Path
) -> None:
    _, site = server
    proc = cli("download", site / "release.tar.gz", "--dest", tmp_path, "--no-progress")
    assert proc.returncode == ExitCode.OK, proc.stderr
    assert [p.name for p in tmp_path.iterdir()] == [f"factpipe-{DATASET_VERSION}"]


@pytest.mark.parametrize("target", ["", "http://[::1", "no/such/archive.tar.gz", "ftp://x/y"])
def test_dl15_what_is_not_a_url_nor_a_file_is_a_usage_error(tmp_path: Path, target: str) -> None:
    proc = cli("download", target, "--dest", tmp_path / "d", "--no-progress")
    assert proc.returncode == ExitCode.USAGE, proc.stderr
    no_traceback(proc)
    assert not (tmp_path / "d").exists()


def test_dl16_a_dest_the_user_may_not_write_is_said_in_words(
    server: tuple[str, Path], tmp_path: Path
) -> None:
    base, _ = server
    closed = tmp_path / "closed"
    closed.mkdir()
    closed.chmod(0o555)
    try:
        for dest in (closed, closed / "new"):
            proc = cli("download", f"{base}/release.tar.gz", "--dest", dest, "--no-progress",
                       unprivileged=True)  # fmt: skip
            assert proc.returncode == ExitCode.FAILED, proc.stderr
            assert "cannot write into" in proc.stderr and "Permission denied" in proc.stderr
            no_traceback(proc)
    finally:
        closed.chmod(0o755)
    assert list(closed.iterdir()) == []


def test_dl10_a_transfer_announced_over_the_cap_is_refused_before_any_byte(
    server: tuple[str, Path], tmp_path: Path
) -> None:
    base, _ = server
    with pytest.raises(DownloadError, match="announces 1099511627776 bytes"):
        download(f"{base}/huge", tmp_path, progress=False)
    assert list(tmp_path.iterdir()) == []


def test_dl9_a_trickle_is_stopped_by_the_low_speed_limit(
    server: tuple[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    base, _ = server
    monkeypatch.setattr(download_module, "LOW_SPEED_SECONDS", 1.0)
    monkeypatch.setattr(download_module, "LOW_SPEED_BYTES", 100)
    started = time.monotonic()
    with pytest.raises(DownloadError, match="too slow"):
        download(f"{base}/trickle", tmp_path, progress=False)
    assert time.monotonic() - started < 10
    assert list(tmp_path.iterdir()) == []


def _staging(dest: Path) -> list[Path]:
    return [p for p in dest.iterdir() if p.name.startswith(".download-")]


def _start(base: str, dest: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "pipeline", "download", f"{base}/endless", "--dest", str(dest),
         "--no-progress"],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        parts = list(dest.glob(".download-*/archive.part"))
        if parts and parts[0].stat().st_size > 1 << 20:
            return proc
        time.sleep(0.1)
    proc.kill()
    raise AssertionError("the download did not start")


def test_dl11_a_download_stopped_by_sigterm_leaves_nothing_in_dest(
    server: tuple[str, Path], tmp_path: Path
) -> None:
    base, _ = server
    proc = _start(base, tmp_path)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == ExitCode.FAILED
    assert "Aborted (SIGTERM)" in err and "Traceback" not in err
    assert list(tmp_path.iterdir()) == []


def test_dl11_what_a_killed_download_left_the_next_one_removes_and_nothing_else(
    server: tuple[str, Path], tmp_path: Path
) -> None:
    base, _ = server
    (tmp_path / ".download-abcd1234.part").write_bytes(b"from an older version: not ours")
    (tmp_path / ".download-notes").mkdir()
    proc = _start(base, tmp_path)
    live = _staging(tmp_path)
    second = cli("download", f"{base}/release.tar.gz", "--dest", tmp_path, "--no-progress")
    assert second.returncode == ExitCode.OK, second.stderr
    assert set(live) <= set(_staging(tmp_path))  # a live download's folder is not touched
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    killed = [p for p in _staging(tmp_path) if (p / STAGING_MARKER).exists()]
    assert killed, "a SIGKILLed download cannot clean up after itself"
    third = cli("download", f"{base}/release.tar.gz", "--dest", tmp_path, "--no-progress")
    assert third.returncode == ExitCode.OK, third.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        ".download-abcd1234.part",
        ".download-notes",
        f"factpipe-{DATASET_VERSION}",
    ]


def _sums(files: dict[str, bytes]) -> bytes:
    return "".join(
        f"{hashlib.sha256(data).hexdigest()}  {name.split('/', 1)[1]}\n"
        for name, data in sorted(files.items())
    ).encode()


def test_dl14_a_disk_full_while_unpacking_blames_the_disk_not_the_archive(
    tmp_path: Path,
) -> None:
    files = {"factpipe-9.9.9/zeros.bin": bytes(3 << 20)}
    files["factpipe-9.9.9/SHA256SUMS"] = _sums(files)
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as tar:
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    archive = tmp_path / "release.tar.gz"
    archive.write_bytes(buffer.getvalue())
    tiny = tmp_path / "tiny"
    tiny.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small file system needs root and mount(8)")
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(tiny)]).returncode:
        pytest.skip("this environment does not allow mounting a tmpfs")
    try:
        with pytest.raises(DownloadError, match=r"cannot unpack .* \(No space left on device\)"):
            download(archive.as_uri(), tiny, progress=False)
        assert list(tiny.iterdir()) == []
    finally:
        subprocess.run(["umount", str(tiny)], check=True)


def test_v5_a_release_archive_with_a_file_slipped_in_is_not_installed(
    server: tuple[str, Path], tmp_path: Path
) -> None:
    """Listed in its SHA256SUMS or not, a file a release does not hold is refused."""
    _, site = server
    with tarfile.open(site / "release.tar.gz") as tar:
        files = {
            m.name: tar.extractfile(m).read()  # type: ignore[union-attr]
            for m in tar.getmembers()
            if m.isfile() and not m.name.endswith("/SHA256SUMS")
        }
    top = next(iter(files)).split("/", 1)[0]
    files[f"{top}/run-me.sh"] = b"echo hi\n"
    files[f"{top}/SHA256SUMS"] = _sums(files)
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as tar:
        for name, data in sorted(files.items()):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    archive = tmp_path / "slipped.tar.gz"
    archive.write_bytes(buffer.getvalue())
    dest = tmp_path / "dest"
    with pytest.raises(DownloadError, match=r"run-me\.sh: not a file of a release"):
        download(str(archive), dest, progress=False)
    assert list(dest.iterdir()) == []
