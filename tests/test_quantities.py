# Over 400 lines: one regression case per class of error fixed, kept together by class.
"""Quantity extraction (pipeline.extract.quantities): one test per class of error fixed."""

from __future__ import annotations

import math
from pathlib import Path

import pint
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.events import extract_events
from pipeline.extract.numbers import find_numbers
from pipeline.extract.quantities import extract_quantities
from pipeline.extract.units import DIMENSION_OF, WORD_UNIT_TABLE
from pipeline.model import Document, Fact, Sentence
from pipeline.segment import segment_document

FIXTURES = Path(__file__).parent / "fixtures"
UREG: pint.UnitRegistry = pint.UnitRegistry()


def run(text: str, title: str = "Test") -> list[Fact]:
    """Extract from ``text`` taken as one sentence of a document titled ``title``."""
    doc = Document("t", title, "test", None, "0", text)
    return extract_quantities(doc, [Sentence("t:s1", "t", None, 0, 0, len(text), text)])


def quotes(text: str) -> list[tuple[str, float, str]]:
    return [(f.quote, f.value, f.unit) for f in run(text)]


def one(text: str, quote: str) -> Fact:
    found = [f for f in run(text) if f.quote == quote]
    assert len(found) == 1, (quote, [f.quote for f in run(text)])
    return found[0]


def assert_parses(unit: str) -> None:
    if unit in ("count", "%") or (len(unit) == 3 and unit.isupper()):
        return
    UREG.parse_units(unit)


# --- numbers, multipliers, currencies ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The film ranked first with $1.7 million.", [("$1.7 million", 1.7e6, "USD")]),
        ("It generated about US $20 million in income.", [("US $20 million", 2e7, "USD")]),
        ("It reported an output of 18.5 billion RMB.", [("18.5 billion RMB", 1.85e10, "CNY")]),
        ("It was worth A$450 million.", [("A$450 million", 4.5e8, "AUD")]),
        ("The painting was sold for £7.5m.", [("£7.5m", 7.5e6, "GBP")]),
        ("The state spent Rs 2,000 crore.", [("Rs 2,000 crore", 2e10, "INR")]),
        ("The fine was 3,000 euros.", [("3,000 euros", 3000, "EUR")]),
        ("He signed a 22 million dollar deal.", [("22 million dollar", 2.2e7, "USD")]),
        ("The town had 400\u00a0000 inhabitants.", [("400\u00a0000", 4e5, "count")]),
        ("The music video garnered 10.4 million views.", [("10.4 million", 1.04e7, "count")]),
        ("He struck out 301 in 232 2 ⁄ 3 innings.", [("301", 301, "count"), ("232 2 ⁄ 3", 232 + 2 / 3, "count")]),
        ("He went 62 ⁄ 3 innings.", [("62 ⁄ 3", 6 + 2 / 3, "count")]),
    ],
)  # fmt: skip
def test_numbers_and_money(text: str, expected: list[tuple[str, float, str]]) -> None:
    got = quotes(text)
    assert [(q, u) for q, _, u in got] == [(q, u) for q, _, u in expected]
    for (_, value, _), (_, want, _) in zip(got, expected, strict=True):
        assert math.isclose(value, want, rel_tol=1e-9)


@pytest.mark.parametrize(
    ("text", "quote", "unit"),
    [
        ("The smelter turns out 4.2 million tonnes per annum.", "4.2 million tonnes per annum", "t/year"),
        ("The refinery ran at 90,000 barrels per day.", "90,000 barrels per day", "barrel/day"),
        ("The herd walks 12 km a day in the dry months.", "12 km a day", "km/day"),
        ("The pumps move 5,000 litres per hour.", "5,000 litres per hour", "L/hour"),
        ("The plant emits 30 t a year of ash.", "30 t a year", "t/year"),
    ],
)  # fmt: skip
def test_physical_rates(text: str, quote: str, unit: str) -> None:
    assert one(text, quote).unit == unit
    assert_parses(unit)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Members pay $200 per year in dues.", [("$200", "USD")]),  # money stays ISO 4217
        ("The clinic sees 30 patients a day.", [("30", "count")]),  # so do counts
        ("She trained 6 hours a day.", [("6 hours", "hour")]),  # a duration is not a rate
    ],
)
def test_no_rates_for_money_counts_durations(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(q, u) for q, _, u in quotes(text)] == expected


