"""Word (.docx) to the format-neutral source (đọc tệp Word): paragraphs, tables, footnotes, in order.

Walks the XML directly (lxml), not python-docx's object API: faster, and nothing is
hidden. Text that other readers drop is kept: content controls (``w:sdt``), text boxes
(``w:txbxContent``; of an ``mc:AlternateContent`` only the first choice is read, so a
text box is not read twice), hyperlinks, simple and complex fields (their result text),
smart tags. Tracked changes read as the accepted text (``w:ins`` and ``w:moveTo`` kept,
``w:del`` and ``w:moveFrom`` dropped) with a finding. Each paragraph carries what Word
knows: bold/italic spans, all caps, centred, the style name, the heading level (by
outline level or a "Heading N" style), the automatic list label (computed by
:mod:`danvan.reading.docx.numbering`), footnotes, superscripts and the main font.

Text formatted "all caps" (``w:caps``) is read in upper case, as it is shown.
Layout tables without borders and with at most three columns (the Nghị định 30 header
and the recipients/signature block), and tables of one cell (a frame around a note), are
flattened into lines, row by row and cell by
cell, as a copy into a text file would give them; other tables stay tables.
Text in a legacy 8-bit font (TCVN3 ".VnTime", VNI "VNI-Times") is converted to Unicode.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator

import attrs
from lxml import etree

from danvan.errors import DanvanError
from danvan.io import from_dict
from danvan.model import Document
from danvan.model import _validators as v
from danvan.reading.docx.chunks import chunk_lines, chunk_targets
from danvan.reading.docx.numbering import NumberingCounter, NumberingDefinitions, first_children
from danvan.reading.docx.symbols import symbol_char
from danvan.reading.docx.textcopy import (
    FOOTNOTES_PART,
    CopiedNote,
    copy_line,
    copy_table,
    copy_text,
    note_lines,
    shift_range,
)
from danvan.reading.encodings import (
    detect_legacy,
    encoding_of_font,
    tcvn3_to_unicode,
    vni_to_unicode,
)
from danvan.reading.safezip import DEFAULT_LIMITS, MAIN_PART, DocxPackage, ZipLimits, open_docx
from danvan.reading.source import (
    EmphasisSpan,
    ReadFinding,
    Severity,
    SourceDocument,
    SourceFootnote,
    SourceItem,
    SourceLine,
    SourceLocation,
    SourceTable,
)
from danvan.rendering.docx._embed import MODEL_MEMBER, text_digest

__all__ = ["MAX_LAYOUT_COLUMNS", "docx_source", "read_package"]

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_W = f"{{{W}}}"

MAX_LAYOUT_COLUMNS = 3
"""A borderless table with at most this many columns is layout (header, signature): flattened."""

_P = f"{_W}p"
_PPR = f"{_W}pPr"
_RPR = f"{_W}rPr"
_PSTYLE = f"{_W}pStyle"
_NUMPR = f"{_W}numPr"
_NUMID = f"{_W}numId"
_ILVL = f"{_W}ilvl"
_OUTLINE = f"{_W}outlineLvl"
_JC = f"{_W}jc"
_VAL = f"{_W}val"
_R = f"{_W}r"
_T = f"{_W}t"
_TBL = f"{_W}tbl"
_TR = f"{_W}tr"
_TC = f"{_W}tc"
_SDT = f"{_W}sdt"
_SDT_CONTENT = f"{_W}sdtContent"
_TXBX = f"{_W}txbxContent"
_ALTERNATE = f"{{{MC}}}AlternateContent"
_MATH_T = "{http://schemas.openxmlformats.org/officeDocument/2006/math}t"
_CHOICE = f"{{{MC}}}Choice"
_FALLBACK = f"{{{MC}}}Fallback"

# Containers whose children are read as if they stood in the paragraph.
_TRANSPARENT = {
    f"{_W}{name}"
    for name in (
        "hyperlink",
        "smartTag",
        "customXml",
        "fldSimple",
        "ins",
        "moveTo",
        "sdtContent",
        "dir",
        "bdo",
    )
}
_DROPPED = {f"{_W}del", f"{_W}moveFrom"}
_SKIP = {
    f"{_W}pPr",
    f"{_W}rPr",
    f"{_W}sdtPr",
    f"{_W}sdtEndPr",
    f"{_W}proofErr",
    f"{_W}bookmarkStart",
    f"{_W}bookmarkEnd",
}
_OFF = {"0", "false", "off", "none"}
_HEADING_STYLE = re.compile(
    r"^(?:heading|titre|überschrift|tiêu\s*đề|đầu\s*đề|đề\s*mục)\s*([1-9])$", re.IGNORECASE
)
_BLOCK_CONTAINERS = {_SDT, _SDT_CONTENT, f"{_W}customXml", f"{_W}ins", f"{_W}moveTo"}


def _on(element: etree._Element | None) -> bool | None:
    """A toggle property (``w:b``, ``w:caps``): None when absent."""
    if element is None:
        return None
    return element.get(f"{_W}val", "true").lower() not in _OFF


@attrs.frozen
class RunFormat:
    """The formatting of a run that the reader passes on."""

    bold: bool = False
    italic: bool = False
    caps: bool = False
    superscript: bool = False
    font: str | None = None
    hidden: bool = False
    """Hidden text (``w:vanish``): Word does not show it."""


@attrs.define
class _Style:
    name: str
    based_on: str | None
    outline: int | None
    centered: bool | None
    bold: bool | None
    italic: bool | None
    caps: bool | None
    font: str | None
    hidden: bool | None = None


# small capitals show every letter as a capital, as all caps does
_TOGGLES = {
    f"{_W}b": "bold",
    f"{_W}i": "italic",
    f"{_W}caps": "caps",
    f"{_W}smallCaps": "caps",
    f"{_W}vanish": "hidden",
}
_RFONTS = f"{_W}rFonts"
_GRID_SPAN = f"{_W}tcPr/{_W}gridSpan"
_TC_BORDERS = f"{_W}tcPr/{_W}tcBorders"
_TBL_HEADER = f"{_W}trPr/{_W}tblHeader"
_NO_LINE = ("nil", "none")
_ALT_CHUNK = f"{_W}altChunk"
_REL_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_VERT_ALIGN = f"{_W}vertAlign"
_RSTYLE = f"{_W}rStyle"
_ASCII = f"{_W}ascii"
_HANSI = f"{_W}hAnsi"


def _read_rpr(rpr: etree._Element | None) -> dict[str, object]:
    """The run properties the reader uses, from one ``w:rPr`` (one pass over its children)."""
    found: dict[str, object] = {}
    if rpr is None:
        return found
    for prop in rpr:
        tag = prop.tag
        key = _TOGGLES.get(tag)
        if key is not None:
            found[key] = prop.get(_VAL, "true").lower() not in _OFF
        elif tag == _RFONTS:
            font = prop.get(_ASCII) or prop.get(_HANSI)
            if font:
                found["font"] = font
        elif tag == _VERT_ALIGN:
            found["superscript"] = prop.get(_VAL) == "superscript"
        elif tag == _RSTYLE:
            found["style"] = prop.get(_VAL)
    return found


@attrs.define
class _Styles:
    """styles.xml, each style parsed when first asked for (a document uses few of them)."""

    elements: dict[str, etree._Element] = attrs.field(factory=dict)
    parsed: dict[str, _Style] = attrs.field(factory=dict)
    default_paragraph: str | None = None
    default_font: str | None = None
    legacy_font: bool = False
    _cache: dict[tuple[str | None, str], object] = attrs.field(factory=dict)

    @classmethod
    def from_xml(cls, root: etree._Element | None) -> _Styles:
        found = cls()
        if root is None:
            return found
        defaults = root.find(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr")
        found.default_font = _read_rpr(defaults).get("font")  # type: ignore[assignment]
        style_id_attr = f"{_W}styleId"
        for style in root.iterchildren(f"{_W}style"):
            style_id = style.get(style_id_attr)
            if style_id is None:
                continue
            found.elements[style_id] = style
            if style.get(f"{_W}default") in ("1", "true") and style.get(f"{_W}type") == "paragraph":
                found.default_paragraph = style_id
        found.legacy_font = any(
            encoding_of_font(f.get(f"{_W}ascii") or f.get(f"{_W}hAnsi"))
            for f in root.iter(f"{_W}rFonts")
        )
        return found

    def get(self, style_id: str | None) -> _Style | None:
        if style_id is None:
            return None
        style = self.parsed.get(style_id)
        if style is not None:
            return style
        element = self.elements.get(style_id)
        if element is None:
            return None
        parts = first_children(element)  # one pass, not a find() per part
        name_el = parts.get(f"{_W}name")
        name = name_el.get(f"{_W}val", style_id) if name_el is not None else style_id
        ppr = parts.get(f"{_W}pPr")
        outline: int | None = None
        centered: bool | None = None
        if ppr is not None:
            paragraph = first_children(ppr)
            level = paragraph.get(f"{_W}outlineLvl")
            if level is not None:
                outline = _safe_int(level.get(f"{_W}val"))
            jc = paragraph.get(f"{_W}jc")
            if jc is not None:
                centered = jc.get(f"{_W}val") == "center"
        rpr = _read_rpr(parts.get(f"{_W}rPr"))
        based = parts.get(f"{_W}basedOn")
        style = _Style(
            name=name or style_id,
            based_on=based.get(f"{_W}val") if based is not None else None,
            outline=outline,
            centered=centered,
            bold=rpr.get("bold"),  # type: ignore[arg-type]
            italic=rpr.get("italic"),  # type: ignore[arg-type]
            caps=rpr.get("caps"),  # type: ignore[arg-type]
            font=rpr.get("font"),  # type: ignore[arg-type]
            hidden=rpr.get("hidden"),  # type: ignore[arg-type]
        )
        self.parsed[style_id] = style
        return style

    def chain(self, style_id: str | None) -> Iterator[_Style]:
        seen: set[str] = set()
        while style_id is not None and style_id not in seen:
            seen.add(style_id)
            style = self.get(style_id)
            if style is None:
                return
            yield style
            style_id = style.based_on

    def attribute(self, style_id: str | None, name: str) -> object:
        key = (style_id, name)
        if key in self._cache:
            return self._cache[key]
        found: object = None
        for style in self.chain(style_id):
            value = getattr(style, name)
            if value is not None:
                found = value
                break
        self._cache[key] = found
        return found

    def heading_level(self, style_id: str | None) -> int | None:
        outline = self.attribute(style_id, "outline")
        if isinstance(outline, int) and 0 <= outline <= 8:
            return outline + 1
        for style in self.chain(style_id):
            match = _HEADING_STYLE.match(style.name.strip())
            if match:
                return int(match.group(1))
        return None


def _safe_int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


# the children of a run the walker reads, named once (an f-string is built at each use)
_TABS = frozenset({f"{_W}tab", f"{_W}ptab"})
_BREAKS = frozenset({f"{_W}br", f"{_W}cr"})
_NO_BREAK_HYPHEN = f"{_W}noBreakHyphen"
_NOTE_REFERENCES = frozenset({f"{_W}footnoteReference", f"{_W}endnoteReference"})
_DRAWINGS = frozenset({f"{_W}drawing", f"{_W}pict", f"{{{MC}}}AlternateContent", f"{_W}object"})
_SYM = f"{_W}sym"
_UNKNOWN = object()
"""A font not looked up yet in ``_Walker.font_encodings``: :meth:`_Walker.decode` looks."""


@attrs.frozen
class _StyleInfo:
    fmt: RunFormat
    centered: bool
    heading: int | None
    name: str | None
    numbered: bool
    toc: bool = False
    """A style of a table of contents ("toc 1", "TOC Heading"): Word fills it from the headings."""


class _Paragraph:
    """Text and hints collected while walking one ``w:p`` (a plain class: one per paragraph)."""

    __slots__ = ("boxes", "footnotes", "segments")

    def __init__(self) -> None:
        self.segments: list[list[tuple[str, RunFormat]]] = [[]]
        self.footnotes: list[tuple[int, int, str]] = []  # (segment, offset, text)
        self.boxes: list[etree._Element] = []

    def add(self, text: str, fmt: RunFormat) -> None:
        self.segments[-1].append((text, fmt))

    def offset(self) -> int:
        return sum(len(text) for text, _ in self.segments[-1])

    def line_break(self) -> None:
        self.segments.append([])


@attrs.define
class _Walker:
    source: str | None
    styles: _Styles
    numbering: NumberingDefinitions
    counter: NumberingCounter
    footnote_texts: dict[str, str]
    legacy: str | None  # a legacy encoding detected for the whole text
    items: list[SourceItem] = attrs.field(factory=list)
    findings: list[ReadFinding] = attrs.field(factory=list)
    paragraph_index: int = 0
    table_index: int = 0
    insertions: int = 0
    deletions: int = 0
    first_change: SourceLocation | None = None
    converted: Counter[str] = attrs.field(factory=Counter)
    first_converted: SourceLocation | None = None
    nfd_lines: int = 0
    first_nfd: SourceLocation | None = None
    mapped_letters: int = 0
    first_mapped: SourceLocation | None = None
    fallback_formats: set[str] = attrs.field(factory=set)
    style_cache: dict[str | None, _StyleInfo] = attrs.field(factory=dict)
    font_encodings: dict[str | None, str | None] = attrs.field(factory=dict)
    stored_texts: dict[str, str | None] = attrs.field(factory=dict)
    """The encoding each run font implies (or the whole text's), looked up once per font."""
    formats: dict[tuple[RunFormat, tuple[tuple[str, object], ...]], RunFormat] = attrs.field(
        factory=dict
    )
    toc_lines: list[str] = attrs.field(factory=list)
    joined_headers: list[tuple[str, SourceLocation]] = attrs.field(factory=list)
    hidden_runs: list[str] = attrs.field(factory=list)
    first_hidden: SourceLocation | None = None
    package: DocxPackage | None = None
    """The package, for the parts an imported chunk (``w:altChunk``) names."""
    chunk_parts: dict[str, str] | None = None
    chunks_read: list[tuple[str, SourceLocation]] = attrs.field(factory=list)
    chunks_missing: list[tuple[str, SourceLocation]] = attrs.field(factory=list)
    copy_notes: list[CopiedNote] | None = None
    """When reading for the recognizer (``text_copy``): the lines are built as a text copy
    shows them (see :mod:`danvan.reading.docx.textcopy`), and here are the footnotes."""

    # --- block level ---------------------------------------------------------------
    def blocks(
        self, parent: etree._Element, cell: tuple[int, int, int] | None, out: list[SourceItem]
    ) -> None:
        for child in parent:
            tag = child.tag
            if tag == _P:
                out.extend(self.paragraph(child, cell))
            elif tag == _TBL:
                self.table(child, cell, out)
            elif tag in _BLOCK_CONTAINERS:
                if tag in (f"{_W}ins", f"{_W}moveTo"):
                    self._change(True, cell)
                if tag == _SDT and _gallery(child) == "Table of Contents":
                    # Word's table of contents (mục lục): its entries repeat the headings
                    entries: list[SourceItem] = []
                    self.blocks(child, cell, entries)
                    self.toc_lines.extend(e.text for e in entries if isinstance(e, SourceLine))
                    continue
                self.blocks(child, cell, out)
            elif tag in _DROPPED:
                self._change(False, cell)
            elif tag == _ALTERNATE:
                branch = child.find(_CHOICE)
                if branch is None:
                    branch = child.find(_FALLBACK)
                if branch is not None:
                    self.blocks(branch, cell, out)
            elif tag == _ALT_CHUNK:
                self.alt_chunk(child, cell, out)

    def alt_chunk(
        self, element: etree._Element, cell: tuple[int, int, int] | None, out: list[SourceItem]
    ) -> None:
        """The text of an imported chunk (``w:altChunk``) as lines where it stands, or a
        finding naming it when danvan cannot read its kind."""
        if self.package is None:
            return
        if self.chunk_parts is None:
            self.chunk_parts = chunk_targets(self.package)
        rel_id = element.get(_REL_ID) or ""
        part = self.chunk_parts.get(rel_id)
        location = self._location(cell)
        texts = chunk_lines(self.package, part) if part is not None else None
        if texts is None:
            self.chunks_missing.append((part or f"relationship {rel_id!r}", location))
            return
        self.chunks_read.append((part or rel_id, location))
        out.extend(SourceLine(text=text, location=location) for text in texts)

    def _location(self, cell: tuple[int, int, int] | None) -> SourceLocation:
        if cell is None:
            return SourceLocation._in_docx(self.source, self.paragraph_index)
        return SourceLocation._in_docx(self.source, self.paragraph_index, *cell)

    def _change(self, inserted: bool, cell: tuple[int, int, int] | None) -> None:
        if inserted:
            self.insertions += 1
        else:
            self.deletions += 1
        if self.first_change is None:
            self.first_change = self._location(cell)

    def table(
        self, tbl: etree._Element, cell: tuple[int, int, int] | None, out: list[SourceItem]
    ) -> None:
        index = self.table_index
        self.table_index += 1
        rows: list[list[list[SourceItem]]] = []
        spans: list[list[int]] = []  # the grid columns each cell spans (w:gridSpan)
        heads: list[bool] = []  # rows repeated as the header on each page (w:tblHeader)
        for r, tr in enumerate(_children(tbl, _TR)):
            heads.append(tr.find(_TBL_HEADER) is not None)
            row: list[list[SourceItem]] = []
            row_spans: list[int] = []
            for c, tc in enumerate(_children(tr, _TC)):
                content: list[SourceItem] = []
                self.blocks(tc, (index, r, c), content)
                row.append(content)
                span = tc.find(_GRID_SPAN)
                row_spans.append(max(_safe_int(span.get(_VAL)) or 1, 1) if span is not None else 1)
            rows.append(row)
            spans.append(row_spans)
        location = SourceLocation(source=self.source, table=index)
        borderless = self.borderless(tbl)
        columns = max((len(row) for row in rows), default=0)
        notes = self.copy_notes
        # a table of one cell is a frame around text (a boxed note), never a table of data
        if (borderless and columns <= MAX_LAYOUT_COLUMNS) or (len(rows) == 1 and columns == 1):
            for row in rows:
                for content in row:
                    if notes is None or cell is not None:
                        out.extend(_flatten(content))
                    else:  # a layout table's lines are the document's lines: as a copy shows them
                        out.extend(
                            copy_line(item, notes) if isinstance(item, SourceLine) else item
                            for item in _flatten(content)
                        )
            return
        # a merged cell stands for the grid columns it spans: empty cells after it keep the
        # columns after it aligned ("Xã Hòa An" over two columns, then "Ghi chú" in the 4th)
        cells = [
            [
                lines
                for content, span in zip(row, row_spans, strict=True)
                for lines in (tuple(_lines_only(content)), *((),) * (span - 1))
            ]
            for row, row_spans in zip(rows, spans, strict=True)
        ]
        caption: SourceLine | None = None
        if len(cells) >= 3 and len(rows[0]) == 1 and spans[0][0] > 1:
            # a first row of one cell across the table, over rows of several: its title
            shown = [line for line in cells[0][0] if line.text.strip()]
            if len(shown) == 1 and all(len(row) > 1 for row in rows[1:]):
                caption = shown[0]
                cells = cells[1:]
        first = 1 if caption is not None else 0
        repeated = 0
        while first + repeated < len(heads) and heads[first + repeated]:
            repeated += 1
        if repeated >= 2 and len(cells) > repeated:
            # header rows over header rows ("Kết quả" over "Năm 2024", "Năm 2025"): one
            # header, each column's headings joined from the top ("Kết quả - Năm 2024")
            joined = _joined_header(
                rows[first : first + repeated], spans[first : first + repeated], location
            )
            cells = [joined, *cells[repeated:]]
            self.joined_headers.append(
                (" | ".join(line.text for cell_ in joined for line in cell_), location)
            )
        table = SourceTable(rows=cells, location=location, borderless=borderless, caption=caption)
        # the labels and notes of its cells as a copy shows them (a numbered list in a cell)
        out.append(table if notes is None or cell is not None else copy_table(table, notes))

    def borderless(self, tbl: etree._Element) -> bool:
        """Whether Word draws no lines around the cells: from the table's borders and style,
        unless most cells set their own (Google Docs and LibreOffice frame each cell; a
        "Table Grid" whose cells all say "no border" shows none)."""
        by_table = self.table_borderless(tbl)
        cells = framed = bare = 0
        for tr in _children(tbl, _TR):
            for tc in _children(tr, _TC):
                cells += 1
                edges = tc.find(_TC_BORDERS)
                if edges is None:
                    continue
                shown = sum(edge.get(_VAL, "nil") not in _NO_LINE for edge in edges)
                framed += shown >= 3
                bare += shown == 0 and len(edges) >= 4
        if by_table and framed * 2 > cells:
            return False
        if not by_table and bare * 2 > cells:
            return True
        return by_table

    def table_borderless(self, tbl: etree._Element) -> bool:
        borders = tbl.find(f"{_W}tblPr/{_W}tblBorders")
        if borders is not None:
            return all(edge.get(f"{_W}val", "nil") in ("nil", "none") for edge in borders)
        style = tbl.find(f"{_W}tblPr/{_W}tblStyle")
        if style is None:
            return True  # Word's "Table Normal" has no borders
        style_id = style.get(f"{_W}val", "")
        name = self.styles.get(style_id)
        label = (name.name if name else style_id).lower().replace(" ", "")
        return label in ("tablenormal", "normaltable", "normal")

    # --- paragraph level -------------------------------------------------------------
    def style_info(self, style_id: str | None) -> _StyleInfo:
        """What a paragraph style gives its paragraphs, computed once per style."""
        info = self.style_cache.get(style_id)
        if info is None:
            styles = self.styles
            known = styles.get(style_id)
            info = _StyleInfo(
                fmt=RunFormat(
                    bold=bool(styles.attribute(style_id, "bold")),
                    italic=bool(styles.attribute(style_id, "italic")),
                    caps=bool(styles.attribute(style_id, "caps")),
                    font=styles.attribute(style_id, "font") or styles.default_font,  # type: ignore[arg-type]
                    hidden=bool(styles.attribute(style_id, "hidden")),
                ),
                centered=bool(styles.attribute(style_id, "centered")),
                heading=styles.heading_level(style_id),
                name=known.name if known is not None else style_id,
                numbered=self.numbering.style_numbering(style_id)[0] is not None,
                toc=known is not None and _TOC_STYLE.match(known.name.strip()) is not None,
            )
            self.style_cache[style_id] = info
        return info

    def paragraph(self, p: etree._Element, cell: tuple[int, int, int] | None) -> list[SourceItem]:
        location = self._location(cell)
        self.paragraph_index += 1
        # w:pPr comes first (ECMA-376 CT_P); looked for among the others only if not
        ppr = p[0] if len(p) else None
        if ppr is not None and ppr.tag != _PPR:
            ppr = next(p.iterchildren(_PPR), None)
        style_id: str | None = None
        num_id: str | None = None
        ilvl: int | None = None
        outline: int | None = None
        centered: bool | None = None
        mark_deleted = False
        if ppr is not None:
            for prop in ppr:
                tag = prop.tag
                if tag == _PSTYLE:
                    style_id = prop.get(_VAL)
                elif tag == _NUMPR:
                    for part in prop:
                        if part.tag == _NUMID:
                            num_id = part.get(_VAL)
                        elif part.tag == _ILVL:
                            ilvl = _safe_int(part.get(_VAL))
                elif tag == _OUTLINE:
                    outline = _safe_int(prop.get(_VAL))
                elif tag == _JC:
                    centered = prop.get(_VAL) == "center"
                elif tag == _RPR:
                    # the paragraph mark deleted with tracked changes: accepted, the text
                    # joins the next paragraph, which keeps its own label; this one has none
                    mark_deleted = any(mark.tag in _DROPPED for mark in prop)
        if style_id is None:
            style_id = self.styles.default_paragraph
        style = self.style_info(style_id)
        collected = _Paragraph()
        self.inline(p, style.fmt, collected, cell)
        if centered is None:
            centered = style.centered
        heading = outline + 1 if outline is not None and 0 <= outline <= 8 else None
        if heading is None and outline is None:
            heading = style.heading
        style_name = style.name
        label_text: str | None = None
        resolved = (
            self.numbering.resolve(num_id, ilvl, style_id)
            if (num_id is not None or ilvl is not None or style.numbered) and not mark_deleted
            else None
        )
        if mark_deleted:
            self._change(False, cell)
        if resolved is not None:
            label = self.counter.label(*resolved)
            if label is not None:
                label_text = label.text or None
                if label_text is not None and not label_text.isascii():
                    # literal text of the level ("PhÇn %1") in a legacy font, as the runs
                    label_text = self.decode(
                        label_text, RunFormat(font=label.font or style.fmt.font)
                    )
                if label.mapped_letters:
                    self.mapped_letters += 1
                    if self.first_mapped is None:
                        self.first_mapped = location
                if label.fallback:
                    self.fallback_formats.add(label.fallback)
        lines: list[SourceItem] = []
        segments = collected.segments
        footnotes = collected.footnotes
        last = len(segments) - 1
        for index, segment in enumerate(segments):
            if index > 0 and not segment and index == last:
                continue  # a trailing break adds no line
            notes = (
                [(offset, text) for seg, offset, text in footnotes if seg == index]
                if footnotes
                else []
            )
            lines.append(
                self.line(
                    segment,
                    location,
                    notes,
                    style_name,
                    centered,
                    heading,
                    label_text if index == 0 else None,
                    index < last,
                )
            )
        for box in collected.boxes:
            self.blocks(box, cell, lines)
        if style.toc:  # an entry of a table of contents: quoted in a finding, not read
            self.toc_lines.extend(line.text for line in lines if isinstance(line, SourceLine))
            return []
        return lines

    def inline(
        self,
        parent: etree._Element,
        style_fmt: RunFormat,
        out: _Paragraph,
        cell: tuple[int, int, int] | None,
    ) -> None:
        for child in parent:
            tag = child.tag
            if tag == _R:
                self.run(child, style_fmt, out)
            elif tag in _TRANSPARENT:
                if tag in (f"{_W}ins", f"{_W}moveTo"):
                    self._change(True, cell)
                self.inline(child, style_fmt, out, cell)
            elif tag == _SDT:
                content = child.find(_SDT_CONTENT)
                if content is not None:
                    self.inline(content, style_fmt, out, cell)
            elif tag in _DROPPED:
                self._change(False, cell)
            elif tag == _ALTERNATE:
                branch = child.find(_CHOICE)
                if branch is None:
                    branch = child.find(_FALLBACK)
                if branch is not None:
                    self.inline(branch, style_fmt, out, cell)
            elif tag == _MATH_T:
                # Office Math (m:oMath) keeps its text in m:t, not w:t.
                if child.text:
                    out.add(child.text, style_fmt)
            elif tag not in _SKIP and len(child):
                # Unknown wrappers (w:customXml variants, m:oMath, future elements): keep their text.
                self.inline(child, style_fmt, out, cell)

    def run(self, r: etree._Element, style_fmt: RunFormat, out: _Paragraph) -> None:
        fmt = style_fmt
        first = r[0] if len(r) else None
        if first is not None and first.tag == _RPR:
            direct = _read_rpr(first)
            sid = direct.pop("style", None)
            if sid is not None:
                for key in ("bold", "italic", "caps", "font", "hidden"):
                    if key not in direct:
                        value = self.styles.attribute(sid, key)  # type: ignore[arg-type]
                        if value is not None:
                            direct[key] = value
            if direct:
                # the properties in the order written: the same format, whatever the order
                cache_key = (style_fmt, tuple(direct.items()))
                cached = self.formats.get(cache_key)
                if cached is None:
                    cached = self.formats[cache_key] = attrs.evolve(style_fmt, **direct)  # type: ignore[arg-type]
                fmt = cached
        if fmt.hidden:  # Word does not show it: left out, quoted in a finding
            self.hidden_runs.append("".join(t.text or "" for t in r.iter(_T)))
            if self.first_hidden is None:
                self.first_hidden = SourceLocation(
                    source=self.source, paragraph=max(self.paragraph_index - 1, 0)
                )
            return
        legacy = self.font_encodings.get(fmt.font, _UNKNOWN) is not None  # decode() knows
        for child in r:
            tag = child.tag
            if tag == _T:
                text = child.text
                if text:
                    if legacy:
                        text = self.decode(text, fmt)
                    # "All caps" (w:caps) shows the letters in upper case: read what is shown.
                    out.segments[-1].append((text.upper() if fmt.caps else text, fmt))
            elif tag == _RPR:
                continue
            elif tag in _TABS:
                out.add("\t", fmt)
            elif tag in _BREAKS:
                if child.get(f"{_W}type") not in ("page", "column"):
                    out.line_break()
            elif tag == _NO_BREAK_HYPHEN:
                out.add("-", fmt)
            elif tag in _NOTE_REFERENCES:
                note = self.footnote_texts.get(
                    ("e" if tag.endswith("endnoteReference") else "f")
                    + (child.get(f"{_W}id") or "")
                )
                if note is not None:
                    out.footnotes.append((len(out.segments) - 1, out.offset(), note))
            elif tag in _DRAWINGS:
                self.collect_boxes(child, out)
            elif tag == _SYM:
                char = child.get(f"{_W}char")
                code = int(char, 16) if char and re.fullmatch(r"[0-9A-Fa-f]{1,6}", char) else None
                if code is not None and code < 0x110000:
                    # a symbol font's code shows as the character it draws ("•" for Symbol
                    # F0B7); an unknown picture of a symbol font as "•", never dropped
                    glyph = symbol_char(code, child.get(f"{_W}font"))
                    if glyph is None:
                        glyph = "•" if 0xF000 <= code <= 0xF0FF else chr(code)
                    out.add(glyph, fmt)

    def collect_boxes(self, element: etree._Element, out: _Paragraph) -> None:
        """Text boxes in a drawing: of each mc:AlternateContent only the first branch."""
        if element.tag == _TXBX:
            out.boxes.append(element)
            return
        if element.tag == _ALTERNATE:
            branch = element.find(_CHOICE)
            if branch is None:
                branch = element.find(_FALLBACK)
            if branch is not None:
                self.collect_boxes(branch, out)
            return
        for child in element:
            self.collect_boxes(child, out)

    def decode(self, text: str, fmt: RunFormat) -> str:
        font = fmt.font
        encodings = self.font_encodings
        if font in encodings:
            encoding = encodings[font]
        else:
            encoding = encodings[font] = encoding_of_font(font) or self.legacy
        if encoding is None:
            return text
        if encoding == "vni":
            converted = vni_to_unicode(text)
        else:
            converted = tcvn3_to_unicode(text, upper=encoding == "tcvn3-upper")
        if converted != text:
            self.converted[encoding] += 1
            if self.first_converted is None:
                self.first_converted = SourceLocation(
                    source=self.source, paragraph=max(self.paragraph_index - 1, 0)
                )
        return converted

    def line(
        self,
        segment: list[tuple[str, RunFormat]],
        location: SourceLocation,
        notes: list[tuple[int, str]],
        style: str | None,
        centered: bool,
        heading: int | None,
        label: str | None,
        hard_break: bool = False,
    ) -> SourceLine:
        raw = segment[0][0] if len(segment) == 1 else "".join([text for text, _ in segment])
        if unicodedata.is_normalized("NFC", raw):
            # every piece of an NFC text is NFC itself: nothing to normalise
            pieces = segment
            nfc = raw
        else:
            self.nfd_lines += 1
            if self.first_nfd is None:
                self.first_nfd = location
            # Offsets are counted on the NFC text, piece by piece (NFC never merges across
            # runs in practice; a mark split from its letter by a run boundary is merged into
            # the letter's run, so spans stay inside the text).
            pieces = [(unicodedata.normalize("NFC", text), fmt) for text, fmt in segment]
            nfc = unicodedata.normalize("NFC", "".join(piece for piece, _ in pieces))
        size = len(nfc)
        spans: list[tuple[int, int, bool, bool]] = []  # (start, end, bold, italic), joined
        superscripts: list[tuple[int, int]] = []
        if len(pieces) == 1:  # one run: most paragraphs of a document typed in Word
            fmt = pieces[0][1]
            has_text = len(nfc.strip()) > 0
            bold = has_text and fmt.bold
            italic = has_text and fmt.italic
            caps = has_text and fmt.caps
            font = fmt.font if has_text and fmt.font else None
            if (fmt.bold or fmt.italic) and nfc:
                spans.append((0, size, fmt.bold, fmt.italic))
            if fmt.superscript and has_text:
                superscripts.append((0, size))
        else:
            fonts: dict[str, int] = {}
            position = 0
            visible = bold_chars = italic_chars = caps_chars = 0
            for piece, fmt in pieces:
                end = min(position + len(piece), size)
                shown = piece.strip()
                if shown:
                    count = len(shown)
                    visible += count
                    bold_chars += count if fmt.bold else 0
                    italic_chars += count if fmt.italic else 0
                    caps_chars += count if fmt.caps else 0
                    if fmt.font:
                        fonts[fmt.font] = fonts.get(fmt.font, 0) + count
                if (fmt.bold or fmt.italic) and end > position:
                    last = spans[-1] if spans else None
                    if (
                        last is not None
                        and last[1] == position
                        and last[2] == fmt.bold
                        and last[3] == fmt.italic
                    ):
                        spans[-1] = (last[0], end, fmt.bold, fmt.italic)
                    else:
                        spans.append((position, end, fmt.bold, fmt.italic))
                if fmt.superscript and shown and end > position:
                    if superscripts and superscripts[-1][1] == position:
                        superscripts[-1] = (superscripts[-1][0], end)
                    else:
                        superscripts.append((position, end))
                position = end
            bold = visible > 0 and bold_chars == visible
            italic = visible > 0 and italic_chars == visible
            caps = visible > 0 and caps_chars == visible
            font = max(fonts, key=fonts.__getitem__) if fonts else None
        footnotes: tuple[SourceFootnote, ...] = ()
        copy_notes = self.copy_notes
        if copy_notes is not None and location.table is None and (label or notes):
            # the line as a text copy shows it (textcopy.copy_line, built once here)
            nfc, prefix, inserted, anchors, new_notes = copy_text(
                nfc, self.stored(label), [(min(o, size), n) for o, n in notes], len(copy_notes) + 1
            )
            if new_notes:
                where = attrs.evolve(location, part=FOOTNOTES_PART)
                copy_notes.extend((marker, note, where) for marker, note in new_notes)
            spans = [(*shift_range(a, b, prefix, inserted), bo, it) for a, b, bo, it in spans]
            superscripts = sorted(
                [*(shift_range(a, b, prefix, inserted) for a, b in superscripts), *anchors]
            )
            label = None
        elif notes:
            footnotes = tuple(
                SourceFootnote(offset=min(offset, size), text=note) for offset, note in notes
            )
        return SourceLine._converted(
            nfc,
            location,
            bold,
            italic,
            caps,
            centered,
            self.stored(style),
            heading,
            self.stored(label),
            self.stored(font) if font else None,
            tuple(
                [
                    EmphasisSpan(start=start, end=stop, bold=bo, italic=it)
                    for start, stop, bo, it in spans
                ]
            )
            if spans
            else (),
            tuple(superscripts),
            footnotes,
            hard_break,
        )

    def stored(self, value: str | None) -> str | None:
        """``value`` as SourceLine stores a hint (``optional_text``), once per distinct value."""
        if value is None:
            return None
        stored = self.stored_texts
        if value in stored:
            return stored[value]
        known = stored[value] = v.optional_text(value)
        return known

    def summary_findings(self) -> list[ReadFinding]:
        found: list[ReadFinding] = []
        if self.insertions or self.deletions:
            found.append(
                ReadFinding(
                    code="R301",
                    message=(
                        f"tracked changes (theo dõi thay đổi) read as accepted: {self.insertions} "
                        f"insertion(s) kept, {self.deletions} deletion(s) dropped"
                    ),
                    location=self.first_change,
                    severity=Severity.WARNING,
                )
            )
        for encoding, runs in sorted(self.converted.items()):
            name = {
                "tcvn3": "TCVN3 (ABC)",
                "tcvn3-upper": "TCVN3 (ABC, capitals font)",
                "vni": "VNI",
            }[encoding]
            found.append(
                ReadFinding(
                    code="R012",
                    message=(
                        f"{runs} run(s) in the legacy Vietnamese encoding {name} converted to "
                        "Unicode (NFC): check the result"
                    ),
                    location=self.first_converted,
                    severity=Severity.WARNING,
                )
            )
        if self.nfd_lines:
            found.append(
                ReadFinding(
                    code="R011",
                    message=(
                        f"{self.nfd_lines} paragraph(s) were not in Unicode NFC (dựng sẵn): normalised"
                    ),
                    location=self.first_nfd,
                )
            )
        if self.mapped_letters:
            found.append(
                ReadFinding(
                    code="R302",
                    message=(
                        f"{self.mapped_letters} automatic list label(s) use Word's Latin letters "
                        "(a, b, c, d, e, f ...); read in the Vietnamese sequence a, b, c, d, đ, e, g ... "
                        "that Nghị định 30 uses for điểm"
                    ),
                    location=self.first_mapped,
                )
            )
        for header, where in self.joined_headers:
            found.append(
                ReadFinding(
                    code="R308",
                    message=(
                        "a table's header rows (repeated on each page) joined into one header, "
                        f"each column's headings from the top: {header!r}"
                    ),
                    location=where,
                )
            )
        toc = " / ".join(" ".join(text.split()) for text in self.toc_lines if text.strip())
        if toc:
            found.append(
                ReadFinding(
                    code="R307",
                    message=(
                        "a table of contents (mục lục) left out: Word fills it from the "
                        f"headings, which are read where they stand: {toc!r}"
                    ),
                )
            )
        hidden = " / ".join(text for text in self.hidden_runs if text.strip())
        if hidden:
            found.append(
                ReadFinding(
                    code="R306",
                    message=(
                        f"{len(self.hidden_runs)} run(s) of hidden text (w:vanish) left out, as "
                        f"Word does not show them: {hidden!r}"
                    ),
                    location=self.first_hidden,
                    severity=Severity.WARNING,
                )
            )
        for part, where in self.chunks_read:
            found.append(
                ReadFinding(
                    code="R304",
                    message=(
                        f"the text of the imported chunk {part} (w:altChunk) read as plain "
                        "lines: its formatting, tables and numbering are not read"
                    ),
                    location=where,
                    severity=Severity.WARNING,
                )
            )
        for part, where in self.chunks_missing:
            found.append(
                ReadFinding(
                    code="R305",
                    message=(
                        f"the imported chunk {part} (w:altChunk) is of a kind danvan does not "
                        "read (RTF, MHT, .docx) or missing: Word shows text here that is not read"
                    ),
                    location=where,
                    severity=Severity.WARNING,
                )
            )
        for fmt in sorted(self.fallback_formats):
            found.append(
                ReadFinding(
                    code="R303",
                    message=f"list number format {fmt!r} is not known to danvan: read as decimal",
                    severity=Severity.WARNING,
                )
            )
        return found


_ROW_WRAPPERS = {_SDT, _SDT_CONTENT, f"{_W}customXml", f"{_W}ins", f"{_W}moveTo"}


def _joined_header(
    rows: list[list[list[SourceItem]]], spans: list[list[int]], location: SourceLocation
) -> list[tuple[SourceLine, ...]]:
    """Header rows as one: a merged heading stands over every column it spans; a cell merged
    down from the row above (empty) adds nothing."""
    texts: list[list[str]] = []
    for row, row_spans in zip(rows, spans, strict=True):
        columns: list[str] = []
        for content, span in zip(row, row_spans, strict=True):
            shown = " ".join(" ".join(line.text.split()) for line in _lines_only(content))
            columns.extend([shown.strip()] * span)
        texts.append(columns)
    width = max(len(columns) for columns in texts)
    header: list[tuple[SourceLine, ...]] = []
    for column in range(width):
        parts: list[str] = []
        for columns in texts:
            text = columns[column] if column < len(columns) else ""
            if text and text not in parts:
                parts.append(text)
        where = attrs.evolve(location, row=0, cell=column)
        header.append((SourceLine(text=" - ".join(parts), location=where),) if parts else ())
    return header


_TOC_STYLE = re.compile(r"(?:toc|mục\s*lục)\s*(?:[1-9]|heading|tiêu\s*đề)$", re.IGNORECASE)
_GALLERY = f"{_W}sdtPr/{_W}docPartObj/{_W}docPartGallery"


def _gallery(sdt: etree._Element) -> str | None:
    """The building-block gallery a content control holds ("Table of Contents"), if any."""
    gallery = sdt.find(_GALLERY)
    return gallery.get(_VAL) if gallery is not None else None


def _children(parent: etree._Element, tag: str) -> Iterator[etree._Element]:
    """The rows of a table (cells of a row), also those wrapped in a content control or a
    tracked insertion; a deleted row (``w:del`` around it) is left out."""
    for child in parent:
        if child.tag == tag:
            trpr = child.find(f"{_W}trPr/{_W}del") if tag == _TR else None
            if trpr is None:
                yield child
        elif child.tag in _ROW_WRAPPERS:
            yield from _children(child, tag)


def _flatten(items: list[SourceItem]) -> Iterator[SourceItem]:
    yield from items


def _lines_only(items: list[SourceItem]) -> Iterator[SourceLine]:
    """A table cell's content as lines: a nested table's cells are read row by row."""
    for item in items:
        if isinstance(item, SourceLine):
            yield item
        else:
            for row in item.rows:
                for content in row:
                    yield from content


def _footnotes(root: etree._Element | None, kind: str) -> dict[str, str]:
    found: dict[str, str] = {}
    if root is None:
        return found
    tag = f"{_W}footnote" if kind == "f" else f"{_W}endnote"
    for note in root.iter(tag):
        if note.get(f"{_W}type") in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        paragraphs = []
        for p in note.iter(_P):
            texts = [
                t.text or ""
                for t in p.iter(_T)
                if not any(a.tag in _DROPPED for a in t.iterancestors())
            ]
            paragraphs.append("".join(texts))
        found[kind + (note.get(f"{_W}id") or "")] = unicodedata.normalize(
            "NFC", "\n".join(p for p in paragraphs if p.strip()).strip()
        )
    return found


def _all_text(body: etree._Element) -> str:
    """The body's text for the legacy-encoding statistics, serialised by libxml2 (2.5 times
    faster than joining the ``w:t``; it also holds deleted text and field codes, which are
    in the document's encoding or ASCII, and whitespace between elements)."""
    return etree.tostring(body, method="text", encoding=str)


def docx_source(
    data: bytes, *, source_name: str | None = None, limits: ZipLimits = DEFAULT_LIMITS
) -> SourceDocument:
    """The paragraphs and tables of a .docx, in document order, with the reader's findings."""
    return read_package(data, source_name=source_name, limits=limits, embedded=False)[0]


def read_package(
    data: bytes,
    *,
    source_name: str | None = None,
    limits: ZipLimits = DEFAULT_LIMITS,
    embedded: bool = True,
    text_copy: bool = False,
) -> tuple[SourceDocument, Document | None, list[ReadFinding]]:
    """The source lines, and the model danvan embedded when it rendered the file (None when
    absent, damaged, or when the text was changed since), with a finding saying which.

    When the embedded model is used, the lines are not read (an empty source is returned).
    ``text_copy``: the lines as a copy into a text file shows them, what the recognizer
    reads (equal to ``as_text_copy`` of the lines read without it; built as the reader goes).
    """
    name = source_name or "<docx>"
    package = open_docx(data, source=name, limits=limits)
    document = package.xml(MAIN_PART)
    assert document is not None  # open_docx checked it is there
    footnotes_root = package.xml("word/footnotes.xml")
    notes: list[ReadFinding] = []
    if embedded:
        model, notes = _embedded(package, name, (document, footnotes_root))
        if model is not None:
            return SourceDocument(items=(), name=source_name, format="docx"), model, notes
    body = document.find(f"{_W}body")
    styles_root = package.xml("word/styles.xml")
    numbering = NumberingDefinitions.from_xml(package.xml("word/numbering.xml"), styles_root)
    footnotes = _footnotes(footnotes_root, "f")
    footnotes.update(_footnotes(package.xml("word/endnotes.xml"), "e"))
    styles = _Styles.from_xml(styles_root)
    legacy: str | None = None
    if body is not None:
        fonts = {f.get(f"{_W}ascii") or f.get(f"{_W}hAnsi") for f in document.iter(f"{_W}rFonts")}
        uses_legacy_font = any(encoding_of_font(font) for font in fonts)
        if not uses_legacy_font and not styles.legacy_font:
            legacy = detect_legacy(_all_text(body))
    walker = _Walker(
        source=v.optional_text(name),  # as SourceLocation's converter would
        styles=styles,
        numbering=numbering,
        counter=NumberingCounter(numbering),
        footnote_texts=footnotes,
        legacy=legacy,
        copy_notes=[] if text_copy else None,
        package=package,
    )
    items: list[SourceItem] = []
    if body is not None:
        walker.blocks(body, None, items)
    if walker.copy_notes is not None:
        items.extend(note_lines(walker.copy_notes))
    findings = walker.summary_findings()
    source = SourceDocument(items=items, name=source_name, format="docx", findings=findings)
    return source, None, notes


def _embedded(
    package: DocxPackage, name: str, roots: tuple[etree._Element, etree._Element | None]
) -> tuple[Document | None, list[ReadFinding]]:
    """The model in word/danvan-model.json, if it is there, whole, and its text digest matches."""
    if MODEL_MEMBER not in package.names:
        return None, []
    where = SourceLocation(source=name, part=MODEL_MEMBER)
    problem: str
    try:
        payload = json.loads(package.read(MODEL_MEMBER) or b"")
        if not isinstance(payload, dict) or payload.get("danvan_model") != 1:
            problem = "it is not danvan model data of version 1"
        elif payload.get("text_sha256") != text_digest(roots):
            problem = "the text was changed after danvan rendered the file"
        else:
            model = from_dict(payload["document"])
            return model, [
                ReadFinding(
                    code="R310",
                    message=(
                        "read from the model danvan embedded when it rendered this file "
                        "(its text is unchanged since)"
                    ),
                    location=where,
                )
            ]
    except (ValueError, RecursionError, KeyError, TypeError, DanvanError) as error:
        problem = f"it cannot be read ({type(error).__name__})"
    return None, [
        ReadFinding(
            code="R311",
            message=f"the embedded danvan model was not used: {problem}; the text was read instead",
            location=where,
        )
    ]
