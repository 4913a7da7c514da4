"""Speed of the reference extractor (danvan.refs.extract_references) on the real corpus.

Run from the repository root::

    python benchmarks/extract_refs.py            # corpus from ../shared/corpus
    DANVAN_CORPUS=/path/to/corpus python benchmarks/extract_refs.py

The three corpus documents are joined and repeated 1, 10 and 100 times. For each size the
script times, on one core (the process is pinned to one CPU where the OS allows it), the
best of three timings (each of 100/size runs, so every timing reads the same
amount of text) of

- ``extract_references(text, registry=None)``: the full extractor (spans, symbols repaired,
  dates, issuers, terms, titles, lists);
- the same without the keyword prefilter (the head pattern scans the whole text), to show
  what the prefilter saves and that it loses no reference (the counts must agree);
- a baseline: one plain regular expression that finds symbols only ("114-KL/TW",
  "04/2015/NĐ-CP", "87/KH-SKHCN"), with ``finditer``, nothing else;

and prints MB/s (UTF-8 megabytes: 10**6 bytes), references/s, and the cost per MB at each
size relative to 1x: a ratio near 1.0 at 100x means the cost grows linearly with the input.
The garbage collector is paused while timing, as ``timeit`` does.
"""

from __future__ import annotations

import gc
import os
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

from danvan.refs import extract_references
from danvan.refs import find as find_module

ROOT = Path(__file__).resolve().parents[1]
SIZES = (1, 10, 100)
REPEATS = 3

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


def run_danvan(text: str) -> int:
    return len(extract_references(text, registry=None))


def run_danvan_without_prefilter(text: str) -> int:
    """The same extraction with the head pattern scanning the whole text (no keyword prefilter)."""
    fast = find_module._heads
    find_module._heads = lambda text, p: p.head.finditer(text)  # type: ignore[assignment]
    try:
        return len(extract_references(text, registry=None))
    finally:
        find_module._heads = fast  # type: ignore[assignment]


def run_baseline(text: str) -> int:
    return sum(1 for _ in BASELINE.finditer(text))


ENGINES: dict[str, Callable[[str], int]] = {
    "danvan": run_danvan,
    "no-prefilt": run_danvan_without_prefilter,
    "baseline": run_baseline,
}


def best_time(run: Callable[[str], int], text: str, loops: int) -> tuple[float, int]:
    """Seconds per run, best of REPEATS timings of ``loops`` runs each (small inputs loop more)."""
    best = float("inf")
    found = 0
    gc.collect()
    gc.disable()  # as timeit does: the collector's pauses are not the extractor's cost
    try:
        for _ in range(REPEATS):
            start = time.perf_counter()
            for _ in range(loops):
                found = run(text)
            best = min(best, (time.perf_counter() - start) / loops)
    finally:
        gc.enable()
    return best, found


def main() -> None:
    where = pin_to_one_core()
    base = corpus_text()
    extract_references(base, registry=None)  # compile the patterns outside the timing
    print(f"corpus: {len(base):,} characters, {len(base.encode()):,} bytes; {where}")
    print(f"{'size':>5} {'engine':<10} {'MB':>7} {'seconds':>8} {'MB/s':>7} {'refs':>7} "
          f"{'refs/s':>9} {'cost/MB vs 1x':>13}")  # fmt: skip
    per_mb: dict[str, float] = {}
    for size in SIZES:
        text = base * size
        megabytes = len(text.encode("utf-8")) / 1e6
        counts: dict[str, int] = {}
        for name, run in ENGINES.items():
            seconds, found = best_time(run, text, loops=max(1, max(SIZES) // size))
            counts[name] = found
            cost = seconds / megabytes
            per_mb.setdefault(name, cost)
            print(
                f"{size:>4}x {name:<10} {megabytes:>7.2f} {seconds:>8.3f} "
                f"{megabytes / seconds:>7.1f} {found:>7,} {found / seconds:>9,.0f} "
                f"{cost / per_mb[name]:>13.2f}"
            )
        if counts["danvan"] != counts["no-prefilt"]:
            sys.exit(f"the prefilter lost references: {counts}")
    print("the keyword prefilter finds the same references as the full scan at every size")


if __name__ == "__main__":
    main()
