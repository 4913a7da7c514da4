"""P404: a plan's tasks (Plan.tasks) due before the plan's own date."""

from __future__ import annotations

import datetime as dt

import danvan as dv

TODAY = dt.date(2026, 6, 1)


def _plan(*tasks: str, table: dv.TaskTable | None = None) -> dv.Plan:
    return dv.Plan(
        issuer=dv.Agency(name="Sở Dữ liệu số tỉnh Cao Điền", abbreviation="SDLS"),
        number=dv.DocumentNumber.parse("05/KH-SDLS"),
        place_date=dv.PlaceDate(place="Cao Điền", date=dt.date(2026, 1, 20)),
        subject="Công tác dân vận chính quyền năm 2026",
        signature=dv.Signature(head_title="Giám đốc", name="Hoàng Minh Tâm"),
        body=[
            dv.Section(title="MỤC ĐÍCH", blocks=[dv.Paragraph.of("Nâng cao chất lượng.")]),
            dv.Section(
                title="NHIỆM VỤ",
                blocks=[dv.BulletList.of(*tasks), *([table] if table is not None else [])],
            ),
        ],
    )


def test_a_task_due_before_the_plan_is_reported_at_its_section() -> None:
    plan = _plan(
        "Văn phòng Sở chủ trì, hoàn thành trước ngày 31/12/2025.",
        "Phòng A chủ trì, thời gian: Quý IV năm 2025.",
        "Phòng B chủ trì báo cáo trước ngày 15/01 hằng năm.",  # no year: the one to come
        "Phòng C chủ trì, hoàn thành trước ngày 30/6/2026.",
        table=dv.TaskTable(
            tasks=[dv.Task(id="NV-01", description="Rà soát", deadline=dt.date(2026, 1, 1))]
        ),
    )
    found = list(dv.check(plan, select=["P404"], today=TODAY))
    assert [f.location for f in found] == ["II", "II", None]
    assert "task II-1" in found[0].message
    assert "2025-12-31" in found[0].message
    assert "period 'Quý IV năm 2025' ending 2025-12-31" in found[1].message
    assert "task NV-01 (Rà soát)" in found[2].message


def test_silent_on_a_plan_whose_tasks_come_after_it() -> None:
    plan = _plan("Văn phòng Sở chủ trì, hoàn thành trước ngày 31/12/2026.")
    assert dv.check(plan, select=["P404"], today=TODAY).codes() == ()
