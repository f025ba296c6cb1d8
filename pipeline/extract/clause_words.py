"""Words of a clause, read for describing a date: whether a clause has a verb or opens
with one, where ``and``/``but`` or a subordinator joins two clauses, the noun phrase a
clause opens or ends with, whether a phrase can be an actor, and a description cut to a
few words. Used by :mod:`pipeline.extract.descriptions`."""

from __future__ import annotations

import re
from itertools import pairwise

from pipeline.extract.verbs import is_base_form, is_verb
from pipeline.extract.words import DETERMINERS, words

_PARTICIPLE = re.compile(r"[a-z]{3,}(?:ed|en)|built|made|held|won|led|set|begun|sent|shot|laid")


_DANGLING = re.compile(
    r"(?:\s+(?:and|or|but|to|of|the|a|an|with|for|by|at|in|on|from|as|before|after|being|"
    r"was|were|is|are|its|his|her|their|that|which|who|along|together|including|prior|"
    r"according|following|about|into|than|like|during|within|between|against|among|via|"
    r"more|less|very|based|due|owing|thanks|near|across|behind|beyond|despite|throughout|"
    r"toward|towards|without|amid|upon|onto|outside|inside|under))+$",
    re.IGNORECASE,
)


_MAX_DESCRIPTION = 10
_MAX_WITH_DATE = 14  # words when a date inside a noun phrase is kept
_NOUN_AFTER_DATE = 4  # words of that noun phrase kept after its date

_FINITE = words("is was are were has had have will would can could")

_AUXILIARY_ING = words("having being getting")

_PARTICLES = words("down up out off away back over not")

_SUBJECT_PRONOUNS = words("it he she they")

_THAT = words("that whether")  # "reported that [the winner of the fight] would face …"


_OPENERS = words("after before following when while since until once although though")


DATE_LIST = re.compile(
    r"\x00+(?:\s*(?:,|and|or|to|–|—|-|/)\s*\x00+)+"
)  # "the 1860s and 1870s", "fiscal 2023/24"


COORDINATE = re.compile(r"\s(and|but)\s+([\w'’-]+|\x00)(?:\s+(\S+))?", re.IGNORECASE)


_PREPOSITIONS = frozenset(
    ["in", "on", "at", "by", "during", "from", "until", "since", "after", "before"]
)


# -ing words that are no participle: "During the 1947 game", "Morning came"
_ING_NOUNS = words(
    """during notwithstanding morning evening spring king thing nothing something anything
    everything"""
)
_TIME_ADVERBS = words("only then later finally again also soon eventually subsequently")
_PAST = re.compile(r"[a-z]{3,}ed")
_IRREGULAR_PAST = words(
    "given taken written chosen shown known drawn grown thrown seen done sent held made built"
)

_LEAD_CONJUNCTION = re.compile(r"^(?:and|but|or)\s+", re.IGNORECASE)
# "before reopening …", "After finishing …": a subordinator before a participle
_LEAD_SUBORDINATOR = re.compile(
    r"^(?:before|after|since|while|when|upon|without|by) (?=[a-z]{3,}ing\b)", re.IGNORECASE
)
# "… closed in 1992 before reopening in 2001": a participle clause of its own
PARTICIPLE_CLAUSE = re.compile(
    r"\s(?=(?:before|after|since|while|upon|without)\s+(?!being\b|having\b)[a-z]{3,}ing\s)",
    re.IGNORECASE,
)


STOPS = frozenset(
    [
        "of",
        "in",
        "on",
        "at",
        "by",
        "for",
        "from",
        "with",
        "to",
        "and",
        "or",
        "but",
        "as",
        "that",
        "which",
        "who",
        "than",
        "into",
        "about",
        *[
            "behind",
            "beside",
            "besides",
            "like",
            "unlike",
            "beyond",
            "despite",
            "during",
            "after",
            "before",
            "since",
            "until",
            "against",
            "among",
            "between",
            "without",
            "within",
            "across",
            "near",
            "toward",
            "towards",
            "via",
        ],
    ]
)


LINKS = frozenset(["by", "at", "in", "on", "from", "to", "for", "with", "of"])

