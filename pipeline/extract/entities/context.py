"""The context the relation readers share: a sentence's mentions by position, its
subject, and the mention a pattern points at."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from pipeline.extract.entities.found import Found, Key
from pipeline.extract.entities.titles import HONORIFICS, OFFICES

_OPENING: Final = re.compile(
    r"^\s*(?:(?:In|On|At|By|From|During|After|Before|Since|As\s+of|Over|Between|Throughout|"
    r"Until|Following|Under|Within|Around|About|Today|Currently|Nowadays|Furthermore|However|"
    r"Moreover|Also|Originally|Later|Eventually|Subsequently|Meanwhile|Together\s+with|"
    r"Almost|Upon|When|While|The\s+(?:following|next|previous|same)\s+(?:day|week|month|year|"
    r"season|morning|evening|night))\b[^,]{0,80},\s*|[A-Z][a-z]+(?:ed|ing)\b[^,]{0,80},\s*|(?:In|On|By|From|Since|After|Before|During|Until)\s+"
    r"(?:(?:early|late|mid|the)\s+)?(?:\w+\s+)?\d{4}s?\s+)?(?:the\s+|The\s+)?"
)
TOPIC_NOUNS: Final = frozenset(
    [
        "park",
        "company",
        "campus",
        "airport",
        "port",
        "zone",
        "city",
        "district",
        "site",
        "area",
        "organization",
        "organisation",
        "society",
        "album",
        "film",
        "song",
        "ship",
        "squadron",
        "operation",
        "institute",
        "university",
        "center",
        "centre",
        "community",
        "neighborhood",
        "neighbourhood",
        "peninsula",
        "island",
        "municipality",
        "firm",
        "corporation",
        "square",
        "estate",
        "group",
        "cluster",
        "hub",
        "oasis",
        "innopolis",
        "airport",
        "seaport",
        "region",
        "project",
        "programme",
        "program",
        "station",
        "route",
        "highway",
        "road",
        "club",
        "team",
        "band",
    ]
)
_PRONOUN: Final = re.compile(r"^(?P<word>it|its|this|these|he|she|his|her|they)\b", re.IGNORECASE)
_LIST_GAP: Final = re.compile(
    r"^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+|\s*,?\s*as\s+well\s+as\s+)(?:the\s+)?$"
)
AGENTS: Final = frozenset({"person", "organization"})
_PUNCTUATION: Final = str.maketrans(dict.fromkeys(',.;:!?()[]"“”', " "))
# Words that describe what a name after them names (no clause, no punctuation).
_DESCRIPTION: Final = re.compile(r"[\s\-]*(?:[A-Za-z][\w\-]*\s+){0,5}")
_BEFORE_NAME: Final = re.compile(
    r"\s*(?:the\s+)?(?:(?:"
    + "|".join(sorted((re.escape(t) for t in OFFICES | HONORIFICS), key=len, reverse=True))
    + r")\s+)?[\"“]?"
)
NOT_SUBJECT: Final = frozenset({"sector", "award"})


def sentence_words(text: str) -> frozenset[str]:
    """The words of a sentence without punctuation (what cue tests look up)."""
    return frozenset(text.translate(_PUNCTUATION).split())


class Context:
    """What the relation readers need of a sentence: its text, mentions (by start) and
    the document's topic and last-named person."""

    def __init__(
        self,
        text: str,
        founds: Sequence[Found],
        topic: Key | None,
        last_person: Key | None,
        words: frozenset[str] | None = None,
    ):
        self.text = text
        self._words = words
        self.founds = sorted(founds, key=lambda f: f.start)
        self.topic = topic
        self.last_person = last_person
        self._by_start = {f.start: f for f in self.founds}
        self._subject: tuple[Key | None, Found | None] | None = None

    @property
    def words(self) -> frozenset[str]:
        """The sentence's words without punctuation: what the readers test for cues."""
        if self._words is None:
            self._words = sentence_words(self.text)
        return self._words

    def at(self, pos: int) -> Found | None:
        """The mention starting at ``pos`` (after blanks, ``the``, a title and an opening
        quote)."""
        match = _BEFORE_NAME.match(self.text, pos)
        return self._by_start.get(match.end() if match else pos)

    def described_from(self, pos: int) -> Found | None:
        """The first mention after a few describing words from ``pos`` (``Singaporean
        multinational technology company Shopee``, ``-based public company X``)."""
        for found in self.founds:
            if found.start >= pos:
                return found if _DESCRIPTION.fullmatch(self.text, pos, found.start) else None
        return None

    def listed_from(self, pos: int) -> list[Found]:
        """Mentions coordinated from ``pos``: ``X, Y and Z``."""
        first = self.at(pos)
        if first is None:
            return []
        out = [first]
        for found in self.founds:
            if found.start <= out[-1].start:
                continue
            if _LIST_GAP.match(self.text[out[-1].end : found.start]):
                out.append(found)
            else:
                break
        return out

    def listed_before(self, last: Found) -> list[Found]:
        """Mentions coordinated before ``last`` (``X, Y and`` before ``Z``), in order."""
        out: list[Found] = []
        current = last
        for found in reversed(self.founds):
            if found.end > current.start:
                continue
            if _LIST_GAP.match(self.text[found.end : current.start]):
                out.append(found)
                current = found
            else:
                break
        return out[::-1]

    def before(self, pos: int) -> Found | None:
        """The nearest mention ending at or before ``pos``."""
        best = None
        for found in self.founds:
            if found.end <= pos:
                best = found
        return best

    def subject(self) -> tuple[Key | None, Found | None]:
        """The subject of the sentence: (key, its mention if the sentence names it)."""
        if self._subject is None:
            self._subject = self._find_subject()
        return self._subject

    def _find_subject(self) -> tuple[Key | None, Found | None]:
        opening = _OPENING.match(self.text)
        pos = opening.end() if opening else 0
        found = self._by_start.get(pos)
        if found is not None:
            return found.key, found
        rest = self.text[pos:]
        pronoun = _PRONOUN.match(rest)
        if pronoun:
            word = pronoun.group("word").lower()
            if word in ("he", "she", "his", "her"):
                return self.last_person, None
            if word in ("it", "its"):
                return self.topic, None
            return None, None
        noun = re.match(r"^(?:[a-z\-]+\s+){0,2}?(?P<noun>[a-z]+)\b", rest)
        if (
            pos > 0
            and self.text[pos - 4 : pos].lower() == "the "
            and noun
            and noun.group("noun") in TOPIC_NOUNS
        ):
            return self.topic, None
        return None, None


