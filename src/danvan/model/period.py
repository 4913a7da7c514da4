"""Reporting period (kỳ báo cáo): a month, a quarter, 6 or 9 months, a year, a span of years."""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import re
import unicodedata
from typing import Any

import attrs

from danvan.errors import ParseError
from danvan.model import _validators as v
from danvan.vn._parsing import (
    MAX_FIELD_LENGTH,
    checked_text,
    parser_errors,
    refuse_foreign_digits,
)
from danvan.vn.dates import format_date, parse_date
from danvan.vn.numbering import parse_roman, roman

__all__ = ["PeriodKind", "ReportingPeriod"]


class PeriodKind(enum.Enum):
    """Which kind of period a report covers."""

    MONTH = "month"
    """Tháng: "tháng 8 năm 2023"."""
    QUARTER = "quarter"
    """Quý: "Quý IV năm 2024"."""
    FIRST_HALF = "first_half"
    """6 tháng đầu năm."""
    SECOND_HALF = "second_half"
    """6 tháng cuối năm."""
    NINE_MONTHS = "nine_months"
    """9 tháng đầu năm."""
    YEAR = "year"
    """Năm: "năm 2021"."""
    SPAN = "span"
    """Giai đoạn: "giai đoạn 2015-2020" (both years included)."""
    RANGE = "range"
    """An explicit range of days: "từ ngày 15/12/2022 đến ngày 14/12/2023"."""


_NEEDS_MONTH = {PeriodKind.MONTH}
_NEEDS_QUARTER = {PeriodKind.QUARTER}


def _optional_int(what: str) -> Any:
    return v.optional(v.instance_of(int, what))


