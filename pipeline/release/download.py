"""Download a release archive, check it, and only then put it where users load it from.

The archive is fetched into a hidden staging folder in DEST (``.download-<random>/``), its
SHA-256 compared with the one given, unpacked safely (``pipeline.release.archive.safe_extract``)
there, and checked against its own ``SHA256SUMS`` (and for files a release does not hold).
Only then is the folder renamed into place (replacing an older copy of the same release).
On any failure, Ctrl-C or SIGTERM the staging folder is removed and a previous copy is left
as it was, so nothing half-downloaded or unverified is ever found under the target name.

A download killed outright (SIGKILL, a power cut) cannot clean up: its staging folder holds
a marker file that the live download keeps locked, and the next download into DEST removes
every marked folder whose lock is free. Nothing else in DEST is ever touched.

A transfer is stopped when the archive is announced (``Content-Length``) or found larger
than the cap, when no data arrives for :data:`TIMEOUT` seconds, and when less than
:data:`LOW_SPEED_BYTES` arrive in :data:`LOW_SPEED_SECONDS` (a trickle that would never end).
"""

from __future__ import annotations

import contextlib
import http.client
import json
import os
import re
import shutil
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from tqdm import tqdm

from pipeline.errors import ArchiveError, DownloadError, UsageProblem
from pipeline.package.dataset import CHECKSUMS, DATASET_NAME, SEMVER, file_sha256
from pipeline.release.archive import (
    MAX_BYTES,
    MAX_MEMBERS,
    UnpackWriteError,
    checksum_problems,
    safe_extract,
)
from pipeline.release.verify import unexpected_files
from pipeline.swap import remove_tree, swap_in

try:
    import fcntl
except ImportError:  # not POSIX: stale staging folders are then left alone
    fcntl = None  # type: ignore[assignment]

CHUNK = 1 << 16
_RELEASE_FOLDER = re.compile(rf"^{re.escape(DATASET_NAME)}-" + SEMVER.pattern.lstrip("^"))
TIMEOUT = 60.0  # seconds without data before giving up
LOW_SPEED_BYTES = 1024  # at least this much must arrive …
LOW_SPEED_SECONDS = 60.0  # … in every span of this many seconds
SCHEMES = ("http", "https", "file")
STAGING_PREFIX = ".download-"
STAGING_MARKER = ".factpipe-download"
_STAGING_NAME = re.compile(rf"^{re.escape(STAGING_PREFIX)}[A-Za-z0-9_]{{8}}$")


def release_url(target: str) -> str:
    """The URL to fetch for TARGET: a URL (``http``, ``https``, ``file``), or the path of a
    local archive (raises :class:`~pipeline.errors.UsageProblem` for anything else)."""
    if target and "://" not in target and Path(target).is_file():
        return Path(target).resolve().as_uri()
    try:
        parsed = urllib.parse.urlsplit(target)
        parsed.port  # noqa: B018  (raises on a bad port)
    except ValueError as err:
        raise UsageProblem(f"{target!r} is not a valid URL ({err})") from None
    if parsed.scheme.lower() not in SCHEMES or not (parsed.netloc or parsed.scheme == "file"):
        raise UsageProblem(
            f"{target!r} is neither a URL (http://, https://, file://) nor an archive file "
            "that exists"
        )
    return target


