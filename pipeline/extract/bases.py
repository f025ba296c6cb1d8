"""What a comparison's base date dates: the compared value as it stood then.

Examples: ``Twenty-seven new projects were registered in 2024, compared with 15 a year
earlier`` → at ``a year earlier``, ``15 new projects were registered``; ``As of 1 January 2025,
24 free zones and 478 small zones were operating, compared with 21 and 442 respectively a year
earlier`` → ``21 free zones and 442 small zones were operating``; ``Export sales totalled HUF
1,445 billion, equivalent to 78.3% of net sales, compared with 76.9% in January–September
2023`` → ``Export sales equivalent to 76.9% of net sales``. A comparison without a base value
(``In 2024 the terminal handled 186,400 TEU, up 21% on 2023``) says the date is its base:
``comparison base: terminal handled 186,400 TEU, up 21%``.

The date is not the time of the clause that states the current value; describing it by that
clause (``terminal handled 186,400 TEU`` at 2023) would say the wrong thing happened then.
`base_deed` reads the masked sentence (dates blanked with ``\\x00``) and gives that
description (its words still to be cleaned), or None when the date is no comparison's base.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from pipeline.extract.clause_words import has_verb, is_name_like, past_or_finite, words_of
from pipeline.extract.numbers import find_numbers
from pipeline.extract.verbs import is_verb
from pipeline.extract.words import words

_CHANGE: Final = (
    r"(?:(?:about|around|nearly|almost|some|roughly|over|more\s+than)\s+)?[^\s,;]*\d[\d.,]*\s*"
    r"(?:%|per\s?cent|percent|percentage\s+points?|points?|times|-?fold|pp)?"
)
# The words that make what follows a comparison's base: "compared with", "up 21% on", "an
# increase of 11.8% on", "0.6 percentage points higher than", "unchanged from", "up from";
# "higher than" only right before its date ("higher than in 2023", not "more than 6,200 people
# in 2024"); "against" only after a value or a comma, with a base value ("…, against 8 in
# 2023", not "against the 23rd Infantry's perimeter on …"); "rose to 9,420 from 8,100 in":
# after a value, with a base value.
_MARK: Final = re.compile(
    rf"(?:\b(?P<strong>compared\s+(?:with|to)|as\s+against|relative\s+to|(?:up|down)\s+from|"
    rf"unchanged\s+(?:from|on)|"
    rf"(?:up|down|rising|falling|rose|fell|grew|growing|increasing|decreasing|increased|"
    rf"decreased|declined|declining|climbed|climbing|jumped|dropped|slipped)\s+(?:by\s+)?"
    rf"{_CHANGE}\s*(?:on|from|over|against|versus|compared\s+(?:with|to))|"
    rf"an?\s+(?:increase|decrease|rise|drop|fall|growth|gain|decline|jump|improvement|"
    rf"reduction)\s+of\s+{_CHANGE}\s*(?:on|over|from|compared\s+(?:with|to)|against)|"
    rf"{_CHANGE}\s+(?:more|less|fewer|higher|lower|above|below|up|down)\s+(?:than|on|from))|"
    rf"\b(?P<than>(?:higher|lower|above|below|more|less|fewer|greater|smaller)\s+than)|"
    rf"\b(?P<weak>(?:(?<=,\s)|(?<=\d\s)|(?<=%\s))(?:against|versus|vs\.?))|"
    rf"(?<=\d)(?:%|\s?(?:per\s?cent|percent|[^\W\d_]{{1,12}}))?\s+(?P<pivot>from))\s",
    re.IGNORECASE,
)
# What may stand between the base value and its date: "in", "at the end of", "in the same
# period of", "in the whole of", "for".
_TAIL: Final = re.compile(
    r"(?:\s+respectively)?\s*(?:\b(?:in|at|during|for|of|on|by)\s+)?(?:\bthe\s+)?"
    r"(?:(?:same\s+(?:\w+\s+)?(?:period|quarter|months?|half|weeks?|time)|end|close|start|"
    r"whole|course)\s+(?:of|in)\s+)?(?:\b(?:fiscal|financial\s+year|FY|Q[1-4]|H[12])\s*)?$",
    re.IGNORECASE,
)
_CLAUSE_CUT: Final = re.compile(r"[;:]|,\s|\s[–—]\s")
_REACH: Final = 220  # characters read before a date for its comparison
_MAX_BASE_WORDS: Final = 9  # words of a base between its mark and its date
_PREFIX: Final = re.compile(
    r"(?:(?:US|C|A|NZ|HK|S|R)\$|[A-Z]{3}|Rs\.?|[$€£¥₩₹₦₱฿]|RM|Tk|KSh|TL)\s?$"
)
_PERCENT: Final = re.compile(r"\s?(?:%|per\s?cent\b|percent\b|percentage\s+points?\b)")
_SAID: Final = re.compile(
    r"^\s*(?:the\s+)?[\w.'’ -]{0,40}?\b(?:said|says|added|noted|reported|announced|stated)\s*$"
    r"|^\s*according\s+to\b",
    re.IGNORECASE,
)
_CHANGE_END: Final = re.compile(
    r"\s+(?:on|from|over|than|against|versus|compared\s+(?:with|to))$", re.IGNORECASE
)
_MORE: Final = re.compile(r"\b(?:more|greater)$", re.IGNORECASE)  # "9.8% more" → "9.8% higher"
_LESS: Final = re.compile(r"\b(?:less|fewer|smaller)$", re.IGNORECASE)
# "… said that [the total value … reached RO 4.86 billion]": the report, not the value
_SAID_THAT: Final = re.compile(
    r"^[^,;]{0,80}?\b(?:said|says|announced|reported|noted|stated|showed|show)\s+"
    r"(?:\w+\s+)?that\s+",
    re.IGNORECASE,
)
# "fell to 41.5% from 44.2% a year earlier": then it stood at 44.2%, it did not fall to it
_MOVED_TO: Final = re.compile(
    r"\b(?:rose|fell|increased|decreased|grew|climbed|dropped|declined|jumped|slipped|"
    r"edged\s+(?:up|down)|rising|falling)\s+to\s+$",
    re.IGNORECASE,
)
_COMPLEMENT: Final = re.compile(r"\s*(?:equal|equivalent|close|worth)\b", re.IGNORECASE)
_THE: Final = re.compile(r"^\s*the\s+", re.IGNORECASE)  # "[the] terminal handled …"
_NOT_UNIT: Final = words("in at on of by for a an the and or from to respectively during with as")
_UNIT_WORD: Final = re.compile(r"\s*([^\W\d_][\w-]*)")
_MAX_CLAUSES: Final = 5  # clauses read back for the compared value
# "of whom 42 per cent are …": the part is the thing; "while rents …": no joint
_WHOM: Final = re.compile(
    r"^\s*(?:of\s+(?:whom|which)|which|who|while|whereas|and|but)\s+", re.IGNORECASE
)


def base_values(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The values in ``text[start:end]`` as (start, end, kind): a number with its currency
    before it (``Rs 88 crore``: money) or its per cent after it (``76.9%``: percent). Not a
    number inside a compound (``twenty-foot``), a bracket or a masked date."""
    found: list[tuple[int, int, str]] = []
    depth_at = _bracket_depths(text, start, end)
    for n in find_numbers(text[start:end]):
        a, b = start + n.start, start + n.end
        if text[b : b + 1] == "-" or depth_at[n.start] or (n.plain and n.value >= 1000):
            continue
        kind = "number"
        prefix = _PREFIX.search(text, max(start, a - 4), a)
        if prefix is not None:
            a, kind = prefix.start(), "money"
        pct = _PERCENT.match(text, b)
        if pct is not None and pct.end() <= end:
            b, kind = pct.end(), "percent"
        found.append((a, b, kind))
    return found


