"""Entity ids and the normal form of a name they are derived from."""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from typing import Final

_SPACE: Final = re.compile(r"\s+")
_EDGE: Final = re.compile(r"^[\s\"'“”‘’(\[]+|[\s\"'“”‘’)\].,;:!?]+$")


@functools.lru_cache(maxsize=65536)
def normalise_name(name: str) -> str:
    """Case-folded NFKC text, white space collapsed, quotes and edge punctuation and a
    leading ``the`` removed: the form names are compared in."""
    text = unicodedata.normalize("NFKC", name).replace("’", "'")
    text = _EDGE.sub("", _SPACE.sub(" ", text)).casefold()
    if text.startswith("the "):
        text = text[4:]
    for mark in "()[]":
        text = text.replace(mark, "")
    text = text.removesuffix("'s")
    return _SPACE.sub(" ", text).strip()


@functools.lru_cache(maxsize=65536)
def entity_id(name: str, kind: str) -> str:
    """``ent:`` and 16 hex digits of the normalised name and the type: the same name and
    type give the same id in every document and every run."""
    digest = hashlib.sha1(f"{kind}\x1f{normalise_name(name)}".encode()).hexdigest()
    return f"ent:{digest[:16]}"
