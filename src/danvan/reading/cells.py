"""Tables copied one cell per line (bảng bị tách mỗi ô một dòng), as PDFs and web portals give them.

A table copied out of a PDF or a portal page arrives as one line per cell: "STT", "Nội dung",
"Kết quả", then "1", "Hội nghị đối thoại", "04", then "2", … . :func:`regroup_cells` finds
such runs by their form and turns them back into a :class:`~danvan.reading.source.SourceTable`:

- the header row starts with a serial-number column ("STT", "TT", "Số TT") and its other
  cells are short names, most of them known column words ("Nội dung", "Kết quả", "Số
  lượng", "Ghi chú", "Đơn vị" …);
- every row starts with its serial number, in sequence (1, 2, 3 …; or Roman group rows I,
  II … with the Arabic count restarting under each) and has as many cells as the header;
  a total row may close them ("Tổng cộng" and a figure for each column after the name), read
  with an empty serial cell;
- the line after the last row starts something else (a label, a bullet, "Nơi nhận", a
  sentence, the end).

A table with no serial-number column is read only on stronger evidence: a header of two or
more known column names ("Nội dung", "Kế hoạch", "Kết quả"), then two rows or more whose
first cell is a name and every other cell a figure ("04", "100%", "10.424.000 đồng"). When
that does not hold, its lines stay paragraphs as written.

When a run starts like such a table but a row does not fit (an empty cell the copy left out,
a cell wrapped over two lines), nobody can tell which line belongs to which cell: the run is
an :class:`UncertainCells` table, which the recognizer keeps as unplaced text (finding
R219), never guessed into wrong cells.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from typing import overload

import attrs

from danvan.model import TextValue
from danvan.reading._context import Line
from danvan.reading.labels import split_bullet, split_label
from danvan.reading.source import SourceTable
from danvan.reading.values import parse_quantity

__all__ = ["UncertainCells", "regroup_cells"]

MAX_COLUMNS = 10
MAX_CELL = 200
"""A cell printed on a line of its own is short; longer lines are text."""
MAX_HEADER_CELL = 60
MAX_UNCERTAIN = 200
"""At most this many lines are kept together as one uncertain table."""

_SERIAL = frozenset({"stt", "tt", "số tt", "số thứ tự", "s tt"})
_COLUMN_WORDS = (
    "nội dung", "chỉ tiêu", "kết quả", "số lượng", "số liệu", "ghi chú", "đơn vị", "tên",
    "tỷ lệ", "tỉ lệ", "thời gian", "chủ trì", "phối hợp", "năm", "kế hoạch", "thực hiện",
    "so sánh", "số", "tổng", "địa bàn", "sản phẩm", "nhiệm vụ", "giải pháp", "hình thức",
    "lĩnh vực", "đối tượng", "kinh phí", "mục tiêu", "ước", "lũy kế", "cùng kỳ", "quý",
    "tháng", "hoạt động", "mô hình", "cơ quan", "họ và tên", "chức vụ", "điểm", "xếp loại",
    "đánh giá", "tiến độ", "giá trị", "dự kiến", "chỉ số",
)  # fmt: skip
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_TERMINAL_RE = re.compile(r"[.;:!?]$")
_DIGIT_RE = re.compile(r"[0-9]")


class UncertainCells(SourceTable):
    """A run of lines that starts like a table copied one cell per line but whose rows do not
    fit its header: the recognizer keeps its lines, in order, as unplaced text (R219).
    Each row holds one cell of one line."""

    __slots__ = ()


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().strip(" *_").split())


def _is_serial_header(text: str) -> bool:
    return len(text) <= 16 and _fold(text).rstrip(".") in _SERIAL


_COLUMN_RE = re.compile(
    r"(?:^|\s)(?:" + "|".join(re.escape(word) for word in _COLUMN_WORDS) + r")(?=\s|$)"
)


def _known_column(text: str) -> bool:
    """A short line holding a column word ("Nội dung", "Kết quả thực hiện", "Năm 2024")."""
    return len(text) <= MAX_HEADER_CELL and bool(_COLUMN_RE.search(_fold(text)))


def _header(lines: Sequence[Line], start: int) -> int | None:
    """The number of header cells (the serial column included) of a header at ``start``."""
    stop = start + 1
    while stop < len(lines) and stop - start <= MAX_COLUMNS:
        text = lines[stop].text
        if _row_number(text) in ("1", "I"):
            break
        if len(text) > MAX_HEADER_CELL or _TERMINAL_RE.search(text) or split_bullet(text):
            return None
        stop += 1
    else:
        return None
    names = [line.text for line in lines[start + 1 : stop]]
    if not names:
        return None
    known = sum(1 for name in names if _known_column(name))
    if known * 2 < len(names):
        return None
    return stop - start


def _row_number(text: str) -> str | None:
    """ "1", "01", "1." → "1"; "II", "II." → "II"; else ``None``."""
    stripped = text.strip().strip("*_ ").rstrip(".")
    if stripped.isascii() and stripped.isdigit() and len(stripped) <= 3:
        return str(int(stripped))
    if stripped in _ROMAN:
        return stripped
    return None


def _expected(arabic: int, roman: int) -> tuple[str, ...]:
    """The serial numbers the next row may start with: the next in the Arabic count, and
    once the rows are grouped (or before the first row), the next Roman group number."""
    if (roman > 0 or arabic == 0) and roman < len(_ROMAN):
        return (str(arabic + 1), _ROMAN[roman])
    return (str(arabic + 1),)


def _ends_table(line: Line | None) -> bool:
    """The line after a table's last row starts something else."""
    if line is None:
        return True
    text = line.text
    return bool(
        split_label(text)
        or split_bullet(text)
        or len(text) > MAX_CELL
        or (len(text) >= 60 and _TERMINAL_RE.search(text))
        or (text.isupper() and len(text) > 3)
        or _fold(text).startswith(("nơi nhận", "trên đây", "phụ lục"))
    )


