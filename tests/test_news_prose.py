"""News and government prose: what a value is when the sentence reports a change or a
measure as its subject (``Revenue rose 17.6% to Rs 5,430 crore``, ``…, up 9.4 per cent
year-on-year``)."""

from __future__ import annotations

from pipeline.extract.changes import change_of
from pipeline.extract.page_titles import page_subject
from tests.extract_helpers import article_events, article_facts, facts_of, only


def test_a_change_is_not_a_share() -> None:
    text = "Total industrial output reached 251 billion yuan, up 9.4 per cent year-on-year."
    output = only(text, "251 billion yuan")
    assert output.attribute == "Total industrial output"
    assert output.property == "output_value"
    change = only(text, "9.4 per cent")
    assert change.property == "change"
    assert change.attribute == "Total industrial output growth"


def test_the_verb_of_a_change_gives_its_direction_and_what_changed() -> None:
    up = only("Revenue rose 17.6% to Rs 5,430 crore.", "17.6%")
    assert (up.attribute, up.property, up.subject) == ("Revenue growth", "change", "Test")
    down = only("Exports fell by 3% in 2024.", "3%")
    assert (down.attribute, down.property) == ("Exports decline", "change")
    noun = only("The zone recorded a 5% increase in exports.", "5%")
    assert (noun.attribute, noun.property) == ("exports growth", "change")


def test_a_level_reached_is_no_change() -> None:
    assert only("Unemployment rose to 5% in 2020.", "5%").property == "share"
    assert only("About 42% of the zone's revenue comes from electronics.", "42%").property != (
        "change"
    )
    assert change_of("The share went from 12% to 15%.", 19, 22) is None


def test_a_sum_after_a_change_takes_the_verb_subject() -> None:
    money = only("Revenue rose 17.6% to Rs 5,430 crore.", "Rs 5,430 crore")
    assert (money.attribute, money.property) == ("Revenue", "revenue")


def test_a_possessive_is_followed_by_a_noun_not_a_verb() -> None:
    text = "The zone's exports reached 2 billion dollars in 2020."
    (fact,) = facts_of(text, "Kiva Bay Free Zone")
    assert fact.property == "exports"
    assert fact.subject == "Kiva Bay Free Zone"  # "the zone" of a zone's page is the page's


def test_quantifier_words_open_a_subject_without_a_number() -> None:
    facts = facts_of("Several firms moved 300 staff to the zone.")
    assert [(f.quote, f.subject) for f in facts] == [("300", "Several firms")]


def test_page_words_and_headlines_give_the_page_subject() -> None:
    from pipeline.extract.page_titles import page_subject

    assert page_subject("About Orla Valley Logistics", "") == "Orla Valley Logistics"
    assert page_subject("Overview of the Kiva Bay Free Zone", "") == "Kiva Bay Free Zone"
    assert page_subject("Kiva Bay Free Zone: Annual Report 2023", "") == "Kiva Bay Free Zone"
    assert (
        page_subject("Invest in the Marlow Innovation District, Leeds, England", "")
        == "Marlow Innovation District"
    )
    first = "ACCRA, June 2 (Reuters) - The Tema Gate Industrial Park has signed two leases."
    assert page_subject("Ghana park signs leases as demand grows", first) == (
        "Tema Gate Industrial Park"
    )
    # encyclopedia titles are names already
    for title in ("Port of Santos", "Operation Eastern Exit", "Battle of the Coral Sea"):
        assert page_subject(title, "It is a name.") == title


def test_a_dateline_ends_a_clause_and_yen_follows_the_city() -> None:
    text = "SHENZHEN, March 14 (Reuters) - Industrial output at the park rose 12.4% in 2024 to ¥318 billion."
    money = only(text, "¥318 billion")
    assert (money.unit, money.attribute) == ("CNY", "Industrial output")
    assert only(text, "12.4%").attribute == "Industrial output growth"


