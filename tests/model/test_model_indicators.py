"""Indicators (chỉ tiêu số liệu): quantities, breakdowns that add up, ratio tolerance."""

from __future__ import annotations

import pickle
from decimal import Decimal

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from danvan.errors import InvalidValueError
from danvan.model import (
    Count,
    Indicator,
    IndicatorTable,
    Money,
    Percent,
    Ratio,
    TextValue,
)

# -- quantities ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("quantity", "text"),
    [
        (Count(value=8), "8"),
        (Count(value=8, unit="văn bản"), "8 văn bản"),
        (Count(value=0, unit="cuộc"), "0 cuộc"),
        (Count(value=12345), "12.345"),
        (Money(amount=10_424_000), "10.424.000 đồng"),
        (Money(amount=0), "0 đồng"),
        (Money(amount=250, unit="triệu đồng"), "250 triệu đồng"),
        (Percent(value=100), "100%"),
        (Percent(value=Decimal("99.1")), "99,1%"),
        (Percent(value=Decimal("12.5")), "12,5%"),
        (Ratio(numerator=45, denominator=45, percent=100), "45/45 (100%)"),
        (Ratio(numerator=4, denominator=4, unit="đơn vị"), "4/4 đơn vị (100%)"),
        (Ratio(numerator=991, denominator=1000, percent=Decimal("99.1")), "991/1000 (99,1%)"),
        (Ratio(numerator=2, denominator=3), "2/3 (66,67%)"),
        (TextValue(text="Không có"), "Không có"),
    ],
)
def test_str(quantity: object, text: str) -> None:
    assert str(quantity) == text


def test_percent_ints_become_decimals() -> None:
    assert Percent(value=100) == Percent(value=Decimal(100))
    assert Ratio(numerator=1, denominator=1, percent=100).percent == Decimal(100)


def test_computed_percent() -> None:
    assert Ratio(numerator=2, denominator=3).computed_percent == Decimal("66.67")
    assert Ratio(numerator=1, denominator=8).computed_percent == Decimal("12.50")
    assert Ratio(numerator=0, denominator=5).computed_percent == Decimal("0.00")


# -- ratio tolerance: the stated percent matches to the precision it is written with ------
@pytest.mark.parametrize(
    ("numerator", "denominator", "percent"),
    [
        (991, 1000, "99.1"),
        (991, 1000, "99"),  # written as a whole percent, 99.1% is 99%
        (110, 111, "99.1"),  # 99.0990...%: within ±0.05 of 99.1
        (2, 3, "66.7"),  # 66.666...%
        (2, 3, "67"),  # whole percent: ±0.5
        (2, 3, "66.67"),
        (1, 3, "33.3"),
        (1, 3, "33"),
        (26 + 19, 45, "100"),
        (0, 7, "0"),
        (199, 200, "99.5"),
        (199, 200, "100"),  # 99.5 rounds to 100 when written without decimals
    ],
)
def test_ratio_percent_within_tolerance(numerator: int, denominator: int, percent: str) -> None:
    ratio = Ratio(numerator=numerator, denominator=denominator, percent=Decimal(percent))
    assert ratio.percent == Decimal(percent)


@pytest.mark.parametrize(
    ("numerator", "denominator", "percent"),
    [
        (991, 1000, "99.2"),
        (2, 3, "66.6"),
        (2, 3, "66"),
        (2, 3, "68"),
        (2, 3, "66.65"),
        (1, 2, "51"),
        (45, 45, "99"),
        (0, 7, "1"),
        (1, 1, "10"),
    ],
)
def test_ratio_percent_mismatch(numerator: int, denominator: int, percent: str) -> None:
    with pytest.raises(InvalidValueError) as info:
        Ratio(numerator=numerator, denominator=denominator, percent=Decimal(percent))
    assert info.value.field == "Ratio.percent"
    assert info.value.value == Decimal(percent)
    assert f"must match {numerator}/{denominator}" in str(info.value)
    assert repr(Decimal(percent)) in str(info.value)


@given(
    st.integers(min_value=1, max_value=10_000).flatmap(
        lambda d: st.tuples(st.integers(min_value=0, max_value=d), st.just(d))
    ),
    st.integers(min_value=0, max_value=3),
)
def test_rounded_percent_is_always_accepted(pair: tuple[int, int], places: int) -> None:
    numerator, denominator = pair
    exact = Decimal(numerator) * 100 / Decimal(denominator)
    stated = exact.quantize(Decimal(1).scaleb(-places))
    assert Ratio(numerator=numerator, denominator=denominator, percent=stated).percent == stated


