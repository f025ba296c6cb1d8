"""Downloading releases from a local HTTP server, and refusing unsafe or broken archives."""

from __future__ import annotations

import io
import tarfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.errors import ArchiveError, DownloadError
from pipeline.package.dataset import file_sha256
from pipeline.release.archive import safe_extract
from pipeline.release.build import build_release
from pipeline.release.download import download
from pipeline.release.verify import verify
from tests.http_server import QuietHandler, serving
from tests.release_data import publish, write_raw


class _Handler(QuietHandler):
    """Serves a folder; ``/liar.tar.gz`` promises more bytes than it sends."""

    def do_GET(self) -> None:
        if self.path == "/liar.tar.gz":
            body = (Path(self.directory) / "release.tar.gz").read_bytes()[:1000]
            self.send_response(200)
            self.send_header("Content-Length", str(len(body) * 4))
            self.end_headers()
            self.wfile.write(body)
            self.close_connection = True
            return
        super().do_GET()


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """(base URL, served folder) of a server on 127.0.0.1 with a good release in it."""
    root = tmp_path_factory.mktemp("served")
    output = publish(write_raw(root / "raw"), root / "output")
    site = root / "site"
    site.mkdir()
    archive = build_release(output, root / "dist")
    (site / "release.tar.gz").write_bytes(archive.read_bytes())
    data = archive.read_bytes()
    corrupted = bytearray(data)
    corrupted[len(data) // 2] ^= 0xFF
    (site / "corrupted.tar.gz").write_bytes(bytes(corrupted))
    (site / "truncated.tar.gz").write_bytes(data[: len(data) // 2])
    with serving(site, _Handler) as url:
        yield url, site


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_download_verifies_and_unpacks(served: tuple[str, Path], tmp_path: Path) -> None:
    base, site = served
    digest = file_sha256(site / "release.tar.gz")
    folder = download(f"{base}/release.tar.gz", tmp_path, sha256=digest.upper(), progress=False)
    assert folder.parent == tmp_path and folder.name.startswith("factpipe-")
    assert _leftovers(tmp_path) == [folder.name]  # no temp file or folder left beside it
    assert verify(folder).ok


@pytest.mark.parametrize(
    ("name", "with_sha", "message"),
    [
        ("corrupted.tar.gz", True, "SHA-256 is"),
        ("truncated.tar.gz", True, "SHA-256 is"),
        ("corrupted.tar.gz", False, "not a readable .tar.gz"),
        ("truncated.tar.gz", False, "not a readable .tar.gz"),
        ("liar.tar.gz", False, "truncated, received 1000 of 4000 bytes"),
        ("missing.tar.gz", False, "HTTP 404"),
    ],
)
def test_a_bad_download_leaves_nothing_behind(
    served: tuple[str, Path], tmp_path: Path, name: str, with_sha: bool, message: str
) -> None:
    base, site = served
    digest = file_sha256(site / "release.tar.gz") if with_sha else None
    with pytest.raises(DownloadError, match=message):
        download(f"{base}/{name}", tmp_path / "data", sha256=digest, progress=False)
    assert _leftovers(tmp_path / "data") == []


def test_a_failed_update_keeps_the_previous_copy(served: tuple[str, Path], tmp_path: Path) -> None:
    base, _site = served
    folder = download(f"{base}/release.tar.gz", tmp_path, progress=False)
    before = {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    with pytest.raises(DownloadError):
        download(f"{base}/corrupted.tar.gz", tmp_path, progress=False)
    assert {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()} == before
    assert download(f"{base}/release.tar.gz", tmp_path, progress=False) == folder
    assert _leftovers(tmp_path) == [folder.name]


def test_files_that_do_not_match_sha256sums_are_refused(
    served: tuple[str, Path], tmp_path: Path
) -> None:
    base, site = served
    tampered = _tar({"r/SHA256SUMS": b"0" * 64 + b"  data.csv\n", "r/data.csv": b"a,b\n"})
    (site / "tampered.tar.gz").write_bytes(tampered)
    with pytest.raises(DownloadError, match=r"data\.csv: SHA-256 differs from SHA256SUMS"):
        download(f"{base}/tampered.tar.gz", tmp_path, progress=False)
    (site / "unlisted.tar.gz").write_bytes(_tar({"r/data.csv": b"a,b\n"}))
    with pytest.raises(DownloadError, match="holds no SHA256SUMS"):
        download(f"{base}/unlisted.tar.gz", tmp_path, progress=False)
    assert _leftovers(tmp_path) == []


def test_a_malformed_sha256_option_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DownloadError, match="64 hex digits"):
        download("http://127.0.0.1:9/x.tar.gz", tmp_path, sha256="abc", progress=False)


def _tar(files: dict[str, bytes], extra: list[tarfile.TarInfo] | None = None) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as tar:
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
        for info in extra or []:
            tar.addfile(info)
    return buffer.getvalue()


def _special(name: str, kind: bytes, target: str = "") -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.type = kind
    info.linkname = target
    return info


@pytest.mark.parametrize(
    ("files", "extra", "message"),
    [
        ({"/etc/evil": b"x"}, [], "absolute path"),
        ({"r/../../evil": b"x"}, [], "`..`"),
        ({"r/a": b"x"}, [_special("r/link", tarfile.SYMTYPE, "/etc/passwd")], "links, devices"),
        ({"r/a": b"x"}, [_special("r/hard", tarfile.LNKTYPE, "r/a")], "links, devices"),
        ({"r/a": b"x"}, [_special("r/dev", tarfile.CHRTYPE)], "links, devices"),
        ({"r/a": b"x"}, [_special("r/fifo", tarfile.FIFOTYPE)], "links, devices"),
        ({"r/a": b"x", "s/b": b"y"}, [], "one top-level folder"),
        ({f"r/{i}": b"x" for i in range(6)}, [], "more than 5 members"),
        ({"r/a": b"x" * 600, "r/b": b"y" * 600}, [], "more than 1000 bytes"),
    ],
)
def test_unsafe_archives_are_refused(
    tmp_path: Path, files: dict[str, bytes], extra: list[tarfile.TarInfo], message: str
) -> None:
    archive = tmp_path / "bad.tar.gz"
    archive.write_bytes(_tar(files, extra))
    with pytest.raises(ArchiveError, match=message):
        safe_extract(archive, tmp_path / "out", max_members=5, max_bytes=1000)
    assert not (tmp_path / "out").exists()
    assert not (tmp_path / "evil").exists()


def test_a_safe_archive_unpacks(tmp_path: Path) -> None:
    archive = tmp_path / "ok.tar.gz"
    archive.write_bytes(_tar({"r/a.txt": b"alpha", "r/sub/b.txt": b"beta"}))
    top = safe_extract(archive, tmp_path / "out")
    assert top == tmp_path / "out" / "r"
    assert (top / "sub" / "b.txt").read_bytes() == b"beta"


def test_an_archive_not_named_as_a_release_cannot_replace_a_user_folder(
    served: tuple[str, Path], tmp_path: Path
) -> None:
    """A verified archive whose top folder is `raw` must not swap out the user's ./raw."""
    import hashlib

    base, site = served
    data = b"a,b\n"
    sums = f"{hashlib.sha256(data).hexdigest()}  data.csv\n".encode()
    (site / "raw.tar.gz").write_bytes(_tar({"raw/SHA256SUMS": sums, "raw/data.csv": data}))
    dest = tmp_path / "dest"
    (dest / "raw").mkdir(parents=True)
    (dest / "raw" / "article.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(DownloadError, match="is not a release name"):
        download(f"{base}/raw.tar.gz", dest, progress=False)
    assert (dest / "raw" / "article.txt").read_text(encoding="utf-8") == "mine"
    assert _leftovers(dest) == ["raw"]
