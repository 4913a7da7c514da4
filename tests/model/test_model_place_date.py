"""PlaceDate (địa danh và thời gian ban hành): parse, str with ND30's leading zeros, drafts."""

from __future__ import annotations

import datetime as dt
import pickle
import unicodedata

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from danvan.errors import InvalidValueError, ParseError
from danvan.model import PartialDate, PlaceDate

GAP = "ngày     tháng"  # "ngày" + blank day + "tháng": the three-space blank and its two spaces

TABLE: list[tuple[str, str, dt.date | PartialDate]] = [
    (
        "Sơn La, ngày 14 tháng 11 năm 2021",
        "Sơn La, ngày 14 tháng 11 năm 2021",
        dt.date(2021, 11, 14),
    ),
    ("Hà Nội, ngày 05 tháng 01 năm 2020", "Hà Nội, ngày 05 tháng 01 năm 2020", dt.date(2020, 1, 5)),
    (
        "Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019",
        "Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019",
        dt.date(2019, 6, 29),
    ),
    (
        "Hưng Yên, ngày 28 tháng 02 năm 2023",
        "Hưng Yên, ngày 28 tháng 02 năm 2023",
        dt.date(2023, 2, 28),
    ),
    # leading zeros added: day below 10, months 1 and 2 only
    ("Hà Nội, ngày 5 tháng 1 năm 2020", "Hà Nội, ngày 05 tháng 01 năm 2020", dt.date(2020, 1, 5)),
    ("Sơn La, ngày 1 tháng 3 năm 2021", "Sơn La, ngày 01 tháng 3 năm 2021", dt.date(2021, 3, 1)),
    ("Sơn La, ngày 09 tháng 03 năm 2021", "Sơn La, ngày 09 tháng 3 năm 2021", dt.date(2021, 3, 9)),
    # short forms and loose spacing
    ("Sơn La, 14/11/2021", "Sơn La, ngày 14 tháng 11 năm 2021", dt.date(2021, 11, 14)),
    ("Sơn La, 14.11.2021", "Sơn La, ngày 14 tháng 11 năm 2021", dt.date(2021, 11, 14)),
    (
        "  Sơn La ,  ngày 14 tháng 11 năm 2021 ",
        "Sơn La, ngày 14 tháng 11 năm 2021",
        dt.date(2021, 11, 14),
    ),
    # drafts: the day, or the day and month, left blank
    (
        "Hưng Yên, ngày    tháng 01 năm 2023",
        f"Hưng Yên, {GAP} 01 năm 2023",
        PartialDate(year=2023, month=1),
    ),
    (
        "Hưng Yên, ngày tháng 01 năm 2023",
        f"Hưng Yên, {GAP} 01 năm 2023",
        PartialDate(year=2023, month=1),
    ),
    ("Đồng Tháp, ngày tháng năm 2020", f"Đồng Tháp, {GAP}     năm 2020", PartialDate(year=2020)),
]


@pytest.mark.parametrize(("text", "canonical", "date"), TABLE)
def test_parse_and_str(text: str, canonical: str, date: dt.date | PartialDate) -> None:
    place_date = PlaceDate.parse(text)
    assert place_date.date == date
    assert str(place_date) == canonical
    assert PlaceDate.parse(canonical) == place_date
    assert place_date.is_complete is isinstance(date, dt.date)


def test_place_keeps_its_case_and_is_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", "Sơn La")
    place_date = PlaceDate(place=decomposed, date=dt.date(2021, 11, 14))
    assert place_date.place == "Sơn La"
    assert PlaceDate.parse(unicodedata.normalize("NFD", "Sơn La, ngày 14 tháng 11 năm 2021")) == (
        place_date
    )


def test_datetime_and_complete_partial_date_become_dates() -> None:
    moment = PlaceDate(place="Sơn La", date=dt.datetime(2021, 11, 14, 8, 30))
    assert moment.date == dt.date(2021, 11, 14)
    assert type(moment.date) is dt.date
    full = PlaceDate(place="Sơn La", date=PartialDate(year=2021, month=11, day=14))
    assert full.date == dt.date(2021, 11, 14)
    assert full.is_complete
    assert moment == full


