"""Positions a sentence says a person holds, and who employs them: in an apposition
(``Claude McKinney, dean of the School of Design``, ``Servius Sulpicius Galba, the
governor of Hispania Tarraconensis``, ``Gilbert Foliot, who was Bishop of Hereford``),
as a predicate (``Sanjay Kaul was appointed as the new managing director and Group CEO``,
``before he became archbishop``) or inverted (``The current president of the Technion is
Peretz Lavie``).

The position is the role word (``dean``), with what it is of when that is a place
(``governor of Hispania Tarraconensis``: a position of its own); when it is an
organisation, the person is also ``employed_by`` it.
"""

from __future__ import annotations

import re
from typing import Final

from pipeline.extract.entities.context import Context
from pipeline.extract.entities.found import Found, Key, Stated
from pipeline.extract.entities.relation_patterns import UNIT_RANKS
from pipeline.extract.entities.role_frames import (
    STAFF_BEFORE,
    coach_for,
    org_roles,
    person_after_ranks,
    works_for,
)
from pipeline.extract.entities.teams import is_team
from pipeline.extract.entities.titles import OFFICES, ROLE_PHRASES, ROLE_PREFIXES

# A role with its modifiers.
ROLE: Final = (
    r"(?:(?:former|then|later|current|founding|eventual|new|first|second|last|sole|the|a|an)\s+)*"
    r"(?P<role>(?:(?:"
    + ROLE_PREFIXES
    + r")\s+)?(?:"
    + "|".join(re.escape(r).replace(r"\ ", r"\s+") for r in ROLE_PHRASES)
    + r"))\b"
)
_ROLE_RE: Final = re.compile(ROLE)
# Every word a role phrase can hold (the readers skip sentences without one).
ROLE_WORDS: Final = frozenset(w for r in ROLE_PHRASES for w in r.split())
_OF_WHAT: Final = re.compile(r"\s+(?:of|at)\s+(?:the\s+)?(?:[a-z][\w\-]*\s+){0,3}")
# What leads from a person to a role: ``, who was``, ``was appointed as``, ``became``.
_APPOSITION: Final = re.compile(
    r",\s+(?:who\s+(?:is|was|became|had\s+been|has\s+been|served\s+as|later\s+became)\s+)?"
)
_PREDICATE: Final = re.compile(
    r"\s+(?:(?:is|was|has\s+been|had\s+been)\s+(?:(?:appointed|named|elected|made|sworn\s+in)"
    r"\s+(?:as\s+)?)?|became\s+|(?:later\s+)?served\s+as\s+)"
)
# ``X went on to become mayor``; ``led Claudius, Caligula's uncle, to become emperor``
# (past an aside, after a verb that says it happened: not ``pushed for X to become``).
_TO_BECOME: Final = re.compile(
    r"(?:\s+(?:later\s+)?went\s+on|(?P<aside>(?:,[^,;:()]{1,60},)?))\s+to\s+become\s+"
)
_LED_BEFORE: Final = re.compile(r"\b(?:led|allowed|enabled|helped|caused)\s+$")
# ``Its current president is Professor X``, ``The park's director is X``: a role of the
# sentence's subject, then the person; ``The regimental chaplain, Captain Lewis B. Sheen,
# …``: a role in apposition before the name (the role's own describing word is part of
# it, ``the then`` is not). Read back from the verb or the comma before a name: cheaper
# than trying every role at every position.
_IS_BEFORE_NAME: Final = re.compile(r"\s(?:is|was|has\s+been)\s+(?=[A-Z])")
_COMMA_BEFORE_NAME: Final = re.compile(r",\s+(?=[A-Z])")
_OWN_ROLE: Final = re.compile(
    r"(?:^|(?<=[\s,]))(?:[Ii]ts|[Tt]heir|[Tt]he\s+[a-z]+['’]s)\s+"
    r"(?P<words>(?:[\w\-]+\s+){0,3}?[\w\-]+)$"
)
_ROLE_BEFORE: Final = re.compile(
    r"(?:^|(?<=[\s,]))(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+"
    r"(?P<words>(?:[a-z][\w\-]*\s+){0,3}?[a-z][\w\-]*)$"
)
_LOWER_ROLES: Final = frozenset(r.lower() for r in ROLE_PHRASES)
_LOWER_CASE_ROLES: Final = frozenset(r for r in ROLE_PHRASES if r[:1].islower())
# Words before a role that say when, not what (``its current president``).
_ROLE_MODIFIERS: Final = frozenset(
    {"then", "current", "present", "first", "founding", "former", "new", "longtime", "late"}
)
_WORD: Final = re.compile(r"\S+")


