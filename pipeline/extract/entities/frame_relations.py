"""Relation frames that recur across articles (round 6), each a verb or preposition frame
read at the mentions it joins, never a name:

* **relocation** (``hosts``): ``X moved to Y``, ``X and all other carriers formally
  relocated to the new airport``: the facility Y (or the topic, named by its noun) hosts
  the organisation X;
* **premises** (``hosts``): ``X, which has facilities in the park``, ``X have one of their
  two offices here``: the topic (or the facility named) hosts X;
* **passive win** (``awarded``): ``the X Award, which was won by Y``, ``the X Prize was
  awarded to Y``: Y received the award;
* **team before a role** (``member_of``): ``Indiana Pacers guard Reggie Miller``, ``Ann
  Holt was the Dodgers' opening day starter``: the player is a member of the team;
* **place chains with a unit noun** (``located_in``): ``the Nadd Hessa community in
  Dubai``, ``Riau Islands Province of Indonesia``: the first place is in the second;
* **an owner's part** (round 7; ``part_of``, ``owned_by``): ``the Marlow University and
  its engineering faculty, the Kestrel Institute``, ``Kestrel Group's subsidiary Marlow
  Labs``: the part named after the possessive and its part noun is the owner's.
"""

from __future__ import annotations

import re
from typing import Final

from pipeline.extract.entities.context import TOPIC_NOUNS, Context, span
from pipeline.extract.entities.found import Found, Key, Stated
from pipeline.extract.entities.relation_patterns import PLAYER_ROLES
from pipeline.extract.words import words

_ADVERB: Final = r"(?:(?:formally|officially|later|then|subsequently|eventually|also|finally|"
_ADVERB_END: Final = r"permanently|fully)\s+)?"
# After the organisation: ``moved to``, ``and all other carriers formally relocated to``.
RELOCATED_RE: Final = re.compile(
    r"(?:\s*\([^()]{1,40}\))?(?:\s+and\s+(?:all\s+|the\s+|many\s+|several\s+)?(?:other\s+)?"
    r"[a-z]+)?\s+(?:has\s+|have\s+|had\s+)?"
    + _ADVERB
    + _ADVERB_END
    + r"(?:moved|relocated|relocates|moves|relocating|moving|transferred)\s+"
    r"(?:(?:its|their)\s+(?:[a-z]+\s+){0,2}?(?:operations|offices?|headquarters|base|"
    r"activities|campus)\s+)?(?:to|into)\s+(?:the\s+)?"
)
# After the organisation: ``which has facilities in the park``, ``have one of their two
# Swedish offices here``.
PREMISES_RE: Final = re.compile(
    r"(?:\s*\([^()]{1,40}\))?,?\s+(?:(?:which|that|also|now|still)\s+)*"
    r"(?:has|have|had|maintains|maintain|maintained|opened|opens|operates|operate)\s+"
    r"(?:one\s+of\s+)?(?:(?:its|their|an?|the)\s+)?(?:[\w\-]+\s+){0,3}?"
    r"(?:offices?|facilities|facility|premises|branch(?:es)?|centres?|centers?|"
    r"laborator(?:y|ies)|labs?|plants?|operations|sites?)"
    r"(?P<where>\s+(?:in|at|on|within)\s+(?:the\s+)?|\s+here\b)"
)
# A site's topic noun after ``the`` (``the new airport``, ``the park``).
# The noun ends the phrase (``the park.``, ``the new airport on 27 May``), not ``the city
# centre``.
_TOPIC_NOUN: Final = re.compile(
    r"(?:(?:new|present|current|main|same)\s+)?(?P<noun>[a-z]+)\b"
    r"(?=\s*(?:[.,;:)]|$)|\s+(?:on|in|since|at|and|from|with|for|by|during|until|after)\b)"
)
# Before the winner: ``, which was won by``, ``was awarded to``.
WON_BY_RE: Final = re.compile(
    r"(?:\s*\([^()]{1,40}\))?,?\s+(?:(?:which|that)\s+)?(?:was|were|has\s+been|had\s+been|is)\s+"
    r"(?:(?:later|then|eventually|also|first|jointly)\s+)?"
    r"(?:won\s+by|awarded\s+to|given\s+to|presented\s+to|conferred\s+on|bestowed\s+on)\s+"
    r"(?:the\s+)?"
)
# Roles a player holds in a team (and the starter's role), written between team and person.
_ROLES: Final = PLAYER_ROLES | words("starter closer captain ace")
_ROLE_ALT: Final = "|".join(sorted(_ROLES, key=len, reverse=True))
# ``Indiana Pacers guard Reggie Miller``, ``Boston Celtics star forward Ann Holt``.
TEAM_ROLE_RE: Final = re.compile(
    r"\s+(?:(?:star|veteran|former|rookie|starting|reserve|backup|point|shooting|power|"
    rf"small|relief|center|centre|left|right)\s+)?(?:{_ROLE_ALT})s?\s+(?=[A-Z])"
)
# ``X was the Dodgers' Opening Day starter``: a copula and a determiner before the team,
# its possessive and the role after it.
_COPULA_BEFORE: Final = re.compile(r"\s(?:is|was|became|remains|remained)\s+(?:the|a|an)\s+$")
TEAM_POSSESSIVE_RE: Final = re.compile(rf"\s?['’]s?\s+(?:[\w\-]+\s+){{0,3}}?(?:{_ROLE_ALT})\b")
# ``the Nadd Hessa community in Dubai``: a lower-case unit noun, then ``in`` and a place.
UNIT_IN_RE: Final = re.compile(
    r"\s+(?:community|district|neighbou?rhood|area|region|province|county|municipality|"
    r"suburb|quarter|ward|village|town|township|sub-district|subdistrict)\s+in\s+(?:the\s+)?"
)
# ``Riau Islands Province of Indonesia``: a place whose last word is a unit, ``of``, a place.
_UNIT_HEADS: Final = words(
    "Province Prefecture County District Region Governorate Oblast Municipality Department "
    "Canton Emirate Regency"
)
PLACE_OF_RE: Final = re.compile(r"\s+of\s+(?:the\s+)?(?=[A-Z])")

