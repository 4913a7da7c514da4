"""Section labels at the start of a line (danvan.reading.labels): the forms real reports use."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from danvan.reading.labels import LabelKind, split_label
from danvan.vn.numbering import roman as to_roman

_TITLES = st.sampled_from(["KẾT QUẢ", "NHIỆM VỤ, GIẢI PHÁP", "Công tác chỉ đạo", "ĐỀ XUẤT"])


@pytest.mark.parametrize(
    ("line", "kind", "number", "written"),
    [
        ("A. KẾT QUẢ THỰC HIỆN", LabelKind.CAPITAL, "A", "A."),
        ("B- HẠN CHẾ", LabelKind.CAPITAL, "B", "B-"),
        ("Đ) KIẾN NGHỊ", LabelKind.CAPITAL, "Đ", "Đ)"),
        # a lone C or L is a letter of the sequence A, B, C…, not Roman 100 or 50
        ("C. PHƯƠNG HƯỚNG", LabelKind.CAPITAL, "C", "C."),
        ("D. KIẾN NGHỊ", LabelKind.CAPITAL, "D", "D."),
        ("I. KẾT QUẢ", LabelKind.ROMAN, "I", "I."),
        ("V. KIẾN NGHỊ", LabelKind.ROMAN, "V", "V."),
        ("X. KHÁC", LabelKind.ROMAN, "X", "X."),
        # the Party's dash after the number (Hướng dẫn 36-HD/VPTW copies)
        ("I- KẾT QUẢ", LabelKind.ROMAN, "I", "I-"),
        ("II- NHIỆM VỤ", LabelKind.ROMAN, "II", "II-"),
        ("1- Công tác tham mưu", LabelKind.ARABIC, "1", "1-"),
        ("3 – Công tác khác", LabelKind.ARABIC, "3", "3 –"),
        ("a- Công tác kiểm tra", LabelKind.LETTER, "a", "a-"),
        # "Phần thứ nhất": "thứ" joins the prefix so the number is one word
        ("Phần thứ nhất", LabelKind.PART, "nhất", "Phần thứ nhất"),
        ("PHẦN THỨ HAI: NHIỆM VỤ", LabelKind.PART, "HAI", "PHẦN THỨ HAI:"),
        ("Phần I “Kết quả”", LabelKind.PART, "I", "Phần I"),
        ("Chương II. Những quy định chung", LabelKind.PART, "II", "Chương II."),
    ],
)
def test_label_forms(line: str, kind: LabelKind, number: str, written: str) -> None:
    label = split_label(line)
    assert label is not None
    assert (label.kind, label.number, label.written) == (kind, number, written)


def test_part_with_ordinal_keeps_the_word_thu_in_its_prefix() -> None:
    label = split_label("Phần thứ hai PHƯƠNG HƯỚNG")
    assert label is not None
    assert (label.prefix, label.number, label.rest) == ("Phần thứ", "hai", "PHƯƠNG HƯỚNG")


@pytest.mark.parametrize(
    "line",
    [
        "A. nhỏ viết thường",  # a capital label heads a capitalised title
        "Q. GIÁM ĐỐC",  # an acting head's signature, not a seventeenth part
        "T. Văn Hùng",
        "2- 3 ngày làm việc",  # a range, not a label
        "5 - ha đất nông nghiệp",
        "CI- nội dung",
        # a sentence that starts with "Phần" and a number is no part's label
        "Phần 2 của kế hoạch giao cho Văn phòng.",
        "Phần I, II nêu trên đã rõ.",
        "Chương 3 quy định về khen thưởng.",
        # the end of a bracket wrapped onto its own line: "(Phụ lục" / "II)."
        "II).",
        "IV) ;",
    ],
)
def test_not_labels(line: str) -> None:
    assert split_label(line) is None


@given(
    letter=st.sampled_from("ABCDĐEGHKLMNOP"),
    mark=st.sampled_from([".", ")", "-", "–"]),
    space=st.sampled_from([" ", "  ", "\t"]),
    title=_TITLES,
)
def test_capital_labels_over_a_capitalised_title(
    letter: str, mark: str, space: str, title: str
) -> None:
    label = split_label(f"{letter}{mark}{space}{title}")
    assert label is not None
    assert (label.kind, label.number, label.rest) == (LabelKind.CAPITAL, letter, title)


@given(
    number=st.integers(min_value=1, max_value=39),
    mark=st.sampled_from([".", "-", "–", " -", "/"]),
    title=_TITLES,
)
def test_roman_and_arabic_labels_with_any_separator(number: int, mark: str, title: str) -> None:
    roman = split_label(f"{to_roman(number)}{mark} {title}")
    assert roman is not None
    assert (roman.kind, roman.number, roman.rest) == (LabelKind.ROMAN, to_roman(number), title)
    arabic = split_label(f"{number}{mark} {title}")
    assert arabic is not None
    assert (arabic.kind, arabic.number, arabic.rest) == (LabelKind.ARABIC, str(number), title)


@given(st.text(alphabet="IVXLCDMABĐPhầnthứ ứnhấtai.-–)/:0123456789 \tKẾTQUẢ", max_size=30))
def test_a_label_is_a_prefix_of_its_line_and_its_number_one_word(line: str) -> None:
    label = split_label(line)
    if label is None:
        return
    stripped = line.lstrip()
    assert stripped.startswith(label.written)
    assert stripped.endswith(label.rest)
    # the model's Section.number is a label without spaces ("Phần thứ nhất" → "nhất")
    assert label.number
    assert not any(ch.isspace() for ch in label.number)
