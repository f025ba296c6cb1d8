"""The quantity extractor's working record: a number of a sentence with what is attached to
it (unit, currency, range end), and what the filters need to know of its sentence."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from fractions import Fraction

from pipeline.extract.numbers import Number


@dataclass(frozen=True)
class SentenceContext:
    """What the filters need to know of the sentence and its article."""

    start_at: int  # where the sentence's first word starts
    ancient: bool  # the article dates things AD/BC, so bare "in 64" is a year
    doc_yen: str  # what "¥" means in this article
    # what a lone "P" glued to an amount means here: PHP in a Philippine article ("P273
    # million"), BWP in one on Botswana ("P286.4 million"); None: no currency
    doc_p_sign: str | None = None
    metric: bool = False  # the article measures in metric units only: "tons" are tonnes
    # the code of each currency name shared by countries, by the article's nations
    doc_currencies: Mapping[str, str] = field(default_factory=dict)


@dataclass
class Candidate:
    """A number of a sentence with what is attached to it (unit, currency, range end)."""

    start: int  # quote span within the sentence
    end: int
    num: Number
    value: Fraction  # exact; published as the nearest float
    unit: str = "count"
    kind: str = "count"  # count | money | measure | percent
    value_max: Fraction | None = None
    qualifier: str = "exact"
    method: str = "quantity.count"
    hyphen: bool = False  # "18-hole", "30-year": the number is glued to the next word
    word_unit: str = ""  # the unit as written, when written as a word ("Years")
    conversion_of: Candidate | None = None
    drop: bool = False
    minus: int = 0  # width of a minus sign or word right before the number ("−", "minus ")
