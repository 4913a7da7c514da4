"""The two header columns copied onto one line with one space (a PDF's text without layout).

"ỦY BAN NHÂN DÂN TỈNH … CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SỞ … Độc lập - Tự do - Hạnh
phúc", "Số: 07/BC-… Cao Điền, ngày …": the right column's fixed phrases (quốc hiệu, tiêu
ngữ, "ĐẢNG CỘNG SẢN VIỆT NAM") and a place and date after the number start a new piece.
Found by the new-user audit: the issuer's name swallowed the national title, and the number
and the date were lost.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import danvan as dv
from danvan.reading.header import split_fragments

_BODY = """
BÁO CÁO
Kết quả công tác dân vận chính quyền tháng 02 năm 2026

I. KẾT QUẢ
Sở tổ chức 03 hội nghị đối thoại với người dân.
"""


@pytest.mark.parametrize(
    ("lines", "parent", "name"),
    [
        (
            [
                "ỦY BAN NHÂN DÂN TỈNH CAO ĐIỀN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "SỞ DỮ LIỆU SỐ Độc lập - Tự do - Hạnh phúc",
                "Số: 07/BC-SDLS Cao Điền, ngày 02 tháng 3 năm 2026",
            ],
            "ỦY BAN NHÂN DÂN TỈNH CAO ĐIỀN",
            "SỞ DỮ LIỆU SỐ",
        ),
        (
            [
                "UBND TỈNH CAO ĐIỀN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "SỞ DỮ LIỆU SỐ ĐỘC LẬP - TỰ DO - HẠNH PHÚC",
                "Số: 07/BC-SDLS Cao Điền, ngày 02 tháng 3 năm 2026",
            ],
            "UBND TỈNH CAO ĐIỀN",
            "SỞ DỮ LIỆU SỐ",
        ),
    ],
)
def test_a_state_header_flattened_onto_single_lines(
    lines: list[str], parent: str, name: str
) -> None:
    document = dv.read_text("\n".join(lines) + "\n" + _BODY)
    assert document.issuer is not None
    assert (document.issuer.parent, document.issuer.name) == (parent, name)
    assert str(document.number) == "07/BC-SDLS"
    assert document.place_date is not None
    assert document.place_date.place == "Cao Điền"
    assert document.place_date.date == dt.date(2026, 3, 2)


def test_a_party_header_flattened_onto_single_lines() -> None:
    pieces = split_fragments("TỈNH ỦY CAO ĐIỀN ĐẢNG CỘNG SẢN VIỆT NAM")
    assert pieces == ["TỈNH ỦY CAO ĐIỀN", "ĐẢNG CỘNG SẢN VIỆT NAM"]
    assert split_fragments("Số 12-BC/TU Cao Điền, ngày 05 tháng 3 năm 2025") == [
        "Số 12-BC/TU",
        "Cao Điền, ngày 05 tháng 3 năm 2025",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Cao Điền, ngày 05 tháng 3 năm 2025",
        "SỞ DỮ LIỆU SỐ",
    ],
)
def test_a_line_holding_one_part_is_not_split(line: str) -> None:
    assert split_fragments(line) == [line]


_WORD = st.text(alphabet="ABCĐỦYÂNỞỮỆUSỐ ", min_size=1, max_size=30)


@given(
    _WORD, st.sampled_from(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"])
)
def test_splitting_keeps_every_character_but_the_joining_spaces(left: str, right: str) -> None:
    line = f"{left} {right}"
    pieces = split_fragments(line)
    assert "".join("".join(p.split()) for p in pieces) == "".join(line.split())
