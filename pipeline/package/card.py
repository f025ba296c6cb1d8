"""The dataset card (``README.md`` of a published folder), generated.

Columns come from the Pandera models (``schemas.metadata.columns``), licences and
attribution from the dataset's summary of its documents, the CSV policy from
``pipeline.export.encode``'s docstring, so the card cannot drift from the data it
describes. A YAML header names every table's files for the Hugging Face ``datasets``
loader. Its Python code blocks are run against a published folder by the tests.
"""

from __future__ import annotations

import pipeline.export.encode
from pipeline.export import FORMATS
from pipeline.package.dataset import (
    CROISSANT,
    DATAPACKAGE,
    DATASET_DESCRIPTION,
    DATASET_TITLE,
    build_date,
)
from pipeline.package.summary import DatasetSummary
from schemas import TABLES
from schemas.metadata import data_dictionary_markdown

LOADING = '''\
DuckDB (its `substring` is 1-based, so add 1 to `char_start`):

```python
import duckdb

facts = duckdb.sql("""
    SELECT f.fact_id, f.value, f.unit, f.qualifier, f.quote,
           substring(d.text, f.char_start + 1, f.char_end - f.char_start) AS span
    FROM 'parquet/facts/*.parquet' AS f
    JOIN 'parquet/documents/*.parquet' AS d USING (doc_id)
""").df()
assert (facts["span"] == facts["quote"]).all()
```

pandas (each fact with the sentence that states it):

```python
import pandas as pd

facts = pd.read_parquet("parquet/facts")
sentences = pd.read_parquet("parquet/sentences")
facts_with_sentence = facts.merge(
    sentences[["sentence_id", "text"]].rename(columns={"text": "sentence"}), on="sentence_id"
)
texts = pd.read_parquet("parquet/documents").set_index("doc_id")["text"]
assert all(
    texts[row.doc_id][row.char_start : row.char_end] == row.quote
    for row in facts.itertuples()
)
```

Polars (its `str.slice` is 0-based, like Python):

```python
import polars as pl

documents = pl.read_parquet("parquet/documents/*.parquet").select("doc_id", "text")
events = (
    pl.read_parquet("parquet/events/*.parquet")
    .join(documents, on="doc_id")
    .with_columns(
        span=pl.col("text").str.slice(pl.col("char_start"), pl.col("char_end") - pl.col("char_start"))
    )
)
assert (events["span"] == events["quote"]).all()
```
'''


def _cell(value: object) -> str:
    if value is None:
        return "(not recorded)"
    return " ".join(str(value).split()).replace("|", "\\|")


def csv_policy() -> str:
    """The CSV paragraph of ``pipeline.export.encode``'s docstring, as Markdown."""
    doc = pipeline.export.encode.__doc__ or ""
    for paragraph in doc.split("\n\n"):
        if paragraph.lstrip().startswith("CSV follows RFC 4180"):
            return " ".join(paragraph.split()).replace("``", "`")
    raise ValueError("pipeline.export.encode's docstring has no 'CSV follows RFC 4180' paragraph")


def hugging_face_configs() -> str:
    """The YAML header that lets ``datasets.load_dataset(folder, "<table>")`` find each
    table's Parquet files."""
    lines = ["---", "configs:"]
    for name in TABLES:
        lines += [
            f"- config_name: {name}",
            "  data_files:",
            "  - split: train",
            f'    path: "parquet/{name}/*.parquet"',
        ]
    return "\n".join([*lines, "---"])


def _tables_section(summary: DatasetSummary) -> list[str]:
    lines = ["## Tables", ""]
    lines.append(
        "Layout: one folder per table and format, "
        + ", ".join(f"`{fmt}/<table>/part-00000.{fmt}`" for fmt in FORMATS)
        + " (a table of millions of rows has more parts); the three formats hold the same "
        "rows and columns. Rows are in document order, and within a document sorted by "
        "position; ids are derived from content, so they are stable across runs on the same "
        "input and survive edits elsewhere in an article."
    )
    lines.append("")
    lines.append(data_dictionary_markdown(TABLES, heading="###", rows=summary.rows))
    return lines


def _licence_section(summary: DatasetSummary) -> list[str]:
    lines = ["## Licence and attribution", ""]
    chosen = summary.dataset_license()
    lines.append(
        chosen.explanation
        + f" ([{chosen.license.title}]({chosen.license.path or chosen.license.name}).) "
        "`documents.text` quotes each source in full."
    )
    if summary.unlicensed_listed:
        more = summary.unlicensed - len(summary.unlicensed_listed)
        lines += [
            "",
            "No licence is recorded for: "
            + ", ".join(f"`{d}`" for d in summary.unlicensed_listed)
            + (f" and {more} more" if more else "")
            + "; check the source before reusing them.",
        ]
    lines += ["", "| document | title | source | licence |", "|---|---|---|---|"]
    for entry in summary.listed:
        lines.append(
            f"| `{entry.doc_id}` | {_cell(entry.title)} | {_cell(entry.source)} "
            f"| {_cell(entry.license)} |"
        )
    if summary.unlisted:
        lines += [
            "",
            f"… and {summary.unlisted} more documents: their title, source and licence are "
            "in the `documents` table.",
        ]
    return [*lines, ""]


def dataset_card(summary: DatasetSummary, version: str) -> str:
    """The Markdown dataset card of a published folder."""
    lines = [hugging_face_configs(), "", f"# {DATASET_TITLE}", "", f"Version {version}."]
    built = build_date()
    if built:
        lines[-1] += f" Built {built}."
    lines += ["", DATASET_DESCRIPTION, ""]
    lines += _tables_section(summary)
    lines += _licence_section(summary)
    lines += [
        "## Provenance",
        "",
        "`char_start` and `char_end` are half-open offsets in Unicode code points (0-based, "
        "end exclusive) into `documents.text`, which is the source file decoded as UTF-8 with "
        "a leading BOM removed and `\\r\\n` / `\\r` turned into `\\n`, nothing else. For every "
        "fact and event `documents.text[char_start:char_end] == quote`, and for every sentence "
        "the slice equals `sentences.text`; `sentence_id` names the sentence that states the "
        "value. Rows that failed this check were not published: they are in `quarantine`.",
        "",
        "## CSV and spreadsheets",
        "",
        csv_policy(),
        "",
        "## Loading",
        "",
        "Run from this folder.",
        "",
        LOADING.rstrip("\n"),
        "",
        "## Metadata and checks",
        "",
        f"`{DATAPACKAGE}` is a Frictionless Data Package (schemas, keys, SHA-256 of every "
        f"file; `frictionless validate {DATAPACKAGE}`); `{CROISSANT}` is Croissant 1.0 "
        "metadata. A release archive also holds `SHA256SUMS` (`sha256sum -c SHA256SUMS`); "
        "`python -m pipeline verify PATH` checks the checksums, every table against its "
        "schema and the provenance rule on every row.",
        "",
        "## Versioning",
        "",
        f"The dataset version ({version}) is semantic: the major number changes when a "
        "published table or column is removed or renamed or changes meaning, the minor number "
        "when tables or columns are added or extraction changes, the patch number for "
        "corrections that change no columns. It is set in one place, "
        "`schemas.DATASET_VERSION`.",
        "",
    ]
    return "\n".join(lines)
