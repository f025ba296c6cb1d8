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

from pipeline.extract.entities.composition import COMPOSITION_WORDS, composition_relations
from pipeline.extract.entities.context import (
    AGENTS,
    NOT_SUBJECT,
    TOPIC_NOUNS,
    Context,
    span,
    subject_for,
)
from pipeline.extract.entities.found import Found, Key, Stated
from pipeline.extract.entities.frame_relations import frame_relations
from pipeline.extract.entities.gazetteer import PLACE_TAIL_WORDS, is_country, is_region
from pipeline.extract.entities.heads import HEADS, SHIP_PREFIXES
from pipeline.extract.entities.lists import list_items
from pipeline.extract.entities.place_frames import place_frame_relations
from pipeline.extract.entities.placing_phrases import placing_relations
from pipeline.extract.entities.press import PRESS_WORDS, press_relations
from pipeline.extract.entities.relation_patterns import (
    ACTIVE_RE,
    ACTIVE_SITE_ONLY,
    ACTIVE_TRIGGERS,
    ACTIVE_WORDS,
    AMONG_IN_RE,
    AMONG_VERB_RE,
    BASED_RE,
    BY_RE,
    BY_TRIGGERS,
    DEFINITION_IN_RE,
    EMPLOYED_RE,
    EXAMPLE_RE,
    FORCE_WORDS,
    FOUNDED_AS_RE,
    HEADQUARTERS_RE,
    HOST_WORDS,
    HOSTS_RE,
    IN_RE,
    JOINED_RE,
    LEAGUE_OF_RE,
    LOCATED_RE,
    MEMBER_OF_RE,
    MEMBER_WITH_RE,
    MEMBERSHIP_WORDS,
    OBJECT_DESCRIBED,
    OBJECT_GAP,
    PART_OF_RE,
    PLACING_APPOSITION_RE,
    ROUTE_AREAS,
    ROUTE_NEXT,
    ROUTE_RE,
    ROUTE_WORDS,
    SHIP_WORDS,
    SUBSIDIARY_RE,
    TRANSFER_PREDICATES,
    TRANSFER_RE,
    TRANSFER_TO,
    TRANSFER_WORDS,
    TRANSFERRED_TO_RE,
    TRANSFERRED_WHAT_RE,
    UNDER_RE,
    UNDER_WORDS,
    UNIT_NAME,
    UNIT_RANKS,
    WORK_OWN_PART_RE,
    WORK_PART_RE,
    WORK_PART_WORDS,
)
from pipeline.extract.entities.roles import drop_refined_titles, role_relations
from pipeline.extract.entities.teams import is_league, is_team

_PRONOUN_BEFORE: Final = re.compile(r"\b(?:he|she|He|She)\s+(?:\w+ly\s+)?$")
_PLURAL_BEFORE: Final = re.compile(r"\b(?:are|were)\s+(?:\w+\s+)?$")
_POSSESSIVE_BEFORE: Final = re.compile(r"['’]s\s+(?:\w+\s+)?$")
_AGENT_GAP: Final = re.compile(r"^\s*(?:(?:\w+ly|also|then|later|first|jointly)\s+)?$")
# An aside between a subject and its verb (``X, Vice President of Y, officially``).
_ASIDE_GAP: Final = re.compile(
    r",[^,;:()]{1,120}(?:,[^,;:()]{1,120})*,\s*(?:(?:\w+ly|also|then|later)\s+)?"
)
# What can be founded, initiated, operated or owned.
_MADE: Final = frozenset({"organization", "facility", "program", "product", "event", "award"})


