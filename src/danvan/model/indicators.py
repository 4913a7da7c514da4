"""Appendix indicators (chỉ tiêu số liệu) and their quantities: counts, money, ratios, percents, text."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, ClassVar

import attrs

from danvan.errors import InvalidValueError
from danvan.model import _validators as v
from danvan.model._display import notebook_view
from danvan.vn._parsing import MAX_INT_DIGITS, check_int_digits
from danvan.vn.numbers import format_money, format_number, format_percent

__all__ = [
    "Count",
    "Indicator",
    "IndicatorTable",
    "Money",
    "Percent",
    "Quantity",
    "Ratio",
    "TextValue",
]


def _decimal(value: Any) -> Any:
    """Converter: ints and floats become Decimals, a float by its shortest repr (94.3 → Decimal("94.3"))."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value))
    return value


def _finite_decimal(what: str) -> v.Validator:
    is_decimal = v.instance_of(Decimal, what)

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        is_decimal(instance, attribute, value)
        if not value.is_finite():
            raise v.fail(instance, attribute.name, value, f"{what} must be a finite number")

    return check


def _bounded_int(what: str) -> v.Validator:
    """An int of at most MAX_INT_DIGITS digits: it must print, and read back from JSON."""

    is_int = v.instance_of(int, what)
    limit = 10**MAX_INT_DIGITS

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        is_int(instance, attribute, value)
        if not -limit < value < limit:  # the error path only: name the field
            check_int_digits(v.field_name(instance, attribute), value, what)

    return check


def _non_negative(what: str) -> v.Validator:
    bounded = _bounded_int(what)

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        bounded(instance, attribute, value)
        if value < 0:
            raise v.fail(instance, attribute.name, value, f"{what} must not be negative")

    return check


_unit = attrs.field(
    default=None, converter=v.optional_text, validator=v.optional(v.instance_of(str, "đơn vị"))
)


