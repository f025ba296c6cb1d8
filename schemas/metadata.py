"""Metadata generated from the Pandera models: column kinds, Arrow schemas, a column
dictionary.

Nothing here restates a column: every name, type, nullability and description is read
from the models in ``schemas.tables``. :data:`KINDS` is the one table of what each kind of
column is in Arrow (Parquet), Frictionless, Croissant and the data dictionaries.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import pyarrow as pa_arrow

from schemas import TableSpec


@dataclass(frozen=True)
class Kind:
    """One kind of published column, as each format names it."""

    arrow: pa_arrow.DataType
    frictionless: str
    croissant: str
    label: str  # in the data dictionaries
    repeated: bool = False  # a list of values in one cell (Croissant `repeated`)


KINDS: dict[str, Kind] = {
    "string": Kind(pa_arrow.string(), "string", "sc:Text", "string"),
    "integer": Kind(pa_arrow.int64(), "integer", "sc:Integer", "int64"),
    "number": Kind(pa_arrow.float64(), "number", "sc:Float", "float64"),
    "category": Kind(
        pa_arrow.dictionary(pa_arrow.int32(), pa_arrow.string()), "string", "sc:Text", "category"
    ),
    # A list of strings: an Arrow list in Parquet, an array in JSON, a JSON array in CSV.
    "list": Kind(pa_arrow.list_(pa_arrow.string()), "array", "sc:Text", "list<string>", True),
}


@dataclass(frozen=True)
class ColumnInfo:
    name: str
    kind: str  # a key of KINDS
    nullable: bool
    unique: bool
    title: str
    description: str
    categories: tuple[str, ...] = ()


def _kind(dtype: object) -> str:
    text = str(dtype).lower()
    if text.startswith("list"):
        return "list"
    if "category" in text:
        return "category"
    if text.startswith("int"):
        return "integer"
    if text.startswith("float"):
        return "number"
    if "str" in text:
        return "string"
    raise TypeError(f"no published type for pandera dtype {dtype!r}")


def columns(spec: TableSpec) -> list[ColumnInfo]:
    """The columns of a table, in published order, as its model declares them."""
    schema_columns = spec.model.to_schema().columns
    out = []
    for name in spec.columns:
        column = schema_columns[name]
        kind = _kind(column.dtype)
        categories: tuple[str, ...] = ()
        if kind == "category":
            categories = tuple(str(c) for c in column.dtype.type.categories)
        out.append(
            ColumnInfo(
                name=str(name),
                kind=kind,
                nullable=bool(column.nullable),
                unique=bool(column.unique),
                title=column.title or str(name),
                description=column.description or "",
                categories=categories,
            )
        )
    return out


def arrow_schema(spec: TableSpec) -> pa_arrow.Schema:
    """The Arrow (Parquet) schema of a table, column descriptions kept as field metadata."""
    return pa_arrow.schema(
        [
            pa_arrow.field(
                col.name,
                KINDS[col.kind].arrow,
                nullable=col.nullable,
                metadata={"description": col.description, "title": col.title},
            )
            for col in columns(spec)
        ]
    )


def _type_label(col: ColumnInfo) -> str:
    text = KINDS[col.kind].label
    if col.unique:
        text += ", unique"
    return text


def data_dictionary_markdown(
    tables: dict[str, TableSpec], heading: str = "###", rows: Mapping[str, int] | None = None
) -> str:
    """Markdown tables of every published column (the README's and the dataset card's):
    per table its description, key, references and, given ``rows``, its row count."""
    parts = []
    for spec in tables.values():
        doc = " ".join((spec.model.__doc__ or "").split())
        unique_key = any(c.unique for c in columns(spec) if c.name == spec.key)
        about = f"{doc} Key: `{spec.key}`." if unique_key else doc
        about += "".join(f" `{fk.column}` → `{fk.table}.{fk.key}`." for fk in spec.foreign_keys)
        if rows is not None:
            about += f" Rows: {rows[spec.name]}."
        parts.append(f"{heading} {spec.name}\n\n{about}\n")
        parts.append("| column | type | nullable | description |\n|---|---|---|---|")
        for col in columns(spec):
            description = " ".join(col.description.split()).replace("|", "\\|")
            if col.categories:
                description += " One of: " + ", ".join(f"`{c}`" for c in col.categories) + "."
            nullable = "yes" if col.nullable else "no"
            parts.append(f"| `{col.name}` | {_type_label(col)} | {nullable} | {description} |")
        parts.append("")
    return "\n".join(parts)
