"""Package metadata: datapackage.json (Frictionless), croissant.json, the dataset card."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pandas as pd
import pandera.pandas as pa
import pytest
from pandera.typing import Series

from pipeline.export import FORMATS, read_tables, table_parts
from pipeline.package import write_package_metadata
from pipeline.package.datapackage import table_schema
from pipeline.package.dataset import file_sha256
from pipeline.package.licenses import license_for
from schemas import DATASET_VERSION, QUALIFIERS, TABLES, TableSpec
from schemas.metadata import columns
from tests.release_data import publish, write_raw


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("package")
    return publish(write_raw(root / "raw"), root / "output")


def _package(folder: Path) -> dict:
    return json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))


def test_frictionless_validates_the_package(published: Path) -> None:
    from frictionless import validate

    report = validate(str(published / "datapackage.json"))
    assert report.valid, report.flatten(["resourceName", "rowNumber", "fieldName", "message"])
    names = {task.name for task in report.tasks}
    tables = {f"{table}-{fmt}" for table in TABLES for fmt in FORMATS}
    assert names == tables | {"database", "spreadsheet"}
    rows = {task.name: task.stats.get("rows") for task in report.tasks}
    assert rows["facts-csv"] == len(pd.read_parquet(published / "parquet/facts")) > 0


def test_frictionless_catches_data_that_breaks_the_schema(published: Path, tmp_path: Path) -> None:
    from frictionless import validate

    copy = tmp_path / "copy"
    shutil.copytree(published, copy)
    package = _package(copy)
    csv_path = copy / "csv" / "facts" / "part-00000.csv"
    cells = pd.read_csv(csv_path, dtype=str, keep_default_na=False)
    cells.loc[0, "qualifier"] = "roughly"  # not one of the enum values
    cells.to_csv(csv_path, index=False, lineterminator="\r\n")
    for resource in package["resources"]:  # keep the hashes right: only the value is wrong
        if resource["path"] == "csv/facts/part-00000.csv":
            resource["hash"] = f"sha256:{file_sha256(csv_path)}"
            resource["bytes"] = csv_path.stat().st_size
    (copy / "datapackage.json").write_text(json.dumps(package), encoding="utf-8")
    report = validate(str(copy / "datapackage.json"))
    assert not report.valid
    errors = [e for task in report.tasks for e in task.errors]
    assert [e.type for e in errors] == ["constraint-error"]
    assert "enum" in errors[0].message


def test_table_schemas_are_generated_from_the_models(published: Path) -> None:
    resources = {r["name"]: r for r in _package(published)["resources"]}
    for spec in TABLES.values():
        for fmt in ("parquet", "csv"):
            schema = resources[f"{spec.name}-{fmt}"]["schema"]
            infos = columns(spec)
            assert [f["name"] for f in schema["fields"]] == [c.name for c in infos]
            for field, col in zip(schema["fields"], infos, strict=True):
                assert field["description"] == col.description and field["title"] == col.title
                assert field.get("constraints", {}).get("required", False) is not col.nullable
                assert field.get("constraints", {}).get("unique", False) is col.unique
    facts = resources["facts-csv"]["schema"]
    assert facts["primaryKey"] == ["fact_id"]
    qualifier = next(f for f in facts["fields"] if f["name"] == "qualifier")
    assert qualifier["constraints"]["enum"] == QUALIFIERS
    assert {json.dumps(fk, sort_keys=True) for fk in facts["foreignKeys"]} == {
        json.dumps(fk, sort_keys=True)
        for fk in [
            {
                "fields": ["doc_id"],
                "reference": {"resource": "documents-csv", "fields": ["doc_id"]},
            },
            {
                "fields": ["sentence_id"],
                "reference": {"resource": "sentences-csv", "fields": ["sentence_id"]},
            },
            {
                "fields": ["subject_id"],
                "reference": {"resource": "entities-csv", "fields": ["entity_id"]},
            },
            {
                "fields": ["converts_fact_id"],
                "reference": {"resource": "facts-csv", "fields": ["fact_id"]},
            },
        ]
    }
    quarantine = resources["quarantine-parquet"]["schema"]
    assert "primaryKey" not in quarantine and "foreignKeys" not in quarantine
    for fmt in FORMATS:  # CSV and JSON Lines hold the text exactly, so the pattern holds
        fields = resources[f"events-{fmt}"]["schema"]["fields"]
        date = next(f for f in fields if f["name"] == "date")
        assert "pattern" in date["constraints"]


def test_resources_carry_size_and_sha256_of_their_file(published: Path) -> None:
    for resource in _package(published)["resources"]:
        path = published / resource["path"]
        assert resource["hash"] == f"sha256:{file_sha256(path)}"
        assert resource["mediatype"] in {
            "application/vnd.apache.parquet",
            "text/csv",
            "application/jsonl",
            "application/vnd.sqlite3",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        }
        if resource["format"] != "parquet":
            assert resource["bytes"] == path.stat().st_size


def test_licences_and_sources_come_from_the_documents(published: Path) -> None:
    package = _package(published)
    names = [lic["name"] for lic in package["licenses"]]
    assert names == ["CC-BY-SA-4.0", "CC-BY-3.0"]
    titles = [source["title"] for source in package["sources"]]
    assert titles == [
        "Green Park (https://example.org/wiki/Green_Park (test article))",
        "River Mill (https://example.org/wiki/River_Mill)",
    ]
    assert package["sources"][0]["path"] == "https://example.org/wiki/Green_Park"
    assert package["version"] == DATASET_VERSION


@pytest.mark.parametrize(
    ("text", "name", "path"),
    [
        ("CC BY-SA 4.0", "CC-BY-SA-4.0", "https://creativecommons.org/licenses/by-sa/4.0/"),
        ("cc-by 3.0", "CC-BY-3.0", "https://creativecommons.org/licenses/by/3.0/"),
        ("CC0", "CC0-1.0", "https://creativecommons.org/publicdomain/zero/1.0/"),
        ("Public domain (US)", "LicenseRef-Public-domain-US", None),
        ("CC BY-SA 4.0 <script>", "LicenseRef-CC-BY-SA-4.0-script", None),
    ],
)
def test_license_names(text: str, name: str, path: str | None) -> None:
    found = license_for(text)
    assert (found.name, found.path) == (name, path)


def test_an_unmapped_pandera_check_is_an_error_not_a_silent_gap() -> None:
    class Odd(pa.DataFrameModel):
        n: Series[int] = pa.Field(lt=5, description="n", title="N")

    with pytest.raises(ValueError, match="less_than"):
        table_schema(TableSpec("odd", Odd, "n", ("n",)), "csv")


def test_croissant_loads_in_mlcroissant_with_every_record(published: Path) -> None:
    import mlcroissant as mlc

    dataset = mlc.Dataset(jsonld=str(published / "croissant.json"))  # raises on any error
    facts = pd.read_parquet(published / "parquet/facts")
    records = list(dataset.records("facts"))
    assert sorted(r["facts/fact_id"].decode() for r in records) == sorted(facts["fact_id"])
    values = {r["facts/fact_id"].decode(): r["facts/value"] for r in records}
    assert values == dict(zip(facts["fact_id"], facts["value"], strict=True))


def test_mlcroissant_rejects_a_broken_croissant(published: Path, tmp_path: Path) -> None:
    import mlcroissant as mlc

    metadata = json.loads((published / "croissant.json").read_text(encoding="utf-8"))
    del metadata["recordSet"][0]["field"][0]["source"]["fileObject"]
    broken = tmp_path / "croissant.json"
    broken.write_text(json.dumps(metadata), encoding="utf-8")
    with pytest.raises(mlc.ValidationError):
        mlc.Dataset(jsonld=str(broken))


def test_croissant_structure(published: Path) -> None:
    metadata = json.loads((published / "croissant.json").read_text(encoding="utf-8"))
    assert metadata["conformsTo"] == "http://mlcommons.org/croissant/1.0"
    assert metadata["version"] == DATASET_VERSION
    assert metadata["license"][0] == "https://creativecommons.org/licenses/by-sa/4.0/"
    files = {item["contentUrl"]: item for item in metadata["distribution"]}
    for name in TABLES:
        for fmt in FORMATS:
            for part in table_parts(published, name, fmt):
                relative = part.relative_to(published).as_posix()
                assert files[relative]["sha256"] == file_sha256(part)
    record_sets = {rs["name"]: rs for rs in metadata["recordSet"]}
    assert list(record_sets) == list(TABLES)
    facts = record_sets["facts"]
    assert facts["key"] == {"@id": "facts/fact_id"}
    assert [f["name"] for f in facts["field"]] == TABLES["facts"].columns
    value = next(f for f in facts["field"] if f["name"] == "value")
    assert value["dataType"] == "sc:Float"
    assert value["source"] == {
        "fileObject": {"@id": "parquet/facts/part-00000.parquet"},
        "extract": {"column": "value"},
    }
    doc_id = next(f for f in facts["field"] if f["name"] == "doc_id")
    assert doc_id["references"] == {"field": {"@id": "documents/doc_id"}}


def test_card_describes_every_column_source_and_policy(published: Path) -> None:
    card = (published / "README.md").read_text(encoding="utf-8")
    for spec in TABLES.values():
        assert f"### {spec.name}" in card
        for col in columns(spec):
            nullable = "yes" if col.nullable else "no"
            assert re.search(rf"\| `{col.name}` \| [^|]+ \| {nullable} \| ", card), col.name
    for title, source, licence in [
        ("Green Park", "https://example.org/wiki/Green_Park (test article)", "CC BY-SA 4.0"),
        ("River Mill", "https://example.org/wiki/River_Mill", "CC BY 3.0"),
    ]:
        assert f"| {title} | {source} | {licence} |" in card
    assert "documents.text[char_start:char_end] == quote" in card
    assert "code points" in card
    assert "CSV follows RFC 4180" in card  # from pipeline.export.encode's docstring
    assert f"Version {DATASET_VERSION}." in card


def test_card_names_documents_without_a_licence(tmp_path: Path) -> None:
    raw = write_raw(tmp_path / "raw", manifest="file,title,source,license\n")
    card = (publish(raw, tmp_path / "out") / "README.md").read_text(encoding="utf-8")
    assert "No licence is recorded for: `green-park`, `river-mill`" in card


def test_card_code_blocks_run_against_the_output(
    published: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    card = (published / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", card, re.S)
    assert [b.split("\n", 1)[0] for b in blocks] == [
        "import duckdb",
        "import glob",
        "import polars as pl",
        "import sqlite3",
        "from datasets import load_dataset",
    ]
    monkeypatch.chdir(published)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(published.parent / "hf-home"))
    results = []
    for block in blocks:
        namespace: dict[str, object] = {}
        exec(compile(block, "README.md", "exec"), namespace)
        results.append(namespace)
    tables = read_tables(published)
    assert len(results[0]["facts"]) == len(tables["facts"]) > 0  # type: ignore[arg-type]
    assert len(results[1]["facts_with_sentence"]) == len(tables["facts"])  # type: ignore[arg-type]
    assert len(results[2]["events"]) == len(tables["events"]) > 0  # type: ignore[arg-type]
    assert len(results[3]["rows"]) == len(tables["facts"])  # type: ignore[arg-type]
    assert len(results[4]["facts"]) == len(tables["facts"])  # type: ignore[arg-type]


def test_no_date_unless_source_date_epoch(
    published: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert "created" not in _package(published)
    assert "datePublished" not in (published / "croissant.json").read_text(encoding="utf-8")
    copy = tmp_path / "copy"
    shutil.copytree(published, copy)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    write_package_metadata(copy, read_tables(copy), DATASET_VERSION)
    assert _package(copy)["created"] == "2023-11-14T22:13:20Z"
    croissant = json.loads((copy / "croissant.json").read_text(encoding="utf-8"))
    assert croissant["datePublished"] == "2023-11-14T22:13:20Z"
    assert "Built 2023-11-14T22:13:20Z." in (copy / "README.md").read_text(encoding="utf-8")


def test_version_must_be_semantic(published: Path) -> None:
    with pytest.raises(ValueError, match="semantic version"):
        write_package_metadata(published, read_tables(published), "1.0")