def test_a_year_before_to_is_no_range_start() -> None:
    facts = facts_of("Cargo rose 14% in 2024 to 3.6 million tonnes, from 1,500 to 3,000 berths.")
    assert [f.quote for f in facts] == ["14%", "3.6 million tonnes", "1,500 to 3,000"]


def test_units_of_ports_plants_and_permits() -> None:
    assert only("The motors deliver up to 50 Nm of torque.", "50 Nm").unit == "N*m"
    assert only("The motors deliver up to 50 Nm of torque.", "50 Nm").attribute == "torque"
    assert only("The substation has a capacity of 80 MVA.", "80 MVA").unit == "MVA"
    assert only("The berth takes vessels of up to 150,000 DWT.", "150,000 DWT").unit == "t"
    assert only("Licences are issued within five working days.", "five working days").unit == (
        "day"
    )


def test_a_comparison_base_keeps_its_date_and_takes_the_measure() -> None:
    facts = facts_of(
        "The park said revenue reached ¥486 billion in 2024, up from ¥431 billion in 2023."
    )
    assert [(f.quote, f.attribute, f.period) for f in facts] == [
        ("¥486 billion", "revenue", "2024"),
        ("¥431 billion", "revenue", "2023"),
    ]
    lone = facts_of("Net profit rose to Rs 1,208 crore from Rs 998 crore in 2023.")
    assert [(f.attribute, f.period) for f in lone] == [("Net profit", None), ("Net profit", "2023")]


def test_a_change_on_the_previous_year_is_dated_by_its_own_year() -> None:
    text = "The terminal handled 2.21 million tonnes in 2024, a rise of 9.8% on the previous year."
    assert only(text, "9.8%").period == "2024"


def test_a_target_year_does_not_date_what_is_ordered_now() -> None:
    text = (
        "The terminal has ordered six cranes as part of a $240m expansion that will lift "
        "capacity to 2.5 million tonnes by 2027."
    )
    periods = {f.quote: f.period for f in facts_of(text)}
    assert periods == {"six": None, "$240m": None, "2.5 million tonnes": "2027"}


def test_a_bare_noun_after_a_fronted_date_is_the_subject_of_its_verb() -> None:
    fact = only("In 2024, exports rose to $412 million.", "$412 million")
    assert (fact.attribute, fact.period) == ("exports", "2024")


def test_a_year_label_dates_its_value_only() -> None:
    facts = facts_of("The zones' share of industrial output was 8.6 percent (2023: 7.9 percent).")
    assert [(f.quote, f.period) for f in facts] == [("8.6 percent", None), ("7.9 percent", "2023")]
    assert facts_of("The match ended at 22:30 GMT.") == []


def test_rupees_follow_the_article_nation_and_rials_are_omani() -> None:
    text = "KARACHI — The Sindh government allocated Rs 14.6 billion to the zone in Pakistan."
    fact = only(text, "Rs 14.6 billion")
    assert (fact.unit, fact.attribute) == ("PKR", "allocation")
    assert only("Revenue reached Rs 5 crore in Mumbai.", "Rs 5 crore").unit == "INR"
    assert only("The authority raised RO 712 million.", "RO 712 million").unit == "OMR"
    assert all(f.unit != "OMR" for f in facts_of("The road RO 712 is closed."))  # a label


def test_a_verb_of_change_with_its_object_before_by() -> None:
    text = "Since 2019 we have reduced the carbon intensity of our fleet by 18% per trip."
    fact = only(text, "18%")
    assert (fact.attribute, fact.property) == ("carbon intensity decline", "change")
    assert only("The city increased its budget by 12%.", "12%").attribute == "budget growth"
    assert only("Trains run by 20% of operators.", "20%").property == "share"


def test_loads_in_kilonewtons_per_square_metre() -> None:
    fact = only("Floors carry loads of up to 15 kN per square metre.", "15 kN per square metre")
    assert fact.unit == "kN/m**2"


