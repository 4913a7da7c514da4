"""Word documents unlike the reader's own fixtures (tệp Word đa dạng), for test_reading_docx_word_forms.

Each builder varies on purpose one thing real Word (and LibreOffice) files vary: how the
list numbering is defined (overrides, legal numbering, restarts, styles, linked list
styles, suffixes, literal text, bullets in symbol fonts), how headings are marked (style
chains, outline levels, direct formatting, text split across runs), how the header and the
signature are laid out (merged cells, text boxes, nested tables, soft line breaks, cell
borders), tables (repeated header rows, merged group rows, empty cells), footnotes of
several paragraphs, hyperlinks, smart tags, custom XML, complex fields, and the XML
spelling of other writers (default namespace, Strict OOXML, rsid noise, localised style
names). The agencies and text are fictional ("Sở Dữ liệu số tỉnh Cao Điền").
"""

from __future__ import annotations

import io
import zipfile

from docx_fixtures import DEFAULT_STYLES, OUTLINE_LISTS, abstract, build_docx, lvl, num, p, table

HEADER_LEFT = "ỦY BAN NHÂN DÂN TỈNH CAO ĐIỀN\nSỞ DỮ LIỆU SỐ"
HEADER_RIGHT = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
NUMBER = "Số: 27/BC-SDLS"
PLACE_DATE = "Cao Điền, ngày 14 tháng 8 năm 2025"
HEADER = table([[HEADER_LEFT, HEADER_RIGHT], [NUMBER, PLACE_DATE]], borders=False)
_CENTRED = '<w:jc w:val="center"/>'
TITLE = p("BÁO CÁO", ppr=_CENTRED, rpr="<w:b/>") + p(
    "Kết quả công tác dân vận 6 tháng đầu năm 2025", ppr=_CENTRED, rpr="<w:b/>"
)
CLOSING = table(
    [["Nơi nhận:\n- Ban Dân vận Tỉnh ủy;\n- Lưu: VT, VP.", "GIÁM ĐỐC\n\nTrần Thị Mai"]],
    borders=False,
)
ENDING = p("Trên đây là báo cáo kết quả công tác dân vận 6 tháng đầu năm 2025./.")

_NIL = "".join(
    f'<w:{e} w:val="nil"/>' for e in ("top", "left", "bottom", "right", "insideH", "insideV")
)


def listed(text: str, num_id: int, ilvl: int | None = 0, *, style: str | None = None) -> str:
    """A paragraph in list ``num_id`` (``ilvl`` None: the numPr names no level)."""
    level = f'<w:ilvl w:val="{ilvl}"/>' if ilvl is not None else ""
    return p(text, style=style, ppr=f'<w:numPr>{level}<w:numId w:val="{num_id}"/></w:numPr>')


def cell(content: str, tcpr: str = "") -> str:
    """A table cell of block XML (a cell needs at least one paragraph)."""
    return f"<w:tc>{f'<w:tcPr>{tcpr}</w:tcPr>' if tcpr else ''}{content or p('')}</w:tc>"


def lines(text: str) -> str:
    """One paragraph per line of ``text``."""
    return "".join(p(line) for line in text.split("\n"))


def row(*cells: str, trpr: str = "") -> str:
    return f"<w:tr>{f'<w:trPr>{trpr}</w:trPr>' if trpr else ''}{''.join(cells)}</w:tr>"


def grid_table(rows: str, columns: int, *, borders: bool, tblpr: str = "") -> str:
    """A table of ``columns`` grid columns from ready rows."""
    if borders:
        props = f'<w:tblPr><w:tblStyle w:val="TableGrid"/>{tblpr}</w:tblPr>'
    else:
        props = f"<w:tblPr><w:tblBorders>{_NIL}</w:tblBorders>{tblpr}</w:tblPr>"
    grid = "<w:tblGrid>" + '<w:gridCol w:w="2000"/>' * columns + "</w:tblGrid>"
    return f"<w:tbl>{props}{grid}{rows}</w:tbl>"


def report(body: str, **parts: str) -> bytes:
    """A report: the standard header and title, ``body``, the closing sentence and block."""
    return build_docx(HEADER + TITLE + body + ENDING + CLOSING, **parts)


# --- numbering definitions ---------------------------------------------------------------

LEGAL = abstract(
    20,
    lvl(0, "upperRoman", "%1."),
    lvl(1, "decimal", "%1.%2.", extra="<w:isLgl/>"),
    lvl(2, "decimal", "%1.%2.%3.", extra="<w:isLgl/>"),
) + num(20, 20)


def _restart(ilvl: int, start: int) -> str:
    return f'<w:lvlOverride w:ilvl="{ilvl}"><w:startOverride w:val="{start}"/></w:lvlOverride>'


KHOAN = (
    OUTLINE_LISTS
    + abstract(21, lvl(0, "decimal", "%1."))
    + num(30, 21)
    + num(31, 21, _restart(0, 1))
    + num(32, 21, _restart(0, 3))
)

