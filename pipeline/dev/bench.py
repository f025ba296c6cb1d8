"""Benchmark the real command line end to end on a corpus of a given size (``make bench``).

``python -m pipeline.dev.bench [--mb 25] [--raw DIR] [--work build/bench]`` builds a corpus
of about ``--mb`` MB of text by repeating the articles of DIR under new names (the same
bytes every time, so runs compare), then runs ``python -m pipeline run`` on it in fresh
processes: with ``--jobs 1``, with ``--jobs 2``, and again with a warm cache. For each it
reports wall seconds, MB/s, MB per CPU-second (of the whole process tree), documents and
facts per second and peak RSS (the largest process and the whole tree, sampled every 50 ms),
the seconds per stage (summed over workers), and in the same run the bare number-regex pass
over the same bytes as a floor. Figures go to the screen and to ``<work>/bench.json``.
Timing is measured here, never asserted in tests.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import threading
import time
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

import click

from pipeline.extract.numbers import DIGIT_RE


@dataclass
class RunFigures:
    label: str
    wall: float
    cpu: float
    peak_rss_mb: float  # the largest single process
    tree_rss_mb: float  # all processes of the run at once
    documents: int
    facts: int
    seconds: dict[str, float] = field(default_factory=dict)
    cache_hits: int = 0
    # (seconds since start, largest process MB, whole tree MB), about once a second
    rss_series: list[tuple[float, float, float]] = field(default_factory=list)
    # all processes at once, each shared page counted once (PSS: RSS counts the pages that
    # forked workers share with their parent, the libraries' code, in every process)
    tree_pss_mb: float = 0.0

    def rss_at(self, share: float) -> tuple[float, float]:
        """(largest, tree) RSS in MB at ``share`` of the run's wall time (the most of the
        samples within 2 % of it), to see whether memory grows while streaming."""
        near = [s for s in self.rss_series if abs(s[0] - share * self.wall) <= 0.02 * self.wall]
        if not near:
            return 0.0, 0.0
        return max(s[1] for s in near), max(s[2] for s in near)


def build_corpus(raw: Path, target: Path, megabytes: float) -> tuple[int, int]:
    """``target`` filled with copies of ``raw``'s articles up to ``megabytes`` of text;
    returns (files, bytes). Reused when it already holds that corpus."""
    articles = sorted(p for p in raw.glob("*.txt"))
    if not articles:
        raise click.UsageError(f"no .txt articles in {raw}")
    stamp = target / ".corpus.json"
    wanted = {"raw": str(raw.resolve()), "mb": megabytes}
    if stamp.exists() and json.loads(stamp.read_text()) == wanted:
        files = sorted(target.glob("*.txt"))
        return len(files), sum(p.stat().st_size for p in files)
    target.mkdir(parents=True, exist_ok=True)
    for old in target.glob("*.txt"):
        old.unlink()
    total, count, copy = 0, 0, 0
    while total < megabytes * 1e6:
        for article in articles:
            data = article.read_bytes()
            (target / f"c{copy:05d}-{article.name}").write_bytes(data)
            total += len(data)
            count += 1
            if total >= megabytes * 1e6:
                break
        copy += 1
    stamp.write_text(json.dumps(wanted))
    return count, total


def _tree(root: int) -> dict[int, float]:
    """RSS in MB of ``root`` and each of its descendants, by pid (Linux /proc)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, float] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid, parent = int(entry), int(fields[1])
        children.setdefault(parent, []).append(pid)
        rss[pid] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE") / 1e6
    tree, stack = {}, [root]
    while stack:
        pid = stack.pop()
        tree[pid] = rss.get(pid, 0.0)
        stack += children.get(pid, [])
    return tree


def _tree_pss(pids: Iterable[int]) -> float:
    """The proportional set size in MB of the processes ``pids``: memory shared between
    them counted once (Linux ``/proc/<pid>/smaps_rollup``; 0 where unreadable)."""
    total = 0.0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/smaps_rollup") as handle:
                for line in handle:
                    if line.startswith("Pss:"):
                        total += int(line.split()[1]) / 1024
                        break
        except OSError:
            continue
    return total


