"""Where a part of a document read from a file came from: file, line and column.

A reader records, in ``document.origin`` (:class:`~danvan.model.origin.Origin`), a map
from each part ("header.subject", "II.2.b", "recipients") to its place in the source; a
document built in code has no origin, and its findings carry the part alone. A .docx
gives paragraph indices, not lines: the line reported is the paragraph's number (from 1).
A repeated label path ("I.1#2", see :class:`~danvan.checking.context.Context`) that the
part map does not hold is found in the text after the first; never at the first's place.
"""

from __future__ import annotations

import re
from typing import Any

from danvan.model import Finding, Severity
from danvan.model.origin import Origin, ReadFinding, SourceLocation

__all__ = ["locate", "position", "reader_findings"]

_MARKUP = " \t#*_>"
"""What may stand before a section's number on its line (Markdown heading, bold, quote)."""

_OCCURRENCE = re.compile(r"#([0-9]+)$")
"""The occurrence suffix of a repeated label path ("I.1#2": the second section "I.1")."""


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
        if _OCCURRENCE.search(key):
            found = _repeated(ctx, origin, key)
            if found is not None:
                return origin.source, found, None
            key = _parent(_OCCURRENCE.sub("", key))  # never the first occurrence's place
            continue
        key = _parent(key)
    return origin.source, None, None


def _repeated(ctx: Any, origin: Origin, part: str) -> int | None:
    """The line of a repeated section ("I.1#2"), found in the text after the first one's.

    The reader's part map holds one place per label path (the first section numbered
    "1" under "I"); the n-th is the line after the (n-1)-th that starts with its number
    and holds its title. None when there are no lines to search (a .docx) or no such line.
    """
    from danvan.checking.source import source_lines

    match = _OCCURRENCE.search(part)
    base = _OCCURRENCE.sub("", part)
    first = origin.location_of(base)
    lines = source_lines(ctx.document, ctx.cache)
    if match is None or first is None or first.line is None or lines is None:
        return None
    sections = {at.part: at.section for at in ctx.sections()}
    line = first.line
    count = int(match.group(1))
    for n in range(2, count + 1):
        section = sections.get(f"{base}#{n}")
        if section is None or section.number is None:
            return None
        title = (section.title or "")[:20]
        line = next(
            (
                index + 1
                for index in range(line, len(lines))
                if lines[index].lstrip(_MARKUP).startswith(section.number) and title in lines[index]
            ),
            0,
        )
        if not line:
            return None
    return line


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
