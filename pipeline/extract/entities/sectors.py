"""Sectors: the fields a subject works in, read from a list after a focus phrase
(``focuses on three critical sectors: A, B (comprising x and y), and C``, ``sectors such
as …``, ``specializes in …``, ``dedicated to …``). A bracket after an item lists its
sub-areas (``photonics (comprising optoelectronic chips and silicon photonics)``);
``e.g.`` brackets give examples, not sub-areas.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final

from pipeline.extract.words import STOP_WORDS, words

FOCUS_RE: Final = re.compile(
    r"\b(?:focus(?:es|ed|ing)?\s+on|specializ(?:es|ed|ing)\s+in|specialis(?:es|ed|ing)\s+in|"
    r"dedicated\s+(?:solely\s+|mainly\s+|primarily\s+)?to|(?:offers?|offering)\s+(?:\w+\s+)?degrees\s+in|"
    r"(?:sectors|fields|industries|areas|disciplines)\s+(?:such\s+as|including|like)|"
    r"(?:sectors|fields|industries|areas)\s*:|"
    r"(?:sectors|industries)\s+(?:includes?|included|including|cover(?:s|ed)?)\s+(?:the\s+)?|"
    r"(?:sectors|industries)\s+(?:are|were|remain(?:ed)?)\s+(?!(?:expected|likely|set|being|"
    r"not|also|still|now|all|both|the|a|an|very|more|less|most|among|in|on|at|to)\b|\w+(?:ed|ing)\b))"
    r"\s*"
    r"(?:(?:the\s+)?(?:\w+\s+){0,2}?(?:sectors|fields|industries|areas)\s*(?::|such\s+as|including|like)\s*)?"
)
# The words a sentence must hold for a focus phrase.
FOCUS_WORDS: Final = words(
    """focus focuses focused focusing specializes specialized specializing specialises
    specialised specialising dedicated sectors fields industries areas disciplines
    degrees"""
)
# What has fields of work: a film's or a battle's focus is its theme, not a sector; a
# person's only when the text says it is a field (``specializes in``, ``fields such as``).
FOCUSED: Final = frozenset({"organization", "facility", "program", "place"})
_PERSON_CUE: Final = re.compile(r"speciali|field|area|discipline|industr|sector")
# Words no field's name holds: a clause or a pronoun (``one located in Colón``).
_CLAUSE: Final = (STOP_WORDS - {"of", "and", "&"}) | words(
    """one ones other others another located situated segregated based designated known
    called named used such even"""
)
# Items that are no field: activities and vague words.
_NOT_SECTOR: Final = words(
    """development manufacturing production research provision services service other
    different various several many different activities work business businesses companies
    firms support related similar"""
)
_GENERIC_TAIL: Final = words(
    "innovations innovation sector sectors industry industries field fields"
)
_ITEM_END: Final = re.compile(
    r"[.;:!?]|\[\w{1,3}\]|\s(?:which|that|to|with|where|while|as|by|in\s+(?:the|a|an))\b"
)
_SUB_INTRO: Final = re.compile(
    r"^(?:comprising|including|such\s+as|covering|notably|especially)\s+"
)


@dataclass
class SectorItem:
    start: int
    end: int
    sub: list[tuple[int, int]] = field(default_factory=list)


# ``the textile and garment industry``: one industry named by two words.
_JOINT: Final = re.compile(r"^\s*(?:the\s+)?[\w\-]+\s+and\s+[\w\-]+\s+(?:industry|sector)\s*$")


def _split_items(text: str, start: int, end: int) -> list[tuple[int, int, tuple[int, int] | None]]:
    """Items of a list ``text[start:end]``: (start, end, bracket span or None)."""
    items: list[tuple[int, int, tuple[int, int] | None]] = []
    pos = start
    item_start = start
    bracket: tuple[int, int] | None = None
    while pos <= end:
        ch = text[pos] if pos < end else ","
        if ch == "(":
            close = text.find(")", pos)
            if close < 0 or close > end:
                close = end
            bracket = (pos + 1, close)
            items.append((item_start, pos, bracket))
            pos = close + 1
            item_start = pos
            bracket = None
            continue
        if ch == ",":
            items.append((item_start, pos, None))
            item_start = pos + 1
        pos += 1
    out = []
    for s, e, b in items:
        piece = text[s:e]
        parts = [piece] if _JOINT.match(piece) else re.split(r"\s+and\s+|\s+or\s+|\s*&\s*", piece)
        for part in parts:
            if not part.strip():
                continue
            offset = text.find(part, s, e)
            out.append((offset, offset + len(part), b))
            b = None if b and part is not piece else b
    # a bracket belongs to the item just before it
    merged: list[tuple[int, int, tuple[int, int] | None]] = []
    for s, e, b in out:
        if merged and b is not None and text[s:e].strip() == "":
            ps, pe, _ = merged[-1]
            merged[-1] = (ps, pe, b)
        else:
            merged.append((s, e, b))
    return merged


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    piece = text[start:end]
    lead = re.match(
        r"^\s*(?:and\s+|or\s+)?(?:the\s+)?(?:(?:manufactur(?:e|ing)|production|making|"
        r"processing|development)\s+of\s+(?:the\s+)?)?",
        piece,
    )
    if re.match(r"^\s*(?:and\s+|or\s+)?an?\s", piece):
        return None  # ``industries such as a Malaysia LNG plant``: an instance, no field
    s = start + (lead.end() if lead else 0)
    e = start + len(piece.rstrip())
    words_ = text[s:e].split()
    while (
        words_ and words_[-1].lower() in _GENERIC_TAIL and len(words_) > 1 and "and" not in words_
    ):
        e = s + len(" ".join(words_[:-1]))
        words_ = words_[:-1]
    if not words_ or len(words_) > 4 or any(w.lower() in _CLAUSE for w in words_):
        return None
    if any(w.lower() in _NOT_SECTOR for w in words_) or (
        " of " in f" {text[s:e]} " and not text[s:e][:1].isupper()
    ):
        return None
    if any(ch.isdigit() for ch in text[s:e]):
        return None
    return s, e


_PARTICIPLE: Final = re.compile(
    r"^(?:focused|focusing|specialized|specialised|specializing|specialising|dedicated)\b"
)
_VERBS: Final = words(
    "is was are were has have had been being which that who also mainly primarily solely each"
)


def _modifies_noun(text: str, match: re.Match[str]) -> bool:
    """``enterprises focused on …``: a participle after a common noun describes that
    noun, not the sentence's subject."""
    if not _PARTICIPLE.match(match.group()):
        return False
    before = text[max(0, match.start() - 40) : match.start()].split()
    if not before:
        return False
    word = before[-1].strip(",")
    if _PREDICATE.search(text, max(0, match.start() - 80), match.start()):
        return False  # ``the park is a … project focusing on``: the noun is the subject
    return word.islower() and word not in _VERBS and not before[-1].endswith(",")


