"""Build small .docx files for the reader's tests: WordprocessingML written by hand with lxml-valid XML.

Every package is complete enough for python-docx and Word to open (content types, package
and document relationships), and holds fictional text only ("Sở Dữ liệu số tỉnh Cao Điền").
"""

from __future__ import annotations

import io
import zipfile

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NAMESPACES = (
    f'xmlns:w="{W_NS}" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'mc:Ignorable="wps"'
)

_CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>
</Types>"""

_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""

_DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>
<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.invalid/" TargetMode="External"/>
</Relationships>"""

DEFAULT_STYLES = """
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Tieude3"><w:name w:val="Tiêu đề 3"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:caps/></w:rPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single"/><w:bottom w:val="single"/></w:tblBorders></w:tblPr></w:style>
"""


def p(
    text: str = "",
    *,
    style: str | None = None,
    ppr: str = "",
    rpr: str = "",
    raw: str | None = None,
) -> str:
    """A paragraph: one run of ``text`` (escaped), or ``raw`` inline XML."""
    props = (f'<w:pStyle w:val="{style}"/>' if style else "") + ppr
    ppr_xml = f"<w:pPr>{props}</w:pPr>" if props else ""
    return f"<w:p>{ppr_xml}{raw if raw is not None else r(text, rpr)}</w:p>"


def r(text: str, rpr: str = "") -> str:
    """A run with its text (escaped, spaces kept)."""
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    rpr_xml = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return f'<w:r>{rpr_xml}<w:t xml:space="preserve">{escaped}</w:t></w:r>'


def numbered(text: str, num_id: int, ilvl: int = 0, *, style: str | None = None) -> str:
    """A paragraph in Word's automatic list ``num_id`` at level ``ilvl``."""
    return p(
        text,
        style=style,
        ppr=f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>',
    )


def table(rows: list[list[str]], *, borders: bool) -> str:
    """A table of one paragraph per cell (cells may hold several, separated by '\\n')."""
    if borders:
        tblpr = '<w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr>'
    else:
        edges = "".join(
            f'<w:{e} w:val="nil"/>'
            for e in ("top", "left", "bottom", "right", "insideH", "insideV")
        )
        tblpr = f"<w:tblPr><w:tblBorders>{edges}</w:tblBorders></w:tblPr>"
    grid = (
        "<w:tblGrid>" + '<w:gridCol w:w="4000"/>' * max(len(row) for row in rows) + "</w:tblGrid>"
    )
    body = "".join(
        "<w:tr>"
        + "".join(
            "<w:tc>" + "".join(p(line) for line in cell.split("\n")) + "</w:tc>" for cell in row
        )
        + "</w:tr>"
        for row in rows
    )
    return f"<w:tbl>{tblpr}{grid}{body}</w:tbl>"


def build_docx(
    body: str,
    *,
    styles: str = DEFAULT_STYLES,
    numbering: str = "",
    footnotes: str = "",
    compression: int = zipfile.ZIP_DEFLATED,
) -> bytes:
    """A complete .docx with ``body`` (paragraph and table XML) and the given parts."""
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {NAMESPACES}>'
        f"<w:body>{body}<w:sectPr/></w:body></w:document>"
    )
    separator = (
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
    )
    parts = {
        "[Content_Types].xml": _CONTENT_TYPES,
        "_rels/.rels": _RELS,
        "word/_rels/document.xml.rels": _DOC_RELS,
        "word/document.xml": document,
        "word/styles.xml": f'<?xml version="1.0" encoding="UTF-8"?>\n<w:styles {NAMESPACES}>{styles}</w:styles>',
        "word/numbering.xml": f'<?xml version="1.0" encoding="UTF-8"?>\n<w:numbering {NAMESPACES}>{numbering}</w:numbering>',
        "word/footnotes.xml": f'<?xml version="1.0" encoding="UTF-8"?>\n<w:footnotes {NAMESPACES}>{separator}{footnotes}</w:footnotes>',
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, text in parts.items():
            archive.writestr(name, text.encode("utf-8"))
    return buffer.getvalue()


def lvl(ilvl: int, fmt: str, text: str, start: int = 1, extra: str = "") -> str:
    """One ``w:lvl`` of a list definition."""
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/>{extra}</w:lvl>'
    )


def abstract(abstract_id: int, *levels: str) -> str:
    """A ``w:abstractNum``."""
    return f'<w:abstractNum w:abstractNumId="{abstract_id}">{"".join(levels)}</w:abstractNum>'


def num(num_id: int, abstract_id: int, override: str = "") -> str:
    """A ``w:num`` list instance."""
    return f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>{override}</w:num>'


OUTLINE_LISTS = (
    abstract(
        0,
        lvl(0, "upperRoman", "%1."),
        lvl(1, "decimal", "%2."),
        lvl(2, "lowerLetter", "%3)"),
        lvl(3, "bullet", "-"),
    )
    + abstract(1, lvl(0, "decimal", "%1."), lvl(1, "decimal", "%1.%2."))
    + num(1, 0)
    + num(2, 1)
)
"""The outline Vietnamese documents use (I. / 1. / a) / -) as list 1, and "1." / "1.1." as list 2."""
