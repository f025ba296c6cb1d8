"""The ``cli`` group: ``python -m pipeline COMMAND``, every command registered on it."""

from __future__ import annotations

import click

from pipeline.cli.evaluate import evaluate
from pipeline.cli.evaluate_entities import evaluate_entities
from pipeline.cli.release import diff, download, publish, release, verify
from pipeline.cli.run import run
from pipeline.errors import exit_codes_help


@click.group(
    help="Turn encyclopedic articles into validated, sentence-grounded open datasets.\n\n"
    + exit_codes_help()
)
@click.version_option(package_name="factpipe")
def cli() -> None:
    from pipeline.package.dataset import source_date_epoch

    try:
        source_date_epoch()
    except ValueError as err:
        raise click.UsageError(str(err)) from None


for command in (run, evaluate, evaluate_entities, release, publish, verify, download, diff):
    cli.add_command(command)
