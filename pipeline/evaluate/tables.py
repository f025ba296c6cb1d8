"""Published tables: what a score needs from the ``documents``, ``facts`` and ``events``
tables found under an output folder (Parquet, else CSV)."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Hashable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline.errors import OutputError


@dataclass(frozen=True)
class PublishedFact:
    doc_id: str
    char_start: int
    char_end: int
    value: object
    unit: str
    quote: object
    qualifier: str | None
    period: str | None
    attribute: str | None
    subject: str | None
    method: str | None


@dataclass(frozen=True)
class PublishedEvent:
    doc_id: str
    char_start: int
    char_end: int
    date: str | None
    quote: object
    method: str | None


@dataclass(frozen=True)
class Published:
    """The tables a score needs: document texts by doc id, the names gold may use for a
    document, and the facts and events of each document in table order."""

    texts: dict[str, str]
    doc_names: dict[str, str]
    facts: dict[str, list[PublishedFact]]
    events: dict[str, list[PublishedEvent]]


_SOURCE_COLUMNS = ("source", "path", "source_path", "file")
_REQUIRED = {
    "documents": ("doc_id", "text"),
    "facts": ("doc_id", "char_start", "char_end", "value", "unit"),
    "events": ("doc_id", "char_start", "char_end", "date"),
}


def _read_csv(paths: list[Path]) -> pd.DataFrame:
    # Cells are read as text so that dates and periods keep their form ("0757", "-0026").
    frames = [pd.read_csv(p, dtype=str, keep_default_na=False, na_values=[""]) for p in paths]
    frame = pd.concat(frames, ignore_index=True)
    for column in ("value", "char_start", "char_end"):
        if column in frame.columns:
            frame[column] = pd.to_numeric(frame[column], errors="coerce")
    return frame


def load_table(output: Path, name: str) -> pd.DataFrame | None:
    """A table found anywhere under ``output``: every ``<name>.parquet`` (or part
    ``<name>/*.parquet``) concatenated, else every ``<name>.csv`` (or ``<name>/*.csv``);
    None if absent."""
    for pattern in (f"**/{name}.parquet", f"**/{name}/*.parquet"):
        files = sorted(output.glob(pattern))
        if files:
            return pd.concat([pd.read_parquet(f) for f in files], ignore_index=True)
    for pattern in (f"**/{name}.csv", f"**/{name}/*.csv"):
        files = sorted(output.glob(pattern))
        if files:
            return _read_csv(files)
    return None


def _check_columns(frame: pd.DataFrame, name: str) -> None:
    missing = [c for c in _REQUIRED[name] if c not in frame.columns]
    if missing:
        raise OutputError(f"the {name} table has no column {', '.join(map(repr, missing))}")


def _doc_names(documents: pd.DataFrame) -> dict[str, str]:
    """Names a gold file may give a document (doc id, source file name or its stem)."""
    names: dict[str, str] = {}
    for row in documents.to_dict("records"):
        doc_id = str(row["doc_id"])
        names[doc_id] = doc_id
        for column in _SOURCE_COLUMNS:
            source = row.get(column)
            if isinstance(source, str) and source:
                file_name = source.replace("\\", "/").rsplit("/", 1)[-1]
                names[file_name] = doc_id
                names[file_name.rsplit(".", 1)[0]] = doc_id
    return names


def cell_text(value: object) -> str | None:
    """A table cell or gold field as stripped text; None when missing or blank."""
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    return str(value).strip() or None


def _fact(row: dict[Hashable, Any]) -> PublishedFact:
    return PublishedFact(
        doc_id=str(row["doc_id"]),
        char_start=int(row["char_start"]),
        char_end=int(row["char_end"]),
        value=row["value"],
        unit=str(row["unit"]),
        quote=row.get("quote"),
        qualifier=cell_text(row.get("qualifier")),
        period=cell_text(row.get("period")),
        attribute=cell_text(row.get("attribute")),
        subject=cell_text(row.get("subject")),
        method=cell_text(row.get("method")),
    )


def _event(row: dict[Hashable, Any]) -> PublishedEvent:
    return PublishedEvent(
        doc_id=str(row["doc_id"]),
        char_start=int(row["char_start"]),
        char_end=int(row["char_end"]),
        date=cell_text(row["date"]),
        quote=row.get("quote"),
        method=cell_text(row.get("method")),
    )


def load_published(output: Path) -> Published:
    """Read what a score needs from ``output``; raises :class:`OutputError`."""
    documents, facts = load_table(output, "documents"), load_table(output, "facts")
    if documents is None or facts is None:
        raise OutputError(f"no documents/facts tables under {output}")
    events = load_table(output, "events")
    _check_columns(documents, "documents")
    _check_columns(facts, "facts")
    if events is not None:
        _check_columns(events, "events")
    facts_by_doc: dict[str, list[PublishedFact]] = defaultdict(list)
    events_by_doc: dict[str, list[PublishedEvent]] = defaultdict(list)
    try:
        for row in facts.to_dict("records"):
            fact = _fact(row)
            facts_by_doc[fact.doc_id].append(fact)
        for row in events.to_dict("records") if events is not None else []:
            event = _event(row)
            events_by_doc[event.doc_id].append(event)
    except (TypeError, ValueError) as err:
        raise OutputError(f"a facts or events row has unusable offsets ({err})") from None
    return Published(
        texts=dict(
            zip(documents["doc_id"].astype(str), documents["text"].astype(str), strict=True)
        ),
        doc_names=_doc_names(documents),
        facts=dict(facts_by_doc),
        events=dict(events_by_doc),
    )
