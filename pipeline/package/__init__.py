"""Package stage: make a published folder self-describing.

:func:`write_package_metadata` writes three files beside the tables, all generated from
the Pandera models (through ``schemas.metadata``) and the ``documents`` table:

* ``datapackage.json``: a Frictionless Data Package (:mod:`~pipeline.package.datapackage`);
* ``croissant.json``: Croissant 1.0 JSON-LD metadata (:mod:`~pipeline.package.croissant`);
* ``README.md``: the dataset card (:mod:`~pipeline.package.card`);
* ``CITATION.cff``: how to cite the release (:mod:`~pipeline.package.citation`).

:mod:`~pipeline.package.dataset` states what the dataset is (name, files, checksums, build
date) and :mod:`~pipeline.package.licenses` its licences. Nothing written depends on the
clock, the machine or chance: the only date is the build date from ``SOURCE_DATE_EPOCH``,
and only when it is set.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from pipeline.export.layout import OUTPUTS, present_outputs
from pipeline.export.xlsx import fits
from pipeline.package.card import dataset_card
from pipeline.package.citation import CITATION_FILE, citation_cff
from pipeline.package.croissant import croissant_metadata
from pipeline.package.datapackage import datapackage
from pipeline.package.dataset import CARD, CROISSANT, DATAPACKAGE, SEMVER, data_file_digests
from pipeline.package.summary import DatasetSummary


def dump_json(data: object) -> str:
    """Stable JSON text: two-space indent, UTF-8 characters kept, final newline."""
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def write_package_metadata(
    folder: Path, tables: DatasetSummary | dict[str, pd.DataFrame], dataset_version: str
) -> list[Path]:
    """Write ``datapackage.json``, ``croissant.json``, ``README.md`` and ``CITATION.cff``
    into ``folder``.

    ``folder`` already holds the tables; ``tables`` is their summary (row counts, the
    documents' titles, sources and licences), or the tables themselves as frames. Returns
    the files written.
    """
    if not SEMVER.match(dataset_version):
        raise ValueError(f"dataset version {dataset_version!r} is not a semantic version (1.2.3)")
    if isinstance(tables, DatasetSummary):
        summary = tables
    else:
        summary = DatasetSummary.of_tables(tables)
        outputs = present_outputs(folder)  # what the folder holds
        if "sqlite" in outputs and not fits(summary.rows):  # too big for one: none either way
            outputs = tuple(sorted({*outputs, "xlsx"}, key=OUTPUTS.index))
        summary.outputs = outputs
    if not summary.units and not summary.methods:
        summary.count_values(folder)
    digests = data_file_digests(folder)
    texts = {
        CITATION_FILE: citation_cff(summary, dataset_version),
        DATAPACKAGE: dump_json(datapackage(folder, summary, dataset_version, digests)),
        CROISSANT: dump_json(croissant_metadata(folder, summary, dataset_version, digests)),
        CARD: dataset_card(summary, dataset_version),
    }
    paths = []
    for name, text in texts.items():
        path = folder / name
        path.write_text(text, encoding="utf-8", newline="\n")
        paths.append(path)
    return paths
