"""Money as sources write it: country dollar prefixes in any case and spacing, currency
names after the number, abbreviations glued to the amount, Indian multipliers, subunits,
and names shared by several countries resolved by the nation the text names."""

from __future__ import annotations

import pytest

from tests.extract_helpers import article_facts, facts_of, found, only


@pytest.mark.parametrize(
    ("text", "quote", "value", "unit"),
    [
        ("The lender advanced HK$ 2.4 billion to the builder.", "HK$ 2.4 billion", 2.4e9, "HKD"),
        ("The studio earned us $ 35 million abroad.", "us $ 35 million", 3.5e7, "USD"),
        ("A grant of hk $ 800,000 was approved.", "hk $ 800,000", 8e5, "HKD"),
        ("The mine was sold for C$90 million.", "C$90 million", 9e7, "CAD"),
        ("Its budget is A$ 12 million a year.", "A$ 12 million", 1.2e7, "AUD"),
        ("The ferry cost NZ$ 45 million.", "NZ$ 45 million", 4.5e7, "NZD"),
        ("Tickets were S$15 each.", "S$15", 15, "SGD"),
        ("The chip plant cost NT$ 300 billion.", "NT$ 300 billion", 3e11, "TWD"),
        ("The bank lent R$ 2 billion to farmers.", "R$ 2 billion", 2e9, "BRL"),
        ("The contract is worth US$1.2 billion.", "US$1.2 billion", 1.2e9, "USD"),
        ("The fund holds usd 40 million in bonds.", "usd 40 million", 4e7, "USD"),
    ],
)  # fmt: skip
def test_dollar_and_code_prefixes(text: str, quote: str, value: float, unit: str) -> None:
    fact = only(text, quote)
    assert (fact.value, fact.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "quote", "value", "unit"),
    [
        ("The club paid 250 million swedish kronor for the arena.", "250 million swedish kronor", 2.5e8, "SEK"),
        ("Entry costs 12 francs.", "12 francs", 12, "CHF"),
        ("The dowry was 40,000 rupees.", "40,000 rupees", 4e4, "INR"),
        ("A taxi ride is 35 dirhams.", "35 dirhams", 35, "AED"),
        ("The firm was fined 3 billion won.", "3 billion won", 3e9, "KRW"),
        ("Rent is 9,000 kenyan shillings a month.", "9,000 kenyan shillings", 9e3, "KES"),
        ("The bridge cost 80 million euros.", "80 million euros", 8e7, "EUR"),
        ("The loan was 5 billion egyptian pounds.", "5 billion egyptian pounds", 5e9, "EGP"),
        ("Fares rose to 20 turkish lira.", "20 turkish lira", 20, "TRY"),
        ("It sold for 700 norwegian kroner.", "700 norwegian kroner", 700, "NOK"),
        ("Bread costs 3 zlotys.", "3 zlotys", 3, "PLN"),
        ("A ticket costs 40 €.", "40 €", 40, "EUR"),
        ("Coffee is 3€ on the square.", "3€", 3, "EUR"),
    ],
)  # fmt: skip
def test_currency_names_after_the_number(text: str, quote: str, value: float, unit: str) -> None:
    fact = only(text, quote)
    assert (fact.value, fact.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "quote", "value", "unit"),
    [
        ("The emirate set aside Dh4.5bn for housing.", "Dh4.5bn", 4.5e9, "AED"),
        ("the port spent dh 900 million.", "dh 900 million", 9e8, "AED"),
        ("Nairobi raised Sh2 trillion in taxes.", "Sh2 trillion", 2e12, "KES"),
        ("Farmers got KSh 500 million in aid.", "KSh 500 million", 5e8, "KES"),
        ("The state spent Rs 3,400crore on canals.", "Rs 3,400crore", 3.4e10, "INR"),
        ("the scheme costs rs 75 lakh.", "rs 75 lakh", 7.5e6, "INR"),
        ("The rail link costs €1.8 bn.", "€1.8 bn", 1.8e9, "EUR"),
        ("Exports reached 2.5bn dirhams.", "2.5bn dirhams", 2.5e9, "AED"),
        ("The kingdom pledged SR 90 billion.", "SR 90 billion", 9e10, "SAR"),
        ("Dhaka spent Tk 800 crore on roads.", "Tk 800 crore", 8e9, "BDT"),
        ("The state raised N12 billion in bonds.", "N12 billion", 1.2e10, "NGN"),
        ("The dam cost Br 9 billion.", "Br 9 billion", 9e9, "ETB"),
        ("Cocoa earned GH¢ 400 million.", "GH¢ 400 million", 4e8, "GHS"),
    ],
)  # fmt: skip
def test_abbreviations_glued_or_spaced(text: str, quote: str, value: float, unit: str) -> None:
    fact = only(text, quote)
    assert (fact.value, fact.unit) == (value, unit)


