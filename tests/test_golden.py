"""The seed article's published tables, compared whole with checked-in golden tables.

After an intended change of the extractors, regenerate them with ``make golden`` and
review the diff of ``tests/fixtures/golden/`` like code.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from pipeline.export import read_table, table_parts
from pipeline.run import run_pipeline
from tests.conftest import ARTICLES, FIXTURES

GOLDEN = FIXTURES / "golden"
SEED = "wuxi-iot-innovation-park.txt"
TABLES = ("sentences", "facts", "events", "entities", "mentions", "relations")


def publish_seed(tmp: Path) -> Path:
    raw = tmp / "raw"
    raw.mkdir()
    shutil.copy(ARTICLES / SEED, raw / SEED)
    out = tmp / "out"
    run_pipeline(raw, out)
    return out


def write_golden(folder: Path = GOLDEN) -> None:
    """Regenerate the golden tables (``make golden``)."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        out = publish_seed(Path(tmp))
        folder.mkdir(parents=True, exist_ok=True)
        for name in TABLES:
            shutil.copy(table_parts(out, name, "csv")[0], folder / f"{name}.csv")


@pytest.fixture(scope="module")
def seed_output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return publish_seed(tmp_path_factory.mktemp("seed"))


@pytest.mark.parametrize("name", TABLES)
def test_seed_tables_match_golden(seed_output: Path, tmp_path: Path, name: str) -> None:
    out = seed_output
    golden_dir = tmp_path / "golden"
    (golden_dir / "csv" / name).mkdir(parents=True)
    shutil.copy(GOLDEN / f"{name}.csv", golden_dir / "csv" / name / "part-00000.csv")
    expected = read_table(golden_dir, name, "csv")
    pd.testing.assert_frame_equal(read_table(out, name, "parquet"), expected, obj=name)


if __name__ == "__main__":
    write_golden()
