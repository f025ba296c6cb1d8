"""Period of a stated quantity: the time the value refers to, read from the dates of its
sentence (``As of 2024, …``, ``… in 2022``, ``the 2008 budget``)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from pipeline.extract.clauses import FUTURE_RE, SinceIndex
from pipeline.extract.verbs import is_verb
from pipeline.extract.words import AUXILIARIES

_NOT_PERIOD_BEFORE = re.compile(
    r"(?:\b(?:since|until|till|before|after|from|between|through|than|circa|ca\.|c\.|born|"
    r"died|to|and)\s+(?:(?:early|late|mid)[-\s]+)?|\d\s*[–—-]\s*)$",
    re.IGNORECASE,
)
_YEAR_GOVERNOR = re.compile(
    r"\b(?:in|as of|by|during|for|of|fiscal|year|end of|start of|beginning of)\s+"
    r"(?:(?:early|late|mid)[-\s]+)?(?:the\s+)?(?:year\s+|(?-i:[QH][1-4]|FY)\s?)?$",
    re.IGNORECASE,
)  # "in 2022", "in the year 2022", "in Q3 2023", "in FY 2022"
_THE_YEAR_NOUN = re.compile(
    r"\s+(?:budget|census|fiscal|financial|estimates?|survey|season|figures?|reports?|study|"
    r"studies|statistics|data)\b"
)
_OWNED_YEAR = re.compile(r"\b(?:their|its|his|her|our)\s+$", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r";|,(?:\[[^\]\s]{1,12}\])*\s|\s[–—]\s")  # ",[2] which"
_RELATIVE = re.compile(
    r"\s*(?:(?:and|but)\s+)?(?:(?:in|for|of|during|after|by|at|on|with|from|to|"
    r"through|under)\s+)?(?:which|whom|whose|who|where)\b",
    re.IGNORECASE,
)
# "Founded in 1885, …", "…, completed in 1931, …": a date of something else.
_PARTICIPLE = re.compile(
    r"\s*(?:[A-Za-z]+ed|built|born|begun|made|held|written|shown|known)\b",
    re.IGNORECASE,
)
_GOVERNING_START = re.compile(
    r"\s*(?:In|As of|By|During|On|At the end of|At|For|Through|Between|From)\b"
)
# "2010's", "1985 – 86", "1999–2000"; not a timeline's entry "2022 – 850 kW rooftop solar"
_SPAN_AFTER = re.compile(r"['’]|s\b|\s*[–—-]\s*(?:\d\d|(?:1[89]|20)\d\d)(?![\d,.])")
# "…, which opened in 1987, …": the date of the antecedent's origin, not of the sentence
_ORIGIN_CLAUSE = re.compile(
    r"\s*(?:which|that|who)\s+(?:(?:was|were|had\s+been)\s+)?"
    r"(?:opened|founded|established|built|created|completed|constructed|inaugurated|formed|"
    r"incorporated|launched|set\s+up|designated|gazetted|started|began)\b",
    re.IGNORECASE,
)
# "a 12% increase on the previous year": the base of a comparison
_COMPARED_TO = re.compile(
    r"(?:\b(?:(?:increase|decrease|rise|drop|fall|growth|gain|decline|up|down)\s+"
    r"(?:on|over)|compared\s+(?:to|with)|relative\s+to)|(?:%|\bper\s?cent|\bpercent)\s+"
    r"(?:on|over)|\b(?:more|less|fewer|higher|lower)\s+than(?:\s+(?:in|at|during|for))?)\s+"
    r"(?:the\s+)?(?:(?:same\s+(?:\w+\s+)?(?:period|quarter|months?|half|weeks?)|end|close|start)\s+"
    r"(?:of|in)\s+)?(?:[A-Z][a-z]+\s?[–—-]\s?)?$",
    re.IGNORECASE,
)  # "18% more than in 2022", "up 18.7 per cent on the same period of 2024"
# "in the financial year ended 31 December 2024": the accounting year, not the day
_YEAR_ENDED = re.compile(
    r"\b(?:financial|fiscal)\s+year\s+end(?:ed|ing)\s+(?:on\s+)?$", re.I
)  # "… in 2024, a rise of 9.8% on the previous year"
# "…, up from ¥431 billion in 2023": a clause that states the base of a comparison; its date
# is that base's, lent to no other clause.
# "from Rs 998 crore a year earlier", "from $318 million in 2023": a base and its date.
_BASE_DATE = re.compile(
    r"\bfrom\s+(?:about\s+|around\s+)?(?:[A-Za-z]{1,3}\s?)?\S*\d[\d.,]*(?:\s*[A-Za-z%$€£¥]+){0,3}"
    r"\s+(?:(?:in|during|for)\s+)?(?:the\s+(?:same|first|second|third|fourth|last)\s+(?:\w+\s+)?"
    r"(?:period|quarter|months?|half)\s+(?:of|in)\s+)?$"
)
# "an increase of 18.4% on the revised estimate of P241.9 million for 2024/25", "higher than
# the RM3.4 billion recorded in the first half of 2024", "against €1,796 million in 2024":
# the base a comparison is made with, and the date that is the base's.
_COMPARED_BASE = re.compile(
    r"\b(?:on|over|against|than|versus|compared\s+(?:with|to))\s+(?:the\s+|a\s+)?"
    r"(?:[a-z][\w-]*\s+){0,3}?(?:of\s+)?(?:(?:about|around|some|nearly)\s+)?"
    r"[^\s\d]{0,3}\d[\d.,]*(?:\s?(?:%|per\s?cent|[a-z]+)){0,2}"
    r"(?:\s+[a-z]+ed)?(?:\s+(?:in|for|during|at)\s+(?:the\s+)?(?:(?:whole|first|second|third|"
    r"fourth|last)\s+(?:(?:half|quarter)\s+)?of\s+)?|\s+)$"
)  # ("… than the 388,000 tonnes handled a year earlier")
_YEAR_LABEL = re.compile(
    r"(?<![\d:])((?:1[89]|20)\d\d)(?:/\d\d(?:\d\d)?)?(?:\s+(?:forecast|actual|budget|estimate|target|"
    r"plan))?:\s?$",
    re.IGNORECASE,
)  # "(2023: 7.9 percent)", "(2024 forecast: €9.1 million)", "(2024/25: P44.9 million)"
_COMPARISON_CLAUSE = re.compile(
    r"\s*(?:(?:up|down|rising|falling|increasing|decreasing|compared|an?\s+(?:increase|decrease|"
    r"rise|drop|fall|gain|decline))\s+(?:(?:of\s+)?[^\s,;]*\d[^\s,;]*\s*(?:(?:per\s?cent|"
    r"percent|percentage\s+points?)\s+)?)?)?(?:from|with|against|versus)\b",
    re.IGNORECASE,
)  # "…, up from ¥431 billion in 2023", "…, up 12.4% from COP 76.9 billion in 2023"
_VERB_FORM = re.compile(r"[a-z]{2,}(?:ed|ing)")
# a participle of extent opening a clause: "…, covering 380 hectares, …"
_EXTENT = re.compile(
    r"\s*(?:covering|spanning|measuring|occupying|encompassing|stretching|totalling|totaling|"
    r"comprising|consisting|including|containing|featuring|with)\b"
)
_ORIGIN_REACH = 100
# a clause that is only a time: "…, by 2030,", "…, in the second half of 2025."
_TIME_CLAUSE = re.compile(
    r"\s*(?:and\s+)?(?:by|in|during|for|until|through)\s+(?:the\s+)?(?:(?:end|close|first|second|"
    r"third|fourth|last)(?:\s+(?:half|quarter))?\s+of\s+)?",
    re.IGNORECASE,
)
_TIME_CLAUSE_REACH = 3
_AUXILIARY_END = re.compile(r"\b(?:was|were|is|are|been|be|being|had|has|have)\s+$", re.I)
_SUBJECT_END = re.compile(
    r"\b(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Ww]e|I)\s+$"
)  # a finite verb's subject
_ORIGIN_BEFORE = re.compile(
    r"\b(?:established|founded|built|opened|created|completed|constructed|inaugurated|"
    r"formed|launched|designated|set\s+up)\b[^,;()]{0,60}$",
    re.IGNORECASE,
)
_PRESENT = frozenset(["is", "are", "has", "have", "does", "do", "remains", "includes"])
_WHEN = re.compile(r"\s*when\b", re.IGNORECASE)
_LATER = re.compile(
    r"\s*(?:and\s+)?(?:then|later|subsequently|afterwards|thereafter)\b", re.IGNORECASE
)
_CONSEQUENCE = re.compile(r"\s*(?:and\s+)?(?:thus|thereby|so|hence)?\s*[a-z]+ing\b")
# a measure of how far away something is: "79 km away", "2 miles (3.2 km) away"
_AWAY = re.compile(r"[^\s,;]+(?:\s+[^\s,;()]+){0,2}\s*(?:\([^()]*\)\s*)?away\b")
# how far one place lies from another: "about 30 km west of Almaty", "12 km from the airport"
_PLACE_DISTANCE = re.compile(
    r"[^\s,;]*\d[\d.,]*\s*-?(?:km|kilomet(?:re|er)s?|miles?|mi|metres?|meters?|m|nm|"
    r"nautical\s+miles)\.?(?:\s*\([^()]*\))?\s+(?:(?:(?:north|south)(?:-?(?:east|west))?|east|"
    r"west|inland|offshore|upstream|downstream|outside)(?:\s+of\b|\s*[,;)]|\s*$)|from\b|away\b)",
    re.IGNORECASE,
)
# "… 110,000 by 2035": the date a value's own preposition gives it, right after it
_VALUE_HEAD = re.compile(r"[^\s\d]{0,4}\s?[\d.,]+")
_OWN_DATE_GAP = re.compile(
    r"[^\d,;:()]{0,60}?\s(?:by|in|as\s+of|during|for)\s+(?:the\s+(?:end|close|first|second|third|"
    r"fourth|last)(?:\s+(?:half|quarter))?\s+of\s+)?$",
    re.IGNORECASE,
)
# a time of its own that no year anchors: "… over the past three years"
_OWN_TIME = re.compile(
    r"\b(?:over|in|during|for)\s+the\s+(?:past|last|previous|next|coming|following)\s+"
    r"(?:[a-z]+\s+)?(?:years?|months?|quarters?|decades?|weeks?)\b",
    re.IGNORECASE,
)
_NOW = re.compile(r"\b(?:now|currently|today)\b", re.IGNORECASE)
_TODAY = re.compile(r"\b(?:currently|today)\b", re.IGNORECASE)  # ("now" may be the story's)
_OF_WHICH = re.compile(r"\s*(?:of\s+(?:which|whom)|including)\b", re.IGNORECASE)
_RELATIVE_START = re.compile(r"\s*(?:which|when|where|who|whose)\b", re.IGNORECASE)
_COORDINATION = re.compile(
    r"\s(?:and|but)\s+(?:(?:now|still|also|already|currently|today|later|then|since)\s+)?"
    r"([a-z][a-z'’-]+)(?:\s+(\S+))?"
)
# "then" or "at the time" with a state: the time the narrative is at ("The park then was").
_AT_THAT_TIME = re.compile(
    r"\b(?:(?:was|were|had|is|are|stood)\s+then|then\s+(?:was|were|had|numbered|covered|"
    r"employed|comprised|housed|held|stood)|at\s+(?:that|the)\s+time)\b",
    re.IGNORECASE,
)
_FISCAL_HINT = re.compile(r"FY|[Ff]iscal|[Ff]inancial")
# Fiscal years: "FY2019", "fiscal 2019", "in fiscal year 2010/11", "the 2019–20 financial year".
_FISCAL = re.compile(
    r"\b(?:FY\s?|fiscal\s+(?:year\s+)?|financial\s+year\s+)(?P<y1>(?:19|20)\d\d|'?\d\d)"
    r"(?:\s?[/–—-]\s?(?P<y2>(?:19|20)?\d\d))?\b"
    r"|\b(?P<y3>(?:19|20)\d\d)(?:\s?[/–—-]\s?(?P<y4>(?:19|20)?\d\d))?\s+(?:fiscal|financial)\s+year\b",
    re.IGNORECASE,
)
# "…, scheduled for completion in 2027, will add 800 metres": the time a plan is due, which
# dates the values of the future clause it hangs on
_PLAN_PARTICIPLE = re.compile(
    r"\s*(?:scheduled|slated|due|expected|planned|set|targeted|earmarked)\b", re.IGNORECASE
)
# "lift capacity from 1.6 million TEU to 2.5 million TEU by 2027": the state it starts from
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:(?:about|around|roughly|some|nearly)\s+)?$", re.I)
_TO_VALUE = re.compile(
    r"[^\s,;]*\d[\d.,]*(?:\s+(?:thousand|million|billion|trillion|crore|lakh))?"
    r"(?:\s*[^\s\d,;]+){0,2}?\s+to\s+[^\s,;]*\d"
)
# "a 350-metre berth", "a 220,000-square-foot plant": a measure that describes a thing
_ATTRIBUTIVE = re.compile(
    r"[^\s\d]{0,3}[\d.,]*\d(?:-(?:[a-z]+-)*[a-z]+|\s(?:kV|kW|MW|GW|MVA|MWh|GWh|km|sq\s?m|"
    r"(?:square\s+)?(?:metre|meter|foot|kilometre|kilometer|mile)|hectare|acre|tonne|litre))"
    r"\s+(?!(?:of|in|on|at|by|to|from|for|with|and|or|per|a|an|the|long|wide|high|deep|tall|"
    r"away|is|was|are|were|will|has|had|have|each|apart|north|south|east|west)\b)[a-z]{3,}\b"
)  # "a 350-metre berth", "a 66 kV substation", "a 3,200 square metre incubation centre"
_ENTRY_MARK = re.compile(r"\s*[–—:-]\s")
# a part of a year before it: "the fourth quarter of", "the end of"
_PART_OF_YEAR = (
    r"(?:(?:first|second|third|fourth|last)\s+(?:quarter|half)|end|start|beginning|middle)\s+of\s+"
)
_SPAN_OPEN = re.compile(
    rf"\b(?:from|between)\s+(?:(?:early|late|mid)[-\s]+)?(?:the\s+)?(?:{_PART_OF_YEAR})?$", re.I
)  # "between the fourth quarter of 2024 and the end of 2026"
_SPAN_LINK = re.compile(r"(?:[–—-]|\s(?:to|until|through))\s*$")
_SPAN_GAP = re.compile(
    rf"\s*(?:to|and|until|till|through|[–—-])\s*(?:(?:early|late|mid)[-\s]+)?(?:the\s+{_PART_OF_YEAR})?",
    re.I,
)


def _year(digits: str) -> str:
    """A four-digit year for ``2019``, ``19`` or ``'19`` (two digits: this century)."""
    digits = digits.lstrip("'")
    return digits if len(digits) == 4 else "20" + digits


