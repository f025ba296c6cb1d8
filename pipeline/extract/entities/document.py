"""One document's entities, mentions and relations.

The document is read twice. The first reading collects every name with its type and
every alias in the register (so a name typed or defined late, ``IoT`` spelled out three
sentences on, is known everywhere); the second reading reads again only the sentences
whose names the register now resolves otherwise (usually few), and the sentences after a
re-read one until the last-named person is the same again. Per sentence, spans are claimed in this
order and never overlap: See-also items, award phrases, sector lists, quoted names,
then the capitalised candidates (aliases among them).

A candidate is an entity when the register knows it (a name, alias or a person's
surname used elsewhere in the document), when it is the article's topic or its short
name, or when :func:`~pipeline.extract.entities.classify.classify` types it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from pipeline.extract.calendar import MONTHS
from pipeline.extract.deictic import dateline_names
from pipeline.extract.entities.alias_links import find_alias_links
from pipeline.extract.entities.awards import (
    AWARD_LIKE,
    DESIGNATION_WORDS,
    GIVING_VERBS,
    AwardSpan,
    find_awards,
)
from pipeline.extract.entities.classify import head_type, placed_by_region
from pipeline.extract.entities.context import Context, sentence_words
from pipeline.extract.entities.found import Found, Key, Stated
from pipeline.extract.entities.names import UPPER, Candidate, find_candidates
from pipeline.extract.entities.nicknames import nicknamed_people
from pipeline.extract.entities.people import given_names, looks_like_person
from pipeline.extract.entities.phrase_relations import (
    award_relations,
    granting_body_start,
    sector_relations,
)
from pipeline.extract.entities.register import (
    Register,
    coordinated_types,
    distributed_heads,
    key_for,
    split_possessives,
)
from pipeline.extract.entities.relations import find_relations
from pipeline.extract.entities.roles import PRONOUN_ROLE_CUE, PRONOUN_WORDS
from pipeline.extract.entities.sectors import FOCUS_WORDS, SectorItem, find_sectors
from pipeline.extract.entities.see_also import in_see_also, see_also_item
from pipeline.extract.entities.title_lists import TITLE_LIST_WORDS, find_title_lists
from pipeline.extract.entities.titles import OFFICES
from pipeline.extract.entities.topic import Topic, find_topic
from pipeline.extract.words import STOP_WORDS
from pipeline.model import Document, Sentence

_LOWER_WORD: Final = re.compile(r"(?<![\w'’\-])[a-z][a-z\-]*")
_QUOTED: Final = re.compile(
    r"[\"“]\s?(?P<name>(?:[A-Z]|\d+[a-z]\w*)[^\"“”]{0,60}?)\s?[\"”]"
)  # ``"Sensing China"``, ``"10x10"``, ``" On Broadway "``
_YEAR_AFTER: Final = re.compile(r"\s*\(\d{4}\)")
_CAPITAL: Final = re.compile(f"[{UPPER}]")
_EDGE_PUNCTUATION: Final = " \"'“”‘’()[],.;:!?"
_PUNCTUATION: Final = str.maketrans(dict.fromkeys(',.;:!?()[]"“”', " "))
_WORK_CUE: Final = re.compile(
    r"\b(?:song|single|track|album|film|episode|book|novel|play|poem|series|record|chapter)s?\b",
    re.IGNORECASE,
)
_PROGRAM_CUE: Final = re.compile(
    r"\b(?:initiative|program|programme|plan|campaign|strategy|project|scheme|policy)s?\b",
    re.IGNORECASE,
)


class _Sentence:
    """What one sentence yields: mentions (sentence offsets) and stated relations."""

    def __init__(self) -> None:
        self.founds: list[Found] = []
        self.stated: list[Stated] = []
        self.resolved: list[tuple[str, Key | None]] = []  # each candidate and its entity

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


@dataclass(frozen=True)
class _Parsed:
    """What a sentence holds whatever the register knows, read once per document."""

    candidates: list[Candidate]
    awards: list[AwardSpan]
    sectors: list[tuple[int, list[SectorItem]]]
    pronoun_role: bool  # ``he became archbishop``: a position of the last-named person
    title_lists: list[tuple[str, list[tuple[int, int]]]]  # ``the films A, B and C``
    words: frozenset[str]  # its words without punctuation, for the readers' cues


def _join_topic(text: str, candidates: list[Candidate], topic: Topic) -> list[Candidate]:
    """The topic's name written in full where it holds more than a name run can
    (``Technion – Israel Institute of Technology``): one candidate, not two."""
    name = topic.name
    if not name or name not in text or len(candidates) < 2:
        return candidates
    out = candidates
    for match in re.finditer(re.escape(name), text):
        start, end = match.span()
        inside = [c for c in out if start <= c.start and c.end <= end]
        if len(inside) < 2:
            continue
        joined = Candidate(start, end, name, inside[0].title, inside[0].sentence_start)
        out = sorted([c for c in out if c not in inside] + [joined], key=lambda c: c.start)
    return out


def _may_name(text: str, lower_words: frozenset[str]) -> bool:
    """Can the sentence hold a name? Not when no capital stands past its first letter
    and its first word is one the document writes in lower case (the prefilter that
    spares most sentences the candidate search)."""
    if _CAPITAL.search(text, 1) is not None:
        return True
    first = text.split(maxsplit=1)[0].strip(_EDGE_PUNCTUATION) if text.strip() else ""
    lowered = first.lower()
    return bool(first) and not (lowered in lower_words or lowered in STOP_WORDS)


def _parse(text: str, lower_words: frozenset[str], topic: Topic) -> _Parsed:
    words = sentence_words(text)
    return _Parsed(
        _join_topic(
            text,
            find_candidates(
                text, lower_words, (topic.name, topic.artist) if topic.artist else topic.name
            ),
            topic,
        )
        if _may_name(text, lower_words)
        else [],
        find_awards(text) if not DESIGNATION_WORDS.isdisjoint(words) else [],
        find_sectors(text, topic.type) if not FOCUS_WORDS.isdisjoint(words) else [],
        not PRONOUN_WORDS.isdisjoint(words) and PRONOUN_ROLE_CUE.search(text) is not None,
        find_title_lists(text) if not TITLE_LIST_WORDS.isdisjoint(words) else [],
        words,
    )


def _recipient(text: str, award: AwardSpan, names: Register, out: _Sentence) -> AwardSpan:
    """``The win earned Lesnar Beatdown of the Year honors``: a known person or
    organisation opening the phrase after a giving verb receives the award."""
    if not GIVING_VERBS.match(text, award.trigger_start):
        return award
    if len(text[award.trigger_start : award.start].split()) > 1:
        return award  # ``won his first WWE Championship``: a determiner, no recipient
    words = text[award.start : award.end].split()
    for n in range(min(3, len(words) - 1), 0, -1):
        form = " ".join(words[:n])
        known = names.get(form) or (names.surnames.get(form) if n == 1 else None)
        if known is None or known[1] not in ("person", "organization"):
            continue
        end = award.start + len(form)
        out.add(Found(award.start, end, form, known))
        start = end + len(text[end:]) - len(text[end:].lstrip())
        name = " ".join(text[start : award.end].split())
        return AwardSpan(start, award.end, name, award.trigger_start, award.by, (award.start, end))
    return award


def _claim_phrases(text: str, parsed: _Parsed, names: Register, out: _Sentence) -> list[AwardSpan]:
    """Award phrases and sector lists: their words are not names of their own. Returns
    the award phrases claimed."""
    claimed = []
    for award in parsed.awards:
        award = _recipient(text, award, names, out)
        phrase = text[award.start : award.end]
        known = names.get(phrase) or (
            names.get(phrase.split()[0]) if AWARD_LIKE.search(phrase) is None else None
        )  # (a known first word opens a title too: ``the NL MVP``, ``the WWE Champion``)
        if known is not None and known[1] != "award":
            continue  # ``named ASML as its official name``
        key = (award.name, "award")
        names.add(award.name, key)
        out.add(Found(award.start, award.end, phrase, key))
        out.resolved.append((phrase, key))
        claimed.append(award)
    for _, items in parsed.sectors:
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
    return claimed


def _quoted_work_names(text: str, names: Register, topic: Topic) -> frozenset[str]:
    """The quoted names of a sentence about a work in an article about a work that the
    register does not know yet (they are titles, whatever their head words say)."""
    if topic.type != "work" or ('"' not in text and "“" not in text) or not _WORK_CUE.search(text):
        return frozenset()
    return frozenset(
        quote
        for match in _QUOTED.finditer(text)
        if names.get(quote := match.group("name").rstrip(".,;: ")) is None
        and quote not in given_names()
        and not AWARD_LIKE.search(quote)  # ``nomination for "Latin Pop Album of the Year"``
    )


def _claim_quoted(
    text: str,
    candidates: list[Candidate],
    typed: dict[int, Key],
    names: Register,
    topic: Topic,
    out: _Sentence,
    works: frozenset[str],
) -> None:
    """A quoted name: a program when the sentence speaks of one, a work in an article
    about a work (``"Sensing China" center … initiative``, a song title, also when its
    words would name a place: ``"Quiet Sea"``)."""
    if '"' not in text and "“" not in text:
        return
    for match in _QUOTED.finditer(text):
        quote = match.group("name").rstrip(".,;: ")
        start = match.start("name")
        known = names.get(quote)
        if quote in works and (known is None or known[1] != "work"):
            known = (names.canonical(quote), "work")
        kind = known[1] if known else None
        if kind is None and _PROGRAM_CUE.search(text):
            kind = "program"
        elif (
            kind is None
            and topic.type == "work"
            and _WORK_CUE.search(text)
            and quote not in given_names()
        ):
            kind = "work"  # not a role: ``as "Craig" in the episode …``
        if kind is None:
            continue
        key = known or (quote, kind)
        names.add(quote, key)
        if out.add(Found(start, start + len(quote), quote, key)):
            for candidate in candidates:
                if start <= candidate.start < start + len(quote):
                    typed.pop(candidate.start, None)


def _claim_dateline(text: str, names: Register, out: _Sentence) -> int:
    """``CAIRO, March 4, 2025 (Reuters) - …``: the dateline's place and news agency (a
    capitalised place is named as the article writes it elsewhere: ``Cairo``); where the
    dateline ends (0 without one): its other words (the date) name nothing."""
    place, agency, end = dateline_names(text)
    for span, kind in ((place, "place"), (agency, "organization")):
        if span is None:
            continue
        quote = text[span[0] : span[1]]
        if kind == "place" and not quote.isupper():
            continue  # ``Rosario, Argentina, Nov 13``: the candidates read it, with its chain
        name = quote.title() if quote.isupper() and len(quote) > 2 else quote
        key = names.get(quote) or names.get(name) or (names.canonical(name), kind)
        if key[1] != kind:
            continue
        names.add(quote, key)
        out.add(Found(span[0], span[1], quote, key))
    return end


def _read_sentence(
    sentence: Sentence,
    parsed: _Parsed,
    names: Register,
    topic: Topic,
    last_person: Key | None,
    first: bool,
) -> _Sentence:
    """The mentions of a sentence and the relations it states, registering its names."""
    if in_see_also(sentence.section):
        return _see_also(sentence, names)
    text = sentence.text
    out = _Sentence()
    if not (parsed.candidates or parsed.awards or parsed.sectors or parsed.pronoun_role):
        return out  # no name, no phrase: nothing to read
    awards = _claim_phrases(text, parsed, names, out)
    head = _claim_dateline(text, names, out) if text[:1].isupper() and "," in text[:60] else 0
    candidates = split_possessives(parsed.candidates, text, names, topic)
    if head:  # the dateline's date names nothing (``Nov 13``, ``July 22``)
        candidates = [
            c
            for c in candidates
            if c.start >= head or not any(t[:3].lower() in MONTHS for t in c.tokens)
        ]
    typed: dict[int, Key] = {}
    lone_heads = [c for c in candidates if c.head_only]
    if lone_heads:  # a head word alone is a name only as a known person's surname
        out.resolved += [(c.text, None) for c in lone_heads]
        candidates = [
            c for c in candidates if not c.head_only or key_for(c, text, names, topic) is not None
        ]
    quoted = _quoted_work_names(text, names, topic)
    listed = [
        (kind, start, end)
        for kind, items in parsed.title_lists
        for start, end in items
        if names.get(text[start:end]) in (None, (names.canonical(text[start:end]), kind))
    ]  # read before this sentence's names are typed: a title's words may name a place
    for candidate in candidates:
        key = key_for(candidate, text, names, topic)
        if key is None and topic.type == "work" and _YEAR_AFTER.match(text, candidate.end):
            key = (names.canonical(candidate.text), "work")  # ``In Quién Dijo Ayer (2007),``
        if key is not None:
            typed[candidate.start] = key
            if not (key[1] == "place" and placed_by_region(candidate, text)):
                names.add(candidate.text, key)  # ``Petoskey, Michigan``: no Ted Petoskey
    for kind, start, end in listed:
        key = (names.canonical(text[start:end]), kind)
        names.add(text[start:end], key)
        if out.add(Found(start, end, text[start:end], key)):
            for candidate in candidates:
                if start <= candidate.start < end:
                    typed.pop(candidate.start, None)
    bodies = {granting_body_start(text, award) for award in awards}
    for candidate in candidates:  # ``Beatdown of the Year honors … from Sherdog``
        if (
            candidate.start in bodies
            and candidate.start not in typed
            and not looks_like_person(candidate.tokens)
        ):
            typed[candidate.start] = (names.canonical(candidate.text), "organization")
            names.add(candidate.text, typed[candidate.start])
    for candidate, kind in coordinated_types(candidates, typed, text):
        typed[candidate.start] = (names.canonical(candidate.text), kind)
        names.add(candidate.text, typed[candidate.start])
    distributed_heads(candidates, typed, text, names)
    _claim_quoted(text, candidates, typed, names, topic, out, quoted)
    links = find_alias_links(text, candidates, typed, names, first)
    out.resolved += [(c.text, typed.get(c.start)) for c in candidates]

    linked = {(link.start, link.end): link.key for link in links}
    for (start, end), key in linked.items():  # aliases in other scripts are no candidates
        if not any(c.start == start and c.end == end for c in candidates):
            out.add(Found(start, end, text[start:end], key))
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

    subject_key, subject_found = (
        Context(text, [], names.topic, last_person).subject() if parsed.awards else (None, None)
    )
    persons = [f for f in sorted(out.founds, key=lambda f: f.start) if f.key[1] == "person"]
    ctx = Context(
        text, out.founds, names.topic, persons[-1].key if persons else last_person, parsed.words
    )
    out.stated += find_relations(ctx, titles)
    out.stated += award_relations(ctx, awards, subject_key, subject_found)
    out.stated += sector_relations(ctx, parsed.sectors, names.topic)
    return out


def read_document(doc: Document, sentences: Sequence[Sentence]) -> list[tuple[Sentence, _Sentence]]:
    """Every sentence of ``doc`` with the mentions and relations it yields."""
    lower_words = frozenset(_LOWER_WORD.findall(doc.text))
    first = next((s for s in sentences if not in_see_also(s.section)), None)
    topic = find_topic(doc.title, first.text if first else "")
    names = Register(topic, lower_words)
    artist = topic.artist
    if artist is not None and artist in doc.text:  # ``Kiss You (One Direction song)``
        tokens = artist.split()
        names.add(artist, (artist, "person" if looks_like_person(tokens) else "organization"))
    if '"' in doc.text or "“" in doc.text:
        for name, nickname in nicknamed_people(doc.text):  # ``"Quick Nell" Varga``
            key = (name, "person")
            names.add(name, key)
            names.add(nickname, key)
            if " " in nickname:
                names.surnames.setdefault(nickname.split()[-1], key)  # ``Nell``
    parsed = [_parse(s.text, lower_words, topic) for s in sentences]
    reads: list[_Sentence] = []
    last_person: Key | None = None
    for sentence, parse in zip(sentences, parsed, strict=True):
        reads.append(_read_sentence(sentence, parse, names, topic, last_person, sentence is first))
        last_person = _last_person(reads[-1], last_person)
    last_person = None
    changed = False
    for i, (sentence, parse) in enumerate(zip(sentences, parsed, strict=True)):
        if changed or _stale(reads[i], names):
            before = _last_person(reads[i], last_person)
            reads[i] = _read_sentence(sentence, parse, names, topic, last_person, sentence is first)
            changed = _last_person(reads[i], last_person) != before
        last_person = _last_person(reads[i], last_person)
    return list(zip(sentences, reads, strict=True))


def _last_person(read: _Sentence, previous: Key | None) -> Key | None:
    persons = [f for f in read.founds if f.key[1] == "person"]
    return max(persons, key=lambda f: f.start).key if persons else previous


def _stale(read: _Sentence, names: Register) -> bool:
    """Would the register, complete now, resolve a name of this sentence otherwise?"""
    for form, key in read.resolved:
        now = names.get(form)
        if key is None and now is None:
            now = names.surnames.get(form.rsplit(maxsplit=1)[-1])  # also ``Suetonius Paulinus``
        if now != key and not (key is not None and now is None):
            return True
    return False
