"""The .docx package (gói OPC): the parts of a document, and byte-stable zip output.

A rendered .docx holds few parts and most never change: the package relationships,
styles.xml (one per :class:`DocxStyle`), settings, the font table, the extended
properties. They are built once per process and kept as bytes together with their
compressed form, so a render only builds and compresses what is its own: the body, the
page headers, the footnotes and the core properties. python-docx is not used at render
time: opening its package on every call cost about 3.7 ms, more than the body of a
typical report. The parts are written byte for byte as python-docx wrote them before,
in the same order, and the zip has fixed time stamps, so the same document always gives
the same bytes.
"""

from __future__ import annotations

import datetime as dt
import struct
import zlib
from collections.abc import Iterable
from functools import lru_cache

from lxml import etree

from danvan.rendering.docx._oxml import NSMAP, qn
from danvan.rendering.docx._styles import build_styles
from danvan.rendering.docx.style import DocxStyle

__all__ = [
    "CORE_PROPERTY_LIMIT",
    "DocxPackage",
    "add_footer_part",
    "add_footnotes_part",
    "add_header_part",
    "core_property_text",
    "new_document",
    "set_core_properties",
    "write_package",
]

CORE_PROPERTY_LIMIT = 255
"""Longest text written to a core property (title, author): python-docx refuses longer ones
and Word's property dialog shows no more, so a longer subject is cut in the metadata only."""

_COMPRESS_LEVEL = 1
"""zlib level of the parts built per render: level 1 is 2 to 3 times faster than the default
6 on a long body; the file is larger (the whole body of a typical report is still a few KB)."""

_DOS_DATE = (0 << 9) | (1 << 5) | 1
"""1980-01-01, the earliest date a zip can hold: output never depends on the clock."""
_DOS_TIME = 0

_W_NS = NSMAP["w"]
_CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_OFFICE_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_WML_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml"
_XML_HEAD = b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
_W = f'xmlns:w="{_W_NS}" xmlns:r="{NSMAP["r"]}"'.encode()

_CT_RELS = "application/vnd.openxmlformats-package.relationships+xml"
_CT_XML = "application/xml"
_CT_APP = "application/vnd.openxmlformats-officedocument.extended-properties+xml"
_CT_CORE = "application/vnd.openxmlformats-package.core-properties+xml"
_CT_DOCUMENT = f"{_WML_CT}.document.main+xml"
_CT_FONT_TABLE = f"{_WML_CT}.fontTable+xml"
_CT_FOOTNOTES = f"{_WML_CT}.footnotes+xml"
_CT_FOOTER = f"{_WML_CT}.footer+xml"
_CT_HEADER = f"{_WML_CT}.header+xml"
_CT_SETTINGS = f"{_WML_CT}.settings+xml"
_CT_STYLES = f"{_WML_CT}.styles+xml"

_RT_STYLES = f"{_OFFICE_RELS}/styles"
_RT_SETTINGS = f"{_OFFICE_RELS}/settings"
_RT_FONT_TABLE = f"{_OFFICE_RELS}/fontTable"
_RT_HEADER = f"{_OFFICE_RELS}/header"
_RT_FOOTNOTES = f"{_OFFICE_RELS}/footnotes"
_RT_FOOTER = f"{_OFFICE_RELS}/footer"

_PACKAGE_RELS = _XML_HEAD + (
    f'<Relationships xmlns="{_RELS_NS}">'
    f'<Relationship Id="rId1" Type="{_OFFICE_RELS}/officeDocument" Target="word/document.xml"/>'
    f'<Relationship Id="rId2" Type="{_RELS_NS}/metadata/core-properties" Target="docProps/core.xml"/>'
    f'<Relationship Id="rId3" Type="{_OFFICE_RELS}/extended-properties" Target="docProps/app.xml"/>'
    "</Relationships>"
).encode()  # fmt: skip

_DOCUMENT = b"<w:document " + _W + b"><w:body/></w:document>"

