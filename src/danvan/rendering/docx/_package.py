"""The .docx package (gói OPC): a minimal template, the added parts, and byte-stable output.

python-docx's own template carries 800 KB of styles, a thumbnail and time stamps; this
module builds a small template per :class:`DocxStyle` (cached), lets python-docx load it
and manage parts and relationships, and writes the zip itself with fixed time stamps so
the same document always gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Iterable
from functools import lru_cache
from html import escape  # not xml.sax.saxutils: it imports urllib, ssl and http
from typing import Any

import docx
from docx.document import Document
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part, XmlPart
from docx.oxml.parser import parse_xml
from docx.parts.hdrftr import HeaderPart
from lxml import etree

from danvan.rendering.docx._oxml import NSMAP, qn, sub
from danvan.rendering.docx._styles import build_styles
from danvan.rendering.docx.style import DocxStyle

__all__ = [
    "add_footnotes_part",
    "add_header_part",
    "new_document",
    "set_core_properties",
    "write_package",
]

_FIXED_TIME = (1980, 1, 1, 0, 0, 0)
"""Zip entries' time stamp: the earliest a zip can hold, so output never depends on the clock."""

_CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
_XML_HEAD = b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
_W = f'xmlns:w="{NSMAP["w"]}" xmlns:r="{NSMAP["r"]}"'.encode()

_CONTENT_TYPES = _XML_HEAD + (
    b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    b'<Default Extension="xml" ContentType="application/xml"/>'
    b'<Override PartName="/word/document.xml" ContentType="' + CT.WML_DOCUMENT_MAIN.encode() + b'"/>'
    b'<Override PartName="/word/styles.xml" ContentType="' + CT.WML_STYLES.encode() + b'"/>'
    b'<Override PartName="/word/settings.xml" ContentType="' + CT.WML_SETTINGS.encode() + b'"/>'
    b'<Override PartName="/word/fontTable.xml" ContentType="' + CT.WML_FONT_TABLE.encode() + b'"/>'
    b'<Override PartName="/docProps/core.xml" ContentType="' + CT.OPC_CORE_PROPERTIES.encode() + b'"/>'
    b'<Override PartName="/docProps/app.xml" ContentType="' + CT.OFC_EXTENDED_PROPERTIES.encode() + b'"/>'
    b"</Types>"
)  # fmt: skip

_PACKAGE_RELS = _XML_HEAD + (
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Type="' + RT.OFFICE_DOCUMENT.encode() + b'" Target="word/document.xml"/>'
    b'<Relationship Id="rId2" Type="' + RT.CORE_PROPERTIES.encode() + b'" Target="docProps/core.xml"/>'
    b'<Relationship Id="rId3" Type="' + RT.EXTENDED_PROPERTIES.encode() + b'" Target="docProps/app.xml"/>'
    b"</Relationships>"
)  # fmt: skip

_DOCUMENT_RELS = _XML_HEAD + (
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Type="' + RT.STYLES.encode() + b'" Target="styles.xml"/>'
    b'<Relationship Id="rId2" Type="' + RT.SETTINGS.encode() + b'" Target="settings.xml"/>'
    b'<Relationship Id="rId3" Type="' + RT.FONT_TABLE.encode() + b'" Target="fontTable.xml"/>'
    b"</Relationships>"
)  # fmt: skip

_DOCUMENT = _XML_HEAD + b"<w:document " + _W + b"><w:body/></w:document>"

# Schema order matters: footnotePr (added when there are footnotes) goes before w:compat.
_SETTINGS = _XML_HEAD + (
    b"<w:settings " + _W + b">"
    b'<w:zoom w:percent="100"/>'
    b'<w:defaultTabStop w:val="720"/>'
    b'<w:characterSpacingControl w:val="doNotCompress"/>'
    b'<w:compat><w:compatSetting w:name="compatibilityMode" '
    b'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
    b'<w:themeFontLang w:val="vi-VN"/>'
    b'<w:decimalSymbol w:val=","/>'
    b'<w:listSeparator w:val=";"/>'
    b"</w:settings>"
)

