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
from itertools import islice, pairwise, zip_longest

from pipeline.extract import description_patterns as pat
from pipeline.extract.bases import base_deed, base_values
from pipeline.extract.clause_words import (
    COORDINATE,
    DATE_LIST,
    LINKS,
    PARTICIPLE_CLAUSE,
    SUBORDINATE,
    attributive,
    blank_out,
    coordinates,
    has_verb,
    head_phrase,
    is_name_like,
    joined_clauses,
    opens_with_verb,
    past_or_finite,
    tail_noun_phrase,
    trim_description,
    unprefixed,
    words_of,
)
from pipeline.extract.comparisons import compared_deed
from pipeline.extract.dated_nouns import dated_noun
from pipeline.extract.dates import DateMention
from pipeline.extract.deictic import dateline_end, dateline_place
from pipeline.extract.ellipsis import ellided_deed
from pipeline.extract.labels import label_line, untimed_label
from pipeline.extract.life_spans import LifeSpans
from pipeline.extract.numbers import NUMBER_WORDS
from pipeline.extract.time_nouns import TIME_NOUNS
from pipeline.extract.verbs import is_verb
from pipeline.extract.words import DETERMINERS

_PREP_DATE = re.compile(
    r"\b(?:in|on|at|by|for|during|since|(?:up\s+)?until|till|from|(?:up\s+)?to|of|between|before|"
    r"after|around|as of|"
    r"throughout|through|within|over|across|c\.|circa)\s+(?=\x00)",
    re.IGNORECASE,
)
# "by the beginning of the 20th century", "the 2011 film": words that only hold a date
_PART_OF_DATE = re.compile(
    r"\b(?:(?:by|at|in|from|until|to)\s+)?(?:the\s+)?(?:beginning|end|start|middle|course|"
    r"turn|close|(?:first|second|latter|last|early|later)\s+(?:half|part|years|months))\s+"
    r"of\s+(?:the\s+)?(?=\x00)|\b(?:the|a|an)\s+(?=\x00)|"
    r"\b(?:fiscal|financial\s+year|FY)\s*(?=\x00)|"
    r"(?<=\x00)\s+(?:season|seasons|campaign|census|budget|draft|edition)\b",
    re.IGNORECASE,
)
_LEAD_FILLER = re.compile(
    r"^(?:(?:(?:this|that|the\s+same|the\s+next|each)\s+time|"
    r"and|but|or|then|which|who|that|when|where|while|as|so|also|however|thereby|although|"
    r"though|because|whether|if|"
    r"in|on|at|by|during|since|until|till|from|to|of|between|before|after|around|about|"
    r"early|late|mid|the|this|it|he|she|they|there|was|were|is|are|had|has|have|been|be|"
    r"c\.|circa|both|with(?=\s+(?:the|a|an|its|their|his|her)\s))\b(?![-‐’'])\s*)+",
    re.IGNORECASE,
)
_TRAIL_FILLER = re.compile(
    r"(?:\s+\b(?:in|on|at|by|during|since|until|from|to|of|between|before|after|and|or|"
    r"the|as|around|about|c\.|circa|early|late|mid)\b)+\s*$",
    re.IGNORECASE,
)
_CUT = re.compile(r"\s+(?:and (?:has|have|had|was|were|is|are)|thereby|which|whereas|but)\s")
# a timeline entry's date(s) and mark, dates masked: "\x00\x00\x00\x00 – ", "\x00…\x00: "
_ENTRY_HEAD = re.compile(r"[\s\-•*]*\x00+(?:\s?[–—-]\s?\x00+)?\s*(?::|[–—-])\s+(?=[A-Za-z\d])")
_ENTRY_STOP = re.compile(r"[,;]\s")
_ENTRY_REACH = 300  # characters of a timeline entry read for its first statement
_MAX_WORDS = 20  # trim_description cuts to fewer: the rest shows where a phrase ends
_FALLBACK_WORDS = 14  # a sentence with no clause to describe it: its first words


def clean_piece(piece: str) -> str:
    """A clause with its dates masked (``\\x00``) reduced to a few describing words."""
    piece = _PART_OF_DATE.sub("", _PART_OF_DATE.sub("", piece))  # "the second half of fiscal"
    piece = _PREP_DATE.sub("", piece).replace("\x00", " ")
    piece = re.sub(r"\s+", " ", piece.strip(" ,;:()\"'[]—–-.·•|"))
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


_SIDE_REACH = 90  # characters read on each side of an "and" for a date of its own
_SIDE_STOP = re.compile(r"[,;:()]")


def _dated_sides(blank: str, start: int, end: int) -> bool:
    """Does the ``and`` at ``blank[start:end]`` join two parts with a date each (``with the
    first warehouse operating by [mid-2026] and the whole first phase finished by [2027]``,
    ``to reach 40% by [2028] and to recycle 60% by [2030]``)? Each is a clause of its own."""
    left = blank[max(0, start - _SIDE_REACH) : start]
    stop = _SIDE_STOP.search(left[::-1])
    left = left[len(left) - stop.start() :] if stop else left
    right = blank[end : end + _SIDE_REACH]
    cut = _SIDE_STOP.search(right)
    right = right[: cut.start()] if cut else right
    return "\x00" in left and "\x00" in right and len(right.split()) >= 3


_BRACKETED = re.compile(r"\s*\([^()]*\)")
_YEAR = re.compile(r"\s*\b(?:1[89]|20)\d\d\b")
# the unit word after a number of a label line: "318 [companies]", "148,000 [m²]", "1,400 jobs"
_UNIT_AFTER = re.compile(
    r"(?:\s?(?:m²|km²|m³|ha|%)|\s+(?!at\b|in\b|on\b|by\b|to\b|from\b)"
    r"[^\W\d_][\w²³/-]*)"
)


_LABELLED_VALUE = re.compile(r"[\s\x00]*:\s*((?:[^\W\d_][\w.$]*\s+){0,3})")  # ": CFA francs "
_CELL_OPEN = re.compile(r"[(;]|,\s")
_CELL_CLOSE = re.compile(r"[);]|,\s")


def _segment(blank: str, at: int, floor: int) -> tuple[int, int]:
    """The cell of a label line around ``at``: between the brackets, semicolons or commas
    that hold it (``(296 at 31 March 2025; 281 at 30 June 2024)``)."""
    opens = [c.end() for c in _CELL_OPEN.finditer(blank, floor, at)]
    close = _CELL_CLOSE.search(blank, at)
    return max([floor, *opens]), close.start() if close else len(blank)


def _nearest_good(good: list[int], own: int) -> int | None:
    """The index in ``good`` nearest to ``own`` (the later one on a tie), ``own`` excluded."""
    j = bisect_right(good, own)
    after = good[j] if j < len(good) else None
    before = good[j - 1] if j > 0 and good[j - 1] != own else None
    if after is None or (before is not None and own - before < after - own):
        return before
    return after


