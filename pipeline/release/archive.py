"""Release archives: deterministic ``.tar.gz`` writing, safe unpacking, ``SHA256SUMS``.

Writing is reproducible: members sorted by name, every mtime set to ``SOURCE_DATE_EPOCH``
(or 0), uid/gid 0 with no user or group names, fixed modes, and a gzip header with mtime 0
and no file name, so the same files always give the same archive bytes.

Unpacking trusts nothing in the archive: absolute names, ``..``, links, devices and other
special members are refused, as are archives with too many members or bytes, or more than
one top-level folder; what is left goes through tarfile's ``data`` filter.
"""

from __future__ import annotations

import gzip
import io
import os
import re
import tarfile
import tempfile
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path, PurePosixPath

from pipeline.errors import ArchiveError, ReleaseError
from pipeline.package.dataset import CHECKSUMS, file_sha256, source_date_epoch

MAX_MEMBERS = 10_000
MAX_BYTES = 8 << 30  # 8 GiB unpacked
# A release unpacks to at most this many times its archive (its Parquet is compressed
# already; text compresses about 5x), and any archive to at least MIN_CAP: a gzip bomb is
# stopped before it is written.
MAX_RATIO = 100
MIN_CAP = 256 << 20

_CHECKSUM_LINE = re.compile(r"^(?P<digest>[0-9a-fA-F]{64}) [ *](?P<name>.+)$")


class UnpackWriteError(OSError):
    """Unpacking failed because the destination could not be written (disk full,
    permissions), not because of the archive."""


def archive_mtime() -> int:
    """Member mtimes: ``SOURCE_DATE_EPOCH`` when set, else 0."""
    try:
        return source_date_epoch() or 0
    except ValueError as err:
        raise ArchiveError(str(err)) from None


def format_checksums(folder: Path, names: Iterable[str]) -> str:
    """``sha256sum`` output for the files ``names`` (relative, POSIX) of ``folder``, sorted."""
    return "".join(f"{file_sha256(folder / name)}  {name}\n" for name in sorted(names))


def parse_checksums(text: str) -> dict[str, str]:
    """Read ``sha256sum`` output into {relative name: hex digest}; raise on a bad line."""
    out: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        match = _CHECKSUM_LINE.match(line)
        if not match:
            raise ArchiveError(f"{CHECKSUMS} line {number} is not `<sha256>  <file>`: {line!r}")
        out[match.group("name")] = match.group("digest").lower()
    return out


def unsafe_name(name: str) -> str | None:
    """Why ``name`` may not be unpacked or trusted, or None when it is a plain relative path."""
    path = PurePosixPath(name)
    if not name or path.is_absolute() or name.startswith("\\") or re.match(r"^[A-Za-z]:", name):
        return "absolute path"
    if ".." in path.parts:
        return "path with `..`"
    return None


