"""Where things are, from frames the other location readers miss (round 7): an opening
participle, a singular unit noun between two places, a chain with a unit word, a placing
apposition after a time word.

* an opening participle (``Located in southern Kent, about 10 miles south of London,
  Marlow Park is …``): the subject named after the clause is in the place;
* a singular unit noun between two places (``the Midtown neighborhood of Denver``, ``the
  Chicago neighborhood of Pilsen``): the one the gazetteer does not know is in the one it
  knows;
* a chain with a unit word (``the city of Santos, state of Bahia, Brazil``, ``Oeiras,
  Greater Lisbon subregion, Portugal``): each place is in the one after it;
* a placing apposition with a time word (``Redwood, then a suburb of Lagos``);
* an administrative parent (``Marlow District under the jurisdiction of Kent Division``).
"""

from __future__ import annotations

import re
from typing import Final

from pipeline.extract.entities.context import NOT_SUBJECT, TOPIC_NOUNS, Context, span
from pipeline.extract.entities.found import Found, Key, Stated
from pipeline.extract.entities.gazetteer import is_country, is_place, is_region, large_place
from pipeline.extract.words import words

# A compass word before a place (``southern Oxfordshire``, ``north-east England``).
_COMPASS: Final = (
    r"(?:(?:north|south|east|west|central|north-east|north-west|south-east|south-west|"
    r"northern|southern|eastern|western|northeastern|northwestern|southeastern|"
    r"southwestern|rural|suburban|downtown|central)\s+)?"
)
LOCATED_OPENING_RE: Final = re.compile(
    r"^(?:Located|Situated|Sited|Lying)\s+(?:(?:just|directly|mainly|partly|entirely)\s+)?"
    r"(?:in|at|within)\s+(?:the\s+)?(?:heart\s+of\s+(?:the\s+)?)?" + _COMPASS
)
# After the opening clause: a comma, then the name (or ``it``, ``the park``) and its verb.
_CLAUSE_END: Final = re.compile(r",\s+(?:(?P<pronoun>it)\b|the\s+(?P<noun>[a-z]+)\b)?")
_VERB_AFTER: Final = re.compile(
    r"\s+(?:[a-z]+ly\s+)?(?:is|was|are|were|has|had|have|lies|stands|sits|covers|[a-z]+ed)\b"
)
# ``the Midtown neighborhood of``: a singular unit noun and ``of``.
UNIT_OF_RE: Final = re.compile(
    r"\s+(?:neighbou?rhood|district|suburb|quarter|borough|ward|locality|section|"
    r"township|village|hamlet)\s+of\s+(?:the\s+)?(?=[A-Z])"
)
_THE_BEFORE: Final = re.compile(
    r"\b(?:the|The)\s+(?:(?:former|demolished|historic|old|then|present-day)\s+)?$"
)
# Between two places of a chain: a unit word after the first or before the second
# (``Greater Lisbon subregion, Portugal``, ``Santos, state of Bahia``).
_UNIT: Final = (
    r"(?:state|province|region|subregion|county|district|municipality|prefecture|"
    r"department|governorate|oblast|canton|division|regency|parish)"
)
CHAIN_GAP_RE: Final = re.compile(
    rf"(?P<after>\s+{_UNIT})?,\s+(?P<before>(?:the\s+)?{_UNIT}\s+of\s+(?:the\s+)?)?"
)
_LIST_AFTER: Final = re.compile(rf"(?:\s+{_UNIT})?(?:\s*,\s*(?:and|or)\s|\s+(?:and|or)\s)")
# ``Redwood, then a suburb of Lagos``: a placing description after a time word.
THEN_PLACED_RE: Final = re.compile(
    r",\s+(?:then|now|formerly|once|at\s+the\s+time)\s+(?:a|an|the)\s+(?:[a-z][\w\-]*\s+){0,2}?"
    r"(?:suburb|district|neighbou?rhood|part|village|town|city|quarter|province|region)\s+"
    r"(?:of|in)\s+(?:the\s+)?(?=[A-Z])"
)
# ``under the jurisdiction of``, ``within the administration of``: a place's parent.
JURISDICTION_RE: Final = re.compile(
    r"\s+(?:is\s+|was\s+|were\s+|are\s+|falls\s+|fell\s+|came\s+|comes\s+)?(?:under|within)"
    r"\s+the\s+(?:(?:administrative\s+)?jurisdiction|administration)\s+of\s+(?:the\s+)?(?=[A-Z])"
)
PLACE_FRAME_WORDS: Final = words(
    """Located Situated Sited Lying neighborhood neighbourhood district suburb quarter borough
    ward locality section township village hamlet state province region subregion county
    municipality prefecture department governorate oblast canton division regency parish
    then now formerly once jurisdiction administration"""
)
_PLACED: Final = frozenset({"facility", "place", "organization"})


