"""The ``run`` command: publish a folder of articles."""

from __future__ import annotations

import inspect
import json
import math
from pathlib import Path
from typing import Any

import click

from pipeline.cli.options import echo_rejects, handles_errors, output_option, printable
from pipeline.errors import ExitCode, exit_codes_help
from pipeline.limits import DEFAULT_MAX_DOCUMENT_MB, DEFAULT_MAX_DOCUMENT_SECONDS, MAX_JOBS


def _progress(total: int | None) -> Any:
    from tqdm import tqdm

    return tqdm(total=total, unit="doc", desc="documents", disable=(total or 2) < 2 or None)


def _number(ctx: click.Context, param: click.Parameter, value: float) -> float:
    """A number option must be a number (``nan`` passes every range check)."""
    if math.isnan(value):
        raise click.BadParameter("must be a number, not nan")
    return value


def _formats(ctx: click.Context, param: click.Parameter, value: str) -> tuple[str, ...]:
    """``--formats``: what to publish, checked (an unknown name is a usage error)."""
    from pipeline.export.layout import parse_outputs

    try:
        return parse_outputs(value)
    except ValueError as err:
        raise click.BadParameter(str(err)) from None


def _left_as_it_was(output: Path, **_: object) -> str:
    return f"; {output} was left as it was"


@click.command(
    help=inspect.cleandoc(
        """Extract documents, sentences, facts, events, entities, mentions and relations
    from RAW into OUTPUT.

    RAW is a folder of .txt articles (with an optional sources.csv), or an article dump:
    a .jsonl or .parquet file (or a folder of them) of records with title and text and
    optional id, url and license, as the public Wikipedia dumps have them.

    Writes OUTPUT/{parquet,csv,jsonl}/<table>/part-NNNNN.<format> for the tables
    documents, sentences, facts, events, entities, mentions, relations, rejects (inputs
    not published, with the reason) and quarantine (extracted rows held back because they
    failed a check), a SQLite database, a spreadsheet and a static site (OUTPUT/site/);
    --formats chooses which (Parquet always: --formats parquet for a large dump).

    Every input is either published in documents or listed in the rejects report (also
    printed) with what is wrong and how to fix it: empty files, files that are not UTF-8
    (UTF-16, Latin-1), binary files, files with only headings, a second input with the same
    doc_id, a dump line that is not JSON; problems of sources.csv are listed there too. The
    good inputs are published all the same (unless --strict).

    Results are cached per document (by content and code version) in CACHE, so a rerun
    redoes only the articles that changed.

    A document larger than --max-document-mb, or whose extraction takes longer than
    --max-document-seconds, is rejected with the limit it broke; the others are published.

    OUTPUT is written in a temporary folder and swapped in only when every table
    validated; a failed, interrupted (Ctrl-C, SIGTERM) or killed run leaves the previous
    OUTPUT as it was. Only one run at a time may write OUTPUT (a lock file beside it)."""
    )
    + "\n\n"
    + exit_codes_help()
)
@click.option(
    "--raw",
    type=click.Path(path_type=Path),
    default=Path("raw"),
    show_default=True,
    help="Folder of .txt articles (optional sources.csv: file,title,source,license), or a "
    ".jsonl/.parquet article dump (or a folder of them).",
)
@output_option("Folder to publish the tables to; replaced only when the whole run validated.")
@click.option("--strict", is_flag=True, help="Treat any rejected input file as fatal (exit 4).")
@click.option(
    "--jobs",
    type=click.IntRange(min=0, max=MAX_JOBS),
    default=1,
    show_default=True,
    help="Worker processes (0: one per core); with --executor dask, local workers.",
)
@click.option(
    "--executor",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="Where batches run: this machine, or a Dask cluster.",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    default=None,
    help="Dask scheduler to use (default: a LocalCluster on 127.0.0.1 with --jobs workers).",
)
@click.option(
    "--cache",
    "cache",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Per-document result cache (default: .<OUTPUT>.cache.sqlite beside OUTPUT).",
)
@click.option("--no-cache", is_flag=True, help="Neither read nor write the cache.")
@click.option(
    "--batch-mb",
    callback=_number,
    type=click.FloatRange(min=0.001, max=1024),
    default=1.0,
    show_default=True,
    help="Text per batch sent to a worker, in MB (does not change the output).",
)
@click.option(
    "--max-document-mb",
    callback=_number,
    type=click.FloatRange(min=0, max=1_000_000),
    default=DEFAULT_MAX_DOCUMENT_MB,
    show_default=True,
    help="Reject a document larger than this, in MB (0: no limit).",
)
@click.option(
    "--max-document-seconds",
    callback=_number,
    type=click.FloatRange(min=0, max=1_000_000),
    default=DEFAULT_MAX_DOCUMENT_SECONDS,
    show_default=True,
    help="Reject a document whose extraction takes longer than this (0: no limit).",
)
@click.option(
    "--formats",
    "outputs",
    callback=_formats,
    default="all",
    show_default=True,
    metavar="LIST",
    help="What to publish, comma-separated: parquet, csv, jsonl, sqlite, xlsx, site, or all. "
    "Parquet is always written; the metadata lists exactly the files published.",
)
@click.option(
    "--stats",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write the run's timings per stage (JSON) here.",
)
@handles_errors(suffix=_left_as_it_was)
def run(
    raw: Path,
    output: Path,
    strict: bool,
    jobs: int,
    executor: str,
    scheduler: str | None,
    cache: Path | None,
    no_cache: bool,
    batch_mb: float,
    max_document_mb: float,
    max_document_seconds: float,
    outputs: tuple[str, ...],
    stats: Path | None,
) -> None:
    from pipeline.limits import Limits
    from pipeline.memory import use_system_allocator
    from pipeline.run import default_cache, run_pipeline

    use_system_allocator()
    summary = run_pipeline(
        raw,
        output,
        strict=strict,
        jobs=jobs,
        executor=executor,
        scheduler=scheduler,
        cache=None if no_cache else (cache or default_cache(output)),
        batch_bytes=int(batch_mb * 1e6),
        progress=_progress,
        limits=Limits.from_options(max_document_mb, max_document_seconds),
        outputs=outputs,
    )
    for warning in summary.warnings:
        click.echo(printable(f"warning: {warning}"), err=True)
    if stats is not None:
        report = {"seconds": summary.seconds, "cache_hits": summary.cache_hits}
        report["counts"] = summary.counts
        try:
            stats.write_text(json.dumps(report, indent=2) + "\n")
        except OSError as err:
            click.echo(f"warning: cannot write --stats {stats} ({err.strerror or err})", err=True)
    counts = summary.counts
    click.echo(
        f"{counts['documents']} documents, {counts['sentences']} sentences, "
        f"{counts['facts']} facts, {counts['events']} events, "
        f"{counts['entities']} entities, {counts['mentions']} mentions, "
        f"{counts['relations']} relations, {counts['rejects']} rejects, {counts['quarantine']} quarantined rows"
    )
    click.echo(printable(f"wrote {len(summary.files)} files to {output}/ ({', '.join(outputs)})"))
    if counts["quarantine"]:
        where = "csv" if "csv" in outputs else "parquet"
        click.echo(
            f"warning: {counts['quarantine']} extracted rows failed a check and were held "
            f"back; see {output}/{where}/quarantine/",
            err=True,
        )
    if counts["rejects"]:
        echo_rejects(summary.rejects)
        raise SystemExit(int(ExitCode.REJECTS))