def test_glued_peso_sign_in_philippine_articles() -> None:
    text = "Floods across the Philippines cost P1.5 billion, and P. 217 lists the P51 fighters."
    facts = [(f.quote, f.value, f.unit) for f in run(text)]
    assert facts == [("P1.5 billion", 1.5e9, "PHP")]
    # elsewhere a lone "P" before digits is a name or a page, never money
    assert quotes("The dam cost P1.5 billion, and P. 217 lists the P51 fighters.") == []


@pytest.mark.parametrize(
    "text",
    [
        "She captained the Under 23 team that summer.",
        "He was picked for Canada's Under 19 side.",
        "He was picked for the U21 side.",
        "She joined their under-18 squad.",
    ],
)
def test_age_group_labels_are_not_counts(text: str) -> None:
    assert quotes(text) == []


def test_under_before_a_count_stays_a_qualifier() -> None:
    assert one("Under 25 staff remained on the site.", "25").qualifier == "less_than"


def test_yen_follows_context() -> None:
    assert one("She was paid ¥5 million by a Tokyo firm.", "¥5 million").unit == "JPY"
    assert one("The Chinese firm paid ¥5 million.", "¥5 million").unit == "CNY"


# --- units ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bintulu is located 610 kilometres (380 mi) northeast.", [("610 kilometres", "km"), ("380 mi", "mi")]),
        ("Winds reached 185 km / h (115 mph).", [("185 km / h", "km/h"), ("115 mph", "mph")]),
        ("It receives 14 to 15 mJ / m2 of radiation.", [("14 to 15 mJ / m2", "mJ/m**2")]),
        ("The song moves at 90 beats per minute.", [("90 beats per minute", "1/minute")]),
        ("The park covers 400,000 square meters.", [("400,000 square meters", "m**2")]),
        ("The area is 2,787.81 sq mi.", [("2,787.81 sq mi", "mi**2")]),
        ("One man (30-year-old Moumi) ran.", [("30-year", "year")]),
        ("It had 10.4 million views in a 24-hour period.", [("10.4 million", "count"), ("24-hour", "hour")]),
        ("He stood 6 ft 2 in tall.", [("6 ft 2 in", "ft")]),
        ("The belt was 4.5 in (114 mm) thick.", [("4.5 in", "inch"), ("114 mm", "mm")]),
        ("The record high is 104 °F.", [("104 °F", "degF")]),
        ("The mortars were 81-mm. weapons.", [("81-mm", "mm")]),
        ("The aircraft dropped 227 tons of bombs.", [("227 tons", "ton")]),
        ("The ship displaced 9,000 long tons.", [("9,000 long tons", "long_ton")]),
        ("It ran 12.55 seconds.", [("12.55 seconds", "second")]),
        ("Her time was 54.21 s.", [("54.21 s", "second")]),
        ("The plant generates 317 megawatts.", [("317 megawatts", "MW")]),
        ("Pressure fell to 920 mbar (27.17 inHg).", [("920 mbar", "mbar"), ("27.17 inHg", "inHg")]),
        ("The barrier is 24 to 31 kcal / mol.", [("24 to 31 kcal / mol", "kcal/mol")]),
        ("It was a 180-pound freshman.", [("180-pound", "lb")]),
    ],
)  # fmt: skip
def test_units(text: str, expected: list[tuple[str, str]]) -> None:
    got = quotes(text)
    assert [(q, u) for q, _, u in got] == expected
    for _, _, unit in got:
        assert_parses(unit)


def test_negative_temperature() -> None:
    fact = one("Nights range from −10 to −5 °C.", "−10 to −5 °C")
    assert (fact.value, fact.value_max, fact.unit) == (-10, -5, "degC")


