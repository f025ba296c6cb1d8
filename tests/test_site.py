"""The site (``<out>/site/``): its data files, and the page itself in a real headless browser.

The browser tests drive Debian's Chromium (``/usr/bin/chromium``) with Playwright; they are
skipped, saying how to install it, when it is missing (``.ci/run`` installs it, so CI always
runs them). Screenshots are saved under ``build/test-artifacts/``.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.export import read_table
from pipeline.site.writer import CHUNK_ROWS, SITE, doc_key
from tests.conftest import REPO
from tests.http_server import serving

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
NEEDS_BROWSER = pytest.mark.skipif(
    CHROMIUM is None,
    reason="no Chromium: install Debian's `chromium` (apt-get install chromium) to run the "
    "browser tests; .ci/run does",
)
ARTIFACTS = REPO / "build" / "test-artifacts"
# the flags a closed-network, headless, root machine needs (no sandbox, no background calls)
ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _load(path: Path) -> object:
    """The value a data script hands to ``FP.load``."""
    text = path.read_text(encoding="utf-8")
    assert text.startswith("FP.load(") and text.endswith(");\n")
    _key, _, value = text[len("FP.load(") : -3].partition(",")
    return json.loads(value)


def test_the_site_data_hold_every_row(published: Path) -> None:
    site = published / SITE
    index = _load(site / "data" / "index.js")
    assert isinstance(index, dict)
    for name in ("facts", "events", "sentences"):
        rows = read_table(published, name, "parquet")
        assert index["tables"][name]["rows"] == len(rows)
        chunks = sorted((site / "data" / name).glob("chunk-*.js"))
        assert len(chunks) == index["tables"][name]["chunks"] == max(1, -(-len(rows) // CHUNK_ROWS))
        ids = [r[rows.columns[0]] for chunk in chunks for r in _load(chunk)]  # type: ignore[union-attr]
        assert ids == rows[rows.columns[0]].tolist()
    documents = read_table(published, "documents", "parquet")
    for doc in documents.itertuples():
        data = _load(site / "data" / "docs" / f"{doc_key(doc.doc_id)}.js")
        assert data["document"]["text"] == doc.text  # type: ignore[index]
        facts = read_table(published, "facts", "parquet")
        assert [f["fact_id"] for f in data["facts"]] == facts[facts.doc_id == doc.doc_id][  # type: ignore[index]
            "fact_id"
        ].tolist()
    units = dict(index["facets"]["facts"]["unit"])
    assert sum(units.values()) == len(read_table(published, "facts", "parquet"))
    card = (site / "card.html").read_text(encoding="utf-8")
    assert "<table>" in card and "configs:" not in card


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if CHROMIUM is None:
        pytest.skip("no Chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    page.errors = []  # type: ignore[attr-defined]
    page.on("console", lambda m: page.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    yield page
    context.close()


def _open(page, url: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(url)
    page.wait_for_selector("body[data-ready='1']")


def _screenshot(page, name: str) -> None:  # type: ignore[no-untyped-def]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name))


@NEEDS_BROWSER
def test_filter_facts_click_one_and_see_its_quote_highlighted(published: Path, page) -> None:  # type: ignore[no-untyped-def]
    facts = read_table(published, "facts", "parquet")
    unit = facts["unit"].value_counts().index[0]
    _open(page, (published / SITE / "index.html").as_uri() + "#/table/facts")
    assert page.locator("#rows tbody tr").count() == min(len(facts), 200)
    page.select_option("select[name=unit]", unit)
    page.wait_for_function(f"location.hash.includes('unit={unit}')")
    page.wait_for_selector("body[data-ready='1']")
    shown = page.locator("#rows tbody td[data-column=unit]").all_inner_texts()
    assert shown and set(shown) == {unit}
    assert len(shown) == min((facts["unit"] == unit).sum(), 200)
    row = page.locator("#rows tbody tr").nth(len(shown) // 2)
    fact_id = row.get_attribute("data-id")
    row.locator("a.row-link").click()
    page.wait_for_selector(".hl.active")
    highlighted = "".join(page.locator(".hl.active").all_inner_texts())
    assert highlighted == facts.set_index("fact_id").loc[fact_id, "quote"]
    assert page.locator(f'tr.selected[data-id="{fact_id}"]').count() == 1
    _screenshot(page, "site-fact.png")
    assert page.errors == []


@NEEDS_BROWSER
def test_a_shared_link_opens_its_row_and_every_view_loads_cleanly(published: Path, page) -> None:  # type: ignore[no-untyped-def]
    events = read_table(published, "events", "parquet")
    event = events.iloc[len(events) // 2]
    base = (published / SITE / "index.html").as_uri()
    _open(page, f"{base}#/doc/{event.doc_id}/events/{event.event_id}")
    page.wait_for_selector(".hl.active")
    assert "".join(page.locator(".hl.active").all_inner_texts()) == event.quote
    assert page.locator("#timeline circle").count() == (events.doc_id == event.doc_id).sum()
    assert page.locator("#facts-chart rect").count() > 0
    for route in ("#/", "#/table/events", "#/table/sentences", "#/table/rejects"):
        _open(page, base + route)
        assert page.locator("#rows").count() == 1
    page.goto((published / SITE / "card.html").as_uri())
    assert page.locator("h1").first.inner_text()
    _screenshot(page, "site-card.png")
    assert page.errors == []


@NEEDS_BROWSER
def test_sorting_a_column(published: Path, page) -> None:  # type: ignore[no-untyped-def]
    _open(page, (published / SITE / "index.html").as_uri() + "#/table/facts")
    page.click("th[data-column=value]")
    page.wait_for_selector("th.sorted.up[data-column=value]")
    values = [float(v) for v in page.locator("#rows tbody td[data-column=value]").all_inner_texts()]
    assert values == sorted(values)
    page.click("th[data-column=value]")
    page.wait_for_selector("th.sorted.down[data-column=value]")
    values = [float(v) for v in page.locator("#rows tbody td[data-column=value]").all_inner_texts()]
    assert values == sorted(values, reverse=True)


@NEEDS_BROWSER
def test_the_site_works_from_a_static_host(published: Path, page) -> None:  # type: ignore[no-untyped-def]
    with serving(published / SITE) as base:
        _open(page, f"{base}/index.html#/table/facts")
        page.locator("#rows tbody tr a.row-link").first.click()
        page.wait_for_selector(".hl.active")
        assert page.errors == []