def _role_in(
    words: str, start: int, roles: frozenset[str], describing: int = 1
) -> tuple[str, int] | None:
    """The role the words before a name end with (``describing`` words may stand before
    it: ``regimental chaplain``, ``division artillery commander``), and where it starts;
    None when they end with no role."""
    tokens = [(m.group(), start + m.start()) for m in _WORD.finditer(words)]
    while tokens and tokens[0][0].lower() in _ROLE_MODIFIERS:
        tokens = tokens[1:]
    lowered = [t[0].lower() if roles is _LOWER_ROLES else t[0] for t in tokens]
    size = next(
        (n for n in (3, 2, 1) if len(lowered) >= n and " ".join(lowered[-n:]) in roles), None
    )
    if size is None or len(tokens) > size + describing:
        return None
    if any(t[0] in _JOINING for t in tokens):
        return None  # ``the player and coach``: two roles, not one
    return " ".join(t[0] for t in tokens), tokens[0][1]


_JOINING: Final = frozenset({"and", "or", "of", "&"})


_PRONOUN: Final = re.compile(r"\b(?:he|she|He|She)$")
PRONOUN_WORDS: Final = frozenset({"he", "she", "He", "She"})
# A sentence that may give the last-named person a position without naming anyone.
PRONOUN_ROLE_CUE: Final = re.compile(
    r"\b(?:he|she|He|She)\s+(?:\w+ly\s+)?(?:became|was\s+(?:appointed|named|elected|made)|served\s+as)\b"
)
_INVERTED: Final = re.compile(r"(?:^|(?<=\s))" + ROLE + r"(?=\s+of\s)")
_IS: Final = re.compile(r"\s+(?:is|was|has\s+been)\s+")
_IS_WORDS: Final = frozenset({"is", "was", "been"})
# ``Robert Copsey of Digital Spy``: a person of an organisation works for it.
_OF_ORG: Final = re.compile(r"\s+of\s+(?:[Tt]he\s+)?")
_AND: Final = re.compile(r"\s*,?\s+and\s+")
# A role joined to the next by ``and`` alone (not a comma list of separate positions).
_AND_ONLY: Final = re.compile(r"\s+and\s+")


def _roles_from(ctx: Context, person: Key, start: int, pos: int) -> list[Stated]:
    """The roles listed from ``pos`` (``managing director and Group CEO``) held by
    ``person``, the statement starting at ``start``."""
    out: list[Stated] = []
    bare: list[int] = []  # the roles so far without an ``of`` (``Vice President and``)
    while True:
        match = _ROLE_RE.match(ctx.text, pos)
        if match is None:
            return out
        value, end = match.group("role"), match.end()
        if ctx.text.startswith(("'s", "’s"), end):
            return out  # ``Claudius, Caligula's uncle``: the role is someone else's
        of = _OF_WHAT.match(ctx.text, end)
        what = ctx.at(of.end()) if of else None
        if what is not None and ctx.text.startswith(("'s", "’s"), what.end):
            what = None  # ``Prime Minister of Poland's government``: not of the place
        if what is not None and what.key[1] == "place":
            value, end = ctx.text[match.start("role") : what.end], what.end
            of_place = ctx.text[match.end("role") : what.end]
            for i in bare:  # ``Vice President and Prime Minister of the UAE``: both of it
                held = out[i]
                value_of = " ".join(f"{held.value}{of_place}".split())
                out[i] = Stated(person, "position_held", None, value_of, held.start, what.end)
            bare = []
        elif what is not None and what.key[1] == "organization":
            out.append(Stated(person, works_for(what.key), what.key, None, start, what.end))
            end = what.end
            bare = []
        out.append(Stated(person, "position_held", None, " ".join(value.split()), start, end))
        if what is None and _AND_ONLY.match(ctx.text, end):
            bare.append(len(out) - 1)
        else:
            bare = []
        more = _AND.match(ctx.text, end)
        if more is None:
            return out
        pos = more.end()


