"""The words that state a relation, as data: each trigger with the predicate it states.

``BY_TRIGGERS`` are passive forms read ``<subject> … <trigger> by <object>``;
``ACTIVE_TRIGGERS`` are verbs read ``<agent> <verb> <object>`` (the object gets the
relation, the agent is its object: ``MEPC acquired Milton Park`` → Milton Park owned_by
MEPC). The other patterns are used by :mod:`pipeline.extract.entities.relations`.
"""

from __future__ import annotations

import re
from typing import Final

from pipeline.extract.words import words

BY_TRIGGERS: Final[dict[str, str]] = {
    "founded": "founded_by",
    "co-founded": "founded_by",
    "established": "founded_by",
    "created": "founded_by",
    "formed": "founded_by",
    "set up": "founded_by",
    "built": "founded_by",
    "initiated": "initiated_by",
    "proposed": "initiated_by",
    "launched": "initiated_by",
    "conceived": "initiated_by",
    "initiative": "initiated_by",
    "operated": "operated_by",
    "managed": "operated_by",
    "run": "operated_by",
    "administered": "operated_by",
    "maintained": "operated_by",
    "owned": "owned_by",
    "acquired": "owned_by",
    "bought": "owned_by",
    "purchased": "owned_by",
    "owned and operated": "owned_by+operated_by",
    "announced": "initiated_by",
    "planned": "initiated_by",
    "devised": "initiated_by",
    "promoted": "initiated_by",
    "sponsored": "initiated_by",
    "developed": "founded_by",
}
ACTIVE_TRIGGERS: Final[dict[str, str]] = {
    "founded": "founded_by",
    "co-founded": "founded_by",
    "established": "founded_by",
    "formed": "founded_by",
    "created": "founded_by",
    "set up": "founded_by",
    "launched": "initiated_by",
    "initiated": "initiated_by",
    "proposed": "initiated_by",
    "advocated": "initiated_by",
    "advocated for": "initiated_by",
    "acquired": "owned_by",
    "bought": "owned_by",
    "purchased": "owned_by",
    "owns": "owned_by",
    "operates": "operated_by",
    "manages": "operated_by",
    "runs": "operated_by",
}


def _alternation(phrases: dict[str, str]) -> str:
    return "|".join(
        re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True)
    )


BY_RE: Final = re.compile(
    rf"\b(?P<trigger>(?i:{_alternation(BY_TRIGGERS)}))\b(?:\s+(?:\w+ly|jointly|solely))?"
    r"(?:\s+(?:in|on|during)\s+\d{4})?,?\s+by\s+(?:the\s+)?"
)
ACTIVE_RE: Final = re.compile(rf"\b(?P<trigger>{_alternation(ACTIVE_TRIGGERS)})\s+")
# The words a sentence must hold for a pattern to match: the readers skip it otherwise.
ACTIVE_WORDS: Final = frozenset(t.split()[0] for t in ACTIVE_TRIGGERS)
# Lower-case words allowed between an active verb and its object (``the creation of a``).
OBJECT_GAP: Final = re.compile(
    r"(?:(?:the|a|an|its|his|her|their|creation|development|of|new|first)\s+){0,5}[\"“]?"
)

