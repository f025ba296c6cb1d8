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

from pipeline.extract.entities.found import Found, Key, Stated
from pipeline.extract.entities.gazetteer import is_country, is_region
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
)
from pipeline.extract.entities.titles import HONORIFICS, OFFICES, ROLES

_OPENING: Final = re.compile(
    r"^\s*(?:(?:In|On|At|By|From|During|After|Before|Since|As\s+of|Over|Between|Throughout|"
    r"Until|Following|Under|Within|Around|About|Today|Currently|Nowadays|Furthermore|However|"
    r"Moreover|Also|Originally|Later|Eventually|Subsequently|Meanwhile|Together\s+with|"
    r"Almost|Upon|When|While)\b[^,]{0,80},\s*|(?:In|On|By|From|Since|After|Before|During|Until)\s+"
    r"(?:(?:early|late|mid|the)\s+)?(?:\w+\s+)?\d{4}s?\s+)?(?:the\s+|The\s+)?"
)
TOPIC_NOUNS: Final = frozenset(
    """park company campus airport port zone city district site area organization
    organisation society album film song ship squadron operation institute university
    center centre community neighborhood neighbourhood peninsula island municipality firm
    corporation square estate group cluster hub oasis innopolis airport seaport region
    project programme program station route highway road club team band""".split()
)
_PRONOUN: Final = re.compile(r"^(?P<word>it|its|this|these|he|she|his|her|they)\b", re.IGNORECASE)
_LIST_GAP: Final = re.compile(r"^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+|\s*,?\s*as\s+well\s+as\s+)(?:the\s+)?$")
_AGENT_GAP: Final = re.compile(r"^\s*(?:(?:\w+ly|also|then|later|first|jointly)\s+)?$")
_ROLE_RE: Final = re.compile(
    r"(?:(?:former|then|later|current|founding|eventual|the)\s+)*(?P<role>"
    + "|".join(sorted((re.escape(r) for r in OFFICES | ROLES), key=len, reverse=True))
    + r")\b"
)
_AGENTS: Final = frozenset({"person", "organization"})
_BEFORE_NAME: Final = re.compile(
    r"\s*(?:the\s+)?(?:(?:"
    + "|".join(sorted((re.escape(t) for t in OFFICES | HONORIFICS), key=len, reverse=True))
    + r")\s+)?[\"“]?"
)
_NOT_SUBJECT: Final = frozenset({"sector", "award"})


class Context:
    """What the relation readers need of a sentence: its text, mentions (by start) and
    the document's topic and last-named person."""

    def __init__(self, text: str, founds: Sequence[Found], topic: Key | None, last_person: Key | None):
        self.text = text
        self.founds = sorted(founds, key=lambda f: f.start)
        self.topic = topic
        self.last_person = last_person
        self._by_start = {f.start: f for f in self.founds}

    def at(self, pos: int) -> Found | None:
        """The mention starting at ``pos`` (after blanks, ``the``, a title and an opening
        quote)."""
        match = _BEFORE_NAME.match(self.text, pos)
        return self._by_start.get(match.end() if match else pos)

    def listed_from(self, pos: int) -> list[Found]:
        """Mentions coordinated from ``pos``: ``X, Y and Z``."""
        first = self.at(pos)
        if first is None:
            return []
        out = [first]
        for found in self.founds:
            if found.start <= out[-1].start:
                continue
            if _LIST_GAP.match(self.text[out[-1].end : found.start]):
                out.append(found)
            else:
                break
        return out

    def before(self, pos: int) -> Found | None:
        """The nearest mention ending at or before ``pos``."""
        best = None
        for found in self.founds:
            if found.end <= pos:
                best = found
        return best

    def subject(self) -> tuple[Key | None, Found | None]:
        """The subject of the sentence: (key, its mention if the sentence names it)."""
        opening = _OPENING.match(self.text)
        pos = opening.end() if opening else 0
        found = self._by_start.get(pos)
        if found is not None:
            return found.key, found
        rest = self.text[pos:]
        pronoun = _PRONOUN.match(rest)
        if pronoun:
            word = pronoun.group("word").lower()
            if word in ("he", "she", "his", "her"):
                return self.last_person, None
            if word in ("it", "its"):
                return self.topic, None
            return None, None
        noun = re.match(r"^(?:[a-z\-]+\s+){0,2}?(?P<noun>[a-z]+)\b", rest)
        if pos > 0 and self.text[pos - 4 : pos].lower() == "the " and noun and noun.group("noun") in TOPIC_NOUNS:
            return self.topic, None
        return None, None


