"""Fictional unit reports with indicator appendices, for the aggregation tests."""

from __future__ import annotations

import datetime as dt

import danvan as dv


def unit_report(
    unit: str,
    abbreviation: str,
    *,
    meetings: int,
    province_level: int,
    commune_level: int,
    money: int,
    public: tuple[int, int],
    extra: dv.Indicator | None = None,
    number: int = 7,
) -> dv.Report:
    """A unit's yearly report whose appendix holds the indicators the province sums."""
    indicators = [
        dv.Indicator(
            name="Số hội nghị tuyên truyền",
            value=dv.Count(value=meetings),
            breakdown=[
                dv.Indicator(name="cấp tỉnh", value=dv.Count(value=province_level)),
                dv.Indicator(name="cấp xã", value=dv.Count(value=commune_level)),
            ],
        ),
        dv.Indicator(name="Kinh phí thực hiện", value=dv.Money(amount=money)),
        dv.Indicator(
            name="Thủ tục được công khai",
            value=dv.Ratio(numerator=public[0], denominator=public[1], unit="thủ tục"),
        ),
    ]
    if extra is not None:
        indicators.append(extra)
    return dv.Report(
        number=dv.DocumentNumber.parse(f"{number:02d}/BC-{abbreviation}"),
        issuer=dv.Agency(name=unit, abbreviation=abbreviation),
        place_date=dv.PlaceDate(place="Lạng Sơn", date=dt.date(2025, 12, 10)),
        period=dv.ReportingPeriod.parse("năm 2025"),
        subject="Kết quả công tác dân vận chính quyền năm 2025",
        status=dv.DocumentStatus.DRAFT,
        appendices=[
            dv.Appendix(
                title="SỐ LIỆU",
                blocks=[dv.IndicatorTable(indicators=indicators)],
            )
        ],
    )
