"""What every number and date is about: subject, attribute, property, period and the
description of what happened, one test per class of behaviour (sentences of our own)."""

from __future__ import annotations

from pipeline.extract.events import extract_events
from pipeline.extract.properties import PROPERTIES, property_for
from pipeline.extract.quantities import extract_quantities
from pipeline.extract.topic import read_topic
from pipeline.model import Document, Fact
from pipeline.segment import segment_document


def facts_of(text: str, title: str = "Harbourside Tech Park") -> dict[str, Fact]:
    """Facts of an article (segmented, events resolved in context), by quote."""
    doc = Document("t", title, "test", None, "0", text)
    sentences = segment_document(doc)
    return {f.quote: f for f in extract_quantities(doc, sentences, extract_events(doc, sentences))}


def fact(text: str, quote: str, title: str = "Harbourside Tech Park") -> Fact:
    return facts_of(text, title)[quote]


def descriptions(text: str, title: str = "Test") -> dict[str, str]:
    doc = Document("t", title, "test", None, "0", text)
    sentences = segment_document(doc)
    return {e.quote: e.description for e in extract_events(doc, sentences)}


# --- topic -----------------------------------------------------------------------------


def test_topic_aliases_and_kinds_come_from_the_first_sentence() -> None:
    topic = read_topic(
        "Harbourside Tech Park",
        "Harbourside Tech Park (commonly shortened to HTP, formerly known as Dockside "
        "Works) is a science park and business campus in Port Mara.",
    )
    assert topic.aliases == ("HTP", "Dockside Works")
    assert topic.describes("park") and topic.describes("campus")
    assert not topic.describes("island")  # the first sentence says what the topic is


# --- subjects --------------------------------------------------------------------------


def test_pronouns_and_descriptions_of_the_topic_are_the_title() -> None:
    first = "Harbourside Tech Park is a science park in Port Mara. "
    assert fact(first + "It covers 40 hectares.", "40 hectares").subject == "Harbourside Tech Park"
    assert fact(first + "The park hosts 120 firms.", "120").subject == "Harbourside Tech Park"


def test_a_name_in_the_clause_owns_its_value() -> None:
    text = "In 2019, Marlow Robotics, a tenant, employed 300 engineers."
    assert fact(text, "300").subject == "Marlow Robotics"


def test_a_value_that_modifies_a_noun_belongs_to_that_noun() -> None:
    assert fact("The council approved a $40 million expansion.", "$40 million").subject == (
        "expansion"
    )
    text = "Harbourside Tech Park is a 90-hectare campus near the river."
    assert fact(text, "90-hectare").subject == "Harbourside Tech Park"  # the predicate's


def test_a_value_in_a_relative_clause_belongs_to_its_antecedent() -> None:
    text = "The line ends at Kestrel Harbour, which lies 14 km away from the park."
    assert fact(text, "14 km").subject == "Kestrel Harbour"


def test_a_value_in_a_fronted_phrase_belongs_to_the_main_subject() -> None:
    text = "With roughly 2,000 staff, Marlow Robotics is the largest tenant."
    assert fact(text, "2,000").subject == "Marlow Robotics"


def test_a_counted_subject_is_owned_by_the_place_it_is_in() -> None:
    text = "Harbourside Tech Park is a science park. About 8,000 people work there in 400 firms."
    found = facts_of(text)
    assert found["8,000"].subject == "Harbourside Tech Park"
    assert found["400"].subject == "Harbourside Tech Park"


def test_a_passive_agent_owns_the_counted_subject() -> None:
    text = "During the raid, twelve houses were burned by the Northern Legion."
    assert fact(text, "twelve").subject == "Northern Legion"


def test_the_attribute_of_something_names_its_owner() -> None:
    text = "The total area of the Kestrel Free Zone is 12 km²."
    assert fact(text, "12 km²").subject == "Kestrel Free Zone"


def test_a_counted_subject_that_names_its_group_owns_the_value() -> None:
    text = "In March 1855, three Belgian engineers repaired the bridge."
    assert fact(text, "three", "Battle of Kestrel Ridge").subject == "Belgian engineers"


def test_the_title_needs_the_sentence_to_refer_to_the_topic() -> None:
    text = "Kestrel Ridge was a battle. The 40 gunners fired from the hills above the Tay."
    assert fact(text, "40", "Battle of Kestrel Ridge").subject is None  # whose gunners?
    text = "Kestrel Ridge was a battle. About 900 soldiers died in the fighting."
    assert fact(text, "900", "Kestrel Ridge").subject == "Kestrel Ridge"  # no other owner


