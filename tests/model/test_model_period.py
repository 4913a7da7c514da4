"""ReportingPeriod (kỳ báo cáo): parse, str, next(), start/end dates, membership."""

from __future__ import annotations

import datetime as dt
import pickle

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from danvan.errors import InvalidValueError, ParseError
from danvan.model import PeriodKind, ReportingPeriod

P = ReportingPeriod
K = PeriodKind

# (text as written, canonical str, the period)
ROUND_TRIP: list[tuple[str, str, ReportingPeriod]] = [
    ("tháng 8 năm 2023", "tháng 8 năm 2023", P.of_month(2023, 8)),
    ("Quý IV năm 2024", "Quý IV năm 2024", P.of_quarter(2024, 4)),
    ("6 tháng đầu năm 2024", "6 tháng đầu năm 2024", P.first_half(2024)),
    ("6 tháng cuối năm 2024", "6 tháng cuối năm 2024", P.second_half(2024)),
    ("9 tháng đầu năm 2024", "9 tháng đầu năm 2024", P.nine_months(2024)),
    ("năm 2021", "năm 2021", P.of_year(2021)),
    ("giai đoạn 2015-2020", "giai đoạn 2015-2020", P.of_span(2015, 2020)),
    (
        "từ ngày 15/12/2022 đến ngày 14/12/2023",
        "từ ngày 15/12/2022 đến ngày 14/12/2023",
        P.between(dt.date(2022, 12, 15), dt.date(2023, 12, 14)),
    ),
    # free case and spacing, Arabic quarters, "06 tháng", a trailing full stop
    ("Tháng 8 năm 2023", "tháng 8 năm 2023", P.of_month(2023, 8)),
    ("THÁNG 12 NĂM 2023", "tháng 12 năm 2023", P.of_month(2023, 12)),
    ("tháng 08 năm 2023", "tháng 8 năm 2023", P.of_month(2023, 8)),
    ("tháng 8/2023", "tháng 8 năm 2023", P.of_month(2023, 8)),
    ("  tháng   8  năm 2023 ", "tháng 8 năm 2023", P.of_month(2023, 8)),
    ("quý iv năm 2024", "Quý IV năm 2024", P.of_quarter(2024, 4)),
    ("Quý 4 năm 2024", "Quý IV năm 2024", P.of_quarter(2024, 4)),
    ("Quý I 2025", "Quý I năm 2025", P.of_quarter(2025, 1)),
    ("06 tháng đầu năm 2024", "6 tháng đầu năm 2024", P.first_half(2024)),
    ("09 tháng đầu năm 2024", "9 tháng đầu năm 2024", P.nine_months(2024)),
    ("Năm 2021.", "năm 2021", P.of_year(2021)),
    ("Giai đoạn 2021 - 2025", "giai đoạn 2021-2025", P.of_span(2021, 2025)),
    ("2018 - 2020", "giai đoạn 2018-2020", P.of_span(2018, 2020)),
    ("giai đoạn 2021–2025", "giai đoạn 2021-2025", P.of_span(2021, 2025)),
    (
        "từ ngày 05/01/2023 đến ngày 28/02/2023",
        "từ ngày 05/01/2023 đến ngày 28/02/2023",
        P.between(dt.date(2023, 1, 5), dt.date(2023, 2, 28)),
    ),
    (
        "từ 1/3/2023 đến 31/3/2023",
        "từ ngày 01/3/2023 đến ngày 31/3/2023",
        P.between(dt.date(2023, 3, 1), dt.date(2023, 3, 31)),
    ),
]


@pytest.mark.parametrize(("text", "canonical", "period"), ROUND_TRIP)
def test_parse_and_str(text: str, canonical: str, period: ReportingPeriod) -> None:
    parsed = ReportingPeriod.parse(text)
    assert parsed == period
    assert str(parsed) == canonical
    assert ReportingPeriod.parse(canonical) == period


