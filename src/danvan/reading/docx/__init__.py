"""The Word reader (bộ đọc .docx): registered as ``docx`` on the ``danvan.readers`` entry points.

- :class:`DocxReader`: ``danvan.read("bao-cao.docx")``;
- :func:`docx_source`: the paragraphs and tables of a .docx as a
  :class:`~danvan.reading.source.SourceDocument`, for tools that want the lines only;
- :mod:`danvan.reading.docx.numbering`: the labels of Word's automatic numbering.
"""

from __future__ import annotations

import attrs

from danvan.model import Document
from danvan.model.origin import Origin
from danvan.reading.docx.reader import docx_source, read_package
from danvan.reading.docx.textcopy import CopiedNote, copy_line, copy_table, note_lines
from danvan.reading.source import SourceDocument, SourceItem, SourceLine
from danvan.reading.structure import recognize

__all__ = ["DocxReader", "as_text_copy", "docx_source"]


def as_text_copy(source: SourceDocument) -> SourceDocument:
    """The lines as a copy into a text file shows them: list labels written before the text
    ("II. KẾT QUẢ"), footnote anchors as superscript numbers ("¹") and the footnote texts as
    lines "¹ …" after the body, numbered 1, 2, 3 … as Word displays them.

    The structure recognizer reads labels and footnotes from the text; this keeps both
    from being lost when a .docx holds them as Word's automatic numbering and real footnotes.
    (:class:`DocxReader` has the reader build the lines in this form as it goes:
    ``read_package(..., text_copy=True)`` gives the same lines, tested.)
    """
    notes: list[CopiedNote] = []
    items: list[SourceItem] = [
        copy_line(item, notes) if isinstance(item, SourceLine) else copy_table(item, notes)
        for item in source.items
    ]
    items.extend(note_lines(notes))
    return attrs.evolve(source, items=items)


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
        source, embedded, notes = read_package(
            data, source_name=source_name or "<docx>", text_copy=True
        )
        if embedded is not None:
            origin = Origin(source=source.name, format="docx", findings=(*source.findings, *notes))
            return attrs.evolve(embedded, origin=origin)
        document = recognize(source)
        if notes and document.origin is not None:
            origin = attrs.evolve(document.origin, findings=(*document.origin.findings, *notes))
            document = attrs.evolve(document, origin=origin)
        return document
