"""Where each table is published: one folder per table and format, in numbered parts.

``<out>/parquet/<table>/part-00000.parquet``, ``<out>/csv/<table>/part-00000.csv``,
``<out>/jsonl/<table>/part-00000.jsonl``. A folder holds one table only, so every reader of
a folder (``pyarrow.dataset``, Spark, DuckDB ``'parquet/facts/*.parquet'``, Hugging Face
``data_files``) sees one table. A new part starts at the next document once a part holds
:data:`PART_ROWS` rows, and Parquet row groups hold :data:`ROW_GROUP_ROWS` rows: both are
counts of rows, so the files do not depend on how the run was batched or parallelised.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

FORMATS: Final = ("parquet", "csv", "jsonl")
SUFFIXES: Final = {"parquet": ".parquet", "csv": ".csv", "jsonl": ".jsonl"}

# Rows per part file and per Parquet row group; documents rows carry whole articles.
_DEFAULT_PART_ROWS: Final = 5_000_000
_DEFAULT_ROW_GROUP_ROWS: Final = 100_000
PART_ROWS: Final = {"documents": 100_000}
ROW_GROUP_ROWS: Final = {"documents": 1_000}


def part_rows(name: str) -> int:
    return PART_ROWS.get(name, _DEFAULT_PART_ROWS)


def row_group_rows(name: str) -> int:
    return ROW_GROUP_ROWS.get(name, _DEFAULT_ROW_GROUP_ROWS)


def table_dir(folder: Path, name: str, fmt: str) -> Path:
    """The folder of table ``name`` in format ``fmt``."""
    return folder / fmt / name


def part_path(folder: Path, name: str, fmt: str, index: int) -> Path:
    """Part number ``index`` (from 0) of table ``name`` in format ``fmt``."""
    return table_dir(folder, name, fmt) / f"part-{index:05d}{SUFFIXES[fmt]}"


def table_parts(folder: Path, name: str, fmt: str) -> list[Path]:
    """The part files of a published table, in order (empty when there are none)."""
    return sorted(table_dir(folder, name, fmt).glob(f"part-*{SUFFIXES[fmt]}"))


# Whole-dataset files beside the table folders: a SQLite database of every table, and a
# spreadsheet when the tables fit in one (see pipeline.export.sqlite and .xlsx).
DATABASE: Final = "factpipe.sqlite"
SPREADSHEET: Final = "xlsx/factpipe.xlsx"
WHOLE_FILES: Final = {DATABASE: "sqlite", SPREADSHEET: "xlsx"}


def whole_files(folder: Path) -> list[Path]:
    """The whole-dataset files present in ``folder`` (relative paths)."""
    return [Path(name) for name in WHOLE_FILES if (folder / name).is_file()]