def test_ambiguous_prefix_needs_a_multiplier() -> None:
    """``SR 207`` is a state route and ``R5`` a road; with a multiplier they are money."""
    assert found("The bus follows SR 90 north and the R5 west.") == []
    assert found("The town lies on SH 1 and Tk 3 hangs in the museum.") == []
    assert only("The council spent R5 million on the R5.", "R5 million").unit == "ZAR"


@pytest.mark.parametrize(
    ("text", "quote", "value", "unit"),
    [
        ("The project costs 45 lakh and the dam 3 crore.", "45 lakh", 4.5e6, "count"),
        ("The project costs 45 lakh and the dam 3 crore.", "3 crore", 3e7, "count"),
        ("Donors gave 12 lakhs of rupees.", "12 lakhs", 1.2e6, "count"),
        ("The budget sets aside ₹2.4 lakh crore for roads.", "₹2.4 lakh crore", 2.4e12, "INR"),
        ("The refinery cost 9,000 crore rupees.", "9,000 crore rupees", 9e10, "INR"),
        ("The ministry released ₹5,00,000 to the village.", "₹5,00,000", 5e5, "INR"),
        ("It counted 2,50,00,000 voters.", "2,50,00,000", 2.5e7, "count"),
    ],
)  # fmt: skip
def test_indian_multipliers_and_grouping(text: str, quote: str, value: float, unit: str) -> None:
    fact = only(text, quote)
    assert (fact.value, fact.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "quote", "value", "unit"),
    [
        ("A stamp cost 45 cents.", "45 cents", 0.45, "USD"),
        ("The toll is 12.5 cents a mile.", "12.5 cents", 0.125, "USD"),
        ("Milk rose by 8 pence.", "8 pence", 0.08, "GBP"),
        ("A call cost 20p at the time, the price list says.", "20p", 0.2, "GBP"),
        ("Sweets were 50 euro cents.", "50 euro cents", 0.5, "EUR"),
        ("The fare is 4 dollars and 25 cents.", "4 dollars and 25 cents", 4.25, "USD"),
        ("Gum cost 99¢ then.", "99¢", 0.99, "USD"),
    ],
)  # fmt: skip
def test_cents_and_pence_are_hundredths(text: str, quote: str, value: float, unit: str) -> None:
    fact = only(text, quote)
    assert (fact.value, fact.unit) == (value, unit)


def test_words_that_are_also_common_words() -> None:
    """``won``, ``bucks`` and ``pounds`` are money only when the sentence speaks of it."""
    assert found("The team that 3 won was praised.") == [("3", 3, "count")]
    assert only("He paid 20 bucks for it.", "20 bucks").unit == "USD"
    assert only("The calf weighed 90 pounds.", "90 pounds").unit == "lb"
    assert only("The prize was worth 90 pounds.", "90 pounds").unit == "GBP"
    assert found("The 1080p screen shows 720p video.") == []