def _after_clause(ctx: Context, pos: int) -> tuple[Key | None, Found | None]:
    """The subject after an opening clause: the first name after one of its commas that a
    verb follows, else ``it`` or the topic's noun (the topic)."""
    for match in _CLAUSE_END.finditer(ctx.text, pos):
        if match.group("pronoun") or match.group("noun") in TOPIC_NOUNS:
            return ctx.topic, None
        found = ctx.at(match.end())
        if found is not None and _VERB_AFTER.match(ctx.text, found.end):
            return found.key, found
    return None, None


def _located_opening(ctx: Context) -> list[Stated]:
    match = LOCATED_OPENING_RE.match(ctx.text)
    place = ctx.at(match.end()) if match else None
    if place is None or place.key[1] != "place":
        return []
    key, found = _after_clause(ctx, place.end)
    if key is None or key == place.key or key[1] not in _PLACED or key[1] in NOT_SUBJECT:
        return []
    return [Stated(key, "located_in", place.key, None, *span(place, found or place))]


def _known(name: str) -> bool:
    return is_place(name) or is_country(name) or is_region(name)


def _units_of(ctx: Context) -> list[Stated]:
    out = []
    for a in ctx.founds:
        if a.key[1] != "place" or not _THE_BEFORE.search(ctx.text, 0, a.start):
            continue
        match = UNIT_OF_RE.match(ctx.text, a.end)
        b = ctx.at(match.end()) if match else None
        if b is None or b.key[1] != "place" or b.key == a.key:
            continue
        if _known(b.key[0]) and not _known(a.key[0]):
            out.append(Stated(a.key, "located_in", b.key, None, *span(a, b)))
        elif large_place(a.key[0]) and not _known(b.key[0]):
            out.append(Stated(b.key, "located_in", a.key, None, *span(a, b)))
    return out


def _unit_chains(ctx: Context) -> list[Stated]:
    out = []
    for a, b in zip(ctx.founds, ctx.founds[1:], strict=False):
        if a.key[1] != "place" or b.key[1] != "place" or a.key == b.key:
            continue
        gap = CHAIN_GAP_RE.fullmatch(ctx.text, a.end, b.start)
        if gap is None or not (gap.group("after") or gap.group("before")) or is_country(a.key[0]):
            continue  # a bare ``A, B`` is read by the apposition reader
        if not gap.group("before") and not (is_country(b.key[0]) or is_region(b.key[0])):
            continue  # ``the Kestrel district, Marlow district and …``: a list
        if _LIST_AFTER.match(ctx.text, b.end):
            continue
        out.append(Stated(a.key, "located_in", b.key, None, *span(a, b)))
    return out


def _then_placed(ctx: Context) -> list[Stated]:
    out = []
    for a in ctx.founds:
        if a.key[1] not in ("place", "facility"):
            continue
        match = THEN_PLACED_RE.match(ctx.text, a.end)
        b = ctx.at(match.end()) if match else None
        if b is not None and b.key[1] == "place" and b.key != a.key and not is_country(a.key[0]):
            out.append(Stated(a.key, "located_in", b.key, None, *span(a, b)))
    return out


def _jurisdictions(ctx: Context) -> list[Stated]:
    out = []
    for a in ctx.founds:
        if a.key[1] != "place":
            continue
        match = JURISDICTION_RE.match(ctx.text, a.end)
        b = ctx.at(match.end()) if match else None
        if b is not None and b.key[1] == "place" and b.key != a.key and not is_country(a.key[0]):
            out.append(Stated(a.key, "located_in", b.key, None, *span(a, b)))
    return out


def place_frame_relations(ctx: Context) -> list[Stated]:
    """The ``located_in`` relations of the frames above (skipped without their words)."""
    if PLACE_FRAME_WORDS.isdisjoint(ctx.words):
        return []
    out = _located_opening(ctx) if ctx.text[:1] in ("L", "S") else []
    if " of " in ctx.text:
        out += _units_of(ctx)
    if "," in ctx.text:
        out += _unit_chains(ctx) + _then_placed(ctx)
    if " of " in ctx.text and ("jurisdiction" in ctx.words or "administration" in ctx.words):
        out += _jurisdictions(ctx)
    return out
