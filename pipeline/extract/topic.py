"""The article's topic: its title, the other names its first sentence gives it, and the
nouns a definite description of it can use (``the park``, ``the company``).

Read once per document from the title and the first sentence of the text:

* aliases: names in brackets after the name, after ``also known as``, ``commonly
  shortened to``, ``formerly``, ``previously known as``, ``also called``, or listed with
  ``or`` before the verb (``Cortex Innovation Community, Cortex Innovation District, or
  Cortex is …``);
* kind nouns: the head of each name and of the title's disambiguator (``(1999 film)``),
  the title's words that are topic nouns (``Port of Santos`` → ``port``;
  :data:`~pipeline.extract.topic_nouns.TOPIC_NOUNS`), and the heads of what the first
  sentence says the topic is (``… is a Dutch multinational corporation`` →
  ``corporation``; ``is both an island, municipality, and
  largest city`` → ``island``, ``municipality``, ``city``), with their general words
  (``corporation`` → ``company``; :data:`~pipeline.extract.topic_nouns.GENERAL_NOUNS`);
* whether it is a person: the title has no disambiguator such as ``(film)`` and the first
  sentence gives a life in brackets (``(born March 19, 1988)``, ``(c. 670 – 734)``) or says
  the topic is a person (``… is an English actor``;
  :data:`~pipeline.extract.topic_nouns.PERSON_NOUNS`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from pipeline.extract.calendar import MONTH_PATTERN
from pipeline.extract.page_titles import page_subject
from pipeline.extract.topic_nouns import GENERAL_NOUNS, PERSON_NOUNS, TOPIC_NOUNS
from pipeline.extract.words import STOP_WORDS
from pipeline.model import Sentence

# a title's bracketed disambiguator, "(2013)" in "Typhoon Krosa (2013)"; no blanks before the
# bracket in the pattern: searching a run of them would be quadratic
DISAMBIGUATOR = re.compile(r"\(([^()]*)\)\s*$")
# the verb that ends the naming part of a first sentence: "X (…) is a …"
_NAMING_VERB = re.compile(r"\s(?:is|was|are|were)\s+(?:both\s+|also\s+|now\s+)?(?:an?|the)?\s*")
_ALIAS_CUE = re.compile(
    r"\b(?:(?:also|commonly|formerly|previously|originally|often|locally|better|officially)"
    r"\s+)?(?:known\s+as|called|shortened\s+to|abbreviated\s+(?:to|as)|referred\s+to\s+as|"
    r"styled|named|formerly)\b\s*",
    re.IGNORECASE,
)
_PIECE_SPLIT = re.compile(r"[(),;]|\s+or\s+|\[[^\]]*\]")
_NAME = re.compile(r"[A-Z][\w.&'’\-]*(?:\s+(?:[A-Z0-9][\w.&'’\-]*|of|and|the|de|du|la|for))*")
_CATEGORY_END = re.compile(
    r"[,;:(]|\s(?:in|of|on|at|near|for|from|by|with|that|which|who|located|situated|owned|"
    r"founded|established|built|made|developed|directed|recorded|released|written|based|"
    r"protected|used|known|announced|dedicated|serving|between)\s",
)
_WORD = re.compile(r"[A-Za-z][\w'’\-]*")
_DATE_LIKE = re.compile(r"\b(?:born|died|" + MONTH_PATTERN + r"\s+\d)", re.IGNORECASE)
_LIFE_BRACKET = re.compile(
    r"\((?:[^()]*;\s*)?(?:born\b|b\.|c\.\s*\d|floruit|fl\.|[^()]*\d{3,4}\s*[–—-]\s*|"
    r"[^()]*\d\s*(?:AD|BC|BCE|CE)?\s*[–—]\s*[^()]*\d)"
)  # "(born …)", "(c. 670 – 734)", "(1918 – 1994)", "(15 December 37 – 9 June 68 AD)"
_MALE = frozenset(["he", "his", "him"])
_FEMALE = frozenset(["she", "her", "hers"])
_PRONOUN_SAMPLE = 5000  # characters of an article read for the pronouns of its person
_TOPIC_PRONOUNS = frozenset(["it", "its", "they", "their", "them"])
_WORD_OF_TEXT = re.compile(r"[A-Za-z][\w'’\-]*")


def is_biography(title: str, first_sentence: str) -> bool:
    """Is the article about a person? Its first sentence gives a life in brackets (``(born
    March 19, 1988)``, ``(c. 670 – 734)``, ``(floruit 1121 to 1184)``) and its title has no
    disambiguator such as ``(film)``."""
    if DISAMBIGUATOR.search(title):
        return False
    return _LIFE_BRACKET.search(first_sentence[:300]) is not None


@dataclass(frozen=True)
class Topic:
    """What an article is about: ``name`` (its title), ``aliases`` (other names, as written)
    and ``kinds`` (lower-case nouns a definite description of it may use)."""

    name: str
    aliases: tuple[str, ...] = ()
    kinds: frozenset[str] = field(default_factory=frozenset)
    person: bool = False  # a biography: "he" or "she" is the topic
    pronouns: frozenset[str] = field(default_factory=frozenset)  # those that stand for it
    broader: frozenset[str] = field(default_factory=frozenset)  # kinds only as general words

    def describes_modified(self, head: str) -> bool:
        """Can ``the <modifier> <head>`` refer to the topic? Only with a kind noun of its own:
        ``the harbor area`` of a zone is a part of it, ``the new zone`` the zone."""
        return self.describes(head) and head.lower() not in self.broader

    def pronoun_of_topic(self, word: str) -> bool:
        """Does the pronoun ``word`` (lower case) stand for the topic? ``it``, ``its``,
        ``they``, ``their``; in a biography ``he`` and ``his`` or ``she`` and ``her``, as
        the article refers to its person."""
        return word in (self.pronouns if self.person else _TOPIC_PRONOUNS)

    def mentioned_in(self, text: str) -> bool:
        """Does ``text`` name the topic or describe it? Its title, a name of it, a person's
        surname, or ``the``/``this`` and a kind noun of it."""
        if not self.name:
            return False
        names = (self.name, *self.aliases)
        if any(n in text for n in names):
            return True
        parts = self.name.split()
        surname = parts[-1] if self.person and len(parts) > 1 else None
        words = _WORD_OF_TEXT.findall(text)
        lows = [w.lower() for w in words]
        for i, low in enumerate(lows):
            if words[i] == surname:
                return True
            definite = any(w in ("the", "this") for w in lows[max(0, i - 2) : i])
            if definite and self.describes(low):
                return True  # "the park", "the new park"
        return False

    def describes(self, head: str) -> bool:
        """Can ``the <head>`` refer to the topic? A kind noun of it (``the park``)."""
        return head.lower() in self.kinds


def _head(phrase: str) -> str | None:
    words = [w for w in _WORD.findall(phrase) if w.lower() not in STOP_WORDS]
    return words[-1].lower() if words else None


def _kind_word(head: str) -> bool:
    """A noun, not a superlative, a participle or a number word (``largest``, ``situated``)."""
    return head.isalpha() and len(head) > 2 and not head.endswith(("est", "ed", "ing", "th"))


def _category_heads(rest: str) -> set[str]:
    """Heads of what the first sentence says the topic is: ``a Dutch multinational
    corporation founded in 1984`` → {corporation}; ``an island, municipality, and largest
    city`` → {island, municipality, city}."""
    heads: set[str] = set()
    for _ in range(4):  # at most a few coordinated kinds
        end = _CATEGORY_END.search(rest)
        part = rest[: end.start()] if end else rest
        for piece in re.split(r"\s+(?:and|or)\s+", part):
            head = _head(piece)
            if head is not None and _kind_word(head) and head != "one":
                heads.add(head)
        if end is None or end.group().strip() not in (",", ";"):
            break
        rest = rest[end.end() :].lstrip()
        rest = re.sub(r"^(?:and|or)\s+", "", rest)
        if not rest or rest[:1].isupper():
            break
    return heads


def _pronouns_of(text: str) -> frozenset[str]:
    """The pronouns a biography uses for its person: those of ``he`` or of ``she``, whichever
    the start of its text uses more."""
    sample = text[:_PRONOUN_SAMPLE].lower()
    male = len(re.findall(r"\b(?:he|his|him)\b", sample))
    female = len(re.findall(r"\b(?:she|her|hers)\b", sample))
    return _FEMALE if female > male else _MALE


_LEAD_REACH = 6  # sentences read for a page's first sentence of prose
_LINK_WORDS = frozenset(["of", "and", "the", "for", "de", "du", "des", "la", "le", "al"])


def lead_text(title: str, sentences: Sequence[Sentence]) -> str:
    """The text of an article's first sentence after its title: a page whose text opens
    with its headline (``Korean cathode maker picks …``, then ``GDAŃSK — South Korean …``)
    names its subject and gives its dateline in the sentence after it."""
    plain = " ".join(title.split()).strip(" =").lower()
    rest = [s for s in sentences[:2] if " ".join(s.text.split()).strip(" =").lower() != plain]
    for sent in sentences[:_LEAD_REACH]:  # past "PRESS RELEASE", "Press Office, …", a date
        words = sent.text.split()
        if " ".join(words).strip(" =").lower() == plain or sent.text.rstrip().endswith(":"):
            continue
        if not any(w[:1].islower() and w.lower() not in _LINK_WORDS for w in words):
            continue  # no word of prose: a genre label, an office, a place and its date
        return sent.text
    return rest[0].text if rest else sentences[0].text if sentences else ""


def read_topic(title: str, first_sentence: str, text: str = "") -> Topic:
    """The topic of an article with this title and first sentence; ``text`` (the article)
    tells which pronouns stand for a biography's person."""
    name = page_subject(title, first_sentence)  # "About X" → X; a headline's subject
    kinds: set[str] = set()
    bare = name
    if (d := DISAMBIGUATOR.search(name)) is not None:
        bare = name[: d.start()].strip()
        if head := _head(d.group(1)):
            kinds.add(head)
    aliases: list[str] = []
    verb = _NAMING_VERB.search(first_sentence)
    naming = first_sentence[: verb.start()] if verb else ""
    for piece in _PIECE_SPLIT.split(_ALIAS_CUE.sub("(", naming)):
        piece = piece.strip(" \"'“”‘’")
        m = _NAME.fullmatch(piece)
        dated = _DATE_LIKE.search(piece) is not None  # "(August 21, 1926 – …)"
        known = piece.lower() in (name.lower(), bare.lower())
        if m is not None and ":" not in piece and not dated and not known:
            aliases.append(piece)
    for phrase in (bare, *aliases):
        head = _head(phrase)
        if head is not None and _kind_word(head) and not any(c.isupper() for c in head[1:]):
            kinds.add(head)
    stated = _category_heads(first_sentence[verb.end() :]) if verb is not None else set()
    kinds |= stated
    kinds |= {w for w in _WORD.findall(name.lower()) if w in TOPIC_NOUNS}  # "Port of Santos"
    broader = {g for k in kinds for g in GENERAL_NOUNS.get(k, ())} - kinds
    kinds |= broader
    if bare != name and bare.lower() not in (a.lower() for a in aliases):
        aliases.insert(0, bare)
    person = is_biography(title, first_sentence) or (
        not DISAMBIGUATOR.search(name) and bool(stated & PERSON_NOUNS)
    )  # "(born 1977)", or "X is an English actor"
    return Topic(
        name,
        tuple(dict.fromkeys(aliases)),
        frozenset(kinds),
        person,
        _pronouns_of(text or first_sentence) if person else frozenset(),
        frozenset(broader),
    )
