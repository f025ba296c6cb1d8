"""What a place is made of: the places a composition verb lists are its parts.

* ``The district consists of A, B and C``, ``X comprises the islands A and B``,
  ``X is made up of A and B``, ``X is divided into A, B and C``;
* ``It was formed from the amalgamation of several offshore islands, chiefly the seven
  main islands of A, B and C`` (a merger: the merged places became its parts).

The whole is the clause's subject (its name, ``it`` or ``the park`` for the topic); the
parts are the places or sites listed after the verb, once lower-case describing words
(``several offshore islands, chiefly the seven main islands of``) are passed. Only places
and sites are parts: ``consists of offices and labs`` names none, and a company is never
a part here.
"""

from __future__ import annotations

import re
from typing import Final

from pipeline.extract.entities.context import Context, span, subject_for
from pipeline.extract.entities.found import Stated
from pipeline.extract.words import words

COMPOSITION_WORDS: Final = words(
    """consists consisted consisting comprises comprised comprising composed
    divided formed made"""
)
_COMPOSED: Final = re.compile(
    r"\b(?:(?:consists?|consisted|consisting)\s+(?:(?:mainly|mostly|chiefly|largely|"
    r"primarily)\s+)?of|comprises|comprised\s+of|comprised(?!\s+of)|comprising|"
    r"(?:is|are|was|were)\s+(?:made\s+up|composed)\s+of|"
    r"(?:is|are|was|were)\s+(?:divided|subdivided|split)\s+into|"
    r"(?:was|were)\s+(?:formed|created|made)\s+(?:from|by|through)\s+(?:the\s+)?"
    r"(?:amalgamation|merger|merging|union|combination|consolidation)\s+of)\s+"
)
# Lower-case words and commas before the first named part (no verb, no clause).
_DESCRIBING: Final = re.compile(r"(?:[a-z][a-z\-]*,?\s+|\d+\s+){0,12}")
_CLAUSE_WORD: Final = re.compile(
    r"\b(?:is|are|was|were|has|have|had|which|who|that|where|while|but)\b"
)
_PARTS: Final = frozenset({"place", "facility"})


def composition_relations(ctx: Context) -> list[Stated]:
    """``part_of`` from each listed place to the whole the clause is about."""
    out: list[Stated] = []
    for match in _COMPOSED.finditer(ctx.text):
        whole, found = subject_for(ctx, match.start())
        if whole is None or whole[1] not in _PARTS:
            continue
        lead = _DESCRIBING.match(ctx.text, match.end())
        start = lead.end() if lead else match.end()
        if _CLAUSE_WORD.search(ctx.text, match.end(), start):
            continue
        for part in ctx.listed_from(start):
            if part.key[1] in _PARTS and part.key != whole:
                out.append(
                    Stated(part.key, "part_of", whole, None, *span(found, match.span(), part))
                )
    return out