def _bracket_depths(text: str, start: int, end: int) -> list[int]:
    """For each position of ``text[start:end]``, how many brackets are open there."""
    depths, depth = [], 0
    for ch in text[start:end]:
        depth += ch == "("
        depth -= ch == ")" and depth > 0
        depths.append(depth)
    return depths


def _unit(text: str, end: int) -> str:
    """The word right after a value (``tonnes``, ``rai``, ``TEU``), lower-cased, or ""."""
    word = _UNIT_WORD.match(text, end)
    if word is None or word.group(1).lower() in _NOT_UNIT:
        return ""
    return word.group(1).lower()


def _clause_start(blank: str, end: int, floor: int) -> int:
    """Where the clause ending at ``end`` starts (after a comma, semicolon, colon or spaced
    dash), not before ``floor``."""
    cuts = [c.end() for c in _CLAUSE_CUT.finditer(blank, floor, end)]
    return cuts[-1] if cuts else floor


def _clauses_before(blank: str, end: int) -> list[tuple[int, int]]:
    """The clauses before ``end``, nearest first, past asides in brackets and reporting
    clauses (``…, the company said, compared with …``)."""
    found: list[tuple[int, int]] = []
    stop = end
    while len(found) < _MAX_CLAUSES:
        while stop > 0 and blank[stop - 1] in " ,;—–":
            stop -= 1
        if stop <= 0:
            break
        if blank[stop - 1] == ")" and "(" in blank[:stop]:  # "… złoty (€725 million)": aside
            stop = blank.rindex("(", 0, stop)
            continue
        start = _clause_start(blank, stop, 0)
        if _SAID.match(blank[start:stop]) is None:
            found.append((start, stop))
        stop = start
    return found


