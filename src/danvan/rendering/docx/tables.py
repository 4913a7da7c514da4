"""Tables (bảng): indicators of an appendix, the tasks of a plan, and generic tables.

Real Word tables with single borders, a header row repeated on every page (w:tblHeader),
rows that do not split, and numbers as the model prints them ("25.350.000 đồng", "87,5%").
Rows are built directly as XML, never through ``table.cell()`` (quadratic in python-docx).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from lxml import etree

from danvan.model import Indicator, IndicatorTable, Table, TaskTable
from danvan.rendering.docx import _styles as s
from danvan.rendering.docx._oxml import PPR, add_cell, add_paragraph, add_row, add_table, qn, sub

if TYPE_CHECKING:
    from danvan.rendering.docx.body import DocxWriter

__all__ = ["generic_table", "indicator_table", "task_table"]

INDICATOR_COLUMNS = ("STT", "Chỉ tiêu", "Số liệu", "Ghi chú")
INDICATOR_SHARES = (0.08, 0.50, 0.24, 0.18)
TASK_COLUMNS = (
    "STT",
    "Nội dung nhiệm vụ",
    "Đơn vị chủ trì",
    "Đơn vị phối hợp",
    "Thời gian",
    "Sản phẩm",
)
TASK_SHARES = (0.08, 0.30, 0.16, 0.18, 0.14, 0.14)
BREAKDOWN_INDENT = 170
"""Each level of "trong đó" indents its row's name by 0,3 cm."""


def _widths(total: int, shares: Sequence[float]) -> list[int]:
    widths = [int(total * share) for share in shares]
    widths[-1] += total - sum(widths)
    return widths


def _start(
    writer: DocxWriter, title: str | None, header: Sequence[str], widths: Sequence[int]
) -> etree._Element:
    if title:
        writer.paragraph(s.TABLE_TITLE, title)
    table = add_table(writer.body, widths, borders=True, cell_margin=85)
    row = add_row(table, header=True)
    for text, width in zip(header, widths, strict=True):
        add_paragraph(add_cell(row, width, center=True), s.TABLE_HEADER, text)
    return table


def _row(
    table: etree._Element, widths: Sequence[int], cells: Sequence[tuple[str, str]]
) -> list[etree._Element]:
    row = add_row(table)
    return [
        add_paragraph(add_cell(row, width, center=True), style_id, text)
        for (style_id, text), width in zip(cells, widths, strict=True)
    ]


def indicator_table(writer: DocxWriter, block: IndicatorTable) -> None:
    """ "STT | Chỉ tiêu | Số liệu | Ghi chú"; a breakdown (trong đó) indented under its total."""
    widths = _widths(writer.text_width, INDICATOR_SHARES)
    table = _start(writer, block.title, INDICATOR_COLUMNS, widths)
    for index, indicator in enumerate(block.indicators, start=1):
        _indicator(table, widths, indicator, str(index), 0)
    writer.table_written()


def _indicator(
    table: etree._Element, widths: Sequence[int], indicator: Indicator, number: str, level: int
) -> None:
    marker = "" if level == 0 else ("- " if level == 1 else "+ ")
    value = "" if indicator.value is None else str(indicator.value)
    cells = _row(
        table,
        widths,
        (
            (s.TABLE_CENTER, number),
            (s.TABLE_TEXT, marker + indicator.name),
            (s.TABLE_CENTER, value),
            (s.TABLE_TEXT, indicator.note or ""),
        ),
    )
    if level:
        ppr = cells[1].find(PPR)
        assert ppr is not None
        sub(ppr, qn("w:ind"), {qn("w:left"): str(BREAKDOWN_INDENT * level)})
    for part in indicator.breakdown:
        _indicator(table, widths, part, "", level + 1)


def task_table(writer: DocxWriter, block: TaskTable) -> None:
    """Bảng phân công: STT, task, lead unit, partners, time (Task.when), output."""
    widths = _widths(writer.text_width, TASK_SHARES)
    table = _start(writer, block.title, TASK_COLUMNS, widths)
    for index, task in enumerate(block.tasks, start=1):
        _row(
            table,
            widths,
            (
                (s.TABLE_CENTER, str(index)),
                (s.TABLE_TEXT, task.description),
                (s.TABLE_TEXT, task.lead),
                (s.TABLE_TEXT, ", ".join(task.partners)),
                (s.TABLE_CENTER, task.when),
                (s.TABLE_TEXT, task.output or ""),
            ),
        )
    writer.table_written()


def generic_table(writer: DocxWriter, block: Table) -> None:
    """A table of text cells: the header row in bold, columns of equal width."""
    columns = len(block.header)
    widths = _widths(writer.text_width, [1 / columns] * columns)
    table = _start(writer, block.caption, block.header, widths)
    for cells in block.rows:
        _row(table, widths, [(s.TABLE_TEXT, cell) for cell in cells])
    writer.table_written()
