"""``python -m pipeline``: the command-line interface."""

import sys


def main() -> None:
    """Run the command line (``python -m pipeline``, or the ``factpipe`` script); Ctrl-C
    while it loads ends like Ctrl-C in a command, without a traceback."""
    try:
        from pipeline.cli import cli
    except KeyboardInterrupt:
        sys.stderr.write("Aborted (Ctrl-C)\n")
        sys.exit(1)
    as_module = sys.argv[0].endswith("__main__.py")
    cli(prog_name="python -m pipeline" if as_module else None)


if __name__ == "__main__":
    main()
