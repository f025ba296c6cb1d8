# Over 400 lines: every bad-input case of one folder, each with its reject reason.
"""Issue 4: bad input ends in rejects with reasons, never in a traceback or a bad row.

One folder holds every case of the issue next to good articles. The CLI runs over it to
completion: the good documents are published, every bad file is in ``rejects`` with a
reason and a hint, the exit code is 3 (published with rejects), nothing prints a
traceback, and every published row is valid (schema, same rows in every format, and
the provenance rule on every sentence, fact and event).

Decisions, per case (see also ``pipeline.ingest``):

* published, text as the contract decodes it: a UTF-8 BOM (removed), CRLF and lone CR
  (turned into LF), no title line (title from sources.csv, else the file name), an
  unclosed ``= Title`` line, odd headings, a multi-MB single paragraph, non-breaking and
  thin spaces inside numbers, full-width digits, zero-width, bidi and combining marks,
  emoji, absurd numbers (values stay finite: an infinite one is quarantined, never
  published), file names with spaces and non-ASCII letters;
* rejected: empty, white-space-only and invisible-only files; files that are not UTF-8
  (Latin-1; UTF-16 with or without BOM); binary files (NUL bytes, a PNG renamed .txt);
  files with only headings (no sentence to publish); a folder named ``*.txt``; file
  names that are not UTF-8 or hold a line break; the second of two files with the same
  ``doc_id`` (``Kiss You.txt``/``kiss-you.txt``, NFD/NFC spellings of one name);
* ``sources.csv`` problems are rows of ``rejects`` under ``sources.csv`` (a line with too
  many fields, a file listed twice) or under the missing file's name; the articles are
  still published.
"""

from __future__ import annotations

import hashlib
import math
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.errors import ExitCode
from pipeline.export import FORMATS, read_table
from pipeline.ingest import display_name, doc_id_for
from pipeline.model import Fact
from pipeline.run import run_pipeline
from schemas import TABLES
from tests.conftest import ARTICLES, REPO

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
HOSTILE_UNICODE = (
    "= Hostile Unicode =\n\n"
    "The park covers 400\u00a0000 square metres, the lake 400\u2009000 m² and the forest "
    "12\u202f500 ha. In ２０２２ it had １２３ firms and ٣٤٥ workers. "
    "Zero\u200bwidth 4\u200b000 km, joined\u200d, bidi \u202eevil\u202c and \u2067isolate\u2069. "
    "Combining cafe\u0301 and Zu\u0308rich. Emoji 🏛 👩‍👩‍👧 🇨🇳 cost 5 billion RMB.\n"
)
ABSURD = (
    "= Absurd Numbers =\n\n"
    "It measured 1e400 km and 1.8e308 m. Some said 10^400 people came, others "
    + "9" * 400
    + " tonnes. Its debt was 1"
    + ",000" * 110
    + " billion dollars, or -1e999 %.\n"
)
ODD_HEADINGS = (
    "=Odd Headings=\n\nIntro text.\n==Sector Emphasis ==\nA line.\n"
    "== Unclosed\nB line.\n   ===  Spaced   ===   \nC line.\n"
)
MANIFEST = (
    "file,title,source,license\n"
    + "".join((ARTICLES / "sources.csv").read_text(encoding="utf-8").splitlines(True)[1:])
    + "manifest-title.txt,From The Manifest,https://example.org/a,CC BY-SA 4.0\n"
    + "missing.txt,Missing,,\n"
    + "utf8-bom.txt,First line,https://example.org/bom,\n"
    + "utf8-bom.txt,Second line,,\n"
    + "crlf.txt,too,many,fields,here\n"
)
NFD_NAME = "Cafe\u0301 Ölfeld.txt"  # sorts before the NFC spelling, so it keeps the id
NFC_NAME = "Café Ölfeld.txt"


def _big_paragraph() -> bytes:
    """One paragraph of 2 MB: 28,000 sentences on a single line."""
    words = ["the", "river", "park", "old", "mill", "village", "green", "north", "road"]
    words += ["bridge", "tower", "museum", "hall"]
    parts = ["= Big Paragraph =\n\n"]
    n = 0
    while sum(map(len, parts)) < 2_000_000:
        sentence = " ".join(words[(n + i * 7) % len(words)] for i in range(12)).capitalize()
        if n % 10 == 0:
            sentence += f" covering {n % 997} square kilometres in {1900 + n % 120}"
        parts.append(sentence + ". ")
        n += 1
    return ("".join(parts).rstrip() + "\n").encode()