def test_unit_stated_once_for_a_list() -> None:
    got = quotes("Guns weighing 12, 25 and finally 81 tons were built.")
    assert got == [("12", 12, "ton"), ("25", 25, "ton"), ("81 tons", 81, "ton")]


def test_suspended_hyphen() -> None:
    got = quotes("They replaced 18- and 24-pounder guns.")
    assert got == [("18-", 18, "lb"), ("24-pounder", 24, "lb")]


# --- spelled-out numbers -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("There are therefore two circuits.", [("two", 2)]),
        ("Four of the genera correspond to four types.", [("Four", 4), ("four", 4)]),
        ("It released water from three dams.", [("three", 3)]),
        ("More than a dozen posts were set up.", [("a dozen", 12)]),
        ("He faced twenty-four opponents.", [("twenty-four", 24)]),
        ("A mob of two hundred and fifty men attacked.", [("two hundred and fifty", 250)]),
        ("There is an 18-hole golf course.", [("18", 18)]),
        ("Three species are found: two in Trinidad and one in Haiti.", [("Three", 3), ("two", 2), ("one", 1)]),
        ("Only one punch looked fake.", [("one", 1)]),
    ],
)  # fmt: skip
def test_spelled_counts(text: str, expected: list[tuple[str, float]]) -> None:
    assert [(q, v) for q, v, _ in quotes(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "He was one of the most prominent agents.",
        "Weevil is the one who gave them the cards.",
        "My feeling is that one has to grapple with the abyss.",
        "One Direction performed the song.",
        "Stevens went to two Final Fours with the Final Four team.",
        "He painted Three Studies for Figures in 1944.",
        "About two thirds of the land is forested.",
        "He hoped the remains would one day be returned.",
        "They faced each other one-on-one.",
    ],
)
def test_not_counts_spelled(text: str) -> None:
    got = quotes(text)
    assert all(
        q.lower() not in ("one", "three", "four", "two") or "Fours" in text for q, _, _ in got
    )
    if "Fours" in text:
        assert [q for q, _, _ in got] == ["two"]


