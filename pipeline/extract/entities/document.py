"""One document's entities, mentions and relations.

The document is read twice. The first reading collects every name with its type and
every alias (so a name typed or defined late, ``IoT`` spelled out three sentences on,
is known everywhere); the second reading resolves each sentence's names against that
register and reads the relations. Per sentence, spans are taken in this order and never
overlap: award phrases, sector lists, See-also items, aliases, quoted names, then the
capitalised candidates.

A candidate is an entity when the register knows it (a name, alias or a person's
surname used elsewhere in the document), when it is the article's topic or its short
name, or when :func:`~pipeline.extract.entities.classify.classify` types it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from pipeline.extract.entities.aliases import (
    ALIAS_PHRASE,
    bracket_alias,
    initials_match,
    is_acronym,
    tail_for_acronym,
)
from pipeline.extract.entities.awards import find_awards
from pipeline.extract.entities.classify import classify, head_type
from pipeline.extract.entities.found import Found, Key, Stated
from pipeline.extract.entities.ids import normalise_name
from pipeline.extract.entities.names import Candidate, find_candidates
from pipeline.extract.entities.relations import Context, find_relations
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
_ALIAS_AFTER: Final = re.compile(r"(?:\s*\([^()]*\))?\s*[,(]\s*(?:" + ALIAS_PHRASE.pattern + r")")
_TOPIC_ALIAS: Final = re.compile(
    r"(?:^(?:The\s+[a-z]+|It)\s*,\s*|\bit(?:['’]s|\s+is|\s+was)\s+)(?:also\s+)?"
    r"(?:originally\s+|formerly\s+|commonly\s+)?(?:named|called|known\s+as)\s+(?:the\s+)?"
)
_LIST_NEXT: Final = re.compile(r"(?:\s*\([^()]*\))?\s*,\s*(?:or\s+)?|(?:\s*\([^()]*\))?\s+or\s+")
_LIST_END: Final = re.compile(r"(?:\s*\([^()]*\))?(?:\s+(?:is|was|are|were)\b|\s*,\s+[a-z])")


class Register:
    """The names of one document: every written form → its entity."""

    def __init__(self, topic: Topic) -> None:
        self.topic: Key | None = (topic.name, topic.type) if topic.type else None
        self.forms: dict[str, Key] = {}
        self.pending: dict[str, str] = {}  # acronym → the name it stands for, type unknown yet
        self.surnames: dict[str, Key] = {}
        if self.topic is not None:
            self.add(topic.name, self.topic)
            for short in topic.short_names:
                self.forms.setdefault(normalise_name(short), self.topic)

    def get(self, form: str) -> Key | None:
        norm = normalise_name(form)
        if norm in self.pending:
            key = self.forms.get(normalise_name(self.pending[norm]))
            if key is not None:
                return key
        return self.forms.get(norm)

    def add(self, form: str, key: Key) -> None:
        self.forms[normalise_name(form)] = key
        if key[1] == "person":
            tokens = key[0].split()
            if len(tokens) > 1 and tokens[-1][:1].isupper() and not tokens[-1].endswith("."):
                self.surnames.setdefault(tokens[-1], key)

    def canonical(self, form: str) -> str:
        return self.pending.get(normalise_name(form), form)


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


def _key_for(candidate: Candidate, text: str, names: Register, topic: Topic) -> Key | None:
    known = names.get(candidate.text)
    if known is not None:
        return known
    if len(candidate.tokens) == 1 and candidate.text in names.surnames:
        return names.surnames[candidate.text]
    kind = classify(candidate, text)
    is_topic = candidate.text == topic.name or candidate.text in topic.short_names
    if is_topic and names.topic is not None and kind in (None, names.topic[1]):
        return names.topic
    if kind is not None:
        return (names.canonical(candidate.text), kind)
    return None


_LIST_SEPARATOR: Final = re.compile(r"^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$")


def coordinated_types(
    candidates: Sequence[Candidate], typed: dict[int, Key], text: str
) -> list[tuple[Candidate, str]]:
    """Untyped names coordinated with persons or places take their type
    (``Bulan, Rempang and Galang``; ``N. R. Narayana Murthy, Nandan Nilekani, …``)."""
    out = []
    runs: list[list[Candidate]] = [[]]
    for candidate in candidates:
        run = runs[-1]
        if run and _LIST_SEPARATOR.match(text[run[-1].end : candidate.start]):
            run.append(candidate)
        else:
            runs.append([candidate])
    for run in runs:
        kinds = {typed[c.start][1] for c in run if c.start in typed}
        if len(run) < 3 or len(kinds) != 1:
            continue
        kind = kinds.pop()
        if kind == "person":
            out += [(c, kind) for c in run if c.start not in typed and len(c.tokens) > 1]
        elif kind == "place":
            out += [(c, kind) for c in run if c.start not in typed]
    return out


def _split_possessives(
    candidates: list[Candidate], text: str, names: Register, topic: Topic
) -> list[Candidate]:
    """``DSOA's Headquarters`` names nothing known: its owner ``DSOA`` may."""
    out = []
    for candidate in candidates:
        match = re.match(r"^(.+?)['’]s\s", candidate.text)
        if match and _key_for(candidate, text, names, topic) is None:
            owner = match.group(1)
            out.append(Candidate(candidate.start, candidate.start + len(owner), owner, candidate.title, candidate.sentence_start))
        else:
            out.append(candidate)
    return out


