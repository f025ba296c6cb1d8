"""Dates of a deed the sentence names only by comparison or by its agent:

* ``… the first since Hershiser did it five times from 1985 to 1989``, ``Since 1965 when
  Koufax did it, …``, ``the most by a Dodger pitcher since Odalis Pérez in the 2003
  season``: the compared name did what the sentence's main clause says (``Hershiser went
  over 200 innings on the season``);
* ``a record set by Tim Belcher in the 1988 World Series``, ``tied by Mark Fox in 2007``:
  the agent's deed on the noun before it (``MLB postseason record set by Tim Belcher``).

:func:`ellided_deed` gives that description, or None.
"""

from __future__ import annotations

import re
from typing import Final

from pipeline.extract.verbs import is_verb
from pipeline.extract.words import words

_NAME = r"[A-Z][\w.'’-]*(?:\s+(?:of\s+|de\s+|van\s+)?[A-Z][\w.'’-]*){0,3}"
_PRO_VERB = r"(?:did|does|do|had\s+done|has\s+done|done)\s+(?:it|so|this|that)"
# "since Hershiser did it five times from 1985", "since 1965 when Koufax did it"
_DID_IT = re.compile(rf"\b(?:since|than|as|when|until)\s+({_NAME})\s+{_PRO_VERB}\b[^,;:()]*$")
_DID_IT_AFTER = re.compile(rf"[^,;:()]{{0,20}}?\bwhen\s+({_NAME})\s+{_PRO_VERB}\b")
# "since Hershiser's 2.03 in the 1985 season"
_SINCE_OWNED = re.compile(
    rf"\b(?:since|than)\s+({_NAME})['’]s\s+([\d.,]+)\s+(?:in|during)\s+(?:the\s+)?$"
)
# "the first sub-2.00 ERA since", "the lowest overall since"
_SUPERLATIVE = re.compile(r"\bthe\s+(?:first|most|fewest|lowest|highest|best|largest|longest)\b")
_DEGREE: Final = words("first most fewest lowest highest best largest longest only")
# "since Odalis Pérez in the 2003 season", "since Randy Johnson from 1999"
_SINCE_NAME = re.compile(
    rf"\b(?:since|than)\s+({_NAME})\s+(?:in|from|during|on)\s+(?:the\s+)?(?:\d{{4}}\s*[–—-]\s*)?$"
)
# "a … record set by Tim Belcher in the second game of the 1988 World Series"
_AGENT = re.compile(
    rf"(?:\b(?:the|a|an)\s+((?:[\w'’-]+\s+){{0,4}}?[\w'’-]+)\s+)?\b([a-z]+(?:ed|en)|set|held|"
    rf"won|led|built|made|broken)\s+by\s+({_NAME})\s+(?:[a-z]+\s+){{0,6}}?$"
)
_CLAUSE = re.compile(r"[^,;:()—–]+")
# "the first major-league season since 1924 to feature …": 1924 had the last such season
_FIRST_SINCE = re.compile(r"\bthe\s+first\s+((?:[\w'’.-]+\s+){0,4}?[\w'’.-]+)\s+since\s+$")
_OCCASIONS: Final = words("time times occasion")  # "the first time since 1923": no deed
_TO_VP = re.compile(r"\s+(to\s+[^,;:.()]+)")
# "Scheelea was described by …": a finite passive, which its clause describes
_AUXILIARY_END = re.compile(r"\b(?:is|was|are|were|be|been|being|has|have|had)\s+$", re.I)
_COPULAS: Final = words("is was are were be been being become became")
_PERFECT: Final = words("has have had")
_MAX_PREDICATE = 8
_TIME_ANAPHORA = re.compile(r"\s+(?:that|this|the same)\s+(?:day|night|year|season|week)\b.*$")
_PRONOUNS: Final = words("he she it they we i you this that")
# "the 10th pitcher to record back-to-back 200-strikeout seasons and the first since":
# the infinitive after a rank is the deed the compared name did
_RANKED_DEED = re.compile(
    r"\b(?:the\s+)?(?:\d+(?:st|nd|rd|th)|first|second|third|only)\b[^,;:()]*?\bto\s+"
    r"((?!do\b|be\b)[a-z]+\b[^,;:()]*?)\s*(?:\s+and|,)\s+the\s+first\b[^,;:()]{0,30}?"
    r"\s(?:since|than)\b"
)


