"""Rules every danvan parser shares (quy tắc chung của bộ đọc): text in, bounded work, ParseError out.

- A parser takes a ``str``; anything else is a :class:`ParseError` too, so one ``except``
  catches every refusal of a parser.
- Only the ASCII digits 0-9 are digits. A parser of numbers refuses text holding any other
  script's digits (Arabic-Indic "٢", full-width "２", superscript "²") with a ParseError
  that names the character, rather than reading some and not others.
- Every whole number has a bounded count of digits (:data:`MAX_INT_DIGITS` at most).
- Parsers raise :class:`ParseError` for every refusal, a model rule broken by the parsed
  value included (:func:`parser_errors`); constructors raise :class:`InvalidValueError`.
- A parser refuses text longer than its bound (:data:`MAX_FIELD_LENGTH` for one short
  value such as a date or a number and symbol, :data:`MAX_LINE_LENGTH` for a header line,
  :data:`MAX_BLOCK_LENGTH` for a block such as a Nơi nhận list) before doing any other
  work, so no input can make it slow; the patterns behind it are also written to match
  in linear time (issue 8).
"""

from __future__ import annotations

import unicodedata
from types import TracebackType

from danvan.errors import InvalidValueError, ParseError, SchemaError

__all__ = [
    "MAX_BLOCK_LENGTH",
    "MAX_FIELD_LENGTH",
    "MAX_INT_DIGITS",
    "MAX_LINE_LENGTH",
    "ascii_int",
    "check_int_digits",
    "checked_text",
    "json_int",
    "parser_errors",
    "refuse_foreign_digits",
]

ASCII_DIGITS = frozenset("0123456789")

MAX_INT_DIGITS = 30
"""Most digits of any whole number danvan reads or stores (a count, an amount in đồng).

Fields with a convention have tighter bounds (a day 2 digits, a year 4, a document number
9). 30 digits is far above any real figure (the state budget is 16 digits in đồng) and far
below Python's own limit of 4,300 digits for converting text, which is left to no chance.
"""

MAX_FIELD_LENGTH = 200
"""Longest text read as one short value: a date, a number and symbol, a period, a numeral.

The longest real ones are under 50 characters ("từ ngày 15/12/2022 đến ngày 14/12/2023",
"95-KH/BDVTU-BCSĐUBND"); the bound leaves room for padding and blank spaces of drafts.
"""

_EXCERPT = 40

MAX_LINE_LENGTH = 1000
"""Longest text read as one header line: a place and date ("Sơn La, ngày 14 tháng 11 năm 2021")."""

MAX_BLOCK_LENGTH = 100_000
"""Longest text read as one block of a document: a Nơi nhận list (about 50 characters a line)."""


def checked_text(field: str, text: object, what: str, *, max_length: int) -> str:
    """``text`` itself when it is a ``str`` of at most ``max_length`` characters; else ParseError.

    The length is checked before any normalization, so the refusal costs nothing however
    long the text is.
    """
    if not isinstance(text, str):
        raise ParseError(
            field, text, f"{what} must be given as text (str), not {type(text).__name__}"
        )
    if len(text) > max_length:
        # The error shows the start of the text only: quoting a megabyte would cost as much
        # as the parsing this check spares, and help nobody.
        raise ParseError(
            field,
            text[:_EXCERPT] + "…",
            f"{what} is at most {max_length:,} characters long; this text has {len(text):,}",
        )
    return text


def refuse_foreign_digits(field: str, text: str) -> None:
    """ParseError when ``text`` holds a digit that is not ASCII 0-9 (one rule for every parser)."""
    for char in text:
        if char.isdigit() and not char.isascii():
            name = unicodedata.name(char, f"U+{ord(char):04X}")
            raise ParseError(
                field,
                text,
                f"{char!r} ({name}) is not one of the digits 0-9: danvan reads only ASCII "
                "digits (chữ số 0-9); retype the number with them",
            )


def ascii_int(field: str, text: str, digits: str, what: str, *, max_digits: int) -> int:
    """The value of ``digits`` (ASCII 0-9 only, at most ``max_digits``); else ParseError on ``text``."""
    if not digits or not ASCII_DIGITS.issuperset(digits):
        raise ParseError(field, text, f"{what} must be written with the digits 0-9")
    if len(digits) > max_digits:
        raise ParseError(
            field, text, f"{what} has {len(digits):,} digits; at most {max_digits} are allowed"
        )
    return int(digits)


def check_int_digits(
    field: str, value: int, what: str, *, max_digits: int = MAX_INT_DIGITS
) -> None:
    """InvalidValueError when the int ``value`` has more than ``max_digits`` digits (constructors)."""
    if abs(value) >= 10**max_digits:
        # The int itself is not quoted: printing it may be refused by Python (4,300 digits).
        digits = int(value.bit_length() * 0.30103) + 1
        raise InvalidValueError(
            field, f"<an int of about {digits:,} digits>", f"{what} has at most {max_digits} digits"
        )


def json_int(digits: str) -> int:
    """``json.loads(..., parse_int=json_int)``: a JSON integer of at most :data:`MAX_INT_DIGITS`.

    Longer integers raise :class:`SchemaError` instead of Python's plain ``ValueError``.
    """
    length = len(digits.lstrip("-"))
    if length > MAX_INT_DIGITS:
        raise SchemaError(
            [
                f"invalid JSON: an integer of {length:,} digits; danvan reads at most "
                f"{MAX_INT_DIGITS} digits in a number"
            ]
        )
    return int(digits)


class parser_errors:  # lower case: used as the function it was, ``with parser_errors(text):``
    """Inside a parser: a model rule broken by the parsed value becomes a ParseError on ``text``.

    A class, not ``@contextmanager``: a generator per use cost more than many a parse.
    """

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def __enter__(self) -> None:
        return None

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if isinstance(error, InvalidValueError) and not isinstance(error, ParseError):
            raise ParseError(error.field, self.text, error.rule) from None
