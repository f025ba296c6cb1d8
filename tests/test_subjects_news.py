"""Whose a value is in news prose (issue 9, round 10): the thing a headline's announcer acts
on, a name a listed share is given with, and what is no owner (``a further``, a time)."""

from __future__ import annotations

from pipeline.extract.page_titles import page_subject
from tests.extract_helpers import article_facts


def _subjects(text: str, title: str) -> dict[str, str | None]:
    return {f.quote: f.subject for f in article_facts(text, title)}


def test_a_headline_announcer_is_not_what_the_page_is_about() -> None:
    lead = "RIJEKA, 9 June 2025 – The Kvarner Port Authority has given the operator 60 days."
    title = "Port authority gives Bakar bulk terminal operator 60 days to make good on pledge"
    assert page_subject(title, lead) == "Bakar bulk terminal operator"
    # a name of the lead sentence that the headline's object names wins
    lead = "CHENNAI - The Tamil Nadu government approved the expansion of the Kaveri Textile Park."
    assert page_subject("State government approves Kaveri park expansion", lead) == (
        "Kaveri Textile Park"
    )


def test_a_share_listed_with_a_name_is_that_name_s() -> None:
    text = (
        "Zona Norte is a free zone. Colombia took 18.5% of re-exports, followed by Costa Rica "
        "with 11.2%, Guatemala with 9.6% and the Dominican Republic with 8.9%."
    )
    subjects = _subjects(text, "Zona Norte")
    assert (subjects["11.2%"], subjects["9.6%"], subjects["8.9%"]) == (
        "Costa Rica",
        "Guatemala",
        "Dominican Republic",
    )


def test_a_quantifier_or_a_time_is_no_owner() -> None:
    text = "Marismas is a logistics zone. A further €9.4 million is earmarked for road works."
    assert _subjects(text, "Marismas")["€9.4 million"] == "Marismas"
    text = (
        "Parana Sur is a terminal. Revenue for the July-September period rose 142% to "
        "ARS 61.7 billion, the company said."
    )
    assert _subjects(text, "Parana Sur")["ARS 61.7 billion"] != "July-September period"
