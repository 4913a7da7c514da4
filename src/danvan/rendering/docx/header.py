"""The first-page header (ô 1-5, 9a): agency and Quốc hiệu table, type name, subject, Kính gửi.

The agency block and the Quốc hiệu sit in a borderless two-column table, as in Mẫu 1.4 of
Phụ lục III; "Số:" and the place and date share its second row, so they stay on one line.
"""

from __future__ import annotations

from danvan.model import BaseDocument
from danvan.rendering.docx import _styles as s
from danvan.rendering.docx._metrics import text_width_pt
from danvan.rendering.docx._oxml import PPR, add_cell, add_row, add_table, cm, qn, sub, twips
from danvan.rendering.docx.body import RULE_SHARE, DocxWriter
from danvan.rendering.wording import MOTTO, NATIONAL_TITLE, PARTY_TITLE, number_line

__all__ = ["write_addressees", "write_masthead", "write_title"]

_TITLE_SLACK = 120
"""Room (twips) kept beside the Quốc hiệu so rounding never wraps it onto two lines."""
_CELL_MARGINS = 2 * 108 + 60
"""Word's default cell margins (0.19 cm each side) and a little slack, in twips."""


def balanced_lines(text: str, size: float, available: int, *, bold: bool = False) -> list[str]:
    """``text`` on one line when it fits in ``available`` twips, else broken between words into
    two lines of nearly equal width ("SỞ DÂN SINH" / "VÀ CỘNG ĐỒNG"), as long agency names
    are set in practice — rather than leaving one word alone on the second line."""
    if twips(text_width_pt(text, size, bold=bold)) <= available:
        return [text]
    words = text.split()
    if len(words) < 2:
        return [text]
    splits = [(" ".join(words[:i]), " ".join(words[i:])) for i in range(1, len(words))]
    best = min(
        splits,
        key=lambda pair: max(text_width_pt(line, size, bold=bold) for line in pair),
    )
    return list(best)


def write_masthead(writer: DocxWriter, document: BaseDocument) -> None:
    """Ô 1-4: parent body and issuer with its rule (or the Party "*"), the Quốc hiệu and
    Tiêu ngữ with the motto-long rule (or «ĐẢNG CỘNG SẢN VIỆT NAM»), then "Số:" beside
    the place and date.

    The left column is ``left_column_width``; the right one takes the rest of the text
    width, and grows into the right margin only if the Quốc hiệu would not fit on one
    line (as the decree's own Mẫu 1.4 table does).
    """
    style = writer.style
    left = cm(style.left_column_width)
    title, title_size = (
        (PARTY_TITLE, style.party_title_size)
        if writer.party
        else (NATIONAL_TITLE, style.national_title_size)
    )
    needed = twips(text_width_pt(title, title_size, bold=True)) + _TITLE_SLACK
    right = max(writer.text_width - left, needed)
    table = add_table(writer.body, (left, right), borders=False)

    top = add_row(table)
    agency = add_cell(top, left)
    issuer = document.issuer
    room = left - _CELL_MARGINS
    if issuer.parent:
        parent = balanced_lines(issuer.parent.upper(), style.parent_size, room)
        writer.paragraph(s.HEADER_PARENT, "\n".join(parent), agency)
    lines = balanced_lines(issuer.name.upper(), style.issuer_size, room, bold=True)
    writer.paragraph(s.HEADER_ISSUER, "\n".join(lines), agency)
    if writer.party:
        writer.paragraph(s.ASTERISK, "*", agency)
    else:
        # «đường kẻ ngang, nét liền, có độ dài bằng từ 1/3 đến 1/2 độ dài của dòng chữ»:
        # the line of a name set on two lines is the longer one.
        longest = max(lines, key=lambda line: text_width_pt(line, style.issuer_size, bold=True))
        writer.rule(longest, style.issuer_size, left, bold=True, share=RULE_SHARE, parent=agency)

    national = add_cell(top, right)
    writer.paragraph(s.PARTY_TITLE if writer.party else s.NATIONAL_TITLE, title, national)
    if writer.party:
        # «đường kẻ ngang nét liền, có độ dài bằng độ dài tiêu đề»
        writer.rule(title, title_size, right, bold=True, parent=national)
    else:
        writer.paragraph(s.MOTTO, MOTTO, national)
        # «phía dưới có đường kẻ ngang, nét liền, có độ dài bằng độ dài của dòng chữ»
        writer.rule(MOTTO, style.motto_size, right, bold=True, parent=national)

    bottom = add_row(table)
    writer.paragraph(s.NUMBER, number_line(document), add_cell(bottom, left))
    writer.paragraph(s.PLACE_DATE, str(document.place_date), add_cell(bottom, right))


def write_title(writer: DocxWriter, document: BaseDocument) -> None:
    """Ô 5a: "BÁO CÁO" / "KẾ HOẠCH", the subject (trích yếu) and a short rule under it."""
    style = writer.style
    writer.paragraph(s.TYPE_NAME, document.document_type.title)
    writer.paragraph(s.SUBJECT, document.subject)
    writer.rule(
        document.subject, style.subject_size, writer.text_width, bold=True, share=RULE_SHARE
    )
    writer.spacer()


_LABEL = "Kính gửi:"


def write_addressees(writer: DocxWriter, document: BaseDocument) -> None:
    """Ô 9a: "Kính gửi: X" centred; with several, each on its own line "- X;" (the last
    "- Z."), the dashes aligned with each other after the colon.

    Several addressees make one paragraph with a hanging indent: the first line holds
    "Kính gửi:" and a tab, the others follow line breaks and start at the indent, so the
    dashes line up whatever the names' lengths. The block is centred on the page.
    """
    names = document.addressees
    if not names:
        return
    if len(names) == 1:
        paragraph = writer.paragraph(s.ADDRESSEE, f"{_LABEL} {names[0]}")
        ppr = paragraph.find(PPR)
        assert ppr is not None
        sub(ppr, qn("w:jc"), {qn("w:val"): "center"})
        return
    *first, last = names
    lines = [f"- {name};" for name in first] + [f"- {last}."]
    size = writer.style.addressee_size
    label = twips(text_width_pt(_LABEL + "  ", size))
    block = label + max(twips(text_width_pt(line, size)) for line in lines)
    start = max(0, (writer.text_width - block) // 2)
    paragraph = writer.paragraph(s.ADDRESSEE, _LABEL + "\t" + "\n".join(lines))
    ppr = paragraph.find(PPR)
    assert ppr is not None
    tabs = sub(ppr, qn("w:tabs"))
    sub(tabs, qn("w:tab"), {qn("w:val"): "left", qn("w:pos"): str(start + label)})
    sub(ppr, qn("w:ind"), {qn("w:left"): str(start + label), qn("w:hanging"): str(label)})
