"""The article's topic: its name (the title without a disambiguation in brackets), the
type that the title's head word or the first sentence's defining noun gives it
(``X is a science park in …`` → facility; ``X is a 1999 film`` → work), and the short
names that refer to it (the title's first word: ``Ideon`` for ``Ideon Science Park``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from pipeline.extract.entities.classify import head_type
from pipeline.extract.entities.gazetteer import DEMONYM, is_place
from pipeline.extract.entities.heads import FIRST_HEADS, HEADS, OF_HEADS
from pipeline.extract.topic import DISAMBIGUATOR
from pipeline.extract.words import words

# Nouns that define what an article is about, as its first sentence says.
DEFINING_NOUNS: Final[dict[str, str]] = {
    **dict.fromkeys(
        words(
            """city town village island municipality neighborhood neighbourhood district
            country state province region peninsula county suburb capital river lake
            mountain settlement area territory"""
        ),
        "place",
    ),
    **dict.fromkeys(
        words(
            """company corporation organization organisation society institute university
            association agency conglomerate firm manufacturer supplier squadron regiment
            band team club party ministry foundation institution council"""
        ),
        "organization",
    ),
    **dict.fromkeys(
        words(
            """park campus zone airport port seaport hub incubator route highway road
            railway station building ship warship ironclad frigate destroyer submarine
            cruiser battleship vessel bridge stadium complex estate cluster centre center
            oasis"""
        ),
        "facility",
    ),
    **dict.fromkeys(
        words(
            """film album song single novel novella book play opera series episode painting
            poem musical documentary"""
        ),
        "work",
    ),
    **dict.fromkeys(words("game videogame"), "product"),
    **dict.fromkeys(
        words(
            """battle war typhoon hurricane storm cyclone tournament election engagement
            siege conflict raid evacuation campaign offensive"""
        ),
        "event",
    ),
    **dict.fromkeys(words("operation initiative programme program project"), "program"),
    **dict.fromkeys(
        words(
            """singer songwriter singer-songwriter actor actress player pitcher coach wrestler
            politician bishop archbishop emperor king queen writer author poet composer
            painter scientist engineer businessman businesswoman footballer cricketer
            athlete boxer fighter soldier officer general admiral monk priest saint judge
            lawyer journalist musician rapper producer director cleric clergyman archdeacon
            nobleman noblewoman statesman stateswoman equestrian swimmer cyclist
            philosopher historian explorer inventor entrepreneur"""
        ),
        "person",
    ),
}
_FIRST_SENTENCE_VERB: Final = re.compile(
    r"\b(?:is|was|are|were)\b(?:\s+(?:both|now|also|currently|formerly))?\s+"
    r"(?P<article>(?:an?|the|one of the)\s+)?"
)
_NOUN: Final = re.compile(r"[\w\-]+")


@dataclass(frozen=True)
class Topic:
    name: str
    type: str | None
    short_names: frozenset[str]
    artist: str | None = None  # ``One Direction`` for ``Kiss You (One Direction song)``


def _title_name(title: str) -> tuple[str, str]:
    """The title without a bracketed disambiguation, and that disambiguation."""
    match = DISAMBIGUATOR.search(title)
    if match:
        return title[: match.start()].strip(), match.group(1)
    return title.strip(), ""


def _defined_type(first_sentence: str) -> str | None:
    """The type of the noun after ``is a``/``was an`` in the first sentence: the last noun
    of the lexicon before the phrase ends (a preposition, a relative, a participle), so
    that adjectives, years and nouns used as adjectives are skipped (``an English film,
    television and theatre actor`` is an actor)."""
    match = _FIRST_SENTENCE_VERB.search(first_sentence)
    if match is None:
        return None
    kind = None
    window = 12 if match.group("article") else 2  # ``was Roman Emperor from 54``
    for i, word in enumerate(_NOUN.findall(first_sentence[match.end() : match.end() + 160])):
        lowered = word.lower()
        if kind is not None and (lowered in _PHRASE_END or lowered.endswith("ed")):
            break
        kind = DEFINING_NOUNS.get(lowered, kind)
        if i >= window:
            break
    return kind


# Heads that name a place as often as a site (``Kendall Square`` is a neighbourhood,
# ``Ülemiste City`` a business park): the first sentence's definition decides.
_PLACE_OR_SITE_HEADS: Final = words("City Square Centre Center")


def _head_or_defined(name: str, first_sentence: str) -> str | None:
    """The type the title's head word gives, else the first sentence's definition; the
    definition wins over a head that may be a place or a site when it says which."""
    tokens = name.split()
    kind = head_type(tokens)
    if kind is None:
        return _defined_type(first_sentence)
    if tokens[-1] in _PLACE_OR_SITE_HEADS:
        defined = _defined_type(first_sentence)
        if defined in ("place", "facility"):
            return defined
    return kind


# Words that end the noun phrase of a definition.
_PHRASE_END: Final = words(
    """of in on at from for by with who that which whose where known based located situated
    founded established best most"""
)


# The last word of a title's disambiguation that makes the words before it the work's
# artist: ``Kiss You (One Direction song)``, ``Independiente (Ricardo Arjona album)``.
_BY_ARTIST: Final = words("song album single EP soundtrack")


def title_artist(title: str) -> str | None:
    """The artist a work's title names in its disambiguation, or None."""
    _, disambiguation = _title_name(title)
    words_ = disambiguation.split()
    if len(words_) < 2 or words_[-1] not in _BY_ARTIST:
        return None
    artist = words_[:-1]
    if not all(w[:1].isupper() or w in ("&", "and", "of", "the") for w in artist):
        return None  # ``(1999 film)``, ``(rapper song)``
    return " ".join(artist)


def find_topic(title: str, first_sentence: str) -> Topic:
    """The topic of an article with this title and first sentence."""
    name, disambiguation = _title_name(title)
    kind = None
    for word in reversed(disambiguation.split()):
        kind = DEFINING_NOUNS.get(word.lower())
        if kind:
            break
    kind = kind or _head_or_defined(name, first_sentence) if name else None
    short: set[str] = set()
    tokens = name.split()
    first = tokens[0] if tokens else ""
    if kind == "person" and len(tokens) > 1:
        # people are named by their surname, or by their given name before a particle
        short.add(tokens[0] if tokens[-2].islower() else tokens[-1])
    elif len(tokens) > 1 and first in FIRST_HEADS and "of" not in tokens:
        short.add(" ".join(tokens[1:]))  # ``Krosa`` for Typhoon Krosa, ``Warrior`` for HMS Warrior
    elif (
        len(tokens) > 1
        and kind != "work"
        and first not in OF_HEADS
        and first not in HEADS
        and first not in ("The", "A", "An")
        and not is_place(first)
        and not DEMONYM.search(first)
    ):  # ``Ideon`` for Ideon Science Park; not ``American`` for American Beauty
        short.add(first)
    if "of" in tokens and kind is not None and kind != "work":
        before_of = tokens[: tokens.index("of")]
        if (
            len(before_of) > 1
            and all(t[:1].isupper() for t in before_of)
            and head_type(before_of) == kind
        ):  # ``Centennial Campus`` for Centennial Campus of North Carolina State University
            short.add(" ".join(before_of))
    return Topic(name=name, type=kind, short_names=frozenset(short), artist=title_artist(title))
