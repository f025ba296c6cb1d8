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
from functools import cached_property
from typing import Final

from pipeline.extract.attributes import LINKING_VERBS, MONEY_NOUNS
from pipeline.extract.calendar import MONTHS
from pipeline.extract.labels import label_owner
from pipeline.extract.numbers import NUMBER_WORDS
from pipeline.extract.phrases import (
    ADVERBS,
    CLOSE,
    DATE_LINKS,
    POSSESSIVES,
    PRONOUNS,
    QUANTIFIERS,
    RELATIVES,
    TIME_HEADS,
    TIME_WORDS,
    Parse,
    SentencePhrases,
    Token,
)
from pipeline.extract.properties import MEASURE_LIKE, MEASURE_NOUNS
from pipeline.extract.topic import Topic
from pipeline.extract.vague_nouns import VAGUE_NOUNS
from pipeline.extract.verbs import is_verb
from pipeline.extract.words import AUXILIARIES, DETERMINERS, STOP_WORDS, owner_of, possessive, words

_COPULAS: Final = words("is was are were be been being become became becomes remains remained")
_SHAPES: Final = words("wide long deep tall high thick across away")
_LOCATIVE: Final = words("in on at within inside")
# verbs of being somewhere: "6,000 people work in the park", "520 evacuees remained on the island"
_LOCATED: Final = words(
    """work works worked live lives lived reside resides resided remain remains remained stay
    stays stayed study studies studied are were is was be based located employed housed"""
)
_LINK_PARTICLES: Final = words("up to at from by down for in")  # "accounted for", "came in at"
# A measure at the head of a subject whose owner a preposition names (``Exports from the
# park``, ``Direct employment in the zone``).
_MEASURE_HEADS: Final = MEASURE_NOUNS - words("area size part majority extent surface") | words(
    "jobs"
)
_AUX_GAP: Final = AUXILIARIES | words(
    """to will would expected set due projected forecast likely also now still further more
    less than nearly almost roughly actually already just only"""
)  # "[Operating profit] more than doubled to"
_DATE_PREPOSITIONS: Final = words("in on during by since")
# adverbs of rate between a linking verb and its value: "rose 12.4% year-on-year to …"
_RATE_ADVERBS: Final = words(
    "year-on-year year-over-year y/y annually quarter-on-quarter as much many points point "
    "basis percentage year quarter month on last"
)  # and "rose as much as 4.2%", "widened by 60 basis points to 7.9%"
_PARTICIPLES: Final = words("held made built run led sold paid grown done seen")
_ACRONYM: Final = re.compile(r"[A-Z][A-Z&]{1,7}s?")  # "(EBITDA)", "(GDP)", "(FDI)"
_DATE_WORDS: Final = words("to through until")
_OWNER_PREPOSITIONS: Final = words("in from through by at of across")
_PART_VERBS: Final = words("was were is are accounted amounted came totalled totaled")
_OF_HEADS: Final = words("number total amount share proportion count value volume")
_CUT_WORDS: Final = words("of for in into at from on with which that who as across among during")
_SPAN_NOUNS: Final = MEASURE_NOUNS | words("period span term interval stretch time distance spell")
_FRAGMENT_ENDS: Final = ("al", "ic", "ous", "ive", "ly", "ed", "ing", "ern", "ish")
_YEAR_TOKEN: Final = re.compile(r"(?:19|20)\d\d")
_NOT_NOUNS: Final = words("be been being further additional remaining another extra")
_PERSON: Final = words("he his him she her")
_PLACE_LINKS: Final = words("in at from to near into across through via off towards")
_MODIFIERS: Final = ("ly", "ed")  # "the favourably-located 36 ha area", "the newly built"
_DEFINITE: Final = words("the these those this")
# participles of extent and make-up: what they measure is the noun phrase before them
_EXTENT: Final = words(
    """covering spanning occupying measuring encompassing stretching comprising totalling
    totaling housing containing consisting made composed comprised"""
)
_OF_NOUNS: Final = VAGUE_NOUNS | MEASURE_NOUNS  # "the area of X", "the number of X": X
# what a possessor has that is measured: "the zone's exports", "Shenzhen's economy"
_HELD: Final = MEASURE_NOUNS | words(
    "economy shares stock workforce staff gdp debt assets reserves fleet growth"
)
_TIME_OWNERS: Final = words("year month quarter week day today yesterday decade season period")
# things a fact sheet's line can be about: "Approach channel: 3.2 km long, …"
_FACILITIES: Final = words(
    """channel berth berths quay quays terminal jetty pier wharf dock basin yard plant
    building hall warehouse road site plot phase block tower campus substation station
    line runway bridge tunnel breakwater"""
)
_MODALS: Final = words("will would can could may might shall should must to")
_REPORTING: Final = words(
    "said says told added noted stated announced reported estimated explained confirmed"
)
# who reports figures that are not their own ("…, the trade ministry said"); a company
# that says so reports its own ("Revenue climbed 18.7%, the company said")
_OBSERVERS: Final = words(
    """ministry authority authorities officials official analysts analyst agency bureau
    office government department economists economist brokers broker committee council
    minister spokesperson spokesman spokeswoman regulator statistics data sources"""
)
_SHARE_NOUNS: Final = words("shares stock stocks")  # "Shares of Varuna rose 4.2%": Varuna
_MAX_NAME = 10  # tokens of a noun phrase read back from a comma
# verbs that link a measure to its level only before their particle: "is set at 0.2675",
# "with the share of nationals raised to 55 per cent" (not "set up 12 plants", "held 26%")
_PARTICLE_VERBS: Final[dict[str, str]] = {
    **dict.fromkeys(["set", "put", "maintained", "kept", "held"], "at"),
    **dict.fromkeys(["raised", "lifted", "lowered", "reduced", "cut"], "to"),
}
_PRECEDING = 2000  # characters before a sentence that tell a name from a capitalised word
_ABBREVIATIONS: Final = words("jr sr mr mrs ms dr st gen col lt capt sgt maj prof rev no co")
_CUT_LINKS: Final = words("from to in at on for with by into near during between under")
_CALENDAR: Final = frozenset(MONTHS) | words(
    "monday tuesday wednesday thursday friday saturday sunday"
)
_NAME_REACH = 400  # characters before a sentence searched for a pronoun's antecedent
_MAX_STARTS = 8
# sets read once per value, built once here
_OWNED_OF: Final = _OF_NOUNS | _SHARE_NOUNS  # "the area of X", "shares of X": X
_OBJECT_OPENERS: Final = DETERMINERS | POSSESSIVES  # "lift [the|its] capacity from"
_ONE_THING: Final = DETERMINERS | words("a an")  # "[a] plant of $320 million"
_GAP_OPENERS: Final = (
    _OWNER_PREPOSITIONS | _DATE_WORDS | _CALENDAR | words("during over within on inside along near")
)  # "handled [through] the zone", "committed [during] the quarter"
# a time phrase between a measure and its verb: "[Revenue] in 2024 amounted to"
_TIME_OPENERS: Final = words("in during for over throughout at")


