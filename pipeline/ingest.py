"""Ingest stage: source files → :class:`Document` records.

``documents.text`` is the raw file decoded as UTF-8 with a leading BOM removed and
``\\r\\n`` / ``\\r`` turned into ``\\n``; nothing else is altered (output contract).
Files that cannot be read that way raise :class:`InputError`, which names the file,
says what is wrong and how to fix it; the run turns it into a row of ``rejects``.

What is rejected, and why (everything else is published as it is, offsets exact):

* an empty file, or one with only white space or invisible characters: no article;
* UTF-16 or UTF-32 text (with or without a byte-order mark): the contract decodes UTF-8
  only, and re-encoding would make ``sha256`` describe bytes that ``text`` does not;
* bytes that are not UTF-8 (Latin-1, Windows-1252): no guessing at an encoding;
* binary files (NUL bytes, images, PDFs, archives renamed ``.txt``).
"""

from __future__ import annotations

import csv
import hashlib
import re
import shlex
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from pipeline.model import Document

MANIFEST_NAME = "sources.csv"
MANIFEST_COLUMNS = ("file", "title", "source", "license")

_UTF32_BOMS = (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
# Signatures of binary formats that are renamed to .txt by mistake (what the user sees).
_BINARY_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.odt/.epub file)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office file (.doc/.xls)"),
)
# Characters that show nothing: white space, controls, format characters (zero-width, bidi).
_INVISIBLE_CATEGORIES = frozenset({"Zs", "Zl", "Zp", "Cc", "Cf"})


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