def _clause_subject(ctx: Context, after: int) -> tuple[Key | None, Found | None]:
    """The subject of a sentence that opens with a participle clause (``Managed by
    Ascendas, a subsidiary of Capitaland, it was set up …``, ``Devised by A and B and code
    named Operation Torch, the plan …``): a name the clause gives (``code named X``), else
    the pronoun or the name that follows the clause."""
    named = _CLAUSE_NAMED.search(ctx.text, after)
    comma = ctx.text.find(",", after)
    if named is not None and (comma < 0 or named.start() < comma):
        found = ctx.at(named.end())
        if found is not None:
            return found.key, found
    for match in _CLAUSE_END.finditer(ctx.text, after):
        word = match.group("pronoun")
        if word is not None:
            return (ctx.last_person if word.lower() in ("he", "she") else ctx.topic), None
        found = ctx.at(match.end())
        if found is not None and _VERB_AFTER.match(ctx.text, found.end):
            return found.key, found
        if match.group("noun") in TOPIC_NOUNS:
            return ctx.topic, None
    return None, None


_CLAUSE_NAMED: Final = re.compile(r"\b(?:code[- ]?named|named|called|dubbed)\s+(?:the\s+)?")
_CLAUSE_END: Final = re.compile(
    r",\s+(?:(?P<pronoun>it|he|she|they)\b|(?:the\s+(?P<noun>[a-z]+)\b)?)"
)
_VERB_AFTER: Final = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:is|was|are|were|has|had|[a-z]+ed)\b")
_OPENING_PARTICIPLE: Final = re.compile(r"^\s*[A-Z][a-z]+(?:ed|en|wn)\s")
# ``…, then by the Sydney Harbour Foreshore Authority``: the same relation again.
_THEN_BY: Final = re.compile(
    r"[^.;:]{0,40}?,?\s+(?:and\s+)?(?:then|later|subsequently|afterwards)\s+by\s+(?:the\s+)?"
)


# ``X, operated by Y``, ``X (KH), run by Y``: a participle in apposition after its subject.
_PARTICIPLE_APPOSITION: Final = re.compile(r"(?:\s*\([^()]{1,40}\))?\s*,\s*")


def _by_relations(ctx: Context) -> list[Stated]:
    out = []
    for match in BY_RE.finditer(ctx.text):
        objects = [f for f in ctx.listed_from(match.end()) if f.key[1] in AGENTS]
        if not objects:
            continue
        while True:  # ``originally operated by X up until 2000, then by Y``
            then = _THEN_BY.match(ctx.text, objects[-1].end)
            more = [f for f in ctx.listed_from(then.end()) if f.key[1] in AGENTS] if then else []
            if not more:
                break
            objects += more
        near = ctx.before(match.start())
        if _OPENING_PARTICIPLE.match(ctx.text[: match.start() + 1]) or (
            match.start() <= 1 and ctx.text[:1].isupper()
        ):
            key, found = _clause_subject(ctx, objects[0].end)
        elif near is not None and _PARTICIPLE_APPOSITION.fullmatch(
            ctx.text, near.end, match.start()
        ):  # ``The Kestrel Hospital, operated by the Health Service, serves …``
            key, found = near.key, near
        else:
            key, found = subject_for(ctx, match.start())
        trigger = " ".join(match.group("trigger").lower().split())
        predicates = BY_TRIGGERS[trigger]
        if (
            trigger == "launched"
            and key is not None
            and key[1] == "facility"
            and not SHIP_WORDS.isdisjoint(ctx.words)
        ):
            continue  # ``Gloire, was launched by the French Navy``: a ship put afloat
        if key is None or not (
            key[1] in _MADE or (key[1] == "place" and predicates in ("founded_by", "initiated_by"))
        ):
            continue  # people are not founded, run or owned; places are founded, not run
        for o in objects:
            start, end = span(found if found else (match.start(), match.end()), o)
            if o.key != key:
                out += [Stated(key, p, o.key, None, start, end) for p in predicates.split("+")]
    return out


