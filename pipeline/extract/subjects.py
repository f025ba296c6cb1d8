"""Subject of a stated quantity: whose number it is, as written in the sentence.

:class:`SentenceSubjects` reads one sentence once (its tokens and where clauses may start)
and answers for each value of it:

1. a value that modifies a noun (``a 30-hectare plot``, ``a $170 million expansion``,
   ``Butler's 25-game streak``) belongs to that noun, or to its possessor; when that noun
   is the predicate (``X is a 700 acre park``) or a fronted apposition (``A 200-acre hub
   …, Cortex is``), to the clause's subject;
2. a measure after a noun (``a hole 6 miles wide``) belongs to that noun; one in a
   relative clause (``…, which is located 62 km away``) to the clause's antecedent;
3. else to the subject of its clause: the noun phrase before the clause's verb, found by
   walking back over the clause starts of the sentence (``…, and it employs 500``), or
   forward when the value stands in a fronted phrase (``With 30,800 employees, it is …``);
4. a value inside that subject (``over 6,000 people work there``) belongs to the head
   before it (``the first group of 1,367 …``), to a name it is ``of`` (``six squadrons of
   the Vichy French Air Force``), to the agent of a passive (``… were shot by X``), to a
   place it is in (``… work in the park``), else to the article's topic.

Pronouns (``it``, ``its``, ``they``) and definite descriptions of the topic (``the park``,
``the company``; :class:`~pipeline.extract.topic.Topic`) resolve to the title; ``the area
of X`` gives ``X``. A phrase that is not a name or a noun (``central``) gives no subject.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from pipeline.extract.attributes import LINKING_VERBS
from pipeline.extract.numbers import NUMBER_WORDS
from pipeline.extract.properties import MEASURE_NOUNS
from pipeline.extract.topic import Topic
from pipeline.extract.verbs import is_verb
from pipeline.extract.words import AUXILIARIES, DETERMINERS, STOP_WORDS, words

_TOKEN = re.compile(
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|[^\W_](?:[\w'’\-.&²³]*[\w²³])?\.?|[$€£¥%]|[^\w\s]"
)
_NUMBER = re.compile(r"[\d.,]*\d")  # not an ordinal ("14th")
_CLOSE = {"(": ")", "[": "]"}
_BRACKET_AFTER = re.compile(r"\s*\([^()]{0,40}\)")
_BREAKS: Final = frozenset(",;:—–")
_LEADERS: Final = words(
    """and but then so while whereas although though because when where whilst if yet thus
    hence therefore however meanwhile also"""
)
_ADVERBS: Final = words(
    """also still now currently then later thus today initially originally eventually
    finally soon meanwhile subsequently again already together further overall"""
)
_PRONOUNS: Final = words("it its he his she her they their them this these we our")
_QUANTIFIERS: Final = words(
    """over more than less fewer about around approximately nearly almost some roughly only
    just up to at least most another additional other total first second last next each
    all both many several few estimated"""
)
_RELATIVES: Final = words("which who whom whose that")
_COPULAS: Final = words("is was are were be been being become became becomes remains remained")
_SHAPES: Final = words("wide long deep tall high thick across away")
_LOCATIVE: Final = words("in on at within inside")
_NP_LINKS: Final = words("of and or for in at from to on")
_INSIDE_NP: Final = frozenset("$€£¥%&\"“”'’")  # marks a noun phrase may hold
_LINK_PARTICLES: Final = words("up to at from by down")
_CUT_WORDS: Final = words("of for in at from on with which that who")
_SPAN_NOUNS: Final = MEASURE_NOUNS | words("period span term interval stretch time distance spell")
_OPENS_PHRASE: Final = DETERMINERS | words(
    "of in on at by for from with to into over under about around nearly almost some across"
)
_FRAGMENT_ENDS: Final = ("al", "ic", "ous", "ive", "ly", "ed", "ing", "ern", "ish")
_MAX_NP = 14
_MAX_STARTS = 8


@dataclass(slots=True)
class _Tok:
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
        return _NUMBER.fullmatch(self.low) is not None or self.low in NUMBER_WORDS


@dataclass(slots=True)
class _Parse:
    np_start: int  # token index of the first word of the subject
    np_end: int  # token index after it (the verb)


class SentenceSubjects:
    """The subjects of one sentence's values. ``dates`` are the sentence's date
    expressions and ``values`` its stated quantities (sentence offsets): dates are skipped
    where they open a clause, values where a noun phrase names its entity."""

    def __init__(
        self,
        text: str,
        topic: Topic,
        dates: Sequence[tuple[int, int]] = (),
        values: Sequence[tuple[int, int, str]] = (),
    ) -> None:
        self.text = text
        self.topic = topic
        toks = []
        for m in _TOKEN.finditer(text):
            raw = m.group()
            low = raw.strip("\"'“”‘’").lower()
            low = low[:-1] if low.endswith(".") and len(low) > 2 and "." not in low[:-1] else low
            toks.append(_Tok(m.start(), m.end(), raw, low))
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
        for a, b, kind in values:
            span = range(bisect_left(self.tok_starts, a), bisect_left(self.tok_starts, b))
            self.in_value.update(span)
            glued = text[b : b + 1] == "-"
            of = text.startswith(" of ", b) or text.startswith(" of ", self._after_bracket(b))
            if span and not glued and (kind == "count" or of):
                self.counting.add(span[0])
        self.close: dict[int, int] = {}  # bracket token index → index after its closing one
        stack: list[int] = []
        for i, t in enumerate(toks):
            if t.text in _CLOSE:
                stack.append(i)
            elif t.text in ")]" and stack:
                self.close[stack.pop()] = i + 1
        self.opener = {c: o for o, c in self.close.items()}
        self.starts = self._clause_starts()
        self.parses: dict[int, _Parse | None] = {}

    # --- reading the sentence ------------------------------------------------------------

    def _after_bracket(self, pos: int) -> int:
        """``pos`` moved past a bracketed conversion that follows it: ``9 km (6 mi)``."""
        m = _BRACKET_AFTER.match(self.text, pos)
        return m.end() if m else pos

    def _clause_starts(self) -> list[int]:
        starts = [0]
        for i, t in enumerate(self.toks[:-1]):
            if t.text in _BREAKS or t.text in _CLOSE or t.text in ")]":
                starts.append(i + 1)
            elif t.low in _LEADERS or t.low in _RELATIVES:
                starts.append(i)
        return starts

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
            if low in _LEADERS or low in _ADVERBS or (low.endswith("ly") and not toks[i].cap):
                i += 1
            elif i in self.date_end:
                i = self.date_end[i]
            elif low in (
                "on",
                "in",
                "by",
                "at",
                "during",
                "since",
                "until",
                "from",
                "through",
            ) and (
                i + 1 in self.date_end
                or (self._low(i + 1) in DETERMINERS and i + 2 in self.date_end)
            ):
                i = self.date_end.get(i + 1) or self.date_end[i + 2]
            elif low == "as" and self._low(i + 1) == "of" and i + 2 in self.date_end:
                i = self.date_end[i + 2]
            elif toks[i].text == "," and i > 0:
                i += 1
            else:
                return i
        return i

    def parse(self, start: int) -> _Parse | None:
        """The subject noun phrase of a clause starting at token ``start`` and the verb
        after it, or None when the clause does not open with a subject and its verb."""
        if start not in self.parses:
            self.parses[start] = self._parse(start)
        return self.parses[start]

    def _parse(self, start: int) -> _Parse | None:
        toks, n = self.toks, len(self.toks)
        i = self._skip_lead(start)
        if i >= n:
            return None
        first = toks[i]
        opener = first.low in DETERMINERS or first.low in _PRONOUNS or first.number
        if first.low in _QUANTIFIERS:
            opener = any(toks[k].number for k in range(i + 1, min(n, i + 4)))
        elif first.cap and first.low not in STOP_WORDS:
            participle = first.low.endswith(("ed", "ing")) and self._low(i + 1) in _OPENS_PHRASE
            opener = not participle  # "Composed of two locations, …", "Covering 105 km², …"
        if not opener:
            return None
        k, count = i, 0
        while k < n and count < _MAX_NP:
            t = toks[k]
            if t.text in _CLOSE:
                k = self.close.get(k, n)
                continue
            if k > i and t.word and not t.cap:
                adverb = t.low in _ADVERBS or t.low.endswith("ly")
                if adverb and is_verb(self._low(k + 1), t.low, self._low(k + 2)):
                    return _Parse(i, k)  # "The park then was …"
                if is_verb(t.low, toks[k - 1].low, self._low(k + 1)) and not toks[k - 1].number:
                    return _Parse(i, k)
                if t.low in _RELATIVES and toks[k - 1].word:
                    return _Parse(i, k)  # "the park that hosts …": the noun before it
            if t.text == ",":
                nxt = next((j for j in range(k + 1, min(n, k + 12)) if toks[j].text == ","), None)
                if k == i or nxt is None or nxt + 1 >= n:
                    return None
                k = nxt + 1  # "The tower, completed in 1931, stands …"
                continue
            mark = t.text in _BREAKS or t.text in ")]" or not t.word
            if mark and t.text not in _INSIDE_NP:
                return None  # a clause ends before its verb
            if k > i and t.low in STOP_WORDS and t.low not in DETERMINERS:
                if t.low in _PRONOUNS and t.low not in ("its", "their", "his", "her", "our"):
                    return None
                quantity = t.low in _QUANTIFIERS and any(
                    toks[j].number for j in range(k + 1, min(n, k + 4))
                )  # "… and over 40 centres"
                if not quantity and t.low not in _NP_LINKS:
                    return None
                nxt_low = self._low(k + 1)
                if nxt_low in _PRONOUNS or is_verb(nxt_low, t.low, self._low(k + 2)):
                    return None  # "… grew and it became", "… and became"
            k += 1
            count += 1
        return None

    def _phrase(self, kept: Sequence[int]) -> str:
        """The words of the tokens ``kept`` as written (a sentence's final period left out)."""
        texts = [self.toks[k].text for k in kept]
        if texts and texts[-1].endswith(".") and kept[-1] == len(self.toks) - 1:
            texts[-1] = texts[-1][:-1]
        out = " ".join(texts)
        out = re.sub(r"\s+([,.’'])(?=\s|$)|\s+(['’]s)\b", r"\1\2", out)
        return out.strip(" ,;:\"'“”‘’")

    def _resolve(self, a: int, b: int) -> str | None:
        """The entity a noun phrase (tokens ``a..b``) names: a pronoun or a definite
        description of the topic is the title; ``the area of X`` is ``X``; a phrase that is
        no name or noun is None."""
        toks = self.toks
        while a < b and (toks[a].text in _CLOSE or not toks[a].word):
            a = self.close.get(a, a + 1) if toks[a].text in _CLOSE else a + 1
        while b > a and (not toks[b - 1].word or toks[b - 1].low in STOP_WORDS - DETERMINERS):
            if toks[b - 1].low in _PRONOUNS:
                break
            b -= 1
        if a >= b:
            return None
        head = toks[a]
        if head.low in _PRONOUNS and (b - a == 1 or head.low in ("its", "their")):
            return self.topic.name or None
        of = next((k for k in range(a, b) if toks[k].low == "of"), None)
        if of is not None and of + 1 < b and toks[of - 1].low in MEASURE_NOUNS:
            return self._resolve(of + 1, b)  # "the overall area of Kansai Science City"
        det = head.low in DETERMINERS
        kept = self._kept(a + det, b)
        words_ = [toks[k] for k in kept if toks[k].word]
        if not words_:
            return None
        plain = all(not t.cap for t in words_)
        last = words_[-1].low
        if det and plain and len(words_) <= 3 and self.topic.describes(last):
            return self.topic.name or None
        if det and head.low in ("its", "their", "his", "her") and plain:
            return self.topic.name or None  # "its 20 km coast": the topic's
        if len(words_) == 1 and plain and (last.endswith(_FRAGMENT_ENDS) or last in STOP_WORDS):
            return None  # a fragment: "central", "upper"
        if words_[0].number:
            return None
        phrase = self._phrase(kept)
        return phrase or None

    def _kept(self, a: int, b: int) -> list[int]:
        """Token indices of a noun phrase's own words: brackets, stated values and what
        follows a comma left out (``the 715 km² (276 miles²) municipality, almost …``)."""
        kept: list[int] = []
        k = a
        while k < b:
            t = self.toks[k]
            if t.text in _CLOSE:
                k = self.close.get(k, b)
                continue
            if t.text == "," and kept:
                break
            before_value = t.low in _QUANTIFIERS and k + 1 in self.in_value
            if k not in self.in_value and not before_value:
                kept.append(k)
            k += 1
        while kept and self.toks[kept[-1]].low in STOP_WORDS - DETERMINERS:
            kept.pop()
        return kept

    # --- the subject of one value --------------------------------------------------------

    def subject_for(self, start: int, end: int, kind: str) -> str | None:
        """Whose is the value quoted at ``text[start:end]`` (``kind``: count, money,
        measure or percent)?"""
        toks = self.toks
        if not toks:
            return self.topic.name or None
        v = max(0, bisect_left(self.tok_starts, start + 1) - 1)
        e = bisect_left(self.tok_starts, end)  # first token after the value
        modified = self._modified(v, e, kind)
        if modified is not None:
            return modified or self._clause_subject(v)
        after = self._low(self._skip_bracket(e))
        q = v
        while q > 0 and (toks[q - 1].low in _QUANTIFIERS or toks[q - 1].low.endswith("ly")):
            q -= 1
        if kind == "measure" and after in _SHAPES and q > 0:
            prev = toks[q - 1]
            noun = prev.word and prev.low not in STOP_WORDS and not prev.number
            if noun and not is_verb(prev.low, self._low(q - 2), toks[q].low):
                return self._np_before(q)  # "a hole 6 miles wide"
        rel = self._relative_antecedent(v)
        if rel is not None:
            return rel
        return self._clause_subject(v)

    def linked_subject(self, start: int) -> str | None:
        """The noun phrase a linking verb ties the value at ``start`` to, as written and cut
        before its first preposition (``[Average annual rainfall] is around 2,600 mm``,
        ``[Humidity] in the region ranges from 73%``); None for a name, a pronoun or the
        topic (``The park then was 1,400 hectares`` states the park's area)."""
        toks = self.toks
        v = max(0, bisect_left(self.tok_starts, start + 1) - 1)
        k = v - 1
        while k >= 0 and (toks[k].low in _QUANTIFIERS or toks[k].low in _LINK_PARTICLES):
            k -= 1
        if k < 1 or toks[k].low not in LINKING_VERBS:
            return None
        i = bisect_left(self.starts, k)
        for c in reversed(self.starts[max(0, i - _MAX_STARTS) : i]):
            p = self.parse(c)
            if p is None or p.np_end > k:
                continue
            if p.np_end < k - 1 or any(j in self.in_value for j in range(p.np_start, p.np_end)):
                return None
            end = next(
                (j for j in range(p.np_start + 1, p.np_end) if toks[j].low in _CUT_WORDS),
                p.np_end,
            )
            kept = self._kept(p.np_start + (toks[p.np_start].low in DETERMINERS), end)
            words_ = [toks[j] for j in kept if toks[j].word]
            if not words_ or words_[-1].low in _PRONOUNS or self.topic.describes(words_[-1].low):
                return None
            if all(t.cap for t in words_) and not (len(words_) == 1 and kept[0] == 0):
                return None  # a name: "Batam is 715 km²"
            return self._phrase(kept) or None
        return None

    def _skip_bracket(self, i: int) -> int:
        while i < len(self.toks) and self.toks[i].text in _CLOSE:
            i = self.close.get(i, len(self.toks))
        return i

    def _modified(self, v: int, e: int, kind: str) -> str | None:
        """The owner when the value modifies the noun after it; ``""`` when that noun is a
        predicate or a fronted apposition (the clause subject owns it); None otherwise."""
        toks, n = self.toks, len(self.toks)
        glued = e > 0 and toks[e - 1].end > toks[e - 1].start and "-" in toks[e - 1].text
        glued = glued and toks[e - 1].text.rsplit("-", 1)[-1][:1].isalpha()
        det_at = v - 1
        while det_at >= 0 and toks[det_at].low in _QUANTIFIERS:
            det_at -= 1
        owner = det_at >= 0 and toks[det_at].low.endswith(("'s", "’s"))
        det = det_at >= 0 and (toks[det_at].low in DETERMINERS or owner)
        if not glued and not (det and kind in ("measure", "money")):
            return None
        k = self._skip_bracket(e)
        words_: list[int] = []
        while k < n and len(words_) < 5:
            t = toks[k]
            if t.text in _CLOSE:
                break
            if not t.word or t.low in STOP_WORDS or t.number:
                if t.low == "of" and words_ and self._low(k + 1) not in STOP_WORDS:
                    words_.append(k)
                    k += 1
                    continue
                break
            if words_ and is_verb(t.low, toks[k - 1].low, self._low(k + 1)):
                break
            words_.append(k)
            k += 1
        if not words_ or (not glued and toks[words_[0]].low in AUXILIARIES):
            return None
        if owner:
            return self._np_before(det_at + 1)
        lead = det_at if det else v
        if lead > 0 and toks[lead - 1].low in _COPULAS:
            return ""  # "X is a 700 acre park": X's
        if lead == self._skip_lead(0) and self.parse(lead) is None:
            return ""  # "A 200-acre hub for …, Cortex is …"
        if len(words_) == 1 and toks[words_[0]].low in _SPAN_NOUNS:
            return ""  # "composed over a one-year period": the period is the measure

        return self._resolve(words_[0], words_[-1] + 1)

    def _np_before(self, i: int) -> str | None:
        """The entity of the noun phrase ending right before token ``i`` (``Butler's``,
        ``a hole``); a counted one (``244,000 sqft of space, which …``) is its owner's."""
        span = self._np_span_before(i)
        if span is None:
            return None
        a, b = span
        counted = next((k for k in range(a, b) if k in self.counting), None)
        if counted is not None:
            return self._clause_subject(counted)
        phrase = self._resolve(a, b)
        return phrase.removesuffix("'s").removesuffix("’s") if phrase else None

    def _np_span_before(self, i: int) -> tuple[int, int] | None:
        toks = self.toks
        b = i
        if b > 0 and toks[b - 1].text == ",":
            b -= 1
        a = b
        while a > 0 and b - a < 6:
            t = toks[a - 1]
            if t.text in ")]":
                if a not in self.opener:
                    break
                a = self.opener[a]
                continue
            if not t.word or (t.low in STOP_WORDS and t.low not in ("of", "and")):
                if t.low in DETERMINERS:
                    a -= 1
                break
            a -= 1
        while a < b and toks[a].low in ("of", "and"):
            a += 1
        return (a, b) if a < b else None

    def _relative_antecedent(self, v: int) -> str | None:
        """``…, which is located 62 km away``: the noun phrase before the relative pronoun."""
        i = bisect_left(self.starts, v + 1) - 1
        if i < 0:
            return None
        c = self.starts[i]
        toks = self.toks
        rel = c if toks[c].low in _RELATIVES else c + 1 if self._low(c) in ("and", "but") else -1
        if rel < 1 or self._low(rel) not in ("which", "who", "whose", "that"):
            return None
        if self._low(rel) == "that":  # "… parks that facilitate …", not "reported that …"
            before, after = toks[rel - 1], self._low(rel + 1)
            if not before.word or is_verb(before.low, self._low(rel - 2), "that"):
                return None
            if not is_verb(after, "that", self._low(rel + 2)):
                return None
            return self._np_before(rel)
        b = self._skip_back_brackets(rel)
        if b < 1 or toks[b - 1].text != ",":
            return None
        b = self._skip_back_brackets(b - 1)
        date = self.date_start.get(b)  # "… in the park in 2022, which …"
        if date is not None and self._low(date - 1) in ("in", "on", "at", "by", "during"):
            b = date - 1
        return self._np_before(b)

    def _skip_back_brackets(self, b: int) -> int:
        """``b`` moved back over the citations and asides that end right before it."""
        while b > 0 and self.toks[b - 1].text in ")]" and b in self.opener:
            b = self.opener[b]
        return b

    def _clause_subject(self, v: int) -> str | None:
        starts = self.starts
        i = bisect_left(starts, v + 1)
        for c in reversed(starts[max(0, i - _MAX_STARTS) : i]):
            p = self.parse(c)
            if p is None:
                continue
            if p.np_start <= v < p.np_end:
                return self._inside_subject(v, p)
            if p.np_end <= v and (owner := self._owner(p)) is not None:
                return owner
        for c in starts[i : i + _MAX_STARTS]:  # "With 30,800 employees, …, it is …"
            p = self.parse(c)
            if p is not None and (owner := self._owner(p)) is not None:
                return owner
        return self.topic.name or None

    def _owner(self, p: _Parse) -> str | None:
        """The entity a clause's subject names; a counted subject (``6,000 people work
        there in 240 firms``) names none itself: its value's owner is taken."""
        counted = next((k for k in range(p.np_start, p.np_end) if k in self.counting), None)
        if counted is not None:
            return self._inside_subject(counted, p)
        return self._resolve(p.np_start, p.np_end)

    def _inside_subject(self, v: int, p: _Parse) -> str | None:
        """Owner of a value that is part of its clause's subject (``over 6,000 people work
        there``)."""
        toks, n = self.toks, len(self.toks)
        head = [k for k in range(p.np_start, v) if toks[k].word and toks[k].low not in _QUANTIFIERS]
        head = [k for k in head if toks[k].low not in DETERMINERS]
        if head and toks[head[-1]].low == "of" and len(head) > 1:
            return self._resolve(p.np_start, head[-1])  # "the first group of 1,367 …"
        for k in range(v + 1, p.np_end - 1):  # "six squadrons of the Vichy French Air Force"
            if toks[k].low == "of":
                j = k + 1 + (self._low(k + 1) in DETERMINERS)
                if j < p.np_end and toks[j].cap:
                    end = j
                    while end < p.np_end and (toks[end].cap or toks[end].low in ("of", "and")):
                        end += 1
                    return self._resolve(j, end)
                break
        for k in range(p.np_end, min(n, p.np_end + 5)):  # "… were shot dead by X"
            if toks[k].low == "by" and k + 1 < n:
                end = k + 1
                while (
                    end < n
                    and end - k < 7
                    and (toks[end].word and toks[end].low not in STOP_WORDS - DETERMINERS)
                ):
                    end += 1
                if end > k + 1:
                    return self._resolve(k + 1, end)
            if not toks[k].word or toks[k].low in ("in", "on", "at", "there"):
                break
        for k in range(p.np_end, min(n, p.np_end + 4)):  # "… work there", "… in the park"
            low = toks[k].low
            if low == "there":
                return self.topic.name or None
            if low in _LOCATIVE and self._low(k + 1) in DETERMINERS:
                end = k + 2
                while (
                    end < n and end - k < 6 and toks[end].word and toks[end].low not in STOP_WORDS
                ):
                    end += 1
                if end > k + 2 and not any(toks[j].cap for j in range(k + 2, end)):
                    return self._resolve(k + 1, end)
                break
        return self.topic.name or None
