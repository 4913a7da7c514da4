"""``danvan check`` on the readers' fixtures (fictional documents written for the tests):
exactly the defects each was written with, nothing on the clean ones."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

from danvan.checking import check
from danvan.model import FindingStatus
from danvan.reading import read

FIXTURES = Path(__file__).resolve().parents[1] / "reading" / "fixtures"
TODAY = dt.date(2026, 11, 28)

EXPECTED: dict[str, list[tuple[str, int]]] = {
    # A plan of a fictional district, written with the defects readers must keep as written:
    "cao-dien-ke-hoach-mau.txt": [
        ("N302", 37),  # "6. Báo cáo …" follows "4. Bảo đảm tiến độ": no 5
        ("N304", 39),  # "II. NHIỆM VỤ CỤ THỂ" among "1." … "6." at one level
        ("A603", 69),  # "PHỤ LỤC I" that the text never mentions
    ],
    "cao-dien-bao-cao-day-du.txt": [],
    "markdown-export.md": [],
    "no-header-copy.txt": [],
    "portal-copy-bao-cao.txt": [],
}


def _found(path_or_bytes: Path | bytes, **kwargs: str) -> list[tuple[str, int]]:
    result = check(read(path_or_bytes, **kwargs), today=TODAY)  # type: ignore[arg-type]
    return sorted(
        (f.code, f.line or 0)
        for f in result
        if not f.code.startswith("R") and f.status is not FindingStatus.NOT_EVALUATED
    )


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_exactly_the_defects_of_each_text_fixture(name: str) -> None:
    assert _found(FIXTURES / name) == sorted(EXPECTED[name])


def test_the_word_fixture() -> None:
    sys.path.insert(0, str(FIXTURES.parent))
    try:
        from test_reading_docx_roundtrip import word_report
    finally:
        sys.path.remove(str(FIXTURES.parent))
    # Word's automatic numbering shows "1. Chương trình" (a new list) after "1. Công tác
    # lãnh đạo, chỉ đạo" at the same level: the label repeats. The part map of a .docx
    # holds the first "1." only (paragraph 12, where this was wrongly reported) and a .docx
    # has no lines to find the second in: the finding stands at the enclosing "II."
    # (paragraph 11), its part "II.1#2" naming the second "1.".
    assert _found(word_report(), format="docx") == [("N302", 11)]
