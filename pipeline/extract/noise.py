"""Which number candidates of a sentence are not quantities.

A number with no unit or currency is left out when it is a year, a date, a time, a score,
an ordinal, part of a name or a code (``No. 20``, ``Route 31B``, ``Apollo 11``, ``A380``) or
``one`` used as a pronoun (``the one who``); some are left out even with a unit (``F-16``,
``AFI's 100 Years``, ``Six-Day War``). :class:`Candidate` is a number as the quantity
extractor (:mod:`pipeline.extract.quantities`) reads it: with its unit, currency and range.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract import numbers as nb
from pipeline.extract import units as un

_S = r"[\s\u00a0]"
_AND_GAP_RE = re.compile(rf",?{_S}+(?:and|or|&){_S}+")
_TIME_AFTER_RE = re.compile(
    rf"{_S}*(?::{_S}?\d|[.:]\d\d{_S}*(?:a\.?m|p\.?m)(?![A-Za-z])|(?:a\.m\.|p\.m\.|am|pm|AM|PM|o['’]clock|"
    rf"hrs\b|GMT|UTC|BST)(?![A-Za-z]))"  # not "eight ambassadors"
)
_ERA_AFTER_RE = re.compile(rf"{_S}*(?:AD|BC|BCE|CE|BP|A\.D\.|B\.C\.)(?!\w)")
_GLUED_AFTER_RE = re.compile(
    rf"['’]s\b|[A-Za-z]|[.,]\d|\d|{_S}*/{_S}*\d|{_S}*\^|°(?!{_S}?[CF]\b)|[′″]|{_S}(?:FM|AM)\b"
)
_DATED_AFTER_RE = re.compile(
    rf"{_S}+(?:in|by|as{_S}+of|during){_S}+(?:\d{{4}}|{nb.MONTH_PATTERN})\b"
)
_OPERATOR_AFTER_RE = re.compile(rf"{_S}*[+=×*x]{_S}*\d")
_BEFORE_NOISE_RE = re.compile(
    rf"(?:[A-Za-z]|[A-Za-z][-‐]|\d[-‐.]|[+=×*/]{_S}*|\d{_S}?:{_S}?|['’]{_S}?|[♯♭#№]{_S}*)$"
)
_FRACTION_WORD_RE = re.compile(
    rf"(?:[-‐]|{_S}+)(?:thirds?|quarters?|halfs?|halves|fifths?|sixths?|eighths?|tenths?)\b"
)
_CHART_RE = re.compile(
    r"\b(?:peak(?:ed|ing)?|debut(?:ed|ing)?|chart(?:ed|ing)?|climb(?:ed|ing)?|r[io]se|"
    r"f[ae]ll|dropp?(?:ed|ing)?|slipp?(?:ed|ing)?|jump(?:ed|ing)?|rank(?:ed|ing)?|plac(?:ed|ing)|"
    rf"position(?:ed)?|entered|reached){_S}+(?:at{_S}+|to{_S}+|in{_S}+)?$",
    re.IGNORECASE,
)
_ONE_SKIP_PREV = un.words("the any this that no every each which whichever another a an in")
_ONE_SKIP_NEXT = un.words(
    """of who whom whose which that another else has had have can could must should would will
    may might is was does did cannot point time stage by"""
)
_YEAR_LEAD = un.words("of in and around about c circa ca until since by")
_ONE_DAY_OK = un.words("later earlier after before ago of long old prior afterwards")
_PREV_WORD_RE = re.compile(rf"([A-Za-z][\w'’.]*){_S}*[-‐]?{_S}*$")
NEXT_WORD_RE = re.compile(rf"[-‐]?{_S}*([A-Za-z][\w'’]*)")
# Matched at a position of the sentence, never on a slice of its rest: no copy per number.
_BLANK_TO_END_RE = re.compile(rf"{_S}*$")
_CAPITALS_AFTER_RE = re.compile(r"\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s*(?P<w>\S?)")
_POSSESSIVE_RE = re.compile(r"['’]s\b")
_CLAUSE_END_RE = re.compile(rf"{_S}*(?:[.,;:)!?—–\"”’]|$)")


@dataclass(frozen=True)
class SentenceContext:
    """What the filters need to know of the sentence and its article."""

    start_at: int  # where the sentence's first word starts
    ancient: bool  # the article dates things AD/BC, so bare "in 64" is a year
    doc_yen: str  # what "¥" means in this article
    doc_peso: bool = False  # the article is Philippine: "P273 million" is pesos


@dataclass
class Candidate:
    """A number of a sentence with what is attached to it (unit, currency, range end)."""

    start: int  # quote span within the sentence
    end: int
    num: nb.Number
    value: float
    unit: str = "count"
    kind: str = "count"  # count | money | measure | percent
    value_max: float | None = None
    qualifier: str = "exact"
    method: str = "quantity.count"
    hyphen: bool = False  # "18-hole", "30-year": the number is glued to the next word
    word_unit: str = ""  # the unit as written, when written as a word ("Years")
    conversion_of: Candidate | None = None
    drop: bool = False
    minus: bool = False  # a minus sign stands right before the number


# An age group: "the Under 25 team", "their under-21 side" (not "under 25 people")
_AGE_GROUP_RE = re.compile(
    rf"(?:\b(?:the|its|their|his|her|national){_S}+[Uu]nder|(?<=[a-z,]{_S})Under)[-‐{_S}]?$"
)


def count_noise(text: str, c: Candidate, ctx: SentenceContext) -> bool:
    """True when a number with no unit or currency is not a count (year, date, name, code)."""
    n = c.num
    before = text[max(0, n.start - 80) : n.start]
    prev = _PREV_WORD_RE.search(before)
    prev_word = prev.group(1) if prev else ""
    prev_low = prev_word.lower().rstrip(".")
    nxt = NEXT_WORD_RE.match(text, n.end)
    next_word = nxt.group(1) if nxt else ""
    owner = prev_low.endswith(("'s", "’s", "s'", "s’"))
    label = prev_low in un.LABEL_WORDS or (prev_low[-1:] == "s" and prev_low[:-1] in un.LABEL_WORDS)
    if label or next_word.lower() in un.RANK_NOUNS or prev_low in nb.MONTHS:
        return True  # "No. 20", "top 40", "pages 12", "the seven seed", "June 29"
    if _AGE_GROUP_RE.search(before[-20:]):
        return True
    if re.search(r"\bNos\.?\s+\d+(?:,\s*\d+)*\s*(?:,|and)\s*$", before):
        return True  # "Nos. 42 and 43 Squadrons"
    named = any(ch.isupper() for ch in prev_word) and prev_low not in un.FUNCTION_WORDS
    if named and not prev_low.endswith("ly") and not owner:  # not "Hunt's 30"
        return True  # "Top 10", "NY 93", "Apollo 11", "Pope 1961", "iPhone 6", "No 202"
    if next_word.rstrip(".").lower() in nb.MONTHS and next_word[:1].isupper():
        return True  # "4 August"
    if _ERA_AFTER_RE.match(text, n.end) or _TIME_AFTER_RE.match(text, n.end):
        return True
    if re.search(rf"\b(?:BC|BCE|AD|CE){_S}*[–—-]{_S}*$", before):
        return True  # "(c. 4 BC – 65)"
    if n.spelled:
        return _spelled_noise(text, c, prev_low, next_word.lower(), n.start == ctx.start_at)
    if _BEFORE_NOISE_RE.search(before[-3:]) or _GLUED_AFTER_RE.match(text, n.end):
        return True  # "A380", "F-16", "1990s", "31B", "2nd", "22: 30", "5/12", "WWE '12"
    if _OPERATOR_AFTER_RE.match(text, n.end) or (
        _BLANK_TO_END_RE.match(text, n.end) and ")" in before[-3:]
    ):
        return True  # "[3 + 2]", a footnote number after a list item
    if n.plain and text[n.start] == "0" and n.end - n.start > 1:
        return True  # "0600", "007": a time or a code
    if n.plain and n.value >= 1000:
        return n.value <= 2100 or not (next_word[:1].islower() and next_word not in un.STOP_WORDS)
    if _CHART_RE.search(before) and n.value <= 200 and n.integer:
        return True  # a chart position: "peaked at 5"
    if n.plain and (prev_low in ("the", "a", "an") or owner or n.start == ctx.start_at):
        rest = _CAPITALS_AFTER_RE.match(text, n.end)
        if rest is not None and not rest.group("w")[:1].islower():
            return True  # "the 76 Classic", "2 Broke Girls"
    noun_follows = next_word[:1].islower() and next_word.lower() not in un.STOP_WORDS
    if n.plain and nb.is_date_context(text, n.start) and not _DATED_AFTER_RE.match(text, n.end):
        return not noun_follows  # "in 59"; but "up from 210 in 2012" is a count
    # "the fire of 64", "in 62 and 63" in an article on antiquity
    return ctx.ancient and n.plain and not noun_follows and prev_low in _YEAR_LEAD


def _spelled_noise(text: str, c: Candidate, prev: str, nxt: str, at_start: bool) -> bool:
    n = c.num
    if text[n.start].isupper() and (not at_start or n.word == "one"):
        return True  # "Final Four", "Three Studies for Figures", "One Direction", "One example"
    if re.search(r"[A-Za-z][-‐]$", text[max(0, n.start - 2) : n.start]):
        return True  # "one-on-one", "two-on-two"
    if _FRACTION_WORD_RE.match(text, n.end) or (n.value == 0 and c.unit == "count"):
        return True  # "two-thirds"
    if n.word != "one":
        return False
    if (
        c.hyphen
        or prev in _ONE_SKIP_PREV
        or nxt in _ONE_SKIP_NEXT
        or _POSSESSIVE_RE.match(text, n.end)
    ):
        return True  # "the one who", "one of", "one has to", "one's", "in one shot", "one-time"
    ends = _CLAUSE_END_RE.match(text, n.end) is not None
    return (
        ends
        and re.search(
            r"\b(?:the|this|that|a|an|only)\s+(?:\w+\s+)?$",
            text[max(0, n.start - 40) : n.start].lower(),
        )
        is not None
    )


def _unit_noise(text: str, c: Candidate, ctx: SentenceContext) -> bool:
    """Noise even with a unit or currency: "F-16", "22: 30", "AFI's 100 Years", "Six-Day War"."""
    if _BEFORE_NOISE_RE.search(text[max(0, c.start - 3) : c.start]) and c.kind != "money":
        return True
    if c.word_unit[:1].isupper() or (
        c.num.spelled and text[c.num.start].isupper() and c.num.start != ctx.start_at
    ):
        return True
    if c.num.plain and 1000 <= c.num.value <= 2100 and c.unit == "year":
        return True  # "the 2011 year-end charts"
    if c.num.word == "one" and c.unit in ("day", "night", "time"):
        nxt = NEXT_WORD_RE.match(text, c.end)
        return not (nxt and nxt.group(1).lower() in _ONE_DAY_OK)  # "one day" = some day
    return False


def noise_flags(text: str, cands: list[Candidate], ctx: SentenceContext) -> list[bool]:
    """Which candidates are not quantities; a bare number listed with a year or a label is one
    too ("in 62 and 63", "on 4 and 6 May", "Nos. 42 and 43")."""
    flags = []
    for c in cands:
        if c.drop:
            flags.append(True)
        elif c.unit == "count" and c.qualifier != "range":
            flags.append(count_noise(text, c, ctx))
        else:
            flags.append(_unit_noise(text, c, ctx))
    for _ in range(2):  # left to right, then right to left
        pairs = list(zip(range(len(cands) - 1), range(1, len(cands)), strict=True))
        for i, j in pairs if _ == 0 else reversed(pairs):
            a, b = cands[i], cands[j]
            same = a.unit == b.unit == "count" and a.num.plain and b.num.plain
            if same and flags[i] != flags[j] and _AND_GAP_RE.fullmatch(text, a.end, b.start):
                flags[i] = flags[j] = True
    return flags
