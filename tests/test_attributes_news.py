"""What is measured, as news and government pages state it (issue 9): a measure with a time
inside its noun phrase, parts of a whole (``of which``), the bases of a percentage level,
verbs of market reports, and property stems that only a phrase or a head noun names."""

from __future__ import annotations

from pipeline.extract.properties import property_for
from tests.extract_helpers import facts_of, only


def _attributes(text: str) -> dict[str, str | None]:
    return {f.quote: f.attribute for f in facts_of(text, "Kibwezi Zone")}


def test_a_time_inside_the_measure_phrase_is_no_break() -> None:
    assert only("Turnover in 2023 amounted to €88 million.", "€88 million").attribute == (
        "Turnover"
    )
    fact = only("Deposits during the first half rose to $3 billion.", "$3 billion")
    assert fact.attribute == "Deposits"
    # and the time is no owner: "Volumes in Q1 2025" are not Q1's
    assert only("Volumes in Q3 2024 rose 4% to 90,000 TEU.", "4%").subject == "Test"


def test_a_part_of_a_whole_is_what_its_clause_says() -> None:
    text = "The estate covers 900 hectares, of which about 70% has been sold."
    assert _attributes(text)["70%"] == "sold"
    text = "The mills employ 9,000 people, of whom 61 per cent are women."
    assert _attributes(text)["61 per cent"] == "women"
    text = "Trade reached $9 billion, of which imports were $4 billion."
    assert _attributes(text)["$4 billion"] == "imports"
    text = "The road cost $80 million, of which $30 million came from development loans."
    assert _attributes(text)["$30 million"] == "development loans"


def test_a_part_of_a_whole_is_never_its_owner() -> None:
    text = "Sales by tenants reached $2 billion, of which sales abroad were $1.2 billion."
    assert {f.subject for f in facts_of(text, "Kibwezi Zone")} == {"Kibwezi Zone"}


def test_the_bases_of_a_percentage_level_take_its_attribute() -> None:
    text = "Net margin came in at 12.5%, compared with 11.9% in May and 10.2% a year earlier."
    assert set(_attributes(text).values()) == {"Net margin"}
    text = "Vacancy across the estate slipped to 4.1% from 5.3%."
    assert _attributes(text) == {"4.1%": "Vacancy", "5.3%": "Vacancy"}


def test_verbs_of_market_reports_link_a_measure_to_its_value() -> None:
    assert only("EBITDA margin widened by 2 points to 38%.", "38%").attribute == "EBITDA margin"


def test_property_stems_that_need_a_phrase_or_the_head() -> None:
    assert property_for("gross margin", "percent", None) == "share"
    assert property_for("gross domestic product", "money", None) == "gdp"
    assert property_for("exports to Asian markets", "money", None) == "exports"
    assert property_for("market value", "money", None) == "market_capitalization"
    assert property_for("resident companies", "count", None) == "companies"
    assert property_for("residents", "count", None) == "population"


def test_units_are_sold_only_when_the_attribute_says_so() -> None:
    assert property_for("strata units", "count", None) is None
    assert property_for("units sold", "count", None) == "units_sold"
    assert property_for("copies", "count", None) == "units_sold"


def test_a_plural_possessive_owns_the_measure_after_it() -> None:
    # "companies' exports" is the companies' exports, not the verb "exports"
    assert _attributes("The tenants' sales rose to €5 million.") == {"€5 million": "sales"}
    text = "Park companies' exports in the first half of 2025 are estimated at €1.87 billion."
    assert _attributes(text) == {"€1.87 billion": "exports"}


def test_a_range_after_of_between_keeps_its_noun() -> None:
    text = "The company guided for revenue of between €54 million and €56 million."
    assert _attributes(text) == {"€54 million and €56 million": "revenue"}
    assert _attributes("It recycled 40% of its water, compared with 12% today.")["12%"] != "today"


def test_a_bare_noun_after_and_or_of_this_is_the_measure_its_verb_links() -> None:
    text = "The park has 31 tenants, and occupancy stood at 78% at the end of March."
    assert _attributes(text)["78%"] == "occupancy"
    text = "Of this, foreign direct investment was US$187.0 million."
    assert _attributes(text) == {"US$187.0 million": "foreign direct investment"}
    text = "Capital spending accounts for €41.2 million, while current expenditure amounts to €23.1 million."
    assert _attributes(text) == {
        "€41.2 million": "Capital spending",
        "€23.1 million": "current expenditure",
    }


def test_a_measure_links_across_qualifiers_modifiers_and_time_phrases() -> None:
    assert _attributes("Operating profit more than doubled to Tk 74.8 crore.") == {
        "Tk 74.8 crore": "Operating profit"
    }
    text = "Investment actually made during the year amounted to US$231.5 million."
    assert _attributes(text) == {"US$231.5 million": "Investment"}
    text = "Imports into the park climbed 7.2% to US$3.12 billion."
    assert _attributes(text)["US$3.12 billion"] == "Imports"
    text = "Re-exports from the park rose 9.2% in the first half of the year to US$2.84 billion."
    assert _attributes(text)["US$2.84 billion"] == "Re-exports"


def test_what_a_sum_is_read_from_the_verb_before_its_for() -> None:
    assert _attributes("The company acquired the plot in December for €11.4 million.") == {
        "€11.4 million": "purchase price"
    }
    assert _attributes("That put its quarterly EBITDA margin at 33.3%.") == {
        "33.3%": "quarterly EBITDA margin"
    }


def test_a_share_listed_after_another_shares_its_measure() -> None:
    text = "Cars accounted for 61% of exports, electrical equipment for 14% and wood for 9%."
    assert _attributes(text) == {"61%": "exports", "14%": "exports", "9%": "exports"}


def test_a_row_label_with_its_time_names_the_measure_of_its_figures() -> None:
    text = "Exports, Q2 2025: €118.4 million (Q2 2024: €106.9 million), +10.8% y/y"
    facts = {f.quote: f for f in facts_of(text)}
    assert (facts["€118.4 million"].attribute, facts["€106.9 million"].attribute) == (
        "Exports",
        "Exports",
    )
    assert facts["€118.4 million"].subject != "Exports, Q2 2025"
    assert "10.8%" in facts  # a plus sign glued to a percentage is its sign
    assert [f.quote for f in facts_of("The sum 3 + 2% is odd.")] == []


def test_a_list_item_label_a_year_label_or_a_verb_of_building_names_a_sum() -> None:
    text = "Phase 1 (2025–2029): 42 ha; public infrastructure €38 million; approx. 1,200 jobs"
    assert _attributes(text)["€38 million"] == "public infrastructure"
    assert _attributes("Total budget 2025: Kz 48.6 billion")["Kz 48.6 billion"] == "Total budget"
    assert _attributes("The spur, built for 2.2 billion leks, opened.") == {
        "2.2 billion leks": "cost"
    }
    # a clause after a comma is no list item: "…, generating 11.8 billion won in royalties"
    text = "The office signed 143 deals, generating 11.8 billion won in royalties."
    assert _attributes(text)["11.8 billion won"] != "generating"
