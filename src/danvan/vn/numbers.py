"""Numbers, money and percentages (số, tiền, tỷ lệ phần trăm) in Vietnamese notation.

"." groups thousands and "," marks decimals ("10.424.000", "1.234,5", "99,1%"), through
Babel's ``vi`` locale (CLDR). Where Babel's output is not what a Vietnamese report
needs, we fix it here by hand; each fix is marked "Babel:" below.
"""

from __future__ import annotations

import decimal
from decimal import ROUND_HALF_UP, Decimal

from babel.numbers import format_decimal
from babel.numbers import format_percent as babel_format_percent

from danvan.errors import InvalidValueError

__all__ = ["format_money", "format_number", "format_percent"]

_LOCALE = "vi"
MAX_DECIMALS = 20
# A guard, not a convention: Decimal("1E+999999999") would print a billion digits.
_MAX_EXPONENT = 1000
_INT_LIMIT = 10 ** (_MAX_EXPONENT + 1)


def _to_decimal(field: str, value: object, *, allow_float: bool = True) -> Decimal:
    if isinstance(value, bool):
        raise InvalidValueError(field, value, "a bool is not a number (True is not 1 here)")
    if isinstance(value, int):
        if abs(value) >= _INT_LIMIT:  # before Decimal(), which would print the int (4,300 digits)
            raise InvalidValueError(
                field,
                f"<an int of about {int(value.bit_length() * 0.30103) + 1:,} digits>",
                f"the magnitude must be within 1e-{_MAX_EXPONENT}..1e{_MAX_EXPONENT}",
            )
        number = Decimal(value)
    elif isinstance(value, float) and allow_float:
        # repr() gives the shortest decimal that reads back as this float: 0.1 -> "0.1".
        number = Decimal(repr(value))
    elif isinstance(value, Decimal):
        number = value
    else:
        kinds = "an int, float or Decimal" if allow_float else "an int or Decimal"
        raise InvalidValueError(field, value, f"the value must be {kinds}")
    if not number.is_finite():
        raise InvalidValueError(field, value, "NaN and infinity cannot be written as a number")
    if number.is_zero():
        return Decimal(0)  # drops the sign of -0 and any exponent (0E+9)
    if abs(number.adjusted()) > _MAX_EXPONENT:
        raise InvalidValueError(
            field, value, f"the magnitude must be within 1e-{_MAX_EXPONENT}..1e{_MAX_EXPONENT}"
        )
    return number


def _check_decimals(field: str, decimals: object) -> int | None:
    if decimals is None:
        return None
    if isinstance(decimals, bool) or not isinstance(decimals, int):
        raise InvalidValueError(field, decimals, "decimals must be an int or None")
    if not 0 <= decimals <= MAX_DECIMALS:
        raise InvalidValueError(field, decimals, f"decimals must be within 0..{MAX_DECIMALS}")
    return decimals


def _context(number: Decimal, places: int) -> decimal.Context:
    # Babel: it quantizes in the caller's decimal context (28 digits by default), so
    # Decimal("1E+30") raised decimal.InvalidOperation. Give it room for every digit.
    digits = len(number.as_tuple().digits) + abs(number.adjusted()) + places + 4
    return decimal.Context(prec=max(28, digits))


def _round(number: Decimal, places: int) -> Decimal:
    # Babel: it rounds half to even (CLDR default), so 2.5 -> "2" and 0.125 -> "12%".
    # We round half away from zero first (2.5 -> "3"), as people and spreadsheets do;
    # that convention is usual practice, not found in a rule we read (unverified).
    rounded = number.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    # Babel: a negative zero prints as "-0" ("-0,00" for -0.001); a report says "0".
    return rounded.copy_abs() if rounded.is_zero() else rounded


def _pattern(places: int | None, suffix: str = "") -> str:
    if places is None:
        return f"#,##0.##{suffix}"
    return f"#,##0.{'0' * places}{suffix}" if places else f"#,##0{suffix}"


def format_number(value: int | float | Decimal, *, decimals: int | None = None) -> str:
    """Write a number (viết số): 10424000 -> "10.424.000", Decimal("1234.5") -> "1.234,5".

    ``decimals=None`` prints every digit the value has (Babel's CLDR pattern would cut at 3);
    ``decimals=2`` gives exactly two: "1.234,50". Do not pass years here: a year is written
    without grouping ("năm 2021", never "2.021").
    """
    number = _to_decimal("format_number.value", value)
    places = _check_decimals("format_number.decimals", decimals)
    with decimal.localcontext(_context(number, places or 0)):
        if places is None:
            return format_decimal(number, locale=_LOCALE, decimal_quantization=False)
        return format_decimal(_round(number, places), format=_pattern(places), locale=_LOCALE)


def format_money(amount: int | Decimal, *, unit: str = "đồng") -> str:
    """Write an amount of money (số tiền) with its unit: 10424000 -> "10.424.000 đồng".

    A float is refused: it cannot hold an amount of money exactly. ``unit`` may be
    "triệu đồng" or "tỷ đồng" for amounts already scaled.
    """
    number = _to_decimal("format_money.amount", amount, allow_float=False)
    if not isinstance(unit, str) or not unit.strip():
        raise InvalidValueError(
            "format_money.unit", unit, "the unit (đơn vị) must be non-empty text"
        )
    return f"{format_number(number)} {unit.strip()}"


def format_percent(fraction: int | float | Decimal, *, decimals: int | None = None) -> str:
    """Write a fraction as a percentage (tỷ lệ phần trăm): 1 -> "100%", 0.991 -> "99,1%".

    No space before "%" (CLDR ``vi``). By default up to 2 decimal places, trailing zeros
    dropped; ``decimals=N`` forces N places.
    """
    number = _to_decimal("format_percent.fraction", fraction)
    places = _check_decimals("format_percent.decimals", decimals)
    shown = 2 if places is None else places
    with decimal.localcontext(_context(number, shown + 2)):
        rounded = _round(number, shown + 2)
        return babel_format_percent(rounded, format=_pattern(places, "%"), locale=_LOCALE)