def test_a_dateline_date_is_no_period_and_its_first_word_no_name() -> None:
    text = "ALMATY, Kazakhstan, Feb. 3, 2025 — The zone signed deals worth $1.2 billion."
    assert only(text, "$1.2 billion").period is None
    fact = only("LIMA, July 22 (Reuters) - Volumes rose 12% in 2024.", "12%")
    assert (fact.subject, fact.attribute, fact.period) == ("Test", "Volumes growth", "2024")


def test_what_a_sum_is_read_from_worth_totals_and_auxiliaries() -> None:
    cases = {
        (
            "Cumulative investment by licensed enterprises reached KSh 187.4 billion.",
            "KSh 187.4 billion",
        ): "Cumulative investment by licensed enterprises",
        (
            "The zone has signed investment agreements worth $2.3bn.",
            "$2.3bn",
        ): "investment agreements",
        (
            "Entrepreneurs had invested a total of PLN 42.3 billion.",
            "PLN 42.3 billion",
        ): "investment",
        (
            "The group was weighing a separate €200 million investment in rail wagons.",
            "€200 million",
        ): "investment",
        ("Expenditure is budgeted at €14.9 million in 2025.", "€14.9 million"): "budget",
        (
            "By 2027, total industrial output is to reach 500 billion yuan.",
            "500 billion yuan",
        ): "total industrial output",
        (
            "It hosts 96 enterprises with annual revenue above 1 billion yuan.",
            "1 billion yuan",
        ): "annual revenue",
    }
    for (text, quote), attribute in cases.items():
        assert only(text, quote).attribute == attribute, text
    assert only("The deals are worth a total of PLN 6.8 billion.", "PLN 6.8 billion").property != (
        "market_capitalization"
    )


def test_what_a_share_or_count_is_from_the_words_around_it() -> None:
    cases = {
        (
            "Kenyan citizens accounted for 96.2 per cent of all employees.",
            "96.2 per cent",
        ): "employees",
        (
            "Occupancy across its portfolio slipped to 96.1% from 97.2%.",
            "96.1%",
        ): "Occupancy",  # its head phrase
        ("The terminal is running at close to 80% utilisation.", "80%"): "utilisation",
        ("The free zone offers 100% foreign ownership.", "100%"): "foreign ownership",
        (
            "Firms filed 12,800 patent applications, of which 5,600 were invention patents.",
            "5,600",
        ): "invention patents",
    }
    for (text, quote), attribute in cases.items():
        assert only(text, quote).attribute == attribute, text
    assert only("Output rose 12% last year.", "12%").attribute == "Output growth"
    assert only("Occupancy across its portfolio slipped to 96.1%.", "96.1%").subject == "Test"


def test_made_up_is_a_share_not_a_change() -> None:
    fact = only("Exports made up 64% of the zone's total revenue.", "64%")
    assert (fact.attribute, fact.property) == ("total revenue", "revenue")


def test_a_title_with_a_run_of_blanks_is_read_in_linear_time() -> None:
    from pipeline.extract.page_titles import page_subject

    title = "About  the   Kiva Bay Free Zone"  # runs of blanks are read as one
    assert page_subject(title, "") == "Kiva Bay Free Zone"
    blanks = "a" + " " * 160_000 + "b"  # the bench's heading stress: took minutes before
    assert page_subject(blanks, "") == blanks.strip()
    assert page_subject("Port of Santos", "x") == "Port of Santos"


def test_a_participle_phrase_after_the_measured_noun_keeps_it_the_linked_subject() -> None:
    cargo = only(
        "Cargo handled through the zone rose 14% in 2024 to 3.6 million tonnes.",
        "3.6 million tonnes",
    )
    assert cargo.attribute == "Cargo"
    profit = only(
        "Net profit for the three months ended March 31 rose to Rs 1,208 crore.",
        "Rs 1,208 crore",
    )
    assert profit.attribute == "Net profit"
    assert profit.property == "net_profit"


