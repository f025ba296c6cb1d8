"""Read a release's JSON metadata (``datapackage.json``, ``croissant.json``) without
trusting it: a file that is missing, not UTF-8, not JSON, nested too deep to parse, or not
a JSON object is a :class:`~pipeline.errors.ReleaseError` saying so, never a crash."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pipeline.errors import ReleaseError
from pipeline.package.dataset import DATAPACKAGE

MAX_METADATA_BYTES = 256 << 20


def read_metadata(path: Path) -> dict[str, Any]:
    """The JSON object in ``path`` (raises :class:`ReleaseError` saying what is wrong)."""
    try:
        if path.stat().st_size > MAX_METADATA_BYTES:
            raise ReleaseError(f"{path.name} is larger than {MAX_METADATA_BYTES >> 20} MB")
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ReleaseError(f"{path.name} is missing") from None
    except OSError as err:
        raise ReleaseError(f"{path.name} cannot be read ({err.strerror or err})") from None
    except UnicodeDecodeError as err:
        raise ReleaseError(f"{path.name} is not UTF-8 (byte {err.start})") from None
    except ValueError as err:
        raise ReleaseError(f"{path.name} is not valid JSON ({err})") from None
    except RecursionError:
        raise ReleaseError(f"{path.name} is nested too deeply to be metadata") from None
    if not isinstance(data, dict):
        raise ReleaseError(f"{path.name} is not a JSON object (it holds {type(data).__name__})")
    return data


def metadata_version(folder: Path) -> str | None:
    """The ``version`` a release's ``datapackage.json`` declares, None when it has none."""
    try:
        version = read_metadata(folder / DATAPACKAGE).get("version")
    except ReleaseError:
        return None
    return version if isinstance(version, str) else None
