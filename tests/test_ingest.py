from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from pipeline.article import read_title
from pipeline.errors import InputError
from pipeline.ingest import doc_id_for, ingest_document
from pipeline.ingest.decode import decode_text
from tests.conftest import ARTICLES


def test_seed_article_is_read_verbatim() -> None:
    path = ARTICLES / "wuxi-iot-innovation-park.txt"
    doc = ingest_document(path, doc_id_for(path))
    raw = path.read_bytes()
    assert doc.doc_id == "wuxi-iot-innovation-park"
    assert doc.title == "Wuxi IoT Innovation Park"
    assert doc.sha256 == hashlib.sha256(raw).hexdigest()
    assert doc.text == raw.decode("utf-8")


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (b"\xef\xbb\xbf= T =\nA.", "= T =\nA."),
        (b"= T =\r\nA.\r\nB.", "= T =\nA.\nB."),
        (b"= T =\rA.", "= T =\nA."),
        ("= Café =\n400\u00a0000 m².".encode(), "= Café =\n400\u00a0000 m²."),
    ],
)
def test_decode_removes_bom_and_normalises_newlines_only(data: bytes, text: str) -> None:
    assert decode_text(data, "x.txt") == text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b" \n\t\n", "empty"),
        ("= Café =".encode("latin-1"), "not valid UTF-8"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "binary"),
    ],
)
def test_undecodable_input_names_the_file_and_the_problem(data: bytes, reason: str) -> None:
    with pytest.raises(InputError) as err:
        decode_text(data, "bad.txt")
    assert err.value.file == "bad.txt"
    assert reason in err.value.reason
    assert err.value.hint


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("= Nero =\n\nText.", "Nero"),
        ("  =  Spaced Title  =  \n", "Spaced Title"),
        ("No title here.\n== Section ==\n", None),
    ],
)
def test_title_comes_from_the_single_equals_line(text: str, title: str | None) -> None:
    assert read_title(text) == title


@pytest.mark.parametrize(
    ("name", "doc_id"),
    [
        ("wuxi-iot-innovation-park.txt", "wuxi-iot-innovation-park"),
        ("Kiss You (song).txt", "kiss-you-song"),
        ("Zürich Ölfeld.txt", "zürich-ölfeld"),
        ("under_score.txt", "under-score"),
    ],
)
def test_doc_id_is_a_slug_of_the_file_name(name: str, doc_id: str) -> None:
    assert doc_id_for(Path(name)) == doc_id
