"""Package stage: make a published folder self-describing.

:func:`write_package_metadata` writes three files beside the tables, all generated from
the Pandera models (through ``schemas.metadata``) and the ``documents`` table:

* ``datapackage.json``: a Frictionless Data Package (licences, sources, one resource per
  table and format with its size and SHA-256, Table Schemas with constraints, primary
  and foreign keys); ``frictionless validate datapackage.json`` checks the data against it;
* ``croissant.json``: Croissant 1.0 JSON-LD metadata (see ``pipeline.croissant``);
* ``README.md``: the dataset card (see ``pipeline.card``).

Nothing written depends on the clock, the machine or chance: the only date is the build
date from ``SOURCE_DATE_EPOCH``, and only when it is set.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline.card import dataset_card
from pipeline.croissant import croissant_metadata
from pipeline.dataset import (
    CARD,
    CROISSANT,
    DATAPACKAGE,
    DATASET_DESCRIPTION,
    DATASET_LICENSE,
    DATASET_NAME,
    DATASET_TITLE,
    MEDIA_TYPES,
    License,
    build_date,
    data_file_digests,
    foreign_keys,
    source_licenses,
)
from pipeline.export import FORMATS, table_path
from schemas import TABLES, TableSpec
from schemas.metadata import ColumnInfo, columns

SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?$")
TABULAR_FORMATS = ("parquet", "csv")  # frictionless 5.21 reads JSON tables only with an extra

_FIELD_TYPES = {"string": "string", "integer": "integer", "number": "number", "category": "string"}


def dump_json(data: object) -> str:
    """Stable JSON text: two-space indent, UTF-8 characters kept, final newline."""
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


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
        field: dict[str, Any] = {
            "name": col.name,
            "type": _FIELD_TYPES[col.kind],
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
    keys = foreign_keys(spec)
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


def write_package_metadata(
    folder: Path, tables: dict[str, pd.DataFrame], dataset_version: str
) -> list[Path]:
    """Write ``datapackage.json``, ``croissant.json`` and ``README.md`` into ``folder``.

    ``folder`` already holds the tables (``pipeline.export.write_table``); ``tables`` are
    the same tables as frames (``documents`` gives titles, sources and licences; every
    table its row count). Returns the files written.
    """
    if not SEMVER.match(dataset_version):
        raise ValueError(f"dataset version {dataset_version!r} is not a semantic version (1.2.3)")
    digests = data_file_digests(folder)
    texts = {
        DATAPACKAGE: dump_json(datapackage(folder, tables, dataset_version, digests)),
        CROISSANT: dump_json(croissant_metadata(folder, tables, dataset_version, digests)),
        CARD: dataset_card(tables, dataset_version),
    }
    paths = []
    for name, text in texts.items():
        path = folder / name
        path.write_text(text, encoding="utf-8", newline="\n")
        paths.append(path)
    return paths
