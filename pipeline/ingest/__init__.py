"""Ingest stage: an input folder → planned inputs → :class:`~pipeline.model.Document` records.

* :mod:`~pipeline.ingest.plan`: which ``.txt`` files of the folder are read, with their
  ``doc_id`` and manifest row, and which are rejected up front;
* :mod:`~pipeline.ingest.manifest`: ``sources.csv`` (title, source, licence per file);
* :mod:`~pipeline.ingest.decode`: bytes → text as the output contract says;
* :mod:`~pipeline.ingest.document`: one file → one document.
"""

from pipeline.ingest.document import doc_id_for, ingest_document
from pipeline.ingest.plan import PlannedInput, display_name, plan_inputs, reject_row

__all__ = [
    "PlannedInput",
    "display_name",
    "doc_id_for",
    "ingest_document",
    "plan_inputs",
    "reject_row",
]