def checksum_problems(folder: Path) -> list[str]:
    """What is wrong with ``folder`` against its ``SHA256SUMS`` (empty when all match).

    Every listed file must exist with that digest, and every file of the folder must be
    listed (a file slipped in beside the data is a problem too).
    """
    try:
        listed = parse_checksums((folder / CHECKSUMS).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as err:
        return [f"cannot read {CHECKSUMS}: {err}"]
    except ArchiveError as err:
        return [str(err)]
    problems = []
    for name, expected in listed.items():
        why = unsafe_name(name)
        if why:
            problems.append(f"{name}: listed with an {why}")
        elif not (folder / name).is_file():
            problems.append(f"{name}: listed in {CHECKSUMS} but missing")
        elif file_sha256(folder / name) != expected:
            problems.append(f"{name}: SHA-256 differs from {CHECKSUMS} (corrupted or modified)")
    present = {
        path.relative_to(folder).as_posix()
        for path in folder.rglob("*")
        if path.is_file() or path.is_symlink()
    }
    for name in sorted(present - set(listed) - {CHECKSUMS}):
        problems.append(f"{name}: present but not listed in {CHECKSUMS}")
    return problems


def _info(name: str, mtime: int, *, size: int = 0, directory: bool = False) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.type = tarfile.DIRTYPE if directory else tarfile.REGTYPE
    info.mode = 0o755 if directory else 0o644
    info.size = size
    info.mtime = mtime
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    return info


def write_archive(
    folder: Path, names: list[str], extra: dict[str, bytes], prefix: str, dest: Path
) -> None:
    """Write ``dest`` (.tar.gz) holding ``folder``'s files ``names`` and the ``extra`` files
    (name → content), all under ``prefix/``, reproducibly. ``dest`` appears only complete."""
    mtime = archive_mtime()
    contents: dict[str, bytes | Path] = {name: folder / name for name in names}
    contents.update(extra)
    folders = {prefix}
    for name in contents:
        for parent in PurePosixPath(name).parents:
            if str(parent) != ".":
                folders.add(f"{prefix}/{parent}")
    entries = sorted([*folders, *(f"{prefix}/{name}" for name in contents)])
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(f".{dest.name}.part-{os.getpid()}")
    try:
        with (
            partial.open("wb") as raw,
            gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as gz,
            tarfile.open(fileobj=gz, mode="w", format=tarfile.PAX_FORMAT) as tar,
        ):
            for entry in entries:
                if entry in folders:
                    tar.addfile(_info(entry, mtime, directory=True))
                    continue
                content = contents[entry.removeprefix(f"{prefix}/")]
                data = content.read_bytes() if isinstance(content, Path) else content
                tar.addfile(_info(entry, mtime, size=len(data)), io.BytesIO(data))
        partial.replace(dest)
    finally:
        partial.unlink(missing_ok=True)


def _check_gzip(archive: Path, limit: int) -> None:
    """Read the whole gzip stream once: its CRC and length catch corruption and truncation
    that tarfile alone can miss (it takes a damaged header after the first member for the
    end of the archive), and ``limit`` stops a decompression bomb."""
    total = 0
    with gzip.open(archive, "rb") as stream:
        while chunk := stream.read(1 << 20):
            total += len(chunk)
            if total > limit:
                raise ArchiveError(f"unpacks to more than {limit} bytes")


def unpack_cap(archive: Path, max_bytes: int = MAX_BYTES) -> int:
    """The most bytes ``archive`` may unpack to: ``max_bytes``, and at most
    :data:`MAX_RATIO` times its size (but never below :data:`MIN_CAP`)."""
    return min(max_bytes, max(MIN_CAP, MAX_RATIO * archive.stat().st_size))


def safe_extract(
    archive: Path, dest: Path, *, max_members: int = MAX_MEMBERS, max_bytes: int = MAX_BYTES
) -> Path:
    """Unpack ``archive`` (.tar.gz) into the folder ``dest``; return its one top-level folder.

    Raises :class:`ArchiveError` (and may leave a partial ``dest``, which the caller owns
    and removes) when the archive is corrupt or truncated, a member is unsafe, or it would
    unpack to more than :func:`unpack_cap`; :class:`UnpackWriteError` when ``dest`` cannot
    be written.
    """
    if not hasattr(tarfile, "data_filter"):  # Python < 3.11.4
        raise ArchiveError("safe unpacking needs Python 3.11.4 or newer (tarfile filters)")
    try:
        max_bytes = unpack_cap(archive, max_bytes)
        _check_gzip(
            archive, max_bytes + (max_members + 1) * 2 * tarfile.BLOCKSIZE + tarfile.RECORDSIZE
        )
        with tarfile.open(archive, mode="r:gz") as tar:
            members: list[tarfile.TarInfo] = []
            total = 0
            tops: set[str] = set()
            for member in tar:
                if len(members) >= max_members:
                    raise ArchiveError(f"more than {max_members} members")
                why = unsafe_name(member.name)
                if why:
                    raise ArchiveError(f"member {member.name!r}: {why} refused")
                if not (member.isfile() or member.isdir()):
                    raise ArchiveError(
                        f"member {member.name!r}: links, devices and other special files refused"
                    )
                total += member.size
                if total > max_bytes:
                    raise ArchiveError(f"unpacks to more than {max_bytes} bytes")
                tops.add(PurePosixPath(member.name).parts[0])
                members.append(member)
            if len(tops) != 1:
                raise ArchiveError(
                    f"expected one top-level folder, found {len(tops)}: {sorted(tops)[:5]}"
                )
            try:
                dest.mkdir(parents=True, exist_ok=True)
                tar.extractall(dest, members=members, filter="data")
            except (tarfile.TarError, EOFError, zlib.error, gzip.BadGzipFile):
                raise
            except OSError as err:  # the stream was read whole above: the disk failed
                raise UnpackWriteError(err.errno, err.strerror, err.filename) from None
    except UnpackWriteError:
        raise
    except (tarfile.TarError, EOFError, zlib.error, OSError) as err:
        raise ArchiveError(
            f"{archive.name} is not a readable .tar.gz ({err or type(err).__name__})"
        ) from None
    top = dest / tops.pop()
    if not top.is_dir():
        raise ArchiveError(f"the top-level member {top.name!r} is not a folder")
    return top


@contextmanager
def open_release(path: Path) -> Iterator[Path]:
    """The release folder of ``path``: a folder as is, an archive unpacked to a temp folder."""
    if path.is_dir():
        yield path
        return
    if not path.is_file():
        if path.exists():
            raise ReleaseError(
                f"{path} is not a folder or a release archive (it is a special file)"
            )
        raise ReleaseError(f"{path} does not exist")
    with tempfile.TemporaryDirectory(prefix="factpipe-release-") as tmp:
        try:
            folder = safe_extract(path, Path(tmp))
        except ArchiveError as err:
            raise ReleaseError(f"{path}: {err}") from None
        except UnpackWriteError as err:
            raise ReleaseError(
                f"{path}: cannot unpack it into the temporary folder {tmp} "
                f"({err.strerror or err}); set TMPDIR to a folder with room"
            ) from None
        yield folder