def span_period(first: str, last: str) -> str | None:
    """The period a span gives: the longest ISO prefix its two ends share, when that names
    at least a year (``March 2010``–``June 2010`` → ``2010``); a span across years
    (``from 2013 to 2023``, ``between December 1942 and March 1943``) gives none, as the
    shared gold annotates it (docs/evaluation.md)."""
    shared = ""
    for a, b in zip(first, last, strict=False):
        if a != b:
            break
        shared += a
    shared = shared.rstrip("-")
    if shared.count("-") and len(shared.lstrip("-")) in (6, 9):  # "2010-0" of 2010-03/06
        shared = shared[: shared.rfind("-")]
    return shared if len(shared.lstrip("-")) >= 4 else None


def _with_spans(text: str, dates: list[DateSpan]) -> list[DateSpan]:
    """``dates`` with each span of two dates (``from 1985 to 1989``, ``between October 2022
    and January 2023``, ``1985–89``) made one date of the prefix they share, or dropped."""
    out: list[DateSpan] = []
    i = 0
    while i < len(dates):
        d = dates[i]
        nxt = dates[i + 1] if i + 1 < len(dates) else None
        opened = _SPAN_OPEN.search(text, max(0, d.start - 30), d.start) is not None
        joined = nxt is not None and (
            nxt.start < d.end  # "March and June 2019": one mention with two parts
            or _SPAN_GAP.fullmatch(text, d.end, nxt.start) is not None
        )
        dashed = nxt is not None and (  # "January–June 2025", "March to June 2024"
            _SPAN_LINK.search(text, d.start if nxt.start < d.end else d.end, nxt.start) is not None
        )
        if nxt is not None and joined and (opened or dashed or nxt.role == "range_end"):
            shared = span_period(d.iso, nxt.iso)
            if shared is not None:
                out.append(DateSpan(d.start, nxt.end, shared, role="span"))
            i += 2
            continue
        out.append(d)
        i += 1
    return out


