"""A spreadsheet of every table for people who open data in Excel or LibreOffice:
``<out>/xlsx/<dataset>.xlsx``, one sheet per table.

Every text cell is stored as text (``write_string``), so a cell that begins with ``=``,
``+``, ``-`` or ``@`` shows as written and can never run as a formula; numbers are numbers,
nulls are empty. Two limits of the format shape it: a cell holds at most 32,767 characters,
so the ``documents`` sheet leaves out ``text`` (the articles are in the other formats), and
a sheet holds at most 1,048,576 rows, so a dataset with a longer table, or more than
:data:`MAX_CELLS` cells in all, gets no spreadsheet (the card says so). Written at the end
of a run from the Parquet parts, one row group at a time, in constant memory.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pyarrow.parquet as pq

from pipeline.export.layout import table_parts
from schemas import TABLES
from schemas.metadata import columns

MAX_ROWS = 1_048_575  # a sheet's rows, less its header
MAX_CELLS = 1_000_000  # beyond this the spreadsheet would take long to write and to open
OMITTED = {"documents": ("text",)}  # columns whose cells can exceed 32,767 characters
_EPOCH = dt.datetime(2000, 1, 1)  # the file's creation date: fixed, so runs give the same bytes


def sheet_columns(name: str) -> list[str]:
    """The columns a table's sheet holds."""
    return [c for c in TABLES[name].columns if c not in OMITTED.get(name, ())]


def fits(rows: dict[str, int]) -> bool:
    """Can the tables with these row counts be written as a spreadsheet?"""
    if any(n > MAX_ROWS for n in rows.values()):
        return False
    return sum(rows.get(name, 0) * len(sheet_columns(name)) for name in TABLES) <= MAX_CELLS


def write_xlsx(folder: Path, path: Path) -> Path:
    """Write the spreadsheet of the tables published in ``folder`` to ``path``."""
    import xlsxwriter

    path.parent.mkdir(parents=True, exist_ok=True)
    workbook = xlsxwriter.Workbook(
        str(path),
        {
            "constant_memory": True,
            "strings_to_formulas": False,
            "strings_to_numbers": False,
            "strings_to_urls": False,
        },
    )
    workbook.set_properties({"created": _EPOCH})  # no clock in the file: same bytes each run
    bold = workbook.add_format({"bold": True})
    for name in TABLES:
        kinds = {c.name: c.kind for c in columns(TABLES[name])}
        names = sheet_columns(name)
        sheet = workbook.add_worksheet(name)
        for col, header in enumerate(names):
            sheet.write_string(0, col, header, bold)
        row = 1
        for part in table_parts(folder, name, "parquet"):
            parquet = pq.ParquetFile(part)
            for group in range(parquet.num_row_groups):
                batch = parquet.read_row_group(group, columns=names)
                values = [batch.column(c).to_pylist() for c in names]
                for cells in zip(*values, strict=True):
                    for col, value in enumerate(cells):
                        if value is None:
                            continue
                        if kinds[names[col]] in ("integer", "number"):
                            sheet.write_number(row, col, value)
                        elif isinstance(value, list):
                            sheet.write_string(row, col, json.dumps(value, ensure_ascii=False))
                        else:
                            sheet.write_string(row, col, str(value))
                    row += 1
    workbook.close()
    return path
