# Over 400 lines: the scorer has many rules, each pinned here against the reference scorer.
"""`python -m pipeline evaluate`: scoring rules, and agreement with the reference scorer.

The fixture is a hand-made output (two short articles, their facts and events written
with the exporter) and two gold files that exercise every rule: unit conversion, the
ambiguous ton, temperatures, qualifier classes, periods, optional items, a repeated
sentence, white space that differs, sentences not found, extras.
"""

from __future__ import annotations

import importlib.util
import json
import math
import shutil
from pathlib import Path
from types import ModuleType
from typing import Any

import pandas as pd
import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.evaluate import (
    GoldError,
    OutputError,
    evaluate_output,
    load_published,
    read_gold,
    same_quantity,
    unit_key,
)
from pipeline.export import write_table
from tests.conftest import REPO

REFERENCE_SCORER = REPO.parent / "shared" / "eval" / "score.py"

ALPHA = (
    "= Alpha =\n\n"
    "The park covers 400,000 square meters and hosts over 1,500 enterprises in 2022.\n"
    "It is 610 kilometres (380 mi) long and has two gates.\n"
    "The tower, about 30 ft tall, was built in 1999 and rebuilt in the 1930s.\n"
    "Temperatures reached 20 °C, and a ship of 2,000 tons sank.\n"
    "The budget was 18.5 billion RMB in 2010.\n"
    "The score was 3–1 after 90 minutes.\n"
    "It has 3 rooms. It has 3 rooms.\n"
)
BETA = "Route 31B is 5 miles long.\nIn 27 BC,\nsome 300 soldiers arrived.\n"
TEXTS = {"alpha": ALPHA, "beta": BETA}


class _Builder:
    """Facts and events placed by quote, searched from a sentence of a document."""

    def __init__(self) -> None:
        self.facts: list[dict[str, Any]] = []
        self.events: list[dict[str, Any]] = []

    @staticmethod
    def _span(doc: str, sentence: str, quote: str, nth: int) -> tuple[int, int]:
        text = TEXTS[doc]
        start = -1
        for _ in range(nth + 1):
            start = text.index(sentence, start + 1)
        begin = text.index(quote, start)
        return begin, begin + len(quote)

    def fact(
        self, doc: str, sentence: str, quote: str, value: float, unit: str, **extra: Any
    ) -> None:
        begin, end = self._span(doc, sentence, quote, extra.pop("nth", 0))
        self.facts.append(
            {
                "fact_id": f"{doc}:f{len(self.facts)}",
                "doc_id": doc,
                "sentence_id": f"{doc}:s1",
                "char_start": begin,
                "char_end": end,
                "quote": quote,
                "value": float(value),
                "value_max": None,
                "unit": unit,
                "qualifier": extra.get("qualifier", "exact"),
                "period": extra.get("period"),
                "subject": extra.get("subject"),
                "subject_id": None,
                "attribute": extra.get("attribute"),
                "property": None,
                "wikidata_property": None,
                "method": extra.get("method", "quantity.number_unit"),
                "converts_fact_id": None,
            }
        )

    def event(self, doc: str, sentence: str, quote: str, date: str, method: str) -> None:
        begin, end = self._span(doc, sentence, quote, 0)
        self.events.append(
            {
                "event_id": f"{doc}:e{len(self.events)}",
                "doc_id": doc,
                "sentence_id": f"{doc}:s1",
                "char_start": begin,
                "char_end": end,
                "quote": quote,
                "date": date,
                "description": "something happened",
                "method": method,
            }
        )


