"""Given names, for the shape of a person's name (``Ricardo Arjona``, ``N. R. Narayana
Murthy``). The names are the first-name lists of ``faker``'s person providers for the
locales below (census-derived lists kept by its maintainers), read once per process
from the providers' source as literals: importing faker itself costs half a second.
"""

from __future__ import annotations

import ast
import functools
import importlib.util
import re
from pathlib import Path
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


@functools.cache
def given_names() -> frozenset[str]:
    """Every first name of the locales' person providers."""
    spec = importlib.util.find_spec("faker")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("faker is not installed (pip install -e .)")
    base = Path(next(iter(spec.submodule_search_locations))) / "providers" / "person"
    names: set[str] = set()
    for locale in _LOCALES:
        tree = ast.parse((base / locale / "__init__.py").read_text(encoding="utf-8"))
        statements = [s for c in tree.body if isinstance(c, ast.ClassDef) for s in c.body]
        for node in statements:
            if isinstance(node, ast.Assign) and node.value is not None:
                targets = [t.id for t in node.targets if isinstance(t, ast.Name)]
            elif (
                isinstance(node, ast.AnnAssign)
                and node.value is not None
                and isinstance(node.target, ast.Name)
            ):
                targets = [node.target.id]
            else:
                continue
            if _LISTS.intersection(targets) and node.value is not None:
                names.update(
                    n for n in _literal_names(node.value) if n[:1].isupper() and " " not in n
                )
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
