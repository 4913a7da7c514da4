"""The bundled example (ví dụ mẫu): an annual report of a fictional department on grassroots democracy.

"Sở Dân sinh và Cộng đồng" and every person, number and figure below are invented for
illustration; only the cited national documents (Luật số 10/2022/QH15, Kết luận số
114-KL/TW) are real.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from danvan.model import (
    Agency,
    Appendix,
    Authority,
    BulletItem,
    BulletList,
    Citation,
    Count,
    DocumentNumber,
    DocumentType,
    Emphasis,
    Footnote,
    Indicator,
    IndicatorTable,
    LegalReference,
    Money,
    Paragraph,
    Percent,
    PlaceDate,
    Ratio,
    Recipient,
    Recipients,
    Report,
    ReportingPeriod,
    Section,
    Signature,
    TextValue,
)

__all__ = ["DEMO_AGENCY", "demo_report"]

DEMO_AGENCY = Agency(
    name="Sở Dân sinh và Cộng đồng",
    abbreviation="SDSCĐ",
    parent="UBND tỉnh Nghệ An",
    province="Nghệ An",
)
"""A fictional department (sở) of a real province."""

LAW_ON_GRASSROOTS_DEMOCRACY = LegalReference(
    document_type=DocumentType.LUAT,
    name="Thực hiện dân chủ ở cơ sở",
    symbol=DocumentNumber.parse("10/2022/QH15"),
    date=dt.date(2022, 11, 10),
    issuer="Quốc hội",
)
CONCLUSION_114 = LegalReference(
    document_type=DocumentType.KET_LUAN,
    symbol=DocumentNumber.parse("114-KL/TW"),
    date=dt.date(2015, 7, 14),
    issuer="Ban Bí thư Trung ương Đảng",
    term="khóa XI",
    title="Nâng cao hiệu quả công tác dân vận của cơ quan nhà nước các cấp",
)
PROVINCIAL_PLAN = LegalReference(
    document_type=DocumentType.KE_HOACH,
    symbol=DocumentNumber.parse("12-KH/BCĐ"),
    date=dt.date(2025, 1, 20),
    issuer="Ban Chỉ đạo thực hiện dân chủ ở cơ sở tỉnh",
)


def _p(*parts: str | Citation | Emphasis | Footnote) -> Paragraph:
    return Paragraph.of(*parts)


def _body() -> tuple[Section, ...]:
    situation = Section(
        title="Đặc điểm tình hình",
        blocks=(
            _p(
                "Sở Dân sinh và Cộng đồng là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, "
                "gồm 05 phòng chuyên môn và 02 đơn vị sự nghiệp với 118 cán bộ, công chức, "
                "viên chức và người lao động. Năm 2025, Sở triển khai nhiệm vụ trong điều kiện "
                "sắp xếp lại tổ chức bộ máy, khối lượng công việc lớn, đòi hỏi phát huy dân chủ "
                "và sự đồng thuận trong toàn cơ quan."
            ),
        ),
    )
    leadership = Section(
        title="Công tác lãnh đạo, chỉ đạo",
        blocks=(
            _p(
                "Đảng ủy, tập thể lãnh đạo Sở quán triệt và tổ chức thực hiện ",
                Citation.of(LAW_ON_GRASSROOTS_DEMOCRACY),
                " và ",
                Citation(text="Kết luận số 114-KL/TW", reference=CONCLUSION_114),
                " gắn với nhiệm vụ chuyên môn của từng phòng, đơn vị.",
            ),
            BulletList.of(
                "Ban hành Kế hoạch thực hiện dân chủ ở cơ sở năm 2025 và Quy chế dân chủ "
                "trong hoạt động của cơ quan (sửa đổi);",
                "Lồng ghép nội dung dân chủ ở cơ sở vào sinh hoạt chi bộ hằng tháng;",
                "Kiểm tra việc thực hiện tại 02 đơn vị sự nghiệp trực thuộc.",
            ),
        ),
    )
    openness = Section(
        title="Công khai thông tin",
        blocks=(
            BulletList(
                items=(
                    BulletItem(
                        content=_p("Niêm yết công khai tại trụ sở và trên Cổng thông tin điện tử:"),
                        children=BulletList.of(
                            "Dự toán và quyết toán ngân sách năm;",
                            "Kế hoạch tuyển dụng, nâng lương, bổ nhiệm;",
                            "Thủ tục hành chính thuộc thẩm quyền giải quyết của Sở.",
                            marker="+",
                        ),
                    ),
                    BulletItem(
                        content=_p(
                            "Thông báo bằng văn bản đến từng phòng, đơn vị những nội dung cán bộ, "
                            "công chức, viên chức được bàn và quyết định."
                        )
                    ),
                ),
            ),
        ),
    )
    conference = Section(
        title="Hội nghị cán bộ, công chức, viên chức",
        blocks=(
            _p(
                "Hội nghị cán bộ, công chức, viên chức năm 2025 được tổ chức đúng quy trình, "
                "với 112/118 người tham dự",
                Footnote(text="06 người vắng mặt có lý do, đã gửi ý kiến bằng văn bản."),
                "; 27 ý kiến đóng góp đều được lãnh đạo Sở tiếp thu, giải trình.",
            ),
        ),
    )
    democracy = Section(
        title="Thực hiện dân chủ trong hoạt động của cơ quan",
        blocks=(openness, conference),
    )
    emulation = Section(
        title="Phong trào thi đua “Dân vận khéo”",
        blocks=(
            _p(
                "Sở xây dựng mô hình ",
                Emphasis(text="“Một lần đến, trọn việc”"),
                " tại bộ phận một cửa, rút ngắn thời gian giải quyết hồ sơ bình quân "
                "từ 7 ngày xuống còn 4 ngày.",
            ),
        ),
    )
    results = Section(title="Kết quả thực hiện", blocks=(leadership, democracy, emulation))
    assessment = Section(
        title="Đánh giá chung",
        blocks=(
            Section(
                title="Kết quả đạt được",
                blocks=(
                    _p(
                        "Dân chủ trong cơ quan được phát huy; không có đơn thư khiếu nại, tố cáo "
                        "vượt cấp; các chỉ tiêu của Kế hoạch năm đều hoàn thành."
                    ),
                ),
            ),
            Section(
                title="Hạn chế, nguyên nhân",
                blocks=(
                    _p(
                        "Việc lấy ý kiến người dân về dự thảo văn bản còn hình thức ở một số "
                        "nội dung; nguyên nhân chủ yếu là thời gian lấy ý kiến ngắn."
                    ),
                ),
            ),
        ),
    )
    next_year = Section(
        title="Phương hướng, nhiệm vụ năm 2026",
        blocks=(
            Section(
                blocks=(
                    _p(
                        "Tiếp tục quán triệt Luật Thực hiện dân chủ ở cơ sở đến toàn thể cán bộ, "
                        "công chức, viên chức và người lao động."
                    ),
                )
            ),
            Section(
                blocks=(
                    _p(
                        "Kéo dài thời gian lấy ý kiến người dân về dự thảo văn bản tối thiểu "
                        "30 ngày; công khai kết quả tiếp thu, giải trình."
                    ),
                )
            ),
            Section(
                blocks=(
                    _p("Nhân rộng mô hình “Dân vận khéo” tại các đơn vị sự nghiệp trực thuộc."),
                )
            ),
        ),
    )
    proposals = Section(
        title="Kiến nghị, đề xuất",
        blocks=(
            _p(
                "Đề nghị Ban Chỉ đạo tỉnh tổ chức tập huấn chuyên sâu về hình thức công khai "
                "thông tin trên môi trường điện tử."
            ),
        ),
    )
    return (situation, results, assessment, next_year, proposals)


def _appendix() -> Appendix:
    table = IndicatorTable(
        indicators=(
            Indicator(
                name="Tổng số văn bản chỉ đạo, triển khai đã ban hành",
                value=Count(value=12, unit="văn bản"),
                breakdown=(
                    Indicator(name="Cấp ủy", value=Count(value=4, unit="văn bản")),
                    Indicator(name="Chính quyền", value=Count(value=8, unit="văn bản")),
                ),
                breakdown_complete=True,
            ),
            Indicator(
                name="Số cuộc kiểm tra, giám sát việc thực hiện dân chủ ở cơ sở",
                value=Count(value=3, unit="cuộc"),
            ),
            Indicator(
                name="Hội nghị đối thoại giữa người đứng đầu với người dân, doanh nghiệp",
                value=Count(value=2, unit="cuộc"),
            ),
            Indicator(
                name="Kinh phí hỗ trợ hộ nghèo, hộ có hoàn cảnh khó khăn",
                value=Money(amount=25_350_000),
                breakdown=(
                    Indicator(name="Từ ngân sách nhà nước", value=Money(amount=15_000_000)),
                    Indicator(name="Từ đóng góp của công đoàn", value=Money(amount=10_350_000)),
                ),
                breakdown_complete=True,
            ),
            Indicator(
                name="Hồ sơ thủ tục hành chính giải quyết đúng hạn",
                value=Ratio(numerator=412, denominator=412, percent=100, unit="hồ sơ"),
            ),
            Indicator(
                name="Tỷ lệ dịch vụ công trực tuyến toàn trình",
                value=Percent(value=Decimal("87.5")),
            ),
            Indicator(
                name="Đơn thư khiếu nại, tố cáo",
                value=TextValue(text="Không phát sinh"),
            ),
        )
    )
    return Appendix(title="Số liệu thực hiện dân chủ ở cơ sở năm 2025", blocks=(table,))


def demo_report() -> Report:
    """The bundled example: Báo cáo số 05/BC-SDSCĐ, kết quả thực hiện dân chủ ở cơ sở năm 2025."""
    return Report(
        number=DocumentNumber.parse("05/BC-SDSCĐ"),
        issuer=DEMO_AGENCY,
        place_date=PlaceDate(place="Nghệ An", date=dt.date(2025, 12, 15)),
        period=ReportingPeriod.of_year(2025),
        subject="Kết quả thực hiện dân chủ ở cơ sở năm 2025",
        addressees=("Ban Chỉ đạo thực hiện dân chủ ở cơ sở tỉnh Nghệ An",),
        bases=(
            _p(
                "Thực hiện ",
                Citation.of(PROVINCIAL_PLAN),
                " về thực hiện dân chủ ở cơ sở năm 2025, Sở Dân sinh và Cộng đồng báo cáo kết "
                "quả thực hiện như sau:",
            ),
        ),
        body=_body(),
        closing=(
            _p(
                "Trên đây là báo cáo kết quả thực hiện dân chủ ở cơ sở năm 2025 của Sở Dân sinh "
                "và Cộng đồng./."
            ),
        ),
        recipients=Recipients(
            as_above=True,
            entries=(
                Recipient(name="Ban Dân vận Tỉnh ủy", purpose="để báo cáo"),
                Recipient(name="Sở Nội vụ", purpose="để tổng hợp"),
                Recipient(name="Giám đốc, các Phó Giám đốc Sở"),
            ),
            archive=("VT", "VP"),
        ),
        signature=Signature(
            authority=Authority.KT,
            head_title="Giám đốc",
            signer_title="Phó Giám đốc",
            name="Trần Thị Minh Hòa",
        ),
        appendices=(_appendix(),),
    )
