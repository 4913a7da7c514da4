"""Constructs the readers used to leave unplaced (issue 9, §2-§4): header marks, signature
notes, tables copied one cell per line, appendix items under other labels, page numbers that
do not stand alone. Every fixture is fictional ("Sở Dữ liệu số tỉnh Cao Điền")."""

from __future__ import annotations

from docx_fixtures import build_docx, p, table
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from nothing_lost import assert_nothing_lost, missing_lines

from danvan.model import (
    Circulation,
    Document,
    DocumentStatus,
    IndicatorTable,
    Secrecy,
    Table,
    Unplaced,
    Urgency,
)
from danvan.reading import read, read_text
from hypothesis_profiles import scaled


def _codes(document: Document) -> list[str]:
    assert document.origin is not None
    return [finding.code for finding in document.origin.findings]


def _unplaced(document: Document) -> list[tuple[str, ...]]:
    return [block.lines for block in document.body if isinstance(block, Unplaced)]


_REST = (
    "Số: /BC-SDLS\n\nCao Điền, ngày   tháng 3 năm 2024\n\nBÁO CÁO\nKết quả quý I năm 2024\n\n"
    "I. KẾT QUẢ\n\nĐã hoàn thành.\n\nNơi nhận:\n- Sở Nội vụ;\n- Lưu: VT.\n\nGIÁM ĐỐC\n\n"
    "Trần Thị Mai\n"
)


# -- header marks (dự thảo, độ mật, độ khẩn, phạm vi lưu hành) -----------------------------


def test_header_marks_one_a_line_are_read_into_their_fields() -> None:
    text = "DỰ THẢO\nUBND TỈNH CAO ĐIỀN\nSỞ DỮ LIỆU SỐ\nMẬT\nKHẨN\n\n" + _REST
    document = read_text(text)
    assert document.issuer is not None
    assert (document.issuer.parent, document.issuer.name) == ("UBND TỈNH CAO ĐIỀN", "SỞ DỮ LIỆU SỐ")
    assert document.status is DocumentStatus.DRAFT
    assert document.draft_revision is None
    assert document.secrecy is Secrecy.MAT
    assert document.urgency is Urgency.KHAN
    assert document.circulation is None
    assert _unplaced(document) == []
    assert "R218" not in _codes(document)
    assert document.origin is not None
    assert document.origin.location_of("header.secrecy") is not None
    assert_nothing_lost(text, document)


def test_header_marks_flattened_bracketed_and_in_lower_case() -> None:
    text = (
        "(Dự thảo lần 2) | Lưu hành nội bộ\n"
        "ỦY BAN NHÂN DÂN TỈNH CAO ĐIỀN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "SỞ DỮ LIỆU SỐ | Độc lập - Tự do - Hạnh phúc\n"
        "**TUYỆT MẬT** | Thượng khẩn\n\n" + _REST.replace("Số: /BC-SDLS", "Số: 12/BC-SDLS")
    )
    document = read_text(text)
    assert document.status is DocumentStatus.DRAFT  # the mark says so, even numbered and signed
    assert document.draft_revision == 2
    assert document.secrecy is Secrecy.TUYET_MAT
    assert document.urgency is Urgency.THUONG_KHAN
    assert document.circulation is Circulation.LUU_HANH_NOI_BO
    assert _unplaced(document) == []
    assert_nothing_lost(text, document)


def test_a_mark_spelled_with_the_other_tone_placement_is_read_with_a_repair() -> None:
    text = "UBND TỈNH CAO ĐIỀN\nSỞ DỮ LIỆU SỐ\nHOẢ TỐC\nXEM XONG TRẢ LẠI\n\n" + _REST
    document = read_text(text)
    assert document.urgency is Urgency.HOA_TOC
    assert document.circulation is Circulation.XEM_XONG_TRA_LAI
    assert "R104" in _codes(document)
    assert_nothing_lost(text, document)


def test_marks_the_model_cannot_print_back_stay_as_written() -> None:
    # a second secrecy mark, and a revision written without "lần": kept, with R218
    text = "Dự thảo 3\nUBND TỈNH CAO ĐIỀN\nSỞ DỮ LIỆU SỐ\nMẬT\nTỐI MẬT\n\n" + _REST
    document = read_text(text)
    assert document.secrecy is Secrecy.MAT
    assert document.draft_revision is None
    assert _unplaced(document) == [("Dự thảo 3", "TỐI MẬT")]
    assert _codes(document).count("R218") == 2
    assert_nothing_lost(text, document)


