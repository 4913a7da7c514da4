"""The holdout audit's Word documents, typed as a clerk types them in Word (python-docx):
a borderless header table, "Heading 1/2" styles, Word's automatic numbering through the
"List Number" style, bold runs, tables. Fictional agencies; built at test time."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import docx
from docx.document import Document as WordDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH


def _header_table(
    d: WordDocument, left: list[tuple[str, bool]], right: list[tuple[str, bool]]
) -> None:
    """The two-column header: (text, bold) lines left and right, no borders."""
    table = d.add_table(rows=1, cols=2)
    for cell, lines in zip(table.rows[0].cells, (left, right), strict=True):
        cell.paragraphs[0].text = ""
        for i, (text, bold) in enumerate(lines):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(text).bold = bold


def _state_column(place_date: str) -> list[tuple[str, bool]]:
    """The header's right column of a State document: national title, motto, place and date."""
    return [
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True),
        ("Độc lập - Tự do - Hạnh phúc", True),
        (place_date, False),
    ]


def _centered(d: WordDocument, text: str, *, bold: bool = True) -> None:
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(text).bold = bold


def _closing_table(
    d: WordDocument, recipients: list[str], signature: list[tuple[str, bool]]
) -> None:
    """Nơi nhận on the left, the signature on the right, in one borderless row."""
    table = d.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    p = left.paragraphs[0]
    r = p.add_run("Nơi nhận:")
    r.bold = True
    r.italic = True
    for line in recipients:
        left.add_paragraph(line)
    for i, (text, bold) in enumerate(signature):
        p = right.paragraphs[0] if i == 0 else right.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(text).bold = bold


def d01(path: Path) -> None:
    """UBND xã, báo cáo sơ kết: header table, Heading 1 "I." typed, Heading 2 "1." typed."""
    d = docx.Document()
    _header_table(
        d,
        [("ỦY BAN NHÂN DÂN", True), ("XÃ VÂN KHÊ", True), ("Số: 58/BC-UBND", False)],
        _state_column("Vân Khê, ngày 12 tháng 6 năm 2025"),
    )
    _centered(d, "BÁO CÁO")
    _centered(d, "Sơ kết 6 tháng thực hiện công tác dân vận chính quyền năm 2025")
    d.add_heading("I. KẾT QUẢ THỰC HIỆN", level=1)
    d.add_heading("1. Công tác chỉ đạo", level=2)
    d.add_paragraph("Ủy ban nhân dân xã ban hành 03 văn bản chỉ đạo về công tác dân vận.")
    d.add_heading("2. Kết quả cụ thể", level=2)
    d.add_paragraph("Cán bộ một cửa giải quyết đúng hạn 1.126 hồ sơ, không có hồ sơ trễ hạn.")
    d.add_heading("II. NHIỆM VỤ 6 THÁNG CUỐI NĂM", level=1)
    d.add_paragraph("Tiếp tục rà soát thủ tục hành chính, công khai tại trụ sở.")
    _closing_table(
        d,
        ["- Đảng ủy xã (b/c);", "- Lưu: VT."],
        [("TM. ỦY BAN NHÂN DÂN", True), ("CHỦ TỊCH", True), ("", False), ("Lò Văn Pấng", True)],
    )
    d.save(str(path))


