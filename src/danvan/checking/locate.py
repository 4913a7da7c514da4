"""Where a part of a document read from a file came from: file, line and column.

A reader records, in ``document.origin`` (:class:`~danvan.model.origin.Origin`), a map
from each part ("header.subject", "II.2.b", "recipients") to its place in the source; a
document built in code has no origin, and its findings carry the part alone. A .docx
gives paragraph indices, not lines: the line reported is the paragraph's number (from 1).
"""

from __future__ import annotations

from typing import Any

from danvan.model import Finding, Severity
from danvan.model.origin import Origin, ReadFinding, SourceLocation

__all__ = ["locate", "position", "reader_findings"]


def position(location: SourceLocation | None) -> tuple[int | None, int | None]:
    """(line, column) of a source location: text lines, or a .docx paragraph as a line."""
    if location is None:
        return None, None
    if location.line is not None:
        return location.line, location.column
    if location.paragraph is not None:
        return location.paragraph + 1, None
    return None, None


def _parent(part: str) -> str:
    """ "II.2.b[3]" → "II.2.b" → "II.2" → "II" → ""; "appendix[0].indicator[1]" → "appendix[0]"."""
    if part.endswith("]") and "[" in part:
        return part[: part.rindex("[")]
    return part.rpartition(".")[0]


def locate(ctx: Any, part: str | None) -> tuple[str | None, int | None, int | None]:
    """(file, line, column) of ``part`` (or of the nearest enclosing part that has one)."""
    origin = ctx.origin
    if not isinstance(origin, Origin):
        return None, None, None
    key = part or ""
    while key:
        location = origin.location_of(key)
        if location is not None:
            line, column = position(location)
            return location.source or origin.source, line, column
        key = _parent(key)
    return origin.source, None, None


def reader_findings(document: Any) -> list[Finding]:
    """What the reader reported (lines joined, encodings converted, text not placed), as findings."""
    origin = getattr(document, "origin", None)
    if not isinstance(origin, Origin):
        return []
    found: list[Finding] = []
    for read in origin.findings:
        if not isinstance(read, ReadFinding):
            continue
        line, column = position(read.location)
        source = (read.location.source if read.location else None) or origin.source
        found.append(
            Finding(
                code=read.code,
                name="reader",
                severity=read.severity if isinstance(read.severity, Severity) else Severity.INFO,
                message=read.message,
                location=str(read.location) if read.location is not None else None,
                file=source,
                line=line,
                column=column,
            )
        )
    return found
