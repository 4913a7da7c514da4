"""Rules of Nghị định 30 in the .docx, each read back from the XML: the Party profile chosen by
the issuer, balanced agency names, the draft mark, the boxed stamps (ô 10a, 10b, 11), the
drafter's code and copies (ô 12), the address block (ô 13), the raised drafter's code in the
archive line, and the closing block kept with the body's last paragraph."""

from __future__ import annotations

import io
import itertools
import zipfile
from typing import Any

import attrs
import pytest
from builders import AGENCY, small_report
from docx_parts import NS, Docx, cell_paragraphs, closing_table, para_text, qn, rows
from hypothesis import example, given
from hypothesis import strategies as st

import danvan as dv
from danvan.model import (
    Agency,
    Appendix,
    Circulation,
    Contact,
    Count,
    DocumentNumber,
    DocumentStatus,
    Indicator,
    IndicatorTable,
    Paragraph,
    Recipient,
    Recipients,
    Secrecy,
    Urgency,
)
from danvan.rendering import wording
from danvan.rendering.docx import DocxStyle
from danvan.rendering.docx._metrics import text_width_pt
from danvan.rendering.docx._oxml import cm, mm, twips
from danvan.rendering.docx.header import balanced_lines
from danvan.testing import strategies as dvst

PARTY_ISSUER = Agency(name="Ban Dân vận Huyện ủy Mộc Châu", parent="Tỉnh ủy Cao Điền")


def render(document: dv.Report, **options: Any) -> Docx:
    return Docx(dv.render(document, "docx", **options))


def masthead(out: Docx) -> Any:
    return out.top_tables()[0]


def box_tables(out: Docx) -> dict[str, Any]:
    """The one-cell boxes nested in the masthead, by their text."""
    found = {}
    for cell in masthead(out).iter(qn("w:tc")):
        for table in cell.findall("w:tbl", NS):
            found["".join(t.text or "" for t in table.iter(qn("w:t")))] = table
    return found


# -- the Party profile: the symbol or the issuer ---------------------------------------------


def _titles(out: Docx) -> tuple[list[str], list[str]]:
    return out.paragraphs("DanvanPartyTitle"), out.paragraphs("DanvanNationalTitle")


def test_a_party_issuer_with_a_state_style_symbol_prints_as_a_party_document() -> None:
    report = small_report(issuer=PARTY_ISSUER, number=DocumentNumber.parse("05/BC-BDVHU"))
    out = render(report)
    party, national = _titles(out)
    assert party == ["ĐẢNG CỘNG SẢN VIỆT NAM"]
    assert national == []
    assert out.paragraphs("DanvanNumber") == ["Số 05-BC/BDVHU"]  # the symbol repaired
    assert out.paragraphs("DanvanAsterisk") == ["*"]
    for name in ("text", "markdown", "html"):
        rendered = dv.render(report, name).decode("utf-8")
        assert "ĐẢNG CỘNG SẢN VIỆT NAM" in rendered
        assert "05-BC/BDVHU" in rendered
        assert "05/BC-BDVHU" not in rendered
        assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" not in rendered


def test_a_party_issuer_without_a_symbol_prints_as_a_party_document() -> None:
    draft = small_report(
        issuer=Agency(name="Đảng ủy xã Tân Lập"), number=None, status=DocumentStatus.DRAFT
    )
    party, national = _titles(render(draft))
    assert party
    assert not national


@pytest.mark.parametrize(
    ("issuer", "number", "is_party"),
    [
        (AGENCY, "07/BC-STN", False),
        (Agency(name="Ủy ban nhân dân tỉnh Cao Điền", abbreviation="UBND"), "07/BC-UBND", False),
        (Agency(name="Khối thi đua số 3"), "07-BC/ĐU", True),
        (Agency(name="Ban Dân vận Tỉnh ủy"), "07/BC-BDVTU", True),
        (Agency(name="Văn phòng", parent="Huyện ủy Mộc Châu"), "07/BC-VPHU", True),
        (Agency(name="Cơ quan Thử", abbreviation="BDVTU"), "07/BC-BDVTU", True),
    ],
)
def test_the_profile_follows_the_symbol_or_the_issuer(
    issuer: Agency, number: str, is_party: bool
) -> None:
    out = render(small_report(issuer=issuer, number=DocumentNumber.parse(number)))
    party, national = _titles(out)
    assert bool(party) is is_party
    assert bool(national) is not is_party


