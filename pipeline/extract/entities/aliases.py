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
import unicodedata
from typing import Final

# Phrases that introduce another name of what was just named.
ALIAS_PHRASE: Final = re.compile(
    r"(?:(?:also|commonly|formerly|originally|now|previously|locally|officially|popularly|"
    r"better|often|sometimes|simply)\s+)?"
    r"(?:known\s+as|shortened\s+to|abbreviated\s+(?:as|to)|renamed|standing\s+for|short\s+for|"
    r"(?<=also\s)called|(?<=commonly\s)called|(?<=originally\s)named|(?<=formerly\s)named)\s+(?:the\s+)?"
    r"|formerly\s+(?:the\s+)?(?=[A-Z])|also\s+(?=[A-Z])",
)
_BRACKET_OPEN: Final = re.compile(r"\s*\(")
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
    match = _BRACKET_OPEN.match(text, end)
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


# Labels before a name in another language or script (``Arabic: …``, ``pinyin: …``).
LANGUAGE_LABEL: Final = re.compile(
    r"^(?:[\w\s.\-]*(?:Chinese|German|French|Arabic|Portuguese|Spanish|Dutch|Korean|Japanese|"
    r"Malay|Indonesian|Swedish|Estonian|Hebrew|Latin|Greek|Russian|Italian|Irish|Welsh|Hindi|"
    r"Gujarati|Marathi|Tamil|Telugu|Bengali|Urdu|Persian|Turkish|Thai|Vietnamese|Finnish|"
    r"Norwegian|Danish|Polish|Czech|Hungarian|Romanian|Ukrainian|Serbian|Croatian|Amharic|"
    r"Tigrinya|Oromo|Somali|Swahili|Hausa|Yoruba|Igbo|Afrikaans|Zulu|Tagalog|Filipino|Burmese|"
    r"Khmer|Lao|Mongolian|Tibetan|Uyghur|Cantonese|Mandarin|Hokkien|Taiwanese|Catalan|Basque|"
    r"Galician|Sinhala|Nepali|Punjabi|Kazakh|Uzbek|Armenian|Georgian|Azerbaijani|Albanian|"
    r"Maltese|Icelandic|pinyin|Pinyin|Hepburn|Jyutping|Wade[–\-]Giles|romani[sz]ed|"
    r"Romani[sz]ation|Hangul|Hanja|kana|Kanji|MR|RR|Pe̍h-ōe-jī|Tâi-lô))\s*:\s*"
)
# Labels of what is no name (a code, a gloss, a pronunciation).
# A bracket of codes only (``(IATA: DOH, ICAO: OTHH)``): the names may follow in the next.
_CODES_ONLY: Final = re.compile(r"\s*(?:IATA|ICAO|FAA|UN/LOCODE)\b[^()]*\)")
_NOT_NAME_LABEL: Final = re.compile(
    r"^\s*(?:IATA|ICAO|FAA|UN/LOCODE|ISO|lit|literally|meaning|transl|pronounced|abbr)\b"
)


def _is_latin(ch: str) -> bool:
    code = ord(ch)
    return ch.isalpha() and (code < 0x250 or 0x1E00 <= code < 0x1F00)


def _runs(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """The runs of letters of one script in ``text[start:end]`` (start, end, is Latin),
    words of one script joined by blanks, dashes and middle dots."""
    runs: list[tuple[int, int, bool]] = []
    pos = start
    while pos < end:
        ch = text[pos]
        if not ch.isalpha():
            pos += 1
            continue
        latin = _is_latin(ch)
        run_end = pos
        scan = pos
        while scan < end:
            c = text[scan]
            if c.isalpha() and _is_latin(c) != latin:
                break
            if c.isalpha() or unicodedata.category(c) == "Mn" or c in "'’-":
                scan += 1
                run_end = scan
                continue
            if c in " \u00a0–—·・":
                scan += 1  # a joint: the run goes on if a letter of the script follows
                continue
            break
        runs.append((pos, run_end, latin))
        pos = max(scan, run_end, pos + 1)
    return runs


def foreign_names(text: str, end: int) -> list[tuple[int, int]]:
    """The names in other scripts, and their romanisations, in a bracket that opens right
    after ``text[:end]`` (``(関西文化学術研究都市, Kansai Bunka-gakujutsu-kenkyū-toshi)``,
    ``(Arabic: مدينة …)``, ``(Hebrew: … Ha-Tekhniyon)``); a first item in Latin script
    without a label is read by :func:`bracket_alias`."""
    match = _BRACKET_OPEN.match(text, end)
    if match is None:
        return []
    inner_start = match.end()
    close = text.find(")", inner_start)
    if close < 0:
        return []
    if _CODES_ONLY.match(text, inner_start):  # ``X (IATA: DOH, ICAO: OTHH) (Arabic: …)``
        return foreign_names(text, close + 1)
    spans: list[tuple[int, int]] = []
    foreign_seen = False
    pos = inner_start
    for segment in re.split(r"([;,])", text[inner_start:close]):
        seg_start, seg_end = pos, pos + len(segment)
        pos = seg_end
        if segment in (";", ",") or not segment.strip():
            continue
        body = segment.lstrip()
        if _NOT_NAME_LABEL.match(body) or body.startswith(("/", "[")):
            continue
        label = LANGUAGE_LABEL.match(body)
        if label is None and ":" in body:
            continue  # another label: ``formerly: …``
        if any(c.isdigit() for c in body):
            continue
        first = seg_start + len(segment) - len(body) + (label.end() if label else 0)
        for run_start, run_end, latin in _runs(text, first, seg_end):
            word = text[run_start:run_end]
            if not latin:
                spans.append((run_start, run_end))
                foreign_seen = True
            elif (label is not None or foreign_seen) and word[:1].isupper():
                spans.append((run_start, run_end))
    return spans


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
