"""Readers of a rendered .docx for the renderer's tests: the parts parsed, styles, tables, text.

Shared by test_render_docx.py and test_render_docx_party.py (pytest puts this folder on
``sys.path``, so they import it as ``docx_parts``).
"""

from __future__ import annotations

import io
import zipfile

from lxml import etree

NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
}
FONT = "Times New Roman"
TWIPS_PER_MM = 1440 / 25.4


def qn(tag: str) -> str:
    prefix, local = tag.split(":")
    return f"{{{NS[prefix]}}}{local}"


class Docx:
    """The parts of a rendered .docx, parsed, with small readers for the tests."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            self.infos = archive.infolist()
            self.xml = {
                name: etree.fromstring(archive.read(name))
                for name in archive.namelist()
                if name.endswith((".xml", ".rels"))
            }
        self.document = self.xml["word/document.xml"]
        self.styles = self.xml["word/styles.xml"]
        self.body = self.document.find("w:body", NS)

    def style(self, style_id: str) -> etree._Element:
        found = self.styles.find(f"w:style[@w:styleId='{style_id}']", NS)
        assert found is not None, style_id
        return found

    def size(self, style_id: str) -> float:
        return int(self.style(style_id).find("w:rPr/w:sz", NS).get(qn("w:val"))) / 2

    def has(self, style_id: str, prop: str) -> bool:
        return self.style(style_id).find(f"w:rPr/w:{prop}", NS) is not None

    def jc(self, style_id: str) -> str:
        return self.style(style_id).find("w:pPr/w:jc", NS).get(qn("w:val"))

    def text(self) -> str:
        """Every paragraph's text (document and footnotes), one paragraph a line."""
        roots = [self.document]
        if "word/footnotes.xml" in self.xml:
            roots.append(self.xml["word/footnotes.xml"])
        return "\n".join(para_text(p) for root in roots for p in root.iter(qn("w:p")))

    def paragraphs(self, style_id: str) -> list[str]:
        return [
            para_text(p)
            for p in self.body.iter(qn("w:p"))
            if p.find("w:pPr/w:pStyle", NS) is not None
            and p.find("w:pPr/w:pStyle", NS).get(qn("w:val")) == style_id
        ]

    def top_tables(self) -> list[etree._Element]:
        return self.body.findall("w:tbl", NS)

    def sections(self) -> list[etree._Element]:
        return list(self.body.iter(qn("w:sectPr")))

    def header_parts(self) -> dict[str, etree._Element]:
        rels = self.xml["word/_rels/document.xml.rels"]
        targets = {rel.get("Id"): rel.get("Target") for rel in rels}
        first = self.sections()[0]
        return {
            ref.get(qn("w:type")): self.xml["word/" + targets[ref.get(qn("r:id"))]]
            for ref in first.findall("w:headerReference", NS)
        }


def para_text(paragraph: etree._Element) -> str:
    """The paragraph's text, a line break (w:br) read as a newline."""
    return "".join(
        "\n" if node.tag == qn("w:br") else node.text or ""
        for node in paragraph.iter(qn("w:t"), qn("w:br"))
    )


def cell_paragraphs(cell: etree._Element) -> list[tuple[str, str]]:
    return [
        (p.find("w:pPr/w:pStyle", NS).get(qn("w:val")), para_text(p))
        for p in cell.findall("w:p", NS)
    ]


def rows(table: etree._Element) -> list[list[etree._Element]]:
    return [tr.findall("w:tc", NS) for tr in table.findall("w:tr", NS)]


def closing_table(out: Docx) -> etree._Element:
    """The Nơi nhận and signature table."""
    return next(
        table
        for table in out.top_tables()
        if any(
            style.get(qn("w:val")) in ("DanvanRecipientsHeading", "DanvanSignatureTitle")
            for style in table.iter(qn("w:pStyle"))
        )
    )


def twips_to_mm(value: str | None) -> float:
    assert value is not None
    return int(value) / TWIPS_PER_MM