def _fixture_tables() -> dict[str, pd.DataFrame]:
    b = _Builder()
    park = "The park covers"
    b.fact("alpha", park, "400,000 square meters", 4e5, "m**2", period="2022")
    b.fact("alpha", park, "1,500", 1500, "count", qualifier="at_least")
    b.event("alpha", park, "2022", "2022", "date.year")
    b.fact("alpha", "It is 610", "610 kilometres", 610_000, "m")
    b.fact("alpha", "It is 610", "380 mi", 380, "mile")
    b.event("alpha", "It is 610", "610", "0610", "date.bare_year")
    tower = "The tower"
    b.fact("alpha", tower, "30 ft", 9.144, "m", qualifier="approximate")
    b.event("alpha", tower, "1999", "1999", "date.year")
    b.event("alpha", tower, "1930s", "1930", "date.decade")
    b.fact("alpha", "Temperatures", "20 °C", 68, "degF")
    b.fact("alpha", "Temperatures", "2,000 tons", 2032, "t", period="1999")
    budget = "The budget"
    b.fact(
        "alpha",
        budget,
        "18.5 billion RMB",
        1.85e10,
        "CNY",
        period="2010",
        subject="Alpha park",
        attribute="Budget",
        method="quantity.currency_multiplier",
    )
    b.event("alpha", budget, "2010", "2010", "date.year")
    b.fact("alpha", "The score", "3", 3, "count")
    b.fact("alpha", "The score", "90 minutes", 1.5, "hour")
    b.fact("alpha", "It has 3 rooms.", "3", 3, "count")
    b.fact("beta", "Route 31B", "31", 31, "count", method="quantity.number")
    b.fact("beta", "Route 31B", "5 miles", 8.04672, "km")
    b.fact("beta", "In 27 BC", "27", 27, "count", method="quantity.number")
    b.fact("beta", "In 27 BC", "300", 300, "count", period="-0026")
    b.event("beta", "In 27 BC", "27 BC", "-0026", "date.era")
    documents = pd.DataFrame(
        {
            "doc_id": list(TEXTS),
            "title": ["Alpha", "Beta"],
            "source": ["articles/alpha.txt", "beta.txt"],
            "license": [None, None],
            "sha256": ["0" * 64, "1" * 64],
            "text": list(TEXTS.values()),
        }
    )
    return {
        "documents": documents,
        "facts": pd.DataFrame(b.facts),
        "events": pd.DataFrame(b.events),
    }


def _q(
    quote: str, value: float, unit: str, qualifier: str = "exact", **extra: Any
) -> dict[str, Any]:
    return {
        "quote": quote,
        "value": value,
        "unit": unit,
        "qualifier": qualifier,
        "period": None,
    } | extra


def _line(doc: str, sentence: str, quantities: list[Any], dates: list[Any] | None = None) -> str:
    row = {"doc": doc, "sentence": sentence, "quantities": quantities, "dates": dates or []}
    return json.dumps(row, ensure_ascii=False)


PARK_GOLD = [
    _line(
        "alpha.txt",
        "The park covers 400,000 square meters and hosts over 1,500 enterprises in 2022.",
        [
            _q(
                "400,000 square meters",
                400000,
                "m**2",
                period="2022",
                qualifier_any=["exact", "approximate"],
            ),
            _q("1,500", 1500, "count", "more_than", period="2022"),
        ],
        [{"quote": "2022", "date": "2022"}],
    ),
    _line(
        "alpha.txt",
        "It is 610 kilometres (380 mi) long and has two gates.",
        [_q("610 kilometres", 610, "km"), _q("380 mi", 380, "mi"), _q("two", 2, "count")],
    ),
    _line(
        "alpha.txt",
        "The tower, about 30 ft tall, was built in 1999 and rebuilt in the 1930s.",
        [_q("30 ft", 30, "ft", "approximate", subject_any=["tower"], attribute_any=["height"])],
        [
            {"quote": "1999", "date": "1999"},
            {"quote": "the 1930s", "date": "193", "optional": True},
        ],
    ),
    _line(
        "alpha.txt",
        "Temperatures reached 20 °C, and a ship of 2,000 tons sank.",
        [_q("20 °C", 20, "degC"), _q("2,000 tons", 2000, "ton")],
    ),
    _line(
        "alpha.txt",
        "The budget was 18.5 billion RMB in 2010.",
        [
            _q(
                "18.5 billion RMB",
                18500000000,
                "CNY",
                period="2010",
                attribute_any=["budget"],
                subject_any=["ALPHA"],
            )
        ],
        [{"quote": "2010", "date": "2010"}],
    ),
    _line(
        "alpha.txt",
        "The score was 3–1 after 90 minutes.",
        [_q("3–1", 3, "count", optional=True), _q("90 minutes", 90, "minute")],
    ),
    _line("alpha.txt", "It has 3 rooms.", [_q("3", 3, "count")]),
    _line("alpha.txt", "It has 3 rooms.", [_q("3", 3, "count")]),
    _line("alpha.txt", "This sentence is not in the article.", [_q("one", 1, "count")]),
]
ROUTE_GOLD = [
    _line("beta", "Route 31B is 5 miles long.", [_q("5 miles", 5, "mi")]),
    _line(
        "beta.txt",
        "In 27 BC, some 300 soldiers arrived.",
        [_q("300", 300, "count", "approximate", period="-0026")],
        [{"quote": "27 BC", "date": "-0026"}],
    ),
    "",
    _line(
        "gamma.txt", "Gamma has 7 hills.", [_q("7", 7, "count")], [{"quote": "x", "date": "2001"}]
    ),
]


