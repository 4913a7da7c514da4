"""The .docx reader: what people write in Word comes out as lines and tables, nothing dropped."""

from __future__ import annotations

import io
import random
import time
import unicodedata

import docx
import pytest
from docx_fixtures import OUTLINE_LISTS, build_docx, num, numbered, p, r, table

from danvan.reading.docx.reader import docx_source
from danvan.reading.encodings import unicode_to_tcvn3, unicode_to_vni
from danvan.reading.source import SourceLine, SourceTable

HEADER_CELLS = [
    [
        "ỦY BAN NHÂN DÂN TỈNH CAO ĐIỀN\nSỞ DỮ LIỆU SỐ",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
    ],
    ["Số: 12/BC-SDLS", "Cao Điền, ngày 05 tháng 3 năm 2025"],
]


def _lines(data: bytes) -> list[SourceLine]:
    return [
        item
        for item in docx_source(data, source_name="t.docx").items
        if isinstance(item, SourceLine)
    ]


def _texts(data: bytes) -> list[str]:
    return [line.text for line in _lines(data) if line.text.strip()]


def test_header_in_borderless_table_is_flattened_row_by_row() -> None:
    data = build_docx(table(HEADER_CELLS, borders=False) + p("BÁO CÁO", style="Title"))
    lines = _lines(data)
    assert [line.text for line in lines] == [
        "ỦY BAN NHÂN DÂN TỈNH CAO ĐIỀN",
        "SỞ DỮ LIỆU SỐ",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 12/BC-SDLS",
        "Cao Điền, ngày 05 tháng 3 năm 2025",
        "BÁO CÁO",
    ]
    assert (lines[2].location.table, lines[2].location.row, lines[2].location.cell) == (0, 0, 1)
    assert lines[-1].centered
    assert lines[-1].bold
    assert lines[-1].all_caps


def test_header_as_plain_paragraphs() -> None:
    body = "".join(p(line) for row in HEADER_CELLS for cell in row for line in cell.split("\n"))
    assert _texts(build_docx(body)) == [
        line for row in HEADER_CELLS for c in row for line in c.split("\n")
    ]


def test_bordered_table_stays_a_table() -> None:
    data = build_docx(table([["Chỉ tiêu", "Số lượng"], ["Văn bản ban hành", "08"]], borders=True))
    (item,) = docx_source(data).items
    assert isinstance(item, SourceTable)
    assert item.borderless is False
    assert item.cell_text(1, 1) == "08"
    assert item.rows[1][0][0].location.row == 1


def test_wide_borderless_table_stays_a_table() -> None:
    rows = [["STT", "Đơn vị", "Số mô hình", "Ghi chú"], ["1", "Xã Hòa An", "02", ""]]
    (item,) = docx_source(build_docx(table(rows, borders=False))).items
    assert isinstance(item, SourceTable)
    assert item.borderless is True


OUTLINE_NUMBERING = OUTLINE_LISTS + num(
    3, 1, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'
)


def test_automatic_numbering_labels() -> None:
    body = (
        numbered("ĐẶC ĐIỂM TÌNH HÌNH", 1, 0)
        + numbered("KẾT QUẢ", 1, 0)
        + numbered("Công tác lãnh đạo", 1, 1)
        + "".join(numbered(f"Điểm {i}", 1, 2) for i in range(1, 7))
        + numbered("Gạch đầu dòng", 1, 3)
        + numbered("Công tác tuyên truyền", 1, 1)
        + numbered("Điểm mới", 1, 2)
        + numbered("Chương", 2, 0)
        + numbered("Mục", 2, 1)
        + numbered("Chương", 2, 0)
        + numbered("Mục", 2, 1)
        + numbered("Chương", 2, 0)
        + numbered("Mục", 2, 1)
        + numbered("Danh sách mới", 3, 0)
        + p("Đoạn thường")
    )
    source = docx_source(build_docx(body, numbering=OUTLINE_NUMBERING))
    labels = [item.numbering_label for item in source.items if isinstance(item, SourceLine)]
    assert labels == [
        "I.", "II.", "1.", "a)", "b)", "c)", "d)", "đ)", "e)", "-", "2.", "a)",
        "1.", "1.1.", "2.", "2.1.", "3.", "3.1.", "1.", None,
    ]  # fmt: skip
    codes = [finding.code for finding in source.findings]
    assert "R302" in codes  # the Vietnamese letters mapping is reported


def test_heading_levels_by_style_by_outline_and_by_style_name() -> None:
    body = (
        p("I. ĐẶC ĐIỂM", style="Heading1")
        + p("1. Tình hình", style="Heading2")
        + p("a) Điểm", style="Tieude3")
        + p("II. KẾT QUẢ", ppr='<w:outlineLvl w:val="0"/>')
        + p("Đoạn", ppr='<w:outlineLvl w:val="9"/>')
        + p("III. KIẾN NGHỊ", rpr="<w:b/><w:caps/>")
    )
    levels = [
        (line.text, line.heading_level, line.bold, line.all_caps)
        for line in _lines(build_docx(body))
    ]
    assert levels == [
        ("I. ĐẶC ĐIỂM", 1, True, False),
        ("1. Tình hình", 2, True, False),
        ("a) Điểm", 3, False, False),
        ("II. KẾT QUẢ", 1, False, False),
        ("Đoạn", None, False, False),
        ("III. KIẾN NGHỊ", None, True, True),  # direct formatting: hints for the recognizer
    ]


