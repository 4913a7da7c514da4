"""Time a parser on adversarial text against normal text of the same size (issue 8, §3).

A parser that backtracks on ambiguous patterns takes quadratic (or worse) time on runs
of spaces, digits or separators next to optional parts: a denial of service for any
server that parses uploaded text. :func:`assert_linear` runs ``func`` on an adversarial
input and on ordinary text of the same length, at 10 KB and then 1 MB, in the same
process and the same run, and fails when the adversarial input is more than
:data:`MAX_RATIO` times slower. Ratios, not seconds, so a loaded machine does not fail
the test; the best of several rounds, so one hiccup does not either.

This is the one timed unit test the project allows (issue 8 asks for it explicitly);
speed in general is measured in ``benchmarks/``.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable

from danvan.errors import DanvanError

__all__ = ["MAX_RATIO", "SIZES", "assert_linear", "measure", "normal_text"]

MAX_RATIO = 3.0
SIZES = (10_000, 1_000_000)
_ROUNDS = 3
_MIN_ROUND_SECONDS = 0.002

# Ordinary fictional report text: words, digits, separators and line breaks in the
# proportions a real document has, so the "normal" timing exercises the same code.
_PROSE = (
    "Sở Dữ liệu số tỉnh Cao Điền báo cáo kết quả công tác dân vận chính quyền "
    "năm 2023, thực hiện Kế hoạch số 12/KH-SDLS ngày 14 tháng 11 năm 2022; "
    "tỷ lệ hồ sơ đúng hạn đạt 98,5%, (để báo cáo).\n"
)


def normal_text(size: int) -> str:
    """``size`` characters of ordinary report text (văn bản thường)."""
    repeats = size // len(_PROSE) + 1
    return (_PROSE * repeats)[:size]


def _call(func: Callable[[str], object], text: str) -> None:
    with contextlib.suppress(DanvanError):  # refusing the text is a fine answer
        func(text)


def measure(func: Callable[[str], object], text: str) -> float:
    """Seconds per call of ``func(text)``: the best of a few rounds, each long enough to time."""
    start = time.perf_counter()
    _call(func, text)
    first = time.perf_counter() - start
    loops = max(1, int(_MIN_ROUND_SECONDS / first) if first > 0 else 1000)
    best = first
    for _ in range(_ROUNDS):
        start = time.perf_counter()
        for _ in range(loops):
            _call(func, text)
        best = min(best, (time.perf_counter() - start) / loops)
    return best


def assert_linear(
    func: Callable[[str], object],
    make_input: Callable[[int], str],
    make_normal: Callable[[int], str] = normal_text,
) -> dict[int, float]:
    """Fail unless ``func`` on ``make_input(size)`` is at most :data:`MAX_RATIO` times slower
    than on ``make_normal(size)``, for every size of :data:`SIZES` (10 KB first, so a
    quadratic parser fails in seconds instead of running for hours on 1 MB).

    Returns the ratio measured at each size, for reports.
    """
    ratios: dict[int, float] = {}
    for size in SIZES:
        hostile = make_input(size)
        ordinary = make_normal(size)
        assert len(hostile) >= size // 2, "the adversarial input must have about the given size"
        slow = measure(func, hostile)
        base = measure(func, ordinary)
        ratio = slow / base if base > 0 else float("inf")
        ratios[size] = ratio
        assert ratio <= MAX_RATIO, (
            f"{getattr(func, '__qualname__', func)!s} took {slow:.6f} s on {len(hostile):,} "
            f"adversarial characters, {ratio:.1f} times its {base:.6f} s on normal text of "
            f"the same size (at most {MAX_RATIO} allowed): input starts {hostile[:60]!r}"
        )
    return ratios
