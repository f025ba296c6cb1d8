"""Quantity extractor: amounts, measures, counts, money and percentages in sentences.

Each stated quantity becomes one :class:`~pipeline.model.Fact` whose ``quote`` is the exact
stating text (number, multiplier, currency and unit words; never qualifier words or the counted
noun). For one sentence:

1. find number expressions (:mod:`pipeline.extract.numbers`) and attach a currency prefix, a
   unit, a currency word or ``%`` to each (:mod:`pipeline.extract.units`); a unit stated once
   after a list applies to the list (``12, 25 and 81 tons``);
2. join ranges (``36 to 48 hours``, ``95 - 98%``, ``between X and Y``) and mark bracketed
   conversions (``30 km (19 mi)``), which share the qualifier of what they convert;
3. drop what is not a quantity: years, dates, times, ordinals, scores, numbers in names, codes
   and labels (``No. 20``, ``Route 31B``, ``Top 10``), ``one`` as a pronoun;
4. read qualifier, period (:class:`~pipeline.extract.numbers.Periods`), subject and attribute.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from pipeline.extract import numbers as nb
from pipeline.extract import units as un
from pipeline.extract.context import DateSpan, Periods, attribute_for, subject_for
from pipeline.extract.events import extract_events
from pipeline.model import Document, Event, Fact, Sentence

_S = r"[\s\u00a0]"
_RANGE_RE = re.compile(rf"{_S}*[–—‐‑-]{_S}*|{_S}+(?P<w>to|through|and|or){_S}+[−-]?")
_AND_GAP_RE = re.compile(rf",?{_S}+(?:and|or|&){_S}+")
_LIST_GAP_RE = re.compile(
    rf"{_S}*(?:,{_S}*(?:(?:and|or){_S}+)?|{_S}(?:and|or){_S}+)(?:finally{_S}+)?"
)
_SUSPENDED_RE = re.compile(rf"[-‐]{_S}+(?:and|or|to){_S}+$")
_DIMS_BY_RE = re.compile(rf"{_S}+(?:by|x|×){_S}+$")
_CONVERSION_RE = re.compile(
    rf"{_S}*(?:[(\[]|;){_S}*(?:(?:about|approximately|approx\.|around|roughly|c\.|ca\.|some|"
    rf"over|under|nearly|almost|up to|more than|less than|at least|~){_S}*)?",
    re.IGNORECASE,
)
_TEMPERATURES = frozenset({"degC", "degF", "kelvin"})
_MINUS_RE = re.compile(rf"(?:^|[\s(\[]|[^\d\s]{_S})[−-]$")
_HALF_RE = re.compile(rf"{_S}+and{_S}+a{_S}+half\b", re.IGNORECASE)
_FT_IN_RE = re.compile(rf"{_S}+(?P<n>\d{{1,2}}(?:\.\d+)?){_S}*(?:in\b\.?|inch(?:es)?\b|″|\")")
_LB_OZ_RE = re.compile(rf"{_S}+(?P<n>\d{{1,2}}(?:\.\d+)?){_S}*(?:oz|ounces?)\b")
_INCH_RE = re.compile(rf"{_S}?in\b\.?(?={_S}*[(\[)\];]|{_S}*$)")
_SECONDS_RE = re.compile(rf"{_S}?s\b(?!['’])")
_POUND_RE = re.compile(r"[-‐]pounds?\b")
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
_AGE_RE = re.compile(rf"\bage[sd]?(?:{_S}+of)?{_S}*$", re.IGNORECASE)
_COPULA_RE = re.compile(rf"\b(?:was|were|is|are|turned|turns){_S}+$", re.IGNORECASE)
_AGE_END_RE = re.compile(rf"{_S}*(?:[,.;)]|(?:at|when|and){_S}|$)")
_RANGE_AHEAD_RE = re.compile(rf"{_S}*(?:[–—-]|to{_S}+)[−-]?\d")
_AT_THE_TIME_RE = re.compile(rf",?{_S}+at{_S}+the{_S}+time\b")
_ONE_SKIP_PREV = un.words("the any this that no every each which whichever another a an in")
_ONE_SKIP_NEXT = un.words(
    """of who whom whose which that another else has had have can could must should would will
    may might is was does did cannot point time stage by"""
)
_YEAR_LEAD = un.words("of in and around about c circa ca until since by")
_ONE_DAY_OK = un.words("later earlier after before ago of long old prior afterwards")
_PREV_WORD_RE = re.compile(rf"([A-Za-z][\w'’.]*){_S}*[-‐]?{_S}*$")
_NEXT_WORD_RE = re.compile(rf"[-‐]?{_S}*([A-Za-z][\w'’]*)")


@dataclass(frozen=True)
class _Ctx:
    start_at: int  # where the sentence's first word starts
    ancient: bool  # the article dates things AD/BC, so bare "in 64" is a year
    doc_yen: str  # what "¥" means in this article


@dataclass
class _Cand:
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
    conversion_of: _Cand | None = None
    drop: bool = False
    minus: bool = False  # a minus sign stands right before the number


def _set_unit(c: _Cand, unit: str, kind: str) -> None:
    c.unit, c.kind = unit, kind
    c.method = {"%": "quantity.percent"}.get(unit, "quantity.number_unit")
    if unit in un.TIME_UNITS:
        c.method = "quantity.duration"


def _attach(text: str, n: nb.Number, doc_yen: str) -> _Cand:
    """Attach currency prefix, unit, currency word or percent to one number."""
    c = _Cand(n.start, n.end, n, n.value)
    c.minus = _MINUS_RE.search(text, max(0, n.start - 3), n.start) is not None
    end = n.end
    if (half := _HALF_RE.match(text, end)) is not None:
        c.value, end = c.value + 0.5, half.end()
    pre = None if n.spelled else un.CURRENCY_PREFIX_RE.search(text, max(0, n.start - 6), n.start)
    if pre is not None:
        c.unit, c.kind, c.start = (
            _yen(un.prefix_currency(pre.groupdict()), text, doc_yen),
            "money",
            pre.start(),
        )
        if n.mult == 1.0 and (mm := nb.MONEY_MULTIPLIER_RE.match(text, end)) is not None:
            c.value *= nb.MONEY_MULTIPLIERS[mm.group("mult")]  # "$1.7m", "£2 bn"
            end = mm.end()
        c.end = end
        big = c.value != n.value or n.mult != 1.0
        c.method = "quantity.currency_multiplier" if big else "quantity.currency"
        return c
    unit = un.match_unit(text, end)
    if unit is not None and n.spelled and not unit.word and unit.unit != "%":
        unit = None  # "two m" is not two metres
    if unit is not None:
        _set_unit(c, unit.unit, "percent" if unit.unit == "%" else "measure")
        c.end, c.hyphen = unit.end, unit.hyphenated
        c.word_unit = text[end : unit.end].strip(" -\u00a0") if unit.word else ""
        compound = _FT_IN_RE if unit.unit == "ft" else _LB_OZ_RE if unit.unit == "lb" else None
        if compound is not None and (m := compound.match(text, unit.end)) is not None:
            c.value += float(m.group("n")) / (12 if unit.unit == "ft" else 16)
            c.end, c.method = m.end(), "quantity.compound"
        return c
    for pattern, unit_name in ((_INCH_RE, "inch"), (_POUND_RE, "lb")):
        if (m := pattern.match(text, end)) is not None:  # "4.5 in (114 mm)", "180-pound"
            _set_unit(c, unit_name, "measure")
            c.end = m.end()
            return c
    if (cur := un.CURRENCY_SUFFIX_RE.match(text, end)) is not None:
        code = un.suffix_currency(cur, text)
        c.end = cur.end()
        if code is None:
            _set_unit(c, "lb", "measure")
        else:
            c.unit, c.kind = _yen(code, text, doc_yen), "money"
            c.method = "quantity.currency_multiplier" if n.mult > 1 else "quantity.currency"
        return c
    if not n.integer and (sec := _SECONDS_RE.match(text, end)) is not None:
        _set_unit(c, "second", "measure")  # "54.21 s"
        c.end = sec.end()
        return c
    c.end = end
    c.method = "quantity.spelled_count" if n.spelled else "quantity.count"
    c.hyphen = re.match(r"[-‐][A-Za-z]", text[end : end + 2]) is not None
    if n.integer and n.value < 130 and _is_age(text, c):
        _set_unit(c, "year", "measure")
        c.method = "quantity.age"
    return c


def _is_age(text: str, c: _Cand) -> bool:
    """ "at age 33", "the age of 25", "when he was 10," — an age without a unit."""
    before = text[max(0, c.num.start - 80) : c.num.start]
    if _RANGE_AHEAD_RE.match(text, c.end):
        return False
    if _AGE_RE.search(before) or _AT_THE_TIME_RE.match(text, c.end):
        return True
    return bool(_COPULA_RE.search(before) and _AGE_END_RE.match(text, c.end))


_CHINA_RE = re.compile(r"\b(?:China|Chinese|yuan|renminbi|RMB|Beijing|Shanghai|PRC)\b")
_JAPAN_RE = re.compile(r"\b(?:Japan|Japanese|yen|Tokyo)\b")


def _yen(code: str, sentence: str, doc_yen: str) -> str:
    if code != "¥":
        return code
    if _CHINA_RE.search(sentence):
        return "CNY"
    return "JPY" if _JAPAN_RE.search(sentence) else doc_yen


def _propagate_list_units(text: str, cands: list[_Cand], ctx: _Ctx) -> None:
    """``12, 25, 38 and finally 81 tons``: the unit after a list belongs to each number."""
    for i in range(len(cands) - 2, -1, -1):
        a, b = cands[i], cands[i + 1]
        if a.unit != "count" or b.kind not in ("measure", "percent") or b.hyphen:
            continue
        if _LIST_GAP_RE.fullmatch(text, a.end, b.start) and not _count_noise(text, a, ctx):
            _set_unit(a, b.unit, b.kind)


def _try_range(text: str, a: _Cand, b: _Cand, ctx: _Ctx) -> _Cand | None:
    a_end = a.end if a.unit != "count" or a.end > a.num.end else a.num.end
    gap = _RANGE_RE.fullmatch(text, a_end, b.start)
    if gap is None or a.hyphen:
        return None
    word = gap.group("w")
    if word == "and" and not text[max(0, a.start - 12) : a.start].rstrip().lower().endswith(
        "between"
    ):
        return None
    if a.unit != "count" and b.unit != "count" and a.unit != b.unit:
        return None
    if a.unit != "count" and b.unit == "count" and a.kind != "money":
        return None
    unit, kind = (a.unit, a.kind) if a.unit != "count" else (b.unit, b.kind)
    low, high = a.value, b.value
    if unit in _TEMPERATURES:  # "−10 to −5 °C"
        low, high = (-low if a.minus else low), (-high if b.minus and word else high)
    if a.num.mult == 1.0 and b.num.mult > 1.0 and low * b.num.mult <= high:
        low *= b.num.mult
    unitless = a.unit == "count" and b.unit == "count"
    if unitless and a.num.plain and 1000 <= a.value <= 2100:
        a.drop = b.drop = True  # a span of years: "1985 – 86", "between 1964 and 2008"
        return None
    if low >= high:
        if unitless and word in (None, "to"):
            a.drop = b.drop = True  # a score or vote: "16 – 7", "5 to 4"
        return None
    nxt = _NEXT_WORD_RE.match(text, b.end)
    noun = nxt.group(1).lower() if nxt and nxt.start(1) - b.end <= 1 else ""
    noun = "" if noun in un.STOP_WORDS else noun
    if unitless and _AGE_RE.search(text, max(0, a.start - 20), a.start):
        unit, kind = "year", "measure"  # "adults aged 18–49"
    elif unitless:
        if a.num.plain and b.num.plain and (noun in un.SCORE_NOUNS or not noun):
            a.drop = b.drop = True  # "c. 670 – 734", "0 – 3", "between 62 and 67", "61 – 63"
            return None
        if _count_noise(text, a, ctx) or _count_noise(text, b, ctx):
            a.drop = b.drop = True  # "June 20 – 26", "30 – 31 December"
            return None
    start = a.start - 1 if a.minus and unit in _TEMPERATURES else a.start
    r = _Cand(start, b.end, a.num, low, unit, kind, high, "range", "quantity.range", b.hyphen)
    r.word_unit = b.word_unit or a.word_unit
    return r


def _join_ranges(text: str, cands: list[_Cand], ctx: _Ctx) -> list[_Cand]:
    out: list[_Cand] = []
    i = 0
    while i < len(cands):
        joined = _try_range(text, cands[i], cands[i + 1], ctx) if i + 1 < len(cands) else None
        out.append(joined or cands[i])
        i += 2 if joined else 1
    return out


def _count_noise(text: str, c: _Cand, ctx: _Ctx) -> bool:
    """True when a number with no unit or currency is not a count (year, date, name, code)."""
    n = c.num
    before = text[max(0, n.start - 80) : n.start]
    prev = _PREV_WORD_RE.search(before)
    prev_word = prev.group(1) if prev else ""
    prev_low = prev_word.lower().rstrip(".")
    nxt = _NEXT_WORD_RE.match(text, n.end)
    next_word = nxt.group(1) if nxt else ""
    owner = prev_low.endswith(("'s", "’s", "s'", "s’"))
    label = prev_low in un.LABEL_WORDS or (prev_low[-1:] == "s" and prev_low[:-1] in un.LABEL_WORDS)
    if label or next_word.lower() in un.RANK_NOUNS or prev_low in nb.MONTHS:
        return True  # "No. 20", "top 40", "pages 12", "the seven seed", "June 29"
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
        re.match(rf"{_S}*$", text[n.end :]) and ")" in before[-3:]
    ):
        return True  # "[3 + 2]", a footnote number after a list item
    if n.plain and text[n.start] == "0" and n.end - n.start > 1:
        return True  # "0600", "007": a time or a code
    if n.plain and n.value >= 1000:
        return n.value <= 2100 or not (next_word[:1].islower() and next_word not in un.STOP_WORDS)
    if _CHART_RE.search(before) and n.value <= 200 and n.integer:
        return True  # a chart position: "peaked at 5"
    if n.plain and (prev_low in ("the", "a", "an") or owner or n.start == ctx.start_at):
        rest = re.match(r"\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s*(?P<w>\S?)", text[n.end :])
        if rest is not None and not rest.group("w")[:1].islower():
            return True  # "the 76 Classic", "2 Broke Girls"
    noun_follows = next_word[:1].islower() and next_word.lower() not in un.STOP_WORDS
    if n.plain and nb.is_date_context(text, n.start) and not _DATED_AFTER_RE.match(text, n.end):
        return not noun_follows  # "in 59"; but "up from 210 in 2012" is a count
    # "the fire of 64", "in 62 and 63" in an article on antiquity
    return ctx.ancient and n.plain and not noun_follows and prev_low in _YEAR_LEAD


def _spelled_noise(text: str, c: _Cand, prev: str, nxt: str, at_start: bool) -> bool:
    n = c.num
    after = text[n.end :]
    if text[n.start].isupper() and (not at_start or n.word == "one"):
        return True  # "Final Four", "Three Studies for Figures", "One Direction", "One example"
    if re.search(r"[A-Za-z][-‐]$", text[max(0, n.start - 2) : n.start]):
        return True  # "one-on-one", "two-on-two"
    if _FRACTION_WORD_RE.match(after) or (n.value == 0 and c.unit == "count"):
        return True  # "two-thirds"
    if n.word != "one":
        return False
    if c.hyphen or prev in _ONE_SKIP_PREV or nxt in _ONE_SKIP_NEXT or re.match(r"['’]s\b", after):
        return True  # "the one who", "one of", "one has to", "one's", "in one shot", "one-time"
    ends = re.match(rf"{_S}*(?:[.,;:)!?—–\"”’]|$)", after) is not None
    return (
        ends
        and re.search(
            r"\b(?:the|this|that|a|an|only)\s+(?:\w+\s+)?$",
            text[max(0, n.start - 40) : n.start].lower(),
        )
        is not None
    )


def _unit_noise(text: str, c: _Cand, ctx: _Ctx) -> bool:
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
        nxt = _NEXT_WORD_RE.match(text, c.end)
        return not (nxt and nxt.group(1).lower() in _ONE_DAY_OK)  # "one day" = some day
    return False


def _mark_links(text: str, cands: list[_Cand]) -> None:
    """Suspended hyphens (``18- and 24-pounder``), ``X by Y m`` and bracketed conversions."""
    for c, nxt in pairwise(cands):
        if c.unit == "count" and nxt.kind == "measure":
            if nxt.hyphen and _SUSPENDED_RE.search(text[c.num.start : nxt.start]):
                _set_unit(c, nxt.unit, "measure")
                c.end = c.num.end + 1
            elif _DIMS_BY_RE.search(text[c.num.end : nxt.start]):
                _set_unit(c, nxt.unit, nxt.kind)
        gap = text[c.end : nxt.start].strip()
        if c.unit == "count" or nxt.unit == "count" or not gap:
            continue
        if _CONVERSION_RE.fullmatch(text, c.end, nxt.start) and gap[0] in "([;":
            if gap[0] == ";" and c.conversion_of is None:
                continue  # "…; 12 km" outside brackets is a new statement
            nxt.conversion_of = c.conversion_of or c


def _noise_flags(text: str, cands: list[_Cand], ctx: _Ctx) -> list[bool]:
    """Which candidates are not quantities; a bare number listed with a year or a label is one
    too ("in 62 and 63", "on 4 and 6 May", "Nos. 42 and 43")."""
    flags = []
    for c in cands:
        if c.drop:
            flags.append(True)
        elif c.unit == "count" and c.qualifier != "range":
            flags.append(_count_noise(text, c, ctx))
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


def _sentence_facts(
    doc: Document, sent: Sentence, ctx_doc: _Ctx, dates: Sequence[DateSpan]
) -> list[Fact]:
    text = sent.text
    nums = nb.find_numbers(text)
    if not nums or not re.search(r"[A-Za-z]{2}", text):
        return []
    lead = re.match(r"[\s\"'“‘(\[]*", text)
    ctx = _Ctx(lead.end() if lead else 0, ctx_doc.ancient, ctx_doc.doc_yen)
    cands: list[_Cand] = []
    for n in nums:
        if not cands or n.start >= cands[-1].end:  # else inside "46 feet 11 inches"
            cands.append(_attach(text, n, ctx.doc_yen))
    _propagate_list_units(text, cands, ctx)
    cands = _join_ranges(text, cands, ctx)
    _mark_links(text, cands)
    periods = Periods(text, dates)
    facts: list[Fact] = []
    for c, noise in zip(cands, _noise_flags(text, cands, ctx), strict=True):
        if noise:
            continue
        if c.minus and c.unit in _TEMPERATURES and c.qualifier != "range":
            c.value, c.start = -c.value, c.start - 1  # "−5 °C"
        if c.qualifier != "range":
            q = un.qualifier_before(text, c.start)
            c.qualifier = q[0] if q else un.qualifier_after(text, c.end) or "exact"
        main = c.conversion_of
        if main is not None:
            c.method = "quantity.conversion"
            c.qualifier = main.qualifier if c.qualifier == "exact" else c.qualifier
        anchor = main or c
        timeless = anchor.unit in un.TIME_UNITS or anchor.method == "quantity.age"
        start, end = sent.char_start + c.start, sent.char_start + c.end
        facts.append(
            Fact(
                doc_id=doc.doc_id,
                sentence_id=sent.sentence_id,
                char_start=start,
                char_end=end,
                quote=doc.text[start:end],
                value=float(c.value),
                value_max=None if c.value_max is None else float(c.value_max),
                unit=c.unit,
                qualifier=c.qualifier,
                period=None
                if timeless
                else periods.period_for(anchor.start, count=anchor.kind == "count"),
                subject=subject_for(text, anchor.num.start, doc.title),
                attribute=attribute_for(
                    text,
                    anchor.start,
                    anchor.end,
                    kind=anchor.kind,
                    unit=anchor.unit,
                    method=anchor.method,
                ),
                method=c.method,
            )
        )
    return facts


_ERA_RE = re.compile(r"\b\d{1,4}\s*(?:BC|BCE|AD)\b|\b(?:AD|A\.D\.)\s*\d")


# Events whose dates do not date a value: a span of years ends ("1931 – 33"), decades, centuries.
_UNDATING_METHODS = frozenset({"date.range", "date.decade", "date.century"})


def _date_spans(sent: Sentence, events: Sequence[Event]) -> list[DateSpan]:
    """The sentence's resolved dates (from the events extractor) in sentence offsets."""
    return [
        DateSpan(
            e.char_start - sent.char_start,
            e.char_end - sent.char_start,
            e.date,
            bare_year=e.method == "date.year",
            contextual=e.method.endswith("_context") or e.method == "date.anaphora",
        )
        for e in events
        if e.method not in _UNDATING_METHODS
        and sent.char_start <= e.char_start
        and e.char_end <= sent.char_end
    ]