def test_he_of_an_article_that_is_no_biography_is_the_last_name_before_it() -> None:
    title = "Moonlight Harbour (film)"
    text = (
        "Moonlight Harbour is a 1998 drama film. Ortega agreed, and later said he was paid $12,000."
    )
    assert fact(text, "$12,000", title).subject == "Ortega"
    text = (
        "Coastal steamers were small ships. The Aurora was launched at Leith. She reached 14 knots."
    )
    assert fact(text, "14 knots", "Coastal steamers").subject == "Aurora"  # a sentence back
    text = "Moonlight Harbour is a 1998 drama film. Later he was paid $9,000 for the script."
    assert fact(text, "$9,000", title).subject is None  # no name he can stand for


def test_a_biography_is_told_by_its_first_sentence() -> None:
    text = "Tom Reyes is an American actor. He appeared in 12 films."
    assert fact(text, "12", "Tom Reyes").subject == "Tom Reyes"


def test_nouns_that_name_a_quantity_are_never_owners() -> None:
    first = "Harbourside Tech Park is a science park. "
    assert fact(first + "The number of visitors reached 40,000.", "40,000").subject == (
        "Harbourside Tech Park"
    )
    text = first + "The result was that 300 families left the town."
    assert fact(text, "300").subject == "Harbourside Tech Park"
    assert fact(first + "Marlow's share was about 40%.", "40%").subject == "Marlow"


def test_a_noun_ending_like_an_adjective_is_no_fragment() -> None:
    text = "Port Mara is a town. Following repairs in 2001, the hospital now has 120 beds."
    assert fact(text, "120", "Port Mara").subject == "hospital"


def test_a_participle_of_extent_measures_the_object_before_it() -> None:
    text = "Port Mara is a town. The council built the Riverside Hall (RH), covering 2,000 m²."
    assert fact(text, "2,000 m²", "Port Mara").subject == "Riverside Hall"


def test_a_measure_in_brackets_after_a_name_is_that_name_s() -> None:
    text = "She finished behind Kenya's Ruth Wanjiru (11.42 seconds) in the final."
    assert fact(text, "11.42 seconds", "Port Mara").subject == "Ruth Wanjiru"


# --- attributes and properties ---------------------------------------------------------


def test_attribute_is_the_head_phrase_of_what_is_counted_or_measured() -> None:
    text = "The zone hosts 45 licensed logistics companies and 3 cargo terminals in total."
    found = facts_of(text)
    assert found["45"].attribute == "licensed logistics companies"
    assert found["3"].attribute == "cargo terminals"
    assert fact("The port had a throughput of about 9 million tonnes.", "9 million tonnes")
    assert (
        fact("The port had a throughput of about 9 million tonnes.", "9 million tonnes").attribute
        == "throughput"
    )


def test_shares_and_sums_are_of_what_follows_of() -> None:
    text = "Exports made up 64% of the zone's total revenue, and $2 billion of investment."
    found = facts_of(text)
    assert found["64%"].attribute == "total revenue"
    assert found["$2 billion"].attribute == "investment"


def test_a_linking_verb_names_what_is_measured() -> None:
    assert fact("Mean annual snowfall is about 300 mm.", "300 mm").attribute == (
        "Mean annual snowfall"
    )


def test_shapes_calibres_and_time_after_name_the_dimension() -> None:
    assert fact("The islet lies 6 km offshore.", "6 km").attribute == "distance"
    assert fact("The fort mounted a 12-inch gun.", "12-inch").attribute == "calibre"
    text = "The diary was found forty years after her death."
    assert fact(text, "forty years").attribute == "time after death"


def test_property_comes_from_the_attribute_and_the_unit() -> None:
    assert property_for("tax revenues", "money", None) == "tax_revenue"
    assert property_for("employees", "count", None) == "employees"
    assert property_for(None, "measure", "area") == "area"
    assert property_for("beds", "count", None) == "beds"
    assert property_for("spectators", "count", None) is None
    found = fact("The campus covers 40 hectares.", "40 hectares")
    assert (found.property, found.wikidata_property) == ("area", "P2046")


def test_the_vocabulary_is_one_table_with_unique_names() -> None:
    names = [p.name for p in PROPERTIES]
    assert len(names) == len(set(names))
    assert all(p.wikidata is None or p.wikidata.startswith("P") for p in PROPERTIES)


# --- periods ---------------------------------------------------------------------------


