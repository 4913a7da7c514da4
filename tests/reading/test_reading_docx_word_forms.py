"""Word documents unlike the reader's own fixtures: what a careful clerk sees in Word, read back.

Each expectation was written from how Word displays the document (the labels of automatic
numbering, the section tree, the header parts, the signature, the tables), before running
the reader. Where Word's behaviour is our reading of ECMA-376 rather than checked in Word
itself, the test says so. Every document is also checked with the nothing-lost measure
(tests/reading/nothing_lost.py) over the text of every paragraph and cell, read by a plain
scan of the XML, not by the reader's walk.
"""

from __future__ import annotations

import io
import re
import zipfile

import pytest
from docx_fixtures import DEFAULT_STYLES, OUTLINE_LISTS, build_docx, lvl, num, numbered, p, r, table
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree
from nothing_lost import assert_nothing_lost, reduce
from word_forms import (
    BULLETS,
    CLOSING,
    CONTINUOUS,
    ENDING,
    HEADER,
    HEADER_LEFT,
    HEADER_RIGHT,
    KHOAN,
    LEGAL,
    LIST_NUMBER,
    LITERAL,
    MIXED_PARTS,
    NUM_STYLE_LINK,
    NUMBER,
    PLACE_DATE,
    STRICT_W,
    STYLE_LINKED,
    STYLES_LIST_NUMBER,
    STYLES_NUM_STYLE_LINK,
    STYLES_WITH_NUMBERING,
    SUFFIXES,
    TITLE,
    TRANSITIONAL_W,
    cell,
    grid_table,
    lines,
    listed,
    report,
    rewrite_parts,
    row,
)

import danvan
from danvan.model import BulletList, Document, Paragraph, Section, Table
from danvan.reading.docx import docx_source
from danvan.reading.source import SourceLine

W = f"{{{TRANSITIONAL_W}}}"
_DROPPED = {f"{W}del", f"{W}moveFrom", f"{W}instrText", f"{W}delText"}


# --- helpers ------------------------------------------------------------------------------


def _paragraph_text(paragraph: etree._Element, out: list[str]) -> None:
    """The text of one w:p as Word shows it (breaks as new lines), nested paragraphs apart."""
    pieces: list[str] = []

    def visit(element: etree._Element) -> None:
        for child in element:
            tag = child.tag
            if tag in _DROPPED:
                continue
            if tag == f"{W}r" and child.find(f"{W}rPr/{W}vanish") is not None:
                continue  # hidden text: Word does not show it
            if tag == f"{W}p":
                _paragraph_text(child, out)
            elif tag == f"{W}t":
                pieces.append(child.text or "")
            elif tag in (f"{W}br", f"{W}cr"):
                pieces.append("\n")
            elif tag == f"{W}tab":
                pieces.append("\t")
            else:
                visit(child)

    visit(paragraph)
    out.append("".join(pieces))


def word_text(data: bytes) -> str:
    """Every paragraph of the body and the footnotes, one per line, by a plain XML scan."""
    out: list[str] = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for part in ("word/document.xml", "word/footnotes.xml"):
            if part not in archive.namelist():
                continue
            text = archive.read(part).replace(STRICT_W.encode(), TRANSITIONAL_W.encode())
            root = etree.fromstring(text)
            for paragraph in root.iter(f"{W}p"):
                if not any(a.tag == f"{W}p" for a in paragraph.iterancestors()):
                    _paragraph_text(paragraph, out)
    return "\n".join(out)


def read(data: bytes) -> Document:
    document = danvan.read(data, format="docx")
    # a standard column heading of a table of indicators is accounted for by its R125
    # finding, which quotes it (the renderers print their own), as for text in nothing_lost
    assert document.origin is not None
    quoted = {
        match.group(1)
        for finding in document.origin.findings
        if finding.code == "R125" and (match := re.search(r"'([^']*)'", finding.message))
    }
    # text Word shows that danvan leaves out on purpose is quoted whole by its finding (R306
    # hidden text is not shown by Word and not in word_text; R307 a table of contents)
    left_out = reduce(
        " ".join(f.message for f in document.origin.findings if f.code in ("R306", "R307"))
    )
    text = "\n".join(
        line
        for line in word_text(data).split("\n")
        if line.strip() not in quoted and not (left_out and reduce(line) in left_out)
    )
    assert_nothing_lost(text, document, "word")
    return document


def outline(document: Document) -> list[str]:
    """The section tree: one line per section, indented by depth ("  2.1 Tuyên truyền";
    "- TÌNH HÌNH CHUNG" for a section without a label)."""
    found: list[str] = []

    def walk(blocks: tuple[object, ...], depth: int) -> None:
        for block in blocks:
            if isinstance(block, Section):
                label = " ".join(x for x in (block.prefix, block.number) if x)
                title = block.title
                if title is None and block.blocks and isinstance(block.blocks[0], Paragraph):
                    title = block.blocks[0].text
                # a section without a label shows "-" in its place, so "1 KẾT QUẢ" as a
                # title is not taken for the label "1" and the title "KẾT QUẢ"
                found.append("  " * depth + f"{label or '-'} {title}")
                walk(block.blocks, depth + 1)

    walk(document.body, 0)
    return found


def labels(data: bytes) -> list[tuple[str | None, str]]:
    """(the automatic label, the text) of every numbered paragraph, as the reader computed."""
    return [
        (item.numbering_label, item.text)
        for item in docx_source(data).items
        if isinstance(item, SourceLine) and item.numbering_label
    ]


def codes(document: Document) -> set[str]:
    assert document.origin is not None
    return {finding.code for finding in document.origin.findings}


def assert_standard_parts(document: Document) -> None:
    """The header, title and closing of the shared frame (word_forms.report)."""
    assert str(document.number) == "27/BC-SDLS"
    assert document.issuer is not None
    assert document.issuer.name == "SỞ DỮ LIỆU SỐ"
    assert document.place_date is not None
    assert document.place_date.place == "Cao Điền"
    assert document.subject == "Kết quả công tác dân vận 6 tháng đầu năm 2025"
    assert document.signature is not None
    assert document.signature.name == "Trần Thị Mai"
    assert document.recipients is not None


# --- 1. legal numbering (w:isLgl) -------------------------------------------------------------


def test_legal_numbering_shows_the_roman_parent_in_decimal() -> None:
    # ECMA-376 Part 1 §17.9.4 isLgl: every level in this level's text is shown as its
    # decimal equivalent; a level without isLgl (I., II.) keeps its own format.
    body = (
        listed("ĐẶC ĐIỂM TÌNH HÌNH", 20, 0, style="Heading1")
        + p("Tình hình chung ổn định.")
        + listed("KẾT QUẢ THỰC HIỆN", 20, 0, style="Heading1")
        + listed("Công tác tuyên truyền", 20, 1, style="Heading2")
        + p("Tổ chức 04 hội nghị.")
        + listed("Dân vận chính quyền", 20, 1, style="Heading2")
        + listed("Ở cấp tỉnh", 20, 2)
        + p("Tiếp 120 lượt công dân.")
        + listed("NHIỆM VỤ 6 THÁNG CUỐI NĂM", 20, 0, style="Heading1")
        + listed("Trọng tâm", 20, 1, style="Heading2")
        + p("Tiếp tục đẩy mạnh.")
    )
    data = report(body, numbering=LEGAL)
    assert [label for label, _ in labels(data)] == [
        "I.", "II.", "2.1.", "2.2.", "2.2.1.", "III.", "3.1.",
    ]  # fmt: skip
    document = read(data)
    assert_standard_parts(document)
    assert outline(document) == [
        "I ĐẶC ĐIỂM TÌNH HÌNH",
        "II KẾT QUẢ THỰC HIỆN",
        "  2.1 Công tác tuyên truyền",
        "  2.2 Dân vận chính quyền",
        "    2.2.1 Ở cấp tỉnh",
        "III NHIỆM VỤ 6 THÁNG CUỐI NĂM",
        "  3.1 Trọng tâm",
    ]


# --- 2. restarts: w:lvlOverride/w:startOverride, lists that continue ------------------------


def test_khoan_lists_restart_and_continue_per_section() -> None:
    # "Restart at 1" makes a new w:num with startOverride 1; "Set numbering value: 3" one with
    # startOverride 3; a plain paragraph between two items of one list does not restart it.
    body = (
        numbered("ĐẶC ĐIỂM TÌNH HÌNH", 1, 0)
        + listed("Thuận lợi: được sự quan tâm của cấp ủy.", 30)
        + p("Ngoài ra, các đoàn thể phối hợp tốt.")
        + listed("Khó khăn: địa bàn rộng.", 30)
        + numbered("KẾT QUẢ THỰC HIỆN", 1, 0)
        + listed("Tổ chức 04 hội nghị.", 31)
        + listed("Phát hành 2.000 tờ rơi.", 31)
        + listed("Tiếp 120 lượt công dân.", 31)
        + numbered("PHƯƠNG HƯỚNG", 1, 0)
        + listed("Tiếp tục tuyên truyền.", 32)
        + listed("Tăng cường đối thoại.", 32)
    )
    data = report(body, numbering=KHOAN)
    assert [label for label, _ in labels(data)] == [
        "I.", "1.", "2.", "II.", "1.", "2.", "3.", "III.", "3.", "4.",
    ]  # fmt: skip
    document = read(data)
    assert_standard_parts(document)
    assert outline(document) == [
        "I ĐẶC ĐIỂM TÌNH HÌNH",
        "  1 Thuận lợi: được sự quan tâm của cấp ủy.",
        "  2 Khó khăn: địa bàn rộng.",
        "II KẾT QUẢ THỰC HIỆN",
        "  1 Tổ chức 04 hội nghị.",
        "  2 Phát hành 2.000 tờ rơi.",
        "  3 Tiếp 120 lượt công dân.",
        "III PHƯƠNG HƯỚNG",
        "  3 Tiếp tục tuyên truyền.",
        "  4 Tăng cường đối thoại.",
    ]


# --- 3. w:lvlRestart 0: khoản numbered through the whole document --------------------------


def test_lvl_restart_zero_numbers_khoan_through_the_document() -> None:
    body = (
        listed("KẾT QUẢ", 22, 0)
        + listed("Tuyên truyền", 22, 1)
        + listed("Ở cơ sở", 22, 2)
        + listed("Ở cơ quan", 22, 2)
        + listed("Vận động", 22, 1)
        + listed("NHIỆM VỤ", 22, 0)
        + listed("Đối thoại", 22, 1)
        + listed("Với thanh niên", 22, 2)
    )
    data = report(body, numbering=CONTINUOUS)
    assert [label for label, _ in labels(data)] == [
        "I.", "1.", "a)", "b)", "2.", "II.", "3.", "a)",
    ]  # fmt: skip
    document = read(data)
    assert outline(document) == [
        "I KẾT QUẢ",
        "  1 Tuyên truyền",
        "    a Ở cơ sở",
        "    b Ở cơ quan",
        "  2 Vận động",
        "II NHIỆM VỤ",
        "  3 Đối thoại",
        "    a Với thanh niên",
    ]


# --- 4. numbering attached through paragraph styles ----------------------------------------