def test_a_draft_mark_on_a_copy_held_as_read_is_kept_as_written() -> None:
    # no agency: the document is held as read, which prints no draft mark
    text = "DỰ THẢO\nKHẨN\n\nBÁO CÁO\nKết quả quý I năm 2024\n\nI. KẾT QUẢ\n\nĐã hoàn thành.\n"
    document = read_text(text)
    assert document.status is DocumentStatus.AS_READ
    assert document.urgency is Urgency.KHAN
    assert _unplaced(document) == [("DỰ THẢO",)]
    assert "R218" in _codes(document)
    assert_nothing_lost(text, document)


def test_a_copy_starting_with_a_mark_and_no_title_reads_the_mark() -> None:
    text = "HỎA TỐC\nSố: 12/BC-SDLS\n\nI. KẾT QUẢ\n\nĐã hoàn thành.\n"
    document = read_text(text)
    assert document.urgency is Urgency.HOA_TOC
    assert str(document.number) == "12/BC-SDLS"
    assert_nothing_lost(text, document)


def test_docx_header_table_marks_are_read() -> None:
    header = table(
        [
            [
                "UBND TỈNH CAO ĐIỀN\nSỞ DỮ LIỆU SỐ",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
            ],
            ["Số: 15/BC-SDLS\nKHẨN", "Cao Điền, ngày 05 tháng 3 năm 2024"],
        ],
        borders=False,
    )
    body = (
        p("DỰ THẢO")
        + header
        + p("BÁO CÁO", style="Title")
        + p("Kết quả quý I năm 2024")
        + p("I. KẾT QUẢ")
        + p("Đã hoàn thành.")
    )
    document = read(build_docx(body))
    assert document.status is DocumentStatus.DRAFT
    assert document.urgency is Urgency.KHAN
    assert _unplaced(document) == []


def _without_embedded_model(data: bytes) -> bytes:
    """The same .docx without danvan's embedded model, as after a save in Word."""
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            if info.filename != "word/danvan-model.json":
                target.writestr(info, source.read(info.filename))
    return out.getvalue()


def test_marks_danvan_prints_read_back_from_docx_text_and_markdown() -> None:
    import attrs

    import danvan

    document = attrs.evolve(
        read_text("UBND TỈNH CAO ĐIỀN\nSỞ DỮ LIỆU SỐ\n\n" + _REST),
        draft_revision=2,
        secrecy=Secrecy.TOI_MAT,
        urgency=Urgency.HOA_TOC,
        circulation=Circulation.XEM_XONG_TRA_LAI,
    )
    assert document.status is DocumentStatus.DRAFT
    docx = read(_without_embedded_model(danvan.render(document, "docx")))
    text = read_text(danvan.render(document, "text").decode("utf-8"))
    markdown = read_text(danvan.render(document, "markdown").decode("utf-8"), format="markdown")
    for back in (docx, text, markdown):
        assert back.status is DocumentStatus.DRAFT
        assert (back.draft_revision, back.secrecy, back.urgency, back.circulation) == (
            2,
            Secrecy.TOI_MAT,
            Urgency.HOA_TOC,
            Circulation.XEM_XONG_TRA_LAI,
        )
        assert _unplaced(back) == []


# -- page numbers that do not stand alone ----------------------------------------------------

_PAGED_BODY = (
    "UBND TỈNH CAO ĐIỀN\nSỞ DỮ LIỆU SỐ\n\nSố: 21/BC-SDLS\n\nCao Điền, ngày 05 tháng 3 năm 2024\n\n"
    "BÁO CÁO\nKết quả công tác dân vận quý I năm 2024\n\nI. KẾT QUẢ\n\n"
    "Sở đã tổ chức các hội nghị đối thoại với người dân về thủ tục hành chính trong lĩnh vực\n"
    "{page_one}\n"
    "dữ liệu số.\n\nII. NHIỆM VỤ\n\nTiếp tục rà soát thủ tục.\n{page_two}\n"
    "III. KIẾN NGHỊ\n\nKhông có.\n\nNơi nhận:\n- Sở Nội vụ;\n- Lưu: VT.\n\nGIÁM ĐỐC\n\n"
    "Trần Thị Mai\n"
)


def _paged(one: str, two: str) -> str:
    return _PAGED_BODY.format(page_one=one, page_two=two)


def _page_findings(document: Document) -> list[tuple[str, int | None]]:
    assert document.origin is not None
    return [
        (f.code, f.location.line if f.location else None)
        for f in document.origin.findings
        if f.code in ("R121", "R122", "R123")
    ]


