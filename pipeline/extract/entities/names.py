"""Candidate names: runs of capitalised words in a sentence, joined by the connectors
names use (``of``, ``for``, ``and``, ``&``, ``de``, ``von``…), trimmed and split where a
run holds more than one name.

* A leading function word (``The``, ``In``) is dropped, and so is a sentence-initial word
  that the document also writes in lower case (``Today``, ``Several``).
* A title inside a run separates what is before it from the person after it
  (``North Carolina Governor James B. Hunt`` → ``North Carolina`` | ``James B. Hunt``,
  the title kept for the person).
* ``and`` / ``&`` stay inside a name only when the name ends with a head word
  (``Science and Technology Facilities Council``) or starts with one followed by ``of`` /
  ``for`` (``Ministry of Industry and Information Technology``); ``of`` is split when a
  place head meets a place (``Riau Islands Province of Indonesia``).

One regular expression finds the runs; only the runs are looked at in Python.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from typing import Final

from pipeline.extract.calendar import MONTHS
from pipeline.extract.entities.gazetteer import (
    DEMONYM,
    EVENT_NOUN_TAIL,
    FACILITY_NOUN_TAIL,
    GOVERNMENT_TAIL,
    PLACE_NOUN_TAIL,
    is_place,
    large_place,
)
from pipeline.extract.entities.heads import (
    DESCRIPTORS,
    FIRST_HEADS,
    FOR_HEADS,
    HEADS,
    OF_HEADS,
    PLACE_HEADS,
)
from pipeline.extract.entities.people import (
    INITIAL,
    WORDLIKE_GIVEN_NAMES,
    given_names,
    looks_like_person,
)
from pipeline.extract.entities.teams import is_team
from pipeline.extract.entities.titles import (
    AMBIGUOUS_TITLES,
    EPITHETS,
    HONORIFICS,
    NAME_HONORIFICS,
    NAMING_NOUNS,
    OFFICES,
    RANKS,
    ROLES,
)
from pipeline.extract.words import STOP_WORDS, words

UPPER: Final = "".join(
    re.escape(chr(c)) for c in (*range(0x41, 0x250), *range(0x370, 0x530)) if chr(c).isupper()
)
_WORD = rf"(?:[{UPPER}](?:[\w\-]|['’](?![sS]\b))*\.?(?:[{UPPER}]\.)*(?:['’]s(?=[ \t]+[{UPPER}]))?)"
_NEXT = rf"(?:S\.p\.A\.|{_WORD}|\d[\w.\-]*|plc\b)"  # ``S.p.A.``: a legal form
_CONNECTOR = (
    r"(?:of|for|and|&|de|del|da|dos|das|do|von|van|der|den|du|al|bin|ibn|zur|zu)(?:[ \t]+the)?"
)
# An ordinal may open a name (``2nd Division``, ``9th Infantry``).
_ORDINAL = r"(?:\d+(?:st|nd|rd|th|d)[ \t]+(?=[A-Z]))?"
NAME_RUN: Final = re.compile(
    rf"(?<![\w’°])(?<!\w'){_ORDINAL}{_WORD}(?:(?:[ \t]+{_CONNECTOR})?[ \t]+{_NEXT})*(?![$€£¥])"
)
_TOKEN: Final = re.compile(r"\S+")
# Abbreviations that keep their final period inside a name.
_KEEP_PERIOD: Final = words(
    "Jr. Sr. Inc. Co. Ltd. Corp. St. Bros. Mt. Ft. N.V. S.A. S.p.A. U.S. U.K. Dr. Mr. Mrs. Ms. "
    "Prof. No."
)
_INITIALS: Final = re.compile(r"(?:[A-Z]\.)+")
_ORDINAL_NAME: Final = re.compile(r"\d+(?:st|nd|rd|th|d) ")
# Abbreviations that are no name on their own (``Jr.`` after a comma, ``Dr.`` alone).
_NOT_NAMES: Final = words(
    "Jr. Sr. Inc. Co. Ltd. Corp. St. Bros. Mt. Ft. Dr. Mr. Mrs. Ms. Prof. No."
)
# Month and day names are dates, not names.
_CALENDAR: Final = frozenset(
    {m.capitalize() for m in MONTHS}
    | words("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")
)
# Words that open sentences without being names (``Like Hamburg, …``).
OPENERS: Final = words(
    """Like Unlike Despite Although Though Following According Located Situated Currently
    Today Originally Furthermore Moreover However Fortunately Unfortunately Meanwhile Later
    Eventually Initially Finally Nevertheless Nonetheless Additionally Instead Besides Hence
    Thus Therefore Also Still Yet Recently Previously Formerly Subsequently Afterwards
    Together Known Called Named Born Founded Established Built Opened Located Covering
    Composed Upon Including Among Along Beyond Beside Inside Outside Near Next Several Many
    Most Some Other Another Both Each Every Few All Such"""
)
# A name that a hyphenated word ends (``Raji Rasaki-led``, ``Dallas-based``).
_HYPHEN_TAIL: Final = re.compile(
    r"-(?:led|based|born|owned|backed|run|funded|era|style|class|made|built|listed|headquartered)$"
)
_CURRENCIES: Final = frozenset("$€£¥")
_LEAD: Final = re.compile("[ \"'“‘(]*")
# A score after a name (``Kansas State 12 – 4``): the number is no part of the name.
_SCORE_AFTER: Final = re.compile(r"\s*[–—-]\s*\d")
# Roman numerals: a part of a name (``Park II``, ``Philip IV``), never a name alone.
ROMAN: Final = re.compile(r"^(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$")
_SPLITTERS: Final = frozenset({"and", "&"})
_JOINERS: Final = frozenset({"of", "for"})
LOWER_CONNECTORS: Final = frozenset(
    {
        "of",
        "for",
        "and",
        "&",
        "the",
        "de",
        "del",
        "da",
        "dos",
        "das",
        "do",
        "von",
        "van",
        "der",
        "den",
        "du",
        "al",
        "bin",
        "ibn",
        "zur",
        "zu",
    }
)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A candidate name in a sentence (offsets relative to the sentence)."""

    start: int
    end: int
    text: str
    title: str | None  # the office or honorific written before it, if any
    sentence_start: bool  # the name opens the sentence
    head_only: bool = False  # a head word alone (``Hall``): a name only as a known surname
    tokens: list[str] = field(init=False, compare=False, hash=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "tokens", self.text.split())