# --- what is not a quantity ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The park was created in 2009.",
        "He died on 30 July 734.",
        "It was released on May 5, 1999.",
        "In the 1980s, he taught at a college.",
        "His 1985 – 86 masterpiece was shown.",
        "After the 2011 – 12 season, Stevens declined.",
        "No. 20 Squadron was formed at Port Moresby.",
        "It controlled No 202 Sqn.",
        "NY 31B was assigned c. 1933.",
        "It was designated as CR 99.",
        "It was one of the Top 10 Sensor Industry Parks.",
        "Ships left at 22: 30 (23: 30 Oman time).",
        "Of the athletes, the sprinter ranked 70th.",
        "The team got off to a 16 – 7 record.",
        "Tatwine (c. 670 – 734) was archbishop from 731 to 734.",
        "They join in [3 + 2] cycloadditions.",
        "The album fell to number three.",
        "Nero ordered the murder of his mother in 59.",
        "Claudia Octavia (born 40) and Britannicus (born 41).",
        "Mega placed the game at # 7 in their list.",
        "The track reached the top 40 in Belgium.",
        "The song peaked at 5 on the chart.",
        "The 38th and 23d Infantry Regiments were separated.",
        "Catch-22 and Apollo 11 were mentioned.",
        "The week of June 20 – 26 was good.",
        "Oxaziridines 3b and 3c were used.",
        "Butler was awarded the seven seed.",
    ],
)
def test_not_quantities(text: str) -> None:
    assert quotes(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It measured 1e400 km.", []),
        ("Some said 10^400 people came.", []),  # gave a count quoted "400"
        ("It had 1,5000 people.", []),  # gave a count quoted "0"
        ("The A380 has 500 seats.", [("500", 500.0, "count")]),
        ("He sold 20 MP3 players.", [("20", 20.0, "count")]),
        ("They drove 4x4 trucks.", []),
    ],
)
def test_number_does_not_start_inside_a_token(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    """Regression: the number finder started numbers inside tokens ("10^400" gave a count
    "400", "1,5000" a count "0"); now a number starts only where a token starts."""
    for n in find_numbers(text):
        assert n.start == 0 or not (text[n.start - 1].isalnum() or text[n.start - 1] == "^")
    assert quotes(text) == expected


def test_glued_currency_code_still_starts_an_amount() -> None:
    assert quotes("It cost RMB100 million and Rs500.") == [
        ("RMB100 million", 1e8, "CNY"),
        ("Rs500", 500.0, "INR"),
    ]


def test_antiquity_years() -> None:
    text = "In 64 AD, after the fire of 64, and in 62 and 63, he executed 400 slaves."
    doc = Document("t", "Nero", "test", None, "0", text)
    facts = extract_quantities(doc, [Sentence("t:s1", "t", None, 0, 0, len(text), text)])
    assert [f.quote for f in facts] == ["400"]


# --- qualifiers and ranges -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quote", "qualifier"),
    [
        ("It accommodates over 1,500 enterprises.", "1,500", "more_than"),
        ("It sold more than 40,000 copies.", "40,000", "more_than"),
        ("An output value above 10 billion RMB was reported.", "10 billion RMB", "more_than"),
        ("About 30 were hired as guards.", "30", "approximate"),
        ("Approximately one year later, he returned.", "one year", "approximate"),
        ("It needs at least $3,000 to play.", "$3,000", "at_least"),
        ("It has an ERA under 3.00 in those years.", "3.00", "less_than"),
        ("Stems grow up to 30 metres (98 ft) tall.", "30 metres", "at_most"),
        ("Stems grow up to 30 metres (98 ft) tall.", "98 ft", "at_most"),
        ("Winds were expected to reach over 100 km / h (60 mph).", "60 mph", "more_than"),
        ("It lasted three seasons or more.", "three", "at_least"),
        ("Over the next three months there were clashes.", "three months", "exact"),
        ("Not less than 40 rooms were booked.", "40", "at_least"),
        ("No fewer than 12 ferries sank that winter.", "12", "at_least"),
        # stacked qualifiers: the bound wins over the approximation
        ("The rebels stayed no less than about 50 miles (80 km) off.", "50 miles", "at_least"),
        ("The rebels stayed no less than about 50 miles (80 km) off.", "80 km", "at_least"),
        ("It rose to no more than roughly 300 metres.", "300 metres", "at_most"),
        # an estimate verb a few words before "at N"
        ("A scout, who estimated the convoy at 3,000 trucks, withdrew.", "3,000", "approximate"),
        ("Police estimated the march at 40,000.", "40,000", "approximate"),
    ],
)
def test_qualifiers(text: str, quote: str, qualifier: str) -> None:
    assert one(text, quote).qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "quote", "low", "high", "unit"),
    [
        ("It took around 36 to 48 hours to reach Bintulu.", "36 to 48 hours", 36, 48, "hour"),
        ("Retention is often 95 - 98%.", "95 - 98%", 95, 98, "%"),
        ("High yield (77-91%) is reported.", "77-91%", 77, 91, "%"),
        ("It caused a delay of eight to ten hours.", "eight to ten hours", 8, 10, "hour"),
        ("Somewhere between 29 and 67 species are recognised.", "29 and 67", 29, 67, "count"),
        ("They planned to make it for $6 – 8 million.", "$6 – 8 million", 6e6, 8e6, "USD"),
        ("Adults aged 18–49 watched.", "18–49", 18, 49, "year"),
    ],
)
def test_ranges(text: str, quote: str, low: float, high: float, unit: str) -> None:
    fact = one(text, quote)
    assert (fact.value, fact.value_max, fact.unit, fact.qualifier) == (low, high, unit, "range")


# --- period, subject, attribute ------------------------------------------------------------

SEED_LIKE = (
    "As of 2010, the town covers 50 square kilometres, has over 1,200 shops, and recorded "
    "retail sales of 3 billion yuan along with a tax income of 0.4 billion yuan in 2008."
)


def test_period_initial_date_and_clause_date() -> None:
    periods = {f.quote: f.period for f in run(SEED_LIKE, "Exampletown")}
    assert periods == {
        "50 square kilometres": "2010",
        "1,200": "2010",
        "3 billion yuan": "2008",
        "0.4 billion yuan": "2008",
    }


