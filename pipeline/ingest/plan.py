"""Plan an input folder: which ``.txt`` files become documents, with their manifest rows,
and which are rejected before they are read (and why)."""

from __future__ import annotations

import errno
import os
import re
import stat
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
    try:
        is_dir = stat.S_ISDIR(os.stat(raw).st_mode)
    except PermissionError:
        raise UsageProblem(f"cannot open input folder {raw} (Permission denied)") from None
    except OSError:
        is_dir = False
    if not is_dir:
        raise UsageProblem(f"input folder {raw} does not exist or is not a folder")
    try:
        entries = sorted(raw.iterdir())
    except OSError as err:
        raise UsageProblem(f"cannot list input folder {raw} ({err.strerror or err})") from None
    if entries:
        try:
            os.lstat(entries[0])
        except PermissionError:
            raise UsageProblem(
                f"input folder {raw} can be listed but its files cannot be opened (it lacks "
                f"the x permission): `chmod u+x {raw}`"
            ) from None
        except OSError:
            pass  # removed meanwhile: planned (and rejected) below
    return entries


def is_input_name(name: str) -> bool:
    """The name is that of an article file (it ends in ``.txt``, in any case)."""
    return name.lower().endswith(INPUT_SUFFIX)


def _near_input_name(name: str) -> bool:
    """``a.txt `` or ``b.txt.``: meant as an input, but the name does not end in ``.txt``."""
    return not is_input_name(name) and is_input_name(name.rstrip(" ."))


def _not_a_file(path: Path) -> str | None:
    """Why ``path`` (a link is followed) is not a regular file that can be read, or None."""
    try:
        mode = os.stat(path).st_mode
    except PermissionError:
        return (
            "it cannot be opened (Permission denied): it is in, or links into, a folder you "
            "may not open"
        )
    except OSError as err:
        if err.errno in (errno.ENOENT, errno.ELOOP, errno.ENOTDIR):
            return "it is not a regular file (or a broken link)"
        return f"it cannot be opened ({err.strerror or err})"
    if stat.S_ISDIR(mode):
        return "it is a folder"
    if not stat.S_ISREG(mode):
        return "it is not a regular file (or a broken link)"
    return None


def links_outside(raw: Path, inputs: list[PlannedInput]) -> list[str]:
    """The planned files that are links to files outside ``raw`` (``name → target``)."""
    root = os.path.realpath(raw)
    out = []
    for item in inputs:
        if item.path.is_symlink():
            target = os.path.realpath(item.path)
            if os.path.commonpath([root, target]) != root:
                out.append(f"{display_name(item.path.name)} → {display_name(target)}")
    return out


def plan_inputs(
    raw: Path, exclude: Path | None = None
) -> tuple[list[PlannedInput], list[dict[str, str]]]:
    """The input files of a folder with their manifest rows, and the problems found.

    Every entry whose name ends in ``.txt`` is either planned or rejected here: folders
    and other non-regular files, files that cannot be opened, names that are not UTF-8,
    names with a space or dot after ``.txt``, and a second file whose name gives the same
    ``doc_id`` (the first in sorted order keeps it). ``exclude`` (the output folder, when
    it lies inside ``raw``) is left out.
    """
    skip = os.path.realpath(exclude) if exclude is not None else None
    entries = [
        p
        for p in _list_folder(raw)
        if (is_input_name(p.name) or _near_input_name(p.name))
        and not (skip is not None and os.path.realpath(p) == skip)
    ]
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
        if _near_input_name(path.name):
            rejects.append(
                reject_row(
                    name,
                    f"the name ends in a space or a dot after {INPUT_SUFFIX}, so it is not read "
                    "as an article",
                    f"rename it to end in {INPUT_SUFFIX}",
                )
            )
            continue
        unusable = _not_a_file(path)
        if unusable is not None:
            rejects.append(
                reject_row(
                    name, unusable, "give each article its own readable .txt file, or rename it"
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