def _tokens(text: str, offset: int) -> list[tuple[str, int, int]]:
    return [(m.group(), offset + m.start(), offset + m.end()) for m in _TOKEN.finditer(text)]


def _trim_period(tokens: list[tuple[str, int, int]]) -> None:
    word, start, end = tokens[-1]
    stripped = word.rstrip("'’")
    if stripped != word:
        word, end = stripped, end - (len(word) - len(stripped))
        tokens[-1] = (word, start, end)
    numeral = len(tokens) > 1 and ROMAN.match(word[:-1]) and _is_head(tokens[-2][0])
    if (
        word.endswith(".")
        and word not in _KEEP_PERIOD
        and (numeral or not _INITIALS.fullmatch(word))
    ):
        tokens[-1] = (word[:-1], start, end - 1)  # ``… Park I.`` ends a sentence


def _is_head(word: str) -> bool:
    return word in HEADS or word.rstrip(".") in HEADS


def _names_itself(part: list[tuple[str, int, int]]) -> bool:
    """Is the part before an ``and`` a name of its own (``NY 104 and Junction Road``,
    ``Mukah and Samalaju Industrial Park``, ``Hugh Durham and Jim Phelan Awards``, a
    possessive name: ``St. Columb's Wells and Lecky Road``) rather
    than words of one name (``Science and Technology Facilities Council``)?"""
    words_ = [t[0] for t in part]
    if not words_ or words_[-1] in DESCRIPTORS:
        return False
    return (
        any(any(c.isdigit() for c in w) for w in words_)
        or any(w.endswith(("'s", "’s")) for w in words_[:-1])  # ``St. Columb's Wells and``
        or is_place(" ".join(words_))
        or is_place(words_[-1])
        or looks_like_person(words_)
    )


def _ends_with_own_head(part: list[tuple[str, int, int]]) -> bool:
    """Does the part before an ``and`` end with a head word of its own (``Samsung
    Electronics and …``)? Not a head alone (``Electronics and Telecommunications Research
    Institute``) nor one after ``of``/``for`` (``Coalition for Plant and Life Sciences``)."""
    return len(part) > 1 and _is_head(part[-1][0]) and part[-2][0] not in _JOINERS


