"""Rules every danvan parser shares (quy tắc chung của bộ đọc): text in, bounded work, ParseError out.

- A parser takes a ``str``; anything else is a :class:`ParseError` too, so one ``except``
  catches every refusal of a parser.
- A parser refuses text longer than its bound (:data:`MAX_FIELD_LENGTH` for one short
  value such as a date or a number and symbol, :data:`MAX_LINE_LENGTH` for a header line,
  :data:`MAX_BLOCK_LENGTH` for a block such as a Nơi nhận list) before doing any other
  work, so no input can make it slow; the patterns behind it are also written to match
  in linear time (issue 8).
"""

from __future__ import annotations

from danvan.errors import ParseError

__all__ = ["MAX_BLOCK_LENGTH", "MAX_FIELD_LENGTH", "MAX_LINE_LENGTH", "checked_text"]

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
