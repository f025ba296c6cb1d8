"""How to cite a release: ``CITATION.cff`` (the Citation File Format GitHub and Zenodo
read), and the same as BibTeX for the card and Croissant's ``citeAs``."""

from __future__ import annotations

import re

from pipeline.package.dataset import CITATION as CITATION_FILE
from pipeline.package.dataset import DATASET_NAME, build_date

__all__ = ["CITATION_FILE", "bibtex", "citation_cff"]
from pipeline.package.summary import DatasetSummary


def _yaml_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def citation_cff(summary: DatasetSummary, version: str) -> str:
    """The ``CITATION.cff`` of a release."""
    info = summary.info
    lines = [
        "cff-version: 1.2.0",
        'message: "If you use this dataset, please cite it as below."',
        "type: dataset",
        f"title: {_yaml_string(info.title)}",
        f"version: {_yaml_string(version)}",
        f"abstract: {_yaml_string(info.description)}",
        "authors:",
        *[f"  - name: {_yaml_string(name)}" for name in info.creators],
        f"license: {summary.dataset_license().license.name}",
    ]
    built = build_date()
    if built:
        lines.append(f"date-released: {_yaml_string(built[:10])}")
    if info.url:
        lines.append(f"url: {_yaml_string(info.url)}")
    if info.keywords:
        lines += ["keywords:", *[f"  - {_yaml_string(k)}" for k in info.keywords]]
    return "\n".join(lines) + "\n"


def bibtex(summary: DatasetSummary, version: str) -> str:
    """The BibTeX entry of a release."""
    info = summary.info
    key = re.sub(r"\W+", "_", f"{DATASET_NAME}_{version}")
    fields = [
        ("title", info.title),
        ("author", " and ".join("{" + name + "}" for name in info.creators)),
        ("version", version),
        ("note", f"Dataset, licensed under {summary.dataset_license().license.name}"),
    ]
    built = build_date()
    if built:
        fields.append(("year", built[:4]))
    if info.url:
        fields.append(("url", info.url))
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
    return f"@misc{{{key},\n{body}\n}}"
