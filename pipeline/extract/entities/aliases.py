"""Aliases: the other names a sentence gives an entity.

* a bracket right after a name whose first item is a name or an acronym
  (``Ministry of Industry and Information Technology (MIIT)``, ``Nongsapura (Nongsa)``),
  unless it is labelled as another language or code (``German: …``, ``IATA: …``);
* a phrase after a name: ``also known as``, ``formerly (known as)``, ``commonly
  shortened to``, ``originally named``, ``now known as``, ``known as``, ``standing for``;
  before a name at the start of a sentence (``Formerly known as X, Y was …``), or after
  ``it``/a description of the topic (``The company, originally named X, …``);
* a list of names opening the first sentence: ``X, Y, or Z is …`` and ``X (…), or Y, Z``.
"""

from __future__ import annotations

import re
from typing import Final

# Phrases that introduce another name of what was just named.
ALIAS_PHRASE: Final = re.compile(
    r"(?:(?:also|commonly|formerly|originally|now|previously|locally|officially|popularly|"
    r"better|often|sometimes|simply)\s+)?"
    r"(?:known\s+as|shortened\s+to|abbreviated\s+(?:as|to)|renamed|standing\s+for|short\s+for|"
    r"(?<=also\s)called|(?<=commonly\s)called|(?<=originally\s)named|(?<=formerly\s)named)\s+(?:the\s+)?"
    r"|formerly\s+(?:the\s+)?(?=[A-Z])|also\s+(?=[A-Z])",
)
# A bracket's first item labelled as a language, a script or a code: not an alias.
FOREIGN_LABEL: Final = re.compile(
    r"^(?:[\w\s.\-]*(?:Chinese|German|French|Arabic|Portuguese|Spanish|Dutch|Korean|Japanese|"
    r"Malay|Indonesian|Swedish|Estonian|Hebrew|Latin|Greek|Russian|Italian|pinyin|Pe̍h-ōe-jī|"
    r"IATA|ICAO|lit|romanized|Hangul|Hanja))\b",
)
# Words that make a bracketed capitalised item something else than a name.
NOT_ALIAS_WORDS: Final = frozenset(
    {"e.g.", "i.e.", "see", "born", "died", "c.", "r.", "nee", "née"}
)


def bracket_alias(text: str, end: int) -> tuple[int, int] | None:
    """The span (sentence offsets) of the alias in a bracket that opens right after
    ``text[:end]``, or None."""
    match = re.compile(r"\s*\(").match(text, end)
    if match is None:
        return None
    inner_start = match.end()
    close = text.find(")", inner_start)
    if close < 0:
        return None
    inner = text[inner_start:close]
    first = re.split(r"[;,]", inner, maxsplit=1)[0]
    stripped = first.strip()
    if not stripped or not stripped[:1].isupper() or FOREIGN_LABEL.match(stripped):
        return None
    if ":" in stripped or any(w in NOT_ALIAS_WORDS for w in stripped.lower().split()):
        return None
    if any(ch.isdigit() for ch in stripped) and (not stripped.isupper() or len(stripped) > 8):
        return None  # a code or a catalogue number, not a name
    start = inner_start + first.index(stripped)
    return start, start + len(stripped)


def is_acronym(word: str) -> bool:
    """Mostly capitals, 2 to 8 characters (``MIIT``, ``IoT``, ``DSOA``, ``Dtec`` is not)."""
    letters = [c for c in word if c.isalpha()]
    if not 2 <= len(word) <= 8 or len(letters) < 2:
        return False
    upper = sum(c.isupper() for c in letters)
    return upper >= 2 and upper >= len(letters) - 1


def initials_match(acronym: str, name: str) -> bool:
    """Do the capitals of ``acronym`` spell the capitalised words of ``name``? ``MIIT`` ↔
    ``Ministry of Industry and Information Technology``, ``IoT`` ↔ ``Internet of Things``."""
    caps = "".join(c for c in acronym if c.isupper())
    initials = "".join(w[0] for w in re.findall(r"[\w\-]+", name) if w[:1].isupper())
    return bool(caps) and initials == caps


def tail_for_acronym(acronym: str, name: str) -> str | None:
    """The shortest tail of ``name`` whose capitalised words spell ``acronym``; None when
    none does (``IoT`` in ``… Zone for the Internet of Things`` → ``Internet of Things``)."""
    caps = "".join(c for c in acronym if c.isupper())
    tokens = name.split()
    for i in range(len(tokens) - 1, -1, -1):
        tail = " ".join(tokens[i:])
        initials = "".join(w[0] for w in tail.split() if w[:1].isupper())
        if initials == caps and tokens[i][:1].isupper():
            return tail
        if len(initials) > len(caps):
            break
    return None
