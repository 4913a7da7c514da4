"""extract_references: one table of (text, span, fields) per citation form, lists, neighbours, spans.

The inputs are short sentences written for these tests around the symbol forms real reports
use (docs/reference-spans.md is the rule); none is copied from the corpus.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from typing import Any

import attrs
import pytest

from danvan.errors import InvalidValueError
from danvan.model.number import DocumentNumber
from danvan.model.reference import LegalReference
from danvan.model.types import DocumentType
from danvan.refs import DEFAULT_REGISTRY, ReferenceMatch, extract_references
from danvan.refs.patterns import build, get_patterns, load_data
from danvan.refs.registry import Registry, RegistryEntry

T = DocumentType
D = dt.date
FIELDS = ("type", "symbol", "number", "year", "date", "issuer", "term", "title", "name", "repairs")


def observed(match: ReferenceMatch) -> dict[str, Any]:
    ref = match.reference
    return {
        "type": ref.document_type,
        "symbol": None if ref.symbol is None else str(ref.symbol),
        "number": ref.number,
        "year": ref.year,
        "date": ref.date,
        "issuer": ref.issuer,
        "term": ref.term,
        "title": ref.title,
        "name": ref.name,
        "repairs": tuple(r.code for r in match.repairs),
    }


def expected(**fields: Any) -> dict[str, Any]:
    unknown = set(fields) - set(FIELDS)
    assert not unknown, unknown
    out: dict[str, Any] = dict.fromkeys(FIELDS)
    out["repairs"] = ()
    out.update(fields)
    if out["symbol"] is not None and out["number"] is None:
        out["number"] = DocumentNumber.parse(out["symbol"]).number
    if out["symbol"] is not None and out["year"] is None:
        out["year"] = DocumentNumber.parse(out["symbol"]).year
    return out


def find(text: str) -> list[ReferenceMatch]:
    return extract_references(text, registry=None)


# (input, the span as text, the fields). Each input holds exactly one reference.
FORMS: list[tuple[str, str, dict[str, Any]]] = [
    # type word + số + Party symbol + long date + của issuer + (term) + title after "về"
    (
        "Thực hiện Kết luận số 114-KL/TW ngày 14 tháng 7 năm 2015 của Ban Bí thư Trung ương "
        "Đảng (khóa XI) về “Nâng cao hiệu quả công tác dân vận” trong năm.",
        "Kết luận số 114-KL/TW ngày 14 tháng 7 năm 2015 của Ban Bí thư Trung ương Đảng (khóa XI)",
        expected(
            type=T.KET_LUAN,
            symbol="114-KL/TW",
            date=D(2015, 7, 14),
            issuer="Ban Bí thư Trung ương Đảng",
            term="khóa XI",
            title="Nâng cao hiệu quả công tác dân vận",
        ),
    ),
    # normative symbol, short date
    (
        "Căn cứ Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ.",
        "Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ",
        expected(type=T.NGHI_DINH, symbol="04/2015/NĐ-CP", date=D(2015, 1, 9), issuer="Chính phủ"),
    ),
    # administrative symbol; a verb after the date starts the next clause
    (
        "Sở ban hành Kế hoạch số 87/KH-SKHCN ngày 31/3/2015 thực hiện phong trào thi đua.",
        "Kế hoạch số 87/KH-SKHCN ngày 31/3/2015",
        expected(type=T.KE_HOACH, symbol="87/KH-SKHCN", date=D(2015, 3, 31)),
    ),
    # State Công văn: no type code, "&" in the issuer code
    (
        "Theo Công văn số 745/SKH&CN-VP ngày 05/6/2023 của Sở Khoa học và Công nghệ, các phòng",
        "Công văn số 745/SKH&CN-VP ngày 05/6/2023 của Sở Khoa học và Công nghệ",
        expected(
            type=T.CONG_VAN,
            symbol="745/SKH&CN-VP",
            date=D(2023, 6, 5),
            issuer="Sở Khoa học và Công nghệ",
        ),
    ),
    # joint Party symbol; the issuer stops before "phối hợp"
    (
        "Thực hiện Kế hoạch số 95-KH/BDVTU-BCSĐUBND ngày 22 tháng 02 năm 2019 của Ban Dân vận "
        "Tỉnh ủy-Ban cán sự đảng Ủy ban nhân dân tỉnh phối hợp thực hiện “Năm dân vận”.",
        "Kế hoạch số 95-KH/BDVTU-BCSĐUBND ngày 22 tháng 02 năm 2019 của Ban Dân vận Tỉnh "
        "ủy-Ban cán sự đảng Ủy ban nhân dân tỉnh",
        expected(
            type=T.KE_HOACH,
            symbol="95-KH/BDVTU-BCSĐUBND",
            date=D(2019, 2, 22),
            issuer="Ban Dân vận Tỉnh ủy-Ban cán sự đảng Ủy ban nhân dân tỉnh",
        ),
    ),
    # Party Quyết định
    (
        "Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về quy chế giám sát",
        "Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị",
        expected(
            type=T.QUYET_DINH, symbol="217-QĐ/TW", date=D(2013, 12, 12), issuer="Bộ Chính trị"
        ),
    ),
    # no "số", a stray space after the hyphen: repaired
    (
        "Thực hiện Kế hoạch 139- KH/TU ngày 05 tháng 3 năm 2019 của Tỉnh ủy về dân vận.",
        "Kế hoạch 139- KH/TU ngày 05 tháng 3 năm 2019 của Tỉnh ủy",
        expected(
            type=T.KE_HOACH,
            symbol="139-KH/TU",
            date=D(2019, 3, 5),
            issuer="Tỉnh ủy",
            repairs=("spacing",),
        ),
    ),
    # spaces on both sides of the hyphen
    (
        "Theo Công văn số 09 - CV/BCĐ ngày 10/3/2022 của Ban Chỉ đạo tỉnh về báo cáo",
        "Công văn số 09 - CV/BCĐ ngày 10/3/2022 của Ban Chỉ đạo tỉnh",
        expected(
            type=T.CONG_VAN,
            symbol="09-CV/BCĐ",
            date=D(2022, 3, 10),
            issuer="Ban Chỉ đạo tỉnh",
            repairs=("spacing",),
        ),
    ),
    # a missing hyphen between the type and issuer codes
    (
        "Trọng tâm là Nghị định số 04/2015/NĐCP ngày 09/01/2015 của Chính phủ về dân chủ.",
        "Nghị định số 04/2015/NĐCP ngày 09/01/2015 của Chính phủ",
        expected(
            type=T.NGHI_DINH,
            symbol="04/2015/NĐ-CP",
            date=D(2015, 1, 9),
            issuer="Chính phủ",
            repairs=("missing-hyphen",),
        ),
    ),
    # a number only
    (
        "Thực hiện Kết luận số 21 ngày 25/10/2021 của Ban Chấp hành Trung ương.",
        "Kết luận số 21 ngày 25/10/2021 của Ban Chấp hành Trung ương",
        expected(
            type=T.KET_LUAN, number=21, date=D(2021, 10, 25), issuer="Ban Chấp hành Trung ương"
        ),
    ),
    # the short form
    (
        "gắn với thực hiện Chỉ thị số 05 trong toàn ngành",
        "Chỉ thị số 05",
        expected(type=T.CHI_THI, number=5),
    ),
    # named laws
    (
        "Triển khai Luật Thực hiện dân chủ ở cơ sở đến toàn thể công chức.",
        "Luật Thực hiện dân chủ ở cơ sở",
        expected(type=T.LUAT, name="Thực hiện dân chủ ở cơ sở"),
    ),
    (
        "Thực hiện có hiệu quả Luật Hòa giải cơ sở năm 2013 và các văn bản hướng dẫn.",
        "Luật Hòa giải cơ sở năm 2013",
        expected(type=T.LUAT, name="Hòa giải cơ sở", year=2013),
    ),
    (
        "phổ biến Luật Chất lượng sản phẩm, hàng hóa; và các quy định",
        "Luật Chất lượng sản phẩm, hàng hóa",
        expected(type=T.LUAT, name="Chất lượng sản phẩm, hàng hóa"),
    ),
    (
        "tuân thủ Luật Tiêu chuẩn và Quy chuẩn kỹ thuật trong sản xuất",
        "Luật Tiêu chuẩn và Quy chuẩn kỹ thuật",
        expected(type=T.LUAT, name="Tiêu chuẩn và Quy chuẩn kỹ thuật"),
    ),
    (
        "theo Pháp lệnh Thực hiện dân chủ ở xã, phường, thị trấn năm 2007.",
        "Pháp lệnh Thực hiện dân chủ ở xã, phường, thị trấn năm 2007",
        expected(type=T.PHAP_LENH, name="Thực hiện dân chủ ở xã, phường, thị trấn", year=2007),
    ),
    # a law with a number
    (
        "Luật số 64/2025/QH15 có hiệu lực",
        "Luật số 64/2025/QH15",
        expected(type=T.LUAT, symbol="64/2025/QH15"),
    ),
    # resolutions known by name
    (
        "Tiếp tục thực hiện Nghị quyết Trung ương 4 khóa XII về xây dựng Đảng.",
        "Nghị quyết Trung ương 4 khóa XII",
        expected(type=T.NGHI_QUYET, name="Trung ương 4", term="khóa XII"),
    ),
    (
        "triển khai Nghị quyết Trung ương 4 (khóa XII) về tăng cường xây dựng Đảng",
        "Nghị quyết Trung ương 4 (khóa XII)",
        expected(type=T.NGHI_QUYET, name="Trung ương 4", term="khóa XII"),
    ),
    (
        "Học tập Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng; đánh giá",
        "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng",
        # "của Đảng" belongs to the name, as in the example of docs/reference-spans.md
        expected(type=T.NGHI_QUYET, name="Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"),
    ),
    # a comma before "ngày", a dotted date, the title right after the term
    (
        "Kết luận 120-KL/TW, ngày 07.01.2016 của Bộ Chính trị khóa XI “Về dân chủ ở cơ sở”;",
        "Kết luận 120-KL/TW, ngày 07.01.2016 của Bộ Chính trị khóa XI",
        expected(
            type=T.KET_LUAN,
            symbol="120-KL/TW",
            date=D(2016, 1, 7),
            issuer="Bộ Chính trị",
            term="khóa XI",
            title="Về dân chủ ở cơ sở",
        ),
    ),
    # a Party symbol written with "/": repaired
    (
        "theo Hướng dẫn 01/HD/BDVTW, ngày 16.3.2021 của Ban Dân vận Trung ương về nhiệm vụ",
        "Hướng dẫn 01/HD/BDVTW, ngày 16.3.2021 của Ban Dân vận Trung ương",
        expected(
            type=T.HUONG_DAN,
            symbol="01-HD/BDVTW",
            date=D(2021, 3, 16),
            issuer="Ban Dân vận Trung ương",
            repairs=("party-separator",),
        ),
    ),
    # a Party symbol written the State way: repaired, keeps the Party form
    (
        "triển khai Chỉ thị số 05/CT-TW của Bộ Chính trị về “đẩy mạnh học tập”",
        "Chỉ thị số 05/CT-TW của Bộ Chính trị",
        expected(
            type=T.CHI_THI,
            symbol="05-CT/TW",
            issuer="Bộ Chính trị",
            title="đẩy mạnh học tập",
            repairs=("party-style",),
        ),
    ),
    # type words in any case
    (
        "và kế hoạch số 40-KH/BDVTU ngày 29/01/2023 của Ban Dân vận Tỉnh ủy đến công chức",
        "kế hoạch số 40-KH/BDVTU ngày 29/01/2023 của Ban Dân vận Tỉnh ủy",
        expected(
            type=T.KE_HOACH, symbol="40-KH/BDVTU", date=D(2023, 1, 29), issuer="Ban Dân vận Tỉnh ủy"
        ),
    ),
    (
        "II. KẾT QUẢ THỰC HIỆN KẾT LUẬN SỐ 114-KT/TW\n",
        "KẾT LUẬN SỐ 114-KT/TW",
        expected(type=T.KET_LUAN, symbol="114-KT/TW"),
    ),
    # the term in capitals in parentheses
    (
        "Đề án số 02-ĐA/TU ngày 15/8/2016 của Ban Thường vụ Tỉnh ủy (Khóa XVIII) về nâng cao",
        "Đề án số 02-ĐA/TU ngày 15/8/2016 của Ban Thường vụ Tỉnh ủy (Khóa XVIII)",
        expected(
            type=T.DE_AN,
            symbol="02-ĐA/TU",
            date=D(2016, 8, 15),
            issuer="Ban Thường vụ Tỉnh ủy",
            term="khóa XVIII",
        ),
    ),
    # "khoá" with the new-style tone mark; the title after "về"
    (
        "Nghị quyết số 25- NQ/TW của Ban Chấp hành Trung ương Đảng khoá XI về “tăng cường "
        "công tác dân vận”.",
        "Nghị quyết số 25- NQ/TW của Ban Chấp hành Trung ương Đảng khoá XI",
        expected(
            type=T.NGHI_QUYET,
            symbol="25-NQ/TW",
            issuer="Ban Chấp hành Trung ương Đảng",
            term="khóa XI",
            title="tăng cường công tác dân vận",
            repairs=("spacing",),
        ),
    ),
    # an issuer split by a page break, read as a known issuer
    (
        "Chỉ thị số 18/2000/CT-TTg ngày 21/9/2000 của Thủ tướng\n\nChính phủ về tăng cường",
        "Chỉ thị số 18/2000/CT-TTg ngày 21/9/2000 của Thủ tướng\n\nChính phủ",
        expected(
            type=T.CHI_THI,
            symbol="18/2000/CT-TTg",
            date=D(2000, 9, 21),
            issuer="Thủ tướng Chính phủ",
        ),
    ),
    # a single line break inside a reference; ")" ends the issuer
    (
        "(Kèm theo Báo cáo số 538/BC-SKHCN ngày 14/11/2021\ncủa Sở Khoa học và Công nghệ)",
        "Báo cáo số 538/BC-SKHCN ngày 14/11/2021\ncủa Sở Khoa học và Công nghệ",
        expected(
            type=T.BAO_CAO,
            symbol="538/BC-SKHCN",
            date=D(2021, 11, 14),
            issuer="Sở Khoa học và Công nghệ",
        ),
    ),
    # the issuer ends where the next clause starts
    (
        "quán triệt Kết luận số 114-KL/TW của Ban Bí thư Trung ương Đảng thường xuyên qua các "
        "chương trình, kế hoạch",
        "Kết luận số 114-KL/TW của Ban Bí thư Trung ương Đảng",
        expected(type=T.KET_LUAN, symbol="114-KL/TW", issuer="Ban Bí thư Trung ương Đảng"),
    ),
    (
        "nội dung Chỉ thị số 29-CT/TU của Ban Thường vụ Tỉnh ủy và nội dung của văn bản này",
        "Chỉ thị số 29-CT/TU của Ban Thường vụ Tỉnh ủy",
        expected(type=T.CHI_THI, symbol="29-CT/TU", issuer="Ban Thường vụ Tỉnh ủy"),
    ),
    (
        "Quyết định số 28/2021/QĐ-UBND ngày 07/10/2021 của Ủy ban nhân dân tỉnh Sơn La quy "
        "định chức năng",
        "Quyết định số 28/2021/QĐ-UBND ngày 07/10/2021 của Ủy ban nhân dân tỉnh Sơn La",
        expected(
            type=T.QUYET_DINH,
            symbol="28/2021/QĐ-UBND",
            date=D(2021, 10, 7),
            issuer="Ủy ban nhân dân tỉnh Sơn La",
        ),
    ),
    # "của" + lower case is not an issuer
    (
        "2. Kết quả thực hiện Kết luận số 114-KL/TW của cơ quan nhà nước các cấp",
        "Kết luận số 114-KL/TW",
        expected(type=T.KET_LUAN, symbol="114-KL/TW"),
    ),
    # the title after "về việc"
    (
        "Kế hoạch số 231/KH-UBND ngày 24/10/2018 của UBND tỉnh về việc “Phát triển chuỗi "
        "ngành hàng” qua việc",
        "Kế hoạch số 231/KH-UBND ngày 24/10/2018 của UBND tỉnh",
        expected(
            type=T.KE_HOACH,
            symbol="231/KH-UBND",
            date=D(2018, 10, 24),
            issuer="UBND tỉnh",
            title="Phát triển chuỗi ngành hàng",
        ),
    ),
    # a quotation that never closes runs to the end of its sentence
    (
        "Kế hoạch số 03/KH-SKH-CN ngày 07/01/2019 về việc “Hỗ trợ tạo lập, quản lý nhãn hiệu "
        "giai đoạn 2019 - 2020.\n\nTiếp",
        "Kế hoạch số 03/KH-SKH-CN ngày 07/01/2019",
        expected(
            type=T.KE_HOACH,
            symbol="03/KH-SKH-CN",
            date=D(2019, 1, 7),
            title="Hỗ trợ tạo lập, quản lý nhãn hiệu giai đoạn 2019 - 2020",
        ),
    ),
    (
        "Tiếp tục thực hiện Kết luận số 114-KL/TW của Ban Bí thư về “Nâng cao hiệu quả, xác "
        "định công tác dân vận là nhiệm vụ 17.11.2015; các tổ chức đoàn thể",
        "Kết luận số 114-KL/TW của Ban Bí thư",
        expected(
            type=T.KET_LUAN,
            symbol="114-KL/TW",
            issuer="Ban Bí thư",
            title="Nâng cao hiệu quả, xác định công tác dân vận là nhiệm vụ 17.11.2015",
        ),
    ),
    # a "về ..." phrase without quotes is no title; quotes later in the phrase neither
    (
        "Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về tăng cường dân vận",
        "Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ",
        expected(
            type=T.CHI_THI,
            symbol="33/CT-TTg",
            date=D(2021, 11, 26),
            issuer="Thủ tướng Chính phủ",
        ),
    ),
    (
        "Kế hoạch số 01-KH/BCĐ ngày 28/7/2021 của Ban Chỉ đạo tỉnh về thực hiện phong trào "
        "“Dân vận khéo”",
        "Kế hoạch số 01-KH/BCĐ ngày 28/7/2021 của Ban Chỉ đạo tỉnh",
        expected(
            type=T.KE_HOACH, symbol="01-KH/BCĐ", date=D(2021, 7, 28), issuer="Ban Chỉ đạo tỉnh"
        ),
    ),
    # a normative decision with its title in straight quotes
    (
        'Quyết định số 12/2016/QĐ-UBND ngày 26/02/2016 về "Quy định một số chính sách".',
        "Quyết định số 12/2016/QĐ-UBND ngày 26/02/2016",
        expected(
            type=T.QUYET_DINH,
            symbol="12/2016/QĐ-UBND",
            date=D(2016, 2, 26),
            title="Quy định một số chính sách",
        ),
    ),
    # the date comes before the issuer: a date after it is not part of the span
    (
        "Chỉ thị số 05-CT/TW của Bộ Chính trị ngày 15/5/2016 về học tập",
        "Chỉ thị số 05-CT/TW của Bộ Chính trị",
        expected(type=T.CHI_THI, symbol="05-CT/TW", issuer="Bộ Chính trị"),
    ),
    # the longest type word wins
    (
        "Thông tư liên tịch số 55/2005/TTLT-BNV-VPCP hướng dẫn thể thức",
        "Thông tư liên tịch số 55/2005/TTLT-BNV-VPCP",
        expected(type=T.THONG_TU_LIEN_TICH, symbol="55/2005/TTLT-BNV-VPCP"),
    ),
    # "số:" with a colon, the Party Công văn code CV
    (
        "Công văn số: 387-CV/TU ngày 15/4/2021 về lãnh đạo",
        "Công văn số: 387-CV/TU ngày 15/4/2021",
        expected(type=T.CONG_VAN, symbol="387-CV/TU", date=D(2021, 4, 15)),
    ),
    # mixed-case type codes
    (
        "Tờ trình số 15/TTr-SKHCN ngày 02/02/2022 của Sở Khoa học và Công nghệ",
        "Tờ trình số 15/TTr-SKHCN ngày 02/02/2022 của Sở Khoa học và Công nghệ",
        expected(
            type=T.TO_TRINH,
            symbol="15/TTr-SKHCN",
            date=D(2022, 2, 2),
            issuer="Sở Khoa học và Công nghệ",
        ),
    ),
    # an invalid date is left out of the span
    (
        "Kế hoạch số 12/KH-UBND ngày 31/02/2021 của UBND huyện",
        "Kế hoạch số 12/KH-UBND",
        expected(type=T.KE_HOACH, symbol="12/KH-UBND"),
    ),
]


@pytest.mark.parametrize(("text", "span", "fields"), FORMS, ids=[f[1][:40] for f in FORMS])
def test_every_form(text: str, span: str, fields: dict[str, Any]) -> None:
    matches = find(text)
    assert len(matches) == 1, [m.text for m in matches]
    match = matches[0]
    assert match.text == span
    assert text[match.start : match.end] == match.text
    assert match.start == text.index(span)
    assert observed(match) == fields
    assert match.inferred == ()


NOT_REFERENCES = [
    "Tuyên truyền các văn bản của Đảng và Nhà nước về công tác dân vận.",
    "Căn cứ nội dung và nhiệm vụ tại Kế hoạch này, các phòng triển khai.",
    "hoàn thành kế hoạch đề ra trong năm",
    "thực hiện quy chế dân chủ ở cơ sở và Quy chế làm việc của cơ quan",
    "Chương trình phát triển tài sản trí tuệ tỉnh Hưng Yên giai đoạn 2021-2025, định hướng",
    "triển khai thực hiện Đề án “Nâng cao hiệu quả công tác dân vận” trong cơ quan",
    "áp dụng hệ thống quản lý chất lượng theo tiêu chuẩn TCVN ISO 9001:2015",
    "chịu trách nhiệm trước pháp luật theo quy định của pháp luật",
    "tuyên truyền chính sách, pháp luật Nhà nước đến nhân dân",
    "Số: 538/BC-SKHCN\n\nSơn La, ngày 14 tháng 11 năm 2021",
    "Báo cáo số liệu về dịch vụ công trực tuyến",
    "Nghị quyết đại hội đảng bộ các cấp, nghị quyết của chi bộ",
    "Kết luận 21 cuộc kiểm tra",
    "Công tác dân vận được lồng ghép qua “Hướng dẫn đăng ký quyền Sở hữu trí tuệ”",
    "BÁO CÁO\nKết quả thực hiện quy chế dân chủ ở cơ sở năm 2021",
    "Báo cáo 6 tháng đầu năm; Kế hoạch năm 2023",
    "Kế hoạch số 0 của Sở",
]


@pytest.mark.parametrize("text", NOT_REFERENCES)
def test_generic_mentions_are_not_references(text: str) -> None:
    assert find(text) == []


# -- several references --------------------------------------------------------------------


def test_list_shares_the_issuer_and_term_written_after_the_last_item() -> None:
    text = (
        "Quyết định số 217-QĐ/TW, Quyết định số 218-QĐ/TW của Bộ Chính trị khóa XI về Quy chế "
        "giám sát và phản biện xã hội"
    )
    first, second = find(text)
    assert first.text == "Quyết định số 217-QĐ/TW"
    assert second.text == "Quyết định số 218-QĐ/TW của Bộ Chính trị khóa XI"
    for match in (first, second):
        assert match.reference.issuer == "Bộ Chính trị"
        assert match.reference.term == "khóa XI"
        assert match.reference.title is None
    assert first.shared == ("issuer", "term")
    assert second.shared == ()


def test_list_with_va_shares_the_date_too() -> None:
    text = "Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị."
    first, second = find(text)
    assert first.reference.date == second.reference.date == D(2013, 12, 12)
    assert first.reference.issuer == "Bộ Chính trị"
    assert first.shared == ("date", "issuer")


def test_list_of_three_shares_back_to_the_first() -> None:
    text = "các Chỉ thị số 05-CT/TW, Chỉ thị số 06-CT/TW, Chỉ thị số 07-CT/TW của Ban Bí thư"
    matches = find(text)
    assert [m.reference.issuer for m in matches] == ["Ban Bí thư"] * 3


def test_an_item_keeps_what_it_says_itself() -> None:
    text = "Quyết định số 217-QĐ/TW của Ban Bí thư, Quyết định số 218-QĐ/TW của Bộ Chính trị"
    first, second = find(text)
    assert first.reference.issuer == "Ban Bí thư"
    assert second.reference.issuer == "Bộ Chính trị"
    assert first.shared == ()


def test_a_semicolon_ends_a_list_item() -> None:
    text = "Nghị định 04/2015/NĐ-CP; Nghị định số 05/2015/NĐ-CP ngày 12/01/2015 của Chính phủ"
    first, second = find(text)
    assert first.reference.issuer is None
    assert first.reference.date is None
    assert second.reference.issuer == "Chính phủ"


def test_items_of_different_issuers_share_nothing() -> None:
    text = "Nghị định số 04/2015/NĐ-CP, Kết luận số 120-KL/TW của Bộ Chính trị khóa XI"
    first, second = find(text)
    assert first.reference.issuer is None
    assert first.reference.term is None
    assert second.reference.issuer == "Bộ Chính trị"


@pytest.mark.parametrize(
    "text",
    [
        "Chỉ thị số 05-CT/TW và Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư",
        "Chỉ thị số 05/CT-TW, Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư (khóa XI)",
        "Nghị quyết số 25-NQ/TW và Quyết định số 99-QĐ/TW ngày 30/5/2017 của Ban Bí thư",
    ],
)
def test_items_of_different_types_share_nothing(text: str) -> None:
    """Only one type word's list shares what its last item says (issue 8 §2): a date after a
    Kết luận is the Kết luận's, never the Chỉ thị's before it (a false C507 came of it)."""
    first, second = find(text)
    assert first.reference.date is None
    assert first.reference.issuer is None or "issuer" not in first.shared
    assert first.shared == ()
    assert second.reference.date is not None


def test_a_neighbour_does_not_leak_its_date_issuer_or_term() -> None:
    text = (
        "Kết luận số 43-KL/TW ngày 07/01/2019 của Ban Bí thư về tiếp tục thực hiện Nghị quyết "
        "số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng (khóa XI) về tăng cường"
    )
    first, second = find(text)
    assert observed(first) == expected(
        type=T.KET_LUAN, symbol="43-KL/TW", date=D(2019, 1, 7), issuer="Ban Bí thư"
    )
    assert observed(second) == expected(
        type=T.NGHI_QUYET,
        symbol="25-NQ/TW",
        date=D(2013, 6, 3),
        issuer="Ban Chấp hành Trung ương Đảng",
        term="khóa XI",
    )


def test_chain_of_references_each_with_its_own_parts() -> None:
    text = (
        "Công văn số 116/UBND-THVX ngày 20 tháng 3 năm 2019 của Ủy ban nhân dân tỉnh về việc "
        "triển khai Kế hoạch 139- KH/TU ngày 05 tháng 3 năm 2019 của Tỉnh ủy về thực hiện Kết "
        "luận số 43- KL/TW của Ban Bí thư"
    )
    matches = find(text)
    assert [str(m.reference.symbol) for m in matches] == ["116/UBND-THVX", "139-KH/TU", "43-KL/TW"]
    assert [m.reference.issuer for m in matches] == [
        "Ủy ban nhân dân tỉnh",
        "Tỉnh ủy",
        "Ban Bí thư",
    ]
    assert [m.reference.date for m in matches] == [D(2019, 3, 20), D(2019, 3, 5), None]


def test_named_laws_in_a_series() -> None:
    text = "thực hiện Luật Tiêu chuẩn và Quy chuẩn kỹ thuật; Luật Chất lượng sản phẩm, hàng hóa; Luật Đo lường; phổ biến"
    assert [m.reference.name for m in find(text)] == [
        "Tiêu chuẩn và Quy chuẩn kỹ thuật",
        "Chất lượng sản phẩm, hàng hóa",
        "Đo lường",
    ]


def test_a_reference_inside_a_title_is_found_too() -> None:
    text = "Kế hoạch số 12/KH-UBND về “Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị”"
    first, second = find(text)
    assert first.reference.title == "Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị"
    assert str(second.reference.symbol) == "05-CT/TW"


# -- spans ---------------------------------------------------------------------------------


def test_spans_are_character_offsets_on_vietnamese_text() -> None:
    prefix = "Ủy ban nhân dân tỉnh đã quán triệt, tuyên truyền sâu rộng; "
    text = prefix + "Kết luận số 114-KL/TW của Ban Bí thư."
    (match,) = find(text)
    assert match.start == len(prefix)  # characters, though "Ủ", "đ", "ã" take 2-3 bytes
    assert len(prefix.encode()) > len(prefix)
    assert text[match.start : match.end] == "Kết luận số 114-KL/TW của Ban Bí thư"


def test_text_typed_with_combining_marks_keeps_offsets_into_the_given_text() -> None:
    nfc = "Thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư Trung ương Đảng về"
    nfd = unicodedata.normalize("NFD", nfc)
    (composed,) = find(nfc)
    (decomposed,) = find(nfd)
    assert decomposed.text == nfd[decomposed.start : decomposed.end]
    assert unicodedata.normalize("NFC", decomposed.text) == composed.text
    assert decomposed.reference == composed.reference
    assert decomposed.symbol_span is not None
    start, end = decomposed.symbol_span
    assert nfd[start:end] == "114-KL/TW"


def test_symbol_span_points_at_the_symbol_as_written() -> None:
    text = "theo Kế hoạch 139- KH/TU ngày 05/3/2019"
    (match,) = find(text)
    assert match.symbol_span is not None
    assert text[slice(*match.symbol_span)] == "139- KH/TU"
    assert match.span == (match.start, match.end)


def test_non_str_is_rejected() -> None:
    with pytest.raises(InvalidValueError):
        extract_references(b"K\xe1\xba\xbft lu\xe1\xba\xadn s\xe1\xbb\x91 114-KL/TW")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError):
        extract_references(None)  # type: ignore[arg-type]


def test_empty_and_blank_texts() -> None:
    assert find("") == []
    assert find(" \n\n ") == []
    assert find("Kết luận") == []
    assert find("Kết luận số") == []
    assert find("Luật") == []


def test_a_reference_at_the_very_end_of_the_text() -> None:
    (match,) = find("theo Luật Đo lường")
    assert match.reference.name == "Đo lường"
    (match,) = find("của Kết luận số 114-KL/TW của Ban Bí thư")
    assert match.reference.issuer == "Ban Bí thư"


def test_matches_are_frozen() -> None:
    (match,) = find("Kết luận số 21")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        match.start = 3  # type: ignore[misc]


# -- the registry ------------------------------------------------------------------------

N = DocumentNumber.parse


def small_registry() -> Registry:
    return Registry(
        [
            RegistryEntry(
                reference=LegalReference(
                    document_type=T.KET_LUAN,
                    symbol=N("114-KL/TW"),
                    date=D(2015, 7, 14),
                    issuer="Ban Bí thư",
                    term="khóa XI",
                    title="Về nâng cao hiệu quả công tác dân vận",
                )
            ),
            RegistryEntry(
                reference=LegalReference(
                    document_type=T.DE_AN, symbol=N("02-ĐA/TU"), date=D(2016, 8, 15)
                )
            ),
            RegistryEntry(
                reference=LegalReference(
                    document_type=T.LUAT,
                    symbol=N("35/2013/QH13"),
                    date=D(2013, 6, 20),
                    issuer="Quốc hội",
                    name="Hòa giải ở cơ sở",
                ),
                aliases=("Luật Hòa giải cơ sở",),
            ),
        ]
    )


def test_registry_fills_what_the_citation_leaves_out() -> None:
    text = "Thực hiện Kết luận số 114-KL/TW của Ban Bí thư Trung ương Đảng về dân vận"
    (match,) = extract_references(text, registry=small_registry())
    assert match.reference.issuer == "Ban Bí thư Trung ương Đảng"  # as written, kept
    assert match.reference.date == D(2015, 7, 14)
    assert match.reference.term == "khóa XI"
    assert match.reference.title == "Về nâng cao hiệu quả công tác dân vận"
    assert match.inferred == ("date", "term", "title")
    assert match.text == "Kết luận số 114-KL/TW của Ban Bí thư Trung ương Đảng"  # span unchanged


def test_registry_finds_named_laws_but_does_not_add_a_symbol() -> None:
    (match,) = extract_references("Luật Hòa giải cơ sở năm 2013", registry=small_registry())
    assert match.reference.symbol is None
    assert match.reference.date == D(2013, 6, 20)
    assert match.inferred == ("date", "issuer")


def test_registry_entry_of_another_document_with_the_same_number_is_ignored() -> None:
    (match,) = extract_references("Kế hoạch số 02-KH/TU của Tỉnh ủy", registry=small_registry())
    assert match.reference.date is None
    assert match.inferred == ()


def test_registry_none_reads_the_text_alone() -> None:
    (match,) = extract_references("Kết luận số 114-KL/TW", registry=None)
    assert match.reference.date is None
    assert match.inferred == ()


def test_default_registry_is_the_shipped_one() -> None:
    (match,) = extract_references("Kết luận số 114-KL/TW của Ban Bí thư")
    assert match.reference.date == D(2015, 7, 14)
    assert "date" in match.inferred
    (again,) = extract_references("Kết luận số 114-KL/TW của Ban Bí thư", registry=DEFAULT_REGISTRY)
    assert again == match


# -- the data file -------------------------------------------------------------------------


def test_patterns_come_from_the_packaged_data_file() -> None:
    data = load_data()
    assert "Kết luận" in data["type_words"]
    assert get_patterns() is get_patterns()  # compiled once


def test_a_new_form_is_a_data_edit() -> None:
    data = load_data()
    assert find("Công điện số 12/CĐ-TTg ngày 05/3/2022 của Thủ tướng Chính phủ") == []
    data["type_words"]["Công điện"] = "CONG_DIEN"
    patterns = build(data)
    head = patterns.head.search("theo Công điện số 12/CĐ-TTg ngày 05/3/2022")
    assert head is not None
    assert head.group() == "Công điện"
    assert patterns.type_of("CÔNG ĐIỆN") is T.CONG_DIEN


def test_type_words_missing_from_the_model_are_skipped() -> None:
    data = load_data()
    assert "Hiến pháp" in data["type_words"]
    known = {kind.value.casefold() for kind in DocumentType}
    assert all(
        get_patterns().type_of(word) is None
        for word in data["type_words"]
        if word != "about" and word.casefold() not in known
    )


@pytest.mark.parametrize(
    ("text", "name", "issuer"),
    [
        (
            "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng;",
            "Đại hội đại biểu toàn quốc lần thứ XIII của Đảng",
            None,
        ),
        (
            "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng ủy Sở KH&CN;",
            "Đại hội đại biểu toàn quốc lần thứ XIII",
            "Đảng ủy Sở KH&CN",
        ),
        (
            "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng bộ tỉnh.",
            "Đại hội đại biểu toàn quốc lần thứ XIII",
            "Đảng bộ tỉnh",
        ),
    ],
)
def test_cua_dang_belongs_to_the_congress_name_but_dang_uy_is_an_issuer(
    text: str, name: str, issuer: str | None
) -> None:
    (match,) = extract_references(text, registry=None)
    assert match.reference.name == name
    assert match.reference.issuer == issuer


def test_the_constitution_is_cited_by_its_year() -> None:
    (match,) = extract_references("Thực hiện Hiến pháp năm 2013 và các luật.", registry=None)
    assert match.text == "Hiến pháp năm 2013"
    assert match.reference.document_type is DocumentType.HIEN_PHAP
    assert match.reference.year == 2013
    assert extract_references("Kế hoạch năm 2023 của Sở.", registry=None) == []
    (bare,) = extract_references("Theo Hiến pháp 2013, ...", registry=None)
    assert (bare.text, bare.reference.year) == ("Hiến pháp 2013", 2013)
