"""Alias links of one sentence: which written forms are other names of which entity
(the patterns are in :mod:`pipeline.extract.entities.aliases`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from pipeline.extract.entities.aliases import (
    ALIAS_PHRASE,
    bracket_alias,
    foreign_names,
    initials_match,
    is_acronym,
    tail_for_acronym,
)
from pipeline.extract.entities.found import Key
from pipeline.extract.entities.ids import normalise_name
from pipeline.extract.entities.names import Candidate
from pipeline.extract.entities.people import looks_like_person
from pipeline.extract.entities.register import Register, numbered_prefix
from pipeline.extract.words import words

_ALIAS_AFTER: Final = re.compile(
    r"(?:\s*\([^()]*\))?(?:\s*[,(]\s*|\s+(?=(?:also|commonly|formerly|locally)\s+(?:called|known\s+as)\s))(?:"
    + ALIAS_PHRASE.pattern
    + r")"
)
_TOPIC_ALIAS: Final = re.compile(
    r"(?:^(?:The\s+[a-z]+|It)\s*,\s*|\bit(?:['’]s|\s+is|\s+was)\s+)(?:also\s+)?"
    r"(?:originally\s+|formerly\s+|commonly\s+)?(?:named|called|known\s+as)\s+(?:the\s+)?"
    r"|\b(?:It|it|The\s+company|the\s+company)\s+was\s+(?:originally\s+|first\s+|initially\s+)?"
    r"(?:incorporated|registered|founded|established)(?:\s+in\s+\d{4})?\s+as\s+(?:the\s+)?"
    r"|^(?:The|Its)\s+name\s+is\s+(?:also\s+|commonly\s+|often\s+|usually\s+)?"
    r"(?:shortened|abbreviated)(?:\[\w{1,3}\])?\s+to\s+(?:the\s+)?"
)
# Another name after one (``X (…) or Y``).
_OR_NEXT: Final = re.compile(r"(?:\s*\([^()]*\))?\s*,?\s+or\s+(?:the\s+)?")
_LIST_NEXT: Final = re.compile(r"(?:\s*\([^()]*\))?\s*,\s*(?:or\s+)?|(?:\s*\([^()]*\))?\s+or\s+")
_LIST_END: Final = re.compile(r"(?:\s*\([^()]*\))?(?:\s+(?:is|was|are|were)\b|\s*,\s+[a-z])")
# Every alias pattern needs one of these; a sentence without them is skipped.
_ALIAS_CUE: Final = re.compile(
    r"\(|known|shortened|abbreviated|renamed|standing|short\s+for|called|named|formerly|also|"
    r"incorporated\s|registered\s|founded\s|established\s|"
    r"\s[-–—]\s|\sor\s+(?:the\s+)?[A-Z]{2}"
)
# ``the AAPA - American Association of Port Authorities``: an acronym and its full name
# joined by a dash.
_DASH: Final = re.compile(r"\s+[-–—]\s+(?:the\s+)?")
# The last words of a named road (``Carney Road``, ``Church Street``).
ROAD_WORDS: Final = words(
    "Road Street Avenue Drive Lane Boulevard Highway Parkway Turnpike Way Pike Expressway"
)
_AFTER_ALIAS: Final = re.compile(r"(?:\s*\([^()]*\))?\s*,\s*(?:the\s+)?")
# ``Formerly known as X (ABC), Y was …``: an alias phrase opening the sentence (written
# with a capital, which :data:`ALIAS_PHRASE` does not read).
_OPENING_ALIAS: Final = re.compile(
    r"(?:Formerly|Originally|Previously|Also|Commonly|Officially|Popularly)\s+"
    r"(?:known\s+as|called|named)\s+(?:the\s+)?"
)


@dataclass(frozen=True)
class AliasLink:
    """``text[start:end]`` is another name of ``key``; the statement starts at
    ``stated_start``."""

    key: Key
    stated_start: int
    start: int
    end: int


class _Links:
    def __init__(self, text: str, names: Register, typed: dict[int, Key], first: bool) -> None:
        self.text, self.names, self.typed, self.first = text, names, typed, first
        self.links: list[AliasLink] = []

    def add(self, key: Key, stated_start: int, start: int, end: int) -> None:
        form = self.text[start:end]
        topic = self.names.topic
        if (
            self.first
            and topic is not None
            and key != topic
            and key[1] == topic[1]
            and self.names.get(form) == topic
        ):  # the first sentence names the topic in full
            self.names.topic = key
        self.names.add(form, key)
        self.typed[start] = key
        self.links = [link for link in self.links if (link.start, link.end) != (start, end)]
        self.links.append(AliasLink(key, stated_start, start, end))
        for foreign in foreign_names(self.text, end):  # ``Gakken-toshi (学研都市)``
            if not any(link.start == foreign[0] and link.key == key for link in self.links):
                self.add(key, stated_start, *foreign)


# Words before a name's tail that make the tail a thing of its own (``… Zone for the
# Internet of Things``).
_COMPLEMENT_WORDS: Final = frozenset({"of", "for", "the", "and", "on", "de", "in"})


# The lower-case connectors of names in other languages (``Parque da Economia Azul do Sado``).
_FOREIGN_CONNECTORS: Final = words("da do das dos de del della di du des la le van von der den")


def _bracket(links: _Links, candidate: Candidate, key: Key, by_start: dict[int, Candidate]) -> None:
    """``Name (ACRONYM)``, ``Name (Other Name)``; an acronym of the name's tail names the
    tail (``… Zone for the Internet of Things (IoT)``)."""
    text, names = links.text, links.names
    for foreign in foreign_names(text, candidate.end):  # ``(Arabic: مدينة …)``
        links.add(key, candidate.start, *foreign)
    span = bracket_alias(text, candidate.end)
    if span is None:
        return
    form = text[span[0] : span[1]]
    if is_acronym(form) and not initials_match(form, candidate.text):
        tail = tail_for_acronym(form, candidate.text)
        before_tail = candidate.text[: len(candidate.text) - len(tail)].split() if tail else []
        if tail is not None and before_tail and before_tail[-1] not in _COMPLEMENT_WORDS:
            tail = None  # ``Cilamaya Timur Special Economic Zone (SEZ)``: the class's
            # acronym is the short name of the whole, not of a thing inside it
        elif tail is not None:
            names.pending[normalise_name(form)] = tail
            tail_key = names.get(tail)
            if tail_key is not None:
                links.add(tail_key, candidate.start + candidate.text.rfind(tail), *span)
            return
    known = names.get(form) or names.surnames.get(form)
    if normalise_name(form) == normalise_name(key[0]):
        return  # ``Saunders Settlement Road (NY 31)`` where the road is NY 31 already
    spelled = is_acronym(form) and known == (form, key[1]) and initials_match(form, candidate.text)
    renamed = (
        known is not None
        and known == (form, key[1])
        and not _FOREIGN_CONNECTORS.isdisjoint(form.split())
    )  # ``Sado Blue Economy Park (Parque da Economia Azul do Sado)``: the name in the
    # country's language, typed alone as the same kind (not ``the Regia Aeronautica (Royal
    # Air Force)``, whose translation names another force elsewhere)
    if (
        known is not None
        and known != key
        and not spelled  # ``National Football League (NFL)``: NFL typed alone is this name
        and not renamed
        and not _same_road(candidate.text, form, key, known)
    ):
        return  # ``Best Actor (Spacey)``: the bracket names someone else
    words = form.split()
    if key[1] == "person" and (
        looks_like_person(words) or (2 <= len(words) <= 3 and all(w[:1].isupper() for w in words))
    ):
        return  # ``Angela (Mena Suvari)``: a character and the actor, two people
    if key[1] != "award" and (span[0] in by_start or is_acronym(form)):
        links.add(key, candidate.start, *span)


# ``X, now known as Y``, ``X (renamed Y in 2001)``: Y is the name, X the former one.
_NEW_NAME: Final = re.compile(r"\b(?:now\s+known\s+as|renamed)\b")


def _renamed(links: _Links, old: Candidate, new: Candidate, key: Key) -> bool:
    """Make the later name ``new`` the entity's name and ``old`` its former name (not for
    the topic, which the title names); False when ``new`` is typed as something else."""
    own = links.typed.get(new.start)
    if key == links.names.topic or (own is not None and own[1] != key[1]):
        return False
    new_key = own or (new.text, key[1])
    for named in (old, new):
        links.names.add(named.text, new_key)
        links.typed[named.start] = new_key
    links.add(new_key, old.start, old.start, old.end)
    return True


def _same_road(numbered: str, form: str, key: Key, known: Key) -> bool:
    """``CR 253 (Carney Road)``: a numbered route and the named road in its bracket are
    one road (the number, written first, its name)."""
    return (
        key[1] == known[1] == "facility"
        and numbered_prefix(numbered) is not None
        and numbered_prefix(form) is None
        and form.split()[-1] in ROAD_WORDS
    )


# What a bracket's name gives a name before it that nothing types (not a place or a
# person: ``Interstate 405 (California)``, ``Angela (Mena Suvari)``).
_BRACKET_TYPES: Final = frozenset(
    {"organization", "facility", "program", "product", "event", "work"}
)


def _named_by_bracket(
    links: _Links, candidate: Candidate, by_start: dict[int, Candidate]
) -> Key | None:
    """An untyped name before a bracket that holds nothing but a typed name: an acronym
    is another name of it (``SAGIA (Saudi Arabian General Investment Authority)``), any
    other name is the same entity named first (``Technion (Israel Institute of
    Technology)``). Returns the key the untyped name now has."""
    text, typed = links.text, links.typed
    span = bracket_alias(text, candidate.end)
    if span is None or text[span[1] : span[1] + 1] != ")" or span[0] not in by_start:
        return None
    inner = by_start[span[0]]
    inner_key = typed.get(inner.start)
    if inner.end != span[1] or inner_key is None or inner_key[1] not in _BRACKET_TYPES:
        return None
    if is_acronym(candidate.text):
        if not initials_match(candidate.text, inner.text):
            return None
        links.add(inner_key, candidate.start, candidate.start, candidate.end)
        return None  # the link is stated; the bracket is the name itself
    if is_acronym(inner.text) or inner_key == links.names.topic:
        return None
    key = (candidate.text, inner_key[1])
    for named in (candidate, inner):
        links.names.add(named.text, key)
        typed[named.start] = key
    return key


def _dashed_acronym(links: _Links, candidate: Candidate, by_start: dict[int, Candidate]) -> None:
    """``AAPA - American Association of Port Authorities``: an untyped acronym before a
    dash and a typed name with its initials is another name of it."""
    dash = _DASH.match(links.text, candidate.end)
    full = by_start.get(dash.end()) if dash else None
    full_key = links.typed.get(full.start) if full else None
    if full is None or full_key is None or full_key[1] not in _BRACKET_TYPES:
        return
    if initials_match(candidate.text, full.text):
        links.add(full_key, candidate.start, candidate.start, candidate.end)


def _topic_aliases(
    links: _Links, topic: Key, stated: int, named: Candidate, by_start: dict[int, Candidate]
) -> None:
    """The names a topic-alias phrase gives the topic: ``X``, ``X (…) or Y``; not a name
    typed as something else (``it was known as the WWE … Championship``)."""
    current: Candidate | None = named
    while current is not None:
        own = links.typed.get(current.start)
        if own is not None and own[1] != topic[1]:
            return
        links.add(topic, stated, current.start, current.end)
        step = _OR_NEXT.match(links.text, current.end)  # ``… or Gakken-toshi (学研都市)``
        current = by_start.get(step.end()) if step else None


def _first_sentence_list(
    links: _Links, candidates: list[Candidate], by_start: dict[int, Candidate]
) -> None:
    """``X, Y, or Z is …`` / ``X (…), or Y, Z (…), created …`` opening the article."""
    topic = links.names.topic
    if not candidates or topic is None or links.typed.get(candidates[0].start) != topic:
        return
    current = candidates[0]
    while True:
        step = _LIST_NEXT.match(links.text, current.end)
        nxt = by_start.get(step.end()) if step else None
        if nxt is None:
            return
        if not _LIST_END.match(links.text, nxt.end) and not _LIST_NEXT.match(links.text, nxt.end):
            return
        links.add(topic, candidates[0].start, nxt.start, nxt.end)
        current = nxt


# ``County Route 907 or CR 907``: a name, ``or`` and its acronym.
_OR_ACRONYM: Final = re.compile(r"\s+or\s+(?:the\s+)?")


def _or_acronym(
    links: _Links, candidate: Candidate, key: Key, by_start: dict[int, Candidate]
) -> None:
    """The acronym after ``or`` whose capitals spell the name is another name of it."""
    match = _OR_ACRONYM.match(links.text, candidate.end)
    other = by_start.get(match.end()) if match else None
    if (
        other is not None
        and is_acronym(other.tokens[0])
        and len(other.text) < len(candidate.text)
        and initials_match(other.text, candidate.text)
    ):
        links.add(key, candidate.start, other.start, other.end)


def find_alias_links(
    text: str, candidates: list[Candidate], typed: dict[int, Key], names: Register, first: bool
) -> list[AliasLink]:
    """The alias links of a sentence; ``typed`` (candidate start → entity) and the
    register are updated with every alias found."""
    links = _Links(text, names, typed, first)
    if not first and not _ALIAS_CUE.search(text):
        return links.links
    by_start = {c.start: c for c in candidates}
    for i, candidate in enumerate(candidates):
        key = typed.get(candidate.start)
        phrase = _ALIAS_AFTER.match(text, candidate.end)
        named = phrase is not None and phrase.end() in by_start
        if key is None and first and i == 0 and named and phrase is not None:
            alias_key = typed.get(phrase.end())  # ``Gujarat International Finance
            if (
                alias_key is not None and alias_key == names.topic
            ):  # Tec-City also called GIFT City``
                key = (candidate.text, alias_key[1])
                names.add(candidate.text, key)
                typed[candidate.start] = key
        if key is None:
            key = _named_by_bracket(links, candidate, by_start)
        if key is None and is_acronym(candidate.text):
            _dashed_acronym(links, candidate, by_start)
        if key is None:
            if named and phrase is not None:  # ``Lubuk Baja (formerly known as Nagoya)``
                typed.pop(phrase.end(), None)  # the alias of an unknown name is unknown too
            continue
        _bracket(links, candidate, key, by_start)
        _or_acronym(links, candidate, key, by_start)
        if (
            named
            and phrase is not None
            and not text[max(0, candidate.start - 3) : candidate.start].endswith("of ")
        ):
            other = by_start[phrase.end()]
            if _NEW_NAME.search(phrase.group()) and _renamed(links, candidate, other, key):
                continue
            links.add(key, candidate.start, other.start, other.end)
    opening = _OPENING_ALIAS.match(text) or ALIAS_PHRASE.match(text)  # ``Formerly known as X, Y``
    if opening is not None and opening.end() in by_start:
        other = by_start[opening.end()]
        after = _AFTER_ALIAS.match(text, other.end)
        target = by_start.get(after.end()) if after else None
        if target is not None and typed.get(target.start) is not None:
            links.add(typed[target.start], other.start, other.start, other.end)
    topic_alias = _TOPIC_ALIAS.search(text)  # ``The company, originally named X, …``
    if topic_alias is not None and names.topic is not None and topic_alias.end() in by_start:
        _topic_aliases(
            links, names.topic, topic_alias.start(), by_start[topic_alias.end()], by_start
        )
    if first:
        _first_sentence_list(links, candidates, by_start)
    return links.links
