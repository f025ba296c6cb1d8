"""Ingest stage: source files → :class:`Document` records.

``documents.text`` is the raw file decoded as UTF-8 with a leading BOM removed and
``\\r\\n`` / ``\\r`` turned into ``\\n``; nothing else is altered (output contract).
Files that cannot be read that way raise :class:`InputError`, which names the file,
says what is wrong and how to fix it; the run turns it into a row of ``rejects``.
"""

from __future__ import annotations

import csv
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from pipeline.model import Document

MANIFEST_NAME = "sources.csv"
MANIFEST_COLUMNS = ("file", "title", "source", "license")

_TITLE_LINE = re.compile(r"^[ \t]*=(?!=)[ \t]*(?P<title>[^=\n].*?)[ \t]*=[ \t]*$", re.MULTILINE)
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


class InputError(Exception):
    """A problem with an input file that the user can fix."""

    def __init__(self, file: str, reason: str, hint: str) -> None:
        super().__init__(f"{file}: {reason}")
        self.file = file
        self.reason = reason
        self.hint = hint


@dataclass(frozen=True)
class SourceInfo:
    """One row of a ``sources.csv`` manifest."""

    title: str | None
    source: str | None
    license: str | None


def doc_id_for(path: Path) -> str:
    """Stable document id from a file name: the NFKC-lowercased stem, runs of other
    characters than letters and digits turned into ``-`` (``Kiss You.txt`` → ``kiss-you``)."""
    stem = unicodedata.normalize("NFKC", path.stem).lower()
    slug = re.sub(r"[^\w]+|_+", "-", stem).strip("-")
    return slug or "document"


def decode_text(data: bytes, file: str) -> str:
    """Decode raw bytes as the output contract says, or raise :class:`InputError`."""
    if not data.strip():
        raise InputError(file, "the file is empty", "remove it or add the article text")
    if data.startswith(_UTF16_BOMS):
        raise InputError(
            file,
            "the file is UTF-16 encoded (it starts with a UTF-16 byte-order mark)",
            "re-save it as UTF-8, e.g. `iconv -f UTF-16 -t UTF-8 IN > OUT`",
        )
    if b"\x00" in data:
        raise InputError(
            file,
            "the file is binary (it contains NUL bytes), not a text article",
            "remove it from the input folder or replace it with the article as UTF-8 text",
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise InputError(
            file,
            f"the file is not valid UTF-8 (byte 0x{data[err.start]:02x} at offset {err.start})",
            "re-save it as UTF-8, e.g. `iconv -f latin1 -t UTF-8 IN > OUT`",
        ) from None
    text = text.removeprefix("\ufeff")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(file, "the file holds only white space", "add the article text")
    return text


def read_title(text: str) -> str | None:
    """The article title from the first ``= Title =`` line, if there is one."""
    match = _TITLE_LINE.search(text)
    return match.group("title").strip() if match else None


def ingest_document(path: Path, doc_id: str, info: SourceInfo | None = None) -> Document:
    """Read one article file into a :class:`Document` (raises :class:`InputError`)."""
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(path.name, f"cannot be read ({err.strerror})", "check the file") from None
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


def read_manifest(folder: Path) -> tuple[dict[str, SourceInfo], list[InputError]]:
    """Read ``folder/sources.csv`` (``file,title,source,license``); empty when absent.

    Returns the rows by file name and the problems of single lines (a line without a file
    name, a file listed twice: the first line wins). Raises :class:`InputError` when the
    manifest as a whole is unusable (not UTF-8, not CSV, no ``file`` column).
    """
    path = folder / MANIFEST_NAME
    if not path.exists():
        return {}, []
    rows: dict[str, SourceInfo] = {}
    problems: list[InputError] = []
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            header = [name.strip() for name in reader.fieldnames or ()]
            if "file" not in header:
                raise InputError(
                    MANIFEST_NAME,
                    f"the manifest has no `file` column (header: {','.join(header) or 'empty'})",
                    f"give it the header `{','.join(MANIFEST_COLUMNS)}`",
                )
            reader.fieldnames = header
            for row in reader:
                line = reader.line_num
                name = (row.get("file") or "").strip()
                if None in row:
                    problems.append(InputError(
                        MANIFEST_NAME, f"line {line} has more fields than the header",
                        "quote fields that contain commas"))
                elif not name:
                    problems.append(InputError(
                        MANIFEST_NAME, f"line {line} has no file name", "fill in `file`"))
                elif name in rows:
                    problems.append(InputError(
                        MANIFEST_NAME, f"line {line} lists {name!r} a second time (first line kept)",
                        "keep one line per file"))
                else:
                    rows[name] = SourceInfo(
                        title=(row.get("title") or "").strip() or None,
                        source=(row.get("source") or "").strip() or None,
                        license=(row.get("license") or "").strip() or None,
                    )
    except UnicodeDecodeError:
        raise InputError(
            MANIFEST_NAME, "the manifest is not valid UTF-8", "re-save it as UTF-8"
        ) from None
    except csv.Error as err:
        raise InputError(MANIFEST_NAME, f"the manifest is not valid CSV ({err})", "fix it") from None
    return rows, problems