def _fiscal_years(text: str) -> list[DateSpan]:
    """Fiscal years: ``FY2019`` → ``2019``; one named by the two calendar years it straddles
    (``fiscal year 2010/11``) is one accounting year, given by the year it starts in."""
    out = []
    for m in _FISCAL.finditer(text):
        first = m.group("y1") or m.group("y3")
        out.append(DateSpan(m.start(), m.end(), _year(first), role="fiscal"))
    return out


_WORD = re.compile(r"[A-Za-z][\w'’-]*")  # "two-hit" is not the verb "hit"


@dataclass(frozen=True)
class DateSpan:
    """A date of a sentence whose year is written in it (``in 2005``, ``on 2 May 2001``; not
    ``on June 18`` or ``that evening``): ``text[start:end]`` is ``iso``.

    ``bare_year``: a year written alone (``2010``), which dates values only when governed
    (``in 2010``, ``as of 2010``, ``the 2010 census``, ``their 2005 checklist``).
    ``role``: ``anaphora`` (``that same year``, resolved), ``range_end`` (the end of ``from
    1985 to 1989``: only part of a span), ``decade`` (``in the 1960s``: only as the frame of
    a sentence), ``span`` and ``fiscal`` (made here, see :func:`span_period`).
    """

    start: int
    end: int
    iso: str
    bare_year: bool = False
    role: str = "date"  # date | anaphora | range_end | decade | span | fiscal


