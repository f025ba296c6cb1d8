"""Published files: same rows in every format; offsets work in DuckDB and Polars."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd
import polars as pl
import pytest

from pipeline.export import FORMATS, read_table, table_dir
from schemas import TABLES

GROUNDED = ("facts", "events")


def table_path(folder: Path, name: str, fmt: str) -> str:
    """A glob of every part file of a published table, as readers take it."""
    return str(table_dir(folder, name, fmt) / f"*.{fmt}")


@pytest.mark.parametrize("name", list(TABLES))
def test_every_format_holds_the_same_rows(published: Path, name: str) -> None:
    parquet = read_table(published, name, "parquet")
    for fmt in FORMATS[1:]:
        pd.testing.assert_frame_equal(
            parquet, read_table(published, name, fmt), obj=f"{name}.{fmt}"
        )
    assert list(parquet.columns) == TABLES[name].columns


def test_fixture_run_publishes_rows(published: Path) -> None:
    counts = {name: len(read_table(published, name, "parquet")) for name in TABLES}
    assert counts["documents"] == 4
    assert counts["sentences"] > 40
    assert counts["facts"] > 10
    assert counts["events"] > 20
    assert counts["rejects"] == 0
    assert counts["quarantine"] == 0


@pytest.mark.parametrize("name", GROUNDED)
def test_duckdb_substring_gives_each_quote(published: Path, name: str) -> None:
    rows = duckdb.sql(
        f"""
        SELECT t.quote, substring(d.text, t.char_start + 1, t.char_end - t.char_start) AS sliced
        FROM '{table_path(published, name, "parquet")}' t
        JOIN '{table_path(published, "documents", "parquet")}' d USING (doc_id)
        """
    ).fetchall()
    assert rows
    assert all(quote == sliced for quote, sliced in rows)


@pytest.mark.parametrize("name", GROUNDED)
def test_polars_str_slice_gives_each_quote(published: Path, name: str) -> None:
    docs = pl.read_parquet(table_path(published, "documents", "parquet"))
    table = pl.read_parquet(table_path(published, name, "parquet")).join(docs, on="doc_id")
    sliced = table.select(
        pl.col("quote"),
        pl.col("text").str.slice(pl.col("char_start"), pl.col("char_end") - pl.col("char_start")),
    )
    assert sliced.height > 0
    assert sliced["quote"].to_list() == sliced["text"].to_list()


def test_parquet_types_need_no_casts(published: Path) -> None:
    facts = duckdb.sql(
        f"DESCRIBE SELECT * FROM '{table_path(published, 'facts', 'parquet')}'"
    ).fetchall()
    types = {name: kind for name, kind, *_ in facts}
    assert types["char_start"] == "BIGINT"
    assert types["value"] == "DOUBLE"
    assert types["quote"] == "VARCHAR"
    assert (
        pl.read_parquet(table_path(published, "facts", "parquet")).schema["qualifier"]
        == pl.Categorical
    )


def test_non_ascii_offsets_count_code_points(tmp_path: Path) -> None:
    from pipeline.run import run_pipeline

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "zürich.txt").write_text(
        "= Zürich 🏙 =\n\nThe Grossmünster 🏛 was built in 1100. It has two towers of 64 metres.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    run_pipeline(raw, out)
    docs = pl.read_parquet(table_path(out, "documents", "parquet"))
    for name in GROUNDED:
        table = pl.read_parquet(table_path(out, name, "parquet")).join(docs, on="doc_id")
        assert table.height > 0
        sliced = table.select(
            pl.col("text").str.slice(
                pl.col("char_start"), pl.col("char_end") - pl.col("char_start")
            )
        ).to_series()
        assert sliced.to_list() == table["quote"].to_list()


@pytest.mark.parametrize("name", ["sentences", "facts", "events", "mentions"])
def test_a_batch_encoded_at_once_gives_each_document_its_own_bytes(
    published: Path, name: str
) -> None:
    """Encoding a batch's rows once and slicing them per document gives what encoding each
    document alone gives (the files must not depend on how documents were batched)."""
    from pipeline.export.encode import encode_groups, encode_rows
    from pipeline.export.writer import _canonical

    frame = read_table(published, name, "parquet").astype(object)
    docs = read_table(published, "documents", "parquet")["doc_id"].tolist()
    grouped = encode_groups(name, frame, docs)
    for doc_id in docs:
        part = frame[frame["doc_id"] == doc_id]
        alone = encode_rows(name, {c: part[c].tolist() for c in TABLES[name].columns})
        assert grouped[doc_id].csv == alone.csv
        assert grouped[doc_id].jsonl == alone.jsonl
        assert _canonical(grouped[doc_id].arrow).equals(_canonical(alone.arrow))
