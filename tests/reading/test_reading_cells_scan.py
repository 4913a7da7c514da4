"""The one-cell-a-line table finder answers as before with its cheaper scans (issue 9 §7, speed)."""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from danvan.reading import cells
from danvan.reading._context import Line
from danvan.reading.source import SourceLine, SourceLocation
from hypothesis_profiles import scaled

_WORDS = [*cells._COLUMN_WORDS, "Nội", "DUNG", "xước", "tênx", "năm2020", "Số TT", "x", "*"]
_CELLS = ["STT", "Nội dung", "Kết quả", "Số lượng", "Ghi chú", "04", "100%", "4/4", "1", "2",
          "10.424.000 đồng", "Hội nghị", "Không có", "I", "a) Điểm", "- Ý", "Nơi nhận:",
          "Sở đã tổ chức hội nghị đối thoại với nhân dân trong năm.", ""]  # fmt: skip


def _known_column_as_written(text: str) -> bool:
    folded = cells._fold(text)
    return any(
        folded == word or folded.startswith(word + " ") or f" {word}" in f" {folded} "
        for word in cells._COLUMN_WORDS
    )


def _unnumbered_scanning_to_the_end(lines: Sequence[Line], start: int) -> tuple[int, int] | None:
    """``cells._unnumbered`` as first written: the first figure looked for to the end."""
    width = 0
    while (
        start + width < len(lines)
        and width < cells.MAX_COLUMNS
        and len(lines[start + width].text) <= cells.MAX_HEADER_CELL
        and _known_column_as_written(lines[start + width].text)
        and not cells._figure(lines[start + width].text)
    ):
        width += 1
    if width < 2:
        return None
    first_figure = start + width
    while first_figure < len(lines) and not cells._figure(lines[first_figure].text):
        first_figure += 1
    if first_figure == start + width:
        width -= 1
    elif first_figure != start + width + 1:
        return None
    if width < 2:
        return None
    index, rows = start + width, 0
    while index + width <= len(lines):
        row = lines[index : index + width]
        if cells._figure(row[0].text) or not all(cells._figure(cell.text) for cell in row[1:]):
            break
        rows += 1
        index += width
    if rows < 2 or not cells._ends_table(lines[index] if index < len(lines) else None):
        return None
    return width, index


@given(st.lists(st.sampled_from(_WORDS) | st.text(max_size=8), max_size=5).map(" ".join))
@settings(max_examples=scaled(5))
def test_column_words_are_found_as_before(text: str) -> None:
    assert cells._known_column(text) == _known_column_as_written(text)


@given(st.lists(st.sampled_from(_CELLS), max_size=24))
@settings(max_examples=scaled(5))
def test_tables_without_serial_numbers_are_found_as_before(texts: list[str]) -> None:
    where = SourceLocation(source="bang.txt", line=1)
    lines = [
        Line(text=t, source=SourceLine(text=t, location=where), blank_before=False) for t in texts
    ]
    for start in range(len(lines)):
        assert cells._unnumbered(lines, start) == _unnumbered_scanning_to_the_end(lines, start)


def test_a_table_without_serial_numbers_is_still_found() -> None:
    texts = ["Nội dung", "Kết quả", "Hội nghị", "04", "Tọa đàm", "02", "Nơi nhận:"]
    where = SourceLocation(source="bang.txt", line=1)
    lines = [
        Line(text=t, source=SourceLine(text=t, location=where), blank_before=False) for t in texts
    ]
    assert cells._unnumbered(lines, 0) == (2, 6) == _unnumbered_scanning_to_the_end(lines, 0)
