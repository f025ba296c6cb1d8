"""Which number candidates of a sentence are not quantities.

A number with no unit or currency is left out when it is a year, a date, a time, a score,
an ordinal, part of a name or a code (``No. 20``, ``Route 31B``, ``Apollo 11``, ``A380``) or
``one`` used as a pronoun (``the one who``); some are left out even with a unit (``F-16``,
``AFI's 100 Years``, ``Six-Day War``). The lexicons of labels, function words, score and
rank nouns are here, beside the rules that read them.
"""

from __future__ import annotations

import re
from typing import Final

from pipeline.extract.calendar import MONTH_PATTERN, MONTHS, is_date_context
from pipeline.extract.candidate import Candidate, SentenceContext
from pipeline.extract.numbers import Number
from pipeline.extract.qualifiers import amount_lead, qualifier_before
from pipeline.extract.words import DETERMINERS, FOR_YEAR_NOUNS, STOP_WORDS, words

# A number right after one of these is a label, rank or identifier: "No. 20", "top 40".
LABEL_WORDS: Final = words(
    """number no nos top route highway interstate page pages p pp chapter chapters section
    article episode season volume vol issue track level grade class type model mark mk series
    version room platform gate exit junction flight game week stage round hole pick seed
    division regiment battalion squadron wing unit phase step act scene part book books figure
    fig table appendix note psalm verse line lines bus channel district ward precinct lot plot
    block apartment suite floor box code day rank spot position tier"""
)
# Capitalised words that may stand right before a count ("About 30", "In 37 innings").
FUNCTION_WORDS: Final = words(
    """in on at by for from with of about over around approximately nearly almost some only
    just after before since during between until to and the a an its their his her all more
    less under up roughly estimated each every than total average another these those both our
    my your within against into through per among across beyond below above without including
    also still then now exactly precisely perhaps ca c circa there while when as if although
    though because once whereas numbering totalling totaling reaching following expanding
    altogether overall today currently initially finally originally eventually later earlier
    another additional further whose which who that"""
)
# After a "X – Y" with no unit these make it a score, not a range: "a 12 – 1 start".
SCORE_NOUNS: Final = words(
    """record win wins victory loss defeat lead score decision vote votes margin majority draw
    tie start run count ratio split verdict aggregate edge triumph finish"""
)
# Nouns after a number that make it a rank: "the seven seed".
RANK_NOUNS: Final = words("seed seeded")

_OF_AFTER_RE = re.compile(r"\s+of\b")
_EQUIVALENT_UNIT_RE = re.compile(r"\s+equivalent\s+units?\b", re.IGNORECASE)
# The year of a date written month first: "the August 14, 2008 races"
_MONTH_DAY_BEFORE_RE = re.compile(rf"\b{MONTH_PATTERN}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s*$")
_AND_GAP_RE = re.compile(r",?\s+(?:and|or|&)\s+")
_TIME_AFTER_RE = re.compile(
    r"\s*(?::\s?\d|[.:]\d\d\s*(?:a\.?m|p\.?m)(?![A-Za-z])|(?:a\.m\.|p\.m\.|am|pm|AM|PM|o['’]clock|"
    r"hrs\b|GMT|UTC|BST)(?![A-Za-z]))"  # not "eight ambassadors"
)
_ERA_AFTER_RE = re.compile(r"\s*(?:AD|BC|BCE|CE|BP|A\.D\.|B\.C\.)(?!\w)")
_GLUED_AFTER_RE = re.compile(
    r"['’]s\b|[A-Za-z]|[.,]\d|\d|\s*/\s*\d|\s*\^|°(?!\s?[CF]\b)|[′″]|\s(?:FM|AM)\b"
)
_DATED_AFTER_RE = re.compile(rf"\s+(?:in|by|as\s+of|during)\s+(?:\d{{4}}|{MONTH_PATTERN})\b")
_OPERATOR_AFTER_RE = re.compile(r"\s*[+=×*x]\s*\d")
# a plus sign glued to a percentage after a blank, a colon or a bracket: "vs 2024: +24.0%"
_SIGN_BEFORE_RE = re.compile(r"(?:^|[\s(:,;])\+$")
# "\x1b[" opens a terminal control sequence ("\x1b[0m"), pasted with a terminal's output
_BEFORE_NOISE_RE = re.compile(
    r"(?:[A-Za-z]|[A-Za-z][-‐]|\d[-‐.]|[+=×*]\s*|(?<!\s)/\s*|\d\s?:\s?|['’]\s?|[♯♭#№]\s*|\x1b\[)$"
)
# A number after a spaced slash that follows a number or an abbreviation: "3 / 4", "SO / 9"
_SPACED_SLASH_RE = re.compile(r"(?:\d|\b[A-Z]{1,4})\s*/\s*$")
_FRACTION_SLASH_RE = re.compile(r"\d\s*/\s*$")  # "a 1 / 8 inch filter"
# A year labelling a value, as yearbooks write a comparison: "8.6 percent (2023: 7.9 percent)".
_YEAR_LABEL_RE = re.compile(r"(?<![\d:])(?:1[89]|20)\d\d:\s?$")
_FRACTION_WORD_RE = re.compile(
    r"(?:[-‐]|\s+)(?:thirds?|quarters?|halfs?|halves|fifths?|sixths?|eighths?|tenths?)\b"
)
_CHART_RE = re.compile(
    r"\b(?:peak(?:ed|ing)?|debut(?:ed|ing)?|chart(?:ed|ing)?|climb(?:ed|ing)?|r[io]se|"
    r"f[ae]ll|dropp?(?:ed|ing)?|slipp?(?:ed|ing)?|jump(?:ed|ing)?|rank(?:ed|ing)?|plac(?:ed|ing)|"
    r"position(?:ed)?|entered|reached)\s+(?:at\s+|to\s+|in\s+)?$",
    re.IGNORECASE,
)
_ONE_SKIP_PREV = words("the any this that no every each which whichever another a an in")
_ONE_SKIP_NEXT = words(
    """of who whom whose which that another else has had have can could must should would will
    may might is was does did cannot point time stage by"""
)
_YEAR_LEAD = words("of in and around about c circa ca until since by")
_ONE_DAY_OK = words("later earlier after before ago of long old prior afterwards")
_PREV_WORD_RE = re.compile(r"([A-Za-z][\w'’.]*)\s*[-‐]?\s*$")
NEXT_WORD_RE = re.compile(r"[-‐]?\s*([A-Za-z][\w'’]*)")
# Matched at a position of the sentence, never on a slice of its rest: no copy per number.
_BLANK_TO_END_RE = re.compile(r"\s*$")
_CAPITALS_AFTER_RE = re.compile(r"\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s*(?P<w>\S?)")
_POSSESSIVE_RE = re.compile(r"['’]s\b")
_CLAUSE_END_RE = re.compile(r"\s*(?:[.,;:)!?—–\"”’]|$)")


