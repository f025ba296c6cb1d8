"""Derived and compound units: densities and rates, powers of lengths, electrical and data
units, spans of time in two units, tonnes in metric articles; every unit emitted parses in
pint (checked on every extraction by ``tests.extract_helpers``)."""

from __future__ import annotations

import pytest

from pipeline.extract.units import ABBREVIATION_TABLE, DIMENSION_OF, WORD_UNIT_TABLE
from tests.extract_helpers import article_facts, assert_parses, found, only


@pytest.mark.parametrize(
    ("text", "quote", "unit"),
    [
        ("The county has 85 inhabitants per square mile.", "85 inhabitants per square mile", "1/mi**2"),
        ("The district has 410 people/km².", "410 people/km²", "1/km**2"),
        ("The forest holds 600 trees per hectare.", "600 trees per hectare", "1/hectare"),
        ("The probe maps 3 km per pixel.", "3 km per pixel", "km/pixel"),
        ("The smelter ships 80,000 tonnes a year.", "80,000 tonnes a year", "t/year"),
        ("The spring gives 500 litres a day.", "500 litres a day", "L/day"),
        ("Gusts reached 41 m/s over the pass.", "41 m/s", "m/s"),
        ("The rotor spins at 12 rad/s.", "12 rad/s", "rad/s"),
        ("The river carries 300 m³/s in flood.", "300 m³/s", "m**3/s"),
        ("The comet moves at 30 km/s.", "30 km/s", "km/s"),
        ("The sedan does 40 mpg on the highway.", "40 mpg", "mi/gallon"),
        ("The train ran at 90 km per hour.", "90 km per hour", "km/h"),
        ("A dropped stone falls at 9.8 m/s².", "9.8 m/s²", "m/s**2"),
    ],
)  # fmt: skip
def test_densities_and_rates(text: str, quote: str, unit: str) -> None:
    assert only(text, quote).unit == unit


@pytest.mark.parametrize(
    ("text", "quote", "unit"),
    [
        ("The bypass is 14 kms long.", "14 kms", "km"),
        ("Each sack holds 50 kgs.", "50 kgs", "kg"),
        ("The break lasts 15 mins.", "15 mins", "minute"),
        ("The tablet holds 400 mcg of folate.", "400 mcg", "ug"),
        ("The flat has 65 sq metres.", "65 sq metres", "m**2"),
        ("The estate spans 3 sq. miles.", "3 sq. miles", "mi**2"),
        ("Jets reach 140 dB at take-off.", "140 dB", "dB"),
        ("Add 4 fl oz of milk.", "4 fl oz", "fluid_ounce"),
    ],
)
def test_abbreviations_as_written(text: str, quote: str, unit: str) -> None:
    assert only(text, quote).unit == unit


def test_counts_per_time_stay_counts() -> None:
    assert found("The ward treats 40 patients per day.") == [("40", 40, "count")]


@pytest.mark.parametrize(
    ("text", "quote", "unit"),
    [
        ("The island covers 12 miles² of dunes.", "12 miles²", "mi**2"),
        ("The hall offers 9,500 m^{2} of floor.", "9,500 m^{2}", "m**2"),
        ("The tank holds 40 ft^3 of water.", "40 ft^3", "ft**3"),
        ("The block offers 120,000 sqft of offices.", "120,000 sqft", "ft**2"),
        ("The lot is 3,000 sq.ft in all.", "3,000 sq.ft", "ft**2"),
    ],
)
def test_powers_of_lengths(text: str, quote: str, unit: str) -> None:
    assert only(text, quote).unit == unit


@pytest.mark.parametrize(
    ("text", "quote", "unit"),
    [
        ("The coil has a resistance of 220 Ω.", "220 Ω", "ohm"),
        ("The pot is rated at 10 kΩ.", "10 kΩ", "kohm"),
        ("The line carries 110 volts.", "110 volts", "V"),
        ("The grid runs at 400 kV.", "400 kV", "kV"),
        ("The motor draws 16 amps.", "16 amps", "A"),
        ("The drive stores 4 terabytes.", "4 terabytes", "TB"),
        ("The link runs at 300 Mbps.", "300 Mbps", "Mbit/s"),
        ("The engine is a 1,600 cc unit.", "1,600 cc", "cm**3"),
    ],
)
def test_electrical_and_data_units(text: str, quote: str, unit: str) -> None:
    assert only(text, quote).unit == unit


@pytest.mark.parametrize(
    ("text", "quote", "value", "unit"),
    [
        ("The crossing takes an hour and 15 minutes.", "an hour and 15 minutes", 75, "minute"),
        ("The race lasted 3 hours 40 minutes.", "3 hours 40 minutes", 220, "minute"),
        ("He served 2 years and 6 months.", "2 years and 6 months", 30, "month"),
        ("The dive lasted 4 minutes 30 seconds.", "4 minutes 30 seconds", 270, "second"),
        ("She topped the chart for five consecutive weeks.", "five consecutive weeks", 5, "week"),
        ("They waited 20 more minutes.", "20 more minutes", 20, "minute"),
    ],
)  # fmt: skip
def test_spans_of_time(text: str, quote: str, value: float, unit: str) -> None:
    fact = only(text, quote)
    assert (fact.value, fact.unit) == (value, unit)


def test_tons_are_tonnes_in_an_article_that_measures_in_metric() -> None:
    metric = "The quay is 4 km long. The port handled 55 million tons of cargo."
    imperial = "The quay is 2 miles long. The port handled 55 million tons of cargo."
    assert {f.unit for f in article_facts(metric) if "tons" in f.quote} == {"t"}
    assert {f.unit for f in article_facts(imperial) if "tons" in f.quote} == {"ton"}


def test_twenty_foot_equivalent_unit_is_a_unit_name() -> None:
    assert found("The terminal handles 2 million twenty-foot equivalent units.") == [
        ("2 million", 2e6, "count")
    ]


def test_every_lexicon_unit_parses_with_pint() -> None:
    units = set(WORD_UNIT_TABLE.values()) | set(DIMENSION_OF) | set(ABBREVIATION_TABLE.values())
    for unit in units:
        assert_parses(unit)
