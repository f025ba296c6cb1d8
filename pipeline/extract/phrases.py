"""Noun phrases and clause subjects of one sentence, read without a part-of-speech tagger.

:class:`SentencePhrases` tokenizes a sentence once, marks its brackets, its date
expressions and its stated values, and lists where a clause may start (after a comma,
bracket or dash; at ``and``, ``which``, ``while`` …). :meth:`~SentencePhrases.parse` reads
the noun phrase that opens a clause up to its verb (``[The park] covers …``, ``[Over 20
research institutes and over 40 centres] make up …``), past conjunctions, adverbs and a date
that open the clause (``On 4 May 2001,``, ``That evening``). Used by
:mod:`pipeline.extract.subjects`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from pipeline.extract.calendar import MONTHS
from pipeline.extract.numbers import NUMBER_WORDS
from pipeline.extract.properties import MEASURE_NOUNS
from pipeline.extract.verbs import is_base_form, is_verb
from pipeline.extract.words import DETERMINERS, STOP_WORDS, possessive, words

_TOKEN = re.compile(
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|[^\W_](?:[\w'’\-.&²³]*[\w²³])?(?P<own>(?<=s)['’](?=\s[a-z]))?\.?"
    r"|[$€£¥%]|[^\w\s]"
)  # a plural possessive keeps its mark: "[companies'] exports"

_NUMBER = re.compile(r"[\d.,]*\d")  # not an ordinal ("14th")

CLOSE = {"(": ")", "[": "]"}

_BRACKET_AFTER = re.compile(r"\s*\([^()]{0,40}\)")

_BREAKS: Final = frozenset(",;:—–")
# Verbs of saying whose object is a clause without "that" ("said revenue rose 5%").
_SAYING: Final = words("said says stated announced")
_CONTRASTS: Final = words("while whereas")  # "…, while [expenditure] reached …"
# a part named after its whole: "Of this, [foreign direct investment] was …"
_OF_THIS: Final = re.compile(
    r"(?:^|[,;:]\s*)[Oo]f\s+(?:this|these|that|it|them|the\s+total|the\s+latter)\s*,\s*$"
)
_MAX_BARE_NP: Final = 6
_OWNER_LINKS: Final = words("across in at of from on")  # "occupancy [across] its portfolio"
_SAID_DAYS: Final = words(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday"
)  # "said on Thursday [its net profit rose …]"

_LEADERS: Final = words(
    """and but then so while whereas although though because when where whilst if yet thus
    hence therefore however meanwhile also since"""
)

ADVERBS: Final = words(
    """also still now currently then later thus today initially originally eventually
    finally soon meanwhile subsequently again already together further overall"""
)

PRONOUNS: Final = words("it its he his she her they their them this these we our")

QUANTIFIERS: Final = words(
    """over more than less fewer about around approximately nearly almost some roughly only
    just up to at least most another additional other total first second last next each
    all both many several few estimated"""
)

# Quantifiers that open a noun phrase without a number after them ("Total industrial
# output", "Several firms"), unlike "About", "Over", "Nearly".
_NOUN_QUANTIFIERS: Final = words(
    "total additional another other estimated many several few first last next each all both some"
)

RELATIVES: Final = words("which who whom whose that")

POSSESSIVES: Final = words("its his her their our")

_ARTICLES: Final = words("a an the")

_FLOATING: Final = words("each all both")

_PLURALS: Final = words(
    "people men women children police staff personnel cattle crew"
)  # "five helicopters each evacuated …"

_FINITE: Final = words(
    "is was are were has had have will would can could may might must should did does do"
)
_NP_LINKS: Final = words("of and or for in into at from to on across within")

_INSIDE_NP: Final = frozenset("$€£¥%&\"“”'’")  # marks a noun phrase may hold

_OPENS_PHRASE: Final = DETERMINERS | words(
    "of in on at by for from with to into over under about around nearly almost some across"
)

_TIME_PREPOSITIONS: Final = words("on in by at during since until from through")

# words between a preposition and its date: "by the end of 1944", "in the year 2013"
_DATE_FRAME: Final = DETERMINERS | words(
    """end beginning start middle course year month of early late mid spring summer autumn
    fall winter"""
)

_MAX_NP = 14


TIME_HEADS: Final = words("half quarter year month months period weeks")
# the words of a time phrase around or before its date: "for the three months to June 30",
# "in Q1 2025", "during the first half"
TIME_WORDS: Final = (
    TIME_HEADS
    | frozenset(MONTHS)
    | words(
        """monday tuesday wednesday thursday friday saturday sunday the this that last first
        second third fourth final quarters years week same end of fiscal financial full
        calendar reporting review under h1 h2 q1 q2 q3 q4 to ended ending through until two
        three four five six seven eight nine ten eleven twelve"""
    )
)
DATE_LINKS: Final = words("in for during of over at")  # "[Revenue in 2024] rose"
_FRONT_TIME: Final = words("in for during over throughout at by")  # "For the first half, …"
_MAX_FRONTED: Final = 8  # tokens of a fronted time phrase


@dataclass(slots=True)
class Token:
    """A word or mark of a sentence at ``text[start:end]``."""

    start: int
    end: int
    text: str
    low: str  # lower case, without surrounding quotes and a final period

    @property
    def cap(self) -> bool:
        return self.text[:1].isupper() or (self.text[:1] in "\"'“‘" and self.text[1:2].isupper())

    @property
    def word(self) -> bool:
        return self.low[:1].isalnum()

    @property
    def number(self) -> bool:
        """A number in digits or words (``1,500``, ``five``, ``one-hundred-and-twenty``)."""
        if _NUMBER.fullmatch(self.low) is not None or self.low in NUMBER_WORDS:
            return True
        if "-" not in self.low:
            return False
        return all(p in NUMBER_WORDS or p == "and" for p in self.low.split("-"))


@dataclass(slots=True)
class Parse:
    np_start: int  # token index of the first word of the subject
    np_end: int  # token index after it (the verb)


def _month_span(low: str) -> bool:
    """Is ``low`` a span of months written as one word (``july-september``)?"""
    parts = re.split(r"[-–]", low)
    return len(parts) == 2 and all(p in MONTHS for p in parts)


class SentencePhrases:
    """The tokens of one sentence and the subject noun phrases of its clauses. ``dates``
    are the sentence's date expressions and ``values`` its stated quantities (sentence
    offsets, with the value's kind): dates are skipped where they open a clause, values
    where a noun phrase names its entity."""

    def __init__(
        self,
        text: str,
        dates: Sequence[tuple[int, int]] = (),
        values: Sequence[tuple[int, int, str]] = (),
    ) -> None:
        self.text = text
        toks = []
        for m in _TOKEN.finditer(text):
            raw = m.group()
            low = raw.strip("\"'“”‘’").lower() + ("'" if m.group("own") else "")
            low = low[:-1] if low.endswith(".") and len(low) > 2 and "." not in low[:-1] else low
            toks.append(Token(m.start(), m.end(), raw, low))
        self.toks = toks
        self.tok_starts = [t.start for t in toks]
        self.date_end: dict[int, int] = {}  # token index of a date's start → index after it
        for a, b in dates:
            i = bisect_left(self.tok_starts, a)
            j = bisect_left(self.tok_starts, b)
            if i < j:
                self.date_end[i] = j
        self.date_start = {j: i for i, j in self.date_end.items()}
        self.in_value: set[int] = set()
        self.counting: set[int] = set()  # values that count their noun: "6,000 people"
        self.kinds: dict[int, str] = {}  # a value's first token → its kind
        for a, b, kind in values:
            span = range(bisect_left(self.tok_starts, a), bisect_left(self.tok_starts, b))
            self.in_value.update(span)
            if span:
                self.kinds[span[0]] = kind
            glued = text[b : b + 1] == "-"
            of = text.startswith(" of ", b) or text.startswith(" of ", self._after_bracket(b))
            if span and not glued and (kind == "count" or of):
                self.counting.add(span[0])
        self.close: dict[int, int] = {}  # bracket token index → index after its closing one
        stack: list[int] = []
        for i, t in enumerate(toks):
            if t.text in CLOSE:
                stack.append(i)
            elif t.text in ")]" and stack:
                self.close[stack.pop()] = i + 1
        self.opener = {c: o for o, c in self.close.items()}
        self.starts = self._clause_starts()
        # where a sentence's first word stands: at 0, or after a dateline ("LIMA, July 22
        # (Reuters) - Volumes rose …"), so its capital says nothing
        self.initial = {0} | {
            i + 1
            for i, t in enumerate(toks[:12])
            if t.text in ("-", "—", "–") and i + 1 < len(toks)
        }
        self.parses: dict[int, Parse | None] = {}

    def _after_bracket(self, pos: int) -> int:
        """``pos`` moved past a bracketed conversion that follows it: ``9 km (6 mi)``."""
        m = _BRACKET_AFTER.match(self.text, pos)
        return m.end() if m else pos

    def _clause_starts(self) -> list[int]:
        starts = [0]
        for i, t in enumerate(self.toks[:-1]):
            dash = t.text == "-" and self.text[t.start - 1 : t.start] == " "  # "(Reuters) - "
            if t.text in _BREAKS or t.text in CLOSE or t.text in ")]" or dash:
                starts.append(i + 1)
            elif (t.low in _LEADERS or t.low in RELATIVES) and not self._inside_name(i):
                starts.append(i)
            elif (
                t.low in _SAYING
                and self.toks[i + 1].word
                and self.toks[i + 1].low not in PRONOUNS
                and self.toks[i + 1].low != "that"
            ):
                starts.append(i + 1)  # "The park said revenue reached …": its own clause
            if t.low in _SAYING and (after := self._said_when(i + 1)) is not None:
                starts.append(after)  # "said on Thursday its net profit rose …"
        return starts

    def _said_when(self, j: int) -> int | None:
        """The token after a day a statement was made on (``on Thursday``, ``today``) at
        ``j``, when a clause follows it; else None."""
        toks = self.toks
        k = j + (j < len(toks) and toks[j].low == "on")
        if k >= len(toks) - 1 or toks[k].low not in _SAID_DAYS or (k == j and toks[j].low == "on"):
            return None
        return k + 1 if toks[k + 1].word and toks[k + 1].low != "that" else None

    def past_time_words(self, j: int) -> int:
        """The first token from ``j`` on that is no word of a time phrase or starts a date."""
        toks = self.toks
        k = j
        while (
            k < len(toks)
            and k not in self.date_end
            and (toks[k].low in TIME_WORDS or _month_span(toks[k].low))
        ):
            k += 1
        return k

    def _time_end(self, j: int) -> int | None:
        """The token after a time that starts at ``j`` (``2024``, ``the first half``, ``the
        three months to June 30``), or None."""
        k = self.past_time_words(j)
        if k in self.date_end:
            return self.date_end[k]
        return k if k > j and self.toks[k - 1].low in TIME_HEADS else None

    def _inside_name(self, i: int) -> bool:
        """Is the ``and`` at token ``i`` part of a name (``Science and Technology Park``)?"""
        toks = self.toks
        if toks[i].low not in ("and", "&") or i == 0 or i + 1 >= len(toks):
            return False
        before, after = toks[i - 1], toks[i + 1]
        return (
            before.word
            and before.cap
            and after.cap
            and after.low not in PRONOUNS
            and after.low not in DETERMINERS
        )

    def _low(self, i: int) -> str:
        return self.toks[i].low if 0 <= i < len(self.toks) else ""

    def _skip_lead(self, i: int) -> int:
        """Past conjunctions, adverbs and a date that open a clause: ``and then``, ``On 4
        May 2001,``, ``That evening``, ``As of 2014,``."""
        toks, n = self.toks, len(self.toks)
        for _ in range(8):
            if i >= n:
                return i
            low = toks[i].low
            if low in _LEADERS or low in ADVERBS or (low.endswith("ly") and not toks[i].cap):
                i += 1
            elif i in self.date_end:
                i = self.date_end[i]
            elif low in _TIME_PREPOSITIONS and (date := self._date_after(i + 1)) is not None:
                i = date  # "On 4 May 2001", "by the end of 1944", "In the year 2013"
            elif low in RELATIVES and self._low(i + 1) in _ARTICLES:
                i += 1  # "… out of which the zone constitutes 261 acres"
            elif (
                low == "of"
                and self._low(i + 1) in ("which", "whom")
                and i + 2 < n
                and toks[i + 2].word
                and not toks[i + 2].number
            ):
                i += 2  # "…, of which exports were 19.8 billion yuan"
            elif low == "as" and self._low(i + 1) == "of" and i + 2 in self.date_end:
                i = self.date_end[i + 2]
            elif toks[i].text == "," and i > 0:
                i += 1
            else:
                return i
        return i

    def _date_after(self, i: int) -> int | None:
        """The token after a date that starts at ``i`` or after a few words that only place
        it (``the end of``, ``the year``), or None."""
        for k in range(i, min(i + 4, len(self.toks))):
            if k in self.date_end:
                return self.date_end[k]
            if self.toks[k].low not in _DATE_FRAME:
                return None
        return None

    def _fronted_time(self, comma: int) -> bool:
        """Do the tokens before ``comma`` open the sentence with a time phrase (``For the
        first nine months,``, ``During the half,``)?"""
        toks = self.toks
        if comma < 2 or comma > _MAX_FRONTED or toks[0].low not in _FRONT_TIME:
            return False
        return all(t.low in TIME_WORDS or t.number or t.text in "-–" for t in toks[1:comma])

    def parse(self, start: int) -> Parse | None:
        """The subject noun phrase of a clause starting at token ``start`` and the verb
        after it, or None when the clause does not open with a subject and its verb."""
        if start not in self.parses:
            self.parses[start] = self._parse(start)
        return self.parses[start]

    def _parse(self, start: int) -> Parse | None:
        toks, n = self.toks, len(self.toks)
        i = self._skip_lead(start)
        if i >= n:
            return None
        first = toks[i]
        opener = first.low in DETERMINERS or first.low in PRONOUNS or first.number
        if first.low in QUANTIFIERS:
            opener = first.low in _NOUN_QUANTIFIERS or any(
                toks[k].number for k in range(i + 1, min(n, i + 4))
            )  # "Total industrial output reached …", "Several firms moved …"
        elif first.cap and first.low not in STOP_WORDS:
            participle = first.low.endswith(("ed", "ing")) and self._low(i + 1) in _OPENS_PHRASE
            opener = not participle  # "Composed of two locations, …", "Covering 105 km², …"
        if not opener and i > 0 and toks[i - 1].low in _SAYING and first.word:
            opener = first.low not in STOP_WORDS  # "said [revenue] reached …"
        after_part = (  # (a window before the word: a search from 0 would be quadratic)
            i > 0
            and _OF_THIS.search(self.text, max(0, toks[i].start - 24), toks[i].start) is not None
        )
        after_part = after_part or (  # "…, and [occupancy] stood at 78%"
            i > 1 and toks[i - 1].low in ("and", "but") and toks[i - 2].text in (",", ";")
        )
        if not opener and (after_part or (i > 0 and toks[i - 1].low in _CONTRASTS)) and first.word:
            opener = first.low not in STOP_WORDS and (
                self._verb_after_noun(i) or self._low(i + 1) in _OWNER_LINKS
            )  # "…, while [current expenditure] amounts to …", "Of this, [FDI] was …"
        if (
            not opener
            and i > 1
            and toks[i - 1].low in ("which", "whom")
            and toks[i - 2].low == "of"
        ):
            opener = first.word and first.low not in STOP_WORDS  # "of which [exports] were"
        if (
            not opener
            and i > 1
            and toks[i - 1].text == ","
            and ((i - 1) in self.date_start or self._fronted_time(i - 1))
        ):
            opener = (  # "In 2024, exports rose to …": a bare noun after a fronted date
                first.word
                and first.low not in STOP_WORDS
                and is_verb(self._low(i + 1), first.low, self._low(i + 2))
            )
        if not opener:
            return None
        k, count = i, 0
        while k < n and count < _MAX_NP:
            t = toks[k]
            if t.text in CLOSE:
                k = self.close.get(k, n)
                continue
            if k > i and t.low in _ARTICLES and self._content(k - 1) and toks[k - 1].cap:
                i = k  # "… west of Yongsan an estimated 300 troops engaged": it starts here
            if k > i and t.word and not t.cap:
                adverb = t.low in ADVERBS or t.low.endswith("ly") or t.low in _FLOATING
                if adverb and is_verb(self._low(k + 1), t.low, self._low(k + 2)):
                    return Parse(i, k)  # "The park then was …", "… helicopters each flew"
                after_number = (  # "five starts"; not "Revenue in 2024 amounted"
                    toks[k - 1].number and t.low not in _FINITE and k not in self.date_start
                )
                singular = is_base_form(t.low) and self._singular(k - 1)  # "master plan for"
                possessed = possessive(toks[k - 1].low)  # "the zone's exports"
                prev = "" if k in self.date_start else toks[k - 1].low  # "in 2024 amounted"
                if is_verb(t.low, prev, self._low(k + 1)) and not (
                    after_number or singular or possessed
                ):
                    return Parse(i, k)
                if t.low in RELATIVES and toks[k - 1].word:
                    if toks[start].low in ("and", "or"):
                        return None  # "… and three parks that serve …": no clause of its own
                    return Parse(i, k)  # "the park that hosts …": the noun before it
            if t.text == ",":
                nxt = next((j for j in range(k + 1, min(n, k + 12)) if toks[j].text == ","), None)
                if k == i or nxt is None or nxt + 1 >= n:
                    return None
                k = nxt + 1  # "The tower, completed in 1931, stands …"
                continue
            if k > i and t.low in DATE_LINKS and (j := self._time_end(k + 1)) is not None:
                k = j  # "Revenue in 2024 amounted to …", "Sales for the first half rose"
                continue
            mark = t.text in _BREAKS or t.text in ")]" or not t.word
            if mark and t.text not in _INSIDE_NP:
                return None  # a clause ends before its verb
            if t.low == "as" and self._low(k + 1) == "a" and self._low(k + 2) == "whole":
                k += 3  # "Shenzhen's economy as a whole grew …"
                continue
            if (
                k > i
                and t.low in ("more", "less")
                and self._low(k + 1) == "than"
                and is_verb(self._low(k + 2), "than", self._low(k + 3))
            ):
                return Parse(i, k)  # "Operating profit more than doubled to …"
            if k > i and t.low in STOP_WORDS and t.low not in DETERMINERS:
                if t.low in PRONOUNS and t.low not in ("its", "their", "his", "her", "our"):
                    return None
                quantity = t.low in QUANTIFIERS and any(
                    toks[j].number for j in range(k + 1, min(n, k + 4))
                )  # "… and over 40 centres"
                by_owner = (  # "Cumulative investment [by] licensed enterprises reached"
                    t.low == "by" and toks[k - 1].low in MEASURE_NOUNS
                )
                if not quantity and t.low not in _NP_LINKS and not by_owner:
                    return None
                nxt_low = self._low(k + 1)
                if nxt_low in PRONOUNS - POSSESSIVES or is_verb(nxt_low, t.low, self._low(k + 2)):
                    return None  # "… grew and it became", "… and became"
                if t.low == "and" and nxt_low.endswith("ing") and not toks[k + 1].cap:
                    return None  # "… and including four ships"
            k += 1
            count += 1
        return None

    def _verb_after_noun(self, i: int) -> bool:
        """Is token ``i`` the first of up to three plain lower-case words that a verb follows
        (``[current expenditure] amounts``, ``[foreign direct investment] was``)?"""
        for k in range(i, min(len(self.toks) - 1, i + _MAX_BARE_NP)):
            t = self.toks[k]
            if k > i and t.low in _OWNER_LINKS and self._content(k + 1):
                continue  # "[occupancy of phase one] had reached"
            if not t.word or t.low in STOP_WORDS or (k > i and t.cap and not self._content(k - 1)):
                return False
            if is_verb(self._low(k + 1), t.low, self._low(k + 2)):
                return not t.number and t.low not in STOP_WORDS
        return False

    def _singular(self, k: int) -> bool:
        """Is token ``k`` a singular noun (``master``, ``NCAA``; not ``companies``,
        ``people``, ``they``)?"""
        t = self.toks[k]
        if not t.word or t.low in STOP_WORDS or t.low in _PLURALS:
            return False
        return not t.low.endswith("s")

    def _content(self, k: int) -> bool:
        """Is token ``k`` a word that can end a noun phrase (not a function word, a number or
        a mark)?"""
        t = self.toks[k]
        return t.word and t.low not in STOP_WORDS and not t.number and k not in self.in_value

    def _phrase(self, kept: Sequence[int]) -> str:
        """The words of the tokens ``kept`` as written (a sentence's final period left out)."""
        texts = [self.toks[k].text for k in kept]
        if texts and texts[-1].endswith(".") and kept[-1] == len(self.toks) - 1:
            texts[-1] = texts[-1][:-1]
        out = " ".join(texts)
        out = re.sub(r"\s+([,.’'])(?=\s|$)|\s+(['’]s)\b", r"\1\2", out)
        return out.strip(" ,;:\"'“”‘’")

    def _kept(self, a: int, b: int) -> list[int]:
        """Token indices of a noun phrase's own words: brackets, stated values and what
        follows a comma left out (``the 715 km² (276 miles²) municipality, almost …``)."""
        kept: list[int] = []
        k = a
        while k < b:
            t = self.toks[k]
            if t.text in CLOSE:
                k = self.close.get(k, b)
                continue
            if t.text == "," and kept:
                break
            before_value = t.low in QUANTIFIERS and k + 1 in self.in_value
            if k not in self.in_value and not before_value:
                kept.append(k)
            k += 1
        while kept and self.toks[kept[-1]].low in STOP_WORDS - DETERMINERS:
            kept.pop()
        return kept
