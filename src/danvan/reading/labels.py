"""Numbering labels at the start of a line (số đề mục): "Phần I", "A.", "I.", "1.", "1.2.", "a)", "-", "+".

:func:`split_label` says what kind of label a line starts with and returns the label as
written and the rest of the line. The kinds are ranked (Phần/Chương above Roman above
Arabic above "1.2." above letters) so the recognizer can build the section tree from the
labels alone; the labels themselves are kept as written, never renumbered.
"""

from __future__ import annotations

import enum
import re

import attrs

__all__ = ["BULLET_CHARS", "DRAWN_BULLETS", "Label", "LabelKind", "split_bullet", "split_label"]


class LabelKind(enum.IntEnum):
    """Kinds of section labels, by rank: a smaller rank holds the larger ones."""

    PART = 0
    """Phần I, Chương II, Phần thứ nhất."""
    CAPITAL = 1
    """A., B., C. (mục lớn above "I." in reports of many parts)."""
    ROMAN = 2
    """I., II., IV.; also "I-" (Party documents)."""
    ARABIC = 3
    """1., 2), 3/, 4-"""
    DOTTED = 4
    """1.1., 2.3.4., II.1."""
    LETTER = 5
    """a), b), đ), e-"""


@attrs.frozen
class Label:
    """A label read at the start of a line: its kind, the label ("II", "1.2", "đ", "Phần I" → "I"),
    the prefix word for parts ("Phần", "Chương"; "Phần thứ" for "Phần thứ nhất", whose number
    "nhất" is one word), the text after it, and the label as written."""

    kind: LabelKind
    number: str
    rest: str
    written: str
    prefix: str | None = None


_PART_RE = re.compile(
    # the number ends where the word does: "MỤC LỤC" and "PHẦN LÝ LUẬN" start with no "L"
    r"(?P<prefix>phần|chương|mục)[ \t]+(?P<num>thứ[ \t]+[^\s.:]+|[IVXLC]+|[0-9]{1,3})(?![^\W\d_])"
    r"[ \t]*[.:\-–]?[ \t]*",
    re.IGNORECASE,
)
# after the number: ".", "/", ")", or a dash followed by a space ("I- ", "1- ", "a- ": the
# Party's way); after "1- " a capital must follow (not "2- 3 ngày")
_ROMAN_RE = re.compile(r"(?P<num>[IVXLC]{1,7})[ \t]*(?:\.|/|\)|(?P<dash>[-–])[ \t]+)[ \t]*")
_DOTTED_RE = re.compile(r"(?P<num>[0-9]{1,3}(?:\.[0-9]{1,3}){1,4})\.?[ \t]+")
# "II.1.", "II.1.2.": a Roman first part, as Word's "%1.%2." shows under a Roman level
_ROMAN_DOTTED_RE = re.compile(r"(?P<num>(?P<head>[IVXLC]{1,7})(?:\.[0-9]{1,3}){1,4})\.?[ \t]+")
_ARABIC_RE = re.compile(r"(?P<num>[0-9]{1,3})[ \t]*(?:\.|\)|/|(?P<dash>[-–])[ \t]+)[ \t]*")
_LETTER_RE = re.compile(
    r"(?P<num>[a-zđ])[ \t]*\)[ \t]*|(?P<dot>[a-zđ])\.[ \t]+|(?P<dash>[a-zđ])[ \t]*[-–][ \t]+"
)
# "A. KẾT QUẢ", "B- HẠN CHẾ", "C) …": a capital of the Vietnamese alphabet, A to P (no F, J),
# before a capitalised title. I and V stay Roman; a lone C or L is a letter (no document has
# a fiftieth part). Q, R, S, T, U, Y are left out: "Q. GIÁM ĐỐC" is an acting head's
# signature, and no report runs to seventeen lettered parts
_CAPITAL_RE = re.compile(r"(?P<num>[A-EGHK-PĐ])[ \t]*(?:\.|\)|[-–])[ \t]+")
_ROMAN_VALID = re.compile(r"M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")

_CAPITALS = frozenset("ABCDĐEGHKLMNOP")
_CLOSERS = " \t.,;:)]”\"'"

# the bullets Word's list labels are drawn as (danvan.reading.docx.numbering): a symbol font's
# picture shows as one of these
DRAWN_BULLETS = "-+•–*·▪◦●○"
# "-", "+" and the bullets a copy shows: Unicode ones ("•", "▪", "➢", "❖" …) and the private-use
# code points a PDF's text layer gives for Word's Symbol and Wingdings bullets (U+F0B7 the
# Symbol dot, U+F0A7 and U+F06E Wingdings squares, U+F0D8 and U+F0E8 arrows, U+F076 "❖",
# U+F0FC a check mark), which show as "" in a copied text
BULLET_CHARS = DRAWN_BULLETS + "■□➢►❖✓\uf0b7\uf0a7\uf06e\uf0d8\uf0e8\uf076\uf0fc"


