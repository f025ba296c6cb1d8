"""Download a release archive, check it, and only then put it where users load it from.

The archive is fetched into a hidden temp file beside the target, its SHA-256 compared
with the one given, unpacked safely (``pipeline.release.archive.safe_extract``) into a hidden
temp folder there, and checked against its own ``SHA256SUMS``. Only then is the folder
renamed into place (replacing an older copy of the same release). On any failure the
temp files are removed and a previous copy is left as it was, so nothing half-downloaded
or unverified is ever found under the target name.
"""

from __future__ import annotations

import http.client
import os
import re
import shutil
import tempfile
import urllib.error
import urllib.request
from pathlib import Path
from typing import BinaryIO

from tqdm import tqdm

from pipeline.errors import ArchiveError, DownloadError
from pipeline.package.dataset import CHECKSUMS, DATASET_NAME, SEMVER, file_sha256
from pipeline.release.archive import MAX_BYTES, MAX_MEMBERS, checksum_problems, safe_extract
from pipeline.swap import swap_in

CHUNK = 1 << 16
_RELEASE_FOLDER = re.compile(rf"^{re.escape(DATASET_NAME)}-" + SEMVER.pattern.lstrip("^"))
TIMEOUT = 60.0  # seconds without data before giving up


def _fetch(url: str, handle: BinaryIO, progress: bool, max_bytes: int) -> int:
    """Stream ``url`` into ``handle``; return the byte count. Raises on short reads."""
    request = urllib.request.Request(url, headers={"User-Agent": "factpipe-download"})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            length = response.headers.get("Content-Length")
            total = int(length) if length and length.isdigit() else None
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
                while chunk := response.read(CHUNK):
                    handle.write(chunk)
                    received += len(chunk)
                    bar.update(len(chunk))
                    if received > max_bytes:
                        raise DownloadError(f"{url}: larger than {max_bytes} bytes, stopped")
    except urllib.error.HTTPError as err:
        raise DownloadError(f"{url}: HTTP {err.code} {err.reason}") from None
    except urllib.error.URLError as err:
        raise DownloadError(f"{url}: {err.reason}") from None
    except (http.client.HTTPException, OSError) as err:
        raise DownloadError(f"{url}: transfer failed ({type(err).__name__}: {err})") from None
    if total is not None and received != total:
        raise DownloadError(f"{url}: truncated, received {received} of {total} bytes")
    return received


def download(
    url: str,
    dest_dir: Path,
    sha256: str | None = None,
    progress: bool = True,
    *,
    max_members: int = MAX_MEMBERS,
    max_bytes: int = MAX_BYTES,
) -> Path:
    """Download the release archive at ``url`` and unpack it into ``dest_dir``.

    Returns the release folder (``dest_dir/<dataset>-<version>``). Raises
    :class:`DownloadError` when the transfer fails or is truncated, ``sha256`` (hex) does
    not match, the archive is unsafe or corrupt, or its files do not match its
    ``SHA256SUMS``; then nothing new is left in ``dest_dir``.
    """
    expected = sha256.strip().lower() if sha256 else None
    if expected is not None and not re.fullmatch(r"[0-9a-f]{64}", expected):
        raise DownloadError(f"--sha256 must be 64 hex digits, got {sha256!r}")
    dest_dir.mkdir(parents=True, exist_ok=True)
    fd, part_name = tempfile.mkstemp(dir=dest_dir, prefix=".download-", suffix=".part")
    part = Path(part_name)
    staging = Path(tempfile.mkdtemp(dir=dest_dir, prefix=".unpack-"))
    try:
        with os.fdopen(fd, "wb") as handle:
            _fetch(url, handle, progress, max_bytes)
        if expected is not None:
            actual = file_sha256(part)
            if actual != expected:
                raise DownloadError(
                    f"{url}: SHA-256 is {actual}, expected {expected} (corrupted or replaced)"
                )
        try:
            top = safe_extract(part, staging, max_members=max_members, max_bytes=max_bytes)
        except ArchiveError as err:
            raise DownloadError(f"{url}: {err}") from None
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
        target = dest_dir / top.name
        if target.exists() and not target.is_dir():
            raise DownloadError(f"{target} exists and is not a folder; move it away first")
        swap_in(top, target)
        return target
    finally:
        part.unlink(missing_ok=True)
        shutil.rmtree(staging, ignore_errors=True)
