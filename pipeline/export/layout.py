"""Where each table is published: one folder per table and format, in numbered parts.

``<out>/parquet/<table>/part-00000.parquet``, ``<out>/csv/<table>/part-00000.csv``,
``<out>/jsonl/<table>/part-00000.jsonl``. A folder holds one table only, so every reader of
a folder (``pyarrow.dataset``, Spark, DuckDB ``'parquet/facts/*.parquet'``, Hugging Face
``data_files``) sees one table. A new part starts at the next document once a part holds
:data:`PART_ROWS` rows, and Parquet row groups hold :data:`ROW_GROUP_ROWS` rows, or fewer when
:data:`ROW_GROUP_BYTES` of text come first: both are counted on the rows themselves, so
the files do not depend on how the run was batched or parallelised.
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
# A row group also ends, at the next document, once its rows' values pass this many bytes
# (text as UTF-8, 8 bytes a number: :func:`pipeline.export.writer.value_bytes`): what the
# writer holds is bounded in bytes, not only in rows (100,000 facts are ~27 MB in memory;
# 1,000 documents of 10 MB would be 10 GB). A document's values do not depend on batching
# or on the formats written, so neither do the row groups.
ROW_GROUP_BYTES: Final = 3 << 20


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


# What a run can publish (``--formats``): the table formats above, the whole-dataset files
# and the site. Parquet is always written: the database, the spreadsheet, ``verify`` and
# releases are built from it. A dump run can publish Parquet alone (``--formats parquet``).
OUTPUTS: Final = ("parquet", "csv", "jsonl", "sqlite", "xlsx", "site")


def parse_outputs(text: str) -> tuple[str, ...]:
    """The outputs named by ``--formats`` (comma-separated, ``all`` for every one), in
    :data:`OUTPUTS` order; ValueError naming what is wrong."""
    names = [name.strip().lower() for name in text.split(",") if name.strip()]
    if not names:
        raise ValueError(f"name at least one of {', '.join(OUTPUTS)} (or all)")
    if "all" in names:
        return OUTPUTS
    unknown = sorted({name for name in names if name not in OUTPUTS})
    if unknown:
        raise ValueError(
            f"unknown format {', '.join(map(repr, unknown))}; choose from "
            f"{', '.join(OUTPUTS)} (or all)"
        )
    if "parquet" not in names:
        raise ValueError(
            "parquet is always published (the database, the spreadsheet, verify and "
            "releases are built from it): add it"
        )
    return tuple(name for name in OUTPUTS if name in names)


def present_outputs(folder: Path) -> tuple[str, ...]:
    """What a published folder holds, as :data:`OUTPUTS` names (for metadata written again
    from the files alone)."""
    present = {"parquet"} | {fmt for fmt in FORMATS[1:] if (folder / fmt).is_dir()}
    present |= {fmt for name, fmt in WHOLE_FILES.items() if (folder / name).is_file()}
    if (folder / "site").is_dir():
        present.add("site")
    return tuple(name for name in OUTPUTS if name in present)


def whole_files(folder: Path) -> list[Path]:
    """The whole-dataset files present in ``folder`` (relative paths)."""
    return [Path(name) for name in WHOLE_FILES if (folder / name).is_file()]
