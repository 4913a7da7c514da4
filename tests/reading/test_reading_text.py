"""Plain text and Markdown as people really have them (issue 9, §2): fictional fixtures."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from nothing_lost import assert_nothing_lost

from danvan.model import (
    Authority,
    BulletList,
    Citation,
    DocumentStatus,
    EmphasisKind,
    Footnote,
    Paragraph,
    Plan,
    Report,
    Section,
    Superscript,
    Table,
    Unplaced,
)
from danvan.reading import read, read_text

FIXTURES = Path(__file__).parent / "fixtures"
ALL = sorted(FIXTURES.iterdir())


def _labels(blocks: tuple[object, ...]) -> list[object]:
    out: list[object] = []
    for block in blocks:
        if isinstance(block, Section):
            out.append(f"{block.prefix} {block.number}" if block.prefix else block.number)
            children = _labels(block.blocks)
            if children:
                out.append(children)
    return out


def _codes(document: Report | Plan) -> set[str]:
    assert document.origin is not None
    return {finding.code for finding in document.origin.findings}


@pytest.mark.parametrize("path", ALL, ids=[p.name for p in ALL])
def test_every_fixture_reads_with_nothing_lost(path: Path) -> None:
    assert_nothing_lost(path.read_text(encoding="utf-8"), read(path), path.name)


# -- every part of Mẫu 1.4 ------------------------------------------------------------------


def test_plan_parts_of_mau_1_4() -> None:
    plan = read(FIXTURES / "cao-dien-ke-hoach-mau.txt")
    assert isinstance(plan, Plan)
    assert plan.status is DocumentStatus.ISSUED
    assert plan.issuer is not None
    # a name wrapped over two header lines is one name (finding R101)
    assert plan.issuer.name == "ỦY BAN NHÂN DÂN HUYỆN LAM SƠN"
    assert plan.issuer.parent is None
    assert str(plan.number) == "45/KH-UBND"
    assert plan.place_date is not None
    assert plan.place_date.date == dt.date(2025, 2, 3)
    # a subject that starts "Thực hiện" and wraps over two lines
    assert plan.subject == (
        "Thực hiện công tác dân vận chính quyền và phong trào thi đua “Dân vận khéo” năm 2025"
    )
    assert plan.period is not None
    assert plan.period.year == 2025
    assert plan.addressees == ("Ban Dân vận Huyện ủy", "Ủy ban Mặt trận Tổ quốc huyện")
    assert [p.text[:6] for p in plan.bases] == ["Căn cứ", "Căn cứ"]
    assert [p.text for p in plan.introduction] == [
        "Ủy ban nhân dân huyện ban hành Kế hoạch như sau:"
    ]


def test_section_labels_kept_as_written_with_a_gap_and_part_level() -> None:
    plan = read(FIXTURES / "cao-dien-ke-hoach-mau.txt")
    # "Phần I" above "I."-level parts; the gap 1, 2, 3, 4, 6 is kept, not renumbered
    assert _labels(plan.body) == [
        "Phần I", ["1", "2", "3", "4", "6", "II", ["a", "b"]],
    ]  # fmt: skip


def test_mixed_labels_at_one_level_are_kept() -> None:
    document = read_text(
        "BÁO CÁO\nKết quả năm 2024\n\n1. MỞ ĐẦU\n\nNội dung một.\n\nII. KẾT QUẢ\n\nNội dung hai.\n"
    )
    assert _labels(document.body) == ["1", "II"]


def test_bullets_nest_and_footnote_is_anchored() -> None:
    plan = read(FIXTURES / "cao-dien-ke-hoach-mau.txt")
    part = plan.body[0]
    assert isinstance(part, Section)
    goal = part.blocks[0]
    assert isinstance(goal, Section)
    paragraph = goal.blocks[0]
    assert isinstance(paragraph, Paragraph)
    (note,) = paragraph.footnotes
    assert note.text.startswith("Theo Hướng dẫn số 05-HD/BDVTW")
    two = part.blocks[5]
    assert isinstance(two, Section)
    tasks = two.blocks[0]
    assert isinstance(tasks, Section)
    bullets = tasks.blocks[0]
    assert isinstance(bullets, BulletList)
    assert bullets.marker == "-"
    children = bullets.items[0].children
    assert children is not None
    assert children.marker == "+"
    assert [item.content.text for item in children.items] == ["cấp huyện;", "cấp xã."]


def test_recipients_purposes_in_brackets_and_two_authority_signature() -> None:
    plan = read(FIXTURES / "cao-dien-ke-hoach-mau.txt")
    recipients = plan.recipients
    assert recipients is not None
    assert recipients.as_above
    assert [(e.name, e.purpose) for e in recipients.entries] == [
        ("Bộ Nội vụ", "Báo cáo"),
        ("Các xã, thị trấn", "thực hiện"),
    ]
    assert recipients.archive == ("VT", "NV")
    signature = plan.signature
    assert signature is not None
    assert signature.on_behalf_of == "ỦY BAN NHÂN DÂN"
    assert signature.authority is Authority.KT
    assert (signature.head_title, signature.signer_title) == ("CHỦ TỊCH", "PHÓ CHỦ TỊCH")
    assert signature.name == "Đinh Văn Hòa"
    assert signature.lines() == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    assert [p.text[:8] for p in plan.closing] == ["Trên đây"]


def test_appendix_label_attachment_and_table() -> None:
    plan = read(FIXTURES / "cao-dien-ke-hoach-mau.txt")
    (appendix,) = plan.appendices
    assert appendix.label == "PHỤ LỤC I"
    assert appendix.title == "DANH MỤC MÔ HÌNH"
    assert appendix.attachment == (
        "(Kèm theo Kế hoạch số 45/KH-UBND ngày 03/02/2025 của Ủy ban nhân dân huyện Lam Sơn)"
    )
    (table,) = appendix.blocks
    assert isinstance(table, Table)
    assert table.header == ("STT", "Tên mô hình", "Đơn vị")
    assert table.rows[1] == ("2", "Phố văn minh", "Thị trấn Lam Sơn")


# -- text copied from web portals and PDFs -----------------------------------------------


def test_portal_copy_header_flattened_with_pipes_and_split_date() -> None:
    report = read(FIXTURES / "portal-copy-bao-cao.txt")
    assert isinstance(report, Report)
    assert report.issuer is not None
    # "**ỦY BAN NHÂN\nDÂN TỈNH CAO ĐIỀN**" is one line wrapped inside bold markers
    assert report.issuer.parent == "ỦY BAN NHÂN DÂN TỈNH CAO ĐIỀN"
    assert report.issuer.name == "SỞ DỮ LIỆU SỐ"
    assert str(report.number) == "112/BC-SDLS"
    assert report.place_date is not None
    assert report.place_date.date == dt.date(2024, 3, 5)
    assert {"R101", "R102"} <= _codes(report)


def test_portal_copy_wrapped_title_and_heading() -> None:
    report = read(FIXTURES / "portal-copy-bao-cao.txt")
    assert report.subject == "KẾT QUẢ THỰC HIỆN CÔNG TÁC DÂN VẬN CHÍNH QUYỀN QUÝ I NĂM 2024"
    assert report.period is not None
    assert report.period.quarter == 1
    two = report.body[1]
    assert isinstance(two, Section)
    assert two.title == "NHIỆM VỤ, GIẢI PHÁP"


def test_portal_copy_page_furniture_left_out_with_findings_and_sentence_rejoined() -> None:
    report = read(FIXTURES / "portal-copy-bao-cao.txt")
    assert report.origin is not None
    pages = [f.location.line for f in report.origin.findings_with("R121") if f.location]
    heads = [f.location.line for f in report.origin.findings_with("R122") if f.location]
    assert pages == [20, 34]
    assert heads == [18, 32]
    one = report.body[0]
    assert isinstance(one, Section)
    first, second = one.blocks
    assert isinstance(first, Paragraph)
    assert isinstance(second, Paragraph)
    assert first.text.endswith("trên địa bàn tỉnh.")  # the wrapped sentence joined
    (note,) = first.footnotes  # the note text stood between two paragraphs
    assert note.text == "Trung tâm Phục vụ hành chính công tiếp nhận 1.204 hồ sơ."
    assert second.text.startswith("Việc tiếp công dân")


def test_portal_copy_table_cells_one_per_line_are_read_as_a_table() -> None:
    report = read(FIXTURES / "portal-copy-bao-cao.txt")
    two = report.body[1]
    assert isinstance(two, Section)
    table = two.blocks[-1]
    assert isinstance(table, Table)  # and "04" is no page number
    assert table.header == ("STT", "Nội dung", "Số lượng")
    assert table.rows == (("1", "Hội nghị", "04"),)
    assert table.caption == "Bảng tổng hợp"  # the line above the table names it


def test_a_copy_without_header_is_held_as_read() -> None:
    report = read(FIXTURES / "no-header-copy.txt")
    assert isinstance(report, Report)
    assert report.status is DocumentStatus.AS_READ
    assert report.issuer is None
    assert report.place_date is None
    assert report.number is None
    assert report.subject == "Kết quả công tác dân vận chính quyền năm 2023"
    assert {"R206", "R207"} <= _codes(report)


def test_a_copy_without_even_a_title() -> None:
    document = read_text("I. KẾT QUẢ\n\nĐã hoàn thành.\n")
    assert document.status is DocumentStatus.AS_READ
    assert document.subject is None
    assert "R205" in _codes(document)
    assert _labels(document.body) == ["I"]


# -- Markdown exports ---------------------------------------------------------------------


def test_markdown_headings_at_any_level_follow_their_labels() -> None:
    report = read(FIXTURES / "markdown-export.md")
    assert report.origin is not None
    assert report.origin.format == "markdown"
    # "#### **I. ...**", "## 1. ..." and "# II. ...": the labels decide the depth
    assert _labels(report.body) == ["I", ["1"], "II"]
    assert report.subject == "Kết quả 6 tháng đầu năm 2024"
    assert report.period is not None
    assert str(report.period) == "6 tháng đầu năm 2024"


def test_markdown_emphasis_citation_superscript_and_run_in_heading() -> None:
    report = read(FIXTURES / "markdown-export.md")
    one = report.body[0]
    assert isinstance(one, Section)
    sub = one.blocks[0]
    assert isinstance(sub, Section)
    paragraph = sub.blocks[0]
    assert isinstance(paragraph, Paragraph)
    emphasised = [r for r in paragraph.runs if isinstance(r, Citation) and r.emphasis]
    assert [c.reference.format("short") for c in emphasised] == ["Quyết định số 12/QĐ-UBND"]
    assert emphasised[0].emphasis is EmphasisKind.ITALIC
    assert any(isinstance(r, Footnote) for r in paragraph.runs)
    # a citation inside emphasis is found by document.references
    shorts = [ref.format("short") for ref in report.references]
    assert "Quyết định số 12/QĐ-UBND" in shorts
    two = report.body[1]
    assert isinstance(two, Section)
    assert two.run_in
    assert two.title == "KIẾN NGHỊ:"


def test_markdown_signature_hard_breaks_bold_italic_recipients_and_raised_initials() -> None:
    report = read(FIXTURES / "markdown-export.md")
    assert report.recipients is not None
    assert report.recipients.archive == ("VT", "VP")
    assert report.recipients.drafter == "NH"
    signature = report.signature
    assert signature is not None
    assert signature.authority is Authority.KT
    assert signature.name == "Lê Minh Nhật"
    assert [p.text for p in report.closing] == ["Sở Dữ liệu số trân trọng báo cáo./."]


def test_superscript_runs_in_text() -> None:
    document = read_text("BÁO CÁO\nKết quả\n\nĐơn vị đạt 10 m^2^ diện tích.\n", format="markdown")
    (paragraph,) = document.introduction
    assert Superscript(text="2") in paragraph.runs


def test_unplaced_text_is_kept_with_its_location() -> None:
    text = "BÁO CÁO\nKết quả\n\nNội dung.\n\nNơi nhận:\n- Sở Nội vụ;\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nTrần Văn Ba\n\n(bản sao gửi kèm đĩa CD)\n"
    document = read_text(text)
    unplaced = [b for b in document.body if isinstance(b, Unplaced)]
    assert len(unplaced) == 1
    assert unplaced[0].lines == ("(bản sao gửi kèm đĩa CD)",)
    assert unplaced[0].location is not None
    assert unplaced[0].location.line == 14
    assert unplaced[0].location.source == "<text>"
    assert "R201" in _codes(document)
    assert_nothing_lost(text, document)


def test_party_document_header_and_signature() -> None:
    text = (
        "ĐẢNG BỘ TỈNH CAO ĐIỀN\nĐẢNG ỦY SỞ DỮ LIỆU SỐ\n*\nĐẢNG CỘNG SẢN VIỆT NAM\n\n"
        "Số: 15-BC/ĐU\n\nCao Điền, ngày 10 tháng 12 năm 2024\n\nBÁO CÁO\n"
        "kết quả thực hiện Quy chế dân chủ năm 2024\n\nI. KẾT QUẢ\n\nĐã thực hiện tốt.\n\n"
        "Nơi nhận\n- Ban Dân vận Tỉnh ủy,\n- Lưu VP.\n\nT/M ĐẢNG ỦY\nBÍ THƯ\n\nNguyễn Văn Nam\n"
    )
    document = read_text(text)
    assert document.status is DocumentStatus.ISSUED
    assert str(document.number) == "15-BC/ĐU"
    assert document.issuer is not None
    assert (document.issuer.parent, document.issuer.name) == (
        "ĐẢNG BỘ TỈNH CAO ĐIỀN",
        "ĐẢNG ỦY SỞ DỮ LIỆU SỐ",
    )
    signature = document.signature
    assert signature is not None
    assert signature.authority is Authority.TM
    assert (signature.head_title, signature.signer_title) == ("ĐẢNG ỦY", "BÍ THƯ")
    assert document.recipients is not None
    assert document.recipients.archive == ("VP",)
    assert_nothing_lost(text, document)


def test_the_reporting_cycle_refuses_a_plan_read_without_its_header() -> None:
    from danvan.cycle import report_skeleton
    from danvan.errors import InvalidValueError
    from danvan.model import Agency, ReportingPeriod

    plan = read_text("KẾ HOẠCH\nCông tác dân vận năm 2025\n\nI. NHIỆM VỤ\n\nTổ chức hội nghị.\n")
    assert isinstance(plan, Plan)
    with pytest.raises(InvalidValueError, match=r"report_skeleton\.plan\.issuer"):
        report_skeleton(plan, ReportingPeriod.parse("năm 2025"), issuer=Agency(name="Sở A"))
