"""Text normalization (chuẩn hóa văn bản): Unicode NFC, one space, one tone-mark placement.

The same word typed two ways ("hoà" / "hòa", "thuỷ" / "thủy") must compare equal, so
we keep one convention: the old style (kiểu cũ), tone mark on the first vowel of an open
oa, oe, uy syllable ("hòa", "khỏe", "thủy", "ủy ban").
"""

from __future__ import annotations

import re
import unicodedata

from danvan.errors import InvalidValueError

__all__ = ["nfc", "normalize_text", "normalize_tone_marks"]

# Tone marks (dấu thanh), as combining characters: huyền, sắc, ngã, hỏi, nặng.
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")
# Initial consonants (phụ âm đầu), "" for none. "q" is missing on purpose: in "quý", "quỷ"
# the u belongs to "qu" and the tone rightly sits on the y.
_ONSETS = frozenset(
    ("", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh",
     "nh", "p", "ph", "r", "s", "t", "th", "tr", "v", "x")
)  # fmt: skip
_CLUSTERS = frozenset({"oa", "oe", "uy"})
# The letters a syllable can be made of here, in both cases; any other letter means the
# word is not a Vietnamese syllable of interest and is left alone.
_LETTERS = frozenset("abcdđeghiklmnoprstuvxy" + "abcdđeghiklmnoprstuvxy".upper())
_WHITESPACE = re.compile(r"\s+")


def _check(field: str, text: object) -> str:
    if not isinstance(text, str):
        raise InvalidValueError(field, text, "text must be a str")
    return text


def nfc(text: str) -> str:
    """Unicode NFC (dạng dựng sẵn): one code point per accented letter where Unicode has one."""
    return unicodedata.normalize("NFC", _check("nfc.text", text))


def _old_style(word: str) -> str:
    """Move the tone of an open oa/oe/uy syllable to its first vowel; leave other words alone."""
    letters: list[list[str]] = []  # each base letter followed by its combining marks
    for char in unicodedata.normalize("NFD", word):
        if unicodedata.combining(char):
            if not letters:
                return word  # starts with a stray mark: not a Vietnamese syllable
            letters[-1].append(char)
        else:
            letters.append([char])
    if len(letters) < 2:
        return word
    *onset, first, second = letters
    if (
        any(c[0] not in _LETTERS for c in letters)
        or "".join(c[0] for c in onset).lower() not in _ONSETS
        or any(len(c) > 1 for c in onset)
        or (first[0] + second[0]).lower() not in _CLUSTERS
        or len(first) != 1
        or len(second) != 2
        or second[1] not in _TONES
    ):
        return word
    moved = [*onset, [first[0], second[1]], [second[0]]]
    return unicodedata.normalize("NFC", "".join("".join(c) for c in moved))


def _is_word_char(char: str) -> bool:
    return unicodedata.category(char)[0] in "LM"


def normalize_tone_marks(text: str) -> str:
    """NFC plus old-style tone placement ("hoà" -> "hòa", "THUỶ" -> "THỦY"); spaces untouched.

    Only open syllables whose vowels are exactly oa, oe or uy (not "qu" + y) change;
    "hoàn", "thuyết", "quý", "giữ" and non-Vietnamese words stay as they are.
    """
    text = nfc(_check("normalize_tone_marks.text", text))
    out: list[str] = []
    start = None
    for i, char in enumerate([*text, " "]):  # the sentinel closes the last word
        if _is_word_char(char):
            if start is None:
                start = i
            continue
        if start is not None:
            out.append(_old_style(text[start:i]))
            start = None
        out.append(char)
    return unicodedata.normalize("NFC", "".join(out)[:-1])


def normalize_text(text: str) -> str:
    """Normalize for comparison and storage (chuẩn hóa): NFC, old-style tones, one space.

    Every run of whitespace (tab, newline, NBSP, other Unicode spaces) becomes one ASCII
    space and the ends are stripped. Idempotent.
    """
    toned = normalize_tone_marks(_check("normalize_text.text", text))
    return _WHITESPACE.sub(" ", toned).strip()
