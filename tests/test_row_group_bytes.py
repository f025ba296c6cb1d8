"""Parquet row groups are bounded in bytes as well as in rows, so what the writer holds
does not grow with the corpus, and the groups still do not depend on batching."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline.export import layout
from pipeline.export.encode import EncodedRows, encode_rows
from pipeline.export.writer import TableWriter
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
    the JSON Lines text of the rows held passes ``group_bytes``."""
    groups: list[int] = []
    held_rows, held_bytes = 0, 0
    for doc in docs:
        lines = [len(line) + 1 for line in doc.jsonl.split(b"\n")[:-1]]
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
def test_a_row_group_ends_at_a_document_once_its_text_passes_the_bound(
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
