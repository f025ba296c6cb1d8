"""The README's generated sections (data dictionary, CLI help) are current."""

from __future__ import annotations

from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.dev import readme
from tests.conftest import REPO


def test_readme_generated_sections_are_current() -> None:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    assert readme.render(text) == text, "README.md is stale: run `make readme`"


def test_readme_shows_every_command_help() -> None:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    runner = CliRunner()
    for name in cli.list_commands(None):  # type: ignore[arg-type]
        result = runner.invoke(cli, [name, "--help"], terminal_width=100)
        assert result.exit_code == 0
        assert f"$ python -m pipeline {name} --help" in text
        for line in result.output.splitlines()[2:]:
            assert line.strip() in text, f"`{name} --help` line missing from README: {line!r}"


def test_readme_documents_every_column() -> None:
    from schemas import TABLES
    from schemas.metadata import columns

    text = (REPO / "README.md").read_text(encoding="utf-8")
    for spec in TABLES.values():
        for col in columns(spec):
            assert f"| `{col.name}` |" in text
