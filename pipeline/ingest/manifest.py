"""Read ``sources.csv``, the optional manifest of an input folder: each file's title,
source and licence (columns ``file,title,source,license``)."""

from __future__ import annotations

import csv
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import InputError

MANIFEST_NAME = "sources.csv"
MANIFEST_COLUMNS = ("file", "title", "source", "license")


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
