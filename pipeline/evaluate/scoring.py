"""Scoring: find each gold sentence in the published documents and match its quantities
and dates to the facts and events that overlap it (the rules are listed in
:mod:`pipeline.evaluate`)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Literal, TypeVar

from pipeline.evaluate.gold import GoldDate, GoldQuantity, GoldSentence, read_gold
from pipeline.evaluate.tables import Published, PublishedEvent, PublishedFact, load_published
from pipeline.evaluate.tally import Disagreement, Evaluation, Miss, Tally
from pipeline.evaluate.units import same_quantity

QUALIFIER_CLASSES = {
    "exact": "exact",
    "approximate": "approx",
    "more_than": "lower",
    "at_least": "lower",
    "less_than": "upper",
    "at_most": "upper",
    "range": "range",
}

_Span = TypeVar("_Span", PublishedFact, PublishedEvent)


def locate_sentence(text: str, sentence: str, start: int = 0) -> int:
    """Offset of ``sentence`` in ``text`` from ``start``, white space may differ; else -1."""
    found = text.find(sentence, start)
    if found >= 0:
        return found
    pattern = re.compile(r"\s+".join(re.escape(part) for part in sentence.split()))
    match = pattern.search(text, start)
    return match.start() if match else -1


def locate_quote(text: str, quote: str, start: int, end: int) -> int:
    """First occurrence of ``quote`` in ``text[start:end]`` that does not sit inside a longer
    number or word ("18" not inside "1820s"); else its first occurrence; else -1."""
    first = -1
    found = text.find(quote, start, end)
    while found >= 0:
        before = text[found - 1] if found > 0 else " "
        stop = found + len(quote)
        after = text[stop] if stop < len(text) else " "
        if first < 0:
            first = found
        glued_before = quote[:1].isalnum() and before.isalnum()
        glued_after = quote[-1:].isdigit() and after.isdigit()
        if not glued_before and not glued_after:
            return found
        found = text.find(quote, found + 1, end)
    return first


def _gold_spans(
    quantities: Iterable[GoldQuantity], text: str, start: int, end: int
) -> list[tuple[GoldQuantity, tuple[int, int]]]:
    """Each gold quantity with its span, placed in order in ``text[start:end]`` (the whole
    sentence when its quote is not there)."""
    spans = []
    position = start
    for quantity in quantities:
        found = locate_quote(text, quantity.quote, position, end)
        if found < 0:
            found = locate_quote(text, quantity.quote, start, end)
        if found < 0:
            spans.append((quantity, (start, end)))
        else:
            spans.append((quantity, (found, found + len(quantity.quote))))
            position = found + 1
    return spans


def _overlapping(items: Iterable[_Span], start: int, end: int) -> list[_Span]:
    return [item for item in items if item.char_start < end and item.char_end > start]


def _same_date(event: PublishedEvent, gold: GoldDate) -> bool:
    got = event.date or ""
    if got == gold.date:
        return True
    return gold.optional and bool(got) and (got.startswith(gold.date) or gold.date.startswith(got))


def _date_precision(date: str) -> str:
    parts = date.lstrip("-").split("-")
    if len(parts) == 1:
        return "year" if len(parts[0]) == 4 else "decade or century"
    return "month" if len(parts) == 2 else "day"


def _period_error(gold: str | None, ours: str | None) -> str:
    if ours is None:
        return "missing"
    return "spurious" if gold is None else "different"


class _Scorer:
    """Scores the sentences of one gold file; a fact or event is used at most once."""

    def __init__(self, published: Published, tally: Tally) -> None:
        self.published = published
        self.tally = tally
        self.used_facts: set[int] = set()
        self.used_events: set[int] = set()
        self.cursor: dict[str, int] = defaultdict(int)

    def sentence(self, gold: GoldSentence) -> None:
        doc_names = self.published.doc_names
        doc_id = doc_names.get(gold.doc) or doc_names.get(gold.doc.rsplit(".", 1)[0])
        text = self.published.texts.get(doc_id) if doc_id else None
        if not doc_id or not text:
            self._not_found(gold)
            return
        start = locate_sentence(text, gold.sentence, self.cursor[doc_id])
        if start < 0:
            start = locate_sentence(text, gold.sentence)
        if start < 0:
            self._not_found(gold)
            return
        self.cursor[doc_id] = start + 1
        end = start + len(gold.sentence)
        facts = _overlapping(self.published.facts.get(doc_id, []), start, end)
        self._quantities(gold, text, start, end, facts)
        self._dates(gold, _overlapping(self.published.events.get(doc_id, []), start, end))

    def _not_found(self, gold: GoldSentence) -> None:
        self.tally.sentences_not_found += 1
        self.tally.fn += sum(not q.optional for q in gold.quantities)
        self.tally.date_fn += sum(not d.optional for d in gold.dates)
        self.tally.misses.append(Miss("NOT FOUND", gold.doc, gold.sentence[:80], gold.doc))

    def _quantities(
        self, gold: GoldSentence, text: str, start: int, end: int, facts: list[PublishedFact]
    ) -> None:
        for quantity, (a, b) in _gold_spans(gold.quantities, text, start, end):
            match = next(
                (
                    f
                    for f in _overlapping(facts, a, b)
                    if id(f) not in self.used_facts
                    and same_quantity(f.value, f.unit, quantity.value, quantity.unit)
                ),
                None,
            )
            if match is None:
                if not quantity.optional:
                    self.tally.fn += 1
                    detail = f"{quantity.quote!r} = {quantity.value} {quantity.unit}"
                    self.tally.misses.append(Miss("MISS", gold.doc, detail, quantity.unit))
                continue
            self.used_facts.add(id(match))
            if not quantity.optional:
                self.tally.tp += 1
                self._compare(gold.doc, quantity, match)
        for fact in facts:
            if id(fact) not in self.used_facts:
                self.used_facts.add(id(fact))
                self.tally.fp += 1
                detail = f"{fact.quote!r} = {fact.value} {fact.unit}"
                method = fact.method or "(no method)"
                self.tally.misses.append(Miss("EXTRA", gold.doc, detail, method))

    def _compare(self, doc: str, gold: GoldQuantity, fact: PublishedFact) -> None:
        """Qualifier, period, attribute and subject of a matched quantity."""
        tally = self.tally
        wanted = {QUALIFIER_CLASSES.get(q, q) for q in gold.qualifiers}
        ours = fact.qualifier or "exact"
        tally.qualifier_n += 1
        if QUALIFIER_CLASSES.get(ours, "?") in wanted:
            tally.qualifier_ok += 1
        else:
            category = f"{'|'.join(gold.qualifiers)} → {ours}"
            tally.disagreements.append(Disagreement("qualifier", doc, gold.quote, category))
        if gold.period or fact.period:
            tally.period_n += 1
            if gold.period is not None and gold.period == fact.period:
                tally.period_ok += 1
            else:
                category = _period_error(gold.period, fact.period)
                detail = f"ours {fact.period}, gold {gold.period}"
                tally.disagreements.append(
                    Disagreement("period", doc, gold.quote, category, detail)
                )
        if gold.attribute_any:
            tally.attribute_n += 1
            attribute = (fact.attribute or "").lower()
            # keys as written, as the reference scorer does (gold writes them in lower case)
            if any(k in attribute for k in gold.attribute_any):
                tally.attribute_ok += 1
            else:
                self._keyword_miss("attribute", doc, gold.quote, fact.attribute, gold.attribute_any)
        if gold.subject_any:
            tally.subject_n += 1
            subject = (fact.subject or "").lower()
            if any(k.lower() in subject for k in gold.subject_any):
                tally.subject_ok += 1
            else:
                self._keyword_miss("subject", doc, gold.quote, fact.subject, gold.subject_any)

    def _keyword_miss(
        self,
        kind: Literal["attribute", "subject"],
        doc: str,
        quote: str,
        ours: str | None,
        keys: Sequence[str],
    ) -> None:
        category = "missing" if not ours else "different"
        detail = f"ours {ours!r}, gold any of {list(keys)}"
        self.tally.disagreements.append(Disagreement(kind, doc, quote, category, detail))

    def _dates(self, gold: GoldSentence, events: list[PublishedEvent]) -> None:
        for date in gold.dates:
            match = next(
                (e for e in events if id(e) not in self.used_events and _same_date(e, date)), None
            )
            if match is None:
                if not date.optional:
                    self.tally.date_fn += 1
                    detail = f"{date.quote!r} = {date.date}"
                    category = _date_precision(date.date)
                    self.tally.misses.append(Miss("MISS DATE", gold.doc, detail, category))
                continue
            self.used_events.add(id(match))
            if not date.optional:
                self.tally.date_tp += 1
        for event in events:
            if id(event) not in self.used_events:
                self.used_events.add(id(event))
                self.tally.date_fp += 1
                detail = f"{event.quote!r} = {event.date}"
                method = event.method or "(no method)"
                self.tally.misses.append(Miss("EXTRA DATE", gold.doc, detail, method))


def score_gold(gold: Sequence[GoldSentence], published: Published) -> Tally:
    """Score the published tables against the sentences of one gold file."""
    tally = Tally()
    scorer = _Scorer(published, tally)
    for sentence in gold:
        scorer.sentence(sentence)
    return tally


def evaluate_output(output: Path, gold_paths: Sequence[Path]) -> Evaluation:
    """Score the tables published under ``output`` against each gold file.

    Raises :class:`~pipeline.evaluate.tables.OutputError` when there is nothing to score
    and :class:`~pipeline.evaluate.gold.GoldError` when a gold file is malformed.
    """
    published = load_published(output)
    golds = [(path.name, read_gold(path)) for path in gold_paths]
    return Evaluation([(name, score_gold(gold, published)) for name, gold in golds])
