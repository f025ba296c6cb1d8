"""What happened at a date: a few words of the clause that states it, with its actor.

:class:`DescribedSentence` reads a dated sentence's clauses once (dates masked, cut at
commas, brackets, ``but``, ``and`` before a verb, subordinate clauses with their own
subject) and describes each date mention from them: its own clause when it has a verb
(``bridge opened to traffic``), else the nearest clause with a verb (a fronted date the
clause after it, a trailing one the clause before); a clause that opens with its verb gets
its actor (``Bintulu Edible Oil Sdn Bhd established``, ``No. 20 Squadron RAAF raised``). Life
spans in brackets give ``born``/``died`` (``active`` for ``floruit``); an honour listed in a
biography names the person.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import cached_property
from itertools import pairwise

from pipeline.extract.clause_words import (
    COORDINATE,
    DATE_LIST,
    SUBORDINATE,
    blank_out,
    coordinates,
    has_verb,
    head_phrase,
    is_name_like,
    joined_clauses,
    opens_with_verb,
    tail_noun_phrase,
    trim_description,
    words_of,
)
from pipeline.extract.clauses import CLAUSE_BREAK, SentenceClauses
from pipeline.extract.dates import DateMention
from pipeline.extract.verbs import is_verb
from pipeline.extract.words import DETERMINERS

_PREP_DATE = re.compile(
    r"\b(?:in|on|at|by|during|since|until|till|from|to|of|between|before|after|around|as of|"
    r"throughout|through|within|over|across|c\.|circa)\s+(?=\x00)",
    re.IGNORECASE,
)
# "by the beginning of the 20th century", "the 2011 film": words that only hold a date
_PART_OF_DATE = re.compile(
    r"\b(?:(?:by|at|in|from|until|to)\s+)?(?:the\s+)?(?:beginning|end|start|middle|course|"
    r"turn|close)\s+of\s+(?:the\s+)?(?=\x00)|\b(?:the|a|an)\s+(?=\x00)|"
    r"(?<=\x00)\s+(?:season|seasons|campaign|census|budget|draft|edition)\b",
    re.IGNORECASE,
)
_LEAD_FILLER = re.compile(
    r"^(?:(?:(?:this|that|the\s+same|the\s+next|each)\s+time|"
    r"and|but|or|then|which|who|that|when|where|while|as|so|also|however|thereby|although|"
    r"though|because|whether|if|"
    r"in|on|at|by|during|since|until|till|from|to|of|between|before|after|around|about|"
    r"early|late|mid|the|this|it|he|she|they|there|was|were|is|are|had|has|have|been|be|"
    r"c\.|circa|both)\b\s*)+",
    re.IGNORECASE,
)
_TRAIL_FILLER = re.compile(
    r"(?:\s+\b(?:in|on|at|by|during|since|until|from|to|of|between|before|after|and|or|"
    r"the|as|around|about|c\.|circa|early|late|mid)\b)+\s*$",
    re.IGNORECASE,
)
_CUT = re.compile(r"\s+(?:and (?:has|have|had|was|were|is|are)|thereby|which|whereas|but)\s")
_MAX_WORDS = 14


def clean_piece(piece: str) -> str:
    """A clause with its dates masked (``\\x00``) reduced to a few describing words."""
    piece = _PART_OF_DATE.sub("", piece)
    piece = _PREP_DATE.sub("", piece).replace("\x00", " ")
    piece = re.sub(r"\s+", " ", piece.strip(" ,;:()\"'[]—–-."))
    piece = _LEAD_FILLER.sub("", piece)
    cut = _CUT.search(piece)
    if cut and len(piece[: cut.start()].split()) >= 2:
        piece = piece[: cut.start()]
    words = piece.split()[:_MAX_WORDS]
    return _TRAIL_FILLER.sub("", " ".join(words)).strip(" ,;:\"'")


def _masked(text: str, mentions: Sequence[DateMention]) -> str:
    """``text`` with every date mention blanked out by ``\\x00``."""
    chars = list(text)
    for m in mentions:
        chars[m.start : m.end] = "\x00" * (m.end - m.start)
    return "".join(chars)


def _nearest_good(good: list[int], own: int) -> int | None:
    """The index in ``good`` nearest to ``own`` (the later one on a tie), ``own`` excluded."""
    j = bisect_right(good, own)
    after = good[j] if j < len(good) else None
    before = good[j - 1] if j > 0 and good[j - 1] != own else None
    if after is None or (before is not None and own - before < after - own):
        return before
    return after


class _Cleaned:
    """``clean_piece`` of each clause of a masked sentence, computed when first asked."""

    def __init__(self, blank: str, edges: list[int]) -> None:
        self.blank = blank
        self.edges = edges
        self.known: dict[int, str] = {}

    def __len__(self) -> int:
        return len(self.edges) - 1

    def __getitem__(self, i: int) -> str:
        if i not in self.known:
            self.known[i] = clean_piece(self.blank[self.edges[i] : self.edges[i + 1]])
        return self.known[i]


class _Verbal:
    """``has_verb`` of each clause, computed when first asked."""

    def __init__(self, raw: list[str]) -> None:
        self.raw = raw
        self.known: dict[int, bool] = {}

    def __len__(self) -> int:
        return len(self.raw)

    def __getitem__(self, i: int) -> bool:
        if i not in self.known:
            self.known[i] = has_verb(self.raw[i])
        return self.known[i]


class DescribedSentence(SentenceClauses):
    """A dated sentence whose mentions can be described; ``topic`` is what a pronoun actor
    stands for, ``person`` whether ``he`` and ``she`` are the topic."""

    def __init__(
        self, text: str, mentions: Sequence[DateMention], topic: str = "", person: bool = False
    ) -> None:
        super().__init__(text, mentions)
        self.topic = topic
        self.person = person

    @cached_property
    def _blank(self) -> str:
        """The sentence with its dates (and lists of dates) masked, offsets kept."""
        return DATE_LIST.sub(blank_out, _masked(self.text, self.mentions))

    @cached_property
    def _pieces(self) -> tuple[list[int], _Cleaned]:
        """Clause edges of the masked sentence, each clause's describing words (cleaned
        when first asked), and the clauses whose words are at least two (read only when
        the date's own clause and its neighbours have none)."""
        blank = self._blank
        cuts = [b.start() for b in CLAUSE_BREAK.finditer(blank)]
        cuts += [c.start() for c in COORDINATE.finditer(blank) if coordinates(c)]
        cuts += [c.start() for c in SUBORDINATE.finditer(blank)]  # "… since X did it in 2005"
        cuts += joined_clauses(blank, cuts)
        edges = [0, *sorted(cuts), len(blank)]
        return edges, _Cleaned(blank, edges)

    def _good(self) -> list[int]:
        pieces = self._pieces[1]
        return [i for i in range(len(pieces)) if len(pieces[i].split()) >= 2]

    @cached_property
    def _raw(self) -> list[str]:
        """Each clause as written, its dates masked."""
        edges, blank = self._pieces[0], self._blank
        return [blank[a:b].strip(" ,;:()[]—–").replace("\x00", " ") for a, b in pairwise(edges)]

    @cached_property
    def _verbal(self) -> _Verbal:
        """Which clauses have a verb of their own (a finite verb or a participle), read for
        a clause when first asked."""
        return _Verbal(self._raw)

    @cached_property
    def _aside(self) -> list[bool]:
        """Which clauses stand inside brackets."""
        edges = self._pieces[0]
        return [
            bisect_left(self._opens, a + 1) > bisect_left(self._closes, a + 1) for a in edges[:-1]
        ]

    @cached_property
    def _first_said(self) -> int | None:
        """The first clause with words, outside brackets."""
        pieces, aside = self._pieces[1], self._aside
        return next((i for i in range(len(pieces)) if pieces[i] and not aside[i]), None)

    @cached_property
    def _first_verbal(self) -> int:
        """The first clause with a verb (the number of clauses when none has one)."""
        verbal = self._verbal
        return next((i for i in range(len(verbal)) if verbal[i]), len(verbal))

    @cached_property
    def _starts(self) -> list[int]:
        return [m.start for m in self.mentions]

    @cached_property
    def _fallback(self) -> str:
        return " ".join(self.text.split()[:_MAX_WORDS]).strip()

    def describe(self, m: DateMention) -> str:
        """What happened at the date, in a few words with its actor: the date's own clause
        when it has a verb (``bridge opened to traffic``), else the clause with a verb it
        belongs to (``In 2021, TSMC accounted for …``, ``born in Dallas, Texas on …``); a
        clause that opens with its verb gets the noun phrase it is about (``The refinery,
        Bintulu Oil, was established in 1991`` → ``Bintulu Oil established``)."""
        edges, pieces = self._pieces
        own = bisect_right(edges, m.start) - 1
        if own >= len(pieces):
            own = 0
        life = self._life_span(m)
        if life is not None:
            return life
        award = self._listed_award(m)
        if award is not None:
            return award
        verbal = self._verbal
        base = own if pieces[own] and verbal[own] else None
        if base is None:  # the nearest clause with a verb, after a fronted date first
            first = self._first_said
            ahead = not pieces[own] and (first is None or first > own)  # a date opens it
            order = [
                i
                for k in range(1, min(len(pieces), _MAX_REACH))
                for i in ((own + k, own - k) if ahead else (own - k, own + k))
            ]
            base = next((i for i in order if 0 <= i < len(pieces) and self._usable(i)), None)
        if base is None:
            if pieces[own]:
                return trim_description(pieces[own])
            near = _nearest_good(self._good(), own)
            return trim_description(pieces[near]) if near is not None else self._fallback or m.quote
        text = pieces[base]
        if opens_with_verb(text):
            said = _PRONOUN_SUBJECT.match(self._raw[base])  # "…, he struck out 13"
            if _RELATIVE_OPEN.match(self._raw[base]) and base > 0:
                actor = tail_noun_phrase(self._raw[base - 1])  # "the event, which took place"
            elif said is not None:
                person = self.person and said.group(1).lower() in _PERSON_PRONOUNS
                actor = self.topic if person and self.topic else None
            else:
                actor = self._actor(base)
            actor = _ARTICLE.sub("", actor) if actor else None  # "park created", not "The park"
            if actor is not None:
                lead = text[:1].lower() if base == 0 else text[:1]  # "Shot by …" → "… shot"
                text = f"{actor} {lead}{text[1:]}"
        return trim_description(text)

    def _actor(self, base: int) -> str | None:
        """Who or what a clause that opens with its verb is about: the subject of the
        clause with a verb before it (``No. 20 Squadron flew its last mission, …, and
        disbanded``), else the noun phrase before it (``The refinery, Bintulu Oil, was
        established``), else the subject of the clause after (``Raised in 1941, it …``),
        else the noun phrase the clause before ends with (``… the parade, scheduled for``)."""
        pieces, verbal, aside = self._pieces[1], self._verbal, self._aside
        reach = range(base - 1, max(-1, base - 1 - _MAX_REACH), -1)
        before = [i for i in reach if pieces[i] and not aside[i]]
        spoken = next((i for i in before if verbal[i]), None)
        if spoken is not None and (subject := self._subject_of(spoken)):
            return subject
        named = next((pieces[i] for i in before[:3] if is_name_like(pieces[i])), None)
        opening = self._first_said
        opens = opening is not None and opening < base and self._first_verbal >= base
        if opens and opening is not None and (first := head_phrase(self._raw[opening])):
            return first  # the sentence opens with what it is about
        if named is not None:
            return named
        if base + 1 < len(pieces) and verbal[base + 1]:
            return self._subject_of(base + 1, fronted=True)
        return tail_noun_phrase(self._raw[base - 1]) if before and before[0] == base - 1 else None

    def _subject_of(self, i: int, fronted: bool = False) -> str | None:
        """The words of clause ``i`` before its verb (``the music video``; a pronoun is the
        topic), or None."""
        piece = _FILLER_ARTICLE.sub("", self._raw[i])
        words = piece.split()
        low = words_of(piece)
        for k in range(len(words)):
            if is_verb(low[k], low[k - 1] if k else "", low[k + 1] if k + 1 < len(low) else ""):
                if k == 0:
                    return None
                person = self.person and low[0] in _PERSON_PRONOUNS
                if k == 1 and (person or (fronted and low[0] == "it")):
                    return self.topic or None  # "he": the article's person; "Raised …, it"
                if all(w in DETERMINERS or w in _PRONOUN_ACTORS for w in low[:k]):
                    return None
                return " ".join(words[:k]).strip(" ,") if k <= 7 else None
        return None

    def _usable(self, i: int) -> bool:
        """Can clause ``i`` describe a date of another clause? It has a verb, stands outside
        brackets, and is not a relative clause (``whose activities …``) or a score (``62 to``)."""
        raw = self._raw[i]
        return (
            self._verbal[i]
            and not self._aside[i]
            and not _RELATIVE_OPEN.match(raw)
            and not raw[:1].isdigit()
        )

    def _listed_award(self, m: DateMention) -> str | None:
        """``Rookie of the Year (2008)`` as a list item of a biography: the person was named it."""
        if not (self.person and self.topic) or self._first_verbal < len(self._verbal):
            return None
        head = _LISTED.match(self.text)
        if head is None or not head.end(1) < m.start:
            return None
        return f"{self.topic} named {head.group(1).strip()}"

    def _life_span(self, m: DateMention) -> str | None:
        """``Cassius Dio (c. 155 – 229)``: the first date is a birth, the second a death."""
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
        if floruit is None and len(years) == 2 and years[1] - years[0] < _MIN_LIFE:
            return None  # "(April 8, 2002 – June 3, 2002)": a tenure, not a life
        name = _NAME_BEFORE.search(self.text, max(0, open_at - 80), open_at)
        if name is None:
            return None
        if floruit is not None:
            return f"{name.group(1)} active"
        died = m is not dates[0] or "died" in rest.lower() or rest.strip().lower().startswith("d.")
        return f"{name.group(1)} {'died' if died else 'born'}"


_LISTED = re.compile(r"\s*([A-Z][^()]{2,80}?)\s*\((?=[^()]*\d)")  # "Name (2008, 2009)"
_SPAN_MARK = re.compile(r"[–—-]|\bto\b")
_FLOURISHED = re.compile(r"\s*(?:floruit|fl\.)\s*", re.IGNORECASE)
_LIFE_REST = re.compile(r"[\s,;–—-]*(?:(?:c\.|ca\.|circa|born|b\.|died|d\.)[\s,;–—-]*)*", re.I)
_LIFE_MARK = re.compile(r"\b(?:born|died)\b|(?:^|\s)[bd]\.", re.I)
_NAME_BEFORE = re.compile(
    r"((?:[A-Z][\w'’.-]*\s+(?:the\s+|of\s+|de\s+|von\s+)?){0,4}[A-Z][\w'’.-]*)\s*$"
)
_FILLER_ARTICLE = re.compile(r"^(?:and|but|then|so)\s+", re.I)
_PRONOUN_ACTORS = frozenset(["it", "he", "she", "they"])

_MIN_LIFE = 10  # years: a shorter bracketed span is a tenure or a run, not a life
_RELATIVE_OPEN = re.compile(r"(?:and\s+)?(?:which|who|whom|whose|where)\b", re.IGNORECASE)
_MAX_REACH = 6  # clauses searched on each side for one with a verb
_PRONOUN_SUBJECT = re.compile(
    r"^(?:(?:and|but|then|so|when|while|as)\s+)*(he|she|it|they)\s+", re.IGNORECASE
)
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_PERSON_PRONOUNS = frozenset(["he", "she"])