GOOD: dict[str, bytes] = {
    **{p.name: p.read_bytes() for p in sorted(ARTICLES.glob("*.txt"))},
    "no-title.txt": b"The museum opened in 1994. It holds 3,000 objects.\n",
    "manifest-title.txt": b"The bridge is 5 km long.\n",
    "unclosed-title.txt": b"= Unclosed Title\n\nIt is 5 km long.\n",
    "utf8-bom.txt": b"\xef\xbb\xbf= With BOM =\n\nIt is 5 km long.\n",
    "crlf.txt": b"= CRLF =\r\n\r\nIt opened in 1994. It has 3,000 beds.\r\n",
    "lone-cr.txt": b"= Lone CR =\r\rIt opened in 1994.\rIt has 3,000 beds.\r",
    "odd-headings.txt": ODD_HEADINGS.encode(),
    "hostile-unicode.txt": HOSTILE_UNICODE.encode(),
    "absurd-numbers.txt": ABSURD.encode(),
    "big-paragraph.txt": _big_paragraph(),
    "name with spaces.txt": b"It is 5 km long.\n",
    "Zürich Ölfeld.txt": "= Zürich Ölfeld =\n\nIt produced 2 million barrels.\n".encode(),
    "Kiss You.txt": b"It sold 2 million copies.\n",
    NFD_NAME: b"It seats 40 people.\n",
}
# file name -> (bytes, or None for a folder; what the reject reason must say)
BAD: dict[str, tuple[bytes | None, str]] = {
    "empty.txt": (b"", "empty (0 bytes)"),
    "whitespace-only.txt": (" \n\t\r\n \u00a0\u2009\n".encode(), "only white space"),
    "invisible-only.txt": ("\u200b\u200d\u202e\u2066\n".encode(), "invisible characters"),
    "latin1.txt": ("= Café =\nLe café coûte 3 €.\n".encode("cp1252"), "not valid UTF-8"),
    "utf16-bom.txt": ("= UTF-16 =\nIt is 5 km long.\n".encode("utf-16"), "UTF-16 encoded"),
    "utf16-no-bom.txt": ("= UTF-16 =\nIt is 5 km long.\n".encode("utf-16-le"), "UTF-16LE"),
    "nul-bytes.txt": (b"= NUL =\nabc\x00def\n", "binary"),
    "image.txt": (PNG, "PNG image"),
    "headings-only.txt": (b"= Only Headings =\n\n== A ==\n=== B ===\n", "only headings"),
    "folder.txt": (None, "folder"),
    "kiss-you.txt": (b"It sold 3 million copies.\n", "already taken by 'Kiss You.txt'"),
    NFC_NAME: (b"It seats 41 people.\n", "already taken"),
    "line\nbreak.txt": (b"It is 5 km long.\n", "control character"),
}
MANIFEST_PROBLEMS = {
    "missing.txt": "listed in sources.csv but there is no such .txt file",
    "sources.csv": ("a second time", "more fields than the header"),
}
LATIN1_NAME = b"caf\xe9-latin1-name.txt"


