"""WordprocessingML the python-docx API does not write: built with lxml, one helper per need.

Fonts on all four ``w:rFonts`` attributes, ``w:lang``, the PAGE field, borders, table
header rows, footnotes, section properties with page-number restart and a distinct
first page. Elements are appended with ``etree.SubElement`` in schema order, which is
an order of magnitude faster than python-docx's proxies (no per-run ``Font`` objects,
no ``table.cell()`` look-ups).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from lxml import etree

__all__ = [
    "FONT",
    "NSMAP",
    "W_NS",
    "add_page_field",
    "add_paragraph",
    "add_rule",
    "add_run",
    "add_table",
    "cm",
    "keep_with_next",
    "mm",
    "qn",
    "rfonts",
    "section_properties",
    "sub",
    "twips",
]

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NSMAP = {"w": W_NS, "r": R_NS}
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
FONT = "Times New Roman"
"""Nghị định 30, Phụ lục I, I.4: «Phông chữ tiếng Việt Times New Roman … màu đen»."""


def qn(tag: str) -> str:
    """ "w:p" → "{http://...}p" (Clark notation)."""
    prefix, _, local = tag.partition(":")
    return f"{{{NSMAP[prefix]}}}{local}"


# Tags used in the hot paths, qualified once.
P = qn("w:p")
PPR = qn("w:pPr")
PSTYLE = qn("w:pStyle")
R = qn("w:r")
RPR = qn("w:rPr")
RSTYLE = qn("w:rStyle")
T = qn("w:t")
B = qn("w:b")
BCS = qn("w:bCs")
I = qn("w:i")  # noqa: E741 - the WordprocessingML tag name
ICS = qn("w:iCs")
BR = qn("w:br")
TAB = qn("w:tab")
VAL = qn("w:val")
W = qn("w:w")
TYPE = qn("w:type")
ID = qn("w:id")
TBL = qn("w:tbl")
TR = qn("w:tr")
TC = qn("w:tc")
TCPR = qn("w:tcPr")
TCW = qn("w:tcW")
TRPR = qn("w:trPr")
R_ID = f"{{{R_NS}}}id"

TWIPS_PER_MM = 1440 / 25.4
"""Word measures in twentieths of a point (twips): 1 inch = 1440 twips = 25,4 mm."""

_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SPECIAL = re.compile("[\t\n\r]")


def mm(value: float) -> int:
    """Millimetres in twips."""
    return round(value * TWIPS_PER_MM)


def twips(points: float) -> int:
    """Points in twips (1/20 pt)."""
    return round(points * 20)


def cm(value: float) -> int:
    """Centimetres in twips."""
    return round(value * 10 * TWIPS_PER_MM)


sub: Callable[..., etree._Element] = etree.SubElement
"""``sub(parent, tag, attrib=None)``: append a child element (``tag`` in Clark notation)
with its attributes. lxml's own function, not a wrapper: a long body makes some 200,000
calls, and a Python wrapper around each cost a tenth of the render."""


def rfonts(parent: etree._Element, font: str = FONT) -> etree._Element:
    """``w:rFonts`` with all four scripts set: python-docx's ``Font.name`` writes only two,
    and Word then takes Vietnamese text in the complex/East-Asian slots from the theme."""
    return sub(
        parent,
        qn("w:rFonts"),
        {qn("w:ascii"): font, qn("w:hAnsi"): font, qn("w:eastAsia"): font, qn("w:cs"): font},
    )


def clean_text(text: str) -> str:
    """Drop the characters XML 1.0 cannot hold (control characters, lone surrogates)."""
    return _INVALID_XML.sub("", text)


_PRESERVE = {XML_SPACE: "preserve"}

# Paragraphs and runs are copied from small templates: one copy (done in C, with its
# children) costs a third of creating the two or three elements one by one, and a long body
# creates tens of thousands of them. The templates live in a document declaring the same
# namespaces as every part, so a copy appended into a part adds no declaration.
_TEMPLATES = etree.Element(qn("w:document"), nsmap=NSMAP)
_PARAGRAPHS: dict[str, etree._Element] = {}
_RUNS: dict[tuple[bool, bool, bool], etree._Element] = {}
_copy: Callable[[etree._Element], etree._Element] = etree._Element.__copy__  # type: ignore[attr-defined]
"""lxml's copy of an element with its whole subtree, called directly (``copy.copy`` adds a
Python-level dispatch to every paragraph)."""


def _paragraph_template(style: str) -> etree._Element:
    template = _PARAGRAPHS.get(style)
    if template is None:
        template = sub(_TEMPLATES, P)
        sub(sub(template, PPR), PSTYLE, {VAL: style})
        _PARAGRAPHS[style] = template
    return template


def _run_template(bold: bool, italic: bool, superscript: bool = False) -> etree._Element:
    """``w:r`` with its emphasis and one empty ``w:t`` (the text is set on the copy)."""
    template = _RUNS.get((bold, italic, superscript))
    if template is None:
        template = sub(_TEMPLATES, R)
        if bold or italic or superscript:
            rpr = sub(template, RPR)
            if bold:
                sub(rpr, B)
                sub(rpr, BCS)
            if italic:
                sub(rpr, I)
                sub(rpr, ICS)
            if superscript:  # CT_RPr order: b, bCs, i, iCs … vertAlign
                sub(rpr, qn("w:vertAlign"), {qn("w:val"): "superscript"})
        sub(template, T, _PRESERVE)
        _RUNS[bold, italic, superscript] = template
    return template


def add_paragraph(parent: etree._Element, style: str, text: str | None = None) -> etree._Element:
    """A ``w:p`` with its paragraph style and, when given, one plain run of ``text``."""
    template = _PARAGRAPHS.get(style)
    paragraph = _copy(_paragraph_template(style) if template is None else template)
    parent.append(paragraph)
    if text:
        add_run(paragraph, text)
    return paragraph


def add_run(
    paragraph: etree._Element,
    text: str,
    *,
    bold: bool = False,
    italic: bool = False,
    superscript: bool = False,
) -> etree._Element:
    """A run of ``text``; newlines become ``w:br``, tabs ``w:tab``. Formatting beyond the
    paragraph style is limited to what the model has (bold, italic, superscript)."""
    text = clean_text(text)
    if _SPECIAL.search(text) is None:
        template = _RUNS.get((bold, italic, superscript))
        run = _copy(_run_template(bold, italic, superscript) if template is None else template)
        paragraph.append(run)
        run[-1].text = text
        return run
    run = sub(paragraph, R)
    if bold or italic or superscript:
        rpr = sub(run, RPR)
        if bold:
            sub(rpr, B)
            sub(rpr, BCS)
        if italic:
            sub(rpr, I)
            sub(rpr, ICS)
        if superscript:  # CT_RPr order: b, bCs, i, iCs … vertAlign
            sub(rpr, qn("w:vertAlign"), {qn("w:val"): "superscript"})
    for index, line in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n")):
        if index:
            sub(run, BR)
        for position, piece in enumerate(line.split("\t")):
            if position:
                sub(run, TAB)
            if piece:
                _add_text(run, piece)
    return run


def _add_text(run: etree._Element, text: str) -> None:
    sub(run, T, _PRESERVE).text = text


def add_page_field(paragraph: etree._Element) -> None:
    """The PAGE field (số trang), as Word writes it: begin, instruction, separate, value, end."""
    sub(sub(paragraph, R), qn("w:fldChar"), {qn("w:fldCharType"): "begin"})
    instr = sub(sub(paragraph, R), qn("w:instrText"), {XML_SPACE: "preserve"})
    instr.text = " PAGE "
    sub(sub(paragraph, R), qn("w:fldChar"), {qn("w:fldCharType"): "separate"})
    sub(sub(paragraph, R), T).text = "2"
    sub(sub(paragraph, R), qn("w:fldChar"), {qn("w:fldCharType"): "end"})


def add_rule(parent: etree._Element, style: str, length: int, available: int) -> etree._Element:
    """A short centred solid line (đường kẻ ngang, nét liền) ``length`` twips long.

    Drawn as the bottom border of an empty, 1-point paragraph (the border style lives in
    ``style``) whose left and right indents leave ``length`` between them: a paragraph
    border runs from indent to indent. Unlike a floating drawn shape this stays anchored
    under its text when a long name wraps or the document is edited, prints the same in
    Word and LibreOffice, and needs no DrawingML.
    """
    length = max(1, min(length, available))
    side = str((available - length) // 2)
    paragraph = sub(parent, P)
    ppr = sub(paragraph, PPR)
    sub(ppr, PSTYLE, {VAL: style})
    sub(ppr, qn("w:ind"), {qn("w:left"): side, qn("w:right"): side})
    return paragraph


def _borders(parent: etree._Element, tag: str, value: str, edges: Sequence[str]) -> None:
    borders = sub(parent, qn(tag))
    attrib = {VAL: value}
    if value == "single":
        attrib.update({qn("w:sz"): "4", qn("w:space"): "0", qn("w:color"): "000000"})
    for edge in edges:
        sub(borders, qn(f"w:{edge}"), attrib)


_TABLE_EDGES = ("top", "left", "bottom", "right", "insideH", "insideV")


def add_table(
    parent: etree._Element,
    widths: Sequence[int],
    *,
    borders: bool,
    cell_margin: int = 0,
    indent: int = 0,
) -> etree._Element:
    """A fixed-layout ``w:tbl`` with the column ``widths`` (twips).

    ``borders=False`` gives a layout table with every border "nil" (the header and the
    signature block); ``True`` single black lines (tables of figures).
    """
    table = sub(parent, TBL)
    tblpr = sub(table, qn("w:tblPr"))
    sub(tblpr, qn("w:tblW"), {W: str(sum(widths)), TYPE: "dxa"})
    if indent:
        sub(tblpr, qn("w:tblInd"), {W: str(indent), TYPE: "dxa"})
    _borders(tblpr, "w:tblBorders", "single" if borders else "nil", _TABLE_EDGES)
    sub(tblpr, qn("w:tblLayout"), {TYPE: "fixed"})
    margins = sub(tblpr, qn("w:tblCellMar"))
    for edge in ("left", "right"):
        sub(margins, qn(f"w:{edge}"), {W: str(cell_margin), TYPE: "dxa"})
    sub(
        tblpr,
        qn("w:tblLook"),
        {
            VAL: "0000",
            qn("w:firstRow"): "0",
            qn("w:lastRow"): "0",
            qn("w:firstColumn"): "0",
            qn("w:lastColumn"): "0",
            qn("w:noHBand"): "1",
            qn("w:noVBand"): "1",
        },
    )
    grid = sub(table, qn("w:tblGrid"))
    for width in widths:
        sub(grid, qn("w:gridCol"), {W: str(width)})
    return table


def add_row(table: etree._Element, *, header: bool = False) -> etree._Element:
    """A row that never splits across pages; ``header`` repeats it on each page (w:tblHeader)."""
    row = sub(table, TR)
    trpr = sub(row, TRPR)
    sub(trpr, qn("w:cantSplit"))
    if header:
        sub(trpr, qn("w:tblHeader"))
    return row


def add_cell(row: etree._Element, width: int, *, center: bool = False) -> etree._Element:
    """A cell of ``width`` twips; the caller adds at least one paragraph."""
    cell = sub(row, TC)
    tcpr = sub(cell, TCPR)
    sub(tcpr, TCW, {W: str(width), TYPE: "dxa"})
    if center:
        sub(tcpr, qn("w:vAlign"), {VAL: "center"})
    return cell


def section_properties(
    *,
    page: tuple[int, int],
    margins: tuple[int, int, int, int],
    headers: Iterable[tuple[str, str]],
    restart_numbering: bool,
) -> etree._Element:
    """A ``w:sectPr``: A4 portrait, margins (top, right, bottom, left), header references
    ``(type, rId)``, Arabic page numbers (restarting at 1 for an appendix) and a distinct
    first page (w:titlePg) whose header is empty: «không hiển thị số trang thứ nhất»."""
    sect = etree.Element(qn("w:sectPr"), nsmap=NSMAP)
    for kind, rid in headers:
        sub(sect, qn("w:headerReference"), {TYPE: kind, R_ID: rid})
    sub(sect, qn("w:type"), {VAL: "nextPage"})
    width, height = page
    sub(sect, qn("w:pgSz"), {W: str(width), qn("w:h"): str(height)})
    top, right, bottom, left = margins
    sub(
        sect,
        qn("w:pgMar"),
        {
            qn("w:top"): str(top),
            qn("w:right"): str(right),
            qn("w:bottom"): str(bottom),
            qn("w:left"): str(left),
            qn("w:header"): str(min(567, top // 2)),
            qn("w:footer"): str(min(567, bottom // 2)),
            qn("w:gutter"): "0",
        },
    )
    numbering = {qn("w:fmt"): "decimal"}
    if restart_numbering:
        numbering[qn("w:start")] = "1"
    sub(sect, qn("w:pgNumType"), numbering)
    sub(sect, qn("w:cols"), {qn("w:space"): "720"})
    sub(sect, qn("w:titlePg"))
    return sect


def keep_with_next(paragraph: etree._Element) -> None:
    """Set ``w:keepNext`` on ``paragraph`` (keep it on the page of the next one), in schema
    order: right after ``w:pStyle``."""
    ppr = paragraph.find(PPR)
    if ppr is None:
        ppr = etree.Element(PPR)
        paragraph.insert(0, ppr)
    if ppr.find(qn("w:keepNext")) is not None:
        return
    keep = etree.Element(qn("w:keepNext"))
    style = ppr.find(PSTYLE)
    if style is None:
        ppr.insert(0, keep)
    else:
        style.addnext(keep)