# Schema order matters: footnotePr (written when there are footnotes) goes before w:compat.
_SETTINGS = (
    b"<w:settings " + _W + b">"
    b'<w:zoom w:percent="100"/>'
    b'<w:defaultTabStop w:val="720"/>'
    b'<w:characterSpacingControl w:val="doNotCompress"/>'
    b"%s"
    b'<w:compat><w:compatSetting w:name="compatibilityMode" '
    b'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
    b'<w:themeFontLang w:val="vi-VN"/>'
    b'<w:decimalSymbol w:val=","/>'
    b'<w:listSeparator w:val=";"/>'
    b"</w:settings>"
)
_FOOTNOTE_PROPERTIES = b'<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
_SETTINGS_PLAIN = _XML_HEAD + _SETTINGS % b""
_SETTINGS_FOOTNOTES = _XML_HEAD + _SETTINGS % _FOOTNOTE_PROPERTIES

_FONT_TABLE = _XML_HEAD + (
    b"<w:fonts " + _W + b">"
    b'<w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/>'
    b'<w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>'
    b"</w:fonts>"
)

_CORE_OPEN = _XML_HEAD + (
    b'<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    b'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    b'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
)  # fmt: skip

_APP = _XML_HEAD + (
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    b"<Application>danvan</Application></Properties>"
)


class DocxPackage:
    """A .docx being rendered: ``document.xml``'s root, whose ``body`` the writers fill, and
    the parts added to it (page headers, footnotes, core properties)."""

    __slots__ = ("_added", "_core", "_footnotes", "body", "root", "style")

    def __init__(self, style: DocxStyle) -> None:
        self.style = style
        # A plain lxml tree: python-docx's parser gives every element a Python proxy class,
        # which makes each of the tens of thousands of appends of a long body slower.
        self.root: etree._Element = etree.fromstring(_DOCUMENT)
        body = self.root.find(qn("w:body"))
        assert body is not None
        self.body: etree._Element = body
        # (part name, content type, relationship type, bytes), in the order they were added
        self._added: list[tuple[str, str, str, bytes]] = []
        self._footnotes = False
        self._core: bytes = _core_xml(title="", author="", when=None)

    @property
    def element(self) -> DocxPackage:
        """This package, so ``package.element.body`` reads as it did on a python-docx Document."""
        return self


def new_document(style: DocxStyle) -> DocxPackage:
    """An empty document for ``style``: an empty body; styles and settings come with it."""
    return DocxPackage(style)


def _serialize(root: etree._Element) -> bytes:
    return etree.tostring(root, encoding="UTF-8", standalone=True)


def _add_part(
    document: DocxPackage, name: str, content_type: str, relationship: str, root: etree._Element
) -> str:
    """Add a part related to document.xml; its relationship id (rId1-3 are the fixed parts)."""
    document._added.append((name, content_type, relationship, _serialize(root)))
    return f"rId{3 + len(document._added)}"


def _next_name(document: DocxPackage, pattern: str) -> str:
    """The first free ``pattern % n`` (n = 1, 2, ...), as python-docx numbers parts."""
    taken = {name for name, *_ in document._added}
    number = 1
    while pattern % number in taken:
        number += 1
    return pattern % number


def add_header_part(document: DocxPackage, root: etree._Element) -> str:
    """Add a header part (header1.xml, ...) holding ``root``; return its relationship id."""
    name = _next_name(document, "word/header%d.xml")
    return _add_part(document, name, _CT_HEADER, _RT_HEADER, root)


def add_footer_part(document: DocxPackage, root: etree._Element) -> str:
    """Add a footer part (footer1.xml, ...) holding ``root``; return its relationship id."""
    name = _next_name(document, "word/footer%d.xml")
    return _add_part(document, name, _CT_FOOTER, _RT_FOOTER, root)