# An age group: "the Under 25 team", "their under-21 side" (not "under 25 people")
_AGE_GROUP_RE = re.compile(
    r"(?:\b(?:the|its|their|his|her|national)\s+[Uu]nder|(?<=[a-z,]\s)Under)[-‐\s]?$"
)


_CITATION_RE = re.compile(r"\[\d{1,3}\]")


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
    label = prev_low in LABEL_WORDS or (prev_low[-1:] == "s" and prev_low[:-1] in LABEL_WORDS)
    if label or next_word.lower() in RANK_NOUNS or prev_low in MONTHS:
        return True  # "No. 20", "top 40", "pages 12", "the seven seed", "June 29"
    if _CITATION_RE.match(text, n.start - 1) and n.plain:
        return True  # a citation marker: "… in 2022.[12]", "[3][4]"
    if _AGE_GROUP_RE.search(before[-20:]):
        return True
    if re.search(r"\bNos\.?\s+\d+(?:,\s*\d+)*\s*(?:,|and)\s*$", before):
        return True  # "Nos. 42 and 43 Squadrons"
    named = any(ch.isupper() for ch in prev_word) and prev_low not in FUNCTION_WORDS
    if named and not prev_low.endswith("ly") and not owner:  # not "Hunt's 30"
        return True  # "Top 10", "NY 93", "Apollo 11", "Pope 1961", "iPhone 6", "No 202"
    if next_word.rstrip(".").lower() in MONTHS and next_word[:1].isupper():
        return True  # "4 August"
    if _ERA_AFTER_RE.match(text, n.end) or _TIME_AFTER_RE.match(text, n.end):
        return True
    if re.search(r"\b(?:BC|BCE|AD|CE)\s*[–—-]\s*$", before):
        return True  # "(c. 4 BC – 65)"
    if (n.fraction or n.slash) and not _OF_AFTER_RE.match(text, n.end):
        return True  # "a third time", "a two-thirds majority", "5/12": no share of something
    if n.spelled:
        return _spelled_noise(text, c, prev_low, next_word.lower(), n.start == ctx.start_at)
    labelled = _YEAR_LABEL_RE.search(before[-7:]) is not None  # "(2024: 109)"
    if _SPACED_SLASH_RE.search(before[-8:]):
        return True  # "3 / 4", "SO / 9": a fraction or a ratio (but "905 ha / 96" lists one)
    if (_BEFORE_NOISE_RE.search(before[-3:]) and not labelled) or _GLUED_AFTER_RE.match(
        text, n.end
    ):
        return True  # "A380", "F-16", "1990s", "31B", "2nd", "22: 30", "5/12", "WWE '12"
    if _OPERATOR_AFTER_RE.match(text, n.end) or (
        _BLANK_TO_END_RE.match(text, n.end) and ")" in before[-3:]
    ):
        return True  # "[3 + 2]", a footnote number after a list item
    if n.plain and text[n.start] == "0" and n.end - n.start > 1:
        return True  # "0600", "007": a time or a code
    if n.plain and n.value >= 1000:
        if n.value <= 2100:  # a year, unless it counts the noun after it: "1200 soldiers"
            counted = _counts_noun(text, n.start, n.end, prev_low, nxt)
            bound = amount_lead(text, n.start, prev_low)
            return not (counted or bound or _about_count(text, n, nxt))
        return not (next_word[:1].islower() and next_word not in STOP_WORDS)
    if _CHART_RE.search(before) and n.value <= 200 and n.integer:
        return True  # a chart position: "peaked at 5"
    if n.plain and (prev_low in ("the", "a", "an") or owner or n.start == ctx.start_at):
        rest = _CAPITALS_AFTER_RE.match(text, n.end)
        if rest is not None and not rest.group("w")[:1].islower():
            return True  # "the 76 Classic", "2 Broke Girls"
    noun_follows = next_word[:1].islower() and next_word.lower() not in STOP_WORDS
    if n.plain and is_date_context(text, n.start) and not _DATED_AFTER_RE.match(text, n.end):
        return not noun_follows  # "in 59"; but "up from 210 in 2012" is a count
    # "the fire of 64", "in 62 and 63" in an article on antiquity
    return ctx.ancient and n.plain and not noun_follows and prev_low in _YEAR_LEAD


