"""Numbers, money and percentages in Vietnamese notation ("10.424.000", "99,1%")."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from danvan.errors import InvalidValueError
from danvan.vn.numbers import format_money, format_number, format_percent


@pytest.mark.parametrize(
    ("value", "decimals", "expected"),
    [
        (10424000, None, "10.424.000"),
        (1250000, None, "1.250.000"),
        (0, None, "0"),
        (999, None, "999"),
        (1000, None, "1.000"),
        (-1234567, None, "-1.234.567"),
        (Decimal("1234.5"), None, "1.234,5"),
        (Decimal("1234.5"), 2, "1.234,50"),
        (Decimal("1234.5"), 0, "1.235"),
        (Decimal("1500050.30"), 2, "1.500.050,30"),
        (Decimal("1.23456"), None, "1,23456"),
        (Decimal("1E+3"), None, "1.000"),
        (Decimal("1E+30"), None, "1" + ".000" * 10),
        (Decimal("0.0000001"), None, "0,0000001"),
        (0.1, None, "0,1"),
        (2.5, 0, "3"),
        (Decimal("-2.5"), 0, "-3"),
        (-0.0, None, "0"),
        (Decimal("-0.001"), 2, "0,00"),
        (10424000, 2, "10.424.000,00"),
    ],
)
def test_format_number(value: int | float | Decimal, decimals: int | None, expected: str) -> None:
    assert format_number(value, decimals=decimals) == expected


@pytest.mark.parametrize(
    ("value", "decimals", "field"),
    [
        (True, None, "format_number.value"),
        (float("nan"), None, "format_number.value"),
        (float("inf"), None, "format_number.value"),
        (Decimal("NaN"), None, "format_number.value"),
        (Decimal("-Infinity"), None, "format_number.value"),
        ("1000", None, "format_number.value"),
        (None, None, "format_number.value"),
        (Decimal("1E+5000"), None, "format_number.value"),
        (1, -1, "format_number.decimals"),
        (1, 21, "format_number.decimals"),
        (1, True, "format_number.decimals"),
        (1, 1.0, "format_number.decimals"),
    ],
)
def test_format_number_invalid(value: object, decimals: object, field: str) -> None:
    with pytest.raises(InvalidValueError) as info:
        format_number(value, decimals=decimals)  # type: ignore[arg-type]
    assert info.value.field == field


@pytest.mark.parametrize(
    ("amount", "unit", "expected"),
    [
        (10424000, "đồng", "10.424.000 đồng"),
        (0, "đồng", "0 đồng"),
        (Decimal("1.5"), "tỷ đồng", "1,5 tỷ đồng"),
        (250, "triệu đồng", "250 triệu đồng"),
    ],
)
def test_format_money(amount: int | Decimal, unit: str, expected: str) -> None:
    assert format_money(amount, unit=unit) == expected


def test_format_money_default_unit() -> None:
    assert format_money(10424000) == "10.424.000 đồng"


@pytest.mark.parametrize(
    ("amount", "unit", "field"),
    [
        (1.5, "đồng", "format_money.amount"),
        (True, "đồng", "format_money.amount"),
        (Decimal("NaN"), "đồng", "format_money.amount"),
        (1, "", "format_money.unit"),
        (1, "  ", "format_money.unit"),
        (1, None, "format_money.unit"),
    ],
)
def test_format_money_invalid(amount: object, unit: object, field: str) -> None:
    with pytest.raises(InvalidValueError) as info:
        format_money(amount, unit=unit)  # type: ignore[arg-type]
    assert info.value.field == field


@pytest.mark.parametrize(
    ("fraction", "decimals", "expected"),
    [
        (1, None, "100%"),
        (Decimal("0.991"), None, "99,1%"),
        (0.5, None, "50%"),
        (0, None, "0%"),
        (Decimal("0.12345"), None, "12,35%"),
        (Decimal("0.125"), 0, "13%"),
        (Decimal("0.991"), 2, "99,10%"),
        (Decimal("0.991"), 0, "99%"),
        (1, 1, "100,0%"),
        (12, None, "1.200%"),
        (Decimal("-0.25"), None, "-25%"),
        (Decimal("-0.00001"), None, "0%"),
        (Decimal("0.99999"), None, "100%"),
    ],
)
def test_format_percent(
    fraction: int | float | Decimal, decimals: int | None, expected: str
) -> None:
    assert format_percent(fraction, decimals=decimals) == expected


@pytest.mark.parametrize(
    ("fraction", "decimals"),
    [(float("nan"), None), (float("-inf"), None), (False, None), ("50%", None), (1, -2)],
)
def test_format_percent_invalid(fraction: object, decimals: object) -> None:
    with pytest.raises(InvalidValueError):
        format_percent(fraction, decimals=decimals)  # type: ignore[arg-type]


def _read_back(text: str) -> Decimal:
    return Decimal(text.replace(".", "").replace(",", "."))


numbers = (
    st.integers(min_value=-(10**30), max_value=10**30)
    | st.decimals(allow_nan=False, allow_infinity=False, min_value=-(10**20), max_value=10**20)
    | st.floats(allow_nan=False, allow_infinity=False)
)


@given(numbers)
def test_format_number_reads_back(value: int | float | Decimal) -> None:
    text = format_number(value)
    expected = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    assert _read_back(text) == expected
    assert " " not in text
    assert not text.startswith("-0") or "," in text


@given(numbers, st.integers(0, 6))
def test_format_number_decimals(value: int | float | Decimal, decimals: int) -> None:
    text = format_number(value, decimals=decimals)
    integer, _, fraction = text.partition(",")
    assert len(fraction) == decimals
    assert all(len(group) == 3 for group in integer.lstrip("-").split(".")[1:])
    exact = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    assert abs(_read_back(text) - exact) <= Decimal(1).scaleb(-decimals) / 2


@given(st.decimals(allow_nan=False, allow_infinity=False, min_value=-10, max_value=10, places=4))
def test_format_percent_reads_back(fraction: Decimal) -> None:
    text = format_percent(fraction)
    assert text.endswith("%")
    assert _read_back(text[:-1]) == fraction * 100
