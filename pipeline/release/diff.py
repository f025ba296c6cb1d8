"""Diff two releases: the facts and events added, removed and changed (same id, other
values), matched by their stable ids.

Ids are derived from content, so a row keeps its id when text is added elsewhere in its
article; its offsets then move. A row whose only differences are its offsets
(:data:`POSITION_COLUMNS`) has *moved*, which is not a change of what it states.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pandera.pandas as pa

from pipeline.errors import ReleaseError
from pipeline.export import json_value
from pipeline.export.read import read_release_frame
from pipeline.release.archive import open_release
from pipeline.release.metadata import metadata_version
from schemas import TABLES

SHOWN = 10  # ids listed per kind of change and table
POSITION_COLUMNS = frozenset({"char_start", "char_end"})


@dataclass
class TableDiff:
    table: str
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: dict[str, dict[str, tuple[object, object]]] = field(default_factory=dict)
    moved: list[str] = field(default_factory=list)  # same content, other offsets

    def summary(self) -> dict[str, int]:
        return {
            "added": len(self.added),
            "removed": len(self.removed),
            "changed": len(self.changed),
            "moved": len(self.moved),
        }


@dataclass
class DiffReport:
    old: Path
    new: Path
    old_version: str | None
    new_version: str | None
    tables: dict[str, TableDiff] = field(default_factory=dict)
    columns: dict[str, tuple[list[str], list[str]]] = field(default_factory=dict)  # added, removed

    @property
    def has_changes(self) -> bool:
        return any(t.added or t.removed or t.changed for t in self.tables.values())

    def format(self, shown: int = SHOWN) -> str:
        lines = [f"diff {self.old} ({self.old_version}) → {self.new} ({self.new_version})"]
        for name, (added, removed) in self.columns.items():
            if added or removed:
                lines.append(
                    f"{name} columns: added {', '.join(added) or 'none'}; removed "
                    f"{', '.join(removed) or 'none'} (rows compared on the columns both have)"
                )
        for t in self.tables.values():
            lines.append(
                f"{t.table}: {len(t.added)} added, {len(t.removed)} removed, "
                f"{len(t.changed)} changed, {len(t.moved)} moved"
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
    """Rows of ``new`` against ``old`` matched by the table's key, compared on the columns
    both have (releases of other schema versions may add or drop some)."""
    key = TABLES[name].key
    shared = [c for c in old.columns if c in set(new.columns)]
    before = {str(r[key]): r for r in old.astype(object).to_dict("records")}
    after = {str(r[key]): r for r in new.astype(object).to_dict("records")}
    result = TableDiff(name, sorted(set(after) - set(before)), sorted(set(before) - set(after)))
    for record_id in sorted(set(before) & set(after)):
        cols = {
            col: (json_value(before[record_id][col]), json_value(after[record_id][col]))
            for col in shared
            if json_value(before[record_id][col]) != json_value(after[record_id][col])
        }
        if cols and set(cols) <= POSITION_COLUMNS:
            result.moved.append(record_id)
        elif cols:
            result.changed[record_id] = {c: v for c, v in cols.items() if c not in POSITION_COLUMNS}
    return result


def _read(folder: Path, name: str) -> pd.DataFrame:
    """Table ``name`` of a release of any schema version: the columns it has (in published
    order) and must have (its key), values as published."""
    try:
        frame = read_release_frame(folder, name)
    except (OSError, ValueError, pa.errors.SchemaErrors) as err:
        raise ReleaseError(f"cannot read {name} in {folder}: {err}") from None
    key = TABLES[name].key
    if key not in frame.columns:
        raise ReleaseError(f"{name} in {folder} has no `{key}` column to match rows on")
    return frame


def diff(old: Path, new: Path) -> DiffReport:
    """Facts and events added, removed and changed from release ``old`` to ``new`` (which
    may be of other schema versions: columns added or removed are listed)."""
    with open_release(old) as old_folder, open_release(new) as new_folder:
        report = DiffReport(old, new, metadata_version(old_folder), metadata_version(new_folder))
        for name in ("facts", "events"):
            before, after = _read(old_folder, name), _read(new_folder, name)
            added = [c for c in after.columns if c not in set(before.columns)]
            removed = [c for c in before.columns if c not in set(after.columns)]
            report.columns[name] = (added, removed)
            report.tables[name] = diff_tables(name, before, after)
    return report
