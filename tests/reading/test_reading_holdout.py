"""The holdout audit (audit4): fictional reports and plans written by a new user from the
documentation alone, after the reader's authors had finished, to measure the reader on
documents it had not been shown: 14 plain-text copies (portal, PDF), 6 Markdown exports and
13 Word files typed as a clerk types them (``holdout_docx``: header table, "Heading 1/2",
Word's automatic "List Number", bold runs, tables). The first 20 (t01-t08, m01-m04,
d01-d08) were the audit's own round; t09-t11, m05-m06, d09-d11 a second and t12-t14,
d12-d13 a third, each written after the round before had read right, to try harder layouts.

The expectations were written from each document before it was read, in the compact form of
``test_reading_unseen`` (``"label|title"`` sections, ``"¶"`` paragraphs, ``"-2"`` bullet
lists, ``"table 4x3"``, ``"indicators 4"``). Three were corrected after reading, each to a
documented rule, not to the reader's output: "Thực hiện …" opens a basis (docs/glossary.md),
Word's bullets are "-" in the model (BULLET_MARKERS), a run-in title keeps its colon.

Below them, a test for each fault the audit found, by the form of the construct.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import docx
import pytest
from holdout_docx import BUILDERS
from nothing_lost import assert_nothing_lost
from test_reading_docx_word_forms import read as read_word
from test_reading_unseen import Expect, Sig, _as_read, _rows

import danvan
from danvan.model import (
    Authority,
    BulletList,
    Document,
    DocumentStatus,
    IndicatorTable,
    Paragraph,
    PartialDate,
    Plan,
    Ratio,
    Report,
    Section,
    Text,
)
from danvan.reading import read, read_text

HOLDOUT = Path(__file__).parent / "holdout"
TEXTS = sorted(HOLDOUT.iterdir())

_TM, _KT = Authority.TM, Authority.KT
_UBND = "ỦY BAN NHÂN DÂN"

EXPECTED: dict[str, Expect] = {
    "t01-dang-uy-phuong-so-ket-portal.txt": Expect(
        Report,
        "21-BC/ĐU",
        "ĐẢNG ỦY PHƯỜNG BẾN NGỰ",
        "ĐẢNG BỘ TỈNH LAM GIANG",
        "Bến Ngự",
        dt.date(2025, 7, 14),
        "sơ kết 6 tháng đầu năm 2025 công tác dân vận của Đảng bộ phường",
        [
            "I|TÌNH HÌNH CHUNG",
            ["¶"],
            "II|KẾT QUẢ THỰC HIỆN",
            [
                "1|Công tác tuyên truyền, vận động",
                ["¶"],
                '2|Xây dựng mô hình "Dân vận khéo"',
                ["-2"],
            ],
            "III|PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM",
            ["1|", ["¶"], "2|", ["¶"]],
        ],
        bases=1,  # "Thực hiện …" opens a basis (docs/glossary.md: Căn cứ / Thực hiện)
        recipients=[("Ban Dân vận Tỉnh ủy", "b/c"), ("Các chi bộ trực thuộc", None)],
        archive=("Văn phòng Đảng ủy",),
        signature=Sig(_TM, "ĐẢNG ỦY", "PHÓ BÍ THƯ", "Hoàng Minh Khuê"),
    ),
    "t02-ubnd-xa-ke-hoach-bang-o.txt": Expect(
        Plan,
        "133/KH-UBND",
        "ỦY BAN NHÂN DÂN XÃ THẠCH LĨNH",
        None,
        "Thạch Lĩnh",
        dt.date(2025, 10, 2),
        'Triển khai mô hình "Dân vận khéo" trong xây dựng nông thôn mới quý IV năm 2025',
        [
            "I|MỤC ĐÍCH, YÊU CẦU",
            ["1|", ["¶"], "2|", ["¶"]],
            "II|NHIỆM VỤ CỤ THỂ",
            ["table 4x3"],
            "III|TỔ CHỨC THỰC HIỆN",
            ["¶"],
        ],
        recipients=[("Đảng ủy xã", "b/c"), ("Các thôn", None)],
        archive=("VT",),
        signature=Sig(_KT, "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Thị Ngọc Hân", on_behalf_of=_UBND),
    ),
    "t03-so-van-hoa-pdf-trang.txt": Expect(
        Report,
        "612/BC-SVHTTDL",
        "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
        "UBND TỈNH PHÙ VÂN",
        "Phù Vân",
        dt.date(2025, 11, 20),
        "Kết quả thực hiện Quy chế dân chủ trong hoạt động của Sở năm 2025",
        [
            "I|KẾT QUẢ THỰC HIỆN",
            [
                "1|Công khai thông tin",
                ["¶"],
                "2|Hội nghị cán bộ, công chức, viên chức",
                ["¶"],
            ],
            "II|TỒN TẠI, HẠN CHẾ",
            ["¶"],
            "III|KIẾN NGHỊ",
            ["¶"],
        ],
        addressees=("Ủy ban nhân dân tỉnh Phù Vân",),
        recipients=[("Sở Nội vụ", None)],
        as_above=True,
        archive=("VT", "VP"),
        signature=Sig(None, "GIÁM ĐỐC", None, "Đinh Quốc Trung"),
        footnotes=("Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 ngày 10/11/2022.",),
    ),
    "t04-mttq-xa-kinh-gui-phu-luc.txt": Expect(
        Report,
        "09/BC-MTTQ",
        "ỦY BAN MTTQ VIỆT NAM XÃ SUỐI RÊU",
        "ỦY BAN MTTQ VIỆT NAM TỈNH LAM GIANG",
        "Suối Rêu",
        dt.date(2025, 12, 25),
        "Tổng kết công tác giám sát và phản biện xã hội năm 2025",
        ["I|KẾT QUẢ ĐẠT ĐƯỢC", ["¶"], "II|PHƯƠNG HƯỚNG NĂM 2026", ["¶"]],
        addressees=("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lam Giang", "Đảng ủy xã Suối Rêu"),
        recipients=[],
        as_above=True,
        archive=("VT",),
        signature=Sig(_TM, "BAN THƯỜNG TRỰC", "CHỦ TỊCH", "Vi Thị Dung"),
        appendices=[
            (
                "PHỤ LỤC",
                "SỐ LIỆU GIÁM SÁT NĂM 2025",
                "(Kèm theo Báo cáo số 09/BC-MTTQ ngày 25/12/2025)",
                ["indicators 4"],
            )
        ],
        indicators=[
            [
                (None, "Số cuộc giám sát chuyên đề", "Count", []),
                (
                    None,
                    "Số kiến nghị sau giám sát",
                    "Count",
                    [
                        (None, "đã giải quyết", "Count", []),
                        (None, "đang giải quyết", "Count", []),
                    ],
                ),
                (None, "Kinh phí hoạt động giám sát", "Money", []),
                (None, "Số hội nghị phản biện xã hội", "Count", []),
            ]
        ],
    ),
    "t05-so-noi-vu-khong-dau.txt": Expect(
        Report,
        None,
        None,
        None,
        None,
        None,
        "Tổng kết 5 năm thực hiện công tác dân vận chính quyền giai đoạn 2021 - 2025",
        [
            "I|ĐÁNH GIÁ KẾT QUẢ",
            ["1|Ưu điểm", ["¶"], "2|Hạn chế", ["¶"]],
            "II|BÀI HỌC KINH NGHIỆM",
            ["¶"],
        ],
        recipients=[("Ủy ban nhân dân tỉnh", None)],
        archive=("VT", "CCVC"),
        signature=Sig(None, "GIÁM ĐỐC", None, "Tạ Văn Khải"),
        status=DocumentStatus.AS_READ,
    ),
    "t06-ban-dan-van-ke-hoach-gach.txt": Expect(
        Plan,
        "57-KH/BDVTU",
        "BAN DÂN VẬN",
        "TỈNH ỦY PHÙ VÂN",
        "Phù Vân",
        dt.date(2026, 1, 8),
        'tổ chức Hội thi "Dân vận khéo" các cấp năm 2026',
        [
            "I|MỤC ĐÍCH, YÊU CẦU",
            ["1|", ["¶"], "2|", ["¶"]],
            "II|NỘI DUNG, HÌNH THỨC",
            [
                "1|Đối tượng dự thi",
                ["a|", ["¶"], "b|", ["¶"]],
                "2|Hình thức thi",
                ["¶"],
            ],
            "III|TỔ CHỨC THỰC HIỆN",
            ["¶"],
        ],
        recipients=[("Thường trực Tỉnh ủy", "b/c"), ("Ban Dân vận các đảng ủy trực thuộc", None)],
        archive=("Văn phòng Ban",),
        signature=Sig(_KT, "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Mạc Thị Huyền"),
    ),
    "t07-ubnd-phuong-ky-so.txt": Expect(
        Report,
        "240/BC-UBND",
        "ỦY BAN NHÂN DÂN PHƯỜNG HÀ TÂY",
        None,
        "Hà Tây",
        dt.date(2025, 11, 5),
        "Kết quả tiếp công dân và giải quyết đơn thư 10 tháng năm 2025",
        [
            "1|Tình hình tiếp công dân",
            ["¶"],
            "2|Kết quả giải quyết đơn thư",
            ["¶"],
            "3|Nhiệm vụ thời gian tới",
            ["¶"],
        ],
        recipients=[("Thanh tra tỉnh", None)],
        archive=("VT",),
        signature=Sig(
            None,
            "CHỦ TỊCH",
            None,
            "Đoàn Văn Sáng",
            notes=(
                "Ký bởi: Ủy ban nhân dân phường Hà Tây",
                "Email: hatay@lamgiang.gov.vn",
                "Thời gian ký: 05.11.2025 16:42:10 +07:00",
            ),
        ),
    ),
    "t08-hoi-nong-dan-bang-tab.txt": Expect(
        Report,
        "18/BC-HND",
        "HỘI NÔNG DÂN XÃ ĐÔNG CAO",
        "HỘI NÔNG DÂN TỈNH LAM GIANG",
        "Đông Cao",
        dt.date(2025, 6, 30),
        "Kết quả phong trào nông dân sản xuất, kinh doanh giỏi 6 tháng đầu năm 2025",
        ["I|KẾT QUẢ", ["¶", "table 4x3"], "II|NHIỆM VỤ 6 THÁNG CUỐI NĂM", ["-2"]],
        recipients=[("Hội Nông dân tỉnh", None), ("Đảng ủy xã", None)],
        archive=("VP",),
        signature=Sig(_TM, "BAN THƯỜNG VỤ", "CHỦ TỊCH", "Lục Văn Thuận"),
    ),
    "m01-ubnd-xa-bao-cao-heading.md": Expect(
        Report,
        "77/BC-UBND",
        "ỦY BAN NHÂN DÂN XÃ NA LƯƠNG",
        None,
        "Na Lương",
        dt.date(2025, 12, 10),
        "Kết quả thực hiện dân chủ ở cơ sở năm 2025",
        [
            "I|KẾT QUẢ THỰC HIỆN",
            [
                "1|Công khai thông tin",
                ["¶"],
                "2|Nhân dân bàn và quyết định",
                ["¶"],
            ],
            "II|KIẾN NGHỊ",
            ["¶"],
        ],
        recipients=[("Đảng ủy xã", "b/c")],
        archive=("VT",),
        signature=Sig(_TM, _UBND, "CHỦ TỊCH", "Bế Văn Lợi"),
    ),
    "m02-phuong-ke-hoach-pipe.md": Expect(
        Plan,
        "301/KH-UBND",
        "ỦY BAN NHÂN DÂN PHƯỜNG CẨM LỆ",
        None,
        "Cẩm Lệ",
        dt.date(2025, 9, 15),
        "Tổ chức đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân năm 2025",
        [
            "I|MỤC ĐÍCH",
            ["¶"],
            "II|NHIỆM VỤ",
            ["table 4x2"],
            "III|TỔ CHỨC THỰC HIỆN",
            ["¶"],
        ],
        recipients=[("Thường trực Đảng ủy phường", None)],
        archive=("VT",),
        signature=Sig(None, "CHỦ TỊCH", None, "Phan Thanh Tùng"),
    ),
    "m03-dang-uy-xa-tieu-de-dam.md": Expect(
        Report,
        "45-BC/ĐU",
        "ĐẢNG ỦY XÃ KIM SƠN",
        "ĐẢNG BỘ TỈNH PHÙ VÂN",
        "Kim Sơn",
        dt.date(2025, 12, 18),
        "Tổng kết công tác dân vận năm 2025",
        [
            "I|KẾT QUẢ LÃNH ĐẠO",
            [
                "1|Công tác quán triệt",
                ["¶"],
                "2|Kết quả thực hiện phong trào thi đua",
                ["-2"],
            ],
            "II|PHƯƠNG HƯỚNG NĂM 2026",
            ["¶"],
        ],
        recipients=[("Ban Dân vận Tỉnh ủy", None)],
        archive=("Văn phòng Đảng ủy",),
        signature=Sig(_TM, "ĐẢNG ỦY", "BÍ THƯ", "Nông Thị Mơ"),
    ),
    "m04-so-y-te-phu-luc-danh-sach.md": Expect(
        Report,
        "1450/BC-SYT",
        "SỞ Y TẾ",
        "UBND TỈNH LAM GIANG",
        "Lam Giang",
        dt.date(2025, 12, 22),
        "Kết quả thực hiện Quy chế dân chủ tại các cơ sở y tế năm 2025",
        ["I|KẾT QUẢ", ["¶"], "II|ĐỀ XUẤT", ["¶"]],
        addressees=("Ủy ban nhân dân tỉnh Lam Giang",),
        recipients=[],
        as_above=True,
        archive=("VT", "TCCB"),
        signature=Sig(None, "GIÁM ĐỐC", None, "Hà Thị Thu Trang"),
        appendices=[
            (
                "PHỤ LỤC",
                "SỐ LIỆU THỰC HIỆN QUY CHẾ DÂN CHỦ NĂM 2025",
                "(Kèm theo Báo cáo số 1450/BC-SYT ngày 22/12/2025 của Sở Y tế)",
                ["indicators 3"],
            )
        ],
        indicators=[
            [
                (None, "Số đơn vị tổ chức hội nghị người lao động", "Ratio", []),
                (None, "Số ý kiến đóng góp của người lao động", "Count", []),
                (None, "Số vụ khiếu nại, tố cáo", "TextValue", []),
            ]
        ],
    ),
    "d01.docx": Expect(
        Report,
        "58/BC-UBND",
        "ỦY BAN NHÂN DÂN XÃ VÂN KHÊ",
        None,
        "Vân Khê",
        dt.date(2025, 6, 12),
        "Sơ kết 6 tháng thực hiện công tác dân vận chính quyền năm 2025",
        [
            "I|KẾT QUẢ THỰC HIỆN",
            [
                "1|Công tác chỉ đạo",
                ["¶"],
                "2|Kết quả cụ thể",
                ["¶"],
            ],
            "II|NHIỆM VỤ 6 THÁNG CUỐI NĂM",
            ["¶"],
        ],
        recipients=[("Đảng ủy xã", "b/c")],
        archive=("VT",),
        signature=Sig(_TM, _UBND, "CHỦ TỊCH", "Lò Văn Pấng"),
    ),
    "d02.docx": Expect(
        Plan,
        "412/KH-UBND",
        "ỦY BAN NHÂN DÂN PHƯỜNG NGỌC TRÌ",
        None,
        "Ngọc Trì",
        dt.date(2025, 11, 3),
        "Thực hiện Quy chế dân chủ ở cơ sở năm 2026",
        [
            "I|MỤC ĐÍCH, YÊU CẦU",
            ["1|", ["¶"], "2|", ["¶"], "3|", ["¶"]],
            "II|NHIỆM VỤ",
            ["table 4x2"],
            "III|TỔ CHỨC THỰC HIỆN",
            ["¶"],
        ],
        recipients=[("UBND tỉnh", "b/c")],
        archive=("VT",),
        signature=Sig(_KT, "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Vũ Thị Lan Anh"),
    ),
    "d03.docx": Expect(
        Report,
        "33-BC/ĐU",
        "ĐẢNG ỦY XÃ TÂN HƯƠNG",
        "ĐẢNG BỘ TỈNH LAM GIANG",
        "Tân Hương",
        dt.date(2025, 11, 28),
        "kết quả lãnh đạo công tác dân vận năm 2025",
        [
            "I|CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO",
            ["¶"],
            "II|KẾT QUẢ THỰC HIỆN",
            [
                "1|Khối dân vận xã",
                ["¶"],
                "2|Các đoàn thể chính trị - xã hội",
                ["¶"],
            ],
        ],
        recipients=[("Ban Dân vận Tỉnh ủy", None)],
        archive=("Văn phòng Đảng ủy",),
        signature=Sig(_TM, "BAN THƯỜNG VỤ", "BÍ THƯ", "Hà Văn Chiến"),
    ),
    "d04.docx": Expect(
        Report,
        "2071/BC-SXD",
        "SỞ XÂY DỰNG",
        "UBND TỈNH PHÙ VÂN",
        "Phù Vân",
        dt.date(2025, 12, 19),
        "Tổng kết công tác dân vận của Sở Xây dựng năm 2025",
        [
            "I|KẾT QUẢ ĐẠT ĐƯỢC",
            ["¶"],
            "II|HẠN CHẾ, NGUYÊN NHÂN",
            ["-2"],
            "III|NHIỆM VỤ NĂM 2026",
            ["¶"],
        ],
        addressees=("Ủy ban nhân dân tỉnh Phù Vân", "Ban Dân vận Tỉnh ủy Phù Vân"),
        closing=1,
        recipients=[],
        as_above=True,
        archive=("VT", "VP"),
        signature=Sig(None, "GIÁM ĐỐC", None, "Quách Đình Hưng"),
    ),
    "d05.docx": Expect(
        Report,
        "31/BC-MTTQ-BTT",
        "ỦY BAN MTTQ VIỆT NAM PHƯỜNG ĐÔNG HỒ",
        "ỦY BAN MTTQ VIỆT NAM TỈNH LAM GIANG",
        "Đông Hồ",
        dt.date(2025, 10, 16),
        'Kết quả cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa" năm 2025',
        ["I|KẾT QUẢ", ["¶", "¶"], "II|KIẾN NGHỊ", ["¶"]],
        recipients=[("Ủy ban MTTQ Việt Nam tỉnh", None), ("Đảng ủy phường", None)],
        archive=("VT",),
        signature=Sig(_TM, "BAN THƯỜNG TRỰC", "PHÓ CHỦ TỊCH", "Tống Thị Bích"),
    ),
    "d06.docx": Expect(
        Report,
        "905/BC-SNV",
        "SỞ NỘI VỤ",
        "UBND TỈNH LAM GIANG",
        "Lam Giang",
        dt.date(2025, 8, 7),
        "Tình hình tổ chức bộ máy xã, phường sau sắp xếp",
        ["I|TÌNH HÌNH CHUNG", ["¶"], "II|ĐỀ XUẤT", ["¶"]],
        recipients=[("Bộ Nội vụ", None), ("UBND tỉnh", None)],
        archive=("VT", "XDCQ"),
        signature=Sig(None, "GIÁM ĐỐC", None, "Chu Minh Phương"),
        appendices=[
            (
                "PHỤ LỤC",
                "SỐ LƯỢNG ĐƠN VỊ HÀNH CHÍNH CẤP XÃ SAU SẮP XẾP",
                "(Kèm theo Báo cáo số 905/BC-SNV ngày 07/8/2025 của Sở Nội vụ)",
                ["indicators 3"],
            )
        ],
        indicators=[
            [
                (None, "Số xã", "Count", []),
                (None, "Số phường", "Count", []),
                (None, "Số cán bộ, công chức cấp xã", "Count", []),
            ]
        ],
    ),
    # Word goes on counting one "List Number" list across the headings: the clerk sees 3, 4
    "d07.docx": Expect(
        Plan,
        "14-KH/BDVHU",
        "BAN DÂN VẬN",
        "HUYỆN ỦY BẮC LŨY",
        "Bắc Lũy",
        dt.date(2025, 2, 20),
        "Khảo sát tình hình Nhân dân tại các thôn đặc biệt khó khăn năm 2025",
        [
            "I|MỤC ĐÍCH",
            ["1|", ["¶"], "2|", ["¶"]],
            "II|NỘI DUNG KHẢO SÁT",
            ["3|", ["¶"], "4|", ["¶"]],
        ],
        recipients=[("Thường trực Huyện ủy", "b/c")],
        archive=("Văn phòng Ban",),
        signature=Sig(None, "TRƯỞNG BAN", None, "Sầm Văn Kiên"),
    ),
    "d08.docx": Expect(
        Report,
        "96/BC-UBND",
        "ỦY BAN NHÂN DÂN PHƯỜNG LÊ LỢI",
        None,
        "Lê Lợi",
        dt.date(2025, 9, 9),
        'Kết quả thực hiện mô hình "Phường thân thiện với Nhân dân" quý III năm 2025',
        [
            "I|KẾT QUẢ",
            [
                "1|Cải cách hành chính",
                ["¶", "¶"],
                "2|Tiếp nhận phản ánh",
                ["-2"],
            ],
            "II|NHIỆM VỤ QUÝ IV",
            ["¶"],
        ],
        closing=1,
        recipients=[("UBND tỉnh", None)],
        archive=("VT",),
        signature=Sig(_TM, _UBND, "CHỦ TỊCH", "Giang Văn Định"),
    ),
    # the second batch, written after the first read right, to try harder layouts
    "t09-ubnd-xa-pdf-hai-cot-ket.txt": Expect(
        Report,
        "205/BC-UBND",
        "ỦY BAN NHÂN DÂN XÃ PHÚ LỘC",
        None,
        "Phú Lộc",
        dt.date(2025, 12, 11),
        "Kết quả thực hiện Quy chế dân chủ ở cơ sở năm 2025",
        [
            "I|KẾT QUẢ THỰC HIỆN",
            [
                "1.1|Công khai thông tin",
                ["¶"],
                "1.2|Nhân dân bàn và quyết định",
                ["¶"],
            ],
            "II|TỒN TẠI",
            ["¶"],
        ],
        recipients=[("UBND tỉnh", "b/c"), ("Đảng ủy xã", "b/c")],
        archive=("VT",),
        signature=Sig(_TM, _UBND, "CHỦ TỊCH", "Trịnh Công Lý"),
    ),
    "t10-so-ke-hoach-phan-thu.txt": Expect(
        Plan,
        "1720/KH-SGDĐT",
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
        "UBND TỈNH LAM GIANG",
        "Lam Giang",
        dt.date(2025, 9, 5),
        "Thực hiện công tác dân vận trong ngành giáo dục năm học 2025 - 2026",
        [
            "Phần thứ nhất|ĐÁNH GIÁ NĂM HỌC 2024 - 2025",
            ["¶"],
            "Phần thứ hai|NHIỆM VỤ NĂM HỌC 2025 - 2026",
            [
                "I|NHIỆM VỤ CHUNG",
                ["¶"],
                "II|NHIỆM VỤ CỤ THỂ",
                [
                    "1|Đối với các trường học",
                    ["a|", ["¶"], "b|", ["¶"]],
                    "2|Đối với các phòng chuyên môn",
                    ["¶"],
                ],
            ],
        ],
        recipients=[("Các trường THPT trực thuộc", "để thực hiện")],
        archive=("VT", "VP"),
        signature=Sig(_KT, "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Mông Thị Hạnh"),
    ),
    "t11-dang-uy-xa-tl-va-cong.txt": Expect(
        Report,
        "61-BC/ĐU",
        "ĐẢNG ỦY XÃ NGỌC SƠN",
        "ĐẢNG BỘ TỈNH PHÙ VÂN",
        "Ngọc Sơn",
        dt.date(2025, 12, 2),
        'kết quả thực hiện phong trào thi đua "Dân vận khéo" năm 2025',
        ["1|Kết quả", ["-2"], "2|Kiến nghị", ["¶"]],
        recipients=[("Ban Dân vận Tỉnh ủy", None)],
        archive=("Văn phòng Đảng ủy",),
        signature=Sig(Authority.TL, "BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG", "Hoàng Thị Phượng"),
    ),
    "m05-phuong-bao-cao-danh-so-md.md": Expect(
        Report,
        "88/BC-UBND",
        "ỦY BAN NHÂN DÂN PHƯỜNG TRÀNG AN",
        None,
        "Tràng An",
        dt.date(2025, 9, 30),
        "Sơ kết 9 tháng thực hiện công tác dân vận chính quyền năm 2025",
        ["I|KẾT QUẢ", ["1|", ["¶"], "2|", ["¶"]], "II|NHIỆM VỤ QUÝ IV", ["-2"]],
        recipients=[("UBND tỉnh", None)],
        archive=("VT",),
        signature=Sig(_KT, "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lương Văn Tín"),
    ),
    "m06-mttq-tinh-ke-hoach-bang-html.md": Expect(
        Plan,
        "152/KH-MTTQ-BTT",
        "BAN THƯỜNG TRỰC",
        "ỦY BAN MTTQ VIỆT NAM TỈNH PHÙ VÂN",
        "Phù Vân",
        dt.date(2025, 3, 12),
        "Giám sát việc thực hiện chính sách bảo hiểm y tế cho người dân tộc thiểu số năm 2025",
        [
            "1|Mục đích",
            ["¶"],
            "2|Nội dung và tiến độ",
            ["table 4x3"],
            "3|Tổ chức thực hiện",
            ["¶"],
        ],
        recipients=[("Thường trực Tỉnh ủy", "b/c"), ("Bảo hiểm xã hội tỉnh", None)],
        archive=("VT",),
        signature=Sig(_TM, "BAN THƯỜNG TRỰC", "PHÓ CHỦ TỊCH", "Lầu Thị Mai"),
    ),
    "d09.docx": Expect(
        Report,
        "147/BC-UBND",
        "ỦY BAN NHÂN DÂN XÃ HƯNG ĐẠO",
        None,
        "Hưng Đạo",
        dt.date(2025, 11, 24),
        "Kết quả hòa giải ở cơ sở năm 2025",
        ["I|KẾT QUẢ", ["¶"], "II|KIẾN NGHỊ", ["¶"]],
        recipients=[("Phòng Tư pháp", "b/c")],
        archive=("VT", "TP"),
        signature=Sig(None, "CHỦ TỊCH", None, "Nguyễn Thị Bảo Ngọc"),
    ),
    "d10.docx": Expect(
        Report,
        "388/BC-STP",
        "SỞ TƯ PHÁP",
        "UBND TỈNH LAM GIANG",
        "Lam Giang",
        dt.date(2025, 4, 14),
        "Kết quả phổ biến, giáo dục pháp luật cho đồng bào vùng cao quý I năm 2025",
        [
            "I|KẾT QUẢ",
            [
                "1|Hình thức phổ biến",
                ["a|", ["¶"], "b|", ["¶"]],
                "2|Số lượt người được phổ biến",
                ["¶"],
            ],
            "II|PHƯƠNG HƯỚNG QUÝ II",
            ["¶"],
        ],
        addressees=("Ủy ban nhân dân tỉnh Lam Giang",),
        closing=1,
        recipients=[],
        as_above=True,
        archive=("VT", "PBGDPL"),
        signature=Sig(_KT, "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Hứa Văn Nam"),
    ),
    "d11.docx": Expect(
        Plan,
        "05-KH/BDV",
        "BAN DÂN VẬN",
        "ĐẢNG ỦY XÃ LONG PHÚ",
        "Long Phú",
        dt.date(2026, 1, 10),
        "công tác dân vận năm 2026",
        [
            "I|MỤC ĐÍCH, YÊU CẦU",
            ["-2"],
            "II|NHIỆM VỤ",
            [
                "1|Công tác tuyên truyền",
                ["¶"],
                "2|Nhiệm vụ cụ thể",
                ["¶"],
            ],
        ],
        recipients=[("Thường trực Đảng ủy", "b/c")],
        archive=("Ban Dân vận",),
        signature=Sig(None, "TRƯỞNG BAN", None, "Thạch Thị Sa Rinh"),
        appendices=[
            (
                "PHỤ LỤC",
                "NHIỆM VỤ CỤ THỂ NĂM 2026",
                "(Kèm theo Kế hoạch số 05-KH/BDV ngày 10/01/2026 của Ban Dân vận Đảng ủy)",
                ["table 4x2"],
            )
        ],
    ),
    # the third batch: a draft, a cell-per-line appendix table with its total, portal fields
    "t12-du-thao-ngay-trong.txt": Expect(
        Plan,
        "/KH-UBND",
        "ỦY BAN NHÂN DÂN XÃ YÊN MỸ",
        None,
        "Yên Mỹ",
        PartialDate(year=2025, month=12),
        "Sơ kết 03 năm thực hiện Kết luận số 120-KL/TW ngày 07/01/2016 của Ban Bí thư về "
        "công tác dân vận trên địa bàn xã",
        [
            "I|MỤC ĐÍCH, YÊU CẦU",
            ["¶"],
            "II|NỘI DUNG",
            ["1.2.1|", ["¶"]],
            "III|KIẾN NGHỊ, ĐỀ XUẤT:",
            ["¶"],  # a run-in title keeps its colon
        ],
        recipients=[("Đảng ủy xã", None)],
        archive=("VT",),
        signature=Sig(None, "CHỦ TỊCH", None, "Đào Văn Thịnh", notes=("(Ký, đóng dấu)",)),
        status=DocumentStatus.DRAFT,
    ),
    "t13-phu-luc-bang-o-tong.txt": Expect(
        Report,
        "15/BC-SDTTG",
        "SỞ DÂN TỘC VÀ TÔN GIÁO",
        "ỦY BAN NHÂN DÂN TỈNH PHÙ VÂN",
        "Phù Vân",
        dt.date(2025, 12, 3),
        "Kết quả công tác dân vận vùng đồng bào dân tộc thiểu số năm 2025",
        ["I|KẾT QUẢ", ["¶"], "II|NHIỆM VỤ NĂM 2026", ["¶"]],
        recipients=[("UBND tỉnh", None)],
        archive=("VT", "CSDT"),
        signature=Sig(None, "GIÁM ĐỐC", None, "Ma Văn Tiến"),
        appendices=[
            (
                "PHỤ LỤC",
                "SỐ HỘI NGHỊ GẶP MẶT NGƯỜI CÓ UY TÍN NĂM 2025",
                "(Kèm theo Báo cáo số 15/BC-SDTTG ngày 03/12/2025 của Sở Dân tộc và Tôn giáo)",
                ["table 4x3"],
            )
        ],
    ),
    "t14-cong-thong-tin-truong.txt": Expect(
        Report,
        "72/BC-UBND",
        "ỦY BAN NHÂN DÂN XÃ ĐỒNG VĂN",
        None,
        "Đồng Văn",
        dt.date(2025, 10, 18),
        "Kết quả vận động Nhân dân xóa nhà tạm, nhà dột nát năm 2025",
        ["?", "1|Kết quả", ["¶"], "2|Đề xuất", ["¶"]],
        recipients=[("Ban Chỉ đạo tỉnh", "b/c")],
        archive=("VT",),
        signature=Sig(_TM, _UBND, "CHỦ TỊCH", "Vàng Seo Chứ", notes=("(Đã ký)",)),
    ),
    "d12.docx": Expect(
        Report,
        "310/BC-UBND",
        "ỦY BAN NHÂN DÂN PHƯỜNG HOA LƯ",
        None,
        "Hoa Lư",
        dt.date(2025, 12, 26),
        'Tổng kết 05 năm thực hiện phong trào thi đua "Dân vận khéo" trên địa bàn phường '
        "giai đoạn 2021 - 2025",
        ["I|KẾT QUẢ", ["¶"], "II|PHƯƠNG HƯỚNG GIAI ĐOẠN 2026 - 2030", ["¶"]],
        recipients=[("Đảng ủy phường", "b/c")],
        archive=("VT",),
        signature=Sig(_KT, "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đỗ Hải Yến"),
    ),
    "d13.docx": Expect(
        Plan,
        "940/KH-SNNMT",
        "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
        "UBND TỈNH PHÙ VÂN",
        "Phù Vân",
        dt.date(2025, 5, 21),
        "Vận động Nhân dân giữ gìn vệ sinh môi trường nông thôn năm 2025",
        [
            "I|MỤC ĐÍCH, YÊU CẦU",
            ["¶"],
            "II|NỘI DUNG",
            [
                "1|Tuyên truyền",
                ["a|", ["¶"], "b|", ["¶"]],
                "2|Phân công thực hiện",
                ["table 3x2"],
            ],
            "III|TỔ CHỨC THỰC HIỆN",
            ["¶"],
        ],
        recipients=[("UBND tỉnh", "b/c")],
        archive=("VT", "CCBVMT"),
        signature=Sig(_KT, "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Ninh Văn Quyết"),
    ),
}


def test_every_holdout_document_has_an_expectation() -> None:
    names = [path.name for path in TEXTS] + sorted(BUILDERS)
    assert sorted(EXPECTED) == sorted(names)
    assert len(names) == 33


@pytest.mark.parametrize("path", TEXTS, ids=[p.name for p in TEXTS])
def test_holdout_text_reads_with_nothing_lost(path: Path) -> None:
    assert_nothing_lost(path.read_text(encoding="utf-8"), read(path), path.name)


@pytest.mark.parametrize("path", TEXTS, ids=[p.name for p in TEXTS])
def test_holdout_text_structure_as_a_clerk_reads_it(path: Path) -> None:
    expected = attrs.asdict(EXPECTED[path.name], recurse=False)
    assert _as_read(read(path)) == expected


@pytest.mark.parametrize("name", sorted(BUILDERS))
def test_holdout_word_file_structure_as_a_clerk_reads_it(name: str, tmp_path: Path) -> None:
    path = tmp_path / name
    BUILDERS[name](path)
    # read_word also checks that every paragraph and cell Word shows is in the text rendering
    document = read_word(path.read_bytes())
    expected = attrs.asdict(EXPECTED[name], recurse=False)
    assert _as_read(document) == expected


# --- faults the holdout found, asserted by the form of the construct --------------------------

_DRAFT = (
    "ỦY BAN NHÂN DÂN\nXÃ YÊN MỸ\nDỰ THẢO\n\nSố:      /KH-UBND\n\n{date}\n\n"
    "KẾ HOẠCH\nKiểm tra công tác dân vận năm 2026\n\nI. MỤC ĐÍCH\nNắm tình hình.\n\n"
    "Nơi nhận:\n- Lưu: VT.\n\nCHỦ TỊCH\n\nĐào Văn Thịnh\n"
)


@pytest.mark.parametrize(
    ("line", "month"),
    [
        ("Yên Mỹ, ngày    tháng 12 năm 2025", 12),
        ("Yên Mỹ, ngày      tháng      năm 2025", None),
        ("Yên Mỹ, ngày\t\ttháng 12 năm 2025", 12),
    ],
)
def test_a_drafts_blank_day_is_no_column_gap(line: str, month: int | None) -> None:
    """The spaces a draft leaves for the day or month are the date's blank, not two columns
    of the header joined back with R102 ("split over 2 lines", which it never was)."""
    document = read_text(_DRAFT.format(date=line))
    assert document.status is DocumentStatus.DRAFT
    assert document.place_date is not None
    assert document.place_date.date == PartialDate(year=2025, month=month)
    assert document.origin is not None
    codes = {finding.code for finding in document.origin.findings}
    assert "R102" not in codes or "\t" in line  # tabs are a column gap in any copy


@pytest.mark.parametrize(
    ("line", "month"),
    [
        ("Yên Mỹ, ngày … tháng … năm 2025", None),
        ("Yên Mỹ, ngày ... tháng 12 năm 2025", 12),
        ("Yên Mỹ, ngày ….. tháng ….. năm 2025", None),
        ("Yên Mỹ, ngày....tháng 12 năm 2025", 12),
        ("Yên Mỹ, ngày ...... tháng 12 năm 2025.", 12),
    ],
)
def test_a_drafts_dotted_blank_day_and_month(line: str, month: int | None) -> None:
    """A draft's dotted blanks ("ngày … tháng … năm 2025", the template's form) read as the
    blank day and month; the line is quoted by R106 (printed with spaces for the blanks).
    Before the fix the date was unplaced (R213), so the draft was held as read (no draft mark)."""
    document = read_text(_DRAFT.format(date=line))
    assert document.status is DocumentStatus.DRAFT
    assert document.place_date is not None
    assert document.place_date.place == "Yên Mỹ"
    assert document.place_date.date == PartialDate(year=2025, month=month)
    assert document.origin is not None
    r106 = [f for f in document.origin.findings if f.code == "R106"]
    assert len(r106) == 1
    assert line.rstrip(".") in r106[0].message
    assert r106[0].location is not None
    assert r106[0].location.line == 7
    assert not {"R201", "R207", "R213"} & {f.code for f in document.origin.findings}


def _k705_lines(path: Path) -> list[int | None]:
    result = danvan.check(read(path), select=["K705"])
    return [finding.line for finding in result.findings if finding.code == "K705"]


@pytest.mark.parametrize(
    "name", ["t09-ubnd-xa-pdf-hai-cot-ket.txt", "m05-phuong-bao-cao-danh-so-md.md"]
)
def test_k705_reads_the_recipients_column_without_markup(name: str) -> None:
    """K705 (the Nơi nhận's punctuation) judged a copy's line whole: the signature's column on
    the same line ("- UBND tỉnh (b/c);      CHỦ TỊCH") or Markdown's "<br>" after the ";"
    made a well-punctuated line read as one that does not end with ";"."""
    assert _k705_lines(HOLDOUT / name) == []


@pytest.mark.parametrize(
    ("line", "suffix"),
    [("- UBND tỉnh (b/c)                       CHỦ TỊCH", ".txt"), ("- UBND tỉnh<br>", ".md")],
)
def test_k705_still_reports_a_missing_semicolon_at_its_line(
    line: str, suffix: str, tmp_path: Path
) -> None:
    source = (HOLDOUT / "t09-ubnd-xa-pdf-hai-cot-ket.txt").read_text(encoding="utf-8")
    lines = source.splitlines()
    index = next(i for i, text in enumerate(lines) if text.startswith("- UBND tỉnh (b/c);"))
    lines[index] = line
    path = tmp_path / f"copy{suffix}"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert _k705_lines(path) == [index + 1]


# The period (kỳ) a clerk reads from each subject. "10 tháng" and "năm học 2025 - 2026" are
# no period the model has (docs/reading.md, "What is still not placed"): None.
PERIODS: dict[str, str | None] = {
    "d01.docx": "6 tháng đầu năm 2025",  # "Sơ kết 6 tháng thực hiện … năm 2025" (was "năm 2025")
    "d02.docx": "năm 2026",
    "d03.docx": "năm 2025",
    "d04.docx": "năm 2025",
    "d05.docx": "năm 2025",
    "d06.docx": None,
    "d07.docx": "năm 2025",
    "d08.docx": "Quý III năm 2025",
    "d09.docx": "năm 2025",
    "d10.docx": "Quý I năm 2025",
    "d11.docx": "năm 2026",
    "d12.docx": "giai đoạn 2021-2025",
    "d13.docx": "năm 2025",
    "m01-ubnd-xa-bao-cao-heading.md": "năm 2025",
    "m02-phuong-ke-hoach-pipe.md": "năm 2025",
    "m03-dang-uy-xa-tieu-de-dam.md": "năm 2025",
    "m04-so-y-te-phu-luc-danh-sach.md": "năm 2025",
    "m05-phuong-bao-cao-danh-so-md.md": "9 tháng đầu năm 2025",  # (was "năm 2025")
    "m06-mttq-tinh-ke-hoach-bang-html.md": "năm 2025",
    "t01-dang-uy-phuong-so-ket-portal.txt": "6 tháng đầu năm 2025",
    "t02-ubnd-xa-ke-hoach-bang-o.txt": "Quý IV năm 2025",
    "t03-so-van-hoa-pdf-trang.txt": "năm 2025",
    "t04-mttq-xa-kinh-gui-phu-luc.txt": "năm 2025",
    "t05-so-noi-vu-khong-dau.txt": "giai đoạn 2021-2025",
    "t06-ban-dan-van-ke-hoach-gach.txt": "năm 2026",
    "t07-ubnd-phuong-ky-so.txt": None,
    "t08-hoi-nong-dan-bang-tab.txt": "6 tháng đầu năm 2025",
    "t09-ubnd-xa-pdf-hai-cot-ket.txt": "năm 2025",
    "t10-so-ke-hoach-phan-thu.txt": None,
    "t11-dang-uy-xa-tl-va-cong.txt": "năm 2025",
    "t12-du-thao-ngay-trong.txt": None,
    "t13-phu-luc-bang-o-tong.txt": "năm 2025",
    "t14-cong-thong-tin-truong.txt": "năm 2025",
}


@pytest.mark.parametrize("name", sorted(PERIODS))
def test_holdout_period_as_a_clerk_reads_it(name: str, tmp_path: Path) -> None:
    if name in BUILDERS:
        path = tmp_path / name
        BUILDERS[name](path)
    else:
        path = HOLDOUT / name
    period = getattr(read(path), "period", None)
    assert (None if period is None else str(period)) == PERIODS[name]
    assert sorted(PERIODS) == sorted(EXPECTED)


@pytest.mark.parametrize(
    ("subject", "period"),
    [
        ("Sơ kết 6 tháng thực hiện công tác dân vận chính quyền năm 2025", "6 tháng đầu năm 2025"),
        ("Sơ kết 09 tháng triển khai Quy chế dân chủ năm 2024", "9 tháng đầu năm 2024"),
        ("Kết quả 06 tháng năm 2025", "6 tháng đầu năm 2025"),
        ("Kết quả 6 tháng cuối năm 2025", "6 tháng cuối năm 2025"),
        ("Kết quả hội nghị ngày 6 tháng 3 năm 2025", None),
        ("Sơ kết 16 tháng thực hiện đề án năm 2025", "năm 2025"),
        ("Kết quả công tác năm 2025 sau 6 tháng triển khai", "năm 2025"),
        ("Sơ kết 6 tháng thực hiện công tác dân vận Quý II năm 2025", "Quý II năm 2025"),
    ],
)
def test_six_or_nine_months_of_a_year_with_words_between(subject: str, period: str | None) -> None:
    """ "Sơ kết 6 tháng thực hiện … năm 2025" covers the first six months, not the year."""
    text = f"BÁO CÁO\n{subject}\n\nI. KẾT QUẢ\nĐã thực hiện.\n"
    found = getattr(read_text(text), "period", None)
    assert (None if found is None else str(found)) == period


_SHORT_HEAD = (
    "ỦY BAN NHÂN DÂN\nXÃ ĐỊNH HÓA\n\nSố: 12/BC-UBND\n\nĐịnh Hóa, ngày 05 tháng 3 năm 2025\n\n"
    "BÁO CÁO\nKết quả quý I năm 2025\n\n"
)
_SHORT_TAIL = "\nNơi nhận:\n- Đảng ủy xã;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nLý Văn Sơn\n"


def _run_in_items(document: Document) -> list[tuple[str | None, str | None, list[Any]]]:
    first = document.body[0]
    assert isinstance(first, Section)
    out: list[tuple[str | None, str | None, list[Any]]] = []
    for item in first.blocks:
        assert isinstance(item, Section)
        runs = [
            (type(run).__name__, run.text)
            for block in item.blocks
            if isinstance(block, Paragraph)
            for run in block.runs
        ]
        out.append((item.number, item.title, runs))
    return out


_RUN_IN = [
    ("1", None, [("Emphasis", "Tuyên truyền:"), ("Text", " đã tổ chức 12 buổi.")]),
    ("2", None, [("Emphasis", "Đối thoại:"), ("Text", " 03 cuộc với Nhân dân.")]),
    ("3", "Hòa giải", [("Text", "Hòa giải thành 05 vụ.")]),
]


@pytest.mark.parametrize(
    "body",
    [
        "**1. Tuyên truyền:** đã tổ chức 12 buổi.\n\n**2. Đối thoại:** 03 cuộc với Nhân dân.",
        "1. **Tuyên truyền:** đã tổ chức 12 buổi.\n\n2. **Đối thoại:** 03 cuộc với Nhân dân.",
    ],
)
def test_a_bold_run_in_label_in_markdown_keeps_the_words_as_content(body: str) -> None:
    """ "**1. Tuyên truyền:** đã tổ chức 12 buổi." — the bold starts on the label and stops in
    the line: the item's content with its bold words, as when the bold starts after the label;
    it was read as the title "Tuyên truyền: đã tổ chức 12 buổi." and the bold dropped."""
    text = (
        _SHORT_HEAD
        + "**I. KẾT QUẢ**\n\n"
        + body
        + "\n\n**3. Hòa giải**\n\nHòa giải thành 05 vụ.\n"
        + _SHORT_TAIL
    )
    document = read_text(text, format="markdown")
    assert _run_in_items(document) == _RUN_IN
    assert_nothing_lost(text, document)


def test_a_bold_run_in_label_typed_in_word_keeps_the_words_as_content() -> None:
    """Word: a bold run "1. Tuyên truyền:" then a plain run in one paragraph (the most common
    way a clerk types a numbered item with a run-in title)."""
    word = docx.Document()
    for line in (
        "ỦY BAN NHÂN DÂN XÃ ĐỊNH HÓA",
        "Số: 12/BC-UBND",
        "Định Hóa, ngày 05 tháng 3 năm 2025",
        "BÁO CÁO",
        "Kết quả quý I năm 2025",
    ):
        word.add_paragraph(line)
    word.add_paragraph().add_run("I. KẾT QUẢ").bold = True
    for label, words in (
        ("1. Tuyên truyền:", " đã tổ chức 12 buổi."),
        ("2. Đối thoại:", " 03 cuộc với Nhân dân."),
    ):
        paragraph = word.add_paragraph()
        paragraph.add_run(label).bold = True
        paragraph.add_run(words)
    word.add_paragraph().add_run("3. Hòa giải").bold = True
    word.add_paragraph("Hòa giải thành 05 vụ.")
    for line in ("Nơi nhận:", "- Lưu: VT.", "CHỦ TỊCH", "Lý Văn Sơn"):
        word.add_paragraph(line)
    data = io.BytesIO()
    word.save(data)
    document = read_word(data.getvalue())
    assert _run_in_items(document) == _RUN_IN


@pytest.mark.parametrize("glyph", ["\uf0b7", "\uf0a7", "\uf0d8", "\uf076", "➢", "❖", "■", "►"])
def test_a_pdf_copys_symbol_bullets_are_bullets(glyph: str) -> None:
    """A PDF's text layer gives Word's Symbol and Wingdings bullets as private-use code points
    ("\\uf0b7", shown as "") or as arrows and diamonds ("➢", "❖"): they start bullet items,
    as "•" does; they stayed paragraphs with the glyph as text."""
    text = (
        _SHORT_HEAD
        + f"I. KẾT QUẢ\n{glyph} Tuyên truyền 12 buổi;\n{glyph} Đối thoại 03 cuộc.\n"
        + _SHORT_TAIL
    )
    document = read_text(text)
    section = document.body[0]
    assert isinstance(section, Section)
    assert len(section.blocks) == 1
    bullets = section.blocks[0]
    assert isinstance(bullets, BulletList)
    assert bullets.marker == "-"
    assert [item.content.runs for item in bullets.items] == [
        (Text(text="Tuyên truyền 12 buổi;"),),
        (Text(text="Đối thoại 03 cuộc."),),
    ]
    assert_nothing_lost(text, document)


_PORTAL = HOLDOUT / "t03-so-van-hoa-pdf-trang.txt"


@pytest.mark.parametrize(
    ("name", "spoil"),
    [
        ("every space non-breaking", lambda text: text.replace(" ", "\u00a0")),
        (
            "a few non-breaking",
            lambda text: text.replace("Số: ", "Số:\u00a0").replace("ngày ", "ngày\u202f"),
        ),
        (
            "zero-width spaces",
            lambda text: text.replace("BÁO CÁO", "\u200bBÁO CÁO").replace(
                "Nơi nhận", "Nơi\u200b nhận"
            ),
        ),
        (
            "a word joiner and a BOM inside",
            lambda text: text.replace("GIÁM ĐỐC", "\u2060GIÁM ĐỐC\ufeff"),
        ),
    ],
)
def test_a_web_pages_spaces_and_invisible_characters(name: str, spoil: Any) -> None:
    """Text copied from a portal keeps "&nbsp;" as U+00A0 and zero-width spaces: they read as
    the plain copy does (with R013); a zero-width space before "BÁO CÁO" lost the type and
    the subject, and non-breaking spaces stayed inside the names and titles."""
    source = _PORTAL.read_text(encoding="utf-8")
    plain = read(_PORTAL)
    spoiled = read_text(spoil(source))
    assert _as_read(spoiled) == _as_read(plain), name
    assert spoiled.origin is not None
    assert [f.code for f in spoiled.origin.findings if f.code == "R013"] == ["R013"]
    assert plain.origin is not None
    assert "R013" not in {f.code for f in plain.origin.findings}


@pytest.mark.parametrize(
    ("value", "ratio"),
    [
        ("1.204/1.310 hộ, đạt 91,9%", (1204, 1310, "91.9", "hộ")),
        ("1.204/1.310 hộ đạt 91,9%", (1204, 1310, "91.9", "hộ")),
        ("12/15 xã, đạt 80%", (12, 15, "80", "xã")),
        ("27/27 đơn vị, đạt tỷ lệ: 100%", (27, 27, "100", "đơn vị")),
        ("2.450/2.500", (2450, 2500, None, None)),
    ],
)
def test_an_appendix_ratio_with_thousands_or_dat_alone(
    value: str, ratio: tuple[int, int, str | None, str | None]
) -> None:
    """ "1.204/1.310 hộ, đạt 91,9%": thousands written with dots and "đạt" without "tỷ lệ"
    are a ratio, as "27/27 đơn vị, đạt tỷ lệ: 100%" was; they were kept as bare text."""
    text = (
        _SHORT_HEAD
        + "I. KẾT QUẢ\nĐã làm.\n"
        + _SHORT_TAIL
        + "\nPHỤ LỤC\nSỐ LIỆU QUÝ I NĂM 2025\n\n"
        + f"1. Số hộ đạt danh hiệu gia đình văn hóa: {value}\n2. Số buổi đối thoại: 04\n"
    )
    document = read_text(text)
    table = document.appendices[0].blocks[0]
    assert isinstance(table, IndicatorTable)
    found = table.indicators[0].value
    assert isinstance(found, Ratio)
    numerator, denominator, percent, unit = ratio
    assert (found.numerator, found.denominator, found.unit) == (numerator, denominator, unit)
    assert found.percent == (None if percent is None else Decimal(percent))
    assert_nothing_lost(text, document)


def _appendix_of(items: str) -> Document:
    text = (
        _SHORT_HEAD
        + "I. KẾT QUẢ\nĐã làm.\n"
        + _SHORT_TAIL
        + "\nPHỤ LỤC\nSỐ LIỆU QUÝ I NĂM 2025\n\n"
        + items
    )
    document = read_text(text)
    assert_nothing_lost(text, document)
    return document


def test_an_appendix_of_dashed_indicator_lines() -> None:
    """ "- Số thôn có quy ước: 9/9 thôn" lines (and "+" parts under them) in an appendix are
    indicators, as numbered ones are; they were a bullet list of text."""
    document = _appendix_of(
        "- Số thôn có quy ước: 9/9 thôn\n- Số cuộc họp: 36, trong đó:\n"
        "+ Họp về đường giao thông: 20;\n+ Họp về nhà văn hóa: 16.\n- Số đơn thư: Không\n"
    )
    table = document.appendices[0].blocks[0]
    assert isinstance(table, IndicatorTable)
    assert _rows(table.indicators) == [
        (None, "Số thôn có quy ước", "Ratio", []),
        (None, "Số cuộc họp", "Count", [
            (None, "Họp về đường giao thông", "Count", []),
            (None, "Họp về nhà văn hóa", "Count", []),
        ]),
        (None, "Số đơn thư", "TextValue", []),
    ]  # fmt: skip


def test_an_appendix_of_dashed_prose_stays_a_bullet_list() -> None:
    document = _appendix_of("- Tiếp tục tuyên truyền đến Nhân dân;\n- Làm tốt công tác hòa giải.\n")
    assert [type(block).__name__ for block in document.appendices[0].blocks] == ["BulletList"]
    assert document.origin is not None
    assert not {"R133", "R135"} & {f.code for f in document.origin.findings}