def _paren_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the bracketed asides of ``text`` (outermost, unclosed ones run to the end)."""
    spans: list[tuple[int, int]] = []
    depth, start = 0, 0
    for i, ch in enumerate(text):
        if ch in "([":
            depth, start = depth + 1, i if depth == 0 else start
        elif ch in ")]" and depth > 0:
            depth -= 1
            if depth == 0:
                spans.append((start, i + 1))
    if depth > 0:
        spans.append((start, len(text)))
    return spans


class Periods:
    """The dates of one sentence that can serve as the period of its values.

    ``As of 2024, …`` governs the sentence; ``… in 2022`` governs its own clause; a sentence
    with exactly one such date lends it to the clauses that have none, except to relative
    clauses (``…, for which …``, ``X, who had three sons, died in 1994``), to bracketed asides
    that do not hold it (``(106 wins), … in 2000``) and from a ``since`` clause (``the first
    since Johnson did it in 2002``).
    """

    def __init__(
        self, text: str, dates: Sequence[DateSpan], context_year: str | None = None
    ) -> None:
        self.text = text
        self.anchors: list[DateSpan] = []
        dates = _with_spans(text, sorted(dates, key=lambda d: d.start))
        if _FISCAL_HINT.search(text):
            dates.extend(_fiscal_years(text))
        if context_year is not None:  # "The park then was …": the narrative's year
            dates.extend(DateSpan(m.start(), m.end(), context_year, role="anaphora")
                         for m in _AT_THAT_TIME.finditer(text))  # fmt: skip
        for d in sorted(dates, key=lambda d: d.start):
            if d.role == "range_end":
                continue
            before = text[max(0, d.start - 60) : d.start]
            if d.role in ("span", "fiscal"):
                if not _COMPARED_TO.search(before):  # "11.6% more than in January-June 2023"
                    self.anchors.append(d)
                continue
            if _NOT_PERIOD_BEFORE.search(before) or _SPAN_AFTER.match(text, d.end):
                continue  # "since 2001", "to 2012", "1985 – 86", "2010's"
            if _COMPARED_TO.search(before):
                continue  # "a 12% increase on the previous year"
            if _YEAR_ENDED.search(before):
                d = DateSpan(d.start, d.end, d.iso[:4], role="fiscal")
            if "between" in before[-40:].lower() and before.rstrip().endswith("and"):
                continue
            if d.bare_year:
                the = re.search(r"\bthe\s+$", before, re.IGNORECASE)
                governed = _YEAR_GOVERNOR.search(before) is not None
                if the is not None and not _THE_YEAR_NOUN.match(text, d.end):
                    continue  # "the 2008 Summer Olympics", "in the 2010 draft"
                report = _THE_YEAR_NOUN.match(text, d.end) is not None  # "a 2016 study"
                report = (
                    report
                    or (  # a timeline's entry: "2016 – Investor joins; …"
                        not text[: d.start].strip(" \"'“‘(*•-")
                        and _ENTRY_MARK.match(text, d.end) is not None
                    )
                )
                if not governed and the is None and not report and not _OWNED_YEAR.search(before):
                    continue  # "their 2005 World Checklist" is an edition of a year
            self.anchors.append(d)
        self.anchor_starts = [d.start for d in self.anchors]
        # spans in order with their ends in order too (as find_dates gives them): the date
        # nearest a value is then found by walking out from it, not by scanning every date
        self.ordered = all(d.start <= d.end for d in self.anchors) and all(
            a.end <= b.end for a, b in pairwise(self.anchors)
        )
        self.since = SinceIndex(text)
        self.bases: list[tuple[int, DateSpan]] = []  # (where "from" starts, its date)
        for d in self.anchors:
            base = _BASE_DATE.search(text, max(0, d.start - 70), d.start) or _COMPARED_BASE.search(
                text, max(0, d.start - 100), d.start
            )
            if base is not None:
                self.bases.append((base.start(), d))
        # read once per sentence, not once per value: a long clause of values stays linear
        self.base_of = {id(d): start for start, d in reversed(self.bases)}
        self.last_base: dict[str, int] = {}
        for start, d in self.bases:
            self.last_base[d.iso] = max(start, self.last_base.get(d.iso, -1))
        self.semicolons = [m.start() for m in re.finditer(";", text)]
        self.clause_marks: dict[tuple[int, int], tuple[bool, bool]] = {}
        self.word_verbs: tuple[list[int], list[bool], int, bool] | None = None
        future = list(FUTURE_RE.finditer(text))
        self.future_starts = [m.start() for m in future]
        self.future_ends = [m.end() for m in future]
        self.parens = _paren_spans(text)
        self.paren_starts = [a for a, _ in self.parens]
        self.verbs: dict[tuple[int, int], bool] = {}
        self.tenses: dict[tuple[int, int], str | None] = {}
        cuts = [0]
        for m in _CLAUSE_BREAK.finditer(text):
            i = bisect_right(self.anchor_starts, m.start()) - 1
            if i < 0 or m.start() >= self.anchors[i].end:  # not inside "August 15, 2008"
                cuts.append(m.end())
        for m in _COORDINATION.finditer(text):  # "… in 1948 and occupies 2.4 km²"
            if is_verb(m.group(1).lower(), "and", (m.group(2) or "").lower()):
                cuts.append(m.start() + 1)
        self.cuts = cuts = sorted(set(cuts))
        self.relatives = [self._relative(i) for i in range(1, len(cuts))]
        first_end = cuts[1] if len(cuts) > 1 else len(text)
        self.governor: DateSpan | None = None
        first = next((d for d in self.anchors if d.start < first_end), None)
        framed = first is not None and (
            _GOVERNING_START.match(text) or not text[: first.start].strip(" \"'“‘(")
        )  # "In 2024, …", "On 4 May 2001, …"
        if (
            first is not None
            and len(cuts) > 1
            and framed
            and (first_end <= 45 or first.start <= 14)
        ):
            self.governor = first  # "In the 1960s, …"; "In 2024 the port handled …, up …"
        elif (
            first is not None
            and not text[: first.start].strip(" \"'“‘(*•-")
            and _ENTRY_MARK.match(text, first.end)
        ):
            self.governor = first  # a timeline's entry: "2022 – 850 kW rooftop solar installed"
        elif len(cuts) > 1 and _GOVERNING_START.match(text) and not self._own_verb(0, first_end):
            self.governor = self._fronted_date()  # "During the round, which took place on …, X"
        self.anchors = [d for d in self.anchors if d.role != "decade" or d is self.governor]
        self.anchor_starts = [d.start for d in self.anchors]
        # The one date of the sentence, unless it dates a participle ("Founded in 1885, …")
        # or a comparison ("…, the first since Johnson did it in 2002").
        # Dates that refine one another ("the 2010 season … in April") lend their coarsest.
        lending = sorted(
            {
                d.iso: d for d in self.anchors if self._lends(d) and self._aside(d.start) is None
            }.items()
        )
        nested = all(b.startswith(a) for (a, _), (b, _) in pairwise(lending))
        self.lone: DateSpan | None = lending[0][1] if lending and nested else None

    def _relative(self, i: int) -> tuple[int, int]:
        """The relative clause at cut ``i`` after a verbless subject, up to the clause that
        resumes the main verb ("Rifenburg, who was survived by …, died in 1994"), or (0, 0)."""
        cuts, text = self.cuts, self.text
        if not _RELATIVE.match(text, cuts[i]) or self._has_verb(cuts[i - 1], cuts[i]):
            return (0, 0)
        for j in range(i + 1, len(cuts)):
            if text[cuts[j] - 2 : cuts[j]].strip() == ";":
                break
            first = _WORD.match(text, cuts[j])
            word = first.group() if first else ""
            if word.lower() in AUXILIARIES or (word.endswith("ed") and word.islower()):
                return (cuts[i], cuts[j])
        return (0, 0)

    def _fronted_date(self) -> DateSpan | None:
        """The first date of a fronted phrase and the relative clauses that hang on it
        (``During the round of the event, which took place on August 15, 2008, …``)."""
        end = self.cuts[1]
        for j in range(1, len(self.cuts) - 1):
            if not _RELATIVE_START.match(self.text, self.cuts[j]):
                break
            end = self.cuts[j + 1]
        return next((d for d in self.anchors if d.start < end), None)

    def _lends(self, d: DateSpan) -> bool:
        start = self._clause(d.start)[0]
        if _COMPARISON_CLAUSE.match(self.text, start) or _OF_WHICH.match(self.text, start):
            return False  # "…, up from ¥431 billion in 2023"; "…, of which €4 million in 2025"
        if _ORIGIN_CLAUSE.match(self.text, start):
            return False  # "…, which opened in 1987, …"
        if (
            _PARTICIPLE.match(self.text, start)
            and not self._main_verb_after_apposition(start)
            and not self._plan_of_future(start)
        ):
            return False  # "Founded in 1885, …", "The company, founded in 1987, employed …"
        window = max(start, d.start - _ORIGIN_REACH)  # the pattern spans at most this much
        origin = _ORIGIN_BEFORE.search(self.text, window, d.start)
        aux_from = max(start, origin.start() - 12) if origin is not None else start
        finite = origin is not None and (
            _AUXILIARY_END.search(self.text, aux_from, origin.start()) is not None
            or _SUBJECT_END.search(self.text, aux_from, origin.start()) is not None
        )  # "it was established in 2003", "he established himself … in 2006"
        if origin is not None and not finite:
            return False  # "… a zone established by the government in 2003, spanning …"
        return not self.since.within(start, d.start)

    def _plan_of_future(self, start: int) -> bool:
        """Is the participle clause at ``start`` the time a plan is due (``…, scheduled for
        completion in 2027, will add …``), hung on a clause that states that plan?"""
        if not _PLAN_PARTICIPLE.match(self.text, start):
            return False
        end = self._clause(start)[1]
        return self._future(0, start) or self._future(end, len(self.text))

    def _future(self, start: int, end: int) -> bool:
        """Does a word of plans (``will``, ``is scheduled for``) stand in ``text[start:end]``?"""
        i = bisect_left(self.future_starts, start)
        return i < len(self.future_starts) and self.future_starts[i] < end

    def _main_verb_after_apposition(self, start: int) -> bool:
        """Is the ``-ed`` word opening the clause at ``start`` the sentence's main verb after
        its subject and an apposition (``Santos, Latin America's busiest port, moved …``):
        no clause before it has a verb and none after it does?"""
        if start == 0:
            return False
        bounds = list(pairwise([*self.cuts, len(self.text)]))
        before = [
            ab for ab in bounds if ab[1] <= start and not _RELATIVE_START.match(self.text, ab[0])
        ]  # (an apposition may be a relative clause: "ACT, which opened in 2014, handled …")
        after = [ab for ab in bounds if ab[0] > start]
        return not any(self._verb_tense(a, b) for a, b in before) and not any(
            self._verb_tense(a, b) in ("present", "past") for a, b in after
        )

    def _clause(self, pos: int) -> tuple[int, int]:
        i = bisect_right(self.cuts, pos)
        return self.cuts[i - 1], (self.cuts[i] if i < len(self.cuts) else len(self.text))

    def _aside(self, pos: int) -> tuple[int, int] | None:
        i = bisect_right(self.paren_starts, pos) - 1  # the asides do not overlap
        return self.parens[i] if i >= 0 and pos < self.parens[i][1] else None

    def _nearest(self, lo: int, hi: int, pos: int) -> str | None:
        """ISO date of the date in ``anchors[lo:hi]`` nearest ``pos`` (by its start or end;
        the smaller ISO string on a tie), or None when there is none."""
        if not self.ordered:
            near = [(min(abs(d.start - pos), abs(d.end - pos)), d.iso) for d in self.anchors[lo:hi]]
            return min(near)[1] if near else None
        best: tuple[int, str] | None = None
        split = bisect_right(self.anchor_starts, pos, lo, hi)
        for i in range(split, hi):  # dates after pos: farther and farther
            d = self.anchors[i]
            if best is not None and d.start - pos > best[0]:
                break
            best = min(best or (d.start - pos, d.iso), (d.start - pos, d.iso))
        for i in range(split - 1, lo - 1, -1):  # dates from pos back: ends closer and closer
            d = self.anchors[i]
            if best is not None and d.end <= pos and pos - d.end > best[0]:
                break
            dist = min(pos - d.start, abs(d.end - pos))
            best = min(best or (dist, d.iso), (dist, d.iso))
        return best[1] if best else None

    def period_for(self, pos: int, *, count: bool = False) -> str | None:
        """The period of a value stated at ``pos``, or ``None``: a date of its own clause
        (the nearest), else the date that frames the sentence (``In 2024, …``), else the
        sentence's one date when the value's clause has no verb of its own (``…, with a
        population of 5,000``; a clause with its own verb states another event). A ``count``
        in a bracketed aside takes no date from outside it."""
        label = _YEAR_LABEL.search(self.text, max(0, pos - 16), pos)
        if label is not None:
            return label.group(1)  # "8.6 percent (2023: 7.9 percent)": the label's year
        if not self.anchors:
            return None
        start, end = self._clause(pos)
        lo = bisect_left(self.anchor_starts, start)
        hi = bisect_left(self.anchor_starts, end)
        if _PLACE_DISTANCE.match(self.text, pos):
            return None  # "about 30 km west of Almaty": where a place is, not when
        if _ATTRIBUTIVE.match(self.text, pos):  # what the thing is, not when: only a frame
            return self.governor.iso if self.governor is not None else None
        if _FROM_BEFORE.search(self.text, max(0, pos - 20), pos) and _TO_VALUE.match(
            self.text, pos
        ):
            return None  # "from 1.6 million TEU to 2.5 million TEU by 2027": where it starts
        inside = self._own_date(pos, hi) or self._nearest(lo, hi, pos)
        if inside is not None and self._since_between(pos, inside, lo, hi):
            return None  # "5,900 jobs created since the zone opened in 2018": a count since
        if inside is not None:
            if self._planned_after(pos, inside):
                return self.governor.iso if self.governor is not None else None
            if self._of_base(pos, inside):  # "…, up 21.4% from US$504 million in 2023"
                if self.governor is not None:
                    return self.governor.iso
                return self._date_before(start) if start > 0 else None  # the value it changes
            return inside
        now, own_time = self._marks(start, end)
        if now and self._verb_tense(start, end) == "present":
            return None  # "…, which today employs 420 people": a time of its own, the present
        if _AWAY.match(self.text, pos):
            return None  # "São Paulo City, 79 km away": a distance between places, not dated
        frame = self.governor.iso if self.governor is not None else None
        for rel_start, rel_end in self.relatives:
            if rel_start <= pos < rel_end:  # a date outside a relative clause stays outside
                lo = bisect_left(self.anchor_starts, rel_start)
                own = self._nearest(lo, bisect_left(self.anchor_starts, rel_end), pos)
                if own is not None and self._state_now(start, end):
                    return frame  # "which opened in 2016 and now covers 612 hectares"
                return own or frame or self._plan_date(rel_start, rel_end)
        if _OF_WHICH.match(self.text, start) and frame is None:  # "…, of which 52.6 billion"
            return self._date_before(start)
        if _RELATIVE.match(self.text, start):  # "…, which was to send $6,000"
            return frame or self._plan_date(start, end)  # "In 2024, …, of which 5,600 were"
        if _WHEN.match(self.text, start):  # "… in January 1972, when thirteen men …"
            at = bisect_right(self.anchor_starts, start) - 1
            if at >= 0 and start - 3 <= self.anchors[at].end <= start:
                return self.anchors[at].iso
        if _LATER.match(self.text, start):
            return None  # "…, then expanded the space to 108,000 square feet": a later event
        if _CONSEQUENCE.match(self.text, start) and _LATER.match(
            self.text, self._clause(start - 1)[0]
        ):
            return None  # "…, then expanded the space, thus allowing 800 more": later still
        if (target := self._time_clause_after(end)) is not None:
            return target  # "the plan targets 150 MW …, plus 80 MWh of storage, by 2030"
        if self.governor is not None:
            return self.governor.iso
        lone = self.lone
        if lone is not None and _EXTENT.match(self.text, start) and not lone.start < end:
            return None  # "…, measuring 14.6 km, was completed in August 2025": its length
        if lone is not None and (
            own_time
            or (now and (_TODAY.search(self.text, start, end) or self._main_tense() != "past"))
            or self._semicolon_between(min(pos, lone.start), max(pos, lone.end))
        ):
            return None  # "… over the past three years"; "…; the second phase of 29 hectares";
            # "… by 2030, compared with about 12% today"
        tense = self._verb_tense(start, end)
        if lone is None or tense == "present":
            return None  # "… in 1948 and occupies 2.4 km²": a state now, not then
        if tense is None and self._main_tense() == "present" and not self._future(0, lone.start):
            return None  # "The city, with another five cities, is part of a plan for 2010"
        aside = self._aside(pos) if count else None
        if aside is not None and not aside[0] <= lone.start < aside[1]:
            return None  # "(106 wins and 5 losses), Lesnar signed with WWE in 2000"
        return None if self._planned_after(pos, lone.iso) else lone.iso

    def _time_clause_after(self, end: int) -> str | None:
        """The date of a clause that is nothing but a time (``…, by 2030,``) after the clause
        ending at ``end`` and the verbless clauses between (``…, plus 80 MWh of storage,``):
        the time those clauses' values are set for; None when a clause with a verb or a
        date of its own comes first."""
        i = bisect_left(self.cuts, end)
        for _ in range(_TIME_CLAUSE_REACH):
            if i >= len(self.cuts):
                return None
            a = self.cuts[i]
            b = self.cuts[i + 1] if i + 1 < len(self.cuts) else len(self.text)
            lo, hi = bisect_left(self.anchor_starts, a), bisect_left(self.anchor_starts, b)
            if (
                hi - lo == 1
                and _TIME_CLAUSE.fullmatch(self.text, a, self.anchors[lo].start)
                and not self.text[self.anchors[lo].end : b].strip(" ,;.–—")
            ):
                return self.anchors[lo].iso
            if hi > lo or self._own_verb(a, b):
                return None
            i += 1
        return None

    def _since_between(self, pos: int, iso: str, lo: int, hi: int) -> bool:
        """Is the date ``iso`` after the value at ``pos`` that of a ``since`` clause between
        them (``… created since the zone opened in 2018``)?"""
        for i in range(bisect_right(self.anchor_starts, pos, lo, hi), hi):
            d = self.anchors[i]
            if d.iso == iso:
                return self.since.within(pos, d.start)
        return False

    def _marks(self, start: int, end: int) -> tuple[bool, bool]:
        """Does the clause ``text[start:end]`` say ``now`` (``and now covers``), and does it
        hold a time of its own (``over the past three years``)? Read once per clause."""
        key = (start, end)
        if key not in self.clause_marks:
            self.clause_marks[key] = (
                _NOW.search(self.text, start, end) is not None,
                _OWN_TIME.search(self.text, start, end) is not None,
            )
        return self.clause_marks[key]

    def _semicolon_between(self, a: int, b: int) -> bool:
        i = bisect_left(self.semicolons, a)
        return i < len(self.semicolons) and self.semicolons[i] < b

    def _own_date(self, pos: int, hi: int) -> str | None:
        """The date that the value's own preposition gives it right after it (``… 55 per cent
        by 2030 and 65 per cent by 2035``), nearer in grammar than a date before it."""
        i = bisect_right(self.anchor_starts, pos)
        if i >= hi:
            return None
        head = _VALUE_HEAD.match(self.text, pos)
        at = head.end() if head is not None else pos
        d = self.anchors[i]
        base = self.base_of.get(id(d))
        if base is not None and base < pos:
            return d.iso  # "… from $7 million a year earlier": the base's own date
        return d.iso if _OWN_DATE_GAP.fullmatch(self.text, at, d.start) else None

    def _state_now(self, start: int, end: int) -> bool:
        """Does the clause ``text[start:end]`` state a present state (``and now covers``)?"""
        return self._marks(start, end)[0] or self._verb_tense(start, end) == "present"

    def _date_before(self, start: int) -> str | None:
        """The date of the clause just before ``start`` (``totalled 138.2 billion tenge in
        2024, of which …``): a part takes the period of the whole it is part of."""
        a, _ = self._clause(start - 1)
        lo, hi = bisect_left(self.anchor_starts, a), bisect_left(self.anchor_starts, start)
        return self._nearest(lo, hi, start) if hi > lo else None

    def _plan_date(self, start: int, end: int) -> str | None:
        """The sentence's one date for a relative clause of plans (``…, which will add 900
        metres of quay, is scheduled for completion in 2026``) when that date's clause states
        a plan too: both speak of the same future."""
        lone = self.lone
        if lone is None or start <= lone.start < end or not self._future(start, end):
            return None
        a, b = self._clause(lone.start)
        return lone.iso if self._future(a, b) else None

    def _of_base(self, pos: int, iso: str) -> bool:
        """Is the date ``iso`` that of a comparison's base after the value at ``pos`` (``rose
        to Rs 1,208 crore from Rs 998 crore a year earlier``): the base's date, not the
        value's?"""
        return self.last_base.get(iso, -1) > pos

    def _planned_after(self, pos: int, iso: str) -> bool:
        """Is the date ``iso`` a target stated after the value at ``pos`` by a word of plans
        (``ordered six cranes … that will lift capacity to 2.5 million TEU by 2027``): the
        value is of now, not of the target's year?"""
        ends = self.future_ends
        if not ends or not self._verb_before(pos):
            return False  # "The first 12 megawatts are due to start in 2025": its own plan
        for d in self.anchors:
            if d.iso == iso and d.start > pos:
                i = bisect_right(ends, d.start)
                if i > 0 and ends[i - 1] > pos and self.future_starts[i - 1] > pos:
                    return True
        return False

    def _main_tense(self) -> str | None:
        """The tense of the first clause of the sentence that has a finite verb."""
        for a, b in pairwise([*self.cuts, len(self.text)]):
            tense = self._verb_tense(a, b)
            if tense in ("present", "past"):
                return tense
        return None

    def _verb_before(self, pos: int) -> bool:
        """``_own_verb(0, pos)`` from one reading of the sentence's words (asked once per
        value: a scan of the text before each value would be quadratic in a long sentence)."""
        if self.word_verbs is None:
            found = [(m.end(), m.group().lower()) for m in _WORD.finditer(self.text)]
            lows = [w for _, w in found]
            before, after = ["", *lows[:-1]], [*lows[1:], ""]
            full = [is_verb(w, a, b) for a, w, b in zip(before, lows, after, strict=True)]
            cut = [is_verb(w, a, "") for a, w in zip(before, lows, strict=True)]
            first = next((i for i, v in enumerate(full) if v), len(full))
            opens = bool(lows) and lows[0].endswith("ing") and len(lows[0]) > 4
            self.word_verbs = ([e for e, _ in found], cut, first, opens)
        ends, cut, first, opens = self.word_verbs
        m = bisect_right(ends, pos)  # the words that end before the value
        return m > 0 and (opens or first < m - 1 or cut[m - 1])

    def _own_verb(self, start: int, end: int) -> bool:
        """Does the clause ``text[start:end]`` have a verb of its own (``and occupies``)?"""
        return self._verb_tense(start, end) is not None

    def _verb_tense(self, start: int, end: int) -> str | None:
        """``present``, ``past`` or ``participle`` (``spanning …``): the clause's first verb
        (``is``, ``covers``; ``won``, ``was``; an ``-ing`` form opening the clause), or None."""
        key = (-start - 1, end)  # cached beside _has_verb's answers, by a key of its own
        if key not in self.tenses:
            words = [w.lower() for w in _WORD.findall(self.text, start, end)]
            tense = None
            if words and words[0].endswith("ing") and len(words[0]) > 4:
                tense = "participle"
            before, after = ["", *words[:-1]][: len(words)], [*words[1:], ""][: len(words)]
            for a, w, b in zip(before, words, after, strict=True):
                if tense is None and is_verb(w, a, b):
                    tense = (
                        "present" if w in _PRESENT or (w.endswith("s") and w != "was") else "past"
                    )
            self.tenses[key] = tense
        return self.tenses[key]

    def _has_verb(self, start: int, end: int) -> bool:
        if (start, end) not in self.verbs:  # asked once per clause, not once per value
            words = [w.lower() for w in _WORD.findall(self.text, start, end) if "-" not in w]
            self.verbs[start, end] = any(w in AUXILIARIES or _VERB_FORM.fullmatch(w) for w in words)
        return self.verbs[start, end]
