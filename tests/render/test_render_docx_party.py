"""The Party profile (Hướng dẫn 36-HD/VPTW era, provisional) of the .docx renderer, read in the XML."""

from __future__ import annotations

import datetime as dt
import io

import docx
import pytest
from docx_parts import (
    FONT,
    NS,
    Docx,
    cell_paragraphs,
    closing_table,
    qn,
    rows,
)

import danvan as dv
from danvan.demo import demo_report
from danvan.rendering import wording as layout
from danvan.rendering.docx import PARTY_PROFILE, PARTY_RULES, DocxRenderer, DocxStyle
from danvan.rendering.docx._metrics import text_width_pt


def build_party_plan() -> dv.Plan:
    """Kế hoạch số 166-KH/ĐU of a Đảng ủy: Party symbol, T/M signature, a task table."""
    return dv.Plan(
        number=dv.DocumentNumber.parse("166-KH/ĐU"),
        issuer=dv.Agency(name="Đảng ủy Sở Dân sinh và Cộng đồng", parent="Đảng bộ tỉnh Nghệ An"),
        place_date=dv.PlaceDate(place="Nghệ An", date=dt.date(2026, 9, 5)),
        subject="về công tác dân vận năm 2026",
        bases=(
            dv.Paragraph.of(
                "Thực hiện Kết luận số 114-KL/TW",
                dv.Footnote(text="Kết luận của Ban Bí thư khóa XI."),
                ";",
            ),
        ),
        body=(
            dv.Section(
                title="Mục đích, yêu cầu",
                blocks=(
                    dv.Section(blocks=(dv.Paragraph.of("Nâng cao nhận thức của đảng viên."),)),
                    dv.Section(blocks=(dv.Paragraph.of("Gắn với nhiệm vụ chính trị."),)),
                ),
            ),
            dv.Section(
                title="Nhiệm vụ",
                blocks=(
                    dv.TaskTable(
                        tasks=(
                            dv.Task(
                                description="Quán triệt kế hoạch đến các chi bộ",
                                lead="Văn phòng Đảng ủy",
                                timing="Quý IV năm 2026",
                            ),
                        )
                    ),
                    dv.Paragraph.of("Các chi bộ triển khai thực hiện."),
                ),
            ),
        ),
        recipients=dv.Recipients(
            entries=(dv.Recipient(name="Ban Dân vận Tỉnh ủy", purpose="để báo cáo"),),
            archive=("VT",),
        ),
        signature=dv.Signature(
            authority=dv.Authority.TM,
            head_title="Ban Thường vụ",
            signer_title="Phó Bí thư",
            name="Nguyễn Văn An",
        ),
        appendices=(dv.Appendix(title="Danh sách chi bộ", blocks=(dv.Paragraph.of("Chi bộ 1."),)),),
    )


@pytest.fixture(scope="module")
def plan() -> dv.Plan:
    return build_party_plan()


@pytest.fixture(scope="module")
def out(plan: dv.Plan) -> Docx:
    return Docx(DocxRenderer().render(plan))


def test_a_party_symbol_selects_the_party_profile(plan: dv.Plan, out: Docx) -> None:
    assert plan.system is dv.DocumentSystem.PARTY
    assert DocxRenderer().render(plan, profile="party") == out.data
    assert DocxRenderer().render(plan, style=PARTY_PROFILE) == out.data
    docx.Document(io.BytesIO(out.data))


