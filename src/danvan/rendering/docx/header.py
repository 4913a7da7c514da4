"""The first-page header (ô 1-5, 9a): agency and Quốc hiệu table, type name, subject, Kính gửi.

The agency block and the Quốc hiệu sit in a borderless two-column table, as in Mẫu 1.4 of
Phụ lục III; "Số:" and the place and date share its second row, so they stay on one line.
"""

from __future__ import annotations

from lxml import etree

from danvan.model import BaseDocument, Secrecy, Urgency
from danvan.rendering.docx import _styles as s
from danvan.rendering.docx._metrics import text_width_pt
from danvan.rendering.docx._oxml import (
    PPR,
    TRPR,
    add_cell,
    add_row,
    add_run,
    add_table,
    cm,
    mm,
    qn,
    sub,
    twips,
)
from danvan.rendering.docx.body import RULE_SHARE, DocxWriter
from danvan.rendering.wording import MOTTO, NATIONAL_TITLE, PARTY_TITLE, draft_mark, number_line
from danvan.vn.text import normalize_tone_marks

__all__ = ["balanced_lines", "write_addressees", "write_masthead", "write_title"]

URGENCY_STAMPS_MM: dict[Urgency, tuple[float, float]] = {
    Urgency.HOA_TOC: (30, 8),
    Urgency.THUONG_KHAN: (40, 8),
    Urgency.KHAN: (20, 8),
}
"""«kích thước 30 mm x 8 mm, 40 mm x 8 mm và 20 mm x 8 mm, trên đó các từ “HOẢ TỐC”,
“THƯỢNG KHẨN” và “KHẨN”» (Nghị định 30, Phụ lục I, III.2.b)."""
STAMP_HEIGHT_MM = 8
"""The height of every box; the decree gives 8 mm for the urgency stamps, the other boxes
follow it [unverified]."""
STAMP_RED = "FF0000"
"""«Mực để đóng dấu chỉ mức độ khẩn dùng màu đỏ tươi» (III.2.b); the secrecy stamp is
printed red too [unverified: set by the law on State secrets, not read]."""
_BOX_PADDING_MM = 4
"""Room each side of the text in a box sized to its text (every box but the urgency one)."""

_TITLE_SLACK = 120
"""Room (twips) kept beside the Quốc hiệu so rounding never wraps it onto two lines."""
_CELL_MARGINS = 2 * 108 + 60
"""Word's default cell margins (0.19 cm each side) and a little slack, in twips."""