def _split_connectors(
    tokens: list[tuple[str, int, int]], in_list: bool, lower_words: frozenset[str]
) -> list[list[tuple[str, int, int]]]:
    """Split a run at ``and``/``&`` unless the name ends with a head word and the words
    before the ``and`` describe (``Science and Technology Facilities Council``), or opens
    with a head and ``of``/``for`` (but always after a part that ends with a head, and in
    a comma list); split ``of`` between a place head and what follows."""
    words_ = [t[0] for t in tokens]
    if ("and" in words_ or "&" in words_) and is_place(" ".join(words_)):
        return [tokens]  # ``Trinidad and Tobago``, ``Bosnia and Herzegovina``: one place
    ends_with_head = _is_head(words_[-1]) and not in_list
    # where a head and ``of``/``for`` first stand (``Ministry of Industry and …``,
    # ``London Borough of Hammersmith and Fulham``): an ``and`` after it is inside the name
    of_head = len(words_)
    if "of" in words_ or "for" in words_:
        of_head = next(
            (
                j
                for j, (w, nxt) in enumerate(itertools.pairwise(words_))
                if (w in OF_HEADS or w in FIRST_HEADS or _is_head(w)) and nxt in _JOINERS
            ),
            of_head,
        )
    parts: list[list[tuple[str, int, int]]] = [[]]
    for i, token in enumerate(tokens):
        word = token[0]
        following = words_[i + 1] if i + 1 < len(words_) else ""
        opens_with_head = len(words_) > 2 and of_head < i
        if word in _SPLITTERS and (
            not (ends_with_head or opens_with_head)
            or (
                not opens_with_head
                and _names_itself(parts[-1])
                and not (i + 2 == len(words_) and _is_head(words_[-1]))  # ``… and Company``
            )
            or _ends_with_own_head(parts[-1])
            or following == "the"  # ``X and the Y``: a second name
        ):
            parts.append([])
            continue
        if word == "for" and i > 0 and words_[i - 1] not in FOR_HEADS:
            parts.append([])  # ``Pulau Pesek for Mobil Oil``: ``for`` joins after a head only
            continue
        if (
            word == "of"
            and i > 0
            and (
                words_[i - 1] in PLACE_HEADS
                or looks_like_person([t[0] for t in parts[-1]])
                or is_team([t[0] for t in parts[-1]])
            )
        ):  # ``Riau Islands Province of Indonesia``, ``Charles I. Caldwell of D Company``,
            # ``the Boston Harbors of the Coastal League``
            parts.append([])
            continue
        parts[-1].append(token)
    out = []
    for part in parts:
        while part and (part[0][0] in LOWER_CONNECTORS or part[0][0] == "The"):
            part = part[1:]
        while part and part[-1][0] in LOWER_CONNECTORS:
            part = part[:-1]
        if part:
            out.append(part)
    return out


def _holder_follows(title: str, rest: list[tuple[str, int, int]]) -> bool:
    """Does a person follow the title? Not when what follows is a name its own head word
    types (``President Hotel``, ``King Abdullah Economic City``); an ambiguous title
    (``Major League``, ``General Motors``) needs a given name or an initial next."""
    words_ = [t[0] for t in rest]
    if words_[0] in HONORIFICS:
        return True  # ``General Sir Noel Mason-MacFarlane``
    if len(words_) == 1 and title in given_names() and title not in WORDLIKE_GIVEN_NAMES:
        return False  # ``Dean Ambrose``: a given name and a surname
    named = words_[: words_.index("of")] if "of" in words_[1:] else words_
    if (_is_head(named[-1]) or _is_head(named[-1].rsplit("-", 1)[-1])) and not all(
        w in given_names() or INITIAL.match(w) for w in named[:-1]
    ):  # ``Professor Ann C. Hall`` is a person all the same
        return False
    if words_[0] in given_names() or INITIAL.match(words_[0]):
        return True
    if len(named) >= 2 and all(
        w.isalpha()
        and w[:1].isupper()
        and w[1:].islower()
        and not _is_head(w)
        and w not in OFFICES
        and w not in HONORIFICS
        and w.lower() not in ROLES
        for w in named
    ):
        return True  # ``General Władysław Sikorski``: a first name and a surname after a rank
    return title not in AMBIGUOUS_TITLES


