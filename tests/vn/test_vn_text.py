"""Text normalization (chuẩn hóa): NFC, whitespace, and old-style tone placement (hòa, thủy)."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from danvan.errors import InvalidValueError
from danvan.vn.text import nfc, normalize_text, normalize_tone_marks


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hoà", "hòa"),
        ("thuỷ", "thủy"),
        ("khoẻ", "khỏe"),
        ("Hoà", "Hòa"),
        ("THUỶ", "THỦY"),
        ("hoạ", "họa"),
        ("tuỳ", "tùy"),
        ("uỷ ban", "ủy ban"),
        ("Uỷ ban nhân dân", "Ủy ban nhân dân"),
        ("hoà-bình", "hòa-bình"),
        ("(hoà)", "(hòa)"),
        ("xoè", "xòe"),
        ("loã", "lõa"),
        # already old style, or not an open oa/oe/uy syllable: unchanged
        ("hòa", "hòa"),
        ("thủy", "thủy"),
        ("hoàn", "hoàn"),
        ("thuyết", "thuyết"),
        ("toán", "toán"),
        ("hoài", "hoài"),
        ("khuya", "khuya"),
        ("quý", "quý"),
        ("quỷ", "quỷ"),
        ("quỳnh", "quỳnh"),
        ("quà", "quà"),
        ("giữ", "giữ"),
        ("hoa", "hoa"),
        ("café", "café"),
        ("naïve", "naïve"),
        ("", ""),
    ],
)
def test_normalize_tone_marks(text: str, expected: str) -> None:
    assert normalize_tone_marks(text) == expected
    assert normalize_tone_marks(unicodedata.normalize("NFD", text)) == expected
    assert normalize_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  Sơn   La\t\n", "Sơn La"),
        ("Hưng\u00a0Yên", "Hưng Yên"),
        ("a\u2003b\u202fc\u3000d", "a b c d"),
        ("Hoà\r\n\r\nBình", "Hòa Bình"),
        ("\n\t ", ""),
        ("không đổi", "không đổi"),
    ],
)
def test_normalize_text_whitespace(text: str, expected: str) -> None:
    assert normalize_text(text) == expected


def test_normalize_tone_marks_keeps_whitespace() -> None:
    assert normalize_tone_marks(" hoà\u00a0\tthuỷ ") == " hòa\u00a0\tthủy "


def test_nfc() -> None:
    assert nfc("ho\u0061\u0300") == "hoà"
    assert nfc("hoà") == "hoà"  # nfc alone does not move tone marks


@pytest.mark.parametrize("function", [nfc, normalize_text, normalize_tone_marks])
@pytest.mark.parametrize("value", [None, 1, b"hoa", ["hoa"]])
def test_non_str(function: object, value: object) -> None:
    with pytest.raises(InvalidValueError) as info:
        function(value)  # type: ignore[operator]
    assert info.value.value is value


# --- properties --------------------------------------------------------------------------

_VIETNAMESE = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
)
_ALPHABET = (
    _VIETNAMESE
    + _VIETNAMESE.upper()
    + "fjwz"
    + "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b\u0308"
    + " \t\n\u00a0\u2003-,.()0"
)
vietnamese_text = st.text(alphabet=st.sampled_from(_ALPHABET), max_size=40)
any_text = st.text()


@given(any_text | vietnamese_text)
def test_normalize_text_idempotent(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once


@given(any_text | vietnamese_text)
def test_normalize_tone_marks_idempotent(text: str) -> None:
    once = normalize_tone_marks(text)
    assert normalize_tone_marks(once) == once
    assert unicodedata.is_normalized("NFC", once)


@given(any_text | vietnamese_text)
def test_normalize_text_shape(text: str) -> None:
    result = normalize_text(text)
    assert unicodedata.is_normalized("NFC", result)
    assert result == result.strip()
    assert "  " not in result
    assert all(c == " " or not c.isspace() for c in result)


@given(any_text | vietnamese_text)
def test_same_words_up_to_tone_position(text: str) -> None:
    # Only tone marks move: stripping every combining mark gives the same letters.
    def bare(s: str) -> str:
        return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))

    assert bare(normalize_tone_marks(text)) == bare(nfc(text))


_ONSETS = ["", "h", "kh", "th", "t", "l", "x", "ng", "tr", "ch", "s"]
_TONE_MARKS = ["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]


@given(
    st.sampled_from(_ONSETS),
    st.sampled_from(["oa", "oe", "uy"]),
    st.sampled_from(_TONE_MARKS),
    st.sampled_from([str.lower, str.upper, str.title]),
)
def test_open_syllables_take_the_tone_on_the_first_vowel(
    onset: str, cluster: str, tone: str, case: object
) -> None:
    cased = case(onset + cluster)  # type: ignore[operator]
    head, first, second = cased[: len(onset)], cased[-2], cased[-1]
    new_style = nfc(head + first + second + tone)
    old_style = nfc(head + first + tone + second)
    assert normalize_tone_marks(new_style) == old_style
    assert normalize_tone_marks(old_style) == old_style
    # with a final consonant the tone stays on the second vowel
    closed = nfc(head + first + second + tone + "n")
    assert normalize_tone_marks(closed) == closed