def d02(path: Path) -> None:
    """Kế hoạch of a phường: typed Roman headings, automatic "List Number" items, a task table."""
    d = docx.Document()
    _header_table(
        d,
        [("ỦY BAN NHÂN DÂN", False), ("PHƯỜNG NGỌC TRÌ", True), ("Số: 412/KH-UBND", False)],
        _state_column("Ngọc Trì, ngày 03 tháng 11 năm 2025"),
    )
    _centered(d, "KẾ HOẠCH")
    _centered(d, "Thực hiện Quy chế dân chủ ở cơ sở năm 2026")
    d.add_heading("I. MỤC ĐÍCH, YÊU CẦU", level=1)
    d.add_paragraph("Bảo đảm quyền được biết, được bàn của Nhân dân.", style="List Number")
    d.add_paragraph("Gắn trách nhiệm người đứng đầu với kết quả thực hiện.", style="List Number")
    d.add_paragraph("Thực hiện nghiêm quy định về công khai ngân sách.", style="List Number")
    d.add_heading("II. NHIỆM VỤ", level=1)
    table = d.add_table(rows=3, cols=4)
    table.style = "Table Grid"
    rows = [
        ("STT", "Nhiệm vụ", "Chủ trì", "Thời hạn"),
        ("1", "Công khai dự toán ngân sách phường", "Bộ phận Tài chính", "Tháng 01/2026"),
        ("2", "Tổ chức hội nghị Nhân dân ở tổ dân phố", "Các tổ dân phố", "Quý I/2026"),
    ]
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    d.add_heading("III. TỔ CHỨC THỰC HIỆN", level=1)
    d.add_paragraph("Văn phòng phường tổng hợp kết quả, báo cáo trước ngày 15/12/2026.")
    _closing_table(
        d,
        ["- UBND tỉnh (b/c);", "- Lưu: VT."],
        [("KT. CHỦ TỊCH", True), ("PHÓ CHỦ TỊCH", True), ("", False), ("Vũ Thị Lan Anh", True)],
    )
    d.save(str(path))


def d03(path: Path) -> None:
    """Đảng ủy xã: header as plain paragraphs, headings by direct bold formatting only."""
    d = docx.Document()
    for text, bold in [
        ("ĐẢNG BỘ TỈNH LAM GIANG", False),
        ("ĐẢNG ỦY XÃ TÂN HƯƠNG", True),
        ("*", False),
        ("Số 33-BC/ĐU", False),
    ]:
        d.add_paragraph().add_run(text).bold = bold
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run("ĐẢNG CỘNG SẢN VIỆT NAM").bold = True
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run("Tân Hương, ngày 28 tháng 11 năm 2025").italic = True
    _centered(d, "BÁO CÁO")
    _centered(d, "kết quả lãnh đạo công tác dân vận năm 2025")
    for text, bold in [
        ("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", True),
        ("Ban Thường vụ Đảng ủy ban hành 02 nghị quyết chuyên đề về công tác dân vận.", False),
        ("II. KẾT QUẢ THỰC HIỆN", True),
        ("1. Khối dân vận xã", True),
        ("Khối dân vận duy trì giao ban hằng tháng, nắm tình hình Nhân dân kịp thời.", False),
        ("2. Các đoàn thể chính trị - xã hội", True),
        ("Các đoàn thể kết nạp mới 146 hội viên, đoàn viên.", False),
    ]:
        d.add_paragraph().add_run(text).bold = bold
    _closing_table(
        d,
        ["- Ban Dân vận Tỉnh ủy,", "- Lưu Văn phòng Đảng ủy."],
        [("T/M BAN THƯỜNG VỤ", True), ("BÍ THƯ", False), ("", False), ("Hà Văn Chiến", True)],
    )
    d.save(str(path))


