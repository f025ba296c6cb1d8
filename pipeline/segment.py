"""Segment stage: a document's text → sections, paragraphs and sentences with offsets.

Heading lines (``== Section ==``; the rules are in :mod:`pipeline.article`) set the
section path; every other non-blank line is a paragraph; list items (``- ``, ``* ``,
``# ``, ``• ``) are paragraphs of their own with the marker left out of the sentence. Paragraphs are split into
sentences by :func:`split_sentences`, a rule-based splitter that keeps abbreviations
(``U.S.``, ``Dr.``, ``No. 20``), initials (``Wayne C. Booth``), decimals and quotations
together. Every sentence is an exact slice of ``Document.text``.
"""

from __future__ import annotations

import re
from collections import Counter

from pipeline.article import LIST_MARKER, heading, lines
from pipeline.ids import sentence_id
from pipeline.model import Document, Sentence

# Words that end with a period without ending the sentence.
_ABBREVIATION_WORDS = """
    mr mrs ms dr prof st jr sr mt ft no nos vs etc e.g i.e cf al approx ca c fl gen col lt
    capt sgt maj adm cmdr cdr brig rev hon gov sen rep pres supt insp det cpl pvt inc ltd co
    corp bros dept univ assn est vol vols pp p ed eds fig figs op nr sq jan feb mar apr jun
    jul aug sep sept oct nov dec u.s u.k u.n u.s.a a.d b.c a.m p.m ph.d m.d b.a m.a d.c
"""
_ABBREVIATIONS = frozenset(_ABBREVIATION_WORDS.split())
# Also currency abbreviations written before the amount: "Rs. 500", "Tk. 20".
_ABBREVIATIONS_BEFORE_NUMBER = frozenset(
    {"no", "nos", "p", "pp", "vol", "fig", "figs", "op", "rs", "tk"}
)

# A period/?/! (with closing quotes or brackets) followed by white space: a candidate end.
# It starts only at the first mark of a run and never backtracks (possessive quantifiers),
# so a long run of periods is scanned in linear time.
# Citation markers after the mark belong to the sentence they close: "….[1] Next", "….[3][4]".
_CANDIDATE_END = re.compile(r"(?<![.!?…])[.!?…]++['\"”’)\]]*+(?:\[[\w .,:;–-]{1,20}\])*+(?=\s)")
_CITATION_END = re.compile(r"\[[\w .,:;–-]{1,20}\]$")
_WORD_BEFORE = re.compile(r"([\w.]+)\.?$")
_NEXT_START = re.compile(r"\s+(?P<first>\S)")


def _word_before(text: str, end: int) -> str:
    """The run of word characters and periods that ends at ``text[end]`` (minus one final
    period), as ``_WORD_BEFORE.search(text, 0, end)`` finds it, at the cost of the run's
    length: the searched window grows until the run starts inside it.
    """
    window = 64
    while True:
        pos = max(0, end - window)
        match = _WORD_BEFORE.search(text, pos, end)
        if match is None:
            return ""
        if pos == 0 or match.start() > pos:
            return match.group(1)
        window *= 4


_OPENERS = frozenset(
    [
        "The",
        "This",
        "These",
        "Those",
        "It",
        "Its",
        "In",
        "On",
        "At",
        "However",
        "He",
        "She",
        "They",
        "We",
        "There",
        "Their",
        "His",
        "Her",
    ]
)


def _word_after(text: str, at: int) -> str:
    """The rest of the word whose first letter is at ``text[at]``."""
    m = re.match(r"[A-Za-z]*", text[at + 1 : at + 12])
    return m.group() if m else ""


def _is_sentence_end(text: str, end: int) -> bool:
    """Is the candidate end at ``text[:end]`` a real sentence boundary?"""
    nxt = _NEXT_START.match(text, end)
    if nxt is None:
        return False
    first = nxt.group("first")
    if first.islower():
        return False
    while (citation := _CITATION_END.search(text, max(0, end - 22), end)) is not None:
        end = citation.start()
    mark = text[end - 1]
    while mark in "'\"”’)]" and end > 1:
        end -= 1
        mark = text[end - 1]
    if mark != ".":
        return True
    word = _word_before(text, end - 1).lower()
    if len(word) == 1 and word.isalpha() and text[end - 2].isupper():
        # an initial ("Wayne C. Booth", "A. funifera"), unless a word that opens sentences
        # and is no name follows: "… at Singapore Science Park I. The new building has …"
        return nxt.group("first") + _word_after(text, nxt.start("first")) in _OPENERS
    if re.fullmatch(r"(?:[a-z]\.)+[a-z]", word):
        return False  # "U.S.", "W.N.", "A.H." are followed by more of the sentence
    if word in _ABBREVIATIONS_BEFORE_NUMBER and first.isdigit():
        return False
    return word not in _ABBREVIATIONS


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Split one paragraph into sentence spans (half-open, trimmed of white space)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _CANDIDATE_END.finditer(text):
        end = match.end()
        if _is_sentence_end(text, end):
            spans.append((start, end))
            start = end
    spans.append((start, len(text)))
    trimmed = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            trimmed.append((a, b))
    return trimmed


def segment_document(doc: Document) -> list[Sentence]:
    """Split a document into sentences, each with its section path and paragraph index."""
    sentences: list[Sentence] = []
    seen: Counter[str] = Counter()  # occurrences of each sentence text, for the ids
    path: list[tuple[int, str]] = []  # (level, heading title) of the open headings
    paragraph = 0
    for line_start, line in lines(doc.text):
        if not line.strip():
            continue
        found = heading(line)
        if found is not None:
            path = [(lvl, title) for lvl, title in path if lvl < found.level]
            path.append(found)
            continue
        marker = LIST_MARKER.match(line)
        offset = line_start + (marker.end() if marker else 0)
        body = doc.text[offset : line_start + len(line)]
        section_titles = [title for lvl, title in path if lvl > 1]
        section = " > ".join(section_titles) if section_titles else None
        for a, b in split_sentences(body):
            text = body[a:b]
            seen[text] += 1
            sentences.append(
                Sentence(
                    sentence_id=sentence_id(doc.doc_id, text, seen[text]),
                    doc_id=doc.doc_id,
                    section=section,
                    paragraph_index=paragraph,
                    char_start=offset + a,
                    char_end=offset + b,
                    text=text,
                )
            )
        paragraph += 1
    return sentences