def _active_relations(ctx: Context) -> list[Stated]:
    out = []
    for match in ACTIVE_RE.finditer(ctx.text):
        trigger = " ".join(match.group("trigger").lower().split())
        gap = OBJECT_GAP.match(ctx.text, match.end())
        target = ctx.at(gap.end() if gap else match.end())
        if target is None or target.key[1] not in _MADE:
            described = OBJECT_DESCRIBED.match(ctx.text, match.end())
            target = ctx.at(described.end()) if described else None
        if target is None or target.key[1] not in _MADE:
            continue
        if trigger in ACTIVE_SITE_ONLY and target.key[1] not in ("program", "facility"):
            continue
        agent_key: Key | None = None
        agent: Found | None = ctx.before(match.start())
        subject_key, subject_found = ctx.subject()
        if agent is not None and _AGENT_GAP.match(ctx.text[agent.end : match.start()]):
            agent_key = agent.key
        elif (
            subject_found is not None
            and subject_key is not None
            and _ASIDE_GAP.fullmatch(ctx.text, subject_found.end, match.start())
        ):  # ``Sheikh Mohammed, Vice President …, officially announced X``
            agent, agent_key = subject_found, subject_key
        else:
            agent = None
            pronoun = _PRONOUN_BEFORE.search(ctx.text[max(0, match.start() - 30) : match.start()])
            if pronoun:
                agent_key = ctx.last_person
        if agent_key is None or agent_key[1] not in AGENTS or agent_key == target.key:
            continue
        predicate = ACTIVE_TRIGGERS[trigger]
        start, end = span(agent if agent else (match.start(), match.end()), target)
        if agent is None:
            pronoun_start = ctx.text.rfind(" ", 0, match.start() - 1) + 1
            start = min(start, pronoun_start)
        out.append(Stated(target.key, predicate, agent_key, None, start, end))
    return out


def _located_relations(ctx: Context) -> list[Stated]:
    """Where things are: ``located in``, ``headquartered in``, definitions, ``X in Y``;
    a headquarters' place is not said again as ``located_in``."""
    found = _placed(ctx)
    headquarters = {(s.subject, s.object) for s in found if s.predicate == "headquartered_in"}
    return [
        s for s in found if s.predicate != "located_in" or (s.subject, s.object) not in headquarters
    ]


def _among(ctx: Context) -> list[Stated]:
    """``Among the attractions in Kota Baru are A, B and C``: every listed site or place is
    in the place the opening names."""
    match = AMONG_IN_RE.match(ctx.text)
    place = ctx.at(match.end()) if match else None
    if place is None or place.key[1] != "place":
        return []
    verb = AMONG_VERB_RE.match(ctx.text, place.end)
    if verb is None:
        return []
    return [
        Stated(item.key, "located_in", place.key, None, *span(place, item))
        for item in list_items(ctx, verb.end())
        if item.key[1] in ("place", "facility") and item.key != place.key
    ]


def _placed(ctx: Context) -> list[Stated]:
    out = _among(ctx) if ctx.text.startswith("Among") else []
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
            if (
                found is not None
                and _PREPOSITION_BEFORE.search(ctx.text, 0, found.start)
                and ctx.subject()[1] is not found
            ):
                continue  # ``Seika in Kyoto Prefecture is inside X``: not the prefecture
            if target.key[1] == "facility" and regex is not HEADQUARTERS_RE:
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
            if predicate == "headquartered_in" and key[1] != "organization":
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
    key, found = ctx.subject()
    if key is not None and key[1] not in NOT_SUBJECT and key[1] != "person":
        for match in DEFINITION_IN_RE.finditer(ctx.text):
            if found is not None and match.start() < found.end:
                continue
            target = ctx.at(match.end())
            if (
                target is not None
                and target.key[1] == "place"
                and target.key != key
                and not _NOUN_AFTER.match(ctx.text, target.end)
                and not (
                    _UNIT_OF.match(ctx.text, target.end) and _is_bigger_place(target.key[0])
                )  # ``in the Cayuga County village of Weedsport``: placed in the village
            ):
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
        if found.key[1] != "place":
            continue
        unit = _UNIT_OF.match(ctx.text, found.end) if _is_bigger_place(found.key[0]) else None
        inner = ctx.at(unit.end()) if unit else None
        if inner is not None and inner.key[1] == "place" and inner.key != found.key:
            out.append(Stated(inner.key, "located_in", found.key, None, *span(found, inner)))
    for found in ctx.founds:
        if found.key[1] not in ("facility", "organization", "place", "event") or is_country(
            found.key[0]
        ):
            continue  # ``the Lyon Cup in Lyon``: an event is held in a place too
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
# A noun after a place's name makes the name a modifier (``the United States embassy``,
# ``the Cayuga County village of Weedsport``): the place is not what is placed in.
_NOUN_AFTER: Final = re.compile(
    r"\s+(?:embass(?:y|ies)|consulates?|government|army|navy|forces|troops|military|team|"
    r"squad|delegation|mission|border|coast|side|authorities|officials|citizens|company|"
    r"branch|office|headquarters)\b"
)
# A name after a preposition is the object of a phrase, not a clause's subject.
_PREPOSITION_BEFORE: Final = re.compile(
    r"\b(?:in|of|at|near|from|to|with|within|inside|outside)\s+(?:the\s+)?$"
)
# ``the Cayuga County village of Weedsport``, ``the Monroe County town of Greece``.
_UNIT_OF: Final = re.compile(
    r"\s+(?:village|town|township|city|hamlet|borough|community|neighbou?rhood|suburb|"
    r"municipality|district|parish)\s+of\s+(?:the\s+)?"
)
_APPOSITION_ARTICLE: Final = re.compile(r",\s+(?:a|an|the)\s+")


