"""The entity pass: names, types, aliases and relations, one test per class of rule, on
sentences written for these tests; and the seed article against its entity gold."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from pipeline.assemble import DocumentResult, document_rows, merge_entities
from pipeline.evaluate.entities import (
    load_published_entities,
    read_entity_gold,
    score_entity_gold,
)
from pipeline.export import read_table, table_parts, write_table
from pipeline.extract.entities import EntityRecords, extract_entities, link_fact_subjects
from pipeline.extract.entities.ids import entity_id
from pipeline.model import Document, Fact
from pipeline.run import run_pipeline
from pipeline.segment import segment_document
from schemas import TABLES
from tests.conftest import ARTICLES, FIXTURES

SEED_GOLD = FIXTURES / "entities" / "seed.jsonl"


def article(body: str, title: str = "Harbourview Science Park", doc_id: str = "t") -> Document:
    text = f"= {title} =\n\n{body}\n"
    return Document(doc_id, title, "test", None, "0" * 64, text)


def read(body: str, title: str = "Harbourview Science Park") -> EntityRecords:
    doc = article(body, title)
    return extract_entities(doc, segment_document(doc))


def entities(records: EntityRecords) -> dict[str, str]:
    return {e.name: e.type for e in records.entities}


def relations(records: EntityRecords) -> set[tuple[str, str, str]]:
    names = {e.entity_id: e.name for e in records.entities}
    return {
        (
            names[r.subject_id],
            r.predicate,
            names[r.object_id] if r.object_id else f"={r.object_value}",
        )
        for r in records.relations
    }


def test_head_words_type_names_joined_by_connectors() -> None:
    found = entities(
        read(
            "Harbourview Science Park hosts the Department of Marine and Coastal Studies. "
            "The Port of Esterhaven and the Velmont Sailing Association are nearby."
        )
    )
    assert found["Department of Marine and Coastal Studies"] == "organization"
    assert found["Port of Esterhaven"] == "facility"
    assert found["Velmont Sailing Association"] == "organization"


def test_a_bracketed_acronym_is_a_mention_and_an_alias() -> None:
    records = read("The park was opened by the Bureau of Tidal Energy Research (BTER) in 2001.")
    bureau = "Bureau of Tidal Energy Research"
    assert entities(records)[bureau] == "organization"
    assert [
        m.quote for m in records.mentions if m.entity_id == entity_id(bureau, "organization")
    ] == [
        bureau,
        "BTER",
    ]
    assert (bureau, "alias_of", "=BTER") in relations(records)


def test_alias_phrases_point_to_the_name_before_them() -> None:
    records = read("Harbourview Science Park, formerly known as Dockside Tech Quarter, grew fast.")
    assert entities(records) == {"Harbourview Science Park": "facility"}
    assert ("Harbourview Science Park", "alias_of", "=Dockside Tech Quarter") in relations(records)


def test_a_title_marks_a_person_and_the_office_they_hold() -> None:
    records = read("The park was proposed by Governor Maria Lindqvist in 1998.")
    assert entities(records)["Maria Lindqvist"] == "person"
    assert ("Maria Lindqvist", "position_held", "=Governor") in relations(records)
    assert ("Harbourview Science Park", "initiated_by", "Maria Lindqvist") not in relations(records)


def test_places_from_the_gazetteer_and_their_apposition() -> None:
    records = read("Harbourview Science Park is a research park in Gothenburg, Sweden.")
    assert entities(records)["Gothenburg"] == "place"
    assert entities(records)["Sweden"] == "place"
    assert {
        ("Harbourview Science Park", "located_in", "Gothenburg"),
        ("Gothenburg", "located_in", "Sweden"),
    } <= relations(records)


def test_a_passive_by_phrase_gives_every_listed_agent() -> None:
    records = read(
        "Harbourview Science Park was founded by Anna Berglund, Jonas Ekholm and Peter Dahl."
    )
    founders = {o for s, p, o in relations(records) if p == "founded_by"}
    assert founders == {"Anna Berglund", "Jonas Ekholm", "Peter Dahl"}


def test_a_sector_list_with_sub_areas() -> None:
    records = read(
        "Harbourview Science Park opened in 1990. "
        "The park focuses on two sectors: robotics (drones and exoskeletons) and marine biology."
    )
    assert {
        ("Harbourview Science Park", "focuses_on", "robotics"),
        ("Harbourview Science Park", "focuses_on", "marine biology"),
        ("drones", "part_of", "robotics"),
        ("exoskeletons", "part_of", "robotics"),
    } == relations(records)
    assert {k for n, k in entities(records).items() if n != "Harbourview Science Park"} == {
        "sector"
    }


def test_an_award_with_its_granting_body() -> None:
    records = read(
        "Harbourview Science Park opened in 1990. "
        "In 2015 the park was named Europe's Best Waterfront Campus by the Nordic Building Council."
    )
    assert entities(records)["Europe's Best Waterfront Campus"] == "award"
    assert {
        ("Harbourview Science Park", "awarded", "Europe's Best Waterfront Campus"),
        ("Europe's Best Waterfront Campus", "recognized_by", "Nordic Building Council"),
    } <= relations(records)


def test_a_park_that_is_home_to_an_institute() -> None:
    records = read("Harbourview Science Park is home to the Kestrel Robotics Institute.")
    assert ("Harbourview Science Park", "hosts", "Kestrel Robotics Institute") in relations(records)


def test_see_also_items_relate_to_the_topic() -> None:
    records = read(
        "Harbourview Science Park is a park.\n\n== See also ==\n- Dockside Innovation Hub\n- Port of Esterhaven"
    )
    assert {o for s, p, o in relations(records) if p == "see_also"} == {
        "Dockside Innovation Hub",
        "Port of Esterhaven",
    }


def test_unknown_names_and_common_words_are_left_out() -> None:
    records = read("Several companies moved in. Zorblax Quentiff was mentioned once, in passing.")
    assert records.entities == [] and records.relations == []


def test_every_record_is_grounded_in_its_sentence() -> None:
    doc = article(
        "Harbourview Science Park (HSP) is a research park in Gothenburg, Sweden, owned by "
        "the Velmont Sailing Association."
    )
    records = extract_entities(doc, segment_document(doc))
    mentioned = {m.entity_id for m in records.mentions}
    assert {e.entity_id for e in records.entities} == mentioned
    for record in [*records.mentions, *records.relations]:
        assert doc.text[record.char_start : record.char_end] == record.quote
    for relation in records.relations:
        assert relation.subject_id in mentioned
        assert relation.object_id is None or relation.object_id in mentioned


def assemble_tables(results: list[DocumentResult]) -> dict[str, pd.DataFrame]:
    """The tables of several documents, as the run publishes them."""
    rows: dict[str, list[dict[str, object]]] = {}
    for result in results:
        for name, table_rows in document_rows(result).items():
            rows.setdefault(name, []).extend(table_rows)
    rows["entities"] = merge_entities(rows["entities"])
    return {name: pd.DataFrame(r, columns=TABLES[name].columns) for name, r in rows.items()}


def test_the_same_name_in_two_articles_is_one_entity() -> None:
    results = []
    for doc_id, title in (("a", "Harbourview Science Park"), ("b", "Port of Esterhaven")):
        doc = article(f"{title} is in Gothenburg, Sweden.", title, doc_id)
        sentences = segment_document(doc)
        results.append(DocumentResult(doc, sentences, [], [], extract_entities(doc, sentences)))
    tables = assemble_tables(results)
    places = tables["entities"][tables["entities"]["name"] == "Gothenburg"]
    assert len(places) == 1
    assert set(tables["mentions"][tables["mentions"]["quote"] == "Gothenburg"]["doc_id"]) == {
        "a",
        "b",
    }


def test_a_fact_subject_links_to_the_entity_of_that_name() -> None:
    records = read("Harbourview Science Park (HSP) covers 40 hectares.")
    fact = Fact(
        "t", "t:s1", 0, 1, "=", 40.0, None, "ha", "exact", None, "HSP", None, "area", "area",
        "P2046", "x",
    )  # fmt: skip
    (linked,) = link_fact_subjects([fact], records)
    assert linked.subject_id == entity_id("Harbourview Science Park", "facility")
    (unlinked,) = link_fact_subjects(
        [fact.__class__(**{**fact.__dict__, "subject": "it"})], records
    )
    assert unlinked.subject_id is None


def test_aliases_round_trip_through_every_format(tmp_path: Path) -> None:
    records = read("Harbourview Science Park (HSP), also known as Dockside, opened.")
    doc = article("Harbourview Science Park (HSP), also known as Dockside, opened.")
    tables = assemble_tables([DocumentResult(doc, segment_document(doc), [], [], records)])
    write_table(tables["entities"], tmp_path, "entities")
    csv_cell = pd.read_csv(table_parts(tmp_path, "entities", "csv")[0])["aliases"][0]
    assert json.loads(csv_cell) == ["Dockside", "HSP"]
    json_line = table_parts(tmp_path, "entities", "jsonl")[0].read_text().splitlines()[0]
    assert json.loads(json_line)["aliases"] == ["Dockside", "HSP"]
    frames = [read_table(tmp_path, "entities", fmt) for fmt in ("parquet", "csv", "jsonl")]
    for frame in frames[1:]:
        pd.testing.assert_frame_equal(frames[0], frame)


@pytest.fixture(scope="module")
def seed_output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    raw = tmp_path_factory.mktemp("raw")
    (raw / "wuxi-iot-innovation-park.txt").write_bytes(
        (ARTICLES / "wuxi-iot-innovation-park.txt").read_bytes()
    )
    out = tmp_path_factory.mktemp("seed") / "output"
    run_pipeline(raw, out)
    return out


def test_the_seed_yields_exactly_its_entity_gold(seed_output: Path) -> None:
    score = score_entity_gold(read_entity_gold(SEED_GOLD), load_published_entities(seed_output))
    assert score.misses == []
    for counts in (score.mentions, score.entities, score.relations):
        assert counts.fp == 0 and counts.fn == 0 and counts.tp > 0


def test_the_scorer_matches_aliases_and_ignores_optional_items(
    seed_output: Path, tmp_path: Path
) -> None:
    line = {
        "doc": "wuxi-iot-innovation-park.txt",
        "sentence": "Wuxi Software Park",
        "entities": [
            {"quote": "Wuxi Software Park", "name": "Software Park of Wuxi", "type": "facility"}
        ],
        "relations": [
            {"subject": "Micro-Nano Park", "predicate": "see_also", "object": "Wuxi Software Park"},
            {
                "subject": "Wuxi Software Park",
                "predicate": "located_in",
                "object": "Wuxi",
                "optional": True,
            },
        ],
    }
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(line) + "\n", encoding="utf-8")
    score = score_entity_gold(read_entity_gold(gold), load_published_entities(seed_output))
    # the gold name differs, but its quote is the published entity's mention
    assert (score.entities.tp, score.entities.fp, score.entities.fn) == (1, 0, 0)
    # the topic's alias names the subject; the optional relation counts neither way
    assert (score.relations.tp, score.relations.fp, score.relations.fn) == (1, 0, 0)


def test_and_joins_words_of_one_name_but_not_two_names() -> None:
    found = entities(
        read(
            "The Harbourview Science and Innovation Campus lies between Route 12 and Quarry "
            "Road. It is near Gothenburg and Lindholmen Industrial Park."
        )
    )
    assert found["Harbourview Science and Innovation Campus"] == "facility"
    assert found["Quarry Road"] == "facility"
    assert found["Lindholmen Industrial Park"] == "facility"
    assert not any(" and " in name for name in found if name.startswith(("Route", "Goth")))


def test_months_numerals_and_scores_are_no_names() -> None:
    found = entities(
        read(
            "Visitors peaked in March. Pope Leo and Pope I met. "
            "The Velmont Sailing Association beat Gothenburg State 70 – 55."
        )
    )
    assert "March" not in found and "I" not in found
    assert not any(name.endswith("70") for name in found)


def test_a_title_opening_a_name_with_its_own_head_is_part_of_the_name() -> None:
    records = read(
        "Queen Margarethe Harbour City is a new district. "
        "Lieutenant Colonel Anna Berglund and Hall of Famer Jonas Ekholm visited it."
    )
    found = entities(records)
    assert found["Queen Margarethe Harbour City"] == "place"
    assert found["Anna Berglund"] == "person" and found["Jonas Ekholm"] == "person"
    assert not any(p == "position_held" for _, p, _ in relations(records))


def test_companies_and_divisions_are_typed_by_their_heads_not_as_people() -> None:
    found = entities(
        read(
            "Harbourview Science Park was built by Lindqvist Properties for the Gothenburg "
            "Division. Warner Bros. filmed there; the team beat Gothenburg State."
        )
    )
    assert found["Lindqvist Properties"] == "organization"
    assert found["Warner Bros."] == "organization"
    assert found["Gothenburg Division"] == "place"
    assert found["Gothenburg State"] == "organization"


def test_sector_lists_hold_fields_not_clauses_instances_or_themes() -> None:
    records = read(
        "Harbourview Science Park is a state-funded project focusing on the manufacturing of "
        "ships, ferries, and the marine engine industry. It has two zones: one located in "
        "Gothenburg, segregated from the port. It hosts industries such as a Velmont paper mill."
    )
    assert {n for n, k in entities(records).items() if k == "sector"} == {
        "ships",
        "ferries",
        "marine engine",
    }
    film = read("Harbour Lights is a 1999 film that focuses on loneliness.", "Harbour Lights")
    assert not [e for e in film.entities if e.type == "sector"]


def test_names_in_other_scripts_and_romanisations_in_brackets_are_aliases() -> None:
    records = read(
        "Harbourview Science Park (港景科學園, Gangjing Kexue Yuan; Arabic: حديقة العلوم) "
        "is a park in Gothenburg, Sweden."
    )
    aliases = {o for s, p, o in relations(records) if p == "alias_of"}
    assert aliases == {"=港景科學園", "=Gangjing Kexue Yuan", "=حديقة العلوم"}
    quotes = {m.quote for m in records.mentions}
    assert {"港景科學園", "Gangjing Kexue Yuan", "حديقة العلوم"} <= quotes


def test_an_acronym_or_a_short_name_before_a_bracketed_full_name() -> None:
    records = read(
        "The park was planned with NBC (Nordic Building Council) and with Velmora "
        "(Velmont Maritime Institute)."
    )
    rels = relations(records)
    assert ("Nordic Building Council", "alias_of", "=NBC") in rels
    assert ("Velmora", "alias_of", "=Velmont Maritime Institute") in rels
    assert entities(records)["Velmora"] == "organization"


def test_the_first_sentence_may_name_the_topic_in_full() -> None:
    records = read(
        "Harbourview Greater Lindholmen Tec-Hub also called Harbourview, is a district in "
        "the Gothenburg region, Sweden.",
        title="Harbourview",
    )
    names = {e.name for e in records.entities}
    assert "Harbourview Greater Lindholmen Tec-Hub" in names and "Harbourview" not in names
    assert (
        "Harbourview Greater Lindholmen Tec-Hub",
        "located_in",
        "Gothenburg region",
    ) in relations(records)


def test_location_chains_lists_and_placing_descriptions() -> None:
    rels = relations(
        read(
            "Harbourview Science Park is a research park in Lindholmen, Vastra Region, Sweden. "
            "It works with Gothenburg, Stockholm and Norway. It lies near Malmo, the largest port of Skane "
            "County. Uppsala, Vasteras, and Orebro Counties in Svealand region are "
            "partners."
        )
    )
    assert {
        ("Harbourview Science Park", "located_in", "Lindholmen"),
        ("Lindholmen", "located_in", "Vastra Region"),
        ("Vastra Region", "located_in", "Sweden"),
        ("Malmo", "located_in", "Skane County"),
        ("Uppsala County", "located_in", "Svealand region"),
        ("Vasteras County", "located_in", "Svealand region"),
        ("Orebro County", "located_in", "Svealand region"),
    } <= rels
    assert not any(s == "Gothenburg" and p == "located_in" for s, p, _ in rels)


def test_positions_in_appositions_predicates_and_inverted_statements() -> None:
    rels = relations(
        read(
            "Harbourview Science Park is a park. Its director, Anna Berglund, hired Jonas "
            "Ekholm. Jonas Ekholm was appointed as the new managing director and Group CFO. "
            "Lars Oskar Nyqvist, the governor of Vastmark, visited. The current president of "
            "the Velmont Sailing Association is Peter Dahl. Later he became chairman."
        )
    )
    assert {
        ("Jonas Ekholm", "position_held", "=managing director"),
        ("Jonas Ekholm", "position_held", "=Group CFO"),
        ("Lars Oskar Nyqvist", "position_held", "=governor of Vastmark"),
        ("Peter Dahl", "position_held", "=president"),
        ("Peter Dahl", "employed_by", "Velmont Sailing Association"),
        ("Peter Dahl", "position_held", "=chairman"),
    } <= rels


def test_a_title_said_again_in_full_is_one_position() -> None:
    rels = relations(read("The park was opened by King Olav Berge, the former king of Sweden."))
    assert {(s, o) for s, p, o in rels if p == "position_held"} == {
        ("Olav Berge", "=king of Sweden")
    }


def test_passive_agents_opening_clauses_and_later_operators() -> None:
    rels = relations(
        read(
            "Harbourview Science Park is a park. "
            "Managed by Velmora, a subsidiary of Kestrelcorp, it was set up in 1980. "
            "It was created in 1995, by the Nordic Building Council, and was operated by the "
            "Velmont Sailing Association until 2000, then by the Port Authority of Esterhaven."
        )
    )
    assert {
        ("Harbourview Science Park", "operated_by", "Velmora"),
        ("Velmora", "owned_by", "Kestrelcorp"),
        ("Harbourview Science Park", "founded_by", "Nordic Building Council"),
        ("Harbourview Science Park", "operated_by", "Velmont Sailing Association"),
        ("Harbourview Science Park", "operated_by", "Port Authority of Esterhaven"),
    } <= rels


def test_tenants_and_headquarters() -> None:
    rels = relations(
        read(
            "Harbourview Science Park welcomed its first tenant, Velmora (VLM). The largest "
            "tenant in the park is Swedish shipping company Kestrelcorp. Kestrelcorp opened "
            "its new regional headquarters at Harbourview Science Park. Lindqvist Properties, "
            "a Gothenburg-based developer, built it."
        )
    )
    assert {
        ("Harbourview Science Park", "hosts", "Velmora"),
        ("Harbourview Science Park", "hosts", "Kestrelcorp"),
        ("Kestrelcorp", "headquartered_in", "Harbourview Science Park"),
        ("Lindqvist Properties", "headquartered_in", "Gothenburg"),
    } <= rels


def test_award_recipients_selections_and_granting_bodies() -> None:
    rels = relations(
        read(
            "Anna Berglund is a sailor. The race earned Berglund Sailor of the Year honors "
            "from Seaworthy. She was also selected to the Nordic All-Star team in 2010.",
            title="Anna Berglund",
        )
    )
    assert {
        ("Anna Berglund", "awarded", "Sailor of the Year"),
        ("Sailor of the Year", "recognized_by", "Seaworthy"),
        ("Anna Berglund", "awarded", "Nordic All-Star team"),
    } <= rels


def test_teams_colon_lists_and_songs_of_an_album() -> None:
    rels = relations(
        read(
            "Anna Berglund is a sailor. In three seasons with the Gothenburg Gulls, Berglund "
            "won twice.",
            title="Anna Berglund",
        )
    )
    assert ("Anna Berglund", "member_of", "Gothenburg Gulls") in rels
    places = relations(read("The plan was to reach Scandinavia: Sweden, Norway, and Denmark."))
    assert {(s, o) for s, p, o in places if p == "part_of"} == {
        ("Sweden", "Scandinavia"),
        ("Norway", "Scandinavia"),
        ("Denmark", "Scandinavia"),
    }
    album = relations(
        read(
            'Harbour Lights is a 1999 album by Anna Berglund. She named "Quiet Sea" as one of '
            "the best songs on the album.",
            title="Harbour Lights",
        )
    )
    assert ("Quiet Sea", "part_of", "Harbour Lights") in album


def test_short_forms_of_people_and_organisations() -> None:
    records = read(
        "Harbourview Science Park hosts Velmont University. Marcus Tullius Varro taught "
        "there; Tullius later left. Velmont won the Nordic tournament, and SeaWorks announced "
        "a new lab."
    )
    found = entities(records)
    keys = {m.quote: m.entity_id for m in records.mentions}
    assert keys["Velmont"] == entity_id("Velmont University", "organization")
    assert keys["Tullius"] == entity_id("Marcus Tullius Varro", "person")
    assert found["Nordic tournament"] == "event"
    assert found["SeaWorks"] == "organization"


def test_names_listed_after_a_class_noun_take_its_type() -> None:
    found = entities(
        read(
            "Harbour Lights is a 1999 film. Its scenes recall the films North Sea, To Catch a "
            "Wave and Blue Harbour, and two ships, the Stella Nova and the Kestrel Star. "
            "Anna films Jonas Ekholm.",
            title="Harbour Lights",
        )
    )
    assert {n: k for n, k in found.items() if k in ("work", "facility")} == {
        "Harbour Lights": "work",
        "North Sea": "work",
        "To Catch a Wave": "work",
        "Blue Harbour": "work",
        "Stella Nova": "facility",
        "Kestrel Star": "facility",
    }
    assert found.get("Jonas Ekholm") != "work"


def test_a_definition_is_typed_by_its_last_noun() -> None:
    actor = read("Jonas Ekholm is a Swedish film and television actor.", title="Jonas Ekholm")
    assert entities(actor)["Jonas Ekholm"] == "person"
    emperor = read("Marcus Varro was Roman Emperor from 54 to 68.", title="Marcus Varro")
    assert entities(emperor)["Marcus Varro"] == "person"


def test_a_name_before_a_region_is_a_place_even_when_it_is_a_surname() -> None:
    records = read(
        "Jonas Lindholm is a sailor. Lindholm was born in Lindholm, Vastra Region. "
        "Lindholm won the Nordic Sailor of the Year award.",
        title="Jonas Lindholm",
    )
    kinds = [(m.quote, m.entity_id) for m in records.mentions if m.quote == "Lindholm"]
    assert kinds[1][1] == entity_id("Lindholm", "place")
    assert kinds[0][1] == kinds[2][1] == entity_id("Jonas Lindholm", "person")
    assert entities(records)["Nordic Sailor of the Year"] == "award"


def test_the_prefilter_skips_common_sentences_but_not_a_name_that_opens_one() -> None:
    records = read(
        "Harbourview Science Park is a park. The tide was low all week. Gothenburg grew around it."
    )
    quotes = [m.quote for m in records.mentions]
    assert quotes == ["Harbourview Science Park", "Gothenburg"]


def test_a_team_named_by_its_place_and_nickname_and_its_league() -> None:
    records = read(
        "Marta Lynn Quill (born 1980) is an American professional baseball pitcher for the "
        "Denver Comets of Major League Baseball (MLB). Being a strikeout pitcher and playing "
        "for the Denver Comets, Quill is often compared to Ann Fell. The Comets moved to Utah "
        "in 1990. Quill signed with the Portland Beavers in 2003.",
        title="Marta Quill",
    )
    found = entities(records)
    assert found["Denver Comets"] == found["Portland Beavers"] == "organization"
    assert found["Major League Baseball"] == "organization"
    assert "Marta Lynn Quill" not in found  # the topic's full name is the topic
    comets = [m.entity_id for m in records.mentions if m.quote == "Comets"]
    assert comets == [entity_id("Denver Comets", "organization")]
    assert {
        ("Marta Quill", "member_of", "Denver Comets"),
        ("Marta Quill", "member_of", "Portland Beavers"),
        ("Denver Comets", "member_of", "Major League Baseball"),
        ("Major League Baseball", "alias_of", "=MLB"),
    } <= relations(records)


def test_a_state_university_played_against_is_a_team_not_a_place() -> None:
    records = read(
        "Ann Holt is a basketball coach. In 2009 her team played against Ohio State in Dayton. "
        "Ohio State called a time out. Holt later moved to Ohio.",
        title="Ann Holt",
    )
    assert entities(records)["Ohio State"] == "organization"
    assert entities(records)["Ohio"] == "place"


def test_a_title_won_or_retained_is_an_award_and_an_uprising_is_an_event() -> None:
    records = read(
        "Vance Ruud is a wrestler. At Winter Brawl in 2010, Ruud defeated Kale Moss to retain "
        "the NWL Heavyweight Championship. The Vardo Rising and the Halvorsen "
        "conspiracy failed. Ruud later competed at the 1998 Arctic Winter Games in Tromsø.",
        title="Vance Ruud",
    )
    found = entities(records)
    assert found["NWL Heavyweight Championship"] == "award"
    assert found["Vardo Rising"] == found["Halvorsen conspiracy"] == "event"
    assert found["1998 Arctic Winter Games"] == "event"  # an event keeps its year
    assert {
        ("Vance Ruud", "awarded", "NWL Heavyweight Championship"),
        ("1998 Arctic Winter Games", "located_in", "Tromsø"),
    } <= relations(records)


def test_award_names_keep_their_category_and_drop_the_edition_year() -> None:
    records = read(
        "Jonas Ekholm is a Swedish actor. Ekholm reprised his role as Quick Nell Varga in the "
        "1996 film Low Tide, for which he won the Golden Reel Award for Best Actor in a "
        "Supporting Role. When Ekholm won the 2011 Silver Bat Award, he gave it away. "
        "He was a finalist for both the Anna Lind and Carl Berg Awards. In May, he was "
        "unbeaten, earning him the Nordic Actor of the Month Award.",
        title="Jonas Ekholm",
    )
    found = entities(records)
    assert found["Anna Lind Award"] == "award"
    assert "Anna Lind" not in found
    assert {
        ("Jonas Ekholm", "awarded", "Golden Reel Award for Best Actor in a Supporting Role"),
        ("Jonas Ekholm", "awarded", "Silver Bat Award"),
        ("Jonas Ekholm", "awarded", "Nordic Actor of the Month Award"),
    } <= relations(records)


def test_ships_in_apposition_to_a_ship_noun_and_a_prefixed_ships_bare_name() -> None:
    records = read(
        "An ironclad is a warship. The first steel cruiser, Aurora Vale, was launched in 1870. "
        "The Navy then built HMS Steadfast. Steadfast and Aurora Vale were sold in 1890.",
        title="Ironclad",
    )
    ids = {m.quote: m.entity_id for m in records.mentions}
    assert ids["Aurora Vale"] == entity_id("Aurora Vale", "facility")
    assert ids["Steadfast"] == entity_id("HMS Steadfast", "facility")


def test_a_quoted_nickname_before_a_surname_names_a_person() -> None:
    records = read(
        'Cue Ball is a 1970 drama film. It tells the story of the pool player "Quick Nell" '
        "Varga and her rise. Later, Tom Brandt played Quick Nell Varga on stage. Critics "
        "compared Quick Nell to other players.",
        title="Cue Ball",
    )
    nell = entity_id("Quick Nell Varga", "person")
    quotes = [m.quote for m in records.mentions if m.entity_id == nell]
    assert quotes == ["Quick Nell", "Varga", "Quick Nell Varga", "Quick Nell"]


def test_sites_named_with_a_lower_case_noun_and_listed_among_a_places_sights() -> None:
    records = read(
        "Kota Baru is a town in Malaysia. Among the tourist attractions in Kota Baru are "
        "Lumut National Park, the Tien Hou temple and a Buddhist temple. The Kota Baru "
        "airstrip closed in 1938.",
        title="Kota Baru",
    )
    found = entities(records)
    assert found["Tien Hou temple"] == found["Kota Baru airstrip"] == "facility"
    assert "Buddhist temple" not in found and "Buddhist" not in found
    assert {
        ("Lumut National Park", "located_in", "Kota Baru"),
        ("Tien Hou temple", "located_in", "Kota Baru"),
    } <= relations(records)
