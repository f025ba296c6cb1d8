"""Subject and attribute of a stated quantity: what a value is about and what it measures.

Read from the words around the value in its sentence: the subject is the noun phrase that
heads the value's clause (``the park has …``), with a pronoun or a definite description of
the article's topic (``it``, ``the park``) resolved to the article title; the attribute is the
counted noun (``over 100 [high-tech firms]``), the noun before ``of`` (``[industrial output] of
18.5 billion``) or, failing those, the dimension of the unit (``area``, ``length``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from pipeline.extract import numbers as nb
from pipeline.extract import units as un
from pipeline.extract.clauses import SinceIndex

_S = r"[\s\u00a0]"

_CLAUSE_START_RE = re.compile(rf"[,;]{_S}+")
_TOKEN_RE = re.compile(r"[\w'’\-\"“”.&]+|[,;:()\[\]–—]")
_PUNCT = frozenset(",;:()[]–—")


def _is_verbish(tok: str, np_len: int) -> bool:
    if tok.lower() in un.AUXILIARIES:
        return True
    return np_len >= 1 and tok.islower() and "-" not in tok and tok.endswith(("es", "ed", "s"))


def _np_then_verb(text: str, pos: int) -> str | None:
    """The noun phrase at ``pos`` when a verb follows ("the park has", "Zhongke … exemplifies")."""
    toks = _TOKEN_RE.findall(text[pos : pos + 160])
    if toks and toks[0].lower() in ("and", "but", "then", "so"):
        toks = toks[1:]
    first = toks[0].lower() if toks else ""
    if first in un.STOP_WORDS and first not in un.DETERMINERS and first not in ("it", "he", "she"):
        return None  # "On 11 September 2001, …" is not a subject
    if not toks or not (
        first in un.DETERMINERS or toks[0][:1].isupper() or first in ("it", "he", "she")
    ):
        return None
    np: list[str] = []
    skip_to = -1
    for i, tok in enumerate(toks[:24]):
        if i < skip_to:
            continue
        low = tok.lower()
        if np and (_is_verbish(tok, len(np)) or low in ("that", "which", "who")):
            return " ".join(np)
        if (
            tok == "," and np and "," in toks[i + 1 : i + 12]
        ):  # "The tower, completed in 1931, stands"
            skip_to = toks.index(",", i + 1) + 1
            continue
        if len(np) >= 8:
            return None
        if tok in _PUNCT or (np and low in un.STOP_WORDS and low not in un.DETERMINERS):
            if low == "of" and np[-1][:1].isupper():
                np.append(tok)
                continue
            return None
        np.append(tok)
    return None


def subject_for(text: str, pos: int, title: str) -> str | None:
    """What the value at ``pos`` is about: the subject of its clause, with ``it`` / ``the park``
    (a pronoun or a definite description of the article's topic) resolved to the title."""
    window = max(0, pos - 400)  # clause starts near the value, and the sentence start
    starts = [0, *[m.end() for m in _CLAUSE_START_RE.finditer(text, window, pos)][-8:]]
    for start in reversed(starts):
        np = _np_then_verb(text, start)
        if np is not None:
            if start <= pos < text.find(np.split()[-1], start) + len(np.split()[-1]):
                return title or None  # the value is part of the subject: "Three species are …"
            return _resolve(np, title)
    return None


def _resolve(np: str, title: str) -> str | None:
    words = np.split()
    low = [w.lower() for w in words]
    if low[0] in ("it", "he", "she"):
        return title or None
    described = low[0] in un.DETERMINERS and 1 < len(words) <= 3
    generic = low[-1] in un.TOPIC_NOUNS or low[-1] in title.lower().split()
    if described and generic and all(w.islower() for w in words[1:]):
        return title or None
    if low[0] in un.DETERMINERS:
        words = words[1:]
    if not words or words[0].lower() in nb.NUMBER_WORDS or re.fullmatch(r"[\d,.]+", words[0]):
        return title or None  # "Three species are present …, two in Trinidad"
    return " ".join(words).strip(" \"'“”") or None


def _noun_after(text: str, end: int) -> str | None:
    """The counted noun phrase after a number: "over 100 [high-tech firms]"."""
    toks = _TOKEN_RE.findall(text[end : end + 120])
    if toks and toks[0].startswith("-"):
        toks[0] = toks[0][1:]
    if len(toks) >= 2 and toks[0].lower() == "of":
        owner = toks[1].endswith(("'s", "’s"))  # "19 of Hunt's 30 strikes"
        toks = toks[2:] if toks[1].lower() in un.DETERMINERS or owner else toks[1:]
        if toks and toks[0][:1].isdigit():
            toks = toks[1:]  # "45 of the 120 seats"
    words: list[str] = []
    for tok in toks[:6]:
        low = tok.lower().rstrip(".")
        if tok in _PUNCT or tok[:1].isdigit() or low in un.STOP_WORDS:
            break
        if words and "-" not in tok and low.endswith(("ed", "ing")):
            break
        words.append(tok.rstrip("."))
        if tok.endswith(".") or len(words) == 4:
            break
    return " ".join(words) or None


_VAGUE_HEADS = un.words("total number sum amount average maximum minimum")


def _noun_before(text: str, start: int) -> str | None:
    """The measured noun before ``of`` or a qualifier: "[industrial output] of 18.5 billion",
    "an [output value] above 10 billion"."""
    q = un.qualifier_before(text, start)
    stop = q[1] if q else start
    left = text[max(0, stop - 100) : stop]
    if q is None:
        if not re.search(rf"\bof{_S}*$", left):
            return None
        left = re.sub(rf"\bof{_S}*$", "", left)
    toks = _TOKEN_RE.findall(left[-80:])[-4:]
    cut = max((i for i, t in enumerate(toks) if t.lower() in un.STOP_WORDS or not t[:1].isalnum()),
              default=-1)  # fmt: skip
    if q is not None and (cut < 0 or toks[cut].lower() not in un.DETERMINERS):
        return None  # "grow up to 30 metres": no noun phrase before the qualifier
    toks = toks[cut + 1 :][-3:]
    while toks and "-" not in toks[0] and toks[0].lower().endswith(("ed", "ing")):
        toks = toks[1:]
    if not toks or toks[-1].lower() in _VAGUE_HEADS:
        return None
    return " ".join(toks)


_OF_RE = re.compile(rf"{_S}+of{_S}+")
_IN_THE_RE = re.compile(rf"{_S}+in{_S}+(?:the{_S}+)?")
# "(98 ft)", "(98 ft (30 m))"; written so that an unclosed "(" is not scanned quadratically
_CONVERSION_RE = re.compile(rf"{_S}*\([^()]*(?:\([^()]*\)[^()]*)?\)")


def attribute_for(
    text: str, start: int, end: int, *, kind: str, unit: str, method: str
) -> str | None:
    """What is measured by the value quoted at ``text[start:end]`` (``kind``: count, money,
    measure or percent): the counted noun, the noun before ``of``, else the dimension."""
    if method == "quantity.age":
        return "age"
    if kind == "count":
        return _noun_after(text, end) or _noun_before(text, start)
    named = _noun_before(text, start)
    if named:
        return named
    of = _OF_RE.match(text, end)
    if of is not None and kind == "measure" and (noun := _noun_after(text, of.end())):
        return noun  # "227 tons of bombs", "1,200 mm of rain"
    bracket = _CONVERSION_RE.match(text, end)  # a conversion
    shape_at = bracket.end() if bracket else end
    after = _TOKEN_RE.findall(text, shape_at, shape_at + 40)
    shape = after[0].lower().rstrip(".,;") if after else ""
    if shape in un.SHAPE_ATTRIBUTES and kind == "measure":
        return un.SHAPE_ATTRIBUTES[shape]  # "30 metres (98 ft) tall" → height
    if kind == "money":
        inside = _IN_THE_RE.match(text, end)
        noun = _noun_after(text, inside.end()) if inside else None
        return noun or "money"
    return un.DIMENSION_OF.get(unit, un.DIMENSION_OF.get(unit.split("/")[0]))


# --- period ---------------------------------------------------------------------------------

_NOT_PERIOD_BEFORE = re.compile(
    r"(?:\b(?:since|until|till|before|after|from|between|through|than|circa|ca\.|c\.|born|"
    r"died|to|and)[\s\u00a0]+(?:(?:early|late|mid)[-\s\u00a0]+)?|\d[\s\u00a0]*[–—-][\s\u00a0]*)$",
    re.IGNORECASE,
)
_YEAR_GOVERNOR = re.compile(
    r"\b(?:in|as of|by|during|for|of|fiscal|year|end of|start of|beginning of)[\s\u00a0]+"
    r"(?:(?:early|late|mid)[-\s\u00a0]+)?(?:the[\s\u00a0]+)?(?:year[\s\u00a0]+)?$",
    re.IGNORECASE,
)
_THE_YEAR_NOUN = re.compile(
    r"[\s\u00a0]+(?:budget|census|fiscal|financial|estimate|survey|season|figures?|report)\b"
)
_OWNED_YEAR = re.compile(r"\b(?:their|its|his|her|our)[\s\u00a0]+$", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r";|,[\s\u00a0]|[\s\u00a0][–—][\s\u00a0]")
_RELATIVE = re.compile(
    r"[\s\u00a0]*(?:(?:and|but)[\s\u00a0]+)?(?:(?:in|for|of|during|after|by|at|on|with|from|to|"
    r"through|under)[\s\u00a0]+)?(?:which|whom|whose|who|where)\b",
    re.IGNORECASE,
)
# "Founded in 1885, …", "…, completed in 1931, …": a date of something else.
_PARTICIPLE = re.compile(
    r"[\s\u00a0]*(?:[A-Za-z]+ed|built|born|begun|made|held|written|shown|known)\b",
    re.IGNORECASE,
)
_GOVERNING_START = re.compile(
    r"[\s\u00a0]*(?:In|As of|By|During|On|At the end of|At|For|Through)\b"
)
_SPAN_AFTER = re.compile(r"['’]|s\b|[\s\u00a0]*[–—-][\s\u00a0]*\d")  # "2010's", "1985 – 86"
# "…, which opened in 1987, …": the date of the antecedent's origin, not of the sentence
_ORIGIN_CLAUSE = re.compile(
    r"[\s\u00a0]*(?:which|that|who)[\s\u00a0]+(?:(?:was|were|had[\s\u00a0]+been)[\s\u00a0]+)?"
    r"(?:opened|founded|established|built|created|completed|constructed|inaugurated|formed|"
    r"incorporated|launched|set[\s\u00a0]+up|designated|gazetted|started|began)\b",
    re.IGNORECASE,
)
# "a 12% increase on the previous year": the base of a comparison
_COMPARED_TO = re.compile(
    r"\b(?:(?:increase|decrease|rise|drop|fall|growth|gain|decline|up|down)[\s\u00a0]+"
    r"(?:on|over)|compared[\s\u00a0]+(?:to|with)|relative[\s\u00a0]+to)[\s\u00a0]+$",
    re.IGNORECASE,
)
_VERB_FORM = re.compile(r"[a-z]{2,}(?:ed|ing)")
_WORD = re.compile(r"[A-Za-z][\w'’-]*")  # "two-hit" is not the verb "hit"


@dataclass(frozen=True)
class DateSpan:
    """A date of a sentence whose year is written in it (``in 2005``, ``on 2 May 2001``; not
    ``on June 18`` or ``that evening``): ``text[start:end]`` is ``iso``.

    ``bare_year``: a year written alone (``2010``), which dates values only when governed
    (``in 2010``, ``as of 2010``, ``the 2010 census``, ``their 2005 checklist``).
    """

    start: int
    end: int
    iso: str
    bare_year: bool = False


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

    def __init__(self, text: str, dates: Sequence[DateSpan]) -> None:
        self.text = text
        self.anchors: list[DateSpan] = []
        for d in sorted(dates, key=lambda d: d.start):
            before = text[max(0, d.start - 60) : d.start]
            if _NOT_PERIOD_BEFORE.search(before) or _SPAN_AFTER.match(text, d.end):
                continue  # "since 2001", "to 2012", "1985 – 86", "2010's"
            if _COMPARED_TO.search(before):
                continue  # "a 12% increase on the previous year"
            if "between" in before[-40:].lower() and before.rstrip().endswith("and"):
                continue
            if d.bare_year:
                the = re.search(r"\bthe[\s\u00a0]+$", before, re.IGNORECASE)
                governed = _YEAR_GOVERNOR.search(before) is not None
                if the is not None and not _THE_YEAR_NOUN.match(text, d.end):
                    continue  # "the 2008 Summer Olympics", "in the 2010 draft"
                if not governed and the is None and not _OWNED_YEAR.search(before):
                    continue  # "their 2005 World Checklist" is an edition of a year
            self.anchors.append(d)
        self.anchor_starts = [d.start for d in self.anchors]
        # spans in order with their ends in order too (as find_dates gives them): the date
        # nearest a value is then found by walking out from it, not by scanning every date
        self.ordered = all(d.start <= d.end for d in self.anchors) and all(
            a.end <= b.end for a, b in pairwise(self.anchors)
        )
        self.since = SinceIndex(text)
        self.parens = _paren_spans(text)
        self.paren_starts = [a for a, _ in self.parens]
        self.verbs: dict[tuple[int, int], bool] = {}
        cuts = [0]
        for m in _CLAUSE_BREAK.finditer(text):
            i = bisect_right(self.anchor_starts, m.start()) - 1
            if i < 0 or m.start() >= self.anchors[i].end:  # not inside "August 15, 2008"
                cuts.append(m.end())
        self.cuts = cuts
        self.relatives = [self._relative(i) for i in range(1, len(cuts))]
        first_end = cuts[1] if len(cuts) > 1 else len(text)
        self.governor: DateSpan | None = None
        first = next((d for d in self.anchors if d.start < first_end), None)
        framed = first is not None and (
            _GOVERNING_START.match(text) or not text[: first.start].strip(" \"'“‘(")
        )  # "In 2024, …", "On 4 May 2001, …"
        if len(cuts) > 1 and first_end <= 45 and framed:
            self.governor = first
        # The one date of the sentence, unless it dates a participle ("Founded in 1885, …")
        # or a comparison ("…, the first since Johnson did it in 2002").
        # Dates that refine one another ("the 2010 season … in April") lend their coarsest.
        lending = sorted({d.iso: d for d in self.anchors if self._lends(d)}.items())
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
            if word.lower() in un.AUXILIARIES or (word.endswith("ed") and word.islower()):
                return (cuts[i], cuts[j])
        return (0, 0)

    def _lends(self, d: DateSpan) -> bool:
        start = self._clause(d.start)[0]
        if _PARTICIPLE.match(self.text, start) or _ORIGIN_CLAUSE.match(self.text, start):
            return False  # "Founded in 1885, …", "…, which opened in 1987, …"
        return not self.since.within(start, d.start)

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
        """The period of a value stated at ``pos``, or ``None``. A ``count`` in a bracketed
        aside takes no date from outside it unless the sentence starts with one; a bracketed
        measure or sum (a conversion, a breakdown) shares the date of its sentence."""
        if not self.anchors:
            return None
        start, end = self._clause(pos)
        lo = bisect_left(self.anchor_starts, start)
        hi = bisect_left(self.anchor_starts, end)
        inside = self._nearest(lo, hi, pos)
        if inside is not None:
            return inside
        for rel_start, rel_end in self.relatives:
            if rel_start <= pos < rel_end:  # a date outside a relative clause stays outside
                lo = bisect_left(self.anchor_starts, rel_start)
                return self._nearest(lo, bisect_left(self.anchor_starts, rel_end), pos)
        if _RELATIVE.match(self.text, start):
            return None  # "…, which was to send $6,000"
        if self.governor is not None:
            return self.governor.iso
        lone = self.lone
        if lone is None:
            return None
        aside = self._aside(pos) if count else None
        if aside is not None and not aside[0] <= lone.start < aside[1]:
            return None  # "(106 wins and 5 losses), Lesnar signed with WWE in 2000"
        return lone.iso

    def _has_verb(self, start: int, end: int) -> bool:
        if (start, end) not in self.verbs:  # asked once per clause, not once per value
            words = [w.lower() for w in _WORD.findall(self.text, start, end) if "-" not in w]
            self.verbs[start, end] = any(
                w in un.AUXILIARIES or _VERB_FORM.fullmatch(w) for w in words
            )
        return self.verbs[start, end]
