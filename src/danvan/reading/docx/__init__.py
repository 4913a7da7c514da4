"""The Word reader (bộ đọc .docx): registered as ``docx`` on the ``danvan.readers`` entry points.

- :class:`DocxReader`: ``danvan.read("bao-cao.docx")``;
- :func:`docx_source`: the paragraphs and tables of a .docx as a
  :class:`~danvan.reading.source.SourceDocument`, for tools that want the lines only;
- :mod:`danvan.reading.docx.numbering`: the labels of Word's automatic numbering.
"""

from __future__ import annotations

from danvan.model import Document
from danvan.reading.docx.reader import docx_source
from danvan.reading.structure import recognize

__all__ = ["DocxReader", "docx_source"]


class DocxReader:
    """Word documents (.docx), written by danvan or by hand in Word."""

    name = "docx"
    suffixes: tuple[str, ...] = (".docx",)

    def sniff(self, head: bytes, /) -> bool:
        """A zip archive whose first entries are those of a Word package."""
        return head.startswith(b"PK\x03\x04") and (
            b"word/" in head or b"[Content_Types].xml" in head
        )

    def read(self, data: bytes, /, *, source_name: str | None = None) -> Document:
        """The report or plan in the .docx ``data``."""
        return recognize(docx_source(data, source_name=source_name or "<docx>"))