def test_and_inside_a_name_opens_no_clause() -> None:
    text = (
        "Industrial output at the Xinhe Science and Technology Park rose 12.4% "
        "year-on-year in 2024 to ¥318 billion."
    )
    output = only(text, "¥318 billion")
    assert output.attribute == "Industrial output"
    assert output.subject is not None and "Xinhe Science and Technology Park" in output.subject


def test_a_possessor_owns_what_it_has_measured_not_a_thing_it_has() -> None:
    facts = facts_of("Shenzhen's economy as a whole grew 5.8% in 2024.")
    assert [(f.subject, f.attribute) for f in facts] == [("Shenzhen", "economy growth")]
    zone = only("The zone's exports rose 12% to $3.4bn.", "$3.4bn")
    assert (zone.subject, zone.attribute) == ("zone", "exports")
    park = only(
        "The district's central park, completed in 2023, covers eight acres.", "eight acres"
    )
    assert park.subject == "district's central park"  # the park's area, not the district's
    spent = only("Rs 4.3bn of the previous year's allocation had been released.", "Rs 4.3bn")
    assert spent.subject != "previous year"


def test_shares_of_a_company_are_its_and_rise_as_much_as() -> None:
    fact = only("Shares of Varuna rose as much as 4.2% on Wednesday.", "4.2%")
    assert (fact.subject, fact.attribute, fact.property) == ("Varuna", "Shares growth", "change")


def test_a_month_or_place_after_a_percentage_is_not_what_it_measures() -> None:
    assert only("Inflation stood at 33.2% in December.", "33.2%").attribute == "Inflation"
    assert only("Its share was 53.6% in containers.", "53.6%").attribute == "containers"


def test_a_way_of_travel_makes_a_measure_a_distance_or_travel_time() -> None:
    text = "The site is 15 km south-east of Stuttgart and 20 minutes by car from the airport."
    assert only(text, "15 km").attribute == "distance"
    assert only(text, "20 minutes").attribute == "travel time"
    assert only("The hall is 30 m long.", "30 m").attribute == "length"


def test_a_participle_of_extent_after_a_clause_subject_measures_that_subject() -> None:
    phase = only("The first phase, covering 380 hectares, is now largely complete.", "380 hectares")
    assert phase.subject == "first phase"
    road = only(
        "Construction of the internal road network, measuring 14.6 kilometres, was completed.",
        "14.6 kilometres",
    )
    assert road.subject == "internal road network"
    (zone,) = facts_of("The zone, covering 500 hectares, is open.", "Kiva Bay Free Zone")
    assert zone.subject == "Kiva Bay Free Zone"


def test_a_thing_of_a_measure_or_with_one_owns_it() -> None:
    text = "Projects include a printed circuit board plant of US$320 million in Yen Phong."
    plant = only(text, "US$320 million")
    assert (plant.subject, plant.attribute) == (
        "printed circuit board plant",
        "value of circuit board plant",
    )
    room = only("Facilities include a fabrication cleanroom of 4,800 m² and a node.", "4,800 m²")
    assert (room.subject, room.attribute) == (
        "fabrication cleanroom",
        "area of fabrication cleanroom",
    )
    works = only(
        "Works on a treatment plant with a capacity of 12,000 cubic metres per day began.",
        "12,000 cubic metres per day",
    )
    assert (works.subject, works.attribute) == ("treatment plant", "capacity")
    # a measure noun or a figure before "of" names no thing of its own
    for text, quote in [
        ("Gear units deliver a torque of 50 Nm.", "50 Nm"),
        ("Permits take a maximum of 30 days.", "30 days"),
        ("It received a grant of $5 million.", "$5 million"),
    ]:
        fact = only(text, quote)
        assert fact.subject not in ("torque", "maximum"), text
        assert not (fact.attribute or "").startswith("value of"), text


def test_the_base_of_a_comparison_dates_neither_the_change_nor_the_value() -> None:
    text = (
        "At the close of 2024, the park hosted 74 companies, which together employed 2,350 "
        "people, 18% more than in 2022."
    )
    assert {f.quote: f.period for f in facts_of(text)} == {
        "74": "2024",
        "2,350": "2024",  # the fronted date frames the relative clause too
        "18%": "2024",
    }
    text = (
        "Exports were valued at KSh 52.3 billion in 2025, up 18.7 per cent on the same "
        "period of 2024."
    )
    assert only(text, "18.7 per cent").period == "2025"


