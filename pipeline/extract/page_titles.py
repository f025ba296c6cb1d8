"""The name a page is about, read from its title when the title is not a bare name.

Encyclopedia titles are names (``Port of Santos``); web pages wrap the name in page words
(``About Al Noor Technology Free Zone``, ``Overview of the Hefei Jinhu High-Tech Zone``,
``Invest in the Scioto Riverside Innovation District, Columbus, Ohio``, ``Warta Investment
Zone: Annual Summary of Activity 2024``, ``Port of Tanjung Sari: Port Profile``), and news
titles are headlines (``Lagos free zone lands $2.3bn refinery and logistics deals``) whose
subject is named in full in the first sentence, after its dateline (:func:`~pipeline.extract.deictic.dateline_end`; ``LAGOS, Nigeria — The
Eko Meridian Free Trade Zone on the Lekki peninsula has signed …``).

:func:`page_subject` gives the name: the title without its page words, or for a headline
the first name of two or more capitalised words in the first sentence; else the title.
"""

from __future__ import annotations

import re
from typing import Final

from pipeline.extract.deictic import dateline_end
from pipeline.extract.verbs import is_verb
from pipeline.extract.words import STOP_WORDS

_PAGE_LEAD: Final = re.compile(
    r"^(?:about(?:\s+us)?\s*[:–—-]?\s+|overview\s+of\s+|(?:an?\s+)?introduction\s+to\s+|"
    r"welcome\s+to\s+|invest(?:ing)?\s+in\s+|discover\s+|visit\s+|profile\s+of\s+|"
    r"(?:press\s+release|news\s+release|media\s+release|statement|news|update)\s*[:–—-]\s*)"
    r"(?:the\s+)?",
    re.IGNORECASE,
)
# A subtitle naming the kind of page: "X: Annual Summary of Activity 2024", "X – Fact Sheet".
_PAGE_SUBTITLE: Final = re.compile(
    r"\s*(?::|\s[|–—-])\s+[^:|]*\b(?:report|summary|bulletin|overview|profile|fact\s*sheet|"
    r"key\s+facts|guide|brochure|statistics|statistical|communiqu[eé]|home|website|"
    r"official\s+site|at\s+a\s+glance|introduction)\b[^:|]*$",
    re.IGNORECASE,
)
# A report on something named at its end: "Statistical Communiqué on the Economic and
# Social Development of the Yunshan Advanced Manufacturing Development Zone, 2024".
_REPORT_OF: Final = re.compile(
    r"^(?:(?:annual|statistical|quarterly|monthly)\s+)?(?:report|communiqu[eé]|bulletin|"
    r"review|summary|statement)\b.*\bof\s+(?:the\s+)?"
    r"([A-Z][\w'’.-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w'’.-]*)*\s+(?:District|Zone|Park|Port|"
    r"Campus|Centre|Center|Hub|City|Area|Region|Cluster|Terminal|Airport)s?)\b[^:]*$",
    re.IGNORECASE,
)
_SUBTITLE: Final = re.compile(r"\s*:\s+\S|\s+[|–—]\s+\S")
# ", Columbus, Ohio" after a name with a head noun of its own.
_PLACE_TAIL: Final = re.compile(r"(?:,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*){1,2}$")
_HEAD_NOUNS: Final = re.compile(
    r"\b(?:District|Zone|Park|Port|Campus|Centre|Center|Hub|City|Quarter|Estate|Corridor|"
    r"Area|Region|Cluster|Valley|Terminal|Airport)s?\b"
)
# A name of two or more capitalised words (with "of", "and", "for", "&" inside).
_NAME: Final = re.compile(
    r"(?<![\w'’])[A-Z][\w'’.&-]*(?:\s+(?:(?:of|and|for|de|&)\s+(?:the\s+)?)?[A-Z][\w'’.&-]*)+"
)
_WORD: Final = re.compile(r"[A-Za-z][\w'’-]*")
_WORD_OR_NUMBER: Final = re.compile(r"[A-Za-z][\w'’-]*|\d[\d.,]*")
_LONGEST_TITLE = 300
_FIRST_READ = 400  # characters of the first sentence a headline's subject is looked for in


def is_headline(title: str) -> bool:
    """Is ``title`` a sentence-case headline (``Varuna Ports to invest Rs 12,000 crore …``):
    four or more words, lower-case content words, one of them a verb?"""
    toks = _WORD.findall(title)
    if len(toks) < 4:
        return False
    lows = [t.lower() for t in toks]
    lower = [i for i, t in enumerate(toks) if t.islower() and t not in STOP_WORDS]
    if len(lower) >= 4:
        return True  # "Textile economic zone draws Tk 3,800 crore in fresh investment"
    if len(lower) < 2:  # Title Case: a verb of the present ("… Park Registers 14 …")
        return len(toks) >= 5 and any(
            lows[i].endswith("s")
            and toks[i][:1].isupper()
            and is_verb(lows[i], lows[i - 1], lows[i + 1] if i + 1 < len(lows) else "")
            for i in range(1, len(toks))
        )
    for i in lower:
        before = lows[i - 1] if i else ""
        after = lows[i + 1] if i + 1 < len(lows) else ""
        if before == "to" or is_verb(lows[i], before, after):
            return True
    return False


def _names(sentence: str) -> list[str]:
    """The names of two or more capitalised words in ``sentence`` after its dateline."""
    body = sentence[dateline_end(sentence) :]
    out = []
    for m in _NAME.finditer(body):
        words = m.group().rstrip(".").split()
        if words[0].lower() in STOP_WORDS:  # "The Eko Meridian …" at the start
            words = words[1:]
        if words and words[0].endswith(("'s", "’s")):  # "Turkey's Amanos Container Terminal"
            words = words[1:]
        if len(words) > 1:
            out.append(" ".join(words))
    return out