# -- agency names broken into balanced lines -------------------------------------------------

SYLLABLES = st.sampled_from(
    [
        "SỞ",
        "BAN",
        "DÂN",
        "VẬN",
        "ỦY",
        "NHÂN",
        "TỈNH",
        "HUYỆN",
        "XÃ",
        "KHOA",
        "HỌC",
        "VÀ",
        "CÔNG",
        "NGHỆ",
        "DỮ",
        "LIỆU",
        "SỐ",
        "CAO",
        "ĐIỀN",
        "MỘC",
        "CHÂU",
        "QUỐC",
        "HỘI",
        "THƯỜNG",
        "VỤ",
        "CHỈ",
        "ĐẠO",
        "THỰC",
        "HIỆN",
        "QUY",
        "CHẾ",
        "CƠ",
        "SỞ",
        "Ở",
        "NỘI",
        "PHÒNG",
        "CHỐNG",
        "THIÊN",
        "TAI",
    ]
)
ROOM = cm(6.5) - 276  # the header's left column, less its cell margins


def _units(words: list[str]) -> list[str]:
    units: list[str] = []
    for index, word in enumerate(words):
        glued = word == "ỦY" and (words[index + 1] if index + 1 < len(words) else "") != "BAN"
        if units and glued:
            units[-1] += " " + word
        else:
            units.append(word)
    return units


def _splits(units: list[str]) -> list[list[str]]:
    """Every way of setting ``units`` on lines (brute force, the oracle)."""
    found = []
    for cuts in itertools.product((False, True), repeat=len(units) - 1):
        lines, current = [], [units[0]]
        for unit, cut in zip(units[1:], cuts, strict=True):
            if cut:
                lines.append(" ".join(current))
                current = [unit]
            else:
                current.append(unit)
        lines.append(" ".join(current))
        found.append(lines)
    return found


@given(words=st.lists(SYLLABLES, min_size=1, max_size=11), size=st.sampled_from([12, 13, 14]))
# a two-line break a hair wider than the column in points that rounds to its twips (it was
# set on three lines)
@example(
    words=["SỞ", "SỞ", "SỞ", "SỞ", "SỞ", "BAN", "THIÊN", "CHỈ", "TỈNH", "TỈNH", "CHỈ"], size=13
)
def test_balanced_lines_never_leave_one_word_alone_when_another_break_fits(
    words: list[str], size: float
) -> None:
    """Against a brute-force oracle: every word kept in order; one line when it fits; else
    lines that fit, none of a single word (or of a lone "HUYỆN ỦY" unit) whenever some
    break avoids it, and as few lines as such a break allows."""
    text = " ".join(words)
    lines = balanced_lines(text, size, ROOM, bold=True)
    assert " ".join(lines).split() == words  # every word, in order

    def fits(line: str) -> bool:
        return twips(text_width_pt(line, size, bold=True)) <= ROOM

    if fits(text):
        assert lines == [text]
        return
    candidates = [split for split in _splits(_units(words)) if all(map(fits, split))]
    if not candidates:
        return  # nothing fits: one word is wider than the column
    assert all(map(fits, lines))
    paired = [c for c in candidates if all(len(_units(line.split())) > 1 for line in c)]
    if paired:
        assert all(len(line.split()) > 1 for line in lines)
        assert len(lines) == min(len(c) for c in paired)
    else:
        assert len(lines) == min(len(c) for c in candidates)


