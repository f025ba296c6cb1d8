"""Qualifier lexicon: the words that bound a stated value (``over``, ``at least``,
``about``, ``up to``, ``or more``, ``a maximum capacity of``) and the qualifier each means."""

from __future__ import annotations

import re
from typing import Final

from pipeline.extract.words import words

_QUALIFIER_PHRASES: Final[dict[str, tuple[str, ...]]] = {
    "more_than": (
        "more than", "over", "above", "exceeding", "in excess of", "upwards of", "upward of",
        "greater than", "higher than", "well over", "just over", "slightly over",
        "slightly more than", "well above", "just above", "well in excess of", "over and above",
        "a little over", "a little more than",
    ),
    "at_least": (
        "at least", "a minimum of", "minimum of", "no fewer than", "no less than",
        "not less than", "not fewer than",
    ),
    "approximate": (
        "about", "around", "approximately", "approx.", "some", "roughly", "nearly", "almost",
        "an estimated", "estimated", "est.", "close to", "circa", "c.", "ca.", "~", "≈",
        "somewhere around", "in the region of", "on the order of", "just about",
        "approximated to", "approximated at", "approximating", "an approximate", "approx",
        "around about", "give or take",
    ),
    "less_than": (
        "under", "less than", "below", "fewer than", "lower than", "just under", "just below",
        "well under", "well below", "slightly less than", "slightly under", "just shy of",
        "a little under", "a little less than", "short of",
    ),
    "at_most": (
        "up to", "at most", "no more than", "not more than", "a maximum of", "maximum of",
        "as many as", "as much as", "as high as", "not exceeding", "at the most", "within",
        "upto", "no higher than", "a max of", "max.",
    ),
}  # fmt: skip
_QUALIFIER_OF: Final[dict[str, str]] = {
    p: q for q, phrases in _QUALIFIER_PHRASES.items() for p in phrases
}
QUALIFIER_BEFORE_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:^|(?<=[\s(\[\"“]))(?P<q>"
    + "|".join(
        re.escape(p).replace(r"\ ", r"\s+") for p in sorted(_QUALIFIER_OF, key=len, reverse=True)
    )
    + r")\s*$",
    re.IGNORECASE,
)
_QUALIFIER_AFTER_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:\s+[a-z][\w-]*){0,2}?\s+or\s+"
    r"(?P<q>more|greater|higher|less|fewer|so|thereabouts)\b(?!\s+than)",
    re.IGNORECASE,
)
_PLUS_AFTER_RE: Final[re.Pattern[str]] = re.compile(r"(?:[-‐]plus\b|\+(?!\s*\d))")
_AFTER: Final[dict[str, str]] = {
    "more": "at_least", "greater": "at_least", "higher": "at_least", "less": "at_most",
    "fewer": "at_most", "so": "approximate", "thereabouts": "approximate",
}  # fmt: skip


# Qualifier frames around a noun: "a maximum (seating) capacity of", "a minimum wage of",
# "estimated at", "estimated the column at", "estimated to be", "an estimated efficiency of".
_QUALIFIER_FRAME_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:^|(?<=[\s(\[\"“]))(?:an?\s+(?P<lim>maximum|minimum)(?P<noun>(?:\s+[a-z]+)"
    r"{0,2}?)\s+of|estimat(?:ed|es?|ing)(?:\s+(?:the|its|their|his|her|it|them|[a-z]+))"
    r"{0,3}?\s+at|estimated\s+to\s+(?:be|have\s+been|number)"
    r"|an\s+estimated(?:\s+[a-z][\w-]*){1,3}?\s+of(?:\s+only)?)"
    r"\s*$",
    re.IGNORECASE,
)


# "over" meaning across, not more than: after a verb of spreading ("spread over 20 km") or
# between two amounts ("grew 40% over 10 years", "12 goals over 20 games"); not after
# people, where it is an age ("500 people over 65").
_OVER_ACROSS_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:\b(?:spread(?:s|ing)?(?:\s+out)?|scattered|distributed|dispersed|strewn|"
    r"sprawl(?:s|ed|ing)?)|\d(?:[\d,.]*\d)?\s*(?:%|percent|per\s+cent)|"
    r"\d(?:[\d,.]*\d)?\s+(?!(?:people|persons|adults|children|men|women|residents|patients|"
    r"voters|citizens|individuals)\s)[a-z]{3,}s)\s+$",
    re.IGNORECASE,
)


# "well over a residential population of 3.4 million": a bound on the noun the number
# measures; not "over a period of 10 years", where "over" means across.
_BOUND_OF_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:^|(?<=[\s(\[\"“]))(?P<q>"
    + "|".join(
        re.escape(p).replace(r"\ ", r"\s+") for p in sorted(_QUALIFIER_OF, key=len, reverse=True)
    )
    + r")\s+(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z][\w-]*)\s+(?P<of>of)\s*$",
    re.IGNORECASE,
)
_ACROSS_NOUNS: Final = frozenset(
    {"period", "span", "course", "distance", "area", "length", "stretch", "time", "range"}
)


# The last word of every qualifier phrase and frame, and the signs that end one ("~300").
_LAST_WORDS: Final = frozenset(p.split()[-1] for p in _QUALIFIER_OF) | {
    "of", "at", "be", "been", "number", "only",
}  # fmt: skip
_LAST_SIGNS: Final = frozenset("~≈")


def qualifier_before(text: str, pos: int) -> tuple[str, int] | None:
    """The qualifier whose words end right before ``pos``: ``(qualifier, start of its words)``;
    for ``a maximum capacity of`` the start of ``of``, after the measured noun."""
    words = text[max(0, pos - 16) : pos].split()
    last = words[-1].lstrip('(["“').lower() if words else ""
    if last not in _LAST_WORDS and last[-1:] not in _LAST_SIGNS:
        return None  # no phrase ends there: most numbers are not searched at all
    frame = _QUALIFIER_FRAME_RE.search(text, max(0, pos - 60), pos)
    if frame is not None:
        lim = (frame.group("lim") or "").lower()
        if not lim:
            return "approximate", frame.start()
        limit = "at_most" if lim == "maximum" else "at_least"
        return limit, frame.end("noun") + 1 if frame.group("noun") else frame.start()
    before = text[max(0, pos - 4) : pos].rstrip().lower()
    of = before.endswith("of") and not before[-3:-2].isalpha()
    bound = _BOUND_OF_RE.search(text, max(0, pos - 80), pos) if of else None
    if bound is not None and bound["noun"].lower() not in _ACROSS_NOUNS:
        name = _QUALIFIER_OF.get(re.sub(r"\s+", " ", bound["q"].lower()))
        if name is not None:
            return name, bound.start("of")
    m = QUALIFIER_BEFORE_RE.search(text, max(0, pos - 40), pos)
    if m is None:
        return None
    phrase = re.sub(r"\s+", " ", m.group("q").lower())
    q = _QUALIFIER_OF.get(phrase)
    if phrase == "over" and _OVER_ACROSS_RE.search(text, max(0, m.start() - 30), m.start()):
        return None
    if q == "approximate":  # "no less than about 100 miles": the bound wins
        bound = QUALIFIER_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())
        name = bound and _QUALIFIER_OF.get(re.sub(r"\s+", " ", bound["q"].lower()))
        if bound is not None and name and name != "approximate":
            return name, bound.start()
    return (q, m.start()) if q else None


_APPROX_AFTER_RE: Final[re.Pattern[str]] = re.compile(
    r",?\s+(?:more\s+or\s+less|approximately|give\s+or\s+take)\b", re.IGNORECASE
)


def qualifier_after(text: str, pos: int) -> str | None:
    """A qualifier stated after the quantity: ``30 km or more``, ``six-plus innings``,
    ``10,000 m2, more or less``."""
    if _PLUS_AFTER_RE.match(text, pos):
        return "more_than"
    if _APPROX_AFTER_RE.match(text, pos):
        return "approximate"
    m = _QUALIFIER_AFTER_RE.match(text, pos)
    return _AFTER[m.group("q").lower()] if m else None


# Words after which a number is an amount, not a year: a bound ("up to 2000 people", "at
# least 1500 men", "within 1500 metres", "approximated to 1800") or a level reached ("grew
# to 1800", "numbering 1200"). Not after a date's preposition: "until at least 2020".
_AMOUNT_LEAD_RE: Final[re.Pattern[str]] = re.compile(
    r"(?<!\bby\s)(?<!\buntil\s)(?<!\btill\s)(?<!\bsince\s)(?<!\bfrom\s)(?<!\bin\s)"
    r"(?<!\bbefore\s)(?<!\bafter\s)"
    r"\b(?:up\s+to|at\s+least|at\s+most|no\s+(?:more|fewer|less)\s+than|in\s+excess\s+of|"
    r"upwards\s+of|as\s+many\s+as|approximated\s+(?:to|at)|within|"
    r"(?:rose|risen|grew|grown|fell|fallen|increased|decreased|dropped|climbed|jumped|"
    r"declined|swelled|shrank|doubled)\s+to|numbering|numbered|totall?ing|totall?ed)\s+$",
    re.IGNORECASE,
)


# The last word of every amount lead: other words are not searched for one.
_AMOUNT_LEAD_ENDS: Final = words(
    "to least most than of within at numbering numbered totalling totaling totalled totaled"
)


def amount_lead(text: str, pos: int, last_word: str) -> bool:
    """Do the words before ``pos``, whose last (lower-cased) is ``last_word``, make the number
    there an amount rather than a year?"""
    if last_word not in _AMOUNT_LEAD_ENDS:
        return False
    return _AMOUNT_LEAD_RE.search(text, max(0, pos - 40), pos) is not None