# words that open a clause of its own: a description cut a word or two after one ends before
_CLAUSE_OPENERS = words("when while where because although though whereas unless if")
# words that open a phrase or a clause: a description may end before them
_PHRASE_OPENERS = STOPS | words(
    """outside inside around through throughout under along upon onto beneath above below
    past then while when where thereby thus whereas because"""
)


NAME_LINKS = words("of and the de du la & for bin ibn al van von da di del der le")


def words_of(piece: str) -> list[str]:
    return [w.lower().strip("\"'“”‘’()") for w in piece.split()]


def has_verb(piece: str) -> bool:
    """A verb among the clause's words; a capitalised word is a name (``Mohammed``), except
    the clause's first before a lower-case one (``Raised in …``)."""
    raw = _LEAD_SUBORDINATOR.sub("", _LEAD_CONJUNCTION.sub("", piece)).split()
    words = words_of(" ".join(raw))
    if not words:
        return False
    if (
        words[0].endswith("ing")
        and len(words[0]) > 4
        and words[0] not in _ING_NOUNS
        and (len(raw) < 2 or raw[1].islower())
    ):
        return True  # "starting operation on 1 January 1983"
    for i, (a, w, b) in enumerate(zip(["", *words[:-1]], words, [*words[1:], ""], strict=True)):
        name = raw[i][:1].isupper() and (i > 0 or (i + 1 < len(raw) and raw[i + 1][:1].isupper()))
        if name or (a == "of" and not past_or_finite(w)):
            continue  # "tract of land 385 acres": a noun after "of" (not "of [1870s] retained")
        w = unprefixed(w)
        if is_verb(w, a, b) or (_PARTICIPLE.fullmatch(w) and a not in DETERMINERS):
            return True
    return False


_VERB_PREFIX = re.compile(r"^(?:re|co|pre|un|mis|out|over|de)-(?=[a-z]{3,}$)")


def unprefixed(word: str) -> str:
    """A lower-case word without a verb's hyphenated prefix (``re-expanded`` → ``expanded``,
    ``co-founded`` → ``founded``), to be read as the verb it is."""
    return _VERB_PREFIX.sub("", word)


def opens_with_verb(piece: str) -> bool:
    """Does the clause start with its verb (``opened to traffic``, ``starting operation``)?
    Not when a finite verb follows a few words on (``sailing rigs were obsolete``)."""
    words = words_of(piece)
    if not words:
        return False
    raw = piece.split()
    if len(raw) > 1 and raw[0][:1].isupper() and raw[1][:1].isupper():
        return False  # "King Olaf of Norway invaded …": a name, not "king" as a verb
    first, nxt = words[0], words[1] if len(words) > 1 else ""
    if first.endswith("s") and nxt in _FINITE:
        return False  # "ships were laid down": a plural subject and its auxiliary
    participle = _PARTICIPLE.fullmatch(first) is not None or first.endswith("ing")
    gerund = first.endswith("ing") and first not in _AUXILIARY_ING
    if gerund and nxt and is_verb(nxt, first, words[2] if len(words) > 2 else ""):
        return False  # "seeding began", "building started": the -ing word is the subject
    if participle and not is_verb(first, "", nxt):
        later = words[1:4]
        if any(w in _FINITE for w in later):
            return False  # "sailing rigs were …", "rigged ships were …": part of the subject
    return is_verb(first, "", nxt) or participle


def coordinates(m: re.Match[str]) -> bool:
    """Does the ``and``/``but`` at ``m`` join two clauses (``began in 1934 but was halted in
    1938``, ``… and in 1940 it was proposed``) rather than two nouns?"""
    if m.group(1).lower() == "but":
        return True
    nxt, after = m.group(2).lower(), (m.group(3) or "").lower()
    if nxt in _SUBJECT_PRONOUNS and is_verb(after, nxt, ""):
        return True  # "… emerged in 1850 and it was transformed …"
    if nxt in _TIME_ADVERBS and after in _PREPOSITIONS and after != "by":
        return True  # "… lasted longer than planned and only in June 1942 the unit …"
    if (_PAST.fullmatch(nxt) or nxt in _IRREGULAR_PAST) and after in DETERMINERS:
        return True  # "… were seeded fifth and given a first-round match on March 18"
    return is_verb(nxt, "and", after) or (nxt in _PREPOSITIONS and after.startswith("\x00"))