@pytest.fixture(scope="module")
def scored(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Path]]:
    """(output folder, gold files) of the hand-made fixture."""
    root = tmp_path_factory.mktemp("evaluate")
    for name, frame in _fixture_tables().items():
        write_table(frame, root / "output", name)
    gold = [root / "park.jsonl", root / "route.jsonl"]
    gold[0].write_text("\n".join(PARK_GOLD) + "\n", encoding="utf-8")
    gold[1].write_text("\n".join(ROUTE_GOLD) + "\n", encoding="utf-8")
    return root / "output", gold


EXPECTED_TOTAL = {
    "quantities": {"tp": 12, "fp": 2, "fn": 4, "precision": 0.857, "recall": 0.75, "f1": 0.8},
    "qualifier_accuracy": 0.917,
    "period_accuracy": 0.6,
    "attribute_accuracy": 0.5,
    "subject_accuracy": 0.5,
    "dates": {"tp": 4, "fp": 1, "fn": 1, "precision": 0.8, "recall": 0.8, "f1": 0.8},
    "sentences_not_found": 2,
}


def test_fixture_scores_as_worked_out_by_hand(scored: tuple[Path, list[Path]]) -> None:
    output, gold = scored
    summaries = evaluate_output(output, gold).summaries()
    assert list(summaries) == ["park.jsonl", "route.jsonl", "total"]
    assert summaries["total"] == EXPECTED_TOTAL
    route = summaries["route.jsonl"]
    assert route["quantities"] == {
        "tp": 2,
        "fp": 2,
        "fn": 1,
        "precision": 0.5,
        "recall": 0.667,
        "f1": 0.571,
    }
    assert route["sentences_not_found"] == 1


def test_miss_lines_and_breakdown(scored: tuple[Path, list[Path]]) -> None:
    output, gold = scored
    result = CliRunner().invoke(
        cli, ["evaluate", "--output", str(output), *map(str, gold), "--verbose"]
    )
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert "    MISS alpha.txt: 'two' = 2 count" in lines
    assert "    MISS alpha.txt: '3' = 3 count" in lines  # the second "It has 3 rooms."
    assert "    NOT FOUND gamma.txt: Gamma has 7 hills." in lines
    assert "    EXTRA beta: '31' = 31.0 count" in lines
    assert "    EXTRA DATE alpha.txt: '610' = 0610" in lines
    assert lines[-14:] == [
        "misses by class (all gold files):",
        "  missed quantities by gold unit (2): count 2",
        "  extra facts by method (2): quantity.number 2",
        "  extra events by method (1): date.bare_year 1",
        "  sentences not found by document (2): alpha.txt 1, gamma.txt 1",
        "  wrong qualifiers (gold → ours) (1): approximate → exact 1",
        "  wrong periods (2): missing 1, spurious 1",
        "  wrong attributes (1): missing 1",
        "  wrong subjects (1): missing 1",
        "wrong periods, attributes and subjects:",
        "    period alpha.txt: '1,500': ours None, gold 2022",
        "    attribute alpha.txt: '30 ft': ours None, gold any of ['height']",
        "    subject alpha.txt: '30 ft': ours None, gold any of ['tower']",
        "    period alpha.txt: '2,000 tons': ours 1999, gold None",
    ]


