"""Clauses of one dated sentence, indexed once so that each date mention is read in O(log n).

Used by :mod:`pipeline.extract.events` and :mod:`pipeline.extract.descriptions`: whether a
date is retrospective (inside a parenthesis or a ``since`` clause). The sentence is scanned
once (clause breaks, parentheses, ``since``); every question about a mention is then a
bisection, so a sentence with thousands of dates costs n log n instead of n².
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import cached_property

from pipeline.extract.dates import DateMention

_SINCE = re.compile(r"\bsince\b", re.IGNORECASE)
_SINCE_WIDTH = len("since")  # every match has this width (IGNORECASE folds one char to one)
# Words that make a clause's date a target or a forecast, not a time the narrative is at
# (``aims to attract 150 investors by 2030``, ``expects employment to reach 40,000 by 2028``,
# ``the port will open in 2027``). Not ``would`` (``he would later …`` narrates the past).
FUTURE_RE = re.compile(
    r"\b(?:will|shall|(?:plan|aim|intend|seek|expect|hope)(?:s|ed|ing)?\s+to|"
    r"(?:is|are|was|were)\s+(?:set|due|scheduled|slated|projected|forecast|poised)\s+to|"
    r"(?:scheduled|slated|planned|earmarked)\s+for|could|might|"
    r"expects?|expected|forecasts?|projected|projections?|targets?|targeted|targeting|goals?|"
    r"envisages?|envisioned)\b",
    re.IGNORECASE,
)
CLAUSE_BREAK = re.compile(r"(?<!\d),|,(?!\d)|[;:()\[\]—–]|\s-\s")


class SinceIndex:
    """Where ``since`` occurs in a text. ``within(lo, hi)`` equals
    ``_SINCE.search(text, lo, hi) is not None`` without rescanning ``text[lo:hi]``."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [m.start() for m in _SINCE.finditer(text)]

    def within(self, lo: int, hi: int) -> bool:
        # A match ending before hi reads the same character after it as in the whole text;
        # one ending at hi sees the end of the searched span, so it is checked on its own.
        i = bisect_left(self.starts, lo)
        if i < len(self.starts) and self.starts[i] + _SINCE_WIDTH < hi:
            return True
        return _SINCE.search(self.text, max(lo, hi - _SINCE_WIDTH), hi) is not None


class SentenceClauses:
    """The clauses of one sentence and its date ``mentions`` (those of the events extractor)."""

    def __init__(self, text: str, mentions: Sequence[DateMention]) -> None:
        self.text = text
        self.mentions = mentions

    @cached_property
    def _opens(self) -> list[int]:
        return [m.start() for m in re.finditer(r"\(", self.text)]

    @cached_property
    def _closes(self) -> list[int]:
        return [m.start() for m in re.finditer(r"\)", self.text)]

    @cached_property
    def _break_ends(self) -> list[int]:
        return [m.end() for m in CLAUSE_BREAK.finditer(self.text)]

    @cached_property
    def _since(self) -> SinceIndex:
        return SinceIndex(self.text)

    def _clause_start(self, pos: int) -> int:
        """Start of the clause of ``text[:pos]`` split on its own: a comma right before
        ``pos`` ends a clause even between digits (nothing follows it in ``text[:pos]``)."""
        if self.text[pos - 1 : pos] == ",":
            return pos
        i = bisect_right(self._break_ends, pos)
        return self._break_ends[i - 1] if i else 0

    @cached_property
    def _future_ends(self) -> list[int]:
        return [m.end() for m in FUTURE_RE.finditer(self.text)]

    def is_prospective(self, m: DateMention) -> bool:
        """A date its clause states as a target or a forecast (a future-marking word before
        it in the clause: ``aims to … by 2030``, ``will open in 2027``) does not move the
        narrative either."""
        start = self._clause_start(m.start)
        i = bisect_right(self._future_ends, m.start)
        return i > 0 and self._future_ends[i - 1] > start

    def is_retrospective(self, m: DateMention) -> bool:
        """A year inside a parenthesis or a ``since`` clause does not move the narrative."""
        pos = m.start
        if bisect_left(self._opens, pos) > bisect_left(self._closes, pos):
            return True
        return pos > 0 and self._since.within(self._clause_start(pos), pos)