def span(*parts: tuple[int, int] | Found | None) -> tuple[int, int]:
    starts, ends = [], []
    for part in parts:
        if part is None:
            continue
        if isinstance(part, Found):
            starts.append(part.start)
            ends.append(part.end)
        else:
            starts.append(part[0])
            ends.append(part[1])
    return min(starts), max(ends)


_CLOSE_GAP: Final = re.compile(r"^[\s\w\-]{0,40}$")
# A comma that opens or closes an aside (not one before ``and``: the same subject goes on).
_OPEN_COMMA: Final = re.compile(r",(?!\s+(?:and|but|or|then)\b)")
_COPULA: Final = re.compile(r"\s+(?:is|was|are|were|became|remains|serves)\b")
_GOES_ON: Final = re.compile(r"\band\s+(?:is|was|are|were|has|had|have)\b[^,]*$")
_CLAUSE_WORDS: Final = re.compile(r"\b(?:is|was|are|were|and|has|have|had|which|who)\b")


def subject_for(ctx: Context, trigger: int) -> tuple[Key | None, Found | None]:
    near = ctx.before(trigger)
    if near is not None and near.key[1] not in NOT_SUBJECT:
        gap = ctx.text[near.end : trigger]
        if _CLOSE_GAP.match(gap) and not _CLAUSE_WORDS.search(gap) and len(gap.split()) <= 4:
            return near.key, near
    key, found = ctx.subject()
    if key is not None and (found is None or found.end <= trigger):
        asides = (
            [
                m
                for m in _OPEN_COMMA.finditer(ctx.text, found.end, trigger)
                if ctx.at(m.end()) is None  # ``X, Y and Z are located in``: a list
                and ctx.text.count("(", found.end, m.start())
                <= ctx.text.count(")", found.end, m.start())  # not in a bracket
            ]
            if found is not None
            else []
        )
        between = ctx.text[found.end : trigger] if found is not None else ""
        if (
            len(asides) % 2
            and not (_COPULA.match(between) and between.rstrip().endswith(","))
            and not _GOES_ON.search(between)
        ):  # ``X is at Y, with other stations located at Z``: not X (but ``X is a port
            return None, None  # in Europe, located in Rotterdam`` is X)
        return key, found
    near = ctx.before(trigger)
    if near is not None:
        return near.key, near
    return None, None