def _build_folder(raw: Path) -> bool:
    """Write every case into ``raw``; ``True`` when the file system took a non-UTF-8 name."""
    raw.mkdir()
    for name, data in GOOD.items():
        (raw / name).write_bytes(data)
    for name, (content, _) in BAD.items():
        if content is None:
            (raw / name).mkdir()
        else:
            (raw / name).write_bytes(content)
    (raw / "sources.csv").write_text(MANIFEST, encoding="utf-8")
    try:
        with open(os.path.join(os.fsencode(raw), LATIN1_NAME), "wb") as handle:
            handle.write(b"It is 5 km long.\n")
    except OSError:
        return False
    return True


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """The CLI run once, in its own process, over the folder of every case."""
    tmp = tmp_path_factory.mktemp("hostile")
    raw, out = tmp / "raw", tmp / "out"
    latin1_name = _build_folder(raw)
    proc = subprocess.run(
        [sys.executable, "-m", "pipeline", "run", "--raw", str(raw), "--output", str(out)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    tables = {name: read_table(out, name, "parquet") for name in TABLES}
    return {"proc": proc, "raw": raw, "out": out, "tables": tables, "latin1_name": latin1_name}


def _tables(run: dict[str, object]) -> dict[str, pd.DataFrame]:
    return run["tables"]  # type: ignore[return-value]


def _document(run: dict[str, object], name: str) -> pd.Series:
    docs = _tables(run)["documents"].set_index("doc_id")
    return docs.loc[doc_id_for(Path(name))]


def test_run_completes_with_the_documented_exit_code_and_no_traceback(
    hostile_run: dict[str, object],
) -> None:
    proc: subprocess.CompletedProcess[str] = hostile_run["proc"]  # type: ignore[assignment]
    assert proc.returncode == ExitCode.REJECTS, proc.stderr
    assert "Traceback" not in proc.stdout + proc.stderr
    counts = _tables(hostile_run)
    assert f"{len(counts['documents'])} documents" in proc.stdout
    assert f"{len(counts['rejects'])} rejects" in proc.stdout
    assert "rejected input files" in proc.stderr
    for row in counts["rejects"].itertuples():
        assert f"{row.file}: {row.reason} — {row.hint}" in proc.stderr


def test_every_input_file_is_published_or_rejected(hostile_run: dict[str, object]) -> None:
    raw: Path = hostile_run["raw"]  # type: ignore[assignment]
    tables = _tables(hostile_run)
    published = set(tables["documents"]["doc_id"])
    rejected = set(tables["rejects"]["file"])
    assert published == {doc_id_for(Path(name)) for name in GOOD}
    expected_rejects = set(BAD) | set(MANIFEST_PROBLEMS)
    if hostile_run["latin1_name"]:
        expected_rejects.add(display_name(os.fsdecode(LATIN1_NAME)))
    assert rejected == {display_name(name) for name in expected_rejects}
    for entry in raw.iterdir():
        if entry.suffix == ".txt":
            in_docs = entry.name in GOOD
            assert in_docs != (display_name(entry.name) in rejected), entry.name


@pytest.mark.parametrize("name", sorted(BAD))
def test_each_bad_file_is_rejected_with_its_reason_and_a_hint(
    hostile_run: dict[str, object], name: str
) -> None:
    rejects = _tables(hostile_run)["rejects"]
    rows = rejects[rejects["file"] == display_name(name)]
    assert len(rows) == 1, rows
    assert BAD[name][1] in rows["reason"].iloc[0]
    assert rows["hint"].iloc[0]


def test_file_names_that_are_not_utf8_are_rejected(hostile_run: dict[str, object]) -> None:
    if not hostile_run["latin1_name"]:
        pytest.skip("this file system does not store file names that are not UTF-8")
    rejects = _tables(hostile_run)["rejects"].set_index("file")
    assert "not valid UTF-8" in rejects.loc["caf\\xe9-latin1-name.txt", "reason"]


def test_manifest_problems_are_reported_and_the_articles_kept(
    hostile_run: dict[str, object],
) -> None:
    rejects = _tables(hostile_run)["rejects"]
    manifest = rejects[rejects["file"] == "sources.csv"]["reason"].tolist()
    assert len(manifest) == 2
    for words in MANIFEST_PROBLEMS["sources.csv"]:
        assert any(words in reason for reason in manifest), manifest
    missing = rejects[rejects["file"] == "missing.txt"]["reason"].tolist()
    assert missing and MANIFEST_PROBLEMS["missing.txt"] in missing[0]
    bom = _document(hostile_run, "utf8-bom.txt")  # listed twice: the first line is used
    assert bom["source"] == "https://example.org/bom"
    crlf = _document(hostile_run, "crlf.txt")  # its line had too many fields: ignored
    assert crlf["source"] == "crlf.txt"
    assert pd.isna(crlf["license"])


def test_every_published_row_is_valid_in_every_format(hostile_run: dict[str, object]) -> None:
    out: Path = hostile_run["out"]  # type: ignore[assignment]
    for name, parquet in _tables(hostile_run).items():
        for fmt in FORMATS[1:]:
            pd.testing.assert_frame_equal(parquet, read_table(out, name, fmt), obj=f"{name}.{fmt}")


def test_provenance_rule_holds_on_every_row(hostile_run: dict[str, object]) -> None:
    tables = _tables(hostile_run)
    texts = dict(zip(tables["documents"]["doc_id"], tables["documents"]["text"], strict=True))
    checked = 0
    for name, column in (("sentences", "text"), ("facts", "quote"), ("events", "quote")):
        for row in tables[name].itertuples():
            text = texts[row.doc_id]
            assert text[row.char_start : row.char_end] == getattr(row, column), (name, row)
            checked += 1
    assert checked > 28_000


def test_values_are_finite(hostile_run: dict[str, object]) -> None:
    facts = _tables(hostile_run)["facts"]
    assert np.isfinite(facts["value"]).all()
    assert (facts["value_max"].isna() | np.isfinite(facts["value_max"].fillna(0))).all()
    absurd = facts[facts["doc_id"] == "absurd-numbers"]
    assert all(math.isfinite(v) for v in absurd["value"])


def test_text_is_decoded_exactly_as_the_contract_says(hostile_run: dict[str, object]) -> None:
    for name, data in GOOD.items():
        doc = _document(hostile_run, name)
        expected = data.decode("utf-8").removeprefix("\ufeff")
        assert doc["text"] == expected.replace("\r\n", "\n").replace("\r", "\n"), name
        assert doc["sha256"] == hashlib.sha256(data).hexdigest(), name
    assert "\u00a0" in _document(hostile_run, "hostile-unicode.txt")["text"]
    assert "\r" not in _document(hostile_run, "lone-cr.txt")["text"]


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("no-title.txt", "no-title"),
        ("manifest-title.txt", "From The Manifest"),
        ("unclosed-title.txt", "Unclosed Title"),
        ("odd-headings.txt", "Odd Headings"),
        ("utf8-bom.txt", "With BOM"),
        ("name with spaces.txt", "name with spaces"),
        ("Zürich Ölfeld.txt", "Zürich Ölfeld"),
    ],
)
def test_titles_and_ids(hostile_run: dict[str, object], name: str, title: str) -> None:
    assert _document(hostile_run, name)["title"] == title