def test_page_numbers_that_say_what_they_are_are_left_out() -> None:
    for one, two in (("Trang 2/3", "Trang 3/3"), ("- 2 -", "- 3 -"), ("Trang 2", "– 3 –")):
        text = _paged(one, two)
        document = read_text(text)
        assert _page_findings(document) == [("R121", 14), ("R121", 20)], (one, two)
        section = document.body[0]
        # the sentence cut by the page break is one paragraph again
        assert section.blocks[0].text.endswith("trong lĩnh vực dữ liệu số.")  # type: ignore[union-attr]
        assert _unplaced(document) == []
        assert_nothing_lost(text, document)


def test_page_numbers_on_the_line_of_a_running_head_are_left_out() -> None:
    head = "Báo cáo kết quả công tác dân vận quý I"
    for one, two in (
        (f"2 {head}", f"3 {head}"),
        (f"{head} Trang 2", f"{head} Trang 3"),
        (f"{head} - 2 -", f"{head} - 3 -"),
    ):
        text = _paged(one, two)
        document = read_text(text)
        assert _page_findings(document) == [("R123", 14), ("R123", 20)], (one, two)
        section = document.body[0]
        assert section.blocks[0].text.endswith("trong lĩnh vực dữ liệu số.")  # type: ignore[union-attr]
        assert document.origin is not None
        assert head in document.origin.findings_with("R123")[0].message  # the text is kept
        assert_nothing_lost(text, document)


_PAGE_PIECES = st.sampled_from(
    ["Trang ", "trang\t", "TRANG ", "2", "13", "/", " / ", "- ", " -", "–", " ", "Báo cáo", "x"]
)


@settings(max_examples=scaled(5), suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(_PAGE_PIECES, min_size=1, max_size=8).map("".join)
    | st.text(alphabet="Tt0-–/ ab\tđ", max_size=30)
)
@example("2 Báo cáo kết quả quý I")
@example("Trang 2/5 Báo cáo kết quả")
@example("– 3 –\tBáo cáo kết quả")
@example("Báo cáo kết quả Trang 3")
@example("Báo cáo kết quả 2 / 5")
@example("Báo cáo kết quả - 3 -")
def test_the_page_number_prefilter_never_hides_a_match(text: str) -> None:
    # the two-character test before the running-head pattern is a pure speed-up
    from danvan.reading.structure import _PAGE_WITH_HEAD_RE, _may_hold_page_number

    if _PAGE_WITH_HEAD_RE.fullmatch(text):
        assert _may_hold_page_number(text)


@settings(max_examples=scaled(5))
@given(
    st.lists(
        st.sampled_from(
            ["trang", "Trang", " ", "\t", "-", "–", "/", "2", "13", "¹", "²³", "[^", "]"]
        )
        | st.text(alphabet="tT-– 0/¹[^]ab", max_size=4),
        max_size=8,
    ).map("".join)
)
def test_first_character_tests_never_hide_a_page_number_or_a_footnote(text: str) -> None:
    # the cheap tests before the patterns are pure speed-ups
    from danvan.reading import structure as s

    if s._PAGE_RE.fullmatch(text):
        assert text[:1] in s._PAGE_FIRST
    assert bool(s._MARKED_PAGE_RE.fullmatch(text)) == s._marked_page(text)
    assert (s._FOOTNOTE_ANCHOR_RE.search(text) is not None) == s._has_anchor(text)
    if s._FOOTNOTE_LINE_RE.fullmatch(text):
        assert text[:1] in s._ANCHOR_CHARS


def test_the_prefilter_examples_are_page_lines() -> None:
    from danvan.reading.structure import _PAGE_WITH_HEAD_RE, _may_hold_page_number

    for text in (
        "2 Báo cáo kết quả quý I",
        "Trang 2/5 Báo cáo kết quả",
        "– 3 –\tBáo cáo kết quả",
        "Báo cáo kết quả Trang 3",
        "Báo cáo kết quả 2 / 5",
        "Báo cáo kết quả - 3 -",
    ):
        assert _PAGE_WITH_HEAD_RE.fullmatch(text), text
        assert _may_hold_page_number(text), text
    for text in ("Tổ chức 12 hội nghị trong năm 2024", "Đã tổ chức hội nghị năm 2024."):
        assert not _may_hold_page_number(text), text


def test_a_number_and_words_on_one_line_that_do_not_repeat_are_text() -> None:
    # the same words with falling or repeated numbers are no page furniture
    text = _paged("12 hội nghị đã tổ chức", "12 hội nghị đã tổ chức")
    document = read_text(text)
    assert _page_findings(document) == []
    assert_nothing_lost(text, document)


# -- tables copied one cell per line ----------------------------------------------------------


