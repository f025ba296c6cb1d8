"""``run --formats``: a run publishes only what it is asked for, and its metadata, card and
checks describe exactly the files it wrote."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.errors import ExitCode
from pipeline.export.layout import OUTPUTS, parse_outputs, present_outputs
from pipeline.package.dataset import data_files
from pipeline.release.diff import diff
from pipeline.release.verify import verify
from pipeline.run import run_pipeline
from tests.release_data import write_raw


def _files(folder: Path) -> list[str]:
    return sorted(
        p.relative_to(folder).as_posix()
        for p in folder.rglob("*")
        if p.is_file() and not p.name.startswith(".")
    )


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The same input published with every output, with Parquet alone and with Parquet and
    CSV (no cache, so each run does the whole work)."""
    root = tmp_path_factory.mktemp("formats")
    raw = write_raw(root / "raw")
    out = {}
    for label, outputs in (
        ("all", OUTPUTS),
        ("parquet", ("parquet",)),
        ("parquet-again", ("parquet",)),
        ("csv", ("parquet", "csv")),
    ):
        run_pipeline(raw, root / label, outputs=outputs)
        out[label] = root / label
    return out


def test_the_option_is_parsed_in_a_fixed_order() -> None:
    assert parse_outputs("all") == OUTPUTS
    assert parse_outputs("site, PARQUET,csv") == ("parquet", "csv", "site")
    assert parse_outputs("parquet,parquet") == ("parquet",)
    with pytest.raises(ValueError, match="unknown format 'pdf'"):
        parse_outputs("parquet,pdf")
    with pytest.raises(ValueError, match="parquet is always published"):
        parse_outputs("csv,jsonl")
    with pytest.raises(ValueError, match="at least one"):
        parse_outputs(" , ")


@pytest.mark.parametrize(
    ("value", "message"),
    [("parquet,xml", "unknown format 'xml'"), ("csv", "parquet is always published")],
)
def test_a_bad_formats_value_is_a_usage_error_naming_the_option(
    tmp_path: Path, value: str, message: str
) -> None:
    raw = write_raw(tmp_path / "raw")
    out = tmp_path / "out"
    result = CliRunner().invoke(
        cli, ["run", "--raw", str(raw), "--output", str(out), "--formats", value]
    )
    assert result.exit_code == ExitCode.USAGE
    assert "--formats" in result.output and message in result.output
    assert "Traceback" not in result.output
    assert not out.exists()


def test_parquet_only_writes_parquet_and_its_metadata(runs: dict[str, Path]) -> None:
    folder = runs["parquet"]
    files = _files(folder)
    assert [f for f in files if "/" not in f] == [
        "CITATION.cff",
        "README.md",
        "croissant.json",
        "datapackage.json",
    ]
    assert {f.split("/")[0] for f in files if "/" in f} == {"parquet"}
    assert not (folder / "site").exists() and not (folder / "factpipe.sqlite").exists()
    assert present_outputs(folder) == ("parquet",)
    assert present_outputs(runs["all"]) == OUTPUTS


@pytest.mark.parametrize("label", ["all", "parquet", "csv"])
def test_the_metadata_lists_exactly_the_data_files_written(
    runs: dict[str, Path], label: str
) -> None:
    folder = runs[label]
    written = {p.as_posix() for p in data_files(folder)}
    on_disk = {f for f in _files(folder) if f.split("/")[0] in {"parquet", "csv", "jsonl", "xlsx"}}
    on_disk |= {f for f in _files(folder) if f == "factpipe.sqlite"}
    assert written == on_disk
    package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    croissant = json.loads((folder / "croissant.json").read_text(encoding="utf-8"))
    assert {r["path"] for r in package["resources"]} == on_disk
    assert {d["contentUrl"] for d in croissant["distribution"]} == on_disk
    formats = {r["format"] for r in package["resources"]}
    assert (
        formats
        == {
            "all": {"parquet", "csv", "jsonl", "sqlite", "xlsx"},
            "parquet": {"parquet"},
            "csv": {"parquet", "csv"},
        }[label]
    )


