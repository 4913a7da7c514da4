"""Imported chunks (``w:altChunk``, nội dung nhúng): text Word shows from another part.

A ``w:altChunk`` in the body names, by relationship, a part that Word imports when it opens
the file: HTML or plain text (systems that export documents often write their content this
way), RTF, MHT or another .docx. Word shows its content where the element stands; a reader
that skips it loses that text without a trace. :func:`chunk_lines` reads the text of HTML
and plain-text chunks as lines (their formatting, tables and numbering are not read);
other kinds are named so the reader can say their text is missing.
"""

from __future__ import annotations

import unicodedata

from lxml import etree

from danvan.reading.safezip import DocxPackage

__all__ = ["chunk_lines", "chunk_targets"]

_RELS = "word/_rels/document.xml.rels"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
# elements after which an HTML page starts a new line
_BLOCKS = (
    "p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
    "table", "ul", "ol", "blockquote", "pre", "title",
)  # fmt: skip


def chunk_targets(package: DocxPackage) -> dict[str, str]:
    """The part each relationship of the main part points at (relationship id → part name)."""
    root = package.xml(_RELS)
    targets: dict[str, str] = {}
    if root is None:
        return targets
    for rel in root.iter(_REL):
        rel_id, target = rel.get("Id"), rel.get("Target")
        if rel_id and target and rel.get("TargetMode") != "External":
            target = target.lstrip("/")
            targets[rel_id] = target if target.startswith("word/") else f"word/{target}"
    return targets


def _decode(data: bytes) -> str:
    for bom, codec in (
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1258", errors="replace")  # Windows-1258, Vietnamese Windows


def chunk_lines(package: DocxPackage, part: str) -> list[str] | None:
    """The lines of text of the chunk ``part`` (HTML or plain text), or ``None`` for a kind
    danvan does not read (RTF, MHT, a .docx) or a part that is missing."""
    data = package.read(part)
    if data is None:
        return None
    lower = part.lower()
    if lower.endswith(".txt"):
        text = _decode(data)
    elif lower.endswith((".htm", ".html", ".xhtml")):
        parser = etree.HTMLParser(
            no_network=True, remove_comments=True, remove_pis=True, huge_tree=False
        )
        try:  # decoded here: without a charset, libxml2 would take the bytes as Latin-1
            root = etree.fromstring(_decode(data), parser)
        except (etree.LxmlError, ValueError):
            return None
        if root is None:
            return []
        for hidden in list(root.iter("script", "style")):
            parent = hidden.getparent()
            if parent is not None:
                parent.remove(hidden)
        for block in root.iter(*_BLOCKS):
            block.tail = "\n" + (block.tail or "")
        body = root.find("body")
        text = "".join(str(piece) for piece in (body if body is not None else root).itertext())
    else:
        return None
    text = unicodedata.normalize("NFC", text.replace("\xa0", " "))
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]
