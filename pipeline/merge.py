"""The ``entities`` table: one row per entity across documents, merged out of core.

Each document yields its own entity rows; the same name and type in two documents is one
entity (its id is derived from them), with the aliases of both and the smallest of the
names. Rows are gathered in a temporary SQLite file as they stream past and read back
sorted by ``entity_id`` at the end, so memory stays bounded however many entities the
corpus names.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

from pipeline.assemble import Row

BATCH = 5000  # rows per encoded piece when reading back


class EntityMerger:
    def __init__(self, path: Path) -> None:
        self.path = path
        path.unlink(missing_ok=True)
        self.db = sqlite3.connect(path, isolation_level=None)
        self.db.execute("PRAGMA journal_mode = OFF")
        self.db.execute("PRAGMA synchronous = OFF")
        self.db.execute("BEGIN")
        self.db.execute("CREATE TABLE names (entity_id TEXT, name TEXT, type TEXT)")
        self.db.execute("CREATE TABLE aliases (entity_id TEXT, alias TEXT)")

    def add(self, rows: list[Row]) -> None:
        self.db.executemany(
            "INSERT INTO names VALUES (?, ?, ?)",
            [(r["entity_id"], r["name"], r["type"]) for r in rows],
        )
        self.db.executemany(
            "INSERT INTO aliases VALUES (?, ?)",
            [(r["entity_id"], a) for r in rows for a in r["aliases"]],  # type: ignore[attr-defined]
        )

    def merged(self) -> Iterator[list[Row]]:
        """The merged rows sorted by ``entity_id``, in lists of :data:`BATCH`."""
        self.db.execute("CREATE INDEX names_id ON names (entity_id)")
        self.db.execute("CREATE INDEX aliases_id ON aliases (entity_id, alias)")
        entities = self.db.execute(
            "SELECT entity_id, MIN(name), MIN(type) FROM names GROUP BY entity_id ORDER BY entity_id"
        )
        aliases = self.db.cursor().execute(
            "SELECT DISTINCT entity_id, alias FROM aliases ORDER BY entity_id, alias"
        )
        pending = aliases.fetchone()
        out: list[Row] = []
        for ident, name, kind in entities:
            found: list[str] = []
            while pending is not None and pending[0] < ident:
                pending = aliases.fetchone()
            while pending is not None and pending[0] == ident:
                if pending[1] != name:
                    found.append(pending[1])
                pending = aliases.fetchone()
            out.append({"entity_id": ident, "name": name, "type": kind, "aliases": found})
            if len(out) >= BATCH:
                yield out
                out = []
        if out:
            yield out

    def close(self) -> None:
        self.db.close()
        self.path.unlink(missing_ok=True)
