"""The type of a candidate name from its own words and its context, in this order:

1. a title before it (``Premier``, ``Colonel``) → person;
2. a first head (``Battle of``, ``Operation``, ``USS``) or the head word of the name (the
   last word before ``of``/``for``, else the last word: ``University of Pennsylvania``,
   ``Port of Antwerp``, ``Asian Association of Business Incubation``);
3. award words (``Best …``, ``Top 10 …``);
4. the gazetteer (a place);
5. the shape of a person's name (a given name, then capitalised words);
6. a business verb after it (``… providing …solutions``, ``… manufactures``) →
   organization.

A candidate none of these types is left out (precision first), unless the document
names it elsewhere with a type (:mod:`pipeline.extract.entities.document`).
"""

from __future__ import annotations

import functools
import re
from typing import Final

from pipeline.extract.entities.gazetteer import (
    DEMONYM,
    EVENT_TAIL_WORDS,
    FACILITY_TAIL_WORDS,
    PLACE_CUES,
    PLACE_TAIL_WORDS,
    is_country,
    is_place,
    is_region,
    large_place,
    place_kind,
)
from pipeline.extract.entities.heads import AFTER_CITY, AFTER_PLACE, FIRST_HEADS, HEADS
from pipeline.extract.entities.names import ROMAN, UPPER, Candidate
from pipeline.extract.entities.people import WORDLIKE_GIVEN_NAMES, given_names, looks_like_person
from pipeline.extract.entities.press import publication_context
from pipeline.extract.entities.teams import is_league, is_team
from pipeline.extract.entities.titles import (
    HONORIFICS,
    NAME_HONORIFICS,
    NAMING_NOUNS,
    PERSON_ROLES,
    TERRITORIAL_ROLES,
)
from pipeline.extract.words import STOP_WORDS, words

