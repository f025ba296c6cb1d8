"""Licences: those of the source texts as ``sources.csv`` (or a dump) names them, and the
dataset's own, computed from them.

The tables quote and adapt the source texts, so the dataset takes the strictest terms of its
sources: ShareAlike if any source is ShareAlike, NonCommercial if any is; Attribution when
any source needs it; CC0 only when every source is CC0 or public domain. A source under
NoDerivatives, or without a recorded licence, cannot be cleared this way: the dataset
keeps the licence its other sources give and the card says which documents to check.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class License:
    """A licence as Frictionless and Croissant name it: SPDX-style id, URL, human title."""

    name: str
    path: str | None
    title: str

    @property
    def terms(self) -> frozenset[str]:
        """Its Creative Commons terms (BY, SA, NC, ND), empty for CC0 and others."""
        match = re.match(r"^CC-((?:BY|SA|NC|ND)(?:-(?:BY|SA|NC|ND))*)-\d\.\d$", self.name)
        return frozenset(match.group(1).split("-")) if match else frozenset()


CC0 = License("CC0-1.0", "https://creativecommons.org/publicdomain/zero/1.0/", "CC0 1.0 Universal")
_CC_TITLES = {"BY": "Attribution", "SA": "ShareAlike", "NC": "NonCommercial", "ND": "NoDerivatives"}

_CC = re.compile(r"^CC[\s-]*(BY(?:[\s-]*(?:NC|SA|ND))*)[\s-]*(\d\.\d)$", re.IGNORECASE)
_CC_ZERO = re.compile(r"^(?:CC[\s-]*0(?:[\s-]*1\.0)?|public[\s-]+domain|PD)$", re.IGNORECASE)


def cc_license(terms: Iterable[str], version: str = "4.0") -> License:
    """The Creative Commons licence with ``terms`` (BY first, then NC, SA, ND)."""
    ordered = [t for t in ("BY", "NC", "SA", "ND") if t in set(terms)]
    code = "-".join(ordered)
    words = "-".join(_CC_TITLES[t] for t in ordered)
    return License(
        f"CC-{code}-{version}",
        f"https://creativecommons.org/licenses/{code.lower()}/{version}/",
        f"Creative Commons {words} {version} International"
        if version == "4.0"
        else f"CC {code} {version}",
    )


def license_for(text: str) -> License:
    """Read a licence as written in ``sources.csv`` (``CC BY-SA 4.0``, ``CC0``, …)."""
    raw = " ".join(text.split())
    if _CC_ZERO.match(raw):
        return CC0
    match = _CC.match(raw)
    if match:
        terms = re.sub(r"[\s-]+", "-", match.group(1).upper())
        version = match.group(2)
        return License(
            f"CC-{terms}-{version}",
            f"https://creativecommons.org/licenses/{terms.lower()}/{version}/",
            f"CC {terms} {version}",
        )
    # not a licence we know: an SPDX "LicenseRef-" name, which no one takes for a real id
    name = re.sub(r"[^A-Za-z0-9.-]+", "-", raw).strip("-") or "unknown"
    return License(f"LicenseRef-{name}", None, raw)


@dataclass(frozen=True)
class DatasetLicense:
    """The dataset's licence and the sentence that explains it."""

    license: License
    explanation: str


def dataset_license(sources: dict[License, int], unlicensed: int) -> DatasetLicense:
    """The licence of a dataset adapting sources under ``sources`` (licence → documents),
    ``unlicensed`` documents having no recorded licence."""
    terms: set[str] = set()
    unclear = [lic for lic in sources if lic != CC0 and not lic.terms]
    for lic in sources:
        terms |= lic.terms
    no_derivatives = "ND" in terms
    terms.discard("ND")
    chosen = cc_license(terms | {"BY"}) if terms else CC0
    described = ", ".join(f"{lic.title} ({n})" for lic, n in sorted(sources.items(), key=_name))
    if not sources:
        sentence = (
            f"No licence is recorded for any source text, so the dataset is offered under "
            f"{chosen.title} for what it adds; check each source before reusing its text."
        )
    elif chosen == CC0:
        sentence = f"Every source text is {CC0.title}, so the dataset is too."
    else:
        needs = []
        if "SA" in terms:
            needs.append("adaptations must be shared under the same licence (ShareAlike)")
        if "NC" in terms:
            needs.append("it may not be used commercially (NonCommercial)")
        sentence = (
            f"The tables quote and adapt source texts under {described}, so the dataset is "
            f"licensed under {chosen.title} ({chosen.name}): credit the sources below"
            + ("; " + "; ".join(needs) if needs else "")
            + "."
        )
    warnings = []
    if no_derivatives:
        warnings.append(
            "some sources forbid adaptations (NoDerivatives): their documents should not "
            "be published in a derived dataset"
        )
    if unclear:
        warnings.append(
            "some licences are not Creative Commons ones ("
            + ", ".join(lic.title for lic in unclear)
            + "): check that their terms allow this use"
        )
    if unlicensed:
        warnings.append(f"{unlicensed} document(s) have no recorded licence")
    if warnings:
        sentence += " Note: " + "; ".join(warnings) + "."
    return DatasetLicense(chosen, sentence)


def _name(item: tuple[License, int]) -> str:
    return item[0].name