def test_numbering_from_styles_and_a_based_on_chain() -> None:
    # Heading1's numPr names no level: the level whose w:pStyle is Heading1 (level 0).
    # "Khoản" is based on "List Paragraph" and carries its own numPr (level 2).
    body = (
        p("ĐẶC ĐIỂM TÌNH HÌNH", style="Heading1")
        + p("Tình hình ổn định.")
        + p("KẾT QUẢ", style="Heading1")
        + p("Tuyên truyền", style="Heading2")
        + p("Trên báo chí;", style="Khoan")
        + p("Trên mạng xã hội.", style="Khoan")
        + p("Vận động", style="Heading2")
        + p("PHẦN KHÔNG ĐÁNH SỐ", style="Heading1", ppr='<w:numPr><w:numId w:val="0"/></w:numPr>')
        + p("NHIỆM VỤ", style="Heading1")
    )
    data = report(body, numbering=STYLE_LINKED, styles=STYLES_WITH_NUMBERING)
    assert labels(data) == [
        ("I.", "ĐẶC ĐIỂM TÌNH HÌNH"),
        ("II.", "KẾT QUẢ"),
        ("1.", "Tuyên truyền"),
        ("a)", "Trên báo chí;"),
        ("b)", "Trên mạng xã hội."),
        ("2.", "Vận động"),
        ("III.", "NHIỆM VỤ"),
    ]
    document = read(data)
    tree = outline(document)
    assert tree[:6] == [
        "I ĐẶC ĐIỂM TÌNH HÌNH",
        "II KẾT QUẢ",
        "  1 Tuyên truyền",
        "    a Trên báo chí;",
        "    b Trên mạng xã hội.",
        "  2 Vận động",
    ]
    # An unnumbered Heading 1 between II. and III.: Word's navigation pane shows the three
    # side by side.
    assert tree[6:] == ["- PHẦN KHÔNG ĐÁNH SỐ", "III NHIỆM VỤ"]


# --- 5. w:numStyleLink / w:styleLink -----------------------------------------------------------


def test_list_defined_through_a_numbering_style_link() -> None:
    # abstractNum 52 only links to the list style "DanhSoVN", whose numPr names list 51,
    # an instance of abstractNum 50 (w:styleLink DanhSoVN) that holds the levels. Both
    # instances count one list (ECMA-376 Part 1 §17.9.21 numStyleLink).
    body = (
        listed("KẾT QUẢ", 53, 0)
        + listed("Tuyên truyền", 53, 1)
        + listed("Vận động", 51, 1)
        + listed("NHIỆM VỤ", 53, 0)
        + listed("Đối thoại", 53, 1)
    )
    data = report(body, numbering=NUM_STYLE_LINK, styles=STYLES_NUM_STYLE_LINK)
    assert [label for label, _ in labels(data)] == ["I.", "1.", "2.", "II.", "1."]
    assert outline(read(data)) == [
        "I KẾT QUẢ",
        "  1 Tuyên truyền",
        "  2 Vận động",
        "II NHIỆM VỤ",
        "  1 Đối thoại",
    ]


# --- 6. a "List Number" list under a Heading 2 -----------------------------------------------


def test_list_number_items_under_a_numbered_heading_are_its_children() -> None:
    # Word shows "1. Công tác tuyên truyền" (Heading 2), then its own list "1.", "2." in the
    # List Number style: the items belong to the heading, they are not its siblings.
    body = (
        numbered("KẾT QUẢ", 1, 0, style="Heading1")
        + numbered("Công tác tuyên truyền", 1, 1, style="Heading2")
        + p("Tổ chức 04 hội nghị chuyên đề.", style="ListNumber")
        + p("Phát hành 2.000 tờ rơi.", style="ListNumber")
        + numbered("Công tác vận động", 1, 1, style="Heading2")
        + listed("Vận động 300 hộ hiến đất.", 62, 0, style="ListNumber")
        + listed("Xây dựng 12 mô hình.", 62, 0, style="ListNumber")
        + numbered("NHIỆM VỤ", 1, 0, style="Heading1")
    )
    data = report(body, numbering=LIST_NUMBER, styles=STYLES_LIST_NUMBER)
    assert [label for label, _ in labels(data)] == [
        "I.", "1.", "1.", "2.", "2.", "1.", "2.", "II.",
    ]  # fmt: skip
    assert outline(read(data)) == [
        "I KẾT QUẢ",
        "  1 Công tác tuyên truyền",
        "    1 Tổ chức 04 hội nghị chuyên đề.",
        "    2 Phát hành 2.000 tờ rơi.",
        "  2 Công tác vận động",
        "    1 Vận động 300 hộ hiến đất.",
        "    2 Xây dựng 12 mô hình.",
        "II NHIỆM VỤ",
    ]


# --- 7. w:suff and a label with a trailing space --------------------------------------------------


def test_label_suffix_nothing_space_tab() -> None:
    # w:suff only sets what follows the label (ECMA-376 §17.9.29); the label is the same.
    body = (
        listed("KẾT QUẢ", 70, 0)
        + listed("Tuyên truyền", 70, 1)
        + listed("Trên báo chí", 70, 2)
        + listed("Trên mạng xã hội", 70, 2)
        + listed("NHIỆM VỤ", 70, 0)
    )
    data = report(body, numbering=SUFFIXES)
    assert [label for label, _ in labels(data)] == ["I.", "1.", "a)", "b)", "II."]
    assert outline(read(data)) == [
        "I KẾT QUẢ",
        "  1 Tuyên truyền",
        "    a Trên báo chí",
        "    b Trên mạng xã hội",
        "II NHIỆM VỤ",
    ]


# --- 8. literal text in w:lvlText: "Phần %1", "%3.%4.%5." -------------------------------------


def test_literal_level_text_phan_and_three_part_numbers() -> None:
    body = (
        listed("KẾT QUẢ THỰC HIỆN", 80, 0)
        + listed("CÔNG TÁC DÂN VẬN CHÍNH QUYỀN", 80, 1)
        + listed("Ở cấp tỉnh", 80, 2)
        + listed("Tiếp công dân", 80, 3)
        + listed("Tiếp định kỳ", 80, 4)
        + p("Tiếp 12 buổi.")
        + listed("Tiếp đột xuất", 80, 4)
        + p("Tiếp 03 buổi.")
        + listed("PHƯƠNG HƯỚNG NHIỆM VỤ", 80, 0)
        + listed("NHIỆM VỤ TRỌNG TÂM", 80, 1)
        + p("Tiếp tục thực hiện.")
    )
    data = report(body, numbering=LITERAL)
    assert [label for label, _ in labels(data)] == [
        "Phần I", "I.", "1.", "1.1.", "1.1.1.", "1.1.2.", "Phần II", "I.",
    ]  # fmt: skip
    assert outline(read(data)) == [
        "Phần I KẾT QUẢ THỰC HIỆN",
        "  I CÔNG TÁC DÂN VẬN CHÍNH QUYỀN",
        "    1 Ở cấp tỉnh",
        "      1.1 Tiếp công dân",
        "        1.1.1 Tiếp định kỳ",
        "        1.1.2 Tiếp đột xuất",
        "Phần II PHƯƠNG HƯỚNG NHIỆM VỤ",
        "  I NHIỆM VỤ TRỌNG TÂM",
    ]


# --- 9. bullets: "-", "+", and characters of symbol fonts ----------------------------------------


def _bullets(document: Document) -> list[tuple[str, list[str]]]:
    found: list[tuple[str, list[str]]] = []

    def walk(blocks: tuple[object, ...]) -> None:
        for block in blocks:
            if isinstance(block, BulletList):
                found.append((block.marker, [item.content.text for item in block.items]))
                for item in block.items:
                    if item.children is not None:
                        walk((item.children,))
            elif isinstance(block, Section):
                walk(block.blocks)

    walk(document.body)
    return found


def test_bullets_dash_plus_and_symbol_font_glyphs() -> None:
    # Word shows a Symbol-font U+F0B7 and a Wingdings "§" as a bullet glyph (a dot "•", a
    # square "▪"), never as "§"; the Symbol font's U+F02D is a dash. Courier "o" is an "o".
    body = (
        numbered("KẾT QUẢ", 1, 0)
        + listed("Tuyên truyền miệng;", 90, 0)
        + listed("tại hội nghị;", 90, 1)
        + listed("Tuyên truyền trên báo.", 90, 0)
        + numbered("NHIỆM VỤ", 1, 0)
        + listed("Đối thoại với nhân dân;", 91, 0)
        + listed("hằng quý;", 91, 1)
        + listed("Tiếp công dân.", 92, 0)
        + listed("định kỳ.", 92, 1)
    )
    data = report(body, numbering=BULLETS)
    assert [label for label, _ in labels(data)] == [
        "I.", "-", "+", "-", "II.", "•", "o", "▪", "-",
    ]  # fmt: skip
    document = read(data)
    assert outline(document)[0] == "I KẾT QUẢ"
    bullets = _bullets(document)
    assert ("-", ["Tuyên truyền miệng;", "Tuyên truyền trên báo."]) in bullets
    assert ("+", ["tại hội nghị;"]) in bullets
    assert "§" not in danvan.render_text(document)


# --- 10. headings by outline level in a chain of styles ------------------------------------------

_OUTLINE_STYLES = DEFAULT_STYLES + (
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="MucLon"><w:name w:val="Mục lớn"/>'
    '<w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="MucNho"><w:name w:val="Mục nhỏ"/>'
    '<w:basedOn w:val="MucLon"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="MucNhoNghieng"><w:name w:val="Mục nhỏ nghiêng"/>'
    '<w:basedOn w:val="MucNho"/><w:rPr><w:i/></w:rPr></w:style>'
)


def test_headings_by_outline_level_inherited_through_based_on() -> None:
    body = (
        p("I. KẾT QUẢ", style="MucLon")
        + p("1. Tuyên truyền", style="MucNho")
        + p("Tổ chức 04 hội nghị.")
        + p("2. Vận động", style="MucNhoNghieng")
        + p("Vận động 300 hộ.")
        + p("II. NHIỆM VỤ", style="MucLon")
        + p("Tiếp tục thực hiện.")
    )
    data = report(body, styles=_OUTLINE_STYLES)
    heading_levels = [
        (item.text, item.heading_level, item.bold)
        for item in docx_source(data).items
        if isinstance(item, SourceLine) and item.heading_level
    ]
    assert heading_levels == [
        ("I. KẾT QUẢ", 1, True),
        ("1. Tuyên truyền", 2, True),
        ("2. Vận động", 2, True),
        ("II. NHIỆM VỤ", 1, True),
    ]
    assert outline(read(data)) == [
        "I KẾT QUẢ",
        "  1 Tuyên truyền",
        "  2 Vận động",
        "II NHIỆM VỤ",
    ]


# --- 11. direct formatting and a heading split over many runs -------------------------------------


def test_headings_by_direct_formatting_and_split_runs() -> None:
    bold = "<w:b/><w:bCs/>"
    split_heading = p(
        raw='<w:proofErr w:type="spellStart"/>'
        + r("I", bold)
        + r(".", bold)
        + r(" ", bold)
        + '<w:bookmarkStart w:id="0" w:name="_Toc1"/>'
        + r("ĐẶC ", bold)
        + r("ĐIỂM", bold + "<w:i/>")
        + '<w:proofErr w:type="spellEnd"/>'
        + r(" TÌNH", bold)
        + r(" HÌNH", bold + '<w:lang w:val="vi-VN"/>')
        + '<w:bookmarkEnd w:id="0"/>'
    )
    body = (
        split_heading
        + p("Tình hình ổn định.")
        + p("II. KẾT QUẢ THỰC HIỆN", rpr=bold)
        + p("1. Công tác tuyên truyền", rpr=bold)
        + p("Tổ chức 04 hội nghị.")
        + p(raw=r("III. ", bold) + r("phương hướng, nhiệm vụ", bold + "<w:caps/>"))
        + p("Tiếp tục thực hiện.")
    )
    data = report(body)
    document = read(data)
    assert outline(document) == [
        "I ĐẶC ĐIỂM TÌNH HÌNH",
        "II KẾT QUẢ THỰC HIỆN",
        "  1 Công tác tuyên truyền",
        "III PHƯƠNG HƯỚNG, NHIỆM VỤ",
    ]


