"""``datapackage.json``: the Frictionless Data Package of a published folder.

Licences, sources, one resource per table and format with its size and SHA-256, and Table
Schemas with constraints, primary and foreign keys, all generated from the Pandera models
(through ``schemas.metadata``) and the ``documents`` table; ``frictionless validate
datapackage.json`` checks the data against it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline.export import FORMATS, table_path
from pipeline.package.dataset import (
    DATASET_DESCRIPTION,
    DATASET_NAME,
    DATASET_TITLE,
    MEDIA_TYPES,
    build_date,
)
from pipeline.package.licenses import DATASET_LICENSE, License, source_licenses
from schemas import TABLES, TableSpec
from schemas.metadata import KINDS, ColumnInfo, columns

TABULAR_FORMATS = ("parquet", "csv")  # frictionless 5.21 reads JSON tables only with an extra


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
            # In CSV a cell may carry the formula-escaping quote (`'-0026`), so a pattern
            # holds only for the Parquet copy; pipeline.release.verify checks CSV itself.
            if fmt == "parquet":
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


def _resource(
    folder: Path, spec: TableSpec, fmt: str, rows: int, digests: Mapping[str, str]
) -> dict[str, Any]:
    relative = table_path(Path(), spec.name, fmt)
    path = folder / relative
    doc = " ".join((spec.model.__doc__ or "").split())
    resource: dict[str, Any] = {
        "name": f"{spec.name}-{fmt}",
        "title": f"{spec.name} ({fmt.upper() if fmt != 'parquet' else 'Parquet'})",
        "description": f"{doc} {rows} rows.",
        "path": relative.as_posix(),
        "format": fmt,
        "mediatype": MEDIA_TYPES[fmt],
    }
    if fmt != "parquet":
        resource["encoding"] = "utf-8"
        # frictionless 5.21 reads Parquet through pyarrow, counts no bytes for it and so
        # reports any declared `bytes` as wrong; SHA256SUMS and `verify` cover its size.
        resource["bytes"] = path.stat().st_size
    resource["hash"] = f"sha256:{digests[relative.as_posix()]}"
    if fmt == "csv":
        resource["dialect"] = {
            "header": True,
            "delimiter": ",",
            "quoteChar": '"',
            "doubleQuote": True,
        }
    if fmt in TABULAR_FORMATS:
        resource["schema"] = table_schema(spec, fmt)
    else:
        resource["description"] += f" Same rows and columns as `{spec.name}-csv`."
    return resource


def _license_entry(license: License, title: str | None = None) -> dict[str, str]:
    entry = {"name": license.name}
    if license.path:
        entry["path"] = license.path
    entry["title"] = title or license.title
    return entry


def datapackage(
    folder: Path, tables: dict[str, pd.DataFrame], version: str, digests: Mapping[str, str]
) -> dict[str, Any]:
    """The Frictionless Data Package descriptor of a published folder."""
    documents = tables["documents"]
    known = {DATASET_LICENSE.name: DATASET_LICENSE}
    roles = {DATASET_LICENSE.name: ["the dataset, which adapts CC BY-SA text"]}
    for license, count in source_licenses(documents):
        known.setdefault(license.name, license)
        roles.setdefault(license.name, []).append(f"the source text of {count} document(s)")
    licenses = [
        _license_entry(known[name], f"{known[name].title} ({'; '.join(parts)})")
        for name, parts in roles.items()
    ]
    sources = []
    for row in documents.sort_values("doc_id").itertuples(index=False):
        source: dict[str, str] = {"title": f"{row.title} ({row.source})"}
        url = re.search(r"https?://\S+", str(row.source))
        if url:
            source["path"] = url.group(0)
        sources.append(source)
    package: dict[str, Any] = {
        "name": DATASET_NAME,
        "title": DATASET_TITLE,
        "description": DATASET_DESCRIPTION
        + " Derived from source text licensed under CC BY-SA; see README.md for attribution.",
        "version": version,
    }
    created = build_date()
    if created:
        package["created"] = created
    package["licenses"] = licenses
    package["sources"] = sources
    package["resources"] = [
        _resource(folder, spec, fmt, len(tables[spec.name]), digests)
        for spec in TABLES.values()
        for fmt in FORMATS
    ]
    return package
