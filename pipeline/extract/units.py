"""Unit and currency lexicon for the quantity extractor.

Surface forms (``kilometres``, ``km / h``, ``sq mi``, ``°F``, ``mJ / m2``) map to a unit string
that ``pint`` parses (``km``, ``km/h``, ``mi**2``, ``degF``, ``mJ/m**2``), to ``%``, or, for
money, to an ISO 4217 code. Abbreviations match case-sensitively (``MW`` is not ``mW``), words
case-insensitively. Everything is compiled once at import.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final, NamedTuple


def words(text: str) -> frozenset[str]:
    """A set of white-space separated words."""
    return frozenset(text.split())


# unit → word forms (singular; plurals are derived), matched case-insensitively.
_WORD_UNITS: Final[dict[str, tuple[str, ...]]] = {
    "km": ("kilometre", "kilometer"), "m": ("metre", "meter"), "cm": ("centimetre", "centimeter"),
    "mm": ("millimetre", "millimeter"), "um": ("micrometre", "micrometer", "micron"),
    "nm": ("nanometre", "nanometer"), "nmi": ("nautical mile",), "mi": ("mile",),
    "yd": ("yard",), "ft": ("foot", "feet"), "inch": ("inch", "inches"),
    "light_year": ("light-year", "light year"),
    "km**2": ("square kilometre", "square kilometer"), "m**2": ("square metre", "square meter"),
    "mi**2": ("square mile",), "ft**2": ("square foot", "square feet"), "hectare": ("hectare",),
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
    "degC": ("degree celsius", "degrees celsius", "degrees centigrade", "degrees c"),
    "degF": ("degree fahrenheit", "degrees fahrenheit", "degrees f"), "kelvin": ("kelvin",),
    "J": ("joule",), "kJ": ("kilojoule",), "MJ": ("megajoule",), "cal": ("calorie",),
    "kcal": ("kilocalorie",), "eV": ("electronvolt", "electron volt"), "Hz": ("hertz",),
    "kHz": ("kilohertz",), "MHz": ("megahertz",), "GHz": ("gigahertz",),
    "1/minute": ("beat per minute", "beats per minute"), "rpm": ("revolutions per minute",),
    "millisecond": ("millisecond",), "second": ("second",), "minute": ("minute",),
    "hour": ("hour",), "day": ("day",), "week": ("week",), "fortnight": ("fortnight",),
    "month": ("month",), "year": ("year",), "decade": ("decade",),
    "century": ("century", "centuries"), "millennium": ("millennium", "millennia"),
    "%": ("percent", "per cent", "per-cent", "percentage point"),
}  # fmt: skip
# Forms listed with their plural already, or without one.
_NO_PLURAL = ("feet", "foot", "inch", "inches", "horsepower", "hertz", "kelvin", "percent",
              "per cent", "per-cent", "celsius", "fahrenheit", "centigrade", "degrees c",
              "degrees f", "mercury", "century", "centuries", "millennium", "millennia",
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
    "yr": "year", "yrs": "year", "%": "%", "％": "%", "kB": "kB", "MB": "MB", "GB": "GB",
    "TB": "TB", "MT": "t", "pdr": "lb", "mol": "mol", "cu m": "m**3",
}  # fmt: skip

# Unit → dimension, used as the attribute when nothing better is stated.
_DIMENSIONS: Final[dict[str, tuple[str, ...]]] = {
    "length": ("km", "m", "cm", "mm", "um", "nm", "mi", "nmi", "yd", "ft", "inch", "light_year"),
    "area": ("km**2", "m**2", "mi**2", "ft**2", "hectare", "acre"),
    "volume": ("m**3", "ft**3", "km**3", "L", "mL", "gallon", "barrel"),
    "mass": ("kg", "mg", "g", "t", "long_ton", "short_ton", "ton", "oz", "lb"),
    "speed": ("km/h", "mph", "m/s", "knot"),
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


WORD_UNIT_TABLE: Final[dict[str, str]] = {
    form: unit for unit, words in _WORD_UNITS.items() for w in words for form in _forms(w)
}


def _alternation(forms: list[str]) -> str:
    parts = []
    for form in sorted(forms, key=len, reverse=True):
        pat = re.escape(form).replace(r"\ ", r"(?:[\s\u00a0]*|[-‐])")
        pat = pat.replace(r"\-", r"[-\u2010\u2011\s]?")
        parts.append(pat)
    return "|".join(parts)


# A unit right after a number: "km", " km", "-km", "-year", " square metres", "%".
UNIT_RE: Final[re.Pattern[str]] = re.compile(
    r"(?P<sep>[\s\u00a0]?-?[\s\u00a0]?|[\s\u00a0]*)"
    r"(?:(?P<abbr>" + _alternation(list(_ABBREVIATIONS)) + r")(?![\w²³])"
    r"|(?i:(?P<word>" + _alternation(list(WORD_UNIT_TABLE)) + r"))(?![\w²³]))"
)
_PER_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:[\s\u00a0]*/[\s\u00a0]*|[\s\u00a0]+per[\s\u00a0]+)(?:(?P<abbr>"
    + _alternation([k for k in _ABBREVIATIONS if k.isalpha() or k[-1] in "23²³"])
    + r")(?![\w²³])|(?i:(?P<word>"
    + _alternation([k for k in WORD_UNIT_TABLE if " " not in k])
    + r"))(?![\w²³]))"
)
# "tonnes per annum", "km a day": a physical unit over a span of time
_PER_TIME_RE: Final[re.Pattern[str]] = re.compile(
    r"[\s\u00a0]+(?:per|an?)[\s\u00a0]+(?P<t>annum|year|month|week|day|hour|minute|second)\b"
)
_PER_TIME: Final = {"annum": "year"}
_NORMALISE_KEY = re.compile(r"[\s\u00a0\u2010\u2011-]+")


def _lookup(abbr: str | None, word: str | None) -> str | None:
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


_NEVER_GLUED = frozenset({"kB", "MB", "GB", "TB", "W", "L", "J", "t", "g", "mol"})


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
    if unit not in ("%", "1/minute", "rpm", "mph", "km/h", "m/s") and "/" not in unit:
        per = _PER_RE.match(text, end)
        if per is not None:
            denom = _lookup(per.group("abbr"), per.group("word"))
            if denom is not None and denom not in ("%", "degC", "degF") and "/" not in denom:
                unit, end = f"{unit}/{denom}", per.end()
        elif unit not in TIME_UNITS and (rate := _PER_TIME_RE.match(text, end)) is not None:
            unit, end = f"{unit}/{_PER_TIME.get(rate['t'], rate['t'])}", rate.end()
    return UnitMatch(end, unit, "-" in sep, m.group("word") is not None)


# --- currencies --------------------------------------------------------------------------

_DOLLAR_PREFIXES: Final[dict[str, str]] = {
    "US": "USD", "U.S.": "USD", "A": "AUD", "AU": "AUD", "AUS": "AUD", "C": "CAD", "CA": "CAD",
    "CAN": "CAD", "Can": "CAD", "HK": "HKD", "NZ": "NZD", "S": "SGD", "SG": "SGD", "NT": "TWD",
    "R": "BRL", "MX": "MXN", "Mex": "MXN", "J": "JMD", "TT": "TTD", "Z": "ZWL", "RD": "DOP",
    "EC": "XCD", "B": "BSD", "Bds": "BBD", "F": "FJD", "FJ": "FJD", "L": "LRD", "M": "MOP",
}  # fmt: skip
_SYMBOLS: Final[dict[str, str]] = {
    "£": "GBP", "€": "EUR", "₹": "INR", "₱": "PHP", "₩": "KRW", "₽": "RUB", "₺": "TRY",
    "₪": "ILS", "₦": "NGN", "₫": "VND", "฿": "THB", "₴": "UAH", "₣": "FRF", "₤": "ITL",
    "Rs.": "INR", "Rs": "INR", "Rp": "IDR", "RM": "MYR", "RMB": "CNY", "CHF": "CHF",
    "¥": "¥", "￥": "¥", "US$": "USD", "$": "USD",
}  # fmt: skip
ISO_CODES: Final[frozenset[str]] = words(
    """USD EUR GBP JPY CNY INR AUD CAD HKD NZD SGD CHF SEK NOK DKK RUB BRL MXN ZAR KRW TWD MYR
    PHP THB IDR VND PKR BDT LKR NGN EGP TRY ILS AED SAR PLN CZK HUF"""
)
CURRENCY_PREFIX_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:(?P<dpre>US|U\.S\.|AUS|AU|CAN|CA|Can|HK|NZ|NT|SG|MX|Mex|TT|RD|EC|Bds|FJ)[\s\u00a0]?\$"
    r"|(?<![A-Za-z])(?P<dglued>[ACSRJZBFLM])\$"
    r"|\$(?P<dpost>US|A|AU|NZ|C|CA|HK|S)?"
    r"|(?P<sym>[£€₹₱₩₽₺₪₦₫฿₴₣₤¥￥])"
    r"|(?<![A-Za-z])(?P<code>Rs\.?|Rp|RM|RMB|CHF|" + "|".join(sorted(ISO_CODES)) + r"))"
    r"[\s\u00a0]?$"
)
_CURRENCY_WORDS: Final[dict[str, str]] = {
    "renminbi": "CNY", "yuan": "CNY", "rmb": "CNY", "yen": "JPY", "euro": "EUR",
    "euros": "EUR", "pounds sterling": "GBP", "pound sterling": "GBP", "sterling": "GBP",
    "rupee": "INR", "rupees": "INR", "ringgit": "MYR", "baht": "THB", "rupiah": "IDR",
    "rubles": "RUB", "roubles": "RUB", "ruble": "RUB", "rouble": "RUB", "rand": "ZAR",
    "swiss francs": "CHF", "zloty": "PLN", "zlotys": "PLN", "kronor": "SEK", "naira": "NGN",
    "taka": "BDT", "shekels": "ILS", "dirhams": "AED",
    "riyals": "SAR", "pesos": "MXN",
}  # fmt: skip
_DOLLAR_NATIONS: Final[dict[str, str]] = {
    "us": "USD", "u.s.": "USD", "american": "USD", "united states": "USD", "australian": "AUD",
    "canadian": "CAD", "hong kong": "HKD", "new zealand": "NZD", "singapore": "SGD",
    "taiwan": "TWD", "new taiwan": "TWD", "jamaican": "JMD", "fijian": "FJD", "namibian": "NAD",
    "philippine": "PHP", "mexican": "MXN", "argentine": "ARS", "chilean": "CLP",
    "colombian": "COP", "cuban": "CUP", "indian": "INR", "pakistani": "PKR",
    "sri lankan": "LKR", "nepalese": "NPR",
}  # fmt: skip
CURRENCY_SUFFIX_RE: Final[re.Pattern[str]] = re.compile(
    r"[\s\u00a0]+(?:(?P<code>"
    + "|".join(sorted(ISO_CODES | {"RMB"}))
    + r")\b|(?i:(?:(?P<nation>"
    + "|".join(re.escape(k) for k in sorted(_DOLLAR_NATIONS, key=len, reverse=True))
    + r")[\s\u00a0]+)?(?P<money>dollars?|pesos|rupees|"
    + "|".join(re.escape(k) for k in sorted(_CURRENCY_WORDS, key=len, reverse=True))
    + r"|pounds?)\b))"
)
# Context that makes a bare "pounds" money rather than weight.
MONEY_CONTEXT_RE: Final[re.Pattern[str]] = re.compile(
    r"(?i)\b(?:paid|pay|pays|cost|costs|worth|price[ds]?|fees?|fined?|salary|wages?|budget|"
    r"funds?|funding|grants?|granted|spent|spend|sold|bought|purchased?|prize|compensation|"
    r"donat\w*|income|revenues?|profits?|loans?|debts?|bribe|ransom|sterling|earn\w*|raised|"
    r"invest\w*|taxe?s?|rent|subsid\w*|annuity|pension|bounty|reward)\b|£"
)


@lru_cache(maxsize=64)
def money_context(sentence: str) -> bool:
    """Does ``sentence`` speak of money (``paid``, ``worth``, ``£``)? Cached: a sentence
    listing many ``pounds`` is searched once, not once per number."""
    return MONEY_CONTEXT_RE.search(sentence) is not None


def prefix_currency(code_group: dict[str, str | None]) -> str:
    """ISO code for a matched currency prefix (``¥`` stays ``¥`` for the caller to resolve)."""
    if code_group.get("dpre"):
        return _DOLLAR_PREFIXES.get(str(code_group["dpre"]), "USD")
    if code_group.get("dglued"):
        return _DOLLAR_PREFIXES.get(str(code_group["dglued"]), "USD")
    if code_group.get("dpost"):
        return _DOLLAR_PREFIXES.get(str(code_group["dpost"]), "USD")
    sym = code_group.get("sym") or code_group.get("code")
    if sym:
        if sym in ISO_CODES:
            return sym
        return _SYMBOLS.get(sym, _SYMBOLS.get(sym.rstrip("."), "USD"))
    return "USD"


def suffix_currency(match: re.Match[str], sentence: str) -> str | None:
    """ISO code for a matched currency word after a number; ``None`` for weight pounds."""
    if match.group("code"):
        return "CNY" if match.group("code") == "RMB" else match.group("code")
    money = match.group("money").lower()
    nation = (match.group("nation") or "").lower()
    if money.startswith("dollar"):
        return _DOLLAR_NATIONS.get(nation, "USD")
    if money in ("pound", "pounds"):
        if nation in ("", "british") and money_context(sentence):
            return "GBP"
        return None
    if money in ("pesos", "rupees") and nation in _DOLLAR_NATIONS:
        return _DOLLAR_NATIONS[nation]
    return _CURRENCY_WORDS.get(money)


# --- qualifiers ----------------------------------------------------------------------------

_QUALIFIER_PHRASES: Final[dict[str, tuple[str, ...]]] = {
    "more_than": (
        "more than", "over", "above", "exceeding", "in excess of", "upwards of", "upward of",
        "greater than", "higher than", "well over", "just over", "slightly over",
        "slightly more than", "well above", "just above", "well in excess of", "over and above",
    ),
    "at_least": (
        "at least", "a minimum of", "minimum of", "no fewer than", "no less than",
        "not less than", "not fewer than",
    ),
    "approximate": (
        "about", "around", "approximately", "approx.", "some", "roughly", "nearly", "almost",
        "an estimated", "estimated", "est.", "close to", "circa", "c.", "ca.", "~", "≈",
        "somewhere around", "in the region of", "on the order of", "just about",
    ),
    "less_than": (
        "under", "less than", "below", "fewer than", "lower than", "just under", "just below",
        "well under", "well below", "slightly less than", "slightly under",
    ),
    "at_most": (
        "up to", "at most", "no more than", "not more than", "a maximum of", "maximum of",
        "as many as", "as much as", "as high as", "not exceeding", "at the most",
    ),
}  # fmt: skip
_QUALIFIER_OF: Final[dict[str, str]] = {
    p: q for q, phrases in _QUALIFIER_PHRASES.items() for p in phrases
}
QUALIFIER_BEFORE_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:^|(?<=[\s(\[\"“]))(?P<q>"
    + "|".join(
        re.escape(p).replace(r"\ ", r"[\s\u00a0]+")
        for p in sorted(_QUALIFIER_OF, key=len, reverse=True)
    )
    + r")[\s\u00a0]*$",
    re.IGNORECASE,
)
_QUALIFIER_AFTER_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:[\s\u00a0]+[a-z][\w-]*){0,2}?[\s\u00a0]+or[\s\u00a0]+"
    r"(?P<q>more|greater|higher|less|fewer|so|thereabouts)\b(?![\s\u00a0]+than)",
    re.IGNORECASE,
)
_PLUS_AFTER_RE: Final[re.Pattern[str]] = re.compile(r"(?:[-‐]plus\b|\+(?![\s\u00a0]*\d))")
_AFTER: Final[dict[str, str]] = {
    "more": "at_least", "greater": "at_least", "higher": "at_least", "less": "at_most",
    "fewer": "at_most", "so": "approximate", "thereabouts": "approximate",
}  # fmt: skip


# Qualifier frames around a noun: "a maximum (seating) capacity of", "a minimum wage of",
# "estimated at", "estimated the column at", "estimated to be", "an estimated efficiency of".
_QUALIFIER_FRAME_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:^|(?<=[\s(\[\"“]))(?:an?[\s\u00a0]+(?P<lim>maximum|minimum)(?P<noun>(?:[\s\u00a0]+[a-z]+)"
    r"{0,2}?)[\s\u00a0]+of|estimat(?:ed|es?|ing)(?:[\s\u00a0]+(?:the|its|their|his|her|it|them|[a-z]+))"
    r"{0,3}?[\s\u00a0]+at|estimated[\s\u00a0]+to[\s\u00a0]+(?:be|have[\s\u00a0]+been|number)"
    r"|an[\s\u00a0]+estimated(?:[\s\u00a0]+[a-z][\w-]*){1,3}?[\s\u00a0]+of(?:[\s\u00a0]+only)?)"
    r"[\s\u00a0]*$",
    re.IGNORECASE,
)


def qualifier_before(text: str, pos: int) -> tuple[str, int] | None:
    """The qualifier whose words end right before ``pos``: ``(qualifier, start of its words)``;
    for ``a maximum capacity of`` the start of ``of``, after the measured noun."""
    frame = _QUALIFIER_FRAME_RE.search(text, max(0, pos - 60), pos)
    if frame is not None:
        lim = (frame.group("lim") or "").lower()
        if not lim:
            return "approximate", frame.start()
        limit = "at_most" if lim == "maximum" else "at_least"
        return limit, frame.end("noun") + 1 if frame.group("noun") else frame.start()
    m = QUALIFIER_BEFORE_RE.search(text, max(0, pos - 40), pos)
    if m is None:
        return None
    q = _QUALIFIER_OF.get(re.sub(r"[\s\u00a0]+", " ", m.group("q").lower()))
    if q == "approximate":  # "no less than about 100 miles": the bound wins
        bound = QUALIFIER_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())
        name = bound and _QUALIFIER_OF.get(re.sub(r"[\s\u00a0]+", " ", bound["q"].lower()))
        if bound is not None and name and name != "approximate":
            return name, bound.start()
    return (q, m.start()) if q else None


def qualifier_after(text: str, pos: int) -> str | None:
    """A qualifier stated after the quantity: ``30 km or more``, ``six-plus innings``."""
    if _PLUS_AFTER_RE.match(text, pos):
        return "more_than"
    m = _QUALIFIER_AFTER_RE.match(text, pos)
    return _AFTER[m.group("q").lower()] if m else None


# --- context words (what stands around a number) -------------------------------------------


# A number right after one of these is a label, rank or identifier: "No. 20", "top 40".
LABEL_WORDS: Final = words(
    """number no nos top route highway interstate page pages p pp chapter chapters section
    article episode season volume vol issue track level grade class type model mark mk series
    version room platform gate exit junction flight game week stage round hole pick seed
    division regiment battalion squadron wing unit phase step act scene part book books figure
    fig table appendix note psalm verse line lines bus channel district ward precinct lot plot
    block apartment suite floor box code day rank spot position"""
)
# Capitalised words that may stand right before a count ("About 30", "In 37 innings").
FUNCTION_WORDS: Final = words(
    """in on at by for from with of about over around approximately nearly almost some only
    just after before since during between until to and the a an its their his her all more
    less under up roughly estimated each every than total average another these those both our
    my your within against into through per among across beyond below above without including
    also still then now exactly precisely perhaps ca c circa there while when as if although
    though because once whereas numbering totalling totaling reaching following expanding
    altogether overall today currently initially finally originally eventually later earlier
    another additional further whose which who that"""
)
# After a "X – Y" with no unit these make it a score, not a range: "a 12 – 1 start".
SCORE_NOUNS: Final = words(
    """record win wins victory loss defeat lead score decision vote votes margin majority draw
    tie start run count ratio split verdict aggregate edge triumph finish"""
)
# Nouns after a number that make it a rank: "the seven seed".
RANK_NOUNS: Final = words("seed seeded")
DETERMINERS: Final = words("the a an its his her their this these those that our my")
AUXILIARIES: Final = words(
    """is was are were has had have will would can could may might must should did does do
    became becomes become remained remains remain includes included include consists consisted
    contains contained serves served undergo undergoes provide provides provided received
    receives won made makes took takes gave gives got gets lies lay sits spent lost sold held
    led began came went saw built kept left met paid ran set told wrote grew drew fell rose
    found hit brought bought caught fought taught sent stood struck"""
)
STOP_WORDS: Final = (
    words(
        """of in on at by for from with to into onto over under about around after before during
        since until and or but nor than as that which who whom whose where when while although
        though because if per via against among between through across within without along the
        a an its his her their this these those our my your some any each every both either
        neither all no not also only just then there here it he she they we you i following
        amid"""
    )
    | AUXILIARIES
)
# A definite description with one of these heads refers to the article's topic: "the park".
TOPIC_NOUNS: Final = words(
    """park city town village company firm film album song single ship vessel squadron route
    highway road river species genus game novel novella book band station airport building
    university school church episode series show storm typhoon hurricane cyclone battle
    operation party organisation organization club museum bridge dam lake island region
    district county province state country aircraft palm plant compound team area zone center
    centre facility project programme program site"""
)
# An adjective after a measure names the dimension: "30 metres tall" → height.
SHAPE_ATTRIBUTES: Final[dict[str, str]] = {
    "tall": "height", "high": "height", "long": "length", "wide": "width", "deep": "depth",
    "thick": "thickness", "old": "age", "across": "width", "away": "distance",
    "north": "distance", "south": "distance", "east": "distance", "west": "distance",
    "northeast": "distance", "northwest": "distance", "southeast": "distance",
    "southwest": "distance", "outside": "distance", "from": "distance",
}  # fmt: skip
