"""Dates (ngày tháng năm): ND30 padding, partial dates, and every date form in the corpus."""

from __future__ import annotations

import datetime as dt
import pickle
import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from danvan.errors import InvalidValueError, ParseError
from danvan.vn.dates import BLANK, PartialDate, format_date, parse_date

# --- PartialDate -------------------------------------------------------------------------


def test_blank_is_three_spaces() -> None:
    assert BLANK == "   "


@pytest.mark.parametrize(
    ("kwargs", "complete"),
    [
        ({"year": 2020}, False),
        ({"year": 2023, "month": 1}, False),
        ({"year": 2021, "month": 11, "day": 14}, True),
        ({"year": 2024, "month": 2, "day": 29}, True),
        ({"year": 1000}, False),
        ({"year": 9999, "month": 12, "day": 31}, True),
    ],
)
def test_partial_date_valid(kwargs: dict[str, int], complete: bool) -> None:
    partial = PartialDate(**kwargs)
    assert partial.is_complete is complete
    assert hash(partial) == hash(PartialDate(**kwargs))
    assert pickle.loads(pickle.dumps(partial)) == partial


@pytest.mark.parametrize(
    ("kwargs", "field", "rule"),
    [
        (
            {"year": 2021, "month": 2, "day": 30},
            "PartialDate.day",
            "day (ngày) 30 does not exist in month 2 of 2021",
        ),
        ({"year": 2023, "month": 2, "day": 29}, "PartialDate.day", "does not exist in month 2"),
        ({"year": 2021, "month": 13}, "PartialDate.month", "month (tháng) 13 is outside 1..12"),
        ({"year": 2021, "month": 0}, "PartialDate.month", "outside 1..12"),
        ({"year": 2021, "month": 1, "day": 0}, "PartialDate.day", "day (ngày) 0 is outside 1..31"),
        ({"year": 2021, "day": 5}, "PartialDate.day", "needs a month"),
        ({"year": 999}, "PartialDate.year", "year (năm) 999 is outside 1000..9999"),
        ({"year": 10000}, "PartialDate.year", "outside 1000..9999"),
        ({"year": "2021"}, "PartialDate.year", "must be an int"),
        ({"year": True}, "PartialDate.year", "must be an int"),
        ({"year": 2021, "month": 1.0}, "PartialDate.month", "must be an int"),
    ],
)
def test_partial_date_invalid(kwargs: dict[str, object], field: str, rule: str) -> None:
    with pytest.raises(InvalidValueError) as info:
        PartialDate(**kwargs)  # type: ignore[arg-type]
    assert info.value.field == field
    assert rule in info.value.rule


def test_partial_date_is_frozen_and_slotted() -> None:
    partial = PartialDate(year=2020)
    with pytest.raises(AttributeError):
        partial.year = 2021  # type: ignore[misc]
    assert not hasattr(partial, "__dict__")


def test_to_date() -> None:
    assert PartialDate(year=2021, month=11, day=14).to_date() == dt.date(2021, 11, 14)
    with pytest.raises(InvalidValueError, match="blank"):
        PartialDate(year=2023, month=1).to_date()


# --- format_date -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "long", "short"),
    [
        (dt.date(2023, 1, 5), "ngày 05 tháng 01 năm 2023", "05/01/2023"),
        (dt.date(2021, 11, 14), "ngày 14 tháng 11 năm 2021", "14/11/2021"),
        (dt.date(2015, 7, 14), "ngày 14 tháng 7 năm 2015", "14/7/2015"),
        (dt.date(2023, 2, 28), "ngày 28 tháng 02 năm 2023", "28/02/2023"),
        (dt.date(2019, 3, 5), "ngày 05 tháng 3 năm 2019", "05/3/2019"),
        (dt.date(2020, 12, 31), "ngày 31 tháng 12 năm 2020", "31/12/2020"),
        (dt.datetime(2015, 7, 14, 8, 30), "ngày 14 tháng 7 năm 2015", "14/7/2015"),
        (PartialDate(year=2020), "ngày     tháng     năm 2020", "   /   /2020"),
        (PartialDate(year=2023, month=1), "ngày     tháng 01 năm 2023", "   /01/2023"),
        (PartialDate(year=2023, month=10), "ngày     tháng 10 năm 2023", "   /10/2023"),
        (PartialDate(year=2021, month=2, day=3), "ngày 03 tháng 02 năm 2021", "03/02/2021"),
    ],
)
def test_format_date(value: dt.date | PartialDate, long: str, short: str) -> None:
    assert format_date(value) == long
    assert format_date(value, "long") == long
    assert format_date(value, style="short") == short