def _based_relations(ctx: Context) -> list[Stated]:
    """``Emaar Properties, a Dubai-based company`` and ``the Dubai-based Emaar
    Properties``: the organisation's headquarters are in the place."""
    out = []
    for place in ctx.founds:
        if place.key[1] != "place" or not BASED_RE.match(ctx.text, place.end):
            continue
        owner = ctx.before(place.start)
        if owner is not None and not (
            owner.key[1] == "organization"
            and _APPOSITION_ARTICLE.fullmatch(ctx.text, owner.end, place.start)
        ):
            owner = None
        if owner is None:
            owner = ctx.described_from(place.end)
        if owner is not None and owner.key[1] == "organization":
            out.append(Stated(owner.key, "headquartered_in", place.key, None, *span(owner, place)))
    return out


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
    """``Hawassa, Sidama Region, Ethiopia``: each place in the one after it (a site in
    the country or region after it: ``the port of Talcahuano, Chile``; not a list:
    ``Queensland, Victoria and New Zealand``); ``Jeddah, the commercial hub of Saudi
    Arabia``."""
    out = []
    for a, b in zip(ctx.founds, ctx.founds[1:], strict=False):
        if b.key[1] != "place" or ctx.text[a.end : b.start] != ", ":
            continue
        if a.key[1] != "place" and not (
            a.key[1] == "facility"
            and a.key[0].split()[0] not in SHIP_PREFIXES  # ``USS Merrimack, Virginia``: ships
            and (is_country(b.key[0]) or is_region(b.key[0]))
        ):
            continue  # a site is placed by a country or region only (``Hamburg Airport, Germany``)
        if is_country(a.key[0]) or not _is_bigger_place(b.key[0]):
            continue
        if a.key == b.key:
            continue  # ``(関西文化学術研究都市, Kansai Bunka-gakujutsu-kenkyū-toshi)``
        coordinated = _AND_NEXT.match(ctx.text, b.end)
        following = ctx.at(coordinated.end()) if coordinated else None
        if following is not None and following.key[1] == "place":
            continue  # ``Queensland, Victoria and New Zealand``: a list
        previous = ctx.before(a.start)
        if (
            coordinated is not None
            and previous is not None
            and previous.key[1] != "place"
            and ctx.text.startswith(",", previous.end)
        ):
            continue  # ``Lund University, the then Malmöhus county, Lund municipality and``
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
        first = ctx.at(match.end()) or ctx.described_from(match.end())
        hosted = [
            f
            for f in (ctx.listed_from(first.start) if first else [])
            if f.key[1] not in ("place", "sector", "person")
        ]
        if not hosted:
            continue
        key, found = subject_for(ctx, match.start())
        if key is None and ctx.topic is not None and ctx.topic[1] in ("facility", "place"):
            key = ctx.topic  # ``One of the most prominent tenants … is Shopee``
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