@pytest.mark.parametrize(
    ("text", "quote", "period"),
    [
        ("In July 2005, the two sides dropped their claims.", "two", "2005-07"),
        ("It had sold 207,000 downloads in the US by 18 January 2013.", "207,000", "2013-01-18"),
        (
            "During the round, which took place on August 15, 2008, he faced seven athletes.",
            "seven",
            "2008-08-15",
        ),
        ("Brausen planned a show in 1950, for which Bacon painted three popes.", "three", None),
        ("Approximately one year later on June 29, 2007, he defended the title.", "one year", None),
        ("Although two vessels were ready on 2 January, it took eight hours.", "two", None),
        ("Between December 1942 and March 1943, they dropped 227 tons of bombs.", "227 tons", None),
        ("With the 2010 – 11 team, Stevens went to two Final Fours.", "two", None),
        ("Founded in 1885, the university enrolls 30,000 students.", "30,000", None),
        # a year written with a possessive: an edition of that year
        ("Botanists accepted 45 species in their 2010 checklist of ferns.", "45", "2010"),
        ("The 2019 budget set aside $4 million for roads.", "$4 million", "2019"),
        # a date outside a relative clause does not reach the values inside it
        (
            "Smith, who was survived by two daughters, (Ann and May) one son and four "
            "grandchildren, died at home in March 2001; he was 80.",
            "four",
            None,
        ),
        (
            "Smith, who was survived by two daughters, (Ann and May) one son and four "
            "grandchildren, died at home in March 2001; he was 80.",
            "one",
            None,
        ),
        # ... while a date inside it still does
        ("Jones, who had won 3 titles in 1990, retired in 2001.", "3", "1990"),
    ],
)
def test_period(text: str, quote: str, period: str | None) -> None:
    assert one(text, quote).period == period


def doc_facts(text: str, title: str = "Test") -> dict[str, Fact]:
    """Facts of a whole article (segmented, events resolved in context), by quote."""
    doc = Document("t", title, "test", None, "0", text)
    sentences = segment_document(doc)
    return {f.quote: f for f in extract_quantities(doc, sentences, extract_events(doc, sentences))}


def test_only_dates_with_a_written_year_or_a_year_anaphor_give_a_period() -> None:
    """A day or month without its year resolves in the article (as an event), but the
    official convention dates a value only by a year its sentence writes, or refers to
    (``That same year``); a day anaphor (``That evening``) gives none."""
    text = (
        "The 2011 season began in April 2011. He produced a shutout on June 20, a two-hit, "
        "11-strikeout effort. In the month of July, he had 45 strikeouts. That same year, "
        "the club sold 350 season tickets. In August 2011, it sold 90 more.\n"
        "The battle began on 1 September 1950. At 06: 00 September 3, 300 soldiers attacked. "
        "That evening, the enemy drove one company off the ridge. Its strength at the "
        "beginning of October was 14 officers."
    )
    facts = doc_facts(text)
    for quote in ("two", "11", "45", "300", "one", "14"):
        assert facts[quote].period is None, quote
    assert facts["350"].period == "2011"
    assert facts["90"].period == "2011-08"
    # without the events, the extractor resolves them itself: same result
    doc = Document("t", "Test", "test", None, "0", text)
    assert extract_quantities(doc, segment_document(doc)) == sorted(
        facts.values(), key=lambda f: f.char_start
    )


@pytest.mark.parametrize(
    ("text", "quote", "period"),
    [
        # a count in a bracketed aside does not take a date from outside it
        ("After his career at Minnesota (106 wins and 5 losses), he signed in 2000.", "106", None),
        ("The park covered 30 km2 (12 sq mi) in 2010.", "12 sq mi", "2010"),
        ("In 2015, the park had 320 firms (including 40 foreign ones).", "40", "2015"),
        # a comparison "since" clause lends no date
        ("He struck out 300 batters, the first since Johnson did it in 2002.", "300", None),
        # two dates refining one another lend the coarser
        ("He started the 2010 season with a loss in April, but walked 22 batters.", "22", "2010"),
        # the date of a relative clause's antecedent does not reach into it
        ("On 29 May 2000, a library opened near the centre, which is 2 km away.", "2 km", None),
    ],
)
def test_period_scope(text: str, quote: str, period: str | None) -> None:
    assert one(text, quote).period == period


