"""Label lines of fact sheets and tables: the label names what the values after it measure.

Examples: ``Distance to Abidjan: about 340 km`` → ``Distance to Abidjan``; ``PAIO employees:
380`` → ``PAIO employees``; ``Jobs in the park: about 2,900`` → ``Jobs``; a table row ``Share
of employees commuting by bus — 18% — 30% — 40%`` gives its label to each cell; ``Just
Transition Fund (EU): 45%, CZK 3.06 billion`` names a funder, no measure; a place label with a
distance (``Katowice: 85 km``) gives ``distance to Katowice``. A year is no label (``2027:
€1.0 million`` is dated by it, see the periods), nor a clause (``The park said: …``).
"""

from __future__ import annotations

import re
from typing import Final

from pipeline.extract.properties import MEASURE_LIKE, MEASURE_NOUNS
from pipeline.extract.units import TIME_UNITS
from pipeline.extract.words import STOP_WORDS, words

# a label and its separator at the start of a line: "Distance to Abidjan: ", "Share of … — "
_LABEL: Final = re.compile(
    r"\s*(?:[-•*]\s+)?(?P<label>[^\W\d_](?:[^:;—–\n(]|\([^()\n]{0,40}\)){1,80}?)\s*(?::|\s[—–]\s)\s*"
)
_QUALIFIER: Final = re.compile(
    r"(?:(?:about|around|approximately|approx\.|some|nearly|almost|over|more\s+than|up\s+to|"
    r"at\s+least|an\s+estimated|est\.|roughly|c\.)\s+)?$",
    re.IGNORECASE,
)
# the cells before a value in the same row: "18% — ", "45%, ", "0 ha — 71 ha (by 2029) — "
_CELL_SEPARATOR: Final = re.compile(r"\s[—–/]\s|,\s")
_MAX_CELL_WORDS: Final = 6
_BRACKETS: Final = re.compile(r"\s*\([^()]*\)")
# where a label's head ends: "Jobs [in the park]", "Tenants [at the end of …]"
_PLACE_TAIL: Final = re.compile(
    r"\s+(?:in|at|on|across|within|inside)\s+(?:the|its|our|this)\b.*$", re.IGNORECASE
)
_NOT_LABEL: Final = re.compile(
    r"(?<!\d)(?!(?:1[89]|20)\d\d\b)\d|[(),]|\b(?:announced|reported|signed|told|added|noted|stated|explained|also)\b",
    re.I,
)  # "IPOH, 18 July 2025 — …", "The Ministry also announced …:"
_MAX_LABEL_WORDS: Final = 8
_OPENING_WORDS: Final = words("on in at by during with from after before since the a an")
_DASHES: Final = re.compile(r"\s[—–]\s")
_NOT_OWNER: Final = re.compile(
    r"\d|\b(?:announced|reported|signed|told|added|noted|stated)\b", re.I
)
# a distance or a travel time: "85 km", "about 30 minutes by road"
_TRAVEL: Final = re.compile(
    r"\d\s*(?:km|kilomet|mi\b|miles|nmi|nautical|minutes?|mins?\b|hours?|hrs?\b|h\b)", re.I
)
_UNIT_REACH: Final = 12  # characters after a value read for its unit
_GENRE: Final = words("press release note notes source sources contact update summary")
_MAX_CATEGORY_WORDS: Final = 6
_DISTANCE_UNITS: Final = frozenset({"km", "mi", "nmi"})
_ITEM_OPENERS: Final = words("a an one each every")
_VAGUE: Final = words("total totals other others including subtotal sum of which")
_PLACE_NOUNS: Final = words(
    """centre center airport port border station junction city town highway motorway
    terminal harbour harbor capital border crossing"""
)
_VERBISH: Final = re.compile(
    r"\b(?:is|are|was|were|has|have|had|said|says|will|would|can|includes?|reads?)\b", re.I
)


def label_line(text: str) -> tuple[str, int] | None:
    """The label of a label line (``Registered companies: 318 at 30 June 2025``) and where
    its values start, or None when the line is no label line."""
    m = _LABEL.match(text)
    if m is None:
        return None
    label = m.group("label").strip()
    bare = untimed_label(_BRACKETS.sub("", label)) or ""  # "Exports, Q2 2025" → "Exports"
    if (
        not label[:1].isupper()
        or _VERBISH.search(label)
        or _NOT_LABEL.search(_NUMBERED.sub("", bare))
        or len(bare.split()) > _MAX_LABEL_WORDS
        or label.split()[0].lower() in _OPENING_WORDS
        or (":" not in m.group() and len(_DASHES.findall(text)) < 2)  # a dateline's dash
    ):
        return None
    return label, m.end()


