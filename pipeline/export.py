"""Export stage: validated tables → Parquet, CSV and JSON with the same rows and columns.

Layout: ``<out>/parquet/<table>.parquet``, ``<out>/csv/<table>.csv``,
``<out>/json/<table>.json`` (a JSON array, one record per line). Parquet column types
come from the Pandera models (``schemas.metadata.arrow_schema``).

CSV spreadsheet safety: a text cell that begins with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return could run as a formula when the CSV is opened in a spreadsheet (OWASP
"CSV injection"). In CSV only, such a cell, and any cell that already begins with ``'``,
gets one leading ``'``; :func:`read_table` strips it again, so the CSV stays lossless.
Parquet and JSON hold the text unchanged.

List columns (``entities.aliases``) are Arrow lists in Parquet, arrays in JSON and a JSON
array in one CSV cell (``["MIIT"]``); :func:`read_table` parses them back.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pandas as pd
import pyarrow as pa_arrow
import pyarrow.parquet as pq

from schemas import TABLES
from schemas.metadata import arrow_schema, columns

FORMATS = ("parquet", "csv", "json")
_JSON = json.JSONEncoder(ensure_ascii=False, allow_nan=False)
CSV_UNSAFE_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "'")


def table_path(folder: Path, name: str, fmt: str) -> Path:
    return folder / fmt / f"{name}.{fmt}"


def _csv_list(value: object) -> str:
    """A list cell as a JSON array; formula escaping is not needed (it starts with ``[``)."""
    return json.dumps(json_value(value), ensure_ascii=False)


def csv_unescape(value: object) -> object:
    """Undo the CSV formula escaping: drop one leading ``'``."""
    if isinstance(value, str) and value.startswith("'"):
        return value[1:]
    return value


def _text_columns(name: str) -> list[str]:
    return [c.name for c in columns(TABLES[name]) if c.kind in ("string", "category")]


def _list_columns(name: str) -> list[str]:
    return [c.name for c in columns(TABLES[name]) if c.kind == "list"]


def json_value(value: object) -> object:
    """A cell as a plain Python value for JSON: nulls (None, NA, NaN) → None, numpy scalars
    → Python scalars, lists and arrays → lists of plain values, infinities → their text
    (strict JSON has no Infinity)."""
    if isinstance(value, list | tuple) or (hasattr(value, "tolist") and hasattr(value, "ndim")):
        items = value.tolist() if hasattr(value, "tolist") else value
        if not isinstance(items, list):  # a 0-d numpy scalar
            return json_value(items)
        return [json_value(v) for v in items]
    if value is None or value is pd.NA:
        return None
    if hasattr(value, "item"):  # numpy scalars
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, float) and math.isinf(value):
        return str(value)
    return value


def _json_columns(frame: pd.DataFrame, name: str) -> list[list[object]]:
    """Every column as a list of plain JSON values; :func:`json_value` is applied only to
    the columns that need it (numbers, lists, and any column holding a null)."""
    out: list[list[object]] = []
    for col in columns(TABLES[name]):
        series = frame[col.name]
        values = series.tolist()
        if col.kind in ("number", "list") or bool(series.isna().any()):
            values = [json_value(v) for v in values]
        out.append(values)
    return out


def write_table(frame: pd.DataFrame, folder: Path, name: str) -> list[Path]:
    """Write one table in every format; return the files written."""
    spec = TABLES[name]
    frame = frame[spec.columns]
    paths = [table_path(folder, name, fmt) for fmt in FORMATS]
    for path in paths:
        path.parent.mkdir(parents=True, exist_ok=True)

    arrow = pa_arrow.Table.from_pandas(frame, schema=arrow_schema(spec), preserve_index=False)
    arrow = arrow.replace_schema_metadata({"table": name, "description": spec.model.__doc__ or ""})
    pq.write_table(arrow, paths[0], compression="zstd")

    csv_frame = frame.astype(object).copy()
    for col in _text_columns(name):
        text = frame[col].astype("str")  # vectorised: one C pass per column
        unsafe = text.str.startswith(CSV_UNSAFE_PREFIXES).fillna(False).astype(bool)
        if unsafe.any():
            escaped = csv_frame[col].copy()
            escaped[unsafe] = "'" + text[unsafe]
            csv_frame[col] = escaped
    for col in _list_columns(name):
        csv_frame[col] = csv_frame[col].map(_csv_list)
    csv_frame.to_csv(paths[1], index=False, lineterminator="\n", encoding="utf-8")

    records = [
        dict(zip(spec.columns, row, strict=True))
        for row in zip(*_json_columns(frame, name), strict=True)
    ]
    encode = _JSON.encode  # one encoder: json.dumps with options builds one per call
    body = ",\n".join(encode(r) for r in records)
    paths[2].write_text("[\n" + body + "\n]\n" if records else "[]\n", encoding="utf-8")
    return paths


def read_table(folder: Path, name: str, fmt: str) -> pd.DataFrame:
    """Read a published table back as a frame typed by its Pandera model."""
    spec = TABLES[name]
    path = table_path(folder, name, fmt)
    if fmt == "parquet":
        frame = pd.read_parquet(path)
    elif fmt == "csv":
        text_cols = _text_columns(name)
        frame = pd.read_csv(
            path,
            dtype={c: object for c in [*text_cols, *_list_columns(name)]},
            keep_default_na=False,
            na_values={c.name: [""] for c in columns(spec)},
        )
        for col in text_cols:
            frame[col] = frame[col].map(csv_unescape)
        for col in _list_columns(name):
            frame[col] = frame[col].map(json.loads)
    elif fmt == "json":
        frame = pd.DataFrame(json.loads(path.read_text(encoding="utf-8")), columns=spec.columns)
    else:
        raise ValueError(f"unknown format {fmt!r}")
    for col in _list_columns(name):  # Parquet gives numpy arrays
        frame[col] = frame[col].map(lambda v: [str(x) for x in v])
    return spec.model.validate(frame[spec.columns], lazy=True)


def read_tables(folder: Path, fmt: str = "parquet") -> dict[str, pd.DataFrame]:
    """Every published table of ``folder`` in one format, validated by its model."""
    return {name: read_table(folder, name, fmt) for name in TABLES}
