"""Heading numbers (đánh số đề mục): Roman numerals (số La Mã) and điểm letters (a, b, ..., đ).

ND30 Phụ lục I numbers Phần and Mục with Roman numerals ("I.", "II.", "Phụ lục I") and
điểm with the letters of the Vietnamese alphabet followed by ")" ("a)", "đ)").
"""

from __future__ import annotations

import unicodedata

from danvan.errors import InvalidValueError, ParseError
from danvan.vn._parsing import MAX_FIELD_LENGTH, checked_text

__all__ = [
    "VIETNAMESE_LETTERS",
    "parse_roman",
    "parse_vietnamese_letter",
    "roman",
    "vietnamese_letter",
]

_ROMAN_STEPS = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)
ROMAN_MAX = 3999
_ROMAN_MAX_LENGTH = len("MMMDCCCLXXXVIII")  # 3888, the longest canonical numeral

VIETNAMESE_LETTERS: tuple[str, ...] = (
    "a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m",
    "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y",
)  # fmt: skip
"""Letters for điểm in order (chữ cái tiếng Việt): no f, j, w, z and no ă, â, ê, ô, ơ, ư."""

# Both cases spelled out instead of calling lower(): Unicode case mapping has surprises
# ("İ".lower() is two characters), and only these 46 exact letters are meant.
_LETTER_INDEX = {
    **{letter: i for i, letter in enumerate(VIETNAMESE_LETTERS, 1)},
    **{letter.upper(): i for i, letter in enumerate(VIETNAMESE_LETTERS, 1)},
}


def _check_int(field: str, n: object) -> int:
    if isinstance(n, bool) or not isinstance(n, int):
        raise InvalidValueError(field, n, "the number must be an int")
    return n


def roman(n: int) -> str:
    """Roman numeral (số La Mã) for 1..3999: 1 -> "I", 4 -> "IV", 13 -> "XIII"."""
    n = _check_int("roman.n", n)
    if not 1 <= n <= ROMAN_MAX:
        raise InvalidValueError(
            "roman.n", n, f"Roman numerals (số La Mã) cover 1..{ROMAN_MAX} only"
        )
    parts = []
    for value, symbols in _ROMAN_STEPS:
        count, n = divmod(n, value)
        parts.append(symbols * count)
    return "".join(parts)


def parse_roman(text: str) -> int:
    """Read a Roman numeral (đọc số La Mã), any case, canonical form only ("IIII" is refused)."""
    text = checked_text(
        "parse_roman.text", text, "a Roman numeral (số La Mã)", max_length=MAX_FIELD_LENGTH
    )
    candidate = text.strip()
    # isascii() first: "ı".upper() == "I", which would let a Turkish dotless i through.
    if not candidate.isascii() or not candidate:
        raise ParseError("parse_roman.text", text, "expected a Roman numeral made of I V X L C D M")
    candidate = candidate.upper()
    total, position = 0, 0
    if len(candidate) <= _ROMAN_MAX_LENGTH:  # longer text cannot be canonical: no work on it
        for value, symbols in _ROMAN_STEPS:
            while candidate.startswith(symbols, position):
                total += value
                position += len(symbols)
    if position != len(candidate) or not 1 <= total <= ROMAN_MAX or roman(total) != candidate:
        raise ParseError(
            "parse_roman.text",
            text,
            f"expected a canonical Roman numeral for 1..{ROMAN_MAX} (e.g. 'IV', not 'IIII')",
        )
    return total


def vietnamese_letter(n: int) -> str:
    """The n-th điểm letter (chữ cái thứ n): 1 -> "a", 5 -> "đ", 6 -> "e", 23 -> "y"."""
    n = _check_int("vietnamese_letter.n", n)
    # Going on past "y" (the 23rd letter) is not attested in the sources we read
    # (unverified): rather than invent "aa", "z" or "ă", we refuse.
    if not 1 <= n <= len(VIETNAMESE_LETTERS):
        raise InvalidValueError(
            "vietnamese_letter.n",
            n,
            f"điểm letters run from 1 ('a') to {len(VIETNAMESE_LETTERS)} ('y'); "
            "what comes after 'y' is not attested in the sources (unverified), so it is refused",
        )
    return VIETNAMESE_LETTERS[n - 1]


def parse_vietnamese_letter(text: str) -> int:
    """Position (số thứ tự) of a điểm letter, any case: "a" -> 1, "Đ" -> 5, "y" -> 23."""
    text = checked_text(
        "parse_vietnamese_letter.text", text, "a điểm letter", max_length=MAX_FIELD_LENGTH
    )
    index = _LETTER_INDEX.get(unicodedata.normalize("NFC", text.strip()))
    if index is None:
        raise ParseError(
            "parse_vietnamese_letter.text",
            text,
            "expected one letter of a b c d đ e g h i k l m n o p q r s t u v x y "
            "(no f, j, w, z; just the letter, without ')' or '.')",
        )
    return index