def test_footnotes_attached_where_referenced() -> None:
    footnotes = (
        '<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>'
        + r(" Theo Kế hoạch số 12-KH/BCĐ ngày 20/01/2025.")
        + "</w:p></w:footnote>"
    )
    body = p(
        raw=r("Đã tổ chức 02 hội nghị")
        + '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'
        + r(" trong năm.")
    )
    (line,) = _lines(build_docx(body, footnotes=footnotes))
    assert line.text == "Đã tổ chức 02 hội nghị trong năm."
    (note,) = line.footnotes
    assert note.offset == len("Đã tổ chức 02 hội nghị")
    assert note.text == "Theo Kế hoạch số 12-KH/BCĐ ngày 20/01/2025."


def test_content_controls_hyperlinks_fields_kept() -> None:
    body = (
        '<w:sdt><w:sdtPr><w:alias w:val="Trích yếu"/></w:sdtPr><w:sdtContent>'
        + p("Kết quả công tác dân vận năm 2025")
        + "</w:sdtContent></w:sdt>"
        + p(raw=r("Xem ") + '<w:sdt><w:sdtContent>' + r("nội dung") + "</w:sdtContent></w:sdt>" + r(" tại ")
            + '<w:hyperlink r:id="rId9">' + r("Cổng thông tin") + "</w:hyperlink>")
        + p(raw=r("Trang ") + '<w:fldSimple w:instr=" PAGE ">' + r("3") + "</w:fldSimple>")
        + p(raw=r("Ngày ")
            + '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DATE \\@ "dd/MM/yyyy" </w:instrText></w:r>'
            + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + r("05/3/2025") + '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    )  # fmt: skip
    assert _texts(build_docx(body)) == [
        "Kết quả công tác dân vận năm 2025",
        "Xem nội dung tại Cổng thông tin",
        "Trang 3",
        "Ngày 05/3/2025",
    ]


def test_text_box_read_once_from_alternate_content() -> None:
    box = p("Dự thảo lần 2")
    drawing = (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData>'
        f"<wps:wsp><wps:txbx><w:txbxContent>{box}</w:txbxContent></wps:txbx></wps:wsp>"
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>{box}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>"
    )
    texts = _texts(build_docx(p(raw=r("Trang đầu") + drawing)))
    assert texts == ["Trang đầu", "Dự thảo lần 2"]


def test_tracked_changes_read_as_accepted_text_with_finding() -> None:
    body = p(
        raw=r("Tổ chức ")
        + '<w:del w:id="1" w:author="A"><w:r><w:delText>03</w:delText></w:r></w:del>'
        + '<w:ins w:id="2" w:author="A">'
        + r("04")
        + "</w:ins>"
        + r(" hội nghị")
        + '<w:moveFrom w:id="3" w:author="A">'
        + r(" (cũ)")
        + "</w:moveFrom>"
    )
    source = docx_source(build_docx(body))
    assert [i.text for i in source.items if isinstance(i, SourceLine)] == ["Tổ chức 04 hội nghị"]
    (finding,) = [f for f in source.findings if f.code == "R301"]
    assert "1 insertion" in finding.message
    assert "2 deletion" in finding.message


def test_nfd_text_normalised_with_finding() -> None:
    text = "Ủy ban nhân dân xã Hòa Bình"
    source = docx_source(build_docx(p(unicodedata.normalize("NFD", text))))
    (line,) = source.items
    assert isinstance(line, SourceLine)
    assert line.text == text
    assert [f.code for f in source.findings] == ["R011"]


def test_tcvn3_and_vni_fonts_converted() -> None:
    tcvn3 = unicode_to_tcvn3("báo cáo kết quả thực hiện")
    capitals = unicode_to_tcvn3("ủy ban nhân dân")
    vni = unicode_to_vni("Sở Dữ liệu số")
    body = (
        p(tcvn3, rpr='<w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/>')
        + p(capitals, rpr='<w:rFonts w:ascii=".VnTimeH" w:hAnsi=".VnTimeH"/>')
        + p(vni, rpr='<w:rFonts w:ascii="VNI-Times" w:hAnsi="VNI-Times"/>')
        + p("Đã là Unicode")
    )
    source = docx_source(build_docx(body))
    assert [i.text for i in source.items if isinstance(i, SourceLine)] == [
        "báo cáo kết quả thực hiện",
        "ỦY BAN NHÂN DÂN",
        "Sở Dữ liệu số",
        "Đã là Unicode",
    ]
    assert sorted(f.code for f in source.findings) == ["R012", "R012", "R012"]


def test_tcvn3_without_font_detected_by_statistics() -> None:
    text = "ủy ban nhân dân xã hòa bình tổ chức hội nghị đối thoại với nhân dân về công tác dân vận"
    source = docx_source(build_docx(p(unicode_to_tcvn3(text))))
    (line,) = source.items
    assert isinstance(line, SourceLine)
    assert line.text == text
    assert [f.code for f in source.findings] == ["R012"]


def test_emphasis_superscript_breaks_and_font() -> None:
    body = p(raw=r("Nơi nhận:", "<w:b/><w:i/>") + r(" văn bản") + r("ab", '<w:vertAlign w:val="superscript"/>')
             + "<w:r><w:br/></w:r>" + r("dòng hai"))  # fmt: skip
    first, second = _lines(build_docx(body))
    assert first.text == "Nơi nhận: văn bảnab"
    assert (
        first.emphasis[0].start,
        first.emphasis[0].end,
        first.emphasis[0].bold,
        first.emphasis[0].italic,
    ) == (0, 9, True, True)
    assert first.superscripts == ((17, 19),)
    assert first.hard_break
    assert not second.hard_break
    assert second.text == "dòng hai"
    assert first.font == "Times New Roman"
    assert first.location.paragraph == second.location.paragraph == 0


def test_nothing_lost_compared_with_python_docx() -> None:
    """Every paragraph and cell text python-docx sees is in what danvan read."""
    body = (
        table(HEADER_CELLS, borders=False)
        + p("BÁO CÁO", style="Title")
        + numbered("KẾT QUẢ", 1, 0)
        + table([["Chỉ tiêu", "Số lượng"], ["Văn bản", "08"]], borders=True)
        + p(raw=r("Xem ") + '<w:hyperlink r:id="rId9">' + r("Cổng thông tin") + "</w:hyperlink>")
    )
    data = build_docx(body, numbering=OUTLINE_NUMBERING)
    seen = docx.Document(io.BytesIO(data))
    expected = [par.text for par in seen.paragraphs if par.text.strip()]
    for tbl in seen.tables:
        expected.extend(cell.text for row in tbl.rows for cell in row.cells if cell.text.strip())
    got = []
    for item in docx_source(data).items:
        if isinstance(item, SourceLine):
            got.append(item.text)
        else:
            got.extend(line.text for row in item.rows for cell in row for line in cell)
    joined = "\n".join(got)
    missing = [text for text in expected if text not in joined]
    assert not missing, missing


def test_fifty_megabytes_in_one_paragraph_read_in_bounded_time() -> None:
    # 50 MB of text in one paragraph, as many runs (one w:t over 10 MB is refused, see safezip tests).
    rng = random.Random(3)
    words = ["công", "tác", "dân", "vận", "chính", "quyền", "năm", "2025", "Cao", "Điền"]
    chunk = " ".join(rng.choice(words) for _ in range(200_000))  # about 1 MB of UTF-8
    runs = r(chunk) * 50
    data = build_docx(p(raw=runs))
    started = time.perf_counter()
    (line,) = _lines(data)
    assert len(line.text) == 50 * len(chunk)
    assert time.perf_counter() - started < 60


@pytest.mark.parametrize("bad", [b"", b"not a zip at all", bytes(range(256))])
def test_bad_input_is_a_clear_error(bad: bytes) -> None:
    from danvan.reading.registry import ReadError

    with pytest.raises(ReadError):
        docx_source(bad)


def test_nested_table_and_wrapped_cells_keep_their_text() -> None:
    inner = table([["Xã A", "01"], ["Xã B", "02"]], borders=True)
    outer = (
        '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr>'
        "<w:tr><w:tc>" + p("Đơn vị") + "</w:tc><w:tc>" + inner + p("") + "</w:tc></w:tr>"
        "<w:sdt><w:sdtContent><w:tr><w:tc>" + p("Tổng") + "</w:tc>"
        "<w:sdt><w:sdtContent><w:tc>"
        + p("03")
        + "</w:tc></w:sdtContent></w:sdt></w:tr></w:sdtContent></w:sdt>"
        "</w:tbl>"
    )
    (item,) = docx_source(build_docx(outer)).items
    assert isinstance(item, SourceTable)
    assert len(item.rows) == 2
    assert [line.text for line in item.rows[0][1] if line.text] == ["Xã A", "01", "Xã B", "02"]
    assert item.cell_text(1, 0) == "Tổng"
    assert item.cell_text(1, 1) == "03"
    assert item.rows[1][1][0].location.row == 1


def test_office_math_text_kept() -> None:
    math = (
        '<m:oMath xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math">'
        "<m:r><m:t>4/4</m:t></m:r></m:oMath>"
    )
    (line,) = _lines(build_docx(p(raw=r("Tỷ lệ ") + math + r(" đơn vị"))))
    assert line.text == "Tỷ lệ 4/4 đơn vị"
