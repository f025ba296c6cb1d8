"""Names listed after a plural class noun: ``the films South Pacific, To Catch a Thief,
Jailhouse Rock and Beach Blanket Bingo`` (works), ``two ironclads, the Blanco Encalada
and the Almirante Cochrane`` (ships). The noun types every item; a title keeps its small
words (``To Catch a Thief``), which a run of capitalised words would split.
"""

from __future__ import annotations

import re
from typing import Final

from pipeline.extract.calendar import MONTHS
from pipeline.extract.entities.awards import AWARD_LIKE
from pipeline.extract.words import words

# Plural nouns that say what the names after them are.
CLASS_NOUNS: Final[dict[str, str]] = {
    **dict.fromkeys(
        words(
            """films movies songs singles albums novels books plays operas musicals paintings
            poems series episodes records"""
        ),
        "work",
    ),
    **dict.fromkeys(
        words(
            """ships ironclads frigates battleships cruisers destroyers submarines warships
            vessels gunboats corvettes carriers"""
        ),
        "facility",
    ),
}
# Singular ship nouns before a ship's name in apposition (``the first steel
# cruiser, Aurora Vale, was …``, ``the only armoured frigate, the Kestrel,``).
SHIP_NOUNS: Final = words(
    """ship ironclad frigate battleship cruiser destroyer submarine warship vessel gunboat
    corvette carrier steamer liner"""
)
TITLE_LIST_WORDS: Final = frozenset(CLASS_NOUNS) | SHIP_NOUNS
_SHIP_APPOSITION: Final = re.compile(
    r"\b(?:" + "|".join(sorted(SHIP_NOUNS, key=len, reverse=True)) + r"),\s+(?:the\s+)?(?=[A-Z])"
)
_LEAD: Final = re.compile(
    r"\b(?P<noun>" + "|".join(sorted(CLASS_NOUNS, key=len, reverse=True)) + r")"
    r"(?:\s*,(?=\s+the\s))?\s+(?:such\s+as\s+|including\s+|like\s+)?"
)
_WORD_BEFORE: Final = re.compile(r"(\S+)\s+$")
# Words before the noun that make it a verb (``Jane films Ricky``, ``he plays …``).
_SUBJECTS: Final = words("he she it they who which that")
# Words a title may hold in lower case (never at its end).
_SMALL: Final = words("a an the of in on to at for with from by nor vs. de la le el")
_TOKEN: Final = re.compile(r"[^\s,;:()\"“”]+")
_GAP: Final = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+")


def _title(text: str, pos: int, small: bool) -> tuple[int, int] | None:
    """The title starting at ``pos``: capitalised words and the small words between
    them (when ``small``: a work's, not a ship's), ended by punctuation or a lower-case
    word; None for an owner (``The Beach Boys' "Surfer Girl"``)."""
    end = None
    last = pos
    for match in _TOKEN.finditer(text, pos):
        if text[last : match.start()].strip():
            break  # punctuation between the words
        word = match.group()
        last = match.end()
        if word[:1].isupper() or (word[:1].isdigit() and end is not None):
            if word.endswith(("'s", "’s", "'", "’")):
                return None
            if word.lower() in MONTHS or word[:1].isdigit():
                break  # ``Casualty in 2010``, ``Survivors in November``: a date after it
            end = match.end()
            if word.endswith((".", "!", "?")):
                break
        elif (small and word.lower() in _SMALL and end is not None) or word in ("'t", "’t"):
            continue  # ``To Catch a Thief``, ``Boys Don 't Cry``
        else:
            break
    if end is None or _OWNER.match(text, end):
        return None
    while text[end - 1] in ".!?" and end - 1 > pos:
        end -= 1
    return pos, end


_OWNER: Final = re.compile(r"\s?['’](?:s\b|\s|$)")
_YEAR: Final = re.compile(r"\s*\(\d{4}\)")


def find_title_lists(text: str) -> list[tuple[str, list[tuple[int, int]]]]:
    """Each list of names after a class noun, with the type the noun gives them."""
    out = []
    for match in _LEAD.finditer(text):
        before = _WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
        word = before.group(1) if before else ""
        if word[:1].isupper() or word.lower() in _SUBJECTS or word[-1:] in ",;.":
            continue  # a verb after its subject (``Cooper plays Colonel Fitts``)
        kind = CLASS_NOUNS[match.group("noun")]
        items: list[tuple[int, int]] = []
        pos = match.end()
        while True:
            lead = re.match(r"the\s+", text[pos:])
            start = pos + (lead.end() if lead else 0)
            span = _title(text, start, kind == "work")
            if span is None or AWARD_LIKE.search(text, span[0], span[1]):
                break  # ``Latin Pop Album of the Year``: an award
            items.append(span)
            year = _YEAR.match(text, span[1])
            gap = _GAP.match(text, year.end() if year else span[1])
            if gap is None or text.startswith("as well", gap.end()):
                break
            pos = gap.end()
        if items:
            out.append((kind, items))
    for match in _SHIP_APPOSITION.finditer(text):
        span = _title(text, match.end(), False)
        if span is not None and text.startswith(",", span[1]):
            out.append(("facility", [span]))  # the apposition closes: one ship's name
    return out
