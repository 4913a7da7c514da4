"""Never refuse text (issue 9, §5): keyword soup always comes back as a document, nothing lost."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from nothing_lost import missing_lines

from danvan.model import BaseDocument
from danvan.reading import read_text
from hypothesis_profiles import scaled

KEYWORDS = [
    "Số:", "Số: 12/BC-UBND", "Số: /KH-SDLS", "Kính gửi:", "Kính gửi: Sở Nội vụ.", "I.",
    "II. KẾT QUẢ", "1.", "2. Nội dung", "a)", "đ) Điểm", "- ", "+ ", "Nơi nhận:", "- Lưu: VT.",
    "KT.", "KT. GIÁM ĐỐC", "TM. ỦY BAN NHÂN DÂN", "PHÓ GIÁM ĐỐC", "PHỤ LỤC", "PHỤ LỤC I",
    "(Kèm theo Báo cáo số 12/BC-UBND)", "BÁO CÁO", "KẾ HOẠCH", "Căn cứ", "Thực hiện",
    "Hà Nội, ngày 05 tháng 3 năm 2024", "ngày", "tháng 3 năm 2024", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc", "|", "**", "*", "#", "## ", "<sup>1</sup>", "¹", "²", "2",
    "Trên đây là báo cáo./.", "Phần I", "Chương II", ": 08, trong đó: a: 03; b: 05", "100%",
    "10.424.000 đồng", "4/4 đơn vị đạt tỷ lệ: 100%", "Không có", "Nghị định số 04/2015/NĐ-CP",
    "Nguyễn Văn A", "(Báo cáo)", ";", ".", "   ", "\t",
    # the constructs of issue 9's placement rules: marks, page numbers, cells one per line,
    # signature notes, appendix labels
    "DỰ THẢO", "Dự thảo lần 2", "MẬT", "HOẢ TỐC", "LƯU HÀNH NỘI BỘ", "Trang 2/5", "- 3 -",
    "STT", "TT", "Nội dung", "Kết quả", "Chỉ tiêu", "Số liệu", "Ghi chú", "1", "I", "04",
    "(Đã ký)", "(đã ký và đóng dấu)", "Ký bởi: Sở Dữ liệu số", "Thời gian ký: 05.03.2024",
    "1.1.", "a) Số hội nghị: 04", "+ Nữ: 02",
]  # fmt: skip

words = st.text(
    # up to Latin Extended Additional (Vietnamese letters): beyond it, upper() of some Greek
    # letters is not NFC-stable, which the measure (not the reader) cannot follow
    alphabet=st.characters(
        max_codepoint=0x1EFF,
        whitelist_categories=("Lu", "Ll", "Nd", "Zs", "Po", "Pd", "Ps", "Pe"),
        blacklist_characters="\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029",
    ),
    max_size=30,
)
pieces = st.one_of(st.sampled_from(KEYWORDS), words)
lines = st.lists(pieces, min_size=1, max_size=4).map(" ".join)
documents = st.lists(st.one_of(lines, st.just("")), min_size=1, max_size=40).map("\n".join)


@settings(
    max_examples=int(os.environ.get("DANVAN_FUZZ_EXAMPLES") or scaled(3)),
    suppress_health_check=[HealthCheck.too_slow],
)
@given(documents)
def test_keyword_soup_reads_and_loses_nothing(text: str) -> None:
    if not text.strip():
        return  # empty input is refused on purpose (test_reading_api)
    for format in ("text", "markdown"):
        document = read_text(text, format=format)
        assert isinstance(document, BaseDocument)
        missing = missing_lines(text, document)
        assert not missing, f"lost {missing!r} from {text!r}"