def d04(path: Path) -> None:
    """Sở, báo cáo tổng kết: "Kính gửi" with two addressees, Heading 1/2, bullets, closing."""
    d = docx.Document()
    _header_table(
        d,
        [("UBND TỈNH PHÙ VÂN", False), ("SỞ XÂY DỰNG", True), ("Số: 2071/BC-SXD", False)],
        _state_column("Phù Vân, ngày 19 tháng 12 năm 2025"),
    )
    _centered(d, "BÁO CÁO")
    _centered(d, "Tổng kết công tác dân vận của Sở Xây dựng năm 2025")
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Kính gửi:")
    d.add_paragraph("- Ủy ban nhân dân tỉnh Phù Vân;")
    d.add_paragraph("- Ban Dân vận Tỉnh ủy Phù Vân.")
    d.add_heading("I. KẾT QUẢ ĐẠT ĐƯỢC", level=1)
    d.add_paragraph("Sở đã tiếp nhận và trả lời 64 kiến nghị của người dân về quy hoạch.")
    d.add_heading("II. HẠN CHẾ, NGUYÊN NHÂN", level=1)
    d.add_paragraph(
        "Tiến độ giải quyết hồ sơ cấp phép xây dựng có lúc còn chậm.", style="List Bullet"
    )
    d.add_paragraph("Một số công chức chưa thường xuyên cập nhật văn bản mới.", style="List Bullet")
    d.add_heading("III. NHIỆM VỤ NĂM 2026", level=1)
    d.add_paragraph("Số hóa toàn bộ hồ sơ cấp phép xây dựng trước tháng 6/2026.")
    p = d.add_paragraph("Trên đây là báo cáo tổng kết công tác dân vận năm 2025 của Sở Xây dựng./.")
    _closing_table(
        d,
        ["- Như trên;", "- Lưu: VT, VP."],
        [("GIÁM ĐỐC", True), ("", False), ("Quách Đình Hưng", True)],
    )
    d.save(str(path))


def d05(path: Path) -> None:
    """MTTQ phường: a long agency line over its parent's, a collective signed by a deputy."""
    d = docx.Document()
    _header_table(
        d,
        [
            ("ỦY BAN MTTQ VIỆT NAM TỈNH LAM GIANG", False),
            ("ỦY BAN MTTQ VIỆT NAM PHƯỜNG ĐÔNG HỒ", True),
            ("Số: 31/BC-MTTQ-BTT", False),
        ],
        _state_column("Đông Hồ, ngày 16 tháng 10 năm 2025"),
    )
    _centered(d, "BÁO CÁO")
    _centered(d, 'Kết quả cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa" năm 2025')
    d.add_heading("I. KẾT QUẢ", level=1)
    d.add_paragraph("Có 11/12 khu dân cư đạt danh hiệu khu dân cư văn hóa.")
    d.add_paragraph('Quỹ "Vì người nghèo" vận động được 186.400.000 đồng.')
    d.add_heading("II. KIẾN NGHỊ", level=1)
    d.add_paragraph("Đề nghị Ủy ban nhân dân phường hỗ trợ kinh phí tổ chức Ngày hội Đại đoàn kết.")
    _closing_table(
        d,
        ["- Ủy ban MTTQ Việt Nam tỉnh;", "- Đảng ủy phường;", "- Lưu: VT."],
        [
            ("TM. BAN THƯỜNG TRỰC", True),
            ("PHÓ CHỦ TỊCH", True),
            ("", False),
            ("Tống Thị Bích", True),
        ],
    )
    d.save(str(path))


def d06(path: Path) -> None:
    """A report with an appendix table of indicators after the signature."""
    d = docx.Document()
    _header_table(
        d,
        [("UBND TỈNH LAM GIANG", False), ("SỞ NỘI VỤ", True), ("Số: 905/BC-SNV", False)],
        _state_column("Lam Giang, ngày 07 tháng 8 năm 2025"),
    )
    _centered(d, "BÁO CÁO")
    _centered(d, "Tình hình tổ chức bộ máy xã, phường sau sắp xếp")
    d.add_heading("I. TÌNH HÌNH CHUNG", level=1)
    d.add_paragraph("Sau sắp xếp, toàn tỉnh có 58 xã và 9 phường (chi tiết tại Phụ lục).")
    d.add_heading("II. ĐỀ XUẤT", level=1)
    d.add_paragraph("Đề nghị Bộ Nội vụ hướng dẫn bố trí công chức chuyên trách công tác dân vận.")
    _closing_table(
        d,
        ["- Bộ Nội vụ;", "- UBND tỉnh;", "- Lưu: VT, XDCQ."],
        [("GIÁM ĐỐC", True), ("", False), ("Chu Minh Phương", True)],
    )
    d.add_page_break()
    _centered(d, "PHỤ LỤC")
    _centered(d, "SỐ LƯỢNG ĐƠN VỊ HÀNH CHÍNH CẤP XÃ SAU SẮP XẾP")
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("(Kèm theo Báo cáo số 905/BC-SNV ngày 07/8/2025 của Sở Nội vụ)").italic = True
    table = d.add_table(rows=4, cols=4)
    table.style = "Table Grid"
    rows = [
        ("STT", "Chỉ tiêu", "Số liệu", "Ghi chú"),
        ("1", "Số xã", "58", ""),
        ("2", "Số phường", "09", ""),
        ("3", "Số cán bộ, công chức cấp xã", "1.742", "Có mặt"),
    ]
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    d.save(str(path))