def _read_sentence(
    sentence: Sentence,
    names: Register,
    topic: Topic,
    lower_words: frozenset[str],
    last_person: Key | None,
    first: bool,
) -> _Sentence:
    text = sentence.text
    out = _Sentence()
    if in_see_also(sentence.section):
        span = see_also_item(text)
        if span is not None and names.topic is not None:
            quote = text[span[0] : span[1]]
            key = names.get(quote) or (quote, head_type(quote.split()) or names.topic[1])
            names.add(quote, key)
            out.add(Found(span[0], span[1], quote, key))
            out.stated.append(Stated(names.topic, "see_also", key, None, *span))
        return out

    candidates = _split_possessives(find_candidates(text, lower_words, topic.name), text, names, topic)
    by_start = {c.start: c for c in candidates}

    # award phrases and sector lists first: their words are not names of their own
    subject_key, subject_found = Context(text, [], names.topic, last_person).subject()
    awards = find_awards(text)
    for award in awards:
        phrase = text[award.start : award.end]
        known = names.get(phrase) or names.get(phrase.split()[0])
        if known is not None and known[1] != "award":
            continue
        key = (award.name, "award")
        names.add(award.name, key)
        out.add(Found(award.start, award.end, phrase, key))
    for _, items in find_sectors(text):
        for item in items:
            quote = text[item.start : item.end]
            key = names.get(quote) if names.get(quote) and names.get(quote)[1] == "sector" else None  # type: ignore[index]
            key = key or (names.canonical(quote), "sector")
            names.add(quote, key)
            out.add(Found(item.start, item.end, quote, key))
            for sub_start, sub_end in item.sub:
                sub_quote = text[sub_start:sub_end]
                sub_key = (names.canonical(sub_quote), "sector")
                names.add(sub_quote, sub_key)
                out.add(Found(sub_start, sub_end, sub_quote, sub_key))

    # candidates typed by the register or by their words and context
    typed: dict[int, Key] = {}
    for candidate in candidates:
        key = _key_for(candidate, text, names, topic)
        if key is not None:
            typed[candidate.start] = key
            names.add(candidate.text, key)
    for candidate, kind in coordinated_types(candidates, typed, text):
        key = (names.canonical(candidate.text), kind)
        typed[candidate.start] = key
        names.add(candidate.text, key)
    for match in _QUOTED.finditer(text):
        quote = match.group("name").rstrip(".,;: ")
        start = match.start("name")
        known = names.get(quote)
        kind = known[1] if known else None
        if kind is None and _PROGRAM_CUE.search(text):
            kind = "program"
        elif kind is None and topic.type == "work":
            kind = "work"
        if kind is not None:
            key = known or (quote, kind)
            names.add(quote, key)
            if out.add(Found(start, start + len(quote), quote, key)):
                for c in candidates:
                    if start <= c.start < start + len(quote):
                        typed.pop(c.start, None)

    # aliases: brackets and phrases after a name, lists opening the first sentence
    aliases: list[tuple[Key, int, int, int]] = []  # entity, statement start, alias start, end

    def alias(key: Key, start: int, alias_start: int, alias_end: int) -> None:
        form = text[alias_start:alias_end]
        names.add(form, key)
        typed[alias_start] = key
        aliases.append((key, start, alias_start, alias_end))

    for candidate in candidates:
        key = typed.get(candidate.start)
        if key is None:
            continue
        span = bracket_alias(text, candidate.end)
        if span is not None:
            form = text[span[0] : span[1]]
            if is_acronym(form) and not initials_match(form, candidate.text):
                tail = tail_for_acronym(form, candidate.text)
                if tail is not None:
                    names.pending[normalise_name(form)] = tail
                    tail_key = names.get(tail)
                    if tail_key is not None:
                        names.add(form, tail_key)
                        typed[span[0]] = tail_key
                        tail_start = candidate.start + candidate.text.rfind(tail)
                        aliases.append((tail_key, tail_start, span[0], span[1]))
                    continue
            if span[0] in by_start or is_acronym(form):
                alias(key, candidate.start, *span)
        phrase = _ALIAS_AFTER.match(text, candidate.end)
        if phrase is not None and phrase.end() in by_start and not text[: candidate.start].endswith("of "):
            other = by_start[phrase.end()]
            alias(key, candidate.start, other.start, other.end)
    for candidate in candidates:  # ``Lubuk Baja (formerly known as Nagoya)``: neither is known
        phrase = _ALIAS_AFTER.match(text, candidate.end)
        if typed.get(candidate.start) is None and phrase is not None and phrase.end() in by_start:
            typed.pop(phrase.end(), None)
    opening = ALIAS_PHRASE.match(text)
    if opening is not None and opening.end() in by_start:
        other = by_start[opening.end()]
        after = re.match(r"(?:\s*\([^()]*\))?\s*,\s*(?:the\s+)?", text[other.end :])
        target = by_start.get(other.end + after.end()) if after else None
        if target is not None and typed.get(target.start) is not None:
            alias(typed[target.start], other.start, other.start, other.end)
    topic_alias = _TOPIC_ALIAS.search(text)
    if topic_alias is not None and names.topic is not None and topic_alias.end() in by_start:
        other = by_start[topic_alias.end()]
        alias(names.topic, topic_alias.start(), other.start, other.end)
    if first and candidates and names.topic is not None and typed.get(candidates[0].start) == names.topic:
        current = candidates[0]
        while True:
            step = _LIST_NEXT.match(text, current.end)
            nxt = by_start.get(step.end()) if step else None
            if nxt is None:
                break
            if not _LIST_END.match(text, nxt.end) and not _LIST_NEXT.match(text, nxt.end):
                break
            alias(names.topic, candidates[0].start, nxt.start, nxt.end)
            current = nxt

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
    for key, start, alias_start, alias_end in aliases:
        if not any(f.start == alias_start and f.key == key for f in out.founds):
            continue
        out.stated.append(Stated(key, "alias_of", None, text[alias_start:alias_end], start, alias_end))

    persons = [f for f in sorted(out.founds, key=lambda f: f.start) if f.key[1] == "person"]
    ctx = Context(text, out.founds, names.topic, persons[-1].key if persons else last_person)
    out.stated += find_relations(ctx, titles)
    out.stated += _award_relations(ctx, awards, subject_key, subject_found)
    out.stated += _sector_relations(ctx, text, names)
    return out


