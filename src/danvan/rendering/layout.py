"""The wording every renderer shares: header lines, "Số:" line, appendix labels and "Kèm theo" line.

Kept in one place so the text, Markdown, HTML and .docx outputs can never disagree
about what a document says; renderers only decide how it looks.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import attrs

from danvan.errors import InvalidValueError
from danvan.model import (
    BaseDocument,
    Block,
    Counter,
    DocumentSystem,
    NumberingScheme,
    Section,
)
from danvan.vn.dates import BLANK, format_date
from danvan.vn.numbering import parse_roman, parse_vietnamese_letter, roman

__all__ = [
    "DRAFT_NUMBER_BLANK",
    "MOTTO",
    "NATIONAL_TITLE",
    "PARTY_TITLE",
    "NumberedSection",
    "appendix_label",
    "attachment_line",
    "draft_mark",
    "end_body",
    "number_line",
    "numbered_sections",
    "scheme_for",
]

NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
"""Quốc hiệu (Nghị định 30, Phụ lục I, II.1.a); the decree's Mục II spells "HÒA"."""
MOTTO = "Độc lập - Tự do - Hạnh phúc"
"""Tiêu ngữ, ASCII hyphens with a space each side (II.1.b)."""
PARTY_TITLE = "ĐẢNG CỘNG SẢN VIỆT NAM"
"""The Party documents' title (Hướng dẫn 36-HD/VPTW, provisional: see conventions §4.0)."""
DRAFT_NUMBER_BLANK = BLANK + "  "
"""The space a draft leaves before the symbol: "Số:      /BC-SKHCN"."""


def scheme_for(document: BaseDocument) -> NumberingScheme:
    """The section numbering of the document's system: "I.", "1.", "a)" or the Party "I-", "1-"."""
    if document.system is DocumentSystem.PARTY:
        return NumberingScheme.party()
    return NumberingScheme.state()


def number_line(document: BaseDocument) -> str | None:
    """ "Số: 05/BC-SKHCN" (State), "Số 166-KH/ĐU" (Party), "Số:      /BC-SKHCN" (draft).

    A Party issuer's State-style symbol prints in the Party form (``printed_number``)."""
    number = document.printed_number
    if number is None:
        return None
    prefix = "Số" if number.system is DocumentSystem.PARTY else "Số:"
    text = str(number)
    if number.number is None:
        return f"{prefix}{DRAFT_NUMBER_BLANK} {text}"
    return f"{prefix} {text}"


def end_body(text: str) -> str:
    """The last line of the body ending with "./." as every model of Phụ lục III does.

    A final "." is absorbed ("... như sau." → "... như sau./."), only one, so an ellipsis
    keeps its dots; text that already ends with "./." is returned without trailing spaces.
    """
    text = text.rstrip()
    if text.endswith("./."):
        return text
    # absorb one full stop only: an ellipsis keeps its dots ("vv..." → "vv.../.")
    return (text[:-1] if text.endswith(".") else text) + "./."


def appendix_label(index: int, count: int) -> str:
    """ "Phụ lục" when there is one appendix, "Phụ lục I", "Phụ lục II" when several (III.1)."""
    return "Phụ lục" if count == 1 else f"Phụ lục {roman(index + 1)}"


def attachment_line(document: BaseDocument) -> str:
    """ "(Kèm theo Báo cáo số 538/BC-SKHCN ngày 14/11/2021 của Sở Khoa học và Công nghệ)".

    Generated from the parent document so an appendix can never cite it wrongly; a
    draft keeps the blanks ("số      /BC-SKHCN ngày     tháng     năm 2020").
    """
    parts = [f"(Kèm theo {document.document_type.value}"]
    number = document.printed_number
    if number is not None:
        symbol = str(number)
        parts.append(
            f"số{DRAFT_NUMBER_BLANK} {symbol}" if number.number is None else f"số {symbol}"
        )
    date = document.place_date.date
    if isinstance(date, dt.date):
        parts.append(f"ngày {format_date(date, 'short')}")
    else:
        parts.append(format_date(date))
    parts.append(f"của {document.issuer.name})")
    return " ".join(parts)


@attrs.frozen
class NumberedSection:
    """A section with its printed label ("II.", "3.", "đ)") and its depth (0 = mục)."""

    section: Section
    label: str | None
    depth: int


def section_label(section: Section, depth: int, index: int, scheme: NumberingScheme) -> str | None:
    """The label to print: the section's own number kept from a source, else the scheme's."""
    style = scheme.style(depth)
    if section.number is not None:
        return section.number + (style.suffix if style is not None else ".")
    return scheme.label(depth, index)


def numbered_sections(
    blocks: tuple[Block, ...], scheme: NumberingScheme, depth: int = 0
) -> Iterator[tuple[Block, str | None, int]]:
    """Each top-level block with the label it prints with (sections only) and its depth.

    A section that keeps its own number ("V", read from a source) sets the count, so the
    sections after it continue from there (V., VI.) instead of from their position.
    """
    index = 0
    for block in blocks:
        if isinstance(block, Section):
            index = _kept_index(block, depth, scheme) or index + 1
            yield block, section_label(block, depth, index, scheme), depth
        else:
            yield block, None, depth


def _kept_index(section: Section, depth: int, scheme: NumberingScheme) -> int | None:
    """The position a kept label stands for ("V" → 5, "đ" → 5), when the level counts that way."""
    style = scheme.style(depth)
    if section.number is None or style is None:
        return None
    label = section.number
    try:
        if style.counter is Counter.ARABIC:
            return int(label) if label.isdigit() and int(label) > 0 else None
        if style.counter is Counter.ROMAN:
            return parse_roman(label)
        return parse_vietnamese_letter(label)
    except InvalidValueError:
        return None


DRAFT_MARK = "DỰ THẢO"
"""The mark of a draft (dự thảo). Nghị định 30 does not place it: danvan follows common
practice, a box of bold capitals at the top of page 1 (docs/conventions.md) [unverified]."""


def draft_mark(document: BaseDocument) -> str | None:
    """ "DỰ THẢO", or "DỰ THẢO LẦN 2" when the model gives the revision; ``None`` for an
    issued document."""
    if not document.is_draft:
        return None
    if document.draft_revision is None:
        return DRAFT_MARK
    return f"{DRAFT_MARK} LẦN {document.draft_revision}"