def run_cli(label: str, args: list[str], stats: Path) -> RunFigures:
    """One run of the CLI in a fresh process, with its wall time, CPU and memory."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "pipeline", "run", *args, "--stats", str(stats)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    peaks = [0.0, 0.0, 0.0]
    series: list[tuple[float, float, float]] = []

    def sample() -> None:
        last, last_pss = -1.0, -1.0
        while proc.poll() is None:
            tree = _tree(proc.pid)
            largest, total = max(tree.values(), default=0.0), sum(tree.values())
            peaks[0], peaks[1] = max(peaks[0], largest), max(peaks[1], total)
            now = time.perf_counter() - start
            if now - last_pss >= 0.5:  # slower to read than RSS
                peaks[2] = max(peaks[2], _tree_pss(tree))
                last_pss = now
            if now - last >= 1.0:
                series.append((round(now, 1), round(largest, 1), round(total, 1)))
                last = now
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = proc.communicate()
    sampler.join()
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in (0, 3):
        raise click.ClickException(f"{label}: the run failed ({proc.returncode}): {err[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    peak = max(peaks[0], after.ru_maxrss / 1024)  # the largest child, as the kernel saw it
    report = json.loads(stats.read_text())
    counts = report["counts"]
    return RunFigures(
        label,
        wall,
        cpu,
        peak,
        max(peaks[1], peak),
        counts["documents"],
        counts["facts"],
        report["seconds"],
        report.get("cache_hits", 0),
        series,
        peaks[2],
    )


def regex_floor(corpus: Path) -> float:
    """Seconds of one pass of the number regex over the corpus text (read once)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    start = time.perf_counter()
    for text in texts:
        for _ in DIGIT_RE.finditer(text):
            pass
    return time.perf_counter() - start


@click.command()
@click.option("--mb", type=click.FloatRange(min=0.01), default=25.0, show_default=True)
@click.option(
    "--raw",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=Path("../shared/corpus/dev"),
    show_default=True,
)
@click.option(
    "--work",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("build/bench"),
    show_default=True,
)
@click.option("--jobs", "parallel", type=click.IntRange(min=2), default=2, show_default=True)
@click.option(
    "--formats",
    default="all",
    show_default=True,
    help="Passed to every run (e.g. parquet, the dump plan).",
)
@click.option(
    "--memory-only",
    is_flag=True,
    help="One run only (no cache, no stress; --memory-jobs workers): peak RSS and PSS, and "
    "RSS while streaming, for large corpora.",
)
@click.option(
    "--memory-jobs", type=click.IntRange(min=1), default=1, show_default=True,
    help="--jobs of the --memory-only run.",
)  # fmt: skip
def main(
    mb: float,
    raw: Path,
    work: Path,
    parallel: int,
    formats: str,
    memory_only: bool,
    memory_jobs: int,
) -> None:
    """Run the CLI end to end on an MB-sized corpus and report speed and memory."""
    corpus = work / f"corpus-{mb:g}MB"
    files, size = build_corpus(raw, corpus, mb)
    megabytes = size / 1e6
    click.echo(f"corpus: {files} articles, {megabytes:.1f} MB of text ({corpus})")
    if memory_only:
        label = f"{mb:g}MB-{formats.replace(',', '+')}-jobs{memory_jobs}"
        one = run_cli(
            f"jobs {memory_jobs}",
            ["--raw", str(corpus), "--output", str(work / f"out-{label}"),
             "--jobs", str(memory_jobs), "--no-cache", "--formats", formats],
            work / f"stats-{label}.json",
        )  # fmt: skip
        _echo_memory([one])
        (work / f"memory-{label}.json").write_text(json.dumps(asdict(one), indent=2) + "\n")
        click.echo(f"figures written to {work / f'memory-{label}.json'}")
        return
    floor = regex_floor(corpus)
    runs = []
    for label, extra in (
        ("jobs 1", ["--jobs", "1", "--no-cache"]),
        (f"jobs {parallel}", ["--jobs", str(parallel), "--no-cache"]),
    ):
        out = work / f"out-{label.replace(' ', '')}"
        runs.append(run_cli(label, ["--raw", str(corpus), "--output", str(out), *extra,
                                    "--formats", formats], work / "stats.json"))  # fmt: skip
    cache = work / "cache.sqlite"
    cache.unlink(missing_ok=True)
    cached_out = work / "out-cached"
    args = ["--raw", str(corpus), "--output", str(cached_out), "--cache", str(cache)]
    args += ["--formats", formats]
    run_cli("cache cold", args, work / "stats.json")
    runs.append(run_cli("cache warm", args, work / "stats.json"))
    one = runs[0]
    click.echo(f"number regex alone: {megabytes / floor:.1f} MB/s (one core)")
    click.echo(
        f"{'run':<11} {'wall s':>7} {'MB/s':>6} {'MB/cpu-s':>8} {'docs/s':>7} {'facts/s':>8} "
        f"{'RSS max':>8} {'RSS tree':>8} {'PSS tree':>8}"
    )
    for r in runs:
        click.echo(
            f"{r.label:<11} {r.wall:7.2f} {megabytes / r.wall:6.2f} {megabytes / r.cpu:8.2f} "
            f"{r.documents / r.wall:7.1f} {r.facts / r.wall:8.0f} {r.peak_rss_mb:7.0f}M "
            f"{r.tree_rss_mb:7.0f}M {r.tree_pss_mb:7.0f}M"
        )
    _echo_memory(runs)
    click.echo(f"jobs {parallel} speed-up: {one.wall / runs[1].wall:.2f}x")
    click.echo(f"cache warm: {runs[2].wall / one.wall:.0%} of the jobs-1 run")
    click.echo(
        f"end to end vs the regex floor (one core): {(megabytes / one.cpu) / (megabytes / floor):.3f} "
        f"(1/{floor and one.cpu / floor:.0f})"
    )
    click.echo("seconds per stage (jobs 1, summed):")
    for stage, seconds in sorted(one.seconds.items(), key=lambda kv: -kv[1]):
        click.echo(
            f"  {stage:<11} {seconds:7.2f} s  {megabytes / seconds if seconds else 0:8.2f} MB/s"
        )
    figures = {
        "corpus": {"files": files, "megabytes": megabytes},
        "regex_floor_mb_per_s": megabytes / floor,
        "runs": [asdict(r) for r in runs],
        "speedup_jobs": one.wall / runs[1].wall,
        "cache_warm_share": runs[2].wall / one.wall,
    }
    figures["stress"] = stress()
    (work / "bench.json").write_text(json.dumps(figures, indent=2) + "\n")
    click.echo(f"figures written to {work / 'bench.json'}")


