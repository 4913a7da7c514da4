"""Speed of the reference extractor (danvan.refs.extract_references) on the real corpus.

Run from the repository root::

    python benchmarks/extract_refs.py            # corpus from ../shared/corpus
    DANVAN_CORPUS=/path/to/corpus python benchmarks/extract_refs.py

The three corpus documents are joined and repeated 1, 10 and 100 times. For each size the
script times, on one core (the process is pinned to one CPU where the OS allows it), in
rounds that take the engines in turn, the best of the rounds (each of 100/size runs, so
every timing reads the same amount of text; the process's CPU time, so the time spent
waiting for a core on a shared machine is not counted; the garbage collector paused, as
``timeit`` does) of

- ``danvan``: ``extract_references(text, registry=None)``, the full extractor (spans,
  symbols repaired, dates, issuers, terms, titles, lists), its caches warm, as in a
  process that reads one report after another;
- ``cold``: the same with its caches emptied before each run (the tolerant symbol parses
  and the references already built), as for the first report a process reads;
- ``full-scan``: the same with the rule's head pattern run over the whole text instead of
  the keyword prefilter: the slow, obviously complete way, against which the prefilter is
  checked;
- ``baseline``: one plain regular expression that finds symbols only ("114-KL/TW",
  "04/2015/NĐ-CP", "87/KH-SKHCN"), with ``finditer``, nothing else;

and prints MB/s (UTF-8 megabytes: 10**6 bytes), references/s, the cost per MB at each size
relative to 1x (a ratio near 1.0 at 100x means the cost grows linearly), and danvan's speed
as a fraction of the baseline's in the same run. It exits with an error unless the
prefilter's references are exactly the full scan's (every field, span and repair).
"""

from __future__ import annotations

import gc
import os
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

from danvan.refs import ReferenceMatch, extract_references
from danvan.refs import find as find_module

ROOT = Path(__file__).resolve().parents[1]
SIZES = (1, 10, 100)
ROUNDS = 5

BASELINE = re.compile(r"\d{1,5}(?:/\d{4})?[/-][^\W\d_][\w&]*(?:[/-][\w&]+)*")
"""The single-regex baseline: a number, "/" or "-", then code groups. Symbols only."""


def corpus_text() -> str:
    override = os.environ.get("DANVAN_CORPUS")
    folder = Path(override) if override else ROOT.parent / "shared" / "corpus"
    files = sorted(folder.glob("*.txt"))
    if not files:
        sys.exit(f"no corpus documents (*.txt) in {folder}; set DANVAN_CORPUS")
    return "\n\n".join(file.read_text(encoding="utf-8") for file in files)


def pin_to_one_core() -> str:
    if hasattr(os, "sched_setaffinity") and hasattr(os, "sched_getaffinity"):
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    return "not pinned (no sched_setaffinity on this OS)"


def clear_caches() -> None:
    find_module._parse_symbol.cache_clear()
    find_module._build_reference.cache_clear()


def run_danvan(text: str) -> int:
    return len(extract_references(text, registry=None))


def run_cold(text: str) -> int:
    clear_caches()
    return len(extract_references(text, registry=None))


def extract_by_full_scan(text: str, registry: object = None) -> list[ReferenceMatch]:
    """The extraction with the rule's head run over the whole text instead of the prefilter."""
    return find_module._extract(text, registry, find_module._heads_of_full_scan)  # type: ignore[arg-type]


def run_full_scan(text: str) -> int:
    return len(extract_by_full_scan(text))


def run_baseline(text: str) -> int:
    return sum(1 for _ in BASELINE.finditer(text))


ENGINES: dict[str, Callable[[str], int]] = {
    "danvan": run_danvan,
    "cold": run_cold,
    "full-scan": run_full_scan,
    "baseline": run_baseline,
}


def best_times(text: str, loops: int) -> dict[str, tuple[float, int]]:
    """CPU seconds per run for each engine, best of ROUNDS rounds that take the engines in turn.

    The process's CPU time, not the wall clock, which on a shared machine also counts the
    time spent waiting for a core (it made the same engine's MB/s swing by half).
    """
    best = dict.fromkeys(ENGINES, float("inf"))
    found = dict.fromkeys(ENGINES, 0)
    gc.collect()
    gc.disable()  # as timeit does: the collector's pauses are not the extractor's cost
    try:
        for _ in range(ROUNDS):
            for name, run in ENGINES.items():
                start = time.process_time()
                for _ in range(loops):
                    found[name] = run(text)
                best[name] = min(best[name], (time.process_time() - start) / loops)
    finally:
        gc.enable()
    return {name: (best[name], found[name]) for name in ENGINES}


def check_same_references(text: str) -> None:
    """Exit unless the prefilter's references equal the full scan's, field by field."""
    clear_caches()
    fast = extract_references(text, registry=None)
    clear_caches()
    full = extract_by_full_scan(text)
    if fast != full:
        sys.exit(
            f"the prefilter's references differ from the full scan's ({len(fast)} vs {len(full)})"
        )
    default = find_module.DEFAULT_REGISTRY
    if extract_references(text) != extract_by_full_scan(text, default):
        sys.exit("with the registry, the prefilter's references differ from the full scan's")


def main() -> None:
    where = pin_to_one_core()
    base = corpus_text()
    extract_references(base, registry=None)  # compile the patterns outside the timing
    print(f"corpus: {len(base):,} characters, {len(base.encode()):,} bytes; {where}")
    print(f"{'size':>5} {'engine':<10} {'MB':>7} {'seconds':>8} {'MB/s':>7} {'refs':>7} "
          f"{'refs/s':>9} {'cost/MB vs 1x':>13}")  # fmt: skip
    per_mb: dict[str, float] = {}
    ratios: list[str] = []
    for size in SIZES:
        text = base * size
        check_same_references(text)
        megabytes = len(text.encode("utf-8")) / 1e6
        timings = best_times(text, loops=max(1, max(SIZES) // size))
        for name, (seconds, found) in timings.items():
            cost = seconds / megabytes
            per_mb.setdefault(name, cost)
            print(
                f"{size:>4}x {name:<10} {megabytes:>7.2f} {seconds:>8.3f} "
                f"{megabytes / seconds:>7.1f} {found:>7,} {found / seconds:>9,.0f} "
                f"{cost / per_mb[name]:>13.2f}"
            )
        baseline = timings["baseline"][0]
        ratios.append(
            f"{size:>4}x: danvan {baseline / timings['danvan'][0]:.2f}, "
            f"cold {baseline / timings['cold'][0]:.2f}, "
            f"full-scan {baseline / timings['full-scan'][0]:.2f} of the baseline's MB/s"
        )
    print("speed as a fraction of the baseline's, same run:")
    print("\n".join(ratios))
    print("the prefilter found exactly the full scan's references at every size")


if __name__ == "__main__":
    main()
