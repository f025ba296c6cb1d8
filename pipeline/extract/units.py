"""Unit lexicon for the quantity extractor.

Surface forms (``kilometres``, ``km / h``, ``sq mi``, ``°F``, ``mJ / m2``) map to a unit string
that ``pint`` parses (``km``, ``km/h``, ``mi**2``, ``degF``, ``mJ/m**2``) or to ``%``.
Abbreviations match case-sensitively (``MW`` is not ``mW``), words case-insensitively.
Everything is compiled once at import.
"""

from __future__ import annotations

import re
from fractions import Fraction
from typing import Final, NamedTuple


def _scale_forms(*names: str) -> tuple[str, ...]:
    """A temperature scale as written after a number: ``celsius``, ``degrees celsius``,
    ``deg c`` (a one-letter name only after a degree word)."""
    leads = ("degree ", "degrees ", "deg ", "deg. ", "degs ")
    return tuple(
        f"{lead}{name}" for name in names for lead in ("", *leads) if lead or len(name) > 1
    )


# unit → word forms (singular; plurals are derived), matched case-insensitively.
_WORD_UNITS: Final[dict[str, tuple[str, ...]]] = {
    "km": ("kilometre", "kilometer"), "m": ("metre", "meter"), "cm": ("centimetre", "centimeter"),
    "mm": ("millimetre", "millimeter"), "um": ("micrometre", "micrometer", "micron"),
    "nm": ("nanometre", "nanometer"), "nmi": ("nautical mile",), "mi": ("mile",),
    "yd": ("yard",), "ft": ("foot", "feet"), "inch": ("inch", "inches"),
    "light_year": ("light-year", "light year"),
    "km**2": ("square kilometre", "square kilometer", "sq kilometre", "sq kilometer",
              "sq. kilometre", "sq. kilometer"),
    "m**2": ("square metre", "square meter", "sq metre", "sq meter", "sq. metre", "sq. meter"),
    "mi**2": ("square mile", "sq mile", "sq. mile"),
    "ft**2": ("square foot", "square feet", "sq foot", "sq feet", "sq. foot", "sq. feet"),
    "hectare": ("hectare",),
    "acre": ("acre",), "m**3": ("cubic metre", "cubic meter"),
    "ft**3": ("cubic foot", "cubic feet"), "km**3": ("cubic kilometre", "cubic kilometer"),
    "L": ("litre", "liter"), "mL": ("millilitre", "milliliter"), "gallon": ("gallon",),
    "barrel": ("barrel",), "kg": ("kilogram", "kilogramme"), "mg": ("milligram",),
    "g": ("gram", "gramme"), "t": ("tonne", "metric ton"), "long_ton": ("long ton",),
    "short_ton": ("short ton",), "ton": ("ton",), "oz": ("ounce",), "lb": ("pounder",),
    "km/h": ("kilometre per hour", "kilometer per hour", "kilometres per hour",
             "kilometers per hour"),
    "mph": ("mile per hour", "miles per hour"),
    "m/s": ("metre per second", "meter per second", "metres per second", "meters per second"),
    "knot": ("knot",), "hp": ("horsepower", "shaft horsepower", "indicated horsepower"),
    "W": ("watt",), "kW": ("kilowatt",), "MW": ("megawatt",), "GW": ("gigawatt",),
    "kWh": ("kilowatt-hour", "kilowatt hour"), "MWh": ("megawatt-hour", "megawatt hour"),
    "GWh": ("gigawatt-hour", "gigawatt hour"), "mbar": ("millibar",), "hPa": ("hectopascal",),
    "kPa": ("kilopascal",), "inHg": ("inch of mercury", "inches of mercury"),
    "atm": ("atmosphere",),
    # spelled out, abbreviated and misspelled: "deg f", "centigrade", "celcius", "farenheit"
    "degC": _scale_forms("celsius", "celcius", "centigrade", "c"),
    "degF": _scale_forms("fahrenheit", "farenheit", "fahrenhiet", "fahreheit", "f"),
    "kelvin": ("kelvin", "kelvins", "degrees kelvin", "degree kelvin"),
    "ohm": ("ohm",), "kohm": ("kilohm", "kiloohm"), "Mohm": ("megohm", "megaohm"),
    "rad": ("radian",), "rad/s": ("radian per second", "radians per second"),
    "cup": ("cup",), "teaspoon": ("teaspoon",), "tablespoon": ("tablespoon",),
    "pint": ("pint",), "quart": ("quart",), "V": ("volt",), "kV": ("kilovolt",),
    "A": ("amp", "ampere"), "mA": ("milliamp", "milliampere"), "kB": ("kilobyte",),
    "MB": ("megabyte",), "GB": ("gigabyte",), "TB": ("terabyte",),
    "mi/gallon": ("mile per gallon", "miles per gallon"), "dB": ("decibel",),
    "megapixel": ("megapixel",), "fluid_ounce": ("fluid ounce",),
    "J": ("joule",), "kJ": ("kilojoule",), "MJ": ("megajoule",), "cal": ("calorie",),
    "kcal": ("kilocalorie",), "eV": ("electronvolt", "electron volt"), "Hz": ("hertz",),
    "kHz": ("kilohertz",), "MHz": ("megahertz",), "GHz": ("gigahertz",),
    "1/minute": ("beat per minute", "beats per minute"), "rpm": ("revolutions per minute",),
    "millisecond": ("millisecond",), "second": ("second",), "minute": ("minute",),
    "hour": ("hour",), "day": ("day", "working day", "business day", "calendar day"),
    "week": ("week",), "fortnight": ("fortnight",),
    "N*m": ("newton-metre", "newton-meter", "newton metre", "newton meter"),
    "kN": ("kilonewton",), "N": ("newton",),
    "month": ("month",), "year": ("year",), "decade": ("decade",),
    "century": ("century", "centuries"), "millennium": ("millennium", "millennia"),
    "%": ("percent", "per cent", "per-cent", "percentage point"),
}  # fmt: skip
# Forms listed with their plural already, or without one.
_NO_PLURAL = ("feet", "foot", "inch", "inches", "horsepower", "hertz", "kelvin", "percent",
              "per cent", "per-cent", "celsius", "celcius", "fahrenheit", "farenheit",
              "fahrenhiet", "fahreheit", "centigrade", "kelvin", "kelvins", " c", " f", "mercury", "century", "centuries", "millennium", "millennia",
              "minute", "hour", "second")  # fmt: skip


