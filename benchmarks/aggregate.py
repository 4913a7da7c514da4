"""Speed and memory of summing appendices across units, and of scoring units.

    python benchmarks/aggregate.py            # 100, 300 and 1,000 reports of 30 indicators
    python benchmarks/aggregate.py --quick    # smaller, for a smoke run

For each size it times, in the same run (best of three, garbage collector paused):

- **danvan**: ``danvan.aggregate(reports)``: matching by normalised label, provenance per
  value, unit checks, ratios recomputed, breakdowns checked;
- **floor**: a plain Python loop that adds the numbers of every row into a dict keyed by
  the raw label, with none of those checks: what anyone would write first.

It prints seconds, reports per second, the ratio to the floor, the cost per report
relative to the smallest size (near 1.00 means linear), and peak memory (tracemalloc).
Then it fans the per-report work (building each report, standing in for reading its
file, and summing) out to a process pool, each worker returning one pickled summary that
are combined, against the same work in one process; and it scores 500 units on the example
scale and ranks them.
"""

from __future__ import annotations

import argparse
import gc
import os
import time
import tracemalloc
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from functools import reduce
from typing import Any

import danvan as dv
from danvan.cycle import CriterionScore, Summary, example_scale

INDICATORS = 30


def make_report(unit: int) -> dv.Report:
    """A unit's report with 30 indicators: counts with breakdowns, money, ratios."""
    indicators = []
    for i in range(INDICATORS // 3):
        a, b = unit % 7 + i, unit % 5 + 1
        indicators.append(
            dv.Indicator(
                name=f"Số hội nghị loại {i + 1}",
                value=dv.Count(value=a + b),
                breakdown=[
                    dv.Indicator(name="cấp tỉnh", value=dv.Count(value=a)),
                    dv.Indicator(name="cấp xã", value=dv.Count(value=b)),
                ],
            )
        )
        indicators.append(
            dv.Indicator(name=f"Kinh phí mục {i + 1}", value=dv.Money(amount=1_000 * (unit + i)))
        )
        indicators.append(
            dv.Indicator(
                name=f"Tỷ lệ thủ tục nhóm {i + 1}",
                value=dv.Ratio(numerator=unit % 10, denominator=10, unit="thủ tục"),
            )
        )
    return dv.Report(
        issuer=dv.Agency(name=f"Đơn vị {unit:04d}", abbreviation=f"DV{unit}"),
        place_date=dv.PlaceDate(place="Lạng Sơn", date=dv.PartialDate(year=2026)),
        subject="Kết quả công tác dân vận năm 2026",
        status=dv.DocumentStatus.DRAFT,
        appendices=[
            dv.Appendix(title="SỐ LIỆU", blocks=[dv.IndicatorTable(indicators=indicators)])
        ],
    )


def floor(reports: Sequence[dv.Report]) -> dict[str, int]:
    """The naive sum: every Count/Money/Ratio numerator into a dict by raw label."""
    totals: dict[str, int] = {}
    for report in reports:
        for appendix in report.appendices:
            for block in appendix.blocks:
                if not isinstance(block, dv.IndicatorTable):
                    continue
                stack = list(block.indicators)
                while stack:
                    indicator = stack.pop()
                    value = indicator.value
                    amount = getattr(value, "value", None) or getattr(value, "amount", None)
                    if isinstance(value, dv.Ratio):
                        amount = value.numerator
                    if isinstance(amount, int):
                        totals[indicator.name] = totals.get(indicator.name, 0) + amount
                    stack.extend(indicator.breakdown)
    return totals


def best(func: Callable[[], Any], runs: int = 3) -> float:
    gc.collect()
    gc.disable()
    try:
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            func()
            times.append(time.perf_counter() - start)
        return min(times)
    finally:
        gc.enable()


def peak_memory(func: Callable[[], Any]) -> int:
    tracemalloc.start()
    try:
        func()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _chunk(units: range) -> Summary:
    """A worker's share: build (in real use: read) its reports and sum them."""
    return dv.aggregate([make_report(u) for u in units])


def pooled(count: int, workers: int) -> Summary:
    """Fan the per-report work out to a process pool; only summaries come back (pickled)."""
    size = -(-count // workers)
    chunks = [range(i, min(i + size, count)) for i in range(0, count, size)]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        summaries = list(pool.map(_chunk, chunks))
    return reduce(Summary.combine, summaries)


def scores(units: int) -> None:
    scale = example_scale()
    leaves = list(scale.leaves().items())
    sheets = [
        dv.ScoreSheet(
            unit=f"Đơn vị {u:04d}",
            scale=scale,
            scores=[
                CriterionScore(
                    code=code,
                    self_score=leaf.max_points,
                    assessor_score=leaf.max_points - (u + i) % 3,
                )
                for i, (code, leaf) in enumerate(leaves)
            ],
        )
        for u in range(units)
    ]
    dv.rank(sheets)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")
    args = parser.parse_args()
    sizes = (20, 60, 200) if args.quick else (100, 300, 1000)
    reports = [make_report(u) for u in range(max(sizes))]
    print(
        f"{'reports':>8} {'engine':8} {'seconds':>8} {'reports/s':>10} {'vs floor':>9} {'cost/report vs first':>21} {'peak MB':>8}"
    )
    first: dict[str, float] = {}
    for size in sizes:
        subset = reports[:size]
        timings = {
            "danvan": best(lambda subset=subset: dv.aggregate(subset)),
            "floor": best(lambda subset=subset: floor(subset)),
        }
        memory = {
            "danvan": peak_memory(lambda subset=subset: dv.aggregate(subset)),
            "floor": peak_memory(lambda subset=subset: floor(subset)),
        }
        for engine, seconds in timings.items():
            per = seconds / size
            first.setdefault(engine, per)
            print(
                f"{size:>8} {engine:8} {seconds:8.3f} {size / seconds:10,.0f} "
                f"{seconds / timings['floor']:9.2f} {per / first[engine]:21.2f} {memory[engine] / 1e6:8.1f}"
            )
    workers = max(2, os.cpu_count() or 2)
    count = max(sizes)
    one = best(lambda: _chunk(range(count)), runs=1)
    many = best(lambda: pooled(count, workers), runs=1)
    same = pooled(count, workers) == _chunk(range(count))
    print(
        f"\nbuild and sum {count} reports: process pool of {workers} {many:.3f} s, one process "
        f"{one:.3f} s (ratio {many / one:.2f}); same summary: {same}"
    )
    units = 100 if args.quick else 500
    print(f"scoring and ranking {units} units: {best(lambda: scores(units), runs=1):.3f} s")


if __name__ == "__main__":
    main()
