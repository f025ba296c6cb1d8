"""Percentages that state a change, not a share: ``revenue rose 17.6%``, ``…, up 9.4 per
cent year-on-year``, ``an increase of 7.1 percent``, ``a 5% drop in exports``, ``fell 2
percentage points``.

:func:`change_of` reads the words around a percentage once and says whether it is a change
and in which direction (``growth``, ``decline``, or ``change`` when the text does not say),
and whether it opens a comma-led apposition (``…, up 9.4%``), which reports the change of
the value stated just before it in the sentence.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from pipeline.extract.attributes import noun_phrase_after
from pipeline.extract.words import words

_UP: Final = words(
    """up rose rise rises risen rising grew grow grows grown growing increased increase
    increases increasing jumped jump jumps jumping climbed climb climbs climbing surged surge
    surges surging gained gain gains gaining soared soar soars soaring expanded expand
    expands expanding advanced rebounded boosted higher growth"""
)
_DOWN: Final = words(
    """down fell fall falls fallen falling dropped drop drops dropping declined decline
    declines declining decreased decrease decreases decreasing slipped slip slips slid
    slide slides shrank shrink shrinks shrinking contracted contracting plunged plunge plunges plummeted tumbled eased slumped lost lower"""
)
_NEUTRAL: Final = words("changed change changes varied")
# Verbs whose "up"/"down" is no change: "made up 64% of", "broken down".
_PHRASAL: Final = words("made make makes making broken break breaks took take takes taken")
# Nouns of a change before "of" ("an increase of 7.1 percent") or after the value ("a 5%
# increase in exports").
_CHANGE_NOUNS: Final[dict[str, str]] = {
    **{w: "growth" for w in words("increase rise growth jump gain surge hike expansion")},
    **{w: "decline" for w in words("decrease decline drop fall reduction cut contraction loss")},
    "change": "change",
}
# Words between the verb and the value: "rose by 5%", "fell by nearly 3%", "up about 4%".
_BETWEEN: Final = re.compile(
    r"(?:\s+(?:by|as\s+much\s+as|as\s+many\s+as|some|about|around|nearly|almost|roughly|approximately|an?\s+estimated|"
    r"more\s+than|over|less\s+than|just|only|a\s+further|another|a\s+record|a\s+sharp|"
    r"a\s+modest|sharply|slightly|strongly))*\s*$",
    re.IGNORECASE,
)
# A verb of change, its object, then "by" and the value.
_VERB_THEN_BY: Final = re.compile(
    r"\b(reduc\w*|cut(?:s|ting)?|lower(?:ed|s|ing)?|rais\w*|increas\w*|decreas\w*|boost\w*|"
    r"grow(?:n|s|ing)?|grew|expand\w*|shrunk|shrank)\b[^,;.]{0,60}?\bby\s+"
    r"(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+|roughly\s+|more\s+than\s+)?$",
    re.IGNORECASE,
)
# The object of that verb, cut before a preposition: "the carbon intensity of our fleet".
_OBJECT: Final = re.compile(
    r"\s+(?:(?:the|its|their|our|his|her|this|these)\s+)?((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)"
    r"(?=\s+(?:of|in|at|for|from|on|by)\b)"
)
_PRONOUNS: Final = words("it them this that these those")
_WORD_BEFORE: Final = re.compile(r"([A-Za-z]+)\s*$")
_NOUN_OF: Final = re.compile(r"\b(?:an?|the)\s+(?:[a-z]+\s+)?([a-z]+)\s+of\s*$", re.IGNORECASE)
_NOUN_AFTER: Final = re.compile(
    r"\s+(increase|rise|growth|jump|gain|surge|hike|expansion|decrease|decline|drop|fall|"
    r"reduction|cut|contraction|loss|change)\b",
    re.IGNORECASE,
)
_YEAR_ON_YEAR: Final = re.compile(
    r"\s+(?:year[- ]on[- ]year|year[- ]over[- ]year|on\s+the\s+year|y/y|yoy|"
    r"(?:from|over|on|compared\s+(?:with|to))\s+(?:a|the\s+(?:previous|same|prior))\s+"
    r"(?:year|quarter|month|period))\b",
    re.IGNORECASE,
)


class Change(NamedTuple):
    direction: str  # growth, decline or change
    apposition: bool  # "…, up 9.4%": the change of the value stated before it
    noun_end: int | None  # end of "increase in" after the value, where its noun starts
    noun: str | None = None  # the object of "reduced [the carbon intensity] … by 18%"


def change_of(text: str, start: int, end: int) -> Change | None:
    """Is the percentage quoted at ``text[start:end]`` a change, and of which direction?"""
    left = text[max(0, start - 80) : start]
    between = _BETWEEN.search(left)
    head = left[: between.start()] if between else left
    word = _WORD_BEFORE.search(head)
    if word is not None:
        low = word.group(1).lower()
        direction = (
            "growth" if low in _UP else "decline" if low in _DOWN else "change"
            if low in _NEUTRAL else None
        )  # fmt: skip
        if direction is not None and low in ("up", "down"):
            verb = _WORD_BEFORE.search(head[: word.start()])
            if verb is not None and verb.group(1).lower() in _PHRASAL:
                direction = None  # "Exports made up 64% of …": a share
        if direction is not None:
            lead = head[: word.start()].rstrip()
            return Change(direction, lead.endswith((",", "(", "—", "–")), None)
    by = _VERB_THEN_BY.search(left)
    if by is not None:  # "reduced the carbon intensity of the fleet by 18%"
        up = by.group(1).lower().startswith(("rais", "increas", "boost", "grow", "grew", "expand"))
        obj = _OBJECT.match(left, by.end(1))
        noun = obj.group(1) if obj is not None and obj.group(1).lower() not in _PRONOUNS else None
        return Change("growth" if up else "decline", False, None, noun)
    noun_of = _NOUN_OF.search(left)
    if noun_of is not None and noun_of.group(1).lower() in _CHANGE_NOUNS:
        lead = left[: noun_of.start()].rstrip()
        return Change(_CHANGE_NOUNS[noun_of.group(1).lower()], lead.endswith(","), None)
    after = _NOUN_AFTER.match(text, end)
    if after is not None:
        rest = re.match(r"\s+(?:in|of)\s+", text[after.end() : after.end() + 6])
        noun_end = after.end() + rest.end() if rest else None
        return Change(_CHANGE_NOUNS[after.group(1).lower()], False, noun_end)
    if _YEAR_ON_YEAR.match(text, end):
        return Change("change", False, None)
    return None


def changed_attribute(text: str, change: Change, linked: str | None, measured: str | None) -> str:
    """The attribute of a change: what changed and how (``Revenue growth``, ``exports
    decline``); ``linked`` is the subject of the verb that states it (``[Revenue] rose
    17.6%``), ``measured`` the attribute of the value stated before it in the sentence."""
    noun = linked or change.noun
    if change.noun_end is not None:
        noun = noun_phrase_after(text, change.noun_end) or noun  # "a 5% drop in exports"
    if change.apposition and measured:
        noun = measured  # "output reached 251 billion yuan, up 9.4%"
    return f"{noun} {change.direction}" if noun else change.direction
