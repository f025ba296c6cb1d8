from __future__ import annotations

from collections import Counter

import pytest

from pipeline import ids
from pipeline.ingest import doc_id_for, ingest_document
from pipeline.model import Document
from pipeline.segment import segment_document, split_sentences
from tests.conftest import ARTICLES


def _doc(text: str) -> Document:
    return Document("d", "T", "d.txt", None, "0" * 64, text)


def _split(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The literary critic and author Wayne C. Booth concludes that it resists.",
        "They moved to the U.S. in 1999 and stayed.",
        "No. 20 Squadron was formed at Port Moresby.",
        "It took 2.5 hours at a cost of $1.7 million.",
        "Dr. Smith met Gen. Lee.",
        "Leaves of A. funifera are used.",
        'He called it the "Capital of IoT." and left.',
        "The Portage to San Cristobal of A.H. is a 1981 novella.",
        "Command passed to Squadron Leader W.N. Gibson.",
    ],
)
def test_abbreviations_initials_decimals_and_quotes_do_not_split(text: str) -> None:
    assert _split(text) == [text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It rained. Then it stopped.", ["It rained.", "Then it stopped."]),
        ('He said "go." She went!', ['He said "go."', "She went!"]),
        (
            "Was it 1999? Yes (probably). 2000 came.",
            ["Was it 1999?", "Yes (probably).", "2000 came."],
        ),
        ("  Padded.   Text.  ", ["Padded.", "Text."]),
        (
            "The dock opened in 1990.[4] It holds 20 cranes.[5][note 2] Trade grew.",
            ["The dock opened in 1990.[4]", "It holds 20 cranes.[5][note 2]", "Trade grew."],
        ),
        ("He met Gov. [Smith] there.", ["He met Gov. [Smith] there."]),
    ],
)
def test_sentence_ends_split(text: str, expected: list[str]) -> None:
    assert _split(text) == expected


def test_sections_follow_headings_of_any_depth_and_spacing() -> None:
    doc = _doc("= T =\n\nIntro.\n\n==Sector Emphasis ==\nA.\n=== Sub===\nB.\n== Next\nC.\n")
    sections = [(s.text, s.section) for s in segment_document(doc)]
    assert sections == [
        ("Intro.", None),
        ("A.", "Sector Emphasis"),
        ("B.", "Sector Emphasis > Sub"),
        ("C.", "Next"),
    ]


def test_list_items_are_paragraphs_without_their_marker() -> None:
    doc = _doc("== See also ==\n- Wuxi Software Park\n* Other park\n")
    sentences = segment_document(doc)
    assert [s.text for s in sentences] == ["Wuxi Software Park", "Other park"]
    assert [s.paragraph_index for s in sentences] == [0, 1]


@pytest.mark.parametrize("path", sorted(ARTICLES.glob("*.txt")), ids=lambda p: p.stem)
def test_every_sentence_is_an_exact_slice_in_order(path) -> None:
    doc = ingest_document(path, doc_id_for(path))
    sentences = segment_document(doc)
    assert sentences
    ends = [0]
    seen: Counter[str] = Counter()
    for sentence in sentences:
        assert doc.text[sentence.char_start : sentence.char_end] == sentence.text
        assert sentence.text == sentence.text.strip()
        seen[sentence.text] += 1
        assert sentence.sentence_id == ids.sentence_id(
            doc.doc_id, sentence.text, seen[sentence.text]
        )
        assert sentence.char_start >= ends[-1]
        ends.append(sentence.char_end)


def test_seed_sentences_and_sections() -> None:
    path = ARTICLES / "wuxi-iot-innovation-park.txt"
    sentences = segment_document(ingest_document(path, doc_id_for(path)))
    assert len(sentences) == 14
    assert sentences[2].text.startswith("In that same year, the park commenced operations")
    assert sentences[4].section == "Sector Emphasis"
    assert sentences[7].section == "Innovation Ecosystem"
    assert sentences[-1].section == "See also"


def test_sentence_ids_survive_an_edit_elsewhere_in_the_article() -> None:
    text = "= Park =\nIt opened in 2001. It has 3 halls.\n\nIt grew. It has 3 halls.\n"
    before = segment_document(Document("p", "Park", "p.txt", None, "0" * 64, text))
    edited = "= Park =\nA new first sentence. " + text.split("\n", 1)[1]
    after = segment_document(Document("p", "Park", "p.txt", None, "0" * 64, edited))
    assert [s.sentence_id for s in before] == [s.sentence_id for s in after[1:]]
    # the same text twice in one article: two ids, by occurrence
    assert before[1].text == before[3].text and before[1].sentence_id != before[3].sentence_id


def test_an_initial_before_a_word_that_opens_sentences_ends_one() -> None:
    text = "Shopee opened at Science Park I. The new building has space. He met Wayne C. Booth."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Shopee opened at Science Park I.",
        "The new building has space.",
        "He met Wayne C. Booth.",
    ]