# -- breakdowns ----------------------------------------------------------------------------
def _money(name: str, amount: int) -> Indicator:
    return Indicator(name=name, value=Money(amount=amount))


def _count(name: str, value: int) -> Indicator:
    return Indicator(name=name, value=Count(value=value))


def test_money_breakdown_adds_up() -> None:
    total = Indicator(
        name="Tổng kinh phí hỗ trợ",
        value=Money(amount=7_350_000),
        breakdown=[
            _money("Hộ nghèo", 0),
            _money("Người lao động", 7_350_000),
            _money("Đối tượng khác", 0),
        ],
        breakdown_complete=True,
    )
    assert len(total.breakdown) == 3
    assert isinstance(total.breakdown, tuple)


def test_count_breakdown_adds_up() -> None:
    total = Indicator(
        name="Số văn bản ban hành",
        value=Count(value=9, unit="văn bản"),
        breakdown=(_count("Cấp ủy", 4), _count("Chính quyền", 5)),
        breakdown_complete=True,
    )
    assert sum(part.value.value for part in total.breakdown) == 9  # type: ignore[union-attr]


def test_partial_breakdown_need_not_add_up() -> None:
    # "trong đó" that lists only some parts: no claim, no check
    indicator = Indicator(
        name="Hội nghị, tập huấn",
        value=Count(value=6),
        breakdown=[_count("Lồng ghép", 4)],
    )
    assert not indicator.breakdown_complete


def test_nested_breakdowns() -> None:
    inner = Indicator(
        name="Chính quyền",
        value=Count(value=5),
        breakdown=[_count("UBND", 2), _count("Sở", 3)],
        breakdown_complete=True,
    )
    outer = Indicator(
        name="Tổng",
        value=Count(value=8),
        breakdown=[_count("Cấp ủy", 3), inner],
        breakdown_complete=True,
    )
    assert outer.breakdown[1].breakdown[1].value == Count(value=3)


@pytest.mark.parametrize(
    ("build", "field", "value"),
    [
        (
            lambda: Indicator(
                name="Tổng số văn bản",
                value=Count(value=9),
                breakdown=[_count("Cấp ủy", 3), _count("Chính quyền", 5)],
                breakdown_complete=True,
            ),
            "Indicator.breakdown",
            "(3, 5)",
        ),
        (
            lambda: Indicator(
                name="Kinh phí",
                value=Money(amount=1_000_000),
                breakdown=[_money("A", 400_000), _money("B", 500_000)],
                breakdown_complete=True,
            ),
            "Indicator.breakdown",
            "(400000, 500000)",
        ),
        (
            lambda: Indicator(
                name="Tổng",
                value=Count(value=5),
                breakdown=[_money("A", 5)],
                breakdown_complete=True,
            ),
            "Indicator.breakdown[0].value",
            "Money(amount=5",
        ),
        (
            lambda: Indicator(
                name="Tổng",
                value=Count(value=5),
                breakdown=[_count("A", 5), Indicator(name="B")],
                breakdown_complete=True,
            ),
            "Indicator.breakdown[1].value",
            "None",
        ),
        (
            lambda: Indicator(
                name="Tỷ lệ",
                value=Percent(value=100),
                breakdown=[Indicator(name="A", value=Percent(value=100))],
                breakdown_complete=True,
            ),
            "Indicator.value",
            "Percent(value=Decimal('100'))",
        ),
        (
            lambda: Indicator(name="Tổng", breakdown_complete=True),
            "Indicator.value",
            "None",
        ),
        (
            lambda: Indicator(name="Tổng", value=Count(value=0), breakdown_complete=True),
            "Indicator.breakdown",
            "()",
        ),
        (lambda: Indicator(name="Tổng", breakdown=["A"]), "Indicator.breakdown[0]", "'A'"),
        (lambda: Indicator(name=""), "Indicator.name", "''"),
        (lambda: Indicator(name="Tổng", value=5), "Indicator.value", "5"),
        (lambda: Indicator(name="Tổng", breakdown_complete=1), "Indicator.breakdown_complete", "1"),
        (lambda: Count(value=-1), "Count.value", "-1"),
        (lambda: Count(value=1.5), "Count.value", "1.5"),
        (lambda: Count(value=True), "Count.value", "True"),
        (lambda: Money(amount=1.5), "Money.amount", "1.5"),
        (lambda: Money(amount=Decimal(10)), "Money.amount", "Decimal('10')"),
        (lambda: Money(amount=10, unit=""), "Money.unit", "''"),
        (lambda: Percent(value=float("nan")), "Percent.value", "NaN"),
        (lambda: Percent(value=Decimal("Infinity")), "Percent.value", "Decimal('Infinity')"),
        (lambda: Percent(value="99,1"), "Percent.value", "'99,1'"),
        (lambda: Ratio(numerator=1, denominator=0), "Ratio.denominator", "0"),
        (lambda: Ratio(numerator=-1, denominator=3), "Ratio.numerator", "-1"),
        (lambda: Ratio(numerator=1, denominator=3, percent=0.5), "Ratio.percent", "0.5"),
        (lambda: TextValue(text=" "), "TextValue.text", "' '"),
        (lambda: IndicatorTable(indicators=[]), "IndicatorTable.indicators", "()"),
        (lambda: IndicatorTable(indicators=["x"]), "IndicatorTable.indicators[0]", "'x'"),
    ],
)
def test_constructor_errors(build: object, field: str, value: str) -> None:
    with pytest.raises(InvalidValueError) as info:
        build()  # type: ignore[operator]
    assert info.value.field == field
    assert str(info.value).startswith(f"{field}: ")
    assert value in str(info.value)