# --- 12. the header table with merged cells (gridSpan, vMerge), the title inside it ---------------


def test_header_table_with_merged_cells_and_the_title_in_it() -> None:
    agency, national = HEADER_LEFT, HEADER_RIGHT.split("\n")
    rows = (
        row(
            cell(lines(agency), '<w:gridSpan w:val="2"/><w:vMerge w:val="restart"/>'),
            cell(p(national[0]), '<w:gridSpan w:val="2"/>'),
        )
        + row(
            cell(p(""), '<w:gridSpan w:val="2"/><w:vMerge/>'),
            cell(p(national[1]), '<w:gridSpan w:val="2"/>'),
        )
        + row(
            cell(p(NUMBER), '<w:gridSpan w:val="2"/>'),
            cell(p(PLACE_DATE), '<w:gridSpan w:val="2"/>'),
        )
        + row(
            cell(
                TITLE,
                '<w:gridSpan w:val="4"/>',
            )
        )
    )
    body = grid_table(rows, 4, borders=False) + numbered("KẾT QUẢ", 1, 0) + p("Đã hoàn thành.")
    data = build_docx(body + ENDING + CLOSING, numbering=OUTLINE_LISTS)
    document = read(data)
    assert_standard_parts(document)
    assert document.issuer is not None
    assert document.issuer.parent == "ỦY BAN NHÂN DÂN TỈNH CAO ĐIỀN"
    assert outline(document) == ["I KẾT QUẢ"]


def test_header_table_with_borders_removed_cell_by_cell() -> None:
    # A "Table Grid" table whose every cell has its borders set to none: Word shows no line,
    # so it is the layout table of the header, not a table of data.
    nil = (
        "<w:tcBorders>"
        + "".join(f'<w:{edge} w:val="nil"/>' for edge in ("top", "left", "bottom", "right"))
        + "</w:tcBorders>"
    )
    rows = row(cell(lines(HEADER_LEFT), nil), cell(lines(HEADER_RIGHT), nil)) + row(
        cell(p(NUMBER), nil), cell(p(PLACE_DATE), nil)
    )
    body = grid_table(rows, 2, borders=True) + TITLE + numbered("KẾT QUẢ", 1, 0) + p("Xong.")
    document = read(build_docx(body + ENDING + CLOSING, numbering=OUTLINE_LISTS))
    assert_standard_parts(document)


# --- 13. the header in two text boxes side by side --------------------------------------------


def _text_box(content: str, x: int) -> str:
    return (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        f'<wp:anchor><wp:positionH relativeFrom="column"><wp:posOffset>{x}</wp:posOffset></wp:positionH>'
        "<a:graphic><a:graphicData><wps:wsp><wps:txbx>"
        f"<w:txbxContent>{content}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic>"
        "</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>"
        f"<w:txbxContent>{content}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>"
    )


def test_header_in_two_text_boxes_side_by_side() -> None:
    left = lines(HEADER_LEFT) + p(NUMBER)
    right = lines(HEADER_RIGHT) + p(PLACE_DATE)
    anchor = p(raw=_text_box(left, 0) + _text_box(right, 3200000))
    body = anchor + TITLE + numbered("KẾT QUẢ", 1, 0) + p("Đã hoàn thành.")
    document = read(build_docx(body + ENDING + CLOSING, numbering=OUTLINE_LISTS))
    assert_standard_parts(document)


# --- 14. a header table nested in the cell of another ---------------------------------------------


def test_header_table_nested_in_a_table_cell() -> None:
    inner = table([[HEADER_LEFT, HEADER_RIGHT], [NUMBER, PLACE_DATE]], borders=False)
    outer = grid_table(row(cell(inner + p(""))), 1, borders=False)
    body = outer + TITLE + numbered("KẾT QUẢ", 1, 0) + p("Đã hoàn thành.")
    document = read(build_docx(body + ENDING + CLOSING, numbering=OUTLINE_LISTS))
    assert_standard_parts(document)


# --- 15. soft line breaks in the header and the signature -----------------------------------------


def _broken(*parts: str, rpr: str = "") -> str:
    runs = "<w:r><w:br/></w:r>".join(r(part, rpr) if part else "" for part in parts)
    return p(raw=runs)


def test_soft_line_breaks_in_the_header_and_a_deputy_signature() -> None:
    header = grid_table(
        row(
            cell(_broken(*HEADER_LEFT.split("\n")) + p(NUMBER)),
            cell(_broken(*HEADER_RIGHT.split("\n")) + p(PLACE_DATE)),
        ),
        2,
        borders=False,
    )
    closing = grid_table(
        row(
            cell(_broken("Nơi nhận:", "- Ban Dân vận Tỉnh ủy;", "- Lưu: VT, VP.")),
            cell(_broken("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Lê Văn Bình", rpr="<w:b/>")),
        ),
        2,
        borders=False,
    )
    body = header + TITLE + numbered("KẾT QUẢ", 1, 0) + p("Đã hoàn thành.") + ENDING + closing
    document = read(build_docx(body, numbering=OUTLINE_LISTS))
    assert str(document.number) == "27/BC-SDLS"
    assert document.issuer is not None
    assert document.issuer.name == "SỞ DỮ LIỆU SỐ"
    signature = document.signature
    assert signature is not None
    assert signature.authority is not None
    assert signature.authority.name == "KT"
    assert signature.head_title == "GIÁM ĐỐC"
    assert signature.signer_title == "PHÓ GIÁM ĐỐC"
    assert signature.name == "Lê Văn Bình"
    assert document.recipients is not None
    assert [entry.name for entry in document.recipients.entries] == ["Ban Dân vận Tỉnh ủy"]


# --- 16. a data table: repeated header row, merged group rows, empty cells, vMerge ---------------


def test_data_table_with_header_row_group_rows_and_empty_cells() -> None:
    header = row(
        *(cell(p(text)) for text in ("STT", "Nội dung", "Số lượng", "Ghi chú")),
        trpr="<w:tblHeader/>",
    )
    rows = (
        header
        + row(cell(p("I")), cell(p("Khối cơ quan"), '<w:gridSpan w:val="3"/>'))
        + row(cell(p("1")), cell(p("Hội nghị")), cell(p("04")), cell(p("")))
        + row(cell(p("2")), cell(p("Tập huấn")), cell(p("")), cell(p("Chưa tổ chức")))
        + row(cell(p("II")), cell(p("Khối xã"), '<w:gridSpan w:val="3"/>'))
        + row(
            cell(p("1")),
            cell(p("Đối thoại")),
            cell(p("12")),
            cell(p("Đạt"), '<w:vMerge w:val="restart"/>'),
        )
        + row(cell(p("2")), cell(p("Tuyên truyền")), cell(p("30")), cell(p(""), "<w:vMerge/>"))
    )
    body = (
        numbered("KẾT QUẢ", 1, 0)
        + p("Kết quả cụ thể như sau:")
        + grid_table(rows, 4, borders=True)
        + p("Các chỉ tiêu đều đạt.")
    )
    document = read(report(body, numbering=OUTLINE_LISTS))
    (section,) = [block for block in document.body if isinstance(block, Section)]
    (found,) = [block for block in section.blocks if isinstance(block, Table)]
    assert found.header == ("STT", "Nội dung", "Số lượng", "Ghi chú")
    assert found.rows == (
        ("I", "Khối cơ quan", "", ""),
        ("1", "Hội nghị", "04", ""),
        ("2", "Tập huấn", "", "Chưa tổ chức"),
        ("II", "Khối xã", "", ""),
        ("1", "Đối thoại", "12", "Đạt"),
        ("2", "Tuyên truyền", "30", ""),
    )


# --- 17. footnotes of several paragraphs, hyperlinks around citations ----------------------------


def test_footnote_of_two_paragraphs_and_a_citation_in_a_hyperlink() -> None:
    footnotes = (
        '<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
        '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
        + r(" Gồm 04 hội nghị ở cấp tỉnh.")
        + "</w:p>"
        + p("Và 08 hội nghị ở cấp huyện.")
        + "</w:footnote>"
    )
    body = (
        p(
            raw=r("Thực hiện ")
            + '<w:hyperlink r:id="rId9" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr>'
            + '<w:t xml:space="preserve">Kế hoạch số 15/KH-UBND ngày 20/01/2025</w:t></w:r></w:hyperlink>'
            + r(" của Ủy ban nhân dân tỉnh, Sở Dữ liệu số báo cáo như sau:")
        )
        + numbered("KẾT QUẢ", 1, 0)
        + p(
            raw=r("Tổ chức 12 hội nghị")
            + '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'
            + r(" trong 6 tháng.")
        )
    )
    data = report(body, numbering=OUTLINE_LISTS, footnotes=footnotes)
    document = read(data)
    assert_standard_parts(document)
    assert [str(reference.symbol) for reference in document.references] == ["15/KH-UBND"]
    text = danvan.render_text(document)
    assert "Gồm 04 hội nghị ở cấp tỉnh." in text
    assert "Và 08 hội nghị ở cấp huyện." in text


# --- 18. smart tags, custom XML, content controls, complex fields ----------------------------------


def _field(instruction: str, result: str) -> str:
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve">{instruction}</w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        + r(result)
        + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def test_smart_tags_custom_xml_content_controls_and_complex_fields() -> None:
    header = (
        '<w:sdt><w:sdtPr><w:alias w:val="Tiêu đề văn bản"/><w:tag w:val="header"/></w:sdtPr>'
        f"<w:sdtContent>{HEADER}</w:sdtContent></w:sdt>"
    )
    body = (
        '<w:customXml w:uri="urn:cao-dien" w:element="noiDung">'
        + p(
            raw=r("Sở đã phối hợp với ")
            + '<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="place">'
            + '<w:smartTagPr><w:attr w:name="n" w:val="1"/></w:smartTagPr>'
            + r("huyện Tân Hòa")
            + "</w:smartTag>"
            + r(" tổ chức hội nghị ngày ")
            + _field(' DATE \\@ "dd/MM/yyyy" ', "12/5/2025")
            + r(" (xem ")
            + _field(' HYPERLINK "https://example.invalid/" ', "Cổng thông tin")
            + r(", mục ")
            + _field(" REF _Ref12345 \\h ", "II")
            + r(").")
        )
        + "</w:customXml>"
    )
    sections = numbered("KẾT QUẢ", 1, 0) + p(
        raw=r("Đã tiếp ")
        + "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>"
        + r("120")
        + "</w:sdtContent></w:sdt>"
        + r(" lượt công dân.")
    )
    data = build_docx(header + TITLE + body + sections + ENDING + CLOSING, numbering=OUTLINE_LISTS)
    document = read(data)
    assert_standard_parts(document)
    text = danvan.render_text(document)
    assert (
        "Sở đã phối hợp với huyện Tân Hòa tổ chức hội nghị ngày 12/5/2025 "
        "(xem Cổng thông tin, mục II)." in text
    )
    assert "DATE" not in text
    assert "HYPERLINK" not in text
    assert "_Ref12345" not in text
    assert "Đã tiếp 120 lượt công dân." in text


# --- 19. saved by LibreOffice: default namespace, rsid noise, localised style names ----------------

_LO_STYLES = (
    '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/>'
    '<w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault></w:docDefaults>'
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
    '<w:style w:type="paragraph" w:styleId="u1"><w:name w:val="Đầu đề 1"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="Normal"/><w:qFormat/><w:rPr><w:b/><w:bCs/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Tiu2"><w:name w:val="Tiêu đề 2"/><w:basedOn w:val="Normal"/>'
    "<w:rPr><w:b/><w:i/></w:rPr></w:style>"
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:pPr><w:jc w:val="center"/></w:pPr>'
    "<w:rPr><w:b/></w:rPr></w:style>"
)


