"""Write the site's data while the rows stream past, and its pages at the end.

The data are JavaScript files that hand a JSON value to the page (``FP.load(key, value)``),
loaded on demand by ``<script>`` tags, which browsers allow from ``file://`` too (``fetch``
of a local file they do not):

* ``data/index.js``: the dataset, each table's row count and chunk count, the values of
  the facets the views filter on (unit, property, qualifier, period, method);
* ``data/docs/<key>.js``: one document with its text and every row that points into it
  (sentences, facts, events, and entity mentions and relations when published);
* ``data/<table>/chunk-NNNNN.js``: a table's rows in chunks of :data:`CHUNK_ROWS`, for the
  table views (documents without their text).

Each is assembled from the JSON Lines encoding of the rows, so building the site costs
string joins, not a second encoding. Nothing the size of the corpus is held: a document's
file is written when it arrives, a chunk when it is full.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path

from schemas import TABLES

SITE = "site"
CHUNK_ROWS = 5000
STATIC = Path(__file__).parent / "static"
# The facets each table view can filter on, when the table has the column.
FACETS = ("unit", "property", "qualifier", "period", "method", "type", "predicate")
DOC_TABLES = ("sentences", "facts", "events", "mentions", "relations")
_DOCUMENT_SUMMARY = ("doc_id", "title", "source", "license")


def doc_key(doc_id: str) -> str:
    """The file name of a document's data: a hash, safe on any file system and in a URL."""
    return hashlib.sha1(doc_id.encode("utf-8")).hexdigest()[:16]


def _script(key: str, payload: bytes) -> bytes:
    return b"FP.load(" + json.dumps(key).encode() + b"," + payload + b");\n"


def _array(lines: Iterable[bytes]) -> bytes:
    return b"[" + b",".join(lines) + b"]"


def _lines(jsonl: bytes) -> list[bytes]:
    return [line for line in jsonl.split(b"\n") if line]


class _Chunks:
    """One table's rows, in chunk files of :data:`CHUNK_ROWS` rows."""

    def __init__(self, folder: Path, name: str) -> None:
        self.folder = folder / "data" / name
        self.name = name
        self.rows: list[bytes] = []
        self.count = 0
        self.chunks = 0

    def add(self, lines: list[bytes]) -> None:
        self.rows += lines
        self.count += len(lines)
        while len(self.rows) >= CHUNK_ROWS:
            self._flush(self.rows[:CHUNK_ROWS])
            self.rows = self.rows[CHUNK_ROWS:]

    def _flush(self, rows: list[bytes]) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.folder / f"chunk-{self.chunks:05d}.js"
        path.write_bytes(_script(f"{self.name}:{self.chunks}", _array(rows)))
        self.chunks += 1

    def close(self) -> None:
        if self.rows or not self.chunks:
            self._flush(self.rows)
            self.rows = []


class SiteWriter:
    """Builds ``<out>/site/`` from the published rows, one document at a time."""

    def __init__(self, output: Path) -> None:
        self.folder = output / SITE
        (self.folder / "data" / "docs").mkdir(parents=True, exist_ok=True)
        self.chunks: dict[str, _Chunks] = {}
        self.facets: dict[str, dict[str, Counter[str]]] = {}

    def _chunks(self, name: str) -> _Chunks:
        if name not in self.chunks:
            self.chunks[name] = _Chunks(self.folder, name)
        return self.chunks[name]

    def _count_facets(self, name: str, rows: list[dict[str, object]]) -> None:
        wanted = [f for f in FACETS if f in TABLES[name].columns]
        counters = self.facets.setdefault(name, {f: Counter() for f in wanted})
        for row in rows:
            for facet in wanted:
                value = row.get(facet)
                if value is not None:
                    counters[facet][str(value)] += 1

    def add_document(self, tables: dict[str, bytes], entities: list[dict[str, object]]) -> None:
        """One document's rows, given as the JSON Lines encoding of each table, and the
        entities it names (for the names of its mentions)."""
        doc_line = _lines(tables["documents"])[0]
        doc = json.loads(doc_line)
        parts = [b'"document":' + doc_line]
        parts.append(b'"entities":' + json.dumps(entities, ensure_ascii=False).encode())
        counts: dict[str, int] = {}
        for name in DOC_TABLES:
            if name not in tables:
                continue
            lines = _lines(tables[name])
            counts[name] = len(lines)
            parts.append(json.dumps(name).encode() + b":" + _array(lines))
            self._chunks(name).add(lines)
            if name in ("facts", "events", "mentions", "relations"):
                self._count_facets(name, [json.loads(line) for line in lines])
        key = doc_key(str(doc["doc_id"]))
        payload = b"{" + b",".join(parts) + b"}"
        (self.folder / "data" / "docs" / f"{key}.js").write_bytes(
            _script(f"doc:{doc['doc_id']}", payload)
        )
        summary = {k: doc.get(k) for k in _DOCUMENT_SUMMARY} | {"file": key} | counts
        self._chunks("documents").add([json.dumps(summary, ensure_ascii=False).encode()])

    def add_table(self, name: str, jsonl: bytes) -> None:
        """A whole table that no document holds (rejects, quarantine, entities)."""
        lines = _lines(jsonl)
        self._chunks(name).add(lines)
        if name in self.facets or any(f in TABLES[name].columns for f in FACETS):
            self._count_facets(name, [json.loads(line) for line in lines])

    def close(self, dataset: Mapping[str, object], card_html: str) -> list[Path]:
        """Write the remaining chunks, the index, the card page and the static files."""
        for chunks in self.chunks.values():
            chunks.close()
        index = {
            "dataset": dataset,
            "chunk_rows": CHUNK_ROWS,
            "tables": {
                name: {
                    "rows": c.count,
                    "chunks": c.chunks,
                    "columns": _columns(name),
                }
                for name, c in self.chunks.items()
            },
            "facets": {
                name: {
                    f: sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:200]
                    for f, counter in counters.items()
                    if counter
                }
                for name, counters in self.facets.items()
            },
        }
        data = json.dumps(index, ensure_ascii=False).encode("utf-8")
        (self.folder / "data" / "index.js").write_bytes(_script("index", data))
        (self.folder / "card.html").write_text(card_html, encoding="utf-8")
        for asset in sorted(STATIC.iterdir()):
            shutil.copyfile(asset, self.folder / asset.name)
        return sorted(p for p in self.folder.rglob("*") if p.is_file())


def _columns(name: str) -> list[str]:
    if name == "documents":
        return [*_DOCUMENT_SUMMARY, "sentences", "facts", "events"]
    return TABLES[name].columns
