"""Streaming at scale: the same bytes whatever the executor, jobs and batch size; article
dumps as input; the per-document cache; workers that die."""

from __future__ import annotations

import filecmp
import json
import os
import shutil
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

import pipeline.batch
from pipeline.executors import Batch, Ready, _WindowedExecutor
from pipeline.export import layout, read_table, table_parts
from pipeline.ingest import Source
from pipeline.run import run_pipeline
from schemas import TABLES

ARTICLES = Path(__file__).parent / "fixtures" / "articles"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Twelve articles: the fixtures three times over under new names."""
    raw = tmp_path_factory.mktemp("corpus") / "raw"
    raw.mkdir()
    for copy in range(3):
        for path in sorted(ARTICLES.glob("*.txt")):
            shutil.copy(path, raw / f"c{copy}-{path.name}")
    return raw


@pytest.fixture
def small_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    """Row groups and parts small enough that the fixture corpus needs several of each."""
    for name in TABLES:
        monkeypatch.setitem(layout.ROW_GROUP_ROWS, name, 7)
        monkeypatch.setitem(layout.PART_ROWS, name, 40)


def _same_tree(a: Path, b: Path) -> None:
    files_a = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    files_b = sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file())
    assert files_a == files_b
    _, mismatch, errors = filecmp.cmpfiles(a, b, [str(p) for p in files_a], shallow=False)
    assert mismatch == [] and errors == []


def test_outputs_do_not_depend_on_executor_jobs_or_batch_size(
    corpus: Path, tmp_path: Path, small_parts: None
) -> None:
    reference = tmp_path / "serial"
    run_pipeline(corpus, reference, cache=None)
    sentences = table_parts(reference, "sentences", "parquet")
    assert len(sentences) > 1, "the corpus should need more than one part"
    assert pq.ParquetFile(sentences[0]).num_row_groups > 1
    assert [pq.ParquetFile(p).metadata.row_group(0).num_rows for p in sentences[:1]] == [7]
    runs = {
        "tiny batches": {"batch_bytes": 2_000},
        "two processes": {"jobs": 2, "batch_bytes": 3_000},
        "dask": {"executor": "dask", "jobs": 2, "batch_bytes": 5_000},
    }
    for label, options in runs.items():
        out = tmp_path / label.replace(" ", "-")
        run_pipeline(corpus, out, cache=None, **options)  # type: ignore[arg-type]
        _same_tree(reference, out)


def test_parts_together_hold_every_row_once(
    corpus: Path, tmp_path: Path, small_parts: None
) -> None:
    out = tmp_path / "out"
    run_pipeline(corpus, out, cache=None)
    for fmt in ("parquet", "csv", "jsonl"):
        sentences = read_table(out, "sentences", fmt)
        assert sentences["sentence_id"].is_unique
        assert len(sentences) == len(read_table(out, "sentences", "parquet"))
    # a part ends at a document boundary: no document's rows are split over two parts
    docs_per_part = [
        set(pd.read_parquet(p, columns=["doc_id"])["doc_id"])
        for p in table_parts(out, "sentences", "parquet")
    ]
    for a, b in pairwise(docs_per_part):
        assert not a & b


def _records(raw: Path) -> list[dict[str, object]]:
    records = []
    for n, path in enumerate(sorted(ARTICLES.glob("*.txt"))):
        text = path.read_text(encoding="utf-8")
        title, body = text.split("\n", 1)
        records.append(
            {
                "id": str(1000 + n),
                "url": f"https://example.org/wiki/{path.stem}",
                "title": title.strip("= "),
                "text": body,
                "license": "CC BY-SA 4.0",
            }
        )
    return records


@pytest.mark.parametrize("kind", ["jsonl", "parquet"])
def test_an_article_dump_is_streamed_with_the_same_reject_rules(tmp_path: Path, kind: str) -> None:
    records = _records(ARTICLES)
    dump = tmp_path / f"dump.{kind}"
    if kind == "jsonl":
        lines = [json.dumps(r) for r in records]
        lines.insert(1, "{not json")
        lines.append(json.dumps({"id": "9", "title": "Empty", "text": "  "}))
        lines.append(json.dumps(records[0]))  # the same id again
        dump.write_text("\n".join(lines) + "\n", encoding="utf-8")
    else:
        bad = [{"id": "9", "title": "Empty", "text": "  ", "url": None, "license": None}]
        pd.DataFrame(records + bad + records[:1]).to_parquet(dump)
    out = tmp_path / "out"
    summary = run_pipeline(dump, out, cache=None)
    docs = read_table(out, "documents", "parquet")
    assert docs["doc_id"].tolist() == [str(r["id"]) for r in records]
    assert docs["title"].tolist() == [r["title"] for r in records]
    assert docs["source"].tolist() == [r["url"] for r in records]
    reasons = read_table(out, "rejects", "parquet").set_index("file")["reason"]
    if kind == "jsonl":
        assert "not valid JSON" in reasons["dump.jsonl:2"]
        assert "no text" in reasons["dump.jsonl:6"]
        assert "taken by an earlier record" in reasons["dump.jsonl:7"]
    else:
        assert "no text" in reasons["dump.parquet#4"]
        assert "taken by an earlier record" in reasons["dump.parquet#5"]
    assert summary.counts["facts"] > 0
    texts = docs.set_index("doc_id")["text"]
    for fact in read_table(out, "facts", "parquet").itertuples():
        assert texts[fact.doc_id][fact.char_start : fact.char_end] == fact.quote


def test_a_dump_folder_is_read_file_by_file(tmp_path: Path) -> None:
    records = _records(ARTICLES)
    folder = tmp_path / "dumps"
    folder.mkdir()
    (folder / "a.jsonl").write_text(json.dumps(records[0]) + "\n", encoding="utf-8")
    pd.DataFrame(records[1:]).to_parquet(folder / "b.parquet")
    run_pipeline(folder, tmp_path / "out", cache=None)
    docs = read_table(tmp_path / "out", "documents", "parquet")
    assert docs["doc_id"].tolist() == [str(r["id"]) for r in records]


def test_the_cache_redoes_only_what_changed(corpus: Path, tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    shutil.copytree(corpus, raw)
    cache = tmp_path / "cache.sqlite"
    first = run_pipeline(raw, tmp_path / "out", cache=cache)
    assert first.cache_hits == 0
    second = run_pipeline(raw, tmp_path / "out2", cache=cache)
    assert second.cache_hits == first.counts["documents"]
    _same_tree(tmp_path / "out", tmp_path / "out2")
    edited = sorted(raw.glob("*.txt"))[0]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nIt has 42 new halls.\n")
    third = run_pipeline(raw, tmp_path / "out3", cache=cache)
    assert third.cache_hits == first.counts["documents"] - 1
    run_pipeline(raw, tmp_path / "fresh", cache=None)
    _same_tree(tmp_path / "fresh", tmp_path / "out3")


def _poisoned(sources, **options):  # type: ignore[no-untyped-def]
    """process_batch, except that a worker dies on a source marked to kill it."""
    for src in sources:
        marker = Path(os.environ["FACTPIPE_TEST_MARKER"])
        if b"POISON-ALWAYS" in src.data:
            os._exit(1)
        if b"POISON-ONCE" in src.data and not marker.exists():
            marker.write_text("died once")
            os._exit(1)
    return pipeline.batch.process_batch(sources, **options)


def test_a_dead_worker_costs_a_retry_and_a_document_that_kills_it_a_reject(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    raw = tmp_path / "raw"
    shutil.copytree(corpus, raw)
    (raw / "once.txt").write_text("POISON-ONCE. It is 5 km long.\n", encoding="utf-8")
    (raw / "always.txt").write_text("POISON-ALWAYS. It is 6 km long.\n", encoding="utf-8")
    monkeypatch.setenv("FACTPIPE_TEST_MARKER", str(tmp_path / "marker"))
    monkeypatch.setattr("pipeline.executors.process_batch", _poisoned)
    out = tmp_path / "out"
    run_pipeline(raw, out, jobs=2, cache=None, batch_bytes=4_000)
    assert (tmp_path / "marker").exists()  # a worker did die once
    rejects = read_table(out, "rejects", "parquet")
    assert rejects["file"].tolist() == ["always.txt"]
    assert "worker process died" in rejects["reason"].iloc[0]
    docs = read_table(out, "documents", "parquet")["doc_id"].tolist()
    assert "once" in docs and len(docs) == len(list(raw.glob("*.txt"))) - 1


class _Dying:
    """A future whose worker died."""

    def result(self) -> object:
        raise ConnectionAbortedError("worker died")


class _Done:
    def __init__(self, value: object) -> None:
        self.value = value

    def result(self) -> object:
        return self.value


class _FlakyExecutor(_WindowedExecutor):
    """Batches holding a poisoned source die: ``once`` sources the first time only."""

    def __init__(self) -> None:
        self.died: set[str] = set()
        self.restarts = 0

    def submit(self, sources):  # type: ignore[no-untyped-def]
        for src in sources:
            if src.doc_id == "always" or (src.doc_id == "once" and "once" not in self.died):
                self.died.add(src.doc_id)
                return _Dying()
        return _Done(pipeline.batch.BatchOutput([], {"n": float(len(sources))}))

    def is_death(self, err: BaseException) -> bool:
        return isinstance(err, ConnectionAbortedError)

    def restart(self) -> None:
        self.restarts += 1


def _src(doc_id: str) -> Source:
    return Source(doc_id, f"{doc_id}.txt", b"It is 5 km long.", None, doc_id, "s", None)


def test_the_retry_rules_of_every_executor() -> None:
    """One death retries the batch; two split it; a document that dies alone is rejected;
    outputs keep their order, cached ones included."""
    ready = Ready(pipeline.batch.BatchOutput([], {"ready": 1.0}))
    units = [
        Batch((_src("a"), _src("once")), ("k1", "k2")),
        ready,
        Batch((_src("b"), _src("always")), ("k3", "k4")),
    ]
    executor = _FlakyExecutor()
    results = list(executor.run(units, window=2))
    assert [unit for unit, _ in results] == units
    assert results[0][1].seconds == {"n": 2.0}  # retried whole, then fine
    assert results[1][1] is ready.output
    split = results[2][1]
    assert [d.doc_id for d in split.docs] == ["always"]  # "b" processed alone (no rows here)
    assert split.docs[0].reject is not None
    assert "worker process died" in split.docs[0].reject["reason"]
    assert executor.restarts >= 3


def test_cached_outputs_count_towards_the_window() -> None:
    """A warm cache must not read every cached output into memory before the first is
    appended: at most ``window`` units are held, cache hits included."""
    taken: list[int] = []

    def units() -> Iterator[Ready]:
        for i in range(100):
            taken.append(i)
            yield Ready(pipeline.batch.BatchOutput([], {"ready": float(i)}))

    results = _FlakyExecutor().run(units(), window=3)
    next(results)
    assert len(taken) <= 3
    assert len(list(results)) == 99
