"""The article format: a ``= Title =`` line, ``== Section ==`` headings, list items.

One parser for the lines that structure an article, shared by ingest (the title), segment
(section paths, list items) and the events extractor (dated headings set the timeline):

* A **heading** is a line of ``=`` marks, a title, and optionally closing marks, with
  spaces and tabs anywhere between (``== History ==``, ``==Sector Emphasis ==``,
  ``== Unclosed``). Its level is the number of opening marks. A closed heading may hold
  ``=`` in its title (``== E = mc2 ==``); an unclosed one may not (``= a = b`` is text).
  A line of marks only is not a heading.
* The **title** is the first level-1 heading of the text.
* A **list item** starts with ``-``, ``*``, ``#``, ``•``, ``▪``, ``◦`` or ``1.``/``1)``
  and a blank; the marker is not part of its sentence.

String operations, not regular expressions: linear in the line, whatever its blanks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

LIST_MARKER = re.compile(r"^[ \t]*(?:[-*#•▪◦]|\d{1,3}[.)])[ \t]+")


class Heading(NamedTuple):
    level: int
    title: str


def heading(line: str) -> Heading | None:
    """The heading of ``line``, or None when it is not a heading line."""
    body = line.strip(" \t")
    if not body.startswith("="):
        return None
    rest = body.lstrip("=")
    level = len(body) - len(rest)
    if rest.endswith("="):
        title = rest.rstrip("=").strip()
    else:
        title = rest.strip()
        if "=" in title:
            return None
    return Heading(level, title) if title else None


def read_title(text: str) -> str | None:
    """The article title: the first level-1 heading, or None when there is none."""
    for _, line in lines(text):
        found = heading(line)
        if found is not None and found.level == 1:
            return found.title
    return None


def lines(text: str) -> Iterator[tuple[int, str]]:
    """Every line of ``text`` with the offset it starts at (``\\n`` ends a line)."""
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1