# Abbreviations and symbols, matched case-sensitively.
_ABBREVIATIONS: Final[dict[str, str]] = {
    "km": "km", "m": "m", "cm": "cm", "mm": "mm", "µm": "um", "μm": "um", "nm": "nm", "mi": "mi",
    "nmi": "nmi", "yd": "yd", "ft": "ft", "′": "ft", "″": "inch", "km2": "km**2", "km²": "km**2",
    "km^2": "km**2", "sq km": "km**2", "sq. km": "km**2", "m2": "m**2", "m²": "m**2",
    "sq m": "m**2", "sqm": "m**2", "mi2": "mi**2", "mi²": "mi**2", "sq mi": "mi**2",
    "sq. mi": "mi**2", "sq ft": "ft**2", "sq. ft": "ft**2", "ft2": "ft**2", "ft²": "ft**2",
    "ha": "hectare", "m3": "m**3", "m³": "m**3", "km3": "km**3", "km³": "km**3", "cu ft": "ft**3",
    "ft3": "ft**3", "ft³": "ft**3", "L": "L", "ml": "mL", "mL": "mL", "bbl": "barrel", "kg": "kg",
    "mg": "mg", "g": "g", "t": "t", "lb": "lb", "lbs": "lb", "oz": "oz", "km/h": "km/h",
    "km / h": "km/h", "kmh": "km/h", "km/hr": "km/h", "km / hr": "km/h", "kph": "km/h",
    "mph": "mph", "m/s": "m/s", "m / s": "m/s", "kn": "knot", "kt": "knot", "kts": "knot",
    "hp": "hp", "bhp": "hp", "shp": "hp", "ihp": "hp", "W": "W", "kW": "kW", "MW": "MW",
    "GW": "GW", "kWh": "kWh", "MWh": "MWh", "GWh": "GWh", "mbar": "mbar", "hPa": "hPa",
    "kPa": "kPa", "inHg": "inHg", "psi": "psi", "atm": "atm", "°C": "degC", "° C": "degC",
    "℃": "degC", "°F": "degF", "° F": "degF", "℉": "degF", "J": "J", "kJ": "kJ", "MJ": "MJ",
    "mJ": "mJ", "kcal": "kcal", "eV": "eV", "keV": "keV", "MeV": "MeV", "GeV": "GeV", "TeV": "TeV",
    "Hz": "Hz", "kHz": "kHz", "MHz": "MHz", "GHz": "GHz", "bpm": "1/minute", "rpm": "rpm",
    "ms": "millisecond", "sec": "second", "min": "minute", "hr": "hour", "hrs": "hour",
    "yr": "year", "yrs": "year", "%": "%", "％": "%", "pc": "%", "pct": "%", "kB": "kB", "MB": "MB", "GB": "GB",
    "TB": "TB", "MT": "t", "pdr": "lb", "mol": "mol", "cu m": "m**3", "sqft": "ft**2",
    "sq.ft": "ft**2", "sq. ft.": "ft**2", "sq.m": "m**2", "sq. m.": "m**2", "sq.km": "km**2",
    "sq. km.": "km**2", "sq. mi.": "mi**2", "cm2": "cm**2", "cm²": "cm**2", "cm3": "cm**3",
    "cm³": "cm**3", "cc": "cm**3", "mm2": "mm**2", "mm²": "mm**2", "°c": "degC", "°f": "degF",
    "ºC": "degC", "ºF": "degF", "ºc": "degC", "ºf": "degF", "º C": "degC", "º F": "degF",
    "Ω": "ohm", "kΩ": "kohm", "MΩ": "Mohm", "rad": "rad", "km/s": "km/s",
    "m³/s": "m**3/s", "m3/s": "m**3/s", "cl": "cL", "cL": "cL", "dl": "dL", "tsp": "teaspoon",
    "tbsp": "tablespoon", "mpg": "mi/gallon", "V": "V", "kV": "kV", "mA": "mA",
    "Mbps": "Mbit/s", "Gbps": "Gbit/s", "kbps": "kbit/s", "Mbit/s": "Mbit/s",
    "m/s²": "m/s**2", "m/s2": "m/s**2", "m/s^2": "m/s**2", "kms": "km", "kgs": "kg",
    "yds": "yd", "mins": "minute", "secs": "second", "wk": "week", "wks": "week",
    "fl oz": "fluid_ounce", "fl. oz": "fluid_ounce", "µg": "ug", "μg": "ug", "mcg": "ug",
    "dB": "dB", "MP": "megapixel", "Nm": "N*m", "N·m": "N*m", "N m": "N*m", "kNm": "kN*m", "kN": "kN",
    "kVA": "kVA", "MVA": "MVA", "DWT": "t", "dwt": "t",
}  # fmt: skip
# A unit composed with "per" spelled the way the lexicon writes it: "km per hour" is km/h.
_COMPOSED: Final[dict[str, str]] = {
    "km/hour": "km/h", "mi/hour": "mph", "m/second": "m/s", "m/s": "m/s", "km/second": "km/s",
    "ft/second": "ft/s", "ft/s": "ft/s", "mi/gallon": "mi/gallon",
}  # fmt: skip
# Units written only after "per" or "/" ("m/s", "km per pixel").
_DENOMINATORS: Final[dict[str, str]] = {"s": "s", "h": "hour", "px": "pixel", "pixel": "pixel",
                                        "pixels": "pixel"}  # fmt: skip