def _rows(lines: Sequence[Line], start: int, width: int) -> tuple[list[list[Line]], int] | None:
    """The rows from ``start`` (the first serial number) and the index after the last one;
    ``None`` when a row does not fit."""
    rows: list[list[Line]] = []
    arabic, roman = 0, 0
    index = start
    while index < len(lines):
        number = _row_number(lines[index].text)
        if number is None or number not in _expected(arabic, roman):
            return None
        if number.isdigit():
            arabic += 1
        else:
            roman, arabic = roman + 1, 0
        row = list(lines[index : index + width])
        if len(row) < width or any(len(cell.text) > MAX_CELL for cell in row):
            return None
        rows.append(row)
        index += width
        following = lines[index] if index < len(lines) else None
        if following is not None and _row_number(following.text) in _expected(arabic, roman):
            continue
        total = _total_row(lines, index, width)
        if total is not None:
            rows.append(total)
            index += width - 1
            following = lines[index] if index < len(lines) else None
        if not _ends_table(following):
            return None  # the row runs on: a cell left out or wrapped
        return rows, index
    return None


_TOTALS = frozenset({"tổng cộng", "tổng số", "tổng", "cộng"})


def _total_row(lines: Sequence[Line], index: int, width: int) -> list[Line] | None:
    """The total under the numbered rows: "Tổng cộng" and a figure for every column after the
    name ("Tổng cộng", "35"); its serial cell is empty (the copy gives it no line), so the row
    is read with an empty first cell. ``None`` when the lines are not exactly that."""
    if width < 3 or index + width - 1 > len(lines):
        return None
    head = lines[index]
    if _fold(head.text).rstrip(" :") not in _TOTALS:
        return None
    figures = list(lines[index + 1 : index + width - 1])
    if not all(_figure(line.text) for line in figures):
        return None
    empty = Line(text="", source=attrs.evolve(head.source, text=""), blank_before=False)
    return [empty, head, *figures]


def _uncertain_end(lines: Sequence[Line], start: int) -> int:
    stop = start + 1
    while stop < len(lines) and stop - start < MAX_UNCERTAIN and not _ends_table(lines[stop]):
        stop += 1
    return stop


def _figure(text: str) -> bool:
    """A cell that states a figure: "04", "100%", "10.424.000 đồng", "4/4"."""
    return (
        len(text) <= 40
        and _DIGIT_RE.search(text) is not None  # every figure has a digit: skip the parser
        and not isinstance(parse_quantity(text), TextValue | None)
    )