# First words of the titles, offices and ranks of more than one word.
_MANY_WORD_STARTS: Final = frozenset(
    t.split()[0] for t in (*OFFICES, *RANKS, *EPITHETS) if " " in t
)


def _split_titles(
    tokens: list[tuple[str, int, int]],
) -> list[tuple[list[tuple[str, int, int]], str | None]]:
    """Split a run at the titles inside it; each part with the title just before it."""
    parts: list[tuple[list[tuple[str, int, int]], str | None]] = []
    current: list[tuple[str, int, int]] = []
    title: str | None = None
    i = 0
    while i < len(tokens):
        word = tokens[i][0]
        many = word in _MANY_WORD_STARTS  # build the longer titles only where one can start
        two = f"{word} {tokens[i + 1][0]}" if many and i + 1 < len(tokens) else ""
        three = f"{two} {tokens[i + 2][0]}" if many and i + 2 < len(tokens) else ""
        rest = len(tokens) - i - 1
        if (three in EPITHETS or three in RANKS) and rest >= 3:
            found, width = three, 3
        elif (two in OFFICES or two in RANKS) and rest >= 2:
            found, width = two, 2
        elif (
            (
                word in OFFICES
                or (
                    word in HONORIFICS
                    and not (
                        current and word in NAME_HONORIFICS and current[-1][0] not in HONORIFICS
                    )  # ``Notre Dame`` is no title, ``General Sir …`` is
                )
            )
            and rest >= 1
            and (
                (tokens[i + 1][0][:1].isupper() and _holder_follows(word, tokens[i + 1 :]))
                or (word in OFFICES and tokens[i + 1][0] == "of")
            )
        ):
            found, width = word, 1
        else:
            current.append(tokens[i])
            i += 1
            continue
        if current:
            parts.append((current, title))
        # an honorific that is part of the name as used stays: ``Lord Palmerston``
        current = list(tokens[i : i + width]) if found in NAME_HONORIFICS else []
        title = found
        i += width
        while i < len(tokens) and tokens[i][0] in LOWER_CONNECTORS:  # ``Ruler of Dubai``:
            title = None  # what follows is what the office is of, not its holder
            i += 1
    if current:
        parts.append((current, title))
    return parts


# Capitalised words that are never a name on their own.
_NEVER_ALONE: Final = (
    frozenset(w.capitalize() for w in STOP_WORDS if len(w) > 1) | OPENERS | _CALENDAR | _NOT_NAMES
)


