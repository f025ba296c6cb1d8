"""Turn one article's raw bytes into a :class:`~pipeline.model.Document`."""

from __future__ import annotations

import hashlib
from pathlib import Path

from pipeline.article import read_title
from pipeline.ingest.decode import decode_text
from pipeline.ingest.manifest import SourceInfo
from pipeline.ingest.plan import PlannedInput
from pipeline.ingest.source import Source, source_from_file
from pipeline.model import Document


def document_from_source(src: Source) -> Document:
    """Decode a source as the output contract says (raises
    :class:`~pipeline.errors.InputError`)."""
    text = decode_text(src.data, src.name)
    return Document(
        doc_id=src.doc_id,
        title=src.title or read_title(text) or src.fallback_title,
        source=src.source,
        license=src.license,
        sha256=hashlib.sha256(src.data).hexdigest(),
        text=text,
    )


def ingest_document(path: Path, doc_id: str, info: SourceInfo | None = None) -> Document:
    """Read one article file into a :class:`Document` (raises
    :class:`~pipeline.errors.InputError`)."""
    return document_from_source(source_from_file(PlannedInput(path, doc_id, info)))
