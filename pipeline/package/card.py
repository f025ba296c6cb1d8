"""The dataset card (``README.md`` of a published folder), generated.

Columns come from the Pandera models (``schemas.metadata.columns``), licences and
attribution from the dataset's summary of its documents, the CSV policy from
``pipeline.export.encode``'s docstring, so the card cannot drift from the data it
describes. A YAML header names every table's files for the Hugging Face ``datasets``
loader. Its Python code blocks are run against a published folder by the tests.
"""

from __future__ import annotations

from collections.abc import Sequence

import pipeline.export.encode
from pipeline.export import FORMATS
from pipeline.export.layout import DATABASE, OUTPUTS, SPREADSHEET
from pipeline.extract.properties import PROPERTIES
from pipeline.package.citation import CITATION_FILE, bibtex
from pipeline.package.dataset import CROISSANT, DATAPACKAGE, build_date
from pipeline.package.summary import DatasetSummary
from schemas import TABLES
from schemas.metadata import columns, data_dictionary_markdown

_DUCKDB_TYPES = {
    "string": "VARCHAR",
    "category": "VARCHAR",
    "integer": "BIGINT",
    "number": "DOUBLE",
}


def duckdb_types(name: str) -> str:
    """A DuckDB ``types={...}`` struct fixing every column of a table to its published type."""
    cols = columns(TABLES[name])
    return (
        "{" + ", ".join(f"'{c.name}': '{_DUCKDB_TYPES.get(c.kind, 'VARCHAR')}'" for c in cols) + "}"
    )


def text_columns(name: str) -> list[str]:
    return [c.name for c in columns(TABLES[name]) if c.kind in ("string", "category")]


_COUNTS = {2: "two", 3: "three"}
_FORMAT_NAMES = {"parquet": "Parquet", "csv": "CSV", "jsonl": "JSON Lines"}


