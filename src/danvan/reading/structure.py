"""The structure recognizer (nhận dạng cấu trúc): source lines of any format → a Report or a Plan.

One recognizer for every reader: a reader produces a
:class:`~danvan.reading.source.SourceDocument` and :func:`recognize` finds the parts of
Mẫu 1.4 in it. What it repairs and what it cannot place are
:class:`~danvan.model.ReadFinding` s in the document's ``origin``; text it cannot place is
kept, never dropped.
"""

from __future__ import annotations

from danvan.errors import DanvanError
from danvan.model import (
    Block,
    Document,
    DocumentStatus,
    DocumentType,
    Paragraph,
    Plan,
    ReadFinding,
    Report,
)
from danvan.model.origin import Origin, PartLocation, SourceLocation
from danvan.reading.header import Fragment, is_type_title, read_header, split_fragments
from danvan.reading.registry import ReadError
from danvan.reading.source import SourceDocument, SourceLine, SourceTable
from danvan.refs.paragraph import to_paragraph

__all__ = ["recognize"]


def _lines(source: SourceDocument) -> list[SourceLine]:
    found: list[SourceLine] = []
    for item in source.items:
        if isinstance(item, SourceTable):
            for row in item.rows:
                for cell in row:
                    found.extend(line for line in cell if not line.is_blank)
        elif not item.is_blank:
            found.append(item)
    return found


def recognize(source: SourceDocument) -> Document:
    """The document in ``source``; its ``origin`` holds the findings and the part locations."""
    lines = _lines(source)
    findings: list[ReadFinding] = list(source.findings)
    title_at = next(
        (i for i, line in enumerate(lines[:80]) if is_type_title(line.text) is not None), None
    )
    if title_at is None:
        raise ReadError(f"{source.name}: no document type title ('BÁO CÁO', 'KẾ HOẠCH') found")
    kind = is_type_title(lines[title_at].text)
    assert kind is not None
    fragments = [
        Fragment(piece, line.location)
        for line in lines[:title_at]
        for piece in split_fragments(line.text)
    ]
    header = read_header(fragments)
    findings.extend(header.findings)
    subject_line = lines[title_at + 1] if title_at + 1 < len(lines) else None
    if subject_line is None:
        raise ReadError(f"{source.name}: no subject (trích yếu) after the title")
    body: list[Block] = [to_paragraph(line.text.strip()) for line in lines[title_at + 2 :]]
    if header.issuer is None or header.place_date is None:
        raise ReadError(f"{source.name}: no issuing agency or place and date in the header")
    cls = Report if kind is DocumentType.BAO_CAO else Plan
    parts = [PartLocation(path=path, location=loc) for path, loc in header.locations.items()]
    origin = Origin(source=source.name, format=source.format, findings=findings, parts=parts)
    try:
        return cls(
            issuer=header.issuer,
            place_date=header.place_date,
            number=header.number,
            subject=subject_line.text.strip(),
            status=DocumentStatus.DRAFT,
            body=body,
            origin=origin,
        )
    except DanvanError as error:
        raise ReadError(f"{source.name}: {error}") from error


_ = (Paragraph, SourceLocation)