def _body(middle: str) -> str:
    return (
        "UBND TỈNH CAO ĐIỀN\nSỞ DỮ LIỆU SỐ\n\nSố: 30/BC-SDLS\n\n"
        "Cao Điền, ngày 05 tháng 3 năm 2024\n\nBÁO CÁO\nKết quả quý I năm 2024\n\n"
        f"I. KẾT QUẢ\n\n{middle}\n\nII. NHIỆM VỤ\n\nTiếp tục thực hiện.\n\n"
        "Nơi nhận:\n- Sở Nội vụ;\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nTrần Thị Mai\n"
    )


def _tables(document: Document) -> list[object]:
    section = document.body[0]
    return [b for b in section.blocks if isinstance(b, Table | Unplaced)]  # type: ignore[union-attr]


def test_cells_one_per_line_with_blank_lines_between_become_a_table() -> None:
    cells = [
        "STT", "Nội dung", "Kết quả", "Ghi chú",
        "1", "Hội nghị đối thoại", "04", "Cấp tỉnh",
        "2", "Lớp tập huấn", "02", "",
        "3", "Tin bài tuyên truyền", "36", "Trên cổng thông tin",
    ]  # fmt: skip
    text = _body("\n\n".join(cells).replace("\n\n\n\n", "\n\n(trống)\n\n"))
    document = read_text(text)
    (table,) = _tables(document)
    assert isinstance(table, Table)
    assert table.header == ("STT", "Nội dung", "Kết quả", "Ghi chú")
    assert table.rows == (
        ("1", "Hội nghị đối thoại", "04", "Cấp tỉnh"),
        ("2", "Lớp tập huấn", "02", "(trống)"),
        ("3", "Tin bài tuyên truyền", "36", "Trên cổng thông tin"),
    )
    assert "R124" in _codes(document)
    assert_nothing_lost(text, document)


def test_the_line_above_a_table_copied_one_cell_per_line_names_it() -> None:
    cells = "\n".join(["STT", "Nội dung", "Kết quả", "1", "Hội nghị", "04", "2", "Tập huấn", "02"])
    for above, caption in (
        ("Bảng tổng hợp kết quả quý I", "Bảng tổng hợp kết quả quý I"),
        ("Biểu số 02: Kết quả tuyên truyền", "Biểu số 02: Kết quả tuyên truyền"),
        ("Kết quả cụ thể như sau.", None),  # a sentence is no name: it stays a paragraph
    ):
        text = _body(f"{above}\n\n{cells}")
        document = read_text(text)
        (table,) = _tables(document)
        assert isinstance(table, Table)
        assert table.caption == caption
        assert_nothing_lost(text, document)


def test_cells_one_per_line_without_blanks_and_with_roman_group_rows() -> None:
    cells = [
        "TT", "Tên mô hình", "Đơn vị thực hiện",
        "I", "Khối sở, ngành", "",
        "1", "Một cửa thân thiện", "Sở Dữ liệu số",
        "2", "Ngày thứ Bảy vì dân", "Sở Nội vụ",
        "II", "Khối huyện", "",
        "1", "Dân vận khéo ở bản", "UBND huyện Mây Trắng",
    ]  # fmt: skip
    middle = "\n".join(cell or "-" for cell in cells).replace("\n-\n", "\n(cả khối)\n")
    text = _body(middle)
    document = read_text(text)
    (table,) = _tables(document)
    assert isinstance(table, Table)
    assert table.header == ("TT", "Tên mô hình", "Đơn vị thực hiện")
    assert [row[0] for row in table.rows] == ["I", "1", "2", "II", "1"]
    assert table.rows[4] == ("1", "Dân vận khéo ở bản", "UBND huyện Mây Trắng")
    assert_nothing_lost(text, document)


def test_cells_that_do_not_fit_the_header_are_kept_unplaced_not_guessed() -> None:
    # row 2 lost its middle cell in the copy: which line is which cell cannot be told
    cells = ["STT", "Nội dung", "Số lượng", "1", "Hội nghị", "04", "2", "03", "3", "Tọa đàm", "01"]
    text = _body("\n\n".join(cells))
    document = read_text(text)
    (kept,) = _tables(document)
    assert isinstance(kept, Unplaced)
    assert kept.lines == tuple(cells)
    assert "R219" in _codes(document)
    assert_nothing_lost(text, document)


def test_a_cell_wrapped_over_two_lines_in_the_last_row_is_not_guessed() -> None:
    cells = [
        "STT",
        "Nội dung",
        "Số lượng",
        "1",
        "Hội nghị",
        "04",
        "2",
        "Tọa đàm với",
        "thanh niên",
        "01",
    ]
    text = _body("\n".join(cells))
    document = read_text(text)
    (kept,) = _tables(document)
    assert isinstance(kept, Unplaced)
    assert_nothing_lost(text, document)


