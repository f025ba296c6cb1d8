"""People named by a quoted nickname and a surname (``small-time hustler "Quick Nell"
Varga``): the nickname with the surname is the person's name, the nickname alone (also
without its quotes) another name of the same person."""

from __future__ import annotations

import re
from typing import Final

from pipeline.extract.calendar import MONTHS
from pipeline.extract.entities.awards import AWARD_LIKE
from pipeline.extract.entities.heads import HEADS

# A lower-case word (or a sentence's start), a quoted run of one to three capitalised
# words, and one capitalised surname that no capitalised word follows.
_NICKNAMED: Final = re.compile(
    r"(?:^|(?<=[a-z,]\s))[\"“](?P<nick>[A-Z][\w\-]*(?:\s[A-Z][\w\-]*){0,2})[\"”]\s"
    r"(?P<surname>[A-Z][a-z][\w\-]+)\b(?!\s+[A-Z])"
)


def nicknamed_people(text: str) -> list[tuple[str, str]]:
    """Each ``(name, nickname)`` of ``text``: ``("Quick Nell Varga", "Quick Nell")``."""
    out = []
    for match in _NICKNAMED.finditer(text):
        nick, surname = match.group("nick"), match.group("surname")
        if surname in HEADS or surname.lower() in MONTHS or AWARD_LIKE.search(nick):
            continue  # ``"Best Picture" Award``, ``"Thriller" December``
        out.append((f"{nick} {surname}", nick))
    return out
