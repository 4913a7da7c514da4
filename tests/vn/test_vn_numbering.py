"""Heading numbers (đánh số): Roman numerals and the điểm letters a, b, c, d, đ, ..."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from danvan.errors import InvalidValueError, ParseError
from danvan.vn.numbering import (
    VIETNAMESE_LETTERS,
    parse_roman,
    parse_vietnamese_letter,
    roman,
    vietnamese_letter,
)


@pytest.mark.parametrize(
    ("n", "text"),
    [
        (1, "I"),
        (2, "II"),
        (3, "III"),
        (4, "IV"),
        (5, "V"),
        (9, "IX"),
        (13, "XIII"),
        (14, "XIV"),
        (40, "XL"),
        (90, "XC"),
        (400, "CD"),
        (1994, "MCMXCIV"),
        (2021, "MMXXI"),
        (3999, "MMMCMXCIX"),
    ],
)
def test_roman(n: int, text: str) -> None:
    assert roman(n) == text
    assert parse_roman(text) == n
    assert parse_roman(text.lower()) == n


@pytest.mark.parametrize("n", [0, -1, 4000, True, 1.0, "4", None])
def test_roman_invalid(n: object) -> None:
    with pytest.raises(InvalidValueError) as info:
        roman(n)  # type: ignore[arg-type]
    assert info.value.field == "roman.n"
    assert info.value.value is n


@pytest.mark.parametrize(
    "text",
    ["IIII", "VV", "IC", "IM", "XXXX", "MMMM", "", " ", "I V", "4", "A", "ıv", "Ⅳ", "IV.", "VX"],
)
def test_parse_roman_rejects(text: str) -> None:
    with pytest.raises(ParseError) as info:
        parse_roman(text)
    assert info.value.field == "parse_roman.text"
    assert info.value.value == text


def test_parse_roman_strips_whitespace() -> None:
    assert parse_roman(" xiii\n") == 13


def test_parse_roman_non_str() -> None:
    with pytest.raises(InvalidValueError):
        parse_roman(4)  # type: ignore[arg-type]


@given(st.integers(1, 3999))
def test_roman_inverse(n: int) -> None:
    assert parse_roman(roman(n)) == n


@given(st.text(max_size=8))
def test_parse_roman_only_parse_error(text: str) -> None:
    try:
        n = parse_roman(text)
    except ParseError:
        return
    assert roman(n) == text.strip().upper()


def test_letters_sequence() -> None:
    assert "".join(VIETNAMESE_LETTERS) == "abcdđeghiklmnopqrstuvxy"
    assert len(VIETNAMESE_LETTERS) == 23


@pytest.mark.parametrize(
    ("n", "letter"), [(1, "a"), (4, "d"), (5, "đ"), (6, "e"), (7, "g"), (23, "y")]
)
def test_vietnamese_letter(n: int, letter: str) -> None:
    assert vietnamese_letter(n) == letter
    assert parse_vietnamese_letter(letter) == n
    assert parse_vietnamese_letter(letter.upper()) == n


@pytest.mark.parametrize("n", [0, 24, -1, True, "1", None])
def test_vietnamese_letter_invalid(n: object) -> None:
    with pytest.raises(InvalidValueError) as info:
        vietnamese_letter(n)  # type: ignore[arg-type]
    assert info.value.field == "vietnamese_letter.n"


def test_past_y_is_refused_as_unverified() -> None:
    with pytest.raises(InvalidValueError, match="unverified"):
        vietnamese_letter(24)


@pytest.mark.parametrize(
    "text", ["f", "j", "w", "z", "ă", "ê", "ư", "a)", "a.", "ab", "", "Ð", "ı", "aa"]
)
def test_parse_vietnamese_letter_rejects(text: str) -> None:
    with pytest.raises(ParseError) as info:
        parse_vietnamese_letter(text)
    assert info.value.field == "parse_vietnamese_letter.text"


def test_parse_vietnamese_letter_is_nfc() -> None:
    # KELVIN SIGN is canonically equivalent to "K" (NFC maps it there).
    assert parse_vietnamese_letter("\u212a") == 10


def test_parse_vietnamese_letter_non_str() -> None:
    with pytest.raises(InvalidValueError):
        parse_vietnamese_letter(1)  # type: ignore[arg-type]


@given(st.integers(1, 23))
def test_letter_inverse(n: int) -> None:
    assert parse_vietnamese_letter(vietnamese_letter(n)) == n
