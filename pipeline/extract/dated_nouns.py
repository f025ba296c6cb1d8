"""Dates that date a thing or a happening named by a noun phrase, not their clause:

* a year before a title or a work of someone (``his 1944 Three Studies for Figures``, ``a
  1970 Pontiac Firebird``): the name (``the 2011 season``, ``the 1988 World Series`` only
  frame their clause, :data:`~pipeline.extract.time_nouns.FRAME_NOUNS`);
* a date in brackets after a name (``Pope I (1951)``, ``the armistice of Cassibile (8
  September)``, ``Ahenobarbus (consul 32 BC)``): that name;
* a date after ``from the`` (``a Christian writing from the 2nd century``): the noun before;
* a date of a happening named after a preposition (``after Nero's suicide in 68``, ``since
  the construction of the West Boston Bridge in 1793``, ``after the 1991 liberalisation of
  India``): the happening (:data:`~pipeline.extract.event_nouns.EVENT_NOUNS`).

:func:`dated_noun` gives the noun phrase, or None when the date dates its clause.
"""

from __future__ import annotations

import re
from typing import Final

from pipeline.extract.event_nouns import EVENT_ENDINGS, EVENT_NOUNS
from pipeline.extract.time_nouns import FRAME_NOUNS
from pipeline.extract.verbs import is_verb
from pipeline.extract.words import STOP_WORDS, words
from pipeline.extract.work_nouns import MADE_AS

_WORD = re.compile(r"[\w'’.&-]+|[^\w\s]")
# "his 1944", "Bacon's unusually productive 1949": a possessive and at most two modifiers
_OWNER_BEFORE = re.compile(
    r"(?:^|\s)(his|her|its|their|our|[A-Z][\w.’'-]*['’]s)\s+((?:[a-z][\w-]*\s+){0,2})$"
)
# a sentence that opens with the work it was done in: "In her 2004 memoir, "
_FRONTED = re.compile(
    r"\s*(?:In|Throughout|Across)\s+(?:his|her|its|their|the|a|an|[A-Z][\w.’'-]*['’]s)\s+$"
)
_COPULA_BEFORE = re.compile(r"\b(?:is|was|are|were)\s+(?:a|an|the)\s+$", re.IGNORECASE)
_ARTICLE_BEFORE = re.compile(r"(?:^|\s)(a|an|the)\s+$", re.IGNORECASE)
_APPOSED = re.compile(r"([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}),\s+(?:a|an)\s+$")
_SPAN_MARK = re.compile(r"[–—]|\s-\s|\bto\b")
_RANGE_TAIL = re.compile(r"\s*[–—-]\s*\d{2,4}\b")
_APPOSITION_AFTER = re.compile(r",\s+([A-Z].*)")
_RANGE_START = re.compile(r"\b\d{4}\s*[–—-]\s*$")
_ABOUT: Final = words("c. ca. circa")
_ADVERBS: Final = words("also later then again subsequently still first once")
_PERIOD = re.compile(r"\d0s\b|centur", re.IGNORECASE)  # a decade or a century
_TIME_PREP = re.compile(
    r"\b(?:by|in|during|until|since|from|to|of|between|and|through|throughout|into|before|"
    r"after)\s+the\s+"
    r"(?:(?:early|late|mid)[-\s]+)?$",
    re.IGNORECASE,
)
_TRAILING_LINKS = re.compile(r"(?:\s+(?:in|on|of|from|since|at|by|the))+\s*$", re.IGNORECASE)
_BRACKET_WORDS: Final = 2  # words a bracket may hold besides its date ("consul 32 BC")
_MAX_WORDS = 9
_GOVERNORS: Final = words(
    """since after before around following until till upon despite from with over about
    amid during through like unlike"""
)
# a date that is an adverb of its own, without "in": "the killing of Cusack the previous year"
_ADVERBIAL_DATE = re.compile(r"(?:the|that)\s+(?:previous|following|next|same)\s", re.I)
_APART = re.compile(r"\b(?:apart|aside)\s+from\s+$|\b(?:due|prior|owing)\s+to\s+$", re.I)
_TITLE_LINKS: Final = words("of for at the a an to and in on de la du von")
_ARTICLES: Final = words("the a an")
_PLACING: Final = words("in on of during at")  # "suicide [in] 68"
_NP_INNER: Final = words("of the a an and his her its their")