def d07(path: Path) -> None:
    """Ban Dân vận kế hoạch: Heading 1 typed Roman, automatic "List Number" under each, restart
    by a clerk retyping nothing (Word goes on counting across headings)."""
    d = docx.Document()
    _header_table(
        d,
        [
            ("HUYỆN ỦY BẮC LŨY", False),
            ("BAN DÂN VẬN", True),
            ("*", False),
            ("Số 14-KH/BDVHU", False),
        ],
        [
            ("ĐẢNG CỘNG SẢN VIỆT NAM", True),
            ("", False),
            ("Bắc Lũy, ngày 20 tháng 02 năm 2025", False),
        ],
    )
    _centered(d, "KẾ HOẠCH")
    _centered(d, "Khảo sát tình hình Nhân dân tại các thôn đặc biệt khó khăn năm 2025")
    d.add_heading("I. MỤC ĐÍCH", level=1)
    d.add_paragraph(
        "Nắm chắc tâm tư, nguyện vọng của đồng bào dân tộc thiểu số.", style="List Number"
    )
    d.add_paragraph("Đề xuất giải pháp phù hợp với từng thôn.", style="List Number")
    d.add_heading("II. NỘI DUNG KHẢO SÁT", level=1)
    d.add_paragraph("Việc thực hiện chính sách hỗ trợ nhà ở.", style="List Number")
    d.add_paragraph("Tình hình an ninh trật tự ở thôn.", style="List Number")
    _closing_table(
        d,
        ["- Thường trực Huyện ủy (b/c);", "- Lưu Văn phòng Ban."],
        [("TRƯỞNG BAN", True), ("", False), ("Sầm Văn Kiên", True)],
    )
    d.save(str(path))


def d08(path: Path) -> None:
    """UBND phường báo cáo: bold run label with a plain run title on one line, multi-paragraph
    items, "List Bullet" items, a closing sentence, the signature typed as paragraphs."""
    d = docx.Document()
    _header_table(
        d,
        [("ỦY BAN NHÂN DÂN", False), ("PHƯỜNG LÊ LỢI", True), ("Số: 96/BC-UBND", False)],
        _state_column("Lê Lợi, ngày 09 tháng 9 năm 2025"),
    )
    _centered(d, "BÁO CÁO")
    _centered(d, 'Kết quả thực hiện mô hình "Phường thân thiện với Nhân dân" quý III năm 2025')
    d.add_heading("I. KẾT QUẢ", level=1)
    p = d.add_paragraph()
    p.add_run("1. Cải cách hành chính").bold = True
    d.add_paragraph("Bộ phận một cửa bố trí ghế chờ, nước uống và sổ góp ý cho người dân.")
    d.add_paragraph("Tỷ lệ hồ sơ trực tuyến toàn trình đạt 74,5%.")
    p = d.add_paragraph()
    p.add_run("2. Tiếp nhận phản ánh").bold = True
    d.add_paragraph("Đường dây nóng tiếp nhận 23 phản ánh, đã xử lý xong 23.", style="List Bullet")
    d.add_paragraph("Ứng dụng công dân số tiếp nhận 51 phản ánh.", style="List Bullet")
    d.add_heading("II. NHIỆM VỤ QUÝ IV", level=1)
    d.add_paragraph("Duy trì việc khảo sát sự hài lòng của người dân hằng tháng.")
    d.add_paragraph(
        "Trên đây là báo cáo kết quả quý III năm 2025 của Ủy ban nhân dân phường Lê Lợi./."
    )
    p = d.add_paragraph()
    r = p.add_run("Nơi nhận:")
    r.bold = True
    r.italic = True
    d.add_paragraph("- UBND tỉnh;")
    d.add_paragraph("- Lưu: VT.")
    for text in ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Giang Văn Định"):
        _centered(d, text)
    d.save(str(path))


