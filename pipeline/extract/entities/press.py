"""Writers and the publications they write for, as reviews and news reports name them
(round 7): the publication typed by the writer beside it, and the writer employed by it.

* ``Robert Copsey of Digital Spy noted``, ``MTV News's Jocelyn Vena described``: the name
  beside a person's name and a verb of saying is a publication (an organisation);
* ``Mikael Wood, the critic for the Los Angeles Times,``, ``Writing for Rolling Stone,
  Rob Sheffield …``, ``MTV News's Jocelyn Vena described``: the person is ``employed_by``
  the publication (``X of Y`` is read by :mod:`pipeline.extract.entities.roles`).
"""

from __future__ import annotations

import re
from typing import Final

from pipeline.extract.entities.context import Context, span
from pipeline.extract.entities.found import Stated
from pipeline.extract.words import words

# What a writer does with a work (the verb after the writer's name).
_SAYS: Final = (
    r"(?:\w+ly\s+)?(?:said|says|wrote|writes|noted|notes|praised|praises|called|calls|"
    r"described|describes|commented|comments|added|argued|felt|stated|gave|gives|"
    r"criticized|criticised|complained|opined|remarked|observed|concluded|found|thought|"
    r"lauded|applauded|commended|dismissed|named|ranked|rated|compared|likened)\b"
)
# ``Robert Copsey of`` before the name: a person's two capitalised words and ``of``.
_PERSON_OF: Final = re.compile(r"(?:^|\s)[A-Z][\w\-.]*\s+[A-Z][\w\-.'’]*\s+of\s+(?:[Tt]he\s+)?$")
_SAYS_AFTER: Final = re.compile(r"\s+" + _SAYS)
# ``MTV News's Jocelyn Vena described``: a possessive, a person's name and the verb.
_POSSESSIVE_WRITER: Final = re.compile(
    r"['’]s?\s+(?:(?:critic|reviewer|writer|columnist|editor|journalist|correspondent|"
    r"reporter)\s+)?[A-Z][\w\-.]*(?:\s+[A-Z]\.)?\s+[A-Z][\w\-'’]*(?:,[^,]{1,60},)?\s+" + _SAYS
)


def publication_context(start: int, end: int, sentence: str) -> bool:
    """Is the name at ``start:end`` a publication a writer beside it writes for?"""
    before = sentence[max(0, start - 60) : start]
    if _PERSON_OF.search(before) and _SAYS_AFTER.match(sentence, end):
        return True
    return _POSSESSIVE_WRITER.match(sentence, end) is not None


_WRITERS: Final = (
    r"(?:critic|reviewer|writer|columnist|editor|journalist|correspondent|reporter|"
    r"contributor)"
)
# ``Mikael Wood, the critic for Los Angeles Times``: after the person.
_WRITER_FOR: Final = re.compile(
    r",\s+(?:the|a|an)\s+(?:[a-z][\w\-]*\s+){0,2}?" + _WRITERS + r"\s+(?:for|of|at)\s+(?:the\s+)?"
)
# ``Writing for Rolling Stone, Rob Sheffield …``: an opening clause, then the person.
_WRITING_FOR: Final = re.compile(r"^(?:Writing|Reviewing\s+\w+)\s+(?:for|in)\s+(?:the\s+)?")
_POSSESSIVE: Final = re.compile(r"['’]s?\s+(?:" + _WRITERS + r"\s+)?")
PRESS_WORDS: Final = words(
    """critic reviewer writer columnist editor journalist correspondent reporter contributor
    Writing Reviewing"""
)


def press_relations(ctx: Context) -> list[Stated]:
    """``employed_by`` from each writer to the publication the sentence names them with."""
    out = []
    text = ctx.text
    opening = _WRITING_FOR.match(text) if text[:1] in ("W", "R") else None
    paper = ctx.at(opening.end()) if opening else None
    if paper is not None and paper.key[1] == "organization" and text.startswith(", ", paper.end):
        person = ctx.at(paper.end + 2)
        if person is not None and person.key[1] == "person":
            out.append(Stated(person.key, "employed_by", paper.key, None, *span(paper, person)))
    for found in ctx.founds:
        if found.key[1] == "person":
            match = _WRITER_FOR.match(text, found.end) if "," in text else None
            paper = ctx.at(match.end()) if match else None
            if paper is not None and paper.key[1] == "organization":
                out.append(Stated(found.key, "employed_by", paper.key, None, *span(found, paper)))
        elif found.key[1] == "organization" and (text.startswith(("'", "’"), found.end)):
            match = _POSSESSIVE.match(text, found.end)
            person = ctx.at(match.end()) if match else None
            if (
                person is not None
                and person.key[1] == "person"
                and _SAYS_AFTER.match(text, person.end)
            ):
                out.append(Stated(person.key, "employed_by", found.key, None, *span(found, person)))
    return out