class _Speed:
    """Fails a transfer that receives less than LOW_SPEED_BYTES in LOW_SPEED_SECONDS."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.since = time.monotonic()
        self.bytes = 0

    def add(self, count: int) -> None:
        self.bytes += count
        now = time.monotonic()
        if now - self.since >= LOW_SPEED_SECONDS:
            if self.bytes < LOW_SPEED_BYTES:
                raise DownloadError(
                    f"{self.url}: too slow ({self.bytes} bytes in the last "
                    f"{now - self.since:.0f} s), stopped; try again later or from another mirror"
                )
            self.since, self.bytes = now, 0


def _fetch(url: str, handle: BinaryIO, progress: bool, max_bytes: int) -> int:
    """Stream ``url`` into ``handle``; return the byte count. Raises on short reads."""
    try:
        request = urllib.request.Request(url, headers={"User-Agent": "factpipe-download"})
    except ValueError as err:
        raise DownloadError(f"{url}: not a URL that can be fetched ({err})") from None
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            length = response.headers.get("Content-Length")
            total = int(length) if length and length.isdigit() else None
            if total is not None and total > max_bytes:
                raise DownloadError(
                    f"{url}: announces {total} bytes, more than the {max_bytes} a release may "
                    "have; not downloaded"
                )
            read = getattr(response, "read1", response.read)
            speed = _Speed(url)
            received = 0
            name = url.rsplit("/", 1)[-1] or url
            with tqdm(
                total=total,
                unit="B",
                unit_scale=True,
                unit_divisor=1024,
                desc=name,
                disable=not progress,
            ) as bar:
                while chunk := read(CHUNK):
                    try:
                        handle.write(chunk)
                    except OSError as err:
                        raise _WriteFailed(err) from None
                    received += len(chunk)
                    bar.update(len(chunk))
                    if received > max_bytes:
                        raise DownloadError(f"{url}: larger than {max_bytes} bytes, stopped")
                    speed.add(len(chunk))
    except _WriteFailed as failed:
        raise DownloadError(
            f"cannot write the download into its folder ({failed.error.strerror or failed.error}); "
            "nothing was changed there"
        ) from None
    except urllib.error.HTTPError as err:
        raise DownloadError(f"{url}: HTTP {err.code} {err.reason}") from None
    except urllib.error.URLError as err:
        raise DownloadError(f"{url}: {err.reason}") from None
    except (http.client.HTTPException, OSError, ValueError) as err:
        raise DownloadError(f"{url}: transfer failed ({type(err).__name__}: {err})") from None
    if total is not None and received != total:
        raise DownloadError(f"{url}: truncated, received {received} of {total} bytes")
    return received


class _WriteFailed(Exception):
    def __init__(self, error: OSError) -> None:
        self.error = error


def _lock(handle: Any) -> bool:
    """Take the lock of a staging marker without waiting; False when another holds it."""
    if fcntl is None:
        return False
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def clean_stale(dest: Path) -> None:
    """Remove the staging folders of downloads into ``dest`` that were killed: those that
    hold a marker nobody has locked. Nothing unmarked is touched."""
    try:
        entries = [e for e in dest.iterdir() if _STAGING_NAME.match(e.name)]
    except OSError:
        return
    for entry in entries:
        marker = entry / STAGING_MARKER
        if entry.is_symlink() or not entry.is_dir() or not marker.is_file():
            continue
        try:
            with marker.open("rb") as handle:
                if (
                    not _lock(handle)
                    or json.loads(handle.read() or b"{}").get("tool") != "factpipe"
                ):
                    continue
                remove_tree(entry, STAGING_MARKER)
        except (OSError, ValueError, AttributeError):
            continue


@contextlib.contextmanager
def _staging(dest: Path) -> Iterator[Path]:
    """A new staging folder in ``dest``, marked and locked while the download runs."""
    try:
        dest.mkdir(parents=True, exist_ok=True)
        clean_stale(dest)
        folder = Path(tempfile.mkdtemp(dir=dest, prefix=STAGING_PREFIX))
    except OSError as err:
        raise DownloadError(
            f"cannot write into {dest} ({err.strerror or err}); choose another --dest"
        ) from None
    try:
        with (folder / STAGING_MARKER).open("wb") as marker:
            marker.write(json.dumps({"tool": "factpipe", "pid": os.getpid()}).encode())
            marker.flush()
            _lock(marker)
            yield folder
    except OSError as err:
        raise DownloadError(
            f"cannot write into {dest} ({err.strerror or err}); choose another --dest"
        ) from None
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def download(
    url: str,
    dest_dir: Path,
    sha256: str | None = None,
    progress: bool = True,
    *,
    max_members: int = MAX_MEMBERS,
    max_bytes: int = MAX_BYTES,
) -> Path:
    """Download the release archive at ``url`` (a URL, or the path of a local archive:
    :func:`release_url`) and unpack it into ``dest_dir``.

    Returns the release folder (``dest_dir/<dataset>-<version>``). Raises
    :class:`DownloadError` when the transfer fails, is truncated or too slow, ``sha256``
    (hex) does not match, the archive is unsafe, corrupt or holds more than a release, its
    files do not match its ``SHA256SUMS``, or ``dest_dir`` cannot be written; then nothing
    new is left in ``dest_dir``. :class:`~pipeline.errors.UsageProblem` when ``url`` is
    neither a URL nor a file.
    """
    expected = sha256.strip().lower() if sha256 else None
    if expected is not None and not re.fullmatch(r"[0-9a-f]{64}", expected):
        raise DownloadError(f"--sha256 must be 64 hex digits, got {sha256!r}")
    url = release_url(url)
    with _staging(dest_dir) as staging:
        part = staging / "archive.part"
        with part.open("wb") as handle:
            _fetch(url, handle, progress, max_bytes)
        if expected is not None:
            actual = file_sha256(part)
            if actual != expected:
                raise DownloadError(
                    f"{url}: SHA-256 is {actual}, expected {expected} (corrupted or replaced)"
                )
        try:
            top = safe_extract(
                part, staging / "unpacked", max_members=max_members, max_bytes=max_bytes
            )
        except ArchiveError as err:
            raise DownloadError(f"{url}: {err}") from None
        except UnpackWriteError as err:
            raise DownloadError(
                f"cannot unpack {url} into {dest_dir} ({err.strerror or err}); free space "
                "or choose another --dest"
            ) from None
        part.unlink()
        if not (top / CHECKSUMS).is_file():
            raise DownloadError(f"{url}: the archive holds no {CHECKSUMS}, so it cannot be checked")
        problems = checksum_problems(top)
        if problems:
            listed = "; ".join(problems[:5]) + (" …" if len(problems) > 5 else "")
            raise DownloadError(f"{url}: files do not match {CHECKSUMS}: {listed}")
        if not _RELEASE_FOLDER.match(top.name):
            raise DownloadError(
                f"{url}: its top-level folder {top.name!r} is not a release name "
                f"({DATASET_NAME}-<version>); refusing to put it in {dest_dir}"
            )
        extra = unexpected_files(top)
        if extra:
            raise DownloadError(f"{url}: the archive holds more than a release: {extra[0]}")
        target = dest_dir / top.name
        if target.exists() and not target.is_dir():
            raise DownloadError(f"{target} exists and is not a folder; move it away first")
        swap_in(top, target)
        return target
