"""Event descriptions (pipeline.extract.descriptions): dates inside noun phrases, clauses
of their own and the actors they get (sentences of our own)."""

from __future__ import annotations

from pipeline.extract.clause_words import attributive, opens_with_verb, trim_description
from pipeline.extract.dates import find_dates
from pipeline.extract.descriptions import DescribedSentence


def described(text: str, topic: str = "Test", person: frozenset[str] = frozenset()) -> dict:
    mentions = find_dates(text, small_years=True)
    sentence = DescribedSentence(text, mentions, topic, person)
    return {m.quote: sentence.describe(m) for m in mentions}


def test_a_date_modifying_a_noun_is_kept_in_its_clause() -> None:
    found = described("Ola Brenn was picked fourth overall in the 1998 coastal rowing draft.")
    assert found["1998"] == "Ola Brenn was picked fourth overall in the 1998 coastal rowing draft"
    found = described("The harbour party won a majority of seats in the 1931 town elections.")
    assert found["1931"].endswith("in the 1931 town elections")


def test_a_work_named_with_its_year_is_described_by_what_the_clause_says() -> None:
    found = described("Ida Rusk and Bo Lind counted 40 lighthouses in their 1977 Coast Survey.")
    assert found["1977"] == "Ida Rusk and Bo Lind counted 40 lighthouses in their 1977 Coast Survey"


def test_attributive_needs_a_determiner_before_and_a_noun_after() -> None:
    text = "the 1990 regatta; in 1990 the town; the 1870s retained; by the 1880s most ships"
    starts = [m.start for m in find_dates(text)]
    assert [
        attributive(text, s, s + len(q))
        for s, q in zip(starts, ["1990", "1990", "1870s", "1880s"], strict=True)
    ] == [True, False, False, False]


def test_a_participle_after_before_or_after_is_a_clause_of_its_own() -> None:
    found = described("The mill was closed in 1962 before reopening in 1975 as a museum.")
    assert found["1962"] == "mill was closed"
    assert found["1975"] == "mill reopening as a museum"


def test_a_gerund_before_its_verb_is_the_subject() -> None:
    assert not opens_with_verb("dredging began")
    assert opens_with_verb("opened to traffic")
    found = described("The port has grown every year since dredging began in 1979.")
    assert found["1979"] == "dredging began"


def test_a_fronted_phrase_after_a_semicolon_describes_the_clause_after_it() -> None:
    found = described(
        "The crew trained all winter; at the regional finals the following year, the crew "
        "won the cup."
    )
    assert found["the following year"] == "crew won the cup"


def test_a_preposition_made_of_a_verb_is_no_clause() -> None:
    found = described(
        "On 2 May 1940, following the loss of the ferry, one of the harbour's tugs was sent "
        "to the islands."
    )
    assert found["2 May 1940"].startswith("one of the harbour's tugs was sent")


def test_an_impersonal_it_takes_no_actor() -> None:
    found = described(
        "Work on the quay began in 1938 and in 1939 it was proposed to extend the pier."
    )
    assert found["1939"] == "proposed to extend the pier"


def test_a_pronoun_after_that_is_the_biographys_person() -> None:
    found = described(
        "Though she had retired in 2015, the club announced on 4 June 2016, that she would "
        "race at the cup on 9 July.",
        "Mara Venn",
        frozenset(["she", "her"]),
    )
    assert found["9 July"] == "Mara Venn would race at the cup"


def test_which_after_a_reduced_passive_is_of_the_noun_before_it() -> None:
    found = described(
        "She sang in the opera Tides written by Ada Holm, which was staged in 2001 at the Lyric."
    )
    assert found["2001"] == "opera Tides staged at the Lyric"
    found = described("The mills are run by Harbour Timber Ltd, which was founded in 1994.")
    assert found["1994"] == "Harbour Timber Ltd founded"


def test_a_subject_after_a_fronted_phrase_is_its_pronoun() -> None:
    found = described(
        "Through the favour of the king he was made abbot in 731 and was blessed on 10 June 731.",
        "Ivo Marsh",
        frozenset(["he", "his"]),
    )
    assert found["10 June 731"] == "Ivo Marsh blessed"


def test_a_trimmed_description_ends_a_name_and_keeps_a_part_with_its_of() -> None:
    long = "Kershaw won his first major league game against the Washington Nationals at home"
    assert trim_description(long).endswith("Washington Nationals")
    kept = "one of the harbour's old tugs was sent to the islands to join the fleet"
    assert trim_description(kept).startswith("one of the harbour's")