def _unnumbered(
    lines: Sequence[Line], start: int, known: Sequence[bool], figure: Sequence[bool]
) -> tuple[int, int] | None:
    """A table without a serial-number column at ``start``: a header of two or more known
    column names ("Nội dung", "Kế hoạch", "Kết quả"), then rows whose first cell is a name
    and every other cell a figure, two rows or more. Its width and the index after it."""
    width = 0
    while (
        start + width < len(lines)
        and width < MAX_COLUMNS
        and known[start + width]
        and not figure[start + width]
    ):
        width += 1
    if width < 2:
        return None
    # the header may have swallowed the first row's name ("Số hội nghị"): the row starts
    # at the last line before the first figure
    after = start + width
    if after < len(lines) and figure[after]:
        width -= 1  # the row's name was a column word: it is no header cell
    elif not (after + 1 < len(lines) and figure[after + 1]):
        return None  # the first row is a name then a figure
    if width < 2:
        return None
    index, rows = start + width, 0
    while index + width <= len(lines):
        if figure[index] or not all(figure[index + 1 : index + width]):
            break
        rows += 1
        index += width
    if rows < 2 or not _ends_table(lines[index] if index < len(lines) else None):
        return None
    return width, index


class _PerLine(Sequence[bool]):
    """``test(line.text)`` for each of ``lines``, computed the first time it is asked: most
    lines of a document are never looked at as a table cell."""

    __slots__ = ("_lines", "_test", "_values")

    def __init__(self, lines: Sequence[Line], test: Callable[[str], bool]) -> None:
        self._lines = lines
        self._test = test
        self._values: list[bool | None] = [None] * len(lines)

    def __len__(self) -> int:
        return len(self._lines)

    @overload
    def __getitem__(self, index: int) -> bool: ...

    @overload
    def __getitem__(self, index: slice) -> list[bool]: ...

    def __getitem__(self, index: int | slice) -> bool | list[bool]:
        if isinstance(index, slice):
            return [self[at] for at in range(*index.indices(len(self._lines)))]
        value = self._values[index]
        if value is None:
            value = self._values[index] = self._test(self._lines[index].text)
        return value


def regroup_cells(lines: Sequence[Line]) -> list[Line | SourceTable]:
    """``lines`` with each run of one-cell-a-line table cells replaced by a table: a
    :class:`SourceTable` when every row fits the header, an :class:`UncertainCells` when not."""
    out: list[Line | SourceTable] = []
    # once a line, not once a look-ahead, and only for the lines a look-ahead reaches
    known = _PerLine(lines, _known_column)
    figure = _PerLine(lines, _figure)
    index = 0
    while index < len(lines):
        line = lines[index]
        if len(line.text) > MAX_HEADER_CELL:  # the common case: text, no header cell
            out.append(line)
            index += 1
            continue
        width = _header(lines, index) if _is_serial_header(line.text) else None
        if width is None or width < 2:
            # a header without a serial column is two short known column names or more
            plain = (
                _unnumbered(lines, index, known, figure)
                if index + 1 < len(lines)
                and len(lines[index + 1].text) <= MAX_HEADER_CELL
                and known[index]
                and known[index + 1]
                else None
            )
            if plain is None:
                out.append(line)
                index += 1
                continue
            width, stop = plain
            cells = list(lines[index:stop])
            out.append(
                SourceTable(
                    rows=[
                        [(cell.source,) for cell in cells[at : at + width]]
                        for at in range(0, len(cells), width)
                    ],
                    location=line.location,
                )
            )
            index = stop
            continue
        found = _rows(lines, index + width, width)
        if found is not None:
            rows, stop = found
            header = list(lines[index : index + width])
            out.append(
                SourceTable(
                    rows=[[(cell.source,) for cell in row] for row in [header, *rows]],
                    location=line.location,
                )
            )
        else:
            stop = _uncertain_end(lines, index)
            out.append(
                UncertainCells(
                    rows=[[(cell.source,)] for cell in lines[index:stop]], location=line.location
                )
            )
        index = stop
    return out
