"""Quantity extractor: amounts, measures, counts, money and percentages in sentences.

Each stated quantity becomes one :class:`~pipeline.model.Fact` whose ``quote`` is the exact
stating text (number, multiplier, currency and unit words; never qualifier words or the counted
noun). For one sentence:

1. find number expressions (:mod:`pipeline.extract.numbers`, exact values) and attach a
   currency prefix or name (:mod:`pipeline.extract.currencies`), a unit
   (:mod:`pipeline.extract.units`; a bare degree by its sentence, :mod:`pipeline.extract.degrees`)
   or ``%`` to each; a unit stated once after a list applies to the list (``12, 25 and 81
   tons``);
2. join ranges (``36 to 48 hours``, ``95 - 98%``, ``between X and Y``) and mark bracketed
   conversions (``30 km (19 mi)``), which share the qualifier of what they convert;
3. drop what is not a quantity: years, dates, times, ordinals, scores, numbers in names, codes
   and labels (``No. 20``, ``Route 31B``, ``Top 10``), ``one`` as a pronoun
   (:mod:`pipeline.extract.noise`);
4. read qualifier, period (:class:`~pipeline.extract.context.Periods`), subject and attribute.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from fractions import Fraction
from itertools import pairwise
from typing import Final

from pipeline.extract.attributes import attribute_for
from pipeline.extract.candidate import Candidate, SentenceContext
from pipeline.extract.changes import change_of, changed_attribute
from pipeline.extract.currencies import (
    CURRENCY_PREFIX_RE,
    CURRENCY_SUFFIX_RE,
    DocumentCurrencies,
    document_yen,
    p_sign_currency,
    prefix_currency,
    resolve_yen,
    suffix_currency,
)
from pipeline.extract.degrees import bare_degree
from pipeline.extract.deictic import dateline_end
from pipeline.extract.events import extract_events
from pipeline.extract.noise import NEXT_WORD_RE, SCORE_NOUNS, count_noise, noise_flags
from pipeline.extract.numbers import (
    MONEY_MULTIPLIER_RE,
    MONEY_MULTIPLIERS,
    Number,
    find_numbers,
    peso_glued,
)
from pipeline.extract.periods import DateSpan, Periods
from pipeline.extract.properties import WIKIDATA_OF, property_for
from pipeline.extract.qualifiers import qualifier_after, qualifier_before
from pipeline.extract.subjects import SentenceSubjects
from pipeline.extract.topic import Topic, lead_text, read_topic
from pipeline.extract.units import (
    DIMENSION_OF,
    TIME_UNITS,
    compound_after,
    compound_before,
    density_unit,
    in_smaller_unit,
    mark_unit,
    match_unit,
    metric_article,
)
from pipeline.extract.words import AUXILIARIES, STOP_WORDS
from pipeline.model import Document, Event, Fact, Sentence

_RANGE_RE = re.compile(r"\s*[–—‐‑-]\s*|\s+(?P<w>to|through|and|or)\s+[−-]?")
_CHANGE_BY_RE = re.compile(
    r"\b(?:by|(?:rose|rise[sn]?|rising|fell|falls?|falling|increased|increases?|decreased|"
    r"decreases?|grew|grows?|jumped|climbed|dropped|declined|surged|soared|slipped|gained|"
    r"plunged|plummeted|tumbled)(?:\s+by)?)\s+$",
    re.IGNORECASE,
)
# "increased from 180 MW to 650 MW", "lift its capacity from 1.6 to 2.5 million": a change
# from one level to another, two values rather than a range
_CHANGE_FROM_RE = re.compile(
    r"\b(?:ris(?:e|es|en|ing)|rose|(?:increas|decreas|reduc|rais|doubl|tripl|improv|declin|"
    r"expand|upgrad)(?:e|es|ed|ing)|gr[eo]w(?:s|n|ing)?|f[ae]ll(?:s|en|ing)?|(?:drop|jump|climb|"
    r"lift|boost|widen|narrow|extend|slip|swell)(?:s|ed|ing|ped|ping)?|cut(?:s|ting)?|"
    r"w?ent\s+up|up|down)\b(?:\s+[^\s\d,;.]+){0,5}?\s+from\s+(?:(?:about|around|roughly|some|"
    r"nearly|just)\s+)?$",
    re.IGNORECASE,
)
# "of which between 180 and 200": numbers that count part of a whole just named
_PART_OF_RE = re.compile(r"\bof\s+(?:which|whom|them|these|those)\s+(?:between\s+)?$", re.I)
_LIST_GAP_RE = re.compile(r"\s*(?:,\s*(?:(?:and|or)\s+)?|\s(?:and|or)\s+)(?:finally\s+)?")
_SUSPENDED_RE = re.compile(r"[-‐]\s+(?:and|or|to)\s+$")
_DIMS_BY_RE = re.compile(r"\s+(?:by|x|×)\s+$")
_CONVERSION_RE = re.compile(
    r"\s*(?:[(\[]|;)\s*(?:(?:about|approximately|approx\.|around|roughly|c\.|ca\.|some|"
    r"over|under|nearly|almost|up to|more than|less than|at least|~)\s*)?",
    re.IGNORECASE,
)
_TEMPERATURES = frozenset({"degC", "degF", "kelvin"})
_MINUS_RE = re.compile(r"(?:^|(?<=[\s(\[])|(?<=[^\d\s]\s))(?:[−-]\s?|minus\s+)$", re.IGNORECASE)
_HALF_RE = re.compile(r"\s+and\s+a\s+half\b", re.IGNORECASE)
_FT_IN_RE = re.compile(r"\s+(?P<n>\d{1,2}(?:\.\d+)?)\s*(?:in\b\.?|inch(?:es)?\b|″|\")")
_LB_OZ_RE = re.compile(r"\s+(?P<n>\d{1,2}(?:\.\d+)?)\s*(?:oz|ounces?)\b")
_INCH_RE = re.compile(r"\s?in\b\.?(?=\s*[(\[)\];]|\s*$)")
_SECONDS_RE = re.compile(r"\s?s\b(?!['’])")
_POUND_RE = re.compile(r"[-‐]pounds?\b")
_AGE_RE = re.compile(r"\bage[sd]?(?:\s+(?:of|between|from))?\s*$", re.IGNORECASE)
_COPULA_RE = re.compile(r"\b(?:was|were|is|are|turned|turns)\s+$", re.IGNORECASE)
_AGE_END_RE = re.compile(r"\s*(?:[,.;)]|(?:at|when|and)\s|$)")
_RANGE_AHEAD_RE = re.compile(r"\s*(?:[–—-]|(?:to|and)\s+)[−-]?\d")
_AT_THE_TIME_RE = re.compile(r",?\s+at\s+the\s+time\b")
_AND_CENTS_RE = re.compile(r"\s+and\s+(?P<n>\d{1,2})\s+(?:cents?|pence|paise|kopecks?)\b")
_SPAN_WORD_RE = re.compile(
    r"\s+(?:consecutive|successive|straight|more|further|additional|extra|full|whole)(?=\s)"
)
_SHARE_OF_RE = re.compile(r"\s+(?:of\s+)?an?\s", re.IGNORECASE)


def _set_unit(c: Candidate, unit: str, kind: str) -> None:
    c.unit, c.kind = unit, kind
    c.method = {"%": "quantity.percent"}.get(unit, "quantity.number_unit")
    if unit in TIME_UNITS:
        c.method = "quantity.duration"


def _prefixed_money(
    text: str, c: Candidate, pre: re.Match[str], end: int, ctx: SentenceContext
) -> Candidate | None:
    """The amount after a currency prefix (``$1.7m``, ``HK$ 1.5 billion``, ``Dh2.5bn``); an
    ambiguous prefix (``SR 207``) is money only with a multiplier."""
    n = c.num
    mm = MONEY_MULTIPLIER_RE.match(text, end) if n.mult == 1 else None
    if pre.group("amb") and n.mult == 1 and mm is None:
        return None
    code = resolve_yen(prefix_currency(pre.groupdict()), text, ctx.doc_yen)
    rupees = pre.group("code") in ("Rs", "Rs.") or pre.group("amb") in ("Rs", "Rs.")
    if rupees and isinstance(ctx.doc_currencies, DocumentCurrencies):
        code = ctx.doc_currencies.rupee()  # "Rs 9.2bn" in an article on Karachi
    cfa = (pre.group("code") or "").upper() in ("FCFA", "CFA")
    if cfa and isinstance(ctx.doc_currencies, DocumentCurrencies):
        code = ctx.doc_currencies.cfa()  # "FCFA 62 billion" in an article on Kribi
    c.unit, c.kind, c.start = code, "money", pre.start()
    if mm is not None:
        c.value *= MONEY_MULTIPLIERS[mm.group("mult")]  # "$1.7m", "£2 bn"
        end = mm.end()
    c.end = end
    big = c.value != n.value or n.mult != 1
    c.method = "quantity.currency_multiplier" if big else "quantity.currency"
    return c


def _attach(text: str, n: Number, ctx: SentenceContext) -> Candidate:
    """Attach currency prefix, unit, currency word or percent to one number."""
    c = Candidate(n.start, n.end, n, n.value)
    if (minus := _MINUS_RE.search(text, max(0, n.start - 8), n.start)) is not None:
        c.minus = n.start - minus.start()
    end = n.end
    if (half := _HALF_RE.match(text, end)) is not None:
        c.value, end = c.value + Fraction(1, 2), half.end()
    pre = None if n.spelled else CURRENCY_PREFIX_RE.search(text, max(0, n.start - 6), n.start)
    if ctx.doc_p_sign and n.mult > 1 and peso_glued(text, n.start):
        c.unit, c.kind, c.start, c.end = ctx.doc_p_sign, "money", n.start - 1, end
        c.method = "quantity.currency_multiplier"
        return c
    if pre is not None and (money := _prefixed_money(text, c, pre, end, ctx)) is not None:
        return money
    share = _SHARE_OF_RE.match(text, end) if n.fraction else None
    if share is not None and (whole := match_unit(text, share.end())) is not None and whole.word:
        end = share.end() - 1  # "three quarters of a mile", "half an hour"
    unit = match_unit(text, end) or bare_degree(text, end, c.value)
    if unit is not None and n.spelled and not unit.word and unit.unit != "%":
        unit = None  # "two m" is not two metres
    if unit is None and (span := _SPAN_WORD_RE.match(text, end)) is not None:
        unit = match_unit(text, span.end())  # "four consecutive years", "30 more minutes"
        unit = unit if unit is not None and unit.word and not unit.hyphenated else None
    unit = unit or density_unit(text, end)
    if unit is not None and unit.unit == "ton" and ctx.metric:
        unit = unit._replace(unit="t")
    if unit is not None:
        _set_unit(c, unit.unit, "percent" if unit.unit == "%" else "measure")
        c.end, c.hyphen = unit.end, unit.hyphenated
        c.word_unit = text[end : unit.end].strip(" -\u00a0") if unit.word else ""
        compound = _FT_IN_RE if unit.unit == "ft" else _LB_OZ_RE if unit.unit == "lb" else None
        if compound is not None and (m := compound.match(text, unit.end)) is not None:
            c.value += Fraction(m.group("n")) / (12 if unit.unit == "ft" else 16)
            c.end, c.method = m.end(), "quantity.compound"
        elif (later := compound_after(text, unit.unit, unit.end)) is not None:
            c.value = c.value * in_smaller_unit(unit.unit) + later[0]  # "2 hours 30 minutes"
            c.unit, c.end, c.method = later[1], later[2], "quantity.compound"
        elif (earlier := compound_before(text, unit.unit, n.start)) is not None:
            c.value += earlier[0]  # "an hour and 20 minutes"
            c.start, c.method = earlier[1], "quantity.compound"
        return c
    if not n.spelled and (mark := mark_unit(text, n.start, end)) is not None:
        _set_unit(c, mark[0].unit, "measure")  # 12", 6'2"
        c.value += mark[1]
        c.end = mark[0].end
        c.method = "quantity.compound" if mark[1] else c.method
        return c
    for pattern, unit_name in ((_INCH_RE, "inch"), (_POUND_RE, "lb")):
        if (m := pattern.match(text, end)) is not None:  # "4.5 in (114 mm)", "180-pound"
            _set_unit(c, unit_name, "measure")
            c.end = m.end()
            return c
    if (cur := CURRENCY_SUFFIX_RE.match(text, end)) is not None:
        named = suffix_currency(cur, text, ctx.doc_currencies, n.mult > 1)
        if named.weight:
            _set_unit(c, "lb", "measure")
            c.end = cur.end()
            return c
        if named.code is not None:
            c.unit, c.kind = resolve_yen(named.code, text, ctx.doc_yen), "money"
            c.value /= named.per_unit  # "75 cents" is 0.75 dollars
            c.end = cur.end()
            if named.per_unit == 1 and (sub := _AND_CENTS_RE.match(text, c.end)) is not None:
                c.value += Fraction(int(sub["n"]), 100)  # "3 dollars and 50 cents"
                c.end = sub.end()
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


def _is_age(text: str, c: Candidate) -> bool:
    """ "at age 33", "the age of 25", "when he was 10," — an age without a unit."""
    before = text[max(0, c.num.start - 80) : c.num.start]
    if _RANGE_AHEAD_RE.match(text, c.end):
        return False
    if _AGE_RE.search(before) or _AT_THE_TIME_RE.match(text, c.end):
        return True
    return bool(_COPULA_RE.search(before) and _AGE_END_RE.match(text, c.end))


def _propagate_list_units(text: str, cands: list[Candidate], ctx: SentenceContext) -> None:
    """``12, 25, 38 and finally 81 tons``: the unit after a list belongs to each number."""
    for i in range(len(cands) - 2, -1, -1):
        a, b = cands[i], cands[i + 1]
        if a.unit != "count" or b.kind not in ("measure", "percent") or b.hyphen:
            continue
        if _LIST_GAP_RE.fullmatch(text, a.end, b.start) and not count_noise(text, a, ctx):
            _set_unit(a, b.unit, b.kind)


_YEAR_LEAD_RE = re.compile(r"\b(?:in|during|of|by|since|for)\s+$", re.IGNORECASE)


# after a value, another spaced dash and value: the cells of a table row ("18% — 30% — 40%")
_TABLE_CELLS: Final = re.compile(r"\s*(?:\([^()]*\)\s*)?\s[—–]\s+\S*\d")
_CELL_BEFORE: Final = re.compile(r"\d\S*\s*(?:\([^()]*\)\s*)?\s[—–]\s+$")


def _try_range(text: str, a: Candidate, b: Candidate, ctx: SentenceContext) -> Candidate | None:
    a_end = a.end if a.unit != "count" or a.end > a.num.end else a.num.end
    gap = _RANGE_RE.fullmatch(text, a_end, b.start)
    if gap is None or a.hyphen:
        return None
    word = gap.group("w")
    if word is None and (
        _TABLE_CELLS.match(text, b.end) or _CELL_BEFORE.search(text, max(0, a.start - 40), a.start)
    ):
        return None  # "Share of … — 18% — 30% — 40%": a table row's cells, no range
    if word == "to" and (
        _CHANGE_BY_RE.search(text, max(0, a.start - 30), a.start)
        or _CHANGE_FROM_RE.search(text, max(0, a.start - 80), a.start)
    ):
        return None  # "rose 2.5 points to 7.3%", "increased from 180 MW to 650 MW": a change
    if word == "and" and not text[max(0, a.start - 12) : a.start].rstrip().lower().endswith(
        "between"
    ):
        return None
    if (
        word == "to"
        and a.unit == "count"
        and a.num.plain
        and 1000 <= a.value <= 2100
        and _YEAR_LEAD_RE.search(text, max(0, a.start - 12), a.start)
    ):
        return None  # "rose 12.4% in 2024 to ¥318 billion": a year, then a level
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
    nxt = NEXT_WORD_RE.match(text, b.end)
    noun = nxt.group(1).lower() if nxt and nxt.start(1) - b.end <= 1 else ""
    noun = "" if noun in STOP_WORDS else noun
    if unitless and _AGE_RE.search(text, max(0, a.start - 20), a.start):
        unit, kind = "year", "measure"  # "adults aged 18–49"
    elif unitless:
        after = nxt.group(1).lower() if nxt else ""
        counts = after in AUXILIARIES or _PART_OF_RE.search(text, max(0, a.start - 30), a.start)
        if a.num.plain and b.num.plain and (noun in SCORE_NOUNS or not noun) and not counts:
            a.drop = b.drop = True  # "c. 670 – 734", "0 – 3", "between 62 and 67", "61 – 63"
            return None  # (but "of which between 180 and 200 would be filled" counts)
        if count_noise(text, a, ctx) or count_noise(text, b, ctx):
            a.drop = b.drop = True  # "June 20 – 26", "30 – 31 December"
            return None
    start = a.start - a.minus if a.minus and unit in _TEMPERATURES else a.start
    r = Candidate(start, b.end, a.num, low, unit, kind, high, "range", "quantity.range", b.hyphen)
    r.word_unit = b.word_unit or a.word_unit
    return r


def _join_ranges(text: str, cands: list[Candidate], ctx: SentenceContext) -> list[Candidate]:
    out: list[Candidate] = []
    i = 0
    while i < len(cands):
        joined = _try_range(text, cands[i], cands[i + 1], ctx) if i + 1 < len(cands) else None
        out.append(joined or cands[i])
        i += 2 if joined else 1
    return out


def _mark_links(text: str, cands: list[Candidate]) -> None:
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


def _sentence_facts(
    doc: Document,
    sent: Sentence,
    ctx_doc: SentenceContext,
    dates: Sequence[DateSpan],
    topic: Topic,
    date_spans: Sequence[tuple[int, int]],
    context_year: str | None = None,
) -> list[Fact]:
    text = sent.text
    nums = find_numbers(text, peso=ctx_doc.doc_p_sign is not None)
    if not nums or not re.search(r"[A-Za-z]{2}", text):
        return []
    lead = re.match(r"[\s\"'“‘(\[]*", text)
    ctx = dataclasses.replace(ctx_doc, start_at=lead.end() if lead else 0)
    cands: list[Candidate] = []
    for n in nums:
        if not cands or n.start >= cands[-1].end:  # else inside "46 feet 11 inches"
            cands.append(_attach(text, n, ctx))
    _propagate_list_units(text, cands, ctx)
    cands = _join_ranges(text, cands, ctx)
    _mark_links(text, cands)
    flags = noise_flags(text, cands, ctx)
    values = [(c.start, c.end, c.kind) for c, noise in zip(cands, flags, strict=True) if not noise]
    if not values:
        return []
    periods = Periods(text, dates, context_year)
    subjects = SentenceSubjects(
        text, topic, date_spans, values, doc.text[max(0, sent.char_start - 2000) : sent.char_start]
    )
    facts: list[Fact] = []
    measured: str | None = None
    shared: str | None = None  # the last percentage level's attribute, for its bases
    was_base = False
    counted: tuple[str | None, str | None] | None = None
    previous: tuple[str, str | None] | None = None  # the last value's kind and attribute
    level_period: str | None = None  # the period of the last level stated (not a base)
    for c, noise in zip(cands, flags, strict=True):
        if noise:
            continue
        if c.minus and c.unit in _TEMPERATURES and c.qualifier != "range":
            c.value, c.start = -c.value, c.start - c.minus  # "−5 °C", "minus 5 degrees"
        if c.qualifier != "range":
            q = qualifier_before(text, c.start)
            c.qualifier = q[0] if q else qualifier_after(text, c.end) or "exact"
        main = c.conversion_of
        if main is not None:
            c.method = "quantity.conversion"
            c.qualifier = main.qualifier if c.qualifier == "exact" else c.qualifier
        anchor = main or c
        timeless = anchor.unit in TIME_UNITS or anchor.method == "quantity.age"
        start, end = sent.char_start + c.start, sent.char_start + c.end
        linked = subjects.linked_subject(anchor.start)
        change = change_of(text, anchor.start, anchor.end) if anchor.kind == "percent" else None
        attribute: str | None
        prop: str | None
        if change is not None:
            attribute, prop = changed_attribute(text, change, linked, measured), "change"
        else:
            attribute = attribute_for(
                text,
                anchor.start,
                anchor.end,
                kind=anchor.kind,
                unit=anchor.unit,
                method=anchor.method,
                linked=linked,
            )
            prop = property_for(
                attribute,
                "measure" if anchor.method == "quantity.age" else anchor.kind,
                "age"
                if anchor.method == "quantity.age"
                else DIMENSION_OF.get(anchor.unit.split("/")[0]),
            )
            was_base = bool(
                _BASE_BEFORE.search(text, max(0, anchor.start - 30), anchor.start)
                or (was_base and _AND_BEFORE.search(text, max(0, anchor.start - 8), anchor.start))
            )  # "compared with 43.9% in Q2 and 41.5% in the same quarter of 2024"
            level = shared if anchor.kind == "percent" else measured
            if level is not None and not _informative(attribute) and was_base:
                attribute = level  # "reached ¥486 billion, up from ¥431 billion in 2023"
                prop = property_for(attribute, anchor.kind, None)
            labelled_year = (
                _YEAR_LABELLED.search(text, max(0, anchor.start - 16), anchor.start) is not None
            )
            restated = _RESTATED.search(text, max(0, anchor.start - 12), anchor.start) is not None
            restated = restated or (
                not _informative(attribute)
                and previous is not None
                and previous[0] == anchor.kind
                and labelled_year
            )  # "Exports, Q2 2025: €118.4 million (Q2 2024: €106.9 million)"
            if restated and previous is not None and _informative(previous[1]):
                attribute = previous[1]  # "rose by 37, or 13.2%": the same amount, as a share
                prop = property_for(attribute, previous[0], None) if change is None else prop
            elif (
                anchor.kind == "percent"
                and not _informative(attribute)
                and previous is not None
                and previous[0] == "percent"
                and _informative(previous[1])
                and _LISTED_AFTER.search(text, max(0, anchor.start - 40), anchor.start)
            ):  # "accounted for 61% of the total, electrical equipment for 14%"
                attribute = previous[1]
                prop = property_for(attribute, "percent", None)
            if anchor.kind == "percent" and change is None and _informative(attribute):
                shared = attribute  # "Gross margin came in at 46.2%, compared with 43.9%"
            if anchor.kind == "count" and attribute is None and counted is not None:
                attribute, prop = counted  # "27 decisions, … Germany (14)", "of which 41 were"
            if main is None and anchor.kind != "percent" and _informative(attribute):
                measured = attribute  # what a following ", up 9.4%" is the change of
            if anchor.kind == "count" and _informative(attribute):
                counted = (attribute, prop)  # what the counts listed after it count
            if main is None:
                previous = (anchor.kind, attribute)
        period = (
            None if timeless else periods.period_for(anchor.start, count=anchor.kind == "count")
        )
        if change is not None and period is None and main is None:
            period = level_period  # "Exports, Q2 2025: €118.4 million (…), +10.8% y/y"
        elif change is None and main is None and not was_base and not labelled_year:
            level_period = period
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
                period=period,
                subject=subjects.subject_for(anchor.start, anchor.end, anchor.kind),
                subject_id=None,  # filled once the document's entities are known
                attribute=attribute,
                property=prop,
                wikidata_property=WIKIDATA_OF.get(prop) if prop else None,
                method=c.method,
                converts_fact_id=None
                if main is None
                else f"@{sent.char_start + main.start}:{sent.char_start + main.end}",
            )
        )
    return facts


# Attributes that only restate the kind of value ("money", "length"): nothing to report
# the change of.
_GENERIC_ATTRIBUTES: Final = frozenset({"money", "percentage", "number", *DIMENSION_OF.values()})


# an earlier year's figure in brackets after a value: "(Q2 2024: €106.9 million)", "(2023: 41)"
_YEAR_LABELLED: Final = re.compile(
    r"\(\s*(?:(?:Q[1-4]|H[12]|FY)\s?)?(?:19|20)\d\d(?:/\d\d)?\s*:\s*$"
)
# a value restated right after another: "rose by 37, or 13.2%", "268 — or 65% —"
_RESTATED: Final = re.compile(r"\d[^\s,;]*\s*(?:,|—|–|\()\s*or\s+(?:about\s+|around\s+|some\s+)?$")
# a value listed after one of its kind, its verb left out: "…, electrical equipment for 14%",
# "…, followed by Costa Rica with 11.2%", "… and 13.1 per cent respectively"
_LISTED_AFTER: Final = re.compile(
    r"(?:,|\band)\s+(?:(?:followed\s+by\s+)?[\w'’ -]{0,30}?\s(?:for|with|at)\s+|and\s+)?"
    r"(?:about\s+|around\s+|some\s+)?$"
)
# The base a value is compared with: "…, up from ¥431 billion", "rose to X from Y".
_BASE_BEFORE: Final = re.compile(
    r"(?:\b(?:up|down)\s+from|\bcompared\s+(?:with|to)|\bfrom|\bagainst|\bversus|\bvs\.?)\s+"
    r"(?:about\s+|around\s+)?$",
    re.IGNORECASE,
)


_AND_BEFORE: Final = re.compile(r"(?:,|\band)\s+$")


def _informative(attribute: str | None) -> bool:
    return attribute is not None and attribute.lower() not in _GENERIC_ATTRIBUTES


_ERA_RE = re.compile(r"\b\d{1,4}\s*(?:BC|BCE|AD)\b|\b(?:AD|A\.D\.)\s*\d")


# Events whose dates do not date a value themselves: centuries; a range's end ("1931 – 33")
# and a decade only as part of a span or a frame (``DateSpan.role``); dates without a
# written year ("On June 18": ``*_context``) none (the gold convention, docs/evaluation.md).
# a year the narrative has named ("that year", "the same year"), not one counted from it
_SAME_YEAR = re.compile(r"\b(?:that|this|the\s+same|that\s+same)\s+year\b", re.IGNORECASE)
_WRITTEN_YEAR = frozenset({"date.year", "date.full", "date.month_year", "date.iso"})
_ROLES = {"date.range": "range_end", "date.decade": "decade", "date.anaphora": "anaphora"}


def _date_spans(sent: Sentence, events: Sequence[Event]) -> list[DateSpan]:
    """The sentence's resolved dates (from the events extractor) in sentence offsets: those
    whose year the sentence writes (``in March 1968 and in May``), and anaphora resolved to
    a year or a month (``that same year``, ``the previous month``)."""
    spans = []
    written: set[str] = set()  # years the sentence writes ("in March 1968 and in May")
    dateline = sent.char_start + dateline_end(sent.text)  # "ALMATY, Feb. 3, 2025 — …"
    # "a year earlier" dates a value when the sentence writes the year it counts from
    # ("… in 2024, compared with 15 a year earlier"); from a year of the context, none
    anchored = any(
        e.method in _WRITTEN_YEAR and sent.char_start <= e.char_start < sent.char_end
        for e in events
    )
    for e in events:
        if not (sent.char_start <= e.char_start and e.char_end <= sent.char_end):
            continue
        if e.char_end <= dateline:
            continue  # when the article was written, not what its values are of
        if e.method in _WRITTEN_YEAR:
            written.add(e.date[:4])
        if e.method == "date.century" or (
            e.method.endswith("_context") and e.date[:4] not in written
        ):
            continue
        if e.method == "date.anaphora" and (
            len(e.date.lstrip("-")) > 7 or not (anchored or _SAME_YEAR.search(e.quote))
        ):
            continue  # "the next day", "that evening": the day's year is the context's
        start = e.char_start - sent.char_start
        role = _ROLES.get(e.method, "date")
        spans.append(DateSpan(start, start + len(e.quote), e.date, e.method == "date.year", role))
    return spans


def _year_of(events: Sequence[Event]) -> str | None:
    """The year the narrative is at after these events: the last written year."""
    for e in reversed(events):
        if e.method in _WRITTEN_YEAR:
            return e.date[:4] if not e.date.startswith("-") else e.date[:5]
    return None


def _early(e: Event) -> bool:
    """A date before 1000 (``10 June 731``): the article dates things in antiquity."""
    year = e.date.split("-")[0] if not e.date.startswith("-") else "-"
    return (
        e.method not in _ROLES
        and e.method != "date.century"
        and len(year) == 4
        and int(year) < 1000
    )


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
    ancient = _ERA_RE.search(doc.text) is not None or any(_early(e) for e in events)
    p_sign = p_sign_currency(doc.text)
    metric = "ton" in doc.text and metric_article(doc.text)
    ctx = SentenceContext(
        0, ancient, document_yen(doc.text), p_sign, metric, DocumentCurrencies(doc.text)
    )
    topic = read_topic(doc.title, lead_text(doc.title, sentences), doc.text)
    facts: list[Fact] = []
    year: str | None = None  # the narrative's year before the sentence ("The park then was")
    paragraph = -1
    for sent in sentences:
        if sent.paragraph_index != paragraph:
            year, paragraph = None, sent.paragraph_index
        own = by_sentence.get(sent.sentence_id, ())
        dates = _date_spans(sent, own)
        spans = [(e.char_start - sent.char_start, e.char_end - sent.char_start) for e in own]
        facts.extend(_sentence_facts(doc, sent, ctx, dates, topic, spans, year))
        year = _year_of(own) or year
    facts = [f for f in facts if f.quote and doc.text[f.char_start : f.char_end] == f.quote]
    return sorted(facts, key=lambda f: (f.char_start, f.char_end))
