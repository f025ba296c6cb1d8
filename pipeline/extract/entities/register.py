"""The register of one document's names: every written form (name, alias, acronym,
surname) → its entity, and how a candidate name is resolved against it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from pipeline.extract.calendar import MONTHS
from pipeline.extract.entities.classify import (
    PLURAL_LOCATION_NOUNS,
    classify,
    head_type,
    placed_by_region,
)
from pipeline.extract.entities.found import Key
from pipeline.extract.entities.gazetteer import DEMONYM, is_country, is_place, is_region
from pipeline.extract.entities.heads import DESCRIPTORS, HEADS, PLURAL_HEADS, SHIP_PREFIXES
from pipeline.extract.entities.ids import normalise_name
from pipeline.extract.entities.names import ROMAN, Candidate
from pipeline.extract.entities.people import (
    INITIAL,
    WORDLIKE_GIVEN_NAMES,
    given_names,
    looks_like_person,
)
from pipeline.extract.entities.teams import is_team
from pipeline.extract.entities.topic import Topic

# What follows a company's name in its legal form (``Infosys Limited``, ``ASML Holding N.V.``).
_LEGAL_SUFFIX: Final = re.compile(
    r",?\s+(?:Limited|Ltd\.?|Inc\.?|Incorporated|Corporation|Corp\.?|plc|PLC|N\.V\.|NV|S\.A\.|SA|AG|"
    r"GmbH|LLC|Co\.|Company|Holdings?|Group|B\.V\.|A/S|AB|ASA|Oyj|S\.p\.A\.)(?:\s+(?:N\.V\.|plc|Ltd\.?|Inc\.?))?"
)
_OWNER: Final = re.compile(r"(.+?)['’]s\s")
# Plural award heads shared by the names listed before them: plural → singular.
_PLURAL_AWARDS: Final = {
    "Awards": "Award",
    "Prizes": "Prize",
    "Medals": "Medal",
    "Trophies": "Trophy",
}
_LIST_GAPS: Final = frozenset({", ", ", and ", ", or ", " and ", " or ", ",", ", & ", " & "})


class Register:
    """The names of one document: every written form → its entity."""

    def __init__(self, topic: Topic, lower_words: frozenset[str] = frozenset()) -> None:
        self.lower_words = lower_words
        self.topic: Key | None = (topic.name, topic.type) if topic.type else None
        self.forms: dict[str, Key] = {}
        self.pending: dict[str, str] = {}  # acronym → the name it stands for, type unknown yet
        self.surnames: dict[str, Key] = {}
        self.series: dict[str, str] = {}  # ``NY`` → facility: the words before a number
        if self.topic is not None:
            self.add(topic.name, self.topic)  # its short names are read in context

    def get(self, form: str) -> Key | None:
        norm = normalise_name(form)
        if norm in self.pending:
            key = self.forms.get(normalise_name(self.pending[norm]))
            if key is not None:
                return key
        return self.forms.get(norm)

    def add(self, form: str, key: Key) -> None:
        self.forms[normalise_name(form)] = key
        prefix = numbered_prefix(form)
        if prefix is not None:
            self.series.setdefault(prefix, key[1])  # ``NY 93`` → ``NY 78`` is a route too
        tokens = key[0].split()
        if key[1] == "person":
            if len(tokens) > 1 and tokens[-1][:1].isupper() and not tokens[-1].endswith("."):
                self.surnames.setdefault(tokens[-1], key)
            if len(tokens) > 1 and tokens[0][:1].isupper() and not tokens[0].endswith("."):
                self.surnames.setdefault(tokens[0], key)  # ``Ricky`` for Ricky Fitts
            middle = tokens[1] if len(tokens) == 3 else ""
            if middle[:1].isupper() and not middle.endswith(".") and middle not in given_names():
                self.surnames.setdefault(middle, key)  # ``Verginius`` for Lucius Verginius Rufus
        elif (
            key[1] == "organization"
            and len(tokens) == 2
            and HEADS.get(tokens[1]) == "organization"
            and tokens[0][:1].isupper()
            and len(tokens[0]) > 2
            and not DEMONYM.search(tokens[0])
            and tokens[0] not in DESCRIPTORS
            and tokens[0].lower() not in self.lower_words
            and not is_place(tokens[0])
            and tokens[0] not in self.surnames
        ):  # ``Butler`` for Butler University, ``Sony`` for Sony Music
            self.forms.setdefault(normalise_name(tokens[0]), key)
        elif key[1] == "facility" and len(tokens) > 1 and tokens[0] in SHIP_PREFIXES:
            self.forms.setdefault(normalise_name(" ".join(tokens[1:])), key)  # ``Steadfast``
        elif key[1] == "organization" and is_team(tokens, self.lower_words):
            self.forms.setdefault(normalise_name(tokens[-1]), key)  # ``Comets`` for Denver Comets

    def canonical(self, form: str) -> str:
        """The name a form is published under: a pending full name, else the form
        (capitalised: ``the port of Antwerp`` names ``Port of Antwerp``)."""
        if form.startswith("port of "):
            form = "P" + form[1:]
        return self.pending.get(normalise_name(form), form)


_NUMBER: Final = re.compile(r"^(?:No\.\s)?\d{1,4}[A-Z]?$")


def numbered_prefix(form: str) -> str | None:
    """The words before a name's closing number (``NY`` of ``NY 93``, ``UFC`` of ``UFC
    100``, ``WrestleMania`` of ``WrestleMania XIX``), or None: names of one series."""
    words_ = form.split()
    if len(words_) < 2 or not words_[-2][:1].isupper():
        return None
    last = words_[-1]
    if not (_NUMBER.match(last) or (len(last) > 1 and ROMAN.match(last))):
        return None
    return normalise_name(" ".join(words_[:-1]))


def _with_middle_names(tokens: list[str], name: str) -> bool:
    """``Marta Lynn Quill`` for ``Marta Quill``: the same first and last word with
    middle names between them."""
    short = name.split()
    return (
        len(short) >= 2
        and len(tokens) > len(short)
        and tokens[0] == short[0]
        and (tokens[-len(short) + 1 :] == short[1:])
    )


def key_for(candidate: Candidate, text: str, names: Register, topic: Topic) -> Key | None:
    """The entity a candidate names: known to the register, the topic, or typed by its
    words and context; None when nothing says what it is."""
    if candidate.head_only:  # ``Hall`` after Conrad Hall; ``the Park`` is no name
        known = names.get(candidate.text) or names.surnames.get(candidate.text)
        return known if known is not None and known[1] == "person" else None
    if placed_by_region(candidate, text):  # ``born in Petoskey, Michigan``: a place here
        return (names.canonical(candidate.text), "place")
    known = names.get(candidate.text)
    if known is not None:
        return known
    kind = classify(candidate, text, names.lower_words)
    if (
        candidate.text in topic.short_names
        and names.topic is not None
        and (kind is None or kind == names.topic[1] != "place")
    ):  # a place named like a place topic's first word is another place (``Ülemiste``)
        return names.topic  # ``Fraunhofer announced …`` in the article on the Fraunhofer Society
    if len(candidate.tokens) == 1 and candidate.text in names.surnames:
        return names.surnames[candidate.text]
    if (
        len(candidate.tokens) > 1
        and kind in (None, "person")
        and candidate.tokens[0] not in given_names()  # ``Donald Duck`` is a name of its own
    ):
        person = names.surnames.get(candidate.tokens[-1])
        if person is not None and person[0].endswith(" " + candidate.text):
            return person  # ``Suetonius Paulinus`` for Gaius Suetonius Paulinus
    is_topic = (
        candidate.text == topic.name
        or (topic.type == "person" and _with_middle_names(candidate.tokens, topic.name))
        or (candidate.text in topic.short_names and kind is None)
        or (
            _LEGAL_SUFFIX.fullmatch(candidate.text[len(topic.name) :]) is not None
            and candidate.text.startswith(topic.name)
        )
    )
    if is_topic and names.topic is not None and kind in (None, names.topic[1]):
        return names.topic
    if kind is not None:
        return (names.canonical(candidate.text), kind)
    prefix = numbered_prefix(candidate.text)
    if prefix is not None and prefix in names.series and not text[: candidate.start].endswith("("):
        # (not ``Hinman Road (CR 903)``: another name of the road)
        return (names.canonical(candidate.text), names.series[prefix])  # ``NY 78``
    return None


def coordinated_types(
    candidates: Sequence[Candidate], typed: dict[int, Key], text: str
) -> list[tuple[Candidate, str]]:
    """Untyped names coordinated with persons or places take their type
    (``Bulan, Rempang and Galang``; ``N. R. Narayana Murthy, Nandan Nilekani, …``)."""
    out: list[tuple[Candidate, str]] = []
    plural_units = " and " in text and (
        _PLURAL_UNITS.search(text) is not None or _PLACES_OF.search(text) is not None
    )
    if len(candidates) < (2 if plural_units else 3):
        return out
    if "," not in text and not plural_units:
        return out
    runs: list[list[Candidate]] = [[]]
    for candidate in candidates:
        run = runs[-1]
        if run and text[run[-1].end : candidate.start] in _LIST_GAPS:
            run.append(candidate)
        else:
            runs.append([candidate])
    for run in runs:
        if plural_units and len(run) >= 2 and _PLURAL_UNITS.match(text, run[-1].end):
            out += [(c, "place") for c in run if c.start not in typed]  # ``A and B districts``
            continue
        if len(run) >= 2 and _places_of(text, run[0].start):
            out += [(c, "place") for c in run if c.start not in typed]  # ``the islands of A, B``
            continue
        if len(run) < 3:
            continue
        kinds = {typed[c.start][1] for c in run if c.start in typed}
        typed_count = sum(c.start in typed for c in run)
        if len(kinds) != 1 or 2 * typed_count < len(run):
            continue
        kind = kinds.pop()
        if kind == "person":  # a full name, opening with a given name or an initial,
            # unless nearly the whole list is people already (``…, Nandan Nilekani, …``)
            mostly = len(run) >= 4 and 3 * typed_count >= 2 * len(run)
            out += [
                (c, kind)
                for c in run
                if c.start not in typed
                and len(c.tokens) > 1
                and (mostly or c.tokens[0] in given_names() or INITIAL.match(c.tokens[0]))
                and c.tokens[0] not in WORDLIKE_GIVEN_NAMES
            ]
        elif kind == "place":
            out += [(c, kind) for c in run if c.start not in typed]
        elif kind == "organization" and 3 * typed_count >= 2 * len(run):
            # ``outbidding Fox Searchlight Pictures, October Films, Metro-Goldwyn-Mayer,
            # and Lakeshore Entertainment``: a list of companies, but no person's name
            out += [
                (c, kind)
                for c in run
                if c.start not in typed
                and not looks_like_person(c.tokens)
                and c.tokens[0].lower() not in MONTHS  # ``On September 1, 3rd Battalion``
            ]
    return out


# A lower-case plural unit noun after a list of names: every listed name is a place
# (``the Victoria Island and Ikoyi districts of Lagos``).
_PLURAL_UNITS: Final = re.compile(
    r"\s+(?:districts|neighbou?rhoods|suburbs|boroughs|wards|villages|towns|townships|"
    r"islands|provinces|counties|municipalities|prefectures)\b"
)


_PLACES: Final = r"\b(?:" + "|".join(sorted(PLURAL_LOCATION_NOUNS)) + r")\s+of\s+(?:the\s+)?"
_PLACES_OF: Final = re.compile(_PLACES + r"(?=[A-Z])")
_PLACES_OF_BEFORE: Final = re.compile(_PLACES + r"$")


def _places_of(text: str, start: int) -> bool:
    """A list opening after a plural place noun and ``of``: ``the villages of …``."""
    return (
        "A" <= text[start : start + 1] <= "Z"
        and _PLACES_OF_BEFORE.search(text, max(0, start - 40), start) is not None
    )


def split_possessives(
    candidates: list[Candidate], text: str, names: Register, topic: Topic
) -> list[Candidate]:
    """``DSOA's Headquarters`` names nothing known: its owner ``DSOA`` may."""
    if "'" not in text and "’" not in text:
        return candidates
    out = []
    for candidate in candidates:
        match = _OWNER.match(candidate.text)
        if (
            match
            and (
                key_for(candidate, text, names, topic) is None
                or (  # ``Egypt's Delta Gateway Economic Zone``: a country's zone, not its name
                    (is_country(match.group(1)) or is_region(match.group(1)))
                    and candidate.text[match.end() :][:1].isupper()
                    and head_type(candidate.text[match.end() :].split()) is not None
                    and normalise_name(candidate.text) != normalise_name(topic.name)
                )
            )
        ):
            owner = match.group(1)
            out.append(
                Candidate(
                    candidate.start,
                    candidate.start + len(owner),
                    owner,
                    candidate.title,
                    candidate.sentence_start,
                )
            )
            rest = candidate.start + match.end()
            if text[rest : candidate.end][:1].isupper() and " " in text[rest : candidate.end]:
                # ``Nigeria's Damola Osayomi`` (not ``the Warrior's Armstrong guns``)
                out.append(Candidate(rest, candidate.end, text[rest : candidate.end], None, False))
        else:
            out.append(candidate)
    return out