def _row_label(text: str, start: int) -> str | None:
    """The label of the line holding the value at ``text[start]`` when the line is a label
    and its row of values (brackets left out: ``Remediated land (cumulative) — 0 ha — …``),
    or None: no label before the value, a lower-case or verbal one, or only a vague word
    (``Total: €14.8 million``)."""
    m = _LABEL.match(text)
    if m is None or m.end() > start or not _row_before(text[m.end() : start]):
        return None
    label = _BRACKETS.sub("", m.group("label")).strip()
    tokens = label.split()
    if (
        not tokens
        or not label[:1].isupper()  # "including RWF 9.4 billion": no label
        or _VERBISH.search(label)
        or all(w.lower() in _VAGUE for w in tokens)
    ):
        return None
    return label


def _measured(tokens: list[str]) -> bool:
    """Does a label name a measure (``Total area``, ``Rooftop solar capacity``)?"""
    return any(w.lower() in MEASURE_NOUNS or w.lower() in MEASURE_LIKE for w in tokens)


# the time a label's figures are of, after its words: "Exports, Q2 2025", "Employees, 30
# June 2025", "Revenue (FY2024/25)"
_TIME_OF_LABEL: Final = (
    r"(?:end[-\s]|(?:the\s+)?end\s+of\s+|(?:first|second)\s+half\s+|(?:first|second|third|"
    r"fourth)\s+quarter\s+)?(?:(?:Q[1-4]|H[12]|FY)\s?|(?:\d{1,2}\s+)?[A-Z][a-z]+(?:[–-][A-Z][a-z]+)?\s+)?"
    r"(?:19|20)\d\d(?:/\d\d(?:\d\d)?)?"
)
_LABEL_TIME: Final = re.compile(
    r"(?:,\s*|\s+(?:in|as\s+(?:of|at)|at)\s+|\s*\(\s*|\s+)"
    rf"{_TIME_OF_LABEL}(?:\s+(?:vs\.?|versus|compared\s+with)\s+{_TIME_OF_LABEL})?\)?$"
)  # "Exports, first half 2025", "Change in approved budget, 2025 vs 2024"


# the number of a numbered thing ending a label: "Phase 2", "Berth 5", "Zone 3A"
_NUMBERED: Final = re.compile(r"(?<=[A-Za-z])\s\d{1,2}[A-Z]?$")


def untimed_label(label: str | None) -> str | None:
    """A row label without the time its figures are of (``Exports, Q2 2025`` → ``Exports``)."""
    if label is None:
        return None
    return _LABEL_TIME.sub("", label).strip() or label


def label_of(text: str, start: int, unit: str) -> str | None:
    """What the value at ``text[start]`` measures when the line is a label and its values
    (see the module docstring); else None."""
    label = untimed_label(_row_label(text, start))
    if label is None or "(" in label or any(ch.isdigit() for ch in label):
        return None
    tokens = label.split()
    if tokens[0].lower() in _ITEM_OPENERS:
        return None  # "A rubber products plant: US$48 million, …"
    if not _measured(tokens):
        named = all(w[:1].isupper() or w.lower() in STOP_WORDS for w in tokens)
        if unit in _DISTANCE_UNITS:
            return f"distance to {label}"  # "Katowice: 85 km", "Polish border: 2 km"
        if unit in TIME_UNITS and (named or tokens[-1].lower() in _PLACE_NOUNS):
            return f"travel time to {label}"  # "Doha city centre: 40 minutes"
        if named:
            return None  # a name, no measure: "Société Financière Lagunaire: 15%"
    return _PLACE_TAIL.sub("", label) or label


def label_owner(text: str, start: int, end: int) -> str | None:
    """Whose the value at ``text[start:end]`` is when its line's label names a thing, not a
    measure (``Garments and textiles: 112``, ``United States: 41.2%``, ``A feed mill: US$27
    million, 30 acres``); None for a measure's label (``Total area: …``), a distance or a
    travel time to a place (``Katowice: 85 km``: the place is where, not whose), or a line
    that is no label line."""
    label = untimed_label(_row_label(text, start))
    if (
        label is None
        or _NOT_OWNER.search(label)
        or _TRAVEL.search(text, start, min(len(text), end + _UNIT_REACH))
    ):
        return None
    tokens = label.split()
    if _measured(tokens):
        return None
    if tokens[0].lower() in _ITEM_OPENERS:
        return " ".join(tokens[1:]) or None  # "A feed mill: …" → "feed mill"
    significant = [w for w in tokens if w.lower() not in STOP_WORDS]
    named = len(significant) > 1 and all(w[:1].isupper() for w in significant)
    if named and not any(w.lower() in _GENRE for w in significant):
        return label  # "United States: 41.2%", "Société Financière Lagunaire: 15%"
    if " and " in label and len(tokens) <= _MAX_CATEGORY_WORDS:
        return label  # a breakdown by category: "Garments and textiles: 112"
    return None


def _row_before(between: str) -> bool:
    """Is ``between`` (the text from the label's separator to a value) only a qualifier, or
    the row's earlier cells and a qualifier?"""
    cells = _CELL_SEPARATOR.split(between)
    if _QUALIFIER.fullmatch(cells[-1]) is None:
        return False
    return all(
        any(ch.isdigit() for ch in cell) and len(cell.split()) <= _MAX_CELL_WORDS
        for cell in cells[:-1]
    )
