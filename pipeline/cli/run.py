"""The ``run`` command: publish a folder of articles."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import click

from pipeline.cli.options import echo_rejects, folder_option, handles_errors, output_option
from pipeline.errors import ExitCode, exit_codes_help


def _progress(items: Iterable[object], total: int) -> Iterable[object]:
    from tqdm import tqdm

    return tqdm(items, total=total, unit="doc", desc="documents", disable=total < 2 or None)


def _left_as_it_was(output: Path, **_: object) -> str:
    return f"; {output} was left as it was"


@click.command(
    help="""Extract documents, sentences, facts, events, entities, mentions and relations
    from RAW into OUTPUT.

    Writes OUTPUT/{parquet,csv,json}/<table>.<format> for the tables documents,
    sentences, facts, events, entities, mentions, relations, rejects (input files not
    published, with the reason) and quarantine (extracted rows held back because they
    failed a check).

    Every .txt file of RAW is either published in documents or listed in the rejects
    report (OUTPUT/*/rejects.*, also printed) with what is wrong and how to fix it: empty
    files, files that are not UTF-8 (UTF-16, Latin-1), binary files, files with only
    headings, a second file with the same doc_id; problems of sources.csv are listed
    there too. The good files are published all the same (unless --strict).

    OUTPUT is written in a temporary folder and swapped in only when every table
    validated; a failed, interrupted or killed run leaves the previous OUTPUT as it was.
    Only one run at a time may write OUTPUT (a lock file beside it).

    """
    + exit_codes_help()
)
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
@handles_errors(suffix=_left_as_it_was)
def run(raw: Path, output: Path, strict: bool, jobs: int) -> None:
    from pipeline.run import run_pipeline

    summary = run_pipeline(raw, output, strict=strict, jobs=jobs, progress=_progress)
    counts = summary.counts
    click.echo(
        f"{counts['documents']} documents, {counts['sentences']} sentences, "
        f"{counts['facts']} facts, {counts['events']} events, "
        f"{counts['entities']} entities, {counts['mentions']} mentions, "
        f"{counts['relations']} relations, {counts['rejects']} rejects, {counts['quarantine']} quarantined rows"
    )
    click.echo(f"wrote {len(summary.files)} files to {output}/ (parquet, csv, json)")
    if counts["quarantine"]:
        click.echo(
            f"warning: {counts['quarantine']} extracted rows failed a check and were held "
            f"back; see {output}/csv/quarantine.csv",
            err=True,
        )
    if counts["rejects"]:
        echo_rejects(summary.rejects)
        raise SystemExit(int(ExitCode.REJECTS))