# A sentence that opens with a participle (``Being a pitcher and playing for …``).
_PARTICIPLE_OPENING: Final = re.compile(r"^(?:After\s+|While\s+)?[A-Z][a-z]+ing\b")


def _membership_relations(ctx: Context) -> list[Stated]:
    out = []
    for regex, predicate, kinds, cue in (
        (SUBSIDIARY_RE, "owned_by", ("organization",), "subsidiary"),
        (PART_OF_RE, "part_of", ("place", "organization", "facility", "program"), "part"),
        (MEMBER_OF_RE, "member_of", ("organization",), "member"),
        (MEMBER_WITH_RE, "member_of", ("organization",), "with"),
        (EMPLOYED_RE, "employed_by", ("organization",), "employed"),
        (JOINED_RE, "member_of", ("organization",), "joined"),
    ):
        if MEMBERSHIP_WORDS[cue].isdisjoint(ctx.words):
            continue
        for match in regex.finditer(ctx.text):
            target = ctx.at(match.end())
            if target is None or target.key[1] not in kinds:
                continue
            if regex is MEMBER_WITH_RE:  # ``In four seasons with the X, Rifenburg …``
                key, found = ctx.subject()
                if key is None:
                    key, found = _after_participle(ctx, target.end)
            else:
                key, found = subject_for(ctx, match.start())
            if key is None or key == target.key or key[1] in NOT_SUBJECT:
                continue
            if predicate == "employed_by" and key[1] != "person":
                continue
            if regex is MEMBER_WITH_RE and key[1] != "person":
                continue
            if regex is JOINED_RE and not (
                key[1] == "person"
                and (is_team(target.key[0].split()) or target.key[0].split()[-1] in UNIT_RANKS)
            ):
                continue  # ``joined Google``: a job; ``the park joined the network``
            if predicate == "owned_by" and key[1] not in _MADE:
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


def _after_participle(ctx: Context, start: int) -> tuple[Key | None, Found | None]:
    """``Playing for the X, Quill …``: a sentence opening with a participle clause has
    the person named right after the clause's comma as its subject."""
    if _PARTICIPLE_OPENING.match(ctx.text) is None:
        return None, None
    comma = ctx.text.find(", ", start)
    found = ctx.at(comma + 2) if comma >= 0 else None
    if found is None or found.key[1] != "person":
        return None, None
    return found.key, found


def _league_relations(ctx: Context) -> list[Stated]:
    """``the Denver Comets of Coastal League Baseball``: a team is a member of the league
    named after it."""
    out = []
    for team in ctx.founds:
        if team.key[1] != "organization" or not is_team(team.key[0].split()):
            continue
        match = LEAGUE_OF_RE.match(ctx.text, team.end)
        if match is None:
            continue
        # the league's own first word may read as a title (``Major League Soccer``)
        league = next((f for f in ctx.founds if f.start == match.end()), None)
        if league is not None and league.key[1] == "organization":
            tokens = league.key[0].split()
            if is_league(tokens) or tokens[-1] == "League":
                out.append(Stated(team.key, "member_of", league.key, None, *span(team, league)))
    return out


_IN_BEFORE: Final = re.compile(r"\b(?:in|within|across|around)\s+(?:the\s+)?$")