def test_a_short_name_stays_on_one_line_and_a_long_one_is_balanced() -> None:
    assert balanced_lines("QUỐC HỘI", 13, ROOM, bold=True) == ["QUỐC HỘI"]
    assert balanced_lines("SỞ KHOA HỌC VÀ CÔNG NGHỆ", 13, ROOM, bold=True) == [
        "SỞ KHOA HỌC",
        "VÀ CÔNG NGHỆ",
    ]
    assert balanced_lines("ỦY BAN NHÂN DÂN TỈNH SƠN LA", 13, ROOM, bold=True) == [
        "ỦY BAN NHÂN DÂN",
        "TỈNH SƠN LA",
    ]
    assert balanced_lines("BAN DÂN VẬN HUYỆN ỦY MỘC CHÂU", 14, ROOM, bold=True) == [
        "BAN DÂN VẬN",
        "HUYỆN ỦY MỘC CHÂU",
    ]


def test_the_issuer_is_set_on_balanced_lines_in_the_xml() -> None:
    issuer = Agency(name="Ban Chỉ đạo thực hiện quy chế dân chủ ở cơ sở tỉnh Cao Điền")
    out = render(small_report(issuer=issuer))
    (name,) = out.paragraphs("DanvanHeaderIssuer")
    lines = name.split("\n")
    assert len(lines) >= 2
    assert all(len(line.split()) >= 2 for line in lines)
    assert " ".join(lines) == issuer.name.upper()


# -- the draft mark --------------------------------------------------------------------------


def _draft(**changes: Any) -> dv.Report:
    return small_report(
        status=DocumentStatus.DRAFT, number=DocumentNumber.parse("/BC-STN"), **changes
    )


def test_a_draft_carries_a_boxed_bold_draft_mark_at_the_top_of_page_1() -> None:
    out = render(_draft())
    first_row = rows(masthead(out))[0]
    boxes = box_tables(out)
    assert "DỰ THẢO" in boxes
    box = boxes["DỰ THẢO"]
    assert box.getparent() is first_row[1]  # top right
    assert box.find("w:tblPr/w:jc", NS).get(qn("w:val")) == "right"
    for edge in ("top", "left", "bottom", "right"):
        assert box.find(f"w:tblPr/w:tblBorders/w:{edge}", NS).get(qn("w:val")) == "single"
    assert out.has("DanvanDraftMark", "b")
    assert out.size("DanvanDraftMark") == 13
    # the blanks stay as they were: "Số:" and room for the number before "/BC-STN"
    (number,) = out.paragraphs("DanvanNumber")
    assert number.startswith("Số:")
    assert number.endswith("/BC-STN")
    assert number[3:-7].strip() == ""
    assert len(number[3:-7]) >= 3


def test_the_draft_mark_gives_the_revision() -> None:
    assert "DỰ THẢO LẦN 3" in box_tables(render(_draft(draft_revision=3)))


def test_a_style_option_moves_or_drops_the_draft_mark() -> None:
    left = render(_draft(), style=DocxStyle.state(draft_mark="top-left"))
    box = box_tables(left)["DỰ THẢO"]
    assert box.getparent() is rows(masthead(left))[0][0]
    assert box.find("w:tblPr/w:jc", NS).get(qn("w:val")) == "left"
    dropped = render(_draft(), style=DocxStyle.state(draft_mark="none"))
    assert "DỰ THẢO" not in dropped.text()
    with pytest.raises(dv.InvalidValueError, match="draft_mark"):
        DocxStyle.state(draft_mark="bottom")


def test_an_issued_document_has_no_draft_mark() -> None:
    out = render(small_report())
    assert "DỰ THẢO" not in out.text()
    assert len(rows(masthead(out))) == 2  # agency | Quốc hiệu, Số | place and date


# -- stamps and the circulation note -------------------------------------------------------


