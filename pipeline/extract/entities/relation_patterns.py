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
    "announced": "initiated_by",
    "unveiled": "initiated_by",
}
# Active verbs whose object must be a plan, a site or a place (``announced the iPhone``
# states no founder).
ACTIVE_SITE_ONLY: Final = frozenset({"announced", "unveiled"})


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

# ``Dubai's first integrated smart city project, the Dubai Digital Park``: the object
# named after a description in apposition.
OBJECT_DESCRIBED: Final = re.compile(
    r"(?:(?:[A-Z][\w\-]*['’]s|the|a|an|its|his|her|their)\s+)(?:[a-z][\w\-]*\s+){0,5}"
    r"[a-z][\w\-]*,\s+(?:the\s+)?"
)
# ``X was founded in 1983 as a collaboration between A, B and C``: every party founded it.
FOUNDED_AS_RE: Final = re.compile(
    r"\b(?:founded|co-founded|established|created|formed|set\s+up|started)\b[^.;:]{0,40}?\bas\s+"
    r"(?:an?\s+)?(?:joint\s+)?(?:collaboration|partnership|cooperation|co-operation|"
    r"venture|initiative|project|consortium)\s+(?:between|of|among|by)\s+(?:the\s+)?"
    r"(?:(?:[A-Z][a-z]+\s+)?(?:companies|firms|groups|governments|universities|partners)\s+)?"
)
# ``to operate under the Dubai Airport Free Zone Authority``.
UNDER_RE: Final = re.compile(
    r"\b(?:operates?|operated|operating|functions?|functioning|runs?|managed)\s+under\s+"
    r"(?:the\s+)?(?:(?:authority|auspices|management|administration|umbrella|supervision|"
    r"control)\s+of\s+(?:the\s+)?)?"
)
UNDER_WORDS: Final = words(
    "operate operates operated operating function functions functioning run runs managed"
)
# ``transferred ownership and maintenance of Akron Road to Niagara County``.
TRANSFER_RE: Final = re.compile(
    r"\b(?:transferred|transfers?|transferring|gave|given|passed|handed(?:\s+over)?|ceded)\s+"
    r"(?:the\s+)?(?P<what>(?:ownership|maintenance|control|operation|management|jurisdiction)"
    r"(?:\s*,?\s+(?:and\s+)?(?:ownership|maintenance|control|operation|management|jurisdiction))*)"
    r"\s+of\s+(?:the\s+)?"
)
TRANSFER_PREDICATES: Final[dict[str, str]] = {
    "ownership": "owned_by",
    "maintenance": "operated_by",
    "control": "operated_by",
    "operation": "operated_by",
    "management": "operated_by",
    "jurisdiction": "operated_by",
}
# ``before operation was passed to the Redfern-Waterloo Authority``, ``control of the
# port was transferred to X``: the passive of a transfer.
TRANSFERRED_WHAT_RE: Final = re.compile(
    r"\b(?P<what>ownership|maintenance|control|operation|management|jurisdiction)\b"
    r"(?P<of>\s+of\s+(?:the\s+)?)?"
)
TRANSFERRED_TO_RE: Final = re.compile(
    r"\s+(?:was|were|has\s+been|had\s+been|is)\s+(?:(?:later|then|subsequently|formally)\s+)?"
    r"(?:passed|transferred|handed(?:\s+over)?|given|assigned)\s+to\s+(?:the\s+)?"
)
TRANSFER_WORDS: Final = words("ownership maintenance control operation management jurisdiction")
TRANSFER_TO: Final = re.compile(r"\s+to\s+(?:the\s+)?")
# Military units by size: a unit named in apposition before a larger one is part of it
# (``C Company, 72nd Tank Battalion``).
UNIT_RANKS: Final[dict[str, int]] = {
    "Section": 1,
    "Squad": 1,
    "Platoon": 2,
    "Company": 3,
    "Battery": 3,
    "Troop": 3,
    "Battalion": 4,
    "Squadron": 4,
    "Regiment": 5,
    "Group": 5,
    "Wing": 5,
    "Brigade": 6,
    "Division": 7,
    "Corps": 8,
    "Army": 9,
    "Fleet": 9,
}
# The last word of an armed force whose numbered units follow its name (``the US Marine
# Corps 1st Provisional Marine Brigade``, ``the US Army 24th Infantry Division``).
FORCE_WORDS: Final = words("Army Navy Corps Force Guard Marines")
# A unit named by a number or a letter (``72nd Tank Battalion``, ``C Company``).
UNIT_NAME: Final = re.compile(r"^(?:\d+(?:st|nd|rd|th|d)\b|[A-Z]\s|[A-Z][a-z]+(?:th|st|nd|rd)\b)")

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
    r"(?:(?!by\b|,\s*(?:which|who|where|while|that|\w+ing|\w+ed)\b)(?:[^.;:()\"]|\([a-z][^()]{0,30}\))){0,100}?"
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
    r"(?:first|anchor|new|largest|main|major)\s+(?:[a-z]+\s+)?tenants?,)\s+"
    r"(?:the\s+)?"
)
EXAMPLE_RE: Final = re.compile(
    r"^\s*(?:exemplifies|is)\s+(?:an?|one)\s+(?:\w+\s+){0,2}?(?:case|example|tenant|occupant)\b"
)
# ``is part of the X``, ``is also a component of the X``, ``is a part of an ambitious "X"
# program``: a determiner and up to two lower-case adjectives may stand before the name.
PART_OF_RE: Final = re.compile(
    r"\b(?:is|was|are|were|became|remains|be|being)\s+(?:also\s+)?(?:now\s+)?"
    r"(?:(?:a|an|the|one)\s+)?(?:(?:integral|key|constituent|founding|major)\s+)?"
    r"(?:part|component|constituent)s?\s+of\s+(?:(?:the|an?)\s+(?:[a-z][\w\-]*\s+){0,2}(?=[A-Z\"“]))?|"
    r"\bas\s+(?:a\s+)?part\s+of\s+(?:the\s+)?"
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
# ``she joined the Detroit Tigers``, ``was traded to the X``: a team's new member (the
# reader keeps teams and armed units only: ``joined Google`` is a job, ``joined the
# protest`` no membership; a player ``drafted by`` a team may never play for it).
JOINED_RE: Final = re.compile(
    r"\b(?:joined|joins|joining|rejoined|re-signed\s+with|traded\s+to|"
    r"transferred\s+to|loaned\s+to)\s+(?:the\s+)?"
)
# ``the Denver Comets of the Coastal League``, ``the Sydney Flames in the National
# Wheelchair Basketball League``: a team of its league.
LEAGUE_OF_RE: Final = re.compile(r"\s+(?:of|in)\s+(?:the\s+)?(?=[A-Z])")
# ``one of the most important songs on the album``: a part of the article's work.
WORK_PART_RE: Final = re.compile(
    r"\b(?:songs?|tracks?|singles?|pieces?|episodes?|chapters?)[\"”]?\s+(?:on|from|of|in)\s+"
    r"(?:the|this)\s+(?:album|record|EP|LP|soundtrack|series|book|novel)\b"
)
# ``The album's lead single, "X"``, ``the record's second single was "X"``: a part of the
# article's work named after its possessive.
WORK_OWN_PART_RE: Final = re.compile(
    r"\b(?:[Tt]he|[Tt]his)\s+(?:album|record|EP|LP|soundtrack)['’]s\s+(?:[a-z][\w\-]*\s+){0,2}?"
    r"(?:singles?|songs?|tracks?)(?:\s*,\s*|\s+(?:is|was|are|were)\s*)(?:[\"“]\s*)?"
)
MEMBERSHIP_WORDS: Final = {
    "subsidiary": words("subsidiary division unit affiliate arm"),
    "part": words("part parts component components constituent constituents"),
    "member": words("member"),
    "employed": words("works worked working employed"),
    "with": words("season seasons year years career played plays playing signed signs")
    | PLAYER_ROLES,
    "joined": words("joined joins joining rejoined re-signed traded transferred loaned"),
}
WORK_PART_WORDS: Final = words("album record EP LP soundtrack series book novel")
HOST_WORDS: Final = words(
    """home houses housed hosts hosted tenants tenant occupiers occupant companies firms
    exemplifies example case"""
)
# Nouns that make ``launched`` mean a ship was put afloat, not a plan started.
SHIP_WORDS: Final = words(
    """ship ships battleship battleships cruiser cruisers frigate frigates ironclad ironclads
    vessel vessels destroyer destroyers submarine submarines carrier carriers warship warships
    liner liners steamer steamship schooner gunboat corvette sloop yacht tanker freighter"""
)
# A road entering, leaving or crossing a town or a county (``NY 93 leaves the town of
# Porter for the town of Wilson``, ``it runs across the town of Porter``, ``enters Monroe
# County``): the road is located in it.
ROUTE_RE: Final = re.compile(
    r"\b(?:enters|entering|leaves|leaving|crosses(?:\s+into)?|crossing(?:\s+into)?|"
    r"passes\s+through|passing\s+through|runs\s+(?:through|across|into)|"
    r"continues\s+(?:into|through)|traverses|traversing|heads\s+into|serves)\s+(?:the\s+)?"
    r"(?P<unit>(?:(?:small|tiny|rural|nearby|incorporated|unincorporated)\s+)?(?:town|village|city|hamlet|county|borough|township|community)\s+of\s+)?"
)
ROUTE_NEXT: Final = re.compile(
    r"\s+(?:for|into|and\s+enters|and\s+into)\s+(?:the\s+)?"
    r"(?P<unit>(?:town|village|city|hamlet|county|borough|township|community)\s+of\s+)?"
)
ROUTE_WORDS: Final = words(
    "enters entering leaves leaving crosses crossing passes passing runs continues traverses "
    "traversing heads serves"
)
# The last word of a named area a road is in without ``town of`` before it.
ROUTE_AREAS: Final = words("County Township Parish Borough")
