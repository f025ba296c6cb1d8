"""Validate stage: Pandera models per table plus the cross-table provenance checks.

Every failure is collected (lazy validation) before anything is decided. Extracted
records (facts, events) that fail are moved to the ``quarantine`` table with the check
they failed, so no invalid row is published and none is silently dropped. A failure in
``documents`` or ``sentences`` is a bug in an earlier stage: it raises
:class:`TableValidationError`, whose report lists every failure, and nothing is published.
"""

from __future__ import annotations

import json
from typing import Any

import numpy as np
import pandas as pd
import pandera.pandas as pa

from pipeline.export import json_value
from schemas import TABLES, sorted_frame
from schemas.metadata import columns

EXTRACTED = ("facts", "events")


class TableValidationError(Exception):
    """Published tables failed their checks; ``report`` says where and why."""

    def __init__(self, report: pd.DataFrame) -> None:
        self.report = report
        super().__init__(f"{len(report)} check failure(s) in the published tables")


def _schema_failures(name: str, frame: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Validate one table; return (validated frame, failures as table/index/check rows)."""
    spec = TABLES[name]
    try:
        return spec.model.validate(frame, lazy=True), pd.DataFrame()
    except pa.errors.SchemaErrors as err:
        cases = err.failure_cases
        failures = pd.DataFrame(
            {
                "table": name,
                "index": cases["index"],
                "check": cases["column"].astype(str) + ": " + cases["check"].astype(str),
                "failure_case": cases["failure_case"].astype(str),
            }
        )
        return frame, failures


def provenance_failures(
    name: str, frame: pd.DataFrame, tables: dict[str, pd.DataFrame]
) -> list[dict[str, object]]:
    """Rows whose span does not slice back to their text, or whose ids point nowhere."""
    texts = dict(zip(tables["documents"]["doc_id"], tables["documents"]["text"], strict=True))
    failures: list[dict[str, object]] = []
    quote_col = "text" if name == "sentences" else "quote"
    # sentence_id -> (doc_id, start, end); a dict, so duplicate ids (reported by the schema
    # check of sentences) cannot make a lookup ambiguous
    spans = {
        sid: (doc_id, int(start), int(end))
        for sid, doc_id, start, end in zip(
            tables["sentences"]["sentence_id"],
            tables["sentences"]["doc_id"],
            tables["sentences"]["char_start"],
            tables["sentences"]["char_end"],
            strict=True,
        )
    }
    records: list[dict[str, Any]] = frame.to_dict("records")  # type: ignore[assignment]
    for index, row in zip(frame.index, records, strict=True):
        text = texts.get(row["doc_id"])
        if text is None:
            failures.append(
                {
                    "table": name,
                    "index": index,
                    "check": "doc_id: exists in documents",
                    "failure_case": str(row["doc_id"]),
                }
            )
            continue
        quote = row[quote_col]
        try:
            start, end = int(row["char_start"]), int(row["char_end"])
        except (TypeError, ValueError, OverflowError):
            start, end = -1, -1  # not a usable offset: fails the check below
        if not (0 <= start < end <= len(text)) or text[start:end] != quote:
            failures.append(
                {
                    "table": name,
                    "index": index,
                    "check": f"{quote_col}: equals documents.text[char_start:char_end]",
                    "failure_case": f"{start}:{end} {quote!r}",
                }
            )
            continue
        if name == "sentences":
            continue
        if row["sentence_id"] not in spans:
            failures.append(
                {
                    "table": name,
                    "index": index,
                    "check": "sentence_id: exists in sentences",
                    "failure_case": str(row["sentence_id"]),
                }
            )
            continue
        doc_id, sentence_start, sentence_end = spans[row["sentence_id"]]
        if doc_id != row["doc_id"] or not (sentence_start <= start and end <= sentence_end):
            failures.append(
                {
                    "table": name,
                    "index": index,
                    "check": "char_start/char_end: inside its sentence",
                    "failure_case": f"{start}:{end} not in {row['sentence_id']}",
                }
            )
    return failures


def _finite_failures(name: str, frame: pd.DataFrame) -> list[dict[str, object]]:
    """Rows with an infinite number (``1e400`` parsed to ``inf``): JSON cannot hold it and
    no user means it. Null (NaN) is left to the schema's nullability check."""
    failures: list[dict[str, object]] = []
    for col in columns(TABLES[name]):
        if col.kind != "number" or col.name not in frame:
            continue
        values = pd.to_numeric(frame[col.name], errors="coerce").astype("float64")
        for index, value in zip(
            frame.index[np.isinf(values)], values[np.isinf(values)], strict=True
        ):
            failures.append(
                {
                    "table": name,
                    "index": index,
                    "check": f"{col.name}: finite number",
                    "failure_case": str(value),
                }
            )
    return failures


def validate_tables(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """Validate all tables; return them (coerced) with bad extracted rows moved to ``quarantine``.

    Raises :class:`TableValidationError` when documents or sentences fail.
    """
    out = dict(tables)
    fatal: list[pd.DataFrame] = []
    quarantine: list[dict[str, object]] = []
    for name in ("documents", "sentences", *EXTRACTED):
        frame = out[name]
        checked, failures = _schema_failures(name, frame)
        if name != "documents":
            extra = provenance_failures(name, frame, out)
            if name in EXTRACTED:
                extra += _finite_failures(name, frame)
            failures = pd.concat([failures, pd.DataFrame(extra)], ignore_index=True)
        if failures.empty:
            out[name] = checked
            continue
        if name not in EXTRACTED:
            fatal.append(failures)
            continue
        key = TABLES[name].key
        bad_index = set(failures["index"].dropna())
        for row_index, check, failure_case in zip(
            failures["index"], failures["check"], failures["failure_case"], strict=True
        ):
            if pd.isna(row_index) or row_index not in frame.index:
                fatal.append(failures)  # a table-level failure names no row
                break
            record = frame.loc[row_index]
            quarantine.append(
                {
                    "record_id": str(record[key]),
                    "table": name,
                    "doc_id": record.get("doc_id"),
                    "sentence_id": record.get("sentence_id"),
                    "check": f"{check} (got {failure_case})",
                    "record": json.dumps(
                        {k: json_value(v) for k, v in record.to_dict().items()},
                        ensure_ascii=False,
                        default=str,
                        allow_nan=False,
                    ),
                }
            )
        kept = frame.drop(index=[i for i in bad_index if i in frame.index]).reset_index(drop=True)
        out[name] = TABLES[name].model.validate(kept, lazy=True)
    if fatal:
        raise TableValidationError(pd.concat(fatal, ignore_index=True))
    out["quarantine"] = TABLES["quarantine"].model.validate(
        sorted_frame("quarantine", quarantine), lazy=True
    )
    if "rejects" in out:
        rejects, failures = _schema_failures("rejects", out["rejects"])
        if not failures.empty:
            raise TableValidationError(failures)
        out["rejects"] = rejects
    return out