@pytest.mark.parametrize(
    ("urgency", "width_mm"),
    [(Urgency.HOA_TOC, 30), (Urgency.THUONG_KHAN, 40), (Urgency.KHAN, 20)],
)
def test_urgency_stamps_are_boxed_at_the_decrees_size(urgency: Urgency, width_mm: int) -> None:
    out = render(small_report(urgency=urgency))
    box = box_tables(out)[urgency.value]
    assert box.find("w:tblPr/w:tblW", NS).get(qn("w:w")) == str(mm(width_mm))
    height = box.find("w:tr/w:trPr/w:trHeight", NS)
    assert height.get(qn("w:val")) == str(mm(8))
    assert height.get(qn("w:hRule")) == "exact"
    border = box.find("w:tblPr/w:tblBorders/w:top", NS)
    assert border.get(qn("w:val")) == "single"
    assert border.get(qn("w:color")) == "FF0000"  # «màu đỏ tươi»
    (paragraph,) = box.iter(qn("w:p"))
    assert paragraph.find("w:pPr/w:pStyle", NS).get(qn("w:val")) == "DanvanStamp"
    assert out.has("DanvanStamp", "b")
    assert not out.has("DanvanStamp", "i")
    assert 13 <= out.size("DanvanStamp") <= 14


def test_secrecy_over_urgency_in_the_left_column_under_the_number() -> None:
    out = render(small_report(secrecy=Secrecy.TOI_MAT, urgency=Urgency.KHAN))
    table_rows = rows(masthead(out))
    assert next(p for _, p in cell_paragraphs(table_rows[1][0])).startswith("Số:")
    stamps = table_rows[2][0].findall("w:tbl", NS)
    assert ["".join(t.itertext()) for t in stamps] == ["TỐI MẬT", "KHẨN"]


@pytest.mark.parametrize("note", list(Circulation))
def test_the_circulation_note_is_boxed_above_the_national_title(note: Circulation) -> None:
    out = render(small_report(circulation=note))
    box = box_tables(out)[note.value]
    top = rows(masthead(out))[0]
    assert box.getparent() is top[1]
    assert box.find("w:tblPr/w:jc", NS).get(qn("w:val")) == "center"
    assert box.find("w:tblPr/w:tblBorders/w:left", NS).get(qn("w:val")) == "single"


# -- ô 12 and the archive line ---------------------------------------------------------------


def _closing_cell(out: Docx) -> Any:
    return rows(closing_table(out))[0][0]


def test_the_drafters_code_is_raised_in_the_archive_line() -> None:
    recipients = Recipients(
        entries=[Recipient(name="Sở Nội vụ")], archive=("VT", "VP"), drafter="XT"
    )
    out = render(small_report(recipients=recipients))
    archive = _closing_cell(out).findall("w:p", NS)[-1]
    assert para_text(archive) == "- Lưu: VT, VPXT."
    raised = [
        run.findtext("w:t", namespaces=NS)
        for run in archive.findall("w:r", NS)
        if run.find("w:rPr/w:vertAlign", NS) is not None
        and run.find("w:rPr/w:vertAlign", NS).get(qn("w:val")) == "superscript"
    ]
    assert raised == ["XT"]
    assert "^{" not in out.text()


def test_the_drafters_code_and_copies_stand_under_the_list() -> None:
    recipients = Recipients(archive=("VT", "VP"), drafter="xt", copies=300)
    out = render(small_report(recipients=recipients))
    cell = cell_paragraphs(_closing_cell(out))
    assert cell[-2] == ("DanvanRecipients", "- Lưu: VT, VP.")
    assert cell[-1] == ("DanvanDrafter", "XT.(300)")
    assert out.size("DanvanDrafter") == 11
    assert not out.has("DanvanDrafter", "b")
    assert not out.has("DanvanDrafter", "i")
    assert closing_table(out).find(".//w:vertAlign", NS) is None


# -- ô 13 -----------------------------------------------------------------------------------

CONTACT = Contact(
    address="Số 12 đường Tô Hiệu, tỉnh Cao Điền",
    telephone="0212 3852 111",
    email="vanthu@caodien.gov.vn",
    website="caodien.gov.vn",
)


def _footers(out: Docx) -> list[dict[str, str]]:
    rels = out.xml["word/_rels/document.xml.rels"]
    targets = {rel.get("Id"): rel.get("Target") for rel in rels}
    return [
        {
            ref.get(qn("w:type")): "\n".join(
                para_text(p)
                for p in out.xml["word/" + targets[ref.get(qn("r:id"))]].iter(qn("w:p"))
            )
            for ref in section.findall("w:footerReference", NS)
        }
        for section in out.sections()
    ]


