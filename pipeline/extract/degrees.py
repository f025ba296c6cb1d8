"""Degrees written without their scale: ``72°``, ``30 degrees``, ``45C``, ``300 K``, ``a
45-degree slope``.

A lone ``°`` or ``degrees`` is a temperature, an angle or an academic degree (``100,000
degrees awarded``), a glued ``C`` is also a label (``Room 30C``) and ``K`` is also
"thousand", so each is read only with the context the sentence gives: words of heat or
weather make a temperature, words of slope or turning an angle (the lexicons below). A
temperature's scale is the one the sentence states elsewhere (``… 30 degrees, or 86 °F``);
failing that, a value above what any weather reaches in Celsius is Fahrenheit, and the rest
Celsius. Scales written out (``°C``, ``deg f``, ``celcius``) are in the unit lexicon
(``units.py``).
"""

from __future__ import annotations

import re
from fractions import Fraction
from functools import lru_cache
from typing import Final

from pipeline.extract.units import UnitMatch

# Words that make a sentence speak of temperature.
_TEMPERATURE_RE: Final[re.Pattern[str]] = re.compile(
    r"\b(?:temperatures?|temps?|thermostat|thermometer|heat(?:ed|ing|wave)?|hot(?:ter|test)?|"
    r"cold(?:er|est)?|cool(?:ed|ing|er)?|warm(?:ed|ing|er|est|th)?|weather|climate|freez\w*|"
    r"frost\w*|boil\w*|melt\w*|oven|bake[ds]?|baking|fever|celsius|celcius|centigrade|"
    r"fahrenheit|farenheit|kelvin|chill\w*|thaw\w*|degrees?\s+(?:above|below|outside|today)|"
    r"(?:highs?|lows?)\s+of|cryogenic|superconduct\w*|absolute\s+zero|thermal)\b",
    re.IGNORECASE,
)
# Words that make a sentence speak of an angle.
_ANGLE_RE: Final[re.Pattern[str]] = re.compile(
    r"\b(?:angles?|angled|slopes?|sloping|inclin\w*|tilt\w*|rotat\w*|turn(?:s|ed|ing)?|"
    r"lean(?:s|ed|ing)?|pitch(?:ed)?|gradient|banked|arc|bearing|heading|azimuth|"
    r"elevation|clockwise|counterclockwise|anticlockwise|degrees?\s+(?:north|south|east|west))\b",
    re.IGNORECASE,
)
_CELSIUS_RE: Final = re.compile(r"[°º]\s?C\b|℃|\b(?:celsius|celcius|centigrade)\b", re.IGNORECASE)
_FAHRENHEIT_RE: Final = re.compile(r"[°º]\s?F\b|℉|\b(?:fahrenheit|farenheit)\b", re.IGNORECASE)
# "72°", "30 degrees", "50 deg.", "45-degree" — but not "45° north", "51°30′"
_BARE_DEGREE_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:\s?[°º]|[\s-](?:degrees?|degs?)\b\.?)(?!\s*(?:[NSEW]\b|[′'\d]|(?i:north|south|east|"
    r"west|latitude|longitude)))",
)
# "45C", "113F" (news writes the scale glued), "300 K"
_GLUED_SCALE_RE: Final[re.Pattern[str]] = re.compile(r"(?P<s>[CF])\b(?![\w'’-])")
_KELVIN_RE: Final[re.Pattern[str]] = re.compile(r"\s[Kk]\b(?![\w$])")
# The highest air temperature ever measured is about 57 °C: above this a bare degree is °F.
_HIGHEST_CELSIUS: Final = 57


@lru_cache(maxsize=64)
def _context(sentence: str) -> tuple[bool, bool, str | None]:
    """(does the sentence speak of temperature, of angles, the one scale it states if any)."""
    temperature = _TEMPERATURE_RE.search(sentence) is not None
    angle = _ANGLE_RE.search(sentence) is not None
    if not temperature:
        return False, angle, None
    celsius = _CELSIUS_RE.search(sentence) is not None
    fahrenheit = _FAHRENHEIT_RE.search(sentence) is not None
    return True, angle, ("degC" if celsius else "degF") if celsius != fahrenheit else None


def bare_degree(text: str, pos: int, value: Fraction) -> UnitMatch | None:
    """A temperature or angle unit written without its scale after the number ending at
    ``pos`` of the sentence ``text`` (``°``, ``degrees``, ``45C``, ``K``), when the sentence
    gives the context that says which."""
    kelvin = _KELVIN_RE.match(text, pos)
    glued = None if kelvin else _GLUED_SCALE_RE.match(text, pos)
    degree = None if kelvin or glued else _BARE_DEGREE_RE.match(text, pos)
    if kelvin is None and glued is None and degree is None:
        return None
    temperature, angle, scale = _context(text)
    if kelvin is not None or glued is not None:
        if not temperature:
            return None
        if kelvin is not None:
            return UnitMatch(kelvin.end(), "kelvin", False, False)
        assert glued is not None
        return UnitMatch(glued.end(), "degC" if glued["s"] == "C" else "degF", False, False)
    assert degree is not None
    end = degree.end()
    if text[end - 1] == "." and text[end:].strip() == "":
        end -= 1  # "50 deg." at the end of the sentence: the period ends it
    word = degree.group().strip(" -")[:1].isalpha()
    hyphen = degree.group()[:1] == "-"
    if temperature:
        if scale is None:
            scale = "degF" if value > _HIGHEST_CELSIUS else "degC"
        return UnitMatch(end, scale, hyphen, word)
    return UnitMatch(end, "degree", hyphen, word) if angle else None