def role_relations(ctx: Context) -> list[Stated]:
    """Every position (and employer) the sentence gives a person."""
    out: list[Stated] = []
    text = ctx.text
    for found in ctx.founds if " of " in text else ():
        of = _OF_ORG.match(text, found.end) if found.key[1] == "person" else None
        employer = ctx.at(of.end()) if of else None
        if employer is None or employer.key[1] != "organization":
            continue
        if employer.key[0].split()[-1] in UNIT_RANKS:  # ``Lieutenant X of D Company``
            out.append(
                Stated(found.key, "member_of", employer.key, None, found.start, employer.end)
            )
        elif is_team(employer.key[0].split()):  # ``Bob Lemon of the Cleveland Indians``
            if not STAFF_BEFORE.search(text, max(0, found.start - 40), found.start):
                out.append(
                    Stated(found.key, "member_of", employer.key, None, found.start, employer.end)
                )  # (a coach or an owner of a team is no player: ``coach X of the Y``)
        else:  # ``Robert Copsey of Digital Spy``
            out.append(
                Stated(found.key, "employed_by", employer.key, None, found.start, employer.end)
            )
    if ROLE_WORDS.isdisjoint(ctx.words):
        return out  # no role word: nothing to read
    for found in ctx.founds:
        if found.key[1] != "person":
            continue
        for lead in (_APPOSITION, _PREDICATE, _TO_BECOME):
            match = lead.match(text, found.end)
            if (
                lead is _TO_BECOME
                and match is not None
                and match.group("aside") is not None
                and not _LED_BEFORE.search(text, 0, found.start)
            ):
                continue
            if match is not None:
                out += _roles_from(ctx, found.key, found.start, match.end())
    out += _roles_before(ctx)
    out += org_roles(ctx)
    if " for " in text or " with " in text:
        out += coach_for(ctx)
    if " as " in text or text.startswith("As "):
        out += _as_roles(ctx)
    if ctx.last_person is not None and (
        " he " in text or " she " in text or text[:3] in ("He ", "She")
    ):
        for match in _PREDICATE.finditer(text):
            pronoun = _PRONOUN.search(text, 0, match.start())
            if pronoun is not None and ctx.at(match.start()) is None:
                out += _roles_from(ctx, ctx.last_person, pronoun.start(), match.end())
    inverted = "of" in ctx.words and not _IS_WORDS.isdisjoint(ctx.words)
    for match in _INVERTED.finditer(text) if inverted else ():  # ``The president of X is Y``
        of = _OF_WHAT.match(text, match.end())
        org = ctx.at(of.end()) if of else None
        verb = _IS.match(text, org.end) if org is not None else None
        person = ctx.at(verb.end()) if verb is not None else None
        if org is None or person is None or person.key[1] != "person":
            continue
        role = " ".join(match.group("role").split())
        start = match.start("role")
        if org.key[1] == "place":
            role = text[start : org.end]
        elif org.key[1] == "organization":
            out.append(Stated(person.key, works_for(org.key), org.key, None, start, person.end))
        out.append(Stated(person.key, "position_held", None, role, start, person.end))
    return out


def _as_roles(ctx: Context) -> list[Stated]:
    out = []
    for match in _AS_ROLE.finditer(ctx.text):
        role, end = match.group("role"), match.end()
        to = _TO_PLACE.match(ctx.text, end)
        place = ctx.at(to.end()) if to else None
        if place is not None and place.key[1] == "place":
            role, end = ctx.text[match.start("role") : place.end], place.end
        comma = _AS_END.match(ctx.text, end)
        if comma is None:
            continue
        person = next((f for f in ctx.founds if f.start == comma.end()), None) or ctx.at(
            comma.end()
        )  # a surname that is an office too (``Bishop``) is the name here
        if person is None or person.key[1] != "person":
            continue
        value = " ".join(role.split())
        out.append(
            Stated(person.key, "position_held", None, value, match.start("role"), person.end)
        )
    return out