def test_short_lines_under_an_stt_line_of_unknown_words_are_no_table() -> None:
    text = _body("STT\n\nAlpha\n\nBeta\n\n1\n\nGamma\n\nDelta")
    document = read_text(text)
    assert _tables(document) == []
    assert "R219" not in _codes(document)
    assert_nothing_lost(text, document)


def test_an_indicator_table_copied_one_cell_per_line_reads_as_indicators() -> None:
    cells = [
        "STT", "Chỉ tiêu", "Số liệu", "Ghi chú",
        "1", "Số văn bản ban hành", "08", "Cả năm",
        "2", "Số hội nghị", "04", "Quý I",
    ]  # fmt: skip
    for separator in ("\n", "\n\n"):
        text = (
            _body("Đã hoàn thành.")
            + "\nPHỤ LỤC\nSỐ LIỆU CÔNG TÁC DÂN VẬN\n\n"
            + separator.join(cells)
            + "\n"
        )
        document = read_text(text)
        (appendix,) = document.appendices
        (block,) = appendix.blocks
        assert isinstance(block, IndicatorTable)
        assert [i.name for i in block.indicators] == ["Số văn bản ban hành", "Số hội nghị"]
        assert [i.written for i in block.indicators] == ["08", "04"]
        assert [i.note for i in block.indicators] == ["Cả năm", "Quý I"]
        assert_nothing_lost(text, document)


# -- signature notes ("(Đã ký)", seals, digital signature stamps) -------------------------------


def _signed(closing: str, header_extra: str = "") -> str:
    return (
        f"{header_extra}UBND TỈNH CAO ĐIỀN\nSỞ DỮ LIỆU SỐ\n\nSố: 41/BC-SDLS\n\n"
        "Cao Điền, ngày 05 tháng 3 năm 2024\n\nBÁO CÁO\nKết quả quý I năm 2024\n\n"
        "I. KẾT QUẢ\n\nĐã hoàn thành.\n\nNơi nhận:\n- Sở Nội vụ;\n- Lưu: VT.\n\n" + closing
    )


def test_signature_notes_between_the_titles_and_the_name() -> None:
    for closing, notes in (
        ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n(Đã ký)\n\nTrần Thị Mai\n", ("(Đã ký)",)),
        (
            "GIÁM ĐỐC\n(đã ký và đóng dấu)\nTrần Thị Mai\n",
            ("(đã ký và đóng dấu)",),
        ),
        ("GIÁM ĐỐC\n\n[Đã ký]\n\n(Dấu)\n\nTrần Thị Mai\n", ("[Đã ký]", "(Dấu)")),
        ("GIÁM ĐỐC\n\nĐã ký\n\nTrần Thị Mai\n", ("Đã ký",)),
    ):
        text = _signed(closing)
        document = read_text(text)
        assert document.signature is not None, closing
        assert document.signature.name == "Trần Thị Mai"
        assert document.signature.notes == notes
        assert _unplaced(document) == []
        assert document.status is DocumentStatus.ISSUED
        assert document.origin is not None
        assert document.origin.location_of("signature.notes[0]") is not None
        assert_nothing_lost(text, document)


def test_a_note_on_the_line_of_the_name_is_split_from_it() -> None:
    for line, note in (
        ("Trần Thị Mai (đã ký)", "(đã ký)"),
        ("Trần Thị Mai  (Đã ký, đóng dấu)", "(Đã ký, đóng dấu)"),
    ):
        text = _signed(f"GIÁM ĐỐC\n\n{line}\n")
        document = read_text(text)
        assert document.signature is not None
        assert (document.signature.name, document.signature.notes) == ("Trần Thị Mai", (note,))
        assert "R127" in _codes(document)
        assert_nothing_lost(text, document)


def test_signature_notes_in_a_closing_flattened_into_two_columns() -> None:
    base = _signed("")
    for closing in (
        "Nơi nhận: | KT. GIÁM ĐỐC\n- Sở Nội vụ; | PHÓ GIÁM ĐỐC\n- Lưu: VT. | (Đã ký)\n | Trần Thị Mai\n",
        "Nơi nhận:\t\tGIÁM ĐỐC\n- Sở Nội vụ;\n- Lưu: VT.\t\t(Đã ký và đóng dấu)\n\t\tTrần Thị Mai\n",
    ):
        text = base.replace("Nơi nhận:\n- Sở Nội vụ;\n- Lưu: VT.\n\n", "") + closing
        document = read_text(text)
        assert document.signature is not None, closing
        assert document.signature.name == "Trần Thị Mai"
        assert len(document.signature.notes) == 1
        assert document.recipients is not None
        assert [str(e) for e in document.recipients.entries] == ["Sở Nội vụ"]
        assert document.recipients.archive == ("VT",)
        assert _unplaced(document) == []
        assert_nothing_lost(text, document)