# ``is a government-supported project `` right before a participle: the noun it follows
# names the sentence's subject.
_PREDICATE: Final = re.compile(r"\b(?:is|was|are|were)\s+(?:an?|the)\s+(?:[\w\-]+\s+){1,3}$")


def _list_end(text: str, start: int) -> int:
    """Where the list that starts at ``start`` ends: the first clause boundary outside
    brackets (``e.g.`` inside a bracket does not end it)."""
    depth = 0
    pos = start
    while pos < len(text):
        ch = text[pos]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            stop = _ITEM_END.match(text, pos)
            if stop is not None and (
                ch != "."
                or not text[pos - 1 : pos].isalpha()
                or pos + 1 >= len(text)
                or text[pos + 1] in " ["
            ):
                return pos
        pos += 1
    return len(text)


def find_sectors(text: str, topic_type: str | None = None) -> list[tuple[int, list[SectorItem]]]:
    """Each focus phrase of a sentence (its start) with the sector items after it, in an
    article whose topic (of type ``topic_type``) can have fields of work."""
    out: list[tuple[int, list[SectorItem]]] = []
    if topic_type not in FOCUSED and topic_type != "person":
        return out
    matches = list(FOCUS_RE.finditer(text))
    for i, match in enumerate(matches):
        if _modifies_noun(text, match):
            continue
        if topic_type == "person" and not _PERSON_CUE.search(match.group()):
            continue
        end = _list_end(text, match.end())
        if i + 1 < len(matches):  # ``science and engineering, and related fields such as``
            end = min(end, matches[i + 1].start())
        items = []
        for s, e, bracket in _split_items(text, match.end(), end):
            span = _trim(text, s, e)
            if span is None:
                continue
            item = SectorItem(*span)
            if bracket is not None:
                inner = text[bracket[0] : bracket[1]]
                intro = _SUB_INTRO.match(inner)
                if not re.match(r"^\s*(?:e\.g\.|i\.e\.|see)", inner):
                    base = bracket[0] + (intro.end() if intro else 0)
                    for ss, se, _ in _split_items(text, base, bracket[1]):
                        sub = _trim(text, ss, se)
                        if sub is not None:
                            item.sub.append(sub)
            items.append(item)
        if items:
            out.append((match.start(), items))
    return out
