"""Dates (ngày tháng năm) written the way Nghị định 30/2020/NĐ-CP asks, and read back from text.

ND30 Phụ lục I, II.4.b: a day below 10 and the months 1 and 2 take a leading zero
("ngày 05 tháng 01 năm 2023", "ngày 14 tháng 7 năm 2015"), so a digit cannot be added later.
A draft leaves the day and month blank ("ngày     tháng 01 năm 2023"): a :class:`PartialDate`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from typing import Literal

import attrs

from danvan.errors import InvalidValueError, ParseError
from danvan.vn._parsing import MAX_FIELD_LENGTH, checked_text, refuse_foreign_digits

__all__ = ["BLANK", "PartialDate", "format_date", "parse_date"]

BLANK = "   "
"""The blank (chỗ trống) a form leaves for a missing day or month: exactly three spaces."""

MIN_YEAR = 1000
MAX_YEAR = 9999

_PARTS = {"day": "day (ngày)", "month": "month (tháng)", "year": "year (năm)"}


def _check_int(field: str, value: object, part: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidValueError(field, value, f"the {_PARTS[part]} must be an int")
    return value


@attrs.frozen(kw_only=True)
class PartialDate:
    """A date whose day, or day and month, may be blank (ngày tháng năm chưa điền đủ).

    Drafts are dated "ngày     tháng 01 năm 2023" until they are signed. A day needs a
    month; a PartialDate with all three parts is allowed (see :attr:`is_complete`).
    """

    year: int
    month: int | None = None
    day: int | None = None

    def __attrs_post_init__(self) -> None:
        year = _check_int("PartialDate.year", self.year, "year")
        if not MIN_YEAR <= year <= MAX_YEAR:
            raise InvalidValueError(
                "PartialDate.year",
                year,
                f"year (năm) {year} is outside {MIN_YEAR}..{MAX_YEAR} (four digits)",
            )
        if self.month is not None:
            month = _check_int("PartialDate.month", self.month, "month")
            if not 1 <= month <= 12:
                raise InvalidValueError(
                    "PartialDate.month", month, f"month (tháng) {month} is outside 1..12"
                )
        if self.day is not None:
            day = _check_int("PartialDate.day", self.day, "day")
            if self.month is None:
                raise InvalidValueError(
                    "PartialDate.day",
                    day,
                    "a day (ngày) needs a month (tháng): only the day, or the day and month, "
                    "may be left blank",
                )
            if not 1 <= day <= 31:
                raise InvalidValueError(
                    "PartialDate.day", day, f"day (ngày) {day} is outside 1..31"
                )
            if day > calendar.monthrange(year, self.month)[1]:
                raise InvalidValueError(
                    "PartialDate.day",
                    day,
                    f"day (ngày) {day} does not exist in month {self.month} of {year}",
                )

    @property
    def is_complete(self) -> bool:
        """True when the day and month are both filled in."""
        return self.day is not None and self.month is not None

    def to_date(self) -> dt.date:
        """The :class:`datetime.date`; raises :class:`InvalidValueError` if a part is blank."""
        if self.day is None or self.month is None:
            missing = "day (ngày)" if self.month is not None else "day and month (ngày, tháng)"
            raise InvalidValueError(
                "PartialDate", self, f"to_date() needs a full date but the {missing} is blank"
            )
        return dt.date(self.year, self.month, self.day)


def _day(day: int | None) -> str:
    return BLANK if day is None else f"{day:02d}"


def _month(month: int | None) -> str:
    # ND30: only months 1 and 2 take a leading zero (01, 02, 3, ..., 12).
    if month is None:
        return BLANK
    return f"{month:02d}" if month <= 2 else str(month)


def format_date(d: dt.date | PartialDate, style: Literal["long", "short"] = "long") -> str:
    """Write a date (viết ngày tháng năm): "ngày 05 tháng 01 năm 2023" or short "05/01/2023".

    Blank parts of a :class:`PartialDate` become :data:`BLANK`: "ngày     tháng 01 năm 2023",
    "   /01/2023". A :class:`datetime.datetime` is written as its date.
    """
    if style not in ("long", "short"):
        raise InvalidValueError("format_date.style", style, "style must be 'long' or 'short'")
    if isinstance(d, PartialDate):
        year, month, day = d.year, d.month, d.day
    elif isinstance(d, dt.date):
        year, month, day = d.year, d.month, d.day
        if year < MIN_YEAR:
            raise InvalidValueError(
                "format_date.d", d, f"year (năm) {year} is outside {MIN_YEAR}..{MAX_YEAR}"
            )
    else:
        raise InvalidValueError(
            "format_date.d", d, "a date must be a datetime.date or a PartialDate"
        )
    if style == "long":
        return f"ngày {_day(day)} tháng {_month(month)} năm {year}"
    return f"{_day(day)}/{_month(month)}/{year}"


# Numbers are captured as any run of ASCII digits so the error can say what is wrong
# with them; [0-9] rather than \d keeps out other scripts' digits. The text is matched
# after every run of whitespace became one space, and each pattern reads a space in one
# way only, so matching takes linear time even on hostile input (issue 8).
_LONG = re.compile(
    r"ngày (?:(?P<day>[0-9]+) )?tháng (?:(?P<month>[0-9]+) )?năm(?: (?P<year>[0-9]+))?"
)
_SHORT = re.compile(
    r"(?:ngày )?(?:(?P<day>[0-9]+) ?)?(?P<sep>[/.\-]) ?(?:(?P<month>[0-9]+) ?)?(?P=sep) ?"
    r"(?P<year>[0-9]+)"
)
_YEAR_FIRST = re.compile(r"[0-9]{4} ?([/.\-]) ?[0-9]{1,2} ?\1 ?[0-9]{1,2}")
_EXPECTED = (
    "expected 'ngày D tháng M năm YYYY' or 'D/M/YYYY' (also 'D.M.YYYY', 'D-M-YYYY'); "
    "the day, or the day and month, may be left blank"
)


def _number(text: str, part: str, group: str, digits: tuple[int, int]) -> int:
    low, high = digits
    if not low <= len(group) <= high:
        count = str(low) if low == high else f"{low} or {high}"
        raise ParseError("date", text, f"the {_PARTS[part]} {group!r} must have {count} digits")
    return int(group)


def parse_date(text: str) -> dt.date | PartialDate:
    """Read a date (đọc ngày tháng năm) in the long or short form used in documents.

    Returns a :class:`datetime.date` when complete, a :class:`PartialDate` when the day
    (or day and month) is blank. Raises :class:`ParseError` for anything else.
    """
    text = checked_text("date", text, "a date (ngày tháng năm)", max_length=MAX_FIELD_LENGTH)
    refuse_foreign_digits("date", text)
    cleaned = " ".join(unicodedata.normalize("NFC", text).lower().split())
    if _YEAR_FIRST.fullmatch(cleaned):
        raise ParseError(
            "date", text, "year-first order (ISO) is not a Vietnamese form: write D/M/YYYY"
        )
    match = _LONG.fullmatch(cleaned) or _SHORT.fullmatch(cleaned)
    if match is None:
        raise ParseError("date", text, _EXPECTED)
    if not match["year"]:
        raise ParseError("date", text, "the year (năm) is missing; only day and month may be blank")
    day = _number(text, "day", match["day"], (1, 2)) if match["day"] else None
    month = _number(text, "month", match["month"], (1, 2)) if match["month"] else None
    year = _number(text, "year", match["year"], (4, 4))
    try:
        partial = PartialDate(year=year, month=month, day=day)
    except InvalidValueError as error:
        raise ParseError("date", text, error.rule) from None
    return partial.to_date() if partial.is_complete else partial