# Unit → dimension, used as the attribute when nothing better is stated.
_DIMENSIONS: Final[dict[str, tuple[str, ...]]] = {
    "length": ("km", "m", "cm", "mm", "um", "nm", "mi", "nmi", "yd", "ft", "inch", "light_year"),
    "area": ("km**2", "m**2", "mi**2", "ft**2", "hectare", "acre", "cm**2", "mm**2"),
    "volume": ("m**3", "ft**3", "km**3", "L", "mL", "cL", "dL", "gallon", "barrel", "cm**3",
               "cup", "teaspoon", "tablespoon", "pint", "quart", "fluid_ounce"),
    "mass": ("kg", "mg", "g", "ug", "t", "long_ton", "short_ton", "ton", "oz", "lb"),
    "speed": ("km/h", "mph", "m/s", "knot", "km/s", "ft/s"),
    "power": ("hp", "W", "kW", "MW", "GW"),
    "energy": ("kWh", "MWh", "GWh", "J", "kJ", "MJ", "mJ", "cal", "kcal", "eV", "keV", "MeV"),
    "pressure": ("mbar", "hPa", "kPa", "inHg", "psi", "atm"),
    "temperature": ("degC", "degF", "kelvin"),
    "frequency": ("Hz", "kHz", "MHz", "GHz", "1/minute", "rpm"),
    "duration": (
        "millisecond", "second", "minute", "hour", "day", "week", "fortnight", "month", "year",
        "decade", "century", "millennium",
    ),
    "data size": ("kB", "MB", "GB", "TB"),
    "data rate": ("kbit/s", "Mbit/s", "Gbit/s"),
    "voltage": ("V", "kV"),
    "current": ("A", "mA"),
    "resistance": ("ohm", "kohm", "Mohm"),
    "angle": ("degree", "rad"),
    "angular speed": ("rad/s",),
    "acceleration": ("m/s**2",),
    "fuel economy": ("mi/gallon",),
    "sound level": ("dB",),
    "resolution": ("megapixel",),
    "percentage": ("%",),
}  # fmt: skip
DIMENSION_OF: Final[dict[str, str]] = {u: d for d, us in _DIMENSIONS.items() for u in us}
TIME_UNITS: Final[frozenset[str]] = frozenset(_DIMENSIONS["duration"])