def test_odd_headings_give_sections(hostile_run: dict[str, object]) -> None:
    sentences = _tables(hostile_run)["sentences"]
    rows = sentences[sentences["doc_id"] == "odd-headings"]
    sections = [None if pd.isna(s) else s for s in rows["section"]]
    assert list(zip(rows["text"], sections, strict=True)) == [
        ("Intro text.", None),
        ("A line.", "Sector Emphasis"),
        ("B line.", "Unclosed"),
        ("C line.", "Unclosed > Spaced"),
    ]


def test_a_multi_megabyte_paragraph_is_segmented(hostile_run: dict[str, object]) -> None:
    sentences = _tables(hostile_run)["sentences"]
    rows = sentences[sentences["doc_id"] == "big-paragraph"]
    assert len(rows) > 25_000
    assert set(rows["paragraph_index"]) == {0}


# --- exit codes, strict mode, whole-manifest problems, crashes: small and in-process -----


def _folder(tmp_path: Path, files: dict[str, bytes]) -> Path:
    raw = tmp_path / "raw"
    raw.mkdir()
    for name, data in files.items():
        (raw / name).write_bytes(data)
    return raw


def _invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["run", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert "Traceback" not in result.output
    return result.exit_code, result.output


def test_all_good_input_exits_0(tmp_path: Path) -> None:
    raw = _folder(tmp_path, {"a.txt": b"= A =\nIt is 5 km long.\n"})
    code, output = _invoke("--raw", str(raw), "--output", str(tmp_path / "out"))
    assert code == 0, output
    assert "1 documents" in output and "0 rejects" in output


def test_strict_makes_any_reject_fatal_and_publishes_nothing(tmp_path: Path) -> None:
    raw = _folder(tmp_path, {"a.txt": b"It is 5 km long.\n", "b.txt": b""})
    code, output = _invoke("--raw", str(raw), "--output", str(tmp_path / "out"), "--strict")
    assert code == ExitCode.STRICT_REJECTS
    assert "b.txt: the file is empty" in output
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        ("missing", "does not exist"),
        ("no-txt", "no .txt files"),
        ("output-is-raw", "is or contains the input folder"),
        ("output-holds-raw", "is or contains the input folder"),
        ("output-not-ours", "holds other files"),
    ],
)
def test_usage_errors_exit_2_and_touch_nothing(tmp_path: Path, setup: str, message: str) -> None:
    raw = _folder(tmp_path, {} if setup == "no-txt" else {"a.txt": b"It is 5 km long.\n"})
    (raw / "notes.md").write_text("not an article", encoding="utf-8")
    output = {
        "output-is-raw": raw,
        "output-holds-raw": tmp_path,
        "output-not-ours": tmp_path / "home",
    }.get(setup, tmp_path / "out")
    if setup == "output-not-ours":
        output.mkdir()
        (output / "thesis.tex").write_text("precious", encoding="utf-8")
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    given_raw = tmp_path / "nowhere" if setup == "missing" else raw
    code, text = _invoke("--raw", str(given_raw), "--output", str(output))
    assert code == ExitCode.USAGE
    assert message in text
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == before