def test_json_summary_file(scored: tuple[Path, list[Path]], tmp_path: Path) -> None:
    output, gold = scored
    target = tmp_path / "summary.json"
    args = ["evaluate", "--output", str(output), *map(str, gold), "--json", str(target)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert json.loads(target.read_text())["total"] == EXPECTED_TOTAL
    assert result.output.splitlines()[-1] == "total: quantities F1=0.800 dates F1=0.800"


def test_csv_only_output_scores_the_same(scored: tuple[Path, list[Path]], tmp_path: Path) -> None:
    """CSV cells are read as text: the BC period `-0026` (escaped in CSV) still matches."""
    output, gold = scored
    shutil.copytree(output / "csv", tmp_path / "csv")
    assert evaluate_output(tmp_path, gold).summaries() == evaluate_output(output, gold).summaries()


def test_missing_output_exits_2(tmp_path: Path, scored: tuple[Path, list[Path]]) -> None:
    result = CliRunner().invoke(cli, ["evaluate", "--output", str(tmp_path), str(scored[1][0])])
    assert result.exit_code == 2
    assert "no documents/facts tables under" in result.output
    with pytest.raises(OutputError):
        load_published(tmp_path)


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("{not json", "line 2: not valid JSON"),
        ('{"doc": "a.txt"}', "line 2: the line has no `sentence`"),
        (
            '{"doc": "a.txt", "sentence": "s", "quantities": [{"quote": "1", "value": "1"}]}',
            "line 2: quantity 1: `value` is '1'",
        ),
        (
            '{"doc": "a.txt", "sentence": "s", "quantities": [{"quote": "1", "value": 1, "unit": "m"}]}',
            "line 2: quantity 1 has no `qualifier`",
        ),
        (
            '{"doc": "a.txt", "sentence": "s", "dates": [{"quote": "May"}]}',
            "line 2: date 1 has no `date`",
        ),
    ],
)
def test_malformed_gold_names_the_line(tmp_path: Path, line: str, problem: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(PARK_GOLD[1] + "\n" + line + "\n", encoding="utf-8")
    with pytest.raises(GoldError, match=problem):
        read_gold(path)
    result = CliRunner().invoke(cli, ["evaluate", "--output", str(tmp_path), str(path)])
    assert result.exit_code == 2


def test_gold_that_is_not_utf8_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "latin1.jsonl"
    path.write_bytes(_line("a.txt", "Café 3", []).encode("latin-1"))
    with pytest.raises(GoldError, match=r"latin1\.jsonl: not UTF-8"):
        read_gold(path)


def test_unusable_offsets_are_reported(tmp_path: Path) -> None:
    tables = _fixture_tables()
    tables["facts"].loc[0, "char_start"] = None
    for name, frame in tables.items():
        frame.to_csv(tmp_path / f"{name}.csv", index=False)
    with pytest.raises(OutputError, match="unusable offsets"):
        load_published(tmp_path)


def test_optional_item_without_qualifier_is_valid(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    item = {"quote": "3–1", "value": 3, "unit": "count", "optional": True}
    path.write_text(_line("a.txt", "It ended 3–1.", [item]), encoding="utf-8")
    assert read_gold(path)[0].quantities[0].qualifiers == ()


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ((610, "km"), (380, "mi"), False),  # 610 km is 379.03 mi: more than 0.2 % apart
        ((610, "km"), (379.03, "miles"), True),
        ((400_000, "m**2"), (0.4, "km²"), True),
        ((100, "acre"), (40.4686, "hectares"), True),
        ((2000, "ton"), (2032, "t"), True),  # long tons
        ((2000, "ton"), (1814, "t"), True),  # short tons
        ((20, "degC"), (68, "°F"), True),
        ((20, "degC"), (293.15, "K"), True),
        ((20, "degC"), (20.5, "degC"), False),  # relative to degrees Celsius, not kelvin
        ((1, "decade"), (10, "years"), True),
        ((1, "bbl"), (158.987, "L"), True),  # the oil barrel, not pint's 31.5-gallon barrel
        ((1.7e6, "USD"), (1.7e6, "$"), True),
        ((1.7e6, "USD"), (1.7e6, "GBP"), False),
        ((5, "mJ/m^2"), (5, "mJ/m**2"), True),  # outside the vocabulary: spelled alike
        ((5, "mJ/m**2"), (0.005, "J/m**2"), False),
        ((3, "people"), (3, "count"), True),
        ((float("nan"), "count"), (3, "count"), False),
    ],
)
def test_same_quantity(a: tuple[float, str], b: tuple[float, str], same: bool) -> None:
    assert same_quantity(*a, *b) is same
    assert same_quantity(*b, *a) is same