def _part_relations(ctx: Context) -> list[Stated]:
    """``French North Africa: Morocco, Algeria, and Tunisia`` (the places listed after a
    colon are its parts); ``"Fuiste Tú" as one of the most important songs on the album``
    (a work of the article's work)."""
    out = []
    for whole in ctx.founds:
        if whole.key[1] != "place" or not ctx.text.startswith(":", whole.end):
            continue
        if _IN_BEFORE.search(ctx.text, 0, whole.start):  # ``two hospitals in X: A and B``
            for item in list_items(ctx, whole.end + 1):
                if item.key[1] in ("place", "facility") and item.key != whole.key:
                    out.append(Stated(item.key, "located_in", whole.key, None, *span(whole, item)))
            continue
        for part in ctx.listed_from(whole.end + 1):
            if part.key[1] == "place" and part.key != whole.key:
                out.append(Stated(part.key, "part_of", whole.key, None, *span(whole, part)))
    topic = ctx.topic
    if topic is not None and topic[1] == "work" and not WORK_PART_WORDS.isdisjoint(ctx.words):
        for match in WORK_PART_RE.finditer(ctx.text):
            colon = _COLON_LIST.match(ctx.text, match.end())
            if colon is not None:  # ``the darkest tracks on the album: "A" and "B"``
                work = ctx.at(colon.end())
                while work is not None and work.key[1] == "work" and work.key != topic:
                    out.append(Stated(work.key, "part_of", topic, None, match.start(), work.end))
                    step = _QUOTED_NEXT.match(ctx.text, work.end)
                    work = ctx.at(step.end()) if step else None
                continue
            after = _NAMED_AFTER.match(ctx.text, match.end())
            if after is not None:  # ``The second single from the album is "X"``
                out += _listed_works(ctx, topic, match.start(), ctx.at(after.end()))
                continue
            for work in ctx.founds:
                if work.end <= match.start() and work.key[1] == "work" and work.key != topic:
                    out.append(Stated(work.key, "part_of", topic, None, work.start, match.end()))
    if topic is not None and topic[1] == "work" and ("'s" in ctx.text or "’s" in ctx.text):
        for match in WORK_OWN_PART_RE.finditer(ctx.text):  # ``The album's lead single, "X"``
            out += _listed_works(ctx, topic, match.start(), ctx.at(match.end()))
    return out


# After ``the second single from the album``: the title it is (``is "X"``, ``, "X",``).
_NAMED_AFTER: Final = re.compile(r"(?:\s*,\s*|\s+(?:is|was|are|were)\s*)(?:[\"“]\s*)?")


def _listed_works(ctx: Context, topic: Key, start: int, work: Found | None) -> list[Stated]:
    """``part_of`` the topic for the work at ``work`` and the titles listed after it."""
    out = []
    while work is not None and work.key[1] == "work" and work.key != topic:
        out.append(Stated(work.key, "part_of", topic, None, start, work.end))
        step = _QUOTED_NEXT.match(ctx.text, work.end)
        work = ctx.at(step.end()) if step else None
    return out


_COLON_LIST: Final = re.compile(r"\s*:\s*")
# The next title of a list of quoted titles (``"A", "B" and "C"``).
_QUOTED_NEXT: Final = re.compile(r"\s*[\"”]?\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)")


def _founded_as_relations(ctx: Context) -> list[Stated]:
    """``Ideon was founded in 1983 as a collaboration between Lund University, the then
    Malmöhus county, Lund municipality and …``: every named party founded the subject
    (a county or a municipality is a party too: its government)."""
    out = []
    for match in FOUNDED_AS_RE.finditer(ctx.text):
        key, found = subject_for(ctx, match.start())
        if key is None or key[1] not in _MADE:
            continue
        for party in list_items(ctx, match.end()):
            if party.key[1] in ("person", "organization", "place") and party.key != key:
                out.append(
                    Stated(
                        key,
                        "founded_by",
                        party.key,
                        None,
                        *span(found or (match.start(), match.end()), party),
                    )
                )
    return out


def _under_relations(ctx: Context) -> list[Stated]:
    """``announced the Dubai Silicon Oasis to operate under the X``, ``Y operates under
    the auspices of X``: the name before is operated by X."""
    out = []
    for match in UNDER_RE.finditer(ctx.text):
        body = ctx.at(match.end())
        if body is None or body.key[1] != "organization":
            continue
        near = ctx.before(match.start())
        key: Key | None
        found: Found | None
        if near is not None and _TO_GAP.fullmatch(ctx.text, near.end, match.start()):
            key, found = near.key, near
        else:
            key, found = subject_for(ctx, match.start())
        if key is None or key[1] not in _MADE or key == body.key:
            continue
        out.append(
            Stated(
                key,
                "operated_by",
                body.key,
                None,
                *span(found or (match.start(), match.end()), body),
            )
        )
    return out


