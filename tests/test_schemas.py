"""The metadata itself: every published column is described, typed and checked."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pandas as pd
import pandera.pandas as pa
import pyarrow as pa_arrow
import pytest

from pipeline.extract.properties import PROPERTY_NAMES, WIKIDATA_OF
from pipeline.model import Document, Entity, Event, Fact, Mention, Relation, Sentence
from schemas import QUALIFIERS, TABLES, TableSpec
from schemas.metadata import KINDS, arrow_schema, columns

SPECS = list(TABLES.values())
SCHEMA_ERRORS = (pa.errors.SchemaError, pa.errors.SchemaErrors)
CONTRACT = Path(__file__).resolve().parents[2] / "shared" / "docs" / "output-contract.md"


def _valid_row(spec: TableSpec) -> dict[str, object]:
    values: dict[str, object] = {}
    for col in columns(spec):
        if col.kind == "integer":
            values[col.name] = 1
        elif col.kind == "number":
            values[col.name] = 1.0
        elif col.kind == "category":
            values[col.name] = col.categories[0]
        elif col.kind == "list":
            values[col.name] = ["x"]
        elif col.name in ("entity_id", "subject_id", "object_id"):
            values[col.name] = "ent:" + "0" * 16
        else:
            values[col.name] = "x"
    values.update(
        {
            k: v
            for k, v in {
                "sha256": "0" * 64,
                "period": "2024",
                "date": "2024",
                "table": "facts",
                "property": PROPERTY_NAMES[0],
                # a fact's property's, or the first predicate's (alias_of has none)
                "wikidata_property": WIKIDATA_OF[PROPERTY_NAMES[0]]
                if spec.name == "facts"
                else None,
                "object_value": None,  # the object is an entity
            }.items()
            if k in values
        }
    )
    return values


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.name)
def test_every_column_has_a_title_and_description(spec: TableSpec) -> None:
    for col in columns(spec):
        assert col.description, f"{spec.name}.{col.name} has no description"
        assert col.title, f"{spec.name}.{col.name} has no title"


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.name)
def test_every_column_converts_to_an_arrow_type(spec: TableSpec) -> None:
    schema = arrow_schema(spec)
    assert schema.names == spec.columns
    assert schema.names[0] == spec.key
    for field in schema:
        assert field.metadata[b"description"]
        if field.name in ("char_start", "char_end", "paragraph_index"):
            assert field.type == pa_arrow.int64()


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.name)
def test_schema_accepts_a_valid_row(spec: TableSpec) -> None:
    spec.model.validate(pd.DataFrame([_valid_row(spec)]))


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.name)
def test_schema_rejects_an_empty_key_and_a_wrong_dtype(spec: TableSpec) -> None:
    row = _valid_row(spec)
    with pytest.raises(SCHEMA_ERRORS):
        spec.model.validate(pd.DataFrame([{**row, spec.key: ""}]))
    numeric = next((c.name for c in columns(spec) if c.kind in ("integer", "number")), None)
    if numeric:
        with pytest.raises(SCHEMA_ERRORS):
            spec.model.validate(pd.DataFrame([{**row, numeric: "not a number"}]))


UNIQUE_KEYED = [s for s in SPECS if next(c for c in columns(s) if c.name == s.key).unique]


def test_every_data_table_has_a_unique_key() -> None:
    names = {s.name for s in UNIQUE_KEYED}
    # reports may repeat a file
    assert names == {
        "documents",
        "sentences",
        "facts",
        "events",
        "entities",
        "mentions",
        "relations",
    }


@pytest.mark.parametrize("spec", UNIQUE_KEYED, ids=lambda s: s.name)
def test_schema_rejects_a_duplicate_key(spec: TableSpec) -> None:
    row = _valid_row(spec)
    with pytest.raises(SCHEMA_ERRORS):
        spec.model.validate(pd.DataFrame([row, row]))


def test_schema_rejects_an_unknown_column_qualifier_and_property() -> None:
    row = _valid_row(TABLES["facts"])
    with pytest.raises(SCHEMA_ERRORS):
        TABLES["facts"].model.validate(pd.DataFrame([{**row, "extra": 1}]))
    with pytest.raises(SCHEMA_ERRORS):
        TABLES["facts"].model.validate(pd.DataFrame([{**row, "qualifier": "roughly"}]))
    for column, unknown in (("property", "size"), ("wikidata_property", "P0")):
        with pytest.raises(SCHEMA_ERRORS):
            TABLES["facts"].model.validate(pd.DataFrame([{**row, column: unknown}]))
    qualifier = next(c for c in columns(TABLES["facts"]) if c.name == "qualifier")
    assert qualifier.categories == tuple(QUALIFIERS)


@pytest.mark.skipif(not CONTRACT.exists(), reason="../shared/docs/output-contract.md not present")
def test_schemas_cover_the_output_contract() -> None:
    """Every column the contract requires is published, with a compatible type."""
    contract = CONTRACT.read_text(encoding="utf-8")
    kinds = {"string": "string", "int64": "integer", "float64": "number", "category": "category"}
    checked = 0
    for block in re.split(r"^### ", contract, flags=re.M)[1:]:
        table = block.split()[0]
        published = {c.name: c for c in columns(TABLES[table])}
        for line in block.splitlines():
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cells) < 3 or cells[0] in ("column", "---") or set(cells[0]) <= {"-"}:
                continue
            for name in (n.strip() for n in cells[0].split(",")):
                assert name in published, f"{table}.{name} required by the contract"
                kind = kinds[cells[1].split(",")[0].split()[0]]
                assert published[name].kind == kind, f"{table}.{name}: {kind} expected"
                assert published[name].nullable == ("nullable" in cells[1]), f"{table}.{name}"
                checked += 1
    assert checked >= 35  # documents 6 + sentences 6 + facts 15 + events 9 columns


@pytest.mark.parametrize(
    ("record", "table"),
    [
        (Document, "documents"),
        (Sentence, "sentences"),
        (Fact, "facts"),
        (Event, "events"),
        (Entity, "entities"),
        (Mention, "mentions"),
        (Relation, "relations"),
    ],
)
def test_records_and_models_list_the_same_columns(record, table) -> None:
    """The dataclasses the stages pass carry every column of their table but the id that
    assembling derives, and nothing else."""
    spec = TABLES[table]
    derived = {spec.key} if table in ("facts", "events", "mentions", "relations") else set()
    assert {f.name for f in dataclasses.fields(record)} | derived == set(spec.columns)


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.name)
def test_foreign_keys_point_at_unique_keys(spec: TableSpec) -> None:
    for fk in spec.foreign_keys:
        assert fk.column in spec.columns
        target = TABLES[fk.table]
        assert fk.key == target.key
        assert any(c.unique for c in columns(target) if c.name == fk.key)


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.name)
def test_every_column_kind_is_in_the_kind_table(spec: TableSpec) -> None:
    for col in columns(spec):
        assert col.kind in KINDS


def test_a_relation_needs_exactly_one_object() -> None:
    spec = TABLES["relations"]
    row = _valid_row(spec)
    spec.model.validate(pd.DataFrame([{**row, "object_id": None, "object_value": "Premier"}]))
    for both_or_neither in ({"object_value": "Premier"}, {"object_id": None}):
        with pytest.raises(SCHEMA_ERRORS):
            spec.model.validate(pd.DataFrame([{**row, **both_or_neither}]))


def test_a_predicate_outside_the_vocabulary_is_rejected() -> None:
    spec = TABLES["relations"]
    with pytest.raises(SCHEMA_ERRORS):
        spec.model.validate(pd.DataFrame([{**_valid_row(spec), "predicate": "likes"}]))
