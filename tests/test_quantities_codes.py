"""Amounts news and government pages write that the encyclopedia sets rarely do (issue 9):
every current ISO 4217 code before an amount with a multiplier, hyphenated multipliers,
table rows split by slashes, year-labelled comparisons and counts of part of a whole."""

from __future__ import annotations

from tests.extract_helpers import found


def test_any_current_iso_code_with_a_multiplier_is_money() -> None:
    assert found("Revenue rose to COP 14.2 billion.") == [("COP 14.2 billion", 14.2e9, "COP")]
    assert found("The works cost RWF 64 billion.") == [("RWF 64 billion", 64e9, "RWF")]
    assert found("Exports reached XOF 18 billion.") == [("XOF 18 billion", 18e9, "XOF")]
    # a code that is also an acronym or a word needs the multiplier
    assert found("The COP 26 summit met in Glasgow.") == []
    assert found("It made the TOP 10 list.") == []


def test_currency_names_of_smaller_nations() -> None:
    assert found("The plant cost about 394 billion riels.") == [("394 billion riels", 394e9, "KHR")]


def test_a_hyphenated_multiplier_multiplies() -> None:
    assert found("The C$275-million centre opens in May.") == [("C$275-million", 275e6, "CAD")]
    assert found("A 3-million-strong crowd.") == [("3", 3, "count")]


def test_a_table_row_split_by_slashes_lists_its_values() -> None:
    assert found("North Park — 1,120 ha / 905 ha / 96") == [
        ("1,120 ha", 1120, "hectare"),
        ("905 ha", 905, "hectare"),
        ("96", 96, "count"),
    ]
    assert found("He used a 1 / 8 inch filter and led in IP / GS and SO / 9.") == []


def test_a_year_label_keeps_its_count() -> None:
    assert found("118 tenant companies (2024: 109)") == [
        ("118", 118, "count"),
        ("109", 109, "count"),
    ]


def test_numbers_that_count_part_of_a_whole_are_a_range() -> None:
    text = "It will hire 320 people, of which between 180 and 200 would start in May."
    assert found(text) == [("320", 320, "count"), ("180 and 200", 180, "count")]
    assert found("The fort was built between 62 and 67.") == []