_AWARD_WORDS: Final = re.compile(
    r"\b(?:Best|Top\s+\d+|Hall\s+of\s+Fame|Grand\s+Prix)\b|\bof\s+the\s+(?:Year|Decade|Month)\b"
)
# ``born in Petoskey, Michigan``: a place's name before its region.
_REGION_AFTER: Final = re.compile(r",\s+(?P<region>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,2})")
# Words around a two- or three-word name that say it names a person (``directed by Sam
# Mendes``, ``critic Todd McCarthy``, ``Wes Bentley, who``); the words right before a
# one-word name that do are ``NAMING_NOUNS`` (``the historian Tacitus``).
PERSON_CUES: Final = (
    NAMING_NOUNS
    | PERSON_ROLES
    | words(
        """by starring chairman president general colonel captain officer commander bishop king
        queen emperor"""
    )
)
# ``Lucan, the poet``, ``Jane, their daughter``: a naming noun in apposition after a name.
_NOUN_AFTER: Final = re.compile(
    r",\s+(?:the|a|an|his|her|their|its)\s+(?:[a-z\-]+\s+){0,2}?(?:"
    + "|".join(sorted(NAMING_NOUNS, key=len, reverse=True))
    + r")\b(?![\-'’])"
)
# A noun right before a title that says it names a work (``the 1986 film The Color of
# Money``); plural before ``like``/``including`` (``films like Fight Club``).
WORK_NOUNS: Final = words(
    """film movie novel book album song single play musical opera sitcom documentary
    poem painting novella memoir"""
)
_WORK_LIST: Final = re.compile(
    r"\b(?:"
    + "|".join(sorted(WORK_NOUNS, key=len, reverse=True))
    + r")s\b[^.;:!?\"“”]{0,40}?\b(?:like|including|such\s+as|as)\s+(?:the\s+)?$"
)  # ``films such as Fight Club``, ``films like Fight Club``
# Word pairs before a one-word name that make it a person's (``married to Carolyn``,
# ``the role of Carolyn``).
_PERSON_PAIRS: Final = frozenset(
    {("married", "to"), ("role", "of"), ("according", "to"), ("engaged", "to")}
)
# ``Keith (Enrico Colantoni)``: a character and the actor who plays them.
_PLAYED_BY: Final = re.compile(
    rf"\s\((?P<actor>[{UPPER}][\w\-.]+(?:\s[{UPPER}][\w\-.']+){{1,2}})\)"
)
_PERSON_AFTER: Final = re.compile(
    r"^(?:\s*,\s*who\b|\s+(?:\w+ly\s+)?(?:said|says|stated|wrote|writes|told|explained|recalled|"
    r"noted|added|argued|stars|starred|played|portrayed|directed|died|was\s+born|married|advised|"
    r"believed|claimed|commented|insisted|praised|criticized|criticised|suggested|replied|"
    r"responded|remembered|mentions|mentioned|described|observed|concluded|competed|resigned|"
    r"retired|testified|graduated|sang|pitched|confessed|apologi[sz]ed|"
    r"(?:was|is|has\s+been)\s+(?:appointed|elected|sworn\s+in|re-elected|hired))\b|['’]s\s+"
    r"(?:wife|husband|father|mother|son|daughter|brother|sister|death|career|performance)\b|"
    r"\s*,\s+(?:the\s+|an?\s+)?(?:former\s+|then\s+|current\s+|later\s+|senior\s+|chief\s+)?"
    r"(?:executive\s+|managing\s+)?(?i:"
    + "|".join(sorted((re.escape(r.lower()) for r in PERSON_ROLES), key=len, reverse=True))
    + r")\s+(?:of|at)\b)"
)
# Roles whose ``of`` names the body a person works for (a place is typed before this).
_EMPLOYER_ROLES: Final = words(
    """director president chairman chairwoman ceo cfo coo cto founder co-founder manager
    officer executive partner owner treasurer vice-president"""
)
# A speech verb right before a full name, the name closing the clause: the speaker
# (``… ," said Grace Cheung, an economist at …``, ``said Ana Ruiz.``).
_SPEAKER_BEFORE: Final = words("said says added noted explained stated")
_SPEAKER_END: Final = re.compile(r"\s*(?:[,.;:]|$)")
# A common noun right before a name that says it names an organisation
# (``the Finnish company Technopolis``).
ORG_NOUNS: Final = words(
    """company companies firm corporation conglomerate startup start-up manufacturer brand
    label airline carrier bank retailer publisher newspaper magazine band group agency
    operator developer subsidiary broadcaster network club team university charity
    foundation organisation organization supplier maker producer automaker carmaker insurer
    lender contractor exporter distributor provider consultancy brokerage"""
)
# Plural organisation nouns before a pair of names (``the Dutch companies ASM and Philips``).
_PLURAL_ORG_NOUNS: Final = words(
    """companies firms corporations conglomerates startups manufacturers brands labels
    airlines carriers banks retailers publishers newspapers magazines bands agencies
    operators developers subsidiaries broadcasters networks clubs teams universities
    charities foundations organisations organizations"""
)
# What a park's tenant is: ``its first tenant, Det Norske Veritas``.
TENANT_NOUNS: Final = words("tenant tenants occupant occupants")
# Passive verbs whose agent (``managed by X``) is an organisation when one word names it.
AGENT_VERBS: Final = words(
    """managed operated owned acquired run administered maintained funded financed sponsored
    developed built bought purchased"""
)
# A word with a capital inside (``DreamWorks``), not a surname's (``McCarthy``,
# ``DeSantis``, ``LaGuardia``).
_CAMEL: Final = re.compile(r"^[A-Z][a-z]{2,}[A-Z][a-z]{2,}$")
_ACTS_AFTER: Final = re.compile(
    r"\s+(?:\w+ly\s+)?(?:[a-z]+ed|had|has|was|is|said|says|announced)\b"
)
_NAME_PREFIX: Final = re.compile(r"^(?:Mc|Mac|De|Di|Da|La|Le|Van|Von|Du|Del|Della|St|Fitz|O)[A-Z]")
# ``four seasons with the Michigan Wolverines``, ``played for the X``: a team.
TEAM_CUES: Final = words("season seasons year years career played plays playing signed joined")
# Words before an opponent (``beat Ohio State``, ``faced off with Penn State``).
OPPONENT_CUES: Final = words("against beat beating defeated defeating versus vs vs.")
# ``a subsidiary of X``: what these are of is an organisation.
PART_NOUNS: Final = words("subsidiary subsidiaries division affiliate arm unit")
# What leads into the place something is in (``situated in``, ``the city of``).
LOCATION_VERBS: Final = words("located situated based lies lying")
LOCATION_NOUNS: Final = words(
    "city town village hamlet municipality province county state region district "
    "neighborhood neighbourhood suburb island islet atoll ward borough parish commune "
    "township emirate governorate"
)
# The same nouns in the plural, before a list of the places they name (``the seven main
# islands of Pulau Ayer Chawan, Pulau Merlimau and Pulau Seraya``).
PLURAL_LOCATION_NOUNS: Final = words(
    "cities towns villages hamlets municipalities provinces counties states regions "
    "districts neighborhoods neighbourhoods suburbs islands islets atolls wards boroughs "
    "parishes communes townships emirates governorates"
)
# A lower-case noun after a name that says the name is a place (``the Nadd Hessa community``).
_PLACE_NOUN: Final = re.compile(
    r"\s+(?:community|neighbou?rhood|district|subdistrict|sub-district|region|subregion|"
    r"province|county|municipality|suburb|village|town|city|island|peninsula|valley|area|"
    r"mountain|mountains|range|river|lake|bay|coast|state)\b"
)
# Verbs before a championship or title that make it a title held, not the event
# (``won the World Heavyweight Championship``, ``to retain the Championship``).
_WIN_VERBS: Final = words(
    """won win wins winning retain retained retains retaining regained regain captured
    capture defended defend held holds"""
)
_BUSINESS: Final = re.compile(
    r"\s*,?\s*(?:provides|manufactures|produces|supplies|sells|develops|exemplifies)\b"
)


