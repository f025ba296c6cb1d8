"""What the metadata writers need to know of a published dataset, gathered while its rows
stream past: row counts, the licences of its sources, and the sources themselves up to a
bound (a dump of millions of articles is summarised, not listed in ``datapackage.json``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline.export.layout import OUTPUTS, table_parts
from pipeline.package.info import DatasetInfo
from pipeline.package.licenses import DatasetLicense, License, dataset_license, license_for

MAX_LISTED = 1000  # documents listed by name in the card and datapackage.json


@dataclass(frozen=True)
class SourceEntry:
    doc_id: str
    title: str
    source: str
    license: str | None


@dataclass
class DatasetSummary:
    rows: dict[str, int] = field(default_factory=dict)
    documents: int = 0
    licenses: dict[License, int] = field(default_factory=dict)
    unlicensed: int = 0
    listed: list[SourceEntry] = field(default_factory=list)
    unlicensed_listed: list[str] = field(default_factory=list)
    info: DatasetInfo = field(default_factory=DatasetInfo)
    units: dict[str, int] = field(default_factory=dict)  # facts rows per unit
    methods: dict[str, int] = field(default_factory=dict)  # facts and events rows per method
    outputs: tuple[str, ...] = OUTPUTS  # what the run published (--formats)

    def count_values(self, folder: Path) -> None:
        """Count the units and methods of the tables published in ``folder``, reading only
        those columns."""
        for name, cols in (("facts", ("unit", "method")), ("events", ("method",))):
            parts = table_parts(folder, name, "parquet")
            if not parts:
                continue
            for part in parts:  # a row group at a time: memory does not grow with the table
                for batch in pq.ParquetFile(part).iter_batches(columns=list(cols)):
                    for col in cols:
                        counts = self.units if col == "unit" else self.methods
                        values = batch.column(col).cast("string")
                        for entry in pc.value_counts(values).to_pylist():
                            key = entry["values"]
                            counts[key] = counts.get(key, 0) + entry["counts"]

    def add_document(self, entry: SourceEntry) -> None:
        self.documents += 1
        if entry.license and entry.license.strip():
            found = license_for(entry.license)
            self.licenses[found] = self.licenses.get(found, 0) + 1
        else:
            self.unlicensed += 1
            if len(self.unlicensed_listed) < MAX_LISTED:
                self.unlicensed_listed.append(entry.doc_id)
        if len(self.listed) < MAX_LISTED:
            self.listed.append(entry)

    @property
    def unlisted(self) -> int:
        """Documents not listed by name (beyond :data:`MAX_LISTED`)."""
        return self.documents - len(self.listed)

    def source_licenses(self) -> list[tuple[License, int]]:
        """The distinct licences of the sources, with how many documents each covers."""
        return sorted(self.licenses.items(), key=lambda item: item[0].name)

    def dataset_license(self) -> DatasetLicense:
        return dataset_license(self.licenses, self.unlicensed)

    @classmethod
    def of_tables(cls, tables: dict[str, pd.DataFrame]) -> DatasetSummary:
        """The summary of whole tables held as frames."""
        summary = cls(rows={name: len(frame) for name, frame in tables.items()})
        documents = tables["documents"].sort_values("doc_id")
        for row in documents.itertuples(index=False):
            license = row.license if isinstance(row.license, str) else None
            summary.add_document(
                SourceEntry(str(row.doc_id), str(row.title), str(row.source), license)
            )
        return summary
