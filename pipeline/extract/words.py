"""Word lists and patterns that several extractors share: determiners, auxiliary verbs,
stop words and the token of running text. Lexicons used by one reader live beside it (unit words in
``units``, label words in ``noise``, topic nouns in ``subjects``)."""

from __future__ import annotations

import re
from typing import Final

# White space is Python's ``\s`` in every pattern: on text it includes the no-break and
# thin spaces, so there is no second white-space class to keep in step.


def words(text: str) -> frozenset[str]:
    """A set of white-space separated words."""
    return frozenset(text.split())


def possessive(word: str) -> bool:
    """Is ``word`` a possessive: ``zone's``, ``Shenzhen’s``, the plural ``companies'``
    (not a quoted ``'big'``)?"""
    if word.endswith(("'s", "’s")):
        return True
    return len(word) > 3 and word.endswith(("s'", "s’")) and word[:1] not in "'’"


def owner_of(word: str) -> str:
    """The owner a possessive names: ``zone's`` → ``zone``, ``companies'`` → ``companies``."""
    if word.endswith(("'s", "’s")):
        return word[:-2]
    return word[:-1] if word.endswith(("'", "’")) else word


# Nouns of a year's plans and accounts: "the budget for 2026", "guidance for 2025".
FOR_YEAR_NOUNS: Final = words(
    """budget budgets plan plans target targets forecast forecasts outlook guidance estimate
    estimates figures results accounts allocation allocations programme program"""
)
DETERMINERS: Final = words("the a an its his her their this these those that our my your")
AUXILIARIES: Final = words(
    """is was are were has had have will would can could may might must should did does do
    became becomes become remained remains remain includes included include consists consisted
    contains contained serves served undergo undergoes provide provides provided received
    receives won made makes took takes gave gives got gets lies lay sits spent lost sold held
    led began came went saw built kept left met paid ran set told wrote grew drew fell rose
    found hit brought bought caught fought taught sent stood struck"""
)
STOP_WORDS: Final = (
    words(
        """of in on at by for from with to into onto over under about around after before during
        since until and or but nor than as that which who whom whose where when while although
        though because if per via against among between through across within without along the
        a an its his her their this these those our my your some any each every both either
        neither all no not also only just then there here it he she they we you i following
        amid"""
    )
    | AUXILIARIES
)

# A token of running text for the context readers: a word (with inner quotes, hyphens,
# periods, ampersands) or one punctuation mark that ends a phrase.
TOKEN_RE: Final = re.compile(r"[\w'’\-\"“”.&]+|[,;:()\[\]–—]")
PUNCT: Final = frozenset(",;:()[]–—")
