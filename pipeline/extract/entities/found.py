"""The working records of the entity pass: a typed name found in a sentence, and a
relation stated in it (both in sentence offsets until the document assembles them)."""

from __future__ import annotations

from dataclasses import dataclass

# An entity of a document: its canonical name and type.
Key = tuple[str, str]


@dataclass(frozen=True, slots=True)
class Found:
    """A mention: ``quote`` at ``start:end`` of the sentence names entity ``key``."""

    start: int
    end: int
    quote: str
    key: Key


@dataclass(frozen=True, slots=True)
class Stated:
    """A relation the sentence states at ``start:end`` (sentence offsets)."""

    subject: Key
    predicate: str
    object: Key | None
    value: str | None
    start: int
    end: int