def test_the_address_block_is_the_foot_of_page_1_only() -> None:
    issuer = attrs.evolve(AGENCY, contact=CONTACT)
    out = render(
        small_report(
            issuer=issuer, appendices=[Appendix(title="Số liệu", blocks=[Paragraph.of("x")])]
        )
    )
    first, appendix = _footers(out)
    assert first["first"] == (
        "Số 12 đường Tô Hiệu, tỉnh Cao Điền\nĐT: 0212 3852 111\n"
        "E-Mail: vanthu@caodien.gov.vn, Website: caodien.gov.vn"
    )
    assert first["default"] == ""
    assert appendix == {"first": "", "default": ""}
    assert 11 <= out.size("DanvanContact") <= 12
    assert not out.has("DanvanContact", "b")
    assert not out.has("DanvanContact", "i")
    rule = out.style("DanvanContact").find("w:pPr/w:pBdr/w:top", NS)
    assert rule is not None
    assert rule.get(qn("w:val")) == "single"
    ind = out.style("DanvanContact").find("w:pPr/w:ind", NS)
    assert ind.get(qn("w:left")) == "0"
    assert ind.get(qn("w:right")) == "0"


def test_no_address_block_without_a_contact() -> None:
    assert all(not section for section in _footers(render(small_report())))


# -- keep the closing block with the body --------------------------------------------------


def test_the_last_body_paragraph_keeps_with_the_closing_block() -> None:
    out = render(small_report(body=(Paragraph.of("Một."), Paragraph.of("Hai."))))
    children = list(out.body)
    closing = children.index(closing_table(out))
    before = [c for c in children[:closing] if c.tag == qn("w:p")]
    last_text = next(p for p in reversed(before) if para_text(p))
    assert para_text(last_text) == "Hai./."
    for paragraph in before[before.index(last_text) :]:
        assert paragraph.find("w:pPr/w:keepNext", NS) is not None
    assert all(
        row.find("w:trPr/w:cantSplit", NS) is not None
        for row in closing_table(out).findall("w:tr", NS)
    )


# -- căn cứ: italic, ";" at each end and "." on the last ----------------------------------

BASES = (
    Paragraph.of("Căn cứ Luật Thực hiện dân chủ ở cơ sở năm 2022"),
    Paragraph.of("Căn cứ Kết luận số 114-KL/TW của Ban Bí thư."),
    Paragraph.of("Thực hiện Kế hoạch số 87/KH-UBND ngày 02/3/2025 của UBND tỉnh;  "),
)


def test_the_bases_are_italic_and_punctuated_in_the_docx() -> None:
    out = render(small_report(bases=BASES))
    assert out.paragraphs("DanvanBasis") == [
        "Căn cứ Luật Thực hiện dân chủ ở cơ sở năm 2022;",
        "Căn cứ Kết luận số 114-KL/TW của Ban Bí thư;",
        "Thực hiện Kế hoạch số 87/KH-UBND ngày 02/3/2025 của UBND tỉnh.",
    ]
    assert out.has("DanvanBasis", "i")
    assert not out.has("DanvanBasis", "b")
    assert out.size("DanvanBasis") == out.size("DanvanBody")
    assert out.jc("DanvanBasis") == "both"


def test_every_renderer_punctuates_the_bases_alike() -> None:
    report = small_report(bases=BASES)
    expected = [
        "Căn cứ Luật Thực hiện dân chủ ở cơ sở năm 2022;",
        "…của Ban Bí thư;",
        "…UBND tỉnh.",
    ]
    for name in ("text", "markdown", "html"):
        rendered = dv.render(report, name).decode("utf-8")
        assert "năm 2022;" in rendered
        assert "Ban Bí thư;" in rendered
        assert "Ban Bí thư." not in rendered
        assert "UBND tỉnh." in rendered
        assert "UBND tỉnh;" not in rendered
    assert expected  # the three lines, in the order of the model
    html = dv.render(report, "html").decode("utf-8")
    assert html.count('<p class="dv-basis">') == 3
    assert ".dv-basis { font-style: italic; }" in html


