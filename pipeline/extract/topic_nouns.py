"""Nouns for the kinds of things articles are about: a definite description with one of
these heads can refer to the article's topic (``the park``, ``the ship``)."""

from __future__ import annotations

from typing import Final

from pipeline.extract.words import words

# Nouns for kinds of topics: those among a title's words are kind nouns of its topic.
TOPIC_NOUNS: Final = words(
    """park city town village company firm film album song single ship vessel squadron route
    highway road river species genus game novel novella book band station airport building
    university school church episode series show storm typhoon hurricane cyclone battle
    operation party organisation organization club museum bridge dam lake island region
    district county province state country aircraft palm plant compound team area zone center
    centre facility project programme program site campus port harbour harbor society
    institute institution corporation group municipality hub community"""
)

# Nouns for people: an article whose first sentence says its topic is one is a biography.
PERSON_NOUNS: Final = words(
    """actor actress singer songwriter rapper musician composer conductor guitarist drummer
    pianist dancer comedian player footballer cricketer athlete boxer wrestler swimmer
    cyclist runner golfer pitcher coach manager politician statesman diplomat president
    senator governor minister lawyer judge writer author novelist poet playwright
    screenwriter journalist broadcaster presenter painter sculptor artist photographer
    architect designer director producer filmmaker scientist physicist chemist biologist
    mathematician engineer inventor economist philosopher historian scholar theologian
    priest bishop archbishop archdeacon cleric monk nun saint pope emperor empress king queen
    prince princess duke duchess earl lord noble nobleman soldier officer general admiral
    commander pilot astronaut explorer businessman businesswoman entrepreneur executive
    equestrian model activist"""
)

# A kind noun → the more general nouns a text uses for the same thing ("the corporation" is
# also "the company"; a typhoon is "the storm").
_GENERAL: Final[dict[str, str]] = {
    "corporation": "company firm group",
    "multinational": "company firm group",
    "conglomerate": "company firm group",
    "manufacturer": "company firm",
    "company": "firm",
    "firm": "company",
    "enterprise": "company firm",
    "business": "company firm",
    "battleship": "ship vessel warship",
    "warship": "ship vessel",
    "ironclad": "ship vessel warship",
    "cruiser": "ship vessel warship",
    "destroyer": "ship vessel warship",
    "frigate": "ship vessel warship",
    "submarine": "boat vessel",
    "liner": "ship vessel",
    "typhoon": "storm cyclone system",
    "hurricane": "storm cyclone system",
    "cyclone": "storm system",
    "film": "movie picture",
    "single": "song",
    "song": "single track",
    "novella": "book novel story",
    "novel": "book",
    "town": "city municipality",
    "city": "town municipality",
    "municipality": "city town",
    "highway": "route road",
    "route": "highway road",
    "university": "institute institution school",
    "institute": "institution university",
    "organization": "organisation society",
    "organisation": "organization society",
    "park": "campus site",
    "campus": "park site",
    "district": "area zone",
    "zone": "area district",
    "port": "harbour harbor",
    "seaport": "port harbour harbor",
    "squadron": "unit",
    "operation": "evacuation mission",
    "engagement": "battle",
    "battle": "engagement",
    "genus": "plant",
    "game": "title",
    "episode": "show",
    "album": "record",
    "megaproject": "project city",
}  # fmt: skip
GENERAL_NOUNS: Final[dict[str, frozenset[str]]] = {k: words(v) for k, v in _GENERAL.items()}
