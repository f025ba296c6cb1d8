"""Parquet row groups are bounded in bytes as well as in rows, so what the writer holds
does not grow with the corpus, and the groups still do not depend on batching."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyarrow as pa_arrow
import pyarrow.parquet as pq
import pytest

from pipeline.export import layout
from pipeline.export.encode import EncodedRows, encode_rows
from pipeline.export.writer import TableWriter, value_bytes
from pipeline.package.summary import DatasetSummary
from pipeline.run import run_pipeline
from tests.test_scale import ARTICLES, _same_tree


def _doc(n: int, rows: int, width: int) -> EncodedRows:
    return encode_rows(
        "rejects",
        {
            "file": [f"d{n}-{i}.txt" for i in range(rows)],
            "reason": ["x" * width] * rows,
            "hint": ["fix it"] * rows,
        },
    )


def _expected_groups(docs: list[EncodedRows], group_rows: int, group_bytes: int) -> list[int]:
    """The rule, restated: exactly ``group_rows`` rows, or fewer ended at a document once
    the values of the rows held (UTF-8 bytes of their text cells: rejects hold only text)
    pass ``group_bytes``."""
    groups: list[int] = []
    held_rows, held_bytes = 0, 0
    for doc in docs:
        table = doc.arrow.to_pylist()
        lines = [sum(len(v.encode()) for v in row.values() if v is not None) for row in table]
        for size in lines:
            held_rows += 1
            held_bytes += size
            if held_rows == group_rows:
                groups.append(held_rows)
                held_rows, held_bytes = 0, 0
        if held_rows and held_bytes >= group_bytes:
            groups.append(held_rows)
            held_rows, held_bytes = 0, 0
    return groups + ([held_rows] if held_rows else [])


@pytest.mark.parametrize("group_bytes", [300, 2_000, 1 << 30])
def test_a_row_group_ends_at_a_document_once_its_values_pass_the_bound(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, group_bytes: int
) -> None:
    monkeypatch.setitem(layout.ROW_GROUP_ROWS, "rejects", 10)
    monkeypatch.setattr(layout, "ROW_GROUP_BYTES", group_bytes)
    docs = [_doc(n, rows, width) for n, (rows, width) in enumerate(
        [(3, 20), (1, 400), (12, 5), (4, 100), (25, 1), (2, 3), (9, 60), (1, 1)]
    )]  # fmt: skip
    writer = TableWriter(tmp_path, "rejects", ("parquet",))
    for doc in docs:
        writer.append(doc)
    (part,) = writer.close()
    meta = pq.ParquetFile(part).metadata
    groups = [meta.row_group(i).num_rows for i in range(meta.num_row_groups)]
    assert groups == _expected_groups(docs, 10, group_bytes)
    assert max(groups) <= 10
    assert sum(groups) == sum(d.rows for d in docs)
    if group_bytes == 1 << 30:  # no byte bound reached: groups of exactly 10 rows
        assert groups[:-1] == [10] * (len(groups) - 1)
    table = pq.read_table(part)
    assert table.column("file").to_pylist() == [
        f"d{n}-{i}.txt" for n, d in enumerate(docs) for i in range(d.rows)
    ]


def test_the_writer_holds_a_bounded_number_of_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(layout, "ROW_GROUP_BYTES", 20_000)
    writer = TableWriter(tmp_path, "rejects", ("parquet",))
    held = []
    for n in range(400):  # 400 documents of ~1.4 kB of text: ~560 kB in all
        writer.append(_doc(n, 5, 200))
        held.append(sum(t.nbytes for t in writer._pending))
    writer.close()
    assert max(held) < 40_000  # one group's worth, not the table's


def test_bytes_do_not_depend_on_batching_with_small_byte_bounds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    for copy in range(2):
        for path in sorted(ARTICLES.glob("*.txt")):
            shutil.copy(path, raw / f"c{copy}-{path.name}")
    monkeypatch.setattr(layout, "ROW_GROUP_BYTES", 3_000)
    reference = tmp_path / "one-batch"
    run_pipeline(raw, reference, cache=None)
    sentences = pq.ParquetFile(next((reference / "parquet" / "sentences").glob("*.parquet")))
    assert sentences.num_row_groups > 2
    tiny = tmp_path / "tiny-batches"
    run_pipeline(raw, tiny, cache=None, batch_bytes=2_000, jobs=2)
    _same_tree(reference, tiny)


def test_units_and_methods_are_counted_a_row_group_at_a_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(layout, "ROW_GROUP_BYTES", 1_000)
    out = tmp_path / "out"
    run_pipeline(ARTICLES, out, cache=None, outputs=("parquet",))
    facts = pq.ParquetFile(next((out / "parquet" / "facts").glob("*.parquet")))
    assert facts.metadata.num_row_groups > 1
    summary = DatasetSummary()
    summary.count_values(out)
    whole = pq.read_table(out / "parquet" / "facts").column("unit").to_pylist()
    assert summary.units == {u: whole.count(u) for u in set(whole) if u is not None}
    assert sum(summary.methods.values()) > 0


def test_value_bytes_count_values_not_buffers() -> None:
    """The same rows count the same whether or not their batch had nulls (a validity
    bitmap), whatever their dictionary, and lists count their items."""
    with_nulls = pa_arrow.table({"a": ["xé", None, "abc"], "n": [1, 2, None]})
    without = with_nulls.slice(2, 1).take(pa_arrow.array([0], pa_arrow.int64()))
    fresh = pa_arrow.table({"a": ["abc"], "n": pa_arrow.array([None], pa_arrow.int64())})
    assert value_bytes(without) == value_bytes(fresh) == 3 + 8
    assert value_bytes(with_nulls) == 3 + 0 + 3 + 3 * 8
    listed = pa_arrow.table(
        {"l": [["ab", "c"], []], "d": pa_arrow.array(["q", "q"]).dictionary_encode()}
    )
    assert value_bytes(listed) == 2 * 8 + 3 + 2


def test_parquet_does_not_depend_on_the_formats_written(tmp_path: Path) -> None:
    """A Parquet-only run (the workers make no CSV or JSON Lines) writes the same Parquet
    files as a run of every format; and neither reuses the other's cached documents."""
    cache = tmp_path / "cache.sqlite"
    only = tmp_path / "only"
    run_pipeline(ARTICLES, only, cache=cache, outputs=("parquet",))
    assert not (only / "csv").exists() and not (only / "jsonl").exists()
    every = tmp_path / "every"
    summary = run_pipeline(ARTICLES, every, cache=cache)
    assert summary.cache_hits == 0  # the Parquet-only entries hold no CSV nor JSON Lines
    for part in sorted((only / "parquet").rglob("*.parquet")):
        assert part.read_bytes() == (every / part.relative_to(only)).read_bytes(), part
    facts = (every / "csv" / "facts").glob("*.csv")
    assert sum(len(p.read_bytes().splitlines()) for p in facts) > 1  # rows, not only a header
