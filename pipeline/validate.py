"""Validate stage: Pandera models per table plus the cross-table provenance checks.

Every failure is collected (lazy validation) before anything is decided. Extracted
records (facts, events) that fail are moved to the ``quarantine`` table with the check
they failed, so no invalid row is published and none is silently dropped. A failure in
``documents`` or ``sentences`` is a bug in an earlier stage: it raises
:class:`TableValidationError`, whose report lists every failure, and nothing is published.
"""

from __future__ import annotations

import json

import pandas as pd
import pandera.pandas as pa

from schemas import TABLES

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


def _provenance_failures(name: str, frame: pd.DataFrame, tables: dict[str, pd.DataFrame]) -> list[dict[str, object]]:
    """Rows whose span does not slice back to their text, or whose ids point nowhere."""
    texts = dict(zip(tables["documents"]["doc_id"], tables["documents"]["text"], strict=True))
    failures: list[dict[str, object]] = []
    quote_col = "text" if name == "sentences" else "quote"
    if name != "sentences":
        sentences = tables["sentences"].set_index("sentence_id")
    for index, row in zip(frame.index, frame.itertuples(index=False), strict=True):
        text = texts.get(row.doc_id)
        if text is None:
            failures.append({"table": name, "index": index, "check": "doc_id: exists in documents",
                             "failure_case": str(row.doc_id)})
            continue
        start, end, quote = int(row.char_start), int(row.char_end), getattr(row, quote_col)
        if not (0 <= start < end <= len(text)) or text[start:end] != quote:
            failures.append({"table": name, "index": index,
                             "check": f"{quote_col}: equals documents.text[char_start:char_end]",
                             "failure_case": f"{start}:{end} {quote!r}"})
            continue
        if name == "sentences":
            continue
        if row.sentence_id not in sentences.index:
            failures.append({"table": name, "index": index, "check": "sentence_id: exists in sentences",
                             "failure_case": str(row.sentence_id)})
            continue
        sentence = sentences.loc[row.sentence_id]
        if sentence["doc_id"] != row.doc_id or not (
            sentence["char_start"] <= start and end <= sentence["char_end"]
        ):
            failures.append({"table": name, "index": index,
                             "check": "char_start/char_end: inside its sentence",
                             "failure_case": f"{start}:{end} not in {row.sentence_id}"})
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
            extra = pd.DataFrame(_provenance_failures(name, frame, out))
            failures = pd.concat([failures, extra], ignore_index=True)
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
                        {k: (None if pd.isna(v) else v) for k, v in record.to_dict().items()},
                        ensure_ascii=False, default=str,
                    ),
                }
            )
        kept = frame.drop(index=[i for i in bad_index if i in frame.index]).reset_index(drop=True)
        out[name] = TABLES[name].model.validate(kept, lazy=True)
    if fatal:
        raise TableValidationError(pd.concat(fatal, ignore_index=True))
    spec = TABLES["quarantine"]
    frame = pd.DataFrame(quarantine, columns=spec.columns)
    if not frame.empty:
        frame = frame.sort_values(list(spec.order), kind="stable").reset_index(drop=True)
    out["quarantine"] = spec.model.validate(frame, lazy=True)
    return out