def d09(path: Path) -> None:
    """UBND xã: a 2x2 header table (number and date in the second row), the type and subject
    in one paragraph split by a line break (Shift+Enter), the recipients typed in one paragraph
    with line breaks."""
    d = docx.Document()
    table = d.add_table(rows=2, cols=2)
    cells = [
        ["ỦY BAN NHÂN DÂN", "XÃ HƯNG ĐẠO"],
        ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
        ["Số: 147/BC-UBND"],
        ["Hưng Đạo, ngày 24 tháng 11 năm 2025"],
    ]
    for cell, lines in zip([c for row in table.rows for c in row.cells], cells, strict=True):
        for i, text in enumerate(lines):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(text).bold = not text.startswith(("Số", "Hưng Đạo,"))
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run("BÁO CÁO")
    run.bold = True
    run.add_break()
    p.add_run("Kết quả hòa giải ở cơ sở năm 2025").bold = True
    d.add_heading("I. KẾT QUẢ", level=1)
    d.add_paragraph("Các tổ hòa giải tiếp nhận 38 vụ việc, hòa giải thành 33 vụ việc.")
    d.add_heading("II. KIẾN NGHỊ", level=1)
    d.add_paragraph("Đề nghị hỗ trợ thù lao cho hòa giải viên theo quy định.")
    table = d.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    p = left.paragraphs[0]
    r = p.add_run("Nơi nhận:")
    r.bold = True
    r.italic = True
    r.add_break()
    r = p.add_run("- Phòng Tư pháp (b/c);")
    r.add_break()
    p.add_run("- Lưu: VT, TP.")
    for i, text in enumerate(("CHỦ TỊCH", "", "Nguyễn Thị Bảo Ngọc")):
        p = right.paragraphs[0] if i == 0 else right.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(text).bold = True
    d.save(str(path))


def d10(path: Path) -> None:
    """Sở, báo cáo: "Kính gửi: …" bold on one line, Heading 1 typed Roman, the items typed
    "1.", "2." under it with "a)", "b)" typed under the first, a closing sentence."""
    d = docx.Document()
    _header_table(
        d,
        [("UBND TỈNH LAM GIANG", False), ("SỞ TƯ PHÁP", True), ("Số: 388/BC-STP", False)],
        _state_column("Lam Giang, ngày 14 tháng 4 năm 2025"),
    )
    _centered(d, "BÁO CÁO")
    _centered(d, "Kết quả phổ biến, giáo dục pháp luật cho đồng bào vùng cao quý I năm 2025")
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Kính gửi: ").bold = False
    p.add_run("Ủy ban nhân dân tỉnh Lam Giang.").bold = True
    d.add_heading("I. KẾT QUẢ", level=1)
    d.add_heading("1. Hình thức phổ biến", level=2)
    d.add_paragraph("a) Phát thanh bằng tiếng dân tộc trên loa truyền thanh xã;")
    d.add_paragraph("b) Tổ chức sân khấu hóa tại chợ phiên.")
    d.add_heading("2. Số lượt người được phổ biến", level=2)
    d.add_paragraph("Khoảng 12.600 lượt người được phổ biến pháp luật trong quý.")
    d.add_heading("II. PHƯƠNG HƯỚNG QUÝ II", level=1)
    d.add_paragraph("Biên soạn tài liệu song ngữ Việt - Mông về phòng, chống mua bán người.")
    d.add_paragraph("Sở Tư pháp kính báo cáo Ủy ban nhân dân tỉnh./.")
    _closing_table(
        d,
        ["- Như trên;", "- Lưu: VT, PBGDPL."],
        [("KT. GIÁM ĐỐC", True), ("PHÓ GIÁM ĐỐC", True), ("", False), ("Hứa Văn Nam", True)],
    )
    d.save(str(path))


