"""Reliability of releases: verify compares the formats exactly and knows the calendar,
tampered or malformed metadata is reported (never a traceback), and release, diff and
evaluate fail in words on a bad destination or input (ids of
``shared/docs/reliability-findings.md`` in the test names)."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import tarfile
from pathlib import Path

import pandas as pd
import pytest

from pipeline.errors import ExitCode, ReleaseError
from pipeline.export import read_tables, table_parts, write_table
from pipeline.package import write_package_metadata
from pipeline.release.archive import ArchiveError, parse_checksums, safe_extract
from pipeline.release.build import build_release
from pipeline.release.verify import verify
from schemas import DATASET_VERSION
from tests.release_data import publish, write_raw
from tests.reliability import cli, no_traceback


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("reliable-release")
    return publish(write_raw(root / "raw"), root / "output")


@pytest.fixture
def copy(published: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "copy"
    shutil.copytree(published, folder)
    return folder


def _rehash(folder: Path) -> None:
    """Rewrite the metadata so that every hash matches the (tampered) files."""
    write_package_metadata(folder, read_tables(folder), DATASET_VERSION)


def _edit(path: Path, old: str, new: str) -> None:
    data = path.read_bytes()
    assert old.encode() in data, (old, data[:500])
    path.write_bytes(data.replace(old.encode(), new.encode(), 1))


def _failures(folder: Path) -> str:
    report = verify(folder)
    assert not report.ok, report.format()
    return report.format()


@pytest.mark.parametrize(
    ("fmt", "old", "new"),
    [
        ("csv", ",40.0,", ",40.0002,"),  # 5e-6 relative: inside assert_frame_equal's rtol
        ("jsonl", '"value": 12000.0', '"value": 12000.05'),
        ("csv", ",40.0,", ",40.00,"),  # the same number, written otherwise
    ],
)
def test_v3_a_value_that_differs_from_parquet_in_any_digit_fails_verify(
    copy: Path, fmt: str, old: str, new: str
) -> None:
    _edit(table_parts(copy, "facts", fmt)[0], old, new)
    _rehash(copy)
    text = _failures(copy)
    assert f"{fmt}/facts/part-00000.{fmt}: differs from Parquet at row" in text
    assert "column value" in text


def test_v3_the_published_formats_compare_equal_exactly(published: Path) -> None:
    assert verify(published).ok


def test_p8_verify_rejects_an_impossible_calendar_date(copy: Path) -> None:
    events = read_tables(copy)["events"]
    events.loc[0, "date"] = "2020-02-31"  # in every format, hashes recomputed
    write_table(events, copy, "events")
    _rehash(copy)
    assert "column date: a day of the calendar (got '2020-02-31')" in _failures(copy)


def test_p8_the_extractor_never_states_a_day_the_month_does_not_have(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "d.txt").write_text(
        "On 31 February 2020 it snowed. The plan of 2020-02-30 failed. On 29 February 2021 "
        "it rained, on 29 February 2024 it did not, and on 31 April 1999 it was dry.\n",
        encoding="utf-8",
    )
    from pipeline.run import run_pipeline

    run_pipeline(raw, tmp_path / "out")
    events = read_tables(tmp_path / "out")["events"]
    assert dict(zip(events["quote"], events["date"], strict=True)) == {
        "31 February 2020": "2020-02",
        "2020-02-30": "2020-02",
        "29 February 2021": "2021-02",
        "29 February 2024": "2024-02-29",
        "31 April 1999": "1999-04",
    }
    assert verify(tmp_path / "out").ok


def _release_folder(published: Path, tmp_path: Path) -> Path:
    return safe_extract(build_release(published, tmp_path / "dist"), tmp_path / "unpacked")


def _sums(folder: Path) -> None:
    from pipeline.release.archive import format_checksums

    names = [p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()]
    text = format_checksums(folder, [n for n in names if n != "SHA256SUMS"])
    (folder / "SHA256SUMS").write_text(text, encoding="utf-8")


def test_v5_files_slipped_into_a_release_fail_verify_even_when_listed(
    published: Path, tmp_path: Path
) -> None:
    folder = _release_folder(published, tmp_path)
    (folder / "run-me.sh").write_text("echo hi\n", encoding="utf-8")
    (folder / "parquet" / "facts" / "extra.parquet").write_bytes(b"junk")
    _sums(folder)
    text = _failures(folder)
    assert "run-me.sh: not a file of a release" in text
    assert "parquet/facts/extra.parquet: not a file of a release" in text


def test_v6_uppercase_hex_in_sha256sums_is_accepted_as_sha256sum_does(
    published: Path, tmp_path: Path
) -> None:
    folder = _release_folder(published, tmp_path)
    sums = folder / "SHA256SUMS"
    lines = sums.read_text(encoding="utf-8").splitlines()
    sums.write_text("".join(f"{ln[:64].upper()}{ln[64:]}\n" for ln in lines), encoding="utf-8")
    assert verify(folder).ok
    assert set(parse_checksums(sums.read_text(encoding="utf-8")).values()) <= {
        ln[:64] for ln in lines
    }


@pytest.mark.parametrize(
    ("name", "content", "said"),
    [
        ("datapackage.json", "[]", "not a JSON object"),
        ("datapackage.json", "[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ("datapackage.json", '{"resources": ["x", 1]}', "`resources` is not a list of objects"),
        ("croissant.json", '{"distribution": "abc"}', "`distribution` is not a list of objects"),
    ],
)
def test_v7_v8_v9_malformed_metadata_is_reported_by_verify_release_and_diff(
    published: Path, copy: Path, tmp_path: Path, name: str, content: str, said: str
) -> None:
    (copy / name).write_text(content, encoding="utf-8")
    assert said in _failures(copy)
    proc = cli("release", "--output", copy, "--dist", tmp_path / "dist")
    assert proc.returncode == ExitCode.FAILED
    no_traceback(proc)
    proc = cli("diff", published, copy)
    no_traceback(proc)


def test_v11_a_jsonl_table_that_is_an_object_fails_verify(copy: Path) -> None:
    table_parts(copy, "rejects", "jsonl")[0].write_text("{}\n", encoding="utf-8")
    _rehash(copy)
    assert "jsonl/rejects/part-00000.jsonl" in _failures(copy)


def test_v13_verify_of_a_fifo_says_what_it_is(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "fifo")
    report = verify(tmp_path / "fifo")
    assert "is not a folder or a release archive" in report.format()


def test_a1_a_gzip_bomb_is_stopped_before_anything_is_written(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as tar:
        info = tarfile.TarInfo("r/zeros")
        info.size = 400 << 20  # 400 MiB of zeros: a few hundred KB compressed
        tar.addfile(info, _Zeros(info.size))
    bomb = tmp_path / "bomb.tar.gz"
    bomb.write_bytes(buffer.getvalue())
    assert bomb.stat().st_size < 2 << 20
    with pytest.raises(ArchiveError, match="unpacks to more than"):
        safe_extract(bomb, tmp_path / "out")
    assert not (tmp_path / "out").exists()


class _Zeros(io.RawIOBase):
    def __init__(self, size: int) -> None:
        self.left = size

    def readinto(self, buffer: bytearray) -> int:  # type: ignore[override]
        n = min(len(buffer), self.left)
        buffer[:n] = bytes(n)
        self.left -= n
        return n


def test_r2_release_to_a_dist_under_a_file_says_so(published: Path, tmp_path: Path) -> None:
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    proc = cli("release", "--output", published, "--dist", tmp_path / "afile" / "d")
    assert proc.returncode == ExitCode.FAILED
    assert "cannot write the release into" in proc.stderr
    no_traceback(proc)


def test_r4_release_to_a_folder_the_user_may_not_write_says_so(
    published: Path, tmp_path: Path
) -> None:
    closed = tmp_path / "closed"
    closed.mkdir()
    closed.chmod(0o555)
    try:
        proc = cli("release", "--output", published, "--dist", closed, unprivileged=True)
    finally:
        closed.chmod(0o755)
    assert proc.returncode == ExitCode.FAILED
    assert "cannot write the release into" in proc.stderr and "Permission denied" in proc.stderr
    no_traceback(proc)
    assert list(closed.iterdir()) == []


def test_r3_release_to_a_full_disk_says_so_and_leaves_no_partial_archive(
    published: Path, tmp_path: Path
) -> None:
    tiny = tmp_path / "tiny"
    tiny.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small file system needs root and mount(8)")
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=20k", "tmpfs", str(tiny)])
    if mounted.returncode != 0:
        pytest.skip("this environment does not allow mounting a tmpfs")
    try:
        proc = cli("release", "--output", published, "--dist", tiny / "d")
        left = list((tiny / "d").iterdir()) if (tiny / "d").exists() else []
    finally:
        subprocess.run(["umount", str(tiny)], check=True)
    assert proc.returncode == ExitCode.FAILED
    assert "No space left on device" in proc.stderr
    no_traceback(proc)
    assert left == []


@pytest.mark.parametrize("epoch", ["253402300800", "99999999999999", "-99999999999999"])
def test_r6_a_source_date_epoch_out_of_range_is_a_usage_error(
    published: Path, tmp_path: Path, epoch: str
) -> None:
    proc = cli(
        "release", "--output", published, "--dist", tmp_path, env={"SOURCE_DATE_EPOCH": epoch}
    )
    assert proc.returncode == ExitCode.USAGE
    assert "SOURCE_DATE_EPOCH must be between" in proc.stderr
    no_traceback(proc)


def test_d1_diff_across_schema_versions_lists_the_columns_and_compares_the_rest(
    published: Path, copy: Path
) -> None:
    part = table_parts(copy, "facts", "parquet")[0]
    frame = pd.read_parquet(part).drop(columns=["method", "attribute"])
    frame["unit_text"] = "as written"
    frame.loc[0, "value"] = frame.loc[0, "value"] + 1
    frame.to_parquet(part, index=False)
    proc = cli("diff", copy, published)
    assert proc.returncode == ExitCode.OK, proc.stderr
    no_traceback(proc)
    assert "facts columns: added attribute, method; removed unit_text" in proc.stdout
    assert "facts: 0 added, 0 removed, 1 changed" in proc.stdout


def test_e2_e3_e4_evaluate_fails_in_words_on_bad_gold_and_a_bad_json_path(
    published: Path, tmp_path: Path
) -> None:
    deep = tmp_path / "deep.jsonl"
    deep.write_text("[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    odd = tmp_path / "odd.jsonl"
    odd.write_text(
        json.dumps({"doc": "d", "sentence": "s", "dates": [{"quote": "5", "date": 5}]}) + "\n",
        encoding="utf-8",
    )
    fifo = tmp_path / "fifo.jsonl"
    os.mkfifo(fifo)
    for gold, said in ((deep, "nested too deeply"), (empty, "annotates no sentence"),
                       (odd, "not an ISO 8601 prefix"), (fifo, "a FIFO")):  # fmt: skip
        proc = cli("evaluate", "--output", published, gold)
        assert proc.returncode == ExitCode.USAGE, proc.stderr
        assert said in proc.stderr
        no_traceback(proc)
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps({"doc": "green-park", "sentence": "x"}) + "\n", encoding="utf-8")
    proc = cli("evaluate", "--output", published, "--json", tmp_path / "afile" / "x.json", good)
    assert "cannot write --json" in proc.stderr
    no_traceback(proc)


def test_release_of_malformed_metadata_is_a_release_error(copy: Path, tmp_path: Path) -> None:
    (copy / "datapackage.json").write_text("[]", encoding="utf-8")
    with pytest.raises(ReleaseError, match="not a JSON object"):
        build_release(copy, tmp_path / "dist")
