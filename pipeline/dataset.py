"""What a published dataset is: its name, licence, files, checksums and relations.

Shared by the metadata writers (``pipeline.package``, ``pipeline.croissant``,
``pipeline.card``) and by releases (``pipeline.release``), so each fact is stated once.
Everything is derived from the Pandera models (``schemas``), the export layout
(``pipeline.export``) and the ``documents`` table; nothing depends on the clock except
the optional build date, which is read from ``SOURCE_DATE_EPOCH`` only.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from pipeline.export import FORMATS, read_table, table_path
from schemas import TABLES, TableSpec
from schemas.metadata import columns

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
METADATA_FILES = (DATAPACKAGE, CROISSANT, CARD)

MEDIA_TYPES = {
    "parquet": "application/vnd.apache.parquet",
    "csv": "text/csv",
    "json": "application/json",
}


@dataclass(frozen=True)
class License:
    """A licence as Frictionless and Croissant name it: SPDX-style id, URL, human title."""

    name: str
    path: str | None
    title: str


# The source text is CC BY-SA; adapted material must be shared under the same licence.
DATASET_LICENSE = License(
    "CC-BY-SA-4.0",
    "https://creativecommons.org/licenses/by-sa/4.0/",
    "Creative Commons Attribution-ShareAlike 4.0 International",
)

_CC = re.compile(r"^CC[\s-]*(BY(?:[\s-]*(?:NC|SA|ND))*)[\s-]*(\d\.\d)$", re.IGNORECASE)
_CC_ZERO = re.compile(r"^CC[\s-]*0(?:[\s-]*1\.0)?$", re.IGNORECASE)


def license_for(text: str) -> License:
    """Read a licence as written in ``sources.csv`` (``CC BY-SA 4.0``, ``CC0``, …)."""
    raw = " ".join(text.split())
    if _CC_ZERO.match(raw):
        return License(
            "CC0-1.0", "https://creativecommons.org/publicdomain/zero/1.0/", "CC0 1.0 Universal"
        )
    match = _CC.match(raw)
    if match:
        terms = re.sub(r"[\s-]+", "-", match.group(1).upper())
        version = match.group(2)
        return License(
            f"CC-{terms}-{version}",
            f"https://creativecommons.org/licenses/{terms.lower()}/{version}/",
            f"CC {terms} {version}",
        )
    name = re.sub(r"[^A-Za-z0-9._-]+", "-", raw).strip("-") or "unknown"
    return License(name, None, raw)


def source_licenses(documents: pd.DataFrame) -> list[tuple[License, int]]:
    """The distinct licences of the source documents, with how many documents each covers."""
    counts: dict[License, int] = {}
    for value in documents["license"]:
        if isinstance(value, str) and value.strip():
            found = license_for(value)
            counts[found] = counts.get(found, 0) + 1
    return sorted(counts.items(), key=lambda item: item[0].name)


def unlicensed_documents(documents: pd.DataFrame) -> list[str]:
    """Ids of the documents whose licence is not recorded."""
    return sorted(
        str(doc_id)
        for doc_id, value in zip(documents["doc_id"], documents["license"], strict=True)
        if not (isinstance(value, str) and value.strip())
    )


def source_date_epoch() -> int | None:
    """``SOURCE_DATE_EPOCH`` (seconds), None when unset; ValueError when not an integer."""
    text = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not text:
        return None
    try:
        return int(text)
    except ValueError:
        raise ValueError(f"SOURCE_DATE_EPOCH must be an integer, got {text!r}") from None


def build_date() -> str | None:
    """The build time from ``SOURCE_DATE_EPOCH`` (ISO 8601, UTC), or None when unset."""
    seconds = source_date_epoch()
    if seconds is None:
        return None
    return dt.datetime.fromtimestamp(seconds, tz=dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def data_file_digests(folder: Path) -> dict[str, str]:
    """SHA-256 of every data file of a published folder, by POSIX path relative to it
    (computed once per run and shared by the Data Package and Croissant metadata)."""
    return {path.as_posix(): file_sha256(folder / path) for path in data_files()}


def data_files() -> list[Path]:
    """The data files of a published folder, relative to it, in table then format order."""
    return [table_path(Path(), name, fmt) for name in TABLES for fmt in FORMATS]


def file_sha256(path: Path) -> str:
    """Hex SHA-256 of a file, read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


@dataclass(frozen=True)
class ForeignKey:
    column: str
    table: str
    key: str


def foreign_keys(spec: TableSpec) -> list[ForeignKey]:
    """Columns of ``spec`` that point at another table's unique key.

    A required column named like another table's unique key references it
    (``facts.doc_id`` → ``documents.doc_id``). Nullable ones do not: ``quarantine`` holds
    rows that failed checks, including ones whose ids point nowhere.
    """
    keys = {
        other.key: other.name
        for other in TABLES.values()
        if other.name != spec.name and any(c.unique for c in columns(other) if c.name == other.key)
    }
    return [
        ForeignKey(col.name, keys[col.name], col.name)
        for col in columns(spec)
        if col.name in keys and not col.nullable
    ]


def read_tables(folder: Path, fmt: str = "parquet") -> dict[str, pd.DataFrame]:
    """Every published table of ``folder`` in one format, validated by its model."""
    return {name: read_table(folder, name, fmt) for name in TABLES}
