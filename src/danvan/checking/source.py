"""The text a document was read from, for the rules about how a line is written.

The model keeps what a line says, not its punctuation or spacing ("KT.GIÁM ĐỐC", "- Lưu VT,
VP."); rules about the form of the text read the source again, line by line, when the
document's ``origin`` names a text or Markdown file that still exists. A document built in
code, or read from a .docx, has no such lines: those rules report "not evaluated".
"""

from __future__ import annotations

from pathlib import Path

from danvan.model.origin import Origin

__all__ = ["MAX_SOURCE_BYTES", "SOURCE_KEY", "source_lines"]

SOURCE_KEY = "danvan.checking.source"
"""The key of the source lines in a check's cache (None: the rules have no lines to read)."""

MAX_SOURCE_BYTES = 50_000_000
"""A source larger than this is not read again (the reader refuses it anyway)."""

_TEXT_FORMATS = {"text", "markdown"}


def source_lines(document: object, cache: dict[str, object]) -> list[str] | None:
    """The lines of the text ``document`` was read from (decoded as the reader does), or None."""
    key = SOURCE_KEY
    if key in cache:
        cached = cache[key]
        return cached if isinstance(cached, list) else None
    lines: list[str] | None = None
    origin = getattr(document, "origin", None)
    if isinstance(origin, Origin) and origin.format in _TEXT_FORMATS and origin.source:
        path = Path(origin.source)
        try:
            if path.is_file() and path.stat().st_size <= MAX_SOURCE_BYTES:
                from danvan.reading.decode import decode_text

                text, _ = decode_text(path.read_bytes(), str(path))
                lines = text.splitlines()
        except (OSError, ValueError):
            lines = None
    cache[key] = lines
    return lines
