"""Units: the comparison key of a unit as written, and whether two quantities are the same.

Units compare through a fixed vocabulary of spellings (case-insensitive, as the reference
scorer does), each mapped to a pint expression: pint supplies the conversion factors and
dimensions. Spellings outside the vocabulary match only when spelled alike; giving them
pint's wider reading would make the two scorers disagree.
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass

import pint

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