def test_a_fronted_date_frames_an_of_which_clause() -> None:
    text = "In 2024, enterprises filed 12,800 patent applications, of which 5,600 were inventions."
    assert only(text, "5,600").period == "2024"


def test_the_financial_year_ended_on_a_day_is_that_year() -> None:
    text = "In the financial year ended 31 December 2024, it reported revenue of RM1.92 billion."
    assert only(text, "RM1.92 billion").period == "2024"


def test_a_participle_of_extent_is_not_dated_by_its_sentence_event() -> None:
    text = "The road network, measuring 14.6 kilometres, was completed in August 2025."
    assert only(text, "14.6 kilometres").period is None
    text = "Phase two, covering a further 1,600 hectares, is scheduled to open in 2027."
    assert only(text, "1,600 hectares").period is None


def test_counts_listed_after_a_counted_noun_count_the_same_thing() -> None:
    text = (
        "As of 2025, 63 projects were registered, of which 41 were in operation and "
        "15 were under construction."
    )
    assert [f.attribute for f in facts_of(text)] == ["projects", "projects", "projects"]
    text = (
        "Investors from Poland accounted for 27 decisions, followed by Germany (14) and Japan (6)."
    )
    assert [(f.subject, f.attribute) for f in facts_of(text)] == [
        ("Investors from Poland", "decisions"),
        ("Germany", "decisions"),  # a name before a bracketed count owns it
        ("Japan", "decisions"),
    ]
    assert [f.attribute for f in facts_of("He scored 3 goals and 2 assists.")] == [
        "goals",
        "assists",
    ]


def test_accounted_for_links_its_subject_and_a_quarter_is_no_attribute() -> None:
    assert only(
        "Manufacturing accounted for 356.9 billion tenge.", "356.9 billion tenge"
    ).attribute == ("Manufacturing")
    assert only("The vacancy rate averaged 4.8% in the third quarter.", "4.8%").attribute == (
        "vacancy rate"
    )


def test_a_page_that_opens_with_its_headline_reads_its_dateline_and_subject_after_it() -> None:
    title = "Kaveri profit jumps 34% on smartphone assembly surge"
    text = (
        f"{title}\n\nCHENNAI, May 8, 2025 (Reuters) - Kaveri Electronics Ltd said on Thursday "
        "its profit rose 34% to Rs 410 crore. Its shares rose 2.2% last year."
    )
    facts = article_facts(text, title)
    assert {f.quote: f.subject for f in facts}["2.2%"] == "Kaveri Electronics Ltd"
    events = {e.quote: e.date for e in article_events(text, title)}
    assert events["last year"] == "2024"  # from the dateline in the sentence after the title


def test_a_fact_sheet_line_is_about_its_numbered_or_facility_label() -> None:
    text = "Berths 1–4 (container and multipurpose): 920 metres, alongside depth 13.5 metres."
    facts = facts_of(text, "Port of Bauang Bay")
    assert [(f.subject, f.attribute) for f in facts] == [
        ("Berths 1–4", "length"),
        ("Berths 1–4", "alongside depth"),
    ]
    (channel, _) = facts_of("Approach channel: 3.2 km long, 180 metres wide.", "Port of Bauang Bay")
    assert channel.subject == "Approach channel"
    # a label that names a measure, a one-word heading or a line that goes on as a clause
    for text in (
        "Container throughput: 1.65 million TEU in 2024.",
        "Water: 5,000 cubic metres per day from boreholes.",
        "Note: the port handled 2 million tonnes in 2024.",
    ):
        assert facts_of(text, "Port of Bauang Bay")[0].subject == "Port of Bauang Bay", text


