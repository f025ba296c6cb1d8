from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
ARTICLES = FIXTURES / "articles"
REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def published(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture articles run through the whole pipeline once per test session."""
    from pipeline.run import run_pipeline

    out = tmp_path_factory.mktemp("published") / "output"
    run_pipeline(ARTICLES, out)
    return out