def _tokens(text: str) -> list[str]:
    return _WORD.findall(text)


def _cap(word: str) -> bool:
    return word[:1].isupper() or (word[:1] in '"“' and word[1:2].isupper())


def _name_after(text: str) -> list[str]:
    """The words of a name or noun phrase that starts ``text``: capitalised words joined by
    short function words (``Three Studies for Figures at the Base of a Crucifixion``), or
    lower-case words up to a verb or a function word other than ``of``."""
    toks = _tokens(text)
    out: list[str] = []
    for i, w in enumerate(toks):
        low = w.lower().strip("\"“”'")
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if not low[:1].isalnum() or len(out) >= _MAX_WORDS:
            break
        if low in STOP_WORDS:
            after = toks[i + 2] if i + 2 < len(toks) and nxt.lower() in _ARTICLES else nxt
            if out and (low == "of" or (low in _TITLE_LINKS and _cap(after))):
                out.append(w)  # "Study for a Portrait", "production of How to Curse"
                continue
            break
        if not _cap(w) and is_verb(low, out[-1].lower() if out else "", nxt.lower()):
            break
        out.append(w)
    while out and out[-1].lower() in STOP_WORDS:
        out.pop()
    if out and out[-1].endswith(".") and len(out[-1]) > 3 and "." not in out[-1][:-1]:
        out[-1] = out[-1][:-1]  # the sentence's final period
    return out


def _attributive(text: str, start: int, end: int) -> str | None:
    """``his 1944 Three Studies …``, ``Bacon's productive 1949 – 50 period``, ``a 1970
    Pontiac Firebird``, ``the 2007 theatre production of …``: the work, model or happening
    a year before a noun phrase dates (a name after ``a``, a phrase of two words or more
    after ``the``, any phrase after a possessive)."""
    before = _RANGE_START.sub("", text[max(0, start - 60) : start])  # "his 1985 – [86] …"
    if _FRONTED.match(text, 0, start):
        return None  # "In their 1996 Field Guide …, X combined …": the work frames the clause
    if _COPULA_BEFORE.search(before):
        return None  # "X is a 1999 American drama film": the clause says it
    owner = _OWNER_BEFORE.search(before)
    article = _ARTICLE_BEFORE.search(before)
    if owner is None and article is None:
        return None
    if _PERIOD.search(text, start, end) and _TIME_PREP.search(before):
        return None  # "by the early 1880s widespread concern …": a time, then the clause
    rest = text[end:]
    tail = _RANGE_TAIL.match(rest)
    rest = rest[tail.end() :] if tail else rest
    name = _name_after(rest.lstrip())
    if not name:
        return None
    if owner is not None:
        who = owner.group(1) if owner.group(1)[:1].isupper() else ""
        if not who and len(name) == 1 and not _cap(name[0]):
            titled = _APPOSITION_AFTER.match(rest.lstrip(), len(name[0]))
            if titled is None:
                return None  # "his masterpiece" alone names nothing
            name = [f"{name[0]},", *_name_after(titled.group(1))]  # "masterpiece, Study for …"
        return " ".join([who, *owner.group(2).split(), *name]).strip()  # "his 1944 …"
    apposed = _APPOSED.search(before) if len(name) == 1 and not _cap(name[0]) else None
    if apposed is not None and name[0].lower() not in FRAME_NOUNS:
        return f"{apposed.group(1)}, {name[0]}"  # "John Xiphilinus, an 11th-century monk"
    if len(name) == 1 or any(w.lower().strip('"“”.') in FRAME_NOUNS for w in name):
        return None  # "the 2011 season", "the 2008 Summer Olympics": a frame
    the = article is not None and article.group(1).lower() == "the"
    if the and _cap(name[0]):
        return None  # "the 1950 Lions", "the 2008 NCAA tournament": an edition framing it
    if not the and not _cap(name[0]):
        return None  # "a 2006 episode of …": the clause's own event
    return " ".join(name)