def d11(path: Path) -> None:
    """Ban Dân vận Đảng ủy xã, kế hoạch: typed "-" bullets with "+" under them, a Heading 2
    "1." with a tab after the label, an appendix of tasks as a table."""
    d = docx.Document()
    _header_table(
        d,
        [
            ("ĐẢNG ỦY XÃ LONG PHÚ", False),
            ("BAN DÂN VẬN", True),
            ("*", False),
            ("Số 05-KH/BDV", False),
        ],
        [
            ("ĐẢNG CỘNG SẢN VIỆT NAM", True),
            ("", False),
            ("Long Phú, ngày 10 tháng 01 năm 2026", False),
        ],
    )
    _centered(d, "KẾ HOẠCH")
    _centered(d, "công tác dân vận năm 2026")
    d.add_heading("I. MỤC ĐÍCH, YÊU CẦU", level=1)
    d.add_paragraph("- Nâng cao nhận thức của cán bộ, đảng viên về công tác dân vận;")
    d.add_paragraph("- Bám sát tình hình cơ sở, cụ thể:")
    d.add_paragraph("+ Nắm tình hình Nhân dân hằng tháng;")
    d.add_paragraph("+ Báo cáo kịp thời những vấn đề phát sinh.")
    d.add_heading("II. NHIỆM VỤ", level=1)
    d.add_heading("1.\tCông tác tuyên truyền", level=2)
    d.add_paragraph("Tuyên truyền kết quả hoạt động của chính quyền xã mới sau sắp xếp.")
    d.add_heading("2.\tNhiệm vụ cụ thể", level=2)
    d.add_paragraph("Các nhiệm vụ cụ thể tại Phụ lục kèm theo.")
    _closing_table(
        d,
        ["- Thường trực Đảng ủy (b/c);", "- Lưu Ban Dân vận."],
        [("TRƯỞNG BAN", True), ("", False), ("Thạch Thị Sa Rinh", True)],
    )
    d.add_page_break()
    _centered(d, "PHỤ LỤC")
    _centered(d, "NHIỆM VỤ CỤ THỂ NĂM 2026")
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(
        "(Kèm theo Kế hoạch số 05-KH/BDV ngày 10/01/2026 của Ban Dân vận Đảng ủy)"
    ).italic = True
    table = d.add_table(rows=3, cols=4)
    table.style = "Table Grid"
    rows = [
        ("STT", "Nội dung", "Chủ trì", "Thời gian"),
        ("1", "Khảo sát tình hình Nhân dân ấp Cái Đôi", "Ban Dân vận", "Quý I"),
        ("2", 'Sơ kết phong trào "Dân vận khéo"', "Khối dân vận", "Tháng 7/2026"),
    ]
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    d.save(str(path))


