"""Command-line interface: ``python -m pipeline COMMAND`` (also installed as ``factpipe``).

Exit codes: 0 success; 1 the run failed and nothing was published; 2 usage error (bad
option, missing folder); 3 published, but some input files were rejected (see
``rejects``); 4 ``--strict`` and some input files were rejected: nothing published.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

import click
import pandas as pd

from pipeline.cli_evaluate import evaluate
from pipeline.cli_release import diff, download, release, verify

EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_REJECTS = 3
EXIT_STRICT_REJECTS = 4


def _progress(items: Iterable[object], total: int) -> Iterable[object]:
    from tqdm import tqdm

    return tqdm(items, total=total, unit="doc", desc="documents", disable=total < 2 or None)


@click.group()
@click.version_option(package_name="factpipe")
def cli() -> None:
    """Turn encyclopedic articles into validated, sentence-grounded open datasets.

    \b
    Exit codes:
      0  success
      1  the run failed; nothing was published, the previous output is intact
      2  usage error (unknown option, missing input folder)
      3  published, but some input files were rejected (see the rejects table)
      4  --strict and some input files were rejected; nothing was published
    """


@cli.command()
@click.option(
    "--raw",
    "raw",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("raw"),
    show_default=True,
    help="Folder of .txt articles, with an optional sources.csv (file,title,source,license).",
)
@click.option(
    "--output",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("output"),
    show_default=True,
    help="Folder to publish the tables to; replaced only when the whole run validated.",
)
@click.option("--strict", is_flag=True, help="Treat any rejected input file as fatal (exit 4).")
@click.option("--jobs", type=click.IntRange(min=1), default=1, show_default=True,
              help="Documents processed in parallel (processes).")
def run(raw: Path, output: Path, strict: bool, jobs: int) -> None:
    """Extract documents, sentences, facts and events from RAW into OUTPUT.

    Writes OUTPUT/{parquet,csv,json}/<table>.<format> for the tables documents,
    sentences, facts, events, rejects (input files not published, with the reason) and
    quarantine (extracted rows held back because they failed a check).
    """
    from pipeline.run import RejectedInputsError, RunError, run_pipeline
    from pipeline.validate import TableValidationError

    if not raw.is_dir():
        raise click.UsageError(f"input folder {raw} does not exist", ctx=click.get_current_context())
    try:
        summary = run_pipeline(raw, output, strict=strict, jobs=jobs, progress=_progress)
    except RejectedInputsError as err:
        click.echo(f"error: {err}; {output} was left as it was", err=True)
        _echo_rejects(err.rejects)
        sys.exit(EXIT_STRICT_REJECTS)
    except RunError as err:
        click.echo(f"error: {err}; {output} was left as it was", err=True)
        sys.exit(EXIT_FAILED)
    except TableValidationError as err:
        click.echo(f"error: {err}; {output} was left as it was", err=True)
        click.echo(err.report.to_string(index=False, max_rows=50), err=True)
        sys.exit(EXIT_FAILED)
    counts = summary.counts
    click.echo(
        f"{counts['documents']} documents, {counts['sentences']} sentences, "
        f"{counts['facts']} facts, {counts['events']} events, "
        f"{counts['rejects']} rejected files, {counts['quarantine']} quarantined rows"
    )
    click.echo(f"wrote {len(summary.files)} files to {output}/ (parquet, csv, json)")
    if counts["rejects"]:
        _echo_rejects(summary.rejects)
        sys.exit(EXIT_REJECTS)


def _echo_rejects(rejects: pd.DataFrame) -> None:
    click.echo("rejected input files (file: reason — how to fix):", err=True)
    for row in rejects.itertuples(index=False):
        click.echo(f"  {row.file}: {row.reason} — {row.hint}", err=True)


cli.add_command(evaluate)
cli.add_command(release)
cli.add_command(verify)
cli.add_command(download)
cli.add_command(diff)
