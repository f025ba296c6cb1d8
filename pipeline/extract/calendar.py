"""Calendar words: month names (full and abbreviated) and the words that lead into a year
(``in``, ``born``, ``c.``, ``until``), shared by the date and quantity extractors."""

from __future__ import annotations

import re
from typing import Final

MONTH_NAMES: Final = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
_ABBREVIATIONS: Final = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
# month name or abbreviation (lower case) → 1..12
MONTHS: Final[dict[str, int]] = {
    **{name: i + 1 for i, name in enumerate(MONTH_NAMES)},
    **_ABBREVIATIONS,
}
# A month as written in text: "March", "Mar", "Mar.", "Sept."
MONTH_PATTERN: Final = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)

_DATE_CONTEXT_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:\b(?:in|by|since|until|till|before|after|during|from|circa|ca\.|c\.|born|died|b\.|d\.|"
    r"AD|A\.D\.|year|reign(?:ed)?|r\.)|^c\.)\s*(?:the\s+year\s+)?"
    r"(?:(?:early|late|mid)[-\s]+)?(?:(?:around|about|c\.|circa|ca\.)\s*)?$",
    re.IGNORECASE,
)


def is_date_context(text: str, pos: int) -> bool:
    """Does ``text[:pos]`` end like the lead-in of a year ("in", "born", "c.", "until")?"""
    return _DATE_CONTEXT_RE.search(text, max(0, pos - 40), pos) is not None
