"""A release catalog: a static folder any static host (GitHub Pages, S3, Zenodo) can serve,
from which people find every release, its changelog and its citation, and read its tables
by URL.

```
<catalog>/
  catalog.json                 every release: version, date, archive, SHA-256, size,
                               row counts, changelog; which one is the latest
  CHANGELOG.md                 the same changelog, for people
  factpipe-<version>.tar.gz    each release archive (+ .sha256 beside it)
  <version>/                   each release unpacked: parquet/facts/part-00000.parquet, …,
                               datapackage.json, croissant.json, README.md, CITATION.cff
```

A version is published once: adding it again with other data is refused (a release never
changes under its users); adding the same data again changes nothing. The
changelog of a release is :func:`pipeline.release.diff.diff` against the release before it.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import tempfile
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from pipeline.errors import ArchiveError, DownloadError, ReleaseError
from pipeline.export.layout import table_parts
from pipeline.package.dataset import (
    DATAPACKAGE,
    DATASET_NAME,
    SEMVER,
    build_date,
    data_file_digests,
    file_sha256,
)
from pipeline.release.archive import UnpackWriteError, safe_extract
from pipeline.release.build import build_release
from pipeline.release.diff import diff
from pipeline.release.metadata import metadata_version
from schemas import TABLES

CATALOG = "catalog.json"
CHANGELOG = "CHANGELOG.md"
MAX_CATALOG_BYTES = 16 << 20


def _version_key(version: str) -> tuple[int, int, int, int, str]:
    match = SEMVER.match(version)
    if not match:
        return (-1, -1, -1, -1, version)
    major, minor, patch = (int(g) for g in match.groups())
    pre = version.partition("-")[2]
    return (major, minor, patch, 0 if pre else 1, pre)  # 1.0.0-rc.1 before 1.0.0


def read_catalog(folder: Path) -> dict[str, Any]:
    path = folder / CATALOG
    if not path.exists():
        return {"dataset": DATASET_NAME, "latest": None, "releases": []}
    try:
        catalog = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError) as err:
        raise ReleaseError(
            f"{path} cannot be read ({err}); restore it or start a new catalog"
        ) from None
    if not isinstance(catalog, dict) or not isinstance(catalog.get("releases"), list):
        raise ReleaseError(f"{path} is not a release catalog (no `releases` list)")
    return catalog


def _write(path: Path, text: str) -> None:
    part = path.with_name(f".{path.name}.part-{os.getpid()}")
    part.write_text(text, encoding="utf-8")
    part.replace(path)


def _counts(folder: Path) -> dict[str, int]:
    return {
        name: sum(pq.ParquetFile(p).metadata.num_rows for p in table_parts(folder, name, "parquet"))
        for name in TABLES
    }


@dataclass(frozen=True)
class Published:
    version: str
    folder: Path
    archive: Path
    new: bool  # False when this very release was already in the catalog


def publish_release(output: Path, catalog: Path, base_url: str | None = None) -> Published:
    """Add the release of ``output`` to the catalog folder ``catalog``."""
    version = metadata_version(output)
    if version is None or not SEMVER.match(version):
        raise ReleaseError(
            f"{output} has no readable {DATAPACKAGE} with a version: publish it with "
            "`python -m pipeline run`"
        )
    catalog.mkdir(parents=True, exist_ok=True)
    entries = read_catalog(catalog)
    known = {str(e.get("version")): e for e in entries["releases"] if isinstance(e, dict)}
    folder = catalog / version
    if version in known:
        if folder.is_dir() and data_file_digests(folder) == data_file_digests(output):
            return Published(version, folder, catalog / str(known[version]["archive"]), new=False)
        raise ReleaseError(
            f"version {version} is already in {catalog} with other data; a release never "
            "changes: bump schemas.DATASET_VERSION and publish again"
        )
    with tempfile.TemporaryDirectory(dir=catalog, prefix=".publish-") as tmp:
        archive = build_release(output, Path(tmp), version)
        digest = file_sha256(archive)
        unpacked = Path(tmp) / "unpacked"
        try:
            top = safe_extract(archive, unpacked)
        except ArchiveError as err:
            raise ReleaseError(str(err)) from None
        except UnpackWriteError as err:
            raise ReleaseError(
                f"cannot unpack the release into {catalog} ({err.strerror})"
            ) from None
        if folder.exists():
            shutil.rmtree(folder)  # a leftover of an interrupted publish, not in the catalog
        top.rename(folder)
        for path in (archive, archive.with_name(archive.name + ".sha256")):
            path.replace(catalog / path.name)
    previous = sorted(known, key=_version_key)
    older = [v for v in previous if _version_key(v) < _version_key(version)]
    entry: dict[str, Any] = {
        "version": version,
        "date": (build_date() or dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")),
        "archive": f"{DATASET_NAME}-{version}.tar.gz",
        "sha256": digest,
        "bytes": (catalog / f"{DATASET_NAME}-{version}.tar.gz").stat().st_size,
        "folder": f"{version}/",
        "citation": f"{version}/CITATION.cff",
        "counts": _counts(folder),
        "changelog": _changelog(catalog, older[-1] if older else None, version),
    }
    if base_url:
        base = base_url.rstrip("/") + "/"
        entry["url"] = base + entry["archive"]
        entry["files_url"] = base + entry["folder"]
    releases = [*known.values(), entry]
    releases.sort(key=lambda e: _version_key(str(e.get("version"))))
    entries["releases"] = releases
    entries["dataset"] = DATASET_NAME
    entries["latest"] = str(releases[-1]["version"])
    _write(catalog / CATALOG, json.dumps(entries, indent=2, ensure_ascii=False) + "\n")
    _write(catalog / CHANGELOG, changelog_markdown(entries))
    return Published(version, folder, catalog / entry["archive"], new=True)


def _changelog(catalog: Path, previous: str | None, version: str) -> dict[str, Any]:
    if previous is None or not (catalog / previous).is_dir():
        return {"from": None, "note": "first release in this catalog"}
    report = diff(catalog / previous, catalog / version)
    out: dict[str, Any] = {"from": previous}
    for name, table in report.tables.items():
        out[name] = table.summary() | {
            "added_ids": table.added[:20],
            "removed_ids": table.removed[:20],
            "changed_ids": list(table.changed)[:20],
        }
    return out


def changelog_markdown(catalog: dict[str, Any]) -> str:
    lines = [f"# Changelog of {catalog.get('dataset', DATASET_NAME)}", ""]
    for entry in reversed(catalog["releases"]):
        lines += [f"## {entry['version']} ({str(entry.get('date', ''))[:10]})", ""]
        log = entry.get("changelog", {})
        if log.get("from") is None:
            lines.append(f"- {log.get('note', 'first release')}")
        for name in ("facts", "events"):
            if name in log:
                c = log[name]
                lines.append(
                    f"- {name} since {log['from']}: {c['added']} added, {c['removed']} removed, "
                    f"{c['changed']} changed, {c['moved']} moved"
                )
        counts = entry.get("counts", {})
        if counts:
            lines.append("- rows: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
        lines.append(f"- archive `{entry['archive']}`, SHA-256 `{entry['sha256']}`")
        lines.append("")
    return "\n".join(lines)


def _fetch_text(location: str, limit: int = MAX_CATALOG_BYTES) -> str:
    """The text at a URL (``http(s)://``, ``file://``) or a local path."""
    parsed = urllib.parse.urlparse(location)
    try:
        if parsed.scheme in ("http", "https", "file"):
            request = urllib.request.Request(location, headers={"User-Agent": "factpipe"})
            with urllib.request.urlopen(request, timeout=60) as response:
                data = response.read(limit + 1)
        else:
            with open(location, "rb") as handle:
                data = handle.read(limit + 1)
    except (OSError, ValueError) as err:
        raise DownloadError(f"cannot read the catalog {location}: {err}") from None
    if len(data) > limit:
        raise DownloadError(f"the catalog {location} is larger than {limit} bytes")
    return data.decode("utf-8", "replace")


def catalog_url(location: str) -> str:
    """The URL of ``catalog.json`` for a catalog given as its folder or its file."""
    if location.endswith(".json"):
        return location
    return location.rstrip("/") + "/" + CATALOG


def find_release(location: str, version: str | None) -> tuple[str, dict[str, Any]]:
    """(archive URL, catalog entry) of ``version`` (the latest when None) in a catalog."""
    url = catalog_url(location)
    try:
        catalog = json.loads(_fetch_text(url))
        releases = {str(e["version"]): e for e in catalog["releases"]}
        wanted = version or str(catalog["latest"])
    except (ValueError, KeyError, TypeError, RecursionError) as err:
        raise DownloadError(
            f"{url} is not a release catalog ({type(err).__name__}: {err})"
        ) from None
    if wanted not in releases:
        known = ", ".join(sorted(releases, key=_version_key)) or "none"
        raise DownloadError(f"version {wanted} is not in {url} (it lists: {known})")
    entry = releases[wanted]
    base = url.rsplit("/", 1)[0] + "/"
    if "://" not in base:
        base = Path(base).resolve().as_uri() + "/"
    return urllib.parse.urljoin(base, str(entry["archive"])), entry