def _echo_memory(runs: list[RunFigures]) -> None:
    """Peak RSS, and RSS at a quarter, half and three quarters of each run (largest process
    / whole tree): flat while streaming when these are close."""
    click.echo(
        "RSS MB (largest / tree) at 25 %, 50 %, 75 % of the wall time, and peak (PSS: shared pages once):"
    )
    for r in runs:
        points = "  ".join(f"{a:.0f}/{b:.0f}" for a, b in (r.rss_at(x) for x in (0.25, 0.5, 0.75)))
        click.echo(
            f"  {r.label:<11} {points}  peak {r.peak_rss_mb:.0f}/{r.tree_rss_mb:.0f}"
            f" (tree PSS {r.tree_pss_mb:.0f})"
        )


# One long sentence or line each, where work quadratic in the length of a sentence would
# show. Their times should grow about linearly with n.
_STRESS = {
    "dates in one sentence": lambda n: "In 2009 it rained and" + " in 2010" * n + ".",
    "values and dates in one clause": lambda n: (
        "In 2009 it rained" + " 5 mm and ¥3 and in 2010" * n
    ),
    "heading with a run of blanks": lambda n: "= a" + " " * (n * 10) + "b\nIn 2009 it rained.\n",
    "many values in one sentence": lambda n: "It has" + " 5 mm," * n + " and more.",
}


def stress() -> dict[str, dict[int, float]]:
    """Seconds of one document through every stage, for inputs that grow in one sentence."""
    from pipeline.batch import process_batch
    from pipeline.ingest import Source

    click.echo("stress (one long sentence or line; seconds for every stage of one document):")
    out: dict[str, dict[int, float]] = {}
    for name, make in _STRESS.items():
        times = {}
        for n in (1_000, 4_000, 16_000):
            data = make(n).encode("utf-8")
            src = Source("stress", "stress.txt", data, None, "Stress", "stress", None)
            start = time.perf_counter()
            process_batch([src])
            times[n] = time.perf_counter() - start
        out[name] = times
        click.echo(f"  {name:<31} " + ", ".join(f"n={n}: {t:.2f} s" for n, t in times.items()))
    return out


if __name__ == "__main__":
    main(sys.argv[1:])