def _early(e: Event) -> bool:
    """A date before 1000 (``10 June 731``): the article dates things in antiquity."""
    year = e.date.split("-")[0] if not e.date.startswith("-") else "-"
    return e.method not in _UNDATING_METHODS and len(year) == 4 and int(year) < 1000


def extract_quantities(
    doc: Document, sentences: Sequence[Sentence], events: Sequence[Event] | None = None
) -> list[Fact]:
    """Every stated quantity of ``doc``, sorted by ``char_start``.

    ``events`` are the document's dated statements (``extract_events``), whose dates,
    resolved in document context (``On 4 August``, ``that same year``), are the candidate
    periods of the values of their sentence; computed here when not given.
    """
    if events is None:
        events = extract_events(doc, sentences)
    by_sentence: dict[str, list[Event]] = {}
    for e in events:
        by_sentence.setdefault(e.sentence_id, []).append(e)
    china, japan = len(_CHINA_RE.findall(doc.text)), len(_JAPAN_RE.findall(doc.text))
    ancient = _ERA_RE.search(doc.text) is not None or any(_early(e) for e in events)
    ctx = _Ctx(0, ancient, "CNY" if china > japan else "JPY")
    facts: list[Fact] = []
    for sent in sentences:
        dates = _date_spans(sent, by_sentence.get(sent.sentence_id, ()))
        facts.extend(_sentence_facts(doc, sent, ctx, dates))
    facts = [f for f in facts if f.quote and doc.text[f.char_start : f.char_end] == f.quote]
    return sorted(facts, key=lambda f: (f.char_start, f.char_end))