def _targets(
    blank: str, clauses: list[tuple[int, int]], bases: list[tuple[int, int, str]]
) -> tuple[int, list[tuple[int, int, str]]] | None:
    """Where the compared statement starts and the values in it the bases stand for: the
    nearest run of clauses with as many values of the bases' unit (``8.3 million tonnes``
    for ``6.9 million tonnes``), else of their kinds."""
    unit = _unit(blank, bases[-1][1])
    kinds = {k for _, _, k in bases}
    digits = all(any(ch.isdigit() for ch in blank[a:b]) for a, b, _ in bases)
    by_kind: tuple[int, list[tuple[int, int, str]]] | None = None
    end = clauses[0][1] if clauses else 0
    for start, _ in clauses:
        values = [v for v in base_values(blank, start, end) if v[2] in kinds or kinds == {"number"}]
        if unit:
            same = [v for v in values if _unit(blank, v[1]) == unit]
            if len(same) >= len(bases):
                return start, same[-len(bases) :]
        written = [v for v in values if any(ch.isdigit() for ch in blank[v[0] : v[1]])]
        if digits and len(written) >= len(bases):  # "142,600 … in the first nine months, up
            values = written  # 18% from 120,800": not "nine" (but "Forty-one …, compared with 19")
        if by_kind is None and len(values) >= len(bases):
            by_kind = start, values[-len(bases) :]
    return by_kind


def _subject(clause: str) -> str | None:
    """The words of a clause before its verb (``Export sales totalled …`` → ``Export
    sales``), or None."""
    raw = clause.split()
    low = words_of(clause)
    for k in range(1, min(len(low), 8)):
        after = low[k + 1] if k + 1 < len(low) else ""
        if is_verb(low[k], low[k - 1], after) or past_or_finite(low[k]):
            return " ".join(raw[:k]).strip(" ,")
    return None


def _with_subject(blank: str, a: int, said: str, body: int = 0) -> str:
    """``said`` with the sentence's subject before it when its clause has none of its own
    (``[Export sales] equivalent to 76.9% of net sales``, ``[Alvarcal] reported revenue``)."""
    clause = _WHOM.sub("", said)
    words = words_of(clause)
    own = has_verb(clause) and _COMPLEMENT.match(clause) is None
    if a == 0 or not words or (own and not past_or_finite(words[0])):
        return _THE.sub("", clause)
    if blank[:a].rstrip().endswith(":"):  # "Exports of goods and services: [US$294 million]"
        return f"{blank[:a].rstrip(' :')}: {clause.strip()}"
    # (after the dateline: "DURRES, Albania, Oct 14 (Reuters) - Adriatik …, [handled …]")
    opener = (
        blank[min(body, a) : a].split(", ")[0].strip()
    )  # "Alvarcal, which …, [reported revenue …]"
    subject = _subject(opener) or (opener if is_name_like(opener) else None)
    return _THE.sub("", f"{subject} {clause}" if subject else clause)


