"""Benchmark: time and memory of each stage on a corpus (``make bench``).

``python -m pipeline.dev.bench [--raw DIR] [--copies N]`` runs every stage on the ``.txt``
files of DIR (the corpus repeated N times, to reach a measurable size), in one process,
and prints seconds per stage, seconds per MB of text and the peak resident memory.
Timing is measured here, never asserted in tests.
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click
import pandas as pd

from pipeline.assemble import DocumentResult, assemble_tables
from pipeline.export import write_table
from pipeline.extract.entities import extract_entities, link_fact_subjects
from pipeline.extract.events import extract_events
from pipeline.extract.quantities import extract_quantities
from pipeline.ingest import doc_id_for, ingest_document
from pipeline.model import Document
from pipeline.segment import segment_document
from pipeline.validate import validate_tables
from schemas import TABLES

T = TypeVar("T")


def _timed(totals: dict[str, float], stage: str, func: Callable[..., T], *args: Any) -> T:
    start = time.perf_counter()
    result = func(*args)
    totals[stage] = totals.get(stage, 0.0) + time.perf_counter() - start
    return result


def _copy(doc: Document, n: int) -> Document:
    return Document(f"{doc.doc_id}-{n}", doc.title, doc.source, doc.license, doc.sha256, doc.text)


@click.command()
@click.option(
    "--raw",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=Path("../shared/corpus/dev"),
    show_default=True,
)
@click.option(
    "--copies",
    type=click.IntRange(min=1),
    default=3,
    show_default=True,
    help="How many times to process the corpus.",
)
def main(raw: Path, copies: int) -> None:
    """Time each stage of the pipeline on RAW and report seconds per MB and peak memory."""
    totals: dict[str, float] = {}
    paths = sorted(raw.glob("*.txt"))
    docs = [_timed(totals, "ingest", ingest_document, p, doc_id_for(p)) for p in paths]
    results = []
    for n in range(copies):
        for doc in docs:
            copy = _copy(doc, n)
            sentences = _timed(totals, "segment", segment_document, copy)
            events = _timed(totals, "events", extract_events, copy, sentences)
            facts = _timed(totals, "quantities", extract_quantities, copy, sentences, events)
            entities = _timed(totals, "entities", extract_entities, copy, sentences)
            facts = _timed(totals, "entities", link_fact_subjects, facts, entities)
            results.append(DocumentResult(copy, sentences, facts, events, entities))
    tables = _timed(totals, "assemble", assemble_tables, results)
    tables["rejects"] = pd.DataFrame(columns=TABLES["rejects"].columns)
    tables = _timed(totals, "validate", validate_tables, tables)
    with tempfile.TemporaryDirectory() as tmp:
        for name in TABLES:
            _timed(totals, "export", write_table, tables[name], Path(tmp), name)
    megabytes = sum(len(d.text.encode("utf-8")) for d in docs) * copies / 1e6
    total = sum(totals.values())
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    click.echo(
        f"corpus: {len(docs)} documents x {copies} = {megabytes:.2f} MB of text; "
        f"{len(tables['facts'])} facts, {len(tables['events'])} events, "
        f"{len(tables['entities'])} entities, {len(tables['mentions'])} mentions, "
        f"{len(tables['relations'])} relations"
    )
    for stage, seconds in totals.items():
        click.echo(f"  {stage:<11} {seconds:7.2f} s  {seconds / megabytes:7.2f} s/MB")
    click.echo(f"  {'total':<11} {total:7.2f} s  {total / megabytes:7.2f} s/MB")
    click.echo(f"peak memory: {peak:.0f} MiB")
    _stress()


# One long sentence or line each, where work quadratic in the length of a sentence would
# show. Their times should grow about linearly with n.
_STRESS = {
    "dates in one sentence": lambda n: "In 2009 it rained and" + " in 2010" * n + ".",
    "values and dates in one clause": lambda n: (
        "In 2009 it rained" + " 5 mm and ¥3 and in 2010" * n
    ),
    "heading with a run of blanks": lambda n: "= a" + " " * (n * 10) + "b\nIn 2009 it rained.\n",
}


def _stress() -> None:
    click.echo("stress (one long sentence or line; seconds for segment + both extractors):")
    for name, make in _STRESS.items():
        times = []
        for n in (1_000, 4_000, 16_000):
            doc = Document("stress", "Stress", "stress", None, "0" * 64, make(n))
            start = time.perf_counter()
            sentences = segment_document(doc)
            extract_quantities(doc, sentences, extract_events(doc, sentences))
            times.append(f"n={n}: {time.perf_counter() - start:.2f} s")
        click.echo(f"  {name:<31} " + ", ".join(times))


if __name__ == "__main__":
    main(sys.argv[1:])
