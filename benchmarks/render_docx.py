"""Benchmark: the official .docx render against a bare python-docx floor and docxtpl, in one run.

Run from the repository: ``python benchmarks/render_docx.py`` (``pip install -e ".[bench]"``
first for docxtpl; without it that column is skipped). It prints milliseconds per document
and the ratios for a typical annual report (about 100 paragraphs) and one 10x longer, so
that the growth with length can be read off.

Peers, rendering the same paragraphs in the same run:
- *bare*: python-docx, one ``add_paragraph`` per text, no styling at all — the floor;
- *naive styled*: python-docx formatting every run (font, size, bold) the way a hand
  written script does;
- *docxtpl*: a Jinja template of the same paragraphs, autoescaped.
"""

from __future__ import annotations

import io
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


def timed(function: Callable[[], object]) -> float:
    """Median milliseconds of REPEAT calls, after one warm-up call."""
    function()
    samples = []
    for _ in range(REPEAT):
        start = time.perf_counter()
        function()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def main() -> int:
    template = docxtpl_renderer()
    sizes = {"1x": 15, "10x": 150}  # about 100 and 1,000 paragraphs
    results: dict[str, dict[str, float]] = {}
    for label, sections in sizes.items():
        report = scaled_report(sections)
        texts = texts_of(report)
        row = {
            "paragraphs": float(len(texts)),
            "danvan": timed(lambda report=report: render(report, "docx")),
            "bare": timed(lambda texts=texts: bare(texts)),
            "naive": timed(lambda texts=texts: naive_styled(texts)),
        }
        if template is not None:
            row["docxtpl"] = timed(lambda texts=texts: template(texts))
        results[label] = row

    print(f"python {sys.version.split()[0]}, median of {REPEAT} runs, ms per document")
    header = f"{'size':>5} {'paras':>6} {'danvan':>8} {'bare':>8} {'naive':>8} {'docxtpl':>8}"
    print(header)
    for label, row in results.items():
        tpl = f"{row['docxtpl']:8.1f}" if "docxtpl" in row else f"{'n/a':>8}"
        print(
            f"{label:>5} {int(row['paragraphs']):6d} {row['danvan']:8.1f} {row['bare']:8.1f} "
            f"{row['naive']:8.1f} {tpl}"
        )
    print()
    for label, row in results.items():
        line = f"{label}: danvan/bare = {row['danvan'] / row['bare']:.2f}"
        line += f", danvan/naive = {row['danvan'] / row['naive']:.2f}"
        if "docxtpl" in row:
            line += f", danvan/docxtpl = {row['danvan'] / row['docxtpl']:.2f}"
        print(line)
    growth = results["10x"]["danvan"] / results["1x"]["danvan"]
    paragraphs = results["10x"]["paragraphs"] / results["1x"]["paragraphs"]
    print(f"growth: {paragraphs:.1f}x the paragraphs cost danvan {growth:.1f}x the time")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