def test_saved_by_libreoffice_with_default_namespace_and_localised_styles() -> None:
    rsid = ' w:rsidR="00A1B2C3" w:rsidRDefault="00A1B2C3" w:rsidP="00D4E5F6"'
    body = (
        (
            HEADER
            + TITLE
            + p("I. ĐẶC ĐIỂM TÌNH HÌNH", style="u1")
            + p("Tình hình ổn định.")
            + p("II. KẾT QUẢ", style="u1")
            + p("1. Tuyên truyền", style="Tiu2")
            + p("Tổ chức 04 hội nghị.")
            + p("2. Vận động", style="Tiu2")
            + p("Vận động 300 hộ.")
            + ENDING
            + CLOSING
        )
        .replace("<w:p>", f"<w:p{rsid}>")
        .replace("<w:r>", '<w:r w:rsidRPr="00C0FFEE">')
    )
    data = build_docx(body, styles=_LO_STYLES)
    # LibreOffice's spelling: the main namespace as the default namespace, no "w:" prefix
    spelled = rewrite_parts(
        data,
        {
            "word/document.xml": (
                (
                    f'xmlns:w="{TRANSITIONAL_W}"',
                    f'xmlns="{TRANSITIONAL_W}" xmlns:w="{TRANSITIONAL_W}"',
                ),
                ("<w:", "<"),
                ("</w:", "</"),
            )
        },
    )
    source = docx_source(spelled)
    levels = [
        (item.text, item.heading_level)
        for item in source.items
        if isinstance(item, SourceLine) and item.heading_level
    ]
    assert levels == [
        ("I. ĐẶC ĐIỂM TÌNH HÌNH", 1),
        ("II. KẾT QUẢ", 1),
        ("1. Tuyên truyền", 2),
        ("2. Vận động", 2),
    ]
    document = read(spelled)
    assert_standard_parts(document)
    assert outline(document) == [
        "I ĐẶC ĐIỂM TÌNH HÌNH",
        "II KẾT QUẢ",
        "  1 Tuyên truyền",
        "  2 Vận động",
    ]


# --- 20. Strict Open XML (Word's "Strict Open XML Document") ---------------------------------


def test_strict_open_xml_reads_like_transitional() -> None:
    body = numbered("KẾT QUẢ", 1, 0) + numbered("Tuyên truyền", 1, 1) + p("Tổ chức 04 hội nghị.")
    data = report(body, numbering=OUTLINE_LISTS)
    # Strict spells the namespaces of WordprocessingML, relationships and DrawingML otherwise
    strict = rewrite_parts(
        data,
        {
            "*": (
                (TRANSITIONAL_W, STRICT_W),
                (
                    "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                    "http://purl.oclc.org/ooxml/officeDocument/relationships",
                ),
                (
                    "http://schemas.openxmlformats.org/drawingml/2006/main",
                    "http://purl.oclc.org/ooxml/drawingml/main",
                ),
            )
        },
    )
    document = read(strict)
    assert_standard_parts(document)
    assert outline(document) == ["I KẾT QUẢ", "  1 Tuyên truyền"]


# --- 21. tracked changes: an inserted paragraph, a deleted row, a deleted paragraph mark -----------


def test_tracked_changes_accepted_across_paragraphs_and_rows() -> None:
    deleted_mark = '<w:rPr><w:del w:id="7" w:author="A" w:date="2025-08-01T00:00:00Z"/></w:rPr>'
    rows = (
        row(cell(p("Nội dung")), cell(p("Số lượng")), trpr="<w:tblHeader/>")
        + row(cell(p("Hội nghị")), cell(p("04")))
        + row(cell(p("Hội thảo")), cell(p("02")), trpr='<w:del w:id="8" w:author="A"/>')
        + row(cell(p("Tập huấn")), cell(p("03")))
    )
    body = (
        numbered("KẾT QUẢ", 1, 0)
        + '<w:p><w:pPr>' + deleted_mark + "</w:pPr>" + r("Sở đã tổ chức") + "</w:p>"
        + p(" nhiều hội nghị.")
        + '<w:ins w:id="9" w:author="A">' + p("Đoạn được chèn thêm.") + "</w:ins>"
        + grid_table(rows, 2, borders=True)
    )  # fmt: skip
    document = danvan.read(report(body, numbering=OUTLINE_LISTS), format="docx")
    text = danvan.render_text(document)
    # Word with the changes accepted: the deleted paragraph mark joins the two paragraphs
    assert "Sở đã tổ chức nhiều hội nghị." in text
    assert "Đoạn được chèn thêm." in text
    assert "Hội thảo" not in text
    assert "R301" in codes(document)


# --- 22. a plan with letters past "đ" and zero-padded numbers --------------------------------------

_PLAN_LISTS = OUTLINE_LISTS.replace(
    'w:val="decimal"/><w:lvlText w:val="%2."', 'w:val="decimalZero"/><w:lvlText w:val="%2."'
)


def test_plan_with_zero_padded_numbers_and_vietnamese_letters() -> None:
    header = table([[HEADER_LEFT, HEADER_RIGHT], ["Số: 31/KH-SDLS", PLACE_DATE]], borders=False)
    title = TITLE.replace("BÁO CÁO", "KẾ HOẠCH").replace(
        "Kết quả công tác dân vận 6 tháng đầu năm 2025", "Triển khai công tác dân vận năm 2025"
    )
    body = (
        numbered("MỤC ĐÍCH, YÊU CẦU", 1, 0)
        + numbered("Mục đích", 1, 1)
        + numbered("Yêu cầu", 1, 1)
        + numbered("NHIỆM VỤ", 1, 0)
        + numbered("Tuyên truyền", 1, 1)
        + "".join(numbered(f"Nội dung thứ {i}", 1, 2) for i in range(1, 8))
    )
    data = build_docx(header + title + body + CLOSING, numbering=_PLAN_LISTS)
    assert [label for label, _ in labels(data)] == [
        "I.", "01.", "02.", "II.", "01.", "a)", "b)", "c)", "d)", "đ)", "e)", "g)",
    ]  # fmt: skip
    document = read(data)
    assert isinstance(document, danvan.Plan)
    tree = outline(document)
    assert tree[:5] == [
        "I MỤC ĐÍCH, YÊU CẦU",
        "  01 Mục đích",
        "  02 Yêu cầu",
        "II NHIỆM VỤ",
        "  01 Tuyên truyền",
    ]
    assert [line.strip().split()[0] for line in tree[5:]] == ["a", "b", "c", "d", "đ", "e", "g"]
    assert "R302" in codes(document)


# --- the rules fixed for these forms, each on its own --------------------------------------------


def test_three_part_numbers_sit_under_two_part_ones_in_text_too() -> None:
    text = (
        "UBND TỈNH CAO ĐIỀN\nSỞ DỮ LIỆU SỐ\n\nSố: 27/BC-SDLS\n\nCao Điền, ngày 14 tháng 8 năm 2025\n\n"
        "BÁO CÁO\nKết quả công tác dân vận\n\nI. KẾT QUẢ\n\n1. Tuyên truyền\n\n"
        "1.1. Ở cấp tỉnh\n\n1.1.1. Hội nghị\n\nTổ chức 04 hội nghị.\n\n1.1.2. Tờ rơi\n\n"
        "Phát hành 2.000 tờ.\n\n1.2. Ở cấp huyện\n\nTổ chức 08 hội nghị.\n\n"
    )
    assert outline(danvan.read_text(text)) == [
        "I KẾT QUẢ",
        "  1 Tuyên truyền",
        "    1.1 Ở cấp tỉnh",
        "      1.1.1 Hội nghị",
        "      1.1.2 Tờ rơi",
        "    1.2 Ở cấp huyện",
    ]


def test_a_paragraph_not_centred_under_a_centred_subject_is_not_the_subject() -> None:
    intro = "Sở đã phối hợp với huyện Tân Hòa tổ chức hội nghị ngày 12/5/2025"
    subject_more = p("(từ tháng 01 đến tháng 6)", ppr='<w:jc w:val="center"/>', rpr="<w:b/>")
    data = report(
        subject_more + p(intro) + numbered("KẾT QUẢ", 1, 0) + p("Xong."), numbering=OUTLINE_LISTS
    )
    document = read(data)
    assert document.subject == (
        "Kết quả công tác dân vận 6 tháng đầu năm 2025 (từ tháng 01 đến tháng 6)"
    )
    assert intro in danvan.render_text(document)


def test_localised_heading_style_names() -> None:
    # Vietnamese Word names "Heading 1" "Đầu đề 1" (style id "u1"); LibreOffice "Tiêu đề 1".
    styles = DEFAULT_STYLES + (
        '<w:style w:type="paragraph" w:styleId="u1"><w:name w:val="Đầu đề 1"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="X2"><w:name w:val="tiêu đề 2"/></w:style>'
    )
    data = build_docx(p("KẾT QUẢ", style="u1") + p("Tuyên truyền", style="X2"), styles=styles)
    assert [
        (line.text, line.heading_level)
        for line in docx_source(data).items
        if isinstance(line, SourceLine)
    ] == [("KẾT QUẢ", 1), ("Tuyên truyền", 2)]


def test_an_unnumbered_heading_first_then_numbered_ones_of_its_level() -> None:
    body = (
        p("TÌNH HÌNH CHUNG", style="Heading1")
        + p("Tình hình ổn định.")
        + p("Bối cảnh", style="Heading2")
        + p("Năm 2025 có nhiều thuận lợi.")
        + numbered("KẾT QUẢ", 1, 0, style="Heading1")
        + numbered("Tuyên truyền", 1, 1, style="Heading2")
        + numbered("NHIỆM VỤ", 1, 0, style="Heading1")
    )
    assert outline(read(report(body, numbering=OUTLINE_LISTS))) == [
        "- TÌNH HÌNH CHUNG",
        "  - Bối cảnh",
        "I KẾT QUẢ",
        "  1 Tuyên truyền",
        "II NHIỆM VỤ",
    ]


def test_a_markdown_numbered_list_under_a_numbered_heading_is_its_content() -> None:
    # The same form outside Word: "## 1. …" is a heading, "1." "2." under it its own list.
    text = (
        "# BÁO CÁO\n\nKết quả công tác dân vận\n\n## I. KẾT QUẢ\n\n### 1. Tuyên truyền\n\n"
        "1. Tổ chức 04 hội nghị.\n2. Phát hành 2.000 tờ rơi.\n\n### 2. Vận động\n\n"
        "Vận động 300 hộ.\n"
    )
    assert outline(danvan.read(text.encode(), format="markdown")) == [
        "I KẾT QUẢ",
        "  1 Tuyên truyền",
        "    1 Tổ chức 04 hội nghị.",
        "    2 Phát hành 2.000 tờ rơi.",
        "  2 Vận động",
    ]


@given(st.integers(1, 3000), st.sampled_from(["arabic", "roman", "letter", "dotted"]))
def test_follows_knows_each_label_sequence(n: int, kind: str) -> None:
    from danvan.reading.structure import _follows
    from danvan.vn.numbering import VIETNAMESE_LETTERS, roman

    def label(k: int) -> str:
        if kind == "roman":
            return roman(k)
        if kind == "letter":
            return VIETNAMESE_LETTERS[(k - 1) % len(VIETNAMESE_LETTERS)]
        return f"2.{k}" if kind == "dotted" else str(k)

    if kind == "letter" and n >= len(VIETNAMESE_LETTERS):
        return
    assert _follows(label(n), label(n + 1))
    assert not _follows(label(n + 1), label(n))
    assert not _follows(label(n), label(n))


