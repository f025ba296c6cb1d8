"""Attribute of a stated quantity: what is counted or measured.

The counted noun (``over 100 [high-tech firms]``), the noun before ``of`` (``[industrial
output] of 18.5 billion``) or, failing those, the dimension of the unit (``area``,
``length``).
"""

from __future__ import annotations

import re
from typing import Final

from pipeline.extract.qualifiers import qualifier_before
from pipeline.extract.units import DIMENSION_OF
from pipeline.extract.words import DETERMINERS, PUNCT, STOP_WORDS, TOKEN_RE, words

# An adjective after a measure names the dimension: "30 metres tall" → height.
SHAPE_ATTRIBUTES: Final[dict[str, str]] = {
    "tall": "height", "high": "height", "long": "length", "wide": "width", "deep": "depth",
    "thick": "thickness", "old": "age", "across": "width", "away": "distance",
    "north": "distance", "south": "distance", "east": "distance", "west": "distance",
    "northeast": "distance", "northwest": "distance", "southeast": "distance",
    "southwest": "distance", "outside": "distance", "from": "distance",
}  # fmt: skip


def _noun_after(text: str, end: int) -> str | None:
    """The counted noun phrase after a number: "over 100 [high-tech firms]"."""
    toks = TOKEN_RE.findall(text[end : end + 120])
    if toks and toks[0].startswith("-"):
        toks[0] = toks[0][1:]
    if len(toks) >= 2 and toks[0].lower() == "of":
        owner = toks[1].endswith(("'s", "’s"))  # "19 of Hunt's 30 strikes"
        toks = toks[2:] if toks[1].lower() in DETERMINERS or owner else toks[1:]
        if toks and toks[0][:1].isdigit():
            toks = toks[1:]  # "45 of the 120 seats"
    words: list[str] = []
    for tok in toks[:6]:
        low = tok.lower().rstrip(".")
        if tok in PUNCT or tok[:1].isdigit() or low in STOP_WORDS:
            break
        if words and "-" not in tok and low.endswith(("ed", "ing")):
            break
        words.append(tok.rstrip("."))
        if tok.endswith(".") or len(words) == 4:
            break
    return " ".join(words) or None


_VAGUE_HEADS = words("total number sum amount average maximum minimum")


def _noun_before(text: str, start: int) -> str | None:
    """The measured noun before ``of`` or a qualifier: "[industrial output] of 18.5 billion",
    "an [output value] above 10 billion"."""
    q = qualifier_before(text, start)
    stop = q[1] if q else start
    left = text[max(0, stop - 100) : stop]
    if q is None:
        if not re.search(r"\bof\s*$", left):
            return None
        left = re.sub(r"\bof\s*$", "", left)
    toks = TOKEN_RE.findall(left[-80:])[-4:]
    cut = max((i for i, t in enumerate(toks) if t.lower() in STOP_WORDS or not t[:1].isalnum()),
              default=-1)  # fmt: skip
    if q is not None and (cut < 0 or toks[cut].lower() not in DETERMINERS):
        return None  # "grow up to 30 metres": no noun phrase before the qualifier
    toks = toks[cut + 1 :][-3:]
    while toks and "-" not in toks[0] and toks[0].lower().endswith(("ed", "ing")):
        toks = toks[1:]
    if not toks or toks[-1].lower() in _VAGUE_HEADS:
        return None
    return " ".join(toks)


_OF_RE = re.compile(r"\s+of\s+")
_IN_THE_RE = re.compile(r"\s+in\s+(?:the\s+)?")
# "(98 ft)", "(98 ft (30 m))"; written so that an unclosed "(" is not scanned quadratically
_CONVERSION_RE = re.compile(r"\s*\([^()]*(?:\([^()]*\)[^()]*)?\)")


def attribute_for(
    text: str, start: int, end: int, *, kind: str, unit: str, method: str
) -> str | None:
    """What is measured by the value quoted at ``text[start:end]`` (``kind``: count, money,
    measure or percent): the counted noun, the noun before ``of``, else the dimension."""
    if method == "quantity.age":
        return "age"
    if kind == "count":
        return _noun_after(text, end) or _noun_before(text, start)
    named = _noun_before(text, start)
    if named:
        return named
    of = _OF_RE.match(text, end)
    if of is not None and kind == "measure" and (noun := _noun_after(text, of.end())):
        return noun  # "227 tons of bombs", "1,200 mm of rain"
    bracket = _CONVERSION_RE.match(text, end)  # a conversion
    shape_at = bracket.end() if bracket else end
    after = TOKEN_RE.findall(text, shape_at, shape_at + 40)
    shape = after[0].lower().rstrip(".,;") if after else ""
    if shape in SHAPE_ATTRIBUTES and kind == "measure":
        return SHAPE_ATTRIBUTES[shape]  # "30 metres (98 ft) tall" → height
    if kind == "money":
        inside = _IN_THE_RE.match(text, end)
        noun = _noun_after(text, inside.end()) if inside else None
        return noun or "money"
    return DIMENSION_OF.get(unit, DIMENSION_OF.get(unit.split("/")[0]))
