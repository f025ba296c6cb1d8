"""The quantity extractor's working record: a number of a sentence with what is attached to
it (unit, currency, range end), and what the filters need to know of its sentence."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.extract.numbers import Number


@dataclass(frozen=True)
class SentenceContext:
    """What the filters need to know of the sentence and its article."""

    start_at: int  # where the sentence's first word starts
    ancient: bool  # the article dates things AD/BC, so bare "in 64" is a year
    doc_yen: str  # what "¥" means in this article
    doc_peso: bool = False  # the article is Philippine: "P273 million" is pesos


@dataclass
class Candidate:
    """A number of a sentence with what is attached to it (unit, currency, range end)."""

    start: int  # quote span within the sentence
    end: int
    num: Number
    value: float
    unit: str = "count"
    kind: str = "count"  # count | money | measure | percent
    value_max: float | None = None
    qualifier: str = "exact"
    method: str = "quantity.count"
    hyphen: bool = False  # "18-hole", "30-year": the number is glued to the next word
    word_unit: str = ""  # the unit as written, when written as a word ("Years")
    conversion_of: Candidate | None = None
    drop: bool = False
    minus: bool = False  # a minus sign stands right before the number
