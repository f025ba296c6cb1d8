"""The ``evaluate-entities`` command: score published entities, mentions and relations
against gold sentences (format: docs/entities.md)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from pipeline.cli.options import handles_errors, output_option


def entity_summary_line(name: str, summary: dict[str, Any]) -> str:
    """One gold file's (or the total's) numbers on one line."""
    parts = []
    for key in ("mentions", "entities", "relations"):
        s = summary[key]
        parts.append(f"{key} P={s['precision']:.3f} R={s['recall']:.3f} F1={s['f1']:.3f}")
    return (
        f"{name}: " + " | ".join(parts) + f" | sentences not found={summary['sentences_not_found']}"
    )


@click.command("evaluate-entities")
@click.argument(
    "gold", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@output_option(
    "Folder searched (recursively) for the documents, entities, mentions and relations tables."
)
@click.option("--verbose", is_flag=True, help="List every miss and extra.")
@click.option(
    "--json",
    "json_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write the summary as JSON here.",
)
@handles_errors()
def evaluate_entities(
    gold: tuple[Path, ...], output: Path, verbose: bool, json_path: Path | None
) -> None:
    """Score the entities, mentions and relations published in OUTPUT against GOLD files.

    Each GOLD line annotates one sentence with its entity mentions and relations (format
    and matching rules: docs/entities.md). Prints precision, recall and F1 of mentions,
    entities (per document, alias-aware) and relations, per GOLD file and in total.
    Exit status 2 when OUTPUT has no entity tables or a GOLD file is malformed.
    """
    from pipeline.evaluate.entities import EntityScore
    from pipeline.evaluate.entities import evaluate_entities as score

    results = score(output, gold)
    total = EntityScore()
    summaries = {}
    for name, result in results:
        click.echo(entity_summary_line(name, result.summary()))
        if verbose:
            for line in result.misses:
                click.echo(f"    {line}")
        total.add(result)
        summaries[name] = result.summary()
    summaries["total"] = total.summary()
    click.echo(entity_summary_line("total", total.summary()))
    if json_path is not None:
        json_path.write_text(json.dumps(summaries, indent=2))
