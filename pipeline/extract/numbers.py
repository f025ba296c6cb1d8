"""Numbers in running text: digits with separators, fractions, multiplier words, spelled-out
numbers (``twenty-four``, ``a dozen``, ``two hundred and fifty``).

:func:`find_numbers` returns every number expression of a text as :class:`Number` spans; it
does not judge whether a number is a quantity (see ``quantities.py``). All values are finite.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from typing import Final

from pipeline.extract.currencies import CURRENCY_PREFIX_RE

MAX_VALUE: Final = 1e18  # larger "quantities" in encyclopedic prose are noise

MULTIPLIERS: Final[dict[str, float]] = {
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "lakh": 1e5,
    "crore": 1e7,
}
# Abbreviated multipliers, only trusted after a currency ("$1.7m", "£2bn").
MONEY_MULTIPLIERS: Final[dict[str, float]] = {
    "k": 1e3, "K": 1e3, "m": 1e6, "M": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9,
    "B": 1e9, "tn": 1e12,
}  # fmt: skip

_SMALL_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
)
SMALL_NUMBERS: Final[dict[str, int]] = {w: i for i, w in enumerate(_SMALL_WORDS.split())}
_SMALL = SMALL_NUMBERS
_TENS_WORDS = "twenty thirty forty fifty sixty seventy eighty ninety"
_TENS: Final[dict[str, int]] = {w: 10 * (i + 2) for i, w in enumerate(_TENS_WORDS.split())}
_SCALES: Final[dict[str, float]] = {"hundred": 100.0, "dozen": 12.0, **MULTIPLIERS}
NUMBER_WORDS: Final[frozenset[str]] = frozenset(_SMALL) | frozenset(_TENS) | frozenset(_SCALES)

_VULGAR = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞"
_THOUSANDS_SPACE = "\u00a0\u202f\u2009\u2007"
_APOSTROPHES = "'’"
# 1,00,000 (Indian lakh grouping) | 1,500 | 400 000 (no-break/thin space) | 1'000'000 (Swiss)
# | 1500 | 18.5 — then an optional fraction.
_DIGITS = (
    rf"(?:\d{{1,2}}(?:,\d{{2}})+,\d{{3}}|\d{{1,3}}(?:,\d{{3}})+"
    rf"|\d{{1,3}}(?:[{_THOUSANDS_SPACE}]\d{{3}})+|\d{{1,3}}(?:[{_APOSTROPHES}]\d{{3}})+|\d+)(?:\.\d+)?"
    r"|(?<![\d.])\.\d+"
)
# "232 2 ⁄ 3" (WikiText's spaced fraction); "431 ⁄ 3" is the same with the space lost (43 1⁄3).
DIGIT_RE: Final[re.Pattern[str]] = re.compile(
    rf"(?P<num>{_DIGITS})"
    rf"(?:(?P<frac>[ \u00a0]?[{_VULGAR}])|[ \u00a0](?P<fnum>\d{{1,3}})[ \u00a0]?⁄[ \u00a0]?"
    rf"(?P<fden>\d{{1,3}})(?!\d)|[ \u00a0]?⁄[ \u00a0]?(?P<gden>\d{{1,3}})(?!\d))?"
    rf"|(?P<lone>[{_VULGAR}])"
)
MULTIPLIER_RE: Final[re.Pattern[str]] = re.compile(
    r"\s+(?P<mult>" + "|".join(MULTIPLIERS) + r")\b(?![-\u2010]\w)", re.IGNORECASE
)
MONEY_MULTIPLIER_RE: Final[re.Pattern[str]] = re.compile(
    r"\s?(?P<mult>mln|mn|bn|tn|[kKmMbB])\b(?![.,]\d)"
)
_WORD_RE: Final[re.Pattern[str]] = re.compile(r"[A-Za-z]+")
_JOIN_RE: Final[re.Pattern[str]] = re.compile(
    r"(?:\s+|[-\u2010\u2011])(?:and(?:\s+|[-\u2010\u2011]))?"
)


@dataclass(frozen=True)
class Number:
    """A number expression ``text[start:end]`` (multiplier word included)."""

    start: int
    end: int
    value: float
    spelled: bool  # written in words
    integer: bool  # no decimals, fraction or multiplier
    plain: bool  # digits only, without thousands separator ("1985", "22")
    word: str = ""  # the lower-cased number word for single-word spelled numbers ("one")
    mult: float = 1.0  # the multiplier word's factor ("18.5 billion" → 1e9)


def _finite(value: float) -> bool:
    return math.isfinite(value) and abs(value) <= MAX_VALUE


def parse_digits(raw: str) -> float | None:
    """``"1,500"`` → 1500.0, ``"400\u00a0000"`` → 400000.0; ``None`` when not a finite number."""
    cleaned = raw.replace(",", "")
    for ch in _THOUSANDS_SPACE + _APOSTROPHES:
        cleaned = cleaned.replace(ch, "")
    if not cleaned or len(cleaned) > 40:
        return None
    try:
        value = float(cleaned)
    except ValueError:
        try:
            value = float(unicodedata.normalize("NFKC", cleaned))
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
    return code is None or not code.group("code")


def peso_glued(text: str, start: int) -> bool:
    """Is the number at ``start`` glued to a lone ``P``, the peso sign of Philippine texts?"""
    return text[start - 1 : start] == "P" and not text[max(0, start - 2) : start - 1].isalnum()


def _digit_numbers(text: str, peso: bool) -> list[Number]:
    found: list[Number] = []
    for m in DIGIT_RE.finditer(text):
        glued = peso and peso_glued(text, m.start())  # "P273 million", not "P51"
        if _inside_token(text, m.start()) and not glued:
            continue
        if m.group("lone"):
            frac = unicodedata.numeric(m.group("lone"))
            found.append(Number(m.start(), m.end(), frac, False, False, False))
            continue
        value = parse_digits(m.group("num"))
        if value is None:
            continue
        integer = "." not in m.group("num")
        plain = integer and m.group("num").isdigit()
        end = m.end()
        if m.group("frac"):
            value += unicodedata.numeric(m.group("frac").strip())
            integer = plain = False
        elif m.group("gden") and m.group("num").isdigit() and len(m.group("num")) > 1:
            whole, numerator, den = (
                m.group("num")[:-1],
                int(m.group("num")[-1]),
                int(m.group("gden")),
            )
            if 0 < numerator < den:
                value = int(whole) + numerator / den
                integer = plain = False
            else:
                end = m.end("num")
        elif m.group("gden"):
            end = m.end("num")
        elif m.group("fnum"):
            den = int(m.group("fden"))
            if den == 0 or int(m.group("fnum")) >= den:
                end = m.end("num")
            else:
                value += int(m.group("fnum")) / den
                integer = plain = False
        factor = 1.0
        mult = MULTIPLIER_RE.match(text, end)
        if mult is not None:
            factor = MULTIPLIERS[mult.group("mult").lower()]
            if _finite(value * factor):
                value, end, integer, plain = value * factor, mult.end(), False, False
            else:
                factor = 1.0
        if glued and factor == 1.0:
            continue
        found.append(Number(m.start(), end, value, False, integer, plain, "", factor))
    return found


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
            if nxt not in _SCALES or gap.strip():
                i += 1
                continue
        elif w not in NUMBER_WORDS or w in _SCALES:
            i += 1
            continue
        j = i + 1 if article else i
        total, current, last, factor = 0.0, 0.0 if article else -1.0, "", 1.0
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
                current = max(current, 0.0) + val
            elif tok in _SCALES:
                scale = _SCALES[tok]
                base = current if current > 0 else 1.0
                if scale >= 1000:
                    total += base * scale
                    factor = scale
                    current = 0.0
                else:
                    current = base * scale
            else:
                break
            last, end = tok, words[j].end()
            j += 1
        value = total + max(current, 0.0)
        if last and _finite(value):
            single = j - i == 1 and not article
            word = w if single else ""
            found.append(Number(words[i].start(), end, value, True, True, False, word, factor))
        i = max(j, i + 1)
    return found


def find_numbers(text: str, *, peso: bool = False) -> list[Number]:
    """All number expressions of ``text``, in order, without overlaps. ``peso``: the text is
    Philippine, so ``P`` glued to an amount with a multiplier word (``P273 million``) is one."""
    spans = sorted(
        _digit_numbers(text, peso) + _spelled_numbers(text), key=lambda n: (n.start, -n.end)
    )
    result: list[Number] = []
    for n in spans:
        if result and n.start < result[-1].end:
            continue
        result.append(n)
    return result
