"""Event descriptions of a comparison's base date (pipeline.extract.bases): the compared
value as it stood then, not the clause of the current value (sentences of our own)."""

from __future__ import annotations

from pipeline.extract.dates import find_dates
from pipeline.extract.descriptions import DescribedSentence


def described(text: str) -> dict[str, str]:
    mentions = [m for m in find_dates(text, small_years=True) if not m.weak]
    sentence = DescribedSentence(text, mentions, "Test")
    return {m.quote: sentence.describe(m) for m in mentions}


def test_a_base_value_stands_in_for_the_current_one() -> None:
    found = described("Forty-one new tenants signed in 2023, compared with 19 a year earlier.")
    assert found["2023"] == "Forty-one new tenants signed"
    assert found["a year earlier"] == "19 new tenants signed"
    found = described("In 2022 the wharf loaded 7,300 wagons, compared with 6,100 in 2021.")
    assert found["2021"] == "wharf loaded 6,100 wagons"


def test_the_base_replaces_a_value_of_its_own_kind_and_unit() -> None:
    found = described(
        "Grain shipments reached NOK 2.4 billion, equal to 61% of the total, compared with "
        "54% in 2020."
    )
    assert found["2020"] == "Grain shipments equal to 54% of the total"
    found = described(
        "In 2021 the quay handled 5.2 million tonnes of ore, including 91,000 TEU of boxes, "
        "compared with 4.7 million tonnes in 2020."
    )
    assert found["2020"].startswith("quay handled 4.7 million tonnes of ore")


def test_bases_listed_with_respectively_replace_values_in_order() -> None:
    found = described(
        "By March 2024, 31 hotels and 208 shops were trading on the island, compared with "
        "27 and 190 respectively a year earlier."
    )
    assert found["a year earlier"] == "27 hotels and 190 shops were trading on the island"


def test_a_change_to_a_value_is_said_as_where_it_stood() -> None:
    found = described("Vacancy fell to 6.1% from 8.4% in 2022, the owner said.")
    assert found["2022"] == "Vacancy stood at 8.4%"
    found = described("Rail traffic rose to 480 trains from 410 in 2019.")
    assert found["2019"] == "Rail traffic stood at 410 trains"


def test_a_comparison_without_a_base_value_names_the_date_as_its_base() -> None:
    found = described("In 2023 the ferry carried 812,000 passengers, up 9% on 2022.")
    assert found["2022"] == "comparison base: ferry carried 812,000 passengers, up 9%"
    found = described("Dairy output was 4% higher than in 2018.")
    assert found["2018"] == "comparison base: Dairy output was 4% higher"


def test_unchanged_from_gives_the_statement_itself() -> None:
    found = described("The harbour levy for 2025 is set at 1.5%, unchanged from 2024.")
    assert found["2024"] == "harbour levy is set at 1.5%"


def test_what_is_no_comparison_keeps_its_own_description() -> None:
    found = described("The line will grow from 12 stations in 2024 to 20 stations by 2030.")
    assert not found["2024"].startswith("comparison base")
    found = described("The firm employed more than 900 people in 2021.")
    assert found["2021"] == "firm employed more than 900 people"
    found = described("She scored twice against the visiting side on 4 May 1990.")
    assert "comparison" not in found["4 May 1990"]
    found = described("The occupancy rate was 91%, against a target of 80% set in the 2019 plan.")
    assert "stood at" not in found["2019"] and found["2019"] != "occupancy rate was 80%"


def test_a_label_line_is_described_by_its_label_and_the_value_the_date_dates() -> None:
    found = described(
        "Tenant firms: 212 at 30 June 2025 (198 at 31 March 2025; 180 at 30 June 2024)"
    )
    assert found["30 June 2025"] == "Tenant firms: 212"
    assert found["31 March 2025"] == "Tenant firms: 198"
    assert found["30 June 2024"] == "Tenant firms: 180"
    found = described("Target employment: about 2,600 jobs by 2031")
    assert found["2031"] == "Target employment: 2,600 jobs"
    found = described("Lettable area (31 December 2024): 96,000 m²")
    assert found["31 December 2024"] == "Lettable area: 96,000 m²"


def test_a_dateline_or_a_clause_after_a_label_is_no_label_line() -> None:
    found = described("TALLINN, 4 March 2025 — The port authority said cargo rose 4% in 2024.")
    assert not found["4 March 2025"].startswith("TALLINN")
    found = described("Investment: Total investment is targeted at €3 billion by 2030.")
    assert found["2030"] == "Total investment is targeted at €3 billion"


def test_a_base_in_a_label_line_keeps_the_label() -> None:
    found = described("Cargo handled: 4.1 million tonnes, up 8% from 3.8 million tonnes in 2023")
    assert found["2023"] == "Cargo handled: 3.8 million tonnes"


def test_each_dated_part_joined_by_and_is_described_by_itself() -> None:
    found = described(
        "Works start in 2026, with the first berth opening by mid-2027 and the whole "
        "terminal finished by the end of 2029."
    )
    assert found["mid-2027"] == "first berth opening"
    assert found["2029"] == "whole terminal finished"
    found = described("Published 2 May 2025 · Approved by the board on 20 May 2025")
    assert found["20 May 2025"] == "Approved by the board"


def test_a_fiscal_year_is_masked_whole() -> None:
    found = described("Output grew 3.1% in fiscal 2022/23, its slowest pace in a decade.")
    assert found["2022/23"] == "Output grew 3.1%"
    found = described("A ruling is expected in the second half of fiscal 2026.")
    assert found["2026"] == "A ruling is expected"


def test_a_dateline_s_date_is_when_the_page_was_published_there() -> None:
    def at_dateline(text: str) -> dict[str, str]:
        mentions = [m for m in find_dates(text) if not m.weak]
        sentence = DescribedSentence(text, mentions, "Test", dateline=True)
        return {m.quote: sentence.describe(m) for m in mentions}

    assert at_dateline("Tartu, 2 June 2025")["2 June 2025"] == "dateline: published in Tartu"
    found = at_dateline("RIGA, March 4 — Baltic Rail said on Tuesday its revenue rose 8%.")
    assert found["March 4"] == "dateline: published in RIGA"
    found = described("Treaty of Paris, 10 February 1763")  # no page's dateline
    assert "dateline" not in found["10 February 1763"]


def test_events_read_the_dateline_after_a_genre_label() -> None:
    from pipeline.extract.events import extract_events
    from pipeline.model import Document, Sentence

    lines = [
        "Port opens new berth",
        "PRESS RELEASE",
        "Koper, 3 March 2025",
        "The berth opened on Monday.",
    ]
    text = "\n\n".join(lines)
    starts = [text.index(t) for t in lines]
    sentences = [
        Sentence(f"d:{i}", "d", None, i, a, a + len(t), t)
        for i, (a, t) in enumerate(zip(starts, lines, strict=True))
    ]
    doc = Document("d", "Port opens new berth", "d.txt", "CC0-1.0", "", text)
    events = {e.quote: e for e in extract_events(doc, sentences)}
    assert events["3 March 2025"].description == "dateline: published in Koper"
    assert events["on Monday"].date == "2025-03-03"