# ``its engineering faculty, the X``, ``Kestrel Group's subsidiary X``: a possessive, a
# part noun and the part's name.
OWN_PART_RE: Final = re.compile(
    r"(?P<owner>\b(?:its|their)|['’]s)\s+(?:(?:[a-z][\w\-]*|[A-Z][a-z]+)\s+){0,2}?"
    r"(?P<noun>subsidiary|subsidiaries|affiliate|faculty|faculties|campus|division|branch|"
    r"school|college|institute|department)\s*(?:,|[-–—])?\s*(?:the\s+)?(?=[A-Z])"
)
_OWNED_NOUNS: Final = words("subsidiary subsidiaries affiliate")
# A bracket just before ``and its``: an aside about the owner, not the owner.
_ASIDE_BEFORE: Final = re.compile(r"\([^()]*\)\s*(?:,\s*)?(?:and|with|along\s+with)?\s*$")
OWN_PART_WORDS: Final = words(
    "subsidiary subsidiaries affiliate faculty faculties campus division branch school "
    "college institute department"
)

FRAME_WORDS: Final = (
    words(
        """moved relocated relocates moves relocating moving transferred has have had maintains
    maintain maintained opened opens operates operate won awarded given presented conferred
    bestowed community district neighborhood neighbourhood area region province county
    municipality suburb quarter ward village town township sub-district subdistrict"""
        + " "
        + " ".join(sorted(_UNIT_HEADS))
    )
    | _ROLES
)
# What a place that hosts an organisation may be (a site, not a country).
_SITES: Final = frozenset({"facility"})


def _topic_site(ctx: Context, pos: int) -> tuple[Key | None, int]:
    """The topic when the text at ``pos`` is its noun (``the new airport``, ``the park``)
    that the topic's name ends in, with the noun's end."""
    topic = ctx.topic
    if topic is None or topic[1] not in ("facility", "place"):
        return None, pos
    noun = _TOPIC_NOUN.match(ctx.text, pos)
    if noun is None or noun.group("noun") not in TOPIC_NOUNS:
        return None, pos
    if noun.group("noun") not in topic[0].lower():
        return None, pos  # ``the city`` in an article about a park is another place
    if not ctx.text[max(0, pos - 4) : pos].lower().endswith("the "):
        return None, pos
    return topic, noun.end()


def _site_after(ctx: Context, pos: int) -> tuple[Key | None, int]:
    """The facility named at ``pos`` or the topic its noun stands for, with where it ends."""
    site = ctx.at(pos)
    if site is not None:
        return (site.key, site.end) if site.key[1] in _SITES else (None, pos)
    return _topic_site(ctx, pos)