def find_candidates(
    text: str, lower_words: frozenset[str], keep: str | tuple[str, ...] = ""
) -> list[Candidate]:
    """Candidate names of one sentence; ``lower_words`` are the words the document writes
    in lower case (a sentence-initial word among them is not a name, unless the run opens
    with ``keep``, the article's topic)."""
    out: list[Candidate] = []
    # ``The Hustler``: the run starts after ``The``; the article's artist is kept too
    keep = tuple(k.removeprefix("The ") for k in ((keep,) if isinstance(keep, str) else keep) if k)
    lead = _LEAD.match(text).end()  # type: ignore[union-attr]
    for match in NAME_RUN.finditer(text):
        word = match.group()
        if " " not in word and "\t" not in word:  # the common case: one word
            if word in _NEVER_ALONE:
                continue  # ``The``, ``In``, ``March``, ``Several``: no name on its own
            if text[match.end() : match.end() + 2].lstrip()[:1] in _CURRENCIES:
                continue  # ``US $1 billion``: a currency, not a place
            lowered = word.lower()
            if (lowered in STOP_WORDS and not (word.isupper() and len(word) > 1)) or (
                match.start() <= lead and (lowered in lower_words or lowered.endswith("ly"))
            ):
                continue  # ``The``, ``In``, a sentence-initial ``Several`` or ``Recently``
            name = word.rstrip("'’")
            if name.endswith(".") and name not in _KEEP_PERIOD and not _INITIALS.fullmatch(name):
                name = name[:-1]
            tail = _HYPHEN_TAIL.search(name) if "-" in name else None
            if tail is not None:  # ``Dubai-based``: the name is before the hyphen
                name = name[: tail.start()]
            if (
                name[:1].isupper()
                and name not in _NOT_NAMES
                and name not in OPENERS
                and name not in _CALENDAR
                and not (name[0] in "IVXLC" and ROMAN.match(name))
            ):
                start = match.start()
                out.append(
                    Candidate(start, start + len(name), name, None, start <= lead, _is_head(name))
                )
            continue
        if text[match.end() : match.end() + 2].lstrip()[:1] in _CURRENCIES:
            continue  # ``US $1 billion``: a currency, not a place
        tokens = _tokens(word, match.start())
        for i, (token, start, _) in enumerate(tokens):
            tail = _HYPHEN_TAIL.search(token) if "-" in token else None
            if tail is not None:  # ``Raji Rasaki-led Lagos State``: the name ends here
                tokens = [*tokens[:i], (token[: tail.start()], start, start + tail.start())]
                break
        for i in range(len(tokens) - 1 if ". " in word else 0):
            if tokens[i][0].endswith(".") and tokens[i + 1][0].lower() in STOP_WORDS:
                tokens = tokens[: i + 1]  # ``… Park I. The new building``: a sentence ends
                break
        _trim_period(tokens)
        while (
            len(tokens) > 1
            and tokens[-1][0].isdigit()
            and len(tokens[-1][0]) < 4
            and tokens[-2][0] not in LOWER_CONNECTORS
            and _SCORE_AFTER.match(text, tokens[-1][2])
        ):
            tokens = tokens[:-1]  # ``Kansas State 12 – 4``: a score, not a name's number
        at_start = match.start() <= lead
        opening = at_start
        while tokens:
            word = tokens[0][0]
            lowered = word.lower()
            rest = text[tokens[0][1] : match.end()]
            if (
                (lowered in STOP_WORDS and not (word.isupper() and len(word) > 1))
                or (word.isdigit() and len(tokens) > 1)  # ``In 1939 No. 31 Squadron``
                or (
                    opening
                    and (
                        lowered in lower_words
                        or word in OPENERS
                        or lowered.endswith("ly")
                        or (  # ``Cinematographer Conrad Hall``: a role, not a name's word
                            lowered in NAMING_NOUNS
                            and word not in OFFICES
                            and word not in HONORIFICS
                            and len(tokens) > 1
                        )
                    )
                    and not (keep and rest.startswith(keep))
                    and not _names_of(tokens)
                )
            ):
                tokens = tokens[1:]
                opening = opening and lowered in STOP_WORDS
                continue
            break
        if not tokens:
            continue
        if len(tokens) == 1:  # one word: nothing to split
            name, start, end = tokens[0]
            if name[:1].isupper() and name not in _NOT_NAMES and name not in _CALENDAR:
                out.append(
                    Candidate(
                        start, end, name, None, at_start and start == match.start(), _is_head(name)
                    )
                )
            continue
        in_list = text[max(0, tokens[0][1] - 3) : tokens[0][1]].rstrip().endswith(",")
        for part, title in _split_titles(tokens):
            for piece in (
                p
                for ordinal_part in _split_ordinals(part)
                for p in _split_connectors(ordinal_part, in_list, lower_words)
            ):
                start, end = piece[0][1], piece[-1][2]
                name = text[start:end]
                if not any(ch.isalpha() for ch in name) or not (
                    name[:1].isupper() or _ORDINAL_NAME.match(name)
                ):
                    continue
                if name in _NOT_NAMES or name in _CALENDAR or ROMAN.match(name):
                    continue  # ``Jr.`` after a comma
                out.append(
                    Candidate(
                        start=start,
                        end=end,
                        text=name,
                        title=title if piece is not None and part and piece[0] == part[0] else None,
                        sentence_start=at_start and start == match.start(),
                        head_only=len(piece) == 1 and _is_head(name),  # ``the Park``
                    )
                )
    if "–" in text and len(out) > 1:
        out = _dash_joined(text, out)
    out = [_with_place_noun(text, c) if text[c.end + 1 : c.end + 2].islower() else c for c in out]
    if "port of " in text:
        out = [_with_port(text, c) for c in out]
    return [_with_year(text, c) if c.start > 5 and text[c.start - 2].isdigit() else c for c in out]


_ORDINAL_TOKEN: Final = re.compile(r"^\d+(?:st|nd|rd|th|d)$")


