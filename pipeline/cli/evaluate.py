"""The ``evaluate`` command: score published tables against gold annotations.

The summary lines (and, with
``--verbose``, the miss lines) are those of the reference scorer ``shared/eval/score.py``,
so the two outputs can be compared line by line; ``--verbose`` then adds a breakdown of
the misses by class.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from pipeline.cli.options import handles_errors, output_option

if TYPE_CHECKING:
    from pipeline.evaluate import Tally


def summary_line(name: str, summary: dict[str, Any]) -> str:
    """One gold file's (or the total's) numbers on one line."""
    q, d = summary["quantities"], summary["dates"]
    return (
        f"{name}: quantities P={q['precision']:.3f} R={q['recall']:.3f} F1={q['f1']:.3f} "
        f"| dates P={d['precision']:.3f} R={d['recall']:.3f} F1={d['f1']:.3f} "
        f"| qualifier={summary['qualifier_accuracy']} period={summary['period_accuracy']} "
        f"attribute={summary['attribute_accuracy']} subject={summary['subject_accuracy']} "
        f"| sentences not found={summary['sentences_not_found']}"
    )


_BREAKDOWN = (
    ("MISS", "missed quantities by gold unit"),
    ("EXTRA", "extra facts by method"),
    ("MISS DATE", "missed dates by precision"),
    ("EXTRA DATE", "extra events by method"),
    ("NOT FOUND", "sentences not found by document"),
)


def _counts(categories: Iterable[str]) -> str:
    counts = Counter(categories).most_common()
    return ", ".join(f"{category} {n}" for category, n in counts)


def breakdown_lines(tally: Tally) -> list[str]:
    """The misses and wrong qualifiers, periods, attributes and subjects of a tally, counted
    by class, then each wrong period, attribute and subject on its own line."""
    lines = []
    for kind, title in _BREAKDOWN:
        misses = [m.category for m in tally.misses if m.kind == kind]
        if misses:
            lines.append(f"  {title} ({len(misses)}): {_counts(misses)}")
    for kind, title in (
        ("qualifier", "wrong qualifiers (gold → ours)"),
        ("period", "wrong periods"),
        ("attribute", "wrong attributes"),
        ("subject", "wrong subjects"),
    ):
        wrong = [d.category for d in tally.disagreements if d.kind == kind]
        if wrong:
            lines.append(f"  {title} ({len(wrong)}): {_counts(wrong)}")
    listed = [d for d in tally.disagreements if d.kind != "qualifier"]
    if listed:
        lines.append("wrong periods, attributes and subjects:")
        lines.extend(f"    {d.line}" for d in listed)
    return lines


@click.command()
@click.argument(
    "gold",
    nargs=-1,
    required=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
)
@output_option("Folder searched (recursively) for the documents, facts and events tables.")
@click.option("--verbose", is_flag=True, help="List every miss and extra, then misses by class.")
@click.option(
    "--json",
    "json_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write the summary as JSON here.",
)
@handles_errors()
def evaluate(gold: tuple[Path, ...], output: Path, verbose: bool, json_path: Path | None) -> None:
    """Score the tables published in OUTPUT against GOLD files (JSON Lines).

    Each GOLD line annotates one sentence of a source article with its quantities and
    dates (format: shared/gold/GUIDELINES.md). Prints precision, recall and F1 of
    quantities and dates, qualifier/period/attribute/subject accuracy of the matched
    quantities and the sentences not found, per GOLD file and in total. Exit status 2
    when OUTPUT has no tables or a GOLD file is malformed.
    """
    from pipeline.errors import EvaluationError
    from pipeline.evaluate import evaluate_output

    evaluation = evaluate_output(output, gold)
    for name, tally in evaluation.files:
        click.echo(summary_line(name, tally.summary()))
        if verbose:
            for miss in tally.misses:
                click.echo(f"    {miss.line}")
    total = evaluation.total
    if json_path is not None:
        try:
            json_path.write_text(json.dumps(evaluation.summaries(), indent=2))
        except OSError as err:
            raise EvaluationError(
                f"cannot write --json {json_path} ({err.strerror or err}); the scores are above"
            ) from None
    summary = total.summary()
    click.echo(
        f"total: quantities F1={summary['quantities']['f1']:.3f} "
        f"dates F1={summary['dates']['f1']:.3f}"
    )
    if verbose:
        click.echo("misses by class (all gold files):")
        for line in breakdown_lines(total) or ["  none"]:
            click.echo(line)
