"""One rule for numbers and errors in every parser outside refs (issue 8, §3).

- Only the ASCII digits 0-9 are digits: Arabic-Indic, full-width, superscript digits are
  refused by every parser with a ParseError naming the character.
- Every whole number has a bounded count of digits: no Python ``ValueError`` about its
  4,300-digit limit ever escapes, from a parser, a constructor, a formatter or JSON.
- Parsers raise ParseError for every refusal; constructors raise InvalidValueError.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest

import danvan as dv
from danvan import vn
from danvan.errors import InvalidValueError, ParseError, SchemaError
from danvan.model import (
    Count,
    DocumentNumber,
    Money,
    PlaceDate,
    Ratio,
    Recipients,
    ReportingPeriod,
)

# (parser, a valid text with the digit "1" to swap for other scripts' digits)
PARSERS: dict[str, tuple[Callable[[str], Any], str]] = {
    "parse_date": (vn.parse_date, "ngày 14 tháng 11 năm 2021"),
    "parse_date short": (vn.parse_date, "14/11/2021"),
    "PlaceDate.parse": (PlaceDate.parse, "Sơn La, ngày 14 tháng 11 năm 2021"),
    "DocumentNumber.parse": (DocumentNumber.parse, "51/BC-SKHCN"),
    "DocumentNumber.parse normative": (DocumentNumber.parse, "41/2015/NĐ-CP"),
    "DocumentNumber.parse Party": (DocumentNumber.parse, "114-KL/TW"),
    "DocumentNumber.parse issuer digits": (DocumentNumber.parse, "10/2022/QH15"),
    "DocumentNumber.parse_tolerant": (
        lambda t: DocumentNumber.parse_tolerant(t).value,
        "Số: 51 / BC-SKHCN",
    ),
    "ReportingPeriod.parse": (ReportingPeriod.parse, "tháng 11 năm 2021"),
    "ReportingPeriod.parse quarter": (ReportingPeriod.parse, "Quý 1 năm 2021"),
    "ReportingPeriod.parse range": (
        ReportingPeriod.parse,
        "từ ngày 15/12/2021 đến ngày 14/12/2022",
    ),
}

FOREIGN_ONES = {
    "Arabic-Indic": "\u0661",
    "Extended Arabic-Indic": "\u06f1",
    "full-width": "\uff11",
    "Devanagari": "\u0967",
    "superscript": "\u00b9",
    "mathematical bold": "\U0001d7cf",
}


@pytest.mark.parametrize("parser_name", sorted(PARSERS))
def test_ascii_text_parses(parser_name: str) -> None:
    parser, text = PARSERS[parser_name]
    assert parser(text) is not None


@pytest.mark.parametrize("script", sorted(FOREIGN_ONES))
@pytest.mark.parametrize("parser_name", sorted(PARSERS))
def test_other_scripts_digits_are_refused_by_every_parser(parser_name: str, script: str) -> None:
    parser, text = PARSERS[parser_name]
    foreign = text.replace("1", FOREIGN_ONES[script])
    with pytest.raises(ParseError) as caught:
        parser(foreign)
    assert "only ASCII digits" in caught.value.rule
    assert FOREIGN_ONES[script] in caught.value.rule


HUGE = "1" * 4301


@pytest.mark.parametrize(
    ("parser", "text", "field"),
    [
        (DocumentNumber.parse, HUGE + "/BC-X", "DocumentNumber"),  # too long to read at all
        (DocumentNumber.parse, HUGE[:150] + "/BC-X", "DocumentNumber.number"),
        (DocumentNumber.parse, HUGE[:150] + "/2021/NĐ-CP", "DocumentNumber.number"),
        (DocumentNumber.parse, HUGE[:150] + "-KH/TU", "DocumentNumber.number"),
        (DocumentNumber.parse, "1234567890/BC-X", "DocumentNumber.number"),
        (lambda t: DocumentNumber.parse_tolerant(t), "Số " + HUGE + "/BC-X", "DocumentNumber"),
        (vn.parse_date, "14/11/" + HUGE, "date"),
        (vn.parse_date, HUGE[:150] + "/11/2021", "date"),
        (PlaceDate.parse, "Sơn La, ngày 14 tháng 11 năm " + HUGE[:150], "PlaceDate.date"),
        (ReportingPeriod.parse, "năm " + HUGE[:150], "ReportingPeriod"),
        (vn.parse_roman, HUGE, "parse_roman.text"),
    ],
)
def test_long_numbers_are_a_parse_error(
    parser: Callable[[str], Any], text: str, field: str
) -> None:
    with pytest.raises(ParseError) as caught:
        parser(text)
    assert caught.value.field == field
    assert "4300" not in str(caught.value)  # never Python's message about its own limit


@pytest.mark.parametrize(
    ("build", "field"),
    [
        (lambda: DocumentNumber(number=10**9, type_code="BC", issuers=["X"]), "number"),
        (lambda: DocumentNumber(number=10**5000, type_code="BC", issuers=["X"]), "number"),
        (lambda: Count(value=10**5000), "value"),
        (lambda: Count(value=10**30), "value"),
        (lambda: Money(amount=-(10**5000)), "amount"),
        (lambda: Ratio(numerator=10**5000, denominator=1), "numerator"),
        (lambda: Ratio(numerator=1, denominator=10**5000), "denominator"),
    ],
)
def test_constructors_bound_digits_with_invalid_value_error(
    build: Callable[[], object], field: str
) -> None:
    with pytest.raises(InvalidValueError) as caught:
        build()
    assert not isinstance(caught.value, ParseError)
    assert caught.value.field.endswith(f".{field}")
    assert "digits" in caught.value.rule
    str(caught.value)  # the message itself prints


def test_thirty_digits_are_still_a_count() -> None:
    assert str(Count(value=10**30 - 1)).startswith("999.999")
    assert DocumentNumber(number=999_999_999, type_code="BC", issuers=["X"]).number == 999_999_999


@pytest.mark.parametrize(("sign", "exponent"), [(1, 5000), (-1, 5000), (1, 1001)])
def test_format_number_refuses_huge_ints_clearly(sign: int, exponent: int) -> None:
    value = sign * 10**exponent
    with pytest.raises(InvalidValueError) as caught:
        vn.format_number(value)
    assert "magnitude" in caught.value.rule
    with pytest.raises(InvalidValueError):
        vn.format_percent(value)
    with pytest.raises(InvalidValueError):
        vn.format_money(value)


def test_format_number_keeps_large_but_sane_ints() -> None:
    assert vn.format_number(10**30) == "1" + ".000" * 10
    assert vn.format_number(Decimal(10) ** 1000).startswith("10.000.000")


@pytest.mark.parametrize(
    "text",
    [
        '{"schema_version": ' + HUGE + ', "document": "report"}',
        '{"schema_version": 1' + "0" * 40 + ', "document": "report"}',
        '{"schema_version": -' + HUGE + ', "document": "report"}',
    ],
)
def test_huge_json_integers_are_a_schema_error(text: str) -> None:
    with pytest.raises(SchemaError) as caught:
        dv.from_json(text)
    assert "digits" in str(caught.value)


# Parsers raise ParseError for every refusal, model rules broken by the parsed value
# included, and for a value that is not text.
PARSE_ERROR_CASES: list[tuple[Callable[[Any], Any], Any]] = [
    (DocumentNumber.parse, "1/2200/NĐ-CP"),  # the year rule of the model
    (DocumentNumber.parse, "0/BC-X"),
    (DocumentNumber.parse, 538),
    (lambda t: DocumentNumber.parse_tolerant(t), "Số: 1/1900/NĐ-CP"),
    (vn.parse_date, 20211114),
    (vn.parse_date, "31/02/2021"),
    (vn.parse_roman, 4),
    (vn.parse_vietnamese_letter, None),
    (PlaceDate.parse, b"Son La, 14/11/2021"),
    (PlaceDate.parse, "Sơn La, 30/02/2021"),
    (ReportingPeriod.parse, "từ ngày 01/01/1900 đến ngày 02/01/1900"),
    (ReportingPeriod.parse, ["năm 2021"]),
    (Recipients.parse, "- (để báo cáo);"),  # a purpose with no name
    (Recipients.parse, 3),
]


@pytest.mark.parametrize(("parser", "value"), PARSE_ERROR_CASES)
def test_parsers_raise_parse_error_for_every_refusal(
    parser: Callable[[Any], Any], value: Any
) -> None:
    with pytest.raises(ParseError):
        parser(value)
