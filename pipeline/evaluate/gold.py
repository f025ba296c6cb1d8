"""Gold: read and check gold JSON Lines files (format: ``shared/gold/GUIDELINES.md``).

Each line annotates one sentence of a source document with its ``quantities`` and
``dates``; a line that does not follow the guidelines raises :class:`GoldError` naming
the file, the line and what to fix.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.errors import GoldError
from pipeline.evaluate.tables import cell_text
from pipeline.ingest.files import NotRegularFile, read_regular


@dataclass(frozen=True)
class GoldQuantity:
    quote: str
    value: float
    unit: str
    qualifiers: tuple[str, ...]  # `qualifier_any`, else `qualifier`
    period: str | None
    optional: bool
    attribute_any: tuple[str, ...]
    subject_any: tuple[str, ...]


@dataclass(frozen=True)
class GoldDate:
    quote: str
    date: str
    optional: bool


@dataclass(frozen=True)
class GoldSentence:
    doc: str
    sentence: str
    quantities: tuple[GoldQuantity, ...]
    dates: tuple[GoldDate, ...]


def _field(item: dict[str, Any], key: str, kind: type | tuple[type, ...], where: str) -> Any:
    if key not in item:
        raise ValueError(f"{where} has no `{key}`")
    value = item[key]
    if not isinstance(value, kind) or isinstance(value, bool):
        raise ValueError(f"{where}: `{key}` is {value!r}")
    return value


def _strings(item: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    values = item.get(key) or []
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise ValueError(f"{where}: `{key}` must be a list of strings")
    return tuple(values)


def _gold_quantity(item: dict[str, Any], where: str) -> GoldQuantity:
    quote = _field(item, "quote", str, where)
    value = _field(item, "value", (int, float), where)
    unit = _field(item, "unit", str, where)
    optional = bool(item.get("optional"))
    if "qualifier_any" in item:
        qualifiers = _strings(item, "qualifier_any", where)
    elif "qualifier" in item or not optional:
        qualifiers = (_field(item, "qualifier", str, where),)
    else:
        qualifiers = ()  # an optional item is never compared
    if not qualifiers and not optional:
        raise ValueError(f"{where}: `qualifier_any` is empty")
    return GoldQuantity(
        quote=quote,
        value=value,
        unit=unit,
        qualifiers=qualifiers,
        period=cell_text(item.get("period")),
        optional=optional,
        attribute_any=_strings(item, "attribute_any", where),
        subject_any=_strings(item, "subject_any", where),
    )


_ISO_PREFIX = re.compile(r"^-?\d{2,4}(?:-\d{2}(?:-\d{2})?)?$")


def _gold_date(item: dict[str, Any], where: str) -> GoldDate:
    date = str(_field(item, "date", (str, int), where))  # a year may be written as a number
    optional = bool(item.get("optional"))
    if not _ISO_PREFIX.match(date) and not (optional and date == ""):
        raise ValueError(
            f"{where}: `date` is {date!r}, not an ISO 8601 prefix (`1994-02`; empty only for "
            "an optional date that resolves to none)"
        )
    return GoldDate(_field(item, "quote", str, where), date, optional)


def _items(row: dict[str, Any], key: str) -> list[dict[str, Any]]:
    items = row.get(key, [])
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise ValueError(f"`{key}` must be a list of objects")
    return items


def parse_gold_line(line: str) -> GoldSentence:
    """One line of a gold file (raises ValueError saying what is wrong)."""
    try:
        row = json.loads(line)
    except json.JSONDecodeError as err:
        raise ValueError(f"not valid JSON ({err.msg} at column {err.colno})") from None
    except RecursionError:
        raise ValueError("nested too deeply to be a gold line") from None
    if not isinstance(row, dict):
        raise ValueError("a line must be a JSON object")
    quantities = _items(row, "quantities")
    dates = _items(row, "dates")
    return GoldSentence(
        doc=_field(row, "doc", str, "the line"),
        sentence=_field(row, "sentence", str, "the line"),
        quantities=tuple(
            _gold_quantity(q, f"quantity {n}") for n, q in enumerate(quantities, start=1)
        ),
        dates=tuple(_gold_date(d, f"date {n}") for n, d in enumerate(dates, start=1)),
    )


def read_gold(path: Path) -> list[GoldSentence]:
    """Read a gold JSON Lines file; blank lines are skipped. Raises :class:`GoldError`, also
    when the file annotates no sentence at all (nothing to score)."""
    try:
        text = read_regular(path).decode("utf-8")
    except UnicodeDecodeError as err:
        raise GoldError(path, None, f"not UTF-8 (byte {err.start})") from None
    except NotRegularFile as err:
        raise GoldError(path, None, f"it is {err}, not a regular file") from None
    except OSError as err:
        raise GoldError(path, None, f"cannot be read ({err.strerror or err})") from None
    sentences = []
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            try:
                sentences.append(parse_gold_line(line))
            except ValueError as err:
                raise GoldError(path, number, str(err)) from None
    if not sentences:
        raise GoldError(path, None, "it annotates no sentence (the file is empty)")
    return sentences
