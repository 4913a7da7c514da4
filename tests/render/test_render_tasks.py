"""A task table in every renderer: several leads, the time combined, and the "Chỉ tiêu" and
"Kinh phí" columns when a task has a target or a budget."""

from __future__ import annotations

import datetime as dt
import io

import docx
import pytest

import danvan as dv
from danvan.model import Recurrence
from danvan.rendering.wording import TASK_HEADER, task_header

TASKS = [
    dv.Task(
        description="Tổ chức hội nghị tuyên truyền",
        leads=["Sở Văn hóa", "Sở Y tế"],
        partners=["Phòng Tổ chức cán bộ"],
        deadline=dt.date(2026, 12, 15),
        recurrence=[Recurrence.HALF_YEARLY, Recurrence.YEARLY],
        target=dv.Count(value=1, up_to=2, digits=2, unit="hội nghị"),
        output="Báo cáo kết quả",
        budget=dv.Money(amount=25_000_000),
        budget_source="ngân sách tỉnh",
    ),
    dv.Task(description="Tiếp công dân", timing="Thường xuyên"),
    dv.Task(description="Khảo sát", lead="Văn phòng Sở", budget_source="xã hội hóa"),
]
ROW = (
    "1",
    "Tổ chức hội nghị tuyên truyền",
    "Sở Văn hóa, Sở Y tế",
    "Phòng Tổ chức cán bộ",
    "Trước ngày 15/12/2026; định kỳ 6 tháng; hằng năm",
    "01-02 hội nghị",
    "Báo cáo kết quả",
    "25.000.000 đồng (nguồn: ngân sách tỉnh)",
)
HEADER = (
    "STT",
    "Nội dung nhiệm vụ",
    "Đơn vị chủ trì",
    "Đơn vị phối hợp",
    "Thời gian",
    "Chỉ tiêu",
    "Sản phẩm",
    "Kinh phí",
)


def plan(tasks: list[dv.Task]) -> dv.Plan:
    return dv.Plan(
        issuer=dv.Agency(name="Sở Dữ liệu số tỉnh Cao Điền", abbreviation="SDLS"),
        place_date=dv.PlaceDate(place="Cao Điền", date=dv.PartialDate(year=2026)),
        subject="Công tác dân vận năm 2026",
        status=dv.DocumentStatus.DRAFT,
        body=[dv.Section(title="PHÂN CÔNG", blocks=[dv.TaskTable(tasks=tasks)])],
    )


def test_the_header_grows_only_for_what_the_tasks_use() -> None:
    assert task_header(TASKS) == HEADER
    assert task_header(TASKS[1:2]) == TASK_HEADER
    assert task_header(TASKS[2:]) == (*TASK_HEADER, "Kinh phí")


def test_text() -> None:
    text = dv.render_text(plan(TASKS))
    assert (
        "1. Tổ chức hội nghị tuyên truyền\n"
        "   Chủ trì: Sở Văn hóa, Sở Y tế; phối hợp: Phòng Tổ chức cán bộ; thời gian: Trước "
        "ngày 15/12/2026; định kỳ 6 tháng; hằng năm; chỉ tiêu: 01-02 hội nghị; sản phẩm: Báo "
        "cáo kết quả; kinh phí: 25.000.000 đồng (nguồn: ngân sách tỉnh).\n"
    ) in text
    assert "2. Tiếp công dân\n   Thời gian: Thường xuyên.\n" in text  # no lead: none printed
    assert "3. Khảo sát\n   Chủ trì: Văn phòng Sở; kinh phí: Nguồn: xã hội hóa.\n" in text


def test_markdown() -> None:
    markdown = dv.render_markdown(plan(TASKS))
    assert "| " + " | ".join(HEADER) + " |" in markdown
    assert "| " + " | ".join(ROW) + " |" in markdown


def test_html() -> None:
    html = dv.render_html(plan(TASKS))
    for cell in (*HEADER, *ROW[2:]):
        assert f">{cell}</t" in html


@pytest.mark.parametrize(("tasks", "columns"), [(TASKS, 8), (TASKS[1:2], 6)])
def test_docx(tasks: list[dv.Task], columns: int) -> None:
    document = docx.Document(io.BytesIO(dv.get_renderer("docx").render(plan(tasks))))
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "STT")
    grid = [tuple(cell.text for cell in row.cells) for row in table.rows]
    assert len(grid[0]) == columns
    if columns == 8:
        assert grid[0] == HEADER
        assert grid[1] == ROW


def test_a_task_table_written_to_markdown_reads_back_as_tasks(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Markdown keeps a task table as a plain table; Plan.tasks reads its rows by column."""
    original = plan(TASKS)
    path = tmp_path / "ke-hoach.md"
    dv.render(original, "markdown", path)
    again = dv.read(path)
    assert isinstance(again, dv.Plan)
    first, second, third = again.tasks
    expected = original.tasks[0]
    assert first.description == expected.description
    assert first.leads == expected.leads
    assert first.partners == expected.partners
    assert first.deadline == expected.deadline
    assert first.recurrence == expected.recurrence
    assert first.target == expected.target
    assert first.output == expected.output
    assert (first.budget, first.budget_source) == (expected.budget, expected.budget_source)
    assert second.leads == ()
    assert second.recurrence == (Recurrence.CONTINUOUS,)
    assert (third.budget, third.budget_source) == (None, "xã hội hóa")