def test_the_party_header_has_no_national_title_or_motto(out: Docx) -> None:
    text = out.text()
    assert layout.NATIONAL_TITLE not in text
    assert layout.MOTTO not in text
    (agency, title), (number, place) = rows(out.body[0])
    assert cell_paragraphs(title) == [("DanvanPartyTitle", layout.PARTY_TITLE), ("DanvanRule", "")]
    assert out.size("DanvanPartyTitle") == 15
    assert out.has("DanvanPartyTitle", "b")
    assert cell_paragraphs(agency) == [
        ("DanvanHeaderParent", "ĐẢNG BỘ TỈNH NGHỆ AN"),
        ("DanvanHeaderIssuer", "ĐẢNG ỦY SỞ DÂN SINH\nVÀ CỘNG ĐỒNG"),
        ("DanvanAsterisk", "*"),
    ]
    assert out.size("DanvanHeaderParent") == 14
    assert not out.has("DanvanHeaderParent", "b")
    assert out.size("DanvanHeaderIssuer") == 14
    assert out.has("DanvanHeaderIssuer", "b")
    assert cell_paragraphs(number) == [("DanvanNumber", "Số 166-KH/ĐU")]
    assert out.size("DanvanNumber") == 14
    assert cell_paragraphs(place) == [("DanvanPlaceDate", "Nghệ An, ngày 05 tháng 9 năm 2026")]
    assert out.size("DanvanPlaceDate") == 14
    assert out.has("DanvanPlaceDate", "i")
    borders = out.body[0].find("w:tblPr/w:tblBorders", NS)
    assert {edge.get(qn("w:val")) for edge in borders} <= {"nil", "none"}


def test_the_party_title_rule_is_as_long_as_the_title(out: Docx) -> None:
    (_, title), _ = rows(out.body[0])
    width = int(title.find("w:tcPr/w:tcW", NS).get(qn("w:w")))
    indent = title.findall("w:p", NS)[1].find("w:pPr/w:ind", NS)
    length = width - int(indent.get(qn("w:left"))) - int(indent.get(qn("w:right")))
    assert abs(length - text_width_pt(layout.PARTY_TITLE, 15, bold=True) * 20) <= 2


def test_party_type_name_subject_and_body_sizes(out: Docx) -> None:
    assert out.paragraphs("DanvanTypeName") == ["KẾ HOẠCH"]
    assert out.paragraphs("DanvanSubject") == ["về công tác dân vận năm 2026"]
    assert 15 <= out.size("DanvanTypeName") <= 16
    assert out.has("DanvanTypeName", "b")
    assert 14 <= out.size("DanvanSubject") <= 15
    assert out.has("DanvanSubject", "b")
    assert 14 <= out.size("DanvanBody") <= 15


def test_party_sections_are_numbered_with_hyphens(out: Docx) -> None:
    assert out.paragraphs("DanvanHeading1") == ["I- MỤC ĐÍCH, YÊU CẦU", "II- NHIỆM VỤ"]
    body = out.paragraphs("DanvanBody")
    assert "1- Nâng cao nhận thức của đảng viên." in body
    assert "2- Gắn với nhiệm vụ chính trị." in body


def test_party_signature_prefixes_and_underlined_noi_nhan(plan: dv.Plan, out: Docx) -> None:
    ((recipients, signature),) = rows(closing_table(out))
    listed = cell_paragraphs(recipients)
    assert listed[0] == ("DanvanRecipientsHeading", "Nơi nhận")
    assert [text for _, text in listed[1:]] == plan.recipients.lines(dv.DocumentSystem.PARTY)
    assert listed[-1][1].startswith("- Lưu ")  # the Party archive line takes no colon
    heading = out.style("DanvanRecipientsHeading").find("w:rPr/w:u", NS)
    assert heading is not None
    assert heading.get(qn("w:val")) == "single"
    assert not out.has("DanvanRecipientsHeading", "b")
    assert not out.has("DanvanRecipientsHeading", "i")
    assert cell_paragraphs(signature) == [
        ("DanvanSignatureTitle", "T/M BAN THƯỜNG VỤ"),
        ("DanvanSignatureTitle", "PHÓ BÍ THƯ"),
        ("DanvanSignerName", "Nguyễn Văn An"),
    ]