# --- agreement with the reference scorer (shared/eval/score.py) -------------------------

needs_reference = pytest.mark.skipif(
    not REFERENCE_SCORER.exists(),
    reason=f"reference scorer {REFERENCE_SCORER} not found (clone shared/ beside the repo)",
)


@pytest.fixture(scope="module")
def reference() -> ModuleType:
    spec = importlib.util.spec_from_file_location("reference_score", REFERENCE_SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@needs_reference
@pytest.mark.parametrize("verbose", [False, True])
def test_same_output_as_reference_scorer(
    reference: ModuleType,
    scored: tuple[Path, list[Path]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    verbose: bool,
) -> None:
    output, gold = scored
    flags = ["--verbose"] if verbose else []
    args = ["--output", str(output), *map(str, gold), *flags]
    assert reference.main([*args, "--json", str(tmp_path / "reference.json")]) == 0
    expected = capsys.readouterr().out.splitlines()
    result = CliRunner().invoke(cli, ["evaluate", *args, "--json", str(tmp_path / "ours.json")])
    assert result.exit_code == 0, result.output
    ours = result.output.splitlines()
    assert ours[: len(expected)] == expected
    if verbose:
        assert ours[len(expected)] == "misses by class (all gold files):"
    else:
        assert len(ours) == len(expected)
    assert (tmp_path / "ours.json").read_text() == (tmp_path / "reference.json").read_text()


def _spellings(reference: ModuleType) -> set[str]:
    table_keys = {key for table in reference._DIMS.values() for key in table}
    written = set(reference._ALIASES) | table_keys | set(reference._TEMPS)
    written |= {key + "s" for key in table_keys} | {"tons", "Tons", "furlong", "mJ/m^2", " km "}
    written |= {"USD", "usd", "GBp", "1/minute", "M²", "KM/H", "Sq Mi", ""}
    return written | {s.upper() for s in written} | {s.title() for s in written}


@needs_reference
def test_units_compare_as_in_reference_scorer(reference: ModuleType) -> None:
    """Every spelling the reference scorer knows (and some it does not) falls in the same
    class; pint's factors agree with its tables to 1e-5 (Julian light years and rounded
    constants such as 0.514444 m/s per knot are the only differences)."""
    classes: dict[str, str] = {}
    for spelling in _spellings(reference):
        dimension, scale, offset = reference._unit_key(spelling)
        key = unit_key(spelling)
        assert classes.setdefault(dimension, key.dimension) == key.dimension, spelling
        expected = (
            (reference._MASS["long_ton"], reference._MASS["short_ton"]) if scale == 0 else (scale,)
        )
        assert len(key.scales) == len(expected), spelling
        for ours, theirs in zip(key.scales, expected, strict=True):
            assert math.isclose(ours, theirs, rel_tol=1e-5), spelling
        assert math.isclose(key.offset, offset, abs_tol=1e-9), spelling
    assert len(set(classes.values())) == len(classes)


@needs_reference
def test_same_quantity_as_reference_scorer(reference: ModuleType) -> None:
    units = [
        "km",
        "mi",
        "ft",
        "m**2",
        "acre",
        "sq mi",
        "L",
        "gallons",
        "lb",
        "ton",
        "t",
        "hours",
        "year",
        "month",
        "decade",
        "mph",
        "knots",
        "hp",
        "kW",
        "inHg",
        "mbar",
        "degF",
        "K",
        "kWh",
        "count",
        "%",
        "CNY",
        "rmb",
        "furlong",
    ]
    for unit_a in units:
        for unit_b in units:
            for ratio in (1.0, 1.001, 0.999, 1.003, 0.997, 1000.0):
                scale_a = reference._unit_key(unit_a)[1] or 1016.0469088
                scale_b = reference._unit_key(unit_b)[1] or 1016.0469088
                value_b = 7.0 * scale_a / scale_b * ratio
                expected = reference.same_quantity(7.0, unit_a, value_b, unit_b)
                assert same_quantity(7.0, unit_a, value_b, unit_b) is expected, (unit_a, unit_b)
