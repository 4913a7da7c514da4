"""Plan → month's report → next month's draft (kế hoạch → báo cáo → dự thảo kỳ sau)."""

from __future__ import annotations

import datetime as dt

import pytest

import danvan as dv
from danvan.cycle import (
    Recurrence,
    TaskStatus,
    next_draft,
    next_reporting_period,
    report_skeleton,
    tasks_of,
)
from danvan.cycle.drafts import PLACEHOLDER
from danvan.errors import InvalidValueError

OFFICE = dv.Agency(
    name="Sở Dữ liệu số", abbreviation="SDLS", parent="Ủy ban nhân dân tỉnh Lạng Sơn"
)
UNIT = dv.Agency(name="Trung tâm Chuyển đổi số", abbreviation="TTCĐS")


def plan() -> dv.Plan:
    return dv.Plan(
        number=dv.DocumentNumber.parse("05/KH-SDLS"),
        issuer=OFFICE,
        place_date=dv.PlaceDate(place="Lạng Sơn", date=dt.date(2025, 12, 20)),
        subject="Công tác dân vận chính quyền năm 2026",
        recipients=dv.Recipients(
            entries=[dv.Recipient(name="Các phòng, đơn vị")], archive=("VT", "VP")
        ),
        signature=dv.Signature(head_title="Giám đốc", name="Hoàng Minh Tâm"),
        body=[
            dv.Section(
                title="MỤC ĐÍCH, YÊU CẦU",
                blocks=[dv.Paragraph.of("Nâng cao chất lượng công tác dân vận.")],
            ),
            dv.Section(
                title="NHIỆM VỤ VÀ GIẢI PHÁP",
                blocks=[
                    dv.Section(
                        title="Công tác tuyên truyền",
                        blocks=[
                            dv.BulletList.of(
                                "Văn phòng Sở chủ trì, phối hợp với Phòng Tổ chức cán bộ và Trung tâm Chuyển đổi số tổ chức 01-02 hội nghị tuyên truyền; thời gian: Quý I năm 2026.",
                                "Phòng Tổ chức cán bộ chủ trì rà soát quy chế dân chủ, hoàn thành trước ngày 31/01/2026.",
                            )
                        ],
                    ),
                    dv.Section(
                        title="Tiếp công dân",
                        blocks=[
                            dv.Paragraph.of(
                                "Ban Giám đốc và Văn phòng Sở chủ trì tiếp công dân định kỳ hằng tháng."
                            )
                        ],
                    ),
                    dv.Section(
                        title="Mô hình “Dân vận khéo”",
                        blocks=[
                            dv.Paragraph.of(
                                "Trung tâm Chuyển đổi số chủ trì xây dựng 01 mô hình; kinh phí 10.000.000 đồng từ nguồn ngân sách tỉnh; thời gian: 6 tháng đầu năm 2026."
                            )
                        ],
                    ),
                ],
            ),
            dv.Section(
                title="TỔ CHỨC THỰC HIỆN",
                blocks=[
                    dv.Paragraph.of(
                        "Văn phòng Sở chủ trì tổng hợp, báo cáo kết quả định kỳ 6 tháng, một năm."
                    )
                ],
            ),
        ],
    )


def test_tasks_in_prose_are_found_in_order_with_ids_from_their_place() -> None:
    tasks = tasks_of(plan())
    assert [t.id for t in tasks] == ["II.1-1", "II.1-2", "II.2", "II.3", "III-1"]
    first, second, third, fourth, fifth = tasks
    assert first.leads == ("Văn phòng Sở",)
    assert first.partners == ("Phòng Tổ chức cán bộ", "Trung tâm Chuyển đổi số")
    assert str(first.period) == "Quý I năm 2026"
    assert first.target == dv.Count(value=1, up_to=2, digits=2, unit="hội nghị")
    assert str(first.target) == "01-02 hội nghị"
    assert second.deadline == dt.date(2026, 1, 31)
    assert third.leads == ("Ban Giám đốc", "Văn phòng Sở")
    assert third.recurrence == (Recurrence.MONTHLY,)
    assert fourth.budget == dv.Money(amount=10_000_000)
    assert fourth.budget_source == "ngân sách tỉnh"
    assert str(fourth.period) == "6 tháng đầu năm 2026"
    assert fourth.recurrence == ()
    assert set(fifth.recurrence) == {Recurrence.HALF_YEARLY, Recurrence.YEARLY}


def test_task_tables_are_tasks_too() -> None:
    table = dv.TaskTable(
        tasks=[dv.Task(description="Sơ kết mô hình", lead="Văn phòng Sở", timing="Hằng quý")]
    )
    p = dv.Plan(
        issuer=OFFICE,
        place_date=dv.PlaceDate(place="Lạng Sơn", date=dv.PartialDate(year=2026)),
        subject="Kế hoạch thử",
        status=dv.DocumentStatus.DRAFT,
        body=[dv.Section(title="PHÂN CÔNG", blocks=[table])],
    )
    (task,) = tasks_of(p)
    assert task.id == "I.T1.1"
    assert task.leads == ("Văn phòng Sở",)
    # the time column's words stay as written; the recurrence they state counts
    assert task.timing == "Hằng quý"
    assert task.recurrence == ()
    assert task.recurrences == (Recurrence.QUARTERLY,)
    assert task.when == "Hằng quý"


