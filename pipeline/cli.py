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
from pipeline.cli_options import folder_option, output_option
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
      2  usage error (unknown option, input folder missing or without .txt files)
      3  published, but some input files were rejected (see the rejects table)
      4  --strict and some input files were rejected; nothing was published
    """
    from pipeline.dataset import source_date_epoch

    try:
        source_date_epoch()
    except ValueError as err:
        raise click.UsageError(str(err)) from None


@cli.command()
@folder_option(
    "raw",
    "raw",
    "Folder of .txt articles, with an optional sources.csv (file,title,source,license).",
)
@output_option("Folder to publish the tables to; replaced only when the whole run validated.")
@click.option("--strict", is_flag=True, help="Treat any rejected input file as fatal (exit 4).")
@click.option(
    "--jobs",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Documents processed in parallel (processes).",
)
def run(raw: Path, output: Path, strict: bool, jobs: int) -> None:
    """Extract documents, sentences, facts and events from RAW into OUTPUT.

    Writes OUTPUT/{parquet,csv,json}/<table>.<format> for the tables documents,
    sentences, facts, events, rejects (input files not published, with the reason) and
    quarantine (extracted rows held back because they failed a check).

    Every .txt file of RAW is either published in documents or listed in the rejects
    report (OUTPUT/*/rejects.*, also printed) with what is wrong and how to fix it: empty
    files, files that are not UTF-8 (UTF-16, Latin-1), binary files, files with only
    headings, a second file with the same doc_id; problems of sources.csv are listed
    there too. The good files are published all the same (unless --strict).

    OUTPUT is written in a temporary folder and swapped in only when every table
    validated; a failed, interrupted or killed run leaves the previous OUTPUT as it was.
    Only one run at a time may write OUTPUT (a lock file beside it).

    \b
    Exit codes:
      0  published; every input file was used
      1  the run failed (every input file rejected, invalid tables, another run
         is writing OUTPUT, a write error); nothing was published, the previous
         OUTPUT is intact
      2  usage error: RAW missing or without .txt files, OUTPUT unusable
      3  published, but some input files were rejected (see the rejects report)
      4  --strict and some input files were rejected; nothing was published
    """
    from pipeline.run import (
        NothingPublishedError,
        RejectedInputsError,
        RunError,
        UsageProblem,
        run_pipeline,
    )
    from pipeline.validate import TableValidationError

    ctx = click.get_current_context()
    if not raw.is_dir():
        raise click.UsageError(f"input folder {raw} does not exist", ctx=ctx)
    try:
        summary = run_pipeline(raw, output, strict=strict, jobs=jobs, progress=_progress)
    except UsageProblem as err:
        raise click.UsageError(str(err), ctx=ctx) from None
    except RejectedInputsError as err:
        click.echo(f"error: {err}; {output} was left as it was", err=True)
        _echo_rejects(err.rejects)
        sys.exit(EXIT_STRICT_REJECTS)
    except NothingPublishedError as err:
        click.echo(f"error: {err}; {output} was left as it was", err=True)
        _echo_rejects(err.rejects)
        sys.exit(EXIT_FAILED)
    except RunError as err:
        click.echo(f"error: {err}; {output} was left as it was", err=True)
        sys.exit(EXIT_FAILED)
    except TableValidationError as err:
        click.echo(f"error: {err}; {output} was left as it was", err=True)
        click.echo(err.report.to_string(index=False, max_rows=50), err=True)
        sys.exit(EXIT_FAILED)
    except OSError as err:
        click.echo(f"error: cannot write the output: {err}; {output} was left as it was", err=True)
        sys.exit(EXIT_FAILED)
    counts = summary.counts
    click.echo(
        f"{counts['documents']} documents, {counts['sentences']} sentences, "
        f"{counts['facts']} facts, {counts['events']} events, "
        f"{counts['rejects']} rejects, {counts['quarantine']} quarantined rows"
    )
    click.echo(f"wrote {len(summary.files)} files to {output}/ (parquet, csv, json)")
    if counts["quarantine"]:
        click.echo(
            f"warning: {counts['quarantine']} extracted rows failed a check and were held "
            f"back; see {output}/csv/quarantine.csv",
            err=True,
        )
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