def _optional_width(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is None:
        return
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 6:
        raise v.fail(instance, attribute.name, value, "the digits written is 1 to 6")


_LABEL = v.label(
    "an indicator's label (số thứ tự) is a label without spaces such as 'I', 'a' or '1.1'"
)


@attrs.frozen(kw_only=True)
class Count:
    """Số lượng: how many, with an optional unit; prints "8 văn bản".

    ``digits`` keeps the zero padding written ("08" is ``Count(value=8, digits=2)``);
    ``up_to`` makes a range ("01-02 mô hình" is ``Count(value=1, up_to=2, digits=2)``).
    """

    value: int = attrs.field(validator=_non_negative("a count (số lượng)"))
    unit: str | None = _unit
    digits: int | None = attrs.field(default=None, validator=_optional_width)
    up_to: int | None = attrs.field(
        default=None, validator=v.optional(_non_negative("the upper end of a range (đến)"))
    )

    def __attrs_post_init__(self) -> None:
        if self.up_to is not None and self.up_to < self.value:
            raise v.fail(self, "up_to", self.up_to, f"a range ends at or above {self.value}")

    def _number(self, value: int) -> str:
        if self.digits is not None and value < 1000:
            return str(value).zfill(self.digits)
        return format_number(value)

    def __str__(self) -> str:
        number = self._number(self.value)
        if self.up_to is not None:
            number = f"{number}-{self._number(self.up_to)}"
        return number if self.unit is None else f"{number} {self.unit}"


@attrs.frozen(kw_only=True)
class Money:
    """Kinh phí: a sum of money in whole đồng ("10.424.000 đồng")."""

    amount: int = attrs.field(validator=_bounded_int("the amount (số tiền)"))
    unit: str = attrs.field(default="đồng", converter=v.text, validator=v.non_empty_text("đơn vị"))

    def __str__(self) -> str:
        return format_money(self.amount, unit=self.unit)


def _percent_points(value: Any) -> Any:
    """Converter of :attr:`Percent.value`: refuses a float in (0, 1), the unit of which is unclear."""
    if isinstance(value, float) and 0 < value < 1:
        raise InvalidValueError(
            "Percent.value",
            value,
            "a Percent's value is in percentage points, on the 0-100 scale (99.1 is 99,1%), "
            f"while {value!r} looks like a fraction: write Percent.of_fraction({value!r}) "
            f"for {format_percent(value)}, or Percent.points({value!r}) if {value!r}% is meant",
        )
    return _decimal(value)


@attrs.frozen(kw_only=True)
class Percent:
    """Tỷ lệ phần trăm, in percentage points on the 0–100 scale: ``Percent(value=100)`` is "100%".

    The unit cannot be confused: :meth:`points` takes points (99.1 → "99,1%"),
    :meth:`of_fraction` takes a fraction as :func:`danvan.vn.format_percent` does
    (0.991 → "99,1%"), and the constructor refuses a float between 0 and 1, which could be
    either. JSON stores the points as a decimal string ("99.1").
    """

    _POSITIONAL_HINT: ClassVar[str] = (
        "; a Percent is in percentage points (0-100): Percent(value=99.1), "
        "Percent.points(99.1), or Percent.of_fraction(0.991) from a fraction"
    )

    value: Decimal = attrs.field(converter=_percent_points, validator=_finite_decimal("a percent"))

    @classmethod
    def points(cls, value: int | float | Decimal) -> Percent:
        """The percent of ``value`` percentage points: ``Percent.points(99.1)`` is "99,1%"."""
        return cls(value=_decimal(value))

    @classmethod
    def of_fraction(cls, fraction: int | float | Decimal) -> Percent:
        """The percent of a fraction: ``Percent.of_fraction(0.991)`` is "99,1%"."""
        number = _decimal(fraction)
        if not isinstance(number, Decimal):
            raise InvalidValueError(
                "Percent.of_fraction.fraction", fraction, "the fraction must be a number"
            )
        if not number.is_finite():
            return cls(value=number)  # refused by the validator, with its message
        scaled = number * 100  # exact: 0.991 -> 99.100, written "99.1"
        whole = scaled == scaled.to_integral_value()
        return cls(value=scaled.quantize(Decimal(1)) if whole else scaled.normalize())

    def __str__(self) -> str:
        return format_percent(self.value / 100)


def _places(value: Decimal) -> int:
    exponent = value.as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


@attrs.frozen(kw_only=True)
class Ratio:
    """Tỷ lệ: numerator of denominator, with the percent the document states ("4/4 đơn vị, 100%").

    When ``percent`` is given it must match numerator/denominator to the precision it is
    written with (99,1% allows ±0,05).
    """

    numerator: int = attrs.field(validator=_non_negative("the numerator (tử số)"))
    denominator: int = attrs.field(
        validator=[
            _bounded_int("the denominator (mẫu số)"),
            v.positive_int("the denominator (mẫu số)"),
        ]
    )
    percent: Decimal | None = attrs.field(
        default=None,
        converter=_decimal,
        validator=v.optional(_finite_decimal("the stated percent (tỷ lệ)")),
    )
    unit: str | None = _unit

    def __attrs_post_init__(self) -> None:
        if self.percent is None:
            return
        actual = Decimal(self.numerator) * 100 / Decimal(self.denominator)
        tolerance = Decimal(5) / (Decimal(10) ** (_places(self.percent) + 1))
        if abs(actual - self.percent) > tolerance:
            raise v.fail(
                self,
                "percent",
                self.percent,
                f"a ratio's percent (tỷ lệ) must match {self.numerator}/{self.denominator} "
                f"= {format_number(actual.quantize(Decimal('0.01')))}%",
            )

    @property
    def computed_percent(self) -> Decimal:
        """100 × numerator / denominator, exact to 2 decimal places."""
        return (Decimal(self.numerator) * 100 / Decimal(self.denominator)).quantize(Decimal("0.01"))

    def __str__(self) -> str:
        unit = f" {self.unit}" if self.unit else ""
        share = self.percent if self.percent is not None else self.computed_percent
        return f"{self.numerator}/{self.denominator}{unit} ({format_percent(share / 100)})"


@attrs.frozen(kw_only=True)
class TextValue:
    """A value given in words ("Không có", "Đã giải quyết")."""

    text: str = attrs.field(converter=v.text, validator=v.non_empty_text("the value text"))

    def __str__(self) -> str:
        return self.text


Quantity = Count | Money | Ratio | Percent | TextValue
QUANTITY_TYPES: tuple[type, ...] = (Count, Money, Ratio, Percent, TextValue)


def _additive(quantity: Quantity | None) -> int | None:
    if isinstance(quantity, Count):
        return quantity.value
    if isinstance(quantity, Money):
        return quantity.amount
    return None


@attrs.frozen(kw_only=True)
class Indicator:
    """Chỉ tiêu: a named figure, optionally broken down ("trong đó") into parts.

    With ``breakdown_complete=True`` the parts claim to add up to the total, and must:
    a count's parts are counts, money's parts are money, and the sum equals the total.
    """

    name: str = attrs.field(
        converter=v.text, validator=v.non_empty_text("the indicator name (tên chỉ tiêu)")
    )
    value: Quantity | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(QUANTITY_TYPES, "số liệu"))
    )
    breakdown: tuple[Indicator, ...] = attrs.field(
        factory=tuple, converter=v.indicators, validator=v.tuple_of(object, "trong đó")
    )
    breakdown_complete: bool = attrs.field(default=False, validator=v.instance_of(bool))
    is_group: bool = attrs.field(default=False, validator=v.instance_of(bool, "nhóm chỉ tiêu"))
    """A heading over sub-items ("2. Công tác kiểm tra:" then "- Tổng số đoàn kiểm tra: 01"),
    not a total broken down: the parts are listed under it without "trong đó"."""
    note: str | None = attrs.field(
        default=None,
        converter=v.optional_text,
        validator=v.optional(v.instance_of(str, "ghi chú")),
    )
    written: str | None = attrs.field(
        default=None,
        converter=v.optional_text,
        validator=v.optional(v.instance_of(str, "số liệu như đã viết")),
    )
    """The value as written in a source ("4/4 đơn vị đạt tỷ lệ: 100%"), printed instead of the
    formatted ``value``; a reader sets it so a re-rendered document says what the source said."""
    label: str | None = attrs.field(default=None, converter=v.optional_text, validator=_LABEL)
    """The number the source gave this row (số thứ tự như đã viết), without its punctuation:
    "I" for a group, "a" or "1.1" for a part; printed in the STT column instead of the
    number a renderer counts (1, 2, 3 … at the top, none for parts). ``None``: counted."""

    def __attrs_post_init__(self) -> None:
        for index, part in enumerate(self.breakdown):
            if not isinstance(part, Indicator):
                raise v.fail(
                    self,
                    f"breakdown[{index}]",
                    part,
                    f"each part (trong đó) must be an Indicator, not {type(part).__name__}",
                )
        self._check_sum()

    def _check_sum(self) -> None:
        """The rules of a group and of a breakdown that adds up, once its parts are Indicators."""
        if self.is_group and (self.breakdown_complete or not self.breakdown):
            raise v.fail(
                self,
                "is_group",
                True,
                "a group of indicators (nhóm chỉ tiêu) has sub-items and no total to add up",
            )
        if not self.breakdown_complete:
            return
        total = _additive(self.value)
        if total is None:
            raise v.fail(
                self,
                "value",
                self.value,
                "an indicator whose breakdown adds up (trong đó) needs a Count or Money total",
            )
        parts: list[int] = []
        for index, part in enumerate(self.breakdown):
            amount = _additive(part.value)
            if amount is None or type(part.value) is not type(self.value):
                raise v.fail(
                    self,
                    f"breakdown[{index}].value",
                    part.value,
                    f"every part must be a {type(self.value).__name__} like the total "
                    f"of {self.name!r}",
                )
            if (
                isinstance(part.value, Money)
                and isinstance(self.value, Money)
                and part.value.unit != self.value.unit
            ):
                raise v.fail(
                    self,
                    f"breakdown[{index}].value",
                    part.value,
                    f"every part must be in the total's unit ({self.value.unit!r}) to be added up",
                )
            parts.append(amount)
        if not parts:
            raise v.fail(self, "breakdown", (), "a breakdown that adds up needs parts")
        if sum(parts) != total:
            raise v.fail(
                self,
                "breakdown",
                tuple(parts),
                f"the parts (trong đó) of {self.name!r} add up to {format_number(sum(parts))}, "
                f"not to the total {format_number(total)}",
            )


# A reader that has built the parts with Indicator's reader calls only Indicator._check_sum.
setattr(Indicator, v.POST_INIT_SPLIT, ("breakdown", frozenset({Indicator}), "_check_sum"))


@attrs.frozen(kw_only=True)
class IndicatorTable:
    """Bảng số liệu: the numbered indicators of an appendix, rendered as a table."""

    indicators: tuple[Indicator, ...] = attrs.field(
        converter=v.indicators, validator=v.tuple_of(Indicator, "chỉ tiêu")
    )
    title: str | None = attrs.field(
        default=None,
        converter=v.optional_text,
        validator=v.optional(v.instance_of(str, "tên bảng")),
    )

    _repr_html_ = notebook_view  # Jupyter shows this part on its own

    def __attrs_post_init__(self) -> None:
        if not self.indicators:
            raise v.fail(self, "indicators", (), "a table of indicators needs at least one")