def _span(*parts: tuple[int, int] | Found | None) -> tuple[int, int]:
    starts, ends = [], []
    for part in parts:
        if part is None:
            continue
        if isinstance(part, Found):
            starts.append(part.start)
            ends.append(part.end)
        else:
            starts.append(part[0])
            ends.append(part[1])
    return min(starts), max(ends)


_CLOSE_GAP: Final = re.compile(r"^[\s\w\-]{0,40}$")
_CLAUSE_WORDS: Final = re.compile(r"\b(?:is|was|are|were|and|has|have|had|which|who)\b")


def _subject_for(ctx: Context, trigger: int) -> tuple[Key | None, Found | None]:
    near = ctx.before(trigger)
    if near is not None and near.key[1] not in _NOT_SUBJECT:
        gap = ctx.text[near.end : trigger]
        if _CLOSE_GAP.match(gap) and not _CLAUSE_WORDS.search(gap) and len(gap.split()) <= 4:
            return near.key, near
    key, found = ctx.subject()
    if key is not None and (found is None or found.end <= trigger):
        return key, found
    near = ctx.before(trigger)
    if near is not None:
        return near.key, near
    return None, None


def _by_relations(ctx: Context) -> list[Stated]:
    out = []
    for match in BY_RE.finditer(ctx.text):
        objects = [f for f in ctx.listed_from(match.end()) if f.key[1] in _AGENTS]
        if not objects:
            continue
        key, found = _subject_for(ctx, match.start())
        if key is None or key[1] in _NOT_SUBJECT:
            continue
        predicates = BY_TRIGGERS[re.sub(r"\s+", " ", match.group("trigger").lower())]
        start, end = _span(found if found else (match.start(), match.end()), objects[-1])
        for predicate in predicates.split("+"):
            out += [Stated(key, predicate, o.key, None, start, end) for o in objects if o.key != key]
    return out


def _active_relations(ctx: Context) -> list[Stated]:
    out = []
    for match in ACTIVE_RE.finditer(ctx.text):
        gap = OBJECT_GAP.match(ctx.text, match.end())
        target = ctx.at(gap.end() if gap else match.end())
        if target is None or target.key[1] in ("person", "place", "sector"):
            continue
        agent_key: Key | None = None
        agent: Found | None = ctx.before(match.start())
        if agent is not None and _AGENT_GAP.match(ctx.text[agent.end : match.start()]):
            agent_key = agent.key
        else:
            agent = None
            pronoun = re.search(r"\b(?:he|she|He|She)\s+(?:\w+ly\s+)?$", ctx.text[: match.start()])
            if pronoun:
                agent_key = ctx.last_person
        if agent_key is None or agent_key[1] not in _AGENTS or agent_key == target.key:
            continue
        predicate = ACTIVE_TRIGGERS[re.sub(r"\s+", " ", match.group("trigger").lower())]
        start, end = _span(agent if agent else (match.start(), match.end()), target)
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
            plural = re.search(r"\b(?:are|were)\s+(?:\w+\s+)?$", ctx.text[: match.start()])
            if plural and target.key[1] == "facility":
                hosted = [f for f in ctx.founds if f.end <= match.start() and f.key[1] in ("organization", "facility")]
                out += [Stated(target.key, "hosts", h.key, None, *_span(h, target)) for h in hosted]
                continue
            possessive = re.search(r"['’]s\s+(?:\w+\s+)?$", ctx.text[: match.start()])
            key, found = _subject_for(ctx, match.start())
            if possessive is not None:
                found = ctx.before(possessive.start())
                key = found.key if found else key
            if key is None or key == target.key or key[1] in _NOT_SUBJECT:
                continue
            if target.key[1] == "facility":
                out.append(Stated(target.key, "hosts", key, None, *_span(found or (match.start(), match.end()), target)))
                continue
            predicate = "headquartered_in" if regex is HEADQUARTERS_RE else "located_in"
            out.append(Stated(key, predicate, target.key, None, *_span(found or (match.start(), match.end()), target)))
    key, found = ctx.subject()
    if key is not None and key[1] not in _NOT_SUBJECT:
        for match in DEFINITION_IN_RE.finditer(ctx.text):
            if found is not None and match.start() < found.end:
                continue
            target = ctx.at(match.end())
            if target is not None and target.key[1] == "place" and target.key != key:
                out.append(Stated(key, "located_in", target.key, None, *_span(found or (match.start(), match.end()), target)))
            break
    for found in ctx.founds:
        if found.key[1] not in ("facility", "organization"):
            continue
        match = IN_RE.match(ctx.text, found.end)
        if match is None:
            continue
        target = ctx.at(match.end())
        if target is not None and target.key[1] == "place":
            out.append(Stated(found.key, "located_in", target.key, None, *_span(found, target)))
    return out