def _forms(singular: str) -> tuple[str, ...]:
    if singular.endswith(("minute", "hour", "second")) and " per " not in singular:
        return (singular, singular + "s")
    if " per " in singular or singular.endswith(_NO_PLURAL):
        return (singular,)
    return (singular, singular + "s")


ABBREVIATION_TABLE: Final[dict[str, str]] = _ABBREVIATIONS  # symbol → unit, for the tests
WORD_UNIT_TABLE: Final[dict[str, str]] = {
    form: unit for unit, words in _WORD_UNITS.items() for w in words for form in _forms(w)
}


def _alternation(forms: list[str]) -> str:
    parts = []
    for form in sorted(forms, key=len, reverse=True):
        pat = re.escape(form).replace(r"\ ", r"(?:\s*|[-‐])")
        pat = pat.replace(r"\-", r"[-\u2010\u2011\s]?")
        parts.append(pat)
    return "|".join(parts)


# A unit right after a number: "km", " km", "-km", "-year", " square metres", "%".
UNIT_RE: Final[re.Pattern[str]] = re.compile(
    r"(?P<sep>\s?-?\s?|\s*)"
    r"(?:(?P<abbr>" + _alternation(list(_ABBREVIATIONS)) + r")(?![\w²³])"
    r"|(?i:(?P<word>" + _alternation(list(WORD_UNIT_TABLE)) + r"))(?![^\W²³]))"
)
_PER_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:\s*/\s*|\s+per\s+)(?:(?P<abbr>"
    + _alternation([k for k in _ABBREVIATIONS if k.isalpha() or k[-1] in "23²³"])
    + r")(?![\w²³])|(?P<denom>"
    + _alternation(list(_DENOMINATORS))
    + r")(?![\w²³])|(?i:(?P<word>"
    + _alternation([k for k, u in WORD_UNIT_TABLE.items() if " per " not in k and u != "%"])
    + r"))(?![\w²³]))"
)
# "tonnes per annum", "km a day": a physical unit over a span of time
_PER_TIME_RE: Final[re.Pattern[str]] = re.compile(
    r"\s+(?:per|an?)\s+(?P<t>annum|year|month|week|day|hour|minute|second)\b"
)
_PER_TIME: Final = {"annum": "year"}
_NORMALISE_KEY = re.compile(r"[\s\u2010\u2011-]+")


def _lookup(abbr: str | None, word: str | None, denom: str | None = None) -> str | None:
    if denom is not None:
        return _DENOMINATORS[denom]
    if abbr is not None:
        key = _NORMALISE_KEY.sub(" ", abbr)
        return _ABBREVIATIONS.get(key) or _ABBREVIATIONS.get(key.replace(" ", ""))
    if word is not None:
        low = word.lower()
        for key in (_NORMALISE_KEY.sub(" ", low), _NORMALISE_KEY.sub("-", low)):
            if key in WORD_UNIT_TABLE:
                return WORD_UNIT_TABLE[key]
        return WORD_UNIT_TABLE.get(low.replace("\u00a0", " "))
    return None


# "miles²", "m^{2}", "ft^3": a length raised to a power
_POWER_RE: Final[re.Pattern[str]] = re.compile(r"\^\{?(?P<p>[23])\}?(?!\d)|(?P<s>[²³])")
_SUPERSCRIPTS: Final = {"²": "2", "³": "3"}
_LENGTHS: Final = frozenset({"km", "m", "cm", "mm", "mi", "yd", "ft", "inch"})
_NEVER_GLUED = frozenset({"kB", "MB", "GB", "TB", "W", "L", "J", "t", "g", "mol", "V", "mA"})


class UnitMatch(NamedTuple):
    end: int
    unit: str
    hyphenated: bool  # "30-year", "81-mm"
    word: bool  # written as a word ("metres"), not a symbol ("m")


def match_unit(text: str, pos: int) -> UnitMatch | None:
    """The unit starting at ``text[pos]`` (after optional space or hyphen), or ``None``.

    A following ``/ unit`` or ``per unit`` composes (``mJ / m2`` → ``mJ/m**2``).
    """
    m = UNIT_RE.match(text, pos)
    if m is None:
        return None
    sep = m.group("sep")
    if len(sep) > 2 and "-" not in sep:
        return None  # a unit is never far from its number
    unit = _lookup(m.group("abbr"), m.group("word"))
    if unit is None or (not sep and m.group("abbr") in _NEVER_GLUED):
        return None  # "29W" and "3MB" are names
    end = m.end()
    if unit in _LENGTHS and (power := _POWER_RE.match(text, end)) is not None:
        unit, end = f"{unit}**{power['p'] or _SUPERSCRIPTS[power['s']]}", power.end()
    if unit not in ("%", "1/minute", "rpm", "mph", "km/h", "m/s") and "/" not in unit:
        per = _PER_RE.match(text, end)
        if per is not None:
            denom = _lookup(per.group("abbr"), per.group("word"), per.group("denom"))
            if denom is not None and denom not in ("%", "degC", "degF") and "/" not in denom:
                unit, end = f"{unit}/{denom}", per.end()
                unit = _COMPOSED.get(unit, unit)
        elif unit not in TIME_UNITS and (rate := _PER_TIME_RE.match(text, end)) is not None:
            unit, end = f"{unit}/{_PER_TIME.get(rate['t'], rate['t'])}", rate.end()
    return UnitMatch(end, unit, "-" in sep, m.group("word") is not None)


# A count per unit of area or volume: "120 inhabitants per square mile", "300 people/km²".
_DENSITY_RE: Final[re.Pattern[str]] = re.compile(r"\s+(?P<noun>[a-z]+)(?=\s*/|\s+per\s)")


def density_unit(text: str, pos: int) -> UnitMatch | None:
    """A density after a count ending at ``pos``: a counted noun, ``per`` or ``/`` and a unit
    of area or volume (``inhabitants per square mile`` → ``1/mi**2``)."""
    noun = _DENSITY_RE.match(text, pos)
    if noun is None:
        return None
    per = _PER_RE.match(text, noun.end())
    if per is None:
        return None
    denom = _lookup(per.group("abbr"), per.group("word"), per.group("denom"))
    end = per.end()
    if denom in _LENGTHS and (power := _POWER_RE.match(text, end)) is not None:
        denom, end = f"{denom}**{power['p'] or _SUPERSCRIPTS[power['s']]}", power.end()
    if DIMENSION_OF.get(denom or "") not in ("area", "volume"):
        return None
    return UnitMatch(end, f"1/{denom}", False, True)


# Inch and foot marks: 12", 6'2", 6' 2"
_FEET_INCHES_RE: Final[re.Pattern[str]] = re.compile(
    r"['′]\s?(?P<n>\d{1,2}(?:\.\d+)?)\s?(?:\"|″|'')(?![\w\"])"
)
_INCH_MARK_RE: Final[re.Pattern[str]] = re.compile(r"(?:\"|'')(?![\w\"])")


def mark_unit(text: str, start: int, pos: int) -> tuple[UnitMatch, Fraction] | None:
    """An inch or foot mark after the number ``text[start:pos]``: ``12"`` (inch) or ``6'2"``
    (feet and inches, with the inches in feet as the second item). A ``"`` is an inch mark
    only when the quotation marks before the number are balanced, so the end of
    ``"Route 66"`` is none."""
    if (fi := _FEET_INCHES_RE.match(text, pos)) is not None:
        return UnitMatch(fi.end(), "ft", False, False), Fraction(fi["n"]) / 12
    if (mark := _INCH_MARK_RE.match(text, pos)) is not None and text.count('"', 0, start) % 2 == 0:
        return UnitMatch(mark.end(), "inch", False, False), Fraction(0)
    return None


# A span of time stated in two units, read in the smaller one: "2 hours 30 minutes",
# "an hour and 20 minutes", "1 year and 6 months".
_COMPOUND_TIME: Final[dict[str, tuple[str, int]]] = {
    "hour": ("minute", 60), "minute": ("second", 60), "year": ("month", 12), "day": ("hour", 24),
}  # fmt: skip
_SMALLER_AFTER_RE: Final[re.Pattern[str]] = re.compile(r",?\s+(?:and\s+)?(?P<n>\d{1,2})(?!\d)")
_ONE_BEFORE_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:^|(?<=[\s(]))(?P<one>an?|one)\s+(?P<u>hour|minute|year|day)\s+(?:and\s+)?$",
    re.IGNORECASE,
)


