"""Licences: the dataset's own, and those of its source texts as ``sources.csv`` names them."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd


@dataclass(frozen=True)
class License:
    """A licence as Frictionless and Croissant name it: SPDX-style id, URL, human title."""

    name: str
    path: str | None
    title: str


# The source text is CC BY-SA; adapted material must be shared under the same licence.
DATASET_LICENSE = License(
    "CC-BY-SA-4.0",
    "https://creativecommons.org/licenses/by-sa/4.0/",
    "Creative Commons Attribution-ShareAlike 4.0 International",
)

_CC = re.compile(r"^CC[\s-]*(BY(?:[\s-]*(?:NC|SA|ND))*)[\s-]*(\d\.\d)$", re.IGNORECASE)
_CC_ZERO = re.compile(r"^CC[\s-]*0(?:[\s-]*1\.0)?$", re.IGNORECASE)


def license_for(text: str) -> License:
    """Read a licence as written in ``sources.csv`` (``CC BY-SA 4.0``, ``CC0``, …)."""
    raw = " ".join(text.split())
    if _CC_ZERO.match(raw):
        return License(
            "CC0-1.0", "https://creativecommons.org/publicdomain/zero/1.0/", "CC0 1.0 Universal"
        )
    match = _CC.match(raw)
    if match:
        terms = re.sub(r"[\s-]+", "-", match.group(1).upper())
        version = match.group(2)
        return License(
            f"CC-{terms}-{version}",
            f"https://creativecommons.org/licenses/{terms.lower()}/{version}/",
            f"CC {terms} {version}",
        )
    name = re.sub(r"[^A-Za-z0-9._-]+", "-", raw).strip("-") or "unknown"
    return License(name, None, raw)


def source_licenses(documents: pd.DataFrame) -> list[tuple[License, int]]:
    """The distinct licences of the source documents, with how many documents each covers."""
    counts: dict[License, int] = {}
    for value in documents["license"]:
        if isinstance(value, str) and value.strip():
            found = license_for(value)
            counts[found] = counts.get(found, 0) + 1
    return sorted(counts.items(), key=lambda item: item[0].name)


def unlicensed_documents(documents: pd.DataFrame) -> list[str]:
    """Ids of the documents whose licence is not recorded."""
    return sorted(
        str(doc_id)
        for doc_id, value in zip(documents["doc_id"], documents["license"], strict=True)
        if not (isinstance(value, str) and value.strip())
    )
