"""Where things are, from phrases the location readers of
:mod:`pipeline.extract.entities.relations` do not cover (possessive places, dated
openings, plural unit nouns, the examples of an existential sentence).

* a possessive place in a description (``It is Europe's second-largest seaport``, ``Milton
  Park is the UK's largest innovation community``): the subject is in that place;
* a dated opening (``The park opened in 2003 in Taichung``): the site is in the place;
* a plural unit noun after a list (``Victoria Island and Ikoyi districts of Lagos``,
  ``the Ashford and Kent suburbs of Lyon``): every listed place is in the last one;
* examples after an existential sentence's place (``There are 232 institutions in
  Daejeon, many in the Daedeok region, among them the A and the B``): each is there.
"""

from __future__ import annotations

import re
from typing import Final

from pipeline.extract.entities.context import Context, span, subject_for
from pipeline.extract.entities.found import Stated
from pipeline.extract.entities.lists import list_items
from pipeline.extract.words import words

# ``is Europe's``, ``was the UK's``, ``as Brazil's``: a copula, then a possessive name.
POSSESSIVE_RE: Final = re.compile(
    r"\b(?:is|was|are|were|became|remains)\s+(?:also\s+)?(?:now\s+)?(?:one\s+of\s+)?"
    r"(?:the\s+)?(?=[A-Z])"
)
# After the possessive: lower-case words of the description (``second-largest seaport``).
_POSSESSIVE_TAIL: Final = re.compile(r"['’]s?\s+(?:[a-z][\w\-]*)")
# ``opened in 2003[1] in Taichung``, ``was inaugurated in May 1999 at Lyon``.
OPENED_RE: Final = re.compile(
    r"\b(?:opened|inaugurated|completed|built|constructed)\s+in\s+(?:(?:early|late|mid)\s+)?"
    r"(?:[A-Z][a-z]+\s+)?\d{4}(?:\[\d+\])?,?\s+(?:in|at)\s+(?:the\s+)?(?=[A-Z])"
)
# ``A and B districts of C``: a plural unit noun and ``of`` after the last listed name.
PLURAL_UNITS_RE: Final = re.compile(
    r"\s+(?:districts|neighbou?rhoods|suburbs|boroughs|wards|quarters|villages|towns|"
    r"islands|provinces|regions|counties|municipalities)\s+of\s+(?:the\s+)?(?=[A-Z])"
)
# ``There are … in X``: the place of an existential sentence, and its examples after it.
THERE_IN_RE: Final = re.compile(
    r"^There\s+(?:are|were|is|was)\s+[^.;:]{1,80}?\s(?:in|within)\s+(?:the\s+)?(?=[A-Z])"
)
_EXAMPLES: Final = re.compile(r"\b(?:among\s+them|including|such\s+as)\s+(?:the\s+)?")
PLACING_WORDS: Final = words(
    """is was are were became remains opened inaugurated completed built constructed
    districts neighborhoods neighbourhoods suburbs boroughs wards quarters villages towns
    islands provinces regions counties municipalities There"""
)
# What a possessive place or an opening places (people and bodies are not *in* a place).
_PLACED: Final = frozenset({"facility", "place"})


def _possessive_places(ctx: Context) -> list[Stated]:
    out = []
    for match in POSSESSIVE_RE.finditer(ctx.text):
        owner = ctx.at(match.end())
        if owner is None or owner.key[1] != "place":
            continue
        if not _POSSESSIVE_TAIL.match(ctx.text, owner.end):
            continue
        key, found = subject_for(ctx, match.start())
        if key is None or key[1] not in _PLACED or key == owner.key:
            continue
        if found is not None and found.end > match.start():
            continue
        out.append(Stated(key, "located_in", owner.key, None, *span(found or match.span(), owner)))
    return out


def _openings(ctx: Context) -> list[Stated]:
    out = []
    for match in OPENED_RE.finditer(ctx.text):
        place = ctx.at(match.end())
        if place is None or place.key[1] != "place":
            continue
        key, found = subject_for(ctx, match.start())
        if key is None or key[1] != "facility" or key == place.key:
            continue
        out.append(Stated(key, "located_in", place.key, None, *span(found or match.span(), place)))
    return out


def _plural_units(ctx: Context) -> list[Stated]:
    out = []
    for last in ctx.founds:
        if last.key[1] != "place":
            continue
        match = PLURAL_UNITS_RE.match(ctx.text, last.end)
        whole = ctx.at(match.end()) if match else None
        if whole is None or whole.key[1] != "place":
            continue
        listed = [f for f in ctx.listed_before(last) if f.key[1] == "place"]
        if not listed:
            continue  # one name before a plural noun is no list
        for item in [*listed, last]:
            if item.key != whole.key:
                out.append(Stated(item.key, "located_in", whole.key, None, *span(item, whole)))
    return out


def _examples_there(ctx: Context) -> list[Stated]:
    match = THERE_IN_RE.match(ctx.text)
    place = ctx.at(match.end()) if match else None
    if place is None or place.key[1] != "place":
        return []
    examples = _EXAMPLES.search(ctx.text, place.end)
    if examples is None:
        return []
    return [
        Stated(item.key, "located_in", place.key, None, *span(place, item))
        for item in list_items(ctx, examples.end())
        if item.key[1] in ("organization", "facility", "place") and item.key != place.key
    ]


def placing_relations(ctx: Context) -> list[Stated]:
    """The ``located_in`` relations of the three phrases above."""
    if PLACING_WORDS.isdisjoint(ctx.words):
        return []
    out = []
    if "'" in ctx.text or "’" in ctx.text:
        out += _possessive_places(ctx)
    if " in " in ctx.text or " at " in ctx.text:
        out += _openings(ctx)
    if " of " in ctx.text:
        out += _plural_units(ctx)
    if ctx.text.startswith("There "):
        out += _examples_there(ctx)
    return out