def balanced_lines(text: str, size: float, available: int, *, bold: bool = False) -> list[str]:
    """``text`` on one line when it fits in ``available`` twips; else broken between words
    into the fewest lines that fit, as nearly equal in width as can be ("SỞ DÂN SINH" /
    "VÀ CỘNG ĐỒNG"), as long agency names are set in practice.

    No line is a single word ("QUỐC / HỘI") unless the words admit no other break that
    fits; a name whose longest word alone does not fit stays one line (Word wraps it).
    """
    words = text.split()
    if len(words) < 2 or twips(text_width_pt(" ".join(words), size, bold=bold)) <= available:
        return [" ".join(words)] if words else [text]
    space = text_width_pt(" ", size, bold=bold)
    # Break between units, never inside one: a committee's "ỦY" stays with its level word
    # ("HUYỆN ỦY", "TỈNH ỦY"), so the name is set on units of one or two syllables.
    units: list[str] = []
    for index, word in enumerate(words):
        if units and _glued(words, index):
            units[-1] += " " + word
        else:
            units.append(word)
    widths = [text_width_pt(unit, size, bold=bold) for unit in units]
    # a line fits when its width in whole twips does, as the cell's width is given (a width
    # a hair above available/20 points rounds to the cell's twips and fits)
    limit = (available + 0.5) / 20  # points
    # Where a name's parts meet: before a place ("TỈNH SƠN LA") or before "VÀ".
    preferred = frozenset(
        index for index, unit in enumerate(units) if unit.split()[0] in _BREAK_BEFORE
    )
    for min_words in (2, 1):
        for count in range(2, len(units) // min_words + 1):
            for allowed in (preferred, None):
                split = _best_split(widths, space, count, min_words, limit, allowed)
                if split is not None:
                    return [" ".join(units[a:b]) for a, b in split]
    return [" ".join(words)]


_BREAK_BEFORE = frozenset(
    {"TỈNH", "THÀNH", "HUYỆN", "QUẬN", "THỊ", "XÃ", "PHƯỜNG", "ĐẶC", "KHỐI", "VÀ"}
)
"""Words a line of an agency name likes to start with: the level of a place or of a
committee ("TỈNH SƠN LA", "HUYỆN ỦY MỘC CHÂU"), or "VÀ" ("VÀ CÔNG NGHỆ"). A preference
only: when no break there fits, the most balanced break is taken."""


def _glued(words: list[str], index: int) -> bool:
    """True when no line may start at ``words[index]``: "ỦY" after a level word ("HUYỆN
    ỦY"), but not "ỦY BAN", which starts a name of its own."""
    word = normalize_tone_marks(words[index]).upper()
    following = words[index + 1].upper() if index + 1 < len(words) else ""
    return word == "ỦY" and following != "BAN"


def _best_split(
    widths: list[float],
    space: float,
    count: int,
    min_words: int,
    limit: float,
    allowed: frozenset[int] | None = None,
) -> list[tuple[int, int]] | None:
    """The split of the words into ``count`` lines of at least ``min_words`` words, each
    narrower than ``limit`` points, breaking only before the words in ``allowed`` (any, when
    ``None``), whose widest line is the narrowest; ``None`` if none fits."""
    n = len(widths)
    starts = [0.0]
    for width in widths:
        starts.append(starts[-1] + width)

    def line(a: int, b: int) -> float:
        return starts[b] - starts[a] + space * (b - a - 1)

    # best[k][i]: (widest line, breaks) for words[i:] set on k lines
    best: dict[tuple[int, int], tuple[float, list[tuple[int, int]]] | None] = {}

    def solve(k: int, i: int) -> tuple[float, list[tuple[int, int]]] | None:
        key = (k, i)
        if key in best:
            return best[key]
        result: tuple[float, list[tuple[int, int]]] | None = None
        if k == 1:
            if n - i >= min_words and line(i, n) < limit:
                result = (line(i, n), [(i, n)])
        else:
            for j in range(i + min_words, n - min_words * (k - 1) + 1):
                width = line(i, j)
                if width >= limit:
                    break
                if allowed is not None and j not in allowed:
                    continue
                rest = solve(k - 1, j)
                if rest is not None:
                    widest = max(width, rest[0])
                    if result is None or widest < result[0] - 1e-9:
                        result = (widest, [(i, j), *rest[1]])
        best[key] = result
        return result

    found = solve(count, 0)
    return None if found is None else found[1]


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
    _marks_row(writer, document, table, left, right)

    top = add_row(table)
    agency = add_cell(top, left)
    issuer = document.issuer
    room = left - _CELL_MARGINS
    if issuer is not None and issuer.parent:
        parent = balanced_lines(issuer.parent.upper(), style.parent_size, room)
        writer.paragraph(s.HEADER_PARENT, "\n".join(parent), agency)
    name = issuer.name.upper() if issuer is not None else ""
    lines = balanced_lines(name, style.issuer_size, room, bold=True) if name else [""]
    writer.paragraph(s.HEADER_ISSUER, "\n".join(lines), agency)
    if writer.party:
        writer.paragraph(s.ASTERISK, "*", agency)
    elif name:
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
    place_date = "" if document.place_date is None else str(document.place_date)
    writer.paragraph(s.PLACE_DATE, place_date, add_cell(bottom, right))
    _stamps_row(writer, document, table, left, right)


def _marks_row(
    writer: DocxWriter, document: BaseDocument, table: etree._Element, left: int, right: int
) -> None:
    """The top of page 1: the «DỰ THẢO» box of a draft (left or right, by
    ``style.draft_mark``; a convention) and the circulation note (ô 11), which the decree's
    drawing (Phụ lục I, Mục IV) puts above the Quốc hiệu."""
    position = writer.style.draft_mark
    mark = draft_mark(document) if position != "none" else None
    note = document.circulation
    if mark is None and note is None:
        return
    row = add_row(table)
    left_cell, right_cell = add_cell(row, left), add_cell(row, right)
    size = writer.style.draft_mark_size
    if mark is not None and position == "top-left":
        _box(left_cell, mark, s.DRAFT_MARK, _fit(mark, size), "left")
    if mark is not None and position == "top-right":
        _box(right_cell, mark, s.DRAFT_MARK, _fit(mark, size), "right")
    if note is not None:
        _box(right_cell, note.value, s.STAMP, _fit(note.value, writer.style.stamp_size), "center")
    for cell in (left_cell, right_cell):
        if len(cell) == 1:  # only its properties: a cell holds at least one paragraph
            writer.paragraph(s.SPACER, None, cell)


def _stamps_row(
    writer: DocxWriter, document: BaseDocument, table: etree._Element, left: int, right: int
) -> None:
    """Ô 10a (độ mật) over ô 10b (độ khẩn), in the left column under the number, as the
    decree's drawing places them; each a box of bold capitals, single-lined, red."""
    secrecy: Secrecy | None = document.secrecy
    urgency: Urgency | None = document.urgency
    if secrecy is None and urgency is None:
        return
    row = add_row(table)
    cell = add_cell(row, left)
    size = writer.style.stamp_size
    if secrecy is not None:
        _box(cell, secrecy.value, s.STAMP, _fit(secrecy.value, size), "center", color=STAMP_RED)
    if urgency is not None:
        width = mm(URGENCY_STAMPS_MM[urgency][0])
        _box(cell, urgency.value, s.STAMP, width, "center", color=STAMP_RED)
    writer.paragraph(s.SPACER, None, add_cell(row, right))


def _fit(text: str, size: float) -> int:
    """The width of a box sized to ``text`` in bold at ``size``, with room each side."""
    return twips(text_width_pt(text, size, bold=True)) + 2 * mm(_BOX_PADDING_MM)


def _box(
    cell: etree._Element,
    text: str,
    style_id: str,
    width: int,
    align: str,
    *,
    color: str | None = None,
) -> etree._Element:
    """A one-cell table ``width`` twips wide and 8 mm high, single-lined, holding ``text``
    centred: the boxed marks of Phụ lục I, III.2 (and the draft mark)."""
    box = add_table(cell, (width,), borders=True, cell_margin=mm(1))
    table_width = box.find(f"{qn('w:tblPr')}/{qn('w:tblW')}")
    assert table_width is not None
    table_width.addnext(etree.Element(qn("w:jc"), {qn("w:val"): align}))
    if color is not None:
        for edge in box.iterfind(f"{qn('w:tblPr')}/{qn('w:tblBorders')}/*"):
            edge.set(qn("w:color"), color)
    row = add_row(box)
    trpr = row.find(TRPR)
    assert trpr is not None
    sub(trpr, qn("w:trHeight"), {qn("w:val"): str(mm(STAMP_HEIGHT_MM)), qn("w:hRule"): "exact"})
    inner = add_cell(row, width, center=True)
    paragraph = sub(inner, qn("w:p"))
    ppr = sub(paragraph, PPR)
    sub(ppr, qn("w:pStyle"), {qn("w:val"): style_id})
    run = add_run(paragraph, text)
    if color is not None:
        rpr = etree.Element(qn("w:rPr"))
        sub(rpr, qn("w:color"), {qn("w:val"): color})
        run.insert(0, rpr)
    # A paragraph after each box: two tables in a row would merge into one, and a cell
    # must end with a paragraph.
    sub(sub(sub(cell, qn("w:p")), PPR), qn("w:pStyle"), {qn("w:val"): s.SPACER})
    return box


def write_title(writer: DocxWriter, document: BaseDocument) -> None:
    """Ô 5a: "BÁO CÁO" / "KẾ HOẠCH", the subject (trích yếu) and a short rule under it."""
    style = writer.style
    writer.paragraph(s.TYPE_NAME, document.document_type.title)
    if document.subject is None:
        return
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
