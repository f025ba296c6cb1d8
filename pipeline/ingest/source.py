"""One article as it arrives, before decoding: its raw bytes and what is known of it.

A :class:`Source` comes from a ``.txt`` file of an input folder (read by the parent process,
which hashes it for the cache) or from one record of an article dump; workers turn it into
a :class:`~pipeline.model.Document` (:func:`pipeline.ingest.document.document_from_source`).
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.errors import InputError
from pipeline.ingest.files import FileTooLarge, NotRegularFile, read_regular
from pipeline.ingest.plan import PlannedInput
from pipeline.limits import too_large


@dataclass(frozen=True)
class Source:
    doc_id: str
    name: str  # how rejects name it: the file name, or "<dump>:<line>"
    data: bytes
    title: str | None  # the title given with the article (a dump record's), used first
    fallback_title: str  # when neither a given title nor a `= Title =` line exists
    source: str
    license: str | None


def source_from_file(item: PlannedInput, max_bytes: int | None = None) -> Source:
    """Read a planned ``.txt`` file (raises :class:`~pipeline.errors.InputError` when it
    cannot be read, is no longer a regular file, or holds more than ``max_bytes``)."""
    path, info = item.path, item.info
    try:
        data = read_regular(path, max_bytes)
    except FileTooLarge as err:
        assert max_bytes is not None
        raise InputError(path.name, *too_large(err.size, max_bytes)) from None
    except NotRegularFile as err:
        raise InputError(
            path.name,
            f"it is {err}, not a regular file",
            "give each article its own regular .txt file",
        ) from None
    except OSError as err:
        raise InputError(
            path.name,
            f"the file cannot be read ({err.strerror or err})",
            "make it a readable regular file (check its permissions) or remove it",
        ) from None
    return Source(
        doc_id=item.doc_id,
        name=path.name,
        data=data,
        title=None,
        fallback_title=(info.title if info and info.title else None) or path.stem,
        source=(info.source if info and info.source else path.name),
        license=(info.license if info and info.license else None),
    )