def test_shared_names_follow_the_nation_of_the_article() -> None:
    text = (
        "France devalued its money in 1958. French farmers were paid 400 francs a tonne. "
        "Kenya's budget grew. The Kenyan treasury raised 900 shillings per head."
    )
    units = {f.quote: f.unit for f in article_facts(text)}
    assert units["400 francs"] == "FRF"
    assert units["900 shillings"] == "KES"
    # a British article counts shillings as twentieths of a pound
    british = "In Britain, under George III, the fee was 10 shillings."
    fact = next(f for f in article_facts(british) if f.quote == "10 shillings")
    assert (fact.value, fact.unit) == (0.5, "GBP")


def test_dollars_stay_us_unless_the_text_says_another() -> None:
    text = "Canada and its provinces share costs. The bridge cost 40 million dollars."
    assert next(f for f in article_facts(text) if f.quote == "40 million dollars").unit == "USD"
    assert (
        only("The mine cost 40 million canadian dollars.", "40 million canadian dollars").unit
        == "CAD"
    )


def test_qualifiers_on_money() -> None:
    facts = {
        f.quote: f.qualifier
        for f in facts_of("Grants of up to US$ 3 million and at least €40 were paid.")
    }
    assert facts == {"US$ 3 million": "at_most", "€40": "at_least"}


def test_namibian_dollar_sign_is_no_us_dollar() -> None:
    units = {f.quote: f.unit for f in article_facts("The hub cost N$2.4 billion, or N$75 a tonne.")}
    assert units == {"N$2.4 billion": "NAD", "N$75": "NAD"}


def test_a_lone_p_is_the_currency_of_the_article_nation() -> None:
    botswana = "Botswana's parks grew. The budget is P286.4 million, and P. 217 lists P51 plots."
    assert [(f.quote, f.unit) for f in article_facts(botswana)] == [("P286.4 million", "BWP")]
    manila = "The Philippines grew. The budget is P286.4 million."
    assert [(f.quote, f.unit) for f in article_facts(manila)] == [("P286.4 million", "PHP")]
    assert [f.quote for f in article_facts("Kenya grew. The budget is P286.4 million.")] == []


def test_rupees_follow_the_country_of_the_places_named() -> None:
    # a neighbour named once ("the border with India") does not outweigh the article's cities
    text = (
        "The zone lies near Biratnagar and Itahari, 6 km from the border with India. "
        "It will cost Rs. 38.5 billion."
    )
    assert only_unit(text, "Rs. 38.5 billion") == "NPR"
    assert only_unit("The Lahore plant cost Rs 3 billion.", "Rs 3 billion") == "PKR"
    assert only_unit("The plant cost Rs 3 billion.", "Rs 3 billion") == "INR"


def only_unit(text: str, quote: str) -> str:
    return next(f.unit for f in article_facts(text) if f.quote == quote)


def test_currencies_of_one_country_by_name_or_sign() -> None:
    text = (
        "Durres handled 3.93 billion leks of goods, worth 1.48 trillion guaranies. "
        "It costs Kz 48.6 billion, Ar 310 billion or ֏5,000."
    )
    units = {f.quote: f.unit for f in article_facts(text)}
    assert units == {
        "3.93 billion leks": "ALL",
        "1.48 trillion guaranies": "PYG",
        "Kz 48.6 billion": "AOA",
        "Ar 310 billion": "MGA",
        "֏5,000": "AMD",
    }
    assert [f.quote for f in article_facts("The Ar 15 rifle and the Kz 3 engine.")] == []


def test_cfa_francs_follow_the_franc_zone_of_the_article() -> None:
    assert only_unit("In Kribi, Cameroon, the park cost FCFA 62 billion.", "FCFA 62 billion") == (
        "XAF"
    )
    assert only_unit("In Dakar the port cost FCFA 62 billion.", "FCFA 62 billion") == "XOF"
