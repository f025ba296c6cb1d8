"""Dates of the compared one in a ranking (``the first pitcher to lead the league in ERA
… since Randy Johnson in 2001 – 02``, ``joining Greg Maddux (1993 – 95)``).

Examples: ``He became the first pitcher to lead the league in ERA in consecutive seasons
since Randy Johnson in 2001 – 02``, ``the third player to lead the Majors in ERA three years
in a row, joining Greg Maddux (1993 – 95) and Lefty Grove (1929 – 31)``, ``the third
youngest pitcher to start a series opener, behind only Fernando Valenzuela in the 1981 NLDS
and Rick Ankiel in the 2000 NLDS``.

The date is not the time of the sentence's main clause but of what the compared name did:
the ranked deed (``to lead the league in ERA …``, ``with back-to-back games of …``). After
``since`` the name was the last to do it (``Randy Johnson last pitcher to lead the league in
ERA``); after ``joining``, ``behind only`` or ``tying … with`` the name did it too
(``Greg Maddux also player to lead the Majors in ERA``). :func:`compared_deed` gives that
description, or None when the sentence ranks nothing.
"""

from __future__ import annotations

import re

_NAME = r"[A-ZÀ-ÖØ-Þ][\w.'’-]*(?:\s+(?:of\s+|de\s+|van\s+)?[A-ZÀ-ÖØ-Þ][\w.'’-]*){0,3}"
# the compared name right before its date: "since Randy Johnson in ", "Greg Maddux (",
# "Rick Ankiel in the ", "Randy Johnson from "
_NAME_BEFORE = re.compile(
    rf"(?<![\w.'’-])(?P<name>{_NAME})\s+(?:\(\s*|(?:in|from|during|of)\s+(?:the\s+)?)$"
)
# a list of compared names before the last one: "Greg Maddux (1993 – 95) and ", "Fernando
# Valenzuela in the 1981 NLDS and "
_LIST_BEFORE = re.compile(r"(?:,\s*|\s+)(?:and\s+)?$|,?\s+and\s+$")
_ITEM = re.compile(rf"{_NAME}\s*(?:\([^()]*\)|(?:in|from|during)\s+(?:the\s+)?[^,;()]*?)\s*$")
_COMPARE = re.compile(
    r"(?:,\s*|\s)(since|joining|behind\s+only|trailing\s+only|tying\s+\w+\s+with)\s+$",
    re.IGNORECASE,
)
# "the first pitcher to lead the league in ERA in consecutive seasons", "the first Dodgers
# starter with back-to-back games of at least 13 strikeouts", "the first to do this", "the
# smallest school to play for …", "the first Triple Crown winner" (no deed)
_RANKED = re.compile(
    r"\bthe\s+(?:(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th)|only|"
    r"(?P<most>[a-z]{3,}est))\s+)+(?P<noun>(?:(?!to\b|with\b)[\w'’.-]+(?:\s+|$)){0,5}?)(?P<deed>(?:to|with)\s+[^,;:()]+?)?"
    r"\s*,?\s*$",
    re.IGNORECASE,
)
# "…, the first since": a bare rank, its noun and deed those of the ranking before it
_BARE_FIRST = re.compile(r",\s*(?:and\s+)?the\s+first\s*$", re.IGNORECASE)
_RANGE_START = re.compile(r"\b\d{4}\s*[–—-]\s*$")
_RANK_MARK = re.compile(r"\bthe\s", re.IGNORECASE)
_MAX_WORDS = 10
_REACH = 240  # characters read before a date
_MAX_ITEMS = 4  # compared names listed before the dated one


def compared_deed(text: str, start: int, end: int) -> str | None:
    """What the date at ``text[start:end]`` dates when it is the time of a compared name in
    a ranking (see the module docstring); else None."""
    before = _RANGE_START.sub("", text[max(0, start - _REACH) : start])  # "in 2001 – [02]"
    named = _NAME_BEFORE.search(before)
    if named is None:
        return None
    head = before[: named.start()]
    for _ in range(_MAX_ITEMS):  # "joining Greg Maddux (1993 – 95) and [Lefty Grove]"
        if _COMPARE.search(head):
            break
        joint = _LIST_BEFORE.search(head)
        item = _ITEM.search(head, 0, joint.start()) if joint and joint.group().strip() else None
        if item is None:
            return None
        head = head[: item.start()]
    compare = _COMPARE.search(head)
    if compare is None:
        return None
    stop = compare.start()
    bare = _BARE_FIRST.search(head, 0, stop)  # "the 8th pitcher to win the award, the first"
    ranked = next(
        (
            found
            for mark in reversed(list(_RANK_MARK.finditer(head, 0, bare.start() if bare else stop)))
            if (found := _RANKED.match(head, mark.start(), bare.start() if bare else stop))
        ),
        None,
    )  # the ranking nearest the comparison: "… since Bob Gibson in 1968 and the first …"
    if ranked is None:
        return None
    word = compare.group(1).lower()
    noun = " ".join(ranked.group("noun").split())
    deed = " ".join((ranked.group("deed") or "").split())  # "the first Triple Crown winner"
    how = "last" if word == "since" else "also"
    if ranked.group("most") and not deed and len(noun.split()) < 2:
        return None  # "the lowest overall since Pedro Martínez in 2000": no noun to rank
    if ranked.group("most"):  # "the youngest Cy Young winner since Dwight Gooden of the 1985 …"
        how = f"{'previous' if word == 'since' else 'also'} {ranked.group('most').lower()}"
    words = " ".join(part for part in (named.group("name"), how, noun, deed) if part).split()
    return " ".join(words[:_MAX_WORDS])
