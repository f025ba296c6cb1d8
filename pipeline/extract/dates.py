"""Find and parse calendar date expressions inside a text span.

Pure, context-free functions: ``find_dates(text)`` returns every date expression it can
recognise in ``text`` as :class:`DateMention` records, sorted by position and not
overlapping (except the two parts of a day range such as ``30 – 31 December``).
Absolute mentions carry ``year`` (astronomical numbering: 1 BC is 0, 27 BC is -26) and
``iso``; relative mentions (``On 4 August``, ``in July``, ``the next day``) have
``year is None`` and must be resolved by the caller from document context
(see ``pipeline.extract.events``).
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate

from pipeline.extract.calendar import MONTHS
from pipeline.extract.date_patterns import (
    ANAPHORA,
    CHAIN,
    COUNT_WORDS,
    DAY_OF_MONTH,
    HOLIDAYS,
    LATER,
    ORDINAL_WORDS,
    PATTERN_CUES,
    PATTERNS,
    holiday_key,
    sentence_cues,
)
from pipeline.extract.qualifiers import amount_lead
from pipeline.extract.words import DETERMINERS, FOR_YEAR_NOUNS, words


def days_in_month(year: int, month: int) -> int:
    """Days of ``month`` in the proleptic Gregorian ``year`` (astronomical numbering)."""
    if month == 2:
        return 29 if calendar.isleap(year) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def iso_date(year: int, month: int | None = None, day: int | None = None) -> str:
    """ISO 8601 prefix for an astronomical year: ``iso_date(-26)`` → ``-0026``. A day the
    month does not have (``31 February``) is left out: the month is what the text states."""
    out = f"{'-' if year < 0 else ''}{abs(year):04d}"
    if month:
        out += f"-{month:02d}"
        if day and day <= days_in_month(year, month):
            out += f"-{day:02d}"
    return out


@dataclass(frozen=True)
class DateMention:
    """One date expression; ``text[start:end] == quote``.

    kind: ``full`` (day, month, year), ``month_year``, ``year``, ``range`` (a year reached
    through a range such as ``1931–33`` or ``from 731 to 734``), ``season`` (``late autumn of
    1940``, resolved to the year), ``decade``, ``century``, ``iso``; relative kinds with
    ``year is None``: ``day_month``, ``month``, ``anaphora`` (``unit`` in year/month/day and
    ``offset`` relative to the date last established, or ``unit`` day_of_month and ``day``:
    ``the 25th``).
    """

    start: int
    end: int
    quote: str
    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    modifier: str | None = None  # early / mid / late
    unit: str | None = None  # anaphora only
    offset: int = 0  # anaphora only
    weak: bool = False  # small number read as a year only because of a preposition ("in 59")

    @property
    def iso(self) -> str | None:
        """Resolved ISO 8601 prefix, or None for relative mentions."""
        if self.year is None:
            return None
        if self.kind == "decade":
            return iso_date(self.year)[:-1]
        if self.kind == "century":
            return iso_date(self.year)[:2]
        return iso_date(self.year, self.month, self.day)


# --- bare numbers ----------------------------------------------------------------------
# a bare number; "2001/02" and "1999/2000" (a season or fiscal year) are two years
_NUM = re.compile(
    r"(?<![\w$£€¥#.,/:\u2044-])(\d{2,4})(?![\w%\u2044°]|[.,:]\d|/(?!\d\d(?:\d\d)?(?![\d/])))"
)
_RANGE_TAIL = re.compile(
    r"(?P<sep>\s*[–—-]\s*|\s+(?:to|and|or|until|till|through)\s+|/)(?P<n>\d{2,4})"
    r"(?![\w%\u2044°]|[.,:/]\d)"
)
_TIME = re.compile(r"\s?:\s?\d\d(?!\d)")
_PREV = re.compile(r"(\S+)\s*$")
_NEXT = re.compile(r"\s*(\S+)")
_TEMPORAL = words(
    "in since by until till before after from during between through throughout circa c. ca. "
    "around of"
)
_SMALL_CUES = words("born died b. d. c. ca. circa")
_SMALL_OK_NEXT = words(
    "and or to when where after before as but while until at in on he she it they the his her "
    "which who following during bc ad bce ce"
)
_QUANT = words(
    "over about approximately nearly almost some roughly more less fewer than least most total "
    "estimated only just exactly additional another extra with per x × times around"
)
_ID_WORDS = words(
    "no nos number numbers route routes highway interstate road page pages p pp "
    "chapter section vol volume issue episode flight model type mk mark platform gate room "
    "level grade rank ranked score scored code id isbn issn version v track bus cr ny sr us "
    "# tel fax squadron"
)
_UNIT_WORDS = words(
    "km m mm cm ft feet foot inch inches mi mile miles metres meters metre meter "
    "kilometres kilometers kilometre kilometer yards yd acres acre hectares ha kg g lb lbs "
    "pounds tons tonnes t hp mph knots kn kw mw rpm °c °f percent % utc gmt z hours hrs h hr "
    "local est pst am pm a.m p.m seconds minutes votes points runs sq square cubic yen dollars "
    "euros yuan rmb rupees francs"
)
# Nouns a number counts ("300 soldiers"); a year still precedes them after "in" or "by" ("In
# 1943 troops landed").
_COUNT_NOUNS = words(
    "people persons men women troops soldiers residents inhabitants households families "
    "students employees workers members copies units cases deaths casualties prisoners"
)
# A time-zone word marks a clock time ("1600 local"), but not after a determiner: "the 1920
# local elections" is a year.
_ZONE_WORDS = words("local utc gmt est pst z")
_FUNCTION_S = words(
    "was has this its his hers as is thus always perhaps whereas unless besides towards "
    "afterwards across plus less news series species"
)
_PERIOD_OF_YEAR = re.compile(r"[QH][1-4]|FY")
_TEMPORAL_CAP = words(
    "In Since By Until Before After From During Between Circa Around About C. For Throughout"
)
# After a span of two years these make it one season ("the 2008–09 season"), not two years.
_SEASON_NOUNS = words("season team squad campaign term budget fiscal")
# Prepositions that make a year of the number after them even before a plural noun ("By 1850
# settlers had arrived"); "of 1500 men" stays a count.
_YEAR_PREPOSITIONS = words("in by since until till before after during")
# Words of approximation between a year's cue and the year: "born around 670", "in about 610"
_APPROX_YEAR = words("around about c. ca. circa approximately")


def _prev_token(text: str, i: int) -> str:
    m = _PREV.search(text, max(0, i - 40), i)
    return m.group(1) if m else ""


def _next_token(text: str, i: int) -> str:
    m = _NEXT.match(text, i)
    return m.group(1) if m else ""


def _word(token: str) -> str:
    return token.strip("\"'“”‘’()[],;:!?.").lower()


def _bad_follow(token: str) -> bool:
    """The token after a number marks the number as an amount, not a year."""
    if token[:1] and token[:1] in "-⁄/%°":
        return True
    w = _word(token)
    return w in _UNIT_WORDS or "/" in w


def _is_plural_noun(token: str) -> bool:
    w = token.rstrip(".,;:!?)\"'")
    return (
        w.isalpha()
        and w.islower()
        and len(w) >= 4
        and w.endswith("s")
        and not w.endswith(("ss", "us", "is"))
        and w not in _FUNCTION_S
    )


def _bracketed_span(text: str, start: int, end: int, tail_end: int) -> bool:
    """``(139-163)``: a span of two numbers that fills a bracket, the dates of a life or reign."""
    return (
        tail_end > end and text[start - 1 : start] == "(" and text[tail_end : tail_end + 1] == ")"
    )


# "until at least 2030", "by at the latest 2025": a bound on a date
_DATED_BOUND = re.compile(
    r"\b(?:until|till|by|since|before|after|from|in)\s+at\s+(?:least|most)\s+$"
)


def _counts_after(token: str) -> bool:
    """Is the token after a number a word it counts ("men", "contractors"), not a function word,
    a name or punctuation ("around 1800 and", "about 1900.")?"""
    w = _word(token)
    return bool(w) and token[:1].islower() and w.isalpha() and w not in _SMALL_OK_NEXT


def _classify_number(text: str, start: int, end: int, tail_end: int) -> tuple[bool, bool]:
    """(is_year, weak) for the bare number text[start:end]; tail_end is where a range ends."""
    n = int(text[start:end])
    prev = _prev_token(text, start)
    pw = prev.lstrip("([\"'“‘").lower()
    pw = pw if pw in ("c.", "ca.", "b.", "d.") else _word(prev)
    if pw in _APPROX_YEAR and end - start < 4:  # "born around 670": the cue before "around"
        cue = _prev_token(text, start - len(prev) - 1)
        cue_word = cue.lower() if cue.lower() in ("c.", "ca.", "b.", "d.") else _word(cue)
        if cue_word in _SMALL_CUES or cue_word in _YEAR_PREPOSITIONS:
            prev, pw = cue, cue_word
    nxt = _next_token(text, tail_end)
    after_word = prev[-1:] == ":" and prev[:-1].isalpha()  # "Vichy French attacks: 1940"
    signed = bool(prev) and prev[-1] in "$£€¥–—-:"  # ("" is in every string)
    if (signed and not after_word) or prev.upper() in ("US$", "RMB", "RS", "RS."):
        return False, False
    if _TIME.match(text, end):
        return False, False
    if _bad_follow(nxt) and not (pw in DETERMINERS and _word(nxt) in _ZONE_WORDS):
        return False, False
    if _word(nxt) in _COUNT_NOUNS and not (end - start == 4 and pw in _YEAR_PREPOSITIONS):
        return False, False
    if end - start < 4:
        if pw in _SMALL_CUES and n > 0:
            return True, False
        if _bracketed_span(text, start, end, tail_end) and n > 0:
            return True, True
        the_year = pw == "year" and _word(_prev_token(text, start - len(prev) - 1)) == "the"
        if (the_year or (pw in _TEMPORAL and pw not in ("of", "around", "circa"))) and n > 0:
            nw = _word(nxt)
            if not nw or nxt[:1] in ".,;:)!?" or nw in _SMALL_OK_NEXT:
                return True, True
        return False, False
    if not 1000 <= n <= 2100 or pw in _ID_WORDS:
        return False, False
    period = _PERIOD_OF_YEAR.fullmatch(prev) is not None  # "Q3 2023", "H1 2024", "FY 2022"
    capital = prev[:1].isupper() and not after_word  # "Raids: 1941" ends a phrase at the colon
    if capital and prev not in _TEMPORAL_CAP and pw not in MONTHS and pw != "the":
        if period:
            return True, False
        return False, False
    approximate_year = pw in ("about", "around") and not _counts_after(nxt)
    bounded_date = pw in ("least", "most") and _DATED_BOUND.search(text, max(0, start - 30), start)
    if pw in _QUANT and not approximate_year and not bounded_date:
        return False, False  # "about 300 men", "at least 1500"; not "until at least 2030"
    if amount_lead(text, start, pw):
        return False, False  # "up to 2000", "grew to 1800"
    if _is_plural_noun(nxt) and pw not in DETERMINERS and pw not in _YEAR_PREPOSITIONS:
        planned = pw == "for" and _word(_prev_token(text, start - len(prev) - 1)) in FOR_YEAR_NOUNS
        if not planned:  # "the budget for 2026 amounts to"; not "for 1500 men"
            return False, False
    return True, False


def _year_follow_ok(m: re.Match[str], year: int) -> bool:
    """``September 3, 300 North Koreans``: the number after a date is a count, not a year."""
    nxt = _next_token(m.string, m.end())
    if _bad_follow(nxt) or _word(nxt) in _COUNT_NOUNS:
        return False
    if _is_plural_noun(nxt):
        # "the August 14, 2008 races": a date between a determiner and its noun keeps its year;
        # so does a year written after its day and month without a comma ("3 May 1941 bombers")
        glued = "," not in m.string[m.start() : m.start("y")]
        determiner = _word(_prev_token(m.string, m.start())) in DETERMINERS
        return year >= 1000 and (determiner or glued)
    if year >= 1000 or m.groupdict().get("era") or m.groupdict().get("pre"):
        return True
    return not _word(nxt) or nxt[:1] in ".,;:)!?" or _word(nxt) in _SMALL_OK_NEXT


def _full_year(m: re.Match[str]) -> int | None:
    """Astronomical year of a _YEAR group, or None when it is not plausibly a year."""
    digits = m.group("y")
    era = (m.groupdict().get("era") or "").replace(".", "")
    y = int(digits)
    if era.startswith("B"):
        return 1 - y if y > 0 else None
    return y


# A decade next to "the 1900s" makes it a decade too: "the 1890s and 1900s", "1900s–1910s".
_DECADE_BEFORE = re.compile(
    r"\d{2,3}[1-9]0s\s*(?:,|and|or|to|through|until|into|[–—-])\s*(?:the\s+)?(?:(?:early|mid|late)"
    r"[-\s]+)?$",
    re.IGNORECASE,
)
_DECADE_AFTER = re.compile(
    r"\s*(?:\(decade\)|(?:,|and|or|to|through|until|into|[–—-])\s*(?:the\s+)?(?:(?:early|mid|late)"
    r"[-\s]+)?\d{2,3}[1-9]0s)",
    re.IGNORECASE,
)


def _hundreds_mean_century(text: str, m: re.Match[str], year: int) -> bool:
    """``the 1800s`` (a year ending in 00, before 2000) is the century unless it stands with
    decades (``the 1890s and 1900s``) or is called one (``the 1900s (decade)``); ``the
    2000s`` is the decade."""
    if year % 100 or year >= 2000:
        return False
    if _DECADE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
        return False
    return _DECADE_AFTER.match(text, m.end()) is None


def _from_pattern(kind: str, m: re.Match[str]) -> list[DateMention]:
    g = m.groupdict()
    mod = (g.get("mod") or "").lower() or None
    text = m.string
    out: list[DateMention] = []
    weak = False

    def add(s: int, e: int, k: str, y: int | None, mo: int | None = None, d: int | None = None):
        out.append(DateMention(s, e, text[s:e], k, y, mo, d, mod, weak=weak))

    if kind == "century":
        n = int(g["n"]) if g.get("n") else ORDINAL_WORDS.index(g["w"].lower()) + 1
        add(m.start(), m.end(), "century", (n - 1) * 100)
        return out
    if g.get("yy") is not None:  # "the '90s"
        add(m.start(), m.end(), "decade", (2000 if g["yy"] in "01" else 1900) + 10 * int(g["yy"]))
        return out
    if kind == "holiday":
        month, day, alone = HOLIDAYS[holiday_key(g["h"])]
        if g.get("y") is not None and _year_follow_ok(m, int(g["y"])):
            add(m.start(), m.end(), "full", _full_year(m), month, day)  # "Christmas Day 1914"
        elif alone:  # "on Boxing Day": the year from context
            add(m.start(), m.end("h"), "day_month", None, month, day)
        return out
    year: int | None = None
    if g.get("y") is not None:
        year = int(g["y"]) if kind in ("decade", "year", "iso") else _full_year(m)
        if year is None or (
            kind in ("full", "month_year", "season") and not _year_follow_ok(m, year)
        ):
            return out
        weak = len(g["y"]) < 3 and not g.get("era") and not g.get("pre")
        if weak and kind != "full" and year <= 31:
            return out  # "October 31" is a day, not a year
        if kind in ("year", "season", "decade") and year > 2100:
            return out
        if kind == "decade" and _hundreds_mean_century(text, m, year):
            kind = "century"  # "the 1800s": the 19th century
    mon = None if not g.get("m") else int(g["m"]) if kind == "iso" else MONTHS[g["m"].lower()[:3]]
    if kind in ("full", "day_month", "iso"):
        day = int(re.sub(r"\D", "", g["d"]))
        if g.get("d2"):
            s2 = m.start("d2")
            day2 = int(re.sub(r"\D", "", g["d2"]))
            add(m.start(), m.end(), kind, year, mon, day)
            if day2 > day:
                add(s2, m.end(), kind, year, mon, day2)
            return out
        add(m.start(), m.end(), kind, year, mon, day)
    elif kind == "month_year" and g.get("m2"):
        add(m.start(), m.end(), kind, year, mon)
        add(m.start("m2"), m.end(), kind, year, MONTHS[g["m2"].lower()[:3]])
    elif kind == "month":
        add(m.start("mod") if g.get("mod") else m.start("m"), m.end(), kind, None, mon)
    else:
        add(m.start(), m.end(), "year" if kind == "era" else kind, year, mon)
    return out


# Each anaphor names its unit ("that same year", "the next morning"): a sentence without
# the word is not searched for it.
_UNIT_WORDS_OF = {"year": ("year",), "month": ("month",),
                  "day": ("day", "night", "evening", "morning", "afternoon")}  # fmt: skip


def _anaphora(text: str, cues: frozenset[str]) -> list[DateMention]:
    low = text.lower()
    present = {unit for unit, names in _UNIT_WORDS_OF.items() if any(n in low for n in names)}
    out = [
        DateMention(m.start(), m.end(), m.group(), "anaphora", unit=unit, offset=off)
        for pat, unit, off in ANAPHORA
        if unit in present
        for m in pat.finditer(text)
    ]
    for m in DAY_OF_MONTH.finditer(text) if "digit" in cues else ():
        out.append(DateMention(m.start("q"), m.end("q"), m.group("q"), "anaphora", day=int(m.group("d")),
                               unit="day_of_month"))  # fmt: skip
    for m in LATER.finditer(text) if "anaphor" in cues else ():
        raw = m.group("n").lower()
        n = int(raw) if raw.isdigit() else COUNT_WORDS[raw]
        sign = 1 if m.group("dir").lower() == "later" else -1
        out.append(DateMention(m.start(), m.end(), m.group(), "anaphora", unit=m.group("u").lower(),
                               offset=sign * n))  # fmt: skip
    return out


def _bare_years(text: str, taken: list[tuple[int, int]], small_years: bool) -> list[DateMention]:
    out: list[DateMention] = []
    busy = [False] * (len(text) + 1)
    for s, e in taken:
        busy[s:e] = [True] * (e - s)
    skip_until = -1
    for m in _NUM.finditer(text):
        s, e = m.span()
        if s < skip_until or busy[s] or busy[e - 1]:
            continue
        tail = _RANGE_TAIL.match(text, e)
        if tail is not None:
            n_digits = len(tail.group("n"))
            plausible = n_digits == e - s or (n_digits == 2 and e - s == 4)
            if e - s < 4 and not (plausible and int(tail.group("n")) > int(m.group())):
                continue  # "from 147 to 37": a change of amount, not years
            if not plausible or any(busy[tail.start("n") : tail.end()]):
                tail = None
        year, weak = _classify_number(text, s, e, tail.end() if tail else e)
        if not year or (weak and not small_years):
            continue
        y = int(m.group())
        digits, sep = (tail.group("n"), tail.group("sep").strip()) if tail else ("", "")
        if tail is not None and sep == "/" and int(digits) % 100 == (y + 1) % 100:
            # ``2025/26``: one fiscal year or season, quoted whole, dated by its first year
            out.append(DateMention(s, tail.end(), text[s : tail.end()], "year", y, weak=weak))
            skip_until = tail.end()
            continue
        out.append(DateMention(s, e, m.group(), "year", y, weak=weak))
        if tail is None or sep == "/":
            continue  # "2004/2010": not one season
        y2 = int(digits)
        if len(digits) == 2 and e - s == 4 and sep in ("–", "—", "-", "to", "/"):
            y2 += y // 100 * 100 + (100 if y2 <= y % 100 else 0)
        elif len(digits) != e - s or (sep not in ("and", "or") and y2 <= y):
            continue
        skip_until = tail.end()
        if _word(_next_token(text, tail.end())) not in _SEASON_NOUNS and y2 - y < 1000:
            out.append(DateMention(tail.start("n"), tail.end(), digits, "range", y2, weak=weak))
    return out


def find_dates(text: str, *, small_years: bool = False) -> list[DateMention]:
    """Every date expression in ``text``, sorted by start.

    ``small_years=True`` also returns 2–3 digit numbers that are years only by a preceding
    preposition (``in 59``, ``from 731 to 734``), flagged ``weak``: use it for texts known to
    be about antiquity. Numbers that are counts, amounts, identifiers, times or scores are
    left out.
    """
    cues = sentence_cues(text)
    if not cues:
        return []  # no pattern can match: nothing to scan
    groups: list[list[DateMention]] = []  # the parts of one match are taken together
    for (kind, pat), needs in zip(PATTERNS, PATTERN_CUES, strict=True):
        if needs <= cues:
            for m in pat.finditer(text):
                if found := _from_pattern(kind, m):
                    groups.append(found)
    if "anaphor" in cues or "digit" in cues:
        groups.extend([a] for a in _anaphora(text, cues))
    groups.sort(key=lambda g: (g[0].start, -(max(x.end for x in g) - g[0].start)))
    chosen: list[DateMention] = []
    last_end = -1
    for group in groups:
        if group[0].start >= last_end:
            chosen.extend(group)
            last_end = max(x.end for x in group)
    chosen.extend(_chain_months(text, chosen))
    chosen.extend(_bare_years(text, [(c.start, c.end) for c in chosen], small_years))
    chosen.sort(key=lambda c: (c.start, c.end))
    return _inherit_years(text, [c for c in chosen if small_years or not c.weak])


class _Spans:
    """Spans ``(start, end)``; ``cover(pos)``: does one contain ``pos``? A bisection on the
    starts and the running maximum of the ends, not a scan of every span."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [a for a, _ in ordered]
        self.reach = list(accumulate((b for _, b in ordered), max))

    def cover(self, pos: int) -> bool:
        i = bisect_right(self.starts, pos)
        return i > 0 and self.reach[i - 1] > pos


