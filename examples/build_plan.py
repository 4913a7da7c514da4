"""Build a dân vận plan (Kế hoạch công tác dân vận chính quyền) with legal bases, objectives and tasks.

A fictional department: every name, number and date of the local documents is invented;
the cited national documents are real. Run: ``python build_plan.py``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import danvan as dv

agency = dv.Agency(
    name="Sở Dân sinh và Cộng đồng",
    abbreviation="SDSCĐ",
    parent="UBND tỉnh Nghệ An",
    province="Nghệ An",
)

conclusion_114 = dv.LegalReference(
    document_type=dv.DocumentType.KET_LUAN,
    symbol=dv.DocumentNumber.parse("114-KL/TW"),
    date=dt.date(2015, 7, 14),
    issuer="Ban Bí thư Trung ương Đảng",
    term="khóa XI",
)
provincial_plan = dv.LegalReference(
    document_type=dv.DocumentType.KE_HOACH,
    symbol=dv.DocumentNumber.parse("40-KH/BDVTU"),
    date=dt.date(2026, 1, 9),
    issuer="Ban Dân vận Tỉnh ủy",
)

tasks = dv.TaskTable(
    title="Phân công nhiệm vụ",
    tasks=(
        dv.Task(
            description="Quán triệt Kết luận số 114-KL/TW đến toàn thể công chức, viên chức",
            lead="Văn phòng Sở",
            partners=("Công đoàn cơ sở", "Chi đoàn Thanh niên"),
            period=dv.ReportingPeriod.of_quarter(2026, 1),
        ),
        dv.Task(
            description="Xây dựng mô hình “Dân vận khéo” tại bộ phận một cửa",
            leads=("Phòng Hành chính công", "Văn phòng Sở"),  # several lead units
            partners=("Công đoàn cơ sở",),
            deadline=dt.date(2026, 6, 30),
            recurrence=(dv.Recurrence.HALF_YEARLY,),  # sơ kết định kỳ 6 tháng, too
            output="Mô hình được công nhận",
            target=dv.Count(value=1, up_to=2, digits=2, unit="mô hình"),  # "01-02 mô hình"
            budget=dv.Money(amount=15_000_000),
            budget_source="kinh phí chi thường xuyên của Sở",
        ),
        dv.Task(
            description="Tiếp công dân, đối thoại với người dân và doanh nghiệp",
            lead="Thanh tra Sở",
            timing="Thường xuyên",
        ),
    ),
)

plan = dv.Plan(
    number=dv.DocumentNumber.parse("14/KH-SDSCĐ"),
    issuer=agency,
    place_date=dv.PlaceDate(place="Nghệ An", date=dt.date(2026, 1, 20)),
    period=dv.ReportingPeriod.of_year(2026),
    subject="Công tác dân vận chính quyền và phong trào thi đua “Dân vận khéo” năm 2026",
    bases=(
        dv.Paragraph.of("Căn cứ ", dv.Citation.of(conclusion_114), ";"),
        dv.Paragraph.of("Căn cứ ", dv.Citation.of(provincial_plan), ";"),
    ),
    introduction=(
        dv.Paragraph.of(
            "Sở Dân sinh và Cộng đồng xây dựng Kế hoạch công tác dân vận chính quyền năm 2026 "
            "như sau:"
        ),
    ),
    body=(
        dv.Section(
            title="Mục đích, yêu cầu",
            blocks=(
                dv.Section(blocks=(dv.Paragraph.of("Nâng cao nhận thức về công tác dân vận."),)),
                dv.Section(
                    blocks=(dv.Paragraph.of("Gắn công tác dân vận với cải cách hành chính."),)
                ),
            ),
        ),
        dv.Section(title="Nhiệm vụ, giải pháp", blocks=(tasks,)),
        dv.Section(
            title="Tổ chức thực hiện",
            blocks=(
                dv.Paragraph.of(
                    "Văn phòng Sở theo dõi, đôn đốc và tổng hợp báo cáo 6 tháng, một năm."
                ),
            ),
        ),
    ),
    recipients=dv.Recipients.parse(
        "- Ban Dân vận Tỉnh ủy (để báo cáo);\n- Các phòng, đơn vị thuộc Sở (để thực hiện);\n"
        "- Lưu: VT, VP."
    ),
    signature=dv.Signature(
        authority=dv.Authority.KT,
        head_title="Giám đốc",
        signer_title="Phó Giám đốc",
        name="Trần Thị Minh Hòa",
    ),
)

assert [ref.format("short") for ref in plan.legal_bases] == [
    "Kết luận số 114-KL/TW",
    "Kế hoạch số 40-KH/BDVTU",
]
assert plan.tasks[0].lead == "Văn phòng Sở"
# the table's rows, and the task part III states in prose, each with the id of its place
assert [task.id for task in plan.tasks] == ["II.T1.1", "II.T1.2", "II.T1.3", "III-1"]
assert plan.tasks[3].leads == ("Văn phòng Sở",)
assert plan.tasks[3].recurrence == (dv.Recurrence.HALF_YEARLY, dv.Recurrence.YEARLY)
assert plan.tasks[1].when == "Trước ngày 30/6/2026; định kỳ 6 tháng"
Path("ke-hoach-dan-van.json").write_text(dv.to_json(plan), encoding="utf-8")
Path("ke-hoach-dan-van.txt").write_text(dv.render_text(plan), encoding="utf-8")
assert dv.from_json(Path("ke-hoach-dan-van.json").read_text(encoding="utf-8")) == plan
print(dv.render_text(plan))