def test_format_partial_blank_widths() -> None:
    # one space + the three-space blank + one space
    assert (
        format_date(PartialDate(year=2020)).split("năm")[0] == "ngày" + " " * 5 + "tháng" + " " * 5
    )


@pytest.mark.parametrize(
    ("value", "style", "field"),
    [
        (dt.date(2023, 1, 5), "medium", "format_date.style"),
        (dt.date(2023, 1, 5), "", "format_date.style"),
        ("2023-01-05", "long", "format_date.d"),
        (None, "long", "format_date.d"),
        (dt.date(999, 1, 1), "long", "format_date.d"),
    ],
)
def test_format_date_invalid(value: object, style: str, field: str) -> None:
    with pytest.raises(InvalidValueError) as info:
        format_date(value, style)  # type: ignore[arg-type]
    assert info.value.field == field


# --- parse_date --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ngày 14 tháng 7 năm 2015", dt.date(2015, 7, 14)),
        ("ngày 05 tháng 3 năm 2019", dt.date(2019, 3, 5)),
        ("ngày 05 tháng 01 năm 2023", dt.date(2023, 1, 5)),
        ("07/01/2016", dt.date(2016, 1, 7)),
        ("9/8/2023", dt.date(2023, 8, 9)),
        ("17.11.2015", dt.date(2015, 11, 17)),
        ("14.7.2015", dt.date(2015, 7, 14)),
        ("15/03/2021", dt.date(2021, 3, 15)),
        ("14-7-2015", dt.date(2015, 7, 14)),
        ("ngày 14/11/2021", dt.date(2021, 11, 14)),
        ("Ngày 14 tháng 11 năm 2021", dt.date(2021, 11, 14)),
        ("NGÀY 14 THÁNG 11 NĂM 2021", dt.date(2021, 11, 14)),
        ("  ngày 14 tháng 11 năm 2021 \n", dt.date(2021, 11, 14)),
        ("ngày\u00a014\ttháng 11\nnăm  2021", dt.date(2021, 11, 14)),
        ("29/02/2024", dt.date(2024, 2, 29)),
        ("ngày tháng 01 năm 2023", PartialDate(year=2023, month=1)),
        ("ngày  tháng  năm 2020", PartialDate(year=2020)),
        ("ngày tháng năm 2020", PartialDate(year=2020)),
        ("ngày          tháng 10     năm 2023", PartialDate(year=2023, month=10)),
        ("   /01/2023", PartialDate(year=2023, month=1)),
        ("   /   /2020", PartialDate(year=2020)),
        ("/01/2023", PartialDate(year=2023, month=1)),
    ],
)
def test_parse_date(text: str, expected: dt.date | PartialDate) -> None:
    result = parse_date(text)
    assert result == expected
    assert type(result) is type(expected)
    assert parse_date(unicodedata.normalize("NFD", text)) == expected


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("30/02/2021", "day (ngày) 30 does not exist in month 2 of 2021"),
        ("29/02/2023", "day (ngày) 29 does not exist in month 2 of 2023"),
        ("ngày 31 tháng 4 năm 2021", "does not exist in month 4"),
        ("12/13/2021", "month (tháng) 13 is outside 1..12"),
        ("00/01/2021", "day (ngày) 0 is outside 1..31"),
        ("32/01/2021", "day (ngày) 32 is outside 1..31"),
        ("01/01/0999", "year (năm) 999 is outside 1000..9999"),
        ("01/01/999", "must have 4 digits"),
        ("01/01/21", "must have 4 digits"),
        ("001/01/2021", "must have 1 or 2 digits"),
        ("ngày 14 tháng năm 2021", "needs a month"),
        ("14//2021", "needs a month"),
        ("ngày 14 tháng 11 năm", "year (năm) is missing"),
        ("14/7.2015", "expected"),
        ("2021-11-14", "year-first order (ISO)"),
        ("2021/11/14", "year-first order (ISO)"),
        ("", "expected"),
        ("hôm nay", "expected"),
        ("ngày 14 tháng 11 năm 2021 và", "expected"),
        ("١٤/٧/٢٠١٥", "only ASCII digits"),
        ("14 tháng 7 năm 2015", "expected"),
    ],
)
def test_parse_date_invalid(text: str, rule: str) -> None:
    with pytest.raises(ParseError) as info:
        parse_date(text)
    assert info.value.field == "date"
    assert info.value.value == text
    assert rule in info.value.rule