@pytest.mark.parametrize(
    ("text", "quote", "qualifier"),
    [
        ("They performed to a record crowd estimated at 15,000.", "15,000", "approximate"),
        ("Attendance was estimated to be 2,000.", "2,000", "approximate"),
        ("The zoo has an estimated 3,000 animals.", "3,000", "approximate"),
        ("The school opened with a maximum capacity of 900 students.", "900", "at_most"),
        ("The hall seats a maximum of 400 people.", "400", "at_most"),
        ("Members must serve a minimum of 20 hours.", "20 hours", "at_least"),
        ("The fund requires a minimum investment of $5,000.", "$5,000", "at_least"),
    ],
)
def test_qualifier_frames(text: str, quote: str, qualifier: str) -> None:
    assert one(text, quote).qualifier == qualifier


def test_qualifier_frame_keeps_the_measured_noun() -> None:
    assert one("The ship had a maximum speed of 30 knots.", "30 knots").attribute == (
        "maximum speed"
    )
    assert one("It drew a record crowd estimated at 15,000.", "15,000").attribute == "record crowd"


def test_counts_after_bracket_or_possessive() -> None:
    text = "It evacuated 12 heads of missions (eight ambassadors and four chargés)."
    assert [q for q, _, _ in quotes(text)] == ["12", "eight", "four"]
    assert one("The raid began at 5 am with two ambulances.", "two").unit == "count"
    assert one("He avoided 19 of Hunt's 30 attempted strikes.", "30").attribute == (
        "attempted strikes"
    )
    assert one("The loss snapped Butler's 25-game winning streak.", "25").unit == "count"
    assert quotes("It was listed in AFI's 10 Top 10.") == []  # a title after a possessive


def test_rupee_abbreviation_does_not_end_the_sentence() -> None:
    text = "Entry costs Rs. 500 for adults. Children pay Rs. 200."
    doc = Document("t", "Test", "test", None, "0", text)
    sentences = segment_document(doc)
    assert [s.text for s in sentences] == [
        "Entry costs Rs. 500 for adults.",
        "Children pay Rs. 200.",
    ]
    facts = extract_quantities(doc, sentences)
    assert [(f.quote, f.value, f.unit) for f in facts] == [
        ("Rs. 500", 500, "INR"),
        ("Rs. 200", 200, "INR"),
    ]


def test_subject_and_attribute() -> None:
    title = "Exampletown (town)"
    facts = {f.quote: f for f in run(SEED_LIKE, title)}
    assert facts["50 square kilometres"].attribute == "area"
    assert facts["1,200"].attribute == "shops"
    assert facts["3 billion yuan"].attribute == "retail sales"
    assert "tax income" in (facts["0.4 billion yuan"].attribute or "")
    assert {f.subject for f in facts.values()} == {title}  # "the town" is the article's topic
    facts = {f.quote: f for f in run(SEED_LIKE, "Exampletown Science Park")}
    assert {f.subject for f in facts.values()} == {"town"}  # a town is no science park
    text = "It has developed an ecosystem featuring over 100 high-tech firms."
    assert one(text, "100").subject == "Test"
    assert one(text, "100").attribute == "high-tech firms"
    text = "Zhongke Xibei Xing exemplifies a case, providing care to over 3,500 institutions."
    assert one(text, "3,500").subject == "Zhongke Xibei Xing"
    assert one('It has 4 national-level "Little Giant" enterprises.', "4").attribute == (
        'national-level "Little Giant" enterprises'
    )
    assert one("Stems grow up to 30 metres (98 ft) tall.", "98 ft").attribute == "height"


