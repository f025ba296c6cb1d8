"""The release commands: ``release``, ``verify``, ``download`` and ``diff``.

Failures end in a one-paragraph message and the exit code of their error
(``pipeline.errors``), never a traceback (``pipeline.cli.options.handles_errors``).
"""

from __future__ import annotations

from pathlib import Path

import click

from pipeline.cli.options import folder_option, handles_errors, output_option
from pipeline.errors import ReleaseError
from schemas import DATASET_VERSION


@click.command()
@output_option("Published folder to release (tables and metadata).")
@folder_option("dist", "dist", "Folder to write the archive to.")
@click.option(
    "--version",
    "version",
    default=DATASET_VERSION,
    show_default=True,
    help="Dataset version; must be the one OUTPUT was built as.",
)
@handles_errors()
def release(output: Path, dist: Path, version: str) -> None:
    """Pack OUTPUT into DIST/<dataset>-<version>.tar.gz with a SHA256SUMS.

    OUTPUT is verified first (checksums, schemas, provenance); the archive is
    reproducible: the same files give the same bytes (mtimes from SOURCE_DATE_EPOCH,
    else 0). Its SHA-256 is printed and written beside it as <archive>.sha256.
    """
    from pipeline.package.dataset import file_sha256
    from pipeline.release.build import build_release

    path = build_release(output, dist, version)
    click.echo(f"wrote {path}")
    click.echo(f"sha256 {file_sha256(path)}")


@click.command()
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@handles_errors()
def verify(path: Path) -> None:
    """Check a published folder, a release folder or a release archive.

    Checks SHA256SUMS (when present; archives must have one, and hold nothing else), the
    hashes in datapackage.json and croissant.json, every table in every format against
    its schema, the formats against each other exactly (as published text), that every
    date is a day of the calendar, and that every sentence, fact and event slices back out
    of its document. Exits 1 when any check fails.
    """
    from pipeline.release.verify import verify as verify_release

    report = verify_release(path)
    click.echo(report.format())
    if not report.ok:
        raise ReleaseError(f"{path} did not verify")


@click.command()
@click.argument("target", required=False)
@click.option(
    "--catalog",
    metavar="URL",
    default=None,
    help="A release catalog (its folder or catalog.json, by URL or path): TARGET is then a "
    "version, the latest when left out.",
)
@folder_option("dest", ".", "Folder to unpack the release into (as DEST/<dataset>-<version>).")
@click.option("--sha256", default=None, help="Expected SHA-256 (hex) of the archive.")
@click.option("--no-progress", is_flag=True, help="Do not show a progress bar.")
@handles_errors()
def download(
    target: str | None, catalog: str | None, dest: Path, sha256: str | None, no_progress: bool
) -> None:
    """Download a release, check it and unpack it into DEST.

    TARGET is the URL (or the path) of a release archive, or with --catalog a version
    listed in that catalog (default: its latest). The archive's SHA-256 (from --sha256 or the catalog)
    and its SHA256SUMS are checked and unsafe members refused before anything is moved
    into place; on failure DEST is left as it was.
    """
    from pipeline.errors import UsageProblem
    from pipeline.release.catalog import find_release
    from pipeline.release.download import download as fetch_release

    if catalog is not None:
        url, entry = find_release(catalog, target)
        sha256 = sha256 or str(entry["sha256"])
        click.echo(f"release {entry['version']} of {catalog}: {url}")
    elif target is None:
        raise UsageProblem("give the URL of a release archive, or --catalog URL [VERSION]")
    else:
        url = target
    folder = fetch_release(url, dest, sha256=sha256, progress=not no_progress)
    click.echo(f"unpacked and verified {folder}")


@click.command()
@output_option("Published folder to add to the catalog as a release.")
@folder_option("catalog", "dist/catalog", "The catalog folder (created when missing).")
@click.option(
    "--url",
    "base_url",
    default=None,
    help="The address the catalog folder will be served from (recorded in catalog.json).",
)
@handles_errors()
def publish(output: Path, catalog: Path, base_url: str | None) -> None:
    """Add OUTPUT to the release catalog CATALOG, a static folder to serve as it is.

    OUTPUT is verified and packed as a release; the catalog gets the archive, the release
    unpacked under CATALOG/<version>/ (so tools can read its tables by URL), and an updated
    catalog.json and CHANGELOG.md (the changelog is the diff against the previous
    release). A version already in the catalog is never changed.
    """
    from pipeline.release.catalog import publish_release

    published = publish_release(output, catalog, base_url)
    if published.new:
        click.echo(f"published {published.version}: {published.archive} and {published.folder}/")
    else:
        click.echo(f"{published.version} is already in {catalog} with the same data: unchanged")


@click.command()
@click.argument("old", type=click.Path(exists=True, path_type=Path))
@click.argument("new", type=click.Path(exists=True, path_type=Path))
@click.option(
    "--shown",
    type=click.IntRange(min=0),
    default=10,
    show_default=True,
    help="Ids listed per kind of change and table.",
)
@handles_errors()
def diff(old: Path, new: Path, shown: int) -> None:
    """List facts and events added, removed and changed from OLD to NEW.

    OLD and NEW are release archives or folders, of any schema version (columns added or
    removed are listed, rows compared on the columns both have); rows are matched by
    fact_id and event_id, and a row is changed when its id is kept but another value
    differs.
    """
    from pipeline.release.diff import diff as diff_releases

    report = diff_releases(old, new)
    click.echo(report.format(shown))
