"""Metadata generated from the Pandera models: Arrow schemas and a column dictionary.

Nothing here restates a column: every name, type, nullability and description is read
from the models in ``schemas.tables``.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa_arrow

from schemas import TableSpec


@dataclass(frozen=True)
class ColumnInfo:
    name: str
    kind: str  # string | integer | number | category
    nullable: bool
    unique: bool
    title: str
    description: str
    categories: tuple[str, ...] = ()


def _kind(dtype: object) -> str:
    text = str(dtype).lower()
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


_ARROW_TYPES = {
    "string": pa_arrow.string(),
    "integer": pa_arrow.int64(),
    "number": pa_arrow.float64(),
    "category": pa_arrow.dictionary(pa_arrow.int32(), pa_arrow.string()),
}


def arrow_schema(spec: TableSpec) -> pa_arrow.Schema:
    """The Arrow (Parquet) schema of a table, column descriptions kept as field metadata."""
    return pa_arrow.schema(
        [
            pa_arrow.field(
                col.name,
                _ARROW_TYPES[col.kind],
                nullable=col.nullable,
                metadata={"description": col.description, "title": col.title},
            )
            for col in columns(spec)
        ]
    )


def _type_label(col: ColumnInfo) -> str:
    label = {"string": "string", "integer": "int64", "number": "float64", "category": "category"}
    text = label[col.kind]
    if col.nullable:
        text += ", nullable"
    if col.unique:
        text += ", unique"
    return text


def data_dictionary_markdown(tables: dict[str, TableSpec], heading: str = "###") -> str:
    """Markdown tables of every published column (for the README and the dataset card)."""
    parts = []
    for spec in tables.values():
        doc = " ".join((spec.model.__doc__ or "").split())
        parts.append(f"{heading} {spec.name}\n\n{doc} Key: `{spec.key}`.\n")
        parts.append("| column | type | description |\n|---|---|---|")
        for col in columns(spec):
            description = col.description.replace("|", "\\|")
            if col.categories:
                description += " One of: " + ", ".join(f"`{c}`" for c in col.categories) + "."
            parts.append(f"| `{col.name}` | {_type_label(col)} | {description} |")
        parts.append("")
    return "\n".join(parts)
