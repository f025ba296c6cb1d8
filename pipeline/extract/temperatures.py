"""Temperatures written without their scale: ``72°``, ``30 degrees``, ``300 K``.

A lone ``°`` or ``degrees`` is an angle as often as a temperature, and ``K`` is also
"thousand", so they are read as temperatures only in a sentence that speaks of heat or
weather (the lexicon below). The scale is the one the sentence states elsewhere (``… 30
degrees, or 86 °F``); failing that, a value above what any weather reaches in Celsius is
Fahrenheit, and the rest Celsius. Scales written out (``°C``, ``deg f``, ``celcius``) are in
the unit lexicon (``units.py``).
"""

from __future__ import annotations

import re
from fractions import Fraction
from functools import lru_cache
from typing import Final

from pipeline.extract.units import UnitMatch

# Words that make a sentence speak of temperature.
_CONTEXT_RE: Final[re.Pattern[str]] = re.compile(
    r"\b(?:temperatures?|temps?|thermostat|thermometer|heat(?:ed|ing|wave)?|hot(?:ter|test)?|"
    r"cold(?:er|est)?|cool(?:ed|ing|er)?|warm(?:ed|ing|er|est|th)?|weather|climate|freez\w*|"
    r"frost\w*|boil\w*|melt\w*|oven|bake[ds]?|baking|fever|celsius|celcius|centigrade|"
    r"fahrenheit|farenheit|kelvin|"
    r"chill\w*|thaw\w*|degrees?\s+(?:above|below)|(?:highs?|lows?)\s+of|cryogenic|"
    r"superconduct\w*|absolute\s+zero|thermal)\b",
    re.IGNORECASE,
)
_CELSIUS_RE: Final = re.compile(r"[°º]\s?C\b|℃|\b(?:celsius|celcius|centigrade)\b", re.IGNORECASE)
_FAHRENHEIT_RE: Final = re.compile(r"[°º]\s?F\b|℉|\b(?:fahrenheit|farenheit)\b", re.IGNORECASE)
# "72°", "30 degrees", "50 deg." — but not "45° north", "a 30-degree angle"
_BARE_DEGREE_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:\s?[°º]|\s(?:degrees?|degs?)\b\.?)(?!\s*(?:[A-Za-z]*\s*(?:north|south|east|west|"
    r"latitude|longitude|angle|incline|slope|tilt|turn|arc)|[NSEW]\b|[′'\d]))",
    re.IGNORECASE,
)
_KELVIN_RE: Final[re.Pattern[str]] = re.compile(r"\sK\b(?![\w$])")
# The highest air temperature ever measured is about 57 °C: above this a bare degree is °F.
_HIGHEST_CELSIUS: Final = 57


@lru_cache(maxsize=64)
def _context(sentence: str) -> tuple[bool, str | None]:
    """(does the sentence speak of temperature, the one scale it states, if any)."""
    if _CONTEXT_RE.search(sentence) is None:
        return False, None
    celsius = _CELSIUS_RE.search(sentence) is not None
    fahrenheit = _FAHRENHEIT_RE.search(sentence) is not None
    return True, ("degC" if celsius else "degF") if celsius != fahrenheit else None


def bare_temperature(text: str, pos: int, value: Fraction) -> UnitMatch | None:
    """A temperature unit without a scale after the number ending at ``pos`` of the sentence
    ``text`` (``°``, ``degrees``, ``K``), when the sentence speaks of temperature."""
    kelvin = _KELVIN_RE.match(text, pos)
    degree = None if kelvin else _BARE_DEGREE_RE.match(text, pos)
    if kelvin is None and degree is None:
        return None
    context, scale = _context(text)
    if not context:
        return None
    if kelvin is not None:
        return UnitMatch(kelvin.end(), "kelvin", False, False)
    assert degree is not None
    if scale is None:
        scale = "degF" if value > _HIGHEST_CELSIUS else "degC"
    end = degree.end()
    if text[end - 1] == "." and (end == len(text) or text[end:].strip() == ""):
        end -= 1  # "50 deg." at the end of the sentence: the period ends it
    return UnitMatch(end, scale, False, degree.group().strip()[:1].isalpha())
