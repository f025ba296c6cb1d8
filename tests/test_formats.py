"""The whole-dataset files (SQLite database, spreadsheet), the SQL export of the Data Package,
and the dataset's description, licence and citation."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.errors import ExitCode
from pipeline.export import read_table
from pipeline.export.layout import DATABASE, SPREADSHEET
from pipeline.export.xlsx import MAX_ROWS, fits
from pipeline.package.licenses import CC0, dataset_license, license_for
from pipeline.run import run_pipeline
from schemas import TABLES
from schemas.metadata import columns


def test_the_database_holds_every_table_with_keys_and_descriptions(published: Path) -> None:
    db = sqlite3.connect(published / DATABASE)
    for name, spec in TABLES.items():
        rows = db.execute(f'SELECT * FROM "{name}"').fetchall()
        frame = read_table(published, name, "parquet")
        assert len(rows) == len(frame)
        info = {r[1]: r for r in db.execute(f'PRAGMA table_info("{name}")')}
        assert list(info) == spec.columns
        for col in columns(spec):
            assert bool(info[col.name][3]) is not col.nullable  # NOT NULL
        assert db.execute("SELECT rows FROM _tables WHERE name = ?", (name,)).fetchone() == (
            len(frame),
        )
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    fks = {(r[2], r[3]) for r in db.execute('PRAGMA foreign_key_list("facts")')}
    assert fks == {
        ("documents", "doc_id"),
        ("sentences", "sentence_id"),
        ("entities", "subject_id"),
        ("facts", "converts_fact_id"),
    }
    described = db.execute(
        "SELECT description FROM _columns WHERE table_name = 'facts' AND column_name = 'period'"
    ).fetchone()[0]
    assert described == next(c.description for c in columns(TABLES["facts"]) if c.name == "period")
    spans = db.execute(
        "SELECT f.quote = substr(d.text, f.char_start + 1, f.char_end - f.char_start)"
        " FROM facts AS f JOIN documents AS d USING (doc_id)"
    ).fetchall()
    assert spans and all(ok for (ok,) in spans)


def test_the_spreadsheet_stores_every_text_cell_as_text(tmp_path: Path) -> None:
    import openpyxl

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "f.txt").write_text("= =SUM(A1) =\n\n-40 degrees. =1+1 was 3 km long.\n", "utf-8")
    (raw / "sources.csv").write_text('file,title,source,license\nf.txt,@T,"=HYPERLINK(""x"")",\n')
    out = tmp_path / "out"
    run_pipeline(raw, out, cache=None)
    book = openpyxl.load_workbook(out / SPREADSHEET)
    assert book.sheetnames == list(TABLES)
    docs = book["documents"]
    header = [c.value for c in docs[1]]
    assert "text" not in header and header[0] == "doc_id"
    cells = {h: c for h, c in zip(header, docs[2], strict=True)}
    assert cells["source"].value == '=HYPERLINK("x")' and cells["source"].data_type == "s"
    assert cells["title"].value == "=SUM(A1)" and cells["title"].data_type == "s"
    sentences = book["sentences"]
    texts = [row[-1].value for row in sentences.iter_rows(min_row=2)]
    assert "-40 degrees." in texts
    facts = book["facts"]
    fact_header = [c.value for c in facts[1]]
    value = fact_header.index("value")
    assert all(isinstance(row[value].value, float | int) for row in facts.iter_rows(min_row=2))


def test_the_spreadsheet_is_left_out_when_a_table_would_not_fit() -> None:
    assert fits({"documents": 10, "facts": 1000})
    assert not fits({"documents": 1, "sentences": MAX_ROWS + 1})


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_the_data_package_exports_to_sql(published: Path, tmp_path: Path, fmt: str) -> None:
    """frictionless' own SQL export of one format's resources (patterns and nullable columns
    included) gives the same rows."""
    from frictionless import Package

    package = Package(str(published / "datapackage.json"))
    for resource in [r for r in package.resources if r.format != fmt]:
        package.remove_resource(resource.name)
    target = tmp_path / "export.db"
    package.publish(f"sqlite:///{target}")
    db = sqlite3.connect(target)
    facts = read_table(published, "facts", "parquet")
    assert db.execute(f'SELECT count(*) FROM "facts-{fmt}"').fetchone() == (len(facts),)
    periods = [p for (p,) in db.execute(f'SELECT period FROM "facts-{fmt}" ORDER BY rowid')]
    assert periods == [None if pd.isna(p) else p for p in facts["period"]]


@pytest.mark.parametrize(
    ("sources", "unlicensed", "expected"),
    [
        ({"CC0": 2}, 0, "CC0-1.0"),
        ({"CC BY 4.0": 1}, 0, "CC-BY-4.0"),
        ({"CC BY 3.0": 1, "CC BY-SA 3.0": 2}, 0, "CC-BY-SA-4.0"),
        ({"CC BY-NC 4.0": 1, "CC BY-SA 4.0": 1}, 0, "CC-BY-NC-SA-4.0"),
        ({"CC0": 1, "public domain": 1}, 0, "CC0-1.0"),
        ({}, 3, "CC0-1.0"),
    ],
)
def test_the_dataset_licence_follows_its_sources(
    sources: dict[str, int], unlicensed: int, expected: str
) -> None:
    found = dataset_license({license_for(k): n for k, n in sources.items()}, unlicensed)
    assert found.license.name == expected
    if unlicensed:
        assert f"{unlicensed} document(s) have no recorded licence" in found.explanation
    if expected == CC0.name and sources:
        assert "Every source text is CC0" in found.explanation


def test_a_no_derivatives_source_is_flagged() -> None:
    found = dataset_license({license_for("CC BY-ND 4.0"): 1}, 0)
    assert found.license.name == "CC-BY-4.0"
    assert "NoDerivatives" in found.explanation


def test_the_dataset_description_comes_from_dataset_toml(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("It is 5 km long.\n", encoding="utf-8")
    (raw / "sources.csv").write_text("file,title,source,license\na.txt,A,src,CC0\n")
    (raw / "dataset.toml").write_text(
        'title = "Rivers"\ndescription = "River lengths."\ncreators = ["Ada", "Lab X"]\n'
        'url = "https://example.org/rivers"\nkeywords = ["rivers"]\n',
        encoding="utf-8",
    )
    out = tmp_path / "out"
    run_pipeline(raw, out, cache=None)
    card = (out / "README.md").read_text(encoding="utf-8")
    assert "# Rivers" in card and "River lengths." in card
    assert "author = {{Ada} and {Lab X}}" in card
    cff = (out / "CITATION.cff").read_text(encoding="utf-8")
    assert 'title: "Rivers"' in cff and 'url: "https://example.org/rivers"' in cff
    assert "license: CC0-1.0" in cff
    assert "Every source text is CC0" in card


def test_a_malformed_dataset_toml_is_a_usage_error(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("It is 5 km long.\n", encoding="utf-8")
    (raw / "dataset.toml").write_text('title = "x"\nauthor = "typo"\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["run", "--raw", str(raw), "--output", str(tmp_path / "o")])
    assert result.exit_code == ExitCode.USAGE
    assert "unknown keys ['author']" in result.output
