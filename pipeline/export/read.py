"""Read a published table back, in any format, as a frame typed by its Pandera model."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

from pipeline.export.encode import text_columns
from pipeline.export.layout import table_parts
from schemas import TABLES
from schemas.metadata import columns


def _list_columns(name: str) -> list[str]:
    return [c.name for c in columns(TABLES[name]) if c.kind == "list"]


def read_frame(folder: Path, name: str, fmt: str) -> pd.DataFrame:
    """The rows of a published table as written, without validation (columns in the
    published order, lists as Python lists, nulls as None/NaN)."""
    spec = TABLES[name]
    parts = table_parts(folder, name, fmt)
    if not parts:
        raise FileNotFoundError(f"{fmt}/{name}/ holds no part files in {folder}")
    if fmt == "parquet":
        frame = pq.read_table(parts).to_pandas()
        for col in _list_columns(name):
            frame[col] = frame[col].map(lambda v: None if v is None else list(v))
    elif fmt == "csv":
        text = text_columns(name)
        frames = [
            pd.read_csv(
                part,
                dtype={c: object for c in text + _list_columns(name)},
                keep_default_na=False,
                na_values={c.name: [""] for c in columns(spec)},
            )
            for part in parts
        ]
        frame = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
        for col in _list_columns(name):
            frame[col] = frame[col].map(lambda v: json.loads(v) if isinstance(v, str) else v)
    elif fmt == "jsonl":
        # split on "\n" only: a JSON string may hold U+0085 or U+2028, which splitlines breaks on
        records = [
            json.loads(line) for part in parts for line in part.read_bytes().split(b"\n") if line
        ]
        frame = pd.DataFrame(records, columns=spec.columns)
    else:
        raise ValueError(f"unknown format {fmt!r}")
    return frame[spec.columns]


def read_release_frame(folder: Path, name: str) -> pd.DataFrame:
    """The Parquet rows of table ``name`` as a release of any schema version holds them:
    the columns the current model knows first (in published order), then any others, none
    made up for columns it lacks."""
    parts = table_parts(folder, name, "parquet")
    if not parts:
        raise FileNotFoundError(f"parquet/{name}/ holds no part files in {folder}")
    frame = pq.read_table(parts).to_pandas()
    known = [c for c in TABLES[name].columns if c in frame.columns]
    return frame[known + [c for c in frame.columns if c not in set(known)]]


def read_table(folder: Path, name: str, fmt: str) -> pd.DataFrame:
    """Read a published table back as a frame validated and typed by its Pandera model."""
    return TABLES[name].model.validate(read_frame(folder, name, fmt), lazy=True)


def read_tables(folder: Path, fmt: str = "parquet") -> dict[str, pd.DataFrame]:
    """Every published table of ``folder`` in one format, validated by its model."""
    return {name: read_table(folder, name, fmt) for name in TABLES}