def _names(formats: Sequence[str]) -> str:
    """``Parquet, CSV and JSON Lines``."""
    names = [_FORMAT_NAMES[f] for f in formats]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def loading_snippets(outputs: Sequence[str] = OUTPUTS) -> str:
    """Loading snippets for each tool and each format of ``outputs``, run from a published
    folder (the tests run them). CSV and JSON Lines carry no types: each snippet fixes them
    from the schema, so a period ``0757`` or a date ``1850`` stays text."""
    text = {name: text_columns(name) for name in ("documents", "facts", "events")}
    formats = [f for f in FORMATS if f in outputs]
    csv, jsonl = "csv" in formats, "jsonl" in formats
    duck_text = []
    if csv:
        duck_text.append(f"""\
    ("read_csv('csv/facts/*.csv', types={duckdb_types("facts")})",
     "read_csv('csv/documents/*.csv', types={duckdb_types("documents")})"),
""")
    if jsonl:
        duck_text.append(f"""\
    ("read_json('jsonl/facts/*.jsonl', columns={duckdb_types("facts")})",
     "read_json('jsonl/documents/*.jsonl', columns={duckdb_types("documents")})"),
""")
    duck_loop = (
        "\nfor facts_file, documents_file in [\n"
        + "".join(duck_text)
        + """\
]:
    same = duckdb.sql(f\"\"\"
        SELECT bool_and(f.quote = substring(d.text, f.char_start + 1, f.char_end - f.char_start))
        FROM {facts_file} AS f JOIN {documents_file} AS d USING (doc_id)
    \"\"\").fetchall()[0][0]
    assert same in (True, None)  # None: no facts
"""
        if duck_text
        else ""
    )
    readers = ["pd.read_parquet"]
    pandas_text = ""
    if csv or jsonl:
        pandas_text += f"TEXT = {text!r}\n"
    if csv:
        readers.append("read_csv")
        pandas_text += """
def read_csv(table):
    return pd.concat(
        pd.read_csv(part, dtype={c: "string" for c in TEXT[table]}, keep_default_na=False, na_values=[""])
        for part in sorted(glob.glob(f"csv/{table}/*.csv"))
    )
"""
    if jsonl:
        readers.append("read_jsonl")
        pandas_text += """
def read_jsonl(table):
    return pd.concat(
        pd.read_json(part, lines=True, dtype={c: "string" for c in TEXT[table]})
        for part in sorted(glob.glob(f"jsonl/{table}/*.jsonl"))
    )
"""
    pandas_note = (
        "; CSV and JSON Lines read with text\ncolumns as text"
        if csv and jsonl
        else f"; {_names([f for f in formats if f != 'parquet'])} read with text columns as text"
        if csv or jsonl
        else ""
    )
    polars_text = ""
    if csv or jsonl:
        polars_text += f"""
TEXT = {text!r}
"""
    polars_checks = ""
    if csv or jsonl:
        polars_checks += (
            "text_as_text = {t: {c: pl.String for c in cols} for t, cols in TEXT.items()}\n"
        )
    if csv:
        polars_checks += """\
assert spans_match(
    pl.read_csv("csv/events/*.csv", schema_overrides=text_as_text["events"]),
    pl.read_csv("csv/documents/*.csv", schema_overrides=text_as_text["documents"]),
)
"""
    if jsonl:
        polars_checks += """\
assert spans_match(
    pl.read_ndjson("jsonl/events/*.jsonl", schema_overrides=text_as_text["events"]),
    pl.read_ndjson("jsonl/documents/*.jsonl", schema_overrides=text_as_text["documents"]),
)
"""
    sqlite_block = (
        f"""\
SQLite (every table in one file, with keys; `substr` is 1-based and counts characters):

```python
import sqlite3

db = sqlite3.connect("{DATABASE}")
rows = db.execute(
    "SELECT f.quote, substr(d.text, f.char_start + 1, f.char_end - f.char_start)"
    " FROM facts AS f JOIN documents AS d USING (doc_id)"
).fetchall()
assert all(quote == span for quote, span in rows)
descriptions = dict(db.execute("SELECT name, description FROM _tables"))
```

"""
        if "sqlite" in outputs
        else ""
    )
    return f"""\
DuckDB on {_names(formats)} (its `substring` is 1-based, so add 1 to `char_start`):

```python
import duckdb

facts = duckdb.sql(\"\"\"
    SELECT f.fact_id, f.value, f.unit, f.qualifier, f.period, f.quote,
           substring(d.text, f.char_start + 1, f.char_end - f.char_start) AS span
    FROM 'parquet/facts/*.parquet' AS f
    JOIN 'parquet/documents/*.parquet' AS d USING (doc_id)
\"\"\").df()
assert (facts["span"] == facts["quote"]).all()
{duck_loop}```

pandas (each fact with the sentence that states it{pandas_note}):

```python
import glob

import pandas as pd

facts = pd.read_parquet("parquet/facts")
sentences = pd.read_parquet("parquet/sentences")
facts_with_sentence = facts.merge(
    sentences[["sentence_id", "text"]].rename(columns={{"text": "sentence"}}), on="sentence_id"
)
{pandas_text}
for read in ({", ".join(readers)}{"," if len(readers) == 1 else ""}):
    texts = read("parquet/documents" if read is pd.read_parquet else "documents")
    table = read("parquet/facts" if read is pd.read_parquet else "facts")
    texts = texts.set_index("doc_id")["text"]
    assert all(
        texts[row.doc_id][row.char_start : row.char_end] == row.quote
        for row in table.itertuples()
    )
```

Polars (its `str.slice` is 0-based, like Python):

```python
import polars as pl
{polars_text}
def spans_match(events, documents):
    sliced = events.join(documents.select("doc_id", "text"), on="doc_id").select(
        pl.col("quote"),
        pl.col("text").str.slice(pl.col("char_start"), pl.col("char_end") - pl.col("char_start")),
    )
    return sliced["quote"].to_list() == sliced["text"].to_list()

events = pl.read_parquet("parquet/events/*.parquet")
assert spans_match(events, pl.read_parquet("parquet/documents/*.parquet"))
{polars_checks}```

{sqlite_block}Hugging Face `datasets` (the YAML header of this card names each table's files):

```python
from datasets import load_dataset
from pathlib import Path

facts = load_dataset(str(Path.cwd()), "facts", split="train")
assert facts.features["period"].dtype == "string"
```

Offsets count Unicode code points. In JavaScript or Java, whose strings count UTF-16
units, slice by code points: `Array.from(text).slice(start, end).join("")`.
"""


_MARKDOWN_ESCAPES = str.maketrans(
    {"&": "&amp;", "<": "&lt;", ">": "&gt;", "\\": "\\\\", "`": "\\`", "[": "\\[", "]": "\\]",
     "|": "\\|"}
)  # fmt: skip


def markdown_text(value: str) -> str:
    """Text from the input (a title, source or licence) as Markdown that shows it as
    written: no link, image, HTML or table cell can be made from it."""
    return " ".join(value.split()).translate(_MARKDOWN_ESCAPES)


def _cell(value: object) -> str:
    if value is None:
        return "(not recorded)"
    return markdown_text(str(value))


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
    formats = [fmt for fmt in FORMATS if fmt in summary.outputs]
    same = (
        f"; the {_COUNTS.get(len(formats), len(formats))} formats hold the same rows and columns"
        if len(formats) > 1
        else "; this folder was published in Parquet only"
    )
    lines.append(
        "Layout: one folder per table and format, "
        + ", ".join(f"`{fmt}/<table>/part-00000.{fmt}`" for fmt in formats)
        + f" (a table of millions of rows has more parts{same}). "
        "Rows are in document order, and within a document sorted by "
        "position; ids are derived from content, so they are stable across runs on the same "
        "input and survive edits elsewhere in an article."
    )
    lines.append("")
    lines.append(data_dictionary_markdown(TABLES, heading="###", rows=summary.rows))
    return lines