def _predicate(text: str, skip: tuple[int, int]) -> str | None:
    """The verb phrase of the sentence's first clause outside ``skip`` whose verb is no
    copula (``went over 200 innings on the season``; ``have led the league`` → ``led the
    league``)."""
    for m in _CLAUSE.finditer(text):
        if m.start() < skip[1] and skip[0] < m.end():
            continue
        raw = m.group().split()
        low = [w.lower().strip("\"'“”") for w in raw]
        for i, w in enumerate(low):
            before = low[i - 1] if i else ""
            after = low[i + 1] if i + 1 < len(low) else ""
            if raw[i][:1].isupper() or not is_verb(w, before, after):
                continue
            if w in _COPULAS:
                continue  # "… are only two pitchers … [have led] the league"
            nxt = low[i + 1] if i + 1 < len(low) else ""
            if w in _PERFECT and (nxt.endswith(("ed", "en")) or is_verb(nxt, w, "")):
                i += 1  # "have led" → "led"
            predicate = " ".join(raw[i : i + _MAX_PREDICATE]).strip(" .")
            return _TIME_ANAPHORA.sub("", predicate)  # not "threw 130 pitches that day"
    return None


def _compared(text: str, at: int) -> str | None:
    """What the last comparison before ``at`` is about when no clause has a verb to borrow
    (``His ERA was the first sub-2.00 ERA since …`` → ``sub-2.00 ERA``)."""
    clause = text[text.rfind(",", 0, at) + 1 : at]
    marks = list(_SUPERLATIVE.finditer(clause))
    since = max(clause.rfind(" since "), clause.rfind(" than "))
    if not marks or since < marks[-1].end():
        return None
    between = clause[marks[-1].end() : since]
    between = between.split(" by ")[0]  # "the lowest [by a Dodger] since"
    nominal = [w for w in between.split() if w.lower() not in _DEGREE]
    head = _subject_head(clause)
    if head and (not nominal or nominal[-1].lower() in ("overall", "ever", "yet")):
        nominal.append(head)  # "the lowest overall" → "overall ERA"
    return " ".join(nominal) or None


def _subject_head(clause: str) -> str | None:
    """The last word of a clause's subject (``His ERA was …`` → ``ERA``)."""
    raw = clause.split()
    low = [w.lower() for w in raw]
    for i, w in enumerate(low):
        if i and is_verb(w, low[i - 1], low[i + 1] if i + 1 < len(low) else ""):
            head = raw[i - 1].strip(" ,")
            return None if head.lower() in _PRONOUNS else head  # "he struck …": no thing
    return None


def ellided_deed(text: str, start: int, end: int) -> str | None:
    """What the date at ``text[start:end]`` dates when it is the time of a compared deed or
    of an agent's deed (see the module docstring); else None."""
    before = text[max(0, start - 120) : start]
    owned = _SINCE_OWNED.search(before)  # "since Koufax's 317 in 1966"
    if owned is not None:
        clause = text[text.rfind(",", 0, start) + 1 : start]
        head = _subject_head(clause)
        return f"{owned.group(1)}'s {owned.group(2)}" + (f" {head}" if head else "")
    found = [d for d in (_DID_IT.search(before), _SINCE_NAME.search(before)) if d is not None]
    did = max(found, key=lambda d: d.start()) if found else None  # the nearer: not "since
    # Roger Clemens did it in 2005 and the lowest since Pedro Martínez in [2000]" → Clemens
    after = _DID_IT_AFTER.match(text, end)
    if did is not None or after is not None:
        name = (did or after).group(1)  # type: ignore[union-attr]
        at = (start - len(before) + did.start()) if did else end
        ranked = _RANKED_DEED.search(text, 0, at + 30) if did is not None else None
        predicate = (
            ranked.group(1)
            if ranked is not None
            else _predicate(text, (at, end + (after.end() - end if after else 0)))
        )
        if predicate:
            return f"{name} {predicate}"
        nominal = _compared(text, start)
        return f"{name}'s {nominal}" if nominal else None
    first = _FIRST_SINCE.search(before)  # "the first season since 1924 to feature …"
    if first is not None:
        vp = _TO_VP.match(text, end)
        if vp is None and first.group(1).lower() in _OCCASIONS:
            return None  # "… gained a majority for the first time since 1923": the main clause
        return f"last {first.group(1)} {vp.group(1)}" if vp else f"last {first.group(1)}"
    agent = _AGENT.search(before)
    if agent is not None and not _AUXILIARY_END.search(before, 0, agent.start(2)):
        thing, verb, who = agent.group(1), agent.group(2), agent.group(3)
        return f"{thing} {verb} by {who}" if thing else f"{verb} by {who}"
    return None