def _utf16_without_bom(data: bytes) -> str | None:
    """``"UTF-16LE"``/``"UTF-16BE"`` when NUL bytes sit at every other position, as in
    UTF-16 text of mostly Latin letters."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.8 * len(odd) and even.count(0) < 0.2 * len(even):
        return "UTF-16LE"
    if even.count(0) > 0.8 * len(even) and odd.count(0) < 0.2 * len(odd):
        return "UTF-16BE"
    return None


def _check_bytes(data: bytes, file: str) -> None:
    """Raise :class:`InputError` when the bytes are not a UTF-8 text article."""
    if not data:
        raise InputError(file, "the file is empty (0 bytes)", "remove it or add the article text")
    iconv = f"iconv -f {{}} -t UTF-8 {shlex.quote(file)} > fixed.txt"
    if data.startswith(_UTF32_BOMS):
        raise InputError(
            file,
            "the file is UTF-32 encoded (it starts with a UTF-32 byte-order mark); "
            "only UTF-8 is read",
            f"re-save it as UTF-8, e.g. `{iconv.format('UTF-32')}`",
        )
    if data.startswith(_UTF16_BOMS):
        raise InputError(
            file,
            "the file is UTF-16 encoded (it starts with a UTF-16 byte-order mark); "
            "only UTF-8 is read",
            f"re-save it as UTF-8, e.g. `{iconv.format('UTF-16')}`",
        )
    for signature, kind in _BINARY_SIGNATURES:
        if data.startswith(signature):
            raise InputError(
                file,
                f"the file is binary ({kind}), not a text article",
                "remove it from the input folder or replace it with the article as UTF-8 text",
            )
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        if utf16:
            raise InputError(
                file,
                f"the file looks like {utf16} text without a byte-order mark; only UTF-8 is read",
                f"re-save it as UTF-8, e.g. `{iconv.format(utf16)}`",
            )
        raise InputError(
            file,
            f"the file is binary (a NUL byte at offset {data.index(0)}), not a text article",
            "remove it from the input folder or replace it with the article as UTF-8 text",
        )


def decode_text(data: bytes, file: str) -> str:
    """Decode raw bytes as the output contract says, or raise :class:`InputError`."""
    _check_bytes(data, file)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        column = err.start - (data.rfind(b"\n", 0, err.start) + 1) + 1
        raise InputError(
            file,
            f"the file is not valid UTF-8 (byte 0x{data[err.start]:02x} at line {line}, "
            f"column {column}); it may be Latin-1 or Windows-1252 text",
            "re-save it as UTF-8, e.g. "
            f"`iconv -f WINDOWS-1252 -t UTF-8 {shlex.quote(file)} > fixed.txt`",
        ) from None
    text = text.removeprefix("\ufeff")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if all(unicodedata.category(char) in _INVISIBLE_CATEGORIES for char in text):
        raise InputError(
            file,
            "the file is empty: it holds only white space or invisible characters",
            "remove it or add the article text",
        )
    return text


def _closed_title(line: str) -> str | None:
    """The title of a ``= Title =`` line (one ``=`` on each side, spaces optional)."""
    stripped = line.strip(" \t")
    if not stripped.startswith("=") or stripped.startswith("==") or len(stripped) < 3:
        return None
    if not stripped.endswith("="):
        return None
    return stripped[1:-1].strip() or None


def _unclosed_title(line: str) -> str | None:
    """The title of a ``= Title`` line without its closing ``=``."""
    stripped = line.strip(" \t")
    if not stripped.startswith("=") or "=" in stripped[1:]:
        return None
    return stripped[1:].strip() or None


def read_title(text: str) -> str | None:
    """The article title from the first ``= Title =`` line, if there is one, else from the
    first ``= Title`` line that lacks its closing ``=``.

    Plain string operations: the regular expression this replaces backtracked for minutes
    on a title line with a long run of spaces.
    """
    lines = text.split("\n")
    for line in lines:
        title = _closed_title(line)
        if title:
            return title
    for line in lines:
        title = _unclosed_title(line)
        if title:
            return title
    return None


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


def manifest_key(name: str) -> str:
    """How a file name is matched between ``sources.csv`` and the folder: NFC, so a name
    typed on one system matches the same name stored decomposed by another (macOS)."""
    return unicodedata.normalize("NFC", name)


def _one_line(value: str | None) -> str | None:
    """A manifest field with its white space folded (a quoted field may hold line breaks,
    which a one-line value such as a title or licence does not mean to keep)."""
    return " ".join((value or "").split()) or None


def read_manifest(folder: Path) -> tuple[dict[str, SourceInfo], list[InputError]]:
    """Read ``folder/sources.csv`` (``file,title,source,license``); empty when absent.

    Returns the rows by file name (:func:`manifest_key`) and the problems of single lines
    (a line without a file name, a line with more fields than the header, a file listed
    twice: the first line wins). Raises :class:`InputError` when the manifest as a whole
    is unusable (unreadable, not UTF-8, not CSV, no ``file`` column); the run then
    publishes the articles without it.
    """
    path = folder / MANIFEST_NAME
    if not path.exists():
        return {}, []
    ignored = "the whole manifest was ignored, so no article got its title, source or licence"
    rows: dict[str, SourceInfo] = {}
    problems: list[InputError] = []
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle, strict=True)
            header = [name.strip().lower() for name in reader.fieldnames or ()]
            if "file" not in header:
                raise InputError(
                    MANIFEST_NAME,
                    f"the manifest has no `file` column (header: {','.join(header) or 'empty'}); "
                    + ignored,
                    f"give it the header `{','.join(MANIFEST_COLUMNS)}`",
                )
            reader.fieldnames = header
            for row in reader:
                line = reader.line_num
                name = (row.get("file") or "").strip()
                if None in row:
                    problems.append(
                        InputError(
                            MANIFEST_NAME,
                            f"line {line} has more fields than the header, so it was ignored"
                            + (f" ({name} is published without its details)" if name else ""),
                            'quote fields that contain commas: "like, this"',
                        )
                    )
                elif not name:
                    problems.append(
                        InputError(MANIFEST_NAME, f"line {line} has no file name", "fill in `file`")
                    )
                elif manifest_key(name) in rows:
                    problems.append(
                        InputError(
                            MANIFEST_NAME,
                            f"line {line} lists {name!r} a second time (the first line is used)",
                            "keep one line per file",
                        )
                    )
                else:
                    rows[manifest_key(name)] = SourceInfo(
                        title=_one_line(row.get("title")),
                        source=_one_line(row.get("source")),
                        license=_one_line(row.get("license")),
                    )
    except OSError as err:
        raise InputError(
            MANIFEST_NAME,
            f"the manifest cannot be read ({err.strerror or err}); " + ignored,
            "make it a readable file",
        ) from None
    except UnicodeDecodeError as err:
        raise InputError(
            MANIFEST_NAME,
            f"the manifest is not valid UTF-8 (byte offset {err.start}); " + ignored,
            f"re-save it as UTF-8, e.g. `iconv -f WINDOWS-1252 -t UTF-8 {MANIFEST_NAME}`",
        ) from None
    except csv.Error as err:
        line = reader.line_num
        raise InputError(
            MANIFEST_NAME,
            f"the manifest is not valid CSV (line {line}: {err}); " + ignored,
            "fix that line: quote a field that holds a comma or a quote, doubling inner "
            'quotes ("say ""hi""")',
        ) from None
    return rows, problems
