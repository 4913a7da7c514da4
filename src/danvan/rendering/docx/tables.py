"""Tables (bảng): indicators of an appendix, the tasks of a plan, and generic tables.

Real Word tables with single borders, a header row repeated on every page (w:tblHeader),
rows that do not split, and numbers as the model prints them ("25.350.000 đồng", "87,5%").
Rows are built directly as XML, never through ``table.cell()`` (quadratic in python-docx).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from lxml import etree

from danvan.model import Indicator, Table
from danvan.rendering import wording
from danvan.rendering.docx import _styles as s
from danvan.rendering.docx._oxml import (
    PPR,
    add_cell,
    add_paragraph,
    add_row,
    add_table,
    keep_with_next,
    qn,
    sub,
)
from danvan.rendering.walker import IndicatorRow, TaskRow

if TYPE_CHECKING:
    from danvan.rendering.docx.body import DocxWriter

__all__ = ["TableBuilder", "generic_table", "indicator_row", "task_row", "task_shares"]

INDICATOR_SHARES = (0.08, 0.50, 0.24, 0.18)
"""Column widths of STT | Chỉ tiêu | Số liệu | Ghi chú, as shares of the text width."""
TASK_SHARES = (0.08, 0.30, 0.16, 0.18, 0.14, 0.14)
"""Column widths of the six columns of a task table."""
_TASK_COLUMN_SHARES = {
    "STT": 0.06,
    "Nội dung nhiệm vụ": 0.28,
    "Đơn vị chủ trì": 0.14,
    "Đơn vị phối hợp": 0.14,
    "Thời gian": 0.12,
    "Chỉ tiêu": 0.09,
    "Sản phẩm": 0.09,
    "Kinh phí": 0.12,
}


def task_shares(header: Sequence[str]) -> tuple[float, ...]:
    """Column widths of a task table with ``header``: :data:`TASK_SHARES` for the six
    columns, else each column's share, scaled to the text width."""
    if tuple(header) == wording.TASK_HEADER:
        return TASK_SHARES
    shares = [_TASK_COLUMN_SHARES.get(column, 0.1) for column in header]
    total = sum(shares)
    return tuple(share / total for share in shares)


BREAKDOWN_INDENT = 170
"""Each level of "trong đó" indents its row's name by 0,3 cm."""


def _widths(total: int, shares: Sequence[float]) -> list[int]:
    widths = [int(total * share) for share in shares]
    widths[-1] += total - sum(widths)
    return widths


class TableBuilder:
    """A bordered table with its title above and its header row (repeated on every page)."""

    def __init__(
        self,
        writer: DocxWriter,
        title: str | None,
        header: Sequence[str],
        shares: Sequence[float],
    ) -> None:
        self.widths = _widths(writer.text_width, shares)
        if title:
            writer.paragraph(s.TABLE_TITLE, title)
        self.table = add_table(writer.body, self.widths, borders=True, cell_margin=85)
        self.group_left = 0
        """Rows still to come in the current indicator's group (its breakdown, all levels)."""
        row = add_row(self.table, header=True)
        for text, width in zip(header, self.widths, strict=True):
            add_paragraph(add_cell(row, width, center=True), s.TABLE_HEADER, text)

    def row(self, cells: Sequence[tuple[str, str]]) -> list[etree._Element]:
        """One row of (style id, text) cells; returns the cells' paragraphs."""
        row = add_row(self.table)
        return [
            add_paragraph(add_cell(row, width, center=True), style_id, text)
            for (style_id, text), width in zip(cells, self.widths, strict=True)
        ]


def indicator_row(table: TableBuilder, row: IndicatorRow) -> None:
    """STT | Chỉ tiêu | Số liệu | Ghi chú; a breakdown (trong đó) indented under its total."""
    cells = table.row(
        (
            (s.TABLE_CENTER, row.number),
            (s.TABLE_TEXT, row.label),
            (s.TABLE_CENTER, row.value),
            (s.TABLE_TEXT, row.note),
        )
    )
    if row.level:
        ppr = cells[1].find(PPR)
        assert ppr is not None
        sub(ppr, qn("w:ind"), {qn("w:left"): str(BREAKDOWN_INDENT * row.level)})
    # An indicator stays on one page with its breakdown (trong đó): every row of the group
    # but the last keeps with the next (rows already cannot split, add_row).
    table.group_left = _parts(row.indicator) if row.level == 0 else table.group_left - 1
    if table.group_left > 0:
        for paragraph in cells:
            keep_with_next(paragraph)


def _parts(indicator: Indicator) -> int:
    """How many rows the breakdown of ``indicator`` adds, at every level."""
    return sum(1 + _parts(part) for part in indicator.breakdown)


_CENTERED = frozenset({"STT", "Thời gian", wording.TASK_TARGET_COLUMN})


def task_row(table: TableBuilder, row: TaskRow) -> None:
    """Bảng phân công: STT, task, lead units, partners, time (Task.when), [target], output,
    [budget]; STT, time and target centred."""
    styles = [s.TABLE_CENTER if column in _CENTERED else s.TABLE_TEXT for column in row.header]
    table.row(tuple(zip(styles, row.cells, strict=True)))


def generic_table(writer: DocxWriter, block: Table) -> None:
    """A table of text cells: the header row in bold, columns of equal width."""
    columns = len(block.header)
    table = TableBuilder(writer, block.caption, block.header, [1 / columns] * columns)
    for cells in block.rows:
        table.row([(s.TABLE_TEXT, cell) for cell in cells])
