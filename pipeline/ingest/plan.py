"""Plan an input folder: which ``.txt`` files become documents, with their manifest rows,
and which are rejected before they are read (and why)."""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import InputError, UsageProblem
from pipeline.ingest.manifest import MANIFEST_NAME, SourceInfo, manifest_key, read_manifest

INPUT_SUFFIX = ".txt"


@dataclass(frozen=True)
class PlannedInput:
    """A file to read, the ``doc_id`` it gets and its ``sources.csv`` row."""

    path: Path
    doc_id: str
    info: SourceInfo | None


def doc_id_for(path: Path) -> str:
    """Stable document id from a file name: see :func:`slug` (``Kiss You.txt`` → ``kiss-you``)."""
    return slug(path.stem)


def slug(name: str) -> str:
    """The NFKC-lowercased name, runs of other characters than letters and digits turned
    into ``-``; ``document`` when nothing is left."""
    text = unicodedata.normalize("NFKC", name).lower()
    return re.sub(r"[^\w]+|_+", "-", text).strip("-") or "document"


def reject_row(file: str, reason: str, hint: str) -> dict[str, str]:
    return {"file": file, "reason": reason, "hint": hint}


def display_name(name: str) -> str:
    """A file name as text that can be published on one line: bytes that are not UTF-8
    (kept by Python as lone surrogates) and control characters are shown as ``\\xNN``."""
    text = os.fsencode(name).decode("utf-8", "backslashreplace")
    return "".join(f"\\x{ord(c):02x}" if unicodedata.category(c) == "Cc" else c for c in text)


def _list_folder(raw: Path) -> list[Path]:
    if not raw.is_dir():
        raise UsageProblem(f"input folder {raw} does not exist or is not a folder")
    try:
        return sorted(raw.iterdir())
    except OSError as err:
        raise UsageProblem(f"cannot list input folder {raw} ({err.strerror or err})") from None


def plan_inputs(raw: Path) -> tuple[list[PlannedInput], list[dict[str, str]]]:
    """The input files of a folder with their manifest rows, and the problems found.

    Every entry whose name ends in ``.txt`` is either planned or rejected here: folders
    and other non-regular files, names that are not UTF-8, and a second file whose name
    gives the same ``doc_id`` (the first in sorted order keeps it).
    """
    entries = [p for p in _list_folder(raw) if p.suffix.lower() == INPUT_SUFFIX]
    if not entries:
        raise UsageProblem(f"no {INPUT_SUFFIX} files in {raw}")
    rejects: list[dict[str, str]] = []
    try:
        manifest, problems = read_manifest(raw)
    except InputError as err:
        manifest, problems = {}, [err]
    rejects.extend(reject_row(p.file, p.reason, p.hint) for p in problems)
    keys = {manifest_key(p.name) for p in entries}
    for listed in sorted(set(manifest) - keys):
        rejects.append(
            reject_row(
                display_name(listed),
                f"listed in {MANIFEST_NAME} but there is no such .txt file in the input folder",
                f"add the file or remove its line from {MANIFEST_NAME}",
            )
        )
    inputs: list[PlannedInput] = []
    owner: dict[str, str] = {}
    for path in entries:
        name = display_name(path.name)
        if name != path.name:
            try:
                path.name.encode("utf-8")
            except UnicodeEncodeError:
                problem = "the file name is not valid UTF-8"
            else:
                problem = "the file name holds a control character (a line break or a tab)"
            rejects.append(reject_row(name, problem, "rename the file"))
            continue
        if not path.is_file():
            kind = "a folder" if path.is_dir() else "not a regular file (or a broken link)"
            rejects.append(
                reject_row(
                    name, f"it is {kind}", "give each article its own .txt file, or rename it"
                )
            )
            continue
        doc_id = doc_id_for(path)
        if doc_id in owner:
            rejects.append(
                reject_row(
                    name,
                    f"its doc_id {doc_id!r} is already taken by {owner[doc_id]!r} "
                    "(ids are the lowercased file name, punctuation and spaces as `-`)",
                    "rename one of the two files",
                )
            )
            continue
        owner[doc_id] = name
        inputs.append(PlannedInput(path, doc_id, manifest.get(manifest_key(path.name))))
    return inputs, rejects