def test_the_card_says_what_is_published_and_its_code_runs(
    runs: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    card = (runs["parquet"] / "README.md").read_text(encoding="utf-8")
    assert "published in Parquet only" in card
    assert "`csv`, `jsonl`, `sqlite`, `xlsx`, `site`" in card
    assert "csv/" not in card and "jsonl/" not in card and "factpipe.sqlite" not in card
    assert "CSV follows RFC 4180" not in card
    full = (runs["all"] / "README.md").read_text(encoding="utf-8")
    assert "Not published in this folder" not in full and "factpipe.sqlite" in full
    for label in ("parquet", "csv"):
        folder = runs[label]
        text = (folder / "README.md").read_text(encoding="utf-8")
        blocks = re.findall(r"```python\n(.*?)```", text, re.S)
        assert [b.split("\n", 1)[0] for b in blocks] == [
            "import duckdb",
            "import glob",
            "import polars as pl",
            "from datasets import load_dataset",
        ]
        assert ("read_csv" in text) == (label == "csv")
        assert "read_jsonl" not in text and "read_ndjson" not in text
        monkeypatch.chdir(folder)
        for block in blocks[:3]:  # the datasets block needs the Hugging Face cache set up
            namespace: dict[str, object] = {}
            exec(compile(block, f"{label}/README.md", "exec"), namespace)
        assert len(namespace["events"]) > 0  # type: ignore[arg-type]


@pytest.mark.parametrize("label", ["parquet", "csv"])
def test_verify_passes_on_a_selection(runs: dict[str, Path], label: str) -> None:
    report = verify(runs[label])
    assert report.ok, report.format()
    detail = next(c.detail for c in report.checks if c.name == "schema facts")
    assert detail.endswith(f"{1 if label == 'parquet' else 2} format(s) valid")


def test_verify_fails_when_a_published_format_is_removed(
    runs: dict[str, Path], tmp_path: Path
) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(runs["csv"], copy)
    shutil.rmtree(copy / "csv")
    report = verify(copy)
    assert not report.ok
    failed = next(c for c in report.checks if c.name == "metadata hashes")
    assert failed.status == "failed"
    assert any("csv/facts/part-00000.csv: listed in datapackage.json" in p for p in failed.problems)


def test_a_selection_gives_the_same_bytes_as_the_full_run(runs: dict[str, Path]) -> None:
    parquet, again, full = runs["parquet"], runs["parquet-again"], runs["all"]
    assert _files(parquet) == _files(again)
    for name in _files(parquet):
        assert (parquet / name).read_bytes() == (again / name).read_bytes(), name
    for name in _files(parquet):
        if name.startswith("parquet/"):
            assert (parquet / name).read_bytes() == (full / name).read_bytes(), name
    for name in _files(runs["csv"]):
        if name.startswith("csv/"):
            assert (runs["csv"] / name).read_bytes() == (full / name).read_bytes(), name


def test_release_and_diff_work_on_a_parquet_only_output(
    runs: dict[str, Path], tmp_path: Path
) -> None:
    dist = tmp_path / "dist"
    result = CliRunner().invoke(
        cli, ["release", "--output", str(runs["parquet"]), "--dist", str(dist)]
    )
    assert result.exit_code == 0, result.output
    archive = next(dist.glob("*.tar.gz"))
    assert verify(archive).ok
    changes = diff(runs["all"], archive)
    assert all(not (c.added or c.removed or c.changed) for c in changes.tables.values())


def test_a_parquet_only_output_can_be_replaced_by_a_full_run(tmp_path: Path) -> None:
    raw = write_raw(tmp_path / "raw")
    out = tmp_path / "out"
    run_pipeline(raw, out, outputs=("parquet",))
    run_pipeline(raw, out)
    assert present_outputs(out) == OUTPUTS
    assert verify(out).ok
    run_pipeline(raw, out, outputs=("parquet", "jsonl"))
    assert present_outputs(out) == ("parquet", "jsonl")
    assert verify(out).ok