NEXT: list[tuple[str, str]] = [
    ("9 tháng đầu năm 2024", "Quý IV năm 2024"),
    ("tháng 8 năm 2023", "tháng 9 năm 2023"),
    ("tháng 12 năm 2023", "tháng 1 năm 2024"),
    ("tháng 1 năm 2024", "tháng 2 năm 2024"),
    ("năm 2021", "năm 2022"),
    ("Quý I năm 2024", "Quý II năm 2024"),
    ("Quý III năm 2024", "Quý IV năm 2024"),
    ("Quý IV năm 2024", "Quý I năm 2025"),
    ("6 tháng đầu năm 2024", "6 tháng cuối năm 2024"),
    ("6 tháng cuối năm 2024", "6 tháng đầu năm 2025"),
    ("giai đoạn 2015-2020", "giai đoạn 2021-2026"),
    ("giai đoạn 2021-2025", "giai đoạn 2026-2030"),
    ("từ ngày 01/3/2023 đến ngày 31/3/2023", "từ ngày 01/4/2023 đến ngày 01/5/2023"),
    ("từ ngày 15/12/2022 đến ngày 14/12/2023", "từ ngày 15/12/2023 đến ngày 13/12/2024"),
]


@pytest.mark.parametrize(("text", "following"), NEXT)
def test_next(text: str, following: str) -> None:
    period = ReportingPeriod.parse(text)
    assert str(period.next()) == following
    assert period.next() == ReportingPeriod.parse(following)


def test_next_of_a_span_and_range_keeps_the_length() -> None:
    span = ReportingPeriod.of_span(2015, 2020)
    after = span.next()
    assert after.end_date.year - after.start_date.year == 5
    assert after.start_date == span.end_date + dt.timedelta(days=1)
    days = ReportingPeriod.between(dt.date(2023, 3, 1), dt.date(2023, 3, 31))
    assert (days.next().end - days.next().start) == (days.end - days.start)  # type: ignore[operator]
    assert days.next().start == dt.date(2023, 4, 1)


DATES: list[tuple[ReportingPeriod, dt.date, dt.date]] = [
    (P.of_month(2023, 8), dt.date(2023, 8, 1), dt.date(2023, 8, 31)),
    (P.of_month(2024, 2), dt.date(2024, 2, 1), dt.date(2024, 2, 29)),  # leap year
    (P.of_month(2023, 2), dt.date(2023, 2, 1), dt.date(2023, 2, 28)),
    (P.of_month(2023, 12), dt.date(2023, 12, 1), dt.date(2023, 12, 31)),
    (P.of_quarter(2024, 1), dt.date(2024, 1, 1), dt.date(2024, 3, 31)),
    (P.of_quarter(2024, 2), dt.date(2024, 4, 1), dt.date(2024, 6, 30)),
    (P.of_quarter(2024, 3), dt.date(2024, 7, 1), dt.date(2024, 9, 30)),
    (P.of_quarter(2024, 4), dt.date(2024, 10, 1), dt.date(2024, 12, 31)),
    (P.first_half(2024), dt.date(2024, 1, 1), dt.date(2024, 6, 30)),
    (P.second_half(2024), dt.date(2024, 7, 1), dt.date(2024, 12, 31)),
    (P.nine_months(2024), dt.date(2024, 1, 1), dt.date(2024, 9, 30)),
    (P.of_year(2021), dt.date(2021, 1, 1), dt.date(2021, 12, 31)),
    (P.of_span(2015, 2020), dt.date(2015, 1, 1), dt.date(2020, 12, 31)),
    (
        P.between(dt.date(2022, 12, 15), dt.date(2023, 12, 14)),
        dt.date(2022, 12, 15),
        dt.date(2023, 12, 14),
    ),
    (P.between(dt.date(2023, 5, 5), dt.date(2023, 5, 5)), dt.date(2023, 5, 5), dt.date(2023, 5, 5)),
]


