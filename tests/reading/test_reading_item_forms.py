"""Forms of the body the unseen documents showed (tests/reading/unseen): one test per rule.

Each rule is stated by the form of the construct, and each test feeds it a form the
documents did not use, so the rule is not fitted to one instance.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from nothing_lost import assert_nothing_lost
from test_reading_unseen import outline

from danvan.model import DocumentType, Paragraph, Plan, Report, Section, Table
from danvan.reading import read_text


def _codes(document: Report | Plan) -> list[str]:
    assert document.origin is not None
    return [finding.code for finding in document.origin.findings]


def _read(text: str, format: str = "text") -> Any:
    document = read_text(text, format=format)
    assert_nothing_lost(text, document)
    return document


# -- capital letters above Roman numerals --------------------------------------------------


def test_capital_letter_parts_hold_roman_sections() -> None:
    document = _read(
        "BÁO CÁO\nTổng kết năm 2025\n\nA- KẾT QUẢ\n\nI- CHỈ ĐẠO\n\nĐã ban hành 02 văn bản.\n\n"
        "II- THỰC HIỆN\n\nĐạt kế hoạch.\n\nB- KIẾN NGHỊ\n\nKhông có.\n"
    )
    assert outline(document.body) == [
        "A|KẾT QUẢ", ["I|CHỈ ĐẠO", ["¶"], "II|THỰC HIỆN", ["¶"]], "B|KIẾN NGHỊ", ["¶"],
    ]  # fmt: skip


def test_markdown_headings_without_labels_keep_their_ranks_under_capital_parts() -> None:
    # "##" without a label ranks as "I.": under "A.", not beside it (capital letters have no
    # heading level of their own)
    document = _read(
        "# BÁO CÁO\n\nVề kết quả năm 2025\n\nA. KẾT QUẢ\n\n## TÌNH HÌNH\n\nỔn định.\n\n"
        "### Chi tiết\n\nTốt.\n\nB. KIẾN NGHỊ\n\nKhông.\n",
        format="markdown",
    )
    assert outline(document.body) == [
        "A|KẾT QUẢ", ["|TÌNH HÌNH", ["¶", "|Chi tiết", ["¶"]]], "B|KIẾN NGHỊ", ["¶"],
    ]  # fmt: skip


# -- a numbered sentence with nothing under it is the item's content (R136) ---------------


def test_numbered_sentence_without_content_is_the_items_paragraph() -> None:
    document = _read(
        "KẾ HOẠCH\nCông tác năm 2026\n\nI. NHIỆM VỤ\n\n"
        "1) Rà soát quy chế dân chủ của cơ quan;\n2) Tổ chức đối thoại hằng quý!\n\n"
        "II. TỔ CHỨC THỰC HIỆN\n\n1. Kết quả:\n\n2. Giao Văn phòng theo dõi\n"
    )
    assert outline(document.body) == [
        "I|NHIỆM VỤ", ["1|", ["¶"], "2|", ["¶"]],
        # a line announcing content (":") or without an ending stays a title
        "II|TỔ CHỨC THỰC HIỆN", ["1|Kết quả:", "2|Giao Văn phòng theo dõi"],
    ]  # fmt: skip
    one = document.body[0].blocks[0]
    assert isinstance(one, Section)
    assert one.title is None
    (content,) = one.blocks
    assert isinstance(content, Paragraph)
    assert content.text == "Rà soát quy chế dân chủ của cơ quan;"
    assert _codes(document).count("R136") == 2


def test_a_sentence_title_with_content_under_it_stays_a_title() -> None:
    document = _read(
        "BÁO CÁO\nKết quả năm 2025\n\na) Về những kết quả đạt được.\n\n- Hoàn thành kế hoạch.\n"
    )
    assert outline(document.body) == ["a|Về những kết quả đạt được.", ["-1"]]
    assert "R136" not in _codes(document)


def test_a_markdown_heading_ending_a_sentence_stays_a_title() -> None:
    document = _read("# BÁO CÁO\n\nKết quả năm 2025\n\n## 1. Kết quả đạt được.\n\n"
                     "## 2. Hạn chế.\n", format="markdown")  # fmt: skip
    assert outline(document.body) == ["1|Kết quả đạt được.", "2|Hạn chế."]


def test_a_sentence_item_keeps_its_citation_as_a_run() -> None:
    document = _read(
        "BÁO CÁO\nKết quả năm 2025\n\n1. Thực hiện Kết luận số 120-KL/TW ngày 07/01/2016 "
        "của Bộ Chính trị.\n\n2. Khác.\n"
    )
    one = document.body[0]
    assert isinstance(one, Section)
    assert one.title is None
    assert one.citations == ()
    (content,) = one.blocks
    assert isinstance(content, Paragraph)
    assert [type(run).__name__ for run in content.runs] == ["Text", "Citation", "Text"]
    assert [str(r.symbol) for r in document.references] == ["120-KL/TW"]


# -- a bare part label over its title ----------------------------------------------------


@given(
    label=st.sampled_from(["Phần thứ nhất", "PHẦN THỨ HAI", "Phần I", "Chương 2", "PHẦN II."]),
    blank=st.booleans(),
)
def test_a_bare_part_label_takes_the_capitals_line_under_it_as_title(
    label: str, blank: bool
) -> None:
    gap = "\n\n" if blank else "\n"
    document = _read(
        f"BÁO CÁO\nKết quả năm 2025\n\n{label}{gap}KẾT QUẢ ĐẠT ĐƯỢC\n\n1. Tuyên truyền\n\n"
        "Đã tổ chức 02 hội nghị.\n"
    )
    (part,) = document.body
    assert isinstance(part, Section)
    assert part.title == "KẾT QUẢ ĐẠT ĐƯỢC"
    assert f"{part.prefix} {part.number}".casefold() == label.rstrip(".").casefold()
    assert outline(part.blocks) == ["1|Tuyên truyền", ["¶"]]


def test_a_bare_part_label_over_a_sentence_does_not_take_it_as_title() -> None:
    document = _read("BÁO CÁO\nKết quả năm 2025\n\nPhần I\nNội dung đã thực hiện tốt.\n")
    assert outline(document.body) == ["Phần I|", ["¶"]]


# -- the type and the subject on one line -------------------------------------------------


def test_type_and_subject_on_one_line() -> None:
    document = _read("KẾ HOẠCH Tổ chức Ngày hội Đại đoàn kết năm 2025\n\nI. MỤC ĐÍCH\n\nTốt.\n")
    assert document.document_type is DocumentType.KE_HOACH
    assert document.subject == "Tổ chức Ngày hội Đại đoàn kết năm 2025"


def test_a_sentence_after_the_type_word_is_no_subject() -> None:
    document = _read("BÁO CÁO\nKết quả năm 2025\n\nI. KẾT QUẢ\n\nBÁO CÁO Ủy ban đã gửi đúng hạn.\n")
    assert document.subject == "Kết quả năm 2025"


# -- Markdown pipe tables with one-dash alignment separators ------------------------------


def test_pipe_table_with_one_dash_alignment_separator() -> None:
    document = _read(
        "# BÁO CÁO\n\nKết quả năm 2025\n\n| TT | Nội dung | Kết quả |\n| :-: | :- | -: |\n"
        "| 1 | Hội nghị | 04 |\n| 2 | - | - |\n",
        format="markdown",
    )
    (table,) = document.body
    assert isinstance(table, Table)
    assert table.header == ("TT", "Nội dung", "Kết quả")
    # a row of lone dashes is a row of empty values, not a second separator
    assert table.rows == (("1", "Hội nghị", "04"), ("2", "-", "-"))


# -- "1.2.1" under "1.2" ---------------------------------------------------------------


def test_dotted_labels_nest_by_their_count_of_numbers() -> None:
    document = _read(
        "BÁO CÁO\nKết quả năm 2025\n\nI. KẾT QUẢ\n\n1.1. Tuyên truyền\n\nĐạt.\n\n"
        "1.1.1. Hội nghị\n\nBốn cuộc.\n\n1.1.2 Tờ rơi\n\nHai nghìn tờ.\n\n1.2. Vận động\n\n"
        "Tốt.\n\na) Người có uy tín\n\nBa trăm người.\n\nII. KIẾN NGHỊ\n\nKhông.\n"
    )
    assert outline(document.body) == [
        "I|KẾT QUẢ", [
            "1.1|Tuyên truyền", [
                "¶", "1.1.1|Hội nghị", ["¶"], "1.1.2|Tờ rơi", ["¶"],
            ],
            "1.2|Vận động", ["¶", "a|Người có uy tín", ["¶"]],
        ],
        "II|KIẾN NGHỊ", ["¶"],
    ]  # fmt: skip


# -- a header copied in ordinary case ----------------------------------------------------


def test_agency_lines_in_ordinary_case_above_the_number() -> None:
    document = _read(
        "Ủy ban nhân dân xã Hòa Bình\nSố: 12/BC-UBND\nHòa Bình, ngày 03 tháng 3 năm 2025\n"
        "BÁO CÁO\nKết quả tháng 2 năm 2025\nI. KẾT QUẢ\nTốt.\n"
    )
    assert document.issuer is not None
    assert document.issuer.name == "Ủy ban nhân dân xã Hòa Bình"
    assert document.issuer.parent is None


def test_an_ordinary_case_line_under_the_number_is_no_agency() -> None:
    document = _read(
        "SỞ NỘI VỤ\nSố: 12/BC-SNV\nSở đề nghị xem xét\nCao Điền, ngày 03 tháng 3 năm 2025\n"
        "BÁO CÁO\nKết quả tháng 2 năm 2025\nI. KẾT QUẢ\nTốt.\n"
    )
    assert document.issuer is not None
    assert document.issuer.name == "SỞ NỘI VỤ"
    assert "R201" in _codes(document)  # the stray line kept as unplaced text


# -- the place and date in another form than the decree's (R106) ---------------------------


def test_place_and_date_without_leading_zeros_is_read_with_a_finding() -> None:
    document = _read(
        "SỞ NỘI VỤ\nSố: 12/BC-SNV\nCao Điền, ngày 3 tháng 2 năm 2025\nBÁO CÁO\nKết quả tháng 1\n"
    )
    assert document.place_date is not None
    assert str(document.place_date) == "Cao Điền, ngày 03 tháng 02 năm 2025"
    assert "R106" in _codes(document)


def test_place_and_date_in_the_decrees_form_has_no_finding() -> None:
    document = _read(
        "SỞ NỘI VỤ\nSố: 12/BC-SNV\nCao Điền, ngày 03 tháng 12 năm 2025\nBÁO CÁO\nKết quả\n"
    )
    assert "R106" not in _codes(document)


# -- a table copied from Word with tabs between cells (R137) ------------------------------


def test_tab_separated_rows_read_as_a_table() -> None:
    document = _read(
        "KẾ HOẠCH\nCông tác năm 2026\n\nI. NHIỆM VỤ\n\n"
        "TT\tNội dung\tĐơn vị chủ trì\n1\tTuyên truyền\tVăn phòng\n2\tĐối thoại\tUBND xã\n\n"
        "II. TỔ CHỨC THỰC HIỆN\n\nTốt.\n"
    )
    assert outline(document.body) == ["I|NHIỆM VỤ", ["table 3x2"], "II|TỔ CHỨC THỰC HIỆN", ["¶"]]
    table = document.body[0].blocks[0]
    assert table.header == ("TT", "Nội dung", "Đơn vị chủ trì")
    assert table.rows[1] == ("2", "Đối thoại", "UBND xã")
    assert "R137" in _codes(document)


def test_tab_rows_with_an_empty_cell_stay_lines() -> None:
    # an empty cell leaves two tabs: which value is missing cannot be told, so no table
    text = (
        "KẾ HOẠCH\nCông tác năm 2026\n\nI. NHIỆM VỤ\n\n"
        "TT\tNội dung\tĐơn vị chủ trì\n1\tTuyên truyền\t\n2\tĐối thoại\tUBND xã\n"
    )
    document = _read(text)
    assert "table" not in str(outline(document.body))
    assert "R137" not in _codes(document)


def test_header_and_closing_set_out_with_tabs_are_no_table() -> None:
    document = _read(
        "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "XÃ HÒA BÌNH\tĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 14/BC-UBND\tHòa Bình, ngày 05 tháng 8 năm 2025\n\nBÁO CÁO\nKết quả tháng 7\n\n"
        "I. KẾT QUẢ\n\nTốt.\n\nNơi nhận:\t\tCHỦ TỊCH\n- Lưu: VT.\t\tĐỗ Thị Hằng\n"
    )
    assert document.issuer is not None
    assert document.issuer.name == "ỦY BAN NHÂN DÂN XÃ HÒA BÌNH"
    assert str(document.number) == "14/BC-UBND"
    assert "R137" not in _codes(document)


# -- "Kính gửi:" alone over its addressees without dashes --------------------------------


def test_addressees_on_the_lines_under_kinh_gui_without_dashes() -> None:
    document = _read(
        "BÁO CÁO\nKết quả năm 2025\n\nKính gửi:\nỦy ban nhân dân tỉnh;\nSở Nội vụ.\n\n"
        "I. KẾT QUẢ\n\nTốt.\n"
    )
    assert document.addressees == ("Ủy ban nhân dân tỉnh", "Sở Nội vụ")
    assert document.introduction == ()


def test_kinh_gui_alone_over_a_blank_line_stays_as_written() -> None:
    document = _read("BÁO CÁO\nKết quả năm 2025\n\nKính gửi:\n\nBộ Nội vụ.\n\nI. KẾT QUẢ\n\nTốt.\n")
    assert document.addressees == ()


# -- the signature copied above "Nơi nhận" -----------------------------------------------


def test_signature_above_the_recipients() -> None:
    document = _read(
        "BÁO CÁO\nKết quả năm 2025\n\nI. KẾT QUẢ\n\nTốt.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n"
        "Vi Văn Hưng\n\nNơi nhận:\n- Sở Nội vụ;\n- Lưu: VT.\n"
    )
    assert document.signature is not None
    assert (document.signature.head_title, document.signature.name) == ("CHỦ TỊCH", "Vi Văn Hưng")
    assert document.recipients is not None
    assert document.recipients.archive == ("VT",)
    assert outline(document.body) == ["I|KẾT QUẢ", ["¶"]]


# -- a document of paragraphs alone ends with its closing ---------------------------------


def test_closing_of_a_document_without_sections() -> None:
    document = _read(
        "BÁO CÁO\nTình hình mưa lũ\n\nĐêm qua có mưa lớn.\n\nKhông có thiệt hại về người.\n\n"
        "Trên đây là báo cáo nhanh của xã.\n\nỦy ban nhân dân xã kính báo cáo./.\n"
    )
    assert [p.text for p in document.introduction] == [
        "Đêm qua có mưa lớn.", "Không có thiệt hại về người.",
    ]  # fmt: skip
    assert [p.text[:8] for p in document.closing] == ["Trên đây", "Ủy ban n"]


def test_signature_without_recipients_keeps_all_its_title_lines() -> None:
    # before: the last upper-case line alone was taken as the signature's title
    document = _read(
        "BÁO CÁO\nKết quả năm 2025\n\nI. KẾT QUẢ\n\nTốt.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\n"
        "PHÓ CHỦ TỊCH\n\nVi Văn Hưng\n"
    )
    assert document.signature is not None
    assert document.signature.lines() == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    assert outline(document.body) == ["I|KẾT QUẢ", ["¶"]]


# -- "<br>" in a Markdown table's cells; the closing block set in a table ------------------


def test_line_breaks_inside_pipe_table_cells_keep_the_row() -> None:
    document = _read(
        "# BÁO CÁO\n\nKết quả năm 2025\n\n| TT | Nội dung | Kết quả |\n|---|---|---|\n"
        "| 1 | Hội nghị<br>đối thoại | 04 |\n| 2 | Tuyên truyền | 12 |\n",
        format="markdown",
    )
    (table,) = document.body
    assert isinstance(table, Table)
    assert table.rows == (("1", "Hội nghị đối thoại", "04"), ("2", "Tuyên truyền", "12"))


def test_closing_block_set_in_a_markdown_table() -> None:
    document = _read(
        "# BÁO CÁO\n\nKết quả năm 2025\n\nI. KẾT QUẢ\n\nTốt.\n\n"
        "| **Nơi nhận:**<br>- Sở Nội vụ;<br>- Lưu: VT, VP. | **KT. GIÁM ĐỐC**<br>**PHÓ GIÁM ĐỐC**"
        "<br><br>Ngô Thanh Tùng |\n|---|---|\n",
        format="markdown",
    )
    assert document.recipients is not None
    assert [e.name for e in document.recipients.entries] == ["Sở Nội vụ"]
    assert document.recipients.archive == ("VT", "VP")
    assert document.signature is not None
    assert document.signature.lines() == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]
    assert document.signature.name == "Ngô Thanh Tùng"
    assert outline(document.body) == ["I|KẾT QUẢ", ["¶"]]


# -- tab tables, by property ----------------------------------------------------------------

_COLUMNS = ["Nội dung", "Kết quả", "Đơn vị chủ trì", "Thời gian", "Ghi chú", "Số lượng"]
_CELLS = st.sampled_from(["Hội nghị", "Văn phòng", "Tháng 5", "04", "Đạt", "Quý II", "UBND xã"])


@given(
    width=st.integers(min_value=2, max_value=5),
    rows=st.integers(min_value=1, max_value=6),
    data=st.data(),
)
def test_tab_rows_numbered_in_sequence_under_a_serial_header_are_a_table(
    width: int, rows: int, data: st.DataObject
) -> None:
    header = ["STT", *_COLUMNS[: width - 1]]
    body = [
        [str(number), *data.draw(st.lists(_CELLS, min_size=width - 1, max_size=width - 1))]
        for number in range(1, rows + 1)
    ]
    text = "BÁO CÁO\nKết quả năm 2025\n\nI. KẾT QUẢ\n\n" + "".join(
        "\t".join(cells) + "\n" for cells in [header, *body]
    )
    document = _read(text)
    (section,) = document.body
    (table,) = section.blocks
    assert isinstance(table, Table)
    assert table.header == tuple(header)
    assert table.rows == tuple(tuple(cells) for cells in body)


@given(
    st.lists(
        st.lists(st.sampled_from(["STT", "1", "2", "Nội dung", "", "04", "Nơi nhận:"]), max_size=4),
        min_size=2,
        max_size=5,
    )
)
def test_any_tab_lines_read_with_nothing_lost(lines: list[list[str]]) -> None:
    text = "BÁO CÁO\nKết quả năm 2025\n\nI. KẾT QUẢ\n\n" + "".join(
        "\t".join(cells) + "\n" for cells in lines
    )
    _read(text)


def test_numbered_rows_with_the_same_text_are_no_running_head() -> None:
    # found by the tab-table property test: "1 Hội nghị" / "2 Hội nghị" one under the other
    # were left out as page numbers with a running head (R123), and the nothing-lost measure,
    # which trusts R123, did not see it
    text = (
        "BÁO CÁO\nKết quả năm 2025\n\nI. KẾT QUẢ\n\n1 Hội nghị đối thoại\n2 Hội nghị đối thoại\n"
        "\nII. KIẾN NGHỊ\n\nKhông.\n\nTT\tNội dung\tKết quả\n1\tHội nghị\tĐạt\n2\tHội nghị\tĐạt\n"
        "3\tHội nghị\tĐạt\n4\tHội nghị\tĐạt\n"
    )
    document = _read(text)
    assert "R123" not in _codes(document)
    assert outline(document.body) == ["I|KẾT QUẢ", ["¶", "¶"], "II|KIẾN NGHỊ", ["¶", "table 3x4"]]


_ADDRESSEES = st.sampled_from(
    [
        "Ủy ban nhân dân tỉnh Cao Điền",
        "Sở Nội vụ",
        "Ban Dân vận Tỉnh ủy",
        "Ủy ban nhân dân các xã, phường",
        "Công an tỉnh",
        "Thường trực HĐND xã",
    ]
)


@given(
    names=st.lists(_ADDRESSEES, min_size=1, max_size=4, unique=True),
    form=st.sampled_from(["one line", "dashes", "lines", "dashes on one line"]),
)
def test_addressees_in_every_form_read_back(names: list[str], form: str) -> None:
    if form == "one line":
        block = "Kính gửi: " + "; ".join(names) + "."
    elif form == "dashes":
        block = "Kính gửi:\n" + ";\n".join(f"- {name}" for name in names) + "."
    elif form == "lines":
        block = "Kính gửi:\n" + ";\n".join(names) + "."
    else:
        block = "Kính gửi: " + "; ".join(f"- {name}" for name in names) + "."
    document = _read(f"BÁO CÁO\nKết quả năm 2025\n\n{block}\n\nI. KẾT QUẢ\n\nTốt.\n")
    assert document.addressees == tuple(names)
    assert document.introduction == ()


def test_the_only_paragraph_of_a_document_without_sections_is_no_closing() -> None:
    document = _read("BÁO CÁO\nKết quả năm 2025\n\nCăn cứ Kế hoạch số 05/KH-UBND;\n\nĐã xong./.\n")
    assert [p.text for p in document.introduction] == ["Đã xong./."]
    assert document.closing == ()


# -- an owner named by its level alone continues the agency name above ---------------------


def test_owner_named_by_level_alone_continues_the_name_above() -> None:
    document = _read(
        "ĐẢNG BỘ TỈNH CAO ĐIỀN\nĐẢNG ĐOÀN\nHỘI ĐỒNG NHÂN DÂN TỈNH\n*\nSố 12-BC/ĐĐ\n\n"
        "ĐẢNG CỘNG SẢN VIỆT NAM\n\nCao Điền, ngày 02 tháng 6 năm 2025\n\nBÁO CÁO\nkết quả\n"
    )
    assert document.issuer is not None
    assert document.issuer.name == "ĐẢNG ĐOÀN HỘI ĐỒNG NHÂN DÂN TỈNH"
    assert document.issuer.parent == "ĐẢNG BỘ TỈNH CAO ĐIỀN"


def test_an_agency_with_its_place_name_stays_its_own_line() -> None:
    document = _read(
        "ỦY BAN NHÂN DÂN TỈNH CAO ĐIỀN\nSỞ NỘI VỤ\nSố: 12/BC-SNV\n"
        "Cao Điền, ngày 02 tháng 6 năm 2025\nBÁO CÁO\nKết quả\n"
    )
    assert document.issuer is not None
    assert (document.issuer.name, document.issuer.parent) == (
        "SỞ NỘI VỤ", "ỦY BAN NHÂN DÂN TỈNH CAO ĐIỀN",
    )  # fmt: skip


# -- a portal's own field lines above the document ----------------------------------------


def test_portal_field_lines_are_neither_number_nor_agency() -> None:
    document = _read(
        "Số ký hiệu: 07/BC-UBND\nCơ quan ban hành: UBND xã Hòa Bình\nỦY BAN NHÂN DÂN XÃ HÒA BÌNH\n"
        "Số: 07/BC-UBND\nHòa Bình, ngày 02 tháng 6 năm 2025\nBÁO CÁO\nKết quả tháng 5\n"
    )
    assert str(document.number) == "07/BC-UBND"
    assert document.issuer is not None
    assert (document.issuer.name, document.issuer.parent) == ("ỦY BAN NHÂN DÂN XÃ HÒA BÌNH", None)
    assert "R201" in _codes(document)  # the field lines kept as unplaced text


# -- a span of years wrapped at its dash ("2021" / "- 2025") ------------------------------


@given(start=st.integers(min_value=1990, max_value=2040), length=st.integers(1, 10))
def test_a_span_of_years_wrapped_at_its_dash_is_no_bullet(start: int, length: int) -> None:
    end = start + length
    document = _read(
        f"BÁO CÁO\nKết quả giai đoạn {start}\n- {end}\n\nI. KẾT QUẢ\n\n"
        f"Trong giai đoạn {start}\n- {end} đã hoàn thành kế hoạch.\n"
    )
    assert document.subject == f"Kết quả giai đoạn {start} - {end}"
    assert outline(document.body) == ["I|KẾT QUẢ", ["¶"]]


def test_bullets_after_a_year_that_are_no_span_stay_bullets() -> None:
    # a smaller year after the dash, or a count, is no second half of a span
    document = _read(
        "BÁO CÁO\nKết quả năm 2025\n\nI. KẾT QUẢ\n\nSo sánh với năm 2025\n- 2024 đạt 90%;\n"
        "- 12 hội nghị.\n"
    )
    assert outline(document.body) == ["I|KẾT QUẢ", ["¶", "-2"]]


# -- pandoc's grid tables ------------------------------------------------------------------


def test_grid_table_with_cells_over_several_lines() -> None:
    document = _read(
        "# BÁO CÁO\n\nKết quả năm 2025\n\nCác nội dung đã thực hiện:\n"
        "+-----+--------------+---------+\n"
        "| STT | Nội dung     | Kết quả |\n"
        "+=====+==============+=========+\n"
        "| 1   | Hội nghị     | 04      |\n"
        "|     | đối thoại    |         |\n"
        "+-----+--------------+---------+\n"
        "| 2   | Tuyên truyền | 12      |\n"
        "+-----+--------------+---------+\n",
        format="markdown",
    )
    paragraph, table = document.introduction[0], document.body[0]
    assert paragraph.text == "Các nội dung đã thực hiện:"
    assert isinstance(table, Table)
    assert table.header == ("STT", "Nội dung", "Kết quả")
    assert table.rows == (("1", "Hội nghị đối thoại", "04"), ("2", "Tuyên truyền", "12"))


def test_a_broken_grid_stays_text_and_plus_bullets_stay_bullets() -> None:
    document = _read(
        "# BÁO CÁO\n\nKết quả năm 2025\n\nI. KẾT QUẢ\n\n+-----+------+\n| STT | Tên\n"
        "+-----+------+\n\n- Hội nghị:\n+ cấp xã;\n+ cấp tỉnh.\n",
        format="markdown",
    )
    assert "table" not in str(outline(document.body))


# -- "Nơi nhận" as the closing block's heading, not as the first words of a sentence ------

_BODY = "BÁO CÁO\nKết quả năm 2025\n\nI. KẾT QUẢ\n\n{line}\n\nII. KIẾN NGHỊ\n\nKhông.\n\n"


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("Nơi nhận:", "GIÁM ĐỐC\n\n"),
        ("Nơi nhận", "GIÁM ĐỐC\n\n"),
        ("NƠI NHẬN :", "GIÁM ĐỐC\n\n"),
        ("Nơi nhận:\t\tGIÁM ĐỐC", ""),  # the signature's column on the heading's line
        ("Nơi nhận    GIÁM ĐỐC", ""),
    ],
)
def test_recipients_heading_forms(heading: str, title: str) -> None:
    document = _read(
        f"BÁO CÁO\nKết quả năm 2025\n\nI. KẾT QUẢ\n\nTốt.\n\n{heading}\n- Sở Nội vụ;\n"
        f"- Lưu: VT.\n\n{title}Lê Văn An\n"
    )
    assert document.recipients is not None
    assert [e.name for e in document.recipients.entries] == ["Sở Nội vụ"]
    assert document.signature is not None
    assert (document.signature.head_title, document.signature.name) == ("GIÁM ĐỐC", "Lê Văn An")
    assert outline(document.body) == ["I|KẾT QUẢ", ["¶"]]


@pytest.mark.parametrize(
    "line", ["Nơi nhận hồ sơ: Bộ phận Một cửa xã.", "Nơi nhận đơn là Văn phòng Ủy ban."]
)
def test_a_sentence_starting_noi_nhan_is_body_text(line: str) -> None:
    document = _read(_BODY.format(line=line) + "Nơi nhận:\n- Sở Nội vụ;\n- Lưu: VT.\n")
    assert outline(document.body) == ["I|KẾT QUẢ", ["¶"], "II|KIẾN NGHỊ", ["¶"]]
    assert document.recipients is not None
    assert [e.name for e in document.recipients.entries] == ["Sở Nội vụ"]


@pytest.mark.parametrize(
    "attributes", ["{.underline}", "{.smallcaps}", "{#tieu-ngu}", '{lang="vi"}', "{.mark .x}"]
)
def test_pandoc_attribute_spans_read_as_their_text(attributes: str) -> None:
    document = _read(
        f"**ỦY BAN NHÂN DÂN TỈNH CAO ĐIỀN**\n\n**[SỞ NỘI VỤ]{attributes}**\n\n"
        f"[Độc lập - Tự do - Hạnh phúc]{attributes}\n\nSố: 12/BC-SNV\n\n"
        "*Cao Điền, ngày 02 tháng 6 năm 2025*\n\n# BÁO CÁO\n\nKết quả [tháng 5]{.mark}\n",
        format="markdown",
    )
    assert document.issuer is not None
    assert document.issuer.name == "SỞ NỘI VỤ"
    assert document.subject == "Kết quả tháng 5"


def test_brackets_without_attributes_stay_as_written() -> None:
    document = _read(
        "# BÁO CÁO\n\nKết quả năm 2025\n\nĐã gửi mẫu [số 01] {kèm theo}.\n", "markdown"
    )
    assert document.introduction[0].text == "Đã gửi mẫu [số 01] {kèm theo}."


# -- a copy that pads every line with spaces ------------------------------------------------


def test_padding_spaces_of_a_copy_are_no_line_breaks() -> None:
    # a PDF copy ending every line with spaces: a wrapped title still joins its line
    text = "BÁO CÁO  \nKết quả năm 2025  \n  \nPhần thứ nhất  \nKẾT QUẢ ĐẠT ĐƯỢC  \n  \nTốt.  \n"
    document = _read(text)
    assert outline(document.body) == ["Phần thứ nhất|KẾT QUẢ ĐẠT ĐƯỢC", ["¶"]]


def test_markdowns_two_spaces_still_break_a_line_in_the_signature() -> None:
    document = _read(
        "# BÁO CÁO\n\nKết quả năm 2025\n\nI. KẾT QUẢ\n\nTốt.\n\n**Nơi nhận:**\n- Lưu: VT.\n\n"
        "**KT. GIÁM ĐỐC**  \n**PHÓ GIÁM ĐỐC**  \n\nNgô Thanh Tùng\n",
        format="markdown",
    )
    assert document.signature is not None
    assert document.signature.lines() == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]


# -- wraps a narrow copy makes (found by wrapping the unseen documents at 58 characters) ----


def test_thousands_at_a_line_start_are_no_dotted_label() -> None:
    from danvan.reading.labels import split_label

    assert split_label("1.250 m2 đất làm đường") is None
    assert split_label("10.424.000 đồng") is None
    assert split_label("1.2. Kết quả") is not None


def test_a_figure_wrapped_onto_the_next_line_joins_it() -> None:
    document = _read(
        "BÁO CÁO\nKết quả năm 2025\n\nI. KẾT QUẢ\n\n1. Nhân dân hiến\n1.250 m2 đất làm đường.\n\n"
        "2. Thời gian giải quyết giảm bình quân\n30%.\n"
    )
    assert outline(document.body) == ["I|KẾT QUẢ", ["1|", ["¶"], "2|", ["¶"]]]
    assert document.body[0].blocks[0].blocks[0].text == "Nhân dân hiến 1.250 m2 đất làm đường."


def test_a_wrapped_footnote_keeps_its_second_line() -> None:
    document = _read(
        "BÁO CÁO\nKết quả năm 2025\n\nI. KẾT QUẢ\n\nĐạt 92%¹.\n\n"
        "¹ Khảo sát theo Quyết định số 12/QĐ-SYT ngày\n28/8/2019 của Sở Y tế.\n"
    )
    (paragraph,) = document.body[0].blocks
    (note,) = paragraph.footnotes
    assert note.text == "Khảo sát theo Quyết định số 12/QĐ-SYT ngày 28/8/2019 của Sở Y tế."


def test_a_footnote_ending_a_sentence_does_not_take_the_next_page_text() -> None:
    document = _read(
        "BÁO CÁO\nKết quả năm 2025\n\nI. KẾT QUẢ\n\nĐạt 92%¹ và\n\n¹ Theo khảo sát.\n"
        "tiếp tục duy trì.\n"
    )
    (paragraph,) = document.body[0].blocks
    assert paragraph.footnotes[0].text == "Theo khảo sát."


def test_a_wrapped_addressee_keeps_its_second_line() -> None:
    document = _read(
        "BÁO CÁO\nKết quả năm 2025\n\nKính gửi: - Ủy ban nhân dân tỉnh Cao Điền; - Công an tỉnh\n"
        "Cao Điền.\n\nI. KẾT QUẢ\n\nTốt.\n"
    )
    assert document.addressees == ("Ủy ban nhân dân tỉnh Cao Điền", "Công an tỉnh Cao Điền")


def test_a_sentence_right_under_the_subject_is_no_part_of_it() -> None:
    document = _read(
        "BÁO CÁO\nkết quả công tác dân vận tháng 02 năm 2026\nTrong tháng, tình hình ổn định.\n"
        "1- Kết quả\nTốt.\n"
    )
    assert document.subject == "kết quả công tác dân vận tháng 02 năm 2026"
    assert [p.text for p in document.introduction] == ["Trong tháng, tình hình ổn định."]


def test_a_narrow_copy_joins_its_wrapped_lines() -> None:
    lines = [
        "Sở tổ chức 46 hội nghị tuyên truyền về bảo vệ và phát",
        "triển rừng, với 3.900 lượt người tham dự trên địa bàn các",
        "xã vùng cao. Các hộ nhận khoán bảo vệ 12.400 ha rừng,",
        "không để xảy ra cháy rừng trong năm. Ủy ban nhân dân các",
        "Ủy ban nhân dân xã phối hợp kiểm tra thường xuyên và báo",
        "cáo kết quả về Sở theo quy định hằng quý cho đến hết năm",
        "Nhân dân tích cực tham gia các tổ bảo vệ rừng tại thôn",
        "bản, góp phần giữ vững diện tích rừng hiện có của tỉnh.",
    ]
    document = _read("BÁO CÁO\nKết quả năm 2025\n\nI. KẾT QUẢ\n\n" + "\n".join(lines) + "\n")
    (paragraph,) = document.body[0].blocks
    assert paragraph.text == " ".join(lines)


def test_a_compound_wrapped_at_its_dash_is_no_bullet() -> None:
    document = _read(
        "BÁO CÁO\nKết quả năm 2025\n\nI. KẾT QUẢ\n\nPhong trào được triển khai sâu rộng, gắn với các "
        "nhiệm vụ phát triển kinh tế\n- xã hội của địa phương.\n\n- Tổ chức hội nghị;\n"
        "- tập huấn cán bộ.\n"
    )
    assert outline(document.body) == ["I|KẾT QUẢ", ["¶", "-2"]]
    assert document.body[0].blocks[0].text.endswith("kinh tế - xã hội của địa phương.")


def test_a_long_line_ending_with_a_comma_runs_on() -> None:
    document = _read(
        "BÁO CÁO\nKết quả năm 2025\n\nThực hiện Công văn số 15/SNV-XDCQ ngày 05/11/2025 của Sở Nội "
        "vụ về việc báo cáo kết quả năm 2025,\nỦy ban nhân dân xã báo cáo như sau:\n\n"
        "I. KẾT QUẢ\n\nTốt.\n"
    )
    assert len(document.bases) == 1
    assert document.introduction == ()


# -- a list typed under an item, further right, that starts its count again ----------------


def test_an_indented_list_that_restarts_its_count_nests_under_the_item() -> None:
    document = _read(
        "# KẾ HOẠCH\n\nNăm 2026\n\n1. Tuyên truyền\n    1. Phát chuyên mục;\n    2. Phát tờ rơi.\n"
        "2. Vận động\n",
        format="markdown",
    )
    assert outline(document.body) == [
        "1|Tuyên truyền", ["1|", ["¶"], "2|", ["¶"]], "2|Vận động",
    ]  # fmt: skip


def test_indented_items_that_go_on_counting_stay_siblings() -> None:
    # a copy's indentation alone is no nesting: "2." after "1." is its sibling
    document = _read("KẾ HOẠCH\nNăm 2026\n\n1. Tuyên truyền\n   2. Vận động\n   3. Kiểm tra\n")
    assert outline(document.body) == ["1|Tuyên truyền", "2|Vận động", "3|Kiểm tra"]


# -- a total row closing a table copied one cell per line -----------------------------------


def test_a_total_row_closes_a_table_copied_one_cell_per_line() -> None:
    document = _read(
        "BÁO CÁO\nKết quả năm 2025\n\nI. KẾT QUẢ\n\nSTT\nNội dung\nKế hoạch\nKết quả\n"
        "1\nTiếp định kỳ\n20\n24\n2\nTiếp đột xuất\n10\n11\nTổng cộng\n30\n35\n\nII. KIẾN NGHỊ\n\n"
        "Không.\n"
    )
    table = document.body[0].blocks[0]
    assert isinstance(table, Table)
    assert table.rows[-1] == ("", "Tổng cộng", "30", "35")


def test_a_total_row_with_a_word_among_its_figures_is_not_guessed() -> None:
    document = _read(
        "BÁO CÁO\nKết quả năm 2025\n\nI. KẾT QUẢ\n\nSTT\nNội dung\nKế hoạch\nKết quả\n"
        "1\nTiếp định kỳ\n20\n24\nTổng cộng\nĐạt\n24\n"
    )
    assert "table" not in str(outline(document.body))
    assert "R219" in _codes(document)


# -- the place and date above the closing block, when the header has none -----------------


def test_place_and_date_above_the_closing_block() -> None:
    document = _read(
        "SỞ NỘI VỤ\nSố: 12/BC-SNV\n\nBÁO CÁO\nKết quả năm 2025\n\nI. KẾT QUẢ\n\nTốt.\n\n"
        "Cao Điền, ngày 5 tháng 1 năm 2026\n\nNơi nhận:\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nLê Văn An\n"
    )
    assert document.place_date is not None
    assert str(document.place_date) == "Cao Điền, ngày 05 tháng 01 năm 2026"
    assert {"R138", "R106"} <= set(_codes(document))
    assert "R207" not in _codes(document)
    assert outline(document.body) == ["I|KẾT QUẢ", ["¶"]]


def test_a_date_at_the_end_of_a_dated_document_stays_text() -> None:
    document = _read(
        "SỞ NỘI VỤ\nSố: 12/BC-SNV\nCao Điền, ngày 05 tháng 01 năm 2026\n\nBÁO CÁO\nKết quả\n\n"
        "I. KẾT QUẢ\n\nTốt.\n\nHòa Bình, ngày 02 tháng 01 năm 2026\n\nNơi nhận:\n- Lưu: VT.\n"
    )
    assert document.place_date is not None
    assert document.place_date.place == "Cao Điền"
    assert outline(document.body) == ["I|KẾT QUẢ", ["¶", "¶"]]