CONTINUOUS = abstract(
    22,
    lvl(0, "upperRoman", "%1."),
    lvl(1, "decimal", "%2.", extra='<w:lvlRestart w:val="0"/>'),
    lvl(2, "lowerLetter", "%3)"),
) + num(22, 22)

STYLE_LINKED = abstract(
    40,
    lvl(0, "upperRoman", "%1.", extra='<w:pStyle w:val="Heading1"/>'),
    lvl(1, "decimal", "%2.", extra='<w:pStyle w:val="Heading2"/>'),
    lvl(2, "lowerLetter", "%3)", extra='<w:pStyle w:val="Khoan"/>'),
) + num(40, 40)

STYLES_WITH_NUMBERING = (
    DEFAULT_STYLES.replace(
        '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr>',
        '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="40"/></w:numPr>',
    ).replace(
        '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr>',
        '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="40"/></w:numPr>',
    )
    + '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/></w:style>'
    + '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Khoan"><w:name w:val="Khoản"/><w:basedOn w:val="ListParagraph"/>'
    '<w:pPr><w:numPr><w:ilvl w:val="2"/><w:numId w:val="40"/></w:numPr></w:pPr></w:style>'
)

NUM_STYLE_LINK = (
    '<w:abstractNum w:abstractNumId="50"><w:styleLink w:val="DanhSoVN"/>'
    + lvl(0, "upperRoman", "%1.")
    + lvl(1, "decimal", "%2.")
    + "</w:abstractNum>"
    + '<w:abstractNum w:abstractNumId="52"><w:numStyleLink w:val="DanhSoVN"/></w:abstractNum>'
    + num(51, 50)
    + num(53, 52)
)
STYLES_NUM_STYLE_LINK = DEFAULT_STYLES + (
    '<w:style w:type="numbering" w:customStyle="1" w:styleId="DanhSoVN"><w:name w:val="Danh số VN"/>'
    '<w:pPr><w:numPr><w:numId w:val="51"/></w:numPr></w:pPr></w:style>'
)

LIST_NUMBER = (
    OUTLINE_LISTS
    + abstract(60, lvl(0, "decimal", "%1."), lvl(1, "lowerLetter", "%2)"))
    + num(61, 60)
    + num(62, 60, _restart(0, 1))
)
STYLES_LIST_NUMBER = DEFAULT_STYLES + (
    '<w:style w:type="paragraph" w:styleId="ListNumber"><w:name w:val="List Number"/>'
    '<w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="61"/></w:numPr></w:pPr></w:style>'
)

SUFFIXES = abstract(
    70,
    lvl(0, "upperRoman", "%1.", extra='<w:suff w:val="nothing"/>'),
    lvl(1, "decimal", "%2. ", extra='<w:suff w:val="space"/>'),
    lvl(2, "lowerLetter", "%3)", extra='<w:suff w:val="tab"/>'),
) + num(70, 70)

LITERAL = abstract(
    80,
    lvl(0, "upperRoman", "Phần %1"),
    lvl(1, "upperRoman", "%2."),
    lvl(2, "decimal", "%3."),
    lvl(3, "decimal", "%3.%4."),
    lvl(4, "decimal", "%3.%4.%5."),
) + num(80, 80)

_SYMBOL = '<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr>'
_WINGDINGS = '<w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings" w:hint="default"/></w:rPr>'
_COURIER = '<w:rPr><w:rFonts w:ascii="Courier New" w:hAnsi="Courier New" w:cs="Courier New" w:hint="default"/></w:rPr>'
BULLETS = (
    OUTLINE_LISTS
    + abstract(
        90,
        lvl(
            0,
            "bullet",
            "-",
            extra='<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/></w:rPr>',
        ),
        lvl(1, "bullet", "+"),
    )
    + abstract(91, lvl(0, "bullet", "\uf0b7", extra=_SYMBOL), lvl(1, "bullet", "o", extra=_COURIER))
    + abstract(
        92, lvl(0, "bullet", "§", extra=_WINGDINGS), lvl(1, "bullet", "\uf02d", extra=_SYMBOL)
    )
    + num(90, 90)
    + num(91, 91)
    + num(92, 92)
)


# --- other writers: LibreOffice, Strict OOXML --------------------------------------------

STRICT_W = "http://purl.oclc.org/ooxml/wordprocessingml/main"
TRANSITIONAL_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def rewrite_parts(data: bytes, change: dict[str, tuple[tuple[str, str], ...]]) -> bytes:
    """``data`` with text replacements applied to the named parts (another writer's spelling)."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            payload = source.read(info.filename)
            for old, new in change.get(info.filename, ()) + change.get("*", ()):
                payload = payload.replace(old.encode(), new.encode())
            target.writestr(info.filename, payload)
    return out.getvalue()


MIXED_PARTS = abstract(
    100,
    lvl(0, "upperRoman", "%1."),
    lvl(1, "decimal", "%1.%2."),
    lvl(2, "decimal", "%1.%2.%3."),
) + num(100, 100)