def _apposition_relations(ctx: Context) -> list[Stated]:
    out = []
    for a, b in zip(ctx.founds, ctx.founds[1:], strict=False):
        if a.key[1] != "place" or b.key[1] != "place" or ctx.text[a.end : b.start] != ", ":
            continue
        if is_country(a.key[0]) or not (is_country(b.key[0]) or is_region(b.key[0])):
            continue
        after = ctx.text[b.end : b.end + 2]
        if after == ", " and (nxt := ctx.at(b.end + 2)) is not None and nxt.key[1] == "place":
            if is_country(nxt.key[0]) and is_country(b.key[0]):
                continue  # a list of countries
        out.append(Stated(a.key, "located_in", b.key, None, *_span(a, b)))
    return out


def _host_relations(ctx: Context) -> list[Stated]:
    out = []
    for match in HOSTS_RE.finditer(ctx.text):
        hosted = [f for f in ctx.listed_from(match.end()) if f.key[1] not in ("place", "sector", "person")]
        if not hosted:
            continue
        key, found = _subject_for(ctx, match.start())
        if key is None or key[1] not in ("facility", "place", "organization"):
            continue
        start, end = _span(found or (match.start(), match.end()), hosted[-1])
        out += [Stated(key, "hosts", h.key, None, start, end) for h in hosted if h.key != key]
    if ctx.founds and ctx.topic is not None and ctx.topic[1] == "facility":
        first = ctx.founds[0]
        if first.start <= 1 and first.key[1] == "organization" and EXAMPLE_RE.match(ctx.text[first.end :]):
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
            key, found = _subject_for(ctx, match.start())
            if key is None or key == target.key or key[1] in _NOT_SUBJECT:
                continue
            if predicate == "employed_by" and key[1] != "person":
                continue
            out.append(Stated(key, predicate, target.key, None, *_span(found or (match.start(), match.end()), target)))
    return out


def _role_relations(ctx: Context) -> list[Stated]:
    """``Claude McKinney, dean of the School of Design`` → position held ``dean``,
    employed by the School of Design."""
    out = []
    for found in ctx.founds:
        if found.key[1] != "person" or not ctx.text.startswith(", ", found.end):
            continue
        pos = found.end + 2
        while True:
            match = _ROLE_RE.match(ctx.text, pos)
            if match is None:
                break
            role = match.group("role")
            out.append(Stated(found.key, "position_held", None, role, found.start, match.end("role")))
            rest = re.match(r"\s+(?:of|at)\s+(?:the\s+)?(?:[a-z][\w\-]*\s+){0,4}", ctx.text[match.end() :])
            end = match.end()
            if rest:
                org = ctx.at(match.end() + rest.end())
                if org is not None and org.key[1] == "organization":
                    out.append(Stated(found.key, "employed_by", org.key, None, found.start, org.end))
                    end = org.end
                elif org is not None:
                    end = org.end
            more = re.match(r"\s*(?:,\s*)?(?:and\s+)", ctx.text[end:])
            if not more:
                break
            pos = end + more.end()
    return out


def find_relations(ctx: Context, titles: Sequence[tuple[Found, str, int]]) -> list[Stated]:
    """Every relation the sentence states; ``titles`` are persons with the office written
    before them and where it starts."""
    out = [Stated(person.key, "position_held", None, title, start, person.end) for person, title, start in titles]
    out += _by_relations(ctx)
    out += _active_relations(ctx)
    out += _located_relations(ctx)
    out += _apposition_relations(ctx)
    out += _host_relations(ctx)
    out += _membership_relations(ctx)
    out += _role_relations(ctx)
    return out