def compound_after(text: str, unit: str, pos: int) -> tuple[Fraction, str, int] | None:
    """After ``2 hours`` ending at ``pos``, ``30 minutes``: (the smaller amount, its unit,
    end) so that the whole reads as 150 minutes; the bigger amount is the caller's."""
    smaller = _COMPOUND_TIME.get(unit)
    if smaller is None or (m := _SMALLER_AFTER_RE.match(text, pos)) is None:
        return None
    u = match_unit(text, m.end())
    if u is None or u.unit != smaller[0] or u.hyphenated:
        return None
    return Fraction(int(m["n"])), u.unit, u.end


def compound_before(text: str, unit: str, start: int) -> tuple[Fraction, int] | None:
    """Before ``20 minutes`` at ``start``, ``an hour and``: (the bigger unit in the smaller
    one, where the span starts)."""
    m = _ONE_BEFORE_RE.search(text, max(0, start - 20), start)
    if m is None:
        return None
    smaller = _COMPOUND_TIME[m["u"].lower()]
    return (Fraction(smaller[1]), m.start()) if smaller[0] == unit else None


def in_smaller_unit(unit: str) -> int:
    """How many of the smaller unit of a compound span make one ``unit`` (60 minutes an hour)."""
    return _COMPOUND_TIME[unit][1]


