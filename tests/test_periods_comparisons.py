"""Periods in comparisons and labelled years (issue 9, round 10): the date of a comparison's
base is the base's, a change takes the date of what it changes, a split year labels the
value after it, and a span of months in one year dates that year."""

from __future__ import annotations

from tests.extract_helpers import article_events, facts_of


def _periods(text: str) -> dict[str, str | None]:
    return {f.quote: f.period for f in facts_of(text)}


def test_the_base_of_a_comparison_keeps_its_own_date() -> None:
    text = (
        "Total spending is set at €64.3 million, an increase of 11.8% on the €57.5 million "
        "approved for 2025."
    )
    periods = _periods(text)
    assert periods["€57.5 million"] == "2025"
    assert periods["11.8%"] is None  # the base's year is not the change's
    text = "Occupancy averaged 96.5%, 3.4 percentage points higher than the 93.1% recorded in 2023."
    assert _periods(text)["3.4 percentage points"] is None


def test_a_change_takes_the_date_of_the_value_it_changes() -> None:
    text = (
        "Sales of the tenants reached US$612 million in 2024, up 21.4% from US$504 million in 2023."
    )
    assert _periods(text) == {"US$612 million": "2024", "21.4%": "2024", "US$504 million": "2023"}
    text = (
        "The budget for 2025/26 is €286.4 million, an increase of 18.4% on the revised "
        "estimate of €241.9 million for 2024/25."
    )
    periods = _periods(text)
    assert (periods["18.4%"], periods["€241.9 million"]) == ("2025", "2024")


def test_a_split_year_labels_the_value_after_it() -> None:
    assert (
        _periods("Staff costs: €48.3 million (2024/25: €44.9 million)")["€44.9 million"] == "2024"
    )


def test_a_value_for_a_year_is_of_that_year() -> None:
    text = "Indicative ceilings are €301.5 million for 2026 and €264.0 million for 2027."
    assert _periods(text) == {"€301.5 million": "2026", "€264.0 million": "2027"}


def test_a_span_of_months_dates_its_year() -> None:
    text = "Exports in January–June 2025 are estimated at €1.87 billion."
    assert _periods(text) == {"€1.87 billion": "2025"}
    assert _periods("Sales were €5 million from March to June 2024.") == {"€5 million": "2024"}


def test_a_coordinated_clause_with_an_adverb_keeps_its_own_date() -> None:
    text = (
        "Approvals were 38 per cent higher than in the first half of 2024 and already exceed "
        "the total of €4.1 billion approved in 2023."
    )
    assert _periods(text)["€4.1 billion"] == "2023"


def test_a_year_after_for_frames_the_sentence() -> None:
    text = "For 2025 the agency projects growth of 12 to 15 per cent and expects 10 new tenants."
    assert _periods(text) == {"12 to 15 per cent": "2025", "10": "2025"}
    assert article_events("For 2000 people it was a disaster.", "T") == []  # a count


def test_a_clause_that_is_only_a_time_dates_the_clauses_before_it() -> None:
    text = (
        "The plan targets 150 MW of solar capacity, plus 80 MWh of battery storage, by 2030, "
        "and up to 300 MW by 2036."
    )
    assert _periods(text) == {"150 MW": "2030", "80 MWh": "2030", "300 MW": "2036"}


def test_what_holds_today_takes_no_target_year() -> None:
    text = "At least 40% of water is to be recycled by 2030, compared with about 12% today."
    assert _periods(text) == {"40%": "2030", "12%": None}
    # "now" in a story told in the past is the story's time
    text = "Now comprising 252 officers and men, the squadron moved to Cairns in November 1942."
    assert _periods(text)["252"] == "1942-11"


def test_a_change_is_of_the_level_it_changes_not_of_its_base() -> None:
    text = (
        "In the first half of 2025 the park handled 37,400 TEU, up 11.3% from 33,600 TEU in "
        "the first half of 2024."
    )
    assert _periods(text) == {"37,400": "2025", "11.3%": "2025", "33,600": "2024"}
    text = "Exports, Q2 2025: €118.4 million (Q2 2024: €106.9 million), +10.8% y/y"
    assert _periods(text) == {"€118.4 million": "2025", "€106.9 million": "2024", "10.8%": "2025"}
    text = (
        "In the first quarter of 2025 throughput was 352,000 tonnes, 9.3% less than the "
        "388,000 tonnes handled a year earlier."
    )
    assert _periods(text)["9.3%"] == "2025"


def test_a_timeline_entry_dates_its_line() -> None:
    text = "2022 – 850 kW rooftop solar system installed, covering around 30% of our power use"
    assert _periods(text) == {"850 kW": "2022", "30%": "2022"}
    assert _periods("In the 1985 – 86 season he scored 20 goals.") == {"20": None}
