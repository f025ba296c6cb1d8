"""Validate stage: Pandera models per table plus the cross-table provenance checks.

Every failure is collected (lazy validation) before anything is decided, as one
:class:`~pipeline.errors.Problem` per failed check. Extracted records (facts, events) that
fail are moved to the ``quarantine`` table with the check they failed, so no invalid row is
published and none is silently dropped. A failure in ``documents`` or ``sentences`` is a
bug in an earlier stage: it raises :class:`~pipeline.errors.TableValidationError`, whose
problems say where and why, and nothing is published. ``verify`` reuses the same checks on
a published folder.
"""

from __future__ import annotations

import functools
import json
from typing import Any

import numpy as np
import pandas as pd
import pandera.pandas as pa

from pipeline.errors import Problem, TableValidationError
from pipeline.export.encode import json_value
from pipeline.extract.dates import days_in_month
from schemas import TABLES, sorted_frame
from schemas.metadata import columns
from schemas.tables import ISO_DATE_PREFIX

EXTRACTED = ("facts", "events")


def _row(index: object) -> int | None:
    return None if index is None or pd.isna(index) else int(index)  # type: ignore[call-overload]


def schema_problems(name: str, err: pa.errors.SchemaErrors) -> list[Problem]:
    """The failure cases of a lazy Pandera validation of table ``name``, as problems."""
    cases = err.failure_cases
    return [
        Problem(name, _row(index), "schema", str(column), str(check), str(value))
        for index, column, check, value in zip(
            cases["index"], cases["column"], cases["check"], cases["failure_case"], strict=True
        )
    ]


def _schema_check(name: str, frame: pd.DataFrame) -> tuple[pd.DataFrame, list[Problem]]:
    """Validate one table; return (validated frame, problems)."""
    try:
        return TABLES[name].model.validate(frame, lazy=True), []
    except pa.errors.SchemaErrors as err:
        return frame, schema_problems(name, err)


def provenance_problems(
    name: str, frame: pd.DataFrame, tables: dict[str, pd.DataFrame]
) -> list[Problem]:
    """Rows whose span does not slice back to their text, or whose ids point nowhere."""
    texts = dict(zip(tables["documents"]["doc_id"], tables["documents"]["text"], strict=True))
    problems: list[Problem] = []
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
        at = _row(index)
        text = texts.get(row["doc_id"])
        if text is None:
            problems.append(
                Problem(
                    name,
                    at,
                    "provenance.document",
                    None,
                    "doc_id: exists in documents",
                    str(row["doc_id"]),
                )
            )
            continue
        quote = row[quote_col]
        try:
            start, end = int(row["char_start"]), int(row["char_end"])
        except (TypeError, ValueError, OverflowError):
            start, end = -1, -1  # not a usable offset: fails the check below
        if not (0 <= start < end <= len(text)) or text[start:end] != quote:
            problems.append(
                Problem(
                    name,
                    at,
                    "provenance.quote",
                    None,
                    f"{quote_col}: equals documents.text[char_start:char_end]",
                    f"{start}:{end} {quote!r}",
                )
            )
            continue
        if name == "sentences":
            continue
        if row["sentence_id"] not in spans:
            problems.append(
                Problem(
                    name,
                    at,
                    "provenance.sentence",
                    None,
                    "sentence_id: exists in sentences",
                    str(row["sentence_id"]),
                )
            )
            continue
        doc_id, sentence_start, sentence_end = spans[row["sentence_id"]]
        if doc_id != row["doc_id"] or not (sentence_start <= start and end <= sentence_end):
            problems.append(
                Problem(
                    name,
                    at,
                    "provenance.inside",
                    None,
                    "char_start/char_end: inside its sentence",
                    f"{start}:{end} not in {row['sentence_id']}",
                )
            )
    return problems


def _finite_problems(name: str, frame: pd.DataFrame) -> list[Problem]:
    """Rows with an infinite number (``1e400`` parsed to ``inf``): JSON cannot hold it and
    no user means it. Null (NaN) is left to the schema's nullability check."""
    problems: list[Problem] = []
    for col in columns(TABLES[name]):
        if col.kind != "number" or col.name not in frame:
            continue
        values = pd.to_numeric(frame[col.name], errors="coerce").astype("float64")
        infinite = np.isinf(values)
        for index, value in zip(frame.index[infinite], values[infinite], strict=True):
            problems.append(
                Problem(name, _row(index), "finite", col.name, "finite number", str(value))
            )
    return problems


