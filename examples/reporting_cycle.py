"""The reporting cycle: a plan, a unit's monthly report drafted from it, the next month's draft,
three units' appendices summed province-wide, and a score sheet with a ranking.

A fictional province office and its units: every name and figure is invented.
Run: ``python reporting_cycle.py`` (writes .docx and .csv files into the current folder).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import danvan as dv
from danvan.cycle import Adjustment, CriterionScore, example_scale

office = dv.Agency(
    name="Sở Dữ liệu số", abbreviation="SDLS", parent="Ủy ban nhân dân tỉnh Lạng Sơn"
)

# 1. The plan states its tasks in prose, as real plans do.
plan = dv.Plan(
    number=dv.DocumentNumber.parse("05/KH-SDLS"),
    issuer=office,
    place_date=dv.PlaceDate(place="Lạng Sơn", date=dt.date(2025, 12, 20)),
    subject="Công tác dân vận chính quyền năm 2026",
    recipients=dv.Recipients(
        entries=[dv.Recipient(name="Các phòng, đơn vị thuộc Sở")], archive=("VT", "VP")
    ),
    signature=dv.Signature(head_title="Giám đốc", name="Hoàng Minh Tâm"),
    body=[
        dv.Section(
            title="NHIỆM VỤ VÀ GIẢI PHÁP",
            blocks=[
                dv.Section(
                    title="Công tác tuyên truyền",
                    blocks=[
                        dv.BulletList.of(
                            "Văn phòng Sở chủ trì, phối hợp với các phòng tổ chức 01-02 hội nghị tuyên truyền; thời gian: Quý I năm 2026.",
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
            ],
        ),
    ],
)
for task in plan.tasks:  # table rows and prose, in order, each with the id of its place
    target = f"chỉ tiêu {task.target}" if task.target is not None else ""
    budget = f"kinh phí {task.budget}" if task.budget is not None else ""
    print(f"{task.id:8} {', '.join(task.leads):30} {task.when:30} {target} {budget}")

# 2. A unit drafts its January report from the plan, and later the February draft from it.
unit = dv.Agency(name="Trung tâm Chuyển đổi số", abbreviation="TTCĐS")
january = dv.report_skeleton(plan, dv.ReportingPeriod.parse("tháng 1 năm 2026"), issuer=unit)
dv.render(january, "docx", Path("bao-cao-thang-01-du-thao.docx"))
february = dv.next_draft(january)
print(february.subject)


# 3. The province sums three units' appendices.
def unit_report(name: str, code: str, meetings: int, public: tuple[int, int]) -> dv.Report:
    table = dv.IndicatorTable(
        indicators=[
            dv.Indicator(name="Số hội nghị tuyên truyền", value=dv.Count(value=meetings)),
            dv.Indicator(
                name="Thủ tục được công khai",
                value=dv.Ratio(numerator=public[0], denominator=public[1], unit="thủ tục"),
            ),
        ]
    )
    return dv.Report(
        issuer=dv.Agency(name=name, abbreviation=code),
        place_date=dv.PlaceDate(place="Lạng Sơn", date=dv.PartialDate(year=2026)),
        period=dv.ReportingPeriod.parse("tháng 1 năm 2026"),
        subject="Kết quả công tác dân vận chính quyền tháng 1 năm 2026",
        status=dv.DocumentStatus.DRAFT,
        appendices=[dv.Appendix(title="SỐ LIỆU", blocks=[table])],
    )


summary = dv.aggregate(
    [
        unit_report("Sở Dữ liệu số", "SDLS", 4, (12, 12)),
        unit_report("Sở Văn hóa", "SVH", 6, (9, 10)),
        unit_report("Sở Y tế", "SYT", 2, (3, 6)),
    ]
)
Path("tong-hop.csv").write_text(summary.to_csv(), encoding="utf-8")
print(summary.row("Thủ tục được công khai").total)  # 24/28 (85,71%): recomputed, not averaged

# 4. Score sheets on a points scale (a fictional one; load yours with ScoreScale.load).
scale = example_scale()
full = {code: leaf.max_points for code, leaf in scale.leaves().items()}
sheets = [
    dv.ScoreSheet(
        unit=name,
        scale=scale,
        scores=[
            CriterionScore(code=c, self_score=m, assessor_score=m - minus.get(c, 0))
            for c, m in full.items()
        ],
        bonuses=[Adjustment(reason="Mô hình được nhân rộng", points=bonus)] if bonus else [],
    )
    for name, minus, bonus in (
        ("Sở Dữ liệu số", {"2.2": 3}, 1),
        ("Sở Văn hóa", {"3.1": 5}, 0),
        ("Sở Y tế", {"2.2": 3}, 1),
    )
]
for place in dv.rank(sheets):
    print(place.rank, place.unit, place.total, place.grade, place.tie or "")