def test_a_last_basis_introducing_the_body_keeps_its_colon() -> None:
    bases = (Paragraph.of("Căn cứ A"), Paragraph.of("Thực hiện B, Sở báo cáo như sau:"))
    out = render(small_report(bases=bases))
    assert out.paragraphs("DanvanBasis") == ["Căn cứ A;", "Thực hiện B, Sở báo cáo như sau:"]


@given(bases=st.lists(dvst.paragraphs(), min_size=1, max_size=4))
def test_basis_punctuation_property(bases: list[Paragraph]) -> None:
    punctuated = wording.basis_paragraphs(bases)
    assert len(punctuated) == len(bases)
    for index, (before, after) in enumerate(zip(bases, punctuated, strict=True)):
        assert after.footnotes == before.footnotes  # nothing lost, nothing added
        if not before.text.strip():
            assert after == before
            continue
        text = after.text.rstrip()
        if index == len(bases) - 1:
            assert text.endswith(".") or (text.endswith(":") and before.text.rstrip().endswith(":"))
        else:
            assert text.endswith(";")
            assert not text.endswith(";;")
        # only the end changed: the text before the last mark is the source's, minus one mark
        core = before.text.rstrip()
        core = (
            core[:-1]
            if core[-1:] in ";,." or (core.endswith(":") and index < len(bases) - 1)
            else core
        )
        assert text.startswith(core.rstrip())


# -- "(Kèm theo …)" with the long date ------------------------------------------------------


def test_the_attachment_line_gives_the_date_in_full() -> None:
    report = small_report(
        number=DocumentNumber.parse("05/BC-STN"),
        appendices=(Appendix(title="Số liệu", blocks=(Paragraph.of("x"),)),),
    )
    expected = "(Kèm theo Báo cáo số 05/BC-STN ngày 03 tháng 02 năm 2026 của Sở Thử nghiệm)"
    out = render(report)
    assert out.paragraphs("DanvanAttachment") == [expected]
    assert out.has("DanvanAttachment", "i")
    for name in ("text", "markdown", "html"):
        assert expected in dv.render(report, name).decode("utf-8")


# -- an indicator kept on one page with its breakdown ----------------------------------------


def test_an_indicator_keeps_with_its_breakdown_rows() -> None:
    group = Indicator(
        name="Số hộ",
        value=Count(value=10),
        breakdown=(
            Indicator(name="Hộ nghèo", value=Count(value=4)),
            Indicator(
                name="Hộ cận nghèo",
                value=Count(value=6),
                breakdown=(Indicator(name="Có người cao tuổi", value=Count(value=2)),),
            ),
        ),
    )
    alone = Indicator(name="Số xã", value=Count(value=3))
    table = IndicatorTable(indicators=(group, alone, alone))
    out = render(small_report(appendices=(Appendix(title="Số liệu", blocks=(table,)),)))
    (grid,) = [t for t in out.top_tables() if "Hộ nghèo" in "".join(t.itertext())]
    body_rows = grid.findall("w:tr", NS)[1:]  # after the repeated header row
    keeps = [
        all(p.find("w:pPr/w:keepNext", NS) is not None for p in row.iter(qn("w:p")))
        for row in body_rows
    ]
    # Số hộ, Hộ nghèo, Hộ cận nghèo keep with the next; "Có người cao tuổi" ends the group
    assert keeps == [True, True, True, False, False, False]
    assert all(row.find("w:trPr/w:cantSplit", NS) is not None for row in body_rows)
    assert grid.findall("w:tr", NS)[0].find("w:trPr/w:tblHeader", NS) is not None


# -- every renderer carries the new elements, in the same order ------------------------------