_FONT_TABLE = _XML_HEAD + (
    b"<w:fonts " + _W + b">"
    b'<w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/>'
    b'<w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>'
    b"</w:fonts>"
)

_CORE = _XML_HEAD + (
    b'<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    b'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    b'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title/><dc:creator/>'
    b"<dc:language>vi-VN</dc:language><cp:revision>1</cp:revision></cp:coreProperties>"
)

_APP = _XML_HEAD + (
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    b"<Application>danvan</Application></Properties>"
)


def _zip(entries: Iterable[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            archive.writestr(info, data)
    return buffer.getvalue()


@lru_cache(maxsize=16)
def _template(style: DocxStyle) -> bytes:
    """A minimal package whose styles.xml is built from ``style`` (cached: styles are frozen)."""
    return _zip(
        [
            ("[Content_Types].xml", _CONTENT_TYPES),
            ("_rels/.rels", _PACKAGE_RELS),
            ("word/document.xml", _DOCUMENT),
            ("word/_rels/document.xml.rels", _DOCUMENT_RELS),
            ("word/styles.xml", build_styles(style)),
            ("word/settings.xml", _SETTINGS),
            ("word/fontTable.xml", _FONT_TABLE),
            ("docProps/core.xml", _CORE),
            ("docProps/app.xml", _APP),
        ]
    )


def new_document(style: DocxStyle) -> Document:
    """A python-docx document on the template for ``style``: empty body, styles defined."""
    return docx.Document(io.BytesIO(_template(style)))


def set_core_properties(document: Document, *, title: str, author: str, when: dt.datetime) -> None:
    """Title, author and a fixed created/modified time (from the document's date)."""
    properties = document.core_properties
    properties.title = title
    properties.author = author
    properties.created = when
    properties.modified = when


def add_header_part(document: Document, root: etree._Element) -> str:
    """Add a header part (header1.xml, ...) holding ``root``; return its relationship id."""
    package = document.part.package
    assert package is not None
    partname = package.next_partname("/word/header%d.xml")
    element = parse_xml(etree.tostring(root))
    part = HeaderPart(partname, CT.WML_HEADER, element, package)
    return document.part.relate_to(part, RT.HEADER)


def add_footnotes_part(document: Document, root: etree._Element) -> None:
    """Add word/footnotes.xml and tell settings.xml which footnotes are the separators."""
    package = document.part.package
    assert package is not None
    element = parse_xml(etree.tostring(root))
    part = XmlPart(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, element, package)
    document.part.relate_to(part, RT.FOOTNOTES)
    settings = document.settings.element
    properties = etree.Element(qn("w:footnotePr"))
    for footnote_id in ("-1", "0"):
        sub(properties, qn("w:footnote"), {qn("w:id"): footnote_id})
    compat = settings.find(qn("w:compat"))
    assert compat is not None
    compat.addprevious(properties)


def _as_bytes(xml: Any) -> bytes:
    return xml if isinstance(xml, bytes) else str(xml).encode("utf-8")


def write_package(document: Document) -> bytes:
    """The .docx bytes: parts in name order, a content-types item built from the parts, and
    zip entries with a fixed time stamp, so equal documents give equal bytes."""
    package = document.part.package
    assert package is not None
    parts: list[Part] = sorted(package.iter_parts(), key=lambda part: str(part.partname))
    overrides = "".join(
        f'<Override PartName="{escape(str(part.partname))}" ContentType="{escape(part.content_type)}"/>'
        for part in parts
    )
    types = (
        f'<Types xmlns="{_CT_NS}">'
        f'<Default Extension="rels" ContentType="{CT.OPC_RELATIONSHIPS}"/>'
        f'<Default Extension="xml" ContentType="{CT.XML}"/>{overrides}</Types>'
    )
    entries = [
        ("[Content_Types].xml", _XML_HEAD + types.encode("utf-8")),
        ("_rels/.rels", _as_bytes(package.rels.xml)),
    ]
    for part in parts:
        entries.append((part.partname.membername, part.blob))
        if len(part.rels):
            entries.append((part.partname.rels_uri.membername, _as_bytes(part.rels.xml)))
    return _zip(entries)
