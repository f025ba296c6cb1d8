"""Build a release: pack a verified published folder into a reproducible archive.

:func:`build_release` packs the tables, ``datapackage.json``, ``croissant.json``,
``README.md`` and a ``SHA256SUMS`` into ``<dist>/<dataset>-<version>.tar.gz``, byte for
byte the same for the same files (see :mod:`pipeline.release.archive`), after checking the
folder with :func:`pipeline.release.verify.verify`.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.errors import ReleaseError
from pipeline.package.dataset import (
    CHECKSUMS,
    DATAPACKAGE,
    DATASET_NAME,
    METADATA_FILES,
    data_files,
    file_sha256,
)
from pipeline.release.archive import format_checksums, write_archive
from pipeline.release.metadata import read_metadata
from pipeline.release.verify import verify
from pipeline.site.writer import SITE
from schemas import DATASET_VERSION


def release_name(version: str) -> str:
    return f"{DATASET_NAME}-{version}"


def build_release(output: Path, dist: Path, version: str = DATASET_VERSION) -> Path:
    """Pack ``output`` into ``dist/<dataset>-<version>.tar.gz`` (plus a ``.sha256`` beside it).

    Raises :class:`ReleaseError` when ``output`` has no metadata, was built as another
    version, fails :func:`verify`, or the archive cannot be written into ``dist``.
    """
    if not (output / DATAPACKAGE).is_file():
        raise ReleaseError(
            f"{output} has no {DATAPACKAGE}: publish it with `python -m pipeline run` first"
        )
    try:
        declared = read_metadata(output / DATAPACKAGE).get("version")
    except ReleaseError as err:
        raise ReleaseError(
            f"{output}: {err}; publish it again with `python -m pipeline run`"
        ) from None
    if declared != version:
        raise ReleaseError(
            f"{output} was built as version {declared}, not {version}: rebuild it, or release "
            f"it as {declared}"
        )
    report = verify(output)
    if not report.ok:
        raise ReleaseError(f"{output} does not verify, so it is not released:\n{report.format()}")
    names = [p.as_posix() for p in data_files(output)] + list(METADATA_FILES)
    names += [
        p.relative_to(output).as_posix() for p in sorted((output / SITE).rglob("*")) if p.is_file()
    ]
    checksums = format_checksums(output, names).encode("utf-8")
    prefix = release_name(version)
    dest = dist / f"{prefix}.tar.gz"
    sidecar = dest.with_name(dest.name + ".sha256")
    try:
        write_archive(output, names, {CHECKSUMS: checksums}, prefix, dest)
        sidecar.write_text(f"{file_sha256(dest)}  {dest.name}\n", encoding="utf-8")
    except OSError as err:
        where = err.filename or dist
        raise ReleaseError(
            f"cannot write the release into {dist} ({err.strerror or err}: {where}); choose "
            "another --dist, or free space"
        ) from None
    return dest
