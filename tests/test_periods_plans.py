"""Periods of plans, descriptions and parts (issue 9): which time expression governs a value
when a sentence states a plan, describes a thing, names where a place lies, or splits a
whole into parts."""

from __future__ import annotations

from tests.extract_helpers import article_facts, facts_of


def _periods(text: str) -> dict[str, str | None]:
    return {f.quote: f.period for f in facts_of(text)}


def test_a_plan_participle_dates_the_future_clause_it_hangs_on() -> None:
    text = "The new runway, due for completion in 2029, will add 1,200 metres of tarmac."
    assert _periods(text)["1,200 metres"] == "2029"
    text = "The east wing, which will add 300 beds, is scheduled for completion in 2027."
    assert _periods(text)["300"] == "2027"


def test_what_is_due_carries_the_date_it_is_due() -> None:
    assert _periods("The first 40 megawatts are due to come online in 2026.") == {
        "40 megawatts": "2026"
    }
    # but what was ordered now is not dated by the target of a later clause
    text = "The operator ordered four tugs as part of a plan that will lift calls to 900 by 2028."
    assert _periods(text)["four"] is None


def test_the_state_a_change_starts_from_is_not_dated_by_its_target() -> None:
    text = "The plan will raise the park's power supply from 90 MW to 240 MW by 2031."
    assert _periods(text) == {"90 MW": None, "240 MW": "2031"}


def test_each_target_takes_the_date_right_after_it() -> None:
    text = "Exports are to reach $2 billion by 2028 and $3.5 billion by 2032."
    assert _periods(text) == {"$2 billion": "2028", "$3.5 billion": "2032"}


def test_a_measure_that_describes_a_thing_is_undated_unless_framed() -> None:
    text = "The operator opened a 45,000-square-metre warehouse in 2022."
    assert _periods(text)["45,000-square-metre"] is None
    text = "A new 110 kV substation is expected to be energised in 2026."
    assert _periods(text)["110 kV"] is None
    text = "In 2015, the council approved a 40-hectare extension of the estate."
    assert _periods(text)["40-hectare"] == "2015"


def test_where_a_place_lies_is_undated() -> None:
    text = (
        "The estate, about 40 km north of the capital, doubled its exports in 2023 to 300 "
        "containers."
    )
    periods = _periods(text)
    assert periods["40 km"] is None
    assert periods["300"] == "2023"


def test_a_description_before_the_verb_is_not_dated_by_the_event() -> None:
    text = "The second berth, with a depth of 14 metres, entered service in 2021."
    assert _periods(text)["14 metres"] is None
    text = "Stage 1, comprising 22 plots and a training centre, was finished in 2020."
    assert _periods(text)["22"] is None


def test_a_part_takes_the_period_of_its_whole() -> None:
    text = "Investment totalled $410 million in 2024, of which foreign firms accounted for $250 million."
    assert _periods(text) == {"$410 million": "2024", "$250 million": "2024"}


def test_a_year_opening_the_sentence_frames_it_without_a_comma() -> None:
    text = "In 2023 the terminal handled 410,000 TEU, up 9% from 376,000 TEU in 2022."
    periods = _periods(text)
    assert periods["9%"] == "2023"
    assert periods["376,000"] == "2022"


def test_dates_do_not_cross_a_semicolon_or_a_time_of_their_own() -> None:
    text = "Its first stage was finished in 2018; the second stage of 35 hectares is half let."
    assert _periods(text)["35 hectares"] is None
    text = "Sales reached $5 million in 2024, and the firm hired 60 people over the past two years."
    assert _periods(text)["60"] is None


def test_a_present_state_in_a_relative_clause_is_not_dated_by_its_origin() -> None:
    text = "The port, which opened in 1998 and now covers 300 hectares, is to be expanded."
    assert _periods(text)["300 hectares"] is None
    text = "In 2012 the group opened a mill, which today employs 420 people."
    assert _periods(text)["420"] is None


def test_a_year_counted_from_the_context_gives_no_period() -> None:
    text = (
        "Kibwezi Port: 2025 results\n\n"
        "The port handled 1.4 million tonnes in 2025.\n\n"
        "Its margin fell to 30% from 34% a year earlier."
    )
    facts = {f.quote: f.period for f in article_facts(text, "Kibwezi Port")}
    assert facts["34%"] is None
    assert facts["1.4 million tonnes"] == "2025"
    # a year the sentence writes anchors the count
    text = "Revenue rose to $9 million in 2024 from $7 million a year earlier."
    assert _periods(text)["$7 million"] == "2023"


def test_the_base_of_a_comparison_dates_only_itself() -> None:
    text = "Sales in the quarter reached $8.1 million, up 4% from $7.8 million in the same period of 2023."
    assert _periods(text) == {"$8.1 million": None, "4%": None, "$7.8 million": "2023"}
    text = "Revenue totalled $50 million, 6% more than in January-June 2023."
    assert _periods(text) == {"$50 million": None, "6%": None}
    text = "Volumes rose to 900 TEU, 3% more than in the same three months of 2024."
    assert _periods(text)["3%"] is None


def test_a_span_between_parts_of_two_years_gives_none() -> None:
    text = "The works will cost $30 million between the second half of 2025 and the end of 2027."
    assert _periods(text) == {"$30 million": None}


def test_a_labelled_year_and_a_timeline_entry_date_their_values() -> None:
    assert _periods("Rents: $4 million (2024 forecast: $3.5 million)") == {
        "$4 million": None,
        "$3.5 million": "2024",
    }
    assert _periods("2019 – North Trade Park opened with 40 units") == {"40": "2019"}


def test_a_count_since_an_event_and_a_part_of_a_later_year_are_undated() -> None:
    assert _periods("About 5,000 jobs created since the park opened in 2017") == {"5,000": None}
    text = "Spending in 2025–2027 totals €9 million, of which €3 million falls in 2025."
    assert _periods(text) == {"€9 million": None, "€3 million": "2025"}
