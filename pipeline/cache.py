"""Results cached per document, by content hash and code version, for incremental runs.

A document's key hashes its raw bytes, everything known of it (``doc_id``, titles, source,
licence) and the version of the code that processes it (:func:`code_version`: a hash of
every module of ``pipeline/`` and ``schemas/``), so a changed article, a changed
``sources.csv`` line or any change to the code misses, and nothing stale is ever reused.
The value is the document's whole output (encoded rows, quarantine, reject), so a hit costs
only reading it back. The cache is one SQLite file written by the parent process only;
entries not used by a run are dropped at its end, so it holds one corpus at one version.
"""

from __future__ import annotations

import contextlib
import hashlib
import pickle
import sqlite3
import zlib
from functools import cache
from pathlib import Path

from pipeline.batch import DocOutput
from pipeline.export.encode import TEXT_FORMATS, TextFormats
from pipeline.ingest import Source

_SCHEMA = "CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, run TEXT, value BLOB)"


@cache
def code_version() -> str:
    """A hash of the code that produces the tables: every ``.py`` file of ``pipeline/``
    and ``schemas/`` (paths and contents, in sorted order)."""
    root = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256()
    for folder in ("pipeline", "schemas"):
        for path in sorted((root / folder).rglob("*.py")):
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def source_key(src: Source, text_formats: TextFormats = TEXT_FORMATS) -> str:
    """The cache key of one source under the current code, encoded in ``text_formats``."""
    digest = hashlib.sha256()
    for part in (code_version(), src.doc_id, src.name, src.title or "", src.fallback_title,
                 src.source, src.license or "", ",".join(text_formats)):  # fmt: skip
        digest.update(part.encode("utf-8"))
        digest.update(b"\x1f")
    digest.update(src.data)
    return digest.hexdigest()


class ResultCache:
    """Per-document outputs in a SQLite file (``None``: no caching)."""

    def __init__(self, path: Path | None, run_id: str) -> None:
        self.run_id = run_id
        self.hits = 0
        self.db: sqlite3.Connection | None = None
        if path is None:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(path, isolation_level=None)
            self.db.execute(_SCHEMA)
            self.db.execute("BEGIN")
        except (sqlite3.Error, OSError):
            self.db = None  # an unusable cache costs speed, never the run

    def get(self, key: str) -> DocOutput | None:
        if self.db is None:
            return None
        try:
            row = self.db.execute("SELECT value FROM results WHERE key = ?", (key,)).fetchone()
        except sqlite3.Error:  # a damaged cache file: go on without it
            self._drop()
            return None
        if row is None:
            return None
        try:
            output = pickle.loads(zlib.decompress(row[0]))
        except Exception:  # a damaged entry is a miss
            return None
        try:
            self.db.execute("UPDATE results SET run = ? WHERE key = ?", (self.run_id, key))
        except sqlite3.Error:
            self._drop()
        self.hits += 1
        return output if isinstance(output, DocOutput) else None

    def put(self, key: str, output: DocOutput) -> None:
        if self.db is None:
            return
        value = zlib.compress(pickle.dumps(output, protocol=pickle.HIGHEST_PROTOCOL), 1)
        try:
            self.db.execute(
                "INSERT OR REPLACE INTO results (key, run, value) VALUES (?, ?, ?)",
                (key, self.run_id, value),
            )
        except sqlite3.Error:  # a full disk: go on without the cache
            self._drop()

    def _drop(self) -> None:
        """Stop using the cache (what this run wrote to it is rolled back)."""
        if self.db is not None:
            with contextlib.suppress(sqlite3.Error):
                self.db.close()
            self.db = None

    def close(self, keep: bool) -> None:
        """Commit; drop the entries this run did not use when it completed (``keep``)."""
        if self.db is None:
            return
        try:
            dropped = 0
            if keep:
                deleted = self.db.execute("DELETE FROM results WHERE run != ?", (self.run_id,))
                dropped = deleted.rowcount
            self.db.execute("COMMIT")
            if dropped > 0:
                self.db.execute("VACUUM")
        except sqlite3.Error:
            pass
        finally:
            self.db.close()
            self.db = None
