"""The release catalog: publishing versions into a static folder, finding and downloading
them by version, reading their tables over HTTP; stable ids across edits."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import polars as pl
import pytest

from pipeline.errors import DownloadError, ReleaseError
from pipeline.export import read_table
from pipeline.release.catalog import find_release, publish_release, read_catalog
from pipeline.release.download import download
from pipeline.release.verify import verify
from tests.http_server import QuietHandler, serving
from tests.release_data import GREEN_PARK, RIVER_MILL, publish, write_raw

EXTENDED = GREEN_PARK.replace(
    "== History ==\n", "== History ==\nThe park was planned in 1990 by the town council.\n"
)


class _StaticHost(QuietHandler):
    """A static host as GitHub Pages or S3 are: files, with byte ranges (Parquet readers
    fetch a file's footer first)."""

    def end_headers(self) -> None:
        self.send_header("Accept-Ranges", "bytes")
        super().end_headers()

    def do_GET(self) -> None:
        ranged = re.fullmatch(r"bytes=(\d*)-(\d*)", self.headers.get("Range", ""))
        path = Path(self.translate_path(self.path))
        if ranged is None or not path.is_file():
            super().do_GET()
            return
        data = path.read_bytes()
        first, last = ranged.groups()
        if not first:  # the last N bytes
            start, end = max(0, len(data) - int(last)), len(data) - 1
        else:
            start = int(first)
            end = min(int(last), len(data) - 1) if last else len(data) - 1
        body = data[start : end + 1]
        self.send_response(206)
        self.send_header("Content-Range", f"bytes {start}-{start + len(body) - 1}/{len(data)}")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A catalog with two releases: 0.9.0, then 0.10.0 with one sentence added to an article."""
    root = tmp_path_factory.mktemp("catalog")
    first = publish(write_raw(root / "raw1"), root / "out1", "0.9.0")
    folder = root / "site"
    assert publish_release(first, folder).new
    raw2 = write_raw(root / "raw2", {"green-park.txt": EXTENDED, "river-mill.txt": RIVER_MILL})
    second = publish(raw2, root / "out2", "0.10.0")
    publish_release(second, folder, base_url="https://example.org/data")
    return folder


@pytest.fixture(scope="module")
def served(catalog: Path) -> Iterator[str]:
    with serving(catalog, _StaticHost) as url:
        yield url


def test_the_catalog_lists_every_release_in_version_order(catalog: Path) -> None:
    entries = read_catalog(catalog)
    assert [e["version"] for e in entries["releases"]] == ["0.9.0", "0.10.0"]
    assert entries["latest"] == "0.10.0"
    latest = entries["releases"][-1]
    assert latest["url"] == "https://example.org/data/factpipe-0.10.0.tar.gz"
    assert latest["counts"]["documents"] == 2
    for entry in entries["releases"]:
        assert (catalog / entry["archive"]).is_file()
        assert verify(catalog / entry["folder"].rstrip("/")).ok
        assert verify(catalog / entry["archive"]).ok
        citation = (catalog / entry["citation"]).read_text(encoding="utf-8")
        assert f'version: "{entry["version"]}"' in citation
    assert (catalog / "CHANGELOG.md").read_text(encoding="utf-8").startswith("# Changelog")


def test_a_sentence_added_elsewhere_moves_facts_but_changes_none(catalog: Path) -> None:
    log = read_catalog(catalog)["releases"][-1]["changelog"]
    assert log["from"] == "0.9.0"
    assert log["facts"]["changed"] == 0 and log["facts"]["removed"] == 0
    assert log["facts"]["moved"] > 0  # the facts after the new sentence kept their ids
    assert log["events"]["added"] == 1  # "in 1990"
    assert log["events"]["changed"] == 0


def test_a_version_is_never_changed(catalog: Path, tmp_path: Path) -> None:
    same = publish(write_raw(tmp_path / "raw"), tmp_path / "out", "0.9.0")
    assert not publish_release(same, catalog).new  # the same data again: nothing to do
    other = write_raw(tmp_path / "raw3", {"green-park.txt": EXTENDED})
    changed = publish(other, tmp_path / "out3", "0.9.0")
    with pytest.raises(ReleaseError, match=r"already in .* with other data"):
        publish_release(changed, catalog)


def test_download_finds_the_latest_or_a_given_version(served: str, tmp_path: Path) -> None:
    folder = download(find_release(served, None)[0], tmp_path, progress=False)
    assert folder.name == "factpipe-0.10.0"
    url, entry = find_release(served + "/catalog.json", "0.9.0")
    older = download(url, tmp_path, sha256=entry["sha256"], progress=False)
    assert older.name == "factpipe-0.9.0"
    assert len(read_table(older, "events", "parquet")) + 1 == len(
        read_table(folder, "events", "parquet")
    )
    with pytest.raises(DownloadError, match=r"version 9\.9\.9 is not in .* 0\.9\.0, 0\.10\.0"):
        find_release(served, "9.9.9")


def test_tables_are_read_by_url_from_the_catalog(served: str) -> None:
    base = f"{served}/0.10.0"
    facts_pl = pl.read_parquet(f"{base}/parquet/facts/part-00000.parquet")
    facts_pd = pd.read_csv(f"{base}/csv/facts/part-00000.csv", dtype={"period": "string"})
    assert facts_pl.height == len(facts_pd) > 0
    card = json.loads(pd.io.common.urlopen(f"{base}/datapackage.json").read())
    assert card["version"] == "0.10.0"


def test_the_download_command_takes_a_catalog(served: str, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from pipeline.cli import cli

    result = CliRunner().invoke(
        cli, ["download", "--catalog", served, "--dest", str(tmp_path), "--no-progress"]
    )
    assert result.exit_code == 0, result.output
    assert "release 0.10.0" in result.output
    assert (tmp_path / "factpipe-0.10.0" / "datapackage.json").is_file()