def test_mismatch_message_names_the_sums() -> None:
    with pytest.raises(InvalidValueError) as info:
        Indicator(
            name="Kinh phí",
            value=Money(amount=10_424_000),
            breakdown=[_money("A", 424_000), _money("B", 9_000_000)],
            breakdown_complete=True,
        )
    assert "add up to 9.424.000, not to the total 10.424.000" in str(info.value)
    assert "'Kinh phí'" in str(info.value)


@given(st.lists(st.integers(min_value=0, max_value=10**9), min_size=1, max_size=6), st.booleans())
def test_breakdown_of_its_own_sum_is_accepted(parts: list[int], money: bool) -> None:
    make = _money if money else _count
    quantity = Money(amount=sum(parts)) if money else Count(value=sum(parts))
    indicator = Indicator(
        name="Tổng",
        value=quantity,
        breakdown=[make(f"Phần {i}", part) for i, part in enumerate(parts)],
        breakdown_complete=True,
    )
    assert indicator.value == quantity


@given(
    st.lists(st.integers(min_value=0, max_value=10**6), min_size=1, max_size=6),
    st.integers(min_value=1, max_value=10**6),
)
def test_breakdown_off_by_any_amount_is_refused(parts: list[int], off: int) -> None:
    with pytest.raises(InvalidValueError) as info:
        Indicator(
            name="Tổng",
            value=Count(value=sum(parts) + off),
            breakdown=[_count(f"Phần {i}", part) for i, part in enumerate(parts)],
            breakdown_complete=True,
        )
    assert info.value.field == "Indicator.breakdown"
    assert info.value.value == tuple(parts)


def test_table_and_hash_and_pickle() -> None:
    table = IndicatorTable(
        title="Số liệu",
        indicators=[
            Indicator(
                name="Tổng",
                value=Count(value=8),
                breakdown=[_count("A", 3), _count("B", 5)],
                breakdown_complete=True,
                note="  ",
            ),
            Indicator(name="Tỷ lệ", value=Ratio(numerator=45, denominator=45, percent=100)),
            Indicator(name="Đơn thư", value=TextValue(text="Không có")),
            Indicator(name="Dịch vụ công", value=Percent(value=Decimal("99.1"))),
        ],
    )
    assert table.indicators[0].note is None
    copy = pickle.loads(pickle.dumps(table))
    assert copy == table
    assert hash(copy) == hash(table)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        table.title = "Khác"  # type: ignore[misc]
    with pytest.raises(TypeError):
        Count(3)  # type: ignore[misc]
    assert not hasattr(table, "__dict__")


def test_money_parts_in_another_unit_cannot_be_added_up() -> None:
    with pytest.raises(InvalidValueError, match="unit"):
        Indicator(
            name="Kinh phí",
            value=Money(amount=2),
            breakdown=(
                Indicator(name="a", value=Money(amount=1)),
                Indicator(name="b", value=Money(amount=1, unit="triệu đồng")),
            ),
            breakdown_complete=True,
        )