def head_phrase(piece: str) -> str | None:
    """A noun phrase cut before its first preposition (``first railway link from the port``
    → ``first railway link``), when it is one: a name or a determiner's phrase."""
    words = piece.split()
    while len(words) > 1 and words[0].lower() in _OPENERS:
        words = words[1:]  # "After the first clashes of ironclads" → "the first clashes"
    cut = next((i for i, w in enumerate(words) if i and w.lower() in LINKS), len(words))
    head = " ".join(words[:cut])
    return head if cut <= 6 and is_name_like(head) else None


_TAIL_WORDS = 4  # words of a noun phrase a clause ends with
_TAIL_NAME_WORDS = 7  # more when they are a name: "Orang Kaya Mohammad Primary School"


def tail_noun_phrase(piece: str) -> str | None:
    """The noun phrase a clause ends with (``… it was clear the annual parade`` → ``the
    annual parade``): its last words after its last verb or function word, at most four (or
    seven of a name)."""
    words = piece.split()
    tail: list[str] = []
    for w in reversed(words):
        low = w.lower().strip("\"'“”‘’")
        if low in DETERMINERS:
            tail.insert(0, w)
            break
        if low in STOPS or is_verb(low, "", "") or not low[:1].isalpha() or low in _PARTICLES:
            break
        if _PARTICIPLE.fullmatch(low) and not w[:1].isupper():
            break  # "laid down centre-battery ironclads" → "centre-battery ironclads"
        tail.insert(0, w)
        if len(tail) == _TAIL_WORDS and not all(t[:1].isupper() for t in tail):
            break
        if len(tail) == _TAIL_NAME_WORDS or (len(tail) > _TAIL_WORDS and not w[:1].isupper()):
            break
    if len(tail) > _TAIL_WORDS and not tail[0][:1].isupper():
        tail = tail[1:]  # "the Orang Kaya Mohammad Primary School": a name run on, no "of"
    content = [w for w in tail if w.lower() not in DETERMINERS]
    return " ".join(tail) if content else None


def is_name_like(piece: str) -> bool:
    """A short noun phrase that can be an actor: a name (``Bintulu Edible Oil Sdn Bhd``)
    or a determiner and a few words (``the first refinery``)."""
    words = piece.split()
    if not 0 < len(words) <= 6 or words[0].lower() in STOPS - DETERMINERS:
        return False  # "On", "In the spring": a phrase of time or place, no actor
    if all(w[:1].isupper() or w.lower() in NAME_LINKS for w in words):
        return True
    plain = not any(w.islower() and w.endswith(("ed", "ly")) for w in words)  # not "Allied"
    return words[0].lower() in DETERMINERS and len(words) <= 5 and plain


_PART_NOUNS = words(
    """one two three some many most all several none each both any thousands hundreds
    dozens millions members number part rest majority half"""
)
_NAME_REACH = 3  # words a description may run on to end a name


def _name_end(words: list[str], i: int) -> int:
    """Where the name that goes on at ``words[i]`` ends (capitalised words, joined by
    ``of``, ``the``, ``and`` …)."""
    while i < len(words) and (words[i][:1].isupper() or _links_name(words, i)):
        i += 1
    return i


def _links_name(words: list[str], i: int) -> bool:
    """Do ``words[i]`` and the link words after it lead on to a capitalised word (``of``
    in ``Album of the Year``, ``of the`` in ``Bank of the West``)?"""
    k = i
    while k < len(words) and k < i + 2 and words[k].lower() in NAME_LINKS:
        k += 1
    return k > i and k < len(words) and words[k][:1].isupper()


def _infinitive(word: str, nxt: str) -> bool:
    """Are ``word`` and ``nxt`` an infinitive's ``to`` and its verb (``to be``, ``to build``)?"""
    return word.lower() == "to" and (nxt.lower() == "be" or is_base_form(nxt.lower()))


def past_or_finite(word: str) -> bool:
    """A finite auxiliary or a past form (``was``, ``visited``, ``re-released``)."""
    return word in _FINITE or _PAST.fullmatch(word.split("-")[-1]) is not None


