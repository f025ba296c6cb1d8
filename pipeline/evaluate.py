"""Evaluate stage: score published tables against gold annotations of sentences.

Gold files are JSON Lines in the format of ``shared/gold/GUIDELINES.md``: one annotated
sentence per line with its ``quantities`` and ``dates``. :func:`evaluate_output` reads the
``documents``, ``facts`` and ``events`` tables under an output folder, finds each gold
sentence in ``documents.text`` and compares the facts and events whose spans overlap it.

The rules are those of the project's reference scorer (``shared/eval/score.py``), which
this module re-implements so that users can score without the shared folder; both give
the same numbers (``tests/test_evaluate.py`` runs them side by side):

* Sentences are searched from just after the previous hit in the same document, then
  from the start; white space may differ. A sentence that cannot be found is ``NOT
  FOUND``: its non-optional items count as misses.
* Gold quantities are placed in the sentence in order (a quote inside a longer number or
  word is skipped) and matched, in order, to the first unused fact that overlaps the quote
  and states the same quantity: the same dimension and values within 0.2 % after
  conversion (:func:`same_quantity`). Facts left over in the sentence are extras.
* ``optional`` items use up a fact when they match but count neither way.
* Qualifiers compare by class (``more_than`` and ``at_least`` are both a lower bound);
  ``qualifier_any`` lists the acceptable ones. The period counts when either side gives
  one and is right only when both are equal. ``attribute_any`` / ``subject_any`` are
  substrings of which one must occur in the fact's attribute / subject.
* Gold dates match the first unused event in the sentence with the same ISO date; an
  optional date (a decade, a season) also matches a date that shares its prefix.

Units compare through a fixed vocabulary of spellings (case-insensitive, as the reference
scorer does), each mapped to a pint expression: pint supplies the conversion factors and
dimensions. Spellings outside the vocabulary match only when spelled alike; giving them
pint's wider reading would make the two scorers disagree.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections import defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, Literal

import pandas as pd
import pint

# --- units ------------------------------------------------------------------------------

# fmt: off
# Other spellings → the vocabulary spelling they stand for (looked up lowercased, then as given).
_ALIASES: dict[str, str] = {
    spelling: target
    for target, spellings in {
        "m": ("meter", "metre", "meters", "metres"),
        "km": ("kilometer", "kilometre", "kilometers", "kilometres"),
        "mi": ("miles",),
        "inch": ("inches", '"'),
        "ft": ("'",),
        "nm": ("nanometre", "nanometer"),
        "um": ("micrometre", "micrometer"),
        "nmi": ("nautical_miles",),
        "m**2": ("m2", "m^2", "m²", "sq m", "sqm", "square meter", "square metre", "square meters",
                 "square metres", "square_meter", "square_metre"),
        "km**2": ("km2", "km^2", "km²", "sq km", "square kilometer", "square kilometre",
                  "square kilometers", "square kilometres", "square_kilometer", "square_kilometre"),
        "ha": ("hectares",),
        "acre": ("acres",),
        "ft**2": ("sq ft", "square feet", "square foot", "ft2", "square_foot"),
        "mi**2": ("sq mi", "square miles", "square mile", "mi2", "square_mile"),
        "m**3": ("m3", "m³", "cubic meter", "cubic metre", "cubic_meter"),
        "km**3": ("km3", "cubic kilometre", "cubic kilometer", "km³"),
        "cm**3": ("cubic centimetre", "cubic centimeter", "cm3", "cc"),
        "ft**3": ("cubic foot", "cubic feet", "ft3", "cubic_foot"),
        "ml": ("ml", "millilitre", "milliliter"),
        "cl": ("centilitre",),
        "l": ("liters", "litres"),
        "gal": ("gallons",),
        "bbl": ("barrels",),
        "kg": ("kilogram", "kilograms"),
        "g": ("gram", "grams"),
        "mg": ("milligram", "milligrams"),
        "ug": ("microgram", "micrograms"),
        "oz": ("ounce", "ounces"),
        "lb": ("pounds", "lbs"),
        "t": ("tonnes",),
        "ton": ("tons",),
        "long_ton": ("long tons", "long ton"),
        "short_ton": ("short tons",),
        "ms": ("millisecond", "milliseconds"),
        "second": ("seconds",),
        "minute": ("minutes",),
        "hour": ("hours", "hrs"),
        "day": ("days",),
        "week": ("weeks",),
        "month": ("months",),
        "year": ("years", "yrs"),
        "decade": ("decades",),
        "century": ("centuries",),
        "km/h": ("km / h", "km/hr", "km / hr", "kilometer_per_hour", "kilometre_per_hour",
                 "kilometres per hour", "kilometers per hour"),
        "mph": ("mile_per_hour", "miles per hour"),
        "m/s": ("meter_per_second",),
        "knot": ("knots",),
        "w": ("watts",),
        "kw": ("kilowatt",),
        "mw": ("megawatt", "megawatts"),
        "kwh": ("kilowatt_hour",),
        "mwh": ("megawatt_hour",),
        "ev": ("electronvolt", "electron_volt"),
        "%": ("percent", "per cent", "percentage", "pct"),
        "count": ("number", "1", "dimensionless", "items", "people", "persons"),
        "CNY": ("rmb", "yuan", "renminbi", "¥"),
        "USD": ("us$", "$"),
        "GBP": ("£",),
        "EUR": ("€",),
    }.items()
    for spelling in spellings
}

# Vocabulary spelling (lowercased) → pint expression. Three entries differ on purpose from
# what pint reads for the same word: `acre` (pint: the US survey acre), `barrel` (pint: 31.5
# US gallons, not the oil barrel of encyclopedic text) and `decade` (pint: a logarithmic
# ratio); years are Gregorian (365.2425 days) where pint's `year` is Julian.
_UNITS: dict[str, str] = {
    # length
    "m": "m", "km": "km", "cm": "cm", "mm": "mm", "dm": "dm", "um": "um", "µm": "um",
    "nm": "nm", "pm": "pm", "mi": "mi", "mile": "mi", "ft": "ft", "foot": "ft", "feet": "ft",
    "inch": "inch", "in": "inch", "yd": "yd", "yard": "yd", "nmi": "nmi",
    "nautical_mile": "nmi", "au": "au", "ly": "light_year", "light_year": "light_year",
    # area
    "m**2": "m**2", "km**2": "km**2", "ha": "ha", "hectare": "ha", "acre": "43560 * ft**2",
    "ft**2": "ft**2", "mi**2": "mi**2", "cm**2": "cm**2", "inch**2": "inch**2",
    # volume
    "m**3": "m**3", "cm**3": "cm**3", "dm**3": "dm**3", "cl": "cL", "dl": "dL", "ml": "mL",
    "l": "L", "liter": "L", "litre": "L", "gal": "gallon", "gallon": "gallon",
    "ft**3": "ft**3", "km**3": "km**3", "bbl": "oil_barrel", "barrel": "oil_barrel",
    # mass
    "kg": "kg", "g": "g", "mg": "mg", "ug": "ug", "µg": "ug", "t": "t", "tonne": "t",
    "metric_ton": "t", "lb": "lb", "pound": "lb", "oz": "oz", "long_ton": "long_ton",
    "short_ton": "short_ton",
    # time
    "s": "s", "second": "s", "ms": "ms", "min": "min", "minute": "min", "h": "h", "hour": "h",
    "hr": "h", "day": "day", "d": "day", "week": "week", "month": "gregorian_year / 12",
    "year": "gregorian_year", "yr": "gregorian_year", "a": "gregorian_year",
    "decade": "10 * gregorian_year", "century": "100 * gregorian_year",
    # speed
    "m/s": "m/s", "km/h": "km/h", "kph": "km/h", "kmh": "km/h", "mph": "mph", "mi/h": "mph",
    "knot": "knot", "kn": "knot", "kt": "knot", "ft/s": "ft/s",
    # power
    "w": "W", "kw": "kW", "mw": "MW", "gw": "GW", "hp": "hp", "horsepower": "hp",
    # pressure
    "pa": "Pa", "hpa": "hPa", "kpa": "kPa", "mbar": "mbar", "millibar": "mbar", "bar": "bar",
    "inhg": "inHg", "atm": "atm", "psi": "psi",
    # energy
    "j": "J", "kj": "kJ", "mj": "MJ", "wh": "Wh", "kwh": "kWh", "mwh": "MWh", "gwh": "GWh",
    "cal": "cal", "kcal": "kcal", "ev": "eV", "kev": "keV", "mev": "MeV", "gev": "GeV",
    "tev": "TeV",
}

# Temperatures compare in degrees Celsius: the 0.2 % tolerance is relative to that scale.
_TEMPERATURES: dict[str, str] = {
    "degc": "degC", "celsius": "degC", "°c": "degC", "degree_celsius": "degC",
    "degf": "degF", "fahrenheit": "degF", "°f": "degF", "degree_fahrenheit": "degF",
    "k": "kelvin", "kelvin": "kelvin",
}
# fmt: on

_CURRENCY_CODE = re.compile(r"[A-Z]{3}")
_RELATIVE_TOLERANCE = 2e-3
_ABSOLUTE_TOLERANCE = 1e-9


@dataclass(frozen=True)
class UnitKey:
    """How values in one unit compare: on the same ``dimension`` only, as
    ``value * scale + offset`` for any of the ``scales`` (a bare ``ton`` has two)."""

    dimension: str
    scales: tuple[float, ...] = (1.0,)
    offset: float = 0.0


@functools.cache
def _registry() -> pint.UnitRegistry:
    return pint.UnitRegistry()


@functools.cache
def _pint_key(expression: str) -> UnitKey:
    quantity = _registry().parse_expression(expression)
    base = quantity.to_base_units()
    # pint prints a dimensionality in the order its definition met the dimensions
    # ("[length] ** 2 * [mass] / [time] ** 3" for hp, "[mass] * ..." for kW): sort them.
    dimension = " ".join(
        f"{name}^{power:g}" for name, power in sorted(quantity.dimensionality.items())
    )
    return UnitKey(dimension, (float(base.magnitude),))


@functools.cache
def _temperature_key(unit: str) -> UnitKey:
    zero = _registry().Quantity(0.0, unit).to("degC").magnitude
    one = _registry().Quantity(1.0, unit).to("degC").magnitude
    return UnitKey("temperature", (float(one - zero),), float(zero))


@functools.cache
def unit_key(unit: str) -> UnitKey:
    """The comparison key of a unit as written in gold or in ``facts.unit``."""
    written = unit.strip()
    if _CURRENCY_CODE.fullmatch(written):
        return UnitKey(f"money:{written}")
    spelling = written.lower().replace("^", "**").replace("²", "**2").replace("³", "**3")
    spelling = _ALIASES.get(spelling, _ALIASES.get(written, spelling))
    if _CURRENCY_CODE.fullmatch(spelling):
        return UnitKey(f"money:{spelling}")
    if spelling in ("count", "%"):
        return UnitKey(spelling)
    if spelling in _TEMPERATURES:
        return _temperature_key(_TEMPERATURES[spelling])
    if spelling == "ton":  # long ton in British sources, short ton in American ones
        long_ton, short_ton = _pint_key("long_ton"), _pint_key("short_ton")
        return UnitKey(long_ton.dimension, long_ton.scales + short_ton.scales)
    expression = _UNITS.get(spelling)
    if expression is None and spelling.endswith("s") and len(spelling) > 3:
        expression = _UNITS.get(spelling[:-1])  # a plural: "yards", "barrels"
    if expression is None:
        return UnitKey(f"unit:{spelling}")
    return _pint_key(expression)


def _as_number(value: object) -> float | None:
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return None if math.isnan(number) else number


def same_quantity(value_a: object, unit_a: object, value_b: object, unit_b: object) -> bool:
    """Do the two (value, unit) pairs state the same quantity, within 0.2 %?"""
    a, b = _as_number(value_a), _as_number(value_b)
    if a is None or b is None:
        return False
    key_a, key_b = unit_key(str(unit_a)), unit_key(str(unit_b))
    if key_a.dimension != key_b.dimension:
        return False
    for scale_a in key_a.scales:
        for scale_b in key_b.scales:
            base_a = a * scale_a + key_a.offset
            base_b = b * scale_b + key_b.offset
            tolerance = _RELATIVE_TOLERANCE * max(abs(base_a), abs(base_b)) + _ABSOLUTE_TOLERANCE
            if abs(base_a - base_b) <= tolerance:
                return True
    return False


QUALIFIER_CLASSES = {
    "exact": "exact",
    "approximate": "approx",
    "more_than": "lower",
    "at_least": "lower",
    "less_than": "upper",
    "at_most": "upper",
    "range": "range",
}


def _text(value: object) -> str | None:
    """A cell or gold field as stripped text; None when missing or blank."""
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    return str(value).strip() or None


# --- gold -------------------------------------------------------------------------------


class GoldError(ValueError):
    """A gold file that does not follow the guidelines, with the line to fix."""

    def __init__(self, path: Path, line: int | None, problem: str) -> None:
        super().__init__(f"{path}, line {line}: {problem}" if line else f"{path}: {problem}")


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
        period=_text(item.get("period")),
        optional=optional,
        attribute_any=_strings(item, "attribute_any", where),
        subject_any=_strings(item, "subject_any", where),
    )


def _gold_date(item: dict[str, Any], where: str) -> GoldDate:
    date = _field(item, "date", (str, int), where)
    return GoldDate(_field(item, "quote", str, where), str(date), bool(item.get("optional")))


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
    """Read a gold JSON Lines file; blank lines are skipped. Raises :class:`GoldError`."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as err:
        raise GoldError(path, None, f"not UTF-8 (byte {err.start})") from None
    sentences = []
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            try:
                sentences.append(parse_gold_line(line))
            except ValueError as err:
                raise GoldError(path, number, str(err)) from None
    return sentences


