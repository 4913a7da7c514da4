"""Shared state of one recognition: the lines worked on, findings, part locations (private)."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from danvan.model import ReadFinding, Unplaced
from danvan.model.origin import SourceLocation
from danvan.reading.source import SourceDocument, SourceLine

__all__ = ["Context", "Line", "visible"]


def visible(text: str) -> bool:
    """True when ``text`` has a letter or a digit."""
    return any(ch.isalnum() for ch in text)


@attrs.define
class Line:
    """A non-blank source line, stripped, and whether a blank line (or a table) precedes it."""

    text: str
    source: SourceLine
    blank_before: bool

    @property
    def location(self) -> SourceLocation:
        return self.source.location


class Context:
    """Findings and part locations collected while recognising one document."""

    def __init__(self, source: SourceDocument) -> None:
        self.name = source.name
        self.findings: list[ReadFinding] = list(source.findings)
        self.parts: dict[str, SourceLocation] = {}
        self.unplaced: list[Unplaced] = []

    def finding(self, code: str, message: str, location: SourceLocation | None) -> None:
        self.findings.append(ReadFinding(code=code, message=message, location=location))

    def place(self, path: str, location: SourceLocation) -> None:
        self.parts.setdefault(path, location)

    def keep(self, lines: Sequence[Line], why: str, code: str = "R201") -> Unplaced | None:
        """An Unplaced block for ``lines`` (none when they hold no visible text), with a finding."""
        texts = [line.text for line in lines if line.text.strip()]
        if not texts:
            return None
        location = lines[0].location
        self.finding(code, f"{why}: kept as unplaced text ({texts[0][:60]!r})", location)
        return Unplaced(lines=texts, location=location)