def _phrase_ends(every: list[str], i: int) -> bool:
    """Does a phrase end before ``every[i]``: a preposition or conjunction opens the next,
    or a participle with its agent (``… mission | organized by …``), or punctuation closes
    the last (``… ranked the screenplay number 38 | on its list``; not ``vs.``)? Not at the
    ``of`` after ``one``, ``part``, ``most`` …"""
    last = every[i - 1]
    stop = last.endswith(".") and (len(last) > 4 or (len(last) == 2 and last[0].isupper()))
    agent = i + 1 < len(every) and every[i + 1] == "by" and _PAST.fullmatch(every[i]) is not None
    if every[i] == "of" and last.lower() in _PART_NOUNS:
        return False  # "… as one | of the country's …": "one" is no phrase of its own
    clause = every[i].lower() in _SUBJECT_PRONOUNS  # "… soundtracks | it believed …"
    return every[i].lower() in _PHRASE_OPENERS or last[-1:] in ",;:" or stop or agent or clause


def _whole_phrase(every: list[str], i: int, kept: int) -> list[str]:
    """The words of a description cut inside a phrase at ``every[i]`` (``… accounted for
    42.27% of the park's | overall revenue``): run on to the phrase's end when it comes
    within a few words (``… debuted a new disaster warning system``), else cut back to
    before the phrase's preposition, past the verb and the words of ``kept`` (``… accounted
    for 42.27%``); as cut when neither is found."""
    for j in range(i + 1, min(len(every), i + _NAME_REACH) + 1):
        if j == len(every) or _phrase_ends(every, j):
            return every[:j]
    low = [w.lower() for w in every[:i]]
    verb = next(
        (
            k
            for k in range(len(low))
            if is_verb(low[k], low[k - 1] if k else "", low[k + 1] if k + 1 < len(low) else "")
            or (k and _PAST.fullmatch(low[k]) and low[k - 1] not in DETERMINERS)
        ),
        None,
    )
    floor = max(2, kept, verb + 2 if verb is not None else 2)
    link = max((k for k in range(floor, len(low)) if low[k] in _PHRASE_OPENERS), default=None)
    return every[:link] if link is not None else every[:i]


def trim_description(text: str, keep: str = "") -> str:
    """At most a few words, not ending on a function word or inside a quotation; a few
    more when they end the noun phrase of ``keep`` (a date inside a noun phrase: ``… in
    the 1976 Summer Olympics``)."""
    every = text.split()
    most = _MAX_DESCRIPTION
    if keep and keep in text:
        reach = len(text[: text.index(keep) + len(keep)].split())
        extra = len(keep.split()) - 1  # "the 2001 – 02 season": its dash and end words
        most = max(most, min(reach + _NOUN_AFTER_DATE, _MAX_WITH_DATE + extra))
    if len(every) > most:  # "the railway to the Ruhr had been finished" → keep the verb
        low = [w.lower() for w in every]
        verb = next(
            (
                i
                for i in range(1, len(low))
                if is_verb(low[i], low[i - 1], low[i + 1] if i + 1 < len(low) else "")
                and low[i - 1] not in _AUXILIARY_ING  # "treason being plotted": no verb
            ),
            None,
        )
        link = next((i for i in range(1, verb or 0) if low[i] in LINKS), None)
        said = max((i + 1 for i in range(link or 0) if low[i] in _THAT), default=0)
        if link is not None and any(past_or_finite(w) for w in low[said:link]):
            link = None  # "Kershaw visited Zambia with his wife …": a verb before, no subject
        if link is not None and verb is not None and low[verb - 1] == "to":
            link = None  # "set up under a government initiative to provide …": an infinitive
        if link is not None and low[link] == "of" and low[link - 1] in _PART_NOUNS:
            link = None  # "one of No. 20 Squadron's Catalinas was despatched": not "one was"
        between = every[link:verb] if link is not None and verb is not None else []
        if any(
            _PAST.fullmatch(w) and between[k - 1].lower() not in _AUXILIARY_ING
            for k, w in enumerate(between)
            if k
        ):
            link = None  # "reports of a backlash suggested X was …": not "reports was"
        if verb is not None and link is not None and verb > 4:
            if low[verb - 1] in _TIME_ADVERBS | {"first"} or _ADVERB_LY.fullmatch(low[verb - 1]):
                verb -= 1  # "… first appeared", "… quickly grew": the adverb with its verb
            every = every[:link] + every[verb:]
    words = every[:most]
    if len(every) > len(words) and every[len(words)][:1].isupper():  # cut inside a name
        end = _name_end(every, len(words))
        if end - len(words) <= _NAME_REACH:
            words = every[:end]  # "… against the St. Louis Cardinals"
        else:
            kept = len(text[: text.index(keep)].split()) if keep and keep in text else 0
            link = max((i for i, w in enumerate(words) if w.lower() in LINKS), default=0)
            words = words[:link] if link >= max(2, kept + 1) else words
    if (
        len(every) > len(words)
        and not _phrase_ends(every, len(words))
        and (
            words[-1].lower() not in _PHRASE_OPENERS  # "… a chair but | grew": cut at "but"
            or _infinitive(words[-1], every[len(words)])  # "… were about to | be replaced"
        )
    ):
        kept = len(text[: text.index(keep) + len(keep)].split()) if keep and keep in text else 0
        words = _whole_phrase(every, len(words), kept)
    opener = max((k for k, w in enumerate(words) if w.lower() in _CLAUSE_OPENERS), default=0)
    if opener >= 3 and len(words) - opener <= 2 and len(every) > len(words):
        words = words[:opener]  # "… alerted to a pending attack when much": cut at "when"
    out = _DANGLING.sub("", " ".join(words))
    if out.count('"') % 2:
        out = out.replace('"', "")
    return out.strip(" ,;:\"'")


