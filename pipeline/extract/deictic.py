"""Dates relative to when an article was written: ``last year``, ``this year``, ``next
month``, ``on Monday``, ``yesterday``.

News pages say when they were written in their dateline (``ALMATY, Kazakhstan, Feb. 3, 2025
— …``, ``Muscat, 12 May 2025``); :func:`document_date` reads it from the first sentence.
Without one these expressions are left out (they cannot be placed); with one,
:func:`resolve_deictic` places them: a weekday is the latest such day on or before the
article's date (the one on or after it when the clause states a plan).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from pipeline.extract.dates import DateMention, find_dates, iso_date

WEEKDAYS: Final = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# (pattern, unit, offset); unit "now_year" / "now_month" / "now_day" / "weekday"
DEICTIC: Final[list[tuple[re.Pattern[str], str, int]]] = [
    (re.compile(p), unit, off)
    for p, unit, off in (
        (r"(?<![Tt]he )(?<![Ii]ts )\b(?:[Ll]ast|[Pp]ast) year\b", "now_year", -1),
        (r"\b(?:[Ee]arlier |[Ll]ater )?[Tt]his year\b", "now_year", 0),
        (r"(?<![Tt]he )\b[Nn]ext year\b", "now_year", 1),
        (r"(?<![Tt]he )\b[Ll]ast month\b", "now_month", -1),
        (r"\b(?:[Ee]arlier |[Ll]ater )?[Tt]his month\b", "now_month", 0),
        (r"(?<![Tt]he )\b[Nn]ext month\b", "now_month", 1),
        (r"\b[Yy]esterday\b", "now_day", -1),
        (r"\b(?:(?:on|last|this|next) )?(?:" + "|".join(WEEKDAYS) + r")\b(?! \d)", "weekday", 0),
    )
]
_CUE: Final = re.compile(r"year|month|day", re.IGNORECASE)
# A dateline: capitalised place words and the date, then a dash (or nothing else at all).
_DATELINE: Final = re.compile(
    r"^[A-ZÀ-Ý][\w'’.À-ÿ-]*(?:[ ,]+(?:[A-ZÀ-Ý][\w'’.À-ÿ-]*|\d{1,4})){0,8}?,?"
    r"(?:\s*\([A-Za-z .&-]+\))?(?:\s(?:--|[—–-])\s|\s*$)"
)


def deictic_mentions(text: str) -> list[DateMention]:
    """The deictic date expressions of ``text`` (anaphora of the article's own date)."""
    if not _CUE.search(text):
        return []
    out = []
    for pat, unit, off in DEICTIC:
        for m in pat.finditer(text):
            day = None
            if unit == "weekday":
                day = next(i for i, w in enumerate(WEEKDAYS) if m.group().endswith(w))
                off = {"last": -1, "next": 1}.get(m.group().split()[0].lower(), 0)
            out.append(
                DateMention(
                    m.start(), m.end(), m.group(), "anaphora", day=day, unit=unit, offset=off
                )
            )
    return out


def document_date(first_sentence: str) -> dt.date | None:
    """The date an article gives itself in its dateline (a day, month and year in the place
    and date that open its first sentence), or None."""
    head = _DATELINE.match(first_sentence[:120])
    if head is None:
        return None
    for m in find_dates(head.group()):
        if m.kind == "full" and m.year and m.month and m.day:
            try:
                return dt.date(m.year, m.month, m.day)
            except ValueError:
                return None
    return None


def dateline_end(text: str) -> int:
    """Where the dateline that opens ``text`` ends (after its dash), 0 when there is none."""
    head = _DATELINE.match(text[:120])
    if head is None or not head.group().rstrip().endswith(("-", "—", "–")):
        return 0
    return head.end()


def dateline_place(text: str, start: int) -> str | None:
    """The place of the dateline that opens ``text`` when the date at ``start`` is in it
    (``ATHENS, March 27 — …``, ``Vidin, 14 May 2025``), else None."""
    head = _DATELINE.match(text[:120])
    if head is None or start >= head.end() or "," not in head.group():
        return None
    place = head.group().split(",")[0].strip()
    return place if place and not any(ch.isdigit() for ch in place) else None


_AGENCY: Final = re.compile(r"\((?P<agency>[A-Z][A-Za-z&. ]{1,30}?)\)")


def dateline_names(
    text: str,
) -> tuple[tuple[int, int] | None, tuple[int, int] | None, int]:
    """The spans of the place and of the news agency in the dateline that opens ``text``
    (``CAIRO, March 4, 2025 (Reuters) - …``) and where the dateline ends; (None, None, 0)
    without a dated dateline."""
    head = _DATELINE.match(text[:120])
    if (
        head is None
        or "," not in head.group()
        or not head.group().rstrip().endswith(("-", "—", "–"))
    ):
        return None, None, 0
    if not any(m.kind in ("full", "day_month") for m in find_dates(head.group())):
        return None, None, 0
    comma = head.group().index(",")
    place = (0, comma) if not any(ch.isdigit() for ch in head.group()[:comma]) else None
    agency = _AGENCY.search(head.group())
    return place, agency.span("agency") if agency else None, head.end()


def resolve_deictic(m: DateMention, now: dt.date, planned: bool) -> str | None:
    """ISO date of a deictic mention in an article written on ``now``; ``planned``: its
    clause states a plan (``will meet on Monday``: the Monday after)."""
    if m.unit == "now_year":
        return iso_date(now.year + m.offset)
    if m.unit == "now_month":
        total = now.year * 12 + now.month - 1 + m.offset
        return iso_date(total // 12, total % 12 + 1)
    if m.unit == "now_day":
        return (now + dt.timedelta(days=m.offset)).isoformat()
    if m.unit == "weekday" and m.day is not None:
        back = (now.weekday() - m.day) % 7
        if m.offset > 0 or (planned and back):
            return (now + dt.timedelta(days=(7 - back) % 7 or 7)).isoformat()
        return (
            now - dt.timedelta(days=back + (7 if m.offset < 0 and back == 0 else 0))
        ).isoformat()
    return None
