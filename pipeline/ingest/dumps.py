"""Article dumps as input: JSON Lines or Parquet files of articles, streamed record by record.

The layout is that of the public Wikipedia dumps (``wikimedia/wikipedia`` on Hugging Face:
``id``, ``url``, ``title``, ``text``): every record needs ``title`` and ``text``; ``id``,
``url`` and ``license`` are optional. A record's ``doc_id`` is the slug of its ``id`` when
it has one, else of its title; ``source`` is its ``url``, else ``<file>:<line>``.

Records are read one at a time (Parquet in row batches), never the whole dump. A record
that cannot be used (a line that is not JSON, no text, a ``doc_id`` seen before) becomes a
reject naming ``<file>:<line>`` (JSON Lines) or ``<file>#<row>`` (Parquet), as a bad
``.txt`` file does.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from pipeline.errors import InputError, UsageProblem
from pipeline.ingest.plan import slug
from pipeline.ingest.source import Source
from pipeline.limits import too_large

DUMP_SUFFIXES = (".jsonl", ".parquet")
_COLUMNS = ("id", "url", "title", "text", "license")


def dump_files(raw: Path) -> list[Path]:
    """The dump files ``raw`` names: itself, or the ``.jsonl``/``.parquet`` files of a folder
    (sorted); empty when ``raw`` is a folder without them."""
    if raw.is_file():
        if raw.suffix.lower() not in DUMP_SUFFIXES:
            raise UsageProblem(
                f"{raw} is not a folder of .txt articles nor a .jsonl or .parquet dump"
            )
        return [raw]
    return sorted(p for p in raw.iterdir() if p.suffix.lower() in DUMP_SUFFIXES and p.is_file())


class SeenIds:
    """Which ``doc_id``s were seen, in little memory: 8 bytes of a hash each."""

    def __init__(self) -> None:
        self._seen: set[bytes] = set()

    def add(self, doc_id: str) -> bool:
        """Record ``doc_id``; False when it was seen before."""
        key = hashlib.blake2b(doc_id.encode("utf-8"), digest_size=8).digest()
        if key in self._seen:
            return False
        self._seen.add(key)
        return True


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value)
    return text if text.strip() else None


def _source(record: dict[str, Any], where: str) -> Source:
    title = _text(record.get("title"))
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(where, "the record has no text", "give every record a non-empty `text`")
    if title is None:
        raise InputError(where, "the record has no title", "give every record a `title`")
    ident = _text(record.get("id"))
    return Source(
        doc_id=slug(ident or title),
        name=where,
        data=text.encode("utf-8"),
        title=" ".join(title.split()),
        fallback_title=title,
        source=_text(record.get("url")) or where,
        license=_text(record.get("license")),
    )


def _lines(handle: Any, limit: int | None) -> Iterator[bytes | int]:
    """The lines of a binary file; a line longer than ``limit`` bytes is skipped and given
    as its length (at least ``limit + 1``) instead, without being held in memory."""
    while True:
        line = handle.readline() if limit is None else handle.readline(limit + 1)
        if not line:
            return
        if limit is None or len(line) <= limit or line.endswith(b"\n"):
            yield line
            continue
        size = len(line)
        while chunk := handle.readline(1 << 20):
            size += len(chunk)
            if chunk.endswith(b"\n"):
                break
        yield size


def _jsonl_records(
    path: Path, max_bytes: int | None = None
) -> Iterator[tuple[str, dict[str, Any] | InputError]]:
    # a line holds its text JSON-escaped: allow for the escapes and the other fields
    limit = None if max_bytes is None else 2 * max_bytes + (1 << 20)
    with path.open("rb") as handle:
        for number, line in enumerate(_lines(handle, limit), start=1):
            where = f"{path.name}:{number}"
            if isinstance(line, int):
                assert max_bytes is not None
                yield where, InputError(where, *too_large(line, max_bytes))
                continue
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except (UnicodeDecodeError, json.JSONDecodeError) as err:
                yield (
                    where,
                    InputError(
                        where,
                        f"the line is not valid JSON ({err})",
                        "write one JSON object per line",
                    ),
                )
                continue
            if not isinstance(record, dict):
                yield (
                    where,
                    InputError(
                        where, "the line is not a JSON object", "write one JSON object per line"
                    ),
                )
                continue
            yield where, record


def _parquet_records(path: Path) -> Iterator[tuple[str, dict[str, Any] | InputError]]:
    try:
        parquet = pq.ParquetFile(path)
    except Exception as err:  # not a Parquet file: pyarrow raises several kinds
        raise UsageProblem(f"{path} is not a readable Parquet file ({err})") from None
    names = [c for c in _COLUMNS if c in parquet.schema_arrow.names]
    if "text" not in names or "title" not in names:
        raise UsageProblem(
            f"{path} has no `title` and `text` columns (it has {parquet.schema_arrow.names})"
        )
    row = 0
    for batch in parquet.iter_batches(batch_size=256, columns=names):
        for record in batch.to_pylist():
            yield f"{path.name}#{row}", record
            row += 1


def dump_sources(files: list[Path], max_bytes: int | None = None) -> Iterator[Source | InputError]:
    """Every record of the dump files as a :class:`Source`, or the reason it cannot be used
    (a record whose text is over ``max_bytes`` is rejected as too large)."""
    seen = SeenIds()
    for path in files:
        records = _parquet_records(path) if path.suffix.lower() == ".parquet" else None
        stream = records if records is not None else _jsonl_records(path, max_bytes)
        for where, record in stream:
            if isinstance(record, InputError):
                yield record
                continue
            try:
                src = _source(record, where)
            except InputError as err:
                yield err
                continue
            if max_bytes is not None and len(src.data) > max_bytes:
                yield InputError(where, *too_large(len(src.data), max_bytes))
                continue
            if not seen.add(src.doc_id):
                yield InputError(
                    where,
                    f"its doc_id {src.doc_id!r} is taken by an earlier record",
                    "give each record its own `id` (or title)",
                )
                continue
            yield src
