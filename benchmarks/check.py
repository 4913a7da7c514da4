"""Speed of ``danvan check``: read + check over many documents, check alone, and a year of one
province's reports read, checked and rendered to .docx.

    python benchmarks/check.py                 # corpus from ../shared/corpus
    DANVAN_CORPUS=/path python benchmarks/check.py
    python benchmarks/check.py --quick         # 100 documents instead of 1,000

The corpus's text files (and their .docx renderings, made once here) are repeated to the
number of documents asked for. In the same run it times, best of three with the garbage
collector paused, on one core:

- **read + check** per document (text, and .docx);
- **check alone** per document (the document already read);
- **the floor**: reading alone, which any checker has to do first; the ratio says what
  checking adds;
- **a year of one province** (about 250 documents): read + check + render .docx, against the
  target of 10 s on one core.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import danvan as dv
from danvan.reading import read

ROOT = Path(__file__).resolve().parents[1]


def corpus() -> list[Path]:
    folder = Path(os.environ.get("DANVAN_CORPUS", ROOT.parent / "shared" / "corpus"))
    files = sorted(folder.glob("*.txt"))
    if not files:
        sys.exit(f"no corpus at {folder}: set DANVAN_CORPUS")
    return files


def best(func: Callable[[], Any], runs: int = 3) -> float:
    gc.collect()
    gc.disable()
    try:
        return min(_timed(func) for _ in range(runs))
    finally:
        gc.enable()


def _timed(func: Callable[[], Any]) -> float:
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    count = 100 if args.quick else 1000
    texts = corpus()
    workdir = Path(tempfile.mkdtemp(prefix="danvan-check-bench-"))
    docx_files = []
    for path in texts:
        target = workdir / (path.stem + ".docx")
        dv.render(read(path), "docx", target)
        docx_files.append(target)
    sources = {
        "text": [p.read_bytes() for p in texts],
        "docx": [p.read_bytes() for p in docx_files],
    }
    names = {"text": [p.name for p in texts], "docx": [p.name for p in docx_files]}

    print(f"{count} documents, one core")
    print(f"{'input':6} {'step':16} {'seconds':>8} {'docs/s':>9} {'ms/doc':>8} {'vs read':>8}")
    for kind, blobs in sources.items():
        batch = [(blobs[i % len(blobs)], names[kind][i % len(blobs)]) for i in range(count)]
        documents = [read(blob, format=kind) for blob, _ in batch[: len(blobs)]]

        def read_all(batch: list[tuple[bytes, str]] = batch, kind: str = kind) -> None:
            for blob, _ in batch:
                read(blob, format=kind)

        def read_and_check(batch: list[tuple[bytes, str]] = batch, kind: str = kind) -> None:
            for blob, _ in batch:
                dv.check(read(blob, format=kind))

        def check_only(documents: list[dv.BaseDocument] = documents) -> None:
            for i in range(count):
                dv.check(documents[i % len(documents)])

        floor = best(read_all)
        for step, seconds in (
            ("read (floor)", floor),
            ("read + check", best(read_and_check)),
            ("check alone", best(check_only)),
        ):
            print(
                f"{kind:6} {step:16} {seconds:8.2f} {count / seconds:9.0f} "
                f"{1000 * seconds / count:8.2f} {seconds / floor:8.2f}"
            )

    year = 250
    out = workdir / "out.docx"

    def province_year() -> None:
        for i in range(year):
            document = read(sources["text"][i % len(texts)], format="text")
            dv.check(document)
            dv.render(document, "docx", out)

    seconds = best(province_year, runs=1)
    print(
        f"\na year of one province ({year} documents) read + check + render .docx: {seconds:.1f} s (target 10 s)"
    )


if __name__ == "__main__":
    main()
