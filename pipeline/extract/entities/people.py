"""Given names, for the shape of a person's name (``Ricardo Arjona``, ``N. R. Narayana
Murthy``). The names are the first-name lists of ``faker``'s person providers for the
locales below (census-derived lists kept by its maintainers), loaded once per process.
"""

from __future__ import annotations

import functools
import importlib
import re
from typing import Final

_LOCALES: Final = (
    "en_US",
    "en_GB",
    "en_IN",
    "es_ES",
    "es_MX",
    "pt_BR",
    "pt_PT",
    "fr_FR",
    "de_DE",
    "it_IT",
    "nl_NL",
    "sv_SE",
    "da_DK",
    "no_NO",
    "pl_PL",
    "et_EE",
    "fi_FI",
    "en_IE",
)
# An initial: ``B.``, ``J.P.``
INITIAL: Final = re.compile(r"^(?:[A-Z]\.){1,3}$")


@functools.cache
def given_names() -> frozenset[str]:
    """Every first name of the locales' person providers."""
    names: set[str] = set()
    for locale in _LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attr in ("first_names", "first_names_male", "first_names_female"):
            names.update(n for n in getattr(provider, attr, ()) if n[:1].isupper() and " " not in n)
    return frozenset(names)


def looks_like_person(tokens: list[str]) -> bool:
    """Two to five words, the first a given name or an initial, the others capitalised
    words or initials, none of them a digit."""
    if not 2 <= len(tokens) <= 5:
        return False
    if any(not t[:1].isupper() and t not in _PARTICLES for t in tokens):
        return False
    first = tokens[0]
    if not (first in given_names() or INITIAL.match(first)):
        return False
    last = tokens[-1]
    return not INITIAL.match(last) and last not in _PARTICLES


_PARTICLES: Final = frozenset(
    {"de", "von", "van", "der", "den", "du", "da", "bin", "ibn", "al", "la", "le"}
)