_FOR_BEFORE_RE = re.compile(r"\b([A-Za-z]+)\s+for\s+$")
# A plural noun right after a number: what it counts ("1200 soldiers", not "1943 saw").
_PLURAL_NOUN_RE = re.compile(r"[a-z]{2,}s(?<!ss)(?<!us)(?<!is)")
# Before "<year> <plural noun>" these make the number a year: "the 1990 elections", "several
# 1999 films".
_YEAR_NOUN_LEADS = DETERMINERS | words(
    "several many few all some other most both various numerous each every no any such whose"
)
_NOT_NOUNS = words(
    "was has this its his hers as is thus always perhaps whereas unless besides "
    "towards afterwards across plus less news series species"
)


def _counts_noun(text: str, start: int, end: int, prev_low: str, nxt: re.Match[str] | None) -> bool:
    """Does a number that could be a year (1000–2100) count the plural noun right after it:
    ``1200 soldiers``, but not ``in 1850 settlers`` or ``the 1990 elections``?"""
    if nxt is None or nxt.start(1) != end + 1 or text[end] != " ":
        return False
    word = nxt.group(1)
    if not _PLURAL_NOUN_RE.fullmatch(word) or word in _NOT_NOUNS:
        return False
    if prev_low in _YEAR_NOUN_LEADS or _MONTH_DAY_BEFORE_RE.search(text, max(0, start - 20), start):
        return False
    planned = _FOR_BEFORE_RE.search(text, max(0, start - 30), start)
    if planned is not None and planned.group(1).lower() in FOR_YEAR_NOUNS:
        return False  # "the budget for 2026 amounts to"
    return not is_date_context(text, start)


def _about_count(text: str, n: Number, nxt: re.Match[str] | None) -> bool:
    """``about 1900 contractors``, ``over 1500 staff``: a qualifier before a number that counts
    the noun after it (``around 1800 the town grew`` is a year)."""
    if nxt is None or nxt.start(1) != n.end + 1:
        return False
    word = nxt.group(1)
    if not word.islower() or word in STOP_WORDS or word in _NOT_NOUNS:
        return False
    return qualifier_before(text, n.start) is not None


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
    if _FRACTION_SLASH_RE.search(text, max(0, c.start - 6), c.start):
        return True  # "a 1 / 8 inch filter": the denominator of a fraction
    if (
        _BEFORE_NOISE_RE.search(text[max(0, c.start - 3) : c.start])
        and c.kind != "money"
        and not _YEAR_LABEL_RE.search(text, max(0, c.start - 7), c.start)
        and not (c.kind == "percent" and _SIGN_BEFORE_RE.search(text, max(0, c.start - 2), c.start))
    ):
        return True  # (a plus sign glued to a percentage is its sign: "2025 vs 2024: +24.0%")
    if c.word_unit[:1].isupper() or (
        c.num.spelled and text[c.num.start].isupper() and c.num.start != ctx.start_at
    ):
        return True
    if c.hyphen and _EQUIVALENT_UNIT_RE.match(text, c.end):
        return True  # "twenty-foot equivalent units" name a unit (TEU)
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