def property_vocabulary() -> list[str]:
    """The ``facts.property`` vocabulary with its Wikidata properties, as a Markdown table
    rendered from :data:`pipeline.extract.properties.PROPERTIES`."""
    lines = [
        "## Property vocabulary",
        "",
        "`facts.property` names the kind of quantity a fact states, from this fixed "
        "vocabulary (validated by the schema); `facts.wikidata_property` is the Wikidata "
        "property of the same meaning, where Wikidata has one. A fact whose attribute names "
        "none of them takes the property of its unit's dimension when there is one "
        "(`m**2` → `area`), else none.",
        "",
        "| property | Wikidata | applies to | meaning |",
        "|---|---|---|---|",
    ]
    for prop in PROPERTIES:
        wikidata = (
            f"[{prop.wikidata}](https://www.wikidata.org/wiki/Property:{prop.wikidata})"
            if prop.wikidata
            else "—"
        )
        kinds = ", ".join(sorted(prop.kinds))
        lines.append(f"| `{prop.name}` | {wikidata} | {kinds} | {prop.description} |")
    return [*lines, ""]


def _licence_section(summary: DatasetSummary) -> list[str]:
    lines = ["## Licence and attribution", ""]
    chosen = summary.dataset_license()
    lines.append(
        markdown_text(chosen.explanation)
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


DATE_FORMS = (
    ("`2009`", "a year"),
    ("`1994-02`", "a month"),
    ("`1999-05-05`", "a day"),
    ("`193`", "a decade: the 1930s (every year that starts with 193)"),
    ("`15`", "a century: the 16th century, the years 1500–1599 (the ISO prefix they share)"),
    ("`0757`", "AD 757 (years before 1000 have four digits)"),
    ("`-0015`", "16 BC: astronomical numbering, 1 BC is `0000`, 2 BC is `-0001`"),
)


def _values_section(summary: DatasetSummary) -> list[str]:
    """Date forms, and the units and methods the data uses, with their row counts."""
    lines = ["## Values", "", "**Dates and periods** (`events.date`, `facts.period`) are ISO "
             "8601 prefixes, always text:", "", "| form | means |", "|---|---|"]  # fmt: skip
    lines += [f"| {form} | {meaning} |" for form, meaning in DATE_FORMS]
    lines += [
        "",
        "**Conversions.** A bracketed restatement in other units (`30 km (19 mi)`) is a fact "
        "of its own, with method `quantity.conversion` and `converts_fact_id` naming the fact "
        "it restates: keep the rows where `converts_fact_id` is null to count or sum each "
        "stated value once.",
        "",
    ]
    for title, counts in (("Units", summary.units), ("Methods", summary.methods)):
        if counts:
            listed = ", ".join(f"`{k}` ({n})" for k, n in sorted(counts.items(), key=_by_count))
            lines += [f"**{title} in use** (rows): {listed}.", ""]
    return lines


def _by_count(item: tuple[str, int]) -> tuple[int, str]:
    return (-item[1], item[0])


def _citation_section(summary: DatasetSummary, version: str) -> list[str]:
    return [
        "## Citation",
        "",
        f"Cite this release as below; `{CITATION_FILE}` holds the same in the Citation File "
        "Format.",
        "",
        "```bibtex",
        bibtex(summary, version),
        "```",
        "",
    ]


def _formats_section(outputs: Sequence[str]) -> list[str]:
    """What the formats of ``outputs`` are; the ones not published are named as such."""
    lines = []
    if "csv" in outputs:
        lines += [csv_policy(), ""]
    whole = []
    if "sqlite" in outputs:
        whole.append(
            f"`{DATABASE}` holds every table in one SQLite database, with primary and foreign "
            "keys and the descriptions of every table (`_tables`) and column (`_columns`)."
        )
    if "xlsx" in outputs:
        whole.append(
            f"`{SPREADSHEET}`, written when the tables fit in a spreadsheet, holds one sheet "
            "per table with every text cell stored as text, so nothing in it can run as a "
            "formula: use it, not the CSV, to open the data in Excel or LibreOffice (the "
            "`documents` sheet leaves out the article texts, longer than a cell can hold)."
        )
    if whole:
        lines += [" ".join(whole), ""]
    missing = [name for name in OUTPUTS if name not in outputs]
    if missing:
        lines += [
            "Not published in this folder (the run was asked for "
            + ", ".join(f"`{name}`" for name in outputs)
            + " only): "
            + ", ".join(f"`{name}`" for name in missing)
            + ".",
            "",
        ]
    return lines


def dataset_card(summary: DatasetSummary, version: str) -> str:
    """The Markdown dataset card of a published folder."""
    info = summary.info
    lines = [hugging_face_configs(), "", f"# {info.title}", "", f"Version {version}."]
    built = build_date()
    if built:
        lines[-1] += f" Built {built}."
    lines += ["", info.description, ""]
    if info.url:
        lines += [f"Home page: <{info.url}>.", ""]
    lines += _tables_section(summary)
    lines += property_vocabulary()
    lines += _values_section(summary)
    lines += _licence_section(summary)
    lines += _citation_section(summary, version)
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
        "## Formats",
        "",
        *_formats_section(summary.outputs),
        "## Loading",
        "",
        "Run from this folder.",
        "",
        loading_snippets(summary.outputs).rstrip("\n"),
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