# A subordinate clause with its own subject and verb: "… since Roger Clemens did it in 2005".
SUBORDINATE = re.compile(
    r"\s(?=(?:since|when|after|before|because|while|whereas|until|although)\s+"
    r"(?:the\s+|a\s+|an\s+)?[A-Za-z][\w'’-]*\s+(?:(?:of\s+)?(?-i:[A-Z])[\w'’.-]*\s+){0,3}"
    r"(?:[a-z]+\s+)?(?:did|was|were|had|has|is|are|began|became|died|won|lost|left|[a-z]{3,}ed)\b)",
    re.IGNORECASE,
)  # "… since Chan Ho Park pitched 234 in 2001"


_SIDE = 160  # characters read on each side of an "and" that may join two clauses


_ADVERB_LY = re.compile(r"[a-z]{3,}ly")
_BEING = re.compile(r"\b(?:being|having been)\s+\w+")
_AND_DETERMINER = re.compile(r"\s(?=and\s+(?:the|a|an|its|his|her|their)\s)", re.IGNORECASE)


def joined_clauses(blank: str, cuts: list[int]) -> list[int]:
    """``… the dock had been completed in 1860 and the railway had been finished in 1879``:
    an ``and`` before a determiner that joins two clauses, each with a verb, splits them;
    so does an ``and`` right after a date before a subject of its own and its verb
    (``Planning took place in 2003 and construction began in 2005``)."""
    edges = [0, *sorted(cuts), len(blank)]
    out: list[int] = []
    for a, b in pairwise(edges):
        for m in _AND_DETERMINER.finditer(blank, a, b):
            left = _BEING.sub("", blank[max(a, m.start() - _SIDE) : m.start()])  # "treason
            # being plotted against Nero and the Senate first appeared": no verb on the left
            if has_verb(left) and has_verb(blank[m.end() : min(b, m.end() + _SIDE)]):
                out.append(m.start())
        for m in _AND_AFTER_DATE.finditer(blank, a, b):
            left = _BEING.sub("", blank[max(a, m.start() - _SIDE) : m.start()])
            right = blank[m.end() : b]
            if has_verb(left) and (_own_subject_verb(right) or _GAPPED_DATE.match(right)):
                out.append(m.start())  # "… in 2001 and Harbour House in 2008": gapped
        if a == 0 and _SUBORDINATE_OPEN.match(blank):  # "Though the ships were laid down in
            # 1873 their armor was not purchased …": the main clause after the date, no comma
            main = next(
                (
                    m.start()
                    for m in _AFTER_DATE.finditer(blank, a, b)
                    if _own_subject_verb(f"and {blank[m.end() : b]}")
                    and has_verb(blank[a : m.start()])
                ),
                None,
            )
            if main is not None:
                out.append(main)
        for m in _AND_BEFORE_DATE.finditer(blank, a, b):
            left = _BEING.sub("", blank[max(a, m.start() - _SIDE) : m.start()])
            if has_verb(left) and _own_subject_verb(f"and {blank[m.end() : b]}"):
                out.append(m.start())
    return out