def add_footnotes_part(document: DocxPackage, root: etree._Element) -> None:
    """Add word/footnotes.xml; settings.xml then names the separator footnotes (-1 and 0)."""
    _add_part(document, "word/footnotes.xml", _CT_FOOTNOTES, _RT_FOOTNOTES, root)
    document._footnotes = True


def core_property_text(text: str, limit: int = CORE_PROPERTY_LIMIT) -> str:
    """``text`` cut to at most ``limit`` characters, ending "…" when cut (metadata only)."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _xml_text(text: str) -> bytes:
    """Element text escaped as lxml escapes it (a carriage return too, so it survives parsing)."""
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return escaped.replace("\r", "&#13;").encode("utf-8")


def _core_xml(*, title: str, author: str, when: dt.datetime | None) -> bytes:
    """docProps/core.xml as python-docx wrote it: title, creator, language, revision, times."""
    parts = [_CORE_OPEN]
    parts.append(b"<dc:title>%s</dc:title>" % _xml_text(title) if title else b"<dc:title/>")
    parts.append(b"<dc:creator>%s</dc:creator>" % _xml_text(author) if author else b"<dc:creator/>")
    parts.append(b"<dc:language>vi-VN</dc:language><cp:revision>1</cp:revision>")
    if when is not None:
        stamp = when.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ").encode()
        for name in (b"created", b"modified"):
            parts.append(
                b'<dcterms:%s xsi:type="dcterms:W3CDTF">%s</dcterms:%s>' % (name, stamp, name)
            )
    parts.append(b"</cp:coreProperties>")
    return b"".join(parts)


def set_core_properties(
    document: DocxPackage, *, title: str, author: str, when: dt.datetime
) -> None:
    """Title, author and a fixed created/modified time (from the document's date).

    Title and author longer than :data:`CORE_PROPERTY_LIMIT` characters are cut with "…":
    the limit is the metadata's, the document itself keeps every word.
    """
    document._core = _core_xml(
        title=core_property_text(title), author=core_property_text(author), when=when
    )


# -- the zip -----------------------------------------------------------------------------


@lru_cache(maxsize=64)
def _deflated(data: bytes) -> tuple[int, bytes]:
    """CRC-32 and raw deflate stream of a part that repeats across renders (cached by content)."""
    return _deflate(data)


def _deflate(data: bytes) -> tuple[int, bytes]:
    compressor = zlib.compressobj(_COMPRESS_LEVEL, zlib.DEFLATED, -zlib.MAX_WBITS)
    return zlib.crc32(data), compressor.compress(data) + compressor.flush()


_LOCAL = struct.Struct("<4s2B4HL2L2H")
_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")
_END = struct.Struct("<4s4H2LH")


def _zip(entries: Iterable[tuple[str, bytes, bool]]) -> bytes:
    """A zip of ``(name, data, repeats)`` entries, deflated, with fixed time stamps.

    Written here rather than with :mod:`zipfile` so that the compressed form of the parts
    that repeat across renders (``repeats``) is reused; the layout is what ``zipfile``
    writes for the same entries (version 2.0, no extra fields, no data descriptors).
    """
    out: list[bytes] = []
    central: list[bytes] = []
    offset = 0
    count = 0
    for name, data, repeats in entries:
        crc, compressed = _deflated(data) if repeats else _deflate(data)
        encoded = name.encode("ascii")
        header = _LOCAL.pack(
            b"PK\x03\x04", 20, 0, 0, zlib.DEFLATED, _DOS_TIME, _DOS_DATE,
            crc, len(compressed), len(data), len(encoded), 0,
        )  # fmt: skip
        entry = _CENTRAL.pack(
            b"PK\x01\x02", 20, 0, 20, 0, 0, zlib.DEFLATED, _DOS_TIME, _DOS_DATE,
            crc, len(compressed), len(data), len(encoded), 0, 0, 0, 0, 0, offset,
        )  # fmt: skip
        central.append(entry + encoded)
        out.extend((header, encoded, compressed))
        offset += len(header) + len(encoded) + len(compressed)
        count += 1
    directory = b"".join(central)
    out.append(directory)
    out.append(_END.pack(b"PK\x05\x06", 0, 0, count, count, len(directory), offset, 0))
    return b"".join(out)


def _relationships(targets: Iterable[tuple[str, str]]) -> bytes:
    items = "".join(
        f'<Relationship Id="rId{index}" Type="{kind}" Target="{target}"/>'
        for index, (kind, target) in enumerate(targets, start=1)
    )
    return _XML_HEAD + f'<Relationships xmlns="{_RELS_NS}">{items}</Relationships>'.encode()


_FIXED_RELATIONSHIPS = (
    (_RT_STYLES, "styles.xml"),
    (_RT_SETTINGS, "settings.xml"),
    (_RT_FONT_TABLE, "fontTable.xml"),
)

_FIXED_PARTS = (
    ("/docProps/app.xml", _CT_APP),
    ("/docProps/core.xml", _CT_CORE),
    ("/word/document.xml", _CT_DOCUMENT),
    ("/word/fontTable.xml", _CT_FONT_TABLE),
    ("/word/settings.xml", _CT_SETTINGS),
    ("/word/styles.xml", _CT_STYLES),
)


@lru_cache(maxsize=64)
def _document_rels(added: tuple[tuple[str, str], ...]) -> bytes:
    """word/_rels/document.xml.rels: the fixed parts, then ``(type, target)`` as added."""
    return _relationships((*_FIXED_RELATIONSHIPS, *added))


@lru_cache(maxsize=64)
def _content_types(added: tuple[tuple[str, str], ...]) -> bytes:
    """[Content_Types].xml: one override per part, in part-name order."""
    overrides = "".join(
        f'<Override PartName="{name}" ContentType="{kind}"/>'
        for name, kind in sorted((*_FIXED_PARTS, *added))
    )
    types = (
        f'<Types xmlns="{_CT_NS}">'
        f'<Default Extension="rels" ContentType="{_CT_RELS}"/>'
        f'<Default Extension="xml" ContentType="{_CT_XML}"/>{overrides}</Types>'
    )
    return _XML_HEAD + types.encode("utf-8")


@lru_cache(maxsize=16)
def _styles(style: DocxStyle) -> bytes:
    """styles.xml for ``style`` (cached: styles are frozen)."""
    return build_styles(style)


def write_package(document: DocxPackage) -> bytes:
    """The .docx bytes: the content types, the package relationships, then the parts in
    name order, each followed by its relationships; equal documents give equal bytes."""
    footnotes = document._footnotes
    # (part name, bytes, whether the same bytes come back in other renders)
    parts: list[tuple[str, bytes, bool]] = [
        ("docProps/app.xml", _APP, True),
        ("docProps/core.xml", document._core, False),
        ("word/document.xml", _serialize(document.root), False),
        ("word/fontTable.xml", _FONT_TABLE, True),
        ("word/settings.xml", _SETTINGS_FOOTNOTES if footnotes else _SETTINGS_PLAIN, True),
        ("word/styles.xml", _styles(document.style), True),
    ]
    # Small added parts (page headers, footers) repeat from one render to the next.
    parts.extend((name, data, len(data) < 4096) for name, _, _, data in document._added)
    parts.sort(key=lambda part: part[0])
    relationships = tuple(
        (relationship, name.removeprefix("word/")) for name, _, relationship, _ in document._added
    )
    content_types = tuple((f"/{name}", kind) for name, kind, _, _ in document._added)
    entries = [
        ("[Content_Types].xml", _content_types(content_types), True),
        ("_rels/.rels", _PACKAGE_RELS, True),
    ]
    for name, data, repeats in parts:
        entries.append((name, data, repeats))
        if name == "word/document.xml":
            entries.append(("word/_rels/document.xml.rels", _document_rels(relationships), True))
    return _zip(entries)