@pytest.mark.parametrize(
    ("period", "following"),
    [
        ("tháng 1 năm 2026", "tháng 2 năm 2026"),
        ("tháng 12 năm 2025", "tháng 1 năm 2026"),
        ("Quý IV năm 2025", "Quý I năm 2026"),
        ("6 tháng đầu năm 2026", "9 tháng đầu năm 2026"),
        ("9 tháng đầu năm 2026", "năm 2026"),
        ("năm 2025", "năm 2026"),
    ],
)
def test_the_reporting_calendar(period: str, following: str) -> None:
    assert str(next_reporting_period(dv.ReportingPeriod.parse(period))) == following


def test_a_months_report_from_the_plan_and_the_next_months_draft() -> None:
    january = dv.ReportingPeriod.parse("tháng 1 năm 2026")
    report = report_skeleton(plan(), january, issuer=UNIT)
    assert report.status is dv.DocumentStatus.DRAFT
    assert report.issuer == UNIT
    assert report.period == january
    assert str(report.number) == "/BC-TTCĐS"
    assert report.place_date.place == "Lạng Sơn"
    assert not report.place_date.is_complete
    assert report.subject == "Kết quả thực hiện công tác dân vận chính quyền tháng 1 năm 2026"
    assert report.addressees == ("Sở Dữ liệu số",)
    assert "Kế hoạch số 05/KH-SDLS ngày 20/12/2025 của Sở Dữ liệu số" in report.bases[0].text
    results, upcoming = report.body
    assert isinstance(results, dv.Section)
    titles = [s.title for s in results.blocks if isinstance(s, dv.Section)]
    # January: the Quý I task, the 31/01 deadline, the monthly one and the first-half one;
    # not the half-yearly report (due in June)
    assert len(titles) == 4
    first = results.blocks[0]
    assert isinstance(first, dv.Section)
    status_line, placeholder = first.blocks
    # the task's id (its place in the plan), lead units, partners, time and target
    assert status_line.text.startswith(  # type: ignore[union-attr]
        "Nhiệm vụ II.1-1; đơn vị chủ trì: Văn phòng Sở; phối hợp: Phòng Tổ chức cán bộ, "
        "Trung tâm Chuyển đổi số; thời gian: Quý I năm 2026; chỉ tiêu: 01-02 hội nghị; "
    )
    assert "tình trạng: đang thực hiện" in status_line.text  # type: ignore[union-attr]
    assert placeholder.text == PLACEHOLDER  # type: ignore[union-attr]
    assert isinstance(upcoming, dv.Section)
    assert upcoming.title == "PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG 2 NĂM 2026"
    # the draft renders in the official layout
    assert "BÁO CÁO" in dv.render_text(report)

    # the unit writes its report; the next month's draft follows from it
    issued = dv.Report(
        number=dv.DocumentNumber.parse("03/BC-TTCĐS"),
        issuer=UNIT,
        place_date=dv.PlaceDate(place="Lạng Sơn", date=dt.date(2026, 1, 30)),
        period=january,
        subject="Kết quả công tác dân vận chính quyền tháng 1 năm 2026",
        addressees=["Sở Dữ liệu số"],
        recipients=dv.Recipients(entries=[], as_above=True, archive=("VT",)),
        signature=dv.Signature(head_title="Giám đốc", name="Lò Thị Hà"),
        body=[
            dv.Section(
                title="KẾT QUẢ THỰC HIỆN", blocks=[dv.Paragraph.of("Đã tổ chức 01 hội nghị.")]
            ),
            dv.Section(
                title="PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG 2 NĂM 2026",
                blocks=[
                    dv.BulletList.of("Hoàn thành mô hình “Dân vận khéo”.", "Tiếp công dân định kỳ.")
                ],
            ),
        ],
    )
    draft = next_draft(issued)
    assert draft.period == dv.ReportingPeriod.parse("tháng 2 năm 2026")
    assert draft.subject == "Kết quả công tác dân vận chính quyền tháng 2 năm 2026"
    assert draft.issuer == issued.issuer
    assert draft.addressees == issued.addressees
    assert draft.recipients == issued.recipients
    assert draft.status is dv.DocumentStatus.DRAFT
    assert draft.number is not None
    assert draft.number.number is None
    assert str(draft.number) == "/BC-TTCĐS"
    assert not draft.place_date.is_complete
    assert draft.signature is not None
    assert draft.signature.name is None
    results, upcoming = draft.body
    assert [s.title for s in results.blocks] == [
        "Hoàn thành mô hình “Dân vận khéo”.",
        "Tiếp công dân định kỳ.",
    ]  # type: ignore[union-attr]
    assert upcoming.title == "PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG 3 NĂM 2026"  # type: ignore[union-attr]
    assert dv.from_json(dv.to_json(draft)) == draft


def test_status_as_of_a_day() -> None:
    tasks = {t.id: t for t in tasks_of(plan())}
    assert tasks["II.1-2"].status_on(dt.date(2026, 2, 1)) is TaskStatus.OVERDUE
    assert tasks["II.1-2"].status_on(dt.date(2026, 1, 31)) is TaskStatus.IN_PROGRESS
    assert tasks["II.1-2"].status_on(dt.date(2026, 2, 1), done=True) is TaskStatus.DONE
    assert tasks["II.3"].status_on(dt.date(2025, 12, 31)) is TaskStatus.NOT_STARTED
    assert tasks["II.2"].status_on(dt.date(2030, 1, 1)) is TaskStatus.IN_PROGRESS  # monthly


def test_bad_arguments() -> None:
    with pytest.raises(InvalidValueError, match="ReportingPeriod"):
        report_skeleton(plan(), "tháng 1 năm 2026", issuer=UNIT)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="Plan"):
        report_skeleton("plan", dv.ReportingPeriod.parse("năm 2026"), issuer=UNIT)  # type: ignore[arg-type]
