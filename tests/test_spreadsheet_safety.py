"""CSV cells that a spreadsheet would run as a formula are escaped; other formats are not.

Policy (``pipeline.export``): in CSV only, a text cell that begins with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return, or already begins with ``'``, gets one leading
``'``; ``read_table`` strips it, so the CSV stays lossless. Parquet and JSON hold the
text unchanged.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pandas as pd
import pytest

from pipeline.export import CSV_UNSAFE_PREFIXES, FORMATS, read_table, table_path
from pipeline.run import run_pipeline
from schemas import TABLES
from schemas.metadata import columns

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
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
    with table_path(out, name, "csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.mark.parametrize("name", list(TABLES))
def test_no_csv_text_cell_begins_like_a_formula(out: Path, name: str) -> None:
    for row in _csv_cells(out, name):
        for column in _text_columns(name):
            assert not row[column].startswith(FORMULA_STARTS), (name, column, row[column])


def test_risky_cells_get_one_leading_apostrophe_in_csv_only(out: Path) -> None:
    parquet = read_table(out, "documents", "parquet").set_index("doc_id")
    cells = {row["doc_id"]: row for row in _csv_cells(out, "documents")}
    escaped = 0
    for doc_id, doc in parquet.iterrows():
        for column in ("title", "source", "license", "text"):
            value = doc[column]
            if pd.isna(value):
                continue
            expected = "'" + value if value.startswith(CSV_UNSAFE_PREFIXES) else value
            assert cells[doc_id][column] == expected, (doc_id, column)
            escaped += expected != value
    assert escaped >= 8
    plus = parquet.loc["plus"]
    assert (plus["title"], plus["license"]) == ("@Title", "-CC BY")
    assert plus["source"] == '=HYPERLINK("http://example.org","x")'
    assert parquet.loc["1-1", "source"] == "=1+1.txt"
    assert parquet.loc["apostrophe", "text"].startswith("'Quoted'")


def test_sentences_starting_with_formula_characters(out: Path) -> None:
    sentences = read_table(out, "sentences", "parquet")
    texts = set(sentences["text"])
    for sentence in ("-40 degrees was the coldest day.", "@home is a brand.", "+44 is a code."):
        assert sentence in texts
    csv_texts = {row["text"] for row in _csv_cells(out, "sentences")}
    assert {"'-40 degrees was the coldest day.", "'@home is a brand.", "'+44 is a code."} <= (
        csv_texts
    )


@pytest.mark.parametrize("name", ["documents", "sentences", "facts", "events"])
def test_csv_reads_back_losslessly_and_json_is_unchanged(out: Path, name: str) -> None:
    parquet = read_table(out, name, "parquet")
    for fmt in FORMATS[1:]:
        pd.testing.assert_frame_equal(parquet, read_table(out, name, fmt), obj=f"{name}.{fmt}")
    raw_json = json.loads(table_path(out, name, "json").read_text(encoding="utf-8"))
    for column in _text_columns(name):
        assert [r[column] for r in raw_json] == [
            None if pd.isna(v) else v for v in parquet[column].astype(object)
        ]


def test_documents_text_is_unchanged_in_parquet_and_json(out: Path) -> None:
    docs = read_table(out, "documents", "parquet").set_index("doc_id")
    raw_json = {
        r["doc_id"]: r for r in json.loads(table_path(out, "documents", "json").read_text())
    }
    assert docs.loc["formula-title", "text"] == ARTICLES["formula-title.txt"]
    assert raw_json["formula-title"]["text"] == ARTICLES["formula-title.txt"]
    assert raw_json["tab"]["text"] == ARTICLES["tab.txt"]