def _bracketed(text: str, start: int, end: int) -> str | None:
    """``Pope I (1951)``, ``the armistice of Cassibile (8 September)``: the name before a
    bracket that holds the date and at most a word or two without a verb (a work's name
    with what making it is called: ``Pope I painted``); a bracket with more words says what
    the date is itself (``(equivalent to $13.4 million in 2016)``)."""
    open_at = text.rfind("(", max(0, start - 60), start)
    close_at = text.find(")", end)
    if open_at < 0 or close_at < 0 or ")" in text[open_at:start] or close_at - end > 60:
        return None
    inside = text[open_at + 1 : start] + " " + text[end:close_at]
    if _SPAN_MARK.search(inside):
        return None  # "(June 1960 – August 1962)": a span, a tenure or a life
    inner = [w for w in _tokens(inside) if w[:1].isalpha() and w.lower() not in _ABOUT]
    if any(is_verb(w.lower(), "", "") for w in inner) or ";" in inside or ":" in inside:
        return None
    if len(inner) > _BRACKET_WORDS and all(_cap(w) for w in inner):
        return None  # "(Civil Registry Survey April 2012)": the source of the clause's figure
    if len(inner) > _BRACKET_WORDS:
        said = _TRAILING_LINKS.sub("", " ".join(inside.split())).strip(" ,")
        if len(said.split()) < 2:
            return None
        deed = [w for w in said.split() if w.lower() not in _ADVERBS]
        name = _name_before(_tokens(text[max(0, open_at - 80) : open_at]))
        if deed and deed[0].lower().endswith("ed") and name and _cap(name[0]):
            return " ".join([*name, *deed])  # "Luis Cordón (also arrested in 1943)"
        return said  # "equivalent to $13.4 million"
    titled = _COMMA_TITLE.search(text, max(0, open_at - 80), open_at)  # "the film Paris, Texas"
    name = (
        titled.group(1).split()
        if titled
        else _name_before(_tokens(text[max(0, open_at - 80) : open_at]))
    )
    if not name:
        return None
    if all(_cap(w) or w.lower() in _TITLE_LINKS or w[:1] in "'’" for w in name) and not inner:
        made = _made(text[max(0, open_at - 150) : open_at])
        if made is None and not any(_event(w) for w in name):
            return None  # a bare name says nothing happened: the clause does
        return " ".join([*name, made] if made else name)
    if inner and "of" in name and all(_cap(w) for w in name[name.index("of") + 1 :]):
        name = name[name.index("of") + 1 :]  # "grandson of X (consul 32 BC)": X's office
    return " ".join([*name, *inner])


# a title with a comma right after its work noun: "the film Paris, Texas (1984)"
_COMMA_TITLE = re.compile(
    rf"\b(?:{'|'.join(sorted(MADE_AS, key=len, reverse=True))})\s+"
    r"((?:[A-Z][\w'’.-]*\s+){0,3}?[A-Z][\w'’.-]*,\s+(?:[A-Z][\w'’.-]*\s+){0,2}?[A-Z][\w'’.-]*)\s*$"
)


def _name_before(before: list[str]) -> list[str]:
    """The name or noun phrase that ends the tokens ``before`` (``… paintings; Head VI,
    Pope I``, ``the Tannaim of the third generation``): at most four content words."""
    name: list[str] = []
    content = 0
    for w in reversed(before):
        if not (w[:1].isalnum() or w[:1] in "'’") or content >= 4:
            break
        low = w.lower()
        if name and _cap(name[0]) and not _cap(w) and (low.endswith("ing") or is_verb(low, "", "")):
            break  # "books, including Anno Domini (1964)": the verb is no part of the name
        function = low in STOP_WORDS and not w[:1].isupper()  # "Pope I (1951)"
        joins = bool(name) and low in _TITLE_LINKS and (_cap(name[0]) or low in ("of", "the"))
        if function and not joins:
            break
        name.insert(0, w)
        content += not function
    while name and name[0].lower() in STOP_WORDS:
        name.pop(0)
    if not name or (not any(_cap(w) for w in name) and len(name) < 2):
        return []
    return name