def test_partial_date_stays_partial() -> None:
    draft = PlaceDate(place="Hưng Yên", date=PartialDate(year=2023, month=1))
    assert not draft.is_complete
    assert str(draft) == f"Hưng Yên, {GAP} 01 năm 2023"


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("Sơn La ngày 14 tháng 11 năm 2021", "PlaceDate"),  # no comma
        (", ngày 14 tháng 11 năm 2021", "PlaceDate"),  # no place
        ("   , 14/11/2021", "PlaceDate"),
        ("", "PlaceDate"),
        ("Sơn La, ngày 30 tháng 02 năm 2021", "PlaceDate.date"),
        ("Sơn La, ngày 14 tháng 13 năm 2021", "PlaceDate.date"),
        ("Sơn La, ngày 14 tháng 11", "PlaceDate.date"),
        ("Sơn La, ngày 14 tháng 11 năm 21", "PlaceDate.date"),
        ("Sơn La, hôm qua", "PlaceDate.date"),
        ("Sơn La, 2021-11-14", "PlaceDate.date"),
        ("Sơn La, ngày 14 năm 2021", "PlaceDate.date"),
    ],
)
def test_parse_errors(text: str, field: str) -> None:
    with pytest.raises(ParseError) as info:
        PlaceDate.parse(text)
    assert info.value.field == field
    assert repr(text) in str(info.value)


@pytest.mark.parametrize("value", [None, 2021, dt.date(2021, 11, 14)])
def test_parse_rejects_non_text(value: object) -> None:
    with pytest.raises(ParseError, match="as text"):
        PlaceDate.parse(value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"place": "", "date": dt.date(2021, 1, 1)}, "PlaceDate.place"),
        ({"place": "   ", "date": dt.date(2021, 1, 1)}, "PlaceDate.place"),
        ({"place": None, "date": dt.date(2021, 1, 1)}, "PlaceDate.place"),
        ({"place": 12, "date": dt.date(2021, 1, 1)}, "PlaceDate.place"),
        ({"place": "Sơn La", "date": None}, "PlaceDate.date"),
        ({"place": "Sơn La", "date": "14/11/2021"}, "PlaceDate.date"),
        ({"place": "Sơn La", "date": 2021}, "PlaceDate.date"),
    ],
)
def test_constructor_errors(kwargs: dict[str, object], field: str) -> None:
    with pytest.raises(InvalidValueError) as info:
        PlaceDate(**kwargs)  # type: ignore[arg-type]
    assert info.value.field == field
    assert repr(kwargs[field.split(".")[1]]) in str(info.value)


def test_frozen_keyword_only_hashable_picklable() -> None:
    place_date = PlaceDate(place="Sơn La", date=dt.date(2021, 11, 14))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        place_date.place = "Hà Nội"  # type: ignore[misc]
    with pytest.raises(TypeError):
        PlaceDate("Sơn La", dt.date(2021, 11, 14))  # type: ignore[misc]
    assert not hasattr(place_date, "__dict__")
    draft = PlaceDate(place="Hưng Yên", date=PartialDate(year=2023, month=1))
    for value in (place_date, draft):
        assert pickle.loads(pickle.dumps(value)) == value
        assert hash(pickle.loads(pickle.dumps(value))) == hash(value)


_places = st.sampled_from(["Sơn La", "Hưng Yên", "Đồng Tháp", "Hà Nội", "Thành phố Hồ Chí Minh"])


@given(_places, st.dates(min_value=dt.date(1945, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_round_trip_full_dates(place: str, date: dt.date) -> None:
    place_date = PlaceDate(place=place, date=date)
    assert PlaceDate.parse(str(place_date)) == place_date
    day_part = str(place_date).split("ngày ")[1]
    assert day_part.startswith(f"{date.day:02d} tháng ")
    month = f"{date.month:02d}" if date.month <= 2 else str(date.month)
    assert f" tháng {month} năm {date.year}" in str(place_date)


@given(_places, st.integers(min_value=1945, max_value=2100), st.none() | st.integers(1, 12))
def test_round_trip_drafts(place: str, year: int, month: int | None) -> None:
    place_date = PlaceDate(place=place, date=PartialDate(year=year, month=month))
    assert PlaceDate.parse(str(place_date)) == place_date