LOCATED_RE: Final = re.compile(
    r"\b(?:located|situated|based|sited|lies|lying|is|are|was|were|built|constructed)\s+"
    r"(?:(?:just|directly|mainly|partly|primarily|entirely|largely|now|completely|wholly|fully|"
    r"mostly|also)\s+)?(?:in|at|within|inside)\s+(?:the\s+)?"
    r"(?:(?:municipality|city|town|village|district|neighbou?rhood|community|state|province|"
    r"county|region|heart|centre|center|area)\s+of\s+(?:the\s+)?)?"
)
HEADQUARTERS_RE: Final = re.compile(
    r"\b(?:headquartered\s+(?:in|at)|headquarters\s+(?:is|are|was|were)\s+(?:located\s+)?(?:in|at)|"
    r"head\s+office\s+(?:is|was)\s+in|(?:its|their)\s+(?:[\w\-]+\s+){0,4}?headquarters\s+"
    r"(?:at|in|to))\s+(?:the\s+)?"
)
# ``Emaar Properties, a Dubai-based company``, ``the Dubai-based Emaar Properties``.
BASED_RE: Final = re.compile(r"-(?:based|headquartered)\b")
# ``X is an industrial park in Taiwan``, ``… as the first incubator in China``.
DEFINITION_IN_RE: Final = re.compile(
    r"\b(?:is|was|are|were|as)\s+(?:both\s+)?(?:an?|the)\s+"
    r"(?:(?!by\b|,\s*(?:which|who|where|while|that|\w+ing|\w+ed)\b)[^.;:()\"]){0,100}?"
    r"(?<!north)(?<!south)(?<!east)(?<!west)(?<!km)(?<!miles)\s(?:in|of)\s+(?:the\s+)?(?=[A-Z])"
)
# ``Among the attractions in X are A, B and C``: the places and sites listed after the
# verb are in X.
AMONG_IN_RE: Final = re.compile(
    r"^Among\s+(?:the\s+)?(?:[a-z][\w\-]*\s+){1,4}?(?:in|of)\s+(?:the\s+)?(?=[A-Z])"
)
AMONG_VERB_RE: Final = re.compile(r"\s+(?:are|were|is|was|include|included)\s+(?:the\s+)?")
IN_RE: Final = re.compile(r",?\s+in\s+(?:the\s+)?(?=[A-Z])")
HOSTS_RE: Final = re.compile(
    r"\b(?:(?:is|was|are|were|became)\s+(?:also\s+)?(?:the\s+)?home\s+(?:to|of)|houses|housed|hosts|"
    r"hosted|tenants\s+include|occupiers\s+include|companies\s+such\s+as|firms\s+such\s+as|"
    r"(?<![\w\-])tenants?\s+(?:[\w\-]+\s+){0,5}?(?:is|are|was|were|include|includes|included)|"
    r"(?:first|anchor|new|largest|main|major)\s+tenants?,)\s+"
    r"(?:the\s+)?"
)
EXAMPLE_RE: Final = re.compile(
    r"^\s*(?:exemplifies|is)\s+(?:an?|one)\s+(?:\w+\s+){0,2}?(?:case|example|tenant|occupant)\b"
)
PART_OF_RE: Final = re.compile(
    r"\b(?:is|was|as|are|were)\s+(?:a\s+|also\s+)?part\s+of\s+(?:the\s+)?"
)
MEMBER_OF_RE: Final = re.compile(r"\b(?:a|is|was)\s+(?:founding\s+)?member\s+of\s+(?:the\s+)?")
EMPLOYED_RE: Final = re.compile(
    r"\b(?:works|worked|working)\s+(?:for|at)\s+(?:the\s+)?|\bemployed\s+by\s+(?:the\s+)?"
)
# A description after a place's name that places it (``Jeddah, the commercial hub of
# Saudi Arabia``, ``the Keihanna Hills, a border region between Kyoto, Osaka, and Nara``).
PLACING_APPOSITION_RE: Final = re.compile(
    r"(?:\s*\([^()]*\))?,\s+(?:a|an|the)\s+(?:[a-z][\w\-]*\s+){0,4}?"
    r"(?:between|in|of|within|on)\s+(?:the\s+)?(?=[A-Z])"
)
# ``Ascendas, a subsidiary of Capitaland``, ``X is a wholly owned subsidiary of Y``.
SUBSIDIARY_RE: Final = re.compile(
    r"(?:,\s+|\s+(?:is|was|became)\s+)(?:a|an|the)\s+(?:(?:wholly[- ]owned|former|majority[- ]owned)\s+)?"
    r"(?:subsidiary|division|unit|affiliate|arm)\s+of\s+(?:the\s+)?"
)
# Players' positions and roles that say for which team someone plays (``a pitcher for the X``).
PLAYER_ROLES: Final = words(
    """player pitcher catcher infielder outfielder shortstop quarterback linebacker
    receiver forward defender defenseman goalkeeper goaltender midfielder striker guard
    center winger batsman bowler wicketkeeper"""
)
# ``In four seasons with the Michigan Wolverines``, ``played for the X``, ``signed with
# the X``, ``a pitcher for the X``: a team member.
MEMBER_WITH_RE: Final = re.compile(
    r"\b(?:seasons?|years?|career)\s+(?:with|for)\s+(?:the\s+)?|"
    r"\b(?:played|plays|playing|signed|signs)\s+(?:\w+\s+)?(?:for|with)\s+(?:the\s+)?|"
    rf"\b(?:{'|'.join(sorted(PLAYER_ROLES))})\s+for\s+(?:the\s+)?"
)
# ``the Denver Comets of the Coastal League``: a team of its league.
LEAGUE_OF_RE: Final = re.compile(r"\s+of\s+(?:the\s+)?(?=[A-Z])")
# ``one of the most important songs on the album``: a part of the article's work.
WORK_PART_RE: Final = re.compile(
    r"\b(?:songs?|tracks?|singles?|pieces?|episodes?|chapters?)\s+(?:on|from|of|in)\s+"
    r"(?:the|this)\s+(?:album|record|EP|LP|soundtrack|series|book|novel)\b"
)
MEMBERSHIP_WORDS: Final = {
    "subsidiary": words("subsidiary division unit affiliate arm"),
    "part": words("part"),
    "member": words("member"),
    "employed": words("works worked working employed"),
    "with": words("season seasons year years career played plays playing signed signs")
    | PLAYER_ROLES,
}
WORK_PART_WORDS: Final = words("album record EP LP soundtrack series book novel")
HOST_WORDS: Final = words(
    """home houses housed hosts hosted tenants tenant occupiers occupant companies firms
    exemplifies example case"""
)
