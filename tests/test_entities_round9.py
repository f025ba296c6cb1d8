"""Round 9 of the entity rules, read from the news and government pages of blind sample 8:
speakers after ``said``, the body after a person's role and ``of``, legal forms and
first words of other languages' names, regional units, a class acronym in brackets, a
name in the country's language in brackets, and the artist a work's title names.
Sentences written for these tests (not from any corpus), with shapes that must not fire."""

from __future__ import annotations

from tests.test_entities import entities, read, relations


def test_a_full_name_after_said_is_the_speaker() -> None:
    found = entities(
        read(
            '"The mix matters more," said Hana Verbeek, an economist at a brokerage. "Yes," '
            "said Tomasz Wielgosz-Król, President of the Board.",
            "Kessa Free Zone",
        )
    )
    assert found["Hana Verbeek"] == "person"
    assert found["Tomasz Wielgosz-Król"] == "person"


def test_a_company_after_said_and_a_lower_case_word_is_no_speaker() -> None:
    found = entities(read("The report said Orion Sachs analysts agreed.", "Kessa Free Zone"))
    assert found.get("Orion Sachs") != "person"


def test_the_body_after_a_role_and_of_is_an_organisation() -> None:
    records = read(
        "Ms Lin Pei Wen, Managing Director of Corvexa Microsystems, said the site was ready.",
        "Bota Technology Park",
    )
    assert entities(records)["Corvexa Microsystems"] == "organization"
    assert ("Lin Pei Wen", "employed_by", "Corvexa Microsystems") in relations(records)
    assert ("Lin Pei Wen", "position_held", "=Managing Director") in relations(records)


def test_a_place_after_a_role_and_of_stays_a_place() -> None:
    found = entities(read("He met the President of Ghana in May.", "Kessa Free Zone"))
    assert found["Ghana"] == "place"


def test_a_legal_form_makes_a_park_s_company() -> None:
    found = entities(
        read(
            "Records are kept by Kessa Bridgehead Industrial Park EAD and by Orion Port JSC.",
            "Kessa Bridgehead Industrial Park",
        )
    )
    assert found["Kessa Bridgehead Industrial Park EAD"] == "organization"
    assert found["Orion Port JSC"] == "organization"


def test_a_zone_or_park_named_in_spanish_or_portuguese_is_a_site() -> None:
    found = entities(
        read(
            "Head office: Zona Franca Valle Alto, Bodega 14, Rionegro, Colombia.",
            "Cordelia Envases",
        )
    )
    assert found["Zona Franca Valle Alto"] == "facility"


def test_regencies_and_voivodeships_are_places() -> None:
    found = entities(
        read(
            "The zone lies in Kerawang Regency and serves the Lubusz Voivodeship.",
            "Kessa Free Zone",
        )
    )
    assert found["Kerawang Regency"] == "place"
    assert found["Lubusz Voivodeship"] == "place"


def test_the_acronym_of_a_zone_s_class_is_its_short_name() -> None:
    records = read(
        "The Kessa Timur Special Economic Zone (SEZ) opened in 2022. The SEZ covers 400 hectares.",
        "Kessa Timur SEZ master plan",
    )
    names = {e.entity_id: e.name for e in records.entities}
    assert [names[m.entity_id] for m in records.mentions if m.quote == "SEZ"] == [
        "Kessa Timur Special Economic Zone",
        "Kessa Timur Special Economic Zone",
    ]


def test_the_acronym_of_a_complement_is_no_name_of_the_whole() -> None:
    records = read(
        "The National Demonstration Zone for the Internet of Things (IoT) opened in 2012.",
        "Kessa Park",
    )
    names = {e.entity_id: e.name for e in records.entities}
    assert not any(
        m.quote == "IoT" and names[m.entity_id].startswith("National") for m in records.mentions
    )


def test_a_name_in_the_country_s_language_in_brackets_is_an_alias() -> None:
    found = relations(
        read(
            "Funds go to the Sado Marine Park (Parque da Economia Azul do Sado), opened in 2019.",
            "Setúbal budget 2026",
        )
    )
    assert ("Sado Marine Park", "alias_of", "=Parque da Economia Azul do Sado") in found


def test_a_bracketed_name_used_alone_elsewhere_is_no_alias() -> None:
    records = read(
        "The Harbour Trust owns the quay. The Kessa Port Authority (Harbour Trust) signed "
        "the lease.",
        "Kessa Port",
    )
    assert not any(r.predicate == "alias_of" for r in records.relations)


def test_a_development_company_employs_its_managing_director() -> None:
    found = relations(
        read(
            '"A strong start," said Kofi Asante-Boateng, managing director of the Greater '
            "Tema Industrial Development Company.",
            "Tema Enterprise Zone",
        )
    )
    assert (
        "Kofi Asante-Boateng",
        "employed_by",
        "Greater Tema Industrial Development Company",
    ) in found


def test_the_artist_a_song_title_names_is_an_entity_also_opening_a_sentence() -> None:
    found = entities(
        read(
            '"Kiss Me Twice" is a song recorded by one band. Seven Lanterns performed the '
            "track on television in 2012.",
            "Kiss Me Twice (Seven Lanterns song)",
        )
    )
    assert found["Seven Lanterns"] == "organization"


# read from blind sample 9 (news): sectors a list verb names, a country's possessive,
# the dateline's place and news agency


def test_the_sectors_a_list_verb_names_are_the_zone_s_fields() -> None:
    found = relations(
        read(
            "Kessa Special Economic Zone is a zone in Oman. Priority sectors include renewable "
            "energy and green hydrogen, mining and fisheries. The leading sectors remain "
            "electronics and components, which account for most capital.",
            "Kessa Special Economic Zone",
        )
    )
    fields = {o for s, p, o in found if p == "focuses_on"}
    assert {"renewable energy", "green hydrogen", "mining", "fisheries", "electronics"} <= fields


def test_a_state_after_sectors_are_is_no_field() -> None:
    found = relations(
        read(
            "Kessa Special Economic Zone is a zone in Oman. Its sectors are expected to grow, "
            "and other sectors were hit by the crisis.",
            "Kessa Special Economic Zone",
        )
    )
    assert not any(p == "focuses_on" for _, p, _ in found)


def test_a_country_s_possessive_before_a_headed_name_is_the_country() -> None:
    found = entities(
        read(
            "Egypt's Delta Crossing Economic Zone attracted new investment.",
            "Delta Crossing Economic Zone investment",
        )
    )
    assert found["Egypt"] == "place"
    assert found["Delta Crossing Economic Zone"] == "facility"


def test_the_dateline_s_place_and_agency_are_entities_its_date_none() -> None:
    records = read(
        "SÃO PAULO, Sept 19 (Reuters) - Brazilian logistics company Itaquara Portos SA won "
        "a concession. The port of São Paulo state grew.",
        "Itaquara terminal",
    )
    found = entities(records)
    assert found["São Paulo"] == "place"
    assert found["Reuters"] == "organization"
    assert not any(name.startswith("Sept") for name in found)


def test_a_mixed_case_dateline_keeps_its_place_chain() -> None:
    found = relations(
        read(
            "Rosario, Argentina, Nov 13 (Reuters) - Terminal volumes rose 8%.",
            "Paraná Sur terminal",
        )
    )
    assert ("Rosario", "located_in", "Argentina") in found


def test_an_italian_legal_form_ends_the_company_s_name() -> None:
    found = relations(
        read(
            "Marco Vellani, chief executive of Distripark Sud S.p.A., said the park was full.",
            "Taranto Distripark",
        )
    )
    assert ("Marco Vellani", "employed_by", "Distripark Sud S.p.A.") in found
