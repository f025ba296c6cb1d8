"""The dataset card (``README.md`` of a published folder), generated.

Columns come from the Pandera models (``schemas.metadata.columns``), attribution from
the ``documents`` table, the CSV escaping policy from ``pipeline.export``'s docstring, so
the card cannot drift from the data it describes. Its Python code blocks are run against
a published folder by the tests.
"""

from __future__ import annotations

import re

import pandas as pd

import pipeline.export
from pipeline.export import FORMATS
from pipeline.extract.properties import PROPERTIES
from pipeline.package.dataset import (
    CROISSANT,
    DATAPACKAGE,
    DATASET_DESCRIPTION,
    DATASET_TITLE,
    build_date,
)
from pipeline.package.licenses import DATASET_LICENSE, source_licenses, unlicensed_documents
from schemas import TABLES
from schemas.metadata import data_dictionary_markdown

LOADING = '''\
DuckDB (its `substring` is 1-based, so add 1 to `char_start`):

```python
import duckdb

facts = duckdb.sql("""
    SELECT f.fact_id, f.value, f.unit, f.qualifier, f.quote,
           substring(d.text, f.char_start + 1, f.char_end - f.char_start) AS span
    FROM 'parquet/facts.parquet' AS f
    JOIN 'parquet/documents.parquet' AS d USING (doc_id)
""").df()
assert (facts["span"] == facts["quote"]).all()
```

pandas (each fact with the sentence that states it):

```python
import pandas as pd

facts = pd.read_parquet("parquet/facts.parquet")
sentences = pd.read_parquet("parquet/sentences.parquet")
facts_with_sentence = facts.merge(
    sentences[["sentence_id", "text"]].rename(columns={"text": "sentence"}), on="sentence_id"
)
texts = pd.read_parquet("parquet/documents.parquet").set_index("doc_id")["text"]
assert all(
    texts[row.doc_id][row.char_start : row.char_end] == row.quote
    for row in facts.itertuples()
)
```

Polars (its `str.slice` is 0-based, like Python):

```python
import polars as pl

documents = pl.read_parquet("parquet/documents.parquet").select("doc_id", "text")
events = (
    pl.read_parquet("parquet/events.parquet")
    .join(documents, on="doc_id")
    .with_columns(
        span=pl.col("text").str.slice(pl.col("char_start"), pl.col("char_end") - pl.col("char_start"))
    )
)
assert (events["span"] == events["quote"]).all()
```
'''


def _cell(value: object) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return "(not recorded)"
    return " ".join(str(value).split()).replace("|", "\\|")


def csv_policy() -> str:
    """The CSV formula-escaping paragraph of ``pipeline.export``'s docstring, as Markdown."""
    doc = pipeline.export.__doc__ or ""
    for paragraph in doc.split("\n\n"):
        if paragraph.lstrip().startswith("CSV spreadsheet safety"):
            text = " ".join(paragraph.split()).replace("``", "`")
            return re.sub(r":func:`(\w+)`", r"`pipeline.export.\1`", text)
    raise ValueError("pipeline.export's docstring has no 'CSV spreadsheet safety' paragraph")


def _tables_section(tables: dict[str, pd.DataFrame]) -> list[str]:
    lines = ["## Tables", ""]
    lines.append(
        "Layout: " + ", ".join(f"`{fmt}/<table>.{fmt}`" for fmt in FORMATS) + "; the three "
        "formats hold the same rows and columns. Rows are sorted by key; ids are derived "
        "from content, so they are stable across runs on the same input."
    )
    lines.append("")
    lines.append(
        data_dictionary_markdown(
            TABLES, heading="###", rows={name: len(frame) for name, frame in tables.items()}
        )
    )
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


def _licence_section(documents: pd.DataFrame) -> list[str]:
    lines = ["## Licence and attribution", ""]
    lines.append(
        f"The tables adapt source text published under CC BY-SA, so the dataset is licensed "
        f"under the [{DATASET_LICENSE.title}]({DATASET_LICENSE.path}) ({DATASET_LICENSE.name}): "
        "you may share and adapt it, crediting the sources below, and must share adaptations "
        "under the same licence. `documents.text` quotes each source in full."
    )
    found = source_licenses(documents)
    if found:
        listed = ", ".join(f"{lic.title} ({count} document(s))" for lic, count in found)
        lines += ["", f"Licences of the source texts: {listed}."]
    missing = unlicensed_documents(documents)
    if missing:
        lines += [
            "",
            "No licence is recorded for: "
            + ", ".join(f"`{d}`" for d in missing)
            + "; check the source before reusing them.",
        ]
    lines += ["", "| document | title | source | licence |", "|---|---|---|---|"]
    for row in documents.sort_values("doc_id").itertuples(index=False):
        lines.append(
            f"| `{row.doc_id}` | {_cell(row.title)} | {_cell(row.source)} | {_cell(row.license)} |"
        )
    return [*lines, ""]


def dataset_card(tables: dict[str, pd.DataFrame], version: str) -> str:
    """The Markdown dataset card of a published folder."""
    lines = [f"# {DATASET_TITLE}", "", f"Version {version}."]
    built = build_date()
    if built:
        lines[-1] += f" Built {built}."
    lines += ["", DATASET_DESCRIPTION, ""]
    lines += _tables_section(tables)
    lines += property_vocabulary()
    lines += _licence_section(tables["documents"])
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
