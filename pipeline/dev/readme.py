"""Keep the generated parts of README.md in step with the code.

Sections are generated between ``<!-- NAME:start -->`` and ``<!-- NAME:end -->``:
``csv`` (the CSV policy, from ``pipeline.export``), ``loading`` (the dataset card's
snippets), ``tables`` (the data dictionary, from the Pandera models), ``layout`` (every
module with the first sentence of its docstring) and ``cli`` (every command's ``--help``). ``make readme`` rewrites them; a test fails when they are stale.
"""

from __future__ import annotations

import ast
import re
import sys
from collections.abc import Callable
from pathlib import Path

import click

from schemas import TABLES
from schemas.metadata import data_dictionary_markdown


def cli_help() -> str:
    """The ``--help`` text of the CLI group and of each command, as Markdown."""
    from pipeline.cli import cli

    parts = []
    root = click.Context(cli, info_name="python -m pipeline", terminal_width=100)
    parts.append("```text\n$ python -m pipeline --help\n" + cli.get_help(root) + "\n```")
    for name in sorted(cli.list_commands(root)):
        command = cli.get_command(root, name)
        if command is None:
            continue
        ctx = click.Context(
            command, info_name=f"python -m pipeline {name}", parent=None, terminal_width=100
        )
        parts.append(f"```text\n$ python -m pipeline {name} --help\n{command.get_help(ctx)}\n```")
    return "\n\n".join(parts)


REPO = Path(__file__).resolve().parents[2]


def layout(root: Path = REPO) -> str:
    """A table of the code: every module of ``pipeline/`` and ``schemas/`` with the first
    sentence of its docstring."""
    rows = ["| file | what it holds |", "|---|---|"]
    for folder in ("pipeline", "schemas"):
        for path in sorted((root / folder).rglob("*.py")):
            doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or ""
            first = " ".join(doc.split("\n\n")[0].split())
            first = re.split(r"(?<=\.)\s", first, maxsplit=1)[0]
            first = re.sub(r":\w+:`~?([^`]+)`", r"``\1``", first).replace("``", "`")
            rows.append(f"| `{path.relative_to(root).as_posix()}` | {first} |")
    return "\n".join(rows)


def loading() -> str:
    """The dataset card's loading snippets, with paths from the project folder."""
    from pipeline.package.card import loading_snippets

    text = loading_snippets().replace('"factpipe.sqlite"', '"output/factpipe.sqlite"')
    text = text.replace("str(Path.cwd())", 'str(Path("output").resolve())')
    return re.sub(r"(['\"])(parquet|csv|jsonl)/", r"\1output/\2/", text)


def sections() -> dict[str, str]:
    from pipeline.package.card import csv_policy

    return {
        "csv": csv_policy(),
        "loading": loading(),
        "tables": data_dictionary_markdown(TABLES, heading="###"),
        "layout": layout(),
        "cli": cli_help(),
    }


def _replacement(body: str) -> Callable[[re.Match[str]], str]:
    return lambda match: match.group(1) + body.strip() + "\n" + match.group(2)


def render(readme: str) -> str:
    """``readme`` with every generated section replaced by its current content."""
    for name, body in sections().items():
        pattern = re.compile(rf"(<!-- {name}:start -->\n)(?:.*?\n)?(<!-- {name}:end -->)", re.S)
        if not pattern.search(readme):
            raise ValueError(f"README has no <!-- {name}:start/end --> markers")
        readme = pattern.sub(_replacement(body), readme)
    return readme


def main(path: str = "README.md") -> None:
    readme = Path(path)
    readme.write_text(render(readme.read_text(encoding="utf-8")), encoding="utf-8")


if __name__ == "__main__":
    main(*sys.argv[1:])
