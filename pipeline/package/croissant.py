"""Croissant 1.0 metadata (JSON-LD) of a published folder, generated from the models.

Every data file is a ``cr:FileObject`` (relative ``contentUrl``, ``encodingFormat``,
``sha256``). Every table is a ``cr:RecordSet`` whose fields read their column from the
table's Parquet file: Parquet keeps every value exactly, while CSV cells may carry the
formula-escaping quote (see ``pipeline.export``). Keys and references (``doc_id``,
``sentence_id``) come from the same rules as the Data Package's primary and foreign keys.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline.export import FORMATS, table_path
from pipeline.package.dataset import (
    CROISSANT_ENCODINGS,
    DATASET_DESCRIPTION,
    DATASET_NAME,
    DATASET_TITLE,
    build_date,
)
from pipeline.package.licenses import DATASET_LICENSE, source_licenses
from schemas import TABLES
from schemas.metadata import KINDS, columns

CONFORMS_TO = "http://mlcommons.org/croissant/1.0"

# The Croissant 1.0 context, as mlcroissant writes it (mlcroissant/_src/core/rdf.py).
CONTEXT: dict[str, Any] = {
    "@language": "en",
    "@vocab": "https://schema.org/",
    "citeAs": "cr:citeAs",
    "column": "cr:column",
    "conformsTo": "dct:conformsTo",
    "cr": "http://mlcommons.org/croissant/",
    "rai": "http://mlcommons.org/croissant/RAI/",
    "data": {"@id": "cr:data", "@type": "@json"},
    "dataType": {"@id": "cr:dataType", "@type": "@vocab"},
    "dct": "http://purl.org/dc/terms/",
    "equivalentProperty": "cr:equivalentProperty",
    "examples": {"@id": "cr:examples", "@type": "@json"},
    "extract": "cr:extract",
    "field": "cr:field",
    "fileProperty": "cr:fileProperty",
    "fileObject": "cr:fileObject",
    "fileSet": "cr:fileSet",
    "format": "cr:format",
    "includes": "cr:includes",
    "isLiveDataset": "cr:isLiveDataset",
    "jsonPath": "cr:jsonPath",
    "key": "cr:key",
    "md5": "cr:md5",
    "parentField": "cr:parentField",
    "path": "cr:path",
    "recordSet": "cr:recordSet",
    "references": "cr:references",
    "regex": "cr:regex",
    "repeated": "cr:repeated",
    "replace": "cr:replace",
    "samplingRate": "cr:samplingRate",
    "sc": "https://schema.org/",
    "separator": "cr:separator",
    "source": "cr:source",
    "subField": "cr:subField",
    "transform": "cr:transform",
}

RECORD_SOURCE_FORMAT = "parquet"


def _file_object(folder: Path, name: str, fmt: str, digests: Mapping[str, str]) -> dict[str, Any]:
    relative = table_path(Path(), name, fmt).as_posix()
    path = folder / relative
    return {
        "@type": "cr:FileObject",
        "@id": relative,
        "name": relative,
        "description": f"The {name} table as {fmt}.",
        "contentUrl": relative,
        "contentSize": f"{path.stat().st_size} B",
        "encodingFormat": CROISSANT_ENCODINGS[fmt],
        "sha256": digests[relative],
    }


def _record_set(name: str) -> dict[str, Any]:
    spec = TABLES[name]
    source_file = table_path(Path(), name, RECORD_SOURCE_FORMAT).as_posix()
    references = {fk.column: f"{fk.table}/{fk.key}" for fk in spec.foreign_keys}
    fields = []
    key = None
    for col in columns(spec):
        field: dict[str, Any] = {
            "@type": "cr:Field",
            "@id": f"{name}/{col.name}",
            "name": col.name,
            "description": col.description,
            "dataType": KINDS[col.kind].croissant,
            "source": {"fileObject": {"@id": source_file}, "extract": {"column": col.name}},
        }
        if KINDS[col.kind].repeated:
            field["repeated"] = True
        if col.name in references:
            field["references"] = {"field": {"@id": references[col.name]}}
        fields.append(field)
        if col.name == spec.key and col.unique:
            key = {"@id": f"{name}/{col.name}"}
    record_set: dict[str, Any] = {
        "@type": "cr:RecordSet",
        "@id": name,
        "name": name,
        "description": " ".join((spec.model.__doc__ or "").split()),
    }
    if key:
        record_set["key"] = key
    record_set["field"] = fields
    return record_set


def croissant_metadata(
    folder: Path, tables: dict[str, pd.DataFrame], version: str, digests: Mapping[str, str]
) -> dict[str, Any]:
    """The Croissant JSON-LD document of a published folder."""
    licenses = [DATASET_LICENSE.path or DATASET_LICENSE.name]
    for license, _count in source_licenses(tables["documents"]):
        entry = license.path or license.title
        if entry not in licenses:
            licenses.append(entry)
    metadata: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": "sc:Dataset",
        "name": DATASET_NAME,
        "alternateName": DATASET_TITLE,
        "description": DATASET_DESCRIPTION
        + " Derived from source text licensed under CC BY-SA; see README.md for attribution.",
        "conformsTo": CONFORMS_TO,
        "citeAs": f"{DATASET_TITLE}, version {version}.",
        "license": licenses,
        "version": version,
    }
    created = build_date()
    if created:
        metadata["datePublished"] = created
    metadata["distribution"] = [
        _file_object(folder, name, fmt, digests) for name in TABLES for fmt in FORMATS
    ]
    metadata["recordSet"] = [_record_set(name) for name in TABLES]
    return metadata
