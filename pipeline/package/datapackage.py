"""``datapackage.json``: the Frictionless Data Package of a published folder.

Licences, sources, one resource per part file of each table and format with its size and
SHA-256, and Table Schemas with constraints, primary and foreign keys, all generated from
the Pandera models (through ``schemas.metadata``) and the dataset's summary;
``frictionless validate datapackage.json`` checks the data against it (JSON Lines needs the
``jsonlines`` package).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pipeline.export import FORMATS, table_parts
from pipeline.export.layout import WHOLE_FILES, whole_files
from pipeline.package.dataset import DATASET_NAME, MEDIA_TYPES, build_date
from pipeline.package.licenses import License
from pipeline.package.summary import DatasetSummary
from schemas import TABLES, TableSpec
from schemas.metadata import KINDS, ColumnInfo, columns


def _constraints(spec: TableSpec, col: ColumnInfo, fmt: str) -> dict[str, Any]:
    """Frictionless constraints of one column, read from its Pandera checks."""
    out: dict[str, Any] = {}
    if not col.nullable:
        out["required"] = True
    if col.unique:
        out["unique"] = True
    if col.categories:
        out["enum"] = list(col.categories)
    for check in spec.model.to_schema().columns[col.name].checks:
        stats = check.statistics
        if check.name == "isin":
            out["enum"] = [str(v) for v in stats["allowed_values"]]
        elif check.name == "greater_than_or_equal_to":
            out["minimum"] = stats["min_value"]
        elif check.name == "less_than_or_equal_to":
            out["maximum"] = stats["max_value"]
        elif check.name == "str_length":
            if stats.get("min_value") is not None:
                out["minLength"] = stats["min_value"]
            if stats.get("max_value") is not None:
                out["maxLength"] = stats["max_value"]
        elif check.name == "str_matches":
            # frictionless' SQL export calls REGEXP on NULL cells and fails, so a nullable
            # column carries no pattern here; the Pandera models check it all the same
            if not col.nullable:
                out["pattern"] = stats["pattern"]
        else:
            raise ValueError(
                f"{spec.name}.{col.name}: no Frictionless constraint for Pandera check "
                f"{check.name!r}; teach pipeline.package._constraints about it"
            )
    return out


def table_schema(spec: TableSpec, fmt: str) -> dict[str, Any]:
    """The Frictionless Table Schema of a table, generated from its Pandera model."""
    fields = []
    for col in columns(spec):
        kind = KINDS[col.kind].frictionless
        if fmt == "parquet" and col.kind == "list":
            # frictionless 5.21 reads an empty Parquet list as a numpy array it cannot type
            kind = "any"
        field: dict[str, Any] = {
            "name": col.name,
            "type": kind,
            "title": col.title,
            "description": col.description,
        }
        constraints = _constraints(spec, col, fmt)
        if constraints:
            field["constraints"] = constraints
        fields.append(field)
    schema: dict[str, Any] = {"fields": fields, "missingValues": [""]}
    if any(col.unique for col in columns(spec) if col.name == spec.key):
        schema["primaryKey"] = [spec.key]
    keys = spec.foreign_keys
    if keys:
        schema["foreignKeys"] = [
            {
                "fields": [fk.column],
                "reference": {"resource": f"{fk.table}-{fmt}", "fields": [fk.key]},
            }
            for fk in keys
        ]
    return schema


def resource_name(table: str, fmt: str, part: int = 0) -> str:
    """The Data Package resource of one part file: ``facts-csv``, then ``facts-csv-1``…"""
    return f"{table}-{fmt}" + (f"-{part}" if part else "")


def _resource(
    folder: Path, spec: TableSpec, fmt: str, part: int, rows: int, digests: Mapping[str, str]
) -> dict[str, Any]:
    path = table_parts(folder, spec.name, fmt)[part]
    relative = path.relative_to(folder).as_posix()
    doc = " ".join((spec.model.__doc__ or "").split())
    label = {"parquet": "Parquet", "csv": "CSV", "jsonl": "JSON Lines"}[fmt]
    resource: dict[str, Any] = {
        "name": resource_name(spec.name, fmt, part),
        "title": f"{spec.name} ({label}{f', part {part + 1}' if part else ''})",
        "description": f"{doc} {rows} rows in all parts.",
        "path": relative,
        "format": fmt,
        "mediatype": MEDIA_TYPES[fmt],
    }
    if fmt != "parquet":
        resource["encoding"] = "utf-8"
        # frictionless 5.21 reads Parquet through pyarrow, counts no bytes for it and so
        # reports any declared `bytes` as wrong; SHA256SUMS and `verify` cover its size.
        resource["bytes"] = path.stat().st_size
    resource["hash"] = f"sha256:{digests[relative]}"
    if fmt == "csv":
        resource["dialect"] = {
            "header": True,
            "delimiter": ",",
            "quoteChar": '"',
            "doubleQuote": True,
            "lineTerminator": "\r\n",
        }
    if fmt == "jsonl" and path.stat().st_size == 0:
        # frictionless cannot read an empty JSON Lines file as a table: a plain file then
        resource["type"] = "file"
    else:
        resource["schema"] = table_schema(spec, fmt)
    return resource


def _license_entry(license: License, title: str | None = None) -> dict[str, str]:
    entry = {"name": license.name}
    if license.path:
        entry["path"] = license.path
    entry["title"] = title or license.title
    return entry


def datapackage(
    folder: Path, summary: DatasetSummary, version: str, digests: Mapping[str, str]
) -> dict[str, Any]:
    """The Frictionless Data Package descriptor of a published folder."""
    chosen = summary.dataset_license().license
    known = {chosen.name: chosen}
    roles = {chosen.name: ["the dataset"]}
    for license, count in summary.source_licenses():
        known.setdefault(license.name, license)
        roles.setdefault(license.name, []).append(f"the source text of {count} document(s)")
    licenses = [
        _license_entry(known[name], f"{known[name].title} ({'; '.join(parts)})")
        for name, parts in roles.items()
    ]
    sources = []
    for entry in summary.listed:
        source: dict[str, str] = {"title": f"{entry.title} ({entry.source})"}
        url = re.search(r"https?://\S+", entry.source)
        if url:
            source["path"] = url.group(0)
        sources.append(source)
    if summary.unlisted:
        sources.append(
            {"title": f"… and {summary.unlisted} more documents: see the documents table"}
        )
    info = summary.info
    package: dict[str, Any] = {
        "name": DATASET_NAME,
        "title": info.title,
        "description": info.description
        + " See README.md for the licence and the attribution of every source.",
        "version": version,
        "contributors": [{"title": name, "role": "author"} for name in info.creators],
    }
    if info.url:
        package["homepage"] = info.url
    if info.keywords:
        package["keywords"] = list(info.keywords)
    created = build_date()
    if created:
        package["created"] = created
    package["licenses"] = licenses
    package["sources"] = sources
    package["resources"] = [
        _resource(folder, spec, fmt, part, summary.rows.get(spec.name, 0), digests)
        for spec in TABLES.values()
        for fmt in FORMATS
        for part in range(len(table_parts(folder, spec.name, fmt)))
    ]
    package["resources"] += [_whole_file(folder, path, digests) for path in whole_files(folder)]
    return package


_WHOLE = {
    "sqlite": ("database", "Every table in one SQLite database, with keys and descriptions."),
    "xlsx": ("spreadsheet", "Every table as a sheet; text cells stored as text."),
}


def _whole_file(folder: Path, relative: Path, digests: Mapping[str, str]) -> dict[str, Any]:
    fmt = WHOLE_FILES[relative.as_posix()]
    name, description = _WHOLE[fmt]
    return {
        "name": name,
        "type": "file",
        "description": description,
        "path": relative.as_posix(),
        "format": fmt,
        "mediatype": MEDIA_TYPES[fmt],
        "bytes": (folder / relative).stat().st_size,
        "hash": f"sha256:{digests[relative.as_posix()]}",
    }
