"""Encode rows of a table for every published format: an Arrow table (for Parquet), CSV
bytes and JSON Lines bytes, the same rows in each.

CSV follows RFC 4180: comma-separated, fields quoted only when they hold a comma, a quote
or a line break (inner quotes doubled), rows ended by CRLF, the text exactly as published
(no prefixes, no escapes); an empty cell is null. JSON Lines has one object per row with
every column, null as ``null``; strings stay strings (``"0757"``, ``"-0026"``).

Each document's rows are encoded on their own (in the worker that extracted them), so a
table is the concatenation of its documents' encodings: the bytes do not depend on how
documents were batched.
"""

from __future__ import annotations

import csv
import io
import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Final

import numpy as np
import pandas as pd
import pyarrow as pa_arrow

from schemas import TABLES
from schemas.metadata import arrow_schema, columns

# The text encodings a worker can make of a document's rows; a run asks only for those it
# publishes (JSON Lines also for the site, which is built from it).
TEXT_FORMATS: Final = ("csv", "jsonl")
TextFormats = tuple[str, ...]


def text_formats_for(outputs: Sequence[str]) -> TextFormats:
    """The text encodings that publishing ``outputs`` needs."""
    wanted = {"csv": "csv" in outputs, "jsonl": "jsonl" in outputs or "site" in outputs}
    return tuple(fmt for fmt in TEXT_FORMATS if wanted[fmt])


@dataclass(frozen=True)
class EncodedRows:
    """Rows of one table (usually one document's), encoded for every format (the text
    encodings not asked for are empty)."""

    rows: int
    arrow: pa_arrow.Table
    csv: bytes
    jsonl: bytes


def json_value(value: object) -> object:
    """A cell as a plain Python value for JSON: nulls (None, NA, NaN) → None, numpy scalars
    → Python scalars, infinities → their text (strict JSON has no Infinity)."""
    if value is None or value is pd.NA:
        return None
    if isinstance(value, np.ndarray):  # a list cell read back from Parquet
        return [json_value(v) for v in value.tolist()]
    if hasattr(value, "item") and not isinstance(value, list | tuple):  # numpy scalars
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, float) and math.isinf(value):
        return str(value)
    return value


def csv_cell(value: object) -> str:
    """The CSV text of a cell: null → empty, a list → its JSON array, a number as Python
    writes it (``18500000000.0``)."""
    if type(value) is str:  # the common cell, first
        return value
    value = json_value(value)
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return json.dumps(list(value), ensure_ascii=False)
    return value if isinstance(value, str) else repr(value)


def csv_header(name: str) -> bytes:
    """The header row of table ``name``'s CSV files."""
    return _csv_bytes([TABLES[name].columns])


def _csv_bytes(rows: Sequence[Sequence[str]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def encode_rows(name: str, data: Mapping[str, Sequence[object]]) -> EncodedRows:
    """Encode the rows given as columns (``data[column]`` lists every row's value, in the
    table's published order of rows)."""
    spec = TABLES[name]
    names = spec.columns
    cols = [list(data[c]) for c in names]
    count = len(cols[0]) if cols else 0
    rows = list(zip(*cols, strict=True)) if count else []
    arrow = pa_arrow.Table.from_pydict(
        {c: [json_value(v) for v in col] for c, col in zip(names, cols, strict=True)},
        schema=arrow_schema(spec),
    )
    csv_rows = [[csv_cell(v) for v in row] for row in rows]
    jsonl = "".join(
        json.dumps(
            {c: json_value(v) for c, v in zip(names, row, strict=True)},
            ensure_ascii=False,
            allow_nan=False,
        )
        + "\n"
        for row in rows
    )
    return EncodedRows(count, arrow, _csv_bytes(csv_rows), jsonl.encode("utf-8"))


_JSON = json.JSONEncoder(ensure_ascii=False, allow_nan=False)


def _plain(value: object) -> object:
    """:func:`json_value` with a fast path for the common cells (text, whole numbers)."""
    kind = type(value)
    if kind is str or kind is int or kind is bool:
        return value
    return json_value(value)


def _own_copy(table: pa_arrow.Table, start: int, length: int) -> pa_arrow.Table:
    """Rows ``start:start+length`` of ``table`` in buffers of their own. A slice would share
    the whole batch's buffers, and pickling it (to the parent process, into the cache)
    copies all of them for every document: gigabytes for a corpus of megabytes."""
    if length == 0:
        return table.schema.empty_table()
    return table.take(pa_arrow.array(range(start, start + length), pa_arrow.int64()))


def encode_groups(
    name: str,
    frame: pd.DataFrame,
    doc_ids: Sequence[object],
    text_formats: TextFormats = TEXT_FORMATS,
) -> dict[object, EncodedRows]:
    """Encode every row of ``frame`` once, and hand each document its rows: those of one
    document are contiguous in ``frame`` (in the order of ``doc_ids``), so its Arrow rows
    are a copy of its own range, and its CSV and JSON Lines bytes (those of
    ``text_formats``; the others empty) are its own lines. Gives the same bytes as
    :func:`encode_rows` per document."""
    spec = TABLES[name]
    names = spec.columns
    cols = [[_plain(v) for v in frame[c].tolist()] for c in names]
    arrow = pa_arrow.Table.from_pydict(
        dict(zip(names, cols, strict=True)), schema=arrow_schema(spec)
    )
    rows = list(zip(*cols, strict=True)) if len(frame) else []
    owners = frame["doc_id"].tolist() if len(frame) else []
    out: dict[object, EncodedRows] = {}
    start = 0
    for doc_id in doc_ids:
        end = start
        while end < len(owners) and owners[end] == doc_id:
            end += 1
        mine = rows[start:end]
        csv_bytes = json_bytes = b""
        if "csv" in text_formats:
            csv_bytes = _csv_bytes([[csv_cell(v) for v in row] for row in mine])
        if "jsonl" in text_formats:
            json_bytes = "".join(
                _JSON.encode(dict(zip(names, row, strict=True))) + "\n" for row in mine
            ).encode("utf-8")
        out[doc_id] = EncodedRows(
            end - start, _own_copy(arrow, start, end - start), csv_bytes, json_bytes
        )
        start = end
    if start != len(owners):
        raise ValueError(f"{name}: rows not grouped by document in document order")
    return out


def encode_frame(name: str, frame: pd.DataFrame) -> EncodedRows:
    """Encode a whole frame of table ``name`` (rows in the frame's order)."""
    frame = frame[TABLES[name].columns].astype(object)
    return encode_rows(name, {c: frame[c].tolist() for c in frame.columns})


def text_columns(name: str) -> list[str]:
    """The columns of table ``name`` that hold text."""
    return [c.name for c in columns(TABLES[name]) if c.kind in ("string", "category")]