def test_a_verb_after_the_subject_and_its_apposition_is_the_main_verb() -> None:
    text = (
        "Santos, Latin America's busiest port, moved a record 179.8 million tonnes of cargo "
        "in 2023, up 10.4% from the year before."
    )
    assert {f.quote: f.period for f in facts_of(text)} == {
        "179.8 million tonnes": "2023",
        "10.4%": "2023",  # the change of the year the clause before it dates
    }
    text = "ACT, which opened in 2014, handled 1.2 million tonnes in 2024, a rise of 9.8% on 2023."
    assert only(text, "9.8%").period == "2024"
    # a participle between commas is no main verb when one follows it
    assert only("The company, founded in 1987, employed 300 people.", "300").period is None


def test_compound_measure_nouns_link_and_an_observer_who_says_owns_nothing() -> None:
    text = "Total imports and exports amounted to 89.4 billion yuan, up 7.6 per cent."
    assert only(text, "89.4 billion yuan").attribute == "Total imports and exports"
    text = "Vehicle exports reached 141 billion dirhams last year, the trade ministry said."
    (fact,) = facts_of(text, "Tanja Atlas Free Zone")
    assert fact.subject != "trade ministry"
    text = "Revenue climbed 18.7% to 2.9 billion pesos, the Monterrey-based company said."
    assert only(text, "2.9 billion pesos").subject == "Monterrey-based company"


def test_the_object_a_verb_moves_from_or_to_a_value_owns_it() -> None:
    text = (
        "The Port of Santos is a port in Brazil. The expansion will lift the facility's "
        "annual capacity from 1.6 million tonnes to 2.5 million tonnes by 2027. Works will "
        "take the access channel from 14.5 metres to 16 metres. It will raise capacity to "
        "5.5 million tonnes."
    )
    assert [f.subject for f in article_facts(text, "Port of Santos")] == [
        "facility",
        "facility",  # where a change ends has the owner of where it starts
        "access channel",
        "Port of Santos",  # a bare measure is no owner
    ]


def test_a_long_predicate_that_a_preposition_ends_is_read_in_linear_time() -> None:
    # PREDICATE_NOUN once tried every split of these words into pieces: minutes for one
    # sentence (the article was rejected after 300 s); 40 words must still be instant.
    from pipeline.extract.description_patterns import PREDICATE_NOUN

    text = "Among them is a " + " ".join(["RM1.6 billion advanced"] * 14) + " facility to"
    assert PREDICATE_NOUN.search(text) is None
    text = (
        "Among them is a RM1.6 billion advanced packaging and test facility to be built by "
        "Lumina Microsystems Sdn Bhd on a 28-acre site, which will employ up to 1,100 people."
    )
    assert only(text, "1,100").unit == "count"


def test_a_headline_is_about_the_name_of_its_own_subject() -> None:
    first = (
        "OTTAWA, May 2 - Northwind Freight Ltd. will open a depot at the Carleton Logistics "
        "Park near Ottawa, the company said."
    )
    headline = "Northwind Freight to open C$40-million depot at Ottawa logistics park"
    assert page_subject(headline, first) == "Northwind Freight Ltd"
    # a government that announces is not what the news is about
    first = "The Regional Government approved €9 million for the Vega Agrifood Park in Murcia."
    headline = "Regional Government approves €9 million for the Vega Agrifood Park"
    assert page_subject(headline, first) == "Vega Agrifood Park"


def test_the_lead_is_the_first_sentence_of_prose_after_the_headline() -> None:
    from pipeline.extract.topic import lead_text
    from pipeline.model import Sentence

    lines = [
        "Region funds second phase of Ruse Danube Park",
        "PRESS RELEASE",
        "Press Office, Ruse Regional Administration",
        "Ruse, 3 April 2025",
        "The Council of Ministers today approved BGN 20 million for Ruse Danube Park EAD.",
    ]
    sentences = [Sentence(f"d:{i}", "d", None, i, 0, len(t), t) for i, t in enumerate(lines)]
    assert lead_text(lines[0], sentences) == lines[4]