class SentenceSubjects(SentencePhrases):
    """The subjects of one sentence's values. ``dates`` are the sentence's date
    expressions and ``values`` its stated quantities (sentence offsets): dates are skipped
    where they open a clause, values where a noun phrase names its entity. ``preceding`` is
    the text before the sentence, where ``he`` or ``she`` of an article that is not a
    biography finds its name."""

    def __init__(
        self,
        text: str,
        topic: Topic,
        dates: Sequence[tuple[int, int]] = (),
        values: Sequence[tuple[int, int, str]] = (),
        preceding: str = "",
    ) -> None:
        super().__init__(text, dates, values)
        self.topic = topic
        self.preceding = preceding[-_PRECEDING:]

    def _resolve(self, a: int, b: int) -> str | None:
        """The entity a noun phrase (tokens ``a..b``) names: a pronoun or a definite
        description of the topic is the title, ``he``/``she`` of another article the last
        name before it; ``the area of X`` is ``X``; a phrase that is no name or noun, or
        whose head names a quantity (``the number``, ``a record``), is None."""
        toks = self.toks
        while a < b and (toks[a].text in CLOSE or not toks[a].word):
            a = self.close.get(a, a + 1) if toks[a].text in CLOSE else a + 1
        b = next((k for k in range(a + 1, b) if self._time_after(k)), b)
        # "Volumes in Q1 2025": the time a measure is of is no part of its owner
        while b > a and (not toks[b - 1].word or toks[b - 1].low in STOP_WORDS - DETERMINERS):
            if toks[b - 1].low in PRONOUNS:
                break
            b -= 1
        if a >= b:
            return None
        head = toks[a]
        if head.low in PRONOUNS and (b - a == 1 or head.low in POSSESSIVES):
            return self._pronoun(head.low, a)  # "it", "its 20 km coast": the pronoun's entity
        possessor = self._possessor(a, b)
        if possessor is not None:
            return possessor or None
        of = next((k for k in range(a, b) if toks[k].low in ("of", "for")), None)
        if of is not None and of + 1 < b and toks[of - 1].low in _OWNED_OF:
            counted = not toks[of + 1].cap and toks[of + 1].low not in DETERMINERS
            if counted:
                return None  # "the number of visitors": what is counted, not whose
            return self._resolve(of + 1, b)  # "the overall area of Kansai Science City"
        measured = self._measure_owner(a, b)
        if measured is not None:
            return measured or None
        det = head.low in DETERMINERS
        kept = self._kept(a + det, b)
        words_ = [toks[k] for k in kept if toks[k].word]
        if not words_:
            return None
        plain = all(not t.cap for t in words_)
        last = words_[-1].low
        described = self.topic.describes(last) and (
            len(words_) == 1 or self.topic.describes_modified(last)
        )  # "the park", "the new park"; not "the harbor area" of a zone
        if det and plain and len(words_) <= 3 and described:
            return self.topic.name or None
        common = not words_[-1].cap or (len(words_) == 1 and kept[0] in self.initial)
        if common and (last in VAGUE_NOUNS or last in _NOT_NOUNS or last in STOP_WORDS):
            owner = words_[0].low.endswith(("'s", "’s")) and words_[0].cap and len(words_) > 1
            if owner:  # "Blockbuster's share": Blockbuster's
                return self._phrase([kept[0]]).removesuffix("'s").removesuffix("’s")
            return None  # "the number", "a record", "Average annual rainfall", "be"
        if (
            len(words_) == 1
            and plain
            and last.endswith(_FRAGMENT_ENDS)
            and self._cut(kept[-1], det)
        ):
            return None  # a fragment: "central", "upper"; not "the hospital is"
        if words_[0].number:
            return None
        cut = next(
            (
                i
                for i in range(1, len(kept))
                if toks[kept[i]].low in _CUT_LINKS and not toks[kept[i] + 1].cap
            ),
            len(kept),
        )  # "Ownership of Robinson Road [from the bypass …]"; not "plan for Lekki"
        phrase = self._phrase(kept[:cut])
        return phrase or None

    def _possessor(self, a: int, b: int) -> str | None:
        """The owner a possessive names in a noun phrase (tokens ``a..b``) of something it
        has (``the zone's exports``, ``Shenzhen's economy``): the topic for ``the park's``;
        ``""`` when the possessor is no name or noun; None when the phrase has no possessive
        before a lower-case noun (``Turkey's Amanos Container Terminal`` names the
        terminal, ``St John's College`` is one name)."""
        toks = self.toks
        k = next(
            (
                k
                for k in range(a, min(b - 1, a + 4))
                if toks[k].word and possessive(toks[k].low) and len(toks[k].low) > 3
            ),
            None,
        )
        if k is None or any(toks[j].cap for j in range(k + 1, b) if toks[j].word):
            return None
        nxt = toks[k + 1]
        if not nxt.word or nxt.low in STOP_WORDS or nxt.number:
            return None
        had = []
        for j in range(k + 1, b):
            if not toks[j].word or toks[j].low in STOP_WORDS:
                break
            had.append(toks[j].low)
        if not had or had[-1] not in _HELD or toks[k].low[:-2] in _TIME_OWNERS:
            return None  # "the district's central park" is a park; "last year's budget"
        det = toks[a].low in DETERMINERS
        head = owner_of(toks[k].low)
        if any(not toks[j].word or toks[j].low in STOP_WORDS for j in range(a + det, k)):
            return None
        if det and not any(toks[j].cap for j in range(a + det, k + 1)):
            if self.topic.describes(head):
                return self.topic.name or ""  # "the zone's exports"
            return owner_of(self._phrase(list(range(a + det, k + 1))))  # "the port's depth"
        if not toks[k].cap or (k == a and a in self.initial and a + 1 == b):
            return None
        return owner_of(self._phrase(list(range(a + det, k + 1))))  # "Shenzhen's economy"

    def _time_after(self, k: int) -> bool:
        """Does a preposition at token ``k`` open a time (``in Q1 2025``, ``for the first
        half of 2024``)?"""
        if self.toks[k].low not in DATE_LINKS:
            return False
        after = self.past_time_words(k + 1)  # "for the July-September period"
        return after in self.date_end or (after > k + 1 and self.toks[after - 1].low in TIME_HEADS)

    def _measure_owner(self, a: int, b: int) -> str | None:
        """``Exports from the park``, ``Direct employment in the zone``, ``Cargo handled
        through the zone``: a measure noun and a preposition name the owner after it; ``""``
        when what follows is no name nor the topic (``Revenue from operations``: the owner is
        not said here); None when the phrase is not of that shape."""
        toks = self.toks
        k = a + (toks[a].low in DETERMINERS)
        while k < b and toks[k].word and toks[k].low not in _MEASURE_HEADS:
            if toks[k].low in STOP_WORDS or k - a > 2:
                return None
            k += 1
        if k >= b or toks[k].low not in _MEASURE_HEADS:
            return None
        k += 1
        if k < b and toks[k].low.endswith("ed") and not toks[k].cap:
            k += 1  # "Cargo handled through"
        if k >= b - 1 or toks[k].low not in _OWNER_PREPOSITIONS:
            return None
        j = k + 1
        det = toks[j].low in DETERMINERS
        first = toks[j + det] if j + det < b else None
        if first is None:
            return ""
        if (
            first.cap or toks[j].low in POSSESSIVES or (det and self.topic.describes(first.low))
        ):  # "from Bac Ninh", "in its zones", "through the zone"
            return self._resolve(j, b) or ""
        return ""

    def _cut(self, k: int, det: bool) -> bool:
        """Is the one word at token ``k`` an adjective cut from its noun: without a
        determiner, an adverb, or followed by more of its noun phrase (a word or a value)?"""
        if not det or self.toks[k].low.endswith("ly"):
            return True
        nxt = k + 1
        if nxt >= len(self.toks) or not self.toks[nxt].word:
            return False
        low = self.toks[nxt].low
        if low in ADVERBS or low.endswith("ly"):
            return False  # "the hospital now has …"
        return nxt in self.in_value or (
            low not in STOP_WORDS and not is_verb(low, self.toks[k].low, self._low(nxt + 1))
        )

    def _pronoun(self, low: str, at: int) -> str | None:
        """What the pronoun ``low`` at token ``at`` stands for: the topic (``it``; ``he`` in
        a biography); ``he``/``she`` of another article the last name before it in the
        sentence or the text before; None when there is none."""
        if self.topic.pronoun_of_topic(low):
            return self.topic.name or None
        if low not in _PERSON:
            return None if self.topic.person else self.topic.name or None
        ship = low in ("she", "her")  # "the Aurora … She": a ship's name takes "the"
        name = _last_name(self, at, self.topic, self.preceding, ship)
        if name is None and self.preceding:
            before = SentencePhrases(self.preceding[-_NAME_REACH:])
            name = _last_name(before, len(before.toks), self.topic, self.preceding, ship)
        return name

    def subject_for(self, start: int, end: int, kind: str) -> str | None:
        """Whose is the value quoted at ``text[start:end]`` (``kind``: count, money,
        measure or percent)?"""
        toks = self.toks
        if not toks:
            return self.topic.name or None
        v = max(0, bisect_left(self.tok_starts, start + 1) - 1)
        e = bisect_left(self.tok_starts, end)  # first token after the value
        label = self._label(v) or label_owner(self.text, start, end)
        if label is not None:
            return label  # "Berth 5: 140 metres", "Garments and textiles: 112"
        modified = self._modified(v, e, kind)
        if modified is not None:
            return modified or self._clause_subject(v)
        alone = e < len(toks) and toks[e].text == ")"  # "investors from Germany (14)"
        if (
            (kind in ("measure", "percent") or (kind == "count" and alone))
            and v > 1
            and toks[v - 1].text == "("
            and _name_word(toks, v - 2)
        ):
            a = v - 2  # "… Papua New Guinea's Mae Koime (11.68 seconds)": Mae Koime's time
            while a > 0 and _name_word(toks, a - 1) and not toks[a - 1].low.endswith("'s"):
                a -= 1
            if a > 0 or len(range(a, v - 1)) > 1:
                return self._phrase(list(range(a, v - 1)))
        after = self._low(self._skip_bracket(e))
        q = v
        while q > 0 and (toks[q - 1].low in QUANTIFIERS or toks[q - 1].low.endswith("ly")):
            q -= 1
        if kind == "measure" and after in _SHAPES and q > 0:
            n = q - (toks[q - 1].text == "," and q > 1)  # "São Paulo City, 79 km away"
            prev = toks[n - 1]
            noun = prev.word and prev.low not in STOP_WORDS and not prev.number
            if noun and not is_verb(prev.low, self._low(n - 2), toks[n].low):
                return self._np_before(q)  # "a hole 6 miles wide"
        if kind in ("measure", "money") and (owner := self._of_owner(q)) is not None:
            return owner
        if kind in ("measure", "count") and (owner := self._object_owner(q)) is not None:
            return owner
        listed = self._listed_with(v)
        if listed is not None:
            return listed  # "…, followed by Costa Rica with 11.2%, Guatemala with 9.6%"
        rel = self._relative_antecedent(v)
        if rel is not None:
            return rel
        return self._clause_subject(v)

    def _listed_with(self, v: int) -> str | None:
        """The name a listed share is given with (``followed by [Costa Rica] with 11.2%``,
        ``…, [the Dominican Republic] with 8.9%``), or None: capitalised words after ``by``, a
        comma or ``and``, right before ``with`` and the value."""
        toks = self.toks
        if v < 3 or toks[v - 1].low != "with":
            return None
        a = v - 1
        while a > 0 and toks[a - 1].cap and toks[a - 1].word and v - a <= _MAX_NAME:
            a -= 1
        if a == v - 1:
            return None
        lead = a - (toks[a - 1].low == "the")
        if lead < 1 or not (toks[lead - 1].low in ("by", "and") or toks[lead - 1].text == ","):
            return None
        return self._phrase(list(range(a, v - 1))) or None

    def _label(self, v: int) -> str | None:
        """The thing a fact-sheet line is about: the label before its colon (``Berth 5 (bulk
        cement): 140 metres, depth 11 metres``, ``Approach channel: 3.2 km long``) when the
        rest of the line is a verbless list holding the value at token ``v``; None for a
        one-word heading (``Power:``, ``Investment:``), a label with a value of its own, or
        a line that goes on as a clause (``Investment: Cumulative investment is …``)."""
        toks = self.toks
        colon = next((k for k in range(1, min(len(toks), _MAX_NAME)) if toks[k].text == ":"), None)
        if colon is None or v <= colon or not toks[0].cap:
            return None
        kept: list[int] = []
        k = 0
        while k < colon:
            if toks[k].text in CLOSE:
                k = self.close.get(k, colon)  # "(bulk cement and grains)"
                continue
            if k in self.in_value or (toks[k].word and toks[k].low in STOP_WORDS):
                return None
            kept.append(k)
            k += 1
        named = [toks[j].low for j in kept if toks[j].word and not toks[j].number]
        numbered = any(  # "Berth 5", "Berths 1–4"; not the year of "Exports, Q2 2025"
            toks[j].number and not _YEAR_TOKEN.fullmatch(toks[j].text) for j in kept
        )
        if not named or not (numbered or (len(named) > 1 and named[-1] in _FACILITIES)):
            return None  # "Container throughput:", "Total land area:" name a measure
        for j in range(colon + 1, len(toks)):
            t = toks[j]
            if t.text == ";":
                break
            plain = t.word and not t.cap and j not in self.in_value
            if plain and is_verb(t.low, self._low(j - 1), self._low(j + 1)):
                return None
        if kept[-1] - kept[0] + 1 == len(kept):  # as written: "Berths 1–4"
            return self.text[toks[kept[0]].start : toks[kept[-1]].end]
        return self._phrase(kept) or None

    def _object_owner(self, q: int) -> str | None:
        """Owner of a value a verb moves its object from or to (``take the access channel
        from 14.5 metres``, ``lift the facility's annual capacity from 1.6 million TEU``):
        the object noun phrase, or its possessor; None when the object is only a measure
        (``raise capacity to 5.5 million TEU``) or no verb stands before it."""
        toks = self.toks
        to = q if q < len(toks) and toks[q].low == "to" else q - 1  # "to" may count as a qualifier
        if q >= 3 and toks[to].low == "to" and (to - 1) in self.in_value:
            k = to - 1  # "from 1.6 million TEU to 2.5 million TEU": the owner of where it starts
            while k > 0 and k in self.in_value:
                k -= 1
            return self._object_owner(k + 1) if toks[k].low == "from" else None
        if q < 3 or toks[q - 1].low not in ("from", "to"):
            return None
        span = self._np_span_before(q - 1)
        if span is None or span[0] < 1 or toks[span[0]].low not in _OBJECT_OPENERS:
            return None
        verb, before = toks[span[0] - 1], self._low(span[0] - 2)
        if not verb.word or verb.low in STOP_WORDS or verb.cap:
            return None
        if not (is_verb(verb.low, before, toks[span[0]].low) or before in _MODALS):
            return None  # "will lift the facility's capacity from"
        if any(j in self.in_value for j in range(*span)):
            return None
        return self._resolve(*span)

    def _of_owner(self, q: int) -> str | None:
        """Owner of a measure or sum after ``of`` (value, with its qualifiers, at token
        ``q``): the thing it is of (``a circuit board plant of US$320 million``, ``a
        cleanroom of 4,800 m²``), or what has it ``with`` a measure noun (``a treatment plant
        with a capacity of 12,000 m³``); None when ``of`` follows a measure noun its clause
        has (``it has an area of …``) or no noun."""
        toks = self.toks
        if q < 2 or toks[q - 1].low != "of":
            return None
        j = q - 2
        head = toks[j]
        if not head.word or head.cap or head.number or head.low in STOP_WORDS:
            return None
        if head.low in _OF_NOUNS or head.low in _SPAN_NOUNS:
            m = j
            while m > 0 and toks[m - 1].word and toks[m - 1].low not in STOP_WORDS and m > j - 3:
                m -= 1  # "a [total floor] area of"
            if m < 3 or toks[m - 1].low not in ("a", "an") or toks[m - 2].low != "with":
                return None
            last = toks[m - 3]
            if not last.word or last.low in MEASURE_LIKE or last.low in _SHAPES:
                return None  # "…, with an initial capital of" (the clause's), "long with"
            if last.low.endswith("ing"):
                return None  # "during the year with an average …", "the planning with"
            return self._np_before(m - 2)  # "a treatment plant with a capacity of"
        if (
            head.low in MEASURE_LIKE
            or head.low in MONEY_NOUNS
            or head.low in _SHAPES
            or head.low.endswith(("tion", "ment", "ing", "ance", "ence", "ure", "ity"))
            or j in self.in_value
        ):
            return None  # "a torque of 50 Nm", "a maximum of 30 days", "a bid of", "the
            # construction of 20 km", "an investment of $5m", "a pressure of"
        span = self._np_span_before(q - 1)
        if span is None or toks[span[0]].low not in _ONE_THING:
            return None  # "plants of $5m", "… costs of $2m": no one thing
        if span[0] > 0 and toks[span[0] - 1].low in ("with", "has", "have", "had"):
            return None  # "with an initial capital of $250": a measure the owner has
        return self._resolve(*span)

    def linked_subject(self, start: int) -> str | None:
        """The noun phrase a linking verb ties the value at ``start`` to, as written and cut
        before its first preposition (``[Average annual rainfall] is around 2,600 mm``,
        ``[Humidity] in the region ranges from 73%``); None for a name, a pronoun or the
        topic (``The park then was 1,400 hectares`` states the park's area)."""
        toks = self.toks
        v = max(0, bisect_left(self.tok_starts, start + 1) - 1)
        k = v - 1
        while k >= 0:
            if k + 1 in self.date_start:  # "rose 12.4% in 2024 to ¥318 billion"
                k = self.date_start[k + 1] - 1
                k -= k >= 0 and toks[k].low in _DATE_PREPOSITIONS
                continue
            if toks[k].low in TIME_HEADS and (opens := self._time_opener(k)) is not None:
                k = opens - 1  # "rose 9.2% in the first half of the year to US$2.84 billion"
                continue
            if not (
                toks[k].low in QUANTIFIERS
                or toks[k].low in _LINK_PARTICLES
                or toks[k].low in _RATE_ADVERBS  # "rose 12.4% year-on-year to ¥318 billion"
                or (k in self.in_value and k + 1 < v)  # "rose 17.6% to Rs 5,430 crore"
            ):
                break
            k -= 1
        if k < 1 or toks[k].low not in LINKING_VERBS:
            return None
        if toks[k].low in _PARTICLE_VERBS and self._low(k + 1) != _PARTICLE_VERBS[toks[k].low]:
            return None  # "set up 12 plants": no level; "is set at 0.2675": its level
        o = self.opener.get(k)  # "Earnings before interest, … (EBITDA) rose 20.3%"
        if o is not None and k - o == 3 and _ACRONYM.fullmatch(toks[o + 1].text):
            return toks[o + 1].text
        i = bisect_left(self.starts, k)
        for c in reversed(self.starts[max(0, i - _MAX_STARTS) : i]):
            p = self.parse(c)
            if p is None or p.np_end > k:
                continue
            if p.np_end < k - 1 and not (
                all(toks[j].low in _AUX_GAP for j in range(p.np_end, k))
                or self._modifier_gap(p.np_end, k)
                or self._time_gap(p.np_end, k)
            ):  # "[total industrial output] is to reach", "[debt] had risen by"
                return None
            end = next(
                (
                    j
                    for j in range(p.np_start + 1, p.np_end)
                    if toks[j].low in _CUT_WORDS
                    and not (toks[j].low == "of" and toks[j - 1].low in _OF_HEADS)
                ),
                p.np_end,
            )  # (a value after the cut is no part of it: "Net profit for the three months";
            # "The number [of workers] in the zone rose to 9,420")
            if any(j in self.in_value for j in range(p.np_start, end)):
                return None
            kept = self._kept(p.np_start + (toks[p.np_start].low in DETERMINERS), end)
            owned = [i for i, j in enumerate(kept[:-1]) if possessive(toks[j].low)]
            if owned and not toks[kept[-1]].cap:
                kept = kept[owned[-1] + 1 :]  # "The zone's [exports] rose 12%"
            words_ = [toks[j] for j in kept if toks[j].word]
            if not words_ or words_[-1].low in PRONOUNS or self.topic.describes(words_[-1].low):
                return None
            if all(t.cap for t in words_) and not (len(words_) == 1 and kept[0] in self.initial):
                return None  # a name: "Batam is 715 km²"
            return self._phrase(kept) or None
        return None

    def _time_opener(self, k: int) -> int | None:
        """The preposition opening a time phrase without a date that ends at token ``k``
        (``in the first half of the year``, ``during the quarter``), or None."""
        j = k - 1
        while j >= 0 and k - j <= _MAX_NAME and self.toks[j].low in TIME_WORDS:
            j -= 1
        return j if j >= 0 and j < k - 1 and self.toks[j].low in _TIME_OPENERS else None

    def _time_gap(self, a: int, b: int) -> bool:
        """Are tokens ``a..b`` a time phrase between a measure and its verb (``[Revenue] in
        2024 amounted to``, ``[Exports] for the first half rose``)?"""
        toks = self.toks
        if b - a > _MAX_NAME or toks[a].low not in _TIME_OPENERS:
            return False
        j = a + 1
        while j < b:
            if j in self.date_end:
                j = self.date_end[j]
                continue
            if toks[j].low not in TIME_WORDS and not toks[j].number:
                return False
            j += 1
        return True

    def _modifier_gap(self, a: int, b: int) -> bool:
        """Are tokens ``a..b`` a participle phrase that modifies the noun before it
        (``[Cargo] handled through the zone rose``, ``[Net profit for the three months]
        ended March 31 rose``): a participle, then no verb, comma or value up to ``b``?"""
        toks = self.toks
        if toks[a].low.endswith("ly") and b - a > 1:
            a += 1  # "[Investment] actually made during the year amounted to"
        first = toks[a].low
        if b - a > _MAX_NAME or not (first.endswith("ed") or first in _PARTICIPLES):
            return False
        nxt = self._low(a + 1)
        if nxt not in _GAP_OPENERS and a + 1 not in self.date_end:
            return False  # "Revenue jumped to": no participle of a noun
        j = a + 1
        while j < b:
            if j in self.date_end:
                j = self.date_end[j]
                continue
            t = toks[j]
            j += 1
            if t.text == "," or j - 1 in self.in_value:
                return False
            if (
                t.word
                and not t.cap
                and t.low not in STOP_WORDS
                and is_verb(t.low, toks[j - 2].low, self._low(j))
            ):
                return False
        return True

    def _skip_bracket(self, i: int) -> int:
        while i < len(self.toks) and self.toks[i].text in CLOSE:
            i = self.close.get(i, len(self.toks))
        return i

    def _modified(self, v: int, e: int, kind: str) -> str | None:
        """The owner when the value modifies the noun after it; ``""`` when that noun is a
        predicate or a fronted apposition (the clause subject owns it); None otherwise."""
        toks, n = self.toks, len(self.toks)
        glued = e > 0 and toks[e - 1].end > toks[e - 1].start and "-" in toks[e - 1].text
        tail = toks[e - 1].low.rsplit("-", 1)[-1] if e > 0 else ""
        glued = glued and tail[:1].isalpha() and tail not in NUMBER_WORDS  # not "eighty-three"
        det_at = v - 1
        while det_at >= 0 and (
            toks[det_at].low in QUANTIFIERS
            or (toks[det_at].low.endswith(_MODIFIERS) and not toks[det_at].cap)
        ):
            det_at -= 1  # "the favourably-located 36 ha area"
        owner = det_at >= 0 and possessive(toks[det_at].low)
        det = det_at >= 0 and (toks[det_at].low in DETERMINERS or owner)
        if det and toks[det_at].low == "that" and det_at > 0:
            det = not is_verb(toks[det_at - 1].low, self._low(det_at - 2), "that")
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
            if t.low in _NOT_NOUNS or (
                words_ and is_verb(t.low, toks[k - 1].low, self._low(k + 1))
            ):
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

    def _np_span_before(self, i: int, limit: int = 6) -> tuple[int, int] | None:
        toks = self.toks
        b = i
        if b > 0 and toks[b - 1].text == ",":
            b -= 1
        a = b
        while a > 0 and b - a < limit:
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
        if i > 0 and self._low(starts[i - 1]) in _EXTENT and v > starts[i - 1]:
            owner = self._extent_owner(starts[i - 1], i - 1)
            if owner is not None:
                return owner
        for c in reversed(starts[max(0, i - _MAX_STARTS) : i]):
            p = self.parse(c)
            if p is None or self._partitive(p):
                continue
            if p.np_start <= v < p.np_end:
                if self._complement(c) and self._kind_at(v) == "money":
                    continue  # "… voted that $2 million be appropriated": the voter's
                return self._inside_subject(v, p)
            if p.np_end <= v and (owner := self._owner(p)) is not None:
                return owner
            if v < p.np_start:  # "2 miles west of Yongsan an estimated 300 troops engaged"
                return self._owner(p)
            if p.np_end <= v and self._low(p.np_start) in _PERSON:
                return None  # "he" of a name this text does not give
        for c in starts[i : i + _MAX_STARTS]:  # "With 30,800 employees, …, it is …"
            p = self.parse(c)
            if p is None or self._partitive(p):
                continue
            if self._low(p.np_end) in _REPORTING and self._low(p.np_end - 1) in _OBSERVERS:
                continue  # "…, the trade ministry said": who says it, not whose it is
            if (owner := self._owner(p)) is not None:
                return owner
        return self._fallback(v)

    def _partitive(self, p: Parse) -> bool:
        """Does the clause's noun phrase name a part of a whole (``…, of which [exports]
        were …``)? It is what is measured, never whose it is."""
        return (
            p.np_start >= 2
            and self._low(p.np_start - 1) in ("which", "whom")
            and self._low(p.np_start - 2) == "of"
            and self._low(p.np_end) in _PART_VERBS
        )  # (not "out of which the SEZ constitutes 261 acres": the SEZ's)

    def _extent_owner(self, c: int, at: int) -> str | None:
        """Owner of a value in a participle of extent (``…, covering 0.53 km²``, ``…, made
        up of 17 buildings``) at token ``c`` (clause start number ``at``): the object noun
        phrase right before it (``established the Campus (Dtec), spanning …``), else the
        antecedent of the relative clause before it (``the harbor area, which is designated
        for warehouses, covering …``); None when neither (the clause's subject owns it)."""
        toks = self.toks
        if c < 2 or toks[c - 1].text != ",":
            return None
        span = self._np_span_before(c, limit=_MAX_NAME)
        if span is not None and span[0] > 0:
            a = span[0]
            verb = toks[a - 1].low
            if verb not in _COPULAS and is_verb(verb, self._low(a - 2), toks[a].low):
                return self._resolve(*span)  # "established the Campus (Dtec), spanning"
            if verb in ("of", "for") and at > 0 and self.parse(self.starts[at - 1]) is not None:
                return self._resolve(*span)  # "Construction of [the road network], measuring"
        if span is not None and span[0] == self._skip_lead(self.starts[at - 1] if at else 0):
            return self._resolve(*span)  # "[The first phase], covering 380 hectares, is …"
        if at > 0 and self._low(self.starts[at - 1]) in ("which", "that"):
            return self._relative_antecedent(self.starts[at - 1])
        return None

    def _ends_group(self, k: int) -> bool:
        """Does token ``k`` end the words of a counted group (a relative pronoun, a comma, a
        function word other than ``of``, a verb: ``1,297 French sailors [died]``)?"""
        t = self.toks[k]
        if t.low in RELATIVES or t.text == "," or (t.low in STOP_WORDS and t.low != "of"):
            return True
        return not t.cap and is_verb(t.low, self._low(k - 1), self._low(k + 1))

    def _complement(self, c: int) -> bool:
        """Does the clause at token ``c`` open with ``that`` after a verb (``voted that``)?"""
        return self._low(c) == "that" and c > 0 and is_verb(self._low(c - 1), self._low(c - 2), "")

    def _kind_at(self, v: int) -> str:
        return self.kinds.get(v, "")

    @cached_property
    def _topic_named(self) -> bool:
        """Does the sentence name the topic or describe it (``the park``)?"""
        return self.topic.mentioned_in(self.text)

    def _topic_said(self, v: int) -> bool:
        """Does the sentence name the topic, or the clause of token ``v`` have a pronoun that
        stands for it (``… contributed to their fan base``)?"""
        if self._topic_named:
            return True
        i = bisect_left(self.starts, v + 1)
        a = self.starts[i - 1] if i > 0 else 0
        b = self.starts[i] if i < len(self.starts) else len(self.toks)
        return any(self.topic.pronoun_of_topic(self.toks[k].low) for k in range(a, b))

    @cached_property
    def _other_owner(self) -> bool:
        """Does a clause of the sentence have a name of something else than the topic as its
        subject, or a name stand as a possessor (``Mendes's``)?"""
        topic = (self.topic.name, *self.topic.aliases)
        for c in self.starts:
            p = self.parse(c)
            if p is None:
                continue
            kept = self._kept(p.np_start, p.np_end)
            named = [self.toks[k] for k in kept if self.toks[k].word]
            if len(named) == 1 and kept[0] in self.initial and named[0].low in _OF_NOUNS:
                continue  # "Revenue rose 17.6%": a measure, capitalised as the first word
            if named and all(t.cap for t in named):
                phrase = self._phrase(kept)
                if not any(phrase in n or n in phrase for n in topic):
                    return True
        return any(t.cap and t.low.endswith(("'s", "’s")) for t in self.toks[1:])

    def _fallback(
        self, v: int, counted: tuple[int, int] | None = None, definite: bool = False
    ) -> str | None:
        """The owner of the value at token ``v`` when no clause names one: the topic when the
        sentence names it or the value's clause has a pronoun for it; else
        a counted subject that names its own group (``two Spanish agents``, ``300 North
        Korean troops``); else the topic when no other name could own the value; else None.
        ``counted``: the tokens of a counted subject after its value, ``definite`` when a
        determiner such as ``the`` stands before the value (``The 64 bombers flew …``: the
        bombers of someone this sentence does not name)."""
        if self._topic_said(v):
            return self.topic.name or None
        if counted is not None:
            kept = self._kept(*counted)
            if any(self.toks[k].cap for k in kept if self.toks[k].word and k > 0):
                return self._phrase(kept) or None
            if definite:
                return None
        return None if self._other_owner else self.topic.name or None

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
        last = v
        while last + 1 < n and last + 1 in self.in_value:
            last += 1
        last += self._low(last + 1) == "times"
        if toks[last].low == "times" and last + 1 < p.np_end and toks[last + 1].cap:
            return self._resolve(last + 1, p.np_end)  # "Six times Ouellette leaped …"
        head = [k for k in range(p.np_start, v) if toks[k].word and toks[k].low not in QUANTIFIERS]
        head = [k for k in head if toks[k].low not in DETERMINERS]
        if head and toks[head[-1]].low == "of" and len(head) > 1:
            return self._resolve(p.np_start, head[-1])  # "the first group of 1,367 …"
        share = self._kind_at(v) in ("percent", "money")
        for k in range(v + 1, p.np_end - 1):  # "six squadrons of the Vichy French Air Force"
            if toks[k].low == "of":
                if self._low(k + 1) in POSSESSIVES:
                    return self._pronoun(self._low(k + 1), k + 1)  # "three of its aircraft"
                if share and (owner := self._resolve(k + 1, p.np_end)) is not None:
                    return owner  # "the other 30% of the budget"
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
        located = self._low(p.np_end) in _LOCATED
        for k in range(p.np_end + 1, min(n, p.np_end + 3)):  # "… work there", "… in the park"
            low = toks[k].low
            if low == "there":
                return self.topic.name or None
            if located and low in _LOCATIVE and self._low(k + 1) in DETERMINERS:
                end = k + 2
                while (
                    end < n and end - k < 6 and toks[end].word and toks[end].low not in STOP_WORDS
                ):
                    end += 1
                if end > k + 2 and not any(toks[j].cap for j in range(k + 2, end)):
                    return self._resolve(k + 1, end)
                break
            if not low.endswith("ly"):
                break  # "… engaged A Company in a fire fight": the place of the object
        if self._kind_at(v) != "count":
            return self._fallback(v)
        end = next((k for k in range(v + 1, p.np_end) if self._ends_group(k)), p.np_end)
        definite = any(toks[k].low in _DEFINITE for k in range(p.np_start, v))
        return self._fallback(v, (v + 1, end), definite)


