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


# Days that fall on one date every year: (month, day, named without its year too). The
# year-less ones name a day ("Christmas Day", "Boxing Day"); "Christmas" alone needs a year.
HOLIDAYS: dict[str, tuple[int, int, bool]] = {
    "Christmas Day": (12, 25, True), "Christmas Eve": (12, 24, True), "Christmas": (12, 25, False),
    "New Year's Day": (1, 1, True), "New Year's Eve": (12, 31, True), "Boxing Day": (12, 26, True),
    "Halloween": (10, 31, False), "Valentine's Day": (2, 14, True),
    "St. Patrick's Day": (3, 17, True), "St Patrick's Day": (3, 17, True),
    "Saint Patrick's Day": (3, 17, True), "Bastille Day": (7, 14, True),
    "Armistice Day": (11, 11, True), "Remembrance Day": (11, 11, True),
    "Guy Fawkes Night": (11, 5, True), "Bonfire Night": (11, 5, True),
    "All Saints' Day": (11, 1, True), "All Souls' Day": (11, 2, True), "Michaelmas": (9, 29, False),
    "Candlemas": (2, 2, False), "Lady Day": (3, 25, True), "Midsummer Day": (6, 24, True),
}  # fmt: skip


def holiday_key(written: str) -> str:
    """The :data:`HOLIDAYS` key of a holiday as written (curly apostrophes, spacing)."""
    return re.sub(r"\s+", " ", written.replace("’", "'"))


_HOLIDAY_INITIALS = "".join(sorted({h[0] for h in HOLIDAYS}))
_HOLIDAY = "|".join(
    re.escape(h).replace("'", "['’]").replace(r"\ ", r"\s+")
    for h in sorted(HOLIDAYS, key=len, reverse=True)
)

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
        # "the '90s", "the ’60s": a decade of the 1900s ('00s and '10s: of the 2000s)
        ("decade", r"(?<![\w'’])['’](?P<yy>\d)0s(?![a-z])"),
        ("holiday", rf"(?=[{_HOLIDAY_INITIALS}])\b(?P<h>{_HOLIDAY})(?:,?\s+{_YEAR})?(?![\w'’])"),
        (
            "century",
            r"\b(?P<n>\d{1,2})(?:st|nd|rd|th)[\s-]+(?:century|Century(?!\s+[A-Z]))(?!\s*B)",
        ),
        ("century", rf"(?i:\b(?P<w>{'|'.join(ORDINAL_WORDS)})[\s-]+century)(?!\s*B)(?!\s+[A-Z])"),
        ("era", rf"(?<![\d.,])(?P<y>\d{{1,4}})\s?(?P<era>{_ERA})"),
        ("era", r"\b(?P<pre>AD|A\.D\.)\s?(?P<y>\d{1,4})(?!\d)"),
    )
]

# What each pattern cannot match without (a digit, a month name, a holiday, the word
# "century"), so that a sentence is scanned only by the patterns whose cues it holds.
PATTERN_CUES: list[frozenset[str]] = [
    frozenset(needs.split())
    for needs in (
        "digit",  # iso
        "digit month",  # full
        "digit month",  # full
        "digit month",  # month_year
        "digit month",  # day_month
        "digit month",  # day_month
        "month",  # month after a preposition
        "month",  # month after early/mid/late
        "digit",  # season
        "digit",  # year after early/mid/late
        "digit",  # decade
        "digit",  # 'decade
        "holiday",  # holiday
        "digit",  # 3rd century
        "century",  # third century
        "digit",  # era
        "digit",  # AD era
    )
]
_CUES = {
    "digit": re.compile(r"\d"),
    "month": re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"),
    "holiday": re.compile(rf"(?:{_HOLIDAY})"),
    "century": re.compile(r"century", re.IGNORECASE),
    # the anaphora and "N years later" name one of these
    "anaphor": re.compile(r"year|month|day|night|evening|morning|afternoon", re.IGNORECASE),
}


def sentence_cues(text: str) -> frozenset[str]:
    """The cues of :data:`_CUES` that ``text`` holds."""
    return frozenset(name for name, cue in _CUES.items() if cue.search(text))


# "the day before" stands alone; "the day before the attack" is dated by the attack.
_NO_OBJECT = (
    r"(?!\s+(?:the|a|an|his|her|its|their|our|this|that|these|those|he|she|it|they|we|"
    r"yesterday)\b|\s+(?-i:[A-Z0-9]))"
)

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
        (rf"\bthe\s+month\s+before\b{_NO_OBJECT}", "month", -1),
        (rf"\bthe\s+(?:day|night|evening)\s+before\b{_NO_OBJECT}", "day", -1),
        (rf"\bthe\s+(?:day|night|evening)\s+after\b{_NO_OBJECT}", "day", 1),
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
assert len(PATTERN_CUES) == len(PATTERNS), "every date pattern needs its cues"

# "between then and the 25th": a day of the month last established
DAY_OF_MONTH = re.compile(
    r"\b(?:on|by|until|till|before|after|and|from|to)\s+(?P<q>the\s+(?P<d>[12]\d|3[01]|0?[1-9])"
    r"(?:st|nd|rd|th))(?=\s*[,.;)]|\s*$)",
    re.IGNORECASE,
)
CHAIN = re.compile(rf"\s*(?:,|and|or|to|through|until|[–—-])\s*{_MOD}?(?P<m>{_MONFULL})")
