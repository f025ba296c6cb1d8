"""CSV is faithful: every cell holds the published text exactly, formula-like or not.

Policy (``pipeline.export.encode``): RFC 4180, text exactly as published, no prefixes, so the
published offsets slice ``documents.text`` read from CSV as they do from Parquet. People who
open data in a spreadsheet use the ``.xlsx`` export, whose text cells are stored as text.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest

from pipeline.export import read_table, table_parts
from pipeline.run import run_pipeline
from schemas import TABLES
from schemas.metadata import columns

ARTICLES = {
    # a document whose text begins with "=" (its title line)
    "formula-title.txt": "= Sum =\n\n-40 degrees was the coldest day. @home is a brand. +44 is a code.\n",
    "plus.txt": "+44 is the dialling code. It has 3 towns.\n",
    "at.txt": "@home was a company. It had 300 staff.\n",
    "tab.txt": "\tIndented first line. It is 5 km long.\n",
    "apostrophe.txt": "'Quoted' is a word. It is 6 km long.\n",
    "=1+1.txt": "The file name is a formula. It is 7 km long.\n",
}
MANIFEST = (
    'file,title,source,license\nplus.txt,@Title,"=HYPERLINK(""http://example.org"",""x"")",-CC BY\n'
)


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("formulas")
    raw = tmp / "raw"
    raw.mkdir()
    for name, text in ARTICLES.items():
        (raw / name).write_text(text, encoding="utf-8")
    (raw / "sources.csv").write_text(MANIFEST, encoding="utf-8")
    run_pipeline(raw, tmp / "out")
    return tmp / "out"


def _text_columns(name: str) -> list[str]:
    return [c.name for c in columns(TABLES[name]) if c.kind in ("string", "category")]


def _csv_cells(out: Path, name: str) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for part in table_parts(out, name, "csv"):
        with part.open(encoding="utf-8", newline="") as handle:
            rows += list(csv.DictReader(handle))
    return rows


@pytest.mark.parametrize("name", list(TABLES))
def test_csv_cells_hold_the_published_text_exactly(out: Path, name: str) -> None:
    parquet = read_table(out, name, "parquet")
    cells = _csv_cells(out, name)
    assert len(cells) == len(parquet)
    for col in _text_columns(name):
        expected = ["" if pd.isna(v) else str(v) for v in parquet[col]]
        assert [row[col] for row in cells] == expected, col


def test_formula_like_text_is_published_as_is(out: Path) -> None:
    docs = read_table(out, "documents", "csv").set_index("doc_id")
    assert docs.loc["formula-title", "text"].startswith("= Sum =")
    assert docs.loc["plus", "title"] == "@Title"
    assert docs.loc["plus", "license"] == "-CC BY"
    assert docs.loc["plus", "source"].startswith("=HYPERLINK(")


def test_offsets_slice_the_csv_text(out: Path) -> None:
    """Read with a plain CSV reader, ``documents.text`` gives every quote at its offsets."""
    texts = {row["doc_id"]: row["text"] for row in _csv_cells(out, "documents")}
    for name in ("facts", "events", "sentences"):
        rows = _csv_cells(out, name)
        assert rows or name == "events"
        quote = "text" if name == "sentences" else "quote"
        for row in rows:
            start, end = int(row["char_start"]), int(row["char_end"])
            assert texts[row["doc_id"]][start:end] == row[quote]


def test_rows_end_in_crlf_and_text_keeps_its_line_breaks(out: Path) -> None:
    data = table_parts(out, "documents", "csv")[0].read_bytes()
    assert data.split(b"\n", 1)[0].endswith(b"\r")
    assert "\r" not in read_table(out, "documents", "csv")["text"].str.cat()
