"""The Word reader (bộ đọc .docx): registered as ``docx`` on the ``danvan.readers`` entry points.

- :class:`DocxReader`: ``danvan.read("bao-cao.docx")``;
- :func:`docx_source`: the paragraphs and tables of a .docx as a
  :class:`~danvan.reading.source.SourceDocument`, for tools that want the lines only;
- :mod:`danvan.reading.docx.numbering`: the labels of Word's automatic numbering.
"""

from __future__ import annotations

import unicodedata

import attrs

from danvan.model import Document
from danvan.model.origin import Origin
from danvan.reading.docx.reader import docx_source, read_package
from danvan.reading.source import (
    EmphasisSpan,
    SourceDocument,
    SourceItem,
    SourceLine,
    SourceLocation,
    SourceTable,
)
from danvan.reading.structure import recognize

__all__ = ["DocxReader", "as_text_copy", "docx_source"]

_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def _shift(offset: int, prefix: int, inserted: list[tuple[int, int]], *, end: bool = False) -> int:
    """Where ``offset`` of the original text lands after the label and the anchors went in."""
    moved = prefix + offset
    for at, size in inserted:
        if at < offset or (at == offset and not end):
            moved += size
    return moved


def _as_written(item: SourceLine, notes: list[tuple[str, str, SourceLocation]]) -> SourceLine:
    """One line with its label written before it and its footnote anchors as superscript
    numbers; the notes are added to ``notes``, numbered on from those already there."""
    prefix = f"{item.numbering_label} " if item.numbering_label else ""
    text = item.text
    inserted: list[tuple[int, int]] = []  # (offset in the original text, chars inserted)
    pieces: list[str] = []
    cursor = 0
    for footnote in sorted(item.footnotes, key=lambda f: f.offset):
        marker = str(len(notes) + 1).translate(_SUPERSCRIPT)
        notes.append(
            (marker, footnote.text, attrs.evolve(item.location, part="word/footnotes.xml"))
        )
        pieces.append(text[cursor : footnote.offset])
        pieces.append(marker)
        inserted.append((footnote.offset, len(marker)))
        cursor = footnote.offset
    pieces.append(text[cursor:])

    size = len(prefix)
    superscripts = [
        (_shift(a, size, inserted), _shift(b, size, inserted, end=True))
        for a, b in item.superscripts
    ]
    # the anchors themselves are superscript
    position = len(prefix)
    for index, piece in enumerate(pieces):
        if index % 2 == 1:
            superscripts.append((position, position + len(piece)))
        position += len(piece)
    text = prefix + "".join(pieces)
    if not unicodedata.is_normalized("NFC", text):  # as SourceLine's converter would
        text = unicodedata.normalize("NFC", text)
    return SourceLine._converted(
        text,
        item.location,
        item.bold,
        item.italic,
        item.all_caps,
        item.centered,
        item.style,
        item.heading_level,
        None,
        item.font,
        tuple(
            EmphasisSpan(
                start=_shift(e.start, size, inserted),
                end=_shift(e.end, size, inserted, end=True),
                bold=e.bold,
                italic=e.italic,
            )
            for e in item.emphasis
        ),
        tuple(sorted(superscripts)),
        (),
        item.hard_break,
    )


def as_text_copy(source: SourceDocument) -> SourceDocument:
    """The lines as a copy into a text file shows them: list labels written before the text
    ("II. KẾT QUẢ"), footnote anchors as superscript numbers ("¹") and the footnote texts as
    lines "¹ …" after the body, numbered 1, 2, 3 … as Word displays them; in table cells
    too (a numbered list in a cell, a note on a figure).

    The structure recognizer reads labels and footnotes from the text; this keeps both
    from being lost when a .docx holds them as Word's automatic numbering and real footnotes.
    """
    items: list[SourceItem] = []
    notes: list[tuple[str, str, SourceLocation]] = []
    for item in source.items:
        if isinstance(item, SourceTable):
            # labels and footnotes in table cells too: a numbered list or a note in a cell
            if any(
                line.numbering_label or line.footnotes
                for row in item.rows
                for cell in row
                for line in cell
            ):
                rows = [
                    [
                        tuple(
                            _as_written(line, notes)
                            if line.numbering_label or line.footnotes
                            else line
                            for line in cell
                        )
                        for cell in row
                    ]
                    for row in item.rows
                ]
                item = attrs.evolve(item, rows=rows)
            items.append(item)
            continue
        if not (item.numbering_label or item.footnotes):
            items.append(item)
            continue
        items.append(_as_written(item, notes))
    for marker, text, location in notes:
        items.append(SourceLine(text=f"{marker} {text}", location=location))
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
        source, embedded, notes = read_package(data, source_name=source_name or "<docx>")
        if embedded is not None:
            origin = Origin(source=source.name, format="docx", findings=(*source.findings, *notes))
            return attrs.evolve(embedded, origin=origin)
        document = recognize(as_text_copy(source))
        if notes and document.origin is not None:
            origin = attrs.evolve(document.origin, findings=(*document.origin.findings, *notes))
            document = attrs.evolve(document, origin=origin)
        return document