def head_type(tokens: list[str]) -> str | None:
    """The type a name's own words give it (a number at the end is skipped:
    ``New York State Route 93``)."""
    while len(tokens) > 1 and (any(ch.isdigit() for ch in tokens[-1]) or ROMAN.match(tokens[-1])):
        tokens = tokens[:-1]  # ``New York State Route 93``, ``Singapore Science Park II``
    if len(tokens) > 2 and tokens[-1].isupper() and tokens[-2] in HEADS and tokens[-1] not in HEADS:
        tokens = tokens[:-1]  # ``No. 202 Squadron RAF``: the body the unit belongs to
        # (not a legal form: ``Vidin Bridgehead Industrial Park EAD`` is the company)
    if tokens[0] in FIRST_HEADS and len(tokens) > 1:
        return FIRST_HEADS[tokens[0]]
    before = tokens
    for i, token in enumerate(tokens):
        if token in ("of", "for") and i > 0:
            before = tokens[:i]
            break
    if len(before) < len(tokens) and before[-1] in FIRST_HEADS:  # ``Second Battle of …``
        return FIRST_HEADS[before[-1]]
    for word in (before[-1], tokens[-1]):
        word = word.rstrip(".,")
        if word in HEADS:
            return HEADS[word]
        if word + "." in HEADS:
            return HEADS[word + "."]
    return None


def _words_before(sentence: str, start: int) -> list[str]:
    """The last few words before ``start``, lower case; ``then-coach`` counts as ``coach``."""
    return [w.rsplit("-", 1)[-1] for w in sentence[max(0, start - 40) : start].lower().split()[-4:]]


def _leads_into_place(before: list[str]) -> bool:
    """``located in``, ``situated just at``, ``the city of``."""
    if len(before) < 2:
        return False
    if before[-1] in ("in", "at", "within"):
        verb = before[-3] if before[-2] == "just" and len(before) > 2 else before[-2]
        return verb in LOCATION_VERBS
    return before[-1] == "of" and (
        before[-2] in LOCATION_NOUNS or before[-2] in PLURAL_LOCATION_NOUNS
    )