@pytest.mark.parametrize("value", [None, 20210101, b"14/7/2015", dt.date(2015, 7, 14)])
def test_parse_date_non_str(value: object) -> None:
    with pytest.raises(InvalidValueError) as info:
        parse_date(value)  # type: ignore[arg-type]
    assert info.value.field == "date"


# --- properties --------------------------------------------------------------------------

dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))
styles = st.sampled_from(["long", "short"])


@st.composite
def partial_dates(draw: st.DrawFn) -> PartialDate:
    year = draw(st.integers(1000, 9999))
    month = draw(st.none() | st.integers(1, 12))
    return PartialDate(year=year, month=month)


@given(dates, styles)
def test_round_trip_dates(value: dt.date, style: str) -> None:
    assert parse_date(format_date(value, style)) == value  # type: ignore[arg-type]


def test_round_trip_every_date_1900_2100() -> None:
    day, end = dt.date(1900, 1, 1), dt.date(2100, 12, 31)
    while day <= end:
        assert parse_date(format_date(day)) == day
        assert parse_date(format_date(day, "short")) == day
        day += dt.timedelta(days=1)


@given(partial_dates(), styles)
def test_round_trip_partial_dates(value: PartialDate, style: str) -> None:
    assert parse_date(format_date(value, style)) == value  # type: ignore[arg-type]


@given(dates)
def test_padding_rule(value: dt.date) -> None:
    day, month, _ = format_date(value, "short").split("/")
    assert len(day) == 2
    assert len(month) == (2 if value.month <= 2 else len(str(value.month)))


_DATEISH = st.text(alphabet=st.sampled_from("0123456789/.- ngàythámăNGÀY\u00a0\t"), max_size=30)


@given(_DATEISH | st.text())
def test_parse_date_raises_only_parse_error(text: str) -> None:
    error: ParseError | None = None
    try:
        parse_date(text)
    except ParseError as caught:
        error = caught
    if error is not None:
        assert error.field == "date"
        assert error.value == text


# --- corpus ------------------------------------------------------------------------------

_LONG_IN_TEXT = re.compile(r"ngày\s+(?:[0-9]{1,2}\s+)?tháng\s+(?:[0-9]{1,2}\s+)?năm\s+[0-9]{4}")
_SHORT_IN_TEXT = re.compile(r"(?<![0-9./-])[0-9]{1,2}([/.])[0-9]{1,2}\1[0-9]{4}(?![0-9])")


def _expected(found: str) -> dt.date | PartialDate | None:
    """What the date should be, worked out independently of parse_date (None if impossible)."""
    numbers = [int(n) for n in re.findall(r"[0-9]+", found)]
    year = numbers[-1]
    if len(numbers) == 1:
        return PartialDate(year=year)
    if len(numbers) == 2:
        return PartialDate(year=year, month=numbers[0])
    try:
        return dt.date(year, numbers[1], numbers[0])
    except ValueError:
        return None


@pytest.mark.corpus
def test_every_corpus_date_parses(corpus_dir: Path) -> None:
    files = sorted(corpus_dir.glob("*.txt"))
    assert files, f"no .txt files in {corpus_dir}"
    found: list[str] = []
    for path in files:
        text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
        found += [m.group(0) for m in _LONG_IN_TEXT.finditer(text)]
        found += [m.group(0) for m in _SHORT_IN_TEXT.finditer(text)]
    assert len(found) >= 10, found
    for text in found:
        expected = _expected(text)
        if expected is None:
            with pytest.raises(ParseError):
                parse_date(text)
        else:
            assert parse_date(text) == expected, text