def d12(path: Path) -> None:
    """UBND phường: the agency's two lines in one paragraph split by a line
    break, the subject typed over two centred paragraphs (Enter in the middle), the signer's
    two title lines in one paragraph split by a line break."""
    d = docx.Document()
    table = d.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    p = left.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("ỦY BAN NHÂN DÂN")
    r.add_break()
    p.add_run("PHƯỜNG HOA LƯ").bold = True
    left.add_paragraph("Số: 310/BC-UBND").alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = right.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    r.bold = True
    r.add_break()
    p.add_run("Độc lập - Tự do - Hạnh phúc").bold = True
    right.add_paragraph("Hoa Lư, ngày 26 tháng 12 năm 2025").alignment = WD_ALIGN_PARAGRAPH.CENTER
    _centered(d, "BÁO CÁO")
    _centered(d, 'Tổng kết 05 năm thực hiện phong trào thi đua "Dân vận khéo"')
    _centered(d, "trên địa bàn phường giai đoạn 2021 - 2025")
    d.add_heading("I. KẾT QUẢ", level=1)
    d.add_paragraph("Toàn phường xây dựng 48 mô hình, trong đó 12 mô hình được cấp tỉnh công nhận.")
    d.add_heading("II. PHƯƠNG HƯỚNG GIAI ĐOẠN 2026 - 2030", level=1)
    d.add_paragraph('Mỗi tổ dân phố có ít nhất 01 mô hình "Dân vận khéo".')
    table = d.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    p = left.paragraphs[0]
    p.add_run("Nơi nhận:").bold = True
    left.add_paragraph("- Đảng ủy phường (b/c);")
    left.add_paragraph("- Lưu: VT.")
    p = right.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("KT. CHỦ TỊCH")
    r.bold = True
    r.add_break()
    p.add_run("PHÓ CHỦ TỊCH").bold = True
    right.add_paragraph("")
    right.add_paragraph().add_run("Đỗ Hải Yến").bold = True
    d.save(str(path))


def d13(path: Path) -> None:
    """Sở, kế hoạch typed without any heading style or bold: labels typed, section titles in
    capitals, item titles without punctuation, "a)" points, a task table in the body."""
    d = docx.Document()
    _header_table(
        d,
        [
            ("UBND TỈNH PHÙ VÂN", False),
            ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", True),
            ("Số: 940/KH-SNNMT", False),
        ],
        _state_column("Phù Vân, ngày 21 tháng 5 năm 2025"),
    )
    _centered(d, "KẾ HOẠCH")
    _centered(d, "Vận động Nhân dân giữ gìn vệ sinh môi trường nông thôn năm 2025")
    for text in (
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Nâng cao ý thức của người dân trong phân loại rác tại nguồn.",
        "II. NỘI DUNG",
        "1. Tuyên truyền",
        "a) Phát tờ rơi hướng dẫn phân loại rác đến từng hộ;",
        "b) Xây dựng phóng sự trên đài truyền thanh xã.",
        "2. Phân công thực hiện",
    ):
        d.add_paragraph(text)
    table = d.add_table(rows=3, cols=3)
    table.style = "Table Grid"
    rows = [
        ("TT", "Nội dung", "Đơn vị thực hiện"),
        ("1", "In tờ rơi", "Chi cục Bảo vệ môi trường"),
        ("2", "Xây dựng phóng sự", "Trung tâm Khuyến nông"),
    ]
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    d.add_paragraph("III. TỔ CHỨC THỰC HIỆN")
    d.add_paragraph("Các đơn vị báo cáo kết quả về Sở trước ngày 30/11/2025.")
    _closing_table(
        d,
        ["- UBND tỉnh (b/c);", "- Lưu: VT, CCBVMT."],
        [("KT. GIÁM ĐỐC", True), ("PHÓ GIÁM ĐỐC", True), ("", False), ("Ninh Văn Quyết", True)],
    )
    d.save(str(path))


BUILDERS: dict[str, Callable[[Path], None]] = {
    f"{f.__name__}.docx": f
    for f in (d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12, d13)
}


def build_all(folder: Path) -> dict[str, Path]:
    """Every holdout .docx written into folder; name → path."""
    out = {}
    for name, build in BUILDERS.items():
        path = folder / name
        build(path)
        out[name] = path
    return out
