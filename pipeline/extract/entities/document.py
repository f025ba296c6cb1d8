"""One document's entities, mentions and relations.

The document is read twice. The first reading collects every name with its type and
every alias in the register (so a name typed or defined late, ``IoT`` spelled out three
sentences on, is known everywhere); the second reading resolves each sentence's names
against that register and reads the relations. Per sentence, spans are claimed in this
order and never overlap: See-also items, award phrases, sector lists, quoted names,
then the capitalised candidates (aliases among them).

A candidate is an entity when the register knows it (a name, alias or a person's
surname used elsewhere in the document), when it is the article's topic or its short
name, or when :func:`~pipeline.extract.entities.classify.classify` types it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from pipeline.extract.entities.alias_links import find_alias_links
from pipeline.extract.entities.awards import AwardSpan, find_awards
from pipeline.extract.entities.classify import head_type
from pipeline.extract.entities.context import Context
from pipeline.extract.entities.found import Found, Key, Stated
from pipeline.extract.entities.names import Candidate, find_candidates
from pipeline.extract.entities.phrase_relations import award_relations, sector_relations
from pipeline.extract.entities.register import (
    Register,
    coordinated_types,
    key_for,
    split_possessives,
)
from pipeline.extract.entities.relations import find_relations
from pipeline.extract.entities.sectors import find_sectors
from pipeline.extract.entities.see_also import in_see_also, see_also_item
from pipeline.extract.entities.titles import OFFICES
from pipeline.extract.entities.topic import Topic, find_topic
from pipeline.model import Document, Sentence

_LOWER_WORD: Final = re.compile(r"(?<![\w'’\-])[a-z][a-z\-]*")
_QUOTED: Final = re.compile(r"[\"“](?P<name>[A-Z][^\"“”]{0,60}?)[\"”]")
_PROGRAM_CUE: Final = re.compile(
    r"\b(?:initiative|program|programme|plan|campaign|strategy|project|scheme|policy)s?\b",
    re.IGNORECASE,
)


class _Sentence:
    """What one sentence yields: mentions (sentence offsets) and stated relations."""

    def __init__(self) -> None:
        self.founds: list[Found] = []
        self.stated: list[Stated] = []

    def add(self, found: Found) -> bool:
        if any(f.start < found.end and found.start < f.end for f in self.founds):
            return False
        self.founds.append(found)
        return True


def _see_also(sentence: Sentence, names: Register) -> _Sentence:
    """A See-also item: one name, related to the topic."""
    out = _Sentence()
    span = see_also_item(sentence.text)
    if span is not None and names.topic is not None:
        quote = sentence.text[span[0] : span[1]]
        key = names.get(quote) or (quote, head_type(quote.split()) or names.topic[1])
        names.add(quote, key)
        out.add(Found(span[0], span[1], quote, key))
        out.stated.append(Stated(names.topic, "see_also", key, None, *span))
    return out


def _claim_phrases(text: str, names: Register, out: _Sentence) -> list[AwardSpan]:
    """Award phrases and sector lists: their words are not names of their own."""
    awards = find_awards(text)
    for award in awards:
        phrase = text[award.start : award.end]
        known = names.get(phrase) or names.get(phrase.split()[0])
        if known is not None and known[1] != "award":
            continue  # ``named ASML as its official name``
        key = (award.name, "award")
        names.add(award.name, key)
        out.add(Found(award.start, award.end, phrase, key))
    for _, items in find_sectors(text):
        for item in items:
            spans = [(item.start, item.end), *item.sub]
            for start, end in spans:
                quote = text[start:end]
                known = names.get(quote)
                key = (
                    known if known and known[1] == "sector" else (names.canonical(quote), "sector")
                )
                names.add(quote, key)
                out.add(Found(start, end, quote, key))
    return awards


def _claim_quoted(
    text: str,
    candidates: list[Candidate],
    typed: dict[int, Key],
    names: Register,
    topic: Topic,
    out: _Sentence,
) -> None:
    """A quoted name: a program when the sentence speaks of one, a work in an article
    about a work (``"Sensing China" center … initiative``, a song title)."""
    for match in _QUOTED.finditer(text):
        quote = match.group("name").rstrip(".,;: ")
        start = match.start("name")
        known = names.get(quote)
        kind = known[1] if known else None
        if kind is None and _PROGRAM_CUE.search(text):
            kind = "program"
        elif kind is None and topic.type == "work":
            kind = "work"
        if kind is None:
            continue
        key = known or (quote, kind)
        names.add(quote, key)
        if out.add(Found(start, start + len(quote), quote, key)):
            for candidate in candidates:
                if start <= candidate.start < start + len(quote):
                    typed.pop(candidate.start, None)


def _read_sentence(
    sentence: Sentence,
    names: Register,
    topic: Topic,
    lower_words: frozenset[str],
    last_person: Key | None,
    first: bool,
) -> _Sentence:
    if in_see_also(sentence.section):
        return _see_also(sentence, names)
    text = sentence.text
    out = _Sentence()
    subject_key, subject_found = Context(text, [], names.topic, last_person).subject()
    awards = _claim_phrases(text, names, out)
    candidates = split_possessives(
        find_candidates(text, lower_words, topic.name), text, names, topic
    )
    typed: dict[int, Key] = {}
    for candidate in candidates:
        key = key_for(candidate, text, names, topic)
        if key is not None:
            typed[candidate.start] = key
            names.add(candidate.text, key)
    for candidate, kind in coordinated_types(candidates, typed, text):
        typed[candidate.start] = (names.canonical(candidate.text), kind)
        names.add(candidate.text, typed[candidate.start])
    _claim_quoted(text, candidates, typed, names, topic, out)
    links = find_alias_links(text, candidates, typed, names, first)

    titles: list[tuple[Found, str, int]] = []
    for candidate in candidates:
        key = typed.get(candidate.start)
        if key is None:
            continue
        found = Found(candidate.start, candidate.end, candidate.text, key)
        if out.add(found) and candidate.title in OFFICES and key[1] == "person":
            title_start = text.rfind(candidate.title, 0, candidate.start)
            if title_start >= 0:
                titles.append((found, candidate.title, title_start))
    for link in links:
        if any(f.start == link.start and f.key == link.key for f in out.founds):
            alias = text[link.start : link.end]
            out.stated.append(
                Stated(link.key, "alias_of", None, alias, link.stated_start, link.end)
            )

    persons = [f for f in sorted(out.founds, key=lambda f: f.start) if f.key[1] == "person"]
    ctx = Context(text, out.founds, names.topic, persons[-1].key if persons else last_person)
    out.stated += find_relations(ctx, titles)
    out.stated += award_relations(ctx, awards, subject_key, subject_found)
    out.stated += sector_relations(ctx, text, names.topic)
    return out


def read_document(doc: Document, sentences: Sequence[Sentence]) -> list[tuple[Sentence, _Sentence]]:
    """Every sentence of ``doc`` with the mentions and relations it yields."""
    lower_words = frozenset(_LOWER_WORD.findall(doc.text))
    first = next((s for s in sentences if not in_see_also(s.section)), None)
    topic = find_topic(doc.title, first.text if first else "")
    names = Register(topic)
    results: list[tuple[Sentence, _Sentence]] = []
    for reading in (1, 2):
        last_person: Key | None = None
        results = []
        for sentence in sentences:
            read = _read_sentence(
                sentence, names, topic, lower_words, last_person, sentence is first
            )
            persons = [
                f for f in sorted(read.founds, key=lambda f: f.start) if f.key[1] == "person"
            ]
            if persons:
                last_person = persons[-1].key
            results.append((sentence, read))
        del reading
    return results
