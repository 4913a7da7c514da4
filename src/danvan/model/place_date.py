"""Place and date of issue (địa danh và thời gian ban hành), line 4 of the header."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from danvan.errors import InvalidValueError, ParseError
from danvan.model import _validators as v
from danvan.vn._parsing import MAX_LINE_LENGTH, checked_text, parser_errors
from danvan.vn.dates import PartialDate, format_date, parse_date

__all__ = ["DateLike", "PlaceDate", "coerce_date"]

DateLike = dt.date | PartialDate


def coerce_date(value: Any) -> Any:
    """Converter: a ``datetime`` becomes its date; a complete :class:`PartialDate` becomes a ``date``."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, PartialDate) and value.is_complete:
        return value.to_date()
    return value


@attrs.frozen(kw_only=True)
class PlaceDate:
    """Địa danh, ngày tháng năm: "Sơn La, ngày 14 tháng 11 năm 2021".

    A draft may leave the day and month blank: ``date=PartialDate(year=2023, month=1)``
    prints "Hưng Yên, ngày     tháng 01 năm 2023".
    """

    place: str = attrs.field(
        converter=v.text, validator=v.non_empty_text("the place name (địa danh)")
    )
    date: DateLike = attrs.field(
        converter=coerce_date,
        validator=v.instance_of((dt.date, PartialDate), "ngày tháng năm"),
    )

    @property
    def is_complete(self) -> bool:
        """True when day, month and year are all given."""
        return isinstance(self.date, dt.date)

    def __str__(self) -> str:
        return f"{self.place}, {format_date(self.date)}"

    @classmethod
    def parse(cls, text: str) -> PlaceDate:
        """Read "Sơn La, ngày 14 tháng 11 năm 2021" (or "Hưng Yên, ngày tháng 01 năm 2023")."""
        text = checked_text(
            "PlaceDate", text, "a place and date (địa danh, ngày tháng)", max_length=MAX_LINE_LENGTH
        )
        place, comma, rest = text.partition(",")
        if not comma or not place.strip():
            raise ParseError(
                "PlaceDate",
                text,
                "expected '<place>, ngày <day> tháng <month> năm <year>' "
                "(địa danh, then a comma, then the date)",
            )
        try:
            date = parse_date(rest)
        except InvalidValueError as error:
            raise ParseError("PlaceDate.date", text, error.rule) from None
        with parser_errors(text):
            return cls(place=place.strip(), date=date)