_SUBORDINATE_OPEN = re.compile(
    r"\s*(?:though|although|when|after|before|as|since|while|if|once|until|because)\s",
    re.IGNORECASE,
)
_AFTER_DATE = re.compile(r"(?<=\x00)\s(?=[A-Za-z])")
# "… to the regiment and the next day it joined …": a date after "and" opens a clause
_AND_BEFORE_DATE = re.compile(r"\s(?:and)(?=\s+\x00)[\s\x00,]*", re.IGNORECASE)


# "… in 2003 and construction began …": an "and" a date ends the clause before
_AND_AFTER_DATE = re.compile(r"(?<=\x00)\s(?=and\s+[A-Za-z])")
# "and Harbour House in 2008": a conjunct of a few words and its own date, no verb
_GAPPED_DATE = re.compile(
    r"and\s+(?:[^\s\x00]+\s+){1,5}?(?:in|on|at|from|during)\s+\x00", re.IGNORECASE
)
_SUBJECT_REACH = 3  # words of a bare subject before its verb ("construction", "most staff")


def _own_subject_verb(right: str) -> bool:
    """Does ``and …`` open with a subject of a few plain words and then its verb
    (``and construction began``, ``and most staff left``), not a verb (``and closed``, read
    by :data:`COORDINATE`) nor a noun list (``and 1946 to 1948``)?"""
    low = [w.strip(".,;:!?") for w in words_of(right)[1 : 2 + _SUBJECT_REACH]]  # past "and"
    for k, w in enumerate(low):
        if not w.isalpha() or w in STOPS or (w in _FINITE and k == 0):
            return False
        past = _PAST.fullmatch(w) is not None and low[k - 1] not in DETERMINERS  # "port declined"
        if k and (past or is_verb(w, low[k - 1], low[k + 1] if k + 1 < len(low) else "")):
            return not is_verb(low[0], "and", low[1] if len(low) > 1 else "")
    return False


def blank_out(m: re.Match[str]) -> str:
    """A list of masked dates ("\\x00 and \\x00") masked whole, keeping every offset."""
    return "\x00" * len(m.group())


_DETERMINER_BEFORE = re.compile(
    r"(?:^|\s)(?:the|a|an|his|her|its|their|our|[A-Z][\w.’'-]*['’]s)\s+$", re.IGNORECASE
)
# "by the early 1880s widespread concern …": a period after a preposition of time
_TIME_THE = re.compile(
    r"\b(?:by|from|to|until|till|since|in|during|throughout|between|and|into|through)\s+the\s+$",
    re.IGNORECASE,
)
_PERIOD = re.compile(r"\d0s\b|centur|millenn", re.IGNORECASE)
_NO_NOUN = words(
    """it he she they we i you there this that these those many most some all several few
    both each every no onwards onward ago later earlier through"""
)
_WORD_AFTER = re.compile(r"\s+([A-Za-z][\w'’-]*)(?:\s+([\w'’-]+))?")
_ATTRIBUTIVE_REACH = 40


def attributive(text: str, start: int, end: int) -> bool:
    """Does the date at ``text[start:end]`` modify the noun after it (``the 2006 MLB
    draft``, ``their 2005 World Checklist of Palms``, ``a 1983 finalist``): a determiner or
    a possessive before it and a noun after it, not a verb (``the 1870s retained``) or a
    function word (``the 1960s and``)?"""
    before = text[max(0, start - _ATTRIBUTIVE_REACH) : start]
    if not _DETERMINER_BEFORE.search(before):
        return False
    if _PERIOD.search(text, start, end) and _TIME_THE.search(before):
        return False
    after = _WORD_AFTER.match(text, end)
    if after is None:
        return False
    word, nxt = after.group(1), (after.group(2) or "").lower()
    low = word.lower()
    if low in STOPS or low in DETERMINERS or low in _FINITE or low in _NO_NOUN:
        return False
    if word[:1].isupper():
        return True
    return not is_verb(low, "", nxt) and not (low.endswith("ed") and len(low) > 4)
