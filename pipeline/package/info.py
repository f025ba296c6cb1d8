"""What the publisher says of the dataset: title, description, creators, home page,
keywords, from an optional ``dataset.toml`` in the input folder (defaults otherwise).

```toml
title = "Science parks: sentence-grounded facts and events"
description = "Quantities and dated statements from articles about science parks."
creators = ["Jane Doe", "Example Lab"]
url = "https://example.org/parks-data"
keywords = ["science parks", "innovation"]
```
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.errors import UsageProblem
from pipeline.package.dataset import DATASET_DESCRIPTION, DATASET_TITLE

INFO_FILE = "dataset.toml"
_KEYS = {"title", "description", "creators", "url", "keywords"}


@dataclass(frozen=True)
class DatasetInfo:
    title: str = DATASET_TITLE
    description: str = DATASET_DESCRIPTION
    creators: tuple[str, ...] = ("factpipe contributors",)
    url: str | None = None
    keywords: tuple[str, ...] = field(default_factory=tuple)


def _strings(value: object, key: str) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value):
        return tuple(value)
    raise UsageProblem(f"{INFO_FILE}: `{key}` must be a string or a list of strings")


def read_info(raw: Path) -> DatasetInfo:
    """The dataset's description from ``raw/dataset.toml`` (``raw`` a folder), else the
    defaults. Raises :class:`~pipeline.errors.UsageProblem` when the file is malformed."""
    path = raw / INFO_FILE
    if not raw.is_dir() or not path.is_file():
        return DatasetInfo()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
        raise UsageProblem(f"{path} cannot be read as TOML: {err}") from None
    unknown = sorted(set(data) - _KEYS)
    if unknown:
        raise UsageProblem(f"{path}: unknown keys {unknown} (known: {sorted(_KEYS)})")
    defaults = DatasetInfo()
    for key in ("title", "description", "url"):
        if key in data and not (isinstance(data[key], str) and data[key].strip()):
            raise UsageProblem(f"{path}: `{key}` must be a non-empty string")
    return DatasetInfo(
        title=" ".join(data.get("title", defaults.title).split()),
        description=" ".join(data.get("description", defaults.description).split()),
        creators=_strings(data["creators"], "creators")
        if "creators" in data
        else defaults.creators,
        url=data.get("url"),
        keywords=_strings(data["keywords"], "keywords") if "keywords" in data else (),
    )
