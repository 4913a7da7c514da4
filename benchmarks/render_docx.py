"""Benchmark: the official .docx render against a bare python-docx floor and docxtpl, in one run.

Run from the repository: ``python benchmarks/render_docx.py`` (``pip install -e ".[bench]"``
first for docxtpl; without it that column is skipped). It prints milliseconds per document
and the ratios for a typical annual report (about 100 paragraphs) and ones 10x and 100x
longer, so that the growth with length can be read off. The engines are timed in turn,
round after round, on one core; each ratio is the median over the rounds of the two times
taken in the same round, which a noisy shared machine disturbs far less than separate runs.

Peers, rendering the same paragraphs in the same run:
- *bare*: python-docx, one ``add_paragraph`` per text, no styling at all — the floor;
- *naive styled*: python-docx formatting every run (font, size, bold) the way a hand
  written script does;
- *docxtpl*: a Jinja template of the same paragraphs, autoescaped.
"""

from __future__ import annotations

import gc
import io
import os
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

import attrs
from docx import Document
from docx.shared import Pt

from danvan import BulletList, IndicatorTable, Paragraph, Report, Section, render
from danvan.demo import demo_report

REPEAT = 15
"""Rounds at 1x and 10x; 100x takes a third of them (at least 5)."""


def scaled_report(sections: int) -> Report:
    """The demo report with its body sections repeated until it has ``sections`` top-level parts."""
    base = demo_report()
    body = tuple(base.body[i % len(base.body)] for i in range(sections))
    return attrs.evolve(base, body=body)


def texts_of(report: Report) -> list[str]:
    """Every line of text the official render prints, in order (for the peers)."""
    texts: list[str] = [report.subject]
    texts.extend(p.text for p in report.bases)

    def walk(blocks: tuple[Any, ...]) -> None:
        for block in blocks:
            if isinstance(block, Section):
                if block.title:
                    texts.append(block.title)
                walk(block.blocks)
            elif isinstance(block, Paragraph):
                texts.append(block.text)
            elif isinstance(block, BulletList):
                for item in block.items:
                    texts.append("- " + item.content.text)
                    if item.children is not None:
                        walk((item.children,))
            elif isinstance(block, IndicatorTable):
                texts.extend(f"{i.name}: {i.value}" for i in block.indicators)

    walk(report.body)
    texts.extend(p.text for p in report.closing)
    for appendix in report.appendices:
        texts.append(appendix.title)
        walk(appendix.blocks)
    return texts


def bare(texts: list[str]) -> bytes:
    document = Document()
    for text in texts:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def naive_styled(texts: list[str]) -> bytes:
    document = Document()
    for index, text in enumerate(texts):
        paragraph = document.add_paragraph()
        run = paragraph.add_run(text)
        run.font.name = "Times New Roman"
        run.font.size = Pt(14)
        run.bold = index % 7 == 0
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def docxtpl_renderer() -> Callable[[list[str]], bytes] | None:
    try:
        from docxtpl import DocxTemplate
    except ImportError:
        return None
    template = Document()
    template.add_paragraph("{%p for text in texts %}")
    template.add_paragraph("{{ text }}")
    template.add_paragraph("{%p endfor %}")
    buffer = io.BytesIO()
    template.save(buffer)
    source = buffer.getvalue()

    def run(texts: list[str]) -> bytes:
        document = DocxTemplate(io.BytesIO(source))
        document.render({"texts": texts}, autoescape=True)
        out = io.BytesIO()
        document.save(out)
        return out.getvalue()

    return run


def pin_to_one_core() -> None:
    """Run on one core where the OS allows it, so the engines compete for the same one."""
    if hasattr(os, "sched_setaffinity"):
        cores = sorted(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cores[-1]})


def timed_together(engines: dict[str, Callable[[], object]], repeat: int) -> dict[str, list[float]]:
    """Milliseconds of ``repeat`` calls of each engine, taken in turn (engine A, B, C, A, B,
    C, ...) after one warm-up call each, so a burst of load on a shared machine hits every
    engine alike; the garbage collector is paused during each call, as ``timeit`` does."""
    for function in engines.values():
        function()
    samples: dict[str, list[float]] = {name: [] for name in engines}
    for _ in range(repeat):
        for name, function in engines.items():
            gc.collect()
            gc.disable()
            try:
                start = time.perf_counter()
                function()
                samples[name].append((time.perf_counter() - start) * 1000)
            finally:
                gc.enable()
    return samples


def paired_ratio(samples: dict[str, list[float]], name: str, peer: str) -> float:
    """Median over the rounds of ``name``'s time over ``peer``'s taken in the same round."""
    return statistics.median(a / b for a, b in zip(samples[name], samples[peer], strict=True))


def main() -> int:
    pin_to_one_core()
    template = docxtpl_renderer()
    sizes = {"1x": 15, "10x": 150, "100x": 1500}  # about 100, 1,000 and 10,000 paragraphs
    repeats = {"1x": REPEAT, "10x": REPEAT, "100x": max(5, REPEAT // 3)}
    results: dict[str, dict[str, list[float]]] = {}
    paragraphs: dict[str, int] = {}
    for label, sections in sizes.items():
        report = scaled_report(sections)
        texts = texts_of(report)
        paragraphs[label] = len(texts)
        engines: dict[str, Callable[[], object]] = {
            "danvan": lambda report=report: render(report, "docx"),
            "bare": lambda texts=texts: bare(texts),
        }
        if label != "100x":  # 10,000 hand-formatted paragraphs take seconds a call
            engines["naive"] = lambda texts=texts: naive_styled(texts)
        if template is not None:
            engines["docxtpl"] = lambda texts=texts: template(texts)
        results[label] = timed_together(engines, repeats[label])

    print(
        f"python {sys.version.split()[0]}, ms per document, median of "
        f"{REPEAT} rounds ({repeats['100x']} at 100x), engines timed in turn"
    )
    print(f"{'size':>5} {'paras':>6} {'danvan':>8} {'bare':>8} {'naive':>8} {'docxtpl':>8}")
    for label, samples in results.items():
        med = {name: statistics.median(values) for name, values in samples.items()}
        naive, tpl = (f"{med[k]:8.1f}" if k in med else f"{'n/a':>8}" for k in ("naive", "docxtpl"))
        print(
            f"{label:>5} {paragraphs[label]:6d} {med['danvan']:8.1f} {med['bare']:8.1f} {naive} {tpl}"
        )
    print()
    print("ratios: median over rounds of danvan's time / the peer's time in the same round")
    for label, samples in results.items():
        line = f"{label:>5}: danvan/bare = {paired_ratio(samples, 'danvan', 'bare'):.2f}"
        if "naive" in samples:
            line += f", danvan/naive = {paired_ratio(samples, 'danvan', 'naive'):.2f}"
        if "docxtpl" in samples:
            line += f", danvan/docxtpl = {paired_ratio(samples, 'danvan', 'docxtpl'):.2f}"
        print(line)
    first = statistics.median(results["1x"]["danvan"])
    last = statistics.median(results["100x"]["danvan"])
    growth = paragraphs["100x"] / paragraphs["1x"]
    print(f"growth: {growth:.0f}x the paragraphs cost danvan {last / first:.1f}x the time")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
