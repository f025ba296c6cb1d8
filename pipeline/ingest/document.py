"""Read one article file into a :class:`~pipeline.model.Document`."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path

from pipeline.article import read_title
from pipeline.errors import InputError
from pipeline.ingest.decode import decode_text
from pipeline.ingest.manifest import SourceInfo
from pipeline.model import Document


def doc_id_for(path: Path) -> str:
    """Stable document id from a file name: the NFKC-lowercased stem, runs of other
    characters than letters and digits turned into ``-`` (``Kiss You.txt`` → ``kiss-you``)."""
    stem = unicodedata.normalize("NFKC", path.stem).lower()
    slug = re.sub(r"[^\w]+|_+", "-", stem).strip("-")
    return slug or "document"


def ingest_document(path: Path, doc_id: str, info: SourceInfo | None = None) -> Document:
    """Read one article file into a :class:`Document` (raises :class:`InputError`)."""
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(
            path.name,
            f"the file cannot be read ({err.strerror or err})",
            "make it a readable regular file (check its permissions) or remove it",
        ) from None
    text = decode_text(data, path.name)
    title = read_title(text) or (info.title if info and info.title else None) or path.stem
    return Document(
        doc_id=doc_id,
        title=title,
        source=(info.source if info and info.source else path.name),
        license=(info.license if info and info.license else None),
        sha256=hashlib.sha256(data).hexdigest(),
        text=text,
    )
