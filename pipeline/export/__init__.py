"""Export stage: validated rows → Parquet, CSV and JSON Lines with the same rows and columns.

* :mod:`~pipeline.export.layout`: one folder per table and format, in numbered parts;
* :mod:`~pipeline.export.encode`: rows → Arrow, CSV (RFC 4180, text exactly as published)
  and JSON Lines bytes;
* :mod:`~pipeline.export.writer`: one writer per table appends rows as they arrive, in
  bounded memory;
* :mod:`~pipeline.export.read`: a published table read back, typed by its Pandera model.
"""

from pipeline.export.encode import EncodedRows, csv_cell, encode_frame, encode_rows, json_value
from pipeline.export.layout import FORMATS, part_path, table_dir, table_parts
from pipeline.export.read import read_frame, read_table, read_tables
from pipeline.export.writer import TableWriter, write_table

__all__ = [
    "FORMATS",
    "EncodedRows",
    "TableWriter",
    "csv_cell",
    "encode_frame",
    "encode_rows",
    "json_value",
    "part_path",
    "read_frame",
    "read_table",
    "read_tables",
    "table_dir",
    "table_parts",
    "write_table",
]