_STAMP = (
    "Ký bởi: Sở Dữ liệu số tỉnh Cao Điền\nEmail: sdls@caodien.example\n"
    "Cơ quan: Tỉnh Cao Điền\nThời gian ký: 05.03.2024 10:20:30 +07:00\n"
)


def test_a_digital_signature_stamp_over_the_signature_is_placed_with_it() -> None:
    text = _signed(f"GIÁM ĐỐC\n\n{_STAMP}\nTrần Thị Mai\n")
    document = read_text(text)
    assert document.signature is not None
    assert document.signature.name == "Trần Thị Mai"
    assert document.signature.notes == tuple(_STAMP.splitlines())
    assert "R126" in _codes(document)
    assert _unplaced(document) == []
    assert_nothing_lost(text, document)


def test_a_digital_signature_stamp_at_the_top_of_page_one_is_placed_with_the_signature() -> None:
    stamp = "Người ký: Sở Dữ liệu số\nThời gian: 05/03/2024 08:15\n\n"
    text = _signed("GIÁM ĐỐC\n\nTrần Thị Mai\n", header_extra=stamp)
    document = read_text(text)
    assert document.issuer is not None
    assert document.issuer.name == "SỞ DỮ LIỆU SỐ"
    assert document.signature is not None
    assert document.signature.notes == ("Người ký: Sở Dữ liệu số", "Thời gian: 05/03/2024 08:15")
    assert _unplaced(document) == []
    assert_nothing_lost(text, document)


def test_a_stamp_without_a_signature_is_kept_unplaced() -> None:
    text = "BÁO CÁO\nKết quả quý I năm 2024\n\nĐã hoàn thành.\n\n" + _STAMP + "\n(Đã ký)\n"
    document = read_text(text)
    assert document.signature is None
    assert _unplaced(document) == [tuple(_STAMP.splitlines())]
    assert "R220" in _codes(document)
    # with no signature a note is no note: it stays text where it stands
    assert [p.text for p in document.introduction][-1] == "(Đã ký)"
    assert_nothing_lost(text, document)


def test_signature_notes_render_in_every_format_and_read_back_from_text() -> None:
    import danvan

    document = read_text(_signed(f"GIÁM ĐỐC\n\n(Đã ký)\n{_STAMP}\nTrần Thị Mai\n"))
    assert document.signature is not None
    for format in ("text", "markdown", "html"):
        rendered = danvan.render(document, format).decode("utf-8")
        assert "Đã ký" in rendered, format
        assert "Thời gian ký: 05.03.2024" in rendered, format
    back = read_text(danvan.render(document, "text").decode("utf-8"))
    assert back.signature == document.signature
    assert danvan.from_json(danvan.to_json(document)) == document


def test_signature_notes_in_a_word_signature_table_are_read() -> None:
    closing = table(
        [["Nơi nhận:\n- Sở Nội vụ;\n- Lưu: VT.", "GIÁM ĐỐC\n(Đã ký và đóng dấu)\nTrần Thị Mai"]],
        borders=False,
    )
    body = (
        p("BÁO CÁO", style="Title")
        + p("Kết quả quý I năm 2024")
        + p("I. KẾT QUẢ")
        + p("Đã hoàn thành.")
        + closing
    )
    document = read(build_docx(body))
    assert document.signature is not None
    assert document.signature.notes == ("(Đã ký và đóng dấu)",)
    assert document.signature.name == "Trần Thị Mai"


def test_danvan_docx_with_signature_notes_reads_back_from_its_text() -> None:
    import danvan

    document = read_text(_signed("GIÁM ĐỐC\n\n(Đã ký)\n\nTrần Thị Mai\n"))
    back = read(_without_embedded_model(danvan.render(document, "docx")))
    assert back.signature is not None
    assert back.signature.notes == ("(Đã ký)",)


# -- appendix items under labels other than 1, 2, 3 -----------------------------------------------


def _appendix(items: str) -> str:
    return (
        _signed("GIÁM ĐỐC\n\nTrần Thị Mai\n")
        + "\nPHỤ LỤC\nSỐ LIỆU CÔNG TÁC DÂN VẬN QUÝ I NĂM 2024\n"
        + "(Kèm theo Báo cáo số 41/BC-SDLS ngày 05/3/2024 của Sở Dữ liệu số)\n\n"
        + items
    )


