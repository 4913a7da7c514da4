"""Pure Vietnamese conventions (quy ước tiếng Việt); imports nothing of danvan except errors."""

from __future__ import annotations

from danvan.vn.dates import BLANK, PartialDate, format_date, parse_date
from danvan.vn.numbering import (
    VIETNAMESE_LETTERS,
    parse_roman,
    parse_vietnamese_letter,
    roman,
    vietnamese_letter,
)
from danvan.vn.numbers import format_money, format_number, format_percent
from danvan.vn.provinces import Province, find_province, provinces
from danvan.vn.text import nfc, normalize_text, normalize_tone_marks

__all__ = [
    "BLANK",
    "VIETNAMESE_LETTERS",
    "PartialDate",
    "Province",
    "find_province",
    "format_date",
    "format_money",
    "format_number",
    "format_percent",
    "nfc",
    "normalize_text",
    "normalize_tone_marks",
    "parse_date",
    "parse_roman",
    "parse_vietnamese_letter",
    "provinces",
    "roman",
    "vietnamese_letter",
]