# How far before a date a gapped place clause ("… and in Japan on") can start.
_GAP_REACH = 200


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


class DescribedSentence(LifeSpans):
    """A dated sentence whose mentions can be described; ``topic`` is what a pronoun actor
    stands for, ``person`` the pronouns that stand for the topic in a biography (``he``,
    ``his`` or ``she``, ``her``; none in other articles); ``dateline``: the sentence is the
    page's dateline."""

    def __init__(
        self,
        text: str,
        mentions: Sequence[DateMention],
        topic: str = "",
        person: frozenset[str] = frozenset(),
        *,
        dateline: bool = False,
    ) -> None:
        super().__init__(text, mentions)
        self.topic = topic
        self.person = person
        self.dateline = dateline  # the page's dateline: its date is when it was published

    @cached_property
    def _blank(self) -> str:
        """The sentence with its dates (and lists of dates) masked, offsets kept."""
        blank = DATE_LIST.sub(blank_out, _masked(self.text, self.mentions))
        return pat.SEASON_TAIL.sub(blank_out, blank)  # "the 2009 – 10 season": the "– 10" too

    def _span_end(self, m: DateMention) -> int:
        """Where the date ends with the two-digit end of a season written after it (``2009
        – 10``), which the date finder leaves out."""
        tail = pat.SEASON_TAIL_AFTER.match(self.text, m.end)
        return tail.end() if tail else m.end

    @cached_property
    def _pieces(self) -> tuple[list[int], _Cleaned]:
        """Clause edges of the masked sentence, each clause's describing words (cleaned
        when first asked), and the clauses whose words are at least two (read only when
        the date's own clause and its neighbours have none)."""
        blank = self._blank
        cuts = [
            b.start()
            for b in pat.BREAK.finditer(blank)
            if not pat.IN_NAME.match(blank, b.start() - 1)
        ]
        cuts += [
            c.start()
            for c in COORDINATE.finditer(blank)
            if coordinates(c) or _dated_sides(blank, c.start(), c.end())
        ]
        cuts += [c.start() for c in SUBORDINATE.finditer(blank)]  # "… since X did it in 2005"
        cuts += [c.start() for c in PARTICIPLE_CLAUSE.finditer(blank)]  # "… before reopening"
        cuts += joined_clauses(blank, cuts)
        edges = [0, *sorted(cuts), len(blank)]
        return edges, _Cleaned(blank, edges)

    @cached_property
    def _said(self) -> _Cleaned:
        """Each clause's describing words with its attributive dates kept (``drafted in the
        2006 MLB draft``): the words a description is made of."""
        edges = self._pieces[0]
        return _Cleaned(self._shown, edges) if self._attributive else self._pieces[1]

    @cached_property
    def _attributive(self) -> frozenset[int]:
        """Starts of the dates that modify a noun (``the 2006 MLB draft``, ``their 2005
        World Checklist``, ``a 1983 finalist``): part of the noun phrase, kept in the words
        that describe a clause (``drafted in the 2006 MLB draft``, not ``drafted MLB
        draft``)."""
        blank = self._blank
        return frozenset(
            m.start
            for m in self.mentions
            if (m.start == 0 or blank[m.start - 1] != "\x00")
            and blank[self._span_end(m) : self._span_end(m) + 1] != "\x00"
            and attributive(self.text, m.start, self._span_end(m))
        )

    @cached_property
    def _shown(self) -> str:
        """The masked sentence with its attributive dates shown again."""
        shown = self._blank
        for m in self.mentions:
            if m.start in self._attributive:
                end = self._span_end(m)
                shown = shown[: m.start] + self.text[m.start : end] + shown[end:]
        return shown

    def _good(self) -> list[int]:
        pieces = self._pieces[1]
        return [i for i in range(len(pieces)) if len(pieces[i].split()) >= 2]

    @cached_property
    def _raw(self) -> list[str]:
        """Each clause as written, its dates masked (with the article a date had: ``the
        1870s retained`` is no noun ``the retained``)."""
        edges, blank = self._pieces[0], self._blank
        return [
            pat.ARTICLE_OF_DATE.sub("", pat.FINAL_STOP.sub("", blank[a:b].strip(" ,;:()[]—–·•|")))
            .replace("\x00", " ")
            .rstrip()
            for a, b in pairwise(edges)
        ]

    @cached_property
    def _verbal(self) -> _Verbal:
        """Which clauses have a verb of their own (a finite verb or a participle), read for
        a clause when first asked."""
        return _Verbal(self._raw)

    @cached_property
    def _aside(self) -> list[bool]:
        """Which clauses stand inside brackets or between two dashes (``a second dock -
        called the Willem Dock - in 1813``)."""
        edges, blank = self._pieces[0], self._blank
        return [
            bisect_left(self._opens, a + 1) > bisect_left(self._closes, a + 1)
            or (pat.DASH.match(blank, a) is not None and pat.DASH.match(blank, b) is not None)
            for a, b in pairwise(edges)
        ]

    @cached_property
    def _first_said(self) -> int | None:
        """The first clause with words, outside brackets and after a dateline (``CIUDAD DEL
        ESTE, Paraguay, July 29 (Reuters) - …`` opens with no actor)."""
        (edges, pieces), aside = self._pieces, self._aside
        body = self._body_start
        return next(
            (i for i in range(len(pieces)) if pieces[i] and not aside[i] and edges[i + 1] > body),
            None,
        )

    @cached_property
    def _body_start(self) -> int:
        """Where the sentence's words start after its dateline (0 without one)."""
        return dateline_end(self.text)

    @cached_property
    def _first_verbal(self) -> int:
        """The first clause outside brackets with a verb (the number of clauses when none
        has one)."""
        verbal, aside, raw = self._verbal, self._aside, self._raw
        return next(
            (
                i
                for i in range(len(verbal))
                if verbal[i]
                and not aside[i]
                and not pat.VERB_PREPOSITION.match(raw[i])  # "according to …": a phrase
                and not (i and pat.RELATIVE_OPEN.match(raw[i]))  # "The area, which included …"
            ),
            len(verbal),
        )

    @cached_property
    def _fallback(self) -> str:
        return " ".join(self.text.split()[:_FALLBACK_WORDS]).strip()

    def _timeline_entry(self, m: DateMention) -> str | None:
        """A timeline's entry that opens with its date (or span of dates) and a mark
        (``2016 – Facility rebuilt …``, ``2026–2028: Phase 2 – additional 40 ha, …``): the
        entry's first statement, to its first comma or semicolon; None for any other line."""
        if self.text[: self.mentions[0].start].strip(" -•*\t") or m not in self.mentions[:2]:
            return None
        head = _ENTRY_HEAD.match(self._blank)
        if head is None or m.start >= head.end():
            return None
        end = min(
            len(self._blank), head.end() + _ENTRY_REACH
        )  # (bounded: a long line stays linear)
        for stop in _ENTRY_STOP.finditer(self._blank, head.end(), end):
            if stop.group() == "; " or has_verb(self._blank[head.end() : stop.start()]):
                end = stop.start()  # "2018: Our first tenant, a cocoa grinder, starts …"
                break
        words = trim_description(clean_piece(self._blank[head.end() : end]))
        if words.count("(") > words.count(")"):
            words = words[: words.rfind("(")].rstrip()  # "Opening of phase 1 (first 32,000 m² …"
        return words if len(words.split()) >= 2 else None

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
        labelled_first = self._label_line is not None and m.start < self._label_line[1]
        life = None if labelled_first else self.life_span(m)  # not "Phase 2 (2030–2034): …"
        if life is not None:
            return life
        place = dateline_place(self.text, m.start) if self.dateline else None
        if place is not None:  # "ATHENS, March 27 — …", "Vidin, 14 May 2025"; not "London, 1851"
            return f"dateline: published in {place}"
        if labelled_first and (labelled := self._label_deed(m)) is not None:
            return labelled  # "Phase 2 (2030–2034): 46 ha; …": the label's own dates
        entry = self._timeline_entry(m)
        if entry is not None:
            return entry  # "2016 – Facility rebuilt after Cyclone Winston; operations …"
        award = self._listed_award(m)
        if award is not None:
            return award
        compared = compared_deed(self.text, m.start, m.end)
        if compared is not None:
            return trim_description(compared)  # "… since Randy Johnson in 2001 – 02"
        based = (
            None
            if m.start in self._attributive
            else base_deed(self._blank, m.start, self._body_start)
        )
        if based is not None:  # not "… against a target set in the 2022 business plan"
            said = re.sub(r"\s+,", ",", clean_piece(based.words))  # "… in [2024], up 7.2%"
            return trim_description(based.label + said)  # "… compared with 15 a year earlier"
        labelled = self._label_deed(m)
        if labelled is not None:
            return labelled  # "Registered companies: 318 at 30 June 2025"
        held = self._event_held(m, own)
        if held is not None:
            return held
        which = self._noun_which(m)
        if which is not None:
            return which
        noun = dated_noun(self.text, m.start, m.end)
        if noun and self._framed_noun(m, own):
            said = self._described(m, own, pieces)  # "selected in the 2006 MLB draft"
            span = self.text[m.start : self._span_end(m)]
            whole = span in said and not said.endswith(span)  # the noun after the date kept
            if not whole and self._fronted_event(m, own) and said:
                return said  # "During the 1947 game against Wisconsin, Rifenburg started …"
            return said if whole else trim_description(noun)  # "his 1949 Study"
        named = noun or ellided_deed(self.text, m.start, m.end)
        if named:
            return trim_description(named)  # "his 1944 Three Studies …", "… did it in 1965"
        when = (
            self._when_after(m)
            or self._reduced_participle(m, own)
            or self._inner_relative(m, own)
            or self._listed_value(m)
            or self._gapped(own)
            or self._listed_object(m, own)
        )
        if when is not None:
            return when
        said = self._described(m, own, pieces)
        return self._gapped_place(m, own, said) or said

    @cached_property
    def _label_line(self) -> tuple[str, int] | None:
        """The sentence's label (its dates and brackets left out) and where its values
        start, read once for all its dates; None for no label line or a label before a
        clause (``Investment: Cumulative investment is targeted at …``)."""
        found = label_line(self.text)
        if found is None:
            return None
        rest = found[1]
        blank = self._blank
        cell = _CELL_CLOSE.search(blank, rest)
        if has_verb(blank[rest : cell.start() if cell else len(blank)].replace("\x00", " ")):
            return None
        label = re.sub(r"\s+", " ", _BRACKETED.sub("", self.text[:rest].strip(" :—–"))).strip()
        label = untimed_label(label) or label  # "Exports, Q2 2025" → "Exports"
        label = _YEAR.sub("", label.replace("\x00", "")).strip(" ,")  # "Revenue [2024]"
        return (label, rest) if label else None

    def _label_deed(self, m: DateMention) -> str | None:
        """A date of a label line is described by the label and the value it dates
        (``Registered companies: 318 at 30 June 2025 (296 at 31 March 2025)`` → at 31 March
        ``Registered companies: 296``; ``Total built area (30 June 2025): 148,000 m²`` →
        ``Total built area: 148,000 m²``); None when the line is no label line or gives no
        value with the date."""
        found = self._label_line
        if found is None:
            return None
        label, rest = found
        blank = self._blank
        if m.start < rest:  # the label's own date: its first value
            values = base_values(blank, rest, len(blank))
            value = values[0] if values else None
        else:
            segment = _segment(blank, m.start, rest)
            labelled = _LABELLED_VALUE.match(blank, m.end)  # "(2023: CFA francs 9.12 billion)"
            after = base_values(blank, labelled.end(), segment[1]) if labelled else []
            before = base_values(blank, segment[0], m.start)
            value = None
            if after and after[0][0] == labelled.end():  # type: ignore[union-attr]
                value = (labelled.start(1), after[0][1], after[0][2])  # type: ignore[union-attr]
            elif before:
                value = before[-1]
        if value is None:
            return None
        words = " ".join(blank[value[0] : value[1]].split())
        unit = _UNIT_AFTER.match(blank, value[1])
        if unit is not None and value[2] == "number":
            words += unit.group()
        return trim_description(f"{label}: {words}")

    def _gapped_place(self, m: DateMention, own: int, said: str) -> str | None:
        """``The game was released in Europe in 1991, in North America on December 19,
        1991 and in Japan on …``: a clause of a place and a date, with no verb, repeats the
        verb of the clause that describes it with its own place (``game was released in
        North America``), when that clause has a place of the same preposition."""
        if self._verbal[own] or self._aside[own]:
            return None
        start = self._pieces[0][own]
        segment = self._blank[start : m.start]
        if len(segment) > _GAP_REACH:  # only an "and" near the date can open the gap: the
            # regex is searched over the last characters only, not from every position
            gap = pat.GAPPED_PLACE_AND.search(segment, len(segment) - _GAP_REACH)
        else:
            gap = pat.GAPPED_PLACE.search(segment)
        if gap is None:
            return self._gapped_object(segment, said)
        if gap.group(2).split()[0].lower() in DETERMINERS - {"the"}:
            return None
        prep, place = gap.group(1), " ".join(gap.group(2).split())
        cut = said.rfind(f" {prep} ")
        if cut < 0 or not has_verb(said[:cut]) or place in said:
            return None
        return trim_description(f"{said[:cut]} {prep} {place}")

    def _described(self, m: DateMention, own: int, pieces: _Cleaned) -> str:
        """The date described by its own clause or the nearest clause with a verb."""
        shown = self._said
        keep = self.text[m.start : self._span_end(m)] if m.start in self._attributive else ""
        verbal = self._verbal
        said = pieces[own] and not _only_time(pieces[own])  # not "the morning of"
        said = said and not _time_passing(self._raw[own], pieces[own])  # "Before the
        # morning of 1 September had passed, reports …": the time only, the rest says it
        phrase = len(pieces[own].split()) < 2 and pat.PREPOSITION_OPEN.match(self._raw[own])
        own_verb = verbal[own] or pat.WITH_ABSOLUTE.match(self._raw[own]) is not None
        base = own if said and own_verb and not phrase else None  # not "During the … games"
        if base is not None and self._and_fronted(m):  # "… sprayed and that evening, a …"
            base = next(
                (i for i in self._order(own, True)[:2] if i > own and self._usable(i)), base
            )
        if base is None:  # the nearest clause with a verb, after a fronted date first
            first = self._first_said
            fronted = self.text[m.end : m.end + 1] == "," or first is None or first > own
            ahead = fronted and (  # "In 1984, …", "… and in 1988, the team …"
                not said or self._opens_clause(own)  # "…; at the Awards the next year, …"
            )
            if not said and self._blank[self._pieces[0][own] : self._pieces[0][own] + 1] in ")]":
                ahead = False  # "… certified gold by the RIAA (RIAA) on 25 April, denoting …"
            order = self._order(own, ahead)
            base = next((i for i in order if self._usable(i) and self._finite(i)), None)
            if base is None:  # "… residents, led by the DCAC, withdrew": an aside only last
                base = next((i for i in order if self._usable(i)), None)
        if base is None:
            if said:
                return trim_description(shown[own], keep)
            near = _nearest_good(self._good(), own)
            return trim_description(shown[near]) if near is not None else self._fallback or m.quote
        text = pieces[base]
        raw = self._raw[base]
        done = pat.FOLLOWING_DONE.match(raw) if base == own else None
        if done is not None:  # "Following renovations completed on 21 May 2000, the …"
            return trim_description(pat.ARTICLE.sub("", done.group(1)))
        both = pat.PRONOUN_AND.match(raw)  # "He and his wife returned to Zambia in 2012"
        if (
            both is not None
            and both.group(1).lower() in self.person
            and self.topic
            and not text.lower().startswith(both.group(1).lower())
        ):
            return trim_description(f"{self.topic} and {shown[base]}", keep)
        lead = pat.DATE_LEAD.sub("", raw)
        had = pat.PRONOUN_HAVE.match(lead)  # "he had a guest role …", "she is a riding
        # teacher", "From 1962 until 2004 it was the world's busiest port", "he was at the …"
        if had is not None and not text.lower().startswith(had.group(2).lower()):
            actor = self._pronoun_actor(had.group(1).lower(), base)
            verb = had.group(2).lower()
            rest = _with_lead(lead[had.end() :], text)
            if actor and had.group("at") is None:
                return trim_description(f"{actor} {verb} {shown[base]}", keep)
            if not has_verb(text):  # not a bare "world's busiest port": who was it
                return trim_description(f"{actor or had.group(1).lower()} {verb} {rest}")
        relative = pat.RELATIVE_OPEN.match(raw) is not None and base > 0
        copula_first = pat.COPULA_FIRST.match(raw)  # "…, and was part of the team in 2015"
        if copula_first is not None and text.lower().startswith(copula_first.group(1).lower()):
            copula_first = None
        verb_first = (
            opens_with_verb(text)
            or pat.PRONOUN_ADVERB.match(raw) is not None
            or copula_first is not None
        )
        if verb_first or len(text.split()) < 2 or relative:
            pronoun = pat.PRONOUN_SUBJECT.match(raw)  # "…, he struck out 13"
            if pat.IMPERSONAL.match(raw):
                actor = None  # "and in 1940 it was proposed to extend …": no one's deed
            elif relative and (where := pat.WHERE_PRONOUN.match(raw)) is not None:
                actor = self._main_subject(base, where.group(1).lower())  # "…, where they"
            elif relative and pat.OWN_SUBJECT_RELATIVE.match(raw):
                actor = None  # "the airstrip, where construction was halted": its own subject
            elif relative and pat.SENTENTIAL.match(raw):
                actor = None  # "…, which led to Lesnar making his return": of the clause before
            elif relative:
                actor = self._antecedent(base)  # "the event, which took place"
            elif pronoun is not None:
                actor = self._pronoun_actor(pronoun.group(1).lower(), base)
            elif pat.FOLLOWED.match(raw):
                deed = self._followed_deed(base, shown[base])  # "…, followed by the
                if deed is not None:  # Schoemaker Center in 2006": "Schoemaker Center opened"
                    return deed
                actor = None
            elif (
                pat.PARTICIPLE_AFTER_NOUN.match(raw)
                and self._comma_before(base)
                and self._verbal[base - 1]  # not "Vindex, the governor of Gaul, rebelled"
                and not pat.VERB_PREPOSITION.match(self._raw[base - 1])  # "according to X,"
            ):
                actor = self._antecedent(base) or self._actor(base)  # "…, opened in"
            else:
                actor = self._actor(base)
            actor = pat.ARTICLE.sub("", actor) if actor else None  # "park created", not "The park"
            copula = (
                pat.COPULA_LEAD.match(raw)
                if not (verb_first or relative)
                else pat.PREDICATE.match(raw)
            )  # "Dodd [was] runner-up", "QuackShot [is] a 1991 … game"
            copula = copula_first or copula  # "Dodd [was] part of the Under 25 team"
            if actor is not None:
                words = shown[base]
                lead = words[:1].lower() if base == 0 else words[:1]  # "Shot by …" → "… shot"
                verb = f"{copula.group(1).lower()} " if copula else ""  # "Dodd was runner-up"
                return trim_description(f"{actor} {verb}{lead}{words[1:]}", keep)
        listed = self._listed_subject(base)
        if listed is not None:
            return listed
        return trim_description(shown[base], keep)

    def _listed_subject(self, base: int) -> str | None:
        """``The campuses Huwei, Houli, Erli and Chung Hsing New Village were added after
        2003``: a clause whose subject is the last names of a list the sentence opens with
        (each item a clause of its own) is described by the list's head noun
        (``campuses were added``), not by its last names."""
        subject = self._subject_of(base)
        if not subject or not subject[:1].isupper() or base == 0:
            return None
        k = base - 1
        while k > 0 and self._listed_item(k):
            k -= 1
        if k != (self._first_said or 0) or self._verbal[k] or not self._comma_before(k + 1):
            return None
        head = pat.LIST_HEAD.match(self._raw[k])
        if head is None:
            return None
        rest = self._pieces[1][base][len(subject) :].strip()
        return trim_description(f"{head.group(1).strip()} {rest}") if rest else None

    def _listed_item(self, k: int) -> bool:
        """Is clause ``k`` a name listed between commas (``Houli``, ``Pulau Ayer Merbau``)?"""
        piece = self._pieces[1][k]
        return not self._verbal[k] and is_name_like(piece) and piece[:1].isupper()

    def _event_held(self, m: DateMention, own: int) -> str | None:
        """``In June 2015, Dodd was selected … for the 2015 World Championship in Beijing in
        July``: a date right after a named event in a phrase of its own, in a clause dated by
        another date, is when that event was held (``2015 World Championship held in
        Beijing``), not when the clause's deed was done."""
        edges = self._pieces[0]
        event = pat.EVENT_BEFORE.search(self.text, max(0, m.start - pat.EVENT_REACH), m.start)
        if event is None:
            return None
        after_bracket = self._blank[edges[own] : edges[own] + 1] in (")", "]")
        if not (self._verbal[own] or after_bracket) or self._aside[own]:
            return None  # "at the Golden Globe Awards in January 2000, it won …": its time
        clause_start, opener = edges[own], edges[1] if not self._verbal[0] and own else 0
        dated = any(
            other.end <= event.start("event")
            and (other.start >= clause_start or other.start < opener)
            for other in self.mentions
            if other is not m
        )  # the clause has a time of its own: "In June 2015, …" or "… in 2004 …"
        if not dated:
            return None
        name = " ".join(event.group("event").split())
        place = f" in {event.group('place')}" if event.group("place") else ""
        return trim_description(f"{pat.ARTICLE.sub('', name)} held{place}", name)

    def _gapped_object(self, segment: str, said: str) -> str | None:
        """``… signed by Sony Music in 1993 and Warner Music in 2008``: a conjunct of ``and``,
        a name and its date, stands for the object of the last preposition of the clause
        before (``signed by Warner Music``)."""
        gap = pat.GAPPED_OBJECT.fullmatch(segment)
        if gap is None:
            return None
        thing = " ".join(gap.group(1).split())
        words = said.split()
        link = max((k for k, w in enumerate(words) if w in LINKS and k), default=None)
        if link is None or not has_verb(" ".join(words[:link])) or thing in said:
            return None
        return trim_description(" ".join([*words[: link + 1], thing]))

    def _noun_which(self, m: DateMention) -> str | None:
        """``… evident in the 1949 series, which began as a morbid study of a head``: a
        date inside a noun phrase followed by ``, which`` and a verb dates what the relative
        clause says of that phrase (``1949 series began as a morbid study``)."""
        if m.start not in self._attributive:
            return None
        end = self._span_end(m)
        which = pat.NOUN_WHICH.match(self.text, end)
        if which is None or not opens_with_verb(which.group(2)):
            return None
        span = self.text[m.start : end]
        return trim_description(f"{span} {which.group(1)} {which.group(2)}", span)

    def _fronted_event(self, m: DateMention, own: int) -> bool:
        """Does the date name an event in a fronted phrase (``During the 1947 game against
        Wisconsin, …``) rather than a work (``In his 1944 Three Studies, …``)? The clause
        after it says what happened at that event."""
        before = self.text[self._pieces[0][own] : m.start]
        return (
            own == self._first_said and pat.FRONTED_EVENT.fullmatch(before.strip(" ,")) is not None
        )

    def _listed_object(self, m: DateMention, own: int) -> str | None:
        """``… did not attend the 1976 Summer Olympics in Montréal, Canada or the 1980
        Summer Olympics in Moscow``, ``He finished his career as a two-time All-American, …,
        and the 2000 NCAA Champion``: a dated title listed after the object of a clause
        with a verb takes that clause's verb (``… did not attend the 1980 Summer
        Olympics``)."""
        if m.start not in self._attributive or self._verbal[own] or self._aside[own]:
            return None
        edges = self._pieces[0]
        start = edges[own]
        while start < m.start and self.text[start] in " ,;:":
            start += 1
        lead = pat.LISTED_LEAD.fullmatch(self.text, start, m.start)
        if lead is None:
            return None
        reach = range(own - 1, max(-1, own - 1 - pat.MAX_REACH), -1)
        prev = next((i for i in reach if self._verbal[i]), None)  # past the list's items
        if prev is None or self._aside[prev]:
            return None
        said = self._said[prev]
        parallel = list(pat.PARALLEL_OBJECT.finditer(said))
        if not parallel or not has_verb(said[: parallel[-1].start()]):
            return None
        title = " ".join(self.text[m.start : edges[own + 1]].split()).strip(" ,;:.")
        det = pat.DETERMINER_END.search(lead.group())
        title = f"{det.group() if det else ''}{title}"  # "the 1980 Summer Olympics in Moscow"
        raw = self._raw[prev]
        pronoun = pat.PRONOUN_SUBJECT.match(raw)
        actor = self._pronoun_actor(pronoun.group(1).lower(), prev) if pronoun else None
        head = said[: parallel[-1].start()].strip()
        if lead.group("prep"):  # "appeared in the 1988 …, and at the 1992 Summer Olympics"
            head = f"{pat.PREPOSITION_END.sub('', head)} {lead.group('prep').lower()}"
        text = f"{pat.ARTICLE.sub('', actor)} {head} {title}" if actor else f"{head} {title}"
        return trim_description(text, m.quote)

    def _reduced_participle(self, m: DateMention, own: int) -> str | None:
        """``… stemming from a banned substance in a sample collected on June 28``: a date
        after a participle that follows its noun, in a clause whose verb comes before, dates
        that noun's participle (``sample collected``)."""
        start = self._pieces[0][own]
        # the phrase is a few words long: searched for just before the date, not from the
        # clause's start (a clause of n dates would cost n² otherwise)
        hit = pat.REDUCED.search(self.text, max(start, m.start - pat.REDUCED_REACH), m.start)
        if hit is None or hit.group(1).split()[-1].lower() in pat.NOT_NOUN_END:
            return None
        lead = self.text[start : hit.start()]
        if not has_verb(lead) or pat.LEAD_END.search(self.text, start, hit.start()):
            return None  # "The bridge opened in 1990": the clause's own verb; "is a …"
        return trim_description(f"{hit.group(1)} {hit.group(2)}")

    def _and_fronted(self, m: DateMention) -> bool:
        """Does the date open a clause after ``and``, before a comma (``… was sprayed with
        bullets and that evening, a soldier shot …``)? It is the time of the clause after."""
        if self.text[m.end : m.end + 1] != ",":
            return False
        before = self.text[max(0, m.start - 60) : m.start]
        return pat.AND_BEFORE.search(before) is not None and not pat.BETWEEN.search(before)

    def _order(self, own: int, ahead: bool) -> list[int]:
        """The clauses around ``own``, nearest first (the later one first when ``ahead``),
        counted past brackets: ``… Sains Bintulu (Bintulu Science College) from 1994 to
        July 1999 when …`` is nearer the clause before the bracket than the one after."""
        pieces, aside = self._pieces[1], self._aside
        near = pat.MAX_REACH - 1  # as many on each side as before
        far = 4 * pat.MAX_REACH  # brackets skipped, but not without end
        ahead_of = range(own + 1, min(len(pieces), own + 1 + far))
        behind = range(own - 1, max(-1, own - 1 - far), -1)
        later = list(islice((i for i in ahead_of if not aside[i]), near))
        earlier = list(islice((i for i in behind if not aside[i]), near))
        first, second = (later, earlier) if ahead else (earlier, later)
        order = [i for pair in zip_longest(first, second) for i in pair if i is not None]
        return order

    def _framed_noun(self, m: DateMention, own: int) -> bool:
        """Is the date a modifier of a noun in a clause that says what happened to or with
        it (``He was selected in the 2006 MLB draft``, ``X recognised 67 species in their
        2005 World Checklist``, ``On the 2011 year-end charts, X was …``)? The clause
        describes it then, the noun phrase kept whole, not the title alone."""
        if m.start not in self._attributive or self._aside[own]:
            return False
        if pat.TEMPORAL_BEFORE.search(self.text, max(0, m.start - 40), m.start):
            return False  # "after the 1991 liberalisation of India": the happening it names
        if self._verbal[own]:
            return True
        fronted = own == self._first_said and pat.PREPOSITION_OPEN.match(self._raw[own]) is not None
        return fronted and self._first_verbal < len(self._verbal)

    def _antecedent(self, base: int) -> str | None:
        """What a relative clause at ``base`` is about: the noun phrase before it, or the
        subject when that phrase is the predicate of a copula (``Hannah Dodd is an Australian
        … player who represented …``)."""
        before = self._raw[base - 1]
        if pat.PREDICATE_NOUN.search(before):
            subject = self._subject_of(base - 1)
            if subject:
                return pat.BRACKETED.sub("", subject).strip()
        agent = pat.AGENT_TAIL.search(before)
        if agent is not None and pat.RELATIVE_WHICH.match(self._raw[base]):
            before = agent.group(1)  # "the play Herons written by Simon Stephens, which …"
        tail = tail_noun_phrase(before)
        if tail is not None and pat.RELATIVE_WHICH.match(self._raw[base]):
            head = pat.OF_HEAD.search(before, 0, max(0, len(before.rstrip()) - len(tail)))
            if head is not None and head.group(1).lower() not in pat.PART_HEADS:
                return f"{head.group(1)} of {tail}"  # "an evacuation of the embassy, which"
        return tail

    def _pronoun_actor(self, pronoun: str, base: int) -> str | None:
        """Whom a pronoun that opens clause ``base`` stands for: the article's person (a
        biography's ``he``), else the subject of the clause it is joined to by ``and``
        (``The workshops emerged in 1850 and it was transformed …``)."""
        raw = self._raw[base]
        if pronoun in self.person and self.topic:
            return self.topic
        if pronoun != "it" and pat.SUBORDINATE_PRONOUN.match(raw):
            return self._main_subject(base, pronoun)  # "Bishop was overseeing …, when he left"
        if base == 0 and pronoun == "it" and not self.person and pat.REFERRING_IT.match(raw):
            return self.topic or None  # "It was created in 1995 …": the article's subject
        prev = base - 1
        while prev > max(0, base - pat.MAX_REACH) and not self._pieces[1][prev]:
            prev -= 1  # "The attack tapered off…, but that night it resumed": past the comma
        if not (pat.AND_PRONOUN.match(raw) and base > 0 and self._verbal[prev]):
            return None
        if pronoun in ("he", "she"):  # "… recognized by Napoleon Bonaparte and he ordered"
            names = pat.PERSON_NAME.findall(self._raw[prev])
            return names[-1] if names else None
        subject = self._subject_of(prev)  # "The workshops emerged … and it was transformed"
        plural = subject is not None and subject.split()[-1].lower().endswith("s")
        return None if pronoun == "they" and not plural else subject  # not "Bacon … and they"

    def _main_subject(self, base: int, pronoun: str) -> str | None:
        """The subject of the nearest main clause before ``base`` when ``pronoun`` can
        stand for it: ``he``/``she`` a name (``Bishop … , when he left``), ``they`` a plural
        (``The evacuees were taken to Muscat, where they disembarked``)."""
        for i in range(base - 1, max(-1, base - 1 - pat.MAX_REACH), -1):
            raw = self._raw[i]
            if not self._verbal[i] or self._aside[i] or pat.RELATIVE_OPEN.match(raw):
                continue
            if pat.VERB_PREPOSITION.match(raw) or pat.SUBORDINATE_ING.match(raw):
                continue
            subject = self._subject_of(i)
            if subject is None:
                return None
            last = subject.split()[-1]
            if pronoun in ("he", "she"):
                named = subject[:1].isupper() and not pat.ARTICLE.match(subject)
                return subject if named and " and " not in subject else None
            plural = last.lower().endswith("s") and not last[:1].isupper()
            return subject if plural == (pronoun == "they") else None
        return None

    def _participle_phrase(self, k: int) -> bool:
        """Is clause ``k`` a short participle phrase (``laid down in 1873``), not a clause
        with a finite verb and its object (``suggested that the detail was …``)?"""
        return bool(pat.PAST_FIRST.match(self._pieces[1][k])) and len(self._raw[k].split()) <= 5

    def _opens_clause(self, i: int) -> bool:
        """Does clause ``i`` open a sentence or a clause after a semicolon with a
        preposition (``…; at the 72nd Academy Awards the following year, the film won``)?"""
        edge = self._pieces[0][i]
        before = self._blank[:edge].rstrip()
        opens = not before or before.endswith(";") or self._blank[edge : edge + 1] == ";"
        return opens and pat.PREPOSITION_OPEN.match(self._raw[i]) is not None

    def _comma_before(self, i: int) -> bool:
        """Does a comma end the text before clause ``i`` (not ``and``)?"""
        edge = self._pieces[0][i]
        return self._blank[:edge].rstrip().endswith(",") or self._blank[edge : edge + 1] == ","

    def _finite(self, i: int) -> bool:
        """Does clause ``i`` have more than a participle with its agent (``led by the DCAC``)?"""
        raw = self._raw[i]
        return (
            pat.PASSIVE_ASIDE.match(raw) is None
            and pat.VERB_PREPOSITION.match(raw) is None
            and pat.SUBORDINATE_ING.match(raw) is None  # "before leaving the US, Bishop …"
        )

    def _gapped(self, own: int) -> str | None:
        """``Scheelea was described by Karsten in 1857, and Ynesa by Cook in 1942``, ``…,
        followed by the Schoemaker Center in 2006 and 3711 in 2009``: a clause of ``and`` with
        no verb of its own takes the verb of the clause before."""
        raw = self._raw[own]
        prev = own - 1
        while prev > 0 and (self._aside[prev] or pat.CITATION.fullmatch(self._raw[prev])):
            prev -= 1  # past a citation: "… in 2006[6] and 3711 in 2009"
        if own == 0 or not pat.AND_ONLY.match(raw) or self._verbal[own] or not self._verbal[prev]:
            return None
        said = pat.AND_ONLY.sub("", self._pieces[1][own])  # clean_piece of the clause, cached
        before = self._raw[prev]
        agent = pat.AGENT_VERB.search(before)
        if agent is not None and " by " in f" {said} ":
            thing, by = said.split(" by ", 1)
            return trim_description(f"{thing} {agent.group(1)} by {by}")  # "Ynesa described by"
        lead = pat.VERB_FIRST.match(before)
        if lead and said and pat.FOLLOWED.match(before):
            deed = self._followed_deed(prev, said)  # "… and 3711 in 2009" → "3711 opened"
            if deed is not None:
                return deed
        return trim_description(f"{lead.group(1)} {said}") if lead and said else None

    def _followed_deed(self, i: int, thing: str) -> str | None:
        """``… since it opened its first shared facility in 2000, followed by the Schoemaker
        Center in 2006``: what follows did what the clause before did (``Schoemaker Center
        opened``), read from that clause's first past verb."""
        k = i - 1
        while k > 0 and (self._aside[k] or pat.CITATION.fullmatch(self._raw[k])):
            k -= 1
        if k < 0 or not self._verbal[k] or self._aside[k]:
            return None
        verb = pat.PAST_VERB.search(self._raw[k])
        thing = pat.ARTICLE.sub("", pat.FOLLOWED.sub("", thing).strip())
        return trim_description(f"{thing} {verb.group(1)}") if verb and thing else None

    def _listed_value(self, m: DateMention) -> str | None:
        """``Rotterdam was the eleventh-largest port (2009: tenth; 2008: ninth)``: a year
        with a colon in brackets gives what the sentence's subject was that year."""
        listed = pat.YEAR_COLON.match(self.text, m.end)
        first = self._first_verbal
        if listed is None or bisect_left(self._opens, m.start) <= bisect_left(
            self._closes, m.start
        ):
            return None
        who = self._subject_of(first) if first < len(self._verbal) else None
        return trim_description(f"{pat.ARTICLE.sub('', who)} {listed.group(1)}") if who else None

    @cached_property
    def _relatives(self) -> tuple[list[int], list[re.Match[str]]]:
        """Every ``which``/``who`` of the sentence, found once (not once per date)."""
        found = list(pat.INNER_RELATIVE.finditer(self.text))
        return [r.start() for r in found], found

    def _last_relative(self, start: int, end: int) -> re.Match[str] | None:
        """The last ``which``/``who`` wholly inside ``text[start:end]``, or None."""
        starts, found = self._relatives
        i = bisect_left(starts, end) - 1
        while i >= 0 and found[i].end() > end:
            i -= 1
        return found[i] if i >= 0 and found[i].start() >= start else None

    def _inner_relative(self, m: DateMention, own: int) -> str | None:
        """``… ironclads in 1865 which were not completed until 1870``, ``… sound which
        Torres helped develop since 2005``: a date in a relative clause inside its clause
        dates what the relative clause says of its antecedent."""
        start = self._pieces[0][own]
        rel = self._last_relative(start, m.start)
        if rel is None or not has_verb(self.text[rel.end() : m.start]):
            return None
        head = pat.ARTICLE_OF_DATE.sub("", self._blank[start : rel.start()])
        head = pat.DATE_PHRASE_END.sub("", head).replace("\x00", " ").strip(" ,")
        antecedent = tail_noun_phrase(head)
        if pat.PREDICATE_NOUN.search(head) and self._first_said is not None:
            subject = self._subject_of(own) or head_phrase(self._raw[self._first_said])
            antecedent = subject or antecedent  # "Dodd is an … player who represented …"
        body = _TRAIL_FILLER.sub("", self._blank[rel.end() : m.start].replace("\x00", " "))
        if antecedent is None or not body.strip():
            return None
        antecedent = pat.ARTICLE.sub("", antecedent)
        words = body.split()
        if len(words) > 1 and (words[0][:1].isupper() or words[0].lower() in pat.PRONOUN_ACTORS):
            return trim_description(f"{body} {antecedent}")  # "Torres helped develop … sound"
        return trim_description(f"{antecedent} {body}")  # "ironclads were not completed"

    def _when_after(self, m: DateMention) -> str | None:
        """``… until 1960, when it declared independence``: the ``when`` clause after the date
        says what happened then (its pronoun is the sentence's subject)."""
        when = pat.WHEN_AFTER.match(self.text, m.end)
        if when is None:
            return None
        clause = when.group(1)
        pronoun = pat.PRONOUN_SUBJECT.match(clause)
        if pronoun is not None:
            who = self.topic if pronoun.group(1).lower() in self.person else None
            first = self._first_verbal
            who = who or (self._subject_of(first) if first < len(self._verbal) else None)
            rest = clause[pronoun.end() :]
            clause = f"{pat.ARTICLE.sub('', who)} {rest}" if who else rest
        return trim_description(clause)

    def _actor(self, base: int) -> str | None:
        """Who or what a clause that opens with its verb is about: the subject of the
        clause with a verb before it (``No. 20 Squadron flew its last mission, …, and
        disbanded``), else the noun phrase before it (``The refinery, Bintulu Oil, was
        established``), else the subject of the clause after (``Raised in 1941, it …``),
        else the noun phrase the clause before ends with (``… the parade, scheduled for``)."""
        pieces, verbal, aside = self._pieces[1], self._verbal, self._aside
        reach = range(base - 1, max(-1, base - 1 - pat.MAX_REACH), -1)
        edges, body = self._pieces[0], self._body_start
        before = [
            i
            for i in reach
            if pieces[i]
            and not aside[i]
            and not pat.VERB_PREPOSITION.match(self._raw[i])
            and edges[i + 1] > body  # not the dateline's place
        ]  # not "diplomats, including many stationed …, were collected": "including many"
        spoken = [
            i
            for i in before
            if verbal[i]
            and not pat.RELATIVE_OPEN.match(self._raw[i])  # "The area, which included …,"
            and not pat.ASIDE_ADVERB.match(self._raw[i])  # "…, especially in X's works;"
        ]
        near = base - 1
        if (
            before[:1] == [near]
            and not verbal[near]
            and is_name_like(pieces[near])
            and pieces[near][:1].isupper()  # a name, not "Beccari, an Italian botanist, visited"
            and self._participle_phrase(base)
            and near > 0
            and verbal[near - 1]  # the name of the object before: not "The old ferry
            and not pat.FINITE_OPEN.match(self._raw[base])  # terminal, Harbour Hall, was opened"
        ):
            return pieces[near]  # "The result was the first ironclad, the Gloire, begun in 1857"
        past_list = False  # past a clause of a list of deeds: only a name or the person
        for i in spoken:
            subject = self._subject_of(i)
            if subject and (not past_list or subject == self.topic or is_name_like(subject)):
                return subject
            if subject:
                break  # not "… and more particularly in Belfast where the IRA was …"
            joined = pat.AND_ONLY.match(self._raw[i]) or pat.BUT_ONLY.match(self._raw[i])
            listed = opens_with_verb(pieces[i]) and not self._participle_phrase(i)
            if not (joined or listed):  # not past "laid down in 1873" to "The French Navy"
                break  # "The storm weakened …, but re-intensified …, reaching …": past "but";
                # "She started playing …, made her debut …, winning bronze, and was part …"
            past_list = past_list or (listed and not joined)
        named = next(
            (
                pieces[i]
                for i in before[:3]
                if (
                    is_name_like(pieces[i])
                    or pat.LONG_NAME.fullmatch(pieces[i])
                    or (i == before[0] and self._bare_subject(i))  # "diplomats, including
                )  # many stationed …, were collected": "diplomats collected"
                and not opens_with_verb(pieces[i])  # "Invented in 1868 and deployed in …"
            ),
            None,
        )
        opening = self._first_said
        opens = (
            opening is not None
            and opening < base
            and self._first_verbal >= base
            and not pat.VERB_PREPOSITION.match(self._raw[opening])  # "Following a privatisation"
        )
        if (
            opens
            and opening is not None
            and (first := head_phrase(self._raw[opening].lstrip(" -–—")))
        ):
            return first  # the sentence opens with what it is about
        if named is not None:
            return named
        for j in range(base + 1, min(len(pieces), base + 1 + pat.MAX_REACH)):
            if not verbal[j]:
                break
            subject = self._subject_of(j, fronted=True)
            if (
                subject is not None
                or not opens_with_verb(pieces[j])
                or not pat.AND_ONLY.match(self._raw[j])
            ):
                return subject  # "Designed in 1871 and built in …, the lighthouse …"
        k = base - 1  # "… with the Redoutable, laid down in 1873 and launched in 1876"
        while k >= 0 and (
            (k in before and (not pieces[k] or self._participle_phrase(k)))
            or pat.VERB_PREPOSITION.match(self._raw[k])  # past "including many stationed …"
        ):
            k -= 1  # past participles of one thing: skipped to the phrase that names it
        return tail_noun_phrase(self._raw[k]) if k >= 0 and k in before else None

    def _bare_subject(self, i: int) -> bool:
        """Is clause ``i`` only a subject of plain plural nouns (``diplomats``)?"""
        return pat.BARE_PLURAL.fullmatch(self._pieces[1][i]) is not None and not self._verbal[i]

    def _subject_of(self, i: int, fronted: bool = False) -> str | None:
        """The words of clause ``i`` before its verb (``the music video``; a pronoun is the
        topic), or None."""
        piece = pat.FILLER_ARTICLE.sub("", self._raw[i])
        words = piece.split()
        low = words_of(piece)
        for k in range(len(words)):
            after = low[k + 1] if k + 1 < len(low) else ""
            if k and low[k - 1] == "of" and not past_or_finite(low[k]):
                continue  # "The first tract of land 385 acres was …": a noun after "of"
            if is_verb(unprefixed(low[k]), low[k - 1] if k else "", after):
                if k == 0:
                    return None
                person = low[0] in self.person
                if k == 1 and (person or (fronted and low[0] == "it")):
                    return self.topic or None  # "he": the article's person; "Raised …, it"
                if low[0] in pat.FRONT_PREPOSITIONS and low[k - 1] in pat.PRONOUN_ACTORS:
                    # "Through the influence of King Æthelbald he was appointed": the pronoun
                    return self.topic or None if low[k - 1] in self.person else None
                if all(w in DETERMINERS or w in pat.PRONOUN_ACTORS for w in low[:k]):
                    return None
                if low[0] in pat.NO_SUBJECT or pat.ADVERB.fullmatch(low[0]):
                    return None  # "which was …", "especially in Picasso's … works": no actor
                while k > 1 and low[k - 1].endswith("ly") and low[k - 1] not in pat.NOT_ADVERBS:
                    k -= 1  # "Krosa quickly intensified": "Krosa"
                return " ".join(words[:k]).strip(" ,") if k <= 7 else None
        return None

    def _usable(self, i: int) -> bool:
        """Can clause ``i`` describe a date of another clause? It has a verb, stands outside
        brackets, and is not a relative clause (``whose activities …``) or a score (``62 to``)."""
        raw = self._raw[i]
        return (
            self._verbal[i]
            and not self._aside[i]
            and not pat.RELATIVE_OPEN.match(raw)
            and (
                not raw[:1].isdigit()
                or pat.ORDINAL.match(raw) is not None  # "38th Infantry"
                or pat.COUNTED_SUBJECT.match(raw) is not None  # "300 North Koreans launched"
            )
        )

    def _listed_award(self, m: DateMention) -> str | None:
        """``Rookie of the Year (2008)`` as a list item of a biography: the person was named it."""
        if not (self.person and self.topic) or self._first_verbal < len(self._verbal):
            return None
        head = pat.LISTED.match(self.text)
        if head is None or not head.end() <= m.start or ")" in self.text[head.end() : m.start]:
            return None  # "Match of the Year (2003) vs. Kurt Angle … on September 16": a match
        return f"{self.topic} named {head.group(1).strip()}"


def _with_lead(words: str, said: str) -> str:
    """``said`` (a clause's describing words) with the preposition and determiner its
    clause had before them (``at the``, ``the``), which the describing words drop."""
    lead = []
    for w in words.split()[:2]:
        if said.lower().startswith(w.lower()) or w.lower() not in pat.LEAD_KEPT:
            break
        lead.append(w)
    return " ".join([*lead, said])


def _time_passing(raw: str, piece: str) -> bool:
    """Is a clause a subordinate one that says only that a time came or went (``Before the
    morning of 1 September had passed``, ``When the day of the vote came``)?"""
    if not pat.TIME_SUBORDINATOR.match(raw):
        return False
    rest = [w for w in piece.lower().split() if w not in pat.TIME_PASSING]
    return _only_time(" ".join(rest))


def _only_time(piece: str) -> bool:
    """Are the words of a clause only time words (``morning``, ``first two weeks``)?"""
    rest = [w for w in piece.lower().split() if w not in ("the", "a", "an", "of", "that", "this")]
    return bool(rest) and all(
        w in TIME_NOUNS or w in NUMBER_WORDS or pat.CLOCK.fullmatch(w) for w in rest
    )  # "06: 00": a time of day
