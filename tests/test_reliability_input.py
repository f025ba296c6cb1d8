"""Reliability of reading the input: special files, ``sources.csv`` lines that are broken
one at a time, names that look like articles, and the limits on one document's size and
extraction time (ids of ``shared/docs/reliability-findings.md`` in the test names)."""

from __future__ import annotations

import gc
import hashlib
import json
import os
import signal
import sys
import threading
import time
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

import pipeline.batch
import pipeline.ids
from pipeline.assemble import document_rows
from pipeline.batch import process_document
from pipeline.cli import cli as main
from pipeline.errors import ExitCode, InputError
from pipeline.export import read_table
from pipeline.ingest import PlannedInput, document_from_source, source_from_file
from pipeline.ingest.decode import decode_text
from pipeline.ingest.manifest import read_manifest
from pipeline.limits import DocumentTimeout, Limits, deadline
from pipeline.run import run_pipeline
from tests.reliability import write_articles


def _rejects(output: Path) -> dict[str, str]:
    frame = read_table(output, "rejects", "parquet")
    return dict(zip(frame["file"], frame["reason"], strict=True))


def _documents(output: Path) -> pd.DataFrame:
    return read_table(output, "documents", "parquet").set_index("doc_id")


def _in_time(work: object, seconds: float = 20) -> object:
    """Run ``work()`` in a thread; fail (instead of hanging the suite) when it blocks."""
    result: list[object] = []
    thread = threading.Thread(target=lambda: result.append(work()), daemon=True)  # type: ignore[operator]
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), "blocked"
    return result[0] if result else None


def test_m1_a_fifo_manifest_is_rejected_without_blocking(tmp_path: Path) -> None:
    raw = write_articles(tmp_path / "raw")
    os.mkfifo(raw / "sources.csv")
    output = tmp_path / "out"
    _in_time(lambda: run_pipeline(raw, output))
    assert "FIFO" in _rejects(output)["sources.csv"]
    assert len(_documents(output)) == 2


def test_m2_a_manifest_linked_to_an_endless_device_is_rejected(tmp_path: Path) -> None:
    raw = write_articles(tmp_path / "raw")
    (raw / "sources.csv").symlink_to("/dev/zero")
    output = tmp_path / "out"
    _in_time(lambda: run_pipeline(raw, output))
    assert "is a device, not a regular file" in _rejects(output)["sources.csv"]


def _manifest(tmp_path: Path, text: str) -> tuple[dict[str, object], list[InputError]]:
    folder = tmp_path / "m"
    folder.mkdir(exist_ok=True)
    (folder / "sources.csv").write_text(text, encoding="utf-8")
    return read_manifest(folder)  # type: ignore[return-value]


def test_m8_one_overlong_field_costs_its_line_only_and_names_it(tmp_path: Path) -> None:
    text = "file,title,source,license\na.txt,Alpha,s,CC0\nb.txt," + "T" * 200_000 + ",s,CC0\n"
    text += "c.txt,Gamma,s,CC0\n"
    rows, problems = _manifest(tmp_path, text)
    assert sorted(rows) == ["a.txt", "c.txt"]
    assert len(problems) == 1 and problems[0].reason.startswith("line 3 has a field longer than")


def test_m15_an_unclosed_quote_keeps_the_lines_before_it_and_names_its_line(
    tmp_path: Path,
) -> None:
    text = 'file,title,source,license\na.txt,Alpha,s,CC0\n\nb.txt,"Beta,s,CC0\nc.txt,x,s,CC0\n'
    rows, problems = _manifest(tmp_path, text)
    assert sorted(rows) == ["a.txt"]
    assert len(problems) == 1
    assert problems[0].reason.startswith("line 4 is not valid CSV (a quote that is never closed")


def test_a_bad_quote_in_the_middle_costs_that_line_only(tmp_path: Path) -> None:
    text = 'file,title,source,license\na.txt,"Al"pha,s,CC0\nb.txt,"multi\nline",s,CC0\n'
    rows, problems = _manifest(tmp_path, text)
    assert sorted(rows) == ["b.txt"] and problems[0].reason.startswith("line 2 is not valid CSV")


