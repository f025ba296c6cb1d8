"""A bracketed restatement in other units names the fact it restates (``converts_fact_id``),
so a user can count every stated value once; the check keeps the link inside its sentence."""

from __future__ import annotations

import pandas as pd

from pipeline.assemble import DocumentResult, document_rows
from pipeline.batch import process_document
from pipeline.model import Document
from pipeline.validate import check_extracted
from schemas import TABLES


def tables_of(body: str) -> dict[str, pd.DataFrame]:
    text = f"= Harbourview Trail =\n\n{body}\n"
    doc = Document("t", "Harbourview Trail", "test", None, "0" * 64, text)
    result: DocumentResult = process_document(doc)
    rows = document_rows(result)
    return {name: pd.DataFrame(r, columns=TABLES[name].columns) for name, r in rows.items()}


def test_a_conversion_names_the_fact_it_restates() -> None:
    facts = tables_of(
        "The trail is 30 km (19 mi) long and climbs 400 m (1,300 ft). It has 12 shelters."
    )["facts"]
    ids = dict(zip(facts["quote"], facts["fact_id"], strict=True))
    converts = dict(zip(facts["quote"], facts["converts_fact_id"], strict=True))
    assert converts["19 mi"] == ids["30 km"]
    assert converts["1,300 ft"] == ids["400 m"]
    assert all(pd.isna(converts[q]) for q in ("30 km", "400 m", "12"))
    assert set(facts[facts["converts_fact_id"].notna()]["method"]) == {"quantity.conversion"}


def test_a_conversion_pointing_outside_its_sentence_is_quarantined() -> None:
    tables = tables_of("The trail is 30 km (19 mi) long. It climbs 400 m (1,300 ft).")
    facts = tables["facts"].copy()
    climb = facts.index[facts["quote"] == "1,300 ft"][0]
    length = facts.loc[facts["quote"] == "30 km", "fact_id"].iloc[0]
    facts.loc[climb, "converts_fact_id"] = length  # another sentence's fact
    gone = facts.index[facts["quote"] == "19 mi"][0]
    facts.loc[gone, "converts_fact_id"] = "t:fmissing"
    out, quarantine = check_extracted({**tables, "facts": facts})
    assert {str(r["check"]).split(" (")[0] for r in quarantine} == {
        "converts_fact_id: a facts row of the same sentence"
    }
    assert sorted(out["facts"]["quote"]) == ["30 km", "400 m"]
