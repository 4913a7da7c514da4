"""Small fictional documents the renderer tests share (imported as ``builders``: pytest puts
this folder on ``sys.path``)."""

from __future__ import annotations

import datetime as dt

from danvan.model import (
    Agency,
    Authority,
    DocumentNumber,
    Paragraph,
    PlaceDate,
    Plan,
    Recipients,
    Report,
    Section,
    Signature,
)

AGENCY = Agency(name="Sở Thử nghiệm", parent="UBND tỉnh Thử", abbreviation="STN")
SIGNATURE = Signature(head_title="Giám đốc", name="Nguyễn Văn Thử")


def small_report(**changes: object) -> Report:
    """Báo cáo số 07/BC-STN with one paragraph; ``changes`` replace any field."""
    fields: dict[str, object] = {
        "number": DocumentNumber.parse("07/BC-STN"),
        "issuer": AGENCY,
        "place_date": PlaceDate(place="Thử", date=dt.date(2026, 2, 3)),
        "subject": "Kết quả thử nghiệm",
        "body": (Paragraph.of("Nội dung."),),
        "signature": SIGNATURE,
    }
    fields.update(changes)
    return Report(**fields)  # type: ignore[arg-type]


def small_party_plan() -> Plan:
    """Kế hoạch số 166-KH/ĐU of a Đảng ủy: Party header, "I-" numbering, a T/M signature."""
    return Plan(
        number=DocumentNumber.parse("166-KH/ĐU"),
        issuer=Agency(name="Đảng ủy Khối Thử", abbreviation="ĐU"),
        place_date=PlaceDate(place="Thử", date=dt.date(2026, 2, 3)),
        subject="về công tác dân vận",
        body=(Section(title="Mục đích", blocks=(Paragraph.of("x"),)),),
        recipients=Recipients.parse("- Các chi bộ;\n- Lưu Văn phòng."),
        signature=Signature(
            authority=Authority.TM, head_title="Ban Thường vụ", signer_title="Bí thư", name="A"
        ),
    )
