"""The address block at the foot of page 1 (ô 13): address, telephone, fax, e-mail, website.

«ở trang thứ nhất của văn bản, bằng chữ in thường, cỡ chữ từ 11 đến 12, kiểu chữ đứng,
dưới một đường kẻ nét liền kéo dài hết chiều ngang của vùng trình bày văn bản»
(Nghị định 30, Phụ lục I, III.4). Written as the first-page footer of the first section;
every other footer is empty, so no appendix repeats it.
"""

from __future__ import annotations

from lxml import etree

from danvan.model import BaseDocument
from danvan.rendering.docx import _styles as s
from danvan.rendering.docx._oxml import NSMAP, R_ID, TYPE, add_paragraph, qn
from danvan.rendering.docx._package import DocxPackage as Document
from danvan.rendering.docx._package import add_footer_part

__all__ = ["write_address_footer"]


def _footer_part(word: Document, root: etree._Element) -> str:
    return add_footer_part(word, root)


def _footer(lines: list[str]) -> etree._Element:
    root = etree.Element(qn("w:ftr"), nsmap=NSMAP)
    add_paragraph(root, s.CONTACT if lines else s.SPACER, "\n".join(lines) or None)
    return root


def write_address_footer(word: Document, document: BaseDocument) -> None:
    """Ô 13 under a full-width rule on page 1, when the issuer has a :class:`Contact`."""
    contact = document.issuer.contact if document.issuer is not None else None
    if contact is None:
        return
    address = _footer_part(word, _footer(contact.lines()))
    empty = _footer_part(word, _footer([]))
    body = word.element.body
    for index, section in enumerate(body.iter(qn("w:sectPr"))):
        first = address if index == 0 else empty
        references = section.findall(qn("w:headerReference"))
        anchor = references[-1] if references else None
        for kind, rid in (("default", empty), ("first", first)):
            element = etree.Element(qn("w:footerReference"), {TYPE: kind, R_ID: rid})
            if anchor is None:
                section.insert(0, element)
            else:
                anchor.addnext(element)
            anchor = element
