"""Tally: the counts of a score, its misses and disagreements, and their summary in the
reference scorer's layout (the numbers of its summary lines and JSON)."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, Literal

MissKind = Literal["NOT FOUND", "MISS", "EXTRA", "MISS DATE", "EXTRA DATE"]


@dataclass(frozen=True)
class Miss:
    """One miss or extra; ``category`` groups it in the breakdown (the gold unit of a missed
    quantity, the method of an extra fact or event, the precision of a missed date)."""

    kind: MissKind
    doc: str
    detail: str
    category: str

    @property
    def line(self) -> str:
        return f"{self.kind} {self.doc}: {self.detail}"


@dataclass(frozen=True)
class Disagreement:
    """A matched quantity whose qualifier, period, attribute or subject is wrong; ``detail``
    says what we gave and what the gold wants."""

    kind: Literal["qualifier", "period", "attribute", "subject"]
    doc: str
    quote: str
    category: str  # "approximate → exact"; else "missing", "spurious" or "different"
    detail: str = ""

    @property
    def line(self) -> str:
        return f"{self.kind} {self.doc}: {self.quote!r}: {self.detail}"


def _ratio(ok: int, n: int) -> float | None:
    return round(ok / n, 3) if n else None


def _prf(tp: int, fp: int, fn: int) -> dict[str, int | float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "precision": round(precision, 3),
        "recall": round(recall, 3),
        "f1": round(f1, 3),
    }


@dataclass
class Tally:
    """Counts of one score; tallies add up (the total of several gold files is their sum)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    qualifier_ok: int = 0
    qualifier_n: int = 0
    period_ok: int = 0
    period_n: int = 0
    attribute_ok: int = 0
    attribute_n: int = 0
    subject_ok: int = 0
    subject_n: int = 0
    date_tp: int = 0
    date_fp: int = 0
    date_fn: int = 0
    sentences_not_found: int = 0
    misses: list[Miss] = field(default_factory=list)
    disagreements: list[Disagreement] = field(default_factory=list)

    def __add__(self, other: Tally) -> Tally:
        total = Tally()
        for f in fields(Tally):
            setattr(total, f.name, getattr(self, f.name) + getattr(other, f.name))
        return total

    def summary(self) -> dict[str, Any]:
        """The numbers, in the reference scorer's layout (rounded to three places)."""
        return {
            "quantities": _prf(self.tp, self.fp, self.fn),
            "qualifier_accuracy": _ratio(self.qualifier_ok, self.qualifier_n),
            "period_accuracy": _ratio(self.period_ok, self.period_n),
            "attribute_accuracy": _ratio(self.attribute_ok, self.attribute_n),
            "subject_accuracy": _ratio(self.subject_ok, self.subject_n),
            "dates": _prf(self.date_tp, self.date_fp, self.date_fn),
            "sentences_not_found": self.sentences_not_found,
        }


@dataclass(frozen=True)
class Evaluation:
    """The tally of each gold file, in the order given, and their total."""

    files: list[tuple[str, Tally]]

    @property
    def total(self) -> Tally:
        return sum((tally for _, tally in self.files), Tally())

    def summaries(self) -> dict[str, dict[str, Any]]:
        """Summary by gold file name, then ``total`` (the reference scorer's JSON)."""
        result = {name: tally.summary() for name, tally in self.files}
        result["total"] = self.total.summary()
        return result
