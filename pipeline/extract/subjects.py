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

from bisect import bisect_left
from collections.abc import Sequence
from typing import Final

from pipeline.extract.attributes import LINKING_VERBS
from pipeline.extract.phrases import (
    CLOSE,
    PRONOUNS,
    QUANTIFIERS,
    RELATIVES,
    Parse,
    SentencePhrases,
)
from pipeline.extract.properties import MEASURE_NOUNS
from pipeline.extract.topic import Topic
from pipeline.extract.verbs import is_verb
from pipeline.extract.words import AUXILIARIES, DETERMINERS, STOP_WORDS, words

_COPULAS: Final = words("is was are were be been being become became becomes remains remained")
_SHAPES: Final = words("wide long deep tall high thick across away")
_LOCATIVE: Final = words("in on at within inside")
_LINK_PARTICLES: Final = words("up to at from by down")
_CUT_WORDS: Final = words("of for in at from on with which that who")
_SPAN_NOUNS: Final = MEASURE_NOUNS | words("period span term interval stretch time distance spell")
_FRAGMENT_ENDS: Final = ("al", "ic", "ous", "ive", "ly", "ed", "ing", "ern", "ish")
_MAX_STARTS = 8


class SentenceSubjects(SentencePhrases):
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
        super().__init__(text, dates, values)
        self.topic = topic

    def _resolve(self, a: int, b: int) -> str | None:
        """The entity a noun phrase (tokens ``a..b``) names: a pronoun or a definite
        description of the topic is the title; ``the area of X`` is ``X``; a phrase that is
        no name or noun is None."""
        toks = self.toks
        while a < b and (toks[a].text in CLOSE or not toks[a].word):
            a = self.close.get(a, a + 1) if toks[a].text in CLOSE else a + 1
        while b > a and (not toks[b - 1].word or toks[b - 1].low in STOP_WORDS - DETERMINERS):
            if toks[b - 1].low in PRONOUNS:
                break
            b -= 1
        if a >= b:
            return None
        head = toks[a]
        if head.low in PRONOUNS and (b - a == 1 or head.low in ("its", "their")):
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
        while q > 0 and (toks[q - 1].low in QUANTIFIERS or toks[q - 1].low.endswith("ly")):
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
        while k >= 0 and (toks[k].low in QUANTIFIERS or toks[k].low in _LINK_PARTICLES):
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
            if not words_ or words_[-1].low in PRONOUNS or self.topic.describes(words_[-1].low):
                return None
            if all(t.cap for t in words_) and not (len(words_) == 1 and kept[0] == 0):
                return None  # a name: "Batam is 715 km²"
            return self._phrase(kept) or None
        return None

    def _skip_bracket(self, i: int) -> int:
        while i < len(self.toks) and self.toks[i].text in CLOSE:
            i = self.close.get(i, len(self.toks))
        return i

    def _modified(self, v: int, e: int, kind: str) -> str | None:
        """The owner when the value modifies the noun after it; ``""`` when that noun is a
        predicate or a fronted apposition (the clause subject owns it); None otherwise."""
        toks, n = self.toks, len(self.toks)
        glued = e > 0 and toks[e - 1].end > toks[e - 1].start and "-" in toks[e - 1].text
        glued = glued and toks[e - 1].text.rsplit("-", 1)[-1][:1].isalpha()
        det_at = v - 1
        while det_at >= 0 and toks[det_at].low in QUANTIFIERS:
            det_at -= 1
        owner = det_at >= 0 and toks[det_at].low.endswith(("'s", "’s"))
        det = det_at >= 0 and (toks[det_at].low in DETERMINERS or owner)
        if not glued and not (det and kind in ("measure", "money")):
            return None
        k = self._skip_bracket(e)
        words_: list[int] = []
        while k < n and len(words_) < 5:
            t = toks[k]
            if t.text in CLOSE:
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
        rel = c if toks[c].low in RELATIVES else c + 1 if self._low(c) in ("and", "but") else -1
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

    def _owner(self, p: Parse) -> str | None:
        """The entity a clause's subject names; a counted subject (``6,000 people work
        there in 240 firms``) names none itself: its value's owner is taken."""
        counted = next((k for k in range(p.np_start, p.np_end) if k in self.counting), None)
        if counted is not None:
            return self._inside_subject(counted, p)
        return self._resolve(p.np_start, p.np_end)

    def _inside_subject(self, v: int, p: Parse) -> str | None:
        """Owner of a value that is part of its clause's subject (``over 6,000 people work
        there``)."""
        toks, n = self.toks, len(self.toks)
        head = [k for k in range(p.np_start, v) if toks[k].word and toks[k].low not in QUANTIFIERS]
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