def distributed_heads(
    candidates: Sequence[Candidate], typed: dict[int, Key], text: str, names: Register
) -> None:
    """``Kyoto, Osaka, and Nara Prefectures``: each listed name with the plural head's
    singular is an entity of the head's type (``Kyoto Prefecture`` …); ``typed`` and the
    register get the full names (the bare names stay free for the cities)."""
    for i, candidate in enumerate(candidates):
        tokens = candidate.tokens
        if tokens[-1] in _PLURAL_AWARDS and i > 0 and len(tokens) > 1:
            previous = candidates[i - 1]
            kind = typed[previous.start][1] if previous.start in typed else None
            if text[previous.end : candidate.start] == " and " and kind in (None, "person"):
                key = (f"{previous.text} {_PLURAL_AWARDS[tokens[-1]]}", "award")
                names.add(key[0], key)
                typed[previous.start] = key  # ``the Ann Holt and Carl Berg Awards``
            continue
        singular = PLURAL_HEADS.get(tokens[-1])
        if singular is None or len(tokens) != 2 or i == 0 or is_place(candidate.text):
            continue  # ``United States`` is one name
        gap = text[candidates[i - 1].end : candidate.start]
        if gap not in _LIST_GAPS or not any(w in gap for w in ("and", "or", "&")):
            continue  # a list ends with ``and``: ``Philadelphia, Pennsylvania, United States``
        listed = [candidate]
        for previous in reversed(candidates[:i]):
            if text[previous.end : listed[-1].start] in _LIST_GAPS and len(previous.tokens) == 1:
                listed.append(previous)
            else:
                break
        if len(listed) < 2:
            continue
        kind = HEADS[singular]
        for item in listed:
            key = (f"{item.tokens[0]} {singular}", kind)
            names.add(key[0], key)
            typed[item.start] = key