# --- 23. "%1.%2." under a Roman level without isLgl: "II.1." -------------------------------------


def test_roman_parent_kept_in_a_multi_level_label() -> None:
    # Without w:isLgl Word shows each level in its own format: "II.1.", "II.1.1." (a label
    # some offices use). The label is kept as written; the tree follows its parts.
    body = (
        listed("KẾT QUẢ", 100, 0)
        + listed("Tuyên truyền", 100, 1)
        + listed("Vận động", 100, 1)
        + listed("Ở cơ sở", 100, 2)
        + p("Vận động 300 hộ.")
        + listed("NHIỆM VỤ", 100, 0)
        + listed("Đối thoại", 100, 1)
    )
    data = report(body, numbering=MIXED_PARTS)
    assert [label for label, _ in labels(data)] == [
        "I.", "I.1.", "I.2.", "I.2.1.", "II.", "II.1.",
    ]  # fmt: skip
    assert outline(read(data)) == [
        "I KẾT QUẢ",
        "  I.1 Tuyên truyền",
        "  I.2 Vận động",
        "    I.2.1 Ở cơ sở",
        "II NHIỆM VỤ",
        "  II.1 Đối thoại",
    ]


# --- 24. labels typed as text with a tab after them -------------------------------------------


def test_labels_typed_with_a_tab_after_them() -> None:
    tab = "<w:r><w:tab/></w:r>"
    body = (
        p(raw=r("I.", "<w:b/>") + tab + r("KẾT QUẢ", "<w:b/>"))
        + p(raw=r("1.", "<w:b/>") + tab + r("Tuyên truyền", "<w:b/>"))
        + p(raw=tab + r("Tổ chức 04 hội nghị."))
        + p(raw=r("a)") + tab + r("Ở cấp tỉnh: 02 hội nghị;"))
        + p(raw=r("b)") + tab + r("Ở cấp huyện: 02 hội nghị."))
        + p(raw=r("II.", "<w:b/>") + tab + r("NHIỆM VỤ", "<w:b/>"))
        + p("Tiếp tục thực hiện.")
    )
    assert outline(read(report(body))) == [
        "I KẾT QUẢ",
        "  1 Tuyên truyền",
        "    a Ở cấp tỉnh: 02 hội nghị;",
        "    b Ở cấp huyện: 02 hội nghị.",
        "II NHIỆM VỤ",
    ]


# --- 25. a data table with two header rows -------------------------------------------------------


def test_data_table_with_two_header_rows_joins_them() -> None:
    rows = (
        row(
            cell(p("STT"), '<w:vMerge w:val="restart"/>'),
            cell(p("Nội dung"), '<w:vMerge w:val="restart"/>'),
            cell(p("Kết quả"), '<w:gridSpan w:val="2"/>'),
            trpr="<w:tblHeader/>",
        )
        + row(
            cell(p(""), "<w:vMerge/>"),
            cell(p(""), "<w:vMerge/>"),
            cell(p("Năm 2024")),
            cell(p("Năm 2025")),
            trpr="<w:tblHeader/>",
        )
        + row(cell(p("1")), cell(p("Hội nghị")), cell(p("03")), cell(p("04")))
        + row(cell(p("2")), cell(p("Tập huấn")), cell(p("01")), cell(p("02")))
    )
    body = numbered("KẾT QUẢ", 1, 0) + grid_table(rows, 4, borders=True) + p("Đạt yêu cầu.")
    document = read(report(body, numbering=OUTLINE_LISTS))
    (section,) = [block for block in document.body if isinstance(block, Section)]
    (found,) = [block for block in section.blocks if isinstance(block, Table)]
    # The model holds one header row: the rows repeated as the header are joined, each
    # column's headings from the top (the heading merged over two columns stands over both)
    assert found.header == ("STT", "Nội dung", "Kết quả - Năm 2024", "Kết quả - Năm 2025")
    assert found.rows == (("1", "Hội nghị", "03", "04"), ("2", "Tập huấn", "01", "02"))
    assert "R308" in codes(document)


@given(
    st.integers(1, 39),
    st.lists(st.integers(1, 999), min_size=1, max_size=4),
    st.sampled_from([".", ""]),
    st.sampled_from([" ", "\t"]),
)
def test_split_label_reads_a_roman_first_part_as_a_dotted_label(
    head: int, parts: list[int], dot: str, gap: str
) -> None:
    from danvan.reading.labels import LabelKind, split_label
    from danvan.vn.numbering import roman

    number = ".".join([roman(head), *map(str, parts)])
    label = split_label(f"{number}{dot}{gap}Tuyên truyền")
    assert label is not None
    assert (label.kind, label.number, label.rest) == (LabelKind.DOTTED, number, "Tuyên truyền")
    # a Roman label alone is still Roman
    alone = split_label(f"{roman(head)}. KẾT QUẢ")
    assert alone is not None
    assert (alone.kind, alone.number) == (LabelKind.ROMAN, roman(head))


# --- 26. a three-column header table (a narrow spacer column in the middle) ----------------------


def test_header_in_three_columns_with_a_spacer_and_a_ubnd_signature() -> None:
    header = table(
        [
            ["ỦY BAN NHÂN DÂN\nHUYỆN TÂN HÒA", "", HEADER_RIGHT],
            ["Số: 45/BC-UBND", "", "Tân Hòa, ngày 02 tháng 7 năm 2025"],
        ],
        borders=False,
    )
    title = TITLE.replace("6 tháng đầu năm 2025", "quý II năm 2025")
    closing = grid_table(
        row(
            cell(
                p(raw=r("Nơi nhận:", "<w:b/><w:i/>"))
                + p("- Ban Dân vận Huyện ủy;")
                + p("- Lưu: VT.")
            ),
            cell(
                _broken("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", rpr="<w:b/>")
                + p("")
                + p("Đỗ Minh Quang", rpr="<w:b/>")
            ),
        ),
        2,
        borders=False,
    )
    body = header + title + numbered("KẾT QUẢ", 1, 0) + p("Đã hoàn thành.") + ENDING + closing
    document = read(build_docx(body, numbering=OUTLINE_LISTS))
    assert str(document.number) == "45/BC-UBND"
    assert document.issuer is not None
    assert document.issuer.name == "ỦY BAN NHÂN DÂN HUYỆN TÂN HÒA"
    assert document.place_date is not None
    assert document.place_date.place == "Tân Hòa"
    assert document.subject == "Kết quả công tác dân vận quý II năm 2025"
    signature = document.signature
    assert signature is not None
    assert signature.on_behalf_of is not None
    assert signature.on_behalf_of.upper() == "ỦY BAN NHÂN DÂN"
    assert signature.authority is not None
    assert signature.authority.name == "KT"
    assert signature.head_title.upper() == "CHỦ TỊCH"
    assert signature.signer_title is not None
    assert signature.signer_title.upper() == "PHÓ CHỦ TỊCH"
    assert signature.name == "Đỗ Minh Quang"


# --- 27. a style the paragraph names but styles.xml lacks; endnotes; a custom footnote mark -----


def test_missing_style_endnote_and_custom_footnote_mark() -> None:
    endnotes = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<w:endnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        '<w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>'
        '<w:endnote w:id="1"><w:p><w:r><w:endnoteRef/></w:r>'
        '<w:r><w:t xml:space="preserve"> Số liệu đến ngày 30/6/2025.</w:t></w:r></w:p></w:endnote>'
        "</w:endnotes>"
    )
    footnotes = (
        '<w:footnote w:id="2"><w:p><w:r><w:t>*</w:t></w:r>'
        + r(" Không kể hội nghị trực tuyến.")
        + "</w:p></w:footnote>"
    )
    body = (
        p("I. KẾT QUẢ", style="DeMucCu")  # a style copied from another file, not in styles.xml
        + p(
            raw=r("Tổ chức 12 hội nghị")
            + '<w:r><w:endnoteReference w:id="1"/></w:r>'
            + r(" và 03 hội thảo")
            + '<w:r><w:footnoteReference w:customMarkFollows="1" w:id="2"/><w:t>*</w:t></w:r>'
            + r(".")
        )
    )
    data = report(body, footnotes=footnotes)
    data = _add_part(data, "word/endnotes.xml", endnotes)
    document = read(data)
    assert_standard_parts(document)
    assert outline(document) == ["I KẾT QUẢ"]
    text = danvan.render_text(document)
    assert "Số liệu đến ngày 30/6/2025." in text
    assert "Không kể hội nghị trực tuyến." in text