class Base(NamedTuple):
    """A base date's description: ``label`` (``comparison base: `` when the base has no value
    of its own, else empty) and the ``words`` of its statement, still to be cleaned."""

    label: str
    words: str


def base_deed(blank: str, start: int, body: int = 0) -> Base | None:
    """What the date at ``blank[start]`` dates when it is the base of a comparison (see the
    module docstring); else None. ``blank`` is the sentence with its dates masked."""
    floor = _clause_start(blank, start, max(0, start - _REACH))
    marks = list(_MARK.finditer(blank, floor, start))
    if not marks:
        return None
    mark = marks[-1]
    between = blank[mark.end() : start]
    tail = _TAIL.search(between)
    region = between[: tail.start()] if tail else between
    if len(region.split()) > _MAX_BASE_WORDS or "\x00" in blank[mark.start() : mark.end()]:
        return None
    if mark.group("than") and region.strip():
        return None  # "more than 6,200 people in 2024": a qualifier, no comparison
    last = mark.end() + (region.rfind("\x00") + 1)  # "43.9% in [Q2] and [41.5%] in …"
    bases = base_values(blank, last, mark.end() + len(region))
    if not bases:
        if region.strip() or not mark.group("strong"):
            return None  # "compared to the ships of the 1880s", "against the perimeter on"
        return _unvalued(blank, floor, mark, body)
    if "respectively" not in between and len(bases) > 1 and _unit(blank, bases[0][1]) == "":
        bases = bases[-1:]
    pivot = mark.start("pivot") if mark.group("pivot") else mark.start()
    found = _targets(blank, _clauses_before(blank, pivot), bases)
    if found is None:
        return None
    a, values = found
    out, at = "", a
    for (va, vb, _), (ba, bb, _) in zip(values, bases, strict=True):
        before = blank[at:va]
        moved = _MOVED_TO.search(before)
        if moved is not None:  # "fell to [44.2%]" → "stood at 44.2%"
            before = before[: moved.start()] + "stood at "
        out += before + blank[ba:bb]
        at = vb
    cut = _CLAUSE_CUT.search(blank, at, pivot)  # to the end of the clause of the last value
    out += blank[at : cut.start() if cut else pivot]
    return Base("", _with_subject(blank, a, _SAID_THAT.sub("", out), body))


def _unvalued(blank: str, floor: int, mark: re.Match[str], body: int = 0) -> Base | None:
    """A comparison that gives no base value (``…, up 21% on 2023``): the compared statement
    said to be measured against the date; ``unchanged from`` gives the statement itself."""
    change = _CHANGE_END.sub("", blank[mark.start() : mark.end()].strip())
    change = _LESS.sub("lower", _MORE.sub("higher", change))
    own = blank[floor : mark.start()]
    if own.strip() and not base_values(blank, floor, mark.start()):
        said = (
            f"{_WHOM.sub('', own).strip()} {change}"  # "Zone output was [12% higher than] in 2023"
        )
        a = floor
    else:
        clauses = _clauses_before(blank, mark.start())
        near = next((c for c in clauses if base_values(blank, *c)), None)
        if near is None:
            return None
        a = near[0]
        said = blank[near[0] : near[1]].strip(" (")
        if not change.lower().startswith("unchanged"):  # then as now
            said = f"{said}, {change}"
        else:
            return Base("", _with_subject(blank, a, _SAID_THAT.sub("", said), body))
    return Base("comparison base: ", _with_subject(blank, a, _SAID_THAT.sub("", said), body))
