"""The date expressions :func:`pipeline.extract.dates.find_dates` recognises, as data.

The absolute and relative patterns (``4 August 1914``, ``August 1914``, ``in July``, ``the
late 1990s``, ``the 3rd century``, ``64 AD``) with the kind of mention each yields, and the
anaphora (``that same year``, ``the next day``, ``two years later``, ``the 25th``) with the
unit and offset each moves the date by.
"""

from __future__ import annotations

import re

from pipeline.extract.numbers import SMALL_NUMBERS

# "two years later": the number words an anaphor counts with ("a year later" is one)
COUNT_WORDS: dict[str, int] = {"a": 1, "an": 1}
COUNT_WORDS |= {word: n for word, n in SMALL_NUMBERS.items() if 1 <= n <= 10}
ORDINAL_WORDS = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
    "eighteenth", "nineteenth", "twentieth",
]  # fmt: skip


_MON = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)(?![A-Za-z])"
)
_MONFULL = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)(?![A-Za-z])"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"
_ERA = r"(?:BCE|BC|B\.C\.(?:E\.)?|AD|A\.D\.|CE|C\.E\.)(?![A-Za-z])"
_YEAR = rf"(?:(?P<pre>AD|A\.D\.)\s?)?(?P<y>\d{{1,4}})(?:\s?(?P<era>{_ERA}))?(?![\d%]|[.,]\d)"
_MOD = r"(?:(?P<mod>[Ee]arly|[Mm]id|[Ll]ate)(?:\s+|-))"
_TO = r"(?:\s*[–—-]\s*|\s+(?:to|and|or|through|until)\s+)"

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (k, re.compile(p))
    for k, p in (
        ("iso", r"(?<![\d-])(?P<y>\d{4})-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-2]\d|3[01])(?![\d-])"),
        (
            "full",
            rf"{_MOD}?(?P<d>{_DAY})(?:{_TO}(?P<d2>{_DAY}))?\s+(?:of\s+)?(?P<m>{_MON}),?\s+{_YEAR}",
        ),
        ("full", rf"{_MOD}?(?P<m>{_MON})\s+(?P<d>{_DAY})(?:{_TO}(?P<d2>{_DAY}))?,?\s+{_YEAR}"),
        ("month_year", rf"{_MOD}?(?P<m>{_MON})(?:{_TO}(?P<m2>{_MON}))?,?\s+(?:of\s+)?{_YEAR}"),
        ("day_month", rf"{_MOD}?(?P<d>{_DAY})(?:{_TO}(?P<d2>{_DAY}))?\s+(?:of\s+)?(?P<m>{_MON})"),
        ("day_month", rf"{_MOD}?(?P<m>{_MON})\s+(?P<d>{_DAY})(?:{_TO}(?P<d2>{_DAY}))?"),
        (
            "month",
            r"(?:\b(?:[Ii]n|[Dd]uring|[Bb]y|[Uu]ntil|[Ss]ince|[Ff]rom|[Tt]hrough(?:out)?|of"
            rf"|[Bb]efore|[Aa]fter)\s+){_MOD}?(?P<m>{_MONFULL})",
        ),
        ("month", rf"{_MOD}(?P<m>{_MONFULL})"),
        (
            "season",
            rf"{_MOD}?(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)(?:\s+of)?,?\s+{_YEAR}",
        ),
        ("year", rf"{_MOD}(?P<y>\d{{4}})(?![\ds%]|[.,]\d)"),
        ("decade", rf"(?<![\d$£€.,]){_MOD}?(?P<y>\d{{2,3}}0)s(?![a-z])"),
        (
            "century",
            r"\b(?P<n>\d{1,2})(?:st|nd|rd|th)[\s-]+(?:century|Century(?!\s+[A-Z]))(?!\s*B)",
        ),
        ("century", rf"(?i:\b(?P<w>{'|'.join(ORDINAL_WORDS)})[\s-]+century)(?!\s*B)(?!\s+[A-Z])"),
        ("era", rf"(?<![\d.,])(?P<y>\d{{1,4}})\s?(?P<era>{_ERA})"),
        ("era", r"\b(?P<pre>AD|A\.D\.)\s?(?P<y>\d{1,4})(?!\d)"),
    )
]

ANAPHORA: list[tuple[re.Pattern[str], str, int]] = [
    (re.compile(p, re.IGNORECASE), unit, off)
    for p, unit, off in (
        (r"\b(?:in\s+)?(?:that|the)\s+(?:very\s+)?same\s+year\b", "year", 0),
        (r"\b(?:(?:later|earlier)\s+)?(?:in\s+)?that\s+year\b", "year", 0),
        (r"\b(?:in\s+)?the\s+(?:following|next|subsequent)\s+year\b", "year", 1),
        (r"\b(?:in\s+)?the\s+(?:previous|preceding|prior)\s+year\b", "year", -1),
        (r"\b(?:(?:later|earlier)\s+)?(?:in\s+)?that\s+(?:same\s+)?month\b", "month", 0),
        (r"\b(?:in\s+)?the\s+(?:following|next|subsequent)\s+month\b", "month", 1),
        (r"\b(?:in\s+)?the\s+(?:previous|preceding|prior)\s+month\b", "month", -1),
        (
            r"\b(?:the\s+(?:end|beginning|start|middle)\s+of\s+(?:the|that)\s+(?:same\s+)?year)\b",
            "year",
            0,
        ),
        (
            r"\b(?:the\s+(?:end|beginning|start|middle)\s+of\s+(?:the|that)\s+(?:same\s+)?month)\b",
            "month",
            0,
        ),
        (
            r"\b(?:later\s+)?(?:on\s+)?that\s+(?:same\s+)?(?:day|night|evening|morning|afternoon)\b",
            "day",
            0,
        ),
        (r"\b(?:on\s+)?the\s+same\s+day\b(?!\s+as\b)", "day", 0),
        (r"\bthe\s+(?:following|next)\s+(?:day|night|evening|morning|afternoon)\b", "day", 1),
        (r"\bthe\s+(?:previous|preceding)\s+(?:day|night|evening|morning|afternoon)\b", "day", -1),
    )
]
LATER = re.compile(
    rf"\b(?P<n>{'|'.join(COUNT_WORDS)}|\d{{1,2}})\s+(?P<u>year|month|day)s?\s+"
    r"(?P<dir>later|earlier)\b",
    re.IGNORECASE,
)
# "between then and the 25th": a day of the month last established
DAY_OF_MONTH = re.compile(
    r"\b(?:on|by|until|till|before|after|and|from|to)\s+(?P<q>the\s+(?P<d>[12]\d|3[01]|0?[1-9])"
    r"(?:st|nd|rd|th))(?=\s*[,.;)]|\s*$)",
    re.IGNORECASE,
)
CHAIN = re.compile(rf"\s*(?:,|and|or|to|through|until|[–—-])\s*{_MOD}?(?P<m>{_MONFULL})")