_TO_GAP: Final = re.compile(r"\s+(?:(?:which|that)\s+(?:\w+\s+)?|to\s+|will\s+)?(?:\w+ly\s+)?")


def _transfer_relations(ctx: Context) -> list[Stated]:
    """``transferred ownership and maintenance of Akron Road to Niagara County``: the
    thing is owned (ownership) or run (maintenance, operation, control) by the receiver."""
    out = []
    for match in TRANSFER_RE.finditer(ctx.text):
        thing = ctx.at(match.end())
        if thing is None or thing.key[1] not in _MADE:
            continue
        to = TRANSFER_TO.match(ctx.text, thing.end)
        receiver = ctx.at(to.end()) if to else None
        if receiver is None or receiver.key[1] not in AGENTS | {"place"}:
            continue
        predicates = {
            TRANSFER_PREDICATES[w]
            for w in re.findall(r"[a-z]+", match.group("what"))
            if w in TRANSFER_PREDICATES
        }
        for predicate in sorted(predicates):
            out.append(
                Stated(thing.key, predicate, receiver.key, None, match.start(), receiver.end)
            )
    return out


# A clause of the sentence's subject (``… before operation was …``): not of the name
# right before it.
_CLAUSE_LINK: Final = re.compile(r"[\s,]\s*(?:before|after|when|until|and|then)\s+$")


def _transferred_relations(ctx: Context) -> list[Stated]:
    """``before operation was passed to the Redfern-Waterloo Authority``, ``control of
    the port was transferred to X``: the thing named (or the sentence's subject) is run
    or owned by the receiver."""
    out = []
    for match in TRANSFERRED_WHAT_RE.finditer(ctx.text):
        thing: Found | None = ctx.at(match.end()) if match.group("of") else None
        if match.group("of") and thing is None:
            continue
        to = TRANSFERRED_TO_RE.match(ctx.text, thing.end if thing else match.end())
        receiver = ctx.at(to.end()) if to else None
        if receiver is None or receiver.key[1] not in AGENTS | {"place"}:
            continue
        key: Key | None
        found: Found | None
        if thing is not None:
            key, found = thing.key, thing
        elif _CLAUSE_LINK.search(ctx.text, 0, match.start()):
            key, found = ctx.subject()  # ``… then by Y before operation was passed to X``
        else:
            key, found = subject_for(ctx, match.start())
        if key is None or key[1] not in _MADE or key == receiver.key:
            continue
        predicate = TRANSFER_PREDICATES[match.group("what")]
        start = min(found.start if found else match.start(), match.start())
        out.append(Stated(key, predicate, receiver.key, None, start, receiver.end))
    return out


def _route_place(ctx: Context, match: re.Match[str]) -> Found | None:
    place = ctx.at(match.end())
    if place is None or place.key[1] != "place":
        return None
    if match.group("unit") or place.key[0].split()[-1] in ROUTE_AREAS:
        return place
    return None


_IT_BEFORE: Final = re.compile(r"\b(?:it|It)\s+(?:\w+ly\s+|then\s+|also\s+)?$")


