"""Write one table in every format as its rows arrive, in bounded memory.

A :class:`TableWriter` takes a table's rows one document at a time
(:class:`~pipeline.export.encode.EncodedRows`) and appends them to the current part of each
format: CSV and JSON Lines bytes as they come, Parquet in row groups of
:func:`~pipeline.export.layout.row_group_rows` rows, or fewer, ended at a document, once
the values of the rows held pass :data:`~pipeline.export.layout.ROW_GROUP_BYTES`
(:func:`value_bytes`). So
what is held is at most one row group of a few MB (and one document), however large the
corpus. A part is closed and the next one begun at a document boundary once it holds
:func:`~pipeline.export.layout.part_rows` rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

import pyarrow as pa_arrow
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline.export import layout
from pipeline.export.encode import EncodedRows, csv_header, encode_frame
from pipeline.export.layout import FORMATS, part_path, part_rows, row_group_rows
from schemas import TABLES
from schemas.metadata import arrow_schema


def value_bytes(table: pa_arrow.Table) -> int:
    """What the rows of ``table`` hold, counted on their values only: the UTF-8 bytes of
    every text cell (of each item of a list cell) and 8 bytes for any other cell. The same
    rows give the same count however they were built or batched (Arrow's own buffer sizes
    do not: a validity bitmap comes and goes with the other rows of the batch), and the
    count needs no text encoding, so it does not depend on the formats written either."""
    total = 0
    for column in table.columns:
        kind = column.type
        if pa_arrow.types.is_dictionary(kind):
            kind = kind.value_type
            column = column.cast(kind)
        if pa_arrow.types.is_list(kind):
            total += 8 * len(column)
            kind = kind.value_type
            column = pc.list_flatten(column)
        if pa_arrow.types.is_string(kind) or pa_arrow.types.is_large_string(kind):
            total += pc.sum(pc.binary_length(column)).as_py() or 0
        else:
            total += 8 * len(column)
    return total


def _parquet_schema(name: str) -> pa_arrow.Schema:
    spec = TABLES[name]
    return arrow_schema(spec).with_metadata(
        {"table": name, "description": spec.model.__doc__ or ""}
    )


def _canonical(table: pa_arrow.Table) -> pa_arrow.Table:
    """``table`` with every dictionary column re-encoded from its values (dictionary in
    order of first appearance), so the file does not depend on the dictionaries its rows
    arrived with, which depend on how documents were batched."""
    for i, field in enumerate(table.schema):
        if pa_arrow.types.is_dictionary(field.type):
            values = pc.cast(table.column(i), field.type.value_type)
            encoded = pc.dictionary_encode(values.combine_chunks()).cast(field.type)
            table = table.set_column(i, field, encoded)
    return table


class TableWriter:
    """Appends one table's rows to its part files in every format of ``formats`` (Parquet
    always; CSV and JSON Lines when named)."""

    def __init__(self, folder: Path, name: str, formats: Sequence[str] = FORMATS) -> None:
        self.folder = folder
        self.name = name
        self.formats = ("parquet", *(f for f in FORMATS[1:] if f in formats))
        self.schema = _parquet_schema(name)
        self.group_rows = row_group_rows(name)
        self.group_bytes = layout.ROW_GROUP_BYTES
        self.max_part_rows = part_rows(name)
        self.rows = 0
        self.files: list[Path] = []
        self._part = -1
        self._part_rows = 0
        self._pending: list[pa_arrow.Table] = []
        self._pending_rows = 0
        self._pending_bytes = 0  # value_bytes of the rows held
        self._parquet: pq.ParquetWriter | None = None
        self._text: dict[str, BinaryIO] = {}
        self._open_part()

    def _open_part(self) -> None:
        self._part += 1
        self._part_rows = 0
        paths = {fmt: part_path(self.folder, self.name, fmt, self._part) for fmt in self.formats}
        for path in paths.values():
            path.parent.mkdir(parents=True, exist_ok=True)
        self._parquet = pq.ParquetWriter(paths["parquet"], self.schema, compression="zstd")
        self._text = {fmt: paths[fmt].open("wb") for fmt in self.formats[1:]}
        if "csv" in self._text:
            self._text["csv"].write(csv_header(self.name))
        self.files += [paths[fmt] for fmt in self.formats]

    def _write_groups(self, final: bool) -> None:
        """Write every full row group held (and, when ``final``, the rest)."""
        self._pending_bytes = 0
        if not self._pending:
            return
        table = _canonical(pa_arrow.concat_tables(self._pending))
        done = 0
        while self._pending_rows - done >= self.group_rows or (final and done < self._pending_rows):
            size = min(self.group_rows, self._pending_rows - done)
            assert self._parquet is not None
            self._parquet.write_table(table.slice(done, size), row_group_size=size)
            done += size
        rest = table.slice(done)
        if rest.num_rows:  # in buffers of its own: a slice would keep the whole group alive
            rest = rest.take(pa_arrow.array(range(rest.num_rows), pa_arrow.int64()))
        self._pending = [rest] if rest.num_rows else []
        self._pending_rows = rest.num_rows

    def _close_part(self) -> None:
        self._write_groups(final=True)
        if self._parquet is not None:
            self._parquet.close()
            self._parquet = None
        for handle in self._text.values():
            handle.close()
        self._text = {}

    def append(self, rows: EncodedRows) -> None:
        """Append one document's rows (a part boundary may fall before them, never inside)."""
        if not rows.rows:
            return
        if self._part_rows >= self.max_part_rows:
            self._close_part()
            self._open_part()
        for fmt, handle in self._text.items():
            handle.write(rows.csv if fmt == "csv" else rows.jsonl)
        table = rows.arrow.cast(self.schema)
        self._pending.append(table)
        self._pending_rows += rows.rows
        self._pending_bytes += value_bytes(table)
        self._part_rows += rows.rows
        self.rows += rows.rows
        if self._pending_rows >= self.group_rows:
            self._write_groups(final=False)
            # what is left is the tail of this document's rows
            self._pending_bytes = sum(value_bytes(held) for held in self._pending)
        if self._pending_bytes >= self.group_bytes:
            self._write_groups(final=True)  # a shorter group, ended at this document

    def close(self) -> list[Path]:
        """Finish the last part; return every file written, in part then format order."""
        self._close_part()
        return self.files

    def abort(self) -> None:
        """Close the open files without finishing them (the caller discards the folder)."""
        if self._parquet is not None:
            self._parquet.close()
        for handle in self._text.values():
            handle.close()


def write_table(
    frame: object, folder: Path, name: str, formats: Sequence[str] = FORMATS
) -> list[Path]:
    """Write a whole table (a pandas frame in published row order) in every format of
    ``formats``; return the files written. For small tables and tests; the run streams
    through :class:`TableWriter`."""
    import pandas as pd

    assert isinstance(frame, pd.DataFrame)
    writer = TableWriter(folder, name, formats)
    writer.append(encode_frame(name, frame))
    return writer.close()
