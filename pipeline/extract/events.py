"""Dated statements: every calendar date expression of a document, resolved to ISO 8601.

Absolute expressions come straight from :func:`pipeline.extract.dates.find_dates`.
Relative ones (``On 4 August``, ``in July``, ``that same year``, ``the next day``) are
resolved from a running context: the date most recently established earlier in the
document (title, headings with years and preceding sentences). Unresolvable ones are
left out.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from pipeline.article import Heading, heading
from pipeline.extract.dates import DateMention, find_dates, iso_date
from pipeline.extract.deictic import deictic_mentions, document_date, resolve_deictic
from pipeline.extract.descriptions import DescribedSentence
from pipeline.extract.topic import DISAMBIGUATOR, lead_text, read_topic
from pipeline.model import Document, Event, Sentence

_PRESENT = re.compile(r"\b(?:present|today|now)\b", re.IGNORECASE)
_ERA_KINDS = ("full", "month_year", "year", "range")
_FAR = 500  # years between a bracketed number and the context beyond which it is a code
_DATELINE_REACH = 6  # sentences read for a page's dateline
_MAX_AGE = 2  # an anaphor ("that same year") refers to a date at most this many sentences back
_MAX_DAY_AGE = 12  # "the next morning" refers to a day stated at most this many sentences back
_HABITUAL = re.compile(
    r"\b(?:usually|annually|typically|normally|generally|traditionally|occurs|"
    r"(?:every|each) (?:year|month|week|day|night|morning|evening))\b",
    re.I,
)
_APPROX_WORDS = ("approximately", "about", "around", "roughly", "nearly", "almost", "some", "over",
                 "more than")  # fmt: skip
_APPROX = re.compile(rf"\b(?:{'|'.join(_APPROX_WORDS)})\s*$", re.I)
_APPROX_WIDTH = max(map(len, _APPROX_WORDS))


@dataclass
class _Context:
    year: int | None = None
    month: int | None = None
    day: int | None = None
    section_max: int | None = None  # latest year a dated heading (e.g. "(2014 – 2015)") allows
    age: int = 0  # sentences since the context was last set

    def set(self, year: int, month: int | None = None, day: int | None = None) -> None:
        self.year, self.month, self.day, self.age = year, month, day, 0

    def key(self) -> tuple[int, int, int]:
        return (self.year or 0, self.month or 0, self.day or 0)

    def heading(self, mentions: list[DateMention]) -> None:
        years = [m.year for m in mentions if m.year is not None and m.kind != "century"]
        if not years:
            return
        lo, hi = min(years), max(years)
        if self.year is None or not lo <= self.year <= hi:
            self.set(lo)

    def shift(self, unit: str, offset: int) -> str | None:
        """Resolve an anaphoric expression and move the context to it. A day is followed
        further than a year or a month: while the context still holds a day, no date has
        been stated since, so ``the next morning`` of a battle narrative refers to it."""
        if self.year is None:
            return None
        if self.age > (_MAX_DAY_AGE if unit == "day" and self.day is not None else _MAX_AGE):
            return None
        if unit == "year":
            if offset:
                self.set(self.year + offset)
            return iso_date(self.year)
        if self.month is None:
            return None
        if unit == "month":
            total = self.year * 12 + self.month - 1 + offset
            self.set(total // 12, total % 12 + 1)
            return iso_date(self.year, self.month)
        if self.day is None or self.year < 1:
            return None
        try:
            d = dt.date(self.year, self.month, self.day) + dt.timedelta(days=offset)
        except (ValueError, OverflowError):
            return None
        self.set(d.year, d.month, d.day)
        return d.isoformat()

    def day_of_month(self, day: int) -> str | None:
        """``the 25th``: that day of the month last established (the next month when the
        day has passed); the context stays where it is."""
        if self.year is None or self.month is None or self.age > _MAX_AGE or self.year < 1:
            return None
        year, month = self.year, self.month
        if self.day is not None and day < self.day:
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        try:
            return dt.date(year, month, day).isoformat()
        except ValueError:
            return None

    def place(self, month: int, day: int | None) -> str | None:
        """Year for a month (and day) given without one, then move the context to it."""
        if self.year is None:
            return None
        year = self.year
        if self.month is not None and month < self.month:
            back = self.month - month
            section_allows = self.section_max is not None and self.section_max > year
            if 12 - back < back or (section_allows and back > 1):
                year += 1
        self.set(year, month, day)
        return iso_date(year, month, day)


_TITLE_YEAR = re.compile(r"(?<![\w.,])(1\d{3}|20\d{2})(?![\w%])")


def heading_dates(title: str) -> list[DateMention]:
    """The dates of a title or heading. A title's bare year dates the article's timeline
    even where running text would not read it as one (``Vichy French attacks: 1940``,
    ``Typhoon Krosa (2013)``, ``Operation Felix: 1940 – 1941``)."""
    found = find_dates(title)
    if any(m.year is not None for m in found):
        return found
    return [
        DateMention(m.start(), m.end(), m.group(), "year", int(m.group()))
        for m in _TITLE_YEAR.finditer(title)
    ]


def _section_bounds(title: str, mentions: list[DateMention]) -> int | None:
    years = [m.year for m in mentions if m.year is not None and m.kind != "century"]
    if not years:
        return None
    return 9999 if _PRESENT.search(title) else max(years)


def _follows_explicit(text: str, m: DateMention, nxt: DateMention | None) -> bool:
    """``four months later in June 1972``, ``the following morning, 5 January``: an explicit
    date right after the anaphor states the same time."""
    if nxt is None or (nxt.year is None and nxt.month is None):
        return False
    return re.fullmatch(r"\s*,?\s*(?:on|in|by|at)?\s*", text[m.end : nxt.start]) is not None


def _agrees(date: str, m: DateMention) -> bool:
    """Does the resolved ``date`` agree with the date stated by ``m``, written with or
    without its year (``the following morning, 5 January``)?"""
    if m.iso is not None:
        return m.iso.startswith(date)
    resolved = [int(part) for part in date.lstrip("-").split("-")[1:]]
    return all(a == b for a, b in zip(resolved, (m.month, m.day), strict=False) if b is not None)


def _approximate(text: str, m: DateMention) -> bool:
    """``Approximately one year later``: not a calendar placement."""
    # the qualifier ends where the blanks before the mention start: search only there
    word_end = m.start
    while word_end > 0 and text[word_end - 1].isspace():
        word_end -= 1
    return _APPROX.search(text, max(0, word_end - _APPROX_WIDTH), m.start) is not None


def _implausible_code(text: str, m: DateMention, year: int | None) -> bool:
    """``Tropical Storm Krosa (1329)``: a bracketed number far from every date around it."""
    if m.kind != "year" or year is None or m.year is None or abs(m.year - year) <= _FAR:
        return False
    return text[m.start - 1 : m.start] == "(" and text[m.end : m.end + 1] == ")"


def _ancient(mentions: Sequence[Sequence[DateMention]]) -> bool:
    """Is the article's text in the first millennium, so that ``in 43`` and ``by 610`` are
    years? Yes when it writes such a date in full (``AD 79``, ``10 June 731``), names a
    century or decade of it (``the 7th century``, ``the 670s``), or dates things only with
    small numbers after a preposition, never with a year of four digits."""
    weak, modern = 0, False
    for ms in mentions:
        for m in ms:
            if m.year is None:
                continue
            if m.year < 1000 and not m.weak and m.kind in _ERA_KINDS:
                return True
            if m.kind in ("century", "decade") and 0 <= m.year < 1000:
                return True
            weak += m.weak
            modern = modern or (m.year >= 1000 and m.kind in _ERA_KINDS)
    return weak >= 2 and not modern


class _DatedSentence(DescribedSentence):
    """One sentence and its date mentions, read once for all its mentions."""

    @cached_property
    def habitual(self) -> bool:
        return _HABITUAL.search(self.text) is not None


class _Timeline:
    """The running date context of one document, moved by headings and dated mentions."""

    def __init__(self, title: str) -> None:
        self.ctx = _Context()
        self.ctx.heading(heading_dates(title))
        # a season's or an event's year ("2010 Claxton Shield", "Typhoon Krosa (2013)"):
        # each section without a year of its own starts from it
        self.title_year = self.ctx.year
        self.levels: list[tuple[int, int | None]] = []  # (heading level, latest year allowed)
        self.para = -1
        # the context before a flashback ("In 1979, the US ..."), restored at the end of the
        # paragraph when the flashback stayed a single mention
        self.saved: _Context | None = None
        self.anchors = 0
        # the latest target or forecast date ("will open in 2027"): it dates later plans
        # ("it will report in late February") but not what happened
        self.future: _Context | None = None
        self.now: dt.date | None = None  # the article's own date, from its dateline

    def enter(self, paragraph: int, heads: list[Heading]) -> None:
        """Move to a new sentence, after the headings that precede it."""
        ctx = self.ctx
        if heads:
            self.saved = None
        elif paragraph != self.para and self.saved is not None:
            if self.anchors == 1 and ctx.key() < self.saved.key():
                ctx.set(self.saved.year or 0, self.saved.month, self.saved.day)
            self.saved = None
        self.para = paragraph
        for level, title in heads:
            found = heading_dates(title)
            self.levels = [(lv, mx) for lv, mx in self.levels if lv < level]
            self.levels.append((level, _section_bounds(title, found)))
            ctx.heading(found)
            if self.title_year is not None and not any(m.year for m in found):
                ctx.set(self.title_year)  # not the year the previous section ended on
            ctx.section_max = next((mx for _, mx in reversed(self.levels) if mx is not None), None)
        ctx.age += 1

    def anchor(self, sent: _DatedSentence, m: DateMention) -> None:
        """An absolute date establishes the context unless it is retrospective."""
        if m.year is None or m.kind in ("decade", "century") or sent.is_retrospective(m):
            return
        if sent.is_prospective(m):  # a target's year dates only the plans after it
            self.future = _Context(m.year, m.month, m.day)
            return
        ctx = self.ctx
        self.anchors += 1
        if self.saved is None and ctx.year is not None and m.year < ctx.year:
            self.saved, self.anchors = _Context(ctx.year, ctx.month, ctx.day), 1
        if m.month is None and m.year == ctx.year:
            ctx.age = 0  # "the 2015 Slammy Awards" after "August 23": still August 2015
            return
        ctx.set(m.year, m.month, m.day)

    def resolve(
        self, sent: _DatedSentence, m: DateMention, nxt: DateMention | None
    ) -> tuple[str, str] | None:
        """(ISO date, method) for a mention, or None when it is left out."""
        text = sent.text
        if m.kind == "anaphora" and m.unit in _DEICTIC_UNITS:
            if self.now is None:
                return None
            date = resolve_deictic(m, self.now, sent.is_prospective(m))
            return (date, "date.anaphora") if date else None
        if m.kind == "anaphora":
            if m.unit is None or _approximate(text, m):
                return None
            if m.unit == "day_of_month" and m.day is not None:
                date = self.ctx.day_of_month(m.day)
                return (date, "date.anaphora") if date else None
            if nxt is not None and _follows_explicit(text, m, nxt):
                # "one year later on April 1, 1981": kept only when it agrees with that date
                date = dataclasses.replace(self.ctx).shift(m.unit, m.offset)
                return (date, "date.anaphora") if date and _agrees(date, nxt) else None
            if m.unit == "day" and sent.habitual:
                return None  # "each night they … before dawn the next morning"
            date = self.ctx.shift(m.unit, m.offset)
            return (date, "date.anaphora") if date else None
        if m.year is None:
            if m.month is None or sent.habitual:
                return None
            future = self.future
            if (
                future is not None
                and (self.ctx.year is None or (future.year or 0) > self.ctx.year)
                and sent.is_prospective(m)
            ):  # "The first units start in 2025. It will report in late February."
                date = dataclasses.replace(future).place(m.month, m.day)
                return (date, f"date.{m.kind}_context") if date else None
            date = self.ctx.place(m.month, m.day)
            return (date, f"date.{m.kind}_context") if date else None
        if _implausible_code(text, m, self.ctx.year) or m.iso is None:
            return None
        self.anchor(sent, m)
        return m.iso, f"date.{m.kind}"


def _own_heading(sent: Sentence) -> Heading | None:
    """The sentence itself as a heading line (a list item written like one: ``- == X ==``)."""
    text = sent.text.strip()
    return None if "\n" in text else heading(text)


def _headings(doc: Document, sent: Sentence, cursor: int) -> list[Heading]:
    """Headings between the previous sentence and this one (or the sentence itself)."""
    gap = doc.text[cursor : sent.char_start] if sent.char_start > cursor else ""
    heads = [h for line in gap.split("\n") if (h := heading(line)) is not None]
    own = _own_heading(sent)
    if own:
        heads.append(own)
    return heads


_DEICTIC_UNITS = frozenset({"now_year", "now_month", "now_day", "weekday"})


def _with_deictic(found: list[DateMention], deictic: list[DateMention]) -> list[DateMention]:
    """``found`` and the deictic mentions that overlap none of it, in order."""
    if not deictic:
        return found
    kept = [d for d in deictic if not any(d.start < m.end and m.start < d.end for m in found)]
    return sorted([*found, *kept], key=lambda m: (m.start, m.end))


def extract_events(doc: Document, sentences: Sequence[Sentence]) -> list[Event]:
    """One Event per date expression in the sentences, resolved in document context."""
    per_sentence = [find_dates(s.text, small_years=True) for s in sentences]
    ancient = _ancient(per_sentence)
    timeline = _Timeline(doc.title)
    lead = lead_text(doc.title, sentences)
    # the dateline, in the lead or after a genre label ("PRESS RELEASE", "Vidin, 14 May 2025")
    dated = [(s, d) for s in sentences[:_DATELINE_REACH] if (d := document_date(s.text))]
    first = next(((s, d) for s, d in dated if s.text == lead), dated[0] if dated else None)
    timeline.now = first[1] if first else None
    dateline = first[0].sentence_id if first else None
    if timeline.now is not None:  # "last year", "on Monday" of a dated news article
        per_sentence = [
            _with_deictic(found, deictic_mentions(s.text))
            for s, found in zip(sentences, per_sentence, strict=True)
        ]
    topic = DISAMBIGUATOR.sub("", doc.title).strip()  # "Typhoon Krosa (2013)" → its name
    person = read_topic(doc.title, lead, doc.text).pronouns if sentences else frozenset()
    events: list[Event] = []
    cursor = 0
    for sent, found in zip(sentences, per_sentence, strict=False):
        heads = _headings(doc, sent, cursor)
        timeline.enter(sent.paragraph_index, heads)
        cursor = max(cursor, sent.char_end)
        if heads and _own_heading(sent) is not None:
            continue
        mentions = [m for m in found if ancient or not m.weak]
        described = _DatedSentence(
            sent.text, mentions, topic, person, dateline=sent.sentence_id == dateline
        )
        for i, m in enumerate(mentions):
            resolved = timeline.resolve(
                described, m, mentions[i + 1] if i + 1 < len(mentions) else None
            )
            if resolved is None:
                continue
            start = sent.char_start + m.start
            events.append(
                Event(
                    doc_id=doc.doc_id,
                    sentence_id=sent.sentence_id,
                    char_start=start,
                    char_end=start + len(m.quote),
                    quote=m.quote,
                    date=resolved[0],
                    description=described.describe(m) or m.quote,
                    method=resolved[1],
                )
            )
    events.sort(key=lambda e: (e.char_start, e.char_end))
    return events