def _person_context(
    candidate: Candidate, sentence: str, lower_words: frozenset[str], before: list[str]
) -> bool:
    """A person's word before the name or a person's verb after it, the name's own words
    all capitalised, none of them a head, a title, a word or an acronym; a one-word name
    needs a naming noun right before it (``the historian Tacitus``) or ``according to``;
    a name opening with a wordlike given name needs the verb (``Dale Olson advised``)."""
    tokens = candidate.tokens
    if not all(t[:1].isupper() for t in tokens):
        return False
    if any(t in HEADS or t in FIRST_HEADS or t in HONORIFICS for t in tokens):
        return False
    if any(
        t.lower() in lower_words or (t.isupper() and not ROMAN.match(t)) or "'" in t or "’" in t
        for t in tokens
    ):
        return False  # ``Horizon League``, ``Provisional IRA``: words, acronyms, possessives
    verb_after = _PERSON_AFTER.match(sentence[candidate.end : candidate.end + 60]) is not None
    according = before[-2:] == ["according", "to"]
    if len(tokens) == 2 and before and _place_possessive(before[-1]):
        return True  # ``Nigeria's Damola Osayomi``: a country's athlete
    if len(tokens) == 1:
        return (
            bool(before)
            and (
                before[-1].rstrip(",") in NAMING_NOUNS  # ``his wife, Carolyn``
                or tuple(before[-2:]) in _PERSON_PAIRS
                or _NOUN_AFTER.match(sentence, candidate.end) is not None
                or _played_by(sentence, candidate.end)
            )
        )
    if tokens[0] in WORDLIKE_GIVEN_NAMES and not verb_after:
        return False
    if verb_after:
        return True
    after = sentence[candidate.end : candidate.end + 40].split(maxsplit=1)
    if after and after[0].isalpha() and after[0].islower() and after[0] not in STOP_WORDS:
        return False  # ``North Korean forces``: an adjective
    return bool(before) and (before[-1] in PERSON_CUES or according)


def _place_possessive(word: str) -> bool:
    """``nigeria's``: a country's or region's possessive (the words are lower case here)."""
    if not (word.endswith("'s") or word.endswith("’s")):
        return False
    name = word[:-2]
    return any(is_country(n) or is_region(n) for n in {name.title(), name.upper()})


def _played_by(sentence: str, end: int) -> bool:
    """``Keith (Enrico Colantoni)``: a person's full name in brackets right after."""
    match = _PLAYED_BY.match(sentence, end)
    return match is not None and looks_like_person(match["actor"].split())


_COMPASS: Final = frozenset(
    {"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western"}
)


def placed_by_region(candidate: Candidate, sentence: str) -> bool:
    """``born in Petoskey, Michigan``: a one-word name (or one after a compass word:
    ``in South Oxfordshire, England``) after a place cue and before a comma and a region
    or country is a place."""
    words_ = candidate.text.split()
    if not sentence.startswith(",", candidate.end) or not (
        len(words_) == 1 or (len(words_) == 2 and words_[0] in _COMPASS)
    ):
        return False
    previous = sentence[max(0, candidate.start - 20) : candidate.start].split()
    if not previous or previous[-1].lower() not in PLACE_CUES:
        return False
    region = _REGION_AFTER.match(sentence, candidate.end)
    if region is None:
        return False
    name = region["region"]
    return is_region(name) or is_country(name) or HEADS.get(name.split()[-1]) == "place"


def _stem_type(tokens: list[str]) -> str | None:
    """The type a head takes from the place before it (``Bintulu Division``, ``Cleveland
    State``), or None."""
    if len(tokens) < 2:
        return None
    stem = " ".join(tokens[:-1])
    if tokens[-1] in AFTER_PLACE and is_place(stem):
        return AFTER_PLACE[tokens[-1]]
    if tokens[-1] in AFTER_CITY and is_place(stem) and not (is_region(stem) or is_country(stem)):
        return AFTER_CITY[tokens[-1]]
    return None


