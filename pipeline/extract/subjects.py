"""Subject of a stated quantity: whose number it is.

Read from the words before the value in its sentence: the noun phrase that heads the value's
clause (``the park has …``), with a pronoun or a definite description of the article's topic
(``it``, ``the park``) resolved to the article title.
"""

from __future__ import annotations

import re
from typing import Final

from pipeline.extract.numbers import NUMBER_WORDS
from pipeline.extract.words import AUXILIARIES, DETERMINERS, PUNCT, STOP_WORDS, TOKEN_RE, words

# A definite description with one of these heads refers to the article's topic: "the park".
TOPIC_NOUNS: Final = words(
    """park city town village company firm film album song single ship vessel squadron route
    highway road river species genus game novel novella book band station airport building
    university school church episode series show storm typhoon hurricane cyclone battle
    operation party organisation organization club museum bridge dam lake island region
    district county province state country aircraft palm plant compound team area zone center
    centre facility project programme program site"""
)

_CLAUSE_START_RE = re.compile(r"[,;]\s+")


def _is_verbish(tok: str, np_len: int) -> bool:
    if tok.lower() in AUXILIARIES:
        return True
    return np_len >= 1 and tok.islower() and "-" not in tok and tok.endswith(("es", "ed", "s"))


def _np_then_verb(text: str, pos: int) -> str | None:
    """The noun phrase at ``pos`` when a verb follows ("the park has", "Zhongke … exemplifies")."""
    toks = TOKEN_RE.findall(text[pos : pos + 160])
    if toks and toks[0].lower() in ("and", "but", "then", "so"):
        toks = toks[1:]
    first = toks[0].lower() if toks else ""
    if first in STOP_WORDS and first not in DETERMINERS and first not in ("it", "he", "she"):
        return None  # "On 11 September 2001, …" is not a subject
    if not toks or not (
        first in DETERMINERS or toks[0][:1].isupper() or first in ("it", "he", "she")
    ):
        return None
    np: list[str] = []
    skip_to = -1
    for i, tok in enumerate(toks[:24]):
        if i < skip_to:
            continue
        low = tok.lower()
        if np and (_is_verbish(tok, len(np)) or low in ("that", "which", "who")):
            return " ".join(np)
        if (
            tok == "," and np and "," in toks[i + 1 : i + 12]
        ):  # "The tower, completed in 1931, stands"
            skip_to = toks.index(",", i + 1) + 1
            continue
        if len(np) >= 8:
            return None
        if tok in PUNCT or (np and low in STOP_WORDS and low not in DETERMINERS):
            if low == "of" and np[-1][:1].isupper():
                np.append(tok)
                continue
            return None
        np.append(tok)
    return None


def subject_for(text: str, pos: int, title: str) -> str | None:
    """What the value at ``pos`` is about: the subject of its clause, with ``it`` / ``the park``
    (a pronoun or a definite description of the article's topic) resolved to the title."""
    window = max(0, pos - 400)  # clause starts near the value, and the sentence start
    starts = [0, *[m.end() for m in _CLAUSE_START_RE.finditer(text, window, pos)][-8:]]
    for start in reversed(starts):
        np = _np_then_verb(text, start)
        if np is not None:
            if start <= pos < text.find(np.split()[-1], start) + len(np.split()[-1]):
                return title or None  # the value is part of the subject: "Three species are …"
            return _resolve(np, title)
    return None


def _resolve(np: str, title: str) -> str | None:
    words = np.split()
    low = [w.lower() for w in words]
    if low[0] in ("it", "he", "she"):
        return title or None
    described = low[0] in DETERMINERS and 1 < len(words) <= 3
    generic = low[-1] in TOPIC_NOUNS or low[-1] in title.lower().split()
    if described and generic and all(w.islower() for w in words[1:]):
        return title or None
    if low[0] in DETERMINERS:
        words = words[1:]
    if not words or words[0].lower() in NUMBER_WORDS or re.fullmatch(r"[\d,.]+", words[0]):
        return title or None  # "Three species are present …, two in Trinidad"
    return " ".join(words).strip(" \"'“”") or None
