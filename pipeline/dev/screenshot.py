"""Take the README's screenshot of the site (``make screenshot``): the seed's document view
with one fact highlighted, in Debian's headless Chromium driven by Playwright."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import click

ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]  # fmt: skip


@click.command()
@click.option("--output", type=click.Path(file_okay=False, path_type=Path), default=Path("output"))
@click.option("--to", "target", type=click.Path(dir_okay=False, path_type=Path),
              default=Path("docs/site.png"))  # fmt: skip
def main(output: Path, target: Path) -> None:
    """Screenshot OUTPUT/site/ (the first document, its first money fact highlighted)."""
    import pyarrow.parquet as pq
    from playwright.sync_api import sync_playwright

    from pipeline.export import table_parts

    chromium = shutil.which("chromium")
    if chromium is None:
        raise click.ClickException("install Debian's chromium first (apt-get install chromium)")
    facts = pq.read_table(table_parts(output, "facts", "parquet")).to_pylist()
    money = [f for f in facts if len(f["unit"]) == 3 and f["unit"].isupper()] or facts
    fact = money[0]
    url = (output / "site" / "index.html").resolve().as_uri()
    url += f"#/doc/{fact['doc_id']}/facts/{fact['fact_id']}"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 860})
        page.goto(url)
        page.wait_for_selector(".hl.active")
        page.evaluate("window.scrollTo(0, 0); document.querySelector('aside.panel').scrollTop = 0")
        target.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(target))
        browser.close()
    click.echo(f"wrote {target}")


if __name__ == "__main__":
    main(sys.argv[1:])
