"""A SQLite database of every table: ``<out>/<dataset>.sqlite``.

One table per published table, its columns typed (TEXT, INTEGER, REAL; lists as JSON
text), ``NOT NULL`` where the model says so, the key as ``PRIMARY KEY`` and the references
as ``FOREIGN KEY``s, as the Pandera models declare them (PUDL ships its data the same way).
Two more tables describe the others: ``_tables`` (name, description, rows) and ``_columns``
(table, column, type, nullable, description). SQLite needs nothing installed, every language
reads it, and the same rows inserted in the same order give the same bytes.

It is built at the end of a run from the Parquet parts, a few thousand rows at a time.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pyarrow.parquet as pq

from pipeline.export.layout import table_parts
from pipeline.memory import release_memory
from schemas import TABLES, TableSpec
from schemas.metadata import columns

# Rows turned into Python values at a time, so memory does not grow with the corpus; few
# for documents, whose rows hold whole article texts (5,000 of them took 870 MB).
_ROWS = 5_000
_DOCUMENT_ROWS = 50
_SQL_TYPES = {"string": "TEXT", "integer": "INTEGER", "number": "REAL", "category": "TEXT"}


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def create_table_sql(spec: TableSpec) -> str:
    """The ``CREATE TABLE`` statement of one table, from its model."""
    lines = []
    unique_key = any(c.unique for c in columns(spec) if c.name == spec.key)
    for col in columns(spec):
        line = f"{_quote(col.name)} {_SQL_TYPES.get(col.kind, 'TEXT')}"
        if not col.nullable:
            line += " NOT NULL"
        if col.name == spec.key and unique_key:
            line += " PRIMARY KEY"
        lines.append(line)
    for fk in spec.foreign_keys:
        lines.append(
            f"FOREIGN KEY ({_quote(fk.column)}) REFERENCES {_quote(fk.table)} ({_quote(fk.key)})"
        )
    body = ",\n  ".join(lines)
    return f"CREATE TABLE {_quote(spec.name)} (\n  {body}\n)"


def _cell(value: object) -> object:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, list) else value


def write_sqlite(folder: Path, path: Path, rows: dict[str, int]) -> Path:
    """Write the database of the tables published in ``folder`` to ``path``."""
    path.unlink(missing_ok=True)
    db = sqlite3.connect(path, isolation_level=None)
    try:
        db.execute("PRAGMA journal_mode = OFF")
        db.execute("PRAGMA synchronous = OFF")
        db.execute("PRAGMA foreign_keys = OFF")  # tables load in any order; checked below
        db.execute("BEGIN")
        db.execute("CREATE TABLE _tables (name TEXT PRIMARY KEY, description TEXT, rows INTEGER)")
        db.execute(
            "CREATE TABLE _columns (table_name TEXT, column_name TEXT, type TEXT, "
            "nullable INTEGER, description TEXT, PRIMARY KEY (table_name, column_name))"
        )
        for spec in TABLES.values():
            db.execute(create_table_sql(spec))
            doc = " ".join((spec.model.__doc__ or "").split())
            db.execute(
                "INSERT INTO _tables VALUES (?, ?, ?)", (spec.name, doc, rows.get(spec.name, 0))
            )
            db.executemany(
                "INSERT INTO _columns VALUES (?, ?, ?, ?, ?)",
                [
                    (
                        spec.name,
                        c.name,
                        _SQL_TYPES.get(c.kind, "TEXT"),
                        int(c.nullable),
                        c.description,
                    )
                    for c in columns(spec)
                ],
            )
            names = list(spec.columns)
            rows_at_once = _DOCUMENT_ROWS if spec.name == "documents" else _ROWS
            insert = (
                f"INSERT INTO {_quote(spec.name)} VALUES ({', '.join('?' * len(spec.columns))})"
            )
            for part in table_parts(folder, spec.name, "parquet"):
                for batch in pq.ParquetFile(part).iter_batches(
                    batch_size=rows_at_once, columns=names
                ):
                    values = [batch.column(c).to_pylist() for c in names]
                    db.executemany(
                        insert, ([_cell(v) for v in row] for row in zip(*values, strict=True))
                    )
            release_memory()  # the row groups read: tens of MB freed, not yet given back
        db.execute("COMMIT")
        broken = db.execute("PRAGMA foreign_key_check").fetchmany(5)
        if broken:
            raise ValueError(f"{path}: rows whose foreign keys point nowhere: {broken}")
    finally:
        db.close()
    return path