@pytest.mark.parametrize(
    ("manifest", "reason"),
    [
        (b'file,title\n"a.txt,A\n', "not valid CSV"),
        (b'file,title\na.txt,"A"B\n', "not valid CSV"),
        ("file,title\na.txt,Café\n".encode("cp1252"), "not valid UTF-8"),
        (b"name,title\na.txt,A\n", "no `file` column"),
        (b"", "no `file` column"),
    ],
)
def test_an_unusable_manifest_is_rejected_and_the_articles_published(
    tmp_path: Path, manifest: bytes, reason: str
) -> None:
    raw = _folder(tmp_path, {"a.txt": b"It is 5 km long.\n", "sources.csv": manifest})
    summary = run_pipeline(raw, tmp_path / "out")
    assert summary.rejects["file"].tolist() == ["sources.csv"]
    assert reason in summary.rejects["reason"].iloc[0]
    assert "ignored" in summary.rejects["reason"].iloc[0]
    assert summary.counts["documents"] == 1


def test_manifest_fields_are_folded_to_one_line(tmp_path: Path) -> None:
    manifest = b'file,title,source,license\na.txt,"Two\r\nlines",src,"CC\rBY"\n'
    raw = _folder(tmp_path, {"a.txt": b"It is 5 km long.\n", "sources.csv": manifest})
    run_pipeline(raw, tmp_path / "out")
    doc = read_table(tmp_path / "out", "documents", "csv").iloc[0]
    assert (doc["title"], doc["license"]) == ("Two lines", "CC BY")


def test_a_crash_in_a_stage_costs_only_its_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pipeline.batch

    real = pipeline.batch.extract_quantities

    def explode(doc, *args):  # type: ignore[no-untyped-def]
        if doc.doc_id == "boom":
            raise RuntimeError("extractor bug")
        return real(doc, *args)

    monkeypatch.setattr(pipeline.batch, "extract_quantities", explode)
    raw = _folder(tmp_path, {"boom.txt": b"It is 5 km long.\n", "fine.txt": b"It is 6 km.\n"})
    code, output = _invoke("--raw", str(raw), "--output", str(tmp_path / "out"))
    assert code == ExitCode.REJECTS, output
    rejects = read_table(tmp_path / "out", "rejects", "parquet")
    assert rejects["file"].tolist() == ["boom.txt"]
    assert "RuntimeError: extractor bug" in rejects["reason"].iloc[0]
    assert "bug" in rejects["hint"].iloc[0]
    docs = read_table(tmp_path / "out", "documents", "parquet")
    assert docs["doc_id"].tolist() == ["fine"]


def test_an_infinite_value_is_quarantined_never_published(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pipeline.batch

    def infinite(doc, sentences, *args):  # type: ignore[no-untyped-def]
        s = sentences[0]
        return [
            Fact(
                doc.doc_id,
                s.sentence_id,
                s.char_start,
                s.char_start + 5,
                s.text[:5],
                math.inf,
                None,
                "km",
                "exact",
                None,
                None,
                None,
                None,
                None,
                None,
                "test.infinite",
            )
        ]

    monkeypatch.setattr(pipeline.batch, "extract_quantities", infinite)
    raw = _folder(tmp_path, {"a.txt": b"1e400 km is far.\n"})
    code, output = _invoke("--raw", str(raw), "--output", str(tmp_path / "out"))
    assert code == 0, output
    assert "1 quarantined rows" in output
    assert read_table(tmp_path / "out", "facts", "jsonl").empty
    quarantine = read_table(tmp_path / "out", "quarantine", "jsonl")
    assert quarantine["check"].str.startswith("value: finite number").all()
    assert '"value": "inf"' in quarantine["record"].iloc[0]


def test_only_regular_files_are_read(tmp_path: Path) -> None:
    raw = _folder(tmp_path, {"a.txt": b"It is 5 km long.\n"})
    (raw / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    os.mkfifo(raw / "pipe.txt")  # reading it would block for ever
    summary = run_pipeline(raw, tmp_path / "out")
    reasons = dict(zip(summary.rejects["file"], summary.rejects["reason"], strict=True))
    assert set(reasons) == {"dangling.txt", "pipe.txt"}
    assert all("not a regular file" in reason for reason in reasons.values())