def _add_part(data: bytes, name: str, text: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            target.writestr(info.filename, source.read(info.filename))
        target.writestr(name, text.encode("utf-8"))
    return out.getvalue()


# --- 28. bullets inserted as symbols (w:sym) and typed dashes with a tab -------------------------


def _sym(font: str, char: str) -> str:
    return f'<w:r><w:sym w:font="{font}" w:char="{char}"/></w:r>'


def test_manual_bullets_inserted_as_symbols() -> None:
    # Insert > Symbol puts a w:sym of the Symbol or Wingdings font: Word shows "•" or "▪".
    tab = "<w:r><w:tab/></w:r>"
    body = (
        numbered("KẾT QUẢ", 1, 0)
        + p(raw=_sym("Symbol", "F0B7") + tab + r("Tổ chức 04 hội nghị;"))
        + p(raw=_sym("Wingdings", "F0A7") + tab + r("Phát hành 2.000 tờ rơi;"))
        + p(raw=r("-") + tab + r("Tiếp 120 lượt công dân."))
        + numbered("NHIỆM VỤ", 1, 0)
        + p("Tiếp tục thực hiện.")
    )
    document = read(report(body, numbering=OUTLINE_LISTS))
    assert _bullets(document) == [
        (
            "-",
            ["Tổ chức 04 hội nghị;", "Phát hành 2.000 tờ rơi;", "Tiếp 120 lượt công dân."],
        )
    ]


# --- 29. a table with a caption paragraph above and a repeated header row ----------------------


def test_table_caption_and_repeated_header_row() -> None:
    rows = (
        row(
            *(cell(p(t, rpr="<w:b/>")) for t in ("STT", "Đơn vị", "Số mô hình")),
            trpr="<w:tblHeader/>",
        )
        + row(cell(p("1")), cell(p("Xã Hòa An")), cell(p("02")))
        + row(cell(p("2")), cell(p("Xã Hòa Bình")), cell(p("03")))
    )
    body = (
        numbered("KẾT QUẢ", 1, 0)
        + p("Bảng 1. Mô hình dân vận khéo theo đơn vị", ppr='<w:jc w:val="center"/>', rpr="<w:i/>")
        + grid_table(rows, 3, borders=True)
        + p("Tổng số: 05 mô hình.")
    )
    document = read(report(body, numbering=OUTLINE_LISTS))
    (section,) = [block for block in document.body if isinstance(block, Section)]
    (found,) = [block for block in section.blocks if isinstance(block, Table)]
    assert found.header == ("STT", "Đơn vị", "Số mô hình")
    assert found.rows == (("1", "Xã Hòa An", "02"), ("2", "Xã Hòa Bình", "03"))
    assert found.caption == "Bảng 1. Mô hình dân vận khéo theo đơn vị"


def test_symbols_inserted_in_text_show_as_what_they_draw() -> None:
    body = p(
        raw=r("Tỷ lệ ")
        + _sym("Symbol", "F0B3")
        + r(" 95%, sai số ")
        + _sym("Symbol", "F0B1")
        + r(" 2%, hệ số ")
        + _sym("Symbol", "F061")
        + r(" ")
        + _sym("Wingdings", "F0FC")
        + r(" ")
        + _sym("Wingdings", "F022")  # a picture danvan has no character for
    )
    (line,) = [item for item in docx_source(build_docx(body)).items if isinstance(item, SourceLine)]
    assert line.text == "Tỷ lệ ≥ 95%, sai số ± 2%, hệ số α ✓ •"


def test_a_numbered_caption_names_a_table_copied_one_cell_per_line() -> None:
    cells = "\n".join(["STT", "Nội dung", "Kết quả", "1", "Hội nghị", "04", "2", "Tập huấn", "02"])
    text = (
        "UBND TỈNH CAO ĐIỀN\nSỞ DỮ LIỆU SỐ\n\nSố: 27/BC-SDLS\n\nCao Điền, ngày 14 tháng 8 năm 2025\n\n"
        f"BÁO CÁO\nKết quả công tác dân vận\n\nI. KẾT QUẢ\n\nBảng 1. Kết quả theo nội dung\n\n{cells}\n\n"
        "II. NHIỆM VỤ\n\nTiếp tục thực hiện.\n"
    )
    document = danvan.read_text(text)
    section = next(block for block in document.body if isinstance(block, Section))
    (found,) = [block for block in section.blocks if isinstance(block, Table)]
    assert found.caption == "Bảng 1. Kết quả theo nội dung"


# --- 30. a boxed note (a table of one cell), small capitals, a heading over two lines ----------


def test_boxed_note_small_caps_and_a_heading_broken_over_two_lines() -> None:
    box = grid_table(row(cell(p("Ghi chú: số liệu 6 tháng là số liệu tạm tính."))), 1, borders=True)
    body = (
        p(
            raw=r("I. KẾT QUẢ THỰC HIỆN", "<w:b/>")
            + "<w:r><w:br/></w:r>"
            + r("CÔNG TÁC DÂN VẬN", "<w:b/>")
        )
        + p("Đã hoàn thành các chỉ tiêu.")
        + box
        + p(raw=r("II. ", "<w:b/>") + r("phương hướng nhiệm vụ", "<w:b/><w:smallCaps/>"))
        + p("Tiếp tục thực hiện.")
    )
    document = read(report(body))
    assert outline(document) == [
        "I KẾT QUẢ THỰC HIỆN CÔNG TÁC DÂN VẬN",
        "II PHƯƠNG HƯỚNG NHIỆM VỤ",
    ]
    (first, _) = [block for block in document.body if isinstance(block, Section)]
    assert [block.text for block in first.blocks if isinstance(block, Paragraph)] == [
        "Đã hoàn thành các chỉ tiêu.",
        "Ghi chú: số liệu 6 tháng là số liệu tạm tính.",
    ]


# --- 31. a numbered item deleted with tracked changes; a footnote in a heading ------------------


def test_deleted_numbered_item_does_not_count_and_a_heading_with_a_footnote() -> None:
    deleted_mark = '<w:rPr><w:del w:id="5" w:author="A"/></w:rPr>'
    numpr = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="30"/></w:numPr>'
    footnotes = '<w:footnote w:id="1">' + p("Theo báo cáo của các xã.") + "</w:footnote>"
    body = (
        p(
            raw=r("KẾT QUẢ")
            + '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>',
            ppr='<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>',
        )
        + listed("Tổ chức 04 hội nghị.", 30)
        + f"<w:p><w:pPr>{numpr}{deleted_mark}</w:pPr>"
        + '<w:del w:id="6" w:author="A"><w:r><w:delText>Nội dung đã bỏ.</w:delText></w:r></w:del></w:p>'
        + listed("Phát hành 2.000 tờ rơi.", 30)
        + numbered("NHIỆM VỤ", 1, 0)
        + p("Tiếp tục thực hiện.")
    )
    data = report(body, numbering=KHOAN, footnotes=footnotes)
    assert [label for label, _ in labels(data)] == ["I.", "1.", "2.", "II."]
    document = read(data)
    assert outline(document) == [
        "I KẾT QUẢ",
        "  1 Tổ chức 04 hội nghị.",
        "  2 Phát hành 2.000 tờ rơi.",
        "II NHIỆM VỤ",
    ]
    assert "Theo báo cáo của các xã." in danvan.render_text(document)
    assert "Nội dung đã bỏ." not in danvan.render_text(document)


# --- 32. the type and the subject in one paragraph; "Kính gửi" with tabs; bulleted recipients ---


def test_title_and_subject_in_one_paragraph_addressees_with_tabs_and_bulleted_recipients() -> None:
    tab = "<w:r><w:tab/></w:r>"
    title = p(
        raw=r("BÁO CÁO", "<w:b/>")
        + "<w:r><w:br/></w:r>"
        + r("Kết quả công tác dân vận 6 tháng đầu năm 2025", "<w:b/>"),
        ppr='<w:jc w:val="center"/>',
    )
    addressees = p(raw=r("Kính gửi:") + tab + r("- Ban Dân vận Tỉnh ủy;")) + p(
        raw=tab + r("- Ủy ban nhân dân tỉnh Cao Điền.")
    )
    closing = grid_table(
        row(
            cell(
                p(raw=r("Nơi nhận:", "<w:b/><w:i/>"))
                + listed("Như trên;", 91, 0)
                + listed("Sở Nội vụ (để biết);", 91, 0)
                + listed("Lưu: VT, VP.", 91, 0)
            ),
            cell(lines("GIÁM ĐỐC\n\n\nTrần Thị Mai")),
        ),
        2,
        borders=False,
    )
    body = (
        HEADER
        + title
        + addressees
        + numbered("KẾT QUẢ", 1, 0)
        + p("Đã hoàn thành.")
        + ENDING
        + closing
    )
    document = read(build_docx(body, numbering=BULLETS))
    assert_standard_parts(document)
    assert document.addressees == ("Ban Dân vận Tỉnh ủy", "Ủy ban nhân dân tỉnh Cao Điền")
    recipients = document.recipients
    assert recipients is not None
    assert recipients.as_above
    assert [(entry.name, entry.purpose) for entry in recipients.entries] == [
        ("Sở Nội vụ", "để biết")
    ]
    assert recipients.archive == ("VT", "VP")


# --- 33. an appendix in a section of its own, its indicators in a Word table ----------------------


def test_appendix_with_an_indicator_table() -> None:
    centred = '<w:jc w:val="center"/>'
    section_break = p(
        ppr='<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/></w:sectPr>'
    )
    rows = (
        row(
            *(cell(p(t, rpr="<w:b/>")) for t in ("STT", "Chỉ tiêu", "Số liệu", "Ghi chú")),
            trpr="<w:tblHeader/>",
        )
        + row(cell(p("1")), cell(p("Số hội nghị đã tổ chức")), cell(p("12")), cell(p("")))
        + row(
            cell(p("2")), cell(p("Số lượt công dân được tiếp")), cell(p("120")), cell(p("Tăng 10%"))
        )
    )
    appendix = (
        section_break
        + p("PHỤ LỤC", ppr=centred, rpr="<w:b/>")
        + p("SỐ LIỆU KẾT QUẢ CÔNG TÁC DÂN VẬN", ppr=centred, rpr="<w:b/>")
        + p(
            "(Kèm theo Báo cáo số 27/BC-SDLS ngày 14/8/2025 của Sở Dữ liệu số)",
            ppr=centred,
            rpr="<w:i/>",
        )
        + grid_table(rows, 4, borders=True)
    )
    body = numbered("KẾT QUẢ", 1, 0) + p("Chi tiết tại Phụ lục kèm theo.")
    data = build_docx(HEADER + TITLE + body + ENDING + CLOSING + appendix, numbering=OUTLINE_LISTS)
    document = read(data)
    assert_standard_parts(document)
    (appendix_read,) = document.appendices
    text = danvan.render_text(document)
    assert "Số hội nghị đã tổ chức" in text
    assert "Tăng 10%" in text
    assert "SỐ LIỆU KẾT QUẢ CÔNG TÁC DÂN VẬN" in text.upper()
    assert appendix_read.title is not None


# --- 34. a footnote in a table cell, a numbered list inside a table ---------------------------------


def _cells_with_labels_and_notes() -> bytes:
    footnotes = '<w:footnote w:id="1">' + p("Gồm cả hội nghị trực tuyến.") + "</w:footnote>"
    note = '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'
    rows = (
        row(cell(p("Nội dung")), cell(p("Kết quả")), trpr="<w:tblHeader/>")
        + row(cell(listed("Hội nghị", 30)), cell(p(raw=r("12") + note)))
        + row(cell(listed("Tập huấn", 30)), cell(p("03")))
    )
    body = (
        numbered("KẾT QUẢ", 1, 0)
        + grid_table(rows, 2, borders=True)
        + numbered("NHIỆM VỤ", 1, 0)
        + p("Tiếp tục.")
    )
    return report(body, numbering=KHOAN, footnotes=footnotes)


def test_footnote_in_a_table_cell_and_numbering_inside_a_table() -> None:
    data = _cells_with_labels_and_notes()
    assert [label for label, _ in labels(data)] == ["I.", "II."]  # labels in cells are cell text
    document = read(data)
    table_read = next(
        block
        for section in document.body
        if isinstance(section, Section)
        for block in section.blocks
        if isinstance(block, Table)
    )
    assert [row_[0] for row_ in table_read.rows] == ["1. Hội nghị", "2. Tập huấn"]
    assert "Gồm cả hội nghị trực tuyến." in danvan.render_text(document)


def test_cells_copied_as_the_reader_goes_equal_the_copy_of_the_lines_read() -> None:
    from danvan.reading.docx import as_text_copy
    from danvan.reading.docx.reader import read_package

    data = _cells_with_labels_and_notes()
    built = read_package(data, embedded=False, text_copy=True)[0]
    assert built == as_text_copy(docx_source(data))
    cells = [
        line.text
        for item in built.items
        if not isinstance(item, SourceLine)
        for row_ in item.rows
        for cell_ in row_
        for line in cell_
    ]
    assert "1. Hội nghị" in cells
    assert "12¹" in cells


# --- 35. a merged cell in the middle of a row; a title row spanning the table --------------------


def test_merged_cells_keep_the_columns_aligned_and_a_spanning_first_row_is_the_caption() -> None:
    rows = (
        row(cell(p("BẢNG TỔNG HỢP KẾT QUẢ ĐỐI THOẠI", rpr="<w:b/>"), '<w:gridSpan w:val="4"/>'))
        + row(*(cell(p(t)) for t in ("STT", "Đơn vị", "Số cuộc", "Ghi chú")), trpr="<w:tblHeader/>")
        + row(
            cell(p("1")),
            cell(p("Xã Hòa An (chưa tổ chức)"), '<w:gridSpan w:val="2"/>'),
            cell(p("Lùi sang quý III")),
        )
        + row(cell(p("2")), cell(p("Xã Hòa Bình")), cell(p("03")), cell(p("")))
    )
    body = numbered("KẾT QUẢ", 1, 0) + grid_table(rows, 4, borders=True) + p("Cần đôn đốc các xã.")
    document = read(report(body, numbering=OUTLINE_LISTS))
    (section,) = [block for block in document.body if isinstance(block, Section)]
    (found,) = [block for block in section.blocks if isinstance(block, Table)]
    assert found.caption == "BẢNG TỔNG HỢP KẾT QUẢ ĐỐI THOẠI"
    assert found.header == ("STT", "Đơn vị", "Số cuộc", "Ghi chú")
    assert found.rows == (
        ("1", "Xã Hòa An (chưa tổ chức)", "", "Lùi sang quý III"),
        ("2", "Xã Hòa Bình", "03", ""),
    )


# --- 36. picture bullets ---------------------------------------------------------------------------


def test_picture_bullets_read_as_bullets() -> None:
    numbering = OUTLINE_LISTS + (
        '<w:abstractNum w:abstractNumId="95"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        '<w:numFmt w:val="bullet"/><w:lvlText w:val=""/><w:lvlPicBulletId w:val="0"/></w:lvl>'
        '</w:abstractNum><w:num w:numId="95"><w:abstractNumId w:val="95"/></w:num>'
    )
    body = (
        numbered("KẾT QUẢ", 1, 0)
        + listed("Tổ chức 04 hội nghị;", 95)
        + listed("Phát hành 2.000 tờ rơi.", 95)
        + numbered("NHIỆM VỤ", 1, 0)
        + p("Tiếp tục thực hiện.")
    )
    document = read(report(body, numbering=numbering))
    assert _bullets(document) == [("-", ["Tổ chức 04 hội nghị;", "Phát hành 2.000 tờ rơi."])]


# --- 37. content imported from an HTML part (w:altChunk), as exporting systems write it ----------


def _with_chunk(data: bytes, part: str, payload: bytes) -> bytes:
    """``data`` with ``part`` added and related from the main part as rIdChunk."""
    out = io.BytesIO()
    rel = (
        '<Relationship Id="rIdChunk" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        f'relationships/aFChunk" Target="{part.removeprefix("word/")}"/>'
    )
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "word/_rels/document.xml.rels":
                content = content.replace(b"</Relationships>", rel.encode() + b"</Relationships>")
            target.writestr(info.filename, content)
        target.writestr(part, payload)
    return out.getvalue()


def test_text_of_an_html_chunk_is_read_where_it_stands() -> None:
    html_page = (
        "<html><head><title>x</title><style>p { color: red }</style></head><body>"
        "<p>Tổ chức <b>04</b> hội nghị đối thoại&nbsp;với nhân dân.</p>"
        "<script>var bo = 'không đọc';</script>"
        "<ul><li>Xã Hòa An: 02 hội nghị;</li><li>Xã Hòa Bình: 02 hội nghị.</li></ul>"
        "</body></html>"
    ).encode()
    body = numbered("KẾT QUẢ", 1, 0) + '<w:altChunk r:id="rIdChunk"/>' + numbered("NHIỆM VỤ", 1, 0)
    body += p("Tiếp tục thực hiện.")
    data = _with_chunk(report(body, numbering=OUTLINE_LISTS), "word/afchunk.htm", html_page)
    document = danvan.read(data, format="docx")
    assert_standard_parts(document)
    text = danvan.render_text(document)
    assert "Tổ chức 04 hội nghị đối thoại với nhân dân." in text
    assert "Xã Hòa An: 02 hội nghị;" in text
    assert "không đọc" not in text
    assert "R304" in codes(document)
    assert outline(document)[0] == "I KẾT QUẢ"


def test_an_rtf_chunk_is_named_not_silently_dropped() -> None:
    body = numbered("KẾT QUẢ", 1, 0) + '<w:altChunk r:id="rIdChunk"/>' + p("Xong.")
    data = _with_chunk(report(body, numbering=OUTLINE_LISTS), "word/afchunk.rtf", rb"{\rtf1 x}")
    document = danvan.read(data, format="docx")
    assert document.origin is not None
    (finding,) = [f for f in document.origin.findings if f.code == "R305"]
    assert "word/afchunk.rtf" in finding.message


# --- 38. hidden text ---------------------------------------------------------------------------


def test_hidden_text_is_left_out_and_quoted_in_a_finding() -> None:
    hidden = "<w:vanish/>"
    body = (
        numbered("KẾT QUẢ", 1, 0)
        + p(
            raw=r("Tổ chức 04 hội nghị")
            + r(" (ghi chú nội bộ: số liệu chưa duyệt)", hidden)
            + r(".")
        )
        + p("Hướng dẫn điền mẫu: xóa đoạn này trước khi ban hành.", rpr=hidden)
        + p("Tiếp tục thực hiện.")
    )
    document = read(report(body, numbering=OUTLINE_LISTS))
    text = danvan.render_text(document)
    assert "Tổ chức 04 hội nghị." in text
    assert "chưa duyệt" not in text
    assert "Hướng dẫn điền mẫu" not in text
    assert document.origin is not None
    (finding,) = [f for f in document.origin.findings if f.code == "R306"]
    assert "(ghi chú nội bộ: số liệu chưa duyệt)" in finding.message
    assert "Hướng dẫn điền mẫu: xóa đoạn này trước khi ban hành." in finding.message


# --- 39. borders set cell by cell (Google Docs, LibreOffice): a data table of three columns -------


def test_a_table_bordered_cell_by_cell_stays_a_table() -> None:
    edges = "".join(
        f'<w:{edge} w:val="single" w:sz="8" w:space="0" w:color="000000"/>'
        for edge in ("top", "left", "bottom", "right")
    )
    framed = f"<w:tcBorders>{edges}</w:tcBorders>"
    rows = (
        row(*(cell(p(t), framed) for t in ("Nội dung", "Kế hoạch", "Thực hiện")))
        + row(*(cell(p(t), framed) for t in ("Hội nghị", "04", "04")))
        + row(*(cell(p(t), framed) for t in ("Tập huấn", "03", "02")))
    )
    table_xml = (
        '<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/></w:tblPr>'
        '<w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/></w:tblGrid>'
        f"{rows}</w:tbl>"
    )
    body = numbered("KẾT QUẢ", 1, 0) + table_xml + p("Đạt kế hoạch.")
    document = read(report(body, numbering=OUTLINE_LISTS))
    (section,) = [block for block in document.body if isinstance(block, Section)]
    (found,) = [block for block in section.blocks if isinstance(block, Table)]
    assert found.header == ("Nội dung", "Kế hoạch", "Thực hiện")
    assert found.rows == (("Hội nghị", "04", "04"), ("Tập huấn", "03", "02"))


# --- 40. Word's "1 / 1.1 / 1.1.1" heading list: labels without a closing dot ------------------------


def test_heading_list_with_labels_without_a_closing_dot() -> None:
    numbering = (
        '<w:abstractNum w:abstractNumId="110">'
        + lvl(0, "decimal", "%1", extra='<w:pStyle w:val="Heading1"/>')
        + lvl(1, "decimal", "%1.%2", extra='<w:pStyle w:val="Heading2"/>')
        + "</w:abstractNum>"
        + num(110, 110)
    )
    body = (
        listed("KẾT QUẢ THỰC HIỆN", 110, 0, style="Heading1")
        + listed("Tuyên truyền", 110, 1, style="Heading2")
        + p("Tổ chức 04 hội nghị.")
        + listed("Vận động", 110, 1, style="Heading2")
        + p("Vận động 300 hộ.")
        + listed("PHƯƠNG HƯỚNG", 110, 0, style="Heading1")
        + p("Tiếp tục thực hiện.")
    )
    data = report(body, numbering=numbering)
    assert [label for label, _ in labels(data)] == ["1", "1.1", "1.2", "2"]
    assert outline(read(data)) == [
        "1 KẾT QUẢ THỰC HIỆN",
        "  1.1 Tuyên truyền",
        "  1.2 Vận động",
        "2 PHƯƠNG HƯỚNG",
    ]


# --- 41. an old document in TCVN3: the literal text of its list levels too ---------------------------


def test_legacy_encoded_level_text_is_converted_like_the_runs() -> None:
    from danvan.reading.encodings import unicode_to_tcvn3

    vntime = '<w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr>'
    phan = unicode_to_tcvn3("Phần")
    numbering = (
        '<w:abstractNum w:abstractNumId="120">'
        + lvl(0, "upperRoman", f"{phan} %1", extra=vntime)
        + lvl(1, "decimal", "%2.", extra=vntime)
        + "</w:abstractNum>"
        + num(120, 120)
    )
    font = '<w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/>'
    body = (
        p(
            unicode_to_tcvn3("Kết quả thực hiện"),
            rpr=font,
            ppr='<w:numPr><w:ilvl w:val="0"/><w:numId w:val="120"/></w:numPr>',
        )
        + p(
            unicode_to_tcvn3("Tuyên truyền"),
            rpr=font,
            ppr='<w:numPr><w:ilvl w:val="1"/><w:numId w:val="120"/></w:numPr>',
        )
        + p(unicode_to_tcvn3("Tổ chức 04 hội nghị."), rpr=font)
    )
    data = report(body, numbering=numbering)
    assert [label for label, _ in labels(data)] == ["Phần I", "1."]
    document = danvan.read(data, format="docx")
    assert outline(document) == ["Phần I Kết quả thực hiện", "  1 Tuyên truyền"]


# --- 42. a whole plan as an office types it: every part at once ------------------------------------


def test_a_whole_plan_typed_in_word() -> None:
    centred = '<w:jc w:val="center"/>'
    header = grid_table(
        row(
            cell(
                p("ỦY BAN NHÂN DÂN HUYỆN TÂN HÒA", ppr=centred)
                + p("VĂN PHÒNG HĐND VÀ UBND", ppr=centred, rpr="<w:b/>"),
                '<w:vMerge w:val="restart"/>',
            ),
            cell(
                p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", ppr=centred, rpr="<w:b/>")
                + p("Độc lập - Tự do - Hạnh phúc", ppr=centred, rpr="<w:b/>")
            ),
        )
        + row(
            cell(p("Số: 09/KH-VP", ppr=centred)),
            cell(p("Tân Hòa, ngày 03 tháng 01 năm 2025", ppr=centred, rpr="<w:i/>")),
        ),
        2,
        borders=False,
    )
    title = p("KẾ HOẠCH", ppr=centred, rpr="<w:b/>") + p(
        "Thực hiện công tác dân vận chính quyền năm 2025", ppr=centred, rpr="<w:b/>"
    )
    bases = p(
        raw=r("Căn cứ ")
        + '<w:hyperlink r:id="rId9">'
        + r("Kế hoạch số 02/KH-UBND ngày 02/01/2025")
        + "</w:hyperlink>"
        + r(" của Ủy ban nhân dân huyện về công tác dân vận năm 2025;")
    ) + p("Văn phòng HĐND và UBND huyện xây dựng Kế hoạch thực hiện như sau:")
    numbering = (
        '<w:abstractNum w:abstractNumId="130">'
        + lvl(0, "upperRoman", "%1.", extra='<w:pStyle w:val="Heading1"/>')
        + lvl(1, "decimal", "%2.", extra='<w:pStyle w:val="Heading2"/>')
        + lvl(2, "lowerLetter", "%3)")
        + "</w:abstractNum>"
        + '<w:abstractNum w:abstractNumId="131">'
        + lvl(0, "bullet", "-")
        + lvl(1, "bullet", "+")
        + "</w:abstractNum>"
        + num(130, 130)
        + num(131, 131)
    )
    body = (
        listed("MỤC ĐÍCH, YÊU CẦU", 130, 0, style="Heading1")
        + listed("Mục đích", 130, 1, style="Heading2")
        + p("Nâng cao chất lượng công tác dân vận chính quyền.")
        + listed("Yêu cầu", 130, 1, style="Heading2")
        + listed("Bám sát nhiệm vụ chính trị của địa phương;", 131, 0)
        + listed("Phân công cụ thể cho từng bộ phận:", 131, 0)
        + listed("bộ phận tổng hợp;", 131, 1)
        + listed("bộ phận một cửa.", 131, 1)
        + listed("NỘI DUNG", 130, 0, style="Heading1")
        + listed("Tuyên truyền", 130, 1, style="Heading2")
        + listed("Tổ chức 04 hội nghị;", 130, 2)
        + listed("Phát hành 2.000 tờ rơi.", 130, 2)
        + listed("TỔ CHỨC THỰC HIỆN", 130, 0, style="Heading1")
        + p("Các bộ phận triển khai thực hiện nghiêm túc Kế hoạch này./.")
    )
    styles = STYLES_WITH_NUMBERING.replace('w:val="40"', 'w:val="130"')
    closing = grid_table(
        row(
            cell(
                p(raw=r("Nơi nhận:", "<w:b/><w:i/>"))
                + p("- Thường trực Huyện ủy;")
                + p("- Chủ tịch, các PCT UBND huyện;")
                + p("- Lưu: VT.")
            ),
            cell(
                p("KT. CHÁNH VĂN PHÒNG", ppr=centred, rpr="<w:b/>")
                + p("PHÓ CHÁNH VĂN PHÒNG", ppr=centred, rpr="<w:b/>")
                + p("")
                + p("(Đã ký)", ppr=centred, rpr="<w:i/>")
                + p("")
                + p("Nguyễn Thị Hoa", ppr=centred, rpr="<w:b/>")
            ),
        ),
        2,
        borders=False,
    )
    data = build_docx(header + title + bases + body + closing, numbering=numbering, styles=styles)
    document = read(data)
    assert isinstance(document, danvan.Plan)
    assert str(document.number) == "09/KH-VP"
    assert document.issuer is not None
    assert document.issuer.name == "VĂN PHÒNG HĐND VÀ UBND"
    assert document.issuer.parent == "ỦY BAN NHÂN DÂN HUYỆN TÂN HÒA"
    assert document.subject == "Thực hiện công tác dân vận chính quyền năm 2025"
    assert [str(reference.symbol) for reference in document.references][:1] == ["02/KH-UBND"]
    assert outline(document) == [
        "I MỤC ĐÍCH, YÊU CẦU",
        "  1 Mục đích",
        "  2 Yêu cầu",
        "II NỘI DUNG",
        "  1 Tuyên truyền",
        "    a Tổ chức 04 hội nghị;",
        "    b Phát hành 2.000 tờ rơi.",
        "III TỔ CHỨC THỰC HIỆN",
    ]
    bullets = _bullets(document)
    assert bullets[0] == (
        "-",
        ["Bám sát nhiệm vụ chính trị của địa phương;", "Phân công cụ thể cho từng bộ phận:"],
    )
    assert ("+", ["bộ phận tổng hợp;", "bộ phận một cửa."]) in bullets
    signature = document.signature
    assert signature is not None
    assert signature.authority is not None
    assert signature.authority.name == "KT"
    assert signature.head_title.upper() == "CHÁNH VĂN PHÒNG"
    assert signature.name == "Nguyễn Thị Hoa"
    assert signature.notes == ("(Đã ký)",)
    assert document.recipients is not None
    assert document.recipients.archive == ("VT",)


# --- 43. the header and the closing typed with tabs instead of tables; non-breaking spaces ---------


def test_header_and_closing_typed_with_tabs_and_non_breaking_spaces() -> None:
    tab = "<w:r><w:tab/></w:r>"

    def columns(left: str, right: str, rpr: str = "") -> str:
        return p(raw=r(left, rpr) + tab + tab + r(right, rpr))

    header = (
        columns("ỦY BAN NHÂN DÂN TỈNH CAO ĐIỀN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        + columns("SỞ DỮ LIỆU SỐ", "Độc lập - Tự do - Hạnh phúc", "<w:b/>")
        + columns("Số:\u00a027/BC-SDLS", "Cao Điền, ngày\u00a014 tháng 8 năm 2025")
    )
    closing = (
        columns("Nơi nhận:", "GIÁM ĐỐC")
        + p("- Ban Dân vận Tỉnh ủy;")
        + p("- Lưu: VT, VP.")
        + p("")
        + p(raw=tab + tab + r("Trần Thị Mai"))
    )
    body = header + TITLE + numbered("KẾT QUẢ", 1, 0) + p("Đã hoàn thành.") + ENDING + closing
    document = read(build_docx(body, numbering=OUTLINE_LISTS))
    assert_standard_parts(document)
    assert document.signature is not None
    assert document.signature.head_title.upper() == "GIÁM ĐỐC"


# --- 44. a table of contents (mục lục) before the body ---------------------------------------------

_TOC_STYLES = DEFAULT_STYLES + (
    '<w:style w:type="paragraph" w:styleId="TOCHeading"><w:name w:val="TOC Heading"/>'
    '<w:basedOn w:val="Heading1"/><w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/><w:basedOn w:val="Normal"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="TOC2"><w:name w:val="toc 2"/><w:basedOn w:val="Normal"/></w:style>'
)


def _toc_entry(text: str, page: str, style: str, anchor: str) -> str:
    return p(
        raw=f'<w:hyperlink w:anchor="{anchor}" w:history="1">'
        + r(text)
        + "<w:r><w:tab/></w:r>"
        + _field(f" PAGEREF {anchor} \\h ", page)
        + "</w:hyperlink>",
        style=style,
    )


def test_a_table_of_contents_is_no_part_of_the_section_tree() -> None:
    toc = (
        '<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/>'
        "<w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>"
        + p("MỤC LỤC", style="TOCHeading")
        + _toc_entry("I. KẾT QUẢ THỰC HIỆN", "2", "TOC1", "_Toc1")
        + _toc_entry("1. Công tác tuyên truyền", "2", "TOC2", "_Toc2")
        + _toc_entry("II. NHIỆM VỤ", "3", "TOC1", "_Toc3")
        + "</w:sdtContent></w:sdt>"
    )
    body = (
        p("I. KẾT QUẢ THỰC HIỆN", style="Heading1")
        + p("1. Công tác tuyên truyền", style="Heading2")
        + p("Tổ chức 04 hội nghị.")
        + p("II. NHIỆM VỤ", style="Heading1")
        + p("Tiếp tục thực hiện.")
    )
    data = build_docx(HEADER + TITLE + toc + body + ENDING + CLOSING, styles=_TOC_STYLES)
    document = read(data)
    assert_standard_parts(document)
    assert outline(document) == [
        "I KẾT QUẢ THỰC HIỆN",
        "  1 Công tác tuyên truyền",
        "II NHIỆM VỤ",
    ]
    assert document.origin is not None
    (finding,) = [f for f in document.origin.findings if f.code == "R307"]
    assert "I. KẾT QUẢ THỰC HIỆN" in finding.message
    assert "MỤC LỤC" in finding.message


def test_a_table_of_contents_by_its_styles_alone() -> None:
    # Word before 2007 (and LibreOffice) writes the TOC field over "toc N" paragraphs, no sdt
    toc = (
        p("MỤC LỤC", ppr='<w:jc w:val="center"/>', rpr="<w:b/>")
        + _toc_entry("I. KẾT QUẢ THỰC HIỆN", "2", "TOC1", "_Toc1")
        + _toc_entry("II. NHIỆM VỤ", "3", "TOC1", "_Toc3")
    )
    body = p("I. KẾT QUẢ THỰC HIỆN", style="Heading1") + p("Tổ chức 04 hội nghị.")
    body += p("II. NHIỆM VỤ", style="Heading1") + p("Tiếp tục thực hiện.")
    document = read(build_docx(HEADER + TITLE + toc + body + ENDING + CLOSING, styles=_TOC_STYLES))
    assert outline(document) == ["I KẾT QUẢ THỰC HIỆN", "II NHIỆM VỤ"]
    assert "R307" in codes(document)


@pytest.mark.parametrize(
    "line", ["MỤC LỤC", "PHẦN LÝ LUẬN CHUNG", "CHƯƠNG CUỐI", "Mục lục các biểu mẫu"]
)
def test_a_word_starting_with_a_roman_letter_is_no_part_number(line: str) -> None:
    from danvan.reading.labels import split_label

    assert split_label(line) is None


# --- 45. an automatic "A." / "I." / "1." outline: upper letters above Roman numerals --------------


def test_upper_letters_above_roman_numerals_in_an_automatic_outline() -> None:
    numbering = (
        '<w:abstractNum w:abstractNumId="140">'
        + lvl(0, "upperLetter", "%1.")
        + lvl(1, "upperRoman", "%2.")
        + lvl(2, "decimal", "%3.")
        + "</w:abstractNum>"
        + num(140, 140)
    )
    body = (
        listed("KẾT QUẢ ĐẠT ĐƯỢC", 140, 0)
        + listed("TUYÊN TRUYỀN", 140, 1)
        + listed("Hội nghị", 140, 2)
        + p("Tổ chức 04 hội nghị.")
        + listed("VẬN ĐỘNG", 140, 1)
        + listed("PHƯƠNG HƯỚNG", 140, 0)
        + listed("NHIỆM VỤ", 140, 1)
        + listed("KIẾN NGHỊ", 140, 0)
        + p("Không.")
    )
    data = report(body, numbering=numbering)
    assert [label for label, _ in labels(data)] == [
        "A.", "I.", "1.", "II.", "B.", "I.", "C.",
    ]  # fmt: skip
    assert outline(read(data)) == [
        "A KẾT QUẢ ĐẠT ĐƯỢC",
        "  I TUYÊN TRUYỀN",
        "    1 Hội nghị",
        "  II VẬN ĐỘNG",
        "B PHƯƠNG HƯỚNG",
        "  I NHIỆM VỤ",
        "C KIẾN NGHỊ",
    ]


# --- 46. a header laid out over four grid columns (spacers on both sides) ---------------------------


def test_header_in_a_borderless_table_of_four_columns() -> None:
    header = table(
        [["", HEADER_LEFT, "", HEADER_RIGHT], ["", NUMBER, "", PLACE_DATE]], borders=False
    )
    body = header + TITLE + numbered("KẾT QUẢ", 1, 0) + p("Đã hoàn thành.") + ENDING + CLOSING
    document = read(build_docx(body, numbering=OUTLINE_LISTS))
    assert_standard_parts(document)


def test_list_number_items_in_the_heading_list_one_level_down() -> None:
    # The List Number paragraphs reuse the headings' own list, a level below: "a)", "b)"
    body = (
        numbered("KẾT QUẢ", 1, 0, style="Heading1")
        + numbered("Công tác tuyên truyền", 1, 1, style="Heading2")
        + numbered("Tổ chức 04 hội nghị chuyên đề;", 1, 2, style="ListNumber")
        + numbered("Phát hành 2.000 tờ rơi.", 1, 2, style="ListNumber")
        + numbered("Công tác vận động", 1, 1, style="Heading2")
        + p("Vận động 300 hộ hiến đất.")
    )
    data = report(body, numbering=LIST_NUMBER, styles=STYLES_LIST_NUMBER)
    assert [label for label, _ in labels(data)] == ["I.", "1.", "a)", "b)", "2."]
    assert outline(read(data)) == [
        "I KẾT QUẢ",
        "  1 Công tác tuyên truyền",
        "    a Tổ chức 04 hội nghị chuyên đề;",
        "    b Phát hành 2.000 tờ rơi.",
        "  2 Công tác vận động",
    ]


# --- 47. the draft mark in a box (a bordered table of one cell) above the header --------------------


def test_draft_mark_in_a_box_above_the_header() -> None:
    box = grid_table(
        row(cell(p("DỰ THẢO", ppr='<w:jc w:val="center"/>', rpr="<w:b/>"))), 1, borders=True
    )
    body = box + HEADER + TITLE + numbered("KẾT QUẢ", 1, 0) + p("Đã hoàn thành.") + ENDING + CLOSING
    document = read(build_docx(body, numbering=OUTLINE_LISTS))
    assert_standard_parts(document)
    assert document.status is danvan.DocumentStatus.DRAFT