def _last_name(
    phrases: SentencePhrases, at: int, topic: Topic, context: str, the: bool = False
) -> str | None:
    """The last name before token ``at`` that ``he`` or ``she`` can stand for: a run of
    capitalised words that is not a place (after ``in``, ``at``, ``from`` …), not a modifier
    of a noun (``Roman emperor``), not the topic, and not a capitalised first word of a
    sentence (``Later``, ``Critics``) unless the sentence or the text before it (``context``)
    also writes it inside a sentence. ``the``: a one-word name after ``the`` counts (a ship
    that is ``she``)."""
    toks = phrases.toks
    k = at - 1
    while k >= 0:
        if not _name_word(toks, k):
            k -= 1
            continue
        end = k + 1
        while k > 0 and _name_word(toks, k - 1) and not _ends_sentence(toks[k - 1]):
            k -= 1
        start = k
        k -= 1
        nxt = toks[end] if end < len(toks) else None
        possessive = toks[end - 1].low.endswith(("'s", "’s"))  # "Gloire's wooden hull"
        if nxt is not None and nxt.word and not nxt.cap and _modifies(nxt.low) and not possessive:
            continue  # "Roman emperor", "Spanish agents"
        opens = start == 0 or _ends_sentence(toks[start - 1]) or toks[start - 1].text in '"“'
        word = toks[start].text.removesuffix("'s").removesuffix("’s")
        if opens and end - start == 1 and not _written_inside(phrases, word, context):
            continue  # "Later in the season", "Critics noted"
        if start > 0 and toks[start - 1].low in _PLACE_LINKS:
            continue  # "in Rome": a place
        if start > 0 and toks[start - 1].low in DETERMINERS and not (the and end - start == 1):
            continue  # "the World Trade Center": a thing; "the Aurora" can be "she"
        name = phrases._phrase(list(range(start, end))).removesuffix("'s").removesuffix("’s")
        if name and name not in topic.name and not any(name in a for a in topic.aliases):
            return name
    return None


