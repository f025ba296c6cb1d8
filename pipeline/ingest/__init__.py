"""Ingest stage: an input folder → planned inputs → :class:`~pipeline.model.Document` records.

* :mod:`~pipeline.ingest.plan`: which ``.txt`` files of the folder are read, with their
  ``doc_id`` and manifest row, and which are rejected up front;
* :mod:`~pipeline.ingest.manifest`: ``sources.csv`` (title, source, licence per file);
* :mod:`~pipeline.ingest.dumps`: article dumps (JSON Lines or Parquet of title, text, …);
* :mod:`~pipeline.ingest.source`: one article's raw bytes and what is known of it;
* :mod:`~pipeline.ingest.decode`: bytes → text as the output contract says;
* :mod:`~pipeline.ingest.document`: one source → one document.
"""

from pipeline.ingest.document import document_from_source, ingest_document
from pipeline.ingest.plan import (
    PlannedInput,
    display_name,
    doc_id_for,
    plan_inputs,
    reject_row,
    slug,
)
from pipeline.ingest.source import Source, source_from_file

__all__ = [
    "PlannedInput",
    "Source",
    "display_name",
    "doc_id_for",
    "document_from_source",
    "ingest_document",
    "plan_inputs",
    "reject_row",
    "slug",
    "source_from_file",
]
