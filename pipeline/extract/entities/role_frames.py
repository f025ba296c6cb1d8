"""Roles read around an organisation's or a team's name (round 7): the person after an
organisation and a role (``Kestrel Systems CEO X``, ``the 2nd Division commander Major
General X``), a coach for a team after a description (``X is an American professional
basketball head coach for the Boston Celtics``), and whether a role is a job or a
membership (a soldier is a member of his unit)."""

from __future__ import annotations

import re
from typing import Final

from pipeline.extract.entities.context import Context
from pipeline.extract.entities.found import Found, Key, Stated
from pipeline.extract.entities.relation_patterns import PLAYER_ROLES, UNIT_RANKS
from pipeline.extract.entities.titles import (
    HONORIFICS,
    RANKS,
    ROLE_PHRASES,
    ROLE_PREFIXES,
)

# A team's staff named before a person (``head coach X of the Y``, ``owner X of the Y``).
STAFF_BEFORE: Final = re.compile(
    r"\b(?:coach|manager|owner|president|chairman|executive|director|general\s+manager|"
    r"scout|trainer|commissioner)\s+$",
    re.IGNORECASE,
)

# The ranks and honorifics a name may follow (``Lt. General Sir``), one at a time.
_RANK: Final = re.compile(
    r"(?:"
    + "|".join(sorted((re.escape(t) for t in RANKS | HONORIFICS), key=len, reverse=True))
    + r")\s+"
)


def person_after_ranks(ctx: Context, pos: int) -> Found | None:
    """The mention at ``pos`` past up to three ranks and honorifics."""
    for _ in range(4):
        found = ctx.at(pos)
        rank = _RANK.match(ctx.text, pos)
        if found is not None or rank is None:
            return found
        pos = rank.end()
    return None


# ``X is an American professional basketball head coach for the Boston Celtics``: a
# coach's or a manager's role after a copula and a description, and the team it is for.
_COACH_FOR: Final = re.compile(
    r"(?:\s*\([^()]*\))?\s+(?:is|was|has\s+been|became)\s+(?:(?:currently|also|now)\s+)?"
    r"(?:an?|the)\s+(?:(?!of\b|and\b|or\b)[\w\-]+\s+){0,5}?"
    r"(?P<role>(?:(?:head|assistant|associate|interim|volunteer)\s+)?coach|"
    r"(?:general\s+)?manager|(?:offensive|defensive)\s+coordinator)\s+(?:for|with|of)\s+"
    r"(?:the\s+)?"
)


def coach_for(ctx: Context) -> list[Stated]:
    """The coach's role and ``employed_by`` the team or school named after it."""
    out = []
    for found in ctx.founds:
        if found.key[1] != "person":
            continue
        match = _COACH_FOR.match(ctx.text, found.end)
        team = ctx.at(match.end()) if match else None
        if team is None or team.key[1] != "organization":
            continue
        role = " ".join(match.group("role").split())  # type: ignore[union-attr]
        out.append(Stated(found.key, "position_held", None, role, found.start, team.end))
        out.append(Stated(found.key, "employed_by", team.key, None, found.start, team.end))
    return out


# ``the 2nd Division commander Major General X``, ``Marlow Institute director X``,
# ``Kestrel Systems CEO X``: an organisation, a role and the person who holds it.
_ORG_ROLE: Final = re.compile(
    r"(?:['’]s)?\s+(?P<role>(?:(?:"
    + ROLE_PREFIXES
    + r")\s+)?(?:"
    + "|".join(re.escape(r).replace(r"\ ", r"\s+") for r in ROLE_PHRASES)
    + r"))\s+(?=[A-Z])"
)


def works_for(org: Key) -> str:
    """A soldier's role is in a unit he is a member of; another role is a job."""
    words_ = org[0].split()
    last = words_[-1]
    if last == "Company" and not (len(words_) == 2 and len(words_[0]) == 1):
        return "employed_by"  # ``Greater Accra Industrial Development Company``, not ``D Company``
    return "member_of" if last in UNIT_RANKS or last in _ARMS else "employed_by"


# The last words of armed units besides their sizes (``9th Infantry``, ``US Marines``).
_ARMS: Final = frozenset(
    {"Infantry", "Cavalry", "Artillery", "Marines", "Navy", "Force", "Forces", "Guard", "Legion"}
)


def org_roles(ctx: Context) -> list[Stated]:
    """The person after an organisation and a role works for it (a soldier is a member
    of his unit); a lower-case role is their position (an office with a capital is read
    as the person's title)."""
    out = []
    for org in ctx.founds:
        if org.key[1] != "organization":
            continue
        match = _ORG_ROLE.match(ctx.text, org.end)
        person = person_after_ranks(ctx, match.end()) if match else None
        if match is None or person is None or person.key[1] != "person":
            continue
        role = " ".join(match.group("role").split())
        if role in PLAYER_ROLES:
            continue  # ``Indiana Pacers guard X``: read by the team frames
        out.append(Stated(person.key, works_for(org.key), org.key, None, org.start, person.end))
        if role[:1].islower():
            out.append(
                Stated(person.key, "position_held", None, role, match.start("role"), person.end)
            )
    return out
