"""Life spans in brackets after a name give a birth, a death or the years a person was
active; a tenure or a list of years is no life. Examples: ``Cassius Dio (c. 155 – 229)``
(a birth and a death), ``(born March 19, 1988)`` (a birth), ``(floruit 1121 to 1184)``
(active), ``(April 8, 2002 – June 3, 2002)`` (a tenure)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cached_property

from pipeline.extract.clauses import SentenceClauses
from pipeline.extract.dates import DateMention

_SPAN_MARK = re.compile(r"[–—-]|\bto\b")
_FLOURISHED = re.compile(r"\s*(?:floruit|fl\.)\s*", re.IGNORECASE)
# what a life bracket holds besides its dates; a number no date reads ("– 65") is its end
_LIFE_REST = re.compile(
    r"[\s,;–—-]*(?:(?:c\.|ca\.|circa|born|b\.|died|d\.|\d{1,4}(?:\s*(?:AD|BC|BCE|CE))?)"
    r"[\s,;–—-]*)*",
    re.I,
)
_LIFE_MARK = re.compile(r"\b(?:born|died)\b|(?:^|\s)[bd]\.|\d\s*[–—-]|[–—-]\s*\d", re.I)
# the name before a life bracket, past a pronunciation ("Brock Edward Lesnar / ˈlɛznər /")
_NAME_BEFORE = re.compile(
    r"((?:[A-Z][\w'’.-]*\s+(?:the\s+|of\s+|de\s+|von\s+)?){0,4}[A-Z][\w'’.-]*)"
    r"\s*(?:/[^/()]{1,40}/\s*)?$"
)
_MIN_LIFE = 10  # years: a shorter bracketed span is a tenure or a run, not a life


class LifeSpans(SentenceClauses):
    """The life spans in a sentence's brackets."""

    @cached_property
    def _starts(self) -> list[int]:
        return [m.start for m in self.mentions]

    def life_span(self, m: DateMention) -> str | None:
        """``Cassius Dio (c. 155 – 229)``: the first date is a birth, the second a death;
        None when the date is in no life bracket."""
        i = bisect_right(self._opens, m.start) - 1
        if i < 0:
            return None
        open_at = self._opens[i]
        j = bisect_left(self._closes, open_at)
        if j >= len(self._closes) or self._closes[j] < m.start:
            return None
        close = self._closes[j]
        semi = self.text.rfind(";", open_at, m.start)  # "(Latin: Nero …; 15 December 37 – …)"
        inner = semi if semi >= 0 else open_at
        lo, hi = bisect_right(self._starts, inner), bisect_left(self._starts, close)
        if hi - lo > 2 or lo >= hi:
            return None  # a list of dates, not a life
        dates = list(self.mentions[lo:hi])
        rest = self.text[inner + 1 : close]
        for other in dates:
            rest = rest.replace(other.quote, " ")
        floruit = _FLOURISHED.match(rest)
        if floruit is not None:
            rest = re.sub(r"\bto\b", "–", rest[floruit.end() :])  # "fl. 1121 to 1184"
        if not _LIFE_REST.fullmatch(rest):
            return None
        if len(dates) == 2 and not _SPAN_MARK.search(rest):
            return None  # "Wrestler of the Year (2002, 2014)": two years, no span
        if len(dates) < 2 and not _LIFE_MARK.search(rest) and floruit is None:
            return None  # "Henderson (1995)", "Match of the Year (2015)": not a life
        years = [d.year for d in dates if d.year is not None]
        bare = [int(n) for n in re.findall(r"\d{1,4}", rest)]  # "(c. 4 BC – 65)": its end
        if len(years) == 1 and bare:
            years.append(bare[-1])
        if floruit is None and len(years) == 2 and years[1] - years[0] < _MIN_LIFE:
            return None  # "(April 8, 2002 – June 3, 2002)", "(2002 – 03)": no life
        name = _NAME_BEFORE.search(self.text, max(0, open_at - 80), open_at)
        if name is None:
            return None
        if floruit is not None:
            return f"{name.group(1)} active"
        died = m is not dates[0] or "died" in rest.lower() or rest.strip().lower().startswith("d.")
        return f"{name.group(1)} {'died' if died else 'born'}"