def _indicator_tree(indicators: object) -> list[object]:
    out: list[object] = []
    for indicator in indicators:  # type: ignore[attr-defined]
        out.append((indicator.label, indicator.name, indicator.written, indicator.is_group))
        if indicator.breakdown:
            out.append(_indicator_tree(indicator.breakdown))
    return out


def test_roman_groups_over_numbered_items_with_dash_parts() -> None:
    text = _appendix(
        "I. CÔNG TÁC TUYÊN TRUYỀN\n"
        "1. Số hội nghị quán triệt: 04\n"
        "2. Số tin bài đăng tải: 36, trong đó:\n"
        "- Trên cổng thông tin: 30\n"
        "- Trên mạng xã hội: 06\n"
        "II. CÔNG TÁC KIỂM TRA\n"
        "1. Số cuộc kiểm tra: 02\n"
    )
    document = read_text(text)
    (appendix,) = document.appendices
    (table,) = appendix.blocks
    assert isinstance(table, IndicatorTable)
    assert _indicator_tree(table.indicators) == [
        ("I", "CÔNG TÁC TUYÊN TRUYỀN", None, True),
        [
            ("1", "Số hội nghị quán triệt", "04", False),
            ("2", "Số tin bài đăng tải", "36", False),
            [(None, "Trên cổng thông tin", "30", False), (None, "Trên mạng xã hội", "06", False)],
        ],
        ("II", "CÔNG TÁC KIỂM TRA", None, True),
        [("1", "Số cuộc kiểm tra", "02", False)],
    ]
    tuyen_truyen = table.indicators[0].breakdown[1]
    assert tuyen_truyen.breakdown_complete  # 30 + 06 = 36
    assert "R135" in _codes(document)
    assert_nothing_lost(text, document)


def test_numbered_items_with_letter_and_dotted_sub_items() -> None:
    text = _appendix(
        "1. Kết quả tiếp công dân\n"
        "a) Số lượt tiếp: 120\n"
        "b) Số đơn thư tiếp nhận: 15\n"
        "2. Kết quả đối thoại\n"
        "2.1. Số cuộc đối thoại: 06\n"
        "2.2. Tỷ lệ vụ việc giải quyết: 100%\n"
        "+ Cấp tỉnh: 02\n"
    )
    document = read_text(text)
    (appendix,) = document.appendices
    (table,) = appendix.blocks
    assert isinstance(table, IndicatorTable)
    assert _indicator_tree(table.indicators) == [
        ("1", "Kết quả tiếp công dân", None, True),
        [("a", "Số lượt tiếp", "120", False), ("b", "Số đơn thư tiếp nhận", "15", False)],
        ("2", "Kết quả đối thoại", None, True),
        [
            ("2.1", "Số cuộc đối thoại", "06", False),
            ("2.2", "Tỷ lệ vụ việc giải quyết", "100%", False),
            [(None, "Cấp tỉnh", "02", False)],
        ],
    ]
    assert_nothing_lost(text, document)


def test_numbered_items_with_a_gap_keep_their_labels() -> None:
    text = _appendix("1. Số hội nghị: 04\n2. Số lớp tập huấn: 02\n4. Số mô hình: 03\n")
    document = read_text(text)
    (table,) = document.appendices[0].blocks
    assert isinstance(table, IndicatorTable)
    assert [i.label for i in table.indicators] == ["1", "2", "4"]
    assert_nothing_lost(text, document)


def test_labelled_items_that_are_prose_stay_sections() -> None:
    # a paragraph between the items, and no values: sections as written, not indicators
    text = _appendix(
        "I. KẾT QUẢ\nCác đơn vị đã triển khai đầy đủ các nội dung của kế hoạch.\n"
        "II. TỒN TẠI\na) Một số đơn vị chậm báo cáo.\n"
    )
    document = read_text(text)
    blocks = document.appendices[0].blocks
    assert not any(isinstance(b, IndicatorTable) for b in blocks)
    assert "R133" in _codes(document)
    assert_nothing_lost(text, document)


def test_labelled_indicators_render_their_labels_and_survive_json() -> None:
    import danvan

    text = _appendix("I. TUYÊN TRUYỀN\n1. Số hội nghị: 04\nII. KIỂM TRA\na) Số cuộc: 02\n")
    document = read_text(text)
    rendered = danvan.render(document, "text").decode("utf-8")
    assert "I. TUYÊN TRUYỀN" in rendered
    assert "a) Số cuộc: 02" in rendered
    markdown = danvan.render(document, "markdown").decode("utf-8")
    assert "| II | KIỂM TRA |" in markdown
    assert danvan.from_json(danvan.to_json(document)) == document
    back = read_text(rendered)
    assert back.appendices[0].blocks == document.appendices[0].blocks