def test_a_date_of_another_event_gives_no_period() -> None:
    text = "The zone opened in 1998 and now covers 30 hectares."
    assert fact(text, "30 hectares").period is None  # a state now, not in 1998
    text = "Harbourside Tech Park, founded by the city in 2001, spans 50 hectares."
    assert fact(text, "50 hectares").period is None


def test_a_clause_with_no_verb_shares_the_date_of_its_sentence() -> None:
    text = "The port handled 20 million tonnes in 2015, with 3,000 ship calls."
    found = facts_of(text)
    assert found["20 million tonnes"].period == "2015"
    assert found["3,000"].period == "2015"


def test_fiscal_years_and_spans() -> None:
    assert fact("In fiscal year 2018/19 the park earned $4 million.", "$4 million").period == "2018"
    assert fact("Revenue in FY2021 reached $7 million.", "$7 million").period == "2021"
    text = "From 2012 to 2016, tenants raised $90 million."
    assert fact(text, "$90 million").period is None  # a span across years: no one period
    text = "Between March and June 2019, the park hosted 40 events."
    assert fact(text, "40").period == "2019"


def test_anaphora_and_then_take_the_narrative_year() -> None:
    text = "The park opened in 2004. That same year it housed 12 firms. It then had 90 staff."
    found = facts_of(text)
    assert found["12"].period == "2004"
    assert found["90"].period == "2004"


def test_a_year_before_a_report_noun_governs_its_findings() -> None:
    text = "An independent 2019 survey reported that tenants employed more than 4,000 people."
    assert fact(text, "4,000").period == "2019"


def test_a_finite_origin_verb_lends_its_date() -> None:
    text = "She founded the club in 1987, and won 14 titles."
    assert fact(text, "14", "Mara Venn").period == "1987"


def test_distances_and_later_states_take_no_period_of_another_clause() -> None:
    text = "The jetty to the island, 6 km away, was finished in 1931."
    assert fact(text, "6 km").period is None
    text = "In 2012, the firm built a hall, then extended it, thus adding 300 seats."
    assert fact(text, "300").period is None
    text = "The town, with three other towns, is a member of a plan for 2030."
    assert fact(text, "three").period is None  # what the town is, not what 2030 will be


def test_was_is_past_for_the_sentence_s_one_date() -> None:
    text = "The situation at the end of 1940 was that some 2,000 evacuees were in Jamaica."
    assert fact(text, "2,000").period == "1940"


# --- dates and descriptions ------------------------------------------------------------


def test_heading_years_date_the_section() -> None:
    text = (
        "The fleet was formed in 1950.\n\n== Coastal raids: 1943 ==\n\n"
        "On 18 July 1943, a raid hit the harbour.\n\nOn 24 September, a second raid followed.\n"
    )
    doc = Document("t", "Northern Fleet", "test", None, "0", text)
    dates = {e.quote: e.date for e in extract_events(doc, segment_document(doc))}
    assert dates["24 September"] == "1943-09-24"


def test_descriptions_say_what_happened_with_its_actor() -> None:
    found = descriptions(
        "The old ferry terminal, Harbour Hall, was opened in June 1961. "
        "In 1975, Marlow Robotics (MR) moved its offices to the park. "
        "Built in 1911, the bridge carried trams for decades. "
        "The chapel was begun in 1820 but was finished in 1826. "
        "The poet Anna Vell (1890 – 1962) wrote of the harbour. "
        "Ivo Marsh (Latin: Ivus; c. 1120 – 1190) was a monk. Bede Oaks (floruit 1200 to 1230) "
        "was a scribe."
    )
    assert found["June 1961"] == "old ferry terminal opened"
    assert found["1975"] == "Marlow Robotics moved its offices to the park"
    assert found["1911"] == "bridge built"
    assert found["1826"] == "chapel finished"
    assert (found["1890"], found["1962"]) == ("Anna Vell born", "Anna Vell died")
    assert found["1190"] == "Ivo Marsh died"  # the dates after the bracket's last ";"
    assert found["1200"] == "Bede Oaks active"


def test_he_and_she_are_the_article_person_only_in_a_biography() -> None:
    life = "Mara Venn (born 4 May 1950) is a sailor. In 1980, she won the Fastnet race."
    assert descriptions(life, "Mara Venn")["1980"] == "Mara Venn won the Fastnet race"
    film = "Tide Line is a 1961 film. In 1958, he wrote the first draft."
    assert descriptions(film, "Tide Line (film)")["1958"] == "wrote the first draft"


