"""The "See also" section: each of its items names a related entity; the article's topic
is the subject of a ``see_also`` relation to it."""

from __future__ import annotations

import re
from typing import Final

_SEE_ALSO: Final = re.compile(
    r"^\s*(?:see\s+also|related\s+(?:articles|pages|topics))\s*$", re.IGNORECASE
)
_TRAILING: Final = re.compile(r"[\s.;,]+$")


def in_see_also(section: str | None) -> bool:
    """Is a sentence of this section path an item of a See also list?"""
    if not section:
        return False
    return bool(_SEE_ALSO.match(section.split(" > ")[-1]))


def see_also_item(text: str) -> tuple[int, int] | None:
    """The name an item gives (sentence offsets): the whole item, trailing punctuation and
    a description after a dash left out (``Wuxi Software Park – a park in …``)."""
    cut = re.search(r"\s+[–—-]\s+|:\s", text)
    end = cut.start() if cut else len(text)
    trailing = _TRAILING.search(text, 0, end)
    if trailing and trailing.end() == end:
        end = trailing.start()
    start = len(text) - len(text.lstrip())
    if end <= start or not text[start : start + 1].isupper():
        return None
    return start, end
