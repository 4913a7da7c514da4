"""The .docx renderer (Nghị định 30/2020/NĐ-CP): every property checked in the produced XML."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from decimal import Decimal

import docx
import pytest
from docx_parts import (
    FONT,
    NS,
    Docx,
    cell_paragraphs,
    closing_table,
    para_text,
    qn,
    rows,
    twips_to_mm,
)
from lxml import etree

import danvan as dv
from danvan.demo import demo_report
from danvan.errors import InvalidValueError
from danvan.rendering import wording as layout
from danvan.rendering.docx import STATE_PROFILE, DocxRenderer, DocxStyle
from danvan.rendering.docx._metrics import text_width_pt
from danvan.rendering.registry import get_renderer, render

# -- documents --------------------------------------------------------------------------------
SKHCN = dv.Agency(name="Sở Khoa học và Công nghệ", abbreviation="SKHCN", parent="UBND tỉnh Sơn La")
DEPUTY = dv.Signature(
    authority=dv.Authority.KT,
    head_title="Giám đốc",
    signer_title="Phó Giám đốc",
    name="Trần Thị Minh Hòa",
)


def build_plan() -> dv.Plan:
    """The plan of examples/build_plan.py: bases, untitled khoản, a task table."""
    agency = dv.Agency(
        name="Sở Dân sinh và Cộng đồng",
        abbreviation="SDSCĐ",
        parent="UBND tỉnh Nghệ An",
        province="Nghệ An",
    )
    conclusion = dv.LegalReference(
        document_type=dv.DocumentType.KET_LUAN,
        symbol=dv.DocumentNumber.parse("114-KL/TW"),
        date=dt.date(2015, 7, 14),
        issuer="Ban Bí thư Trung ương Đảng",
        term="khóa XI",
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
                lead="Phòng Hành chính công",
                partners=("Văn phòng Sở",),
                deadline=dt.date(2026, 6, 30),
                output="Mô hình được công nhận",
            ),
            dv.Task(
                description="Tiếp công dân, đối thoại với người dân và doanh nghiệp",
                lead="Thanh tra Sở",
                timing="Thường xuyên",
            ),
        ),
    )
    return dv.Plan(
        number=dv.DocumentNumber.parse("14/KH-SDSCĐ"),
        issuer=agency,
        place_date=dv.PlaceDate(place="Nghệ An", date=dt.date(2026, 1, 20)),
        period=dv.ReportingPeriod.of_year(2026),
        subject="Công tác dân vận chính quyền và phong trào thi đua “Dân vận khéo” năm 2026",
        bases=(dv.Paragraph.of("Căn cứ ", dv.Citation.of(conclusion), ";"),),
        introduction=(
            dv.Paragraph.of("Sở Dân sinh và Cộng đồng xây dựng Kế hoạch năm 2026 như sau:"),
        ),
        body=(
            dv.Section(
                title="Mục đích, yêu cầu",
                blocks=(
                    dv.Section(blocks=(dv.Paragraph.of("Nâng cao nhận thức về công tác dân vận."),)),
                    dv.Section(blocks=(dv.Paragraph.of("Gắn công tác dân vận với cải cách hành chính."),)),
                ),
            ),
            dv.Section(title="Nhiệm vụ, giải pháp", blocks=(tasks,)),
            dv.Section(
                title="Tổ chức thực hiện",
                blocks=(dv.Paragraph.of("Văn phòng Sở theo dõi, đôn đốc và tổng hợp báo cáo một năm."),),
            ),
        ),
        recipients=dv.Recipients.parse(
            "- Ban Dân vận Tỉnh ủy (để báo cáo);\n- Các phòng, đơn vị thuộc Sở (để thực hiện);\n"
            "- Lưu: VT, VP."
        ),
        signature=DEPUTY,
    )  # fmt: skip


def build_draft() -> dv.Report:
    """An unsigned draft: blank number and day, month."""
    return dv.Report(
        status=dv.DocumentStatus.DRAFT,
        number=dv.DocumentNumber.parse("/BC-SKHCN"),
        issuer=SKHCN,
        place_date=dv.PlaceDate(place="Sơn La", date=dv.PartialDate(year=2020)),
        subject="Tình hình hoạt động khoa học và công nghệ năm 2020",
        body=(dv.Section(title="Kết quả", blocks=(dv.Paragraph.of("Hoàn thành kế hoạch năm."),)),),
        recipients=dv.Recipients(entries=(dv.Recipient(name="UBND tỉnh"),), archive=("VT", "KHTC")),
        signature=dv.Signature(
            authority=dv.Authority.KT, head_title="Giám đốc", signer_title="Phó Giám đốc"
        ),
    )


def build_special() -> dv.Report:
    """XML-special characters, several addressees, a generic table, two appendices."""
    return dv.Report(
        number=dv.DocumentNumber.parse("538/BC-SKHCN"),
        issuer=SKHCN,
        place_date=dv.PlaceDate(place="Sơn La", date=dt.date(2021, 11, 14)),
        subject='Kết quả ứng dụng KH&CN <năm 2021> và "chuyển đổi số"',
        addressees=("UBND tỉnh Sơn La", "Bộ Khoa học và Công nghệ", "Sở Tài chính"),
        body=(
            dv.Section(
                title="Kết quả",
                blocks=(
                    dv.Paragraph.of('Chỉ số A < B & C > D; giá trị "cao".'),
                    dv.Table(
                        header=("Nội dung", "Kết quả"),
                        rows=(("Đề tài KH&CN", "12"), ("Sáng kiến", "7")),
                        caption="Bảng 1. Tổng hợp",
                    ),
                ),
            ),
        ),
        recipients=dv.Recipients(
            entries=(dv.Recipient(name="Như trên"),), as_above=False, archive=("VT", "VP")
        ),
        signature=DEPUTY,
        appendices=(
            dv.Appendix(
                title="Số liệu",
                blocks=(
                    dv.IndicatorTable(
                        indicators=(
                            dv.Indicator(name="Tỷ lệ", value=dv.Percent(value=Decimal("99.1"))),
                        )
                    ),
                ),
            ),
            dv.Appendix(title="Danh mục đề tài", blocks=(dv.Paragraph.of("Đề tài 1."),)),
        ),
    )


@pytest.fixture(scope="module")
def report() -> dv.Report:
    return demo_report()


@pytest.fixture(scope="module")
def rendered() -> dict[str, tuple[dv.BaseDocument, Docx]]:
    renderer = DocxRenderer()
    documents: dict[str, dv.BaseDocument] = {
        "report": demo_report(),
        "plan": build_plan(),
        "draft": build_draft(),
        "special": build_special(),
    }
    return {name: (doc, Docx(renderer.render(doc))) for name, doc in documents.items()}


ALL = ["report", "plan", "draft", "special"]


# -- the renderer object ----------------------------------------------------------------------
def test_the_renderer_is_registered_under_docx() -> None:
    renderer = get_renderer("docx")
    assert renderer.name == "docx"
    assert renderer.suffix == ".docx"
    assert renderer.media_type == (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )


def test_render_through_the_registry_gives_the_same_bytes(report: dv.Report) -> None:
    assert render(report, "docx") == DocxRenderer().render(report)


def test_output_is_deterministic(report: dv.Report) -> None:
    first = DocxRenderer().render(report)
    assert DocxRenderer().render(demo_report()) == first
    with zipfile.ZipFile(io.BytesIO(first)) as archive:
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        core = etree.fromstring(archive.read("docProps/core.xml"))
    created = core.find("{http://purl.org/dc/terms/}created")
    assert created is not None
    assert created.text == "2025-12-15T00:00:00Z"


@pytest.mark.parametrize("name", ALL)
def test_python_docx_reopens_the_output(rendered: dict, name: str) -> None:
    _, out = rendered[name]
    reopened = docx.Document(io.BytesIO(out.data))
    assert reopened.tables
    assert reopened.sections[0].page_width == 11906 * 635


def test_unknown_options_are_rejected_by_name(report: dv.Report) -> None:
    with pytest.raises(InvalidValueError) as caught:
        DocxRenderer().render(report, colour="red")
    assert caught.value.field == "render('docx').colour"
    assert "profile" in caught.value.rule


@pytest.mark.parametrize(
    ("options", "field"),
    [
        ({"style": "state"}, "render('docx').style"),
        ({"profile": "communist"}, "render('docx').profile"),
        ({"style": STATE_PROFILE, "profile": "party"}, "render('docx').profile"),
    ],
)
def test_invalid_options_name_the_option(report: dv.Report, options: dict, field: str) -> None:
    with pytest.raises(InvalidValueError) as caught:
        DocxRenderer().render(report, **options)
    assert caught.value.field == field


def test_a_non_document_is_refused_clearly() -> None:
    with pytest.raises(InvalidValueError):
        DocxRenderer().render("not a document")  # type: ignore[arg-type]


# -- 1. page ------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ALL)
def test_every_section_is_a4_portrait_with_the_decree_margins(rendered: dict, name: str) -> None:
    _, out = rendered[name]
    for section in out.sections():
        size = section.find("w:pgSz", NS)
        assert (size.get(qn("w:w")), size.get(qn("w:h"))) == ("11906", "16838")
        assert size.get(qn("w:orient")) in (None, "portrait")
        margins = section.find("w:pgMar", NS)
        top, bottom, left, right = (
            twips_to_mm(margins.get(qn(f"w:{edge}"))) for edge in ("top", "bottom", "left", "right")
        )
        assert 20 - 0.1 <= top <= 25
        assert 20 - 0.1 <= bottom <= 25
        assert 30 - 0.1 <= left <= 35
        assert 15 - 0.1 <= right <= 20
        assert round(top) == 20
        assert round(bottom) == 20
        assert round(left) == 30
        assert round(right) == 15


# -- 2. fonts and language ------------------------------------------------------------------
@pytest.mark.parametrize("name", ALL)
def test_every_rfonts_sets_all_four_scripts_to_times_new_roman(rendered: dict, name: str) -> None:
    _, out = rendered[name]
    checked = 0
    for part, root in out.xml.items():
        for fonts in root.iter(qn("w:rFonts")):
            checked += 1
            for script in ("ascii", "hAnsi", "eastAsia", "cs"):
                assert fonts.get(qn(f"w:{script}")) == FONT, (part, script)
            assert not any("Theme" in attribute for attribute in fonts.attrib), part
    assert checked > 30


def test_defaults_and_every_defined_style_carry_the_font(rendered: dict) -> None:
    _, out = rendered["report"]
    defaults = out.styles.find("w:docDefaults/w:rPrDefault/w:rPr", NS)
    assert defaults.find("w:rFonts", NS).get(qn("w:eastAsia")) == FONT
    assert defaults.find("w:lang", NS).get(qn("w:val")) == "vi-VN"
    assert defaults.find("w:lang", NS).get(qn("w:eastAsia")) == "vi-VN"
    assert defaults.find("w:color", NS).get(qn("w:val")) == "000000"
    for style in out.styles.findall("w:style", NS):
        if (
            style.get(qn("w:type")) == "numbering"
            or style.get(qn("w:styleId")) == "DefaultParagraphFont"
        ):
            continue
        assert style.find("w:rPr/w:rFonts", NS) is not None, style.get(qn("w:styleId"))


@pytest.mark.parametrize("name", ALL)
def test_runs_carry_no_font_or_size_of_their_own(rendered: dict, name: str) -> None:
    _, out = rendered[name]
    for root in out.xml.values():
        for rpr in root.iter(qn("w:rPr")):
            parent = rpr.getparent()
            if parent is not None and parent.tag == qn("w:r"):
                assert rpr.find("w:rFonts", NS) is None
                assert rpr.find("w:sz", NS) is None


# -- 3. header table ----------------------------------------------------------------------------
@pytest.mark.parametrize("name", ALL)
def test_the_header_is_a_borderless_two_column_table(rendered: dict, name: str) -> None:
    _, out = rendered[name]
    first = out.body[0]
    assert first.tag == qn("w:tbl")
    borders = first.find("w:tblPr/w:tblBorders", NS)
    assert len(borders) == 6
    assert {edge.get(qn("w:val")) for edge in borders} <= {"nil", "none"}
    widths = [int(col.get(qn("w:w"))) / 567 for col in first.findall("w:tblGrid/w:gridCol", NS)]
    assert len(widths) == 2
    assert 6 <= widths[0] <= 7
    assert 9 <= widths[1] <= 10.2


def test_header_left_column_agency_and_number(rendered: dict) -> None:
    _, out = rendered["report"]
    (agency, _national), (number, place) = rows(out.body[0])
    assert cell_paragraphs(agency)[:2] == [
        ("DanvanHeaderParent", "UBND TỈNH NGHỆ AN"),
        ("DanvanHeaderIssuer", "SỞ DÂN SINH\nVÀ CỘNG ĐỒNG"),
    ]
    assert not out.has("DanvanHeaderParent", "b")
    assert out.has("DanvanHeaderIssuer", "b")
    assert 12 <= out.size("DanvanHeaderParent") <= 13
    assert 12 <= out.size("DanvanHeaderIssuer") <= 13
    assert cell_paragraphs(number) == [("DanvanNumber", "Số: 05/BC-SDSCĐ")]
    assert out.size("DanvanNumber") == 13
    assert out.jc("DanvanNumber") == "center"
    assert cell_paragraphs(place) == [("DanvanPlaceDate", "Nghệ An, ngày 15 tháng 12 năm 2025")]
    assert out.has("DanvanPlaceDate", "i")
    assert 13 <= out.size("DanvanPlaceDate") <= 14


def _rule_length(cell: etree._Element, width: int) -> int:
    rules = [
        p for p in cell.findall("w:p", NS)
        if p.find("w:pPr/w:pStyle", NS).get(qn("w:val")) == "DanvanRule"
    ]  # fmt: skip
    assert len(rules) == 1
    indent = rules[0].find("w:pPr/w:ind", NS)
    left, right = int(indent.get(qn("w:left"))), int(indent.get(qn("w:right")))
    assert abs(left - right) <= 1, "the rule is centred"
    return width - left - right


def test_the_rule_style_is_a_solid_bottom_border(rendered: dict) -> None:
    _, out = rendered["report"]
    bottom = out.style("DanvanRule").find("w:pPr/w:pBdr/w:bottom", NS)
    assert bottom.get(qn("w:val")) == "single"


def test_issuer_rule_is_a_third_to_a_half_of_its_line(rendered: dict) -> None:
    _, out = rendered["report"]
    (agency, _national), _ = rows(out.body[0])
    width = int(agency.find("w:tcPr/w:tcW", NS).get(qn("w:w")))
    # the name is set on two balanced lines; the rule follows the longer one
    line = min(text_width_pt("VÀ CỘNG ĐỒNG", 13, bold=True) * 20, width)
    assert line / 3 <= _rule_length(agency, width) <= line / 2


def test_motto_and_its_rule_as_long_as_the_motto(rendered: dict) -> None:
    _, out = rendered["report"]
    (_agency, national), _ = rows(out.body[0])
    assert cell_paragraphs(national)[:2] == [
        ("DanvanNationalTitle", layout.NATIONAL_TITLE),
        ("DanvanMotto", layout.MOTTO),
    ]
    assert out.has("DanvanNationalTitle", "b")
    assert out.has("DanvanMotto", "b")
    assert 12 <= out.size("DanvanNationalTitle") <= 13
    assert 13 <= out.size("DanvanMotto") <= 14
    width = int(national.find("w:tcPr/w:tcW", NS).get(qn("w:w")))
    motto = text_width_pt(layout.MOTTO, out.size("DanvanMotto"), bold=True) * 20
    assert abs(_rule_length(national, width) - motto) <= 2


def test_the_national_title_fits_its_column(rendered: dict) -> None:
    _, out = rendered["report"]
    (_agency, national), _ = rows(out.body[0])
    width = int(national.find("w:tcPr/w:tcW", NS).get(qn("w:w")))
    assert text_width_pt(layout.NATIONAL_TITLE, 13, bold=True) * 20 < width


def test_the_header_widens_into_the_margin_rather_than_wrap_the_national_title() -> None:
    narrow = DocxStyle.state(margin_left=35, margin_right=20)
    out = Docx(DocxRenderer().render(demo_report(), style=narrow))
    (_agency, national), _ = rows(out.body[0])
    width = int(national.find("w:tcPr/w:tcW", NS).get(qn("w:w")))
    assert text_width_pt(layout.NATIONAL_TITLE, 13, bold=True) * 20 < width


# -- 4. type name and subject -----------------------------------------------------------------
@pytest.mark.parametrize("name", ALL)
def test_type_name_and_subject(rendered: dict, name: str) -> None:
    doc, out = rendered[name]
    assert out.paragraphs("DanvanTypeName") == [doc.document_type.title]
    assert out.paragraphs("DanvanSubject") == [doc.subject]
    for style_id in ("DanvanTypeName", "DanvanSubject"):
        assert out.has(style_id, "b")
        assert out.jc(style_id) == "center"
        assert 13 <= out.size(style_id) <= 14
    subject = next(p for p in out.body.findall("w:p", NS) if para_text(p) == doc.subject)
    rule = subject.getnext()
    assert rule.find("w:pPr/w:pStyle", NS).get(qn("w:val")) == "DanvanRule"
    indent = int(rule.find("w:pPr/w:ind", NS).get(qn("w:left")))
    assert indent > 9355 // 5, "a short rule, not a full-width line"


# -- 5. Kính gửi --------------------------------------------------------------------------------
def test_one_addressee_on_the_kinh_gui_line(rendered: dict) -> None:
    _, out = rendered["report"]
    assert out.paragraphs("DanvanAddressee") == [
        "Kính gửi: Ban Chỉ đạo thực hiện dân chủ ở cơ sở tỉnh Nghệ An"
    ]
    assert 13 <= out.size("DanvanAddressee") <= 14
    assert not out.has("DanvanAddressee", "b")


def test_several_addressees_one_a_line_aligned_under_the_colon(rendered: dict) -> None:
    _, out = rendered["special"]
    (paragraph,) = [p for p in out.body.findall("w:p", NS) if para_text(p).startswith("Kính gửi:")]
    pieces = [t.text for t in paragraph.iter(qn("w:t"))]
    assert pieces == [
        "Kính gửi:",
        "- UBND tỉnh Sơn La;",
        "- Bộ Khoa học và Công nghệ;",
        "- Sở Tài chính.",
    ]
    assert len(paragraph.findall(".//w:br", NS)) == 2
    assert len(paragraph.findall("w:r/w:tab", NS)) == 1
    indent = paragraph.find("w:pPr/w:ind", NS)
    assert int(indent.get(qn("w:hanging"))) > 0
    tab = paragraph.find("w:pPr/w:tabs/w:tab", NS)
    assert tab.get(qn("w:pos")) == indent.get(qn("w:left"))


# -- 6. body -------------------------------------------------------------------------------------
def test_body_style_is_defined_once_in_styles_xml(rendered: dict) -> None:
    _, out = rendered["report"]
    body = out.style("DanvanBody")
    assert body.find("w:pPr/w:jc", NS).get(qn("w:val")) == "both"
    assert body.find("w:pPr/w:ind", NS).get(qn("w:firstLine")) == "720"  # 1,27 cm
    spacing = body.find("w:pPr/w:spacing", NS)
    assert int(spacing.get(qn("w:after"))) + int(spacing.get(qn("w:before"))) >= 120
    assert spacing.get(qn("w:lineRule")) == "auto"
    assert 240 <= int(spacing.get(qn("w:line"))) <= 360
    assert out.size("DanvanBody") == 14
    for style_id in ("DanvanHeading1", "DanvanHeading2"):
        assert out.has(style_id, "b")
        assert out.size(style_id) == 14
    for style_id in ("DanvanHeading3", "DanvanBullet", "DanvanBullet2"):
        assert not out.has(style_id, "b")
    for style_id in ("DanvanHeading1", "DanvanHeading2", "DanvanHeading3"):
        assert out.style(style_id).find("w:pPr/w:keepNext", NS) is not None


def test_sections_are_numbered_like_the_text_renderer(rendered: dict) -> None:
    _, out = rendered["report"]
    assert out.paragraphs("DanvanHeading1") == [
        "I. ĐẶC ĐIỂM TÌNH HÌNH",
        "II. KẾT QUẢ THỰC HIỆN",
        "III. ĐÁNH GIÁ CHUNG",
        "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026",
        "V. KIẾN NGHỊ, ĐỀ XUẤT",
    ]
    assert "1. Công tác lãnh đạo, chỉ đạo" in out.paragraphs("DanvanHeading2")
    assert out.paragraphs("DanvanHeading3") == [
        "a) Công khai thông tin",
        "b) Hội nghị cán bộ, công chức, viên chức",
    ]
    body = out.paragraphs("DanvanBody")
    assert any(text.startswith("1. Tiếp tục quán triệt") for text in body)
    assert any(text.startswith("3. Nhân rộng mô hình") for text in body)
    assert out.paragraphs("DanvanBullet2")[0] == "+ Dự toán và quyết toán ngân sách năm;"
    assert out.paragraphs("DanvanBullet")[0].startswith("- Ban hành Kế hoạch")


def _last_body_paragraph(out: Docx) -> str:
    paragraph = closing_table(out).getprevious()
    while not para_text(paragraph):
        paragraph = paragraph.getprevious()
    return para_text(paragraph)


@pytest.mark.parametrize("name", ALL)
def test_the_body_ends_with_dot_slash_dot(rendered: dict, name: str) -> None:
    _, out = rendered[name]
    assert _last_body_paragraph(out).endswith("./.")
    assert not _last_body_paragraph(out).endswith("../.")


def test_dot_slash_dot_absorbs_the_final_full_stop(rendered: dict) -> None:
    _, out = rendered["plan"]
    assert _last_body_paragraph(out).endswith("tổng hợp báo cáo một năm./.")


def test_a_body_ending_with_a_table_gets_its_own_dot_slash_dot() -> None:
    plan = build_plan()
    ends_with_table = dv.Plan(
        **{
            **{
                field: getattr(plan, field)
                for field in ("number", "issuer", "place_date", "subject")
            },
            "body": plan.body[:2],
            "signature": plan.signature,
        }
    )
    out = Docx(DocxRenderer().render(ends_with_table))
    assert _last_body_paragraph(out) == "./."


def test_emphasis_is_italic_and_citations_plain(rendered: dict) -> None:
    _, out = rendered["report"]
    italic = [para_text(r) for r in out.body.iter(qn("w:r")) if r.find("w:rPr/w:i", NS) is not None]
    assert italic == ["“Một lần đến, trọn việc”"]
    citation = next(
        r for r in out.body.iter(qn("w:r")) if para_text(r).startswith("Kế hoạch số 12-KH/BCĐ")
    )
    assert citation.find("w:rPr", NS) is None


def test_newlines_and_control_characters_stay_valid_xml() -> None:
    doc = dv.Report(
        number=dv.DocumentNumber.parse("7/BC-SKHCN"),
        issuer=SKHCN,
        place_date=dv.PlaceDate(place="Sơn La", date=dt.date(2021, 2, 3)),
        subject="Báo cáo nhanh",
        body=(dv.Paragraph.of("Dòng một\nDòng hai\tcột\x0b."),),
        signature=DEPUTY,
    )
    data = DocxRenderer().render(doc)
    out = Docx(data)
    paragraph = next(p for p in out.body.iter(qn("w:p")) if "Dòng một" in para_text(p))
    assert para_text(paragraph) == "Dòng một\nDòng haicột./."
    assert paragraph.find(".//w:br", NS) is not None
    assert paragraph.find(".//w:tab", NS) is not None
    docx.Document(io.BytesIO(data))


# -- 7. number -------------------------------------------------------------------------------------
def test_numbers_below_ten_keep_their_leading_zero(rendered: dict) -> None:
    _, out = rendered["report"]
    assert out.paragraphs("DanvanNumber") == ["Số: 05/BC-SDSCĐ"]


# -- 8. footnotes -----------------------------------------------------------------------------
def test_footnotes_are_real_word_footnotes(rendered: dict) -> None:
    _, out = rendered["report"]
    footnotes = out.xml["word/footnotes.xml"]
    kinds = [(f.get(qn("w:type")), f.get(qn("w:id"))) for f in footnotes]
    assert kinds == [("separator", "-1"), ("continuationSeparator", "0"), (None, "1")]
    assert para_text(footnotes[2]) == " 06 người vắng mặt có lý do, đã gửi ý kiến bằng văn bản."
    assert footnotes[2].find(".//w:footnoteRef", NS) is not None
    references = list(out.document.iter(qn("w:footnoteReference")))
    assert [ref.get(qn("w:id")) for ref in references] == ["1"]
    run = references[0].getparent()
    assert run.find("w:rPr/w:rStyle", NS).get(qn("w:val")) == "FootnoteReference"
    assert out.style("FootnoteReference").find("w:rPr/w:vertAlign", NS) is not None
    content_types = out.xml["[Content_Types].xml"]
    overrides = {o.get("PartName"): o.get("ContentType") for o in content_types}
    assert overrides["/word/footnotes.xml"].endswith("wordprocessingml.footnotes+xml")
    rels = out.xml["word/_rels/document.xml.rels"]
    assert any(
        rel.get("Type").endswith("/footnotes") and rel.get("Target") == "footnotes.xml"
        for rel in rels
    )
    settings = out.xml["word/settings.xml"]
    assert [f.get(qn("w:id")) for f in settings.find("w:footnotePr", NS)] == ["-1", "0"]


def test_no_footnotes_part_without_footnotes(rendered: dict) -> None:
    _, out = rendered["plan"]
    assert "word/footnotes.xml" not in out.xml
    assert out.xml["word/settings.xml"].find("w:footnotePr", NS) is None


# -- 9. page numbers ------------------------------------------------------------------------
@pytest.mark.parametrize("name", ALL)
def test_page_numbers_centred_in_the_header_hidden_on_page_one(rendered: dict, name: str) -> None:
    _, out = rendered[name]
    for section in out.sections():
        assert section.find("w:titlePg", NS) is not None
        assert section.find("w:pgNumType", NS).get(qn("w:fmt")) == "decimal"
    headers = out.header_parts()
    assert set(headers) == {"default", "first"}
    instructions = [i.text.strip() for i in headers["default"].iter(qn("w:instrText"))]
    assert instructions == ["PAGE"]
    assert not list(headers["first"].iter(qn("w:instrText")))
    assert not list(headers["first"].iter(qn("w:t")))
    assert out.jc("DanvanPageNumber") == "center"
    assert 13 <= out.size("DanvanPageNumber") <= 14


# -- 10. closing ---------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ALL)
def test_the_closing_block_nơi_nhận_and_signature(rendered: dict, name: str) -> None:
    doc, out = rendered[name]
    closing = closing_table(out)
    borders = closing.find("w:tblPr/w:tblBorders", NS)
    assert {edge.get(qn("w:val")) for edge in borders} <= {"nil", "none"}
    ((recipients, signature),) = rows(closing)
    listed = cell_paragraphs(recipients)
    assert listed[0] == ("DanvanRecipientsHeading", "Nơi nhận:")
    assert [text for _, text in listed[1:]] == doc.recipients.lines()
    assert {style for style, _ in listed[1:]} == {"DanvanRecipients"}
    assert all(text.startswith("- ") for _, text in listed[1:])
    assert all(text.endswith(";") for _, text in listed[1:-1])
    assert listed[-1][1].startswith("- Lưu: VT")
    assert listed[-1][1].endswith(".")
    signed = cell_paragraphs(signature)
    lines = doc.signature.lines(dv.DocumentSystem.STATE)
    assert [text for _, text in signed[:-1]] == lines == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]
    assert {style for style, _ in signed[:-1]} == {"DanvanSignatureTitle"}
    assert signed[-1] == ("DanvanSignerName", doc.signature.name or "")


def test_closing_styles(rendered: dict) -> None:
    _, out = rendered["report"]
    assert out.size("DanvanRecipientsHeading") == 12
    assert out.has("DanvanRecipientsHeading", "b")
    assert out.has("DanvanRecipientsHeading", "i")
    assert out.size("DanvanRecipients") == 11
    assert not out.has("DanvanRecipients", "b")
    for style_id in ("DanvanSignatureTitle", "DanvanSignerName"):
        assert out.has(style_id, "b")
        assert 13 <= out.size(style_id) <= 14
    space = out.style("DanvanSignerName").find("w:pPr/w:spacing", NS).get(qn("w:before"))
    assert int(space) >= 1134, "about 3 cm left for the signature and seal"


def test_the_report_with_addressees_starts_nơi_nhận_with_như_trên(rendered: dict) -> None:
    _, out = rendered["report"]
    ((recipients, _),) = rows(closing_table(out))
    assert cell_paragraphs(recipients)[1][1] == "- Như trên;"


def test_recipients_are_rendered_as_the_model_gives_them(rendered: dict) -> None:
    doc, out = rendered["special"]
    ((recipients, _),) = rows(closing_table(out))
    assert [text for _, text in cell_paragraphs(recipients)[1:]] == doc.recipients.lines()


# -- 11. appendices --------------------------------------------------------------------------
def test_each_appendix_is_a_section_of_its_own_restarting_page_numbers(rendered: dict) -> None:
    doc, out = rendered["report"]
    sections = out.sections()
    assert len(sections) == 2
    assert sections[0].find("w:pgNumType", NS).get(qn("w:start")) is None
    assert sections[1].find("w:pgNumType", NS).get(qn("w:start")) == "1"
    assert sections[1].getparent() is out.body
    holder = sections[0].getparent().getparent()
    label = holder.getnext()
    assert para_text(label) == "Phụ lục"
    assert [para_text(p) for p in (label.getnext(), label.getnext().getnext())] == [
        "SỐ LIỆU THỰC HIỆN DÂN CHỦ Ở CƠ SỞ NĂM 2025",
        layout.attachment_line(doc),
    ]
    assert layout.attachment_line(doc) == (
        "(Kèm theo Báo cáo số 05/BC-SDSCĐ ngày 15 tháng 12 năm 2025 của Sở Dân sinh và Cộng đồng)"
    )
    assert out.size("DanvanAppendixLabel") == 14
    assert out.has("DanvanAppendixLabel", "b")
    assert out.jc("DanvanAppendixLabel") == "center"
    assert out.has("DanvanAppendixTitle", "b")
    assert out.jc("DanvanAppendixTitle") == "center"
    assert out.has("DanvanAttachment", "i")
    assert not out.has("DanvanAttachment", "b")
    rule = label.getnext().getnext().getnext()
    assert rule.find("w:pPr/w:pStyle", NS).get(qn("w:val")) == "DanvanRule"


def test_two_appendices_are_numbered_and_both_restart(rendered: dict) -> None:
    _, out = rendered["special"]
    assert out.paragraphs("DanvanAppendixLabel") == ["Phụ lục I", "Phụ lục II"]
    starts = [s.find("w:pgNumType", NS).get(qn("w:start")) for s in out.sections()]
    assert starts == [None, "1", "1"]


def test_indicator_table(rendered: dict) -> None:
    _, out = rendered["report"]
    table = out.top_tables()[2]
    grid = rows(table)
    assert [para_text(cell) for cell in grid[0]] == ["STT", "Chỉ tiêu", "Số liệu", "Ghi chú"]
    first_row = table.find("w:tr", NS)
    assert first_row.find("w:trPr/w:tblHeader", NS) is not None
    assert table.findall("w:tr", NS)[1].find("w:trPr/w:tblHeader", NS) is None
    borders = table.find("w:tblPr/w:tblBorders", NS)
    assert {edge.get(qn("w:val")) for edge in borders} == {"single"}
    texts = [[para_text(cell) for cell in row] for row in grid[1:]]
    # a total followed by its parts reads "; trong đó:" as in text, Markdown and HTML
    assert texts[0] == [
        "1",
        "Tổng số văn bản chỉ đạo, triển khai đã ban hành; trong đó:",
        "12 văn bản",
        "",
    ]
    assert texts[1] == ["", "- Cấp ủy", "4 văn bản", ""]
    values = [row[2] for row in texts]
    assert "25.350.000 đồng" in values
    assert "412/412 hồ sơ (100%)" in values
    assert "87,5%" in values


def test_task_table(rendered: dict) -> None:
    doc, out = rendered["plan"]
    (table,) = [t for t in out.top_tables() if len(rows(t)[0]) == 6]
    grid = [[para_text(cell) for cell in row] for row in rows(table)]
    assert grid[0] == [
        "STT",
        "Nội dung nhiệm vụ",
        "Đơn vị chủ trì",
        "Đơn vị phối hợp",
        "Thời gian",
        "Sản phẩm",
    ]
    assert grid[1] == [
        "1",
        "Quán triệt Kết luận số 114-KL/TW đến toàn thể công chức, viên chức",
        "Văn phòng Sở",
        "Công đoàn cơ sở, Chi đoàn Thanh niên",
        doc.tasks[0].when,
        "",
    ]
    assert grid[2][4] == "Trước ngày 30/6/2026"
    assert grid[2][5] == "Mô hình được công nhận"
    assert grid[3][4] == "Thường xuyên"
    assert table.find("w:tr/w:trPr/w:tblHeader", NS) is not None
    assert out.paragraphs("DanvanTableTitle") == ["Phân công nhiệm vụ"]


def test_generic_table(rendered: dict) -> None:
    _, out = rendered["special"]
    table = next(t for t in out.top_tables() if para_text(t).startswith("Nội dung"))
    assert [[para_text(cell) for cell in row] for row in rows(table)] == [
        ["Nội dung", "Kết quả"],
        ["Đề tài KH&CN", "12"],
        ["Sáng kiến", "7"],
    ]
    assert out.paragraphs("DanvanTableTitle") == ["Bảng 1. Tổng hợp"]


@pytest.mark.parametrize("name", ALL)
def test_no_two_tables_touch(rendered: dict, name: str) -> None:
    _, out = rendered[name]
    for table in out.top_tables():
        assert table.getnext() is None or table.getnext().tag != qn("w:tbl")


# -- 12. drafts -----------------------------------------------------------------------------
def test_a_draft_keeps_the_blanks_of_the_form(rendered: dict) -> None:
    doc, out = rendered["draft"]
    assert out.paragraphs("DanvanNumber") == ["Số:      /BC-SKHCN"]
    assert out.paragraphs("DanvanNumber") == [layout.number_line(doc)]
    assert out.paragraphs("DanvanPlaceDate") == ["Sơn La, ngày     tháng     năm 2020"]
    ((_, signature),) = rows(closing_table(out))
    assert cell_paragraphs(signature)[-1] == ("DanvanSignerName", "")
    preserved = out.document.find(".//w:t", NS).get("{http://www.w3.org/XML/1998/namespace}space")
    assert preserved == "preserve"


# -- 13. nothing of the model is lost -----------------------------------------------------
def _expected_texts(doc: dv.BaseDocument) -> list[str]:
    # the căn cứ lines as printed: ";" at each end, "." on the last (layout.basis_paragraphs)
    bases = layout.basis_paragraphs(doc.bases)
    expected = [p.text for p in (*bases, *doc.paragraphs()) if p not in doc.bases]
    expected += [fn.text for p in doc.paragraphs() for fn in p.footnotes]
    for block in doc.blocks():
        if isinstance(block, dv.Section) and block.title:
            expected.append(block.title)
        elif isinstance(block, dv.IndicatorTable):
            stack = list(block.indicators)
            while stack:
                indicator = stack.pop()
                expected.append(indicator.name)
                if indicator.value is not None:
                    expected.append(str(indicator.value))
                stack.extend(indicator.breakdown)
        elif isinstance(block, dv.TaskTable):
            for task in block.tasks:
                expected += [task.description, task.lead, *task.partners, task.when]
                expected += [task.output] if task.output else []
        elif isinstance(block, dv.Table):
            expected += [*block.header, *(cell for row in block.rows for cell in row)]
    if doc.recipients is not None:
        expected += doc.recipients.lines()
    if doc.signature is not None:
        expected += doc.signature.lines(doc.system)
        expected += [doc.signature.name] if doc.signature.name else []
    expected += [doc.subject, str(doc.place_date), *doc.addressees]
    expected += [appendix.title.upper() for appendix in doc.appendices]
    return [text for text in expected if text]


@pytest.mark.parametrize("name", ALL)
def test_no_text_of_the_model_is_missing(rendered: dict, name: str) -> None:
    doc, out = rendered[name]
    text = out.text().casefold()
    missing = [item for item in _expected_texts(doc) if item.casefold() not in text]
    assert missing == []


# -- 14. XML-special characters -------------------------------------------------------------
def test_ampersand_and_angle_brackets_make_a_valid_document(rendered: dict) -> None:
    doc, out = rendered["special"]
    reopened = docx.Document(io.BytesIO(out.data))
    texts = [p.text for p in reopened.paragraphs]
    assert 'Kết quả ứng dụng KH&CN <năm 2021> và "chuyển đổi số"' in texts
    assert 'Chỉ số A < B & C > D; giá trị "cao".' in texts
    assert doc.subject in out.text()


def test_control_characters_anywhere_never_break_the_package() -> None:
    # No lone surrogate: the model refuses those at construction (tests/test_hostile_input.py).
    odd = "A\x00\x01\x0b\x1f\ufffe&<>\"'\u2028\t\nZ"
    doc = dv.Report(
        number=dv.DocumentNumber.parse("9/BC-SKHCN"),
        issuer=dv.Agency(name=f"Sở {odd}", abbreviation="SKHCN", parent=f"UBND {odd}"),
        place_date=dv.PlaceDate(place=f"Sơn La{odd}", date=dt.date(2021, 1, 2)),
        subject=f"Trích yếu {odd}",
        addressees=(f"Nơi {odd}", "Nơi khác"),
        body=(
            dv.Section(
                title=f"Tiêu đề {odd}",
                blocks=(
                    dv.Paragraph.of(odd, dv.Footnote(text=odd), dv.Emphasis(text=odd)),
                    dv.Table(header=(odd,), rows=((odd,),), caption=odd),
                ),
            ),
        ),
        recipients=dv.Recipients(entries=(dv.Recipient(name=odd),)),
        signature=dv.Signature(head_title=f"Giám đốc {odd}", name=f"Tên {odd}"),
        appendices=(dv.Appendix(title=odd, blocks=(dv.Paragraph.of(odd),)),),
    )
    data = DocxRenderer().render(doc)
    reopened = docx.Document(io.BytesIO(data))
    assert any("A&<>\"'" in p.text for p in reopened.paragraphs)
