"""Published values carry no float noise: for every number expression the extractor reads
(digits with separators and decimals, multiplier words and abbreviations, currencies and
their subunits, ranges, fractions) the value is the float nearest to what the text writes,
``float(Decimal(written) * multiplier)``, not the product of two rounded floats."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.extract_helpers import facts_of, only

# (written multiplier, factor); abbreviations only where the extractor trusts them
WORD_MULTIPLIERS = [
    ("", 1), (" thousand", 10**3), (" million", 10**6), (" billion", 10**9),
    (" trillion", 10**12), (" lakh", 10**5), (" crore", 10**7), ("bn", 10**9), (" bn", 10**9),
    ("mn", 10**6), (" dozen", 12), (" hundred", 100),
]  # fmt: skip
MONEY_ABBREVIATIONS = [("m", 10**6), ("k", 10**3), ("bn", 10**9), (" bn", 10**9)]
# (before, after, unit, how many make one unit)
CURRENCIES = [
    ("", "", "count", 1), ("$", "", "USD", 1), ("US$", "", "USD", 1), ("us $ ", "", "USD", 1),
    ("€", "", "EUR", 1), ("£", "", "GBP", 1), ("HK$ ", "", "HKD", 1), ("Rs ", "", "INR", 1),
    ("", " euros", "EUR", 1), ("", " yuan", "CNY", 1), ("", " swedish kronor", "SEK", 1),
    ("", " dollars", "USD", 1), ("", " cents", "USD", 100), ("", " pence", "GBP", 100),
]  # fmt: skip


@st.composite
def written_numbers(draw: st.DrawFn) -> tuple[str, Decimal]:
    """Digits as text writes them (``12,345.678``, ``12, 345``, ``12345``) and their value."""
    whole = draw(st.integers(min_value=1, max_value=999_999))
    decimals = draw(st.one_of(st.just(""), st.text("0123456789", min_size=1, max_size=3)))
    if decimals == "000" and 10 <= whole < 1000:
        decimals = ""  # "10.000" is read as ten thousand, the dot as a thousands separator
    style = draw(st.sampled_from(["comma", "plain", "stray space", "no-break space"]))
    if style == "plain" or whole < 1000:
        digits = str(whole)
    elif style == "comma":
        digits = f"{whole:,}"
    elif style == "stray space" and not decimals:
        digits = f"{whole:,}".replace(",", ", ")
    else:
        digits = f"{whole:,}".replace(",", "\u00a0")
    written = f"{digits}.{decimals}" if decimals else digits
    value = Decimal(f"{whole}.{decimals}" if decimals else str(whole))
    return written, value


def _value_of(text: str, quote: str) -> tuple[float, str]:
    hits = [f for f in facts_of(text) if f.quote == quote]
    assert len(hits) == 1, (text, [(f.quote, f.value) for f in facts_of(text)])
    return hits[0].value, hits[0].unit


@settings(max_examples=300, deadline=None)
@given(
    written_numbers(),
    st.sampled_from(WORD_MULTIPLIERS),
    st.sampled_from(CURRENCIES),
)
def test_values_are_the_nearest_float_to_the_text(
    number: tuple[str, Decimal],
    multiplier: tuple[str, int],
    currency: tuple[str, str, str, int],
) -> None:
    (digits, value), (mult, factor), (before, after, unit, per_unit) = number, multiplier, currency
    if "." not in digits and factor == 1 and not before and not after and 1000 <= value <= 2100:
        return  # a year, not a quantity
    quote = f"{before}{digits}{mult}{after}"
    text = f"The fund received {quote} last spring."
    assert _value_of(text, quote) == (float(value * factor / per_unit), unit)


@settings(max_examples=200, deadline=None)
@given(written_numbers(), st.sampled_from(MONEY_ABBREVIATIONS), st.sampled_from(["$", "£", "€"]))
def test_money_abbreviations_are_exact(
    number: tuple[str, Decimal], abbreviation: tuple[str, int], sign: str
) -> None:
    (digits, value), (abbr, factor) = number, abbreviation
    quote = f"{sign}{digits}{abbr}"
    paid = _value_of(f"The club paid {quote} for the ground.", quote)
    assert paid == (float(value * factor), {"$": "USD", "£": "GBP", "€": "EUR"}[sign])


@settings(max_examples=200, deadline=None)
@given(
    st.decimals(min_value=Decimal("0.1"), max_value=Decimal("99.9"), places=1),
    st.decimals(min_value=Decimal("0.1"), max_value=Decimal("99.9"), places=1),
    st.sampled_from([(" million", 10**6), (" billion", 10**9), (" thousand", 10**3)]),
)
def test_range_ends_take_the_multiplier_exactly(
    low: Decimal, high: Decimal, multiplier: tuple[str, int]
) -> None:
    if low >= high:
        return
    mult, factor = multiplier
    quote = f"{low} to {high}{mult}"
    fact = only(f"The region has {quote} residents.", quote)
    assert (fact.value, fact.value_max) == (float(low * factor), float(high * factor))


@pytest.mark.parametrize(
    ("text", "quote", "exact"),
    [
        ("The city had 4.1 million people.", "4.1 million", Fraction(4_100_000)),
        ("The bill was $65.4 million.", "$65.4 million", Fraction(65_400_000)),
        ("The trail is 7 1/3 miles.", "7 1/3 miles", Fraction(22, 3)),
        ("The board is 2 ft 7 in wide.", "2 ft 7 in", Fraction(31, 12)),
        ("A stamp was 0.7 cents.", "0.7 cents", Fraction(7, 1000)),
        ("Two thirds of the staff left.", "Two thirds", Fraction(2, 3)),
        ("The lake is 0.3 km² in area.", "0.3 km²", Fraction(3, 10)),
    ],
)
def test_computed_values_are_correctly_rounded(text: str, quote: str, exact: Fraction) -> None:
    assert only(text, quote).value == float(exact)