@functools.cache
def date_columns(name: str) -> tuple[str, ...]:
    """The columns of table ``name`` that hold ISO 8601 date prefixes (per its model)."""
    schema = TABLES[name].model.to_schema().columns
    return tuple(
        str(col)
        for col, column in schema.items()
        if any(check.statistics.get("pattern") == ISO_DATE_PREFIX for check in column.checks)
    )


def _calendar_date(text: str) -> bool:
    """An ISO 8601 prefix names a day that exists (``2020-02-30`` does not)."""
    year, _, rest = text.lstrip("-").partition("-")
    month, _, day = rest.partition("-")
    if not day:
        return True
    try:
        sign = -1 if text.startswith("-") else 1
        return int(day) <= days_in_month(sign * int(year), int(month))
    except ValueError:
        return True  # not digits: the schema's pattern reports it


def calendar_problems(name: str, frame: pd.DataFrame) -> list[Problem]:
    """Rows whose date names a day its month does not have (``2020-02-31``): the pattern
    of an ISO 8601 prefix allows any day up to 31."""
    problems: list[Problem] = []
    for col in date_columns(name):
        if col not in frame:
            continue
        for index, value in zip(frame.index, frame[col], strict=True):
            if isinstance(value, str) and len(value) >= 10 and not _calendar_date(value):
                problems.append(
                    Problem(name, _row(index), "calendar", col, "a day of the calendar", value)
                )
    return problems


def _quarantine_record(name: str, frame: pd.DataFrame, problem: Problem) -> dict[str, object]:
    record = frame.loc[problem.row]
    return {
        "record_id": str(record[TABLES[name].key]),
        "table": name,
        "doc_id": record.get("doc_id"),
        "sentence_id": record.get("sentence_id"),
        "check": f"{problem.label} (got {problem.value})",
        "record": json.dumps(
            {k: json_value(v) for k, v in record.to_dict().items()},
            ensure_ascii=False,
            default=str,
            allow_nan=False,
        ),
    }


def check_extracted(
    tables: dict[str, pd.DataFrame],
) -> tuple[dict[str, pd.DataFrame], list[dict[str, object]]]:
    """Check ``documents``, ``sentences``, ``facts`` and ``events`` (of one batch of
    documents or of a whole corpus); return them coerced, facts and events without the rows
    that failed, and the quarantine records of those rows.

    Raises :class:`~pipeline.errors.TableValidationError` when documents or sentences fail,
    or a check fails for a table as a whole.
    """
    out = dict(tables)
    fatal: list[Problem] = []
    quarantine: list[dict[str, object]] = []
    for name in ("documents", "sentences", *EXTRACTED):
        frame = out[name]
        checked, problems = _schema_check(name, frame)
        if name != "documents":
            problems += provenance_problems(name, frame, out)
        if name in EXTRACTED:
            problems += _finite_problems(name, frame) + calendar_problems(name, frame)
        if not problems:
            out[name] = checked
            continue
        if name not in EXTRACTED or any(
            p.row is None or p.row not in frame.index for p in problems
        ):
            fatal += problems  # a table-level failure names no row
            continue
        quarantine += [_quarantine_record(name, frame, p) for p in problems]
        bad = {p.row for p in problems}
        kept = frame.drop(index=sorted(bad)).reset_index(drop=True)  # type: ignore[type-var]
        out[name] = TABLES[name].model.validate(kept, lazy=True)
    if fatal:
        raise TableValidationError(fatal)
    return out, quarantine


def check_rejects(rejects: pd.DataFrame) -> pd.DataFrame:
    """The rejects table, checked (a failure is a bug: it raises)."""
    checked, problems = _schema_check("rejects", rejects)
    if problems:
        raise TableValidationError(problems)
    return checked


def check_quarantine(records: list[dict[str, object]]) -> pd.DataFrame:
    """The quarantine table from its records, sorted and checked."""
    return TABLES["quarantine"].model.validate(sorted_frame("quarantine", records), lazy=True)


def validate_tables(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """Validate whole tables; return them (coerced) with bad extracted rows moved to
    ``quarantine`` (and ``rejects`` checked when given).

    Raises :class:`~pipeline.errors.TableValidationError` when documents, sentences or
    rejects fail, or a check fails for a table as a whole.
    """
    out, quarantine = check_extracted(tables)
    out["quarantine"] = check_quarantine(quarantine)
    if "rejects" in out:
        out["rejects"] = check_rejects(out["rejects"])
    return out
