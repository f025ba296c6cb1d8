"""Sports teams named by a place and a plural nickname (``Denver Comets``, ``Portland
Beavers``), and leagues named by ``League`` and a sport (``Coastal League Baseball``)."""

from __future__ import annotations

import re
from typing import Final

from pipeline.extract.entities.gazetteer import is_place
from pipeline.extract.entities.heads import HEADS, SPORTS

# A capitalised plural that is no head word's (``Comets``, ``Beavers``; not ``Ross``).
_PLURAL_NICKNAME: Final = re.compile(r"^[A-Z][a-z]{2,}(?<!s)s$")
# Plurals that end a newspaper's or a broadcaster's name, not a team's (``Los Angeles
# Times``, ``Seattle News``).
_PRESS_PLURALS: Final = frozenset({"Times", "News", "Sports"})


def is_team(tokens: list[str], lower_words: frozenset[str] = frozenset()) -> bool:
    """A place and a plural nickname that the document never writes in lower case
    (``lower_words``): ``Boston Harbors`` names a team only where ``harbors`` is no word."""
    last = tokens[-1]
    return (
        len(tokens) > 1
        and _PLURAL_NICKNAME.match(last) is not None
        and last not in HEADS
        and last not in _PRESS_PLURALS
        and last.lower() not in lower_words
        and last[:-1].lower() not in lower_words
        and is_place(" ".join(tokens[:-1]))
    )


# The major leagues written by their acronyms alone (``the Boston Celtics of the NBA``).
LEAGUE_ACRONYMS: Final = frozenset(
    {"NBA", "WNBA", "NFL", "NHL", "MLB", "MLS", "CFL", "NCAA", "KBO", "NPB", "IPL"}
)


def is_league(tokens: list[str]) -> bool:
    """``Coastal League Baseball``: ``League`` before a sport that ends the name; a major
    league's acronym (``NBA``)."""
    if len(tokens) == 1:
        return tokens[0] in LEAGUE_ACRONYMS
    return tokens[-1] in SPORTS and "League" in tokens[:-1]
