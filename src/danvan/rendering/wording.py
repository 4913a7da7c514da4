"""The wording every renderer shares (lời văn chung): what a document says, never how it looks.

Quốc hiệu and Tiêu ngữ, the "Số:" line, "Kính gửi" punctuation, section labels (with the
"continue after a kept number" rule), table headers, "; trong đó:", "./.", "Nơi nhận",
the appendix label and its "Kèm theo" line. Kept in one public module so the text,
Markdown, HTML and .docx renderers, and any plugin, can never disagree about the words;
renderers only decide the markup. Plugin authors import from here
(``from danvan.rendering.wording import attachment_line``); the names are stable.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Final

import attrs

from danvan.errors import InvalidValueError
from danvan.model import (
    BaseDocument,
    Block,
    DocumentSystem,
    Footnote,
    Indicator,
    Paragraph,
    Section,
    Task,
)
from danvan.rendering.numbering import Counter, NumberingScheme
from danvan.vn.dates import BLANK, format_date
from danvan.vn.numbering import parse_roman, parse_vietnamese_letter, roman

__all__ = [
    "ADDRESSEE_LABEL",
    "BODY_END",
    "DRAFT_MARK",
    "DRAFT_NUMBER_BLANK",
    "GROUP_LEAD",
    "INDICATOR_HEADER",
    "MOTTO",
    "NATIONAL_TITLE",
    "PARTY_MARK",
    "PARTY_TITLE",
    "TASK_BUDGET_COLUMN",
    "TASK_HEADER",
    "TASK_TARGET_COLUMN",
    "addressee_lines",
    "appendix_label",
    "attachment_line",
    "basis_paragraphs",
    "breakdown_marker",
    "draft_mark",
    "end_body",
    "indicator_label",
    "indicator_name",
    "number_line",
    "numbered_sections",
    "recipients_heading",
    "scheme_for",
    "section_label",
    "task_budget",
    "task_header",
]

NATIONAL_TITLE: Final = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
"""Quốc hiệu (Nghị định 30, Phụ lục I, II.1.a); the decree's Mục II spells "HÒA"."""
MOTTO: Final = "Độc lập - Tự do - Hạnh phúc"
"""Tiêu ngữ, ASCII hyphens with a space each side (II.1.b)."""
PARTY_TITLE: Final = "ĐẢNG CỘNG SẢN VIỆT NAM"
"""The Party documents' title (Hướng dẫn 36-HD/VPTW, provisional: see conventions §4.0)."""
PARTY_MARK: Final = "*"
"""The asterisk under a Party issuer's name (Hướng dẫn 36-HD/VPTW)."""
DRAFT_NUMBER_BLANK: Final = BLANK + "  "
"""The space a draft leaves before the symbol: "Số:      /BC-SKHCN"."""
BODY_END: Final = "./."
"""The mark that ends the body (every model of Phụ lục III ends its text with it)."""
ADDRESSEE_LABEL: Final = "Kính gửi:"
"""Ô 9a: the label before the addressees."""
GROUP_LEAD: Final = "; trong đó:"
"""Appended to an indicator with a breakdown: "Tổng số hộ; trong đó:" then its parts."""
INDICATOR_HEADER: Final = ("STT", "Chỉ tiêu", "Số liệu", "Ghi chú")
"""The header row of an appendix table of indicators (biểu số liệu)."""
TASK_HEADER: Final = (
    "STT",
    "Nội dung nhiệm vụ",
    "Đơn vị chủ trì",
    "Đơn vị phối hợp",
    "Thời gian",
    "Sản phẩm",
)
"""The header row of a plan's table of tasks (bảng phân công nhiệm vụ)."""
TASK_TARGET_COLUMN: Final = "Chỉ tiêu"
"""The column of the tasks' targets ("01-02 mô hình"), before "Sản phẩm", when one has one."""
TASK_BUDGET_COLUMN: Final = "Kinh phí"
"""The last column, of the tasks' budgets and their sources, when one has one."""


def task_header(tasks: Iterable[Task]) -> tuple[str, ...]:
    """The header of a table of ``tasks``: :data:`TASK_HEADER`, with "Chỉ tiêu" when a task
    has a target and "Kinh phí" when one has a budget or its source."""
    tasks = tuple(tasks)
    header = list(TASK_HEADER)
    if any(task.target is not None for task in tasks):
        header.insert(header.index("Sản phẩm"), TASK_TARGET_COLUMN)
    if any(task.budget is not None or task.budget_source for task in tasks):
        header.append(TASK_BUDGET_COLUMN)
    return tuple(header)


def task_budget(task: Task) -> str:
    """The budget cell: "10.000.000 đồng (nguồn: ngân sách tỉnh)", "Nguồn: ngân sách tỉnh"."""
    source = f"nguồn: {task.budget_source}" if task.budget_source else ""
    if task.budget is None:
        return source[:1].upper() + source[1:]
    return f"{task.budget} ({source})" if source else str(task.budget)


def scheme_for(document: BaseDocument) -> NumberingScheme:
    """The section numbering of the document's system: "I.", "1.", "a)" or the Party "I-", "1-"."""
    return scheme_for_system(document.system)


