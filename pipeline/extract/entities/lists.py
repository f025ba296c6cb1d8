"""The named items of a list in a sentence (``A, B, Tanjung Batu beach, C and D``), which
several relation readers share."""

from __future__ import annotations

import re
from typing import Final

from pipeline.extract.entities.context import Context
from pipeline.extract.entities.found import Found

# The separators of a list's items (an item is a name, nothing after it: ``Jepak
# village`` may be a longer name than the one read).
_ITEM_SEPARATOR: Final = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+")
# What may follow an item's name: a bracket, a citation mark (``Institute.[1]``).
_ITEM_TAIL: Final = re.compile(r"\s*(?:\([^()]*\))?\s*(?:\.?(?:\[\w{1,4}\])+)?")
_ITEM_WORDS: Final = 5  # an unnamed item longer than this is a clause: the list has ended


_ITEM_LEAD: Final = re.compile(r"(?:the|a|an|then|former|now|its|their|his|her)\s+")


def _described_item(ctx: Context, start: int, end: int) -> Found | None:
    """The name of an item after lower-case lead words (``the then Malmöhus county``)."""
    pos = start
    while (lead := _ITEM_LEAD.match(ctx.text, pos, end)) is not None:
        pos = lead.end()
    return ctx.at(pos) if pos > start else None


def list_items(ctx: Context, pos: int) -> list[Found]:
    """The named items of a list that runs from ``pos`` to the end of the sentence (or a
    ``;``): ``A, B, Tanjung Batu beach, C and D`` gives A, B, C and D when the reader
    does not know ``Tanjung Batu beach``; an item that is a clause ends the list."""
    end = len(ctx.text)
    for stop in (";", ". ", " which ", " who ", " where "):
        found_stop = ctx.text.find(stop, pos)
        if 0 <= found_stop < end:
            end = found_stop
    out: list[Found] = []
    start = pos
    while start < end:
        named = ctx.at(start)  # a name may hold an ``and`` of its own
        separator = _ITEM_SEPARATOR.search(
            ctx.text, named.end if named is not None and named.end <= end else start, end
        )
        item_end = separator.start() if separator else end
        item = ctx.text[start:item_end].rstrip(" .")
        found = named or _described_item(ctx, start, start + len(item))
        if found is not None and found.end <= start + len(item):
            if _ITEM_TAIL.fullmatch(ctx.text, found.end, start + len(item)):
                out.append(found)
        elif len(item.split()) > _ITEM_WORDS or not item[:1].isupper():
            break
        if separator is None:
            break
        start = separator.end()
    return out
