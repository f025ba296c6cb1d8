"""Verify a published folder, a release folder or a release archive.

Checks: ``SHA256SUMS`` (releases carry one, and hold nothing it and the metadata do not
list), the hashes in ``datapackage.json`` and ``croissant.json``, every table in every
format against its Pandera model, the formats against each other, the calendar (no
``2020-02-31``) and the provenance rule on every sentence, fact and event (the checks the
run itself applies, reused from ``pipeline.validate``).

The formats are compared exactly, as published text: every Parquet part, read row group by
row group, is encoded again as the run encodes it (:func:`pipeline.export.encode_frame`)
and must give the bytes of its CSV and JSON Lines parts, so a value that differs in any
digit (``10000000000.0`` against ``10000050000.0``) is a failure, never a tolerance.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pandera.pandas as pa
import pyarrow.parquet as pq

from pipeline.errors import ReleaseError
from pipeline.export import FORMATS, encode_frame, read_table, table_parts
from pipeline.export.encode import csv_header
from pipeline.package.dataset import (
    CHECKSUMS,
    CROISSANT,
    DATAPACKAGE,
    METADATA_FILES,
    data_files,
    file_sha256,
)
from pipeline.release.archive import checksum_problems, open_release, unsafe_name
from pipeline.release.metadata import read_metadata
from pipeline.site.writer import SITE
from pipeline.validate import (
    SPANNED,
    calendar_problems,
    provenance_problems,
    reference_problems,
    schema_problems,
)
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
        package = read_metadata(folder / DATAPACKAGE)
        croissant = read_metadata(folder / CROISSANT)
    except ReleaseError as err:
        return [f"cannot read the metadata: {err}"]
    resources = package.get("resources", [])
    distribution = croissant.get("distribution", [])
    if not isinstance(resources, list) or not all(isinstance(r, dict) for r in resources):
        return [f"{DATAPACKAGE}: `resources` is not a list of objects"]
    if not isinstance(distribution, list) or not all(isinstance(d, dict) for d in distribution):
        return [f"{CROISSANT}: `distribution` is not a list of objects"]
    declared = {str(res.get("path")): res for res in resources}
    for relative in data_files(folder):
        if relative.as_posix() not in declared:
            problems.append(f"{relative.as_posix()}: not a resource of {DATAPACKAGE}")
    listed = [(name, res.get("hash"), DATAPACKAGE) for name, res in declared.items()]
    listed += [
        (str(item.get("contentUrl")), f"sha256:{item.get('sha256')}", CROISSANT)
        for item in distribution
        if "sha256" in item or "contentUrl" in item
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


def unexpected_files(folder: Path) -> list[str]:
    """Files of a release that are neither its data files, its metadata, its site nor its
    ``SHA256SUMS``: a release holds nothing else (a file slipped in and listed in
    ``SHA256SUMS`` would be installed by ``download`` and read by a glob)."""
    known = {p.as_posix() for p in data_files(folder)} | set(METADATA_FILES) | {CHECKSUMS}
    present = sorted(
        path.relative_to(folder).as_posix()
        for path in folder.rglob("*")
        if path.is_file() or path.is_symlink()
    )
    site = f"{SITE}/"  # the browsable view, generated by the run (its files are checksummed)
    return [
        f"{name}: not a file of a release"
        for name in present
        if name not in known and not name.startswith(site)
    ]


def _rows(fmt: str, data: bytes) -> list[bytes]:
    """An encoding split into its rows' bytes (a CSV row ends with CRLF outside quotes, a
    JSON Lines row with LF)."""
    if fmt == "jsonl":
        return data.splitlines(keepends=True)
    rows, start, quoted = [], 0, False
    for i, byte in enumerate(data):
        if byte == 0x22:  # "
            quoted = not quoted
        elif byte == 0x0A and not quoted:
            rows.append(data[start : i + 1])
            start = i + 1
    if start < len(data):
        rows.append(data[start:])
    return rows


def _cells(name: str, fmt: str, data: bytes) -> dict[str, str]:
    """The cells of the first row of ``data``, by column, as text (empty when unreadable)."""
    text = data.decode("utf-8", "replace")
    if fmt == "csv":
        try:
            row = next(csv.reader(io.StringIO(text, newline="")), [])
        except csv.Error:
            return {}
        return dict(zip(TABLES[name].columns, row, strict=False))
    try:
        record = json.loads(text.split("\n", 1)[0])
    except ValueError:
        return {}
    if not isinstance(record, dict):
        return {}
    return {str(k): json.dumps(v, ensure_ascii=False) for k, v in record.items()}


def _difference(name: str, fmt: str, first_row: int, want: bytes, got: bytes) -> str:
    """Where ``got`` (a format's bytes) first differs from ``want`` (what the Parquet rows
    from ``first_row`` on encode to)."""
    offset = 0
    for row, expected in enumerate(_rows(fmt, want), start=first_row):
        if got[offset : offset + len(expected)] != expected:
            rest = got[offset:]
            if not rest:
                return f"row {row}: missing (the Parquet part has more rows)"
            should, found = _cells(name, fmt, expected), _cells(name, fmt, rest)
            for column in TABLES[name].columns:
                if should.get(column) != found.get(column):
                    return (
                        f"row {row}, column {column}: {found.get(column)!r} where Parquet "
                        f"gives {should.get(column)!r}"
                    )
            return f"row {row}: {rest[:80]!r} where Parquet gives {expected[:80]!r}"
        offset += len(expected)
    return f"row {first_row + len(_rows(fmt, want))}: not in the Parquet part"


def format_problems(folder: Path, name: str, formats: Sequence[str] = FORMATS[1:]) -> list[str]:
    """The CSV and JSON Lines parts (of ``formats``) of table ``name`` against its Parquet
    parts, exactly: the bytes each must hold are those the run writes for the Parquet
    values."""
    parquet = table_parts(folder, name, "parquet")
    problems = []
    for fmt in formats:
        parts = table_parts(folder, name, fmt)
        if len(parts) != len(parquet):
            problems.append(f"{fmt}: {len(parts)} part files, Parquet has {len(parquet)}")
            continue
        for source, part in zip(parquet, parts, strict=True):
            where = part.relative_to(folder).as_posix()
            with part.open("rb") as handle:
                if fmt == "csv" and handle.read(len(csv_header(name))) != csv_header(name):
                    problems.append(
                        f"{where}: its header row is not {','.join(TABLES[name].columns)} "
                        "ended by CRLF"
                    )
                    continue
                row = 0
                for batch in pq.ParquetFile(source).iter_batches(batch_size=10_000):
                    encoded = encode_frame(name, batch.to_pandas())
                    want = encoded.csv if fmt == "csv" else encoded.jsonl
                    got = handle.read(len(want))
                    if got != want:
                        got += handle.read(1 << 16)
                        difference = _difference(name, fmt, row, want, got)
                        problems.append(f"{where}: differs from Parquet at {difference}")
                        break
                    row += encoded.rows
                else:
                    rest = handle.read(1 << 10)
                    if rest:
                        problems.append(
                            f"{where}: holds more than the Parquet part's {row} rows "
                            f"({rest[:60]!r}…)"
                        )
    return problems


def published_formats(folder: Path) -> list[str]:
    """The table formats a folder was published in: Parquet always, CSV and JSON Lines
    when their folders are there (``run --formats`` may leave them out; a format folder
    removed afterwards is caught by the metadata, which lists its files)."""
    return ["parquet", *(fmt for fmt in FORMATS[1:] if (folder / fmt).is_dir())]


def _verify_folder(report: VerifyReport, folder: Path, archive: bool) -> None:
    if (folder / CHECKSUMS).exists():
        report.add(CHECKSUMS, checksum_problems(folder), "every file listed and matching")
    elif archive:
        report.add(CHECKSUMS, [f"a release archive must hold {CHECKSUMS}"])
    else:
        report.checks.append(Check(CHECKSUMS, "skipped", "none here (releases carry one)"))
    if archive or (folder / CHECKSUMS).exists():
        report.add("release files", unexpected_files(folder), "nothing but data and metadata")
    problems = _metadata_problems(folder)
    report.add("metadata hashes", problems, f"{DATAPACKAGE} and {CROISSANT} match the files")
    tables: dict[str, pd.DataFrame] = {}
    formats = published_formats(folder)
    for name in TABLES:
        frames: dict[str, pd.DataFrame] = {}
        problems = []
        for fmt in formats:
            try:
                columns = _column_problems(folder, name, fmt)
                problems += columns
                frame = read_table(folder, name, fmt)
                if not columns:
                    frames[fmt] = frame
            except pa.errors.SchemaErrors as err:
                problems += [f"{fmt}: {p.format()}" for p in schema_problems(name, err)]
            except Exception as err:  # unreadable file: report it, keep checking the rest
                problems.append(f"{fmt}: cannot be read ({type(err).__name__}: {err})")
        if "parquet" in frames:
            try:
                problems += format_problems(folder, name, [f for f in formats[1:] if f in frames])
            except Exception as err:  # an unreadable part: report it, keep checking the rest
                problems.append(f"formats cannot be compared ({type(err).__name__}: {err})")
            problems += [p.format() for p in calendar_problems(name, frames["parquet"])]
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