def _marked() -> dv.Report:
    return small_report(
        status=DocumentStatus.DRAFT,
        number=DocumentNumber.parse("/BC-STN"),
        draft_revision=2,
        secrecy=Secrecy.MAT,
        urgency=Urgency.THUONG_KHAN,
        circulation=Circulation.LUU_HANH_NOI_BO,
        issuer=attrs.evolve(AGENCY, contact=CONTACT),
        recipients=Recipients(
            entries=[Recipient(name="Sở Nội vụ")], archive=("VT", "VP"), drafter="XT", copies=25
        ),
        appendices=(Appendix(title="Số liệu", blocks=(Paragraph.of("x"),)),),
    )


ORDER = [
    "DỰ THẢO LẦN 2",
    "LƯU HÀNH NỘI BỘ",
    "SỞ THỬ NGHIỆM",  # the masthead (its columns come in markup order)
    "/BC-STN",
    "MẬT",
    "THƯỢNG KHẨN",
    "BÁO CÁO",
    "- Lưu: VT, VP.",
    "XT.(25)",
    "GIÁM ĐỐC",
    "Số 12 đường Tô Hiệu, tỉnh Cao Điền",
    "E-Mail: vanthu@caodien.gov.vn, Website: caodien.gov.vn",
    "Phụ lục",
]


@pytest.mark.parametrize("name", ["text", "markdown", "html"])
def test_the_decrees_optional_elements_in_every_renderer_in_order(name: str) -> None:
    rendered = dv.render(_marked(), name).decode("utf-8")
    if name == "markdown":
        rendered = rendered.replace("\\", "")
    if name == "html":
        rendered = rendered.split("</style>")[-1]  # the page, not its <title>
    positions = [rendered.find(item) for item in ORDER]
    assert -1 not in positions, [item for item, at in zip(ORDER, positions, strict=True) if at < 0]
    assert positions == sorted(positions)


def test_the_docx_carries_them_in_the_same_order() -> None:
    out = render(_marked())
    body = out.text()
    page_order = [item for item in ORDER if "Tô Hiệu" not in item and "E-Mail" not in item]
    positions = [body.find(item) for item in page_order]
    assert -1 not in positions
    assert positions == sorted(positions)
    footer = _footers(out)[0]["first"]
    assert footer.splitlines() == CONTACT.lines()  # ô 13 is page 1's footer in the .docx


@pytest.mark.parametrize(
    ("name", "raised"), [("html", "VP<sup>XT</sup>."), ("markdown", "VP<sup>XT</sup>.")]
)
def test_the_drafters_code_is_raised_in_html_and_markdown(name: str, raised: str) -> None:
    recipients = Recipients(archive=("VT", "VP"), drafter="XT")
    rendered = dv.render(small_report(recipients=recipients), name).decode("utf-8")
    assert raised in rendered
    assert "^{" not in rendered


def test_plain_text_writes_the_raised_code_plainly() -> None:
    recipients = Recipients(archive=("VT", "VP"), drafter="XT")
    text = dv.render_text(small_report(recipients=recipients))
    assert "- Lưu: VT, VPXT." in text.splitlines()
    assert "^" not in text
    assert "<sup>" not in text


def test_italic_bases_read_back_without_emphasis() -> None:
    """The căn cứ are italic by their style: reading the .docx's text back gives their words,
    not an emphasis run (danvan.reading treats a wholly italic căn cứ line's italic as its
    style). The body is edited after rendering, so the reader reads the text, not the model
    the renderer embeds."""
    from danvan.reading import read

    data = dv.render(small_report(bases=BASES), "docx")
    edited = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(edited, "w") as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "word/document.xml":
                content = content.replace("Nội dung".encode(), "Nội dung đã sửa".encode())
            target.writestr(item, content)
    back = read(edited.getvalue())
    assert [p.text for p in back.introduction] == ["Nội dung đã sửa./."]  # read from the text
    assert [p.text for p in back.bases] == [p.text for p in wording.basis_paragraphs(BASES)]
    assert not any(isinstance(run, dv.Emphasis) for p in back.bases for run in p.runs)