def _award_relations(ctx: Context, awards: list, subject_key: Key | None, subject_found: Found | None) -> list[Stated]:  # type: ignore[type-arg]
    out = []
    for award in awards:
        award_found = next((f for f in ctx.founds if f.start == award.start and f.key[1] == "award"), None)
        if award_found is None:
            continue
        owner = re.search(r"['’]s\s+$", ctx.text[: award.trigger_start])
        found = ctx.before(owner.start()) if owner else None
        key = found.key if found else None
        if key is None:
            key, found = subject_key, subject_found
        if key is None:
            found = ctx.before(award.trigger_start)
            key = found.key if found else None
        if key is not None and key[1] not in ("award", "sector"):
            out.append(Stated(key, "awarded", award_found.key, None, *_span(found, award_found, award.trigger_start)))
        body = None
        if award.by is not None:
            body = ctx.at(award.by[0])
        else:
            by = re.match(r"\s+by\s+", ctx.text[award.end :])
            if by is not None:
                body = ctx.at(award.end + by.end())
        if body is not None and body.key[1] in ("organization", "person"):
            out.append(Stated(award_found.key, "recognized_by", body.key, None, *_span(body, award_found, award.trigger_start)))
    return out


def _span(a: Found | None, b: Found, trigger: int) -> tuple[int, int]:
    starts = [b.start, trigger] + ([a.start] if a else [])
    ends = [b.end] + ([a.end] if a else [])
    return min(starts), max(ends)


def _sector_relations(ctx: Context, text: str, names: Register) -> list[Stated]:
    out = []
    for start, items in find_sectors(text):
        keyed = []
        for item in items:
            found = next((f for f in ctx.founds if f.start == item.start and f.key[1] == "sector"), None)
            if found is not None:
                keyed.append((found, item))
        if not keyed:
            continue
        subject_found = ctx.before(start)
        key = subject_found.key if subject_found and subject_found.key[1] not in ("sector", "award", "place") else None
        if key is None:
            key, subject_found = ctx.subject()
        if key is None and names.topic is not None and subject_found is None and ctx.before(start) is None:
            key = names.topic
        if key is None:
            continue
        for found, item in keyed:
            begin = subject_found.start if subject_found else start
            out.append(Stated(key, "focuses_on", found.key, None, min(begin, start), found.end))
            for sub_start, sub_end in item.sub:
                sub = next((f for f in ctx.founds if f.start == sub_start), None)
                if sub is not None:
                    out.append(Stated(sub.key, "part_of", found.key, None, found.start, sub.end))
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
            read = _read_sentence(sentence, names, topic, lower_words, last_person, sentence is first)
            persons = [f for f in sorted(read.founds, key=lambda f: f.start) if f.key[1] == "person"]
            if persons:
                last_person = persons[-1].key
            results.append((sentence, read))
        del reading
    return results
