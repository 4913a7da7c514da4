"""A .docx paragraph as a copy into a text file shows it (bản sao dạng văn bản).

Word keeps a list label ("II.") out of the paragraph's text and a footnote as a reference
to another part; a copy into a text file shows the label before the text and the note's
number as a superscript ("¹") where the reference stands, with the notes after the body.
The structure recognizer reads labels and footnotes from the text, so the .docx reader
gives it the lines in that form: :func:`copy_text` is the one rule, used line by line by
the reader (``read_package(..., text_copy=True)``) and by
:func:`danvan.reading.docx.as_text_copy` on lines already read.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

import attrs

from danvan.reading.source import EmphasisSpan, SourceLine, SourceLocation, SourceTable

__all__ = ["FOOTNOTES_PART", "copy_line", "copy_table", "copy_text", "shift"]

FOOTNOTES_PART = "word/footnotes.xml"
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_BARE_LABEL = re.compile(r"[0-9]{1,3}|[IVXLC]{1,7}")

CopiedNote = tuple[str, str, SourceLocation]
"""A footnote of the copy: its marker ("¹"), its text, where its reference stands."""


def shift(offset: int, prefix: int, inserted: list[tuple[int, int]], *, end: bool = False) -> int:
    """Where ``offset`` of the original text lands after the label and the anchors went in."""
    moved = prefix + offset
    for at, size in inserted:
        if at < offset or (at == offset and not end):
            moved += size
    return moved


def shift_range(
    start: int, end: int, prefix: int, inserted: list[tuple[int, int]]
) -> tuple[int, int]:
    """Where the span ``start``..``end`` of the original text lands (see :func:`shift`)."""
    return shift(start, prefix, inserted), shift(end, prefix, inserted, end=True)


def copy_text(
    text: str, label: str | None, footnotes: Sequence[tuple[int, str]], first_number: int
) -> tuple[str, int, list[tuple[int, int]], list[tuple[int, int]], list[tuple[str, str]]]:
    """``text`` with ``label`` and a space before it and the footnotes' markers (numbered
    from ``first_number``, in the order of their offsets) at their offsets.

    Returns the new text (NFC), the prefix's length, the insertions (offset in ``text``,
    characters inserted) for :func:`shift`, the markers' spans in the new text (they are
    superscript), and the notes as (marker, note text).
    """
    if label and label[-1].isalnum() and _BARE_LABEL.fullmatch(label):
        # Word's "%1" without a dot ("1 KẾT QUẢ", the "1 / 1.1" heading list): a copy's
        # reader knows a label by its dot, so the number is written "1." (the number kept)
        label += "."
    prefix = f"{label} " if label else ""
    inserted: list[tuple[int, int]] = []
    pieces: list[str] = []
    notes: list[tuple[str, str]] = []
    cursor = 0
    for offset, note in sorted(footnotes, key=lambda footnote: footnote[0]):
        marker = str(first_number + len(notes)).translate(_SUPERSCRIPT)
        notes.append((marker, note))
        pieces.append(text[cursor:offset])
        pieces.append(marker)
        inserted.append((offset, len(marker)))
        cursor = offset
    pieces.append(text[cursor:])
    anchors: list[tuple[int, int]] = []
    position = len(prefix)
    for index, piece in enumerate(pieces):
        if index % 2 == 1:
            anchors.append((position, position + len(piece)))
        position += len(piece)
    copied = prefix + "".join(pieces)
    if not unicodedata.is_normalized("NFC", copied):  # as SourceLine's converter would
        copied = unicodedata.normalize("NFC", copied)
    return copied, len(prefix), inserted, anchors, notes


def copy_line(item: SourceLine, notes: list[CopiedNote]) -> SourceLine:
    """``item`` in the copy's form when it has a list label or footnotes (``item`` itself
    otherwise); its footnotes are numbered after ``notes`` and appended to them."""
    if not (item.numbering_label or item.footnotes):
        return item
    text, size, inserted, anchors, new_notes = copy_text(
        item.text,
        item.numbering_label,
        [(footnote.offset, footnote.text) for footnote in item.footnotes],
        len(notes) + 1,
    )
    for marker, note in new_notes:
        notes.append((marker, note, attrs.evolve(item.location, part=FOOTNOTES_PART)))
    superscripts = [shift_range(a, b, size, inserted) for a, b in item.superscripts]
    emphasis = []
    for span in item.emphasis:
        start, end = shift_range(span.start, span.end, size, inserted)
        emphasis.append(EmphasisSpan(start=start, end=end, bold=span.bold, italic=span.italic))
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
        tuple(emphasis),
        tuple(sorted([*superscripts, *anchors])),
        (),
        item.hard_break,
    )


def copy_table(table: SourceTable, notes: list[CopiedNote]) -> SourceTable:
    """``table`` with the lines of its cells in the copy's form (``table`` itself when no
    line has a list label or a footnote): "1. Hội nghị", a note on a figure "12¹"."""
    if not any(
        line.numbering_label or line.footnotes
        for row in table.rows
        for cell in row
        for line in cell
    ):
        return table
    rows = [[tuple(copy_line(line, notes) for line in cell) for cell in row] for row in table.rows]
    return attrs.evolve(table, rows=rows)


def note_lines(notes: list[CopiedNote]) -> list[SourceLine]:
    """The footnotes as the lines a copy shows after the body: "¹ Theo Kế hoạch số …"."""
    return [SourceLine(text=f"{marker} {text}", location=where) for marker, text, where in notes]
