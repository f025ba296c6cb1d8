"""Croissant 1.0 metadata (JSON-LD) of a published folder, generated from the models.

Every data file is a ``cr:FileObject`` (relative ``contentUrl``, ``encodingFormat``,
``sha256``). Every table is a ``cr:RecordSet`` whose fields read their column from the
table's Parquet file, which keeps every type exactly. Keys and references (``doc_id``,
``sentence_id``) come from the same rules as the Data Package's primary and foreign keys.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pipeline.export import FORMATS, table_parts
from pipeline.export.layout import WHOLE_FILES, whole_files
from pipeline.package.citation import bibtex
from pipeline.package.dataset import CROISSANT_ENCODINGS, DATASET_NAME, build_date
from pipeline.package.summary import DatasetSummary
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


def _file_object(
    folder: Path, path: Path, fmt: str, digests: Mapping[str, str], description: str
) -> dict[str, Any]:
    relative = path.relative_to(folder).as_posix()
    return {
        "@type": "cr:FileObject",
        "@id": relative,
        "name": relative,
        "description": description,
        "contentUrl": relative,
        "contentSize": f"{path.stat().st_size} B",
        "encodingFormat": CROISSANT_ENCODINGS[fmt],
        "sha256": digests[relative],
    }


def _record_set(folder: Path, name: str) -> dict[str, Any]:
    spec = TABLES[name]
    # the first Parquet part: a table has one part unless it holds millions of rows
    source_file = table_parts(folder, name, RECORD_SOURCE_FORMAT)[0].relative_to(folder).as_posix()
    # a key into the record set itself (converts_fact_id) is left to the description:
    # mlcroissant reads record sets as a graph that may not loop
    references = {fk.column: f"{fk.table}/{fk.key}" for fk in spec.foreign_keys if fk.table != name}
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
    folder: Path, summary: DatasetSummary, version: str, digests: Mapping[str, str]
) -> dict[str, Any]:
    """The Croissant JSON-LD document of a published folder."""
    chosen = summary.dataset_license().license
    licenses = [chosen.path or chosen.name]
    for license, _count in summary.source_licenses():
        entry = license.path or license.title
        if entry not in licenses:
            licenses.append(entry)
    metadata: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": "sc:Dataset",
        "name": DATASET_NAME,
        "alternateName": summary.info.title,
        "description": summary.info.description
        + " See README.md for the licence and the attribution of every source.",
        "conformsTo": CONFORMS_TO,
        "citeAs": bibtex(summary, version),
        "creator": [{"@type": "sc:Organization", "name": n} for n in summary.info.creators],
        "license": licenses,
        "version": version,
    }
    if summary.info.url:
        metadata["url"] = summary.info.url
    if summary.info.keywords:
        metadata["keywords"] = list(summary.info.keywords)
    created = build_date()
    if created:
        metadata["datePublished"] = created
    metadata["distribution"] = [
        _file_object(folder, path, fmt, digests, f"The {name} table as {fmt} ({path.stem}).")
        for name in TABLES
        for fmt in FORMATS
        for path in table_parts(folder, name, fmt)
    ]
    metadata["distribution"] += [
        _file_object(
            folder,
            folder / path,
            WHOLE_FILES[path.as_posix()],
            digests,
            f"Every table in one {WHOLE_FILES[path.as_posix()]} file.",
        )
        for path in whole_files(folder)
    ]
    metadata["recordSet"] = [_record_set(folder, name) for name in TABLES]
    return metadata
