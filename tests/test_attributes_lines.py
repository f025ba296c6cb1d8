"""Attributes of fact-sheet label lines, table rows, gapped clauses and moved objects
(pipeline.extract.labels, pipeline.extract.attributes; sentences of our own)."""

from __future__ import annotations

from tests.extract_helpers import facts_of


def attributes(text: str) -> dict[str, str | None]:
    return {f.quote: f.attribute for f in facts_of(text, "Test Park")}


def test_a_label_names_what_its_value_measures() -> None:
    assert attributes("Quay length: about 640 metres") == {"640 metres": "Quay length"}
    assert attributes("Staff employed: 1,250") == {"1,250": "Staff employed"}
    assert attributes("Jobs on the estate: about 4,100") == {"4,100": "Jobs"}
    assert attributes("Distance to Ostend: 22 km")["22 km"] == "Distance to Ostend"


def test_a_place_label_gives_the_distance_or_travel_time_to_it() -> None:
    assert attributes("Tartu: 185 km")["185 km"] == "distance to Tartu"
    assert attributes("Harbour city centre: 25 minutes")["25 minutes"].startswith("travel time")


def test_names_items_years_and_totals_are_no_labels() -> None:
    assert attributes("Baltic Holding Group: 35%")["35%"] != "Baltic Holding Group"
    found = attributes("A bottling plant: US$12 million, 40 acres, 300 jobs")
    assert found["300"] == "jobs" and found["US$12 million"] != "A bottling plant"
    assert attributes("Total: €4.1 million")["€4.1 million"] != "Total"


def test_each_cell_of_a_table_row_is_a_value_of_its_label() -> None:
    found = facts_of("Share of tenants exporting — 22% — 31% — 45%", "Test Park")
    assert [f.quote for f in found] == ["22%", "31%", "45%"]
    assert {f.attribute for f in found} == {"Share of tenants exporting"}
    ranged = facts_of("Water use ranged 12 – 18 m³ a day.", "Test Park")
    assert [f.quote for f in ranged] == ["12 – 18 m³ a day"]


def test_a_gapped_clause_names_its_measure() -> None:
    found = attributes("Revenue reached €41.2 million and net profit €6.3 million.")
    assert found["€6.3 million"] == "net profit"
    found = attributes("The state will pay €9 million, the region €3 million.")
    assert found["€3 million"] != "region"


def test_a_moved_object_is_what_the_value_measures() -> None:
    found = attributes("Sales rose 8% to €30 million, lifting the operating margin to 12.5%.")
    assert found["12.5%"] == "operating margin"
    found = attributes("Four firms signed, bringing the number of tenants to 57.")
    assert found["57"] == "number of tenants"


def test_a_bracketed_acronym_before_the_verb_is_the_measure() -> None:
    found = attributes(
        "Earnings before interest, tax, depreciation and amortisation (EBITDA) rose 9% to "
        "€14.8 million."
    )
    assert found["€14.8 million"] == "EBITDA"


def test_the_measure_after_a_report_day_or_a_fronted_time() -> None:
    found = attributes("The operator said on Monday its revenue rose 11% last year to €52 million.")
    assert found["€52 million"] == "revenue"
    found = attributes("For the first half, exports reached US$310 million.")
    assert found["US$310 million"] == "exports"
    found = attributes("Sales rose 14% year on year to €88 million.")
    assert found["€88 million"] == "Sales"


def subjects(text: str) -> dict[str, str | None]:
    return {f.quote: f.subject for f in facts_of(text, "Test Park")}


def test_a_label_naming_a_thing_is_whose_value_it_is() -> None:
    assert subjects("Metals and machinery: 64")["64"] == "Metals and machinery"
    assert subjects("South Africa: 22.5%")["22.5%"] == "South Africa"
    found = subjects("A glass bottle plant: US$12 million, 40 acres, 300 jobs")
    assert set(found.values()) == {"glass bottle plant"}


def test_a_measure_label_a_heading_or_a_place_s_distance_keeps_the_page_subject() -> None:
    assert subjects("Total area: 1,240 ha")["1,240 ha"] == "Test Park"
    assert subjects("Water: 5,000 m³ per day")["5,000 m³ per day"] == "Test Park"
    assert subjects("Vilnius Airport: 35 km")["35 km"] == "Test Park"
    assert subjects("Press Release: 64 plots allocated")["64"] != "Press Release"


def test_what_a_sum_is_for_is_read_from_the_verb_after_it() -> None:
    found = attributes(
        "Of the budget, about €4 million is earmarked for new rail sidings, €2.5 million for "
        "yard cranes."
    )
    assert found["€4 million"] == "allocation for new rail sidings"
    assert found["€2.5 million"] == "allocation for yard cranes"
    found = attributes("Of this amount, €1.2 million relates to tourism promotion.")
    assert found["€1.2 million"] == "spending on tourism promotion"
    assert attributes("That compares with $90 million pledged a year earlier.")["$90 million"] == (
        "pledges"
    )
    assert attributes("The firm paid $5 million for the site.")["$5 million"] == "payment"


def test_measures_after_while_a_targeted_level_and_a_located_owner() -> None:
    found = attributes("Revenue came to €8 million, while expenditure reached €9 million.")
    assert found["€9 million"] == "expenditure"
    found = attributes("Total investment is targeted at €600 million by 2030.")
    assert found["€600 million"] == "Total investment"
    found = attributes("Exports by firms located on the estate reached €70 million in 2024.")
    assert found["€70 million"].startswith("Exports")
    found = attributes("The group set up 12 plants in 2020.")
    assert found["12"] == "plants"


def test_levels_reached_through_a_participle_and_its_particle() -> None:
    found = attributes("Tax revenue is projected at €27 million, with the levy kept at 0.4%.")
    assert found["€27 million"] == "Tax revenue"
    found = attributes(
        "Income rose 9% to €2 million, while occupancy across the estate slipped to 91%."
    )
    assert found["91%"] == "occupancy"
    found = attributes("The yard offers 900 reefer plugs, a figure to be raised to 1,400 by 2027.")
    assert found["1,400"] != "figure to be"
    assert attributes("The fund held 26% of the shares.")["26%"] == "shares"


def test_the_number_of_things_keeps_what_it_counts() -> None:
    found = attributes("The number of tenants on the estate rose to 212 in 2024.")
    assert found["212"] == "number of tenants"
    found = attributes("The number of exporting firms rose from 17 to 23.")
    assert found["23"] == "number of exporting firms"


def test_a_word_after_of_is_no_verb() -> None:
    assert attributes("The share of exports in output was 40%.")["40%"] == "share of exports"


def test_a_share_price_and_an_offer() -> None:
    found = attributes("Shares of the operator closed 2.1% higher at €7.64 in Athens.")
    assert found["€7.64"] == "share price"
    assert attributes("The rival group had offered €90 million.")["€90 million"] == "offer"