# --- published tables -------------------------------------------------------------------


class OutputError(Exception):
    """The output folder holds no tables that can be scored."""


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


def _read_csv(path: Path) -> pd.DataFrame:
    # Cells are read as text so that dates and periods keep their form ("0757", "-0026");
    # the leading "'" that the CSV export adds to formula-like cells is removed again.
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])
    frame = frame.map(lambda v: v[1:] if isinstance(v, str) and v.startswith("'") else v)
    for column in ("value", "char_start", "char_end"):
        if column in frame.columns:
            frame[column] = pd.to_numeric(frame[column], errors="coerce")
    return frame


def load_table(output: Path, name: str) -> pd.DataFrame | None:
    """A table found anywhere under ``output``: every ``<name>.parquet`` (or partition
    ``<name>/*.parquet``) concatenated, else the first ``<name>.csv``; None if absent."""
    for pattern in (f"**/{name}.parquet", f"**/{name}/*.parquet"):
        files = sorted(output.glob(pattern))
        if files:
            return pd.concat([pd.read_parquet(f) for f in files], ignore_index=True)
    files = sorted(output.glob(f"**/{name}.csv"))
    return _read_csv(files[0]) if files else None


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


def _fact(row: dict[Hashable, Any]) -> PublishedFact:
    return PublishedFact(
        doc_id=str(row["doc_id"]),
        char_start=int(row["char_start"]),
        char_end=int(row["char_end"]),
        value=row["value"],
        unit=str(row["unit"]),
        quote=row.get("quote"),
        qualifier=_text(row.get("qualifier")),
        period=_text(row.get("period")),
        attribute=_text(row.get("attribute")),
        subject=_text(row.get("subject")),
        method=_text(row.get("method")),
    )


