"""Awards, titles and designations conferred on something: the phrase after a
designation word (``declared a pilot national regional brand``, ``recognized as Asia's
Best Incubator``, ``designation … as one of the Top 10 Sensor Industry Parks in China``,
``won the Academy Award for Best Picture``), with the granting body after ``by``.

The phrase runs to the first ``by``/``and``/``for``/comma/clause end; leading
determiners, possessive places (``China's sole``) and evaluative adjectives
(``a premier``) are not part of the name. A lower-case phrase counts only after a
designation verb with an indefinite article (``declared a …``) and never after ``one of``
(``one of Wuxi's industrial parks`` is a class, not a title).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from pipeline.extract.entities.aliases import is_acronym
from pipeline.extract.words import words

DESIGNATION_RE: Final = re.compile(
    r"\b(?P<trigger>(?:designated|declared|recognized|recognised|named|ranked|certified|"
    r"honou?red|selected|chosen|listed|voted|elected|crowned|designation|recognition|status|"
    r"title|accredited)(?:\s+(?:by\s+(?P<by>[^,;]{1,120}?)\s+)?as)|(?:selected|named|voted|elected)\s+"
    r"(?:on)?to|declared|named|awarded|won|winning|received|granted|given|retained|"
    r"(?:became|become|becoming)(?=\s+the\s+(?:[a-z]+\s+)?[A-Z][^,.;]{0,40}?Champion\b)|"
    r"(?:(?<=\bto\s)|(?<=\bwould\s)|(?<=\bwill\s)|(?<=\bcould\s))win|"  # a verb, not ``the win``
    r"retain|regained|captured|(?:earned|earning)(?:\s+(?:him|her|them))?)\s+"
    r"(?P<article>(?:the\s+|an?\s+|one\s+of\s+(?:the\s+)?|(?:his|her|their|its)\s+)?"
    r"(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|"
    r"consecutive|straight|successive|career)\s+){0,2}(?:\([^()]{1,30}\)\s+)?)"
)
# The words a sentence must hold for an award phrase (the trigger's first word).
DESIGNATION_WORDS: Final = words(
    """designated declared recognized recognised named ranked certified honored honoured
    selected chosen listed voted crowned designation recognition status title accredited
    elected awarded won win winning received earned earning granted given retained retain
    regained captured became become becoming"""
)
# Words that open the phrase without being part of the name.
_LEADING: Final = words(
    """sole only first inaugural principal premier leading prominent major notable top-ranked
    exemplary official prestigious coveted renowned famous new reigning youngest oldest"""
)
_STOP: Final = re.compile(
    r"\s+(?:by|and|for|from|after|since|thereby|which|that|because|when|while|with|at|on|"
    r"during|as|over|against|to|but|twice|thrice|posthumously|again|each|every|all(?!-)|"
    r"in\s+(?!an?\s+[A-Z]|[A-Z]))\b|[,;:.!?\[]|\s+-\s+|$"
)
# What a phrase after a weak trigger (``named``, ``won``, ``received``) needs to be an award.
AWARD_LIKE: Final = re.compile(
    r"\b(?:Awards?|Prizes?|Medals?|Trophy|Cup|Championships?|Champion|Title|Honou?rs?|Best|Top\s+\d+|"
    r"of\s+the\s+(?:Year|Month|Week|Decade|Season|Series|Game|Match|Tournament)|MVP|Most\s+Valuable\s+Player|All-\w+|"
    r"Hall\s+of\s+Fame|Grammy|Oscar|Emmy|Golden\s+\w+|Certificate|Laureate|Fellow(?:ship)?)\b"
)
_POSSESSIVE: Final = re.compile(r"(?P<owner>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*)['’]s\s+")
_WORD_AHEAD: Final = re.compile(r"[\w\-]+\s+")
# A year before an award's name names the edition, not the award (``the 2011 Silver
# Bat Award``).
_EDITION: Final = re.compile(r"(?:1[89]|20)\d\d\s+(?=[A-Z])")
_NOT_AWARD: Final = words("after a an the it its his her their one him them with to")


# Lower-case words after an award's name that are no part of it.
_PLAIN_TAIL: Final = re.compile(
    r"\s+(?:honou?rs|awards?|title|titles|prize|accolades?|distinction)$"
)


@dataclass(frozen=True)
class AwardSpan:
    """An award phrase (sentence offsets) and the trigger it follows."""

    start: int
    end: int
    name: str
    trigger_start: int
    by: tuple[int, int] | None  # a granting body written between the trigger and `as`
    recipient: tuple[int, int] | None = None  # ``earned Lesnar Beatdown of the Year``


def _clean_name(phrase: str) -> str:
    return re.sub(r"\s+", " ", phrase.replace("(", " ").replace(")", " ").replace('"', " ")).strip()


def _inside_name(text: str, start: int, stop: re.Match[str]) -> bool:
    """Is a stop word (``for``, ``of``) inside a capitalised name (``… Zone for the Internet
    of Things``)? Only when capitalised words stand on both sides."""
    word = stop.group().strip()
    if word not in ("for", "of", "and"):
        return False
    if word == "and" and re.match(r"\s+the\b", text[stop.end() :]):
        return False  # ``the Triple Crown and the … Award``: two awards
    before = text[start : stop.start()].split()
    after = re.match(r"\s+(?:the\s+)?([A-Z])", text[stop.end() :])
    return bool(before) and before[-1][:1].isupper() and after is not None


def find_awards(text: str) -> list[AwardSpan]:
    """The award phrases of one sentence."""
    out: list[AwardSpan] = []
    for match in DESIGNATION_RE.finditer(text):
        start = match.end()
        article = match.group("article").strip().lower()
        possessive = _POSSESSIVE.match(text, start)
        if possessive and not re.match(r"[A-Z]", text[possessive.end() :]):
            start = possessive.end()  # ``China's sole`` is not part of the name
        elif possessive and text[start : possessive.end()].count(" ") > 3:
            possessive = None
        while True:
            word = _WORD_AHEAD.match(text, start)
            if word and (word.group().strip().lower() in _LEADING or _EDITION.match(text, start)):
                start = word.end()
                continue
            break
        if article.split()[:1] in (["his"], ["her"], ["their"], ["its"]):
            capital = re.match(r"[A-Z]", text[start:])
            if capital is None:
                continue  # ``won his first match``: no name after the determiner
        if text[start : start + 1] == '"':
            start += 1
        stop = _STOP.search(text, start)
        while stop and _inside_name(text, start, stop):
            stop = _STOP.search(text, stop.end())
        end = stop.start() if stop else len(text)
        phrase = text[start:end]
        if phrase.count("(") > phrase.count(")"):  # close a bracket the stop cut
            close = text.find(")", end)
            if 0 <= close < end + 40:
                end = close + 1
                phrase = text[start:end]
        phrase = phrase.rstrip(' "”')
        award_like = AWARD_LIKE.search(phrase) is not None  # before ``award`` goes
        plain = _PLAIN_TAIL.search(phrase)
        if plain is not None and any(t[:1].isupper() for t in phrase[: plain.start()].split()):
            phrase = phrase[: plain.start()]  # ``Beatdown of the Year honors``
        trailing = re.search(r"\s*\(([^()]*)\)$", phrase)
        if trailing and is_acronym(trailing.group(1)):  # the acronym names the phrase's tail
            phrase = phrase[: trailing.start()]
        if article.split()[:1] in (["his"], ["her"], ["their"], ["its"]):
            # after a determiner the name ends at its last capitalised word (``won his
            # first WWE Undisputed Championship five months after …``)
            kept = phrase.split()
            while kept and not kept[-1][:1].isupper():
                kept.pop()
            phrase = phrase[: phrase.rfind(kept[-1]) + len(kept[-1])] if kept else ""
        end = start + len(phrase)
        tokens = phrase.split()
        if not tokens or len(tokens) > 12 or tokens[0].lower() in _NOT_AWARD:
            continue
        capitalised = any(t[:1].isupper() for t in tokens)
        if " " in match.group("trigger") and match.group("trigger").endswith("to"):
            capitalised = tokens[0][:1].isupper()  # ``named to the team twice`` is no title
        if article.startswith("one of") and not capitalised:
            continue
        declared = match.group("trigger").split()[0] in ("declared", "designated", "named")
        if not capitalised and not (declared and article in ("a", "an") and len(tokens) <= 6):
            continue  # a lower-case class (``recognised as a distinct species``) is no title
        if not award_like and not any(t.islower() for t in tokens):
            continue  # ``designated as CR 99``: a bare name is no title
        trigger = match.group("trigger")
        weak = (" " not in trigger or trigger.startswith(("earned ", "earning "))) and not (
            trigger == "declared" and article in ("a", "an")
        )
        if weak and not award_like:
            continue  # ``code named Operation Torch``, ``won the match``: not a title
        if trigger.startswith("elected") and not award_like:
            continue  # ``elected to the House of Commons``: a seat, not a title
        by_span = None
        if match.group("by"):
            by_span = (match.start("by"), match.end("by"))
        out.append(AwardSpan(start, end, _clean_name(phrase), match.start(), by_span))
    return out


# Verbs that name the recipient before the award (``earned Lesnar Beatdown of the Year``).
GIVING_VERBS: Final = re.compile(r"(?:earned|won|gave|brought|handed|awarded|got)\b")