# -- found by the keyword soup ---------------------------------------------------------------


def test_an_archive_line_that_is_not_the_last_recipient_is_kept_in_place() -> None:
    for text in ("Số:\nNơi nhận: LƯU", "Số:\nNơi nhận: LƯU: Số:\nLƯU HÀNH NỘI BỘ"):
        document = read_text(text)
        assert document.recipients is not None
        assert document.recipients.archive == ()
        assert_nothing_lost(text, document)


def test_a_superscript_digit_under_an_stt_line_is_no_row_number() -> None:
    text = "Số:\nSTT\n¹"
    document = read_text(text)
    assert_nothing_lost(text, document)


# -- the constructs one per line, shuffled: never refused, nothing lost ----------------------

_PIECES = [
    "STT", "TT", "Nội dung", "Kết quả", "Số lượng", "Ghi chú", "Chỉ tiêu", "Số liệu", "1", "2",
    "3", "I", "II", "04", "Hội nghị", "(Đã ký)", "(đã ký và đóng dấu)", "Trần Thị Mai (đã ký)",
    "Ký bởi: Sở Dữ liệu số", "Email: a@b.example", "Thời gian ký: 05.03.2024", "DỰ THẢO",
    "Dự thảo lần 2", "Dự thảo 3", "MẬT", "HOẢ TỐC", "LƯU HÀNH NỘI BỘ", "Trang 2/5", "- 3 -",
    "2 Báo cáo quý I", "3 Báo cáo quý I", "GIÁM ĐỐC", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC",
    "Nơi nhận:", "- Lưu: VT.", "PHỤ LỤC", "I. NHÓM", "1. Số hội nghị: 04", "a) Số lớp: 02",
    "1.1. Số tin: 03", "- Nữ: 01", "+ Cấp xã: 01", "BÁO CÁO", "Kết quả quý I năm 2024",
    "UBND TỈNH CAO ĐIỀN", "SỞ DỮ LIỆU SỐ", "Số: 12/BC-SDLS", "Cao Điền, ngày 05 tháng 3 năm 2024",
]  # fmt: skip


@settings(max_examples=scaled(2), suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(_PIECES), st.just("")), min_size=1, max_size=40))
def test_the_constructs_in_any_order_read_with_nothing_lost(lines: list[str]) -> None:
    text = "\n".join(lines)
    if not text.strip():
        return
    for format in ("text", "markdown"):
        document = read_text(text, format=format)
        assert not missing_lines(text, document), (format, text)


def test_numbered_captions_and_labels_repeated_with_rising_numbers_are_no_page_numbers() -> None:
    for one, two in (
        ("Biểu số 1 kết quả tiếp công dân", "Biểu số 2 kết quả tiếp công dân"),
        ("Nội dung thực hiện trong tháng 3", "Nội dung thực hiện trong tháng 4"),
        ("Đợt kiểm tra thứ nhất: 2", "Đợt kiểm tra thứ nhất: 3"),
    ):
        text = _paged(one, two)
        document = read_text(text)
        assert _page_findings(document) == [], (one, two)
        assert_nothing_lost(text, document)
    text = _appendix("1. Số hội nghị: 04\n").replace("PHỤ LỤC\n", "PHỤ LỤC 1\n") + (
        "\nPHỤ LỤC 2\nDANH SÁCH MÔ HÌNH\n\n1. Một cửa thân thiện: 01\n"
    )
    document = read_text(text)
    assert [a.label for a in document.appendices] == ["PHỤ LỤC 1", "PHỤ LỤC 2"]
    assert_nothing_lost(text, document)


def test_cells_one_per_line_without_a_serial_number_column_need_figures() -> None:
    for cells in (
        ["Nội dung", "Kế hoạch", "Kết quả", "Hội nghị", "04", "05", "Lớp tập huấn", "02", "02"],
        # the first row's name is itself a column word ("Số …"): still no header cell
        ["Chỉ tiêu", "Năm 2023", "Năm 2024", "Số hội nghị", "04", "06", "Tỷ lệ", "90%", "100%"],
    ):
        text = _body("\n".join(cells))
        document = read_text(text)
        (table,) = _tables(document)
        assert isinstance(table, Table), cells
        assert table.header == tuple(cells[:3])
        assert table.rows == (tuple(cells[3:6]), tuple(cells[6:9]))
        assert_nothing_lost(text, document)
    # names without figures: no evidence of a table, the lines stay as written
    text = _body("Nội dung\nKết quả\nHội nghị\nđã tổ chức\nTập huấn\nđã mở lớp")
    document = read_text(text)
    assert _tables(document) == []
    assert "R219" not in _codes(document)
    assert_nothing_lost(text, document)