def test_party_page_fonts_and_sections(out: Docx) -> None:
    sections = list(out.body.iter(qn("w:sectPr")))
    assert len(sections) == 2
    for section in sections:
        size = section.find("w:pgSz", NS)
        assert (size.get(qn("w:w")), size.get(qn("w:h"))) == ("11906", "16838")
        margins = section.find("w:pgMar", NS)
        assert [margins.get(qn(f"w:{edge}")) for edge in ("top", "bottom", "left", "right")] == [
            "1134",
            "1134",
            "1701",
            "850",
        ]
        assert section.find("w:titlePg", NS) is not None
    assert sections[1].find("w:pgNumType", NS).get(qn("w:start")) == "1"
    for root in out.xml.values():
        for fonts in root.iter(qn("w:rFonts")):
            assert {fonts.get(qn(f"w:{s}")) for s in ("ascii", "hAnsi", "eastAsia", "cs")} == {FONT}


def test_party_appendix_cites_the_party_plan(plan: dv.Plan, out: Docx) -> None:
    assert out.paragraphs("DanvanAppendixLabel") == ["Phụ lục"]
    assert out.paragraphs("DanvanAttachment") == [layout.attachment_line(plan)]
    assert "166-KH/ĐU" in layout.attachment_line(plan)


def test_party_footnote_and_body_end(out: Docx) -> None:
    footnotes = out.xml["word/footnotes.xml"]
    assert [f.get(qn("w:id")) for f in footnotes] == ["-1", "0", "1"]
    assert "Các chi bộ triển khai thực hiện./." in out.paragraphs("DanvanBody")


def test_no_text_of_the_party_plan_is_missing(plan: dv.Plan, out: Docx) -> None:
    text = out.text()
    bases = layout.basis_paragraphs(plan.bases)  # the căn cứ as printed: the last ends "."
    expected = [p.text for p in (*bases, *plan.paragraphs()) if p not in plan.bases]
    party = dv.DocumentSystem.PARTY
    expected += plan.recipients.lines(party) + plan.signature.lines(party)
    expected += [task.description for task in plan.tasks] + ["Kết luận của Ban Bí thư khóa XI."]
    assert [item for item in expected if item not in text] == []


def test_profile_party_on_a_state_report_swaps_the_layout() -> None:
    report = demo_report()
    out = Docx(DocxRenderer().render(report, profile="party"))
    assert out.paragraphs("DanvanPartyTitle") == [layout.PARTY_TITLE]
    assert out.paragraphs("DanvanHeading1")[0] == "I- ĐẶC ĐIỂM TÌNH HÌNH"
    assert "T/M" not in out.text()
    assert "K/T GIÁM ĐỐC" in out.text()
    assert out.paragraphs("DanvanNumber") == ["Số: 05/BC-SDSCĐ"], "the number is data"


def test_profile_state_on_a_party_plan_swaps_back(plan: dv.Plan) -> None:
    out = Docx(DocxRenderer().render(plan, profile="state"))
    assert out.paragraphs("DanvanNationalTitle") == [layout.NATIONAL_TITLE]
    assert out.paragraphs("DanvanMotto") == [layout.MOTTO]
    assert out.paragraphs("DanvanHeading1")[0] == "I. MỤC ĐÍCH, YÊU CẦU"
    assert "TM. BAN THƯỜNG VỤ" in out.text()


def test_every_party_value_lives_in_one_provisional_table() -> None:
    assert "PROVISIONAL" in (DocxStyle.party.__doc__ or "")
    assert "05-HD/VPTW" in (DocxStyle.party.__doc__ or "")
    assert set(PARTY_RULES) == {field.name for field in DocxStyle.__attrs_attrs__} - {
        "system",
        "draft_mark",
    }
    for name, rule in PARTY_RULES.items():
        assert getattr(PARTY_PROFILE, name) == rule.default
        assert not rule.verified or "«" in rule.source or "not used" in rule.source, name
    assert not PARTY_RULES["margin_left"].verified
    assert "[unverified]" in PARTY_RULES["margin_left"].describe()