def _event(row: dict[Hashable, Any]) -> PublishedEvent:
    return PublishedEvent(
        doc_id=str(row["doc_id"]),
        char_start=int(row["char_start"]),
        char_end=int(row["char_end"]),
        date=_text(row["date"]),
        quote=row.get("quote"),
        method=_text(row.get("method")),
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


# --- scoring ----------------------------------------------------------------------------

MissKind = Literal["NOT FOUND", "MISS", "EXTRA", "MISS DATE", "EXTRA DATE"]


@dataclass(frozen=True)
class Miss:
    """One miss or extra; ``category`` groups it in the breakdown (the gold unit of a missed
    quantity, the method of an extra fact or event, the precision of a missed date)."""

    kind: MissKind
    doc: str
    detail: str
    category: str

    @property
    def line(self) -> str:
        return f"{self.kind} {self.doc}: {self.detail}"


@dataclass(frozen=True)
class Disagreement:
    """A matched quantity whose qualifier or period is wrong."""

    kind: Literal["qualifier", "period"]
    doc: str
    quote: str
    category: str  # "approximate → exact"; for periods "missing", "spurious" or "different"


def _ratio(ok: int, n: int) -> float | None:
    return round(ok / n, 3) if n else None


def _prf(tp: int, fp: int, fn: int) -> dict[str, int | float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "precision": round(precision, 3),
        "recall": round(recall, 3),
        "f1": round(f1, 3),
    }


@dataclass
class Tally:
    """Counts of one score; tallies add up (the total of several gold files is their sum)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    qualifier_ok: int = 0
    qualifier_n: int = 0
    period_ok: int = 0
    period_n: int = 0
    attribute_ok: int = 0
    attribute_n: int = 0
    subject_ok: int = 0
    subject_n: int = 0
    date_tp: int = 0
    date_fp: int = 0
    date_fn: int = 0
    sentences_not_found: int = 0
    misses: list[Miss] = field(default_factory=list)
    disagreements: list[Disagreement] = field(default_factory=list)

    def __add__(self, other: Tally) -> Tally:
        total = Tally()
        for f in fields(Tally):
            setattr(total, f.name, getattr(self, f.name) + getattr(other, f.name))
        return total

    def summary(self) -> dict[str, Any]:
        """The numbers, in the reference scorer's layout (rounded to three places)."""
        return {
            "quantities": _prf(self.tp, self.fp, self.fn),
            "qualifier_accuracy": _ratio(self.qualifier_ok, self.qualifier_n),
            "period_accuracy": _ratio(self.period_ok, self.period_n),
            "attribute_accuracy": _ratio(self.attribute_ok, self.attribute_n),
            "subject_accuracy": _ratio(self.subject_ok, self.subject_n),
            "dates": _prf(self.date_tp, self.date_fp, self.date_fn),
            "sentences_not_found": self.sentences_not_found,
        }


def locate_sentence(text: str, sentence: str, start: int = 0) -> int:
    """Offset of ``sentence`` in ``text`` from ``start``, white space may differ; else -1."""
    found = text.find(sentence, start)
    if found >= 0:
        return found
    pattern = re.compile(r"\s+".join(re.escape(part) for part in sentence.split()))
    match = pattern.search(text, start)
    return match.start() if match else -1


def locate_quote(text: str, quote: str, start: int, end: int) -> int:
    """First occurrence of ``quote`` in ``text[start:end]`` that does not sit inside a longer
    number or word ("18" not inside "1820s"); else its first occurrence; else -1."""
    first = -1
    found = text.find(quote, start, end)
    while found >= 0:
        before = text[found - 1] if found > 0 else " "
        stop = found + len(quote)
        after = text[stop] if stop < len(text) else " "
        if first < 0:
            first = found
        glued_before = quote[:1].isalnum() and before.isalnum()
        glued_after = quote[-1:].isdigit() and after.isdigit()
        if not glued_before and not glued_after:
            return found
        found = text.find(quote, found + 1, end)
    return first


def _date_precision(date: str) -> str:
    parts = date.lstrip("-").split("-")
    if len(parts) == 1:
        return "year" if len(parts[0]) == 4 else "decade or century"
    return "month" if len(parts) == 2 else "day"


class _Scorer:
    """Scores the sentences of one gold file; a fact or event is used at most once."""

    def __init__(self, published: Published, tally: Tally) -> None:
        self.published = published
        self.tally = tally
        self.used_facts: set[int] = set()
        self.used_events: set[int] = set()
        self.cursor: dict[str, int] = defaultdict(int)

    def sentence(self, gold: GoldSentence) -> None:
        doc_names = self.published.doc_names
        doc_id = doc_names.get(gold.doc) or doc_names.get(gold.doc.rsplit(".", 1)[0])
        text = self.published.texts.get(doc_id) if doc_id else None
        start = -1
        if text and doc_id:
            start = locate_sentence(text, gold.sentence, self.cursor[doc_id])
            if start < 0:
                start = locate_sentence(text, gold.sentence)
        if text is None or doc_id is None or start < 0:
            self._not_found(gold)
            return
        self.cursor[doc_id] = start + 1
        end = start + len(gold.sentence)
        facts = [
            f
            for f in self.published.facts.get(doc_id, [])
            if f.char_start < end and f.char_end > start
        ]
        self._quantities(gold, text, start, end, facts)
        events = [
            e
            for e in self.published.events.get(doc_id, [])
            if e.char_start < end and e.char_end > start
        ]
        self._dates(gold, events)

    def _not_found(self, gold: GoldSentence) -> None:
        self.tally.sentences_not_found += 1
        self.tally.fn += sum(not q.optional for q in gold.quantities)
        self.tally.date_fn += sum(not d.optional for d in gold.dates)
        self.tally.misses.append(Miss("NOT FOUND", gold.doc, gold.sentence[:80], gold.doc))

    def _quantities(
        self, gold: GoldSentence, text: str, start: int, end: int, facts: list[PublishedFact]
    ) -> None:
        for quantity, (a, b) in _gold_spans(gold.quantities, text, start, end):
            match = next(
                (
                    f
                    for f in facts
                    if id(f) not in self.used_facts
                    and f.char_start < b
                    and f.char_end > a
                    and same_quantity(f.value, f.unit, quantity.value, quantity.unit)
                ),
                None,
            )
            if match is None:
                if not quantity.optional:
                    self.tally.fn += 1
                    detail = f"{quantity.quote!r} = {quantity.value} {quantity.unit}"
                    self.tally.misses.append(Miss("MISS", gold.doc, detail, quantity.unit))
                continue
            self.used_facts.add(id(match))
            if not quantity.optional:
                self.tally.tp += 1
                self._compare(gold.doc, quantity, match)
        for fact in facts:
            if id(fact) not in self.used_facts:
                self.used_facts.add(id(fact))
                self.tally.fp += 1
                detail = f"{fact.quote!r} = {fact.value} {fact.unit}"
                method = fact.method or "(no method)"
                self.tally.misses.append(Miss("EXTRA", gold.doc, detail, method))

    def _compare(self, doc: str, gold: GoldQuantity, fact: PublishedFact) -> None:
        """Qualifier, period, attribute and subject of a matched quantity."""
        tally = self.tally
        wanted = {QUALIFIER_CLASSES.get(q, q) for q in gold.qualifiers}
        ours = fact.qualifier or "exact"
        tally.qualifier_n += 1
        if QUALIFIER_CLASSES.get(ours, "?") in wanted:
            tally.qualifier_ok += 1
        else:
            category = f"{'|'.join(gold.qualifiers)} → {ours}"
            tally.disagreements.append(Disagreement("qualifier", doc, gold.quote, category))
        if gold.period or fact.period:
            tally.period_n += 1
            if gold.period is not None and gold.period == fact.period:
                tally.period_ok += 1
            else:
                category = _period_error(gold.period, fact.period)
                tally.disagreements.append(Disagreement("period", doc, gold.quote, category))
        if gold.attribute_any:
            tally.attribute_n += 1
            attribute = (fact.attribute or "").lower()
            # keys as written, as the reference scorer does (gold writes them in lower case)
            tally.attribute_ok += any(k in attribute for k in gold.attribute_any)
        if gold.subject_any:
            tally.subject_n += 1
            subject = (fact.subject or "").lower()
            tally.subject_ok += any(k.lower() in subject for k in gold.subject_any)

    def _dates(self, gold: GoldSentence, events: list[PublishedEvent]) -> None:
        for date in gold.dates:
            match = next(
                (e for e in events if id(e) not in self.used_events and _same_date(e, date)), None
            )
            if match is None:
                if not date.optional:
                    self.tally.date_fn += 1
                    detail = f"{date.quote!r} = {date.date}"
                    category = _date_precision(date.date)
                    self.tally.misses.append(Miss("MISS DATE", gold.doc, detail, category))
                continue
            self.used_events.add(id(match))
            if not date.optional:
                self.tally.date_tp += 1
        for event in events:
            if id(event) not in self.used_events:
                self.used_events.add(id(event))
                self.tally.date_fp += 1
                detail = f"{event.quote!r} = {event.date}"
                method = event.method or "(no method)"
                self.tally.misses.append(Miss("EXTRA DATE", gold.doc, detail, method))


def _gold_spans(
    quantities: Iterable[GoldQuantity], text: str, start: int, end: int
) -> list[tuple[GoldQuantity, tuple[int, int]]]:
    """Each gold quantity with its span, placed in order in ``text[start:end]`` (the whole
    sentence when its quote is not there)."""
    spans = []
    position = start
    for quantity in quantities:
        found = locate_quote(text, quantity.quote, position, end)
        if found < 0:
            found = locate_quote(text, quantity.quote, start, end)
        if found < 0:
            spans.append((quantity, (start, end)))
        else:
            spans.append((quantity, (found, found + len(quantity.quote))))
            position = found + 1
    return spans


def _period_error(gold: str | None, ours: str | None) -> str:
    if ours is None:
        return "missing"
    return "spurious" if gold is None else "different"


def _same_date(event: PublishedEvent, gold: GoldDate) -> bool:
    got = event.date or ""
    if got == gold.date:
        return True
    return gold.optional and bool(got) and (got.startswith(gold.date) or gold.date.startswith(got))


def score_gold(gold: Sequence[GoldSentence], published: Published) -> Tally:
    """Score the published tables against the sentences of one gold file."""
    tally = Tally()
    scorer = _Scorer(published, tally)
    for sentence in gold:
        scorer.sentence(sentence)
    return tally


@dataclass(frozen=True)
class Evaluation:
    """The tally of each gold file, in the order given, and their total."""

    files: list[tuple[str, Tally]]

    @property
    def total(self) -> Tally:
        return sum((tally for _, tally in self.files), Tally())

    def summaries(self) -> dict[str, dict[str, Any]]:
        """Summary by gold file name, then ``total`` (the reference scorer's JSON)."""
        result = {name: tally.summary() for name, tally in self.files}
        result["total"] = self.total.summary()
        return result


def evaluate_output(output: Path, gold_paths: Sequence[Path]) -> Evaluation:
    """Score the tables published under ``output`` against each gold file.

    Raises :class:`OutputError` when there is nothing to score and :class:`GoldError`
    when a gold file is malformed.
    """
    published = load_published(output)
    golds = [(path.name, read_gold(path)) for path in gold_paths]
    return Evaluation([(name, score_gold(gold, published)) for name, gold in golds])
