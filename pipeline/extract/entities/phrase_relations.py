"""Relations stated by the phrases the entity pass reads itself: awards with their
granting bodies (``recognized as X by Y``) and sector lists (``focuses on A, B (c, d)``)."""

from __future__ import annotations

import re
from typing import Final

from pipeline.extract.entities.awards import AwardSpan
from pipeline.extract.entities.context import Context
from pipeline.extract.entities.found import Found, Key, Stated
from pipeline.extract.entities.sectors import SectorItem

# A relative clause that refers back past the names between it and the sentence's
# subject (``…, for which he won``); an infinitive after the object (``to retain``) does too.
_FOR_WHICH: Final = re.compile(r",\s+(?:for|with)\s+which\s+(?:he|she|they)\b")


def award_relations(
    ctx: Context, awards: list[AwardSpan], subject_key: Key | None, subject_found: Found | None
) -> list[Stated]:
    """``awarded`` (the owner before ``'s``, else the sentence's subject, else the nearest
    name) and ``recognized_by`` (the body after ``by``) of each award phrase."""
    out = []
    for award in awards:
        award_found = next(
            (f for f in ctx.founds if f.start == award.start and f.key[1] == "award"), None
        )
        if award_found is None:
            continue
        window = max(0, award.trigger_start - 8)
        owner = _OWNER_BEFORE.search(ctx.text[window : award.trigger_start])
        found = ctx.before(window + owner.start()) if owner else None
        if award.recipient is not None:
            found = ctx.at(award.recipient[0])
        key = found.key if found else None
        if key is None:
            key, found = subject_key, subject_found
        if key is None:
            opening, opening_found = ctx.subject()  # ``Ann Holt reprised her role as X …, for
            if (  # which she won …``: the sentence's subject, not the role
                opening_found is not None
                and opening is not None
                and opening[1] in ("person", "organization")
                and opening_found.end <= award.trigger_start
                and (
                    _FOR_WHICH.search(ctx.text, opening_found.end, award.trigger_start)
                    or ctx.text.endswith(" to ", 0, award.trigger_start)
                )
            ):  # ``X defeated Y to retain the title``: the subject retains it
                key, found = opening, opening_found
        if key is None:
            found = ctx.before(award.trigger_start)
            key = found.key if found else None
            opening, opening_found = ctx.subject()
            if (
                key is not None
                and key[1] in ("award", "sector")
                and opening is not None
                and opening[1] in ("person", "organization")
                and opening_found is not None
                and _AND_PREDICATE.search(ctx.text, 0, award.trigger_start)
            ):  # ``X was a finalist for the A Award … and was named the B``: X again
                key, found = opening, opening_found
        if key is not None and key[1] not in ("award", "sector"):
            out.append(
                Stated(
                    key,
                    "awarded",
                    award_found.key,
                    None,
                    *_span(found, award_found, award.trigger_start),
                )
            )
        body = None
        if award.by is not None:
            body = ctx.at(award.by[0])
        else:
            start = granting_body_start(ctx.text, award)
            if start is not None:
                body = ctx.at(start)
        if body is not None and body.key[1] in ("organization", "person"):
            out.append(
                Stated(
                    award_found.key,
                    "recognized_by",
                    body.key,
                    None,
                    *_span(body, award_found, award.trigger_start),
                )
            )
    return out


def granting_body_start(text: str, award: AwardSpan) -> int | None:
    """Where the body after an award phrase (``by X``, ``from X``) starts, if there is one."""
    by = _GRANTED_BY.match(text, award.end)
    return by.end() if by is not None else None


def _span(a: Found | None, b: Found, trigger: int) -> tuple[int, int]:
    starts = [b.start, trigger] + ([a.start] if a else [])
    ends = [b.end] + ([a.end] if a else [])
    return min(starts), max(ends)


# A second predicate of the sentence's subject just before the trigger.
_AND_PREDICATE = re.compile(
    r"\band\s+(?:(?:was|were|has\s+been|had\s+been|is|also|later|then)\s+){1,2}$"
)
_OWNER_BEFORE = re.compile(r"['’]s\s+$")
# The granting body after an award: ``by X``, ``from X`` (past a short aside: ``, with
# Anderson Silva, from Sherdog``).
_GRANTED_BY = re.compile(
    r"(?:\s+(?:honou?rs|awards?|title|prize))?(?:\s*,\s*with\s+[^,.;]{1,40},)?\s+(?:by|from)\s+(?:the\s+)?"
)
# What has a field of work (a film's focus is its theme, not a sector).
_FOCUSED = frozenset({"organization", "facility", "program", "person", "place"})


def sector_relations(
    ctx: Context, sectors: list[tuple[int, list[SectorItem]]], topic: Key | None
) -> list[Stated]:
    """``focuses_on`` from the subject to each listed sector, ``part_of`` from each
    sub-area to its sector; the topic when the sentence names no subject."""
    out = []
    for start, items in sectors:
        keyed = []
        for item in items:
            found = next(
                (f for f in ctx.founds if f.start == item.start and f.key[1] == "sector"), None
            )
            if found is not None:
                keyed.append((found, item))
        if not keyed:
            continue
        subject_found = ctx.before(start)
        key = (
            subject_found.key
            if subject_found and subject_found.key[1] not in ("sector", "award", "place")
            else None
        )
        if key is None:
            key, subject_found = ctx.subject()
        if key is None and subject_found is None and ctx.before(start) is None:
            key = topic
        if key is None or key[1] not in _FOCUSED:
            continue
        for found, item in keyed:
            begin = subject_found.start if subject_found else start
            out.append(Stated(key, "focuses_on", found.key, None, min(begin, start), found.end))
            for sub_start, _ in item.sub:
                sub = next((f for f in ctx.founds if f.start == sub_start), None)
                if sub is not None:
                    out.append(Stated(sub.key, "part_of", found.key, None, found.start, sub.end))
    return out
