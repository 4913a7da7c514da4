"""The plain text and Markdown readers (.txt, .md): decode, split into lines, recognise the structure."""

from __future__ import annotations

from danvan.model import Document
from danvan.reading.decode import decode_text, looks_like_text
from danvan.reading.lines import to_items
from danvan.reading.source import SourceDocument
from danvan.reading.structure import recognize

__all__ = ["MarkdownReader", "TextReader", "looks_like_markdown"]

_MARKDOWN_SIGNS = (b"\n# ", b"\n## ", b"\n### ", b"**", b"<sup>", b"^{", b"\n|---", b"\n| ---")


def looks_like_markdown(head: bytes) -> bool:
    """True when the text carries Markdown markers: "#" headings, "**", "<sup>", "^{", pipe tables."""
    sample = b"\n" + head
    return looks_like_text(head) and any(sign in sample for sign in _MARKDOWN_SIGNS)


class TextReader:
    """Plain text (văn bản thuần), as in the corpus and as copied from web portals and PDFs."""

    name = "text"
    suffixes: tuple[str, ...] = (".txt", ".text")

    def sniff(self, head: bytes, /) -> bool:
        """Any text: a UTF BOM, or no NUL bytes and few control characters."""
        return looks_like_text(head)

    def read(self, data: bytes, /, *, source_name: str | None = None) -> Document:
        """The document in the text ``data`` (UTF-8, or UTF-16 with a BOM)."""
        return _read(data, source_name or "<text>", self.name)


class MarkdownReader:
    """Markdown exports (.md): "#" headings, emphasis, "<sup>", pipe tables, hard breaks."""

    name = "markdown"
    suffixes: tuple[str, ...] = (".md", ".markdown")

    def sniff(self, head: bytes, /) -> bool:
        """Any text (Markdown without a single marker is still Markdown)."""
        return looks_like_text(head)

    def read(self, data: bytes, /, *, source_name: str | None = None) -> Document:
        """The document in the Markdown ``data``."""
        return _read(data, source_name or "<markdown>", self.name)


def _read(data: bytes, name: str, format: str) -> Document:
    text, findings = decode_text(data, name)
    items = to_items(text, name)
    return recognize(SourceDocument(items=items, name=name, format=format, findings=findings))
