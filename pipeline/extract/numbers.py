"""Numbers in running text: digits with separators, fractions, multiplier words, spelled-out
numbers (``twenty-four``, ``a dozen``, ``two hundred and fifty``, ``two thirds``).

:func:`find_numbers` returns every number expression of a text as :class:`Number` spans; it
does not judge whether a number is a quantity (see ``quantities.py``). Values are exact
(:class:`~fractions.Fraction`): ``4.1 million`` is 4100000, not the float product of 4.1 and
1e6, so a published value is the float nearest to what the text says. All values are finite.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from fractions import Fraction
from typing import Final

from pipeline.extract.currencies import CURRENCY_PREFIX_RE

MAX_VALUE: Final = 10**18  # larger "quantities" in encyclopedic prose are noise

MULTIPLIERS: Final[dict[str, int]] = {
    "dozen": 12,
    "hundred": 100,
    "thousand": 10**3,
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
    "lakh": 10**5,
    "lakhs": 10**5,
    "lac": 10**5,
    "lacs": 10**5,
    "crore": 10**7,
    "crores": 10**7,
}
# Abbreviations that mean a multiplier after any number ("2.5bn dirhams", "Rs 40mn").
ABBREVIATED_MULTIPLIERS: Final[dict[str, int]] = {
    "bn": 10**9, "bln": 10**9, "mn": 10**6, "mln": 10**6, "tn": 10**12, "trn": 10**12,
}  # fmt: skip
# Abbreviated multipliers trusted only after a currency ("$1.7m", "£2bn", "$50k").
MONEY_MULTIPLIERS: Final[dict[str, int]] = {
    "k": 10**3, "K": 10**3, "m": 10**6, "M": 10**6, "b": 10**9, "B": 10**9,
    **ABBREVIATED_MULTIPLIERS,
}  # fmt: skip

_SMALL_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
)
SMALL_NUMBERS: Final[dict[str, int]] = {w: i for i, w in enumerate(_SMALL_WORDS.split())}
_SMALL = SMALL_NUMBERS
_TENS_WORDS = "twenty thirty forty fifty sixty seventy eighty ninety"
_TENS: Final[dict[str, int]] = {w: 10 * (i + 2) for i, w in enumerate(_TENS_WORDS.split())}
_SCALES: Final[dict[str, int]] = MULTIPLIERS
NUMBER_WORDS: Final[frozenset[str]] = frozenset(_SMALL) | frozenset(_TENS) | frozenset(_SCALES)
# The denominators of spelled fractions ("two thirds", "three quarters", "a fifth").
FRACTION_WORDS: Final[dict[str, int]] = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
    "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
    "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
}  # fmt: skip
# Denominators of a fraction written with a slash ("3/4 mile", "7 1/2 miles").
_SLASH_DENOMINATORS: Final = frozenset({2, 3, 4, 5, 6, 8, 10, 12, 16, 32, 64})

_VULGAR = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞"
_THOUSANDS_SPACE = "\u00a0\u202f\u2009\u2007"
_APOSTROPHES = "'’"
# 1,500 | 5,00,000 (Indian) | 400 000 (no-break/thin space) | 1'000'000 (Swiss) | 1.234.567
# | 1500 | 18.5 — then an optional fraction.
_DIGITS = (
    r"(?P<indian>\d{1,2}(?:,\d{2})+,\d{3}(?![,\d]))"
    rf"|(?:\d{{1,3}}(?:,\d{{3}})+|\d{{1,3}}(?:[{_THOUSANDS_SPACE}]\d{{3}})+"
    rf"|\d{{1,3}}(?:[{_APOSTROPHES}]\d{{3}})+"
    r"|(?P<dotted>\d{1,3}(?:\.\d{3}){2,}(?![.\d])|[1-9]\d{1,2}\.000(?![.,]?\d))|\d+)(?:\.\d+)?"
    r"|(?<![\d.])\.\d+"
)
# "232 2 ⁄ 3" (WikiText's spaced fraction); "431 ⁄ 3" is the same with the space lost (43 1⁄3);
# "7 1/2" and "3/4" with an ASCII slash.
DIGIT_RE: Final[re.Pattern[str]] = re.compile(
    rf"(?=[\d.{_VULGAR}])"  # fails fast where no number can start
    r"(?:(?<![\d/])(?P<snum>\d{1,2})/(?P<sden>\d{1,2})(?![\d/]|[.,]\d)"
    rf"|(?P<num>{_DIGITS})"
    rf"(?:(?P<frac>[ \u00a0]?[{_VULGAR}])|[ \u00a0](?P<fnum>\d{{1,3}})[ \u00a0]?⁄[ \u00a0]?"
    rf"(?P<fden>\d{{1,3}})(?!\d)|[ \u00a0]?⁄[ \u00a0]?(?P<gden>\d{{1,3}})(?!\d)"
    r"|[ \u00a0](?P<anum>\d{1,2})/(?P<aden>\d{1,2})(?![\d/]|[.,]\d))?"
    rf"|(?P<lone>[{_VULGAR}]))"
)
MULTIPLIER_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:\s+|(?<=\d)[-\u2010]?)(?P<mult>"  # "4.1 million", "C$275-million"
    + "|".join(sorted(MULTIPLIERS, key=len, reverse=True))
    + r")\b(?![-\u2010]\w)|\s?(?-i:(?P<abbr>"
    + "|".join(sorted(ABBREVIATED_MULTIPLIERS, key=len, reverse=True))
    + r"))\b(?![-\u2010]\w|[.,]\d)",
    re.IGNORECASE,
)
MONEY_MULTIPLIER_RE: Final[re.Pattern[str]] = re.compile(
    r"\s?(?P<mult>mln|mn|bn|tn|[kKmMbB])\b(?![.,]\d)"
)
# A Wikipedia citation or footnote mark: "[1]", "[12]", "[note 3]", "[a]", "[3]: 45".
CITATION_RE: Final[re.Pattern[str]] = re.compile(
    r"\[\s*(?:(?:note|notes|nb|n|fn|lower-alpha|upper-alpha)\s*)?(?:\d{1,3}|[a-z]{1,2})\s*\]"
    r"(?:\s?:\s?\d+(?:\s?[-–]\s?\d+)?)?",
    re.IGNORECASE,
)
# News writes a million as "m" before what it counts: "1.5m people", "3m visitors"; not a
# length ("the 400m hurdles", "a 3m wall", "Britain's 800m runners": races are run over
# round distances, so a multiple of 50 is never read as millions).
_NEWS_MILLION_RE: Final[re.Pattern[str]] = re.compile(
    r"m(?=\s+(?:(?!hurdles|heats|finals|relays|races|events|sprints)[a-z]{3,}s(?<!ss)(?<!us)|people|"
    r"children|men|women|staff|personnel|cattle|police)\b)"
)
_ARTICLE_BEFORE_RE: Final[re.Pattern[str]] = re.compile(r"\b(?:the|a|an)\s+$", re.IGNORECASE)
_WORD_RE: Final[re.Pattern[str]] = re.compile(r"[A-Za-z]+")
_JOIN_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:\s+|[-\u2010\u2011])(?:and(?:\s+|[-\u2010\u2011]))?"
)
_FRACTION_GAP_RE: Final[re.Pattern[str]] = re.compile(r"[ \u00a0]?[-\u2010\u2011 \u00a0]")


@dataclass(frozen=True)
class Number:
    """A number expression ``text[start:end]`` (multiplier word included); ``value`` is exact."""

    start: int
    end: int
    value: Fraction
    spelled: bool  # written in words
    integer: bool  # no decimals, fraction or multiplier
    plain: bool  # digits only, without thousands separator ("1985", "22")
    word: str = ""  # the lower-cased number word for single-word spelled numbers ("one")
    mult: int = 1  # the multiplier word's factor ("18.5 billion" → 10**9)
    slash: bool = False  # a lone fraction with an ASCII slash ("3/4"): a date or a ratio too
    fraction: bool = False  # a spelled fraction ("two thirds", "a quarter")


def _finite(value: Fraction) -> bool:
    return abs(value) <= MAX_VALUE


def parse_digits(raw: str) -> Fraction | None:
    """``"1,500"`` → 1500, ``"400\u00a0000"`` → 400000, ``"18.5"`` → 37/2, exactly; ``None``
    when not a finite number."""
    cleaned = raw.replace(",", "")
    for ch in _THOUSANDS_SPACE + _APOSTROPHES:
        cleaned = cleaned.replace(ch, "")
    if not cleaned or len(cleaned) > 40:
        return None
    whole, _, decimals = cleaned.partition(".")
    try:
        if whole.isdigit() and (not decimals or decimals.isdigit()) and whole.isascii():
            value = Fraction(int(whole + decimals), 10 ** len(decimals))  # exact, and fast
        else:
            value = Fraction(cleaned)
    except ValueError:
        try:
            value = Fraction(unicodedata.normalize("NFKC", cleaned))
        except ValueError:
            return None
    return value if _finite(value) else None


def _inside_token(text: str, start: int) -> bool:
    """Does a number at ``start`` begin inside a token: right after a letter or a digit
    (``1e400``, ``A380``, ``MP3``, ``4x4``, the ``0`` of ``1,5000``) or an exponent's caret
    (``10^400``)? A currency code glued to its amount (``RMB100``, ``Rs500``) is no token."""
    before = text[start - 1 : start]
    if before == "^":
        return True
    if not before.isalnum():
        return False
    code = CURRENCY_PREFIX_RE.search(text, max(0, start - 6), start)
    return code is None or not (code.group("code") or code.group("amb"))


def peso_glued(text: str, start: int) -> bool:
    """Is the number at ``start`` glued to a lone ``P``, the peso sign of Philippine texts?"""
    return text[start - 1 : start] == "P" and not text[max(0, start - 2) : start - 1].isalnum()


def _citation_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in CITATION_RE.finditer(text)] if "[" in text else []


def _slash_fraction(numerator: str, denominator: str) -> Fraction | None:
    num, den = int(numerator), int(denominator)
    if den not in _SLASH_DENOMINATORS or not 0 < num < den:
        return None
    return Fraction(num, den)


# --- a thousands comma followed by a stray space: "4, 500 acres", "12, 000 workers" ---------

_SPACED_GROUP_RE = re.compile(r",[ \u00a0](?P<g>\d{3})(?![\d,.⁄/])")
_NOT_BEFORE_SPACED_RE = re.compile(
    r"(?:\d\s?:\s?|\d,\s?|\d\s)$|(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
    r"\.?\s+$"
)
_LIST_AFTER_RE = re.compile(r"\s*(?:,|and\b|or\b|&)\s*\d")


def _spaced_thousands(text: str, start: int, end: int) -> tuple[Fraction, int] | None:
    """``4, 500``: the digits at ``start:end`` (one to three) and a stray-spaced group of three
    after them as one number; not after a time (``02: 47, 466``), a month (``September 3,
    300``), nor inside a list of numbers (``3, 100 and 200``)."""
    m = _SPACED_GROUP_RE.match(text, end)
    if m is None or not 1 <= end - start <= 3 or text[start] == "0":
        return None
    before = text[max(0, start - 12) : start]
    if _NOT_BEFORE_SPACED_RE.search(before) or _LIST_AFTER_RE.match(text, m.end()):
        return None
    return Fraction(int(text[start:end]) * 1000 + int(m.group("g"))), m.end()


def _with_fraction(text: str, m: re.Match[str], value: Fraction) -> tuple[Fraction, int]:
    """The value and end of the digits ``m["num"]`` with the fraction written after them
    (``18½``, ``232 2 ⁄ 3``, ``431 ⁄ 3`` for 43 1⁄3, ``7 1/2``); unchanged when there is none
    or it is no proper fraction."""
    num = m.group("num")
    if m.group("frac"):
        frac = Fraction(unicodedata.numeric(m.group("frac").strip())).limit_denominator(16)
        return value + frac, m.end()
    if m.group("gden"):
        numerator, den = int(num[-1]), int(m.group("gden"))
        if num.isdigit() and len(num) > 1 and 0 < numerator < den:
            return int(num[:-1]) + Fraction(numerator, den), m.end()
    elif m.group("fnum"):
        numerator, den = int(m.group("fnum")), int(m.group("fden"))
        if 0 < numerator < den:
            return value + Fraction(numerator, den), m.end()
    elif m.group("anum") and value.denominator == 1:
        part = _slash_fraction(m.group("anum"), m.group("aden"))
        if part is not None:
            return value + part, m.end()
    return value, m.end("num")


def _digit_numbers(text: str, peso: bool) -> list[Number]:
    found: list[Number] = []
    citations = _citation_spans(text)
    cite = 0
    for m in DIGIT_RE.finditer(text):
        while cite < len(citations) and citations[cite][1] <= m.start():
            cite += 1
        if cite < len(citations) and citations[cite][0] <= m.start():
            continue  # the "12" of "[12]"
        glued = peso and peso_glued(text, m.start())  # "P273 million", not "P51"
        if _inside_token(text, m.start()) and not glued:
            continue
        if m.group("lone"):
            frac = Fraction(unicodedata.numeric(m.group("lone"))).limit_denominator(16)
            found.append(Number(m.start(), m.end(), frac, False, False, False))
            continue
        if m.group("snum"):
            lone = _slash_fraction(m.group("snum"), m.group("sden"))
            if lone is not None:  # "3/4 mile"
                found.append(Number(m.start(), m.end(), lone, False, False, False, slash=True))
                continue
            value = Fraction(int(m.group("snum")))  # "9/11": the 9 alone
            end = m.end("snum")
            integer = plain = True
        else:
            dotted = m.group("dotted")  # "1.234.567", "10.000": dots between thousands
            parsed = parse_digits(dotted.replace(".", "") if dotted else m.group("num"))
            if parsed is None:
                continue
            value = parsed
            integer = "." not in m.group("num") or m.group("dotted") is not None
            plain = integer and m.group("num").isdigit()
            value, end = _with_fraction(text, m, value)
            if end > m.end("num"):
                integer = plain = False
            elif plain and (spaced := _spaced_thousands(text, m.start(), end)) is not None:
                value, end, plain = spaced[0], spaced[1], False
        factor = 1
        while (mult := MULTIPLIER_RE.match(text, end)) is not None:  # "1.5 lakh crore"
            word = (mult.group("mult") or mult.group("abbr")).lower()
            scale = MULTIPLIERS.get(word) or ABBREVIATED_MULTIPLIERS[word]
            if scale <= 100 < factor or not _finite(value * scale):
                break  # "five thousand dozen" is no number; nor is one beyond MAX_VALUE
            value, end, integer, plain, factor = (
                value * scale,
                mult.end(),
                False,
                False,
                factor * scale,
            )
        news = _NEWS_MILLION_RE.match(text, end) if factor == 1 else None
        if (
            news
            and value % 50
            and not _ARTICLE_BEFORE_RE.search(text, max(0, m.start() - 5), m.start())
        ):
            value, end, integer, plain, factor = value * 10**6, news.end(), False, False, 10**6
        if glued and factor == 1:
            continue
        found.append(Number(m.start(), end, value, False, integer, plain, "", factor))
    return found


def _fraction_after(text: str, words: list[re.Match[str]], j: int, end: int) -> int:
    """Index of a fraction word right after the numerator ending at ``end`` (``two thirds``,
    ``three-quarters``), or -1."""
    if j >= len(words) or words[j].group().lower() not in FRACTION_WORDS:
        return -1
    return j if _FRACTION_GAP_RE.fullmatch(text, end, words[j].start()) else -1


def _spelled_numbers(text: str) -> list[Number]:
    words = list(_WORD_RE.finditer(text))
    found: list[Number] = []
    i = 0
    while i < len(words):
        w = words[i].group().lower()
        article = w in ("a", "an") and i + 1 < len(words)
        if article:
            nxt = words[i + 1].group().lower()
            gap = text[words[i].end() : words[i + 1].start()]
            if gap.strip() or (nxt not in _SCALES and nxt not in FRACTION_WORDS):
                i += 1
                continue
            if nxt in FRACTION_WORDS:  # "a third of", "a quarter mile"
                value = Fraction(1, FRACTION_WORDS[nxt])
                found.append(Number(words[i].start(), words[i + 1].end(), value, True, False,
                                    False, "", 1, fraction=True))  # fmt: skip
                i += 2
                continue
        elif w == "half" and i + 2 < len(words) and words[i + 1].group().lower() in ("a", "an"):
            scale = _SCALES.get(words[i + 2].group().lower(), 0)
            if scale >= 1000:  # "half a million"
                found.append(Number(words[i].start(), words[i + 2].end(), Fraction(scale, 2),
                                    True, False, False, "", scale))  # fmt: skip
                i += 3
            else:  # "half a mile", "half an hour": the unit is read by the caller
                found.append(Number(words[i].start(), words[i].end(), Fraction(1, 2), True,
                                    False, False, "", 1, fraction=True))  # fmt: skip
                i += 1
            continue
        elif w not in NUMBER_WORDS or w in _SCALES:
            i += 1
            continue
        j = i + 1 if article else i
        total, current, last, factor = 0, 0 if article else -1, "", 1
        end = words[i].end()
        while j < len(words):
            tok = words[j].group().lower()
            if tok == "and" and last in _SCALES and j + 1 < len(words):
                after = words[j + 1].group().lower()
                if (after in _SMALL or after in _TENS) and _JOIN_RE.fullmatch(
                    text[end : words[j + 1].start()]
                ):
                    j += 1
                    tok = after
            first = j == (i + 1 if article else i)
            if not first and not _JOIN_RE.fullmatch(text[end : words[j].start()]):
                break
            if tok in _SMALL or tok in _TENS:
                val = _SMALL.get(tok, _TENS.get(tok, 0))
                if last in _SMALL or (last in _TENS and not 0 < val < 10):
                    break  # "two three", "twenty thirty"; "twenty four" is one number
                current = max(current, 0) + val
            elif tok in _SCALES:
                scale = _SCALES[tok]
                base = current if current > 0 else 1
                if scale >= 1000:
                    total += base * scale
                    factor = scale
                    current = 0
                else:
                    current = base * scale
            else:
                break
            last, end = tok, words[j].end()
            j += 1
        value = Fraction(total + max(current, 0))
        den_at = _fraction_after(text, words, j, end) if last in _SMALL else -1
        if den_at >= 0 and 0 < value <= 10:  # "two thirds", "three-quarters"
            value /= FRACTION_WORDS[words[den_at].group().lower()]
            found.append(Number(words[i].start(), words[den_at].end(), value, True, False,
                                False, "", 1, fraction=True))  # fmt: skip
            i = den_at + 1
            continue
        if last and _finite(value):
            single = j - i == 1 and not article
            word = w if single else ""
            found.append(Number(words[i].start(), end, value, True, True, False, word, factor))
        i = max(j, i + 1)
    return found


# What a number cannot be written without: a digit or a vulgar fraction; a number word
# (or "half", or "a" before a scale or fraction word, which holds one of these words too).
_DIGIT_CUE: Final = re.compile(rf"[\d{_VULGAR}]")
_CUE_WORDS: Final = frozenset(NUMBER_WORDS | set(FRACTION_WORDS))
_LETTERS: Final = re.compile(r"[a-z]+")


def _has_number_word(text: str) -> bool:
    """Whether ``text`` holds a number word (a cue: a superset of what
    :func:`_spelled_numbers` reads; a word set beats one alternation of 60 words)."""
    return not _CUE_WORDS.isdisjoint(_LETTERS.findall(text.lower()))


def find_numbers(text: str, *, peso: bool = False) -> list[Number]:
    """All number expressions of ``text``, in order, without overlaps. ``peso``: the text is
    Philippine, so ``P`` glued to an amount with a multiplier word (``P273 million``) is one.
    Citation marks (``[12]``, ``[note 3]``) hold no numbers."""
    digits = _digit_numbers(text, peso) if _DIGIT_CUE.search(text) else []
    spelled = _spelled_numbers(text) if _has_number_word(text) else []
    if not digits and not spelled:
        return []
    spans = sorted(digits + spelled, key=lambda n: (n.start, -n.end))
    result: list[Number] = []
    for n in spans:
        if result and n.start < result[-1].end:
            continue
        result.append(n)
    return result