@pytest.mark.parametrize(("period", "start", "end"), DATES)
def test_start_and_end_dates(period: ReportingPeriod, start: dt.date, end: dt.date) -> None:
    assert period.start_date == start
    assert period.end_date == end
    assert start in period
    assert end in period
    assert start - dt.timedelta(days=1) not in period
    assert end + dt.timedelta(days=1) not in period


def test_contains_only_dates() -> None:
    period = ReportingPeriod.of_year(2021)
    assert dt.date(2021, 6, 15) in period
    assert dt.datetime(2021, 6, 15, 12, 0) in period  # a datetime is a date
    assert "2021-06-15" not in period
    assert 2021 not in period
    assert None not in period


def test_next_starts_the_day_after_for_consecutive_kinds() -> None:
    for period in [
        P.of_month(2023, 12),
        P.of_quarter(2024, 4),
        P.first_half(2024),
        P.second_half(2024),
        P.nine_months(2024),
        P.of_year(2021),
        P.of_span(2015, 2020),
    ]:
        assert period.next().start_date == period.end_date + dt.timedelta(days=1)


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("tháng 13 năm 2023", "ReportingPeriod.month"),
        ("tháng 0 năm 2023", "ReportingPeriod.month"),
        ("Quý V năm 2024", "ReportingPeriod.quarter"),
        ("Quý 5 năm 2024", "ReportingPeriod.quarter"),
        ("Quý 0 năm 2024", "ReportingPeriod.quarter"),
        ("Quý IIII năm 2024", "ReportingPeriod.quarter"),
        ("năm 1800", "ReportingPeriod.year"),
        ("năm 2200", "ReportingPeriod.year"),
        ("giai đoạn 2020-2015", "ReportingPeriod.end_year"),
        ("giai đoạn 2020-2020", "ReportingPeriod.end_year"),
        ("từ ngày 15/12/2023 đến ngày 14/12/2022", "ReportingPeriod.end"),
        ("từ ngày 30/02/2023 đến ngày 14/12/2023", "ReportingPeriod"),
        ("", "ReportingPeriod"),
        ("abc", "ReportingPeriod"),
        ("tháng tám năm 2023", "ReportingPeriod"),
        ("12 tháng đầu năm 2024", "ReportingPeriod"),
        ("năm 21", "ReportingPeriod"),
        ("Quý năm 2024", "ReportingPeriod"),
        ("tháng 8", "ReportingPeriod"),
    ],
)
def test_parse_errors(text: str, field: str) -> None:
    with pytest.raises(ParseError) as info:
        ReportingPeriod.parse(text)
    assert info.value.field == field
    assert repr(text) in str(info.value)