@attrs.frozen(kw_only=True)
class ReportingPeriod:
    """Kỳ báo cáo. Build with the class methods (``ReportingPeriod.of_year(2021)``) or :meth:`parse`.

    The fields a kind needs are checked at construction: a month needs ``month``, a
    span needs ``end_year`` after ``year``, a range needs ``start`` before ``end``.
    """

    kind: PeriodKind = attrs.field(validator=v.instance_of(PeriodKind))
    year: int | None = attrs.field(default=None, validator=_optional_int("năm"))
    month: int | None = attrs.field(default=None, validator=_optional_int("tháng"))
    quarter: int | None = attrs.field(default=None, validator=_optional_int("quý"))
    end_year: int | None = attrs.field(default=None, validator=_optional_int("năm cuối"))
    start: dt.date | None = attrs.field(
        default=None, converter=v.date_only, validator=v.optional(v.instance_of(dt.date, "từ ngày"))
    )
    end: dt.date | None = attrs.field(
        default=None,
        converter=v.date_only,
        validator=v.optional(v.instance_of(dt.date, "đến ngày")),
    )

    def __attrs_post_init__(self) -> None:
        kind = self.kind
        wanted = {
            "year": kind is not PeriodKind.RANGE,
            "month": kind in _NEEDS_MONTH,
            "quarter": kind in _NEEDS_QUARTER,
            "end_year": kind is PeriodKind.SPAN,
            "start": kind is PeriodKind.RANGE,
            "end": kind is PeriodKind.RANGE,
        }
        for name, needed in wanted.items():
            value = getattr(self, name)
            if needed and value is None:
                raise v.fail(self, name, None, f"a period of kind {kind.value!r} needs {name}")
            if not needed and value is not None:
                raise v.fail(
                    self, name, value, f"a period of kind {kind.value!r} does not take {name}"
                )
        if self.year is not None and not 1945 <= self.year <= 2100:
            raise v.fail(self, "year", self.year, "the year (năm) must be within 1945..2100")
        if self.month is not None and not 1 <= self.month <= 12:
            raise v.fail(self, "month", self.month, "the month (tháng) must be within 1..12")
        if self.quarter is not None and not 1 <= self.quarter <= 4:
            raise v.fail(self, "quarter", self.quarter, "the quarter (quý) must be within 1..4")
        if self.end_year is not None and self.year is not None and self.end_year <= self.year:
            raise v.fail(
                self,
                "end_year",
                self.end_year,
                f"a span (giai đoạn) must end after it starts ({self.year})",
            )
        if self.end_year is not None and self.end_year > 2100:
            raise v.fail(self, "end_year", self.end_year, "the year (năm) must be at most 2100")
        for name in ("start", "end"):
            day = getattr(self, name)
            if day is not None and not 1945 <= day.year <= 2100:
                raise v.fail(self, name, day, "the year (năm) must be within 1945..2100")
        if self.start is not None and self.end is not None and self.end < self.start:
            raise v.fail(
                self,
                "end",
                self.end,
                f"the period's dates must be in order: it starts on {self.start.isoformat()}",
            )

    # -- constructors ----------------------------------------------------------------
    @classmethod
    def of_month(cls, year: int, month: int) -> ReportingPeriod:
        """Tháng ``month`` năm ``year``."""
        return cls(kind=PeriodKind.MONTH, year=year, month=month)

    @classmethod
    def of_quarter(cls, year: int, quarter: int) -> ReportingPeriod:
        """Quý ``quarter`` năm ``year``."""
        return cls(kind=PeriodKind.QUARTER, year=year, quarter=quarter)

    @classmethod
    def first_half(cls, year: int) -> ReportingPeriod:
        """6 tháng đầu năm ``year``."""
        return cls(kind=PeriodKind.FIRST_HALF, year=year)

    @classmethod
    def second_half(cls, year: int) -> ReportingPeriod:
        """6 tháng cuối năm ``year``."""
        return cls(kind=PeriodKind.SECOND_HALF, year=year)

    @classmethod
    def nine_months(cls, year: int) -> ReportingPeriod:
        """9 tháng đầu năm ``year``."""
        return cls(kind=PeriodKind.NINE_MONTHS, year=year)

    @classmethod
    def of_year(cls, year: int) -> ReportingPeriod:
        """Năm ``year``."""
        return cls(kind=PeriodKind.YEAR, year=year)

    @classmethod
    def of_span(cls, first_year: int, last_year: int) -> ReportingPeriod:
        """Giai đoạn ``first_year``-``last_year``, both included."""
        return cls(kind=PeriodKind.SPAN, year=first_year, end_year=last_year)

    @classmethod
    def between(cls, start: dt.date, end: dt.date) -> ReportingPeriod:
        """Từ ngày ``start`` đến ngày ``end``, both included."""
        return cls(kind=PeriodKind.RANGE, start=start, end=end)

    # -- views ------------------------------------------------------------------------
    @property
    def start_date(self) -> dt.date:
        """The first day the period covers."""
        if self.start is not None:
            return self.start
        year = self._year
        if self.kind is PeriodKind.MONTH:
            return dt.date(year, self._month, 1)
        if self.kind is PeriodKind.QUARTER:
            return dt.date(year, 3 * (self._quarter - 1) + 1, 1)
        if self.kind is PeriodKind.SECOND_HALF:
            return dt.date(year, 7, 1)
        return dt.date(year, 1, 1)

    @property
    def end_date(self) -> dt.date:
        """The last day the period covers."""
        if self.end is not None:
            return self.end
        year = self._year
        last_month = {
            PeriodKind.MONTH: self.month,
            PeriodKind.QUARTER: None if self.quarter is None else 3 * self.quarter,
            PeriodKind.FIRST_HALF: 6,
            PeriodKind.SECOND_HALF: 12,
            PeriodKind.NINE_MONTHS: 9,
            PeriodKind.YEAR: 12,
            PeriodKind.SPAN: 12,
        }[self.kind]
        if self.kind is PeriodKind.SPAN and self.end_year is not None:
            year = self.end_year
        month = 12 if last_month is None else last_month
        return dt.date(year, month, calendar.monthrange(year, month)[1])

    def __contains__(self, day: object) -> bool:
        if isinstance(day, dt.datetime):  # a datetime is a date, but does not compare with one
            day = day.date()
        return isinstance(day, dt.date) and self.start_date <= day <= self.end_date

    def __str__(self) -> str:
        kind = self.kind
        if kind is PeriodKind.MONTH:
            return f"tháng {self.month} năm {self.year}"
        if kind is PeriodKind.QUARTER:
            return f"Quý {roman(self._quarter)} năm {self.year}"
        if kind is PeriodKind.FIRST_HALF:
            return f"6 tháng đầu năm {self.year}"
        if kind is PeriodKind.SECOND_HALF:
            return f"6 tháng cuối năm {self.year}"
        if kind is PeriodKind.NINE_MONTHS:
            return f"9 tháng đầu năm {self.year}"
        if kind is PeriodKind.YEAR:
            return f"năm {self.year}"
        if kind is PeriodKind.SPAN:
            return f"giai đoạn {self.year}-{self.end_year}"
        assert self.start is not None
        assert self.end is not None
        return (
            f"từ ngày {format_date(self.start, 'short')} đến ngày {format_date(self.end, 'short')}"
        )

    def next(self) -> ReportingPeriod:
        """The period a "tasks for the next period" section is about.

        9 months → the fourth quarter; a month → the following month; a year → the next
        year; 6 months (first half) → 6 months (second half); a span → the following span
        of the same length; a range → the range of the same length right after it.
        """
        kind = self.kind
        year = self._year if kind is not PeriodKind.RANGE else 0
        if kind is PeriodKind.MONTH:
            month = self._month
            return self.of_month(year + month // 12, month % 12 + 1)
        if kind is PeriodKind.QUARTER:
            quarter = self._quarter
            return self.of_quarter(year + quarter // 4, quarter % 4 + 1)
        if kind is PeriodKind.FIRST_HALF:
            return self.second_half(year)
        if kind is PeriodKind.SECOND_HALF:
            return self.first_half(year + 1)
        if kind is PeriodKind.NINE_MONTHS:
            return self.of_quarter(year, 4)
        if kind is PeriodKind.YEAR:
            return self.of_year(year + 1)
        if kind is PeriodKind.SPAN:
            assert self.end_year is not None
            length = self.end_year - year
            return self.of_span(self.end_year + 1, self.end_year + 1 + length)
        assert self.start is not None
        assert self.end is not None
        days = self.end - self.start
        first = self.end + dt.timedelta(days=1)
        return self.between(first, first + days)

    @property
    def _year(self) -> int:
        assert self.year is not None
        return self.year

    @property
    def _month(self) -> int:
        assert self.month is not None
        return self.month

    @property
    def _quarter(self) -> int:
        assert self.quarter is not None
        return self.quarter

    # -- parsing ----------------------------------------------------------------------
    @classmethod
    def parse(cls, text: str) -> ReportingPeriod:
        """Read the forms reports use: "tháng 8 năm 2023", "Quý IV năm 2024", "6 tháng đầu năm 2024",
        "9 tháng đầu năm 2024", "năm 2021", "giai đoạn 2015-2020", "từ ngày 15/12/2022 đến ngày 14/12/2023".

        Case and spacing are free; a quarter may be Roman or Arabic; "06 tháng" is read as 6.
        """
        text = checked_text(
            "ReportingPeriod", text, "a period (kỳ báo cáo)", max_length=MAX_FIELD_LENGTH
        )
        refuse_foreign_digits("ReportingPeriod", text)
        clean = " ".join(unicodedata.normalize("NFC", text).split()).casefold().rstrip(".")
        for pattern, build in _PATTERNS:
            if match := pattern.fullmatch(clean):
                with parser_errors(text):
                    period: ReportingPeriod = build(match, text)
                return period
        raise ParseError(
            "ReportingPeriod",
            text,
            "expected a period (kỳ báo cáo) such as 'tháng 8 năm 2023', 'Quý IV năm 2024', "
            "'6 tháng đầu năm 2024', '9 tháng đầu năm 2024', 'năm 2021' or 'giai đoạn 2015-2020'",
        )


def _year(match: re.Match[str], text: str, group: str = "year") -> int:
    year = int(match[group])
    if not 1945 <= year <= 2100:
        raise ParseError("ReportingPeriod.year", text, "the year (năm) must be within 1945..2100")
    return year


def _month(match: re.Match[str], text: str) -> ReportingPeriod:
    month = int(match["month"])
    if not 1 <= month <= 12:
        raise ParseError("ReportingPeriod.month", text, "the month (tháng) must be within 1..12")
    return ReportingPeriod.of_month(_year(match, text), month)


def _quarter(match: re.Match[str], text: str) -> ReportingPeriod:
    label = match["quarter"]
    try:
        quarter = int(label) if label.isdigit() else parse_roman(label)
    except ValueError:
        quarter = 0
    if not 1 <= quarter <= 4:
        raise ParseError("ReportingPeriod.quarter", text, "the quarter (quý) must be I..IV")
    return ReportingPeriod.of_quarter(_year(match, text), quarter)


def _span(match: re.Match[str], text: str) -> ReportingPeriod:
    first, last = _year(match, text), _year(match, text, "end")
    if last <= first:
        raise ParseError(
            "ReportingPeriod.end_year", text, "a span (giai đoạn) must end after it starts"
        )
    return ReportingPeriod.of_span(first, last)


def _range(match: re.Match[str], text: str) -> ReportingPeriod:
    try:
        start, end = parse_date(match["start"]), parse_date(match["end"])
    except ParseError as error:
        raise ParseError("ReportingPeriod", text, error.rule) from None
    if not isinstance(start, dt.date) or not isinstance(end, dt.date):
        raise ParseError("ReportingPeriod", text, "a range of days needs two full dates")
    if end < start:
        raise ParseError("ReportingPeriod.end", text, "the period's dates must be in order")
    return ReportingPeriod.between(start, end)


_Y = r"(?:năm\s)?(?P<year>[0-9]{4})"
_PATTERNS: tuple[tuple[re.Pattern[str], Any], ...] = (
    (re.compile(r"tháng (?P<month>[0-9]{1,2})(?: năm |/)(?P<year>[0-9]{4})"), _month),
    (re.compile(rf"quý (?P<quarter>[ivx]+|[0-9]) {_Y}"), _quarter),
    (
        re.compile(rf"0?6 tháng đầu {_Y}"),
        lambda m, t: ReportingPeriod.first_half(_year(m, t)),
    ),
    (
        re.compile(rf"0?6 tháng cuối {_Y}"),
        lambda m, t: ReportingPeriod.second_half(_year(m, t)),
    ),
    (
        re.compile(rf"0?9 tháng đầu {_Y}"),
        lambda m, t: ReportingPeriod.nine_months(_year(m, t)),
    ),
    (re.compile(r"năm (?P<year>[0-9]{4})"), lambda m, t: ReportingPeriod.of_year(_year(m, t))),
    (
        re.compile(r"(?:giai đoạn )?(?P<year>[0-9]{4}) ?[-–] ?(?P<end>[0-9]{4})"),
        _span,
    ),
    (
        re.compile(r"từ (?P<start>(?:ngày )?[0-9/.\- ]+?) đến (?P<end>(?:ngày )?[0-9/.\- ]+)"),
        _range,
    ),
)