def _roles_before(ctx: Context) -> list[Stated]:
    """``Its current president is Professor X``, ``The regimental chaplain, Captain X,``
    and ``the Governor, Lt. General Sir X,``: the role written before the person's name
    (``at the time`` may follow the role)."""
    out = []
    text = ctx.text
    for verb in _IS_BEFORE_NAME.finditer(text):
        person = ctx.at(verb.end())
        if person is None or person.key[1] != "person":
            continue
        match = _OWN_ROLE.search(text, max(0, verb.start() - 80), verb.start())
        role = _role_in(match.group("words"), match.start("words"), _LOWER_ROLES) if match else None
        if role is not None:
            out.append(Stated(person.key, "position_held", None, role[0], role[1], person.end))
    for comma in _COMMA_BEFORE_NAME.finditer(text):
        person = person_after_ranks(ctx, comma.end())
        if person is None or person.key[1] != "person":
            continue
        if not _NAME_END.match(text, person.end):
            continue  # ``the director, John Smith and …``: a list, not an apposition
        when = _AT_THE_TIME.search(text, max(0, comma.start() - 20), comma.start())
        end = when.start() if when else comma.start()
        for regex, roles, describing in (
            (_ROLE_BEFORE, _LOWER_CASE_ROLES, 2),
            (_OFFICE_BEFORE, OFFICES, 1),
        ):
            match = regex.search(text, max(0, end - 80), end)
            role = (
                _role_in(match.group("words"), match.start("words"), roles, describing)
                if match
                else None
            )
            if role is not None:
                out.append(Stated(person.key, "position_held", None, role[0], role[1], person.end))
                break
    return out


# ``the Military President at the time, X``: a time phrase between the role and the name.
_AT_THE_TIME: Final = re.compile(r"\s+(?:at\s+the\s+time|at\s+that\s+time|then)$")
# ``the Governor, Lt. General Sir X``: an office with a capital after ``the``.
_OFFICE_BEFORE: Final = re.compile(
    r"(?:^|(?<=[\s,]))[Tt]he\s+(?P<words>(?:[A-Z][\w\-]*\s+){0,2}?[A-Z][\w\-]*)$"
)
# After the name in a role's apposition: its closing comma or the verb.
_NAME_END: Final = re.compile(r"\s*(?:,|\s+(?:[a-z]+ly\s+)?(?:is|was|has|had|said|says)\b)")
# ``As Ambassador to Liberia (1987 – 90), Bishop …``, ``As mayor, Smith …``: a role the
# person named after the comma held.
_AS_ROLE: Final = re.compile(
    r"\b[Aa]s\s+(?:the\s+)?(?:(?:former|then|acting|interim|new|first)\s+)?(?P<role>"
    + "|".join(re.escape(r).replace(r"\ ", r"\s+") for r in ROLE_PHRASES)
    + r")\b"
)
_TO_PLACE: Final = re.compile(r"\s+(?:to|of)\s+(?:the\s+)?")
_AS_END: Final = re.compile(r"(?:\s*\([^()]*\))?,\s+")


def _refines(short: str, long: str) -> bool:
    return long.lower().startswith(short.lower() + " ") or long.lower().endswith(
        " " + short.lower()
    )


def drop_refined_titles(stated: list[Stated], titles: list[Found]) -> list[Stated]:
    """A title before a name (``King Abdullah``) said again in full (``the former king of
    Saudi Arabia``) is one position: the fuller one."""
    if not titles:
        return stated
    titled = {f.key for f in titles}
    held = [s for s in stated if s.predicate == "position_held" and s.value]
    return [
        s
        for s in stated
        if not (
            s.predicate == "position_held"
            and s.subject in titled
            and s.value
            and any(
                o.subject == s.subject and o.value and o is not s and _refines(s.value, o.value)
                for o in held
            )
        )
    ]
