"""Releases: build a reproducible archive, verify a release, diff two releases.

* :func:`build_release` packs a published folder (tables + ``datapackage.json``,
  ``croissant.json``, ``README.md``) and a ``SHA256SUMS`` into
  ``<dist>/<dataset>-<version>.tar.gz``, byte for byte the same for the same files
  (see ``pipeline.archive``), after checking the folder with :func:`verify`.
* :func:`verify` checks a folder or an archive: checksums (``SHA256SUMS`` and the hashes
  in ``datapackage.json`` and ``croissant.json``), every table in every format against its
  Pandera model, the formats against each other, and the provenance rule on every
  sentence, fact and event.
* :func:`diff` lists the facts and events added, removed and changed (same id, other
  values) between two releases.
"""

from __future__ import annotations

import csv
import json
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pandera.pandas as pa
import pyarrow.parquet as pq

from pipeline.archive import (
    ArchiveError,
    checksum_problems,
    format_checksums,
    safe_extract,
    unsafe_name,
    write_archive,
)
from pipeline.dataset import (
    CHECKSUMS,
    CROISSANT,
    DATAPACKAGE,
    DATASET_NAME,
    METADATA_FILES,
    data_files,
    file_sha256,
)
from pipeline.export import FORMATS, json_value, read_table, table_path
from pipeline.validate import provenance_failures  # the rule the run enforces, reused as is
from schemas import DATASET_VERSION, TABLES

SHOWN = 10  # problems listed per check in a report


class ReleaseError(Exception):
    """A release cannot be built or read; the message says why and what to do."""


@dataclass
class Check:
    name: str
    status: str  # ok | failed | skipped
    detail: str
    problems: list[str] = field(default_factory=list)


@dataclass
class VerifyReport:
    path: Path
    checks: list[Check] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(check.status != "failed" for check in self.checks)

    def add(self, name: str, problems: list[str], passed: str = "passed") -> None:
        """Record a check: ``passed`` describes it when there are no ``problems``."""
        if problems:
            self.checks.append(Check(name, "failed", f"{len(problems)} problem(s)", problems))
        else:
            self.checks.append(Check(name, "ok", passed))

    def format(self, shown: int = SHOWN) -> str:
        lines = [f"verify {self.path}"]
        for check in self.checks:
            lines.append(f"  [{check.status.upper():>7}] {check.name}: {check.detail}")
            lines += [f"            - {p}" for p in check.problems[:shown]]
            if len(check.problems) > shown:
                lines.append(f"            … and {len(check.problems) - shown} more")
        failed = sum(check.status == "failed" for check in self.checks)
        lines.append("OK: every check passed" if self.ok else f"FAILED: {failed} check(s) failed")
        return "\n".join(lines)


@contextmanager
def opened(path: Path) -> Iterator[Path]:
    """The release folder of ``path``: a folder as is, an archive unpacked to a temp folder."""
    if path.is_dir():
        yield path
        return
    if not path.is_file():
        raise ReleaseError(f"{path} does not exist")
    with tempfile.TemporaryDirectory(prefix="factpipe-release-") as tmp:
        try:
            folder = safe_extract(path, Path(tmp))
        except ArchiveError as err:
            raise ReleaseError(f"{path}: {err}") from None
        yield folder


def _schema_problems(err: pa.errors.SchemaErrors) -> list[str]:
    cases = err.failure_cases
    return [
        f"row {row['index']}, column {row['column']}: {row['check']} (got {row['failure_case']!r})"
        for _, row in cases.iterrows()
    ]


def _column_problems(folder: Path, name: str, fmt: str) -> list[str]:
    """The file's own column names against the model's (reading a table keeps only those)."""
    path = table_path(folder, name, fmt)
    if fmt == "parquet":
        found = list(pq.read_schema(path).names)
    elif fmt == "csv":
        with path.open(encoding="utf-8", newline="") as handle:
            found = next(csv.reader(handle), [])
    else:
        records = json.loads(path.read_text(encoding="utf-8"))
        found = list(records[0]) if records else TABLES[name].columns
        if any(list(record) != found for record in records):
            return [f"{fmt}: records do not all have the same keys"]
    expected = TABLES[name].columns
    return [] if found == expected else [f"{fmt}: columns {found}, expected {expected}"]


