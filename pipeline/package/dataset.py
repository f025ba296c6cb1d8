"""What a published dataset is: its name, description, files, checksums and build date.

Shared by the metadata writers (``pipeline.package``) and by releases
(``pipeline.release``), so each fact is stated once. Everything is derived from the
Pandera models (``schemas``) and the export layout (``pipeline.export``); nothing depends
on the clock except the optional build date, which is read from ``SOURCE_DATE_EPOCH`` only.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
from pathlib import Path

from pipeline.export.layout import FORMATS, table_parts, whole_files
from schemas import TABLES

DATASET_NAME = "factpipe"
DATASET_TITLE = "factpipe: sentence-grounded facts and events from encyclopedic articles"
DATASET_DESCRIPTION = (
    "Quantities (facts) and dated statements (events) extracted from encyclopedic "
    "articles, each tied to the sentence and the exact characters that state it, with the "
    "source documents, their sentences, the input files that were rejected and the "
    "extracted rows held back because they failed a check."
)

DATAPACKAGE = "datapackage.json"
CROISSANT = "croissant.json"
CARD = "README.md"
CHECKSUMS = "SHA256SUMS"
CITATION = "CITATION.cff"
METADATA_FILES = (DATAPACKAGE, CROISSANT, CARD, CITATION)
# A dataset version: semantic (1.2.3, optionally -pre.1)
SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?$")

# Each published format's media type, and the encodingFormat Croissant readers know it by
MEDIA_TYPES = {
    "parquet": "application/vnd.apache.parquet",
    "csv": "text/csv",
    "jsonl": "application/jsonl",
    "sqlite": "application/vnd.sqlite3",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
CROISSANT_ENCODINGS = {
    "parquet": "application/x-parquet",  # the identifier mlcroissant reads Parquet by
    "csv": "text/csv",
    "jsonl": "application/jsonlines",
    "sqlite": "application/vnd.sqlite3",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


# The instants a build date can name: years 1 to 9999 (what ISO 8601 dates and Python hold).
_EPOCH_RANGE = (
    int(dt.datetime(1, 1, 1, tzinfo=dt.UTC).timestamp()),
    int(dt.datetime(9999, 12, 31, 23, 59, 59, tzinfo=dt.UTC).timestamp()),
)


def source_date_epoch() -> int | None:
    """``SOURCE_DATE_EPOCH`` (seconds), None when unset; ValueError when not an integer or
    outside the years 1 to 9999."""
    text = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not text:
        return None
    try:
        seconds = int(text)
    except ValueError:
        raise ValueError(f"SOURCE_DATE_EPOCH must be an integer, got {text!r}") from None
    low, high = _EPOCH_RANGE
    if not low <= seconds <= high:
        raise ValueError(
            f"SOURCE_DATE_EPOCH must be between {low} and {high} (the years 1 to 9999), got {text}"
        )
    return seconds


def build_date() -> str | None:
    """The build time from ``SOURCE_DATE_EPOCH`` (ISO 8601, UTC), or None when unset."""
    seconds = source_date_epoch()
    if seconds is None:
        return None
    return dt.datetime.fromtimestamp(seconds, tz=dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def data_file_digests(folder: Path) -> dict[str, str]:
    """SHA-256 of every data file of a published folder, by POSIX path relative to it
    (computed once per run and shared by the Data Package and Croissant metadata)."""
    return {path.as_posix(): file_sha256(folder / path) for path in data_files(folder)}


def data_files(folder: Path) -> list[Path]:
    """The data files of a published folder, relative to it, in table, format and part
    order."""
    parts = [
        part.relative_to(folder)
        for name in TABLES
        for fmt in FORMATS
        for part in table_parts(folder, name, fmt)
    ]
    return parts + whole_files(folder)


def file_sha256(path: Path) -> str:
    """Hex SHA-256 of a file, read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