def test_m9_a_column_named_twice_is_reported_and_the_first_one_used(tmp_path: Path) -> None:
    rows, problems = _manifest(tmp_path, "file,source,source\na.txt,first,second\n")
    assert rows["a.txt"].source == "first"  # type: ignore[attr-defined]
    assert "names the column `source` twice; the first one is used" in problems[0].reason


def test_m12_a_nul_in_a_manifest_field_costs_its_line(tmp_path: Path) -> None:
    rows, problems = _manifest(tmp_path, "file,source\na.txt,bad\x00source\nb.txt,fine\n")
    assert sorted(rows) == ["b.txt"]
    assert problems[0].reason.startswith("line 2 holds a NUL or another control character")


def test_i9_a_planned_file_replaced_by_a_fifo_is_rejected_without_blocking(
    tmp_path: Path,
) -> None:
    os.mkfifo(tmp_path / "late.txt")
    item = PlannedInput(tmp_path / "late.txt", "late", None)

    def read() -> object:
        try:
            return source_from_file(item)
        except InputError as err:
            return err

    err = _in_time(read)
    assert isinstance(err, InputError) and "a FIFO (named pipe), not a regular file" in err.reason


def test_i10_names_that_look_like_articles_are_read_or_rejected_never_ignored(
    tmp_path: Path,
) -> None:
    raw = write_articles(tmp_path / "raw", count=1)
    (raw / ".txt").write_text("It is 5 km long.\n", encoding="utf-8")
    (raw / "a.txt ").write_text("It is 6 km long.\n", encoding="utf-8")
    (raw / "b.txt.").write_text("It is 7 km long.\n", encoding="utf-8")
    output = tmp_path / "out"
    run_pipeline(raw, output)
    rejects = _rejects(output)
    assert set(rejects) == {"a.txt ", "b.txt."}
    assert all("ends in a space or a dot after .txt" in r for r in rejects.values())
    assert "txt" in _documents(output).index


def test_i7_inputs_linked_from_outside_the_folder_are_named(tmp_path: Path) -> None:
    raw = write_articles(tmp_path / "raw", count=1)
    elsewhere = write_articles(tmp_path / "elsewhere", count=1)
    (raw / "linked.txt").symlink_to(elsewhere / "park-0.txt")
    summary = run_pipeline(raw, tmp_path / "out")
    assert any("linked.txt → " in w and "a link out of" in w for w in summary.warnings)


def test_a_document_over_the_size_limit_is_rejected_with_the_limit_to_raise(
    tmp_path: Path,
) -> None:
    raw = write_articles(tmp_path / "raw", count=1)
    (raw / "big.txt").write_text("It is 5 km long. " * 400, encoding="utf-8")  # 6.8 KB
    result = CliRunner().invoke(
        main,
        ["run", "--raw", str(raw), "--output", str(tmp_path / "out"), "--max-document-mb",
         "0.005"],
    )  # fmt: skip
    assert result.exit_code == ExitCode.REJECTS, result.output
    assert "big.txt: too large: 0.0068 MB (the limit is 0.005 MB)" in result.output
    assert "raise --max-document-mb (to 0.1 or more)" in result.output
    assert len(_documents(tmp_path / "out")) == 1