def _route_relations(ctx: Context) -> list[Stated]:
    """``NY 93 leaves the town of Porter for the town of Wilson``: a road (a facility)
    is in every town or county it is said to enter, leave, cross or run through."""
    out = []
    for match in ROUTE_RE.finditer(ctx.text):
        place = _route_place(ctx, match)
        if place is None:
            continue
        pronoun = _IT_BEFORE.search(ctx.text, 0, match.start())
        if pronoun is not None:  # ``… Lockport Road as it runs across``: the topic
            key, found = ctx.topic, None
        else:
            key, found = subject_for(ctx, match.start())
        if found is not None and found.end > match.start():
            continue
        if key is None or key[1] != "facility" or (found is not None and found.key == place.key):
            continue
        places = [place]
        nxt = ROUTE_NEXT.match(ctx.text, place.end)
        more = _route_place(ctx, nxt) if nxt else None
        if more is not None:
            places.append(more)
        for p in places:
            begin = found.start if found else match.start()
            out.append(Stated(key, "located_in", p.key, None, min(begin, match.start()), p.end))
    return out


def _unit_rank(name: str) -> int | None:
    if not UNIT_NAME.match(name):
        return None
    return UNIT_RANKS.get(name.split()[-1])


def _unit_relations(ctx: Context) -> list[Stated]:
    """``C Company, 72nd Tank Battalion``: a numbered military unit named in apposition
    before a larger one is part of it; ``the US Marine Corps 1st Provisional Marine
    Brigade``: a numbered unit right after the force it belongs to is part of it."""
    out = []
    for a, b in zip(ctx.founds, ctx.founds[1:], strict=False):
        if a.key[1] != "organization" or b.key[1] != "organization":
            continue
        if (
            ctx.text[a.end : b.start] == " "
            and _unit_rank(b.key[0]) is not None
            and _unit_rank(a.key[0]) is None
            and a.key[0].split()[-1] in FORCE_WORDS
        ):
            out.append(Stated(b.key, "part_of", a.key, None, *span(a, b)))
            continue
        if not _UNIT_GAP.fullmatch(ctx.text, a.end, b.start):
            continue
        small, large = _unit_rank(a.key[0]), _unit_rank(b.key[0])
        if small is not None and large is not None and small < large:
            out.append(Stated(a.key, "part_of", b.key, None, *span(a, b)))
    return out


_UNIT_GAP: Final = re.compile(r",\s+(?:the\s+)?|\s+of\s+(?:the\s+)?")


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
    if not ACTIVE_WORDS.isdisjoint(ctx.words):
        out += _active_relations(ctx)
    if "-based" in text or "-headquartered" in text:
        out += _based_relations(ctx)
    if " in " in text or " at " in text or " of " in text or " within " in text:
        out += _located_relations(ctx)
    if "," in text and len(ctx.founds) > 1:
        out += _apposition_relations(ctx)
    if not HOST_WORDS.isdisjoint(ctx.words):
        out += _host_relations(ctx)
    out += placing_relations(ctx)
    out += place_frame_relations(ctx)
    out += frame_relations(ctx)
    if " as " in text:
        out += _founded_as_relations(ctx)
    if " under " in text and not UNDER_WORDS.isdisjoint(ctx.words):
        out += _under_relations(ctx)
    if not TRANSFER_WORDS.isdisjoint(ctx.words):
        if " of " in text:
            out += _transfer_relations(ctx)
        if " to " in text:
            out += _transferred_relations(ctx)
    if not ROUTE_WORDS.isdisjoint(ctx.words):
        out += _route_relations(ctx)
    if len(ctx.founds) > 1:
        out += _unit_relations(ctx)
    if (
        " of " in text
        or " for " in text
        or " by " in text
        or " with " in text
        or not MEMBERSHIP_WORDS["joined"].isdisjoint(ctx.words)
    ):
        out += _membership_relations(ctx)
    if " of " in text or " in " in text:
        out += _league_relations(ctx)
    if ":" in text or (ctx.topic is not None and ctx.topic[1] == "work"):
        out += _part_relations(ctx)
    if not COMPOSITION_WORDS.isdisjoint(ctx.words):
        out += composition_relations(ctx)
    if any(f.key[1] == "person" for f in ctx.founds) or ctx.last_person is not None:
        out += role_relations(ctx)
        if not PRESS_WORDS.isdisjoint(ctx.words) or "'" in text or "’" in text:
            out += press_relations(ctx)
    return drop_refined_titles(out, [person for person, _, _ in titles])