def _name_word(toks: Sequence[Token], k: int) -> bool:
    """Can token ``k`` be a word of a name (capitalised; no function word, month or day)?"""
    t = toks[k]
    return t.word and t.cap and t.low not in STOP_WORDS and t.low not in _CALENDAR


def _ends_sentence(t: Token) -> bool:
    """Does token ``t`` end a sentence (``.``, ``!``, ``?``, or a word with its final period
    that is no abbreviation such as ``Jr.`` or an initial)?"""
    if t.text in (".", "!", "?"):
        return True
    bare = t.low.rstrip(".")
    return t.text.endswith(".") and len(bare) > 1 and bare not in _ABBREVIATIONS


def _modifies(low: str) -> bool:
    """Is the lower-case word after a capitalised one the noun it modifies (``Roman
    [emperor]``), not a verb, an adverb or a function word (``Bacon [gradually] became``)?"""
    if low in STOP_WORDS or low.endswith(("ly", "ed")) or low in _NOT_NOUNS:
        return False
    return not is_verb(low, "", "")


def _written_inside(phrases: SentencePhrases, word: str, context: str) -> bool:
    """Is ``word`` written capitalised inside a sentence of ``phrases`` or of ``context`` (a
    name, not a common word that opens a sentence)?"""
    toks = phrases.toks
    if any(
        t.text.removesuffix("'s").removesuffix("’s") == word
        and i > 0
        and not _ends_sentence(toks[i - 1])
        and toks[i - 1].text not in '"“'
        for i, t in enumerate(toks)
    ):
        return True
    return re.search(r"[^\s.!?\"“]\s+" + re.escape(word) + r"\b", context) is not None