def _hosting(ctx: Context) -> list[Stated]:
    out = []
    for org in ctx.founds:
        if org.key[1] != "organization":
            continue
        moved = RELOCATED_RE.match(ctx.text, org.end)
        if moved is not None:
            key, end = _site_after(ctx, moved.end())
            if key is not None and key != org.key:
                out.append(Stated(key, "hosts", org.key, None, org.start, end))
            continue
        premises = PREMISES_RE.match(ctx.text, org.end)
        if premises is None:
            continue
        if premises.group("where").strip() == "here":
            key, end = ctx.topic, premises.end()
            if key is None or key[1] not in ("facility", "place"):
                continue
        else:
            key, end = _site_after(ctx, premises.end())
        if key is not None and key != org.key:
            out.append(Stated(key, "hosts", org.key, None, org.start, end))
    return out


def _won_by(ctx: Context) -> list[Stated]:
    out = []
    for award in ctx.founds:
        if award.key[1] != "award":
            continue
        match = WON_BY_RE.match(ctx.text, award.end)
        winner = ctx.at(match.end()) if match else None
        if winner is not None and winner.key[1] in ("person", "organization"):
            out.append(Stated(winner.key, "awarded", award.key, None, *span(award, winner)))
    return out


def _team_roles(ctx: Context) -> list[Stated]:
    out = []
    for team in ctx.founds:
        if team.key[1] != "organization":
            continue
        role = TEAM_ROLE_RE.match(ctx.text, team.end)
        if role is not None:
            person = ctx.at(role.end())
            if person is not None and person.key[1] == "person":
                out.append(Stated(person.key, "member_of", team.key, None, *span(team, person)))
            continue
        if not _COPULA_BEFORE.search(ctx.text, 0, team.start):
            continue
        possessive = TEAM_POSSESSIVE_RE.match(ctx.text, team.end)
        if possessive is None:
            continue
        person = ctx.before(team.start)
        if person is None or person.key[1] != "person":
            continue
        gap = ctx.text[person.end : team.start]
        if len(gap.split()) > 3:
            continue
        out.append(Stated(person.key, "member_of", team.key, None, person.start, possessive.end()))
    return out


def _place_chains(ctx: Context) -> list[Stated]:
    out = []
    for inner in ctx.founds:
        if inner.key[1] != "place":
            continue
        match = UNIT_IN_RE.match(ctx.text, inner.end)
        if match is None and inner.key[0].split()[-1] in _UNIT_HEADS:
            match = PLACE_OF_RE.match(ctx.text, inner.end)
        outer = ctx.at(match.end()) if match else None
        if outer is not None and outer.key[1] == "place" and outer.key != inner.key:
            out.append(Stated(inner.key, "located_in", outer.key, None, *span(inner, outer)))
    return out


def _owner_before(ctx: Context, pos: int) -> Found | None:
    """The organisation a possessive at ``pos`` refers to: the name before it (past a
    bracketed aside), when nothing but ``and``/``with`` stands between."""
    aside = _ASIDE_BEFORE.search(ctx.text, 0, pos)
    end = aside.start() if aside else pos
    owner = ctx.before(end)
    if owner is None or owner.key[1] != "organization":
        return None
    gap = ctx.text[owner.end : end] if aside else ctx.text[owner.end : pos]
    if not re.fullmatch(r"\s*(?:,\s*)?(?:(?:and|with|along\s+with)\s*)?", gap):
        return None
    return owner


def _own_parts(ctx: Context) -> list[Stated]:
    out = []
    for match in OWN_PART_RE.finditer(ctx.text):
        part = ctx.at(match.end())
        if part is None or part.key[1] not in ("organization", "facility"):
            continue
        if match.group("owner").startswith(("'", "’")):
            owner = ctx.before(match.start())
            if owner is None or owner.end != match.start() or owner.key[1] != "organization":
                continue  # ``Kestrel Group's subsidiary X``: the name right before ``'s``
        else:
            owner = _owner_before(ctx, match.start())
        if owner is None or owner.key == part.key:
            continue
        predicate = "owned_by" if match.group("noun") in _OWNED_NOUNS else "part_of"
        out.append(Stated(part.key, predicate, owner.key, None, *span(owner, part)))
    return out


def frame_relations(ctx: Context) -> list[Stated]:
    """The relations of the frames above (a sentence without their cue words is skipped)."""
    out = _own_parts(ctx) if not OWN_PART_WORDS.isdisjoint(ctx.words) else []
    if FRAME_WORDS.isdisjoint(ctx.words):
        return out
    out += _hosting(ctx) + _team_roles(ctx) + _place_chains(ctx)
    if "won" in ctx.words or " to " in ctx.text or " on " in ctx.text:
        out += _won_by(ctx)
    return out
