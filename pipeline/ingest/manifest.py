"""Read ``sources.csv``, the optional manifest of an input folder: each file's title,
source and licence (columns ``file,title,source,license``)."""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import InputError
from pipeline.ingest.files import FileTooLarge, NotRegularFile, read_regular

MANIFEST_NAME = "sources.csv"
MANIFEST_COLUMNS = ("file", "title", "source", "license")
MAX_MANIFEST_BYTES = 64_000_000  # some 500,000 lines; more is not a manifest of one folder
MAX_FIELD_CHARS = 100_000  # a title, source or licence is a line, not a document
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # tab and line breaks are white space


@dataclass(frozen=True)
class SourceInfo:
    """One row of a ``sources.csv`` manifest."""

    title: str | None
    source: str | None
    license: str | None


def manifest_key(name: str) -> str:
    """How a file name is matched between ``sources.csv`` and the folder: NFC, so a name
    typed on one system matches the same name stored decomposed by another (macOS)."""
    return unicodedata.normalize("NFC", name)


def _one_line(value: str | None) -> str | None:
    """A manifest field with its white space folded (a quoted field may hold line breaks,
    which a one-line value such as a title or licence does not mean to keep)."""
    return " ".join((value or "").split()) or None


def _line_problem(line: int, problem: str, hint: str) -> InputError:
    return InputError(MANIFEST_NAME, f"line {line} {problem}", hint)


def _csv_problem(line: int, error: str) -> InputError:
    """A record the csv module could not read, said in words."""
    if "field larger than field limit" in error:
        return _line_problem(
            line,
            f"has a field longer than {csv.field_size_limit()} characters, so it was ignored",
            "shorten the field: a title, source or licence fits on one line",
        )
    if "unexpected end of data" in error:
        error = "a quote that is never closed runs to the end of the file"
    return _line_problem(
        line,
        f"is not valid CSV ({error}), so it was ignored",
        'quote a field that holds a comma or a quote, doubling inner quotes ("say ""hi""")',
    )


def _header(names: list[str]) -> tuple[dict[str, int], list[InputError]]:
    """Column index by (stripped, lowercased) name: the first of a repeated name is used."""
    index: dict[str, int] = {}
    problems = []
    for position, raw in enumerate(names):
        name = raw.strip().lower()
        if name in index:
            if name in MANIFEST_COLUMNS:
                problems.append(
                    _line_problem(
                        1,
                        f"(the header) names the column `{name}` twice; the first one is used",
                        "keep one column of each name",
                    )
                )
            continue
        index[name] = position
    return index, problems


def _row_problem(fields: list[str], width: int) -> tuple[str, str] | None:
    """What makes a data line unusable, and how to fix it: more fields than the header, a
    field too long, a NUL or other control character."""
    if len(fields) > width:
        return (
            "has more fields than the header, so it was ignored",
            'quote fields that contain commas: "like, this"',
        )
    for value in fields:
        if len(value) > MAX_FIELD_CHARS:
            return (
                f"has a field longer than {MAX_FIELD_CHARS} characters, so it was ignored",
                "shorten the field: a title, source or licence fits on one line",
            )
        if _CONTROL.search(value):
            return (
                "holds a NUL or another control character, so it was ignored",
                "remove the control character (a NUL byte, an escape) from the field",
            )
    return None


def _manifest_text(path: Path) -> str | None:
    """The manifest's text, None when there is none; raises :class:`InputError`."""
    ignored = "the whole manifest was ignored, so no article got its title, source or licence"
    try:
        data = read_regular(path, MAX_MANIFEST_BYTES)
    except FileNotFoundError:
        return None
    except NotRegularFile as err:
        raise InputError(
            MANIFEST_NAME,
            f"the manifest is {err}, not a regular file; " + ignored,
            "make it a regular CSV file",
        ) from None
    except FileTooLarge as err:
        raise InputError(
            MANIFEST_NAME,
            f"the manifest is larger than {MAX_MANIFEST_BYTES // 1_000_000} MB "
            f"({err.size} bytes or more); " + ignored,
            "list only the files of this folder, one short line each",
        ) from None
    except OSError as err:
        raise InputError(
            MANIFEST_NAME,
            f"the manifest cannot be read ({err.strerror or err}); " + ignored,
            "make it a readable file",
        ) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(
            MANIFEST_NAME,
            f"the manifest is not valid UTF-8 (byte offset {err.start}); " + ignored,
            f"re-save it as UTF-8, e.g. `iconv -f WINDOWS-1252 -t UTF-8 {MANIFEST_NAME}`",
        ) from None


def read_manifest(folder: Path) -> tuple[dict[str, SourceInfo], list[InputError]]:
    """Read ``folder/sources.csv`` (``file,title,source,license``); empty when absent.

    Returns the rows by file name (:func:`manifest_key`) and the problems of single lines,
    each naming the line where its record starts (a line that is not valid CSV, a line
    without a file name or with more fields than the header, a field over
    :data:`MAX_FIELD_CHARS` characters or holding a control character, a file listed
    twice: the first line wins; a column named twice: the first is used). Raises
    :class:`InputError` when the manifest as a whole is unusable (not a regular file, over
    :data:`MAX_MANIFEST_BYTES`, unreadable, not UTF-8, no ``file`` column); the run then
    publishes the articles without it.
    """
    text = _manifest_text(folder / MANIFEST_NAME)
    if text is None:
        return {}, []
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        names = next(reader, [])
    except csv.Error as err:
        names = []
        problem = f"the header is not valid CSV ({err})"
    else:
        problem = ""
    columns, problems = _header(names)
    if "file" not in columns:
        header = ",".join(n.strip().lower() for n in names)
        raise InputError(
            MANIFEST_NAME,
            (problem or f"the manifest has no `file` column (header: {header or 'empty'})")
            + "; the whole manifest was ignored, so no article got its title, source or "
            "licence",
            f"give it the header `{','.join(MANIFEST_COLUMNS)}`",
        )
    rows: dict[str, SourceInfo] = {}
    while True:
        line = reader.line_num + 1  # where the next record starts
        try:
            fields = next(reader)
        except StopIteration:
            break
        except csv.Error as err:
            problems.append(_csv_problem(line, str(err)))
            continue
        if not any(value.strip() for value in fields):
            continue
        row = {name: fields[i] if i < len(fields) else "" for name, i in columns.items()}
        name = row["file"].strip()
        unusable = _row_problem(fields, len(names))
        if unusable is not None:
            why, hint = unusable
            if name and len(name) < 300:
                why += f" ({name} is published without its details)"
            problems.append(_line_problem(line, why, hint))
        elif not name:
            problems.append(_line_problem(line, "has no file name", "fill in `file`"))
        elif manifest_key(name) in rows:
            problems.append(
                _line_problem(
                    line,
                    f"lists {name!r} a second time (the first line is used)",
                    "keep one line per file",
                )
            )
        else:
            rows[manifest_key(name)] = SourceInfo(
                title=_one_line(row.get("title")),
                source=_one_line(row.get("source")),
                license=_one_line(row.get("license")),
            )
    return rows, problems
