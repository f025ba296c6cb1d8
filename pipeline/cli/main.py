"""The ``cli`` group: ``python -m pipeline COMMAND``, every command registered on it."""

from __future__ import annotations

from typing import Any

import click

from pipeline.cli.evaluate import evaluate
from pipeline.cli.evaluate_entities import evaluate_entities
from pipeline.cli.options import report_crash
from pipeline.cli.release import diff, download, publish, release, verify
from pipeline.cli.run import run
from pipeline.errors import exit_codes_help


class _Group(click.Group):
    """The group, with the last catch-all: an unexpected error outside any command (its own
    checks) ends as one line and a log file, like one inside a command."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except Exception as err:
            report_crash(err)


@click.group(
    cls=_Group,
    help="Turn encyclopedic articles into validated, sentence-grounded open datasets.\n\n"
    + exit_codes_help(),
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
