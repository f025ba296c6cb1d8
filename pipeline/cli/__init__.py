"""Command-line interface: ``python -m pipeline COMMAND`` (also installed as ``factpipe``).

:mod:`~pipeline.cli.main` holds the group and the one place where errors become exit
codes; each command lives in its own module (``run``, ``evaluate``, ``release``) with the
options they share in :mod:`~pipeline.cli.options`.
"""

from pipeline.cli.main import cli

__all__ = ["cli"]
