"""The property vocabulary: what kind of quantity a fact states (``area``, ``population``,
``employees``, ``revenue``, …), so that facts can be queried across articles, with the
Wikidata property of the same meaning where Wikidata has one.

:data:`PROPERTIES` is the one table of the vocabulary: the schema validates
``facts.property`` and ``facts.wikidata_property`` against it and the dataset card
publishes it. :func:`property_for` reads a fact's property from its attribute (the words
that name what is measured) and its unit; a fact whose attribute names none of them gets
the property of its unit's dimension when there is one (``m**2`` → ``area``), else none.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from pipeline.extract.words import words


@dataclass(frozen=True)
class Property:
    """One entry of the vocabulary. ``kinds``: the value kinds it applies to (``count``,
    ``money``, ``percent`` or a measure's dimension such as ``length``); ``words``: word
    stems that name it in an attribute (``employ`` matches ``employees``); ``phrases``: words
    that name it only together, each with a blank before it (`` gross domestic``)."""

    name: str
    wikidata: str | None
    description: str
    kinds: frozenset[str]
    words: tuple[str, ...]
    phrases: tuple[str, ...] = ()


def _p(name: str, wikidata: str | None, description: str, kinds: str, stems: str) -> Property:
    """An entry; a stem written with ``_`` is a phrase (``gross_domestic``)."""
    split = stems.split()
    return Property(
        name,
        wikidata,
        description,
        words(kinds),
        tuple(s for s in split if "_" not in s),
        tuple(" " + s.replace("_", " ") for s in split if "_" in s),
    )


# Order matters: the first entry whose kind fits and one of whose stems starts a word of
# the attribute wins ("tax revenue" is tax_revenue before revenue).
PROPERTIES: Final[tuple[Property, ...]] = (
    _p("population", "P1082", "number of people living in a place", "count",
       "population inhabitant residents"),
    _p("employees", "P1128", "number of people employed", "count",
       "employ staff worker workforce personnel job people"),
    _p("students", "P2196", "number of students", "count", "student pupil undergraduate"),
    _p("members", "P2124", "number of members", "count", "member"),
    _p("visitors", "P1174", "number of visitors (per year)", "count", "visitor tourist"),
    _p("passengers", None, "number of passengers carried", "count", "passenger"),
    _p("deaths", "P1120", "number of people killed", "count", "death dead killed fatalit"),
    _p("injured", "P1339", "number of people injured", "count", "injur wounded"),
    _p("casualties", "P1590", "number of casualties", "count", "casualt"),
    _p("participants", "P1132", "number of participants", "count", "athlete participant competitor"),
    _p("companies", None, "number of companies, firms or other organisations", "count",
       "compan firm enterprise business tenant startup start-up organisation organization"),
    _p("institutions", None, "number of institutes, universities, schools or centres", "count",
       "institut universit college school centre center laborator"),
    _p("buildings", None, "number of buildings", "count", "building"),
    _p("beds", None, "number of beds", "count", "bed"),
    _p("episodes", "P1113", "number of episodes", "count", "episode"),
    _p("floors", "P1101", "number of floors above ground", "count", "floor stor"),
    _p("units_sold", "P2664", "number of copies or units sold or shipped", "count",
       "copies sold units_sold units_shipped shipment"),
    _p("tax_revenue", None, "taxes collected or paid", "money percent", "tax"),
    _p("output_value", None, "value of industrial or economic output", "money percent",
       "output production"),
    _p("gdp", "P2131", "gross domestic product", "money percent",
       "gdp grp gross_domestic gross_regional gross_state economic_output"),
    _p("market_capitalization", "P2226", "market capitalisation", "money",
       "market_cap market_value capitali valuation"),
    _p("net_profit", "P2295", "net profit or net income", "money", "profit net"),
    _p("operating_income", "P3362", "operating income", "money", "operating"),
    _p("revenue", "P2139", "total revenue, turnover or sales", "money percent",
       "revenue turnover sales income earn"),
    _p("investment", None, "money invested", "money percent", "invest"),
    _p("exports", None, "value of exports", "money percent", "export"),
    _p("imports", None, "value of imports", "money percent", "import"),
    _p("budget", "P2769", "budget", "money percent", "budget"),
    _p("funding", None, "funding, grants and subsidies", "money percent",
       "fund grant subsid"),
    _p("cost", "P2130", "cost or price", "money", "cost price expansion construction "
       "redevelopment contract project"),
    _p("area", "P2046", "surface or floor area", "area", "area land size space floor plot"),
    _p("height", "P2048", "height", "length", "height tall high"),
    _p("width", "P2049", "width", "length", "width wide"),
    _p("depth", "P4511", "vertical depth", "length", "depth deep"),
    _p("thickness", "P2610", "thickness", "length", "thick"),
    _p("diameter", "P2386", "diameter or calibre", "length", "diameter calib bore"),
    _p("elevation", "P2044", "elevation above sea level", "length", "elevation altitude"),
    _p("wingspan", "P2050", "wingspan", "length", "wingspan"),
    _p("precipitation", None, "rainfall or other precipitation", "length",
       "rain precipitation snow"),
    _p("distance", None, "distance between places", "length", "distance"),
    _p("length", "P2043", "length", "length", "length long"),
    _p("speed", "P2052", "speed", "speed", "speed wind"),
    _p("mass", "P2067", "mass or weight", "mass", "mass weigh"),
    _p("capacity", "P1083", "maximum capacity (seats, people)", "count", "capacit seat"),
    _p("volume", "P2234", "volume", "volume", "volume"),
    _p("power", "P2109", "nominal power output", "power", "power output"),
    _p("temperature", "P2076", "temperature", "temperature", "temperatur"),
    _p("pressure", None, "pressure", "pressure", "pressure"),
    _p("duration", "P2047", "duration", "duration", ""),
    _p("age", None, "age of a person or thing", "duration", "age aged"),
    _p("change", None, "a change of a quantity in percent or percentage points (growth or "
       "decline, e.g. year on year)", "percent", ""),
    _p("share", None, "a share or percentage of a whole", "percent", ""),
)  # fmt: skip

PROPERTY_NAMES: Final[tuple[str, ...]] = tuple(p.name for p in PROPERTIES)
WIKIDATA_PROPERTIES: Final[tuple[str, ...]] = tuple(
    sorted({p.wikidata for p in PROPERTIES if p.wikidata})
)
WIKIDATA_OF: Final[dict[str, str | None]] = {p.name: p.wikidata for p in PROPERTIES}

# A measure's dimension → its property when the attribute names none.
_BY_DIMENSION: Final[dict[str, str]] = {
    "area": "area", "length": "length", "speed": "speed", "mass": "mass",
    "duration": "duration", "temperature": "temperature", "volume": "volume",
    "power": "power", "pressure": "pressure",
}  # fmt: skip
# Nouns that name a measured property of something ("the area of X", "the total of Y"):
# a subject reader skips them to reach the owner.
MEASURE_NOUNS: Final = words(
    """area size total number amount length height width depth population share capacity
    budget revenue revenues output value cost price count rate percentage proportion part
    majority extent surface exports imports profit profits income earnings sales turnover
    throughput traffic investment employment production spending expenditure volume volumes
    cargo margin occupancy utilisation utilization"""
)


# nouns of a measure or a figure: "a torque of 50 Nm", "an earlier forecast of …"
MEASURE_LIKE: Final = words(
    """maximum minimum average forecast estimate target guidance projection torque power
    speed weight mass displacement load flow range distance duration period year month
    week day time planning figure level peak draught draft altitude elevation temperature
    rainfall frequency voltage pressure thickness diameter radius wingspan tonnage"""
)


def property_for(attribute: str | None, kind: str, dimension: str | None) -> str | None:
    """The vocabulary entry for a fact: ``kind`` is count, money, measure or percent,
    ``dimension`` the dimension of a measure's unit (``area``, ``length``, …)."""
    fits = dimension if kind == "measure" else kind
    if fits is None:
        return None
    tokens = (attribute or "").lower().replace("-", " ").split()
    padded = " " + " ".join(tokens)
    for prop in PROPERTIES:
        if fits in prop.kinds and (
            any(t.startswith(s) for s in prop.words for t in tokens)
            or any(phrase in padded for phrase in prop.phrases)
        ):
            return prop.name
    if kind == "percent":
        return "share"
    return _BY_DIMENSION.get(dimension or "") if kind == "measure" else None
