"""The plain-text renderer: corpus layout, wording from layout.py, nothing of the model lost."""

from __future__ import annotations

import datetime as dt

import pytest

from danvan.demo import demo_report
from danvan.model import (
    Agency,
    Appendix,
    Authority,
    BulletList,
    DocumentNumber,
    DocumentStatus,
    Emphasis,
    Footnote,
    Paragraph,
    PartialDate,
    PlaceDate,
    Plan,
    Recipients,
    Report,
    Section,
    Signature,
)
from danvan.rendering.text import render_text

AGENCY = Agency(name="Sở Thử nghiệm", parent="UBND tỉnh Thử", abbreviation="STN")


def lines_of(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def test_demo_report_layout_in_order() -> None:
    lines = lines_of(render_text(demo_report()))
    expected_in_order = [
        "UBND TỈNH NGHỆ AN",
        "SỞ DÂN SINH VÀ CỘNG ĐỒNG",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 05/BC-SDSCĐ",
        "Nghệ An, ngày 15 tháng 12 năm 2025",
        "BÁO CÁO",
        "Kết quả thực hiện dân chủ ở cơ sở năm 2025",
        "Kính gửi: Ban Chỉ đạo thực hiện dân chủ ở cơ sở tỉnh Nghệ An",
        "I. ĐẶC ĐIỂM TÌNH HÌNH",
        "II. KẾT QUẢ THỰC HIỆN",
        "1. Công tác lãnh đạo, chỉ đạo",
        "2. Thực hiện dân chủ trong hoạt động của cơ quan",
        "a) Công khai thông tin",
        "+ Dự toán và quyết toán ngân sách năm;",
        "b) Hội nghị cán bộ, công chức, viên chức",
        "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026",
        "Nơi nhận:",
        "- Như trên;",
        "- Ban Dân vận Tỉnh ủy (để báo cáo);",
        "- Lưu: VT, VP.",
        "KT. GIÁM ĐỐC",
        "PHÓ GIÁM ĐỐC",
        "Trần Thị Minh Hòa",
        "Phụ lục",
        "SỐ LIỆU THỰC HIỆN DÂN CHỦ Ở CƠ SỞ NĂM 2025",
        "(Kèm theo Báo cáo số 05/BC-SDSCĐ ngày 15 tháng 12 năm 2025 của Sở Dân sinh và Cộng đồng)",
    ]
    positions = [lines.index(line) for line in expected_in_order]
    assert positions == sorted(positions)


def test_untitled_sections_print_their_number_before_the_paragraph() -> None:
    lines = lines_of(render_text(demo_report()))
    assert any(line.startswith("1. Tiếp tục quán triệt Luật") for line in lines)
    assert any(line.startswith("3. Nhân rộng mô hình") for line in lines)


def test_indicators_use_vietnamese_number_format() -> None:
    text = render_text(demo_report())
    assert "25.350.000 đồng; trong đó:" in text
    assert "- Từ ngân sách nhà nước: 15.000.000 đồng" in text
    assert "412/412 hồ sơ (100%)" in text
    assert "87,5%" in text


def test_body_ends_with_the_closing_mark_once() -> None:
    text = render_text(demo_report())
    assert text.count("./.") == 1
    closing = [line for line in lines_of(text) if line.endswith("./.")]
    assert closing == [
        "Trên đây là báo cáo kết quả thực hiện dân chủ ở cơ sở năm 2025 của Sở Dân sinh và Cộng đồng./."
    ]


def test_closing_mark_is_added_when_missing() -> None:
    report = _report(body=(Section(title="Kết quả", blocks=(Paragraph.of("Hoàn thành."),)),))
    assert "Hoàn thành./." in render_text(report)


def test_footnotes_are_numbered_and_listed() -> None:
    text = render_text(demo_report())
    assert "112/118 người tham dự¹;" in text
    assert "¹ 06 người vắng mặt có lý do, đã gửi ý kiến bằng văn bản." in text


def test_draft_keeps_the_blanks_of_the_form() -> None:
    report = _report(
        number=DocumentNumber.parse("/BC-STN"),
        place_date=PlaceDate(place="Thử", date=PartialDate(year=2020)),
        status=DocumentStatus.DRAFT,
        appendices=(Appendix(title="Số liệu", blocks=(Paragraph.of("Không."),)),),
    )
    text = render_text(report)
    assert "Số:      /BC-STN" in text
    assert "Thử, ngày     tháng     năm 2020" in text
    assert (
        "(Kèm theo Báo cáo số      /BC-STN ngày     tháng     năm 2020 của Sở Thử nghiệm)" in text
    )


def test_several_appendices_are_numbered_in_roman() -> None:
    report = _report(
        appendices=(
            Appendix(title="Một", blocks=(Paragraph.of("a"),)),
            Appendix(title="Hai", blocks=(Paragraph.of("b"),)),
        )
    )
    lines = lines_of(render_text(report))
    assert "Phụ lục I" in lines
    assert "Phụ lục II" in lines
    assert "Phụ lục" not in lines


def test_party_plan_uses_party_header_number_and_numbering() -> None:
    plan = Plan(
        number=DocumentNumber.parse("166-KH/ĐU"),
        issuer=Agency(name="Đảng ủy Sở Thử nghiệm", parent="Đảng bộ khối các cơ quan tỉnh"),
        place_date=PlaceDate(place="Thử", date=dt.date(2021, 3, 30)),
        subject="triển khai Đề án nâng cao hiệu quả công tác dân vận",
        body=(Section(title="Mục đích, yêu cầu", blocks=(Paragraph.of("Nội dung."),)),),
        recipients=Recipients.parse("- Các chi bộ;\n- Lưu VP."),
        signature=Signature(
            authority=Authority.TM,
            head_title="Đảng ủy",
            signer_title="Bí thư",
            name="Nguyễn Văn Bình",
        ),
    )
    lines = lines_of(render_text(plan))
    assert lines[0] == "ĐẢNG CỘNG SẢN VIỆT NAM"
    assert "*" in lines
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" not in lines
    assert "Số 166-KH/ĐU" in lines
    assert "I- MỤC ĐÍCH, YÊU CẦU" in lines
    assert "Nơi nhận" in lines
    assert "T/M ĐẢNG ỦY" in lines


def test_emphasis_and_nested_bullets() -> None:
    report = _report(
        body=(
            Paragraph.of("Mô hình ", Emphasis(text="Dân vận khéo"), " được nhân rộng./."),
            BulletList.of("một;", "hai."),
        )
    )
    text = render_text(report)
    assert "Mô hình *Dân vận khéo* được nhân rộng" in text
    assert "- một;" in text


@pytest.mark.parametrize("document", [demo_report()], ids=["demo"])
def test_no_run_of_text_is_lost(document: Report) -> None:
    text = render_text(document)
    for paragraph in document.paragraphs():
        for run in paragraph.runs:
            assert run.text.rstrip("./") in text, run


def _report(**changes: object) -> Report:
    fields: dict[str, object] = {
        "number": DocumentNumber.parse("12/BC-STN"),
        "issuer": AGENCY,
        "place_date": PlaceDate(place="Thử", date=dt.date(2024, 5, 6)),
        "subject": "Kết quả thử",
        "signature": Signature(head_title="Giám đốc", name="Lê Thị Hoa"),
        "recipients": Recipients.parse("- Lưu: VT."),
        "body": (Paragraph.of("Nội dung."),),
    }
    fields.update(changes)
    return Report(**fields)  # type: ignore[arg-type]


def test_footnote_only_runs_are_not_lost() -> None:
    report = _report(body=(Paragraph.of("Có chú thích", Footnote(text="Nguồn: Văn phòng."), "."),))
    assert "¹ Nguồn: Văn phòng." in render_text(report)


def test_sections_after_a_kept_number_continue_from_it() -> None:
    report = _report(
        body=(
            Section(title="Một", blocks=(Paragraph.of("a"),)),
            Section(title="Năm", number="V", blocks=(Paragraph.of("b"),)),
            Section(title="Sáu", blocks=(Paragraph.of("c"),)),
        )
    )
    lines = lines_of(render_text(report))
    assert "I. MỘT" in lines
    assert "V. NĂM" in lines
    assert "VI. SÁU" in lines


def test_a_final_ellipsis_keeps_its_dots() -> None:
    report = _report(body=(Paragraph.of("Các nhiệm vụ khác..."),))
    assert "Các nhiệm vụ khác.../." in render_text(report)
