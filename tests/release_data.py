"""Tiny published folders for the package and release tests, built by the real pipeline."""

from __future__ import annotations

from pathlib import Path

from pipeline.export import read_tables
from pipeline.package import write_package_metadata
from pipeline.run import run_pipeline
from schemas import DATASET_VERSION

GREEN_PARK = """\
= Green Park =

Green Park is a science park in Northtown. It was opened in May 1998 and covers 40 hectares.

== History ==
In 2009 the park was extended by 12 hectares. By 2020 it housed more than 1,500 enterprises \
and employed about 12,000 people.
"""

RIVER_MILL = """\
= River Mill =

River Mill is a former cotton mill built in 1851. It had 300 looms and employed 450 workers.
"""

MANIFEST = """\
file,title,source,license
green-park.txt,Green Park,https://example.org/wiki/Green_Park (test article),CC BY-SA 4.0
river-mill.txt,River Mill,https://example.org/wiki/River_Mill,CC BY 3.0
"""


def write_raw(
    folder: Path, articles: dict[str, str] | None = None, manifest: str = MANIFEST
) -> Path:
    """A raw input folder with the given articles (default: Green Park and River Mill)."""
    folder.mkdir(parents=True, exist_ok=True)
    chosen = articles or {"green-park.txt": GREEN_PARK, "river-mill.txt": RIVER_MILL}
    for name, text in chosen.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "sources.csv").write_text(manifest, encoding="utf-8")
    return folder


def publish(raw: Path, output: Path, version: str = DATASET_VERSION) -> Path:
    """Run the pipeline and write the package metadata, as ``pipeline.run`` will."""
    run_pipeline(raw, output)
    write_package_metadata(output, read_tables(output), version)
    return output