@functools.lru_cache(maxsize=65536)
def classify(
    candidate: Candidate, sentence: str, lower_words: frozenset[str] = frozenset()
) -> str | None:
    """The type of ``candidate`` in ``sentence``, or None when nothing says it;
    ``lower_words`` are the words its document writes in lower case."""
    tokens = candidate.tokens
    previous = sentence[max(0, candidate.start - 40) : candidate.start].split()
    cued = bool(previous) and (
        previous[-1].lower() in PLACE_CUES
        or (previous[-1].endswith(",") and previous[-1][:1].isupper())
    )  # ``in Virginia``, ``Newport News, Virginia``
    given = tokens[0] in given_names()
    if candidate.title and not place_kind(candidate.text, cued=True, given_name=False):
        return "person"
    if len(tokens) > 2 and tokens[0] in ("port", "Port") and tokens[1] == "of":
        return "facility"  # ``the port of Rotterdam``: a port named by its city
    if len(tokens) > 1 and tokens[-1] == "government":
        return "organization"  # ``the Dubai government``
    if len(tokens) > 1 and tokens[-1] in PLACE_TAIL_WORDS:
        return "place"  # ``the Gandhinagar district``
    if len(tokens) > 1 and tokens[-1] in FACILITY_TAIL_WORDS:
        return "facility"  # ``the Tien Hou temple``
    if len(tokens) > 1 and (is_country(candidate.text) or is_region(candidate.text)):
        return "place"  # ``Soviet Union``, ``United Arab Emirates``: the gazetteer knows them
    if tokens[0] == "Best" or (tokens[0] == "Top" and len(tokens) > 1 and tokens[1].isdigit()):
        return "award"  # ``Best Film Music``, ``Top 10 …``
    if "Hall of Fame" in candidate.text:
        return "award"  # not a hall: ``Wrestling Observer Newsletter Hall of Fame``
    if is_league(tokens):
        return "organization"  # ``Coastal League Baseball``
    before = _words_before(sentence, candidate.start)
    if (
        len(tokens) == 2
        and before
        and before[-1] in NAMING_NOUNS
        and given
        and tokens[0] not in WORDLIKE_GIVEN_NAMES
        and tokens[1].isalpha()
        and tokens[1][:1].isupper()
    ):
        return "person"  # ``cinematographer Conrad Hall``: not a hall
    if (
        before
        and not candidate.title
        and (
            before[-1] in WORK_NOUNS
            or (before[-1] == "the" and len(before) > 1 and before[-2] in WORK_NOUNS)
            or _WORK_LIST.search(sentence, max(0, candidate.start - 70), candidate.start)
        )
        and not looks_like_person(tokens)
        and not is_place(candidate.text)
        and sentence[candidate.end : candidate.end + 2].strip()[:1] not in ("'", "’")
    ):  # (not ``songs such as the Beach Boys' "Surfer Girl"``: whose songs)
        return "work"  # ``the film The Color of Money``, ``films like Fight Club``
    if len(tokens) == 1 and not candidate.title and _played_by(sentence, candidate.end):
        return "person"  # ``Logan (Jason Dohring)``: a character, not the city
    kind = head_type(tokens)
    if kind == "event" and tokens[-1] == "Championship":
        after_the = before[:-1] if before and before[-1] == "the" else before
        if after_the and after_the[-1] in _WIN_VERBS:
            return "award"  # ``retained the NWL Championship``: a title held
    if (
        len(tokens) == 2
        and tokens[-1] == "State"
        and len(before) > 1
        and (before[-1] in OPPONENT_CUES or before[-2:] in (["off", "with"], ["faced", "with"]))
    ):
        return "organization"  # ``beat Ohio State``: a university's team
    if kind is not None:
        return _stem_type(tokens) or kind
    if is_team(tokens, lower_words):
        return "organization"
    last = before[-1] if before else ""
    if len(before) >= 3 and last in ("and", "or") and before[-3] in _PLURAL_ORG_NOUNS:
        return "organization"  # ``the Dutch companies ASM and Philips``
    if last in ORG_NOUNS or (
        last.rstrip(",") in TENANT_NOUNS and not looks_like_person(tokens) and tokens[0][-1] != "."
    ):
        return "organization"  # ``the Finnish company Technopolis``, ``its first tenant, X``
    if len(before) > 1 and (
        (last == "by" and before[-2] in AGENT_VERBS and len(tokens) == 1 and not given)
        or (last == "of" and before[-2] in PART_NOUNS)
    ):
        return "organization"  # ``Managed by Ascendas``, ``a subsidiary of Capitaland``
    after_the = before[:-1] if before and before[-1] == "the" else before
    if len(after_the) > 1 and after_the[-1] in ("with", "for") and after_the[-2] in TEAM_CUES:
        return "organization"  # ``In four seasons with the Michigan Wolverines``
    if (
        len(tokens) > 1
        and DEMONYM.search(tokens[0])
        and (is_region(" ".join(tokens[1:])) or is_country(" ".join(tokens[1:])))
    ):
        return "place"  # ``French North Africa``
    if _AWARD_WORDS.search(candidate.text):
        return "award"
    if place_kind(
        candidate.text,
        cued=cued,
        given_name=given or (len(tokens) == 1 and candidate.sentence_start),
    ):
        after = sentence[candidate.end : candidate.end + 40].split()
        attributive = (
            len(tokens) == 1
            and not cued
            and not is_country(candidate.text)
            and bool(after)
            and after[0].isalpha()
            and after[0].islower()
            and after[0] not in STOP_WORDS
        )
        demonym = (
            len(tokens) == 1 and bool(DEMONYM.search(tokens[0])) and not large_place(tokens[0])
        )
        if not attributive and not demonym:  # ``Roman emperor``, ``the Roman people``
            return "place"
    if len(before) > 1 and before[-1] == "of" and before[-2] in TERRITORIAL_ROLES:
        return "place"  # ``the governor of Hispania Tarraconensis``
    if (
        len(before) > 1
        and before[-1] == "of"
        and before[-2].rstrip(",") in _EMPLOYER_ROLES
        and not looks_like_person(tokens)
    ):
        return "organization"  # ``Managing Director of Lumina Microsystems``
    if len(tokens) > 1 and tokens[-1] in EVENT_TAIL_WORDS:
        return "event"  # ``the NCAA tournament``
    if (
        len(tokens) == 1
        and _CAMEL.match(tokens[0])
        and not _NAME_PREFIX.match(tokens[0])
        and _ACTS_AFTER.match(sentence, candidate.end)
    ):
        return "organization"  # ``DreamWorks financed``: a company's spelling, acting
    if looks_like_person(tokens):
        return "person"
    if (
        2 <= len(tokens) <= 4
        and last in _SPEAKER_BEFORE
        and not candidate.title
        and all(t[:1].isupper() and t.replace("-", "").isalpha() for t in tokens)
        and _SPEAKER_END.match(sentence, candidate.end)
    ):
        return "person"  # ``said Małgorzata Wiśniewska-Król, President of …``
    if not candidate.title and publication_context(candidate.start, candidate.end, sentence):
        return "organization"  # ``Robert Copsey of Digital Spy noted``: a publication
    if len(tokens) > 1 and tokens[0] in NAME_HONORIFICS and tokens[1][:1].isupper():
        return "person"  # ``Lord Palmerston``, ``Sheikh Mohammed``
    if placed_by_region(candidate, sentence):
        return "place"  # ``born in Petoskey, Michigan``
    if _leads_into_place(before[:-1] if before and before[-1] == "the" else before):
        return "place"  # ``situated in Vale of the White Horse``: what things are in
    if len(tokens) <= 3 and _person_context(candidate, sentence, lower_words, before):
        return "person"
    if (
        _PLACE_NOUN.match(sentence, candidate.end)
        and not candidate.sentence_start
        and not DEMONYM.search(tokens[-1])
    ):
        return "place"
    if len(tokens) > 1 and candidate.sentence_start and _BUSINESS.match(sentence, candidate.end):
        return "organization"
    return None
