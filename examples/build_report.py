"""Build a monthly report (Báo cáo tháng) step by step, save it as JSON and text, and read it back.

A fictional commune office: every name and figure is invented. Run: ``python build_report.py``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import attrs

import danvan as dv

office = dv.Agency(
    name="Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã Hòa Bình",
    abbreviation="VP",
    parent="UBND xã Hòa Bình",
)

# Strings people already write go through explicit parsers.
number = dv.DocumentNumber.parse("07/BC-VP")
period = dv.ReportingPeriod.parse("tháng 8 năm 2025")

body = (
    dv.Section(
        title="Kết quả thực hiện",
        blocks=(
            dv.Paragraph.of(
                "Tổ chức 02 cuộc đối thoại với Nhân dân theo ",
                dv.Citation(
                    text="Luật Thực hiện dân chủ ở cơ sở",
                    reference=dv.LegalReference(
                        document_type=dv.DocumentType.LUAT, name="Thực hiện dân chủ ở cơ sở"
                    ),
                ),
                ".",
            ),
            dv.BulletList.of(
                "Tiếp nhận 35 phản ánh, kiến nghị;",
                "Đã giải quyết 33, đang giải quyết 02.",
            ),
        ),
    ),
    dv.Section(
        title=f"Nhiệm vụ {period.next()}",
        blocks=(dv.Paragraph.of("Hoàn thành giải quyết các kiến nghị còn lại."),),
    ),
)

report = dv.Report(
    number=number,
    issuer=office,
    place_date=dv.PlaceDate(place="Hòa Bình", date=dt.date(2025, 8, 29)),
    period=period,
    subject=f"Kết quả tiếp nhận, giải quyết phản ánh, kiến nghị {period}",
    body=body,
    recipients=dv.Recipients.parse("- Thường trực Đảng ủy xã (để báo cáo);\n- Lưu: VT, VP."),
    signature=dv.Signature(head_title="Chánh Văn phòng", name="Lê Văn An"),
    appendices=(
        dv.Appendix(
            title="Số liệu tiếp nhận, giải quyết",
            blocks=(
                dv.IndicatorTable(
                    indicators=(
                        dv.Indicator(
                            name="Phản ánh, kiến nghị tiếp nhận",
                            value=dv.Count(value=35),
                            breakdown=(
                                dv.Indicator(name="Đã giải quyết", value=dv.Count(value=33)),
                                dv.Indicator(name="Đang giải quyết", value=dv.Count(value=2)),
                            ),
                            breakdown_complete=True,
                        ),
                        dv.Indicator(
                            name="Tỷ lệ giải quyết",
                            value=dv.Ratio(numerator=33, denominator=35, percent=94.3),
                        ),
                    )
                ),
            ),
        ),
    ),
)

Path("bao-cao-thang-8.json").write_text(dv.to_json(report), encoding="utf-8")
Path("bao-cao-thang-8.txt").write_text(dv.render_text(report), encoding="utf-8")
assert dv.from_json(Path("bao-cao-thang-8.json").read_text(encoding="utf-8")) == report

# "The same report, next month": a copy with a new number, date and period.
september = attrs.evolve(
    report,
    number=dv.DocumentNumber.parse("09/BC-VP"),
    place_date=dv.PlaceDate(place="Hòa Bình", date=dt.date(2025, 9, 30)),
    period=period.next(),
    subject=f"Kết quả tiếp nhận, giải quyết phản ánh, kiến nghị {period.next()}",
)
print(dv.render_text(september).splitlines()[6])
print("wrote bao-cao-thang-8.json and bao-cao-thang-8.txt")