def test_ages_are_years() -> None:
    assert one("He became coach at age 33.", "33").unit == "year"
    assert one("Tacitus, who was nine at the time, saw it.", "nine").unit == "year"
    assert one("Kershaw was 0 – 3 and had 47 strikeouts.", "47").unit == "count"


# --- invariants ----------------------------------------------------------------------------


def check_invariants(doc: Document, facts: list[Fact]) -> None:
    assert [f.char_start for f in facts] == sorted(f.char_start for f in facts)
    for f in facts:
        assert doc.text[f.char_start : f.char_end] == f.quote
        assert math.isfinite(f.value)
        assert f.value_max is None or math.isfinite(f.value_max)
        assert f.qualifier in (
            "exact", "approximate", "more_than", "at_least", "less_than", "at_most", "range",
        )  # fmt: skip
        assert f.method.startswith("quantity.")


def test_lexicon_units_parse_with_pint() -> None:
    for unit in set(WORD_UNIT_TABLE.values()) | set(DIMENSION_OF):
        assert_parses(unit)


def test_long_sentence_of_values_and_dates_is_read_whole() -> None:
    """Each value used to scan every date of its clause, every bracket and the sentence
    (``¥``, ``pounds``): 6,000 values and 3,000 dates in one clause took 70 s. Timing is
    measured by ``make bench`` (its stress cases), not asserted here."""
    text = "In 2009 it rained" + " 5 mm and ¥3 and in 2010" * 3_000 + "."
    facts = run(text)
    assert len(facts) == 6_000
    assert {(f.unit, f.period) for f in facts} == {("mm", "2009"), ("mm", "2010"), ("JPY", "2010")}


def test_fixture_articles() -> None:
    """Every unit emitted on the fixture articles parses; spans and values are sound."""
    paths = sorted(FIXTURES.rglob("*.txt"))
    assert paths
    total = 0
    for path in paths:
        text = path.read_text(encoding="utf-8").replace("\r\n", "\n").lstrip("\ufeff")
        doc = Document(path.stem, path.stem, str(path), None, "0", text)
        facts = extract_quantities(doc, segment_document(doc))
        check_invariants(doc, facts)
        for f in facts:
            assert_parses(f.unit)
        total += len(facts)
    assert total > 10


_PIECES = [*"0123456789 ,.-–/:%$£€¥()", "one", "two", "twenty", "hundred", "million", " km",
           " mi", " to ", " and ", "between ", "over ", "about ", "In ", "No. ", "°C", "−", "⁄",
           "½", " years", "a dozen", "US $", "A$", "１２", "\u00a0", "e400", "9" * 30]  # fmt: skip
_NUMBERISH = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=200), _NUMBERISH))
def test_arbitrary_text_never_raises(text: str) -> None:
    doc = Document("h", "Hypothesis Park", "test", None, "0", text)
    facts = extract_quantities(doc, [Sentence("h:s1", "h", None, 0, 0, len(text), text)])
    check_invariants(doc, facts)


def test_years_of_an_early_medieval_article_are_not_counts() -> None:
    """No "AD" anywhere, but the events extractor dates the article before 1000 (``10 June
    731``): bare years after a preposition are years, not counts."""
    text = "He was consecrated on 10 June 731. He consecrated two bishops in 733."
    doc = Document("t", "Tatwine", "test", None, "0", text)
    assert [f.quote for f in extract_quantities(doc, segment_document(doc))] == ["two"]


@pytest.mark.parametrize(
    ("text", "quote", "qualifier"),
    [
        (
            "The unit had an estimated combat efficiency of only 38 percent.",
            "38 percent",
            "approximate",
        ),
        ("She pitched six-plus innings in the final.", "six", "more_than"),
        ("The archive holds 20+ collections.", "20", "more_than"),
    ],
)
def test_estimated_noun_of_and_plus_qualifiers(text: str, quote: str, qualifier: str) -> None:
    facts = run(text)
    assert [(f.quote, f.qualifier) for f in facts] == [(quote, qualifier)]


def test_citation_markers_are_not_counts() -> None:
    assert quotes("The dock holds 20 cranes.[5][12] It opened late.[3]") == [("20", 20.0, "count")]