# Units of each measurement system, to tell an article's system ("tons" are tonnes in an
# article that measures in kilometres and hectares, and in nothing imperial).
_METRIC: Final = frozenset({"km", "m", "cm", "mm", "km**2", "m**2", "hectare", "kg", "t", "L"})
_IMPERIAL: Final = frozenset(
    {"mi", "yd", "ft", "inch", "mi**2", "ft**2", "acre", "lb", "oz", "mph", "gallon", "long_ton"}
)


def _system_re(units: frozenset[str]) -> re.Pattern[str]:
    abbrs = [k for k, u in _ABBREVIATIONS.items() if u in units]
    forms = [k for k, u in WORD_UNIT_TABLE.items() if u in units]
    return re.compile(
        r"\d\s?-?(?:(?:"
        + _alternation(abbrs)
        + r")(?![\w²³])|(?i:(?:"
        + _alternation(forms)
        + r"))\b)"
    )


_METRIC_RE: Final = _system_re(_METRIC)
_IMPERIAL_RE: Final = _system_re(_IMPERIAL)


def metric_article(text: str) -> bool:
    """Does the article measure in metric units only (``610 km``, ``45 hectares``) and never
    in imperial ones (``380 mi``, ``12 ft``)?"""
    return _METRIC_RE.search(text) is not None and _IMPERIAL_RE.search(text) is None