def test_the_size_limit_holds_for_dump_records(tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    dump.write_text(
        '{"title": "Small", "text": "It is 5 km long."}\n'
        + '{"title": "Huge", "text": "' + "x" * 50_000 + '"}\n'
        + '{"title": "Last", "text": "It is 6 km long."}\n',
        encoding="utf-8",
    )  # fmt: skip
    limits = Limits(max_document_bytes=10_000, max_document_seconds=None)
    output = tmp_path / "out"
    run_pipeline(dump, output, limits=limits)
    assert _rejects(output)["dump.jsonl:2"].startswith("too large: 0.05")
    assert sorted(_documents(output)["title"]) == ["Last", "Small"]


def _years(count: int) -> str:
    return "It happened in " + " ".join(str(1900 + i % 120) for i in range(count)) + ".\n"


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_document_over_the_time_limit_is_rejected_not_a_stall(tmp_path: Path, jobs: int) -> None:
    raw = write_articles(tmp_path / "raw", count=1)
    (raw / "slow.txt").write_text(_years(20_000), encoding="utf-8")
    cache = tmp_path / "cache.sqlite"
    output = tmp_path / "out"
    started = time.monotonic()
    run_pipeline(raw, output, jobs=jobs, cache=cache, limits=Limits(max_document_seconds=0.3))
    assert time.monotonic() - started < 60
    assert "its extraction took longer than 0.3 s" in _rejects(output)["slow.txt"]
    assert len(_documents(output)) == 1
    run_pipeline(raw, output, cache=cache, limits=Limits(max_document_seconds=None))
    assert "slow" in _documents(output).index  # a timeout is never cached


def test_the_deadline_interrupts_a_worker_thread_too() -> None:
    """Dask runs tasks in threads, where no SIGALRM arrives."""
    outcome: list[str] = []

    def work() -> None:
        try:
            with deadline(0.2):
                while True:
                    sum(range(1000))
        except DocumentTimeout:
            outcome.append("stopped")

    _in_time(work, 10)
    assert outcome == ["stopped"]
    with deadline(5):  # a block that ends in time is not interrupted later
        pass
    time.sleep(0.05)


def _spin(seconds: float) -> None:
    until = time.monotonic() + seconds
    while time.monotonic() < until:
        sum(range(100))


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_timeout_dropped_where_python_ignores_exceptions_is_raised_again() -> None:
    """CI: the one raise of the timer landed in a garbage-collector callback, Python printed
    and dropped it, and the document ran on to be published. The deadline raises until the
    block has stopped."""

    def slow_callback(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            _spin(0.4)  # the timer runs out in here

    gc.callbacks.append(slow_callback)
    try:
        started = time.monotonic()
        with pytest.raises(DocumentTimeout), deadline(0.1):
            gc.collect()
            _spin(10)
        assert time.monotonic() - started < 5
    finally:
        gc.callbacks.remove(slow_callback)


def test_the_deadlines_own_dropped_raises_skip_the_unraisable_hook(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """CI: a dropped raise went to pytest's unraisable hook, which imports as it reports,
    and the next raise, 50 ms later, landed inside the hook and failed the run. While a
    deadline is armed its own dropped raises skip the hook; anything else still reaches it."""
    seen: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "unraisablehook", lambda u: seen.append(u.exc_type))
    outer = sys.unraisablehook

    class Dropping:
        def __init__(self, exc: BaseException) -> None:
            self.exc = exc

        def __del__(self) -> None:
            raise self.exc

    with deadline(5):
        Dropping(DocumentTimeout())  # dropped at once: Python calls the hook
        Dropping(ValueError("a bug of its own"))
        gc.collect()
    assert seen == [ValueError]
    assert sys.unraisablehook is outer


def test_a_deadline_that_ends_as_the_timer_runs_out_leaves_no_timer_behind() -> None:
    for _ in range(20):
        try:
            with deadline(0.01):
                _spin(0.01)
        except DocumentTimeout:
            pass
    _spin(0.2)  # a timer left armed would raise in here
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_p2_ids_hash_each_text_once_however_many_records_a_sentence_has(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A 200,000-year sentence took 269 s: its whole text was hashed once per record. The
    bytes hashed must grow with the records, not with records times the sentence."""
    hashed = [0]
    real = hashlib.sha1

    def counting(data: bytes = b"") -> object:
        hashed[0] += len(data)
        return real(data)

    monkeypatch.setattr(pipeline.ids.hashlib, "sha1", counting)
    totals = []
    for count in (1000, 4000):
        src = source_from_text(_years(count))
        hashed[0] = 0
        document_rows(process_document(document_from_source(src)))
        totals.append(hashed[0] / len(src.data))
    assert totals[1] < 1.5 * totals[0]  # per byte of text: flat, not 4x


def source_from_text(text: str):  # type: ignore[no-untyped-def]
    from pipeline.ingest import Source

    return Source("d", "d.txt", text.encode(), None, "d", "d.txt", None)


def test_p6_a_utf8_file_with_one_stray_byte_is_not_told_to_convert_from_windows_1252() -> None:
    with pytest.raises(InputError) as mixed:
        decode_text("Café naïve, ".encode() + b"\xe9 here.\n", "mixed.txt")
    assert "iconv" not in mixed.value.hint and "line 1, column 15" in mixed.value.reason
    with pytest.raises(InputError) as latin:
        decode_text("Le café coûte 3 €.\n".encode("cp1252"), "latin.txt")
    assert "iconv -f WINDOWS-1252" in latin.value.hint


def test_m17_manifest_text_cannot_make_links_or_html_in_the_card_nor_a_licence_id(
    tmp_path: Path,
) -> None:
    raw = write_articles(tmp_path / "raw", count=1)
    (raw / "sources.csv").write_text(
        "file,title,source,license\n"
        "park-0.txt,Park,](javascript:alert(1)),CC BY-SA 4.0 <script>x</script>\n",
        encoding="utf-8",
    )
    output = tmp_path / "out"
    run_pipeline(raw, output)
    card = (output / "README.md").read_text(encoding="utf-8")
    assert "<script>" not in card
    assert card.count("](javascript:") == card.count("\\](javascript:alert(1))") == 1
    assert "&lt;script&gt;" in card
    licences = json.loads((output / "datapackage.json").read_text(encoding="utf-8"))["licenses"]
    names = {lic["name"] for lic in licences}
    assert any(n.startswith("LicenseRef-CC-BY-SA-4.0-script") for n in names), names


def test_p4_numbers_of_terminal_control_sequences_are_not_facts() -> None:
    text = "The hall is \x1b[0m big, \x1b[31m red and 40 m long.\x07\n"
    facts = process_document(document_from_source(source_from_text(text))).facts
    assert [(f.quote, f.unit) for f in facts] == [("40 m", "m")]


def test_p9_indian_and_swiss_digit_grouping_are_read_whole() -> None:
    text = "The fee was 1,00,000 rupees, the prize 1'000'000 CHF.\n"
    facts = process_document(document_from_source(source_from_text(text))).facts
    assert [(f.quote, f.value, f.unit) for f in facts] == [
        ("1,00,000 rupees", 100000.0, "INR"),
        ("1'000'000 CHF", 1000000.0, "CHF"),
    ]


def test_b3_a_document_that_runs_out_of_memory_is_rejected_the_others_published(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Memory runs out in a document's extraction, or in the checks of its batch: that
    document is rejected (and not cached), the others are published."""
    raw = write_articles(tmp_path / "raw", count=3)
    (raw / "huge.txt").write_text("The HUGE hall is 5 km long.\n", encoding="utf-8")
    (raw / "vast.txt").write_text("The VAST hall is 6 km long.\n", encoding="utf-8")
    real_extract, real_check = pipeline.batch.extract_quantities, pipeline.batch.check_extracted

    def extract(doc, sentences, events):  # type: ignore[no-untyped-def]
        if "HUGE" in doc.text:
            raise MemoryError
        return real_extract(doc, sentences, events)

    def check(frames):  # type: ignore[no-untyped-def]
        if "vast" in set(frames["documents"]["doc_id"]):
            raise MemoryError
        return real_check(frames)

    monkeypatch.setattr(pipeline.batch, "extract_quantities", extract)
    monkeypatch.setattr(pipeline.batch, "check_extracted", check)
    output = tmp_path / "out"
    summary = run_pipeline(raw, output, cache=tmp_path / "cache.sqlite")
    rejects = _rejects(output)
    assert set(rejects) == {"huge.txt", "vast.txt"}
    assert all(r == "processing it ran out of memory" for r in rejects.values())
    assert len(_documents(output)) == 3 and summary.counts["documents"] == 3
    monkeypatch.undo()
    again = run_pipeline(raw, output, cache=tmp_path / "cache.sqlite")
    assert again.counts["documents"] == 5  # out-of-memory rejects are not cached
