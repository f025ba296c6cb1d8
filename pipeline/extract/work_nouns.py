"""Nouns for works and what making one is called: a work named with its year (``Take Me
Home (2012)``, ``Pope I (1951)``) after one of these nouns (``their second studio album,
…``, ``four Bacon paintings; …``) was released, published, painted … that year."""

from __future__ import annotations

from typing import Final

_MADE: Final[dict[str, str]] = {
    "album": "released", "single": "released", "song": "released", "record": "released",
    "ep": "released", "film": "released", "films": "released", "movie": "released",
    "game": "released", "video": "released", "documentary": "released",
    "recording": "released", "track": "released", "soundtrack": "released",
    "compilation": "released", "mixtape": "released",
    "book": "published", "novel": "published", "novella": "published", "poem": "published",
    "story": "published", "essay": "published", "paper": "published",
    "painting": "painted", "portrait": "painted", "triptych": "painted", "mural": "painted",
    "sculpture": "made", "statue": "made",
    "play": "premiered", "opera": "premiered", "musical": "premiered", "ballet": "premiered",
    "building": "built", "church": "built", "bridge": "built", "ship": "launched",
}  # fmt: skip

# a work noun (singular or plural) → the participle of making it
MADE_AS: Final[dict[str, str]] = {**_MADE, **{f"{k}s": v for k, v in _MADE.items()}}
