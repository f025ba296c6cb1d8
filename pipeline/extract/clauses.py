"""Clauses of one dated sentence, indexed once so that each date mention is read in O(log n).

Used by :mod:`pipeline.extract.events`: whether a date is retrospective (inside a parenthesis
or a ``since`` clause) and a few words describing what happened at it. The sentence is
scanned once (clause breaks, parentheses, ``since``); every question about a mention is then
a bisection, so a sentence with thousands of dates costs n log n instead of n².
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import cached_property
from itertools import pairwise

from pipeline.extract.dates import DateMention

_SINCE = re.compile(r"\bsince\b", re.IGNORECASE)
_SINCE_WIDTH = len("since")  # every match has this width (IGNORECASE folds one char to one)
CLAUSE_BREAK = re.compile(r"(?<!\d),|,(?!\d)|[;:()\[\]—–]|\s-\s")
_PREP_DATE = re.compile(
    r"\b(?:in|on|at|by|during|since|until|till|from|to|of|between|before|after|around|as of|"
    r"c\.|circa)\s+(?=\x00)",
    re.IGNORECASE,
)
_LEAD_FILLER = re.compile(
    r"^(?:(?:and|but|or|then|which|who|that|when|where|while|as|so|also|however|thereby|"
    r"in|on|at|by|during|since|until|till|from|to|of|between|before|after|around|about|"
    r"early|late|mid|the|this|it|he|she|they|there|was|were|is|are|had|has|have|been|be|"
    r"c\.|circa|both)\b\s*)+",
    re.IGNORECASE,
)
_TRAIL_FILLER = re.compile(
    r"(?:\s+\b(?:in|on|at|by|during|since|until|from|to|of|between|before|after|and|or|"
    r"the|as|around|about|c\.|circa|early|late|mid)\b)+\s*$",
    re.IGNORECASE,
)
_CUT = re.compile(r"\s+(?:and (?:has|have|had|was|were|is|are)|thereby|which|whereas|but)\s")
_MAX_WORDS = 8


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


def clean_piece(piece: str) -> str:
    """A clause with its dates masked (``\\x00``) reduced to a few describing words."""
    piece = _PREP_DATE.sub("", piece).replace("\x00", " ")
    piece = re.sub(r"\s+", " ", piece.strip(" ,;:()\"'[]—–-."))
    piece = _LEAD_FILLER.sub("", piece)
    cut = _CUT.search(piece)
    if cut and len(piece[: cut.start()].split()) >= 2:
        piece = piece[: cut.start()]
    words = piece.split()[:_MAX_WORDS]
    return _TRAIL_FILLER.sub("", " ".join(words)).strip(" ,;:\"'")


def _masked(text: str, mentions: Sequence[DateMention]) -> str:
    """``text`` with every date mention blanked out by ``\\x00``."""
    chars = list(text)
    for m in mentions:
        chars[m.start : m.end] = "\x00" * (m.end - m.start)
    return "".join(chars)


def _nearest_good(good: list[int], own: int) -> int | None:
    """The index in ``good`` nearest to ``own`` (the later one on a tie), ``own`` excluded."""
    j = bisect_right(good, own)
    after = good[j] if j < len(good) else None
    before = good[j - 1] if j > 0 and good[j - 1] != own else None
    if after is None or (before is not None and own - before < after - own):
        return before
    return after


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

    def is_retrospective(self, m: DateMention) -> bool:
        """A year inside a parenthesis or a ``since`` clause does not move the narrative."""
        pos = m.start
        if bisect_left(self._opens, pos) > bisect_left(self._closes, pos):
            return True
        return pos > 0 and self._since.within(self._clause_start(pos), pos)

    @cached_property
    def _pieces(self) -> tuple[list[int], list[str], list[int]]:
        """Clause edges of the masked sentence, each clause's describing words, and the
        clauses whose words are at least two."""
        blank = _masked(self.text, self.mentions)
        edges = [0, *[b.start() for b in CLAUSE_BREAK.finditer(blank)], len(blank)]
        pieces = [clean_piece(blank[a:b]) for a, b in pairwise(edges)]
        good = [i for i, piece in enumerate(pieces) if len(piece.split()) >= 2]
        return edges, pieces, good

    @cached_property
    def _fallback(self) -> str:
        return " ".join(self.text.split()[:_MAX_WORDS]).strip()

    def describe(self, m: DateMention) -> str:
        """A few words of the clause that states what happened at the date: its own clause,
        else the nearest clause of two words or more (the later one on a tie)."""
        edges, pieces, good = self._pieces
        own = bisect_right(edges, m.start) - 1
        if own >= len(pieces):
            own = 0
        if pieces[own]:
            return pieces[own]
        near = _nearest_good(good, own)
        if near is not None:
            return pieces[near]
        return self._fallback or m.quote
