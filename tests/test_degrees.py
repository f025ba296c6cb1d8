"""Temperatures and angles: scales spelled out, abbreviated and misspelled; a bare ``°``,
``degrees``, glued ``C`` or ``K`` only where the sentence says what it measures."""

from __future__ import annotations

import pytest

from tests.extract_helpers import found, only


@pytest.mark.parametrize(
    ("text", "quote", "unit"),
    [
        ("The lake froze at 2 degrees celsius.", "2 degrees celsius", "degC"),
        ("Soup is served at 70 degree centigrade.", "70 degree centigrade", "degC"),
        ("The forecast says 18 celcius tomorrow.", "18 celcius", "degC"),
        ("It reached 102 farenheit in the valley.", "102 farenheit", "degF"),
        ("Set the dial to 350 deg f for the bread.", "350 deg f", "degF"),
        ("Nights fell to 4 deg. c in March.", "4 deg. c", "degC"),
        ("The lab kept samples at 12 degs c.", "12 degs c", "degC"),
        ("Wax softens near 60 °c.", "60 °c", "degC"),
        ("The spring runs at 38 ºC all year.", "38 ºC", "degC"),
        ("Liquid helium boils at 4.2 kelvin.", "4.2 kelvin", "kelvin"),
        ("The dough rests at 25 fahrenheit degrees less than the room.", "25 fahrenheit", "degF"),
    ],
)  # fmt: skip
def test_scales_written_out(text: str, quote: str, unit: str) -> None:
    assert only(text, quote).unit == unit


@pytest.mark.parametrize(
    ("text", "quote", "unit"),
    [
        ("The thermostat was set to 68°.", "68°", "degF"),  # above any weather in Celsius
        ("Temperatures climbed to 31 degrees by noon.", "31 degrees", "degC"),
        ("The weather warmed from 10° on Monday to 24 °C.", "10°", "degC"),  # the stated scale
        ("The oven must be hot, about 200 deg.", "200 deg", "degF"),
        ("The heatwave brought highs of 44C in Spain.", "44C", "degC"),
        ("Phoenix saw temperatures of 118F.", "118F", "degF"),
        ("The magnet is cooled to a temperature of 20 K.", "20 K", "kelvin"),
        ("the sample temperature is 77 k at rest.", "77 k", "kelvin"),
        ("It was 95 degrees outside at noon.", "95 degrees", "degF"),
    ],
)  # fmt: skip
def test_bare_degrees_with_temperature_context(text: str, quote: str, unit: str) -> None:
    assert only(text, quote).unit == unit


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The tower leans at an angle of 5 degrees.", "5 degrees"),
        ("The road climbs a 12-degree slope.", "12-degree"),
        ("The crane rotated 90° to the left.", "90°"),
    ],
)
def test_bare_degrees_with_angle_context(text: str, quote: str) -> None:
    assert only(text, quote).unit == "degree"


@pytest.mark.parametrize(
    "text",
    [
        "The college has awarded 40,000 degrees since 1950.",  # academic degrees: a count
        "The town lies at 52° N.",  # a coordinate
        "The room was 30C on the plan.",  # a label: nothing speaks of heat
        "The index stood at 300 K points.",
    ],
)
def test_no_context_no_temperature(text: str) -> None:
    assert all(unit not in ("degC", "degF", "kelvin", "degree") for _, _, unit in found(text))


def test_negative_temperatures_written_with_a_word_or_spaced_sign() -> None:
    fact = only("The night fell to minus 12 degrees fahrenheit.", "minus 12 degrees fahrenheit")
    assert (fact.value, fact.unit) == (-12, "degF")
    assert only("Lows of - 8 °C were recorded.", "- 8 °C").value == -8
