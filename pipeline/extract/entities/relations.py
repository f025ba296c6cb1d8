"""Relations a sentence states between its mentions (the patterns are in
:mod:`pipeline.extract.entities.relation_patterns`).

The subject of a pattern is, in order: a mention that the pattern itself places (``X is
home to Y``, ``Wuxi's recognition as``), the subject of the sentence (its first mention
after an opening adverbial, or the topic when the sentence opens with ``It`` or ``The
park``, or the last person named for ``He``/``She``), else the nearest mention before the
trigger. Every relation keeps the span from its first to its last word.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from pipeline.extract.entities.context import AGENTS, NOT_SUBJECT, Context, span, subject_for
from pipeline.extract.entities.found import Found, Key, Stated
from pipeline.extract.entities.gazetteer import PLACE_TAIL_WORDS, is_country, is_region
from pipeline.extract.entities.heads import HEADS
from pipeline.extract.entities.relation_patterns import (
    ACTIVE_RE,
    ACTIVE_TRIGGERS,
    BY_RE,
    BY_TRIGGERS,
    DEFINITION_IN_RE,
    EMPLOYED_RE,
    EXAMPLE_RE,
    HEADQUARTERS_RE,
    HOSTS_RE,
    IN_RE,
    LOCATED_RE,
    MEMBER_OF_RE,
    OBJECT_GAP,
    PART_OF_RE,
    PLACING_APPOSITION_RE,
)
from pipeline.extract.entities.roles import drop_refined_titles, role_relations

_HOST_CUE: Final = re.compile(r"home|hous|host|tenant|occupier|such as")
_PRONOUN_BEFORE: Final = re.compile(r"\b(?:he|she|He|She)\s+(?:\w+ly\s+)?$")
_PLURAL_BEFORE: Final = re.compile(r"\b(?:are|were)\s+(?:\w+\s+)?$")
_POSSESSIVE_BEFORE: Final = re.compile(r"['’]s\s+(?:\w+\s+)?$")
_AGENT_GAP: Final = re.compile(r"^\s*(?:(?:\w+ly|also|then|later|first|jointly)\s+)?$")
# What can be founded, initiated, operated or owned.
_MADE: Final = frozenset({"organization", "facility", "program", "product", "event", "award"})


def _by_relations(ctx: Context) -> list[Stated]:
    out = []
    for match in BY_RE.finditer(ctx.text):
        objects = [f for f in ctx.listed_from(match.end()) if f.key[1] in AGENTS]
        if not objects:
            continue
        key, found = subject_for(ctx, match.start())
        if key is None or key[1] not in _MADE:
            continue  # people and places are not founded, run or owned in this sense
        predicates = BY_TRIGGERS[" ".join(match.group("trigger").lower().split())]
        start, end = span(found if found else (match.start(), match.end()), objects[-1])
        for predicate in predicates.split("+"):
            out += [
                Stated(key, predicate, o.key, None, start, end) for o in objects if o.key != key
            ]
    return out


def _active_relations(ctx: Context) -> list[Stated]:
    out = []
    for match in ACTIVE_RE.finditer(ctx.text):
        gap = OBJECT_GAP.match(ctx.text, match.end())
        target = ctx.at(gap.end() if gap else match.end())
        if target is None or target.key[1] not in _MADE:
            continue
        agent_key: Key | None = None
        agent: Found | None = ctx.before(match.start())
        if agent is not None and _AGENT_GAP.match(ctx.text[agent.end : match.start()]):
            agent_key = agent.key
        else:
            agent = None
            pronoun = _PRONOUN_BEFORE.search(ctx.text[max(0, match.start() - 30) : match.start()])
            if pronoun:
                agent_key = ctx.last_person
        if agent_key is None or agent_key[1] not in AGENTS or agent_key == target.key:
            continue
        predicate = ACTIVE_TRIGGERS[" ".join(match.group("trigger").lower().split())]
        start, end = span(agent if agent else (match.start(), match.end()), target)
        if agent is None:
            pronoun_start = ctx.text.rfind(" ", 0, match.start() - 1) + 1
            start = min(start, pronoun_start)
        out.append(Stated(target.key, predicate, agent_key, None, start, end))
    return out


def _located_relations(ctx: Context) -> list[Stated]:
    out = []
    for regex in (LOCATED_RE, HEADQUARTERS_RE):
        for match in regex.finditer(ctx.text):
            target = ctx.at(match.end())
            if target is None or target.key[1] not in ("place", "facility"):
                continue
            plural = _PLURAL_BEFORE.search(ctx.text[max(0, match.start() - 30) : match.start()])
            if plural and target.key[1] == "facility":
                hosted = [
                    f
                    for f in ctx.founds
                    if f.end <= match.start() and f.key[1] in ("organization", "facility")
                ]
                out += [Stated(target.key, "hosts", h.key, None, *span(h, target)) for h in hosted]
                continue
            window = max(0, match.start() - 40)
            possessive = _POSSESSIVE_BEFORE.search(ctx.text[window : match.start()])
            key, found = subject_for(ctx, match.start())
            if possessive is not None:
                found = ctx.before(window + possessive.start())
                key = found.key if found else key
            if key is None or key == target.key or key[1] in NOT_SUBJECT:
                continue
            if target.key[1] == "facility":
                if key[1] not in ("organization", "facility"):
                    continue  # ``Bintulu … located at Nyabau Road``
                out.append(
                    Stated(
                        target.key,
                        "hosts",
                        key,
                        None,
                        *span(found or (match.start(), match.end()), target),
                    )
                )
                continue
            predicate = "headquartered_in" if regex is HEADQUARTERS_RE else "located_in"
            out.append(
                Stated(
                    key,
                    predicate,
                    target.key,
                    None,
                    *span(found or (match.start(), match.end()), target),
                )
            )
    key, found = ctx.subject()
    if key is not None and key[1] not in NOT_SUBJECT and key[1] != "person":
        for match in DEFINITION_IN_RE.finditer(ctx.text):
            if found is not None and match.start() < found.end:
                continue
            target = ctx.at(match.end())
            if target is not None and target.key[1] == "place" and target.key != key:
                out.append(
                    Stated(
                        key,
                        "located_in",
                        target.key,
                        None,
                        *span(found or (match.start(), match.end()), target),
                    )
                )
            break
    for found in ctx.founds:
        if found.key[1] not in ("facility", "organization", "place") or is_country(found.key[0]):
            continue
        in_match = IN_RE.match(ctx.text, found.end)
        if in_match is None:
            continue
        target = ctx.at(in_match.end())
        if target is None or target.key[1] != "place":
            continue
        # ``Kyoto, Osaka, and Nara Prefectures in Kansai region``: every listed place
        listed = [f for f in ctx.listed_before(found) if f.key[1] == found.key[1]]
        for item in [*listed, found] if found.key[1] == "place" else [found]:
            if item.key != target.key:
                out.append(Stated(item.key, "located_in", target.key, None, *span(item, target)))
    return out


_AND_NEXT: Final = re.compile(r",?\s+(?:and|or)\s+")


def _is_bigger_place(name: str) -> bool:
    """A name that places something else (a country, a region, a name with a place head
    word: ``Sidama Region``, ``Kansai region``)."""
    last = name.split()[-1]
    return (
        is_country(name)
        or is_region(name)
        or HEADS.get(last) == "place"
        or last in PLACE_TAIL_WORDS
    )


def _apposition_relations(ctx: Context) -> list[Stated]:
    """``Hawassa, Sidama Region, Ethiopia``: each place in the one after it (not a list:
    ``Queensland, Victoria and New Zealand``); ``Jeddah, the commercial hub of Saudi
    Arabia``."""
    out = []
    for a, b in zip(ctx.founds, ctx.founds[1:], strict=False):
        if a.key[1] != "place" or b.key[1] != "place" or ctx.text[a.end : b.start] != ", ":
            continue
        if is_country(a.key[0]) or not _is_bigger_place(b.key[0]):
            continue
        if a.key == b.key:
            continue  # ``(関西文化学術研究都市, Kansai Bunka-gakujutsu-kenkyū-toshi)``
        coordinated = _AND_NEXT.match(ctx.text, b.end)
        following = ctx.at(coordinated.end()) if coordinated else None
        if following is not None and following.key[1] == "place":
            continue  # ``Queensland, Victoria and New Zealand``: a list
        nxt = ctx.at(b.end + 2) if ctx.text.startswith(", ", b.end) else None
        if (
            nxt is not None
            and nxt.key[1] == "place"
            and is_country(nxt.key[0])
            and is_country(b.key[0])
        ):
            continue  # a list of countries
        out.append(Stated(a.key, "located_in", b.key, None, *span(a, b)))
    for a in ctx.founds:
        if a.key[1] not in ("place", "facility"):
            continue
        match = PLACING_APPOSITION_RE.match(ctx.text, a.end)
        if match is None:
            continue
        for b in ctx.listed_from(match.end()):
            if b.key[1] == "place" and b.key != a.key and not is_country(a.key[0]):
                out.append(Stated(a.key, "located_in", b.key, None, *span(a, b)))
    return out


def _host_relations(ctx: Context) -> list[Stated]:
    out = []
    for match in HOSTS_RE.finditer(ctx.text):
        hosted = [
            f for f in ctx.listed_from(match.end()) if f.key[1] not in ("place", "sector", "person")
        ]
        if not hosted:
            continue
        key, found = subject_for(ctx, match.start())
        if key is None or key[1] not in ("facility", "place", "organization"):
            continue
        start, end = span(found or (match.start(), match.end()), hosted[-1])
        out += [Stated(key, "hosts", h.key, None, start, end) for h in hosted if h.key != key]
    if ctx.founds and ctx.topic is not None and ctx.topic[1] == "facility":
        first = ctx.founds[0]
        if (
            first.start <= 1
            and first.key[1] == "organization"
            and EXAMPLE_RE.match(ctx.text[first.end :])
        ):
            end = first.end + EXAMPLE_RE.match(ctx.text[first.end :]).end()  # type: ignore[union-attr]
            out.append(Stated(ctx.topic, "hosts", first.key, None, first.start, end))
    return out


def _membership_relations(ctx: Context) -> list[Stated]:
    out = []
    for regex, predicate, kinds in (
        (PART_OF_RE, "part_of", ("place", "organization", "facility", "program")),
        (MEMBER_OF_RE, "member_of", ("organization",)),
        (EMPLOYED_RE, "employed_by", ("organization",)),
    ):
        for match in regex.finditer(ctx.text):
            target = ctx.at(match.end())
            if target is None or target.key[1] not in kinds:
                continue
            key, found = subject_for(ctx, match.start())
            if key is None or key == target.key or key[1] in NOT_SUBJECT:
                continue
            if predicate == "employed_by" and key[1] != "person":
                continue
            out.append(
                Stated(
                    key,
                    predicate,
                    target.key,
                    None,
                    *span(found or (match.start(), match.end()), target),
                )
            )
    return out


def find_relations(ctx: Context, titles: Sequence[tuple[Found, str, int]]) -> list[Stated]:
    """Every relation the sentence states; ``titles`` are persons with the office written
    before them and where it starts."""
    out = [
        Stated(person.key, "position_held", None, title, start, person.end)
        for person, title, start in titles
    ]
    if not ctx.founds:  # ``Later he became chairman``
        return out + role_relations(ctx) if ctx.last_person is not None else out
    text = ctx.text
    # each reader needs a word its patterns start with; substring tests skip the others
    if " by " in text:
        out += _by_relations(ctx)
    out += _active_relations(ctx)
    if " in " in text or " at " in text or " of " in text or " within " in text:
        out += _located_relations(ctx)
    if "," in text and len(ctx.founds) > 1:
        out += _apposition_relations(ctx)
    if (ctx.topic is not None and ctx.topic[1] == "facility") or _HOST_CUE.search(text):
        out += _host_relations(ctx)
    if " of " in text or " for " in text or " by " in text:
        out += _membership_relations(ctx)
    if any(f.key[1] == "person" for f in ctx.founds) or ctx.last_person is not None:
        out += role_relations(ctx)
    return drop_refined_titles(out, [person for person, _, _ in titles])