def _headline_subject(headline: str, sentence: str) -> str | None:
    """The name of the first sentence the headline is about: one with a head noun of a
    place of business (``… Free Trade Zone``) and a word of the headline first, then one
    with either, then the first name."""
    said = {w.lower() for w in _WORD.findall(headline) if w.lower() not in STOP_WORDS}
    names = _names(sentence)
    if not names:
        return None

    def rank(name: str) -> tuple[bool, bool]:
        shared = any(w.lower() in said for w in _WORD.findall(name))
        return (_HEAD_NOUNS.search(name) is not None, shared)

    subject = _headline_head(headline)  # "Borealis Cold Chain to build …": its own subject
    said_by, done_to = _headline_parts(headline)
    if any(w.lower() in _ANNOUNCERS for w in said_by):  # "Port authority gives Bakar …"
        aimed = {w.lower() for w in done_to if w.lower() not in STOP_WORDS} - {
            w.lower() for w in said_by
        }
        hit = [n for n in names if any(w.lower() in aimed for w in _WORD.findall(n))]
        if hit:
            return max(hit, key=rank)
        if (thing := _object_name(done_to)) is not None:
            return thing  # "… gives [Bakar bulk terminal operator] 60 days …"
    if subject and not subject & _ANNOUNCERS:  # (not "Regional Government approves …")

        def overlap(name: str) -> int:
            return sum(w.lower() in subject for w in _WORD.findall(name))

        named = max(names, key=overlap)
        if overlap(named):
            return named
    best = max(names, key=rank)  # the first of the best: max keeps the first of equals
    return best if any(rank(best)) else names[0]


# who announces what a headline reports, rather than what it is about
_ANNOUNCERS: Final = frozenset(
    [
        "government",
        "ministry",
        "minister",
        "council",
        "authority",
        "authorities",
        "officials",
        "city",
        "state",
        "province",
        "county",
        "municipality",
        "cabinet",
        "agency",
        "department",
    ]
)


def _headline_parts(headline: str) -> tuple[list[str], list[str]]:
    """The words of a headline before its verb and after it (``Port authority gives Bakar
    bulk terminal operator 60 days …`` → port, authority | Bakar, bulk, …); both empty when
    no verb is found."""
    toks = _WORD_OR_NUMBER.findall(headline)
    lows = [t.lower() for t in toks]
    for i in range(1, len(toks)):
        after = lows[i + 1] if i + 1 < len(lows) else ""
        if toks[i].isalpha() and toks[i].islower() and is_verb(lows[i], lows[i - 1], after):
            return toks[:i], toks[i + 1 :]
    return [], []


def _object_name(words: list[str]) -> str | None:
    """The noun phrase opening a headline's object when it starts with a name (``Bakar bulk
    terminal operator`` of ``Bakar bulk terminal operator 60 days to …``), or None."""
    if not words or not words[0][:1].isupper() or words[0].lower() in STOP_WORDS:
        return None
    phrase: list[str] = []
    for w in words[:_OBJECT_WORDS]:
        if w.lower() in STOP_WORDS or (phrase and w[:1].isdigit()):
            break
        phrase.append(w)
    return " ".join(phrase) if len(phrase) > 1 else None


_OBJECT_WORDS: Final = 5


def _headline_head(headline: str) -> set[str]:
    """The capitalised words of a headline's subject, before its verb (``Borealis Cold Chain
    to build …`` → borealis, cold, chain); empty when it opens with no name."""
    toks = _WORD.findall(headline)
    lows = [t.lower() for t in toks]
    for i in range(1, len(toks)):
        after = lows[i + 1] if i + 1 < len(lows) else ""
        if toks[i].islower() and (lows[i] == "to" or is_verb(lows[i], lows[i - 1], after)):
            head = toks[:i]
            break
    else:
        return set()
    return {t.lower() for t in head if t[:1].isupper() and t.lower() not in STOP_WORDS}


def page_subject(title: str, first_sentence: str) -> str:
    """The name the page titled ``title`` is about (its title when that is a name)."""
    plain = " ".join(title.split())  # the patterns read single blanks (a run of blanks
    if len(plain) > _LONGEST_TITLE:  # must not make them quadratic), a title of a length
        return title.strip()  # a name has
    found = _page_subject(plain, first_sentence[:_FIRST_READ])
    return title.strip() if found == plain else found


def _page_subject(title: str, first_sentence: str) -> str:
    report = _REPORT_OF.match(title.strip())
    if report is not None:  # "Statistical Communiqué on the … of the Yunshan … Zone, 2024"
        return report.group(1)
    name = _PAGE_LEAD.sub("", title.strip(), count=1)
    name = _PAGE_SUBTITLE.sub("", name)
    slogan = _SUBTITLE.search(name)
    if slogan is not None and _HEAD_NOUNS.search(name[: slogan.start()]):
        name = name[: slogan.start()]  # "Addis Gateway Airport City: Africa's Hub for …"
    tail = _PLACE_TAIL.search(name)
    if tail is not None and _HEAD_NOUNS.search(name[: tail.start()]):
        name = name[: tail.start()]  # "Scioto Riverside Innovation District, Columbus, Ohio"
    if is_headline(name):
        return _headline_subject(name, first_sentence) or title.strip()
    return name.strip() or title.strip()
