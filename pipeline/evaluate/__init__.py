"""Evaluate stage: score published tables against gold annotations of sentences.

Gold files are JSON Lines in the format of ``shared/gold/GUIDELINES.md``: one annotated
sentence per line with its ``quantities`` and ``dates``. :func:`evaluate_output` reads the
``documents``, ``facts`` and ``events`` tables under an output folder, finds each gold
sentence in ``documents.text`` and compares the facts and events whose spans overlap it.

The rules are those of the project's reference scorer (``shared/eval/score.py``), which
this module re-implements so that users can score without the shared folder; both give
the same numbers (``tests/test_evaluate.py`` runs them side by side):

* Sentences are searched from just after the previous hit in the same document, then
  from the start; white space may differ. A sentence that cannot be found is ``NOT
  FOUND``: its non-optional items count as misses.
* Gold quantities are placed in the sentence in order (a quote inside a longer number or
  word is skipped) and matched, in order, to the first unused fact that overlaps the quote
  and states the same quantity: the same dimension and values within 0.2 % after
  conversion (:func:`same_quantity`). Facts left over in the sentence are extras.
* ``optional`` items use up a fact when they match but count neither way.
* Qualifiers compare by class (``more_than`` and ``at_least`` are both a lower bound);
  ``qualifier_any`` lists the acceptable ones. The period counts when either side gives
  one and is right only when both are equal. ``attribute_any`` / ``subject_any`` are
  substrings of which one must occur in the fact's attribute / subject.
* Gold dates match the first unused event in the sentence with the same ISO date; an
  optional date (a decade, a season) also matches a date that shares its prefix.

Modules: :mod:`~pipeline.evaluate.units` (unit keys, :func:`same_quantity`),
:mod:`~pipeline.evaluate.gold` (reading gold files), :mod:`~pipeline.evaluate.tables`
(reading the published tables), :mod:`~pipeline.evaluate.scoring` (the matching) and
:mod:`~pipeline.evaluate.tally` (the counts and their summary).
"""

from pipeline.evaluate.gold import (
    GoldDate,
    GoldError,
    GoldQuantity,
    GoldSentence,
    parse_gold_line,
    read_gold,
)
from pipeline.evaluate.scoring import (
    QUALIFIER_CLASSES,
    evaluate_output,
    locate_quote,
    locate_sentence,
    score_gold,
)
from pipeline.evaluate.tables import (
    OutputError,
    Published,
    PublishedEvent,
    PublishedFact,
    load_published,
    load_table,
)
from pipeline.evaluate.tally import Disagreement, Evaluation, Miss, MissKind, Tally
from pipeline.evaluate.units import UnitKey, same_quantity, unit_key

__all__ = [
    "QUALIFIER_CLASSES",
    "Disagreement",
    "Evaluation",
    "GoldDate",
    "GoldError",
    "GoldQuantity",
    "GoldSentence",
    "Miss",
    "MissKind",
    "OutputError",
    "Published",
    "PublishedEvent",
    "PublishedFact",
    "Tally",
    "UnitKey",
    "evaluate_output",
    "load_published",
    "load_table",
    "locate_quote",
    "locate_sentence",
    "parse_gold_line",
    "read_gold",
    "same_quantity",
    "score_gold",
    "unit_key",
]