def _chain_months(text: str, chosen: list[DateMention]) -> list[DateMention]:
    """``in July and early August``: bare months chained to a month mention."""
    out: list[DateMention] = []
    taken = _Spans([(c.start, c.end) for c in chosen])
    for c in chosen:
        if c.month is None or c.day is not None or c.kind == "anaphora":
            continue
        pos = c.end
        while (m := CHAIN.match(text, pos)) and not taken.cover(m.start("m")):
            s = m.start("mod") if m.group("mod") else m.start("m")
            if re.match(r"\s\d", text[m.end() : m.end() + 2]):
                break
            out.append(DateMention(s, m.end(), text[s : m.end()], "month", None,
                                   MONTHS[m.group("m").lower()]))  # fmt: skip
            pos = m.end()
    return out


def _inherit_years(text: str, ms: list[DateMention]) -> list[DateMention]:
    """``June and July 1950``, ``5 and 6 May 1999``: earlier parts take the later year."""
    out = list(ms)
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        gap = text[a.end : b.start]
        if (
            a.year is None
            and a.month
            and b.year is not None
            and b.month
            and re.fullmatch(r"\s*(?:,|and|or|to|through|until|[–—-])?\s*", gap)
        ):
            kind = "full" if a.day else "month_year"
            out[i] = DateMention(a.start, a.end, a.quote, kind, b.year, a.month, a.day,
                                     a.modifier)  # fmt: skip
    return out