def _made(before: str) -> str | None:
    """What making the work named after ``before`` is called, from the last work noun in it
    (``… second studio album,`` → ``released``)."""
    found = None
    for w in _tokens(before):
        made = MADE_AS.get(w.lower())
        if made is not None:
            found = made
    return found


_FROM_THE = re.compile(r"(\b[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3})\s+from\s+the\s+$")
_FROM_THE_REACH = 200


def _from_the(text: str, start: int) -> str | None:
    """``a Christian writing from the 2nd century``: the noun phrase before ``from the``."""
    before = text[max(0, start - _FROM_THE_REACH) : start]  # four words and "from the"
    m = _FROM_THE.search(before) if before.rstrip().endswith("the") else None
    if m is None:
        return None
    words_: list[str] = []
    for w in reversed(m.group(1).split()):
        if w.lower() in STOP_WORDS:
            break  # "a Christian writing from the 2nd century" → "Christian writing"
        words_.insert(0, w)
    if not words_ or is_verb(words_[-1].lower(), "", "the") or words_[-1][:1].isupper():
        return None
    return " ".join(words_)


def _event_before(text: str, start: int, end: int) -> str | None:
    """``after Nero's suicide in 68``, ``since the construction of the bridge in 1793``,
    ``after the 1991 economic liberalisation of India``: a happening named after a
    preposition, which the date dates."""
    before = _tokens(text[max(0, start - 120) : start])
    adverbial = _ADVERBIAL_DATE.match(text, start, end) is not None  # "the previous year"
    if before and (before[-1].lower() in _PLACING or (adverbial and before[-1][:1].isalpha())):
        k = len(before) - (0 if adverbial and before[-1].lower() not in _PLACING else 1)
        while k > 0 and before[k - 1][:1].isalnum():
            low = before[k - 1].lower()
            if low in _GOVERNORS or (low in STOP_WORDS and low not in _NP_INNER):
                break
            k -= 1
        lead = " ".join(before[:k]) + " "
        governed = k > 0 and (before[k - 1].lower() in _GOVERNORS or bool(_APART.search(lead)))
        np = before[k:] if k == len(before) or before[-1].lower() not in _PLACING else before[k:-1]
        named = [w for w in np if w.lower() not in STOP_WORDS][:1]
        if k > 0 and before[k - 1].lower() == "in" and named and _cap(named[0]):
            governed = governed or _event(named[0])  # "in the Battle of Tsushima on 27 May"
    elif len(before) >= 2 and before[-1].lower() in _ARTICLES and before[-2].lower() in _GOVERNORS:
        governed, np = True, _name_after(text[end:].lstrip())  # "after the 1991 reform of …"
    else:
        return None
    while np and np[0].lower() in STOP_WORDS:
        np = np[1:]  # "the", "his"
    content = [w for w in np if w.lower() not in STOP_WORDS]
    if not governed or len(content) < 2 or not any(_event(w) for w in content):
        return None
    return " ".join(np)


def _event(word: str) -> bool:
    low = word.lower().strip('"“”')
    return low in EVENT_NOUNS or (len(low) > 5 and low.endswith(EVENT_ENDINGS))


def dated_noun(text: str, start: int, end: int) -> str | None:
    """The noun phrase that the date at ``text[start:end]`` dates, when it dates a thing or
    a happening named by one rather than its clause; else None."""
    return (
        _bracketed(text, start, end)
        or _attributive(text, start, end)
        or _event_before(text, start, end)
        or _from_the(text, start)
    )