def test_the_dataset_card_publishes_the_vocabulary_from_its_one_table() -> None:
    from pipeline.package.card import property_vocabulary

    rows = [line for line in property_vocabulary() if line.startswith("| `")]
    assert len(rows) == len(PROPERTIES)
    assert any("`area`" in r and "P2046" in r for r in rows)


def test_an_honour_listed_in_a_biography_names_the_person() -> None:
    text = "Mara Venn (born 4 May 1950) is a sailor.\n\n- Sailor of the Year (1979, 1983)\n"
    found = descriptions(text, "Mara Venn")
    assert found["1979"] == found["1983"] == "Mara Venn named Sailor of the Year"


def test_a_year_before_a_work_or_a_happening_dates_that_noun() -> None:
    found = descriptions(
        "Critics still praise her 1931 Harbour at Dusk. "
        "After the 1987 closure of the Marlow cannery, the quay fell silent. "
        "The trawler fleet grew after Ola Brenn's retirement in 1962. "
        "She later showed two of her paintings: Low Tide (1934) and Gulls (1936)."
    )
    assert found["1931"] == "Harbour at Dusk"
    assert found["1987"] == "closure of the Marlow cannery"
    assert found["1962"] == "Ola Brenn's retirement"
    assert found["1934"] == "Low Tide painted"


def test_a_work_that_opens_the_sentence_frames_its_clause() -> None:
    found = descriptions("In her 1977 survey of the coast, Ida Rusk counted 40 lighthouses.")
    assert found["1977"] == "Ida Rusk counted 40 lighthouses"


def test_a_compared_deed_takes_the_verb_of_the_main_clause() -> None:
    found = descriptions(
        "In May she sailed around the cape alone, the first since Rona Vell did it in 1958."
    )
    assert found["1958"] == "Rona Vell sailed around the cape alone"
    ranked = descriptions(
        "He became the third rower to cross the strait twice, the first since Pell Marr "
        "did it in 1990."
    )
    assert ranked["1990"] == "Pell Marr cross the strait twice"


def test_a_clause_with_no_verb_after_and_borrows_the_verb_before() -> None:
    found = descriptions(
        "The north pier was rebuilt by Hale in 1904, and the south pier by Orr in 1911."
    )
    assert found["1911"] == "south pier rebuilt by Orr"


def test_a_when_clause_after_the_date_says_what_happened() -> None:
    found = descriptions("The island was a naval base until 1971, when it opened to visitors.")
    assert found["1971"] == "island opened to visitors"


def test_a_participle_after_a_comma_is_said_of_the_noun_before_it() -> None:
    found = descriptions(
        "The town is served by a ferry known as the Sound Link, launched in May 2004. "
        "In June 1911, Tam Orrin, the keeper of the north light, resigned his post."
    )
    assert found["May 2004"] == "Sound Link launched"
    assert found["June 1911"] == "Tam Orrin resigned his post"


def test_a_date_in_brackets_with_a_span_or_a_source_is_no_name() -> None:
    found = descriptions(
        "The district has 52,000 residents (Regional Household Count March 2019). "
        "The cup was shared with Lena Fosse (May 1990 – July 1993) and Bo Ekman."
    )
    assert found["March 2019"] == "district has 52,000 residents"
    assert found["May 1990"] == "cup was shared with Lena Fosse"


def test_a_life_span_with_a_bare_end_year_is_a_birth() -> None:
    found = descriptions("It is no wonder that Orla Finn (c. 12 BC – 40), a poet, wrote of ships.")
    assert found["12 BC"] == "Orla Finn born"


def test_coordinated_predicates_and_gapped_clauses_keep_their_actor() -> None:
    found = descriptions(
        "The school was founded in 1990 and renamed in 2001. "
        "The ferry opened in 1978, closed in 1996. "
        "The mill opened in 1890 and it was converted into flats in 1985."
    )
    assert found["2001"] == "school renamed"
    assert found["1996"] == "ferry closed"
    assert found["1985"] == "mill converted into flats"


def test_a_decade_after_a_preposition_is_a_time_not_a_modifier() -> None:
    found = descriptions("From the 1920s to the 1950s most trawlers carried sails.")
    assert found["1950s"] == "most trawlers carried sails"


def test_a_participle_in_brackets_after_a_name_is_said_of_that_name() -> None:
    found = descriptions("The cup went to Lena Fosse (later knighted in 1999) and Bo Ekman.")
    assert found["1999"] == "Lena Fosse knighted"
