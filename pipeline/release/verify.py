"""Verify a published folder, a release folder or a release archive.

Checks: ``SHA256SUMS`` (releases carry one), the hashes in ``datapackage.json`` and
``croissant.json``, every table in every format against its Pandera model, the formats
against each other, and the provenance rule on every sentence, fact and event (the checks
the run itself applies, reused from ``pipeline.validate``).
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pandera.pandas as pa
import pyarrow.parquet as pq

from pipeline.errors import ReleaseError
from pipeline.export import FORMATS, read_table, table_parts
from pipeline.package.dataset import CHECKSUMS, CROISSANT, DATAPACKAGE, data_files, file_sha256
from pipeline.release.archive import checksum_problems, open_release, unsafe_name
from pipeline.validate import SPANNED, provenance_problems, reference_problems, schema_problems
from schemas import TABLES

SHOWN = 10  # problems listed per check in a report


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


def _column_problems(folder: Path, name: str, fmt: str) -> list[str]:
    """Each part file's own column names against the model's (reading a table keeps only
    those)."""
    expected = TABLES[name].columns
    parts = table_parts(folder, name, fmt)
    if not parts:
        return [f"{fmt}: no part files in {fmt}/{name}/"]
    problems = []
    for path in parts:
        where = path.relative_to(folder).as_posix()
        if fmt == "parquet":
            found = list(pq.read_schema(path).names)
        elif fmt == "csv":
            with path.open(encoding="utf-8", newline="") as handle:
                found = next(csv.reader(handle), [])
        else:
            lines = path.read_bytes().split(b"\n")  # "\n" only: see pipeline.export.read
            keys = {tuple(json.loads(line)) for line in lines if line.strip()}
            if len(keys) > 1:
                problems.append(f"{where}: records do not all have the same keys")
                continue
            found = list(keys.pop()) if keys else expected
        if found != expected:
            problems.append(f"{where}: columns {found}, expected {expected}")
    return problems


def _metadata_problems(folder: Path) -> list[str]:
    problems = []
    try:
        package = json.loads((folder / DATAPACKAGE).read_text(encoding="utf-8"))
        croissant = json.loads((folder / CROISSANT).read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        return [f"cannot read the metadata: {err}"]
    declared = {str(res.get("path")): res for res in package.get("resources", [])}
    for relative in data_files(folder):
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
                problems += [f"{fmt}: {p.format()}" for p in schema_problems(name, err)]
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
    for name in ("sentences", *SPANNED):
        if name not in tables:
            continue
        problems = [p.format() for p in provenance_problems(name, tables[name], tables)]
        report.add(f"provenance {name}", problems, f"{len(tables[name])} rows slice back")
    if "entities" in tables:
        for name in ("mentions", "relations", "facts"):
            if name in tables:
                problems = [
                    p.format() for p in reference_problems(name, tables[name], tables["entities"])
                ]
                report.add(f"references {name}", problems, "every entity id is published")


def verify(path: Path) -> VerifyReport:
    """Check a published folder, a release folder or a release archive."""
    report = VerifyReport(path)
    try:
        with open_release(path) as folder:
            _verify_folder(report, folder, archive=not path.is_dir())
    except ReleaseError as err:
        report.add("archive", [str(err)])
    return report
