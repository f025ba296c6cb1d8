"""Release archives: deterministic build, verify (checksums, schemas, provenance), diff."""

from __future__ import annotations

import re
import shutil
import subprocess
import tarfile
from pathlib import Path

import pandas as pd
import pytest

from pipeline.errors import ReleaseError
from pipeline.export import read_tables, write_table
from pipeline.package import write_package_metadata
from pipeline.package.dataset import file_sha256
from pipeline.release.archive import parse_checksums, safe_extract
from pipeline.release.build import build_release
from pipeline.release.diff import diff, diff_tables
from pipeline.release.verify import verify
from schemas import DATASET_VERSION, TABLES
from tests.release_data import publish, write_raw


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("release")
    return publish(write_raw(root / "raw"), root / "output")


@pytest.fixture(scope="module")
def archive(published: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_release(published, tmp_path_factory.mktemp("dist"))


def _unpacked(archive: Path, tmp_path: Path) -> Path:
    return safe_extract(archive, tmp_path / "unpacked")


def _failed(report_text: str) -> list[str]:
    return [
        line.split("]", 1)[1].strip() for line in report_text.splitlines() if "[ FAILED]" in line
    ]


def test_archive_is_named_by_dataset_and_version_with_sha256_beside(archive: Path) -> None:
    assert archive.name == f"factpipe-{DATASET_VERSION}.tar.gz"
    sidecar = archive.with_name(archive.name + ".sha256")
    assert sidecar.read_text() == f"{file_sha256(archive)}  {archive.name}\n"


def test_archive_members_are_normalised(archive: Path) -> None:
    raw = archive.read_bytes()
    assert raw[4:8] == b"\0\0\0\0"  # gzip header mtime
    assert raw[3] & 0x08 == 0  # no file name in the gzip header
    with tarfile.open(archive) as tar:
        members = tar.getmembers()
    names = [m.name for m in members]
    assert names == sorted(names)
    prefix = f"factpipe-{DATASET_VERSION}"
    assert {
        f"{prefix}/SHA256SUMS",
        f"{prefix}/datapackage.json",
        f"{prefix}/croissant.json",
    } <= set(names)
    assert f"{prefix}/parquet/facts/part-00000.parquet" in names
    assert f"{prefix}/jsonl/events/part-00000.jsonl" in names
    for member in members:
        assert (member.mtime, member.uid, member.gid, member.uname, member.gname) == (
            0,
            0,
            0,
            "",
            "",
        )
        assert member.mode == (0o755 if member.isdir() else 0o644)


def test_archive_mtime_comes_from_source_date_epoch(
    published: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    with tarfile.open(build_release(published, tmp_path)) as tar:
        assert {m.mtime for m in tar.getmembers()} == {1700000000}


def test_sha256sums_lists_every_file_in_sha256sum_format(archive: Path, tmp_path: Path) -> None:
    folder = _unpacked(archive, tmp_path)
    listed = parse_checksums((folder / "SHA256SUMS").read_text(encoding="utf-8"))
    files = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}
    assert set(listed) == files - {"SHA256SUMS"}
    assert all(file_sha256(folder / name) == digest for name, digest in listed.items())
    if shutil.which("sha256sum"):
        subprocess.run(["sha256sum", "--check", "--quiet", "SHA256SUMS"], cwd=folder, check=True)


def test_verify_passes_on_folder_archive_and_unpacked_release(
    published: Path, archive: Path, tmp_path: Path
) -> None:
    for path in (published, archive, _unpacked(archive, tmp_path)):
        report = verify(path)
        assert report.ok, report.format()
        names = [check.name for check in report.checks]
        assert {"schema facts", "provenance facts", "provenance events", "metadata hashes"} <= set(
            names
        )
    statuses = {c.name: c.status for c in verify(published).checks}
    assert statuses["SHA256SUMS"] == "skipped"  # a published folder has none
    assert {c.name: c.status for c in verify(archive).checks}["SHA256SUMS"] == "ok"


def test_verify_catches_a_modified_file(archive: Path, tmp_path: Path) -> None:
    folder = _unpacked(archive, tmp_path)
    with (folder / "csv" / "events" / "part-00000.csv").open("a", encoding="utf-8") as handle:
        handle.write("\n")
    (folder / "notes.txt").write_text("slipped in", encoding="utf-8")
    report = verify(folder)
    assert not report.ok
    assert _failed(report.format()) == [
        "SHA256SUMS: 2 problem(s)",
        "release files: 1 problem(s)",
        "metadata hashes: 2 problem(s)",
        "schema events: 1 problem(s)",  # the extra line break is not what Parquet gives
    ]
    text = report.format()
    assert "notes.txt: not a file of a release" in text
    assert "csv/events/part-00000.csv: SHA-256 differs from datapackage.json" in text
    assert "csv/events/part-00000.csv: SHA-256 differs from croissant.json" in text
    assert "csv/events/part-00000.csv: SHA-256 differs from SHA256SUMS" in text
    assert "notes.txt: present but not listed in SHA256SUMS" in text


def _rewrite(folder: Path, name: str, frame: pd.DataFrame) -> None:
    """Replace a table and regenerate the metadata, so only the content check can fail."""
    write_table(frame, folder, name)
    write_package_metadata(folder, read_tables(folder), DATASET_VERSION)


def test_verify_catches_a_quote_that_does_not_slice_back(published: Path, tmp_path: Path) -> None:
    folder = tmp_path / "copy"
    shutil.copytree(published, folder)
    facts = read_tables(folder)["facts"]
    starts = facts["char_start"].to_numpy().copy()
    starts[0] += 1  # the span no longer slices back to the quote
    facts["char_start"] = starts
    _rewrite(folder, "facts", facts)
    report = verify(folder)
    assert _failed(report.format()) == ["provenance facts: 1 problem(s)"]
    assert "quote: equals documents.text[char_start:char_end]" in report.format()


def test_verify_catches_a_schema_violation(published: Path, tmp_path: Path) -> None:
    folder = tmp_path / "copy"
    shutil.copytree(published, folder)
    events = read_tables(folder)["events"]
    events.loc[0, "date"] = "May 1998"
    # write_table keeps it; only the models' str_matches check refuses it
    _rewrite_unvalidated(folder, events)
    report = verify(folder)
    assert not report.ok
    assert _failed(report.format()) == ["schema events: 3 problem(s)"]  # one per format
    assert "column date: str_matches" in report.format()


def _rewrite_unvalidated(folder: Path, events: pd.DataFrame) -> None:
    write_table(events, folder, "events")
    tables = {"documents": pd.read_parquet(folder / "parquet/documents")}
    tables.update(
        {
            name: pd.read_parquet(folder / f"parquet/{name}")
            for name in TABLES
            if name != "documents"
        }
    )
    write_package_metadata(folder, tables, DATASET_VERSION)


def test_verify_catches_an_extra_column(published: Path, tmp_path: Path) -> None:
    folder = tmp_path / "copy"
    shutil.copytree(published, folder)
    path = folder / "csv" / "events" / "part-00000.csv"
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    frame["comment"] = "added by hand"
    frame.to_csv(path, index=False, lineterminator="\n")
    write_package_metadata(folder, read_tables(folder), DATASET_VERSION)
    report = verify(folder)
    assert _failed(report.format()) == ["schema events: 1 problem(s)"]
    text = report.format()
    assert "csv/events/part-00000.csv: columns [" in text and "'comment']" in text


def test_verify_reports_a_broken_archive(archive: Path, tmp_path: Path) -> None:
    truncated = tmp_path / archive.name
    truncated.write_bytes(archive.read_bytes()[: archive.stat().st_size // 2])
    report = verify(truncated)
    assert not report.ok
    assert "not a readable .tar.gz" in report.format()


def test_build_release_refuses_unfit_output(published: Path, tmp_path: Path) -> None:
    with pytest.raises(ReleaseError, match=r"no datapackage\.json"):
        build_release(tmp_path, tmp_path / "dist")
    with pytest.raises(
        ReleaseError, match=rf"built as version {re.escape(DATASET_VERSION)}, not 9\.9\.9"
    ):
        build_release(published, tmp_path / "dist", "9.9.9")
    broken = tmp_path / "broken"
    shutil.copytree(published, broken)
    (broken / "jsonl" / "facts" / "part-00000.jsonl").write_text("", encoding="utf-8")
    with pytest.raises(ReleaseError, match="does not verify"):
        build_release(broken, tmp_path / "dist")
    assert not (tmp_path / "dist").exists() or not any((tmp_path / "dist").iterdir())


def test_diff_lists_added_removed_and_changed(
    published: Path, archive: Path, tmp_path: Path
) -> None:
    new = tmp_path / "new"
    shutil.copytree(published, new)
    old_facts = read_tables(new)["facts"]
    assert len(old_facts) >= 3, "the test article states several quantities"
    removed_id, changed_id = old_facts["fact_id"].iloc[0], old_facts["fact_id"].iloc[1]
    facts = old_facts[old_facts["fact_id"] != removed_id].copy()
    facts.loc[facts["fact_id"] == changed_id, "value"] = 123.0
    added = facts.iloc[[-1]].copy()
    added["fact_id"] = "green-park:fnew"  # same span, so it still slices back
    facts = pd.concat([facts, added], ignore_index=True)
    _rewrite(new, "facts", facts)
    new_archive = build_release(new, tmp_path / "dist")

    report = diff(archive, new_archive)
    result = report.tables["facts"]
    assert (result.added, result.removed) == (["green-park:fnew"], [removed_id])
    old_value = float(old_facts.loc[old_facts["fact_id"] == changed_id, "value"].iloc[0])
    assert result.changed == {changed_id: {"value": (old_value, 123.0)}}
    events = report.tables["events"]
    assert (events.added, events.removed, events.changed) == ([], [], {})
    assert report.has_changes
    text = report.format()
    assert "facts: 1 added, 1 removed, 1 changed" in text
    assert f"~ {changed_id}: value: {old_value!r} → 123.0" in text


def test_diff_of_a_release_with_itself_is_empty(published: Path, archive: Path) -> None:
    report = diff(archive, published)
    assert not report.has_changes
    assert report.old_version == report.new_version == DATASET_VERSION


def test_diff_tables_treats_nulls_as_equal_and_names_changed_columns() -> None:
    old = pd.DataFrame(
        {
            "event_id": ["a", "b", "c"],
            "date": ["2009", "2010", "2011"],
            "description": ["x", None, "z"],
        }
    )
    new = pd.DataFrame(
        {
            "event_id": ["b", "c", "d"],
            "date": ["2010", "2012", "2013"],
            "description": [None, "z", "w"],
        }
    )
    for frame in (old, new):
        for col in ("doc_id", "sentence_id", "quote", "method"):
            frame[col] = "k"
        frame["char_start"], frame["char_end"] = 0, 1
    result = diff_tables("events", old, new)
    assert (result.added, result.removed) == (["d"], ["a"])
    assert result.changed == {"c": {"date": ("2011", "2012")}}
