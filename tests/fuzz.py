"""Fuzz the segmenter and both extractors over many generated documents (``make fuzz``).

``python -m tests.fuzz [--documents 10000] [--seed 0]`` runs the checks of
``tests/test_properties.py`` (no exception; every sentence, fact and event span slices
back to its text; finite values; valid qualifiers and dates) on that many documents, half
arbitrary Unicode and half article-like text built from hostile pieces. Unlike a plain
Hypothesis test it does not stop at the first failure: it records every failing document,
groups failures by where they were raised, then shrinks one example of each group to a
minimal one. Prints a summary; exits 1 when anything failed.
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from hypothesis import HealthCheck, Phase, find, given, seed, settings
from hypothesis import strategies as st
from hypothesis.errors import NoSuchExample

from pipeline.extract.events import extract_events
from pipeline.extract.quantities import extract_quantities
from pipeline.segment import segment_document
from tests.test_properties import (
    any_text,
    article_text,
    check_extractors,
    check_segmenter,
    make_document,
)


def check(text: str) -> None:
    check_segmenter(text)
    check_extractors(text)


def signature(err: BaseException) -> str:
    """Where a failure was raised: its type and the innermost project frame."""
    frames = traceback.extract_tb(err.__traceback__)
    ours = [
        f
        for f in frames
        if ("/pipeline/" in f.filename or "/tests/" in f.filename) and f.filename != __file__
    ]
    frame = (ours or frames)[-1]
    return f"{type(err).__name__} at {Path(frame.filename).name}:{frame.lineno}"


@dataclass
class Tally:
    documents: int = 0
    characters: int = 0
    sentences: int = 0
    facts: int = 0
    events: int = 0
    failures: Counter[str] = field(default_factory=Counter)
    examples: dict[str, tuple[str, str]] = field(default_factory=dict)  # shortest text, error

    def run(self, text: str) -> None:
        self.documents += 1
        self.characters += len(text)
        try:
            check(text)
        except Exception as err:
            sig = signature(err)
            self.failures[sig] += 1
            if sig not in self.examples or len(text) < len(self.examples[sig][0]):
                self.examples[sig] = (text, f"{type(err).__name__}: {err}"[:300])
            return
        doc = make_document(text)
        sentences = segment_document(doc)
        self.sentences += len(sentences)
        events = extract_events(doc, sentences)
        self.events += len(events)
        self.facts += len(extract_quantities(doc, sentences, events))


def _fails_with(sig: str, text: str) -> bool:
    try:
        check(text)
    except Exception as err:
        return signature(err) == sig
    return False


def shrink(sig: str, strategy: st.SearchStrategy[str]) -> str | None:
    """A minimal document that fails the same way (Hypothesis' shrinker)."""
    try:
        return find(
            strategy,
            lambda text: _fails_with(sig, text),
            settings=settings(max_examples=2000, deadline=None, database=None),
        )
    except NoSuchExample:
        return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=10_000, help="at least this many")
    parser.add_argument("--seed", type=int, default=0, help="Hypothesis seed (reproducible)")
    args = parser.parse_args(argv)

    tally = Tally()
    strategies = {"arbitrary Unicode": any_text, "article-like": article_text}
    share = -(-args.documents // len(strategies))
    started = time.perf_counter()
    for name, strategy in strategies.items():
        before = tally.documents

        @seed(args.seed)
        @settings(
            max_examples=share,
            deadline=None,
            database=None,
            phases=[Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
        @given(strategy)
        def fuzz(text: str) -> None:
            tally.run(text)

        fuzz()
        print(f"{name}: {tally.documents - before} documents", flush=True)
    seconds = time.perf_counter() - started

    print(
        f"fuzz: {tally.documents} documents ({tally.characters:,} characters) in {seconds:.0f} s; "
        f"{tally.sentences} sentences, {tally.facts} facts, {tally.events} events; "
        f"{sum(tally.failures.values())} failing documents"
    )
    for sig, count in tally.failures.most_common():
        text, error = tally.examples[sig]
        print(f"\nFAILURE {sig}: {count} documents\n  {error}\n  shortest seen: {text!r}")
        for strategy in strategies.values():
            minimal = shrink(sig, strategy)
            if minimal is not None:
                print(f"  minimal: {minimal!r}")
                break
    return 1 if tally.failures else 0


if __name__ == "__main__":
    sys.exit(main())