def scheme_for_system(system: DocumentSystem) -> NumberingScheme:
    """The numbering scheme of State or Party documents."""
    if system is DocumentSystem.PARTY:
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
    if text.endswith(BODY_END):
        return text
    # absorb one full stop only: an ellipsis keeps its dots ("vv..." → "vv.../.")
    return (text[:-1] if text.endswith(".") else text) + BODY_END


def addressee_lines(addressees: Sequence[str]) -> tuple[str, ...]:
    """Ô 9a: one addressee prints "Kính gửi: X"; several print "- X;" each and the last "- Z."."""
    if not addressees:
        return ()
    if len(addressees) == 1:
        return (f"{ADDRESSEE_LABEL} {addressees[0]}",)
    *first, last = addressees
    return (*(f"- {name};" for name in first), f"- {last}.")


def recipients_heading(system: DocumentSystem) -> str:
    """ "Nơi nhận:" (State, Nghị định 30 II.9.d) or "Nơi nhận" (Party, no colon)."""
    return "Nơi nhận" if system is DocumentSystem.PARTY else "Nơi nhận:"


def appendix_label(index: int, count: int) -> str:
    """ "Phụ lục" when there is one appendix, "Phụ lục I", "Phụ lục II" when several (III.1)."""
    return "Phụ lục" if count == 1 else f"Phụ lục {roman(index + 1)}"


def attachment_line(document: BaseDocument) -> str:
    """ "(Kèm theo Báo cáo số 05/BC-SDSCĐ ngày 15 tháng 12 năm 2025 của Sở Dữ liệu số)".

    The date in full, as the decree's model writes it («ngày…tháng…năm…», Phụ lục III,
    Mẫu 2.1). Generated from the parent document so an appendix can never cite it
    wrongly; a draft keeps the blanks ("số      /BC-SKHCN ngày     tháng     năm 2020").
    """
    parts = [f"(Kèm theo {document.document_type.value}"]
    number = document.printed_number
    if number is not None:
        symbol = str(number)
        parts.append(
            f"số{DRAFT_NUMBER_BLANK} {symbol}" if number.number is None else f"số {symbol}"
        )
    if document.place_date is not None:  # a document as read may lack it
        parts.append(format_date(document.place_date.date))
    if document.issuer is not None:
        parts.append(f"của {document.issuer.name}")
    return " ".join(parts) + ")"


def indicator_name(indicator: Indicator) -> str:
    """The indicator's name as printed: with "; trong đó:" when parts (a breakdown) follow.

    A group heading (no value of its own, only sub-items) and a total with its parts
    both read "Tổng số hộ; trong đó:", in every renderer.
    """
    return indicator.name + GROUP_LEAD if indicator.breakdown else indicator.name


def breakdown_marker(level: int) -> str:
    """The marker of an indicator row at ``level``: "" (top), "-" (its parts), "+" (deeper)."""
    if level <= 0:
        return ""
    return "-" if level == 1 else "+"


def indicator_label(number: str) -> str:
    """An indicator's number as the text layout prints it: "1." and "I.", a letter "a)"
    (the điểm of Nghị định 30, Phụ lục I), "1.1." for a dotted number."""
    if len(number) == 1 and number.isalpha() and number.islower():
        return f"{number})"
    return f"{number}."


def section_label(section: Section, depth: int, index: int, scheme: NumberingScheme) -> str | None:
    """The label to print: the section's own number kept from a source, else the scheme's."""
    style = scheme.style(depth)
    if section.number is not None:
        return section.number + (style.suffix if style is not None else ".")
    return scheme.label(depth, index)


def numbered_sections(
    blocks: Sequence[Block], scheme: NumberingScheme, depth: int = 0
) -> Iterator[tuple[Block, str | None, int]]:
    """Each block with the label it prints with (sections only) and its depth.

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


DRAFT_MARK: Final = "DỰ THẢO"
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


_BASIS_ENDS = ";,."
"""Punctuation a căn cứ line may end with, replaced by the decree's own."""


def basis_paragraphs(bases: Sequence[Paragraph]) -> tuple[Paragraph, ...]:
    """The căn cứ lines punctuated as the decree requires: each ends with ";", the last
    with "." («cuối dòng có dấu chấm phẩy (;), dòng cuối cùng kết thúc bằng dấu chấm (.)»,
    Phụ lục I, II.6.a).

    One final ";", "," or "." of each line is replaced (an ellipsis keeps its other dots);
    a line ending with ":" keeps it when it is the last, since it then introduces what
    follows ("..., Sở báo cáo như sau:"), and takes ";" otherwise. A footnote mark stays
    after the punctuation.
    """
    last = len(bases) - 1
    return tuple(
        _punctuate(paragraph, "." if i == last else ";") for i, paragraph in enumerate(bases)
    )


def _punctuate(paragraph: Paragraph, mark: str) -> Paragraph:
    runs = list(paragraph.runs)
    for position in range(len(runs) - 1, -1, -1):
        run = runs[position]
        if isinstance(run, Footnote):
            continue
        text = run.text.rstrip()
        if not text:
            continue
        if text.endswith(":"):
            text = text if mark == "." else text[:-1] + mark
        elif text[-1] in _BASIS_ENDS:
            text = text[:-1] + mark
        else:
            text += mark
        runs[position] = attrs.evolve(run, text=text)
        return Paragraph(runs=tuple(runs))
    return paragraph