def split_label(text: str) -> Label | None:
    """The section label ``text`` starts with, or ``None`` ("2021 năm ..." is no label)."""
    stripped = text.lstrip()
    if not stripped:
        return None
    first = stripped[0]
    if first in "PpCcMm" and (match := _PART_RE.match(stripped)):
        number = match["num"]
        rest = stripped[match.end() :]
        if match["prefix"].lower() == "mục" and not rest[:1].isupper():
            return None  # "mục tiêu" is a word, "Mục 2 ..." with a title is a label
        if rest[:1] in (",", ";") or _starts_lower(rest):
            return None  # "Phần 2 của kế hoạch …", "Phần I, II nêu trên …": a sentence
        prefix = match["prefix"]
        words = number.split()
        if len(words) > 1:  # "Phần thứ nhất": "thứ" joins the prefix, the number is one word
            prefix = f"{prefix} {' '.join(words[:-1])}"
        return Label(
            LabelKind.PART, words[-1], rest, stripped[: match.end()].strip(), prefix=prefix
        )
    if (
        first in "IVXLC"
        and (match := _ROMAN_DOTTED_RE.match(stripped))
        and _ROMAN_VALID.fullmatch(match["head"])
    ):
        rest = stripped[match.end() :]
        if rest and not rest[0].isdigit():
            return Label(LabelKind.DOTTED, match["num"], rest, stripped[: match.end()].strip())
    if first in "IVXLC" and (match := _ROMAN_RE.match(stripped)):
        roman = match["num"]
        rest = stripped[match.end() :]
        if (
            roman not in ("C", "L")
            and _ROMAN_VALID.fullmatch(roman)
            and rest
            and not rest[0].islower()
            and rest.strip(_CLOSERS)  # "II)." is the end of "(Phụ lục" / "II).", wrapped
        ):
            return Label(LabelKind.ROMAN, roman, rest, stripped[: match.end()].strip())
        if len(roman) > 1 or roman in "IVX":
            return None
    if first in _CAPITALS and (match := _CAPITAL_RE.match(stripped)):
        rest = stripped[match.end() :]
        if rest[:1].isupper():
            return Label(LabelKind.CAPITAL, match["num"], rest, stripped[: match.end()].strip())
        return None
    if first.isdigit():
        if match := _DOTTED_RE.match(stripped):
            rest = stripped[match.end() :]
            if any(len(part) == 3 for part in match["num"].split(".")[1:]):
                return None  # "1.250 m2", "10.424.000 đồng": thousands, not "1.2."
            if rest and not rest[0].isdigit():
                return Label(LabelKind.DOTTED, match["num"], rest, stripped[: match.end()].strip())
            return None
        if match := _ARABIC_RE.match(stripped):
            rest = stripped[match.end() :]
            # "1. Tên", "2) ..."; not "10.424.000 đồng", "14/11/2021" or "3/4 đơn vị";
            # "4- Tên" but not "2- 3 ngày" or "5 - ha"
            if (
                rest
                and not rest[0].isdigit()
                and rest[0] not in "%,"
                and not (match["dash"] and not rest[0].isupper())
            ):
                return Label(LabelKind.ARABIC, match["num"], rest, stripped[: match.end()].strip())
        return None
    if first.islower() and (match := _LETTER_RE.match(stripped)):
        number = match["num"] or match["dot"] or match["dash"]
        rest = stripped[match.end() :]
        if rest and (match["num"] or rest[0].isupper()):
            return Label(LabelKind.LETTER, number, rest, stripped[: match.end()].strip())
    return None


def _starts_lower(text: str) -> bool:
    """The first letter of ``text`` is a small one."""
    for ch in text:
        if ch.isalpha():
            return ch.islower()
    return False


def split_bullet(text: str) -> tuple[str, str] | None:
    """ "- Nội dung" → ("-", "Nội dung"); "+ ..." → ("+", ...); ``None`` when no bullet.

    "•", "*", "·", "–" and similar become "-" (the model has "-" and "+").
    """
    stripped = text.lstrip()
    if len(stripped) < 2 or stripped[0] not in BULLET_CHARS:
        return None
    marker = stripped[0]
    rest = stripped[1:]
    if not rest[:1].isspace():
        return None  # "-5%", "+84", "--"
    rest = rest.strip()
    if not rest:
        return None
    return ("+" if marker == "+" else "-", rest)
