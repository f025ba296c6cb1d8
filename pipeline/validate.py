"""Validate stage: Pandera models per table plus the cross-table provenance checks.

Every failure is collected (lazy validation) before anything is decided, as one
:class:`~pipeline.errors.Problem` per failed check. Extracted records (facts, events,
entities, mentions, relations) that fail are moved to the ``quarantine`` table with the
check they failed, so no invalid row is published and none is silently dropped. Besides
the spans (every mention and relation quote equals its slice of the document, inside its
sentence), the entity tables are checked for references: every entity has a mention, and
every ``entity_id``, ``subject_id`` and ``object_id`` (and ``facts.subject_id``) names a
published entity. A failure in ``documents`` or ``sentences`` is a
bug in an earlier stage: it raises :class:`~pipeline.errors.TableValidationError`, whose
problems say where and why, and nothing is published. ``verify`` reuses the same checks on
a published folder.
"""

from __future__ import annotations

import functools
import json

import numpy as np
import pandas as pd
import pandera.pandas as pa

from pipeline.errors import Problem, TableValidationError
from pipeline.export.encode import json_value
from pipeline.extract.dates import days_in_month
from schemas import EXTRACTED_TABLES, TABLES, sorted_frame
from schemas.metadata import columns
from schemas.tables import ISO_DATE_PREFIX

EXTRACTED = EXTRACTED_TABLES
# Extracted tables whose rows carry a span of a document (entities have none).
SPANNED = ("facts", "events", "mentions", "relations")


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


def sentence_spans(
    tables: dict[str, pd.DataFrame],
) -> tuple[dict[str, str], dict[str, tuple[str, int, int]]]:
    """Document texts by id, and sentence id → (doc id, start, end): what the provenance
    checks look spans up in, built once for all tables."""
    documents, sentences = tables["documents"], tables["sentences"]
    texts = dict(zip(documents["doc_id"].tolist(), documents["text"].tolist(), strict=True))
    # a dict, so duplicate ids (reported by the schema check of sentences) cannot make a
    # lookup ambiguous
    spans = dict(
        zip(
            sentences["sentence_id"].tolist(),
            zip(
                sentences["doc_id"].tolist(),
                sentences["char_start"].astype("int64").tolist(),
                sentences["char_end"].astype("int64").tolist(),
                strict=True,
            ),
            strict=True,
        )
    )
    return texts, spans


def provenance_problems(
    name: str,
    frame: pd.DataFrame,
    tables: dict[str, pd.DataFrame],
    lookups: tuple[dict[str, str], dict[str, tuple[str, int, int]]] | None = None,
) -> list[Problem]:
    """Rows whose span does not slice back to their text, or whose ids point nowhere;
    ``lookups`` is :func:`sentence_spans` of ``tables`` when the caller has it."""
    texts, spans = lookups or sentence_spans(tables)
    problems: list[Problem] = []
    quote_col = "text" if name == "sentences" else "quote"
    columns = [frame[c].tolist() for c in ("doc_id", "char_start", "char_end", quote_col)]
    # the columns as lists, zipped: much faster than a record per row
    sentence_ids = frame["sentence_id"].tolist() if "sentence_id" in frame else [None] * len(frame)
    for index, doc_id, char_start, char_end, quote, sentence_id in zip(
        frame.index.tolist(), *columns, sentence_ids, strict=True
    ):
        at = _row(index)
        text = texts.get(doc_id)
        if text is None:
            problems.append(
                Problem(
                    name,
                    at,
                    "provenance.document",
                    None,
                    "doc_id: exists in documents",
                    str(doc_id),
                )
            )
            continue
        try:
            start, end = int(char_start), int(char_end)
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
        if sentence_id not in spans:
            problems.append(
                Problem(
                    name,
                    at,
                    "provenance.sentence",
                    None,
                    "sentence_id: exists in sentences",
                    str(sentence_id),
                )
            )
            continue
        sentence_doc, sentence_start, sentence_end = spans[sentence_id]
        if sentence_doc != doc_id or not (sentence_start <= start and end <= sentence_end):
            problems.append(
                Problem(
                    name,
                    at,
                    "provenance.inside",
                    None,
                    "char_start/char_end: inside its sentence",
                    f"{start}:{end} not in {sentence_id}",
                )
            )
    return problems


def _unmentioned_problems(entities: pd.DataFrame, mentions: pd.DataFrame) -> list[Problem]:
    """Entities that no mention names: an entity is published only with its evidence."""
    mentioned = set(mentions["entity_id"].tolist())
    return [
        Problem(
            "entities",
            _row(index),
            "reference.mention",
            None,
            "entity_id: has a mention",
            str(entity_id),
        )
        for index, entity_id in zip(entities.index, entities["entity_id"], strict=True)
        if entity_id not in mentioned
    ]


def _missing(value: object) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and np.isnan(value))


def reference_problems(name: str, frame: pd.DataFrame, entities: pd.DataFrame) -> list[Problem]:
    """Rows of ``name`` whose foreign keys into ``entities`` name no published entity, or
    whose key into their own table (a conversion's ``converts_fact_id``) names no row of
    the same sentence that passes; null is allowed where the column is nullable."""
    known = set(entities["entity_id"].tolist())
    problems: list[Problem] = []
    own = []
    for fk in TABLES[name].foreign_keys:
        if fk.column not in frame:
            continue
        if fk.table == name:
            own.append(fk)
            continue
        if fk.table != "entities":
            continue
        for index, value in zip(frame.index.tolist(), frame[fk.column].tolist(), strict=True):
            if not _missing(value) and value not in known:
                problems.append(
                    Problem(
                        name,
                        _row(index),
                        "reference.entity",
                        fk.column,
                        "exists in entities",
                        str(value),
                    )
                )
    bad = {p.row for p in problems}
    for fk in own:
        kept = frame.loc[~frame.index.isin([b for b in bad if b is not None])]
        rows = dict(zip(kept[fk.key].tolist(), kept["sentence_id"].tolist(), strict=True))
        for index, value, sentence in zip(
            frame.index.tolist(),
            frame[fk.column].tolist(),
            frame["sentence_id"].tolist(),
            strict=True,
        ):
            if not _missing(value) and rows.get(value) != sentence and _row(index) not in bad:
                problems.append(
                    Problem(
                        name,
                        _row(index),
                        "reference.self",
                        fk.column,
                        f"a {name} row of the same sentence",
                        str(value),
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
    """Check ``documents``, ``sentences`` and the extracted tables (of one batch of
    documents or of a whole corpus); return them coerced, the extracted tables without the
    rows that failed, and the quarantine records of those rows.

    Raises :class:`~pipeline.errors.TableValidationError` when documents or sentences fail,
    or a check fails for a table as a whole.
    """
    out = dict(tables)
    fatal: list[Problem] = []
    quarantine: list[dict[str, object]] = []
    lookups = sentence_spans(out)
    for name in ("documents", "sentences", *SPANNED, "entities"):
        frame = out[name]
        checked, problems = _schema_check(name, frame)
        if name in ("sentences", *SPANNED):
            problems += provenance_problems(name, frame, out, lookups)
        if name == "entities":
            problems += _unmentioned_problems(frame, out["mentions"])
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
    for name in ("mentions", "relations", "facts"):
        frame = out[name]
        problems = reference_problems(name, frame, out["entities"])
        if problems:
            quarantine += [_quarantine_record(name, frame, p) for p in problems]
            dropped = sorted({p.row for p in problems if p.row is not None})
            kept = frame.drop(index=dropped).reset_index(drop=True)
            out[name] = TABLES[name].model.validate(kept, lazy=True)
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