def _metadata_problems(folder: Path) -> list[str]:
    problems = []
    try:
        package = json.loads((folder / DATAPACKAGE).read_text(encoding="utf-8"))
        croissant = json.loads((folder / CROISSANT).read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        return [f"cannot read the metadata: {err}"]
    declared = {str(res.get("path")): res for res in package.get("resources", [])}
    for relative in data_files():
        if relative.as_posix() not in declared:
            problems.append(f"{relative.as_posix()}: not a resource of {DATAPACKAGE}")
    listed = [(name, res.get("hash"), DATAPACKAGE) for name, res in declared.items()]
    listed += [
        (str(item.get("contentUrl")), f"sha256:{item.get('sha256')}", CROISSANT)
        for item in croissant.get("distribution", [])
    ]
    for name, digest, source in listed:
        path = folder / name
        why = unsafe_name(name)
        if why:
            problems.append(f"{name}: an {why} in {source}")
        elif not path.is_file():
            problems.append(f"{name}: listed in {source} but missing")
        elif digest != f"sha256:{file_sha256(path)}":
            problems.append(f"{name}: SHA-256 differs from {source}")
        elif source == DATAPACKAGE and declared[name].get("bytes") not in (
            None,
            path.stat().st_size,
        ):
            problems.append(f"{name}: its size differs from {DATAPACKAGE}")
    return problems


def _verify_folder(report: VerifyReport, folder: Path, archive: bool) -> None:
    if (folder / CHECKSUMS).exists():
        report.add(CHECKSUMS, checksum_problems(folder), "every file listed and matching")
    elif archive:
        report.add(CHECKSUMS, [f"a release archive must hold {CHECKSUMS}"])
    else:
        report.checks.append(Check(CHECKSUMS, "skipped", "none here (releases carry one)"))
    problems = _metadata_problems(folder)
    report.add("metadata hashes", problems, f"{DATAPACKAGE} and {CROISSANT} match the files")
    tables: dict[str, pd.DataFrame] = {}
    for name in TABLES:
        frames: dict[str, pd.DataFrame] = {}
        problems = []
        for fmt in FORMATS:
            try:
                problems += _column_problems(folder, name, fmt)
                frames[fmt] = read_table(folder, name, fmt)
            except pa.errors.SchemaErrors as err:
                problems += [f"{fmt}: {p}" for p in _schema_problems(err)]
            except Exception as err:  # unreadable file: report it, keep checking the rest
                problems.append(f"{fmt}: cannot be read ({type(err).__name__}: {err})")
        for fmt, frame in frames.items():
            if fmt != "parquet" and "parquet" in frames:
                try:
                    pd.testing.assert_frame_equal(frames["parquet"], frame, check_dtype=False)
                except AssertionError as err:
                    problems.append(f"{fmt} differs from parquet: {' '.join(str(err).split())}")
        rows = len(frames["parquet"]) if "parquet" in frames else 0
        report.add(f"schema {name}", problems, f"{rows} rows, {len(frames)} format(s) valid")
        if "parquet" in frames and not problems:
            tables[name] = frames["parquet"]
    if "documents" not in tables or "sentences" not in tables:
        report.checks.append(Check("provenance", "skipped", "documents or sentences unreadable"))
        return
    for name in ("sentences", "facts", "events"):
        if name not in tables:
            continue
        failures = provenance_failures(name, tables[name], tables)
        problems = [f"row {f['index']}: {f['check']} (got {f['failure_case']})" for f in failures]
        report.add(f"provenance {name}", problems, f"{len(tables[name])} rows slice back")


def verify(path: Path) -> VerifyReport:
    """Check a published folder, a release folder or a release archive."""
    report = VerifyReport(path)
    try:
        with opened(path) as folder:
            _verify_folder(report, folder, archive=not path.is_dir())
    except ReleaseError as err:
        report.add("archive", [str(err)])
    return report


def release_name(version: str) -> str:
    return f"{DATASET_NAME}-{version}"


def build_release(output: Path, dist: Path, version: str = DATASET_VERSION) -> Path:
    """Pack ``output`` into ``dist/<dataset>-<version>.tar.gz`` (plus a ``.sha256`` beside it).

    Raises :class:`ReleaseError` when ``output`` has no metadata, was built as another
    version, or fails :func:`verify`.
    """
    if not (output / DATAPACKAGE).is_file():
        raise ReleaseError(
            f"{output} has no {DATAPACKAGE}: publish it with `python -m pipeline run` first"
        )
    declared = json.loads((output / DATAPACKAGE).read_text(encoding="utf-8")).get("version")
    if declared != version:
        raise ReleaseError(
            f"{output} was built as version {declared}, not {version}: rebuild it, or release "
            f"it as {declared}"
        )
    report = verify(output)
    if not report.ok:
        raise ReleaseError(f"{output} does not verify, so it is not released:\n{report.format()}")
    names = [p.as_posix() for p in data_files()] + list(METADATA_FILES)
    checksums = format_checksums(output, names).encode("utf-8")
    prefix = release_name(version)
    dest = dist / f"{prefix}.tar.gz"
    write_archive(output, names, {CHECKSUMS: checksums}, prefix, dest)
    sidecar = dest.with_name(dest.name + ".sha256")
    sidecar.write_text(f"{file_sha256(dest)}  {dest.name}\n", encoding="utf-8")
    return dest


@dataclass
class TableDiff:
    table: str
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: dict[str, dict[str, tuple[object, object]]] = field(default_factory=dict)


@dataclass
class DiffReport:
    old: Path
    new: Path
    old_version: str | None
    new_version: str | None
    tables: dict[str, TableDiff] = field(default_factory=dict)

    @property
    def has_changes(self) -> bool:
        return any(t.added or t.removed or t.changed for t in self.tables.values())

    def format(self, shown: int = SHOWN) -> str:
        lines = [f"diff {self.old} ({self.old_version}) → {self.new} ({self.new_version})"]
        for t in self.tables.values():
            lines.append(
                f"{t.table}: {len(t.added)} added, {len(t.removed)} removed, {len(t.changed)} changed"
            )
            lines += [f"  + {record_id}" for record_id in t.added[:shown]]
            lines += [f"  - {record_id}" for record_id in t.removed[:shown]]
            for record_id, cols in list(t.changed.items())[:shown]:
                what = "; ".join(f"{c}: {old!r} → {new!r}" for c, (old, new) in cols.items())
                lines.append(f"  ~ {record_id}: {what}")
            hidden = max(0, len(t.added) - shown) + max(0, len(t.removed) - shown)
            hidden += max(0, len(t.changed) - shown)
            if hidden:
                lines.append(f"  … and {hidden} more")
        return "\n".join(lines)


def diff_tables(name: str, old: pd.DataFrame, new: pd.DataFrame) -> TableDiff:
    """Rows of ``new`` against ``old`` matched by the table's key."""
    key = TABLES[name].key
    before = {str(r[key]): r for r in old.astype(object).to_dict("records")}
    after = {str(r[key]): r for r in new.astype(object).to_dict("records")}
    result = TableDiff(name, sorted(set(after) - set(before)), sorted(set(before) - set(after)))
    for record_id in sorted(set(before) & set(after)):
        cols = {
            col: (json_value(before[record_id][col]), json_value(after[record_id][col]))
            for col in TABLES[name].columns
            if json_value(before[record_id][col]) != json_value(after[record_id][col])
        }
        if cols:
            result.changed[record_id] = cols
    return result


def _version(folder: Path) -> str | None:
    try:
        return str(json.loads((folder / DATAPACKAGE).read_text(encoding="utf-8"))["version"])
    except (OSError, ValueError, KeyError):
        return None


def diff(old: Path, new: Path) -> DiffReport:
    """Facts and events added, removed and changed from release ``old`` to ``new``."""
    with opened(old) as old_folder, opened(new) as new_folder:
        report = DiffReport(old, new, _version(old_folder), _version(new_folder))
        for name in ("facts", "events"):
            try:
                before = read_table(old_folder, name, "parquet")
                after = read_table(new_folder, name, "parquet")
            except (OSError, ValueError, pa.errors.SchemaErrors) as err:
                raise ReleaseError(f"cannot read {name}: {err}") from None
            report.tables[name] = diff_tables(name, before, after)
    return report
