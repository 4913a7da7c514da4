"""The bundled example (ví dụ mẫu): an annual report of a fictional department on grassroots democracy.

"Sở Dân sinh và Cộng đồng" and every person, number and figure in it are invented for
illustration; only the cited national documents (Luật số 10/2022/QH15, Kết luận số
114-KL/TW) are real. The report is data, ``danvan/data/demo-report.json`` (the JSON of
``danvan.to_json``), read through ``danvan.io``: edit the example there, not here.
"""

from __future__ import annotations

import functools
from importlib import resources
from typing import Any

from danvan.model import Report

__all__ = ["DEMO_AGENCY", "demo_report"]  # noqa: F822 - DEMO_AGENCY is read from the data on first use

DEMO_FILE = "demo-report.json"
"""The example's file, in the package's ``data`` folder."""


@functools.cache
def demo_report() -> Report:
    """The bundled example: Báo cáo số 05/BC-SDSCĐ, kết quả thực hiện dân chủ ở cơ sở năm 2025."""
    from danvan.io import from_json

    text = resources.files("danvan").joinpath("data").joinpath(DEMO_FILE).read_text("utf-8")
    report = from_json(text)
    if not isinstance(report, Report):  # pragma: no cover - the file is ours
        raise TypeError(f"{DEMO_FILE} holds a {type(report).__name__}, not a Report")
    return report


def __getattr__(name: str) -> Any:
    if name == "DEMO_AGENCY":
        agency = demo_report().issuer
        if agency is None:  # pragma: no cover - the file is ours and has its issuer
            raise TypeError(f"{DEMO_FILE} has no issuing agency")
        return agency
    raise AttributeError(f"module 'danvan.demo' has no attribute {name!r}")