@pytest.mark.parametrize("value", [None, 2021, dt.date(2021, 1, 1)])
def test_parse_rejects_non_text(value: object) -> None:
    with pytest.raises(ParseError, match="as text"):
        ReportingPeriod.parse(value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("build", "field"),
    [
        (lambda: P.of_month(2023, 13), "ReportingPeriod.month"),
        (lambda: P.of_month(2023, 0), "ReportingPeriod.month"),
        (lambda: P.of_quarter(2024, 5), "ReportingPeriod.quarter"),
        (lambda: P.of_year(1900), "ReportingPeriod.year"),
        (lambda: P.of_span(2020, 2015), "ReportingPeriod.end_year"),
        (lambda: P.of_span(2020, 2020), "ReportingPeriod.end_year"),
        (lambda: P.of_span(2020, 2101), "ReportingPeriod.end_year"),
        (
            lambda: P.between(dt.date(2023, 2, 1), dt.date(2023, 1, 31)),
            "ReportingPeriod.end",
        ),
        (lambda: P(kind=K.MONTH, year=2023), "ReportingPeriod.month"),
        (lambda: P(kind=K.QUARTER, year=2023), "ReportingPeriod.quarter"),
        (lambda: P(kind=K.YEAR), "ReportingPeriod.year"),
        (lambda: P(kind=K.YEAR, year=2021, month=3), "ReportingPeriod.month"),
        (lambda: P(kind=K.SPAN, year=2015), "ReportingPeriod.end_year"),
        (lambda: P(kind=K.RANGE, start=dt.date(2023, 1, 1)), "ReportingPeriod.end"),
        (
            lambda: P(kind=K.RANGE, year=2023, start=dt.date(2023, 1, 1), end=dt.date(2023, 2, 1)),
            "ReportingPeriod.year",
        ),
        (lambda: P(kind="month", year=2023, month=8), "ReportingPeriod.kind"),  # type: ignore[arg-type]
        (lambda: P.of_month(2023, "8"), "ReportingPeriod.month"),  # type: ignore[arg-type]
        (lambda: P.of_year(True), "ReportingPeriod.year"),  # type: ignore[arg-type]
        (lambda: P.between("2023-01-01", dt.date(2023, 2, 1)), "ReportingPeriod.start"),  # type: ignore[arg-type]
    ],
)
def test_constructor_errors(build: object, field: str) -> None:
    with pytest.raises(InvalidValueError) as info:
        build()  # type: ignore[operator]
    assert info.value.field == field
    assert field in str(info.value)


def test_frozen_keyword_only_hashable_picklable() -> None:
    period = ReportingPeriod.of_quarter(2024, 4)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        period.quarter = 1  # type: ignore[misc]
    with pytest.raises(TypeError):
        ReportingPeriod(K.YEAR, 2021)  # type: ignore[misc]
    assert not hasattr(period, "__dict__")
    assert hash(period) == hash(ReportingPeriod.parse("Quý IV năm 2024"))
    assert pickle.loads(pickle.dumps(period)) == period
    assert attrs.evolve(period, quarter=1) == ReportingPeriod.of_quarter(2024, 1)


# -- property: parse(str(p)) == p -----------------------------------------------------------
_years = st.integers(min_value=1945, max_value=2099)
_days = st.dates(min_value=dt.date(1945, 1, 1), max_value=dt.date(2100, 12, 31))


@st.composite
def _ranges(draw: st.DrawFn) -> ReportingPeriod:
    first, second = sorted([draw(_days), draw(_days)])
    return ReportingPeriod.between(first, second)


periods = st.one_of(
    st.builds(P.of_month, _years, st.integers(min_value=1, max_value=12)),
    st.builds(P.of_quarter, _years, st.integers(min_value=1, max_value=4)),
    st.builds(P.first_half, _years),
    st.builds(P.second_half, _years),
    st.builds(P.nine_months, _years),
    st.builds(P.of_year, _years),
    _years.flatmap(
        lambda y: st.builds(P.of_span, st.just(y), st.integers(min_value=y + 1, max_value=2100))
    ),
    _ranges(),
)


@given(periods)
def test_parse_str_round_trip(period: ReportingPeriod) -> None:
    assert ReportingPeriod.parse(str(period)) == period


@given(periods)
def test_dates_are_in_order_and_inside(period: ReportingPeriod) -> None:
    assert period.start_date <= period.end_date
    assert period.start_date in period
    assert period.end_date in period


@given(
    periods.filter(
        lambda p: (
            p.kind is not K.SPAN
            and (p.end_date + (p.end_date - p.start_date) + dt.timedelta(days=1)).year <= 2100
        )
    )
)
def test_next_comes_after(period: ReportingPeriod) -> None:
    following = period.next()
    assert following.start_date == period.end_date + dt.timedelta(days=1)


def test_a_range_given_datetimes_stores_dates() -> None:
    period = ReportingPeriod.between(dt.datetime(2024, 1, 1, 8, 30), dt.datetime(2024, 3, 31, 17))
    assert period.start == dt.date(2024, 1, 1)
    assert type(period.end) is dt.date