def _split_ordinals(tokens: list[tuple[str, int, int]]) -> list[list[tuple[str, int, int]]]:
    """``US Marine Corps 1st Provisional Marine Brigade``: an ordinal after a head opens
    a second name (the unit of the body named before it)."""
    out = [tokens[:1]]
    for previous, token in itertools.pairwise(tokens):
        if _ORDINAL_TOKEN.match(token[0]) and _is_head(previous[0]):
            out.append([])
        out[-1].append(token)
    return out


_DASH: Final = frozenset({" – ", "–"})


def _dash_joined(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """``Youngstown – Lockport Road``: a road named by the two places it links is one
    name (the dash joins the places before a facility head)."""
    out: list[Candidate] = []
    for candidate in candidates:
        previous = out[-1] if out else None
        if (
            previous is not None
            and text[previous.end : candidate.start] in _DASH
            and len(candidate.tokens) > 1
            and HEADS.get(candidate.tokens[-1]) == "facility"
            and len(previous.tokens) <= 2
            and previous.title is None
            and not previous.head_only
        ):
            out[-1] = Candidate(
                previous.start,
                candidate.end,
                text[previous.start : candidate.end],
                None,
                previous.sentence_start,
            )
            continue
        out.append(candidate)
    return out


# A year before an event's name is part of it (``the 1998 Arctic Winter Games``).
_YEAR_BEFORE: Final = re.compile(r"(?<![\w.,])(?:1[89]|20)\d\d[ \t]+$")


def _names_of(tokens: list[tuple[str, int, int]]) -> bool:
    """``The Port of Hamburg``: a capitalised noun after a sentence's opening ``The``
    with ``of`` and a name after it is the first word of that name, not a common noun."""
    return len(tokens) > 2 and tokens[1][0] == "of" and tokens[0][0] in _OF_HEADS


# Nouns that open a name with ``of`` (``Port of Hamburg``, ``City of Bohumín``,
# ``Ministry of Finance``): not ``One of``, ``Most of``, ``North of``, ``Construction of``.
_OF_HEADS: Final = OF_HEADS | words(
    "Town Municipality Region District County Office Bureau Assembly Commission Island"
)


_PORT_BEFORE: Final = re.compile(r"\b(?:the|a|an)\s+port\s+of\s+$")


def _with_port(text: str, candidate: Candidate) -> Candidate:
    """``the port of Rotterdam``: the port is named by its city; the lower-case ``port of``
    is part of the name of the port (a site), not the city alone."""
    if candidate.head_only or candidate.title is not None or len(candidate.tokens) > 3:
        return candidate
    before = _PORT_BEFORE.search(text, max(0, candidate.start - 14), candidate.start)
    if before is None:
        return candidate
    start = before.end() - len("port of ")
    return Candidate(
        start, candidate.end, text[start : candidate.end], None, candidate.sentence_start
    )


def _with_year(text: str, candidate: Candidate) -> Candidate:
    """``the 1998 Arctic Winter Games``: an edition's year opens an event's name."""
    if (
        HEADS.get(candidate.tokens[-1]) != "event"
        or candidate.title is not None
        or candidate.head_only
    ):
        return candidate
    year = _YEAR_BEFORE.search(text, max(0, candidate.start - 6), candidate.start)
    if year is None:
        return candidate
    start = year.start()
    return Candidate(
        start, candidate.end, text[start : candidate.end], None, candidate.sentence_start
    )


def _with_place_noun(text: str, candidate: Candidate) -> Candidate:
    """``the Gandhinagar district``, ``the NCAA tournament``: the lower-case noun is part
    of the name (not after a nationality: ``a Dutch province``)."""
    if candidate.head_only:
        return candidate
    tail = EVENT_NOUN_TAIL.match(text, candidate.end)
    if tail is None and is_place(candidate.text) and text.endswith("the ", 0, candidate.start):
        tail = GOVERNMENT_TAIL.match(text, candidate.end)  # ``the Dubai government``
    if tail is None:
        tail = PLACE_NOUN_TAIL.match(text, candidate.end) or FACILITY_NOUN_TAIL.match(
            text, candidate.end
        )
        if tail is None or (
            (DEMONYM.search(candidate.text) or candidate.text.endswith("ist"))
            and not large_place(candidate.text)
        ):
            return candidate  # ``a Dutch province``, ``a Buddhist temple``
    end = tail.end()
    return Candidate(
        candidate.start, end, text[candidate.start : end], None, candidate.sentence_start
    )
